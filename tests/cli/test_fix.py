"""`--fix` on real files: races, concurrent fixers, file identity, unwritable files, hints."""

import fcntl
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from editlint import api, atomic, linter
from helpers import assert_one_line_error

ORIGINAL = "# Storm\n\nThe crew moved towards the harbor and sent an e-mail.\n"
FIXED = "# Storm\n\nThe crew moved toward the harbor and sent an email.\n"
AP = ("--select", "ap")


def temporary_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if ".editlint" in p.name]


def start_editlint(folder: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "editlint", *args], cwd=folder, env={**os.environ, "NO_COLOR": "1"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


# The file changes during the run


def test_a_change_saved_between_lint_and_write_is_kept_and_fixed(tmp_path, monkeypatch):
    article = tmp_path / "race.md"
    article.write_text(ORIGINAL)
    real_lint = linter.lint_document
    linted = []

    def lint_then_an_editor_saves(*args):
        found = real_lint(*args)
        if not linted:
            article.write_text("Update: roads are closed.\n\n" + ORIGINAL)
        linted.append(found)
        return found

    monkeypatch.setattr(linter, "lint_document", lint_then_an_editor_saves)
    result = api.lint_paths([str(article)], overrides={"select": ["ap"]}, fix=True)
    assert article.read_text() == "Update: roads are closed.\n\n" + FIXED
    assert (result.fixed, result.diagnostics) == (2, [])


@pytest.mark.parametrize("head_start", [0, 0.1, 0.2])
def test_two_fixers_of_one_file_at_once_never_splice(tmp_path, head_start):
    paragraphs = 2000  # long enough that the second run lints while the first one writes
    article = tmp_path / "twin.md"
    article.write_text(ORIGINAL + "\n" + "Officials walked towards the e-mail office.\n\n" * paragraphs)
    first = start_editlint(tmp_path, *AP, "--fix", "twin.md")
    time.sleep(head_start)
    runs = [first, start_editlint(tmp_path, *AP, "--fix", "twin.md")]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert article.read_text() == FIXED + "\n" + "Officials walked toward the email office.\n\n" * paragraphs
    assert not temporary_files(tmp_path)


@contextmanager
def held_lock(path: Path):
    with open(path, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def test_a_fixer_waits_while_another_holds_the_file(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(ORIGINAL)
    with held_lock(article):
        run = start_editlint(tmp_path, *AP, "--fix", "a.md")
        time.sleep(3)  # several times what the run takes without waiting
        assert run.poll() is None and article.read_text() == ORIGINAL
        article.write_text("Update: roads are closed.\n\n" + ORIGINAL)
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0, out + err
    assert article.read_text() == "Update: roads are closed.\n\n" + FIXED


def test_sigterm_ends_a_waiting_fixer_with_one_line_and_no_leftovers(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(ORIGINAL)
    with held_lock(article):
        run = start_editlint(tmp_path, *AP, "--fix", "a.md")
        time.sleep(3)
        run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=60)
    assert run.returncode == 2 and err.strip().splitlines() == ["editlint: error: interrupted"], (run.returncode, err)
    assert article.read_text() == ORIGINAL and not temporary_files(tmp_path)


def test_an_interrupted_write_leaves_the_file_and_no_temporary_file(tmp_path, monkeypatch):
    article = tmp_path / "a.md"
    article.write_text(ORIGINAL)

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic.replace_if_unchanged(article, ORIGINAL.encode(), FIXED.encode())
    assert article.read_text() == ORIGINAL and not temporary_files(tmp_path)


# The file keeps its identity


def test_fix_writes_through_a_symbolic_link(editlint, tmp_path):
    (tmp_path / "desk").mkdir()
    target = tmp_path / "desk" / "story.md"
    target.write_text(ORIGINAL)
    (tmp_path / "link.md").symlink_to(Path("desk") / "story.md")
    assert editlint(*AP, "--fix", "link.md").code == 0
    assert (tmp_path / "link.md").is_symlink() and os.readlink(tmp_path / "link.md") == os.path.join("desk", "story.md")
    assert target.read_text() == FIXED
    assert not temporary_files(tmp_path) and not temporary_files(tmp_path / "desk")


def test_fix_keeps_hard_links(editlint, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(ORIGINAL)
    os.link(article, tmp_path / "b.md")
    inode = article.stat().st_ino
    assert editlint(*AP, "--fix", "a.md").code == 0
    assert (tmp_path / "b.md").read_text() == FIXED and article.stat().st_ino == inode == (tmp_path / "b.md").stat().st_ino
    assert not temporary_files(tmp_path)


def test_fix_keeps_mode_owner_and_group(editlint, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(ORIGINAL)
    article.chmod(0o640)
    if os.geteuid() == 0:
        os.chown(article, 65534, 65534)
    before = article.stat()
    assert editlint(*AP, "--fix", "a.md").code == 0
    after = article.stat()
    assert article.read_text() == FIXED
    assert (stat.S_IMODE(after.st_mode), after.st_uid, after.st_gid) == (0o640, before.st_uid, before.st_gid)


def test_a_file_of_another_owner_is_fixed_in_place(tmp_path):
    """Another user may write the file but cannot give a new file its owner: the file is overwritten in place."""
    assert os.geteuid() == 0 and shutil.which("setpriv"), "needs root and setpriv (util-linux) to run editlint as another user"
    folder = Path(tempfile.mkdtemp(prefix="editlint-owner-"))  # in the system's temporary folder, which any user can enter
    try:
        folder.chmod(0o777)
        article = folder / "a.md"
        article.write_text(ORIGINAL)
        article.chmod(0o666)
        inode = article.stat().st_ino
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "editlint"]
        run = subprocess.run([*as_nobody, *AP, "--fix", "a.md"], cwd=folder, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stdout + run.stderr
        assert article.read_text() == FIXED
        assert (article.stat().st_uid, article.stat().st_ino) == (0, inode) and not temporary_files(folder)
    finally:
        shutil.rmtree(folder)


def test_fix_refuses_a_read_only_file(editlint, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(ORIGINAL)
    article.chmod(0o444)
    assert_one_line_error(editlint(*AP, "--fix", "a.md"), "a.md", "read-only")
    assert article.read_text() == ORIGINAL


@contextmanager
def unwritable(path: Path):
    """``path`` made unwritable: immutable (``chattr +i``) for root, who ignores modes; read-only otherwise."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.fail("chattr +i is not permitted on this file system: root can only be kept from writing by an immutable file")
        undo = ["chattr", "-i", str(path)]
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        undo = None
    try:
        yield
    finally:
        subprocess.run(undo, check=True) if undo else path.chmod(mode)


@pytest.mark.parametrize("which", ["file", "folder"])
def test_fix_on_an_unwritable_file_or_folder_is_one_line(editlint, tmp_path, which):
    (tmp_path / "desk").mkdir()
    article = tmp_path / "desk" / "a.md"
    article.write_text(ORIGINAL)
    with unwritable(article if which == "file" else article.parent):
        assert_one_line_error(editlint(*AP, "--fix", "desk/a.md"), "desk/a.md", "not fixed")
    assert article.read_text() == ORIGINAL and not temporary_files(article.parent)


# Output file and stdin


def test_output_file_naming_an_article_is_refused(editlint, tmp_path):
    (tmp_path / "desk").mkdir()
    article = tmp_path / "desk" / "a.md"
    article.write_text(ORIGINAL)
    assert_one_line_error(editlint(*AP, "-o", "desk/a.md", "desk/a.md"), "desk/a.md", "article being linted")
    assert_one_line_error(editlint(*AP, "--fix", "-o", "desk/a.md", "desk"), "article being linted")
    assert article.read_text() == ORIGINAL


def test_output_file_in_a_missing_folder_is_created(editlint, tmp_path):
    (tmp_path / "a.md").write_text(ORIGINAL)
    run = editlint(*AP, "-o", "reports/today/report.txt", "a.md")
    assert run.code == 0 and run.out == ""
    assert "a.md:3:16: warning ap/ward-not-wards [*]" in (tmp_path / "reports" / "today" / "report.txt").read_text()


def test_output_file_that_cannot_be_written_is_one_line(editlint, tmp_path):
    (tmp_path / "a.md").write_text(ORIGINAL)
    (tmp_path / "report").mkdir()
    assert_one_line_error(editlint(*AP, "-o", "report", "a.md"), "report", "cannot write the report")


def test_fix_with_stdin_prints_the_fixed_text_and_reports_on_stderr(editlint):
    run = editlint(*AP, "--fix", "--stdin-filename", "story.md", "-", stdin=ORIGINAL)
    assert run.code == 0 and run.out == FIXED
    assert "Fixed 2 problems." in run.err


# Fixes are visible


HEADLINE_TWICE = "# Storm Hits Coast\n\nStorm hits coast\n\nThe storm moved towards the coast.\n"
HEADLINE = ("--select", "house/duplicate-headline,ap")


def test_fixable_findings_are_marked_with_a_hint(editlint, tmp_path):
    (tmp_path / "a.md").write_text(HEADLINE_TWICE)
    run = editlint(*HEADLINE, "a.md")
    assert "a.md:3:1: error house/duplicate-headline The headline" in run.out
    assert "a.md:5:17: warning ap/ward-not-wards [*] Use 'toward'" in run.out
    assert run.out.splitlines()[-1] == "[*] 1 fixable with the --fix option (1 hidden fix can be enabled with the --unsafe-fixes option)."


def test_unsafe_fixes_without_fix_show_unsafe_fixes_as_available(editlint, tmp_path):
    (tmp_path / "a.md").write_text(HEADLINE_TWICE)
    run = editlint(*HEADLINE, "--unsafe-fixes", "a.md")
    assert "a.md:3:1: error house/duplicate-headline [*] The headline" in run.out
    assert run.out.splitlines()[-1] == "[*] 2 fixable with the --fix option."
    assert (tmp_path / "a.md").read_text() == HEADLINE_TWICE


def test_fix_says_what_it_fixed_and_what_unsafe_fixes_would(editlint, tmp_path):
    (tmp_path / "a.md").write_text(HEADLINE_TWICE)
    run = editlint(*HEADLINE, "--fix", "a.md")
    assert run.code == 1
    assert run.out.splitlines()[-2:] == ["Fixed 1 problem.", "No fixes available (1 hidden fix can be enabled with the --unsafe-fixes option)."]
    run = editlint(*HEADLINE, "--fix", "--unsafe-fixes", "a.md")
    assert run.code == 0 and run.out.splitlines()[-1] == "Fixed 1 problem."
    assert (tmp_path / "a.md").read_text() == "# Storm Hits Coast\n\nThe storm moved toward the coast.\n"


def test_rules_and_explain_show_fix_availability(editlint):
    listing = {line.split()[0]: line for line in editlint("rules").out.splitlines()}
    assert "fix: unsafe only" in listing["house/duplicate-headline"]
    assert "fix: sometimes" in listing["ap/ok"] and "fix:" not in listing["house/missing-image-credit"]
    assert "Fix: unsafe only" in editlint("explain", "house/duplicate-headline").out
