#!/usr/bin/env bash
# CI: make the container test (tests/test_container.py) runnable on a machine with no
# Docker engine and no registry, by ../shared/docs/container-testing.md:
#   1. install podman, runc and debootstrap when podman is missing (apt, as root);
#   2. build, or reuse, the stand-in for python:3.x-slim: localhost/python-standin:3.11
#      (Debian bookworm minbase + python3 as a venv at /usr/local).
# Caches live in $TRACKER_CI_CACHE (default /var/cache/tracker-ci), never in the repo:
#   bookworm-minbase.tar      the debootstrap rootfs  (skips debootstrap, ~25 s)
#   python-standin-3.11.tar   the built stand-in image (skips apt-get inside the build)
# Always exits 0: when something cannot be done it says why, and the test skips with
# its own reason. Exports nothing; the test finds the stand-in image by its name.
set -uo pipefail

CACHE=${TRACKER_CI_CACHE:-/var/cache/tracker-ci}
BASE=localhost/debian:bookworm
STANDIN=localhost/python-standin:3.11   # the name tests/test_container.py looks for
# The Debian mirror this machine's own apt uses (its sources name it), unless DEBIAN_MIRROR says.
apt_mirror() {
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
    grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}'; } | grep -v -- '-security' | head -n1
}
MIRROR=${DEBIAN_MIRROR:-$(apt_mirror)}
ROOTFS_TAR=$CACHE/bookworm-minbase.tar
STANDIN_TAR=$CACHE/python-standin-3.11.tar
START=$SECONDS

say() { echo "container.sh: $*" >&2; }
give_up() {
  say "$*"
  say "the container test will skip"
  exit 0
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi
}

# 1. podman ------------------------------------------------------------------------------
if ! command -v podman >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    give_up "podman is not installed and there is no apt-get to install it"
  fi
  say "installing podman, runc and debootstrap"
  LOG=$(mktemp)
  if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman runc debootstrap; } \
      >"$LOG" 2>&1; then
    give_up "apt-get could not install podman (not root, or no package mirror): $(tail -n1 "$LOG")"
  fi
  rm -f "$LOG"
fi
command -v podman >/dev/null 2>&1 || give_up "podman is still not on PATH"
if ! podman info >/dev/null 2>&1; then
  give_up "podman is installed but does not work: $(podman info 2>&1 | tail -n1)"
fi

# 2. the stand-in base image -------------------------------------------------------------
if podman image exists "$STANDIN"; then
  say "$STANDIN is there ($((SECONDS - START)) s)"
  exit 0
fi
mkdir -p "$CACHE" 2>/dev/null || give_up "cannot create the cache folder $CACHE"
if [ -s "$STANDIN_TAR" ] && podman load -q -i "$STANDIN_TAR" >/dev/null 2>&1 \
    && podman image exists "$STANDIN"; then
  say "$STANDIN loaded from $STANDIN_TAR ($((SECONDS - START)) s)"
  exit 0
fi

if ! podman image exists "$BASE"; then
  if [ ! -s "$ROOTFS_TAR" ]; then
    command -v debootstrap >/dev/null 2>&1 || as_root apt-get install -y -qq debootstrap >/dev/null \
      || give_up "debootstrap is missing and cannot be installed"
    [ "$(id -u)" -eq 0 ] || give_up "debootstrap needs root to build the stand-in base image"
    [ -n "$MIRROR" ] || give_up "no Debian mirror: this machine's apt sources name none; set DEBIAN_MIRROR"
    ROOTFS=$(mktemp -d "$CACHE/rootfs.XXXXXX")
    trap 'rm -rf "$ROOTFS" "$ROOTFS_TAR.part"' EXIT
    say "debootstrap bookworm minbase from $MIRROR (about 25 s, once)"
    if ! debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
      give_up "debootstrap failed; see $CACHE/debootstrap.log: $(tail -n1 "$CACHE/debootstrap.log")"
    fi
    rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/*
    if ! { tar -C "$ROOTFS" -cf "$ROOTFS_TAR.part" . && mv "$ROOTFS_TAR.part" "$ROOTFS_TAR"; }; then
      give_up "cannot write $ROOTFS_TAR"
    fi
    rm -rf "$ROOTFS"
    trap - EXIT
  fi
  podman import -q "$ROOTFS_TAR" "$BASE" >/dev/null || give_up "podman import of $ROOTFS_TAR failed"
fi

# The CA bundle pip is configured with (a TLS proxy's), mounted into the build as the doc
# says; Debian's mirror is plain http, so the stand-in needs it only where https is forced.
CERT=${PIP_CERT:-}
if [ -z "$CERT" ] && command -v python3 >/dev/null 2>&1; then
  CERT=$(python3 -m pip config list 2>/dev/null | sed -n "s/^[a-z:]*\.cert='\(.*\)'$/\1/p" | head -n1)
fi
CERT_ARGS=()
if [ -n "$CERT" ] && [ -f "$CERT" ]; then
  CERT_ARGS=(-v "$CERT:/host-ca.crt:ro" --build-arg PIP_CERT=/host-ca.crt)
fi
CONTEXT=$(mktemp -d)
trap 'rm -rf "$CONTEXT"' EXIT
cat >"$CONTEXT/Dockerfile" <<'EOF'
FROM localhost/debian:bookworm
ARG PIP_CERT
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv ca-certificates \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && python3 -m venv /usr/local
CMD ["python3"]
EOF
say "building $STANDIN"
if ! podman build -q --isolation=chroot --format docker "${CERT_ARGS[@]}" \
    -t "$STANDIN" "$CONTEXT" >"$CACHE/standin-build.log" 2>&1; then
  give_up "building $STANDIN failed; see $CACHE/standin-build.log: $(tail -n1 "$CACHE/standin-build.log")"
fi
if ! { podman save -q -o "$STANDIN_TAR.part" "$STANDIN" >/dev/null 2>&1 \
    && mv "$STANDIN_TAR.part" "$STANDIN_TAR"; }; then
  rm -f "$STANDIN_TAR.part"
  say "could not cache $STANDIN in $STANDIN_TAR (no harm)"
fi
say "$STANDIN built ($((SECONDS - START)) s)"
exit 0
