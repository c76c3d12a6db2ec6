"""The Python API: ``lint_text`` and ``lint_paths``; the CLI is a thin layer over these."""

from __future__ import annotations

import fnmatch
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from editlint.atomic import locked, replace_if_unchanged
from editlint.config.loader import Config, flatten, resolve_config
from editlint.document import parse, parse_source
from editlint.document.source import ARTICLE_SUFFIXES, decode, read_bytes
from editlint.engine.diagnostic import Diagnostic
from editlint.engine.fixes import MAX_PASSES, applicable_fixes, apply_fixes
from editlint.engine.registry import Registry
from editlint.engine.rule import RuleMeta
from editlint.engine.runner import Services, check_rule_options, lint_document, selection_for
from editlint.errors import EditlintError, ServiceError, UsageError

SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}
STDIN = "-"
BOM = b"\xef\xbb\xbf"


@dataclass
class LintResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0
    fixed: int = 0
    fixed_stdin: bytes | None = None  # with ``fix``, the fixed text read from ``-``
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rules: dict[str, RuleMeta] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # each linted file's text as linted, by diagnostic path


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
    check_rule_options(registry, config)
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
    posix, name = path.as_posix(), path.name.lower()
    return any(fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(name, p.lower()) or f"/{p.strip('/')}/" in f"/{posix}/" for p in patterns)


def lint_paths(
    paths: Iterable[str],
    *,
    overrides: Mapping[str, Any] | None = None,
    config_file: Path | None = None,
    stdin_filename: str | None = None,
    fix: bool = False,
    unsafe_fixes: bool = False,
    jobs: int = 4,
    progress: Callable[[int, int], None] | None = None,
) -> LintResult:
    """Lint files and directories, each with the config closest to it (or ``config_file``).

    ``progress(done, total)`` is called once before the first file and then as each file is done.
    """
    flat_overrides = flatten(overrides or {}, "command line")
    base = resolve_config(None, config_file, flat_overrides)
    exclude = (*base["exclude"], *base["extend-exclude"])
    found = ((name, resolve_config(None if name == STDIN else Path(name), config_file, flat_overrides)) for name in collect_paths(paths, exclude))
    configs = {name: config for name, config in found if not _is_vocabulary(name, config)}
    files = list(configs)
    registries = {name: checked_registry(config) for name, config in configs.items()}
    services_by_registry = {id(r): Services(r) for r in registries.values()}
    result = LintResult(files=len(files))
    cancelled = threading.Event()  # set on an interrupt: fixers stop waiting for a file's lock

    def lint_one(name: str) -> tuple[list[Diagnostic], int]:
        config, registry = configs[name], registries[name]
        services = services_by_registry[id(registry)]
        rules = registry.rules_for(selection_for(config, name))
        result.rules.update((rule.meta.id, rule.meta) for rule in rules)
        max_bytes = int(config["max-file-size"])

        def lint_bytes(data: bytes, shown: str | None = name) -> list[Diagnostic]:
            document = parse_source(decode(data, shown or "<stdin>", max_bytes), shown)
            result.sources[document.path or STDIN] = document.text
            return lint_document(document, rules, config, services)

        if name == STDIN:
            data = sys.stdin.buffer.read()
            if not fix:
                return lint_bytes(data, stdin_filename), 0
            result.fixed_stdin, diagnostics, fixed = _fix_loop(data, lambda d: lint_bytes(d, stdin_filename), unsafe_fixes, lambda old, new: new)
            return diagnostics, fixed
        if not fix:
            return lint_bytes(read_bytes(Path(name), max_bytes)), 0
        return _fix_file(Path(name), lint_bytes, max_bytes, unsafe_fixes, cancelled)

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(files)))) as pool:
            count_done = _done_counter(progress, len(files)) if progress else None
            futures = [(name, pool.submit(lint_one, name)) for name in files]
            if count_done:
                for _, future in futures:
                    future.add_done_callback(count_done)
            for name, future in futures:
                try:
                    diagnostics, fixed = future.result()
                except UsageError as err:
                    result.errors.append(str(err))
                    continue
                except ServiceError as err:  # this file lost its grammar check; the other files still count
                    result.errors.append(f"{name}: {err}")
                    continue
                except BaseException:
                    cancelled.set()
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
                result.diagnostics.extend(diagnostics)
                result.fixed += fixed
    finally:
        for services in services_by_registry.values():
            services.close()
            result.warnings.extend(w for w in services.warnings if w not in result.warnings)
    return result


def _done_counter(progress: Callable[[int, int], None], total: int) -> Callable[[object], None]:
    """Calls ``progress(0, total)`` now; the returned future callback calls ``progress(done, total)``."""
    lock = threading.Lock()
    done = 0
    progress(0, total)

    def count(_future: object) -> None:
        nonlocal done
        with lock:
            done += 1
            progress(done, total)

    return count


def _is_vocabulary(name: str, config: Config) -> bool:
    """Vocabulary lists named by the config are settings, not articles, even as ``.txt`` files."""
    vocabulary = {*config["languagetool.accept"], *config["languagetool.reject"]}
    return name != STDIN and str(Path(name).resolve()) in vocabulary


def _fix_file(
    path: Path, lint: Callable[[bytes], list[Diagnostic]], max_bytes: int, unsafe: bool, cancelled: threading.Event
) -> tuple[list[Diagnostic], int]:
    """Lint and fix ``path`` while holding its lock; a fix is written only over the text it was computed from."""
    with locked(path, cancelled) as target:

        def write(old: bytes, new: bytes) -> bytes:
            return new if replace_if_unchanged(path, old, new) else read_bytes(target, max_bytes)

        _, diagnostics, fixed = _fix_loop(read_bytes(target, max_bytes), lint, unsafe, write)
        return diagnostics, fixed


def _fix_loop(data: bytes, lint: Callable[[bytes], list[Diagnostic]], unsafe: bool, write: Callable[[bytes, bytes], bytes]) -> tuple[bytes, list[Diagnostic], int]:
    """Apply safe (and, if asked, unsafe) fixes and lint again until stable, at most ``MAX_PASSES`` times.

    ``write(old, new)`` stores the fixed text and returns the text now stored: ``new``, or
    what someone else wrote meanwhile (then nothing was written and the next pass lints that).
    Returns the final text, its diagnostics and the number of fixes applied.
    """
    applied = 0
    diagnostics = lint(data)
    for _ in range(MAX_PASSES):
        fixes = applicable_fixes(diagnostics, unsafe)
        if not fixes:
            break
        fixed = (BOM if data.startswith(BOM) else b"") + apply_fixes(data.decode("utf-8-sig"), fixes).encode("utf-8")
        stored = write(data, fixed)
        applied += len(fixes) if stored == fixed else 0
        data = stored
        diagnostics = lint(data)
    return data, diagnostics, applied


__all__ = ["EditlintError", "LintResult", "collect_paths", "lint_paths", "lint_text"]
