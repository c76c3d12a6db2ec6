import pytest

from editlint.engine.selection import Selection, longest_match


@pytest.mark.parametrize(
    "select, ignore, rule, enabled",
    [
        (["ALL"], [], "house/dangling-clause", True),
        (["ALL"], ["house"], "house/dangling-clause", False),
        (["ALL"], ["house/"], "house/dangling-clause", False),
        (["house"], [], "ap/toward", False),
        (["house/dangling-clause"], ["house"], "house/dangling-clause", True),
        (["house"], ["house/dangling-clause"], "house/dangling-clause", False),
        (["house"], ["house"], "house/dangling-clause", False),
        (["languagetool"], ["languagetool/EN_A_VS_AN"], "languagetool/EN_A_VS_AN", False),
        (["languagetool"], ["languagetool/EN_A_VS_AN"], "languagetool/MORFOLOGIK_RULE_EN_US", True),
        (["house/dangling"], [], "house/dangling-clause", False),
    ],
)
def test_longest_match_wins(select, ignore, rule, enabled):
    assert Selection(select, ignore).enabled(rule) is enabled


def test_family_enabled_by_one_of_its_ids():
    selection = Selection(["languagetool/EN_A_VS_AN"])
    assert selection.may_enable_family("languagetool")
    assert not Selection(["house"]).may_enable_family("languagetool")


def test_longest_match_table():
    table = {"house": "warning", "house/dangling-clause": "info"}
    assert longest_match("house/dangling-clause", table) == "info"
    assert longest_match("house/sentence-fragment", table) == "warning"
    assert longest_match("ap/toward", table) is None
