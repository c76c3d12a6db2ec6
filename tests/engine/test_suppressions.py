import pytest

from helpers import findings

RULE = "house/duplicate-headline"
REPEAT = "# Budget Passes\n\nBudget passes\n"


def test_unsuppressed_repeat_is_reported():
    assert findings(REPEAT, RULE) == [(3, 1, 14)]


def test_disable_next_line():
    text = "# Budget Passes\n\n<!-- editlint-disable-next-line house/duplicate-headline -->\nBudget passes\n"
    assert findings(text, RULE) == []


def test_disable_next_line_for_another_rule_does_not_apply():
    text = "# Budget Passes\n\n<!-- editlint-disable-next-line house/missing-image-credit -->\nBudget passes\n"
    assert findings(text, RULE) == [(4, 1, 14)]


def test_disable_enable_range_and_prefix():
    text = "<!-- editlint-disable house -->\n# A\n\n## B\n\n## B\n\n<!-- editlint-enable -->\n\n## C\n\n## C\n"
    assert findings(text, RULE) == [(12, 1, 5)]


def test_disable_file():
    assert findings("<!-- editlint-disable-file -->\n\n" + REPEAT, RULE) == []


def test_plain_text_directive_lines():
    text = "Budget Passes\n# editlint-disable-next-line house/duplicate-headline\nBudget Passes\n"
    assert findings(text, RULE, path="a.txt") == []
    assert findings("Budget Passes\nBudget Passes\n", RULE, path="a.txt") == [(2, 1, 14)]


def test_unknown_rule_in_suppression_is_reported():
    text = "<!-- editlint-disable-next-line house/duplicate-headlines -->\nText.\n"
    assert findings(text, "editlint/invalid-suppression") == [(1, 1, 62)]


def test_next_line_directive_does_not_silence_its_own_line():
    text = "# Storm\n\nIt moved towards us. <!-- editlint-disable-next-line ap/ward-not-wards -->\nThen towards town.\n"
    assert findings(text, "ap/ward-not-wards") == [(3, 10, 17)]
    assert findings("It moved towards us.\n# editlint-disable-next-line\nThen towards town.\n", "ap", path="a.txt") == [(1, 10, 17)]


TOWARD = "ap/ward-not-wards"


@pytest.mark.parametrize(
    "text, path, expected",
    [
        ("Towards the end. <!-- editlint-disable-next-line ap -->\nTowards the sea.\n", None, [(1, 1, 8)]),
        ("<!-- editlint-disable-next-line ap --> Towards the *end*.\nTowards the sea.\n", None, [(1, 40, 47)]),
        ("<!-- editlint-disable-next-line -->Towards the end.\nTowards the sea.\nTowards the bay.\n", None, [(1, 36, 43), (3, 1, 8)]),
        ("Towards the end.\n# editlint-disable-next-line ap\nTowards the sea.\nTowards the bay.\n", "a.txt", [(1, 1, 8), (4, 1, 8)]),
        ("Towards the end. <!-- editlint-disable-line ap -->\nTowards the sea.\n", None, [(2, 1, 8)]),
    ],
)
def test_disable_next_line_silences_the_next_line_only_never_its_own(text, path, expected):
    assert findings(text, TOWARD, path=path) == expected
