"""house/dangling-clause: a quantifier other than "one" counts the plural name after it ("despite several Republicans
voted"), so that name opens no relative clause with no "that" on the quantifier ("including one Vega had opened")."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/dangling-clause"

# A plural name (a party's members, a nation's people) after "several", "many", "most" or "some", then a tense: the
# name is the quantifier's noun and the tense its clause's, whether the verb has an object or not.
COUNTED_NAME_CLAUSES = [
    ('The budget cleared the Senate despite several Democrats voted no.', 'despite several Democrats voted'),
    ('The measure stalled, with many Republicans refused to back it.', 'with many Republicans refused'),
    ('The plan survived the vote despite most Conservatives opposed it.', 'despite most Conservatives opposed'),
    ('The amendment failed, with several Democrats joined the opposition.', 'with several Democrats joined'),
    ('The tax cut passed amid many Republicans complained about its cost.', 'amid many Republicans complained'),
    ('The reform went ahead despite some Liberals walked out of the chamber.', 'despite some Liberals walked'),
    ('The nomination advanced, with several Republicans crossed party lines.', 'with several Republicans crossed'),
    ('The treaty was ratified despite several Senators abstained.', 'despite several Senators abstained'),
    ('The motion carried, with most Democrats backed it in the end.', 'with most Democrats backed'),
    ('The deal collapsed despite several Republicans had endorsed it.', 'despite several Republicans had endorsed'),
    ('The vote was delayed, with many Democrats were absent for the session.', 'with many Democrats were'),
    ('The session ended early, with several Republicans have walked out.', 'with several Republicans have walked'),
    ('The measure passed, with most Republicans will vote for it again next year.', 'with most Republicans will vote'),
    ('The party lost ground in the north, with many Conservatives stayed at home.', 'with many Conservatives stayed'),
    ('The strike went ahead despite many Teamsters opposed it.', 'despite many Teamsters opposed'),
    ('The recount began on Monday, with several Democrats demanded a full audit.', 'with several Democrats demanded'),
    ('The rally drew thousands despite many Democrats stayed away.', 'despite many Democrats stayed'),
    ('The motion failed, with several Socialists abstained on the final vote.', 'with several Socialists abstained'),
    ('The reform survived despite many Tories rebelled in the lobbies.', 'despite many Tories rebelled'),
    ('The vote went ahead, with several Republicans are still undecided.', 'with several Republicans are'),
    ('The session resumed, with most Democrats had returned from the recess.', 'with most Democrats had returned'),
    ('The budget cleared the house despite several Democrats stayed away.', 'despite several Democrats stayed'),
    ('The levy was approved in spite of several Independents campaigned against it.', 'in spite of several Independents campaigned'),
    ('The council adopted the map in spite of many Democrats said it split their wards.', 'in spite of many Democrats said'),
    ('Turnout was low, with many Republicans sat out the primary.', 'with many Republicans sat'),
    ('Holiday bookings slumped this summer, with many Britons stayed at home.', 'with many Britons stayed'),
    ('The ban took effect despite most Americans opposed it.', 'despite most Americans opposed'),
    ('Aid arrived slowly, with several Palestinians have waited weeks for permits.', 'with several Palestinians have waited'),
]

# The same words where they are clean: a participle or an adjective after the name, a preposition that takes a
# clause, the name inside a subject or an object, and a singular name after a quantifier, which opens a relative
# clause on it.
CLEAN_COUNTED_NAMES = [
    'The bill passed with several Republicans voting against it.',
    'The budget cleared the Senate after several Democrats voted no.',
    'The measure stalled because many Republicans refused to back it.',
    'The plan survived the vote although most Conservatives opposed it.',
    'The amendment failed, with several Democrats joining the opposition.',
    'The tax cut passed despite complaints from many Republicans about its cost.',
    'The reform went ahead with some Liberals absent from the chamber.',
    'The nomination advanced, with several Republicans crossing party lines.',
    'The treaty was ratified once several Senators abstained.',
    'The motion carried, with most Democrats backing it in the end.',
    'The deal collapsed even though several Republicans had endorsed it.',
    'The vote was delayed, with many Democrats away for the session.',
    'The session ended early, with several Republicans having walked out.',
    "The bill stalled in committee despite several Democrats' support.",
    'The party lost ground in the north, as many Conservatives stayed at home.',
    'The strike went ahead despite opposition from many Teamsters.',
    'The team won the title, with several Lakers scoring in double figures.',
    'The recount began on Monday, with several Democrats demanding a full audit.',
    'The coach praised the players, including several Vega had recruited from abroad.',
    'The firm sold its shops, including one Vega had opened in 1998.',
    'The agency reviewed several contracts, including one Ruiz had signed as mayor.',
    'Among several Republicans who voted against the bill was Senator Collins.',
    'Several Democrats voted against the bill, despite pressure from their leaders.',
    'Many Republicans, despite their doubts, backed the nominee.',
    'With several Republicans undecided, the vote was postponed until Thursday.',
    'With many Democrats out of town, the session was cancelled.',
    'With most Conservatives in favour, the motion passed easily.',
    "Despite several Republicans' objections, the bill moved to the floor.",
    'The senator met with several Democrats who had opposed the plan.',
    'The governor spoke with many Republicans about the budget on Tuesday.',
    'The plan was drafted by several Democrats and two independents.',
    'The measure drew support from several Republicans, including two from Ohio.',
    'The vote came after several Democrats switched sides at the last minute.',
    'The ceremony honoured many Australians who served in the war.',
    'The club signed several Brazilians during the summer window.',
    'The festival featured many Nigerians living in London.',
    'Talks resumed with several Palestinians released from custody last week.',
    'The report named several Americans held abroad without charge.',
    'The bill passed with most Republicans opposed and a few abstaining.',
    'The measure failed with many Democrats unwilling to break ranks.',
    'The park reopened, with many Londoners eager to return.',
    'The museum was crowded, with several Canadians among the visitors.',
    'The hearing went ahead without several Republicans, who boycotted it.',
    "The contract was signed despite many Teamsters' reservations.",
    'The show sold out, with several Beatles songs added to the programme.',
    'The squad flew home, with several Lakers nursing injuries.',
    'The law took effect, with many Texans unaware of the change.',
    'The inquiry heard from several Democrats called as witnesses.',
    'The vote was close, with some Republicans expected to defect.',
    'The rally drew thousands, with many Democrats among the crowd.',
    'The hearing was adjourned after many Republicans walked out in protest.',
    'Holiday bookings slumped this summer, with many Britons staying at home.',
    'The ban took effect although most Americans opposed it.',
    'Aid arrived slowly, with several Palestinians waiting weeks for permits.',
    'The study surveyed many Canadians who had moved abroad.',
    'The fund supports several Kenyans studying in Europe.',
]


@pytest.mark.parametrize(("text", "span"), COUNTED_NAME_CLAUSES)
def test_a_tense_after_a_counted_plural_name_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", CLEAN_COUNTED_NAMES)
def test_counted_plural_names_in_clean_sentences_pass(text):
    assert_findings(text, RULE, [])
