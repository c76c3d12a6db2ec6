"""The warm engine: a background process with spaCy and editlint loaded that runs ``editlint check`` for clients.

``editlint server start`` starts it beside the LanguageTool server. It listens on a Unix socket
(mode 0600) in a folder only its owner can enter (0700), and takes connections of its own user
only (``SO_PEERCRED``). Runs are served by a child forked from the warm process; for a run the
child takes the client's current folder, environment, umask and standard streams (passed as file
descriptors, see :mod:`editlint.client`), runs the normal command line, reports the exit status
and gives all of that back. A child serves run after run (a fresh fork paid 30 to 55 CPU ms a run
for copying the warm process's pages it writes to), until a run leaves something behind that the
next one could meet: an interrupt, an error, a thread or child process still running, a settings
file edited while it was read. Then it ends, and the worker forks the next child; it also forks
one at once when another client waits while the child works. Every run checks its settings files
(an edited ``.editlint.toml``, pack or vocabulary file counts at once, see
:class:`editlint.linter.WatchedFiles`), prints exactly what it would print in the client's own
process, and a crash ends only that child. Only ``check`` runs are served (with ``--fix`` too:
the child is the same user with the same umask, so it locks and writes files as the client
would); other commands run in the client.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import select
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path


from editlint import __version__
from editlint.atomic import write_atomically
from editlint.client import SOCKET_NAME, peer_uid, private, receive, send, socket_path, worker_dir
from editlint.errors import EnvironmentProblem
from editlint.packs.languagetool.provision import locked
from editlint.packs.languagetool.server import process_identity, terminate

RECORD = "worker.json"
LOG = "worker.log"
START_TIMEOUT = 180.0  # loading spaCy on a busy machine
HANDSHAKE_TIMEOUT = 10.0
SPARE_POLL = 1.0  # seconds between the spare child's looks whether its worker is still there
# Runs one child serves before a fresh fork takes over (its caches and the words its parses met grow).
RUNS_PER_CHILD = 100
# A settings file modified this close to a run's start (seconds; file systems keep coarse or skewed
# times) may have changed while the run read it: the child that cached it serves no more runs.
EDIT_MARGIN = 1.0
TOOK, READY = b".", b"+"  # a child tells the worker it took a run, and that it serves the next one
# English words (and their capitalised forms) the worker's spaCy vocabulary has before it forks: a
# 1,000-word article then brings a run about 40 words new to it instead of about 440, which saved
# about 4.5 ms of a run's 90 CPU ms of parsing (10,000 words: about 20,000 entries, a few MB).
VOCABULARY_WORDS = 10_000
WARM_UP_TEXT = """\
# Council Approves New Budget

The council approved the budget on Tuesday, the mayor said. Some experts say it will not last.

![A bridge](bridge.jpg)

Though the vote was close.
"""


@dataclass(frozen=True)
class WorkerRecord:
    """The running worker, as recorded in its folder: which process it is (pid and start time)."""

    pid: int
    version: str
    started_at: str
    boot_id: str
    start_ticks: int

    def is_running(self) -> bool:
        return process_identity(self.pid) == (self.boot_id, self.start_ticks)


def _folder() -> Path:
    """The worker's folder, created private (0700); an existing one must be ours and private."""
    folder = Path(worker_dir())
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    except OSError as err:
        raise EnvironmentProblem(f"{folder}: cannot create the warm engine's folder ({err.strerror})") from None
    if not private(str(folder), stat.S_IFDIR):
        raise EnvironmentProblem(f"{folder}: the warm engine's folder must be a folder of yours that only you can enter (mode 0700)")
    return folder


def _read_record(folder: Path) -> WorkerRecord | None:
    try:
        record = WorkerRecord(**json.loads((folder / RECORD).read_text(encoding="utf-8")))
        if isinstance(record.pid, int) and isinstance(record.start_ticks, int) and record.pid > 0:
            return record
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        pass
    (folder / RECORD).unlink(missing_ok=True)
    return None


def worker_status() -> WorkerRecord | None:
    """The running worker, or None (the record and socket of a worker that is gone are removed)."""
    folder = Path(worker_dir())
    if not private(str(folder), stat.S_IFDIR):
        return None
    record = _read_record(folder)
    if record is None or record.is_running():
        return record
    _forget(folder)
    return None


def _forget(folder: Path) -> None:
    (folder / RECORD).unlink(missing_ok=True)
    (folder / SOCKET_NAME).unlink(missing_ok=True)


def start_worker() -> WorkerRecord:
    """Start the warm worker (or return the running one); it outlives the calling process."""
    folder = _folder()
    with locked(folder / "lock"):
        record = worker_status()
        if record is not None:
            return record
        _forget(folder)
        with open(folder / LOG, "wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "editlint.worker"], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while not private(socket_path(), stat.S_IFSOCK):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise EnvironmentProblem(f"the warm engine did not start: {_log_tail(folder / LOG)}")
            time.sleep(0.05)
        identity = process_identity(process.pid)
        if identity is None:
            raise EnvironmentProblem(f"the warm engine (pid {process.pid}) exited right after starting: see {folder / LOG}")
        started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        record = WorkerRecord(process.pid, __version__, started_at, *identity)
        write_atomically(folder / RECORD, json.dumps(asdict(record)))
        return record


def _log_tail(path: Path) -> str:
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    except OSError:
        lines = []
    return (lines or ["no output"])[-1][:300]


def stop_worker() -> bool:
    """Stop the worker; runs it is serving finish on their own. False when it was not running."""
    folder = Path(worker_dir())
    if not private(str(folder), stat.S_IFDIR):
        return False
    with locked(folder / "lock"):
        record = _read_record(folder)
        running = record is not None and record.is_running()
        if running:
            terminate(record)
        _forget(folder)
        return running


# The worker process


def preload() -> None:
    """Import and load all that a run needs and no settings file decides. The settings files the warm-up
    read (the built-in packs among them) stay watched: a run's session reloads them if one changed."""
    import editlint.api  # noqa: F401 (imported now, once, for every run)
    import editlint.cli  # noqa: F401
    import editlint.engine.baseline  # noqa: F401
    import editlint.formatters.statistics  # noqa: F401
    import editlint.packs.languagetool.client  # noqa: F401
    import editlint.packs.languagetool.rule  # noqa: F401
    import editlint.parallel  # noqa: F401
    import editlint.progress  # noqa: F401
    import editlint.review  # noqa: F401
    from editlint.config.loader import Config, flatten
    from editlint.formatters import FORMATS
    from editlint.lexicon import read_tables
    from editlint.linter import Linter
    from editlint.nlp.frequency import commonest_words, zipf
    from editlint.nlp.pipeline import learn_words
    from editlint.nlp.language import is_foreign

    for name in FORMATS:
        __import__(f"editlint.formatters.{name}")
    is_foreign("Ceci n'est pas une phrase en anglais.")
    zipf("council")  # loads wordfreq's table (spelling judgements need it)
    read_tables()  # and the lexicon's: WordNet's classes, forms and phrases, SCOWL's word list
    with Linter(config=Config(flatten({"ignore": ["languagetool"]}, "warm-up"))) as linter, tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "warm-up.md"
        article.write_text(WARM_UP_TEXT, encoding="utf-8")
        list(linter.lint_paths([str(article)]))  # also compiles the default exclude patterns
    learn_words(form for word in commonest_words(VOCABULARY_WORDS) for form in (word, word.capitalize()))


def serve() -> None:
    """The worker's main loop: fork warm children that serve our own user's runs, one child at a time."""
    os.chdir("/")  # hold no folder of the starter's (each run takes its client's)
    preload()
    gc.collect()
    gc.freeze()  # the children share these pages instead of copying them when the collector touches them
    path = socket_path()
    listener, inode = _listen(path)
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, _stop)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    print(f"editlint worker {os.getpid()} serving on {path}", flush=True)
    spare = taken = None
    at_work = False
    try:
        while True:
            spare, taken = _fork_spare(listener)
            while os.read(taken, 1) == TOOK:
                at_work = True
                # The next child is forked when this one ends, or at once when another client waits while it
                # works (a fork of the warm process costs CPU that a run at work would miss).
                if taken not in select.select([taken, listener], [], [])[0] or os.read(taken, 1) != READY:
                    break
                at_work = False
            else:  # it ended waiting for a run: do not spin
                time.sleep(SPARE_POLL)
            os.close(taken)  # a child still at work ends after its run
            spare = taken = None
            at_work = False
    except SystemExit:
        pass
    finally:
        listener.close()
        if spare is not None and not at_work and not _took_run(taken):
            with contextlib.suppress(OSError):
                os.kill(spare, signal.SIGTERM)
        with contextlib.suppress(OSError):
            if os.lstat(path).st_ino == inode:
                os.unlink(path)


def _stop(signum, frame) -> None:
    raise SystemExit(0)


def _fork_spare(listener: socket.socket) -> tuple[int, int]:
    """Fork the child that serves the next runs before they come (a fork of the warm process takes
    milliseconds): its pid, and a pipe end that reads ``TOOK`` when it has taken a run, ``READY``
    when it waits for the next, and the end of the file when it has ended."""
    taken, took = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    worker = os.getpid()
    pid = os.fork()
    if pid == 0:
        os.close(taken)
        _spare(listener, took, worker)
    os.close(took)
    return pid, taken


def _took_run(taken: int) -> bool:
    """Whether the child has just said (on the pipe end ``taken``) that it took a run, which finishes on its own."""
    os.set_blocking(taken, False)
    try:
        return os.read(taken, 64).endswith(TOOK)
    except BlockingIOError:
        return False


def _spare(listener: socket.socket, took: int, worker: int) -> None:
    """In the child: serve the runs of our own user, one at a time, telling the worker each time; never returns."""
    try:
        idle = {signum: signal.getsignal(signum) for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
        log = os.dup(1)  # the worker's log, before a client's stdout takes its place
        for served in range(1, RUNS_PER_CHILD + 1):
            connection = _accept(listener, worker)
            try:
                os.write(took, TOOK)
                followed = True
            except OSError:  # the worker has forked another child meanwhile: serve this run, then end
                followed = False
            again = _child(connection, log) and followed and served < RUNS_PER_CHILD
            for signum, handler in idle.items():
                signal.signal(signum, handler)
            if not again:
                break
            os.write(took, READY)  # BrokenPipeError: the worker has forked another child meanwhile
    except BaseException:  # stopped with the worker (SIGTERM) while waiting for a run
        pass
    finally:
        os._exit(0)


def _accept(listener: socket.socket, worker: int) -> socket.socket:
    """The next connection of our own user; the child ends when its worker is gone."""
    listener.settimeout(SPARE_POLL)
    while True:
        try:
            connection, _ = listener.accept()
        except socket.timeout:
            if os.getppid() != worker:  # the worker was killed: serve no run for it
                os._exit(0)
            continue
        if peer_uid(connection) == os.getuid():
            return connection
        connection.close()


def _listen(path: str) -> tuple[socket.socket, int]:
    """Listen on a new socket (0600) and move it to ``path`` only once it accepts connections."""
    temporary = f"{path}.{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temporary)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    mask = os.umask(0o177)
    try:
        listener.bind(temporary)
    finally:
        os.umask(mask)
    os.chmod(temporary, 0o600)
    listener.listen(64)
    os.replace(temporary, path)
    return listener, os.lstat(path).st_ino


def _child(connection: socket.socket, log: int) -> bool:
    """Serve one run in the child; whether the child may serve another: the run ended as it began, with
    no interrupt, no thread or child process of its own still running, no settings file read mid-edit."""
    threads, filters = threading.active_count(), warnings.filters[:]
    started = time.time()
    try:
        for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        interrupts = _take_run(connection)
        if interrupts is None:
            return True
        status = _run()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the client may hang up as soon as it has the status
        _flush()
        _release_streams()
        os.write(log, f"served run {os.getpid()}: exit {status}\n".encode())
        interrupts.over.set()
        send(connection, {"exit": status})
        interrupts.stop()
        os.chdir("/")  # hold no folder of the client's between runs
        _forget_warnings_shown(filters)
        return not interrupts.passed and threading.active_count() == threads and not _child_processes() and not _edited_since(started)
    except BaseException:  # a run's own errors were printed by it; nothing more to tell
        return False
    finally:
        connection.close()


def _child_processes() -> bool:
    """Whether a process this one started is still running (a ``--jobs`` fork server, say); ended ones are reaped."""
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                return True
        except ChildProcessError:
            return False


def _edited_since(started: float) -> bool:
    """Whether a settings file the run read was modified about when the run began or after (then what the run's
    caches hold may be older than the file state it recorded)."""
    from editlint.linter import SETTINGS_FILES

    return SETTINGS_FILES.modified_since(started - EDIT_MARGIN)


def _forget_warnings_shown(filters: list) -> None:
    """Python warnings as a new process has them: the run's filters gone, each warning shown again once."""
    warnings.simplefilter("default")  # any change of the filters empties the registries of warnings shown
    warnings.filters[:] = filters
    warnings.onceregistry.clear()


def _take_run(connection: socket.socket) -> _Interrupts | None:
    """Receive the client's request and streams and become the client's process; None when this worker does not
    serve it. The run's interrupts come from the client (see :class:`_Interrupts`)."""
    from editlint.cli import main

    connection.settimeout(HANDSHAKE_TIMEOUT)
    request = receive(connection)
    serves = (
        request["editlint"] == [__version__, os.path.dirname(os.path.abspath(sys.modules["editlint"].__file__))]
        and main.command_for(request["argv"][1:]) == "check"
    )
    send(connection, {"ready": serves})
    if not serves:
        return None
    start, fds, _, _ = socket.recv_fds(connection, 4, 4)
    try:
        if len(fds) != 4 or not receive(connection, start).get("go"):
            return None
        os.fchdir(fds[3])
        for fd in (0, 1, 2):
            os.dup2(fds[fd], fd)
    finally:
        for fd in fds:
            os.close(fd)
    connection.settimeout(None)
    os.environ.clear()
    os.environ.update(request["env"])
    os.umask(request["umask"])
    sys.argv = request["argv"]
    sys.modules["__main__"].__package__ = request["main_package"]  # click names the program from it
    sys.stdin, sys.stdout, sys.stderr = (_stream(fd, encoding, errors) for fd, (encoding, errors) in enumerate(request["streams"]))
    interrupts = _Interrupts(connection)
    interrupts.start()
    return interrupts


def _stream(fd: int, encoding: str, errors: str):
    """A standard stream over ``fd`` as Python makes one: stderr, and stdout on a terminal, are line-buffered."""
    writing = fd != 0
    line_buffered = writing and (fd == 2 or os.isatty(fd))
    binary = open(fd, "wb" if writing else "rb", closefd=False)
    return io.TextIOWrapper(binary, encoding=encoding, errors=errors, newline="\n", line_buffering=line_buffered)


class _Interrupts(threading.Thread):
    """Ctrl-C or SIGTERM at the client, or the client gone, interrupts the run as Ctrl-C would, until ``over`` is set."""

    def __init__(self, connection: socket.socket):
        super().__init__(daemon=True)
        self.connection = connection
        self.over = threading.Event()
        self.passed = False  # an interrupt reached the run

    def run(self) -> None:
        main = threading.main_thread().ident
        while True:
            try:
                receive(self.connection)
                gone = False
            except (OSError, ValueError):
                gone = True
            if self.over.is_set():
                return
            self.passed = True
            signal.pthread_kill(main, signal.SIGINT)  # a signal, not a flag: it also ends a blocking read
            if gone:
                return

    def stop(self) -> None:
        """End the thread once the run is over and its status sent."""
        self.over.set()
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.join()


def _run() -> int:
    """Run the command line as the client's own process would; its exit status."""
    from editlint.cli import main

    try:
        main()
    except SystemExit as end:
        if end.code is None or isinstance(end.code, int):
            return end.code or 0
        print(end.code, file=sys.stderr)
        return 1
    except BaseException:
        sys.excepthook(*sys.exc_info())
        return 1
    return 0


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()


def _release_streams() -> None:
    """Let go of the client's standard streams, so that a reader of its output (a pipe) sees their end as soon
    as the client exits, not only once this child has torn down its copy of the warm process."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


if __name__ == "__main__":
    serve()
