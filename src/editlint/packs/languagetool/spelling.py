"""Which of LanguageTool's spelling matches a news desk should see, and how sure they are.

LanguageTool's dictionary speller knows common words, not the names, acronyms and product
names of the day's news, nor every word in English usage. A flagged word is dropped when it is
a name in context, has the shape of an acronym, a product name, a handle, a file name or an
address, or is in English usage (``usage``); the severity says how sure the remaining finding
is (see ``SEVERITY_NOTES``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

from editlint.document.joined import JoinedProse
from editlint.document.model import Document
from editlint.engine.diagnostic import Severity
from editlint.lexicon import in_class, is_foreign_function_word, is_irregular_form, is_listed_word, is_phrase
from editlint.nlp.frequency import zipf
from editlint.nlp.names import (
    TITLE_KINDS, WORD, bare, foreign_name_after, foreign_name_before, is_capitalized, sentence_initial, word_counts,
)

SPELLER = "MORFOLOGIK_RULE"  # LanguageTool's dictionary speller: MORFOLOGIK_RULE_EN_US, _EN_GB, ...
REPEATED = 3  # a lowercase coinage the article uses this often is deliberate
MIN_TYPO_LENGTH = 6  # shorter capitalised words one letter off a common one are names as often as typos
SUGGESTIONS_READ = 3
SEVERITY_NOTES = (
    ("error", "a lowercase word with a close correction (one or two letters off) that English usage does not "
     f"vouch for, used fewer than {REPEATED} times ('inspiried', 'recieve'); a capitalised word that is a letter "
     "swap of a far more common correction, spelt so once ('Teh', 'Britian'; not 'Adwoa'/'Adowa', nor 'Cota' twice); a capitalised word at a sentence start or in a headline whose "
     "correction is a far more common word ('Tjhe'), unless it stands next to a name (an acronym is none: 'Tjhe NTSB'); a capitalised word in "
     "mid-sentence one letter off a common capitalised word (not in its first letter, and at least "
     f"{MIN_TYPO_LENGTH} letters long), itself not in use and next to no other capitalised word ('Goverments'); a word typed with two capitals ('THe')"),
    ("warning", "a lowercase word with no close correction that is not in English usage (a coinage, a foreign "
     f"word), and a word the article uses {REPEATED} or more times one letter from a very common word "
     "('goverment')"),
    ("not reported", "a lowercase word of SCOWL's large English word list (size 80) that is not, used once, one "
     "letter from a very common word ('tenge', 'dharna', 'dayside', '14,750 taka' twice; 'hards' once is still "
     "reported), and a hyphenated word whose parts are such words or known ('yellow-rumped'); the plural of a "
     "verbal noun or nominal adjective in use ('borings', 'Convenings'); a word in English usage (wordfreq: about 30 uses per billion words or more, 10 when no word "
     "is one or two letters away) with no far more common word one or two letters away ('vibrance', "
     "'crewmembers', 'deconfliction'), unless only its capitals are wrong ('italian') or it runs together one of "
     "the commonest words ('alot'); a spelling American dictionaries list beside the other ('judgement', "
     "'worshipping', 'unshakeable'); British spellings, unless the article spells that word the American way too "
     "or spells more words the American way ('favourite', 'theatres', 'Centres'); a word with diacritics "
     "('kūpuna'); a common prefix on a known word, when the word is in use or nothing else is near "
     "('multiagency', 'prepositioned') or the paragraph uses that word too ('sects and subsects'); a rare word "
     f"the article uses twice, and a word it uses {REPEATED} or more times with no very common word one letter "
     "away ('kente', 'adire'); a site a link names, in its text or its "
     "paragraph ('[aifufu](http://www.aifufu.com)', 'fulue wrote [a post](http://fulue.com/x)'); a word run "
     "together with inline code; a capitalised word at a sentence start with no common word near it, "
     "next to a capitalised word the dictionary does not know, or after a title (names: 'Camerini, from the blog "
     "...', 'Sean Savett', 'Alsu Kurmasheva', 'Director Deese'); a run of three or more unknown words in another "
     "language ('the blog Des avions et des hommes'); a word the sentence presents as a term ('monasteries known as "
     "satras', 'the dicasteries, as the departments are known', 'the word falepili', 'wildcat miners, or "
     "garimpeiros,' when it is no typo of a word); a species' name ('Anopheles stephensi', 'f. sp. "
     "tritici'); a short quotation of unknown words ('the \"baojiaolou\" campaign'); two words in use closed up "
     "('starspots', 'airtankers', 'groundout'), unless one is among the commonest ('alot', 'upto'); an irregular "
     "form WordNet lists ('fora'); a word the article uses in a two-word lemma of WordNet ('hapax legomenon', then "
     "'legomenon'); a name's particle joined to it ('al'Rashidi') or between two capitalised words when it is one "
     "of the commonest words of French, Spanish, German, Portuguese, Italian or Dutch ('Institut des Sciences'); "
     "a word the rest of its sentence glosses ('..., using the Cree term for grandmother'); a drug's generic name "
     "by its INN stem ('ruxolitinib', 'lenacapavir') when no word is one or two letters away; a word that "
     "another language's function word joins to a capitalised word ('the Ordre du Mérite'), the rest of a name "
     "after its apostrophe ('Fa'amausili'), a line-up's names between semicolons ('Okafor; Doig'); a capitalised "
     "word at a sentence start that is, in lowercase, a word in use ('Housebuilders')"),
)
# English usage, on wordfreq's Zipf scale (log10 of uses per billion words): see ``usage``.
IN_USAGE = 1.5  # about 30 uses per billion words: a word in English usage, if nothing more common is near
TYPO_GAP = 1.5  # a close word 30 times as common makes the rarer one its typo: "recieve" (2.7), "receive" (4.9)
ATTESTED = 1.0  # about 10 uses per billion words: a spelling variant, a word with no typo near it, in use
COMMON_WORD = 4.0  # ten uses per million words: "Governments", "Computer"
COMPOUND_PART = 2.5  # a word of its own, not a fragment LanguageTool split off ("cigar rets", "enc urge")
LISTED_TYPO_TARGET = 4.5  # thirty uses per million words: a listed word one letter off such a word is its typo ("carful")
CARELESS = 8.0  # plain typos per 1,000 words: learner English (9 to 39 in JFLEG), not edited copy (at most 6), where a listed word is a typo too
VERY_COMMON = 5.0  # a hundred uses per million words: "government", "people"; a typo of one is a typo however often repeated
COMMONEST = 6.0  # English's hundred or so commonest words: closed up with one, a compound is a run-on ("alot")
NOUN_IN_USE = 2.5  # about 300 uses per billion words: "convening" (2.8), not a misspelt stem ("beggining", 2.0)
# British and American spellings of one word (British first): colour/color, apologise/apologize,
# analyse/analyze, theatre/theater, defence/defense: the American form shows an article's variety;
# orthopaedic/orthopedic, foetal/fetal, programme/program: British copy uses both forms.
BRITISH_PAIRS = (("our", "or"), ("is", "iz"), ("ys", "yz"), ("tre", "ter"), ("ence", "ense"))
BRITISH_ONLY_PAIRS = (("ae", "e"), ("oe", "e"), ("mme", "m"))
# Spellings American dictionaries list beside the other (Merriam-Webster: "judgment or judgement",
# "worshiped or worshipped"): catalogue/catalog, judgement/judgment, unshakeable/unshakable, and a
# doubled consonant (travelled/traveled). Neither spelling is a mistake in American copy.
SHARED_PAIRS = (("ogue", "og"), ("dgement", "dgment"), ("eable", "able"))
DOUBLING_SUFFIXES = r"(?:ed|ing|ers?|ery|ation)s?$"
VARIANT_PAIRS = (*BRITISH_PAIRS, *BRITISH_ONLY_PAIRS, *SHARED_PAIRS)
MIN_VARIETY_WORD = 5  # shorter words say nothing of a variety: "or"/"our", "for"/"four"
VARIANT_GAP = 1.0  # a spelling variant is in use about as much as the other form (within ten times)
SHARED_GAP = 0.5  # and one American dictionaries list is at least a third as common ("judgements", not "accomodating")
PERSON_NOUNS = "noun.person"  # WordNet's class of nouns for people: a title before a name
_ADDRESS_BEFORE = frozenset("@#/\\_.:~")
_JOINED_TO_NAME = re.compile(r"['’-][A-Z]")
_NOUN_PLURAL = re.compile(r"[a-z]{3,}(?:ing|al)s")  # "borings", "matrimonials"
_NAME_BEFORE_APOSTROPHE = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*['’]$")  # "Fa'" of "Fa'amausili", "Ng'" of "Ng'ang'a"
MAX_PARTICLE = 3  # letters of a name's particle joined to it: "al", "bin", "d"
# Particles that close up with a verb or noun into one word: "outgas", "upzone", "groundout", "flyover", "aftermarket"
# (not "in" or "on": "infact", "ontop" are run-ons far more often than "inswinging" is a word)
COMPOUND_PARTICLES = ("after", "back", "down", "off", "out", "over", "under", "up")
PREFIXES = (
    "anti auto bio co counter cyber de eco geo hyper inter intra macro mega micro mid mini multi neo non "
    "over post pre pro re semi socio sub super trans ultra un under"
).split()
_PREFIXED = re.compile(r"(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + r")-?([a-z]{5,})$")
_LINK_ADDRESS = re.compile(r"\]\(\s*<?([^)\s>]+)")  # the end of a Markdown link's text, and its address
_LINK_REST = re.compile(r"[^\[\]\n]*" + _LINK_ADDRESS.pattern)  # the rest of a link's text, and its address
_ADDRESS_AFTER = re.compile(r"[_/\\@]|\.[^\W\d_]|://")
# A term the sentence names as a term: "known as satras", "dubbed the 'japa' generation", "the dicasteries, as
# the departments are known". The writer presents the word on purpose. (Not a bare "called": "called the comission".)
_NAMING_BEFORE = re.compile(
    r"\b(?:(?:known|referred to|described|spelled|spelt)(?: \w+ly)?(?: \w+)? as|(?:so-|is |are |was |were |be |been )called|"
    r"dubbed|termed|nicknamed|the (?:word|term|name)s?)"
    r"(?: (?:the|a|an))?(?: [^\W\d_]+)?\s*[\"“‘']?$",
    re.IGNORECASE,  # "The word falepili ..." at a sentence start
)
# An alternative name in apposition, closed by punctuation: "wildcat miners, or garimpeiros, had returned".
_GLOSSED_BEFORE = re.compile(r"[^\W\d_], or $")
_GLOSSED_AFTER = re.compile(r"[,.;:)—–]")
# A species or variety epithet: a lowercase Latin word after its genus ("Anopheles stephensi", "Puccinia
# striiformis") or after a rank's abbreviation ("f. sp. tritici", "var. sylvestris"), with a Latin ending:
# -us, -um, -is, and the genitives -i, -ae of people and hosts ("stephensi"). Not -a or -e, which English
# words and their typos share ("Smith beleive").
_EPITHET = re.compile(r"[a-z]{4,}(?:i|ae|us|um|is)")
_RANK_BEFORE = re.compile(r"\b(?:sp|spp|ssp|subsp|var|f|cv)\. $")
# An abbreviation with its full stop inside a sentence: "f. sp. tritici", "approx. 40", "dept. heads".
_ABBREVIATION_STOP = re.compile(r"\. [a-z\d]")
MAX_ABBREVIATION = 5  # letters
_NAMING_AFTER = re.compile(r"[\"”’']?,? as (?:[^\W\d_]+[ ’']*){1,6}(?:is|are|was|were) (?:known|called)\b")
NAMING_WINDOW = 60  # characters before a term searched for "known as" and its kin
# A gloss later in the sentence: "her kunya, the traditional Arabic name meaning ...", "half of our palay," said a
# farmer, using the Filipino word for unhusked rice".
_GLOSS_LATER = re.compile(
    r"\b(?:the|a|an) (?:[^\W\d_]+ ){0,3}(?:word|term|name|expression|phrase) (?:for|meaning|that means)\b", re.IGNORECASE
)
GLOSS_WINDOW = 160  # characters after a term searched for its gloss, to the sentence's end
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")
# Stems of International Nonproprietary Names, the generic names of drugs (WHO, "The use of stems in the
# selection of INN"): "tirzepatide", "pembrolizumab", "osimertinib", "nirmatrelvir". Only the stems whose
# ending no English word shares, and only for a long word no suggestion is close to. "-ib" ends every stem of
# the enzyme inhibitors ("-tinib", "-ciclib", "-parib", "-rasib", "-zomib", "-lisib", "-degib").
_DRUG_NAME = re.compile(
    r"[a-z]{4,}(?:mab|ib|vir|glutide|patide|sartan|statin|gliptin|gliflozin|prazole|conazole|floxacin|cycline|"
    r"dronate|setron|triptan|lukast|dipine|oxetine|platin|taxel|rubicin|tecan|semide|thiazide|olol|pril|afil)"
)
MIN_DRUG_NAME = 8  # letters


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


def is_typo_of(word: str, suggestion: str) -> bool:
    """Whether ``suggestion`` is close and far more common: ``TYPO_GAP`` per edit ("Tjhe"/"The", not "Najla"/"Naval").
    Two edits away, a typo keeps its first letter or swaps it with the second ("jollof" is no "follow"; 58 of
    Wikipedia's 3,872 common misspellings change the first letter, most of them one edit away)."""
    a, b = word.lower(), suggestion.lower()
    distance = edit_distance(a, b)
    if distance == 2 and a[:1] != b[:1] and a[:2] != b[1::-1]:
        return False
    return is_close(word, suggestion) and zipf(suggestion) - zipf(word) >= TYPO_GAP * distance


def is_blatant_typo(word: str, suggestion: str, common: float = VERY_COMMON) -> bool:
    """Whether ``suggestion`` is one letter off, at least ``common`` and far more common:
    "goverment"/"government", not "kente"/"Kent" or "adire"/"dire"."""
    one_off = edit_distance(word.lower(), suggestion.lower()) == 1
    return one_off and zipf(suggestion) >= common and is_typo_target(word, suggestion)


def is_typo_target(word: str, suggestion: str) -> bool:
    """Whether ``suggestion`` is close and ``TYPO_GAP`` more common: what ``word`` is a typo of ("recieve")."""
    return is_close(word, suggestion) and zipf(suggestion) - zipf(word) >= TYPO_GAP


def is_compound_split(word: str, suggestion: str) -> bool:
    """``wildland``/``wild land``: the suggestion only inserts a space or a hyphen."""
    return suggestion != word and re.sub(r"[ -]", "", suggestion).lower() == word.replace("-", "").lower()


def respellings(word: str, pairs) -> Iterator[str]:
    """``word`` with one of ``pairs``' first parts replaced by its second: ``colour`` -> ``color``."""
    for one, two in pairs:
        for m in re.finditer(re.escape(one), word):
            yield word[: m.start()] + two + word[m.end() :]


def _both_ways(pairs) -> tuple[tuple[str, str], ...]:
    return (*pairs, *((two, one) for one, two in pairs))


def is_spelling_variant(word: str, other: str) -> bool:
    """``favourite``/``favorite``, ``travelled``/``traveled``: one British-American difference apart."""
    return other.lower() in respellings(word.lower(), _both_ways(VARIANT_PAIRS)) or is_doubled_consonant(word, other)


def is_shared_variant(word: str, other: str) -> bool:
    """``judgement``/``judgment``, ``worshipping``/``worshiping``: a pair American dictionaries list both of."""
    return other.lower() in respellings(word.lower(), _both_ways(SHARED_PAIRS)) or is_doubled_consonant(word, other)


def is_doubled_consonant(word: str, other: str) -> bool:
    """``travelled``/``traveled``, ``worshipper``: one consonant doubled before a suffix (not ``accomodating``)."""
    a, b = word.lower(), other.lower()
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i + 1] and longer[i] not in "aeiou" and longer[:i] + longer[i + 1:] == shorter
        and re.match(DOUBLING_SUFFIXES, longer[i + 2 :])
        for i in range(len(longer) - 1)
    )


def is_american_spelling(word: str) -> bool:
    """Whether ``word`` is the American form of a word spelt otherwise in British English (``color``,
    ``organized``, ``centers``, ``defense``): its British form is in use about as much."""
    word = word.lower()
    used = zipf(word)
    return used >= IN_USAGE and any(
        zipf(british) >= used - VARIANT_GAP for british in respellings(word, ((two, one) for one, two in BRITISH_PAIRS))
    )


def is_run_on(parts: list[str]) -> bool:
    """Words English writes apart, closed up: one of the commonest words ("alot", "ofcourse", "upto"); a
    particle of a phrasal verb aside ("outgasses", "groundout")."""
    content = [p for p in parts if p.lower() not in COMPOUND_PARTICLES]
    return not content or any(zipf(p) >= COMMONEST for p in content)


def is_noun_plural(word: str) -> bool:
    """The regular plural of a verbal noun or a nominal adjective in use: "borings", "convenings", "matrimonials"
    (dictionaries list the singular; no misspelling of Wikipedia's list has this shape)."""
    return bool(_NOUN_PLURAL.fullmatch(word)) and zipf(word[:-1]) >= NOUN_IN_USE


def is_closed_compound(parts: list[str]) -> bool:
    """Two words in use closed up into one, the way English forms compounds ("starspots", "airtankers",
    "nearshoring"), not a prefix on a word ("ecocertify": see ``SpellingFilter._is_prefixed_word``)."""
    return len(parts) == 2 and parts[0].lower() not in PREFIXES and all(
        len(p) >= 3 and zipf(p) >= COMPOUND_PART for p in parts
    )


def case_differs(word: str, replacements: tuple[str, ...]) -> bool:
    """Whether a suggestion differs from ``word`` only in its capitals ("italian", "facebook"), spaces and
    hyphens aside ("latinamerican"/"Latin-American")."""
    closed = (re.sub(r"[ -]", "", r) for r in replacements[:SUGGESTIONS_READ])
    return any(r.lower() == word.lower() and r != word for r in closed)


def is_shifted(word: str, replacements: tuple[str, ...]) -> bool:
    """``THe``, ``NIce``: a word typed with its first two letters in capitals (the shift key held too long);
    not the plural of a two-letter acronym (``IDs``)."""
    return word[2:].islower() and word[2:] != "s" and word[:2].isupper() and word[0] + word[1:].lower() in replacements[:SUGGESTIONS_READ]


def usage(word: str, replacements: tuple[str, ...]) -> str | None:
    """How English usage vouches for a word LanguageTool does not know.

    ``"word"``: an irregular form WordNet lists ("fora"); a word in use with nothing far more common near
    it, the farther the more common ("surveil", "vibrance", "aluminium", "hafiz"; with nothing one or two
    letters away, a rarer one: "deconfliction"), a closed compound of two words in use ("crewmembers", "starspots"), or
    a spelling American dictionaries list beside the suggestion ("judgement", "worshipping");
    ``"variant"``: the British spelling of the suggestion ("favourite"), about as common as it;
    None: no evidence, or a typo's: a close word is far more common ("recieve", "alot": see ``is_typo_of``), or only
    the capitals differ ("italian").
    """
    if case_differs(word, replacements) or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", word):
        return None
    if is_irregular_form(word.lower()):
        return "word"  # a plural or verb form the dictionary lists: "fora", "criteria"
    used = zipf(word)
    near = any(is_close(word, s) and not is_compound_split(word, s) for s in replacements[:SUGGESTIONS_READ])
    verdict = "word" if used >= (IN_USAGE if near or "-" in word else ATTESTED) else None
    for suggestion in replacements[:SUGGESTIONS_READ]:
        if is_compound_split(word, suggestion):
            parts = re.split(r"[ -]", suggestion)
            if is_run_on(parts):
                return None
            if is_closed_compound(parts):
                verdict = "word"
        elif is_typo_of(word, suggestion):
            return None
        elif is_spelling_variant(word, suggestion):
            if used < max(ATTESTED, zipf(suggestion) - VARIANT_GAP):
                return None  # far rarer than the other form: a misspelling of it ("rechargable")
            shared = is_shared_variant(word, suggestion) and used >= zipf(suggestion) - SHARED_GAP
            verdict = "word" if shared else "variant"
    return verdict


def site_names(address: str) -> list[str]:
    """The names in an address's host, top-level domain aside: ``http://www.fulue.com/x`` -> ``www``, ``fulue``."""
    try:
        host = urlsplit(address).hostname or ""
    except ValueError:
        return []
    return host.split(".")[:-1]


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
    variants: tuple[tuple[str, str], ...] = ()  # (flagged word, suggestion) pairs of British-American variants
    typo_rate: float = 0.0  # plain typos per 1,000 words of prose: how carefully the text is spelt
    dictionary: dict[str, bool] = field(default_factory=dict, init=False)  # word -> whether LanguageTool's dictionary knows it
    _unanswered: set[str] = field(default_factory=set, init=False, repr=False)  # words a judgement asked about that are not in ``dictionary``

    def judge(self, matches, look_up: Callable[[list[str]], Iterable[str]]) -> dict:
        """Each spelling match's severity (None: no misspelling). Judgements that depend on a word's place in
        LanguageTool's dictionary ask ``look_up`` (which of these words it knows), in one request for all of them,
        and only for the words a judgement reaches: a word not looked up yet counts as known meanwhile, the
        answer under which a judgement asks about the most words, and the matches that asked are judged again."""
        severities, pending = {}, list(matches)
        while pending:
            asked, waiting = set(), []
            for match in pending:
                self._unanswered = set()
                severities[match] = self.severity(match.offset, match.length, match.replacements)
                if self._unanswered:
                    asked |= self._unanswered
                    waiting.append(match)
            if asked:
                known = set(look_up(sorted(asked)))
                self.dictionary.update((word, word in known) for word in asked)
            pending = waiting
        return severities

    def _knows(self, word: str) -> bool:
        """Whether LanguageTool's dictionary knows ``word`` (lowercase); see ``judge``."""
        if word not in self.dictionary:
            self._unanswered.add(word)
            return True
        return self.dictionary[word]

    def severity(self, offset: int, length: int, replacements: tuple[str, ...]) -> Severity | None:
        """The severity to report a spelling match with, or None when the word is no misspelling."""
        text = self.prose.text
        span = text[offset : offset + length]
        found = WORD.search(text, offset, offset + length)
        if found is None or self._is_address(offset, offset + length) or any(c.isdigit() for c in span):
            return None
        if is_shifted(span, replacements):
            return Severity.ERROR
        if self._presented_as_term(offset, offset + length, replacements):
            return None  # a term the sentence presents as one: "known as satras", "a practice dubbed reshoring"
        if len(span) <= MAX_PARTICLE and span.islower() and (
            _JOINED_TO_NAME.match(text, offset + length) or self._particle_between_names(span, offset, offset + length)
        ):
            return None  # a particle of a name: "al'Koush", "bin-Salman", "d'Alembert", "Institut des Sciences"
        if _NAME_BEFORE_APOSTROPHE.search(text, max(0, offset - 30), offset):
            return None  # the rest of a name after its apostrophe: "Fa'amausili", "Ng'ang'a"
        if not all(_is_latin(c) for c in span if c.isalpha()) or any(has_name_shape(bare(w.group())) for w in WORD.finditer(span)):
            return None  # another script ("CCTVB報道"), or a name in a multi-word match ("on eAPD")
        word = bare(found.group())
        if is_capitalized(word):
            return self._capitalized(word, found.start(), found.end(), replacements)
        if not word.isascii():
            return None  # a word with diacritics LanguageTool does not know is a foreign word: "kūpuna"
        subject = span.strip() if " " in span.strip() else word  # "andd how": LanguageTool suggests for the pair
        if subject == word and self._vouched_for(word, offset, offset + length, replacements):
            return None
        close = any(is_close(subject, r) and not is_compound_split(word, r) for r in replacements[:SUGGESTIONS_READ])
        if not close and len(word) >= MIN_DRUG_NAME and _DRUG_NAME.fullmatch(word):
            return None  # a drug's generic name: "tirzepatide", "osimertinib"
        if self._is_prefixed_word(word, offset, replacements):
            return None  # a prefix on a known word: "multiagency", "unrepatriated" ("repatriated"?), "prepositioned"
        if not close and word_counts(self.doc)[word] >= 2:
            return None  # a compound or rare word the article uses on purpose: "wildland" twice
        if word_counts(self.doc)[word] >= REPEATED:
            # the article's own spelling, unless one letter from a far more common word ("goverment")
            return Severity.WARNING if any(is_blatant_typo(word, r) for r in replacements[:SUGGESTIONS_READ]) else None
        return Severity.ERROR if close else Severity.WARNING

    def _presented_as_term(self, start: int, end: int, replacements: tuple[str, ...]) -> bool:
        """Whether the sentence presents the word as a term: it names it ("known as satras", "the word
        falepili"), glosses it when it is no typo of a word ("wildcat miners, or garimpeiros,", not "or documnts,"),
        it is a species' name ("Anopheles stephensi", "f. sp. tritici") or an abbreviation with its stop
        inside the sentence ("sp. tritici")."""
        text = self.prose.text
        before = text[max(0, start - NAMING_WINDOW) : start]
        if _NAMING_BEFORE.search(before) or _NAMING_AFTER.match(text, end) or self._glossed_later(end):
            return True
        word = text[start:end]
        if _GLOSSED_BEFORE.search(before) and _GLOSSED_AFTER.match(text, end):
            return not any(is_typo_of(word, r) for r in replacements[:SUGGESTIONS_READ])
        if len(word) <= MAX_ABBREVIATION and word.isalpha() and word.islower() and _ABBREVIATION_STOP.match(text, end):
            return True
        return bool(_EPITHET.fullmatch(word)) and (bool(_RANK_BEFORE.search(before)) or self._after_genus(start))

    def _glossed_later(self, end: int) -> bool:
        """Whether the rest of the sentence glosses the word: "..., the traditional Arabic name meaning ..."."""
        rest = self.prose.text[end : end + GLOSS_WINDOW]
        stop = _SENTENCE_END.search(rest)
        return bool(_GLOSS_LATER.search(rest[: stop.start() if stop else None]))

    def _particle_between_names(self, word: str, start: int, end: int) -> bool:
        """A function word of another language between two capitalised words: "Institut des Sciences Humaines",
        "Ludwig van Beethoven" (not "Bank fo America": "fo" is no language's word)."""
        return all(self._capitalized_neighbours(start, end)) and is_foreign_function_word(word)

    def _in_foreign_name(self, start: int, end: int) -> bool:
        """Whether foreign particles join the word to a capitalised word after or before it: "the Ordre du Mérite
        Maritime", "the Banco de la Nación" (not "Goverments in Europe": "in" is English too)."""
        return foreign_name_after(self.prose.text, end) or foreign_name_before(self.prose.text, start)

    def _after_genus(self, start: int) -> bool:
        """Whether a capitalised word in mid-sentence, a genus, stands right before ``start``."""
        genus = re.search(r"\b([A-Z][a-z]{2,}) $", self.prose.text[max(0, start - 40) : start])
        return genus is not None and not sentence_initial(self.prose.text, start - len(genus.group(0)))

    def _capitalized_neighbours(self, start: int, end: int, between: str = " ") -> tuple[str, str]:
        """The capitalised words right before ``start`` and right after ``end`` ("Sean" in "Sean Savett"),
        ``""`` where there is none; ``between`` is what may separate them (by default one space)."""
        gap = "[" + re.escape(between) + "]+"
        before = re.search("(" + WORD.pattern + ")" + gap + "$", self.prose.text[max(0, start - 40) : start])
        after = re.compile(gap + "(" + WORD.pattern + ")").match(self.prose.text, end)
        return tuple(found.group(1) if found and is_capitalized(found.group(1)) else "" for found in (before, after))

    def _names_its_link(self, start: int, end: int, word: str) -> bool:
        """Whether the word names a site: it is in a link's text and its address ("[aifufu](http://aifufu.com)"),
        or it is the site of a link in its paragraph ("fulue wrote ... [a post](http://fulue.com/...)")."""
        source_end = self.prose.source_span(start, end)[1]
        link = _LINK_REST.match(self.doc.text, source_end)
        if link and word.lower() in re.split(r"[\W\d_]+", link.group(1).lower()):
            return True
        located = self.prose.locate(start, end)
        addresses = _LINK_ADDRESS.findall(self.doc.text, located[0].start, located[0].end) if located else ()
        return any(word.lower() in site_names(address) for address in addresses)

    def _vouched_for(self, word: str, start: int, end: int, replacements: tuple[str, ...]) -> bool:
        """A word of a large English word list ("tenge", "dayside"; each part of a hyphenated one: "yellow-rumped")
        unless one letter from a very common word ("hards"/"hard"); the plural of a noun in use ("borings"); a word
        in English usage (a variant spelling only in an article that keeps to its variety); or a site named by its
        link's address; not when only the capitals are wrong."""
        if self.typo_rate < CARELESS and (self._listed(word, replacements) or self._listed_parts(word, replacements)):
            return True
        if is_noun_plural(word):
            return True
        verdict = usage(word, replacements)
        if verdict == "word" or (verdict == "variant" and self.keeps_to_british) or self._in_dictionary_phrase(word):
            return True
        return self._names_its_link(start, end, word) and not case_differs(word, replacements)

    def _listed(self, word: str, replacements: tuple[str, ...]) -> bool:
        """Whether the word list vouches for the word: it lists it, and it is no typo still (see ``_listed_typo``)."""
        return is_listed_word(word) and not self._listed_typo(word, replacements)

    def _listed_parts(self, word: str, replacements: tuple[str, ...]) -> bool:
        """Whether each part of a hyphenated word is a word LanguageTool knows or the word list vouches for, judged
        against the same part of the suggestions: "yellow-rumped" ("rumped"), not "well-knwon"."""
        parts = word.split("-")
        split = [r.split("-") for r in replacements[:SUGGESTIONS_READ] if r.count("-") == len(parts) - 1]
        return len(parts) > 1 and all(
            self._knows(part) or self._listed(part, tuple(s[i] for s in split)) for i, part in enumerate(parts)
        )

    def _listed_typo(self, word: str, replacements: tuple[str, ...]) -> bool:
        """Whether a listed word is still a typo: a run-on of one of the commonest words ("aswell"), not a closed
        compound ("dayside", "day side"); or, used once only, one letter from a common word ("hards", "surprize").
        An article that uses a listed word twice or more means it ("14,750 taka", "trapped lbw" twice)."""
        once = word_counts(self.doc)[word] < 2
        for suggestion in replacements[:SUGGESTIONS_READ]:
            if is_compound_split(word, suggestion):
                if is_run_on(re.split(r"[ -]", suggestion)):
                    return True
            elif once and suggestion.islower() and is_blatant_typo(word, suggestion, LISTED_TYPO_TARGET):
                return True
        return False

    def _in_dictionary_phrase(self, word: str) -> bool:
        """Whether the article uses the word, once at least, in a two-word lemma of the dictionary, with the
        other word beside it: "habeas corpus" (then "habeas filings" too), "coitus interruptus"."""
        uses = re.finditer(r"([^\W\d_]+)?[ -]?\b" + re.escape(word) + r"\b(?:[ -]([^\W\d_]+))?", self.prose.text, re.IGNORECASE)
        return any((m.group(1) and is_phrase(m.group(1), word)) or (m.group(2) and is_phrase(word, m.group(2))) for m in uses)

    @cached_property
    def keeps_to_british(self) -> bool:
        """Whether the article keeps to British spelling: it spells no flagged word the American way too, and
        has no more American spellings ("color", "organized", "centers") than British ones."""
        counts = word_counts(self.doc)
        if any(counts[other] for _, other in self.variants):
            return False
        american = sum(1 for w in counts if w.islower() and len(w) >= MIN_VARIETY_WORD and is_american_spelling(w))
        return american <= len({word.lower() for word, _ in self.variants})

    def survey(self, matches) -> None:
        """Note the flagged words that are British-American variants of their suggestion, and the rate of plain
        typos: unlisted lowercase words far rarer than a lowercase word one or two letters away ("recieve"; a
        hyphenated compound's parts are judged on their own: "yellow-rumped")."""
        pairs, typos = [], 0
        for match in matches:
            word = self.prose.text[match.offset : match.offset + match.length]
            suggestions = match.replacements[:SUGGESTIONS_READ]
            other = next((r for r in suggestions if is_spelling_variant(word, r)), None)
            if other and usage(word, match.replacements) == "variant":
                pairs.append((word, other))
            if word.isalpha() and word.islower() and not is_listed_word(word):
                typos += any(r.islower() and not is_compound_split(word, r) and is_typo_of(word, r) for r in suggestions)
        self.variants = tuple(pairs)
        self.typo_rate = 1000 * typos / max(len(self.prose.text.split()), 1)

    def _is_prefixed_word(self, word: str, offset: int, replacements: tuple[str, ...]) -> bool:
        """A common prefix on a known word: when nothing else is suggested than it or its hyphenated form (AP closes
        most prefixes up: "prepandemic"); when the paragraph uses that word
        too, the writer building on it ("sects and subsects"); or, the word not one of the commonest
        ("overthere"), when the whole is in use and no close suggestion is far more common ("prepositioned",
        not "unability" or "comission")."""
        stem = self.prefixed_word(word)
        hyphenated = word[: -len(stem)] + "-" + stem if stem else ""
        if not stem or (replacements and replacements[0].lower() in (stem, hyphenated.lower())):
            return bool(stem)  # the word, or the same word with a hyphen ("prepandemic", "pre-pandemic"), suggested
        if not self._knows(stem):
            return False
        located = self.prose.locate(offset, offset + len(word))
        if located is not None and re.search(r"\b" + re.escape(stem) + r"\b", located[0].text, re.IGNORECASE):
            return True
        return zipf(stem) < COMMONEST and (
            not replacements
            or (zipf(word) >= ATTESTED and not any(is_typo_target(word, r) for r in replacements[:SUGGESTIONS_READ]))
        )

    @staticmethod
    def prefixed_word(word: str) -> str:
        """The word after a common prefix (``multiagency`` -> ``agency``), or ``""``."""
        found = _PREFIXED.match(word.lower())
        return found.group(1) if found else ""

    def _capitalized(self, word: str, start: int, end: int, replacements: tuple[str, ...]) -> Severity | None:
        first = replacements[0] if replacements else ""
        if self._in_foreign_name(start, end):
            return None  # a word of a name in another language: "the Ordre du Mérite", "Banco de la Nación"
        if word_counts(self.doc)[word] >= 2:
            return None  # spelt so more than once (or in the headline, byline or caption): a name ("Cota", not "Coat")
        if first and is_letter_swap(word, first) and not is_spelling_variant(word, first) and is_typo_target(word, first):
            return Severity.ERROR  # "Britian", not "Centres" (-tre/-ter is a variety's spelling) nor "Adwoa" ("Adowa")
        if not self._sentence_start(start, end):
            return Severity.ERROR if self._misspelt_in_running_text(word, start, end, first) else None
        if any(self._is_name_part(n, i == 0) for i, n in enumerate(self._capitalized_neighbours(start, end, " ;")) if n):
            return None  # next to a name: "Sean Savett", "Vassily Nebenzia", "Director Deese", a line-up's "Okafor; Doig"
        if first and self._knows(first.lower()) and is_typo_of(word, first) and not self._in_use_in_lowercase(word, replacements):
            return Severity.ERROR  # a common word misspelt at a sentence start: "Tjhe Board"; not "Convenings of"
        return None  # nothing common is near: a name ("Camerini, from blog ...")

    def _in_use_in_lowercase(self, word: str, replacements: tuple[str, ...]) -> bool:
        """Whether a capitalised word is, in lowercase, a word in use: the plural of a noun ("Convenings") or a
        word English usage vouches for, a closed compound among them ("Housebuilders", "House builders"); not in
        carelessly spelt text, where a closed compound is likelier a run-on ("Carusage")."""
        lower = word.lower()
        return self.typo_rate < CARELESS and (
            is_noun_plural(lower) or usage(lower, tuple(r.lower() for r in replacements)) == "word"
        )

    def _is_name_part(self, neighbour: str, before: bool) -> bool:
        """Whether a capitalised neighbour makes a word part of a name: a word the dictionary does not know
        ("Sean", "Nebenzia"), but no acronym ("Tjhe FEC"), or a title before it ("Director", "Ambassador": a noun
        for a person)."""
        unknown = not self._knows(neighbour.lower()) and not neighbour.isupper()
        return unknown or (before and in_class(neighbour.lower(), PERSON_NOUNS))

    def _misspelt_in_running_text(self, word: str, start: int, end: int, first: str) -> bool:
        """A capitalised word in mid-sentence is a name unless it is a common capitalised word one letter off,
        not in use itself and not next to another capitalised word ("Goverments", not "Alsu Kurmasheva").
        Typists seldom get a word's first letter wrong ("Zhina", "Imazon" are names), and a short word has
        too many neighbours for one letter to tell ("from Defne", "Buyo", "Gowd")."""
        return (
            first[:1].isupper() and " " not in first and edit_distance(word.lower(), first.lower()) == 1
            and len(word) >= MIN_TYPO_LENGTH and word[0].lower() == first[0].lower()
            and zipf(first) >= COMMON_WORD and zipf(word) < IN_USAGE and is_typo_of(word, first)
            and not any(self._capitalized_neighbours(start, end, between=" ,;:"))
        )

    def _sentence_start(self, start: int, end: int) -> bool:
        """Whether capitals say nothing at ``start``: a sentence start, or a headline or heading."""
        located = self.prose.locate(start, end)
        return (located is not None and located[0].kind in TITLE_KINDS) or sentence_initial(self.prose.text, start)

    def _is_address(self, start: int, end: int) -> bool:
        """Part of a handle, hashtag, file name, address or code-like token, a bracketed label ("[es]"), or run
        together with inline code ("you`re ... you`ve" reads as code between two words)."""
        text = self.prose.text
        before = text[start - 1] if start > 0 else ""
        source_start, source_end = self.prose.source_span(start, end)
        return "`" in self.doc.text[source_start:source_end] or before in _ADDRESS_BEFORE or (before == "[" and text[end : end + 1] == "]") or bool(_ADDRESS_AFTER.match(text, end))

    def in_foreign_passage(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.foreign)
