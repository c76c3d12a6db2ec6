"""house/sentence-fragment: a sentence with no independent clause."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SUBJECT_DEPS, VERB_TAGS, clause_verb, finding, parsed_blocks,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.document.model import Document

META = RuleMeta(
    id="house/sentence-fragment",
    summary="A sentence with no independent clause: a subordinate clause or a bare noun phrase.",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Flags a sentence in a paragraph that has no main clause: a subordinate clause standing alone
(*Because the talks failed.*, *Which led to more delays.*, *So that voters can decide.*) or a
noun phrase whose only verb sits in a relative clause. Headlines, headings, bylines, captions,
credit lines, list items, quotations, questions, lead-ins ending in a colon and sentences shorter
than `min-words` words are not checked.

## Why
A fragment left over from editing reads as a mistake; usually it belongs to the sentence before.

## Example
```
The regional council postponed the vote. Because the budget figures arrived late.
```

## Use instead
```
The regional council postponed the vote because the budget figures arrived late.
```
""",
    bad=(
        "The council postponed the vote. Because the budget figures arrived late on Monday.",
        "Which meant the ferry service stopped for the rest of the winter.",
        "Though the mayor has said that if the money arrives, the bridge would be rebuilt.",
    ),
    good=(
        "Because the budget figures arrived late, the council postponed the vote.",
        "The ferry service stopped for the winter, which angered residents.",
        "Why did the council wait so long to act?",
        "Not again.",
    ),
    needs=frozenset({"spacy"}),
    options=(
        Option("min-words", 6, "Sentences with fewer words are deliberate fragments and not checked."),
        Option(
            "subordinators",
            (
                "although", "though", "because", "since", "unless", "whereas", "while", "if", "until",
                "after", "before", "when", "whenever", "once", "so that", "even though", "even if",
                "now that", "as if", "as though", "in order that", "provided that", "as", "given that", "whether",
                "as soon as", "as long as", "so long as", "even as", "considering that", "assuming that",
                "except that",
            ),
            "Conjunctions that make a clause subordinate.",
        ),
    ),
)

# Words that may precede the subordinator: "Especially since ...", "And because ...".
LEAD_WORDS = frozenset("especially even only just particularly mainly largely partly simply and but or".split())
RELATIVES = frozenset({"which", "who", "whom", "whose"})
RELATIVIZERS = RELATIVES | {"that", "where", "when"}
NOT_RELATIVE_AFTER = NOUN_TAGS | ADJECTIVE_TAGS | {"CD"}  # "Which candidate will win ..." is a question word
ELLIPTICAL_STARTS = ADJECTIVE_TAGS | {"VBN", "VBG", "RB", "RBR"}
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
CLOSERS = "\"'”’)]*_ "


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    min_words = ctx.option("min-words")
    subordinators = sorted((tuple(s.lower().split()) for s in ctx.option("subordinators")), key=len, reverse=True)
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH,)):
        complete = True
        for sent in pb.spacy_doc.sents:
            follows_sentence, complete = complete, _complete(sent)
            if not (follows_sentence and complete and _starts_sentence(sent)):
                continue  # a lead-in, a question or a sentence the parser split in the wrong place
            if sum(1 for t in sent if not (t.is_punct or t.is_space)) < min_words:
                continue
            problem = _problem(sent, subordinators)
            if problem:
                last = next(t for t in reversed(sent) if not t.is_space)
                found = finding(doc, pb, sent[0], last, problem)
                if found:
                    yield found


def _complete(sent: Span) -> bool:
    """Whether ``sent`` ends with a full stop or an exclamation mark (not "...", "?", ":" or "U.S.")."""
    last = next((t for t in reversed(sent) if not t.is_space and t.text.strip(CLOSERS)), None)
    return last is not None and last.text in (".", "!")


def _starts_sentence(sent: Span) -> bool:
    first = next((t for t in sent if t.is_alpha or t.is_digit), None)
    return first is not None and first.text[0].isupper()


def _problem(sent: Span, subordinators: list[tuple[str, ...]]) -> str | None:
    tokens = [t for t in sent if not t.is_space and t.text.strip(CLOSERS)]
    i = 0
    while i < len(tokens) - 2 and tokens[i].lower_ in LEAD_WORDS and tokens[i + 1].text != ",":
        i += 1
    first, root = tokens[i], sent.root
    if any(_misplaced_relative(t) for t in sent):
        return None
    for j in range(i + 1):
        for phrase in subordinators:
            words = tokens[j : j + len(phrase)]
            matches = [t.lower_ for t in words] == list(phrase)
            if not (matches and _introduces(words, root)):
                continue
            if not (_elliptical(words[-1]) or _main_clause_after(words[-1])):
                opening = " ".join(t.text for t in tokens[: j + len(phrase)])
                return f'Sentence fragment: a subordinate clause ("{opening} ...") with no main clause'
    following = tokens[i + 1] if i + 1 < len(tokens) else first
    if first.lower_ in RELATIVES and first.tag_ in ("WDT", "WP", "WP$") and following.tag_ not in NOT_RELATIVE_AFTER:
        return f'Sentence fragment: a relative clause ("{first.text} ...") with no main clause'
    if root.tag_ in NOUN_TAGS and _only_relative_verbs(sent):
        return "Sentence fragment: a noun phrase whose only verb is in a relative clause"
    return None


def _misplaced_relative(verb: Token) -> bool:
    """A relative clause without "that"/"which" set off by a comma: likely a main clause misparsed."""
    if verb.dep_ != "relcl":
        return False
    start, doc = verb.left_edge.i, verb.doc
    return doc[start].lower_ not in RELATIVIZERS and any(t.text == "," for t in doc[verb.head.i + 1 : start])


def _main_clause_after(word: Token) -> bool:
    """A main clause after the subordinate one and a comma, which the parser hung elsewhere.

    "Because the shells landed at night, most families learned ..." (the parser may hang the subordinator on
    the main verb), "As we have said before, every site ... should ..."; or a quotation the clause
    introduces ("As the minister put it, “...”"). Not "Especially since in our district, we ...": the
    subordinate clause must start before the comma.
    """
    doc, sent = word.doc, word.sent
    first = next((t.i for t in doc[word.i + 1 : sent.end] if t.text == ","), None)
    opening = next((t for t in doc[word.i + 1 : first or word.i] if t.tag_ not in ("RB", "RBR")), None)
    if first is None or opening is None or opening.tag_ in ("IN", "TO"):
        return False
    for tok in doc[first + 1 : sent.end]:
        if tok.tag_ in ("``", "''") or tok.text in ("“", '"'):
            return True
        if tok.tag_ not in VERB_TAGS or tok.dep_ in ("relcl", "acl", *AUX_DEPS):
            continue  # not a clause's verb, or a relative clause
        if tok.head.i != tok.i and tok.head.i < first:
            continue  # a complement of the subordinate clause's verb
        finite = tok.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in tok.children)
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if not finite or any((c.dep_ == "mark" or c.tag_ in WH_TAGS) and c.i > first for c in tok.children):
            continue  # a subordinate or relative clause of its own
        if not subjects or any(first < c.i < tok.i for c in subjects):
            return True  # a subject after the comma, or none found: not the subordinate clause's verb
    return False


def _elliptical(word: Token) -> bool:
    """A verbless clause before a comma: "Though numerous, ...", "If elected, ..."."""
    doc = word.doc
    if word.i + 1 >= word.sent.end or doc[word.i + 1].tag_ not in ELLIPTICAL_STARTS:
        return False
    for tok in doc[word.i + 1 : word.sent.end]:
        if tok.text == ",":
            return True
        if tok.tag_ in VERB_TAGS and tok.tag_ not in ("VBN", "VBG"):
            return False
    return False


def _introduces(words: list[Token], root: Token) -> bool:
    """Whether the subordinator ``words`` introduces the root clause (the parser's or a bare preposition's)."""
    word = words[-1]
    if len(words) > 1 and any(w.i == root.i for w in words) and word.dep_ == "mark" and word.head.head.i == root.i:
        return True  # "Given that ...", "As long as ..." with a word of the phrase taken for the root
    if word.head.i != root.i:
        return False
    if len(words) == 1 and word.lower_ == "as":
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
        # not "As usual, ...", "As part of ...", nor the comparative "As did wages."
        return word.dep_ == "mark" and after.tag_ not in FINITE_TAGS
    if word.dep_ == "prep":  # "Especially since at 18F, we ..." parsed as a preposition without object
        return not any(c.dep_ in ("pobj", "pcomp") for c in word.children)
    return word.dep_ in ("mark", "advmod")


def _only_relative_verbs(sent: Span) -> bool:
    """Whether every verb of ``sent`` sits in a relative clause opened by "that", "which", "who" ..."""
    relative = set()
    for child in sent.root.children:
        if child.dep_ in ("relcl", "acl") and _opens_relative(child):
            relative.update(range(child.left_edge.i, child.right_edge.i + 1))
    return bool(relative) and all(
        t.i in relative and (t.tag_ not in FINITE_TAGS or _introduced(t)) for t in sent if t.tag_ in VERB_TAGS
    )


def _opens_relative(verb: Token) -> bool:
    first = verb.doc[verb.left_edge.i]
    return first.lower_ in RELATIVIZERS and first.tag_ in ("WDT", "WP", "WP$", "WRB")


def _introduced(finite: Token) -> bool:
    """Whether a finite verb's clause is properly introduced: a relative pronoun, "and", "that" ..."""
    verb = clause_verb(finite)
    start = min(finite.i, verb.i)
    if verb.dep_ in ("relcl", "acl"):
        return _opens_relative(verb)
    if verb.dep_ == "conj":
        return start > 0 and finite.doc[start - 1].tag_ == "CC"
    return verb.dep_ in ("ccomp", "advcl") and any(c.dep_ == "mark" for c in verb.children)
