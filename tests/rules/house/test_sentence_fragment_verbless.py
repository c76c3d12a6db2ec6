"""house/sentence-fragment on verbless appositive sentences: a noun phrase that renames or describes something in
the sentence before and has no verb of its own, where the tagger or parser read one of its words as a verb."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# A share of a group ("Most of them") and what it is: a noun the tagger read as a present tense, though WordNet
# knows no verb of that form; an "-s" form after a plural group, which cannot agree with it; a participle on the noun.
SHARE_FRAGMENTS = [
    ("The quarry employed 90 men.", "Most of them stonemasons from the hamlets along the ridge."),
    ("The lifeboat crew rescued eleven sailors.", "Several of them deckhands on their first trip to sea."),
    ("The market has 140 stalls.", "Most of them subsistence growers selling what their plots produce."),
    ("The exhibition drew 5,000 visitors.", "Many of them volunteers from the town's history society."),
    ("The harbour holds 60 boats.", "Several of them trawlers with crews of four or five."),
]
# What the same shapes look like with a verb: a base form before its object, even one WordNet lacks ("livestream"),
# a verb WordNet knows tagged as a noun before the plural it governs.
SHARE_SENTENCES = [
    ("The quarry employed 90 men.", "Most of them lived in the hamlets along the ridge."),
    ("The club has 300 members.", "Most of them livestream their races on weekend mornings."),
    ("The tribunal heard 90 appeals.", "Many of them concern deposits withheld at the end of a lease."),
    ("The exhibition drew 5,000 visitors.", "Many of them volunteers, the visitors stayed to help."),
    ("The register lists 60 vessels.", "Most of them sailed from Bristol before 1850."),
]

# A participle on the noun after a share of a group is no main verb; a base form WordNet knows as a verb right after
# the share, read as a noun or an adjective, is one, unless it opens a compound noun WordNet lists.
SHARE_PARTICIPLE_FRAGMENTS = [
    ("The herd grew this year.", "Some of them calves born earlier in the spring."),
    ("The ferry carried 80 crates.", "Several of them boxes of seed potatoes bound for the islands."),
    ("The station lost 40 staff.", "Many of them police officers from the county force."),
]
SHARE_BASE_FORM_SENTENCES = [
    ("The valley has 300 households.", "Most of them farm barley on the terraces above the river."),
    ("The gallery shows 60 drawings.", "Most of them depict sailors and their families."),
]

# A list of noun phrases whose last item opens with a past form after the coordinator and an adverb: a participle
# describing that noun, not a verb, since a verb after a coordinator joins an earlier one.
LIST_FRAGMENTS = [
    ("The cellar was cleared out.", "Crates of bottles, old bicycles and neatly stacked newspapers."),
    ("The minister published the plan.", "Sixty pages of goals, deadlines and previously announced grants."),
    ("Customs officers opened the lorry.", "Bales of cloth, cartons of tea and illegally imported cigarettes."),
]
LIST_SENTENCES = [
    ("The storm passed on Saturday.", "Crews cleared the road, towed the cars and quickly reopened the bridge."),
    ("The storm passed on Saturday.", "Hail, wind and recently fallen snow closed the pass on Sunday."),
    ("The storm passed on Saturday.", "Shop owners, residents and hastily formed committees demanded answers."),
]

# After a share of a group, a word right after an article is a noun, whatever subject the parser gave it; after a
# noun phrase, the parse went wrong elsewhere and the verb may be earlier.
ARTICLE_FRAGMENTS = [
    ("The file ran to 800 pages.", "Most of it a record of late payments and missed inspections."),
    ("The hearing lasted a week.", "Much of it a list of complaints from tenants on the estate."),
]
ARTICLE_SENTENCES = [
    ("The vote was held on Tuesday.", "The council approved by a wide margin a plan to widen the ring road."),
]


# A greeting's word ("welcome", "happy") as the adjective of a noun that names no occasion or person opens a noun
# phrase, not a greeting, even where the tagger read "Welcome" as a verb; greetings, people welcomed and sentences
# with a verb are left alone.
FORMULA_ADJECTIVE_FRAGMENTS = [
    ("The bypass reopened on Monday.", "Welcome news for commuters on the coast road after a month of diversions."),
    ("Rain finally fell in the east.", "Welcome relief for growers after the driest spring in thirty years."),
    ("The mill is hiring again.", "A welcome boost for a town that lost its biggest employer in 2019."),
]
FORMULA_SENTENCES = [
    ("The season starts on Friday.", "Welcome to another summer of free concerts on the green."),
    ("The town's oldest resident turns 105.", "Happy birthday to her from everyone at the parish hall."),
    ("The club has a new intake.", "Welcome newcomers at the gate and show them to the changing rooms."),
    ("The bypass reopened on Monday.", "Welcome news came for commuters on Friday when the barriers lifted."),
    ("The troops landed at Brize Norton.", "Welcome home to the soldiers of the second battalion after nine months."),
]

# A past form on the opening noun, without an object, joined by "and" to a bare participle that has its agent or
# lacks the object its verb needs, is that participle's like: a noun phrase with no verb. A second verb with an
# auxiliary, or a first with its object, makes a sentence.
JOINED_PARTICIPLE_FRAGMENTS = [
    ("The dig will resume in May.", "A site first surveyed in 1962 and abandoned by the university a year later."),
    ("The treasury counted the cost.", "A levy introduced in 2015 and scrapped by the next government."),
    ("The bypass opened in May.", "A road widened in the 1980s and resurfaced by the county last year."),
]
JOINED_PARTICIPLE_SENTENCES = [
    ("Campaigners marched on parliament.", "The bill passed the Senate in May and was signed by the governor."),
    ("The dig will resume in May.", "The council surveyed the site in 1962 and abandoned it a year later."),
    ("Campaigners marched on parliament.", "A bill drafted in a hurry last spring was never debated by the house."),
]


@pytest.mark.parametrize(
    ("before", "fragment"),
    SHARE_FRAGMENTS + SHARE_PARTICIPLE_FRAGMENTS + LIST_FRAGMENTS + ARTICLE_FRAGMENTS + FORMULA_ADJECTIVE_FRAGMENTS
    + JOINED_PARTICIPLE_FRAGMENTS,
)
def test_a_verbless_noun_phrase_after_a_sentence_is_a_fragment(before, fragment):
    assert_flags_span(f"{before} {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    ("before", "sentence"),
    SHARE_SENTENCES + SHARE_BASE_FORM_SENTENCES + LIST_SENTENCES + ARTICLE_SENTENCES + FORMULA_SENTENCES
    + JOINED_PARTICIPLE_SENTENCES,
)
def test_the_same_shapes_with_a_verb_are_sentences(before, sentence):
    assert_findings(f"{before} {sentence}", RULE, [])


# A participle joined by a hyphen to the word before is half of a compound adjective, not a verb; a compound verb
# with its object, and a prefix the tagger reads as a verb, still make a sentence.
HYPHEN_FRAGMENTS = [
    ("The harriers finished fourth in the relay.", "A fine result for a small and injury-hit squad from the valleys."),
    ("The tanker was towed into Falmouth.", "The third such rescue this winter of a storm-damaged cargo ship."),
    ("The theatre reopened on Friday.", "A triumph for a long-neglected and much-loved Victorian playhouse."),
    ("The novelist died on Sunday.", "The author of a dozen award-winning and often rain-soaked mysteries."),
]
HYPHEN_SENTENCES = [
    ("The committee met on Monday.", "Its members rubber-stamped the budget without a vote."),
    ("Turnout was high in the ward.", "Residents re-elected the councillor by 400 votes."),
    ("The tanker was towed into Falmouth.", "The storm-damaged ship was repaired within a month."),
    ("The theatre reopened on Friday.", "The much-loved playhouse sold out its first week."),
]


@pytest.mark.parametrize(("before", "fragment"), HYPHEN_FRAGMENTS)
def test_a_hyphenated_participle_is_no_verb(before, fragment):
    assert_flags_span(f"{before} {fragment}", RULE, fragment)


@pytest.mark.parametrize(("before", "sentence"), HYPHEN_SENTENCES)
def test_hyphenated_verbs_with_their_objects_or_auxiliaries_make_sentences(before, sentence):
    assert_findings(f"{before} {sentence}", RULE, [])
