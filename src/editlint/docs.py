"""Rule and config documentation generated from metadata (`editlint rules`, `explain`, README table)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from editlint.api import registry_for
from editlint.config.settings import SETTINGS
from editlint.engine.diagnostic import Severity
from editlint.engine.rule import RuleMeta
from editlint.errors import UsageError


def all_metas() -> list[RuleMeta]:
    return sorted(registry_for(()).iter_metas(), key=lambda meta: meta.id)


def _display_id(meta: RuleMeta) -> str:
    return f"{meta.id}/*" if meta.family else meta.id


def rules_text() -> str:
    metas = all_metas()
    width = max(len(_display_id(m)) for m in metas)
    return "\n".join(f"{_display_id(m):<{width}}  {m.severity!s:<7}  {'fix ' if m.fixable else '    '}{m.summary}" for m in metas)


def rules_json() -> str:
    return json.dumps(
        [{"id": _display_id(m), "severity": str(m.severity), "fixable": m.fixable, "summary": m.summary} for m in all_metas()],
        indent=2,
    )


def rules_markdown_table() -> str:
    """The README's rule table (house rules and YAML packs; proselint and LanguageTool summarised)."""
    rows = ["| rule | severity | fix | summary |", "|---|---|---|---|"]
    counted: dict[str, int] = {}
    for meta in all_metas():
        if meta.pack == "proselint":
            counted[meta.pack] = counted.get(meta.pack, 0) + 1
            continue
        rows.append(f"| `{_display_id(meta)}` | {meta.severity} | {'yes' if meta.fixable else ''} | {meta.summary} |")
    if counted:
        rows.append(f"| `proselint/*` | warning | | {counted['proselint']} proselint checks; `editlint rules` lists them. |")
    return "\n".join(rows)


def explain_rule(rule_id: str) -> str:
    from editlint.config.loader import resolve_config

    config = resolve_config(None)
    registry = registry_for(tuple(config["packs"]))
    name = rule_id.removesuffix("/*")  # a family by its listed name: languagetool/*
    rule = registry.find(name)
    if rule is None:
        raise UsageError(f"unknown rule id '{rule_id}' (see `editlint rules`)")
    meta = rule.meta
    if meta.family and name != meta.id:
        return rule.describe(rule_id, config)
    parts = [f"# {_display_id(meta)}", "", meta.summary, "", f"Default severity: {meta.severity}. Fix: {'yes' if meta.fixable else 'no'}.", "", meta.rationale.strip()]
    for title, examples in (("Bad", meta.bad), ("Good", meta.good)):
        if examples:
            parts += ["", f"## {title} examples"] + [f"```\n{example.rstrip()}\n```" for example in examples]
    if meta.options:
        parts += ["", "## Options"] + [f"- `{o.name}` (default {o.default!r}): {o.help}" for o in meta.options]
    return "\n".join(parts)


def settings_markdown_table() -> str:
    """The README's configuration reference."""
    rows = ["| key | default | meaning |", "|---|---|---|"]
    rows += [f"| `{s.key}` | `{_toml(s.default)}` | {s.help} |" for s in SETTINGS]
    return "\n".join(rows)


def settings_text() -> str:
    return "\n".join(f"{s.key} = {_toml(s.default)}\n    {s.help}" for s in SETTINGS)


def _toml(value) -> str:
    if isinstance(value, tuple):
        return json.dumps(list(value))
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Severity):
        return json.dumps(str(value))
    if isinstance(value, dict):
        return "{}"
    return json.dumps(value) if isinstance(value, str) else str(value)


README_TABLES = {"rules-table": rules_markdown_table, "settings-table": settings_markdown_table}


def render_readme(text: str) -> str:
    """``text`` with the generated tables between their ``<!-- name:start/end -->`` markers."""
    for name, table in README_TABLES.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.DOTALL)
        text = pattern.sub(lambda m: m.group(1) + table() + "\n" + m.group(2), text)
    return text


if __name__ == "__main__":  # python -m editlint.docs README.md: regenerate the README's tables
    import sys

    readme = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    readme.write_text(render_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
