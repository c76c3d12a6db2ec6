"""A progress bar on stderr for runs that take more than a second: files done, files left, elapsed.

The CLI shows it only when stderr is a terminal and ``--quiet`` is not given. ``tqdm`` draws
it; a small thread redraws it while a slow file (the LanguageTool server starting) holds up the count.
"""

from __future__ import annotations

import threading
from typing import TextIO

from tqdm import tqdm

DELAY = 1.0  # seconds before the bar appears: quick runs stay silent
REDRAW = 0.25  # seconds between redraws of the elapsed time
FORMAT = "Linting {percentage:3.0f}% |{bar}| {n_fmt}/{total_fmt} files, {left} left, {elapsed} elapsed"


class FilesBar(tqdm):
    """tqdm with a ``{left}`` field: files not done yet (tqdm's documented ``format_dict`` extension)."""

    @property
    def format_dict(self):
        values = super().format_dict
        return {**values, "left": (values["total"] or 0) - values["n"]}


class ProgressBar:
    """``progress(done, total)`` for :func:`editlint.api.lint_paths`; ``close()`` wipes the bar."""

    def __init__(self, stream: TextIO, delay: float = DELAY) -> None:
        self._stream, self._delay = stream, delay
        self._bar: FilesBar | None = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._redraws = threading.Thread(target=self._redraw, name="editlint-progress", daemon=True)

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            if self._bar is None:
                # miniters=0: every update, even by zero files, may redraw (once mininterval has passed)
                self._bar = FilesBar(total=total, file=self._stream, delay=self._delay, miniters=0, leave=False, bar_format=FORMAT, dynamic_ncols=True)
                self._redraws.start()
            self._bar.update(done - self._bar.n)

    def _redraw(self) -> None:
        while not self._stopped.wait(REDRAW):
            with self._lock:
                self._bar.update(0)

    def close(self) -> None:
        self._stopped.set()
        if self._redraws.is_alive():
            self._redraws.join()
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
