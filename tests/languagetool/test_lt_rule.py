"""The grammar layer against the real LanguageTool server, and its failure paths against a fake one."""

import json
import subprocess
import sys

import pytest

from editlint.api import lint_text
from editlint.errors import ServiceError

ARTICLE = "# School Report\n\nThe *annual* [report](https://example.com/report) says: He go to school every days.\n"


def grammar(text, url, **settings):
    config = {"select": ["languagetool"], "languagetool": {"url": url, **settings}}
    return lint_text(text, config=config)


def test_positions_through_markup(languagetool_url):
    found = {(d.rule, d.line, d.column, d.end_column) for d in grammar(ARTICLE, languagetool_url)}
    line = ARTICLE.splitlines()[2]
    go, days = line.index(" go ") + 2, line.index("days") + 1
    assert any(rule.startswith("languagetool/") and col == go for rule, _, col, _ in found), found
    assert any(col == days and end == days + 4 for _, _, col, end in found), found


def test_ids_severity_and_fixes(languagetool_url):
    found = grammar("She have a new car.\n", languagetool_url)
    diagnostic = next(d for d in found if d.column == 5)
    assert diagnostic.rule.startswith("languagetool/") and str(diagnostic.severity) == "warning"
    assert any(edit.replacement == "has" for fix in diagnostic.fixes for edit in fix.edits)


def test_code_urls_and_front_matter_are_not_sent(languagetool_url):
    text = "---\ntitle: Teh Report\n---\nRun `teh_tool --fixx` from https://exmaple.com/teh today.\n"
    assert grammar(text, languagetool_url) == []


def test_vocabulary_accept_and_reject(languagetool_url, tmp_path):
    accept = tmp_path / "names.txt"
    accept.write_text("# words\nblorfed\n")
    reject = tmp_path / "banned.txt"
    reject.write_text("Kyiv-based\n")
    text = "The plan was blorfed by a Kyiv-based reporter.\n"
    spelled = {d.rule for d in grammar(text, languagetool_url)}
    assert any("MORFOLOGIK" in rule for rule in spelled)
    found = grammar(text, languagetool_url, accept=[str(accept)], reject=[str(reject)])
    assert [(d.rule, d.column) for d in found] == [("languagetool/EDITLINT_REJECTED_WORD", 27)]


def test_spelling_off_and_disabled_rules(languagetool_url):
    assert grammar("The plan was blorfed.\n", languagetool_url, spelling=False) == []
    text = "He go to school.\n"
    rule = grammar(text, languagetool_url)[0].rule.split("/", 1)[1]
    assert grammar(text, languagetool_url, **{"disabled-rules": [rule]}) == []


def test_ignore_one_languagetool_rule(languagetool_url):
    found = grammar("He go to school every days.\n", languagetool_url)
    first = found[0].rule
    config = {"select": ["languagetool"], "ignore": [first], "languagetool": {"url": languagetool_url}}
    assert first not in {d.rule for d in lint_text("He go to school every days.\n", config=config)}


def test_server_error_fails_by_default(fake_server):
    url = fake_server(status=500, body=b"Error: Internal Error")
    with pytest.raises(ServiceError):
        grammar("He go to school.\n", url)


@pytest.mark.parametrize("status, body", [(500, b"boom"), (200, b"not json"), (200, b'{"unexpected": 1}')])
def test_on_error_warn_keeps_other_rules(fake_server, tmp_path, status, body):
    url = fake_server(status=status, body=body)
    (tmp_path / ".editlint.toml").write_text(
        f'select = ["languagetool", "house/duplicate-headline"]\n[languagetool]\nurl = "{url}"\n[grammar]\non-error = "warn"\n'
    )
    (tmp_path / "a.md").write_text("# Storm\n\nStorm\n")
    run = subprocess.run([sys.executable, "-m", "editlint", "--format", "json", "a.md"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert [d["rule"] for d in json.loads(run.stdout)] == ["house/duplicate-headline"]
    assert "warning: a.md: grammar checks skipped" in run.stderr


def test_server_down_is_exit_2(tmp_path):
    (tmp_path / ".editlint.toml").write_text('select = ["languagetool"]\n[languagetool]\nurl = "http://127.0.0.1:9"\n')
    (tmp_path / "a.md").write_text("# Storm\n\nText.\n")
    run = subprocess.run([sys.executable, "-m", "editlint", "a.md"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "127.0.0.1:9" in run.stderr


def test_explain_a_languagetool_rule(languagetool_url, tmp_path):
    (tmp_path / ".editlint.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n')
    run = subprocess.run([sys.executable, "-m", "editlint", "explain", "languagetool/EN_A_VS_AN"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "EN_A_VS_AN" in run.stdout and "community.languagetool.org" in run.stdout
