"""A second reading of a sentence the rule is about to flag: can it be read with a finite main clause?

The tagger may read a sentence's main verb as a noun, an adjective or a participle ("the three bonefish drift/NN
within range", "Not all of the updating works/NNS"). For each word whose form may be a finite verb (see
``_finite_form``), the sentence is parsed again with that word replaced by a verb of the same form and valency that
is nothing but a verb ("happens", "include", "happened"); if the parser then makes that verb the main clause's,
after a subject it agrees with, the sentence can be read as complete and the rule cannot decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, seldom_in, sense_in
from editlint.nlp.syntax import (
    FINITE_TAGS, NOUN_TAGS, VERB_TAGS, WH_TAGS, disagrees, noun_lemma, reparsed, verb_lemma,
)
from editlint.rules.house.sentence_fragment.common import RARE_SHARE
from editlint.rules.house.sentence_fragment.main_verb import _finite_form, _object_follows, _year

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
# What may end a subject right before its verb: a noun, a number, a pronoun, an adverb qualifying the verb.
SUBJECT_ENDS = NOUN_TAGS | {"CD", "PRP", "RB"}
# What a verb used without an object is followed by: a preposition or subordinator, a particle, an adverb, "to".
ALONE_FOLLOWERS = frozenset({"IN", "RP", "RB", "RBR", "TO", "WRB"})
# The dependencies of a noun's modifiers before it: "the dairy farms", "two matches", "its best player".
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "nmod", "poss", "quantmod"})
# Shares of a group that are plural whatever the group (a closed class of English).
PLURAL_SHARES = frozenset({"many", "several", "few", "both"})


def _read_as_complete(sent: Span, ctx: CheckContext) -> bool:
    """Whether ``sent`` has a word the tagger did not read as a finite verb that, replaced by an unambiguous verb of
    its form and valency (see ``SUBSTITUTES``), becomes the verb of the sentence's main clause in a second parse."""
    return any(_main_verb_when_replaced(word, sent, ctx) for word in _candidates(sent))


def _candidates(sent: Span):
    """The words of ``sent`` that may be a finite verb the tagger missed, each with whether it takes an object
    here: a form of a verb WordNet knows that may be finite, not tagged as a finite verb, right after what may end
    a subject."""
    doc = sent.doc
    for word in sent[1:]:
        if word.tag_ in FINITE_TAGS or _finite_form(word) is None or doc[word.i - 1].tag_ not in SUBJECT_ENDS:
            continue
        if _modifies_later_noun(word) or _heads_noun_phrase(word) or _coordinate(word):
            continue
        valency = _valency(word)
        if valency is not None:
            yield word, valency


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
    return word.tag_ != "NN" or not (_counted(word) or before.tag_ == "NN" and _counted(before))


def _coordinate(word: Token) -> bool:
    """Whether the parse joined ``word``, or the noun right before it, to a verb before it, whose clause they share
    ("the club won nothing and its best player left")."""
    before = word.doc[word.i - 1]
    return any(t.dep_ == "conj" and t.head.tag_ in VERB_TAGS for t in (word, before))


def _valency(word: Token) -> bool | None:
    """True when ``word`` takes the object that follows it, False when it is used without one as its verb is in its
    first sense (by WordNet), None when neither: a past form of a verb that needs an object and has none is a
    participle ("the report released Tuesday")."""
    if _object_follows(word):
        return True
    after = word.doc[word.i + 1] if word.i + 1 < word.sent.end else None
    if after is None or not (after.is_punct or after.tag_ in ALONE_FOLLOWERS) or _agent_after(word):
        return None
    lemma = verb_lemma(word.lower_)
    alone = sense_in(lemma, "frame.no-object")
    if alone is None or alone.tagged_share < RARE_SHARE:
        return None
    return None if _finite_form(word) == "any" and not _past_alone(lemma, alone) else False


def _past_alone(lemma: str, alone: ClassSense) -> bool:
    """Whether a past form of ``lemma``, whose use without an object is ``alone``, may be a finite verb without an
    object, not a participle on the noun before: its verb's first sense takes no object and it seldom takes one (see
    ``seldom_in``), and only a verb that takes an object has a passive participle ("the houses built on ..." and "the
    boxes bound for ..." are phrases, "the boats drifted toward ..." a clause)."""
    return alone.first_rank == 1 and seldom_in(lemma, "frame.object", RARE_SHARE)


def _agent_after(word: Token) -> bool:
    """Whether "by" and a noun that is no time follow ``word``: a participle's agent ("flooded by the river"), not a
    deadline ("filled by late morning")."""
    doc = word.doc
    if word.i + 1 >= word.sent.end or doc[word.i + 1].lower_ != "by":
        return False
    noun = next((t for t in doc[word.i + 2 : word.sent.end] if t.tag_ in NOUN_TAGS | {"CD", "PRP"}), None)
    return noun is None or not (noun.tag_ == "CD" or in_class(noun_lemma(noun), "noun.time"))


def _main_verb_when_replaced(candidate: tuple[Token, bool], sent: Span, ctx: CheckContext) -> bool:
    word, valency = candidate
    substitute = SUBSTITUTES[valency][_finite_form(word)]
    start = word.idx - sent[0].idx
    text = sent.text
    reading = reparsed(text[:start] + substitute + text[start + len(word.text) :], ctx)
    sents = list(reading.sents)
    verb = next((t for t in reading if t.idx == start), None)
    if len(sents) != 1 or verb is None or verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return False
    children = list(verb.children)
    if any(c.dep_ == "mark" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.tag_ in WH_TAGS or subject.left_edge.tag_ in WH_TAGS:
        return False
    if any(c.dep_ == "conj" and c.tag_ == "VBN" for c in children):
        return False  # joined to a participle, it is one too: "a road widened in 1980 and resurfaced by the county"
    commas = sum(t.text == "," for t in reading[subject.right_edge.i + 1 : verb.i])
    if commas % 2:
        return False  # one comma never parts a subject from its verb: "its ballroom, now long gone"
    return _may_be_subject_of(subject, verb)


def _may_be_subject_of(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` may be the subject of the finite ``verb``: a noun counted by a number other than one, or
    a share of a group that is always plural ("many", "several"), takes a plural verb; others as ``disagrees``."""
    if _counted(subject) or subject.lower_ in PLURAL_SHARES:
        return verb.tag_ != "VBZ"
    return not disagrees(subject, verb)


def _counted(noun: Token) -> bool:
    """Whether a number other than one counts ``noun``, a plural whatever its form ("the three bonefish"); not a
    year ("the 2024 budget") nor a unit of measure ("a 10 percent cut")."""
    if in_class(noun_lemma(noun), "noun.quantity"):
        return False
    return any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") and not _year(c) for c in noun.children)
