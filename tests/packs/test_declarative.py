"""YAML rule packs: the shipped packs' examples, matching, fixes and validation errors."""

import textwrap

import pytest

from editlint.api import lint_text
from editlint.engine.fixes import applicable_fixes, apply_fixes
from editlint.engine.rule import FixAvailability
from editlint.engine.registry import builtin_pack_dir
from editlint.errors import UsageError
from editlint.packs.declarative import load_pack, match_case
from helpers import findings

PACK_FILES = sorted(builtin_pack_dir().glob("*.y*ml"))
RULES = [rule for file in PACK_FILES for rule in load_pack(file)]


def example_cases():
    for rule in RULES:
        for index, text in enumerate(rule.meta.bad):
            yield pytest.param(rule.meta.id, text, True, id=f"{rule.meta.id}-bad-{index}")
        for index, text in enumerate(rule.meta.good):
            yield pytest.param(rule.meta.id, text, False, id=f"{rule.meta.id}-good-{index}")


@pytest.mark.parametrize("rule_id, text, is_bad", list(example_cases()))
def test_shipped_pack_examples(rule_id, text, is_bad):
    rules = {d.rule for d in lint_text(text, config={"select": [rule_id]})}
    assert rules == ({rule_id} if is_bad else set())


def test_shipped_packs_are_documented():
    assert PACK_FILES and RULES
    for rule in RULES:
        meta = rule.meta
        assert meta.bad and meta.good and meta.summary.endswith(".")
        assert "## What it does" in meta.rationale and "## Why" in meta.rationale


def write_pack(tmp_path, body: str, name: str = "desk"):
    path = tmp_path / f"{name}.yml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


RULE = """\
  - name: {name}
    kind: substitution
    message: "Use '{{replacement}}' instead of '{{match}}'."
    summary: Use the short form.
    rationale: Short is better.
    swap: {{towards: toward, in order to: to}}
    bad: ["Go towards it."]
    good: ["Go toward it."]
"""


@pytest.fixture
def desk(tmp_path):
    """A pack file ``desk.yml`` and a linter that runs only its rules."""
    path = write_pack(tmp_path, "rules:\n" + RULE.format(name="short") + """\
  - name: cliches
    kind: existence
    severity: info
    message: "'{match}' is a cliché."
    summary: No clichés.
    rationale: Say what happened.
    blocks: [paragraph]
    tokens: ["only time will tell", "sparked outrage"]
    regex: ['\\bvery unique\\b']
    bad: ["It sparked outrage."]
    good: ["It drew 200 complaints."]
""")
    return lambda text, **kw: lint_text(text, config={"packs": [str(path)], "select": ["desk"], **kw})


def test_ids_severity_and_fixability(desk, tmp_path):
    rules = {rule.meta.id: rule.meta for rule in load_pack(tmp_path / "desk.yml")}
    assert sorted(rules) == ["desk/cliches", "desk/short"]
    assert rules["desk/short"].fix_availability is FixAvailability.SOMETIMES
    assert rules["desk/cliches"].fix_availability is FixAvailability.NONE
    assert str(rules["desk/cliches"].severity) == "info" and str(rules["desk/short"].severity) == "warning"


def test_whole_words_only(desk):
    assert desk("Towardsville and untowards are towns.\n") == []
    assert [d.rule for d in desk("It was very uniquely odd, yet very unique.\n")] == ["desk/cliches"]


def test_exact_source_offsets_through_markup(desk):
    text = "# Title\n\nA *bold* [link](https://example.org) went towards it\nin order\nto win.\n"
    found = [(d.rule, d.line, d.column, d.end_line, d.end_column) for d in desk(text)]
    assert found == [("desk/short", 3, 43, 3, 50), ("desk/short", 4, 1, 5, 3)]


def test_case_of_the_first_letter_is_kept_and_fix_is_safe(desk):
    [diagnostic] = desk("Towards the end.\n")
    assert diagnostic.message == "Use 'Toward' instead of 'Towards'."
    [fix] = diagnostic.fixes
    assert fix.applicability == "safe"
    assert apply_fixes("Towards the end.\n", applicable_fixes([diagnostic])) == "Toward the end.\n"


def test_fix_spans_a_line_break_but_not_markup(desk):
    text = "We met in order\nto talk and *towards* noon.\n"
    fixed = apply_fixes(text, applicable_fixes(desk(text)))
    assert fixed == "We met to talk and *toward* noon.\n"
    [emphasised] = desk("Walk *in order* to win.\n")
    assert emphasised.fixes == ()


def test_match_case():
    assert match_case("Towards", "toward") == "Toward"
    assert match_case("TOWARDS", "toward") == "TOWARD"
    assert match_case("towards", "toward") == "toward"
    assert match_case("Okay", "OK") == "OK"
    assert match_case("Internet", "internet") == "internet"  # a case correction stays as written


def test_quotations_and_unlisted_blocks_are_skipped(desk):
    text = '# It sparked outrage\n\nShe said "it sparked outrage" today.\n\n> It sparked outrage.\n\nIt sparked outrage.\n'
    assert [(d.rule, d.line) for d in desk(text)] == [("desk/cliches", 7)]


def test_ignorecase_false(tmp_path):
    body = "rules:\n" + RULE.format(name="short").replace("    swap:", "    ignorecase: false\n    swap:")
    path = write_pack(tmp_path, body)
    assert findings("Towards it, towards it.\n", "desk", config={"packs": [str(path)]}) == [(1, 13, 20)]


def test_an_empty_rule_list_is_a_valid_pack(tmp_path):
    assert load_pack(write_pack(tmp_path, "description: nothing yet\nrules: []\n")) == []


def rule_with(**changes) -> str:
    """The text of a valid rule entry with keys changed (None removes a key)."""
    entry = {
        "name": "short", "kind": "substitution", "message": "'Use {replacement}.'", "summary": "S.",
        "rationale": "R.", "swap": "{towards: toward}", "bad": '["towards"]', "good": '["toward"]',
    }
    entry.update(changes)
    lines = [f"{key}: {value}" for key, value in entry.items() if value is not None]
    return "rules:\n  - " + "\n    ".join(lines) + "\n"


@pytest.mark.parametrize(
    "body, problem",
    [
        (rule_with(kind="warning"), "rule 'short': unknown kind 'warning'"),
        (rule_with(kind=None), "rule 'short': missing key 'kind'"),
        (rule_with(summary=None), "rule 'short': missing key 'summary'"),
        (rule_with(bad=None), "rule 'short': missing key 'bad'"),
        (rule_with(good="[]"), "rule 'short': 'good' must be a list of non-empty strings"),
        (rule_with(colour="red"), "rule 'short': unknown key 'colour' for kind substitution"),
        (rule_with(tokens='["x"]'), "rule 'short': unknown key 'tokens' for kind substitution"),
        (rule_with(kind="existence", swap=None, regex="['(unclosed']"), "rule 'short': bad regex '(unclosed'"),
        (rule_with(kind="existence", swap=None, message="M.", regex="['(?<=a)b']"), "rule 'short': regex '(?<=a)b' needs a feature RE2 lacks"),
        (rule_with(kind="existence", swap=None, message="M.", regex="['(a)\\1']"), "rule 'short': regex '(a)\\\\1' needs a feature RE2 lacks (invalid escape"),
        (rule_with(kind="existence", swap=None), "rule 'short': an existence rule needs 'tokens' or 'regex'"),
        (rule_with(severity="fatal"), "rule 'short': unknown severity 'fatal'"),
        (rule_with(name="Short_Rule"), "rule 'Short_Rule': name 'Short_Rule' must be kebab-case"),
        (rule_with(name=None), "rule #1: missing key 'name'"),
        (rule_with(blocks="[sidebar]"), "rule 'short': unknown block kind 'sidebar'"),
        (rule_with(swap="[towards]"), "rule 'short': 'swap' must map phrases to non-empty replacements"),
        (rule_with(message="'Use {better}.'"), "rule 'short': 'message' may only use {match} and {replacement}"),
        (rule_with(message="'Use {replacement:>999999999}.'"), "may only use {match} and {replacement}, not {replacement:>999999999}"),
        (rule_with(message="'Use {match!r}.'"), "not {match!r}"),
        (rule_with(message="'Use {match.__class__}.'"), "not {match.__class__}"),
        (rule_with(kind="existence", swap=None, regex="['x']"), "rule 'short': 'message' may only use {match}, not {replacement}"),
        (rule_with(ignorecase="maybe"), "rule 'short': 'ignorecase' must be true or false"),
        (rule_with() + rule_with().removeprefix("rules:\n"), "rule 'short': duplicate name"),
        ("rules: {short: 1}\n", "a rule pack is a mapping with a 'rules' list"),
        ("rules: []\nauthor: me\n", "unknown key 'author'"),
        ("rules: [\n", "invalid YAML"),
    ],
)
def test_validation_errors_name_the_file_and_rule(tmp_path, body, problem):
    path = write_pack(tmp_path, body)
    with pytest.raises(UsageError) as caught:
        load_pack(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and problem in message
    assert "\n" not in message


def test_pack_file_names_must_be_kebab_case(tmp_path):
    with pytest.raises(UsageError, match="pack name 'Desk_Rules' must be kebab-case"):
        load_pack(write_pack(tmp_path, "rules: []\n", name="Desk_Rules"))


def test_not_utf8_pack_is_a_one_line_error(tmp_path):
    path = tmp_path / "desk.yml"
    path.write_bytes("rules: []\n# café\n".encode("latin-1"))
    with pytest.raises(UsageError, match=r"desk.yml: not valid UTF-8 \(byte 15\)"):
        load_pack(path)


def test_whole_words_with_non_ascii_neighbours_and_spaces(desk):
    text = "Café towardsé, _towards, towards\u00a0the end, towards towards. Naïve towards\n"
    assert [(d.column, d.end_column) for d in desk(text)] == [(26, 33), (43, 50), (51, 58), (66, 73)]


def test_long_matches_are_shortened_in_messages(tmp_path):
    body = rule_with(kind="existence", swap=None, message="'Found {match}.'", regex="['x+']", bad='["xx"]', good='["y"]')
    path = write_pack(tmp_path, body)
    [diagnostic] = lint_text("x" * 10_000 + "\n", config={"packs": [str(path)], "select": ["desk"]})
    assert (diagnostic.column, diagnostic.end_column) == (1, 10_001)
    assert diagnostic.message == "Found " + "x" * 59 + "…."


def test_catastrophic_patterns_run_in_linear_time(tmp_path):
    body = rule_with(kind="existence", swap=None, message="M.", regex=r"['(a+)+$', '(x|x)*y', '(\w+\s?)+!']", bad='["aa"]', good='["b"]')
    path = write_pack(tmp_path, body)
    text = "a" * 5_000 + "b " + "x" * 5_000 + " " + "word " * 2_000 + "?\n"
    # With a backtracking engine each of these takes longer than the age of the universe.
    assert lint_text(text, config={"packs": [str(path)], "select": ["desk"]}) == []


def test_a_user_pack_cannot_shadow_a_built_in_pack(tmp_path):
    path = write_pack(tmp_path, "rules:\n" + RULE.format(name="short"), name="ap")
    with pytest.raises(UsageError, match=r"ap.yml: pack name 'ap' is already used by the built-in pack; rename the file"):
        lint_text("Text.\n", config={"packs": [str(path)], "select": ["ap"]})


def test_two_user_packs_with_one_name_are_an_error(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = write_pack(tmp_path / "a", "rules: []\n"), write_pack(tmp_path / "b", "rules: []\n")
    with pytest.raises(UsageError, match=f"pack name 'desk' is already used by {first}"):
        lint_text("Text.\n", config={"packs": [str(first), str(second)]})
    assert lint_text("Text.\n", config={"packs": [str(first), str(tmp_path / "a")], "select": ["desk"]}) == []


def test_phrases_next_to_dashes_curly_quotes_and_emoji(desk):
    text = "Walk\u2014towards\u2014the sea, \u2018towards\u2019 it, towards\U0001F30A, \uff08towards\uff09\n"
    assert [(d.column, d.end_column) for d in desk(text)] == [(6, 13), (24, 31), (37, 44), (48, 55)]


def test_matches_stay_inside_their_block(tmp_path):
    body = rule_with(kind="existence", swap=None, message="Found {match}", regex="['^Breaking', 'end\\.$', 'x.+']", bad='["Breaking"]', good='["y"]')
    path = write_pack(tmp_path, body)
    text = "# Breaking news\n\nWe met in order\n\nto talk. Breaking the end.\n\n- x marks it\n- the end.\n"
    found = lint_text(text, config={"packs": [str(path)], "select": ["desk"]})
    assert [(d.line, d.column, d.end_column, d.message) for d in found] == [
        (1, 3, 11, "Found Breaking"), (5, 23, 27, "Found end."), (7, 3, 13, "Found x marks it"), (8, 7, 11, "Found end."),
    ]
    short = write_pack(tmp_path, "rules:\n" + RULE.format(name="short"), name="desk")
    assert lint_text("We met in order\n\nto talk.\n", config={"packs": [str(short)], "select": ["desk"]}) == []
