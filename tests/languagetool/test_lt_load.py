"""Runs that share one server under load, and a slow request that costs one file, not the run."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editlint.packs.languagetool.client import DEFAULT_CHUNK_SIZE
from editlint.packs.languagetool.server import start_daemon, stop_daemon

SENTENCES = (
    "The harbour council met on Tuesday to weigh a new budget for the fishing docks.",
    "Residents said the ferry timetable had changed twice since the spring.",
    "He go to the market every days before the boats come in.",
    "A spokeswoman for the port authority declined to comment on the dredging contract.",
    "The mayor, who took office in March, promised to publish the figures next week.",
    "Their was no agreement on how the repairs would be paid for.",
    "Engineers expect the sea wall to be finished before the winter storms arrive.",
    "Local shops reported fewer visitors than in any summer since the bridge closed.",
)


def article(number: int, paragraphs: int) -> str:
    """A headline and *paragraphs* paragraphs of our own prose, different in every article."""
    body = [
        " ".join(SENTENCES[(number + p + s) % len(SENTENCES)] for s in range(5)) + f" This is note {number}.{p} of the report."
        for p in range(paragraphs)
    ]
    return f"# Harbour report {number}\n\n" + "\n\n".join(body) + "\n"


def editlint(cwd: Path, cache: Path, *args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "EDITLINT_CACHE_DIR": str(cache), "XDG_CONFIG_HOME": str(cwd / "user-config"), "NO_COLOR": "1"}
    return subprocess.Popen([sys.executable, "-m", "editlint", *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def finish(proc: subprocess.Popen, timeout: float = 600) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def test_concurrent_runs_share_one_server_and_agree(lt_cache, tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    for number in range(6):
        (desk / f"story-{number}.md").write_text(article(number, 12 + 4 * number))
    assert max(len(p.read_text()) for p in desk.iterdir()) > 2 * DEFAULT_CHUNK_SIZE  # several requests per article
    args = ("--select", "languagetool", "--fail-level", "warning", "--format", "json", "desk")
    start_daemon(lt_cache)
    try:
        code, sequential, err = finish(editlint(tmp_path, lt_cache, *args))
        assert code == 1 and json.loads(sequential), err
        started = time.monotonic()
        runs = [editlint(tmp_path, lt_cache, *args) for _ in range(4)]
        results = [finish(run) for run in runs]
    finally:
        stop_daemon(lt_cache)
    assert [(code, out) for code, out, _ in results] == [(1, sequential)] * 4, [err for _, _, err in results]
    assert time.monotonic() - started < 600


def slow_server(fake_server, word: str):
    """A fake LanguageTool that answers at once, except for texts that contain *word* (10 s)."""
    return fake_server(answer=lambda form: (200, b'{"matches": []}', 10.0 if word in form.get("text", "") else 0.0))


@pytest.mark.parametrize("on_error", ["fail", "warn"])
def test_a_slow_file_costs_only_its_own_report(fake_server, tmp_path, on_error):
    url = slow_server(fake_server, "Glacier")
    (tmp_path / ".editlint.toml").write_text(
        f'select = ["languagetool", "house/duplicate-headline"]\n[languagetool]\nurl = "{url}"\ntimeout = 1\n[grammar]\non-error = "{on_error}"\n'
    )
    for name, headline in (("a.md", "Storm"), ("slow.md", "Glacier"), ("c.md", "Flood")):
        (tmp_path / name).write_text(f"# {headline}\n\n{headline}\n")
    code, out, err = finish(editlint(tmp_path, tmp_path / "cache", "--format", "json", "-o", "report.json", "a.md", "slow.md", "c.md"))
    reported = sorted(d["path"] for d in json.loads((tmp_path / "report.json").read_text()))
    (line,) = err.splitlines()
    if on_error == "fail":
        assert code == 2 and reported == ["a.md", "c.md"]
        assert line.startswith(f"editlint: error: slow.md: LanguageTool server {url}/ did not answer within 1s (timeout; raise languagetool.timeout")
    else:
        assert code == 1 and reported == ["a.md", "c.md", "slow.md"]
        assert line.startswith("editlint: warning: slow.md: grammar checks skipped: ") and "languagetool.timeout" in line
