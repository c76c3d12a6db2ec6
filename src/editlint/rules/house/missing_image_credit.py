"""house/missing-image-credit: every image needs a visible credit line."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterator

import re2

from editlint.document.classify import looks_like_credit
from editlint.document.model import Block, BlockKind, Document, Image
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta
from editlint.lexicon import in_class, irregular_base, is_foreign_function_word, sense_in
from editlint.nlp.pipeline import TITLE_ABBREVIATIONS
from editlint.nlp.syntax import verb_lemma

# A credit is a named party (person, agency, organisation, platform account) introduced by a
# credit marker ("Photo:", "by", "courtesy of", "via", "Source:") or in the agency-slash form
# ("Jane Doe/AP"). The default patterns spell out those forms; all are case-insensitive.
# A desk's placeholder for a credit still to come names no one: "Photo: TK", "Credit: TBD", "n/a", "XXX".
_PLACEHOLDER = r"(?:(?-i:TK|TBD|TBC|TBA|XX+)|n/a|\?+)(?![\w/])"
_CAPTURE = r"(?:screen\s?(?:shot|grab|capture)|frame\s?grab|video\s?still)"  # a picture taken off a screen
_PICTURE = rf"(?:photo(?:graph(?:y)?)?|image|picture|pic|illustration|graphic|video|footage|map|chart|{_CAPTURE}|mug\s?shot|selfie|rendering|sketch|cartoon)s?"
# Where a credit starts: the caption's start, or after a sentence end, a bracket or a dash. A picture
# noun elsewhere ("in a photo from the scene") is part of a description, not a credit marker.
_LEAD = r"(?:^\W*|[(\[.;!?|:]\s*|\s[-–—]\s*)"
# Words before the picture noun in a credit: a source ("AP Photo", "Herald staff photo") or the
# kind of source; a determiner instead ("The photo", "A photo") makes it a description.
_SOURCE_KINDS = r"(?:staff|handout|submitted|supplied|contributed|provided|pool|courtesy)"
# Words for the picture's age say when it was taken, not who took it: "(File)", "File photo", "Archive picture"
# credit no one; with a source they are part of its credit ("Staff file photo", "(AP Photo/Jane Doe, File)").
_AGE_KINDS = r"(?:file|archive|archival)"
_KINDS = rf"(?:{_SOURCE_KINDS}|{_AGE_KINDS})"
_AGE_ALONE = rf"{_AGE_KINDS}(?:\s+{_PICTURE})?\W*$"
_PARTY = rf"(?!{_PLACEHOLDER}|{_AGE_ALONE})[\w@©(]"  # something named: at least one word character after the marker
# Capital letters of the Latin, Greek and Cyrillic scripts: names are not only ASCII ("Émilie Côté", "Łukasz Żak").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſΆ-ΫА-ЯЁЄІЇ"
_MODIFIERS = rf"(?:(?-i:(?!(?:A|An|The|This|That|These|Those|His|Her|Its|Our|Their|My|Your|One)\b)[{_UPPER}][\w.'’&-]*)\s+|{_KINDS}\s+){{0,3}}"
# A name: capitalised words (with the particles of names and organisations) up to the end of the
# credit. "Photo: Cast members rehearse ..." describes the picture: it names no one.
# (a name may open with a lower-case particle joined to it: "al-Rashid", "d'Ormesson")
_NAME_WORD = rf"(?!{_PLACEHOLDER}|{_AGE_ALONE})(?-i:(?:[a-z]{{1,3}}['’-])?[{_UPPER}][\w.'’&-]*|@[\w.]+)"
_NAME_PARTICLE = r"(?:of|the|for|and|de|del|della|di|da|do|dos|du|la|le|van|von|der|den|ter|ten|zu|y|al|el|bin|ibn|bint|wa|&|via|staff|contributors?|photographers?)"
# Where someone stands in the picture, in brackets after their name: "Ana Ruiz (centre)", "(second from left)", "(L-R)".
# It labels who is pictured, so the name before it is no credit. Words for positions are a closed class, so a list.
_POSITION = r"(?:\s*(?:left|right|centre|center|middle|front|back|top|bottom|far|second|third|fourth|from|row|foreground|background|above|below|seated|standing|l|r|l-r)\b[\s,]*)+"
# Abbreviations that stand before a name (AP's titles, and the saints and mountains places are named after): their
# full stop ends no sentence. A closed class of the style guide, so a list (with the pipeline's own).
_NAME_TITLES = (
    *TITLE_ABBREVIATIONS, "Adm.", "Dr.", "Ft.", "Gen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Mt.", "Prof.", "Rep.", "Rev.", "Sen.",
    "St.",
)
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{re.escape(title[:-1])})" for title in _NAME_TITLES)
# Where a name ends: the caption's end, a stop (not a title's full stop: "Photo: Dr. Ana Ruiz examines ..." is no
# credit of "Dr"), a bracket that does not place someone in the picture, or a dash.
_NAME_END = rf"\s*(?:$|[;:)\]|]|{_NOT_AFTER_TITLE}\.|\((?!{_POSITION}\))|\s[-–—]\s)"
_NAME = rf"(?:{_NAME_WORD}|{_SOURCE_KINDS}\b)(?:(?:\s+|\s*[/,|]\s*)(?:{_NAME_WORD}|{_NAME_PARTICLE}(?!\w)|{_KINDS}\b|\d+\b))*"
_NAME_PHRASE = rf"{_NAME}{_NAME_END}"
# Prepositions that make a picture noun their object, as a thing the caption speaks of: "Visitors look at photographs
# by Don McCullin", "a wall of photos taken by the pupils". Not "with" nor "and": "Story by Ana Lee, with photos by Jane
# Doe" and "Text and photos by Jane Doe" credit. A closed class, so a list.
_PICTURE_AS_OBJECT = ("at", "of", "in", "on", "to", "for", "from", "into", "onto", "over", "among", "about", "between", "through", "beside", "behind")
_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{word}\s)" for word in _PICTURE_AS_OBJECT)
# A party that is not a capitalised name: a short phrase that ends the credit ("from the family").
_SHORT_PARTY = rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_NAME_PHRASE}|[\w'’-]+{_NAME_END})"
# Verbs that say who took or supplied the picture. Verbs of making ("drawn", "made", "created")
# are left out: in captions they describe the thing pictured ("models made by students").
_TAKE_VERBS = r"(?:taken|shot|captured|recorded)"
# Verbs that can only mean making the picture: after a comma too they credit ("The oak, photographed by Lena Marsh"),
# where "taken", "shot" or "released by" may tell what befell the thing pictured ("The town, taken by rebels").
_PICTURING_VERBS = r"(?:photographed|filmed)"
_SUPPLY_VERBS = rf"(?:{_PICTURING_VERBS}|provided|submitted|supplied|contributed|posted|shared|sent|released|obtained)"
_BY_PARTY = rf"(?:\s+[\w'’]+){{0,3}}?\s+by\s*:?\s*{_PARTY}"
# Credit words that stand alone: the party is implied by the convention ("Supplied", "Photo provided", "Police handout").
_IMPLIED_PARTY = r"(?:provided|submitted|supplied|contributed|handout)"
# Social-media platforms are names, not a class of English words: a platform before a picture noun
# ("Facebook photo", "X video") says where the picture came from.
_PLATFORMS = r"(?:Facebook|Instagram|Twitter|X|TikTok|YouTube|Telegram|Snapchat|Threads|Bluesky|Reddit|LinkedIn|WhatsApp|Weibo|WeChat|Vimeo|Mastodon|Nextdoor|Flickr)"
_HOLDING = r"(?:page|account|feed|channel|profile|album|archives?|collection)"  # where a picture is kept
_AGENCIES = r"(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|Shutterstock|Alamy|Bloomberg|NurPhoto|Sipa|Xinhua|Anadolu|Kyodo|Yonhap|dpa|Pool|Associated Press|Agence France-Presse)"
# A name standing as the credit with no credit word, in the group "name": after a slash, a bar or a dash, in closing
# brackets, or after the caption's sentence. A place's name there says where the picture was taken, not who took
# it ("— Aswan, Egypt", "(Spain)"): these patterns credit only when their name is not a place nor a date (see
# _CreditPatterns).
_LONE_NAMES = (
    rf"{_LEAD}{_NAME_WORD}(?:\s+{_NAME_WORD})*\s*[/|]\s*(?P<name>{_NAME}){_NAME_END}",
    rf"(?-i:\b[{_UPPER}][\w.'’-]+(?:\s+[{_UPPER}][\w.'’-]+)+\s*/\s*(?P<name>(?:The\s+)?[{_UPPER}][\w&.'’-]+))",
    rf"(?:\s[/|]|\s[-–—])\s+(?P<name>{_NAME})\W*$",
    # "(Jane Doe)", "(Twitter)"; not a party label "(D)", "(R-Texas)", a one-letter list mark "(b)" nor an empty "(Photo)".
    rf"\((?!\s*(?-i:[DRI])\s*[-–])(?!\s*(?-i:[A-WYZa-z])\s*\))(?!\s*{_PICTURE}\s*\))\s*(?P<name>{_NAME})\s*\)\W*$",
    # A name alone after the caption's sentence: "Crowds at the gate. Jane Doe, The Herald"; not a name after a
    # title's abbreviation, which the caption's sentence ends with: "The mayor with Dr. Ana Ruiz."
    rf"(?:[!?]|{_NOT_AFTER_TITLE}\.)[\"”’)]*\s+(?P<name>{_NAME_WORD}(?:(?:\s+|\s*[/,|]\s*)(?:{_NAME_WORD}|{_NAME_PARTICLE}(?!\w)))+)\W*$",
)
# A name after a picture noun and a colon: "Photo: Jane Doe". A name there that is only places or a date shows what
# or when: "Photo: Suva, Fiji", "Image: March 2026" (see _CreditPatterns).
# Who a photographer worked for, after the name, in a short phrase that ends the credit: "Photo: Jane Doe for this
# publication", "... for the paper" (a capitalised outlet, "for The Herald", is part of the name).
_COMMISSION = r"(?P<commission>\s+for\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)?"
_MARKED_NAME = rf"{_LEAD}{_MODIFIERS}(?:{_PICTURE}|art(?:work)?|still)\s*[:/]\s*(?P<name>{_NAME}){_COMMISSION}{_NAME_END}"
# What a screen capture was taken from, after its marker and a colon: "Screenshot: Lille police livestream" (see
# _CreditPatterns); the articles, pronouns and prepositions of a description ("Screenshot: Crowds at the gate") are
# closed classes, so a list.
_FUNCTION_WORD = r"(?:a|an|the|this|that|these|those|his|her|its|our|their|my|your|of|at|in|on|by|to|for|from|with|near|over|under|outside|inside|into|onto|after|before|during|as|and|or|while)"
_CAPTURED_FROM = rf"{_LEAD}{_CAPTURE}s?\s*:\s*(?P<name>(?:(?!{_FUNCTION_WORD}\s)[\w'’&.-]+\s+){{0,3}}[\w'’&-]+)\W*$"
# A caption that says in a sentence who made the picture: a name, the subject of a past tense verb, "Our photographer
# Yusuf Demir captured the barrier going up", "Lena Marsh photographed the heron at dawn" (see _names_its_maker).
_MAKER_SENTENCE = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+(?P<verb>(?-i:[a-z]+))\b"
# A label for the kind of picture and a name after it: "Data visualisation: Copernicus Atmosphere Monitoring Service",
# "Diagram: Jane Doe" (see _labels_its_maker).
_LABELLED_NAME = rf"(?={_LEAD}(?:[\w'’-]+\s+){{0,2}}(?P<label>[\w'’-]+)\s*:\s*(?P<name>{_NAME}){_NAME_END})"
_LAST_WORD = re.compile(r"([\w-]+)\W*$")
# How a noun of making ends, and how its verb does: "visualisation" -> "visualise", "animation" -> "animate".
_NOMINAL_ENDINGS = (("isation", "ise"), ("ization", "ize"), ("ation", "ate"), ("ation", "e"), ("ion", ""), ("ing", ""))
DEFAULT_CREDIT_PATTERNS = (
    _MARKED_NAME,
    _CAPTURED_FROM,
    _MAKER_SENTENCE,
    _LABELLED_NAME,
    # "Chart: NOAA data", "Map: Census Bureau figures": the data's source (an acronym or a name of two words or more)
    rf"{_LEAD}{_MODIFIERS}{_PICTURE}\s*[:/]\s*(?:(?-i:[A-Z][A-Z&.]+)|{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_NAME_PARTICLE}(?!\w)))+)\s+(?:data|figures|statistics)\b",
    rf"{_LEAD}{_MODIFIERS}{_PICTURE}\s+(?:from|via)\s+{_SHORT_PARTY}",
    rf"{_LEAD}via\s+(?:the\s+)?{_NAME}(?:\s+on\s+{_NAME_WORD})?{_NAME_END}",
    rf"{_LEAD}from\s+(?:the\s+)?{_NAME_PHRASE}",
    *_LONE_NAMES,
    rf"{_NOT_AFTER_PREPOSITION}\b{_PICTURE}\s+(?:credit\s+)?by\b\s*:?\s*{_PARTY}",
    rf"\b{_PICTURE}\s+(?:credit|courtesy|source)s?\b\s*(?:of\b)?\s*[:,]?\s*(?!of\b){_PARTY}",  # not "Image courtesy of" alone
    rf"\bcredits?(?:\s*(?::|\.\.\.|…)|\s+[-–—])\s*{_PARTY}",
    rf"\bsources?\s*:\s*{_PARTY}",
    rf"[\U0001F4F7\U0001F4F8\U0001F3A5]\ufe0f?\s*:?\s*{_PARTY}",  # a camera sign as the marker: "📷: Jane Doe"
    rf"\bcourtesy\b\s*(?:of\b|:)?\s*(?:(?:the|a|an|our)\s+\w|(?-i:[{_UPPER}])|@\w)",
    rf"\b{_SOURCE_KINDS}\s+(?:{_KINDS}\s+)?{_PICTURE}\b",
    rf"{_LEAD}(?:{_NAME_WORD}\s+){{0,3}}handout\b",
    rf"{_LEAD}(?:{_PICTURE}\s+)?{_IMPLIED_PARTY}{_NAME_END}",
    rf"{_LEAD}(?:{_SUPPLY_VERBS}|{_TAKE_VERBS}){_BY_PARTY}",
    rf",\s*{_PICTURING_VERBS}(?:\s+[\w'’]+){{0,3}}?\s+by\s+(?:the\s+)?{_NAME_WORD}",
    # a rights line with its holder: "Reproduced by kind permission of the Trust", "Used with permission from the family"
    rf"\b(?:reproduced|used|reprinted|published)\s+(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)\s+{_PARTY}",
    rf"\b(?:photographer|videographer|illustrator|artist)s?\s*:\s*{_PARTY}",
    rf"(?-i:\b{_PLATFORMS})\s+(?:{_PICTURE}|posts?|story|stories|live\s?stream)\b",
    rf"{_NOT_AFTER_PREPOSITION}\b{_PICTURE}(?:\s+\w+)?\s+(?:{_TAKE_VERBS}|{_SUPPLY_VERBS}|\w+ed){_BY_PARTY}",
    rf"\b{_PICTURE}\s+via\s+{_PARTY}",
    rf"\b{_PICTURE}(?:\s+\w+)?\s+(?:posted|shared|published|circulated)\s+(?:\w+\s+)?(?:on|to)\s+(?-i:[{_UPPER}])",
    r"(?<![\w.])@\w",
    # "from the fire department's page", "from the Hartley family collection", "from the collection of the museum":
    # a holding credits with its owner named; without one ("from the newly digitized archive") only where it
    # stands as the credit ("From a private collection"), not inside the description ("a print from the archive showing").
    rf"\b(?:from|via)\s+(?:\S+\s+){{0,5}}?(?:(?-i:[{_UPPER}])\S*|\S+['’]s?|@\S+)\s+(?:\S+\s+){{0,5}}?{_HOLDING}\b",
    rf"\b(?:from|via)\s+(?:the|a|an|this|that)\s+{_HOLDING}\s+of\s+{_PARTY}",
    rf"{_LEAD}(?:from|via)\s+(?:the|a|an|our|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}{_HOLDING}\W*$",
    rf"\w/{_AGENCIES}\b",
    rf"\b{_AGENCIES}\s*/\s*\w",
    rf"\bvia\s+{_AGENCIES}\b",
    rf"{_LEAD}(?:the\s+)?{_AGENCIES}{_NAME_END}",
    rf"{_LEAD}{_NAME_WORD}(?:\s+{_NAME_WORD})+,?\s+(?:for|special\s+to)\s+(?:the\s+)?{_NAME_PHRASE}",
    r",\s*(?:staff|freelance|contributing)\s+photographer\b",
    r"\b(?:Getty Images|Shutterstock|iStock(?:photo)?|Alamy|Unsplash|Pexels|Pixabay|Wikimedia Commons|Flickr)\b",
    r"\b(?:creative\s+commons|cc[- ]?(?:by|0|licen[cs]ed)|public\s+domain)\b",
    r"©\s*\w|\(c\)\s+\w|\bcopyright\b",
)
# Words before a picture noun that close a credit: "NCDOT photo", "U.S. Navy photo", "Family photo", "Herald photo".
# (A lookahead, so that every start is tried: "Crowds wait. Family photo" starts after the first sentence.)
_NAMED_PICTURE = re.compile(rf"(?={_LEAD}((?:[\w.'’&@-]+\s+){{1,4}}?)(?:{_KINDS}\s+)?{_PICTURE}{_NAME_END})", re.IGNORECASE)
# A source, a colon and a name closing the caption, the credit of some broadcasters: "(ABC News: Dan Peled)".
_SOURCE_COLON_NAME = re.compile(rf"(?={_LEAD}((?:(?:{_NAME_WORD}|{_NAME_PARTICLE})\s+){{0,3}}{_NAME_WORD})\s*:\s*{_NAME}\W*$)", re.IGNORECASE)
_SHORT_ACRONYM = re.compile(r"[A-Z]{2,5}")
_ORGANISATION_NOUNS = ("noun.group", "noun.communication")  # "Police", "Agency", "News", "Radio"
_ACRONYM = re.compile(rf"(?:[A-Z]\.?){{2,}}|[A-Z][A-Z&]+|[\w-]+['’]s|{_PLATFORMS}")
_KIND = re.compile(_KINDS, re.IGNORECASE)
_PICTURE_NOUN = re.compile(_PICTURE, re.IGNORECASE)
_AGE_KIND = re.compile(_AGE_KINDS, re.IGNORECASE)
# Nouns for who supplies a picture (people, groups, publications and records: "Yearbook photo" names its source
# too), and the other classes of the lexicon: a word known there only otherwise ("Undated", "Drone") describes it.
_SOURCE_NOUNS = ("noun.person", "noun.group", "noun.communication")
_OTHER_CLASSES = ("adj.all", "adj.ppl", "noun.person", "noun.group", "noun.communication", "noun.cognition", "frame.object", "frame.no-object")
_WORDS = re.compile(r"[\w'’-]+")
_NAME_PARTS = re.compile(r"\s*[,/|]\s*")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
PLACE_NAMES = "name.location"  # the lexicon's class of the names of places (WordNet's instances of a location)
# A name after a preposition that places things (a closed class, so a list).
_LOCATIVE_NAME = re.compile(rf"\b(?i:in|near|outside|around|across|throughout)\s+([{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*)*)")
_BARE_NAME = re.compile(rf"{_NAME_WORD}(?:(?:\s+|\s*,\s*)(?:{_NAME_WORD}|{_NAME_PARTICLE}(?!\w)))+")
# Front matter keys are words joined by "_" or "-" ("hero_image", "og-image", "cover"). A key holds a shown
# picture when one of its words names a picture (or the slot a theme shows one in) and its value is an image
# address; a key credits it when one of its words names a credit.
_KEY_WORD = re.compile(r"[a-z]+")
_PICTURE_KEY_WORDS = frozenset({"image", "images", "img", "photo", "photos", "picture", "pic", "thumbnail", "thumb", "banner", "cover", "hero"})
_CREDIT_KEY_WORDS = frozenset({"credit", "credits", "photographer", "copyright", "attribution", "source", "courtesy", "byline", "by"})
_STORY_CREDIT_KEY_WORDS = frozenset({"byline", "by"})  # at the top level, the story's author; in a picture's table, its own
_CAPTION_KEY_WORDS = frozenset({"caption"})
_NESTED_CAPTION_KEY_WORDS = frozenset({"caption", "title", "description"})  # of a picture's own table, not the article's
_IMAGE_ADDRESS = re.compile(r"^(?:https?://|/|\.{0,2}/)?[^\s]+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|heic|bmp)(?:[?#]\S*)?$|^https?://\S+$", re.IGNORECASE)
_CAPTION_KINDS = (BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.QUOTE, BlockKind.TABLE_CELL)
LOOKAHEAD_BLOCKS = 2
# In plain text, a line that starts "Photo:", "Image:" or "Caption:" stands for a picture with its caption.
PICTURE_LINE = re.compile(r"^\W*(?:(?:photo|image|picture)\s+)?(?:photo(?:graph)?|image|picture|caption)s?(?:\s*:|\s+[–—-]\s)", re.IGNORECASE)
# So does one that opens with another label of a picture: a label whose last word is a kind of picture in WordNet
# ("Photograph:", "Video still:", "Diagram:"), in the plural after "in" ("In pictures:"), or its verb's participle
# ("Pictured:").
_LABEL = re.compile(r"^\W*(?P<in>in\s+)?(?:[\w'’-]+\s+){0,2}(?P<head>[\w'’-]+)(?:\s*:|\s+[–—-]\s)", re.IGNORECASE)
PICTURE_KINDS = "noun.picture"  # the lexicon's class of the kinds of picture
# WordNet's first sense of "profile" is a face's outline, but news uses "Profile:" for a piece on someone's life.
_NOT_PICTURE_LABELS = frozenset({"profile", "profiles"})
# A line that closes with a credit marker and no one after it stands for a captioned picture too: "... Photo:",
# "... Image credit: —", "... Photo: [credit]" (a template's slot).
_EMPTY_CREDIT_CLOSING = re.compile(rf"\b(?:{_PICTURE}|credit)s?(?:\s+credits?|\s+by)?\s*:\s*(?:{_PLACEHOLDER}|\[[^\]]*\]|[-–—]+)?\W*$", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
# A wire story's dateline opening the block below a picture ("MOMBASA, Kenya (AP) — "): its agency wrote the
# story, it does not credit the picture.
_WIRE_DATELINE = re.compile(rf"^\W*[{_UPPER}][{_UPPER}\s.'’-]+(?:,[^()\n]{{1,40}})?\s*\([^()\n]{{1,40}}\)\s*[-–—]+\s*")
_FENCE = re.compile(r"^(?:---|\.\.\.|\+\+\+)[ \t]*$", re.MULTILINE)  # the line that closes front matter
_EMPHASIS_MARK = re.compile(r"(?m)(?:^|(?<=\s))[*_]+|[*_]+(?=\s|$)")
# A caption that speaks of several pictures: a plural picture noun or the position of each.
_ROW_CREDIT = re.compile(r"\b(?:photo(?:graph)?|image|picture|pic|illustration)s\b|\b(?:left|right|top|bottom|above|below|clockwise)\s*[:,(]", re.IGNORECASE)
MAX_CAPTION_WORDS = 60
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.case_sensitive = False
_RE2_OPTIONS.log_errors = False



@dataclass(frozen=True)
class _PatternsOption(Option):
    """A list of regular expressions, each compiled when the config is read."""

    def validate(self, value: Any) -> Any:
        patterns = super().validate(value)
        for pattern in patterns:
            if pattern in DEFAULT_CREDIT_PATTERNS:
                continue
            try:
                re2.compile(pattern, _RE2_OPTIONS)
            except re2.error as err:
                raise ValueError(
                    f"option {self.name!r}: {pattern!r} is not an RE2 regular expression (no look-around or back-references: {err})"
                ) from None
        return patterns


META = RuleMeta(
    id="house/missing-image-credit",
    summary="An image has no credit in its caption, title or the line below it.",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Looks for a credit for every Markdown image (inline or reference-style, in a blockquote or a list
too), HTML `<img>` (and its `<figcaption>`), front matter picture (a key such as `image`, `cover`,
`hero_image`, `og_image` or `thumbnail` whose value is an image address, in YAML or TOML front
matter), and, in plain text, every line that starts "Photo:", "Image:" or "Caption:" or with another label whose last
word is a kind of picture in WordNet ("Photograph:", "Video still:", "Diagram:", "Pictured:", "In pictures:"; the
article's opening line only with the picture noun alone, as a headline may open "In pictures:"), or closes with an
empty credit ("... Photo: [credit]", "... Image credit: —"): it stands for a picture and its caption.
The credit may be in the image title, in the caption under the image (a paragraph, an italic line,
a blockquote, a table cell below or beside it), or in a line within the next two non-empty lines (a
caption on the line right under the picture is the first of them; a heading, another image or a
paragraph of more than 60 words ends the search; in plain text, the line below). A
caption under a row of pictures that speaks of them all ("Photos: ...", "Left: ...; right: ...")
credits each. Alt text and file names do not count: readers do not see them. A finding covers the
picture and its caption (the caption in its own block, an HTML `<figcaption>` under it, or a caption
block right under it), where the credit is missing.

A credit names a party (a person, agency, organisation or platform account) after a credit
marker ("Photo:", "by", "courtesy of", "via", "Source:", "provided by", "Photographer:") or in the
agency-slash form ("Jane Doe/AP"), or before the picture noun at the end of the caption ("NCDOT
photo", "U.S. Navy photo", "Family photo": an acronym, a name, or a noun for people or groups in
WordNet). A picture noun inside the description ("in a photo taken from a helicopter", "Undated
photo") is no marker, and "Photo:" followed by a description names no one. A name that stands alone
as the credit (after a dash, a slash or a bar, in closing brackets, after the caption's sentence, or as
the whole title) credits no one when its last part is a place's name in WordNet, or a name the article's
text puts after a preposition of place ("in", "near", "outside", "around", "across", "throughout"):
"— Aswan, Egypt" says where the picture was taken; after "Photo:", a name made only of places ("Photo: Valletta, Malta") or a
date names no one either.

## Constructions
| flagged | not flagged |
|---|---|
| no caption, or one that only describes the picture (also for a picture set in a blockquote) | "Photo: Jane Doe/AP", "(AP Photo/Jane Doe)", "Reuters/Jane Doe", "Jane Doe for The Herald", "Photo: Jane Doe for this publication", "Photo: Jane Doe (AP)" |
| an empty credit: "Photo:", "Credit:", "Photo by:", "Image courtesy of", "Used with permission", or a placeholder: "Photo: TK", "Credit: TBD", "n/a"; "The lock, taken by the army in 1944, ..." | "Photo by Jane Doe", "Text and photos by Jane Doe", "Story by Ana Lee, with photos by Jane Doe", "Taken by Jane Doe", "..., photographed by Jane Doe", "Reproduced by permission of the Trust", "Photographer: Jane Doe", "... on Monday. Jane Doe, The Herald" |
| "Photo: Cast members rehearse on Monday." (a description), "Pictured: Jane Doe", "Head Keeper: Jane Doe" (a label, not an organisation, before the colon), "Photo: Ana Ruiz (centre) with colleagues" (a name with its place in the picture is who is pictured) | "Courtesy of the city", "(Provided by the state)", "Submitted photo", "Supplied", "Police handout", "Chart: NOAA data", "Map: Census Bureau figures" |
| "in a photo from the scene", "A photo of the mayor", "Visitors look at photographs by Ida Berg", "a wall of photos taken by pupils" (a picture noun after a preposition is a thing the caption speaks of), "Undated photo", a word for its age alone ("(File)", "File photo", "Archive picture"), "a print from the archive showing ...", "..., from the newly digitized archive", a date closing it ("— March 2026", "(Feb. 14, 2026)", "| Autumn 2025": WordNet's words for times), "Photo illustration", a name after a title's abbreviation ("... with Dr. Ana Ruiz.", "... outside St. Mary's Church."), a description opening with a titled name ("Photo: Dr. Ana Ruiz examines a patient": a title's full stop ends no name), a street named "Via" ("Via Garibaldi on market day") | "(ABC News: Jane Doe)", "NCDOT photo", "Herald photo", "Family photo", "Staff file photo", "(AP Photo/Jane Doe, File)", "Facebook video", "📷: Jane Doe" |
| a credit only in alt text or the file name, or the agency of the story's dateline below ("MOMBASA, Kenya (AP) —") | "From the Facebook page of X", "via Twitter user @x", "Source: Instagram/@x", "Security camera image via police", "via the Interior Ministry on Telegram", "From the collection of the museum", "from the Hartley family collection", "(From the archives)", "From a private collection" |
| a place closing the caption, or only places or a date after "Photo:" ("Photo: Valletta, Malta", "Image: October 2025"): "— Aswan, Egypt", ". Valletta, Malta", "(Tasmania)", "| Hebden Bridge, West Yorkshire", a title "Valletta, Malta" | "— Jane Doe, The Washington Post", "(Kyiv Independent)", "| Lee Park/Reuters", "Photo: Jane Doe, Athens" |
| a name the article puts after a preposition of place, which WordNet lacks: "— Hoi An" under a picture of a story that reports floods "in Hoi An" | a name after "in" that opens with an article, a publication's: "— Der Spiegel" where the story cites "a report in Der Spiegel" |
| a credit three or more lines below (a caption on the line right under the picture is the first: picture, caption, a paragraph, then "Photo: ..."), or under another image | "CC BY-SA 4.0, via Wikimedia Commons", "Public domain", "© 2024 Jane Doe" |
| a front matter picture with no credit field and no credited caption (an empty or placeholder credit field, or only the story's `byline`, credits nothing) | a credit in the title (or a title that is only a name), one blank line below, a blockquote caption, a front matter `*credit*`, `photographer` or `image_author` field |
| two pictures under one singular credit: the first | "Photos: Jane Doe/AP" under a row of pictures |
| a name doing a verb of creation without a maker's role before it: "Architect Ana Ruiz designed the hall", "Councillor Ana Ruiz opened the gates", "Troops captured the lock" | a caption naming who made the picture in a sentence: a name doing a verb made of a kind of picture ("Lena Marsh photographed the heron", "... sketched ...") or, after a maker's role made of one ("photographer"), a verb of creation in WordNet ("Our photographer Yusuf Demir captured the barrier going up") |
| a description after a label for making a picture ("Data visualisation: Ice cover since 1990."), or a name after a label that is no such thing ("Shift supervisor: Ola Berg") | a name after a label that is a kind of picture or the making of one, a noun of a verb of creation in WordNet: "Data visualisation: Copernicus Atmosphere Monitoring Service", "Reconstruction: Wessex Archaeology Trust", "Diagram: Scottish Water" |
| in plain text, a line under another picture label that describes: "Photograph: Crews work through the night", "Video still: The crane topples", "Pictured: The damaged gym", "In pictures: Pickets at the gates" | "Photograph: Jane Doe/AP", "Update: ...", "In numbers: ...", "Background: ..." (a label that is no kind of picture), a headline "In pictures: The year in sport" |
| "Photo: Crowds & banners" (a description) | "Photo: Jane Doe/Brighton & Hove Albion FC" (an ampersand joins the words of a name, whose first part may be a place's) |
| "Screenshot: Volunteers applaud", "Screenshot: Divers at the harbour wall" (a description after a screen capture's marker) | "Screenshot: Lille police livestream", "Screen grab: parliament TV", "Frame grab: RÚV broadcast" (the screen it was taken from: an acronym, or a medium after its owner) |

## Why
Publishing a photo without its credit breaks the licence of most agency and freelance
images and the newsroom's own policy.

## Example
```
![Protesters outside parliament](protest.jpg)
```

## Use instead
```
![Protesters outside parliament](protest.jpg)
*Protesters gathered on Monday. Photo: Jane Doe/AP*
```
The accepted credit wordings are the option `credit-patterns` (regular expressions); the
"<source> photo" form is checked besides them, against WordNet's classes, and the patterns of a lone
name or of "Photo: <name>" credit only when the name is not a place or a date; those of a caption's
sentence naming its maker and of a name after a label for making a picture, only when WordNet's classes say so.
""",
    bad=(
        "# Storm\n\n![Flooded street](flood.jpg)\n\nThe storm hit at dawn.\n",
        "# Storm\n\n![Flooded street](flood.jpg)\n*Photo:*\n",
        '# Storm\n\n<img src="flood.jpg" alt="Photo by the author">\n\nText.\n',
        "---\ntitle: Storm\nimage: flood.jpg\n---\nThe storm hit at dawn.\n",
        "# Storm\n\n![Flooded street](flood.jpg)\n*Photo: Residents wade through the flooded market.*\n",
    ),
    good=(
        "# Storm\n\n![Flooded street](flood.jpg)\n*A flooded street in the port. Photo: Jane Doe/AP*\n",
        "# Storm\n\n![Flooded street](flood.jpg)\n\nImage courtesy of the city council\n",
        '# Storm\n\n![Flooded street](flood.jpg "Photo by Jane Doe")\n',
        "---\ntitle: Storm\nimage: flood.jpg\nimage_credit: Jane Doe/Reuters\n---\nText.\n",
        "# Storm\n\n![Flooded street](flood.jpg)\n_From the Facebook page of the Riverside Fire Department_\n",
    ),
    options=(_PatternsOption("credit-patterns", DEFAULT_CREDIT_PATTERNS, "Regular expressions (case-insensitive) that count as a credit."),),
    skip_quotes=False,  # a picture set in a blockquote is shown to readers like any other
)


@lru_cache(maxsize=8)
def _credit_patterns(patterns: tuple[str, ...]) -> "_CreditPatterns":
    """The compiled patterns of a config, once per run rather than once per article."""
    return _CreditPatterns(patterns)


class _CreditPatterns:
    """The credit patterns of a run. The built-in ones (reviewed, with look-arounds) run on Python's ``re``;
    patterns a config adds run on RE2, in time linear in the caption, so none can hang a run."""

    def __init__(self, patterns: tuple[str, ...]):
        self._patterns = patterns

    @cached_property
    def _compiled(self) -> list:
        """Compiled when first needed: most articles have no picture to credit, and compiling costs a run ~0.1 s."""
        builtin = [p for p in self._patterns if p in DEFAULT_CREDIT_PATTERNS and p not in _JUDGED_NAMES]
        added = [p for p in self._patterns if p not in DEFAULT_CREDIT_PATTERNS]
        return [
            *([re.compile(_alternation(builtin), re.IGNORECASE)] if builtin else []),
            *([re2.compile(_alternation(added), _RE2_OPTIONS)] if added else []),
        ]

    @cached_property
    def _judged(self) -> list[tuple[re.Pattern, Callable[[re.Match | None, frozenset[str]], bool]]]:
        """The config's patterns whose name is looked at, each on its own, with the test of its name."""
        return [(re.compile(p, re.IGNORECASE), _JUDGED_NAMES[p]) for p in self._patterns if p in _JUDGED_NAMES]

    def search(self, text: str, places: frozenset[str]) -> bool:
        return (
            any(pattern.search(text) for pattern in self._compiled)
            or any(map(_names_a_source, _NAMED_PICTURE.finditer(text)))
            or any(map(_names_an_organisation, _SOURCE_COLON_NAME.finditer(text)))
            or any(test(match, places) for pattern, test in self._judged for match in pattern.finditer(text))
        )

    def match(self, text: str, places: frozenset[str]) -> bool:
        return (
            any(pattern.match(text) for pattern in self._compiled)
            or _names_a_source(_NAMED_PICTURE.match(text))
            or any(test(pattern.match(text), places) for pattern, test in self._judged)
        )


@dataclass(frozen=True)
class _Credits:
    """A run's credit patterns with the places an article names, which credit no one in its captions."""

    patterns: _CreditPatterns
    places: frozenset[str]

    def search(self, text: str) -> bool:
        return self.patterns.search(text, self.places)

    def match(self, text: str) -> bool:
        return self.patterns.match(text, self.places)


def _places_named(text: str) -> frozenset[str]:
    """The names an article's text puts after a preposition of place, which WordNet may not know as places:
    "flooding in Hoi An", "a village near Ban Chiang"; not a name someone owns ("in Ana Ruiz's photo")."""
    return frozenset(
        m.group(1) for m in _LOCATIVE_NAME.finditer(text)
        if text[m.end() : m.end() + 1] not in ("'", "’") and not _opens_with_article(m.group(1))
    )


def _opens_with_article(name: str) -> bool:
    """Whether a name opens with an article, as a publication's does ("in The Guardian", "in Der Spiegel"); the
    places that do ("Le Havre", "Los Angeles") WordNet knows."""
    first = name.split()[0]
    return first == "The" or is_foreign_function_word(first)


def _names_someone(match: re.Match | None, places: frozenset[str]) -> bool:
    """Whether a lone name names a party, not the place or the date of the picture."""
    return match is not None and not _is_place(match.group("name"), places) and not _is_date(match.group("name"))


def _marks_someone(match: re.Match | None, places: frozenset[str]) -> bool:
    """Whether the name after "Photo:" names a party; before whom they worked for, a whole name of two words or more
    ("Jane Doe for this publication", not "Crowds for the parade")."""
    if match is None or match.group("commission") and len(match.group("name").split()) < 2:
        return False
    return _names_a_party(match.group("name"), places)


def _names_a_party(name: str, places: frozenset[str]) -> bool:
    """Whether a name after a label names a party: not only places ("Suva, Fiji") nor a date."""
    return not _only_places(name, places) and not _is_date(name)


def _names_a_medium(match: re.Match | None, places: frozenset[str]) -> bool:
    """Whether what follows "Screenshot:" names the screen it was taken from: a few words ending in an acronym
    ("parliament TV", "Metro Transit CCTV"), or in a medium (a noun for a communication, or a word the lexicon
    lacks) after its owner (a noun for a group, an acronym or a name: "Lille police livestream", "RTÉ broadcast",
    "Sky News video"); not a place ("Screenshot: Hoi An") nor a description ("Screenshot: Crowds cheer")."""
    if match is None or _only_places(match.group("name"), places):
        return False
    *before, last = match.group("name").split()
    if _is_acronym(last):
        return True
    medium = in_class(last.lower(), "noun.communication") or not any(sense_in(last.lower(), lexname) for lexname in _OTHER_CLASSES)
    owned = any(_is_acronym(w) or in_class(w.lower(), "noun.group") for w in before) or any(w[:1].isupper() for w in before[1:])
    return medium and owned


def _is_acronym(word: str) -> bool:
    """A word in capitals: "TV", "CCTV", "RTÉ"."""
    return len(word) > 1 and word.isupper()


def _is_date(name: str) -> bool:
    """Whether a name is all numbers and words for times: "— March 2026", "(Jan. 5, 2026)", "| Summer 2025"."""
    return all(word.isdigit() or in_class(word.lower(), "noun.time") for word in _WORDS.findall(name))


def _is_place(name: str, places: frozenset[str]) -> bool:
    """Whether a name's last part (its head, as in "Jane Doe, The Herald") is a place's name in WordNet or one of
    the article's ``places``: "Aswan, Egypt", "Hebden Bridge, West Yorkshire", "Istanbul"; not "Lee Park" nor
    "The Washington Post"."""
    return _names_a_place(_NAME_PARTS.split(name.strip())[-1], places)


def _only_places(name: str, places: frozenset[str]) -> bool:
    """Whether every part of a name is a place's name: "Suva, Fiji"; not "Jane Doe, Berlin"."""
    return all(_names_a_place(part, places) for part in _NAME_PARTS.split(name.strip()))


def _names_a_place(part: str, places: frozenset[str]) -> bool:
    name = _LEADING_THE.sub("", part.strip(" .’'"))
    return name in places or sense_in(name.lower(), PLACE_NAMES) is not None


def _names_an_organisation(match: re.Match) -> bool:
    """Whether the words before the colon of "ABC News: Dan Peled" name an organisation: an acronym ("AAP") or a
    name whose last word is a noun for a group or a medium ("Queensland Police", "ABC News"); "Pictured", "From
    Left" or "Team Captain" label what is pictured."""
    last = match.group(1).split()[-1]
    return bool(_SHORT_ACRONYM.fullmatch(last)) or any(in_class(last.lower(), lexname) for lexname in _ORGANISATION_NOUNS)


def _names_a_source(match: re.Match | None) -> bool:
    """Whether the words before a closing picture noun name its source: a proper name of two or more words,
    an acronym, a possessive or a platform, or a noun for people or groups ("Family photo", "Police photo").
    A word for the picture's kind or age ("Undated photo", "Aerial photo", "Photo illustration") names no one."""
    if match is None:
        return False
    words = [w for w in match.group(1).split() if not (_AGE_KIND.fullmatch(w) or _PICTURE_NOUN.fullmatch(w))]
    if not words or not all(w[0].isupper() or w[0] == "@" or _KIND.fullmatch(w) for w in words):
        return False  # a lower-case word: part of a description ("in this undated photo")
    if words[0].lower() in _PICTURE_AS_OBJECT:
        return False  # a preposition, capitalised as the line's first word: "In pictures", "From photos"
    if len(words) > 1 or _ACRONYM.fullmatch(words[0]) or words[0].startswith("@"):
        return True
    lemma = words[0].lower()
    if any(in_class(lemma, lexname) for lexname in _SOURCE_NOUNS):
        return True  # "Family photo", "Tribune photo", "Gazette photo"
    return not any(sense_in(lemma, lexname) for lexname in _OTHER_CLASSES)  # a name WordNet does not know: "Globe photo"


def _names_its_maker(match: re.Match | None, places: frozenset[str]) -> bool:
    """Whether a caption's sentence names who made the picture: a name (not a place) doing a verb made of a kind of
    picture ("photographed", "sketched", "videoed"), or a verb of creation in WordNet after a maker's role, an agent
    noun made of a kind of picture ("Our photographer Yusuf Demir captured"); not "Architect Ana Ruiz designed the
    hall" nor "Mayor Ana Ruiz opened the bridge"."""
    if match is None:
        return False
    verb = match.group("verb")
    base = verb_lemma(verb) if verb.endswith("ed") or irregular_base(verb) else None  # a past tense's base form
    if base is None or _is_place(match.group("name"), places):
        return False
    if in_class(base, PICTURE_KINDS):
        return True
    before = _LAST_WORD.search(match.string, 0, match.start())
    roles = [match.group("name").split()[0], *([before.group(1)] if before else [])]  # "Photographer Ana Ruiz", "our photographer Ana Ruiz"
    return in_class(base, "verb.creation") and any(_is_picture_maker(role.lower()) for role in roles)


def _labels_its_maker(match: re.Match | None, places: frozenset[str]) -> bool:
    """Whether a name after a label names who made the picture: the label is a kind of picture ("Diagram:") or the
    making of one, a noun of a verb of creation in WordNet ("Data visualisation:", "Animation:"), and the name is no
    place nor date; not "Pictured: Jane Doe" nor "Head Keeper: Jane Doe"."""
    if match is None:
        return False
    label = match.group("label").lower()
    made = in_class(label, PICTURE_KINDS) or any(
        in_class(label.removesuffix(ending) + verb_ending, "verb.creation", max_rank=2)
        for ending, verb_ending in _NOMINAL_ENDINGS if label.endswith(ending)
    )
    return made and _names_a_party(match.group("name"), places)


def _is_picture_maker(role: str) -> bool:
    """Whether a noun for a person is made of a kind of picture: "photographer"; not "architect"."""
    return in_class(role, "noun.person") and any(
        in_class(role[:end], PICTURE_KINDS) for end in range(4, len(role) - 1)
    )


_JUDGED_NAMES = {
    **dict.fromkeys(_LONE_NAMES, _names_someone), _MARKED_NAME: _marks_someone, _CAPTURED_FROM: _names_a_medium,
    _MAKER_SENTENCE: _names_its_maker, _LABELLED_NAME: _labels_its_maker,
}


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _caption_candidates(doc: Document, image: Image) -> Iterator[str]:
    """The image title, the text after it in its own block (and the other cells of its table row), any HTML
    under it, then the next blocks."""
    yield image.title
    own, below = _placement(doc, image)
    if own is not None:
        yield _caption_in_block(doc, own, image)
        yield from (cell.text for cell in _row_cells(doc, own))
    yield _html_under(doc, *_span_under(doc, image, own, below))
    for block in below[: LOOKAHEAD_BLOCKS - _has_caption_line(doc, own, image)]:
        if block is below[0] and looks_like_credit(block.text) and not _holds_image(doc, block):
            yield block.text  # a credit line right under the picture, whatever its markup (a small heading, a list item)
        if block.kind not in _CAPTION_KINDS or _holds_image(doc, block) or len(block.text.split()) > MAX_CAPTION_WORDS:
            return  # another image, a heading or a long body paragraph ends the caption
        yield _WIRE_DATELINE.sub("", block.text)


def _placement(doc: Document, image: Image) -> tuple[Block | None, list[Block]]:
    """The block that holds the picture (None for one outside every block) and the non-empty blocks below it."""
    own = next((b for b in doc.blocks if b.start <= image.start < b.end), None)
    return own, [b for b in doc.blocks if b.start >= image.end and b is not own and b.text.strip()]


def _has_caption_line(doc: Document, own: Block | None, image: Image) -> bool:
    """Whether the picture's own block has a caption on a line of its own under it ("![x](a.jpg)" then "*The
    barrier closed.*" with no blank line between): that caption is the first of the lines a credit may stand in."""
    if own is None:
        return False
    caption = [own.prose.offsets[i] for i in _caption_indexes(doc, own, image) if not own.text[i].isspace()]
    return bool(caption) and "\n" in doc.text[image.end : caption[0]]


def _row_cells(doc: Document, cell: Block) -> list[Block]:
    """The other cells of a table cell's row (a row's cells share its source span)."""
    if cell.kind is not BlockKind.TABLE_CELL:
        return []
    return [b for b in doc.blocks if b is not cell and b.kind is BlockKind.TABLE_CELL and (b.start, b.end) == (cell.start, cell.end)]


def _holds_image(doc: Document, block: Block) -> bool:
    return any(block.start <= image.start < block.end for image in doc.images)


def _caption_in_block(doc: Document, block: Block, image: Image) -> str:
    """Prose of ``block`` after ``image`` and before the next image in it."""
    return "".join(block.text[i] for i in _caption_indexes(doc, block, image))


def _caption_indexes(doc: Document, block: Block, image: Image) -> list[int]:
    """Indexes in ``block``'s prose of the characters after ``image`` and before the next image in it."""
    stop = min((i.start for i in doc.images if i.start >= image.end), default=block.end)
    return [i for i, at in enumerate(block.prose.offsets) if image.end <= at < stop]


def _caption_end(doc: Document, image: Image) -> int:
    """Where the picture's caption ends: after it in its own block, in the HTML under it ("</figcaption>"), or a
    caption block right under it; a finding covers the picture and its caption, the two a credit is missing from.
    The picture's own end without one."""
    own, below = _placement(doc, image)
    if own is not None:
        written = [i for i in _caption_indexes(doc, own, image) if not own.text[i].isspace()]
        if written:
            return own.prose.source_end(written[-1])
    html_end = _html_caption_end(doc, *_span_under(doc, image, own, below))
    if html_end is not None:
        return html_end
    under = below[0] if below else None
    if under is not None and under.kind in (BlockKind.CAPTION, BlockKind.CREDIT) and not _holds_image(doc, under):
        return under.prose.source_end(len(under.text.rstrip()) - 1)
    return image.end


def _span_under(doc: Document, image: Image, own: Block | None, below: list[Block]) -> tuple[int, int]:
    """The source between the picture (or its block) and the next prose block or picture: HTML that no block holds."""
    start = own.end if own is not None else image.end
    stop = min([below[0].start if below else len(doc.text)] + [i.start for i in doc.images if i.start >= image.end])
    return start, stop


def _html_under(doc: Document, start: int, stop: int) -> str:
    """Text between the image and the next prose block (a ``<figcaption>``, an HTML credit line, Markdown lines
    that an HTML block swallowed), tags and emphasis marks removed."""
    return _EMPHASIS_MARK.sub("", html.unescape(_TAG.sub(" ", doc.text[start:stop]))) if start < stop else ""


def _html_caption_end(doc: Document, start: int, stop: int) -> int | None:
    """Where the HTML caption under a picture ends: after its last words and the tag closing them
    ("</figcaption>"); None when the HTML there holds no words (only "</figure>")."""
    end, at = None, start
    for tag in [*_TAG.finditer(doc.text, start, stop), None]:
        gap = doc.text[at : tag.start() if tag else stop]
        if gap.strip():
            end = tag.end() if tag else at + len(gap.rstrip())
        at = tag.end() if tag else stop
    return end


def _uncredited_picture_lines(doc: Document, credit: _Credits) -> Iterator[Block]:
    """Plain text "Photo: ..." lines, or lines closing with an empty credit (a picture and its caption), with no
    credit in them or below them.

    A "Photo: ..." line below counts only if it starts with a credit ("Photo: Jane Doe/AP"); one
    that describes another picture credits that picture.
    """
    if doc.kind != "text":
        return
    lines = [b for b in doc.blocks if b.kind is not BlockKind.HEADLINE or _labels_a_picture(b.text, opening=True)]
    for line, below in zip(lines, [*lines[1:], None]):
        if not (_labels_a_picture(line.text) or _EMPTY_CREDIT_CLOSING.search(line.text)) or credit.search(line.text):
            continue
        if below is not None and len(below.text.split()) <= MAX_CAPTION_WORDS:
            if credit.match(below.text) if _labels_a_picture(below.text) else credit.search(below.text):
                continue
        yield line


def _labels_a_picture(text: str, opening: bool = False) -> bool:
    """Whether a plain text line opens with a picture's label. The article's opening line (its headline) only with a
    picture noun alone: "In pictures: ..." or "Pictured: ..." may head a story."""
    if PICTURE_LINE.match(text):
        return True
    label = _LABEL.match(text)
    if label is None:
        return False
    head = label.group("head").lower()
    if head in _NOT_PICTURE_LABELS:
        return False
    if label.group("in"):
        return not opening and head.endswith("s") and in_class(head[:-1], PICTURE_KINDS)  # "In pictures:", "In maps:"
    if head.endswith("ed"):
        return not opening and any(in_class(stem, PICTURE_KINDS) for stem in (head[:-1], head[:-2]))  # "Pictured:", "Photographed:"
    return in_class(head.removesuffix("s"), PICTURE_KINDS) or in_class(head, PICTURE_KINDS)


def _row_caption(doc: Document, image: Image) -> str:
    """The caption under a row of pictures (nothing but markup between them) when it speaks of them all
    ("Photos: Jane Doe/AP", "Left: Jane Doe; right: John Roe"): it credits the first pictures too."""
    last = image
    for later in doc.images:
        if later.start >= last.end and not _TAG.sub("", doc.text[last.end : later.start]).strip():
            last = later
    if last is image:
        return ""
    caption = " ".join(_caption_candidates(doc, last))
    return caption if _ROW_CREDIT.search(caption) else ""


def _credited(doc: Document, image: Image, credit: _Credits) -> bool:
    if _BARE_NAME.fullmatch(image.title.strip()) and not _is_place(image.title, credit.places):
        return True  # a title that is only a name ("Jane Doe") names who took the picture
    return any(credit.search(text) for text in _caption_candidates(doc, image)) or credit.search(_row_caption(doc, image))


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    credit = _Credits(_credit_patterns(ctx.option("credit-patterns")), _places_named(doc.text))
    for image in doc.images:
        if not _credited(doc, image, credit):
            yield Finding(image.start, _caption_end(doc, image), "Image has no credit: add a credit line under it (e.g. 'Photo: Jane Doe/AP').")
    for line in _uncredited_picture_lines(doc, credit):
        yield Finding(line.start, line.end, "Picture line has no credit: name the photographer or source (e.g. 'Photo: Jane Doe/AP').")
    yield from _front_matter_image(doc, credit)


def _front_matter_image(doc: Document, credit: _Credits) -> Iterator[Finding]:
    """A front matter picture needs a credit field, a caption with a credit, or its credited copy in the body."""
    pictures = [key for key, value in doc.front_matter.items() if _is_picture_key(key) and _image_sources(value)]
    if not pictures or any(_credits(key, value, credit) for key, value in doc.front_matter.items()):
        return
    credited_in_body = {image.src for image in doc.images if _credited(doc, image, credit)}
    top = [b for b in doc.blocks if b.text.strip() and b.kind not in (BlockKind.HEADLINE, BlockKind.HEADING)][:1]
    if any(credit.match(b.text) for b in top):
        return  # a credit line opening the body stands for the picture above it
    key = next((k for k in pictures if not set(_image_sources(doc.front_matter[k])) <= credited_in_body), None)
    if key is not None:  # one finding: one credit field serves every picture of the front matter
        yield Finding(*_entry_span(doc, key), f"Front matter '{key}' has no credit: add 'image_credit: Name/Agency'.")


def _entry_span(doc: Document, key: str) -> tuple[int, int]:
    """The source span of a front matter entry: its key, its value and any lines nested under it."""
    start = doc.front_matter_keys.get(key, (0, 0))[0]
    later = [s for k, (s, _) in doc.front_matter_keys.items() if s > start and k in doc.front_matter]
    fence = _FENCE.search(doc.text, start)
    end = min(later + ([fence.start()] if fence else []) + [len(doc.text)])
    return start, start + len(doc.text[start:end].rstrip())


def _key_words(key: str) -> set[str]:
    return set(_KEY_WORD.findall(key.lower()))


def _is_picture_key(key: str) -> bool:
    """A key for the article's picture; not its credit or caption, nor a portrait of a person named by the
    key ("author_image": the writer's avatar, shown with the byline, not as the article's picture)."""
    words = _key_words(key)
    if not words & _PICTURE_KEY_WORDS or words & (_CREDIT_KEY_WORDS | _NESTED_CAPTION_KEY_WORDS):
        return False
    return not any(in_class(word, "noun.person") for word in words - _PICTURE_KEY_WORDS)


def _image_sources(value: Any) -> list[str]:
    """The image addresses a front matter value holds: a string, a list of them, or a table with an address."""
    if isinstance(value, str):
        return [value] if _IMAGE_ADDRESS.match(value.strip()) else []
    if isinstance(value, list):
        return [src for item in value for src in _image_sources(item)]
    if isinstance(value, dict):
        return [src for key, item in value.items() if not _key_words(key) & _CREDIT_KEY_WORDS for src in _image_sources(item)]
    return []


def _credits(key: str, value: Any, credit: _Credits, nested: bool = False) -> bool:
    """A credit field with a name in it, or a caption field (at any depth) that reads as a credit."""
    if isinstance(value, dict):
        return any(_credits(k, v, credit, nested=True) for k, v in value.items())
    if isinstance(value, list):
        return any(_credits(key, v, credit, nested) for v in value)
    words, text = _key_words(key), str(value or "")
    if words & _STORY_CREDIT_KEY_WORDS == words & _CREDIT_KEY_WORDS and not (nested or words & _PICTURE_KEY_WORDS):
        words -= _STORY_CREDIT_KEY_WORDS  # the article's own byline ("byline: Ana Lee"), not its picture's
    if words & _CREDIT_KEY_WORDS or (words & _PICTURE_KEY_WORDS and not _is_picture_key(key) and not words & _NESTED_CAPTION_KEY_WORDS):
        # a credit field, or a picture's person ("image_author", "photo_artist"); not empty, nor a placeholder
        return bool(re.search(r"\w", text)) and not re.fullmatch(_PLACEHOLDER, text.strip(), re.IGNORECASE)
    return bool(words & (_NESTED_CAPTION_KEY_WORDS if nested else _CAPTION_KEY_WORDS)) and credit.search(text)
