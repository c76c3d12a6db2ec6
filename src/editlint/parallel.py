"""Linting files in worker processes (``--jobs N``), each worker with its own :class:`Linter` session.

The parent keeps what must happen once: the file list and settings errors, stdin ("-" is
linted in the parent), the LanguageTool server (acquired once and handed to every worker as
the ``languagetool.url`` override: never one Java server per worker), the warnings, and the
results in input order. Workers take files as they free up, largest first, and send back
plain :class:`FileResult` objects; a file that cannot be checked is a result with its error.

Workers come from a fork server: a fresh interpreter that imports editlint only, never a fork
of the caller, whose threads (the progress bar, a LanguageTool keeper, an application's own)
may hold locks a forked child would inherit held. spaCy loads in each worker while the
LanguageTool server starts, not in the fork server, since importing spaCy starts a BLAS
thread. bench/jobs.py measures the start methods against each other.

Ctrl-C or SIGTERM in the parent stops the workers with SIGTERM: a worker finishes the files
under way (a fix being written is completed, temporary files removed) and exits quietly.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
import traceback
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Callable, Iterator

from editlint.errors import EditlintError, EnvironmentProblem
from editlint.linter import STDIN, FileResult, Linter, done_counter

if TYPE_CHECKING:
    from editlint.config.loader import Config

START_METHOD = "forkserver"
PRELOADED = ["editlint.linter", "editlint.engine.registry"]  # imported once, by the fork server
FILES_PER_WORKER = 4  # a worker must have this many files to repay its start (spaCy's import and model load): bench/jobs.py
IN_FLIGHT = 2  # files a worker holds at once: one file's LanguageTool request overlaps another's parse
STOP_SECONDS = 60.0  # how long a stopped worker may take to finish the files under way before it is killed
STOP_POLL_SECONDS = 0.1  # how often a worker waiting for a file looks whether it was stopped


def available_cores() -> int:
    return len(os.sched_getaffinity(0))


def worker_count(jobs: int, files: list[str]) -> int:
    """Worker processes worth starting for ``files`` with ``jobs`` (0: one per available core); 0 below two."""
    count = min(jobs or available_cores(), sum(name != STDIN for name in files) // FILES_PER_WORKER)
    return count if count > 1 else 0


def lint_in_workers(
    linter: Linter, files: list[str], jobs: int, *, fix: bool = False, unsafe_fixes: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[FileResult]:
    """Lint ``files`` (as ``linter.files`` lists them) in up to ``jobs`` worker processes; one result per file, in order.

    Few files, a session built on a given ``Config``, or a run whose folders name different
    LanguageTool servers while some name none, are linted in this process instead.
    """
    count = worker_count(jobs, files) if linter.arguments is not None else 0
    server = _server_plan(linter, files) if count else None
    if server is None:
        yield from linter.lint_files(files, fix=fix, unsafe_fixes=unsafe_fixes, progress=progress)
        return
    with ThreadPoolExecutor(2, thread_name_prefix="editlint-parent") as helpers, WorkerPool(count, _spacy_models(linter, files)) as pool:
        url = helpers.submit(server) if server else None  # the server starts while the workers load spaCy
        yield from pool.run(linter, files, url, helpers, fix=fix, unsafe_fixes=unsafe_fixes, progress=progress)


def _distinct_configs(linter: Linter, files: list[str]) -> list[Config]:
    found: dict[int, Config] = {}
    for name in files:
        config = linter.config_for(name)
        found.setdefault(id(config), config)
    return list(found.values())


def _needs(linter: Linter, config: Config, part: str) -> bool:
    return any(part in rule.meta.needs for rule in linter.rules_for(config, None))


def _server_plan(linter: Linter, files: list[str]) -> Callable[[], str] | str | None:
    """How workers reach LanguageTool: "" (as their configs say, or not at all); a function that acquires
    the run's one server and returns its URL; or None when some folders name a server and others none."""
    urls = {config["languagetool.url"] for config in _distinct_configs(linter, files) if _needs(linter, config, "languagetool")}
    if "" not in urls:
        return ""
    if len(urls) > 1:
        return None
    config = linter.config_for(None)

    def acquire() -> str:
        from editlint.packs.languagetool.rule import session_server_url

        return session_server_url(config, linter.services)  # the parent's session stops it when it closes

    return acquire


def _spacy_models(linter: Linter, files: list[str]) -> list[str]:
    """The spaCy models the files' rules load ("" for the default), for workers to load before their first file."""
    return sorted({config["nlp.model"] for config in _distinct_configs(linter, files) if _needs(linter, config, "spacy")})


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except OSError:
        return 0


class Worker:
    """One worker process, as the parent sees it: its pipe and the files it holds."""

    def __init__(self, context, models: list[str]):
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=serve, args=(theirs, models), name="editlint-worker", daemon=True)
        self.process.start()
        theirs.close()
        self.holds: dict[int, str] = {}

    def send(self, message: object) -> None:
        try:
            self.connection.send(message)
        except OSError:
            raise self.ended() from None

    def give(self, index: int, name: str, fix: bool, unsafe_fixes: bool) -> None:
        self.holds[index] = name
        self.send((index, name, fix, unsafe_fixes))

    def answer(self) -> tuple[int, FileResult | BaseException, list[str]]:
        """(file index, its result or the exception linting it raised, warnings new since the last answer)."""
        try:
            index, outcome, warnings = self.connection.recv()
        except (EOFError, OSError):
            raise self.ended() from None
        del self.holds[index]
        return index, outcome, warnings

    def ended(self) -> EnvironmentProblem:
        self.process.join(1)
        held = ", ".join(self.holds.values()) or "no file"
        return EnvironmentProblem(f"a worker process ended unexpectedly (exit status {self.process.exitcode}) while linting {held}")


class WorkerPool:
    """``count`` worker processes loading ``models``; leaving the block stops them (SIGTERM on an error or interrupt)."""

    def __init__(self, count: int, models: list[str]):
        context = multiprocessing.get_context(START_METHOD)
        context.set_forkserver_preload(PRELOADED)
        self.workers: list[Worker] = []
        try:
            for _ in range(count):
                self.workers.append(Worker(context, models))
        except BaseException:
            self._stop(signal.SIGTERM)
            raise

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind, *exc) -> None:
        self._stop(None if kind is None else signal.SIGTERM)

    def _stop(self, sig: int | None) -> None:
        """Ask every worker to end (``sig`` None: after its files; SIGTERM: now, finishing files under way) and wait for it."""
        for worker in self.workers:
            try:
                if sig is None:
                    worker.connection.send(None)
                elif worker.process.is_alive():
                    os.kill(worker.process.pid, sig)
            except OSError:
                pass  # it has ended already
            worker.connection.close()  # a worker sending an answer nobody reads gets an error, not a wait
        for worker in self.workers:
            worker.process.join(STOP_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()

    def run(
        self, linter: Linter, files: list[str], url: Future | None, helpers: ThreadPoolExecutor, *, fix: bool, unsafe_fixes: bool,
        progress: Callable[[int, int], None] | None,
    ) -> Iterator[FileResult]:
        """Hand out the files and yield each one's result in input order."""
        results: list[Future] = [Future() for _ in files]
        warnings: dict[int, list[str]] = {}
        count_done = done_counter(progress, len(files)) if progress else None
        for index, name in enumerate(files):
            if name == STDIN:  # the parent reads stdin, beside the workers
                results[index] = helpers.submit(linter.lint_file, STDIN, fix=fix, unsafe_fixes=unsafe_fixes)
            if count_done:
                results[index].add_done_callback(count_done)
        overrides = dict(linter.arguments["overrides"] or {})
        if url is not None:
            overrides["languagetool.url"] = url.result()
        arguments = {**linter.arguments, "overrides": overrides, "environ": dict(os.environ)}
        queue = deque(sorted((i for i, name in enumerate(files) if name != STDIN), key=lambda i: -_size(files[i])))

        def give_work(worker: Worker) -> None:
            while queue and len(worker.holds) < IN_FLIGHT:
                index = queue.popleft()
                worker.give(index, files[index], fix, unsafe_fixes)

        for worker in self.workers:
            worker.send(arguments)
            give_work(worker)
        for index, result in enumerate(results):
            while not result.done():
                for worker in self._answered(timeout=0.05 if files[index] == STDIN else None):
                    answered, outcome, said = worker.answer()
                    warnings[answered] = said
                    give_work(worker)
                    if isinstance(outcome, BaseException):
                        results[answered].set_exception(outcome)
                    else:
                        results[answered].set_result(outcome)
            for message in warnings.pop(index, ()):
                linter.services.warn(message)
            yield result.result()

    def _answered(self, timeout: float | None) -> list[Worker]:
        """Workers with an answer waiting; an error if one ended while holding files."""
        by_handle: dict[Any, Worker] = {}
        for worker in self.workers:
            by_handle[worker.connection] = by_handle[worker.process.sentinel] = worker
        ready = wait(list(by_handle), timeout)
        answered = [by_handle[handle] for handle in ready if isinstance(handle, Connection)]
        for handle in ready:
            worker = by_handle[handle]
            if not isinstance(handle, Connection) and worker not in answered and not worker.connection.poll():
                raise worker.ended()
        return answered


# The worker process


def serve(connection: Connection, models: list[str]) -> None:
    """A worker: load spaCy, build the session the parent describes, lint the files it sends until it sends None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # until the first file, a stop ends the worker at once: nothing to finish
    try:
        _load_models(models)
        arguments = connection.recv()
        if arguments is None:
            return
        os.environ.clear()  # the fork server's environment is the one it started with: take the parent's of today
        os.environ.update(arguments.pop("environ"))
        with Linter(**arguments) as linter:
            _answer_requests(connection, linter)
    except (EOFError, OSError):
        pass  # the parent is gone


def _load_models(models: list[str]) -> None:
    from editlint.nlp.pipeline import load_pipeline

    for model in models:
        try:
            load_pipeline(model or None)
        except EditlintError:
            pass  # the first file that needs the model reports the problem


def _answer_requests(connection: Connection, linter: Linter) -> None:
    """Lint each requested file in a small thread pool and send back (index, result or exception, new warnings).

    SIGTERM stops taking requests and waits for the files under way; the handler only takes note,
    so that no exception can land in the middle of an import or a write.
    """
    cancelled = threading.Event()  # set on a stop: fixers stop waiting for another run's lock
    stopped: list[int] = []
    signal.signal(signal.SIGTERM, lambda signum, frame: stopped.append(signum))
    sending = threading.Lock()
    warned = 0

    def answer(index: int, future: Future) -> None:
        nonlocal warned
        if future.cancelled() or stopped:
            return
        with sending:
            said, warned = linter.warnings[warned:], len(linter.warnings)
            error = future.exception()
            try:
                connection.send((index, _portable(error) if error else future.result(), said))
            except OSError:
                pass  # the parent is gone

    pool = ThreadPoolExecutor(IN_FLIGHT, thread_name_prefix="editlint-worker")
    try:
        while not stopped:
            if not connection.poll(STOP_POLL_SECONDS):
                continue
            request = connection.recv()
            if request is None:
                break
            index, name, fix, unsafe_fixes = request
            future = pool.submit(linter.lint_file, name, fix=fix, unsafe_fixes=unsafe_fixes, cancelled=cancelled)
            future.add_done_callback(partial(answer, index))
    finally:
        cancelled.set()
        pool.shutdown(wait=True, cancel_futures=True)


def _portable(error: BaseException) -> BaseException:
    """``error`` as the parent can receive it; anything but an editlint error carries the worker's traceback."""
    if isinstance(error, EditlintError):
        return error
    text = "".join(traceback.format_exception(error))
    try:
        error.add_note(f"in a worker process:\n{text}")
        pickle.dumps(error)
        return error
    except Exception:
        return RuntimeError(f"a worker process failed:\n{text}")
