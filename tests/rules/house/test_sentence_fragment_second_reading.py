"""house/sentence-fragment's second reading: a sentence it would flag is parsed again with a word that may be its
main verb replaced by a verb of the same form and valency that is nothing but a verb; if that verb then heads the
main clause after a subject it agrees with, the sentence can be read as complete and the rule stays silent."""

import pytest

from editlint.nlp.pipeline import parse_text
from editlint.rules.house.sentence_fragment.second_reading import (
    _adverb_root, _after_intransitive_relative, _after_object_gap, _after_stranded_preposition, _base_root_after_clause,
    _clause_after_time_preposition, _ends_name, _ends_verb_phrase, _measure_after_by, _past_adjective_root,
    _past_after_share, _plural_of_time, _present_hung_in_relative, _year_after_preposition,
)
from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A sentence before the one tested, as in a paragraph.
BEFORE = "The tide turned just after noon. "

# Complete sentences whose main verb the tagger read as a noun, after a singular-looking noun a number other than one
# counts: that noun cannot head its phrase, so the word after it may be the verb.
READ_AS_COMPLETE = [
    "Back on the flat, the three bonefish drift within range.",
    "Down in the shallows, the four bonefish circle near the boat.",
    "Out past the reef, the three tarpon roll at first light.",
    "In the shallows, the nine bonefish mill around the boat.",
]

# The same surface shapes with no main clause under the second reading: a compound's head after a share of a group
# or a number, a year or a measure before the noun, a participle of a verb that takes an object or with its agent,
# a verb joined to a clause before or to a participle, a comma between the noun and the verb, a plural share before
# an "-s" form.
STILL_FRAGMENTS = [
    "Most of the village's bus services.",
    "Some of the region's dairy farms.",
    "All of the town's street lights.",
    "Not all of the new storm drains.",
    "The 2024 budget plan for the northern towns.",
    "A 10 percent cut in bus fares.",
    "The leaves blown from the trees in the storm.",
    "The three bonefish in the shallows by the reef.",
    "Especially the three sheep farms on the ridge.",
    "The four petrol stations along the bypass.",
    "Each of the two village halls.",
    "The five trout farms along the river.",
    "A winter in which the mill shut and its last weaver left for Leeds.",
    "A lane widened in the 1960s and resurfaced by the council last spring.",
    "The barns flooded by the river in the spring.",
    "The new footbridge, opened last autumn.",
    "Several of them volunteers from the lifeboat station.",
    "A storm surge of two metres along the coast.",
    "The old covered market stalls in the square.",
    "The two village shops that closed after the bypass opened.",
    "Hundreds of unpaid bills, three broken boilers and a leaking roof.",
    # a verb in a relative or subordinate clause, a participle after a comma, a preposition's phrase
    "Many who once lived in the old mill cottages.",
    "The three trawlers that drifted onto the rocks in the gale.",
    "Especially the two ferries that sail to the outer islands.",
    "Despite the fact that the council voted.",
    "Such as the schools and the library.",
]


@pytest.mark.parametrize("sentence", READ_AS_COMPLETE)
def test_a_sentence_the_second_reading_finds_complete_is_not_flagged(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", STILL_FRAGMENTS)
def test_a_fragment_the_second_reading_finds_no_main_clause_in_is_flagged(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


# Complete sentences whose main verb the parser misread, by class, each with true fragments of the same shape that
# stay flagged. (A) A past form the parser made the root, with a subject before it, but tagged as an adjective: a
# verb often used without an object is a clause's verb there; one that needs an object and has none is a participle.
PAST_ADJECTIVE_ROOT_CLAUSES = [
    "Much of the interest at this year's show focused on a stand run by local growers.",
    "Much of the anger at Tuesday's meeting focused on the new parking fees.",
    "Much of the discussion at Friday's hearing revolved around the missing files.",
    'Most of the traffic on the old coastal road shrank to a trickle after the bypass opened.',
    "Much of the crowd at Saturday's final drifted away after the second goal.",
    "Most of the money at this year's fair went to local charities.",
    "Much of the debate at the party's annual conference centered on housing.",
    "Most of the water in the town's main reservoir drained away over the summer.",
    "Much of the talk at this week's summit focused on grain exports.",
    "Many of the fans at last night's game lingered outside the ground.",
    "Most of the snow on the region's lower slopes melted within a week.",
    "Much of the criticism at the council's budget meeting centred on road repairs.",
    "Much of the support for the mayor's plan dwindled after the vote.",
    "Most of the growth in the city's housing market slowed during the spring.",
    "Much of the money raised at the charity's spring gala went to the hospice.",
    "Many of the workers at the port's container terminal walked out on Monday.",
    "Much of the coverage of the council's new budget focused on library closures.",
    "Most of the protesters at the capital's main square dispersed before midnight.",
    'Much of the opposition to the new runway faded after the inquiry.',
    "Many of the birds at the lake's northern shore flew south early this year.",
    "Most of the rain in the region's wettest month fell in a single week.",
    "Much of the fighting in the country's eastern provinces stopped after the truce.",
    "Much of the interest at this year's fair focused on a stand devoted to local cheeses, which hosted daily tastings.",
    "Most of the buzz at this spring's fair focused on a stall run by two beekeepers.",
    "Much of the anger at last week's fair focused on the price of parking.",
]
PAST_PARTICIPLE_AFTER_A_SHARE_FRAGMENTS = [
    'Several of the miners hurt in the blast last week.',
    'Many of the animals stranded on the flooded farmland.',
    "Most of the cattle at the county's largest ranch killed in the blizzard.",
    "Some of the stalls at this year's market destroyed by the blaze.",
    "Much of the grain at the port's main silo ruined by the rain.",
    "Several of the paintings at the city's oldest gallery damaged in the flood.",
    "Many of the refugees at the border's largest camp stranded without food.",
    "Most of the files on the council's old server deleted by mistake.",
    "Several of the boats in the harbour's outer basin sunk by the storm.",
    "Much of the wheat in the valley's lower fields flattened by hail.",
    "Most of the votes in the district's rural wards counted by hand.",
    "Many of the homes on the estate's lower road flooded by the burst main.",
    "Several of the guards at the prison's north wing attacked by inmates.",
    "Much of the coastline near the city's old port polluted by the spill.",
    "Many of the pupils at the town's largest school affected by the closure.",
    "Most of the sheep on the farm's upper pastures killed by the cold snap.",
    "Many of the houses on the town's western edge damaged by the landslide.",
    "Some of the fishermen from the island's main harbour detained by the coastguard.",
    "Many of the crops on the valley's southern slopes destroyed by locusts.",
    "Most of the streets in the city's old quarter blocked by fallen masonry.",
]

# (B) A past form with its object after the verb, used without an object, that closes a relative clause on the
# subject: the parser may hang the main verb inside the relative clause. A participle without an object stays one.
VERB_AFTER_INTRANSITIVE_RELATIVE_CLAUSES = [
    'The quake and the fire that followed destroyed most of the old town.',
    'The rain and the floods that followed destroyed most of the harvest.',
    'The fire and the looting that followed ruined the old market.',
    'The drought and the fires that followed emptied whole villages.',
    'The storm and the surge that followed flooded the lower town.',
    'The strike and the protests that followed closed the port for a week.',
    'The flood and the mudslides that came after wrecked two bridges.',
    'The riots and the curfew that followed cost the city millions.',
    'The election and the crisis that followed split the ruling party.',
    'The heatwave and the fires that ensued killed dozens of people.',
    'The war and the famine that followed drove thousands from the valley.',
    'The landslide and the floods that followed cut off three villages.',
    'The blackout and the panic that followed stranded commuters for hours.',
    'The scandal and the inquiry that followed ended her career.',
    'The crash and the recession that followed wiped out his savings.',
    'The storm that followed flattened three barns on the ridge.',
    'The drought that lingered ruined the wheat harvest.',
    'The crowd that gathered cheered the verdict.',
    'The engineers who stayed repaired the pumps overnight.',
    'The protesters who marched blocked the main road for hours.',
    'The fans who stayed sang until the lights went out.',
    'The ship that sank carried forty crew.',
]
PARTICIPLE_AFTER_INTRANSITIVE_RELATIVE_FRAGMENTS = [
    'The families who stayed behind stranded by the rising water.',
    'The villagers who returned shocked by the damage to their homes.',
    'The protesters and the police who arrived later injured in the clashes.',
    'The climbers who fell rescued by helicopter after a night on the ridge.',
    'The workers who stayed overnight trapped by the blaze in the east wing.',
    'The passengers who survived taken to hospital in Palermo.',
    'The patients who waited longest treated in a tent outside the clinic.',
    'The teenagers who ran away found safe in a barn near the border.',
    'The crew members who resigned replaced by agency staff within a week.',
    'The fishermen who drowned buried in the village churchyard on Friday.',
    'The houses that collapsed built without permits in the 1990s.',
    'The miners who died named by the company on Thursday.',
    'The tenants who complained evicted within a month of the inspection.',
    'The protesters who remained removed by police shortly after dawn.',
    'The hikers who disappeared last seen near the summit on Tuesday.',
    'The refugees who arrived first housed in a school gym.',
    'The students who protested expelled at the end of term.',
    'The soldiers who deserted sentenced by a military court in May.',
    'The councillors who abstained criticised by both parties afterwards.',
    'The nurses who quit replaced by temporary staff from abroad.',
    'The dogs that escaped caught by a warden near the motorway.',
]

# (C) "before"/"after"/"until" and an event, read as a clause's subordinator and subject, with the main verb hung on
# the noun the sentence opens with; a person, group, thing or place after the word, or a noun of time before it,
# makes a clause of time: a fragment.
VERB_AFTER_TIME_PREPOSITION_CLAUSES = [
    'A scuffle near the benches shortly before the break briefly drew in players.',
    'The long silence after the verdict stunned the courtroom.',
    'A fire shortly after midnight destroyed two shops.',
    'The calm before the storm hit the coast.',
    'The chaos after the bridge collapsed in March.',
    'The queue before the gates opened stretched around the block.',
    'The celebrations after the team won the cup.',
    'The anger after the council raised rents in the spring.',
    'The relief after the hostages walked free on Sunday.',
    'The uproar after the referee sent off two players.',
    'A row shortly after the interval briefly halted play.',
    'A protest outside the court after the verdict blocked traffic for an hour.',
    'The applause after the speech lasted several minutes.',
    'A brief power cut before the vote delayed the count.',
    'A blaze shortly before dawn gutted a warehouse on the quay.',
    'The argument after the debate spilled onto social media.',
    'A fight near the bar after the final left one man injured.',
    'The backlash after the announcement forced a rethink.',
    "A minute's silence before kickoff honoured the victims.",
    'A storm shortly after the ceremony flooded the square.',
]
NOUN_WITH_CLAUSE_OF_TIME_FRAGMENTS = [
    'The panic after the bank froze accounts.',
    'The years after the mill closed.',
    'The long weeks before the ferry returned in spring.',
    'The moment before the crowd rushed onto the pitch.',
    'The outcry after the minister resigned over the scandal.',
    'The confusion before the polls opened in the northern districts.',
    'The scramble after the bank collapsed in 2008.',
    'The rush before the shops closed on Christmas Eve.',
    'The silence after the judge read the verdict.',
    'The frantic search after the boy vanished from the beach.',
    'The queues before the pharmacy opened on Monday morning.',
    'The jubilation after the striker scored in the last minute.',
    'The disruption after the union called a snap strike.',
    'The fear after the dam cracked during the storm.',
    'The applause after the soprano finished her aria.',
    'The panic until the lifeguards pulled the swimmers out.',
    'The weeks of uncertainty after the company lost its licence.',
    'The stampede before the gates opened at the stadium.',
    'The gridlock after the lorry shed its load on the ring road.',
    'The dismay after the museum sold its famous painting.',
    'The long wait until the ambulance arrived at the farm.',
    'The cheering after the pilot landed the crippled plane.',
]

# (D) "by" and a number measuring a difference ("by a vote of 9 to 6", "by 12 points"): no participle's agent, so a
# past of a verb whose first sense takes no object is the main verb; a verb whose first sense takes one, or "by" with
# people or things, is a participle.
PAST_BEFORE_MEASURE_CLAUSES = [
    'The budget of about 3 billion pesos, or roughly $60 million, passed by a vote of 9 to 6 after a long debate.',
    'The bill, which critics called rushed, passed by a vote of 52 to 47 on Thursday.',
    'The motion passed by 12 votes to 9 after a long debate.',
    'The measure, introduced in March, passed by a narrow margin of three votes.',
    'The amendment failed by a vote of 30 to 70.',
    'The levy, worth about $20 million a year, passed by a vote of 7 to 2 after the mayor agreed to cut it.',
    'The report of some 300 pages, released on Monday, failed by a vote of 4 to 3.',
    'The ordinance of about 40 pages, drafted in May, passed by a vote of 5 to 2.',
    'The bond issue of $90 million, or about $400 a household, passed by 58 percent to 42.',
    'The referendum on the new charter, held in June, failed by a margin of 2 points.',
    'The share price rose by 4 percent in early trading.',
    'Unemployment fell by 0.3 points in the third quarter.',
    "The strike motion, backed by the union's leaders, failed by 60 votes to 40.",
    "The city's population grew by 12 percent over the decade.",
    'The resolution of about 12 pages, tabled by the opposition, failed by a vote of 20 to 31.',
    "Exports of coffee, the country's main crop, rose by 8 percent last year.",
    'The zoning change, opposed by residents, passed by a vote of 4 to 3.',
    "The team's lead shrank by 5 points after the defeat.",
    'The budget of 1.2 billion dollars, or about 4 percent of output, passed by a vote of 30 to 21.',
    'The recall petition, signed by 12,000 voters, failed by a vote of 3 to 2.',
    'The sales tax of 1 percent, or about $30 a household, passed by a vote of 6 to 1.',
    'Turnout dropped by 9 points compared with the last election.',
]
PARTICIPLE_BEFORE_BY_FRAGMENTS = [
    'The plan rejected by a vote of 5 to 4.',
    'The houses cleaned by 40 volunteers after the flood.',
    'The proposal defeated by a vote of 31 to 12 last spring.',
    'The levy adopted by a vote of 6 to 3 in a late session.',
    'The motion carried by a vote of 14 to 2 on Tuesday.',
    'The tax raised by 2 percent in the spring budget.',
    'The fares cut by 10 percent on the northern routes.',
    'The fields harvested by a crew of 12 workers in two days.',
    'The report written by a panel of 9 judges.',
    'The rents reduced by 5 percent for tenants over 70.',
    'The river dredged by 4 barges over the summer.',
    'The contract awarded by a vote of 4 to 1 on Monday.',
    'The salaries frozen by a vote of 8 to 1.',
    'The speed limit lowered by 10 miles an hour near schools.',
    'The wages lowered by 8 percent for new hires.',
    'The tariffs raised by 25 percent on imported steel.',
    'The mayor elected by a margin of 412 votes in 2021.',
    'The budget trimmed by 6 percent across all departments.',
    'The grant slashed by 40 percent in the spending review.',
    'The allowance boosted by 5 percent for carers.',
    'The charges reduced by 20 percent for students.',
]

# (E) A present tense after a name ending in a capitalised superlative, which the parser read as the adjective of a
# plural noun; a plural noun after it, or one before "of", stays a fragment.
VERB_AFTER_SUPERLATIVE_NAME_CLAUSES = [
    'The Strongest travels to Santa Cruz for the second leg next week.',
    'The Strongest trains at altitude before every home game.',
    'The Strongest returns to the capital after a long road trip.',
    'The Strongest faces a crowded schedule in April.',
    'The Strongest needs a win to stay in the race for the title.',
    'The Strongest leads the table by four points after ten rounds.',
    'The Strongest trails its rival by two points with a game in hand.',
    'The Strongest sits third in the standings after the draw.',
    "The Strongest plays its home games in the capital's main stadium.",
    'The Strongest owes its players three months of wages.',
    'The Strongest wins most of its games at home.',
    'The Strongest draws big crowds whenever it plays in El Alto.',
    'The Strongest opens its season against a team from Oruro.',
    'The Strongest closes the year with a friendly in Lima.',
    'The Strongest relies on young players from its academy.',
    'The Strongest remains the only club in the city without debts.',
    "The Strongest appeals to fans across the city's poorer districts.",
    'The Strongest depends on ticket sales for most of its income.',
    'The Greatest returns to the ring for one last fight in June.',
    'The Strongest competes in the continental cup for the first time in years.',
]
NOUN_AFTER_SUPERLATIVE_NAME_FRAGMENTS = [
    'The Strongest fans outside the stadium on Sunday night.',
    'The Strongest players who missed the flight to Lima.',
    'The Strongest coaches and their assistants at the training ground.',
    "The Strongest officials in charge of the club's finances.",
    'The Strongest debts to the tax office and to former players.',
    'The Strongest shirts on sale at the club shop.',
    'The Strongest directors who resigned in protest last month.',
    'The Greatest hits of the decade on a single record.',
    'The Strongest tickets for the derby at half price.',
    'The Strongest records from the 1970s and 1980s.',
    'The Strongest defenders on the bench for the second leg.',
    'The Strongest losses at home against the bottom clubs.',
    'The Strongest offices near the Plaza Murillo.',
    'The Strongest colours of yellow and black on every balcony.',
    'The Strongest members at the annual meeting in July.',
    'The Strongest ultras behind the south goal.',
    'The Strongest owners and their lawyers at the hearing.',
    'The Strongest banners along the avenue to the stadium.',
    'The Strongest scarves and flags on sale outside the ground.',
    'The Strongest youth teams at a tournament in Cochabamba.',
    'The Strongest stewards at the gates before kickoff.',
    "The Strongest trophies in a glass case at the club's offices.",
]


# (H) A subject carrying a relative clause, and the main verb the parser hung inside that clause as a noun: a present
# form after the clause's verb whose share of uses without an object WordNet puts low ("reopens"); a word after a year
# right after a preposition (a date, no modifier), after a plural made a compound (which English seldom makes), or
# after a noun that completes a verb phrase WordNet lists with the verb before it ("took place"); a word right after
# the verb of a clause with no relative word whose gap is that verb's object ("announced cut").
VERB_INSIDE_RELATIVE_CLAUSES = [
    "The depot which shut in 2018 reopens next week under a new operator.",
    "The library where the talks took place closes for repairs in June.",
    "The taxes the government raised cut household spending by a fifth.",
    "The pool where the club trained for years closes at the end of the month.",
    "The station where the crash took place reopens on Friday.",
    "The gallery which shut in 2020 reopens in March with a new wing.",
    "The museum that flooded in 2019 reopens after a long refit.",
    "The square where the protests took place fills with stalls on market days.",
    "The lido that shut in 2010 reopens in May after a long campaign.",
    "The hall where the inquiry took place closes for good next year.",
    "The bakery that shut in 2022 reopens under its founder's grandson.",
    "The measures the council adopted cut traffic by a quarter.",
    "The limits the regulator imposed cut emissions by a third.",
    "The fines the court handed down cost the firm £4 million.",
]
# The same shapes with no main verb: a relative clause on the noun, with the same verbs and phrases of place and time.
RELATIVE_CLAUSE_FRAGMENTS = [
    "The villagers who lost their homes in the flood.",
    "The factory which closed in 2019 after years of losses.",
    "The hotel where the summit took place in May.",
    "The reforms the minister announced in the spring budget.",
    "The families who moved into the new flats on the estate.",
    "The ferry that sank off the coast in 1994 with 852 people aboard.",
    "The shop where the fire started in the early hours.",
    "The cuts the council approved last winter.",
    "The roads the county repaired after the storms.",
    "The drivers who blocked the port roads for three days.",
    "The village where the talks took place last spring.",
    "The houses that flooded in 2014 and again in 2020.",
    "The charity that runs food banks in six towns.",
    "The bridge the army built in 1944 near the old ford.",
    "The contracts the ministry signed with two suppliers in 2020.",
    "The nurses who work night shifts at the county hospital.",
    "The school which closed in 2019 for lack of pupils.",
    "The budget the mayor presented to the council in March.",
    "The company whose shares fell sharply in Tokyo trading.",
    "The clinic where the doctor treats patients on weekdays.",
    "The market where farmers sell their produce on Saturdays.",
    "The wards the hospital closed during the strikes.",
    "The pits that shut in the 1980s strikes.",
    "The cinema which closed in 2016 for good.",
    "The square where the protests took place in the spring of 2011.",
    "The taxes the government raised in the autumn budget.",
    "The fines the court handed down to the two firms.",
    "The pool where the swimmers trained for years before the games.",
    "The library that reopened in 2021 after a fire.",
]


# (I) A present form the tagger read as an adverb, which the parse made the root after its subject, with no
# preposition right after it; a base form at the root after a clause as its subject, which it cannot agree with (a
# past whose form is its base). (J) A base form ending in "-ed" ("breed", "need") is no past.
ADVERB_OR_BASE_ROOT_CLAUSES = [
    "The markets close early on the eve of the holiday.",
    "The schools close early on the last day of term.",
    "Losing the cup final so narrowly hurt more than any other defeat.",
    "Dropping out of the race so early hurt her chances of selection.",
    "Wading birds that spend summer on the lagoon breed in Siberia during the northern summer.",
    "The geese that spend winter in the Solway breed in Svalbard.",
]
ADVERB_OR_GERUND_FRAGMENTS = [
    "The houses close to the river.",
    "The farms back from the main road.",
    "The cottages close by the old harbour wall.",
    "The farms close to the border.",
    "The stalls close to the cathedral steps.",
    "Losing the final in the last minute of extra time.",
    "Cutting the budget for the third year running.",
    "Missing the deadline by a day after months of work.",
    "Closing the bridge for a month in the middle of summer.",
    "Raising the fares again despite the protests.",
    "Dropping the captain for the final against Wales.",
    "Costing the club millions in lost ticket sales.",
    "Setting a record in her last race before retirement.",
    "The terns that breed in the Arctic during the summer.",
]



@pytest.mark.parametrize(
    "sentence",
    PAST_ADJECTIVE_ROOT_CLAUSES
    + VERB_AFTER_INTRANSITIVE_RELATIVE_CLAUSES
    + VERB_AFTER_TIME_PREPOSITION_CLAUSES
    + PAST_BEFORE_MEASURE_CLAUSES
    + VERB_AFTER_SUPERLATIVE_NAME_CLAUSES
    + VERB_INSIDE_RELATIVE_CLAUSES
    + ADVERB_OR_BASE_ROOT_CLAUSES,
)
def test_a_complete_sentence_whose_main_verb_the_parser_misread_is_not_flagged(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    PAST_PARTICIPLE_AFTER_A_SHARE_FRAGMENTS
    + PARTICIPLE_AFTER_INTRANSITIVE_RELATIVE_FRAGMENTS
    + NOUN_WITH_CLAUSE_OF_TIME_FRAGMENTS
    + PARTICIPLE_BEFORE_BY_FRAGMENTS
    + NOUN_AFTER_SUPERLATIVE_NAME_FRAGMENTS
    + RELATIVE_CLAUSE_FRAGMENTS
    + ADVERB_OR_GERUND_FRAGMENTS,
)
def test_a_fragment_of_the_same_shape_is_still_flagged(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


# Each test of a place where a misread main verb may be, on a word of a sentence: whether it finds one there.
WORD_PLACES = [
    # the parse made a past form it tagged as an adjective the root, after a subject
    (_past_adjective_root, "Much of the anger at last week's fair focused on the price of parking.", "focused", True),
    (_past_adjective_root, "Most of the traffic on the coastal road shrank to a trickle after it opened.", "shrank", True),
    (_past_adjective_root, "Several of the miners hurt in the blast last week.", "hurt", False),
    # after a relative clause's verb used without an object; not one that needs one, nor one with its object
    (_after_intransitive_relative, "The rain and the floods that followed destroyed most of the harvest.", "destroyed", True),
    (_after_intransitive_relative, "The charity that funded restored churches across the county.", "restored", False),
    (_after_intransitive_relative, "The protest that followed the vote drew thousands.", "drew", False),
    (_after_intransitive_relative, "A court that hears appeals from the islands but sits in the capital.", "appeals", False),
    # before "by" and a measure, no agent
    (_measure_after_by, "The plan of about 2,000 pages passed by a vote of 9 to 6.", "passed", True),
    (_measure_after_by, "The motion passed by 12 votes to 9 after a long debate.", "passed", True),
    (_measure_after_by, "The shed built by a team of 40 volunteers.", "built", False),
    (_measure_after_by, "The ordinance passed by the council last week.", "passed", False),
    # a capitalised superlative inside a sentence ends a name
    (_ends_name, "The Strongest returns to domestic play on Sunday.", "Strongest", True),
    (_ends_name, "The strongest winds in a decade.", "strongest", False),
    (_ends_name, "Greatest hits of the decade on one record.", "Greatest", False),
    # after the verb of a clause with no relative word whose gap is its object
    (_after_object_gap, "The measures the council adopted cut traffic by a quarter.", "cut", True),
    (_after_object_gap, "The measures that the council adopted cut traffic.", "cut", False),
    (_after_object_gap, "The bird the boys saw fly over the school.", "fly", False),
    # a present form hung inside a relative clause, after its verb
    (_present_hung_in_relative, "The depot which shut in 2018 reopens next week.", "reopens", True),
    (_present_hung_in_relative, "The depot which shut in 2018 reopened next week.", "reopened", False),
    (_present_hung_in_relative, "The depot reopens next week.", "reopens", False),
    # a modifier that ends no noun phrase with the word after it
    (_year_after_preposition, "The depot which shut in 2018 reopens next week.", "2018", True),
    (_year_after_preposition, "The 2018 budget cuts hit the depot.", "2018", False),
    (_plural_of_time, "The pool where the club trained for years closes in May.", "years", True),
    (_plural_of_time, "The club raised ticket sales targets.", "sales", False),
    (_ends_verb_phrase, "The library where the talks took place closes in June.", "place", True),
    (_ends_verb_phrase, "The library where the talks found room closes in June.", "room", False),
    # a root the tagger read as an adverb after its subject, a base form after a clause as subject
    (_adverb_root, "The markets close early on the eve of the holiday.", "close", True),
    (_adverb_root, "The houses close to the river.", "close", False),
    (_base_root_after_clause, "Losing the cup final so narrowly hurt more than any other defeat.", "hurt", True),
    (_base_root_after_clause, "Losing the cup final so narrowly will hurt.", "hurt", False),
]


@pytest.mark.parametrize(("place", "sentence", "word", "expected"), WORD_PLACES)
def test_a_place_where_the_parser_may_have_misread_the_main_verb(place, sentence, word, expected):
    assert place(next(t for t in parse_text(sentence) if t.text == word)) is expected


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The long silence after the verdict stunned the courtroom.", "stunned"),
        ("The silence after the judge read the verdict.", None),
        ("The moment before the crowd rushed onto the pitch.", None),
    ],
)
def test_a_clause_after_a_time_preposition_may_be_a_phrase_and_its_verb_the_main_one(sentence, verb):
    found = _clause_after_time_preposition(next(parse_text(sentence).sents))
    assert (found.text if found is not None else None) == verb


# (G) A past form after a share of a group, before a preposition, of a verb used without an object in clearly more of
# its uses than with one: a clause's verb. A participle of a verb that mostly takes an object stays one.
PAST_AFTER_A_SHARE_CLAUSES = [
    "Many of the concerns centered on the cost of the new stadium.",
    "Much of the debate revolved around the funding formula.",
    "Much of the criticism centered on the chief executive.",
    "Many of the complaints centered on noise from the bars.",
    "Much of the speech centered on foreign policy.",
    "Many of the questions revolved around the missing money.",
    "Most of the snow that fell overnight melted by noon.",
]

PARTICIPLE_AFTER_A_SHARE_FRAGMENTS = [
    "Many of the houses built on the flood plain in the 1960s.",
    "Some of the boats sold at the auction last spring.",
    "Many of the letters written during the war.",
    "Several of the players signed from abroad last summer.",
    "Much of the grain stored in the silos near the port.",
    "Many of the trees planted along the avenue in 1990.",
    "Some of the cars seized by the police in the raid.",
    "Many of the children born in the camp after the war.",
    "Some of the files stolen from the office in April.",
    "Many of the trains cancelled during the strike.",
    "Many of the workers hired for the summer season.",
    "Much of the food donated to the shelter at Christmas.",
    "Many of the homes built along the coast in the 1970s.",
    "Most of the bridges designed by the Victorian engineers.",
]

# (H) A word after a preposition that ends a relative clause on the opening noun, the clause's gap its object: the
# preposition ends the clause, and the word after it may be the main verb. The relative clause alone stays a fragment.
VERB_AFTER_STRANDED_PREPOSITION_CLAUSES = [
    "The house the family grew up in sold for £1.4 million.",
    "The charity that the prince is patron of faces an investigation.",
    "The village the reservoir was built over reappeared during the drought.",
    "The club she played for plans a new stadium.",
    "The ferry the islanders depend on sails twice a day.",
    "The company that she is chairman of employs 400 people.",
    "The deal that the union signed up to expires in March.",
]

STRANDED_PREPOSITION_FRAGMENTS = [
    "The school she taught at in the 1990s.",
    "The charity that the prince is patron of.",
    "The road the protesters camped beside for three weeks.",
    "The village the reservoir was built over in 1960.",
    "The firm he worked for until it collapsed.",
    "The club she played for as a teenager.",
    "The report the minister relied on during the debate.",
    "The ferry the islanders depend on for food and fuel.",
    "The chapel the couple married in on a wet Saturday.",
    "The company that she is chairman of since 2015.",
    "The hospital the nurses trained at before the war.",
    "The deal that the union signed up to last spring.",
    "The island the explorers landed on in 1820.",
    "The station the commuters waited at for hours.",
    "The forest the children played in every summer.",
    "The bridge the soldiers marched across in 1944.",
    "The rules the committee agreed to after a long night.",
    "The money the council spent on repairs last year.",
    "The rules the committee agreed on changes to the voting system.",
    "The case the lawyers worked on for six years.",
    "The bank the family borrowed from in 2008.",
]


@pytest.mark.parametrize(
    "sentence",
    PAST_AFTER_A_SHARE_CLAUSES + VERB_AFTER_STRANDED_PREPOSITION_CLAUSES,
)
def test_a_complete_sentence_the_parser_misread_after_a_share_or_a_stranded_preposition_is_not_flagged(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    PARTICIPLE_AFTER_A_SHARE_FRAGMENTS + STRANDED_PREPOSITION_FRAGMENTS,
)
def test_a_fragment_of_the_shape_of_a_second_reading_is_still_flagged(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)


@pytest.mark.parametrize(
    ("place", "sentence", "word", "expected"),
    [
        (_past_after_share, "Much of the debate centered on the price of land.", "centered", True),
        (_past_after_share, "Many of the houses built on the flood plain.", "built", False),
        (_past_after_share, "The debate centered on the price of land.", "centered", False),
        (_past_after_share, "Many of the fans travelled by coach.", "travelled", False),
        (_after_stranded_preposition, "The house the family grew up in sold for a record sum.", "sold", True),
        (
            _after_stranded_preposition, "The charity that the prince is patron of faces an investigation.", "faces",
            True,
        ),
        (_after_stranded_preposition, "The house the family grew up in the old town.", "old", False),
        (_after_stranded_preposition, "The family who lived in sheds near the river.", "sheds", False),
    ],
)
def test_a_place_of_a_second_reading_around_a_share_or_a_stranded_preposition(place, sentence, word, expected):
    assert place(next(t for t in parse_text(sentence) if t.text == word)) is expected


# Complete sentences whose main verb the parser misread after a relative clause on the subject: before a phrase of
# time (no object: "closed last winter"), also one the parser made the stranded preposition's object; and where the
# substitute is tagged as a participle at the root, after its subject with no auxiliary.
VERB_BEFORE_TIME_CLAUSES = [
    "The pub they drank in closed last winter.",
    "The team she coached for collapsed last year.",
    "The charity he volunteered for expanded this year.",
    "The firm she worked for expanded this year.",
    "The shop they bought from closed this month.",
    "The school they studied at merged last year.",
]
PARTICIPLE_ROOT_CLAUSES = [
    "The rival bid that investors had been waiting for never arrived.",
    "The takeover offer that shareholders had been waiting for never arrived.",
    "The second offer that the unions had been waiting for never arrived.",
    "The rival proposal that the council had been waiting for never arrived.",
    "The cash injection that the club had been waiting for never arrived.",
    "The relief convoy that the refugees had been waiting for never arrived.",
    "The pay deal that the nurses had been waiting for never arrived.",
]
# The same shapes with no main verb: a relative clause and a phrase of time, a participle of a verb that takes an
# object before one.
TIME_AFTER_RELATIVE_FRAGMENTS = [
    "The pay offer that nurses had been holding out for.",
    "The rescue boat that the villagers had been praying for since dawn.",
    "The apology that the families had been waiting for this year.",
    "The clinic she worked at last month.",
    "The pub they drank in last winter.",
    "The factory he worked in this year.",
    "The choir she sang with last spring.",
    "The club he played for last season.",
    "The road the council resurfaced last week.",
    "The bridge the army rebuilt this year.",
    "The cottages damaged last year by the floods.",
    "The fines imposed last year on the ferry operator.",
    "The bakery we bought bread from every week.",
    "The hotel they stayed at last summer.",
    "The hedges planted last spring along the lane.",
    "The relief convoy that the refugees had been waiting for since March.",
    "The pay deal that the nurses had been waiting for this year.",
    "The takeover offer that shareholders had been expecting last month.",
]


@pytest.mark.parametrize("sentence", VERB_BEFORE_TIME_CLAUSES + PARTICIPLE_ROOT_CLAUSES)
def test_a_complete_sentence_with_a_verb_before_a_time_or_read_as_a_participle_is_not_flagged(sentence):
    assert_findings(BEFORE + sentence, RULE, [])


@pytest.mark.parametrize("fragment", TIME_AFTER_RELATIVE_FRAGMENTS)
def test_a_relative_clause_or_participle_before_a_time_is_still_flagged(fragment):
    assert_flags_span(BEFORE + fragment, RULE, fragment)

