"""Where rules come from: Python rule packages, YAML packs, proselint and LanguageTool.

Packs are named by dotted path and imported only when a selection can enable them, so a
structural-only run never imports proselint, spaCy or LanguageTool code.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from editlint.config.loader import settings_cache
from editlint.engine.diagnostic import Finding
from editlint.engine.rule import CheckContext, Rule, RuleMeta
from editlint.engine.selection import ALL, Selection
from editlint.errors import UsageError

CODE_PACKS = {
    "house": "editlint.rules.house:load",
    "editlint": "editlint.engine.suppressions:load",
    "proselint": "editlint.packs.proselint:load",
    "languagetool": "editlint.packs.languagetool.rule:load",
}
YAML_PACK_LOADER = "editlint.packs.declarative:load_pack"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*/[A-Za-z0-9_][\w.-]*(?:/[\w.-]+)*$")


@dataclass(frozen=True)
class FunctionRule:
    """A rule made of metadata and a check function (yamllint's module rules)."""

    meta: RuleMeta
    check_function: Callable[..., Iterable[Finding]]

    def check(self, doc, ctx: CheckContext) -> Iterable[Finding]:
        return self.check_function(doc, ctx)


def rules_from_modules(package: str) -> list[Rule]:
    """Every module of ``package`` that defines ``META`` and ``check``."""
    import pkgutil

    module = importlib.import_module(package)
    rules = []
    for info in sorted(pkgutil.iter_modules(module.__path__), key=lambda i: i.name):
        sub = importlib.import_module(f"{package}.{info.name}")
        if hasattr(sub, "META") and hasattr(sub, "check"):
            rules.append(FunctionRule(sub.META, sub.check))
    return rules


def builtin_pack_dir() -> Path:
    """The YAML packs shipped with editlint (inside the wheel, or the repo's ``rules/``)."""
    packaged = Path(__file__).resolve().parent.parent / "builtin_rules"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[3] / "rules"


def _pack_files(extra: Iterable[str]) -> dict[str, Path]:
    """Pack name -> YAML file. A name is taken once: a user pack cannot shadow a built-in one."""
    builtin = str(builtin_pack_dir())
    files: dict[str, Path] = {}
    for entry in (builtin, *extra):
        path = Path(entry)
        if path.is_dir():
            found = sorted(path.glob("*.yml")) + sorted(path.glob("*.yaml"))
        elif path.is_file():
            found = [path]
        else:
            raise UsageError(f"{path}: rule pack not found")
        for file in found:
            if file.stem in CODE_PACKS:
                raise UsageError(f"{file}: pack name '{file.stem}' is reserved; rename the file")
            taken = files.get(file.stem)
            if taken is not None and taken.resolve() != file.resolve():
                owner = "the built-in pack" if taken.parent == Path(builtin) else str(taken)
                raise UsageError(f"{file}: pack name '{file.stem}' is already used by {owner}; rename the file")
            files[file.stem] = file
    return files


def _resolve(reference: str) -> Callable:
    """``"package.module:function"`` to the function, importing the module now."""
    module, _, function = reference.partition(":")
    return getattr(importlib.import_module(module), function)


class Registry:
    """Knows every pack; loads a pack's rules on first use."""

    def __init__(self, extra_packs: Iterable[str] = ()):
        self._pack_files = _pack_files(extra_packs)
        self._loaded: dict[str, list[Rule]] = {}

    @property
    def pack_files(self) -> list[Path]:
        """The YAML packs' files and the built-in pack folder (a long-running session watches them)."""
        return [builtin_pack_dir(), *self._pack_files.values()]

    @property
    def pack_names(self) -> list[str]:
        return sorted({*CODE_PACKS, *self._pack_files})

    def pack(self, name: str) -> list[Rule]:
        if name not in self._loaded:
            if name in CODE_PACKS:
                self._loaded[name] = list(_resolve(CODE_PACKS[name])())
            elif name in self._pack_files:
                self._loaded[name] = list(_resolve(YAML_PACK_LOADER)(self._pack_files[name]))
            else:
                self._loaded[name] = []
        return self._loaded[name]

    def all_rules(self) -> list[Rule]:
        return [rule for name in self.pack_names for rule in self.pack(name)]

    def rules_for(self, selection: Selection) -> list[Rule]:
        """Rules the selection enables (families when any of their ids may be enabled)."""
        chosen = []
        for name in self.pack_names:
            if not selection.may_touch_pack(name):
                continue
            for rule in self.pack(name):
                meta = rule.meta
                if selection.may_enable_family(meta.id) if meta.family else selection.enabled(meta.id):
                    chosen.append(rule)
        return chosen

    def find(self, rule_id: str) -> Rule | None:
        pack = rule_id.split("/", 1)[0]
        for rule in self.pack(pack):
            if rule.meta.id == rule_id or (rule.meta.family and rule_id.startswith(rule.meta.id + "/")):
                return rule
        return None

    def check_pattern(self, pattern: str, origin: str) -> None:
        """Raise a clear error for an id or prefix that names no rule."""
        if pattern == ALL or pattern.rstrip("/") in self.pack_names:
            return
        if not _ID.match(pattern) or self.find(pattern) is None:
            if not any(r.meta.id.startswith(pattern.rstrip("/") + "/") for r in self.pack(pattern.split("/")[0])):
                raise UsageError(f"{origin}: unknown rule id '{pattern}' (see `editlint rules`)")

    def iter_metas(self) -> Iterator[RuleMeta]:
        return (rule.meta for rule in self.all_rules())


@settings_cache(maxsize=16)
def registry_for(packs: tuple[str, ...]) -> Registry:
    """The registry for a config's ``packs`` (shared until the settings caches are cleared)."""
    return Registry(packs)
