"""Helpers shared by the syntax-aware house rules (no spaCy import here: rules may import this)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Iterable

from editlint.document.quotes import quoted_spans
from editlint.engine.diagnostic import Applicability, Edit, Finding, Fix
from editlint.lexicon import in_class, irregular_base, irregular_singular, sense_in

if TYPE_CHECKING:
    from spacy.tokens import Token

    from editlint.document.model import BlockKind, Document
    from editlint.engine.rule import CheckContext
    from editlint.nlp.pipeline import ParsedBlock
    from editlint.nlp.tokens import ParseView

FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
VERB_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD", "VBN", "VBG", "MD"})
VERB_GROUP_TAGS = VERB_TAGS | {"RB"}  # the words of a verb group: "has not yet said"
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # "which", "who", "whose", "where"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
AUX_DEPS = frozenset({"aux", "auxpass"})
# Personal pronouns in the subject case, a closed class: only a finite verb follows one, no verb takes one as its
# object ("it" and "you" are objects as often). The pipeline runs without morphology.
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
SINGULAR_DETERMINERS = frozenset({"a", "an", "each", "every", "another"})  # before a singular noun only
# The determiners of English, a closed class: a word tagged as one that is none of them is a name the tagger misread
# ("at 7 p.m. Hawaii/DT time").
DETERMINER_WORDS = SINGULAR_DETERMINERS | frozenset(
    "the this that these those either neither some any no all both such what which whatever whichever half many much"
    " few several enough".split()
)
# Words for a part or an amount, which agree with the noun after "of": "half of the stores have".
PARTITIVES = frozenset(
    "all any both each either enough few half less lot lots many more most much neither none one percent plenty "
    "quarter rest several some third".split()
)

_IRREGULAR = {
    "say": ("said",), "think": ("thought",), "feel": ("felt",), "tell": ("told",), "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"), "understand": ("understood",), "know": ("knew", "known"), "hold": ("held",),
    "see": ("saw", "seen"), "hear": ("heard",), "mean": ("meant",), "teach": ("taught",), "forecast": ("forecast",),
    "foresee": ("foresaw", "foreseen"), "admit": ("admitted",), "regret": ("regretted",), "forget": ("forgot", "forgotten"),
    "find": ("found",),
}


def parsed_blocks(doc: Document, ctx: CheckContext, kinds: Iterable[BlockKind]) -> list[ParsedBlock]:
    """The document's parsed prose blocks of the given kinds, outside block quotes."""
    from editlint.nlp.pipeline import parse_document

    wanted = frozenset(kinds)
    return [pb for pb in parse_document(doc, _model(ctx)) if pb.block.kind in wanted and not pb.block.in_quote]


def reparsed(text: str, ctx: CheckContext) -> ParseView:
    """``text`` parsed as a sentence of its own."""
    from editlint.nlp.pipeline import parse_text
    from editlint.nlp.tokens import ParseView

    return ParseView(parse_text(text, _model(ctx)), text)


# A dateline: a place in capitals, then only capitalised words, commas and a parenthesised agency, and a dash, in
# a story's first few tokens ("HALIFAX —", "GRAND JUNCTION, Colo. —", "LAGOS (Reuters) -").
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
DATELINE_MAX_TOKENS = 12


def dateline_end(tokens) -> int | None:
    """The index in ``tokens`` (a sentence's or a parse's) of the dash that ends a dateline opening them (maybe the
    last: the parser may end a sentence there), or None."""
    first = tokens[0] if len(tokens) else None
    if first is None or not (first.is_alpha and first.is_upper and len(first) > 1):
        return None
    in_parentheses = False
    for k, token in enumerate(tokens[:DATELINE_MAX_TOKENS]):
        if token.text in DATELINE_DASHES:
            return k
        in_parentheses = token.text == "(" or in_parentheses and token.text != ")"
        if token.is_alpha and not token.text[0].isupper() and not in_parentheses:
            return None  # "Eight Americans —" is no place: a dateline has no word in lower case
    return None


def _model(ctx: CheckContext) -> str | None:
    return (ctx.config["nlp.model"] if ctx.config is not None else "") or None


def finding(doc: Document, pb: ParsedBlock, first: Token, last: Token, message: str, fixes=()) -> Finding | None:
    """A finding for tokens ``first..last`` of ``pb``; None when it starts or ends inside a quotation."""
    start, end = pb.source_span(first.idx, last.idx + len(last))
    if any(start < q_start < end < q_end or q_start < start < q_end < end for q_start, q_end in quoted_spans(doc)):
        return None
    return Finding(start, end, message, tuple(fixes))


def replacement_fix(doc: Document, pb: ParsedBlock, first: Token, last: Token, replacement: str) -> tuple[Fix, ...]:
    """An unsafe fix replacing tokens ``first..last``, when their source has no markup in it."""
    start, end = pb.source_span(first.idx, last.idx + len(last))
    if doc.text[start:end] != span_text(first, last):
        return ()
    return (Fix(f'Write "{replacement}"', (Edit(start, end, replacement),), Applicability.UNSAFE),)


def has_link(doc: Document, pb: ParsedBlock, first: Token, last: Token) -> bool:
    """Whether the source of tokens ``first..last`` (and the character after) holds a link."""
    start, end = pb.source_span(first.idx, last.idx + len(last) + 1)
    source = doc.text[start:end]
    return "](" in source or "<a " in source


def token_ids(tokens: ParseView, words: frozenset[str] = frozenset(), tags: frozenset[str] = frozenset()) -> list[int]:
    """Indices of the tokens whose lower-case text is one of ``words`` or whose tag is one of ``tags``."""
    return [t.i for t in tokens if t.lower_ in words or t.tag_ in tags]


def span_text(first: Token, last: Token) -> str:
    return first.doc[first.i : last.i + 1].text


@functools.cache
def verb_forms(lemmas: tuple[str, ...]) -> frozenset[str]:
    """Every inflected form of the given (lower-case) verbs."""
    forms = set()
    for lemma in lemmas:
        forms.update((lemma, _third_person(lemma), ing_form(lemma), *_IRREGULAR.get(lemma, (_past(lemma),))))
    return frozenset(forms)


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb[:-1] + "ies" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else verb + "s"


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if _doubles(verb):
        return verb + verb[-1] + "ed"  # "slammed", "planned"
    return verb[:-1] + "ied" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else verb + "ed"


def ing_form(verb: str) -> str:
    """The -ing form of a base-form verb (a heuristic that covers common verbs)."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb != "be":
        return verb[:-1] + "ing"
    return verb + verb[-1] + "ing" if _doubles(verb) else verb + "ing"


def _doubles(verb: str) -> bool:
    """Whether a short verb doubles its last consonant before "-ed" and "-ing": "stop", "plan"."""
    short = len(verb) == 3 or (len(verb) == 4 and verb[0] not in "aeiou")
    return short and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou"


def clause_verb(token: Token) -> Token:
    """The verb an auxiliary belongs to, or the token itself."""
    return token.head if token.dep_ in AUX_DEPS and token.head.i > token.i else token


def subject(verb: Token) -> Token | None:
    """The subject of ``verb``, looking through conjoined verbs that share it."""
    while True:
        found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if found is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head


def cased(word: str, like: str) -> str:
    """``word`` with its first letter capitalised when ``like``'s is."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# Lexical classes from WordNet (editlint.lexicon). spaCy's lemmatizer is not loaded (it costs parse
# time), so a verb is matched by its inflected forms and a plural noun by its singular.
PEOPLE_CLASSES = ("noun.person", "noun.group")
SAYING_CLASSES = ("verb.communication", "verb.cognition")
NOUN_CLASSES = (*PEOPLE_CLASSES, "noun.communication", "noun.cognition")


class VerbClass(dict):
    """The inflected forms of the verbs whose main use is in some WordNet classes, plus ``extra`` verbs and
    less ``excluded`` ones. Membership is decided per form when first asked (``__missing__``) and kept, as the
    dict's value for that form: a run asks about a few thousand forms, far fewer than the classes' verbs have.
    ``form in`` one is the dict's own lookup of that value: the syntax rules ask about 50,000 times over the shared
    corpus, and a ``__contains__`` written in Python cost them twice as long. Compared and hashed as itself."""

    __slots__ = ("_lexnames", "_max_rank", "_extra", "_excluded")
    __contains__ = dict.__getitem__  # the kept answer, or ``__missing__``'s
    __eq__, __ne__, __hash__ = object.__eq__, object.__ne__, object.__hash__

    def __init__(self, lexnames: tuple[str, ...], max_rank: int, extra: tuple[str, ...], excluded: tuple[str, ...]):
        super().__init__()
        self._lexnames, self._max_rank = lexnames, max_rank
        self._extra, self._excluded = verb_forms(extra), verb_forms(excluded)

    def __missing__(self, form: str) -> bool:
        lemma, rank = verb_lemma(form), self._max_rank
        in_classes = lemma is not None and any(in_class(lemma, name, max_rank=rank) for name in self._lexnames)
        known = self[form] = form not in self._excluded and (form in self._extra or in_classes)
        return known


@functools.cache
def verb_class(
    lexnames: tuple[str, ...], max_rank: int = 1, extra: tuple[str, ...] = (), excluded: tuple[str, ...] = ()
) -> VerbClass:
    """The forms of the verbs whose main use is in ``lexnames`` (see ``VerbClass``), one per set of arguments."""
    return VerbClass(lexnames, max_rank, extra, excluded)


# Inflectional endings and what may have stood in their place, the fewest letters stripped first: "hopes" ->
# "hope" before "hop", "hoped" -> "hope" before "hop", "worries" -> "worry".
_ENDINGS = (("ies", ("y",)), ("ied", ("y",)), ("s", ("",)), ("es", ("",)), ("ed", ("e", "")), ("ing", ("e", "")))
# What a verb's senses take after them, from WordNet's sentence frames (scripts/build_lexicon.py).
VERB_FRAMES = (
    "frame.no-object", "frame.object", "frame.two-objects", "frame.that-clause", "frame.object-infinitive",
    "frame.person-object",
)


@functools.lru_cache(maxsize=8192)
def verb_lemma(form: str) -> str | None:
    """The base form WordNet knows for a lower-case verb form, or None: "said" -> "say", "hoped" -> "hope",
    "planned" -> "plan", "lying" -> "lie", "proceeds" -> "proceed", "slid" -> "slide"."""
    irregular = irregular_base(form)
    if irregular is not None:
        return irregular
    stems = [form]
    for suffix, ends in _ENDINGS:
        if form.endswith(suffix) and len(form) > len(suffix) + 1:
            stem = form[: -len(suffix)]
            stems += [stem + end for end in ends]
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                stems.append(stem[:-1])  # "planned", "stopping"
            if suffix == "ing" and stem.endswith("y"):
                stems.append(stem[:-1] + "ie")  # "lying"
    return next((s for s in stems if any(sense_in(s, frame) for frame in VERB_FRAMES)), None)


def singulars(noun: Token) -> tuple[str, ...]:
    """The lower-case singulars a common noun may have, by its tag: "critics" -> "critic", "critics"; an irregular
    plural's first: "media" -> "medium", "media"."""
    return _singulars(noun.lower_, noun.tag_)


def _singulars(word: str, tag: str) -> tuple[str, ...]:
    if tag not in ("NNS", "NNPS") or len(word) < 3:
        return (word,)
    irregular = irregular_singular(word)
    stems = {"men": word[:-3] + "man", "ies": word[:-3] + "y", "es": word[:-2], "s": word[:-1]}
    regular = (stem for suffix, stem in stems.items() if word.endswith(suffix))
    return (*([irregular] if irregular else []), *regular, word)


def noun_lemma(noun: Token) -> str:
    """The lemma of a common noun: its first singular that WordNet's noun classes know ("nurses" -> "nurse",
    "people" -> "people"); a plural entry only when WordNet's corpus ever used it ("findings" -> "finding")."""
    return _noun_lemma(noun.lower_, noun.tag_)


@functools.lru_cache(maxsize=8192)
def _noun_lemma(lower: str, tag: str) -> str:
    """``noun_lemma`` of a noun by its lower case and tag, all it depends on: asked again for the same nouns."""
    *stems, word = _singulars(lower, tag)
    for stem in stems:
        if any(sense_in(stem, name) for name in NOUN_CLASSES):
            return stem
    if any((sense := sense_in(word, name)) and (not stems or sense.tagged_share > 0) for name in NOUN_CLASSES):
        return word
    return stems[-1] if stems else word


def is_people_noun(noun: Token, max_rank: int = 1, min_share: float = 0.0) -> bool:
    """A noun for people or groups of people (WordNet noun.person / noun.group): "teachers", "union"."""
    if noun.tag_ not in NOUN_TAGS:
        return False
    lemma = noun_lemma(noun)
    return any(in_class(lemma, name, max_rank=max_rank, min_share=min_share) for name in PEOPLE_CLASSES)


def plural_verb(finite: Token, *, past_be: bool = False) -> bool:
    """Whether a finite verb agrees only with a plural subject: a present tense other than "am" ("want", "have"),
    with ``past_be`` also "were"."""
    return finite.tag_ == "VBP" and finite.lower_ != "am" or past_be and finite.lower_ == "were"


def disagrees(noun: Token, finite: Token, *, past_be: bool = False) -> bool:
    """Whether a present tense (with ``past_be``, also "was" or "were") cannot agree with ``noun`` as its
    subject: "the plan want", "officials shows", "the drought were".

    Nouns for groups ("the staff work", "the team are"), parts and amounts ("half of the stores have") and
    coordinated nouns agree either way.
    """
    singular, plural = noun.tag_ in ("NN", "NNP"), noun.tag_ in ("NNS", "NNPS")
    singular_verb = finite.tag_ == "VBZ" or past_be and finite.lower_ == "was"
    if not (plural_verb(finite, past_be=past_be) and singular or singular_verb and plural):
        return False
    if any(c.dep_ == "conj" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "the judge and both lawyers have", "a number of residents have"
    lower = noun.lower_
    return lower not in PARTITIVES and not in_class(lower, "noun.group")
