"""The core stays small: the engine, document and config code import no rule, pack or heavy library."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "editlint"
CORE = ("engine", "document", "config", "formatters")
FORBIDDEN = ("editlint.rules", "editlint.packs", "editlint.nlp", "spacy", "language_tool_python", "proselint")


def imported_modules(path: Path) -> set[str]:
    """Modules a file imports at run time (imports under ``if TYPE_CHECKING:`` are for type hints only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            node.body = []
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", [p for folder in CORE for p in sorted((SRC / folder).glob("*.py"))], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_core_imports_no_rules_packs_or_heavy_libraries(path):
    bad = {name for name in imported_modules(path) if name.startswith(FORBIDDEN)}
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_only_the_nlp_layer_imports_spacy():
    importers = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if any(n.split(".")[0] == "spacy" for n in imported_modules(p))}
    assert importers <= {"nlp/pipeline.py"}
