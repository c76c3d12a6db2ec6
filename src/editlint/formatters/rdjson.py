"""reviewdog's Diagnostic Format (rdjson): one ``DiagnosticResult`` object, for ``reviewdog -f=rdjson``.

rdjson columns count UTF-8 bytes and ranges end exclusively; columns are converted from
editlint's code points using the article's text, and fixes become ``suggestions``. Without
the text (stdin), columns stay in code points, which agree for ASCII lines.
"""

from __future__ import annotations

import bisect
import json
import re

from editlint.engine.diagnostic import Diagnostic, Severity
from editlint.formatters import RenderContext, posix_path

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class _Lines:
    """An article's lines, to turn code point positions and offsets into rdjson positions."""

    def __init__(self, text: str | None):
        self.text = text
        self.lines = _LINE_BREAK.split(text) if text is not None else []
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text or "")]

    def position(self, line: int, column: int) -> dict:
        if not 0 < line <= len(self.lines):
            return {"line": line, "column": column}
        return {"line": line, "column": len(self.lines[line - 1][: column - 1].encode("utf-8", "surrogatepass")) + 1}

    def at_offset(self, offset: int) -> dict:
        line = bisect.bisect_right(self.starts, offset) - 1
        return self.position(line + 1, offset - self.starts[line] + 1)


def render(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    texts: dict[str, _Lines] = {}
    out = []
    for d in diagnostics:
        lines = texts.get(d.path) or texts.setdefault(d.path, _Lines(ctx.source_text(d.path) if ctx.source_text else None))
        item = {
            "message": d.message,
            "location": {"path": posix_path(d.path), "range": {"start": lines.position(d.line, d.column), "end": lines.position(d.end_line, d.end_column)}},
            "severity": SEVERITIES[d.severity],
            "code": {"value": d.rule},
        }
        if lines.text is not None and d.fixes and d.fixes[0].edits:
            item["suggestions"] = [
                {"range": {"start": lines.at_offset(e.start), "end": lines.at_offset(e.end)}, "text": e.replacement}
                for e in d.fixes[0].edits
            ]
        out.append(item)
    return json.dumps({"source": {"name": "editlint"}, "diagnostics": out}, indent=2, ensure_ascii=False)
