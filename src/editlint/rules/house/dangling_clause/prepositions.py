"""Which words open the phrase: prepositions, compound ones and participles used as prepositions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, sense_in
from editlint.nlp.syntax import (
    AUX_DEPS, NOUN_TAGS, SAYING_CLASSES, SUBJECT_DEPS, SUBJECT_PRONOUNS, VERB_GROUP_TAGS, noun_lemma, verb_lemma,
)
from editlint.rules.house.dangling_clause.common import (
    APPROXIMATORS, BARE_INFINITIVE_VERBS, CIRCUMSTANCE_BY_FIRST_WORD, CIRCUMSTANCE_PREPOSITIONS, CONJUNCTIONS, MEASURES,
    NEGATIONS, NOUN_LED_PREPOSITIONS, PREDICATE_PARTICIPLES, QUANTIFIERS, SET_OFF, STATE_PREPOSITIONS,
    _active_with_object, _opens_phrase, _subject_of_next_tense,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Subordinators of time, a closed class: before a noun and "of" they open a clause, no compound preposition ("after
# news of the deal leaked", "before word of the raid spread"), as "in", "as" or "on" do ("in light of", "as a result of").
TIME_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once"})


def _of_circumstance(phrase: Span) -> bool:
    """Whether a preposition is one of circumstance (see CIRCUMSTANCE_PREPOSITIONS): the whole phrase, its last word
    ("at full capacity with") or a compound that opens at its first word ("in [response to]")."""
    if phrase[-1].lower_ in CIRCUMSTANCE_PREPOSITIONS:
        return True
    if len(phrase) > 1 and phrase.text.lower() in CIRCUMSTANCE_PREPOSITIONS:
        return True
    return _opens_phrase(phrase[0], CIRCUMSTANCE_BY_FIRST_WORD)


def _compound_preposition(sent: Span, i: int) -> bool:
    """Whether the preposition at ``i`` opens a compound one: a singular noun with no article or "the", then "of" or
    "to" ("in light of", "in the wake of", "in response to")."""
    words = sent.doc[i + 1 : min(i + 4, sent.end)]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return len(words) >= 2 and words[0].tag_ == "NN" and words[1].lower_ in ("of", "to")


def _approximates(sent: Span, prep_start: int, prep: Token) -> bool:
    """Whether the preposition is an adverb of amount before a number: "said about 150 police had been deployed",
    "About a fifth of posts were vacant" (a number's "about", "around", "over", "under" or "up to" says how many)."""
    doc = sent.doc
    words = doc[prep_start : prep.i + 1].text.lower()
    if words not in APPROXIMATORS:
        return False
    amount = [t for t in doc[prep.i + 1 : prep.i + 3] if t.lower_ not in ("a", "one")][:1]
    if amount and (amount[0].like_num or amount[0].tag_ in ("CD", "PDT") or amount[0].lower_ in MEASURES):
        return True
    return _ratio(doc[prep.i + 1 : prep.i + 5])


def _ratio(words: Span) -> bool:
    """Whether ``words`` open with a ratio, a number, "in" or "out of", and a number: "one in five", "two out of
    three" ("found that about one in five had ...")."""
    if len(words) < 3 or not words[0].like_num or words[1].lower_ not in ("in", "out"):
        return False
    count = words[3] if words[1].lower_ == "out" and len(words) > 3 and words[2].lower_ == "of" else words[2]
    return count.like_num


def _counts_the_noun(prep: Token) -> bool:
    """Whether a range of two numbers joined by "and" follows the preposition and counts a noun after it: the
    preposition ("between") says how many and its words are a subject ("said between 40 and 60 families had been
    moved"; not "with 40 families had been moved")."""
    doc = prep.doc
    after = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
    if after is None or after.tag_ != "CD" or after.dep_ != "nummod" or after.head.i < after.i:
        return False
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in after.children)
    return joined and any(c.dep_ == "conj" and c.tag_ == "CD" for c in after.children)


# The prepositions that only ever name a time ("during the recess"): a closed class of one ("throughout" also names
# a place, "following" and "ahead of" a rank or a path).
TIME_ONLY_PREPOSITIONS = frozenset({"during"})


def _person_names_no_time(phrase: Span, noun: Token) -> bool:
    """Whether a preposition that only names a time has a person as its noun in that noun's main sense ("during MPs
    were away"): a person is no time, so the phrase modifies no noun before it ("announced the cuts during MPs") and
    its noun is the subject of the tense after it (not "during the Obama administration", a group that rules a time)."""
    if phrase.text.lower() not in TIME_ONLY_PREPOSITIONS or noun.tag_ not in NOUN_TAGS:
        return False
    return in_class(noun_lemma(noun), "noun.person", max_rank=1)


# The tags of a preposition and of a participle used as one (the rule's loop passes over other tokens at once).
PREPOSITION_TAGS = frozenset({"IN", "TO", "VBG", "VBN"})


def _preposition(tok: Token) -> bool:
    """A preposition, or a participle used as one ("following", "including"); not "up to" before a number, nor
    the preposition of an idiom with a superlative that modifies a number ("at least 59 people")."""
    tag = tok.tag_
    if tok.dep_ == "quantmod" or _hyphenated(tok):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.dep_ == "quantmod" and f"{tok.lower_} {after.lower_}" in APPROXIMATORS:
        return False  # the first word of an amount's modifier: "say [up] to a third of the crop has been lost"
    if tag == "IN" and tok.i + 1 < len(tok.doc):
        after = tok.doc[tok.i + 1]
        if after.tag_ in ("RBS", "JJS") and after.dep_ in ("advmod", "quantmod"):
            return False
    if tok.tag_ == "VBG" and any(c.dep_ == "pobj" for c in tok.children):
        return True  # the parser gave it a preposition's object, whatever its label: "Following OSCIT has ..."
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "mark", "dep"):  # "dep": the parser could not tell
        return _participle_preposition(tok)
    # set off after a main clause, its "object" is the subject of a tense after it: ", following his lawyers might
    # seek" (not a gerund subject: "If you agree, doing nothing is not an option.")
    if tok.tag_ == "VBG" and _after_main_clause(tok):
        if any(c.dep_ == "dobj" and _opens_next_clause(c) for c in tok.children):
            return _participle_preposition(tok)
    if _object_opens_next_clause(tok):
        return _participle_preposition(tok)
    if tok.tag_ in ("VBG", "VBN"):  # a participle with an object is a verb: "a statistic showing 72 percent"
        return tok.dep_ == "prep" and not any(c.dep_ == "dobj" for c in tok.children)
    return tok.tag_ in ("IN", "TO")


def _object_opens_next_clause(tok: Token) -> bool:
    """Whether a participle the parser made a preposition or a verb's complement in mid-clause, after a verb group with
    a past form or an auxiliary (a present tense may be a plural the tagger misread: "Rates invoices reflecting the
    increase will"), has an "object" that is the subject of a tense right after it, which has none of its own: "Shares
    slid following the regulator opened an inquiry" (not "kept following the plan the coach had drawn up", whose
    relative clause is the object's)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("prep", "xcomp"):
        return False
    head = tok.head
    if head.tag_ not in ("VBD", "VBN") and not any(c.dep_ in AUX_DEPS for c in head.children):
        return False
    return any(c.dep_ == "dobj" and _opens_next_clause(c) for c in tok.children)


def _opens_next_clause(noun: Token) -> bool:
    """Whether the noun phrase of ``noun`` is the subject of the tense right after it (see _subject_of_next_tense), or
    of a past form after it with an object of its own and no subject, which no passive participle on the noun keeps:
    "following the company reported record profits" (see _active_with_object)."""
    if _subject_of_next_tense(noun):
        return True
    doc, after = noun.doc, noun.right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ != "VBD":
        return False
    verb = doc[after]
    if any(c.dep_ in SUBJECT_DEPS and c.i != noun.head.i for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and _active_with_object(verb, obj, noun, retained=False)


def _hyphenated(tok: Token) -> bool:
    """Whether a hyphen follows the word with no space: the first part of a compound ("by-elections", "in-laws")."""
    doc, end = tok.doc, tok.idx + len(tok.text)
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 1].idx == end


def _participle_preposition(tok: Token) -> bool:
    """A participle used as a preposition ("following", "concerning") that the parser made the verb of the
    clause after it ("benched them following they lost"): the clause's subject comes right after it, and the
    verb takes no clause (no "that" frame in WordNet, not a verb of saying or thinking) nor an object and an
    infinitive ("helping clinics find staff")."""
    # "they" is no object ("following they also lost"), nor a noun before a tense with no subject of its own: "his
    # lawyers" in "following his lawyers might seek"
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in SUBJECT_PRONOUNS]
    if any(c.dep_ in AUX_DEPS for c in tok.children) or any(not _opens_next_clause(o) for o in objects):
        return False
    lemma = verb_lemma(tok.lower_)
    frames = ("frame.that-clause", "frame.object-infinitive")  # "saying the plan failed", "helping clinics find"
    if lemma is None or lemma in BARE_INFINITIVE_VERBS or any(sense_in(lemma, f) for f in frames):
        return False
    if any(verb_lemma(form) == lemma for form in PREDICATE_PARTICIPLES):
        return False  # an object and its predicate: "leaving bins uncollected", "keeping schools closed"
    if any(in_class(lemma, c) for c in SAYING_CLASSES):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in SUBJECT_PRONOUNS:
        return True  # "following they lost": no object of the participle
    # the subject of a clause opens right after it, whichever verb the parser hung that clause on
    after = tok.doc[tok.i + 1 : tok.sent.end]
    subjects = [s for s in after if s.dep_ in SUBJECT_DEPS and s.left_edge.i == tok.i + 1 and s.head.i > s.i]
    return bool(subjects or objects)  # the objects left are the subjects of a tense after them


def _after_main_clause(tok: Token) -> bool:
    """Whether ``tok`` follows a comma that closes a main clause, no subordinate one ("If you agree, ...")."""
    doc = tok.doc
    if tok.i < tok.sent.start + 2 or doc[tok.i - 1].text != ",":
        return False
    word = doc[tok.i - 2]
    for node in (word, *word.ancestors):
        if node.i < tok.i and any(c.dep_ == "mark" for c in node.children):
            return False
    return True


_NOMINAL_DEPS = SUBJECT_DEPS | {"dobj", "pobj", "acomp"}  # a subject, an object, a complement of "be"


def _phrase_start(sent: Span, prep: Token) -> int:
    """Where a multi-word preposition ending in ``prep`` starts: "due to", "instead of", "in the wake of".

    An adverb, adjective, participle or preposition right before ``prep`` that opens a phrase ("ahead of",
    "owing to", "because of", "thanks to"), or a preposition with a bare noun object that ``prep`` modifies
    ("in light of", "as a result of"); otherwise ``prep`` alone.
    """
    doc, i = sent.doc, prep.i
    if i == sent.start:
        return i
    word = doc[i - 1]
    # complex prepositions end in "of", "to" or "with" ("in light of", "in the wake of", "in response to", "in line
    # with"; those in "with" name a state with a bare noun: not "adjourned for the recess with", "returned to work
    # with"), not "with spending on"
    if word.dep_ == "pobj" and word.tag_ == "NN" and prep.head.i == word.i and prep.lower_ in ("of", "to", "with"):
        opener = word.head
        between = doc[opener.i + 1 : word.i]
        state = prep.lower_ != "with" or not between and opener.lower_ in STATE_PREPOSITIONS
        before = 0 < word.i - opener.i <= 3  # the compound's first preposition comes before its noun
        time = opener.lower_ in TIME_SUBORDINATORS  # "after news of her death was announced": "after" and its clause
        # a preposition of circumstance takes the noun and its "of" phrase as its own object ("despite the signing of
        # the winger completed in January", "with the help of volunteers"): its noun may carry the participle
        own = opener.lower_ in CIRCUMSTANCE_PREPOSITIONS
        modified = all(t.tag_ in ("DT", "JJ") for t in between)
        if opener.tag_ == "IN" and before and state and not (time or own) and modified:
            return opener.i
        return i
    # compound prepositions end in a plain one: "ahead of", "due to", "apart from", "along with"
    leading = word.tag_ in ("RB", "JJ", "IN", "VBG") or word.lower_ in NOUN_LED_PREPOSITIONS
    if not leading or prep.lower_ not in ("of", "to", "from", "with"):
        return i  # (the cheap test first: most words before a preposition lead none)
    opens = word.i == sent.start or doc[word.i - 1].text in SET_OFF or doc[word.i - 1].tag_ in VERB_GROUP_TAGS
    # "boarded up the windows ahead of", "started its backup instead of" (the parser may hang either on the other)
    opens = opens or word.tag_ == "RB" and word.i in (prep.head.i, *(c.i for c in prep.children))
    opens = opens or word.dep_ == "prep" and prep.dep_ == "pcomp" and prep.head.i == word.i  # "moved indoors due to"
    opens = opens or word.lower_ in NOUN_LED_PREPOSITIONS and word.dep_ != "dobj"  # not "gave thanks to"
    opens = opens or word.dep_ == "mark"  # a subordinator opens a phrase wherever it stands: "by 30 minutes because of"
    # so does a compound preposition the parser split: "shortened to 140 laps due to" ("due" on "laps")
    opens = opens or f"{word.lower_} {prep.lower_}" in CONJUNCTIONS
    # "many of", "interacting with", "amenable to" (a complement of "be")
    nominal = word.lower_ in QUANTIFIERS or word.dep_ in _NOMINAL_DEPS
    nominal = nominal and word.lower_ not in NOUN_LED_PREPOSITIONS
    has_object = any(c.dep_ == "dobj" for c in word.children)
    if opens and not nominal and word.lower_ not in NEGATIONS and not has_object:
        return word.i
    return i
