"""A self-contained HTML report for editors: each article's text with its findings marked in place.

One page with no network loads (the CSS and script in ``assets/`` are inlined): a summary
table across articles, counts per rule, filters by rule and severity, and per article its
text with a ``<mark>`` on each finding's words (placed by line and column in
``ctx.sources``) beside the list of its findings. Overlapping findings nest; a finding that
crosses another's end or a line end goes on in a second ``<mark>`` with the same ``data-f``.
An article whose text is not in ``ctx.sources`` shows its list of findings only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from importlib.resources import files

from editlint.engine.diagnostic import Diagnostic, Severity
from editlint.formatters import RenderContext, plural
from editlint.formatters.text import summary

ASSETS = files(__package__) / "assets"
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
LABELS = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Info"}


@dataclass(frozen=True)
class Span:
    """Where finding ``number`` sits in an article's text (code point offsets), or a piece of it."""

    number: int
    start: int
    end: int
    severity: Severity


def render(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    by_path: dict[str, list[tuple[int, Diagnostic]]] = {}
    for number, d in enumerate(diagnostics):
        by_path.setdefault(d.path, []).append((number, d))
    paths = sorted(set(by_path) | set(ctx.sources))
    articles = [(f"a{i}", path, by_path.get(path, [])) for i, path in enumerate(paths, 1)]
    headline = summary(diagnostics, ctx)
    body = "\n".join([
        page_header(diagnostics, headline, ctx),
        '<div class="layout">',
        filters(diagnostics, ctx),
        '<main id="main">',
        summary_table(articles),
        *(article(anchor, path, found, ctx) for anchor, path, found in articles if found),
        "</main>",
        "</div>",
        '<div id="tip" role="tooltip" hidden></div>',
    ])
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>editlint report: {escape(headline)}</title>\n"
        f"<style>\n{asset('report.css')}</style>\n</head>\n<body>\n{body}\n"
        f"<script>\n{asset('report.js')}</script>\n</body>\n</html>"
    )


def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def label(severity: Severity, count: int = 2) -> str:
    """``Error``/``Errors``, ``Warning``/``Warnings``, ``Info``."""
    return LABELS[severity] + ("" if severity == Severity.INFO or count == 1 else "s")


def page_header(diagnostics: list[Diagnostic], headline: str, ctx: RenderContext) -> str:
    counts = Counter(d.severity for d in diagnostics)
    tiles = "".join(
        f'<div class="tile sev-{s}"><span class="tile-count">{counts[s]}</span> <span class="tile-label">{label(s, counts[s])}</span></div>'
        for s in SEVERITIES
    )
    return (
        '<header class="page-head"><div class="page-head-inner">'
        f'<div><h1>Editorial report</h1><p class="headline">{escape(headline)}</p>'
        f'<p class="generator">editlint {escape(ctx.version)}</p></div>'
        f'<div class="tiles">{tiles}</div></div></header>'
    )


def filters(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    """The sidebar: severity checkboxes, then the rules with their counts, each a checkbox."""
    severities = Counter(d.severity for d in diagnostics)
    rules = Counter(d.rule for d in diagnostics)
    worst: dict[str, Severity] = {}
    for d in diagnostics:
        worst[d.rule] = max(worst.get(d.rule, d.severity), d.severity)
    severity_boxes = "".join(
        f'<label class="chip sev-{s}"><input type="checkbox" data-filter="severity" value="{s}" checked>'
        f'{LABELS[s]} <span class="count">{severities[s]}</span></label>'
        for s in SEVERITIES
    )
    rows = "".join(
        f'<tr><td><input type="checkbox" id="rule-{i}" data-filter="rule" value="{escape(rule)}" checked></td>'
        f'<td><label for="rule-{i}"><span class="dot sev-{worst[rule]}"></span><code>{escape(rule)}</code>'
        f'{rule_summary(rule, ctx)}</label></td><td class="num">{count}</td></tr>'
        for i, (rule, count) in enumerate(sorted(rules.items(), key=lambda item: (-item[1], item[0])), 1)
    )
    rule_table = (
        '<table class="rules"><caption class="sr-only">Problems per rule</caption>'
        '<thead><tr><th scope="col"><span class="sr-only">Show</span></th><th scope="col">Rule</th>'
        f'<th scope="col" class="num">Problems</th></tr></thead><tbody>{rows}</tbody></table>'
        if rows else '<p class="empty">No rule found anything.</p>'
    )
    return (
        '<aside class="filters" aria-label="Filters">'
        '<h2>Filter</h2><fieldset><legend>Severity</legend>'
        f'<div class="chips">{severity_boxes}</div></fieldset>'
        '<fieldset><legend>Rules</legend><div class="rule-actions">'
        '<button type="button" data-rules="all">Show all</button><button type="button" data-rules="none">Hide all</button></div>'
        f"{rule_table}</fieldset>"
        f'<p class="showing" aria-live="polite">Showing {plural(len(diagnostics), "problem")}.</p></aside>'
    )


def rule_summary(rule: str, ctx: RenderContext) -> str:
    meta = ctx.meta(rule)
    return f'<span class="rule-summary">{escape(meta.summary)}</span>' if meta else ""


def summary_table(articles: list[tuple[str, str, list[tuple[int, Diagnostic]]]]) -> str:
    """One row per article: its problems by severity, linked to its section; a column's button sorts by it."""
    rows = []
    for anchor, path, found in articles:
        counts = Counter(d.severity for _, d in found)
        name = f'<a href="#{anchor}">{escape(path)}</a>' if found else escape(path)
        cells = "".join(f'<td class="num{"" if counts[s] else " zero"}" data-severity="{s}">{counts[s]}</td>' for s in SEVERITIES)
        rows.append(f'<tr data-article="{anchor}"><th scope="row">{name}</th>{cells}<td class="num total">{len(found)}</td></tr>')
    columns = [*(label(s) for s in SEVERITIES), "Total"]
    headers = "".join(f'<th scope="col" class="num"><button type="button" class="sort">{name}</button></th>' for name in columns)
    return (
        '<section class="card" aria-labelledby="articles-title"><h2 id="articles-title">Articles</h2>'
        '<table class="summary"><thead><tr><th scope="col" aria-sort="ascending"><button type="button" class="sort">Article</button></th>'
        f'{headers}</tr></thead><tbody>{"".join(rows)}</tbody></table></section>'
    )


def article(anchor: str, path: str, found: list[tuple[int, Diagnostic]], ctx: RenderContext) -> str:
    text = ctx.sources.get(path)
    if text is None:
        shown = '<p class="no-source">The article\'s text is not part of this report.</p>'
    else:
        shown = f'<div class="source" aria-label="Article text">{marked_text(text, located(found, text))}</div>'
    items = "".join(finding_item(number, d, ctx, text is not None) for number, d in found)
    return (
        f'<section class="card article" id="{anchor}" data-article="{anchor}" aria-labelledby="{anchor}-title">'
        f'<header class="article-head"><h2 id="{anchor}-title">{escape(path)}</h2>'
        f'<p class="article-counts">{plural(len(found), "problem")}</p></header>'
        f'<div class="article-body">{shown}<div class="findings-panel"><h3 class="sr-only">Problems</h3>'
        f'<ol class="findings">{items}</ol></div></div></section>'
    )


def finding_item(number: int, d: Diagnostic, ctx: RenderContext, placed: bool) -> str:
    where = f"Line {d.line}, column {d.column}"
    position = f"{d.line}:{d.column}-{d.end_line}:{d.end_column}"
    goto = (f'<button type="button" class="goto" aria-label="Show in text: {where}">{where}</button>' if placed else f'<span class="goto">{where}</span>')
    fixes = "".join(f'<p class="fix">Suggested fix: {escape(fix.title)}</p>' for fix in d.fixes)
    also = f'<p class="also">Also: {escape(", ".join(d.also))}</p>' if d.also else ""
    return (
        f'<li class="finding sev-{d.severity}" id="d{number}" data-f="{number}" data-rule="{escape(d.rule)}" '
        f'data-severity="{d.severity}" data-position="{position}">'
        f'<div class="finding-head"><span class="badge sev-{d.severity}">{LABELS[d.severity]}</span>{goto}</div>'
        f'<p class="msg">{escape(d.message)}</p>{fixes}'
        f'<p class="rule"><code class="rule-id">{escape(d.rule)}</code>{rule_summary(d.rule, ctx)}</p>{also}</li>'
    )


def located(found: list[tuple[int, Diagnostic]], text: str) -> list[Span]:
    """Each finding's offsets in ``text``, from its 1-based lines and columns (clamped to the text)."""
    line_starts = starts_of_lines(text)

    def offset(line: int, column: int) -> int:
        if line > len(line_starts):
            return len(text)
        return min(line_starts[line - 1] + column - 1, len(text))

    spans = []
    for number, d in found:
        start = offset(d.line, d.column)
        spans.append(Span(number, start, max(start, offset(d.end_line, d.end_column)), d.severity))
    return spans


def starts_of_lines(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def marked_text(text: str, spans: list[Span]) -> str:
    """``text`` as one ``<div class="ln">`` per line, each span's words inside ``<mark>`` elements."""
    line_starts = starts_of_lines(text)
    if len(line_starts) > 1 and line_starts[-1] == len(text):
        line_starts.pop()  # a final line break ends the last line; it starts no new one
    opened: set[int] = set()
    lines = []
    for n, start in enumerate(line_starts):
        end = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
        last = n + 1 == len(line_starts)
        pieces = [
            Span(s.number, max(s.start, start), min(s.end, end), s.severity)
            for s in spans
            if (s.start < end and s.end > start) or (s.start == s.end and (start <= s.start < end or (last and s.start == end)))
        ]
        lines.append(f'<div class="ln" data-n="{n + 1}">{marked_line(text, start, end, pieces, opened)}</div>')
    return "".join(lines)


def marked_line(text: str, start: int, end: int, pieces: list[Span], opened: set[int]) -> str:
    """One line's HTML: pieces nest where they can; one that must close early is reopened after."""
    out: list[str] = []
    stack: list[Span] = []

    def open_mark(piece: Span) -> None:
        out.append(mark_tag(piece, first=piece.number not in opened))
        opened.add(piece.number)

    def close_ending_at(position: int) -> None:
        reopen = []
        while any(p.end == position for p in stack):
            piece = stack.pop()
            out.append("</mark>")
            if piece.end != position:
                reopen.append(piece)
        for piece in reversed(reopen):
            open_mark(piece)
            stack.append(piece)

    pieces = sorted(pieces, key=lambda p: (p.start, -p.end, p.number))
    boundaries = sorted({start, end, *(p.start for p in pieces), *(p.end for p in pieces)})
    position, waiting = start, 0
    for boundary in boundaries:
        out.append(escape(text[position:boundary]))
        position = boundary
        close_ending_at(boundary)
        while waiting < len(pieces) and pieces[waiting].start == boundary:
            piece = pieces[waiting]
            waiting += 1
            open_mark(piece)
            if piece.end == piece.start:
                out.append("</mark>")
            else:
                stack.append(piece)
    return "".join(out)


def mark_tag(piece: Span, first: bool) -> str:
    """A finding's first ``<mark>`` takes keyboard focus and names its list entry; later pieces only show."""
    classes = f"hl sev-{piece.severity}{' point' if piece.start == piece.end else ''}"
    if not first:
        return f'<mark class="{classes} more" data-f="{piece.number}">'
    return f'<mark class="{classes}" data-f="{piece.number}" id="f{piece.number}" tabindex="0" role="button" aria-describedby="d{piece.number}">'
