"""Every rule documents itself, and its documented examples are tested."""

import re
from pathlib import Path

import pytest

from editlint.api import lint_text, registry_for
from editlint.docs import render_readme
from editlint.engine.fixes import allowed_fix
from editlint.engine.rule import FixAvailability

REGISTRY = registry_for(())
RULES = sorted(REGISTRY.all_rules(), key=lambda rule: rule.meta.id)
ROOT = Path(__file__).resolve().parents[2]


def example_config(rule, request) -> dict:
    config: dict = {"select": [rule.meta.id]}
    if "languagetool" in rule.meta.needs:
        config["languagetool"] = {"url": request.getfixturevalue("languagetool_url")}
    return config


def example_cases():
    for rule in RULES:
        for index, text in enumerate(rule.meta.bad):
            yield pytest.param(rule, text, True, id=f"{rule.meta.id}-bad-{index}")
        for index, text in enumerate(rule.meta.good):
            yield pytest.param(rule, text, False, id=f"{rule.meta.id}-good-{index}")


@pytest.mark.parametrize("rule, text, is_bad", list(example_cases()))
def test_documented_examples(rule, text, is_bad, request):
    found = lint_text(text, config=example_config(rule, request))
    if is_bad:
        assert found, f"bad example of {rule.meta.id} gave no finding"
    else:
        assert found == [], f"good example of {rule.meta.id} gave {found}"


def test_ids_are_unique_and_well_formed():
    ids = [rule.meta.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule_id in ids:
        assert re.fullmatch(r"[a-z0-9-]+(/[\w.-]+)*", rule_id), rule_id


def test_python_rule_modules_mirror_their_ids():
    for module in (ROOT / "src" / "editlint" / "rules" / "house").glob("[!_]*.py"):
        expected = "house/" + module.stem.replace("_", "-")
        assert REGISTRY.find(expected) is not None, f"{module.name} does not define {expected}"


@pytest.mark.parametrize("rule", [r for r in RULES if r.meta.pack in ("house", "editlint")], ids=lambda r: r.meta.id)
def test_house_rules_are_documented(rule):
    meta = rule.meta
    assert meta.summary and meta.summary.endswith(".")
    for section in ("## What it does", "## Why"):
        assert section in meta.rationale, f"{meta.id} lacks {section}"
    assert meta.bad and meta.good


def test_readme_tables_are_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert render_readme(readme) == readme, "README tables are stale: run `python -m editlint.docs README.md`"


@pytest.mark.parametrize("rule", [r for r in RULES if r.meta.bad and "languagetool" not in r.meta.needs], ids=lambda r: r.meta.id)
def test_fix_availability_matches_the_fixes(rule, request):
    found = [d for text in rule.meta.bad for d in lint_text(text, config=example_config(rule, request))]
    availability = rule.meta.fix_availability
    if any(d.fixes for d in found):
        assert availability is not FixAvailability.NONE, f"{rule.meta.id} offers fixes but says it has none"
    if any(allowed_fix(d) for d in found):
        assert availability in (FixAvailability.ALWAYS, FixAvailability.SOMETIMES), f"{rule.meta.id} offers safe fixes but says {availability}"
    if availability is FixAvailability.ALWAYS:
        assert all(allowed_fix(d) for d in found), f"{rule.meta.id} says every finding has a safe fix"
