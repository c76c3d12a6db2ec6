"""house/unattributed-claim: some of a group the reporter watched move ("Most drivers had returned to their trucks.
Some said ...") are people the reporter met, and a group speaking at an event a phrase of time names ("after a hearing
in which several tenants described ...") dates the clause; a group that claimed, did something other than move or
spoke in a span of time stays vague."""

import pytest

from helpers import assert_findings, assert_flags_span, findings

RULE = "house/unattributed-claim"


@pytest.mark.parametrize(
    "text",
    [
        "By dusk, most stallholders had wheeled their carts back to the depot. Some said trade had halved since June.",
        "Several hikers scrambled down the ridge as the cloud came in. Others said they would sit out the squall.",
        "Many shift workers had started leaving the plant before the siren. A few said the alarm had failed twice.",
        "Some pensioners packed their bags and boarded the last coach. Others said they would stay with neighbours.",
    ],
)
def test_some_of_a_group_seen_moving_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Several forecasters revised their outlook on Monday. Others said the drought would break by May.",
         "Others said"),
        ("Many growers lost half their vines to frost. Some say the new canal altered the climate.", "Some say"),
        ("The flood waters moved downstream overnight. Many fear the levee will give way.", "Many fear"),
    ],
)
def test_some_of_a_group_that_did_not_move_stay_vague(text, span):
    assert_flags_span(text, RULE, span)



def test_others_after_a_group_that_proposed_a_move_stay_vague():
    text = "Several aldermen have suggested moving the market to the quay. Others say the square is a better site."
    column = text.index("Others say") + 1
    assert (1, column, column + len("Others say")) in findings(text, RULE)


@pytest.mark.parametrize(
    "text",
    [
        "The caretaker was jailed after a hearing in which several pensioners described losing their savings.",
        "The bylaw was withdrawn after a debate at which some councillors argued it would close the market.",
    ],
)
def test_a_group_speaking_at_an_event_that_dates_the_clause_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Shares recovered after a decade in which many brokers believed the mine was worthless.",
         "many brokers believed"),
        ("Profits fell after a quarter in which several traders predicted a rally.", "several traders predicted"),
        ("The caretaker was jailed, a verdict that several pensioners said was too lenient.", "several pensioners said"),
    ],
)
def test_a_group_in_a_span_of_time_or_on_a_thing_stays_vague(text, span):
    assert_flags_span(text, RULE, span)
