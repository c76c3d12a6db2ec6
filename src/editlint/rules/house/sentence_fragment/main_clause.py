"""Independent clauses: a finite verb with its subject, or an imperative, that nothing subordinates, and main verbs
the parser hung elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import classes_of, in_class, sense_in
from editlint.nlp.syntax import (
    AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SAYING_CLASSES, SUBJECT_DEPS, VERB_GROUP_TAGS, VERB_TAGS, is_people_noun,
    noun_lemma, plural_verb, subject, verb_class, verb_lemma,
)
from editlint.rules.house.sentence_fragment.common import (
    CLAUSE_BREAKS, COORDINATORS, GAP_RELATIVES, HAVE_BE, NOUN_PHRASE_TAGS, OBJECT_DEPS, RELATIVES, RELATIVIZERS,
    WH_TAGS, _after_whom, _cannot_agree, _clause_of, _clause_subject, _finite, _finite_group, _first_word, _has_subject,
    _inverted, _listed_after_subject, _own_subject, _past_lead_words, _relative_subject, _reported_in_relative,
    _said_in_relative, _singled_out, _subject_and_auxiliary, _subject_of_later_verb, _words_of,
)
from editlint.rules.house.sentence_fragment.main_verb import (
    _finite_form, _past_after_opening_phrase, _present_after_gerund_object, _present_closing_after_opening,
    _verb_after_relative_clause, _verb_after_subject,
)
from editlint.rules.house.sentence_fragment.participle import _in_marked_clause, _noun_read_as_present
from editlint.rules.house.sentence_fragment.post_modifier import _verb_after_post_modifier
from editlint.rules.house.sentence_fragment.relative_as_root import _subordinate_without_own_verb
from editlint.rules.house.sentence_fragment.subordinate import (
    _antecedent_of_gap, _before_insertion, _clause_on_opening_noun, _clause_without_relative_word, _marked_clause,
    _opening_subordinator, _parenthetical_clause, _reported_gap, _reporting_aside, _subordinates,
    _subordinator_across_insertion, _takes_clause,
)
from editlint.rules.house.sentence_fragment.verb_forms import (
    _absolute_after_noun_phrase, _clause_or_verb_before, _communication_read_as_modifier, _coordinated_participle,
    _finite_read_as_noun, _has_agent, _joined_to_participle, _listed_participle, _object_left_out, _object_missing,
    _on_opening_object, _participle_after_comma, _participle_in_list, _participle_only, _record_participle,
    _singled_out_participle, _verb_after_insertion, _verb_as_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Adverbs, which may come before a verb ("most suffered").
VERB_ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
# Conjunctions after which "were" is a mood, whatever the subject: "if he were", "as though the town were".
CONDITIONALS = frozenset({"if", "though", "unless"})


def _free_finite(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A finite verb (or auxiliary) whose clause no subordinator or relative word opens: whatever the parser
    made of the sentence, it may be the main verb ("Sending people to prison has upended lives.")."""
    if not _finite(word) or word.dep_ == "pobj" or _subject_of_later_verb(word) or _listed_after_subject(word):
        return False  # a noun, whatever its tag
    if _noun_read_as_present(word):
        return False  # "Several of them welders/VBZ with ..."
    if _coordinated_participle(word) or _participle_in_list(word) or _singled_out_participle(word):
        return False
    if _absolute_after_noun_phrase(word):
        return False  # "Forty fans, most of them detained/VBD near the station."
    if _bare_infinitive(word):
        return False  # "To let pupils catch the last bus home."
    verb = word.head if word.dep_ in AUX_DEPS else word
    if verb.dep_ in ("relcl", "acl") or any(c.dep_ == "mark" for c in verb.children):
        return False
    if _parenthetical_clause(verb) or _reporting_aside(verb, subordinators):
        return False  # "a crane operator who, investigators say, moved ..."
    if _said_in_relative(verb) or _listed_participle(verb) or _joined_to_clause(verb) is not None:
        return False
    if _participle_after_comma(verb) and not any(t.text == "," for t in verb.doc[verb.i : verb.sent.end]):
        return False  # to the end: "A humpback whale, first spotted/VBD off the pier on Tuesday.", not "The mine,
        # closed/VBD since 2015, reopened last month."
    if _said_in_subordinate(verb, subordinators):
        return False  # "..., as seismologists fear it might."
    if _clause_without_relative_word(verb):
        return False  # "In the wake of the worst flooding the region has seen.", "A mistake anyone ... might have made."
    reporting = verb.head.tag_ in ("VBG", "VBN") and verb.head.lower_ in verb_class(SAYING_CLASSES)
    if verb.dep_ == "ccomp" and reporting and not _finite_group(verb.head):
        return False  # what a participle of saying or thinking reports: "Saying it would hurt farmers."
    return not _introduced(verb, subordinators)


def _said_in_subordinate(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """What the verb of a subordinate clause says, right after it with no comma between, which belongs to that
    clause ("as planners had warned it would", "because officials think the dam is weak"); a clause after a comma
    may be the main one the parser hung there ("As officials said, the bridge is unsafe")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or any(t.text == "," for t in verb.doc[head.i : verb.left_edge.i]):
        return False
    return _introduced(head, subordinators)


def _bare_infinitive(verb: Token) -> bool:
    """A base form right after the object of the infinitive the sentence opens with, nothing but that noun phrase
    between them: the bare infinitive that "let", "make", "help" take ("To help families in Soweto cope with ...",
    "To let pupils catch the bus"), not a main verb, whatever its tag."""
    if verb.tag_ not in ("VB", "VBP") or verb_lemma(verb.lower_) != verb.lower_:
        return False
    tokens = [t for t in verb.doc[verb.sent.start : verb.i] if not t.is_space]
    k = _past_lead_words(tokens) if tokens else 0
    if len(tokens) < k + 3 or tokens[k].tag_ != "TO" or tokens[k + 1].tag_ != "VB":
        return False
    between = tokens[k + 2 :]  # the object, with its phrases and conjuncts: "families in Soweto", "joggers and ..."
    phrase = all(t.tag_ in NOUN_PHRASE_TAGS | {"PRP", "IN", "RB", "CC"} and t.text not in CLAUSE_BREAKS for t in between)
    return phrase and between[0].tag_ != "IN" and between[-1].tag_ in NOUN_TAGS | {"PRP"}


def _independent(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``verb`` heads an independent clause: a finite verb with a subject, or an imperative, that no
    subordinator, relative word or other clause governs."""
    if not _predicate(verb) or _introduced(verb, subordinators) or _joined_to_clause(verb) is not None:
        return False
    if _clause_without_relative_word(verb):
        return False  # "A claim the lawyers have denied in court.", "A decision nobody on the board expected."
    if _bare_infinitive(verb):
        return False  # "To help the midfield keep the ball longer."
    if _reporting_aside(verb, subordinators):
        return False  # "Because the bridge, engineers said, is unsafe."
    if verb.dep_ == "ROOT":
        return True
    if _parenthetical_clause(verb):
        return False  # "Because, organizers said, demand was high."
    joined = verb.dep_ == "conj" and _own_subject(verb) and not _clause_verb(verb.head)
    # a verb joined to a relative clause's verb without a subject of its own shares the relative word: "a plant
    # that supplies half the power and has been running ..."
    in_relative = _said_in_relative(verb) or _reported_in_relative(verb)
    in_relative = in_relative or verb.dep_ == "conj" and not _own_subject(verb)
    # what a clause without its relative word on the opening noun says: "An agreement both unions say they will put ..."
    in_relative = in_relative or verb.dep_ == "ccomp" and _clause_on_opening_noun(verb.head)
    if joined or verb.head.dep_ == "relcl" and not in_relative or _own_subject(verb) and _past_its_coordinator(verb):
        return True  # a clause the parser joined to a phrase: "To carry this forward ..., we must listen ..."
    if verb.dep_ in ("conj", "ccomp", "xcomp") and (verb.head.tag_ in VERB_TAGS or _clause_verb(verb.head)):
        return _independent(verb.head, subordinators)  # "If the money arrives and the contractors agree."
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "that" and the like: "To make sure that no voter missed it."
    # a clause the parser hung elsewhere is one ("Because the shells landed, most families saw ..."), a relative
    # clause or a clause in a phrase is not ("the fact that ...")
    return verb.dep_ not in ("relcl", "acl", "pcomp", "csubj", "csubjpass")


def _clause_verb(word: Token) -> bool:
    """Whether ``word`` heads a clause: a predicate, or a word the parser gave a subject and an auxiliary, whatever its
    tag ("While the pitch is being relaid/JJ and the stand is rebuilt ...")."""
    return _predicate(word) or _subject_and_auxiliary(word)


def _subordinator_on_noun_read_as_gerund(verb: Token, words: frozenset[str]) -> bool:
    """Whether the subordinator that opens the sentence hangs on a bare "-ing" form before ``verb``, its subject or a
    clause on it, that the parser gave the noun right before it as a subject, with no comma between: a noun the
    tagger read as a gerund ("the Met Office warning/VBG", "public spending/VBG"), the head of the subordinate
    clause's subject, so that ``verb`` is that clause's verb ("Although the Met Office warning for the coast had been
    lowered by noon."); not "Although staying home, the workers were paid."."""
    doc, start = verb.doc, verb.sent.start
    if doc[start].lower_ not in words or any(t.text == "," for t in doc[start : verb.i]):
        return False
    for word in (c for c in verb.children if c.i < verb.i and c.dep_ in ("nsubj", "nsubjpass", "advcl")):
        bare = word.tag_ == "VBG" and not any(c.dep_ in AUX_DEPS for c in word.children)
        subject = any(c.dep_ == "nsubj" and c.i == word.i - 1 for c in word.children)
        if bare and subject and any(c.dep_ == "mark" and c.i == start for c in word.children):
            return True
    return False


def _joined_to_clause(verb: Token) -> Token | None:
    """The verb of a relative or subordinate clause that ``verb``'s clause is joined to by "and", "or" or
    "but" without a comma: one clause, since a coordinator joins like with like ("a town where the mill closed
    and the bank shut", "since the mine closed and most people moved away"), as the parse has it or with the
    coordinator left on that verb, right before ``verb``'s subject. A relative word that is the subject of its
    clause is not shared by a clause with a subject of its own."""
    doc = verb.doc
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if verb.dep_ == "conj":
        head = verb.head
        coordinator = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
        found = found or _subject_read_as_compound(verb)
        if coordinator is None and found is not None and doc[found.left_edge.i - 1].dep_ == "cc":
            coordinator = doc[found.left_edge.i - 1]  # hung on a noun between: "that rain fell on four nights and
            # several operators canceled"
        if _past_its_coordinator(verb):
            return None
    else:
        stranded = found is None
        found = found or _subject_read_as_conjunct(verb)
        if found is None or found.left_edge.i <= verb.sent.start:
            return None
        coordinator = doc[found.left_edge.i - 1]
        head = coordinator.head if not stranded or _clause_read_as_noun(coordinator.head) else _clause_of(coordinator)
        # (stranded on a noun: "that rain fell on four nights and ...")
        others = (c for c in head.children if c.dep_ == "conj" and c.i != found.i)
        if coordinator.dep_ != "cc" or head.i > coordinator.i or any(others):
            return None
    clause = head.tag_ in VERB_TAGS or _clause_read_as_noun(head)
    if coordinator is None or doc[coordinator.i - 1].text == "," or not clause:
        return None
    if head.dep_ == "relcl":  # not one whose relative word is its subject: "who becomes a student and a citizen will"
        return None if any(c.dep_ in SUBJECT_DEPS and c.tag_ in WH_TAGS for c in head.children) else head
    return head if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in head.children) else None


def _subject_read_as_compound(verb: Token) -> Token | None:
    """The noun right before a finite verb with no subject, which the parser hung on it as a compound ("and the port
    authority finishes repairing ..."): the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else verb
    compound = before.dep_ == "compound" and before.head.i == verb.i
    return before if compound and before.tag_ in NOUN_TAGS and _finite(verb) else None


def _clause_read_as_noun(word: Token) -> bool:
    """A verb the tagger read as a noun, found by the subordinator hung on it, which only a clause's verb takes ("Once
    the port reopens/NNS and ...", "Until the second vessel returns/NNS from dry dock and ...")."""
    return word.tag_ in NOUN_TAGS and any(c.dep_ == "mark" and c.lower_ != "that" for c in word.children)


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """The noun right before a finite verb with no subject, which the parser joined to a word before the coordinator
    ("until the pumps arrive and engineers finish testing them", "that rain fell on four nights and several
    operators canceled"): the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else verb
    joined = before.dep_ == "conj" and before.head.i < before.i
    return before if joined and before.tag_ in NOUN_TAGS and _finite(verb) else None


def _past_its_coordinator(verb: Token) -> bool:
    """A conjunct with its subject after a comma that no coordinator opens, or one with another clause between them:
    a main clause the parser joined to a subordinate one ("Because the harbor is closed and the crews are on strike,
    ferries will not run", "While the club raised prices and the team kept losing, attendance fell")."""
    doc, head = verb.doc, verb.head
    coordinator = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if verb.dep_ != "conj" or found is None or doc[found.left_edge.i - 1].text != ",":
        return False
    return coordinator is None or any(not t.is_punct for t in doc[coordinator.i + 1 : found.left_edge.i])


def _predicate(verb: Token) -> bool:
    """A finite verb group with a subject ("the talks failed", "was told"), or an imperative ("Read ...").

    Tagging slips count too: a word with a finite auxiliary ("are disturbing"), "’s" read as a noun, a
    past tense read as a participle ("the bridge finally opened").
    """
    if verb.dep_ in AUX_DEPS:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if _listed_after_subject(verb) or _noun_read_as_present(verb):
        return False  # "Rain, winds/VBZ up to 90 mph and ...", "Most of them subsistence/VBP farmers ..."
    if _finite(verb) or any(_finite(c) for c in auxiliaries):
        subject_or_inverted = _has_subject(verb) or _inverted(verb, auxiliaries)
        participle = _listed_participle(verb) or _participle_after_comma(verb) or _singled_out_participle(verb)
        return subject_or_inverted and not (participle or _absolute_after_noun_phrase(verb))
    # (an adjective that is no verb's form is no slip: "All of them uninsured.")
    slip = verb.tag_ in ("VBN", "VB") or verb.tag_ == "JJ" and verb_lemma(verb.lower_) is not None
    if slip and not auxiliaries and any(c.dep_ == "nsubj" for c in verb.children):
        # "The longest sentence given to ...", "Especially the huts, barns and stables damaged/VBN in ..."
        participle = _participle_only(verb) or _participle_after_comma(verb) or _singled_out_participle(verb)
        return not (participle or _absolute_after_noun_phrase(verb))  # "Hundreds of them, many wrapped/VBN in ..."
    imperative = verb.tag_ == "VB" and verb.dep_ == "ROOT" or verb.tag_ in ("VB", "VBP") and _first_word(verb)
    return imperative and not auxiliaries and not _has_subject(verb) and not _passive_by_people(verb)


def _passive_by_people(verb: Token) -> bool:
    """A participle with the form of its base ("Cut", "Shut", "Set") and no object, done by people: "Shut for a
    month by health inspectors ...". An imperative has no agent ("Put the forms in the box by the door")."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    agents = (t for t in verb.subtree if t.lower_ == "by")
    return any(is_people_noun(c) for by in agents for c in by.children if c.dep_ == "pobj")


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries the parse hung on ``verb``; not, when ``verb`` has a subject, one with a subject of its own,
    the verb of another clause ("Rebuilding the spire as it was/aux has divided architects")."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return auxiliaries
    return [a for a in auxiliaries if not any(c.dep_ in SUBJECT_DEPS for c in a.children)]


def _introduced(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the clause of ``verb`` opens with a subordinator or a relative or question word."""
    doc = verb.doc
    words = _words_of(subordinators)  # not a preposition parsed as one: "With each ..."
    group = [verb, *_auxiliaries(verb)]  # the parser may hang it on "was"
    marks = (c for w in group for c in w.children if c.dep_ == "mark")
    if any((c.lower_ in words or _marked_clause(c)) and _subordinates(c, c.head) for c in marks):
        return True
    if _subordinator_on_noun_read_as_gerund(verb, words):
        return True  # "Although the Met Office warning/VBG for the coast had been lowered ..."
    start = verb.left_edge
    determiner = start.dep_ == "det" and start.lower_ != "whose"  # "Which candidate won ..." (a question)
    if start.tag_ in WH_TAGS and not determiner and start.i < verb.i and _clause_of(start).i == verb.i:
        return True  # not "Which candidate will win remains unclear": the question is the subject
    if _object_relative_that(start, verb):
        return True  # "tractors that/IN they had parked across every road"
    if determiner and _object_relative_which(start, verb):
        return True  # "Which/det riders had sought for years."
    first = start.i == verb.sent.start
    if start.lower_ in RELATIVES and not determiner and first and verb.dep_ == "ROOT" and not _clause_subject(verb):
        return True  # a relative word that a clause inside took: "Which critics say will be hard to enforce."
    subjects = [c for w in group for c in w.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if any(_relative_subject(c) or _after_whom(c) for c in subjects):
        return True  # "times that now stretch ...", "residents, some of whom live ...", "whom fans had voted"
    subjects = [c.left_edge.i for c in subjects]
    opener = doc[min(subjects) - 1] if subjects and min(subjects) > start.i else start
    if opener.tag_ == "WRB" and opener.head.i == verb.i:
        return True  # a phrase the parser hung on the clause before it: "Unlike past years, when the fair drew ..."
    wh_phrase = opener.i > start.i and doc[opener.i - 1].tag_ == "WRB"
    if opener.tag_ in ("RB", "JJ") and opener.head.i == verb.i and wh_phrase:
        return True  # a question word's phrase before the subject: "To test how quickly crews can respond ..."
    of_relative = doc[start.i + 1 : start.i + 3] if start.i + 3 <= verb.i else ()
    if len(of_relative) == 2 and of_relative[0].lower_ == "of" and of_relative[1].lower_ in RELATIVES:
        return True  # "Most of whom fled ...", "All of which means ..."
    opens_relative = doc[start.i + 1].lower_ in RELATIVES and doc[start.i + 1].tag_ in WH_TAGS
    # not a question that is the subject: "On which side the court will fall remains unclear."
    asked = any(c.dep_ in ("csubj", "csubjpass") and c.left_edge.i == start.i for c in verb.children)
    if start.tag_ == "IN" and opens_relative and not asked and not any(t.text == "," for t in doc[start.i : verb.i]):
        return True  # "Under whose leadership the gallery grew", "In which case ..."
    if any(_before_insertion(c, verb) for c in doc[start.i : verb.i]):
        return True  # the subordinator before a clause set in commas: "Unless, as the chief warned, the insurers ..."
    if _reported_gap(verb):
        return True  # "delays that commuters say have doubled", "Which officials say could cost ..."
    if _subordinator_across_insertion(verb, subordinators) is not None:
        return True  # "As the company, long the region's largest employer, cut ..."
    tokens = [t for t in doc[start.i : verb.i + 1] if not t.is_punct]
    k = _past_lead_words(tokens)
    phrase = _opening_subordinator(tokens, k, subordinators)
    if phrase is None:
        return False
    read_as_phrase = len(phrase) > 1 and tokens[k].dep_ == "prep" and tokens[k].head.i == verb.i  # "In case the dam"
    return read_as_phrase or _marked_clause(tokens[k]) == verb or _subordinates(tokens[k + len(phrase) - 1], verb)


def _after_gapped_relative(verb: Token) -> bool:
    """Whether the parser gave ``verb`` a relative word before its subject and the subject a past form right after
    it with no object: that past form is the relative clause's verb and the relative word its object ("The roads
    that the storm damaged reopened on Friday", "Many of the maps that the rangers printed were out of date"), so
    ``verb`` is the main verb of the noun before."""
    found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if verb.dep_ != "relcl" or found is None or found.i + 1 >= verb.i:
        return False
    relative = any(c.lower_ in GAP_RELATIVES and c.i < found.left_edge.i for c in verb.children)
    past = verb.doc[found.i + 1]
    gapped = past.dep_ == "acl" and past.head.i == found.i and past.tag_ in ("VBD", "VBN")
    return relative and gapped and not any(c.dep_ in OBJECT_DEPS for c in past.children)


def _second_object_of_relative(word: Token) -> bool:
    """Whether ``word``, a noun the parser made the object of a relative clause whose relative word before its subject
    already is that object, is the main verb of the noun the clause is on: a bare verb form agreeing with that noun,
    before a preposition, an adverb or the end ("The helmets that their fathers had worn hang in the hall", "The
    bridge that engineers have inspected twice reopens on Friday", "A play ... the hardest thing he had attempted
    returns to ..."); a verb has one direct object."""
    clause, doc = word.head, word.doc
    if word.dep_ != "dobj" or word.tag_ not in NOUN_TAGS or clause.dep_ != "relcl" or word.i + 1 >= word.sent.end:
        return False
    found = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if found is None or found.tag_ in WH_TAGS or not _object_gap(clause, found):
        return False
    if any(c.i < word.i and c.tag_ != "RB" for c in word.children) or doc[word.i + 1].tag_ not in _AFTER_INTRANSITIVE:
        return False  # a noun phrase of its own ("... had written the letter to ..."), not an adverb before a verb
    number = "plural" if clause.head.tag_ in ("NNS", "NNPS") else "singular"
    return _finite_form(word) in (number, "any")


def _past_opening_second_object(word: Token) -> bool:
    """Whether ``word``, a past form the parser hung as a modifier on the noun phrase it opens, is the main verb with
    its object: the parser made that phrase a second object of the verb or preposition of a relative clause whose
    relative word already is its object, and a verb or a preposition has one such object ("The report that ministers
    promised to publish revealed/amod sharp rises", "The route that commuters rely on suffered/amod repeated delays");
    not a phrase another verb of the clause takes ("The crews that the council hired to repair damaged roofs.")."""
    noun, doc = word.head, word.doc
    if word.dep_ != "amod" or noun.dep_ not in ("dobj", "pobj") or noun.i <= word.i:
        return False
    if any(t.tag_ not in VERB_ADVERB_TAGS for t in doc[noun.left_edge.i : word.i]):
        return False  # a word before it in the phrase: "to repair the damaged roofs" (an adverb may come first)
    if _finite_form(word) != "any":
        return False  # a participle only: "given", "shown"
    taker = noun.head
    if noun.dep_ == "dobj" and _may_take_two_objects(taker, noun):
        return False  # the one given to: "The medals that the club awarded injured players."
    # the relative word on the same verb or preposition, or, as the parser may give it, on the verb of that
    # preposition: "The route that/dobj cyclists complained about recorded/amod 40 crashes/pobj"
    takers = (taker, taker.head) if noun.dep_ == "pobj" else (taker,)
    return any(
        c.dep_ in ("dobj", "pobj") and c.i < word.i and c.lower_ in GAP_RELATIVES  # (whatever its tag: "that/IN")
        for t in takers
        for c in t.children
    )


def _may_take_two_objects(verb: Token, second: Token) -> bool:
    """Whether ``second`` may be the indirect object of ``verb``: a verb WordNet gives two objects in any sense
    ("gave flooded households"), or people after a verb of communication or motion ("sent worried parents")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None:
        return False
    if sense_in(lemma, "frame.two-objects") is not None:
        return True
    return is_people_noun(second) and any(sense_in(lemma, c) for c in ("verb.communication", "verb.motion"))


def _object_gap(clause: Token, found: Token) -> bool:
    """Whether the relative clause of ``clause``, whose subject ``found`` is no relative word, lacks its object: a
    relative word before the subject ("the helmets that their fathers had worn"), or none, the subject right after
    the noun ("the thing he had attempted")."""
    relative = any(c.lower_ in GAP_RELATIVES and c.i < found.left_edge.i for c in clause.children)
    return relative or found.left_edge.i == clause.head.i + 1


# What follows a verb used without an object: a preposition, an adverb, the end (made once here, not on every call).
_AFTER_INTRANSITIVE = frozenset({"IN", "RB", "RP", "."})


def _object_relative_that(start: Token, verb: Token) -> bool:
    """Whether ``start``, opening the clause of ``verb`` right after a noun, is a "that" the parser made the verb's
    object, whatever its tag: the relative pronoun of a clause on that noun ("tractors that they had parked")."""
    doc = start.doc
    after_noun = start.i > start.sent.start and doc[start.i - 1].tag_ in NOUN_TAGS
    return start.lower_ == "that" and start.dep_ == "dobj" and start.head.i == verb.i and after_noun


def _object_relative_which(start: Token, verb: Token) -> bool:
    """Whether ``start``, a "which" the parser made the determiner of ``verb``'s subject, is the relative pronoun
    that is the object ``verb`` lacks: an active past form of a verb that often takes an object, with none ("Which
    riders had sought for years."); as a determiner it would open a question, whose verb would keep its object
    ("Which team won the title?") or which would be the subject of another verb ("Which riders benefit is unclear")."""
    if start.lower_ != "which" or start.head.dep_ != "nsubj" or start.head.head.i != verb.i:
        return False  # (a passive has no object: "Which schools close first has not been decided.")
    if not _object_left_out(verb) or any(c.dep_ in ("auxpass", "dative") for c in verb.children):
        return False
    if any(c.dep_ == "prt" for c in verb.children) and not _object_missing(verb):
        return False  # a phrasal verb that goes without an object: "Which teams dropped out"; not "carried off"
    # no other verb, which may be the main one the tagger missed, outside a subordinate clause: "Which stores closed
    # early varied/JJ from town to town."
    others = (t for t in verb.sent if t.i != verb.i and t.dep_ not in AUX_DEPS and _verb_by_tag_or_form(t))
    return all(map(_in_marked_clause, others))


def _verb_by_tag_or_form(word: Token) -> bool:
    """A verb by its tag, or an "-ed" form of a verb the tagger read as an adjective ("varied")."""
    adjective = word.tag_ == "JJ" and word.lower_.endswith("ed")
    return word.tag_ in VERB_TAGS or adjective and verb_lemma(word.lower_) is not None


_AUX_OR_OBJECT_DEPS = AUX_DEPS | {"pobj"}  # (made once here, not on every call)


def _missed_main_verb(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A verb that may be the main verb of the words before it, which the parser hung on a noun.

    A finite verb after the first word with no subject, or one it cannot agree with ("The report that
    officials released on Monday shows ..."), or a regular past form hung on the root noun ("His manager,
    Jon Park, interjected ...", "the Assembly adopted by consensus a resolution").
    """
    doc = verb.doc
    if _bare_infinitive(verb) or _subject_of_later_verb(verb) or _listed_after_subject(verb):
        return False
    if _clause_without_relative_word(verb):
        return False  # "The house the poet bought in 1931.", "A mistake anyone in her position might have made."
    if _after_gapped_relative(verb) or _second_object_of_relative(verb) or _past_opening_second_object(verb):
        return True  # "The roads that the storm damaged/acl reopened/relcl on Friday.", "... had worn hang/dobj in ..."
    if _finite_read_as_noun(verb) and not _clause_or_verb_before(verb, subordinators):
        return True  # "Water resources amount to ...", "In Spain, residents under 35 spend ...", "..., 69 fall in ..."
    if _communication_read_as_modifier(verb) or _verb_after_insertion(verb) or _verb_after_subject(verb, subordinators):
        return True
    if _present_after_gerund_object(verb):
        return True  # "Booking tickets online costs/NNS £2 less."
    if _past_after_opening_phrase(verb, subordinators) or _present_closing_after_opening(verb, subordinators):
        return True  # "Outside the court, a crowd of supporters gathered before dawn.", "When it freezes, trade stalls."
    if _verb_after_relative_clause(verb) or _past_read_as_noun_after_relative(verb, subordinators):
        return True  # "The auditorium, which opened in 1890, suits/NNS the play", "Ireland, who top ..., host/NN France"
    if _verb_after_post_modifier(verb, subordinators):
        return True  # "A report put before the court described ...", "Ships moving through the corridor hug/NN ..."
    if verb.dep_ in _AUX_OR_OBJECT_DEPS or _first_word(verb) or _coordinated_participle(verb) or _reported_gap(verb):
        return False  # (the object of a preposition is a noun, whatever its tag: "a string of product recalls")
    if _participle_in_list(verb) or _participle_only(verb) or _record_participle(verb) or _on_opening_object(verb):
        return False  # "The longest sentence given to ...", "The harshest penalty ever imposed on a club ..."
    if _joined_to_participle(verb):
        return False  # "A law passed in haste and never tested in court."
    if _singled_out_participle(verb):
        return False  # "Chiefly the tanks, pipes and pumps installed by the previous contractor."
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    opening = verb.sent[0]
    relative = opening.lower_ in RELATIVES and opening.tag_ in WH_TAGS and opening.dep_ != "det"
    if (verb.tag_ in FINITE_TAGS or any(_finite(c) for c in auxiliaries)) and not _has_subject(verb) and not relative:
        # (after an opening "Which ..." the subject is that word: "Which critics say will be ..."; after an
        # insertion, the noun before it: "after the volcano, which last erupted in 2010, began ..."; a noun before
        # its relative clause: "..., work that the agency says could last ...")
        across = _subordinator_across_insertion(verb, subordinators)
        if _subordinator_on_noun_read_as_gerund(verb, _words_of(subordinators)):
            return False  # "Although the Met Éireann warning/VBG for Donegal had been lowered ..."
        if _subordinate_without_own_verb(verb, subordinators):
            return False  # "Whereas rival operators listed/advcl on the exchange barely moved."
        return across is None and not _antecedent_of_gap(verb) and _joined_to_clause(verb) is None
    found = subject(verb)  # None after an opening "Which": "Which of the quotes was highest remains ..."
    # its own subject: a word joined to a relative clause's verb may be a noun ("recipes his grandmother brought from
    # Addis Ababa and produce from farms")
    own = found is not None and found.head == verb
    misplaced = _misplaced_verb(verb, auxiliaries, found if own else None)
    if misplaced and not relative and not _opens_subordinate(verb.sent, subordinators):
        return True  # the verb of a noun before: "Farmers hoping for rain after the drought were disappointed" (not
        # one in the clause of an opening relative word: "Which the tenants of ... for it have opposed.")
    has_object = any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    if verb.tag_ == "VBN" and not auxiliaries and has_object and not _own_relative_subject(verb):
        return True  # a participle with an object is a past tense: "What happened next shocked the officers"
    if verb.tag_ in ("NNS", "NNPS") and verb.nbor(-1).tag_ in NOUN_TAGS | {"POS"} and verb.i + 1 < len(doc):
        after = doc[verb.i + 1]
        # the clause after it is its complement ("Today's data reinforces that ..."), not another verb's ("To cut
        # waiting times that the service has failed to reduce")
        opens = after.lower_ in ("that", "how", "what") and after.tag_ != "WDT"
        opens_complement = opens and _clause_of(after).head == verb
        if opens_complement or after.tag_ in ("DT", "PRP$"):
            return True  # a verb tagged as a plural noun
    if verb.tag_ in ("JJ", "VBN") and verb.lower_.endswith("ed") and 0 < verb.i < len(doc) - 1:
        before, after = doc[verb.i - 1], doc[verb.i + 1]
        measure = "npadvmod" in (after.dep_, after.head.dep_)  # a time, not an object: "scrapped two months later"
        if before.tag_ in ("NN", "NNP", "PRP") and after.tag_ in ("CD", "DT", "PRP$") and not measure:
            return True  # "OGVP uplifted two grants": a past tense tagged as an adjective
    if verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ != "ROOT":
        return False
    if doc[verb.left_edge.i].lower_ in RELATIVIZERS or any(c.tag_ in WH_TAGS for c in verb.children):
        return False  # a relative clause: "A study that the state commissioned"
    if _passive_participle(verb):
        return False  # a participle, since its past tense would have an object: "A diplomat expelled in April"
    if verb.head.i == verb.i - 1 and verb.dep_ == "acl":
        return True  # "The October 7th attack brought to the surface ..."
    if not verb.lower_.endswith("ed") or _participle_after_comma(verb):
        return False
    after_noun = verb.nbor(-1).tag_ in NOUN_TAGS | {"VBG", ","}
    return verb.dep_ == "acl" or verb.dep_ == "amod" and after_noun  # "The convening highlighted ways ..."


def _main_verb_beside_relative(sent: Span, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a word of ``sent`` may be its main verb, so that a relative clause in it is not its only clause: a word
    in a main verb's place after a whole subject (see ``_verb_after_subject``), or one before the first relative word
    that the parser hung on a noun (see ``_missed_main_verb``), without the agent of a participle ("Several questions
    from the audience concerned/VBN bus services, which have been cut back", "The screwworm, a fly whose larvae
    feed/NN on living flesh, has spread northward", "The debate centered/acl on the library's reserves, which have
    grown"; not "The roads closed by the police, which reopened on Friday.")."""
    relative = next((t.i for t in sent if t.lower_ in RELATIVES and t.tag_ in WH_TAGS), sent.end)
    before = (t for t in sent if t.i < relative and not _has_agent(t) and _missed_main_verb(t, subordinators))
    after = (_verb_after_subject(t, subordinators) or _verb_after_post_modifier(t, subordinators) for t in sent)
    return any(after) or any(before) or any(_past_read_as_noun_after_relative(t, subordinators) for t in sent)


def _past_read_as_noun_after_relative(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``word`` is a past tense the tagger read as a noun, a form WordNet knows only as a verb's ("swam",
    "fled", "sought"), after the verb whose subject a relative word is, with no coordinator, subordinator or other
    relative word between: a relative clause has one verb group, so the past is the main verb ("Most of the passengers
    who were on the upper deck swam/NN to safety"; not "who the coastguard said swam", "who sang until the whistle
    blew")."""
    lower = word.lower_
    if word.tag_ not in ("NN", "NNS") or lower.endswith(("s", "ing")) or verb_lemma(lower) in (None, lower):
        return False  # (not a present or an -ing form, which may be a noun: "the fighting", "neighbouring towns")
    if any(name.startswith("noun.") for name in classes_of(lower)):
        return False  # a noun too: "a drove of cattle", "a silk stole"
    doc, start = word.doc, word.sent.start
    relative = next((t for t in doc[start : word.i] if t.lower_ in RELATIVES and t.tag_ in WH_TAGS), None)
    if relative is None:
        return False
    between = doc[relative.i + 1 : word.i]
    own_verb = relative.dep_ in SUBJECT_DEPS and relative.head.i in range(relative.i + 1, word.i)
    opens = (t.lower_ in COORDINATORS or t.tag_ in WH_TAGS or t.dep_ == "mark" or (t.lower_,) in subordinators for t in between)
    return own_verb and not any(opens)


def _passive_participle(verb: Token) -> bool:
    """A past form right after the common noun that opens the sentence with a determiner, of a verb that seldom
    goes without an object, with none: a participle ("A diplomat expelled from the country in April"). Not when
    a later noun may be its object after a phrase (the parser glues it to a noun: "The attack brought to the
    surface painful memories", "adopted by consensus a resolution"), or a later word may be the verb the tagger
    missed ("The measures announced by the ministry target/NN small firms")."""
    noun, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or noun.i != verb.i - 1 or noun.tag_ not in ("NN", "NNS"):
        return False
    opening = list(doc[verb.sent.start : noun.i + 1])
    k = _past_lead_words(opening)  # after its lead words: "Especially the buses bought ..."
    if noun.left_edge.i != verb.sent.start or opening[k].dep_ != "det" or opening[k].head.i != noun.i:
        return False
    # after a particularizer, any verb that often takes an object: "Especially the blocks built along the canal"
    if not (_object_missing(verb) or _singled_out(verb) and _object_left_out(verb)):
        return False
    later = doc[verb.i + 1 : verb.sent.end]
    if any(t.dep_ in ("appos", "nmod") or t.dep_ == "dobj" and t.head == verb for t in later):
        return False
    stacked = (t for t in later if t.dep_ == "compound" and t.nbor(-1).tag_ in NOUN_TAGS)
    if any(verb_lemma(t.lower_) is not None for t in stacked):
        return False  # "Residents displaced by the flood face/NN months of ..."
    return not any(_verb_as_noun(t) or _finite_read_as_noun(t) for t in later)


def _own_relative_subject(verb: Token) -> bool:
    """Whether a relative word is the subject of ``verb``: a relative clause ("The factory that, for a century,
    employed half the town")."""
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ in WH_TAGS for c in verb.children)


def _subjunctive(verb: Token, finite: Token) -> bool:
    """A base form after "that" ("required that any building have ..."), or "were" after "if", "as though" or
    "unless" ("If the mayor were to resign"): a mood, not a verb disagreeing with its subject."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return finite.tag_ == "VBP" and "that" in marks or finite.lower_ == "were" and bool(marks & CONDITIONALS)


def _misplaced_verb(verb: Token, auxiliaries: list[Token], found: Token | None) -> bool:
    """A finite verb group the parser gave a subject it cannot have: one it disagrees with ("after the long
    drought were disappointed"), or one in a clause that the verb it hangs on cannot take (see
    ``_clause_without_taker``). The verb then belongs to a noun before it, maybe the sentence's subject."""
    finite = verb if verb.tag_ in FINITE_TAGS else next((a for a in auxiliaries if _finite(a)), None)
    if finite is None:
        return False
    # one subject, not a relative word's phrase: "Whose assessment both Cambodia and Vietnam have called ..."
    single = found is not None and sum(c.dep_ in SUBJECT_DEPS for c in verb.children) == 1
    if single and found.left_edge.tag_ not in WH_TAGS:
        if _cannot_agree(found, finite):
            return not _subjunctive(verb, finite)
        # a clause as the subject takes a singular verb: "Communities that 100 million people call home have been ..."
        if found.dep_ in ("csubj", "csubjpass") and plural_verb(finite, past_be=True):
            return True
    return _clause_without_taker(verb)


def _opens_subordinate(sent: Span, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``sent`` opens with a subordinator, after any lead words ("Although students sitting ...")."""
    tokens = [t for t in sent if not t.is_punct and not t.is_space]
    return _opening_subordinator(tokens, _past_lead_words(tokens), subordinators) is not None


def _clause_without_taker(verb: Token) -> bool:
    """A finite clause with a subject of its own and no "that" or question word, parsed as the object of a verb
    that takes no clause in WordNet's frames or classes ("borrowers struggling to make their payments will be
    protected": one makes payments, not a clause): the parser hung the sentence's own verb there."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ not in VERB_TAGS or not _finite_group(verb) or not _own_subject(verb):
        return False
    if any(c.dep_ == "mark" for c in verb.children) or any(t.tag_ in WH_TAGS for t in verb.subtree):
        return False  # "to work out where the money will come from"
    if _object_relative_that(verb.left_edge, verb):
        return False  # a relative clause: "driving tractors that they had parked across every road"
    return verb_lemma(head.lower_) is not None and not _takes_clause(head)


def _main_clause_without_comma(word: Token) -> bool:
    """A main clause right after the clause the subordinator ``word`` opens, with no comma in the sentence, which the
    parser hung inside that clause: a finite clause with a subject of its own, opened by no subordinator or relative
    word, that runs to the end of the sentence and that the clause's verb cannot take, as its object ("Whether or not
    the talks succeed the government will publish ...": "succeed" takes no clause) or as a clause on its object with
    no gap for that noun ("When the auditors examined the accounts they found a gap ...": "found" has its own object).
    """
    doc, sent = word.doc, word.sent
    verb = word.head
    if verb.tag_ not in VERB_TAGS or verb.i < word.i or any(t.text == "," for t in sent):
        return False
    end = max(t.i for t in sent if not t.is_punct)
    for later in doc[verb.i + 1 : end + 1]:
        if later.right_edge.i < end:
            continue
        if later.head.i == verb.i and _clause_without_taker(later):
            return True
        if later.dep_ == "relcl" and later.head.head.i == verb.i and _gapless_clause_on_object(later, verb):
            return True
    return False


def _gapless_clause_on_object(clause: Token, verb: Token) -> bool:
    """Whether ``clause``, which the parser made a relative clause on the object of ``verb``, has no gap for that
    noun: a finite clause with no relative word, an object of its own after its verb, no verb that takes two objects and no preposition left
    without one; nor is the noun a time, which a clause without a gap may describe ("the week they cut the fares"), nor
    ``verb`` one that takes a noun and a clause ("told the board they found ...")."""
    noun = clause.head
    if noun.dep_ != "dobj" or noun.tag_ not in NOUN_TAGS or in_class(noun_lemma(noun), "noun.time"):
        return False
    if not _finite_group(clause) or any(t.tag_ in WH_TAGS for t in clause.subtree):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i > clause.i or subject.lower_ == "that" or subject.tag_ in WH_TAGS:
        return False
    lemma, taker = verb_lemma(clause.lower_), verb_lemma(verb.lower_)
    if lemma is None or taker is None or _takes_noun_and_clause(taker) or sense_in(lemma, "frame.two-objects"):
        return False
    if not any(c.dep_ == "dobj" and c.i > clause.i for c in clause.children):
        return False
    return not any(t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children) for t in clause.subtree)


def _takes_noun_and_clause(lemma: str) -> bool:
    """Whether one of the first senses of the verb ``lemma`` takes a "that" clause, maybe after a person ("told the
    board they ...", "warned residents the river ...")."""
    sense = sense_in(lemma, "frame.that-clause")
    return sense is not None and sense.first_rank <= 3


# "Who", "whom" and "whose" open a clause about a person; a sentence opening with "which" may be a clause on the
# sentence before ("Which meant the ferry service was cancelled."), so it is left out.
PERSON_WH_WORDS = frozenset({"who", "whom", "whose"})


def _clausal_subject(tokens: list[Token], subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a sentence opening with "who", "whom" or "whose" is a question clause that is the subject of a later
    auxiliary ("Who chairs the panel will be announced on Friday.", "Who the victims were has not been made
    public."): after the clause's verb group, whose verb takes no clause of its own ("Who said the vote was rigged."
    stays a fragment), and its object, a finite "be" or "have" or a modal, with no subordinator, relative word,
    coordinator or punctuation before it that would open a clause of its own."""
    first = tokens[0]
    if first.lower_ not in PERSON_WH_WORDS or first.tag_ not in WH_TAGS:
        return False
    finite = next((j for j in range(1, len(tokens)) if tokens[j].tag_ in FINITE_TAGS), None)
    if finite is None:
        return False
    end = finite + 1
    while end < len(tokens) and tokens[end].tag_ in VERB_GROUP_TAGS - FINITE_TAGS:
        end += 1  # the rest of the clause's verb group: "will not chair"
    verb = next(t for t in reversed(tokens[finite:end]) if t.tag_ in VERB_TAGS)
    if _takes_clause(verb):
        return False
    openers = {phrase[0] for phrase in subordinators}
    for word in tokens[end:]:
        if word.tag_ == "MD" or word.tag_ in FINITE_TAGS and word.lower_ in HAVE_BE:
            return True
        breaks = word.is_punct or word.lower_ in COORDINATORS or word.lower_ in openers or word.lower_ == "that"
        if breaks or word.tag_ in FINITE_TAGS or word.tag_ in WH_TAGS:
            return False
    return False
