"""house/sentence-fragment: a preposition the parser took for a subordinator. "For" and a noun, or "as" and a bare
noun for people (a role), inside a relative or participle clause on the noun phrase the parser made the sentence:
the finite verb after that noun may be the main verb, and the rule stays silent. The same clauses opened by a true
subordinator, or with no verb after them, or inside a subordinate clause, stay fragments. A "that" right after a verb
and right before a comma, with no second comma before the next clause's verb, is the demonstrative object of that verb,
and the clause after the comma the main one; a subordinator "that" before a comma opens an aside a second comma
closes."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The tide turned just after noon. "

# Complete sentences: the verb after "for" or "as" and its object is the main verb.
MAIN_VERB_AFTER_PREPOSITION = [
    "Several writers who left Sri Lanka as children attended the festival for the first time.",
    "Many nurses who trained in Manila as students returned to work in the capital.",
    "Two poets who fled the city as teenagers read their work at the library on Friday.",
    "Families who arrived in the town as refugees opened most of the shops on the high street.",
    "Three players who joined the club as schoolboys signed new contracts on Monday.",
    "Residents who moved to the estate as pensioners formed a committee last year.",
    "A woman who worked at the mill as a girl unveiled the plaque on Saturday.",
    "Engineers who started at the yard as apprentices now run the whole plant.",
    "Singers who performed there as amateurs filled the hall again this spring.",
    "Reactions from riders waiting for trains to the coast ranged from resigned to furious.",
    "Complaints from drivers waiting for permits at the border doubled in the last year.",
    "Queues of parents waiting for places at the school stretched around the block.",
    "Shoppers hunting for bargains in the January sales crowded the main street.",
    "Residents pressing for a new bridge across the river collected 4,000 signatures.",
    "Tenants waiting for repairs to their flats took the council to court.",
    "Calls from campaigners for tighter rules on the river grew louder after the spill.",
    "Fans queuing for tickets outside the stadium sang through the night.",
    "Volunteers searching for the missing climber found his tent near the summit.",
    "Workers who joined the union as volunteers still lead most of its branches.",
    "Several officers who served in the city as constables testified at the inquiry.",
    "Doctors who came to Britain as migrants founded the clinic in 1962.",
    "Farmers asking for compensation marched on the ministry on Tuesday.",
    "Pilgrims who walked the route as boys led the procession this year.",
]

# Fragments of the same shape: "as" or "for" opening a clause with a determiner or a noun that names no role, no verb
# after the phrase, or the whole inside a subordinate clause.
STILL_FRAGMENTS = [
    "Several writers who left Sri Lanka as the war began in the north.",
    "Families who fled the town as the river rose through the night.",
    "Riders waiting for the trains that never arrived on Monday.",
    "Drivers waiting for permits at the border since early last week.",
    "Because riders waiting for trains complained about the delays.",
    "Although tenants waiting for repairs took the council to court.",
    "Residents who moved away as the mill closed and the bank shut.",
    "The players who joined the club as its fortunes began to turn.",
    "Shoppers hunting for bargains in the January sales on the high street.",
    "Farmers asking for compensation after the floods in the spring.",
    "The volunteers who searched for the climber until darkness fell.",
    "Queues of parents waiting for places at the new primary school.",
    "While fans queuing for tickets sang outside the stadium.",
    "A woman who worked at the mill as her mother had done before her.",
    "Doctors who came to Britain as the health service was founded.",
    "Complaints from drivers waiting for permits at the border crossing.",
    "Engineers who started at the yard as the first ships were launched.",
    "Parents queuing for places at the only primary school in the valley.",
    "Pupils who joined the school as the new head arrived in September.",
    "Commuters waiting for buses that were cancelled without warning.",
]


@pytest.mark.parametrize("sentence", MAIN_VERB_AFTER_PREPOSITION)
def test_a_verb_after_a_preposition_read_as_a_subordinator_may_be_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", STILL_FRAGMENTS)
def test_a_clause_a_true_subordinator_opens_inside_a_noun_phrase_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


# The demonstrative "that" as the object of an opening phrase's verb, before the comma that closes the phrase.
MAIN_CLAUSE_AFTER_DEMONSTRATIVE = [
    "To measure that, the team weighed the tortoises each spring and fall.",
    "To prevent that, the council closed the road for the whole weekend.",
    "To fix that, engineers replaced every pump in the station last winter.",
    "To test that, researchers tagged 200 salmon in the upper river.",
    "To avoid that, the club sold its two most expensive players in January.",
    "To counter that, the ministry doubled the grant for rural schools.",
    "To change that, the board hired a new director from a rival firm.",
    "To achieve that, the city plans to plant 10,000 trees by 2030.",
    "To check that, inspectors visited every farm in the valley in May.",
    "To show that, the lawyers played the recording to the jury on Tuesday.",
    "To afford that, the family sold the house and moved to a smaller town.",
    "To manage that, the hospital opened a second ward for the winter months.",
    "Despite all that, the festival drew a record crowd on its final night.",
    "Having heard that, the judge adjourned the hearing until next month.",
    "After saying that, the minister left the chamber without taking questions.",
    "To cover that, the county raised the property tax by two percent.",
    "To stop that, the port authority installed new gates at the entrance.",
    "To remedy that, the school added an extra maths lesson every week.",
    "To prove that, the scientists repeated the experiment on three islands.",
    "To explain that, the author spent two years in the archives in Lisbon.",
    "To pay for that, the ferry operator raised fares by a tenth.",
]

# A subordinator "that" before an aside set in commas, or with no comma at all: no main clause.
THAT_CLAUSE_FRAGMENTS = [
    "To show that, in the end, the plan worked better than expected.",
    "To make sure that, when the storm comes, the pumps keep running.",
    "To prove that the team weighed the tortoises each spring and fall.",
    "To ensure that, as officials promised, every voter receives a ballot.",
    "To show that the council closed the road for the whole weekend.",
    "To check that the engineers replaced every pump in the station.",
    "To make sure that every farm in the valley gets a visit in May.",
    "To argue that, despite the cuts, the schools were doing well.",
    "To confirm that the scientists repeated the experiment on three islands.",
    "To prove that, whatever the critics say, the ferry can pay its way.",
    "To suggest that, over the long term, the port will need new gates.",
    "Because officials insisted that, after the vote, the grant would rise.",
    "Although the minister said that, during the talks, the union had agreed.",
    "To demonstrate that the county could raise the tax without a vote.",
    "To make clear that, from now on, the club will not sell its players.",
    "To ensure that the hospital can open a second ward for the winter.",
    "To claim that, in the end, nobody was harmed by the spill.",
    "Since the report found that, in most towns, the buses ran late.",
    "To prove that the author had spent two years in the archives.",
    "To show that, on most days, the trains ran on time.",
]


@pytest.mark.parametrize("sentence", MAIN_CLAUSE_AFTER_DEMONSTRATIVE)
def test_the_clause_after_a_demonstrative_that_and_its_comma_is_the_main_one(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", THAT_CLAUSE_FRAGMENTS)
def test_a_that_clause_with_an_aside_or_without_a_comma_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)
