"""Finding, reading, inheriting and validating configuration files."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from editlint.config.settings import PATH_LIST_KEYS, SETTINGS_BY_KEY, SettingError
from editlint.errors import UsageError

CONFIG_NAMES = (".editlint.toml", "pyproject.toml")
_NESTED = {key.split(".", 1)[0] for key in SETTINGS_BY_KEY if "." in key}


@dataclass(frozen=True)
class Config:
    """Validated settings; missing keys fall back to the defaults of ``SETTINGS``."""

    values: Mapping[str, Any] = field(default_factory=dict)
    source: Path | None = None
    overrides: Mapping[str, Any] = field(default_factory=dict)  # what the command line (or API caller) set
    file_values: Mapping[str, Any] | None = None  # the values before those overrides

    def __getitem__(self, key: str) -> Any:
        if key in self.values:
            return self.values[key]
        return SETTINGS_BY_KEY[key].default

    @property
    def root(self) -> Path:
        return self.source.parent if self.source else Path.cwd()

    def merged(self, overrides: Mapping[str, Any]) -> "Config":
        return Config({**self.values, **overrides}, self.source, {**self.overrides, **overrides}, self.values if self.file_values is None else self.file_values)

    def origin(self, key: str, item: Any) -> str:
        """Where ``item`` of list or table setting ``key`` was given: ``command line`` or the config file."""
        if item in self.overrides.get(key, ()) and item not in (self.values if self.file_values is None else self.file_values).get(key, ()):
            return "command line"
        return str(self.source or "config")


def flatten(raw: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """Turn ``{"languagetool": {"url": ...}}`` into ``{"languagetool.url": ...}`` and validate."""
    flat: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _NESTED:
            if not isinstance(value, dict):
                raise UsageError(f"{origin}: '{key}' must be a table")
            items = {f"{key}.{sub}": subvalue for sub, subvalue in value.items()}
        else:
            items = {key: value}
        for name, item in items.items():
            setting = SETTINGS_BY_KEY.get(name)
            if setting is None:
                raise UsageError(f"{origin}: unknown key '{name}' (see `editlint config` for the keys)")
            try:
                flat[name] = setting.check(item)
            except SettingError as err:
                raise UsageError(f"{origin}: '{name}' {err}") from None
    return flat


def _read_toml(path: Path) -> dict[str, Any] | None:
    """The editlint table of a config file, or None for a pyproject.toml without one."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise UsageError(f"{path}: invalid TOML: {err}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("editlint")
        if table is not None and not isinstance(table, dict):
            raise UsageError(f"{path}: [tool.editlint] must be a table")
        return table
    return data


def load_config(path: Path, _seen: tuple[Path, ...] = ()) -> Config:
    """Read one config file (following ``extend``); paths become absolute."""
    path = path.resolve()
    if path in _seen:
        raise UsageError(f"{path}: 'extend' loops back to itself")
    table = _read_toml(path)
    if table is None:
        raise UsageError(f"{path}: has no [tool.editlint] table")
    values = flatten(table, str(path))
    for key in PATH_LIST_KEYS & values.keys():
        values[key] = tuple(str((path.parent / p).resolve()) for p in values[key])
    base: dict[str, Any] = {}
    if values.get("extend"):
        base = dict(load_config(path.parent / values.pop("extend"), (*_seen, path)).values)
    return Config({**base, **values}, path)


def find_config_file(directory: Path) -> Path | None:
    """The closest ``.editlint.toml``, or ``pyproject.toml`` with ``[tool.editlint]``, upward."""
    return _find_config_file(directory.resolve())


@lru_cache(maxsize=256)
def _find_config_file(directory: Path) -> Path | None:
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _read_toml(candidate) is not None):
                return candidate
    return None


def resolve_config(
    article: Path | None, explicit: Path | None = None, overrides: Mapping[str, Any] | None = None
) -> Config:
    """The config for one article: ``--config`` if given, else the closest file; then overrides."""
    source = explicit or find_config_file(article.parent if article else Path.cwd())
    config = _cached_load(source) if source else Config()
    return config.merged(overrides) if overrides else config


@lru_cache(maxsize=64)
def _cached_load(path: Path) -> Config:
    return load_config(path)

