import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import asdict
from importlib import resources
from pathlib import Path

import pytest

from helpers import languagetool_pids, wait_gone

from editlint.errors import EnvironmentProblem
from editlint.packs.languagetool import provision
from editlint.packs.languagetool.client import LanguageToolClient
from editlint.packs.languagetool.server import (
    CHECK_THREADS,
    MAIN_CLASS,
    RECORD,
    LanguageToolServer,
    ServerRecord,
    acquire_server,
    daemon_status,
    process_identity,
    start_daemon,
    stop_daemon,
)


def test_cache_root_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("EDITLINT_CACHE_DIR", str(tmp_path / "a"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert provision.cache_root() == tmp_path / "a"
    assert provision.cache_root(tmp_path / "c") == tmp_path / "c"
    monkeypatch.delenv("EDITLINT_CACHE_DIR")
    assert provision.cache_root() == tmp_path / "x" / "editlint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert provision.cache_root() == Path.home() / ".cache" / "editlint"
    assert provision.install_dir(tmp_path) == tmp_path / f"languagetool-{provision.LANGUAGETOOL_VERSION}"


def test_pom_pins_the_version_and_excludes_other_languages():
    pom = ET.fromstring(resources.files("editlint.packs.languagetool").joinpath("pom.xml").read_bytes())
    assert pom.findtext("properties/languagetool.version") == provision.LANGUAGETOOL_VERSION
    artifacts = [d.findtext("artifactId") for d in pom.findall("dependencies/dependency")]
    assert artifacts[:2] == ["languagetool-server", "language-en"]
    assert pom.find(".//exclusion[artifactId='language-all']") is not None


def test_install_is_idempotent_and_verified(tmp_path):
    provision.install()
    lines = []
    assert provision.install(progress=lines.append) == provision.install_dir()
    assert lines == []  # nothing fetched, nothing started
    assert provision.is_installed()
    assert not provision.is_installed(tmp_path)
    with pytest.raises(EnvironmentProblem, match="not installed: run `editlint"):
        provision.classpath(tmp_path)


def test_class_path_is_exactly_the_pinned_jars(lt_cache):
    entries = provision.classpath(lt_cache).split(os.pathsep)
    assert sorted(Path(entry).name for entry in entries) == sorted(provision.pinned_jars())
    assert all(entry.endswith(".jar") and "*" not in entry for entry in entries)


def forged_install(root: Path) -> Path:
    """A cache folder someone else filled: an install record, a class folder, and one jar swapped."""
    target = provision.install_dir(root)
    (target / "libs" / "org" / "languagetool" / "server").mkdir(parents=True)
    (target / "libs" / "org" / "languagetool" / "server" / "HTTPServer.class").write_bytes(b"\xca\xfe\xba\xbe")
    for name in provision.pinned_jars():
        (target / "libs" / name).symlink_to(provision.install_dir() / "libs" / name)
    (target / "libs" / "language-en-6.8.jar").unlink()
    (target / "libs" / "language-en-6.8.jar").write_bytes(b"PK not the real jar")
    (target / "editlint-install.json").write_text(json.dumps({"version": "6.8", "classpath": ["libs", "libs/*"], "required": ["libs/language-en-6.8.jar"]}))
    return root


def test_a_forged_install_is_never_run(tmp_path):
    provision.install()
    forged = forged_install(tmp_path / "forged")
    assert not provision.is_installed(forged)
    with pytest.raises(EnvironmentProblem, match=r"was changed after `editlint setup` \(language-en-6\.8\.jar .*run `editlint setup` again"):
        LanguageToolServer(forged).start()
    assert not languagetool_pids(forged)


def test_java_comes_from_java_home_or_absolute_path_entries(monkeypatch, tmp_path):
    planted = tmp_path / "java"
    planted.write_text("#!/bin/sh\nexit 0\n")
    planted.chmod(0o755)
    real = provision.java_command()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", os.pathsep.join((".", str(Path(real).parent))))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert provision.java_command() == real
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk"))
    with pytest.raises(EnvironmentProblem, match="JAVA_HOME is .*jdk, but .*bin/java is not an executable"):
        provision.java_command()
    (tmp_path / "jdk" / "bin").mkdir(parents=True)
    (tmp_path / "jdk" / "bin" / "java").symlink_to(real)
    assert provision.java_command() == str(tmp_path / "jdk" / "bin" / "java")


def test_missing_java_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(EnvironmentProblem, match="Java is not installed: install Java 17"):
        provision.install(tmp_path / "cache")


def test_old_java_is_reported(monkeypatch, tmp_path):
    fake = tmp_path / "java"
    fake.write_text('#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(EnvironmentProblem, match="Java 11 is too old .* install Java 17"):
        provision.install(tmp_path / "cache")


def test_missing_maven_is_reported(monkeypatch, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "java").symlink_to(provision.java_command())
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(EnvironmentProblem, match=r"Maven \(mvn\) is not installed: install Maven 3"):
        provision.install(tmp_path / "cache", progress=lambda line: None)
    assert not provision.is_installed(tmp_path / "cache")


def answers_without_delay(pid: int) -> bool:
    """Whether Java's HTTP server in process ``pid`` sets TCP_NODELAY (else a reply's body waits for a delayed ACK)."""
    return "-Dsun.net.httpserver.nodelay=true" in (Path("/proc") / str(pid) / "cmdline").read_bytes().decode().split("\0")


def test_ephemeral_server_binds_loopback_only_and_stops(lt_cache):
    with LanguageToolServer(lt_cache) as srv:
        pid = srv.pid
        assert pid in languagetool_pids() and answers_without_delay(pid)
        listening = subprocess.run(["ss", "-ltnpH", f"sport = :{srv.port}"], capture_output=True, text=True).stdout
        assert "127.0.0.1" in listening and "*:" + str(srv.port) not in listening
    assert wait_gone(pid, 5)


def test_server_that_cannot_start_is_reported(tmp_path):
    with pytest.raises(EnvironmentProblem, match="LanguageTool server exited with status 1: .*HTTPServer"):
        LanguageToolServer(classpath=str(tmp_path)).start()


def test_ephemeral_server_outlives_the_thread_that_started_it(lt_cache):
    srv = LanguageToolServer(lt_cache)
    starter = threading.Thread(target=srv.start)
    starter.start()
    starter.join()
    try:
        time.sleep(1)
        assert srv.pid in languagetool_pids()
        assert LanguageToolClient(srv.url).check("He go to school.")
    finally:
        srv.stop()
    assert wait_gone(srv.pid, 5)


def test_daemon_lifecycle(lt_cache):
    record = start_daemon(lt_cache)
    try:
        assert record.version == provision.LANGUAGETOOL_VERSION and record.pid in languagetool_pids() and answers_without_delay(record.pid)
        assert daemon_status(lt_cache) == record
        assert start_daemon(lt_cache) == record  # already running
        assert json.loads((lt_cache / RECORD).read_text())["port"] == record.port
        with acquire_server(None, lt_cache) as url:
            assert url == record.url
            assert LanguageToolClient(url).check("He go to school.")
    finally:
        assert stop_daemon(lt_cache)
    assert wait_gone(record.pid, 5)
    assert daemon_status(lt_cache) is None and not (lt_cache / RECORD).exists()
    assert not stop_daemon(lt_cache)
    assert not languagetool_pids(lt_cache)


def test_daemon_survives_the_process_that_started_it(lt_cache):
    code = "import sys; from editlint.packs.languagetool.server import start_daemon; print(start_daemon(sys.argv[1]).pid)"
    pid = int(subprocess.run([sys.executable, "-c", code, str(lt_cache)], capture_output=True, text=True, check=True, timeout=120).stdout)
    try:
        record = daemon_status(lt_cache)
        assert record is not None and record.pid == pid
    finally:
        assert stop_daemon(lt_cache)
    assert wait_gone(pid, 5)


def record_of(pid: int, port: int = 1, ticks: int | None = None) -> dict:
    boot, started = process_identity(pid) or ("no-boot", 0)
    return asdict(ServerRecord(pid, port, "6.8", "2024-01-01T00:00:00+00:00", boot, started if ticks is None else ticks))


def test_stale_records_are_removed(lt_cache):
    dead = subprocess.Popen(["true"])
    dead.wait()
    for record in (record_of(dead.pid), record_of(os.getpid(), ticks=1)):  # pid dead; pid reused by another process
        (lt_cache / RECORD).write_text(json.dumps(record))
        assert daemon_status(lt_cache) is None
        assert not (lt_cache / RECORD).exists()
    (lt_cache / RECORD).write_text("garbage")
    assert daemon_status(lt_cache) is None and not (lt_cache / RECORD).exists()


def test_stop_never_signals_a_process_it_did_not_start(lt_cache):
    port = 41234
    decoy = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)", MAIN_CLASS, "--port", str(port)])
    try:
        old_style = {key: value for key, value in record_of(decoy.pid, port).items() if key in ("pid", "port", "version", "started_at")}
        for record in (old_style, record_of(decoy.pid, port, ticks=1)):  # pid and arguments match, start time does not
            (lt_cache / RECORD).write_text(json.dumps(record))
            assert not stop_daemon(lt_cache)
            assert decoy.poll() is None
    finally:
        decoy.kill()
        decoy.wait()


def test_a_busy_daemon_is_never_killed(lt_cache):
    record = start_daemon(lt_cache)
    os.kill(record.pid, signal.SIGSTOP)  # as unresponsive as a server can be
    try:
        env = {**os.environ, "EDITLINT_CACHE_DIR": str(lt_cache)}
        status = subprocess.run([sys.executable, "-m", "editlint", "server", "status"], env=env, capture_output=True, text=True, timeout=120)
        assert status.returncode == 0 and "busy: it did not answer within 5s" in status.stdout, status.stdout + status.stderr
        assert daemon_status(lt_cache) == record
        with acquire_server(None, lt_cache) as url:
            assert url == record.url
    finally:
        os.kill(record.pid, signal.SIGCONT)
    try:
        assert record.is_running() and LanguageToolClient(record.url).check("He go to school.")
    finally:
        assert stop_daemon(lt_cache)
    assert wait_gone(record.pid, 10)


def test_server_gets_its_own_threads_and_a_short_queue(lt_cache):
    record = start_daemon(lt_cache)
    text = "He go to school every days, and the council meet on Tuesdays. " * 60
    statuses = []

    def check():
        data = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()
        try:
            with urllib.request.urlopen(f"{record.url}/v2/check", data=data, timeout=300) as reply:
                statuses.append(reply.status)
        except urllib.error.HTTPError as err:
            statuses.append(err.code)

    try:
        assert f"thread pool with {CHECK_THREADS} threads" in (lt_cache / "languagetool-server.log").read_text()
        flood = [threading.Thread(target=check) for _ in range(4 * CHECK_THREADS + 2)]  # more than threads + queue
        for thread in flood:
            thread.start()
        for thread in flood:
            thread.join()
    finally:
        stop_daemon(lt_cache)
    assert set(statuses) == {200, 503}  # beyond its queue the server says "busy" at once instead of piling up work


def test_configured_url_wins(lt_cache):
    with acquire_server("https://lt.example.org", lt_cache) as url:
        assert url == "https://lt.example.org"


def test_ephemeral_server_when_no_daemon(lt_cache):
    assert not languagetool_pids(lt_cache)
    with acquire_server(None, lt_cache) as url:
        (pid,) = languagetool_pids(lt_cache)
        assert LanguageToolClient(url).check("He go to school.")
    assert wait_gone(pid, 5)


ORPHAN = """
import sys, time
from editlint.packs.languagetool.server import LanguageToolServer
server = LanguageToolServer(sys.argv[1]).start()
print(server.pid, flush=True)
time.sleep(600)
"""


def test_server_dies_with_a_killed_parent(lt_cache):
    parent = subprocess.Popen([sys.executable, "-c", ORPHAN, str(lt_cache)], stdout=subprocess.PIPE, text=True)
    try:
        pid = int(parent.stdout.readline())
        assert pid in languagetool_pids()
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    assert wait_gone(pid, 10)
