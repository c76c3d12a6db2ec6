"""Noun phrases: their relative clauses and participles, which do not make a sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from editlint.nlp.syntax import ADJECTIVE_TAGS, AUX_DEPS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS
from editlint.rules.house.sentence_fragment.common import (
    COORDINATORS, GAP_RELATIVES, NP_OPENERS, RELATIVES, RELATIVIZERS, TIME_PREPOSITIONS, WH_TAGS, _after_whom, _finite,
    _finite_group, _first_word, _has_subject, _phrase_of, _relative_subject,
)
from editlint.rules.house.sentence_fragment.main_clause import _joined_to_clause
from editlint.rules.house.sentence_fragment.main_verb import _verb_after_relative_clause
from editlint.rules.house.sentence_fragment.participle import _in_marked_clause
from editlint.rules.house.sentence_fragment.subordinate import (
    _clause_on_opening_noun, _clause_without_relative_word, _reported_gap, _reporting_before_gap,
)
from editlint.rules.house.sentence_fragment.verb_forms import (
    _absolute_after_noun_phrase, _complement_without_object, _listed_participle, _on_opening_object,
    _participle_after_comma, _participle_in_list, _record_participle, _seldom_with_object, _singled_out_participle,
    _verb_after_insertion, _verb_as_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def _noun_with_relative(root: Token) -> bool:
    """A noun phrase whose only verbs are in a relative clause on its head ("The bridge that the city promised")
    or on a noun inside it ("Thousands of people who ...", "The pilot and two attendants who ...")."""
    if root.tag_ not in NOUN_TAGS | {"PRP", "DT", "CD", "JJ", "JJS"}:
        return False
    relatives = [t for t in root.children if _relative(t)]
    relatives = relatives or [t for t in _phrase_of(root) if t.dep_ == "relcl" and t.tag_ in VERB_TAGS]
    relatives = relatives or [t for t in root.sent if _clause_without_relative_word(t)]  # "A loan the bank approved"
    dated = {w.i for t in root.sent if _dated_clause(t) for w in (t, *t.children) if w is t or w.dep_ in AUX_DEPS}
    freed = {t.i for t in root.sent if _object_pronoun_subject(t)}  # "who appeared before her said/advcl ..."
    inside = {w.i for verb in relatives for w in verb.subtree} - dated - freed
    # a verb read as a noun right after the relative clause's verb may be the main one: "those that followed remind"
    missed = (t for t in root.sent if t.tag_ == "NN" and _verb_as_noun(t) and t.nbor(-1).tag_ in VERB_TAGS)
    return bool(relatives) and not any(_verb_like(t) and t.i not in inside for t in root.sent) and not any(missed)


def _relative_root(root: Token) -> bool:
    """A relative clause on the noun that opens the sentence, whose verb the parser made the root: the relative
    word is hung on that noun ("A bridge that, engineers warned, had been closed ..."), or a subject after it
    holds "of whom" ("The two officers who shot him, neither of whom has been charged.") or follows "whom" ("A
    player who scored twice and whom fans voted ..."), or the root is the verb
    of a relative clause that reports with a gap, whose subject the relative word was ("One that economists have
    warned could push ...")."""
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < root.i]
    opening = subjects and subjects[0].tag_ in NOUN_TAGS | {"CD"} and _first_word(subjects[0].left_edge)
    relative = any(_relative_subject(c) or _after_whom(c) for c in subjects)
    return bool(opening) and root.tag_ in VERB_TAGS and (relative or _reported_gap(root))


def _dated_clause(verb: Token) -> bool:
    """A clause the parser opened with a time phrase whose year or demonstrative it took for the subject: "A project
    that residents had campaigned for since 2015 was approved ...", "Landlords who rent out units after that can face
    fines" ("since 2015", "after the 1990s", "after that" are phrases of time)."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if found is not None and found.lower_ in ("that", "this") and not found.children and found.i > verb.sent.start:
        before = verb.doc[found.i - 1]  # as a subordinator or a preposition without its object
        return before.lower_ in TIME_PREPOSITIONS and not any(c.dep_ == "pobj" for c in before.children)
    if not marks or found is None or not any(ch.isdigit() for ch in found.text):
        return False
    return all(w.dep_ == "det" for w in verb.doc[marks[0].i + 1 : found.i])  # "since 2015", "since the 1990s"


_PHRASE_START_TAGS = NP_OPENERS | NOUN_TAGS  # (made once here, not on every call)
# The personal pronouns in the object case, which are never a clause's subject (a closed class of English).
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


def _relative_clause_only(tokens: list[Token]) -> bool:
    """A noun phrase, then a relative word and the only finite verb, which the parser may take for the main
    verb ("Teachers whose contracts were not renewed after the cuts."); a verb of saying before it belongs to
    the same clause, one a subordinator opens after the relative word is a clause inside it ("Fees which
    parents claim have tripled since the school became an academy."), and a participle with its complement but
    no object is no verb of a clause ("Two hikers who set out on Sunday found dead near the summit.")."""
    if tokens[0].tag_ not in _PHRASE_START_TAGS:
        return False
    k = next((k for k, t in enumerate(tokens) if t.lower_ in RELATIVES and t.tag_ in WH_TAGS), None)
    if k is None or k == 0 or tokens[k - 1].tag_ not in NOUN_TAGS | {"PRP", "CD", ","}:
        return False
    relative = tokens[k].i
    # one verb group, after the relative word: the words up to it first, none of which is skipped below, so that a
    # verb group among them ends the test before the words after it are read
    verbs = {_verb_group(t) for t in tokens[: k + 1] if _verb_like(t)}
    if len(verbs) > 1 or any(i <= relative for i in verbs):
        return False
    later = tokens[k + 1 :]
    # a clause inside it, or a participle after it: "A man who had been aboard the boat found dead."
    # (not a time phrase or a preposition's object the parser took for a clause: "who came after her remembered")
    clauses = (t for t in later if _marked(t) and not _dated_clause(t) and not _object_pronoun_subject(t))
    inner = (*clauses, *(t for t in later if _reporting_before_gap(t)))
    skipped = {t.i for t in inner} | {t.i for t in later if _complement_without_object(t)}
    verbs |= {_verb_group(t) for t in later if t.i not in skipped and _verb_like(t)}
    return len(verbs) == 1 and min(verbs) > relative


def _verb_group(word: Token) -> int:
    """The index of the verb of ``word``'s verb group: an auxiliary counts with its verb ("who had walked", "whose
    contracts were not renewed")."""
    return (word.head if word.dep_ in AUX_DEPS else word).i


def _marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" for c in verb.children)


def _object_pronoun_subject(verb: Token) -> bool:
    """Whether the subject the parser gave ``verb`` is a pronoun in the object case right before it, which no clause
    has: the word it took for a subordinator is a preposition with that pronoun for its object, and ``verb`` is the
    verb after the relative clause ("Lawyers who appeared before her said ...", "Tenants who moved in after them
    found ...")."""
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return found is not None and found.lower_ in OBJECT_PRONOUNS and found.i + 1 == verb.i


def _verb_like(word: Token) -> bool:
    """A word that may be a clause's verb, whatever its tag: a finite verb, a base form or past participle with
    no auxiliary (a tense the tagger missed: "the providers who treat them face ...", "... protested outside"),
    or a verb the tagger read as a noun ("those that followed remind all of us")."""
    if _finite(word) or _verb_as_noun(word) or _verb_after_insertion(word) or _verb_after_relative_clause(word):
        return True
    bare = word.tag_ in ("VB", "VBN") and not any(c.dep_ in AUX_DEPS for c in word.children)
    if bare and word.dep_ == "acl" and _past_without_passive(word):
        return True
    return bare and word.dep_ not in ("amod", "acl", "xcomp", "ccomp") and not _first_word(word)


def _past_without_passive(verb: Token) -> bool:
    """A past form set off by a comma whose verb seldom takes an object (WordNet's frames), so it has no passive
    participle to describe the noun before it: the sentence's past tense, after an insertion ("The ferryman, who
    has worked the crossing since 1979, lingered by the slipway", where the parser reads "by" as an agent)."""
    past = verb.tag_ == "VBD" or verb.lower_.endswith("ed")  # not a participle only: "gone", "risen"
    after_comma = verb.i > verb.sent.start and verb.doc[verb.i - 1].text == ","
    return past and after_comma and _seldom_with_object(verb)


def _modifies_noun(verb: Token) -> bool:
    """Whether ``verb`` is in a phrase of a noun: a participle or relative clause ("a town founded by miners"),
    a participle before the noun ("failed attempts"), a subordinate clause on it ("the lowest rate since the
    state began ..."), a participle after a preposition ("with homes destroyed"), or an -ing form with no
    auxiliary that the parser made the root ("a burden for tenants falling behind")."""
    if _object_pronoun_subject(verb):
        return False  # the verb after a relative clause ending in a preposition: "Lawyers who appeared before her said"
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT" and not any(c.dep_ in AUX_DEPS for c in verb.children):
        return True  # an -ing form the parser made the root: "A burden for tenants falling behind."
    if _listed_participle(verb) or _participle_in_list(verb) or _participle_after_comma(verb):
        return True
    if _hyphenated_participle(verb):
        return True  # "a long and injury-hit career", "much-loved by residents"
    if _singled_out_participle(verb) or _clause_without_relative_word(verb):
        return True  # "Particularly the peas and beans packed/VBD at the plant.", "A decision nobody expected."
    verb = _joined_to_clause(verb) or verb  # "A decade during which wages stagnated and rents doubled."
    while verb.head.i != verb.i:
        if _dated_clause(verb):
            return False  # the sentence's verb after a phrase of time: "... since 2015 was approved"
        head = verb.head
        if _participle_after_comma(head):
            return True  # in the phrase of a participle on the noun: "A storm ..., now expected to reach the coast"
        pronoun = head.tag_ == "DT" and head.dep_ != "det"  # "those that were built before 1970"
        # an adjective with a determiner heads a noun phrase: "the third involving bananas"
        nominal = head.tag_ in ADJECTIVE_TAGS and any(c.dep_ == "det" for c in head.children)
        on_noun = head.tag_ in NOUN_TAGS | {"PRP", "CD"} or pronoun or nominal
        if _relative(verb) and on_noun:
            if _on_opening_object(verb):
                return True  # "Such as the roads damaged in the floods."
            participle = verb.tag_ in ("VBN", "VBG") or verb.dep_ != "acl" or _record_participle(verb)
            return participle and not _past_or_participle(verb)
        if on_noun and (_attributive(verb) or _clause_on_noun(verb)):
            return True
        if head.tag_ == "IN" and verb.tag_ in ("VBN", "VBG") and not _finite_group(verb):
            return True  # the verb of a phrase after a preposition: "with dozens of homes destroyed"
        verb = head
    return False


def _past_or_participle(verb: Token) -> bool:
    """An -ed form after a noun with no agent, which may as well be the past tense of the sentence's verb
    ("A plan with new money for hospitals passed on Thursday."), unlike "a port built by whalers"."""
    regular = verb.tag_ == "VBN" and verb.lower_.endswith("ed")  # with no auxiliary: not "the ferries having sailed"
    bare = not any(c.dep_ in ("agent", *AUX_DEPS) for c in verb.children)
    return regular and verb.dep_ == "acl" and bare and not (_record_participle(verb) or _singled_out_participle(verb))


def _clause_on_noun(verb: Token) -> bool:
    """A subordinate clause right after the noun it describes ("the lowest rate since the state began ..."); one
    after a comma describes a verb the parser missed ("One of the values ... is standing, even as we ...")."""
    start = verb.left_edge.i
    marked = any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "advcl" and marked and start > 0 and verb.doc[start - 1].text != ","


def _attributive(verb: Token) -> bool:
    """A participle before the noun it describes, with no words of its own after it but adverbs: "failed
    attempts", "more stolen cars", "a 72 trillion-shilling plan"."""
    before_noun = verb.dep_ in ("amod", "compound") and verb.i < verb.head.i
    return before_noun and all(c.dep_ == "advmod" or c.i < verb.i for c in verb.children)


def _hyphenated_participle(verb: Token) -> bool:
    """A participle or past form joined by a hyphen to a noun, adjective or adverb before it, with no subject, object
    or auxiliary: half of a compound adjective ("injury-hit", "state-owned", "much-loved", "award-winning"), not a
    compound verb with its object ("rubber-stamped the plan") nor a prefix the tagger reads as a verb ("re-elected")."""
    doc, k = verb.doc, verb.i
    if verb.tag_ not in ("VBN", "VBD", "VBG") or k < verb.sent.start + 2 or doc[k - 1].tag_ != "HYPH":
        return False
    joined = not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
    own = any(c.dep_ in SUBJECT_DEPS | AUX_DEPS | {"dobj", "dative"} for c in verb.children)
    return joined and doc[k - 2].tag_ in NOUN_TAGS | ADJECTIVE_TAGS | {"RB"} and not own


def _relative(verb: Token) -> bool:
    """A relative or participle clause on a noun, or a "when" or "where" clause on one ("the 2016 season, when it
    reached the final")."""
    if verb.tag_ not in VERB_TAGS:
        return False
    if verb.dep_ in ("relcl", "acl"):
        return True
    if verb.dep_ != "advcl" or verb.head.tag_ not in NOUN_TAGS:
        return False
    # right after the noun or its comma, not "Refer to the information only when it is relevant"
    return any(c.tag_ == "WRB" and c.nbor(-1).text in (",", verb.head.text) for c in verb.children)


_RELATIVE_WORDS = RELATIVIZERS | {"whose", "whom"}  # (made once here, not on every call)


def _misplaced_relative(verb: Token) -> bool:
    """A relative clause without "that", "which", "who" ... that may be a main clause the parser hung on a
    noun ("At the end of the day I'm proud ..."), or a plural noun before "how" or "what", which is a
    verb the tagger missed ("the launch highlights how ...")."""
    doc = verb.doc
    if verb.tag_ in ("NNS", "NNPS") and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("how", "what"):
        return True
    start = _clause_start(verb)
    if verb.dep_ != "relcl" or doc[start].lower_ in _RELATIVE_WORDS:
        return False
    if any(t.tag_ in WH_TAGS for t in doc[start : verb.i]):
        return False  # after a preposition: "a season in which the team won"
    if _gap_before_relative(verb) or _absolute_after_noun_phrase(verb):
        return False  # "The striker she replaced, who had scored ...", "Two hundred migrants, many rescued from ..."
    if any(map(_finite, doc[verb.head.i + 1 : verb.left_edge.i])) and _has_subject(verb):
        return True  # another clause between the noun and this one: no relative clause ("the way X builds ..., teams are")
    if _clause_on_opening_noun(verb) or _clause_without_relative_word(verb):
        return False  # the sentence is that noun and its clause: "A problem the council says will be fixed soon."
    noun = verb.head
    while noun.head.i != noun.i and noun.tag_ not in VERB_TAGS:
        noun = noun.head
    return _has_subject(verb) and noun.tag_ not in VERB_TAGS  # hung on a verbless phrase, not "the way they do"


def _clause_start(verb: Token) -> int:
    """Where the clause of ``verb`` starts: its left edge, or its subject after a comma when the words before that
    are another clause the parser hung on it ("..., along the river that floods in typhoons, residents expressed
    ...": that "that" opens no relative clause of this verb)."""
    doc, start = verb.doc, verb.left_edge.i
    found = max((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), key=lambda c: c.i, default=None)
    if found is None or found.left_edge.i <= start + 1 or doc[found.left_edge.i - 1].text != ",":
        return start
    # a relative word and an aside in commas after it ("that, officials said, the council approved") go on with the
    # clause; a clause of its own after it ("that floods often during storms,") ends before the comma
    return start if doc[start + 1].text == "," else found.left_edge.i


def _gap_before_relative(verb: Token) -> bool:
    """A clause that ends on its verb or a preposition with no object, right before a comma and a relative word:
    a relative clause whose object is the noun before it, which the relative clause after the comma describes
    too ("The striker she replaced, who ...", "The reservoir the city relies on, which ..."); a main clause
    would end on what it says ("I'm proud of the team, which ...")."""
    doc = verb.doc
    last = doc[max((t.i for t in verb.subtree if not t.is_punct), default=verb.i)]
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != "," or doc[last.i + 2].lower_ not in RELATIVES:
        return False
    stranded = last.tag_ in ("IN", "RP") and not any(c.dep_ == "pobj" for c in last.children)
    return last.i == verb.i or stranded


# A relative word, then "and" or "or" later in the sentence (see ``_relative_then_shared_verb``).
RELATIVE_THEN_COORDINATOR = re.compile(rf"\b(?:{'|'.join(sorted(_RELATIVE_WORDS))})\b.*\b(?:and|or)\b", re.I | re.S)
# The clauses of a verb that do not make it a main clause's partner: what it says, its infinitive, a subordinate
# or relative clause, a participle on its object.
_DEPENDENT_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl"})


def _relative_then_shared_verb(sent: Span) -> bool:
    """A noun phrase that opens the sentence, its relative clause, and a verb after "and" or "or" whose subject is
    that clause's relative word: the relative clause's second verb, which the parser makes the root or hangs on
    the noun ("The bridge that the city promised and then quietly dropped.", "Money that ministers pledged, and
    failed to spend, in three budgets."); with no other verb that may be the sentence's."""
    if not RELATIVE_THEN_COORDINATOR.search(sent.text):
        return False  # (the cheap test first: most sentences have no relative word before "and" or "or")
    for verb in sent:
        relative = _relative_before_coordinator(verb)
        if relative is not None:
            inside = {w.i for w in relative.subtree} | {verb.i}
            inside |= {w.i for c in verb.children if c.dep_ in _DEPENDENT_CLAUSE_DEPS for w in c.subtree}
            return not any(_verb_like(t) and t.i not in inside for t in sent)
    return False


def _relative_before_coordinator(verb: Token) -> Token | None:
    """The relative clause's verb right before the coordinator (and any adverbs) before ``verb``, when it describes
    the noun that opens the sentence and ``verb`` has no subject but that noun or a relative word ("and that
    arrived"), or None."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.dep_ in AUX_DEPS for c in verb.children):
        return None
    doc, k = verb.doc, verb.i - 1
    while k > verb.sent.start and (doc[k].tag_ == "RB" or doc[k].head.i == verb.i and doc[k].lower_ in GAP_RELATIVES):
        k -= 1  # "and then quietly dropped", "and that arrived"
    if doc[k].lower_ not in ("and", "or") or k == verb.sent.start:
        return None
    relative = next((t for t in doc[verb.sent.start : k] if _opened_by_relative_word(t)), None)
    if relative is None or relative.head.tag_ not in NOUN_TAGS or not _first_word(relative.head.left_edge):
        return None
    end = max(w.i for w in relative.subtree if w.i < k)
    if any(w.text != "," for w in doc[end + 1 : k]):
        return None  # a phrase of the noun's own comes between: not this clause's coordinator
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    shared = all(c.i == relative.head.i or c.lower_ in GAP_RELATIVES and c.tag_ in WH_TAGS | {"DT"} for c in subjects)
    return relative if shared else None


def _opened_by_relative_word(verb: Token) -> bool:
    """A relative clause (or one the parser hung on its noun as a clause) that opens with a relative word: not a
    determiner ("refines/NNS that estimate/VBP") nor the "that" of what a noun says ("the fact that ...")."""
    opening = verb.left_edge
    described = verb.dep_ in ("relcl", "acl") and verb.tag_ in VERB_TAGS
    return described and opening.lower_ in _RELATIVE_WORDS and opening.dep_ not in ("det", "mark")


def _list_of_negated_nouns(tokens: list[Token]) -> bool:
    """A list of noun phrases each opened by "no", after commas and coordinators, with no finite verb but in a
    clause a subordinator or relative word opens: "No tax rises, no new borrowing and no mention of the reform.";
    a plural noun that ends the first item may be read as a present tense ("rises/VBZ"). Not a sentence whose first
    item has its verb ("No taxes rose, no jobs went"), nor with a verb after an item ("... and no dogs are allowed"),
    nor a list a clause of its own ends ("..., the chancellor promised")."""
    if [t.lower_ for t in tokens].count("no") < 2:
        return False  # (the cheap test first: two items need two "no"s, and most sentences have none)
    items, start = [], 0
    for k, word in enumerate(tokens):
        if word.text == "," or word.lower_ in COORDINATORS:
            items.append(tokens[start:k])
            start = k + 1
    items.append(tokens[start:-1] if tokens[-1].is_punct else tokens[start:])
    items = [item for item in items if item]
    if len(items) < 2 or any(item[0].lower_ != "no" for item in items):
        return False
    verbs = [t for item in items for t in item if _finite(t) and not _in_marked_clause(t)]
    first = items[0][-1]
    return all(t.i == first.i for t in verbs) and first.tag_ in NOUN_TAGS | {"VBZ"}
