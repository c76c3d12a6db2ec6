"""The first reading: a subject and a finite verb after the preposition in the block's parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.nlp.syntax import AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, disagrees
from editlint.rules.house.dangling_clause.attachment import _hangs_on_clause, _in_misread_subject, _inverted
from editlint.rules.house.dangling_clause.common import (
    ABSOLUTE_PREPOSITIONS, MEMBER_PREPOSITIONS, NEGATIONS, OBJECT_PRONOUNS, PLURAL_DEMONSTRATIVES, _adjunct,
    _opens_clause, _past_tense_only, _people, _set_off,
)
from editlint.rules.house.dangling_clause.noun_phrase import (
    _base_form_read_as_noun, _clause_of_modifier, _compound_end, _floating_quantifier, _misread_subject,
    _noun_phrase_end, _parenthetical_end, _plural_before_relative, _postmodified_end, _present_read_as_plural,
    _regained, _relative_without_that,
)
from editlint.rules.house.dangling_clause.prepositions import _person_names_no_time
from editlint.rules.house.dangling_clause.tense import _finite

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _clause_of_any_preposition(sent: Span, prep_start: int, prep_end: int) -> tuple[int, Token, Token] | None:
    """The clause after a preposition that is not one of circumstance (see CIRCUMSTANCE_PREPOSITIONS): only one whose
    finite verb is an auxiliary or a modal before its verb ("in the city has voted"), read as after any other. The
    caller has found an auxiliary or a modal the first verb after the preposition (``_auxiliary_leads``)."""
    clause = _finite_clause(sent, prep_start, prep_end)
    if clause is None:
        return None
    _, finite, verb = clause
    # an auxiliary before a verb; one the parser hangs on an adjective is a noun ("from the Seven Forks dams upstream")
    auxiliary = finite.tag_ == "MD" or finite.dep_ in AUX_DEPS
    if _in_misread_subject(sent, prep_start, finite):
        return None  # "Students currently enrolled in the majors would ...": the phrase is in the subject
    return clause if finite.i < verb.i and auxiliary and verb.tag_ in VERB_TAGS else None


def _auxiliary_leads(sent: Span) -> list[bool]:
    """For each place in ``sent`` (and its end), whether the first verb from there on is an auxiliary or a modal: the
    verb an auxiliary opens a clause with after a preposition not of circumstance (``_clause_of_any_preposition``);
    read once per sentence, from its end."""
    leads, lead = [False] * (len(sent) + 1), False
    for t in reversed(list(sent)):
        if t.tag_ in VERB_TAGS:
            lead = t.tag_ == "MD" or t.dep_ in AUX_DEPS
        leads[t.i - sent.start] = lead
    return leads


def _finite_clause(sent: Span, prep_start: int, prep_end: int) -> tuple[int, Token, Token] | None:
    """(noun phrase end, finite verb, clause verb) when a subject and a finite verb follow the preposition."""
    doc = sent.doc
    np_end = _noun_phrase_end(sent, prep_end)
    if np_end is None:
        return None
    opening = _opens_clause(sent, prep_start)
    # a phrase that is set off may run across commas ("with its sponsor, Rep. Ana Ruiz, hopes ..."); one in
    # mid-clause only to the next comma ("passed with the boards of both banks have endorsed it"), and over no
    # "and": "met with the strikers and the managers agreed ..." joins two clauses
    set_off = _set_off(sent, prep_start)
    # an adjective after its noun is the predicate of an absolute phrase or a member's ("among the homes flooded")
    preposition = doc[prep_start:prep_end].text.lower()
    np_end, coordinated = _postmodified_end(
        sent, prep_end, np_end, across_commas=not opening and set_off, coordination=opening or set_off,
        adjective_may_follow=preposition in ABSOLUTE_PREPOSITIONS | MEMBER_PREPOSITIONS,
    )
    roots = [
        t
        for t in doc[prep_end:np_end]
        if not t.is_punct and t.tag_ not in ("POS", "CC") and (not prep_end <= t.head.i < np_end or t.head.i == t.i)
        and not _regained(sent, t)
        and t.dep_ != "neg" and not _floating_quantifier(t)
    ]
    if len(roots) > 1 and np_end < sent.end and _past_tense_only(doc[np_end]):
        if all(t.head.i == np_end for t in roots):
            roots = roots[-1:]  # the parser made the verb the phrase's noun: "with a sewer main broke"
    if len(roots) == 2 and roots[1].tag_ == "NNP" and roots[1].left_edge.i == roots[0].i + 1 and _people(roots[0]):
        roots = roots[1:]  # a role before a name is its title: "with senior quarterback Tavon Miles threw"
    if len(roots) != 1 or roots[0].lower_ in OBJECT_PRONOUNS:
        return None  # not one noun phrase, or "With him were two aides."
    head = roots[0]
    # a noun phrase may be the predicate of an absolute phrase's noun ("with index funds a favorite of savers")
    absolute = preposition in ABSOLUTE_PREPOSITIONS
    misread = not absolute and _present_read_as_plural(sent, head, np_end)
    if misread:
        head, np_end = doc[head.i - 1], head.i  # "alongside New Zealand [funds] a warning system"
    read_as_noun = not misread and _base_form_read_as_noun(sent, head, np_end)
    if read_as_noun:
        np_end, misread = np_end - 1, True  # "with respondents in the north [report] the steepest falls"
    f = _parenthetical_end(sent, np_end, participles=set_off)
    while f < sent.end and (doc[f].tag_ == "RB" and doc[f].lower_ not in NEGATIONS or _floating_quantifier(doc[f])):
        f += 1
    # a participle may follow an absolute phrase's noun, or be that of a noun before it or inside the phrase:
    # "with spending on roads increased by 8 percent", "schools, including several closed for a week", "in
    # prosperity through the initiative focused on ..."
    modifier = doc[prep_start].head.tag_ in NOUN_TAGS or any(t.tag_ in NOUN_TAGS for t in doc[head.i + 1 : np_end])
    modifier = modifier or doc[prep_start:prep_end].text.lower() in MEMBER_PREPOSITIONS
    adjunct = _adjunct(doc[prep_start:prep_end].text)
    if f >= sent.end or not (misread or _finite(doc[f], head, absolute or modifier, opening, set_off, adjunct)):
        return None
    finite = doc[f]
    if _compound_end(head, finite, doc[prep_end:np_end]) or _plural_before_relative(sent, finite):
        return None
    if finite.tag_ == "VBZ" and (_taken_up_as_plural(finite) or doc[f - 1].lower_ in PLURAL_DEMONSTRATIVES):
        return None  # a plural: "with the clatter of looms, some of them 40 feet long", "with eight of those makes"
    if finite.tag_ == "VB" and doc[prep_end - 1].tag_ != "IN":
        return None  # a participle's object and a bare infinitive: "helping families find homes"
    if coordinated and (finite.tag_ == "VBZ" or finite.lower_ == "was"):
        return None  # "A and B" takes a plural verb: "with the pilots and the airline has ..." is two clauses
    verb = finite.head if finite.dep_ in AUX_DEPS and finite.head.i > f else finite
    # an acronym's "S" is no plural ("OSCIT has"); "the mayor and two members have" agrees
    if _relative_without_that(head, verb, prep_end):
        return None  # "acted on concerns parents have raised"
    if _clause_of_modifier(doc[prep_end:np_end], main_sense=True):
        return None  # "siding with neighbors who argued the city skipped": the clause is "argued"'s
    if disagrees(head, finite, past_be=True) and not head.text.isupper() and not coordinated:
        return None  # "our surveillance plan each sprint", "crashes among teen drivers was": the verb is not its
    if _inverted(sent, prep_start, finite, verb):
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    own_subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.i in (verb.i, finite.i)
    # the phrase hangs on the preposition, or the parser made it a modifier of a noun after the verb
    modifier_after = head.dep_ in ("compound", "amod", "nmod", "nummod") and head.head.i >= f  # "two in five [say]"
    modifier_after = modifier_after or read_as_noun and head.head.i > f  # the parser's verb is the object's noun
    hangs = prep_start <= head.head.i < prep_end or modifier_after
    # a person after a preposition of time is no time: the phrase modifies no noun ("announced the cuts during MPs")
    timeless = _person_names_no_time(doc[prep_start:prep_end], head)
    hung = hangs and (
        subj is None or prep_start <= subj.i < np_end or _misread_subject(sent, subj, prep_start, finite) or timeless
    )
    if not (own_subject or hung):
        return None
    if not (timeless or _hangs_on_clause(sent, prep_start, head, finite, verb, opening, adjunct)):
        return None
    return np_end, finite, verb


def _taken_up_as_plural(word: Token) -> bool:
    """Whether a comma and a part "of them" or "of which" follow ``word`` ("looms, some of them 40 feet long", "mills,
    most of which closed"), which take up a plural noun, so an -s form there is one."""
    doc, i = word.doc, word.i
    if i + 4 >= len(doc) or doc[i + 1].text != ",":
        return False
    return doc[i + 3].lower_ == "of" and doc[i + 4].lower_ in ("them", "which", "whom")
