import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/unattributed-claim"

# A vague amount of people whose clause says only what kind they are (a relative clause in the present, a present
# participle, nothing named, no date) or an aside set off by commas that names no one stays vague.
KINDS_OF_PEOPLE = [
    ("Several economists who study housing warn that prices will fall next year.", "Several economists who study housing warn"),
    (
        "Many parents whose children attend the school say the new timetable is unworkable.",
        "Many parents whose children attend the school say",
    ),
    ("Most analysts following the company expect another profit warning.", "Most analysts following the company expect"),
    (
        "A number of doctors working in rural clinics believe the shortage will deepen.",
        "A number of doctors working in rural clinics believe",
    ),
    (
        "Many fans who have followed the club for decades believe the owner should sell.",
        "Many fans who have followed the club for decades believe",
    ),
    (
        "According to several fans who follow the team closely, the manager had lost the dressing room.",
        "According to several fans who follow the team closely",
    ),
    ("Some teachers, frustrated by years of cuts, say morale has never been lower.", "Some teachers, frustrated by years of cuts, say"),
    ("Many farmers, already hit by drought, fear the tariff will ruin them.", "Many farmers, already hit by drought, fear"),
]
IDENTIFIED_PEOPLE = [
    "Several economists who met the minister on Tuesday said prices would fall.",
    "Some economists who work at the Bundesbank say prices will fall next year.",
    "Many shoppers leaving the store on Saturday said prices were too high.",
    "Some shoppers, interviewed by reporters outside the store, said prices were too high.",
    "Some economists, led by Ana Ruiz of Yale, argue the target is out of date.",
    "Residents who attended the meeting said the plan was unfair.",
    "Many parents whose children attend the school collected them early on Friday.",
    "Many shoppers leaving the mall said prices were too high.",
    "Some workers, talking to reporters after the vote, said the deal was weak.",
]


@pytest.mark.parametrize("text, span", KINDS_OF_PEOPLE)
def test_vague_groups_of_a_kind_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", IDENTIFIED_PEOPLE)
def test_groups_met_at_an_event_or_named_pass(text):
    assert_findings(text, RULE, [])


def test_a_group_holding_a_pronoun_of_amount_is_read_once():
    """"some" inside the group it belongs to ("including some in her party") does not continue that group (the two
    asked each other without end)."""
    assert_flags_span(
        "Many critics of the mayor, including some in her own party, say she has lost control.", RULE,
        "Many critics of the mayor, including some in her own party, say",
    )


# Impersonal hedges the parser hangs elsewhere: "it is believed" set off by commas on the noun before it, and "seen
# as" whose noun an infinitive follows.
HIDDEN_HEDGES = [
    ("The verdict, it is widely believed, will be overturned on appeal.", "it is widely believed"),
    ("The ship, it is thought, sank within minutes.", "it is thought"),
    ("The deputy governor is seen as the frontrunner to succeed the retiring chairman.", "is seen"),
]
ASIDES_AND_APPOINTMENTS = [
    "The minister, it seems, has changed her mind.",
    "The plan, it should be noted, was approved unanimously.",
    "The deputy governor was chosen as the official to oversee the audit.",
    "The senator was seen arriving at the courthouse on Monday.",
]


@pytest.mark.parametrize("text, span", HIDDEN_HEDGES)
def test_hedges_the_parser_hung_elsewhere_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", ASIDES_AND_APPOINTMENTS)
def test_other_asides_and_appointments_pass(text):
    assert_findings(text, RULE, [])


# Judgements: an object complement the parser hung as an apposition, and "condemn"/"denounce" of a decision or an
# idea (not of a violent act).
JUDGEMENTS = [
    ("Some collectors consider the 1804 silver dollar the rarest coin ever minted in America.", "Some collectors consider"),
    ("A chorus of critics has condemned the broadcaster's decision to move the news.", "A chorus of critics has condemned"),
    ("Some fans have denounced the club's plan to raise ticket prices.", "Some fans have denounced"),
]
NAMES_AND_VIOLENT_ACTS = [
    "Some residents call the lake the Big Pond.",
    "Several world leaders condemned the attack on the embassy.",
    "Many villagers denounced the raid on their homes.",
    "The building was condemned as unsafe in 2019.",
]


@pytest.mark.parametrize("text, span", JUDGEMENTS)
def test_judgements_of_vague_groups_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", NAMES_AND_VIOLENT_ACTS)
def test_names_and_violent_acts_pass(text):
    assert_findings(text, RULE, [])


# A comment set off by commas inside the clause it comments on, after words of that clause the parser hung on it.
COMMENTS_AFTER_HUNG_WORDS = [
    ("What went wrong, several fans argue, was the manager's tactics.", "several fans argue"),
    ("If nothing changes, some residents warn, the river will flood again.", "some residents warn"),
    ("What the film lacks, several critics argue, is a convincing villain.", "several critics argue"),
]
LISTS_AND_NAMED_COMMENTS = [
    "Some fans sang, others waved flags and the players walked out.",
    "What the mayor needs now, her chief of staff conceded, is a win.",
    "In the long run, Ms Ortiz believes, the merger will pay off.",
]


@pytest.mark.parametrize("text, span", COMMENTS_AFTER_HUNG_WORDS)
def test_comments_after_words_the_parser_hung_on_them_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", LISTS_AND_NAMED_COMMENTS)
def test_lists_and_named_comments_pass(text):
    assert_findings(text, RULE, [])


# A view held by many before a clause with or without "that" (which the parser may take for a determiner).
VIEWS_HELD_BY_MANY = [
    ("Conventional wisdom holds that small parties lose votes in coalition.", "Conventional wisdom holds"),
    ("Conventional wisdom holds the governor cannot win without the cities.", "Conventional wisdom holds"),
]
HOLDINGS_OF_NAMED_BODIES = [
    "The court holds that the law is unconstitutional.",
    "Tradition holds the parade on the first Sunday in May.",
]


@pytest.mark.parametrize("text, span", VIEWS_HELD_BY_MANY)
def test_views_held_by_many_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", HOLDINGS_OF_NAMED_BODIES)
def test_holdings_of_named_bodies_pass(text):
    assert_findings(text, RULE, [])


# A quotation's named speaker is its source whatever the verb that introduces it: a vague source after it vouches only
# that the words were said. A vague speaker, or a clause that is no quotation, stays unattributed.
QUOTATIONS_OF_NAMED_SPEAKERS = [
    '"A citizen has vanished from the capital," the judge observed during the hearing, according to lawyers present in the courtroom.',
    '"The treasury is empty," the finance minister sighed at the cabinet meeting, according to two people in the room.',
    '"We knew the river would rise," Mayor Lund reflected at the vigil, according to several residents.',
    'The judge observed: "A citizen has vanished from the capital," according to lawyers present in the courtroom.',
]
QUOTATIONS_OF_VAGUE_SPEAKERS = [
    ('"The plan will fail," some analysts observed on Friday.', "some analysts observed"),
    (
        "The mayor observed that the budget was balanced, according to some observers.",
        "according to some observers",
    ),
    ('"The budget is balanced," the mayor beamed, but many economists doubt the figures.', "many economists doubt"),
]


@pytest.mark.parametrize("text", QUOTATIONS_OF_NAMED_SPEAKERS)
def test_quotations_of_named_speakers_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", QUOTATIONS_OF_VAGUE_SPEAKERS)
def test_quotations_of_vague_speakers_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A verb of effort with an infinitive of its own names what its subject works for: a clause before it is no report.
GOALS_AFTER_CLAUSES = [
    "On Sundays, there is no service at all, something transit advocates have pushed to change for years.",
    "The stadium still has no roof, something fans have pushed to change since the 1990s.",
    "There is no night bus, a gap some riders have pushed to close.",
]
CLAIMS_BEFORE_VERBS_OF_SAYING = [
    ("The ferry is unsafe in winter, many islanders have long argued.", "many islanders have long argued"),
    ("The levy will drive shoppers away, some traders fear.", "some traders fear"),
]


@pytest.mark.parametrize("text", GOALS_AFTER_CLAUSES)
def test_goals_after_clauses_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", CLAIMS_BEFORE_VERBS_OF_SAYING)
def test_claims_before_verbs_of_saying_are_flagged(text, span):
    assert_flags_span(text, RULE, span)



# A vague amount of people known only by taking part in something said or planned ("several people involved in the
# talks") is an anonymous source, as "familiar with" and "briefed on" make one; an event, a denial, a bare plural (who
# may be all who took part) or a named member is no such source.
TAKING_PART = [
    ("Several sources involved in the negotiations said a deal was near.", "Several sources involved in the negotiations said"),
    (
        "The summit will open a day late, according to several people involved in the preparations.",
        "according to several people involved in the preparations",
    ),
    (
        "Some engineers involved in the early designs doubt the bridge can carry heavier trucks.",
        "Some engineers involved in the early designs doubt",
    ),
]
NOT_TAKING_PART = [
    "Some people involved in the crash were taken to hospital in Leeds.",
    "Several experts not involved in the research welcomed the findings but cautioned that the sample was small.",
    "The strike ended on Saturday after an 11-day stoppage, officials involved in the talks said.",
    "Several engineers involved in the design, led by Anna Berg of ETH Zurich, say the bridge is sound.",
    "Some lawyers involved in the case said the trial would resume on Monday.",
]


@pytest.mark.parametrize("text, span", TAKING_PART)
def test_people_known_by_taking_part_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", NOT_TAKING_PART)
def test_people_at_an_event_or_named_or_all_who_took_part_pass(text):
    assert_findings(text, RULE, [])
