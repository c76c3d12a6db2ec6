import json
from pathlib import Path

import pytest

STRUCTURAL = "--select=house/duplicate-headline,house/missing-image-credit"
BAD = "# Storm Hits Coast\n\nStorm Hits Coast\n\n![Flooded street](flood.jpg)\n"
CLEAN = "# Storm Hits Coast\n\nThe storm hit the coast.\n\n![Flooded street](flood.jpg)\n*Photo: Jane Doe/AP*\n"


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "bad.md").write_text(BAD)
    (tmp_path / "clean.md").write_text(CLEAN)
    return tmp_path


def test_exit_status_and_text_report(editlint, articles):
    run = editlint(STRUCTURAL, "bad.md")
    assert run.code == 1
    assert "bad.md:3:1: error house/duplicate-headline" in run.out
    assert "bad.md:5:1: error house/missing-image-credit" in run.out
    assert editlint(STRUCTURAL, "clean.md").code == 0


def test_fail_level_and_severity(editlint, articles):
    (articles / ".editlint.toml").write_text('[severity]\n"house/duplicate-headline" = "warning"\n')
    assert editlint("--select=house/duplicate-headline", "bad.md").code == 0
    assert editlint("--select=house/duplicate-headline", "--fail-level=warning", "bad.md").code == 1


def test_json_has_exactly_the_diagnostic_fields(editlint, articles):
    run = editlint(STRUCTURAL, "--format", "json", "bad.md")
    data = json.loads(run.out)
    assert [(d["rule"], d["line"], d["column"]) for d in data] == [
        ("house/duplicate-headline", 3, 1), ("house/missing-image-credit", 5, 1),
    ]
    assert set(data[0]) == {"path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "fixes"}


def test_github_annotations(editlint, articles):
    run = editlint(STRUCTURAL, "--format", "github", "bad.md")
    assert run.out.splitlines()[0].startswith("::error file=bad.md,line=3,col=1,endLine=3,endColumn=17,title=house/duplicate-headline::")


def test_directory_walk_and_stdin(editlint, articles):
    run = editlint(STRUCTURAL, "--format", "json", ".")
    assert {d["path"] for d in json.loads(run.out)} == {"bad.md"}
    piped = editlint(STRUCTURAL, "--format", "json", "--stdin-filename", "story.md", "-", stdin=BAD)
    assert [d["path"] for d in json.loads(piped.out)] == ["story.md", "story.md"]


def test_select_ignore_flags(editlint, articles):
    run = editlint("--select", "house", "--ignore", "house/missing-image-credit,house/sentence-fragment", "--format", "json", "bad.md")
    assert [d["rule"] for d in json.loads(run.out)] == ["house/duplicate-headline"]


def test_rules_and_explain(editlint):
    listing = editlint("rules")
    assert listing.code == 0 and "house/duplicate-headline" in listing.out
    explained = editlint("explain", "house/missing-image-credit")
    assert "## What it does" in explained.out and "## Bad examples" in explained.out


def test_version(editlint):
    run = editlint("--version")
    assert run.code == 0 and "editlint" in run.out


def test_fix_applies_safe_fixes_atomically(editlint, tmp_path):
    article = tmp_path / "a.md"
    article.write_bytes("# Storm\r\n\r\nThe storm moved towards the coast.\r\n".encode())
    run = editlint("--select", "ap", "--fix", "a.md")
    assert run.code == 0, run.out + run.err
    assert article.read_bytes() == "# Storm\r\n\r\nThe storm moved toward the coast.\r\n".encode()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".editlint")]


def test_example_article_reports_duplicate_headline(editlint):
    example = Path(__file__).resolve().parents[2] / "examples" / "storm-article.txt"
    run = editlint("--select", "house/duplicate-headline", "--format", "json", str(example))
    assert run.code == 1
    assert [(d["rule"], d["line"]) for d in json.loads(run.out)] == [("house/duplicate-headline", 2)]


def test_unsafe_fixes_only_when_asked(editlint, tmp_path):
    article = tmp_path / "a.md"
    original = "# Storm Hits Coast\n\nStorm hits coast\n\nThe storm hit the coast.\n"
    article.write_text(original)
    assert editlint("--select", "house/duplicate-headline", "--fix", "a.md").code == 1
    assert article.read_text() == original
    run = editlint("--select", "house/duplicate-headline", "--fix", "--unsafe-fixes", "a.md")
    assert run.code == 0, run.out
    assert article.read_text() == "# Storm Hits Coast\n\nThe storm hit the coast.\n"


def test_config_show_gives_the_settings_in_force_and_where_each_comes_from(editlint, tmp_path):
    (tmp_path / "base.toml").write_text('select = ["house"]\n[languagetool]\nlanguage = "en-GB"\n')
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / ".editlint.toml").write_text('extend = "../base.toml"\nignore = ["house/sentence-fragment"]\n[severity]\nhouse = "info"\n')
    (desk / "story.md").write_text(CLEAN)
    run = editlint("config", "--show", "desk/story.md")
    assert run.code == 0, run.err
    rows = {line.split(" = ")[0]: line for line in run.out.splitlines() if not line.startswith("#")}
    base, local = str((tmp_path / "base.toml").resolve()), str((desk / ".editlint.toml").resolve())
    assert rows["select"].startswith('select = ["house"]') and rows["select"].endswith(f"# {base}")
    assert rows["languagetool.language"].endswith(f"# {base}")
    assert rows["ignore"].endswith(f"# {local}") and rows["severity"].startswith('severity = {"house" = "info"}')
    assert rows["fail-level"].endswith("# default")
    assert f"# Config file: {local}" in run.out
    explicit = editlint("config", "--show", "desk/story.md", "--config", "base.toml").out
    assert f"# Config file: {base}" in explicit and "ignore = []" in explicit


def test_config_show_of_a_missing_path_is_one_clear_error(editlint):
    run = editlint("config", "--show", "nope.md")
    assert run.code == 2 and run.err.strip() == "editlint: error: nope.md: no such file or directory"


def test_setup_flag_installs_nothing_when_no_selected_rule_needs_languagetool(editlint, articles, tmp_path):
    cache = tmp_path / "empty-cache"
    run = editlint("check", "--setup", STRUCTURAL, "clean.md", env={"EDITLINT_CACHE_DIR": str(cache)})
    assert run.code == 0 and "LanguageTool" not in run.err
    assert not list(cache.glob("languagetool*"))  # only the result cache is there
