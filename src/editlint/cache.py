"""The result cache: an article whose bytes and settings have not changed is not linted again.

As in ruff, each article's complete result is stored under a key made of everything that
decides it:

- the article's bytes, and its path as the diagnostics show it;
- the effective settings: every setting that can change a finding (all but ``NOT_IN_KEY``),
  with only the per-file ignores that apply to the article;
- the contents of the rule packs and vocabulary files the settings name;
- the versions of editlint (its installed files, so an edited checkout is a new version),
  Python, the packages findings depend on (``PACKAGES`` and the spaCy model, read from their
  metadata, not imported), and LanguageTool: the local install is pinned by editlint (the jar
  digests ship with it), a ``languagetool.url`` server is asked its version once per session.

Only complete results are stored: not a file that could not be checked, not one a check was
skipped for (``Document.skipped``: LanguageTool failed with ``grammar.on-error = "warn"``), not
stdin, not the passes of ``--fix`` before the last (the fixed file's final text is stored).

Where: one file per working folder (diagnostic paths are relative to it) in the ``cache-dir``
setting, by default ``results`` in editlint's user cache. It is the user's, not the
repository's (a repository's config may not set ``cache-dir``): a pull request cannot plant
results that pass its own articles, and nothing is written into the checkout. A folder editlint
creates gets a ``CACHEDIR.TAG`` (backup tools skip it) and a ``.gitignore`` of ``*``.

Trust: the file is data (JSON), never code (no pickle). Its first line names the format, the
schema and the editlint fingerprint, with the SHA-256 of the rest; a file that is truncated,
corrupt or foreign (another editlint or schema), or that another user owns or may write, is
ignored and replaced. Every entry is type-checked when used; a bad one is a miss. Writes go
through a temporary file and a rename under a lock, merging what concurrent runs stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import threading
import time
from dataclasses import dataclass, fields
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable, get_args, get_origin, get_type_hints

from editlint.config.settings import SETTINGS
from editlint.engine.diagnostic import Diagnostic, Edit, Fix, Severity
from editlint.engine.rule import RuleMeta
from editlint.engine.selection import Selection

FORMAT = "editlint-results"
SCHEMA = 1
MAX_IDLE_DAYS = 30  # entries no run has used for this long are dropped when the file is written
# Settings that cannot change a complete result: where results are kept, which files are
# articles, when a run fails, and limits that only decide whether a file is checked at all.
# ``per-file-ignores`` is keyed per file: only the entries that apply to it.
NOT_IN_KEY = frozenset({
    "cache-dir", "exclude", "extend-exclude", "extend", "fail-level", "max-file-size", "languagetool.timeout", "per-file-ignores",
})
PACKAGES = ("spacy", "proselint", "py3langid", "markdown-it-py", "mdit-py-plugins", "google-re2", "PyYAML")
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by editlint (lint results).\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


class Invalid(ValueError):
    """Stored data of the wrong shape."""


@dataclass(frozen=True)
class Cached:
    """A stored result: the diagnostics, the rules that ran and the document's warnings."""

    diagnostics: list[Diagnostic]
    rules: dict[str, RuleMeta]
    warnings: list[str]


def default_folder(config) -> Path:
    """The ``cache-dir`` setting, else ``results`` in editlint's user cache."""
    from editlint.dirs import cache_root

    return Path(config["cache-dir"]).expanduser() if config["cache-dir"] else cache_root(config["languagetool.cache-dir"] or None) / "results"


class ResultCache:
    """The stored results of runs in one working folder; safe to use from several threads."""

    def __init__(self, folder: Path, workdir: Path | None = None):
        self.folder = folder
        scope = str((workdir or Path.cwd()).resolve())
        self.path = folder / f"results-{hashlib.sha256(scope.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.json"
        self._lock = threading.Lock()
        self._stored: dict | None = None  # the file's body, read on first use
        self._new: dict[str, dict] = {}  # slot -> entry stored in this session
        self._new_metas: dict[str, dict] = {}
        self._new_rulesets: dict[str, list[str]] = {}
        self._used: set[str] = set()
        self._stale = False  # a used entry's "used" day is old enough to be worth writing back
        self._metas: dict[str, RuleMeta] = {}  # decoded, by digest
        self._meta_digests: dict[int, tuple[RuleMeta, str]] = {}  # id(meta) -> (meta, digest)
        self._servers: dict[str, str | None] = {}  # LanguageTool URL -> its reported version
        self._settings: dict[int, tuple[Any, str]] = {}  # id(config) -> (config, the key of its settings)

    # keys

    def slot(self, config, path: str, ignored: Iterable[str], pack_files: Callable[[], Iterable[Path]]) -> str | None:
        """The key of article ``path`` under ``config`` (its bytes are compared separately), given the
        per-file ``ignored`` rules and the rule pack files; None when the result cannot be keyed (a
        LanguageTool server that does not say its version)."""
        known = self._settings.get(id(config))
        if known is None or known[0] is not config:
            known = self._settings[id(config)] = (config, self._settings_key(config, pack_files()))
        settings = known[1]
        if not settings:
            return None
        return _digest(json.dumps([settings, path, sorted(ignored)]).encode("utf-8", "surrogatepass"))

    def _settings_key(self, config, pack_files: Iterable[Path]) -> str:
        languagetool = ""
        if Selection(config["select"], config["ignore"]).may_enable_family("languagetool") and config["languagetool.url"]:
            languagetool = self._server_version(config["languagetool.url"], float(config["languagetool.timeout"]))
            if not languagetool:
                return ""
        parts = [
            SCHEMA,
            editlint_fingerprint(),
            list(sys.version_info[:2]),
            package_versions(config["nlp.model"]),
            languagetool,
            {s.key: config[s.key] for s in SETTINGS if s.key not in NOT_IN_KEY},
            [[p.name, _file_digest(p)] for p in pack_files if not p.is_dir()],
            [_file_digest(Path(p)) for key in ("languagetool.accept", "languagetool.reject") for p in config[key]],
        ]
        return _digest(json.dumps(parts, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))

    def _server_version(self, url: str, timeout: float) -> str:
        with self._lock:
            if url not in self._servers:
                self._servers[url] = served_languagetool(url, timeout)
            return self._servers[url] or ""

    # reading

    def get(self, slot: str, data: bytes, path: str) -> Cached | None:
        """The stored result for ``slot`` if it was stored for exactly ``data``."""
        with self._lock:
            entry = self._new.get(slot) or self._body()["entries"].get(slot)
            if not isinstance(entry, dict) or entry.get("content") != _digest(data):
                return None
            try:
                cached = Cached(_diagnostics(entry["diagnostics"], path), self._ruleset(entry["rules"]), _strings(entry["warnings"]))
            except (Invalid, KeyError, TypeError, ValueError):
                return None
            self._used.add(slot)
            self._stale |= not (isinstance(entry.get("used"), int) and entry["used"] >= _today())
            return cached

    def _body(self) -> dict:
        if self._stored is None:
            self._stored = self._read()
        return self._stored

    def _read(self) -> dict:
        """The file's body; an empty one when the file is missing, foreign, damaged or not the user's own."""
        empty: dict = {"rules": {}, "rulesets": {}, "entries": {}}
        try:
            with open(self.path, "rb") as handle:
                info = os.fstat(handle.fileno())
                if info.st_uid != os.geteuid() or info.st_mode & 0o022:
                    return empty
                head, _, body = handle.read().partition(b"\n")
            header = json.loads(head)
            expected = {"format": FORMAT, "schema": SCHEMA, "editlint": editlint_fingerprint(), "sha256": hashlib.sha256(body).hexdigest()}
            if header != expected:
                return empty
            stored = json.loads(body)
        except (OSError, ValueError, RecursionError):
            return empty
        if not (isinstance(stored, dict) and all(isinstance(stored.get(name), dict) for name in empty)):
            return empty
        return stored

    def _ruleset(self, ruleset: Any) -> dict[str, RuleMeta]:
        stored = self._body()
        digests = self._new_rulesets.get(ruleset) or stored["rulesets"].get(ruleset)
        if not isinstance(digests, list):
            raise Invalid("unknown rule set")
        rules = {}
        for digest in digests:
            meta = self._metas.get(digest)
            if meta is None:
                meta = self._metas[digest] = decode(RuleMeta, self._new_metas.get(digest) or stored["rules"].get(digest))
            rules[meta.id] = meta
        return rules

    # writing

    def put(self, slot: str, data: bytes, diagnostics: list[Diagnostic], rules: dict[str, RuleMeta], warnings: list[str]) -> None:
        """Store a complete result for ``data`` under ``slot``."""
        with self._lock:
            digests = sorted(self._meta_digest(meta) for meta in rules.values())
            ruleset = _digest("\n".join(digests).encode())
            self._new_rulesets[ruleset] = digests
            self._new[slot] = {
                "content": _digest(data),
                "used": _today(),
                "rules": ruleset,
                "warnings": list(warnings),
                "diagnostics": [_encode_diagnostic(d) for d in diagnostics],
            }
            self._used.add(slot)

    def _meta_digest(self, meta: RuleMeta) -> str:
        known = self._meta_digests.get(id(meta))
        if known is None or known[0] is not meta:
            encoded = encode(meta)
            digest = _digest(json.dumps(encoded, sort_keys=True).encode("utf-8", "surrogatepass"))
            self._new_metas[digest] = encoded
            known = self._meta_digests[id(meta)] = (meta, digest)
        return known[1]

    def save(self) -> str:
        """Write what this session stored (merged with what other runs stored meanwhile); "" or why it could not."""
        with self._lock:
            if not self._new and not self._stale:
                return ""
            try:
                _make_folder(self.folder)
                from editlint.atomic import write_atomically
                from editlint.dirs import locked

                with locked(self.path.with_suffix(".lock")):
                    text = self._merged(self._read())
                    with contextlib.suppress(FileNotFoundError):
                        os.chmod(self.path, 0o600)  # the new file keeps this mode: the user's alone
                    write_atomically(self.path, text)
            except OSError as err:
                return f"{self.path}: cannot write the result cache ({err.strerror or err})"
            finally:
                self._new, self._stale, self._stored, self._used = {}, False, None, set()
                self._new_metas, self._new_rulesets = {}, {}
                self._meta_digests.clear()
            return ""

    def _merged(self, stored: dict) -> str:
        """The file's text: ``stored`` plus this session's entries, without entries idle too long."""
        today = _today()
        entries = {**stored["entries"], **self._new}
        for slot in self._used & entries.keys():
            if isinstance(entries[slot], dict):
                entries[slot]["used"] = today
        rulesets = {**stored["rulesets"], **self._new_rulesets}
        entries = {
            slot: entry for slot, entry in entries.items()
            if isinstance(entry, dict) and isinstance(entry.get("used"), int) and entry["used"] >= today - MAX_IDLE_DAYS
            and isinstance(rulesets.get(entry.get("rules")), list)
        }
        rulesets = {name: rulesets[name] for name in {entry["rules"] for entry in entries.values()}}
        metas = {**stored["rules"], **self._new_metas}
        metas = {digest: metas.get(digest) for digests in rulesets.values() for digest in digests if isinstance(digest, str)}
        body = json.dumps({"rules": metas, "rulesets": rulesets, "entries": entries}, separators=(",", ":"))
        header = {"format": FORMAT, "schema": SCHEMA, "editlint": editlint_fingerprint(), "sha256": hashlib.sha256(body.encode()).hexdigest()}
        return json.dumps(header) + "\n" + body


def _make_folder(folder: Path) -> None:
    """Create the cache folder (only the user may enter it), tagged as a cache, if it is missing."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        return  # another run created it between the look and the mkdir; it writes the tags
    (folder / "CACHEDIR.TAG").write_text(CACHEDIR_TAG, encoding="utf-8")
    (folder / ".gitignore").write_text("# Created by editlint: lint results, not for version control.\n*\n", encoding="utf-8")


def _today() -> int:
    return int(time.time() // 86400)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return _digest(path.read_bytes())
    except OSError:
        return None  # linting reports the missing file


@cache
def editlint_fingerprint() -> str:
    """editlint's version and its installed files (name, size, modification time): an edited checkout is a new version."""
    from editlint import __version__

    root = Path(__file__).resolve().parent
    seen = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(names):
            info = os.stat(os.path.join(folder, name))
            seen.append(f"{os.path.relpath(os.path.join(folder, name), root)} {info.st_size} {info.st_mtime_ns}")
    return f"{__version__} {_digest(chr(10).join(seen).encode('utf-8', 'surrogatepass'))}"


@cache
def package_versions(model: str) -> dict[str, str | None]:
    """The installed versions of ``PACKAGES`` and of the spaCy model (``nlp.model`` or the default one).

    Read from the ``name-version.dist-info`` folder names on ``sys.path`` (the first one wins, as
    for imports): importing ``importlib.metadata`` alone would cost a cached run a tenth of its time.
    """
    import importlib.util

    from editlint.nlp.pipeline import DEFAULT_MODELS

    model = model or next((m for m in DEFAULT_MODELS if importlib.util.find_spec(m)), "")
    wanted = {_distribution_name(name): name for name in (*PACKAGES, model) if name}
    versions: dict[str, str | None] = dict.fromkeys(wanted.values())
    for folder in sys.path:
        try:
            listing = os.listdir(folder or ".")
        except OSError:
            continue
        for item in listing:
            stem, _, suffix = item.rpartition(".")
            name, _, version = stem.partition("-")
            found = wanted.get(_distribution_name(name)) if suffix in ("dist-info", "egg-info") else None
            if found and versions[found] is None:
                versions[found] = version
    return versions


def _distribution_name(name: str) -> str:
    """A distribution's name as its metadata folder spells it (PEP 503 normalization, ``_`` for separators)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def served_languagetool(url: str, timeout: float = 60.0) -> str | None:
    """What the LanguageTool server at ``url`` says it is (``software`` of a one-character check); None when it does not answer."""
    import http.client
    import urllib.parse
    import urllib.request

    base = url.rstrip("/").removesuffix("/v2")
    request = urllib.request.Request(f"{base}/v2/check", urllib.parse.urlencode({"language": "en-US", "text": "."}).encode())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            software = json.loads(reply.read()).get("software")
    except (OSError, ValueError, AttributeError, http.client.HTTPException):
        return None
    return f"{base} {json.dumps(software, sort_keys=True)}" if isinstance(software, dict) and software.get("version") else None


# Diagnostics and rule metadata as JSON, checked on the way back.


def _encode_diagnostic(d: Diagnostic) -> list:
    fixes = [[fix.title, fix.applicability, [[e.start, e.end, e.replacement] for e in fix.edits]] for fix in d.fixes]
    return [d.line, d.column, d.end_line, d.end_column, d.rule, int(d.severity), d.message, fixes, list(d.also)]


def _diagnostics(items: Any, path: str) -> list[Diagnostic]:
    out = []
    for item in _list(items):
        line, column, end_line, end_column, rule, severity, message, fixes, also = _list(item, 9)
        out.append(Diagnostic(
            path, _int(line), _int(column), _int(end_line), _int(end_column), _str(rule), Severity(_int(severity)), _str(message),
            tuple(_fix(fix) for fix in _list(fixes)), tuple(_strings(also)),
        ))
    return out


def _fix(item: Any) -> Fix:
    title, applicability, edits = _list(item, 3)
    return Fix(_str(title), tuple(_edit(*_list(edit, 3)) for edit in _list(edits)), _str(applicability))


def _edit(start: Any, end: Any, replacement: Any) -> Edit:
    return Edit(_int(start), _int(end), _str(replacement))


def encode(value: Any) -> Any:
    """A dataclass (``RuleMeta``) as JSON data: enums by value, tuples and sets as lists.

    ``decode`` builds the declared classes only: a rule's own ``Option`` subclass (which only
    validates config values) comes back as a plain ``Option``; a file never names a class to build.
    """
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [encode(item) for item in value]
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    return value


def decode(kind: Any, data: Any) -> Any:
    """``data`` (from ``encode``) as a value of type ``kind``; ``Invalid`` when it does not fit."""
    origin = get_origin(kind)
    if kind is Any:
        return tuple(data) if isinstance(data, list) else data  # option defaults: scalars or tuples of strings
    if isinstance(kind, type) and issubclass(kind, Enum):
        if type(data) not in (int, str):
            raise Invalid(f"not a {kind.__name__}")
        return kind(data)
    if isinstance(kind, type) and hasattr(kind, "__dataclass_fields__"):
        if not isinstance(data, dict) or set(data) != {f.name for f in fields(kind)}:
            raise Invalid(f"not a {kind.__name__}")
        hints = _hints(kind)
        return kind(**{name: decode(hints[name], item) for name, item in data.items()})
    if origin in (tuple, frozenset):
        item_kind = get_args(kind)[0]
        return origin(decode(item_kind, item) for item in _list(data))
    if kind is dict or origin is dict:
        if not isinstance(data, dict):
            raise Invalid("not a table")
        return data
    if kind is float and type(data) is int:
        return float(data)
    if type(data) is not kind:
        raise Invalid(f"not a {kind.__name__}")
    return data


@cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


def _list(data: Any, length: int | None = None) -> list:
    if not isinstance(data, list) or (length is not None and len(data) != length):
        raise Invalid("not a list" if length is None else f"not a list of {length}")
    return data


def _int(data: Any) -> int:
    if type(data) is not int:
        raise Invalid("not a whole number")
    return data


def _str(data: Any) -> str:
    if type(data) is not str:
        raise Invalid("not a string")
    return data


def _strings(data: Any) -> list[str]:
    return [_str(item) for item in _list(data)]
