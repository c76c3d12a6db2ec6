"""Verb forms: a participle or a past tense, and a verb the tagger read as a noun or a modifier."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, irregular_base, is_irregular_form, is_phrase, seldom_in, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_CLASSES, NOUN_TAGS, PARTITIVES, PROPER_TAGS, SAYING_CLASSES,
    SUBJECT_DEPS, SUBJECT_PRONOUNS, VERB_TAGS, is_people_noun, noun_lemma, verb_class, verb_lemma,
)
from editlint.rules.house.sentence_fragment.common import (
    ARTICLES, COORDINATORS, NOUN_PHRASE_TAGS, OBJECT_DEPS, ORDER_ADJECTIVES, PARTICULARIZERS, RANKING_TAGS, RARE_SHARE,
    SINGULAR_OR_DEMONSTRATIVE, WH_TAGS, _lead_word, _listed_after_subject, _own_subject, _past_lead_words,
)
from editlint.rules.house.sentence_fragment.participle import _after_share

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The tags of a word that may be a finite verb by its form: a past read as a participle or adjective ("held",
# "canceled"), an "-s" form read as a plural noun ("volunteers").
VERB_FORM_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "JJ", "NNS"})
# What opens an insertion after a subject: an apposition, a relative word, a preposition, a participle, or an adverb
# before one ("now long gone", "however").
INSERTION_OPENERS = NOUN_PHRASE_TAGS | WH_TAGS | {"IN", "VBG", "VBN", "RB"}


def _listed_participle(verb: Token) -> bool:
    """An -ed form before a noun that the parser gave a subject set off by one comma ("Broken railings, cracked
    steps and ..."): no single comma parts a subject from its verb, so it is a participle in a list."""
    doc = verb.doc
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if found is None or not verb.lower_.endswith("ed") or verb.tag_ not in ("VBD", "VBN") or verb.i + 1 >= len(doc):
        return False
    last = max((t.i for t in found.subtree if not t.is_punct), default=None)
    if last is None:
        return False  # a subject of punctuation alone: the hyphen the tokenizer split off in "co-operative"
    inside = doc[found.left_edge.i : last]
    ends_noun = doc[last].tag_ in NOUN_TAGS  # a list item, not adjectives in a row ("logical, versioned URI")
    split = ends_noun and last + 2 == verb.i and doc[last + 1].text == "," and not any(t.text == "," for t in inside)
    return split and doc[verb.i + 1].tag_ in NOUN_TAGS | ADJECTIVE_TAGS


def _absolute_after_noun_phrase(verb: Token) -> bool:
    """A past form with no auxiliary, without the object its verb often takes, whose subject is a word for a part
    ("many", "most", "some") right after the comma that closes the noun phrase the sentence opens with: an absolute
    phrase on that noun phrase ("Hundreds of them, many wrapped in sleeping bags against the cold.", "Dozens of
    families, most of them forced from their homes."), not the main verb, which would keep its object; not after an
    opening phrase of place or time ("Of the 40 workers, most returned", "Last year, many moved away")."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in AUX_DEPS for c in verb.children):
        return False
    doc, start = verb.doc, verb.sent.start
    part = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.lower_ in PARTITIVES), None)
    if part is None or part.i - 1 <= start or doc[part.i - 1].text != "," or not _object_left_out(verb):
        return False
    opening = doc[start : part.i - 1]
    last = opening[-1]
    noun_phrase = all(t.tag_ in NOUN_PHRASE_TAGS | {"IN", "PRP"} for t in opening) and opening[0].tag_ != "IN"
    return noun_phrase and last.tag_ in NOUN_TAGS | {"PRP"} and not in_class(noun_lemma(last), "noun.time")


def _singled_out_participle(verb: Token) -> bool:
    """A past form with no auxiliary and no object on the noun phrase that opens right after a particularizer
    opening the sentence ("Especially the cottages, barns and stables damaged in the storm."): a participle on the
    nouns singled out, as "Especially the blocks built along the canal" is, if its verb often takes an object; where
    the parser made that phrase its subject, if its verb seldom goes without one ("Particularly the peas and beans
    packed/VBD at the plant"), since the sentence's past tense would keep it ("Especially the farmers sold their
    crops early", not "Especially the huts suffered in the storm")."""
    start = verb.sent.start
    if verb.doc[start].lower_ not in PARTICULARIZERS or any(c.dep_ in AUX_DEPS for c in verb.children):
        return False
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if found is None and verb.dep_ == "acl" and _object_left_out(verb):
        found = verb.head  # on the last noun of a list: "the cottages, barns and stables damaged"
        while found.dep_ == "conj" and found.head.i < found.i:
            found = found.head
    elif found is not None and not _object_missing(verb):
        return False
    if found is None:
        return False
    return found.left_edge.i == start + _past_lead_words(list(verb.doc[start : found.left_edge.i + 1]))


def _participle_after_comma(verb: Token) -> bool:
    """A past form with no auxiliary after the one comma (and any adverbs) that follows the noun phrase the
    sentence opens with: a participle describing that noun ("The bill, passed by the Senate last week.", "A small,
    fast-moving asteroid roughly 40 meters across, now expected to pass ..."), since one comma never parts a subject
    from its verb; an insertion has two ("His manager, Jon Park, interjected ..."). Commas between adjectives
    before the noun ("a small, fast-moving asteroid") and a participle on the noun ("a bus built in Poland") are
    part of the noun phrase."""
    doc, start = verb.doc, verb.sent.start
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    k = verb.i - 1
    while k > start + 1 and doc[k].tag_ == "RB":
        k -= 1  # "now expected", "long used"
    if k - 1 <= start or doc[k].text != ",":
        return False
    before = doc[start:k]
    if any(_clause_word(t) for t in before):
        return False  # a clause or phrase of its own before the comma: "In March, ...", "As prices rose, ..."
    last = before[-1]
    measured = last.tag_ in ("JJ", "RB") and len(before) > 1 and before[-2].tag_ in ("NNS", "NN")  # "40 meters across"
    return (last.tag_ in NOUN_TAGS or measured) and not any(c.dep_ in AUX_DEPS for c in verb.children)


def _clause_word(word: Token) -> bool:
    """A word that makes the words before a comma more than a noun phrase: a comma other than one between
    adjectives, a verb other than a participle in or on the noun, or a question or relative word."""
    if word.text == ",":
        return not (word.nbor(-1).tag_ in ADJECTIVE_TAGS and word.nbor().tag_ in ADJECTIVE_TAGS | {"RB", "NN", "VBN", "VBG"})
    participle = word.dep_ == "amod" or word.tag_ in ("VBN", "VBG") and word.dep_ == "acl"
    return word.tag_ in VERB_TAGS and not participle or word.tag_ in WH_TAGS


def _participle_in_list(verb: Token) -> bool:
    """An -ed form that opens an item of a list of noun phrases, after a comma or a coordinator and before its
    noun, like the item before it: a participle, whatever its tag ("cracked pavements, flooded underpasses and
    broken lights"), not a verb ("Crews cleared roads, restored power and ...", where a verb opens the item)."""
    doc, start = verb.doc, verb.sent.start
    if verb.tag_ not in ("VBD", "VBN", "JJ") or not verb.lower_.endswith("ed") or not start + 2 < verb.i < len(doc) - 1:
        return False
    before = doc[verb.i - 1]
    if not (before.text == "," or before.lower_ in COORDINATORS) or doc[verb.i + 1].tag_ not in NOUN_TAGS:
        return False
    k = before.i - 1
    while k > start and doc[k - 1].tag_ in NOUN_TAGS:
        k -= 1  # back over the nouns of the item before: "fire exits"
    if doc[before.i - 1].tag_ not in NOUN_TAGS or k <= start:
        return False
    modifier, opener = doc[k - 1], doc[k - 2] if k - 2 >= start else None
    opens_item = opener is None or opener.text == "," or opener.tag_ in ("CC", "IN", "RB", "VBG")
    return modifier.tag_ in ("JJ", "VBN", "VBD", "VBG") and opens_item


def _verb_as_noun(word: Token) -> bool:
    """A noun that is a verb form in WordNet, with a subject or a particle, or after a noun and before what may
    be its object: a present tense the tagger missed ("The agency details more than 30 goals", "A couple on
    the site claim that ...")."""
    doc = word.doc
    if word.tag_ not in ("NN", "NNS") or word.i == 0 or word.i + 1 >= len(doc) or verb_lemma(word.lower_) is None:
        return False
    if any(c.dep_ in ("nsubj", "prt") for c in word.children) and not _listed_after_subject(word):
        # the parser gave it a subject or a particle: "The chief, who ..., steps down"; not right after an article
        # with a share of a group for its subject: only a noun follows an article ("Most of it a list of ..."; where
        # the subject is a noun phrase, the parse has gone wrong elsewhere: "The board adopted by a vote a plan")
        return doc[word.i - 1].lower_ not in ARTICLES or not _after_share(word)
    if word.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in SINGULAR_OR_DEMONSTRATIVE for c in word.children):
        return True  # a singular determiner cannot go with a plural: "This new proposal invests in ..."
    after = doc[word.i + 1]
    objects = ("DT", "PDT", "PRP", "PRP$") if word.tag_ == "NN" else ("DT", "PRP$", "CD", "TO", "VBG", "JJ", "JJR", "RB", "RBR")
    # "claim that ...", not the relative "a figure that", nor "that" opening a relative clause the parser hung on it
    complement = after.lower_ == "that" and after.tag_ == "IN" and not any(c.dep_ == "relcl" for c in word.children)
    subject_pronoun = after.lower_ in SUBJECT_PRONOUNS  # no object: "The pickup truck she was driving"
    return (after.tag_ in objects and not subject_pronoun or complement) and _noun_before(doc[word.i - 1])


def _noun_before(word: Token) -> bool:
    """Whether ``word`` may end the noun phrase before a verb: a noun, a possessive, or an -ing form after a
    determiner, which is a noun ("The ruling voids a contract ...", "The filing lists ...")."""
    gerund = word.tag_ == "VBG" and word.i > 0 and word.doc[word.i - 1].tag_ in ("DT", "PRP$", "POS")
    return word.tag_ in NOUN_TAGS | {"POS", "VBD"} or gerund


def _coordinated_participle(verb: Token) -> bool:
    """A past form joined to a participle with no subject of its own: the same participle ("Stolen from a
    library and never recovered")."""
    return verb.tag_ == "VBD" and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not _own_subject(verb)


def _joined_to_participle(verb: Token) -> bool:
    """A past form on a noun, without an object, joined to a participle with no subject or auxiliary of its own that
    has its agent or lacks the object its verb needs: the same participle, since "and" joins like forms ("A law
    passed in haste and never tested in court.", "A scheme first proposed in 1998 and shelved by three
    governments."); not "The bill passed the Senate and was signed ...", whose second verb has an auxiliary."""
    if verb.dep_ != "acl" or verb.head.tag_ not in NOUN_TAGS or not _past_without_object(verb):
        return False
    return any(_bare_passive(c) for c in verb.children if c.dep_ == "conj")


def _bare_passive(verb: Token) -> bool:
    """A participle with no subject or auxiliary that has its agent or lacks the object its verb needs."""
    if verb.tag_ != "VBN" or _own_subject(verb) or any(c.dep_ in AUX_DEPS for c in verb.children):
        return False
    return any(c.dep_ == "agent" for c in verb.children) or _object_missing(verb)


def _past_before_object(word: Token) -> bool:
    """A regular past form with no auxiliary before what may be its object, whatever its tag."""
    doc = word.doc
    if word.tag_ not in ("VBD", "VBN", "JJ") or not word.lower_.endswith("ed"):
        return False
    bare = not any(c.dep_ in AUX_DEPS for c in word.children)
    return bare and word.i + 1 < len(doc) and doc[word.i + 1].tag_ in NOUN_TAGS | {"DT", "PRP", "PRP$", "CD"}


def _object_missing(verb: Token) -> bool:
    """A past form or participle without an object, of a verb that WordNet seldom uses without one: a
    participle on a noun ("the sentence handed down to him", "a satellite launched from Norway"), since a past
    tense of that verb would have its object ("The court handed down a sentence")."""
    return _past_without_object(verb) and _seldom_alone(verb)


def _object_left_out(verb: Token) -> bool:
    """A past form or participle without an object, of a verb that WordNet often uses with one ("approved", "built";
    see ``_seldom_with_object``): weaker than ``_object_missing``, for where a participle is likely."""
    return _past_without_object(verb) and not _seldom_with_object(verb)


def _past_without_object(verb: Token) -> bool:
    # (not "to" or "for" read as an indirect object: "given to an officer")
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in OBJECT_DEPS and c.tag_ != "IN" for c in verb.children)


def _complement_without_object(verb: Token) -> bool:
    """A past form with no auxiliary and a complement that says what its object is, but no object, of a verb that
    seldom goes without one: a participle ("found dead", "declared missing", "found safe"), since its past tense
    would have the object ("Police found him dead"); not "Shares closed higher", "Staff reported sick"."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in AUX_DEPS for c in verb.children):
        return False
    complement = any(c.dep_ in ("oprd", "xcomp", "acomp") and c.tag_ in ("JJ", "VBG", "VBN") for c in verb.children)
    objects = any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children)
    return complement and not objects and _seldom_alone(verb)


def _seldom_alone(verb: Token) -> bool:
    """Whether WordNet's senses of ``verb`` (with its particle) take an object and seldom go without one."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None:
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None and sense_in(f"{lemma} {particle}", "frame.object"):
        lemma = f"{lemma} {particle}"  # "hand down", "carry out"
    return seldom_in(lemma, "frame.no-object", RARE_SHARE) and sense_in(lemma, "frame.object") is not None


def _seldom_with_object(verb: Token) -> bool:
    """Whether WordNet's senses of ``verb`` seldom take an object ("arrive", "linger"; see ``_seldom_alone``)."""
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and seldom_in(lemma, "frame.object", RARE_SHARE)


def _record_participle(verb: Token) -> bool:
    """A verb without the object it needs on a noun ranked by a superlative: a participle telling how the record
    was set ("The harshest penalty ever imposed on a club", "the first satellite launched from Norway"), not the
    sentence's past tense, which would have its object."""
    return verb.dep_ == "acl" and _superlative(verb.head) and _object_missing(verb)


def _on_opening_object(verb: Token) -> bool:
    """A verb form on a noun that is the object of the preposition the sentence opens with, or joined to it: a
    participle, since no object of a preposition is a subject ("Such as the roads damaged in the floods.",
    "Including the bridges closed after the earthquake.")."""
    noun = verb.head
    while noun.dep_ in ("conj", "appos") and noun.head.i < noun.i:
        noun = noun.head
    preposition, start = noun.head, verb.sent.start
    if noun.dep_ != "pobj" or preposition.tag_ != "IN" or verb.dep_ not in ("acl", "amod"):
        return False
    return all(t.tag_ in ("IN", "JJ", "RB") for t in verb.doc[start : preposition.i])  # "Such as", "Except for"


def _superlative(noun: Token) -> bool:
    """A noun with a superlative or an adjective of order before it: "the harshest penalty", "the most detailed
    map", "the first satellite", "the only medal" (a record, which news copy follows with how it was set)."""
    return any(c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.lower_ in ORDER_ADJECTIVES) for c in noun.children)


def _participle_only(verb: Token) -> bool:
    """An irregular past participle in "-en", "-wn" or "-rn", which no past tense shares, so no main verb
    without an auxiliary: "given", "taken", "shown", "sworn" (not "began", "won")."""
    return verb.lower_.endswith(("en", "wn", "rn")) and irregular_base(verb.lower_) is not None


def _finite_read_as_noun(word: Token) -> bool:
    """A finite verb the tagger read as a noun, in the form that agrees with the noun phrase before it and before
    what may open its complement, where a noun would take "of" or the other number: a base form after a plural
    noun phrase, names joined by "and" or a number ("water resources amount to ...", "residents under 35 spend on
    ...", "69 fall within ...", "The United States and CARICOM concur on ..."), an "-s" form after one name or
    acronym ("This announcement by Panasonic builds on ...", "The IMF forecasts growth of ..."), an irregular past
    after a name ("Mr. DaSilva oversaw moorings")."""
    doc = word.doc
    if word.tag_ not in ("NN", "NNS") or word.i == word.sent.start or word.i + 1 >= word.sent.end:
        return False
    after, before, lemma = doc[word.i + 1], doc[word.i - 1], verb_lemma(word.lower_)
    if lemma is None or after.lower_ == "of" or is_phrase(before.text, word.text):
        return False  # "of" follows nouns ("a storm surge of three metres"); a compound noun: "sales tax", "arms race"
    # a plural seldom modifies a noun after it, so a noun there is its object: "The IMF forecasts growth of ..."
    complement = after.tag_ in ("IN", "TO", "RB", "DT", "PRP", "PRP$", "CD", "JJ", "NN", "NNS")
    if word.tag_ == "NN" and irregular_base(word.lower_) == lemma != word.lower_:  # a past: "oversaw", "undertook"
        objects = after.tag_ in ("DT", "PRP", "PRP$", "CD", "JJ", "NN", "NNS")  # not "The Stihl saw for loggers"
        return objects and not _participle_only(word) and _one_name(before)
    if word.tag_ == "NN":
        adverbial = after.tag_ in ("IN", "TO", "RB") or _time_measure(after)
        return lemma == word.lower_ and adverbial and _plural_phrase(before)
    return lemma != word.lower_ and complement and (_one_name(before) or _after_singular_subject(word))


def _after_singular_subject(word: Token) -> bool:
    """Whether ``word`` follows a singular common noun that ends the noun phrase the sentence opens with, a
    determiner first: the "-s" form agrees with it ("The new strategy centres on ...", "The town council twins
    with ...", "The local authority ring-fences part of ..."), so the tagger's plural may be that verb. Right after
    the determiner, a noun of WordNet's may be read as an adjective ("The novel/JJ centers on", "The fair/JJ runs")."""
    doc, start, k = word.doc, word.sent.start, word.i - 1
    if doc[k].tag_ == "HYPH" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        k -= 2  # past the first part of a hyphenated verb: "ring-fences", "fast-tracks"
    if k <= start or doc[start].tag_ not in ("DT", "PRP$"):
        return False
    if is_phrase(doc[k].lower_, verb_lemma(word.lower_) or word.lower_):
        return False  # a compound noun WordNet lists, by its singular: "The new bus services to the airport."
    if doc[k].tag_ == "JJ" and k == start + 1:
        return any(sense_in(doc[k].lower_, name) for name in NOUN_CLASSES)
    if doc[k].tag_ != "NN":
        return False
    # not a noun phrase a superlative ranks, the record a fragment often names ("The biggest job cuts in its
    # history."), nor one a comparative opens ("The brighter the street lights along the towpath.")
    ranked = any(t.tag_ in RANKING_TAGS or t.lower_ in ORDER_ADJECTIVES for t in doc[start:k])
    return not ranked and all(t.tag_ in NOUN_PHRASE_TAGS for t in doc[start:k])


def _time_measure(word: Token) -> bool:
    """Whether ``word`` opens a measure of time that modifies a verb, no object: "each year", "every week"."""
    head = word.head
    return word.dep_ == "det" and head.dep_ == "npadvmod" and in_class(noun_lemma(head), "noun.time")


def _one_name(noun: Token) -> bool:
    """Whether ``noun`` is one name or acronym with nothing before it but "the", opening the sentence or following
    a comma or a preposition other than "of" ("Panasonic", "The IMF", "by Panasonic"); not a name that modifies a
    noun after it, as one with an adjective, a number or "of" before it does ("Fresh EU sanctions", "a string of
    Tesla recalls"), nor names joined by "and"."""
    if noun.tag_ != "NNP":
        return False
    doc, k = noun.doc, noun.i
    while k > noun.sent.start and doc[k - 1].tag_ == "NNP":
        k -= 1
    if k > noun.sent.start and doc[k - 1].lower_ == "the":
        k -= 1
    before = doc[k - 1] if k > noun.sent.start else None
    return before is None or before.text == "," or before.tag_ == "IN" and before.lower_ != "of"


def _plural_phrase(noun: Token) -> bool:
    """Whether ``noun`` ends a plural noun phrase: a plural (not after a singular determiner, as in "a jobs
    plan"), an irregular one ("larvae"), names joined by "and" at the start of the sentence ("The United States
    and CARICOM"), or a number that is neither a year nor within a phrase ("69", not "the 2024 vote")."""
    doc, start = noun.doc, noun.sent.start
    k = noun.i
    while k > start and doc[k - 1].tag_ in NOUN_PHRASE_TAGS:
        k -= 1
    opener = doc[k].lower_
    if noun.tag_ == "CD":  # a number alone, not one measuring a noun: "a $1.2 million gap"
        return k == noun.i and not (len(noun.text) == 4 and noun.text.isdigit()) and not _preposition_before(noun)
    if noun.tag_ == "NNP" and k > start and doc[k - 1].lower_ == "and":
        return _opening_names(doc[start : k - 1])  # not after "between": "a deal between Spain and Portugal"
    plural = noun.tag_ in ("NNS", "NNPS") or noun.tag_ in NOUN_TAGS | ADJECTIVE_TAGS and is_irregular_form(noun.lower_)
    return plural and opener not in SINGULAR_OR_DEMONSTRATIVE


def _preposition_before(number: Token) -> bool:
    """Whether the sentence opens with a preposition right before ``number``, or before the adverbs that qualify it:
    a number there is its object, no subject ("Along with about 250 staff from ..."); not one in a subject's phrase
    ("residents under 35 spend ...")."""
    doc, start, k = number.doc, number.sent.start, number.i - 1
    while k > start and (doc[k].tag_ in ("RB", "JJR") or doc[k].lower_ == "than"):
        k -= 1  # "about", "nearly", "more than"
    if doc[k].tag_ != "IN" or doc[k].lower_ == "than":
        return False
    while k > start and doc[k - 1].tag_ in ("IN", "RB"):
        k -= 1  # "Along with", "Together with"
    return k == start


def _opening_names(words: Span) -> bool:
    """Whether ``words`` are a noun phrase ending in a name that opens the sentence: "The United States"."""
    return len(words) > 0 and words[-1].tag_ in PROPER_TAGS and all(t.tag_ in NOUN_PHRASE_TAGS for t in words)


def _communication_read_as_modifier(verb: Token) -> bool:
    """A regular past of saying read as a participle before a person whose "that" clause (with a subject of its
    own) the parser hung on that noun: the clause is the verb's, as in "warn, tell, assure someone that ..." ("Its
    commissioner-general warned donors in Amman that the funding was not secured")."""
    if verb.dep_ != "amod" or not verb.lower_.endswith("ed") or verb.lower_ not in verb_class(SAYING_CLASSES):
        return False
    noun, before = verb.head, verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if noun.i < verb.i or before is None or before.tag_ in ("DT", "PRP$", "POS", "RB") or not is_people_noun(noun):
        return False  # "the warned donors", "newly informed voters"
    that = (m for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and _own_subject(c) for m in c.children)
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in that)


def _clause_or_verb_before(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words before ``word`` since the last comma hold a subordinator, a relative or question word,
    a verb or "to": the noun before ``word`` is then no main clause's subject ("When the eggs hatch ...",
    "Reducing crashes at the curve near ...")."""
    for tok in reversed(word.doc[word.sent.start : word.i]):
        if tok.text == ",":
            return False
        if tok.dep_ == "quantmod":
            continue  # a word that measures a number, no infinitive's "to": "Up to 300 work at ..."
        if tok.tag_ in WH_TAGS | VERB_TAGS | {"TO"} or tok.dep_ == "mark" or (tok.lower_,) in subordinators:
            return True
    return False


def _verb_after_insertion(verb: Token) -> bool:
    """A verb form right after the comma that closes an insertion set in commas ("including ...", "like ...", an
    age, an apposition, a participle or a relative clause) after the noun phrase the sentence opens with: the
    place of that noun phrase's verb, whatever its tag ("Several districts, including Harris, Fort Bend and
    Brazoria, canceled classes Monday", "The yield on the note, which sets mortgage rates, held at 4.12%", "Jean
    Okafor, 29, who ..., volunteers in ..."); not a participle with its agent ("The museum, which opened in 1932,
    damaged by the storm"), nor an item of a list, whose words before the first comma would not be a plain noun
    phrase."""
    doc = verb.doc
    if verb.tag_ not in VERB_FORM_TAGS or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    start = verb.sent.start
    if verb.i + 1 >= verb.sent.end or not _verb_form(verb):
        return False
    while start < verb.i - 1 and _lead_word(doc[start]):
        start += 1  # "But Strathdearn, roared on by a home crowd, levelled ..."
    first = next(t.i for t in doc[start : verb.i] if t.text == ",")
    opening = doc[start:first]
    if first == verb.i - 1 or first == start or not _subject_before_insertion(opening):
        return False  # a clause before the comma: "As prices rose, ...", "A roster that the staff, ..."
    inserted = doc[first + 1 : verb.i - 1]
    relative = next((t.i for t in inserted if t.tag_ in WH_TAGS), verb.i)  # its verbs are the relative clause's
    if inserted[0].tag_ not in INSERTION_OPENERS or any(
        t.tag_ in FINITE_TAGS for t in inserted if t.i < relative
    ):
        return False
    return not _has_agent(verb)


def _subject_before_insertion(opening) -> bool:
    """Whether ``opening``, the words before the comma that opens an insertion, are a noun phrase that may be the
    subject of the verb after it: the words of a noun phrase and its prepositional phrases (an adverb too before the
    participle or adjective it qualifies: "Locally acquired cases, ..."), after an opening prepositional phrase from
    the determiner that starts a new phrase on ("In the 1960s its hotel, now long gone, hosted ..."); not a
    prepositional phrase alone ("In Durban, a port city ..."), whose apposition has no verb."""
    if opening[-1].tag_ not in NOUN_TAGS:
        return False
    start = _phrase_after_preposition(opening) if opening[0].tag_ == "IN" else 0
    return start is not None and all(map(_subject_word, opening[start:]))


def _phrase_after_preposition(opening) -> int | None:
    """Where a noun phrase starts after the prepositional phrase ``opening`` starts with: at a determiner right after
    the preposition's noun ("In the 1960s its hotel"), or None."""
    return next(
        (k for k in range(2, len(opening)) if opening[k].tag_ in ("DT", "PRP$") and opening[k - 1].tag_ in NOUN_TAGS | {"CD"}),
        None,
    )


def _subject_word(word: Token) -> bool:
    """A word of a noun phrase and its prepositional phrases, or an adverb before the participle or adjective that it
    qualifies ("locally acquired", "newly built")."""
    if word.tag_ in NOUN_PHRASE_TAGS or word.tag_ in ("IN", "HYPH") and word.lower_ != "that":
        return True
    after = word.doc[word.i + 1]
    modifier = word.tag_ == "VBN" and word.dep_ == "amod"
    return modifier or word.tag_ == "RB" and after.tag_ in ("VBN", "JJ") and after.dep_ == "amod"


def _has_agent(verb: Token) -> bool:
    """Whether a participle has its agent, "by" and who acts ("a port built by the Dutch")."""
    return any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children)


def _verb_form(word: Token) -> bool:
    """Whether ``word`` has the form of a finite verb, whatever its tag, before what may follow one: a past form
    ("canceled", "held"), a present tense, or an "-s" form read as a plural noun before a preposition, determiner or
    adverb ("volunteers in ..."), or joined to another "-s" form ("tests and certifies pearls")."""
    after = word.doc[word.i + 1]
    if after.lower_ == "of" or after.is_punct or any(c.dep_ in AUX_DEPS for c in word.children):
        return False
    if word.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if word.tag_ in ("VBN", "JJ"):
        return word.lower_.endswith("ed") or irregular_base(word.lower_) is not None and not _participle_only(word)
    lemma = verb_lemma(word.lower_) if word.tag_ == "NNS" else None
    if lemma is None or lemma == word.lower_:
        return False
    joined = after.lower_ in COORDINATORS and word.i + 2 < word.sent.end and _s_form(word.doc[word.i + 2])
    return joined or after.tag_ in ("IN", "DT", "RB", "PRP$", "CD", "TO")


def _s_form(word: Token) -> bool:
    """Whether ``word`` is the "-s" form of a verb WordNet knows, whatever its tag ("certifies", "repairs")."""
    lemma = verb_lemma(word.lower_) if word.tag_ in ("NNS", "VBZ") else None
    return lemma is not None and lemma != word.lower_ and word.lower_.endswith("s")


def _object_of_missed_verb(word: Token) -> bool:
    """A direct object on a word the tagger read as no verb (an adverb, a preposition, a particle, a noun): a noun
    phrase with no verb has no object, so its head is the verb the tagger missed ("All of the candidates back/RB the
    plan", "Fans of the club back/RP the manager"); not one on the object of a preposition, a noun whatever its
    parse ("in the wake of the worst flooding the region has seen"), nor inside a hyphenated modifier
    ("round-the-clock care")."""
    head = word.head
    if word.dep_ != "dobj" or head.tag_ in VERB_TAGS or head.dep_ == "pobj":
        return False
    return word.doc[word.i - 1].tag_ != "HYPH"
