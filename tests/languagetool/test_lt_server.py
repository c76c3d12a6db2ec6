import json
import os
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from helpers import languagetool_pids, wait_gone

from editlint.errors import EnvironmentProblem
from editlint.packs.languagetool import provision
from editlint.packs.languagetool.client import LanguageToolClient
from editlint.packs.languagetool.server import (
    RECORD,
    LanguageToolServer,
    ServerRecord,
    acquire_server,
    daemon_status,
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
    start = time.monotonic()
    lines = []
    assert provision.install(progress=lines.append) == provision.install_dir()
    assert time.monotonic() - start < 0.5 and lines == []
    assert provision.is_installed()
    assert not provision.is_installed(tmp_path)
    with pytest.raises(EnvironmentProblem, match="not installed: run `editlint"):
        provision.classpath(tmp_path)


def test_incomplete_install_is_not_installed(tmp_path):
    broken = tmp_path / "broken"
    target = provision.install_dir(broken)
    target.mkdir(parents=True)
    (target / provision.MARKER).write_text(json.dumps({"version": provision.LANGUAGETOOL_VERSION, "classpath": ["libs/*"], "required": ["libs/language-en-6.8.jar"]}))
    assert not provision.is_installed(broken)
    (target / "libs").mkdir()
    (target / "libs" / "language-en-6.8.jar").write_bytes(b"")
    assert provision.is_installed(broken)
    (target / provision.MARKER).write_text("{not json")
    assert not provision.is_installed(broken)


def test_missing_java_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EnvironmentProblem, match="Java is not installed: install Java 17"):
        provision.install(tmp_path / "cache")


def test_old_java_is_reported(monkeypatch, tmp_path):
    fake = tmp_path / "java"
    fake.write_text('#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EnvironmentProblem, match="Java 11 is too old .* install Java 17"):
        provision.install(tmp_path / "cache")


def test_missing_maven_without_download_is_reported(monkeypatch, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "java").symlink_to(provision.java_command())
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(tmp_path))  # makes language_tool_python skip its download
    with pytest.raises(EnvironmentProblem, match=r"Maven \(mvn\) is not installed: install Maven, or"):
        provision.install(tmp_path / "cache", progress=lambda line: None)
    assert not provision.is_installed(tmp_path / "cache")


def test_ephemeral_server_binds_loopback_only_and_stops(lt_cache):
    with LanguageToolServer(lt_cache) as srv:
        pid = srv.pid
        assert pid in languagetool_pids()
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
        assert record.version == provision.LANGUAGETOOL_VERSION and record.pid in languagetool_pids()
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


def test_stale_records_are_removed(lt_cache):
    dead = subprocess.Popen(["true"])
    dead.wait()
    for record in (
        ServerRecord(dead.pid, 1, "6.8", "2024-01-01T00:00:00+00:00"),  # pid dead
        ServerRecord(os.getpid(), 1, "6.8", "2024-01-01T00:00:00+00:00"),  # pid is not LanguageTool
    ):
        (lt_cache / RECORD).write_text(json.dumps(record.__dict__))
        assert daemon_status(lt_cache) is None
        assert not (lt_cache / RECORD).exists()
    (lt_cache / RECORD).write_text("garbage")
    assert daemon_status(lt_cache) is None and not (lt_cache / RECORD).exists()


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
