"""Starting ``tracker run`` as a real process, the way a service manager does."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path
from typing import IO


def tracker_command() -> list[str]:
    """The installed ``tracker`` script beside this interpreter, else ``python -m tracker``."""
    exe = Path(sys.executable).with_name("tracker")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tracker"]


def start_daemon(
    env: dict[str, str], out: IO[str] | int = subprocess.PIPE
) -> subprocess.Popen[str]:
    """``tracker run`` with ``env`` (the whole environment), its output merged into ``out``."""
    return subprocess.Popen(
        [*tracker_command(), "run"], env=env, stdout=out, stderr=subprocess.STDOUT, text=True
    )


def stop_daemon(proc: subprocess.Popen[str], timeout: float = 15) -> str:
    """SIGTERM, as a service manager stops it; its output. Killed (and raises) if it hangs."""
    proc.send_signal(signal.SIGTERM)
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return output or ""
