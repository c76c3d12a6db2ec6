"""proselint's checks as editlint rules, run in-process.

Id scheme: ``proselint/`` plus proselint's dotted check path with every ``.`` turned into
``/`` (``lexical_illusions`` -> ``proselint/lexical_illusions``,
``typography.symbols.curly_quotes`` -> ``proselint/typography/symbols/curly_quotes``). The
mapping is one-to-one and follows proselint's own names, so ids stay stable across
releases as long as proselint keeps its paths, and proselint's groups are id prefixes
(``select = ["proselint/typography"]``) as in proselint's own configuration. The several
proselint ``Check`` objects that share a path make one rule.

The checks read the document's prose (markup removed): the prose blocks joined by blank
lines, as proselint reads paragraphs of a file, so its document-level checks (spelling
consistency, exclamations per million) see the whole article. Findings that would cross
from one block into the next are dropped; the others are mapped to source offsets with
``Prose.source_span``. proselint disables its ``restricted`` word lists by default (they flag
most words): ``proselint/restricted/...`` runs only when a ``select`` entry names it or its
group, never through ``ALL`` or ``proselint``.

Metadata: the summary is proselint's message (``{}`` slots shown as ``…``); the rationale is
the check module's docstring and cited source; severity is warning (info for ``restricted``),
as proselint has none. Examples are hand-written for checks built from regular expressions or
code, and built from the first plain term of the list (and its replacement) for term lists.
Only ``PreferredForms`` checks offer fixes, as unsafe ones: proselint's advice needs a reader.

proselint is imported on the first ``load()``, not with this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterator

from editlint.document.joined import JoinedProse
from editlint.document.model import Document
from editlint.engine.diagnostic import Applicability, Edit, Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, RuleMeta
from editlint.engine.selection import ALL, matches
from editlint.packs.declarative import match_case

PACK = "proselint"
# Checks that run only when a select entry names them, and why.
OPT_IN = {
    "restricted": "as in proselint, which disables its restricted word lists by default",
    "typography.diacritical_marks": "it flags correct English words too, such as the verb 'resume'",
}
# Example frames for checks built from term lists; the term goes where ``{}`` is.
FRAME = "The draft read: {}."
NEUTRAL = "The draft read: the council met."

# Hand-written examples for checks whose terms are regular expressions or code, and for
# lists whose first entries are slurs: (bad, good). The rest are built from term lists.
EXAMPLES: dict[str, tuple[str, str]] = {
    "dates_times.am_pm.lowercase_periods": ("Polls close at 8 pm tonight.", "Polls close at 8 p.m. tonight."),
    "dates_times.am_pm.spacing": ("Polls close at 8p.m. tonight.", "Polls close at 8 p.m. tonight."),
    "dates_times.am_pm.midnight_noon": ("The curfew begins at 12 a.m. on Friday.", "The curfew begins at midnight on Friday."),
    "dates_times.dates.decade_apostrophes": ("Prices last rose this fast in the 1970's.", "Prices last rose this fast in the 1970s."),
    "dates_times.dates.dash_and_from": ("He served from 1998-2004.", "He served from 1998 to 2004."),
    "dates_times.dates.month_year_comma": ("The plant opened in June, 2019.", "The plant opened in June 2019."),
    "dates_times.dates.month_of_year": ("The plant opened in June of 2019.", "The plant opened in June 2019."),
    "industrial_language.bureaucratese": ("We hope the plan meets with your approval.", "We hope you approve of the plan."),
    "lexical_illusions": ("The the council met on Tuesday.", "The council met on Tuesday."),
    "misc.but": ("But the council disagreed.", "The council disagreed, but the mayor did not."),
    "misc.currency": ("The fine was $50 dollars.", "The fine was $50."),
    "misc.greylist": ("The agency will utilize drones.", "The agency will use drones."),
    "misc.narcissism": (
        "In recent years, an increasing number of psychologists have studied sleep.",
        "Psychologists have studied sleep.",
    ),
    "misc.not_guilty": ("The jury found him not guilty beyond a reasonable doubt.", "The jury found him not guilty."),
    "misc.phrasal_adjectives.ly": ("It was a highly-publicized trial.", "It was a highly publicized trial."),
    "misc.scare_quotes": ("Here is the 'take-home message' for voters.", "Here is the main message for voters."),
    "misc.suddenly": ("Suddenly, the lights went out.", "The lights went out."),
    "misc.waxed": ("The mayor waxed lyrically about the park.", "The mayor waxed lyrical about the park."),
    "psychology.p_equals_zero": ("The effect was significant (p = 0.000).", "The effect was significant (p < 0.001)."),
    "restricted.elementary": ("The committee deliberated.", "The dog ran home."),
    "restricted.top1000": ("The committee deliberated.", "The dog ran home."),
    "social_awareness.lgbtq.offensive": ("The flyer warned of a gay agenda in schools.", "The flyer opposed LGBTQ lessons in schools."),
    "social_awareness.nword": ("He used the n-word in the meeting.", "He used a racial slur in the meeting."),
    "spelling.consistency": ("The colour of the flag matched the color of the car.", "The color of the flag matched the color of the car."),
    "terms.venery": ("A group of ravens circled the tower.", "An unkindness of ravens circled the tower."),
    "typography.punctuation.exclamation": ("Wow! We won! The council agreed.", "We won. The council agreed."),
    "typography.punctuation.hyperbole": ("They won!!", "They won."),
    "typography.punctuation.spacing": ("The vote passed. The mayor spoke.  Then it rained.", "The vote passed. The mayor spoke. Then it rained."),
    "typography.symbols.ellipsis": ("The mayor paused... then spoke.", "The mayor paused… then spoke."),
    "typography.symbols.copyright": ("Photo (c) 2024 Jane Doe.", "Photo © 2024 Jane Doe."),
    "typography.symbols.trademark": ("Acme (TM) sold out.", "Acme™ sold out."),
    "typography.symbols.sentence_spacing": ("The vote passed.   The mayor spoke.", "The vote passed. The mayor spoke."),
    "typography.symbols.multiplication": ("The room is 10 x 12 feet.", "The room is 10 × 12 feet."),
    "typography.symbols.curly_quotes": ('The mayor called it "a good day" for the city.', "The mayor called it “a good day” for the city."),
    "uncomparables": ("The design is very unique.", "The design is unique."),
    "weasel_words.very": ("The vote was very close.", "The vote was close."),
}


def rule_id(path: str) -> str:
    return f"{PACK}/{path.replace('.', '/')}"


@cache
def checks_by_path() -> dict[str, tuple[Any, ...]]:
    """proselint's registered checks grouped by check path (imports proselint once)."""
    import proselint.checks

    grouped: dict[str, list[Any]] = {}
    for check in proselint.checks.__register__:
        grouped.setdefault(check.path, []).append(check)
    return {path: tuple(checks) for path, checks in grouped.items()}


def _module_docs() -> dict[str, str]:
    """Each check path's module docstring (the deepest module that registers it)."""
    import importlib
    import pkgutil

    import proselint.checks

    docs: dict[str, str] = {}
    for info in pkgutil.walk_packages(proselint.checks.__path__, "proselint.checks."):
        module = importlib.import_module(info.name)
        for check in getattr(module, "__register__", ()):
            docs[check.path] = module.__doc__ or ""
    return docs


def load() -> list["ProselintRule"]:
    """One rule per proselint check path."""
    from importlib.metadata import version

    docs = _module_docs()
    release = version("proselint")
    return [ProselintRule(_meta(path, checks, docs.get(path, ""), release), path) for path, checks in checks_by_path().items()]


def _meta(path: str, checks: tuple[Any, ...], doc: str, release: str) -> RuleMeta:
    summary = _summary(checks[0].message, doc)
    bad, good = EXAMPLES.get(path) or _derived_examples(checks)
    opt_in = next((why for group, why in OPT_IN.items() if path == group or path.startswith(group + ".")), "")
    return RuleMeta(
        id=rule_id(path),
        summary=summary,
        severity=Severity.INFO if opt_in else Severity.WARNING,
        rationale=_rationale(path, summary, doc, release, opt_in),
        bad=(bad,) if bad else (),
        good=(good,) if good else (),
        fix_availability=FixAvailability.UNSAFE if any(_replaces(check) for check in checks) else FixAvailability.NONE,
        source=PACK,
        skip_quotes=not any(check.flags.allow_quotes for check in checks),
        extra={"opt_in": bool(opt_in), "proselint_path": path},
    )


def _summary(message: str, doc: str) -> str:
    """proselint's message with its ``{}`` slots shown as ``…``, or the module title when that says little."""
    text = re.sub(r"\{\d*\}", "…", message).strip()
    if not re.search(r"[A-Za-z]{2,}", text) and doc.strip():
        text = doc.strip().splitlines()[0]
    return text if text.rstrip("'\"’”").endswith((".", "?", "!")) else text + "."


def _rationale(path: str, summary: str, doc: str, release: str, opt_in: str) -> str:
    fields = dict(re.findall(r"^(source|source_url):[ \t]*(\S.*)$", doc, re.MULTILINE))
    body = doc.split("---", 2)[2].strip() if doc.count("---") >= 2 else "\n".join(doc.strip().splitlines()[1:]).strip()
    if len(body.split()) < 4:  # only the title again
        body = f"proselint's advice ({doc.strip().splitlines()[0].rstrip('.')})." if doc.strip() else "proselint's advice."
    credit = " ".join(part for part in (fields.get("source", ""), f"<{fields['source_url']}>" if "source_url" in fields else "") if part)
    parts = [
        "## What it does", f"{summary}\n\nThis is proselint's check `{path}` (proselint {release}), run in-process on the prose.",
        "## Why", body,
    ]
    if credit:
        parts.append(f"Source cited by proselint: {credit}.")
    if opt_in:
        parts.append(f"Off unless selected by name ({opt_in}).")
    return "\n\n".join(parts) + "\n"


def _literal(pattern: str) -> str | None:
    """The text a regular expression matches if it is a plain phrase (escapes allowed)."""
    if re.search(r"[.^$*+?{}\[\]|()]", re.sub(r"\\\W", "", pattern)) or re.search(r"\\\w", pattern):
        return None
    return re.sub(r"\\(\W)", r"\1", pattern)


def _derived_examples(checks: tuple[Any, ...]) -> tuple[str, str]:
    """A bad example from the first plain term of a term list, and its replacement (or neutral text)."""
    for check in checks:
        kind = check.check_type
        items = getattr(kind, "items", None)
        terms = items.items() if isinstance(items, dict) else ((t, None) for t in (items or (getattr(kind, "pattern", None),)) if t)
        for term, replacement in terms:
            phrase = _literal(term)
            if phrase and re.search(r"\w", phrase):
                return FRAME.format(phrase), FRAME.format(replacement) if replacement else NEUTRAL
    return "", ""


def _replaces(check: Any) -> bool:
    """Whether the check's replacements are plain text for its span (not patterns or advice)."""
    from proselint.registry.checks.types import PreferredForms, PreferredFormsSimple

    return isinstance(check.check_type, (PreferredForms, PreferredFormsSimple)) and check.offset == (0, 0)


def _joined_prose(doc: Document, with_quotes: bool) -> JoinedProse:
    """The prose blocks joined and padded with newlines, as proselint reads a file; cached per document."""
    key = f"proselint-text-{with_quotes}"
    if key not in doc.cache:
        doc.cache[key] = JoinedProse.of((b for b in doc.prose_blocks() if with_quotes or not b.in_quote), padding="\n")
    return doc.cache[key]


@dataclass(frozen=True)
class ProselintRule:
    """One proselint check path."""

    meta: RuleMeta
    path: str

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if self.meta.extra["opt_in"] and not _named(self.meta.id, ctx):
            return
        prose = _joined_prose(doc, with_quotes=not self.meta.skip_quotes)
        if not prose.blocks:
            return
        for check in checks_by_path()[self.path]:
            replaces = _replaces(check)
            shift = int(type(check.check_type).__name__ == "ReverseExistence")  # proselint starts those spans one late
            for result in check.check_with_flags(prose.text):
                located = prose.locate(result.span[0] - shift, result.span[1])
                if located is None:
                    continue
                block, start, end = located
                source_start, source_end = block.prose.source_span(start, end)
                fixes = ()
                if replaces and result.replacements and block.prose.offsets[start:end] == list(range(source_start, source_end)):
                    replacement = match_case(block.text[start:end], result.replacements)
                    fixes = (Fix(f"Replace with '{replacement}'", (Edit(source_start, source_end, replacement),), Applicability.UNSAFE),)
                yield Finding(source_start, source_end, result.message, fixes)


def _named(rule: str, ctx: CheckContext) -> bool:
    """Whether a ``select`` entry names ``rule``'s opt-in group or something inside it."""
    group = "/".join(rule.split("/")[:2])
    select = ctx.config["select"] if ctx.config is not None else ()
    return any(p != ALL and matches(p, rule) and matches(group, p.rstrip("/")) for p in select)
