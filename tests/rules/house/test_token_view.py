"""The token views the syntax rules read (editlint.nlp.tokens) answer as spaCy's objects do, on real parses."""

import gc

import pytest

from editlint.document import parse
from editlint.nlp.pipeline import parse_document, parse_text
from editlint.nlp.syntax import token_ids
from editlint.nlp.tokens import ParseView

TEXT = (
    "With the mayor, the police chief and two council members spoke at length, the plan — first drafted in "
    "2019 — passed. Critics, who say it costs too much, have not given up! \"Why now?\" asked Ms. Ruiz (a lawyer)."
)


def indices(tokens):
    return [t.i for t in tokens]


@pytest.fixture(scope="module")
def parses():
    sdoc = parse_text(TEXT)
    return sdoc, ParseView(sdoc, TEXT)


def test_every_token_reads_as_spacys(parses):
    sdoc, view = parses
    assert len(view) == len(sdoc) and view.text == sdoc.text
    for token, mine in zip(sdoc, view):
        assert (mine.i, mine.idx, mine.text, mine.lower_, mine.tag_, mine.dep_) == (
            token.i, token.idx, token.text, token.lower_, token.tag_, token.dep_
        )
        assert (mine.is_punct, mine.is_space, mine.is_alpha, mine.like_num, mine.is_sent_start) == (
            token.is_punct, token.is_space, token.is_alpha, token.like_num, token.is_sent_start
        )
        assert len(mine) == len(token) and str(mine) == str(token)
        assert mine.head is view[token.head.i]
        for relation in ("children", "lefts", "rights", "subtree", "ancestors"):
            assert indices(getattr(mine, relation)) == indices(getattr(token, relation)), relation
        assert (mine.n_lefts, mine.n_rights) == (token.n_lefts, token.n_rights)
        assert (mine.left_edge.i, mine.right_edge.i) == (token.left_edge.i, token.right_edge.i)
        assert (mine.sent.start, mine.sent.end) == (token.sent.start, token.sent.end)
        for offset in (-2, -1, 1, 2):
            if 0 <= token.i + offset < len(sdoc):
                assert mine.nbor(offset) is view[token.i + offset]
            else:
                with pytest.raises(IndexError):
                    mine.nbor(offset)



@pytest.mark.parametrize("text", ["", "  Two  spaces\n\nand a line break ", "STRASSE, Straße: İstanbul's ÉCOLE…"])
def test_words_and_labels_read_as_spacys(text):
    """A view reads a token's words from the text parsed and its labels by their hash, as spaCy's tokens read them."""
    sdoc = parse_text(text)
    fields = ("text", "lower_", "tag_", "dep_", "is_punct", "is_space", "is_alpha")
    mine = [tuple(getattr(t, name) for name in fields) for t in ParseView(sdoc, text)]
    assert mine == [tuple(getattr(t, name) for name in fields) for t in sdoc]
    assert all(type(flag) is bool for token in mine for flag in token[4:])

def test_sentences_and_slices_read_as_spacys(parses):
    sdoc, view = parses
    assert [(s.start, s.end, s.text, s.root.i) for s in view.sents] == [
        (s.start, s.end, s.text, s.root.i) for s in sdoc.sents
    ]
    assert all(t.sent is sent for sent in view.sents for t in sent)
    n = len(sdoc)
    for start in (None, -50, -3, 0, 2, 7, n, n + 4):
        for stop in (None, -60, -1, 0, 3, 8, n, n + 9):
            mine, theirs = view[start:stop], sdoc[start:stop]
            assert (mine.start, mine.end, mine.text, indices(mine)) == (theirs.start, theirs.end, theirs.text, indices(theirs))
            if len(theirs):  # a span's root: a sentence's own when it holds one, else the word nearest to one
                assert mine.root is view[theirs.root.i]
    sent, theirs = view.sents[0], next(iter(sdoc.sents))
    for key in (0, 3, -1, -len(theirs)):
        assert sent[key] is view[theirs[key].i]
    for key in (len(theirs), -len(theirs) - 1):
        with pytest.raises(IndexError):
            sent[key]
    assert (sent[2:5].start, sent[2:5].end, sent[2:5].text) == (theirs[2:5].start, theirs[2:5].end, theirs[2:5].text)
    assert view[3:9].root is view[sdoc[3:9].root.i] and view[3:9].sent is sent
    assert view[-1] is view[n - 1] and view[2:5] == view[2:5] and view[2:5] != view[2:6]


def test_view_refuses_what_would_hand_out_spacys_tokens(parses):
    with pytest.raises(AttributeError, match="conjuncts"):
        parses[1][0].conjuncts  # noqa: B018


def test_token_ids_finds_words_and_tags(parses):
    sdoc, view = parses
    found = token_ids(view, frozenset({"critics", "plan"}), frozenset({"MD", "VBD"}))
    assert found == [t.i for t in sdoc if t.lower_ in ("critics", "plan") or t.tag_ in ("MD", "VBD")]
    assert token_ids(view) == []


def test_a_parsed_block_makes_its_view_once():
    parsed = parse_document(parse("The storm hit at dawn. Power failed.\n"))[0]
    assert parsed.tokens is parsed.tokens
    assert [s.text for s in parsed.tokens.sents] == ["The storm hit at dawn.", "Power failed."]


def test_a_dropped_document_leaves_its_views_to_reference_counting():
    """Views in rings would wait for the cyclic collector; a dropped document's are freed at once."""
    doc = parse(TEXT + "\n")
    for parsed in parse_document(doc):
        view = parsed.tokens
        for token in view:
            token.sent, token.left_edge, token.right_edge  # noqa: B018 (the lazily made links too)
    del view, token, parsed
    gc.collect()
    gc.disable()
    try:
        del doc
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_released_block_makes_a_new_view_when_asked():
    parsed = parse_document(parse("The storm hit at dawn. Power failed.\n"))[0]
    first = parsed.tokens
    parsed.release_tokens()
    assert len(first) == 0 and parsed.tokens is not first
    assert [t.head.text for t in parsed.tokens][:3] == ["storm", "hit", "hit"]
