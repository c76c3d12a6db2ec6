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


@pytest.mark.parametrize(
    "text, expected",
    [
        # accents, abbreviation dots and "&" are spelling, not words
        ("# Zürich Ferry Sails Again\n\nZurich ferry sails again\n\nBody.\n", [(3, 1, 25)]),
        ("# U.S. Lifts Tariff on Oats\n\nUS lifts tariff on oats\n\nBody.\n", [(3, 1, 24)]),
        ("# Docks & Mills Reopen\n\nDocks and Mills Reopen\n\nBody.\n", [(3, 1, 23)]),
        # a copy set as a quotation is still a copy
        ("# Harbour Wall Gives Way\n\n> Harbour Wall Gives Way\n\nBody.\n", [(3, 1, 25)]),
        ('Harbour Wall Gives Way\n\n"Harbour wall gives way"\n\nBody.\n', [(3, 1, 25)]),
        # past a deck: an italic paragraph or a sub-heading that says more than the headline
        ("# Harbour Wall Gives Way\n\n*Storm surge breaks the old sea wall for the first time since 1953.*\n\nHarbour Wall Gives Way\n\nBody.\n", [(5, 1, 23)]),
        ("# Harbour Wall Gives Way\n\n## Storm surge breaks the old sea wall for the first time since 1953\n\nHARBOUR WALL GIVES WAY\n\nBody.\n", [(5, 1, 23)]),
        # the front matter title copied below a different headline
        ("---\ntitle: Harbour Wall Gives Way in Storm\n---\n# Sea Wall Breaks\n\nHarbour wall gives way in storm\n\nBody.\n", [(6, 1, 32)]),
        # HTML blocks count as lines
        ("# Harbour Wall Gives Way\n\n<h2>Harbour wall gives way</h2>\n\nBody.\n", [(3, 1, 32)]),
        ('# Harbour Wall Gives Way\n\n<div class="byline">By Ana Ruiz</div>\n\n<p><b>Harbour Wall Gives Way</b></p>\n\nBody.\n', [(5, 1, 37)]),
        # a bold first line is the headline of a Markdown article without a heading
        ("**Harbour Wall Gives Way**\n\nHarbour wall gives way\n\nBody.\n", [(3, 1, 23)]),
    ],
)
def test_repeats_in_other_spellings_and_places(text, expected):
    assert_findings(text, RULE, expected)


def test_plain_text_repeat_below_a_long_deck():
    text = "Harbour Wall Gives Way\nStorm surge breaks the old sea wall at Pier Road for the first time since it was built in 1953\n\nHarbour Wall Gives Way\n\nBody.\n"
    assert_findings(text, RULE, [(4, 1, 23)], path="story.txt")


def test_toml_front_matter_title():
    assert_findings('+++\ntitle = "Harbour Wall Gives Way"\n+++\n\nHarbour Wall Gives Way\n\nBody.\n', RULE, [(5, 1, 23)])
    assert_findings('+++\ntitle = "Harbour Wall Gives Way"\n+++\n\n# Harbour Wall Gives Way\n\nBody.\n', RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # a short sub-heading opens a section: a heading under it is no copy of the headline
        "# Results\n\n## Juniors\n\n### Results\n\nText.\n",
        # a deck that shares the headline's words
        "# Harbour Wall Gives Way\n\n*Harbour wall gives way after a night of storm surge*\n\nBody.\n",
        "**Harbour Wall Gives Way**\n\nThe harbour wall gave way on Tuesday night.\n",
        '# Harbour Wall Gives Way\n\n<div class="byline">By Ana Ruiz</div>\n\nBody.\n',
        '# Harbour Wall Gives Way\n\n<img src="wall.jpg" alt="">\n\nBody.\n',
        '# “Shut the Gates”\n\n"Shut the gates," the harbour master told crews on Tuesday.\n',
        "---\ntitle: Harbour Wall Gives Way\n---\n# Sea Wall Breaks\n\nThe harbour wall gave way on Tuesday.\n",
        "Briefly\n\nThe harbour wall gave way on Tuesday night, the port said.\n\nBriefly\n",
        # a quoted headline over the quote it is named after
        "# “Hold the Line”\n\n“Hold the line.”\n\nThe harbour master said it twice on Tuesday night.\n",
    ],
)
def test_near_misses_stay_silent(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title pasted twice into one line or one paragraph
        ("# Ferry Fares Rise Ferry Fares Rise\n\nBody.\n", [(1, 20, 36)]),
        ("Ferry Fares Rise\nFerry Fares Rise\n\nBody.\n", [(2, 1, 17)]),
        # the copy keeps the content system's field name
        ("# Ferry Fares Rise\n\nHeadline: Ferry fares rise\n\nBody.\n", [(3, 1, 27)]),
    ],
)
def test_pasted_copies(text, expected):
    assert_findings(text, RULE, expected)


@pytest.mark.parametrize("text", ["# Bye Bye\n\nBody.\n", "# New York, New York\n\nBody.\n", "# Ferry Fares Rise\n\nTitle: Ferry fares rise again in May\n\nBody.\n"])
def test_doubled_words_that_are_a_title(text):
    assert_findings(text, RULE, [])


def test_the_fix_deletes_the_pasted_half():
    from editlint.api import lint_text

    text = "Ferry Fares Rise\nFerry Fares Rise\n\nBody.\n"
    [diagnostic] = lint_text(text, config={"select": [RULE]})
    [edit] = diagnostic.fixes[0].edits
    assert text[: edit.start] + edit.replacement + text[edit.end :] == "Ferry Fares Rise\n\nBody.\n"


@pytest.mark.parametrize(
    "section, expected",
    [
        ("**Turnout by ward**\n\n**Turnout by ward**\n\nWard 3 led.\n", [(7, 1, 20)]),
        ("_What happens next_\n\n_What Happens Next_\n\nA vote follows.\n", [(7, 1, 20)]),
        ("**Turnout by ward**\n\nWard 3 led.\n\n## Reactions\n\n**Turnout by ward**\n\nWard 5 trailed.\n", []),
        ("**Voters waited for hours.**\n\n**Voters waited for hours.**\n\nWard 3 led.\n", []),
    ],
)
def test_a_bold_or_italic_label_repeated_right_after_itself(section, expected):
    assert_findings(f"# Election results\n\nThe count ended at midnight.\n\n{section}", RULE, expected)
