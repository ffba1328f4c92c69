"""The image, built from the Dockerfile and run as users run it.

Podman (or Docker with a running engine) builds the image once per module; the container
runs on the host network against a loopback feed and a loopback JSON sink, with the
watchlist mounted read-only from a temporary folder. Where no registry is reachable the
base image is the stand-in of ../shared/docs/container-testing.md, which ``.ci/container.sh``
builds (and this module builds too, by running that script, when it is missing).

Skipped, with the reason, where no container engine works.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.feeds import Item, rss
from tests.servers import FeedServer, JsonSink, free_port
from tests.test_end_to_end import watchlist_text

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parent.parent
IMAGE = f"localhost/tracker:test-{uuid.uuid4().hex[:8]}"  # unique: runs may overlap
STANDIN = "localhost/python-standin:3.11"
MAX_IMAGE_BYTES = 600 * 1000 * 1000
NOW = datetime.now(UTC)

BASELINE = Item(
    "Studio quarterly results beat expectations",
    "https://news.invalid/studio-results",
    "Streaming subscriptions grew in every region.",
    NOW - timedelta(hours=2),
)
TEASER = Item(
    "Netflix drops the first teaser for Good Sex with Natalie Portman",
    "https://news.invalid/good-sex-teaser",
    "Lena Dunham's Netflix comedy shows its first footage: watch the teaser now.",
    NOW - timedelta(hours=1),
)


# --------------------------------------------------------------------------- the engine


@dataclass(frozen=True)
class Engine:
    name: str  # "podman" or "docker"
    exe: str

    def __call__(
        self, *args: str, timeout: float = 60, check: bool = False
    ) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [self.exe, *args], capture_output=True, text=True, timeout=timeout, check=False
        )
        if check and proc.returncode != 0:
            pytest.fail(
                f"{self.name} {' '.join(args[:2])} exited {proc.returncode}:\n"
                f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
            )
        return proc

    @property
    def podman(self) -> bool:
        return self.name == "podman"


def _works(exe: str) -> str | None:
    """None when ``exe info`` succeeds, else why not."""
    try:
        proc = subprocess.run([exe, "info"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"`{exe} info` failed: {exc}"
    if proc.returncode == 0:
        return None
    lines = (proc.stderr or proc.stdout).strip().splitlines()
    return f"`{exe} info` exited {proc.returncode}: {lines[-1] if lines else 'no output'}"


def find_engine() -> Engine | str:
    """Podman first (what CI installs), then Docker with a running engine; else the reason."""
    reasons = []
    for name in ("podman", "docker"):
        exe = shutil.which(name)
        if exe is None:
            reasons.append(f"{name} is not installed")
            continue
        why = _works(exe)
        if why is None:
            return Engine(name, exe)
        reasons.append(why)
    return "no container engine works here: " + "; ".join(reasons) + " (CI: .ci/container.sh)"


def host_ca_bundle() -> str | None:
    """The CA bundle pip is configured with (a TLS proxy's), if any: the build needs it too."""
    candidates = [os.environ.get("PIP_CERT", "")]
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True, timeout=60
    )
    for line in proc.stdout.splitlines():
        key, _, value = line.partition("=")
        if key.endswith(".cert"):
            candidates.append(value.strip().strip("'\""))
    return next((c for c in candidates if c and Path(c).is_file()), None)


def base_image(engine: Engine) -> str | None:
    """The PYTHON_IMAGE build argument: None for the Dockerfile's default (python:3.12-slim).

    ``TRACKER_TEST_PYTHON_IMAGE`` chooses one. With podman, where no registry is
    reachable, the stand-in is used, built by .ci/container.sh when it is missing.
    """
    chosen = os.environ.get("TRACKER_TEST_PYTHON_IMAGE")
    if chosen:
        return chosen
    if not engine.podman:
        return None
    if engine("image", "exists", STANDIN).returncode != 0:
        script = ROOT / ".ci" / "container.sh"
        proc = subprocess.run(
            ["bash", str(script)], capture_output=True, text=True, timeout=600, check=False
        )
        if engine("image", "exists", STANDIN).returncode != 0:
            said = " / ".join(proc.stderr.strip().splitlines()[-2:]) or f"exit {proc.returncode}"
            pytest.skip(
                f"the stand-in base image {STANDIN} is missing and .ci/{script.name} could not "
                f"build it ({said}); where a registry is reachable, set "
                "TRACKER_TEST_PYTHON_IMAGE=python:3.12-slim"
            )
    return STANDIN


@dataclass(frozen=True)
class Image:
    engine: Engine
    tag: str
    base: str
    config: dict[str, Any]
    healthcheck: dict[str, Any]
    size: int


@pytest.fixture(scope="module")
def image() -> Iterator[Image]:
    found = find_engine()
    if isinstance(found, str):
        pytest.skip(found)
    engine = found
    base = base_image(engine)
    args = ["build", "-t", IMAGE]
    if base is not None:
        args += ["--build-arg", f"PYTHON_IMAGE={base}"]
    if engine.podman:
        # chroot isolation: RUN works without a full runtime; docker format keeps HEALTHCHECK;
        # no layer cache, so that no intermediate image is left behind on every change.
        args += ["--isolation=chroot", "--format", "docker", "--layers=false"]
        cert = host_ca_bundle()
        if cert:
            args += ["-v", f"{cert}:/host-ca.crt:ro", "--build-arg", "PIP_CERT=/host-ca.crt"]
    started = time.monotonic()
    engine(*args, str(ROOT), timeout=900, check=True)
    took = time.monotonic() - started
    [inspected] = json.loads(engine("image", "inspect", IMAGE, check=True).stdout)
    size = int(engine("image", "inspect", "--format", "{{.Size}}", IMAGE, check=True).stdout)
    print(
        f"\nimage {IMAGE} on {base or 'python:3.12-slim'}: built in {took:.0f} s "
        f"by {engine.name}, {size} bytes ({size / 1e6:.0f} MB)"
    )
    config = inspected["Config"]
    # Docker keeps the HEALTHCHECK in Config, podman beside it.
    health = config.get("Healthcheck") or inspected.get("Healthcheck") or {}
    yield Image(engine, IMAGE, base or "python:3.12-slim", config, health, size)
    engine("rmi", IMAGE)


# --------------------------------------------------------------------------- the container


@dataclass
class Container:
    engine: Engine
    name: str

    def exec(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return self.engine("exec", self.name, *args, timeout=timeout)

    def logs(self) -> str:
        proc = self.engine("logs", self.name)
        return proc.stdout + proc.stderr

    def state(self) -> dict[str, Any]:
        [inspected] = json.loads(self.engine("container", "inspect", self.name, check=True).stdout)
        state: dict[str, Any] = inspected["State"]
        return state

    def running(self) -> bool:
        return bool(self.state().get("Running"))


def wait_until(what: str, ok: Callable[[], bool], container: Container, timeout: float) -> None:
    """Poll ``ok`` until it holds; fail with the container's logs if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ok():
            return
        if not container.running():
            pytest.fail(f"the container exited while waiting for {what}:\n{container.logs()}")
        time.sleep(0.5)
    pytest.fail(f"no {what} within {timeout:.0f} s:\n{container.logs()}")


@pytest.fixture
def container(image: Image) -> Iterator[Container]:
    """A container name; the container and its anonymous /data volume go afterwards."""
    box = Container(image.engine, f"tracker-test-{uuid.uuid4().hex[:10]}")
    yield box
    image.engine("rm", "-f", "-v", box.name, timeout=60)


def test_image_metadata(image: Image, record_property: Callable[[str, object], None]) -> None:
    record_property("image_bytes", image.size)
    config = image.config
    user = str(config.get("User") or "")
    assert user and user.split(":")[0] not in {"0", "root"}, f"runs as {user!r}"
    assert config.get("StopSignal") == "SIGTERM"
    assert image.healthcheck.get("Test") == ["CMD", "tracker", "health"], image.healthcheck
    assert set(config.get("Volumes") or {}) == {"/config", "/data"}
    assert "8080/tcp" in (config.get("ExposedPorts") or {})
    assert config.get("Cmd") == ["tracker", "run"]
    assert 0 < image.size < MAX_IMAGE_BYTES, f"{image.size / 1e6:.0f} MB"
    # No compiler and no build leftovers in the final stage; the daemon's venv has no pip.
    script = (
        "for c in gcc cc c++ make /opt/tracker/bin/pip; do command -v $c; done; "
        "ls -d /root/.cache/pip /src /tmp/pip-* 2>/dev/null; "
        "tracker --help >/dev/null && echo usable"
    )
    proc = image.engine(
        "run", "--rm", *run_flags(image.engine), "--user", "0", "--entrypoint", "sh",
        image.tag, "-c", script,
    )  # fmt: skip
    assert proc.stdout.strip() == "usable", proc.stdout + proc.stderr


def run_flags(engine: Engine) -> list[str]:
    if not engine.podman:
        return []
    # runc, not crun, and explicit ulimits: see ../shared/docs/container-testing.md.
    runtime = ["--runtime", "runc"] if shutil.which("runc") else []
    return [*runtime, "--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096"]


def mount_watchlist(tmp_path: Path, text: str) -> Path:
    """The watchlist in a folder the container's (non-owner) user can read; its path."""
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    config_dir.chmod(0o755)
    path = config_dir / "watchlist.yaml"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o644)
    return path


def start(image: Image, container: Container, watchlist_file: Path) -> None:
    """Run the image detached on the host network, polling and delivering every second."""
    settings = {
        "TRACKER_DATA_DIR": "/data",
        "TRACKER_WEB_PORT": str(free_port()),
        "TRACKER_POLL_INTERVAL": "1s",
        "TRACKER_POLL_MAX_INTERVAL": "1s",
        "TRACKER_DELIVER_INTERVAL": "1s",
        "TRACKER_RELOAD_INTERVAL": "1s",
    }
    env = [arg for k, v in settings.items() for arg in ("-e", f"{k}={v}")]
    image.engine(
        "run", "-d", "--name", container.name, *run_flags(image.engine), "--network", "host",
        "-v", f"{watchlist_file.parent}:/config:ro", *env, image.tag,
        check=True,
    )  # fmt: skip


def stop(container: Container) -> tuple[dict[str, Any], str]:
    """``stop -t 10``: SIGTERM, then SIGKILL (exit code 137) if still running after 10 s."""
    started = time.monotonic()
    container.engine("stop", "-t", "10", container.name, timeout=60, check=True)
    took = time.monotonic() - started
    state = container.state()
    print(f"\n`{container.engine.name} stop -t 10` took {took:.1f} s; exit {state.get('ExitCode')}")
    return state, container.logs()


def test_container_polls_notifies_reloads_and_stops_on_sigterm(
    image: Image,
    container: Container,
    tmp_path: Path,
    feed_server: FeedServer,
    json_sink: JsonSink,
) -> None:
    engine = image.engine
    feed = feed_server.route("/news.xml", rss([BASELINE]))
    extra = feed_server.route("/dune.xml", rss([]))
    watchlist_file = mount_watchlist(tmp_path, watchlist_text(feed, json_sink.apprise_url))
    start(image, container, watchlist_file)

    # Healthy: the image's own HEALTHCHECK command, run inside the container.
    wait_until(
        "healthy `tracker health`",
        lambda: container.exec("tracker", "health").returncode == 0,
        container,
        90,
    )
    if engine.podman:
        proc = engine("healthcheck", "run", container.name)
        assert proc.returncode == 0, proc.stdout + proc.stderr

    # Not root: the daemon itself (PID 1), not just an exec'd shell.
    status = container.exec("cat", "/proc/1/status").stdout
    uids = next(line.split()[1:] for line in status.splitlines() if line.startswith("Uid:"))
    assert uids and "0" not in uids, status

    # The feed is polled; its first fetch is a silent baseline. A second poll means the
    # first one (and its baseline) is stored.
    wait_until("second poll of the feed", lambda: feed_server.hits("/news.xml") >= 2, container, 60)
    proc = container.exec("tracker", "feeds", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [feed_state] = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert feed_state["url"] == feed and feed_state["healthy"] is True, feed_state
    assert json_sink.received == []

    # A teaser appears: one notification reaches the loopback sink.
    feed_server.route("/news.xml", rss([TEASER, BASELINE]))
    assert json_sink.wait_for(1, timeout=60), f"no notification:\n{container.logs()}"
    assert json_sink.received[0].json["title"] == "Good Sex: The teaser is out"

    # An edit of the mounted (read-only) watchlist is picked up: its new feed gets polled.
    watchlist_file.write_text(watchlist_text(feed, json_sink.apprise_url, extra), encoding="utf-8")
    wait_until(
        "poll of the feed added by the edit",
        lambda: feed_server.hits("/dune.xml") >= 1,
        container,
        60,
    )
    assert "watchlist reloaded: 3 productions" in container.logs()

    # Stop: SIGTERM, the daemon exits 0 on its own before the 10 s grace runs out
    # (after it, the engine would SIGKILL and the exit code would be 137).
    state, logs = stop(container)
    assert state.get("Running") is False
    assert state.get("ExitCode") == 0, logs
    assert "stopping: no new job runs" in logs and "stopped" in logs, logs
    assert len(json_sink.received) == 1


def test_container_stops_in_time_while_a_delivery_hangs(
    image: Image,
    container: Container,
    tmp_path: Path,
    feed_server: FeedServer,
    json_sink: JsonSink,
) -> None:
    """SIGTERM while the notification service holds a request open: still a clean exit."""
    json_sink.set_delay(60)  # accepts the request, answers after the container is gone
    feed = feed_server.route("/news.xml", rss([BASELINE]))
    start(image, container, mount_watchlist(tmp_path, watchlist_text(feed, json_sink.apprise_url)))
    wait_until("second poll of the feed", lambda: feed_server.hits("/news.xml") >= 2, container, 60)
    feed_server.route("/news.xml", rss([TEASER, BASELINE]))
    wait_until("a delivery in flight", lambda: len(json_sink.requests) >= 1, container, 60)

    state, logs = stop(container)
    assert state.get("ExitCode") == 0, logs
    assert "stopped" in logs, logs
