import pytest

from editlint.api import lint_text
from helpers import assert_findings

RULE = "house/inverted-attribution"

BAD = [
    ("The talks will resume on Monday, reports Reuters.", "reports Reuters"),
    ("“We will rebuild the school,” said Mayor Ortiz.", "said Mayor Ortiz"),
    ("Turnout was the lowest in decades, writes The Economist.", "writes The Economist"),
    ("“Is anyone listening?” asks Carmen Diaz.", "asks Carmen Diaz"),
    ("The factory will close in May, reported the Financial Times.", "reported the Financial Times"),
    ("“Nobody expected the river to rise so fast,” said Tom Weller.", "said Tom Weller"),
    ("The ban takes effect next year, notes the European Commission.", "notes the European Commission"),
    ("“We are not done,” added Patel.", "added Patel"),
    ("The vaccine is safe for children, says the World Health Organization.", "says the World Health Organization"),
    ("“This is a historic day,” declared President Silva.", "declared President Silva"),
    ("Prices rose 3 percent in March, reports Bloomberg.", "reports Bloomberg"),
    ("“Where will the families go?” wonders Amina Yusuf.", "wonders Amina Yusuf"),
    # the tagger reads "added" as a participle, and the parser hangs the name elsewhere
    ("“We told them we would not sign it, and we didn't,” added Santos.", "added Santos"),
    ("“I told them I would not back it, and I didn't,” added Santos.", "added Santos"),
    ("“I told them I would not back it, and I didn't,” added Ruiz.", "added Ruiz"),
]

GOOD = [
    "The talks will resume on Monday, Reuters reports.",
    "“We will rebuild the school,” said Ana Ortiz, a spokeswoman for the city.",
    "“We will rebuild the school,” the mayor said.",
    "The report says the factory will close in May.",
    "“We are not done,” he added.",
    "Reuters reports that the talks will resume on Monday.",
    "According to Reuters, the talks will resume on Monday.",
    "“It was chaos,” said Deputy Interior Minister Karl Berger.",
    "The council voted 5-2, said Jane Smith, the council clerk.",
    "Smith said the vote was close.",
    "Prices rose, reports suggest, as demand picked up.",
    "The team won the final, beat Arsenal.",
    "A spokesman, who declined to be named, told Reuters the plant would close.",
    "The fee, added last year, has raised $2 million for the parks.",
    "Prices have risen, added to the pressure on families.",
    "The mayor, who had said Friday that she would resign, changed her mind.",
]


@pytest.mark.parametrize("text, span", BAD)
def test_verb_before_named_source(text, span):
    column = text.index(span) + 1
    assert_findings(text, RULE, [(1, column, column + len(span))])


@pytest.mark.parametrize("text", GOOD)
def test_source_first_or_long_title_passes(text):
    assert_findings(text, RULE, [])


def test_message_and_unsafe_fix():
    text = "Allies met in Brussels.\n\nThe talks will resume on Monday, reports Reuters.\n"
    (diagnostic,) = lint_text(text, config={"select": [RULE]})
    assert (diagnostic.line, diagnostic.column, diagnostic.end_column) == (3, 34, 49)
    assert diagnostic.message == 'Inverted attribution: write "Reuters reports" (AP style puts the source first)'
    (fix,) = diagnostic.fixes
    assert fix.applicability == "unsafe"
    (edit,) = fix.edits
    assert text[edit.start : edit.end] == "reports Reuters" and edit.replacement == "Reuters reports"


def test_attribution_inside_a_quotation_is_skipped():
    text = "She wrote: “The talks will resume on Monday, reports Reuters.”\n\n> The plan failed, said Smith.\n"
    assert_findings(text, RULE, [])
