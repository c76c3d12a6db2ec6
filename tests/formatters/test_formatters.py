"""Output formatters, checked against golden files.

Regenerate the golden files under ``tests/golden/formatters/`` after an intended change with
``EDITLINT_UPDATE_GOLDEN=1 python -m pytest tests/formatters``, then review the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from editlint.engine.diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from editlint.engine.rule import FixAvailability, RuleMeta
from editlint.formatters import FORMATS, RenderContext, artifact_uri, render
from editlint.formatters.github import escape_data, escape_property
from editlint.formatters.html import asset as html_asset

TESTS = Path(__file__).resolve().parent.parent
GOLDEN = TESTS / "golden" / "formatters"
SCHEMA = TESTS / "data" / "sarif-schema-2.1.0.json"

RULES = {
    "house/banned-word": RuleMeta(
        "house/banned-word", "Words the style guide bans.", Severity.ERROR,
        "The style guide bans *très* and friends: use the **plain** word.", fix_availability=FixAvailability.ALWAYS,
    ),
    "languagetool": RuleMeta(
        "languagetool", "Grammar and spelling checks from LanguageTool.", Severity.WARNING,
        "Findings of [LanguageTool](https://languagetool.org), one id per LanguageTool rule.", family=True,
    ),
    "style/long-sentence": RuleMeta("style/long-sentence", "Sentences over the length limit.", Severity.INFO, ""),
}
DIAGNOSTICS = [
    Diagnostic(
        "news/café.md", 3, 5, 3, 9, "house/banned-word", Severity.ERROR, "“Très” is banned: use “very”.",
        (Fix("Replace with “very”", (Edit(40, 44, "very"),)),),
    ),
    Diagnostic(
        "news/café.md", 7, 1, 7, 2, "languagetool/EN_A_VS_AN", Severity.WARNING, "Use “an” instead of “a”.",
        (Fix("Use “an”", (Edit(120, 121, "an"),), Applicability.UNSAFE), Fix("Delete", (Edit(120, 122, ""),))),
    ),
    Diagnostic(
        "sport\\match, report.md", 2, 10, 4, 3, "style/long-sentence", Severity.INFO,
        "Sentence has 52 words (limit: 40, 130% of it).\nSplit it.",
    ),
    Diagnostic("-", 1, 1, 1, 4, "proselint/misc/but", Severity.WARNING, "Don't start a paragraph with 'But'."),
]
SOURCES = {  # the texts DIAGNOSTICS point into, for the HTML report
    "news/café.md": "# Café news\n\nThe Très good café.\n\nParis\n\na apple a day.\n",
    "sport\\match, report.md": "# Match report\nThe home side, <b>tired</b> & beaten,\nlost again\nat home.\n",
    "-": "But <script>alert(1)</script> stays text.\n",
}
CTX = RenderContext(rules=RULES, files=3, color=False, version="0.1.0")
GOLDEN_CASES = {
    "text.txt": ("text", CTX),
    "text-color.txt": ("text", RenderContext(RULES, 3, True, "0.1.0", fixed=2)),
    "json.json": ("json", CTX),
    "sarif.sarif": ("sarif", CTX),
    "github.txt": ("github", CTX),
    "html.html": ("html", RenderContext(RULES, 3, False, "0.1.0", sources=SOURCES)),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_golden(name):
    format_name, ctx = GOLDEN_CASES[name]
    output = render(format_name, DIAGNOSTICS, ctx) + "\n"
    if format_name == "html":  # the golden file holds the markup; the inlined stylesheet and script stay in their files
        output = output.replace(html_asset("report.css"), "/* report.css */\n").replace(html_asset("report.js"), "/* report.js */\n")
    path = GOLDEN / name
    if os.environ.get("EDITLINT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(output, encoding="utf-8", newline="\n")
    assert output == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("format_name", FORMATS)
def test_every_format_renders_no_diagnostics(format_name):
    assert isinstance(render(format_name, [], CTX), str)


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown output format"):
        render("xml", DIAGNOSTICS, CTX)


def test_family_ids_use_longest_prefix():
    assert CTX.meta("languagetool/EN_A_VS_AN") is RULES["languagetool"]
    assert CTX.meta("house/banned-word") is RULES["house/banned-word"]
    assert CTX.meta("house/banned") is None
    assert CTX.meta("languagetoolx/A") is None


# text


def test_text_without_color_has_no_escape_sequences():
    out = render("text", DIAGNOSTICS, CTX)
    assert "\x1b" not in out
    assert out.splitlines()[0] == "news/café.md:3:5: error house/banned-word [*] “Très” is banned: use “very”."
    assert out.splitlines()[-2:] == ["Found 4 problems (1 error, 2 warnings, 1 info) in 3 files.", "[*] 2 fixable with the --fix option."]


def test_text_with_color():
    out = render("text", DIAGNOSTICS, RenderContext(RULES, 3, True, "0.1.0"))
    first = out.splitlines()[0]
    assert first.startswith("\x1b[1mnews/café.md\x1b[0m:3:5: \x1b[31merror\x1b[0m \x1b[2mhouse/banned-word\x1b[0m ")
    assert "\x1b[33mwarning\x1b[0m" in out and "\x1b[34minfo\x1b[0m" in out


def test_text_strips_control_characters_from_messages():
    evil = Diagnostic("a.md", 1, 1, 1, 2, "x/y", Severity.ERROR, "bad\x1b[2J\nthing")
    assert render("text", [evil], CTX).splitlines()[0] == "a.md:1:1: error x/y bad [2J thing"


def test_text_summaries():
    one = [Diagnostic("a.md", 1, 1, 1, 2, "x/y", Severity.ERROR, "m")]
    assert render("text", [], RenderContext(RULES, 2, False, "0")) == "All checked: no problems in 2 files."
    assert render("text", [], RenderContext(RULES, 1, False, "0", fixed=1)) == (
        "All checked: no problems in 1 file.\nFixed 1 problem."
    )
    assert render("text", one, RenderContext(RULES, 5, False, "0")).endswith(
        "Found 1 problem (1 error) in 1 of 5 files."
    )


def test_text_summary_counts_the_files_that_could_not_be_checked():
    one = [Diagnostic("a.md", 1, 1, 1, 2, "x/y", Severity.ERROR, "m")]
    assert render("text", [], RenderContext(RULES, 1, False, "0", unchecked=1)) == "No problems in 0 files; 1 file could not be checked."
    assert render("text", one, RenderContext(RULES, 4, False, "0", unchecked=2)).endswith(
        "Found 1 problem (1 error) in 1 of 2 files; 2 files could not be checked."
    )


# json


def test_json_round_trips_to_dicts_in_order():
    assert json.loads(render("json", DIAGNOSTICS, CTX)) == [d.to_dict() for d in DIAGNOSTICS]
    assert render("json", [], CTX) == "[]"


# sarif


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("diagnostics", [DIAGNOSTICS, []], ids=["diagnostics", "empty"])
def test_sarif_is_valid_against_the_official_schema(sarif_validator, diagnostics):
    log = json.loads(render("sarif", diagnostics, CTX))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in sarif_validator.iter_errors(log)]
    assert errors == []


def test_sarif_schema_catches_errors(sarif_validator):
    log = json.loads(render("sarif", DIAGNOSTICS, CTX))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not sarif_validator.is_valid(log)


def test_sarif_content():
    log = json.loads(render("sarif", DIAGNOSTICS, CTX))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    by_id = {rule["id"]: rule for rule in rules}
    family = by_id["languagetool/EN_A_VS_AN"]
    assert family["shortDescription"]["text"] == RULES["languagetool"].summary
    assert family["defaultConfiguration"]["level"] == "warning"
    assert by_id["style/long-sentence"]["defaultConfiguration"]["level"] == "note"
    assert by_id["proselint/misc/but"] == {"id": "proselint/misc/but"}
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note", "warning"]
    first = run["results"][0]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "news/caf%C3%A9.md"
    assert location["region"] == {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 9}
    (replacement,) = first["fixes"][0]["artifactChanges"][0]["replacements"]
    assert replacement == {"deletedRegion": {"charOffset": 40, "charLength": 4}, "insertedContent": {"text": "very"}}
    assert run["results"][3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "stdin"


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a/b.md", "a/b.md"),
        ("a\\b c.md", "a/b%20c.md"),
        ("x:y.md", "x%3Ay.md"),
        ("-", "stdin"),
        ("/srv/news/a.md", "file:///srv/news/a.md"),
        ("C:\\news\\a.md", "file:///C:/news/a.md"),
    ],
)
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri
    # jsonschema checks no "uri-reference" format without extras, so check the characters here.
    assert re.fullmatch(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", uri)


# github


def test_github_escaping():
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("a:b,c") == "a:b,c"


def test_github_commands():
    lines = render("github", DIAGNOSTICS, CTX).splitlines()
    assert lines[0] == (
        "::error file=news/café.md,line=3,col=5,endLine=3,endColumn=9,title=house/banned-word"
        "::“Très” is banned: use “very”."
    )
    assert lines[1].startswith("::warning file=news/café.md,")
    assert lines[2] == (
        "::notice file=sport/match%2C report.md,line=2,endLine=4,title=style/long-sentence"
        "::Sentence has 52 words (limit: 40, 130%25 of it).%0ASplit it."
    )
    assert render("github", [], CTX) == ""
