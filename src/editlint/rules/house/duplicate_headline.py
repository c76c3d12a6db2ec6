"""house/duplicate-headline: the headline (or a heading) repeated right after itself."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from editlint.document.model import Block, BlockKind, Document
from editlint.engine.diagnostic import Applicability, Edit, Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, RuleMeta

META = RuleMeta(
    id="house/duplicate-headline",
    summary="The headline, or a heading, is repeated right after itself.",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Compares the headline (the first `#` heading, the first line of plain text, a short first line that
is no sentence, and the front matter title) with the lines that open the article: the first block
that is not a byline, dateline, deck or picture line (at most three of those are passed over; a deck
is a line that is no sentence, or a sub-heading or an all-italic or all-bold paragraph longer than
the headline). Raw HTML blocks there (`<h2>`, `<p><strong>`) count as lines. It also compares each
heading with the block after it and with the headings before it in the same section. Only the words
count, in order: case, accents, spacing, quotes, dashes, colons, emphasis markup, heading level,
abbreviation dots ("U.S."), "&" for "and" and trailing punctuation are ignored.

## Constructions
| flagged | not flagged |
|---|---|
| the headline repeated right below it, or below its byline, dateline, deck or picture | a deck or lede that shares words with the headline but differs |
| a repeat in other case, accents, punctuation, quotes, emphasis, heading level or HTML | the headline repeated once the body has started (a "Related" list, a correction note) |
| the front matter title repeated at the top of the body, with or without a `#` headline | the front matter title equal to the `#` headline |
| a heading, or a bold or italic label line, repeated right after itself, or a heading within its section | the same sub-heading under two different sections |
| a copy set as a quotation or blockquote | a quoted headline over the same quote opening the story |
| a bold first line repeated by the next line | a one-word headline repeated as a one-word paragraph later on |
| a title pasted twice into one line ("Fares Rise Fares Rise"), or a copy after "Headline:" | a doubled short name in a title ("Bye Bye", "New York, New York") |

## Why
Content systems print the headline from the title field; a pasted copy at the top of the
body shows the reader the same line twice. It is a common leftover of moving copy between
systems.

## Example
```
North Korea Deploys Troops to Aid Russia
North Korea Deploys Troops to Aid Russia
```

## Use instead
Keep one headline. Repeated sub-headings under different sections are fine.

## Fix safety
The fix deletes the repeated line; it is unsafe because the repeat may be intended as a deck.
""",
    bad=(
        "# Council Approves Budget\n\nCouncil approves budget\n\nThe council voted on Tuesday.\n",
        "---\ntitle: Storm Hits Coast\n---\n# Storm Hits Coast\n\nStorm hits coast\n\nThe storm arrived at dawn.\n",
        "# Budget\n\n## Reactions\n\n## Reactions\n\nLawmakers reacted.\n",
    ),
    good=(
        "# Council Approves Budget\n\nThe council approved the budget on Tuesday.\n",
        "---\ntitle: Storm Hits Coast\n---\n# Storm Hits Coast\n\nThe storm arrived at dawn.\n",
        "# Budget\n\n## Reactions\n\nLawmakers reacted.\n\n## Next steps\n\nA vote follows.\n",
    ),
    fix_availability=FixAvailability.UNSAFE,
    skip_quotes=False,  # a repeated headline is a layout error, also when the copy is set as a quotation
)

_TITLE_KEYS = ("title", "headline")
_HEADING_KINDS = (BlockKind.HEADLINE, BlockKind.HEADING)
_PREAMBLE_KINDS = (BlockKind.BYLINE, BlockKind.CAPTION, BlockKind.CREDIT)
# The lines that may stand between a headline and its copy: bylines, datelines, a deck, a picture.
MAX_PREAMBLE_BLOCKS = 3
MAX_PREAMBLE_WORDS = 15
MAX_DECK_WORDS = 40
MAX_TITLE_WORDS = 20
MIN_DOUBLED_WORDS = 3  # "Go Go" or "Bye Bye" is a title, not a paste
_SENTENCE_END = (".", "!", "?", "”", '"')
_WORD = re.compile(r"\w+")
_ABBREVIATION_DOT = re.compile(r"(?<=\b\w)\.(?=\w\b)")  # "U.S." and "US" are one word
_TAG = re.compile(r"<[^>]*>")
_QUOTATION = re.compile(r"^\s*[\"“”'‘’].*[\"“”'‘’][.!?,]?\s*$", re.DOTALL)
# The names a content system gives the headline field, left before a pasted copy ("Headline: Storm Hits Coast").
_FIELD_LABELS = frozenset({"headline", "hed", "title"})
_HTML_BLOCK = re.compile(r"<\S(?:.|\n(?!\s*\n))*")  # from a tag to the next blank line
_BYLINE = re.compile(r"by\s", re.IGNORECASE)
_DATELINE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:updated|published|posted)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """What a repeat keeps: the words in order, whatever the case, accents, spacing, quotes, dashes, markup,
    abbreviation dots ("U.S.") and the spelling of "and" ("&")."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _ABBREVIATION_DOT.sub("", text).replace("&", " and ")
    return tuple(_WORD.findall(text))


def _repeat(doc: Document, start: int, end: int, message: str) -> Finding:
    """A finding on the copy at ``start:end``, with a fix that deletes its lines."""
    first = doc.line_span(doc.position(start)[0])[0]
    last = min(doc.line_span(doc.position(end)[0])[1] + 1, len(doc.text))
    while doc.text.startswith("\n", last) and doc.text[first - 2 : first] == "\n\n":
        last += 1  # and the blank line under it, so one blank line stays between blocks
    fix = Fix("Delete the repeated line", (Edit(first, last, ""),), Applicability.UNSAFE)
    return Finding(start, end, message, (fix,))


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    blocks = [b for b in doc.blocks if b.text.strip()]
    found: dict[int, Finding] = {}
    title = next((doc.front_matter[k] for k in _TITLE_KEYS if isinstance(doc.front_matter.get(k), str)), None)
    titles = {_words(title)} - {()} if title else set()
    first = 0
    if titles and blocks and blocks[0].kind not in _HEADING_KINDS:
        copy = _copy_in_preamble(doc, blocks, 0, titles)
        if copy is not None:
            found[copy[0]] = _repeat(doc, *copy, "The front matter title is repeated at the top of the body: delete this copy.")
        first = 1 if blocks[0].start in found else 0
    if blocks and first < len(blocks) and _reads_as_headline(blocks[first], doc):
        # the headline, and the front matter title the page shows above it too
        copy = _copy_in_preamble(doc, blocks, first + 1, (titles | {_words(blocks[first].text)}) - {()})
        if copy is not None and not (_QUOTATION.match(blocks[first].text) and _QUOTATION.match(doc.text[copy[0] : copy[1]])):
            # (a quoted headline over the same words quoted: the story opens on the quote it is named after)
            found.setdefault(copy[0], _repeat(doc, *copy, "The headline is repeated: delete this copy."))
    for previous, block in zip(blocks, blocks[1:]):
        if _acts_as_heading(previous) and _words(previous.text) and _words(block.text) == _words(previous.text):
            found.setdefault(block.start, _repeat(doc, block.start, block.end, "The heading is repeated: delete this copy."))
    for finding in _repeated_in_section(doc, blocks):
        found.setdefault(finding.start, finding)
    for block in blocks:
        if block.kind in _HEADING_KINDS or (block is blocks[0] and len(block.text.split()) <= 2 * MAX_TITLE_WORDS):
            doubled = _doubled(doc, block)
            if doubled is not None:
                found.setdefault(doubled.start, doubled)
    yield from found.values()


def _doubled(doc: Document, block: Block) -> Finding | None:
    """A title pasted twice into one line or paragraph ("Storm Hits Coast Storm Hits Coast")."""
    tokens = list(_WORD.finditer(block.text))
    half = len(tokens) // 2
    if len(tokens) % 2 or half < MIN_DOUBLED_WORDS:
        return None
    if [t.group().casefold() for t in tokens[:half]] != [t.group().casefold() for t in tokens[half:]]:
        return None
    first_end = block.prose.source_end(tokens[half - 1].end() - 1)
    start, end = block.prose.source_span(tokens[half].start(), len(block.text))
    fix = Fix("Delete the repeated words", (Edit(first_end, end, ""),), Applicability.UNSAFE)
    return Finding(start, end, "The headline is repeated: delete this copy.", (fix,))


def _reads_as_headline(block: Block, doc: Document) -> bool:
    """The article's first block is its headline when it is marked so, or, in Markdown with no heading
    there, when it is one short line that is not a sentence ("**Council Approves Budget**")."""
    if block.kind is BlockKind.HEADLINE or (block.kind is BlockKind.HEADING and block is doc.blocks[0]):
        return True
    return block is doc.blocks[0] and _title_line(block.text)


def _acts_as_heading(block: Block) -> bool:
    """A heading, or a short line set wholly in bold or italics that is no sentence ("**Results by district**")."""
    if block.kind is BlockKind.HEADING:
        return True
    return block.kind is BlockKind.PARAGRAPH and block.emphasized and _title_line(block.text)


def _title_line(text: str) -> bool:
    """One short line that is no sentence, as a title is."""
    text = text.strip()
    return "\n" not in text and len(text.split()) <= MAX_TITLE_WORDS and not text.endswith(_SENTENCE_END)


def _copy_in_preamble(doc: Document, blocks: list[Block], start: int, headlines: set[tuple[str, ...]]) -> tuple[int, int] | None:
    """The span of the first block from ``start`` on (or raw HTML before it) that repeats one of ``headlines``,
    looking only past the article's opening lines."""
    if not headlines:
        return None
    shortest = min(len(words) for words in headlines)
    after = blocks[start - 1].end if start > 0 else 0
    for block in blocks[start : start + MAX_PREAMBLE_BLOCKS + 1]:
        for html_start, html_end, text in _html_between(doc, after, block.start):
            if _words(text) in headlines:
                return html_start, html_end
        if _words(block.text) in headlines or _words(block.text)[1:] in headlines and _words(block.text)[0] in _FIELD_LABELS:
            return block.start, block.end
        if not _is_preamble(block, shortest):
            return None
        after = block.end
    return None


def _html_between(doc: Document, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Raw HTML blocks between two prose blocks (``<h2>...</h2>``, ``<p><b>...</b></p>``): spans and text."""
    if doc.kind != "markdown" or "<" not in doc.text[start:end]:
        return
    for chunk in _HTML_BLOCK.finditer(doc.text, start, end):
        yield chunk.start(), chunk.end(), html.unescape(_TAG.sub(" ", chunk.group()))


def _is_preamble(block: Block, headline_words: int) -> bool:
    """A byline, dateline, deck or picture line: short, and not a sentence unless a byline, a date or a deck
    (a sub-heading or a paragraph set wholly in italics or bold that says more than the headline; a shorter
    sub-heading opens a section)."""
    if block.kind in _PREAMBLE_KINDS:
        return True
    text = block.text.strip()
    if block.kind is BlockKind.HEADING or block.emphasized:
        return headline_words < len(_words(text)) <= MAX_DECK_WORDS
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    if text.endswith(_SENTENCE_END):
        return len(text.split()) <= MAX_PREAMBLE_WORDS and bool(_DATELINE.search(text) or _BYLINE.match(text))
    return len(text.split()) <= MAX_DECK_WORDS  # a line that is no sentence: a byline, a label or a deck


def _repeated_in_section(doc: Document, blocks: list[Block]) -> Iterator[Finding]:
    """A heading seen before at the same level with no higher-level heading in between."""
    seen: dict[int, set[tuple[str, ...]]] = {}
    for block in blocks:
        if block.kind not in _HEADING_KINDS:
            continue
        level = block.level or 1
        key = _words(block.text)
        if key and key in seen.get(level, set()):
            yield _repeat(doc, block.start, block.end, "This heading repeats an earlier heading of the same section.")
        for deeper in [lvl for lvl in seen if lvl > level]:
            del seen[deeper]
        seen.setdefault(level, set()).add(key)
