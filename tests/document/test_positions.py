"""Every prose character maps back to its exact source line and column."""

import pytest
from helpers import findings

from editlint.document import BlockKind, parse
from editlint.document.source import decode
from editlint.errors import UsageError

TOWARD = "ap/ward-not-wards"


def position_of(doc, block, needle):
    """(line, column, end column) of ``needle`` in the block's prose; the end column is exclusive."""
    start, end = block.prose.source_span(block.text.index(needle), block.text.index(needle) + len(needle))
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    assert end_line == line
    return line, column, end_column


def test_prose_through_emphasis_links_and_code():
    text = "# Title\n\nA *very* [linked text](https://example.com/x_y) and `code` here.\n"
    doc = parse(text)
    paragraph = doc.blocks[1]
    assert paragraph.text == "A very linked text and code here."
    assert position_of(doc, paragraph, "code") == (3, 53, 59)
    assert position_of(doc, paragraph, "linked") == (3, 11, 17)
    assert position_of(doc, paragraph, "here") == (3, 60, 64)
    assert "example" not in paragraph.text


def test_autolinks_become_a_placeholder():
    doc = parse("Read <https://example.com/a> today.\n")
    assert doc.blocks[0].text == "Read link today."
    assert position_of(doc, doc.blocks[0], "today") == (1, 30, 35)


def test_entities_escapes_and_soft_breaks():
    doc = parse("Fish &amp; chips \\*not\\* bold\nsecond line\n")
    block = doc.blocks[0]
    assert block.text == "Fish & chips *not* bold second line"
    assert position_of(doc, block, "second") == (2, 1, 7)
    assert position_of(doc, block, "not") == (1, 20, 23)
    assert position_of(doc, block, "*not*") == (1, 18, 25)
    assert position_of(doc, block, "Fish &") == (1, 1, 11)


def test_crlf_bom_tabs_and_non_ascii_columns():
    source = decode("\ufeff# Überschrift\r\n\r\nNaïve\tcafé — “quoted” word\r\n".encode(), "t.md")
    from editlint.document import parse_source

    doc = parse_source(source, "t.md")
    block = doc.blocks[1]
    assert position_of(doc, block, "word") == (3, 23, 27)
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
        ('+++\ntitle = "x"\nimage = \n+++\nText\n', "bad.md:3: malformed front matter"),
        ('+++\ntitle = "x"\nText without end\n', "no closing '\\+\\+\\+'"),
    ],
)
def test_malformed_front_matter(text, message):
    with pytest.raises(UsageError, match=message):
        parse(text, "bad.md")


def test_toml_front_matter_is_read_and_blanked_out():
    doc = parse('+++\ntitle = "Storm"\n[image]\nsrc = "a.jpg"\n+++\n# Storm\n\nText.\n', "a.md")
    assert doc.front_matter == {"title": "Storm", "image": {"src": "a.jpg"}}
    assert doc.position(doc.front_matter_keys["image"][0]) == (3, 1)
    assert [b.text for b in doc.blocks] == ["Storm", "Text."]


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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said &lsquo;towards&rsquo; and walked towards it.\n", [(1, 16, 23), (1, 42, 49)]),
        ("Caf&eacute; owners walked towards the river.\n", [(1, 27, 34)]),
        ("They walked &#116;owards the river and towards the sea.\n", [(1, 13, 25), (1, 40, 47)]),
        ("Crowds walked towards the caf&eacute;.\n", [(1, 15, 22)]),
        ("A \\*note\\* on walking towards &amp; beyond.\n", [(1, 23, 30)]),
    ],
)
def test_entities_keep_findings_at_their_words(text, expected):
    assert findings(text, TOWARD) == expected


def test_an_entity_at_the_end_of_a_span_is_covered_whole():
    doc = parse("Caf&eacute; towards\n")
    assert position_of(doc, doc.blocks[0], "Café") == (1, 1, 12)


def test_table_cells_repeating_earlier_text_on_their_line_keep_their_findings():
    text = "| towards | towards | towards |\n|---|---|---|\n| towards | the towards | towards |\n"
    assert findings(text, TOWARD) == [
        (1, 3, 10), (1, 13, 20), (1, 23, 30), (3, 3, 10), (3, 17, 24), (3, 27, 34),
    ]


def test_five_thousand_identical_cells_give_five_thousand_findings():
    row = "| towards " * 10 + "|\n"
    text = row + "|---" * 10 + "|\n" + row * 499
    found = findings(text, TOWARD)
    assert len(found) == 5000
    assert found[-10:] == [(501, 3 + 10 * i, 10 + 10 * i) for i in range(10)]


def test_escaped_pipe_in_a_table_cell():
    doc = parse("| either \\| or towards |\n|---|\n")
    block = doc.blocks[0]
    assert block.text == "either | or towards"
    assert position_of(doc, block, "| or") == (1, 10, 15)
    assert position_of(doc, block, "towards") == (1, 16, 23)


def test_footnotes_references_vanish_and_definitions_are_paragraphs():
    text = "A claim[^1] with a note [^note] here.\n\n[^1]: The source, walking towards it.\n\n[^note]: Second.\n"
    doc = parse(text)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "A claim with a note here."),
        (BlockKind.PARAGRAPH, "The source, walking towards it."),
        (BlockKind.PARAGRAPH, "Second."),
    ]
    assert position_of(doc, doc.blocks[0], "here") == (1, 33, 37)
    assert findings(text, TOWARD) == [(3, 27, 34)]


def test_a_footnote_definition_in_the_middle_keeps_document_order():
    doc = parse("First.[^a]\n\n[^a]: Note.\n\nLast.\n")
    assert [b.text for b in doc.blocks] == ["First.", "Note.", "Last."]
    assert [doc.position(b.prose.offsets[0]) for b in doc.blocks] == [(1, 1), (3, 7), (5, 1)]


def test_inline_html_leaves_no_double_space():
    doc = parse("Use the <H1> tag and <b>bold</b> words.\n")
    assert doc.blocks[0].text == "Use the tag and bold words."
    assert position_of(doc, doc.blocks[0], "tag and") == (1, 14, 21)
