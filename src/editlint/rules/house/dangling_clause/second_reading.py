"""The second reading: the words after the preposition parsed as a sentence of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.engine.rule import CheckContext
from editlint.lexicon import irregular_base, is_phrase
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, disagrees, reparsed, verb_lemma,
)
from editlint.rules.house.dangling_clause.attachment import _clause_before, _hangs_on_clause, _inverted
from editlint.rules.house.dangling_clause.common import (
    ABSOLUTE_PREPOSITIONS, CLAUSE_OPENERS, CONJUNCTIONS, FLOATING_QUANTIFIERS, MEMBER_PREPOSITIONS,
    OBJECT_PRONOUNS, QUESTION_WORDS, SET_OFF, WH_TAGS, _adjunct, _opens_clause, _past_only, _set_off,
    _takes_clause,
)
from editlint.rules.house.dangling_clause.noun_phrase import (
    _clause_of_modifier, _compound_end, _floating_quantifier, _plural_before_relative, _relative_without_that,
)
from editlint.rules.house.dangling_clause.tense import _finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _second_reading(
    sent: Span, prep_start: int, prep_end: int, ctx: CheckContext
) -> tuple[int, Token, Token] | None:
    """(noun phrase end, finite verb, clause verb) when the words after a set-off preposition (or one in mid-clause,
    see _may_dangle_in_mid_clause), parsed as a sentence of their own, open with a subject and its finite verb:
    the block's parse may hang a long subject on the words around it ("with the mayor, the police chief and two
    members of the council spoke", "with energy and financial stocks posted"). The verb is judged as in the first
    reading, on this parse; the context (a clause before the phrase, or after a fronted one) on the block's."""
    doc = sent.doc
    set_off = _set_off(sent, prep_start)
    if prep_end >= sent.end or not set_off and not _may_dangle_in_mid_clause(sent, prep_start, prep_end):
        return None
    first = doc[prep_end]
    if first.is_punct or first.tag_ in WH_TAGS | VERB_TAGS | {"IN", "TO"} or first.lower_ in OBJECT_PRONOUNS:
        return None  # no subject opens it: "with what the mayor said", "despite having lost", "according to"
    if is_phrase(doc[prep_end - 1].lower_, first.lower_):
        return None  # an adverb, no preposition: "of course", "in fact", "at least"
    # the words up to the first comma after a verb (not one that opens a parenthesis: "with the committee, led by
    # its chair, has urged"); a fronted phrase's subject holds no comma ("On Monday, the council voted") and a
    # main clause follows it
    opening = _opens_clause(sent, prep_start)
    verb_at = next(
        (t.i for t in doc[prep_end + 1 : sent.end] if t.tag_ in VERB_TAGS - {"VBG"} and doc[t.i - 1].text != ","),
        sent.end,
    )
    if verb_at == sent.end or any(t.text in SET_OFF and (opening or t.text != ",") for t in doc[prep_end:verb_at]):
        return None
    end = next((t.i for t in doc[verb_at : sent.end] if t.text in SET_OFF), sent.end)
    if opening and end == sent.end:
        return None
    words = doc[prep_end:end]
    tensed = [t.i for t in words if t.tag_ in FINITE_TAGS]
    relative = next(
        (t for t in doc[prep_end : tensed[0] if tensed else end] if t.tag_ in WH_TAGS or t.lower_ == "that"), None
    )
    if relative is not None and len(tensed) < 2:
        # a relative clause and no verb after its own: "the systems that work well" (not "families who had lost
        # their homes arrived", which the tagger may read as a participle, nor "fans who arrived early waited"); the
        # verb of "whose" is its noun's: "the bank's president, whose remarks on Thursday will be parsed"
        own_verb = relative.head.head if relative.tag_ == "WP$" else relative.head
        if not any(t.tag_ in VERB_TAGS - {"VBG"} for t in doc[own_verb.i + 1 : end]):
            return None
    if not opening and not _clause_before(sent, prep_start):
        return None
    reading = reparsed(words.text, ctx)
    start = next((t.i for t in reading if t.tag_ != "RB"), 0)  # past the verb's adverbs: "not a single starter"
    subj = next((t for t in reading if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i <= start), None)
    run_on = _verb_after_relative(reading, start) if subj is None else None
    if run_on is not None:
        subj, verb_r = reading[start : run_on.i].root, run_on  # "with fans who arrived early waited"
    elif subj is None or subj.lower_ in OBJECT_PRONOUNS or subj.tag_ in WH_TAGS:
        return None  # "With him were two aides."
    else:
        verb_r = subj.head
    auxiliaries = [c for c in verb_r.children if c.dep_ in AUX_DEPS and c.i < verb_r.i]
    finite_r = auxiliaries[0] if auxiliaries else verb_r
    # the parser may split a list into several subjects: "the judge, the prosecutor and two lawyers have agreed"
    subjects = [c for c in verb_r.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < finite_r.i]
    # joined by a comma or a conjunction, which the parser may give the first, or by a preposition it left with no
    # object when it tore the rest of a long subject away ("parents who had complained about the routes and | the
    # menus have", "students who had traveled from | Osh and Jalal-Abad were"): not "his wife | after the vote was"
    joints = [(a.right_edge, reading[a.right_edge.i + 1 : b.left_edge.i]) for a, b in zip(subjects, subjects[1:])]
    if not subjects or not all(
        (_wants_more(last) or joint) and all(t.text == "," or t.tag_ == "CC" for t in joint) for last, joint in joints
    ):
        subjects = [subj]
    end = finite_r.i if run_on is not None else max(c.right_edge.i for c in subjects) + 1
    closed = end > 1 and reading[end - 1].text == ","
    while end > 1 and reading[end - 1].text == ",":
        end -= 1  # the comma that closes a parenthesis: "the committee, led by its chair, has ..."
    if closed and _member_parenthesis(sent, prep_start, prep_end):
        return None
    phrase, between = reading[:end], reading[end : finite_r.i]
    if _joins_clauses(phrase):
        return None  # "according to the Treasury, and attempts to raise taxes sparked ...": a second clause
    parenthesis = any(t.text == "," for t in phrase)
    # the verb's adverbials may stand between ("with the index last week posted", "with prices in May rose")
    adverbial = {
        k for c in verb_r.children if c.dep_ in ("prep", "npadvmod", "advmod") and end <= c.i < finite_r.i
        for k in range(c.left_edge.i, c.right_edge.i + 1)
    }
    # and so may a quantifier floated after the subject: "with the mayor, two aides and the chief all spoke"
    if finite_r.i < end or any(
        not (t.i in adverbial or t.text == "," and parenthesis or _floating_quantifier(t)) for t in between
    ):
        return None  # the verb follows its subject: not "armed with a knife, was arrested"
    # a whole noun phrase ("with those who fail can", "with the families of miners still trapped underground
    # keep"), not one that ends a fronted phrase ("By contrast, agile teams increase ...") nor one a bracket splits
    last = phrase[-1]
    determiner = last.tag_ == "DT" and last.lower_ not in FLOATING_QUANTIFIERS  # "the two sides both agreed"
    whole = not (last.is_punct or determiner or last.tag_ in ("CC", "IN", "TO") or last.tag_ in WH_TAGS)
    unclosed = sum(t.text == "(" for t in phrase) != sum(t.text == ")" for t in phrase)
    if not whole or unclosed or opening and parenthesis:
        return None
    tense = finite_r.i < verb_r.i or _past_only(finite_r.lower_)
    if not set_off and (not tense or any(t.text == "," or t.tag_ == "CC" for t in phrase)):
        return None  # see _may_dangle_in_mid_clause
    # a list the parser read as an apposition agrees with a plural: "the mayor, the fire chief and the president"
    listed = any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in subj.children)
    listed = listed or len(subjects) > 1
    if disagrees(subj, finite_r, past_be=True) and not listed or _relative_without_that(subj, verb_r, 0):
        return None
    if finite_r.tag_ in ("VBP", "VB") and irregular_base(finite_r.lower_) not in (None, finite_r.lower_):
        return None  # a past form the tagger took for a present tense: "with profits shrunk by half"
    if _compound_end(subj, finite_r, phrase):
        return None
    # a verb whose object fills its complement takes no clause after it, but for one that takes both ("told
    # reporters the shafts ..."): "with the two members representing the southern wards, A and B, said ..."; an
    # "object" with a verb right after it is its clause's subject ("with traders worrying the bank could ...")
    if _clause_of_modifier(phrase):
        return None  # the clause may be that verb's: "with miners who say the shafts ...", "with investors betting"
    offset = words[0].idx
    by_offset = {t.idx - offset: t for t in words}
    head, last = by_offset.get(subj.idx), by_offset.get(phrase[-1].idx)
    finite, verb = by_offset.get(finite_r.idx), by_offset.get(verb_r.idx)
    # (both may tag it a noun where this one gives it a subject: "with campers at the lake need permits")
    misread = finite is not None and finite.tag_ == finite_r.tag_ == "NN"
    if head is None or last is None or finite is None or verb is None or finite.tag_ not in VERB_TAGS and not misread:
        return None  # the two readings split the words differently, or only this one takes the word for a verb
    if _plural_before_relative(sent, finite):
        return None  # "amid the price increases the energy regulator approved"
    if any(t.tag_ in ADJECTIVE_TAGS and reading[t.i - 1].tag_ in NOUN_TAGS for t in phrase[1:]):
        return None  # adjectives precede their noun: "the threat | extremist groups pose" is two phrases
    absolute = doc[prep_start:prep_end].text.lower() in ABSOLUTE_PREPOSITIONS | MEMBER_PREPOSITIONS
    participle_may_follow = absolute or doc[prep_start].head.tag_ in NOUN_TAGS
    auxiliary = finite_r.i < verb_r.i and finite_r.tag_ in FINITE_TAGS  # "has", "were", "will"
    if not auxiliary and len(phrase) == 1 and subj.tag_ == "NN":
        return None  # a bare noun may make an adverbial with the preposition: "by law conscripted soldiers cannot"
    adjunct = _adjunct(doc[prep_start:prep_end].text)
    # this reading makes its first noun the verb's subject whatever it is: the block's parse says whether it is one
    # ("despite the deal struck that weekend": a reduced relative's passive where the block's parse has no clause)
    parsed_subject = head.dep_ in SUBJECT_DEPS and head.head is verb
    if not auxiliary and not _finite(finite_r, subj, participle_may_follow, opening, set_off, adjunct, parsed_subject):
        return None
    if _inverted(sent, prep_start, finite, verb):
        return None
    if not _hangs_on_clause(sent, prep_start, head, finite, verb, opening, adjunct):
        return None
    return last.i + 1, finite, verb


def _wants_more(last: Token) -> bool:
    """Whether the last word of a subject the parser split off needs the words after it: a comma, a conjunction, or
    a preposition with no object."""
    no_object = last.tag_ == "IN" and last.dep_ == "prep" and not any(c.dep_ == "pobj" for c in last.children)
    return last.text == "," or last.tag_ == "CC" or no_object


def _verb_after_relative(reading: Doc, start: int) -> Token | None:
    """The verb that the parser hung on the relative clause of a subject with no verb of its own (the reading's root
    is the noun): a tense with no subordinator, made an adverbial or a clause of the relative clause's verb ("fans
    who arrived early [waited]"), or its complement although that verb takes no clause ("shares of companies that
    make solar panels [jumped]")."""
    root = reading[start].sent.root
    if root.tag_ not in NOUN_TAGS or root.left_edge.i > start:
        return None
    relative = next((c for c in root.subtree if c.dep_ == "relcl"), None)
    if relative is None or _takes_clause(verb_lemma(relative.lower_)):
        return None
    for verb in relative.children:
        if verb.i < relative.i or verb.dep_ not in ("advcl", "ccomp") or verb.tag_ not in FINITE_TAGS | {"VBN"}:
            continue
        if not any(c.dep_ == "mark" or c.tag_ in WH_TAGS for c in verb.children):
            return verb
    return None


def _member_parenthesis(sent: Span, prep_start: int, prep_end: int) -> bool:
    """Whether a phrase of members set off by commas right after a noun is a parenthesis on that noun, so the verb after
    its closing comma is that noun's: "workers at six plants, including those in Turin and Genoa, would strike"."""
    doc = sent.doc
    members = doc[prep_start:prep_end].text.lower() in MEMBER_PREPOSITIONS
    return members and prep_start - 2 >= sent.start and doc[prep_start - 1].text == "," and (
        doc[prep_start - 2].tag_ in NOUN_TAGS
    )


def _joins_clauses(phrase: Span) -> bool:
    """Whether a comma in the words read as the subject opens a new clause: a subordinating word or a question word
    after it ("at 21, after his brother persuaded", "during the talks, how many jobs"), or "and" or "but" after the
    phrase's first comma (two noun phrases take no comma before "and"; a list's last item does: "the mayor, the chief,
    and two members") or after a list that "and" has closed anywhere before it ("hikers, cyclists and hunters, and
    rangers say", "laminates and plastics, for use in matches, and several makers produce")."""
    commas = [t.i for t in phrase if t.text == ","]
    for i in commas:
        after = phrase.doc[i + 1] if i + 1 < len(phrase.doc) else None
        opener = after is not None and (after.lower_ in CLAUSE_OPENERS or after.lower_ in QUESTION_WORDS)
        closed = any(t.lower_ == "and" for t in phrase.doc[phrase.start : i])
        if opener or after is not None and after.lower_ in ("and", "but") and (i == commas[0] or closed):
            return True
        if after is not None and after.lower_ == "but" and _contrasts_clauses(after):
            return True
    return False


def _contrasts_clauses(but: Token) -> bool:
    """Whether "but" after a comma opens a clause: a list never goes on with "but", though a noun may be set against
    another ("the mayor, but not her deputy,")."""
    return but.i + 1 < len(but.doc) and but.doc[but.i + 1].lower_ != "not"


def _may_dangle_in_mid_clause(sent: Span, prep_start: int, prep_end: int) -> bool:
    """Whether a phrase in mid-clause may hold a clause for the second reading: only after a preposition of cause,
    concession or circumstance ("with", "despite", "due to"; others may belong to an object or the subject: "worked
    on it and are looking") on a verb, not a gerund ("fostering ties with the sector will ..."), and with an
    auxiliary or a past tense that is no participle after a subject with no "and" or comma ("met with the pilots
    and the airline agreed" joins two clauses; "due to the crews ran short" does not)."""
    doc = sent.doc
    if doc[prep_start:prep_end].text.lower() not in CONJUNCTIONS:
        return False
    if doc[prep_start].head.tag_ not in VERB_TAGS - {"VBG"}:
        return False
    verb = next(
        (t for t in doc[prep_end + 1 : sent.end] if t.tag_ in {"CC", ","} or t.tag_ in FINITE_TAGS | {"VB", "VBN"}),
        None,
    )
    return verb is not None and (verb.tag_ == "MD" or verb.dep_ in AUX_DEPS or _past_only(verb.lower_))
