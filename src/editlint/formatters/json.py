"""JSON report: an array of ``Diagnostic.to_dict()`` objects, in the order given."""

from __future__ import annotations

import json

from editlint.engine.diagnostic import Diagnostic
from editlint.formatters import RenderContext


def render(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    return json.dumps([d.to_dict() for d in diagnostics], indent=2, ensure_ascii=False)
