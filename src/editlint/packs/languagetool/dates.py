"""Weekdays checked against the article's own date, not today's (LanguageTool assumes the current year).

The article's date comes from its front matter (``date``, ``published``), a dateline or a
publication line near the top ("WASHINGTON, Dec. 8, 2023 --", "Tuesday, January 4, 2005").
A "Friday, December 8" without a year is checked in the year that puts it closest to that date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from editlint.document.joined import JoinedProse
from editlint.document.model import BlockKind, Document

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")),
        1,
    )
    for name in names
}
FRONT_MATTER_KEYS = ("date", "published", "publishdate", "pubdate")
LEAD_BLOCKS = 4  # a dateline or publication line sits in the first blocks of the body
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FULL_DATE = re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.IGNORECASE)
_WEEKDAY_DATE = re.compile(
    r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\b(?!,?\s*\d{4})(?!\d)",
    re.IGNORECASE,
)


def _date(month: str, day: str, year: int) -> dt.date | None:
    try:
        return dt.date(year, MONTHS[month.lower()], int(day))
    except ValueError:
        return None


def article_date(doc: Document) -> dt.date | None:
    """The date the article carries: front matter first, then a dateline or publication line."""
    for key in FRONT_MATTER_KEYS:
        value = doc.front_matter.get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                found = _FULL_DATE.search(value)
                if found and (date := _date(found["month"], found["day"], int(found["year"]))):
                    return date
    body = [b for b in doc.blocks if b.kind not in (BlockKind.HEADLINE, BlockKind.HEADING) and b.text.strip()]
    for block in body[:LEAD_BLOCKS]:
        found = _FULL_DATE.search(block.text[:120])
        if found and (date := _date(found["month"], found["day"], int(found["year"]))):
            return date
    return None


def wrong_weekdays(prose: JoinedProse, dated: dt.date) -> Iterator[tuple[int, int, str]]:
    """``(start, end, message)`` for each "Friday, December 8" (no year) that is not that weekday near ``dated``."""
    for found in _WEEKDAY_DATE.finditer(prose.text):
        candidates = [d for year in (dated.year - 1, dated.year, dated.year + 1) if (d := _date(found["month"], found["day"], year))]
        if not candidates:
            continue
        nearest = min(candidates, key=lambda d: abs((d - dated).days))
        actual = WEEKDAYS[nearest.weekday()]
        if found["weekday"].lower() != actual:
            message = (
                f"{nearest:%B} {nearest.day}, {nearest.year} is a {actual.capitalize()}, not a "
                f"{found['weekday'].capitalize()} (the article is dated {dated.isoformat()})."
            )
            yield found.start(), found.end(), message
