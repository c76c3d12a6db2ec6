import pytest

from helpers import assert_findings

RULE = "house/duplicate-headline"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# Storm Hits Coast\n\nStorm Hits Coast\n\nBody.\n", [(3, 1, 17)]),
        ("# Storm Hits Coast\n\nstorm   hits coast.\n", [(3, 1, 20)]),
        ("# Mayor’s Plan Fails\n\nMayor's plan fails\n", [(3, 1, 19)]),
        ("# Storm Hits Coast\n\n**Storm Hits Coast**\n", [(3, 1, 21)]),
        ("# Storm Hits Coast\n\n## Storm Hits Coast\n", [(3, 1, 20)]),
        ("# Storm Hits Coast\n\nBy Jane Doe\n\n# Storm Hits Coast\n\nBody.\n", [(5, 1, 19)]),
        ("---\ntitle: Storm Hits Coast\n---\n# Storm Hits Coast\n\nStorm Hits Coast\n", [(6, 1, 17)]),
        ("---\ntitle: Storm Hits Coast\n---\nStorm Hits Coast\n\nBody.\n", [(4, 1, 17)]),
        ("# A\n\n## Reactions\n\nText.\n\n## Reactions\n\nMore.\n", [(7, 1, 13)]),
    ],
)
def test_repeats_are_reported_at_the_copy(text, expected):
    assert_findings(text, RULE, expected)


def test_plain_text_repeat():
    text = "Storm Hits Coast\nStorm Hits Coast\nJane Doe\nThe storm hit at dawn.\n"
    assert_findings(text, RULE, [(2, 1, 17)], path="story.txt")


@pytest.mark.parametrize(
    "text",
    [
        "# Storm Hits Coast\n\nThe storm hit the coast at dawn.\n",
        "# Storm Hits Coast\n\n## Storm damage\n\nText.\n",
        "# Projects\n\n## First\n\n### About the project\n\nA.\n\n## Second\n\n### About the project\n\nB.\n",
        "---\ntitle: Storm Hits Coast\n---\nThe storm hit at dawn.\n",
        "---\ntitle: Storm Hits Coast\n---\n# Storm Hits Coast\n\nThe storm hit at dawn.\n",
        "",
    ],
)
def test_no_false_alarms(text):
    assert_findings(text, RULE, [])
