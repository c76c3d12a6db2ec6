"""house/dangling-clause: a finite clause hung on a preposition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, Option, RuleMeta
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, SUBJECT_DEPS, cased, finding, ing_form, parsed_blocks, replacement_fix, span_text,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.document.model import Document
    from editlint.nlp.pipeline import ParsedBlock

META = RuleMeta(
    id="house/dangling-clause",
    summary="A finite clause hung on a preposition where a participle or a conjunction belongs.",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Flags a preposition such as *with*, *despite*, *due to*, *following*, *including*, *alongside* or
*amid* followed by a noun phrase and a finite verb: a whole clause where the preposition can only
take a noun phrase or a participle. After a comma (or at the start of a sentence) the noun phrase
may be long: *the judge and both lawyers*, *drivers who work the night shift*, *negotiations with
the regulator*, *villages flooded by the river*. A past form counts as finite when it has an object
or cannot be a participle (*went*, *stood*, *waited*); *with the contract signed* is a participle.

## Why
The construction is a common editing leftover (half of a rewrite) and reads as a grammar error.

## Example
```
NATO recognized the threat, Reuters reports, with President Biden has recognized the situation as dangerous.
```

## Use instead
A participle (*with President Biden having recognized ...*) or a conjunction
(*and President Biden has recognized ...*).

## Fix safety
The fix replaces the preposition with a conjunction (*with* → *and*, *despite* → *although*). It is
unsafe: the sentence may need more rewording, so it is only applied with `--unsafe-fixes`.
""",
    bad=(
        "The council approved the budget, with most members have voted in favor.",
        "Flights were canceled across the region, due to the airport was closed by snow.",
        "The museum reopened on Monday, despite the roof still needs repairs.",
    ),
    good=(
        "With the vote done, lawmakers left the chamber.",
        "She thanked the editor with whom she has worked for a decade.",
        "The team hired ten reporters, with most of them having backgrounds in local news.",
        "The council approved the budget after most members had voted in favor.",
        "Companies with fewer than 50 workers are exempt from the rule.",
    ),
    fix_availability=FixAvailability.UNSAFE,
    needs=frozenset({"spacy"}),
    options=(
        Option(
            "prepositions",
            (
                "with", "without", "despite", "in spite of", "due to", "owing to", "because of", "thanks to",
                "following", "including", "alongside", "along with", "together with", "amid", "amidst",
                "during", "regardless of", "notwithstanding",
            ),
            "Prepositions (single words or phrases) that cannot take a finite clause.",
        ),
    ),
)

# Preposition -> conjunction that does take a clause (for the message and the fix).
CONJUNCTIONS = {
    "with": "and", "alongside": "and", "along with": "and", "together with": "and", "including": "and",
    "despite": "although", "in spite of": "although", "regardless of": "although", "notwithstanding": "although",
    "due to": "because", "owing to": "because", "because of": "because", "thanks to": "because",
    "following": "after", "amid": "while", "amidst": "while", "during": "while",
}
DETERMINERS = frozenset({"DT", "PDT", "PRP$", "CD"})
MODIFIERS = frozenset({"JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH"})
HEADS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
NOMINAL = HEADS | ADJECTIVE_TAGS
QUANTIFIERS = frozenset("each most many some all none several both few any either neither one much more".split())
# Prepositions that may continue a noun phrase: "most of them", "demand from Europe".
NP_PREPOSITIONS = frozenset("of from in at on for across around within near between among over under".split())
# Past tenses that cannot be participles; other past forms could be ("with the contract signed").
PAST_ONLY = frozenset(
    "was were had did could would should might took went gave began wrote saw rose fell grew knew drove came "
    "became ran spoke chose broke threw flew drew ate forgot swore wore tore sang rang sank shrank swam drank rode "
    "shook stole woke arose".split()
)
# Present tenses that are also past participles: "with payments spread over ten years".
SAME_AS_PARTICIPLE = frozenset(
    "cut put set hit shut spread cost hurt let split quit cast bet burst broadcast forecast upset read shed "
    "thrust".split()
)
# Not a particle alone: "with the lights turned off" is a participle.
COMPLEMENT_DEPS = frozenset({"dobj", "acomp", "attr", "ccomp", "xcomp", "dative"})
# Participles that keep an object in the passive: "with the coach handed a new contract".
PASSIVE_WITH_OBJECT = frozenset(
    "given handed offered awarded granted denied assigned promised charged asked allowed owed refused fined sent "
    "shown told paid taught lent left named elected appointed called considered made kept".split()
)
CLITICS = frozenset({"'s", "’s", "'d", "’d"})
# Verbs of place and existence that allow "With each election comes a flood of data."
INVERSION_VERBS = frozenset(
    "come comes came go goes went lie lies lay stand stands stood sit sits sat follow follows followed remain remains "
    "remained exist exists existed emerge emerges emerged arise arises arose appear appears appeared rest rests "
    "rested hang hangs hung live lives lived run runs ran arrive arrives arrived flow flows flowed".split()
)
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})
# Past tenses of verbs that (almost) never take an object, so are no passive participles either:
# "with supporters waited outside", "following officers sat in the road". A particle or a "by"
# phrase after them still makes a participle ("with the door knocked down", "protested by farmers").
INTRANSITIVE_PAST = frozenset(
    "stood sat knelt slept fled dwelt knocked waited arrived died perished stayed remained lingered happened "
    "occurred existed emerged appeared struggled complained protested clashed rioted responded reacted testified "
    "talked objected hesitated insisted lived queued camped campaigned wandered travelled traveled cooperated "
    "competed participated resided persisted relied depended listened looked wept smiled laughed soared surged "
    "plummeted skyrocketed slumped".split()
)
MEASURES = frozenset("half third quarter percent per cent point points".split())
# Post-modifiers the parser attaches to the noun phrase: "negotiations with the regulator", "drivers who
# work nights", "villages flooded by the river", "the judge and both lawyers".
POSTMODIFIER_DEPS = frozenset({"prep", "relcl", "acl", "cc", "conj", "appos"})
# Words that open a clause rather than a prepositional phrase: "with his wife after the vote was counted".
CLAUSE_OPENERS = frozenset(
    "after before since until till as because while when whenever where if unless whether though although than "
    "once".split()
)
NEGATIONS = frozenset({"not", "n't", "n’t"})


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(ctx.option("prepositions"), key=len, reverse=True):
        words = tuple(phrase.lower().split())
        phrases.setdefault(words[0], []).append(words)
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)):
        tokens = pb.spacy_doc
        for sent in tokens.sents:
            done = sent.start
            for tok in sent:
                for words in phrases.get(tok.lower_, ()) if tok.i >= done else ():
                    end = tok.i + len(words)
                    matches = [t.lower_ for t in tokens[tok.i : end]] == list(words)
                    clause = _finite_clause(sent, tok.i, end) if matches else None
                    if clause is None:
                        continue
                    np_end, finite, verb = clause
                    prep, last = tokens[tok.i : end], tokens[max(verb.i, finite.i)]
                    message = _message(prep.text, tokens[end:np_end].text, tokens[np_end : last.i + 1], finite)
                    found = finding(doc, pb, tok, last, message, _fixes(doc, pb, tok, tokens[end - 1]))
                    if found:
                        yield found
                    done = last.i + 1
                    break


def _finite_clause(sent: Span, prep_start: int, prep_end: int) -> tuple[int, Token, Token] | None:
    """(noun phrase end, finite verb, clause verb) when a subject and a finite verb follow the preposition."""
    doc = sent.doc
    np_end = _noun_phrase_end(sent, prep_end)
    if np_end is None:
        return None
    if _set_off(sent, prep_start):
        np_end, coordinated = _postmodified_end(sent, prep_end, np_end)
    else:
        coordinated = False  # "met with the strikers and the managers agreed ..." joins two clauses
    f = np_end
    while f < sent.end and doc[f].tag_ == "RB" and doc[f].lower_ not in NEGATIONS:
        f += 1
    if f >= sent.end or not _finite(doc[f]):
        return None
    finite = doc[f]
    if coordinated and (finite.tag_ == "VBZ" or finite.lower_ == "was"):
        return None  # "A and B" takes a plural verb: "with the pilots and the airline has ..." is two clauses
    verb = finite.head if finite.dep_ in AUX_DEPS and finite.head.i > f else finite
    roots = [
        t for t in doc[prep_end:np_end] if not t.is_punct and (not prep_end <= t.head.i < np_end or t.head.i == t.i)
    ]
    if len(roots) != 1 or roots[0].lower_ in OBJECT_PRONOUNS:
        return None  # not one noun phrase, or "With him were two aides."
    head = roots[0]
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and subj.i > verb.i:
        return None  # inversion: "Alongside the mayor was her deputy."
    if finite.i == verb.i and finite.lower_ in INVERSION_VERBS and _subject_follows(verb, sent, prep_start):
        return None  # "With each election comes a flood of data."
    if doc[prep_start].head.tag_ in ADJECTIVE_TAGS:
        return None  # a complement: "those familiar with the tool ..."
    own_subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.i in (verb.i, finite.i)
    hung = prep_start <= head.head.i < prep_end and (subj is None or prep_start <= subj.i < prep_end)
    if not (own_subject or hung):
        return None
    before = doc[sent.start : prep_start]
    if before and before[-1].tag_ in NOMINAL:
        return None  # the phrase belongs to a noun: "Firms with ten staff are exempt.", "helps people with ..."
    return np_end, finite, verb


def _noun_phrase_end(sent: Span, i: int) -> int | None:
    """End of the noun phrase that starts at token ``i`` ("each of them", "most Americans"), or None."""
    doc = sent.doc
    expect_start, last_head = True, None
    while i < sent.end:
        tok = doc[i]
        tag, lower = tok.tag_, tok.lower_
        if lower in NP_PREPOSITIONS and last_head == i - 1:
            expect_start = True
            i += 1
            continue
        fits = (
            lower in QUANTIFIERS
            or (expect_start and tag in DETERMINERS | {"PRP"})
            or (tag in MODIFIERS and (tok.text not in CLITICS or tag == "POS" and _possessive(tok)))
            or (tag in ("VBN", "VBG") and tok.dep_ in ("amod", "compound") and tok.head.i > i)
        )
        if not fits:
            break
        if tag in HEADS or lower in QUANTIFIERS:
            last_head = i
        i += 1
        if tag == "PRP":
            break
        expect_start = tag in DETERMINERS and tag != "CD"
    # "visitors from across the region": the parse may still continue the phrase after its last head
    return last_head + 1 if last_head is not None else None


def _possessive(clitic: Token) -> bool:
    """A possessive "'s" before a noun ("the city's mayor"), not "is" or "has"."""
    doc = clitic.doc
    return clitic.i + 1 < len(doc) and doc[clitic.i + 1].tag_ in MODIFIERS - {"POS", "HYPH"}


def _set_off(sent: Span, prep_start: int) -> bool:
    """Whether the preposition opens the sentence or follows a comma or dash (a sentence adverbial)."""
    return prep_start == sent.start or sent.doc[prep_start - 1].text in (",", ";", "—", "–", "(")


def _postmodified_end(sent: Span, start: int, end: int) -> tuple[int, bool]:
    """Extend the noun phrase ``start:end`` over the post-modifiers the parser hangs on it.

    Returns the new end and whether the phrase was extended over an "and" coordination.
    """
    doc, coordinated = sent.doc, False
    while end < sent.end:
        nxt = doc[end]
        owner = nxt.head
        if not start <= owner.i < end:
            # "who" in "residents who live ..." hangs on the relative verb, which hangs on the phrase
            owner = next((t for t in doc[start:end] for c in t.children if c.left_edge.i == end), None)
            if owner is None:
                break
        child = next((c for c in owner.children if c.left_edge.i == end and c.i >= end), None)
        if child is None:
            break
        if child.dep_ == "punct" and nxt.text == ",":
            # a non-restrictive relative clause or appositive set off by commas
            inner = next((c for c in owner.children if c.left_edge.i == end + 1 and c.dep_ in ("relcl", "appos")), None)
            close = inner.right_edge.i + 1 if inner is not None else sent.end
            if close >= sent.end or doc[close].text != ",":
                break
            end = close + 1
            continue
        if child.dep_ not in POSTMODIFIER_DEPS or nxt.lower_ in CLAUSE_OPENERS:
            break
        if child.dep_ == "acl" and (child.tag_ not in ("VBN", "VBG") or child.i != end):
            break  # only a participle modifier ("families affected by ..."), not a finite verb the parser hung here
        if child.dep_ == "cc":
            conj = next((c for c in owner.children if c.dep_ == "conj" and c.left_edge.i == end + 1), None)
            if conj is None or nxt.lower_ not in ("and", "or"):
                break  # the parser joins two clauses: "met with the pilots and the airline agreed ..."
            coordinated = coordinated or nxt.lower_ == "and"
            child = conj
        if child.right_edge.i >= sent.end - 1:
            break
        end = child.right_edge.i + 1
    return end, coordinated


def _subject_follows(verb: Token, sent: Span, prep_start: int) -> bool:
    """Whether a noun phrase after ``verb`` is its subject: "With each election comes a flood of data."

    Only a phrase that opens its clause (at the start of the sentence or after "and", "but" ...) can be
    fronted like this; after a comma the noun phrase must be the parser's subject or object of the
    verb, not an adverbial ("..., following officers went house to house").
    """
    doc = sent.doc
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if after is None or after.tag_ not in DETERMINERS | MODIFIERS:
        return False
    before = doc[prep_start - 1] if prep_start > sent.start else None
    if before is None or before.tag_ == "CC":
        return True
    head = after
    while head.head.i != verb.i and verb.i < head.head.i < sent.end and head.head.i != head.i:
        head = head.head
    return head.head.i == verb.i and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")


def _finite(tok: Token) -> bool:
    tag, lower = tok.tag_, tok.lower_
    if tok.text in CLITICS or tag == "VBN":
        return False
    if tag == "VBP" and lower in SAME_AS_PARTICIPLE:
        tag = "VBD"  # may be a participle: needs a complement below
    elif tag in ("VBZ", "VBP", "MD") or lower in PAST_ONLY:
        return True
    if tag == "VBD" and lower in INTRANSITIVE_PAST and not _passive_marked(tok):
        return True
    # Other past forms may be participles: they need a complement after them ("lined both lanes").
    return tag == "VBD" and lower not in PASSIVE_WITH_OBJECT and any(
        c.dep_ in COMPLEMENT_DEPS and c.i > tok.i for c in tok.children
    )


def _passive_marked(verb: Token) -> bool:
    """A particle or an agent after the verb: "knocked down", "protested by farmers" (not "fell by a third")."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "RP":
        return True
    for child in verb.children:
        if child.dep_ in ("prt", "agent"):
            return True
        if child.lower_ == "by" and any(
            obj.tag_ != "CD" and obj.lower_ not in MEASURES and not any(g.dep_ == "nummod" for g in obj.children)
            for obj in child.children
            if obj.dep_ == "pobj"
        ):
            return True
    return False


def _message(prep: str, noun_phrase: str, group: Span, finite: Token) -> str:
    """Suggest a participle ("with X having recognized") and a conjunction ("and X has recognized")."""
    options = []
    participle = _participle(group, finite)
    if participle:
        options.append(f'"{prep} {noun_phrase} {participle}"')
    conj = CONJUNCTIONS.get(prep.lower())
    if conj:
        options.append(f'"{cased(conj, prep)} {noun_phrase} {group.text}"')
    return f'Dangling clause after "{prep}": use {" or ".join(options) or "a participle or a conjunction"}'


def _participle(group: Span, finite: Token) -> str | None:
    """The verb group as a participle phrase: "has recognized" -> "having recognized"."""
    tokens = list(group.doc[finite.i + 1 : group.end])
    rest = [t.text for t in tokens]
    lower = finite.lower_
    if lower in ("has", "have", "had") and rest:
        words = ["having", *rest]
    elif lower in ("is", "are", "was", "were", "am"):
        words = rest if tokens and tokens[-1].tag_ == "VBG" else ["being", *rest]
    elif finite.tag_ == "MD" or lower in ("do", "does", "did"):
        k = next((k for k, t in enumerate(tokens) if t.tag_ == "VB"), None)
        if k is None:
            return None
        rest[k] = "being" if tokens[k].lower_ == "be" else ing_form(tokens[k].lower_)
        words = rest
    elif finite.tag_ == "VBP":
        words = [ing_form(lower), *rest]
    else:
        return None
    if len(words) > 1 and words[0] in ("having", "being") and words[1].lower() in NEGATIONS:
        words[:2] = ["not", words[0]]  # "not having trimmed"
    return " ".join(w for w in (group.doc[group.start : finite.i].text, *words) if w)


def _fixes(doc: Document, pb: ParsedBlock, first: Token, last: Token) -> tuple[Fix, ...]:
    conj = CONJUNCTIONS.get(span_text(first, last).lower())
    return replacement_fix(doc, pb, first, last, cased(conj, first.text)) if conj else ()
