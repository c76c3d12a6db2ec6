"""Subordinate and relative clauses: the word that opens one, and whether a main clause follows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class, sense_in
from editlint.nlp.syntax import (
    AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SAYING_CLASSES, SUBJECT_DEPS, VERB_GROUP_TAGS, VERB_TAGS, noun_lemma, verb_class,
    verb_lemma,
)
from editlint.rules.house.sentence_fragment.common import (
    CLAUSE_BREAKS, COORDINATORS, ELLIPTICAL_STARTS, ELLIPTICAL_SUBORDINATORS, FINITE_BE, GAP_RELATIVES, HAVE_BE,
    NOT_SUBORDINATORS, NOUN_PHRASE_TAGS, NP_OPENERS, OBJECT_DEPS, RELATIVES, TIME_PREPOSITIONS, WH_TAGS, _cannot_agree,
    _clause_of, _finite, _finite_group, _ize_spelling, _modifier_after_coordinator, _past_lead_words, _rate_unit,
    _relative_subject, _said_in_relative, _subordinator_at,
)
from editlint.rules.house.sentence_fragment.verb_forms import (
    _object_left_out, _past_before_object, _seldom_with_object, _superlative, _verb_as_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Indefinite pronouns, a closed class: no noun modifies one, so a noun right before one ends a noun phrase of its own.
INDEFINITE_PRONOUNS = frozenset("nobody everybody somebody anybody everyone someone anyone".split())
# What a verb that may take a finite clause as its object says of it: a "that" frame, saying or thinking.
CLAUSE_TAKERS = ("frame.that-clause", *SAYING_CLASSES)
# What a noun phrase may open with: "a main", "forecasters", "the last of the workers", "its owners".
NOUN_PHRASE_OPENERS = NP_OPENERS | NOUN_TAGS | {"PRP"}


def _in_order_to(tokens: list[Token]) -> bool:
    """Whether ``tokens`` open with "in order to", a purpose whose "order" the parser may take for a subject."""
    return [t.lower_ for t in tokens[:3]] == ["in", "order", "to"]


def _opening_subordinator(
    tokens: list[Token], j: int, subordinators: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The subordinator that opens a clause at ``tokens[j]``: one of the option's, or any the parser marks."""
    phrase = _subordinator_at(tokens, j, subordinators) or ((tokens[j].lower_,) if _marked_clause(tokens[j]) else None)
    if phrase == ("as",) and j > 0 and tokens[j - 1].lower_ == "such":
        return None  # a preposition: "Such as new roofs, ramps and ..."
    after = j + len(phrase) if phrase else 0
    return phrase if after < len(tokens) and tokens[after].lower_ != "of" else None  # "because of", "in case of"


def _marked_clause(word: Token) -> Token | None:
    """The verb of the clause ``word`` subordinates when the parse makes it a conjunction: a ``mark`` (not
    "that") before the clause's subject, in a clause's order ("Lest the rains arrive ..."; not the inverted main
    clause "With each election comes ..."); the parser may hang it on the subject."""
    if word.dep_ != "mark" or word.tag_ != "IN" or word.lower_ in NOT_SUBORDINATORS:
        return None
    verb = word.head if word.head.tag_ in VERB_TAGS else _clause_of(word)
    group = [verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)]
    subjects = [c for w in group for c in w.children if c.dep_ in SUBJECT_DEPS and word.i < c.i < verb.i]
    finite = next((w for w in group if w.tag_ in FINITE_TAGS), None)
    if finite is not None and any(_cannot_agree(c, finite) for c in subjects):
        return None  # a preposition and its object before a verb that cannot agree: "make way for it have opposed"
    return verb if subjects and not _inverted_after(word, verb) else None


def _inverted_after(word: Token, verb: Token) -> bool:
    """Whether ``verb`` is a main clause's, inverted after a phrase the parser read as the subordinator ``word`` and
    its subject: a subject follows the verb ("After the vote came a long silence"), which no subordinate clause puts
    before it; or, after a subordinator that is a preposition too, a verb of motion that seldom takes an object has
    a noun after it for an object, or for a measure with "of" ("After the rain came a week of heat"; not "After the
    river rose two metres")."""
    after = [c for c in verb.children if c.i > verb.i and c.tag_ in NOUN_TAGS]
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in after):
        return True
    of_phrase = (c.dep_ == "npadvmod" and any(g.lower_ == "of" for g in c.children) for c in after)
    nouns = any(c.dep_ in ("dobj", "attr") for c in after) or any(of_phrase)
    return nouns and word.lower_ in TIME_PREPOSITIONS and _motion_without_object(verb)


def _motion_without_object(verb: Token) -> bool:
    """A verb of motion that WordNet seldom uses with an object ("come", "go", "arrive"): the verbs that follow a
    phrase of place or time before their subject."""
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and in_class(lemma, "verb.motion") and _seldom_with_object(verb)


def _coordinated_subordinate_clauses(
    tokens: list[Token], i: int, subordinators: tuple[tuple[str, ...], ...]
) -> str | None:
    """The opening words of subordinate clauses joined by "and", "or" or "but" with no main clause, which the
    parser often takes for one ("Once the snow was cleared and the trucks returned."), or None.

    Without a comma or quotation, each part between the coordinators holds exactly one finite verb (outside
    relative and complement clauses): a main clause would add one ("When the deal expires and the ore is shipped the mine
    will close").
    """
    if len(tokens) < i + 4 or tokens[-1].text != ".":
        return None
    phrase = _opening_subordinator(tokens, i, subordinators)
    if not phrase or any(map(_breaks_clauses, tokens)):
        return None
    mark = tokens[i + len(phrase) - 1]
    if mark.dep_ not in ("mark", "advmod") or mark.head.tag_ not in VERB_TAGS or _elliptical(mark):
        return None  # a preposition: "Since 2010 the city has grown and ..."
    if any(t.text == "," for t in tokens) and not _subject_opens_clause(mark, tokens[i + len(phrase)]):
        return None  # a phrase before the main clause: "As expected the bank held rates, and the pound rose."
    finite_per_part, part_start, taker = [0], tokens[i].i, False
    for tok in tokens[i + len(phrase) : -1]:
        verb = tok.head if tok.dep_ in AUX_DEPS else tok
        embedded = verb.dep_ == "relcl" or verb.dep_ == "ccomp" and part_start < verb.head.i < verb.i
        if tok.lower_ in COORDINATORS:
            finite_per_part.append(0)
            part_start, taker = tok.i, False
        elif _finite(tok) and not embedded and taker:
            taker = False  # what the verb before says, without "that", however parsed: "surveys showed stocks had ..."
        elif _finite(tok) and not embedded:  # not in a relative clause nor what a verb of the part says
            finite_per_part[-1] += 1
            taker = _takes_clause(verb)
    clauses = [n for n in finite_per_part if n]  # parts without a verb belong to the clause before: "the taxiways and"
    if finite_per_part[0] != 1 or len(clauses) < 2 or any(n != 1 for n in clauses):
        return None
    return " ".join(t.text for t in tokens[: i + len(phrase)])


def _subject_opens_clause(mark: Token, word: Token) -> bool:
    """Whether ``word``, right after the subordinator ``mark``, opens the subject of the verb ``mark`` subordinates: a
    clause in its plain order ("While analysts said ..."), not an elliptical or adverbial phrase before a main clause
    ("When asked about it the minister ...", "Once a week the ferry ...")."""
    return any(c.dep_ in SUBJECT_DEPS and c.left_edge.i == word.i for c in mark.head.children)


def _breaks_clauses(word: Token) -> bool:
    """Whether ``word`` is punctuation that may close a clause and open another: not a possessive's apostrophe ("the
    teachers' union"), a comma right before a coordinator ("..., and the union said ..."), nor one of the commas that
    set off a relative clause ("the governor, who opposed it, warned ...")."""
    if word.text not in CLAUSE_BREAKS or word.tag_ == "POS":
        return False
    if word.text != ",":
        return True
    doc = word.doc
    if word.i + 1 < len(doc) and doc[word.i + 1].lower_ in COORDINATORS:
        return False
    return not any(_sets_off_relative(word, doc[k]) for k in (word.i + 1, word.i - 1) if 0 <= k < len(doc))


def _sets_off_relative(comma: Token, word: Token) -> bool:
    """Whether ``comma`` opens or closes the relative clause of ``word``'s, one a relative pronoun opens, on a subject
    whose verb comes after it ("the governor, who opposed it, warned ..."); not on an opening phrase's noun, whose
    closing comma may end that phrase ("Once a mill town, which it was, the valley ...")."""
    clause = next((w for w in (word, *word.ancestors) if w.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.tag_ not in WH_TAGS:
        return False
    noun = clause.head
    if comma.i not in (clause.left_edge.i - 1, clause.right_edge.i + 1):
        return False
    return noun.dep_ in SUBJECT_DEPS and noun.head.i > clause.right_edge.i


def _takes_clause(verb: Token) -> bool:
    """Whether one of the first senses of ``verb`` may take a finite clause as its object: a "that" frame, saying or
    thinking ("say", "show", "find"; not "make"), under its spelling or its "-ize" one, whose senses WordNet lists in
    full ("realised" as "realized")."""
    lemmas = {verb_lemma(verb.lower_), verb_lemma(_ize_spelling(verb.lower_))} - {None}
    senses = (sense_in(lemma, name) for lemma in lemmas for name in CLAUSE_TAKERS)
    return any(sense is not None and sense.first_rank <= 3 for sense in senses)


def _later_clause_on_root(word: Token, sent: Span) -> bool:
    """A clause after a comma that hangs on the sentence's root ("Better late, as the saying goes"), not
    one deep inside a subordinate clause ("Though he said that the wall, if it failed, ...")."""
    opening, root = sent[0], sent.root
    if opening.lower_ in RELATIVES and opening.tag_ in WH_TAGS and len(sent) > 1 and sent[1].text == ",":
        return False  # an aside after a relative word, whose clause goes on after it: "Which, as critics warned, ..."
    subordinator = opening.dep_ == "mark" or opening.tag_ == "WRB" and opening.dep_ == "advmod"  # "When ..."
    # the root's own clause is subordinate ("Unless, as the chief warned, the insurers ...", "..., as lawyers had
    # predicted, that the law was valid"), or the sentence's first clause is, whatever the parser made the root
    # ("When the club sold its striker, as many had predicted.")
    first_clause = opening.head == root or opening.head.i < word.i or _before_insertion(opening, root)
    if subordinator and first_clause or _complement(root):
        return False
    later = word.dep_ == "mark" and word.i > sent.start and word.nbor(-1).text == "," and word.head.head == sent.root
    # ("for" and an infinitive's subject open no finite clause: "To plead, once more, for the allies to help.")
    return later and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in word.head.children)


def _complement(verb: Token) -> bool:
    """Whether "that" opens the clause of ``verb``: "(ruled) that the law was valid"; not one before a common noun,
    which may be a demonstrative the parser took for it ("..., that data will be checked")."""
    doc = verb.doc
    marks = (c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.tag_ == "IN")
    return any(m.i + 1 < len(doc) and doc[m.i + 1].tag_ not in ("NN", "NNS") for m in marks)


def _parenthetical_clause(verb: Token) -> bool:
    return verb.dep_ == "parataxis" and _parenthetical(verb)


def _parenthetical(verb: Token) -> bool:
    """Whether ``verb``'s clause stands between commas or dashes before the clause it comments on."""
    words = [t for t in verb.subtree if not t.is_punct]
    doc, first, last = verb.doc, words[0].i, words[-1].i
    if first == 0 or last + 1 >= len(doc) or verb.head.i < verb.i:
        return False
    return doc[first - 1].text in (",", "—", "–") and doc[last + 1].text in (",", "—", "–")


def _reported_gap(word: Token) -> bool:
    """Whether ``word`` is a verb of saying or thinking right before an auxiliary with no subject between, or
    that auxiliary or its verb: the subject moved out as a relative word before them, so both are in a relative
    clause ("Which officials say could cost ...", "delays that commuters say have doubled"). Not after a noun
    for something said or a pronoun, which may be the object instead ("Everything that critics say will be
    checked")."""
    doc = word.doc
    if _reporting_before_gap(word):
        return True
    i = word.i  # back over the verb group: "say could cost", "say have not been repaired"
    while i > word.sent.start and word.i - i < 4 and doc[i - 1].tag_ in VERB_GROUP_TAGS:
        i -= 1
        if _reporting_before_gap(doc[i]):
            return True
    return False


# The tags of a verb of saying's own verb group: a finite form, or a participle after "has" or "had".
SAYING_GROUP_TAGS = frozenset({"VBP", "VBZ", "VBD", "VBN"})


def _reporting_before_gap(saying: Token) -> bool:
    """A verb of saying or thinking right before an auxiliary, after a relative word that may be its subject."""
    doc = saying.doc
    if saying.tag_ not in SAYING_GROUP_TAGS:
        return False  # (the cheap test first: most words are no finite form or participle)
    if saying.i + 2 >= len(doc) or saying.lower_ not in verb_class(SAYING_CLASSES):
        return False
    # its own group: a finite form, or a participle after "has", "had" ("the mayor had warned", "has long said")
    perfect = [c for c in saying.children if c.dep_ == "aux" and c.lower_ in HAVE_BE and c.i < saying.i]
    if saying.tag_ == "VBN" and not perfect:
        return False
    group_start = min((c.i for c in perfect), default=saying.i)
    after, following = doc[saying.i + 1], doc[saying.i + 2]
    sent = saying.sent
    start = sent.start
    # a form of "be" opens the gap's clause whatever follows it after an opening relative word, which has no noun
    # the words before it could be the subject with ("Which officials said was the result of ...")
    copula = after.lower_ in FINITE_BE and doc[start].lower_ in GAP_RELATIVES
    if not (after.tag_ == "MD" or after.lower_ in HAVE_BE and following.tag_ in ("VBN", "VBG", "RB") or copula):
        return False
    if following.i >= sent.end or any(map(_past_before_object, doc[after.i + 2 : sent.end])):
        return False  # the main verb may follow as a participle: "Cracks that engineers say could widen forced ..."
    relative = next((t for t in reversed(doc[start:group_start]) if t.lower_ in GAP_RELATIVES or _finite(t)), None)
    if relative is None and saying.dep_ == "relcl" and _clause_on_opening_noun(saying):
        return True  # a clause without its relative word: "A problem the council says will be fixed ..."
    if relative is None or relative.lower_ not in GAP_RELATIVES or relative.i + 1 == group_start:
        return False  # a finite verb first: the words before the verb of saying are a clause of their own
    antecedent = doc[relative.i - 1] if relative.i > start else None
    if antecedent is None or antecedent.tag_ in ("DT", "PRP"):
        return antecedent is None  # "Which officials say ...", not "All that critics say will ..."
    return not any(in_class(noun_lemma(antecedent), name) for name in ("noun.communication", "noun.cognition"))


def _antecedent_of_gap(word: Token) -> bool:
    """Whether ``word`` stands right before a relative word whose clause reports with a gap ("work that the
    operator says could last until June", "talks that mediators say are close to collapse"): the noun of that
    relative clause, whatever its tag."""
    doc, end = word.doc, word.sent.end
    if word.i + 2 >= end or doc[word.i + 1].lower_ not in GAP_RELATIVES:
        return False
    for tok in doc[word.i + 2 : end]:
        if _reporting_before_gap(tok):
            return True
        if tok.lower_ in GAP_RELATIVES or _finite(tok):
            return False  # another clause first
    return False


def _clause_on_opening_noun(verb: Token) -> bool:
    """A clause with a subject of its own on a noun that heads the whole sentence from its first word, with a
    determiner, right after it and with a subject that opens with a determiner or pronoun: the clause describes it ("A
    service the ministry had promised since 2016", "An outcome both sides wanted"). Only the one clause: a
    second verb on the noun, one in the clause's subject or a noun that may be a verb the tagger missed may be the
    sentence's own ("The houses the builder finished sold ...", "The figure the agency released shows/NNS a rise").
    Not a noun of time, which may be a phrase before the main clause ("A week later the ministry confirmed ...")."""
    noun = verb.head
    if not _opening_noun(noun):
        return False
    if any(c.tag_ in VERB_TAGS and c.i != verb.i for c in noun.children):
        return False
    if verb.doc[verb.left_edge.i - 1].text == ",":
        return False  # a clause without its relative word follows its noun at once: "The bronzes, many cast ..."
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].left_edge.tag_ not in ("DT", "PDT", "PRP", "PRP$"):
        return False  # a subject opening a noun phrase of its own, not a name in apposition: "the website Daft.ie put"
    if any(t.tag_ in VERB_TAGS for t in subjects[0].subtree):
        return False
    return not any(_verb_as_noun(t) or _finite_outside(t, verb) for t in noun.sent)


def _opening_noun(noun: Token) -> bool:
    """A common noun with a determiner that the parser made the root and that heads the sentence from its first
    word; not a noun of time, which may be a phrase before the main clause ("A week later the ministry ...")."""
    if noun.dep_ != "ROOT" or noun.tag_ not in ("NN", "NNS") or noun.left_edge.i != noun.sent.start:
        return False
    return any(c.dep_ == "det" for c in noun.children) and not in_class(noun_lemma(noun), "noun.time", max_rank=2)


def _clause_without_relative_word(verb: Token) -> bool:
    """The verb of a clause on a noun without its relative word, whose object that noun is, where the sentence is
    that noun phrase and no main clause: on the noun the sentence opens with ("A loan the bank approved despite
    ..."), on one a superlative ranks in the opening phrase ("After the worst drought the county has seen in
    decades."), or with an indefinite pronoun for its subject ("A decision nobody on the board expected.")."""
    if _gapped_clause_on_opening_noun(verb) or _record_clause_in_opening_phrase(verb):
        return True
    return _clause_after_indefinite_pronoun(verb)


def _gapped_clause_on_opening_noun(verb: Token) -> bool:
    """The verb of a clause without its relative word on the noun that opens the sentence, whose object is that
    noun: a past form with no object, of a verb that often takes one, right after its subject, a second noun
    phrase with a determiner of its own that follows the opening noun at once ("A loan the bank approved despite
    ...", "The house the poet bought in 1931", which the parser reads as a participle on that subject), or a
    clause the parser hung on the opening noun as what it says ("A claim the lawyers have denied in court")."""
    if verb.dep_ not in ("ccomp", "acl") or not _object_left_out(verb):
        return False
    if verb.dep_ == "ccomp":
        return _clause_on_opening_noun(verb)
    found, root = verb.head, verb.sent.root
    start = found.left_edge
    if verb.i != found.i + 1 or found.head.i != root.i or start.i != root.i + 1:
        return False
    own_determiner = start.dep_ in ("det", "poss") and start.tag_ in ("DT", "PRP$")
    return own_determiner and _opening_noun(root) and not any(c.tag_ in VERB_TAGS for c in root.children)


def _clause_after_indefinite_pronoun(verb: Token) -> bool:
    """The verb of a clause without its relative word whose subject is an indefinite pronoun right after the noun
    that opens the sentence with its determiner, lacking the object that noun is ("A decision nobody on the board
    expected.", "A mistake anyone in her position might have made."): a noun phrase and a clause on it, since no noun
    modifies such a pronoun as the parser may have it ("decision/compound nobody")."""
    clause = verb.head if verb.dep_ in AUX_DEPS else verb
    found = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.lower_ in INDEFINITE_PRONOUNS), None)
    if found is None or found.i - 2 < verb.sent.start:
        return False
    doc, noun = verb.doc, verb.doc[found.i - 1]
    if noun.tag_ not in ("NN", "NNS") or in_class(noun_lemma(noun), "noun.time", max_rank=2):
        return False  # a phrase of time before the main clause: "A week later nobody had ..."
    opening = doc[verb.sent.start : noun.i]
    if opening[0].tag_ != "DT" or any(t.tag_ not in NOUN_PHRASE_TAGS for t in opening):
        return False
    objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS]
    if len(objects) == 1 and objects[0].dep_ == "xcomp" and _infinitive(objects[0]):
        clause = objects[0]  # the object is the infinitive's: "had wanted to take"
    if any(c.dep_ in OBJECT_DEPS for c in clause.children) or _seldom_with_object(clause):
        return False  # the object is the noun: "could repay", "had prepared for"
    # no other verb, which may be the main one ("A storm nobody had prepared for struck/pobj ..."), but an infinitive
    finite = verb.head if verb.dep_ in AUX_DEPS else verb
    others = (t for t in verb.sent if t.tag_ in VERB_TAGS and t.dep_ not in AUX_DEPS and t.i not in (finite.i, clause.i))
    past = finite.tag_ in ("VBD", "VBN")  # "expected/VBN", a past the tagger read as a participle
    return (_finite_group(finite) or past) and all(t.dep_ == "xcomp" and _infinitive(t) for t in others)


def _infinitive(verb: Token) -> bool:
    return any(c.tag_ == "TO" for c in verb.children)


def _record_clause_in_opening_phrase(verb: Token) -> bool:
    """The verb of a clause without its relative word on a noun that a superlative ranks, in the phrase the sentence
    opens with: its subject right after that noun, no object, since the noun is its object, and the span of time
    the record covers ("In the wake of the worst flooding the region has seen in four decades.", "Despite the
    heaviest snow the city has had since 2010."): a record and the clause that sets it, no main clause. Without
    that span the clause may be the main one after a phrase of time ("Since the last election the party has
    changed."); a comma before the subject parts the phrase from it ("After the longest drought, the county ...")."""
    doc, start = verb.doc, verb.sent.start
    group = min([verb.i, *(c.i for c in verb.children if c.dep_ in AUX_DEPS)])
    found = doc[group - 1]  # the subject's head, right before the verb group
    if group - 1 <= start or found.tag_ not in NOUN_TAGS | {"PRP"} or found.left_edge.i <= start + 1:
        return False
    noun = doc[found.left_edge.i - 1]
    if noun.tag_ not in ("NN", "NNS") or not _superlative(noun):
        return False
    opening = list(doc[start : noun.i])
    if opening[_past_lead_words(opening)].tag_ != "IN" or any(t.text in CLAUSE_BREAKS for t in opening):
        return False
    return _finite_group(verb) and _object_left_out(verb) and _record_span(verb)


def _record_span(verb: Token) -> bool:
    """Whether a span of time follows ``verb`` in its clause: "since" and what it takes ("since the 1970s", "since
    records began"), or "in" or "over" and a unit of time ("in four decades", "over the past year"); not a time a
    main clause gives ("on Mondays", "this weekend")."""
    for child in (c for c in verb.children if c.i > verb.i):
        if child.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children):
            return True
        times = [g for g in child.children if g.dep_ == "pobj"] if child.lower_ in ("in", "over") else []
        if any(in_class(noun_lemma(t), "noun.time") for t in times):
            return True
    return False


def _finite_outside(word: Token, verb: Token) -> bool:
    """Whether ``word`` may be a finite verb outside ``verb``'s clause, what that clause reports and relative clauses:
    a finite tag ("The report the inspectors wrote after their visit urges ..."), or a bare plural in the form of a
    verb ("The route the ferry takes passes/NNS close to ...")."""
    modified = any(c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in word.children)
    bare = word.tag_ == "NNS" and word.dep_ != "pobj" and not modified  # not "after months of talks"
    if not (_finite(word) or bare and verb_lemma(word.lower_) not in (None, word.lower_)):
        return False
    clause = word.head if word.dep_ in AUX_DEPS else word
    reported = clause.dep_ == "ccomp" and clause.head.i == verb.i
    return clause.i != verb.i and not reported and not _relative_or_subordinate(clause)


def _relative_or_subordinate(clause: Token) -> bool:
    """Whether a relative word or a subordinator opens ``clause`` ("when the funds were set aside", "since it
    began"); not a word that may be a preposition of time before a noun, which may be the subject of the main verb
    ("after their visit urges ...")."""
    if any(c.tag_ in WH_TAGS for c in clause.children):
        return True
    marks = [c for c in clause.children if c.dep_ == "mark"]
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    preposition = any(m.lower_ in TIME_PREPOSITIONS for m in marks) and not all(c.tag_ == "PRP" for c in subjects)
    return bool(marks) and not preposition


def _before_insertion(word: Token, verb: Token) -> bool:
    """A subordinator the parser hung on a clause set in commas after it, which has its own ("Unless, as the
    chief warned, the insurers decide ..."): it opens the clause of ``verb``, after the insertion."""
    if word.dep_ != "mark" or word.nbor().text != "," or word.head.right_edge.i >= verb.i:
        return False
    return any(c.dep_ == "mark" and c.i > word.i for c in word.head.children)


def _subordinator_across_insertion(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> Token | None:
    """The subordinator whose subject ``verb`` follows across an insertion set in commas, which the parser may
    read as a preposition and its object or as the verb's subject ("As the company, long the region's largest
    employer, cut ...", "after the volcano, which last erupted in 2010, began ..."): one comma never parts a
    subject from its verb, so the noun before the insertion is the subject, and the subordinator its clause's."""
    if verb.dep_ in AUX_DEPS or not _finite_group(verb):
        return None
    opening_subject = _subordinator_of_opening_subject(verb, subordinators)
    if opening_subject is not None:
        return opening_subject
    doc, k, start = verb.doc, _before_verb_group(verb), verb.sent.start
    if k <= start or doc[k].text != ",":
        return None
    opening = next((t.i for t in reversed(doc[start:k]) if t.text == ","), None)
    if opening is None:
        return None
    for word in reversed(doc[start:opening]):
        if word.text == "," or _finite(word):
            return None  # the words before the insertion are a clause or a phrase of their own
        if word.dep_ in ("mark", "prep") and _ends_subordinator(word, subordinators):
            group = [verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)]
            subjects = (c for w in group for c in w.children if c.dep_ in SUBJECT_DEPS)
            return word if all(word.i < c.i < k for c in subjects) else None
    return None


def _before_verb_group(verb: Token) -> int:
    """Where the words before ``verb``'s group end: before its auxiliaries and adverbs ("..., has since cut")."""
    doc, k = verb.doc, verb.i - 1
    while k > verb.sent.start and (doc[k].tag_ in ("RB", "MD") or doc[k].dep_ in AUX_DEPS):
        k -= 1
    return k


def _subordinator_of_opening_subject(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> Token | None:
    """The subordinator that opens the sentence, when the noun phrase right after it, then maybe an insertion set
    in commas, is all that comes before ``verb``, a finite verb with no subject: that noun phrase is its subject,
    which the parser took for the object of a preposition or hung on a clause inside it ("After a main that
    supplies 40,000 homes ruptured ...", "When the last of the workers, some of whom ..., walked out",
    "Given that forecasters, citing ..., had predicted"). Right before the verb, without an insertion, only a
    subject carrying a clause of its own, which is what misleads the parser ("After the meeting officials said"
    has none)."""
    doc, start = verb.doc, verb.sent.start
    group = [verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)]
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for w in group for c in w.children):
        return None
    tokens = [t for t in doc[start : verb.i] if not t.is_punct]
    k = _past_lead_words(tokens)
    phrase = _opening_subordinator(tokens, k, subordinators) if tokens else None
    if phrase is None or _elliptical(tokens[k + len(phrase) - 1]):
        return None
    last = tokens[k + len(phrase) - 1]
    noun = doc[last.i + 1]
    if noun.tag_ not in NOUN_PHRASE_OPENERS:
        return None
    while noun.head.i != noun.i and last.i < noun.head.i < verb.i and noun.head.tag_ not in VERB_TAGS:
        noun = noun.head
    end, before = noun.right_edge.i, _before_verb_group(verb)
    while doc[end].is_punct and end > noun.i:
        end -= 1  # a comma the parser hung on the noun
    # (the parser may take the subordinator's last word for a determiner: "Given that/DT forecasters")
    if noun.tag_ not in NOUN_TAGS | {"PRP", "JJ", "JJS", "CD"} or end >= verb.i or noun.left_edge.i < last.i:
        return None
    if end == before:
        return last if any(t.dep_ in ("relcl", "acl") and t.tag_ in VERB_TAGS for t in noun.subtree) else None
    insertion = doc[end + 2 : before]
    set_off = doc[end + 1].text == "," and doc[before].text == ","
    return last if set_off and len(insertion) and not any(t.text == "," for t in insertion) else None


def _reporting_aside(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A verb of saying or thinking with its subject, set in commas between the subject of an opening subordinate
    clause and that clause's verb, whatever the parser made of it ("Because the bridge, engineers said on Monday,
    is unsafe", "After the union, its leader told reporters, rejected ..."): an aside on the subordinate clause, not
    a main clause. Its own words are its subject, adverbs and phrases, and at most a noun it is told to ("its leader
    told reporters"); not what it says."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in FINITE_TAGS or verb.lower_ not in verb_class(SAYING_CLASSES):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].left_edge.i < sent.start + 1 or doc[subjects[0].left_edge.i - 1].text != ",":
        return False
    closing = next((t for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if closing is None or closing.i + 1 >= sent.end:
        return False
    own = doc[verb.i + 1 : closing.i]
    if any(t.dep_ in ("ccomp", "xcomp", "mark") or t.tag_ in VERB_TAGS for t in own):
        return False  # it says something before the comma: "..., officials said the bridge was safe, ..."
    words = doc[closing.i + 1 : sent.end]
    clause = next((t for t in words if t.tag_ not in ("RB", "MD") and t.dep_ not in AUX_DEPS), None)
    return clause is not None and _subordinator_across_insertion(clause, subordinators) is not None


def _ends_subordinator(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``word`` ends a subordinator of one word or more: "as", "now that", "even though"."""
    words = [t.lower_ for t in word.doc[max(word.sent.start, word.i - 3) : word.i + 1]]
    return any(words[-len(p) :] == list(p) for p in subordinators if p[-1] == words[-1])


def _subordinates(word: Token, verb: Token) -> bool:
    """Whether the subordinator ending in ``word`` makes ``verb``'s clause subordinate.

    Not "As many as 300 people attended", "As of Monday, ...", nor a subordinator whose clause is the
    subject ("Whether the plan passes is ...") or an elliptical clause ("If elected, she will ...").
    """
    if word.head.i != verb.i or _elliptical(word) or _rate_unit(word) is not None:
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
    inverted = after.dep_ in AUX_DEPS and after.tag_ in FINITE_TAGS and after.head.i == verb.i
    if inverted and any(c.dep_ in SUBJECT_DEPS and c.i > after.i for c in verb.children) or _inverted_after(word, verb):
        return False  # no subordinate clause puts its auxiliary or verb before the subject: "Never before has the
        # country ...", "After the vote came a long silence"
    if word.lower_ == "as":
        return word.dep_ == "mark" and after.tag_ not in FINITE_TAGS  # not the comparative "As did wages."
    if word.dep_ == "prep":  # "Especially since at 18F, we ..." parsed as a preposition without object
        return after.lower_ not in ("of", "to", "for") and not any(c.dep_ in ("pobj", "pcomp") for c in word.children)
    # a word alone that the parser read as a noun is one too: "Whereupon/NN the landlord served ...", not the phrase
    # of a time, "Once a month, volunteers ..."
    return word.dep_ in ("mark", "advmod") or word.dep_ == "npadvmod" and not word.children


def _main_clause_after(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A main clause after the subordinate one and a comma, which the parser hung elsewhere.

    "Because the shells landed at night, most families learned ..." (the parser may hang the subordinator on
    the main verb), "As we have said before, every site ... should ..."; or a quotation the clause
    introduces ("As the minister put it, “...”"). Not "Especially since in our district, we ...": the
    subordinate clause must start before the comma.
    """
    doc, sent = word.doc, word.sent
    first = next((t.i for t in doc[word.i + 1 : sent.end] if t.text == ","), None)
    later = doc[word.i + 1 : sent.end]
    across = next((t for t in later if _subordinator_across_insertion(t, subordinators) == word), None)
    if across is not None:  # the clause goes on after an insertion: "Although Ms. Okafor, the minister, told ..."
        first = next((t.i for t in doc[across.i + 1 : sent.end] if t.text == ","), None)
    if first is not None and any(_that_before_subordinate(t, subordinators) for t in doc[word.i + 1 : first]):
        # "that" and a subordinate clause: the clause after the comma is what "that" opens ("Though he admitted
        # that when Argentina scored, he thought the game was lost")
        first = next((t.i for t in doc[first + 1 : sent.end] if t.text == ","), None)
    opening = next((t for t in doc[word.i + 1 : first or word.i] if t.tag_ not in ("RB", "RBR")), None)
    if first is None or opening is None or opening.tag_ in ("IN", "TO"):
        return False
    for tok in doc[first + 1 : sent.end]:
        if tok.tag_ in ("``", "''") or tok.text in ("“", '"'):
            return True
        if tok.tag_ not in VERB_TAGS or tok.dep_ in ("relcl", "acl", *AUX_DEPS) or _parenthetical_clause(tok):
            continue  # not a clause's verb, a relative clause, or an aside: "who, investigators say, moved ..."
        if _modifier_after_coordinator(tok):
            continue  # a participle in a list: "..., paint and recently delivered/VBD furniture"
        if _antecedent_of_gap(tok) or _reported_gap(tok):
            continue  # a noun read as a verb before its relative clause, and that clause: "..., work that the agency
            # says could last ..."
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        # one subject on each side of the comma is two clauses: "Though the report found that the levee held,
        # engineers want ..."
        two_clauses = any(c.i < first for c in subjects) and any(c.i > first for c in subjects)
        if tok.head.i != tok.i and tok.head.i < first and not two_clauses:
            continue  # a complement of the subordinate clause's verb
        finite = tok.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in tok.children)
        if not finite or any((c.dep_ == "mark" or c.tag_ in WH_TAGS) and c.i > first for c in tok.children):
            continue  # a subordinate or relative clause of its own
        if tok.dep_ == "ccomp" and tok.head.i > first and any(c.dep_ == "mark" for c in tok.head.children):
            continue  # what a later subordinate clause says: "..., as seismologists fear it might."
        if _said_in_relative(tok) or any(map(_relative_subject, subjects)):
            continue  # "truckers, most of whom say they cannot ...", "residents, some of whom live ..."
        if tok.dep_ == "conj" and any(c.dep_ == "mark" for c in tok.head.children) and _joined_without_comma(tok):
            continue  # sharing a subordinate clause after the comma: "..., that the fee is fair and should be kept",
            # "..., that a majority backed it and the lobby had spent heavily"
        if not subjects or any(first < c.i < tok.i for c in subjects) or _compound_after(tok, first):
            return True  # a subject after the comma, or none found: not the subordinate clause's verb
    return False


def _joined_without_comma(verb: Token) -> bool:
    """Whether ``verb``, a conjunct, has no subject of its own, or is joined to its head's clause by a coordinator
    with no comma before it: one clause joined to another like it, sharing what opens that one."""
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return True
    coordinator = next((c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i), None)
    return coordinator is not None and verb.doc[coordinator.i - 1].text != ","


def _compound_after(verb: Token, comma: int) -> bool:
    """Whether a noun between ``comma`` and ``verb`` hangs on the verb as a compound, which only a noun takes: the
    verb's subject, when the parser gave it the subordinate clause's verb read as a noun ("Whenever the wind shifts,
    smoke drifts into town")."""
    return any(c.dep_ == "compound" and c.tag_ in NOUN_TAGS and comma < c.i < verb.i for c in verb.children)


def _inverted_after_negation(tokens: list[Token], last: Token) -> bool:
    """A finite auxiliary before its subject after a subordinate clause opened by "Not" or "Only": the inverted main
    clause of a negation ("Not until the final whistle did the fans celebrate", "Only after the rain stopped could
    crews reach the town"); no subordinate clause puts its auxiliary first."""
    if tokens[0].lower_ not in ("not", "only"):
        return False
    later = last.doc[last.i + 1 : last.sent.end]
    auxiliaries = (t for t in later if t.tag_ in FINITE_TAGS and t.dep_ in AUX_DEPS)
    return any(c.dep_ in SUBJECT_DEPS and t.i < c.i < t.head.i for t in auxiliaries for c in t.head.children)


# The forms of "be", which a comparison of equality may put before its subject ("Just as striking is the fall").
BE_FORMS = FINITE_BE | {"be", "been"}
# What such a subject may open with: a noun phrase's first word (no adverb: "as the money is there") or "why", "what".
INVERTED_SUBJECT_TAGS = (NOUN_PHRASE_OPENERS - {"RB"}) | WH_TAGS


def _inverted_after_comparison(last: Token) -> bool:
    """A form of "be" before its subject after "as" and an adjective, which the parser took for a subordinator and
    a subject: the inverted main clause of a comparison of equality ("Just as striking is the fall in ...", "As
    important as the money is the promise to ...", "Just as remarkable has been the recovery ..."). A subordinate
    "as" clause has its subject first; an adjective cannot be one."""
    doc, end = last.doc, last.sent.end
    if last.lower_ != "as" or last.i + 3 >= end or doc[last.i + 1].tag_ not in ("JJ", "VBG", "VBN"):
        return False
    k = last.i + 2
    if doc[k].lower_ == "as":  # past what it is compared with: "as the money"
        k = next((t.i for t in doc[k + 1 : end] if t.tag_ in VERB_GROUP_TAGS or t.text in CLAUSE_BREAKS), end)
    group = []
    while k < end and doc[k].tag_ in VERB_GROUP_TAGS and (doc[k].lower_ in BE_FORMS or doc[k].dep_ in AUX_DEPS):
        group.append(doc[k])  # "is", "has been", "will be"
        k += 1
    if not group or group[-1].lower_ not in BE_FORMS or not _finite(group[0]) or k >= end:
        return False
    return doc[k].tag_ in INVERTED_SUBJECT_TAGS  # its subject: "the fall", "why the contract ..."


def _that_before_subordinate(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A "that" opening a clause that starts with a subordinate one: "admitted that when ..., he thought ..."."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
    return word.lower_ == "that" and word.tag_ == "IN" and (after.lower_,) in subordinators


def _elliptical(word: Token) -> bool:
    """A verbless clause before a comma: "Though numerous, ...", "If elected, ...", "While in Riyadh, ..."."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < word.sent.end else None
    if word.lower_ not in ELLIPTICAL_SUBORDINATORS or after is None or after.tag_ not in ELLIPTICAL_STARTS:
        return False  # "because of" is a preposition, "whereas in the past we ..." a clause
    if after.tag_ == "IN":
        return True  # "While in Brussels President Biden will ..."
    if after.dep_ == "amod" and after.head.tag_ in NOUN_TAGS and word.lower_ not in TIME_PREPOSITIONS:
        return False  # an adjective on a noun opens a subject ("While most residents, a survey found, opposed ..."),
        # not after a preposition of time ("Until last year, ...")
    for tok in doc[word.i + 1 : word.sent.end]:
        if tok.text == ",":
            return True
        if tok.tag_ in VERB_TAGS and tok.tag_ not in ("VBN", "VBG"):
            return False
    return False


# The most words that may open a sentence before an aside on it: "Without", "So that", "In spite of".
ASIDE_OPENING_WORDS = 3
# The tags of an aside's subject ("the ministry", "it", "officials from the agency") and of the adverbs and phrases
# after its verb ("later", "on Friday", "in a statement").
ASIDE_WORD_TAGS = NOUN_PHRASE_TAGS | {"PRP", "IN", "RB", "RP"}
# What a verb's clause says or describes beside its adverbs and phrases: an aside leaves it out.
ASIDE_LEFT_OUT_DEPS = OBJECT_DEPS | {"ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "advcl"}


def _opening_aside(sent: Span, subordinators: tuple[tuple[str, ...], ...]) -> Span | None:
    """A clause of saying or finding set in commas right after the subordinator or preposition that opens the
    sentence ("So that, the ministry argues, farmers can ...", "Without, it emerged later, ever seeing ..."), with
    its commas: an aside, no main clause, whatever the parser made of it. Its own words are "as", its subject, its
    verb with auxiliaries, adverbs and phrases; not what it says or does ("..., officials said that ...", "Later,
    it built a village"); not after an adverb or a phrase ("Still, the exhibit argues, the legacy endures.")."""
    words = [t for t in sent if not t.is_space]
    opening = next((k for k, t in enumerate(words[: ASIDE_OPENING_WORDS + 1]) if t.text == ","), None)
    if not opening or any(map(_finite, words[:opening])):
        return None
    last = words[opening - 1]
    if not (last.tag_ == "IN" or _ends_subordinator(last, subordinators)) or last.lower_ == "that" and opening == 1:
        return None
    closing = next((k for k in range(opening + 1, len(words)) if words[k].text == ","), None)
    if closing is None or closing + 2 >= len(words) or words[closing + 1].lower_ == "that":
        return None
    aside = words[opening + 1 : closing]
    verbs = [t for t in aside if t.tag_ in VERB_TAGS and t.dep_ not in AUX_DEPS]
    if len(verbs) != 1 or not _finite_group(verbs[0]) or not _aside_words(aside, verbs[0]):
        return None
    return sent.doc[words[opening].i : words[closing].i + 1]


def _aside_words(aside: list[Token], verb: Token) -> bool:
    """Whether ``aside`` is only "as", a subject, ``verb`` with its auxiliaries, and adverbs and phrases, and
    ``verb`` leaves out a clause it takes ("the survey found") or has "it" as its subject ("it emerged")."""
    k = 1 if aside[0].lower_ == "as" else 0
    at = aside.index(verb)
    subject = [t for t in aside[k:at] if t.dep_ not in AUX_DEPS]
    if not subject or any(t.tag_ not in ASIDE_WORD_TAGS for t in (*subject, *aside[at + 1 :])):
        return False
    if any(c.dep_ in ASIDE_LEFT_OUT_DEPS and aside[0].i <= c.i <= aside[-1].i for c in verb.children):
        return False  # (what the parser hung on it outside the commas is the sentence's rest)
    return _takes_clause(verb) or [t.lower_ for t in subject] == ["it"]


def _contrasted_infinitives(tokens: list[Token]) -> bool:
    """Two infinitives contrasted, "Not to ... but to ...", with no finite verb but in a subordinate or relative
    clause or in an aside set in commas ("Not to replace the reservoirs, officials insist, but to supplement
    them."): a purpose with no main clause. Not with a clause that says it after a comma ("..., the ministry
    says."), nor as a subject ("Not to cut jobs but to retrain workers was the demand.")."""
    if len(tokens) < 6 or tokens[0].lower_ != "not" or tokens[1].tag_ != "TO" or tokens[2].tag_ != "VB":
        return False
    contrast = any(t.lower_ == "but" and u.tag_ == "TO" for t, u in zip(tokens[3:], tokens[4:]))
    return contrast and all(_in_clause_or_aside(t) for t in tokens if _finite(t))


def _in_clause_or_aside(verb: Token) -> bool:
    """Whether ``verb`` is in a clause a subordinator or relative word opens, or is the verb of an aside that stands
    between two commas (see ``_aside_words``)."""
    if any(c.dep_ == "mark" or c.tag_ in WH_TAGS for w in (verb, *verb.ancestors) for c in w.children):
        return True
    sent, doc = verb.sent, verb.doc
    before = next((t.i for t in reversed(doc[sent.start : verb.i]) if t.text == ","), None)
    after = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if before is None or after is None:
        return False
    aside = [t for t in doc[before + 1 : after] if not t.is_space]
    return verb.dep_ not in AUX_DEPS and _aside_words(aside, verb)
