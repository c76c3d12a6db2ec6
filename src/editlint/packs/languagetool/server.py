"""Start, find and stop local LanguageTool HTTP servers (ephemeral per run, or a warm daemon)."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from editlint.atomic import write_atomically
from editlint.errors import EnvironmentProblem, ServiceError
from editlint.packs.languagetool import provision
from editlint.packs.languagetool.provision import LANGUAGETOOL_VERSION, Cache

HOST = "127.0.0.1"
MAIN_CLASS = "org.languagetool.server.HTTPServer"
# Measured on 2 cores: C1-only compilation starts and warms up faster, which suits a server that
# lives for one run; a long-lived daemon keeps the C2 compiler for faster steady-state checks.
EPHEMERAL_JVM_FLAGS = ("-Xshare:auto", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
DAEMON_JVM_FLAGS = ("-Xshare:auto", "-XX:+UseSerialGC")
RECORD = "languagetool-server.json"
DAEMON_LOG = "languagetool-server.log"
_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _answers(url: str, timeout: float = 2.0) -> bool:
    """True when ``GET <url>/v2/languages`` returns JSON."""
    try:
        with urllib.request.urlopen(f"{url}/v2/languages", timeout=timeout) as reply:
            return isinstance(json.load(reply), list)
    except (OSError, ValueError):
        return False


def _die_with_parent(parent: int):
    """A ``preexec_fn`` making the child get SIGTERM when the thread that started it dies (Linux)."""

    def preexec() -> None:
        if _LIBC is not None:
            _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def _popen_from_keeper(cmd: list[str], **options) -> subprocess.Popen:
    """Popen from a thread that lives until the child exits.

    PDEATHSIG fires when the thread that forked the child ends, so a worker thread of a pool
    must not be that thread; the keeper ends only with the child or with the whole process.
    """
    started: list = []
    ready = threading.Event()

    def keeper() -> None:
        try:
            started.append(subprocess.Popen(cmd, **options))
        except BaseException as err:  # handed to the caller below
            started.append(err)
        ready.set()
        if isinstance(started[0], subprocess.Popen):
            started[0].wait()

    threading.Thread(target=keeper, name="languagetool-keeper", daemon=True).start()
    ready.wait()
    if isinstance(started[0], BaseException):
        raise started[0]
    return started[0]


class LanguageToolServer:
    """A LanguageTool HTTP server child process listening on a free port of 127.0.0.1 only.

    Without ``--public`` LanguageTool binds to the loopback interface. An ephemeral server
    (``daemon=False``) gets SIGTERM when this Python process dies, even by SIGKILL; a daemon
    runs in its own session, survives its starter and logs to the cache.
    """

    def __init__(self, cache: Cache = None, *, daemon: bool = False, classpath: str | None = None, startup_timeout: float = 60.0):
        self.cache = cache
        self.daemon = daemon
        self.classpath = classpath
        self.startup_timeout = startup_timeout
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._log = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid if self.process else 0

    def start(self) -> LanguageToolServer:
        """Start the server and wait until it answers; retries if another process grabbed the port."""
        cp = self.classpath or provision.classpath(self.cache)
        java = provision.java_command()
        for _ in range(3):
            self.port = _free_port()
            self._spawn([java, *(DAEMON_JVM_FLAGS if self.daemon else EPHEMERAL_JVM_FLAGS), "-cp", cp, MAIN_CLASS, "--port", str(self.port)])
            if self._wait_ready():
                return self
        raise EnvironmentProblem(f"LanguageTool server could not bind a free port on {HOST} (address already in use, 3 tries)")

    def _spawn(self, cmd: list[str]) -> None:
        if self.daemon:
            path = provision.cache_root(self.cache) / DAEMON_LOG
            path.parent.mkdir(parents=True, exist_ok=True)
            self._log = open(path, "w+b")
        else:
            self._log = tempfile.TemporaryFile()
        options = dict(stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        if self.daemon:
            self.process = subprocess.Popen(cmd, **options)
        else:
            self.process = _popen_from_keeper(cmd, preexec_fn=_die_with_parent(os.getpid()), **options)

    def _wait_ready(self) -> bool:
        """True when ready, False when the port was taken; raises on other failures."""
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            status = self.process.poll()
            if status is not None:
                tail = self._log_tail()
                self._close_log()
                if "BindException" in tail or "Address already in use" in tail:
                    return False
                raise EnvironmentProblem(f"LanguageTool server exited with status {status}: {tail}")
            if _answers(self.url, timeout=1.0):
                return True
            time.sleep(0.1)
        self.stop()
        raise ServiceError(f"LanguageTool server at {self.url} did not answer within {self.startup_timeout:g}s")

    def _log_tail(self) -> str:
        """The last meaningful log line (an exception, if any), for error messages."""
        if self._log is None:
            return "no output"
        self._log.flush()
        self._log.seek(0)
        lines = [line.strip() for line in self._log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        errors = [line for line in lines if "Exception" in line or "Error" in line]
        return (errors or lines or ["no output"])[-1][:300]

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after 10 s)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._close_log()

    def __enter__(self) -> LanguageToolServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@dataclass(frozen=True)
class ServerRecord:
    """The warm daemon, as recorded in the cache."""

    pid: int
    port: int
    version: str
    started_at: str

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"


def _record_path(cache: Cache) -> Path:
    return provision.cache_root(cache) / RECORD


def _read_record(cache: Cache) -> ServerRecord | None:
    """The record on disk; a malformed one is removed."""
    path = _record_path(cache)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = ServerRecord(**data)
        if not (isinstance(record.pid, int) and isinstance(record.port, int) and record.pid > 0):
            raise TypeError
        return record
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        path.unlink(missing_ok=True)
        return None


def _is_languagetool(pid: int, port: int) -> bool:
    """True when *pid* is a live (not zombie) LanguageTool server on *port*."""
    proc = Path(f"/proc/{pid}")
    if not proc.exists():
        return False
    try:
        state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        args = (proc / "cmdline").read_bytes().split(b"\0")
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X") and MAIN_CLASS.encode() in args and str(port).encode() in args


def _terminate(pid: int, port: int) -> None:
    """SIGTERM the server, SIGKILL it after 10 s, and reap it if it is our child."""
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            if not _is_languagetool(pid, port):
                return
            time.sleep(0.1)


def daemon_status(cache: Cache = None) -> ServerRecord | None:
    """The running daemon, or None; a stale record is removed (and a hung daemon stopped)."""
    record = _read_record(cache)
    if record is None:
        return None
    alive = _is_languagetool(record.pid, record.port)
    if alive and _answers(record.url, timeout=5.0):
        return record
    if alive:
        _terminate(record.pid, record.port)
    _record_path(cache).unlink(missing_ok=True)
    return None


def _warm_up(url: str) -> None:
    """One small check, so the daemon's first real check does not pay for loading the rules."""
    from editlint.packs.languagetool.client import LanguageToolClient

    LanguageToolClient(url, timeout=120).check("This sentence warms up the server.")


def start_daemon(cache: Cache = None) -> ServerRecord:
    """Start the warm daemon (or return the running one); it outlives the calling process."""
    with provision.locked(provision.cache_root(cache) / "languagetool-server.lock"):
        record = daemon_status(cache)
        if record is not None:
            return record
        server = LanguageToolServer(cache, daemon=True).start()
        try:
            _warm_up(server.url)
        except BaseException:
            server.stop()
            raise
        server._close_log()  # the child keeps its own copy of the log file
        record = ServerRecord(server.pid, server.port, LANGUAGETOOL_VERSION, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        write_atomically(_record_path(cache), json.dumps(asdict(record)))
        return record


def stop_daemon(cache: Cache = None) -> bool:
    """Stop the daemon; False when none was running."""
    with provision.locked(provision.cache_root(cache) / "languagetool-server.lock"):
        record = _read_record(cache)
        if record is None:
            return False
        running = _is_languagetool(record.pid, record.port)
        if running:
            _terminate(record.pid, record.port)
        _record_path(cache).unlink(missing_ok=True)
        return running


@contextlib.contextmanager
def acquire_server(url: str | None = None, cache: Cache = None) -> Iterator[str]:
    """Yield a server's base URL: the configured *url*, else the warm daemon, else a server for this run."""
    if url:
        yield url
        return
    record = daemon_status(cache)
    if record is not None:
        yield record.url
        return
    with LanguageToolServer(cache) as server:
        yield server.url
