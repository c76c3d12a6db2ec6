"""The Markdown parser is shared by the threads that lint articles at once."""

from concurrent.futures import ThreadPoolExecutor

import mdurl
from mdurl import _decode, _encode

from editlint.document import markdown, parse


def test_the_parser_comes_with_the_link_tables_it_would_fill_while_threads_read_them():
    _encode.encode_cache.clear()
    _decode.decode_cache.clear()
    markdown._new_parser.cache_clear()
    markdown._parser()
    assert len(_encode.encode_cache[mdurl.ENCODE_DEFAULT_CHARS]) == 128
    assert len(_decode.decode_cache[mdurl.DECODE_DEFAULT_CHARS + "%"]) == 128


def test_articles_with_links_parse_alike_in_threads():
    texts = [f"# Story {n}\n\nRead [the report](https://example.org/r?n={n}&q=a%20b) and [this](<x y {n}>).\n" for n in range(40)]
    markdown._new_parser.cache_clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        parsed = list(pool.map(parse, texts))
    assert [doc.blocks[1].text for doc in parsed] == ["Read the report and this." for _ in texts]
