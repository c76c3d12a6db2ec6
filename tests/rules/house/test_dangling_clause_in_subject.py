"""house/dangling-clause on fresh copy: a phrase inside a subject, a relative clause with no "that" after a name,
and a participle of position in an absolute phrase are no dangling clauses; their look-alikes still are."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/dangling-clause"


@pytest.mark.parametrize(
    "text",
    [
        # the infinitive after a participle on the subject's noun has a verb group of its own
        "Police said a rifle thought to have been fired in the raid was found in a ditch.",
        "A van believed to have been stolen in Hull was found burned out on Sunday.",
        "Officials said a tanker reported to have been damaged in the collision had reached port.",
        "Police said a handgun believed to have been used in the robbery was found in a bin.",
        "Police said a handgun believed to have been used in the attack was found in a bin about 300 metres away.",
    ],
)
def test_a_participle_with_a_perfect_or_passive_infinitive_on_the_subject_passes(text):
    assert_findings(text, RULE, [])


def test_a_phrase_of_time_on_a_passive_of_thinking_in_the_subject_passes():
    assert_findings("A mine thought to have been laid during the war was made safe by navy divers.", RULE, [])


def test_after_a_verb_with_an_infinitive_of_its_own_the_phrase_still_dangles():
    text = "The council refused to discuss claims regarding the land was sold without a tender."
    assert_flags_span(text, RULE, "regarding the land was sold")


@pytest.mark.parametrize(
    "text",
    [
        # a symbol the tagger reads as a noun ("%") bounds no clause: the phrase stays in the subject
        "More than 80% of the beef eaten in the country is imported, according to the trade body.",
        "Nearly 70% of the water used in the region comes from the river, according to the agency.",
        "More than 85% of the salmon eaten in the United States is imported, according to the group.",
        "Nearly 70% of the garlic eaten in the United States is imported from China.",
    ],
)
def test_a_percent_sign_in_the_subject_bounds_no_clause(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prices rose 5% with the analysts have forecast a loss.", "with the analysts have forecast"),
        ("The team returned to the stadium will host the final.", "to the stadium will host"),
    ],
)
def test_a_tense_after_a_percent_sign_or_a_place_still_dangles(text, span):
    assert_flags_span(text, RULE, span)


def test_a_range_of_numbers_after_with_still_dangles():
    text = "Demand has been strong, with 12,000 tickets have been sold."
    assert_flags_span(text, RULE, "with 12,000 tickets have been sold")


@pytest.mark.parametrize(
    "text",
    [
        # a preposition with no object of its own before a number that counts the noun says how many
        "Witnesses said between 20 and 30 shots were fired outside the bar.",
        "The agency estimated between 500 and 700 homes could be flooded by Friday.",
    ],
)
def test_a_range_of_numbers_opening_a_subject_passes(text):
    assert_findings(text, RULE, [])



@pytest.mark.parametrize(
    "text",
    [
        # a name after a noun that "a" opens, or after a number, opens a relative clause whose object is that noun
        "The audit traced payments to several firms, including a transport company Okafor had registered under a "
        "false name.",
        "The inquiry looked at the loans, including one Delacroix had approved without a signature.",
        "Police recovered stolen goods, including a scooter Brandt had reported missing in June.",
        "The scheme used shell companies, including a consulting firm Hale had registered in Delaware.",
        "The lawsuit named four contractors, including a roofing company Keane had hired without a bid.",
        "Police searched two properties, including a storage unit Patel had rented under a false name.",
    ],
)
def test_a_name_opening_a_relative_clause_with_no_that_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a name after a definite noun is its apposition, and a verb with its object is a tense
        ("The market fell sharply, with the carmaker Volvo had sold its entire stake in May.",
         "with the carmaker Volvo had sold"),
        ("The talks collapsed, with the union Unite has rejected the offer.", "with the union Unite has rejected"),
        # and after "a", a name whose verb has its object is the subject of a tense
        ("Talks collapsed in June, with a union leader Okafor has called a strike for Monday.",
         "with a union leader Okafor has called"),
        ("The merger went ahead, with a German bank Commerzbank has bought the remaining shares.",
         "with a German bank Commerzbank has bought"),
    ],
)
def test_a_name_in_apposition_before_a_tense_still_dangles(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        # a verb that may take an object, with a preposition of position and a thing or place after it
        "The square fell silent, with crows perched along the church roof.",
        "The boat was towed in, with a chair perched on the cabin roof.",
        "The cottage was hard to see, with ivy curled around its chimney.",
    ],
)
def test_a_participle_of_position_in_an_absolute_phrase_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The square fell silent, with crows flew off the church roof.", "with crows flew"),
        ("Prices rose all week, with the index soared above its old record.", "with the index soared"),
        ("The cat slept all afternoon, with its kittens lay beside the table.", "with its kittens lay"),
    ],
)
def test_a_past_tense_of_motion_or_position_still_dangles(text, span):
    assert_flags_span(text, RULE, span)
