# tracker: the daemon in a container.
#   volumes: /config (watchlist.yaml, read-only is fine), /data (SQLite, heartbeat)
#   user:    tracker, uid/gid 10001 (a bind-mounted /data must be writable by it)
#   health:  `tracker health` (watchlist loads, database answers, scheduler heartbeat fresh)
#   stop:    SIGTERM; running jobs get 8 s, so the default 10 s stop timeout is enough
#
# Build: docker build -t tracker .
# Elsewhere than Docker Hub, or on Python 3.11: --build-arg PYTHON_IMAGE=...
# Behind a TLS proxy: see ../shared/docs/container-testing.md (PIP_CERT).
ARG PYTHON_IMAGE=python:3.12-slim

# --------------------------------------------------------------------------- build stage
FROM ${PYTHON_IMAGE} AS build
# pip reads PIP_CERT (a CA bundle mounted for the build); empty means the system CAs.
ARG PIP_CERT
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_ROOT_USER_ACTION=ignore
WORKDIR /src
COPY pyproject.toml README.md ./
COPY tracker ./tracker
COPY jobs ./jobs
# A venv without pip of its own: the base image's pip installs into it (--python), so the
# final image carries neither pip nor setuptools nor any build cache.
RUN python -m venv --without-pip /opt/tracker \
 && python -m pip --python /opt/tracker/bin/python install --quiet ".[postgres]" \
 && /opt/tracker/bin/tracker --help >/dev/null

# --------------------------------------------------------------------------- final stage
FROM ${PYTHON_IMAGE}
LABEL org.opencontainers.image.title="tracker" \
      org.opencontainers.image.description="Notifies fans of film and series milestones read in news feeds" \
      org.opencontainers.image.licenses="MIT"
RUN groupadd --system --gid 10001 tracker \
 && useradd --no-log-init --uid 10001 --gid tracker --no-create-home --home-dir /data \
      --shell /usr/sbin/nologin tracker \
 && mkdir -p /config /data \
 && chown tracker:tracker /data \
 && rm -rf /root/.cache
COPY --from=build /opt/tracker /opt/tracker
COPY config/watchlist.yaml config/watchlist.schema.json /config/
ENV PATH=/opt/tracker/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    TRACKER_CONFIG=/config/watchlist.yaml \
    TRACKER_DATA_DIR=/data \
    TRACKER_WEB_HOST=0.0.0.0 \
    TRACKER_WEB_PORT=8080
USER tracker:tracker
WORKDIR /data
VOLUME ["/config", "/data"]
EXPOSE 8080
# The daemon stops on SIGTERM: no new job runs, running ones get 8 s, then it exits 0.
STOPSIGNAL SIGTERM
# Kept in the image only with the docker image format (podman build --format docker).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["tracker", "health"]
CMD ["tracker", "run"]
