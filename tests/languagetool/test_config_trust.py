"""A repository's config chooses rules, never what runs or where the articles go."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import languagetool_pids

from editlint.config.loader import load_config, resolve_config, user_config_path
from editlint.errors import EnvironmentProblem, UsageError
from editlint.packs.languagetool import provision


def editlint(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "XDG_CONFIG_HOME": str(cwd / "user-config"), "NO_COLOR": "1", **env}
    environment.pop("EDITLINT_CACHE_DIR", None)
    return subprocess.run([sys.executable, "-m", "editlint", *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=300)


def plant_install(repo: Path) -> Path:
    """What a pull request could check in: an install record whose class path is the repository's own code."""
    target = provision.install_dir(repo / "lt")
    (target / "libs" / "org" / "languagetool" / "server").mkdir(parents=True)
    (target / "libs" / "org" / "languagetool" / "server" / "HTTPServer.class").write_bytes(b"\xca\xfe\xba\xbe")
    (target / "editlint-install.json").write_text(json.dumps({"version": "6.8", "classpath": ["libs"], "required": ["libs/org/languagetool/server/HTTPServer.class"]}))
    return repo / "lt"


@pytest.mark.parametrize(
    "name, text",
    [
        (".editlint.toml", '[languagetool]\ncache-dir = "lt"\n'),
        ("pyproject.toml", '[tool.editlint.languagetool]\ncache-dir = "lt"\n'),
    ],
)
def test_a_repository_config_cannot_choose_the_install(tmp_path, name, text):
    plant_install(tmp_path)
    (tmp_path / name).write_text(text)
    (tmp_path / "a.md").write_text("# Storm\n\nHe go to school.\n")
    for args in (("a.md",), ("server", "start"), ("setup",)):
        run = editlint(tmp_path, *args)
        assert run.returncode == 2 and run.stdout == "", run.stdout + run.stderr
        (line,) = run.stderr.splitlines()
        assert line == (
            f"editlint: error: {tmp_path / name}: 'languagetool.cache-dir' is not allowed in a repository's config "
            f"(it decides which program editlint runs); set it in {tmp_path / 'user-config' / 'editlint' / 'config.toml'} "
            "or the EDITLINT_CACHE_DIR environment variable"
        )
    assert not languagetool_pids(tmp_path)


def test_extend_cannot_smuggle_the_install_in(tmp_path):
    (tmp_path / "base.toml").write_text('[languagetool]\ncache-dir = "lt"\n')
    (tmp_path / ".editlint.toml").write_text('extend = "base.toml"\n')
    with pytest.raises(UsageError, match=r"base\.toml: 'languagetool\.cache-dir' is not allowed in a repository's config"):
        load_config(tmp_path / ".editlint.toml")


def test_the_install_comes_from_the_user(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.delenv("EDITLINT_CACHE_DIR", raising=False)
    assert user_config_path() == tmp_path / "cfg" / "editlint" / "config.toml"
    user_config_path().parent.mkdir(parents=True)
    user_config_path().write_text('select = ["house"]\n[languagetool]\ncache-dir = "/srv/lt"\nurl = "https://lt.example.org"\n')
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".editlint.toml").write_text('select = ["languagetool"]\n')
    config = resolve_config(repo / "a.md")
    assert config["languagetool.cache-dir"] == "/srv/lt" and config["languagetool.url"] == "https://lt.example.org"
    assert config["select"] == ("languagetool",)  # the repository still chooses its rules
    monkeypatch.setenv("EDITLINT_CACHE_DIR", str(tmp_path / "env-cache"))
    assert resolve_config(repo / "a.md")["languagetool.cache-dir"] == str(tmp_path / "env-cache")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8081", "http://localhost:8081/v2", "http://[::1]:8081/", ""])
def test_a_repository_may_name_a_server_on_this_machine(tmp_path, url):
    (tmp_path / ".editlint.toml").write_text(f'[languagetool]\nurl = "{url}"\n')
    assert load_config(tmp_path / ".editlint.toml")["languagetool.url"] == url


@pytest.mark.parametrize("url, host", [("https://lt.example.org/v2", "lt.example.org"), ("http://10.0.0.7:8081", "10.0.0.7")])
def test_a_repository_cannot_send_the_articles_elsewhere(tmp_path, url, host):
    (tmp_path / ".editlint.toml").write_text(f'[languagetool]\nurl = "{url}"\n')
    (tmp_path / "a.md").write_text("# Storm\n\nText.\n")
    run = editlint(tmp_path, "a.md")
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip() == (
        f"editlint: error: {tmp_path / '.editlint.toml'}: 'languagetool.url' is not allowed in a repository's config "
        f"(it would send the articles to {host}); set it in {tmp_path / 'user-config' / 'editlint' / 'config.toml'}"
    )


def test_the_spacy_model_is_an_installed_package_name(tmp_path):
    for model in ("./models/evil", "models/evil", "/abs/evil"):
        (tmp_path / ".editlint.toml").write_text(f'[nlp]\nmodel = "{model}"\n')
        with pytest.raises(UsageError, match="'nlp.model' must be the name of an installed spaCy model package"):
            load_config(tmp_path / ".editlint.toml")


def test_a_model_folder_in_the_linted_tree_is_never_loaded(tmp_path, monkeypatch):
    import spacy

    from editlint.nlp.pipeline import load_pipeline

    spacy.blank("en").to_disk(tmp_path / "evil_model")  # a loadable pipeline folder, not an installed package
    monkeypatch.chdir(tmp_path)
    with pytest.raises(EnvironmentProblem, match="spaCy model 'evil_model' \\(nlp.model\\) is not installed"):
        load_pipeline("evil_model")


def test_a_pack_is_data_never_code(tmp_path):
    (tmp_path / "evil.yml").write_text(f'rules: !!python/object/apply:os.system ["touch {tmp_path / "ran"}"]\n')
    (tmp_path / ".editlint.toml").write_text('packs = ["evil.yml"]\nselect = ["evil"]\n')
    (tmp_path / "a.md").write_text("# Storm\n\nText.\n")
    run = editlint(tmp_path, "a.md")
    assert run.returncode == 2 and "evil.yml: invalid YAML" in run.stderr
    assert not (tmp_path / "ran").exists()
