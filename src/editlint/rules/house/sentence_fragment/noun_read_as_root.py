"""A noun the tagger read as a base form that the parser made the sentence's root: the last word of a noun phrase
("... to back the fisheries deal/VB.", "A study of reefs that survived the marine heatwave/VB off Perth."). A base
form with no auxiliary is a finite verb only as an imperative, which opens its clause, or as a present tense agreeing
with a plural subject. One with no subject that ends the sentence right after a noun, or one WordNet knows no verb
for after a singular subject, is neither: it heads the noun phrase. With no other word that may be the main verb,
the sentence has none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class
from editlint.nlp.syntax import ADJECTIVE_TAGS, AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS, noun_lemma, verb_lemma
from editlint.rules.house.sentence_fragment.main_clause import _independent, _missed_main_verb
from editlint.rules.house.sentence_fragment.main_verb import _verb_by_its_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The tags of the word that ends a noun phrase, right before the base form read as its head.
NOUN_PHRASE_END_TAGS = NOUN_TAGS | ADJECTIVE_TAGS


def _noun_read_as_root(sent: Span, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the root of ``sent`` is a noun read as a base form (see the module), and no other word of the sentence
    may be its main verb."""
    root = sent.root
    if root.tag_ != "VB" or root.i == sent.start or any(c.dep_ in AUX_DEPS for c in root.children):
        return False
    if root.doc[root.i - 1].tag_ not in NOUN_PHRASE_END_TAGS:
        return False  # (a comma or a coordinator before it may open an imperative: "..., call the office.")
    if not (_imperative_after_noun(root) or _singular_subject_of_no_verb(root)):
        return False
    others = (t for t in sent if t.i != root.i)
    return not any(
        _independent(t, subordinators) or _missed_main_verb(t, subordinators) or _verb_by_its_form(t, subordinators)
        for t in others
    )


def _imperative_after_noun(root: Token) -> bool:
    """A base form with no subject that ends the sentence right after a noun phrase: an imperative opens its clause
    and, ending it, follows a comma ("To book, call."); after a noun it is that noun phrase's head ("the fisheries
    deal")."""
    if any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return False
    return all(t.is_punct for t in root.doc[root.i + 1 : root.sent.end])


def _singular_subject_of_no_verb(root: Token) -> bool:
    """A base form WordNet knows no verb for, with a singular common noun as its subject and no object: a present
    tense would agree with a plural ("Most of them livestream their races"); this one is a noun ("A study of reefs
    that survived the marine heatwave off Perth.")."""
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].tag_ != "NN" or in_class(noun_lemma(subjects[0]), "noun.group"):
        return False  # (a group may take a plural verb: "The crew livestream ...")
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in root.children):
        return False
    return verb_lemma(root.lower_) is None
