"""Participle phrases: an absolute phrase, and the past tense that may follow an opening participle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.nlp.syntax import ADJECTIVE_TAGS, AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS
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
