"""Running rules over one document: options, quotations, suppressions, severities, positions."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from concurrent.futures import Future, ThreadPoolExecutor
from fnmatch import fnmatch
from pathlib import Path, PurePath
from typing import Any, Callable

from editlint.document.model import Document
from editlint.document.quotes import inside_quotation
from editlint.engine.diagnostic import Diagnostic, Edit, Fix
from editlint.engine.registry import Registry
from editlint.engine.overlaps import merge_same_advice
from editlint.engine.rule import CheckContext, Rule, RuleMeta
from editlint.engine.selection import Selection, longest_match
from editlint.engine.suppressions import Suppressions
from editlint.errors import EditlintError, RuleFailure, UsageError


class Services:
    """Shared, lazily created resources of one session (a LanguageTool server, ...), closed at its end.

    A resource that depends on settings is keyed on them, so sessions whose settings change get a new one.
    """

    def __init__(self) -> None:
        self._items: dict[str, Any] = {}
        self._closers: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self.warnings: list[str] = []

    def get(self, key: str, factory: Callable[[], tuple[Any, Callable[[], None] | None]]) -> Any:
        with self._lock:
            if key not in self._items:
                value, closer = factory()
                self._items[key] = value
                if closer:
                    self._closers.append(closer)
            return self._items[key]

    def submit(self, work: Callable[[], Any]) -> Future:
        """Run ``work`` in the session's background threads (for a rule's ``prefetch``)."""
        pool = self.get("threads", lambda: (ThreadPoolExecutor(max_workers=4, thread_name_prefix="editlint"), None))
        return pool.submit(work)

    def warn(self, message: str) -> None:
        with self._lock:
            if message not in self.warnings:
                self.warnings.append(message)

    def close(self) -> None:
        pool = self._items.pop("threads", None)
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        while self._closers:
            self._closers.pop()()


def selection_for(config, path: str | None) -> Selection:
    selection = Selection(config["select"], config["ignore"])
    return selection.with_ignored(per_file_ignores(config, path)) if path else selection


def per_file_ignores(config, path: str) -> list[str]:
    """The rule ids and prefixes ``per-file-ignores`` adds for the article ``path``."""
    if not config["per-file-ignores"]:
        return []
    relative = _relative(path, config)
    return [
        rule
        for pattern, rules in config["per-file-ignores"].items()
        if fnmatch(relative, pattern) or fnmatch(PurePath(path).name, pattern)
        for rule in rules
    ]


def _relative(path: str, config) -> str:
    try:
        return Path(path).resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return PurePath(path).as_posix()


def rule_options(rule: Rule, config) -> dict[str, Any]:
    """The rule's options from the config, validated once per config (memoised on it)."""
    memo = config.memo.setdefault("rule-options", {})
    if rule.meta.id not in memo:
        memo[rule.meta.id] = _validated_options(rule, config)
    return memo[rule.meta.id]


def _validated_options(rule: Rule, config) -> dict[str, Any]:
    given = dict(config["rules"].get(rule.meta.id, {}))
    options = {}
    for option in rule.meta.options:
        value = given.pop(option.name, option.default)
        try:
            options[option.name] = option.validate(value)
        except ValueError as err:
            raise UsageError(f"{config.source or 'config'}: rules.'{rule.meta.id}': {err}") from None
    if given:
        raise UsageError(f"{config.source or 'config'}: rules.'{rule.meta.id}': unknown option '{next(iter(given))}'")
    return options


def check_rule_options(registry: Registry, config) -> None:
    """Validate the options of every rule the config sets options for (before any file is read)."""
    for rule_id in config["rules"]:
        rule = registry.find(rule_id)
        if rule is not None:
            rule_options(rule, config)


def lint_document(doc: Document, rules: list[Rule], config, services: Services, registry: Registry) -> list[Diagnostic]:
    """Run ``rules`` (already filtered by the selection) and return sorted diagnostics, one per advice given."""
    selection = selection_for(config, doc.path)
    suppressions = Suppressions(doc)
    path = doc.path or "-"
    found: dict[Diagnostic, RuleMeta] = {}
    enabled = [
        (rule, CheckContext(rule_options(rule, config), config, services, registry))
        for rule in rules
        if (selection.may_enable_family(rule.meta.id) if rule.meta.family else selection.enabled(rule.meta.id))
    ]
    for rule, ctx in enabled:
        if hasattr(rule, "prefetch"):
            with _reported_as_failure(rule):
                rule.prefetch(doc, ctx)
    # rules that wait for a service (they prefetch) go last: the others' work fills the wait
    for rule, ctx in sorted(enabled, key=lambda pair: hasattr(pair[0], "prefetch")):
        meta = rule.meta
        with _reported_as_failure(rule):
            findings = list(rule.check(doc, ctx))
        for finding in findings:
            rule_id = finding.rule or meta.id
            if meta.family and not selection.enabled(rule_id):
                continue
            if meta.skip_quotes and inside_quotation(doc, finding.start, finding.end):
                continue
            line, column = doc.position(finding.start)
            if suppressions.covers(rule_id, line):
                continue
            end_line, end_column = doc.position(max(finding.end, finding.start))
            severity = longest_match(rule_id, config["severity"]) or finding.severity or meta.severity
            diagnostic = Diagnostic(
                path, line, column, end_line, end_column, rule_id, severity, finding.message,
                tuple(_to_file_offsets(doc, fix) for fix in finding.fixes),
            )
            found.setdefault(diagnostic, meta)
    for warning in (*doc.warnings, *doc.skipped):
        services.warn(warning)
    return merge_same_advice(found.items())


@contextmanager
def _reported_as_failure(rule: Rule):
    """An unexpected exception inside ``rule`` becomes a ``RuleFailure`` naming it; editlint's own errors pass."""
    try:
        yield
    except EditlintError:
        raise
    except Exception as err:
        raise RuleFailure(f"rule {rule.meta.id} failed: {type(err).__name__}: {err} (a bug in editlint; please report it with the article)") from err


def _to_file_offsets(doc: Document, fix: Fix) -> Fix:
    """Edits in diagnostics use code point offsets of the file as read (after any BOM)."""
    edits = tuple(Edit(doc.original_offset(e.start), doc.original_offset(e.end), e.replacement) for e in fix.edits)
    return Fix(fix.title, edits, fix.applicability)
