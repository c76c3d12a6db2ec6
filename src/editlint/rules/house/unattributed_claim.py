"""house/unattributed-claim: a claim credited to a vague source or to nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta
from editlint.nlp.syntax import (
    PROPER_TAGS, clause_verb, finding, has_link, parsed_blocks, span_text, subject, verb_forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.document.model import Document

META = RuleMeta(
    id="house/unattributed-claim",
    summary="A claim credited to a vague source (\"some experts say\") or to nobody (\"it is believed\").",
    severity=Severity.WARNING,
    rationale="""\
## What it does
Flags a speech or belief verb (*say*, *believe*, *argue*, *warn*, *speculate* ...) whose subject is a
vague group (*some experts*, *critics*, *many*, *others*; *officials*, *sources* and *people* only
with *some*, *many*, *several* ...), *according to* such a group (*according to some economists*),
and hedges that hide the source (*it is widely believed that*, *was said to be*, *reportedly*,
*there are fears that*, *concerns are growing that*), when the sentence names no source:
no proper noun in the subject, no *according to* a named source, no link, no other named speaker.
A speaker the hedge is about (*The minister reportedly told aides ...*) is not a source.

Sources identified by role or institution (*Authorities say*, *Witnesses say*, *Pentagon officials
say*, *Experts at the Brookings Institution say*) are not flagged.

## Why
Readers cannot judge a claim whose source they cannot see; "some experts" is a classic weasel phrase.

## Example
```
Some economists warn that the new tariffs will raise prices.
```

## Use instead
```
Economists at the Peterson Institute warn that the new tariffs will raise prices.
```
""",
    bad=(
        "Some economists warn that the new tariffs will raise prices.",
        "It is widely believed that the mayor will not seek a third term.",
        "The fire was thought to have started in the kitchen.",
    ),
    good=(
        "Economists at the Peterson Institute warn that the new tariffs will raise prices.",
        "Some 300 people attended the vigil on Sunday.",
        "According to the fire department, the blaze started in the kitchen.",
        "Authorities say the road will reopen on Monday.",
    ),
    needs=frozenset({"spacy"}),
    options=(
        Option(
            "verbs",
            (
                "say", "believe", "think", "feel", "argue", "claim", "contend", "assert", "maintain", "insist",
                "suggest", "speculate", "suspect", "warn", "caution", "fear", "worry", "expect", "predict",
                "estimate", "admit", "acknowledge", "concede", "allege", "agree", "doubt",
            ),
            "Speech and belief verbs that attribute a claim.",
        ),
        Option(
            "vague-sources",
            (
                "experts", "analysts", "critics", "observers", "skeptics", "sceptics", "insiders", "pundits",
                "commentators", "advocates", "supporters", "opponents", "detractors", "proponents", "researchers",
                "scientists", "economists", "scholars", "others", "many", "some", "most", "few", "several",
            ),
            "Subjects that are vague on their own (plural nouns and pronouns).",
        ),
        Option(
            "group-sources",
            ("officials", "sources", "people", "members", "residents", "users"),
            "Subjects that are vague only after a quantifier such as \"some\" or \"many\".",
        ),
        Option(
            "hedges",
            (
                "believed", "said", "thought", "rumored", "rumoured", "claimed", "reported", "alleged", "understood",
                "feared", "assumed", "suggested", "speculated", "suspected", "presumed",
            ),
            "Participles of impersonal hedges: \"it is believed that\", \"was said to be\".",
        ),
        Option(
            "hedge-adverbs",
            ("reportedly", "supposedly", "purportedly", "reputedly"),
            "Adverbs that hide a source (*allegedly* is left out: it is the legal wording for charges).",
        ),
        Option(
            "hedge-nouns",
            (
                "fear", "fears", "concern", "concerns", "suggestion", "suggestions", "speculation", "rumor", "rumors",
                "rumour", "rumours", "worry", "worries", "suspicion", "suspicions", "report", "reports", "claim",
                "claims", "allegation", "allegations", "belief", "talk",
            ),
            "Nouns that hide a source before a that-clause: \"there are fears that\", \"concerns are growing that\".",
        ),
    ),
)

QUANTIFIERS = frozenset("some many most several few certain other numerous various".split())
NAMED_SOURCE = "according to"
CLAIM_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD", "VBN"})  # not "-ing": "critics saying ..."
DEFINITE = frozenset("the these those this that its their our his her my your whose".split())
# Verbs that name who said something: a named speaker in the sentence (or a lead-in to a quote after
# it) is the claim's source.
REPORTING = (
    "say", "tell", "report", "state", "announce", "confirm", "add", "note", "write", "tweet", "post", "explain",
)
# Verbs whose noun-phrase object is still a claim ("say the same"); the others need a clause.
NOUN_CLAIMS = frozenset(("say", "says", "said", "argue", "argues", "argued", "claim", "claims", "claimed"))
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
# Verbs that report a noun hedge spreading: "concerns are growing that ..."
SPREADING = frozenset(
    "grow grows growing grew mount mounts mounting mounted rise rises rising rose swirl swirls swirling swirled "
    "persist persists persisting persisted linger lingers lingering lingered".split()
)
# Prepositions that tie a vague noun to an institution: "economists at the state university".
INSTITUTION_PREPS = frozenset({"at", "from", "with"})
# Prepositions that name who holds a noun hedge: "fears among aid workers that ...".
HOLDER_PREPS = frozenset({"among", "from", "within", "in", "at", "by"})


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    verbs = verb_forms(tuple(ctx.option("verbs")))
    reporting = verb_forms(REPORTING)
    vague = frozenset(ctx.option("vague-sources"))
    groups = frozenset(ctx.option("group-sources"))
    hedges = frozenset(ctx.option("hedges"))
    adverbs = frozenset(ctx.option("hedge-adverbs"))
    nouns = frozenset(ctx.option("hedge-nouns"))
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION)):
        sents = list(pb.spacy_doc.sents)
        named = [_names_source(sent, reporting, vague, groups, adverbs) for sent in sents]
        for n, sent in enumerate(sents):
            if named[n] or (n + 1 < len(sents) and named[n + 1] == "lead-in"):
                continue
            for first, last, message in _hits(sent, verbs, vague, groups, hedges, adverbs, nouns):
                if has_link(doc, pb, first, last):
                    continue  # "Others [argue](https://...) that ..."
                found = finding(doc, pb, first, last, f"Unattributed claim: {message}; name the source")
                if found:
                    yield found


def _hits(sent: Span, verbs, vague, groups, hedges, adverbs, nouns) -> Iterator[tuple[Token, Token, str]]:
    for tok in sent:
        lower = tok.lower_
        source = _according_to(tok) if lower == "according" else None
        if source is not None and _is_vague(source, vague, groups):
            yield tok, source, f'"{span_text(tok, source)}" credits the claim to no named source'
        if lower in nouns and tok.tag_ in ("NN", "NNS"):
            hedge = _noun_hedge(tok, vague, groups)
            if hedge is not None:
                yield (*hedge, f'"{span_text(*hedge)}" hides who makes the claim')
        if lower in verbs and tok.tag_ in CLAIM_TAGS and _states_claim(tok):
            subj = _subject(tok)
            if subj is not None and _is_vague(subj, vague, groups):
                yield subj.left_edge, tok, f'"{span_text(subj.left_edge, tok)}" credits the claim to no named source'
        if lower in hedges and tok.tag_ == "VBN":
            hedge = _hedge(tok)
            if hedge is not None:
                yield (*hedge, f'"{span_text(*hedge)}" hides who makes the claim')
        elif lower in adverbs:
            yield tok, tok, f'"{tok.text}" hides who makes the claim'


def _names_source(sent: Span, reporting, vague, groups, adverbs) -> str | bool:
    """Whether ``sent`` names a source: "according to", a named speaker, or a lead-in ending in ":"."""
    if NAMED_SOURCE in sent.text.lower():
        sources = [s for s in (_according_to(t) for t in sent if t.lower_ == "according") if s is not None]
        if not sources or not all(_is_vague(s, vague, groups) for s in sources):
            return True  # "according to the fire department"; not "according to some economists"
    for tok in sent:
        if tok.lower_ in reporting and tok.tag_ in CLAIM_TAGS:
            if any(c.lower_ in adverbs for c in tok.children):
                continue  # the speaker is what the hedge reports on: "The minister reportedly told aides ..."
            subj = _subject(tok)
            if subj is not None and subj.lower_ != "it" and not _is_vague(subj, vague, groups):
                return "lead-in" if sent.text.rstrip().endswith(":") else True
    return False


def _according_to(tok: Token) -> Token | None:
    """The source after "according to" when ``tok`` is its "according"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    return next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)


def _noun_hedge(noun: Token, vague, groups) -> tuple[Token, Token] | None:
    """First and last token of "there are fears that" or "concerns are growing that" with no named holder."""
    head = noun.head
    if any(c.lower_ in ("no", "any") for c in noun.children):
        return None  # "there is no suggestion that ..."
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS):
        holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if holder is None or not _is_vague(holder, vague, groups):
            return None  # "fears among aid workers that ...": the holder is named
    if noun.dep_ == "attr" and any(c.dep_ == "expl" and c.lower_ == "there" for c in head.children):
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)), None)
        there = next(c for c in head.children if c.dep_ == "expl")
        return (there, noun) if clause is not None else None
    if noun.dep_ == "nsubj" and head.lower_ in SPREADING:
        clause = next((c for c in head.children if c.dep_ == "ccomp" and _that_clause(c)), None)
        return (noun, head) if clause is not None else None
    return None


def _that_clause(verb: Token) -> bool:
    """A content clause opened by "that" (not a relative clause: "concerns that residents raised")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _states_claim(verb: Token) -> bool:
    """Whether the verb takes a claim: a clause, or a noun phrase after "say"."""
    return any(c.dep_ in CLAUSE_DEPS or (c.dep_ == "dobj" and verb.lower_ in NOUN_CLAIMS) for c in verb.children)


def _subject(verb: Token) -> Token | None:
    subj = subject(clause_verb(verb))
    return subj if subj is not None and subj.dep_ == "nsubj" else None


def _is_vague(subj: Token, vague: frozenset[str], groups: frozenset[str]) -> bool:
    """A vague group: "some experts", "critics", "many in industry"; not "the critics", "Pentagon officials"."""
    lower = subj.lower_
    if lower not in vague and lower not in groups:
        return False
    if any(t.tag_ in PROPER_TAGS for t in subj.subtree):
        return False  # named: "Experts at the Brookings Institution"
    if lower == "others" and _contrasts_known_group(subj, vague, groups):
        return False  # "While several parents worried ..., others said ...": more of those parents
    quantified = lower in QUANTIFIERS
    for child in subj.children:
        if child.tag_ == "CD" or child.dep_ in ("relcl", "acl") or child.lower_ in DEFINITE or _refers_back(child):
            return False  # counted, described or referring back: "two analysts", "many of the residents"
        if child.lower_ in INSTITUTION_PREPS and any(
            t.lower_ in DEFINITE for obj in child.children if obj.dep_ == "pobj" for t in obj.children
        ):
            return False  # tied to an institution: "economists at the state university"
        if child.lower_ == "including" and any(
            not _is_vague(obj, vague, groups) for obj in child.children if obj.dep_ == "pobj"
        ):
            return False  # members given: "opponents, including two council members, ..."
        quantified = quantified or child.lower_ in QUANTIFIERS
    return lower in vague or quantified


CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})  # parsed as prepositions at times


def _contrasts_known_group(others: Token, vague: frozenset[str], groups: frozenset[str]) -> bool:
    """An earlier plural subject in the sentence that is not a vague group, which "others" continues."""
    return any(
        t.tag_ == "NNS" and t.lower_ not in vague and t.lower_ not in groups
        and (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ in CONTRAST_MARKS))
        for t in others.sent[: others.i - others.sent.start]
    )


def _refers_back(child: Token) -> bool:
    """A partitive of a known group: "many of them", "some of our readers"."""
    return child.lower_ == "of" and any(
        t.tag_ == "PRP" or t.lower_ in DEFINITE for obj in child.children for t in (obj, *obj.children)
    )


def _hedge(participle: Token) -> tuple[Token, Token] | None:
    """First and last token of "it is (widely) believed" or "is said to", without an agent."""
    children = list(participle.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return None
    first = min((c for c in children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    subj = next((c for c in children if c.dep_ in ("nsubjpass", "expl")), None)
    if subj is not None and subj.lower_ == "it" and any(c.dep_ == "ccomp" for c in children):
        return subj, participle  # it is believed that ...
    to = next((c.left_edge for c in children if c.dep_ == "xcomp" and c.left_edge.lower_ == "to"), None)
    if to is not None:
        return first, to  # was believed to be ...
    return None
