"""Every prose character maps back to its exact source line and column."""

import pytest

from editlint.document import BlockKind, parse
from editlint.document.source import decode
from editlint.errors import UsageError


def position_of(doc, block, needle):
    start, _ = block.prose.source_span(block.text.index(needle), block.text.index(needle) + len(needle))
    return doc.position(start)


def test_prose_through_emphasis_links_and_code():
    text = "# Title\n\nA *very* [linked text](https://example.com/x_y) and `code` here.\n"
    doc = parse(text)
    paragraph = doc.blocks[1]
    assert paragraph.text == "A very linked text and code here."
    assert position_of(doc, paragraph, "code") == (3, 53)
    assert position_of(doc, paragraph, "linked") == (3, 11)
    assert position_of(doc, paragraph, "here") == (3, 60)
    assert "example" not in paragraph.text


def test_autolinks_become_a_placeholder():
    doc = parse("Read <https://example.com/a> today.\n")
    assert doc.blocks[0].text == "Read link today."
    assert position_of(doc, doc.blocks[0], "today") == (1, 30)


def test_entities_escapes_and_soft_breaks():
    doc = parse("Fish &amp; chips \\*not\\* bold\nsecond line\n")
    block = doc.blocks[0]
    assert block.text == "Fish & chips *not* bold second line"
    assert position_of(doc, block, "second") == (2, 1)
    assert position_of(doc, block, "not") == (1, 20)


def test_crlf_bom_tabs_and_non_ascii_columns():
    source = decode("\ufeff# Überschrift\r\n\r\nNaïve\tcafé — “quoted” word\r\n".encode(), "t.md")
    from editlint.document import parse_source

    doc = parse_source(source, "t.md")
    block = doc.blocks[1]
    assert position_of(doc, block, "word") == (3, 23)
    start, _ = block.prose.source_span(block.text.index("word"), block.text.index("word") + 4)
    raw = "# Überschrift\r\n\r\nNaïve\tcafé — “quoted” word\r\n"
    assert raw[doc.original_offset(start) : doc.original_offset(start) + 4] == "word"


def test_front_matter_is_not_prose_and_keeps_line_numbers():
    doc = parse("---\ntitle: Budget Passes\nimage: a.jpg\n---\n# Budget Passes\n\nBody text.\n")
    assert doc.front_matter == {"title": "Budget Passes", "image": "a.jpg"}
    assert doc.position(doc.front_matter_keys["image"][0]) == (3, 1)
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH]
    assert doc.position(doc.blocks[1].start) == (7, 1)


@pytest.mark.parametrize(
    "text, message",
    [
        ("---\ntitle: [unclosed\n---\nText\n", "malformed front matter"),
        ("---\ntitle: x\nText without end\n", "no closing"),
        ("---\n- a list\n---\nText\n", "expected 'key: value'"),
    ],
)
def test_malformed_front_matter(text, message):
    with pytest.raises(UsageError, match=message):
        parse(text, "bad.md")


def test_html_comments_images_and_raw_html_are_not_prose():
    doc = parse('Intro <b>bold</b> text.\n\n<img src="a.jpg" alt="x">\n\n<!-- editlint-disable -->\n')
    assert doc.blocks[0].text == "Intro bold text."
    assert [(i.origin, i.src) for i in doc.images] == [("html", "a.jpg")]
    assert [c.body for c in doc.comments] == ["editlint-disable"]


def test_markdown_block_kinds():
    text = (
        "# Headline\n\nBy Jane Doe\n\nBody paragraph here.\n\n![A](a.jpg)\n*Caption. Photo: Jane Doe/AP*\n\n"
        "> Quoted speech.\n\n- item\n\n## Heading\n\n| a | b |\n|---|---|\n| c | d |\n"
    )
    kinds = [b.kind for b in parse(text).blocks]
    assert kinds == [
        BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.QUOTE,
        BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.TABLE_CELL, BlockKind.TABLE_CELL,
        BlockKind.TABLE_CELL, BlockKind.TABLE_CELL,
    ]


def test_plain_text_headline_byline_and_credit():
    text = "Storm Hits Coast\nStorm Hits Coast\nJane Doe\nStaff Writer\nThe storm hit the coast at dawn.\nImage courtesy of Getty Images\n"
    kinds = [b.kind for b in parse(text, "a.txt").blocks]
    assert kinds == [
        BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.BYLINE, BlockKind.PARAGRAPH, BlockKind.CREDIT,
    ]


def test_empty_document_has_no_blocks():
    assert parse("", "a.md").blocks == []
    assert parse("\n\n", "a.txt").blocks == []
