"""The GitHub Action (action.yml) and the scripts it runs, end to end: install editlint into a fresh
environment, then lint a pull request on a shallow clone, as a runner would (the runner itself is
not available here)."""

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import jsonschema
import pytest
import yaml

from editlint.formatters import FORMATS
from gitrepo import GitRepo
from helpers import languagetool_pids

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts" / "ci"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
STORY = "# Port Expands\n\nThe port opened a new quay on Monday.\n\nSome experts say it will bring more ships.\n"
EDITED = STORY.replace("on Monday.", "on Monday, with the port chief has promised more ships.")


def test_action_is_composite_and_runs_only_repository_scripts():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [step["uses"].split("@")[0] for step in steps if "uses" in step]
    assert uses == ["actions/setup-python", "actions/setup-java", "actions/cache", "github/codeql-action/upload-sarif", "actions/upload-artifact"]
    for step in steps:
        if "run" in step:
            script = step["run"].split('"')[1].replace("$GITHUB_ACTION_PATH/", "")
            assert (ROOT / script).is_file() and os.access(ROOT / script, os.X_OK), script
    by_name = {step.get("uses", step.get("id", "")).split("@")[0]: step for step in steps}
    assert "steps.install.outputs.languagetool" in by_name["actions/cache"]["with"]["key"]
    assert by_name["actions/cache"]["with"]["path"] == by_name["lint"]["env"]["EDITLINT_CACHE_DIR"]
    reports = dict(pair.split(":") for pair in by_name["lint"]["env"]["EDITLINT_REPORTS"].split())
    assert by_name["github/codeql-action/upload-sarif"]["with"]["sarif_file"] == reports["sarif"]
    assert by_name["actions/upload-artifact"]["with"]["path"] == reports["html"]
    assert "--diff-base" in (SCRIPTS / "lint.sh").read_text() and "--format github" in (SCRIPTS / "lint.sh").read_text()


def test_example_workflow_uses_the_action():
    workflow = yaml.safe_load((ROOT / "examples" / "editlint-workflow.yml").read_text())
    steps = workflow["jobs"]["editlint"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[1]["uses"].startswith("<owner>/editlint@")
    assert workflow["permissions"]["security-events"] == "write"
    readme = (ROOT / "README.md").read_text()
    assert (ROOT / "examples" / "editlint-workflow.yml").read_text().split("\n", 1)[1] in readme


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """install.sh run against a fresh virtual environment; the test environment's packages stand in
    for the registry (a .pth file), so pip installs editlint itself from this repository."""
    venv = tmp_path_factory.mktemp("runner") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "test-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    output = venv.parent / "github-output"
    run = subprocess.run([str(SCRIPTS / "install.sh"), str(ROOT)], env={**os.environ, "PYTHON": str(python), "GITHUB_OUTPUT": str(output)},
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr
    return venv, output.read_text()


def test_install_script_installs_editlint_and_names_the_cache_key(installed):
    venv, output = installed
    from editlint.packs.languagetool.provision import LANGUAGETOOL_VERSION

    assert output == f"languagetool={LANGUAGETOOL_VERSION}\n"
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import editlint; print(editlint.__file__)"], capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(venv))  # its own copy, not the test environment's
    assert subprocess.run([str(venv / "bin" / "editlint"), "--version"], capture_output=True, text=True).returncode == 0


def test_lint_script_on_a_shallow_pull_request_checkout(installed, tmp_path):
    venv, _ = installed
    origin = GitRepo(tmp_path / "origin")
    origin.write("articles/port.md", STORY)
    origin.write("articles/old.md", STORY)
    base = origin.commit("archive")
    origin.git("checkout", "-q", "-b", "pull")
    origin.write("articles/port.md", EDITED)
    origin.commit("edit")
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "-q", "--depth=1", "--branch=pull", f"file://{origin.root}", str(checkout)], check=True)
    reports = ["sarif:out/editlint.sarif", "rdjson:out/editlint.rdjson"] + (["html:out/editlint-report.html"] if "html" in FORMATS else [])
    env = {
        **os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "EDITLINT_BASE": base, "EDITLINT_PATHS": "articles",
        "EDITLINT_REPORTS": " ".join(reports), "NO_COLOR": "1",
    }
    servers_before = languagetool_pids(Path(os.environ["EDITLINT_CACHE_DIR"]))  # the test session's own server
    run = subprocess.run([str(SCRIPTS / "lint.sh")], cwd=checkout, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "fetching the base commit" in run.stderr
    # annotations: only the new dangling clause, not the old claim below it or the untouched article
    assert run.stdout.splitlines() == [
        "::error file=articles/port.md,line=3,col=39,endLine=3,endColumn=71,title=house/dangling-clause::"
        "Dangling clause after \"with\": use \"with the port chief having promised\" or \"and the port chief has promised\""
    ]
    sarif = json.loads((checkout / "out" / "editlint.sarif").read_text())
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["house/dangling-clause"]
    assert sarif["runs"][0]["results"][0]["partialFingerprints"]["editlint/v1"]
    assert len(json.loads((checkout / "out" / "editlint.rdjson").read_text())["diagnostics"]) == 1
    for report in reports:
        assert (checkout / report.split(":")[1]).stat().st_size > 0
    assert languagetool_pids(Path(os.environ["EDITLINT_CACHE_DIR"])) <= servers_before  # the script's warm server was stopped
