import os
import subprocess
import sys

import pytest


class Run:
    def __init__(self, proc: subprocess.CompletedProcess):
        self.code, self.out, self.err = proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def editlint(tmp_path):
    """Run the real command line in a clean folder; returns exit code, stdout and stderr."""

    def run(*args: str, stdin: str | None = None, cwd=None, env: dict | None = None) -> Run:
        environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "editlint", *args],
            input=stdin, capture_output=True, text=True, cwd=cwd or tmp_path, env=environment, timeout=300,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return Run(proc)

    return run
