"""Which of LanguageTool's spelling matches a news desk should see, and how sure they are.

LanguageTool's dictionary speller knows common words, not the names, acronyms and product
names of the day's news. A flagged word is dropped when it is a name in context, has the
shape of an acronym, a product name, a handle, a file name or an address; the severity says
how sure the remaining finding is (see ``SEVERITY_NOTES``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from editlint.document.joined import JoinedProse
from editlint.document.model import Document
from editlint.engine.diagnostic import Severity
from editlint.nlp.names import TITLE_KINDS, WORD, bare, in_name_run, is_capitalized, sentence_initial, word_counts

SPELLER = "MORFOLOGIK_RULE"  # LanguageTool's dictionary speller: MORFOLOGIK_RULE_EN_US, _EN_GB, ...
REPEATED = 3  # a lowercase coinage the article uses this often is deliberate
SUGGESTIONS_READ = 3
SEVERITY_NOTES = (
    ("error", "a lowercase word with a close correction (one or two letters off), used fewer than "
     f"{REPEATED} times; a capitalised word that is a letter swap of the correction ('Teh', 'Britian'); "
     "a word at a sentence start close to a common word ('Tjhe')"),
    ("warning", "a lowercase word with no close correction (a rare word, a coinage, a foreign word), a "
     f"closed compound LanguageTool would split ('wildland'), a word the article uses {REPEATED} or more "
     "times, and a capitalised word at the start of a sentence that the article gives no other evidence for"),
    ("not reported", "a rare word or compound with no close correction that the article uses twice or "
     "more, and a common prefix on a word the dictionary knows when nothing else is near ('multiagency')"),
)
_ADDRESS_BEFORE = frozenset("@#/\\_.:~")
PREFIXES = (
    "anti auto bio co counter cyber de eco geo hyper inter intra macro mega micro mid mini multi neo non "
    "over post pre pro re semi socio sub super trans ultra un under"
).split()
_PREFIXED = re.compile(r"(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + r")-?([a-z]{5,})$")
_ADDRESS_AFTER = re.compile(r"[_/\\@]|\.[^\W\d_]|://")


def is_speller_match(rule_id: str) -> bool:
    return rule_id.startswith(SPELLER)


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): a swap of neighbours counts once."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]


def is_letter_swap(word: str, suggestion: str) -> bool:
    """``Teh``/``The``, ``Britian``/``Britain``: the same letters with two neighbours swapped."""
    a, b = word.lower(), suggestion.lower()
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def is_close(word: str, suggestion: str) -> bool:
    limit = 1 if len(word) <= 4 else 2
    return edit_distance(word.lower(), suggestion.lower()) <= limit


def is_compound_split(word: str, suggestion: str) -> bool:
    """``wildland``/``wild land``: the suggestion only inserts a space or a hyphen."""
    return suggestion != word and re.sub(r"[ -]", "", suggestion).lower() == word.replace("-", "").lower()


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def has_name_shape(word: str) -> bool:
    """An acronym (``USDS``, ``CDFIs``), or a capital inside the word (``betaFEC``, ``McGurk``, ``el-Sissi``)."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and (word.isupper() or (word[:-1].isupper() and word.endswith("s"))):
        return True
    return any(c.isupper() for c in word[1:])


@dataclass
class SpellingFilter:
    """Judges LanguageTool's matches on one document's joined prose (``foreign``: spans in another language)."""

    doc: Document
    prose: JoinedProse
    foreign: list[tuple[int, int]]
    known_words: frozenset[str] = frozenset()  # of ``words_to_verify``, those LanguageTool's dictionary knows

    def severity(self, offset: int, length: int, replacements: tuple[str, ...]) -> Severity | None:
        """The severity to report a spelling match with, or None when the word is no misspelling."""
        text = self.prose.text
        span = text[offset : offset + length]
        found = WORD.search(text, offset, offset + length)
        if found is None or self._is_address(offset, offset + length) or any(c.isdigit() for c in span):
            return None
        if not all(_is_latin(c) for c in span if c.isalpha()) or any(has_name_shape(bare(w.group())) for w in WORD.finditer(span)):
            return None  # another script ("CCTVB報道"), or a name in a multi-word match ("on eAPD")
        word = bare(found.group())
        if is_capitalized(word):
            return self._capitalized(word, found.start(), found.end(), replacements)
        subject = span.strip() if " " in span.strip() else word  # "andd how": LanguageTool suggests for the pair
        close = any(is_close(subject, r) and not is_compound_split(word, r) for r in replacements[:SUGGESTIONS_READ])
        if not replacements and self.prefixed_word(word) in self.known_words:
            return None  # a prefix and a known word, nothing else near: "multiagency", "preexposure"
        if not close and word_counts(self.doc)[word] >= 2:
            return None  # a compound or rare word the article uses on purpose: "wildland" twice
        return Severity.ERROR if close and word_counts(self.doc)[word] < REPEATED else Severity.WARNING

    def words_to_verify(self, matches) -> set[str]:
        """Words whose place in the dictionary decides on a match: a lowercase suggestion for a capitalised
        word at a sentence start ("the" for "Tjhe"), the word after a prefix when nothing is suggested."""
        found = set()
        for match in matches:
            word = self.prose.text[match.offset : match.offset + match.length]
            if not match.replacements:
                found.add(self.prefixed_word(word))
            elif is_capitalized(word) and self._sentence_start(match.offset, match.offset + match.length):
                found.add(match.replacements[0].lower())
        return found - {""}

    @staticmethod
    def prefixed_word(word: str) -> str:
        """The word after a common prefix (``multiagency`` -> ``agency``), or ``""``."""
        found = _PREFIXED.match(word.lower())
        return found.group(1) if found else ""

    def _capitalized(self, word: str, start: int, end: int, replacements: tuple[str, ...]) -> Severity | None:
        if replacements and is_letter_swap(word, replacements[0]):
            return Severity.ERROR
        if word_counts(self.doc)[word] >= 2:
            return None  # the article spells it so more than once, or in its headline, byline or caption
        text = self.prose.text
        if not self._sentence_start(start, end):
            return None  # capitalised in mid-sentence: a name
        if replacements and is_close(word, replacements[0]) and replacements[0].lower() in self.known_words:
            return Severity.ERROR  # a common word misspelt at a sentence start: "Tjhe Board", not "Vassily Nebenzia"
        if in_name_run(text, start, end):
            return None  # "Vassily Nebenzia, ..."
        return Severity.WARNING

    def _sentence_start(self, start: int, end: int) -> bool:
        """Whether capitals say nothing at ``start``: a sentence start, or a headline or heading."""
        located = self.prose.locate(start, end)
        return (located is not None and located[0].kind in TITLE_KINDS) or sentence_initial(self.prose.text, start)

    def _is_address(self, start: int, end: int) -> bool:
        """Part of a handle, hashtag, file name, address or code-like token, or a bracketed label ("[es]")."""
        text = self.prose.text
        before = text[start - 1] if start > 0 else ""
        return before in _ADDRESS_BEFORE or (before == "[" and text[end : end + 1] == "]") or bool(_ADDRESS_AFTER.match(text, end))

    def in_foreign_passage(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.foreign)
