"""house/unattributed-claim on fresh copy: a group the reporter questioned (the passive participle of a verb that
asks people after it) is identified by that method; a group known by its access or its kind stays vague."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/unattributed-claim"


@pytest.mark.parametrize(
    "text",
    [
        "Timber prices will keep climbing into the spring, according to economists and builders interviewed this week.",
        "The terminal will open months late, according to experts and contractors contacted on Monday.",
        "Dairy herds will shrink within five years, according to economists and vets surveyed this summer.",
        "Freight rates will double by Christmas, according to analysts and shippers polled by the paper.",
    ],
)
def test_a_group_the_reporter_questioned_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Timber prices will keep climbing into the spring, according to economists and builders.",
         "according to economists and builders"),
        ("The plant will close next year, according to experts and managers told of the plan.",
         "according to experts and managers told of the plan"),
        ("The fishery could reopen by March, according to scientists and skippers familiar with the stocks.",
         "according to scientists and skippers familiar with the stocks"),
    ],
)
def test_a_group_known_by_its_kind_or_its_access_stays_vague(text, span):
    assert_flags_span(text, RULE, span)
