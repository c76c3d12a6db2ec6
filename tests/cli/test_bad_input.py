"""Bad input: one clear line on stderr and exit status 2; odd but valid input: no crash."""

import pytest
from helpers import assert_one_line_error

from helpers import assert_one_line_error

STRUCTURAL = "--select=house/duplicate-headline,house/missing-image-credit"


def test_missing_file(editlint):
    assert_one_line_error(editlint(STRUCTURAL, "nope.md"), "nope.md", "no such file")


def test_directory_without_articles(editlint, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.json").write_text("{}")
    assert_one_line_error(editlint(STRUCTURAL, "empty"), "no articles found")


def test_binary_file(editlint, tmp_path):
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    run = editlint(STRUCTURAL, "photo.md")
    assert_one_line_error(run, "binary")
    assert run.out.strip() == "No problems in 0 files; 1 file could not be checked."


def test_summary_beside_an_unreadable_file_says_it_was_not_checked(editlint, tmp_path):
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "story.md").write_text("# Storm\n\nStorm\n\nRain fell.\n")
    (tmp_path / "calm.md").write_text("# Calm\n\nRain fell.\n")
    run = editlint(STRUCTURAL, "photo.md", "story.md", "calm.md")
    assert run.code == 2 and "photo.md" in run.err
    assert "Found 1 problem (1 error) in 1 of 2 files; 1 file could not be checked." in run.out.splitlines()


def test_invalid_utf8(editlint, tmp_path):
    (tmp_path / "latin1.md").write_bytes("# Café\n\nNaïve text.\n".encode("latin-1"))
    assert_one_line_error(editlint(STRUCTURAL, "latin1.md"), "not valid UTF-8")


def test_huge_file(editlint, tmp_path):
    (tmp_path / "huge.md").write_text("word " * 1_200_000)
    assert_one_line_error(editlint(STRUCTURAL, "huge.md"), "too large")


def test_malformed_front_matter(editlint, tmp_path):
    (tmp_path / "fm.md").write_text("---\ntitle: [oops\n---\n# Title\n")
    assert_one_line_error(editlint(STRUCTURAL, "fm.md"), "fm.md:2", "malformed front matter")


def test_bad_config(editlint, tmp_path):
    (tmp_path / ".editlint.toml").write_text("fail_level = 'error'\n")
    (tmp_path / "a.md").write_text("# A\n\nText.\n")
    assert_one_line_error(editlint("a.md"), ".editlint.toml", "unknown key 'fail_level'")


def test_missing_config_file(editlint, tmp_path):
    (tmp_path / "a.md").write_text("# A\n\nText.\n")
    assert_one_line_error(editlint("--config", "missing.toml", "a.md"), "missing.toml")


def test_unknown_rule_id(editlint, tmp_path):
    (tmp_path / "a.md").write_text("# A\n\nText.\n")
    assert_one_line_error(editlint("--select", "house/dangling-clauses", "a.md"), "unknown rule id 'house/dangling-clauses'")


def test_unknown_rule_to_explain(editlint):
    assert_one_line_error(editlint("explain", "house/nope"), "unknown rule id")


@pytest.mark.parametrize("content", ["", "\n\n  \n", "\ufeff"])
def test_empty_article_is_valid(editlint, tmp_path, content):
    (tmp_path / "empty.md").write_text(content, encoding="utf-8")
    run = editlint(STRUCTURAL, "empty.md")
    assert run.code == 0, run.err


def test_usage_error_without_paths(editlint):
    run = editlint("check")
    assert run.code == 2
