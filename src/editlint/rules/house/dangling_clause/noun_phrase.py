"""Where the noun phrase after the preposition ends, and whether a verb after it is a relative clause's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, PARTITIVES, SAYING_CLASSES, SINGULAR_DETERMINERS, SUBJECT_DEPS,
    VERB_TAGS, disagrees, noun_lemma, plural_verb, verb_lemma,
)
from editlint.rules.house.dangling_clause.common import (
    CLAUSE_OPENERS, CLITICS, COLLECTIVE_NUMERALS, COMPLEMENT_DEPS, DASHES, DEMONSTRATIVES, DETERMINERS,
    FLOATING_QUANTIFIERS, HEADS, MODIFIERS, NP_PREPOSITIONS, OBJECT_AND_CLAUSE_VERBS, PLACE_ADVERBS, PLACE_CLASSES,
    PLURAL_QUANTIFIERS, PREDETERMINERS, POSTMODIFIER_DEPS, QUANTIFIERS, QUANTITY_MODIFIER_TAGS, SAME_AS_PARTICIPLE,
    SET_OFF, STRANDED_PREPOSITIONS, WH_TAGS,
    _active_with_object, _controls_infinitive, _modifies_no_noun, _no_participle, _object_of_verb_before, _of_quantity,
    _of_object, _of_time, _opens_phrase, _past_between_nouns, _past_only, _past_tense_only, _people, _set_off,
    _takes_clause, _tensed,
)
from editlint.rules.house.dangling_clause.prepositions import _hyphenated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _clause_of_modifier(phrase: Span, main_sense: bool = False) -> bool:
    """Whether a relative clause or a participle in the phrase has a verb of saying or thinking whose object is not
    filled, so the tense after the phrase may be its clause's: "with miners who say the shafts ...", "with investors
    betting the bank ..."; with ``main_sense``, only a verb whose first sense takes a "that" clause: "siding with
    neighbors who argued the city skipped a review" (not "members who represent the districts opposed")."""
    takers = [
        t for t in phrase
        if (t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ == "VBG")
        and (verb_lemma(t.lower_) in OBJECT_AND_CLAUSE_VERBS or not any(_filled_by(c) for c in t.children))
    ]
    # and no preposition takes its clause's place: not "unions who argued against it have"
    takers = [t for t in takers if not _clause_place_taken(t)]
    if main_sense:
        return any(in_class(verb_lemma(t.lower_) or "", "frame.that-clause") for t in takers)
    return any(_takes_clause(verb_lemma(t.lower_)) for t in takers)


def _relative_gap_before(phrase: Span, finite: Token) -> bool:
    """Whether ``finite`` follows a relative clause in the phrase whose verb is one of saying or thinking in its main
    sense and has a subject of its own after the relative word's phrase: that phrase moved out of the clause
    ``finite`` opens, which is the verb's ("a portrait of a footballer whose face the conductor insists is Messi", "a
    witness who police believe saw"; not "houses whose owners had left were damaged")."""
    verb = phrase.doc[finite.i - 1]
    while verb.tag_ == "RB" and verb.i > phrase.start:
        verb = phrase.doc[verb.i - 1]
    lemma = verb_lemma(verb.lower_) or ""
    saying = any(in_class(lemma, name) for name in (*SAYING_CLASSES, "frame.that-clause"))
    if verb.dep_ != "relcl" or not phrase.start <= verb.i < phrase.end or not saying:
        return False
    opener = verb.left_edge
    relative = opener.tag_ in WH_TAGS or opener.lower_ == "that"
    own_subject = any(c.dep_ in SUBJECT_DEPS and c.i > opener.i and c.tag_ not in WH_TAGS for c in verb.children)
    return relative and own_subject


def _that_clause_read_as_relative(phrase: Span) -> bool:
    """Whether the parser made "that" after a noun the subject of a relative clause headed by an adjective, which
    heads no clause: "that" opens the noun's clause, whose subject the adjective opens and whose tense is the one after
    the phrase ("amid expectations that lower interest rates in the US could ease")."""
    return any(
        t.dep_ == "relcl" and t.tag_ in ADJECTIVE_TAGS and any(c.lower_ == "that" and c.i < t.i for c in t.children)
        for t in phrase
    )


def _clause_place_taken(verb: Token) -> bool:
    """Whether a particle or a preposition right after a verb of saying takes the place of its clause ("argued
    against it", "complained about the seats"); not one naming the person told, after which the clause may follow
    ("complained to officials the road was unsafe")."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or after.tag_ not in ("IN", "TO", "RP") or after.lower_ == "that":
        return False
    told = [o for o in after.children if o.dep_ == "pobj" and _people(o, max_rank=3)]
    return not (after.lower_ == "to" and told)


def _filled_by(child: Token) -> bool:
    """Whether a verb's child is its object and no verb follows it (no subject of a clause the parser misread), or
    only one that cannot agree with it (see _object_disagrees)."""
    after = child.right_edge.i + 1
    if child.dep_ != "dobj":
        return False
    return after >= len(child.doc) or child.doc[after].tag_ not in VERB_TAGS or _object_disagrees(child, after)


def _object_disagrees(obj: Token, after: int) -> bool:
    """Whether the tense right after an object's phrase cannot agree with it, so the object is no subject of a clause
    the parser misread and the tense is another noun's: "with the number of patients waiting more than 12 hours
    has doubled" (not "with miners warning the shafts are unsafe")."""
    return disagrees(obj, obj.doc[after], past_be=True)


def _compound_end(head: Token, finite: Token, phrase: Span) -> bool:
    """Whether an -s form right after a bare singular noun may end a compound noun that a relative clause with
    no "that" follows: "common pagination controls | readers are used to" (not "with inflation remains high")."""
    bare = head.tag_ == "NN" and not any(t.tag_ in DETERMINERS for t in phrase)
    doc, nxt = finite.doc, finite.i + 1
    # a noun phrase and a tense after it: the relative clause's subject and verb
    relative = nxt < len(doc) and doc[nxt].tag_ in NOUN_TAGS | {"PRP"} and doc[nxt].right_edge.i + 1 < len(doc)
    relative = relative and doc[doc[nxt].right_edge.i + 1].tag_ in FINITE_TAGS
    return bare and relative and finite.tag_ == "VBZ" and finite.i == head.i + 1


def _relative_without_that(head: Token, verb: Token, np_start: int) -> bool:
    """Whether the subject ``head`` opens a relative clause with no "that" on the noun before it ("acted on
    concerns parents have raised"): a plural noun for no person right before a plural for people, and a verb
    whose first sense takes an object with none after it (the noun before is its object); a plural after any
    noun, before a verb that needs its object (see _object_gap); or a plural right after a noun that a
    singular determiner opens ("seen with a woman police have not identified")."""
    if _singular_before_plural(head, np_start):
        return True
    before = head.doc[head.i - 1] if head.i > np_start else None
    if before is not None and head.tag_ == "NNS" and _people(head):
        if _money(before, np_start) or before.tag_ in ("NN", "NNS", "CD") and _subject_gap(verb):
            return True  # "ahead of the $1.1 billion analysts had forecast", "below the level experts say is needed"
    if before is None or before.tag_ not in ("NN", "NNS") or head.tag_ != "NNS":
        return False
    if _object_gap(verb):
        return True  # "with the letter lawyers had drafted overnight": the letter is "drafted"'s object
    if before.tag_ != "NNS" or _people(before) or not _people(head):
        return False
    lemma = verb_lemma(verb.lower_)
    needs_object = lemma is not None and in_class(lemma, "frame.object")
    return needs_object and not any(c.dep_ in COMPLEMENT_DEPS and c.i > verb.i for c in verb.children)


def _name_opens_relative(phrase: Span, verb: Token) -> bool:
    """Whether the phrase ends in a name right after a noun that "a" opens or a number, for no person, and the verb
    after it misses its object (see _object_left_out): the name opens a relative clause with no "that" on that noun,
    its object ("including a catering company Rusk had registered in a relative's name", "including one Vega had
    opened"; not "with senior quarterback Tavon Miles threw", a role before a name, nor "despite several Republicans
    voted", where a quantifier other than "one" counts the plural name after it)."""
    names = 0
    while names < len(phrase) and phrase[len(phrase) - 1 - names].tag_ in ("NNP", "NNPS"):
        names += 1
    if not 0 < names < len(phrase):
        return False
    before = phrase[len(phrase) - 1 - names]
    counted = before.lower_ in QUANTIFIERS and before.lower_ != "one" and phrase[len(phrase) - names].tag_ == "NNPS"
    noun = before.tag_ in ("NN", "NNS") or before.lower_ in QUANTIFIERS and not counted  # "one", "several"
    # a name is the apposition of a definite noun ("with the band Kite has played"), not of one that "a" opens
    indefinite = phrase[0].lower_ in ("a", "an") or before.i == phrase.start
    role = before.tag_ in NOUN_TAGS and in_class(noun_lemma(before), "noun.person")
    return noun and indefinite and not role and _object_left_out(verb)


def _quantifier_opens_relative(phrase: Span, verb: Token) -> bool:
    """Whether the phrase opens with a quantifier standing alone before a determiner, which opens a second noun phrase
    ("many [the food bank could no longer help]", "several [the judge had freed]"): the quantifier is the noun and the
    second phrase the subject of a relative clause with no "that" on it, whose verb misses its object (see
    _object_left_out). A quantifier that may stand before a determiner ("all the", "both the") opens one noun phrase."""
    if len(phrase) < 3 or phrase[0].lower_ not in QUANTIFIERS - PREDETERMINERS:
        return False
    return phrase[1].tag_ in ("DT", "PRP$") and _object_left_out(verb)


def _object_left_out(verb: Token) -> bool:
    """Whether an active verb that takes an object in some sense has none after it, at most its object's predicate
    ("Lund had reported [_] stolen"), or misses it as _object_gap says."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or sense_in(lemma, "frame.object") is None or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    predicate = ("oprd", "xcomp", "acomp")
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENT_DEPS | {"prt", "oprd"}]
    return _object_gap(verb) or all(c.dep_ in predicate and c.tag_ in ("VBN", *ADJECTIVE_TAGS) for c in after)


def _money(word: Token, np_start: int) -> bool:
    """Whether ``word`` ends an amount of money ("$2.86 billion", "£152 million"), which counts no people."""
    doc = word.doc
    return word.tag_ == "CD" and any(t.tag_ == "$" for t in doc[max(np_start, word.i - 3) : word.i])


def _subject_gap(verb: Token) -> bool:
    """Whether the verb's clause (a finite or passive complement) has no subject, which moved out as a relative
    clause's noun: "the level experts say [_] is needed"."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in FINITE_TAGS | {"VBN"} and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        for c in verb.children
    )


def _object_gap(verb: Token) -> bool:
    """Whether an active verb's object is missing, so a relative clause's noun is it: a predicate of an object or
    a preposition with none after it ("kept secret", "complained about"); or a verb that needs an object has none
    after it, nor a clause or a predicate: its first sense takes an object in most of its tagged uses, and fewer
    of its uses take none ("identified", "drafted", "loved"; not "won", "expected")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    after = [c for c in verb.children if c.i > verb.i]
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in after):
        if any(c.dep_ == "oprd" for c in after):
            return True  # a predicate with no object before it: "the plan officials have kept secret"
        stranded = (c.lower_ in STRANDED_PREPOSITIONS and not any(c.children) for c in after if c.dep_ == "prep")
        if any(stranded):
            return True  # "the spill residents had complained about for months"
    obj, intransitive = sense_in(lemma, "frame.object"), sense_in(lemma, "frame.no-object")
    if obj is None or obj.first_rank > 1 or obj.tagged_share < 0.7:
        return False
    if intransitive is not None and intransitive.tagged_share >= 0.5:
        return False
    complements = COMPLEMENT_DEPS | {"prt", "oprd"}
    return not any(c.dep_ in complements and c.i > verb.i for c in verb.children)


def _singular_before_plural(head: Token, np_start: int) -> bool:
    """Whether a plural ``head`` follows a singular noun that a singular determiner opens, so the two are two noun
    phrases ("with a woman police have not identified", "in a kitchen with a gas leak crews had reported"): the
    plural opens a relative clause on the first."""
    doc = head.doc
    if head.tag_ not in ("NNS", "NNPS") or head.i - 1 <= np_start:
        return False
    noun = doc[head.i - 1]
    if noun.tag_ != "NN" or noun.lower_ in COLLECTIVE_NUMERALS:
        return False
    opener = next((t for t in reversed(doc[np_start : noun.i]) if t.tag_ not in ("NN", "JJ", "HYPH")), None)
    return opener is not None and opener.lower_ in SINGULAR_DETERMINERS


def _parenthetical_end(sent: Span, i: int, participles: bool) -> int:
    """After a parenthetical set off by commas at token ``i`` (a prepositional phrase with no tense: ", according
    to AAA,"; where ``participles``, in a phrase that is itself set off, a participle clause: ", working in the
    dark,"; or an attribution: ", officials said,"), the token after its closing comma; otherwise ``i``."""
    doc = sent.doc
    if i >= sent.end or doc[i].text != ",":
        return i
    close = next((t.i for t in doc[i + 1 : min(i + 8, sent.end)] if t.text == ","), None)
    if close is None or close == i + 1:
        return i
    inside = doc[i + 1 : close]
    verbs = [t for t in inside if t.tag_ in VERB_TAGS]
    phrase = inside[0].tag_ == "IN" or inside[0].tag_ == "VBG" and inside[0].dep_ == "prep"
    phrase = phrase or participles and inside[0].tag_ in ("VBG", "VBN")
    if phrase and not any(t.tag_ in FINITE_TAGS for t in inside):
        return close + 1
    attribution = (
        len(verbs) == 1 and verbs[0].tag_ in ("VBD", "VBZ", "VBP") and verbs[0].i == close - 1
        and verbs[0].i > inside.start and in_class(verb_lemma(verbs[0].lower_) or "", "verb.communication")
    )
    return close + 1 if attribution else i


_NOUN_OR_PRONOUN_TAGS = NOUN_TAGS | {"PRP"}  # (made once here, not on every call)


def _floating_quantifier(tok: Token) -> bool:
    """A quantifier after the noun it counts, before the verb: "burglaries and thefts [both] fell"."""
    after_noun = tok.i > 0 and tok.doc[tok.i - 1].tag_ in _NOUN_OR_PRONOUN_TAGS
    return tok.lower_ in FLOATING_QUANTIFIERS and tok.tag_ in ("DT", "PDT") and after_noun


def _misread_subject(sent: Span, subj: Token, prep_start: int, finite: Token) -> bool:
    """Whether the parser's subject before the phrase already has its own verb, so it is no subject of the verb
    after the phrase: a clause with its own subject ("Exhibits open this fall, including the curators will
    ..."), a noun with a past tense the parser hung on it ("The law passed despite critics say ...", "The
    library added staff, with ..."), or the object of the verb before it (see _object_of_verb_before)."""
    if subj.i >= prep_start:
        return False
    if subj.dep_ in ("csubj", "csubjpass"):  # a subject clause opens with "that", "whether" or a question word
        words = [c for c in subj.children if c.dep_ == "mark" or c.tag_ in WH_TAGS]
        words += [subj.left_edge] if subj.left_edge.tag_ in WH_TAGS else []  # "Which route the line will take"
        # a past form may be a participle in the subject ("A petition against the bill released in 2008 has ..."),
        # unless it is a past tense only ("The senator spoke against the bill would ...")
        clause = _set_off(sent, prep_start) or subj.tag_ not in ("VBD", "VBN") or _past_only(subj.lower_)
        return clause and not words and any(c.dep_ == "nsubj" for c in subj.children)
    if _object_of_verb_before(subj, finite, _modifies_no_noun(sent.doc[prep_start])):
        return True
    if subj.dep_ == "nsubjpass" and disagrees(subj, finite, past_be=True):
        return True  # a verb's object the parser made the subject of a tense it cannot agree with: "approved two
        # licenses without the review was completed"
    if _tense_read_as_noun(subj, finite) or _inside_own_aside(subj, prep_start, finite):
        return True
    return any(
        c.i < prep_start and (c.dep_ == "acl" and c.tag_ == "VBD" or c.dep_ == "amod" and _past_between_nouns(c))
        for c in subj.children
    ) or _tense_read_as_participle(subj, prep_start, finite)


def _clause_opened_in_phrase(phrase: Span, finite: Token, clause_taking: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether the phrase is a whole absolute phrase (its noun and an -ing participle with its object) followed by a
    word that may open a finite clause (one of ``clause_taking``: "as", "while", "after") and a noun phrase that runs
    to ``finite`` and agrees with it: the tense is that clause's ("with hospitals reporting a surge in admissions as
    monsoon rains leave water in the streets"; not "with officials as well as residents have complained", "with
    contractors hired after the floods are owed")."""
    doc = phrase.doc
    for word in phrase:
        if not _opens_phrase(word, clause_taking):
            continue
        before = doc[phrase.start : word.i]
        predicate = any(t.tag_ == "VBG" and _predicate_of_noun_before(t, phrase.start) for t in before)
        subject = doc[word.i + 1 : finite.i]
        noun_phrase = len(subject) > 0 and all(t.tag_ in DETERMINERS | MODIFIERS | {"RB", "HYPH"} for t in subject)
        if predicate and noun_phrase and subject[-1].tag_ in NOUN_TAGS and not disagrees(subject[-1], finite):
            return True
    return False


def _predicate_of_noun_before(participle: Token, start: int) -> bool:
    """Whether an -ing participle with its object has a subject, or is hung on a noun before it since ``start``
    ("[retailers] reporting weak demand"); a passive one may take the clause word as its preposition ("contractors
    hired after the floods")."""
    on_noun = participle.dep_ == "acl" and start <= participle.head.i < participle.i
    has_object = any(c.dep_ == "dobj" for c in participle.children)
    return has_object and (on_noun or any(c.dep_ in SUBJECT_DEPS for c in participle.children))


def _inside_own_aside(subj: Token, prep_start: int, finite: Token) -> bool:
    """Whether the phrase and ``finite`` lie inside a relative clause that a comma sets off after the parser's subject,
    which a comma after ``finite`` closes: the subject's own verb follows that comma, so ``finite`` is no verb of it
    ("the evacuation, which began at dawn with soldiers ferried residents across, was complete")."""
    doc = subj.doc
    aside = next(
        (c for c in subj.children if c.dep_ == "relcl" and c.left_edge.tag_ in WH_TAGS and c.i < prep_start), None
    )
    if aside is None or doc[aside.left_edge.i - 1].text != ",":
        return False
    opened = doc[aside.left_edge.i : finite.i + 1]
    after = doc[finite.i + 1 : finite.sent.end]
    return not any(t.text in SET_OFF for t in opened) and any(t.text == "," for t in after)


def _tense_read_as_noun(subj: Token, finite: Token) -> bool:
    """Whether the parser's subject before the phrase is a past tense the tagger read as a common noun, with a noun
    before it, that cannot agree with the tense after the phrase: "The fire spread, despite crews are still fighting
    it" (not a name, which may take a plural verb: "Arsenal, despite injuries, are top", nor a group: "The council,
    amid complaints, have")."""
    if subj.dep_ not in SUBJECT_DEPS or subj.tag_ != "NN" or subj.i == 0 or subj.doc[subj.i - 1].tag_ not in NOUN_TAGS:
        return False
    lower = subj.lower_
    past = lower in SAME_AS_PARTICIPLE or lower.endswith("ed") and verb_lemma(lower) not in (None, lower)
    return past and disagrees(subj, finite, past_be=True)


def _tense_read_as_participle(subj: Token, prep_start: int, finite: Token) -> bool:
    """Whether a past form the parser hung on the subject before the phrase as its participle is the subject's own
    tense: the verb after the phrase cannot agree with that subject ("The veteran trained alongside the younger
    players were running", "The show sold out within hours, with extra dates are being added"); a participle with
    its agent stays one."""
    if subj.i >= prep_start or not (disagrees(subj, finite, past_be=True) or _of_lends_no_number(subj, finite)):
        return False
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.i < prep_start and not any(g.dep_ == "agent" for g in c.children)
        for c in subj.children
    )


def _own_subject_misread(verb: Token, prep_start: int, finite: Token) -> bool:
    """Whether the parser gave ``verb`` a subject before the phrase whose tense it read as a participle (see
    _tense_read_as_participle), so the clause before the phrase is complete."""
    return any(
        c.dep_ in SUBJECT_DEPS and _tense_read_as_participle(c, prep_start, finite) for c in verb.children
    )


def _own_tense_read_as_noun(verb: Token, prep_start: int, finite: Token) -> bool:
    """Whether the parser gave ``verb`` a subject before the phrase that is a past tense read as a noun (see
    _tense_read_as_noun), so the clause before the phrase is complete: "The fire spread, despite crews are ..."."""
    return any(c.i < prep_start and _tense_read_as_noun(c, finite) for c in verb.children)


def _present_read_as_plural(sent: Span, noun: Token, np_end: int) -> bool:
    """Whether the phrase's last noun is a present tense the tagger took for a plural: the -s form of a verb that takes
    an object in its main sense, after a singular noun that agrees with it, and before a noun phrase that an article,
    a possessive or a number opens, which is no time or unit and has no verb or comparative after it ("alongside New
    Zealand funds a warning system"; not "pension funds the state manages", "central bank targets a year ago", "oil
    prices a barrel above", "fuel costs a third higher")."""
    doc = sent.doc
    if noun.tag_ != "NNS" or noun.i != np_end - 1 or np_end >= sent.end or not _opens_noun_phrase(doc[np_end]):
        return False
    if doc[noun.i - 1].tag_ not in ("NN", "NNP"):
        return False  # a plural or an adjective before it makes a compound
    lemma = verb_lemma(noun.lower_)
    if lemma is None or lemma == noun.lower_ or not in_class(lemma, "frame.object"):
        return False
    end = _noun_phrase_end(sent, np_end)
    if end is None or end == np_end or _of_time(doc[end - 1]) or _of_quantity(doc[end - 1]):
        return False
    # a verb after it makes a relative clause with no "that", a comparative a measure ("costs a third higher")
    return end >= sent.end or doc[end].tag_ not in VERB_TAGS | {"JJR", "RBR"}


def _plural_before_relative(sent: Span, finite: Token) -> bool:
    """Whether an -s form after a singular noun is a compound's plural before a relative clause with no "that": a noun
    phrase for people opens after it, then a past form with no object or agent after it of a verb whose main sense
    takes one ("amid the price increases the energy regulator approved in May"; not "amid the company raises the fees
    approved by its board")."""
    doc = sent.doc
    if finite.tag_ != "VBZ" or finite.i + 1 >= sent.end or doc[finite.i - 1].tag_ != "NN":
        return False
    if not _opens_noun_phrase(doc[finite.i + 1]):
        return False
    end = _noun_phrase_end(sent, finite.i + 1)
    if end is None or end >= sent.end or doc[end].tag_ not in ("VBD", "VBN"):
        return False
    verb, lemma = doc[end], verb_lemma(doc[end].lower_)
    takes_object = lemma is not None and in_class(lemma, "frame.object")
    complements = COMPLEMENT_DEPS | {"prt", "oprd", "agent"}
    has_object = any(c.dep_ in complements and c.i > verb.i for c in verb.children)
    return _people(doc[end - 1], max_rank=3) and takes_object and not has_object


def _base_form_read_as_noun(sent: Span, head: Token, np_end: int) -> bool:
    """Whether the phrase's last word is a present tense the tagger took for a singular noun ending the object of the
    phrase's preposition: a verb's base form that takes an object in its main sense, after a noun, with a plural head
    it agrees with, and before a noun phrase that an article, a possessive or a number opens, which is no time or unit
    and has a noun of its own and no verb after it ("with respondents in the north report the steepest falls"). A noun
    whose main sense is a thing, a place or a group stays one: the phrase's noun is there ("with teachers at the school
    the main supporters", "with workers at the plant a majority")."""
    doc = sent.doc
    word = doc[np_end - 1]
    if word.tag_ != "NN" or head.tag_ not in ("NNS", "NNPS") or word.i - head.i < 3 or np_end >= sent.end:
        return False  # (a preposition and its object stand between the head and the word)
    if doc[word.i - 1].tag_ not in NOUN_TAGS or not _opens_noun_phrase(doc[np_end]):
        return False
    if verb_lemma(word.lower_) != word.lower_ or not in_class(word.lower_, "frame.object"):
        return False
    if any(in_class(word.lower_, name) for name in (*PLACE_CLASSES, "noun.group")):
        return False
    end = _noun_phrase_end(sent, np_end)
    if end is None or doc[end - 1].tag_ not in NOUN_TAGS or _of_time(doc[end - 1]) or _of_quantity(doc[end - 1]):
        return False
    # an adjective or adverb after it makes a measure ("a step ahead"), a verb a relative clause with no "that"
    return end >= sent.end or doc[end].tag_ not in VERB_TAGS | ADJECTIVE_TAGS | {"RB", "RBR"}


def _opens_noun_phrase(word: Token) -> bool:
    """Whether ``word`` opens a noun phrase: an article, a possessive or a number; not "that", which may open a clause."""
    return word.tag_ in DETERMINERS and word.lower_ not in DEMONSTRATIVES


_DETERMINER_OR_PRONOUN_TAGS = DETERMINERS | {"PRP"}  # (made once here, not on every call)


# An adjective or a participle may stand for its noun: "the final", "the injured".
_STANDING_TAGS = ADJECTIVE_TAGS | {"VBN"}


def _adjective_as_subject(sent: Span, adjective: Token) -> bool:
    """Whether an adjective or a participle right after an article stands for its noun as the subject of a modal or an
    auxiliary right after it, as the parser reads it: "with the final would be played", "with the injured were"."""
    doc, i = sent.doc, adjective.i
    if adjective.tag_ not in _STANDING_TAGS or i + 1 >= sent.end or doc[i - 1].tag_ != "DT":
        return False
    after = doc[i + 1]
    auxiliary = after.dep_ in AUX_DEPS and after.tag_ in ("MD", "VBZ", "VBP", "VBD")
    return auxiliary and adjective.dep_ in SUBJECT_DEPS and adjective.head.i == after.head.i > i


def _noun_phrase_end(sent: Span, i: int) -> int | None:
    """End of the noun phrase that starts at token ``i`` ("each of them", "most Americans", "not a single
    member"), or None."""
    doc = sent.doc
    expect_start, last_head = True, None
    negated = doc[i].lower_ == "not" and i + 1 < sent.end
    if negated and (doc[i + 1].tag_ in DETERMINERS or doc[i + 1].lower_ in QUANTIFIERS):
        i += 1
    i = _past_quantity_modifiers(sent, i)
    start = i
    while i < sent.end:
        tok = doc[i]
        tag, lower = tok.tag_, tok.lower_
        after_noun = doc[i - 1].tag_ in ("NN", "NNS", "NNP")  # "the warden allowed inmates": a verb
        if lower in NP_PREPOSITIONS and last_head == i - 1:
            expect_start = True
            i += 1
            continue
        # a name's possessive standing for a place or firm: "the board of St. Luke's and ..."
        elliptical = tag == "POS" and doc[i - 1].tag_ == "NNP" and last_head == i - 1 and not _possessive(tok)
        standing = _adjective_as_subject(sent, tok)  # "with the final would be played", "with the injured were"
        fits = (
            standing
            or lower in QUANTIFIERS
            or (expect_start and tag in _DETERMINER_OR_PRONOUN_TAGS)
            or (tag in MODIFIERS and (tok.text not in CLITICS or tag == "POS" and _possessive(tok)))
            or (tok.dep_ == "case" and tok.text in ("'", "’") and _possessive(tok))  # "the nurses’ union"
            or elliptical
            or (tag in ("VBN", "VBG") and tok.dep_ in ("amod", "compound") and tok.head.i > i and not after_noun)
            or (doc[i - 1].tag_ == "HYPH" and not expect_start)  # a word of a hyphenated compound: "walk-in"
        )
        counting = doc[i - 1].dep_ == "nummod"  # a number that is a noun: "thousands more residents"
        if lower in PLACE_ADVERBS and last_head == i - 1 == tok.head.i and doc[i - 1].tag_ in NOUN_TAGS:
            last_head, i = i, i + 1  # an adverb of place the parser hangs on the noun before it: "villages downstream"
            continue
        if tag in ADJECTIVE_TAGS and doc[i - 1].tag_ in ("NN", "NNS") and not counting:
            break  # modifiers precede the noun: "the threat | extremist groups pose" is two phrases
        if not fits:
            head = _parsed_head(sent, start, i)
            if head is None:
                break
            i = head  # the parser's premodifiers: "the bus and rail workers", "the newly hired counselors"
            continue
        if after_noun and _past_tense_only(tok):
            break  # a verb the tagger took for a noun: "a water main | broke"
        if _base_form_after_quantifier(tok):
            break  # "with many | fear that ..."
        if last_head is not None and any(c.dep_ == "nsubj" and c.i < i for c in tok.children):
            break  # a predicate the parser gave a subject: "the news | cost investors billions"
        # "the last of them", "half of them"
        partitive = (tag in ADJECTIVE_TAGS or lower in PARTITIVES) and i + 1 < sent.end and doc[i + 1].lower_ == "of"
        # a name the tagger took for an adjective, made the subject of a verb after it: "with Manchin joined"
        name = tag in ADJECTIVE_TAGS and tok.text[:1].isupper() and tok.dep_ in SUBJECT_DEPS and tok.head.i > i
        # a demonstrative standing alone before a tense: "with this was the first increase"
        demonstrative = lower in DEMONSTRATIVES and i + 1 < sent.end and _tensed(doc[i + 1])
        if tag in HEADS or lower in QUANTIFIERS or partitive or name or demonstrative or elliptical or standing:
            last_head = i
        i += 1
        if tag == "PRP":
            break
        expect_start = tag in DETERMINERS and tag != "CD"
    # "visitors from across the region": the parse may still continue the phrase after its last head
    return last_head + 1 if last_head is not None else None


def _base_form_after_quantifier(word: Token) -> bool:
    """Whether a singular noun right after a quantifier that takes only plurals, standing alone, is the base form of a
    verb the tagger took for a noun, unless it modifies a noun after it: "with many fear that", "with several say"
    (see PLURAL_QUANTIFIERS; not "with several fan groups", nor a compound's first word, joined by a hyphen to the
    next: "including several point-blank stops")."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is None or before.lower_ not in PLURAL_QUANTIFIERS or word.tag_ != "NN":
        return False
    alone = before.i == 0 or word.doc[before.i - 1].tag_ not in DETERMINERS  # not "the many ..."
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    compound = word.dep_ == "compound" or after is not None and after.tag_ in NOUN_TAGS  # "several fan groups"
    return alone and not compound and not _hyphenated(word) and verb_lemma(word.lower_) == word.lower_


def _parsed_head(sent: Span, start: int, i: int) -> int | None:
    """The noun that the parser makes the head of the phrase from ``start`` on, where the words from ``i`` up to it
    are its premodifiers that the tags alone do not read as a noun phrase: joined by "and" ("the bus and rail
    workers", "the minerals and mining amendment bill"), a participle after a hyphenated compound ("the 15-year fixed
    rate"); or None. Not over a question word ("how | important research was"), a tense, an adverb but one of a
    premodifier after an article or number (a participle after one may be the verb: "newly | hired"; see
    _adverb_of_premodifier), or a past form after a noun that no hyphen joins to a word before it (a verb between
    nouns: "the warden | allowed inmates")."""
    doc = sent.doc
    head = doc[i].head
    while head.i < i and head.head.i != head.i:
        head = head.head  # "and" hangs on "bus", which hangs on "workers"
    while head.head.i > head.i and head.dep_ in ("compound", "amod", "nmod", "nummod", "poss"):
        head = head.head
    if head.i <= i or head.tag_ not in NOUN_TAGS or head.left_edge.i != start or _past_tense_only(head):
        return None
    between = doc[i : head.i]
    if any(t.tag_ in ("VBZ", "VBP", "MD", *WH_TAGS) or t.is_punct and t.tag_ != "HYPH" for t in between):
        return None
    if any(t.tag_ == "RB" and not _adverb_of_premodifier(t) for t in between):
        return None
    if any(t.tag_ in VERB_TAGS and _after_unhyphenated_noun(t) or _past_tense_only(t) for t in between):
        return None
    return head.i if all(head in t.ancestors for t in between) else None


def _adverb_of_premodifier(adverb: Token) -> bool:
    """Whether an adverb modifies the participle or adjective right after it, which the parser made a modifier of a
    noun, after an article or a number, where no verb may stand: "two newly qualified midwives" (not "the council |
    newly hired staff", whose participle may be the verb)."""
    doc, i = adverb.doc, adverb.i
    modified = doc[i + 1] if i + 1 < len(doc) else None
    if i == 0 or modified is None or adverb.head.i != modified.i or modified.dep_ != "amod":
        return False
    return doc[i - 1].tag_ in DETERMINERS and doc[i - 1].dep_ in ("det", "nummod", "poss")


def _after_unhyphenated_noun(word: Token) -> bool:
    """Whether ``word`` follows a noun that is not the end of a hyphenated compound ("15-year | fixed")."""
    doc, i = word.doc, word.i
    return i > 0 and doc[i - 1].tag_ in NOUN_TAGS and not (i > 1 and doc[i - 2].tag_ == "HYPH")


def _past_quantity_modifiers(sent: Span, i: int) -> int:
    """The token after the words that modify a number or quantifier at ``i`` ("only two", "at least three",
    "more than 200", "nearly half of", "just a handful of"), or ``i`` when none do."""
    doc, j = sent.doc, i
    while j < sent.end and doc[j].tag_ in QUANTITY_MODIFIER_TAGS and doc[j].dep_ in ("advmod", "quantmod", "amod"):
        j += 1
    if j == i or j >= sent.end or not (doc[j].tag_ in DETERMINERS | {"PDT"} or doc[j].lower_ in PARTITIVES):
        return i
    scope = range(j, doc[j].head.i + 1) if doc[j].head.i > j else range(j, j + 1)
    quantity = doc[j] if doc[j].tag_ != "DT" else doc[j].head  # "just [a] handful"
    return j if all(doc[k].head.i in range(k + 1, max(scope[-1], quantity.i) + 1) for k in range(i, j)) else i


def _possessive(clitic: Token) -> bool:
    """A possessive "'s" before a noun ("the city's mayor"), not "is" or "has"."""
    doc = clitic.doc
    return clitic.i + 1 < len(doc) and doc[clitic.i + 1].tag_ in MODIFIERS - {"POS", "HYPH"}


# Adjectives that take a noun phrase as a preposition does ("the well nearest the tannery", "the seat opposite the
# door"): a closed class, which the parser often leaves with no object.
PREPOSITIONAL_ADJECTIVES = frozenset({"near", "nearer", "nearest", "opposite", "unlike", "worth"})


def _object_of_prepositional_adjective(sent: Span, end: int) -> int | None:
    """The end of the noun phrase that an adjective ending the phrase takes as its object, where the parser left it
    none and hung that noun phrase on a verb after it: "with samples taken from the well nearest [the tannery]
    contain lead"."""
    doc = sent.doc
    if not sent.start < end < sent.end:
        return None
    last = doc[end - 1]  # the tagger may take it for a preposition
    if last.lower_ not in PREPOSITIONAL_ADJECTIVES or last.tag_ not in ADJECTIVE_TAGS | {"IN"}:
        return None
    if any(c.i > last.i and c.dep_ in ("pobj", "dobj", "npadvmod") for c in last.children):
        return None
    if not _opens_noun_phrase(doc[end]):
        return None
    object_end = _noun_phrase_end(sent, end)
    return object_end if object_end is not None and object_end > end else None


def _postmodified_end(
    sent: Span, start: int, end: int, across_commas: bool, coordination: bool, adjective_may_follow: bool = True
) -> tuple[int, bool]:
    """Extend the noun phrase ``start:end`` over the post-modifiers the parser hangs on it.

    Returns the new end and whether the phrase was extended over an "and" coordination (only where
    ``coordination``). A dash ends the phrase (it closes a parenthesis), and so does a comma unless
    ``across_commas``. An adjective spelled like a past form follows the noun only where ``adjective_may_follow``
    (see _takes_no_object).
    """
    doc, coordinated = sent.doc, False
    while end < sent.end:
        nxt = doc[end]
        # a name set off by commas ("its sponsor, Rep. Ana Ruiz, ..."); in mid-clause only a person's, after a
        # noun for people, not a place's: "at the school in Parkland, Florida, causing ..."
        person = across_commas or _people(doc[end - 1])
        named = _apposed_name_end(sent, end) if person else None
        if named is not None:
            end = named
            continue
        owner = nxt.head
        if not start <= owner.i < end:
            # "who" in "residents who live ..." hangs on the relative verb, which hangs on the phrase
            owner = next((t for t in doc[start:end] for c in t.children if c.left_edge.i == end), None)
        child = next((c for c in owner.children if c.left_edge.i == end and c.i >= end), None) if owner else None
        outside_and = child is None and nxt.lower_ == "and" and coordination and across_commas
        if outside_and:
            child = nxt  # an "and" the parser hung outside the phrase: "of St. Mary's and the trustees ..."
        if child is None:
            object_end = _object_of_prepositional_adjective(sent, end)
            if object_end is None:
                break
            end = object_end
            continue
        if child.dep_ == "punct" and nxt.text == "," and across_commas:
            # a non-restrictive relative clause or appositive set off by commas
            clauses = (c for t in doc[start:end] for c in t.children if c.dep_ in ("relcl", "appos"))
            inner = next((c for c in clauses if c.left_edge.i == end + 1), None)
            close = inner.right_edge.i + 1 if inner is not None else sent.end
            if close >= sent.end or doc[close].text != ",":
                break
            end = close + 1
            continue
        if child.dep_ not in POSTMODIFIER_DEPS or nxt.lower_ in CLAUSE_OPENERS:
            break
        if child.dep_ == "acl" and (child.tag_ not in ("VBN", "VBG") or child.i != end):
            break  # only a participle modifier ("families affected by ..."), not a finite verb the parser hung here
        if child.dep_ == "acl" and child.tag_ == "VBG" and _takes_clause(verb_lemma(child.lower_)):
            break  # the tense after may be its clause's: "with traders worrying the bank could raise rates"
        obj = next((c for c in child.children if c.dep_ == "dobj" and c.i > child.i), None)
        if child.dep_ == "acl" and child.tag_ == "VBN" and obj is not None and _active_with_object(child, obj):
            break  # a past tense with its object: "a donor paid off its debt"
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and _no_participle(child, owner, adjective_may_follow):
            break  # a verb with no passive is no modifier: "one of the three judges dissented from ..."
        if child.dep_ == "acl" and _controls_infinitive(child):
            break  # nor is one whose infinitive is its subject's: "despite truckers threatened to block ..."
        if child.dep_ == "cc":
            if not coordination:
                break
            conj = None if outside_and else next(
                (c for c in owner.children if c.dep_ == "conj" and c.left_edge.i == end + 1), None
            )
            if conj is None and across_commas:
                # after a comma, the parser's subject of a later verb still belongs to the phrase: ", with the
                # judge in the case and her clerk on the appeal refused ..."
                after = doc[end + 1 : sent.end]
                conj = next((t for t in after if t.dep_ == "nsubj" and t.left_edge.i == end + 1), None)
            if conj is None or nxt.lower_ not in ("and", "or"):
                break  # the parser joins two clauses: "met with the pilots and the airline agreed ..."
            coordinated = coordinated or nxt.lower_ == "and"
            child = conj
        closers = DASHES if across_commas else (*DASHES, ",")
        if child.right_edge.i >= sent.end - 1 or any(t.text in closers for t in doc[end : child.right_edge.i + 1]):
            break
        end = child.right_edge.i + 1
        set_off = across_commas and child.dep_ in ("relcl", "appos") and doc[child.left_edge.i - 1].text == ","
        if set_off and end < sent.end and doc[end].text == ",":
            end += 1  # the comma closing a clause set off by one: ", who represent the site, voted"
    return end, coordinated


def _apposed_name_end(sent: Span, comma: int) -> int | None:
    """The end of a proper name, or names joined by "and" or "or", set off by commas at ``comma`` (an appositive:
    ", Rep. Ana Ruiz,", ", Susan Collins and Lisa Murkowski,"), or None."""
    doc = sent.doc
    close = next(
        (t.i for t in doc[comma + 1 : sent.end] if t.tag_ not in ("NNP", "NNPS") and t.lower_ not in ("and", "or")),
        sent.end,
    )
    if doc[comma].text != "," or close == comma + 1 or close >= sent.end - 1 or doc[close].text != ",":
        return None
    if doc[comma + 1].tag_ not in ("NNP", "NNPS") or doc[close - 1].tag_ not in ("NNP", "NNPS"):
        return None  # a name at each end: not ", and Ohio,"
    return close + 1


def _regained(sent: Span, tok: Token) -> bool:
    """Whether ``tok`` is a word of the noun phrase that the parser hung outside it (see _postmodified_end): a
    proper name set off by commas, a noun after "and" made the subject of the verb, or the object of an adjective that
    takes one (see _object_of_prepositional_adjective)."""
    doc, i = sent.doc, tok.i
    if tok.dep_ == "nsubj" and doc[tok.left_edge.i - 1].lower_ in ("and", "or"):
        return True
    if _object_of_prepositional_adjective(sent, tok.left_edge.i) is not None:
        return True
    while i > sent.start and doc[i - 1].tag_ in ("NNP", "NNPS"):
        i -= 1
    return tok.tag_ in ("NNP", "NNPS") and i > sent.start and _apposed_name_end(sent, i - 1) is not None


def _of_lends_no_number(noun: Token, finite: Token) -> bool:
    """Whether a plural verb cannot agree with a singular noun that has an "of" phrase: the phrase lends its number
    only to a part, an amount or a group ("a number of residents have", "a series of talks are"), not to any other
    noun ("The rollout of the vaccine stalled in March, with clinics were": "rollout" is no subject of "were")."""
    of_object = _of_object(noun)
    if of_object is None or noun.tag_ not in ("NN", "NNP") or noun.lower_ in PARTITIVES:
        return False
    if any(in_class(noun_lemma(noun), name) for name in ("noun.group", "noun.quantity")):
        return False
    return of_object.tag_ in NOUN_TAGS and plural_verb(finite, past_be=True)


# The words of an object noun phrase: "conditions", "the younger players", "workers".
OBJECT_WORD_TAGS = NOUN_TAGS | ADJECTIVE_TAGS | frozenset({"DT", "PDT", "PRP$", "PRP", "CD", "POS"})
# Verbs whose base form is also an auxiliary, so a participle after it makes a tense: "have lost", "do".
AUXILIARY_BASES = frozenset({"have", "do", "be"})


def _bare_infinitive_after_object(phrase: Span, finite: Token) -> bool:
    """Whether the base form right after the phrase is the bare infinitive of a verb in it that WordNet gives an
    object and an infinitive, right after that verb's object: no tense ("with high humidity making conditions feel
    hotter", "with engineers having workers check every bolt"; not "with traders making cuts have lost money")."""
    doc = phrase.doc
    if finite.i != phrase.end or finite.tag_ not in ("VB", "VBP") or finite.lower_ in AUXILIARY_BASES:
        return False
    if verb_lemma(finite.lower_) != finite.lower_:
        return False
    k = phrase.end - 1
    while k > phrase.start and doc[k].tag_ in OBJECT_WORD_TAGS:
        k -= 1
    taker = doc[k]
    if k == phrase.end - 1 or taker.tag_ not in VERB_TAGS:
        return False
    lemma = verb_lemma(taker.lower_)
    return lemma is not None and sense_in(lemma, "frame.object-infinitive") is not None


def _relative_clause_of_place(phrase: Span) -> bool:
    """Whether "where" or "when" after a comma or a noun in the phrase opens a relative clause on that noun with no
    tense yet, so the tense after the phrase is that clause's ("with teams stationed at border crossings, where
    children crossing in either direction are vaccinated"; not "with teams at crossings where children cross are
    vaccinating")."""
    doc = phrase.doc
    for word in phrase:
        if word.lower_ in ("where", "when") and word.tag_ == "WRB" and word.i > phrase.start:
            before = doc[word.i - 1]
            if before.text == "," or before.tag_ in NOUN_TAGS:
                return not any(t.tag_ in FINITE_TAGS for t in doc[word.i + 1 : phrase.end])
    return False
