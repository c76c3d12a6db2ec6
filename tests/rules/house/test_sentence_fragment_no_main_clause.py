"""house/sentence-fragment: sentences with no main clause that the parse gives one.

A noun the tagger read as a base form that the parser made the root, right after the noun phrase it ends: with no
subject at the sentence's end (an imperative would open its clause), or with a singular subject when WordNet knows no
verb of that form. Subordinate clauses in the present perfect after "once" or "as soon as", the parser taking the
second for the main clause after the first one's comma: after these subordinators a present perfect tells a time still
to come, which no main clause in the present perfect can follow. An infinitive phrase and an aside, the parser taking
"for" and the infinitive's subject for a later clause ("Better late, as the saying goes"): a "for ... to" infinitive is
no finite clause. Complete sentences of the same shapes stay silent."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The talks went on late into the night. "
# The sentence before a list of conditions.
CURFEW = "Officials said the curfew would remain in place. "

# A noun phrase, or an infinitive phrase, whose last noun the tagger read as a base form: fragments.
NOUN_READ_AS_ROOT_FRAGMENTS = [
    "A study of sea grass that survived the marine heatwave off Western Australia.",
    "A survey of the kelp forests that died in the marine heatwave off Tasmania.",
    "A census of the seabirds that starved during the marine heatwave off Alaska.",
    "A study of sea grass that died in the marine heatwave off Western Australia.",
    "A survey of the sea grass meadows that vanished in the marine heatwave off Tasmania.",
    "A study of the kelp forests that shrank during the marine heatwave off Tasmania.",
    "A count of the sea lions that starved during the marine heatwave off California.",
    "A census of the puffins that starved during the marine heatwave off Alaska.",
    "A survey of the seabirds that died during the marine heatwave off Alaska.",
    "A study of the abalone that died during the marine heatwave off Western Australia.",
    "A study of sponges that survived the marine heatwave off Western Australia.",
    "A census of the seals that starved during the marine heatwave off Namibia.",
    "To try, once again, to persuade the other 27 member states to back the fisheries deal.",
    "To try, once again, to persuade the other 12 member states to back the fisheries deal.",
    "To try, once more, to persuade the other 26 member states to back the fisheries deal.",
    "To try, once again, to persuade the other 26 governments to back the fisheries deal.",
    "To try, once again, to persuade the 26 other states to back the fisheries deal.",
    "To try, yet again, to persuade the other 26 member states to back the fisheries deal.",
    "A study of mussel beds that died in the marine heatwave off Chile.",
    "A survey of salmon farms that lost stock in the marine heatwave off Norway.",
    "A count of the penguins that starved during the marine heatwave off Patagonia.",
    "A census of the sea otters that died during the marine heatwave off Oregon.",
]

# Complete sentences: imperatives, plural subjects before a sentence-final verb, the same phrases with a main verb.
NOUN_PHRASE_END_SENTENCES = [
    "To book tickets for the harbour festival, call the box office.",
    "For more information about the fisheries deal, visit the ministry's website.",
    "Most of the families on the northern estate agree.",
    "The ministers of the other member states disagree.",
    "Talks on the fisheries deal resume on Monday.",
    "The other 26 member states back the fisheries deal.",
    "Scientists who study the marine heatwave off Western Australia disagree.",
    "Let the talks on the fisheries deal begin.",
    "Ministers hope to persuade the other member states to back the fisheries deal.",
    "To back the fisheries deal, the minister flew to Brussels on Sunday.",
    "A study of coral reefs that survived the marine heatwave was published on Monday.",
    "The reefs that survived the marine heatwave off Western Australia recover slowly.",
    "Coral reefs off Western Australia survived the marine heatwave last year.",
    "Please keep the doors of the ferry closed during the crossing.",
    "Officials in the three northern provinces deny it.",
    "Before you travel to the coast this weekend, check the forecast.",
    "If you see smoke coming from the hillside, call the fire service.",
    "Residents of the flooded streets should stay indoors tonight.",
    "The fishermen of the western isles oppose the deal.",
    "Members of the union in all three plants support the strike.",
    "The farmers along the river still want the dam.",
    "The ferry companies on the island routes expect a busy summer.",
    "The marine heatwave off Western Australia killed large areas of sea grass.",
    "The fisheries deal that ministers agreed on Monday runs for five years.",
    "Once again the other member states refused to back the fisheries deal.",
    "To everyone's surprise, the other member states backed the fisheries deal.",
    "The researchers who measured the heatwave off Tasmania now work in Hobart.",
    "Readers who want a copy of the fisheries report can write to the ministry.",
    "Several studies of the heatwave off Western Australia appeared this year.",
    "For the latest news on the fisheries talks, follow our live coverage.",
    "To find out more about the trial, speak to your doctor.",
    "Visitors to the island during the nesting season must keep to the paths.",
    "Don't let the weather spoil the harbour festival.",
    "The puffins that starved during the heatwave off Alaska were mostly young birds.",
    "Kelp forests off Tasmania died in the marine heatwave of 2016.",
    "The smaller member states fear the fisheries deal.",
    "Sea grass meadows off Western Australia take decades to recover.",
    "Engineers who worked on the fisheries deal's legal text agree.",
    "To keep the reef alive, divers shade the corals in the hottest weeks.",
    "A study of coral reefs off Western Australia found little damage.",
    "Each of the other member states has its own fisheries agency.",
    "Fishing crews from the other member states land most of the catch.",
]

# Subordinate clauses in the present perfect after "once" or "as soon as", listed: fragments.
PERFECT_CONDITION_FRAGMENTS = [
    "Once the dam has been inspected, the engineers have signed it off and the water level has been lowered.",
    "Once the ballots have been counted, the results have been checked and the losing candidates have conceded.",
    "Once the bridge has been repaired, the barriers have been removed and the speed limit has been raised.",
    "Once the fire has been put out, the smoke has cleared and the residents have been allowed back in.",
    "Once the court has ruled, the appeal period has passed and the fines have been paid.",
    "Once the budget has been approved, the new posts have been advertised and the old contracts have expired.",
    "Once the strike has ended, the backlog has been cleared and the trains have returned to the timetable.",
    "Once the virus has been contained, the last patient has been discharged and the ward has been disinfected.",
    "Once the merger has been approved, the two boards have met and the new chief executive has been named.",
    "Once the votes have been counted, the ballot boxes have been sealed and the observers have signed the report.",
    "Once the well has been capped, the oil slick has been contained and the beaches have been cleaned.",
    "Once the hostages have been freed, the troops have withdrawn and the border crossing has reopened.",
    "Once the wage deal has been signed, the strike has been called off and the trains have started running again.",
    "Once the last survivor has been found, the rescue teams have gone home and the mine has been sealed.",
    "Once the tender has been awarded, the builders have moved in and the old terminal has been demolished.",
    "Once the loan has been approved, the first payment has been made and the contractors have been paid.",
    "Once the lease has expired, the tenants have moved out and the landlord has sold the building.",
]

# Complete sentences: a main clause of another tense after such a clause, or in the present perfect after a
# subordinator whose clause may tell what has happened.
MAIN_CLAUSE_AFTER_PERFECT = [
    "Once the source of the leak has been traced, the police will decide whether to charge anyone and the board will print new papers.",
    "Until the troops have left the old town, the curfew will stay in place and the schools will remain closed.",
    "Once the dam has been inspected, engineers will lower the water level and the road across it will reopen.",
    "Since the plant has closed, hundreds of jobs have gone and many of the shops on the high street have shut.",
    "Because the ministry has delayed the payments, several clinics have cut their hours and two have closed altogether.",
    "When inflation has risen in the past, the central bank has raised rates and the currency has strengthened.",
    "Whenever the river has flooded, the town has rebuilt its defences and the council has paid for the repairs.",
    "As the economy has grown, wages have risen and house prices have followed them upwards.",
    "Now that the bridge has reopened, traffic in the centre has eased and the shops have reported more customers.",
    "After the storms have passed, crews from three counties have usually cleared the roads and the lines have been repaired within a day.",
    "While the city has grown quickly, its transport network has lagged behind and its housing has become unaffordable.",
    "Although the talks have stalled, both sides have said they want a deal and the mediators have proposed a new date.",
    "Once the snow has melted, the pass will reopen and the first lorries will cross into Italy.",
    "Until the pumps have been repaired, the ward stays closed and patients are being sent to the city hospital.",
    "Once the money has arrived, the contractors can start work and the bridge should open by the spring.",
    "As soon as the results have been verified, the commission will publish them and the new council will meet.",
    "Until the report has been published, the minister has refused to comment and the families have been left waiting.",
    "Once the inquiry has finished, its findings will go to parliament and the minister will respond within a month.",
    "Until a tenant has been found, the flat stays empty and the council pays the service charges.",
    "Once a player has been sent off twice, he is banned for three matches and his club is fined.",
    "Detectives have found out who took the exam papers, and a new paper has been set.",
    "The breach has been traced, detectives have named two suspects, and the exam has been rewritten.",
    "Once the breach had been traced, detectives named the clerk who had sold the papers, and a new exam was set.",
    "Until the troops left the old town, the marchers were held in barracks and no talks were planned.",
    "Once the ballots had been counted, the results were checked and the losing candidates conceded.",
    "Once the repairs have been finished, the council says, the barriers will be removed and the limit raised.",
    "Since the strike has ended, the backlog has been cleared and the trains have returned to the timetable.",
    "Because the budget has been approved, the new posts have been advertised and the old contracts have been ended.",
    "Although the virus has been contained, the ward has stayed closed and the last patients have been moved.",
    "As the harvest has been brought in, prices have settled and the co-operative has paid its members.",
    "Once the court has ruled, the fines must be paid and the appeal period begins.",
    "Until the debt has been repaid, the bank will keep the assets and the creditors will receive interest.",
    "Once the fire has been put out, firefighters will check the roof and residents will be allowed back in.",
    "When the talks have ended, the envoys will fly home and the ministers will report to parliament.",
    "As soon as the runway has been cleared, flights will resume and the backlog should be gone by evening.",
    "Until the wreck has been raised, divers will survey the hull and the harbour will stay shut.",
    "Once the merger has been approved, the two boards will meet and a new chief executive will be named.",
    "Since the ceasefire has held, prisoners have been exchanged and the monitors have arrived in the border towns.",
    "Now that the inquiry has reported, the minister has answered questions in parliament and the families have been consulted.",
    "Because the floodwater has receded, the roads have been cleared and the power has been restored to most homes.",
    "Whenever the factory has cut jobs, the union has called a strike and the town has rallied behind it.",
    "Though the contract has been signed, no funds have been released and no workers have been hired.",
]

# An infinitive phrase, an aside and "for" with the infinitive's subject: fragments.
FOR_INFINITIVE_FRAGMENTS = [
    "To ask, once again, for the rebels to respect the ceasefire deal.",
    "To lobby, once more, for the teachers to get the promised pay rise.",
    "To press, yet again, for the two sides to sign the peace deal.",
    "To plead, once more, for the neighbours to honour the border pact.",
    "To call, for the third time, for the regulator to open an inquiry.",
    "To argue, as before, for the council to keep the library open.",
    "To push, once again, for the league to change the rules on transfers.",
    "To appeal, yet again, for witnesses to come forward.",
    "To campaign, once more, for the railway line to be reopened.",
    "To plead, one last time, for the board to reconsider its decision.",
    "To wait, as always, for the ferry to return from the island.",
    "To hope, against the odds, for the rain to hold off until the final.",
    "To ask, yet again, for the government to release the report.",
    "To call, for a fourth year running, for the speed limit to be lowered.",
    "To press, once more, for the hospital to reopen its maternity ward.",
    "To argue, once again, for the fishing quotas to be raised.",
    "To lobby, as in previous years, for the airport to get a second runway.",
    "To plead, yet again, for the families to be told the truth.",
    "To push, one more time, for the shipyard to stay open.",
    "To appeal, once more, for donors to fund the new wing.",
]

# Complete sentences: the same phrases after a subject and its verb, or before a main clause, and "for ... to" after
# an aside in a main clause.
FOR_INFINITIVE_SENTENCES = [
    "To ask, once again, for the rebels to respect the ceasefire, the envoy flew to the border.",
    "To lobby for the teachers, the union hired a new director.",
    "The envoy asked, once again, for the rebels to respect the ceasefire.",
    "The union lobbied, once more, for the teachers to get the promised pay rise.",
    "Ministers pressed, yet again, for the two sides to sign the peace deal.",
    "The mayor pleaded, once more, for the neighbours to honour the border pact.",
    "Campaigners called, for the third time, for the regulator to open an inquiry.",
    "Residents argued, as before, for the council to keep the library open.",
    "The clubs pushed, once again, for the league to change the rules on transfers.",
    "Police appealed, yet again, for witnesses to come forward.",
    "Villagers campaigned, once more, for the railway line to be reopened.",
    "Parents pleaded, one last time, for the board to reconsider its decision.",
    "Passengers waited, as always, for the ferry to return from the island.",
    "Fans hoped, against the odds, for the rain to hold off until the final.",
    "The opposition asked, yet again, for the government to release the report.",
    "The parish council called, for a fourth year running, for the speed limit to be lowered.",
    "Doctors pressed, once more, for the hospital to reopen its maternity ward.",
    "Fishermen argued, once again, for the quotas to be raised.",
    "The chamber of commerce lobbied, as in previous years, for the airport to get a second runway.",
    "The bishop pleaded, yet again, for the families to be told the truth.",
    "Workers pushed, one more time, for the shipyard to stay open.",
    "The charity appealed, once more, for donors to fund the new wing.",
    "It is time, the minister said, for the rebels to respect the ceasefire.",
    "It was too late, officials admitted, for the ferry to sail that night.",
    "There is still time, the coach insisted, for the team to avoid relegation.",
    "It would be wise, the report said, for the council to sell the building.",
    "It is unusual, experts say, for a storm to form so late in the season.",
    "It took weeks, residents said, for the water to drain away.",
    "The plan leaves room, critics warn, for landlords to raise rents again.",
    "It was the first time, historians say, for a woman to lead the party.",
    "The funds were enough, the treasurer said, for the club to pay its players.",
    "There was no need, the judge ruled, for the witness to testify again.",
    "It is hard, the farmers say, for young people to buy land.",
    "It remains common, the survey found, for nurses to work unpaid overtime.",
    "It is now possible, the agency said, for drivers to renew licences online.",
    "The rules make it easier, lawyers say, for tenants to challenge evictions.",
    "It is rare, the curator said, for a painting to return after so long.",
    "It is vital, the minister added, for the talks to resume this week.",
    "It was a relief, the captain said, for the crew to reach port.",
    "It is not enough, the report concludes, for the city to plant more trees.",
    "It is too early, economists caution, for the bank to cut rates.",
    "The delay gave time, officials said, for the engineers to inspect the dam.",
    "To get there, for most visitors, takes two hours by car.",
    "To plead, the lawyer said, was the only sensible choice.",
]


@pytest.mark.parametrize("fragment", NOUN_READ_AS_ROOT_FRAGMENTS)
def test_a_noun_read_as_a_base_form_at_the_root_is_no_main_verb(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize("sentence", NOUN_PHRASE_END_SENTENCES)
def test_an_imperative_or_a_verb_after_its_subject_stays_silent(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", PERFECT_CONDITION_FRAGMENTS)
def test_listed_present_perfect_clauses_after_once_have_no_main_clause(fragment):
    assert_flags_span(CURFEW + fragment, RULE, fragment)


@pytest.mark.parametrize("sentence", MAIN_CLAUSE_AFTER_PERFECT)
def test_a_main_clause_after_a_present_perfect_subordinate_clause_stays_silent(sentence):
    assert_findings(CURFEW + sentence, RULE, [])


@pytest.mark.parametrize("fragment", FOR_INFINITIVE_FRAGMENTS)
def test_an_infinitive_phrase_with_for_and_an_infinitive_is_no_later_clause(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize("sentence", FOR_INFINITIVE_SENTENCES)
def test_for_and_an_infinitive_in_a_complete_sentence_stays_silent(sentence):
    assert_findings(BEFORE + sentence, RULE, [])
