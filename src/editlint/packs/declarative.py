"""Declarative rule packs: small YAML files of substitution and existence rules (Vale-like).

A pack is one YAML file; its stem is the pack name (``rules/ap.yml`` gives ids ``ap/<name>``)::

    description: AP-style word choices for news copy.   # optional
    rules:
      - name: toward                  # kebab-case; the id is ap/toward
        kind: substitution            # or existence
        severity: warning             # error, warning or info (default warning)
        message: "Use '{replacement}' instead of '{match}'."
        summary: Use 'toward', not 'towards'.
        rationale: |                  # Markdown: ## What it does / ## Why / ## Use instead
          ...
        ignorecase: true              # default true
        blocks: [paragraph, caption]  # block kinds read (default: every kind but quote)
        advice: word-choice           # optional kind of advice: other rules' findings with the
                                      # same advice on the same words are merged into one
        swap: {towards: toward}       # substitution: phrase -> replacement
        bad: ["They walked towards the river."]   # required; each must give a finding
        good: ["They walked toward the river."]   # required; none may give a finding
      - name: cliches
        kind: existence
        message: "'{match}' is a cliché."
        tokens: ["at the end of the day"]         # whole-word phrases
        regex: ['\\bvery unique\\b']              # RE2 regular expressions
        ...

Phrases (``swap`` keys, ``tokens``) match whole words, with any whitespace between their
words. A substitution offers a safe fix; its replacement takes the capital of a capitalised
match (and is upper-cased for an all-caps match). ``message`` may use ``{match}`` and, for
substitutions, ``{replacement}`` (no format specs); the match shown is shortened and the
message capped. Findings inside quotations are dropped by the engine.

Patterns run on RE2, whose matching time is linear in the text, so no pack can hang a run.
RE2 has no look-around and no backreferences, and its ``\\b``, ``\\w`` and ``\\d`` are ASCII:
a regex that needs one of Python's extra features is refused with the rule's name.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import re2

from editlint.document.frontmatter import SAFE_LOADER
from editlint.document.joined import JoinedProse
from editlint.document.model import BlockKind, Document
from editlint.engine.diagnostic import Applicability, Edit, Finding, Fix, Severity
from editlint.engine.registry import FunctionRule
from editlint.engine.rule import CheckContext, FixAvailability, Rule, RuleMeta
from editlint.errors import UsageError

NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DEFAULT_BLOCKS = tuple(kind for kind in BlockKind if kind is not BlockKind.QUOTE)
REQUIRED = ("name", "kind", "message", "summary", "rationale", "bad", "good")
OPTIONAL = ("severity", "ignorecase", "blocks", "advice")
KIND_KEYS = {"substitution": ("swap",), "existence": ("tokens", "regex")}
PACK_KEYS = {"description", "rules"}
# What may stand next to a phrase: ASCII and Latin-1 punctuation, symbols and spaces, General
# Punctuation (dashes, curly quotes), arrows and symbols, CJK and full-width punctuation, emoji.
# Letters and digits of any script may not. Written as ranges because RE2 compiles Unicode
# classes such as [^\pL\pN] twenty times slower, which a pack of thousands of rules would pay.
BOUNDARY = (
    r"[\x00-/:-@\[-^`{-\x7f\x{a0}-\x{bf}\x{d7}\x{f7}\x{2000}-\x{206f}\x{2190}-\x{2bff}"
    r"\x{3000}-\x{3003}\x{ff01}-\x{ff0f}\x{1f000}-\x{1faff}]"
)
SPACE = r"[\s\pZ]+"
PHRASE_GROUP, REGEX_GROUP = "editlint_phrase", "editlint_regex"
# Between blocks in the one text searched: no phrase crosses the NUL and no regex's ``.`` the
# line breaks; prose itself has no line breaks, so ``^`` and ``$`` (multi-line) mark block edges.
SEPARATOR = "\n\x00\n"
MAX_SHOWN_MATCH = 60  # characters of a match quoted in a message
MAX_MESSAGE = 300
RE2_MEMORY = (8 << 20, 512 << 20)  # RE2's default; then enough for swap tables of 100,000 phrases


def match_case(match: str, replacement: str) -> str:
    """``replacement`` with the capital of a capitalised ``match`` (all caps for all caps)."""
    if replacement.lower() == match.lower():
        return replacement  # a correction of case itself
    if len(match) > 1 and match.isupper():
        return replacement.upper()
    if match[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _normal(phrase: str, ignorecase: bool) -> str:
    phrase = " ".join(phrase.split())
    return phrase.lower() if ignorecase else phrase


def _phrase_pattern(phrase: str) -> str:
    return SPACE.join(map(re.escape, phrase.split()))


def _options(ignorecase: bool, max_mem: int) -> re2.Options:
    options = re2.Options()
    options.case_sensitive = not ignorecase
    options.log_errors = False
    options.max_mem = max_mem
    return options


@dataclass(frozen=True)
class _Matcher:
    """A compiled rule body: whole-word phrases and regexes in one RE2 pattern.

    A phrase needs a non-word character (or the text's edge) on each side; RE2 has no
    look-around, so the pattern consumes that character and the next search starts where
    the phrase ends.
    """

    pattern: Any  # re2._Regexp
    swap: dict[str, str] | None
    ignorecase: bool

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Character spans of the non-empty matches in ``text``, left to right."""
        data = text.encode("utf-8")
        chars = _CharOffsets(data, len(data) == len(text))
        groups = [self.pattern.groupindex[name] for name in (PHRASE_GROUP, REGEX_GROUP) if name in self.pattern.groupindex]
        pos = 0
        while pos <= len(data):
            match = self.pattern.search(data, pos)
            if match is None:
                return
            start, end = next(span for span in map(match.span, groups) if span[0] >= 0)
            if end > start:
                yield chars.at(start), chars.at(end)
                pos = end
            else:
                pos = end + 1
                while pos < len(data) and data[pos] & 0xC0 == 0x80:  # to the next UTF-8 character
                    pos += 1

    def replacement(self, matched: str) -> str | None:
        if self.swap is None:
            return None
        return match_case(matched, self.swap[_normal(matched, self.ignorecase)])


class _CharOffsets:
    """Byte offsets of UTF-8 text to character offsets, for increasing byte offsets (one pass)."""

    def __init__(self, data: bytes, ascii: bool):
        self.data, self.ascii = data, ascii
        self.byte = self.char = 0

    def at(self, byte: int) -> int:
        if self.ascii:
            return byte
        self.char += len(self.data[self.byte : byte].decode("utf-8"))
        self.byte = byte
        return self.char


def load_pack(path: Path) -> list[Rule]:
    """The rules of the YAML pack at ``path``; a bad file raises a one-line ``UsageError``."""
    import yaml

    path = Path(path)
    pack = path.stem
    if not NAME.fullmatch(pack):
        raise UsageError(f"{path}: pack name '{pack}' must be kebab-case (rename the file)")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except OSError as err:
        raise UsageError(f"{path}: cannot read rule pack ({err.strerror})") from None
    except UnicodeDecodeError as err:
        raise UsageError(f"{path}: not valid UTF-8 (byte {err.start}): save the rule pack as UTF-8") from None
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise UsageError(f"{path}: invalid YAML{line}: {getattr(err, 'problem', None) or err}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise UsageError(f"{path}: a rule pack is a mapping with a 'rules' list")
    if unknown := sorted(set(data) - PACK_KEYS, key=str):
        raise UsageError(f"{path}: unknown key '{unknown[0]}' (use {', '.join(sorted(PACK_KEYS))})")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, entry in enumerate(data["rules"]):
        label = f"rule '{entry['name']}'" if isinstance(entry, dict) and isinstance(entry.get("name"), str) else f"rule #{index + 1}"

        def fail(problem: str) -> UsageError:
            return UsageError(f"{path}: {label}: {problem}")

        rule = _rule(pack, entry, fail)
        if rule.meta.id in seen:
            raise fail("duplicate name")
        seen.add(rule.meta.id)
        rules.append(rule)
    return rules


def _rule(pack: str, entry: Any, fail: Callable[[str], UsageError]) -> Rule:
    """Validate one rule entry and build its rule."""
    if not isinstance(entry, dict):
        raise fail("must be a mapping")
    kind = entry.get("kind")
    if kind not in KIND_KEYS:
        raise fail(f"unknown kind {kind!r} (use substitution or existence)" if "kind" in entry else "missing key 'kind'")
    allowed = {*REQUIRED, *OPTIONAL, *KIND_KEYS[kind]}
    if unknown := sorted(set(entry) - allowed, key=str):
        raise fail(f"unknown key '{unknown[0]}' for kind {kind}")
    if missing := [key for key in REQUIRED if key not in entry]:
        raise fail(f"missing key '{missing[0]}'")
    name = entry["name"]
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise fail(f"name {name!r} must be kebab-case (lowercase letters, digits and hyphens)")
    for key in ("message", "summary", "rationale"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise fail(f"'{key}' must be a non-empty string")
    bad, good = (_strings(entry[key], key, fail) for key in ("bad", "good"))
    try:
        severity = Severity.parse(str(entry.get("severity", "warning")))
    except ValueError as err:
        raise fail(str(err)) from None
    ignorecase = entry.get("ignorecase", True)
    if not isinstance(ignorecase, bool):
        raise fail("'ignorecase' must be true or false")
    blocks = _blocks(entry.get("blocks"), fail)
    advice = entry.get("advice", "")
    if not isinstance(advice, str):
        raise fail("'advice' must be a string")
    matcher = _substitution(entry, ignorecase, fail) if kind == "substitution" else _existence(entry, ignorecase, fail)
    message = entry["message"]
    _check_message(message, ("match", "replacement") if matcher.swap is not None else ("match",), fail)
    meta = RuleMeta(
        id=f"{pack}/{name}", summary=entry["summary"].strip(), severity=severity, rationale=entry["rationale"],
        bad=bad, good=good, source=pack, advice=advice,
        fix_availability=FixAvailability.NONE if matcher.swap is None else FixAvailability.SOMETIMES,  # not through markup
    )
    return FunctionRule(meta, _checker(matcher, message, blocks))


def _check_message(message: str, fields: tuple[str, ...], fail: Callable[[str], UsageError]) -> None:
    """Only ``{match}`` (and ``{replacement}``), without format specs that could pad it without end."""
    allowed = " and ".join(f"{{{name}}}" for name in fields)
    try:
        parts = list(string.Formatter().parse(message))
    except ValueError as err:
        raise fail(f"'message' may only use {allowed} ({err})") from None
    for _, name, spec, conversion in parts:
        if name is not None and (name not in fields or spec or conversion):
            raise fail(f"'message' may only use {allowed}, not {{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}")


def _shown(text: str) -> str:
    return text if len(text) <= MAX_SHOWN_MATCH else text[: MAX_SHOWN_MATCH - 1] + "…"


def _capped(message: str) -> str:
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def _strings(value: Any, key: str, fail: Callable[[str], UsageError], *, empty_ok: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value) or not (value or empty_ok):
        raise fail(f"'{key}' must be a list of non-empty strings")
    return tuple(value)


def _blocks(value: Any, fail: Callable[[str], UsageError]) -> tuple[BlockKind, ...]:
    if value is None:
        return DEFAULT_BLOCKS
    names = _strings(value, "blocks", fail)
    try:
        return tuple(BlockKind(v) for v in names)
    except ValueError:
        bad = next(v for v in names if v not in set(BlockKind))
        raise fail(f"unknown block kind '{bad}' (use {', '.join(BlockKind)})") from None


def _compile(pattern: str, ignorecase: bool, fail: Callable[[str], UsageError], shown: str = ""):
    """Compile with RE2; a pattern only Python's ``re`` accepts is refused by name."""
    for max_mem in RE2_MEMORY:
        try:
            return re2.compile(pattern, _options(ignorecase, max_mem))
        except re2.error as err:
            problem = str(err.args[0].decode() if err.args and isinstance(err.args[0], bytes) else err)
            if "too large" not in problem:
                break
    try:
        re.compile(shown or pattern)
    except re.error as err:
        raise fail(f"bad regex {shown or pattern!r}: {err}") from None
    raise fail(
        f"regex {shown or pattern!r} needs a feature RE2 lacks ({problem}); pack regexes run on RE2 "
        "(no look-around, no backreferences) so that no pattern can hang a run"
    )


def _phrases(values: tuple[str, ...], key: str, fail: Callable[[str], UsageError]) -> list[str]:
    if bad := next((v for v in values if not re.search(r"\w", v)), None):
        raise fail(f"'{key}' entry {bad!r} has no word to match")
    return sorted(values, key=len, reverse=True)  # the longest phrase wins a tie


def _substitution(entry: dict, ignorecase: bool, fail: Callable[[str], UsageError]) -> _Matcher:
    swap = entry["swap"]
    if not isinstance(swap, dict) or not swap or not all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in swap.items()):
        raise fail("'swap' must map phrases to non-empty replacements")
    normal: dict[str, str] = {}
    for phrase, replacement in swap.items():
        key = _normal(phrase, ignorecase)
        if key in normal:
            raise fail(f"'swap' lists {phrase!r} twice")
        normal[key] = replacement
    phrases = _phrases(tuple(swap), "swap", fail)
    return _Matcher(_compile(_alternation(phrases, ()), ignorecase, fail), normal, ignorecase)


def _existence(entry: dict, ignorecase: bool, fail: Callable[[str], UsageError]) -> _Matcher:
    if "tokens" not in entry and "regex" not in entry:
        raise fail("an existence rule needs 'tokens' or 'regex'")
    tokens = _phrases(_strings(entry.get("tokens", []), "tokens", fail, empty_ok=True), "tokens", fail)
    regexes = _strings(entry.get("regex", []), "regex", fail, empty_ok=True)
    for regex in regexes:  # each on its own first, so that an error names it
        _compile(f"(?:{regex})", ignorecase, fail, regex)
    if not tokens and not regexes:
        raise fail("an existence rule needs at least one entry in 'tokens' or 'regex'")
    return _Matcher(_compile(_alternation(tokens, regexes), ignorecase, fail), None, ignorecase)


def _alternation(phrases: list[str], regexes: tuple[str, ...]) -> str:
    """One pattern: the phrases as whole words (group ``PHRASE_GROUP``), then the regexes."""
    parts = []
    if phrases:
        words = "|".join(map(_phrase_pattern, phrases))
        parts.append(f"(?:^|{BOUNDARY})(?P<{PHRASE_GROUP}>{words})(?:{BOUNDARY}|$)")
    if regexes:
        parts.append(f"(?P<{REGEX_GROUP}>(?m:{'|'.join(f'(?:{r})' for r in regexes)}))")
    return "|".join(parts)


def _checker(matcher: _Matcher, message: str, blocks: tuple[BlockKind, ...]) -> Callable[[Document, CheckContext], Iterator[Finding]]:
    key = "declarative.joined:" + ",".join(blocks)

    def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        joined = doc.cache.get(key)
        if joined is None:  # one search over all blocks: RE2 costs ~20 µs a call, a table has thousands of cells
            joined = doc.cache[key] = JoinedProse.of(doc.prose_blocks(blocks), separator=SEPARATOR)
        for span in matcher.spans(joined.text):
            located = joined.within_block(*span)
            if located is None:
                continue
            block, m_start, m_end = located
            prose = block.prose
            start, end = prose.source_span(m_start, m_end)
            found = block.text[m_start:m_end]
            replacement = matcher.replacement(found)
            fixes: tuple[Fix, ...] = ()
            if replacement is not None and prose.offsets[m_start:m_end] == list(range(start, end)):
                fixes = (Fix(f"Replace with '{replacement}'", (Edit(start, end, replacement),), Applicability.SAFE),)
            shown = _shown(" ".join(found.split()))
            yield Finding(start, end, _capped(message.format(match=shown, replacement=replacement)), fixes)

    return check
