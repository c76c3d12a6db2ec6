"""The news profile of LanguageTool's rules, weekdays against the article's date, rule ids and explain."""

import subprocess
import sys

import pytest

from editlint.api import lint_text
from editlint.packs.languagetool.rule import ERROR_RULES, NEWS_PROFILE_OFF


def grammar(text, url, **settings):
    return lint_text(text, config={"select": ["languagetool"], "languagetool": {"url": url, **settings}})


def rules(found):
    return {d.rule.split("/", 1)[1] for d in found}


WE = "We met the mayor. We asked about the budget. We left at noon.\n"
WOMAN = "She became the first woman president of the club.\n"


@pytest.mark.parametrize("text, rule", [(WE, "ENGLISH_WORD_REPEAT_BEGINNING_RULE"), (WOMAN, "FIRST_WOMAN_NOUN")])
def test_profile_turns_news_noise_off_and_config_turns_it_on(languagetool_url, text, rule):
    assert rule in NEWS_PROFILE_OFF
    assert rule not in rules(grammar(text, languagetool_url))
    assert rule in rules(grammar(text, languagetool_url, **{"enabled-rules": [rule]}))


def test_grammar_is_a_warning_and_documented_so(languagetool_url):
    found = grammar("She have a new car.\n", languagetool_url)
    assert found and {str(d.severity) for d in found} == {"warning"}


DATED = "---\ndate: 2023-12-01\n---\n# Holiday Party\n\nThe party is on {weekday}, December 8.\n"


def test_weekday_checked_against_the_article_year(languagetool_url):
    assert grammar(DATED.format(weekday="Friday"), languagetool_url) == []
    (wrong,) = grammar(DATED.format(weekday="Thursday"), languagetool_url)
    assert wrong.rule == "languagetool/EDITLINT_DATE_WEEKDAY" and str(wrong.severity) == "error"
    assert "December 8, 2023 is a Friday, not a Thursday" in wrong.message


def test_dateline_gives_the_year(languagetool_url):
    text = "# Party\n\nWASHINGTON, Dec. 1, 2023 — The party is on Thursday, December 8.\n"
    assert rules(grammar(text, languagetool_url)) == {"EDITLINT_DATE_WEEKDAY"}


def test_no_weekday_finding_without_the_article_date(languagetool_url):
    assert grammar("# Party\n\nThe party is on Friday, December 8.\n", languagetool_url) == []


def test_a_wrong_weekday_with_its_year_is_an_error(languagetool_url):
    found = [d for d in grammar("The party was on Thursday, December 8, 2023.\n", languagetool_url) if "WEEKDAY" in d.rule]
    assert [(d.rule, str(d.severity)) for d in found] == [("languagetool/EN_DATE_WEEKDAY", "error")]
    assert "EN_DATE_WEEKDAY" in ERROR_RULES


def run(args, cwd):
    return subprocess.run([sys.executable, "-m", "editlint", *args], cwd=cwd, capture_output=True, text=True)


def test_unknown_languagetool_id_names_its_origin(languagetool_url, tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nHe go to school.\n")
    (tmp_path / ".editlint.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n')
    cli = run(["--select", "languagetool/NO_SUCH_RULE", "a.md"], tmp_path)
    assert cli.returncode == 2 and "command line: unknown LanguageTool rule id 'languagetool/NO_SUCH_RULE'" in cli.stderr
    (tmp_path / ".editlint.toml").write_text(f'select = ["languagetool/NO_SUCH_RULE"]\n[languagetool]\nurl = "{languagetool_url}"\n')
    config = run(["a.md"], tmp_path)
    assert config.returncode == 2 and ".editlint.toml: unknown LanguageTool rule id" in config.stderr
    known = run(["--select", "languagetool/EN_A_VS_AN", "a.md"], tmp_path)
    assert known.returncode == 0, known.stderr


def test_unknown_house_id_on_the_command_line_names_it(tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nText.\n")
    result = run(["--select", "house/no-such-rule", "a.md"], tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("editlint: error: command line: unknown rule id")


def test_explain_the_family_and_an_unknown_id(languagetool_url, tmp_path):
    (tmp_path / ".editlint.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n')
    family = run(["explain", "languagetool/*"], tmp_path)
    assert family.returncode == 0 and "## News profile" in family.stdout and "explain languagetool/RULE_ID" in family.stdout
    assert all(rule_id in family.stdout for rule_id in (*ERROR_RULES, *NEWS_PROFILE_OFF))
    unknown = run(["explain", "languagetool/NO_SUCH_RULE"], tmp_path)
    assert unknown.returncode == 2 and "community.languagetool.org" not in unknown.stdout
    one = run(["explain", "languagetool/FIRST_WOMAN_NOUN"], tmp_path)
    assert one.returncode == 0 and "Off by default in the news profile" in one.stdout


def test_envoy_article_names_pass_and_a_respelling_is_caught(languagetool_url, tmp_path):
    article = (
        "Envoys Clash at the United Nations\n"
        "Vassily Nebenzia, Moscow's envoy, said the vote broke no law. Nebenzia asked why Kyiv could get aid.\n"
        "The Yoon administration called the deployment a threat.\n"
    )
    (tmp_path / ".editlint.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n')
    (tmp_path / "a.txt").write_text(article)
    (tmp_path / "b.txt").write_text(article.replace("Nebenzia asked", "Nebenzya asked"))
    clean = run(["--format", "json", "a.txt"], tmp_path)
    assert clean.returncode == 0 and clean.stdout.strip() == "[]", clean.stdout
    respelled = run(["b.txt"], tmp_path)
    assert "house/inconsistent-name 'Nebenzya' is spelled 'Nebenzia' at line 2, column 9" in respelled.stdout


def test_profile_categories_and_prefixes(languagetool_url):
    wordy = "Almost all of the residents live outside of the city.\n"
    assert grammar(wordy, languagetool_url) == []
    assert {"ALL_OF_THE", "OUTSIDE_OF"} <= rules(grammar(wordy, languagetool_url, **{"enabled-categories": ["REDUNDANCY"]}))
    accents = "President Lopez Obrador visited Krakow.\n"
    assert not any(r.startswith("EN_DIACRITICS") for r in rules(grammar(accents, languagetool_url)))


def test_quotations_keep_their_grammar_but_not_their_typos(languagetool_url):
    quoted = "“He go to school every day,” the mayor said.\n"
    assert grammar(quoted, languagetool_url) == []
    assert rules(grammar("He go to school every day, the mayor said.\n", languagetool_url))
    assert [d.rule for d in grammar("“We were commited,” she said.\n", languagetool_url)] == ["languagetool/MORFOLOGIK_RULE_EN_US"]


def test_capitals_of_an_all_capitals_dateline_are_typography(languagetool_url):
    # LanguageTool suggests "São Paulo" for the dateline's "SÃO PAULO"; the same name in running text
    # with a wrong spelling is still reported
    assert "SAO_PAOLO" not in rules(grammar("SÃO PAULO (AP) — The city's mayor spoke on Monday.\n", languagetool_url))
    assert "SAO_PAOLO" in rules(grammar("The mayor of Sao Paolo spoke on Monday.\n", languagetool_url))


def test_an_article_kept_to_british_spelling_keeps_its_usage(languagetool_url):
    # "per cent" and "lorries" are British usage, not errors, in copy that spells "harbour" and "organised"
    british = "Prices rose 4 per cent as lorries queued at the harbour, the organisers said.\n"
    assert not {"PER_CENT", "EN_US_SIMPLE_REPLACE_LORRIES"} & rules(grammar(british, languagetool_url))
    # its limit: in copy that spells the American way, the American usage is asked for
    american = "Prices rose 4 per cent as lorries queued at the harbor, the organizers said.\n"
    assert {"PER_CENT", "EN_US_SIMPLE_REPLACE_LORRIES"} <= rules(grammar(american, languagetool_url))
