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
        ("# Ferry Service Resumes\n\nBy Ana Ruiz and Tom Berg, Staff Writers\n\nFerry Service Resumes\n\nBody.\n", [(5, 1, 22)]),
        ("# Ferry Service Resumes\n\nBy Ana Ruiz\n\nUpdated June 4, 2025, 9:10 a.m.\n\nFerry service resumes.\n\nBody.\n", [(7, 1, 23)]),
        ("# Ferry Service Resumes\n\n![x](a.jpg)\n*Photo: Ana Ruiz/AP*\n\nFerry Service Resumes\n\nBody.\n", [(6, 1, 22)]),
        ("# Ferry Service: A Return\n\nFerry service — a return\n\nBody.\n", [(3, 1, 25)]),
        ("# Ferry’s “Return”\n\nFerry's Return!\n\nBody.\n", [(3, 1, 16)]),
        ("# Ferry Service Resumes\n\nBy Ana Ruiz.\n\nListen to this article\n\nFerry Service Resumes\n\nBody.\n", [(7, 1, 22)]),
        ("---\ntitle: Ferry Service Resumes\n---\nBy Ana Ruiz\n\nFerry Service Resumes\n\nBody.\n", [(6, 1, 22)]),
    ],
)
def test_repeats_are_reported_at_the_copy(text, expected):
    assert_findings(text, RULE, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Storm Hits Coast\nStorm Hits Coast\nJane Doe\nThe storm hit at dawn.\n", [(2, 1, 17)]),
        ("Ferry Service Resumes\nBy Ana Ruiz and Tom Berg of the Coast Desk\nFerry Service Resumes\nThe ferry sailed.\n", [(3, 1, 22)]),
    ],
)
def test_plain_text_repeat(text, expected):
    assert_findings(text, RULE, expected, path="story.txt")


@pytest.mark.parametrize(
    "text",
    [
        "# Storm Hits Coast\n\nThe storm hit the coast at dawn.\n",
        "# Storm Hits Coast\n\n## Storm damage\n\nText.\n",
        "# Projects\n\n## First\n\n### About the project\n\nA.\n\n## Second\n\n### About the project\n\nB.\n",
        "---\ntitle: Storm Hits Coast\n---\nThe storm hit at dawn.\n",
        "---\ntitle: Storm Hits Coast\n---\n# Storm Hits Coast\n\nThe storm hit at dawn.\n",
        "",
        "# Sold\n\nThe mill on Front Street has a new owner.\n\nSold.\n",
        "# Ferry Service Resumes\n\nNo one was hurt.\n\nFerry Service Resumes\n",
        "# Ferry Service Resumes\n\nFerry service resumes after a two-week halt, the port said on Monday.\n",
        "# Ferry Service Resumes\n\nText.\n\n## Related\n\n- Ferry Service Resumes\n",
        "# —\n\n—\n\nText.\n",
    ],
)
def test_no_false_alarms(text):
    assert_findings(text, RULE, [])
