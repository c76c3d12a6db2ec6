"""The progress bar: on a terminal (a pseudo-terminal here) for runs over a second, never otherwise.

A run is made slow for certain by holding the lock ``editlint --fix`` waits for on one of its files.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from editlint.api import lint_paths

ARTICLES = ("a.md", "b.md", "c.md")
ARGS = ("--fix", "--select", "house/duplicate-headline", *ARTICLES)
HOLD_SECONDS = 2.5


@pytest.fixture
def desk(tmp_path):
    for name in ARTICLES:
        (tmp_path / name).write_text(f"# {name}\n\nThe council met on Tuesday.\n", encoding="utf-8")
    return tmp_path


@contextmanager
def held(path: Path, seconds: float):
    """Hold ``path``'s lock (as another ``editlint --fix`` would) for ``seconds`` after entering."""
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    release = threading.Timer(seconds, os.close, (fd,))
    release.start()
    try:
        yield
    finally:
        release.join()


def run(args, cwd: Path, *, terminal: bool, ci: bool = False) -> tuple[int, str, str]:
    """The real CLI with stderr on a pseudo-terminal (100 columns) or on a pipe, in CI or not: exit code, stdout, stderr."""
    env = {**{k: v for k, v in os.environ.items() if k != "CI"}, "NO_COLOR": "1", "TERM": "xterm", **({"CI": "true"} if ci else {})}
    command = [sys.executable, "-m", "editlint", *args]
    if not terminal:
        proc = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # EIO: the child closed the terminal
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    out, _ = proc.communicate(timeout=300)
    reader.join()
    os.close(leader)
    return proc.returncode, out.decode(), b"".join(chunks).decode()


def test_a_slow_run_on_a_terminal_shows_files_done_left_and_elapsed_then_wipes_the_bar(desk):
    started = time.monotonic()
    with held(desk / "b.md", HOLD_SECONDS):
        code, out, err = run(ARGS, desk, terminal=True)
    assert time.monotonic() - started >= HOLD_SECONDS
    assert code == 0 and out == "All checked: no problems in 3 files.\n", (out, err)
    assert re.search(r"Linting +67% \|[^|]+\| 2/3 files, 1 left, 00:0[1-9] elapsed", err), repr(err)
    assert "Traceback" not in err and "editlint:" not in err
    assert re.fullmatch(r"[\r ]*", err[err.rindex("elapsed") + len("elapsed") :]), repr(err[-200:])  # the bar is wiped


@pytest.mark.parametrize("args", [("--quiet", *ARGS), ("-q", *ARGS)], ids=["--quiet", "-q"])
def test_quiet_shows_no_bar_on_a_terminal(desk, args):
    with held(desk / "b.md", HOLD_SECONDS):
        code, out, err = run(args, desk, terminal=True)
    assert (code, out, err) == (0, "All checked: no problems in 3 files.\n", "")


@pytest.mark.parametrize(("terminal", "ci"), [(False, False), (True, True)], ids=["stderr-not-a-terminal", "terminal-in-ci"])
def test_no_bar_in_output_nobody_watches(desk, terminal, ci):
    with held(desk / "b.md", HOLD_SECONDS):
        code, out, err = run(ARGS, desk, terminal=terminal, ci=ci)
    assert (code, out, err) == (0, "All checked: no problems in 3 files.\n", "")


def test_a_quick_run_on_a_terminal_shows_no_bar(desk):
    code, out, err = run(("--select", "house/duplicate-headline", *ARTICLES), desk, terminal=True)
    assert (code, out, err) == (0, "All checked: no problems in 3 files.\n", "")


def test_lint_paths_reports_progress_before_the_first_file_and_after_each(desk, monkeypatch):
    monkeypatch.chdir(desk)
    calls = []
    lint_paths(ARTICLES, overrides={"select": ["house/duplicate-headline"]}, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
