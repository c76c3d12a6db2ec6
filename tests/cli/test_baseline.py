"""`--write-baseline` and `--baseline`: fingerprints that survive moves and whitespace, never the line number;
`--statistics` for triaging an archive."""

import json

from editlint.engine.baseline import fingerprints
from editlint.engine.diagnostic import Diagnostic, Severity
from helpers import assert_one_line_error

HOUSE = "--select=house"
CLAIM = "Some experts say the plan will fail."
STORY = f"# Budget Passes\n\nThe council passed the budget.\n\n{CLAIM}\n"


def test_no_baseline_is_written_when_an_article_could_not_be_checked(editlint, tmp_path):
    """Its old findings would all come back as new ones: the writer says which file failed and writes nothing."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "budget.md").write_text(STORY)
    (tmp_path / "news" / "broken.md").write_bytes(b"# Broken\n\ncaf\xe9\n")
    run = editlint(HOUSE, "--write-baseline", "baseline.json", "news")
    assert run.code == 2 and not (tmp_path / "baseline.json").exists()
    lines = run.err.splitlines()
    assert lines[0].startswith("editlint: error: news/broken.md: not valid UTF-8"), run.err
    assert lines[1] == "editlint: error: baseline.json: not written: 1 of 2 articles could not be checked (see above); fix that and run again"


def test_old_findings_stay_hidden_when_moved_or_respaced(editlint, tmp_path):
    (tmp_path / "news").mkdir()
    story = tmp_path / "news" / "budget.md"
    story.write_text(STORY)
    written = editlint(HOUSE, "--write-baseline", "baseline.json", "news")
    assert written.code == 0 and written.out == "" and "recorded 1 findings in baseline.json" in written.err
    story.write_text(f"# Budget Passes\n\nA new first paragraph.\n\nThe council passed the budget.\n\n  Some   experts say\nthe plan will fail.\n")
    hidden = editlint(HOUSE, "--fail-level=warning", "--baseline", "baseline.json", "news")
    assert hidden.code == 0 and hidden.out == "All checked: no problems in 1 file.\n", hidden.out
    story.write_text(story.read_text() + "\nOthers believe the vote was rigged.\n")
    run = editlint(HOUSE, "--fail-level=warning", "--baseline", "baseline.json", "news")
    assert run.code == 1 and run.out.startswith("news/budget.md:10:1: warning house/unattributed-claim"), run.out
    # the baseline's paths are relative to the baseline file, so any folder will do
    inside = editlint(HOUSE, "--baseline", "../baseline.json", "budget.md", cwd=tmp_path / "news")
    assert inside.out.splitlines()[0].startswith("budget.md:10:1:") and len(inside.out.splitlines()) == 2


def test_repeats_are_counted(editlint, tmp_path):
    (tmp_path / "a.md").write_text(f"# Budget\n\n{CLAIM}\n\n{CLAIM}\n")
    editlint(HOUSE, "--write-baseline", "b.json", "a.md")
    assert len(json.loads((tmp_path / "b.json").read_text())["findings"]) == 2
    (tmp_path / "a.md").write_text(f"# Budget\n\n{CLAIM}\n\n{CLAIM}\n\n{CLAIM}\n")
    run = editlint(HOUSE, "--baseline", "b.json", "a.md")
    assert [line.split(":")[1] for line in run.out.splitlines()[:-1]] == ["7"]


def test_sarif_carries_the_baseline_fingerprint(editlint, tmp_path):
    (tmp_path / "a.md").write_text(STORY)
    editlint(HOUSE, "--write-baseline", "b.json", "a.md")
    (recorded,) = json.loads((tmp_path / "b.json").read_text())["findings"]
    (result,) = json.loads(editlint(HOUSE, "--format", "sarif", "a.md").out)["runs"][0]["results"]
    assert result["partialFingerprints"] == {"editlint/v1": recorded["fingerprint"]}


def test_fingerprint_is_rule_words_and_context_not_line():
    text = "x\n\nSome experts say it.\n\nSome experts say it."

    def claim(line, rule="house/unattributed-claim", path="a.md"):
        return Diagnostic(path, line, 1, line, 17, rule, Severity.WARNING, "m")

    prints = fingerprints([claim(3), claim(5), claim(3, "ap/other")], lambda path: text)
    assert prints[claim(3)].split(":")[0] == prints[claim(5)].split(":")[0]
    assert (prints[claim(3)][-2:], prints[claim(5)][-2:]) == (":1", ":2")
    assert prints[claim(3, "ap/other")] != prints[claim(3)]
    assert fingerprints([claim(5)], lambda path: "A new paragraph.\n\n" + text)[claim(5)] == prints[claim(3)]
    assert fingerprints([claim(3)], lambda path: text.replace("experts", "analysts"))[claim(3)] != prints[claim(3)]
    # context stays within the sentence: a sentence added right after it is not context
    assert fingerprints([claim(3)], lambda path: text.replace("say it.", "say it. Then more."))[claim(3)] == prints[claim(3)]
    # in plain text each line is a paragraph: a line added right above is not context
    plain = fingerprints([claim(2, path="a.txt")], lambda path: "x\nSome experts say it.")[claim(2, path="a.txt")]
    assert plain == fingerprints([claim(3, path="a.txt")], lambda path: "x\nA new paragraph.\nSome experts say it.")[claim(3, path="a.txt")]


def test_bad_baselines_are_one_line_errors(editlint, tmp_path):
    (tmp_path / "a.md").write_text(STORY)
    assert_one_line_error(editlint(HOUSE, "--baseline", "none.json", "a.md"), "none.json: no such baseline file")
    (tmp_path / "junk.json").write_text("{not json")
    assert_one_line_error(editlint(HOUSE, "--baseline", "junk.json", "a.md"), "junk.json: not an editlint baseline (not JSON)")
    (tmp_path / "sarif.json").write_text(json.dumps({"version": "2.1.0", "runs": []}))
    assert_one_line_error(editlint(HOUSE, "--baseline", "sarif.json", "a.md"), "sarif.json: not an editlint baseline")
    (tmp_path / "old.json").write_text(json.dumps({"editlint-baseline": 1, "findings": [{"path": "a.md"}]}))
    assert_one_line_error(editlint(HOUSE, "--baseline", "old.json", "a.md"), "lacks its path or fingerprint")
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe\x00")
    assert_one_line_error(editlint(HOUSE, "--baseline", "bin.json", "a.md"), "bin.json: not an editlint baseline")
    assert_one_line_error(editlint(HOUSE, "--write-baseline", "a.md", "a.md"), "a.md: is an article being linted")
    assert (tmp_path / "a.md").read_text() == STORY


def test_statistics_on_the_command_line(editlint, tmp_path):
    (tmp_path / "a.md").write_text("# Budget\n\nSome experts say it will pass.\n\nOthers believe it will fail.\n")
    run = editlint("--select=house", "--statistics", "a.md")
    assert run.code == 0 and run.out.startswith("2  house/unattributed-claim  warning  A claim credited"), run.out
