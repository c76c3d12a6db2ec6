"""A main verb after a subject whose noun a participle phrase or a relative clause modifies, found by word order.

The tagger often reads the verb after such a subject as a participle on the modifier's last noun, or as a noun in its
phrase ("A psychiatric report put before the court described/advcl Gillespie as ...", "Ships moving through the
corridor hug/NN the western coast", "Students whose school day began before 8 a.m. averaged 6 hours ..."). A
modifier is complete when its participle has its complement (a prepositional phrase, an object of an "-ing" form)
or its relative clause has its verb and a complement. English stacks no second verb on it without "and" or a comma,
so a word right after it whose form may be a finite verb agreeing with the head noun, with a complement of its own,
is the main verb. A fragment has no such word: "Families forced from their homes by the floods.", "A report
commissioned by the council and published on Friday.", "Ships moving through the corridor, most of them ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, sense_in
from editlint.nlp.syntax import FINITE_TAGS, NOUN_TAGS, is_people_noun, noun_lemma, verb_lemma
from editlint.rules.house.sentence_fragment.common import HAVE_BE, RELATIVES, WH_TAGS
from editlint.rules.house.sentence_fragment.main_verb import (
    NOT_ALONE, _finite_form, _noun_phrase, _object_follows, _prepositional_object, _present_after_adverb, _share_number,
    _subject_start, _used_alone,
)
from editlint.rules.house.sentence_fragment.relative_as_root import _after_coordinator

if TYPE_CHECKING:
    from spacy.tokens import Token

# The tags of a participle that opens a modifier after its noun ("put", "moving"; the tagger reads some as a past).
PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})
# What a modifier's complement may hold besides phrases: an adverb or a particle ("drawn up", "cut off").
ADVERB_TAGS = frozenset({"RB", "RBR", "RP"})
PREPOSITION_TAGS = frozenset({"IN", "TO"})


def _verb_after_post_modifier(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``word`` may be the main verb after a subject whose noun a complete participle phrase or relative
    clause modifies (or a gerund with its prepositional phrases: "Lighting by Tevita Moala shifts subtly ..."): a
    form of a finite verb agreeing with that noun, with a complement of its own (see ``_own_complement``)."""
    agreement = _finite_form(word)
    if agreement is None or word.tag_ == "MD" or word.lower_ in HAVE_BE or word.i == word.sent.start:
        return False
    if _after_coordinator(word):
        return False  # the modifier's second verb: "Tenants who pay the rent but still face eviction."
    start = _subject_start(word, subordinators)
    if start is None or start >= word.i:
        return False
    words = word.doc[start : word.i]
    number = _modified_subject_number(words, subordinators) or _gerund_subject_number(words)
    return number is not None and agreement in (number, "any") and _own_complement(word, words)


def _modified_subject_number(words, subordinators: tuple[tuple[str, ...], ...]) -> str | None:
    """The number ("singular", "plural") of ``words`` as a subject whose noun phrase (with its prepositional phrases:
    "Thousands of homes", or a share of a group, which takes the group's: "Most of the ferries") a complete
    participle phrase or relative clause ends, or None."""
    opening = next((k for k in range(1, len(words)) if _opens_post_modifier(words[k])), None)
    if opening is None or not _complete_modifier(words, opening):
        return None
    return _share_number(words[:opening], subordinators)


def _opens_post_modifier(word: Token) -> bool:
    """A participle or a relative word right after a noun: "report put", "Ships moving", "Students whose"."""
    before = word.doc[word.i - 1]
    if before.tag_ not in NOUN_TAGS:
        return False
    relative = word.lower_ in RELATIVES | {"that"} and word.tag_ in WH_TAGS
    # a past tense opens one only where the parser hung it on the noun ("Prosecutors did not" is a clause)
    participle = word.tag_ in PARTICIPLE_TAGS and word.dep_ not in ("amod", "compound")
    participle = participle and (word.tag_ != "VBD" or word.dep_ == "acl")
    return relative or participle and verb_lemma(word.lower_) is not None


def _complete_modifier(words, k: int) -> bool:
    """Whether the modifier opening at ``words[k]`` runs to the end of ``words`` complete: a participle with its
    complement, or a relative clause with one verb group and its complement."""
    if words[k].tag_ in PARTICIPLE_TAGS:
        return _complement_to_end(words, k + 1, words[k].tag_ == "VBG")  # "carrying grain from Odesa"
    rest = words[k + 1 :]
    if any(t.text == "," for t in rest):
        return False
    finite = [j for j, t in enumerate(rest) if t.tag_ in FINITE_TAGS]
    if len(finite) != 1:
        return False  # one clause: "whose school day began before 8 a.m."
    j = k + 2 + finite[0]
    while j < len(words) and words[j].tag_ in ("VBN", "VBG", "VB"):
        j += 1  # the rest of its verb group: "were postponed", "has been cut"
    return _complement_to_end(words, j, True)


def _complement_to_end(words, k: int, takes_object: bool) -> bool:
    """Whether ``words`` from ``k`` are a complement that runs to their end: maybe an object, then adverbs, particles,
    prepositional phrases and times ("off before dawn", "the hills above the town", "before the court")."""
    if k >= len(words):
        return False  # none: the word after may be the verb's object ("children who attend schools")
    if takes_object and words[k].tag_ not in PREPOSITION_TAGS | ADVERB_TAGS:
        k = _noun_phrase(words, k)
        if k is None:
            return False
    while k < len(words):
        word = words[k]
        if word.tag_ in ADVERB_TAGS:
            k += 1
        elif word.tag_ in PREPOSITION_TAGS and word.lower_ != "that":
            k = _prepositional_object(words, k + 1, False)
        else:
            end = _noun_phrase(words, k)  # a time: "last spring", "this year"
            k = end if end is not None and in_class(noun_lemma(words[end - 1]), "noun.time") else None
        if k is None:
            return False
    return True


def _gerund_subject_number(words) -> str | None:
    """"singular" when ``words`` are a gerund and its prepositional phrases, which may be a subject ("Lighting by
    Tevita Moala", "Flooding along the coast"), else None."""
    if len(words) < 3 or words[0].tag_ != "VBG" or words[1].tag_ not in PREPOSITION_TAGS:
        return None
    return "singular" if _complement_to_end(words, 1, False) else None


def _own_complement(word: Token, subject) -> bool:
    """Whether what follows ``word`` is the complement of a verb: its object or what may follow a verb used without
    one (see ``_object_follows``, ``_used_alone``), a count of time ("average three hours", which a time alone is not:
    "released Tuesday"), a preposition after a present tense of a verb WordNet uses without an object ("queue at a
    tanker": after a whole subject and its modifier, no noun's place), a "that" clause of a verb WordNet lets take one, or after a past a name and a
    preposition ("described Gillespie as ..."; a name alone, or one going on with "of" or an agent, may be what a
    participle names: "named John Smith", "named Employee of the Year by ...").
    A past before "that" may be a passive that tells a person something ("Families warned that ..."): not after
    people, where its verb's main sense takes a person as object. A word read as a noun after a noun, before another
    bare one, may be the middle of a compound ("near the airport flight paths", "in the hospital trust wards")."""
    if _in_compound(word):
        return False
    if _object_follows(word) and not _adjective_alone(word):
        return True
    if _used_alone(word) or _present_after_adverb(word) or _counted_time_follows(word) or _present_before_preposition(word):
        return True
    doc, lemma = word.doc, verb_lemma(word.lower_)
    k = word.i + 1
    if k >= word.sent.end or lemma is None:
        return False
    if doc[k].lower_ == "that":
        told = _finite_form(word) == "any" and any(is_people_noun(t) for t in subject if t.tag_ in NOUN_TAGS)
        return sense_in(lemma, "frame.that-clause") is not None and not (
            told and in_class(lemma, "frame.person-object")
        )
    while k < word.sent.end and doc[k].tag_ == "NNP":
        k += 1
    named = k > word.i + 1 and k < word.sent.end and doc[k].tag_ == "IN" and doc[k].lower_ not in NOT_ALONE
    return named and _finite_form(word) == "any"


def _in_compound(word: Token) -> bool:
    """Whether ``word``, read as a noun, stands between two bare nouns: "flight" in "the airport flight paths"."""
    doc = word.doc
    if word.tag_ not in NOUN_TAGS or word.i + 1 >= word.sent.end:
        return False
    return doc[word.i - 1].tag_ in NOUN_TAGS and doc[word.i + 1].tag_ in ("NN", "NNS")


def _adjective_alone(word: Token) -> bool:
    """Whether an adjective with no noun after it follows ``word``: no object, but what a participle makes of its
    noun ("found dead below the ridge")."""
    doc, k = word.doc, word.i + 1
    return k < word.sent.end and doc[k].tag_ in ("JJ", "JJR") and _noun_phrase(doc[k : word.sent.end], 0) is None


def _counted_time_follows(word: Token) -> bool:
    """Whether a number and a unit of time follow ``word``: a measure its verb takes ("averaged 6 hours")."""
    doc, k = word.doc, word.i + 1
    if k + 1 >= word.sent.end or doc[k].tag_ != "CD":
        return False
    end = _noun_phrase(doc[k : word.sent.end], 0)
    return end is not None and in_class(noun_lemma(doc[k + end - 1]), "noun.time")


def _present_before_preposition(word: Token) -> bool:
    """Whether ``word`` is a present tense of a verb WordNet uses without an object, before a preposition that no
    noun or participle calls for (not "of", "by", "that"); not after a noun the parser made its compound, which may
    be one noun with it ("through the city centre after midnight")."""
    doc, lemma = word.doc, verb_lemma(word.lower_)
    if _finite_form(word) not in ("singular", "plural") or lemma is None or word.i + 1 >= word.sent.end:
        return False
    after, before = doc[word.i + 1], doc[word.i - 1]
    if before.dep_ == "compound" and before.head.i == word.i:
        return False
    return after.tag_ == "IN" and after.lower_ not in NOT_ALONE and sense_in(lemma, "frame.no-object") is not None
