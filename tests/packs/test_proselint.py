"""proselint's checks as editlint rules: ids, positions, quotations, selection and fixes."""

import subprocess
import sys

import pytest

from editlint.api import lint_text, registry_for
from editlint.engine.fixes import applicable_fixes, apply_fixes
from editlint.engine.rule import FixAvailability
from editlint.packs.proselint import DESK, checks_by_path, rule_id
from helpers import assert_findings, findings

ILLUSION = "proselint/lexical_illusions"
RULES = registry_for(()).pack("proselint")


def rules_found(text: str, *select: str) -> set[str]:
    return {d.rule for d in lint_text(text, config={"select": list(select)})}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The the cat sat.", [(1, 1, 8)]),
        ("The the cat sat.\n", [(1, 1, 8)]),
        ("Some *emphasis* and a [link](https://example.org). The the cat sat.\n", [(1, 52, 59)]),
        ("# Cats\n\nA **bold** [link](https://example.org) and The the cat sat.\n", [(3, 44, 51)]),
    ],
)
def test_lexical_illusion_position(text, expected):
    assert_findings(text, ILLUSION, expected)
    assert {d.rule for d in lint_text(text, config={"select": ["proselint"]})} >= {ILLUSION}


def test_a_repeat_across_blocks_is_not_an_illusion():
    assert findings("# Storm\n\nStorm hits the coast.\n", ILLUSION) == []


def test_quotations_are_skipped():
    assert findings('The mayor said "the the cat sat" on Monday.\n', ILLUSION) == []
    assert findings("> The the cat sat.\n", ILLUSION) == []


def test_curly_quotes_check_reads_quotations():
    assert findings('The mayor called it "a good day" for the city.\n', "proselint/typography/symbols/curly_quotes") == [(1, 21, 33)]


def test_every_check_is_one_rule_with_a_unique_id():
    ids = [rule.meta.id for rule in RULES]
    assert len(ids) == len(set(ids)) == len(checks_by_path())
    for rule in RULES:
        path = rule.meta.extra["proselint_path"]
        assert path in checks_by_path() and rule.meta.id == rule_id(path) == "proselint/" + path.replace(".", "/")
        assert rule.meta.summary and "proselint" in rule.meta.rationale
    assert rule_id("typography.symbols.curly_quotes") == "proselint/typography/symbols/curly_quotes"


def test_selection_by_id_and_prefix():
    text = "The the cat sat (c) 2024... It was very unique.\n"
    assert rules_found(text, ILLUSION) == {ILLUSION}
    assert rules_found(text, "proselint/typography") == {"proselint/typography/symbols/copyright", "proselint/typography/symbols/ellipsis"}
    everything = rules_found(text, "proselint")
    assert {ILLUSION, "proselint/uncomparables"} <= everything
    assert "proselint/weasel_words/very" not in everything  # opt-in: a copy desk does not want it
    assert ILLUSION not in {d.rule for d in lint_text(text, config={"select": ["proselint"], "ignore": [ILLUSION]})}


def test_restricted_word_lists_run_only_when_named():
    text = "The committee deliberated.\n"
    assert rules_found(text, "proselint") == set() == rules_found(text, "ALL") & {"proselint/restricted/top1000"}
    assert findings(text, "proselint/restricted/top1000") == [(1, 5, 14), (1, 15, 26)]
    assert rules_found(text, "proselint/restricted") == {"proselint/restricted/top1000", "proselint/restricted/elementary"}


@pytest.mark.parametrize("rule", [r for r in RULES if r.meta.fix_availability is FixAvailability.UNSAFE], ids=lambda r: r.meta.id)
def test_unsafe_fixes_fix_the_bad_example(rule):
    [text] = rule.meta.bad
    diagnostics = lint_text(text, config={"select": [rule.meta.id]})
    assert applicable_fixes(diagnostics) == []  # proselint's advice is never a safe fix
    fixed = apply_fixes(text, applicable_fixes(diagnostics, unsafe=True))
    assert fixed != text and lint_text(fixed, config={"select": [rule.meta.id]}) == []


def test_replacement_keeps_a_capital():
    [diagnostic] = lint_text("Irregardless, the vote passed.\n", config={"select": ["proselint/nonwords"]})
    assert diagnostic.fixes[0].edits[0].replacement == "Regardless"


def test_importing_the_pack_module_does_not_import_proselint():
    probe = "import sys, editlint.packs.proselint; print('proselint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_diacritical_marks_runs_only_when_named():
    text = "Talks will resume on Monday.\n"
    assert "proselint/typography/diacritical_marks" not in rules_found(text, "proselint")
    assert rules_found(text, "proselint/typography/diacritical_marks") == {"proselint/typography/diacritical_marks"}


NOT_A_NEWSROOM_VOICE = (
    "# Council Votes\n\n"
    "The vote was very close. Hopefully the mayor signs it.\n\n"
    "But the council disagreed. The plan won! It passed! Crowds cheered! Then it rained!\n"
)


def test_the_default_checks_speak_as_an_editor():
    diagnostics = lint_text(NOT_A_NEWSROOM_VOICE, config={"select": ["proselint"]})
    assert {d.rule for d in diagnostics} == {"proselint/typography/punctuation/exclamation"}
    [exclamation] = diagnostics
    assert exclamation.message.startswith("Too many exclamation marks for news copy")
    line = NOT_A_NEWSROOM_VOICE.splitlines()[exclamation.line - 1]
    assert line[exclamation.column - 1 : exclamation.end_column - 1] == "!"  # the mark, not the word before it


@pytest.mark.parametrize("rule", ["proselint/weasel_words/very", "proselint/skunked_terms", "proselint/misc/but"])
def test_opt_in_checks_run_when_selected_by_id(rule):
    assert rule in rules_found(NOT_A_NEWSROOM_VOICE, rule)
    assert rule not in rules_found(NOT_A_NEWSROOM_VOICE, "ALL")


@pytest.mark.parametrize("rule", [r for r in RULES if r.meta.extra["proselint_path"] in DESK], ids=lambda r: r.meta.id)
def test_desk_checks_flag_their_bad_example_with_a_filled_in_message(rule):
    [text] = rule.meta.bad
    diagnostics = lint_text(text, config={"select": [rule.meta.id]})
    assert diagnostics, f"{rule.meta.id} does not flag its own bad example {text!r}"
    for diagnostic in diagnostics:
        assert "None" not in diagnostic.message and "{" not in diagnostic.message, diagnostic.message
        assert diagnostic.message.endswith(".")


def test_every_opt_in_check_says_why():
    for rule in RULES:
        assert bool(rule.meta.extra["opt_in"]) == (rule.meta.extra["proselint_path"] not in DESK)
        assert rule.meta.extra["opt_in"] in rule.meta.rationale or not rule.meta.extra["opt_in"]


@pytest.mark.parametrize(
    "rule, text, flagged",
    [
        ("proselint/dates_times/am_pm/midnight_noon", "The deadline is 12 p.m. Friday; 12 Americans signed.\n", ["12 p.m."]),
        ("proselint/dates_times/am_pm/lowercase_periods", "Polls close at 8 pm; 12 amendments passed.\n", ["8 pm"]),
        ("proselint/dates_times/am_pm/spacing", "Polls close at 8p.m. tonight; 7amendments is a typo.\n", ["8p.m."]),
    ],
)
def test_time_checks_do_not_read_words_as_times(rule, text, flagged):
    assert [text[d.column - 1 : d.end_column - 1] for d in lint_text(text, config={"select": [rule]})] == flagged


def test_the_faster_uncomparables_check_finds_what_proselint_finds():
    from proselint.checks.uncomparables import check_fancy_uncomparables

    (fast,) = [check for check in checks_by_path()["uncomparables"] if check.engine == check_fancy_uncomparables.engine]
    assert fast is not check_fancy_uncomparables
    text = (
        "The most unique plan, at most perfect, was Most  TRUE and almost whole; the most wholesome, least\npossible and "
        "most-final drafts. At least complete. MOST UNIVERSAL. mostly true, the most unique-looking, most \tinevitable."
    )
    assert [r.span for r in fast.check_with_flags(text)] == [r.span for r in check_fancy_uncomparables.check_with_flags(text)]
    assert len(list(fast.check_with_flags(text))) == 6
