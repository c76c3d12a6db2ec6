"""house/unattributed-claim: a plural noun group the article has already identified ("researchers at the hospital"
... "Researchers estimated", "More than 60 people signed up to speak." ... "Several speakers said"), which refers back
to that group as a definite noun would."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from editlint.lexicon import agent_verbs
from editlint.nlp.syntax import NOUN_TAGS, PROPER_TAGS, VERB_TAGS, noun_lemma, subject, verb_lemma

from .common import (
    AMOUNTS, COUNTS, INSTITUTION_PREPS, NAMES, Lexicon, PLURAL_TAGS, QUANTIFIERS, RELATIVE_TAGS, _to_infinitive,
)
from .groups import _counted, _is_people, _is_vague

if TYPE_CHECKING:
    from spacy.tokens import Token


# Determiners that make a plural refer back to a group the reader knows: "the researchers", "its hydrologists".
BACK_REFERRING = frozenset({"the", "these", "those", "its", "their"})


def _group_noun(first: Token, last: Token) -> Token | None:
    """The plural noun of a vague group's hit (from ``first``, its first word, to ``last``, its verb): "Several
    [speakers] said", "a decision [supporters] say"."""
    return next((t for t in first.doc[first.i : last.i + 1] if t.tag_ in PLURAL_TAGS), None)


def _given_group(first: Token, last: Token, before: Iterable[Token], lex: Lexicon) -> bool:
    """A group whose noun the article has used before, in the words ``before``, for people it identified: a named
    person introduced as one of them ("Greg Anders, a hydrologist with the weather service," ... "Hydrologists said"),
    a plural a named or known body places or a determiner refers back with ("researchers at the hospital", "the
    researchers"), a body's name ("the International Longshoremen's Association" ... "several longshoremen said"),
    or, for a noun WordNet derives from a verb, that verb done by people counted, named or known ("More than 60 people
    signed up to speak" ... "Several speakers said", "the groups that opposed the measure" ... "Opponents argued")."""
    noun = _group_noun(first, last)
    if noun is None or not _is_people(noun, lex):
        return False  # (nor a pronoun: "Others said")
    lemma = noun_lemma(noun)
    verbs = agent_verbs(lemma)
    return any(
        t.tag_ in NOUN_TAGS and (noun_lemma(t) == lemma or t.lower_ == noun.lower_) and _identified_mention(t, lex)
        and (t.tag_ not in PROPER_TAGS or noun.tag_ == "NNS")  # (a name gives a common noun's group, not a
        # name's: "House Democrats" ... "Many Democrats believe"; the tagger may take a plural in a name for a
        # singular name: "Longshoremen/NNP's Association")
        or verbs and t.tag_ in VERB_TAGS and verb_lemma(t.lower_) in verbs and _known_doers(t, lex)
        for t in before
    )


def _identified_mention(noun: Token, lex: Lexicon) -> bool:
    """A mention of a noun for people that says who they are (see ``_given_group``)."""
    if noun.tag_ in PROPER_TAGS:
        return _in_name(noun)
    if noun.tag_ not in PLURAL_TAGS:
        return _names_person(noun)
    if any(c.lower_ in QUANTIFIERS or c.lower_ in AMOUNTS for c in noun.children):
        return False  # "some researchers at Harvard": unnamed members the place only locates
    if _beside_named_body(noun):
        return True
    return not _is_vague(noun, lex) and (  # (not "people familiar with the matter")
        any(c.dep_ in ("det", "poss") and c.lower_ in BACK_REFERRING for c in noun.children) or any(
            t.tag_ in PROPER_TAGS or t.lower_ in BACK_REFERRING
            for c in noun.children if c.dep_ == "prep" and c.lower_ in INSTITUTION_PREPS for t in c.subtree
        )
    )


def _beside_named_body(noun: Token) -> bool:
    """A plural joined to a name, or doing with a named agent what it did: "the Coastal Survey Office and volunteer
    divers", "(a survey) carried out by the Sabah Wildlife Department with conservation groups and university
    researchers"."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.tag_ in PROPER_TAGS:
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    act = noun.head.head
    return any(
        o.dep_ == "pobj" and o.tag_ in PROPER_TAGS for c in act.children if c.dep_ == "agent" for o in c.children
    )


def _in_name(word: Token) -> bool:
    """A capitalized word inside a name, next to another word of it ("the International Longshoremen's Association",
    "the Northern Beekeepers Society"); not a capitalized noun that opens a sentence ("Researchers say")."""
    if not word.text[:1].isupper() or word.is_sent_start:
        return False
    after = word.i + (2 if word.i + 1 < len(word.doc) and word.nbor(1).tag_ == "POS" else 1)
    neighbours = (word.doc[word.i - 1], *(word.doc[after : after + 1]))
    return any(t.tag_ in PROPER_TAGS and t.text[:1].isupper() for t in neighbours)


def _names_person(noun: Token) -> bool:
    """A singular noun for a person set beside a name or naming one: "Greg Anders, a senior hydrologist",
    "meteorologist Jessica Landry", "a longshoreman, Lee Tran,", "a longshoreman named Luis Ortega"."""
    if noun.head.tag_ in PROPER_TAGS and (
        noun.dep_ == "appos" or noun.dep_ == "compound" and (noun.text.islower() or noun.is_sent_start)
    ):
        return True  # (a title before a name is lower case: not "Teacher Appreciation Week")
    return any(
        c.dep_ == "appos" and c.tag_ in PROPER_TAGS
        or c.dep_ == "acl" and verb_lemma(c.lower_) in NAMES and any(n.tag_ in PROPER_TAGS for n in c.children)
        for c in noun.children
    )


def _known_doers(verb: Token, lex: Lexicon) -> bool:
    """Whether the subject of ``verb`` (of the verb its infinitive completes: "signed up to speak"; the noun of its
    relative clause: "the groups that opposed") is a set of people the reader knows: counted ("more than 60 people",
    "dozens of parents"), named ("the Swiss Transport Club and two farm unions"), or a definite plural ("the
    groups")."""
    while verb.dep_ in ("xcomp", "advcl") and _to_infinitive(verb) and subject(verb) is None:
        verb = verb.head  # (the parser may read the infinitive as one of purpose: "signed up to/aux speak/advcl")
    doers = subject(verb)
    if doers is not None and doers.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        doers = verb.head
    if doers is None:
        return False
    joined = [c for c in doers.children if c.dep_ == "conj"]
    if doers.lower_ in COUNTS or doers.tag_ in PLURAL_TAGS and _counted(doers):
        return True
    if doers.tag_ not in PLURAL_TAGS and not joined:
        return False  # one person is no group: "The mayor opposed it." ... "Opponents say"
    return not _is_vague(doers, lex) and any(
        t.tag_ in PROPER_TAGS or t.dep_ == "det" and t.lower_ in BACK_REFERRING and t.head.i == doers.i
        for t in doers.subtree
    )
