"""A main verb the tagger read as a noun or a modifier, found by its place: right after a complete subject.

A word stands in a main verb's place when the words before it are a whole noun phrase that can be a subject (with
its prepositional phrases) and the words after it may be its object; if its form, by morphology and WordNet, can be
a finite verb agreeing with that subject, the sentence may have its main verb ("Bhutan charges most tourists a
fee", "A cyberattack on a claims processor in 2024 disrupted payments", "Dams on the Mekong in China, Laos and
elsewhere trap sediment"). A noun phrase alone has no such word: its nouns follow a determiner, an adjective or a
preposition, or a bare singular noun ("Record profits for ...", "Government plans for ..."), or no object follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, irregular_base, is_phrase, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, FINITE_TAGS, NOUN_TAGS, PROPER_TAGS, SINGULAR_DETERMINERS, SUBJECT_PRONOUNS, noun_lemma, verb_lemma,
)
from editlint.rules.house.sentence_fragment.common import (
    COORDINATORS, HAVE_BE, MEASURE_DEPS, NOUN_PHRASE_TAGS, RARE_SHARE, RELATIVES, SINGULAR_OR_DEMONSTRATIVE, WH_TAGS,
    _ize_spelling, _lead_word, _modifier_after_coordinator, _rate_unit,
)
from editlint.rules.house.sentence_fragment.verb_forms import _participle_only

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What may open a verb's object: "charges most tourists", "disrupted payments", "prompted the police".
OBJECT_STARTS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP"})
# What follows an auxiliary in its verb group: "have opposed", "was shut", "will be".
GROUP_STARTS = frozenset({"VBN", "VBG", "VB", "RB"})
DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP$"})
# Forms of "be" and "have" by the subject they agree with.
SINGULAR_FORMS, PLURAL_FORMS = frozenset({"has", "is", "was"}), frozenset({"have", "are", "were"})
NUMBERED_FORMS = SINGULAR_FORMS | PLURAL_FORMS
# The tags of a word that may be a finite verb the tagger missed: a noun, an adjective, or a verb tag of its own.
FORM_TAGS = frozenset({"NN", "NNS", "JJ", "VB", "VBP", "VBZ", "VBD", "VBN", "MD"})
# What follows a verb used without an object: a preposition or subordinator, an adverb, a particle, "when" or "where".
ALONE_FOLLOWERS = frozenset({"IN", "RB", "RBR", "RP", "WRB"})
# What follows a past used without an object: an adverb or a particle (before a preposition, as often a participle).
PAST_ALONE_FOLLOWERS = frozenset({"RB", "RBR", "RP"})
# Prepositions after a word that make it a noun ("floods of"), a participle with its agent ("flooded by the river"),
# or a verb taking a clause ("says that").
NOT_ALONE = frozenset({"of", "by", "that"})
# Pronouns that are a clause's subject when they open it before its verb: the subject forms and "it" and "you",
# which are also objects elsewhere (a closed class).
OPENING_PRONOUNS = SUBJECT_PRONOUNS | {"it", "you"}
# The subordinators that are prepositions too ("As mayor, she ...", "After the vote, ..."): a closed class of English.
PREPOSITION_SUBORDINATORS = frozenset({"as", "after", "before", "since", "until", "till"})


def _verb_after_subject(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``word`` may be the main verb, whatever the parse: a finite form agreeing with the complete subject
    right before it, before what may be its object, or with none after it (see ``_used_alone`` and
    ``_present_after_adverb``). The subject opens
    the sentence (after "But", "And"), or follows the last comma of an opening prepositional phrase and its
    apposition ("In Tatalon, a neighborhood that floods often, residents expressed mixed views")."""
    agreement = _finite_form(word)
    if agreement is None or word.i == word.sent.start:
        return False
    if not (_object_follows(word) or _used_alone(word) or _present_after_adverb(word)):
        return False
    start = _subject_start(word, subordinators)
    bare = _clause_follows(word, subordinators)
    # a base form with no object after it agrees only with a plural, so a bare singular noun right before it ends
    # the subject, no compound's first part: "Exports of rice fall/NN for a second month" (not "over car number
    # plates", where "number" would have an object)
    last = agreement == "plural" and not _object_follows(word)
    return start is not None and _agrees(agreement, word.doc[start : word.i], subordinators, bare, last)


def _past_after_opening_phrase(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``word`` is a past form, of a verb WordNet also uses without an object, before a preposition, right
    after a whole subject that follows the comma closing the phrase or clause the sentence opens with: the main
    verb's place ("Outside the town hall, a small group of protesters gathered before the meeting", "In the hours
    before the signal was raised, long queues formed at bus stops"). A participle on a noun there would describe an
    apposition to the opening phrase's noun, which is rare; unlike one on the noun a sentence opens with ("The
    houses built on the flood plain in the 1970s.") or with its agent ("In Durban, a port built by the Dutch.")."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < word.sent.end else None
    if after is None or after.tag_ != "IN" or after.lower_ in NOT_ALONE or word.tag_ == "MD" or word.lower_ in HAVE_BE:
        return False
    if _finite_form(word) != "any" or sense_in(verb_lemma(word.lower_), "frame.no-object") is None:
        return False
    subject = _subject_after_opening(word, subordinators)
    return subject is not None and _agrees("any", subject, subordinators)


def _present_closing_after_opening(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``word`` is a present tense by its form, right before the sentence's closing stop, of a verb WordNet
    often uses without an object, agreeing with a whole subject (a bare noun too) that follows the comma closing the
    phrase or clause the sentence opens with: the main clause's verb ("When the harbour freezes, trade stalls/NNS.",
    "During the holidays, the population triples/NNS."); after an opening phrase a noun phrase alone would leave the
    sentence without a clause, and the tagger reads such a word as a plural far more often than a writer means one."""
    doc, agreement = word.doc, _finite_form(word)
    if agreement not in ("singular", "plural") or word.lower_ in HAVE_BE or word.tag_ == "MD":
        return False
    if word.i + 1 >= word.sent.end or not all(t.is_punct and t.text not in ",;:" for t in doc[word.i + 1 : word.sent.end]):
        return False
    lemma = verb_lemma(word.lower_)
    alone = sense_in(lemma, "frame.no-object")
    if alone is None or alone.tagged_share < RARE_SHARE or is_phrase(doc[word.i - 1].text, lemma):
        return False
    if _premodified_noun(doc[word.i - 1]):
        return False  # the head of a phrase whose nouns and adjectives modify it: "the empty market stalls"
    subject = _subject_after_opening(word, subordinators)
    return subject is not None and _agrees(agreement, subject, subordinators, bare=True, last=True)


def _premodified_noun(noun: Token) -> bool:
    """Whether the common noun ``noun`` follows an adjective or another noun, so that it may modify a noun after it in
    one phrase ("new housing plans"), unlike a noun right after its determiner ("the population triples")."""
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    modifier = before is not None and (before.tag_ in NOUN_PHRASE_TAGS - DETERMINER_TAGS or before.dep_ == "amod")
    return noun.tag_ in ("NN", "NNS") and modifier and before.tag_ not in ("POS", "CD")


def _present_after_gerund_object(word: Token) -> bool:
    """Whether ``word``, an "-s" form the parser made a second object of the gerund that opens the sentence, after
    that gerund's own object, is the main verb of the gerund's phrase, before what may be its object: a verb has one
    direct object ("Booking tickets online costs/NNS £2 less", "Storing grain locally saves/NNS farmers a drive")."""
    gerund = word.head
    if word.dep_ != "dobj" or gerund.tag_ != "VBG" or gerund.i != word.sent.start or _finite_form(word) != "singular":
        return False
    earlier = any(c.dep_ == "dobj" and c.i < word.i for c in gerund.children)
    return earlier and _object_follows(word)


def _subject_after_opening(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> Span | None:
    """The words between the comma that closes the phrase or clause the sentence opens with and ``word``, which may be
    the main clause's subject, or None: none such comma, or the last items of a list the opening phrase began ("Like
    e-cigarettes, nicotine pouches, heated tobacco sticks and the flavoured refills sold in corner shops.")."""
    doc = word.doc
    start = _subject_start(word, subordinators)
    if start is None or start <= word.sent.start or doc[start - 1].text != ",":
        return None
    subject, opening = doc[start : word.i], doc[word.sent.start : start - 1]
    if any(t.lower_ in COORDINATORS for t in subject) and any(t.text == "," for t in opening):
        return None
    return subject


def _clause_follows(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a conjunction that only subordinates a clause follows ``word`` ("because", "although", "unless"): a
    clause no noun takes, so ``word`` is a verb, and a bare singular noun before it may be its subject ("Earlier
    runoff matters because ...", "The price of diesel matters because ...")."""
    after = word.doc[word.i + 1] if word.i + 1 < word.sent.end else None
    return after is not None and (after.lower_,) in subordinators and after.lower_ not in PREPOSITION_SUBORDINATORS


def _agrees(
    agreement: str, subject, subordinators: tuple[tuple[str, ...], ...], bare: bool = False, last: bool = False
) -> bool:
    """Whether a finite form agreeing with ``agreement`` ("singular", "plural", "any") may have ``subject``, words
    that must make one whole subject, as its own (with ``bare``, a bare singular noun too, with ``last``, one ending
    a phrase in it: see ``_subject_number``)."""
    number = _subject_number(subject, subordinators, bare, last)
    return number is not None and agreement in (number, "any")


def _finite_form(word: Token) -> str | None:
    """The subject a finite verb of ``word``'s form agrees with ("singular", "plural" or "any"), or None when the form
    is not one of a finite verb: "charges" (singular), "trap" (plural), "disrupted", "cut" (any, as a past)."""
    lower = word.lower_
    if word.tag_ == "MD" or lower in ("had", "did"):
        return "any"
    if lower in NUMBERED_FORMS:
        return "singular" if lower in SINGULAR_FORMS else "plural"
    lemma = verb_lemma(lower) if word.tag_ in FORM_TAGS or _british_spelling(lower) else None
    if lemma is None:
        return None
    past_ending = lower.endswith("ed") and lower != lemma  # not a base ending so: "breed", "need", "proceed"
    if word.tag_ in ("VBD", "VBN") or past_ending or irregular_base(lower) == lemma != lower:
        return None if _participle_only(word) else "any"  # a past, not "given" or "shown"
    if lower != lemma:
        return "singular" if lower.endswith("s") else None
    return "plural"


def _british_spelling(form: str) -> bool:
    """Whether ``form`` is the British "-ise"/"-yse" spelling of a verb WordNet also knows spelt "-ize"/"-yze"
    ("sympathise", "analyses"), which the tagger often misreads, whatever follows: not "promise" or "otherwise"."""
    stem = form[:-1] if form.endswith("s") else form
    return stem.endswith(("ise", "yse")) and verb_lemma(_ize_spelling(stem)) is not None


def _object_follows(word: Token) -> bool:
    """Whether what follows ``word`` may be its object or the rest of its verb group, not a time ("released
    Tuesday", "published last week"), a name a participle gives ("named John Smith") or "of" ("charges of fraud").
    Another verb of the same form joined by "and" may come first: "tests and certifies pearls"."""
    doc, k = word.doc, word.i + 1
    if k + 1 < word.sent.end and doc[k].lower_ in COORDINATORS and _finite_form(doc[k + 1]) == _finite_form(word):
        k += 2
    if k >= word.sent.end:
        return False
    k = _past_number_measure(doc[k])
    after = doc[k]
    if word.lower_ in HAVE_BE or word.tag_ == "MD":
        return after.tag_ in GROUP_STARTS
    if after.is_currency:
        return True  # a price, whatever its tag: "costs ₹2,205", "costs £12"
    if after.tag_ not in OBJECT_STARTS or after.lower_ in SUBJECT_PRONOUNS or after.tag_ in ("NNP", "NNPS"):
        return False
    noun = next((t for t in doc[k : word.sent.end] if t.tag_ in NOUN_TAGS or t.tag_ not in NOUN_PHRASE_TAGS), after)
    return noun.tag_ not in NOUN_TAGS or not in_class(noun_lemma(noun), "noun.time")


def _past_number_measure(word: Token) -> int:
    """Where a phrase goes on after the words at ``word`` that measure the number after them, which the parser hangs
    on that number ("about €420 million", "nearly 40 percent", "more than 300"): an object opens with them."""
    doc, k = word.doc, word.i
    while k + 1 < word.sent.end and _measures_number(doc[k]):
        k += 1
    return k


def _measures_number(word: Token) -> bool:
    """Whether ``word`` measures the number after it that the parser hung it on ("about", "nearly", "more than")."""
    return word.dep_ in MEASURE_DEPS and word.head.tag_ == "CD" and word.head.i > word.i


def _present_after_adverb(word: Token) -> bool:
    """Whether ``word``, a present tense by its form, follows an adverb that the parser hung on it, before the full
    stop or what may follow a verb used without an object: no noun takes an adverb there, so it is the verb ("As the
    morning wears on, the waiting room slowly empties/NNS.", "The river gradually recedes after the rains")."""
    doc = word.doc
    if _finite_form(word) not in ("singular", "plural") or word.lower_ in HAVE_BE or word.i + 1 >= word.sent.end:
        return False
    before, after = doc[word.i - 1], doc[word.i + 1]
    adverb = before.tag_ == "RB" and before.head.i == word.i  # (as "advmod" or, read as a noun's, "amod")
    return adverb and (after.is_punct or after.tag_ in ALONE_FOLLOWERS and after.lower_ not in NOT_ALONE)


def _used_alone(word: Token) -> bool:
    """Whether ``word`` may be a verb used without an object, as its verb (with a particle WordNet lists with it:
    "held on") is in enough of its tagged uses: a present tense before a preposition, an adverb, a particle or a
    subordinator ("The path floods after heavy rain", "Earlier runoff matters because ..."), a past before an adverb
    or a particle ("The Liberals held on to the seat", "Fields flooded overnight"; a past before a preposition is as
    often a participle: "the houses built on the flood plain"). Not before the full stop, which as often ends a noun
    phrase ("The city's new congestion charges."), "of" (a noun's: "floods of ..."), "by" (a participle's agent) or
    "that", nor after a noun it makes a compound WordNet lists with ("the dairy farms along the river") or the last
    item of a list it may end (see ``_last_listed``)."""
    doc, k = word.doc, word.i + 1
    lemma = verb_lemma(word.lower_)
    if k >= word.sent.end or lemma is None or word.tag_ == "MD" or word.lower_ in HAVE_BE:
        return False
    after, before = doc[k], doc[word.i - 1]
    followers = PAST_ALONE_FOLLOWERS if _finite_form(word) == "any" else ALONE_FOLLOWERS
    if after.tag_ not in followers or after.lower_ in NOT_ALONE or is_phrase(before.text, lemma):
        return False
    if _last_listed(word):
        return False
    phrasal = f"{lemma} {after.lower_}"
    alone = sense_in(phrasal, "frame.no-object") or sense_in(lemma, "frame.no-object")
    return alone is not None and alone.tagged_share >= RARE_SHARE


def _last_listed(word: Token) -> bool:
    """Whether the noun phrase right before ``word`` is the last item of a list in a prepositional phrase, which
    ``word`` may end as its noun ("for farmers, fishermen and the emergency services along the coast")."""
    doc, start = word.doc, word.i
    while start > word.sent.start and doc[start - 1].tag_ in NOUN_PHRASE_TAGS:
        start -= 1
    listed = start > word.sent.start and doc[start - 1].lower_ in COORDINATORS
    return listed and any(t.tag_ == "IN" for t in doc[word.sent.start : start - 1])


def _subject_start(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> int | None:
    """Where the subject before ``word`` may start: after the sentence's lead words and a rate of time, or, when the sentence opens with
    a phrase or clause that a comma closes, after the last comma before ``word``: a preposition's phrase ("In
    Tatalon, a neighborhood ...,"), a subordinator's clause with its subject and verb ("When a large earthquake
    strikes/NNS, landslides send ..."), or the phrase of a subordinator that is also a preposition ("As Goneril and
    Regan, Ferrante and Bisson avoid ...")."""
    doc, k = word.doc, word.sent.start
    while k < word.i and (_lead_word(doc[k]) or doc[k].text == ","):
        k += 1
    unit = _rate_unit(doc[k]) if doc[k].tag_ == "RB" else None
    if unit is not None and unit.i + 1 < word.i:  # after an opening rate: "Twice a week the ferry crosses ..."
        k = unit.i + 1 if doc[unit.i + 1].text != "," else unit.i + 2
    first = doc[k]
    comma = next((t.i for t in reversed(doc[k : word.i]) if t.text == ","), None)
    if comma is None or first.tag_ not in ("IN", "WRB") or first.lower_ == "that":
        return k
    if (first.lower_,) not in subordinators:
        return comma + 1 if first.tag_ == "IN" else k
    if any(t.text == "," and t.nbor().tag_ in FINITE_TAGS for t in doc[word.i : word.sent.end - 1]):
        return None  # the clause is an aside, and a verb after it belongs to the subordinator's subject: "After the
        # union, its leader told reporters, rejected the offer."
    opening = doc[k + 1 : comma]
    if first.lower_ in PREPOSITION_SUBORDINATORS and _object_of_preposition(opening):
        return comma + 1
    return comma + 1 if _clause(opening, subordinators) else None


def _object_of_preposition(words) -> bool:
    """Whether ``words`` are a preposition's object, maybe with an insertion set in commas after it ("Romeo and
    Juliet", "Judge Brack, the family friend who slowly tightens his grip")."""
    first = next((t.i - words.start for t in words if t.text == ","), len(words))
    inserted = words[first + 1 :]
    return _prepositional_object(words[:first], 0, False) == first and (not inserted or _insertion(inserted))


def _clause(words, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``words`` are one clause: a subject and a finite form agreeing with it ("a large earthquake strikes",
    "it does not sail"),
    and no clause embedded after it, which the comma after ``words`` may close instead ("the mayor has said that if
    the money arrives, ...")."""
    for word in words:
        agreement = _finite_form(word) if word.i > words[0].i else None
        before = words[: word.i - words[0].i]
        if agreement is not None and (_pronoun_subject(before) or _agrees(agreement, before, subordinators)):
            rest = words[word.i - words[0].i + 1 :]
            return not any(t.lower_ == "that" or t.tag_ in WH_TAGS or (t.lower_,) in subordinators for t in rest)
    return False


def _pronoun_subject(words) -> bool:
    """Whether ``words`` are a subject pronoun alone ("it", "they")."""
    return len(words) == 1 and words[0].lower_ in OPENING_PRONOUNS


def _subject_number(
    words, subordinators: tuple[tuple[str, ...], ...], bare: bool = False, last: bool = False
) -> str | None:
    """Whether ``words`` are one whole subject, "singular" or "plural": a noun phrase (a bare singular common noun
    is none: "Record profits"), maybe joined to another, with prepositional phrases and adverbs after it ("A spike
    in thefts from parked cars in the weeks before Christmas", "Dams upstream on the Mekong in China, Laos and
    elsewhere"); None when they are not. With ``bare``, a bare singular noun is one too ("Earlier runoff"); with
    ``last``, one may end a phrase of it ("Exports of rice")."""
    end, k = len(words), _noun_phrase(words, 0)
    if k is None:
        return None
    counted = _number_head(words[:k]) and words[k - 1].lower_ != "one" or _counted_noun(words[:k])  # "the other two"
    first_end, plural = k, words[k - 1].tag_ in ("NNS", "NNPS") or counted
    if not (bare or _can_be_subject(words[:k])):
        return None
    while k < end:
        word = words[k]
        if word.lower_ in COORDINATORS and k + 1 < end and k == first_end:
            k, plural = _noun_phrase(words, k + 1), True  # "groups and residents of the villages"
            if k is None and end == first_end + 2 and words[end - 1].tag_ == "VBG":
                k = end  # a gerund last: "landslides and shaking"
        elif word.tag_ == "RB":
            k += 1  # "upstream", "nationwide"
        elif word.tag_ in ("IN", "TO") and word.lower_ != "that":  # "to" before a noun is one: "from Leeds to York"
            k = _prepositional_object(words, k + 1, (word.lower_,) in subordinators)
        elif word.text == "," and words[end - 1].text == "," and k + 1 < end - 1 and _insertion(words[k + 1 : end - 1]):
            k = end  # "The Bahrain Institute for Pearls and Gemstones, known as DANAT, tests and certifies pearls"
        elif word.text == "," and k == first_end and _list_rest(words, k + 1) is not None:
            k, plural = _list_rest(words, k + 1), True  # "Roads, water supply and the city's bus service"
        else:
            return None
        if k is None:
            return None
    phrase_end = words[_phrase_start(words, end) : end]
    if words[end - 1].tag_ == "NN" and not (bare or last) and not _can_be_subject(phrase_end):
        return None  # a bare singular noun before the word modifies it: "over car number plates"
    return "plural" if plural else "singular"


def _counted_noun(phrase) -> bool:
    """Whether a number other than one, and no year, counts the noun that ends ``phrase``, with no singular
    determiner: a plural whatever its form ("the three bonefish", "two aircraft")."""
    if len(phrase) < 2 or phrase[-2].tag_ != "CD" or _year(phrase[-2]) or phrase[-2].lower_ in ("one", "1"):
        return False
    return not any(t.lower_ in SINGULAR_DETERMINERS for t in phrase)


def _list_rest(words, k: int) -> int | None:
    """Where the rest of a list of noun phrases that a comma went on at ``words[k]`` ends: items parted by commas, the
    last after a coordinator ("water supply and the city's bus service", "rail, road, and river"), or None."""
    while k < len(words):
        item = _noun_phrase(words, k)
        if item is None or item >= len(words):
            return None
        if words[item].lower_ in COORDINATORS:
            return _noun_phrase(words, item + 1) if item + 1 < len(words) else None
        if words[item].text != ",":
            return None
        k = item + 1
        if k < len(words) and words[k].lower_ in COORDINATORS:
            return _noun_phrase(words, k + 1) if k + 1 < len(words) else None
    return None


def _insertion(words) -> bool:
    """Words set in commas after a subject: a participle, an apposition or a relative clause, with no finite verb
    before its relative word ("known as DANAT", "roared on by a crowd that had queued ...", "who leads the unit")."""
    if "," in (t.text for t in words) or words[0].tag_ not in NOUN_PHRASE_TAGS | WH_TAGS | {"IN", "VBG", "VBN", "RB"}:
        return False
    relative = next((t.i for t in words if t.tag_ in WH_TAGS), words[-1].i + 1)
    return not any(t.tag_ in FINITE_TAGS for t in words if t.i < relative)


def _noun_phrase(words, k: int) -> int | None:
    """Where the noun phrase at ``words[k]`` ends (after its last noun or year, or a number its determiner makes
    the head: "the first six", "the other two"), or None if none starts there. (Any other number modifies a noun
    after it: "three abandoned wells".)"""
    end = k
    while end < len(words) and _noun_phrase_word(words[end]):
        if end > k and words[end].tag_ in DETERMINER_TAGS:
            break  # another phrase: "A bridge the ministry had pledged"
        end += 1
    while end > k and words[end - 1].tag_ not in NOUN_TAGS and not _year(words[end - 1]):
        if _number_head(words[k : end]):
            break
        end -= 1
    return end if end > k else None


def _noun_phrase_word(word: Token) -> bool:
    """A word of a noun phrase by its tag, a modifier of a noun or a word that measures a number ("more than 25"), or
    a gerund in a compound ("the waiting room")."""
    if word.tag_ in NOUN_PHRASE_TAGS or word.dep_ == "amod" or _measures_number(word):
        return True
    return word.tag_ == "VBG" and word.dep_ == "compound"


def _number_head(phrase) -> bool:
    """Whether the number that ends ``phrase`` is its head, after a determiner ("the first six", "these four"); not a
    year, which modifies a noun after it ("The 2024 vote")."""
    number = phrase[-1]
    return len(phrase) > 1 and number.tag_ == "CD" and not _year(number) and phrase[0].tag_ in DETERMINER_TAGS


def _year(word: Token) -> bool:
    return word.tag_ == "CD" and len(word.text) == 4 and word.text.isdigit()


def _phrase_start(words, end: int) -> int:
    """Where the noun phrase ending before ``words[end]`` starts: at its determiner, or after the last word of
    another kind."""
    k = end - 1
    while k > 0 and words[k].tag_ not in DETERMINER_TAGS and words[k - 1].tag_ in NOUN_PHRASE_TAGS:
        k -= 1
    return k


def _can_be_subject(phrase) -> bool:
    """A noun phrase that may be a subject: a name, a plural without a singular determiner, or a singular common
    noun with a determiner, a possessive or a number, maybe after words that measure it ("A major cyberattack",
    "more than 25 percent"; not "Record" or "A new jobs")."""
    head, first = phrase[-1], phrase[0]
    if head.tag_ in ("NNP", "NNPS"):
        return True
    if head.tag_ == "NNS":
        return first.lower_ not in SINGULAR_OR_DEMONSTRATIVE
    determined = first.tag_ in ("DT", "PRP$", "CD", "PDT") or any(t.tag_ in ("POS", "CD") for t in phrase)
    return head.tag_ == "NN" and determined or _number_head(phrase)


def _prepositional_object(words, k: int, subordinator: bool) -> int | None:
    """Where the object of a preposition starting at ``words[k]`` ends: a noun phrase, or a list of them ("in China,
    Laos and elsewhere"); after a word that may subordinate a clause, only a time ("before Christmas", "since 2019"),
    since a noun there may be a clause's subject ("since the state began ...")."""
    end = _noun_phrase(words, k)
    if end is None:
        return None
    if subordinator and not (_year(words[end - 1]) or in_class(noun_lemma(words[end - 1]), "noun.time")):
        return None
    while end + 1 < len(words) and (words[end].text == "," or words[end].lower_ in COORDINATORS):
        item = _noun_phrase(words, end + 1)
        if item is None and words[end].text == ",":
            break  # not a list: an insertion may follow ("for Pearls and Gemstones, known as DANAT,")
        if item is None and words[end + 1].tag_ in ("RB", "JJ") and not _qualifies_modifier(words[end + 1]):
            item = end + 2  # "and elsewhere"
        if item is None:
            return None
        end = item
    return end


def _qualifies_modifier(adverb: Token) -> bool:
    """Whether the parser hung ``adverb`` on the word right after it, which it made the modifier of a noun: no list's
    last item ("and elsewhere"), but the start of one ("and freshly baked bread", "and previously classified
    files")."""
    modified = adverb.head
    return modified.i == adverb.i + 1 and modified.dep_ == "amod" and modified.head.i > modified.i


# What may follow a present tense: its object, a name, a number, a preposition, "to", an adverb or a particle (not
# a common noun or an adjective, which a noun before them would modify: "host nation", "seats available").
PRESENT_FOLLOWERS = frozenset({"DT", "PDT", "PRP$", "CD", "JJR", "JJS", "NNP", "NNPS", "IN", "TO", "RB", "RP", "$"})


def _verb_after_relative_clause(word: Token) -> bool:
    """Whether ``word`` is a present tense right after the comma that closes a relative clause set in commas after
    the noun phrase the sentence opens with, agreeing with that noun as the relative clause's verb does, before what
    may follow a verb: the sentence's main verb, whatever its tag ("The Grand's auditorium, which opened in 1890 and
    seats about 650, suits/NNS Wilder's play", "Ireland, who top/VBP the table, host/NN France")."""
    doc = word.doc
    agreement = _finite_form(word) if word.i + 1 < word.sent.end and doc[word.i - 1].text == "," else None
    after = doc[word.i + 1] if agreement in ("singular", "plural") else None
    if after is None or not _follows_present(after):
        return False
    k = word.sent.start
    while k < word.i and _lead_word(doc[k]):
        k += 1
    first = next(t.i for t in doc[k : word.i] if t.text == ",")
    opening, clause = doc[k:first], doc[first + 1 : word.i - 1]
    if not clause or clause[0].lower_ not in RELATIVES or clause[0].tag_ not in WH_TAGS or "," in clause.text:
        return False
    if not opening or opening[-1].tag_ not in NOUN_TAGS or not all(t.tag_ in NOUN_PHRASE_TAGS for t in opening):
        return False
    return _relative_number(clause, opening[-1]) in (agreement, "any")


def _follows_present(after: Token) -> bool:
    """Whether ``after`` may follow a present tense (see ``PRESENT_FOLLOWERS``), or is a name the tagger read as a
    common noun ("host Toulouse/NN"); not "of", "by" or "that" (see ``NOT_ALONE``)."""
    return (after.tag_ in PRESENT_FOLLOWERS or after.text[:1].isupper()) and after.lower_ not in NOT_ALONE


def _relative_number(clause, noun: Token) -> str | None:
    """The number of ``noun`` as the relative clause after it tells it: by that clause's present tense when the
    relative word is its subject ("who top", "which seats"), else by the noun ("auditorium", "tourists"); "any" for
    a name, which British copy gives a plural verb when it names a team or a company ("Cardiff, who won ...")."""
    verb = next((t for t in clause[1:] if t.tag_ not in ("RB", "RBR")), None)
    told = _finite_form(verb) if verb is not None and clause[0].lower_ != "whose" else None
    if told in ("singular", "plural"):
        return told
    if noun.tag_ in PROPER_TAGS:
        return "any"
    return "plural" if noun.tag_ == "NNS" else "singular"


def _verb_after_name(sent, names: frozenset[str]) -> bool:
    """Whether the sentence opens with a name (after its lead words and "the": words the article writes with a
    capital inside a sentence, see ``_article_names``) and a present tense right after it, before what may follow
    a verb: its main verb, whatever its tag ("Celtic return/NN to European action", "Penybont climb/VB to third",
    "Bhutan charges/NNS most tourists", "The Ekstroms plan/NN to keep ..."); a name takes a singular or, in British
    copy, a plural verb. Not a compound WordNet lists ("Celtic cross")."""
    doc, k = sent.doc, sent.start
    while k < sent.end and (_lead_word(doc[k]) or doc[k].lower_ == "the"):
        k += 1
    if k >= sent.end - 2:
        return False
    end = k
    while end < sent.end - 2 and doc[end].text[:1].isupper() and doc[end].lower_ in names:
        end += 1
    verb, after = doc[end], doc[end + 1]
    agreement = _finite_form(verb) if end > k and not verb.text[:1].isupper() else None
    if agreement not in ("singular", "plural") or agreement == "singular" and after.tag_ in ("IN", "RB"):
        return False  # an "-s" form before a preposition is as often a plural noun: "Celtic fans outside the ground"
    return _follows_present(after) and not is_phrase(doc[end - 1].text, verb.text)


# Words that make the share of a group they open singular, whatever the group: "Each of the candidates rivals ...",
# "One of the plants dates ..." (a closed class of English).
SINGULAR_SHARES = frozenset({"each", "one", "either", "neither"})
# The tags of the words naming a share of a group before "of": "Much", "Most", "All three".
SHARE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "CD", "RB"})
# What follows a verb's form as a verb's, whatever its tag: a preposition or particle, an adverb.
VERB_FOLLOWERS = frozenset({"IN", "RP", "RB", "RBR"})


def _verb_by_its_form(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``word`` can be the missing main verb by its own properties, whatever the tagger made of it: a finite
    form of a verb WordNet knows (see ``_finite_form``), after words that can be its subject and agree with it (a
    noun phrase with its post-modifiers, maybe a share of a group: "Much of the debate among economists centers/NNS
    on the peso", "Many of them sympathise/JJ with the workers", or, before an object, a bare one opening the
    sentence: "Warm weather in the south boosted/VBN sales"), before what fits a verb (see ``_fits_after_verb``).
    Then the rule cannot decide."""
    agreement = _finite_form(word)
    if agreement is None or word.i == word.sent.start or word.lower_ in HAVE_BE or word.tag_ == "MD":
        return False
    if not _fits_after_verb(word, agreement) or _ends_compound(word, agreement) or _last_listed(word):
        return False
    if _modifier_after_coordinator(word):
        return False  # "old bicycles and neatly stacked newspapers"
    start = _subject_start(word, subordinators)
    if start is None or start >= word.i:
        return False
    subject = word.doc[start : word.i]
    if _read_as_compound(word) and _share_of(subject) is None:
        return False  # "the rail links", unless after a share of a group: "Much of the region's wheat ships ..."
    number = _share_number(subject, subordinators)
    if number is not None:
        return agreement in (number, "any")
    # a bare noun phrase opening the sentence, before an object: "Heavy snowfall in the north added mass"
    return start == word.sent.start and _object_follows(word) and _agrees(agreement, subject, subordinators, bare=True)


def _read_as_compound(word: Token) -> bool:
    """Whether the parser made the singular common noun right before ``word`` its compound ("the rail links", "the
    road repairs"), the more likely reading unless the subject is a share of a group, which seldom ends in one."""
    before = word.doc[word.i - 1]
    return before.tag_ == "NN" and before.dep_ == "compound" and before.head.i == word.i


def _share_of(words) -> Span | None:
    """The words naming a share of a group before "of" ("Much", "Most", "Many", "All three"), with no article
    (not "The first of"), or None."""
    of = next((t.i - words.start for t in words if t.lower_ == "of"), None)
    share = words[:of] if of else None
    if share is None or of + 1 >= len(words) or share[0].lower_ == "the":
        return None
    return share if all(t.tag_ in SHARE_TAGS for t in share) else None


def _ends_compound(word: Token, agreement: str) -> bool:
    """Whether ``word`` may end a compound noun with the noun before it: one WordNet lists ("the stock market"), one
    after a noun that has a modifier of its own ("the biggest job cuts") or a name ("the Boeing orders"), or a base
    form right after a singular common noun ("the rate cut", "the peace process"), which a plural subject's verb
    seldom follows."""
    doc, modifier_tags = word.doc, NOUN_TAGS | ADJECTIVE_TAGS
    before, earlier = doc[word.i - 1], doc[word.i - 2] if word.i - 2 >= word.sent.start else None
    modified = before.tag_ in modifier_tags and earlier is not None and earlier.tag_ in modifier_tags
    listed = is_phrase(before.text, noun_lemma(word))
    return modified or listed or before.tag_ in PROPER_TAGS or agreement == "plural" and before.tag_ == "NN"


def _fits_after_verb(word: Token, agreement: str) -> bool:
    """Whether what follows ``word`` fits a verb: its object or verb group (see ``_object_follows``), or a
    preposition, particle or adverb, not "of" (a noun's), "by" (a participle's agent) or "that". A past before a
    preposition is as often a participle on a noun ("the storms expected on Saturday", "the houses built on the
    flood plain"), so only an adverb or a particle counts after one, and no agent after it."""
    after = word.doc[word.i + 1] if word.i + 1 < word.sent.end else None
    if after is None or is_phrase(word.lower_, noun_lemma(after)):
        return False  # a compound WordNet lists: "police officers"
    if _object_follows(word):
        return True
    if agreement != "any":
        return after.tag_ in VERB_FOLLOWERS and after.lower_ not in NOT_ALONE
    agent = after.i + 1 < word.sent.end and word.doc[after.i + 1].lower_ == "by"  # "carried out by the union"
    return after.tag_ in PAST_ALONE_FOLLOWERS and not agent


def _share_number(words, subordinators: tuple[tuple[str, ...], ...]) -> str | None:
    """The number of ``words`` as one whole subject (see ``_subject_number``), or of a share of a group (see
    ``_share_of``): the group after "of" gives it ("Most of the money", "Many of them"), unless the share is one
    ("Each of") or counted ("Two of")."""
    share = _share_of(words)
    if share is None:
        return _subject_number(words, subordinators)
    group = words[len(share) + 1 :]
    if group[0].tag_ == "PRP":
        number = "singular" if group[0].lower_ == "it" else "plural"
        rest = number if len(group) == 1 else None  # "Many of them", not a longer phrase after the pronoun
    else:
        rest = _subject_number(group, subordinators)
    if rest is None:
        return None
    if share[0].lower_ in SINGULAR_SHARES:
        return "singular"
    return "plural" if any(t.tag_ == "CD" for t in share) else rest  # "Two of the ..."
