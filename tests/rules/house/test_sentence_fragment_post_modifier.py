"""house/sentence-fragment: a main verb after a subject whose noun a complete participle phrase or relative clause
modifies, whatever its tag, and the same subjects with no such verb."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

BEFORE = "The figures were released on Monday. "

# A participle with its complement, or a relative clause with its verb and complement, then a word whose form may be a
# finite verb agreeing with the head noun, with its own complement: an object, a name and what follows it, a count of
# time, or a preposition after a present tense of a verb used without an object.
SENTENCES = [
    "A medical report put before the tribunal described Hendry as posing little danger to the public.",
    "A psychiatric assessment put before the jury described Quigley as suffering from depression.",
    "Ferries crossing the channel from Rosslare average three hours and 15 minutes at sea.",
    "A plan drawn up by the port company shifts most freight traffic to the night.",
    "Cattle grazing the hills above the town drink from streams fed by the glacier.",
    "Patients whose operations were postponed before Christmas wait an average of 14 weeks.",
]

# The same subjects with no verb after the modifier, or a second participle joined by "and", or a comma: fragments.
FRAGMENTS = [
    "A survey carried out by the union among nurses in the north.",
    "A report commissioned by the regional council in 2023.",
    "Children whose parents work night shifts at the plant.",
    "A painting stolen from the gallery in 1990 and never recovered.",
    "Tenants living in the tower blocks near the station.",
    "Buses running through the city centre after midnight.",
    "Councillors opposing the plan, most of them from the opposition.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_verb_after_a_complete_post_modifier_is_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_a_noun_and_its_modifier_without_a_verb_after_them_is_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        "She died at her home in Killough, Co. Down, with her husband and three of her grandchildren beside her.",
    ],
)
def test_an_abbreviation_after_a_comma_opens_a_name_and_ends_no_sentence(sentence):
    assert_findings(BEFORE + sentence, RULE, [])
