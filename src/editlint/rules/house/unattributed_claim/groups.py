"""house/unattributed-claim: vague groups ("some experts", "critics", "people familiar with the talks") and the
groups a sentence or an article identifies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from editlint.lexicon import classes_of, in_class, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, FINITE_TAGS, NOUN_CLASSES, NOUN_TAGS, PEOPLE_CLASSES, PROPER_TAGS, SUBJECT_DEPS,
    VERB_TAGS, is_people_noun, noun_lemma, singulars, verb_class, verb_lemma,
)

from .common import (
    ABSTRACT_CLASSES, ACCESS_NOUNS, ACCOUNT_CLASSES, AMOUNTS, ANYONE, COUNTS, DEFINITE, DISCIPLINE, INDEFINITE,
    INSTITUTION_PREPS, JUDGEMENT_PREPS, LOCATING, Lexicon, MEMBERSHIP, MODIFIER_DEPS, NEARNESS, NETWORKS, OCCASION_WORDS,
    PERFECT, PLACE_CLASS, PLACING_PREPS, POINT_PREPS, PROFESSIONS, PROPORTIONS, PLURAL_TAGS, QUANTIFIERS, RELATIONAL,
    RELATIVE_TAGS, REPORTED_DEPS, RESEARCHERS, ROLES, SEPARATE_DEPS, SPANNING, STANCE, STUDIES, THING_CLASSES,
    _tense_carrier,
)
from .claims import _comments, _displaced_clause, _forecasters, _not_a_reason, _object_complement, _pseudo_cleft, _reported

if TYPE_CHECKING:
    from spacy.tokens import Token

    from editlint.document.model import Document
    from editlint.nlp.pipeline import ParsedBlock


# A pair counted: it holds no "many" or "several" ("Two analysts praised the deal. Several said ..." is no crowd).
PAIR = frozenset({"one", "two", "1", "2"})
# Tags of the words of a named or definite noun phrase that wrote an account: "the FAA", "the mayor's office".
AUTHOR_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD"})
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # capitals and a lowercase "s": "GPs", "MPs", "NGOs"
HABIT_PREPS = frozenset({"for", "over", "throughout"})  # how long a habit lasts: "for decades", "over the years"
STUDY_WORD = re.compile(rf"\b(?:{'|'.join(STUDIES)})\b", re.IGNORECASE)


def _may_be_vague(subj: Token, lex: Lexicon) -> bool:
    """A quick test that passes every subject ``_is_vague`` or ``_those_who`` might accept: a plural, a
    vague word, an amount, "who", or a singular noun after a quantifier ("some staff")."""
    lower, tag = subj.lower_, subj.tag_
    if tag in ("NNS", "NNPS") or lower in lex.vague or lower in QUANTIFIERS or lower in AMOUNTS or lower == "who":
        return True
    if lower in ANYONE:
        return True  # "those close to the talks", "a person familiar with the plan"
    return tag == "NN" and any(
        c.lower_ in QUANTIFIERS or c.lower_ in INDEFINITE or c.lower_ == "one" for c in subj.children
    )


def _staff_of_named_body(doc: Document, pb: ParsedBlock, first: Token) -> bool:
    """A bare plural whose first word is a noun for the body they work for, which the article has named before
    ("the agency", "the Metro Transit Agency" ... "Agency planners estimate", "bank economists expect"): the staff
    of a body the reader knows, not a kind of expert ("city planners" where no city was named)."""
    body, group = first, first.head
    if body.dep_ != "compound" or body.tag_ not in ("NN", "NNP") or group.tag_ != "NNS" or body.i + 1 != group.i:
        return False
    before = _text_before(doc, pb, body)
    word = re.escape(body.lower_)
    return re.search(rf"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}{word}\b", before, re.IGNORECASE) is not None or (
        re.search(rf"\w\s+{re.escape(body.text.capitalize())}\b", before) is not None
    )  # (a capital after another word: part of a name, "the Central Bank of Kenya")


def _authors_of_reported_study(doc: Document, pb: ParsedBlock, first: Token, last: Token) -> bool:
    """Bare "researchers" telling in the past tense what they did or found, after the article has reported a study
    (see ``RESEARCHERS``), or judging the study their relative clause hangs on: the study's authors, not
    "independent researchers" nor a field's present view. The claim may end on a verb that continues theirs
    ("Researchers said ... but warned ...", "Researchers used satellite data to estimate ...")."""
    verb = first.head
    if first.lower_ not in RESEARCHERS or first.dep_ != "nsubj" or not _continues_verb(last, verb):
        return False
    if _judges_its_study(last):
        return True
    if verb.tag_ != "VBD":
        return False
    start = first.sent[0]  # (a study in the sentence itself is the claim's vague account: "In a recent study,
    # researchers reported ...")
    return STUDY_WORD.search(_text_before(doc, pb, start)) is not None


def _continues_verb(last: Token, verb: Token) -> bool:
    """``last`` is ``verb`` or a verb that "and", "but", an infinitive or a dependent clause joins to it, at any
    depth, with no subject of its own ("said ... but warned", "used ... to estimate")."""
    while last.i != verb.i:
        if last.dep_ not in ("conj", "xcomp", "advcl") or last.tag_ not in VERB_TAGS or any(
            c.dep_ in SUBJECT_DEPS for c in last.children
        ):
            return False
        last = last.head
    return True


def _judges_its_study(verb: Token) -> bool:
    """A verb in a relative clause on a study, whose researchers then judge their own work, in any tense: "a trial
    that researchers say should change practice", "a study of 9,000 teenagers that scientists say is the largest"."""
    clause = next((t for t in (verb, *verb.ancestors) if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    noun = clause.head
    studies = [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [noun]
    return any(STUDY_WORD.fullmatch(t.text) for t in studies)


def _text_before(doc: Document, pb: ParsedBlock, token: Token) -> str:
    """The article's source text before ``token``."""
    return doc.text[: pb.source_span(token.idx, token.idx + len(token.text))[0]]


def _is_vague_source(source: Token, lex: Lexicon) -> bool:
    """A vague group, or vague accounts: "according to some reports", "according to several estimates",
    "according to one account"; not "some 300 reports", "some reports by the state auditor"."""
    if _is_vague(source, lex):
        return True
    if _described(source, lex) or any(c.dep_ == "prep" for c in source.children):
        return False  # "some reports by the state auditor"
    quantified = any(c.lower_ in QUANTIFIERS and c.i < source.i for c in source.children)  # (not an aside after it:
    # "reports filed with the state show that ..., most of it from donors")
    split = any(o.dep_ == "pobj" and o.i > source.i for o in (*source.head.children, *source.head.head.children))
    # (a relative clause the parser split off as a second object, or took for the subject of the sentence:
    # "according to figures [the agency released]")
    bare = source.dep_ == "pobj" and not split and (  # "according to reports", "according to unconfirmed media reports"
        not any(source.children) or source.lower_ in lex.nouns and all(
            c.dep_ in ("amod", "compound") and c.tag_ not in PROPER_TAGS for c in source.children
        )
    ) and not _authored(source)
    one = source.dep_ == "pobj" and source.tag_ == "NN" and any(c.lower_ == "one" for c in source.children)
    # "according to one estimate" (not a subject: "one central fact informed the talks")
    lemma = noun_lemma(source)
    return ((quantified or bare) and source.tag_ == "NNS" or one) and any(
        in_class(lemma, name, max_rank=2) for name in ACCOUNT_CLASSES
    )


def _authored(account: Token) -> bool:
    """Whether a relative clause without "that" follows ``account`` and names who made it: a named or definite
    subject whose past verb, also in the perfect, has no object of its own, since the account is that object
    ("figures the FAA provided to the committee", "data the county collected", "registers the club has kept since
    1994"; not "reports the FAA ignored the warnings")."""
    doc = account.doc
    verb = next((t for t in doc[account.i + 1 : account.i + 8] if t.tag_ not in AUTHOR_TAGS), None)
    if verb is None or verb.i == account.i + 1:
        return False
    author = doc[account.i + 1 : verb.i]
    if verb.dep_ == "aux" and verb.lower_ in PERFECT and verb.head.i == verb.i + 1:
        verb = verb.head  # "the club has kept"
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return author[-1].tag_ in NOUN_TAGS and any(
        t.tag_ in PROPER_TAGS or t.lower_ in DEFINITE or t.tag_ == "POS" for t in author
    ) and not any(c.dep_ == "dobj" for c in verb.children)


def _sampled_by_reporter(group: Token) -> bool:
    """A group the reporter (or a named pollster) questioned, which its method identifies as wire style accepts: the
    passive participle of a verb that asks people right after the group's last noun, which the parser may read as a
    tense ("according to farm economists and lenders interviewed this week", "analysts polled by Reuters",
    "managers contacted on Tuesday"); not what they were told about ("workers told of the plan"), nor an infinitive
    ("sources believed to be close")."""
    doc, last = group.doc, group
    while (joined := [c for c in last.children if c.dep_ == "conj" and c.tag_ in NOUN_TAGS]):
        last = joined[-1]  # the last of the nouns "and" joins: "economists and lenders"
    if last.i + 1 >= len(doc) or doc[last.i + 1].tag_ not in ("VBN", "VBD"):
        return False
    participle = doc[last.i + 1]
    after = doc[participle.i + 1].lower_ if participle.i + 1 < len(doc) else ""
    return after not in ("on", "about", "of", "to") and _asks_people(verb_lemma(participle.lower_))


def _asks_people(lemma: str | None) -> bool:
    """A verb that asks people: one of communication or cognition (WordNet, main sense) with a person as its object in
    some sense ("interview", "consult", "contact", "question", "survey"), or one whose main sense takes a person as its
    object and that the lexicon holds in no verb class ("poll": a social act, a class it does not keep)."""
    person = sense_in(lemma, "frame.person-object") if lemma else None
    if person is None:
        return False
    if in_class(lemma, "verb.communication") or in_class(lemma, "verb.cognition"):
        return True
    return person.first_rank == 1 and not any(name.startswith("verb.") for name in classes_of(lemma))


def _bare_people(noun: Token, lex: Lexicon) -> bool:
    """A bare plural of people that is no role, which after "according to" credits a whole kind no reader can
    check: "according to residents", "according to Kenyan farmers" (not "according to witnesses", "to residents
    of the block", "to the residents")."""
    return (
        noun.tag_ == "NNS" and noun.lower_ not in ROLES and noun.lower_ not in RELATIONAL and _is_people(noun, lex)
        and all(c.dep_ == "amod" and c.tag_ in ADJECTIVE_TAGS for c in noun.children) and not _authored(noun)
    )  # (nor a collection WordNet files with groups of people, whose author a relative clause names: "according
    # to data the county collected")


def _those_who(who: Token) -> Token | None:
    """The "There" of "there are those who ...", "there are many who ..." when ``who`` is its relative
    pronoun."""
    those = who.head.head
    if who.head.dep_ != "relcl" or those.lower_ not in ANYONE | QUANTIFIERS or those.dep_ != "attr":
        return None
    return next((c for c in those.head.children if c.dep_ == "expl" and c.lower_ == "there"), None)


def _is_vague(subj: Token, lex: Lexicon) -> bool:
    """A vague group: "some experts", "critics", "many in industry", "a number of teachers", "most
    Americans", "people familiar with the matter", "a source"; not "the critics", "Pentagon officials",
    "two analysts"."""
    lower = subj.lower_
    if lower in QUANTIFIERS and subj.tag_ not in NOUN_TAGS and _takes_up_things(subj, lex):
        return False  # "140 works, many never shown publicly": an amount of the things just named
    if lower == "those" and _defined_by_habit(subj):
        return True  # "those who remember the storm of 1987 say", "according to those who work in the hospitals"
    access = _access_phrases(subj)
    if access and (_is_people(subj, lex) or lower in ANYONE):
        return not _described(subj, lex)  # "people familiar with the plan", "sources close to Boris Johnson"
    not_naming = {t.i for a in (*access, *_asides(subj)) for t in a.subtree}
    capital = subj.is_sent_start and (lower in lex.vague or lower.endswith(DISCIPLINE))
    if capital:
        not_naming.add(subj.i)  # a capital the tagger took for a name: "Opponents/NNP, who packed the hearing, ...",
        # "Ecologists/NNPS had been predicting ..."
    if subj.dep_ == "pobj" and subj.head.dep_ == "agent":  # what the parser hung on an agent: "(seen) by many [as a
        # win for Tehran]"
        not_naming |= {t.i for c in subj.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
    if lower in STANCE:  # what they oppose or back, not who they are: "critics of Prime Minister Kishida"
        not_naming |= {t.i for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    if subj.dep_ == "ROOT":  # a sentence the parser rooted at its subject: its verb is no part of the subject
        not_naming |= {t.i for c in subj.children if c.dep_ == "acl" for t in c.subtree}
    quantified = any(
        c.lower_ in QUANTIFIERS and not _measured(c) for t in (subj, *_plural_owners(subj)) for c in t.children
    )  # (the parser hangs the quantifier of "some supporters' groups" on the possessive)
    placing = {t.i for c in subj.children if c.lower_ in PLACING_PREPS and c.i > subj.i for t in c.subtree}
    if quantified and subj.tag_ in PLURAL_TAGS and _continues_group(subj, lex):
        return False  # "The union's 3,000 members voted to strike. Many members said ...": some of those members
    if subj.tag_ == "NNPS" and quantified and not _described(subj, lex):
        # "many Americans"; a place only locates them: "many Democrats in Congress"
        return not any(t.tag_ in PROPER_TAGS for t in subj.subtree if t.i != subj.i and t.i not in placing)
    if quantified or lower in QUANTIFIERS and subj.tag_ not in NOUN_TAGS:
        # unnamed members of a place or a body: "many in Congress", "several officials at the port authority",
        # "some Pentagon officials", "several White House aides" (a name before the noun only places them)
        not_naming |= placing | {
            t.i for c in subj.children
            if c.lower_ in PLACING_PREPS or c.i < subj.i and (c.dep_ in MODIFIER_DEPS or _number_in_name(c))
            for t in c.subtree
        }
    elif lower in lex.vague:  # a generic group of opinion is only located by a place: "observers in Honiara"
        not_naming |= {t.i for c in subj.children if c.lower_ in LOCATING and c.i > subj.i for t in c.subtree}
    group = next((o for c in subj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
    amount = _is_amount(subj)
    if amount and group is not None:  # the group of an amount is placed as a quantified noun is: "a handful of
        # Labour councillors"; a plural name of people is a class, as in "many Americans": "a handful of Democrats"
        placed = (*group.children, *(subj.children if subj.lower_ not in COUNTS else ()))
        not_naming |= {
            t.i for c in placed
            if c.head.i == group.i and c.i < group.i and c.dep_ in MODIFIER_DEPS
            or c.i > group.i and c.lower_ in PLACING_PREPS
            for t in c.subtree
        }  # (and placed after it, wherever the parser hung the place: "a handful of winemakers in the Barossa
        # Valley", "a number of nurses at St Thomas' Hospital"; a crowd counted at a place the parser hung on its
        # count may be the reporter's, "hundreds of workers at the Port of Spain")
        if group.tag_ == "NNPS" and is_people_noun(group) or _people_acronym(group):
            not_naming.add(group.i)  # (and a plural acronym: "a number of GPs")
    if any(t.tag_ in PROPER_TAGS and t.lower_ not in QUANTIFIERS and t.i not in not_naming for t in subj.subtree):
        return False  # named: "Experts at the Brookings Institution"
    if amount and subj.tag_ in ("NN", "NNS") and (group is not None or lower not in lex.vague):
        return group is not None and not _described(subj, lex) and _is_people(group, lex) and not _described(group, lex)
    if subj.tag_ == "NN" and _one_unnamed(subj, lex):
        return not _described(subj, lex)  # "a source said", "an analyst said"
    collective = subj.tag_ == "NN" and quantified and in_class(noun_lemma(subj), "noun.group")  # "some staff"
    if lower not in lex.vague and not ((subj.tag_ == "NNS" or capital) and _is_people(subj, lex)) and not collective:
        return False
    if lower in RELATIONAL or _measured(subj):
        return False  # "too many say ..."
    if (lower == "others" or lower in QUANTIFIERS and subj.tag_ not in NOUN_TAGS) and (
        _continues_group(subj, lex) or _part_of_group_seen_moving(subj, lex)
    ):
        return False  # "While several parents worried ..., others said ...": more of those parents
    if _described(subj, lex):
        return False
    return lower in lex.vague or quantified or lower.endswith(DISCIPLINE)


def _is_amount(noun: Token) -> bool:
    """A noun of an indefinite amount (see ``AMOUNTS``), or its plural: "a handful", "growing numbers"."""
    return noun.lower_ in AMOUNTS or noun.tag_ == "NNS" and noun.lower_[:-1] in AMOUNTS


def _defined_by_habit(those: Token) -> bool:
    """"Those who" with a relative clause in the present and nothing named in it: anyone of a kind, as a bare plural in
    the present is ("those who remember the storm", "those who work in the provincial hospitals"); not the people at an
    event, in the past ("those who attended the hearing"), nor those of a named body ("those who work at Google")."""
    clauses = [c for c in those.children if c.dep_ == "relcl"]
    return bool(clauses) and all(_kind_clause(clause) for clause in clauses)


def _kind_clause(clause: Token) -> bool:
    """A clause on a group that says what kind of people they are, not which ones: a relative clause in the present
    ("who study housing", "whose children attend the school") or a present participle ("living near the airport"), with
    nothing named and no time or event in it; not the people at an event ("who attended the hearing", "leaving the
    store on Saturday", "speaking at the meeting"), nor those of a named body ("who work at Google")."""
    if any(t.tag_ in PROPER_TAGS or _dates(t) for t in clause.subtree):
        return False
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG" and _speaks_in_present(clause.head) and not any(_at_event(c) for c in clause.children)
    relative = clause.left_edge.tag_ in (*RELATIVE_TAGS, "WP$")  # (not a clause without one: "the rules voters
    # approve", whose subject is not the group)
    return clause.dep_ == "relcl" and relative and _tense_carrier(clause).tag_ in ("VBP", "VBZ")


def _speaks_in_present(noun: Token) -> bool:
    """A noun that is the subject of a verb in the present, as a kind is ("most analysts following the company expect");
    people described by what they were doing when the reporter met them speak in the past ("many shoppers leaving the
    mall said"), and a pronoun of amount takes up a crowd ("many wearing blue face paint")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in AMOUNTS:
        noun = noun.head.head  # the amount is the subject: "a number of doctors working in rural clinics believe"
    return noun.tag_ in NOUN_TAGS and noun.dep_ == "nsubj" and _tense_carrier(noun.head).tag_ in ("VBP", "VBZ")


def _dates(word: Token) -> bool:
    """A noun of time that dates what a clause tells ("on Saturday", "last week"), not one that says how long or how
    often ("for decades", "every day", "over the years"), which a habit has."""
    if word.tag_ not in ("NN", "NNS") or not in_class(noun_lemma(word), "noun.time"):
        return False
    return not (word.head.lower_ in HABIT_PREPS or any(c.lower_ in ("every", "each") for c in word.children))


def _takes_up_things(pronoun: Token, lex: Lexicon) -> bool:
    """A pronoun of amount right after a plural of things and a comma, which it takes up as "many of them" would, in a
    phrase without a finite verb: "The exhibition includes 140 works, many never shown publicly", "60 bridges, many
    rated poor" (not a comment: "The river flooded 30 homes, many believe, because ...")."""
    if pronoun.i < 2 or pronoun.nbor(-1).text != "," or pronoun.head.tag_ in FINITE_TAGS:
        return False
    things = pronoun.nbor(-2)
    return things.tag_ == "NNS" and not (things.lower_ in lex.groups or is_people_noun(things, max_rank=2, min_share=0.5))
    # (bodies may speak: "30 firms, many said ...")


def _generic_holders(subj: Token, verb: Token, lex: Lexicon) -> bool:
    """A bare plural of people holding a view in the present: "investors worry", "parents have long feared",
    "homeowners are complaining". A bare plural with a present tense speaks of the kind ("beavers build dams"),
    so the view is credited to a whole population no reader can check; in the past it reports what some of
    them did ("firefighters said"). Plain reporting ("residents say") is how copy quotes people it
    interviewed, and roles speak for an institution or an event the story names ("investigators believe")."""
    anonymous = any(c.lower_ == "privately" for c in verb.children)  # a role off the record: "lawmakers privately
    # concede"
    if subj.tag_ != "NNS" or subj.dep_ not in ("nsubj", "dobj") or verb.lower_ in lex.reporting:
        return False
    if any(c.lower_ in QUANTIFIERS for c in subj.children):
        return False  # not bare: an amount of them is vague or not on its own ("too many families believe")
    if subj.lower_ in ROLES and not anonymous and not (subj.lower_ in PROFESSIONS and verb.lower_ in lex.advising):
        return False
    asides = _asides(subj)
    set_off = (*asides, *_spanned_regions(subj))
    aside = {t.i for a in set_off for t in a.subtree} | {t.i for t in subj.children if t.is_punct}
    kinds = [subj, *(c for c in subj.children if c.dep_ == "conj")]  # coordinated kinds: "residents and owners"
    kind_owners = {  # a kind of the kind: "teachers' unions", "farmers' groups" (not "the teachers' unions")
        o.i for kind in kinds for o in _plural_owners(kind)
        if not any(g.dep_ in ("det", "poss", "nummod") for g in o.children)
    }
    if any(c.tag_ != "NNS" or c.lower_ in ROLES and not anonymous for c in kinds[1:]) or any(
        c.dep_ not in MODIFIER_DEPS and c.dep_ not in ("cc", "conj") and c.i not in aside and c.i not in kind_owners
        for kind in kinds for c in kind.children
    ) or any(
        (t.tag_ in PROPER_TAGS or t.is_upper and len(t) > 1) and t.i not in aside for t in subj.subtree
    ):
        return False  # determined, counted, placed, described or named: "the parents", "parents at the school",
        # "USDS/JJ team members" (an aside only adds: "farmers, who have fished here for years,")
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    opinion = verb.lower_ in lex.feelings or _comments(verb) or any(
        _reported(c) for c in verb.children
    ) or _pseudo_cleft(verb) or _displaced_clause(verb) or judged is not None and (
        _object_complement(verb, lex)
        or any(
            c.dep_ == "prep" and c.lower_ in JUDGEMENT_PREPS and not _not_a_reason(c)
            for t in (verb, judged) for c in t.children
        )
    )
    if not opinion:  # a view is a clause or a judgement of someone ("blame the wind farm for"), not an act
        return False  # ("parents have advised a number of schools on ...") or a habit ("farmers fear frost")
    if verb.lower_ in lex.forecasting and not _forecasters(verb, lex):
        return False  # a demand: "users expect pages to load in a second" (but "analysts expect", "are expecting")
    if any(c.dep_ == "advcl" and c.i < verb.i for c in verb.children):
        return False  # a time or case that makes them particular: "when the river rises, farmers fear ..."
    clause = verb
    while clause.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head  # the verb it depends on carries the tense: "investors appear to believe"
    finite = _tense_carrier(clause)
    lemma = noun_lemma(subj)
    person = in_class(lemma, "noun.person") or _agent_noun(subj) or subj.lower_ in lex.groups or (
        lemma != subj.lower_ and in_class(lemma, "noun.group")
    )  # people or bodies of them ("aid agencies warn", "rights groups have accused"); not a mass: "data show"
    present = finite.tag_ in ("VBP", "VBZ") or finite.tag_ == "VB" and finite.i == clause.i and clause.dep_ == "ROOT"
    # (VBZ: "what worries investors is"; VB: a root with a subject and no auxiliary is a present the tagger missed)
    return present and person


def _spanned_regions(noun: Token) -> list[Token]:
    """Phrases after a bare plural that spread it over a region (see ``SPANNING``): "pharmacists across Bavaria are
    warning", "growers throughout the valley fear"; they leave it a kind, which no single place or body identifies."""
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ in SPANNING and c.i > noun.i]


def _access_phrases(subj: Token) -> list[Token]:
    """Phrases after a noun that say how its people know, not who they are: "familiar with the matter", "close to
    the talks", "privy to the plans", "briefed on the talks", "involved in the planning", "with knowledge of the bid";
    not a place ("farmers close to the border")."""
    return [
        c for c in subj.children if c.i > subj.i and (_access_adjective(c) or _knows_firsthand(c) or _with_access(c))
    ]


def _with_access(prep: Token) -> bool:
    """"with (direct) knowledge of", "with access to": the wording of an anonymous source."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and any(
        o.dep_ == "pobj" and o.lower_ in ACCESS_NOUNS and any(p.dep_ == "prep" for p in o.children)
        for o in prep.children
    )


def _access_adjective(adjective: Token) -> bool:
    return adjective.dep_ == "amod" and adjective.tag_ == "JJ" and any(
        p.dep_ == "prep"
        and (adjective.lower_ not in NEARNESS or any(o.dep_ == "pobj" and _is_party(o) for o in p.children))
        for p in adjective.children
    )


def _briefed(participle: Token) -> bool:
    """A participle of a verb of communication about something, with no agent: "briefed on the talks",
    "informed about the plans" (not "interviewed by the Times", "told to leave")."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD"):
        return False
    if participle.lower_ not in verb_class(("verb.communication",)):
        return False
    preps = [c for c in participle.children if c.dep_ in ("prep", "agent")]
    return all(p.lower_ != "by" for p in preps) and any(
        p.lower_ in ("on", "about", "of") and any(o.dep_ == "pobj" and o.tag_ in ("NN", "NNS") for o in p.children)
        for p in preps
    )  # "briefed on the audit" (not "on Monday")


def _knows_firsthand(participle: Token) -> bool:
    """A participle that says how people know, not who they are: told of something ("briefed on the talks") or taking
    part in it ("several people involved in the planning")."""
    return _briefed(participle) or _taking_part(participle)


def _taking_part(participle: Token) -> bool:
    """A participle on a vague amount of people, of a verb whose main sense is a state (WordNet's verb.stative:
    "involved", "concerned") with "in" and a message or an idea in any sense (WordNet's noun.communication and
    noun.cognition): "several people involved in the planning", "some engineers involved in the early designs", the
    wording of an anonymous source; not a spot or an event ("people involved in the crash"), an agent ("involved by the
    council"), a denial ("experts not involved in the study": an outsider's view), nor a bare plural, which may be all
    who took part ("officials involved in the talks said")."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD"):
        return False
    if not any(c.lower_ in QUANTIFIERS for c in participle.head.children):
        return False
    lemma = verb_lemma(participle.lower_) or ""
    if not in_class(lemma, "verb.stative") or any(c.dep_ in ("agent", "neg") for c in participle.children):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pobj" and o.tag_ in ("NN", "NNS")
            and any(sense_in(noun_lemma(o), name) for name in ACCOUNT_CLASSES)
            for o in p.children
        )
        for p in participle.children
    )


def _is_party(noun: Token) -> bool:
    """Someone or something one is close to in confidence, not in space: a name, a person's pronoun, people, talks or
    plans ("close to the president", "close to her", "close to the talks"; not "close to the river", "close to it")."""
    person = noun.tag_ == "PRP" and noun.lower_ not in ("it", "itself")
    return person or noun.tag_ in PROPER_TAGS or noun.tag_ in ("NN", "NNS") and any(
        in_class(noun_lemma(noun), name) for name in NOUN_CLASSES
    )


def _one_unnamed(noun: Token, lex: Lexicon) -> bool:
    """One unnamed person of a vague kind: "a source", "one source", "an analyst" (the singular of a vague
    group)."""
    articles = {c.lower_ for c in noun.children if c.dep_ in ("det", "nummod")}
    if noun.lower_ == "source":
        return bool(articles & (INDEFINITE | {"one"}))
    return bool(articles & INDEFINITE) and noun.lower_ + "s" in lex.vague


def _measured(quantifier: Token) -> bool:
    """A quantifier that judges an amount rather than hides a source: "too many Americans", "so many" (not the "so" of
    "or so", which stands for the clause before it: "..., or so many investors hope")."""
    return any(
        c.lower_ in ("too", "so", "how") and not (c.lower_ == "so" and c.i > 0 and c.nbor(-1).lower_ == "or")
        for c in quantifier.children
    )


def _is_people(noun: Token, lex: Lexicon) -> bool:
    return noun.lower_ in lex.groups or is_people_noun(noun, max_rank=2) or _agent_noun(noun) or _people_acronym(noun)


def _people_acronym(noun: Token) -> bool:
    """A plural acronym the tagger may take for a name ("a number of GPs/NNP", "CEOs"), whose singular WordNet files
    with people or groups ("gp", "ceo", "ngo"): a class of people, not anyone named."""
    return ACRONYM_PLURAL.fullmatch(noun.text) is not None and any(
        in_class(noun.text[:-1].lower(), name) for name in PEOPLE_CLASSES
    )


def _agent_noun(noun: Token) -> bool:
    """A plural agent noun that WordNet lacks ("installers", "vloggers"): a plural of "-er", "-or" or "-ist"
    that no noun class of WordNet's knows."""
    if noun.tag_ != "NNS" or not noun.lower_.endswith(("ers", "ors", "ists")):
        return False
    return not any(sense_in(lemma, name) for lemma in singulars(noun) for name in NOUN_CLASSES)


def _described(subj: Token, lex: Lexicon) -> bool:
    """Counted, defined, described or tied to an institution: "two analysts", "the critics", "many of the
    residents", "analysts polled by Reuters", "economists at the state university"."""
    quantified = subj.lower_ in QUANTIFIERS or any(c.lower_ in QUANTIFIERS for c in subj.children) or (
        subj.head.lower_ == "of" and subj.head.head.lower_ in AMOUNTS
    )  # ("some at"; an amount's group is quantified as "some" is: "a handful of nurses at the hospital")
    for child in subj.children:
        if child.dep_ == "acl" and subj.dep_ == "ROOT":
            continue  # the verb of a sentence the parser rooted at its subject (see ``_subject``)
        if child.tag_ == "CD" and child.lower_ != "one" and not _number_in_name(child) or child.lower_ in DEFINITE and not (
            child.lower_ == "the" and subj.lower_ in PROPORTIONS
        ):
            return True
        if child.dep_ in ("relcl", "acl") and not _knows_firsthand(child) and child not in _asides(subj) and not (
            quantified and _kind_clause(child)
        ):
            return True  # (a vague amount of a kind stays vague: "some economists who study housing")
        if child.lower_ == "of" and _refers_back(child, lex) and (
            subj.lower_ in QUANTIFIERS or not quantified and subj.lower_ not in lex.vague
        ):
            return True  # a known group: "many of them", "residents of the town"; not "some observers of the
            # trade", nor a generic group of opinion, which "of" tells what it opposes ("critics of the plan")
        if child.lower_ in INSTITUTION_PREPS and not (quantified or _is_amount(subj) and subj.lower_ not in COUNTS) and any(
            t.lower_ in DEFINITE or t.dep_ == "poss" for obj in child.children if obj.dep_ == "pobj" for t in obj.children
        ):
            return True  # "economists at the state university", "scientists from the agency's climate center" (but
            # "some economists at ...": unnamed members)
        if _at_event(child):
            return True  # the people at an event the story reports: "several ranchers at the meeting"
        if child.lower_ == "including" and any(
            not _is_vague(obj, lex) for obj in child.children if obj.dep_ == "pobj"
        ):
            return True  # members given: "opponents, including two council members, ..."
    return _names_members_aside(subj) or _names_member_in_place(subj)


def _names_member_in_place(group: Token) -> bool:
    """A member named by "including" that the parser hung inside the group's phrase of place ("some lecturers at
    Cardiff University, including Professor Rhian Jones, say"): members given, as "including" on the group gives them."""
    return any(
        t.lower_ == "including" and t.head.i != group.i and any(o.dep_ == "pobj" and o.tag_ in PROPER_TAGS for o in t.children)
        for t in group.subtree
    )


def _names_members_aside(group: Token) -> bool:
    """An aside right after ``group``, set off by commas, that opens with "including" or "among them" and names
    someone, wherever the parser hung it ("Some economists, among them Lars Holmberg of the Stockholm School of
    Economics, argue"): members given, as "including the mayor" gives them; not "among them several at big banks"."""
    doc = group.doc
    start = group.right_edge.i + 1
    if start + 2 >= len(doc) or doc[start].text != "," or doc[start + 1].lower_ not in ("including", "among"):
        return False
    end = next((t.i for t in doc[start + 2 : group.sent.end] if t.text == "," or t.tag_ == "IN"), None)
    return end is not None and any(t.tag_ in PROPER_TAGS for t in doc[start + 2 : end])  # (a name before any
    # preposition: a member, not where some are from, "among them some from Asia")


def _at_event(prep: Token) -> bool:
    """"at" a particular event, where the reporter met the people it places: a definite noun of an act in "-ing"
    ("at the meeting", "at Tuesday's hearing") or a dated one ("at Saturday's rally", "at the market on Sunday"); not
    a body or a place ("at the port authority", "at big banks")."""
    event = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep.lower_ == "at" else None
    if event is None or event.tag_ != "NN":
        return False
    dated = any(
        in_class(noun_lemma(t), "noun.time")
        for c in event.children if c.dep_ in ("poss", "compound", "prep", "npadvmod") for t in (c, *c.children)
    )  # ("Tuesday's", "on Sunday")
    definite = any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in event.children)
    return dated or definite and event.lower_.endswith("ing")


def _spoke_at_occasion(verb: Token) -> bool:
    """The group's clause, or the clause its "-ing" form hangs on, names the occasion for speaking where it spoke, so
    the reporter attended it: "at" or "during" one ("Several students spoke against the increase during the public
    comment period, arguing ..."), or a relative clause on it ("a public comment period in which several riders
    criticized ..."); not one in the claim ("said prices would rise during the comment period")."""
    for clause in (verb, *verb.ancestors):
        if clause.dep_ == "relcl" and _speaking_occasion(clause.head) and any(
            p.dep_ == "prep" and any(o.tag_ in RELATIVE_TAGS for o in p.children) for p in clause.children
        ):
            return True
        if any(
            t.dep_ == "prep" and t.lower_ in ("at", "during") and _of_clause(t, clause)
            and any(o.dep_ == "pobj" and _speaking_occasion(o) for o in t.children)
            for t in clause.subtree
        ):
            return True
        if clause.dep_ != "advcl":
            return False  # (only an "-ing" form's clause hangs on the verb that names the occasion)
    return False


def _of_clause(token: Token, clause: Token) -> bool:
    """Whether ``token`` belongs to ``clause`` itself, not to a clause inside it (its claim, a relative clause)."""
    head = token.head
    while head.i != clause.i:
        if head.dep_ in REPORTED_DEPS or head.dep_ in SEPARATE_DEPS:
            return False
        head = head.head
    return True


def _speaking_occasion(noun: Token) -> bool:
    """A time set aside for the public to speak, named so by a noun of communication ("the public comment period"); not
    a gathering, where a vague group stays vague ("insisted at Thursday's annual meeting")."""
    return noun.tag_ == "NN" and in_class(noun_lemma(noun), "noun.time", max_rank=1) and any(
        c.dep_ == "compound" and in_class(noun_lemma(c), "noun.communication", max_rank=1) for c in noun.children
    )


def _met_at_scene(verb: Token, subj: Token) -> bool:
    """A phrase of place that heads the sentence, before the group, on its verb or a verb above it: the reporter met
    the people at a scene the sentence names, which is the attribution ("On the platform at Park Street on Wednesday
    evening, several riders said ...", "Outside a primary school in St. Michael, several parents said ..."); not a
    region, a field, a time or an idea, where no reporter stands among them ("In Britain", "Across the country", "In
    the industry", "In recent years", "In the debate"), nor a kind of place ("In the classroom, many teachers say")."""
    verbs = (verb, *verb.ancestors)
    subjects = [subj, *(c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS)]
    opening = min(s.left_edge.i for s in subjects)  # (before every subject: not a place in a clause before the
    # group's, "... seized the drugs from a speedboat off Vlore, and some prosecutors have long maintained ...")
    heading = [c for v in verbs for c in v.children if c.dep_ == "prep" and c.i < opening and c.lower_ in PLACING_PREPS]
    return any(
        (_scene(noun, prep) or _named_site(noun, prep)) and (_particular(phrase) or _on_occasion(phrase, opening))
        for phrase in heading for noun, prep in _places_in(phrase)
    ) or any(_at_event(phrase) and not any(_figurative(o) for o in phrase.children) for phrase in heading)
    # (or an event the reporter attended: "At a members' preview on Wednesday, some visitors said")


def _places_in(prep: Token) -> Iterator[tuple[Token, Token]]:
    """The objects of a phrase of place and of the phrases of place inside it, each with its preposition ("On the
    platform at Park Street", "In the queue outside the job centre")."""
    for noun in prep.children:
        if noun.dep_ == "pobj":
            yield noun, prep
            for inner in noun.children:
                if inner.dep_ == "prep" and inner.lower_ in PLACING_PREPS:
                    yield from _places_in(inner)


def _scene(noun: Token, prep: Token) -> bool:
    """A place a reporter can stand in: a common noun whose sense as a thing or a place comes before any abstract
    sense ("the platform", "a primary school"; not "this stage", "the radio"), with an article or a possessive; a noun
    of place only after a point preposition and with words of its own that say which spot ("at the border crossing",
    "the seafront in Brighton"; not "in the region", "on the left", "on the other side of the Atlantic")."""
    if noun.tag_ not in ("NN", "NNS") or noun.lower_ in NETWORKS or _figurative(noun):
        return False
    if not any(c.dep_ in ("det", "poss") or c.dep_ == "compound" and c.tag_ in PROPER_TAGS for c in noun.children):
        return False  # a manner, not a place: "behind closed doors", "at home", "in person"
    abstract = _first_rank(noun, ABSTRACT_CLASSES)
    thing = _first_rank(noun, THING_CLASSES)
    place = _first_rank(noun, (PLACE_CLASS,))
    spot = prep.lower_ in POINT_PREPS and any(
        c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ != "of" and any(
            o.dep_ == "pobj" and o.tag_ in PROPER_TAGS for o in c.children
        )
        for c in noun.children
    )
    return thing <= 2 and thing < abstract or place <= 2 and place < abstract and spot


def _named_site(noun: Token, prep: Token) -> bool:
    """A name of a building or a spot after a point preposition whose last word is a common noun for a thing or a
    place ("at Tsuruga Station", "outside Lerwick Town Hall", "near Wembley Stadium"): its sense as a thing or a place
    before any sense as a body of people, or any such sense when a "where" clause says what people do there ("at
    Makola Market, where many traders buy goods"); not a body ("at Harvard University", "at Deutsche Bank")."""
    if prep.lower_ not in POINT_PREPS or noun.tag_ != "NNP":
        return False
    if not any(c.dep_ == "compound" and c.tag_ in PROPER_TAGS for c in noun.children):
        return False  # a name alone says nothing of what it names ("at Westminster")
    site = _first_rank(noun, ("noun.artifact", PLACE_CLASS))
    if any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in noun.children):
        return site < 99
    return site < _first_rank(noun, ("noun.group", *ABSTRACT_CLASSES))


def _on_occasion(prep: Token, opening: int) -> bool:
    """A phrase of a spot tied to one occasion by a phrase or clause of time in it or beside it before the subject
    ("at the stadium gates after the final whistle", "on the pier during the storm", "at the polling station before
    it closed"); not a phrase that may span a region ("across the continent during the heatwave")."""
    if prep.lower_ not in POINT_PREPS:
        return False
    beside = [c for c in prep.head.children if c.dep_ in ("prep", "advcl") and c.i < opening and c.i != prep.i]
    return any(
        t.lower_ in OCCASION_WORDS and t.dep_ in ("prep", "mark", "advmod") for c in (prep, *beside) for t in c.subtree
    )


def _first_rank(noun: Token, classes: tuple[str, ...]) -> int:
    """The rank of the first sense of ``noun`` (or of a singular of it) in any of ``classes`` (99: none)."""
    ranks = [s.first_rank for lemma in singulars(noun) for name in classes if (s := sense_in(lemma, name))]
    return min(ranks, default=99)


def _particular(prep: Token) -> bool:
    """A phrase of place that says which place, not a kind of place ("in the classroom"): a name, a possessive, a time
    or another place in it ("at Park Street", "outside the students' union building", "on Wednesday evening", "the
    room of the clinic"), or a time or a name before it ("On Tuesday, outside the courthouse, ...")."""
    return any(
        t.tag_ in PROPER_TAGS or t.dep_ == "poss" or t.tag_ in ("NN", "NNS") and in_class(noun_lemma(t), "noun.time")
        or t.dep_ == "prep" and t.i > prep.i and t.lower_ in PLACING_PREPS
        for t in prep.subtree
    ) or any(
        t.tag_ in PROPER_TAGS or in_class(noun_lemma(t), "noun.time")
        for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i for t in c.subtree
    )


def _figurative(noun: Token) -> bool:
    """A place whose "of" or "to" names no place, thing or people: a figure of speech ("the corridors of power", "the
    end of the day", "the road to recovery")."""
    return any(
        o.dep_ == "pobj" and o.tag_ in ("NN", "NNS") and not any(
            in_class(noun_lemma(o), name, max_rank=2) for name in (*THING_CLASSES, PLACE_CLASS, *PEOPLE_CLASSES)
        )
        for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to") for o in c.children
    )


def _number_in_name(number: Token) -> bool:
    """A number that is part of a name before a noun, not a count: "Formula One (insiders)", "Big 12 (coaches)"."""
    return number.tag_ == "CD" and any(t.tag_ in PROPER_TAGS for t in number.subtree if t.i != number.i)


def _asides(noun: Token) -> list[Token]:
    """Relative clauses set off by a comma, which add to what a noun stands for without saying which of them
    ("critics, who have fought the dam for years, say"; not "critics who attended the hearing", nor members
    given: "critics, who include the mayor, say")."""
    return [
        c for c in noun.children
        if c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        and (c.dep_ == "relcl" and verb_lemma(c.lower_) not in MEMBERSHIP or _describing_participle(c))
    ]


def _describing_participle(participle: Token) -> bool:
    """A participle set off by a comma after a group that says how its people fare or what they do, naming no one,
    acted on by no people and not speaking, which tells the occasion the reporter heard them ("farmers, already hit by
    drought,", "historians, writing decades later,"); not "shoppers, interviewed by reporters,", "employees, speaking on
    condition of anonymity,", "economists, led by Ana Ruiz,"."""
    return participle.dep_ == "acl" and participle.tag_ in ("VBN", "VBG") and (
        participle.lower_ not in verb_class(("verb.communication",))
    ) and not any(
        t.tag_ in PROPER_TAGS for t in participle.subtree
    ) and not any(
        o.dep_ == "pobj" and is_people_noun(o) for c in participle.children if c.dep_ == "agent" for o in c.children
    )


def _continues_group(pronoun: Token, lex: Lexicon) -> bool:
    """A group named just before, which "others" continues or "some", "many" ... are part of: for "others"
    any group earlier in the sentence ("While several nurses praised it, others said"), a known one in the
    sentence before ("Two shopkeepers said ... . Others said", "The lawmakers tried ... . Some are objecting"; not
    "Some experts speculate ... . Others believe")."""
    sent = pronoun.sent
    # (token, whether any group will do): "others" continues any group earlier in its sentence; "some",
    # "many" ... are part only of a known group that is a subject; a quantified noun only of one of the same noun
    # ("Republicans in the state Senate blocked the bill. Some Republicans now say ...")
    earlier = [(t, pronoun.lower_ == "others") for t in sent[: pronoun.i - sent.start] if t not in pronoun.ancestors]
    # (not the group the pronoun is part of: "critics of the mayor, including some in her party,")
    if sent.start > 0:
        earlier += [(t, False) for t in pronoun.doc[sent.start - 1].sent]  # the sentence before, same paragraph
    noun = pronoun.tag_ in PLURAL_TAGS and pronoun.lower_ not in QUANTIFIERS and pronoun.lower_ != "others"
    return any(
        (not noun or t.tag_ == pronoun.tag_ and noun_lemma(t) == noun_lemma(pronoun))
        and t.lower_ != "others" and (t.tag_ in PLURAL_TAGS and _plural_of_people(t, lex) or _named_or_people(t, lex) and any(
            c.dep_ == "conj" and _named_or_people(c, lex) for c in t.children
        ))  # people, or people and names: "the mayor and two aides" (not "its tracks and cabins")
        and (
            t.dep_ in ("nsubj", "nsubjpass") or _members_of_subject(t)
            or (any_group or _partitive_subject(t)) and t.dep_ == "pobj"
        )
        and (any_group or not _is_vague(t, lex))
        for t, any_group in earlier
    )


def _part_of_group_seen_moving(pronoun: Token, lex: Lexicon) -> bool:
    """"Some", "others", "many" ... opening a sentence after one, in the same paragraph, whose subject is a plural of
    people, vague or not, and whose verb (or the verb it begins: "had begun moving") is one of motion in its main sense
    (WordNet's verb.motion): people the reporter watched move, some of whom spoke ("By nightfall, most drivers had
    returned to their trucks. Some said ..."); not a group that claimed ("Some experts speculate ... . Others believe
    ..."), nor one that did anything else ("Many farmers lost their crops. Some say ...")."""
    sent = pronoun.sent
    if not all(t.dep_ in ("cc", "advmod", "punct", "det") for t in sent[: pronoun.i - sent.start]):
        return False  # (only words that join the sentence to the one before may come first: "But others", "A few")
    if sent.start == 0:
        return False
    before = pronoun.doc[sent.start - 1].sent
    return any(
        t.dep_ == "nsubj" and t.tag_ in PLURAL_TAGS and _plural_of_people(t, lex) and _moved(t.head)
        for t in before
    )


def _moved(verb: Token) -> bool:
    """A verb of motion in its main sense, one joined to it by "and" or one it begins: "returned", "packed up and
    moved", "had begun moving" (an "-ing" form right after a verb of change, wherever the parser hung it: "begun
    moving/amod goats"); not a verb of saying or thinking, whose "-ing" form is what was said ("have proposed moving
    part of the bill")."""
    if _main_sense(verb, "verb.communication") or _main_sense(verb, "verb.cognition"):
        return False
    moving = [c for c in verb.children if c.dep_ == "conj" or c.dep_ == "xcomp" and c.tag_ in ("VBG", "VB")]
    if verb.i + 1 < len(verb.doc) and verb.nbor(1).tag_ == "VBG" and _main_sense(verb, "verb.change"):
        moving.append(verb.nbor(1))
    return any(t.tag_ in VERB_TAGS and _main_sense(t, "verb.motion") for t in (verb, *moving))


def _main_sense(verb: Token, lexname: str) -> bool:
    """Whether the main sense of ``verb`` (any form) is in ``lexname``."""
    return in_class(verb_lemma(verb.lower_) or verb.lower_, lexname)


def _members_of_subject(owner: Token) -> bool:
    """The people a definite body that is a subject belongs to: "the tenants' (association organized ...)", "the
    fishermen's (cooperative met ...)"."""
    return owner.dep_ == "poss" and owner.head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in owner.children
    )


def _part_of_counted(first: Token, before: list[Token]) -> bool:
    """A vague amount of a crowd the text has just counted: "some", "many" ... standing alone, or before the crowd's own
    noun, after ``before`` (the sentence's words before it and the sentence before, which in news copy often closes the
    paragraph before) counted people ("More than 200 people packed the gym, and many said ...", "About 60 farmers
    attended." and "Several said ..." opening the next paragraph), as "many of whom" does after them: the reporter's
    crowd, not a kind's view. Standing alone, the amount may take up any counted plural that acted, bodies as well as
    people ("More than 30 school districts canceled classes. Several said ...")."""
    if first.lower_ not in QUANTIFIERS or _measured(first):
        return False
    noun = first.head if first.head.tag_ in PLURAL_TAGS and first.dep_ in ("amod", "det") else None
    if noun is None and first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        _counted(t) and (noun is None and _acted(t) or is_people_noun(t, max_rank=2, min_share=0.5))
        and (noun is None or t.lower_ == noun.lower_)
        for t in before if t.tag_ in PLURAL_TAGS  # (people in a sense that is common: not "11 bus routes"; or the
        # subject of an act, also one the parser made the root: not "30 roads were closed")
    )


def _acted(noun: Token) -> bool:
    """The subject of a verb, or of the sentence the parser rooted at it, also one of coordinated subjects ("The Houston
    district and more than a dozen suburban districts canceled classes")."""
    return noun.dep_ in ("nsubj", "ROOT") or noun.dep_ == "conj" and noun.head.dep_ in ("nsubj", "ROOT")


def _counted(group: Token) -> bool:
    """A plural counted by a number ("more than 200 people", "38 residents") or by an amount that counts ("hundreds of
    fans", "dozens of parents"); not a change in a number ("38 fewer deputies"), nor a pair, which has no "many" or
    "several" in it ("two analysts")."""
    if any(c.tag_ == "JJR" for c in group.children):
        return False
    numbers = [c for c in group.children if c.i < group.i and (c.tag_ == "CD" or c.lower_ == "dozen")]
    if any(not _number_in_name(c) and "".join(t.lower_ for t in c.subtree) not in PAIR for c in numbers):
        return True
    return group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lower_ in COUNTS


def _plural_owners(noun: Token) -> list[Token]:
    """A bare plural possessive before a noun: "(some) supporters' (groups)"."""
    return [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "NNS" and c.i < noun.i]


def _named_or_people(noun: Token, lex: Lexicon) -> bool:
    return noun.tag_ in PROPER_TAGS or _is_people(noun, lex)


def _plural_of_people(noun: Token, lex: Lexicon) -> bool:
    """A plural whose members "some" or "many" may be: people ("the residents", "Republicans"), or a name WordNet does
    not know ("the Houthis"); not a capitalized plural WordNet knows as something else first, a place or a team named
    after things or animals, which people are only in a later sense if at all ("the Solomon Islands", "the Timber
    Wolves", "the Bangor Eagles")."""
    if not _named_or_people(noun, lex):
        return False
    if not noun.text[:1].isupper() or _first_rank(noun, PEOPLE_CLASSES) == 1:
        return True
    return not any(name.startswith("noun.") for lemma in singulars(noun) for name in classes_of(lemma))


def _partitive_subject(noun: Token) -> bool:
    """The group of a partitive subject: "(most of) the 12 council members (voted ...)"."""
    return noun.head.lower_ == "of" and noun.head.head.dep_ in ("nsubj", "nsubjpass")


def _refers_back(child: Token, lex: Lexicon) -> bool:
    """A partitive of a known group: "many of them", "some of our readers", or of a relative pronoun whose
    antecedent is a counted or determined group of people that is no vague one ("more than 140 speakers, many of
    whom said"; not "critics, many of whom", "its skeptics, several of whom")."""
    return child.lower_ == "of" and any(
        t.tag_ == "PRP" or t.lower_ in DEFINITE or t.lower_ == "whom" and _known_antecedent(t, lex)
        for obj in child.children for t in (obj, *obj.children)
    )


def _known_antecedent(pronoun: Token, lex: Lexicon) -> bool:
    """(The antecedent is the noun before the comma that opens "many of whom", wherever the parser hung the clause.)"""
    first = pronoun.head.head.left_edge  # whom <- of <- many
    if first.i < 2 or first.nbor(-1).text != ",":
        return False
    group = first.nbor(-2)
    return group and group.tag_ in PLURAL_TAGS and _named_or_people(group, lex) and (_counted(group) or any(
        c.tag_ == "CD" or (c.lower_ in DEFINITE or c.dep_ == "poss") and group.lower_ not in lex.vague
        for c in group.children if c.i < group.i
    ))  # (counted also by "a dozen": "more than a dozen objectors, many of whom")
