"""house/unattributed-claim: a named speaker closing the sentence vouches for all of it also when phrases of the
speaker's own verb follow it (the time, the place, the medium or the person told: "..., its chief executive, Ken
Murphy, said on Tuesday."), which the parser may hang inside the claim; a clause joined by a conjunction ("..., and
the mayor agreed.") or a subordinating word ("..., unless both sides agree.") tells something of its own and vouches
for nothing before it, and so does a last verb other than a plain report with phrases after it. A vague closing
speaker stays flagged with or without such phrases."""

import pytest

from helpers import assert_findings, assert_flags_span, findings

RULE = "house/unattributed-claim"

CLOSING_SPEAKER_WITH_PHRASES = [
    "Many shoppers think the prices are too high, the chief executive of Tesco, Ken Murphy, said on Tuesday.",
    "Some residents fear the plant will pollute the river, the ward's councillor, Joan Price, said in a statement.",
    "Some residents fear the plant will pollute the river, the ward's councillor, Joan Price, told the BBC on Monday.",
    "Most analysts expect the bank to hold rates, the governor of the central bank, Lars Berg, said in Stockholm on "
    "Thursday.",
    "Some farmers believe the drought will last into autumn, the head of the Kenya Meteorological Department, David "
    "Gikungu, told reporters in Nairobi.",
    "Many parents worry that the school will close, the council's education chief, Sue Hart, wrote in a letter to "
    "governors.",
    "Several teachers think the new curriculum is too crowded, the union's general secretary, Daniel Kebede, told the "
    "conference on Monday.",
    "Many fans believe the club will be relegated, its manager, Tom Ward, said after Saturday's defeat.",
    "Many doctors fear the ward will close, the hospital's medical director, Dr Ian Moss, said on Wednesday evening.",
    "Some growers suspect the frost killed half the vines, the co-operative's chairman, Luc Girard, said by phone.",
    "Most riders expect the new timetable to cut delays, the network's operations director, Priya Shah, told "
    "councillors last week.",
    "Several drivers believe the junction is dangerous, the county's highways chief, Alan Reece, wrote on Facebook.",
]


@pytest.mark.parametrize("text", CLOSING_SPEAKER_WITH_PHRASES)
def test_a_named_closing_speaker_followed_by_phrases_of_its_verb_vouches_for_the_sentence(text):
    assert_findings(text, RULE, [])


# Clean sentences whose last clause, joined by a conjunction, tells what a named speaker did: nothing in them credits a
# claim to a vague source.
JOINED_CLOSING_CLAUSES = [
    "The nurses at St Mary's said the ward was short of staff, and the hospital's director, Ann Cole, agreed on "
    "Monday.",
    "Police said the road would reopen on Monday, but the mayor, Tom Hale, disagreed.",
    "The council said the bridge was safe, and its engineers agreed after an inspection on Friday.",
    "The union said the offer was too low, but the company's chief executive, Mark Dean, disagreed in a letter to "
    "staff.",
    "The three unions said they would ballot members, and the employers' body, the LGA, responded on Tuesday.",
    "The club's players said the pitch was waterlogged, and the referee, Anthony Taylor, agreed before kick-off.",
    "The farmers who met the minister said the subsidy was too small, and the minister, Steve Reed, listened.",
    "Ms Patel said the figures were wrong, and the statistics office confirmed on Thursday.",
    "The residents of Millbrook Road said the potholes had damaged their cars, and the council apologised on Friday.",
    "The pilots' union said the rosters were unsafe, but the airline, Ryanair, disagreed in a statement.",
    "The jury said it could not reach a verdict, and the judge, Mr Justice Lane, discharged it on Wednesday.",
    "The school's governors said the roof needed repairs, and the council agreed in March.",
    "The fire brigade said the blaze began in a kitchen, and the landlord, Harbour Homes, confirmed on Sunday.",
    "The Met Office said the storm would reach Cornwall by dawn, and the Environment Agency agreed.",
    "The teachers at Oakfield Primary said the classrooms were too hot, and the headteacher, Ruth Cole, agreed.",
    "The ministry said exports had fallen, but the central bank, in its monthly bulletin, disagreed.",
    "The dockers at Felixstowe said they would strike, and the port's owner, Hutchison, responded on Monday.",
    "The two airlines said the charges were unlawful, and the regulator, the CAA, replied in a letter.",
    "Mr Obi said the bridge would open in May, and the contractor, Balfour Beatty, confirmed on Tuesday.",
    "The doctors at the clinic said the boy was stable, and his mother, Jane Moore, thanked them.",
    "The committee's members said the report was late, and its chairman, Hilary Benn, apologised.",
    "The Treasury said growth would slow, but the Office for Budget Responsibility disagreed in March.",
    "The 12 councillors said the budget was too tight, and the finance chief, Ian Holt, agreed.",
    "The coastguard said the crew were safe, and the owners of the trawler, Seafish Ltd, confirmed on Friday.",
    "The survey's authors said the results were robust, and the journal's editor, Dr Ann Roy, agreed.",
    "The club said the stadium would be ready, and the league, the EFL, confirmed on Thursday.",
    "The inspectors said the ward was unsafe, and the trust's chief executive, Paul Lee, resigned on Friday.",
    "Economists at the Bank of England said inflation had peaked, and the governor, Andrew Bailey, agreed in a speech.",
    "The pupils at Greenfield Academy said the uniform was uncomfortable, and the school relented in June.",
    "The delegates at the conference said the motion was unclear, and its author, Sam Ellis, withdrew it.",
    "The tenants of the Marlowe Estate said the lifts had failed, and the housing association apologised.",
    "The county said the roads were gritted, but the AA, in a post on X, disagreed.",
    "The prosecutors said the defendant had lied, and the judge, Sarah Munro, agreed in her summing-up.",
    "The engineers at Network Rail said the line was sound, and the regulator accepted their report.",
    "The six water companies said they would not appeal, and Ofwat welcomed the decision on Tuesday.",
    "The lifeboat crew said the sea was too rough, and the coastguard, HM Coastguard, agreed.",
    "The organisers of the fringe said sales had risen, and the city's council, Edinburgh, welcomed the figures.",
    "The members of the choir said the hall was too cold, and the vicar, Rev Ann Ward, apologised after the service.",
    "The staff at the library said the heating had failed, and the council, Kirklees, repaired it on Monday.",
    "The forecasters at Met Éireann said the storm would weaken, and the coastguard agreed on Saturday.",
]


@pytest.mark.parametrize("text", JOINED_CLOSING_CLAUSES)
def test_clean_sentences_that_close_with_a_joined_clause_pass(text):
    assert_findings(text, RULE, [])


# A vague claim before a clause joined by a conjunction, and a vague closing speaker followed by phrases of its verb.
VAGUE_BEFORE_A_CLOSING_CLAUSE = [
    ("Critics say the plan is flawed, and the mayor agreed on Monday.", "Critics say"),
    ("Critics say the plan is flawed, and the mayor agreed.", "Critics say"),
    ("Some analysts expect a cut, but the governor disagreed on Tuesday.", "Some analysts expect"),
    ("Some analysts expect a cut, but the governor disagreed.", "Some analysts expect"),
    ("Many residents fear the plant will pollute the river, and the council met on Monday.", "Many residents fear"),
    ("Several economists believe the tariffs will raise prices, but the minister, Ed Blake, disagreed in a speech.",
     "Several economists believe"),
    ("Some doctors suspect the ward is unsafe, and the trust's chief executive, Paul Lee, agreed on Friday.",
     "Some doctors suspect"),
    ("Many fans believe the club will be relegated, and its manager, Tom Ward, agreed after Saturday's defeat.",
     "Many fans believe"),
    ("Experts warn that the dam could fail, but the water board, Anglian Water, disagreed in a statement.",
     "Experts warn"),
    ("Some parents claim the crossing is unsafe, and the council's highways chief, Alan Reece, agreed.",
     "Some parents claim"),
    ("Many economists expect a recession, but the chancellor, Rachel Reeves, disagreed on Sunday.",
     "Many economists expect"),
    ("Several historians doubt the letter is genuine, but the archive's keeper, Dr James Kerr, objected on Monday.",
     "Several historians doubt"),
]


@pytest.mark.parametrize(("text", "span"), VAGUE_BEFORE_A_CLOSING_CLAUSE)
def test_a_vague_claim_before_a_joined_clause_stays_flagged(text, span):
    assert_flags_span(text, RULE, span)


VAGUE_CLOSING_SPEAKERS_WITH_PHRASES = [
    ("The club will be relegated, several pundits said after Saturday's defeat.", "several pundits said"),
    ("The bridge is unsafe, some engineers said on Monday.", "some engineers said"),
    ("The plan will fail, critics warned in a letter to the council.", "critics warned"),
    ("The tower dates from 1300, several historians told the BBC.", "several historians told"),
    ("The fire started in the kitchen, some neighbours said on Sunday morning.", "some neighbours said"),
    ("Rates will fall in June, many analysts predicted in notes to clients.", "many analysts predicted"),
    ("The river is polluted, some anglers complained at the weekend.", "some anglers complained"),
    ("The results were rigged, sources said on Friday.", "sources said"),
    ("The manager will be sacked, people familiar with the matter said on Thursday.",
     "people familiar with the matter said"),
    ("The deal will collapse, some insiders told reporters in Brussels.", "some insiders told"),
]


@pytest.mark.parametrize(("text", "span"), VAGUE_CLOSING_SPEAKERS_WITH_PHRASES)
def test_a_vague_closing_speaker_followed_by_phrases_stays_flagged(text, span):
    column = text.index(span) + 1
    assert (1, column, column + len(span)) in findings(text, RULE)


# A last clause opened by a subordinating word, and a last verb that is no plain report, with phrases after it: no
# closing speaker.
NO_CLOSING_SPEAKER = [
    ("Many tenants admit privately that the new rules have not hurt them, whatever their association says in public.",
     "Many tenants admit"),
    ("The truce will collapse, some observers fear, unless both armies accept foreign monitors.",
     "some observers fear"),
    ("Some doctors warn that the region could lose its malaria-free status if the outbreak continues for a year.",
     "Some doctors warn"),
    ("Economists estimate that, counting contractors, thousands of jobs in the valley depend on the mine.",
     "Economists estimate"),
    ("Climatologists say heat waves are growing longer in southern Spain, a change they tie to warming seas.",
     "Climatologists say"),
    ("Critics argue the levy is unfair, although the minister, Ed Blake, defended it in a speech.", "Critics argue"),
    ("Some analysts expect a cut, which the governor, Lars Berg, ruled out on Tuesday.", "Some analysts expect"),
    ("Many residents believe the mill polluted the river, when the council said on Monday it was safe.",
     "Many residents believe"),
]


@pytest.mark.parametrize(("text", "span"), NO_CLOSING_SPEAKER)
def test_a_joined_last_clause_or_a_last_verb_of_another_kind_vouches_for_nothing(text, span):
    assert_flags_span(text, RULE, span)


# Clean sentences that close with a clause a subordinating word opens: nothing in them credits a claim to a vague
# source.
SUBORDINATE_LAST_CLAUSES = [
    "The council said the bridge would reopen in May, unless the repairs take longer.",
    "The hospital said the ward would stay open, if the trust approves the budget.",
    "Police said the road would stay closed, until the lorry is removed.",
    "The nurses at St Mary's said they would strike, unless the trust raises their pay.",
    "The union said its members would walk out, if the company cuts the bonus.",
    "Ms Patel said the figures were wrong, whatever the ministry claims.",
    "The club said the stadium would be ready, although the builders finished late.",
    "The airline said flights would resume on Friday, once the runway is repaired.",
    "The Met Office said the storm would weaken, before it reaches the coast.",
    "The school's governors said the roof would be mended, when the money arrives.",
    "The mayor said the market would move to the quay, where the traders asked to go.",
    "The coastguard said the search would continue, while the weather holds.",
    "The three unions said they would ballot members, unless the employers improve the offer.",
    "Mr Obi said the bridge would open in May, if the inspectors approve it.",
    "The farmers who met the minister said they would block the roads, unless the subsidy rises.",
    "The court heard that the defendant fled to Spain, after the police searched his flat.",
    "The judge said the jurors could go home, once they had reached a verdict.",
    "The fire brigade said the blaze was out, although crews stayed overnight.",
    "The ministry said exports had fallen, because the port was closed for a week.",
    "The teachers at Oakfield Primary said the classrooms were too hot, whatever the thermometers say.",
    "The water company said supplies were safe, though residents should boil water as a precaution.",
    "The committee's chairman, Hilary Benn, said the report would be published, when the inquiry ends.",
    "The bank's governor, Andrew Bailey, said rates would stay high, until inflation falls.",
    "The coroner said the inquest would resume in June, after the family's lawyers have read the reports.",
    "The regulator said the charges were lawful, unless the airport raises them again.",
    "The tenants of the Marlowe Estate said the lifts had failed, which the landlord admitted on Monday.",
    "The residents of Millbrook Road said the potholes were dangerous, which the council accepted.",
    "The league said the match would go ahead, if the pitch passes an inspection.",
    "The survey's authors said the results were robust, although the sample was small.",
    "The organisers said the festival would return next year, provided the council renews the licence.",
    "The club's players said the pitch was waterlogged, when the referee inspected it at noon.",
    "The pilots' union said the rosters were unsafe, because crews had flown six days in a row.",
    "The Treasury said growth would slow, as the Office for Budget Responsibility forecast in March.",
    "The coastguard said the crew were safe, after a lifeboat reached them at dawn.",
    "The engineers at Network Rail said the line was sound, once the rails had been checked.",
    "The six water companies said they would not appeal, whatever Ofwat decides next.",
    "The doctors at the clinic said the boy was stable, though he would stay in hospital.",
    "The county said the roads were gritted, before the snow arrived on Sunday.",
    "The prosecutors said the defendant had lied, when he told police he was at home.",
    "The dockers at Felixstowe said they would strike, unless the port's owner, Hutchison, meets them.",
]


@pytest.mark.parametrize("text", SUBORDINATE_LAST_CLAUSES)
def test_clean_sentences_that_close_with_a_subordinate_clause_pass(text):
    assert_findings(text, RULE, [])
