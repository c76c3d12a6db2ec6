"""Participle phrases: an absolute phrase, and the past tense that may follow an opening participle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import is_phrase
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, WH_TAGS, noun_lemma, verb_lemma,
)
from editlint.rules.house.sentence_fragment.common import _finite_group

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The plural personal pronouns in the object case, the group "of" a share names ("Most of them"): a closed class.
PLURAL_PRONOUNS = frozenset({"them", "us", "you"})


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
    A word that may be a verb ("champion") counts only as a noun with its determiner ("a former champion"); one
    tagged as a present tense counts if it is no verb's form (see ``_noun_read_as_present``)."""
    if _noun_read_as_present(root):
        return True
    if root.tag_ not in NOUN_TAGS | ADJECTIVE_TAGS or any(c.dep_ in AUX_DEPS for c in root.children):
        return False
    if _maybe_verb(root) and not any(c.dep_ in ("det", "poss") for c in root.children):
        return False
    return _after_share(root) and _no_other_verb(root)


def _maybe_verb(word: Token) -> bool:
    """Whether ``word`` may be the verb of the share of a group before it: a verb's form in WordNet, but not an "-s"
    form after a plural group, which cannot agree with it ("Most of them volunteers/NNS from ..."); or a noun after a
    word that may be a base form, the verb whose object it is ("Many of them house/NN schools")."""
    lemma = verb_lemma(word.lower_)
    s_form = lemma is not None and lemma != word.lower_ and word.lower_.endswith("s")
    verb_before = any(c.dep_ == "compound" and verb_lemma(c.lower_) is not None for c in word.children)
    return verb_before or lemma is not None and not (s_form and _after_share(word, PLURAL_PRONOUNS))


def _verb_read_after_share(sent: Span) -> bool:
    """Whether a share of a group ("Most of them") is followed by a base form WordNet knows as a verb, which the tagger
    read as a noun or an adjective, before what may be its object: the share's verb ("Most of them farm/NN rice",
    "Many of them concern/NN deposits", "Most of them depict/JJ merchants"); not the first word of a compound noun
    WordNet lists ("Many of them police officers")."""
    doc = sent.doc
    for word in sent[3:-1]:
        share = doc[word.i - 1].lower_ in PLURAL_PRONOUNS and doc[word.i - 2].lower_ == "of"
        if share and word.tag_ in NOUN_TAGS | ADJECTIVE_TAGS and verb_lemma(word.lower_) == word.lower_:
            after = word.nbor()
            compound = after.tag_ in NOUN_TAGS and is_phrase(word.lower_, noun_lemma(after))
            return after.tag_ in NOUN_TAGS | {"DT", "PRP$", "CD", "JJ"} and not compound
    return False


def _noun_read_as_present(word: Token) -> bool:
    """A present tense by its tag that is no verb's form in WordNet, after a share of a group: the noun saying what
    the group is, which the tagger read as its verb. An "-s" form, which cannot agree with a plural group ("Several
    of them welders/VBZ with ...", "All of them animals/VBZ that ..."), or a base form right before a noun it
    modifies ("Most of them subsistence/VBP farmers"); not a base form before its object, which may be a verb
    WordNet lacks ("Most of them livestream their matches")."""
    if word.tag_ not in ("VBZ", "VBP") or verb_lemma(word.lower_) is not None or word.i + 1 >= word.sent.end:
        return False
    if word.tag_ == "VBZ" and not _after_share(word, PLURAL_PRONOUNS):
        return False
    if word.tag_ == "VBP" and not (word.nbor().tag_ in ("NN", "NNS") and _after_share(word)):
        return False
    return not any(c.dep_ in AUX_DEPS for c in word.children) and _no_other_verb(word)


def _after_share(word: Token, pronouns: frozenset[str] | None = None) -> bool:
    """Whether the subject the parser gave ``word`` is a share of a group ("All of them", "Most of us"), of one of
    ``pronouns`` if given."""
    subjects = [c for c in word.children if c.dep_ in SUBJECT_DEPS and c.i < word.i]
    return any(of.lower_ == "of" and _of_pronoun(of, pronouns) for s in subjects for of in s.children if of.i > s.i)


def _no_other_verb(word: Token) -> bool:
    """Whether every verb of the sentence of ``word`` but ``word`` is in a marked clause (see ``_in_marked_clause``)
    or a participle on the phrase ``word`` heads (see ``_participle_on_phrase``)."""
    verbs = (t for t in word.sent if t.tag_ in VERB_TAGS and t.dep_ != "prep" and t.i != word.i)
    return all(_in_marked_clause(v) or _participle_on_phrase(v, word) for v in verbs)


def _participle_on_phrase(verb: Token, head: Token) -> bool:
    """A participle without auxiliary or subject on a noun of the phrase ``head`` heads, with no comma between them
    ("Most of them holidaymakers bound for Spain", "Many of them strays found wandering"); after a comma it may be a
    main verb ("Several of them illiterate, the miners asked/VBN for help")."""
    if verb.tag_ not in ("VBN", "VBG") or verb.dep_ != "acl" or verb.head.tag_ not in NOUN_TAGS:
        return False
    if any(c.dep_ in AUX_DEPS or c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    on_phrase = verb.head.i == head.i or head in verb.head.ancestors
    return on_phrase and not any(t.text == "," for t in verb.doc[head.i : verb.i])


def _of_pronoun(of: Token, pronouns: frozenset[str] | None) -> bool:
    return any(c.dep_ == "pobj" and c.tag_ == "PRP" and (pronouns is None or c.lower_ in pronouns) for c in of.children)


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
