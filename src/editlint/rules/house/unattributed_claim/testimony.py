"""house/unattributed-claim: what a group of speakers says about itself ("some workers said they were uneasy about the
new shifts", "several islanders said they had waited three hours"): testimony of what they did, felt or went through,
which the reporter heard from them, not a claim about the world credited to a vague source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import classes_of
from editlint.nlp.syntax import AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, is_people_noun, verb_forms, verb_lemma

from .common import ANYONE, PLURAL_TAGS, QUANTIFIERS, RELATIVE_TAGS, REPORTING, ROLES, TIME_MARKS, _to_infinitive
from .groups import _access_phrases, _main_sense

if TYPE_CHECKING:
    from spacy.tokens import Token

SELVES = frozenset({"they", "we"})  # the pronouns by which a plural group of speakers refers to itself


def _speaks_of_itself(verb: Token, subj: Token) -> bool:
    """A plain verb of reporting ("say", "tell", "report" ...) whose plural group of people reports what they
    themselves did, felt or went through: the subject of the clause it reports is "they" or "we", and every verb in it
    tells their own experience (``_experienced``), with no modal, no one else as a subject and nothing done to them
    ("many of whom say they were inspired by the band", "others said they worried about parking"; not "say they were
    never told", "say they have gone unpaid", "said they would move", "said they feared the plant would close", "said
    they believe the plan is unlawful"). A verb that argues, claims or suggests stays a claim of its own."""
    if not _plural_speakers(subj) or verb.lower_ not in verb_forms(REPORTING):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)  # (after the group: a
    # pronoun before it, in a clause the verb closes, may stand for anything before: "In vast numbers, researchers say,
    # they strip the lake of algae")
    if clause is None or not any(c.dep_ in SUBJECT_DEPS and c.lower_ in SELVES for c in clause.children):
        return False
    words = list(clause.subtree)
    if any(_someone_else(t) for t in words):
        return False  # a clause with a subject of its own says what someone else did: "they feared the plant would close"
    if any(t.tag_ == "MD" or t.dep_ == "attr" and t.tag_ in NOUN_TAGS for t in words):
        return False  # a plan or a forecast ("they will plant cotton"), a verdict on what they are ("they are victims")
    if any(t.dep_ in ("acomp", "oprd") and _done_to_them(t) for t in words):
        return False  # "(they have gone) unpaid", "(they felt) cheated"
    return all(_experienced(t) for t in words if t.tag_ in VERB_TAGS and t.dep_ not in AUX_DEPS)


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
    sense, whose content judges the world ("they learned of it", "they believe"); in the passive, nothing done to them
    (``_done_to_them``)."""
    if _main_sense(verb, "verb.communication"):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):  # (also a passive the parser gave a
        # verb of seeming as its auxiliary: "they felt/aux cheated by the prices")
        return not _done_to_them(verb)
    return not _main_sense(verb, "verb.cognition")


def _done_to_them(word: Token) -> bool:
    """A participle, passive or an adjective, or its negation with "un-", that tells what someone else did to its
    subject: one WordNet does not list as an adjective of a state, one of a verb of saying, or one with people as its
    agent ("they were told", "have not been paid", "have gone unpaid", "harassed by the bailiffs"; not "they were
    shocked", "inspired by the band", "tired")."""
    participle = _participle(word)
    if participle is None:
        return False
    agents = [o for c in word.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return (
        "adj.all" not in classes_of(participle) or _main_sense(word, "verb.communication")
        or any(is_people_noun(o) or o.tag_ == "PRP" for o in agents)
    )


def _participle(word: Token) -> str | None:
    """The past participle ``word`` is, or negates with "un-" ("unpaid": "paid"), or None: a form whose verb WordNet
    knows that is not the verb's base, "-ing" or "-s" form."""
    lower = word.lower_
    for form in (lower, lower[2:] if lower.startswith("un") else ""):
        lemma = verb_lemma(form) if form else None
        if lemma is not None and lemma != form and not form.endswith(("ing", "s")):
            return form
    return None
