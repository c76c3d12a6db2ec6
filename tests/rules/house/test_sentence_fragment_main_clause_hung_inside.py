"""house/sentence-fragment: a main clause the parser hung inside the clause the sentence opens with.

An opening subordinate clause with no comma before the main clause: the parser may make the main clause the object of
the subordinate verb, or a relative clause on that verb's object. A finite clause with its own subject, running to the
end, is no object of a verb that takes no clause ("succeed", "improve"), and no relative clause on a noun when it has
an object of its own and no relative word (no gap for the noun); a verb that takes a clause ("say", "tell", "warn")
keeps it, and a clause with a gap stays relative. An opening gerund's clause of comparison ("as it was"), whose verb
the parser made an auxiliary of the main verb, does not subordinate that verb when each has its own subject."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The season has been a difficult one. "

# An opening subordinate clause, then the main clause with no comma: complete sentences.
MAIN_CLAUSE_WITHOUT_COMMA = [
    # the main clause as the object of a verb that takes no clause
    "Whether or not the strike ends the union will hold its conference in May.",
    "Whether or not the rain stops the organisers will open the gates at noon.",
    "Whether or not the talks resume the strike will start on Monday.",
    "Whether or not the vote passes the mayor will stand again in May.",
    "Although the hotel thrived the owners sold it in 2019.",
    "Unless the rain eases the organisers will cancel the parade.",
    # the main clause, with an object of its own, as a relative clause on the subordinate verb's object
    "When the inspectors examined the ledgers they found a shortfall of £2 million.",
    "When the divers searched the wreck they recovered three bodies.",
    "Once the engineers inspected the dam they ordered an evacuation of the valley.",
    "When the auditors reviewed the contracts they discovered a second fraud.",
    "Before the rangers cleared the trail they closed the car park.",
    "When the medics reached the village they treated forty people for burns.",
    "When the firefighters searched the building they found two children in a cupboard.",
    "After the divers examined the hull they located a crack near the keel.",
    "Once the surveyors measured the site they drew a new boundary.",
    "When the inspectors visited the farm they seized sixty sheep.",
    "After the rangers surveyed the forest they counted three hundred deer.",
    "When the paramedics reached the crash they freed the driver within minutes.",
    "Before the police raided the warehouse they sealed both exits.",
    "When the teachers marked the papers they noticed a pattern of errors.",
]

# The same shapes with no main clause: what a verb of saying, knowing or showing reports (also after a person), a
# relative clause with its gap, a subordinate clause and a phrase.
SUBORDINATE_ONLY = [
    "Because officials think the dam is weak after the winter storms.",
    "When the inspectors examined the ledgers they had been given by the bank.",
    "Because the council rejected the plan residents drew up last year.",
    "If the minister approves the scheme the engineers designed in 2019.",
    "Whether or not the strike ends before the conference in May.",
    "Although the ministers said the budget would balance by the end of the year.",
    "After the company announced it would close the plant in Sheffield.",
    "When the divers searched the wreck the navy had located in the spring.",
    "Once the engineers warned the council the dam could fail within a month.",
    "Because the board knew the bidders would raise their price again.",
    "When the medics reached the village the floods had cut off for a week.",
    "Until the council admits the bridge needs a full repair.",
    "If the report shows the hospital has too few nurses on its night shifts.",
    "Because the coach believed the team could still win the league.",
    "While the crews repaired the line the storm had brought down overnight.",
    "Although the police searched the flat the suspect rented in the city centre.",
    "When the rangers cleared the trail the volunteers had built over the summer.",
    "As the volunteers cleared the beach the storm had covered in plastic.",
    "Once the surveyors measured the site the council wanted to sell.",
    "When the inspectors visited the farm the ministry had placed under quarantine.",
    "Because the police knew the gang had fled across the border.",
    "If the minister confirms the hospital will close at the end of the year.",
    "Whether or not the weather improves before the weekend.",
    "Before the teachers marked the papers the pupils had sat in June.",
    "When the paramedics reached the crash the police had reported at dawn.",
    "Because the engineers showed the council the dam was close to failing.",
]

# An opening gerund with a clause of comparison, then the main verb: complete sentences.
GERUND_WITH_COMPARISON = [
    "Leaving the old quay as it was has disappointed the fishermen.",
    "Leaving the old station as it was has upset the commuters.",
    "Restoring the tram depot exactly as it was has thrilled the enthusiasts.",
]

# The same opening with no main verb: participle phrases, and subordinate clauses around the comparison.
GERUND_WITH_COMPARISON_FRAGMENTS = [
    "Restoring the old mill exactly as it was before the fire.",
    "Rebuilding the harbour wall as it was in the 1890s.",
    "Keeping the station as it was when the first trains ran.",
    "Repainting the murals as they were when the hall opened.",
    "Rebuilding the bandstand just as it was before the war.",
    "Leaving the old quay as it was for the fishermen who use it.",
    "Restoring the chapel roof as it was in the eighteenth century.",
    "Reopening the line as it was before the cuts of the 1960s.",
    "Rebuilding the theatre exactly as it was when it burned down.",
    "Keeping the market hall as it is for the traders who rent stalls.",
    "Running the service as it was until the operator went bankrupt.",
    "Rebuilding the pier exactly as it stood before the storm of 1987.",
    "Because the old mill, as it was, had cost the trust too much.",
    "Although the harbour wall as it was has been rebuilt twice.",
    "Since the station as it was had closed in 1965.",
    "Repainting the murals as the artists had painted them.",
    "Leaving the quay as the fishermen had always known it.",
    "Restoring the roof as the architect had drawn it in 1790.",
    "Reopening the line as the campaigners had demanded for years.",
    "Keeping the hall as the traders had asked in their petition.",
    "Rebuilding the theatre as it had been before the fire destroyed it.",
    "Running the buses as they had run before the strike.",
]


@pytest.mark.parametrize("sentence", MAIN_CLAUSE_WITHOUT_COMMA + GERUND_WITH_COMPARISON)
def test_a_main_clause_the_parser_hung_inside_the_opening_clause_is_not_flagged(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", SUBORDINATE_ONLY + GERUND_WITH_COMPARISON_FRAGMENTS)
def test_an_opening_clause_or_phrase_of_the_same_shape_alone_is_flagged(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)
