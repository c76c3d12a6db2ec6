"""The HTML report's markup: marks placed by line and column, nested or split where findings overlap.

``tests/formatters/test_html_browser.py`` opens reports in Chromium; these tests read the markup.
"""

from __future__ import annotations

import re

import pytest

from editlint.engine.diagnostic import Diagnostic, Severity
from editlint.formatters import RenderContext, render
from editlint.formatters.html import Span, located, marked_text


def shape(text: str, *spans: tuple[int, int]) -> str:
    """``marked_text`` in short: ``[n:`` opens finding n's mark, ``]`` closes one, ``|`` ends a line."""
    html = marked_text(text, [Span(n, start, end, Severity.ERROR) for n, (start, end) in enumerate(spans)])
    html = re.sub(r'<mark [^>]*data-f="(\d+)"[^>]*>', r"[\1:", html).replace("</mark>", "]")
    return re.sub(r'<div class="ln" data-n="\d+">', "", html).replace("</div>", "|")


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("abcdef", [(1, 5), (2, 4)], "a[0:b[1:cd]e]f|"),  # nested
        ("abcdef", [(2, 4), (1, 5)], "a[1:b[0:cd]e]f|"),  # the longer one outside, whatever the order
        ("abcdef", [(1, 4), (2, 6)], "a[0:b[1:cd]][1:ef]|"),  # crossing: the second goes on in a new mark
        ("abcdef", [(1, 3), (1, 3)], "a[0:[1:bc]]def|"),  # the same words twice
        ("abcdef", [(3, 3)], "abc[0:]def|"),  # a point (empty span)
        ("ab\ncd\n", [(1, 4)], "a[0:b\n]|[0:c]d\n|"),  # across a line end
        ("ab\n", [(3, 3)], "ab\n[0:]|"),  # a point at the very end
        ("", [], "|"),
        ("<a & b>", [(1, 2)], "&lt;[0:a] &amp; b&gt;|"),
    ],
)
def test_marks_nest_split_and_escape(text, spans, expected):
    assert shape(text, *spans) == expected


def test_only_a_findings_first_mark_takes_focus():
    html = marked_text("ab\ncd", [Span(7, 1, 4, Severity.WARNING)])
    first, more = re.findall(r"<mark [^>]*>", html)
    assert 'id="f7"' in first and 'tabindex="0"' in first and 'aria-describedby="d7"' in first
    assert "tabindex" not in more and 'class="hl sev-warning more"' in more


def test_lines_and_columns_count_code_points():
    text = "a😀b\nxyz"
    found = [(0, diagnostic(1, 3, 1, 4)), (1, diagnostic(1, 2, 2, 2)), (2, diagnostic(9, 1, 9, 1))]
    assert [(s.start, s.end) for s in located(found, text)] == [(2, 3), (1, 5), (len(text), len(text))]


def diagnostic(line: int, column: int, end_line: int, end_column: int, path: str = "a.md") -> Diagnostic:
    return Diagnostic(path, line, column, end_line, end_column, "house/x", Severity.ERROR, "<b>bold</b> & more")


def test_the_page_loads_nothing_from_elsewhere_and_escapes_everything():
    text = "<script>alert('x')</script>\n"
    page = render("html", [diagnostic(1, 1, 1, 9, path="<evil>.md")], RenderContext({}, 1, False, "0", sources={"<evil>.md": text}))
    assert not re.search(r"<link|<img|<iframe|\bsrc=|@import|url\(|https?://", page)
    assert page.count("<script>") == 1  # the report's own script; the article's is text
    assert "&lt;script&gt;</mark>alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in page and "&lt;evil&gt;.md" in page


def test_an_article_without_its_text_lists_its_findings():
    page = render("html", [diagnostic(2, 1, 2, 4)], RenderContext({}, 1, False, "0"))
    assert "The article's text is not part of this report." in page
    assert 'data-position="2:1-2:4"' in page and "<mark" not in page


def test_clean_articles_are_in_the_summary_table_only():
    page = render("html", [], RenderContext({}, 1, False, "0", sources={"clean.md": "All good.\n"}))
    assert '<th scope="row">clean.md</th>' in page
    assert 'class="card article"' not in page
