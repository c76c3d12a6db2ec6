"""SARIF 2.1.0 report (one run), for GitHub code scanning and other SARIF viewers.

Regions use editlint's 1-based line and column numbers; columns count Unicode code points,
hence ``run.columnKind = "unicodeCodePoints"``. Fixes become SARIF ``fixes`` whose
``deletedRegion`` uses ``charOffset``/``charLength``: the ``Edit`` start/end, which are
code point offsets in the file's decoded text (after any UTF-8 BOM, line breaks as in the file).
Each result carries its fingerprint (see ``editlint.engine.baseline``) in ``partialFingerprints``,
so code scanning follows a finding across commits.
"""

from __future__ import annotations

import json

from editlint.engine.baseline import SARIF_KEY
from editlint.engine.diagnostic import Diagnostic, Fix, Severity
from editlint.engine.rule import RuleMeta
from editlint.formatters import RenderContext, artifact_uri

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    rule_ids = sorted({d.rule for d in diagnostics})
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    driver = {"name": "editlint", "version": ctx.version, "rules": [descriptor(r, ctx.meta(r)) for r in rule_ids]}
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": [result(d, index[d.rule], ctx.fingerprints.get(d)) for d in diagnostics]}
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False)


def descriptor(rule_id: str, meta: RuleMeta | None) -> dict:
    """A ``reportingDescriptor``; a family's sub-ids (``languagetool/X``) get the family's metadata."""
    if meta is None:
        return {"id": rule_id}
    rationale = meta.rationale.strip() or meta.summary
    return {
        "id": rule_id,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": rationale, "markdown": rationale},
        "help": {"text": rationale, "markdown": rationale},
        "defaultConfiguration": {"level": LEVELS[meta.severity]},
    }


def result(d: Diagnostic, rule_index: int, fingerprint: str | None = None) -> dict:
    uri = artifact_uri(d.path)
    region = {"startLine": d.line, "startColumn": d.column, "endLine": d.end_line, "endColumn": d.end_column}
    out = {
        "ruleId": d.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
    }
    if fingerprint:
        out["partialFingerprints"] = {SARIF_KEY: fingerprint}
    fixes = [sarif_fix(fix, uri) for fix in d.fixes if fix.edits]
    if fixes:
        out["fixes"] = fixes
    return out


def sarif_fix(fix: Fix, uri: str) -> dict:
    replacements = [
        {"deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start}}
        | ({"insertedContent": {"text": e.replacement}} if e.replacement else {})
        for e in fix.edits
    ]
    return {
        "description": {"text": fix.title},
        "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
        "properties": {"applicability": fix.applicability},
    }
