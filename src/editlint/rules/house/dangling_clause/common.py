"""Words, classes and tests the constructions share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from editlint.lexicon import classes_of, in_class, irregular_base, irregular_forms, seldom_in, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, PARTITIVES, SAYING_CLASSES, SUBJECT_DEPS, VERB_TAGS,
    PEOPLE_CLASSES, WH_TAGS, is_people_noun, noun_lemma, singulars, verb_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _by_first_word(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases (of one or more words) as their lower-case words, grouped by the first: what ``_opens_phrase`` reads."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        grouped.setdefault(words[0], []).append(words)
    return grouped


# Preposition -> conjunction that does take a clause (for the message and the fix).
CONJUNCTIONS = {
    "with": "and", "alongside": "and", "along with": "and", "together with": "and", "including": "and",
    "plus": "and", "besides": "and", "in addition to": "and", "on top of": "and",
    "despite": "although", "in spite of": "although", "regardless of": "although", "notwithstanding": "although",
    "in the face of": "although",
    "due to": "because", "owing to": "because", "because of": "because", "thanks to": "because",
    "as a result of": "because", "in light of": "because",
    "following": "after", "in the wake of": "after", "amid": "while", "amidst": "while", "during": "while",
    "throughout": "while", "ahead of": "before", "prior to": "before",
}
DETERMINERS = frozenset({"DT", "PDT", "PRP$", "CD"})
MODIFIERS = frozenset({"JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH"})
HEADS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
NOMINAL = HEADS | ADJECTIVE_TAGS
# The quantifiers that may float after their noun: "the two sides [both] agreed", "the members [all] voted".
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
QUANTIFIERS = frozenset("each most many some all none several both few any either neither one much more".split())
# The quantifiers that take only a plural noun, so a singular after one standing alone is no noun of it: "with many
# fear that ..." (a closed class).
PLURAL_QUANTIFIERS = frozenset({"many", "several", "few", "both"})
# Quantifiers that stand before a determiner in one noun phrase ("all the staff", "both the teams").
PREDETERMINERS = frozenset({"all", "both", "half"})
# Prepositions that may continue a noun phrase: "most of them", "demand from Europe".
NP_PREPOSITIONS = frozenset("of from in at on for across along around within near between among over under".split())
# Past tenses that cannot be participles, where WordNet's irregular forms do not tell (see _past_only): auxiliaries
# and modals, and verbs whose participle is their base form ("come", "run") or ends like a past ("begun").
PAST_ONLY = frozenset("was were had did could would should might began came became ran".split())
# Present tenses that are also past participles: "with payments spread over ten years".
SAME_AS_PARTICIPLE = frozenset(
    "cut put set hit shut spread cost hurt let split quit cast bet burst broadcast forecast upset read shed "
    "thrust".split()
)
# Not a particle alone: "with the lights turned off" is a participle.
COMPLEMENT_DEPS = frozenset({"dobj", "acomp", "attr", "ccomp", "xcomp", "dative"})
# Irregular past participles of verbs that keep an object in the passive ("with the coach told the news"), and
# two WordNet files without a "somebody something" frame ("fined $500", "refused entry"): no lemmatizer is
# loaded, and the regular forms are found through WordNet's frames (see _keeps_object).
PASSIVE_WITH_OBJECT = frozenset("given handed shown told paid taught lent sent fined refused charged".split())
# Verbs of naming and appointing keep a role noun in the passive, a person's ("with Smith named captain");
# verbs of making and calling keep a predicate of anything ("with the area declared a disaster zone").
# WordNet's frames file both inconsistently, so they are listed.
NAMING_PARTICIPLES = frozenset("named elected appointed dubbed crowned voted selected picked chosen".split())
PREDICATE_PARTICIPLES = frozenset("made called considered kept left declared labeled labelled branded".split())
CLITICS = frozenset({"'s", "’s", "'d", "’d"})
# The prepositions of English's absolute construction, the only ones whose noun phrase may carry a predicate of
# its own: "With the floodwaters receded, ..." (not "Despite the floodwaters receded, ...").
ABSOLUTE_PREPOSITIONS = frozenset({"with", "without"})
# Prepositions naming members of a set just mentioned, whose noun may carry its own participle like the set's:
# "every account, including the money returned to donors", "among the homes flooded in May".
MEMBER_PREPOSITIONS = frozenset({"including", "excluding", "among", "amongst"})
# Verbs of place and existence that allow "With each election comes a flood of data."
INVERSION_VERBS = frozenset(
    "come comes came go goes went lie lies lay stand stands stood sit sits sat follow follows followed remain remains "
    "remained exist exists existed emerge emerges emerged arise arises arose appear appears appeared rest rests "
    "rested hang hangs hung live lives lived run runs ran arrive arrives arrived flow flows flowed".split()
)
# A frame of a verb that WordNet ranks after its first sense and finds in under a tenth of its tagged uses is rare.
RARE_USE = 0.1
# A noun is people in most uses when its senses for people, among its first three, hold at least half of its tagged
# uses.
MAX_PEOPLE_RANK = 3
MOST_USES = 0.5
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})
# Adverbs of place that complete a verb of motion ("moved indoors", "returned home") or follow a noun ("the villages
# downstream"): a closed class, which the tagger may take for a noun ("indoors" as a plural) or an adjective, and
# WordNet's table (nouns and verbs only) does not list.
PLACE_ADVERBS = frozenset(
    "home abroad ashore aboard indoors outdoors inside outside upstairs downstairs overseas offshore inland away "
    "upstream downstream uphill downhill nearby".split()
)
# Past tenses of verbs that (almost) never take an object, so are no passive participles either: "with
# supporters waited outside", "following officers sat in the road". WordNet's frames find the others
# (_takes_no_object); these are irregular (no lemmatizer is loaded) or have a rare sense WordNet gives an
# object or a clause ("wait one's turn", "complain that ..."). A particle or a "by" phrase after them still
# makes a participle ("with the door knocked down", "protested by farmers").
INTRANSITIVE_PAST = frozenset(
    "stood sat knelt slept fled dwelt wept knocked waited complained protested responded testified objected lived "
    "wandered travelled traveled".split()
)
# Verbs of aspect, which take a gerund of their own ("kept buying", "stopped paying"): a closed class WordNet's
# frames as shipped do not record ("time spent serving" is a participle before a gerund).
ASPECT_VERBS = frozenset({"start", "stop", "keep", "continue", "quit", "finish", "resume", "cease"})
# Prepositions that are never the particle of a phrasal verb with no object ("looked on", "moved in"), so one with
# no object after a verb was stranded by a relative clause: "the spill residents had complained about".
STRANDED_PREPOSITIONS = frozenset("about for of with from at to into against toward towards upon".split())
# Nouns that count a plural after "a" ("a dozen fans", "a couple friends"): a closed class.
COLLECTIVE_NUMERALS = frozenset({"dozen", "score", "couple"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
PLURAL_DEMONSTRATIVES = frozenset({"these", "those"})  # they determine only a plural, which no -s form agrees with
# The words that make a noun of time an adverbial with no preposition: "that spring", "last week", "every day".
TIME_DEICTICS = DEMONSTRATIVES | {"last", "next", "every", "each"}
# The adverbs that make a predicate of change with an amount: "with shares down 3 percent".
CHANGE_ADVERBS = frozenset({"up", "down", "off", "higher", "lower"})
MEASURES = frozenset("half third quarter percent per cent point points".split())
# The prepositions of a position, no direction ("perched on", "coiled over"; not "into", "to", "off"): a closed class.
POSITION_PREPOSITIONS = frozenset(
    "on upon along against beside around beneath under underneath atop above below near at in inside outside behind "
    "among between alongside across over".split()
)
# The ordinals that name a place in a ranking ("finished fourth"): a closed class; higher places are written as
# numbers ("finished 11th").
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
# The prepositions of a path, source or goal of motion ("crossed into", "escaped from"): a closed class.
PATH_PREPOSITIONS = frozenset("into onto to toward towards through across from".split())
# WordNet's classes of a noun that names a thing or a place: "wires", "a ridge", "the harbour".
PLACE_CLASSES = ("noun.artifact", "noun.object", "noun.location")
# The prepositions of a point on a scale: "dipped to $3.61", "climbed from 3,900 to 4,100", "slid below 4,000".
SCALE_PREPOSITIONS = frozenset("to from above below under over past near toward towards".split())
# WordNet's classes of a noun that names a point on a scale: "level", "strength" (attribute), "mile", "third"
# (quantity), "percent" (relation).
SCALE_CLASSES = ("noun.attribute", "noun.quantity", "noun.relation")
# Post-modifiers the parser attaches to the noun phrase: "negotiations with the regulator", "drivers who
# work nights", "villages flooded by the river", "the judge and both lawyers".
POSTMODIFIER_DEPS = frozenset({"prep", "relcl", "acl", "cc", "conj", "appos"})
# The "-ever" words, a closed class, open a free relative clause that a preposition takes whole as its object: "cope
# with however many patients arrive", "despite whatever the board decides".
FREE_RELATIVE_WORDS = frozenset("however whatever whichever whoever whomever wherever whenever".split())
# Words that open a clause rather than a prepositional phrase: "with his wife after the vote was counted".
CLAUSE_OPENERS = frozenset(
    "after before since until till as because while whilst when whenever where whereas if unless whether though "
    "although than once".split()
)
# Question words that open no relative clause on a noun, so one after a comma opens a clause of its own ("set out,
# during the talks, how many jobs could go"): a closed class ("who", "which", "where" may open one on the noun before).
QUESTION_WORDS = frozenset({"how", "what", "whether", "why"})
NEGATIONS = frozenset({"not", "n't", "n’t"})
# Words that modify a number or quantifier: "only", "nearly", "at least", "more than", "fewer than".
QUANTITY_MODIFIER_TAGS = frozenset({"RB", "RBR", "RBS", "IN", "JJR", "JJS"})
DASHES = ("—", "–", "--")
SET_OFF = (",", ";", "(", *DASHES)
CLOSERS = ("]", ")", '"', "'", "”", "’")
# The parser's labels for a word it reads as a noun, whatever its tag ("updates" in "content updates").
NOMINAL_DEPS = frozenset(
    {"pobj", "dobj", "compound", "nsubj", "nsubjpass", "npadvmod", "appos", "attr", "amod", "poss"}
)
# Verbs with an object and then a declarative clause ("told reporters in Ohio the talks had failed"): a
# syntactic frame WordNet does not record ("ask" takes a clause only with "whether" or "if").
OBJECT_AND_CLAUSE_VERBS = (
    "tell", "inform", "remind", "warn", "assure", "promise", "teach", "convince", "persuade", "notify", "advise",
    "show", "bet", "satisfy",
)
# Verbs of subject control that WordNet files under an object and an infinitive: the one who acts in the infinitive
# is the verb's own subject even after an object ("promised voters to cut taxes"), so no passive keeps it ("with
# fans threatened to boycott" is a past tense). The other verbs of the class have no such frame.
SUBJECT_CONTROL_VERBS = frozenset({"promise", "threaten"})
# Verbs with an object and a bare infinitive ("helps Americans across the country gain"): a closed class.
BARE_INFINITIVE_VERBS = ("help", "make", "let", "have", "see", "watch", "hear", "feel", "notice")
# A plural noun that makes a preposition with "to" ("thanks to"): the only one, so a list.
NOUN_LED_PREPOSITIONS = frozenset({"thanks"})
# The prepositions of the error: those of circumstance (accompaniment, cause, concession, time, addition, inclusion,
# exception, topic, means), whose phrase stands beside a clause, where an edit leaves a clause behind ("with most
# members voted", "despite the roof leaks"). The others (of place, direction, extent or agent: "in", "to", "by",
# "above", "short of", "up to") complete a verb or a noun, and their noun often carries a participle or a relative
# clause with no "that" ("spoke to reporters gathered outside", "short of the mark physicists use"): after them only
# an auxiliary or a modal tells a clause (see _clause_of_any_preposition).
CIRCUMSTANCE_PREPOSITIONS = frozenset(CONJUNCTIONS) | ABSOLUTE_PREPOSITIONS | MEMBER_PREPOSITIONS | {
    "about", "against", "regarding", "concerning", "toward", "towards", "via", "notwithstanding", "barring", "pending",
    "unlike", "except", "excepting", "instead of", "apart from", "aside from", "except for", "in response to",
    "in favor of", "in favour of", "on behalf of", "in the event of", "in the absence of", "in the aftermath of",
    "in the midst of", "in contrast to", "in the run-up to", "subject to",
}
# The same by first word, for _opens_phrase.
CIRCUMSTANCE_BY_FIRST_WORD = _by_first_word(CIRCUMSTANCE_PREPOSITIONS)
# Words that may open a clause's subject (a determiner, a noun, a number, an adjective, a possessive).
SUBJECT_START_TAGS = frozenset({"DT", "PDT", "CD", "JJ", "JJR", "JJS", "PRP$", "NN", "NNS", "NNP", "NNPS", "$", "VBG"})
# Prepositions whose phrase often modifies the noun before it ("an analyst at a brokerage", "a homer by Lee"), with
# the compound ones of nearness that say what "near" says ("hail so close to harvest"), and "per", whose phrase only
# ever divides the unit before it ("gusts of 150 kilometres per hour could strike").
NOUN_MODIFYING_PREPOSITIONS = NP_PREPOSITIONS | {
    "by", "with", "to", "into", "about", "through", "toward", "towards", "against", "close to", "next to", "per",
}
# The prepositions that open a compound one in "with", a state with a bare noun: "in line with", "on par with", "at
# odds with".
STATE_PREPOSITIONS = frozenset({"in", "on", "at"})
# Prepositions that also say "roughly" or "at most" before a number ("about 150 police").
APPROXIMATORS = frozenset({"about", "around", "over", "under", "up to", "upwards of", "close to", "nearly"})


def _subject_of_next_tense(noun: Token) -> bool:
    """Whether the noun phrase of ``noun`` is followed by a tense that has no subject of its own, so it is that
    tense's subject whatever the parser says: "following his lawyers [might] seek"."""
    doc, after = noun.doc, noun.right_edge.i + 1
    if after >= len(doc) or not _tensed(doc[after]):
        return False
    verb = doc[after].head if doc[after].dep_ in AUX_DEPS else doc[after]
    return not any(c.dep_ in SUBJECT_DEPS and c.i != noun.head.i for c in verb.children)  # not the participle


def _opens_phrase(tok: Token, phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether one of ``phrases`` (by first word) starts at ``tok``."""
    candidates = phrases.get(tok.lower_)
    if not candidates:
        return False  # most words open none
    if (tok.lower_,) in candidates:
        return True
    longest = max((len(words) for words in candidates), default=0)
    following = tuple(t.lower_ for t in tok.doc[tok.i : tok.i + longest])  # read once for all the candidates
    return any(following[: len(words)] == words for words in candidates)


def _takes_clause(lemma: str | None) -> bool:
    """A verb of saying or thinking, or one WordNet gives a "that" clause: "say", "fear", "hope"."""
    classes = (*SAYING_CLASSES, "frame.that-clause")
    return lemma is not None and any(in_class(lemma, name, max_rank=3) for name in classes)


def _object_not_clause(lemma: str) -> bool:
    """Whether a verb of saying or thinking takes an object in its main sense and mostly, and no "that" clause in any
    sense in WordNet, so the noun after it is its object: "raised questions", "approved two licenses" (not "insisted",
    which seldom takes an object, nor "said", "warned")."""
    obj = sense_in(lemma, "frame.object")
    no_clause = sense_in(lemma, "frame.that-clause") is None
    return no_clause and obj is not None and obj.first_rank == 1 and obj.tagged_share >= 0.5


def _modifies_no_noun(prep: Token) -> bool:
    """Whether a preposition's phrase seldom modifies a noun and has no absolute use ("concerning", "despite"; not
    "in", "about", "without": "residents without cars")."""
    return prep.lower_ not in NOUN_MODIFYING_PREPOSITIONS | ABSOLUTE_PREPOSITIONS


def _object_of_verb_before(noun: Token, finite: Token, adjunct_after: bool = False) -> bool:
    """Whether the noun phrase of ``noun`` follows a verb that has its own subject and no object, so it is that
    verb's object ("they had made progress toward ..."); not after a verb that may take a clause or an object
    and a verb ("said demand at the port has fallen", "help communities recovering from floods get ..."). When
    ``adjunct_after`` (the phrase after the noun modifies no noun and has no absolute use), a verb of saying that
    WordNet gives no "that" clause has its object too: "raised questions concerning the agency spent" (not "means
    residents without cars will lose", whose clause WordNet's frames miss)."""
    doc, start = noun.doc, noun.left_edge.i
    verb = doc[start - 1] if start > 0 else None
    if verb is not None and verb.tag_ not in VERB_TAGS:
        return _after_object(noun)
    if verb is None or verb.tag_ not in VERB_TAGS - {"VBG", "MD"} or verb.head.i == noun.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(c.dep_ == "dobj" for c in verb.children):
        return False
    lemma = verb_lemma(verb.lower_)
    if lemma is None or lemma in OBJECT_AND_CLAUSE_VERBS:
        return False
    if lemma in BARE_INFINITIVE_VERBS and finite.tag_ in ("VB", "VBP"):
        return False  # "help communities recovering from floods get back on their feet"
    if _takes_clause(lemma) and not (adjunct_after and _object_not_clause(lemma)):
        return False
    # an object and an infinitive ("made workers sign"), never a tense ("could sign")
    return _tensed(finite) or not in_class(lemma, "frame.object-infinitive", max_rank=3)


def _after_object(noun: Token) -> bool:
    """Whether the noun phrase of ``noun`` follows the object of a verb that has its own subject, so it is the verb's
    second object or its object's predicate ("called the festival a success", "gave the city a grant"); not after a
    verb that takes an object and a clause or a bare infinitive ("told reporters the talks had failed", "helped
    families the storm displaced find homes")."""
    doc, start = noun.doc, noun.left_edge.i
    last = doc[start - 1]
    if last.is_punct:
        return False  # a dash or comma closes the clause: "blames a shortage — the stadium should open"
    obj = next((t for t in (last, *last.ancestors) if t.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.right_edge.i != last.i or obj.head.i > obj.i:
        return False
    verb = obj.head
    lemma = verb_lemma(verb.lower_)
    if lemma is None or lemma in OBJECT_AND_CLAUSE_VERBS or lemma in BARE_INFINITIVE_VERBS:
        return False
    return verb.tag_ in VERB_TAGS - {"VBG", "MD"} and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _tensed(verb: Token) -> bool:
    """A form that only a tense can be: a modal, an -s form, or a past tense that is no participle or noun."""
    return verb.tag_ in ("MD", "VBZ") or _past_tense_only(verb)


def _controls_infinitive(verb: Token) -> bool:
    """A verb of subject control with its infinitive, which no passive keeps: "threatened to block", "promised to fix"
    (see SUBJECT_CONTROL_VERBS)."""
    return verb_lemma(verb.lower_) in SUBJECT_CONTROL_VERBS and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children
    )


def _past_tense_only(word: Token) -> bool:
    """A past tense that is neither a participle nor a verb's base form, whatever its tag: "were", "broke",
    "took" (not "saw", "fell", which are also verbs of their own)."""
    lower = word.lower_
    return _past_only(lower) and not any(sense_in(lower, frame) for frame in ("frame.object", "frame.no-object"))


def _set_off(sent: Span, prep_start: int) -> bool:
    """Whether the preposition opens the sentence or follows a comma or dash (a sentence adverbial)."""
    return prep_start == sent.start or sent.doc[prep_start - 1].text in SET_OFF


def _opens_clause(sent: Span, i: int) -> bool:
    """Whether token ``i`` opens the sentence or a clause (after "and", "but", "that", "because" ...)."""
    doc = sent.doc
    before = next((t for t in reversed(doc[sent.start : i]) if not t.is_punct), None)
    if before is None:
        return True
    return doc[i - 1].text not in SET_OFF and (before.tag_ in ("CC", *WH_TAGS) or before.dep_ == "mark")


def _past_between_nouns(tok: Token) -> bool:
    """A regular past form between a subject noun and its object ("school added classes"), not a compound
    modifier ("state-funded")."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or verb_lemma(tok.lower_) is None or _participle_only(tok):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return before.tag_ in NOUN_TAGS and before.text != "-" and after.tag_ in NOUN_TAGS | {"DT", "PRP$", "CD"}


def _has_tense(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in verb.children)


def _adjunct(preposition: str) -> bool:
    """Whether a preposition opens an adjunct of cause, concession or time, which a conjunction could open
    ("despite" -> "although", "due to" -> "because"), not one of accompaniment ("with" -> "and")."""
    return CONJUNCTIONS.get(preposition.lower(), "and") != "and"


def _amount(noun: Token) -> bool:
    """A number or a noun counted by one that is no stretch of time: "4 percent", "$2.3 billion", "12 points"
    (not "two weeks"); or one unit of measure, a noun of quantity counted by "a": "a mile", "half a meter", "a third"."""
    counted = noun.tag_ == "CD" or any(c.tag_ == "CD" or c.tag_ == "$" for c in noun.subtree if c.i < noun.i)
    unit = any(c.lower_ in ("a", "an") for c in noun.children) and _of_quantity(noun)
    return (counted or unit) and not _of_time(noun)


def _of_quantity(noun: Token) -> bool:
    """A noun whose main sense is a quantity or unit: "mile", "foot", "third" (WordNet's noun.quantity)."""
    return any(in_class(word, "noun.quantity") for word in singulars(noun))


def _of_time(noun: Token) -> bool:
    """A noun of time: "weeks", "hours", "the decade"."""
    return any(in_class(word, "noun.time") for word in singulars(noun))


def _number(noun: Token) -> bool:
    """A number, a sum or a share, no counted thing: "4,000", "$3.61", "4 percent" (not "40 schools", "7 p.m.")."""
    return noun.tag_ == "CD" or noun.lower_ in PARTITIVES and any(c.tag_ == "CD" for c in noun.children)


def _scale_point(noun: Token) -> bool:
    """A point on a scale, no place or thing: a number ("4,000", "4 percent"), an adjective made a noun ("normal"), or
    a noun whose main sense is an attribute, a quantity or a relation ("levels", "hurricane strength", "a third";
    not "committee", "a side street", "their frames")."""
    if _number(noun) or noun.tag_ in ADJECTIVE_TAGS:
        return True
    return noun.tag_ in ("NN", "NNS") and any(
        in_class(word, name) for word in singulars(noun) for name in SCALE_CLASSES
    )


def _past_only(word: str) -> bool:
    """A past tense that is no participle: an auxiliary or modal, or an irregular past whose verb has a participle
    of its own in WordNet's forms ("took"/"taken", "blew"/"blown", "sang"/"sung"; not "made", "cut")."""
    if word in PAST_ONLY:
        return True
    base = irregular_base(word)
    if base is None or word.endswith(("ing", "s")):
        return False
    forms = {form for form in irregular_forms(base) if not form.endswith("ing")} | {word}
    # a participle ends in "n" ("taken", "blown") or has the "u" of a past's "a" ("sung" beside "sang")
    participles = {f for f in forms if f.endswith(("n", "ne")) or "u" in f and f.replace("u", "a") in forms}
    return bool(participles) and word not in participles


def _participle_only(verb: Token) -> bool:
    """A past participle that differs from its verb's past tense, so is never finite: "risen", "blown", "gone",
    "sunk" (its verb has two irregular past forms, and this one ends like a participle or the tagger says it is
    one; "made" and "slid" are past tenses too)."""
    base = irregular_base(verb.lower_)
    if base is None or _past_only(verb.lower_):
        return False
    pasts = [form for form in irregular_forms(base) if not form.endswith(("ing", "s"))]
    return len(pasts) > 1 and (verb.tag_ == "VBN" or verb.lower_.endswith(("n", "ne")))


def _measure(noun: Token) -> bool:
    """A ratio or a time adverbial, no object: "outnumbered two to one", "poured that spring", "won last week", a
    date ("the year ended March 31", "closed Monday"; not "trimmed $3 million", "fined three of its coaches",
    "spent three weeks")."""
    ratio = noun.tag_ == "CD" and any(c.lower_ == "to" and c.i < noun.i for c in noun.children)
    deictic = any(c.lower_ in TIME_DEICTICS for c in noun.children if c.i < noun.i)
    date = noun.tag_ == "NNP" and in_class(noun.lower_, "noun.time")
    return ratio or date or deictic and _of_time(noun)


def _objects(verb: Token) -> list[Token]:
    """The objects after ``verb``: "handed [the city] [a profit]"."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]


def _plural(noun: Token) -> bool:
    """A subject that takes the base form of a verb: a plural, "I", "we", "you", "they", or a group ("police")."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("i", "we", "you", "they")
    return plural or in_class(noun.lower_, "noun.group")


def _naming(verb: Token) -> bool:
    """A participle of naming or appointing (see NAMING_PARTICIPLES), also with "re-", which repeats the act and keeps
    its objects: "renamed", "reelected", "reappointed"."""
    lower = verb.lower_
    return lower in NAMING_PARTICIPLES or lower.startswith("re") and lower[2:] in NAMING_PARTICIPLES


def _active_with_object(verb: Token, obj: Token, subject: Token | None = None, retained: bool = True) -> bool:
    """Whether a past form after ``subject`` with ``obj`` after it is a past tense: a passive participle keeps
    no object, except a verb of making ("with the area declared a disaster zone"), naming ("with Smith named
    captain") or giving ("with the coach handed a new contract"). The one named or given to is the passive's
    subject, a person or a group, not "the study" ("with the study named five causes"), nor one "to" names after
    the object (see _given_to); and what is given is no person ("allowed inmates"), nor the object of a particle
    ("paid off its debt"). Where no absolute phrase may stand (not ``retained``), a verb of giving has its object
    too: "amid traders sold shares"."""
    if any(c.dep_ == "prt" and c.i < obj.i for c in verb.children):
        return True  # no passive keeps an object after its particle: "with workers voted down the offer"
    if retained and subject is not None and _people(subject, max_rank=3) and _agent_of_people(verb, obj):
        return False  # the one given to and the giver: "with the tenants served notices by the landlord"
    naming = _naming(verb)
    if naming or verb.lower_ in PREDICATE_PARTICIPLES:
        if obj.tag_ == "PRP" or any(c.dep_ in ("oprd", "acomp") and c.i > obj.i for c in verb.children):
            return True  # a pronoun, or an object with a predicate: "with lawmakers left several bills unfinished"
        if any(c.dep_ == "nummod" for c in obj.children):
            return True  # a name or predicate is not counted: "with prosecutors called 31 witnesses"
    if verb.lower_ in PREDICATE_PARTICIPLES:
        # a predicate of people says what they are, so no thing or place is one: "with most residents left their
        # homes" (not "with the children left orphans", "with the area declared a disaster zone"); nor is a name,
        # but after a verb of calling: "with the first sailing left Stornoway" (not "with the school called Oakwood")
        if _name(obj) and not obj.text.isupper() and not in_class(verb_lemma(verb.lower_) or "", "verb.communication"):
            return True
        return subject is not None and _people(subject) and _no_role(obj)
    if naming and obj.tag_ in ("NNP", "NNPS") and not any(c.dep_ == "det" for c in obj.children):
        return False  # a thing given a name keeps it: "with the hotel renamed Harbor House"
    if not (naming or retained and _keeps_object(verb)) or _given_to(verb, obj):
        return True
    if subject is not None and subject.tag_ in ("NN", "NNS") and not _people(subject, max_rank=3):
        return _known(subject)  # of a word WordNet does not know, no one can say it is a thing: "the midfielder"
    return not naming and _mostly_people(obj)  # not "letters" (a lessor, in WordNet's third sense)


def _known(noun: Token) -> bool:
    """Whether WordNet's table knows the noun (any of its singulars) in any class, so that, where no class of people
    holds it, it is no person: a word of people is always in one ("nurse", "crew"), a word WordNet lacks in none."""
    return any(classes_of(word) for word in singulars(noun))


def _agent_of_people(verb: Token, obj: Token) -> bool:
    """Whether a "by" phrase on a verb that may take a person as its object, after that verb's object, names a person
    or a group (or is a name): the agent of a passive that keeps its object, whose subject the one given to is ("with
    the nurse awarded a medal by the King"; not "with the crew finished the job by hand", "by Friday")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or not _may_take_person(lemma):
        return False
    return any(
        c.lower_ == "by" and c.i > obj.i
        and any(o.dep_ == "pobj" and (_people(o, max_rank=3) or _name(o)) for o in c.children)
        for c in verb.children
    )


def _thing_or_place(noun: Token) -> bool:
    """A noun whose main sense is a thing or a place (see PLACE_CLASSES), or a name."""
    if noun.tag_ in ("NNP", "NNPS"):
        return True
    return noun.tag_ in NOUN_TAGS and _sense_of_place(noun)


def _no_role(noun: Token) -> bool:
    """A common noun that names no role a person may have: a thing or a place in its first two senses ("the pits",
    "their homes", "the village"), and no person in its main sense ("orphans", "champion"); a group is a role only
    where it is no place ("a skeleton crew", not "the village")."""
    if noun.tag_ not in ("NN", "NNS") or any(in_class(w, "noun.person") for w in singulars(noun)):
        return False
    return _sense_of_place(noun, max_rank=2)


def _sense_of_place(noun: Token, max_rank: int = 1) -> bool:
    """Whether one of the noun's first ``max_rank`` senses is a thing or a place (see PLACE_CLASSES)."""
    return any(in_class(w, c, max_rank=max_rank) for w in singulars(noun) for c in PLACE_CLASSES)


def _given_to(verb: Token, obj: Token) -> bool:
    """Whether "to" and a noun phrase (no number) follow the object, naming the one it goes to, so the verb of giving is
    active: its passive's subject is the one given to ("with the army sent trucks to the area", "with the family sold
    the land to a developer"; not "with the children sent to live with relatives", "paid bonuses up to $5,000"). A
    "to" the parser hangs on the object names one given to only if it names people: otherwise it is the object noun's
    own ("with the historian granted access to the archive", "with the team given a route to the summit"; not "with
    the mayor handed contracts to friends")."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > obj.i
        and any(
            o.dep_ == "pobj" and o.tag_ != "CD" and not _amount(o) and (prep.head is verb or _mostly_people(o))
            for o in prep.children
        )
        for prep in (*verb.children, *obj.children)
    )


def _keeps_object(verb: Token) -> bool:
    """Whether a verb's passive may keep an object: WordNet's "Somebody ----s somebody something" frame in one
    of its first three senses."""
    lemma = verb_lemma(verb.lower_)
    return verb.lower_ in PASSIVE_WITH_OBJECT or lemma is not None and in_class(lemma, "frame.two-objects", max_rank=3)


def _people(noun: Token, max_rank: int = 1) -> bool:
    """A noun phrase for people: "inmates", "the union", "two of its executives", "them" (a person or group in
    the noun's first ``max_rank`` senses)."""
    if noun.lower_ in OBJECT_PRONOUNS:
        return True
    if noun.tag_ == "CD" or noun.lower_ in QUANTIFIERS | PARTITIVES:  # "82 percent of members"
        noun = _of_object(noun) or noun
    elif in_class(noun.lower_, "noun.group"):  # a group is of its members: "a line of cars", "a team of nurses"
        members = _of_object(noun)
        noun = members if members is not None and members.tag_ == "NNS" else noun
    # a name after a title or role: "Judge Ana Ruiz", "striker Petra Holm"
    titled = noun.tag_ in ("NNP", "NNPS") and any(
        c.dep_ == "compound" and c.i < noun.i and is_people_noun(c, max_rank=max_rank) for c in noun.children
    )
    return titled or is_people_noun(noun, max_rank=max_rank) or _acronym_for_people(noun, max_rank)


def _people_in_most_uses(noun: Token) -> bool:
    """Whether at least half of a noun's tagged uses in WordNet are of a person or a group, though its first sense is a
    thing: "fans" (a device first, people in 60% of uses), "founders", "pickets"."""
    return is_people_noun(noun, max_rank=MAX_PEOPLE_RANK, min_share=MOST_USES)


def _mostly_people(noun: Token) -> bool:
    """A noun phrase for people in its main sense, or in one of its first three senses that is no rare use ("inmates",
    "the state"; not "letters", "files", people only in a sense WordNet's tagged corpus seldom or never uses)."""
    return _people(noun) or _people(noun, max_rank=MAX_PEOPLE_RANK) and is_people_noun(
        noun, max_rank=MAX_PEOPLE_RANK, min_share=RARE_USE
    )


def _acronym_for_people(noun: Token, max_rank: int = 1) -> bool:
    """An acronym's plural ("MPs", "GPs", "CEOs"), which the tagger may read as a singular noun, whose acronym names a
    person or group in its first ``max_rank`` senses."""
    acronym = noun.text[:-1]
    if not (noun.text.endswith("s") and len(acronym) > 1 and acronym.isalpha() and acronym.isupper()):
        return False
    return any(in_class(acronym.lower(), name, max_rank=max_rank) for name in PEOPLE_CLASSES)


def _of_object(noun: Token) -> Token | None:
    """The object of the "of" phrase after ``noun``: "members" in "82 percent of members"."""
    part = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in part.children if c.dep_ == "pobj"), None) if part is not None else None


def _takes_no_object(verb: Token, subject: Token, adjective_may_follow: bool = True) -> bool:
    """Whether a regular past form's verb takes no object that ``subject`` could be, so it is no passive
    participle of it: the verb (almost) never takes an object or a clause in WordNet ("with prices soared",
    "as a result of the engine failed"), or its first sense takes none and ``subject`` is people ("with no
    senators voted against it"; a person is the object of "vote" only with a particle: "voted out"). An
    adjective spelled like it may follow its noun as an absolute phrase's predicate ("with the contract expired"),
    where ``adjective_may_follow``; elsewhere it is the participle of a verb that takes things ("amid the codes
    scrambled"), but after people, whom no sense of that verb takes, a tense ("amid workers chanted", "amid importers
    scrambled"; not "despite teachers retired early", whose verb may retire a person)."""
    lemma = verb_lemma(verb.lower_)
    adjective = any(sense_in(verb.lower_, name) for name in ("adj.all", "adj.ppl"))
    adjective = adjective and not (_moved_along_a_path(verb) or _ranked_by_ordinal(verb))
    if lemma is None or adjective and adjective_may_follow:
        return False
    if adjective:
        return _persons(subject) and _takes_things_only(lemma)
    if _never_object(lemma):
        return True
    # a clause may be the object of a passive ("with the terms agreed"), never people: "with managers agreed to"
    intransitive = in_class(lemma, "frame.no-object") and seldom_in(lemma, "frame.object", 0.5)
    # or its main sense takes no object and none takes a person: "with Lee scored twice", "with its members voted"
    mainly_intransitive = in_class(lemma, "frame.no-object") and not _may_take_person(lemma)
    # a name acts, unless it may be a place that a verb of motion crosses: "with Everest climbed twice"
    named = _name(subject) and not in_class(lemma, "verb.motion", max_rank=3)
    return (intransitive or mainly_intransitive) and (_people(subject) or named)


def _moved_along_a_path(verb: Token) -> bool:
    """Whether a past form whose verb's main sense is one of motion has a path, source or goal after it (an adverb may
    come between: "crossed back into"), which no adjective spelled like it takes: "with the fighters crossed into the
    hills", "with the leaders departed from the capital" (not "with the ballot crossed"), but for a verb that moves
    people in a common sense ("with the crowd scattered into side streets")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or not in_class(lemma, "verb.motion") or _may_take_person(lemma):
        return False
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 3] if t.tag_ != "RB"), None)
    return after is not None and after.lower_ in PATH_PREPOSITIONS and after.head.i == verb.i


def _ranked_by_ordinal(verb: Token) -> bool:
    """Whether an ordinal follows a past form of a verb whose main sense is a change or a motion, a place reached in a
    ranking, which no adjective spelled like it takes: "with Rovers finished fourth" (not "with Smith seeded first",
    "with the champions ranked third", which rank)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or not (after.lower_ in ORDINALS or _numbered_ordinal(after.lower_)):
        return False
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and (in_class(lemma, "verb.change") or in_class(lemma, "verb.motion"))


def _numbered_ordinal(word: str) -> bool:
    """An ordinal written with digits: "11th", "2nd"."""
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def _persons(noun: Token) -> bool:
    """A noun for persons in its main sense ("protesters", "importers"), not a group, which may be a thing counted
    ("with turnout estimated at 62 percent")."""
    return noun.tag_ in NOUN_TAGS and in_class(noun_lemma(noun), "noun.person")


def _takes_things_only(lemma: str) -> bool:
    """Whether a verb takes an object in WordNet and a person in none of its senses ("chant", "scramble")."""
    return sense_in(lemma, "frame.object") is not None and sense_in(lemma, "frame.person-object") is None


def _never_object(lemma: str | None) -> bool:
    """Whether a verb (almost) never takes an object or a clause in WordNet, so has no passive: "arrive", "soar"; not
    a verb WordNet gives a form but no sense, so no frame ("tabbed"), of which nothing is known."""
    if lemma is None or not any(name.startswith("frame.") for name in classes_of(lemma)):
        return False
    obj, none = sense_in(lemma, "frame.object"), sense_in(lemma, "frame.no-object")
    if obj is not None and none is not None and obj.tagged_share == none.tagged_share == 0:
        return False  # no tagged use tells which frame is common ("tally": "the figures tally", "tally the votes")
    return seldom_in(lemma, "frame.object", RARE_USE) and sense_in(lemma, "frame.that-clause") is None


def _no_participle(verb: Token, subject: Token, adjective_may_follow: bool = True) -> bool:
    """Whether a past form after ``subject`` can be no passive participle: a past tense only, or a verb that takes
    no object (see _takes_no_object)."""
    if _past_only(verb.lower_) or verb.lower_ in INTRANSITIVE_PAST:
        return True
    return _takes_no_object(verb, subject, adjective_may_follow)


def _name(noun: Token) -> bool:
    """A proper name with no article and no date: a person's, a company's or a country's ("with Garcia scored",
    "with Pfizer walked away"), which acts rather than is acted on."""
    if noun.tag_ not in ("NNP", "NNPS") or in_class(noun.lower_, "noun.time"):
        return False  # not a date: "from July 1 onward"
    return not any(c.dep_ == "det" for c in noun.children)


def _may_take_person(lemma: str) -> bool:
    """Whether a verb's common senses take a person as their object, so people may be its passive's subject
    ("with the crew rescued"; not "scored", "finished", "voted"): WordNet's "Somebody ----s somebody" frames
    in one of its first three senses or in enough tagged uses."""
    sense = sense_in(lemma, "frame.person-object")
    return sense is not None and (sense.first_rank <= 3 or sense.tagged_share >= 0.05)


def _bare_noun_after(verb: Token, obj: Token) -> bool:
    """Bare nouns on both sides of the verb: "from holiday themed film fare" may be a participle before its
    noun, where "the bank raised rates" is a past tense. A plural modifies no noun ("amid investors sold stocks")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or obj.left_edge.i > verb.i + 1:
        return False
    first, before = doc[verb.i + 1], doc[verb.i - 1]
    bare_before = before.tag_ == "NN" and (before.i == 0 or doc[before.i - 1].tag_ in ("IN", ",", "HYPH"))
    return bare_before and first.tag_ in ("NN", "NNS", "JJ")


def _particle(verb: Token) -> Token | None:
    """The particle of a phrasal verb: "knocked [down]", "showed [up]"."""
    doc = verb.doc
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if particle is None and verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "RP":
        return doc[verb.i + 1]
    return particle


def _phrasal_with_object(verb: Token, particle: Token) -> bool:
    """Whether WordNet knows the verb and its particle as a phrasal verb that takes an object ("voted down the offer");
    otherwise the particle is a preposition of place and the noun after it its object: "with a line of buses rerouted
    down Main Street"."""
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and sense_in(f"{lemma} {particle.lower_}", "frame.object") is not None


def _intransitive_phrasal(verb: Token, particle: Token, mostly: bool = False, never: bool = False) -> bool:
    """Whether a phrasal verb takes no object in WordNet's frames (or only in a rare sense), so it has no
    passive: "showed up", "dropped out", "stepped down" (not "knocked down", "paid off"); when ``mostly`` (its
    subject is people, who look on rather than are looked on), mostly no object: "looked on"; when ``never``, in
    no sense at all: "dragged on" (not "dropped off", which drops off ballots)."""
    lemma = verb_lemma(verb.lower_)
    phrasal = f"{lemma} {particle.lower_}"
    if lemma is None or sense_in(phrasal, "frame.no-object") is None:
        return False
    if sense_in(lemma, "frame.no-object") is None:
        return False  # the verb alone always takes an object, and the particle says where it went: "hauled up"
    if never:
        return sense_in(phrasal, "frame.object") is None
    return seldom_in(phrasal, "frame.object", 0.5 if mostly else RARE_USE)


def _passive_marked(verb: Token) -> bool:
    """A particle or an agent after the verb: "knocked down", "protested by farmers" (see _by_agent)."""
    return _particle(verb) is not None or _by_agent(verb)


def _by_agent(verb: Token) -> bool:
    """An agent after the verb: "protested by farmers", "turned back by police" (not "fell by a third", nor a
    deadline: "returned to normal by March")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return True
        if child.lower_ == "by" and any(
            not obj.like_num and obj.lower_ not in MEASURES and not any(g.dep_ == "nummod" for g in obj.children)
            and not _of_time(obj)
            for obj in child.children
            if obj.dep_ == "pobj"
        ):
            return True
    return False
