"""Writing fixed articles: never a partial file, never over a change made meanwhile, same file.

``locked`` makes concurrent ``editlint --fix`` runs on one file take turns (``flock`` on
the file itself). ``replace_if_unchanged`` writes only when the file still holds the text
the fixes were computed from, writes through symbolic links (the link stays a link), keeps
mode, owner and group, and keeps hard links by writing in place. Editors do not take the
lock, so a change they make between the final check and the rename (microseconds) can
still be overwritten: the check makes that window small, it cannot close it.
"""

from __future__ import annotations

import fcntl
import os
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from editlint.errors import UsageError

LOCK_POLL_SECONDS = 0.05


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` through a temporary file in the same folder, fsync, rename; keep the file's mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _temporary_copy(path, text.encode("utf-8"))
    try:
        if path.exists():
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _temporary_copy(path: Path, data: bytes) -> str:
    """A new file holding ``data`` (flushed to disk) next to ``path``; the caller removes or renames it."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".editlint", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        os.unlink(temp)
        raise
    return temp


@contextmanager
def locked(path: Path, cancelled: threading.Event) -> Iterator[Path]:
    """Hold an exclusive lock on the file ``path`` names (links followed); yields that file.

    Waits while another process holds it, until ``cancelled`` is set (then ``UsageError``).
    A replacing write gives the path a new inode, so after waiting the lock is taken again
    when the path no longer names the locked inode.
    """
    target = Path(os.path.realpath(path))
    while True:
        try:
            fd = os.open(target, os.O_RDONLY)
        except OSError as err:
            raise UsageError(f"{path}: cannot fix ({err.strerror})") from None
        try:
            while not _try_lock(fd):
                if cancelled.wait(LOCK_POLL_SECONDS):
                    raise UsageError(f"{path}: not fixed: interrupted while another editlint --fix held the file")
            if _names(target, fd):
                yield target
                return
        finally:
            os.close(fd)  # releases the lock


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _names(target: Path, fd: int) -> bool:
    """Whether the path ``target`` still names the file open as ``fd``."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(target))
    except FileNotFoundError:
        return False


def replace_if_unchanged(path: Path, expected: bytes, data: bytes) -> bool:
    """Write ``data`` to ``path`` if it still holds ``expected``; ``False`` (nothing written) if not.

    A read-only file, or a folder editlint cannot write to, is a ``UsageError``.
    """
    try:
        return _replace_if_unchanged(path, Path(os.path.realpath(path)), expected, data)
    except OSError as err:
        raise UsageError(f"{path}: cannot write ({err.strerror}), not fixed") from None


def _replace_if_unchanged(path: Path, target: Path, expected: bytes, data: bytes) -> bool:
    info = os.stat(target)
    if not os.access(target, os.W_OK) or not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise UsageError(f"{path}: read-only file, not fixed (make it writable to fix it)")
    try:
        temp = _temporary_copy(target, data)
    except OSError as err:
        raise UsageError(f"{path}: cannot write to its folder ({err.strerror}), not fixed") from None
    try:
        if target.read_bytes() != expected:
            return False
        if info.st_nlink == 1 and _same_owner_and_mode(temp, info):
            os.replace(temp, target)
        else:  # another name links to this inode, or it belongs to someone else: keep the inode
            _overwrite(target, data, temp)
        return True
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _same_owner_and_mode(temp: str, info: os.stat_result) -> bool:
    """Give ``temp`` the file's mode, owner and group; ``False`` when the owner cannot be given."""
    os.chmod(temp, stat.S_IMODE(info.st_mode))
    try:
        os.chown(temp, info.st_uid, info.st_gid)
    except PermissionError:
        return False
    return True


def _overwrite(target: Path, data: bytes, copy: str) -> None:
    """Overwrite ``target`` in place; if that fails halfway, ``copy`` (the whole new text) is kept."""
    try:
        with open(target, "r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as err:
        kept = Path(copy).with_name(Path(copy).name.removesuffix(".editlint") + ".fixed")
        os.replace(copy, kept)
        if isinstance(err, OSError):
            raise UsageError(f"{target}: writing in place failed ({err.strerror}); the fixed text is in {kept}") from None
        raise
