"""The pre-commit hook, for real: `pre-commit try-repo` against this repository."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from editlint.packs.languagetool.provision import is_installed

ROOT = Path(__file__).resolve().parents[2]
BAD = "# Storm Hits Coast\n\nStorm Hits Coast\n\nThe storm hit the coast on Friday.\n"
CLEAN = "# Storm Hits Coast\n\nThe storm hit the coast on Friday.\n"


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def newsroom(tmp_path, config: str) -> Path:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".editlint.toml").write_text(config)
    return repo


def try_hook(repo: Path, text: str, *options: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Commit-stage run of the hook on story.md (pre-commit's caches: the session's, see tests/conftest.py)."""
    pre_commit = Path(sys.executable).with_name("pre-commit")
    assert pre_commit.exists() or shutil.which("pre-commit"), "pre-commit is a test dependency"
    (repo / "story.md").write_text(text)
    git(repo, "add", "story.md", ".editlint.toml")
    return subprocess.run(
        [str(pre_commit) if pre_commit.exists() else "pre-commit", "try-repo", str(ROOT), "editlint", *options, "--files", "story.md"],
        cwd=repo, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=1800,
    )


def test_hook_blocks_a_bad_article_and_passes_a_clean_one(tmp_path):
    repo = newsroom(tmp_path, 'select = ["house/duplicate-headline", "house/missing-image-credit"]\n')
    failing = try_hook(repo, BAD)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "story.md:3:1: error house/duplicate-headline" in failing.stdout
    passing = try_hook(repo, CLEAN)
    assert passing.returncode == 0, passing.stdout + passing.stderr


def test_hook_installs_languagetool_on_its_first_run(tmp_path):
    """editlint lives in pre-commit's own environment, so the hook cannot ask for `editlint setup`."""
    repo = newsroom(tmp_path, 'select = ["languagetool/EN_A_VS_AN"]\nfail-level = "warning"\n')
    cache = tmp_path / "no-languagetool-yet"
    run = try_hook(repo, "# Alarm\n\nIt was an test of the alarm.\n", "--verbose", env={"EDITLINT_CACHE_DIR": str(cache)})
    assert run.returncode == 1, run.stdout + run.stderr
    assert "LanguageTool is not installed: installing it once now" in run.stdout
    assert "story.md:3:8: " in run.stdout and "languagetool/EN_A_VS_AN" in run.stdout
    assert is_installed(cache)
