"""The warm engine: runs served by the worker print exactly what in-process runs print, settings never go stale,
only a private socket of our own is used, a stale one falls back, and the client imports nothing heavy."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time

import pytest

from editlint.client import encode

ARTICLE = """\
# Council Votes On Harbour Plan

The council voted on Tuesday to close the harbour road, the mayor said. Some experts say the plan will fail.

He go to the meeting every days, whilst the residents waited outside in order to see the vote.

Though the vote was close.

![A crane at the harbour](crane.jpg)
"""
PLAIN = "Harbour Road Closes\n\nThe road closes on Monday, said the mayor. It is believed the work will take a year.\n"

CASES = [
    [],
    ["--format", "json"],
    ["--format", "sarif", "--select", "house,ap"],
    ["--format", "github", "--fail-level", "warning", "--ignore", "languagetool"],
    ["--statistics", "--unsafe-fixes"],
    ["--format", "rdjson", "--select", "house/no-such-rule"],
    ["--bogus-option"],
    ["check", "--help"],
]


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "story.md").write_text(ARTICLE)
    (tmp_path / "brief.txt").write_text(PLAIN)
    return tmp_path


def same_run(warm, *args, cwd, stdin=b"", served=True):
    """Run warm and in-process; both print the same bytes and end with the same status; the warm run was served."""
    before = warm.served()
    hot = warm.run(*args, cwd=cwd, stdin=stdin)
    assert warm.served() == before + served
    cold = warm.run(*args, cwd=cwd, stdin=stdin, warm=False)
    assert (hot.code, hot.out.decode(), hot.err.decode()) == (cold.code, cold.out.decode(), cold.err.decode())
    return hot


@pytest.mark.parametrize("options", CASES, ids=lambda options: " ".join(options) or "default")
def test_served_runs_print_what_in_process_runs_print(warm, desk, options):
    files = [] if options[:1] == ["check"] else ["story.md", "brief.txt"]
    run = same_run(warm, *options, *files, cwd=desk)
    assert run.out or run.err


def test_stdin_report_file_and_fix_through_the_worker(warm, desk):
    run = same_run(warm, "--stdin-filename", "story.md", "-", cwd=desk, stdin=ARTICLE.encode())
    assert b"story.md:" in run.out and run.code == 1
    fixed = same_run(warm, "--fix", "--select", "ap", "-", cwd=desk, stdin=ARTICLE.encode())
    assert b"while the residents" in fixed.out and b"Fixed" in fixed.err
    same_run(warm, "--format", "json", "-o", "reports/story.json", "story.md", cwd=desk)
    served = (desk / "reports" / "story.json").read_bytes()
    shutil.rmtree(desk / "reports")
    warm.run("--format", "json", "-o", "reports/story.json", "story.md", cwd=desk, warm=False)
    assert served == (desk / "reports" / "story.json").read_bytes() and b'"rule"' in served


def test_fix_in_place_through_the_worker(warm, desk):
    (desk / "copy.md").write_text(ARTICLE)
    before = warm.served()
    served = warm.run("--fix", "--select", "ap", "story.md", cwd=desk)
    cold = warm.run("--fix", "--select", "ap", "copy.md", cwd=desk, warm=False)
    assert warm.served() == before + 1
    assert (served.code, served.out.replace(b"story.md", b"copy.md")) == (cold.code, cold.out)
    assert (desk / "story.md").read_text() == (desk / "copy.md").read_text() != ARTICLE
    assert "while the residents" in (desk / "story.md").read_text()


def test_colour_on_a_terminal_as_in_process(warm, desk):
    def on_terminal(warm_run: bool) -> bytes:
        env = {**(warm.env if warm_run else warm.cold)}
        env.pop("NO_COLOR")
        main, terminal = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "editlint", "-q", "--select", "house", "story.md"], cwd=desk, env=env, stdin=subprocess.DEVNULL, stdout=terminal, stderr=subprocess.PIPE)
        os.close(terminal)
        out = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: every holder of the terminal closed it
                break
            if not chunk:
                break
            out += chunk
        os.close(main)
        proc.wait(300)
        return out

    before = warm.served()
    served = on_terminal(True)
    assert warm.served() == before + 1
    assert served == on_terminal(False) and b"\x1b[" in served


def test_settings_edited_while_the_worker_runs_count_at_once(warm, tmp_path):
    (tmp_path / "story.md").write_text(ARTICLE + "\nThe flimbrous plan drew praise.\n")
    config = tmp_path / ".editlint.toml"
    config.write_text('select = ["house", "desk", "languagetool/MORFOLOGIK_RULE_EN_US"]\npacks = ["desk.yml"]\n[languagetool]\naccept = ["words.txt"]\n')
    (tmp_path / "desk.yml").write_text("rules:\n  - name: crane\n    kind: existence\n    severity: warning\n    message: no cranes\n    summary: No cranes.\n    rationale: None.\n    tokens: [harbour road]\n    bad: [the harbour road]\n    good: [the road]\n")
    (tmp_path / "words.txt").write_text("")

    def findings() -> set[tuple[str, int]]:
        run = same_run(warm, "--format", "json", "story.md", cwd=tmp_path)
        return {(finding["rule"], finding["line"]) for finding in json.loads(run.out)}

    found = findings()
    assert {("house/unattributed-claim", 3), ("desk/crane", 3), ("languagetool/MORFOLOGIK_RULE_EN_US", 11)} <= found
    config.write_text(config.read_text().replace("[languagetool]", 'ignore = ["house/unattributed-claim"]\n[languagetool]'))
    assert findings() == found - {("house/unattributed-claim", 3)}
    (tmp_path / "desk.yml").write_text((tmp_path / "desk.yml").read_text().replace("harbour road", "every days"))
    assert findings() == found - {("house/unattributed-claim", 3), ("desk/crane", 3)} | {("desk/crane", 5)}
    (tmp_path / "words.txt").write_text("flimbrous\n")
    assert findings() == found - {("house/unattributed-claim", 3), ("desk/crane", 3), ("languagetool/MORFOLOGIK_RULE_EN_US", 11)} | {("desk/crane", 5)}


def test_socket_is_private(warm):
    folder, sock = warm.folder.lstat(), (warm.folder / "socket").lstat()
    assert stat.S_ISDIR(folder.st_mode) and stat.S_IMODE(folder.st_mode) == 0o700 and folder.st_uid == os.getuid()
    assert stat.S_ISSOCK(sock.st_mode) and stat.S_IMODE(sock.st_mode) == 0o600 and sock.st_uid == os.getuid()


def test_client_imports_nothing_heavy(warm, desk):
    probe = (
        "import sys; sys.argv = ['editlint', '--select', 'house', 'story.md']; from editlint.client import run_in_worker; "
        "status = run_in_worker(); print(status, sorted({'spacy', 'click', 'requests', 'thinc', 'proselint'} & set(sys.modules)), file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", probe], cwd=desk, env=warm.env, capture_output=True, text=True, timeout=300)
    assert proc.stderr.strip().splitlines()[-1] == "1 []", proc.stderr
    assert "house/" in proc.stdout


PRELOAD_THEN_RUN = """
import sys
from editlint.worker import preload
preload()
loaded = set(sys.modules)
from editlint.cli import main
sys.argv = ["editlint", "--no-cache", "story.md"]
try:
    main()
except SystemExit:
    pass
print("imported by the run:", sorted(set(sys.modules) - loaded), file=sys.stderr)
"""


def test_the_worker_loads_before_forking_all_that_a_default_run_imports(warm, desk):
    (desk / "story.md").write_text(ARTICLE + "\nThe residents did not recieve the letters.\n")  # a spelling judgement reads word frequencies
    run = subprocess.run([sys.executable, "-c", PRELOAD_THEN_RUN], cwd=desk, env=warm.cold, capture_output=True, text=True, timeout=300)
    assert "languagetool/MORFOLOGIK_RULE_EN_US" in run.stdout
    assert run.stderr.strip().splitlines()[-1] == "imported by the run: []"


PRELOAD_THEN_PARSE = """
import sys
from editlint.nlp.pipeline import load_pipeline
from editlint.worker import preload
preload()
vocabulary = load_pipeline(None).vocab  # as the runs load it
known = len(vocabulary)
words = {token.text for token in load_pipeline(None)(sys.argv[1])}
print(len(words), len(vocabulary) - known)
"""


def test_the_worker_knows_common_words_before_forking(warm, desk):
    text = "Engineers said Thursday that the repairs would cost more than expected, and residents worried about traffic."
    run = subprocess.run([sys.executable, "-c", PRELOAD_THEN_PARSE, text], cwd=desk, env=warm.cold, capture_output=True, text=True, timeout=300)
    words, new = map(int, run.stdout.split())
    assert words > 15 and new == 0, run.stderr  # each run would otherwise add these words to its copy of the vocabulary


PRELOAD_THEN_TABLES = """
from editlint import lexicon
from editlint.worker import preload
preload()
tables = [lexicon._rows, lexicon._irregular_forms, lexicon._irregular_noun_forms, lexicon._forms_by_base, lexicon._phrases, lexicon._listed_words]
print(*(table.cache_info().currsize for table in tables))
"""


def test_the_worker_reads_the_lexicon_before_forking(warm, desk):
    # a run would otherwise read what its article asks for again: SCOWL's 180,000 words (about 40 ms),
    # WordNet's two-word lemmas (8 ms: a spelling judgement) and irregular forms (3 ms: dangling clauses)
    run = subprocess.run([sys.executable, "-c", PRELOAD_THEN_TABLES], cwd=desk, env=warm.cold, capture_output=True, text=True, timeout=300)
    assert run.stdout.split() == ["1"] * 6, run.stderr


def test_other_commands_run_in_process(warm, desk):
    before = warm.served()
    assert warm.run("rules", cwd=desk).code == 0
    assert b"running" in warm.run("server", "status", cwd=desk).out
    assert warm.served() == before


def listening(path) -> socket.socket:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(8)
    listener.setblocking(False)
    return listener


def knocked(listener: socket.socket) -> bool:
    try:
        listener.accept()[0].close()
        return True
    except BlockingIOError:
        return False


def test_a_socket_not_private_or_not_ours_is_never_used(warm, desk, tmp_path):
    """An impostor listening where the worker would: owned by another user, or open to others, it gets no connection."""
    assert os.getuid() == 0, "this test needs root (to give files to another user), as CI has"
    cache = tmp_path / "impostor"
    folder = cache / "worker"
    folder.mkdir(parents=True, mode=0o700)
    impostor = listening(folder / "socket")
    env = {"EDITLINT_CACHE_DIR": str(cache)}
    expected = warm.run("--select", "house", "story.md", cwd=desk, warm=False)
    for owner, folder_mode, socket_mode in ((65534, 0o700, 0o600), (0, 0o700, 0o666), (0, 0o755, 0o600), (0, 0o700, 0o660)):
        os.chown(folder, owner, owner)
        os.chown(folder / "socket", owner, owner)
        os.chmod(folder, folder_mode)
        os.chmod(folder / "socket", socket_mode)
        run = warm.run("--select", "house", "story.md", cwd=desk, env=env)
        assert (run.code, run.out, run.err) == (expected.code, expected.out, expected.err)
        assert not knocked(impostor), (owner, oct(folder_mode), oct(socket_mode))
    os.chown(folder, 0, 0)
    os.chown(folder / "socket", 0, 0)
    os.chmod(folder, 0o700)
    os.chmod(folder / "socket", 0o600)
    warm.run("--select", "house", "story.md", cwd=desk, env=env)
    assert knocked(impostor)  # the same socket, private and ours: used
    impostor.close()


CONNECT_AS_ANOTHER_USER = """
import socket, sys
sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
sock.settimeout(30)
sock.connect(sys.argv[1])
try:
    sock.sendall(bytes.fromhex(sys.argv[2]))
    print("answered" if sock.recv(100) else "hung up")
except ConnectionError:
    print("hung up")
"""


def test_the_worker_refuses_another_user(warm, desk):
    """Even with the folder and socket opened to others, a run of another user is refused (SO_PEERCRED)."""
    assert os.getuid() == 0 and shutil.which("setpriv"), "this test needs root and setpriv, as CI has"
    request = {"editlint": ["x", "y"], "argv": ["editlint", "story.md"], "main_package": None, "env": {}, "umask": 0o22, "streams": [["utf-8", "strict"]] * 3}
    before = warm.served()
    os.chmod(warm.folder, 0o711)
    os.chmod(warm.folder / "socket", 0o666)
    folder = os.open(warm.folder, os.O_PATH)
    try:
        proc = subprocess.run(
            ["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups", "/usr/bin/python3", "-c", CONNECT_AS_ANOTHER_USER,
             f"/proc/self/fd/{folder}/socket", encode(request).hex()],
            pass_fds=[folder], cwd="/", capture_output=True, text=True, timeout=60,
        )
    finally:
        os.close(folder)
        os.chmod(warm.folder, 0o700)
        os.chmod(warm.folder / "socket", 0o600)
    assert proc.stdout.strip() == "hung up", proc.stderr  # connected, and hung up on without a word
    assert warm.served() == before


def test_a_stale_socket_falls_back_and_is_removed(warm, desk, tmp_path):
    cache = tmp_path / "stale"
    (cache / "worker").mkdir(parents=True, mode=0o700)
    listening(cache / "worker" / "socket").close()  # a worker that died: its socket file stays, nobody listens
    os.chmod(cache / "worker" / "socket", 0o600)
    expected = warm.run("--select", "house", "story.md", cwd=desk, warm=False)
    run = warm.run("--select", "house", "story.md", cwd=desk, env={"EDITLINT_CACHE_DIR": str(cache)})
    assert (run.code, run.out, run.err) == (expected.code, expected.out, expected.err)
    assert not (cache / "worker" / "socket").exists()


def test_interrupting_a_served_run_stops_it_as_in_process(warm, desk):
    """Ctrl-C at the client reaches the run in the worker: it ends as an interrupted in-process run does."""

    def interrupted(warm_run: bool):
        env = warm.env if warm_run else warm.cold
        waiting_already = {pid for pid in children(warm.pid) if reading_stdin(pid)}  # runs of earlier tests
        proc = stdin_run(env, desk)

        def candidates():
            return [proc.pid] if not warm_run else set(children(warm.pid)) - waiting_already

        # the run reads stdin; a served run's client waits for its status (it passes Ctrl-C on)
        wait_for(lambda: any(map(reading_stdin, candidates())) and (not warm_run or receiving(proc.pid)))
        proc.send_signal(2)
        time.sleep(0.5)
        out, err = proc.communicate(ARTICLE.encode(), timeout=120)
        return proc.returncode, out, err

    assert interrupted(True) == interrupted(False) == (2, b"", b"editlint: error: interrupted\n")


def stdin_run(env: dict, cwd) -> subprocess.Popen:
    """``editlint --select house -`` started, reading its stdin; Ctrl-C ends it as at a terminal (a suite run as
    a background job inherits SIGINT ignored, and so would the run)."""
    return subprocess.Popen([sys.executable, "-m", "editlint", "--select", "house", "-"], cwd=cwd, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def children(pid: int) -> list[int]:
    """The live child processes of ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


@contextlib.contextmanager
def own_worker(warm, cache):
    """A worker of its own (``editlint server start`` with the cache folder ``cache``): its environment and pid; stopped after."""
    env = {**warm.env, "EDITLINT_CACHE_DIR": str(cache)}
    started = subprocess.run([sys.executable, "-m", "editlint", "server", "start"], env=env, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr
    try:
        yield env, int(started.stdout.split("editlint worker running (pid ")[1].split(")")[0])
    finally:
        subprocess.run([sys.executable, "-m", "editlint", "server", "stop"], env=env, capture_output=True, timeout=120)


def test_one_child_serves_run_after_run_and_stops_with_the_worker(warm, desk, tmp_path):
    """The child is forked before the first run and serves the next ones too (no fork, no copied pages a run)."""
    cache = tmp_path / "cache"
    with own_worker(warm, cache) as (env, worker):
        (child,) = children(worker)  # waiting for the first run
        for _ in range(3):
            assert warm.run("--select", "ap", "story.md", cwd=desk, env=env).code == 0
        assert (cache / "worker" / "worker.log").read_text().count(f"served run {child}: exit 0") == 3
        assert children(worker) == [child]
    wait_for(lambda: not children(worker) and not os.path.exists(f"/proc/{worker}"), 30)
    assert not os.path.exists(f"/proc/{child}")


def next_child(worker: int, before: int) -> int:
    """The worker's child once the child ``before`` has ended."""
    wait_for(lambda: children(worker) not in ([], [before]), 30)
    (child,) = children(worker)
    return child


def test_a_child_serves_no_more_runs_after_one_that_leaves_something_behind(warm, desk, tmp_path):
    """A fork server of --jobs still running, or a settings file edited as the run read it: the next run gets a fresh child."""
    cache = tmp_path / "cache"
    for number in range(8):
        (desk / f"brief{number}.txt").write_text(PLAIN)
    with own_worker(warm, cache) as (env, worker):
        (child,) = children(worker)
        assert warm.run("--select", "ap", "--jobs", "2", *(f"brief{number}.txt" for number in range(8)), cwd=desk, env=env).code == 0
        fresh = next_child(worker, child)
        assert fresh != child
        (desk / ".editlint.toml").write_text('ignore = ["house/unattributed-claim"]\n')
        assert warm.run("--select", "house", "story.md", cwd=desk, env=env).code == 1
        assert next_child(worker, fresh) != fresh
        log = (cache / "worker" / "worker.log").read_text()
        assert log.count(f"served run {child}: exit 0") == 1 and log.count(f"served run {fresh}: exit 1") == 1


def test_a_child_that_serves_again_reads_settings_edited_since(warm, desk, tmp_path):
    """Settings files a served child has read are checked again at its next run: an edit counts at once."""
    cache = tmp_path / "cache"
    config = desk / ".editlint.toml"
    config.write_text('select = ["house"]\n')
    os.utime(config, (time.time() - 60, time.time() - 60))  # written well before the runs
    with own_worker(warm, cache) as (env, worker):
        (child,) = children(worker)
        first = {finding["rule"] for finding in json.loads(warm.run("--format", "json", "story.md", cwd=desk, env=env).out)}
        assert "house/missing-image-credit" in first and "house/unattributed-claim" in first
        config.write_text('select = ["house"]\nignore = ["house/missing-image-credit"]\n')
        second = {finding["rule"] for finding in json.loads(warm.run("--format", "json", "story.md", cwd=desk, env=env).out)}
        assert second == first - {"house/missing-image-credit"}
        assert (cache / "worker" / "worker.log").read_text().count(f"served run {child}: ") == 2


def test_an_interrupted_runs_child_serves_no_more_runs(warm, desk, tmp_path):
    cache = tmp_path / "cache"
    with own_worker(warm, cache) as (env, worker):
        (child,) = children(worker)
        proc = stdin_run(env, desk)
        wait_for(lambda: reading_stdin(child) and receiving(proc.pid))
        proc.send_signal(signal.SIGINT)
        time.sleep(0.5)  # the thread reading stdin ends with it: the interrupt first reaches the run
        assert proc.communicate(ARTICLE.encode(), timeout=120) == (b"", b"editlint: error: interrupted\n")
        assert next_child(worker, child) != child


def test_the_next_runs_child_is_forked_when_the_run_ends_or_at_once_for_another_client(warm, desk, tmp_path):
    """No fork of the warm process while a run works alone; a second client is still served at once."""
    cache = tmp_path / "cache"
    with own_worker(warm, cache) as (env, worker):
        (first,) = children(worker)
        waiting = stdin_run(env, desk)
        wait_for(lambda: reading_stdin(first))
        assert children(worker) == [first]  # the run reads its stdin; no child is forked beside it
        other = warm.run("--select", "ap", "story.md", cwd=desk, env={"EDITLINT_CACHE_DIR": str(cache)})
        assert other.code == 0 and (cache / "worker" / "worker.log").read_text().count("served run ") == 1
        out, err = waiting.communicate(ARTICLE.encode(), timeout=120)
        assert waiting.returncode == 1 and b"house/" in out, err
        wait_for(lambda: first not in children(worker), 30)
        (spare,) = children(worker)  # forked when the second run ended
        assert spare != first


def test_a_served_runs_output_ends_when_the_client_exits(warm, desk):
    """A reader of the output (a pipe) sees its end when the command exits, not when the worker's child is gone."""
    before = warm.served()
    proc = subprocess.Popen([sys.executable, "-m", "editlint", "--select", "ap", "story.md"], cwd=desk, env=warm.env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.wait(timeout=300) == 0
    os.set_blocking(proc.stdout.fileno(), False)
    out = b""
    while chunk := proc.stdout.read():  # None (no end yet) or b"" (the end) once drained
        out += chunk
    assert chunk == b"" and warm.served() == before + 1, "the worker's child still holds the output"
    assert b"ap/among-amid-while" in out


def receiving(pid: int) -> bool:
    """True when the main thread of ``pid`` waits in recvfrom(2) (the client waiting for a run's status)."""
    recvfrom = {"x86_64": "45", "aarch64": "207"}[os.uname().machine]
    try:
        with open(f"/proc/{pid}/syscall") as handle:
            return handle.read().split()[0] == recvfrom
    except (OSError, IndexError):
        return False


def reading_stdin(pid: int) -> bool:
    """True when a thread of ``pid`` waits in read(2) on its stdin."""
    read = {"x86_64": "0", "aarch64": "63"}[os.uname().machine]
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return False
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/syscall") as handle:
                if handle.read().split()[:2] == [read, "0x0"]:
                    return True
        except OSError:
            continue
    return False
