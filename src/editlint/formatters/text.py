"""Human-readable report: ``path:line:col: severity rule message`` lines, then a summary."""

from __future__ import annotations

import re
from collections import Counter

from editlint.engine.diagnostic import Diagnostic, Severity
from editlint.engine.fixes import allowed_fix
from editlint.formatters import RenderContext, plural

BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[34m"}
# Line breaks and terminal control characters (from article text) would break the one-line layout.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def render(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    paint = (lambda code, text: f"{code}{text}{RESET}") if ctx.color else (lambda code, text: text)
    lines = [
        f"{paint(BOLD, CONTROL.sub(' ', d.path))}:{d.line}:{d.column}: "
        f"{paint(COLORS[d.severity], d.severity)} {paint(DIM, d.rule)} "
        f"{'[*] ' if allowed_fix(d, ctx.unsafe_fixes) else ''}{CONTROL.sub(' ', d.message)}"
        for d in diagnostics
    ]
    lines.append(paint(BOLD, summary(diagnostics, ctx)))
    if ctx.fixed:
        lines.append(f"Fixed {plural(ctx.fixed, 'problem')}.")
    hint = fix_hint(diagnostics, ctx)
    return "\n".join([*lines, hint] if hint else lines)


def fix_hint(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    """ruff's hint: how many findings ``--fix`` would fix (``[*]``), and how many more ``--unsafe-fixes`` would."""
    fixable = sum(1 for d in diagnostics if allowed_fix(d, ctx.unsafe_fixes))
    hidden = 0 if ctx.unsafe_fixes else sum(1 for d in diagnostics if allowed_fix(d, unsafe=True) and not allowed_fix(d))
    more = f"{hidden} hidden fix{'' if hidden == 1 else 'es'} can be enabled with the --unsafe-fixes option"
    if fixable:
        return f"[*] {fixable} fixable with the --fix option" + (f" ({more})." if hidden else ".")
    return f"No fixes available ({more})." if hidden else ""


def summary(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    """``Found 3 problems (1 error, 2 warnings) in 2 of 5 files.``, ``All checked: ...``, or
    ``No problems in 1 file; 1 file could not be checked.`` when some files failed."""
    checked = ctx.files - ctx.unchecked
    failed = f"; {plural(ctx.unchecked, 'file')} could not be checked" if ctx.unchecked else ""
    if not diagnostics:
        return f"No problems in {plural(checked, 'file')}{failed}." if failed else f"All checked: no problems in {plural(checked, 'file')}."
    counts = Counter(d.severity for d in diagnostics)
    parts = [plural(counts[s], str(s)) if s != Severity.INFO else f"{counts[s]} info" for s in sorted(counts, reverse=True)]
    with_problems = len({d.path for d in diagnostics})
    where = plural(with_problems, "file") if with_problems >= checked else f"{with_problems} of {plural(checked, 'file')}"
    return f"Found {plural(len(diagnostics), 'problem')} ({', '.join(parts)}) in {where}{failed}."
