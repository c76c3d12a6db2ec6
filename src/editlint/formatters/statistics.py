"""``--statistics``: how many findings each rule has (ruff's ``--statistics``), for triaging an archive."""

from __future__ import annotations

import json
from collections import Counter

from editlint.engine.diagnostic import Diagnostic
from editlint.engine.fixes import allowed_fix
from editlint.formatters import RenderContext


def rows(diagnostics: list[Diagnostic], ctx: RenderContext) -> list[dict]:
    """One row per rule, most findings first: rule, count, severity, how many are fixable, summary."""
    counts = Counter(d.rule for d in diagnostics)
    first = {d.rule: d for d in reversed(diagnostics)}
    fixable = Counter(d.rule for d in diagnostics if allowed_fix(d, ctx.unsafe_fixes))
    return [
        {
            "rule": rule,
            "count": count,
            "severity": str(first[rule].severity),
            "fixable": fixable[rule],
            "summary": meta.summary if (meta := ctx.meta(rule)) else "",
        }
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def render(diagnostics: list[Diagnostic], ctx: RenderContext, as_json: bool = False) -> str:
    table = rows(diagnostics, ctx)
    if as_json:
        return json.dumps(table, indent=2, ensure_ascii=False)
    width = max((len(row["rule"]) for row in table), default=0)
    digits = max((len(str(row["count"])) for row in table), default=1)
    return "\n".join(
        f"{row['count']:>{digits}}  {row['rule']:<{width}}  {row['severity']:<7}  {'[*] ' if row['fixable'] else ''}{row['summary']}"
        for row in table
    )
