import pytest

from editlint.api import lint_paths, lint_text
from editlint.config.loader import find_config_file, load_config
from editlint.engine.diagnostic import Severity
from editlint.errors import UsageError

ARTICLE = "# Budget Passes\n\nBudget passes\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_closest_config_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.editlint]\nselect = ["house"]\n')
    write(tmp_path / "desk" / ".editlint.toml", 'select = ["house"]\nignore = ["house/duplicate-headline"]\n')
    top = write(tmp_path / "top.md", ARTICLE)
    nested = write(tmp_path / "desk" / "story.md", ARTICLE)
    result = lint_paths([str(top), str(nested)])
    assert [(d.path, d.rule) for d in result.diagnostics] == [(str(top), "house/duplicate-headline")]
    assert find_config_file(nested.parent) == tmp_path / "desk" / ".editlint.toml"


def test_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / ".editlint.toml", 'select = ["house"]\n')
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config_file(tmp_path / "sub") == tmp_path / ".editlint.toml"


def test_extend_inherits_and_overrides(tmp_path):
    write(tmp_path / "base.toml", 'select = ["house"]\nfail-level = "warning"\n')
    child = write(tmp_path / ".editlint.toml", 'extend = "base.toml"\nfail-level = "info"\n')
    config = load_config(child)
    assert config["select"] == ("house",)
    assert config["fail-level"] is Severity.INFO


@pytest.mark.parametrize(
    "toml, message",
    [
        ("selekt = ['house']\n", "unknown key 'selekt'"),
        ("select = 3\n", "'select' must be a list of strings"),
        ("fail-level = 'fatal'\n", "unknown severity"),
        ("[languagetool]\nurll = 'x'\n", "unknown key 'languagetool.urll'"),
        ("select = [\n", "invalid TOML"),
        ("extend = 'missing.toml'\n", "config file not found"),
        ("max-file-size = inf\n", "'max-file-size' must be a whole number of bytes"),
        ("max-file-size = 1e400\n", "'max-file-size' must be a whole number of bytes"),
        ("max-file-size = nan\n", "'max-file-size' must be a whole number of bytes"),
        ("max-file-size = 0.5\n", "'max-file-size' must be a whole number of bytes"),
        ("[languagetool]\ntimeout = nan\n", "'languagetool.timeout' must be a positive number"),
        ('[rules."house/sentence-fragment"]\nmin-words = -5\n', "rules.'house/sentence-fragment': option 'min-words' must be a whole number from 0, not -5"),
        ('[rules."house/inverted-attribution"]\nlong-title = 1e400\n', "option 'long-title' must be a whole number"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path, toml, message):
    path = write(tmp_path / ".editlint.toml", toml)
    with pytest.raises(UsageError, match=message) as raised:
        lint_paths([str(write(tmp_path / "a.md", ARTICLE))])
    assert "\n" not in str(raised.value)
    assert str(path) in str(raised.value) or "missing.toml" in str(raised.value)


def test_unknown_rule_id_is_an_error():
    with pytest.raises(UsageError, match="unknown rule id 'house/duplicate-headlines'"):
        lint_text(ARTICLE, config={"select": ["house/duplicate-headlines"]})


def test_unknown_rule_option_is_an_error():
    with pytest.raises(UsageError, match="unknown option 'credit-pattern'"):
        lint_text(ARTICLE, config={"select": ["house"], "rules": {"house/missing-image-credit": {"credit-pattern": []}}})


def test_severity_override_and_per_file_ignores(tmp_path):
    write(tmp_path / ".editlint.toml", 'select = ["house"]\n[severity]\nhouse = "info"\n[per-file-ignores]\n"drafts/*" = ["house/duplicate-headline"]\n')
    kept = write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / "drafts" / "b.md", ARTICLE)
    result = lint_paths([str(tmp_path)])
    assert [(d.path, d.severity) for d in result.diagnostics] == [(str(kept), Severity.INFO)]


def test_exclude_when_walking(tmp_path):
    write(tmp_path / ".editlint.toml", 'select = ["house"]\nexclude = ["archive"]\n')
    write(tmp_path / "archive" / "old.md", ARTICLE)
    write(tmp_path / "new.md", "# New\n\nText.\n")
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = lint_paths(["."])
    finally:
        os.chdir(cwd)
    assert result.files == 1 and result.diagnostics == []


def test_vocabulary_files_are_not_linted_as_articles(tmp_path):
    write(tmp_path / ".editlint.toml", 'select = ["house"]\n[languagetool]\naccept = ["names.txt"]\n')
    write(tmp_path / "names.txt", "Nebenzia\nRutte\n")
    write(tmp_path / "story.txt", "Storm\nThe storm hit.\n")
    assert lint_paths([str(tmp_path)]).files == 1


NOT_ARTICLES = {"README.txt": "Readme\nHow to build.\n", "LICENSE.md": "# License\n\nGPL.\n", "requirements-dev.txt": "pytest\n",
                "robots.txt": "User-agent: *\n", "docs/Changelog.md": "# Changes\n\nFixed.\n"}


def test_project_files_beside_articles_are_not_linted(tmp_path):
    for name, text in NOT_ARTICLES.items():
        write(tmp_path / name, text)
    story = write(tmp_path / "story.txt", "Storm\nThe storm hit.\n")
    result = lint_paths([str(tmp_path)], overrides={"select": ["house"]})
    assert result.files == 1 and result.errors == []
    assert lint_paths([str(tmp_path / "README.txt"), str(story)], overrides={"select": ["house"]}).files == 1  # as pre-commit passes them


def test_default_excludes_can_be_replaced_or_extended(tmp_path):
    for name, text in NOT_ARTICLES.items():
        write(tmp_path / name, text)
    write(tmp_path / "story.txt", "Storm\nThe storm hit.\n")
    write(tmp_path / "drafts" / "idea.md", "# Idea\n\nText.\n")
    assert lint_paths([str(tmp_path)], overrides={"select": ["house"], "exclude": []}).files == 7
    assert lint_paths([str(tmp_path)], overrides={"select": ["house"], "extend-exclude": ["drafts"]}).files == 1


def test_max_file_size_as_a_whole_float_is_bytes(tmp_path):
    write(tmp_path / ".editlint.toml", 'select = ["house"]\nmax-file-size = 1e6\n')
    assert load_config(tmp_path / ".editlint.toml")["max-file-size"] == 1_000_000


def test_rule_options_are_checked_once_per_config_before_any_file(tmp_path):
    write(tmp_path / ".editlint.toml", 'select = ["house"]\n[rules."house/sentence-fragment"]\nmin-words = "many"\n')
    for name in ("a.md", "b.md", "c.md"):
        write(tmp_path / name, ARTICLE)
    with pytest.raises(UsageError, match="option 'min-words' must be a whole number"):
        lint_paths([str(tmp_path)])


def test_rule_options_within_range_apply(tmp_path):
    text = "# Storm\n\nThough the storm hit the coast at dawn.\n"
    rule = "house/sentence-fragment"
    assert lint_text(text, config={"select": [rule], "rules": {rule: {"min-words": 0}}})
    assert lint_text(text, config={"select": [rule], "rules": {rule: {"min-words": 50}}}) == []


def test_settings_from_the_user_config_and_environment_name_their_origin(tmp_path, monkeypatch):
    from editlint.config.loader import _cached_load, resolve_config

    user_file = write(tmp_path / "xdg" / "editlint" / "config.toml", 'fail-level = "warning"\n')
    write(tmp_path / "repo" / ".editlint.toml", 'select = ["house"]\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("EDITLINT_CACHE_DIR", str(tmp_path / "cache"))
    _cached_load.cache_clear()
    config = resolve_config(tmp_path / "repo" / "story.md", None, {})
    assert config["fail-level"] == Severity.WARNING and config.origin("fail-level") == str(user_file)
    assert config.origin("languagetool.cache-dir") == "EDITLINT_CACHE_DIR"
    assert config.origin("select") == str(tmp_path / "repo" / ".editlint.toml")
