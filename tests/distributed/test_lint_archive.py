"""Linting an archive on a real two-process Dask cluster gives what a sequential Linter gives."""

import io
import json
import sys
import time

import cloudpickle
import dask.bag
import pytest

from editlint.distributed import LinterPlugin, lint_archive, record
from editlint.errors import EditlintError
from editlint.linter import Linter

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the probes below run inside the workers

HOUSE = {"select": ["house", "ap"]}
ARTICLES = {
    "desk/harbour.md": "# Harbour Repairs Begin\n\nWork crews began repairing the north pier on Monday, said Mayor Ellen Fisk. "
    "The city will spend 12 per cent of its budget on the work.\n\nSome experts speculate that the repairs will take years.\n",
    "desk/fair.txt": "County Fair Opens\n\nThe first annual county fair opened amongst cheers on Saturday.\n"
    "Organizers said the turnout was okay.\n",
    "desk/school.md": "# New School Wing\n\n![The new wing](wing.jpg)\n\nThe school board approved the wing last spring. "
    "Though the budget was tight.\n",
    "desk/library.md": "# Library Hours Extended\n\nThe public library will stay open until 9 p.m. on weekdays, the director said on Tuesday.\n",
    "desk/council.md": "# Council Delays Vote\n\n# Council Delays Vote\n\nIt is believed that the council will vote whilst the mayor is away.\n",
    "opinion/deal.md": "# The Deal Will Fail\n\nSome analysts say the deal will collapse, and the website is down amongst the confusion.\n",
    "opinion/.editlint.toml": 'ignore = ["house/unattributed-claim"]\n',
    "README.md": "# About this archive\n\nSome experts speculate that nobody reads this file.\n",
}


def write_archive(root, articles=ARTICLES):
    for name, text in articles.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def by_path(results):
    """Each file's diagnostics as ``--format json`` objects (all fields, so severities and fixes count too)."""
    return {r.path: [d.to_dict() for d in r.diagnostics] for r in results}


def sequential(paths, overrides):
    with Linter(overrides=overrides) as linter:
        return list(linter.lint_paths(paths))


def test_archive_findings_match_a_sequential_run_and_stream_to_json_lines(client, tmp_path):
    archive = write_archive(tmp_path / "archive")
    output = tmp_path / "out" / "findings.jsonl"  # its folder is made
    results = list(lint_archive([str(archive)], client, overrides=HOUSE, output=output))
    expected = sequential([str(archive)], HOUSE)
    assert by_path(results) == by_path(expected)
    assert len(results) == 6 and all(r.error is None for r in results)  # README.md is not an article
    rules = {d.rule for r in results for d in r.diagnostics}
    assert {"ap/among-amid-while", "house/unattributed-claim", "house/missing-image-credit", "house/inverted-attribution"} <= rules
    assert not any(d["rule"] == "house/unattributed-claim" for d in by_path(results)[str(archive / "opinion/deal.md")])  # its folder's config
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(lines, key=lambda line: line["path"]) == sorted((record(r) for r in expected), key=lambda line: line["path"])


def test_a_bag_of_texts_matches_a_sequential_run_and_writes_to_a_file_object(client):
    pairs = [(name, text) for name, text in ARTICLES.items() if name.endswith((".md", ".txt"))]
    stream = io.StringIO()
    results = list(lint_archive(dask.bag.from_sequence(pairs, npartitions=3), client, overrides=HOUSE, output=stream))
    with Linter(overrides=HOUSE) as linter:
        expected = [linter.lint_text(text, path=name) for name, text in pairs]
    assert by_path(results) == by_path(expected)
    assert len(stream.getvalue().splitlines()) == len(pairs)


def slow_on_first(pair):
    if pair[0] == "slow.md":
        time.sleep(3)
    return pair


def test_results_stream_back_in_the_order_they_finish(client):
    pairs = [("slow.md", "# Slow\n\nThe okay plan.\n"), ("quick.md", "# Quick\n\nThe okay plan.\n"), ("fast.md", "# Fast\n\nThe okay plan.\n")]
    stream = io.StringIO()
    bag = dask.bag.from_sequence(pairs, npartitions=3).map(slow_on_first)
    paths = [r.path for r in lint_archive(bag, client, overrides={"select": ["ap"]}, output=stream)]
    assert paths[-1] == "slow.md" and sorted(paths) == sorted(p for p, _ in pairs)
    assert [json.loads(line)["path"] for line in stream.getvalue().splitlines()] == paths


def test_a_file_that_cannot_be_read_is_one_error_record_and_the_run_goes_on(client, tmp_path):
    archive = write_archive(tmp_path / "archive", {"good.md": ARTICLES["desk/harbour.md"]})
    (archive / "bad.md").write_bytes(b"# Headline\n\nCaf\xe9 prices rose.\n")  # Latin-1, not UTF-8
    output = tmp_path / "findings.jsonl"
    results = {r.path: r for r in lint_archive([str(archive)], client, overrides=HOUSE, output=output)}
    bad, good = results[str(archive / "bad.md")], results[str(archive / "good.md")]
    assert bad.error is not None and bad.error.kind == "input" and bad.diagnostics == []
    assert "bad.md" in bad.error.message and "\n" not in bad.error.message
    assert good.error is None and good.diagnostics
    lines = {line["path"]: line for line in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    assert lines[str(archive / "bad.md")]["error"] == {"kind": "input", "message": bad.error.message}
    assert lines[str(archive / "good.md")]["error"] is None


def fail_on_crash(pair):
    if pair[0] == "crash.md":
        raise RuntimeError("the archive's reader broke")
    return pair


def test_a_failing_text_or_task_is_one_error_record_and_the_run_goes_on(client):
    good = ("good.md", ARTICLES["desk/harbour.md"])
    front_matter = ("front.md", "---\ntitle: [unclosed\n---\n# Headline\n")
    texts = dask.bag.from_sequence([("none.md", None), front_matter, good], npartitions=1)
    tasks = dask.bag.from_sequence([("crash.md", "# Crash\n"), ("other.md", "# Other\n")], npartitions=1).map(fail_on_crash)
    results = {r.path: r for r in lint_archive(dask.bag.concat([texts, tasks]), client, overrides=HOUSE)}
    assert set(results) == {"none.md", "front.md", "good.md", "<partition 1>"}
    assert results["front.md"].error.kind == "input" and results["front.md"].error.message.startswith("front.md")
    assert results["none.md"].error.kind == "internal" and results["none.md"].error.message.startswith("none.md: ")
    assert results["<partition 1>"].error.kind == "task" and "the archive's reader broke" in results["<partition 1>"].error.message
    assert results["good.md"].error is None and results["good.md"].diagnostics


def test_a_config_file_named_relative_to_the_client_applies_on_the_workers(client, tmp_path, monkeypatch):
    archive = write_archive(tmp_path / "archive", {"story.md": ARTICLES["desk/harbour.md"], "fair.txt": ARTICLES["desk/fair.txt"]})
    (archive / "bad.md").write_bytes(b"# Headline\n\nCaf\xe9 prices rose.\n")
    (tmp_path / "strict.toml").write_text('select = ["ap"]\n[severity]\n"ap" = "error"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the workers' working folder stays where it was
    results = list(lint_archive(["archive"], client, config_file="strict.toml"))
    with Linter(config_file="strict.toml") as linter:
        expected = list(linter.lint_paths(["archive"]))
    assert by_path(results) == by_path(expected)
    assert {r.path: r.error for r in results} == {r.path: r.error for r in expected}  # paths as given, also in messages
    assert {d.rule.split("/")[0] for r in results for d in r.diagnostics} == {"ap"}
    assert {str(d.severity) for r in results for d in r.diagnostics} == {"error"}


def test_bad_settings_fail_once_before_anything_runs(client, tmp_path):
    archive = write_archive(tmp_path / "archive", {"story.md": ARTICLES["desk/harbour.md"]})
    with pytest.raises(EditlintError, match="nosuch/rule"):
        next(lint_archive([str(archive)], client, overrides={"select": ["nosuch/rule"]}))
    with pytest.raises(EditlintError, match="nosuch/rule"):
        next(lint_archive(dask.bag.from_sequence([("story.md", "# Story\n")]), client, overrides={"select": ["nosuch/rule"]}))


def test_one_shared_languagetool_server_through_its_url(client, tmp_path, languagetool_url):
    settings = {"select": ["languagetool", "house"], "languagetool": {"url": languagetool_url}}
    archive = write_archive(tmp_path / "archive", {
        "bridge.md": "# Bridge Closed\n\nThe bridge are closed until Friday because of a accident on the east ramp.\n",
        "market.txt": "Market Reopens\n\nThe farmers market reopen on Saturday, and their will be music.\n",
        "park.md": "# Park Opens\n\nThe new park opened on Sunday, the parks department said.\n",
    })
    results = list(lint_archive([str(archive)], client, overrides=settings))
    assert by_path(results) == by_path(sequential([str(archive)], settings))
    assert any(d.rule.startswith("languagetool/") for r in results for d in r.diagnostics)


def count_linters(dask_worker):
    """Probe run in each worker: count the Linters made and closed there from now on."""
    from editlint import linter

    counts = dask_worker.editlint_linter_counts = {"made": 0, "closed": 0}
    made, close = linter.Linter.__init__, linter.Linter.close

    def counted_init(self, *args, **kwargs):
        counts["made"] += 1
        made(self, *args, **kwargs)

    def counted_close(self):
        counts["closed"] += 1
        close(self)

    dask_worker.editlint_linter_methods = (made, close)
    linter.Linter.__init__, linter.Linter.close = counted_init, counted_close


def stop_counting(dask_worker):
    from editlint import linter

    linter.Linter.__init__, linter.Linter.close = dask_worker.editlint_linter_methods
    return dask_worker.editlint_linter_counts


def test_the_plugin_makes_one_linter_per_worker_and_closes_it_on_teardown(client, tmp_path):
    settings = {"select": ["ap"], "ignore": ["ap/cliches"]}  # settings no other test uses: a new plugin
    archive = write_archive(tmp_path / "archive", {f"story{i}.md": f"# Story {i}\n\nThe okay vote came amongst cheers.\n" for i in range(8)})
    client.run(count_linters)
    try:
        results = list(lint_archive([str(archive)], client, overrides=settings))
        again = list(lint_archive([str(archive)], client, overrides=settings))
        assert len(results) == len(again) == 8
        made = client.run(lambda dask_worker: dict(dask_worker.editlint_linter_counts))
        client.unregister_worker_plugin(LinterPlugin(overrides=settings).name)
    finally:
        counts = client.run(stop_counting)
    assert [c["made"] for c in made.values()] == [1, 1]  # 16 tasks on 2 workers
    assert [(c["made"], c["closed"]) for c in counts.values()] == [(1, 1), (1, 1)]
