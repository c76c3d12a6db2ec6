"""Coordinated subordinate clauses in the present perfect after "once" or "as soon as", the parser taking
the second for the main clause after the first one's comma: "Once the leak has been investigated, the police have
identified who took the papers, and new papers have been printed." After these subordinators a present perfect
tells a time still to come ("once it has been repaired, the bridge will reopen"), and a main clause in the present
perfect, which tells what has happened, cannot follow it: a clause in the present perfect after the comma, with
another one after "and", is the next item of a list of conditions, and the sentence has no main clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.rules.house.sentence_fragment.common import _first_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Subordinators of a time still to come when their clause is in the present perfect (a closed class): not "when",
# "whenever", "after" or "before", whose present perfect may tell what has happened each time ("When prices have
# risen, demand has fallen."), nor "until", whose main clause may tell a state lasting until then ("Until the report
# has been published, the minister has refused to comment."), nor "since", "because" or "as", whose clause fits a
# main clause in the present perfect.
FUTURE_PERFECT_SUBORDINATORS = (("once",), ("as", "soon", "as"))
HAVE_PRESENT = frozenset({"has", "have"})


def _perfect_conditions(sent: Span) -> bool:
    """Whether ``sent`` is a list of subordinate clauses in the present perfect (see the module): the root's clause
    and one joined to it by "and" are in the present perfect, after an opening clause in it that such a subordinator
    opens, set off by a comma."""
    root = sent.root
    if not _present_perfect(root):
        return False
    opening = next((c for c in root.children if c.dep_ == "advcl" and c.i < root.i), None)
    if opening is None or not _present_perfect(opening) or not _opened_by_future_subordinator(opening):
        return False
    if not any(t.text == "," for t in root.doc[opening.i : root.i]):
        return False
    joined = any(c.dep_ == "conj" and _present_perfect(c) for c in root.children)
    return joined and any(c.dep_ == "cc" and c.lower_ == "and" for c in root.children)


def _present_perfect(verb: Token) -> bool:
    """Whether ``verb`` is a participle after "has" or "have" and no modal ("has been printed", "have identified")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    have = any(a.lower_ in HAVE_PRESENT and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    return verb.tag_ == "VBN" and have and not any(a.tag_ == "MD" for a in auxiliaries)


def _opened_by_future_subordinator(verb: Token) -> bool:
    """Whether the clause of ``verb`` opens the sentence with a subordinator of ``FUTURE_PERFECT_SUBORDINATORS``."""
    start = verb.left_edge
    if not _first_word(start):
        return False
    words = tuple(t.lower_ for t in start.doc[start.i : start.i + 3])
    return any(words[: len(phrase)] == phrase for phrase in FUTURE_PERFECT_SUBORDINATORS)
