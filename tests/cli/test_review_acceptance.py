"""A pull request on an archive with known problems: only its two new findings are reported, with
`--diff-base` and with `--baseline`, in every output format (all rules, the session's LanguageTool)."""

import json

import pytest
from click.testing import CliRunner

from editlint.cli import main
from gitrepo import GitRepo

ARCHIVE = {
    "articles/council.md": "# Council Approves Budget\n\nThe city council approved the new budget on Tuesday evening.\n\n"
    "Some experts say the plan will raise taxes next year.\n",
    "articles/harbor.txt": "Harbor Reopens After Repairs\nThe harbor reopened on Monday after three months of repairs.\n"
    "Workers finished the new sea wall on Friday, with the contractor has promised a report by June.\nThe first ferry left at noon.\n",
    "articles/school.md": "# New School Opens\n\nThe new school opened its doors to 400 students on Monday.\n\n"
    "Though the district has said that the library, if money allows, would open in the spring.\n\n"
    "Parents waited outside the gates before the first bell.\n",
    "articles/market.md": "# Farmers Market Returns\n\nThe farmers market returned to the town square on Saturday.\n\n"
    "Vendors sold apples, bread and honey until early afternoon.\n",
}
EDITS = {  # a new dangling clause, a new fragment beside an old problem, an old problem moved down
    "articles/market.md": ("until early afternoon.", "until early afternoon, with the organizers have planned a second market in May."),
    "articles/harbor.txt": ("a report by June.", "a report by June. Though the port office has said that the ferry, if storms return, would stay in port."),
    "articles/council.md": ("Some experts", "The vote was six to one.\n\nSome experts"),
}
NEW = [("articles/harbor.txt", 3, 97, "house/sentence-fragment"), ("articles/market.md", 5, 61, "house/dangling-clause")]
MODES = {"diff-base": ["--diff-base", "main"], "baseline": ["--baseline", ".editlint-baseline.json"]}


def found(output_format: str, out: str) -> list[tuple]:
    """(path, line, column, rule) of each finding in a report."""
    if output_format == "text":
        return [(p, int(l), int(c), line.split()[2]) for line in out.splitlines() if line.startswith("articles/") for p, l, c in [line.split(":")[:3]]]
    if output_format == "json":
        return [(d["path"], d["line"], d["column"], d["rule"]) for d in json.loads(out)]
    if output_format == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        where = [r["locations"][0]["physicalLocation"] for r in results]
        return [(w["artifactLocation"]["uri"], w["region"]["startLine"], w["region"]["startColumn"], r["ruleId"]) for w, r in zip(where, results)]
    if output_format == "github":
        props = [dict(p.split("=", 1) for p in line[2:].split("::")[0].split(" ", 1)[1].split(",")) for line in out.splitlines()]
        return [(p["file"], int(p["line"]), int(p["col"]), p["title"].replace("%2F", "/")) for p in props]
    if output_format == "rdjson":
        return [(d["location"]["path"], d["location"]["range"]["start"]["line"], d["location"]["range"]["start"]["column"], d["code"]["value"])
                for d in json.loads(out)["diagnostics"]]
    raise AssertionError(f"no reader for {output_format}")


@pytest.fixture(scope="module")
def pull_request(tmp_path_factory, languagetool_url):
    repo = GitRepo(tmp_path_factory.mktemp("archive") / "newsroom")
    repo.write(".editlint.toml", f'[languagetool]\nurl = "{languagetool_url}"\n')
    for name, text in ARCHIVE.items():
        repo.write(name, text)
    return repo


def test_pull_request_reports_exactly_its_two_new_findings(pull_request, editlint, monkeypatch):
    repo = pull_request
    recorded = editlint("--write-baseline", ".editlint-baseline.json", "articles", cwd=repo.root)
    assert recorded.code == 0 and "recorded 3 findings" in recorded.err, recorded.err
    repo.commit("archive and its baseline")
    repo.git("checkout", "-q", "-b", "edits")
    for name, (old, new) in EDITS.items():
        repo.write(name, (repo.root / name).read_text().replace(old, new))
    repo.commit("edits")
    everything = editlint("articles", cwd=repo.root)
    assert len(found("text", everything.out)) == 5, everything.out
    monkeypatch.chdir(repo.root)
    formats = [f for f in main.commands["check"].params if f.name == "output_format"][0].type.choices
    for mode, options in {**MODES, "both": MODES["diff-base"] + MODES["baseline"]}.items():
        real = editlint(*options, "articles", cwd=repo.root)  # the real command line, text format
        assert (real.code, found("text", real.out)) == (1, NEW), (mode, real.out, real.err)
        for output_format in formats:
            if output_format == "html":  # the HTML report is checked by its own browser tests
                continue
            run = CliRunner().invoke(main, [*options, "--format", output_format, "articles"])
            assert run.exit_code == 1, (mode, output_format, run.output)
            assert found(output_format, run.stdout) == NEW, (mode, output_format, run.stdout)
