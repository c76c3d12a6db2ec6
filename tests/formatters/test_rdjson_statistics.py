"""`--format rdjson` (reviewdog), validated against reviewdog's schema, and `--statistics`."""

import json
from pathlib import Path

import jsonschema
import pytest

from editlint.engine.diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from editlint.engine.rule import FixAvailability, RuleMeta
from editlint.formatters import RenderContext, render
from editlint.formatters.statistics import render as statistics

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "reviewdog" / "DiagnosticResult.json"
TEXT = "# Café 𐐀 news\r\n\r\nThe very unique café opened.\r\n"
RULES = {"ap/very-unique": RuleMeta("ap/very-unique", "Do not qualify 'unique'.", Severity.WARNING, "", fix_availability=FixAvailability.SOMETIMES)}
DIAGNOSTICS = [
    Diagnostic("news/café.md", 1, 8, 1, 9, "languagetool/X", Severity.ERROR, "Odd letter."),
    Diagnostic(
        "news/café.md", 3, 5, 3, 16, "ap/very-unique", Severity.WARNING, "Drop 'very'.",
        (Fix("Delete 'very '", (Edit(21, 26, ""),), Applicability.SAFE),),
    ),
    Diagnostic("-", 1, 1, 1, 4, "ap/very-unique", Severity.INFO, "From stdin."),
]
CTX = RenderContext(RULES, 2, False, "0.1.0", source_text=lambda path: TEXT if path != "-" else None)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


@pytest.mark.parametrize("diagnostics", [DIAGNOSTICS, []], ids=["diagnostics", "empty"])
def test_rdjson_is_valid_against_reviewdogs_schema(validator, diagnostics):
    result = json.loads(render("rdjson", diagnostics, CTX))
    assert [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(result)] == []
    result["diagnostics"] = [{"severity": "FATAL"}]
    assert not validator.is_valid(result)


def test_rdjson_columns_count_utf8_bytes_and_fixes_become_suggestions():
    result = json.loads(render("rdjson", DIAGNOSTICS, CTX))
    assert result["source"] == {"name": "editlint"}
    first, second, piped = result["diagnostics"]
    # "# Café 𐐀": the é is 2 bytes, so 𐐀 (code point column 8) starts at byte column 9 and ends at 13
    assert first["location"] == {"path": "news/café.md", "range": {"start": {"line": 1, "column": 9}, "end": {"line": 1, "column": 13}}}
    assert (first["severity"], first["code"]) == ("ERROR", {"value": "languagetool/X"})
    # the edit's offsets count the file's CRLF line breaks
    assert TEXT[21:26] == "very "
    assert second["suggestions"] == [{"range": {"start": {"line": 3, "column": 5}, "end": {"line": 3, "column": 10}}, "text": ""}]
    assert piped["location"]["range"]["start"] == {"line": 1, "column": 1} and "suggestions" not in piped


def test_statistics_count_per_rule_most_first():
    lines = statistics(DIAGNOSTICS, CTX).splitlines()
    assert lines == [
        "2  ap/very-unique  warning  [*] Do not qualify 'unique'.",
        "1  languagetool/X  error    ",
    ]
    assert json.loads(statistics(DIAGNOSTICS, CTX, as_json=True))[0] == {
        "rule": "ap/very-unique", "count": 2, "severity": "warning", "fixable": 1, "summary": "Do not qualify 'unique'."
    }
    assert statistics([], CTX) == ""
