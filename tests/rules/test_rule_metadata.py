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
            yield pytest.param(rule, index, text, True, id=f"{rule.meta.id}-bad-{index}")
        for index, text in enumerate(rule.meta.good):
            yield pytest.param(rule, index, text, False, id=f"{rule.meta.id}-good-{index}")


@pytest.mark.parametrize("rule, index, text, is_bad", list(example_cases()))
def test_documented_examples(rule, index, text, is_bad, request):
    found = [(d.line, d.column, d.end_column) for d in lint_text(text, config=example_config(rule, request))]
    if is_bad:
        expected = BAD_EXAMPLE_POSITIONS.get(rule.meta.id, [])
        assert index < len(expected), f"add the positions of {rule.meta.id}'s bad example {index}: {found}"
        assert found == expected[index], f"bad example {index} of {rule.meta.id}"
    else:
        assert found == [], f"good example of {rule.meta.id} gave {found}"


def test_every_expected_position_belongs_to_a_bad_example():
    documented = {rule.meta.id: len(rule.meta.bad) for rule in RULES if rule.meta.bad}
    assert {rule_id: len(positions) for rule_id, positions in BAD_EXAMPLE_POSITIONS.items()} == documented


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


# (line, column, end column) of every finding of each documented bad example, in the order of
# ``RuleMeta.bad``; the end column is exclusive (yamllint's ``problem=(line, column)``, with the end).
BAD_EXAMPLE_POSITIONS = {
    "ap/a-lot": [[(1, 37, 41)]],
    "ap/among-amid-while": [[(1, 22, 29)], [(1, 16, 22)], [(1, 1, 7)]],
    "ap/cliches": [[(1, 14, 29)], [(1, 13, 28)], [(1, 1, 20)]],
    "ap/email": [[(1, 19, 25)]],
    "ap/first-annual": [[(1, 5, 17)]],
    "ap/health-care": [[(1, 18, 28)]],
    "ap/ok": [[(1, 28, 32)]],
    "ap/percent": [[(1, 20, 28)]],
    "ap/redundancies": [[(1, 10, 30)], [(1, 26, 35)]],
    "ap/regardless": [[(1, 21, 33)]],
    "ap/us-spelling": [[(1, 17, 26), (1, 37, 46)], [(1, 1, 11)]],
    "ap/very-unique": [[(1, 19, 30)]],
    "ap/ward-not-wards": [[(1, 20, 27)], [(1, 1, 11)]],
    "ap/website": [[(1, 39, 47)]],
    "editlint/invalid-suppression": [[(1, 1, 55)]],
    "house/dangling-clause": [[(1, 34, 62)], [(1, 42, 71)], [(1, 32, 60)]],
    "house/duplicate-headline": [[(3, 1, 24)], [(6, 1, 17)], [(5, 1, 13)]],
    "house/inconsistent-name": [[(1, 50, 58)], [(1, 49, 57)], [(1, 41, 49)]],
    "house/inverted-attribution": [[(1, 34, 49)], [(1, 31, 47)], [(1, 36, 56)], [(1, 31, 47)]],
    "house/missing-image-credit": [[(3, 1, 29)], [(3, 1, 8)], [(3, 1, 48)], [(3, 1, 17)], [(3, 1, 51)]],
    "house/sentence-fragment": [[(1, 33, 83)], [(1, 1, 66)], [(1, 1, 82)]],
    "house/unattributed-claim": [[(1, 1, 21)], [(1, 1, 22)], [(1, 10, 24)]],
    "languagetool": [[(1, 4, 6), (1, 23, 27)]],
    "proselint/annotations/misc": [[(1, 17, 22)]],
    "proselint/archaism": [[(1, 17, 22)]],
    "proselint/cliches/hell": [[(1, 17, 37)]],
    "proselint/cliches/misc/garner": [[(1, 17, 40)]],
    "proselint/cliches/misc/gnu_diction": [[(1, 17, 36)]],
    "proselint/cliches/misc/write_good": [[(1, 17, 41)]],
    "proselint/dates_times/am_pm/lowercase_periods": [[(1, 16, 20)]],
    "proselint/dates_times/am_pm/midnight_noon": [[(1, 22, 29)]],
    "proselint/dates_times/am_pm/spacing": [[(1, 16, 21)]],
    "proselint/dates_times/dates/dash_and_from": [[(1, 11, 25)]],
    "proselint/dates_times/dates/decade_apostrophes": [[(1, 35, 41), (1, 37, 41)]],
    "proselint/dates_times/dates/month_of_year": [[(1, 21, 33)]],
    "proselint/dates_times/dates/month_year_comma": [[(1, 21, 31)]],
    "proselint/hedging": [[(1, 17, 35)]],
    "proselint/industrial_language/airlinese": [[(1, 17, 39)]],
    "proselint/industrial_language/bureaucratese": [[(1, 18, 42)]],
    "proselint/industrial_language/chatspeak": [[(1, 17, 21)]],
    "proselint/industrial_language/commercialese": [[(1, 17, 39)]],
    "proselint/industrial_language/corporate_speak": [[(1, 17, 38)]],
    "proselint/industrial_language/jargon": [[(1, 17, 35)]],
    "proselint/lexical_illusions": [[(1, 1, 8)]],
    "proselint/malapropisms": [[(1, 17, 43)]],
    "proselint/misc/apologizing": [[(1, 17, 40)]],
    "proselint/misc/back_formations": [[(1, 17, 30)]],
    "proselint/misc/but": [[(1, 1, 4)]],
    "proselint/misc/capitalization/days": [[(1, 17, 23)]],
    "proselint/misc/capitalization/months": [[(1, 17, 24)]],
    "proselint/misc/capitalization/seasons": [[(1, 17, 23)]],
    "proselint/misc/capitalization/terms": [[(1, 17, 30)]],
    "proselint/misc/composition": [[(1, 17, 27)]],
    "proselint/misc/currency": [[(1, 14, 25)]],
    "proselint/misc/debased": [[(1, 17, 47)]],
    "proselint/misc/false_plurals/kudos": [[(1, 17, 27)]],
    "proselint/misc/false_plurals/misc": [[(1, 17, 25)]],
    "proselint/misc/greylist": [[(1, 17, 24)]],
    "proselint/misc/illogic": [[(1, 17, 24)]],
    "proselint/misc/illogic/coin": [[(1, 17, 38)]],
    "proselint/misc/illogic/collusion": [[(1, 17, 39)]],
    "proselint/misc/inferior_superior": [[(1, 17, 30)]],
    "proselint/misc/institution_name": [[(1, 17, 58)]],
    "proselint/misc/latin": [[(1, 17, 32)]],
    "proselint/misc/many_a": [[(1, 17, 27)]],
    "proselint/misc/metadiscourse": [[(1, 17, 42)]],
    "proselint/misc/narcissism": [[(1, 1, 60)]],
    "proselint/misc/not_guilty": [[(1, 20, 56)]],
    "proselint/misc/phrasal_adjectives/examples": [[(1, 17, 43)]],
    "proselint/misc/phrasal_adjectives/ly": [[(1, 10, 17)]],
    "proselint/misc/preferred_forms": [[(1, 17, 28)]],
    "proselint/misc/pretension": [[(1, 17, 32)]],
    "proselint/misc/professions": [[(1, 17, 32)]],
    "proselint/misc/scare_quotes": [[(1, 9, 32)]],
    "proselint/misc/suddenly": [[(1, 1, 10)]],
    "proselint/misc/tense_present": [[(1, 17, 34)]],
    "proselint/misc/waxed": [[(1, 11, 26)]],
    "proselint/misc/whence": [[(1, 17, 28)]],
    "proselint/mixed_metaphors/bottleneck": [[(1, 17, 35)]],
    "proselint/mixed_metaphors/misc": [[(1, 17, 40)]],
    "proselint/mondegreens": [[(1, 17, 44)]],
    "proselint/needless_variants": [[(1, 17, 28)]],
    "proselint/nonwords": [[(1, 17, 27)]],
    "proselint/oxymorons": [[(1, 17, 31)]],
    "proselint/psychology/lie_detector": [[(1, 17, 34)]],
    "proselint/psychology/mental_telepathy": [[(1, 17, 33)]],
    "proselint/psychology/p_equals_zero": [[(1, 29, 38)]],
    "proselint/redundancy/misc/after_the_deadline": [[(1, 17, 25)]],
    "proselint/redundancy/misc/garner": [[(1, 17, 32)]],
    "proselint/redundancy/misc/nordquist": [[(1, 17, 37)]],
    "proselint/redundancy/misc/wallace": [[(1, 17, 37)]],
    "proselint/redundancy/ras_syndrome": [[(1, 17, 28)]],
    "proselint/restricted/elementary": [[(1, 5, 14), (1, 15, 26)]],
    "proselint/restricted/top1000": [[(1, 5, 14), (1, 15, 26)]],
    "proselint/skunked_terms": [[(1, 17, 27)]],
    "proselint/social_awareness/lgbtq/offensive": [[(1, 23, 33)]],
    "proselint/social_awareness/lgbtq/terms": [[(1, 17, 31)]],
    "proselint/social_awareness/nword": [[(1, 9, 19)]],
    "proselint/social_awareness/sexism": [[(1, 17, 26)]],
    "proselint/spelling/able_atable": [[(1, 17, 30)]],
    "proselint/spelling/able_ible": [[(1, 17, 27)]],
    "proselint/spelling/ally_ly": [[(1, 17, 27)]],
    "proselint/spelling/ance_ence": [[(1, 17, 27)]],
    "proselint/spelling/athletes": [[(1, 17, 28)]],
    "proselint/spelling/consistency": [[(1, 5, 11)]],
    "proselint/spelling/ely_ly": [[(1, 17, 26)]],
    "proselint/spelling/em_im_en_in": [[(1, 17, 23)]],
    "proselint/spelling/er_or": [[(1, 17, 25)]],
    "proselint/spelling/in_un": [[(1, 17, 28)]],
    "proselint/spelling/misc": [[(1, 17, 21)]],
    "proselint/spelling/ve_of": [[(1, 17, 25)]],
    "proselint/terms/animal_adjectives": [[(1, 17, 26)]],
    "proselint/terms/denizen_labels/garner": [[(1, 17, 27)]],
    "proselint/terms/denizen_labels/norris": [[(1, 17, 30)]],
    "proselint/terms/eponymous_adjectives": [[(1, 17, 32)]],
    "proselint/terms/venery": [[(1, 3, 18)]],
    "proselint/typography/diacritical_marks": [[(1, 17, 21)]],
    "proselint/typography/punctuation/exclamation": [[(1, 12, 13)]],
    "proselint/typography/punctuation/hyperbole": [[(1, 6, 11)]],
    "proselint/typography/punctuation/misplaced": [[(1, 17, 23)]],
    "proselint/typography/punctuation/spacing": [[(1, 16, 19)]],
    "proselint/typography/symbols/copyright": [[(1, 7, 10)]],
    "proselint/typography/symbols/curly_quotes": [[(1, 21, 33)]],
    "proselint/typography/symbols/ellipsis": [[(1, 17, 20)]],
    "proselint/typography/symbols/multiplication": [[(1, 13, 20)]],
    "proselint/typography/symbols/sentence_spacing": [[(1, 16, 17)]],
    "proselint/typography/symbols/trademark": [[(1, 6, 10)]],
    "proselint/uncomparables": [[(1, 15, 26)]],
    "proselint/weasel_words/very": [[(1, 14, 18)]],
}
