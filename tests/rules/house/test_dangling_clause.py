import pytest

from editlint.api import lint_text
from helpers import assert_findings, findings

RULE = "house/dangling-clause"

# (sentence, reported span: preposition to verb)
BAD = [
    ("The council approved the budget, with most members have voted in favor.", "with most members have voted"),
    (
        "Flights were canceled across the region, due to the airport was closed by snow.",
        "due to the airport was closed",
    ),
    ("The museum reopened on Monday, despite the roof still needs repairs.", "despite the roof still needs"),
    ("Prices rose sharply in March, amid supply chains remain under strain.", "amid supply chains remain"),
    (
        "The governor signed the bill on Friday, following lawmakers had passed it a week earlier.",
        "following lawmakers had passed",
    ),
    (
        "Hundreds of residents fled the area, including many of them have lost their homes.",
        "including many of them have lost",
    ),
    (
        "The mayor toured the site, alongside the fire chief was explaining the damage.",
        "alongside the fire chief was explaining",
    ),
    ("The company cut 200 jobs, without its executives had warned employees.", "without its executives had warned"),
    (
        "Turnout fell in the capital, due to many voters could not reach the polls.",
        "due to many voters could not reach",
    ),
    ("The trial was postponed, because of the judge has fallen ill.", "because of the judge has fallen"),
    (
        "Police closed the bridge, with divers are searching the river for the missing boat.",
        "with divers are searching",
    ),
    (
        "The senator voted against the measure, with two other members of her party joined her.",
        "with two other members of her party joined",
    ),
    (
        "Exports slowed in the second quarter, amid demand from Europe has weakened.",
        "amid demand from Europe has weakened",
    ),
    (
        "Crews restored power to most homes, with some neighborhoods may wait until Friday.",
        "with some neighborhoods may wait",
    ),
    (
        "Rescuers pulled 12 people from the rubble, along with dozens more remain missing.",
        "along with dozens more remain",
    ),
    ("Farmers blocked the highway for hours, with tractors lined both lanes.", "with tractors lined"),
]

GOOD = [
    "With the vote done, lawmakers left the chamber.",
    "She thanked the editor with whom she has worked for a decade.",
    "The team hired ten reporters, with most of them having backgrounds in local news.",
    "The flights were delayed because the airport was closed.",
    "Companies with fewer than 50 workers are exempt from the rule.",
    "Families without health insurance are struggling to pay for care.",
    "Alongside the president was his wife, who waved to the crowd.",
    "With him were two aides and a translator.",
    "With each election comes a flood of new campaign data.",
    "Following the vote lawmakers left the building.",
    "He resigned following the scandal that has engulfed his office.",
    "Officials including the mayor have condemned the attack.",
    "With prices rising, shoppers have cut back on spending.",
    "With the contract signed, work began in May.",
    "She left the meeting with her questions answered.",
    "The bill passed despite objections from the opposition.",
    "People with disabilities say the new buses are hard to board.",
    "The deal, due to take effect in March, has drawn criticism.",
    "Volunteers familiar with the trail guide the hikers through the pass.",
]


@pytest.mark.parametrize("text, span", BAD)
def test_finite_clause_after_preposition(text, span):
    column = text.index(span) + 1
    assert_findings(text, RULE, [(1, column, column + len(span))])


@pytest.mark.parametrize("text", GOOD)
def test_participles_noun_phrases_and_conjunctions_pass(text):
    assert_findings(text, RULE, [])


def test_plain_text_article_positions():
    text = (
        "Rutte Warns of Threat\n"
        "NATO chief Mark Rutte warned of the threat on Monday.\n"
        "Allies met in Brussels, Reuters reports, with President Biden has recognized the danger.\n"
    )
    assert_findings(text, RULE, [(3, 42, 77)], path="story.txt")


def test_message_suggests_participle_and_conjunction():
    (diagnostic,) = lint_text(BAD[0][0], config={"select": [RULE]})
    assert diagnostic.message == (
        'Dangling clause after "with": use "with most members having voted" or "and most members have voted"'
    )
    (fix,) = diagnostic.fixes
    assert fix.applicability == "unsafe"
    assert [(e.start, e.end, e.replacement) for e in fix.edits] == [(33, 37, "and")]


def test_quoted_speech_and_headings_are_skipped():
    text = '# Talks stall, with both sides have walked out\n\n"We left, with nothing was agreed," she said.\n'
    assert findings(text, RULE) == []
