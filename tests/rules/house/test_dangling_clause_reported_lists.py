"""house/dangling-clause on fresh copy: a phrase inside the subject of a clause that an -ing verb of saying reports,
and a new main clause after ", and" once a list has closed, are no dangling clauses; their look-alikes still are."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/dangling-clause"


@pytest.mark.parametrize(
    "text",
    [
        # "per" divides the unit before it, inside the subject of the clause "saying" reports
        "Transport officials have published a new speed plan for Dublin, Cork and Galway, with engineers saying limits "
        "of 30 kilometres per hour would cut injuries on residential streets by a third.",
        "The fisheries board has set a new catch limit for the western coast, with scientists saying landings of under "
        "40 tonnes per boat should allow stocks to recover.",
        "The aviation authority has grounded two planes in Port Moresby, with inspectors saying cracks of up to five "
        "centimetres per wing panel could cause a failure.",
    ],
)
def test_a_phrase_inside_the_subject_of_a_reported_clause_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The state has issued a heat alert, with temperatures of up to 40 degrees per afternoon could stress cattle.",
         "with temperatures of up to 40 degrees per afternoon could stress"),
        ("The council approved the plan, with fees of two pounds per hour will apply from May.",
         "with fees of two pounds per hour will apply"),
    ],
)
def test_the_phrase_before_the_subject_still_dangles(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        # ", and" after a list that "and" has closed, past a second phrase: a new main clause
        "The ministry licensed boats built from recycled plastics, including bottles and nets, for use on the lagoon, "
        "and three yards now build them.",
        "Inspectors found faults in several bridges, including the Shannon crossing and two rail viaducts, during the "
        "survey, and repairs will start in spring.",
        "The hospital bought new scanners, including MRI and CT units, for the west wing, but staff shortages have "
        "delayed their use.",
    ],
)
def test_a_main_clause_after_a_closed_list_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials raided several warehouses, with phones, watches, and cash were seized.",
         "with phones, watches, and cash were seized"),
        ("The hospital opened its new wing, despite MRI and CT units are still waiting for staff.",
         "despite MRI and CT units are still waiting"),
    ],
)
def test_a_list_that_opens_the_clause_still_dangles(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        # ", but" after any comma: a list never goes on with "but"
        "Growers lost crops to the frost, including apples, across the valley, but insurers say most claims will be paid.",
        "The county closed roads near the river, including the main bridge, on Sunday, but most reopened by nightfall.",
    ],
)
def test_a_main_clause_after_but_passes(text):
    assert_findings(text, RULE, [])
