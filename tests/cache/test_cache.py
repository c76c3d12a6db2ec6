"""The result cache: what a cached result is keyed on, what is never trusted, and that a hit equals a fresh run."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from editlint import cache as result_cache
from editlint.api import lint_paths
from editlint.config.loader import clear_caches
from editlint.cache import FORMAT, SCHEMA, decode, encode, package_versions, served_languagetool
from editlint.engine.registry import registry_for
from editlint.engine.rule import RuleMeta
from editlint.linter import Linter

STRUCTURAL = 'select = ["house/duplicate-headline", "ap"]\n'
STORM = "# Storm hits coast\n\n# Storm hits coast\n\nIrregardless of the warnings, the storm was very unique.\n"
QUIET = "# Calm day\n\nNothing happened on Tuesday.\n"


class Desk:
    """A folder of articles linted in-process with the result cache on; counts the files actually linted."""

    def __init__(self, root: Path, monkeypatch):
        self.root, self.cache = root, root / "cache"
        monkeypatch.chdir(root)
        monkeypatch.setenv("EDITLINT_RESULT_CACHE_DIR", str(self.cache))
        self.linted: list[str] = []
        original = Linter._lint_document

        def counting(linter, document, config, result):
            self.linted.append(document.path)
            return original(linter, document, config, result)

        monkeypatch.setattr(Linter, "_lint_document", counting)
        (root / ".editlint.toml").write_text(STRUCTURAL, encoding="utf-8")
        (root / "desk").mkdir()
        self.write("storm.md", STORM)
        self.write("calm.md", QUIET)

    def write(self, name: str, text: str, newline: str = "\n") -> Path:
        path = self.root / "desk" / name
        path.write_bytes(text.replace("\n", newline).encode("utf-8"))
        return path

    def lint(self, *paths: str, **options):
        """The run's result and the files it linted (not read from the cache), as a new process would see them."""
        clear_caches()  # settings files read by earlier runs of this process
        self.linted.clear()
        result = lint_paths(paths or ("desk",), cache=options.pop("cache", True), **options)
        return result, sorted(self.linted)

    @property
    def file(self) -> Path:
        (found,) = self.cache.glob("results-*.json")
        return found


@pytest.fixture
def desk(tmp_path, monkeypatch):
    return Desk(tmp_path, monkeypatch)


def as_data(result) -> list[dict]:
    """Every field of every diagnostic (``Diagnostic`` equality leaves out severity, fixes and ``also``)."""
    return [d.to_dict() for d in result.diagnostics]


def test_an_unchanged_article_is_read_from_the_cache_and_a_changed_one_is_linted_again(desk):
    first, linted = desk.lint()
    assert linted == ["desk/calm.md", "desk/storm.md"] and first.diagnostics
    again, linted = desk.lint()
    assert linted == [] and as_data(again) == as_data(first)
    assert again.sources == first.sources and again.rules.keys() == first.rules.keys()
    desk.write("calm.md", QUIET + "\nIt was okay.\n")
    changed, linted = desk.lint()
    assert linted == ["desk/calm.md"]
    assert [d.rule for d in changed.diagnostics if d.path == "desk/calm.md"] == ["ap/ok"]


def test_a_setting_that_changes_findings_is_a_miss_one_that_cannot_is_a_hit(desk):
    desk.lint()
    (desk.root / ".editlint.toml").write_text(STRUCTURAL + 'fail-level = "warning"\nextend-exclude = ["drafts"]\n')
    assert desk.lint()[1] == []
    (desk.root / ".editlint.toml").write_text(STRUCTURAL + '[severity]\n"ap" = "error"\n')
    result, linted = desk.lint()
    assert linted == ["desk/calm.md", "desk/storm.md"]
    assert {str(d.severity) for d in result.diagnostics if d.rule.startswith("ap/")} == {"error"}
    assert desk.lint(overrides={"select": ["ap"]})[1] == ["desk/calm.md", "desk/storm.md"]  # the command line too


def test_per_file_ignores_are_part_of_the_key(desk):
    desk.lint()
    (desk.root / ".editlint.toml").write_text(STRUCTURAL + '[per-file-ignores]\n"desk/storm.md" = ["ap"]\n')
    result, linted = desk.lint()
    assert linted == ["desk/storm.md"]  # calm.md's result still applies
    assert not [d for d in result.diagnostics if d.rule.startswith("ap/")]


def test_an_edited_rule_pack_is_a_miss(desk):
    pack = desk.root / "style.yml"
    rule = "rules:\n  - name: storm\n    kind: existence\n    severity: warning\n    message: 'Avoid this word.'\n    summary: Avoid a word.\n    rationale: A test rule.\n    regex: ['\\b{word}\\b']\n    bad: ['{word} here.']\n    good: ['Nothing here.']\n"
    pack.write_text(rule.format(word="Storm"))
    (desk.root / ".editlint.toml").write_text('select = ["house/duplicate-headline", "ap", "style"]\npacks = ["style.yml"]\n')
    first, _ = desk.lint()
    assert [d.rule for d in first.diagnostics].count("style/storm") == 3
    assert desk.lint()[1] == []
    pack.write_text(rule.format(word="Calm"))
    result, linted = desk.lint()
    assert linted == ["desk/calm.md", "desk/storm.md"]
    assert [d.rule for d in result.diagnostics].count("style/storm") == 1


def test_an_edited_vocabulary_file_is_a_miss(desk):
    words = desk.root / "names.txt"
    words.write_text("Nebenzia\n")
    (desk.root / ".editlint.toml").write_text(STRUCTURAL + '[languagetool]\naccept = ["names.txt"]\n')
    desk.lint()
    assert desk.lint()[1] == []
    words.write_text("Nebenzia\nRutte\n")
    assert desk.lint()[1] == ["desk/calm.md", "desk/storm.md"]


def test_another_editlint_or_package_version_is_a_miss(desk, monkeypatch):
    desk.lint()
    with monkeypatch.context() as patch:
        patch.setattr(result_cache, "package_versions", lambda model: {"spacy": "9.9.9"})
        assert desk.lint()[1] == ["desk/calm.md", "desk/storm.md"]
    assert desk.lint()[1] == []
    monkeypatch.setattr(result_cache, "editlint_fingerprint", lambda: "9.9.9 edited")
    assert desk.lint()[1] == ["desk/calm.md", "desk/storm.md"]
    assert json.loads(desk.file.read_text().splitlines()[0])["editlint"] == "9.9.9 edited"  # the foreign file was replaced


def test_package_versions_come_from_the_installed_metadata(tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "en_core_web_sm-3.7.1.dist-info").mkdir(parents=True)
    (site / "proselint-0.14.0.dist-info").mkdir()
    monkeypatch.setattr(sys, "path", [str(site), *sys.path])
    package_versions.cache_clear()
    try:
        versions = package_versions("en_core_web_sm")
    finally:
        monkeypatch.undo()
        package_versions.cache_clear()  # later tests see the real packages
    assert versions["en_core_web_sm"] == "3.7.1" and versions["proselint"] == "0.14.0"
    import importlib.metadata

    assert package_versions("")["spacy"] == importlib.metadata.version("spacy")


def test_a_languagetool_server_is_keyed_on_the_version_it_reports(desk, languagetool_url, monkeypatch):
    assert served_languagetool(languagetool_url).startswith(f"{languagetool_url} ") and '"version": "6.8"' in served_languagetool(languagetool_url)
    (desk.root / ".editlint.toml").write_text(f'select = ["languagetool/EN_A_VS_AN"]\n[languagetool]\nurl = "{languagetool_url}"\n')
    desk.lint()
    assert desk.lint()[1] == []
    monkeypatch.setattr(result_cache, "served_languagetool", lambda url, timeout: f"{url} upgraded")
    assert desk.lint()[1] == ["desk/calm.md", "desk/storm.md"]


def test_an_incomplete_result_is_not_cached(desk, capfd):
    (desk.root / ".editlint.toml").write_text(
        'select = ["house/duplicate-headline", "languagetool"]\n[languagetool]\nurl = "http://127.0.0.1:9"\n[grammar]\non-error = "warn"\n'
    )
    for _ in range(2):  # the server does not answer: no key, and the grammar check was skipped
        result, linted = desk.lint()
        assert linted == ["desk/calm.md", "desk/storm.md"] and any("grammar checks skipped" in w for w in result.warnings)
    assert not desk.cache.exists()


def test_a_skipped_check_or_an_unreadable_file_is_not_stored(desk, monkeypatch):
    monkeypatch.setattr(result_cache, "served_languagetool", lambda url, timeout: f"{url} 6.8")  # keyed, but every check fails
    (desk.root / ".editlint.toml").write_text(
        'select = ["house/duplicate-headline", "languagetool"]\n[languagetool]\nurl = "http://127.0.0.1:9"\n[grammar]\non-error = "warn"\n'
    )
    desk.write("latin1.md", "# Caf\xe9\n").write_bytes(b"# Caf\xe9\n")
    result, linted = desk.lint()
    assert any("latin1.md: not valid UTF-8" in e for e in result.errors)
    assert desk.lint()[1] == ["desk/calm.md", "desk/storm.md"]


def test_no_cache_neither_reads_nor_writes(desk):
    desk.lint(cache=False)
    assert not desk.cache.exists()
    first, _ = desk.lint()
    forge(desk.file, lambda entry: entry.update(diagnostics=[]))  # a consistent file that says "no findings"
    assert desk.lint()[0].diagnostics == []  # proves the cached run reads it
    assert as_data(desk.lint(cache=False)[0]) == as_data(first)


def forge(path: Path, change) -> None:
    """Edit every entry of a cache file and write it back with a matching checksum (as only its owner could)."""
    head, body = path.read_text().split("\n", 1)
    data = json.loads(body)
    for entry in data["entries"].values():
        change(entry)
    body = json.dumps(data)
    header = {**json.loads(head), "sha256": __import__("hashlib").sha256(body.encode()).hexdigest()}
    path.write_text(json.dumps(header) + "\n" + body)


def test_the_cache_folder_is_tagged_and_private(desk):
    desk.lint()
    assert (desk.cache / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (desk.cache / ".gitignore").read_text().splitlines()[-1] == "*"
    assert desk.cache.stat().st_mode & 0o077 == 0 and desk.file.stat().st_mode & 0o077 == 0


def test_the_location_comes_from_the_user_config_never_from_the_repository(tmp_path, monkeypatch):
    from editlint.cli import main
    from click.testing import CliRunner

    desk = Desk(tmp_path, monkeypatch)
    monkeypatch.delenv("EDITLINT_RESULT_CACHE_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "config" / "editlint").mkdir(parents=True)
    (tmp_path / "config" / "editlint" / "config.toml").write_text(f'cache-dir = "{tmp_path / "mine"}"\n')
    desk.lint()
    assert list((tmp_path / "mine").glob("results-*.json"))
    (tmp_path / ".editlint.toml").write_text(STRUCTURAL + 'cache-dir = "/etc"\n')
    clear_caches()
    run = CliRunner().invoke(main, ["desk"])
    assert run.exit_code == 2 and "'cache-dir' is not allowed in a repository's config" in run.output


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"\x00\xff garbage"),
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
        lambda path: path.write_bytes(path.read_bytes().replace(b'"schema": 1', b'"schema": 99', 1)),
        lambda path: path.write_bytes(path.read_bytes().replace(b'"ap/', b'"xx/', 1)),  # edited without the checksum
        lambda path: path.write_bytes(pickle.dumps({"entries": {}}, protocol=0)),
        lambda path: path.write_bytes(b"[" * 100000),
    ],
    ids=["garbage", "truncated", "other schema", "edited", "pickle", "deeply nested"],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_rewritten(desk, damage):
    first, _ = desk.lint()
    damage(desk.file)
    result, linted = desk.lint()
    assert linted == ["desk/calm.md", "desk/storm.md"] and as_data(result) == as_data(first)
    head = json.loads(desk.file.read_text().splitlines()[0])
    assert head["format"] == FORMAT and head["schema"] == SCHEMA
    assert desk.lint()[1] == []


def test_a_pickle_is_never_unpickled(desk, tmp_path):
    desk.lint()
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    desk.file.write_bytes(pickle.dumps(Payload()))
    desk.lint()
    assert not marker.exists()


@pytest.mark.parametrize(
    "change",
    [
        lambda entry: entry["diagnostics"][0].__setitem__(0, "1"),  # a line number as a string
        lambda entry: entry["diagnostics"][0].__setitem__(5, 7),  # no such severity
        lambda entry: entry["diagnostics"][0].__setitem__(5, True),
        lambda entry: entry["diagnostics"][0].pop(),
        lambda entry: entry.__setitem__("diagnostics", {"a": 1}),
        lambda entry: entry.__setitem__("warnings", [None]),
        lambda entry: entry.__setitem__("rules", "missing"),
    ],
    ids=["line", "severity", "severity bool", "short", "table", "warning", "rules"],
)
def test_an_entry_of_the_wrong_shape_is_a_miss(desk, change):
    first, _ = desk.lint()
    forge(desk.file, lambda entry: entry["diagnostics"] and change(entry))
    result, linted = desk.lint()
    assert linted == ["desk/storm.md"] and as_data(result) == as_data(first)


def test_another_users_or_a_shared_writable_cache_file_is_ignored(desk):
    desk.lint()
    forge(desk.file, lambda entry: entry.update(diagnostics=[]))
    desk.file.chmod(0o666)
    assert desk.lint()[1] == ["desk/calm.md", "desk/storm.md"]
    assert desk.file.stat().st_mode & 0o077 == 0 and desk.lint()[1] == []  # replaced by a private file


def test_rule_metadata_survives_the_round_trip():
    metas = list(registry_for(()).iter_metas())
    assert len(metas) > 100
    for meta in metas:
        back = decode(RuleMeta, json.loads(json.dumps(encode(meta))))
        assert encode(back) == encode(meta) and back.extra == meta.extra
        assert back.options or back == meta  # options come back as plain ``Option`` values (data, never a class named by the file)


def test_fix_applies_a_cached_fix_and_stores_the_final_text(desk):
    path = desk.path = desk.write("storm.md", STORM)
    desk.lint()
    result, linted = desk.lint("desk/storm.md", fix=True)
    assert result.fixed == 1 and "Irregardless" not in path.read_text() and "Regardless" in path.read_text()
    assert linted == ["desk/storm.md"]  # the fixed text is linted (the first pass came from the cache)
    again, linted = desk.lint("desk/storm.md")
    assert linted == [] and as_data(again) == as_data(result)


def test_a_crlf_article_restores_its_text_and_offsets(desk):
    desk.write("crlf.md", STORM, newline="\r\n")
    first, _ = desk.lint()
    again, linted = desk.lint()
    assert linted == [] and as_data(again) == as_data(first) and again.sources["desk/crlf.md"] == STORM


def test_concurrent_runs_keep_every_result(desk):
    for i in range(8):
        desk.write(f"story{i}.md", f"# Story {i}\n\nIt was okay on day {i}.\n")
    runs = [
        subprocess.Popen([sys.executable, "-m", "editlint", "--quiet", "--format", "json", f"desk/story{i}.md", "desk/calm.md"], cwd=desk.root, stdout=subprocess.PIPE)
        for i in range(8)
    ]
    outputs = [json.loads(run.communicate(timeout=600)[0]) for run in runs]
    assert all(run.returncode == 0 for run in runs) and all(len(found) == 1 for found in outputs)
    assert desk.lint()[1] == ["desk/storm.md"]  # every story's result was kept by the concurrent writers


HEAVY_PROBE = """
import sys
from editlint.cli import main
try:
    main(["--quiet", "desk"])
except SystemExit:
    pass
heavy = {"spacy", "thinc", "proselint", "requests"} & set(sys.modules)
heavy |= {m for m in sys.modules if m.startswith(("editlint.packs", "editlint.rules", "editlint.nlp.syntax"))}
print(sorted(heavy), file=sys.stderr)
"""


def test_a_cached_run_of_all_rules_imports_no_heavy_part(desk, languagetool_url):
    (desk.root / ".editlint.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n')
    env = {**os.environ, "NO_COLOR": "1"}
    cold = subprocess.run([sys.executable, "-c", HEAVY_PROBE], cwd=desk.root, capture_output=True, text=True, env=env, timeout=600)
    assert "spacy" in cold.stderr  # the probe sees a real run's imports
    cached = subprocess.run([sys.executable, "-c", HEAVY_PROBE], cwd=desk.root, capture_output=True, text=True, env=env, timeout=600)
    assert cached.stdout == cold.stdout
    assert cached.stderr.strip().splitlines()[-1] == "[]"


def test_a_cached_run_reports_exactly_what_a_fresh_run_does(desk, languagetool_url):
    (desk.root / ".editlint.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n')
    desk.write("council.md", "# Council meets\n\nAt the end of the day, the the council voted to approve the the plan.\n", newline="\r\n")
    desk.write("brief.txt", "Brief\n\nSome experts say the plan is okay.\n")

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "editlint", "--quiet", *args, "desk"]
        return subprocess.run(command, cwd=desk.root, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=600)

    warm = run("--format", "json")
    assert {"also", "fixes"} <= {key for d in json.loads(warm.stdout) for key, value in d.items() if value}
    stored = desk.file.stat().st_mtime_ns
    for output_format in ("text", "json", "sarif", "html"):
        fresh, cached = run("--no-cache", "--format", output_format), run("--format", output_format)
        assert (cached.returncode, cached.stdout, cached.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr), output_format
    assert desk.file.stat().st_mtime_ns == stored  # every cached run was a full hit (nothing new to write)


def test_a_cache_folder_another_run_creates_meanwhile_is_no_error(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()  # made by a concurrent run after this one looked
    monkeypatch.setattr(Path, "is_dir", lambda self: False if self == folder else Path.exists(self))
    result_cache._make_folder(folder)
    assert folder.exists()
