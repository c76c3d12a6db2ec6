"""A clause whose opening the block's parse misread: the phrase is in its subject, read alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.nlp.syntax import NOUN_TAGS, disagrees, reparsed, verb_lemma
from editlint.rules.house.dangling_clause.common import (
    DETERMINERS, MODIFIERS, NOUN_MODIFYING_PREPOSITIONS, _takes_clause,
)
from editlint.rules.house.dangling_clause.prepositions import _of_circumstance

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.engine.rule import CheckContext


# The words of a noun phrase before its noun: an adverb and a participle too ("newly built", "rising").
_PREMODIFIER_TAGS = DETERMINERS | MODIFIERS | {"VBN", "VBG", "RB"}
# A verb's subject, a noun phrase or a clause (not an expletive "there").
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def _in_subject_read_alone(sent: Span, phrase: Span, finite: Token, verb: Token, ctx: CheckContext) -> bool:
    """Whether the phrase modifies the noun right before it, which opens a clause the block's parse misread: a noun
    phrase after "that" read as a determiner after a verb that takes a "that" clause ("discovers that key evidence in
    the case has been altered"), or after a free relative "what" ("shows what sustained investment in the sport can
    achieve", where the tagger took "sustained" for a tense). Parsed alone, the words from that noun phrase to the verb
    make the noun (or a clause that holds it) the verb's subject, with which it agrees: the phrase, of a preposition
    that may modify a noun (not "despite", see _of_circumstance), is inside the subject. A real dangling clause keeps
    the preposition's own object as the subject ("described that incident with the witnesses have given statements")."""
    doc = sent.doc
    if _of_circumstance(phrase) and phrase.text.lower() not in NOUN_MODIFYING_PREPOSITIONS:
        return False  # an adjunct's preposition: "despite", "due to"
    if phrase.start == sent.start:
        return False
    noun = doc[phrase.start - 1]
    if noun.tag_ not in NOUN_TAGS or disagrees(noun, finite, past_be=True):
        return False
    start = noun.i
    while start > sent.start and doc[start - 1].tag_ in _PREMODIFIER_TAGS and doc[start - 1].lower_ != "that":
        start -= 1
    if start - 1 > sent.start and doc[start - 1].tag_ == "VBD" and doc[start - 2].lower_ == "what":
        start -= 1  # a past form right after "what", which the tagger took for its tense: "what sustained investment"
    if start == sent.start or not _misread_opener(doc[start - 1]):
        return False
    end = max(finite.i, verb.i) + 1
    words = doc[start:end]
    reading = reparsed(words.text, ctx)
    by_offset = {t.idx: t for t in reading}
    noun_r, verb_r = by_offset.get(noun.idx - words[0].idx), by_offset.get(verb.idx - words[0].idx)
    if noun_r is None or verb_r is None:
        return False  # the two readings split the words differently
    # the subject may be the noun or a clause that holds it ("lowered tariffs on steel would do", read as a gerund's)
    return any(c.dep_ in _SUBJECTS and c.left_edge.i <= noun_r.i < c.right_edge.i for c in verb_r.children)


def _misread_opener(word: Token) -> bool:
    """Whether ``word`` opens a clause whatever its parse: a free relative "what", or "that" right after a verb that
    takes a "that" clause in WordNet (see _takes_clause), where a determiner would make the noun after it the verb's
    object."""
    if word.tag_ == "WP" and word.lower_ == "what":
        return True
    before = word.doc[word.i - 1] if word.i > 0 else None
    return word.lower_ == "that" and before is not None and _takes_clause(verb_lemma(before.lower_))
