"""Word classes and small tests of a token shared by the constructions of house/sentence-fragment."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Iterator

from editlint.lexicon import in_class
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SINGULAR_DETERMINERS, SUBJECT_DEPS, VERB_TAGS, WH_TAGS,
    disagrees, noun_lemma, plural_verb, subject, verb_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# The British "-ise"/"-yse" ending of a verb's form, which WordNet lists with fewer senses than the "-ize" one.
BRITISH_ENDING = re.compile(r"([iy])s(e|es|ed|ing)$")
# Pronouns that take a singular verb.
SINGULAR_PRONOUNS = frozenset({"it", "he", "she"})
# Adverbs that single out a part of what the sentence before said ("... farms. Especially the dairy farms."): before
# a noun phrase they open a fragment, not a subject as "only" and "even" do (a closed class of particularizers).
PARTICULARIZERS = frozenset(
    "especially particularly notably mainly largely partly chiefly primarily principally".split()
)
# Words that may precede the subordinator: "Especially since ...", "And because ...".
LEAD_WORDS = PARTICULARIZERS | frozenset("even only just simply and but or".split())
RELATIVES = frozenset({"which", "who", "whom", "whose"})
# The determiners that make a unit of time a rate, "once a year", "twice every month" (a closed class).
PER_UNIT_DETERMINERS = frozenset(("a", "an", "every", "each", "per"))
RELATIVIZERS = RELATIVES | {"that", "where", "when"}
# Subordinators that may open a clause without a verb ("while in Riyadh", "if elected", "though numerous").
ELLIPTICAL_SUBORDINATORS = frozenset("while when whenever if unless though although once until whether".split())
ELLIPTICAL_STARTS = ADJECTIVE_TAGS | {"VBN", "VBG", "RB", "RBR", "IN"}
# Subordinators that are prepositions of time too, which the parser may confuse: "after that", "since 2015".
TIME_PREPOSITIONS = frozenset({"after", "before", "until", "since"})
CONTRACTED_VERBS = frozenset("'s ’s 're ’re 'm ’m 've ’ve 'd ’d 'll ’ll".split())
# Words that open a noun phrase (not a bare common noun, which may be an imperative the tagger missed).
NP_OPENERS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "RB"})
CLOSERS = "\"'”’)]*_ "
# Words the parser may mark that do not subordinate here: "that" opens subject and object clauses, "with" and
# "without" are prepositions before an inverted main clause ("With each election comes ...").
NOT_SUBORDINATORS = frozenset({"that", "with", "without"})
# Words of a measure before a subordinator: "Three years after ...", "Shortly before ...".
MEASURE_DEPS = frozenset({"advmod", "npadvmod", "nummod", "quantmod", "amod", "det"})
COORDINATORS = frozenset({"and", "or", "but"})
# The articles, which open a noun phrase and never come right before a verb (a closed class).
ARTICLES = frozenset({"a", "an", "the"})
# The tags of a comparative adjective or adverb ("bigger", "more", "sooner"), and with a superlative's the tags that
# rank or compare a noun ("biggest", "most").
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
RANKING_TAGS = COMPARATIVE_TAGS | {"JJS", "RBS"}
# Determiners of a singular noun only (the pipeline has no morphology): on a plural, the "plural" is a verb.
SINGULAR_OR_DEMONSTRATIVE = SINGULAR_DETERMINERS | {"this", "that"}
# Relative words that may be the subject of a clause after a verb of saying: "delays that commuters say have doubled".
GAP_RELATIVES = frozenset({"which", "that", "who"})
# The finite forms of "be", and with those of "have" the auxiliaries of a verb group (a modal is one by its tag).
FINITE_BE = frozenset({"is", "are", "was", "were"})
HAVE_BE = FINITE_BE | {"has", "have", "had"}
# What a verb's object may be: a noun, a clause, or what it makes of its object ("named him coach").
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"})
# The share of a verb's tagged uses without an object below which, if its main sense takes one, it is a verb
# that takes one ("give", "launch", "elect"; not "sell": "The house sold for $2 million").
RARE_SHARE = 0.15
# Adjectives of order, which rank a noun as superlatives do ("the first", "the only"); later ordinals are rare.
ORDER_ADJECTIVES = frozenset({"first", "last", "only", "second", "third"})
# The words of a noun phrase: "the state's 58 counties", "the Booth Theatre".
NOUN_PHRASE_TAGS = NOUN_TAGS | ADJECTIVE_TAGS | {"DT", "CD", "PRP$", "POS", "HYPH", "$"}
# Punctuation that may set a main clause apart from a subordinate one, or quote one.
CLAUSE_BREAKS = frozenset(",;:—–()\"“”‘’'")


def _cannot_agree(found: Token, finite: Token) -> bool:
    """Whether the finite verb ``finite`` cannot agree with ``found`` as its subject: a noun ("the drought were",
    see ``disagrees``) or a singular pronoun ("for it have opposed")."""
    singular = found.lower_ in SINGULAR_PRONOUNS and plural_verb(finite, past_be=True)
    return singular or disagrees(found, finite, past_be=True)


def _lead_word(word: Token) -> bool:
    """A word that may qualify the clause or phrase after it: "And because ...", "Especially if ...", or a
    negation ("Not until ...", "Not least because ..."); not one before an infinitive, which makes connectives
    that published copy uses as sentences ("Not to mention the cost.")."""
    negation = word.dep_ == "neg" and word.i + 1 < len(word.doc) and word.nbor().tag_ != "TO"
    return word.lower_ in LEAD_WORDS or negation


def _rate_unit(word: Token) -> Token | None:
    """The unit of time of the rate ``word`` counts, an adverb and no subordinator ("Once a year the festival ...",
    "Twice every month the bus ..."), or None: a unit of time (WordNet noun.time) after a determiner that counts per
    unit ("Once the day of the vote arrives" is a clause), with no verb after it, which a clause with that unit for
    its subject would have ("Once a week has passed, ...")."""
    doc, end = word.doc, word.sent.end
    det = word.i + 1
    if det >= end or doc[det].lower_ not in PER_UNIT_DETERMINERS:
        return None
    unit = next((t for t in doc[det + 1 : end] if t.tag_ not in ("CD", "JJ")), None)
    if unit is None or unit.tag_ not in ("NN", "NNS") or not in_class(noun_lemma(unit), "noun.time"):
        return None
    after = doc[unit.i + 1] if unit.i + 1 < end else None
    return unit if after is None or after.tag_ not in VERB_TAGS and after.dep_ not in AUX_DEPS else None


def _past_lead_words(tokens: list[Token]) -> int:
    """Where ``tokens`` go on after their lead words ("And because ...", "Not until ..."), keeping the last word."""
    k = 0
    while k < len(tokens) - 1 and _lead_word(tokens[k]):
        k += 1
    return k


def _singled_out(word: Token) -> bool:
    """Whether a particularizer is among the lead words of the sentence of ``word`` ("Especially the ...")."""
    tokens = list(word.doc[word.sent.start : word.i + 1])
    return any(t.lower_ in PARTICULARIZERS for t in tokens[: _past_lead_words(tokens)])


def _phrase_of(noun: Token) -> Iterator[Token]:
    """The words of the noun phrase ``noun`` heads, through its prepositions and conjuncts."""
    for child in noun.children:
        yield child
        if child.dep_ in ("prep", "pobj", "conj"):
            yield from _phrase_of(child)


def _finite_group(verb: Token) -> bool:
    return _finite(verb) or any(_finite(c) for c in verb.children if c.dep_ in AUX_DEPS)


def _subordinator_at(
    tokens: list[Token], j: int, subordinators: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    first = tokens[j].lower_ if j < len(tokens) else None  # a phrase's first word, compared before the rest
    return next(
        (p for p in subordinators if (not p or p[0] == first) and [t.lower_ for t in tokens[j : j + len(p)]] == list(p)),
        None,
    )


def _finite(word: Token) -> bool:
    return word.tag_ in FINITE_TAGS or word.lower_ in CONTRACTED_VERBS and not _possessive(word)


def _subject_of_later_verb(word: Token) -> bool:
    """Whether the parser made ``word``, which opens its phrase, the subject of a verb after it: a noun, whatever
    its tag ("... that if the talks fail, work/VBP at all three plants will halt"). Not after a noun, which may be
    its own subject ("When the dam spills/VBZ, silt ... clog")."""
    if word.dep_ not in ("nsubj", "nsubjpass") or word.head.i < word.i or word.head.tag_ not in VERB_TAGS:
        return False
    return word.left_edge.i == word.i and (word.i == 0 or word.doc[word.i - 1].tag_ not in NOUN_TAGS)


def _listed_after_subject(verb: Token) -> bool:
    """Whether ``verb`` follows the subject the parser gave it, or the noun it hung it on, across one comma, in a list
    of noun phrases that the sentence opens with: one comma never parts a subject from its verb, so it is a noun
    ("Heavy rain, winds/VBZ up to 90 mph and a storm surge ...", "Limits on donations, rules/VBZ on advertising and
    penalties ..."), or a past form after the last coordinator of such a list (see ``_modifier_after_coordinator``)."""
    doc = verb.doc
    if _modifier_after_coordinator(verb):
        return True
    found = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if found is None and verb.dep_ in ("conj", "appos") and verb.head.tag_ in NOUN_TAGS:
        found = verb.head
    if found is None or verb.i < 2 or doc[verb.i - 1].text != "," or found.right_edge.i != verb.i - 2:
        return False
    opening = doc[verb.sent.start : found.left_edge.i]
    if any(not _lead_word(t) for t in opening) or any(t.text == "," for t in doc[found.left_edge.i : verb.i - 1]):
        return False  # not after an opening phrase or clause, nor a subject with an insertion ("Smith, 45, said")
    return any(t.lower_ in COORDINATORS for t in doc[verb.i + 1 : verb.sent.end])


def _modifier_after_coordinator(verb: Token) -> bool:
    """Whether ``verb`` is a past form right after the coordinator, and any adverbs, that opens the last item of a list
    of noun phrases with no finite verb before it, before a noun: the participle that describes that noun, since a
    verb after a coordinator is joined to an earlier one ("Heaps of scrap, old tyres and illegally dumped/VBD
    fridges.", "A warehouse full of paint and recently delivered/VBD furniture."); not "... and quickly sold them"
    after a verb."""
    doc, start = verb.doc, verb.sent.start
    if verb.tag_ not in ("VBD", "VBN") or verb.i + 1 >= verb.sent.end or doc[verb.i + 1].tag_ not in NOUN_TAGS:
        return False
    k = verb.i - 1
    while k > start and doc[k].tag_ == "RB":
        k -= 1
    if doc[k].lower_ not in COORDINATORS or k - 1 <= start or doc[k - 1].tag_ not in NOUN_TAGS:
        return False
    return not any(t.tag_ in FINITE_TAGS or t.dep_ in AUX_DEPS for t in doc[start:k])


def _possessive(word: Token) -> bool:
    """A possessive "’s", by its parse or by its tag after a noun, where the parser hung it as a verb ("the
    team’s starting tackles"); not "Here’s", "It’s"."""
    after_noun = word.tag_ == "POS" and word.i > 0 and word.doc[word.i - 1].tag_ in NOUN_TAGS
    return word.dep_ in ("case", "poss") or after_noun


def _inverted(verb: Token, auxiliaries: list[Token]) -> bool:
    """A subject after the verb: "Also arrested was the driver.", "Gone are the days when ..."."""
    if _first_word(verb):
        return False
    after = (c for w in (verb, *auxiliaries) for c in w.children if c.i > verb.i)
    return any(c.dep_ in ("attr", "nsubj", "nsubjpass") for c in after)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ not in WH_TAGS for c in verb.children)


def _has_subject(verb: Token) -> bool:
    """Whether ``verb`` (or its auxiliary, where the parser may hang it) has a subject."""
    auxiliaries = (c for c in verb.children if c.dep_ in AUX_DEPS)
    return subject(verb) is not None or any(subject(a) is not None for a in auxiliaries)


def _clause_subject(verb: Token) -> bool:
    """Whether a clause is the subject in the sentence of ``verb``: "Who pays for it is unclear."."""
    return any(t.dep_ in ("csubj", "csubjpass") for t in verb.sent)


def _said_in_relative(verb: Token) -> bool:
    """What the verb of a relative clause set off by a comma says, which belongs to it: "Intel, which said it
    would cut 15,000 jobs". Not after a relative clause without a comma, where the parser may take the main verb
    for what it says ("Students who say the rooms are full welcomed ...")."""
    relative = verb.head
    start = relative.left_edge.i
    return verb.dep_ == "ccomp" and relative.dep_ == "relcl" and start > 0 and verb.doc[start - 1].text == ","


def _reported_in_relative(verb: Token) -> bool:
    """What the verb of a relative clause opened by a relative word reports, a clause with a subject of its own that
    ends the sentence: it belongs to that relative clause ("doctors who say they cannot remember their last day off",
    "Residents who fear the plant will poison the air", "homes where staff said they had not been paid"), since a
    main verb would follow it ("Students who say the rooms are full welcomed ...")."""
    relative, doc = verb.head, verb.doc
    if verb.dep_ != "ccomp" or relative.dep_ != "relcl" or relative.i > verb.i or not _own_subject(verb):
        return False
    if not _opened_by_relative_word(relative):
        return False
    between = doc[relative.i : verb.left_edge.i]
    if any(t.text == "," for t in between) or not all(t.is_punct for t in doc[verb.right_edge.i + 1 : verb.sent.end]):
        return False
    return not any(_main_verb_within(t, verb) for t in verb.subtree)


def _opened_by_relative_word(relative: Token) -> bool:
    """Whether the relative clause of ``relative`` opens with a relative word: its subject ("doctors who say ..."),
    a relative adverb ("homes where staff said ...") or a possessive on its subject ("companies whose owners say
    ..."); not a clause without one, which may be the main clause the parser hung on a noun."""
    words = relative.doc[relative.left_edge.i : relative.i]
    opened = any(t.tag_ in WH_TAGS and (t.head.i == relative.i or t.dep_ == "poss") for t in words)
    return opened and not any(map(_verb_after_plural, words))


def _after_whom(subject: Token) -> bool:
    """Whether ``subject``, a clause's subject, follows "whom", which is never one: that clause is a relative one
    whose object "whom" is ("... and whom fans had voted player of the decade")."""
    start = subject.left_edge.i
    return start > subject.sent.start and subject.doc[start - 1].lower_ == "whom"


def _verb_after_plural(word: Token) -> bool:
    """A singular noun that is a verb form in WordNet after a plural noun the parser made its compound: the present
    tense of that plural subject ("where nurses work/NN said ..."), since a plural seldom modifies a noun."""
    plural = any(c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") for c in word.children)
    return word.tag_ == "NN" and plural and verb_lemma(word.lower_) is not None


def _main_verb_within(word: Token, verb: Token) -> bool:
    """A word in the clause of ``verb`` that may be the main verb the parser hung there: a finite verb group other
    than ``verb``'s own outside a relative clause, even one the parser gave a subordinator ("who says he saw the
    lorry swerve has come forward", "who believe they qualify for/mark the program can apply online"), or a bare
    noun in the form of a verb as an object ("who say it will fail point/NN to ...")."""
    if word.tag_ in VERB_TAGS and word.dep_ not in AUX_DEPS and word.i != verb.i:
        return word.dep_ != "relcl" and _finite_group(word)
    modified = any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in word.children)
    return word.dep_ == "dobj" and word.tag_ in ("NN", "NNS") and not modified and verb_lemma(word.lower_) is not None


def _relative_subject(word: Token) -> bool:
    """A relative word after a noun or comma as the subject ("waiting times that now stretch"), a subject with
    "of whom" or "of which" ("some of whom live"), or a noun with the relative word the parser hung on it right
    after it ("A bridge that, engineers warned, had been closed")."""
    previous = word.doc[word.i - 1] if word.i > word.sent.start else None
    # "that" opens no relative clause after a comma: "To us, that means ..." is a demonstrative
    after_comma = previous is not None and previous.text == "," and word.lower_ != "that"
    if word.tag_ in ("WDT", "WP") and previous is not None and (previous.tag_ in NOUN_TAGS or after_comma):
        return True
    return any(
        c.lower_ == "of" and any(g.lower_ in RELATIVES for g in c.children)
        or c.i == word.i + 1 and c.tag_ in ("WDT", "WP") and c.lower_ in GAP_RELATIVES
        for c in word.children
    )


@functools.cache
def _words_of(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in phrase)


def _clause_of(word: Token) -> Token:
    """The nearest verb above ``word`` (or the root): a word the tagger read as a verb, or one the parser gave a
    subject and an auxiliary, whatever its tag ("When conflict does erupt/RB — ... — it is ...")."""
    while word.head.i != word.i and word.head.tag_ not in VERB_TAGS and not _subject_and_auxiliary(word.head):
        word = word.head
    return word.head


def _subject_and_auxiliary(word: Token) -> bool:
    """Whether the parser gave ``word`` both a subject and an auxiliary, as only a verb has."""
    deps = {c.dep_ for c in word.children}
    return not deps.isdisjoint(SUBJECT_DEPS) and not deps.isdisjoint(AUX_DEPS)


def _first_word(word: Token) -> bool:
    """Whether no word (letters or digits) comes before ``word`` in its sentence (read from the sentence's start,
    token by token: the first is most often a word)."""
    doc = word.doc
    return not any(doc[k].is_alpha or doc[k].text.isdigit() for k in range(word.sent.start, word.i))


def _ize_spelling(form: str) -> str:
    """``form`` with a British "-ise"/"-yse" ending spelled "-ize"/"-yze" ("realised" as "realized"), or unchanged."""
    return BRITISH_ENDING.sub(r"\1z\2", form)
