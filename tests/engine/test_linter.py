"""The Linter session: results per file, structured errors, settings reloaded when their files change."""

from __future__ import annotations

import os
import pickle
import time

import pytest

from editlint.errors import UsageError
from editlint.linter import FileError, FileResult, Linter

AP = {"select": ["ap"]}
TOWARDS = "# Parade\n\nThe band marched towards the square.\n"


def desk_pack(word: str) -> str:
    return (
        "rules:\n  - name: banned\n    kind: existence\n    message: \"'{match}' is banned.\"\n    summary: S.\n    rationale: R.\n"
        f"    tokens: [{word}]\n    bad: ['{word}']\n    good: ['fine']\n"
    )


def touch_later(path, text: str) -> None:
    """Write ``text`` with a modification time surely different from the previous write's."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text)
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def rules_found(result: FileResult) -> list[str]:
    return [d.rule for d in result.diagnostics]


def test_lint_text_gives_a_file_result_with_the_text_and_rules_that_ran():
    with Linter(overrides=AP) as linter:
        result = linter.lint_text(TOWARDS, "parade.md")
    assert result.path == "parade.md" and result.text == TOWARDS and result.error is None
    assert rules_found(result) == ["ap/ward-not-wards"]
    assert (result.diagnostics[0].line, result.diagnostics[0].column) == (3, 18)
    assert "ap/ward-not-wards" in result.rules and all(rule.startswith("ap/") for rule in result.rules)


def test_lint_paths_yields_one_result_per_article_in_order_with_errors_as_values(tmp_path):
    (tmp_path / "b.md").write_text(TOWARDS)
    (tmp_path / "a.md").write_text("# Calm\n\nNothing to see.\n")
    (tmp_path / "c.md").write_bytes(b"# Bad\n\ncaf\xe9\n")
    with Linter(overrides=AP) as linter:
        results = list(linter.lint_paths([str(tmp_path)]))
    assert [os.path.basename(r.path) for r in results] == ["a.md", "b.md", "c.md"]
    assert [rules_found(r) for r in results[:2]] == [[], ["ap/ward-not-wards"]]
    assert results[2].error == FileError(str(tmp_path / "c.md"), "input", f"{tmp_path / 'c.md'}: not valid UTF-8 (byte 10): save the file as UTF-8")
    assert results[2].diagnostics == []


def test_results_survive_pickling_for_worker_processes(tmp_path):
    with Linter(overrides=AP) as linter:
        result = linter.lint_text(TOWARDS, "parade.md")
    assert pickle.loads(pickle.dumps(result)) == result


def test_a_grammar_server_that_does_not_answer_is_a_service_error_of_that_file():
    with Linter(overrides={"select": ["languagetool"], "languagetool": {"url": "http://127.0.0.1:9", "timeout": 2}}) as linter:
        result = linter.lint_text("# Title\n\nHe go home.\n", "story.md")
    assert result.error is not None and result.error.kind == "service" and result.error.message.startswith("story.md: ")


def test_a_bad_option_is_one_error_for_the_whole_session(tmp_path):
    (tmp_path / ".editlint.toml").write_text('[rules."house/duplicate-headline"]\nno-such-option = 1\n')
    (tmp_path / "a.md").write_text(TOWARDS)
    with Linter() as linter, pytest.raises(UsageError, match="unknown option 'no-such-option'"):
        list(linter.lint_paths([str(tmp_path)]))


@pytest.mark.parametrize("new_session", [False, True], ids=["same-session", "new-session"])
def test_editing_the_config_changes_the_next_result(tmp_path, new_session):
    config = tmp_path / ".editlint.toml"
    config.write_text('select = ["ap"]\n')
    first = Linter()
    assert rules_found(first.lint_text(TOWARDS, str(tmp_path / "a.md"))) == ["ap/ward-not-wards"]
    touch_later(config, 'select = ["ap"]\nignore = ["ap/ward-not-wards"]\n')
    with Linter() if new_session else first as linter:
        assert rules_found(linter.lint_text(TOWARDS, str(tmp_path / "a.md"))) == []
    first.close()


def test_a_config_created_nearer_the_article_takes_over(tmp_path):
    (tmp_path / ".editlint.toml").write_text('select = ["ap"]\n')
    desk = tmp_path / "desk"
    desk.mkdir()
    with Linter() as linter:
        assert rules_found(linter.lint_text(TOWARDS, str(desk / "a.md"))) == ["ap/ward-not-wards"]
        (desk / ".editlint.toml").write_text('select = ["house/duplicate-headline"]\n')
        assert rules_found(linter.lint_text(TOWARDS, str(desk / "a.md"))) == []


def test_editing_a_rule_pack_changes_the_next_result(tmp_path):
    pack = tmp_path / "desk.yml"
    pack.write_text(desk_pack("square"))
    (tmp_path / ".editlint.toml").write_text('packs = ["desk.yml"]\nselect = ["desk"]\n')
    with Linter() as linter:
        assert rules_found(linter.lint_text(TOWARDS, str(tmp_path / "a.md"))) == ["desk/banned"]
        touch_later(pack, desk_pack("circle"))
        assert rules_found(linter.lint_text(TOWARDS, str(tmp_path / "a.md"))) == []


def test_unchanged_settings_are_not_read_again(tmp_path):
    (tmp_path / ".editlint.toml").write_text('select = ["ap"]\n')
    with Linter() as linter:
        first = linter.config_for(str(tmp_path / "a.md"))
        linter.lint_text(TOWARDS, str(tmp_path / "a.md"))
        assert linter.refresh() is False
        assert linter.config_for(str(tmp_path / "b.md")) is first


def test_editing_a_vocabulary_file_changes_the_next_result(tmp_path, languagetool_url):
    reject = tmp_path / "reject.txt"
    reject.write_text("marched\n")
    (tmp_path / ".editlint.toml").write_text(f'select = ["languagetool"]\n[languagetool]\nurl = "{languagetool_url}"\nreject = ["reject.txt"]\n')
    with Linter() as linter:
        assert "languagetool/EDITLINT_REJECTED_WORD" in rules_found(linter.lint_text(TOWARDS, str(tmp_path / "a.md")))
        time.sleep(0.01)
        touch_later(reject, "paraded\n")
        assert "languagetool/EDITLINT_REJECTED_WORD" not in rules_found(linter.lint_text(TOWARDS, str(tmp_path / "a.md")))


def test_text_that_cannot_be_parsed_is_an_input_error_of_that_text():
    with Linter(overrides=AP) as linter:
        result = linter.lint_text("---\ntitle: [unclosed\n---\nThe band marched towards the square.\n", "story.md")
    assert result.error is not None and result.error.kind == "input" and result.diagnostics == [], result


def test_a_rule_that_raises_fails_its_article_with_one_line_and_the_others_are_checked(tmp_path, monkeypatch):
    from editlint.rules.house import duplicate_headline

    (tmp_path / "calm.md").write_text("# Parade\n\nThe band marched towards the square.\n")
    (tmp_path / "storm.md").write_text("# Storm\n\nThe storm hit the coast.\n")
    preamble_copy = duplicate_headline._copy_in_preamble

    def broken(doc, *args):
        if doc.text.startswith("# Storm"):
            raise IndexError("list index out of range")
        return preamble_copy(doc, *args)

    monkeypatch.setattr(duplicate_headline, "_copy_in_preamble", broken)
    calm, storm = Linter(overrides={"select": ["ap", "house/duplicate-headline"]}).lint_paths([str(tmp_path)])
    assert [d.rule for d in calm.diagnostics] == ["ap/ward-not-wards"] and calm.error is None
    assert storm.error == FileError(
        storm.path, "internal",
        f"{storm.path}: rule house/duplicate-headline failed: IndexError: list index out of range"
        " (a bug in editlint; please report it with the article)",
    )
