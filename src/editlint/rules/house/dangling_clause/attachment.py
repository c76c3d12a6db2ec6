"""Where the phrase hangs: on a clause of its own (a dangling clause) or inside a subject or a fronted phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, seldom_in, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SUBJECT_DEPS, SUBJECT_PRONOUNS, VERB_TAGS, dateline_end,
    disagrees, is_people_noun, plural_verb, verb_forms, verb_lemma,
)
from editlint.rules.house.dangling_clause.common import (
    APPROXIMATORS, BARE_INFINITIVE_VERBS, CLAUSE_OPENERS, CLOSERS, DETERMINERS, INVERSION_VERBS, MEMBER_PREPOSITIONS,
    MODIFIERS, NOMINAL, NOMINAL_DEPS, NOUN_MODIFYING_PREPOSITIONS, NP_PREPOSITIONS, OBJECT_AND_CLAUSE_VERBS, RARE_USE,
    SET_OFF, SUBJECT_START_TAGS, WH_TAGS, _adjunct, _controls_infinitive, _has_tense, _may_take_person, _modifies_no_noun,
    _object_of_verb_before, _of_time, _participle_only, _past_between_nouns, _past_only, _people, _persons, _set_off,
    _takes_clause, _takes_things_only,
)
from editlint.rules.house.dangling_clause.noun_phrase import (
    _inside_own_aside, _noun_phrase_end, _own_subject_misread, _own_tense_read_as_noun,
)
from editlint.rules.house.dangling_clause.prepositions import (
    TIME_ONLY_PREPOSITIONS, _compound_preposition, _person_names_no_time,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _in_subject(sent: Span, prep_start: int, prep: Token) -> bool:
    """Whether the phrase modifies a noun that opens a clause before any tense, so the tense after the phrase is
    that clause's own: "after an analyst at a brokerage lowered", "said rates among children in the north had
    risen", "The wait to speak with an agent fell". A clause opens at the sentence's start, after a subordinating
    word ("after", "that", "when"), after ", and" or ";", or after a verb that takes a clause (see _opens_clause_after)."""
    doc = sent.doc
    if _compound_preposition(sent, prep.i):
        return False  # "in light of", "in the wake of": the phrase is an adjunct's
    phrase = doc[prep_start : prep.i + 1]
    if phrase.text.lower() not in NOUN_MODIFYING_PREPOSITIONS and not _time_of_a_noun(phrase, prep):
        return False  # an adjunct's preposition: "despite", "due to"
    if prep_start == sent.start or doc[prep_start - 1].is_punct:
        return False  # a phrase that opens its clause or is set off
    i = prep_start
    while i > sent.start and not _opens_clause_after(doc[i - 1]):
        # (a word WordNet knows no verb for is a noun the tagger misread: "the measles outbreak in the county")
        tense = doc[i - 1].tag_ in FINITE_TAGS and (doc[i - 1].tag_ == "MD" or verb_lemma(doc[i - 1].lower_))
        tense = tense and not _noun_in_disguise(doc[i - 1])
        if tense or _bounds_clause(doc[i - 1]):
            return False  # a tense before the phrase ("The plan passed with ...") or a clause of unknown bounds
        i -= 1
    opener = doc[i].tag_ in SUBJECT_START_TAGS or doc[i].lower_ in APPROXIMATORS or _noun_in_disguise(doc[i])
    opener = opener or _base_form_as_subject(doc[i], prep_start)
    return i < prep_start and opener and not _time_after_preposition(doc[i - 1 : prep_start])


def _time_of_a_noun(phrase: Span, prep: Token) -> bool:
    """Whether a preposition that only names a time has a time as its noun, so its phrase may modify the noun before it
    ("travel times during rush hour could double"); not a person, who names no time (see _person_names_no_time)."""
    nouns = [c for c in prep.children if c.dep_ == "pobj"]
    in_time = phrase.text.lower() in TIME_ONLY_PREPOSITIONS
    return in_time and bool(nouns) and not any(_person_names_no_time(phrase, noun) for noun in nouns)


def _base_form_as_subject(word: Token, prep_start: int) -> bool:
    """Whether ``word``, a base form alone between the words that open a clause and the phrase, is that clause's
    noun: a verb there would leave the tense after the phrase without a subject ("..., and play/VB on the fourth
    day could be interrupted", "..., and travel/VB during the holidays could cost more")."""
    return word.tag_ == "VB" and word.i + 1 == prep_start and word.i > word.sent.start


def _in_misread_subject(sent: Span, prep_start: int, finite: Token) -> bool:
    """Whether the phrase is in the subject of ``finite``, which opens its clause (at the sentence's start or after a
    word that opens a clause, see _opens_clause_after, or "that") with a noun phrase whose noun or participle the
    tagger read as a tense: a plural right after the clause's opening words ("that calls for fights in the area had
    dropped") or a past form on the noun before it with no object ("Students currently enrolled in the majors would
    be allowed", "that the quota agreed in the treaty had harmed"), after people only of a verb mostly used with an
    object; ``finite`` agrees with that noun. Only one word may be read so, and nothing but a noun phrase, adverbs, the
    prepositions of a noun and infinitives may stand in between ("Passengers booked to travel on strike days were")."""
    doc = sent.doc
    i = prep_start
    while i > sent.start and not (_opens_clause_after(doc[i - 1]) or doc[i - 1].lower_ == "that"):
        i -= 1
    words = doc[i:prep_start]
    tensed = [t for t in words if t.tag_ in FINITE_TAGS]
    # and infinitives ("booked to travel"), and commas and conjunctions of nouns joined before the one tense ("that
    # officials, engineers and fans gathered on the bank had awaited")
    phrase_word = DETERMINERS | MODIFIERS | {"PRP$", "RB", "HYPH", "TO", "VB", ",", "CC"}
    if len(tensed) != 1 or any(
        t.tag_ not in phrase_word and not (t.tag_ == "IN" and t.lower_ in NP_PREPOSITIONS)
        and not _infinitive_participle(t, words) for t in words if t not in tensed
    ):
        return False
    word = tensed[0]
    if word.i + 1 < prep_start and doc[word.i + 1].tag_ not in ("IN", "RB", "TO"):
        return False  # an object after it: "the council approved the plan in ..." is a clause
    before = [t for t in doc[i : word.i] if t.tag_ != "RB"]
    if word.tag_ in ("VBZ", "VBP") and word.lower_.endswith("s") and not any(t.tag_ in NOUN_TAGS for t in before):
        return finite.tag_ != "VBZ" and finite.lower_ != "was"  # the plural is the noun: "calls for ... had"
    noun = _noun_before_its_place(before) if before else None
    if word.tag_ != "VBD" or _past_only(word.lower_) or noun is None or noun.tag_ not in NOUN_TAGS:
        return False
    lemma = verb_lemma(word.lower_)
    obj = sense_in(lemma, "frame.object") if lemma else None
    if _people(noun) and (obj is None or obj.tagged_share < 0.5):
        return False  # people act with a verb mostly used with no object: "The team returned to the stadium will"
    return not disagrees(noun, finite, past_be=True)


def _noun_before_its_place(phrase: Span | list[Token]) -> Token:
    """The noun of a noun phrase that a phrase of place may follow: the word before its first preposition of a noun
    other than "of" ("[Houses] along the banks of the Ouse", "[Trees] on the avenue"), or its last word ("most of the
    [trees]")."""
    place = next(
        (k for k, t in enumerate(phrase) if k > 0 and t.tag_ == "IN" and t.lower_ in NP_PREPOSITIONS - {"of"}), None
    )
    return phrase[place - 1] if place is not None else phrase[-1]


def _in_raised_subject(sent: Span, prep_start: int, finite: Token) -> bool:
    """Whether the phrase, whatever its preposition, is in a subject whose noun carries the past form of a verb of
    saying or thinking with no infinitive of its own, so the infinitive after it makes it a passive (see
    _in_misread_subject): "a bomb thought to have been dropped during the war was made safe" (not "The ministry
    declined to answer questions regarding the contract was awarded", whose verb takes an infinitive)."""
    doc = sent.doc
    raised = any(
        t.tag_ == "VBD" and doc[t.i + 1].tag_ == "TO" and _passive_before_infinitive(verb_lemma(t.lower_))
        for t in doc[sent.start : prep_start - 1]
    )
    return raised and _in_misread_subject(sent, prep_start, finite)


def _passive_before_infinitive(lemma: str | None) -> bool:
    """A verb of saying or thinking that takes no infinitive of its own but in a rare sense, so only its passive stands
    before one: "believed to", "said to", "reported to" (not "agreed to", "declined to", "expected to")."""
    if lemma is None or not _takes_clause(lemma):
        return False
    own = sense_in(lemma, "frame.infinitive")
    return own is None or own.first_rank > 2 and own.tagged_share < RARE_USE


def _bounds_clause(word: Token) -> bool:
    """Whether a punctuation mark may bound a clause: not a hyphen, nor a symbol the tagger reads as a noun ("90%")."""
    return word.is_punct and word.tag_ != "HYPH" and word.tag_ not in NOUN_TAGS


def _infinitive_participle(word: Token, words: Span) -> bool:
    """Whether a participle is in the verb group of an infinitive before it: "believed to have been [used]", "understood
    to be [living]"."""
    return word.tag_ in ("VBN", "VBG") and any(t.tag_ == "TO" and t.i < word.i for t in words)


def _time_after_preposition(words: Span) -> bool:
    """Whether a subordinating word that is also a preposition of time has a time as its object, so it opens no
    clause: a year or a noun of time with no article ("rates fell since 2022 with ...", "until Monday with ..."); not
    "after an analyst at a brokerage lowered", "after a year with few storms ended"."""
    if len(words) < 2:
        return False  # the walk reached the block's first word: no word opens the clause
    opener, time = words[0], words[-1]
    if opener.lower_ not in CLAUSE_OPENERS or time.head.i != opener.i or time.dep_ != "pobj":
        return False
    return time.tag_ == "CD" or _of_time(time) and not any(c.dep_ == "det" for c in time.children)


def _noun_in_disguise(word: Token) -> bool:
    """Whether a word, whatever its tag, is a noun of a clause's subject or opens that clause with its verb: after
    "which", "what" or "whose" ("which pits in the region will shut"), or a present tense after a singular noun it
    cannot agree with, which makes it a compound's ("once the storm signal over northern Aklan was lifted")."""
    if word.i <= word.sent.start:
        return False
    before = word.doc[word.i - 1]
    return before.tag_ in ("WDT", "WP$") or before.tag_ in ("NN", "NNP") and disagrees(before, word)


def _in_subject_modifier(prep: Token, verb: Token) -> bool:
    """Whether the block's parse hangs the phrase in a clause of the verb's own subject, which stands before the
    phrase: a relative clause of the subject with a subject of its own ("who", "that", "they": "riders who cannot walk
    because of a disability could book a shuttle"), or a clause that is the subject, which a question word, "that" or
    "whether" opens ("Which route the line will take through the city has been ..."). A bare verb after the noun may
    be the sentence's, misread ("The measure passed with most members have backed it", "The museum reopened with")."""
    subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < prep.i}
    for node in prep.ancestors:
        if node.dep_ == "relcl" and node.head.i in subjects and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return not _inside_own_aside(node.head, prep.i, verb)  # an aside the verb cannot close: see there
        opened = node.left_edge.tag_ in WH_TAGS or node.left_edge.lower_ in ("that", "whether")
        if node.dep_ == "csubj" and node.i in subjects and opened:
            return True
    return False


def _relative_gap(owner: Token, verb: Token) -> bool:
    """Whether the phrase is an adverbial of a verb of saying or thinking in a relative clause, and the clause after
    the phrase, with no subject of its own, is that verb's: the relative pronoun is its subject ("the glacier, which
    experts said in 2024 had shrunk", "the nurse who she said during the trial had saved her life")."""
    if owner.dep_ != "relcl" or not _takes_clause(verb_lemma(owner.lower_)):
        return False
    pronoun = any(c.i < owner.i and (c.tag_ in WH_TAGS or c.lower_ == "that") for c in owner.children)
    own_subject = any(c.dep_ in SUBJECT_DEPS and c.tag_ not in WH_TAGS for c in owner.children)
    return pronoun and own_subject and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _modifying_participle(finite: Token, verb: Token) -> bool:
    """Whether the block's parse reads the verb as a participle on the noun before it, with no object and no auxiliary,
    and the verb takes an object in its main sense, so a passive fits: "a law passed in 2022", "reporters gathered
    in the lot" (a reading of the phrase alone may make it the finite verb of a sentence). Persons are no passive's
    subject where its verb takes things only ("amid dockworkers chanted at the gates" is a tense)."""
    doc = verb.doc
    on_noun = verb.dep_ == "acl" and verb.head.i < verb.i or verb.dep_ == "dep" and doc[verb.i - 1].tag_ in NOUN_TAGS
    if finite.i != verb.i or verb.tag_ != "VBN" or not on_noun:
        return False
    noun, lemma = verb.head if verb.dep_ == "acl" else doc[verb.i - 1], verb_lemma(verb.lower_)
    if lemma is not None and _persons(noun) and _takes_things_only(lemma):
        return False
    if any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "nsubj") for c in verb.children):
        return False
    if _controls_infinitive(verb):
        return False  # no passive keeps the infinitive of "threatened to", "promised to"
    takes_object = sense_in(lemma, "frame.object") if lemma else None
    return takes_object is not None and takes_object.first_rank <= 2 and takes_object.tagged_share >= 0.5


def _opens_clause_after(tok: Token) -> bool:
    """Whether a clause's subject may start right after ``tok``."""
    # (a subordinating word the parser may label a preposition: "before a homer in the sixth gave")
    if tok.dep_ == "mark" or tok.tag_ in ("WDT", "WP", "WRB") or tok.lower_ in CLAUSE_OPENERS or tok.text == ";":
        return True
    if tok.dep_ == "cc" and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        return True  # ", and" joins two clauses
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "TO":
        return False  # an infinitive, no subject, follows: "a tanker reported to have been damaged"
    if tok.text == ",":
        return _closes_attribution(tok)
    # a tense, or the -ing form of a verb of saying, whose clause is its complement: "with forecasters saying gusts ..."
    return tok.tag_ in (*FINITE_TAGS, "VBG") and _reports_clause(tok)


def _reports_clause(verb: Token) -> bool:
    """Whether a verb of saying takes a clause here: its main sense takes a "that" clause in most tagged uses ("said",
    not "declared"), and it has no object ("reported strong sales") unless it nearly always takes a clause ("said")."""
    lemma = verb_lemma(verb.lower_)
    clause = sense_in(lemma, "frame.that-clause") if lemma else None
    if clause is None or clause.first_rank > 1 or clause.tagged_share < 0.8:
        return False
    return clause.tagged_share >= 0.95 or not any(c.dep_ == "dobj" for c in verb.children)


def _closes_attribution(comma: Token) -> bool:
    """Whether a comma closes an attribution that commas set in the middle of a sentence, whose reported clause resumes
    after it: the words since the comma before hold one tense, a verb of saying with its subject before it and nothing
    of its clause ("Without new trains, the council said in its plan, travel times on the line could double")."""
    doc, sent = comma.doc, comma.sent
    opening = next((t for t in reversed(doc[sent.start : comma.i]) if t.text in SET_OFF), None)
    if opening is None:
        return False
    aside = doc[opening.i + 1 : comma.i]
    tensed = [t for t in aside if t.tag_ in FINITE_TAGS]
    if len(tensed) != 1 or not _reports_clause(tensed[0]):
        return False
    verb = tensed[0]
    subject = any(c.dep_ in SUBJECT_DEPS and opening.i < c.i < verb.i for c in verb.children)
    return subject and not any(c.dep_ in ("ccomp", "dobj") and c.i < comma.i for c in verb.children)


def _inverted(sent: Span, prep_start: int, finite: Token, verb: Token) -> bool:
    """Whether the verb's subject follows it, so the phrase before is fronted: "Alongside the mayor was her
    deputy.", "With each election comes a flood of data." A phrase set off after a main clause opens none, so no
    subject follows its verb: "The tour moves on, with Sinner remains the favourite" (not "As the sun set, with the
    tide came a fog")."""
    if _after_main_clause(sent, prep_start):
        return False
    if any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children):
        return True
    # "be" too after a phrase of members: "Among those arrested was the former director"
    member = sent.doc[prep_start].lower_ in MEMBER_PREPOSITIONS and finite.lower_ in ("is", "are", "was", "were")
    if member and _modifies_noun_after(verb):
        verb = finite  # "be" stands alone before its subject: "Among those watching was retired bowler Ian Hale"
    inverting = finite.lower_ in INVERSION_VERBS or member
    return finite.i == verb.i and inverting and _subject_follows(verb, sent, prep_start)


def _modifies_noun_after(word: Token) -> bool:
    """Whether the parser made a past form after "be" the modifier of a noun after it, not the verb of a passive: the
    adjective of a noun phrase ("was [retired] fast bowler Ian Hale", "were [elected] members of the board")."""
    return word.dep_ == "amod" and word.head.i > word.i and word.head.tag_ in NOUN_TAGS


def _after_main_clause(sent: Span, prep_start: int) -> bool:
    """Whether a comma sets the phrase off after a complete clause that no subordinating or question word opens."""
    doc = sent.doc
    if prep_start == sent.start or doc[prep_start - 1].text != ",":
        return False
    if any(t.dep_ == "mark" or t.tag_ in WH_TAGS for t in doc[sent.start : prep_start]):
        return False
    return _clause_before(sent, prep_start)


def _hangs_on_clause(
    sent: Span, prep_start: int, head: Token, finite: Token, verb: Token, opening: bool, adjunct: bool = False
) -> bool:
    """Whether the phrase at ``prep_start`` hangs on a clause of its own, so its subject ``head`` and ``finite``
    verb dangle: the clause is complete before it, or, where the phrase opens the sentence, follows it; ``adjunct``
    after a preposition of cause, concession or time."""
    doc = sent.doc
    # not the verb the tagger took for an adjective ("thanks to they qualified"), nor before "they": "open with they"
    owner = doc[prep_start].head
    complement = owner.i != finite.i and head.lower_ not in SUBJECT_PRONOUNS
    complement = complement and not _set_off(sent, prep_start)  # a comma sets off no complement: "the lowest, with"
    # an adjective the parser made an adverb of the verb is the clause's, no owner of a complement: "ended higher with"
    adjectival = owner.tag_ in ADJECTIVE_TAGS and owner.dep_ != "advmod"
    if adjectival and complement and not any(c.dep_ == "nsubj" for c in owner.children):
        return False  # a complement: "those familiar with the tool ..." (not a predicate: "wings open ...")
    fronted_tense = _auxiliary_on_one_noun(sent, head, finite, verb)
    if opening and not _clause_after_comma(sent, max(verb.i, finite.i)) and not fronted_tense:
        return False  # a fronted phrase and its clause: "In 2020 sales fell.", "and outside experts agree"
    complete = _merged_clause(sent, prep_start, head, verb) or _own_subject_misread(verb, prep_start, finite)
    complete = complete or _own_tense_read_as_noun(verb, prep_start, finite)
    if not opening and not (_clause_before(sent, prep_start) or complete):
        return False  # the phrase is in a subject still waiting for its verb: "One of those I met with X was ..."
    if not opening and _participle_on_subject(sent, prep_start, finite):
        return False  # "Voters registered with a party can vote": the verb is the subject's
    before = next((t for t in reversed(doc[sent.start : prep_start]) if t.text not in CLOSERS), None)
    # the phrase belongs to a noun: "Firms with ten staff are exempt.", "said people with ..."
    no_noun = _modifies_no_noun(doc[prep_start])
    return before is None or before.tag_ not in NOMINAL or not _may_be_subject(before, finite, adjunct, no_noun)


def _auxiliary_on_one_noun(sent: Span, head: Token, finite: Token, verb: Token) -> bool:
    """Whether a fronted phrase's object is one noun (its determiners and adjectives before it) with a modal or an
    auxiliary right after it whose subject it is: no subject of a clause of its own can hide in it, as one can in two
    nouns ("In March prices will rise"), so the tense is the phrase's ("and with the site shall revert"); but for a
    verb that inverts, whose subject follows it ("With the new rules will come new fees")."""
    doc = sent.doc
    if finite.i != head.i + 1 or head.tag_ not in NOUN_TAGS or not (finite.tag_ == "MD" or finite.dep_ in AUX_DEPS):
        return False
    lemma = verb_lemma(verb.lower_) or verb.lower_
    if verb.lower_ in INVERSION_VERBS or lemma in INVERSION_VERBS or lemma == "be":
        return False  # "With the bill has gone any hope", "Among the winners will be a school"
    if head.dep_ not in SUBJECT_DEPS:
        return False
    before = doc[head.left_edge.i : head.i]
    return head.left_edge.i > sent.start and doc[head.left_edge.i - 1].tag_ == "IN" and all(
        t.tag_ in DETERMINERS | ADJECTIVE_TAGS for t in before
    )


def _merged_clause(sent: Span, prep_start: int, head: Token, verb: Token) -> bool:
    """Whether the parser hung the clause before the phrase on the phrase's verb: the verb has a subject before
    the phrase besides the phrase's noun (no verb has two), and a past form between that subject and the phrase
    that the parser took for its modifier ("Four candidates qualified for the runoff, with the top two would
    advance")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = next((c for c in subjects if c.i < prep_start), None)
    if head not in subjects or first is None:
        return False
    if _present_read_as_subject(first):
        return True
    return any(
        t.tag_ in ("JJ", "VBN", "VBD") and t.lower_.endswith("ed") and verb_lemma(t.lower_)
        for t in first.subtree if first.i < t.i < prep_start
    )


def _present_read_as_subject(word: Token) -> bool:
    """Whether the parser's subject before the phrase is the -s form of a verb after a singular noun it took for a
    compound, with a phrase of its own after it: "The tournament moves to Doha next year, with the final would ...",
    where the parser gave one verb two subjects, so the clause before the phrase is whole ("the tournament moves")."""
    if word.tag_ != "NNS" or word.i == 0:
        return False
    lemma = verb_lemma(word.lower_)
    if lemma is None or lemma == word.lower_:
        return False
    before = word.doc[word.i - 1]
    compound = before.tag_ == "NN" and before.dep_ == "compound" and before.head.i == word.i
    return compound and any(c.dep_ == "prep" and c.i > word.i for c in word.children)


def _participle_on_subject(sent: Span, prep_start: int, finite: Token) -> bool:
    """Whether the sentence opens with a noun phrase with no article and a past form right before the preposition
    that may be a passive participle on it (a reduced relative clause naming a class), and ``finite`` agrees with
    that noun, so it may be the sentence's verb: "Voters registered with either party can vote", "Claims filed with
    the agency take weeks", "Animals rescued from the fire were taken to a shelter". The past form may be a
    participle only if its verb takes an object in most of its uses and it is no past tense only ("Talks continued
    during ...", "Prices rose with ..."); "Bills passed with most members have ..." disagrees. A particle may stand
    between ("Police brought in from other towns were housed")."""
    doc = sent.doc
    particle = doc[prep_start - 1].tag_ == "RP" and prep_start - 2 > sent.start
    past = doc[prep_start - 2] if particle else doc[prep_start - 1]
    if past.i <= sent.start or past.tag_ not in ("VBD", "VBN") or _past_only(past.lower_):
        return False
    lemma = verb_lemma(past.lower_)
    obj = sense_in(lemma, "frame.object") if lemma else None
    if obj is None or obj.tagged_share < 0.5:
        return False  # mostly used with no object, so no passive: "Talks continued during the two sides ..."
    if _noun_phrase_end(sent, sent.start) != past.i:
        return False
    noun = _noun_before_its_place(doc[sent.start : past.i])
    adjunct = any(_adjunct(doc[prep_start:end].text) for end in range(prep_start + 1, prep_start + 5))
    if adjunct and (is_people_noun(noun, min_share=0.5) or not seldom_in(lemma, "frame.no-object", 0.1)):
        # a preposition of cause, concession or time opens an adjunct of the clause ("Investors cheered amid"), but
        # not after a thing (mostly used for no people) and a verb that seldom goes without its object: "Bills filed
        # ahead of the session would ...", "Flights canceled due to the snow were ..."
        return False
    notional = _notional_plural(noun, finite)
    if not notional and any(t.tag_ in DETERMINERS or t.tag_ == "POS" for t in doc[sent.start : noun.i]):
        return False  # only a phrase with no article names a class: "Voters registered with ...", not "The bill"
    if _people(noun) and not _may_take_person(lemma):
        return False  # people are acted on only by a verb that takes a person: "The court ruled for ..."
    number = {"was": ("NNS", "NNPS"), "were": ("NN", "NNP")}.get(finite.lower_, ())
    return noun.tag_ in NOUN_TAGS and (notional or noun.tag_ not in number and not disagrees(noun, finite))


def _notional_plural(noun: Token, finite: Token) -> bool:
    """Whether a noun for a group takes a verb that only a plural takes, so the writer counts its members and the
    verb is its own whatever opens the phrase: "The data gathered with the new sensors were published", "The team
    trained alongside the reserves were cheered" (not "The chef cooked alongside the students were ...")."""
    # (the classes are keyed by lemma, so a plural form counts only where it is a lemma too: "data")
    return plural_verb(finite, past_be=True) and in_class(noun.lower_, "noun.group")


def _may_be_subject(word: Token, finite: Token, adjunct: bool = False, no_noun: bool = False) -> bool:
    """Whether the noun phrase of ``word`` may be the subject of a verb after it (with a phrase in between, which
    ``no_noun`` when it seldom modifies a noun: see _modifies_no_noun).

    Not the object of a preposition ("passed on Monday with ..."), nor the object of a verb other than one
    of telling, which may take an object and a clause ("told reporters in Ohio the talks failed"), or one
    that takes an object and a bare infinitive ("helps people across the country find ...").
    """
    # "Route 4", "the city's", an apposition's role is its noun's; so is a conjunct's before an adjunct when the verb
    # cannot agree with it ("on water and batteries ahead of the storm is ..."): "and" may open a clause ("and fans
    # despite the rain filled", "and the team in charge of it will")
    conjunct = adjunct and disagrees(word, finite, past_be=True)
    roles = ("compound", "nummod", "amod", "poss", "case", "nmod", "appos", *(("conj",) if conjunct else ()))
    while word.dep_ in roles and word.head.i != word.i:
        word = word.head
    if word.dep_ in ("pobj", "npadvmod", "advmod", "acomp", "oprd", "attr"):
        # "on Route 4 in response to ...", "this weekend regardless of ...", "stayed open in spite of", "became law
        # with", "closed the week higher with" (a comparative the parser made an adverb)
        return False
    # the parser's subject is the object of the verb before it: "had made progress toward ...", or cannot agree with
    # the verb after the phrase: "approved two licenses without the review was completed"
    if word.dep_ in SUBJECT_DEPS and (
        _object_of_verb_before(word, finite, no_noun) or disagrees(word, finite, past_be=True)
    ):
        return False
    if word.dep_ != "dobj":
        return True
    bare_infinitive = finite.tag_ == "VBP" and word.head.lower_ in verb_forms(BARE_INFINITIVE_VERBS)
    return bare_infinitive or word.head.lower_ in verb_forms(OBJECT_AND_CLAUSE_VERBS)


def _clause_after_comma(sent: Span, i: int) -> bool:
    """Whether a comma after token ``i`` is followed by a clause with its own subject and finite verb."""
    doc = sent.doc
    comma = next((t.i for t in doc[i + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return False
    if any(t.dep_ in SUBJECT_DEPS and t.head.i > comma and _has_tense(t.head) for t in doc[comma + 1 : sent.end]):
        return True
    # the parser may misread the clause after a long opening ("fishing boats [appos] left [advcl] ..."): a noun
    # phrase by its tags (its noun may carry a phrase: "trains from Paddington"), then a tense
    verb = next((t for t in doc[comma + 1 : sent.end] if t.tag_ in VERB_TAGS), None)
    nominal = DETERMINERS | MODIFIERS | {"PRP"}
    subject = doc[comma + 1 : verb.i] if verb is not None else ()
    tense = verb is not None and (verb.tag_ in FINITE_TAGS or _past_read_as_participle(verb))
    return len(subject) > 0 and subject[0].tag_ in nominal and tense and all(
        t.tag_ in nominal or t.lower_ in NP_PREPOSITIONS for t in subject
    )


def _past_read_as_participle(verb: Token) -> bool:
    """A past form the tagger read as a participle with no auxiliary of its own, which after a bare noun phrase and
    before nothing else finite is that phrase's tense: "trains terminated at Exeter" (not "risen", "taken", which are
    participles only)."""
    if verb.tag_ != "VBN" or _participle_only(verb) or any(c.dep_ in AUX_DEPS for c in verb.children):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in verb.doc[verb.i + 1 : verb.sent.end])


def _clause_before(sent: Span, i: int) -> bool:
    """Whether a finite clause is complete before token ``i``, so that a phrase at ``i`` can hang on it.

    Relative clauses and participle clauses do not count ("the conversations I had with ..."), and a clause opened by a
    subordinator or a question word that has no verb yet leaves the sentence waiting ("how welcome
    the plan to focus on X would be").
    """
    doc = sent.doc
    # not a past tense the parser hung on the subject ("The law passed despite ..."); a participle clause set off
    # by a comma is no subject ("The airline cut its forecast, citing fuel costs, with ..."), and a subordinator
    # before a participle or adjective with no subject is a whole clause ("would go ahead as planned, with ...")
    relative = {
        k
        for t in doc[sent.start : i]
        if t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ != "VBD" and not _verb_of_root_noun(t)
        or _set_off_participle(t) or t.dep_ == "advcl" and _elliptical_clause(t)
        for k in range(t.left_edge.i, t.right_edge.i + 1)
    }
    # a dateline is no subject: "BIRMINGHAM — Refuse collectors in the city will ..." ("Refuse" read as a verb)
    dateline = dateline_end(sent) if sent.start == 0 else None
    first = sent.start if dateline is None else sent.start + dateline + 1
    for tok in reversed(doc[sent.start : i]):
        if tok.i in relative:
            continue
        if _verb_of_root_noun(tok):
            # "The plan to close two stations stalled on Tuesday, with ..."; not a participle with the phrase as its
            # complement, whose subject the tense after the phrase may be: "spillage combined with rains affected"
            return not _passive_with_its_phrase(tok, i)
        if tok.dep_ == "mark" or tok.tag_ in WH_TAGS:
            return False
        # not "are running", nor a preposition's object ("dropped below freezing")
        gerund = not any(c.dep_ in AUX_DEPS for c in tok.children) and doc[tok.i - 1].tag_ != "IN"
        if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "nsubj", "advcl", "ccomp") and gerund:
            return False  # a gerund that may be the subject: "so making time for this on a regular basis helps"
        if tok.tag_ in FINITE_TAGS and tok.dep_ not in NOMINAL_DEPS:
            return True
        if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") and _past_between_nouns(tok):
            return True  # a past tense tagged as an adjective: "The school added classes, with ..."
        if tok.tag_ != "VBG" and any(c.dep_ == "nsubj" and c.i >= first for c in tok.children):
            # a predicate the parser gives a subject ("exhibits open this fall"), or a past tense tagged as a
            # participle ("the museum added guards")
            if tok.tag_ != "VBN" or tok.dep_ == "ROOT" and not any(c.dep_ in AUX_DEPS for c in tok.children):
                return True
    return False


def _elliptical_clause(tok: Token) -> bool:
    """A subordinator and a participle or adjective with no subject: "as planned", "if needed", "when possible"."""
    if tok.tag_ not in ("VBN", *ADJECTIVE_TAGS):
        return False
    children = list(tok.children)
    return any(c.dep_ == "mark" for c in children) and not any(c.dep_ in SUBJECT_DEPS for c in children)


def _verb_of_root_noun(tok: Token) -> bool:
    """A regular past form the parser hung on the noun it made the sentence's root, so the sentence has no verb
    but it: "The plan to close two fire stations stalled on Tuesday" (the parse of a noun phrase)."""
    root = tok.head
    return (
        tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and root.dep_ == "ROOT" and root.tag_ in NOUN_TAGS
        and root.i < tok.i and not any(c.dep_ in AUX_DEPS for c in tok.children) and verb_lemma(tok.lower_) is not None
    )


def _passive_with_its_phrase(participle: Token, prep_start: int) -> bool:
    """Whether a past form right before the phrase, which the parser hung on the noun it made the root, takes the phrase
    as its complement and is a passive participle that fits there: its verb takes an object in its main sense
    ("spillage from the dam combined with heavy rains affected thousands", "costs coupled with"; not "stalled with")."""
    lemma = verb_lemma(participle.lower_)
    prep = participle.doc[prep_start]
    if lemma is None or participle.i + 1 != prep_start or prep.head.i != participle.i:
        return False
    return in_class(lemma, "frame.object")


def _set_off_participle(tok: Token) -> bool:
    """A participle clause set off by a comma after its clause: ", citing fuel costs," (not a gerund subject)."""
    start = tok.left_edge.i
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and start > tok.sent.start + 1 and tok.doc[start - 1].text == ","


def _subject_follows(verb: Token, sent: Span, prep_start: int) -> bool:
    """Whether a noun phrase after ``verb`` is its subject: "With each election comes a flood of data."

    Only a phrase that opens its clause (at the start of the sentence or after "and", "but" ...) can be
    fronted like this; after a comma the noun phrase must be the parser's subject or object of the
    verb, not an adverbial ("..., following officers went house to house").
    """
    doc = sent.doc
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    modifier = after is not None and (after.tag_ in DETERMINERS | MODIFIERS or _modifies_noun_after(after))
    if not modifier or after.dep_ in ("acomp", "oprd"):
        return False  # an adjective is the verb's predicate, no subject: "the contractor went bankrupt"
    before = doc[prep_start - 1] if prep_start > sent.start else None
    if before is None or before.tag_ == "CC":
        return True
    head = after
    while head.head.i != verb.i and verb.i < head.head.i < sent.end and head.head.i != head.i:
        head = head.head
    return head.head.i == verb.i and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
