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
``Prose.source_span``.

A copy desk keeps the checks of ``DESK``, each with a message in editlint's voice; every
other check (``OPT_IN`` says why) runs only when a ``select`` entry names it or its group
(``proselint/weasel_words/very``, ``proselint/typography``), never through ``ALL`` or
``proselint``. ``bench/proselint_checks.py`` measures what each check flags on published copy.

Metadata: the summary is the desk's message, else proselint's (slots shown as ``…``); the rationale is
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


@dataclass(frozen=True)
class DeskCheck:
    """A proselint check a copy desk keeps, with the message editlint gives in its place.

    ``message`` may use ``{text}`` (the words flagged, as written) and ``{replacement}``
    (proselint's suggestion). ``mark``, a regular expression, sharpens proselint's match: a
    finding is kept only where ``mark`` matches from inside its span, and that match is what
    gets reported (proselint's exclamation check marks the letter before the ``!`` too, and
    its time checks read "12 Americans" as "12 am").
    """

    message: str
    mark: str = ""


CLICHE = DeskCheck("Cliché: '{text}'; say it plainly.")
SPELLING = DeskCheck("Spelling: write '{replacement}', not '{text}'.")
REDUNDANT = DeskCheck("Redundant: write '{replacement}', not '{text}'.")

# The checks a copy desk keeps by default, chosen by running every check over published,
# edited copy (`python bench/proselint_checks.py`): these flag real problems there, or
# nothing, and their advice agrees with AP style. Every other check is opt-in (``OPT_IN``).
DESK: dict[str, DeskCheck] = {
    "annotations.misc": DeskCheck("Editing note left in the copy: '{text}'; resolve it and delete it."),
    "archaism": DeskCheck("'{text}' is archaic; use the plain modern word."),
    "cliches.hell": DeskCheck("Cliché: '{text}'; say what happened."),
    "cliches.misc.garner": CLICHE,
    "cliches.misc.gnu_diction": CLICHE,
    "cliches.misc.write_good": CLICHE,
    "dates_times.am_pm.lowercase_periods": DeskCheck(
        "Write 'a.m.' and 'p.m.', lowercase with periods: '{text}'.", mark=r"(?i)\d{1,2} ?[ap]m(?!\w)"
    ),
    "dates_times.am_pm.spacing": DeskCheck("Put a space before 'a.m.' or 'p.m.': '{text}'.", mark=r"(?i)\d{1,2}[ap]\.?m\.?(?!\w)"),
    "dates_times.am_pm.midnight_noon": DeskCheck(
        "'{text}' is ambiguous: write 'noon' or 'midnight'.", mark=r"(?i)12 ?[ap]\.?m\.?(?!\w)"
    ),
    "dates_times.dates.decade_apostrophes": DeskCheck("Decades take no apostrophe: '{text}' should be '1990s' style."),
    "dates_times.dates.month_of_year": DeskCheck("Cut the 'of' between month and year: 'June 2019', not '{text}'."),
    "dates_times.dates.month_year_comma": DeskCheck("No comma between month and year: 'June 2019', not '{text}'."),
    "hedging": DeskCheck("Hedging: '{text}'; state it, or attribute it to a source."),
    "industrial_language.airlinese": DeskCheck("'{text}' is airline jargon; use the everyday word."),
    "industrial_language.bureaucratese": DeskCheck("'{text}' is bureaucratese; say it plainly."),
    "industrial_language.chatspeak": DeskCheck("'{text}' is chat shorthand; write it out."),
    "industrial_language.commercialese": DeskCheck("'{text}' is business-letter wording; say it plainly."),
    "industrial_language.corporate_speak": DeskCheck("'{text}' is a corporate catchphrase; say what it means."),
    "industrial_language.jargon": DeskCheck("'{text}' is jargon; use the everyday word."),
    "lexical_illusions": DeskCheck("Repeated word: '{text}'; delete one."),
    "malapropisms": DeskCheck("'{text}' is a malapropism; check the word."),
    "misc.back_formations": DeskCheck("Write '{replacement}', not the back-formation '{text}'."),
    "misc.capitalization.days": DeskCheck("Capitalize days of the week: '{replacement}'."),
    "misc.capitalization.months": DeskCheck("Capitalize months: '{replacement}'."),
    "misc.capitalization.seasons": DeskCheck("Lowercase seasons: '{replacement}'."),
    "misc.capitalization.terms": DeskCheck("Capitalize it as '{replacement}'."),
    "misc.currency": DeskCheck("The currency is given twice in '{text}': keep the symbol or the word."),
    "misc.false_plurals.kudos": DeskCheck("'Kudos' is singular: '{text}'."),
    "misc.false_plurals.misc": DeskCheck("The plural is '{replacement}', not '{text}'."),
    "misc.greylist": DeskCheck("'{text}' adds nothing a plainer word would not: 'use', or cut it."),
    "misc.illogic": DeskCheck("'{text}' is illogical; rephrase."),
    "misc.illogic.coin": DeskCheck("An existing phrase cannot be coined: write 'to borrow a phrase', or cut it."),
    "misc.inferior_superior": DeskCheck("'Inferior' and 'superior' take 'to': write '{replacement}'."),
    "misc.institution_name": DeskCheck("The institution's name is '{replacement}'."),
    "misc.latin": DeskCheck("Use English: '{replacement}', not '{text}'."),
    "misc.many_a": DeskCheck("'Many a' takes a singular verb: '{text}'."),
    "misc.not_guilty": DeskCheck("'{text}' muddles the standard of proof: write 'not guilty'."),
    "misc.phrasal_adjectives.ly": DeskCheck("No hyphen after an adverb ending in -ly: '{text}'."),
    "misc.pretension": DeskCheck("'{text}' is pretentious; use the plain word."),
    "misc.professions": DeskCheck("The job is called '{replacement}'."),
    "misc.suddenly": DeskCheck("'{text}' adds nothing; show what happened."),
    "misc.tense_present": DeskCheck("'{text}' is nonstandard; rephrase."),
    "misc.waxed": DeskCheck("'Waxed' takes an adjective: '{replacement}'."),
    "misc.whence": DeskCheck("'Whence' means 'from where': drop the 'from' in '{text}'."),
    "mixed_metaphors.bottleneck": DeskCheck("Mixed metaphor: '{text}'; a bottleneck narrows, it does not grow."),
    "mixed_metaphors.misc": DeskCheck("Mixed metaphor: write '{replacement}', not '{text}'."),
    "mondegreens": DeskCheck("Misheard phrase: write '{replacement}', not '{text}'."),
    "needless_variants": DeskCheck("Write '{replacement}', not the variant '{text}'."),
    "nonwords": DeskCheck("'{text}' is not a word: write '{replacement}'."),
    "oxymorons": DeskCheck("'{text}' is an oxymoron; rephrase."),
    "psychology.lie_detector": DeskCheck("Write '{replacement}': the machine measures stress, not lies."),
    "psychology.mental_telepathy": DeskCheck("'{text}' is redundant: write 'telepathy'."),
    "redundancy.misc.nordquist": REDUNDANT,
    "redundancy.misc.wallace": REDUNDANT,
    "redundancy.ras_syndrome": DeskCheck("Redundant acronym: write '{replacement}', not '{text}'."),
    "social_awareness.lgbtq.offensive": DeskCheck("Offensive term: '{text}'; use neutral wording unless it is quoted."),
    "social_awareness.lgbtq.terms": DeskCheck("Write '{replacement}', not '{text}' (AP and GLAAD usage)."),
    "social_awareness.nword": DeskCheck("'{text}': write 'a racial slur' unless it is quoted."),
    "spelling.able_atable": SPELLING,
    "spelling.able_ible": SPELLING,
    "spelling.ally_ly": SPELLING,
    "spelling.ance_ence": SPELLING,
    "spelling.athletes": DeskCheck("The athlete's name is spelled '{replacement}'."),
    "spelling.ely_ly": SPELLING,
    "spelling.em_im_en_in": SPELLING,
    "spelling.er_or": SPELLING,
    "spelling.in_un": SPELLING,
    "spelling.misc": SPELLING,
    "spelling.ve_of": SPELLING,
    "terms.denizen_labels.garner": DeskCheck("Residents are called '{replacement}', not '{text}'."),
    "terms.denizen_labels.norris": DeskCheck("Residents are called '{replacement}', not '{text}'."),
    "typography.punctuation.exclamation": DeskCheck(
        "Too many exclamation marks for news copy (over 30 per million characters); keep them for quotes.", mark="!"
    ),
    "typography.punctuation.hyperbole": DeskCheck("'{text}': one punctuation mark is enough."),
    "typography.punctuation.misplaced": DeskCheck("Write 'et al.', with one period after 'al': '{text}'."),
    "typography.punctuation.spacing": DeskCheck("Spacing after sentences is inconsistent: use one space throughout."),
    "typography.symbols.sentence_spacing": DeskCheck("Use one space between sentences."),
    "uncomparables": DeskCheck("'{text}': the adjective does not compare; drop the qualifier."),
}

# The kind of advice each group gives (``RuleMeta.advice``): the engine reports overlapping
# findings with the same advice once, so a cliché flagged by two lists and a house pack is one finding.
ADVICE = {
    "cliches": "wording", "redundancy": "wording", "industrial_language": "wording", "weasel_words": "wording",
    "hedging": "wording", "uncomparables": "wording", "misc.greylist": "wording", "misc.composition": "wording",
    "misc.pretension": "wording", "archaism": "word-choice", "nonwords": "word-choice", "needless_variants": "word-choice",
    "misc.preferred_forms": "word-choice", "misc.back_formations": "word-choice", "spelling": "spelling",
}

# Why a check is opt-in: by group or path (the longest match wins). Counts are findings on the
# 363 published articles of ``bench/proselint_checks.py``; "fine copy" means an editor would leave it.
NOT_NEWS = "advice for other kinds of writing (academic, literary, informal), not news copy"
OPT_IN: dict[str, str] = {
    "restricted": "flags most words (71,000 findings); proselint too turns these lists off by default",
    "typography.diacritical_marks": "flags correct words such as the verb 'resume' (6 of 6 findings)",
    "weasel_words.very": "flags fine copy such as 'very few' and 'the very first' (25 findings)",
    "misc.but": "a paragraph may start with 'But' (19 findings, all fine copy)",
    "misc.preferred_forms": "flags AP's own 'longstanding' and 'modern-day' (11 of 15 findings)",
    "misc.phrasal_adjectives.examples": "flags 'high school student', which AP leaves open (4 findings)",
    "social_awareness.sexism": "flags formal titles such as 'Chairman Powell' (11 of 11 findings)",
    "redundancy.misc.after_the_deadline": "flags fine copy: 'consult with', 'safe haven', 'enter into' (21 of 26 findings)",
    "redundancy.misc.garner": "flags proper nouns: 'Advance Planning Documents', 'Treaty of Mutual Cooperation' (4 of 5 findings)",
    "spelling.consistency": "flags proper nouns: 'Labour Party' beside 'labor' (3 of 3 findings)",
    "dates_times.dates.dash_and_from": "flags fine ranges such as 'from 1:00 PM to 3:00 PM' (2 of 2 findings)",
    "skunked_terms": "AP accepts 'hopefully' in the sense 'it is hoped'",
    "typography.symbols": "AP style keeps straight quotes, three periods, 'x' and no trademark signs (curly quotes: 20 findings)",
    "misc.scare_quotes": "one example phrase ('the take-home message'), not a check of scare quotes",
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
        grouped.setdefault(check.path, []).append(_faster(check))
    return {path: tuple(checks) for path, checks in grouped.items()}


def _faster(check: Any) -> Any:
    """``check``, or one that finds the same spans faster. proselint's "most unique" check joins 62 patterns
    (two comparatives by 31 adjectives), each behind its own look-behind, which Python's ``re`` tries at every
    character: 7 ms a 1,000-word article, a third of all default checks' time. Factored, it takes 0.2 ms."""
    from proselint.checks import uncomparables
    from proselint.registry.checks.types import ExistenceSimple

    if check is not uncomparables.check_fancy_uncomparables:
        return check
    pattern = rf"(?<!at\s)\b(?:{'|'.join(uncomparables.FANCY_COMPARATORS)})\s+(?:{'|'.join(uncomparables.UNCOMPARABLES)})\b"
    return check._replace(check_type=ExistenceSimple(pattern))


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


def why_opt_in(path: str) -> str:
    """Why the check at ``path`` runs only when selected by name; empty for the desk's checks."""
    if path in DESK:
        return ""
    groups = [group for group in OPT_IN if path == group or path.startswith(group + ".")]
    return OPT_IN[max(groups, key=len)] if groups else NOT_NEWS


def _meta(path: str, checks: tuple[Any, ...], doc: str, release: str) -> RuleMeta:
    summary = _summary(DESK[path].message if path in DESK else checks[0].message, doc)
    bad, good = EXAMPLES.get(path) or _derived_examples(checks)
    opt_in = why_opt_in(path)
    return RuleMeta(
        id=rule_id(path),
        summary=summary,
        severity=Severity.INFO if path.startswith("restricted.") else Severity.WARNING,
        rationale=_rationale(path, summary, doc, release, opt_in),
        bad=(bad,) if bad else (),
        good=(good,) if good else (),
        fix_availability=FixAvailability.UNSAFE if any(_replaces(check) for check in checks) else FixAvailability.NONE,
        source=PACK,
        skip_quotes=not any(check.flags.allow_quotes for check in checks),
        advice=next((kind for group, kind in ADVICE.items() if path == group or path.startswith(group + ".")), ""),
        general_purpose=True,
        extra={"opt_in": opt_in, "proselint_path": path},
    )


def _summary(message: str, doc: str) -> str:
    """proselint's message with its ``{}`` slots shown as ``…``, or the module title when that says little."""
    text = re.sub(r"\{\w*\}", "…", message).strip()
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
        "## What it does",
        f"{summary}\n\nThis is proselint's check `{path}` (proselint {release}), run in-process on the prose"
        + (", with editlint's message." if path in DESK else "."),
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
        desk = DESK.get(self.path)
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
                if desk and desk.mark:
                    marked = re.compile(desk.mark).search(block.text, start)
                    if marked is None or marked.start() >= end:
                        continue
                    start, end = marked.span()
                source_start, source_end = block.prose.source_span(start, end)
                fixes = ()
                if replaces and result.replacements and block.prose.offsets[start:end] == list(range(source_start, source_end)):
                    replacement = match_case(block.text[start:end], result.replacements)
                    fixes = (Fix(f"Replace with '{replacement}'", (Edit(source_start, source_end, replacement),), Applicability.UNSAFE),)
                message = desk.message.format(text=block.text[start:end], replacement=result.replacements) if desk else result.message
                yield Finding(source_start, source_end, message, fixes)



def _named(rule: str, ctx: CheckContext) -> bool:
    """Whether a ``select`` entry names ``rule``'s opt-in group or something inside it."""
    group = "/".join(rule.split("/")[:2])
    select = ctx.config["select"] if ctx.config is not None else ()
    return any(p != ALL and matches(p, rule) and matches(group, p.rstrip("/")) for p in select)
