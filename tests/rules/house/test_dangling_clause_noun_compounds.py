"""house/dangling-clause stays silent after compound prepositions on a noun ("on account of", "in view of", "in front
of", "at the heart of"): their noun's participles, relative clauses with no "that" and gerunds, the near misses any
widening of the prepositions of circumstance to such compounds must keep silent (one tried in this branch's history
added a false alarm on the held written news and no recall, so was taken back)."""

import pytest

from helpers import assert_findings

RULE = "house/dangling-clause"

CLEAN = [
    "The ward was closed on account of the staff shortages reported in May.",
    "The match was called off on account of the storm forecast for the weekend.",
    "The flights were delayed on account of the fog that settled over the airport.",
    "She was excused on account of the injury she suffered in training.",
    "The price was lowered on account of the damage the flood caused to the stock.",
    "In view of the evidence presented in court, the jury acquitted him.",
    "The board postponed the sale in view of the offers received last week.",
    "In view of the risks the engineers identified, the bridge will stay shut.",
    "The minister resigned in view of the criticism her remarks had drawn.",
    "By virtue of the powers granted to it, the board can overrule the mayor.",
    "She holds the seat by virtue of the votes cast for her party in 2019.",
    "By virtue of the treaty the two states signed, the border stays open.",
    "The school planted an oak in memory of the pupils killed in the crash.",
    "The family set up a fund in memory of the son they lost at sea.",
    "A bench was installed in memory of the teacher who founded the club.",
    "The concert was held in honour of the nurses working on the front line.",
    "A statue was unveiled in honour of the miners who died in the disaster.",
    "The city lit the bridge in honour of the champions the region had produced.",
    "The firm recruited staff in search of the skills its rivals had hoarded.",
    "Divers went down in search of the wreck reported off the headland.",
    "The villagers set out in search of the goats that had strayed into the hills.",
    "The council acted in support of the tenants facing eviction.",
    "Hundreds marched in support of the workers sacked by the mill.",
    "The union spoke out in support of the nurses the trust had suspended.",
    "The charity raised money in aid of the families displaced by the fire.",
    "The gala was staged in aid of the hospice the town had built.",
    "In terms of the money raised, the appeal was a success.",
    "The plan falls short in terms of the homes promised to young buyers.",
    "The budget was revised in light of the figures published on Friday.",
    "The meeting was adjourned in case of the vote being challenged.",
    "The councillor is in charge of the budget approved by the cabinet.",
    "The region is in need of the funds promised by the government.",
    "Residents protested in defence of the library the council wants to close.",
    "The agency paid out sums in excess of the limits set by the treasury.",
    "Crowds gathered in celebration of the victory the team had secured.",
    "The award was given in recognition of the work she did during the pandemic.",
    "The flags flew at half mast in tribute to the soldiers killed in the ambush.",
    "The rules changed in accordance with the law passed in March.",
    "Police made arrests in connection with the robbery reported on Sunday.",
    "In keeping with the tradition the founders started, the parade begins at dawn.",
    "Prices rose in step with the wages paid to factory workers.",
    "The coach stayed in touch with the players he had trained as boys.",
    "The firm acted in breach of the contract it signed with the city.",
    "Officials spoke in favour of keeping the station open.",
    "The village is at risk of losing its only school.",
    "The species is in danger of dying out within a decade.",
    "The team trained in preparation for the final scheduled for June.",
    "The mayor flew to Paris by way of the route the airline opened in May.",
    "The money was recovered by means of the search warrant issued on Monday.",
    "Staff worked late for fear of the deadline being missed.",
    "The band played in front of the crowd gathered outside the hall.",
    "In front of the crowd the players looked nervous.",
    "At the end of the season the club will review the manager's contract.",
    "The hospital closed its ward on account of the staff shortages reported in May.",
    "The family planted a tree in memory of the son they lost in the war.",
    "In view of the delays passengers were offered refunds.",
    "The store sits at the end of the road the council resurfaced last year.",
    "The bill was passed on account of the pressure voters put on their representatives.",
    "On account of the weather the match was postponed.",
    "In the middle of the night the alarm went off.",
    "She stood in front of the portrait her father had painted.",
    "In place of the old bridge the city will build a tunnel.",
    "The fund was renamed in honour of the nurse who founded it.",
    "At the heart of the dispute is a row over pensions.",
    "The bank sold bonds as part of the plan the board approved in May.",
    "Oil was found off the coast of the island the navy patrols.",
    "Patients waited up to the start of treatment given at the clinic.",
    "The club earned millions from the sale of the striker signed in 2019.",
    "Roads were closed for part of the day forecasters had warned about.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_noun_phrase_after_a_noun_led_compound_passes(text):
    assert_findings(text, RULE, [])
