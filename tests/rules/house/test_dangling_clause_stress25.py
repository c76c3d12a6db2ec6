"""house/dangling-clause on clean sentences of the shapes that round 25's stress sets (written by writers who had not
seen the rule) found it flagging, and the dangling clauses of the same shapes that stay flagged."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/dangling-clause"

# A reduced relative's passive dated by its own time after a thing, which the block's parse reads as no clause
# though a reading of the phrase alone makes its noun the subject.
DATED_REDUCED_RELATIVES = [
    "Despite the warnings issued that afternoon, hundreds of hikers set off up the mountain.",
    "Despite the ruling handed down the previous week, the council pressed ahead with the sale.",
    "Despite the trophy won the year before, the coach was dismissed in October.",
    "Despite the testimony heard that day, the panel voted to dismiss the case.",
    "Despite the funds raised that spring, the shelter had to close its doors.",
    "Despite the goals scored the previous season, the striker was left out of the squad.",
    "Despite the votes cast that morning, the result was not known until midnight.",
    "Despite the concessions made the week before, the union rejected the offer.",
    "Despite the pledges made that summer, few of the new homes have been built.",
    "Despite the record set the previous year, the relay team failed to reach the final.",
    "Despite the contract signed the following month, the builder never started work.",
    "Despite the arrests made that weekend, the looting continued for days.",
    "Despite the money spent the previous decade, the roads are still full of potholes.",
    "Despite the seats won that autumn, the party remained in opposition.",
    "Despite the medal earned the summer before, the sprinter lost her funding.",
    "Despite the evidence gathered that week, prosecutors dropped the charges.",
    "Despite the promises given that evening, the factory closed within a year.",
    "Despite the deal struck the previous night, the strike went ahead.",
    "Amid the cuts announced that week, the library reduced its opening hours.",
    "Despite the points dropped the previous weekend, the leaders still have a cushion at the top.",
    "Despite the ground gained that morning, the troops withdrew before nightfall.",
    "The talks collapsed, despite the progress made the day before.",
    "Despite the tickets sold that morning, the organisers cancelled the concert.",
]


@pytest.mark.parametrize("text", DATED_REDUCED_RELATIVES)
def test_a_dated_reduced_relative_after_a_thing_passes(text):
    assert_findings(text, RULE, [])


# The same shape with a person or a group as the subject, an object, or a past form that is no participle.
DATED_PAST_TENSES = [
    ("Despite the players won the cup that season, the club was relegated.", "Despite the players won"),
    ("The club was relegated, despite the team won the cup that season.", "despite the team won"),
    ("Shares fell sharply, amid the company reported a loss that quarter.", "amid the company reported"),
    ("Despite the river rose the following week, the town escaped flooding.", "Despite the river rose"),
    ("Despite Arsenal won the league that year, the manager was sacked.", "Despite Arsenal won"),
    (
        "Prices kept climbing, despite the central bank raised rates the previous month.",
        "despite the central bank raised",
    ),
    ("Despite the voters rejected the plan that spring, the council revived it.", "Despite the voters rejected"),
    ("The strike went ahead, despite the union accepted the deal the previous night.", "despite the union accepted"),
    ("Despite the bridge fell that winter, the ferry service was never restored.", "Despite the bridge fell"),
    ("Turnout was low, despite the candidates campaigned hard the final week.", "despite the candidates campaigned"),
    ("Despite the workers struck the previous summer, wages have not risen.", "Despite the workers struck"),
    ("The factory closed, despite the owners promised the staff new orders that year.", "despite the owners promised"),
    ("Despite the jury heard the evidence that morning, it reached no verdict.", "Despite the jury heard"),
    ("Amid the regulator fined the bank that week, its shares slid.", "Amid the regulator fined"),
    ("The plan stalled, despite the mayor signed the order the following day.", "despite the mayor signed"),
    ("Despite the striker scored twice that afternoon, the team lost.", "Despite the striker scored"),
    ("Despite the government spent billions the previous decade, the roads are poor.", "Despite the government spent"),
    ("The league expanded, despite most clubs opposed the idea that season.", "despite most clubs opposed"),
    ("Despite the police arrested six men that weekend, the looting went on.", "Despite the police arrested"),
    ("Despite the senators voted against it the previous year, the bill returned.", "Despite the senators voted"),
    ("The ferry sailed, despite the storm grew worse that evening.", "despite the storm grew"),
    ("Despite the minister resigned the following week, the scandal did not fade.", "Despite the minister resigned"),
    ("Despite the company hired 200 staff that year, it still missed its targets.", "Despite the company hired"),
    ("The school stayed open, despite the heating broke down the previous winter.", "despite the heating broke"),
    ("Despite the builders finished the roof that month, the house stood empty.", "Despite the builders finished"),
]


@pytest.mark.parametrize(("text", "span"), DATED_PAST_TENSES)
def test_a_dated_past_tense_after_a_person_or_with_an_object_is_flagged(text, span):
    assert_flags_span(text, RULE, span)
