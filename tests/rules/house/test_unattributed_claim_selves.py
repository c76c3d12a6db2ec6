"""house/unattributed-claim: what a group of speakers plainly reports about itself ("several cyclists said they had ridden
through the night") is testimony of what they did, felt or went through, not a claim credited to a vague source; a
clause about someone else's act (but a clause of time, which dates theirs), a plan or forecast, a belief, what was done
to them, a pronoun before the group, or a verb that complains or suggests stays a claim."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/unattributed-claim"


@pytest.mark.parametrize(
    "text",
    [
        "Several cyclists said they had ridden through the night to reach the border.",
        "Some pensioners said they were nervous about the new card readers.",
        "Many commuters said they had queued for over an hour in the rain.",
        "Others said they missed the old market hall.",
        "A few volunteers said they had slept in their cars.",
        "Several nurses said they were exhausted after the double shifts.",
        "Many parents say they walk their children to school now.",
        "Some shoppers said they were surprised by the size of the crowd.",
        "The concert drew hundreds of teenagers, many of whom said they had travelled from the coast.",
        "Most fans said they had loved every minute of the final.",
        "Several fishermen said they had lost their nets in the storm.",
        "Some students said they walked to the stadium from the station.",
        "Many tenants say they feel unsafe in the stairwells at night.",
        "Others said they had never seen such a crowd in the village.",
        "Several farmers said they were relieved by the rain.",
        "Many visitors said they had enjoyed the lantern parade.",
        "Some riders said they were frightened by the sudden braking.",
        "A few residents said they had fled their homes before dawn.",
        "Numerous drivers said they had spent the night on the hard shoulder.",
        "Several teachers say they buy classroom supplies with their own money.",
        "Some islanders said they were unhappy with the ferry timetable.",
        "Many climbers said they had turned back below the summit.",
        "Others said they wanted more time with their families.",
        "Some spectators said they had cheered the riders all afternoon.",
        "Many people said they had waited since dawn for the doors to open.",
        "Some fans said they had left the stadium before the second half began.",
        "Several hikers said they had sheltered in a barn until the storm passed.",
    ],
)
def test_a_group_speaking_of_what_it_did_or_felt_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Many couriers say they have not been paid for the last two months.", "Many couriers say"),
        ("Several tenants said they were never warned about the damp.", "Several tenants said"),
        ("Some cleaners claim they were told to work without gloves.", "Some cleaners claim"),
        ("Many staff said they were not consulted about the merger.", "Many staff said"),
        ("Many growers say they will switch to barley next season.", "Many growers say"),
        ("Some commuters said they would have preferred a later timetable.", "Some commuters said"),
        ("Several dockers said they could no longer afford the rent.", "Several dockers said"),
        ("Some porters said they had learned of the closure from the radio.", "Some porters said"),
        ("Critics said they believe the scheme breaks the law.", "Critics said"),
        ("Many residents said they feared the quarry would poison the well.", "Many residents said"),
        ("Some workers said they had left because the managers ignored safety rules.", "Some workers said"),
        ("Several sources said they had seen the draft budget.", "Several sources said"),
        ("Some people familiar with the talks said they had read the letter.", "Some people familiar with the talks said"),
        ("Many residents said they were harassed by the bailiffs.", "Many residents said"),
        ("Some parents say they are victims of a billing error.", "Some parents say"),
        ("Many analysts say they expect a rate cut in June.", "Many analysts say"),
        ("Some voters say they think the mayor lied.", "Some voters say"),
        ("Several guards said they were ordered to lock the gates.", "Several guards said"),
        ("Many farmers say the drought has ruined their harvest.", "Many farmers say"),
        ("Some officials said the ferry had waited three hours.", "Some officials said"),
        ("Some officials said they had seen the audit.", "Some officials said"),
        ("Others said they had never seen the river so high.", "Others said"),
        ("Several drivers said they saw the police stop the convoy.", "Several drivers said"),
        ("Some fans said they had left the stadium because the referee was biased.", "Some fans said"),
        ("They were never told about the closure, many residents say.", "many residents say"),
        ("The ferry, several islanders said, had waited three hours.", "several islanders said"),
        ("They had walked for two days, several women said.", "several women said"),
        ("In vast numbers, researchers say, they strip the lake of algae.", "researchers say"),
        ("Many bus drivers say they have gone unpaid since the spring.", "Many bus drivers say"),
        ("Some shoppers said they felt cheated by the new prices.", "Some shoppers said"),
        ("Many residents suggest they were quietly abandoned.", "Many residents suggest"),
        ("Some tenants complain they have waited months for repairs.", "Some tenants complain"),
    ],
)
def test_a_claim_about_the_world_or_about_what_was_done_to_them_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


# "testify" is a plain report, made as a witness in a hearing: what a group of witnesses testifies about itself is
# testimony as what it says about itself is; a claim about someone else, a belief or what was done to them stays one.
@pytest.mark.parametrize(
    "text",
    [
        "Several former patients testified that they had waited hours and seen no doctor.",
        "Several tenants testified that they had gone without heating for two winters.",
        "Some bystanders testified that they had run from the square before the shots.",
        "Many of the investors testified that they had lost their savings in the scheme.",
        "Several miners testified that they had delayed operations to keep their pensions.",
        "Some passengers testified that they were frightened by the sudden braking.",
        "A few neighbours testified that they had smelled smoke before midnight.",
        "Several victims testified that they had paid deposits for flats in the tower.",
    ],
)
def test_a_group_testifying_to_what_it_did_or_felt_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Several experts testified that the drug was safe.", "Several experts testified"),
        ("Some witnesses testified that the defendant had a gun.", "Some witnesses testified"),
        ("Several doctors testified that the surgeon had been negligent.", "Several doctors testified"),
        ("Many residents testified that the plant would pollute the river.", "Many residents testified"),
        ("Several former employees testified that they were told to shred the files.",
         "Several former employees testified"),
        ("Some tenants testified that they feared the landlord would evict them.", "Some tenants testified"),
        ("Several nurses testified that they will leave the ward if the cuts go ahead.", "Several nurses testified"),
        ("Some drivers testified that the company had docked their pay.", "Some drivers testified"),
        ("Critics testified that the scheme breaks the law.", "Critics testified"),
        ("Some officials testified that they had seen the audit.", "Some officials testified"),
        ("Several analysts testified that they expect prices to rise.", "Several analysts testified"),
        ("Many farmers testified that the drought had ruined the harvest.", "Many farmers testified"),
    ],
)
def test_a_group_testifying_to_a_claim_about_the_world_stays_flagged(text, span):
    assert_flags_span(text, RULE, span)
