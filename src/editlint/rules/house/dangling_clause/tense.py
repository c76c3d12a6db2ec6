"""Whether the verb after the phrase's noun is a tense or the participle of an absolute phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, seldom_in, sense_in
from editlint.nlp.syntax import AUX_DEPS, NOUN_TAGS, SINGULAR_DETERMINERS, SUBJECT_DEPS, SUBJECT_PRONOUNS, verb_lemma
from editlint.rules.house.dangling_clause.common import (
    ASPECT_VERBS, CHANGE_ADVERBS, CLITICS, COMPLEMENT_DEPS, INTRANSITIVE_PAST, MEASURES,
    NOMINAL_DEPS, OBJECT_AND_CLAUSE_VERBS, PLACE_ADVERBS, POSITION_PREPOSITIONS, PREDICATE_PARTICIPLES, RARE_USE,
    SAME_AS_PARTICIPLE, SCALE_PREPOSITIONS, STRANDED_PREPOSITIONS, SUBJECT_CONTROL_VERBS, _active_with_object, _amount,
    _bare_noun_after, _by_agent, _intransitive_phrasal, _keeps_object, _may_take_person, _measure, _name, _naming,
    _never_object, _no_participle, _objects, _of_time, _participle_only, _particle, _passive_marked, _past_only,
    _past_tense_only, _people, _people_in_most_uses, _phrasal_with_object, _plural, _scale_point,
    _subject_of_next_tense, _takes_clause, _takes_no_object, _thing_or_place,
)

from editlint.rules.house.dangling_clause.noun_phrase import _base_form_after_quantifier

if TYPE_CHECKING:
    from spacy.tokens import Token


def _finite(
    tok: Token, head: Token, participle_may_follow: bool, fronted: bool, set_off: bool, adjunct: bool,
    parsed_subject: bool | None = None,
) -> bool:
    """Whether ``tok``, after the noun phrase headed by ``head``, is a finite verb, not the participle of an
    absolute phrase ("with the contract signed") nor a word of the noun phrase; ``participle_may_follow`` after
    "with" or "without" or in a noun's modifier, ``fronted`` when the phrase opens its clause, ``set_off`` when a
    comma or dash (or nothing) comes before it, ``adjunct`` after a preposition of cause, concession or time;
    ``parsed_subject`` whether the block's parse makes ``head`` the verb's subject, where ``tok`` is of a reading of
    the phrase alone, which makes it so whatever it is (None: ``tok``'s own parse is the block's)."""
    tag, lower = tok.tag_, tok.lower_
    doc = tok.doc
    if tag == "VBP" and _past_form(lower):
        tag = "VBD"  # a present tense is spelled as its base form: "with the old platforms rebuilt the winter before"
    if tag in ("VBN", "VBD") and tok.dep_ == "amod" and tok.head.i == tok.i + 1 and tok.i > 0:
        # a past tense the parser read as a participle before the next noun: "the warden allowed inmates"
        noun_before = doc[tok.i - 1].tag_ in ("NN", "NNS", "NNP") and not _bare_noun_after(tok, tok)
        return noun_before and _active_with_object(tok, tok.head, head)
    if tag in ("NNS", "VBZ", "VBP") and _object_of_infinitive(tok):
        return False  # the object of an infinitive, tagged as a verb: "with neither side able to string passes"
    if tok.text in CLITICS or tag in ("NNS", "VBZ") and _change_after(tok):
        return False  # a noun (perhaps tagged as an -s form) and its predicate: "crude stockpiles up 4 million"
    if tag in ("NNS", "VBZ") and _compound_plural_before_predicate(tok, head):
        return False  # the plural of a compound and its predicate: "with the ceasefire talks set to resume"
    if tag == "VBZ" and tok.is_alpha and verb_lemma(lower) is None:
        return False  # a noun WordNet knows no verb for, tagged as one: "with credit card delinquencies rising"
    if tag in ("VBP", "VB") and participle_may_follow and _object_missing(tok):
        return False  # an adjective the tagger took for a verb: "with the Labor and Green members absent"
    # A word the parser gives a subject is a predicate, whatever its tag or label: a present tense tagged as
    # a plural noun ("Herrera hopes for"), a base form ("shareholders vote next week"), or a verb made the
    # object of the preposition ("with the city plans to").
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is not None and not any(c.dep_ in AUX_DEPS for c in tok.children):
        if tag == "NNS" and verb_lemma(lower) or tag in ("VBZ", "VBP") and lower not in SAME_AS_PARTICIPLE:
            return True
        if tag == "NN" and verb_lemma(lower) and len(_objects(tok)) == 2:
            return True  # "with the news cost investors billions"
        if tag == "NN" and verb_lemma(lower) == lower and _plural(subject) and subject.tag_ in ("NNS", "NNPS"):
            return True  # a base form after a plural it agrees with: "with campers at the lake need permits"
        if tag == "VB" and _plural(subject) and lower not in SAME_AS_PARTICIPLE:  # not "with the doors shut"
            return True
    if tok.dep_ in NOMINAL_DEPS:
        if _base_form_after_quantifier(tok) or tag == "VBP" and _after_plural_number(tok):
            return True  # "with many fear that ...", "with nearly two in five say ..."
        if _present_before_its_gerund(tok, head):
            return True  # "despite the deck still needs resurfacing"
        return _past_tense_only(tok) and tok.i > 0 and doc[tok.i - 1].tag_ in NOUN_TAGS  # "a water main broke"
    plural = head.tag_ in ("NNS", "NNPS") and not head.text.isupper()  # a plural by its form, not "AI"
    # or nouns joined by "and": "with Councillor Ruiz and two colleagues have asked"
    plural = plural or any(c.lower_ == "and" for c in head.children) and any(c.dep_ == "conj" for c in head.children)
    if tag == "VB" and plural and lower not in SAME_AS_PARTICIPLE and doc[tok.i - 1].tag_ not in ("TO", "MD"):
        return True  # a base form after a plural is its present tense: "families, according to officials, depend"
    if tag == "VBP" and lower in SAME_AS_PARTICIPLE:
        tag = "VBD"  # may be a participle: needs a complement below
    elif tag in ("VBZ", "VBP", "MD") or _past_only(lower):
        return True
    if head.lower_ in SUBJECT_PRONOUNS and tag in ("VBD", "VBN", "JJ") and lower.endswith("ed") and verb_lemma(lower):
        return True  # only a verb follows "they": "thanks to they qualified"
    if tag not in ("VBD", "VBN") or _participle_only(tok):
        return False
    if tok.i + 1 < len(doc) and _measure(doc[tok.i + 1]) and _of_time(head):
        return False  # a period named by its end: "in the fiscal year ended March 31", "the six months ended Friday"
    if head.lower_ in SUBJECT_PRONOUNS or head.tag_ == "PRP" and not participle_may_follow:
        return True  # no participle follows a pronoun but in an absolute phrase: "despite it lost", not "with it gone"
    return _past_form_tense(tok, tag, head, participle_may_follow, fronted, set_off, adjunct, parsed_subject)


def _past_form_tense(
    tok: Token, tag: str, head: Token, participle_may_follow: bool, fronted: bool, set_off: bool, adjunct: bool,
    parsed_subject: bool | None,
) -> bool:
    """Whether a past form (tagged ``tag``) after the noun phrase headed by ``head`` is a past tense, not a passive
    participle, by what follows it: two objects, a clause, a complement (see _tense_with_complement) or none (see
    _tense_without_complement); the flags as _finite's."""
    doc, lower = tok.doc, tok.lower_
    # bare nouns on both sides may be a compound modifier, unless the parser made the first the verb's subject;
    # a ratio is a measure, not an object: "with its members outnumbered two to one"; nor is a time after a particle,
    # which no phrasal verb takes as its object: "with tickets sold out weeks in advance"; nor, after things, is a
    # noun after a "particle" that makes no phrasal verb with an object, which is a preposition of place: "with a line
    # of buses rerouted down Main Street" (people may act so: "with riders forced off the line accounted for")
    compound = not any(c.dep_ == "nsubj" and c.i == tok.i - 1 for c in tok.children)
    particle_before = _particle(tok)
    preposition = particle_before is not None and not _people(head) and not _phrasal_with_object(tok, particle_before)
    complement = next(
        (
            c
            for c in tok.children
            if c.dep_ in COMPLEMENT_DEPS and c.i > tok.i and not _measure(c) and c.lower_ not in PLACE_ADVERBS
            and not (compound and _bare_noun_after(tok, c))
            and not (particle_before is not None and particle_before.i < c.i and (preposition or _of_time(c)))
            and not (c.dep_ == "dobj" and _point_in_time(c) and not (_people(head) or _name(head)))
            and not (fronted and _clause_after_comma(tok, c))
        ),
        None,
    )
    if len(_objects(tok)) == 2:
        return True  # a passive keeps one object at most: "with the deal handed the city a profit"
    clause = _clause_after(tok)
    if clause is not None and compound and _bare_noun_after(tok, clause):
        clause = None  # "by law drafted soldiers cannot fight": a participle before its noun
    # a passive keeps a clause only where its subject was told it ("With investors convinced the bank would act,
    # ..."): after a thing, or with a verb that takes no addressee, the past form is the clause's ("with tests
    # showed the air was safe", "with analysts predicted the bank would act")
    addressee = verb_lemma(lower) in OBJECT_AND_CLAUSE_VERBS and _people(head, max_rank=3)
    if clause is not None and participle_may_follow and _adjective_of_feeling(tok):
        return False  # the adjective takes the clause: "with traders worried that the conflict could spread"
    if clause is not None and not addressee and not fronted:
        return True
    if clause is not None and addressee:  # as after any complement below; "the crew" is no object
        if participle_may_follow and doc[tok.i - 1].text not in (",", "—", "–"):
            return False  # its passive keeps the clause too: "with residents warned that the roof could leak" reads
            # as "with analysts warned that profits would shrink" does, so the rule cannot tell the error
        return not fronted and tag == "VBD" and not _keeps_object(tok)
    if complement is not None:
        return _tense_with_complement(tok, tag, complement, head, participle_may_follow, adjunct)
    return _tense_without_complement(tok, tag, head, participle_may_follow, fronted, set_off, adjunct, parsed_subject)


def _tense_with_complement(
    tok: Token, tag: str, complement: Token, head: Token, participle_may_follow: bool, adjunct: bool
) -> bool:
    """Whether a past form with a complement after it (an object, an infinitive, a gerund, a predicate) is a past
    tense: a passive keeps only what a verb of giving, naming, making, saying or thinking lets it keep."""
    doc, lower = tok.doc, tok.lower_
    if complement.dep_ == "dobj" and _changed_by(tok, complement, head):
        return False  # a passive of a verb of change keeps its measure: "with prices cut 30 percent"
    if complement.dep_ == "dobj":  # "lined both lanes", not "handed a contract"
        after = doc[tok.i + 1 : complement.left_edge.i]  # only a particle: "paid off its debt"
        direct = all(t.dep_ == "prt" for t in after) and not any(c.dep_ == "agent" for c in tok.children)
        # a passive with an object is the absolute phrase of a verb of giving ("with the crew handed a bonus"): after
        # a preposition of cause, concession or time the past form has the object ("amid traders sold shares")
        retained = participle_may_follow or not adjunct
        return (tag == "VBD" or direct) and _active_with_object(tok, complement, head, retained)
    if complement.dep_ in ("ccomp", "xcomp") and complement.tag_ == "VB":
        if any(c.dep_ == "nsubj" for c in complement.children):
            return True  # an object and an infinitive, which no passive keeps: "the warden allowed visitors to"
        # a passive keeps an infinitive only where the active has an object before it: "asked to leave"; so does
        # a verb whose main sense takes a person and that takes no infinitive of its own: "summoned to appear", and
        # a verb of saying or thinking: "with the suspect believed to be armed"
        lemma = verb_lemma(lower)
        control = lemma in SUBJECT_CONTROL_VERBS  # no passive at all: "with fans threatened to boycott"
        if lemma is None or not control and sense_in(lemma, "frame.object-infinitive"):
            return False
        # a form spelled like its participle is a past tense by its tag no more than one by its spelling
        if (tag != "VBD" or lower in SAME_AS_PARTICIPLE) and not control and not _no_participle(tok, head):
            return False  # not "with shoppers hesitated to spend"
        if participle_may_follow and _adjective_before_infinitive(lower, lemma):
            return False  # "with both sides determined to reach a deal"
        own_infinitive = sense_in(lemma, "frame.infinitive") is not None
        return own_infinitive or not (in_class(lemma, "frame.person-object") or _raised(complement, lemma))
    aspect = verb_lemma(lower) in ASPECT_VERBS
    if aspect and complement.tag_ == "VBG" and complement.i == tok.i + 1:
        # a verb of aspect before its gerund is active ("amid central banks kept buying"); only "keep" has that
        # passive, in an absolute phrase: "with the engine kept running"
        return not (participle_may_follow and lower == "kept")
    # the passive of a verb of saying or thinking keeps a predicate: "with six people reported missing"
    predicate = complement.dep_ in ("xcomp", "oprd", "acomp") and _raised(complement, verb_lemma(lower))
    naming = _naming(tok) or lower in PREDICATE_PARTICIPLES
    return tag == "VBD" and not predicate and not naming and not _keeps_object(tok)


def _tense_without_complement(
    tok: Token, tag: str, head: Token, participle_may_follow: bool, fronted: bool, set_off: bool, adjunct: bool,
    parsed_subject: bool | None,
) -> bool:
    """Whether a past form with no complement after it is a past tense: a phrasal verb with no passive, a verb with
    no object, one moved by a measure, or, where only a passive participle may follow, one mostly used with no
    object; not a passive marked by a particle or an agent, nor a participle of place or of a second absolute
    phrase."""
    doc, lower = tok.doc, tok.lower_
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    adverb = after is not None and after.tag_ in ("RB", "IN") and not any(c.dep_ == "pobj" for c in after.children)
    particle = _particle(tok) or (after if adverb else None)  # "moved in", not "moved in buses"
    # a phrasal verb with no passive: ", with a few fans showed up", "with troops moved in"; in mid-clause only
    # after people ("with lawmakers looked on") or a preposition of cause, concession or time ("throughout the
    # strike dragged on"), not a thing's state ("a house with the roof caved in") nor in a subject still waiting
    # for its verb ("the news about the PCs shipped from July onward popped up")
    if not participle_may_follow and _name(head) and head.i == tok.i - 1:
        return True  # a name takes no participle but in an absolute phrase: "despite Joel Embiid sat out"
    people = _people(head) or _name(head) or _people_in_most_uses(head)
    # an agent marks the passive of its rare sense with an object: "with the marchers turned back by police"
    if particle is not None and people and not _by_agent(tok) and _intransitive_phrasal(tok, particle, mostly=True):
        return True
    # after a thing, a phrasal verb with an object in any sense may be its passive ("with its debts rolled over"),
    # unless it reaches an amount: "with gusts topped out at 74 mph"
    reaches = set_off and _to_an_amount(tok)
    if particle is not None and (set_off or adjunct) and _intransitive_phrasal(tok, particle, never=not reaches):
        return True  # "throughout the strike dragged on" (not "because of the ballots dropped off")
    if particle is not None and _object_only_phrasal(tok, particle):
        return False  # its passive, with no object after it: "with the launch pushed back", "with the vote put off"
    if participle_may_follow and people and _moves_people_to_a_place(tok):
        return False  # "with most workers returned home": people may be sent home, so a passive fits
    prepositional = _prepositional_object(tok)
    if prepositional is not None:
        # "with visitors accounted for a fifth"; a passive strands the preposition: "with the elderly cared for at ..."
        return prepositional
    # a particle or an agent, but no "by" after a verb with no passive ("arrived by bus"), nor a word that makes no
    # phrasal verb with it, a preposition of place: "capsized off the coast"
    no_phrasal = particle is None or not _phrasal(tok, particle)
    if _passive_marked(tok) and not (no_phrasal and _never_object(verb_lemma(lower))):
        return False
    if participle_may_follow and any(c.dep_ == "conj" and _bare_passive(c) for c in tok.children):
        return False  # a second absolute phrase joins it: "with the runway resurfaced and the lights replaced"
    # it shares its subject with a past tense that has an object: "the wind shifted and pushed the fire back" (not
    # one with a subject of its own: "With the ballots counted and the result declared, the mayor thanked her team")
    if any(
        c.dep_ == "conj" and c.tag_ == "VBD" and _objects(c) and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        and _active_with_object(c, _objects(c)[0], head)
        for c in tok.children
    ):
        return True
    # a fronted phrase may use the participle of a verb of change: "With the waters receded, ..."
    if participle_may_follow and fronted:
        return lower in INTRANSITIVE_PAST or _measured_change(tok, head, scale=False)
    if participle_may_follow and lower not in INTRANSITIVE_PAST and _placed_in_position(tok, head):
        return False
    if lower in INTRANSITIVE_PAST or _takes_no_object(tok, head) or _measured_change(tok, head):
        return True
    # elsewhere only a passive participle may follow the noun ("despite the concerns raised"), so a verb mostly
    # used with no object is a past tense: "due to the river dropped to its lowest level"
    lemma = verb_lemma(lower)
    mostly_intransitive = lemma is not None and in_class(lemma, "frame.no-object", max_rank=2, min_share=0.3)
    # but a verb whose main sense takes an object, after a thing the parser did not make its subject and dated by its
    # own time, may be a reduced relative's passive: "despite the warnings issued the day before" (not "because of
    # the center closed last spring", where the parse has the clause)
    dated = any(c.dep_ in ("npadvmod", "dobj") and _point_in_time(c) for c in tok.children) and not _people(head)
    if parsed_subject is None:
        parsed_subject = head.dep_ in SUBJECT_DEPS and head.head is tok
    dated = dated and in_class(lemma or "", "frame.object") and not parsed_subject
    # and a verb of saying after a thing, which says nothing, is a passive: "owing to the fog reported across the
    # region", "despite the loss of the captain reported earlier in the week" (not "despite the union reported")
    said = in_class(lemma or "", "verb.communication") and not (_people(head, max_rank=3) or _name(head))
    return not participle_may_follow and mostly_intransitive and not dated and not said


def _clause_after_comma(verb: Token, complement: Token) -> bool:
    """Whether a clause the parser made the verb's complement has a subject of its own after a comma that follows the
    verb: the main clause after a fronted phrase ("With the appointment of the minister announced yesterday, the review
    can begin", "Despite the return of the captain announced last week, Essex lost")."""
    subject = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS and c.i < complement.i), None)
    return subject is not None and any(t.text == "," for t in verb.doc[verb.i + 1 : subject.left_edge.i])


def _point_in_time(noun: Token) -> bool:
    """Whether a noun phrase may name when something happened, as an adverb does: a singular noun of time in its main
    sense, with a determiner or a modifier ("the following year", "the previous winter"), that is no attribute
    measured over time ("the rate", "the pace")."""
    lemma = noun.lower_
    modified = any(c.dep_ in ("det", "amod") for c in noun.children)
    return noun.tag_ == "NN" and modified and in_class(lemma, "noun.time") and sense_in(lemma, "noun.attribute") is None


def _past_form(form: str) -> bool:
    """Whether a verb form is a past form by its spelling: a form of a verb WordNet knows that is neither its base form,
    nor its -s or -ing form, nor a present of "be" ("rebuilt", "demolished"; not "rebuild", "are")."""
    lemma = verb_lemma(form)
    return lemma not in (None, form, "be") and not form.endswith(("s", "ing"))


def _compound_plural_before_predicate(word: Token, head: Token) -> bool:
    """Whether an -s form right after the phrase's singular noun, with no article for a singular, is the plural of the
    compound they make, with the phrase's predicate after it that the verb could not take. WordNet gives the verb no
    object in its main sense (which a participle or an -ing form may fill: "the stand roof needs replacing", "needs
    replaced"), and, before an adjective or a participle, no frame with a predicate ("Something ----s Adjective"),
    before an -ing form no gerund in its first two senses: "with the ceasefire talks set to resume", "with its
    promotion hopes alive", "with rent rises outpacing wages" (not "with the mayor looks set to win", "with the plant
    keeps running"). A word that modifies the noun after it is no predicate ("with the city faces mounting debts")."""
    doc, i = word.doc, word.i
    lemma = verb_lemma(word.lower_)
    if lemma is None or lemma in ("be", "have", "do") or i + 1 >= len(doc) or head.i != i - 1 or head.tag_ != "NN":
        return False
    if any(c.lower_ in SINGULAR_DETERMINERS for c in head.children) or in_class(lemma, "frame.object"):
        return False  # "with a ceasefire talks ..." agrees only as a verb
    after = doc[i + 1]
    if after.dep_ in ("amod", "compound") and after.head.i > after.i:
        return False
    if after.tag_ in ("VBN", "VBD", "JJ"):
        return sense_in(lemma, "frame.predicate") is None
    return after.tag_ == "VBG" and not in_class(lemma, "frame.gerund", max_rank=2)


def _adjective_of_feeling(form: Token) -> bool:
    """Whether a past form is, in its first sense in WordNet, an adjective whose verb stirs a feeling in a person: a
    verb of feeling in its first two senses, or one that takes a person as object and no clause in its main sense
    ("worried", "pleased", "concerned", "surprised"), so that after its noun it may be the absolute phrase's
    predicate, with a clause of its own ("with traders worried that ..."; not "expected", "reported", "feared")."""
    adjective = sense_in(form.lower_, "adj.all")
    lemma = verb_lemma(form.lower_)
    if adjective is None or adjective.first_rank > 1 or lemma is None:
        return False
    if in_class(lemma, "verb.emotion", max_rank=2):
        return True
    return in_class(lemma, "frame.person-object") and sense_in(lemma, "frame.that-clause") is None


def _placed_in_position(verb: Token, subject: Token) -> bool:
    """Whether a past form after a thing, with no object, is the participle of a state in a place: its verb takes an
    object in some sense in WordNet, so a passive fits, and a preposition of position with a thing or a place as its
    object follows it ("with the pigeons perched along the gutters", "with the rope coiled around a post"; not "with
    prices soared to a record", whose verb takes no object, nor "with the index climbed above 4,000")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or sense_in(lemma, "frame.object") is None or _people(subject) or _name(subject):
        return False
    prep = next((c for c in verb.children if c.i > verb.i and c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in POSITION_PREPOSITIONS or prep.left_edge.i != verb.i + 1:
        return False
    return any(o.dep_ == "pobj" and _thing_or_place(o) for o in prep.children)


def _present_before_its_gerund(verb: Token, subject: Token) -> bool:
    """Whether an -s form the tagger read as a verb, which the parser made the subject of the gerund right after it, is
    that gerund's verb after a singular noun it agrees with: "apart from the stand roof needs replacing" (a plural
    noun and a participle are tagged as such: "the needs facing families")."""
    doc, i = verb.doc, verb.i
    gerund = doc[i + 1] if i + 1 < len(doc) else None
    if verb.tag_ != "VBZ" or gerund is None or gerund.tag_ != "VBG" or verb.head.i != gerund.i:
        return False
    return subject.tag_ in ("NN", "NNP") and subject.i < i and verb_lemma(verb.lower_) is not None


def _after_plural_number(verb: Token) -> bool:
    """Whether a present tense the parser made a noun follows a number other than one, which counts only plurals, and
    no noun follows it: "with nearly two in five say they ..." (not "five star hotels")."""
    doc, i = verb.doc, verb.i
    number = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if number is None or number.tag_ != "CD" or number.lower_ in ("one", "1"):
        return False
    return after is None or after.tag_ not in NOUN_TAGS


def _bare_passive(verb: Token) -> bool:
    """Whether a past form with its own subject and nothing after it is a passive participle: its verb takes an object
    in its main sense and none in WordNet ("the lights replaced", "the doors locked")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or verb.tag_ not in ("VBD", "VBN") or sense_in(lemma, "frame.no-object") is not None:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return in_class(lemma, "frame.object") and not any(c.i > verb.i and c.dep_ in COMPLEMENT_DEPS for c in verb.children)


def _to_an_amount(verb: Token) -> bool:
    """Whether a preposition with a number or a counted noun as its object follows the verb: "topped out [at 74
    mph]", "leveled off [at 4 percent]"."""
    return any(
        c.dep_ == "prep" and c.i > verb.i and any(o.dep_ == "pobj" and _counted(o) for o in c.children)
        for c in verb.children
    )


def _counted(noun: Token) -> bool:
    """A number or a noun a number counts: "4,000", "74 mph", "4 percent"."""
    return noun.tag_ == "CD" or any(c.dep_ == "nummod" and c.tag_ == "CD" for c in noun.children)


def _phrasal(verb: Token, particle: Token) -> bool:
    """Whether WordNet knows the verb and its particle as a phrasal verb, in any frame ("cave in", "topple over")."""
    phrasal = f"{verb_lemma(verb.lower_)} {particle.lower_}"
    return any(sense_in(phrasal, frame) for frame in ("frame.object", "frame.no-object"))


def _object_only_phrasal(verb: Token, particle: Token) -> bool:
    """Whether a phrasal verb takes an object in every sense WordNet gives it ("push back", "put off", "ramp up")."""
    lemma = verb_lemma(verb.lower_)
    phrasal = f"{lemma} {particle.lower_}"
    return lemma is not None and sense_in(phrasal, "frame.object") is not None and sense_in(
        phrasal, "frame.no-object"
    ) is None


def _moves_people_to_a_place(verb: Token) -> bool:
    """Whether a verb of motion that may move a person has an adverb of place right after it ("returned home", "moved
    abroad"), so that people after "with" may be its passive's subject."""
    doc, lemma = verb.doc, verb_lemma(verb.lower_)
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if lemma is None or after is None or after.lower_ not in PLACE_ADVERBS:
        return False
    return in_class(lemma, "verb.motion") and _may_take_person(lemma)


def _object_missing(verb: Token) -> bool:
    """Whether a base form with no object (nor one after its preposition: "account for"), particle or clause after it
    is a verb that WordNet gives an object in every sense ("absent", "free") or in all but rare ones ("level": "with
    the sides level for the fifth time"), so it is no verb here but the adjective spelled like it."""
    lemma = verb_lemma(verb.lower_)
    if verb.dep_ in AUX_DEPS or lemma != verb.lower_:
        return False
    alone = sense_in(lemma, "frame.no-object")
    if alone is not None and (alone.first_rank == 1 or alone.tagged_share >= RARE_USE):
        return False
    if _prepositional_object(verb):
        return False  # the verb's object follows its preposition: "with carmakers in Asia account for half"
    return not any(c.dep_ in COMPLEMENT_DEPS or c.dep_ == "prt" for c in verb.children if c.i > verb.i)


def _raised(predicate: Token, lemma: str | None) -> bool:
    """Whether a verb of saying or thinking has a predicate after it that its passive keeps: one with no infinitive
    ("with six people reported missing") or "to be" or "to have" ("with the suspect believed to be armed", "thought
    to have fled"; not "with its members decided to sell")."""
    auxiliaries = [c for c in predicate.children if c.dep_ in AUX_DEPS]
    bare = not any(c.tag_ == "TO" for c in auxiliaries) and predicate.tag_ != "VB"
    return _takes_clause(lemma) and (bare or any(w.lower_ in ("be", "have") for w in (predicate, *auxiliaries)))


def _object_of_infinitive(word: Token) -> bool:
    """Whether a word right after an infinitive that has no object is its object, whatever the tagger says: the
    infinitive's verb takes an object in its main sense ("able to string [passes]", "trying to cut [costs]")."""
    doc, i = word.doc, word.i
    if i < 2 or doc[i - 1].tag_ != "VB" or doc[i - 2].tag_ != "TO":
        return False
    if any(c.dep_ == "dobj" and c.i != i for c in doc[i - 1].children):
        return False
    lemma = verb_lemma(doc[i - 1].lower_)
    return lemma is not None and in_class(lemma, "frame.object")


def _changed_by(verb: Token, amount: Token, subject: Token) -> bool:
    """Whether a bare amount of a unit after a past form may be the measure its passive keeps, not its object: the
    verb mostly takes an object and changes a thing in one of its first two senses, and its subject is a thing ("with
    prices cut 30 percent", "with the rate raised two points"; not "with the firm cut 30 percent of its staff", "with
    the airline reduced 400 jobs", "with sales topped $2 billion")."""
    lemma = verb_lemma(verb.lower_)
    unit = _amount(amount) and (_scale_point(amount) or amount.lower_ in MEASURES)  # not "400 jobs"
    if lemma is None or not unit or any(c.dep_ == "prep" and c.lower_ == "of" for c in amount.children):
        return False
    obj = sense_in(lemma, "frame.object")
    transitive = obj is not None and obj.first_rank == 1 and obj.tagged_share >= 0.5
    return transitive and in_class(lemma, "verb.change", max_rank=2) and not _people(subject, max_rank=3)


def _prepositional_object(verb: Token) -> bool | None:
    """Whether a past form followed by its preposition is a past tense (True) or a passive participle (False), where
    WordNet lists the pair as a verb with an object ("account for", "care for", "look into"); None where it cannot
    tell. With no object, the preposition is stranded by a passive ("with all passengers accounted for", "with the
    case looked into by police"); with one, the past form is a tense if the verb alone rarely takes an object (in
    under a tenth of its tagged uses), so only the pair does: "with visitors accounted for a fifth". A time after the
    preposition is no object ("phased in January"); a stranded preposition is one no phrasal verb ends in (not "on":
    "with lawmakers looked on")."""
    doc = verb.doc
    prep = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    lemma = verb_lemma(verb.lower_)
    if prep is None or prep.dep_ != "prep" or prep.head.i != verb.i or lemma is None:
        return None
    if sense_in(f"{lemma} {prep.lower_}", "frame.object") is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.tag_ != "RB"), None)
    if obj is None:
        return False if prep.lower_ in STRANDED_PREPOSITIONS else None
    if _of_time(obj):
        return None
    alone = sense_in(lemma, "frame.object")
    return True if alone is None or alone.tagged_share < 0.1 else None


def _measure_after(verb: Token) -> bool:
    """Whether an amount follows the verb, its own ("slipped 4 percent") or that of a phrase or adjective right after
    it ("stretched [nearly a mile] down Route 9", "piled [a meter] high")."""
    after = verb.i + 1
    for child in verb.children:
        if child.left_edge.i != after:
            continue
        if child.dep_ in ("npadvmod", "dobj") and _amount(child) and not _score(child):
            return True
        if any(g.dep_ == "npadvmod" and g.left_edge.i == after and _amount(g) for g in child.children):
            return True
    return False


def _score(number: Token) -> bool:
    """Whether a number is the first of a score, a dash and a second number with no unit after it, which no change
    measures: "with the game tied [2-2]", "with the vote tied [50-50]" (not "slipped 4-5 percent")."""
    doc, i = number.doc, number.i
    if number.tag_ != "CD" or i + 2 >= len(doc) or doc[i + 1].text not in ("-", "–") or doc[i + 2].tag_ != "CD":
        return False
    return i + 3 >= len(doc) or doc[i + 3].tag_ not in NOUN_TAGS


def _change_after(noun: Token) -> bool:
    """Whether an adverb of change and an amount follow a noun (which the tagger may take for an -s form), its
    predicate with no verb: "with crude stockpiles [up 4 million barrels]", "with shares [down 3 percent]"."""
    doc, i = noun.doc, noun.i
    return i + 2 < len(doc) and doc[i + 1].lower_ in CHANGE_ADVERBS and doc[i + 2].tag_ in ("CD", "$")


def _adjective_before_infinitive(form: str, lemma: str) -> bool:
    """Whether a past form is an adjective in its first sense whose verb takes no infinitive of its own and no
    clause in its main sense, so it is an adjective before an infinitive ("determined to", "poised to"), not a
    past tense ("agreed to", "continued to", "decided to")."""
    adjective = sense_in(form, "adj.all")
    if adjective is None or adjective.first_rank > 1 or sense_in(lemma, "frame.infinitive") is not None:
        return False
    clause = sense_in(lemma, "frame.that-clause")
    return clause is None or clause.first_rank > 1


def _clause_after(verb: Token) -> Token | None:
    """The clause with its own subject right after ``verb``, its complement ("tests showed [the air was safe]",
    "returns showed [it passing]"), or that clause's subject where the parser made it the verb's object ("told [the
    crew] had not arrived"); None after an agent ("the conclusion reached by experts that ...")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for child in verb.children:
        if child.left_edge.i != verb.i + 1:
            continue
        if child.dep_ == "dobj" and _subject_of_next_tense(child):
            return child
        if child.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            return child
    return None


def _measured_change(verb: Token, subject: Token, scale: bool = True) -> bool:
    """Whether a past form is the past tense of a verb of change with its measure after it: a verb often used
    with no object (WordNet's no-object frame in one of its first three senses and in 15% of its tagged uses),
    after a thing, then an amount that is no stretch of time ("with revenue slipped 4 percent", "with the index
    increased 0.4 points"); or a verb of motion, or one that rarely takes an object, moved to or from a point on
    a scale ("with the index climbed above 4,000", "with the rate hovered near 4 percent", "with admissions returned
    to normal", see _scale_point), which as a passive would move a thing.
    A passive participle takes its measure with "by" ("with spending increased by 8 percent"), a verb of change
    its new value with "to" ("with the budget increased to $5 million"), and a time after it may date a move
    ("with the kickoff moved an hour earlier"). A fronted absolute may move a thing to a point on a scale ("With
    the rate dropped to 4 percent, ..."): ``scale`` False leaves the second kind out."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or not in_class(lemma, "frame.no-object", max_rank=3, min_share=0.15):
        return False
    if _people(subject, max_rank=3) and not _name(subject):
        return False  # a company's name acts: "with Tesla dropped 8 percent" (not "with its staff cut 10 percent")
    if _measure_after(verb):
        return True
    obj = sense_in(lemma, "frame.object")
    moves = in_class(lemma, "verb.motion") or obj is None or obj.tagged_share < 0.2  # "hovered near 4 percent"
    # a verb whose main sense takes no object, whose other senses rarely take one and none a person (who may
    # be moved or given back: "with the bill returned to committee") moves itself to any point: "with output
    # slipped below forecasts", "with water levels peaked just below the levee"
    rarely_moved = (
        in_class(lemma, "frame.no-object", min_share=0.6) and not _may_take_person(lemma)
        and seldom_in(lemma, "frame.object", 0.25)
    )
    return scale and moves and any(
        c.dep_ == "prep" and c.lower_ in SCALE_PREPOSITIONS
        and any(o.dep_ == "pobj" and (rarely_moved or _scale_point(o)) for o in c.children)
        for c in verb.children
    )
