"""A relative or subordinate clause's verbs taken for the main verb: the verb the parser made the sentence's root, with
the noun the relative clause describes as its subject; a verb joined to the clause's verb by a coordinator, which joins
no subject to its predicate; a verb with no subject after an opening subordinator, with no comma between. The sentence
may then be only a noun phrase and its relative clause, or a subordinate clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.nlp.syntax import AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS
from editlint.rules.house.sentence_fragment.common import COORDINATORS, GAP_RELATIVES, WH_TAGS, _first_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What may stand in a verb group before its verb: auxiliaries, "not" and adverbs ("has not yet", "also").
GROUP_DEPS = frozenset({*AUX_DEPS, "neg", "advmod"})


def _relative_clause_read_as_root(sent: Span) -> bool:
    """Whether the root of ``sent`` is the verb of a relative clause on the noun phrase the sentence opens with, which
    the parser made its subject: the relative word is the root's subject too ("One of the few economists anywhere who
    predicted the crash."), or the root follows a coordinator right after the relative clause, in the same form, with
    no subject of its own ("A plan that cuts library hours but protects care."), since a coordinator joins no
    subject to its predicate. Not with a finite verb after the root, which may be the main verb the parser missed ("A
    plan that cuts hours but protects care was approved.")."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < root.i]
    if root.tag_ not in VERB_TAGS or not subjects or not _first_word(subjects[0].left_edge):
        return False
    if subjects[0].tag_ not in NOUN_TAGS | {"CD", "DT"} or any(t.tag_ in FINITE_TAGS for t in sent if t.i > root.i):
        return False
    relatives = [t for t in subjects[0].subtree if t.dep_ == "relcl" and _opened_by_relative_word(t)]
    joined = len(subjects) == 1 and any(_joined_to_relative(root, verb) for verb in relatives)
    return joined or _relative_word_as_subject(subjects)


def _opened_by_relative_word(verb: Token) -> bool:
    """Whether the clause of ``verb`` opens with a relative word ("that", "which", "who"), whatever its tag."""
    first = verb.left_edge
    return first.lower_ in GAP_RELATIVES and (first.tag_ in WH_TAGS or first.lower_ == "that")


def _relative_word_as_subject(subjects: list[Token]) -> bool:
    """A relative word among the root's subjects, right after the noun phrase of the first one or after adverbs
    that follow it ("the few economists anywhere who ..."): the root is that relative clause's verb."""
    noun = subjects[0]
    for word in subjects[1:]:
        between = word.doc[noun.right_edge.i + 1 : word.i]
        relative = word.lower_ in GAP_RELATIVES - {"that"} and word.tag_ in WH_TAGS
        if relative and all(t.tag_ in ("RB", "RBR") for t in between):
            return True
    return False


def _group_start(verb: Token) -> int:
    """The index of the first word of ``verb``'s verb group: its auxiliaries and adverbs right before it."""
    doc, start = verb.doc, verb.i
    while start > verb.sent.start and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in GROUP_DEPS:
        start -= 1
    return start


def _finite_of(verb: Token) -> Token | None:
    """The finite word of ``verb``'s verb group: the verb, or its first finite auxiliary."""
    if verb.tag_ in FINITE_TAGS:
        return verb
    return next((c for c in verb.children if c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS), None)


def _joined_to_relative(root: Token, verb: Token) -> bool:
    """Whether ``root`` follows a coordinator right after the relative clause of ``verb`` (no comma between), and
    its verb group is finite in the same form as that clause's: one verb joined to the other, which shares its
    relative word ("A plan that cuts library hours but protects care.")."""
    doc, start = root.doc, _group_start(root)
    coordinator = doc[start - 1]
    if coordinator.lower_ not in COORDINATORS or coordinator.head.i not in (verb.i, root.i):
        return False
    if doc[start - 2].text == "," or doc[start - 2].i not in {t.i for t in verb.subtree}:
        return False
    own, theirs = _finite_of(root), _finite_of(verb)
    return own is not None and theirs is not None and own.tag_ == theirs.tag_


def _after_coordinator(word: Token) -> bool:
    """Whether ``word`` opens its verb group (after any adverbs, "still", "never") right after "and", "or" or "but"
    with no comma before it: a verb joined to the verb before it, sharing its subject or relative word ("Tenants who
    pay the rent but still face eviction."), never the predicate of the words before the coordinator. Not with a
    finite verb after it, which may be the main verb the parser hung elsewhere ("Pupils who sat the exam but still
    wait for their results have written to the board.")."""
    doc, k = word.doc, word.i - 1
    while k > word.sent.start and doc[k].tag_ in ("RB", "RBR") and doc[k].head.i == word.i:
        k -= 1
    if k <= word.sent.start or doc[k].lower_ not in COORDINATORS or doc[k - 1].text == ",":
        return False
    return not any(t.tag_ in FINITE_TAGS for t in doc[word.i + 1 : word.sent.end])


def _subordinate_without_own_verb(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the sentence opens with a subordinator, with no comma before ``verb``, that the parser hung on ``verb``
    or on a form with no finite verb of its own hung on it ("Whereas rival operators listed/advcl on the exchange
    barely moved."): ``verb``, with no subject of its own, is that clause's verb, its subject the noun before it."""
    doc, first = verb.doc, verb.doc[verb.sent.start]
    if first.dep_ != "mark" or (first.lower_,) not in subordinators or any(t.text == "," for t in doc[first.i : verb.i]):
        return False
    head = first.head
    own = head.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in head.children)
    return head.i == verb.i or head.head.i == verb.i and not own
