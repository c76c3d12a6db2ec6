"""house/sentence-fragment: a relative clause's verbs taken for the main verb. A verb that follows "and", "or" or
"but" right after a relative clause (any adverbs between), with no finite verb after it, is that clause's second verb,
never the predicate of the noun phrase before the coordinator: the sentence is a noun phrase and its relative clause.
So is a sentence whose root the parser made the relative clause's verb, with a relative word among its subjects or a
coordinator before it. A finite verb with no subject of its own after an opening subordinator hung on a participle
before it, with no comma between, is that subordinate clause's verb. Complete sentences of the same shapes, with their
main verb after the relative or subordinate clause, stay silent."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The tide turned just after noon. "
# The sentence before an opening "Whereas": a contrast with it.
MARKET = "Shares in the shipping firm fell 12 per cent in early trading in Oslo. "

# Noun phrases whose relative clause has two verbs joined by a coordinator: fragments.
COORDINATED_RELATIVE_FRAGMENTS = [
    "Tenants who pay the rent on time but still face eviction notices.",
    "Players who trained with the first team but never made a league appearance.",
    "Farmers who sold their land to the developer and later regretted the deal.",
    "Nurses who worked through the pandemic but still earn less than agency staff.",
    "Families who fled the fighting in 2014 and never returned to their villages.",
    "Residents who signed the petition but then withdrew their names under pressure.",
    "Drivers who paid the toll for years and now want their money back.",
    "Students who passed the entrance exam but still could not find a place.",
    "Fishermen who lost their boats in the storm and still wait for compensation.",
    "Shopkeepers who backed the scheme at first but soon turned against it.",
    "Volunteers who cleared the beach after the spill and then planted dune grass.",
    "Pensioners who invested their savings in the fund and eventually lost everything.",
    "Officers who joined the force in the 1990s but never rose above sergeant.",
    "Miners who struck in 1984 and still speak of it with bitterness.",
    "Voters who backed the party in 2019 but then switched sides in 2024.",
    "Investors who bought the bonds at launch and quietly sold them a year later.",
    "Refugees who arrived on the island last summer but still sleep in tents.",
    "Pupils who sat the exam in June but still wait for their results.",
    "Workers who joined the union in the spring but never attended a meeting.",
    "Patients who waited on trolleys for hours and still had no bed by midnight.",
    "Cyclists who ride to work in the city but still fear the morning traffic.",
    "Parents who queued at the school gates before dawn and still missed out.",
    "Sailors who served on the ship in the war and later wrote about it.",
    "Councillors who voted for the plan in May but then changed their minds.",
    "Athletes who trained at altitude for months but never qualified for the final.",
    "Customers who complained to the bank in writing but never got a reply.",
    "Farmers who grazed sheep on the hills for generations and now face new rules.",
    "Teachers who struck in the autumn but still marked the exams.",
    "Commuters who travel by train every day but rarely find a seat.",
    "Graduates who studied abroad for a year and then struggled to find work.",
    "Fans who travelled to the final by coach but never reached the stadium.",
    "Villagers who protested outside the quarry for weeks and finally won the case.",
    "Doctors who worked in the clinic for decades but never earned a pension.",
    "Drivers who waited at the border for days and eventually turned back.",
    "Widows who relied on the fund for decades and suddenly lost their income.",
    "Crews who fought the fire through the night and barely slept for two days.",
    "Pilots who flew for the airline in the 1980s but now live on tiny pensions.",
    "Builders who finished the tower in 2016 but never fixed the cladding.",
    "Migrants who crossed the channel in small boats and now wait in hotels.",
    "Residents who moved into the estate in the 1970s and still remember the floods.",
]

# Relative clauses whose verb the parser may make the root.
RELATIVE_ROOT_FRAGMENTS = [
    "One of the few economists anywhere who predicted the 2008 crash.",
    "A plan that cuts library hours but protects funding for adult social care.",
    "The only surgeon nationwide who performs the operation on young children.",
    "Many of the volunteers locally who cleared the beach after the oil spill.",
    "A court that hears appeals from the islands but sits only in the capital.",
]

# Complete sentences: a main verb after the relative clause, coordinated main predicates, a verb after a coordinator
# followed by the main verb.
MAIN_VERB_BESIDE_RELATIVE = [
    "Tenants who pay the rent on time but still face eviction notices have taken the landlord to court.",
    "Players who trained with the first team but never made a league appearance were released on Friday.",
    "Pupils who sat the exam in June but still wait for their results have written to the board.",
    "Workers who joined the union in the spring and attended every meeting voted against the deal.",
    "Councillors who voted for the plan in May but then changed their minds now face a recall vote.",
    "Customers who complained to the bank in writing were offered compensation last week.",
    "Doctors who worked in the clinic for decades but never earned a pension are suing the trust.",
    "Pilots who flew for the airline in the 1980s now live on tiny pensions.",
    "Refugees who arrived on the island last summer still sleep in tents.",
    "Tenants who pay the rent on time face eviction notices all the same.",
    "Players who trained with the first team made their debut on Saturday and scored twice.",
    "Voters who backed the party in 2019 switched sides in 2024 and stayed away in 2025.",
    "Teachers who struck in the autumn marked the exams anyway and returned the scripts on time.",
    "Fishermen who lost their boats in the storm met the minister and demanded compensation.",
    "Residents who lost their homes and volunteers who helped them met the mayor on Monday.",
    "A plan that cuts library hours but protects funding for adult social care was approved on Tuesday.",
    "A charity that feeds the homeless and runs two night shelters has lost its main donor.",
    "The council cut library hours but protected funding for adult social care.",
    "The club sold its best player in January and never found a replacement.",
    "Economists who predicted the crash were largely ignored by the government.",
    "Several economists abroad who predicted the crash have since advised the Treasury.",
    "The few surgeons nationwide who perform the operation say demand has doubled.",
    "Families who fled the fighting in 2014 returned to their villages last spring.",
    "Whereas rival operators listed on the same exchange barely moved, Halvorsen fell 12 per cent.",
    "While farmers living near the river barely noticed the change, growers in the hills lost their crops.",
    "Whereas schools funded by the county escaped the cuts, academies lost a tenth of their budgets.",
    "Although shops trading on the high street reported higher sales, the market hall stayed empty.",
    "Because drivers using the bridge paid the toll, the county kept the road open all winter.",
    "Whereas most firms expected growth, the survey found that orders fell in March.",
    "Since workers hired last year started in the new plant, output has doubled.",
    "Investors who bought the bonds at launch sold them a year later at a loss.",
    "Nurses who worked through the pandemic still earn less than agency staff, the union says.",
    "Sailors who served on the ship in the war gathered at the harbour and laid a wreath.",
    "The ferry crossed twice a day but stopped running when the wind rose.",
    "Crews fought the fire through the night and barely slept for two days.",
    "Shopkeepers backed the scheme at first but soon turned against it.",
    "The miners who struck in 1984 still speak of it with bitterness, and their sons do too.",
    "The drivers who waited at the border for days eventually turned back and went home.",
    "Graduates who studied abroad struggled to find work and many moved back in with their parents.",
    "A singer who wrote her first songs in a garage later sold millions of records.",
    "The regulator that oversees the banks lacks the power to fine them, MPs said.",
    "The companies that the state says dumped solvents into the river deny any wrongdoing.",
    "People who rent and people who own their homes will both pay the new levy.",
    "Anyone who signs up this week and pays the fee gets a free lesson.",
    "Villagers who protested outside the quarry for weeks finally won the case in June.",
    "The school that teaches 400 pupils but has only one laboratory will get a new science block.",
    "Cyclists who ride to work in the city fear the morning traffic, a survey found.",
]

# Subordinate clauses whose subject a participle phrase modifies, with no main clause.
SUBORDINATE_FRAGMENTS = [
    "Whereas rival operators listed on the same exchange barely moved during the morning session.",
    "Whereas airlines based in Dublin largely kept their fares at last year's level.",
    "Although tenants living in the older blocks mostly paid their rent on time.",
    "Whereas most farms located in the valley quickly recovered from the floods.",
    "While shops selling fuel along the motorway barely raised their prices.",
    "Because workers employed by the agency rarely received holiday pay.",
    "Although players signed from abroad rarely settled in the northern town.",
    "Whereas houses built before the war mostly survived the earthquake.",
]

# Complete sentences: the same subordinate clauses with the main clause after their comma, and opening clauses and
# phrases with a main clause after them.
MAIN_CLAUSE_AFTER_SUBORDINATE = [
    "Whereas rival operators listed on the same exchange barely moved, Halvorsen fell 12 per cent.",
    "Whereas airlines based in Dublin largely kept their fares, Ryanair raised its prices.",
    "Although tenants living in the older blocks mostly paid their rent, arrears rose elsewhere.",
    "Whereas most farms located in the valley quickly recovered, the hill farms lost a season.",
    "While shops selling fuel along the motorway barely raised their prices, town garages charged more.",
    "Because workers employed by the agency rarely received holiday pay, the union went to court.",
    "Although players signed from abroad rarely settled, the club kept buying them.",
    "Whereas houses built before the war mostly survived, newer blocks collapsed.",
    "Whereas drivers caught speeding in the zone mostly paid the fine, cyclists went unpunished.",
    "Although families housed in the hotel finally moved to flats in March, dozens remain there.",
    "Whereas pupils taught in the new building did better, their classmates fell behind.",
    "Whereas banks regulated in the country largely avoided the crisis, insurers did not.",
    "While most firms listed in London barely moved, the smaller index fell sharply.",
    "If elected she will serve a full four-year term on the council.",
    "While in Geneva the minister will meet her counterparts from Iran and Oman.",
    "Because the budget arrived late the vote was postponed until Friday.",
    "Once repaired the bridge will carry twice as much traffic as before.",
    "Whereas shares traded in Oslo barely moved, those traded in Stockholm climbed.",
    "Since workers hired last year started in the new plant, output has doubled.",
    "Though tired after the long flight, the team trained on Monday morning.",
    "Because passengers stranded at the airport slept on the floor, the airline paid for hotels.",
    "While rents charged in the city centre rose by a fifth, wages barely moved.",
    "Although the shares listed in New York fell, the group's bonds held steady.",
    "As prices quoted by the dealers rose, buyers moved to cheaper models.",
    "Until the pumps ordered in May arrive, the ward will stay closed.",
    "After the lorries parked on the verge were towed away, the road reopened.",
    "Before the homes damaged in the storm can be rebuilt, the council must clear the debris.",
    "Whereas the old ferries ran on diesel, the new ones run on batteries.",
    "While most of the ships registered in Panama sailed on, two turned back.",
    "Although the houses built in the 1960s stood firm, their roofs were torn off.",
    "Because the papers signed by the mayor went missing, the deal was delayed.",
    "Whereas students enrolled last year paid no fees, new students will pay £9,000.",
    "When the trains delayed by the storm finally arrived, crowds packed the platforms.",
    "If the drugs approved in Europe reach Britain, waiting lists could fall.",
    "Once the goods seized at the border are returned, the company will reopen.",
    "While staff employed by the council barely noticed the change, contractors lost their jobs.",
    "Although the crops planted in spring mostly survived, the harvest was small.",
    "Whereas homes heated by oil mostly stayed warm, those on the grid went cold.",
    "Because goods shipped from China rarely arrived on time, the shop ran out of stock.",
    "Whereas the lorries parked on the quay barely moved, the vans got through.",
    "Although the flats let to students mostly stood empty, rents kept rising.",
]


@pytest.mark.parametrize("fragment", COORDINATED_RELATIVE_FRAGMENTS + RELATIVE_ROOT_FRAGMENTS)
def test_a_relative_clause_with_a_verb_after_its_coordinator_or_read_as_the_root_is_no_main_clause(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize("sentence", MAIN_VERB_BESIDE_RELATIVE)
def test_a_main_verb_beside_a_coordinated_relative_clause_stays_silent(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", SUBORDINATE_FRAGMENTS)
def test_a_subjectless_verb_after_a_subordinator_on_a_participle_is_the_clause_verb(fragment):
    assert_flags_span(MARKET + fragment, RULE, fragment)


@pytest.mark.parametrize("sentence", MAIN_CLAUSE_AFTER_SUBORDINATE)
def test_a_main_clause_after_a_subordinate_clause_stays_silent(sentence):
    assert_findings(MARKET + sentence, RULE, [])
    assert_findings(BEFORE + sentence, RULE, [])
