import pytest

from editlint.api import lint_text
from helpers import assert_findings

RULE = "house/sentence-fragment"

# (sentence before, fragment)
BAD = [
    ("The council postponed the vote.", "Because the budget figures arrived late on Monday."),
    ("", "Which meant the ferry service stopped for the rest of the winter."),
    ("", "Though the mayor has said that if the money arrives, the bridge would be rebuilt."),
    ("The airport will stay closed until Friday.", "Unless the runway repairs are finished sooner than planned."),
    ("Prices rose again in June.", "Even though the central bank had raised interest rates twice."),
    ("Voters will get a second ballot.", "So that every district can choose its own representative."),
    ("The plant closed in 2019.", "After the company lost its biggest contract to a rival firm."),
    ("Officials delayed the report.", "While the investigation into the crash continues in Paris."),
    ("Residents were told to stay indoors.", "Since the fire was still burning near the highway."),
    ("The strike could last weeks.", "Especially if the union rejects the latest offer from management."),
    ("The minister defended the plan.", "Whereas her predecessor had opposed any new taxes on fuel."),
    ("The team rebuilt the website in six weeks.", "Which is why the agency plans to reuse its approach."),
    ("", "Although the city council has promised repeatedly to fix the roads before winter."),
    ("", "The same officials who had promised a quick recovery after the floods last spring."),
    ("", "The committee that approved the spending plan in a closed session on Tuesday."),
]

GOOD = [
    "Because the budget figures arrived late, the council postponed the vote.",
    "The ferry service stopped for the winter, which angered residents on the island.",
    "Why did the council wait so long to act on the report?",
    "The council met. Not again.",
    "Although the talks failed, both sides agreed to meet again next month.",
    "Since 2010, the city has added more than 40,000 residents.",
    "After the vote, lawmakers left the chamber without comment.",
    "The minister said the following at the news conference:",
    "While the plan is popular, critics say it costs too much.",
    "Especially in winter, the mountain roads are dangerous for trucks.",
    "If the rain continues, the river will flood the lower town by Friday.",
    "Until last year, the museum charged no entry fee at all.",
    "When the storm hit, more than 2,000 homes lost power.",
    "Which candidate will win remains unclear after the first debate.",
    "Though numerous, the rebel units are poorly armed and short of fuel.",
    "The report that officials released on Monday shows a sharp rise in crime.",
    "Tourists who visit the island in summer often complain about crowded ferries.",
    "His manager, Jon Park, interjected by saying it was recorded in Seoul.",
]


@pytest.mark.parametrize("before, fragment", BAD)
def test_sentence_without_main_clause(before, fragment):
    text = f"{before} {fragment}".strip()
    column = text.index(fragment) + 1
    assert_findings(text, RULE, [(1, column, column + len(fragment))])


@pytest.mark.parametrize("text", GOOD)
def test_sentences_with_a_main_clause_or_exempt_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "# Because the Talks Failed in the End\n\nThe talks failed.\n",
        "The talks failed:\n\n- Because the budget figures arrived far too late.\n",
        "The mayor spoke.\n\n> Because the budget figures arrived far too late.\n",
        "“Because the budget figures arrived far too late,” she said.\n",
        "![Bridge](bridge.jpg)\n*Because the budget figures arrived too late, photo by Ann Lee.*\n",
    ],
)
def test_headlines_list_items_and_quotations_are_exempt(text):
    assert_findings(text, RULE, [])


def test_min_words_option():
    text = "The vote failed. Because it rained."
    assert_findings(text, RULE, [])
    config = {"rules": {RULE: {"min-words": 3}}}
    assert_findings(text, RULE, [(1, 18, 36)], config=config)


def test_plain_text_positions_and_message():
    text = "Talks Stall\nThe talks stalled on Monday. Whereas last week both sides sounded hopeful.\n"
    (diagnostic,) = lint_text(text, path="story.txt", config={"select": [RULE]})
    assert (diagnostic.line, diagnostic.column, diagnostic.end_column) == (2, 30, 75)
    assert diagnostic.message == 'Sentence fragment: a subordinate clause ("Whereas ...") with no main clause'
