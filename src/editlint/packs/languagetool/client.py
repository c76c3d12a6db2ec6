"""Check text against a LanguageTool server over its HTTP API (``/v2/check``), in bounded requests.

A long article is sent as several requests of at most ``chunk_size`` characters, cut at paragraph
breaks, and each request gets the whole timeout: the time allowed grows with the text, and no
single request can hold a shared server for long. A run sends at most ``MAX_IN_FLIGHT`` requests at
once however many files it lints in parallel. A server whose queue is full answers 503 at once
(editlint starts its servers with a short queue): the request is sent again after a growing,
jittered pause, and its timeout starts again, since a 503 proves the server alive and none of its
time went into this text; a server that stays full for ``BUSY_PATIENCE`` timeouts fails the request.
So the timeout measures how long a server takes to check the text, not how long other runs keep
it busy. Every network, HTTP and JSON failure becomes a one-line :class:`ServiceError`. A client
remembers the matches of the last pieces it checked, so an article edited in one place (in an
editor) is sent again only in the piece that changed.
"""

from __future__ import annotations

import bisect
import io
import json
import random
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Callable
from urllib.parse import urlencode, urlsplit

import requests

from editlint.config.settings import LOOPBACK_HOSTS
from editlint.errors import ServiceError, UsageError

# A few thousand characters (about a page) per request: small enough that one request never
# keeps a shared server busy for long, large enough that per-request overhead stays small
# (bench/languagetool_cpu.py: a 1,000-word article in two pieces costs the server 6% more CPU
# than in one request), and an edited article (an editor's) is sent again only in the piece that
# changed (bench/lsp_latency.py: 0.19 s an edit, 0.53 s with the whole article in one request).
# Text-level rules (EN_WORD_COHERENCY: one spelling of a word throughout) see one piece at a time.
DEFAULT_CHUNK_SIZE = 4_000
MAX_IN_FLIGHT = 2
# Pieces whose matches a client keeps, so that an edited article is sent again only in the piece
# that changed: the server's answer to a piece depends on the piece and the client's options alone.
RECENT_PIECES = 256
RETRY_PAUSE = (0.25, 4.0)  # first and longest pause before asking a busy server again
BUSY_PATIENCE = 10  # timeouts' worth of 503 answers before giving up
RULE_PAGE = "https://community.languagetool.org/rule/show/{rule_id}?lang={lang}"
TIMEOUT_HINT = "raise languagetool.timeout"


@dataclass(frozen=True)
class Match:
    """One LanguageTool finding; offsets count Python characters of the checked text."""

    offset: int
    length: int
    rule_id: str
    category_id: str
    issue_type: str
    message: str
    replacements: tuple[str, ...]
    rule_description: str


class _Refused(ServiceError):
    """The server refused a request as malformed (HTTP 400): for a check, an unknown language, say."""


def _base_url(url: str) -> str:
    """``http://host:port/`` or ``https://host/prefix/``: the root that ``v2/`` is appended to."""
    url = url.strip().rstrip("/")
    return (url[: -len("/v2")] if url.endswith("/v2") else url) + "/"


def _is_local(url: str) -> bool:
    try:
        return urlsplit(url).hostname in LOOPBACK_HOSTS
    except ValueError:  # not a URL: the first request says so
        return False


def chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Split *text* into (offset, piece) of at most *size* characters, at paragraph breaks where possible."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = next((window.rfind(sep) + len(sep) for sep in ("\n\n", "\n", " ") if window.rfind(sep) > 0), size)
        pieces.append((start, window[:cut]))
        start += cut
    if start < len(text) or not pieces:
        pieces.append((start, text[start:]))
    return pieces


def _utf16_starts(text: str) -> list[int] | None:
    """UTF-16 offset of each character (LanguageTool counts in Java chars), or None if they agree."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    starts, pos = [], 0
    for c in text:
        starts.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    starts.append(pos)
    return starts


def _one_line(text: str, limit: int = 200) -> str:
    return " ".join(text.split())[:limit]


class _Outgoing(io.BytesIO):
    """A request body that calls ``sent`` when it has been read to its end: the request has gone out."""

    def __init__(self, data: bytes, sent: Callable[[], None] | None):
        super().__init__(data)
        self._sent = sent

    def read(self, size: int | None = -1) -> bytes:
        block = super().read(size)
        if not block and self._sent is not None:
            self._sent, sent = None, self._sent
            sent()
        return block


class _Countdown:
    """A callback that calls ``then`` on its ``count``-th call (from any thread)."""

    def __init__(self, count: int, then: Callable[[], None]):
        self._left, self._then, self._lock = count, then, threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            self._left -= 1
            done = self._left == 0
        if done:
            self._then()


class LanguageToolClient:
    """Sends text to one LanguageTool server and returns its matches; safe to share between threads."""

    def __init__(
        self,
        url: str,
        *,
        language: str = "en-US",
        enabled_rules=(),
        disabled_rules=(),
        enabled_categories=(),
        disabled_categories=(),
        picky: bool = False,
        timeout: float = 30.0,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ):
        self.url = _base_url(url)
        self.language = language
        self.options = {
            key: ",".join(sorted(values))
            for key, values in (
                ("enabledRules", enabled_rules),
                ("disabledRules", disabled_rules),
                ("enabledCategories", enabled_categories),
                ("disabledCategories", disabled_categories),
            )
            if values
        }
        if picky:
            self.options["level"] = "picky"
        self.timeout = timeout
        self.chunk_size = chunk_size
        self._http = requests.Session()
        self._http.trust_env = not _is_local(self.url)  # no proxy between editlint and a local server
        self._slots = threading.BoundedSemaphore(MAX_IN_FLIGHT)
        self._recent: OrderedDict[str, list[Match]] = OrderedDict()  # piece -> its matches, the most recent last
        self._lock = threading.Lock()
        self._checked_language = threading.Lock()
        self._language_ok = False
        self._rules: dict[str, list[dict]] | None = None

    def _request(self, path: str, params: dict[str, str], method: str = "GET", sent: Callable[[], None] | None = None) -> Any:
        """One request's JSON reply; a full queue (503) is asked again, each time with the whole timeout. A POST
        calls ``sent`` once its first request has gone out."""
        where = f"LanguageTool server {self.url}"
        patience = time.monotonic() + BUSY_PATIENCE * self.timeout
        pause = RETRY_PAUSE[0]
        with self._slots:
            while True:
                if method == "POST":
                    send = {"data": _Outgoing(urlencode(params).encode(), sent), "headers": {"Content-Type": "application/x-www-form-urlencoded"}}
                    sent = None
                else:
                    send = {"params": params}
                try:
                    with self._http.request(method, f"{self.url}v2/{path}", timeout=self.timeout, **send) as reply:
                        status, body = reply.status_code, reply.content
                except requests.Timeout:
                    raise ServiceError(f"{where} did not answer within {self.timeout:g}s (timeout; {TIMEOUT_HINT})") from None
                except requests.ConnectionError as err:
                    why = "connection refused" if "refused" in str(err).lower() else "cannot connect"
                    raise ServiceError(f"{where} is not reachable ({why})") from None
                except requests.RequestException as err:
                    raise ServiceError(f"{where} failed ({type(err).__name__}: {_one_line(str(err))})") from None
                if status == 503 and time.monotonic() + pause < patience:
                    time.sleep(pause * random.uniform(0.5, 1.0))
                    pause = min(pause * 2, RETRY_PAUSE[1])
                    continue
                text = _one_line(body.decode("utf-8", "replace")) or "empty reply"
                if status == 400:
                    raise _Refused(f"{where} replied with HTTP error {status}: {text}")
                if status != 200:
                    raise ServiceError(f"{where} replied with HTTP error {status}: {text}")
                try:
                    return json.loads(body)
                except ValueError:
                    raise ServiceError(f"{where} replied with non-JSON data: {text}") from None

    def _malformed(self, err: Exception) -> ServiceError:
        return ServiceError(f"LanguageTool server {self.url} sent a malformed reply ({type(err).__name__}: {_one_line(str(err))})")

    def _check_language(self) -> None:
        """Make sure the server knows ``language`` (asked once per client, and not before a check: a check
        in a language the server lacks is refused, and only then is the server asked which it has)."""
        with self._checked_language:
            if self._language_ok:
                return
            reply = self._request("languages", {})
            try:
                codes = {str(entry.get(key)).lower() for entry in reply for key in ("code", "longCode")}
            except (TypeError, AttributeError) as err:
                raise self._malformed(err) from None
            if self.language.lower() not in codes | {"auto"}:
                raise UsageError(f"LanguageTool server {self.url} does not support language {self.language!r}")
            self._language_ok = True

    def check(self, text: str, sent: Callable[[], None] = lambda: None) -> list[Match]:
        """All matches in *text*, one request per chunk, offsets relative to *text*; ``sent`` is called once every
        request has gone out (or was not needed), so that a caller can wait for that before it takes the CPU."""
        try:
            return self._check_pieces(text, sent)
        except _Refused:
            self._check_language()  # a language the server lacks is a usage error; else the refusal stands
            raise

    def _check_pieces(self, text: str, sent: Callable[[], None]) -> list[Match]:
        pieces = [(start, piece) for start, piece in chunks(text, self.chunk_size) if piece.strip()]
        piece_sent = _Countdown(len(pieces), sent)
        if not pieces:
            sent()
        if len(pieces) < 2:
            return [match for start, piece in pieces for match in self._check_piece(start, piece, piece_sent)]
        with ThreadPoolExecutor(max_workers=MAX_IN_FLIGHT) as pool:  # the pieces of a long article at once
            return [match for found in pool.map(lambda item: self._check_piece(*item, piece_sent), pieces) for match in found]

    def _check_piece(self, start: int, piece: str, sent: Callable[[], None]) -> list[Match]:
        """The matches in ``piece``, at offsets of the whole text (``start``: where the piece begins)."""
        with self._lock:
            found = self._recent.get(piece)
            if found is not None:
                self._recent.move_to_end(piece)
        if found is not None:
            sent()
        else:
            reply = self._request("check", {"language": self.language, "text": piece, **self.options}, method="POST", sent=sent)
            try:
                found = self._matches(reply, piece)
            except (TypeError, KeyError, AttributeError, ValueError) as err:
                raise self._malformed(err) from None
            with self._lock:
                self._recent[piece] = found
                if len(self._recent) > RECENT_PIECES:
                    self._recent.popitem(last=False)
        return [replace(match, offset=start + match.offset) for match in found] if start else list(found)

    def _matches(self, reply, piece: str) -> list[Match]:
        if not isinstance(reply, dict) or not isinstance(reply.get("matches"), list):
            raise ValueError("no 'matches' list")
        starts = _utf16_starts(piece)
        result = []
        for m in reply["matches"]:
            rule = m["rule"]
            offset, end = int(m["offset"]), int(m["offset"]) + int(m["length"])
            if starts is not None:
                offset, end = bisect.bisect_left(starts, offset), bisect.bisect_left(starts, end)
            result.append(
                Match(
                    offset=offset,
                    length=end - offset,
                    rule_id=str(rule["id"]),
                    category_id=str(rule["category"]["id"]),
                    issue_type=str(rule.get("issueType", "")),
                    message=str(m["message"]),
                    replacements=tuple(str(r["value"]) for r in m.get("replacements", ())),
                    rule_description=str(rule.get("description", "")),
                )
            )
        return result

    def rule_info(self, rule_id: str) -> str:
        """What the server says about *rule_id* (from ``/v2/configinfo``), plus its community page."""
        self._check_language()
        if self._rules is None:
            reply = self._request("configinfo", {"language": self.language})
            try:
                rules: dict[str, list[dict]] = {}
                for entry in reply["rules"]:
                    rules.setdefault(str(entry["ruleId"]), []).append(entry)
            except (TypeError, KeyError) as err:
                raise self._malformed(err) from None
            self._rules = rules
        page = RULE_PAGE.format(rule_id=rule_id, lang=self.language.split("-")[0])
        entries = self._rules.get(rule_id)
        if not entries:
            return f"LanguageTool {self.url} has no rule {rule_id} for {self.language}.\nRule page: {page}"
        first = entries[0]
        default = "off" if all(e.get("isDefaultOff") == "yes" for e in entries) else "on"
        return "\n".join(
            (
                f"{rule_id}: {first.get('description', '')}",
                f"Category: {first.get('categoryName', '')} ({first.get('categoryId', '')})",
                f"Issue type: {first.get('locQualityIssueType', '')}",
                f"Enabled by default: {default}" + (f" ({len(entries)} sub-rules)" if len(entries) > 1 else ""),
                f"Rule page: {page}",
            )
        )
