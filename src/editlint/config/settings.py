"""Every configuration key, its type, default and documentation, in one table."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlsplit

from editlint.engine.diagnostic import Severity


MAX_BYTE_COUNT = 1 << 40
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


class SettingError(ValueError):
    """A value of the wrong shape; the loader adds file and key to the message."""


def string(value: Any) -> str:
    if not isinstance(value, str):
        raise SettingError("must be a string")
    return value


def string_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingError("must be a list of strings")
    return tuple(value)


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingError("must be true or false")
    return value


def positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise SettingError("must be a positive number")
    return value


def byte_count(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_BYTE_COUNT:
        raise SettingError(f"must be a whole number of bytes from 1 to {MAX_BYTE_COUNT:,}")
    return value


def job_count(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdigit():  # from an environment variable
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SettingError("must be a whole number: 0 (one per available core) or more")
    return value


def severity(value: Any) -> Severity:
    try:
        return Severity.parse(string(value))
    except ValueError as err:
        raise SettingError(str(err)) from None


def choice(*names: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in names:
            raise SettingError(f"must be one of {', '.join(names)}")
        return value

    return check


def table_of(check: Callable[[Any], Any]) -> Callable[[Any], dict[str, Any]]:
    def check_table(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise SettingError("must be a table")
        out = {}
        for key, item in value.items():
            try:
                out[key] = check(item)
            except SettingError as err:
                raise SettingError(f"[{key!r}] {err}") from None
        return out

    return check_table


def any_table(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SettingError("must be a table")
    return value


# Files found beside articles that are not articles: project docs, licences, dependency lists.
NOT_ARTICLES = (
    "README*", "LICENSE*", "LICENCE*", "COPYING*", "CHANGELOG*", "CHANGES*", "HISTORY*", "CONTRIBUTING*",
    "CODE_OF_CONDUCT*", "AUTHORS*", "SECURITY*", "requirements*.txt", "constraints*.txt", "robots.txt",
    "humans.txt", "ads.txt", "CMakeLists.txt",
)


def package_name(value: Any) -> str:
    """An installed package's import name (a model folder could carry code: install it with pip)."""
    if string(value) and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*", value):
        raise SettingError("must be the name of an installed spaCy model package (pip install a model folder first)")
    return value


def always_refused(reason: str) -> Callable[[Any], str]:
    return lambda value: reason


def off_this_machine(value: Any) -> str:
    """Why a repository may not choose this server: it is not on this machine ("" when it is)."""
    try:
        host = urlsplit(value.strip()).hostname or ""
    except ValueError:
        host = ""
    return "" if not value.strip() or host in LOOPBACK_HOSTS else f"it would send the articles to {host or value.strip()}"


@dataclass(frozen=True)
class Setting:
    """One key; ``refused_in_repository`` says why a repository's config may not set a value ("" if it may).

    A repository's config (a checked-in ``.editlint.toml``, ``pyproject.toml`` or ``--config``
    file, which a pull request can change) chooses rules, never what runs or where the articles go:
    ``languagetool.cache-dir`` decides which jars Java runs, so it comes from the user only;
    ``languagetool.url`` receives every article, so a repository may name only a server on this
    machine; ``cache-dir`` decides where editlint writes and which stored results it believes, so it
    comes from the user only. The rest cannot run code: ``packs`` are YAML read with ``safe_load`` (no tags that
    build objects), ``languagetool.accept``/``reject`` are word lists, and ``nlp.model`` names an
    installed package (spaCy would otherwise load a folder of that name, and a model folder can
    bring code).
    """

    key: str
    check: Callable[[Any], Any]
    default: Any
    help: str
    refused_in_repository: Callable[[Any], str] | None = None
    env: str = ""


SETTINGS: tuple[Setting, ...] = (
    Setting("select", string_list, ("ALL",), "Rule ids or prefixes to run (`ALL`, `house`, `house/dangling-clause`)."),
    Setting("ignore", string_list, (), "Rule ids or prefixes to skip; the longest matching entry of select and ignore wins."),
    Setting("fail-level", severity, Severity.ERROR, "Exit with status 1 when a finding is at or above this severity."),
    Setting("severity", table_of(severity), {}, "Severity overrides: rule id or prefix = `error`, `warning` or `info`."),
    Setting("per-file-ignores", table_of(string_list), {}, "Glob = list of rule ids or prefixes to skip in matching files."),
    Setting(
        "exclude", string_list, NOT_ARTICLES,
        "Globs of paths not to lint (file names match in any case); setting it replaces these defaults.",
    ),
    Setting("extend-exclude", string_list, (), "Globs of paths not to lint, in addition to `exclude`."),
    Setting("packs", string_list, (), "Extra YAML rule packs (files or folders), relative to the config file."),
    Setting("extend", string, "", "Another config file to inherit from (relative to this one)."),
    Setting("max-file-size", byte_count, 5 * 1024 * 1024, "Largest article, in bytes, that editlint reads."),
    Setting("rules", table_of(any_table), {}, 'Rule options: `[rules."house/sentence-fragment"] min-words = 4`.'),
    Setting(
        "languagetool.url", string, "",
        "A running LanguageTool server to use instead of a local one; a repository's config may only name one on this machine.",
        off_this_machine,
    ),
    Setting("languagetool.language", string, "en-US", "Language variant: en-US, en-GB, en-CA, en-AU, en-NZ, en-ZA."),
    Setting("languagetool.enabled-rules", string_list, (), "LanguageTool rule ids to enable."),
    Setting("languagetool.disabled-rules", string_list, (), "LanguageTool rule ids to disable."),
    Setting("languagetool.enabled-categories", string_list, (), "LanguageTool category ids to enable."),
    Setting("languagetool.disabled-categories", string_list, (), "LanguageTool category ids to disable."),
    Setting("languagetool.picky", boolean, False, "LanguageTool's picky mode (more style checks)."),
    Setting("languagetool.spelling", boolean, True, "Report spelling mistakes."),
    Setting("languagetool.accept", string_list, (), "Vocabulary files (one word or phrase per line) spelling must accept."),
    Setting("languagetool.reject", string_list, (), "Vocabulary files of words that are always reported."),
    Setting("languagetool.category-severity", table_of(severity), {}, "LanguageTool category id = severity."),
    Setting("languagetool.timeout", positive_number, 60, "Seconds to wait for each request (long articles are sent in parts of 4,000 characters)."),
    Setting(
        "languagetool.cache-dir", string, "",
        "Where `editlint setup` installs LanguageTool (default: the user cache); user config or EDITLINT_CACHE_DIR only.",
        always_refused("it decides which program editlint runs"),
        env="EDITLINT_CACHE_DIR",
    ),
    Setting(
        "cache-dir", string, "",
        "Where editlint keeps lint results between runs (default: `results` in the user cache); user config or EDITLINT_RESULT_CACHE_DIR only.",
        always_refused("it decides where editlint writes files and which results it trusts"),
        env="EDITLINT_RESULT_CACHE_DIR",
    ),
    Setting(
        "jobs", job_count, 0,
        "Worker processes that lint a run's files: 0 one per available core, 1 none (all in editlint's own process); user config or EDITLINT_JOBS only.",
        always_refused("it decides how many processes run on this machine"),
        env="EDITLINT_JOBS",
    ),
    Setting("grammar.on-error", choice("fail", "warn"), "fail", "When LanguageTool fails: `fail` (exit 2) or `warn` and go on."),
    Setting("nlp.model", package_name, "", "Installed spaCy model package for the syntax rules (default: en_core_web_sm)."),
)

SETTINGS_BY_KEY = {setting.key: setting for setting in SETTINGS}
PATH_LIST_KEYS = {"packs", "languagetool.accept", "languagetool.reject"}
