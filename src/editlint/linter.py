"""The ``Linter`` session: the one way to lint (CLI, API, daemon, LSP server, distributed workers).

A Linter owns what outlives one article: each folder's resolved configuration, the rule
registries with their validated options, and the services (a LanguageTool client, the spaCy
pipeline). It lints texts, files and folders and gives one :class:`FileResult` per article,
with a structured :class:`FileError` instead of an exception for a file that cannot be
checked. Settings files it has read (configs, rule packs, vocabulary lists) are watched: when
one changes on disk, the next lint reloads them, so a long-running process never serves stale
settings.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from editlint.atomic import locked, replace_if_unchanged
from editlint.config.loader import CONFIG_NAMES, Config, clear_caches, flatten, resolve_config, user_config_path
from editlint.document import parse, parse_source
from editlint.document.source import ARTICLE_SUFFIXES, decode, read_bytes
from editlint.engine.diagnostic import Diagnostic
from editlint.engine.fixes import MAX_PASSES, applicable_fixes, apply_fixes
from editlint.engine.registry import Registry, registry_for
from editlint.engine.rule import Rule, RuleMeta
from editlint.engine.runner import Services, check_rule_options, lint_document, per_file_ignores, selection_for
from editlint.errors import RuleFailure, ServiceError, UsageError

SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}
STDIN = "-"
BOM = b"\xef\xbb\xbf"
THREADS = 4  # files in flight in one process: LanguageTool requests overlap parsing


@dataclass(frozen=True)
class FileError:
    """Why one article could not be checked: ``kind`` is "input" (unreadable, not UTF-8, too large,
    not fixable), "service" (LanguageTool failed) or "internal" (a rule failed: a bug); ``message`` is one line."""

    path: str
    kind: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class FileResult:
    """One article's outcome: its sorted diagnostics, the text as linted, fixes applied, or an error."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str | None = None
    fixed: int = 0
    fixed_text: bytes | None = None  # stdin with ``fix``: the fixed text
    error: FileError | None = None
    rules: dict[str, RuleMeta] = field(default_factory=dict)


class Linter:
    """A lint session over one set of settings: ``config_file`` (else each article's closest config)
    and command-line ``overrides`` such as ``{"select": ["house"]}``; or exactly ``config`` for every
    article (no config files, user config or environment: for embedding and tests). With ``cache``,
    article files' results are kept between runs (see :mod:`editlint.cache`)."""

    def __init__(
        self,
        *,
        config_file: Path | str | None = None,
        overrides: Mapping[str, Any] | None = None,
        config: Config | None = None,
        stdin_filename: str | None = None,
        cache: bool = False,
    ):
        self.config_file = Path(config_file) if config_file else None
        self.overrides = flatten(overrides or {}, "command line")
        self.stdin_filename = stdin_filename
        # what a worker process needs to build the same session (None: a given Config, which stays in this process)
        self.arguments = None if config else {"config_file": config_file, "overrides": overrides, "stdin_filename": stdin_filename, "cache": cache}
        self.services = Services()
        self._given = config
        self._configs: dict[Path | None, Config] = {}
        self._folders: dict[str, Path] = {}  # folder name as given -> resolved folder
        self._checked: set[int] = set()
        self._generation = SETTINGS_FILES.generation
        self._lock = threading.RLock()
        self.results = _result_cache() if cache else None

    @property
    def warnings(self) -> list[str]:
        return self.services.warnings

    def __enter__(self) -> Linter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Store the results not stored yet; stop the services this session started (a LanguageTool server started for it)."""
        self._save_results()
        self.services.close()

    def _save_results(self) -> None:
        problem = self.results.save() if self.results else ""
        if problem:
            self.services.warn(problem)

    # settings

    def refresh(self) -> bool:
        """Reload settings if a config, rule pack or vocabulary file read so far (by any session of
        this process) changed since this session last used them; True if so."""
        generation = SETTINGS_FILES.check()
        with self._lock:
            if generation == self._generation:
                return False
            self._configs.clear()
            self._folders.clear()
            self._checked.clear()
            self._generation = generation
            return True

    def config_for(self, name: str | None) -> Config:
        """The settings for article ``name`` ("-" or None: the current folder's), checked once."""
        folder = None if name in (None, STDIN) else self._folder(name)
        with self._lock:
            config = self._given or self._configs.get(folder)
            if config is None:
                config = resolve_config(None if folder is None else folder / "article", self.config_file, self.overrides)
                self._watch_config(config, folder)
                self._configs[folder] = config
            if id(config) not in self._checked:
                self._check(config)
                self._checked.add(id(config))
        return config

    def _folder(self, name: str) -> Path:
        """The resolved folder of article ``name`` (resolved once per folder, unless the file is a link)."""
        if os.path.islink(name):
            return Path(name).resolve().parent
        given = os.path.dirname(name)
        if given not in self._folders:
            self._folders[given] = Path(given or ".").resolve()
        return self._folders[given]

    def _watch_config(self, config: Config, folder: Path | None) -> None:
        SETTINGS_FILES.add(user_config_path(), *config.files)
        if self.config_file is None:  # a config file created nearer to the article takes over
            start = folder or Path.cwd().resolve()
            stop = config.source.parent if config.source else None
            for directory in (start, *start.parents):
                SETTINGS_FILES.add(*(directory / name for name in CONFIG_NAMES))
                if directory == stop:
                    break
        SETTINGS_FILES.add(*map(Path, (*config["languagetool.accept"], *config["languagetool.reject"])))

    def _check(self, config: Config) -> None:
        registry = self.registry(config)
        for key, pattern in named_rule_ids(config):
            registry.check_pattern(pattern, config.origin(key, pattern))
        check_rule_options(registry, config)

    def registry(self, config: Config) -> Registry:
        registry = registry_for(tuple(config["packs"]))
        SETTINGS_FILES.add(*registry.pack_files, *map(Path, config["packs"]))
        return registry

    def rules_for(self, config: Config, name: str | None) -> list[Rule]:
        return self.registry(config).rules_for(selection_for(config, name))

    # what to lint

    def files(self, paths: Iterable[str]) -> list[str]:
        """The articles ``lint_paths`` would lint: given files, folders walked; excludes and vocabulary lists left out."""
        self.refresh()
        base = self.config_for(None)
        found = collect_paths(paths, (*base["exclude"], *base["extend-exclude"]))
        return [name for name in found if not _is_vocabulary(name, self.config_for(name))]

    # linting

    def lint_text(self, text: str, path: str | None = None) -> FileResult:
        """Lint article text; ``path`` (not read) names it, chooses its config and its kind (``.txt``: plain text)."""
        self.refresh()
        config = self.config_for(path)
        result = FileResult(path or STDIN)

        def run() -> list[Diagnostic]:
            document = parse(text, path)
            result.text = document.text
            return self._lint_document(document, config, result)

        return self._checked_document(result, run)

    def lint_file(self, name: str, *, fix: bool = False, unsafe_fixes: bool = False, cancelled: threading.Event | None = None) -> FileResult:
        """Lint (and with ``fix``, fix) one article file, or stdin for "-"."""
        if cancelled is None:
            self.refresh()
        config = self.config_for(name)
        shown = self.stdin_filename if name == STDIN else name
        result = FileResult(shown or STDIN if name == STDIN else name)
        max_bytes = int(config["max-file-size"])
        slot = self._cache_slot(config, name)
        linted: list = []  # the bytes and document of the last pass, if it was linted (not read from the cache)

        def lint_bytes(data: bytes) -> list[Diagnostic]:
            source = decode(data, shown or "<stdin>", max_bytes)
            linted.clear()
            cached = self.results.get(slot, data, result.path) if slot else None
            if cached:
                return self._restored(cached, result, source.text)
            document = parse_source(source, shown)
            result.text = document.text
            diagnostics = self._lint_document(document, config, result)
            linted[:] = data, document
            return diagnostics

        def run() -> list[Diagnostic]:
            if name == STDIN:
                data = sys.stdin.buffer.read()
                if not fix:
                    return lint_bytes(data)
                result.fixed_text, diagnostics, result.fixed = fix_loop(data, lint_bytes, unsafe_fixes, lambda old, new: new)
                return diagnostics
            if not fix:
                return lint_bytes(read_bytes(Path(name), max_bytes))
            diagnostics, result.fixed = _fix_file(Path(name), lint_bytes, max_bytes, unsafe_fixes, cancelled or threading.Event())
            return diagnostics

        self._checked_document(result, run)
        if slot and linted and result.error is None and not linted[1].skipped:  # complete results only
            self.results.put(slot, linted[0], result.diagnostics, result.rules, linted[1].warnings)
        return result

    def _cache_slot(self, config: Config, name: str) -> str | None:
        """The result cache's key for article file ``name`` (None: not cached)."""
        if self.results is None or name == STDIN:
            return None
        return self.results.slot(config, name, per_file_ignores(config, name), lambda: self.registry(config).pack_files)

    def lint_paths(
        self, paths: Iterable[str], *, fix: bool = False, unsafe_fixes: bool = False, progress: Callable[[int, int], None] | None = None,
        jobs: int = 1,
    ) -> Iterator[FileResult]:
        """Lint files and folders; one result per article, in the order of ``files(paths)``.

        ``progress(done, total)`` is called once before the first file and as each file is done.
        ``jobs`` other than 1 lints in that many worker processes (0: one per available core), see
        :mod:`editlint.parallel`.
        """
        files = self.files(paths)
        if jobs == 1:
            return self.lint_files(files, fix=fix, unsafe_fixes=unsafe_fixes, progress=progress)
        from editlint.parallel import lint_in_workers

        cached = {} if fix else {name: hit for name in files if (hit := self._from_cache(name)) is not None}
        if not cached:
            return lint_in_workers(self, files, jobs, fix=fix, unsafe_fixes=unsafe_fixes, progress=progress)
        shifted = (lambda done, total: progress(len(cached) + done, len(files))) if progress else None
        linted = lint_in_workers(self, [name for name in files if name not in cached], jobs, fix=fix, unsafe_fixes=unsafe_fixes, progress=shifted)
        return (cached[name] if name in cached else next(linted) for name in files)

    def _from_cache(self, name: str) -> FileResult | None:
        """Article file ``name``'s result from the result cache, or None (workers then lint it)."""
        config = self.config_for(name)
        slot = self._cache_slot(config, name)
        if slot is None:
            return None
        max_bytes = int(config["max-file-size"])
        try:
            data = read_bytes(Path(name), max_bytes)
            text = decode(data, name, max_bytes).text
        except UsageError:
            return None
        cached = self.results.get(slot, data, name)
        if not cached:
            return None
        result = FileResult(name)
        result.diagnostics = self._restored(cached, result, text)
        return result

    def _restored(self, cached, result: FileResult, text: str) -> list[Diagnostic]:
        """A cache hit's diagnostics; ``result`` gets the article text and the rules, the session the warnings."""
        result.text = text
        result.rules.update(cached.rules)
        for warning in cached.warnings:
            self.services.warn(warning)
        return cached.diagnostics

    def lint_files(
        self, files: list[str], *, fix: bool = False, unsafe_fixes: bool = False, progress: Callable[[int, int], None] | None = None
    ) -> Iterator[FileResult]:
        """Lint the articles ``files`` lists in this process, a few at a time; one result per article, in order."""
        cancelled = threading.Event()  # set on an interrupt: fixers stop waiting for a file's lock
        count_done = done_counter(progress, len(files)) if progress else None
        with ThreadPoolExecutor(max_workers=max(1, min(THREADS, len(files)))) as pool:
            futures = [pool.submit(self.lint_file, name, fix=fix, unsafe_fixes=unsafe_fixes, cancelled=cancelled) for name in files]
            if count_done:
                for future in futures:
                    future.add_done_callback(count_done)
            try:
                for future in futures:
                    yield future.result()
            except BaseException:
                cancelled.set()
                pool.shutdown(wait=True, cancel_futures=True)
                raise
        self._save_results()

    def _lint_document(self, document, config: Config, result: FileResult) -> list[Diagnostic]:
        rules = self.rules_for(config, document.path)
        result.rules.update((rule.meta.id, rule.meta) for rule in rules)
        return lint_document(document, rules, config, self.services, self.registry(config))

    @staticmethod
    def _checked_document(result: FileResult, run: Callable[[], list[Diagnostic]]) -> FileResult:
        """``run()``'s diagnostics in ``result``, or the one-line error of a file that could not be checked."""
        try:
            result.diagnostics = run()
        except ServiceError as err:  # this file lost its grammar check; other files still count
            result.error = FileError(result.path, "service", f"{result.path}: {err}")
        except UsageError as err:
            result.error = FileError(result.path, "input", str(err))
        except RuleFailure as err:  # the other articles are still checked
            result.error = FileError(result.path, "internal", f"{result.path}: {err}")
        return result


def _result_cache():
    """The user's result cache for runs in the current folder (``cache-dir`` comes from the user's settings only)."""
    from editlint.cache import ResultCache, default_folder
    from editlint.config.loader import user_settings

    return ResultCache(default_folder(user_settings()))


def named_rule_ids(config: Config) -> list[tuple[str, str]]:
    """``(setting, rule id or prefix)`` for every rule id the config names."""
    return [
        *((key, pattern) for key in ("select", "ignore", "severity", "rules") for pattern in config[key]),
        *(("per-file-ignores", rule) for rules in config["per-file-ignores"].values() for rule in rules),
    ]


class WatchedFiles:
    """Settings files read into this process's caches, with the state (present or not, size,
    modification time, inode) each had then; ``generation`` counts the times one changed."""

    def __init__(self) -> None:
        self._seen: dict[Path, tuple[int, int, int] | None] = {}
        self._lock = threading.Lock()
        self.generation = 0

    def add(self, *paths: Path) -> None:
        for path in paths:
            if path not in self._seen:
                with self._lock:
                    self._seen.setdefault(path, _state(path))

    def check(self) -> int:
        """The generation now: when a file changed, the settings caches are emptied and a new one begins."""
        with self._lock:
            if any(_state(path) != state for path, state in self._seen.items()):
                clear_caches()
                self._seen.clear()
                self.generation += 1
            return self.generation

    def modified_since(self, moment: float) -> bool:
        """Whether a file was modified at ``moment`` (seconds since the epoch) or later when its state was taken."""
        with self._lock:
            return any(state is not None and state[0] >= moment * 1e9 for state in self._seen.values())


SETTINGS_FILES = WatchedFiles()


def _state(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def collect_paths(paths: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Files to lint: given files as they are, directories walked for articles."""
    excluded = _exclusion(tuple(exclude))
    found: list[str] = []
    for raw in paths:
        if raw == STDIN:
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_file():
            if not excluded(path):
                found.append(raw)
        elif path.is_dir():
            articles = [
                str(p)
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in ARTICLE_SUFFIXES
                and p.is_file()
                and not SKIPPED_DIRS.intersection(p.relative_to(path).parts[:-1])
                and not excluded(p)
            ]
            if not articles:
                raise UsageError(f"{raw}: no articles found (looked for *.md, *.markdown, *.txt)")
            found.extend(articles)
        else:
            raise UsageError(f"{raw}: no such file or directory")
    return found


def _exclusion(patterns: tuple[str, ...]) -> Callable[[Path], bool]:
    """Whether a path is excluded: its whole path matches a pattern, its name does in any case, or a pattern names one of its folders."""
    if not patterns:
        return lambda path: False
    whole = re.compile("|".join(fnmatch.translate(p) for p in patterns))
    names = re.compile("|".join(fnmatch.translate(p.lower()) for p in patterns))
    folders = [f"/{p.strip('/')}/" for p in patterns]

    def excluded(path: Path) -> bool:
        posix = path.as_posix()
        return bool(whole.match(posix) or names.match(path.name.lower()) or any(folder in f"/{posix}/" for folder in folders))

    return excluded


def _is_vocabulary(name: str, config: Config) -> bool:
    """Vocabulary lists named by the config are settings, not articles, even as ``.txt`` files."""
    vocabulary = {*config["languagetool.accept"], *config["languagetool.reject"]}
    return bool(vocabulary) and name != STDIN and str(Path(name).resolve()) in vocabulary


def done_counter(progress: Callable[[int, int], None], total: int) -> Callable[[object], None]:
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


def _fix_file(
    path: Path, lint: Callable[[bytes], list[Diagnostic]], max_bytes: int, unsafe: bool, cancelled: threading.Event
) -> tuple[list[Diagnostic], int]:
    """Lint and fix ``path`` while holding its lock; a fix is written only over the text it was computed from."""
    with locked(path, cancelled) as target:

        def write(old: bytes, new: bytes) -> bytes:
            return new if replace_if_unchanged(path, old, new) else read_bytes(target, max_bytes)

        _, diagnostics, fixed = fix_loop(read_bytes(target, max_bytes), lint, unsafe, write)
        return diagnostics, fixed


def fix_loop(data: bytes, lint: Callable[[bytes], list[Diagnostic]], unsafe: bool, write: Callable[[bytes, bytes], bytes]) -> tuple[bytes, list[Diagnostic], int]:
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
