"""house/sentence-fragment: verbs the tagger misread after a subject with its modifier, and relative clauses that
belong to a sentence's source. A share of a group takes the group's number, so a verb's form after a share of a group
with a complete participle phrase agrees with it and may be the main verb ("Most of the ferries serving the islands
date from the 1980s."); the same subject with no verb after its phrase is a fragment. A relative clause on the source
after "according to" is no clause of what the sentence says: the sentence is read without its source, and a fragment
stays one."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The tide turned just after noon. "

# A share of a group, a participle phrase on the group, and the verb agreeing with the group.
VERB_AFTER_SHARE_WITH_PARTICIPLE = [
    "Most of the ferries serving the islands date from the 1980s.",
    "Some of the buses running on the route date from 2004.",
    "Many of the families living on the estate sympathise with the tenants.",
    "Most of the nurses working on the ward commute from the valleys.",
    "Many of the farmers growing rice on the delta struggle with the drought.",
    "Some of the pupils sitting the exam live more than an hour away.",
    "Most of the boats moored in the harbour belong to weekend sailors.",
    "Several of the trains serving the coast run only in summer.",
    "All of the houses facing the river flood every few winters.",
    "Most of the workers hired last spring come from the north.",
    "Some of the firms bidding for the contract employ fewer than ten people.",
    "Most of the cars parked along the pier belong to anglers.",
    "Many of the children attending the school speak two languages.",
    "Some of the drivers waiting at the border sleep in their cabs.",
    "Most of the volunteers staffing the shelter retire in their sixties.",
    "Many of the trees planted after the storm thrive in the wet soil.",
    "Several of the wells drilled in the 1990s supply the town.",
    "Most of the pensioners living alone rely on the bus.",
    "Many of the fishermen working the outer banks sell their catch in Grimsby.",
    "Most of the lorries crossing the bridge come from the port.",
    "Several of the miners trapped underground survived the night.",
]

# The same subjects with only phrases of place and time after them.
SHARE_WITH_PARTICIPLE_ONLY = [
    "Most of the ferries serving the islands in the summer months.",
    "Some of the buses running on the route since 2004.",
    "Many of the families living on the estate near the river.",
    "Most of the nurses working on the ward during the strike.",
    "Many of the farmers growing rice on the delta for export.",
    "Some of the pupils sitting the exam in the sports hall.",
    "Many of the shops lining the high street in the old town.",
    "Several of the trains serving the coast during the holidays.",
    "All of the houses facing the river on the eastern bank.",
    "Many of the students renting rooms in the old town.",
    "Many of the children attending the school on the hill.",
    "Some of the drivers waiting at the border since Monday.",
    "Most of the volunteers staffing the shelter at weekends.",
    "Many of the trees planted after the storm in the park.",
    "Several of the wells drilled in the 1990s near the village.",
    "Most of the pensioners living alone in the upland farms.",
    "Many of the fishermen working the outer banks in winter.",
    "Most of the ferries sailing to the islands from the northern port.",
    "Several of the clinics serving the hill villages in the winter.",
    "Many of the vans delivering parcels in the city centre at night.",
    "Some of the walkers crossing the moor in thick fog on Sunday.",
    "All of the schools closing early because of the heat.",
]

# Complete sentences whose source, after "according to", has a relative clause.
SOURCE_WITH_RELATIVE_CLAUSE = [
    "Many of them sympathise with the strikers, according to Ana Ruiz, who chairs the growers' association.",
    "Most of them volunteer at weekends, according to Tom Okafor, who runs the shelter on Mill Road.",
    "Many of them commute from the valleys, according to Priya Nair, who manages the station.",
    "Several of them farm rice on the delta, according to a survey that the ministry published in May.",
    "Most of them livestream their races, according to Jon Berg, who coaches the club's junior squad.",
    "Many of them rent rooms in the old town, according to a charity that works with students.",
    "Some of them fish the outer banks in winter, according to Lena Park, who heads the harbour board.",
    "Most of them sympathise with the dockers, according to the union official who led the talks.",
    "Many of them organise food drives every month, according to Omar Haddad, who founded the network.",
    "Several of them finance their studies with night shifts, according to a report which the university commissioned.",
    "Many of them criticise the new timetable, according to Sara Lind, who represents the ward on the council.",
    "Most of them recognise the risks, according to a poll that the newspaper ran in June.",
    "Many of them specialise in heart surgery, according to Dr. Amit Rao, who trains them.",
    "Some of them realise the scale of the problem, according to Maria Costa, who wrote the report.",
    "Many of them prioritise rent over food, according to a study that tracked 2,000 households.",
    "Most of them apologise for the delays, according to Kate Moss, who manages the call centre.",
    "Many of them mobilise quickly after storms, according to the officer who coordinates the volunteers.",
    "Several of them emphasise safety over speed, according to Ian Cho, who inspects the sites.",
    "Most of them utilise the new cycle lanes, according to a count that the council carried out in April.",
    "Many of them capitalise on the tourist season, according to Rosa Diaz, who runs the chamber of commerce.",
    "Most of them summarise the evidence fairly, according to the judge who reviewed the files.",
    "Prices of fresh fruit climb in the winter months, according to traders who sell at the market.",
    "Levels of river pollution peak after heavy rain, according to scientists who sample the water.",
    "Her version of events tallies with the driver's statement, according to the officer who took it.",
    "Much of the country's coffee ships through the northern port, according to the exporters who use it.",
    "Many of the families living on the estate sympathise with the tenants, according to the priest who visits them.",
    "The three bonefish drift within range, according to the guide who has fished the flat for years.",
    "Most of the cash from the appeal funds meals for pensioners, according to the charity that runs it.",
]

# Fragments, whatever the source after them.
FRAGMENTS_WITH_A_SOURCE = [
    # a source set in commas inside the fragment
    "Officers who, according to the prosecutor's office, took bribes to let lorries through the border.",
    "The new pier that, according to the council, will open in May after years of delays.",
    "Because the harbour, according to the pilots, is too shallow for the largest ferries.",
    "A record harvest for the growers on the delta, according to Ana Ruiz, who chairs their association.",
    "Because the strikers rejected the offer, according to Lena Park, who heads the harbour board.",
    "The worst flooding in the valley for decades, according to a survey that the ministry published.",
    "Several of them welders with twenty years at the yard, according to the manager who hired them.",
    "A blow for the town's shops after a long winter, according to Rosa Diaz, who runs the chamber of commerce.",
    "Which meant the ferry stopped for the rest of the winter, according to the captain who sailed it.",
    "Although the council had promised new buses, according to Sara Lind, who represents the ward.",
    "The lowest turnout since the state began keeping records, according to the clerk who counted the votes.",
    "Especially the dairy farms along the river, according to Ian Cho, who inspects them.",
    "Leaving thousands of homes without power for days, according to the utility that serves the county.",
    "Since the mill closed and most of the young people moved away, according to Maria Costa, who wrote the report.",
    "To cut waiting times at the two clinics, according to Dr. Amit Rao, who runs them.",
    "A heavy burden for tenants already behind on their rent, according to a charity that works with them.",
    "In the wake of the worst storm in a generation, according to the officer who coordinates the volunteers.",
    "The new bridge that the city promised in 2019, according to Kate Moss, who chairs the transport committee.",
    "Such as new roofs, ramps and railings, according to Omar Haddad, who manages the fund.",
    "Many of them pensioners living alone, according to Jon Berg, who visits them every week.",
    "Unless the ministry releases the money before the end of the year, according to the head teacher "
    "who wrote to parents.",
    "A bitter end to a long season for the club, according to the coach who took over in May.",
    "Dozens of unpaid invoices and two missing trucks, according to the auditor who examined the books.",
]


@pytest.mark.parametrize("sentence", VERB_AFTER_SHARE_WITH_PARTICIPLE)
def test_a_verb_agreeing_with_a_share_of_a_group_after_its_participle_phrase_may_be_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", SHARE_WITH_PARTICIPLE_ONLY)
def test_a_share_of_a_group_with_only_its_participle_phrase_is_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize("sentence", SOURCE_WITH_RELATIVE_CLAUSE)
def test_a_relative_clause_on_the_source_is_no_clause_of_the_sentence(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", FRAGMENTS_WITH_A_SOURCE)
def test_a_fragment_with_a_source_after_it_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)
