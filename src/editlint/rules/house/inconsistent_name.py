"""house/inconsistent-name: one name spelled two ways in one article ("Nebenzia" and "Nebenzya")."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from editlint.document.model import Document
from editlint.engine.diagnostic import Applicability, Edit, Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, RuleMeta
from editlint.nlp.names import TITLE_KINDS, bare, foreign_name_before, is_capitalized, sentence_initial, words

META = RuleMeta(
    id="house/inconsistent-name",
    summary="A name spelled two ways in one article (\"Nebenzia\" and \"Nebenzya\", \"Al-Sisi\" and \"el-Sissi\").",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Finds capitalised words that are the same name in two spellings: forms that differ only
in transliteration (y for i, a doubled letter, ph for f, w for v), an Arabic article
(al-, el-), hyphens, apostrophes or accents. It reports each occurrence of the rarer
spelling and names where the other one is. At least one spelling must stand in
mid-sentence (a name, not a sentence start), and neither may occur in lowercase (an
ordinary word).

A word of a name in another language, after that language's particles ("the Université
de Montréal", "the Sûreté du Québec"), keeps that language's spelling and is not compared
with the English one ("Montreal").

Different names that look alike are not compared: "Johnson" and "Johnston", "Ann" and
"Anna", "Bill Clinton" and "Hillary Clinton" differ by more than spelling variants. Two
people introduced with different given names and then called by their surnames
("captain Niall Dolan ... Dolan", "goalkeeper Shane Doolan ... Doolan") are two people.

## Why
A spell checker accepts both spellings (or neither); a reader sees two people, and the
subject sees carelessness. Agencies and newspapers fix one transliteration per name.

## Example
```
Vassily Nebenzia, Moscow's envoy, spoke first. Nebenzya said the vote was illegal.
```

## Use instead
```
Vassily Nebenzia, Moscow's envoy, spoke first. Nebenzia said the vote was illegal.
```

## Fix safety
When one spelling clearly dominates (used at least twice and more often than the other),
the fix shows it; it is display-only, never applied: which spelling is right is the
editor's call.
""",
    bad=(
        "Vassily Nebenzia spoke first. Later Nebenzia and Nebenzya both appear.\n",
        "President Al-Sisi met the envoy. The talks with el-Sissi lasted an hour.\n",
        "Zelenskyy spoke in Kyiv. Officials said Zelensky would travel.\n",
    ),
    good=(
        "Boris Johnson met Sarah Johnston. Johnson spoke first.\n",
        "Ann Lee and Anna Park spoke. Bill Clinton and Hillary Clinton attended.\n",
        "There were three votes. Three of them were close.\n",
        "The Universidad de Córdoba hosted the talks. Cordoba officials said the city would pay.\n",
    ),
    fix_availability=FixAvailability.UNSAFE,  # shown, never applied: the editor picks the spelling
)

MIN_LETTERS = 4
TITLES = frozenset(
    "President Prime Minister Secretary Sheikh Sheik Mr Mrs Ms Dr Gen Sen Rep Gov King Queen Prince Princess Emir Amir "
    "Ambassador Judge Justice Chairman Chairwoman Chair Director Chief Envoy General Senator Governor Mayor Pope Saint "
    "St Professor Prof Rev Lord Lady Sir Dame Colonel Captain Commissioner Speaker Leader Foreign Vice Deputy".split()
)
_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}[-‐'’][A-Z]")  # el-Sissi, al-Assad, d'Estaing
_GIVEN_NAME = re.compile(r"([A-Z][\w'’.-]*) $")
_FOLLOWING_NAME = re.compile(r" ([A-Z][\w'’-]*)")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ad-d|as|ash|at|an|az)[-‐](?=\w)")
_FOLDS = (("ph", "f"), ("ck", "k"), ("ks", "x"), ("y", "i"), ("w", "v"))


def skeleton(word: str) -> str:
    """What stays of a name across spelling variants: ``Zelenskyy``, ``Zelensky`` -> ``zelenski``."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    folded = re.sub(r"[-‐'’]", "", _ARABIC_ARTICLE.sub("", folded))
    for old, new in _FOLDS:
        folded = folded.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", folded)


@dataclass(frozen=True)
class Occurrence:
    form: str
    start: int
    end: int
    mid_sentence: bool
    given: str  # the capitalised word before it, unless a title: "Julie Chavez Rodriguez" -> "Chavez"
    following: str  # the capitalised word right after it: "López Obrador" -> "Obrador"


def _occurrences(doc: Document) -> tuple[list[Occurrence], set[str]]:
    """Capitalised words of the article with their source spans (not the words of a name in another language), and
    every lowercase word."""
    found, lowercase = [], set()
    for block in doc.prose_blocks():
        title = block.kind in TITLE_KINDS
        for match in words(block.text):
            form = bare(match.group())
            if not is_capitalized(form) and not _PARTICLE_NAME.match(form):
                lowercase.add(form)
                continue
            if sum(c.isalpha() for c in form) < MIN_LETTERS or form.isupper():
                continue
            if foreign_name_before(block.text, match.start()):
                continue  # a name in its own language keeps its spelling: "Université de Montréal" beside "Montreal"
            start, end = block.prose.source_span(match.start(), match.start() + len(form))
            mid = not title and not sentence_initial(block.text, match.start())
            given, following = _given_name(block.text, match.start()), _following_name(block.text, match.start() + len(form))
            found.append(Occurrence(form, start, end, mid, given, following))
    return found, lowercase


def _given_name(text: str, start: int) -> str:
    """The capitalised word right before ``text[start]``, unless it is a title or only a sentence start."""
    window = max(0, start - 30)
    found = _GIVEN_NAME.search(text[window:start])
    if found is None or sentence_initial(text, window + found.start(1)):
        return ""
    word = found.group(1).rstrip(".")
    return "" if word in TITLES else word


def _following_name(text: str, end: int) -> str:
    """The capitalised word right after ``text[:end]``, if any."""
    found = _FOLLOWING_NAME.match(text, end)
    return found.group(1) if found else ""


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    occurrences, lowercase = _occurrences(doc)
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    for occurrence in occurrences:
        groups[skeleton(occurrence.form)].append(occurrence)
    for group in groups.values():
        by_form: dict[str, list[Occurrence]] = defaultdict(list)
        for occurrence in group:
            by_form[occurrence.form].append(occurrence)
        if len({form.lower() for form in by_form}) < 2 or any(form.lower() in lowercase for form in by_form):
            continue  # one spelling in two cases, or an ordinary word
        if not any(o.mid_sentence for o in group):
            continue  # sentence starts only: ordinary words ("There", "Three"), not names
        ranked = sorted(by_form.values(), key=lambda found: (-len(found), found[0].start))
        main = ranked[0]
        for rarer in ranked[1:]:
            yield from _report(doc, main, rarer)


def _naming_main_person(main: list[Occurrence], rarer: list[Occurrence]) -> Iterator[Occurrence]:
    """The occurrences of the rarer spelling that name the other spelling's person. Another person's are: all of them
    when the rarer spelling always follows a given name the other never does ("Erick Garcia" beside "Alan García");
    when the other spelling comes with given names, one with a given name that is none of them; and one that, bare,
    stands for the rarer spelling's own given names and does not go on as the other spelling does ("captain Niall
    Dolan ... Dolan" beside "goalkeeper Shane Doolan"; "Ovidio Guzman Lopez" beside "Andrés Manuel López Obrador", but
    not "President Lopez Obrador", which goes on as the other spelling does)."""
    main_given, rarer_given = {o.given for o in main} - {""}, {o.given for o in rarer}
    if "" not in rarer_given and not main_given & rarer_given:
        return
    if not main_given:
        yield from rarer
        return
    rarer_given.discard("")
    main_following = {o.following for o in main} - {""}
    stands_apart = bool(rarer_given) and not any(_same_given(a, b) for a in rarer_given for b in main_given)
    for occurrence in rarer:
        if occurrence.given:
            another = not any(_same_given(occurrence.given, given) for given in main_given)
        else:
            another = stands_apart and occurrence.following not in main_following
        if not another:
            yield occurrence


def _same_given(first: str, second: str) -> bool:
    """The same given name, or an initial of it ("N" and "Niall")."""
    if min(len(first), len(second)) == 1:
        return first[0] == second[0]
    return first == second


def _report(doc: Document, main: list[Occurrence], rarer: list[Occurrence]) -> Iterator[Finding]:
    first = main[0]
    line, column = doc.position(first.start)
    dominant = len(main) >= 2 and len(main) > len(rarer)
    times = f"{len(main)} times" if len(main) > 1 else "once"
    for occurrence in _naming_main_person(main, rarer):
        message = (
            f"'{occurrence.form}' is spelled '{first.form}' at line {line}, column {column} "
            f"({times}): use one spelling of the name."
        )
        fixes = (Fix(f"Write '{first.form}'", (Edit(occurrence.start, occurrence.end, first.form),), Applicability.DISPLAY),) if dominant else ()
        yield Finding(occurrence.start, occurrence.end, message, fixes)
