"""house/inverted-attribution: "said Smith" where AP style wants "Smith said"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, FixAvailability, Option, RuleMeta
from editlint.nlp.syntax import AUX_DEPS, PROPER_TAGS, finding, parsed_blocks, replacement_fix, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from editlint.document.model import Document

META = RuleMeta(
    id="house/inverted-attribution",
    summary="Attribution with the verb before a named source (\"said Smith\", \"reports Reuters\").",
    severity=Severity.WARNING,
    rationale="""\
## What it does
Flags an attribution verb placed before a named source after a quotation or a clause:
*..., reports The Guardian*, *"...," said Smith*, *"What if ...?" wonders Jane Doe*.
The inversion is accepted when an appositive or a long title follows or precedes the name
(*said Jane Smith, a spokeswoman for the ministry*), as AP style allows.

## Why
AP style puts the source first (*Smith said*): it reads naturally and keeps the emphasis on who
is speaking.

## Example
```
The talks will resume on Monday, reports Reuters.
```

## Use instead
```
The talks will resume on Monday, Reuters reports.
```

## Fix safety
The fix swaps the verb and the source. It is unsafe: the rest of the sentence may need adjusting,
so it is only applied with `--unsafe-fixes`.
""",
    bad=(
        "The talks will resume on Monday, reports Reuters.",
        "“We will rebuild the school,” said Mayor Ortiz.",
        "Turnout was the lowest in decades, writes The Economist.",
    ),
    good=(
        "The talks will resume on Monday, Reuters reports.",
        "“We will rebuild the school,” said Ana Ortiz, a spokeswoman for the city.",
        "“We will rebuild the school,” the mayor said.",
    ),
    fix_availability=FixAvailability.UNSAFE,
    needs=frozenset({"spacy"}),
    options=(
        Option(
            "verbs",
            (
                "say", "report", "write", "add", "note", "explain", "wonder", "ask", "tweet", "claim", "argue",
                "insist", "warn", "continue", "reply", "recall", "declare", "announce", "state",
            ),
            "Attribution verbs checked for inversion.",
        ),
        Option("long-title", 5, "Words in a source's title and name from which the inversion is allowed."),
    ),
)

PRECEDERS = frozenset({",", "”", "’", '"', "'", "''"})
NAME_DEPS = frozenset({"det", "compound", "prep", "pobj", "punct"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tomorrow".split()
)
APPOSITIVE_STARTS = frozenset({"DT", "JJ", "JJS", "NN", "NNS", "PRP$", "CD"})


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    verbs = verb_forms(tuple(ctx.option("verbs")))
    long_title = ctx.option("long-title")
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)):
        sdoc = pb.spacy_doc
        for verb in sdoc:
            if verb.lower_ not in verbs or verb.tag_ not in ("VBZ", "VBD", "VBN") or verb.i == 0:
                continue
            if verb.tag_ == "VBN" and any(c.dep_ in AUX_DEPS for c in verb.children):
                continue  # a real participle: "..., has said Smith's lawyer"
            if sdoc[verb.i - 1].text not in PRECEDERS:
                continue
            subj = _source_after(verb)
            if subj is None or subj.tag_ not in PROPER_TAGS or _titled(subj, verb, long_title):
                continue
            if verb.tag_ == "VBN" and not _ends_sentence(subj):
                continue  # the tagger's participle only as "“...,” added Santos." with nothing after the name
            first, last = verb, subj.right_edge
            if not all(t.tag_ in PROPER_TAGS or t.dep_ in NAME_DEPS for t in sdoc[first.i + 1 : last.i + 1]):
                continue  # not a plain name: "said Smith's lawyer"
            source = sdoc[verb.i + 1 : last.i + 1].text
            message = f'Inverted attribution: write "{source} {verb.text}" (AP style puts the source first)'
            fixes = replacement_fix(doc, pb, first, last, f"{source} {verb.text}")
            found = finding(doc, pb, first, last, message, fixes)
            if found:
                yield found


def _source_after(verb: Token) -> Token | None:
    """The subject after the verb; or an object that ends the sentence, which the parser took for one."""
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj if subj.i > verb.i else None
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return _name_run(verb)
    return obj if _ends_sentence(obj) else None


def _ends_sentence(source: Token) -> bool:
    end = source.right_edge.i + 1
    return end == len(source.doc) or source.doc[end].text in SENTENCE_ENDS


def _name_run(verb: Token) -> Token | None:
    """The last word of a name that follows ``verb`` and ends the sentence, when the parser hung it elsewhere."""
    doc, end = verb.doc, verb.i + 1
    while end < len(doc) and doc[end].tag_ in PROPER_TAGS:
        end += 1
    if end == verb.i + 1 or doc[verb.i + 1].lower_ in DATE_WORDS:
        return None  # "..., said Friday"
    last = doc[end - 1]
    return last if last.right_edge.i == last.i and (end == len(doc) or doc[end].text in SENTENCE_ENDS) else None


def _titled(subj: Token, verb: Token, long_title: int) -> bool:
    """Whether the source carries an appositive or a long title: "Jane Smith, a spokeswoman"."""
    doc = subj.doc
    after = subj.right_edge.i + 1
    if any(c.dep_ == "appos" for c in subj.children):
        return True
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].tag_ in APPOSITIVE_STARTS:
        return True
    words = [t for t in subj.subtree if not t.is_punct and t.i > verb.i]
    return len(words) >= long_title and words[0].tag_ != "DT"
