"""`editlint --diff-base REF`: only findings on text changed since REF, in a real git repository."""

import subprocess

import pytest

from gitrepo import GitRepo
from helpers import assert_one_line_error

HOUSE = "--select=house"
BUDGET = (
    "Council Approves New Budget\n"
    "By Jane Smith\n"
    "The council approved the budget on Tuesday, with the mayor has signed it the same night.\n"
    "Some experts say the plan will fail.\n"
)
FRAGMENT = " Though the finance office has said that the reserve, if it were to shrink, would be refilled within a year."
HARBOR = "# Harbor Reopens\n\n![Boats in the harbor](boats.jpg)\nPhoto: Jane Doe/AP\n\nThe harbor reopened on Monday.\n"
DANGLING = "# Port Expands\n\nThe port opened a new quay, with the port chief has promised more ships.\n"


@pytest.fixture
def repo(tmp_path):
    repo = GitRepo(tmp_path / "newsroom")
    repo.write("news/budget.txt", BUDGET)
    repo.write("news/harbor.md", HARBOR)
    repo.commit("archive")
    return repo


def lines_of(run):
    return [line.split(": ", 1)[0] + " " + line.split()[2] for line in run.out.splitlines() if line.startswith("news/")]


def test_only_findings_on_changed_words_count(editlint, repo):
    old = BUDGET.splitlines()
    repo.write("news/budget.txt", "\n".join([*old[:2], "A new paragraph sits here now.", old[2], old[3] + FRAGMENT, ""]))
    full = editlint(HOUSE, "news", cwd=repo.root)
    assert len(lines_of(full)) == 3, full.out
    run = editlint(HOUSE, "--diff-base", "main", "news", cwd=repo.root)
    assert run.code == 1, run.err
    # the old unattributed claim shares the edited line, the old dangling clause moved down: neither counts
    assert lines_of(run) == ["news/budget.txt:5:38 house/sentence-fragment"]
    assert "in 1 file." in run.out  # harbor.md did not change, so it was not linted


def test_new_files_count_whole_committed_or_untracked(editlint, repo):
    repo.git("checkout", "-q", "-b", "story")
    repo.write("news/port.md", DANGLING)
    repo.commit("new story")
    repo.write("news/quay.md", DANGLING)  # not even added yet
    run = editlint(HOUSE, "--diff-base", "main", "news", cwd=repo.root)
    assert lines_of(run) == ["news/port.md:3:29 house/dangling-clause", "news/quay.md:3:29 house/dangling-clause"]


def test_renamed_file_reports_only_its_changed_lines(editlint, repo):
    rest = "The vote was seven to two.\nThe budget takes effect in July.\nThe next meeting is on May 4.\n" * 2
    repo.write("news/budget.txt", BUDGET + rest)
    repo.commit("longer")
    repo.git("mv", "news/budget.txt", "news/council-budget.txt")
    repo.write("news/council-budget.txt", BUDGET.rstrip("\n") + FRAGMENT + "\n" + rest)
    repo.commit("rename and edit")
    assert "rename from news/budget.txt" in repo.git("diff", "HEAD~1", "HEAD")
    run = editlint(HOUSE, "--diff-base", "HEAD~1", "news", cwd=repo.root)
    assert lines_of(run) == ["news/council-budget.txt:4:38 house/sentence-fragment"]


def test_deleted_files_are_not_linted_and_whitespace_changes_report_nothing(editlint, repo):
    repo.git("rm", "-q", "news/harbor.md")
    repo.write("news/budget.txt", BUDGET.replace("with the mayor", "with  the\tmayor").replace("Some experts", "  Some experts"))
    run = editlint(HOUSE, "--diff-base", "main", "news", cwd=repo.root)
    assert run.code == 0 and "no problems in 0 files" in run.out, run.out + run.err  # no word changed: nothing to lint


def test_deleting_the_credit_under_a_picture_reports_the_picture(editlint, repo):
    repo.write("news/harbor.md", HARBOR.replace("Photo: Jane Doe/AP\n", ""))
    run = editlint(HOUSE, "--diff-base", "main", "news", cwd=repo.root)
    assert lines_of(run) == ["news/harbor.md:3:1 house/missing-image-credit"]


def test_changes_on_the_base_branch_since_the_branch_point_do_not_count(editlint, repo):
    repo.git("checkout", "-q", "-b", "story")
    repo.write("news/port.md", DANGLING)
    repo.commit("new story")
    repo.git("checkout", "-q", "main")
    repo.write("news/budget.txt", BUDGET + "Others believe the vote was rigged.\n")
    repo.commit("the base moves on")
    repo.git("checkout", "-q", "story")
    run = editlint(HOUSE, "--diff-base", "main", "news", cwd=repo.root)
    assert lines_of(run) == ["news/port.md:3:29 house/dangling-clause"]


def test_only_changed_articles_under_the_paths_given(editlint, repo):
    repo.write("desk/port.md", DANGLING)
    repo.write("news/notes.json", "{}")
    assert editlint(HOUSE, "--diff-base", "main", "news", cwd=repo.root).code == 0
    run = editlint(HOUSE, "--diff-base", "main", "port.md", cwd=repo.root / "desk")
    assert run.code == 1 and run.out.startswith("port.md:3:29"), run.out + run.err
    assert_one_line_error(editlint(HOUSE, "--diff-base", "main", "gone.md", cwd=repo.root), "gone.md: no such file or directory")


def test_shallow_checkout_with_the_base_fetched(editlint, repo, tmp_path):
    base = repo.git("rev-parse", "HEAD").strip()
    repo.git("checkout", "-q", "-b", "story")
    repo.write("news/budget.txt", BUDGET.rstrip("\n") + FRAGMENT + "\n")
    repo.commit("edit")
    clone = tmp_path / "ci"
    subprocess.run(["git", "clone", "-q", "--depth=1", "--branch=story", f"file://{repo.root}", str(clone)], check=True)
    missing = editlint(HOUSE, "--diff-base", base, "news", cwd=clone)
    assert_one_line_error(missing, f"--diff-base {base}: no such commit", "git fetch --depth=1 origin")
    subprocess.run(["git", "fetch", "-q", "--depth=1", "origin", base], cwd=clone, check=True)
    run = editlint(HOUSE, "--diff-base", base, "news", cwd=clone)
    assert lines_of(run) == ["news/budget.txt:4:38 house/sentence-fragment"]


def test_errors_are_one_line(editlint, repo, tmp_path):
    assert_one_line_error(editlint(HOUSE, "--diff-base", "no-such-branch", "news", cwd=repo.root), "no-such-branch: no such commit")
    (tmp_path / "loose").mkdir()
    (tmp_path / "loose" / "a.md").write_text(DANGLING)
    assert_one_line_error(editlint(HOUSE, "--diff-base", "main", "a.md", cwd=tmp_path / "loose"), "is not in a git repository")
    assert_one_line_error(editlint(HOUSE, "--diff-base", "main", "-", cwd=repo.root, stdin=DANGLING), "name them instead of '-'")
    outside = editlint(HOUSE, "--diff-base", "main", "news", str(tmp_path / "loose"), cwd=repo.root)
    assert_one_line_error(outside, "outside the git repository")


def test_file_names_git_quotes(editlint, repo):
    repo.write('news/café "draft"\tv2.md', HARBOR)
    repo.commit("archive a draft")
    repo.write('news/café "draft"\tv2.md', DANGLING)
    run = editlint(HOUSE, "--diff-base", "main", "news", cwd=repo.root)
    assert run.out.startswith('news/café "draft" v2.md:3:29: error house/dangling-clause'), run.out + run.err  # the tab shown as a space
