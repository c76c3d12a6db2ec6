"""house/unattributed-claim: what a group of speakers says about itself ("some workers said they were uneasy about the
new shifts", "several islanders said they had waited three hours"): testimony of what they did, felt or went through,
which the reporter heard from them, not a claim about the world credited to a vague source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import classes_of
from editlint.nlp.syntax import AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, is_people_noun

from .claims import _comments
from .common import ANYONE, PLURAL_TAGS, QUANTIFIERS, RELATIVE_TAGS, ROLES, TIME_MARKS, _to_infinitive
from .groups import _access_phrases, _main_sense

if TYPE_CHECKING:
    from spacy.tokens import Token

SELVES = frozenset({"they", "we"})  # the pronouns by which a plural group of speakers refers to itself


def _speaks_of_itself(verb: Token, subj: Token) -> bool:
    """A verb of saying (WordNet's verb.communication, main sense) whose plural group of people reports, in the clause
    after it, what they themselves did, felt or went through: its subject is "they" or "we" and every verb in it tells
    their own experience (``_experienced``), with no modal and no one else as a subject ("many of whom say they were
    inspired by the band", "others said they worried about parking"; not "say they were never told", "said they would
    move", "said they feared the plant would close", "said they believe the plan is unlawful")."""
    if not _plural_speakers(subj) or not _main_sense(verb, "verb.communication"):
        return False
    clause = _reported_clause(verb)
    if clause is None or not any(c.dep_ in SUBJECT_DEPS and c.lower_ in SELVES for c in clause.children):
        return False
    own = {t.i for t in verb.subtree} if clause.i == verb.head.i else set()  # (a comment's own words)
    words = [t for t in clause.subtree if t.i not in own]
    if any(_someone_else(t) for t in words):
        return False  # a clause with a subject of its own says what someone else did: "they feared the plant would close"
    if any(t.tag_ == "MD" or t.dep_ == "attr" and t.tag_ in NOUN_TAGS for t in words):
        return False  # a plan or a forecast ("they will plant cotton"), a verdict on what they are ("they are victims")
    return all(_experienced(t) for t in words if t.tag_ in VERB_TAGS and t.dep_ not in AUX_DEPS)


def _reported_clause(verb: Token) -> Token | None:
    """The clause a verb of saying reports: its complement, or the clause it interrupts or closes, which the parser may
    hang on it or it on ("They had waited three hours, several islanders said")."""
    if _comments(verb):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _someone_else(word: Token) -> bool:
    """A subject other than the speakers of a clause that states something (``SELVES``): not a relative pronoun, which
    stands for a noun of their clause, nor the subject of an infinitive, which tells what they waited or hoped for
    ("waited for the doors to open"), nor that of a clause of time, which dates what they went through and is taken as
    given ("cried when the final whistle blew")."""
    if word.dep_ not in SUBJECT_DEPS or word.lower_ in SELVES or word.tag_ in RELATIVE_TAGS:
        return False
    clause = word.head
    dated = clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause.children)
    return not _to_infinitive(clause) and not dated


def _plural_speakers(subj: Token) -> bool:
    """A plural group of people that may speak for itself: a pronoun of amount ("many of whom", "others"), or a plural
    (or a noun after a quantifier: "some staff") for people in its first two senses; not people known only by their
    access to what they tell ("people familiar with the talks"), nor roles that speak for a body ("officials"), whose
    testimony is the claim of an anonymous source."""
    if _access_phrases(subj) or subj.lower_ in ROLES:
        return False
    if subj.lower_ in QUANTIFIERS or subj.lower_ == "others":
        return True
    plural = subj.tag_ in PLURAL_TAGS or any(c.lower_ in QUANTIFIERS for c in subj.children)
    return plural and (subj.lower_ in ANYONE or is_people_noun(subj, max_rank=2))


def _experienced(verb: Token) -> bool:
    """A verb that tells what its subject did or went through: in the active, no verb of thinking or saying in its main
    sense, whose content judges the world ("they learned of it", "they believe"); in the passive, a participle WordNet
    also lists as an adjective, a state, with no verb of saying in its main sense and no people as its agent ("they
    were shocked", "inspired by the band"; not "they were told", "they have not been paid", "harassed by the guards":
    an act someone else did to them)."""
    if _main_sense(verb, "verb.communication"):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return not _main_sense(verb, "verb.cognition")
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return "adj.all" in classes_of(verb.lower_) and not any(is_people_noun(o) or o.tag_ == "PRP" for o in agents)
