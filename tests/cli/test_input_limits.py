"""Limits of the input: huge paragraphs, NUL bytes, bad numbers and packs end in one line, never a traceback."""

from helpers import assert_one_line_error

STRUCTURAL = "--select=house/duplicate-headline"
SYNTAX = "--select=house/sentence-fragment,ap/ward-not-wards"


def test_a_paragraph_too_long_for_the_parser_is_skipped_with_a_warning(editlint, tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a-huge.md").write_text("# Huge\n\nWalk towards it. " + "word " * 220_000 + "end.\n")
    (tmp_path / "desk" / "b-small.md").write_text("# Small\n\nThough the storm hit the coast at dawn.\n")
    run = editlint(SYNTAX, "desk")
    assert run.code == 1, run.err
    assert "desk/a-huge.md:3:6: warning ap/ward-not-wards" in run.out
    assert "desk/b-small.md:3:1: error house/sentence-fragment" in run.out
    assert run.err.strip() == (
        "editlint: warning: desk/a-huge.md:3: a paragraph of 1,100,021 characters is longer than "
        "the syntax parser reads (1,000,000); the syntax rules skip it"
    )


def test_a_nul_byte_after_the_first_8_kib_marks_a_binary_file(editlint, tmp_path):
    (tmp_path / "late.md").write_bytes(b"# Title\n\n" + b"Text. " * 2_000 + b"\x00\n")
    assert_one_line_error(editlint(STRUCTURAL, "late.md"), "late.md", "binary")


def test_max_file_size_infinity_is_a_config_error(editlint, tmp_path):
    (tmp_path / ".editlint.toml").write_text("max-file-size = inf\n")
    (tmp_path / "a.md").write_text("# Title\n\nText.\n")
    assert_one_line_error(editlint(STRUCTURAL, "a.md"), ".editlint.toml", "'max-file-size'")


def test_negative_rule_option_is_a_config_error(editlint, tmp_path):
    (tmp_path / ".editlint.toml").write_text('[rules."house/sentence-fragment"]\nmin-words = -5\n')
    (tmp_path / "a.md").write_text("# Title\n\nText.\n")
    assert_one_line_error(editlint(STRUCTURAL, "a.md"), ".editlint.toml", "house/sentence-fragment", "'min-words'")


def test_pack_that_is_not_utf8_is_a_one_line_error(editlint, tmp_path):
    (tmp_path / "desk.yml").write_bytes("rules: []\n# café\n".encode("latin-1"))
    (tmp_path / ".editlint.toml").write_text('packs = ["desk.yml"]\n')
    (tmp_path / "a.md").write_text("# Title\n\nText.\n")
    assert_one_line_error(editlint("--select=desk", "a.md"), "desk.yml", "not valid UTF-8")


def test_catastrophic_pack_regex_does_not_hang(editlint, tmp_path):
    (tmp_path / "desk.yml").write_text(
        "rules:\n  - name: runaway\n    kind: existence\n    message: M.\n    summary: S.\n    rationale: R.\n"
        "    regex: ['(a+)+$', '(x|x)*y']\n    bad: ['aa']\n    good: ['b']\n"
    )
    (tmp_path / ".editlint.toml").write_text('packs = ["desk.yml"]\n')
    (tmp_path / "a.md").write_text("# Title\n\n" + "a" * 50_000 + "b " + "x" * 50_000 + "\n")
    run = editlint("--select=desk", "a.md")
    assert run.code == 0, (run.out, run.err)
