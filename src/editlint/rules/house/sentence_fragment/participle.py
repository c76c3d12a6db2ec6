"""Participle phrases: an absolute phrase, and the past tense that may follow an opening participle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.nlp.syntax import ADJECTIVE_TAGS, AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, WH_TAGS, verb_lemma
from editlint.rules.house.sentence_fragment.common import _finite_group

if TYPE_CHECKING:
    from spacy.tokens import Token


def _absolute(verb: Token) -> bool:
    """A participle after its subject, with an "-ing" auxiliary or none and no finite verb: an absolute phrase
    ("Most of them having left a week earlier.", "Hundreds of them carrying banners."); after "having" even a
    form the tagger read as a base form ("The river having burst its banks.")."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    ing_auxiliary = any(a.tag_ == "VBG" for a in auxiliaries)  # "having", "being"
    participle = verb.tag_ == "VBG" and not auxiliaries or verb.tag_ in ("VBN", "VBG", "VB") and ing_auxiliary
    before = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)  # not "Hoping ..., officials extended"
    return participle and before and not _finite_group(verb)


def _verbless_absolute(root: Token) -> bool:
    """A share of a group ("All of them", "Most of us") and what it is, a noun or an adjective with no verb between
    them: an absolute phrase without its participle ("All of them uninsured.", "Half of them children under 12.").
    A word that may be a verb ("champion") counts only as a noun with its determiner ("a former champion")."""
    if root.tag_ not in NOUN_TAGS | ADJECTIVE_TAGS or any(c.dep_ in AUX_DEPS for c in root.children):
        return False
    if verb_lemma(root.lower_) is not None and not any(c.dep_ in ("det", "poss") for c in root.children):
        return False
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < root.i]
    share = any(of.lower_ == "of" and _of_pronoun(of) for s in subjects for of in s.children if of.i > s.i)
    return share and all(map(_in_marked_clause, (t for t in root.sent if t.tag_ in VERB_TAGS and t.dep_ != "prep")))


def _of_pronoun(of: Token) -> bool:
    return any(c.dep_ == "pobj" and c.tag_ == "PRP" for c in of.children)


def _in_marked_clause(verb: Token) -> bool:
    """Whether ``verb`` is in a clause a subordinator or relative word opens ("after the fire destroyed it"), or an
    infinitive ("unable to read"); any other verb may be the main one ("Several of them illiterate, the miners
    asked/VBN for help.")."""
    for word in (verb, *verb.ancestors):
        if any(c.dep_ == "mark" or c.tag_ in WH_TAGS or c.tag_ == "TO" for c in word.children):
            return True
    return False


def _past_after_comma(tokens: list[Token]) -> bool:
    """A regular past form after the first comma, between a noun and what may be its object, which the tagger
    read as a participle before a noun: the main verb after an opening participle phrase ("Hoping to ease the
    drought, officials in Lima extended water rationing ...")."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    after = tokens[comma + 1 :]
    return any(
        verb.tag_ in ("VBN", "VBD", "JJ") and verb.lower_.endswith("ed") and noun.tag_ in NOUN_TAGS
        and following.tag_ in NOUN_TAGS | ADJECTIVE_TAGS | {"DT", "PRP$", "CD"}
        for noun, verb, following in zip(after, after[1:], after[2:])
    )
