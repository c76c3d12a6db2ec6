"""`editlint server start` (LanguageTool and the warm worker), warm runs, `server stop`, and a run killed midway: no Java left behind."""

import os
import signal
import subprocess
import sys
import time

from editlint.packs.languagetool.server import process_identity
from helpers import languagetool_pids, wait_gone

ARTICLE = "# Storm\n\nHe go to school every days and definately on Mondays.\n"


def editlint(cache, *args, **options):
    env = {**os.environ, "EDITLINT_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "editlint", *args], env=env, capture_output=True, text=True, timeout=300, **options)


def test_warm_server_serves_two_runs_and_stops_cleanly(lt_cache, tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE)
    started = editlint(lt_cache, "server", "start")
    assert started.returncode == 0, started.stderr
    (daemon,) = languagetool_pids(lt_cache)
    worker = int(started.stdout.split("editlint worker running (pid ")[1].split(")")[0])
    log = lt_cache / "languagetool-server.log"
    try:
        sizes = []
        for _ in range(2):
            run = editlint(lt_cache, "--no-cache", "--select", "languagetool", "a.md", cwd=tmp_path)  # both runs ask the server
            assert run.returncode == 1 and "languagetool/" in run.stdout, run.stderr
            assert languagetool_pids(lt_cache) == {daemon}  # no server of its own: the warm one answered
            sizes.append(log.stat().st_size)
        assert sizes[0] < sizes[1]
        assert (lt_cache / "worker" / "worker.log").read_text().count("served run ") == 2  # both runs by the warm worker
        status = editlint(lt_cache, "server", "status")
        assert status.returncode == 0 and "LanguageTool server running on 127.0.0.1" in status.stdout and f"editlint worker running (pid {worker})" in status.stdout
    finally:
        stopped = editlint(lt_cache, "server", "stop")
        assert stopped.returncode == 0 and stopped.stdout == "editlint worker stopped\nLanguageTool server stopped\n"
    assert wait_gone(daemon, 10)
    assert process_identity(worker) is None and not (lt_cache / "worker" / "socket").exists()
    assert editlint(lt_cache, "server", "status").returncode == 1
    assert not languagetool_pids(lt_cache)


def test_run_killed_midway_leaves_no_java(lt_cache, tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE)
    env = {**os.environ, "EDITLINT_CACHE_DIR": str(lt_cache)}
    run = subprocess.Popen([sys.executable, "-m", "editlint", "--select", "languagetool", "a.md"], cwd=tmp_path, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not languagetool_pids(lt_cache) and time.monotonic() < deadline:
        time.sleep(0.05)
    (java,) = languagetool_pids(lt_cache)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert wait_gone(java, 10)
