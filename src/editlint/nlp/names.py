"""What an article itself says about its names: word counts, sentence starts and capitalised runs.

No spaCy here: capitalisation in mid-sentence and the article's own repetitions are the
evidence (the spelling filter and ``house/inconsistent-name`` share it).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from editlint.document.model import BlockKind, Document
from editlint.lexicon import is_foreign_function_word

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
TITLE_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})  # title case: capitals say nothing there
_OPENERS = "\"“‘'([{«„*_•–—-"
_SENTENCE_ENDS = ".!?:;…"
_TITLES = frozenset(
    "mr mrs ms dr gen sen rep gov lt col sgt st prof rev jr sr capt maj cmdr adm amb pres no vs inc co corp ltd "
    "mt ft sec dept gov't atty supt".split()
)
_POSSESSIVE = re.compile(r"['’]s?$")


def bare(word: str) -> str:
    """``word`` without a possessive ending: ``Nebenzia’s`` -> ``Nebenzia``."""
    stripped = _POSSESSIVE.sub("", word)
    return stripped or word


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``text[start]`` opens a line, a sentence or a quotation."""
    i = start - 1
    while i >= 0 and text[i] != "\n" and (text[i].isspace() or text[i] in _OPENERS):
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] not in _SENTENCE_ENDS:
        return False
    if text[i] == ".":
        before = re.search(r"([\w.']+)\.$", text[max(0, i - 12) : i + 1])
        word = before.group(1).lower() if before else ""
        if word in _TITLES or len(word) == 1 or "." in word:
            return False  # "Mr. Yoon", "John F. Kennedy", "U.S. Embassy"
    return True


def foreign_name_before(text: str, start: int) -> bool:
    """Whether foreign particles join the word at ``text[start]`` to a capitalised word before it: "the Université de
    Montréal", "the Sûreté du Québec" (not "Governments in Europe": "in" is English too)."""
    return _particles_then_capital(text[max(0, start - 40) : start].split()[::-1][:3])


def foreign_name_after(text: str, end: int) -> bool:
    """Whether foreign particles join the word ending at ``text[end]`` to a capitalised word after it: "the Ordre du
    Mérite Maritime", "the Banco de la Nación"."""
    return _particles_then_capital(text[end : end + 40].split()[:3])


def _particles_then_capital(words: list[str]) -> bool:
    """Whether ``words`` open with foreign particles and then a capitalised word: "du Mérite", "de la Nación"."""
    particles = next((i for i, w in enumerate(words) if not is_foreign_function_word(w)), len(words))
    return 0 < particles < len(words) and words[particles][:1].isupper()


def words(text: str) -> Iterator[re.Match]:
    return WORD.finditer(text)


def word_counts(doc: Document) -> Counter:
    """How often each word form (possessives stripped, case kept) occurs in the article's blocks."""
    key = "names.word_counts"
    if key not in doc.cache:
        doc.cache[key] = Counter(bare(m.group()) for block in doc.blocks for m in WORD.finditer(block.text))
    return doc.cache[key]
