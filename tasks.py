#!/usr/bin/env python3
"""Run tracker from a checkout with nothing but Python 3.11+.

    python3 tasks.py run     start the daemon (SQLite under ./data/, config/watchlist.yaml)
    python3 tasks.py test    lint, type-check and run the whole test suite

Each makes (or refreshes) its own virtual environment in .venv/ first. Extra arguments
go to the command: `python3 tasks.py run --port 9000`, `python3 tasks.py test -k watchlist`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".tracker-installed"


def _say(message: str) -> None:
    print(f"tasks.py: {message}", file=sys.stderr, flush=True)


def ensure_venv(extras: str) -> None:
    """Create .venv and install tracker with ``extras``, unless already done for this pyproject."""
    if sys.version_info < (3, 11):  # noqa: UP036 - run by any python3 on the PATH
        sys.exit(f"tasks.py: tracker needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and want in STAMP.read_text().split():
        return
    if not (BIN / "python").exists():
        _say(f"creating a virtual environment in {VENV}")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as exc:  # Debian without python3-venv, for one
            sys.exit(f"tasks.py: cannot create {VENV} ({exc}); install python3-venv and retry")
    _say(f"installing tracker[{extras}] and its dependencies (first run only)")
    subprocess.run(
        [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
    )
    subprocess.run(
        [str(BIN / "python"), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{extras}]"],
        check=True,
    )
    done = STAMP.read_text().split() if STAMP.exists() else []
    STAMP.write_text("\n".join([*done, want]) + "\n")


def run(args: list[str]) -> int:
    ensure_venv("postgres")
    return subprocess.call([str(BIN / "tracker"), "run", *args], cwd=ROOT)


def test(args: list[str]) -> int:
    ensure_venv("test")
    for step in (
        [str(BIN / "ruff"), "check", "tracker", "jobs", "tests", "bench", "tasks.py"],
        [str(BIN / "ruff"), "format", "--check", "tracker", "jobs", "tests", "bench", "tasks.py"],
        [str(BIN / "mypy")],
    ):
        _say(" ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)))
        if subprocess.call(step, cwd=ROOT) != 0:
            return 1
    code = subprocess.call([str(BIN / "python"), "-m", "pytest", *args], cwd=ROOT)
    if code == 5:
        _say("pytest collected no tests: that is a failure")
        return 1
    return code


def main() -> int:
    commands = {"run": run, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
