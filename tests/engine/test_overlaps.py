"""One report per piece of advice: overlapping findings of different rules with the same advice."""

import json

from editlint.api import lint_text
from editlint.engine.diagnostic import Diagnostic, Severity
from editlint.engine.overlaps import merge_same_advice
from editlint.engine.rule import RuleMeta
from editlint.formatters import RenderContext, render

TEXT = (
    "# Park Passes\n\n"
    "At the end of the day, families visit the parks for free. "
    "The agency filed its Advance Planning Documents.\n"
)
# Every rule that flags one of the three phrases, opt-in proselint lists included.
SELECT = ["ap", "proselint/cliches", "proselint/redundancy", "proselint/industrial_language"]


def test_each_phrase_is_reported_once_by_the_most_specific_rule():
    diagnostics = lint_text(TEXT, config={"select": SELECT})
    by_column = {d.column: d for d in diagnostics}
    assert sorted(by_column) == [1, 49, 80] and len(diagnostics) == 3
    cliche = by_column[1]
    assert cliche.rule == "ap/cliches"  # the newsroom's own rule beats proselint's lists
    assert cliche.also == ("proselint/cliches/misc/garner", "proselint/industrial_language/corporate_speak")
    assert by_column[49].fixes and by_column[49].also == ("proselint/cliches/misc/garner",)  # the one that says what to write
    assert len(by_column[80].also) == 1


def test_json_lists_the_merged_rules():
    diagnostics = lint_text(TEXT, config={"select": SELECT})
    report = json.loads(render("json", diagnostics, RenderContext(rules={}, files=1, color=False, version="0")))
    assert report[0]["also"] == ["proselint/cliches/misc/garner", "proselint/industrial_language/corporate_speak"]
    assert all("also" in entry for entry in report)
    alone = lint_text("At the end of the day, it rained.\n", config={"select": ["ap/cliches"]})
    assert "also" not in json.loads(render("json", alone, RenderContext(rules={}, files=1, color=False, version="0")))[0]


def meta(rule, advice, general=False):
    return RuleMeta(id=rule, summary="s", severity=Severity.WARNING, rationale="r", advice=advice, general_purpose=general)


def diagnostic(rule, column, end_column):
    return Diagnostic("a.md", 1, column, 1, end_column, rule, Severity.WARNING, f"{rule} message")


def test_different_advice_same_rule_or_no_overlap_are_all_kept():
    found = [
        (diagnostic("x/cliche", 1, 10), meta("x/cliche", "wording")),
        (diagnostic("x/spelling", 1, 10), meta("x/spelling", "spelling")),  # another kind of advice
        (diagnostic("x/cliche", 5, 9), meta("x/cliche", "wording")),  # the same rule twice
        (diagnostic("y/cliche", 10, 20), meta("y/cliche", "wording")),  # touches, does not overlap
        (diagnostic("y/plain", 1, 10), meta("y/plain", "")),  # no advice kind: never merged
    ]
    assert merge_same_advice(found) == sorted(d for d, _ in found)


def test_a_general_tool_gives_way_whatever_the_order():
    general, house = (diagnostic("proselint/x", 1, 10), meta("proselint/x", "wording", general=True)), (diagnostic("ap/x", 3, 8), meta("ap/x", "wording"))
    for found in ([general, house], [house, general]):
        [kept] = merge_same_advice(found)
        assert (kept.rule, kept.also) == ("ap/x", ("proselint/x",))
