"""house/unattributed-claim: hedges whose sentence answers "who says so?", and hedges that make no claim."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/unattributed-claim"

# A named speaker or account set off by a comma after the hedged clause reports it, also when the sentence goes on
# ("..., he said, and ...") or a semicolon closes the clause ("..., according to the indictment; ...").
HEDGES_REPORTED_BY_A_SPEAKER_AFTER_THEM = [
    "A knife thought to have been used in the robbery was found in a drain, she said, and has been sent for tests.",
    "A van believed to belong to the gang was stopped near Calais, the prosecutor said, and its driver was held.",
    "The cargo is believed to be worth $3 million, the coast guard said, and will be auctioned next month.",
    "One of the two brothers is thought to be living in Marseille, according to the indictment; the other is in jail.",
    "The wreck is believed to lie about 40 miles off the cape, according to the museum; divers will survey it in May.",
    "A rifle said to have been taken from an army depot was seized at the border, police said, and is being examined.",
    "The boat is believed to have left the harbour before dawn, Inspector Mahlangu said, and has not been seen since.",
    "A man believed to be the driver was detained at the scene, said Ms Ortega, and will appear in court on Monday.",
    "A drone thought to have come from a farm was seized, county police chief Ana Ruiz said, and two men were held.",
]
HEDGES_NOT_REPORTED_BY_A_SPEAKER_AFTER_THEM = [
    ("The crew is believed to have reached the shore, and the owner said the boat was insured.", "is believed to"),
    ("The hoard is thought to be worth a fortune; the farmer said he would sell it.", "is thought to"),
    ("The jewels are thought to be fakes, but the dealer, who said they came from Antwerp, has left.",
     "are thought to"),
]

# A verb of communication whose "in" names the works that present what it describes has them for its source, as an
# agent; not a vague quantity of works, nor a hedge noun.
PRESENTED_IN_WORKS = [
    "Lagos, often portrayed in thrillers as lawless, appears here as a city of quiet courtyards.",
    "The fjord, often presented in travel brochures as untouched, is lined with fish farms.",
    "The general, depicted in the school textbooks as a hero, was a slave trader.",
    "The island, often described in guidebooks as a paradise, has no fresh water in summer.",
]
PRESENTED_BY_NO_ONE_IN_PARTICULAR = [
    ("The drug is often presented in some studies as a cure.", "is often presented"),
    ("The port is often described as lawless.", "is often described"),
    ("The singer is often portrayed as a recluse.", "is often portrayed"),
]

# A hedge noun's verb in a past clause of time tells when something else happened.
HEDGE_NOUNS_IN_PAST_EVENTS = [
    "The hall filled up after lunch as word spread that the minister would speak.",
    "Queues formed outside the bank when rumours spread that it would close.",
    "Prices jumped after speculation grew that the mine would shut.",
    "Shoppers emptied the shelves as fears mounted that the port would close.",
]
HEDGE_NOUNS_STATED = [
    ("As fears grow that the dam will fail, residents are leaving.", "fears grow"),
    ("Word has spread that the coach will quit.", "Word has spread"),
    ("Word spread that the coach would quit.", "Word spread"),
]

# A vague speaker or account after the hedge is no source for it: both are flagged.
HEDGES_BEFORE_A_VAGUE_SPEAKER = [
    ("A rifle believed to have been stolen was found in the boot, some officers said.",
     ["believed to", "some officers said"]),
    ("The bridge is said to be unsafe, according to some residents; the council disagrees.",
     ["is said to", "according to some residents"]),
    ("The boat is believed to have sunk off the cape, several fishermen said, and the search was called off.",
     ["is believed to", "several fishermen said"]),
]

# An estimate of a figure, an infinitive of state (cost, be, number, last ...) with a number, is a measurement the
# body reporting it makes, not a view someone hides; an estimate of an event, of no figure, or by many stays a hedge.
ESTIMATES_OF_A_FIGURE = [
    "The bridge is estimated to have cost $40 million.",
    "The new terminal, estimated to cost $1.2 billion, is due to open in 2029.",
    "The bridge is estimated to cost about 40 million euros, and work will start in the spring.",
    "The oldest of the olive trees is estimated to be more than 900 years old.",
    "The herd is estimated to number about 3,000 animals.",
    "The outage was estimated to last at least 12 hours.",
    "The collection is estimated to contain some 40,000 letters.",
    "The stadium was originally estimated to cost 150 million pounds.",
    "The deposit is estimated to hold 2.5 million tonnes of copper.",
    "Each turbine is estimated to weigh 700 tonnes.",
    "Upgrades to the two pumping stations, estimated to cost 80 million rand, will begin in March.",
    "The cathedral's bells are estimated to be about 600 years old.",
    "The strike is estimated to have cost the economy 2 billion euros.",
]
UNSOURCED_ESTIMATES = [
    ("The fire is estimated to have destroyed 300 homes.", "is estimated to"),
    ("The tower is estimated by many to be unsafe.", "is estimated by many to"),
    ("The virus is estimated to have infected 40 percent of the town's residents.", "is estimated to"),
    ("The new terminal is widely estimated to cost $1.2 billion.", "is widely estimated to"),
    ("The painting is estimated to be worth a fortune.", "is estimated to"),
    ("The tax is estimated to hurt small businesses the most.", "is estimated to"),
    ("The attack is estimated to have killed 300 people.", "is estimated to"),
    ("The scheme is often estimated to cost billions.", "is often estimated to"),
    ("The terminal is believed to cost $1.2 billion.", "is believed to"),
]

# An adverb of appearance in the writer's own elliptical aside, on the last item of a list or on the pro-verb of a
# repeated predicate, states no proposition someone else could be the source of; an adverb made from a participle of
# saying or thinking ("reportedly", "supposedly") names a report or a belief even there.
ASIDES_OF_APPEARANCE = [
    "The band played with a fine horn section, a tireless drummer and, apparently, a broken amplifier.",
    "The referee saw the foul coming, and so, apparently, did the goalkeeper.",
    "The crowd sensed an upset, and so apparently did the coach.",
    "The production has a bold set, a strong chorus and, apparently, an unlimited budget for smoke.",
]
HEDGES_OF_REPORT_OR_A_CLAIM = [
    ("The minister knew about the plan, and so, reportedly, did her deputy.", "reportedly"),
    ("The club signed a striker, a goalkeeper and, reportedly, a new coach.", "reportedly"),
    ("The two climbers apparently took the wrong path.", "apparently"),
    ("The painting, supposedly a self-portrait, hung unnoticed in a farmhouse for a century.", "supposedly"),
    ("The minister apparently knew, and so did her aides.", "apparently"),
    ("The relic, apparently a fragment of a Roman altar, was stolen on Monday.", "apparently"),
]


@pytest.mark.parametrize(
    "text",
    HEDGES_REPORTED_BY_A_SPEAKER_AFTER_THEM + PRESENTED_IN_WORKS + HEDGE_NOUNS_IN_PAST_EVENTS + ASIDES_OF_APPEARANCE
    + ESTIMATES_OF_A_FIGURE,
)
def test_answered_and_unclaimed_hedges_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    HEDGES_NOT_REPORTED_BY_A_SPEAKER_AFTER_THEM + PRESENTED_BY_NO_ONE_IN_PARTICULAR + HEDGE_NOUNS_STATED
    + UNSOURCED_ESTIMATES + HEDGES_OF_REPORT_OR_A_CLAIM,
)
def test_unanswered_hedges_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text, spans", HEDGES_BEFORE_A_VAGUE_SPEAKER)
def test_hedges_before_a_vague_speaker_are_flagged_with_it(text, spans):
    columns = [text.index(span) + 1 for span in spans]
    assert_findings(text, RULE, [(1, column, column + len(span)) for column, span in zip(columns, spans)])
