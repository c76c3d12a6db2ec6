"""A second reading of a sentence the rule is about to flag: can it be read with a finite main clause?

The tagger may read a sentence's main verb as a noun, an adjective or a participle ("the three bonefish drift/NN
within range", "Not all of the updating works/NNS"). For each word whose form may be a finite verb (see
``_finite_form``), the sentence is parsed again with that word replaced by a verb of the same form and valency that
is nothing but a verb ("happens", "include", "happened"); if the parser then makes that verb the main clause's,
after a subject it agrees with, the sentence can be read as complete and the rule cannot decide. A word may stand in
a main verb's place by the parse's own structure too: a past form it made the root after a subject but tagged as an
adjective, one after a relative clause whose verb takes no object ("the storm that followed flattened/amod ..."), one
before "by" and a measure ("passed by a vote of 9 to 6"), a present tense after a name ending in a capitalised
superlative ("The Strongest returns/NNS ..."), a past form after a share of a group of a verb mostly used without an
object ("Much of the debate revolved/VBN around ..."), a word after a preposition that ends a relative clause ("The
house the family grew up in sold/VBN ...", also before a phrase of time the parser made that preposition's object:
"The pub they drank in closed/amod last winter"), a word after the verb of a relative clause with no relative word
whose gap is that verb's object ("The reforms the minister announced cut/dobj ..."), a present form tagged as an
adverb that the parse made the root after its subject ("The markets close/RB early"), a base form at the root after
a clause as its subject ("Losing the final so narrowly hurt/VB more ..."). A year right after a preposition, a plural
of time and a noun that makes a verb phrase WordNet lists with the verb before it ("took place") modify no word after
them, and a present form the parse hung inside a relative clause may be a verb of any valency. A phrase of time after
a word is no object ("shut last week"), a substitute the parser tagged as a participle heads a clause when it has a
subject and no auxiliary, and a clause may be the subject, of a singular or past verb. A finite verb the parser hung
on the noun the sentence opens with, as a clause after "before" or "after", is read again with a preposition that
subordinates no clause in that word's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, is_phrase, seldom_in, sense_in
from editlint.nlp.syntax import (
    AUX_DEPS, FINITE_TAGS, NOUN_TAGS, VERB_TAGS, WH_TAGS, disagrees, noun_lemma, reparsed, verb_lemma,
)
from editlint.rules.house.sentence_fragment.common import RARE_SHARE
from editlint.rules.house.sentence_fragment.main_verb import _finite_form, _object_follows, _share_of, _year

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.engine.rule import CheckContext
    from editlint.lexicon import ClassSense

# Verbs that are no other part of speech, by the subject their form agrees with, for a verb used without an object
# and for one with it: a true exception list, the substitutes of the second reading (never words of the copy).
SUBSTITUTES = {
    False: {"singular": "happens", "plural": "happen", "any": "happened"},
    True: {"singular": "includes", "plural": "include", "any": "included"},
}
# Words both a preposition and a subordinator of time (a closed class), and a preposition of time that subordinates
# no clause, which replaces one in a second reading (never a word of the copy).
DURING_REPLACEABLE = frozenset({"before", "after", "until", "till"})
PREPOSITION = "during"
# WordNet's classes of nouns that name no event or time: people, groups, things, places.
NO_EVENT_CLASSES = ("noun.person", "noun.group", "noun.artifact", "noun.object", "noun.location")
# What may end a subject right before its verb: a noun, a number, a pronoun, an adverb qualifying the verb.
SUBJECT_ENDS = NOUN_TAGS | {"CD", "PRP", "RB"}
# What may end a subject, or the comma closing an insertion on it, before its verb.
INSERTION_ENDS = SUBJECT_ENDS | {","}
# What a verb used without an object is followed by: a preposition or subordinator, a particle, an adverb, "to".
ALONE_FOLLOWERS = frozenset({"IN", "RP", "RB", "RBR", "TO", "WRB"})
# The dependencies of a noun's modifiers before it: "the dairy farms", "two matches", "its best player".
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "nmod", "poss", "quantmod"})
# The tags of the words before the noun of a phrase of time: "last year", "this week", "the next two days".
TIME_MODIFIER_TAGS = frozenset({"DT", "JJ", "CD"})
# Shares of a group that are plural whatever the group (a closed class of English).
PLURAL_SHARES = frozenset({"many", "several", "few", "both"})


def _read_as_complete(sent: Span, ctx: CheckContext) -> bool:
    """Whether ``sent`` has a word the tagger did not read as a finite verb that, replaced by an unambiguous verb of
    its form and valency (see ``SUBSTITUTES``), becomes the verb of the sentence's main clause in a second parse; or
    a finite verb the parser hung on the noun the sentence opens with, as a clause after a preposition of time, that
    becomes it when that preposition is one that subordinates no clause (see ``_clause_after_time_preposition``)."""
    if any(_main_verb_when_replaced(word, sent, ctx) for word in _candidates(sent)):
        return True
    verb = _clause_after_time_preposition(sent)
    return verb is not None and _main_verb_without_subordinator(verb, sent, ctx)


def _candidates(sent: Span):
    """The words of ``sent`` that may be a finite verb the tagger missed, each with whether it takes an object
    here: a form of a verb WordNet knows that may be finite, not tagged as a finite verb, in a main verb's place
    (right after what may end a subject, or one of the places the module's docstring lists)."""
    for word in sent[1:]:
        if word.tag_ in FINITE_TAGS or _form(word) is None:
            continue
        if _past_adjective_root(word) or _adverb_root(word) or _base_root_after_clause(word):
            valency = _valency(word, parsed_clause=True)
        elif _measure_after_by(word):
            valency = False if _first_sense_alone(verb_lemma(word.lower_)) else None
        elif _after_subject_end(word) or _after_intransitive_relative(word) or _after_object_gap(word):
            valency = False if _past_after_share(word) else _valency(word)
        elif _after_stranded_preposition(word):
            valency = _valency(word, parsed_clause=True)
        else:
            continue
        if valency is not None:
            yield word, valency


def _form(word: Token) -> str | None:
    """The subject a finite verb of ``word``'s form agrees with (see ``_finite_form``), also for a present form the
    tagger read as an adverb (see ``_adverb_root``)."""
    if _base_root_after_clause(word):
        return "any"
    form = _finite_form(word)
    if form is not None or not _adverb_root(word):
        return form
    lemma = verb_lemma(word.lower_)
    if lemma == word.lower_:
        return "plural"
    return "singular" if lemma is not None and word.lower_ == lemma + "s" else None


def _adverb_root(word: Token) -> bool:
    """Whether the parse made ``word``, which it tagged as an adverb, the sentence's root with a subject before it and
    no preposition right after it: a clause by its structure, whose verb only the tag denies, if its form is one
    ("The markets close/RB early ..."); an adverb's own complement opens with a preposition right after it, as the
    tag reads it ("The farms close to the border", "The houses back from the road")."""
    if word.tag_ != "RB" or word.dep_ != "ROOT":
        return False
    if any(c.dep_ == "prep" and c.i == word.i + 1 for c in word.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < word.i for c in word.children)


def _base_root_after_clause(word: Token) -> bool:
    """Whether the parse made ``word``, a base form it tagged as such, the sentence's root after a clause as its
    subject ("Losing the final so narrowly hurt/VB more than ..."), with no auxiliary: a base form agrees with no
    clause, so a verb whose past is its base is in the past tense."""
    if word.tag_ != "VB" or word.dep_ != "ROOT" or any(c.dep_ in AUX_DEPS for c in word.children):
        return False
    return any(c.dep_ == "csubj" and c.i < word.i for c in word.children)


def _after_subject_end(word: Token) -> bool:
    """Whether ``word`` follows what may end a subject (see ``SUBJECT_ENDS``) and the parse made it no modifier of a
    later noun, no head of a noun phrase and no verb joined to one before it; or follows a name's last word (see
    ``_ends_name``), not before "of", which follows a noun ("The Greatest hits of ...")."""
    if _ends_name(word.doc[word.i - 1]) and word.is_lower:
        after = word.doc[word.i + 1] if word.i + 1 < word.sent.end else None
        return not _coordinate(word) and after is not None and after.lower_ != "of"
    if word.doc[word.i - 1].tag_ not in SUBJECT_ENDS:
        return False
    return not (_modifies_later_noun(word) or _heads_noun_phrase(word) or _coordinate(word))


def _after_stranded_preposition(word: Token) -> bool:
    """Whether ``word`` follows a preposition or particle that ends a relative clause on a noun before it, the clause's
    gap its object ("The house the family grew up in sold ...", "The charity that the prince is patron of faces
    ..."): a clause whose subject is no relative word, so the relative word, if any, is an object; a preposition
    left without an object of its own ends its clause, and the word after it may be the verb of the noun the clause
    is on."""
    doc = word.doc
    preposition = doc[word.i - 1]
    if preposition.tag_ not in ("IN", "TO", "RP") or word.i - 1 == word.sent.start:
        return False
    if any(c.dep_ == "pobj" and c.i > word.i for c in preposition.children) and not _time_follows(word):
        return False  # an object of its own (not the relative word before it: "that ... is patron of"; not the time
        # after ``word``, which no adjective precedes: "in closed/amod last winter")
    clause = next((t for t in word.sent if t.dep_ == "relcl" and t.i < preposition.i <= t.right_edge.i), None)
    if clause is None or clause.head.i > clause.i or clause.head.tag_ not in NOUN_TAGS:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i < clause.i and subject.tag_ not in WH_TAGS


def _past_after_share(word: Token) -> bool:
    """Whether ``word``, a past form after a share of a group that opens the sentence ("Many of the concerns", "Much
    of the debate"), before a preposition or an adverb, is of a verb used without an object (by WordNet) in more of
    its tagged uses than with one, by ``RARE_SHARE`` at least ("centered on", "revolved around"): a clause's verb
    after its subject, seldom a passive participle on the group ("Many of the houses built on ..."), which only a verb
    that mostly takes an object has; not before a participle's agent."""
    doc, start = word.doc, word.sent.start
    after = doc[word.i + 1] if word.i + 1 < word.sent.end else None
    if _finite_form(word) != "any" or after is None or after.tag_ not in ALONE_FOLLOWERS or _agent_after(word):
        return False
    if _share_of(doc[start : word.i]) is None:
        return False
    lemma = verb_lemma(word.lower_)
    alone, taking = sense_in(lemma, "frame.no-object"), sense_in(lemma, "frame.object")
    if alone is None or alone.first_rank != 1:
        return False
    return taking is None or alone.tagged_share - taking.tagged_share >= RARE_SHARE


def _ends_name(word: Token) -> bool:
    """Whether ``word`` is a comparative or superlative adjective written with a capital inside the sentence: a word of
    a name or title, which a common noun after it does not join ("The Strongest", "Greater Manchester")."""
    return word.tag_ in ("JJR", "JJS") and word.text[:1].isupper() and word.i > word.sent.start


def _past_adjective_root(word: Token) -> bool:
    """Whether the parse made ``word``, a past form it tagged as an adjective, the sentence's root with a subject
    before it: a clause by its structure, whose verb only the tag denies ("Most of the interest focused/JJ on ...")."""
    if word.tag_ != "JJ" or word.dep_ != "ROOT" or _finite_form(word) != "any":
        return False
    return any(c.dep_ == "nsubj" and c.i < word.i for c in word.children)


def _after_intransitive_relative(word: Token) -> bool:
    """Whether ``word`` follows the finite verb of a relative clause whose relative word is its subject, a verb often
    used without an object (by WordNet), and the parse did not make ``word`` itself that object: the relative clause
    may end there, and ``word`` be the verb of the noun the clause is on, which the parser hung inside it ("The flood
    that followed wrecked/amod ..."; not "A court that hears appeals/dobj ... but sits ...")."""
    verb = word.doc[word.i - 1]
    if verb.dep_ != "relcl" or verb.tag_ not in FINITE_TAGS or verb.head.i > verb.i or word.head.i == verb.i and word.dep_ == "dobj":
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in WH_TAGS for c in verb.children):
        return False
    alone = sense_in(verb_lemma(verb.lower_), "frame.no-object")
    return alone is not None and alone.tagged_share >= RARE_SHARE


def _after_object_gap(word: Token) -> bool:
    """Whether ``word`` follows the finite verb of a relative clause with no relative word, after that clause's
    subject, on a noun before it, a verb that takes an object in its first sense (by WordNet): the noun is that
    object, the clause's gap, so the clause may end there and ``word`` be the verb of the noun it is on, which the
    parser made the clause's object ("The reforms the minister announced cut/dobj waiting times ..."; not "The money
    the council gives schools", whose verb takes two objects)."""
    verb = word.doc[word.i - 1]
    if verb.dep_ != "relcl" or verb.tag_ not in FINITE_TAGS or verb.head.i > verb.i or verb.head.tag_ not in NOUN_TAGS:
        return False
    if any(t.tag_ in WH_TAGS or t.lower_ == "that" for t in word.doc[verb.head.i + 1 : verb.i]):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    taking = sense_in(verb_lemma(verb.lower_) or "", "frame.object")
    if subject is None or taking is None or taking.first_rank != 1:
        return False
    return seldom_in(verb_lemma(verb.lower_), "frame.two-objects", RARE_SHARE)


def _modifies_later_noun(word: Token) -> bool:
    """Whether the parse made ``word`` a modifier of a noun after it ("three abandoned wells", "car number plates")."""
    return word.dep_ in ("amod", "compound") and word.head.i > word.i


def _heads_noun_phrase(word: Token) -> bool:
    """Whether the parse made the word right before ``word`` its modifier, so ``word`` the head of a noun phrase
    ("the dairy farms", "only two matches"); not a singular noun counted by a number other than one, which cannot
    head its phrase ("the three bonefish drift")."""
    before = word.doc[word.i - 1]
    if before.head.i != word.i or before.dep_ not in NOUN_MODIFIER_DEPS:
        return False
    if _year_after_preposition(before) or _ends_verb_phrase(before) or _plural_of_time(before):
        return False
    return word.tag_ != "NN" or not (_counted(word) or before.tag_ == "NN" and _counted(before))


def _year_after_preposition(modifier: Token) -> bool:
    """Whether ``modifier`` is a year right after a preposition: the preposition's object, a date ("closed in 2019"),
    not a modifier of the word after it, which a year modifies after a determiner ("the 2019 elections")."""
    return _year(modifier) and modifier.doc[modifier.i - 1].tag_ in ("IN", "RP")


def _plural_of_time(modifier: Token) -> bool:
    """Whether ``modifier`` is a plural noun of time (WordNet) the parse made a compound on the word after it: a span
    of time ("trained for years closes/NNS at ..."), which modifies no noun after it, unlike other plurals ("sales
    targets")."""
    return modifier.tag_ == "NNS" and modifier.dep_ == "compound" and in_class(noun_lemma(modifier), "noun.time")


def _ends_verb_phrase(modifier: Token) -> bool:
    """Whether ``modifier`` makes, with the verb right before it, a verb WordNet lists as a phrase ("took place", "made
    sense"): the verb's, not a modifier of the word after it ("where the summit took place closes/NNS for ...")."""
    before = modifier.doc[modifier.i - 1]
    lemma = verb_lemma(before.lower_) if before.tag_ in VERB_TAGS else None
    return lemma is not None and is_phrase(lemma, modifier.lower_)


def _coordinate(word: Token) -> bool:
    """Whether the parse joined ``word``, or the noun right before it, to a verb before it, whose clause they share
    ("the club won nothing and its best player left")."""
    before = word.doc[word.i - 1]
    return any(t.dep_ == "conj" and t.head.tag_ in VERB_TAGS for t in (word, before))


def _valency(word: Token, parsed_clause: bool = False) -> bool | None:
    """True when ``word`` takes the object that follows it, False when it is used without one as its verb is in its
    first sense (by WordNet), None when neither: a past form of a verb that needs an object and has none is a
    participle ("the report released Tuesday"). With ``parsed_clause`` (a place the parse gives a clause's verb), a
    past form of a verb often used without an object is used without one, as a present form is."""
    if _object_follows(word):
        return True
    after = word.doc[word.i + 1] if word.i + 1 < word.sent.end else None
    alone_after = after is not None and (after.is_punct or after.tag_ in ALONE_FOLLOWERS or _time_follows(word))
    if not alone_after or _agent_after(word):
        return None
    lemma = verb_lemma(word.lower_)
    alone = sense_in(lemma, "frame.no-object")
    if alone is None or alone.tagged_share < RARE_SHARE:
        return False if _present_hung_in_relative(word) else None
    past = _finite_form(word) == "any" and not parsed_clause
    return None if past and not _past_alone(lemma, alone) else False


def _present_hung_in_relative(word: Token) -> bool:
    """Whether ``word``, a present form, is one the parse hung inside a relative clause on a noun before it, after that
    clause's verb ("The factory which closed in 2019 reopens/pobj next month ..."): a present tense is no participle,
    so where the clause may end before it, it is the main verb whether or not its verb mostly takes an object, if it
    is no noun, which the second parse decides."""
    if _finite_form(word) not in ("singular", "plural"):
        return False
    clause = next((t for t in word.ancestors if t.dep_ == "relcl"), None)
    return clause is not None and clause.head.i < clause.i < word.i


def _time_follows(word: Token) -> bool:
    """Whether a noun phrase of time follows ``word`` ("closed last year", "rose this week"): an adverbial, no
    object, which a verb used without one may take."""
    doc = word.doc
    phrase = (t for t in doc[word.i + 1 : word.sent.end] if t.tag_ not in TIME_MODIFIER_TAGS)
    noun = next(phrase, None)
    return noun is not None and noun.tag_ in ("NN", "NNS") and in_class(noun_lemma(noun), "noun.time")


def _past_alone(lemma: str, alone: ClassSense) -> bool:
    """Whether a past form of ``lemma``, whose use without an object is ``alone``, may be a finite verb without an
    object, not a participle on the noun before: its verb's first sense takes no object and it seldom takes one (see
    ``seldom_in``), and only a verb that takes an object has a passive participle ("the houses built on ..." and "the
    boxes bound for ..." are phrases, "the boats drifted toward ..." a clause)."""
    return alone.first_rank == 1 and seldom_in(lemma, "frame.object", RARE_SHARE)


def _measure_after_by(word: Token) -> bool:
    """Whether "by" follows ``word``, after what may end a subject or the comma closing an insertion on it, and opens a
    phrase that measures a difference by a number, with no noun of a person, group, thing or place in it: no
    participle's agent ("by a vote of 9 to 6", "by 12 points"; not "by a crew of 40", "by three firms")."""
    doc = word.doc
    if word.i + 2 >= word.sent.end or doc[word.i + 1].lower_ != "by" or doc[word.i - 1].tag_ not in INSERTION_ENDS:
        return False
    phrase = list(doc[word.i + 1].subtree)[1:]
    if not any(t.tag_ == "CD" for t in phrase):
        return False
    nouns = [t for t in phrase if t.tag_ in NOUN_TAGS]
    return all(t.tag_ in ("NN", "NNS") and not _names_no_event(t) for t in nouns)


def _names_no_event(noun: Token) -> bool:
    """Whether the main sense of ``noun`` (by WordNet) is a person, a group, a thing or a place."""
    return any(in_class(noun_lemma(noun), lexname) for lexname in NO_EVENT_CLASSES)


def _first_sense_alone(lemma: str) -> bool:
    """Whether the first sense of the verb ``lemma`` (by WordNet) is used without an object and none of that rank
    takes one ("pass", "fail", "rise"; not "approve" or "win")."""
    alone, taking = sense_in(lemma, "frame.no-object"), sense_in(lemma, "frame.object")
    return alone is not None and alone.first_rank == 1 and (taking is None or taking.first_rank > 1)


def _agent_after(word: Token) -> bool:
    """Whether "by" and a noun that is no time follow ``word``: a participle's agent ("flooded by the river"), not a
    deadline ("filled by late morning")."""
    doc = word.doc
    if word.i + 1 >= word.sent.end or doc[word.i + 1].lower_ != "by":
        return False
    noun = next((t for t in doc[word.i + 2 : word.sent.end] if t.tag_ in NOUN_TAGS | {"CD", "PRP"}), None)
    return noun is None or not (noun.tag_ == "CD" or in_class(noun_lemma(noun), "noun.time"))


def _clause_after_time_preposition(sent: Span) -> Token | None:
    """The finite verb the parse hung on the sentence's root, a noun, as a clause that a word both preposition and
    subordinator of time opens ("before", "after", "until": see ``DURING_REPLACEABLE``) and a noun its subject, or None.
    The noun may be that word's object instead, and the verb the root's ("A scuffle shortly before the break drew/advcl
    in ..."); not after a noun of time, which a clause of time follows ("The moment before the crowd rushed in.")."""
    root = sent.root
    if root.tag_ not in ("NN", "NNS") or in_class(noun_lemma(root), "noun.time"):
        return None
    for verb in root.children:
        if verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS and verb.i > root.i and _time_mark_and_noun(verb):
            return verb
    return None


def _time_mark_and_noun(verb: Token) -> bool:
    """Whether ``verb``'s clause opens with a word of ``DURING_REPLACEABLE`` and has as its subject a common noun that
    may be that word's object: none whose main sense (by WordNet) is a person, a group, a thing or a place ("after the
    minister resigned", "before the shops closed"), which a preposition of time does not take; an event may be one
    ("before the break", "after the verdict")."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if len(marks) != 1 or marks[0].lower_ not in DURING_REPLACEABLE or subject is None:
        return False
    if marks[0].i > subject.i or subject.tag_ not in ("NN", "NNS"):
        return False
    return not _names_no_event(subject)


def _main_verb_without_subordinator(verb: Token, sent: Span, ctx: CheckContext) -> bool:
    """Whether ``verb`` becomes the main clause's verb, with the noun the sentence opens with as its subject, when its
    clause's subordinator is replaced by "during", a preposition of time that subordinates no clause."""
    mark = next(c for c in verb.children if c.dep_ == "mark")
    shift = len(PREPOSITION) - len(mark.text)
    subject_at = sent.root.idx - sent[0].idx
    return _main_verb_at(_reading_with(mark, PREPOSITION, sent, ctx), verb.idx - sent[0].idx + shift, subject_at)


def _main_verb_when_replaced(candidate: tuple[Token, bool], sent: Span, ctx: CheckContext) -> bool:
    word, valency = candidate
    substitute = SUBSTITUTES[valency][_form(word)]
    return _main_verb_at(_reading_with(word, substitute, sent, ctx), word.idx - sent[0].idx)


def _reading_with(word: Token, replacement: str, sent: Span, ctx: CheckContext):
    """A parse of ``sent`` on its own with ``word`` replaced by ``replacement``."""
    start, text = word.idx - sent[0].idx, sent.text
    return reparsed(text[:start] + replacement + text[start + len(word.text) :], ctx)


def _main_verb_at(reading, start: int, subject_at: int | None = None) -> bool:
    """Whether the word at character ``start`` of the one-sentence ``reading`` is its main clause's finite verb after a
    subject it may agree with (the word at ``subject_at``, when given)."""
    sents = list(reading.sents)
    verb = next((t for t in reading if t.idx == start), None)
    if len(sents) != 1 or verb is None or verb.dep_ != "ROOT" or not _finite_root(verb):
        return False
    children = list(verb.children)
    if any(c.dep_ == "mark" for c in children):
        return False
    subject = next((c for c in children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    if subject is None or subject.tag_ in WH_TAGS or subject.left_edge.tag_ in WH_TAGS:
        return False
    if subject_at is not None and subject.idx != subject_at:
        return False
    if any(c.dep_ == "conj" and c.tag_ == "VBN" for c in children):
        return False  # joined to a participle, it is one too: "a road widened in 1980 and resurfaced by the county"
    commas = sum(t.text == "," for t in reading[subject.right_edge.i + 1 : verb.i])
    if commas % 2:
        return False  # one comma never parts a subject from its verb: "its ballroom, now long gone"
    return _may_be_subject_of(subject, verb)


def _finite_root(verb: Token) -> bool:
    """Whether ``verb``, the root of a second reading, is finite: tagged so, or a substitute's past form tagged as a
    participle with no auxiliary, which a participle heading a clause needs ("The bid that ... never happened/VBN");
    not a word of the copy, which may be a participle ("The confusion during the polls opened/VBN in ...")."""
    if verb.tag_ in FINITE_TAGS:
        return True
    substitute = verb.lower_ in (forms["any"] for forms in SUBSTITUTES.values())
    return substitute and verb.tag_ == "VBN" and not any(c.dep_ in AUX_DEPS for c in verb.children)


def _may_be_subject_of(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` may be the subject of the finite ``verb``: a noun counted by a number other than one, or
    a share of a group that is always plural ("many", "several"), takes a plural verb, a clause a singular one ("Losing
    the final hurt"); others as ``disagrees``."""
    if subject.dep_ == "csubj":
        return verb.tag_ != "VBP"
    if _counted(subject) or subject.lower_ in PLURAL_SHARES:
        return verb.tag_ != "VBZ"
    return not disagrees(subject, verb)


def _counted(noun: Token) -> bool:
    """Whether a number other than one counts ``noun``, a plural whatever its form ("the three bonefish"); not a
    year ("the 2024 budget") nor a unit of measure ("a 10 percent cut")."""
    if in_class(noun_lemma(noun), "noun.quantity"):
        return False
    return any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") and not _year(c) for c in noun.children)
