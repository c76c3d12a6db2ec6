"""house/unattributed-claim: what the sentence itself credits or only names. A closing speaker the parser hung on the
words before its comma, a poll that holds the group of an amount, a second "that" clause a named speaker reports,
and a term a verb of naming gives vouch for the claim or make none; a noun with an article of its own in the words
that place a group is no verb the parser misread. The same shapes with a vague source stay flagged."""

import pytest

from helpers import assert_findings, assert_flags_span, findings

RULE = "house/unattributed-claim"

CLOSING_SPEAKER_HUNG_BEFORE = [
    "The outbreak is thought to have begun at a wedding in Kano, the Nigeria Centre for Disease Control said.",
    "The ward is known to staff as the Lighthouse because of its tall windows, its matron, Clare Dunn, said.",
    "The blaze is believed to have started in a tumble dryer, the Kent Fire and Rescue Service said.",
    "The vessel is thought to have sunk in about 40 metres of water near the harbour, the Maritime and Coastguard "
    "Agency said.",
    "The gunman is believed to have acted alone in the attack on the depot, the head of the regional police, Anna "
    "Berg, said.",
    "The painting is thought to have hung in the chapel until 1870, the museum's curator, Paolo Conti, said.",
]
IN_A_NAMED_POLL = [
    "A majority of voters in the Quinnipiac University poll said the economy was getting worse.",
    "Most of the growers in a Teagasc survey said prices had fallen below the cost of production.",
    "A third of the nurses in the Royal College of Nursing survey said they planned to leave within a year.",
]
NOUN_WHERE_THE_GROUP_IS = [
    "Most participants in the Harvard study slept less than seven hours a night.",
    "Several patients in the Karolinska trial walked unaided within a week.",
    "Many pupils in the county's pilot scheme read two years ahead of their age.",
]
TERMS_GIVEN = [
    "According to the Irish weather service, the storm deepened rapidly over the Atlantic on Wednesday, a process "
    "meteorologists call explosive cyclogenesis.",
    "Opponents of the scheme had said that wider roads would only draw more traffic, a pattern transport planners "
    "call induced demand.",
    "The river flooded twice in a month, an event hydrologists call a compound flood.",
]
SECOND_THAT_CLAUSE = [
    "Judge Mary Walsh said the number of drink-driving cases coming before the courts had climbed sharply since new "
    "penalties took effect, and that many motorists appeared not to understand that the limits had changed.",
    "Judge Aideen Corry said the number of prosecutions coming before the courts had risen sharply since the rules "
    "changed, and that many riders appeared not to understand the law.",
    "The coroner said the crash happened shortly after midnight, and that several witnesses believed the van had been "
    "speeding.",
    "The minister said exports had fallen for a third month, and that most economists expected a recovery by spring.",
]


@pytest.mark.parametrize(
    "text", CLOSING_SPEAKER_HUNG_BEFORE + IN_A_NAMED_POLL + NOUN_WHERE_THE_GROUP_IS + TERMS_GIVEN + SECOND_THAT_CLAUSE
)
def test_claims_the_sentence_credits_or_only_names_pass(text):
    assert_findings(text, RULE, [])


def test_a_term_given_inside_a_vague_claim_is_no_claim_of_its_own():
    text = (
        "Opponents had argued that more lanes would simply attract more lorries — a pattern transport experts call "
        "induced demand — and that rail deserved the money."
    )
    assert_flags_span(text, RULE, "Opponents had argued")


# A vague speaker closing the sentence: the hedge and the group are both flagged.
VAGUE_CLOSING_SPEAKERS = [
    ("The outbreak is thought to have begun at a wedding in Kano, many doctors said.", "many doctors said"),
    ("The bridge is thought to be unsafe, some engineers said.", "some engineers said"),
    ("The tower is believed to date from 1300, several historians said.", "several historians said"),
    ("The plan is widely expected to fail, critics said.", "critics said"),
    ("The vessel is thought to have sunk near the harbour, some divers in the town said.",
     "some divers in the town said"),
    ("The fire is believed to have started in the kitchen, some neighbours said.", "some neighbours said"),
    ("The ship is said to have carried gold, many islanders believe.", "many islanders believe"),
]


@pytest.mark.parametrize(("text", "span"), VAGUE_CLOSING_SPEAKERS)
def test_vague_closing_speakers_stay_flagged(text, span):
    column = text.index(span) + 1
    assert (1, column, column + len(span)) in findings(text, RULE)
    assert len(findings(text, RULE)) == 2  # (the hedge too)


VAGUE_SHAPES = [
    ("A majority of voters in the state say the economy is getting worse.", "A majority of voters in the state say"),
    ("A majority of anglers on the river say the salmon run has collapsed.",
     "A majority of anglers on the river say"),
    ("Most commuters in the suburbs say the new timetable is worse.", "Most commuters in the suburbs say"),
    ("Many voters in Ohio's 9th District doubt the incumbent will win.", "Many voters in Ohio's 9th District doubt"),
    ("Several fishermen in Lofoten reckon the cod stocks are recovering.", "Several fishermen in Lofoten reckon"),
    ("Several growers around Mildura reckon the frost cost them half the crop.",
     "Several growers around Mildura reckon"),
    ("Some traders in Lagos reckon the naira will fall further.", "Some traders in Lagos reckon"),
    ("Some sources inside the club say manager Bruno Salgado has lost the dressing room.",
     "Some sources inside the club say"),
    ("Some critics call the plan a sham.", "Some critics call"),
    ("Several historians have called the treaty a blunder.", "Several historians have called"),
    ("Many economists call the policy reckless.", "Many economists call"),
    ("Some residents call the new tower an eyesore.", "Some residents call"),
    ("Critics have called the stadium deal a giveaway.", "Critics have called"),
    ("Many birdwatchers call the marsh a national treasure.", "Many birdwatchers call"),
    ("The mayor said the budget was balanced, and some economists believe she is right.", "some economists believe"),
    ("The mayor said the budget was balanced, but many economists doubt that the figures add up.",
     "many economists doubt"),
    ("The governor said the budget was balanced, and many analysts doubt that the figures add up.",
     "many analysts doubt"),
    ("The coroner said the crash happened shortly after midnight, but several witnesses believe the van was "
     "speeding.", "several witnesses believe"),
    ("Police said the road would reopen on Monday, but some residents fear it will take longer.",
     "some residents fear"),
]


@pytest.mark.parametrize(("text", "span"), VAGUE_SHAPES)
def test_vague_sources_of_the_same_shapes_stay_flagged(text, span):
    assert_flags_span(text, RULE, span)
