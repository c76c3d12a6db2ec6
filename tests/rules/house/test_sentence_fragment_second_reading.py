"""house/sentence-fragment's second reading: a sentence it would flag is parsed again with a word that may be its
main verb replaced by a verb of the same form and valency that is nothing but a verb; if that verb then heads the
main clause after a subject it agrees with, the sentence can be read as complete and the rule stays silent."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The tide turned just after noon. "

# Complete sentences whose main verb the tagger read as a noun, after a singular-looking noun a number other than one
# counts: that noun cannot head its phrase, so the word after it may be the verb.
READ_AS_COMPLETE = [
    "Back on the flat, the three bonefish drift within range.",
    "Down in the shallows, the four bonefish circle near the boat.",
    "Out past the reef, the three tarpon roll at first light.",
    "In the shallows, the nine bonefish mill around the boat.",
]

# The same surface shapes with no main clause under the second reading: a compound's head after a share of a group
# or a number, a year or a measure before the noun, a participle of a verb that takes an object or with its agent,
# a verb joined to a clause before or to a participle, a comma between the noun and the verb, a plural share before
# an "-s" form.
STILL_FRAGMENTS = [
    "Most of the village's bus services.",
    "Some of the region's dairy farms.",
    "All of the town's street lights.",
    "Not all of the new storm drains.",
    "The 2024 budget plan for the northern towns.",
    "A 10 percent cut in bus fares.",
    "The leaves blown from the trees in the storm.",
    "The three bonefish in the shallows by the reef.",
    "Especially the three sheep farms on the ridge.",
    "The four petrol stations along the bypass.",
    "Each of the two village halls.",
    "The five trout farms along the river.",
    "A winter in which the mill shut and its last weaver left for Leeds.",
    "A lane widened in the 1960s and resurfaced by the council last spring.",
    "The barns flooded by the river in the spring.",
    "The new footbridge, opened last autumn.",
    "Several of them volunteers from the lifeboat station.",
    "A storm surge of two metres along the coast.",
    "The old covered market stalls in the square.",
    "The two village shops that closed after the bypass opened.",
    "Hundreds of unpaid bills, three broken boilers and a leaking roof.",
    # a verb in a relative or subordinate clause, a participle after a comma, a preposition's phrase
    "Many who once lived in the old mill cottages.",
    "The three trawlers that drifted onto the rocks in the gale.",
    "Especially the two ferries that sail to the outer islands.",
    "Despite the fact that the council voted.",
    "Such as the schools and the library.",
]


@pytest.mark.parametrize("sentence", READ_AS_COMPLETE)
def test_a_sentence_the_second_reading_finds_complete_is_not_flagged(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", STILL_FRAGMENTS)
def test_a_fragment_the_second_reading_finds_no_main_clause_in_is_flagged(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)
