"""The fix engine: which fixes apply together, and what applying them gives."""

import pytest

from editlint.api import lint_text
from editlint.engine.diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from editlint.engine.fixes import allowed_fix, applicable_fixes, apply_edits, apply_fixes

SAFE, UNSAFE, DISPLAY = Applicability.SAFE, Applicability.UNSAFE, Applicability.DISPLAY


def finding(*edits: tuple[int, int, str], applicability: str = SAFE) -> Diagnostic:
    """A diagnostic with one fix made of ``(start, end, replacement)`` edits."""
    fix = Fix("fix", tuple(Edit(*edit) for edit in edits), applicability)
    return Diagnostic("a.md", 1, 1, 1, 2, "test/rule", Severity.WARNING, "message", (fix,))


def fixed(text: str, *diagnostics: Diagnostic, unsafe: bool = False) -> str:
    return apply_fixes(text, applicable_fixes(diagnostics, unsafe))


def test_several_edits_on_one_line_of_different_lengths():
    text = "a bb ccc dddd\n"
    assert fixed(text, finding((0, 1, "AAAA")), finding((5, 8, "C")), finding((9, 13, "")), finding((2, 4, "B"))) == "AAAA B C \n"


def test_a_fix_with_several_edits_given_in_any_order():
    assert fixed("one two three", finding((8, 13, "3"), (0, 3, "1"))) == "1 two 3"


def test_overlapping_fixes_the_first_in_the_text_wins():
    text = "the very unique case"
    assert fixed(text, finding((4, 15, "unique")), finding((9, 15, "odd"))) == "the unique case"
    assert fixed(text, finding((9, 15, "odd")), finding((4, 15, "unique"))) == "the unique case"


def test_equal_start_the_earlier_diagnostic_wins():
    text = "colour me"
    assert fixed(text, finding((0, 6, "color")), finding((0, 6, "hue"))) == "color me"
    assert fixed(text, finding((0, 6, "hue")), finding((0, 6, "color"))) == "hue me"


def test_two_insertions_at_one_offset_only_the_first_applies():
    assert fixed("ab", finding((1, 1, "X")), finding((1, 1, "Y"))) == "aXb"


def test_touching_fixes_wait_for_the_next_pass():
    assert fixed("abcd", finding((0, 2, "X")), finding((2, 4, "Y"))) == "Xcd"
    assert fixed("abcd", finding((0, 2, "X")), finding((2, 2, "Y"))) == "Xcd"


def test_a_fix_with_edits_around_another_wins_from_its_first_edit():
    text = "0123456789"
    assert fixed(text, finding((4, 5, "F")), finding((0, 1, "A"), (8, 9, "I"))) == "A1234567I9"
    assert fixed(text, finding((0, 1, "A")), finding((0, 0, "<"), (9, 10, "J"))) == "A123456789"


def test_a_fix_whose_own_edits_overlap_is_skipped():
    assert fixed("abcdef", finding((0, 3, "X"), (2, 4, "Y")), finding((5, 6, "Z"))) == "abcdeZ"


def test_edits_at_the_start_and_end_of_the_text():
    assert fixed("middle", finding((0, 0, "[")), finding((6, 6, "]"))) == "[middle]"
    assert fixed("abc", finding((0, 3, ""))) == ""
    assert fixed("", finding((0, 0, "new"))) == "new"


def test_code_point_offsets_with_non_ascii_text():
    text = "Café 👍 naïve towards"
    start = text.index("towards")
    assert fixed(text, finding((start, start + 7, "toward")), finding((0, 4, "Cafe"))) == "Cafe 👍 naïve toward"


def test_crlf_files_keep_their_line_ends():
    text = "# Storm\r\n\r\nIt moved towards the e-mail server.\r\nThen towards town.\r\n"
    diagnostics = lint_text(text, config={"select": ["ap"]})
    assert fixed(text, *diagnostics) == "# Storm\r\n\r\nIt moved toward the email server.\r\nThen toward town.\r\n"


def test_safe_fixes_only_unless_unsafe_and_never_display_only():
    text = "a b c"
    diagnostics = (finding((0, 1, "A")), finding((2, 3, "B"), applicability=UNSAFE), finding((4, 5, "C"), applicability=DISPLAY))
    assert fixed(text, *diagnostics) == "A b c"
    assert fixed(text, *diagnostics, unsafe=True) == "A B c"


def test_the_first_allowed_fix_of_a_diagnostic():
    fixes = (Fix("unsafe", (Edit(0, 1, "U"),), UNSAFE), Fix("safe", (Edit(0, 1, "S"),), SAFE))
    diagnostic = Diagnostic("a.md", 1, 1, 1, 2, "test/rule", Severity.WARNING, "message", fixes)
    assert allowed_fix(diagnostic).title == "safe"
    assert allowed_fix(diagnostic, unsafe=True).title == "unsafe"
    assert allowed_fix(finding((0, 1, "x"), applicability=DISPLAY), unsafe=True) is None


def test_apply_edits_keeps_insertions_at_one_offset_in_order_before_a_replacement():
    assert apply_edits("abc", [Edit(1, 2, "B"), Edit(1, 1, "x"), Edit(1, 1, "y")]) == "axyBc"


@pytest.mark.parametrize("edits", [[Edit(0, 2, "X"), Edit(1, 3, "Y")], [Edit(2, 5, "X")], [Edit(-1, 0, "X")], [Edit(2, 1, "X")]])
def test_apply_edits_refuses_overlaps_and_offsets_outside_the_text(edits):
    with pytest.raises(ValueError):
        apply_edits("abc", edits)
