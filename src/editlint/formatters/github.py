"""GitHub Actions workflow commands (``::error file=...::message``), one per diagnostic.

GitHub only honours ``col``/``endColumn`` on single-line annotations, so they are left out
when a diagnostic spans lines.
"""

from __future__ import annotations

from editlint.engine.diagnostic import Diagnostic, Severity
from editlint.formatters import RenderContext, posix_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (the part after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file=``, ``title=``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(d: Diagnostic) -> str:
    single_line = d.end_line == d.line
    props = [
        f"file={escape_property(posix_path(d.path))}",
        f"line={d.line}",
        *([f"col={d.column}"] if single_line else []),
        f"endLine={d.end_line}",
        *([f"endColumn={d.end_column}"] if single_line else []),
        f"title={escape_property(d.rule)}",
    ]
    return f"::{COMMANDS[d.severity]} {','.join(props)}::{escape_data(d.message)}"


def render(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    return "\n".join(command(d) for d in diagnostics)
