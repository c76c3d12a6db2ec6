"""Start, find and stop local LanguageTool HTTP servers (ephemeral per run, or a warm daemon)."""

from __future__ import annotations

import contextlib
import ctypes
import http.client
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
from editlint.errors import EnvironmentProblem
from editlint.packs.languagetool import provision
from editlint.packs.languagetool.provision import LANGUAGETOOL_VERSION, Cache

HOST = "127.0.0.1"
MAIN_CLASS = "org.languagetool.server.HTTPServer"
# Every server answers with TCP_NODELAY: Java's HTTP server writes a reply's headers and body
# apart, and without it the body waits for the client's delayed ACK of the headers (a small check
# on a kept-alive connection took 44 to 48 ms, against 3.5 ms with it, on loopback).
# Measured on 2 cores: C1-only compilation starts and warms up faster, which suits a server that
# lives for one run; a long-lived daemon keeps the C2 compiler for faster steady-state checks.
DAEMON_JVM_FLAGS = ("-Xshare:auto", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true")
EPHEMERAL_JVM_FLAGS = (*DAEMON_JVM_FLAGS, "-XX:TieredStopAtLevel=1")
# The server's own settings (``--config``): one check thread per core (more threads make every
# check slower, not the server faster: measured with eight runs on two cores); a short queue, so a
# request waits in line for at most about one check (beyond it the server answers 503 and the
# client asks again later, without losing its timeout to other runs' work); and cached rule
# pipelines, so a check does not rebuild its rules.
CHECK_THREADS = max(2, os.cpu_count() or 1)
SERVER_PROPERTIES = {
    "maxCheckThreads": CHECK_THREADS,
    "maxWorkQueueSize": CHECK_THREADS,
    "pipelineCaching": "true",
    "maxPipelinePoolSize": 2 * CHECK_THREADS,
}
RECORD = "languagetool-server.json"
DAEMON_LOG = "languagetool-server.log"
_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def answers(url: str, timeout: float = 2.0) -> bool:
    """True when ``GET <url>/v2/languages`` returns JSON within *timeout* seconds."""
    try:
        with urllib.request.urlopen(f"{url}/v2/languages", timeout=timeout) as reply:
            return isinstance(json.load(reply), list)
    except (OSError, ValueError, http.client.HTTPException):
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
        flags = DAEMON_JVM_FLAGS if self.daemon else EPHEMERAL_JVM_FLAGS
        with tempfile.NamedTemporaryFile("w", prefix="editlint-languagetool-", suffix=".properties") as properties:
            properties.write("".join(f"{key}={value}\n" for key, value in SERVER_PROPERTIES.items()))
            properties.flush()
            for _ in range(3):
                self.port = _free_port()
                self._spawn([java, *flags, "-cp", cp, MAIN_CLASS, "--config", properties.name, "--port", str(self.port)])
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
            if answers(self.url, timeout=1.0):
                return True
            time.sleep(0.1)
        self.stop()
        raise EnvironmentProblem(f"LanguageTool server at {self.url} did not start within {self.startup_timeout:g}s: the machine may be overloaded; try again, or keep one warm with `editlint server start`")

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


def process_identity(pid: int) -> tuple[str, int] | None:
    """(boot id, start time in clock ticks) of a live, non-zombie process; None when there is none.

    A pid alone can be reused by any later process; a pid with its start time in this boot
    names exactly one process, so a record can never make editlint signal a stranger.
    """
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    if len(fields) < 20 or fields[0] in ("Z", "X"):
        return None
    return boot, int(fields[19])


@dataclass(frozen=True)
class ServerRecord:
    """The warm daemon, as recorded in the cache: which process it is, and where it listens."""

    pid: int
    port: int
    version: str
    started_at: str
    boot_id: str
    start_ticks: int

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def is_running(self) -> bool:
        """True while the very process that ``start_daemon`` started is alive."""
        return process_identity(self.pid) == (self.boot_id, self.start_ticks)


def _record_path(cache: Cache) -> Path:
    return provision.cache_root(cache) / RECORD


def _read_record(cache: Cache) -> ServerRecord | None:
    """The record on disk; a malformed one (or one from an older editlint) is removed."""
    path = _record_path(cache)
    try:
        record = ServerRecord(**json.loads(path.read_text(encoding="utf-8")))
        if not (isinstance(record.pid, int) and isinstance(record.port, int) and isinstance(record.start_ticks, int) and record.pid > 0):
            raise TypeError
        return record
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        path.unlink(missing_ok=True)
        return None


def terminate(record) -> None:
    """SIGTERM the recorded process (a ``ServerRecord`` or alike), SIGKILL it after 10 s, and reap it if it is our child."""
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        if not record.is_running():
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(record.pid, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(record.pid, os.WNOHANG)
            if not record.is_running():
                return
            time.sleep(0.1)


def daemon_status(cache: Cache = None) -> ServerRecord | None:
    """The running daemon, or None (a record of a process that is gone is removed).

    A daemon that is slow to answer is busy, not dead: it is never stopped here.
    """
    record = _read_record(cache)
    if record is None or record.is_running():
        return record
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
            identity = process_identity(server.pid)
            if identity is None:
                raise EnvironmentProblem(f"LanguageTool server (pid {server.pid}) exited right after starting: see {provision.cache_root(cache) / DAEMON_LOG}")
        except BaseException:
            server.stop()
            raise
        server._close_log()  # the child keeps its own copy of the log file
        started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        record = ServerRecord(server.pid, server.port, LANGUAGETOOL_VERSION, started_at, *identity)
        write_atomically(_record_path(cache), json.dumps(asdict(record)))
        return record


def stop_daemon(cache: Cache = None) -> bool:
    """Stop the daemon that ``start_daemon`` started; False when it was not running."""
    with provision.locked(provision.cache_root(cache) / "languagetool-server.lock"):
        record = _read_record(cache)
        if record is None:
            return False
        running = record.is_running()
        if running:
            terminate(record)
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
