"""house/unattributed-claim: "others", "some", "several" ... continuing a group the article has identified in the lines
before ("Ana Ruiz, a vendor at the market, said ... ." and, a paragraph later, "Others said ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from editlint.document.quotes import inside_quotation
from editlint.nlp.syntax import NOUN_TAGS, PROPER_TAGS, SUBJECT_DEPS, noun_lemma

from .claims import _states_claim
from .common import DEFINITE, INDEFINITE, Lexicon, PLURAL_TAGS, QUANTIFIERS, _tense_carrier
from .groups import PAIR, _asides, _generic_holders, _is_amount, _is_people, _is_vague, _plural_of_people

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.document.model import Document
    from editlint.nlp.pipeline import ParsedBlock


# Pronouns of all of a group, which "not" makes a part of it ("Not everyone is convinced").
EVERYONE = frozenset({"everyone", "everybody"})
# Words a pronoun of a group may take without naming a group of its own: "a few", "not everyone", "only some".
BARE_DEPS = frozenset({"det", "neg", "advmod", "punct"})
# Words before a noun for people that make it one of a kind: "a vendor", "one nurse".
ONE_OF_KIND = INDEFINITE | {"one"}


def _takes_up_group(
    doc: Document, first: Token, last: Token, pb: ParsedBlock, n: int, blocks_before: list[ParsedBlock], lex: Lexicon
) -> bool:
    """Whether the subject of the claim from ``first`` to ``last`` in sentence ``n`` of ``pb`` takes up a group the
    article has identified before it (``blocks_before``: the three blocks before, in order): "others" or "other"
    before a noun opening its sentence right after an identified group (``_after_identified_group``), or a pronoun of
    a group standing alone that stands for the group in view (``_stands_for_group_in_view``). (A vague amount of a
    group just named in its own sentence or the one before, "The union's 3,000 members voted. Many members said", is
    no vague group in the first place: ``groups._is_vague``, which every test of a group asks.)"""
    before = _words_just_before(doc, pb, n, blocks_before[-2:])
    return _after_identified_group(first, before, lex) or _stands_for_group_in_view(
        first, last, pb, n, blocks_before, lex
    )


def _words_just_before(doc: Document, pb: ParsedBlock, n: int, blocks_before: list[ParsedBlock]) -> list[Token]:
    """The words outside quotations of the sentence before sentence ``n`` of ``pb``, or, when it opens its block, of
    the last sentence of the block before, and of the one before that when a quotation opens the block between (a
    quote of one of the group often stands between a group and "others")."""
    if n:
        return _unquoted(doc, pb, pb.tokens.sents[n - 1])
    words: list[Token] = []
    for before in reversed(blocks_before):  # (``blocks_before``: the two blocks before, in order)
        words += _unquoted(doc, before, before.tokens.sents[-1])
        if not before.tokens[0].is_quote:
            break
    return words


def _unquoted(doc: Document, pb: ParsedBlock, words: Span) -> list[Token]:
    """The words of ``words``, a span of ``pb``, outside the document's quotations (see ``inside_quotation``)."""
    return [t for t in words if not inside_quotation(doc, *pb.source_span(t.idx, t.idx + len(t.text)))]


def _after_identified_group(first: Token, before: list[Token], lex: Lexicon) -> bool:
    """"Others" or "other" before a noun, opening its sentence after ``before`` (``_words_just_before``), whose subject
    is a group of people the reader can tell apart: more of that group ("Students interviewed by the Courier had mixed
    views." ... "Others said ...", "Tenants at the Parkview building said ... . Other tenants said ..."); not after a
    named person alone ("..., said Betty Rhodes, 71." and "Others said ...": the rest of a crowd no one identified),
    nor after a vague group ("Some economists say ... . Others believe ...")."""
    if first.lower_ not in ("others", "other") or not first.is_sent_start:
        return False
    return any(_identified_subject(t, lex) for t in before)


def _identified_subject(subj: Token, lex: Lexicon) -> bool:
    """A plural subject of people that is no vague group: "the residents of Harbour Row", "parents who attended the
    meeting", "students interviewed by the Courier"."""
    return (
        subj.dep_ in ("nsubj", "nsubjpass") and subj.tag_ in PLURAL_TAGS and subj.lower_ not in QUANTIFIERS
        and _is_people(subj, lex) and not _is_vague(subj, lex)
    )


def _stands_for_group_in_view(
    first: Token, last: Token, pb: ParsedBlock, n: int, blocks_before: list[ParsedBlock], lex: Lexicon
) -> bool:
    """A pronoun of a group ("others", "some", "several", "a few", "not everyone" ...), the whole subject of the claim
    from ``first`` to ``last`` in sentence ``n`` of ``pb``, that takes up the group in view (see ``_mentions_in_view``;
    ``blocks_before``: the three blocks before, in order). Nearest first, a plural of people that the rule itself would
    not flag decides for it ("Tenants of the Marlow Court block met the landlord.", "The drivers, all members of the
    union, stopped work."), and one that states a claim without being identified decides against it ("Some experts
    speculate ... . Others believe ...", "Critics say ... . Others say ..."); a group that neither is identified nor
    speaks only acted and is passed over. With no group deciding, a name the article tells is one of a kind ("Ana
    Ruiz, a vendor, said ...") identifies the group; a name alone does not ("..., said Betty Rhodes, 71."). A pronoun
    that names a group of its own stays vague ("Others, including many economists, say"). "Several of whom" takes up
    the group its clause hangs on ("Fishermen at the quay, several of whom said ...")."""
    pronoun = _pronoun_subject(first, last)
    if pronoun is None:
        return False
    antecedent = _antecedent_of_whom(pronoun)
    if antecedent is not None:
        return _identified(antecedent, lex) and _holds(antecedent, pronoun)
    if any(c.dep_ not in BARE_DEPS for c in pronoun.children):
        return False  # a group of its own: "Others in the industry", "Others, including many economists,"
    member = False
    mentions = list(_mentions_in_view(pronoun, pb, n, blocks_before, lex))
    for k, mention in enumerate(mentions):
        if not _is_group_of_people(mention, lex):
            member = member or _described_member(mention, lex)
        elif _identified(mention, lex):
            return _holds(mention, pronoun)
        elif _speaks(mention, lex):  # a vague group as a source: "Critics say ... . Others say ..."
            return _holds(mention, pronoun) and _part_of_identified(mention, mentions[k + 1 :], lex)
    return member


def _pronoun_subject(first: Token, last: Token) -> Token | None:
    """The subject that the claim's words open with when it is a pronoun of a group standing alone: "Others", "Some",
    "A few", "Not everyone", "A handful", "several (of whom)"."""
    subj = next((t for t in first.doc[first.i : last.i + 1] if t.dep_ in SUBJECT_DEPS and t.left_edge.i == first.i), None)
    return subj if subj is not None and _pronoun_of_group(subj) else None


def _pronoun_of_group(word: Token) -> bool:
    """A quantifier, "others", "everyone" or an amount standing for people ("a handful"; not "a handful of vendors",
    which names its group)."""
    lower = word.lower_
    return lower in QUANTIFIERS or lower in EVERYONE or lower == "others" or _is_amount(word) and not any(
        c.lower_ == "of" and not _of_whom(c) for c in word.children
    )


def _of_whom(prep: Token) -> bool:
    return prep.lower_ == "of" and any(o.lower_ == "whom" for o in prep.children)


def _antecedent_of_whom(pronoun: Token) -> Token | None:
    """The group "several of whom", "many of whom" ... take up: the noun the relative clause hangs on, or, when that is
    a place the parser hung it on, the people the place is a phrase of ("Fishermen at the quay, several of whom ...")."""
    if not any(_of_whom(c) for c in pronoun.children):
        return None
    clause = next((t for t in (pronoun, *pronoun.ancestors) if t.dep_ == "relcl"), None)
    if clause is None:
        return None
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.tag_ in ("NNS", "NNPS"):
        return noun.head.head
    return noun


def _mentions_in_view(
    pronoun: Token, pb: ParsedBlock, n: int, blocks_before: list[ParsedBlock], lex: Lexicon
) -> Iterator[Token]:
    """The subjects before ``pronoun``, nearest first, in its sentence, the sentences before it in its paragraph, and
    the paragraph before, and the one before that (up to the third) while the paragraph just taken opens with a
    quotation or names a member of a group (``_described_member``). News paragraphs hold one to three sentences: a
    group is introduced, one of it is named and quoted, each in a paragraph of its own, and then "others" speak; a
    paragraph on anything else means the story has moved on. Subjects inside what someone is reported to have said
    are not in view ("Ana Ruiz said the customers stay away": the customers are her topic)."""
    sent = pronoun.sent
    sents = [sent[: pronoun.i - sent.start], *reversed(list(pb.tokens.sents)[:n])]
    for before in reversed(blocks_before):
        sents += reversed(list(before.tokens.sents))
        if not before.tokens[0].is_quote and not any(_described_member(t, lex) for t in before.tokens if _subject_in_view(t)):
            break
    for words in sents:
        yield from reversed([t for t in words if _subject_in_view(t)])


def _subject_in_view(word: Token) -> bool:
    """A subject (or one joined to it by "and", or set beside it by a comma) that no verb reports, also one the parser
    made the root of its sentence, taking the verb for a participle ("The players/ROOT trained/acl in silence")."""
    subject = _first_of_list(word)
    if subject.dep_ == "ROOT":
        return subject.tag_ in NOUN_TAGS and any(c.dep_ == "acl" for c in subject.children)
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(t.dep_ == "ccomp" for t in subject.ancestors)


def _speaks(subject: Token, lex: Lexicon) -> bool:
    """Whether the verb of ``subject`` (or of the subject it is joined to) states a claim (``_states_claim``): a group in view
    that is not identified is the group a pronoun takes up only as a source ("Critics say ... . Others say ..."); one
    that only acted is no speaker the pronoun continues ("Some children leave home before dawn." ... "Others said
    ...": more of the parents quoted before)."""
    subject = _first_of_list(subject)
    return subject.head.lower_ in lex.claims and _states_claim(subject.head, lex)


def _first_of_list(word: Token) -> Token:
    """The word that ``word`` is joined to by "and" or set beside by a comma, back to the first ("the tenants and
    their lawyer": "tenants"), or ``word`` itself."""
    while word.dep_ in ("conj", "appos") and word.head.i < word.i:
        word = word.head
    return word


def _is_group_of_people(noun: Token, lex: Lexicon) -> bool:
    """A plural of people, or a vague group ("critics", "some experts"); not a pronoun of a group, which takes up the
    group in view as the pronoun being judged does ("Some said ... . Others said ...")."""
    if _pronoun_of_group(noun):
        return False
    return _people(noun, lex) or _is_vague(noun, lex)


def _people(noun: Token, lex: Lexicon) -> bool:
    """A plural of people; a capital that opens a sentence is no name's ("Commuters", whose first sense in WordNet is a
    train), the name of a body, "the" and a place before a plural, is no plural of people ("the Chicago Cubs"), nor is
    a plural joined to a noun for things, which makes it a thing too ("our code, guides and other work")."""
    if noun.dep_ == "conj" and noun.head.tag_ in ("NN", "NNS") and not _is_people(noun.head, lex):
        return False
    if noun.tag_ == "NNS" and noun.is_sent_start:
        return _is_people(noun, lex)
    body = noun.tag_ == "NNPS" and any(c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "compound" and c.tag_ in PROPER_TAGS for c in noun.children
    )
    return noun.tag_ in PLURAL_TAGS and not body and _plural_of_people(noun, lex)


def _holds(group: Token, pronoun: Token) -> bool:
    """Whether ``pronoun`` may stand for some of ``group`` or the rest of a larger one: "others" may after any group, a
    part of it ("several", "many", "some") not after a pair ("Two analysts praised the deal. Several said ...": other
    people)."""
    return pronoun.lower_ == "others" or not any(
        c.tag_ == "CD" and "".join(t.lower_ for t in c.subtree) in PAIR for c in group.children if c.i < group.i
    )


def _identified(group: Token, lex: Lexicon) -> bool:
    """A group of people that the rule itself would not flag: no vague group, nor a generic group of opinion even when
    determined ("its skeptics, several of whom"), nor a vague amount of a kind, which names no one whatever its words
    ("some Moroccan-Americans lobbied"), nor a kind holding a view in the present ("investors worry that ...")."""
    if group.lower_ in lex.vague or _is_vague(group, lex) or not _people(group, lex) or _quantified(group):
        return False
    return not (group.dep_ == "nsubj" and _generic_holders(group, group.head, lex))


def _part_of_identified(group: Token, mentions: list[Token], lex: Lexicon) -> bool:
    """A vague amount of a group of the same noun identified before it in view ("Tricycle drivers who gathered outside
    city hall said ... ." ... "Some drivers objected ... . Others said ..."): the pronoun takes up that group too."""
    return _quantified(group) and any(noun_lemma(m) == noun_lemma(group) and _identified(m, lex) for m in mentions)


def _quantified(group: Token) -> bool:
    return any(c.lower_ in QUANTIFIERS for c in group.children)


def _described_member(subject: Token, lex: Lexicon) -> bool:
    """A name the article tells is one of a group: a name with one of a kind of people set beside it, a noun for people
    after "a" or "one", or a plural ("Ana Ruiz, a vendor, said", "Lena Park and Raj Mehta, both students at the
    college,"), or an aside in the present that tells a habit with no particular thing in it ("Ana Ruiz, who sells
    cheese at the market, said", "who has driven a tricycle for 20 years", "who has lived there since 1998"), or one of
    a kind with a name beside it ("One stall-holder, Ana Ruiz, said"). An office that one person holds names no group
    ("Jane Doe, the mayor,", "who chairs the council"), nor a name alone, an age, or an aside in the past ("said Betty
    Rhodes, 71", "who turned 71 on Sunday")."""
    names = (subject, *(c for c in subject.children if c.dep_ == "conj"))
    beside = [c for t in names for c in t.children if c.dep_ == "appos"]
    if subject.tag_ not in PROPER_TAGS:
        return _one_of_kind(subject, lex) and any(c.tag_ in PROPER_TAGS for c in beside)
    return any(_one_of_kind(c, lex) for c in beside) or any(
        c.dep_ == "relcl" and _habit(c) for t in names for c in _asides(t)
    )


def _one_of_kind(noun: Token, lex: Lexicon) -> bool:
    """A noun for people that stands for one of a kind: after "a", "an" or "one", or a plural ("a vendor", "one
    nurse", "both students"); not one that holds an office ("the mayor", "the society's treasurer")."""
    if noun.tag_ not in ("NN", "NNS") or not _is_people(noun, lex):
        return False
    return noun.tag_ == "NNS" or any(c.dep_ in ("det", "nummod") and c.lower_ in ONE_OF_KIND for c in noun.children)


def _habit(clause: Token) -> bool:
    """A relative clause in the present (or the present perfect) whose object, if any, is no particular thing ("who
    sells cheese", "who has driven a tricycle"; not "who chairs the council", "who runs Bianchi's")."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return _tense_carrier(clause).tag_ in ("VBZ", "VBP") and not any(
        o.tag_ in PROPER_TAGS or any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in o.children) for o in objects
    )
