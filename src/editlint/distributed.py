"""Lint an archive on a Dask cluster: one Linter per worker, results streamed back as they finish.

```python
from distributed import Client
from editlint.distributed import lint_archive

client = Client("tcp://scheduler:8786")
for result in lint_archive(["archive/"], client, output="findings.jsonl"):
    ...  # one FileResult per article, in the order they finish
```

Each worker gets one ``Linter`` from a worker plugin (closed when the worker closes or the
plugin is unregistered); tasks lint with it. LanguageTool is one shared server when the
settings name ``languagetool.url``, otherwise each worker's Linter starts (or reuses) its own.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping

from dask.bag import Bag
from distributed import Client, WorkerPlugin, as_completed, get_worker

from editlint.errors import EditlintError, UsageError
from editlint.linter import FileError, FileResult, Linter

PLUGIN_PREFIX = "editlint-linter"


class LinterPlugin(WorkerPlugin):
    """Gives each worker one ``Linter`` with these settings and closes it on teardown.

    Its ``name`` is one per set of settings, so runs with the same settings share Linters.
    """

    idempotent = True  # registering the same settings again keeps the workers' warm Linters

    def __init__(self, config_file: str | os.PathLike | None = None, overrides: Mapping[str, Any] | None = None):
        self.config_file = os.path.abspath(config_file) if config_file is not None else None  # the client's folder
        self.overrides = dict(overrides or {})
        settings = json.dumps({"config": self.config_file, "overrides": self.overrides}, sort_keys=True, default=str)
        self.name = f"{PLUGIN_PREFIX}-{hashlib.sha256(settings.encode()).hexdigest()[:16]}"
        self.linter: Linter | None = None

    def setup(self, worker) -> None:
        self.linter = Linter(config_file=self.config_file, overrides=self.overrides)

    def teardown(self, worker) -> None:
        if self.linter is not None:
            self.linter.close()
            self.linter = None


def lint_archive(
    paths_or_bag: Iterable[str] | Bag,
    client: Client,
    *,
    config_file: str | os.PathLike | None = None,
    overrides: Mapping[str, Any] | None = None,
    output: str | os.PathLike | IO[str] | None = None,
) -> Iterator[FileResult]:
    """Lint articles on ``client``'s workers; yield one ``FileResult`` per article as it finishes.

    ``paths_or_bag`` is files and folders, expanded as the CLI does (the workers must see the
    same paths), or a ``dask.bag`` of ``(path, text)`` pairs. ``config_file`` and ``overrides``
    mean what they mean to ``Linter``. With ``output`` (a path or a text file object), each
    result is also written as one JSON line: ``{"path", "diagnostics", "error"}``, where
    ``diagnostics`` holds the objects of ``--format json`` and ``error`` is ``null`` or
    ``{"kind", "message"}``. A file that fails is one result with an ``error``; the run goes
    on. Results come in the order they finish, without ``text`` or ``rules``. Bad settings (a
    bad config file, an unknown rule id) raise ``EditlintError`` before any task runs. This is
    a generator: nothing runs until it is iterated.
    """
    plugin = LinterPlugin(config_file, overrides)
    with Linter(config_file=plugin.config_file, overrides=plugin.overrides) as linter:  # bad settings fail here, once
        files = None if isinstance(paths_or_bag, Bag) else linter.files(list(paths_or_bag))
        linter.config_for(None)
    client.register_plugin(plugin)
    if files is None:
        tasks = client.compute(paths_or_bag.map_partitions(_lint_texts, plugin.name).to_delayed())
        labels = {task.key: f"<partition {i}>" for i, task in enumerate(tasks)}
    else:
        tasks = client.map(_lint_file, files, plugin=plugin.name, folder=os.getcwd(), key="editlint-file", pure=False)
        labels = {task.key: path for task, path in zip(tasks, files)}
    with _opened(output) as stream:
        for task in as_completed(tasks):
            for result in _results(task, labels.pop(task.key)):
                if stream is not None:
                    stream.write(json.dumps(record(result), ensure_ascii=False) + "\n")
                    stream.flush()
                yield result


def _opened(output: str | os.PathLike | IO[str] | None):
    if not isinstance(output, (str, os.PathLike)):
        return nullcontext(output)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    return open(output, "w", encoding="utf-8")


def record(result: FileResult) -> dict[str, Any]:
    """The JSON Lines record of one file."""
    error = {"kind": result.error.kind, "message": result.error.message} if result.error else None
    return {"path": result.path, "diagnostics": [d.to_dict() for d in result.diagnostics], "error": error}


def _results(task, label: str) -> list[FileResult]:
    """The task's results, or one error result (named ``label``) when the task itself failed."""
    try:
        results = task.result()
    except Exception as err:  # a lost worker, an error in the bag's own graph: the run goes on
        return [_failed(label, "task", err)]
    finally:
        task.release()
    return results if isinstance(results, list) else [results]


def _worker_linter(name: str) -> Linter:
    return get_worker().plugins[name].linter


def _lint_file(path: str, plugin: str, folder: str) -> FileResult:
    """Runs on a worker: lint one article with the worker's Linter; a relative path is the client's (``folder``)."""
    absolute = os.path.join(folder, path)
    return _guarded(path, lambda: _shown_as(path, absolute, _worker_linter(plugin).lint_file(absolute)))


def _shown_as(shown: str, absolute: str, result: FileResult) -> FileResult:
    """``result`` of the file at ``absolute`` with its paths written as the caller gave them."""
    if shown == absolute:
        return result
    error = result.error and replace(result.error, path=shown, message=result.error.message.replace(absolute, shown, 1))
    diagnostics = [replace(d, path=shown) for d in result.diagnostics]
    return replace(result, path=shown, diagnostics=diagnostics, error=error)


def _lint_texts(pairs: Iterable[tuple[str, str]], plugin: str) -> list[FileResult]:
    """Runs on a worker: lint a bag partition's ``(path, text)`` pairs with the worker's Linter."""
    linter = _worker_linter(plugin)
    return [_guarded(path, lambda: linter.lint_text(text, path=path)) for path, text in pairs]


def _guarded(path: str, lint) -> FileResult:
    """The result without the article text and rule metadata (not worth sending back), or an error result."""
    try:
        return replace(lint(), text=None, rules={})
    except UsageError as err:  # settings that cannot be read for this path (the article's own problems come as results)
        return _failed(path, "input", err)
    except Exception as err:  # one bad file must not end an archive run
        return _failed(path, "internal", err)


def _failed(path: str, kind: str, err: Exception) -> FileResult:
    """An error result; an editlint error's message is shown as is, any other names its type."""
    message = str(err) if isinstance(err, EditlintError) else f"{type(err).__name__}: {err}"
    message = " ".join((message if message.startswith(path) else f"{path}: {message}").split())
    return FileResult(path=path, diagnostics=[], error=FileError(path=path, kind=kind, message=message))


__all__ = ["LinterPlugin", "lint_archive", "record"]
