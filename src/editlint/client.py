"""The ``editlint`` command: hand the run to the warm engine when one runs for this user, else run it here.

``editlint server start`` keeps a worker process with spaCy and editlint loaded (see
:mod:`editlint.worker`). This module, the console entry point, imports nothing heavy (no
click, spaCy or requests): it connects to the worker's Unix socket, in a folder only its owner
can enter, and passes the run over as it is: the arguments, the environment, the umask, the
current folder and the standard streams themselves (their file descriptors, so terminals stay
terminals and stdin is read where it is). The worker forks a child that runs the normal
command line and answers with its exit status. When no worker runs, its socket is stale, or
anything about it is not as expected, the run happens in this process, as without a worker.
"""

from __future__ import annotations

# Every run pays for this module's imports: ``socket`` and ``signal`` import ``enum``, and ``json``
# imports ``re`` (about 20 ms together), so it uses their C modules and ``marshal`` instead.
import _signal
import _socket
import marshal
import os
import stat
import struct
import sys

import editlint
from editlint.cachedir import cache_root

WORKER_DIR = "worker"
SOCKET_NAME = "socket"
HANDSHAKE_TIMEOUT = 10.0  # seconds for the worker to take the run; after that the run happens here
_LENGTH = struct.Struct("!I")
_MAX_MESSAGE = 16 << 20


def worker_dir() -> str:
    """The worker's private folder (mode 0700): its socket, record and log."""
    return os.path.join(cache_root(), WORKER_DIR)


def socket_path() -> str:
    return os.path.join(worker_dir(), SOCKET_NAME)


def main() -> None:
    """Run ``editlint`` with ``sys.argv``: in the warm worker if one takes the run, else in this process."""
    status = run_in_worker()
    if status is None:
        from editlint.cli import main as run_here

        sys.exit(run_here())
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)  # the worker ran the command: this process has nothing to tear down


def run_in_worker() -> int | None:
    """The exit status of the run done by the warm worker; None when no worker took it (nothing was printed)."""
    streams = (sys.stdin, sys.stdout, sys.stderr)
    if any(stream is None for stream in streams) or not all(_is_open(fd) for fd in (0, 1, 2)):
        return None
    connection = _connect(socket_path())
    if connection is None:
        return None
    try:
        return _hand_over(connection, streams)
    finally:
        connection.close()


def _hand_over(connection: _socket.socket, streams) -> int | None:
    """Ask the worker to take the run; once it has, wait for the run's exit status."""
    try:
        cwd = os.open(".", os.O_PATH | os.O_DIRECTORY)
    except OSError:
        return None
    try:
        send(connection, _request(streams))
        if not receive(connection).get("ready"):
            return None
        # The streams go only to a worker that answered; from here its child runs the command.
        fds = struct.pack("4i", 0, 1, 2, cwd)
        connection.sendmsg([encode({"go": True})], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, fds)])
    except (OSError, ValueError):
        return None
    finally:
        os.close(cwd)
    connection.settimeout(None)
    return _wait_for_status(connection)


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


def _request(streams) -> dict:
    umask = os.umask(0o022)
    os.umask(umask)
    return {
        "editlint": [editlint.__version__, os.path.dirname(os.path.abspath(editlint.__file__))],
        "argv": sys.argv,
        "main_package": getattr(sys.modules["__main__"], "__package__", None),
        "env": dict(os.environ),
        "umask": umask,
        "streams": [[stream.encoding, stream.errors] for stream in streams],
    }


def private(path: str, kind: int) -> bool:
    """True when *path* is of ``kind`` (``stat.S_IFDIR``, ``stat.S_IFSOCK``), not a link, ours, and closed to others."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_IFMT(info.st_mode) == kind and info.st_uid == os.getuid() and not info.st_mode & 0o077


def peer_uid(connection: _socket.socket) -> int:
    """The user id of the process at the other end of a Unix socket (``SO_PEERCRED``)."""
    credentials = connection.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", credentials)[1]


def _connect(path: str) -> _socket.socket | None:
    """A connection to our own worker; None (after removing a stale socket) when there is none to trust."""
    if not (private(os.path.dirname(path), stat.S_IFDIR) and private(path, stat.S_IFSOCK)):
        return None
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    connection.settimeout(HANDSHAKE_TIMEOUT)
    try:
        connection.connect(path)
        if peer_uid(connection) == os.getuid():
            return connection
    except ConnectionRefusedError:  # the worker died and left its socket behind
        _remove_stale(path)
    except OSError:
        pass
    connection.close()
    return None


def _remove_stale(path: str) -> None:
    """Remove the socket nobody listens on, unless a new worker has just put its own there."""
    try:
        before = os.lstat(path)
        probe = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            probe.connect(path)
        finally:
            probe.close()
    except ConnectionRefusedError:
        after = os.lstat(path) if os.path.lexists(path) else None
        if after is not None and (after.st_ino, after.st_dev) == (before.st_ino, before.st_dev):
            os.unlink(path)
    except OSError:
        pass


def _wait_for_status(connection: _socket.socket) -> int:
    """Wait for the worker's exit status; Ctrl-C and SIGTERM are passed on to the run (it stops as it would here)."""

    def forward(signum, frame):
        raise KeyboardInterrupt

    _signal.signal(_signal.SIGTERM, forward)
    while True:
        try:
            reply = receive(connection)
            return int(reply["exit"])
        except KeyboardInterrupt:
            try:
                send(connection, {"interrupt": True})
            except OSError:
                pass
        except (OSError, ValueError, KeyError):
            sys.stderr.write("editlint: error: the warm engine stopped during the run (see `editlint server status`); run editlint again\n")
            return 2


def encode(message: dict) -> bytes:
    data = marshal.dumps(message)
    return _LENGTH.pack(len(data)) + data


def send(connection: _socket.socket, message: dict) -> None:
    connection.sendall(encode(message))


def receive(connection: _socket.socket, start: bytes = b"") -> dict:
    """One length-prefixed message (``start``: its first bytes, already read); ValueError when the connection ends
    or the message is not a dict (both ends are the same user: ``marshal`` is safe between them)."""
    header = start + _read_exactly(connection, _LENGTH.size - len(start))
    (length,) = _LENGTH.unpack(header)
    if length > _MAX_MESSAGE:
        raise ValueError("message too long")
    try:
        message = marshal.loads(_read_exactly(connection, length))
    except (EOFError, TypeError) as err:
        raise ValueError(f"malformed message ({err})") from None
    if not isinstance(message, dict):
        raise ValueError("malformed message")
    return message


def _read_exactly(connection: _socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise ValueError("connection closed")
        data += chunk
    return data
