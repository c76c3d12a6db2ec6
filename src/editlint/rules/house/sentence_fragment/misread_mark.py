"""Words the parser took for a subordinator: a preposition, whose object the finite verb after it follows, and a
demonstrative "that" before a comma; that verb may be the sentence's main verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.nlp.syntax import FINITE_TAGS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, disagrees, is_people_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


def _verb_after_preposition_read_as_mark(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``verb`` is a finite verb whose clause the parser opened with a preposition it took for a
    subordinator, the clause hung on a relative or participle clause of the noun the parser made the sentence's
    root, with no subordinator before that noun: "for" and a noun, since no finite clause follows "for" without a
    comma ("Reactions from riders waiting for trains to Hull ranged from ..."), or "as" and a bare noun for people,
    a role ("Writers who left Sri Lanka as children attended the festival"). That noun is the preposition's object,
    and ``verb``, agreeing with the root, may be the sentence's main verb."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ != "advcl" or verb.head.dep_ not in ("relcl", "acl"):
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if mark is None or found is None or found.left_edge.i != mark.i + 1 or not _object_of(mark, found):
        return False
    noun, doc = verb.head.head, verb.doc
    if noun.dep_ != "ROOT" or noun.tag_ not in NOUN_TAGS or disagrees(noun, verb):
        return False
    openers = {phrase[0] for phrase in subordinators}
    return not any(t.lower_ in openers or t.dep_ == "mark" for t in doc[verb.sent.start : noun.i])


def _object_of(mark: Token, found: Token) -> bool:
    """Whether the subject ``found`` the parser gave the clause ``mark`` opens may be the object of ``mark`` as a
    preposition: after "for" (not after a comma, where "for" may mean "because"), or a bare noun for people after
    "as", which names a role ("as children", "as volunteers")."""
    doc = mark.doc
    if mark.lower_ == "for":
        return doc[mark.i - 1].text != ","
    return mark.lower_ == "as" and found.left_edge.i == found.i and is_people_noun(found)


def _verb_after_demonstrative_read_as_mark(verb: Token) -> bool:
    """Whether ``verb`` is a finite verb with its subject after a comma, whose clause the parser opened with a "that"
    right after a verb and right before that comma, with no other comma before ``verb``: the demonstrative object of
    that verb, and the comma closes the opening phrase ("To measure that, the team weighed the tortoises."); a
    subordinator "that" before a comma opens an aside that a second comma closes ("To show that, in the end, ...")."""
    if verb.tag_ not in FINITE_TAGS:
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i < 1:
        return False
    doc = verb.doc
    if doc[mark.i - 1].tag_ not in VERB_TAGS or doc[mark.i + 1].text != ",":
        return False
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    between = doc[mark.i + 2 : verb.i]
    return found is not None and found.i > mark.i + 1 and not any(t.text == "," for t in between)
