"""house/duplicate-headline: the headline (or a heading) repeated right after itself."""

from __future__ import annotations

import re
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
Compares the headline (the first `#` heading, the first line of plain text, or the front
matter title when the body has no headline) with the lines that open the article: the first
block that is not a byline, dateline, deck or picture line (at most three of those are passed
over). It also compares each heading with the block after it and with the headings before it
in the same section. Only the words count, in order: case, spacing, quotes, dashes, colons,
emphasis markup, heading level and trailing punctuation are ignored.

## Constructions
| flagged | not flagged |
|---|---|
| the headline repeated right below it, or below its byline, dateline or deck | a deck or lede that shares words with the headline but differs |
| a repeat in other case, punctuation, emphasis or heading level | the headline repeated once the body has started (a "Related" list) |
| the front matter title repeated at the top of a body with no headline | the front matter title equal to the `#` headline |
| a heading repeated right after itself, or within its section | the same sub-heading under two different sections |

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
)

_TITLE_KEYS = ("title", "headline")
_HEADING_KINDS = (BlockKind.HEADLINE, BlockKind.HEADING)
_PREAMBLE_KINDS = (BlockKind.BYLINE, BlockKind.CAPTION, BlockKind.CREDIT)
# The lines that may stand between a headline and its copy: bylines, datelines, a deck, a picture.
MAX_PREAMBLE_BLOCKS = 3
MAX_PREAMBLE_WORDS = 15
_SENTENCE_END = (".", "!", "?", "”", '"')
_WORD = re.compile(r"\w+")
_BYLINE = re.compile(r"by\s", re.IGNORECASE)
_DATELINE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:updated|published|posted)\b",
    re.IGNORECASE,
)


def _words(text: str) -> tuple[str, ...]:
    """What a repeat keeps: the words in order, whatever the case, spacing, quotes, dashes and markup."""
    return tuple(_WORD.findall(text.casefold()))


def _repeat(block: Block, doc: Document, message: str) -> Finding:
    start = doc.line_span(doc.position(block.start)[0])[0]
    end = min(doc.line_span(doc.position(block.end)[0])[1] + 1, len(doc.text))
    while doc.text.startswith("\n", end) and doc.text[start - 2 : start] == "\n\n":
        end += 1  # and the blank line under it, so one blank line stays between blocks
    removal = Edit(start, end, "")
    fix = Fix("Delete the repeated line", (removal,), Applicability.UNSAFE)
    return Finding(block.start, block.end, message, (fix,))


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    blocks = [b for b in doc.blocks if b.text.strip()]
    found: dict[int, Finding] = {}
    title = next((doc.front_matter[k] for k in _TITLE_KEYS if isinstance(doc.front_matter.get(k), str)), None)
    if title and blocks and blocks[0].kind not in _HEADING_KINDS:
        copy = _copy_in_preamble(blocks, 0, title)
        if copy is not None:
            found[copy.start] = _repeat(copy, doc, "The front matter title is repeated at the top of the body: delete this copy.")
    if blocks and blocks[0].kind is BlockKind.HEADLINE:
        copy = _copy_in_preamble(blocks, 1, blocks[0].text)
        if copy is not None:
            found[copy.start] = _repeat(copy, doc, "The headline is repeated: delete this copy.")
    for previous, block in zip(blocks, blocks[1:]):
        if previous.kind is BlockKind.HEADING and _words(previous.text) and _words(block.text) == _words(previous.text):
            found.setdefault(block.start, _repeat(block, doc, "The heading is repeated: delete this copy."))
    for finding in _repeated_in_section(doc, blocks):
        found.setdefault(finding.start, finding)
    yield from found.values()


def _copy_in_preamble(blocks: list[Block], start: int, headline: str) -> Block | None:
    """The block from ``start`` on that repeats ``headline``, looking only past the article's opening lines."""
    key = _words(headline)
    if not key:
        return None
    for block in blocks[start : start + MAX_PREAMBLE_BLOCKS + 1]:
        if _words(block.text) == key:
            return block
        if not _is_preamble(block):
            return None
    return None


def _is_preamble(block: Block) -> bool:
    """A byline, dateline, deck or picture line: short, and not a sentence unless a byline or a date."""
    if block.kind in _PREAMBLE_KINDS:
        return True
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or len(text.split()) > MAX_PREAMBLE_WORDS:
        return False
    return not text.endswith(_SENTENCE_END) or bool(_DATELINE.search(text) or _BYLINE.match(text))


def _repeated_in_section(doc: Document, blocks: list[Block]) -> Iterator[Finding]:
    """A heading seen before at the same level with no higher-level heading in between."""
    seen: dict[int, set[tuple[str, ...]]] = {}
    for block in blocks:
        if block.kind not in _HEADING_KINDS:
            continue
        level = block.level or 1
        key = _words(block.text)
        if key and key in seen.get(level, set()):
            yield _repeat(block, doc, "This heading repeats an earlier heading of the same section.")
        for deeper in [lvl for lvl in seen if lvl > level]:
            del seen[deeper]
        seen.setdefault(level, set()).add(key)
