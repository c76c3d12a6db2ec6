"""Rule and config documentation generated from metadata (`editlint rules`, `explain`, README table)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from editlint.engine.registry import registry_for
from editlint.config.settings import SETTINGS
from editlint.engine.diagnostic import Severity
from editlint.engine.rule import FixAvailability, RuleMeta
from editlint.errors import UsageError


FIX_AVAILABILITY = {
    FixAvailability.NONE: "none",
    FixAvailability.ALWAYS: "always available (safe, applied by --fix)",
    FixAvailability.SOMETIMES: "sometimes available (safe, applied by --fix)",
    FixAvailability.UNSAFE: "unsafe only (applied by --fix --unsafe-fixes)",
}


def all_metas() -> list[RuleMeta]:
    return sorted(registry_for(()).iter_metas(), key=lambda meta: meta.id)


def _display_id(meta: RuleMeta) -> str:
    return f"{meta.id}/*" if meta.family else meta.id


def rules_text() -> str:
    metas = all_metas()
    width = max(len(_display_id(m)) for m in metas)
    fix_width = max(len(_fix_column(m)) for m in metas)
    return "\n".join(f"{_display_id(m):<{width}}  {m.severity!s:<7}  {_fix_column(m):<{fix_width}}  {m.summary}" for m in metas)


def _fix_column(meta: RuleMeta) -> str:
    """``fix: always``, ``fix: sometimes``, ``fix: unsafe only`` or nothing."""
    return "" if meta.fix_availability is FixAvailability.NONE else f"fix: {meta.fix_availability}"


def rules_json() -> str:
    return json.dumps(
        [{"id": _display_id(m), "severity": str(m.severity), "fix": m.fix_availability.value, "summary": m.summary} for m in all_metas()],
        indent=2,
    )


def rules_markdown_table() -> str:
    """The README's rule table (house rules and YAML packs; proselint and LanguageTool summarised)."""
    rows = ["| rule | severity | fix | summary |", "|---|---|---|---|"]
    opt_in: list[bool] = []
    for meta in all_metas():
        if meta.pack == "proselint":
            opt_in.append(bool(meta.extra["opt_in"]))
            continue
        rows.append(f"| `{_display_id(meta)}` | {meta.severity} | {_fix_column(meta).removeprefix('fix: ')} | {meta.summary} |")
    if opt_in:
        rows.append(
            f"| `proselint/*` | warning | unsafe only (some checks) | {opt_in.count(False)} proselint checks on by default and {opt_in.count(True)} opt-in "
            "(see [proselint's checks](#proselints-checks)); `editlint rules` lists them. |"
        )
    return "\n".join(rows)


def proselint_markdown_table() -> str:
    """The README's tables of proselint checks: those on by default, by group; the opt-in ones, by reason."""
    on: dict[str, list[str]] = {}
    off: dict[str, list[str]] = {}
    for meta in all_metas():
        if meta.pack == "proselint":
            short = meta.id.removeprefix("proselint/")
            if meta.extra["opt_in"]:
                off.setdefault(meta.extra["opt_in"], []).append(f"`{short}`")
            else:
                group, _, rest = short.partition("/")
                on.setdefault(group, []).append(f"`{rest or group}`")
    rows = ["| group | checks on by default |", "|---|---|"]
    rows += [f"| `proselint/{group}` | {', '.join(names)} |" for group, names in sorted(on.items())]
    rows += ["", "| opt-in checks | why they are off |", "|---|---|"]
    rows += [f"| {', '.join(names)} | {why} |" for why, names in sorted(off.items(), key=lambda item: item[1])]
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
    parts = [f"# {_display_id(meta)}", "", meta.summary, "", f"Default severity: {meta.severity}. Fix: {FIX_AVAILABILITY[meta.fix_availability]}.", "", meta.rationale.strip()]
    for title, examples in (("Bad", meta.bad), ("Good", meta.good)):
        if examples:
            parts += ["", f"## {title} examples"] + [f"```\n{example.rstrip()}\n```" for example in examples]
    if meta.options:
        parts += ["", "## Options"] + [f"- `{o.name}` ({o.kind}, default {o.default!r}): {o.help}" for o in meta.options]
    return "\n".join(parts)


def settings_markdown_table() -> str:
    """The README's configuration reference."""
    rows = ["| key | default | meaning |", "|---|---|---|"]
    rows += [f"| `{s.key}` | `{_toml(s.default)}` | {s.help} |" for s in SETTINGS]
    return "\n".join(rows)


def settings_text() -> str:
    return "\n".join(f"{s.key} = {_toml(s.default)}\n    {s.help}" for s in SETTINGS)


def effective_settings_text(path: Path, config_file: Path | None = None) -> str:
    """The settings in force for ``path`` (an article or a folder), each with where it came from."""
    from editlint.config.loader import Config, find_config_file, load_config

    if not path.exists():
        raise UsageError(f"{path}: no such file or directory")
    source = config_file or find_config_file(path if path.is_dir() else path.parent)
    config = load_config(source) if source else Config()
    lines = [f"{s.key} = {_toml(config[s.key])}" for s in SETTINGS]
    width = min(max(len(line) for line in lines), 40)  # long lists do not push every comment right
    header = [f"# Settings for {path}", f"# Config file: {source.resolve() if source else 'none found (defaults only)'}"]
    return "\n".join(header + [f"{line:<{width}}  # {config.origin(s.key)}" for line, s in zip(lines, SETTINGS)])


def _toml(value) -> str:
    if isinstance(value, tuple):
        return json.dumps(list(value))
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Severity):
        return json.dumps(str(value))
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(key)} = {_toml(item)}" for key, item in value.items()) + "}"
    return json.dumps(value) if isinstance(value, str) else str(value)


README_TABLES = {
    "rules-table": rules_markdown_table, "settings-table": settings_markdown_table, "proselint-table": proselint_markdown_table,
}


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
