"""`--jobs N`: worker processes give the report `--jobs 1` gives, byte for byte, share one LanguageTool server and stop cleanly."""

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from editlint.packs.languagetool.server import MAIN_CLASS
from editlint.parallel import worker_count
from helpers import assert_one_line_error

# Our own articles: house-rule, pack (ap) and LanguageTool findings, a clean one and one that is not UTF-8.
ARTICLES = {
    "storm.md": "# Storm Hits Coast\n\nStorm Hits Coast\n\nSome experts say the storm was the worst in years. "
    "The crew moved towards the harbor and sent an e-mail to the mayor.\n",
    "council.txt": "Council Backs New Budget\n\nBy Ana Ruiz\n\nThe council voted on Tuesday to aprove the budget. "
    "It's members said the vote was a important step.\n",
    "school.md": "# School Board Meets\n\nThe board postponed the vote. Because the budget figures arrived late on Monday.\n\n"
    "Parents recieved a letter about the new timetable.\n",
    "fire.md": "# Fire Contained\n\nFirefighters contained the blaze on Sunday, the fire chief said.\n\n"
    "![Burnt barn](barn.jpg)\n",
    "clean.md": "# Bridge Reopens\n\nThe bridge reopened on Friday after two years of repairs, the city said.\n",
    "harbor/ferry.md": "# Ferry Returns\n\nThe ferry returned towards the port, it was reported.\n",
    "harbor/pier.md": "# Pier Repaired\n\nWorkers repaired the pier on Thursday, the harbor master said.\n",
    "harbor/tide.txt": "Tide Tables Change\n\nThe harbor published new tide tables on Wednesday. Sailors said it was a useful change.\n",
}
NOT_UTF8 = b"# Caf\xe9 Closes\n\nThe caf\xe9 closed on Monday.\n"
FIXABLE = "# Market Opens\n\nTraders walked towards the market and sent an e-mail.\n"
FIXED = "# Market Opens\n\nTraders walked toward the market and sent an email.\n"


def write_articles(folder: Path, url: str | None) -> Path:
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "latin1.md").write_bytes(NOT_UTF8)
    if url:
        (folder / ".editlint.toml").write_text(f'[languagetool]\nurl = "{url}"\n')
    return folder


def marked_processes(marker: str) -> dict[int, bytes]:
    """Live processes (not zombies) whose environment carries ``marker``: a run's process and all it started."""
    found = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if f"EDITLINT_TEST_RUN={marker}".encode() not in (proc / "environ").read_bytes().split(b"\0"):
                    continue
                if (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                    continue
                found[int(proc.name)] = (proc / "cmdline").read_bytes()
            except (OSError, IndexError):
                continue
    return found


def workers(processes: dict[int, bytes], parent: int) -> list[int]:
    """Worker processes: children of the fork server, itself a child of ``parent``."""
    servers = {pid for pid, cmd in processes.items() if b"multiprocessing.forkserver" in cmd and _ppid(pid) == parent}
    return [pid for pid in processes if _ppid(pid) in servers]


def _ppid(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError):
        return 0


class Watched:
    """A command-line run whose processes are sampled while it runs."""

    def __init__(self, folder: Path, *args: str, stdin: str | None = None):
        self.marker = uuid.uuid4().hex
        env = {**os.environ, "NO_COLOR": "1", "EDITLINT_TEST_RUN": self.marker}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "editlint", *args], cwd=folder, env=env, text=True,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.outputs: list[tuple[str, str]] = []
        self.reader = threading.Thread(target=lambda: self.outputs.append(self.proc.communicate(stdin)), daemon=True)
        self.reader.start()  # the pipes are read while the run is watched
        self.most_workers = 0
        self.languagetool_servers: set[int] = set()
        self.most_languagetool_servers = 0

    def sample(self) -> None:
        processes = marked_processes(self.marker)
        self.most_workers = max(self.most_workers, len(workers(processes, self.proc.pid)))
        servers = {pid for pid, cmd in processes.items() if MAIN_CLASS.encode() in cmd}
        self.languagetool_servers |= servers
        self.most_languagetool_servers = max(self.most_languagetool_servers, len(servers))

    def finish(self, timeout: float = 600) -> tuple[int, str, str]:
        deadline = time.monotonic() + timeout
        while self.reader.is_alive() and time.monotonic() < deadline:
            self.sample()
            time.sleep(0.05)
        self.reader.join(max(0, deadline - time.monotonic()))
        assert self.outputs, "the run did not end in time"
        out, err = self.outputs[0]
        assert "Traceback" not in err, err
        return self.proc.returncode, out, err

    def wait_for_workers(self, count: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while self.most_workers < count and self.proc.poll() is None and time.monotonic() < deadline:
            self.sample()
            time.sleep(0.02)
        assert self.most_workers >= count, "the workers never started"

    def leftovers(self, seconds: float = 10) -> dict[int, bytes]:
        """Processes of this run still alive ``seconds`` after it ended (the fork server exits as it sees its parent gone)."""
        deadline = time.monotonic() + seconds
        while (left := marked_processes(self.marker)) and time.monotonic() < deadline:
            time.sleep(0.1)
        return left


def run(folder: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    return Watched(folder, *args, stdin=stdin).finish()


@pytest.fixture(scope="module")
def reports_by_jobs(tmp_path_factory, languagetool_url):
    """Every format's report with --jobs 1 and --jobs 2 (and the number of workers each run had)."""
    folder = write_articles(tmp_path_factory.mktemp("articles"), languagetool_url)
    reports = {}
    for output_format in ("text", "json", "sarif"):
        for jobs in ("1", "2"):
            watched = Watched(folder, "--no-cache", "--jobs", jobs, "--format", output_format, ".")
            reports[output_format, jobs] = (*watched.finish(), watched.most_workers)
    return reports


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_two_workers_report_what_one_process_reports_byte_for_byte(reports_by_jobs, output_format):
    code, out, err, most_workers = reports_by_jobs[output_format, "2"]
    assert most_workers == 2
    assert (code, out, err) == reports_by_jobs[output_format, "1"][:3]
    assert reports_by_jobs[output_format, "1"][3] == 0


def test_the_report_has_every_kind_of_finding_and_the_error(reports_by_jobs):
    code, out, err, _ = reports_by_jobs["text", "2"]
    assert code == 2
    assert err.strip() == "editlint: error: latin1.md: not valid UTF-8 (byte 5): save the file as UTF-8"
    for finding in ("house/duplicate-headline", "house/unattributed-claim", "house/sentence-fragment", "ap/", "languagetool/MORFOLOGIK_RULE_EN_US", "languagetool/EN_A_VS_AN"):
        assert finding in out


def test_workers_fill_the_result_cache_and_an_unchanged_run_needs_none(tmp_path, languagetool_url):
    write_articles(tmp_path, languagetool_url)
    first = Watched(tmp_path, "--jobs", "2", "--format", "json", ".")
    first_report = first.finish()
    assert first.most_workers == 2
    again = Watched(tmp_path, "--jobs", "2", "--format", "json", ".")
    assert again.finish() == first_report and again.most_workers == 0
    (tmp_path / "storm.md").write_text(ARTICLES["storm.md"] + "\nOthers believe the vote was rigged.\n")
    changed = Watched(tmp_path, "--jobs", "2", "--format", "json", ".")
    code, out, _ = changed.finish()
    assert changed.most_workers == 0 and out.count("house/unattributed-claim") == first_report[1].count("house/unattributed-claim") + 1


def test_fix_with_two_workers_fixes_each_file_once(tmp_path):
    for jobs in ("1", "2"):
        folder = tmp_path / f"jobs-{jobs}"
        folder.mkdir()
        for i in range(8):
            (folder / f"market-{i}.md").write_text(FIXABLE)
        (folder / "latin1.md").write_bytes(NOT_UTF8)
        watched = Watched(folder, "--jobs", jobs, "--select", "ap", "--fix", ".")
        code, out, err = watched.finish()
        assert (code, out) == (2, "No problems in 8 files; 1 file could not be checked.\nFixed 16 problems.\n"), (out, err)
        assert watched.most_workers == (2 if jobs == "2" else 0)
        assert [p.read_text() for p in sorted(folder.glob("market-*.md"))] == [FIXED] * 8
        assert (folder / "latin1.md").read_bytes() == NOT_UTF8
        assert not [p for p in folder.iterdir() if ".editlint" in p.name]


def test_stdin_is_linted_by_the_parent_in_its_place(tmp_path):
    folder = tmp_path
    for i in range(8):
        (folder / f"market-{i}.md").write_text(FIXABLE)
    args = ("--select", "ap", "--format", "json", "--stdin-filename", "piped.md", "market-0.md", "-", *(f"market-{i}.md" for i in range(1, 8)))
    one, two = run(folder, "--jobs", "1", *args, stdin=FIXABLE), run(folder, "--jobs", "2", *args, stdin=FIXABLE)
    assert one == two
    assert '"path": "piped.md"' in two[1]


def test_the_parent_starts_the_one_languagetool_server_the_workers_share(tmp_path):
    write_articles(tmp_path, None)
    (tmp_path / "latin1.md").unlink()
    watched = Watched(tmp_path, "--jobs", "2", "--select", "languagetool", ".")
    code, out, err = watched.finish()
    assert code == 1, err
    assert "languagetool/EN_A_VS_AN" in out
    assert watched.most_workers == 2
    assert watched.most_languagetool_servers == 1 and len(watched.languagetool_servers) == 1
    assert not watched.leftovers()


def test_sigterm_stops_the_workers_cleanly(tmp_path):
    for i in range(40):
        (tmp_path / f"market-{i}.md").write_text(FIXABLE * 20)
    watched = Watched(tmp_path, "--jobs", "2", "--select", "house,ap", "--fix", ".")
    watched.wait_for_workers(2)
    deadline = time.monotonic() + 120
    while FIXED * 20 not in {p.read_text() for p in tmp_path.glob("market-*.md")} and time.monotonic() < deadline:
        time.sleep(0.01)  # the workers are fixing files
    watched.proc.send_signal(signal.SIGTERM)
    code, out, err = watched.finish()
    assert_one_line_error(type("Run", (), {"code": code, "out": out, "err": err}), "interrupted")
    assert not watched.leftovers()
    assert not [p for p in tmp_path.iterdir() if ".editlint" in p.name]
    assert {p.read_text() for p in tmp_path.glob("market-*.md")} <= {FIXABLE * 20, FIXED * 20}


def test_a_worker_that_dies_ends_the_run_with_one_line(tmp_path):
    for i in range(40):
        (tmp_path / f"market-{i}.md").write_text(FIXABLE * 20)
    watched = Watched(tmp_path, "--jobs", "2", "--select", "house", ".")
    watched.wait_for_workers(2)
    os.kill(workers(marked_processes(watched.marker), watched.proc.pid)[0], signal.SIGKILL)
    code, out, err = watched.finish()
    assert_one_line_error(type("Run", (), {"code": code, "out": out, "err": err}), "a worker process ended unexpectedly (exit status -9)")
    assert not watched.leftovers()


def test_few_files_stay_in_one_process():
    assert worker_count(2, ["a.md"]) == 0
    assert worker_count(2, ["a.md"] * 7 + ["-"]) == 0
    assert worker_count(2, ["a.md"] * 8) == 2
    assert worker_count(8, ["a.md"] * 9) == 2
    cores = len(os.sched_getaffinity(0))
    assert worker_count(0, ["a.md"] * 100) == (cores if cores > 1 else 0)
    assert worker_count(1, ["a.md"] * 10) == 0


def test_jobs_comes_from_the_user_not_the_repository(tmp_path, editlint):
    (tmp_path / "clean.md").write_text(ARTICLES["clean.md"])
    (tmp_path / ".editlint.toml").write_text("jobs = 4\n")
    assert_one_line_error(editlint("--select", "ap", "clean.md"), ".editlint.toml: 'jobs' is not allowed in a repository's config")
    (tmp_path / ".editlint.toml").unlink()
    assert editlint("--select", "ap", "clean.md", env={"EDITLINT_JOBS": "2"}).code == 0
    assert_one_line_error(editlint("--select", "ap", "clean.md", env={"EDITLINT_JOBS": "many"}), "EDITLINT_JOBS: 'jobs' must be a whole number")
