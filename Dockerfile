# tracker: the daemon in a container. Volumes: /config (watchlist.yaml), /data (SQLite).
ARG PYTHON_IMAGE=python:3.12-slim

FROM ${PYTHON_IMAGE} AS build
ARG PIP_CERT
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY tracker ./tracker
COPY jobs ./jobs
RUN python -m venv /opt/tracker \
 && /opt/tracker/bin/pip install --quiet ".[postgres]"

FROM ${PYTHON_IMAGE}
RUN groupadd --system --gid 10001 tracker \
 && useradd --system --uid 10001 --gid tracker --home-dir /data --shell /usr/sbin/nologin tracker \
 && mkdir -p /config /data && chown tracker:tracker /data
COPY --from=build /opt/tracker /opt/tracker
COPY config/watchlist.yaml config/watchlist.schema.json /config/
ENV PATH=/opt/tracker/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    TRACKER_CONFIG=/config/watchlist.yaml \
    TRACKER_DATA_DIR=/data \
    TRACKER_WEB_HOST=0.0.0.0 \
    TRACKER_WEB_PORT=8080
USER tracker
WORKDIR /data
VOLUME ["/config", "/data"]
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["tracker", "health"]
CMD ["tracker", "run"]
