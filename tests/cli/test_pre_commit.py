"""The pre-commit hook, for real: `pre-commit try-repo` against this repository."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BAD = "# Storm Hits Coast\n\nStorm Hits Coast\n\nThe storm hit the coast on Friday.\n"
CLEAN = "# Storm Hits Coast\n\nThe storm hit the coast on Friday.\n"


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_hook_blocks_a_bad_article_and_passes_a_clean_one(tmp_path):
    pre_commit = Path(sys.executable).with_name("pre-commit")
    assert pre_commit.exists() or shutil.which("pre-commit"), "pre-commit is a test dependency"
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".editlint.toml").write_text('select = ["house/duplicate-headline", "house/missing-image-credit"]\n')

    def try_hook(text):
        (repo / "story.md").write_text(text)
        git(repo, "add", "story.md", ".editlint.toml")
        return subprocess.run(
            [str(pre_commit) if pre_commit.exists() else "pre-commit", "try-repo", str(ROOT), "editlint", "--files", "story.md"],
            cwd=repo, capture_output=True, text=True, timeout=1200,
        )

    failing = try_hook(BAD)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "story.md:3:1: error house/duplicate-headline" in failing.stdout
    passing = try_hook(CLEAN)
    assert passing.returncode == 0, passing.stdout + passing.stderr
