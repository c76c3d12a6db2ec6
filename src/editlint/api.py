"""The Python API: ``lint_text`` and ``lint_paths``; the CLI is a thin layer over these."""

from __future__ import annotations

import fnmatch
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from editlint.config.loader import Config, flatten, resolve_config
from editlint.document import parse, parse_source
from editlint.document.source import ARTICLE_SUFFIXES, decode, read_article
from editlint.engine.diagnostic import Diagnostic
from editlint.atomic import write_atomically
from editlint.engine.fixes import MAX_PASSES, applicable_edits, apply_edits
from editlint.engine.registry import Registry
from editlint.engine.rule import RuleMeta
from editlint.engine.runner import Services, lint_document, selection_for
from editlint.errors import EditlintError, UsageError

SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}
STDIN = "-"


@dataclass
class LintResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0
    fixed: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rules: dict[str, RuleMeta] = field(default_factory=dict)


def as_config(config: Config | Mapping[str, Any] | None) -> Config:
    if config is None or isinstance(config, Config):
        return config or Config()
    return Config(flatten(config, "config"))


@lru_cache(maxsize=16)
def registry_for(packs: tuple[str, ...]) -> Registry:
    return Registry(packs)


def checked_registry(config: Config) -> Registry:
    """The registry for a config, after checking every rule id the config names."""
    registry = registry_for(tuple(config["packs"]))
    for key, pattern in named_rule_ids(config):
        registry.check_pattern(pattern, config.origin(key, pattern))
    return registry


def named_rule_ids(config: Config) -> list[tuple[str, str]]:
    """``(setting, rule id or prefix)`` for every rule id the config names."""
    return [
        *((key, pattern) for key in ("select", "ignore", "severity", "rules") for pattern in config[key]),
        *(("per-file-ignores", rule) for rules in config["per-file-ignores"].values() for rule in rules),
    ]


def lint_text(text: str, *, path: str | None = None, config: Config | Mapping[str, Any] | None = None) -> list[Diagnostic]:
    """Lint article text; ``path`` ending in ``.txt`` means plain text, otherwise Markdown."""
    config = as_config(config)
    registry = checked_registry(config)
    services = Services(registry)
    try:
        doc = parse(text, path)
        return lint_document(doc, registry.rules_for(selection_for(config, path)), config, services)
    finally:
        services.close()


def collect_paths(paths: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Files to lint: given files as they are, directories walked for articles."""
    patterns = tuple(exclude)
    found: list[str] = []
    for raw in paths:
        if raw == STDIN:
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_file():
            if not _excluded(path, patterns):
                found.append(raw)
        elif path.is_dir():
            articles = [
                str(p)
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in ARTICLE_SUFFIXES
                and p.is_file()
                and not SKIPPED_DIRS.intersection(p.relative_to(path).parts[:-1])
                and not _excluded(p, patterns)
            ]
            if not articles:
                raise UsageError(f"{raw}: no articles found (looked for *.md, *.markdown, *.txt)")
            found.extend(articles)
        else:
            raise UsageError(f"{raw}: no such file or directory")
    return found


def _excluded(path: Path, patterns: tuple[str, ...]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(path.name, p) or f"/{p.strip('/')}/" in f"/{posix}/" for p in patterns)


def lint_paths(
    paths: Iterable[str],
    *,
    overrides: Mapping[str, Any] | None = None,
    config_file: Path | None = None,
    stdin_filename: str | None = None,
    fix: bool = False,
    unsafe_fixes: bool = False,
    jobs: int = 4,
) -> LintResult:
    """Lint files and directories, each with the config closest to it (or ``config_file``)."""
    flat_overrides = flatten(overrides or {}, "command line")
    base = resolve_config(None, config_file, flat_overrides)
    found = ((name, resolve_config(None if name == STDIN else Path(name), config_file, flat_overrides)) for name in collect_paths(paths, base["exclude"]))
    configs = {name: config for name, config in found if not _is_vocabulary(name, config)}
    files = list(configs)
    registries = {name: checked_registry(config) for name, config in configs.items()}
    services_by_registry = {id(r): Services(r) for r in registries.values()}
    result = LintResult(files=len(files))

    def lint_one(name: str) -> tuple[list[Diagnostic], int]:
        config, registry = configs[name], registries[name]
        services = services_by_registry[id(registry)]
        rules = registry.rules_for(selection_for(config, name))
        result.rules.update((rule.meta.id, rule.meta) for rule in rules)
        if name == STDIN:
            source = decode(sys.stdin.buffer.read(), stdin_filename or "<stdin>", int(config["max-file-size"]))
            return lint_document(parse_source(source, stdin_filename), rules, config, services), 0
        diagnostics = lint_document(parse_source(read_article(Path(name), int(config["max-file-size"])), name), rules, config, services)
        return _fix_file(Path(name), diagnostics, rules, config, services, unsafe_fixes) if fix else (diagnostics, 0)

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(files)))) as pool:
            futures = [(name, pool.submit(lint_one, name)) for name in files]
            for name, future in futures:
                try:
                    diagnostics, fixed = future.result()
                except UsageError as err:
                    result.errors.append(str(err))
                    continue
                except BaseException:
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
                result.diagnostics.extend(diagnostics)
                result.fixed += fixed
    finally:
        for services in services_by_registry.values():
            services.close()
            result.warnings.extend(w for w in services.warnings if w not in result.warnings)
    return result


def _is_vocabulary(name: str, config: Config) -> bool:
    """Vocabulary lists named by the config are settings, not articles, even as ``.txt`` files."""
    vocabulary = {*config["languagetool.accept"], *config["languagetool.reject"]}
    return name != STDIN and str(Path(name).resolve()) in vocabulary


def _fix_file(path: Path, diagnostics, rules, config, services, unsafe: bool) -> tuple[list[Diagnostic], int]:
    """Apply safe (and, if asked, unsafe) fixes and re-lint until stable, at most ``MAX_PASSES`` times."""
    applied = 0
    for _ in range(MAX_PASSES):
        edits = applicable_edits(diagnostics, unsafe)
        if not edits:
            break
        raw = path.read_bytes()
        bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
        write_atomically(path, bom + apply_edits(raw.decode("utf-8-sig"), edits))
        applied += len(edits)
        diagnostics = lint_document(parse_source(read_article(path, int(config["max-file-size"])), str(path)), rules, config, services)
    return diagnostics, applied


__all__ = ["EditlintError", "LintResult", "collect_paths", "lint_paths", "lint_text"]
