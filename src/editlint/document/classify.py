"""Roles of blocks that the markup alone does not tell: headline, byline, caption, credit."""

from __future__ import annotations

import re

from editlint.document.model import Block, BlockKind, Document

CREDIT_LINE = re.compile(
    r"""^\W*(?:
        (?:photo(?:graph)?|image|picture|illustration|graphic|art|video|footage|screenshot)s?\s*
            (?:(?:credit|courtesy|source)\b\s*(?:of\b)?\s*:?|by\b|via\b|:|/|-|–|—)
      | (?:credit|source)s?\s*:
      | courtesy\b
      | \(?(?:AP|AFP|Reuters|EPA)\s+Photo\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
AGENCY_SUFFIX = re.compile(r"\S/(?:Getty Images|AP|AFP|Reuters|EPA|Shutterstock|Alamy)\b\)?\W*$")
_BYLINE = re.compile(r"^(?:by|BY)\s+\S")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "‐": "-", "–": "-", "—": "-"})
_TERMINAL = (".", "!", "?", ":", ";", "”", '"')


def looks_like_credit(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= 30 and bool(CREDIT_LINE.match(text) or AGENCY_SUFFIX.search(text))


def _is_byline(block: Block) -> bool:
    text = block.text.strip()
    words = text.split()
    if _BYLINE.match(text):
        return len(words) <= 15
    return 0 < len(words) <= 5 and not text.endswith(_TERMINAL)


def comparable(text: str) -> str:
    """Text reduced for comparing headlines: case, spacing, quote style, end punctuation."""
    text = text.translate(_QUOTES).casefold()
    return " ".join(text.split()).strip(" .!?:;,-")


def classify_blocks(doc: Document) -> None:
    """Mark the headline, bylines under it, captions under images and credit lines."""
    blocks = doc.blocks
    if blocks and blocks[0].kind is BlockKind.HEADING and blocks[0].level == 1:
        blocks[0].kind = BlockKind.HEADLINE
    headline = comparable(blocks[0].text) if blocks and blocks[0].kind is BlockKind.HEADLINE else None
    for block in blocks[1 if headline is not None else 0 :]:
        if comparable(block.text) == headline:
            continue
        if block.kind is not BlockKind.PARAGRAPH or not _is_byline(block):
            break
        block.kind = BlockKind.BYLINE
    previous: Block | None = None
    for block in blocks:
        after_image = previous is not None and previous.kind is BlockKind.CAPTION
        if block.kind is BlockKind.PARAGRAPH and looks_like_credit(block.text):
            block.kind = BlockKind.CREDIT
        elif block.kind is BlockKind.PARAGRAPH and after_image and block.emphasized:
            block.kind = BlockKind.CAPTION
        previous = block
