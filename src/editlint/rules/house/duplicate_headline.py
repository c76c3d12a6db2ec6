"""house/duplicate-headline: the headline (or a heading) repeated right after itself."""

from __future__ import annotations

from typing import Iterator

from editlint.document.classify import comparable
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
matter title when the body has no headline) with the block that follows it (past any
byline), and each heading with the headings before it in the same section. Case, spacing, curly
versus straight quotes, emphasis markup and trailing punctuation are ignored.

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
    title = next((doc.front_matter[k] for k in _TITLE_KEYS if isinstance(doc.front_matter.get(k), str)), None)
    if title and blocks and blocks[0].kind not in _HEADING_KINDS and comparable(blocks[0].text) == comparable(title):
        yield _repeat(blocks[0], doc, "The front matter title is repeated as the first line of the body.")
    found: dict[int, Finding] = {}
    for previous, block in zip(blocks, _after_bylines(blocks)):
        if previous.kind in _HEADING_KINDS and comparable(block.text) == comparable(previous.text):
            what = "headline" if previous.kind is BlockKind.HEADLINE else "heading"
            found[block.start] = _repeat(block, doc, f"The {what} is repeated: delete this copy.")
    for finding in _repeated_in_section(doc, blocks):
        found.setdefault(finding.start, finding)
    yield from found.values()


def _after_bylines(blocks: list[Block]) -> Iterator[Block]:
    """Each block's successor, looking past bylines right under the headline."""
    for index in range(1, len(blocks)):
        if blocks[index - 1].kind is BlockKind.HEADLINE:
            yield next((b for b in blocks[index:] if b.kind is not BlockKind.BYLINE), blocks[index])
        else:
            yield blocks[index]


def _repeated_in_section(doc: Document, blocks: list[Block]) -> Iterator[Finding]:
    """A heading seen before at the same level with no higher-level heading in between."""
    seen: dict[int, set[str]] = {}
    for block in blocks:
        if block.kind not in _HEADING_KINDS:
            continue
        level = block.level or 1
        key = comparable(block.text)
        if key in seen.get(level, set()):
            yield _repeat(block, doc, "This heading repeats an earlier heading of the same section.")
        for deeper in [lvl for lvl in seen if lvl > level]:
            del seen[deeper]
        seen.setdefault(level, set()).add(key)
