"""house/unattributed-claim: hedges whose sentence answers "who says so?", or that make no claim of someone else's:
a speaker or an account set off after the hedged clause, a work that presents what the hedge describes, a past clause
of time, and an adverb of appearance in the writer's own elliptical aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class
from editlint.nlp.syntax import AUX_DEPS, PROPER_TAGS, noun_lemma

from .common import ANYONE, Lexicon, QUANTIFIERS, TIME_MARKS, _coordinated_clause, _in_aside, _tense_carrier
from .groups import _bare_people, _is_vague, _is_vague_source

if TYPE_CHECKING:
    from spacy.tokens import Token

# The finite forms of a verb of saying that close a clause it reports: "..., he said", "..., police say".
FINITE_REPORT_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Marks of a clause of time, and "as" of a clause of time when its verb is in the past ("as word spread that").
TIME_CLAUSE_MARKS = TIME_MARKS | {"as"}
# Coordinating conjunctions that open the last item of a list: "a strong cast and, apparently, a lot of water".
LIST_CONJUNCTIONS = frozenset({"and", "or"})
# Adverbs of a repeated predicate in an elliptical clause: "and so, apparently, did the coach".
ELLIPSIS_ADVERBS = frozenset({"so", "too", "neither", "nor"})
DO = frozenset({"do", "does", "did"})  # the pro-verb of an elliptical clause


def _speaker_after(hedge: Token, lex: Lexicon) -> bool:
    """A named speaker or account set off by a comma after the hedged clause, which reports that clause, before the
    sentence ends or a semicolon closes the clause: "A rifle believed to have been stolen was found in the car, the
    sheriff said, and ...", "One of them is believed to be abroad, according to court filings; ..."; not when the
    hedge is an aside set off by commas, or in a clause coordinated after the hedge's ("..., and the ship is
    believed to have sunk"), whose own subject the speaker may not vouch for, nor a vague speaker ("..., some
    officials said")."""
    if _set_off(hedge) or any(_coordinated_clause(t) for t in (hedge, *hedge.ancestors)):
        return False
    doc, end = hedge.doc, hedge.sent.end
    for tok in doc[hedge.i + 1 : end]:
        if tok.text == ";" or tok.dep_ == "cc" and _joins_clauses(tok):
            return False
        if tok.text == "," and tok.i + 1 < end and _reports_before(doc[tok.i + 1], lex):
            return True
    return False


def _set_off(hedge: Token) -> bool:
    """A hedge in an aside set off by a comma before it: "The hoard, thought to be worth ..., was found", "the fire,
    which apparently started in a freezer, ..."."""
    first = min((c for c in hedge.children if c.dep_ in (*AUX_DEPS, "advmod") and c.i < hedge.i), key=lambda c: c.i,
                default=hedge)
    return first.i > 0 and first.nbor(-1).text == "," or _in_aside(hedge)


def _joins_clauses(conjunction: Token) -> bool:
    """A conjunction that joins a clause with a subject of its own: "..., and the crew is believed to be safe"."""
    joined = conjunction.head
    return any(_coordinated_clause(c) for c in joined.children if c.i > conjunction.i)


def _reports_before(first: Token, lex: Lexicon) -> bool:
    """Whether the words from ``first`` (after a comma) are a named speaker's verb of saying, which reports the clause
    before the comma ("he said", "the sheriff said", "said Ms Diaz"), or "according to" a source that is not vague and
    closes the clause ("according to court filings;")."""
    if first.lower_ == "according" and first.i + 1 < len(first.doc) and first.nbor(1).lower_ == "to":
        source = next((c for c in first.nbor(1).children if c.dep_ == "pobj"), None)
        return source is not None and not (_is_vague_source(source, lex) or _bare_people(source, lex)) and (
            _closes_clause(source.right_edge)
        )
    if first.lower_ in lex.reporting:  # "said Ms Diaz"
        verb, subj = first, next((c for c in first.children if c.dep_ == "nsubj" and c.i > first.i), None)
    else:  # "he said", "the county sheriff said": a subject that starts at ``first``, right before its verb
        subj = next((t for t in (first, *first.ancestors) if t.dep_ == "nsubj" and t.left_edge.i == first.i), None)
        verb = subj.head if subj is not None and subj.right_edge.i + 1 == subj.head.i else None
    if verb is None or subj is None or verb.lower_ not in lex.reporting or verb.tag_ not in FINITE_REPORT_TAGS:
        return False
    return _closes_clause(max(verb, subj.right_edge, key=lambda t: t.i)) and _identified(subj, lex)


def _closes_clause(last: Token) -> bool:
    """Whether punctuation that ends a clause follows ``last``: a comma, a semicolon or the sentence's end."""
    after = last.i + 1
    return after >= last.sent.end or last.doc[after].text in (",", ";", ".", "!", "?", ":")


def _identified(subj: Token, lex: Lexicon) -> bool:
    """A speaker a reader can identify: a name, a personal pronoun, or a common noun without a vague quantifier ("the
    sheriff", "police", a role); not a vague group ("analysts", "some officers"), "it" or "anyone"."""
    if subj.lower_ in ANYONE | {"it", "who"} or _is_vague_source(subj, lex) or _is_vague(subj, lex):
        return False
    return subj.tag_ in (*PROPER_TAGS, "PRP") or subj.tag_ in ("NN", "NNS") and not any(
        c.lower_ in QUANTIFIERS for c in subj.children
    )


def _presented_in_work(participle: Token, lex: Lexicon) -> bool:
    """A verb of communication whose "in" names the works that present what it describes ("often presented in tourism
    films as spotless", "portrayed in the novel as a villain"): the works are its source, as an agent would be; not
    a vague quantity of them ("in some accounts") nor a hedge noun, which hides a source of its own ("in reports")."""
    return participle.lower_ in lex.claims and any(
        o.dep_ == "pobj" and o.tag_ in ("NN", "NNS") and o.lower_ not in lex.nouns
        and in_class(noun_lemma(o), "noun.communication", max_rank=2)
        and not any(c.lower_ in QUANTIFIERS for c in o.children)
        for c in participle.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
    )


def _spreads_in_past_event(verb: Token) -> bool:
    """A hedge noun's verb in a clause of time in the past, which tells when something else happened rather than
    states the claim: "many arrived after lunch as word spread that a result was possible", "after rumours swept the
    town that ..."; not the present ("as fears grow that ...")."""
    return verb.dep_ == "advcl" and _in_past(verb) and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKS and c.i < verb.i for c in verb.children
    )


def _in_past(verb: Token) -> bool:
    """A verb in the past, or a form the tagger took for a present that a clause of time under a past verb shares with
    its past ("Queues formed when rumours spread/VBP that ...": a clause of time follows its main clause's tense)."""
    carrier = _tense_carrier(verb)
    shared = carrier.i == verb.i and verb.tag_ == "VBP" and _tense_carrier(verb.head).tag_ == "VBD"
    return carrier.tag_ == "VBD" or shared


def _own_appearance(adverb: Token, lex: Lexicon) -> bool:
    """An adverb of appearance (one not made from a participle of saying or thinking: "apparently", not "reportedly",
    "supposedly") in the writer's own elliptical aside, which states no proposition of its own that someone else could
    be the source of: on the last item of a list ("a gifted cast and, apparently, a great deal of water") or on the
    pro-verb of a repeated predicate ("and so, apparently, did the challenger")."""
    if adverb.lower_.removesuffix("ly") in lex.claims:
        return False
    head = adverb.head
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    if before is not None and before.text == "," and adverb.i > 1:
        before = adverb.doc[adverb.i - 2]
    if head.tag_ in ("NN", "NNS") and before is not None and before.lower_ in LIST_CONJUNCTIONS:
        return True
    ellipsis = [c for c in head.children if c.dep_ == "advmod" and c.lower_ in ELLIPSIS_ADVERBS]
    inverted = any(c.i < head.i for c in ellipsis)  # "so did the coach": the parser may take the subject for an object
    return head.lower_ in DO and bool(ellipsis) and not any(
        c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "prep") or c.dep_ == "dobj" and not inverted
        for c in head.children
    )
