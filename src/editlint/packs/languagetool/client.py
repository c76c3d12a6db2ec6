"""Check text against a LanguageTool server through language_tool_python's remote-server mode."""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass

import language_tool_python
import requests
from language_tool_python.exceptions import LanguageToolError

from editlint.errors import ServiceError, UsageError

# A local server accepts any length (maxTextLength defaults to Integer.MAX_VALUE); 20,000 characters
# is what the public LanguageTool API accepts from anonymous users, so a team server will too.
DEFAULT_CHUNK_SIZE = 20_000
RULE_PAGE = "https://community.languagetool.org/rule/show/{rule_id}?lang={lang}"


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


class _RemoteTool(language_tool_python.LanguageTool):
    """language_tool_python's client with our timeout in force from its first request on."""

    def __init__(self, url: str, language: str, timeout: float):
        self._TIMEOUT = timeout
        super().__init__(language, remote_server=url)


def _base_url(url: str) -> str:
    """``http://host:port/`` or ``https://host/prefix/``: the root that ``v2/`` is appended to."""
    url = url.strip().rstrip("/")
    return (url[: -len("/v2")] if url.endswith("/v2") else url) + "/"


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


class LanguageToolClient:
    """Sends text to one LanguageTool server and returns its matches."""

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
        self.enabled_rules = set(enabled_rules)
        self.disabled_rules = set(disabled_rules)
        self.enabled_categories = set(enabled_categories)
        self.disabled_categories = set(disabled_categories)
        self.picky = picky
        self.timeout = timeout
        self.chunk_size = chunk_size
        self._tool: _RemoteTool | None = None
        self._rules: dict[str, list[dict]] | None = None

    def _fail(self, err: Exception) -> ServiceError:
        """A one-line ServiceError saying what went wrong with the server."""
        cause = err.__cause__ or err
        where = f"LanguageTool server {self.url}"
        if isinstance(cause, requests.Timeout):
            return ServiceError(f"{where} did not answer within {self.timeout:g}s (timeout)")
        if isinstance(cause, requests.ConnectionError):
            why = "connection refused" if "refused" in str(cause).lower() else "cannot connect"
            return ServiceError(f"{where} is not reachable ({why})")
        if isinstance(cause, json.JSONDecodeError):
            body = " ".join(str(err).split())[:200] or "empty reply"
            return ServiceError(f"{where} replied with an HTTP error or non-JSON data: {body}")
        return ServiceError(f"{where} sent a malformed reply ({type(cause).__name__}: {' '.join(str(cause).split())[:200]})")

    def _lt(self) -> _RemoteTool:
        """The library client, created on first use (it asks the server for its languages)."""
        if self._tool is None:
            try:
                tool = _RemoteTool(self.url, self.language, self.timeout)
            except ValueError as err:
                raise UsageError(f"LanguageTool server {self.url} does not support language {self.language!r} ({err})") from None
            except (LanguageToolError, TypeError, AttributeError, KeyError) as err:
                raise self._fail(err) from None
            tool.enabled_rules = self.enabled_rules
            tool.disabled_rules = self.disabled_rules
            tool.enabled_categories = self.enabled_categories
            tool.disabled_categories = self.disabled_categories
            tool.picky = self.picky
            self._tool = tool
        return self._tool

    def _query(self, path: str, params: dict[str, str], method: str = "get"):
        """One request through language_tool_python's request function, errors turned into ServiceError."""
        try:
            return self._lt()._query_server(self._lt().url + path, params, num_tries=1, method=method)
        except LanguageToolError as err:
            raise self._fail(err) from None

    def check(self, text: str) -> list[Match]:
        """All matches in *text*, one request per chunk, offsets relative to *text*."""
        found: list[Match] = []
        for start, piece in chunks(text, self.chunk_size):
            if not piece.strip():
                continue
            reply = self._query("check", self._lt()._create_params(piece), method="post")
            try:
                found.extend(self._matches(reply, piece, start))
            except (TypeError, KeyError, AttributeError, ValueError) as err:
                raise self._fail(err) from None
        return found

    def _matches(self, reply, piece: str, start: int) -> list[Match]:
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
                    offset=start + offset,
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
        if self._rules is None:
            reply = self._query("configinfo", {"language": str(self._lt().language)})
            try:
                rules: dict[str, list[dict]] = {}
                for entry in reply["rules"]:
                    rules.setdefault(str(entry["ruleId"]), []).append(entry)
            except (TypeError, KeyError) as err:
                raise self._fail(err) from None
            self._rules = rules
        page = RULE_PAGE.format(rule_id=rule_id, lang=str(self._lt().language).split("-")[0])
        entries = self._rules.get(rule_id)
        if not entries:
            return f"LanguageTool {self.url} has no rule {rule_id} for {self._lt().language}.\nRule page: {page}"
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
