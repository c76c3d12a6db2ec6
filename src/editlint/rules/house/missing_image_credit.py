"""house/missing-image-credit: every image needs a visible credit line."""

from __future__ import annotations

import re
from typing import Iterator

from editlint.document.model import Block, BlockKind, Document, Image
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta

_NAME = r"[\w@©(]"  # a credit names someone: at least one word character after the marker
_AGENCIES = r"(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|Shutterstock|Alamy|Bloomberg|NurPhoto|Sipa|Xinhua|Anadolu|Kyodo|Yonhap|Pool)"
DEFAULT_CREDIT_PATTERNS = (
    rf"\b(?:photo(?:graph)?|image|picture|illustration|graphic|art(?:work)?|video|footage|map|chart|screenshot|cartoon)s?"
    rf"(?:\s+(?:credit|courtesy|source))?\s*(?::|/|by\b|from\b|via\b|courtesy\b)\s*(?:of\s+)?{_NAME}",
    rf"\b(?:credit|source)s?\s*:\s*{_NAME}",
    rf"\bcourtesy(?:\s+of)?\s*:?\s*{_NAME}",
    rf"\b(?:taken|sent|shot|drawn|published|posted)\s+by\s+{_NAME}",
    r"\bby\s+@\w+",
    r"\bfrom\s+(?:the\s+)?\S+(?:\s+\S+){0,3}\s+(?:page|account|feed|stream|album)\b",
    rf"\w/{_AGENCIES}\b",
    rf"\b{_AGENCIES}\s*/\s*\w",
    rf"\bvia\s+{_AGENCIES}\b",
    r"(?-i:\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+\s*/\s*(?:The\s+)?[A-Z][\w&.'’-]+)",
    r"(?-i:\b[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+\s+for\s+(?:The\s+)?[A-Z][\w&.'’-]+)",
    r"\b(?:Getty Images|Shutterstock|iStock(?:photo)?|Alamy|Unsplash|Wikimedia Commons|Flickr)\b",
    r"\b(?:creative\s+commons|cc[- ](?:by|licen[cs]ed)|public\s+domain)\b",
    r"©\s*\w|\(c\)\s+\w|\bcopyright\b",
)
_FRONT_MATTER_IMAGE_KEYS = ("image", "featured_image", "featured-image", "hero", "thumbnail")
_FRONT_MATTER_CREDIT_KEYS = ("image_credit", "image-credit", "credit", "photo_credit", "photo-credit")
_FRONT_MATTER_CAPTION_KEYS = ("image_caption", "image-caption", "caption")
_CAPTION_KINDS = (BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.PARAGRAPH)
LOOKAHEAD_BLOCKS = 2
MAX_CAPTION_WORDS = 60

META = RuleMeta(
    id="house/missing-image-credit",
    summary="An image has no credit in its caption, title or the line below it.",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Looks for a credit for every Markdown image, HTML `<img>` and front matter `image`: in the
image title, in the caption on the line under the image, or in a credit line within the
next two non-empty lines ("Photo: Jane Doe/AP", "Image courtesy of X", "(AP Photo/X)",
"X/Getty Images"). Alt text and file names do not count: readers do not see them.
An empty credit ("Photo:") is reported too.

## Why
Publishing a photo without its credit breaks the licence of most agency and freelance
images and the newsroom's own policy.

## Example
```
![Protesters outside parliament](protest.jpg)
```

## Use instead
```
![Protesters outside parliament](protest.jpg)
*Protesters gathered on Monday. Photo: Jane Doe/AP*
```
The accepted credit wordings are the option `credit-patterns` (regular expressions).
""",
    bad=(
        "# Storm\n\n![Flooded street](flood.jpg)\n\nThe storm hit at dawn.\n",
        "# Storm\n\n![Flooded street](flood.jpg)\n*Photo:*\n",
        '# Storm\n\n<img src="flood.jpg" alt="Photo by the author">\n\nText.\n',
        "---\ntitle: Storm\nimage: flood.jpg\n---\nThe storm hit at dawn.\n",
    ),
    good=(
        "# Storm\n\n![Flooded street](flood.jpg)\n*A flooded street in the port. Photo: Jane Doe/AP*\n",
        "# Storm\n\n![Flooded street](flood.jpg)\n\nImage courtesy of the city council\n",
        '# Storm\n\n![Flooded street](flood.jpg "Photo by Jane Doe")\n',
        "---\ntitle: Storm\nimage: flood.jpg\nimage_credit: Jane Doe/Reuters\n---\nText.\n",
    ),
    options=(Option("credit-patterns", DEFAULT_CREDIT_PATTERNS, "Regular expressions (case-insensitive) that count as a credit."),),
)


def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _caption_candidates(doc: Document, image: Image) -> Iterator[str]:
    """The image title, the text after it in its own block, then the next blocks below it."""
    yield image.title
    own = next((b for b in doc.blocks if b.start <= image.start < b.end), None)
    if own is not None:
        yield _caption_in_block(doc, own, image)
    below = [b for b in doc.blocks if b.start >= image.end and b is not own and b.text.strip()]
    for block in below[:LOOKAHEAD_BLOCKS]:
        if block.kind not in _CAPTION_KINDS or _holds_image(doc, block):
            return
        if len(block.text.split()) <= MAX_CAPTION_WORDS:
            yield block.text


def _holds_image(doc: Document, block: Block) -> bool:
    return any(block.start <= image.start < block.end for image in doc.images)


def _caption_in_block(doc: Document, block: Block, image: Image) -> str:
    """Prose of ``block`` after ``image`` and before the next image in it."""
    stop = min((i.start for i in doc.images if i.start >= image.end), default=block.end)
    return "".join(ch for ch, at in zip(block.text, block.prose.offsets) if image.end <= at < stop)


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    credit = _compiled(ctx.option("credit-patterns"))
    for image in doc.images:
        if not any(credit.search(text) for text in _caption_candidates(doc, image)):
            yield Finding(image.start, image.end, "Image has no credit: add a credit line under it (e.g. 'Photo: Jane Doe/AP').")
    yield from _front_matter_image(doc, credit)


def _front_matter_image(doc: Document, credit: re.Pattern[str]) -> Iterator[Finding]:
    """A front matter image needs a credit field (any name) or a caption with a credit."""
    key = next((k for k in _FRONT_MATTER_IMAGE_KEYS if doc.front_matter.get(k)), None)
    if key is None:
        return
    value = doc.front_matter[key]
    fields = value if isinstance(value, dict) else {}
    credits = [doc.front_matter.get(k) for k in _FRONT_MATTER_CREDIT_KEYS] + [fields.get("credit")]
    captions = [doc.front_matter.get(k) for k in _FRONT_MATTER_CAPTION_KEYS] + [fields.get("caption"), fields.get("title")]
    if any(re.search(r"\w", str(c)) for c in credits if c) or any(credit.search(str(c)) for c in captions if c):
        return
    start, end = doc.front_matter_keys.get(key, (0, 0))
    yield Finding(start, end, f"Front matter '{key}' has no credit: add 'image_credit: Name/Agency'.")
