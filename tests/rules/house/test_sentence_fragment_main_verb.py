"""house/sentence-fragment stays silent when a word in a main verb's place may be the main verb the tagger missed."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The figures were released on Monday. "

# A complete subject (a noun phrase with its prepositional phrases, an insertion set in commas, or the clause after
# an opening place phrase and its apposition), then a word whose form may be a finite verb agreeing with it, before
# its object: the parse hung that verb on a noun or read it as one.
COMPLETE_SENTENCES = [
    "A jump in burglaries on the estate in the months after Easter prompted a public meeting.",
    "A wave of cancellations at the airport in the days before New Year stranded thousands of travellers.",
    "A spike in thefts from parked cars in the weeks before Christmas prompted the police to add patrols.",
    "A hospital in the east of the city treats most of the region's burns cases.",
    "The region around the lake exports most of the country's fish.",
    "In Hebden Bridge, a Yorkshire town that floods often when the Calder rises, traders have raised their shops.",
    "In Swansea, a city that trains most of the nurses in the region, the hospital cut jobs.",
    "In Manaus, a city in the Amazon that depends on river traffic, the drought stranded boats.",
    # two "-s" verbs joined after an insertion
    "The Dutch agency, known locally as RWS, inspects and repairs the dikes along the northern coast.",
    "The agency, set up after the 2008 crash, audits and fines banks that break the rules.",
    # a plural verb after "it" belongs to the noun before: "... to widen the motorway for it have formed ..."
    "Residents of the homes that must be demolished to widen the motorway for it have formed a group.",
    # a subject and its insertion after "But"
    "Ayr had gone ahead in the 30th minute when their winger cut inside and curled a shot into the far corner. "
    "But Elgin, roared on by a travelling support that had filled the away end, levelled five minutes after the "
    "break through their captain, who headed home a corner.",
    # after an opening clause whose verb the tagger read as a noun, or after a subordinator used as a preposition
    "When a big earthquake strikes, landslides and shaking send pulses of mud into the fjords.",
    "When the dam spills, silt and driftwood clog the intakes of the mill downstream.",
    "As Romeo and Juliet, Okafor and Lindqvist make the balcony scene feel new.",
    "As chair of the board, Ms. Aziz and her deputy set the agenda each month.",
    # after another sentence, main verbs the parse missed: after the comma closing an opening phrase or clause, a
    # past form of a verb WordNet also uses without an object, before a preposition (a participle on an apposition
    # to the opening phrase's noun is rare); the subject may open with words that measure its number
    BEFORE + "In the hours before the storm made landfall, long lines formed at petrol stations across the island.",
    BEFORE + "At a small pharmacy near the bus station in Tema, a queue formed early on a cold morning.",
    BEFORE + "Outside the regional courthouse, a small group of relatives of the accused gathered before the hearing.",
    BEFORE + "In Gulu, Lira and Arua, more than 25 percent of candidates passed in Division One.",
    BEFORE + "In Jinja and Masaka, nearly 18 percent of candidates passed in Division One.",
    # a word in a main verb's place beside a relative clause, which is then not the sentence's only clause
    BEFORE + "Several letters from the tenants concerned repairs, which the landlord had promised for months.",
    BEFORE + "The blight, a fungus whose spores ride on the wind, has reached the northern valleys.",
    BEFORE + "The debate centered on the council's reserves, which have grown to about $90 million.",
    BEFORE + "The negotiations stalled over the border crossing, which both sides claim.",
    # words that measure a number open an object; an adverb the parser hung on a present tense marks a verb
    BEFORE + "The draft budget earmarks about €420 million for schools.",
    BEFORE + "As the afternoon wears on, the market square slowly empties.",
    BEFORE + "When the lunch rush passes, the food court slowly empties.",
    BEFORE + "After the school run, the village high street gradually empties.",
    # a base form agrees only with a plural, so a bare singular noun before it is no compound's first part
    BEFORE + "Prices of fresh fruit climb sharply in the winter months.",
    BEFORE + "Imports of crude oil slump to their lowest level in a decade.",
    BEFORE + "Levels of river pollution peak after heavy rain.",
    # an abbreviated title before a name ends no sentence (the shared parse keeps its full stop: nlp/pipeline.py)
    BEFORE + "The utility's managing director, Eng. Grace Wanjiru, told the committee that a third of it is lost.",
]

# The same surface shapes without a subject before the word, or without its object: still fragments.
FRAGMENTS = [
    "Heavy rains across the north and flash floods in the valleys south of the capital.",
    "Families in the streets that will be cleared to make room for the new line.",
    "A report released Tuesday by the ministry of health in the capital.",
    "Hundreds of tenants in the buildings that were sold to pay for the new road.",
    "In Durban, a port city that handles most of South Africa's containers.",
    "A jump in burglaries on the estate in the months after Easter, which prompted a public meeting.",
    "The striker, cheered by a crowd that had waited for hours in the rain before kick-off.",
    "Rising tensions between the two towns over car parking charges near the station.",
    # the opening clause's list is no main clause; a subordinator that is no preposition opens no phrase
    "Because tenants of Mill Street, Quay Road and Harbour Lane oppose the plan.",
    "Although members of the choir, the band and the youth club signed the petition.",
    "When the council, which had promised to act, finally voted on the plan in March.",
    # the same words with no main verb: a participle with its agent or in a list the opening phrase began, a
    # relative clause alone, a measure or an adverb in a phrase, a noun phrase ending in a bare noun, an apposition
    "In Durban, a port built by the Dutch in the seventeenth century.",
    "Like kayaks, canoes, paddleboards and the small dinghies sold at the marina.",
    "In Gulu, Lira and Arua, more than 25 percent of the candidates in the rural schools.",
    "Several letters from the tenants, which the landlord had ignored for months.",
    "Teachers whose contracts were not renewed after the cuts.",
    "The roads closed by the police, which reopened on Friday.",
    "Whom the trustees had tried to hire for the post in 2019 before he took a job in Ohio.",
    "The draft budget for about €420 million in new schools.",
    "Around 80 teams from across Europe and the Middle East.",
    "Because the stadium car park quickly clears after the match.",
    "The price of fresh fruit in the winter months.",
    "A sharp slump in imports of crude oil this year.",
    "A steep drop in shares of the steel group after the warning.",
    "Grace Wanjiru, the utility's managing director since 2019.",
]


@pytest.mark.parametrize("sentence", COMPLETE_SENTENCES)
def test_a_verb_in_the_main_verb_place_is_a_main_clause(sentence):
    assert_findings(sentence, RULE, [])


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_the_same_shapes_without_a_subject_or_object_are_fragments(fragment):
    assert_flags_span(f"The figures were released on Monday. {fragment}", RULE, fragment)


# A present tense the tagger read as a plural noun, after a whole subject and before no object: a preposition, an
# adverb or a conjunction that opens a clause follows it (a bare noun may be the subject before "because").
VERBS_WITHOUT_OBJECT = [
    "The late bus departs from outside the library.",
    "The market hall empties after the lunchtime rush.",
    "The fishing season peaks in early autumn.",
    "The cross-channel ferry sails at six on weekdays.",
    "The evening train departs from the old platform.",
    "The mobile clinic visits on alternate Thursdays.",
    "The old tram depot closes at the end of the year.",
    "Cheap energy matters because the smelter runs around the clock.",
]

# The same shapes with no verb: a compound noun WordNet lists, a participle with its agent or before a preposition,
# a verb form the corpus never uses as one.
NOUNS_BEFORE_NO_OBJECT = [
    "Especially the dairy farms along the river.",
    "The homes flooded by the river in March.",
    "The houses built on the flood plain in the 1970s.",
    "The new bus services to the airport from next month.",
    "More NATO troops along the border with Belarus.",
    # the last item of a list after a preposition
    "A long night for nurses, porters and the ambulance crews across the whole region.",
]


@pytest.mark.parametrize("sentence", VERBS_WITHOUT_OBJECT)
def test_a_verb_without_an_object_in_the_main_verb_place_is_a_main_clause(sentence):
    assert_findings(f"The figures were released on Monday. {sentence}", RULE, [])


@pytest.mark.parametrize("fragment", NOUNS_BEFORE_NO_OBJECT)
def test_the_same_shapes_with_no_verb_are_fragments(fragment):
    assert_flags_span(f"The figures were released on Monday. {fragment}", RULE, fragment)


# After a subordinator that is a preposition too, its object may have an insertion set in commas before the subject.
AFTER_OBJECT_WITH_INSERTION = (
    "As Claudius, the uncle who seizes the crown, Erik Dahl is smoothly menacing, all charm and menace."
)
# A subordinator's noun and its insertion, with no verb of a subject after them, or a verb right after the comma.
OBJECTS_WITH_INSERTION = [
    "As the storm, which had stalled offshore for a day.",
    "Since the merger, which the regulator approved in May.",
    "As the minister, who had promised action, stayed silent.",
]


def test_a_subject_after_an_object_with_its_insertion_has_its_verb():
    assert_findings(f"The figures were released on Monday. {AFTER_OBJECT_WITH_INSERTION}", RULE, [])


@pytest.mark.parametrize("fragment", OBJECTS_WITH_INSERTION)
def test_an_object_with_its_insertion_alone_is_a_fragment(fragment):
    assert_flags_span(f"The figures were released on Monday. {fragment}", RULE, fragment)


# A present tense after the comma that closes a relative clause on the opening noun, agreeing with that noun as the
# relative clause's verb does (or, after a past, as the noun's number does; a name takes either): the main verb.
AFTER_RELATIVE_CLAUSE = [
    "The old corn exchange, which opened in 1862 and seats about 400, suits small touring companies well.",
    "Munster, who top the pool with two wins, host Toulouse at Thomond Park next month.",
    "Derby, who lie third in the table, host Millwall on Boxing Day.",
    "Cardiff, who won the cup in 2008, head to Swansea for the derby on Sunday.",
]
# The same opening without a verb after the clause, or with a word that cannot agree or modifies a noun after it.
RELATIVE_CLAUSE_ONLY = [
    "The town's oldest bridge, which opened in 1890 and carries 9,000 cars a day.",
    "Kent, who head the table after four rounds of the championship.",
    "The old mill, which closed in 1971, home to a museum of crafts.",
]


@pytest.mark.parametrize("sentence", AFTER_RELATIVE_CLAUSE)
def test_a_present_tense_after_a_closed_relative_clause_is_the_main_verb(sentence):
    assert_findings(f"The fixtures were published on Monday. {sentence}", RULE, [])


@pytest.mark.parametrize("fragment", RELATIVE_CLAUSE_ONLY)
def test_a_noun_with_only_its_relative_clause_is_still_a_fragment(fragment):
    assert_flags_span(f"The fixtures were published on Monday. {fragment}", RULE, fragment)


# A name the article writes elsewhere inside a sentence opens the sentence, and a present tense follows it: a team or
# a company takes a plural verb in British copy ("Celtic return"), a country a singular one ("Bhutan charges").
NAME_THEN_VERB = [
    "Galway trail Kilkenny by three points with ten minutes to play.",
    "Ajax return to action after the international break against Utrecht.",
    "Penybont climb to third, level on points with Bala Town.",
    "The Hendersons plan to sell the cottage once the harvest is in.",
]
NAME_FRAGMENTS = [
    "Celtic fans outside the ground long after the final whistle.",  # an "-s" form before a preposition: a noun
    "Chinese demand for iron ore from Australian mines in the first half.",  # an adjective of nationality
]


@pytest.mark.parametrize("sentence", NAME_THEN_VERB)
def test_a_present_tense_after_an_opening_name_is_the_main_verb(sentence):
    name = sentence.split()[1 if sentence.startswith("The ") else 0]
    assert_findings(f"The fixtures were published on Monday. {sentence}\n\nIt was a good week for {name}.", RULE, [])


@pytest.mark.parametrize("fragment", NAME_FRAGMENTS)
def test_a_noun_after_an_opening_name_or_nationality_is_still_a_fragment(fragment):
    mention = fragment.split()[0]
    text = f"The fixtures were published on Monday. {fragment}\n\nIt was a good week for {mention} exporters."
    assert_flags_span(text, RULE, fragment)


# A price after the verb is its object, whatever the currency sign's tag; "to" before a noun in the subject is a
# preposition ("from Leeds to York").
PRICES = [
    "A single ticket from Leeds to York costs £12 at peak times.",
    "The train from Mumbai to Pune costs ₹500 in second class.",
    "A week's stay at the clinic costs ¥350,000 without insurance.",
]
PRICE_FRAGMENTS = [
    "A monthly pass from Virar to Churchgate at ₹2,205 on the air-conditioned trains.",
    "A return fare from Cork to Galway of €35 on weekdays.",
]


@pytest.mark.parametrize("sentence", PRICES)
def test_a_verb_before_a_price_is_the_main_verb(sentence):
    assert_findings(f"The fares were published on Monday. {sentence}", RULE, [])


@pytest.mark.parametrize("fragment", PRICE_FRAGMENTS)
def test_a_price_without_a_verb_is_still_a_fragment(fragment):
    assert_flags_span(f"The fares were published on Monday. {fragment}", RULE, fragment)


# A singular common noun ending the opening noun phrase, then an "-s" form the tagger read as a plural noun, before
# a preposition or an object: the form agrees with that noun, so it may be the main verb (British spellings and
# hyphenated verbs among them).
SINGULAR_THEN_VERB = [
    "The new plan centres on cheaper ferries and longer hours at the harbour office.",
    "The parish council twins with a small town in Brittany after a vote in March.",
    "The county authority ring-fences part of the grant for youth clubs.",
    "The family bakery exports to shops in nine countries across Europe.",
    "The housing trust rents to nurses and teachers on modest incomes.",
    # a noun right after the determiner, read as an adjective
    "The novel centers on a family of sheep farmers in the hills above the lake.",
    "The fair runs through the second week of December in the old market.",
]
SINGULAR_THEN_NOUN_FRAGMENTS = [
    "The council offices on the high street near the old market.",
    "The new plan for cheaper ferries and longer hours at the harbour office.",
    "The family bakery with shops in nine countries across Europe.",
    # a compound noun WordNet lists, a superlative or a comparative in the noun phrase
    "The new bus services to the airport from next month.",
    "The biggest job cuts in the history of the bank.",
    "The brighter the street lights along the canal towpath.",
    # an adjective that is no noun right after the determiner
    "The recent rains in the north of the county last week.",
]


@pytest.mark.parametrize("sentence", SINGULAR_THEN_VERB)
def test_an_s_form_after_an_opening_singular_noun_is_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", SINGULAR_THEN_NOUN_FRAGMENTS)
def test_a_plural_that_is_no_verb_or_no_s_form_after_the_noun_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


# A verb the tagger read as an adverb, a preposition or a particle ("back", "free"), which the parse gave its direct
# object: a noun phrase with no verb has no object.
VERB_WITH_OBJECT = [
    "All of the candidates back the plan in principle.",
    "Most of the residents back the council's bid for the stadium.",
    "Fans of the club back the manager despite the poor run.",
    "Both unions back the new rota for the night shift.",
    "Residents of the estate back the campaign for a new bus route.",
]
# The same words as modifiers of a noun, or an object inside a hyphenated modifier: no verb.
MODIFIER_FRAGMENTS = [
    "Back taxes of £2 million owed by the firm since 2019.",
    "Free courses at every branch of the library in the county.",
    "A clear plan for the harbour and its fishing fleet.",
    "Cut-price tickets for pensioners on Tuesday afternoons.",
]


@pytest.mark.parametrize("sentence", VERB_WITH_OBJECT)
def test_a_word_with_a_direct_object_is_the_verb_whatever_its_tag(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", MODIFIER_FRAGMENTS)
def test_a_modifier_without_an_object_is_no_verb(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        "Just under 10 percent of candidates passed in Division One.",
        "Just under 30 percent of the harvest rotted in the fields.",
        "Just under 5 percent of applicants succeeded at the first attempt.",
    ],
)
def test_a_preposition_that_measures_a_number_opens_a_subject(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        "Just under 10 percent of the budget for roads in the county.",
        "Over 5 percent of applicants at the first attempt.",
        "Around 60 people outside the court before the hearing.",
    ],
)
def test_a_number_a_preposition_measures_without_a_verb_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb or preposition has one object: the relative word already is it, so the past form that opens the
        # noun phrase the parser made a second one is the main verb
        "The tram line that the mayor promised to extend reported record passenger numbers in May.",
        "The painting that the gallery hoped to acquire fetched nearly $3 million at auction.",
        "The hall that the choir relies on most needed urgent repairs after the flood.",
    ],
)
def test_a_past_form_after_a_relative_clause_that_has_its_object_is_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        "The lorries that the company leased to carry frozen fish from the port.",
        "The parcels that the charity sent stranded families over the holidays.",
        "The grants that the trust offered struggling farmers after the drought.",
    ],
)
def test_a_past_form_opening_the_object_of_the_relative_clause_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        "When the snow melts, the pass reopens.",
        "Once the cruise ships sail, the old town quietens.",
        "When the ferry is late, the island waits.",
        "As the dollar weakens, the price of copper climbs.",
    ],
)
def test_a_present_tense_closing_the_clause_after_an_opening_phrase_is_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        "After the harvest, the farm's empty grain stores.",
        "In the town square, the old covered market stalls.",
        "When the ferry is late, and the island waits.",
    ],
)
def test_a_plural_closing_a_phrase_after_an_opening_phrase_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        "Booking seats online costs £4 less.",
        "Renewing permits online costs £5 less than by post.",
    ],
)
def test_an_s_form_after_an_opening_gerund_and_its_object_is_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        "Booking seats online at a lower price.",
        "Paying fines online through the council's website.",
    ],
)
def test_a_gerund_with_its_object_and_no_verb_is_still_a_fragment(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


# Session 20, fresh written sets 76-78: a subject whose insertion set in commas opens with an adverb ("now long
# gone"), after an opening prepositional phrase ("In the 1960s its hotel"), or with an adverb before its participle
# ("Locally acquired cases"), then the verb; near misses: the same subjects with no verb after the insertion.
@pytest.mark.parametrize(
    "sentence",
    [
        "In the 1960s its ballroom, now long gone, hosted dances every Saturday night.",
        "During the war its docks, heavily bombed in 1941, handled convoys for the navy.",
        "By 2015 its workforce, largely drawn from the valley, topped 2,000.",
        "Newly elected councillors, most of them under 40, took their seats on Monday.",
        "Badly damaged buildings, including the town hall, remain closed to the public.",
        "The union, meanwhile, called a ballot for next month.",
    ],
)
def test_a_verb_after_an_insertion_on_a_subject_after_an_opening_phrase_or_adverb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 1960s its ballroom, now long gone, and its tea rooms by the sea.",
        "During the war its docks, heavily bombed by the Luftwaffe in 1941.",
        "Newly elected councillors, most of them under 40 and from the suburbs.",
        "On match days the stadium, built in 1923 by the railway company.",
    ],
)
def test_the_same_subjects_without_a_verb_after_the_insertion_are_fragments(sentence):
    assert_flags_span(BEFORE + sentence, RULE, sentence)


# Session 20, near misses of class N11: a past tense the tagger read as a noun, a form WordNet knows only as a verb's,
# after the verb of a relative clause on the subject is the main verb; near misses: the past after a subordinator,
# or the verb of a relative clause that reports with a gap.
@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the passengers who were on the upper deck swam to safety.",
        "Villagers who lived below the dam ran to higher ground.",
        "Fishermen who were at sea ran for the nearest harbour.",
        "Residents who lived by the canal swam to safety.",
    ],
)
def test_a_past_read_as_a_noun_after_a_relative_clause_is_the_main_verb(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The passengers who were on the upper deck when the ship sank.",
        "The sailor who the coastguard said swam for three hours.",
        "Cattle that swam to the dyke when the water rose.",
    ],
)
def test_a_past_after_a_subordinator_or_a_reported_gap_leaves_a_fragment(sentence):
    assert_flags_span(BEFORE + sentence, RULE, sentence)


# A word whose form is a finite verb WordNet knows, whatever its tag, after words that can be its subject and agree
# with it (a noun phrase with its post-modifiers, or a share of a group: "Most of the cash"), before a preposition,
# a particle, an adverb or an object: the rule cannot decide, so it stays silent.
VERB_BY_ITS_FORM = [
    "Most of the cash from the appeal funds meals for pensioners.",
    "Much of the country's coffee ships through the northern port.",
    "Her version of events tallies with the driver's statement.",
    "Much of the region's wheat ships through the port.",
    "Most of the timber from the estate ships to mills in the south.",
    # the British "-ise" spelling of a verb also spelt "-ize", whatever its tag
    "Many of them sympathise with the dockers.",
    "Several of them socialise after the training session.",
    # a bare noun phrase opening the sentence, before the verb's object
    "Warm weather in the south boosted sales of ice cream.",
    "Fierce heat across the country buckled rail tracks.",
]
# The same shapes where no word can be such a verb: a noun that ends a compound ("the bond market", "the rail
# links" after a whole noun phrase), or a plural with no singular subject before it.
NO_VERB_BY_ITS_FORM = [
    "A setback for the rail links to the north.",
    "A verdict on the council's road repairs since spring.",
    "Fresh gains in the bond market after the budget.",
    "A rise in calls to the helpline over the holidays.",
    "A drop in visits to the town centre during the roadworks.",
    # a noun in "-ise" with no "-ize" spelling, a bare noun phrase before a preposition
    "Most of the merchandise at the stall by the gate.",
    "A compromise on the budget after weeks of talks.",
    "Higher prices for food sold in markets.",
    "Mixed reactions from fans outside the ground.",
]


@pytest.mark.parametrize("sentence", VERB_BY_ITS_FORM)
def test_a_word_that_can_be_the_main_verb_by_its_form_keeps_the_rule_silent(sentence):
    assert_findings(f"{BEFORE}{sentence}", RULE, [])


@pytest.mark.parametrize("fragment", NO_VERB_BY_ITS_FORM)
def test_a_noun_phrase_with_no_word_that_can_be_its_verb_is_still_a_fragment(fragment):
    assert_flags_span(f"{BEFORE}{fragment}", RULE, fragment)
