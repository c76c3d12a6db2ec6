"""A real warm worker, started with `editlint server start` in a private cache, using the session's LanguageTool server."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Run:
    code: int
    out: bytes
    err: bytes


@dataclass
class Warm:
    """The worker's environment (``env``) and one without a worker (``cold``), both reading the same user config."""

    env: dict
    cold: dict
    folder: Path  # the worker's private folder
    pid: int

    def served(self) -> int:
        """How many runs the worker has served so far."""
        return (self.folder / "worker.log").read_text().count("served run ")

    def run(self, *args: str, cwd: Path, stdin: bytes = b"", warm: bool = True, env: dict | None = None, **options) -> Run:
        environment = {**(self.env if warm else self.cold), **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "editlint", *args], input=stdin, capture_output=True, cwd=cwd, env=environment, timeout=300, **options
        )
        assert b"Traceback" not in proc.stderr, proc.stderr.decode()
        return Run(proc.returncode, proc.stdout, proc.stderr)


def editlint_env(cache: Path, config_home: Path) -> dict:
    return {**os.environ, "EDITLINT_CACHE_DIR": str(cache), "XDG_CONFIG_HOME": str(config_home), "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def warm(tmp_path_factory, languagetool_url):
    """`editlint server start` with a user config naming the session's LanguageTool server (so no Java of its own)."""
    root = tmp_path_factory.mktemp("warm")
    config_home = root / "config"
    (config_home / "editlint").mkdir(parents=True)
    (config_home / "editlint" / "config.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n')
    env = editlint_env(root / "cache", config_home)
    started = subprocess.run([sys.executable, "-m", "editlint", "server", "start"], env=env, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr
    assert "LanguageTool server: http://127.0.0.1:" in started.stdout and "editlint worker running (pid " in started.stdout
    pid = int(started.stdout.split("editlint worker running (pid ")[1].split(")")[0])
    try:
        yield Warm(env, editlint_env(root / "cold-cache", config_home), root / "cache" / "worker", pid)
    finally:
        stopped = subprocess.run([sys.executable, "-m", "editlint", "server", "stop"], env=env, capture_output=True, text=True, timeout=300)
        assert stopped.returncode == 0, stopped.stderr
