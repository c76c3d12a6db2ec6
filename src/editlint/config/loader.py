"""Finding, reading, inheriting and validating configuration files."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from editlint.config.settings import PATH_LIST_KEYS, SETTINGS, SETTINGS_BY_KEY, SettingError
from editlint.errors import UsageError

CONFIG_NAMES = (".editlint.toml", "pyproject.toml")
_NESTED = {key.split(".", 1)[0] for key in SETTINGS_BY_KEY if "." in key}
_SETTINGS_CACHES: list[Any] = []
F = TypeVar("F", bound=Callable)


def settings_cache(maxsize: int) -> Callable[[F], F]:
    """``lru_cache`` for what is read from settings files (configs, packs, vocabulary); ``clear_caches`` empties them all."""

    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _SETTINGS_CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def clear_caches() -> None:
    """Forget every settings file read so far (a long-running session calls this when one changed)."""
    for cached in _SETTINGS_CACHES:
        cached.cache_clear()


@dataclass(frozen=True)
class Config:
    """Validated settings; missing keys fall back to the defaults of ``SETTINGS``.

    ``origins`` tells where each key of ``values`` was set: a config file's path or "command line";
    ``files`` are the config files read (``source`` and those it extends).
    """

    values: Mapping[str, Any] = field(default_factory=dict)
    source: Path | None = None
    origins: Mapping[str, str] = field(default_factory=dict, compare=False)
    files: tuple[Path, ...] = field(default=(), compare=False)
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # derived values, computed once
    before: "Config | None" = field(default=None, compare=False, repr=False)  # the config the command line overrode

    def __getitem__(self, key: str) -> Any:
        if key in self.values:
            return self.values[key]
        return SETTINGS_BY_KEY[key].default

    @property
    def root(self) -> Path:
        return self.source.parent if self.source else Path.cwd()

    def origin(self, key: str, item: Any = None) -> str:
        """Where the value of ``key`` comes from: a config file, an environment variable, "command line" or
        "default"; with ``item``, where that entry of a list or table setting was given."""
        if item is not None and self.before is not None and item in self.before.values.get(key, ()):
            return self.before.origin(key, item)  # an entry the command line kept from the file
        where = self.origins.get(key, "default")
        return str(self.source or "config") if item is not None and where == "default" else where

    def merged(self, overrides: Mapping[str, Any], origin: str = "command line") -> "Config":
        origins = {**self.origins, **dict.fromkeys(overrides, origin)}
        return Config({**self.values, **overrides}, self.source, origins, self.files, before=self)


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


def user_config_path() -> Path:
    """The user's own config: ``$XDG_CONFIG_HOME/editlint/config.toml`` or ``~/.config/editlint/config.toml``."""
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".config") / "editlint" / "config.toml"


def _refuse_repository_only_keys(values: Mapping[str, Any], path: Path) -> None:
    """A repository's config (found next to the articles, or given with --config) may not choose
    what runs or where the articles go: those keys come from the user (user config, environment)."""
    for key, value in values.items():
        setting = SETTINGS_BY_KEY[key]
        reason = setting.refused_in_repository(value) if setting.refused_in_repository else ""
        if reason:
            instead = f"{user_config_path()}" + (f" or the {setting.env} environment variable" if setting.env else "")
            raise UsageError(f"{path}: '{key}' is not allowed in a repository's config ({reason}); set it in {instead}")


def load_config(path: Path, _seen: tuple[Path, ...] = (), *, user: bool = False) -> Config:
    """Read one config file (following ``extend``); paths become absolute; ``user`` for the user's own file."""
    path = path.resolve()
    if path in _seen:
        raise UsageError(f"{path}: 'extend' loops back to itself")
    table = _read_toml(path)
    if table is None:
        raise UsageError(f"{path}: has no [tool.editlint] table")
    values = flatten(table, str(path))
    if not user:
        _refuse_repository_only_keys(values, path)
    for key in PATH_LIST_KEYS & values.keys():
        values[key] = tuple(str((path.parent / p).resolve()) for p in values[key])
    base = Config()
    if values.get("extend"):
        base = load_config(path.parent / values.pop("extend"), (*_seen, path), user=user)
    return Config({**base.values, **values}, path, {**base.origins, **dict.fromkeys(values, str(path))}, (*base.files, path))


def find_config_file(directory: Path) -> Path | None:
    """The closest ``.editlint.toml``, or ``pyproject.toml`` with ``[tool.editlint]``, upward."""
    return _find_config_file(directory.resolve())


@settings_cache(maxsize=256)
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
    user = user_settings()
    config = Config({**user.values, **config.values}, config.source, {**user.origins, **config.origins}, (*user.files, *config.files))
    return config.merged(overrides) if overrides else config


def user_settings() -> Config:
    """The user's config file, if any, under the environment variables of settings that have one."""
    path = user_config_path()
    try:
        found = path.is_file()
    except OSError:  # another user's home folder (a run under sudo -u or setpriv): no user config
        found = False
    user = _cached_load(path, user=True) if found else Config()
    env = {s.key: s.env for s in SETTINGS if s.env and os.environ.get(s.env)}
    values = {key: flatten({key: os.environ[name]}, name)[key] for key, name in env.items()}
    return Config({**user.values, **values}, user.source, {**user.origins, **env}, user.files)


@settings_cache(maxsize=64)
def _cached_load(path: Path, *, user: bool = False) -> Config:
    return load_config(path, user=user)
