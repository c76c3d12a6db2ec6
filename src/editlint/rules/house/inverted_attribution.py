"""house/inverted-attribution: "said Smith" where AP style wants "Smith said"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, FixAvailability, Option, RuleMeta
from editlint.lexicon import in_class
from editlint.nlp.syntax import (
    AUX_DEPS, NOUN_TAGS, PROPER_TAGS, SAYING_CLASSES, SUBJECT_PRONOUNS, VerbClass, disagrees, finding, is_people_noun,
    noun_lemma, parsed_blocks, replacement_fix, subject, verb_class, verb_forms, verb_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from editlint.document.model import Document
    from editlint.nlp.tokens import ParseView

META = RuleMeta(
    id="house/inverted-attribution",
    summary="Attribution with the verb before a named source (\"said Smith\", \"reports Reuters\").",
    severity=Severity.WARNING,
    rationale="""\
## What it does
Flags an attribution verb placed before a short source after a quotation or a clause:
*..., reports The Guardian*, *"...," said Smith*, *"What if ...?" asked a resident*. The verb is any
verb of saying or judging (WordNet's verb.communication and verb.cognition, main senses, plus the
`verbs` option), or any verb at all between a quoted utterance and a speaker who ends the sentence
(*"It's over," sighed Duarte*); the source is a name, a personal pronoun (*said she*), a noun for people
or groups (*said the union*), a text (*says the agency's report*) or, right after a direct quote or the
clause it reports, any short noun phrase (*said the museum*).

## Constructions
| flagged | not flagged |
|---|---|
| *"...," said Ortiz.* / *said Mayor Ana Ortiz* / *said coach Ines Araujo* | *"...," Ortiz said.* / *..., Reuters reports.* (source first) |
| *..., reports Reuters.* / *..., notes the Financial Times.* | *said Jane Smith, a spokeswoman for the city* (appositive) |
| *explains*, *argues*, *recalls*, *concluded*, *tweeted*, *asked*, *shouted* ... | *said the ministry's deputy director for health, Jane Smith* (long title) |
| *said a spokeswoman* / *said the union* / *says the agency's report* | *Smith told reporters* / *said goodbye* / *the sign warns hikers* |
| *said she*, *noted one economist*, *said one of the volunteers*, *..., forecasts the weather service* | *she said in an interview on Monday* |
| *said Sen. Ana Ortega (D-N.M.)*, *said Rep. Tom Fairley, R-Ind.*, *said Mayor Ana Diaz of Springfield* (a party, state or home town is part of the name), *said Lt.-Col. Anne Gagnon* (a rank hyphenated as Canadian Press writes it) | *said Ana Lee, a retired teacher*, *said Lena Vogt of the National Weather Service*; *says Sgt. (Rtd.) Joseph Mwangi* (the parser cut the source inside its brackets: where it ends is unknown) |
| *argued the minister in a speech on Monday*, *reported Reuters, citing a union official* (the verb's own phrases and participles after the source) | *The harvest was poor, said to be the worst in years.* |
| *"Would you?" replied Lindström, and the room laughed.*, *cried Ferraro as the verdict was read, before ...* (after a quote, a clause of its own after the source) | *She paused, thanked Ortiz, and the meeting ended.* (no quote before) |
| *said Adeyemi near the wall*, *said the clinic in a statement*, *said Ruiz Monday* (a circumstance after the source, wherever the parser hangs it: a preposition that ties no one to a body, or a message, time or event after *in*, *at*, *on*, *with*) | *said co-author Dr. Lena Marsh, a hydrologist* (a hyphenated title is part of the source) |
| *"We tried," said Ruiz, "but the money ran out."* (between two parts of a quote) | *as reported by Reuters* / *Did Smith say that?* / quoted text |
| *The verdict, noted the judge, was ...* (between commas inside the clause) | *said a lifeguard from the aquatics team at the lido* (long identification after the noun) |
| *tweeted Ronaldo hours after the defeat*, *said Mayor Tran moments before the vote*, *said Abernathy hours later* (a span of time after the source, however the parser hangs the name on it) | *writes the Financial Times in an editorial* is flagged too: a name is no span of time |
| *said Ostrova of her partner*, *said Wray of the bill*, *said Kerr at a town hall*, *asked Okonjo at Monday's meeting*, *said the agency's statement on Tuesday* (after a name, "of" with what was spoken of; another preposition with a thing, an occasion a time owns, or a time) | *said Erik Lindahl of the Army Corps of Engineers*, *said Yuki Nakagawa of the city's housing department*, *said Dr. Ana Lee at Mercy General Hospital* (a body or a name after the name) |
| *continues Ivanova, her voice dropping*, *said Bergstrom, eyes fixed on the ashes*, *shouted Lindqvist, megaphone in hand* (an absolute construction says how, not who) | *said Okonkwo, her voice coach*, *said Vogt, its spokeswoman* (an appositive that names someone) |
| *..., notes the Globe and Mail*, *..., says Procter & Gamble*, *..., reported Argus, as Chevron expanded operations* (after reported speech) | *She finished the speech, thanked Reuters, and left.* |
| *“...,” say residents of the border town*, *asked a spokesman for the parents' group* (after a common noun, articles and possessive endings identify no one: fewer than `long-title` other words are short) | *said a retired teacher from the valley*, *said a Democratic senator from the Northeast* (a modifier before the noun too: all its words count, as before) |
| *“...,” called Ferreira from inside the well*, *said Okafor from across the room* (after a name, a preposition before another places the speaker) | *said a marshal from across the border at the region's largest rescue service* (after a common noun, it may tell where the source comes from) |
| *..., says the proposal, drafted by the city's finance office*, *“...,” said the memo, leaked to a paper on Friday* (after a text or a work of the mind, a past participle tells how it came out) | *said Omar Haddad, hired last year to audit the contract* (after someone, it may identify them) |
| *“...,” said the caretaker, after the old oak fell on the chapel* (a clause after the source and a comma, which the parser may give the source to as its subject) | *The museum praised the curator, after the storm flooded the cellar.* |
| *..., say police*, *“...,” say the fishermen* (a plural verb), *“...,” points out Ngata*, *“...,” cuts in Moreau* (a phrasal verb, moved with its particle: WordNet's phrasal verbs of communication) | *Costs could rise to, say, $5 million.*, *The judge cut in, asking ...* |
| *"...," said Kowalczyk, and two colleagues later admitted as much* (a conjunction the parser hangs on the name joins nothing to it), *"...," recalled Dr. Moreau; "we were ..."*, *..., reports Reuters; the union has not confirmed* (a semicolon ends the clause as a full stop does) | *"...," Okafor said; the commission ...*, *said Okafor, a returning officer in the district; ...* |
| *The bank is weighing a rate rise, report local media*, *Prices rose in May, reports the statistics office* (a present joined to the clause before that cannot agree with its subject has its own after it; an irregular plural is read by its WordNet singular: *media*, *medium*) | *The shipyard cut 300 jobs and reports record orders*, *The firm reports strong sales, pays its staff well and ...* (one subject for both) |

## Policy: "said Smith"
editlint follows AP: the source goes first (*Smith said*), and the inversion is accepted only where a
long identification follows the name (an appositive: *said Jane Smith, a spokeswoman for the
ministry*; or, after a common noun, a phrase that makes the source `long-title` words or more besides
its articles and possessive endings, or, with a modifier before the noun, more than `long-title` words
in all: *said a representative of the state's project team*, *said a retired teacher from the valley*)
or precedes it (a title of `long-title` words or more). Newsrooms that accept *"...," said Smith* after a direct quotation
set `accept-after-quote = true`; an inversion after reported speech (*..., reports Reuters*) is still
flagged then.

## Why
AP style puts the source first (*Smith said*): it reads naturally and keeps the emphasis on who
is speaking.

## Example
```
The talks will resume on Monday, reports Reuters.
```

## Use instead
```
The talks will resume on Monday, Reuters reports.
```

## Fix safety
The fix swaps the verb and the source. It is unsafe: the rest of the sentence may need adjusting,
so it is only applied with `--unsafe-fixes`.
""",
    bad=(
        "The talks will resume on Monday, reports Reuters.",
        "“We will rebuild the school,” said Mayor Ortiz.",
        "Turnout was the lowest in decades, writes The Economist.",
        "“Is the water safe to drink?” asked a resident.",
    ),
    good=(
        "The talks will resume on Monday, Reuters reports.",
        "“We will rebuild the school,” said Ana Ortiz, a spokeswoman for the city.",
        "“We will rebuild the school,” the mayor said.",
        "“We will rebuild the school,” said the city's director of public works, Ana Ortiz.",
    ),
    fix_availability=FixAvailability.UNSAFE,
    needs=frozenset({"spacy"}),
    options=(
        Option(
            "verbs",
            ("write", "add", "continue", "observe", "tweet", "post"),
            "Attribution verbs checked for inversion besides WordNet's verbs of communication and cognition "
            "(in WordNet 3.0 these are other senses first, or too new).",
        ),
        Option("long-title", 5, "Words in a source's title and name from which the inversion is allowed."),
        Option(
            "accept-after-quote",
            False,
            "Accept the inversion right after a direct quotation (\"“...,” said Smith\"), as many newsrooms "
            "outside AP do; an inversion after reported speech (\"..., reports Reuters\") is still flagged.",
        ),
    ),
)

QUOTE_CLOSERS = frozenset({"”", "’", '"', "'", "''"})
PRECEDERS = QUOTE_CLOSERS | {","}
OPENING_QUOTES = frozenset({"“", "‘", '"', "'", "``"})
# How a quoted utterance ends before its attribution: "“We will rebuild,” said"; not a quoted title
# or word ("“Sorry” signals weakness").
QUOTE_ENDS = frozenset({",", "?", "!", "—", "…"})
# Words inside a short source: "the sheriff's office", "a league official", "Fire Chief Roberto Lugo".
NAME_DEPS = frozenset(
    {"det", "compound", "prep", "pobj", "punct", "poss", "case", "amod", "nmod", "nummod", "npadvmod"}
)  # "npadvmod": "the 19-year-old student"
# A party and state after a politician's name, which AP counts as part of the name: "Sen. Lee, D-Ore.", "(R-Ohio)".
PARTY_DESIGNATION = re.compile(r"\(?[A-Z]\s?-\s?[A-Z][A-Za-z.]*\)?")
# The verb's own phrases that may follow its source: "said Lee in a statement on Monday", "... as he left".
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})  # a semicolon ends a clause as a full stop does: "said Ruiz; “we ...”"
DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tomorrow".split()
)
# Prepositions that may tie a source to the body it speaks for ("a lawyer with the firm", "an aide to the mayor");
# any other tells where, when or how it spoke ("said Adeyemi outside the court", "said Brandt after the vote").
# Of them, "of", "from", "for" and "to" tie whatever follows; the others not a message, a time or an event.
AFFILIATING_PREPOSITIONS = frozenset({"of", "from", "for", "to", "at", "in", "on", "with", "within", "inside", "among", "under"})
ALWAYS_AFFILIATING = frozenset({"of", "from", "for", "to"})
CIRCUMSTANCE_CLASSES = ("noun.communication", "noun.time", "noun.event")
# What "of" after a name may introduce when it means "about": "said Ostrova of the rookie", "said Wray of the bill".
TEXT_CLASSES = ("noun.communication", "noun.cognition")  # a source made, not born: "the report", "the study"
SPOKEN_OF_CLASSES = ("noun.person", "noun.communication", "noun.cognition", "noun.attribute", "noun.time")
MAX_PLACE_WORDS = 3  # "of Las Cruces", "from Plaquemines Parish"
APPOSITIVE_STARTS = frozenset({"DT", "JJ", "JJS", "NN", "NNS", "PRP$", "CD", "WP"})
# Verbs of communication whose object is an addressee or a text, not the speaker: ", told Reuters",
# "“Welcome,” reads the sign" (the sign is not a source to move first).
NOT_ATTRIBUTING = ("tell", "read")
ANY_SENSE = 100  # a verb may report a clause in any of its senses: "adds that ..." is "add"'s second


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    verbs = _attribution_verbs(tuple(ctx.option("verbs")))
    reporting = verb_class(("frame.that-clause",), ANY_SENSE, tuple(ctx.option("verbs")))
    long_title = ctx.option("long-title")
    accept_after_quote = ctx.option("accept-after-quote")
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)):
        sdoc = pb.tokens
        for verb in sdoc:
            if verb.tag_ not in ("VBZ", "VBP", "VBD", "VBN") or verb.i == 0:
                continue
            if verb.lower_ not in verbs and not _speaks_after_quote(verb):
                continue
            if verb.tag_ == "VBN" and any(c.dep_ in AUX_DEPS for c in verb.children):
                continue  # a real participle: "..., has said Smith's lawyer"
            before = sdoc[verb.i - 1].text
            after_quote = _after_quote(verb)
            if before not in PRECEDERS or (after_quote and accept_after_quote):
                continue
            subj = _source_after(verb)
            if subj is None or not any(c.isalnum() for c in subj.text):
                continue  # a mark the tagger took for a name: "said **Ana Ruiz, ...**" in plain text
            if not _is_source(subj, after_quote or _inverted_subject(verb, subj)):
                continue
            if _titled(subj, verb, long_title):
                continue
            if not (after_quote or _reports_clause_before(verb, subj, verb.lower_ in reporting)):
                continue  # not reported speech before the comma: "She stood up, read the statement"
            if verb.tag_ == "VBN" and not _ends_sentence(subj):
                continue  # the tagger's participle only as "“...,” added Santos." with nothing after the name
            first, last = verb, sdoc[_source_end(subj) - 1]
            particle = _particle(verb)
            words = sdoc[first.i + (2 if particle else 1) : last.i + 1]
            if not all(t.i == subj.i or t.tag_ in PROPER_TAGS or t.dep_ in NAME_DEPS or _joins_names(t) for t in words):
                continue  # not a plain source: "said Smith's lawyer, who ..."
            if sum(t.text == "(" for t in words) != sum(t.text == ")" for t in words):
                continue  # the parser cut the source inside its brackets: "says Sgt. (Rtd.) Joseph Kipchumba"
            source = words.text + ("," if any(t.text == "," for t in words) else "")  # "Rep. Lee, R-Ohio, said"
            said = f"{verb.text} {particle.text}" if particle else verb.text
            message = f'Inverted attribution: write "{source} {said}" (AP style puts the source first)'
            fixes = replacement_fix(doc, pb, first, last, f"{source} {said}")
            found = finding(doc, pb, first, last, message, fixes)
            if found:
                yield found


def _speaks_after_quote(verb: Token) -> bool:
    """Any verb between a quoted utterance and a speaker who ends the sentence is one of speaking:
    "“It's over,” sighed Duarte.", "“Not now,” snapped the judge."."""
    if not _after_quote(verb):
        return False
    if verb.lower_ in verb_forms(NOT_ATTRIBUTING):
        return False
    source = _source_after(verb)
    speaker = source is not None and (source.tag_ in PROPER_TAGS or is_people_noun(source, max_rank=2))
    return speaker and _ends_sentence(source)


def _after_quote(verb: Token) -> bool:
    """Whether ``verb`` comes right after a quoted utterance: "“We will rebuild,” said"."""
    doc = verb.doc
    return verb.i > 1 and doc[verb.i - 1].text in QUOTE_CLOSERS and doc[verb.i - 2].text in QUOTE_ENDS


def _attribution_verbs(extra: tuple[str, ...]) -> VerbClass:
    return verb_class(SAYING_CLASSES, 1, extra, NOT_ATTRIBUTING)


def _is_source(head: Token, any_noun: bool) -> bool:
    """A name, a personal pronoun in the subject case ("said he"), a noun for people or groups, or a text ("the
    agency's report"); with ``any_noun`` any noun ("said the museum")."""
    if head.tag_ in PROPER_TAGS or (any_noun and head.tag_ in NOUN_TAGS) or head.lower_ in SUBJECT_PRONOUNS:
        return True
    if (head.dep_ == "nsubj" or any_noun and head.tag_ == "JJ") and head.text[:1].isupper() and head.i > head.sent.start:
        return True  # a capitalized subject inside the sentence is a name, whatever its tag: "argues Okonjo/JJ"
    part_of = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if head.tag_ in ("CD", "DT", "JJ", "JJS") and any(_is_source(o, any_noun) for o in part_of):
        return True  # a part of a source: "said one of the organizers", "said many of the residents"
    return is_people_noun(head, max_rank=2) or in_class(noun_lemma(head), "noun.communication")


def _inverted_subject(verb: Token, source: Token) -> bool:
    """Whether the source follows the verb, the clause it reports comes before it and nothing else is its
    subject: "..., forecasts the weather service" (then any noun is the source; the parser may call it an
    object)."""
    before = _deps_before(verb)
    return source.dep_ in ("nsubj", "dobj") and bool(before & {"ccomp", "parataxis"}) and "nsubj" not in before


def _deps_before(verb: Token) -> set[str]:
    """The relations of the verb's words before it, but for a passive participle the parser took for a clause
    ("The detour, played broadly by Ken Ostrowski, adds plot": a "by" agent and no auxiliary)."""
    return {c.dep_ for c in verb.children if c.i < verb.i and not _bare_passive(c)}


def _bare_passive(clause: Token) -> bool:
    return any(c.dep_ == "agent" for c in clause.children) and not any(c.dep_ in AUX_DEPS for c in clause.children)


def _reports_clause_before(verb: Token, source: Token, reports_clauses: bool) -> bool:
    """Whether the clause before the comma is what ``verb`` reports: its complement, or (as the parser
    often has it) a clause taken for a second subject, or one the verb is conjoined to or (if it may report a
    clause, ``reports_clauses``: "..., reported Argus"; not "The ship docked, greeted Hanna, as the band played")
    hung on as an adverbial clause, when the source is a name or the verb's subject after it."""
    end = _end_of(source)
    if end < len(source.doc) and source.doc[end].text not in SENTENCE_ENDS | {","}:
        return False  # the verb goes on: "..., welcomed Canada's presidency next year"
    before = _deps_before(verb)
    if before & {"ccomp", "parataxis"} or ("nsubj" in before and source.dep_ == "nsubj"):
        return True
    if _interrupts(verb, source):
        return True
    if verb.dep_ in ("amod", "compound") and verb.head.i == source.i:
        # the parser hung the verb on the name, and the name on the clause before or that clause on the name
        clause_on_name = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in source.children)
        return source.head.i < verb.i or clause_on_name
    joined = verb.dep_ == "conj" or verb.dep_ == "advcl" and reports_clauses
    own_subject = source.tag_ in PROPER_TAGS or source.dep_ == "nsubj" or _cannot_share_subject(verb)
    return joined and verb.head.i < verb.i and own_subject


def _cannot_share_subject(verb: Token) -> bool:
    """Whether a present tense joined to the clause before cannot agree with that clause's subject, so the noun
    after it is its own: "Prices rose again in May, reports the statistics office"."""
    shared = subject(verb.head) if verb.dep_ == "conj" else None
    return shared is not None and disagrees(shared, verb)


def _source_after(verb: Token) -> Token | None:
    """The subject after the verb (its last word the parser calls one: "said co-author Dr. Wyss" may have two); or an
    object that ends the sentence, which the parser took for one."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i > verb.i and not _starts_absolute(c)]
    if subjects and _time_measure(subjects[-1]) is None:
        return subjects[-1]
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i and _time_measure(c) is None), None)
    if obj is not None and _interrupts(verb, obj):
        return obj  # the parser may give the verb the interrupted clause's subject: "The plan, noted the judge, was"
    subj_before = any(c.dep_ == "nsubj" for c in children)
    if subj_before and verb.doc[verb.i - 1].text not in QUOTE_CLOSERS:
        return None  # "The mayor, who ..., praised the Tribune"; after a quote the parser may take a word of it
    taken = next((s for c in verb.rights for s in c.lefts if s.left_edge.i == verb.i + 1 and _subject_before_mark(s)), None)
    if taken is not None:
        return taken
    if obj is None:
        return _name_run(verb)
    return obj if _ends_sentence(obj) else None


def _subject_before_mark(source: Token) -> bool:
    """Whether the parser made the source the subject of a subordinate clause that opens after it and a comma:
    "said the ranger, after the fire jumped the river" (the ranger/nsubj of "jumped")."""
    doc, clause, end = source.doc, source.head, _source_end(source)
    if source.dep_ != "nsubj" or clause.dep_ not in ("ccomp", "advcl") or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    return doc[end + 1].dep_ == "mark" and doc[end + 1].head.i == clause.i


def _interrupts(verb: Token, source: Token) -> bool:
    """Whether ``verb`` and its source interrupt the clause they report, between commas: "The decision,
    noted the judge, was ..."."""
    doc, end = verb.doc, _end_of(source)
    return verb.dep_ == "parataxis" and verb.head.i > verb.i and end < len(doc) and doc[end].text == ","


def _ends_sentence(source: Token) -> bool:
    """Whether the source ends the sentence, or the first part of a quotation: "said Lee, “but ...”"."""
    doc, end = source.doc, _end_of(source)
    return end == len(doc) or doc[end].text in SENTENCE_ENDS or _quote_resumes(doc, end)


def _quote_resumes(doc: ParseView, at: int) -> bool:
    """Whether a comma at token ``at`` opens the next part of a quotation: "said Lee, “but ...”"."""
    return at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].text in OPENING_QUOTES


def _end_of(source: Token) -> int:
    """Where the source's part of the sentence ends: after the source and the phrases of its verb that follow
    it ("said Lee in a statement on Monday")."""
    end = _source_end(source)
    if _subject_before_mark(source):
        return source.head.right_edge.i + 1  # the clause the parser gave the source to is the verb's: ", after ..."
    manner = _trailing_manner(source)
    for child in (*source.head.children, *_circumstances(source), *([manner] if manner else [])):
        if child.i < end:
            continue
        if child.dep_ in ADJUNCT_DEPS | {"acl"} and child.left_edge.i == end:
            end = child.right_edge.i + 1
        elif (child is manner or child.tag_ == "VBG" or _absolute(child.left_edge)) and _after_comma(child, end):
            end = child.right_edge.i + 1
        elif _clause_after_comma(child, end) and (child.dep_ == "advcl" or _after_quote(source.head)):
            end = child.right_edge.i + 1
    tie = _time_measure(source.doc[end]) if end < len(source.doc) else None
    if tie is not None:  # "said Lee hours after the vote", however the parser hung the span
        end = (tie.head if tie.dep_ == "mark" else tie).right_edge.i + 1
    return end


def _joins_names(token: Token) -> bool:
    """Whether ``token`` joins two names into one source: "the Globe and Mail", "Johnson & Johnson"."""
    doc, after = token.doc, token.i + 1
    return token.dep_ == "cc" and token.head.tag_ in PROPER_TAGS and after < len(doc) and doc[after].tag_ in PROPER_TAGS


def _clause_after_comma(child: Token, at: int) -> bool:
    """Whether ``child`` of the verb is a clause of its own after a comma at token ``at``: a subordinate clause
    ("“Not guilty!” cried Ferraro as the verdict was read, before his lawyer ...", "..., reported Argus, as Chevron
    expanded") or one joined by "and" or "but" with its own subject ("“Would you?” replied Lindström, and the room
    laughed", which only after a quote: "She paused, thanked Ortiz, and the meeting ended")."""
    doc = child.doc
    if at >= len(doc) or doc[at].text != ",":
        return False
    if child.dep_ == "advcl" and child.left_edge.i == at + 1:
        return any(c.dep_ == "mark" for c in child.children)
    joined = doc[at + 1 : child.left_edge.i]
    return (
        child.dep_ == "conj" and len(joined) == 1 and joined[0].lower_ in ("and", "but")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    )


def _trailing_manner(source: Token) -> Token | None:
    """A participle or an absolute construction after the source and a comma, which the parser may hang on the name
    but which says what the speaker did or how: "said Castellanos, describing the lines", "reported Reuters, citing a
    union official", "continues Ivanova, her voice dropping"; after a text, a past participle, which tells how it
    came out, not who it is: "says the report, published on Monday" (not "said Bell, elected chairman in March")."""
    participles = ("VBG", "VBN") if _is_text(source) else ("VBG",)
    return next(
        (
            c for c in source.rights
            if _after_comma(c, c.left_edge.i - 1) and (c.dep_ == "acl" and c.tag_ in participles or _absolute(c.left_edge))
        ),
        None,
    )


def _is_text(source: Token) -> bool:
    """A common noun for a text or a work of the mind, no one's name nor a noun for people: "the report", "the
    statement", "the plan", "the study"."""
    if source.tag_ not in ("NN", "NNS") or is_people_noun(source, max_rank=2):
        return False
    return any(in_class(noun_lemma(source), name, max_rank=3) for name in TEXT_CLASSES)


def _starts_absolute(token: Token) -> bool:
    """Whether ``token``'s phrase is an absolute construction after a comma: "said Okonkwo, tears/nsubj running"."""
    return _after_comma(token, token.left_edge.i - 1) and _absolute(token.left_edge)


def _absolute(first: Token) -> bool:
    """Whether a phrase starting at ``first`` is an absolute construction, a noun for no one with what it does or
    how it is: "her voice dropping", "eyes fixed on the ashes", "megaphone in hand", "his tone defiant"; not an
    identification ("her voice coach", "his brother's partner", "a newspaper based in Toronto")."""
    doc, i = first.doc, first.i + (first.tag_ == "PRP$")
    if i + 1 >= len(doc) or doc[i].tag_ not in ("NN", "NNS") or not doc[i].text.islower() or is_people_noun(doc[i]):
        return False
    state = doc[i + 1]
    if state.tag_ in ("NN", "NNS"):  # "his jaw set/NN", "his eyes wet/NN" end there; "her voice coach" names someone
        ends = i + 2 == len(doc) or doc[i + 2].text in SENTENCE_ENDS | {","}
        return ends and not is_people_noun(state, max_rank=2)
    return state.tag_ in ("VBG", "VBN", "VBD", "JJ", "RB") or state.tag_ == "IN" and state.lower_ != "of"


def _circumstances(source: Token) -> list[Token]:
    """The phrases right of the source that tell where, when or how it spoke, which the parser may hang on the
    source: "said the utility in a statement", "said Pruitt at a briefing on Thursday", "said Brandt Monday"."""
    return [
        c for c in source.rights
        if c.dep_ == "prep" and _circumstance(c, source.tag_ in PROPER_TAGS)
        or c.dep_ == "npadvmod" and in_class(noun_lemma(c), "noun.time")
    ]


def _circumstance(preposition: Token, after_name: bool) -> bool:
    """Whether a prepositional phrase tells a circumstance, not whom the source speaks for: a preposition that ties
    no one to a body ("outside the court", "during a tour"), or one that may, with a message, a time or an event
    for its object ("in a statement", "on a conference call"; not "with the firm", "a lifeguard on duty") or an
    occasion a time owns ("at Monday's meeting"); after a name, one of these with a thing for its object ("said
    Kerr at a town hall"), and "of" with what the source spoke of ("said Ostrova of her partner")."""
    word = preposition.lower_
    if word not in AFFILIATING_PREPOSITIONS:
        return True
    if after_name and any(c.dep_ in ("prep", "pcomp") and c.tag_ == "IN" for c in preposition.children):
        return True  # a preposition before another places a name: "said Soares from behind the counter"
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if word == "of" and obj is not None and after_name and _spoken_of(obj):
        return True
    if word in ALWAYS_AFFILIATING or obj is None:
        return False
    if _time_word(obj):
        return True  # "on Tuesday", "in June"
    if obj.tag_ in PROPER_TAGS:
        return False
    if any(c.dep_ == "poss" and _time_word(c) for c in obj.children):
        return True  # a gathering a time owns is an occasion, no body: "at Monday's meeting", "at last night's rally"
    if is_people_noun(obj, max_rank=2):
        return False
    if after_name:
        return True  # a name is tied to a body only by "of", "from", "for", "to", a name or a body: "said Kerr at a hall"
    return any(in_class(noun_lemma(obj), name) for name in CIRCUMSTANCE_CLASSES)


def _time_word(token: Token) -> bool:
    """A day's name or a noun of time: "Monday", "yesterday", "week", "night"."""
    return token.lower_ in DATE_WORDS or token.tag_ in ("NN", "NNS") and in_class(noun_lemma(token), "noun.time")


def _spoken_of(obj: Token) -> bool:
    """Whether the object of "of" after a name is what the source spoke of, not the body it belongs to: a person,
    a pronoun, someone's ("said Ostrova of her partner", "said Marchetti of the midfielder, who ..."), or a thing
    said or thought ("of the bill"); never a name, or a noun that may be a body ("of the clinic", "of the city")."""
    if obj.tag_ == "PRP" or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
        return True
    if obj.tag_ not in ("NN", "NNS"):
        return False
    if any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children) for c in obj.children):
        return True
    lemma = noun_lemma(obj)
    return not in_class(lemma, "noun.group", max_rank=3) and any(in_class(lemma, name) for name in SPOKEN_OF_CLASSES)


def _after_comma(phrase: Token, at: int) -> bool:
    """Whether ``phrase`` starts right after a comma at token ``at``."""
    return phrase.left_edge.i == at + 1 and phrase.doc[at].text == ","


def _source_end(source: Token) -> int:
    """Where the source's words end: after its last word, or the bracket that closes one it opened
    ("Sen. Ana Ortega (D-N.M.)")."""
    doc, end = source.doc, source.right_edge.i + 1
    while end - 1 > source.i and (doc[end - 1].is_punct and doc[end - 1].text != ")" or _dangling_conjunction(doc[end - 1], source)):
        end -= 1  # a comma or an opening quote the parser hung on it: "said his mother, “so where ...”"
    manner = _trailing_manner(source)
    if manner is not None:
        end = manner.left_edge.i - 1  # the participle or absolute and its comma are the verb's, not the source's
    end = min([end, *(c.left_edge.i for c in _circumstances(source))])  # so are the circumstances
    opened = any(t.text == "(" for t in source.subtree)
    return end + 1 if opened and end < len(doc) and doc[end].text == ")" else end


def _dangling_conjunction(token: Token, source: Token) -> bool:
    """Whether ``token`` is a conjunction the parser hung on the source that joins nothing to it, but the clause after
    it to the verb's: "said Kowalczyk, and two colleagues later admitted as much"."""
    return token.dep_ == "cc" and token.head.i == source.i and not any(c.dep_ == "conj" for c in source.children)


def _name_run(verb: Token) -> Token | None:
    """The last word of a name (after any title nouns: "striker Ade Bello") that follows ``verb`` and ends the
    sentence or comes before a span of time, when the parser hung it elsewhere (or, after a quote, tagged it an
    adjective)."""
    doc, start = verb.doc, verb.i + (2 if _particle(verb) else 1)
    while start < len(doc) and doc[start].tag_ in ("NN", "NNS") and is_people_noun(doc[start], max_rank=2):
        start += 1
    end = start
    quoted = _after_quote(verb)  # then a capitalized word the tagger calls an adjective is a name: "notes Akhmetov/JJ"
    while end < len(doc) and (doc[end].tag_ in PROPER_TAGS or quoted and doc[end].tag_ == "JJ" and doc[end].text[:1].isupper()):
        end += 1
    if end == start or doc[start].lower_ in DATE_WORDS:
        return None  # "..., said Friday"
    last = doc[end - 1]
    alone = all(c.is_punct or _time_measure(c) is not None for c in last.rights)  # nothing hangs on it but a full stop
    ends = end == len(doc) or doc[end].text in SENTENCE_ENDS or _circumstance_at(doc[end], verb)
    return last if alone and ends else None


def _particle(verb: Token) -> Token | None:
    """The word after ``verb`` that makes a phrasal verb with it: a particle ("points out Shrestha"), or a word with
    which WordNet has the verb as one of communication, whatever its tag ("cuts in/IN Moreau", "chimed in Fonoti")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    word = doc[verb.i + 1]
    lemma = verb_lemma(verb.lower_)
    phrasal = lemma is not None and word.is_alpha and in_class(f"{lemma} {word.lower_}", "verb.communication", max_rank=3)
    return word if word.dep_ == "prt" or phrasal else None


def _circumstance_at(token: Token, verb: Token) -> bool:
    """Whether ``token``, after a name, starts a circumstance of ``verb``: a span of time ("hours after the vote"),
    a phrase the parser hung on the verb ("tweeted Banerjee/attr of her former captain") or, after a comma, an
    absolute construction ("said Ito/nsubj-of-wet, his eyes wet")."""
    on_verb = token.dep_ == "prep" and token.head.i == verb.i and _circumstance(token, after_name=True)
    absolute = token.text == "," and token.i + 1 < len(token.doc) and _absolute(token.doc[token.i + 1])
    return on_verb or absolute or _time_measure(token) is not None


def _time_measure(token: Token) -> Token | None:
    """The word that ties a span of time starting at ``token`` to what it places: "hours after", "two weeks before",
    "moments later", "shortly after" (the parser may compound a name before it on the span's noun)."""
    doc, i = token.doc, token.i
    while i < len(doc) and doc[i].tag_ in ("DT", "CD", "JJ"):
        i += 1  # "a day before", "two long years after"
    if i + 1 >= len(doc) or doc[i + 1].tag_ not in ("IN", "RB", "RBR"):
        return None
    span, tie = doc[i], doc[i + 1]
    if span.tag_ in ("RB", "RBR"):
        return tie if i == token.i and tie.tag_ == "IN" else None  # "shortly after", "soon before"
    common = span.tag_ in ("NN", "NNS", "VBZ") and span.text.islower()  # "hours" may be a VBZ; "the Times of India"
    timed = common and any(in_class(lemma, "noun.time") for lemma in {span.lower_, span.lower_.removesuffix("s")})
    return tie if timed else None


def _hometown(subj: Token) -> set[int]:
    """The place after a name, which like a party and state identifies no one: "Sen. Tomás Ruiz of Las Cruces".
    A place name takes no article; an organisation does ("Lena Vogt of the National Weather Service")."""
    if subj.tag_ not in PROPER_TAGS:
        return set()
    for prep in subj.rights:
        place = [t for t in prep.subtree if t.i != prep.i]
        if prep.lower_ in ("of", "from") and 0 < len(place) <= MAX_PLACE_WORDS and all(t.tag_ in PROPER_TAGS for t in place):
            return {t.i for t in prep.subtree}
    return set()


def _titled(subj: Token, verb: Token, long_title: int) -> bool:
    """Whether the source carries an appositive, a long title or a long identification after a common noun:
    "Jane Smith, a spokeswoman", "a representative of the state's child welfare agency"."""
    doc = subj.doc
    after = _source_end(subj)
    appositives = [
        doc[t.left_edge.i : t.right_edge.i + 1]
        for t in subj.subtree if t.dep_ == "appos" and t.i != subj.i and not _absolute(t.left_edge)
    ]
    if any(not PARTY_DESIGNATION.fullmatch(span.text) for span in appositives):
        return True  # (the source itself may be one by a misparse)
    party = {t.i for span in appositives for t in span} | _hometown(subj)
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].tag_ in APPOSITIVE_STARTS:
        return not _absolute(doc[after + 1])
    words = [t for t in subj.subtree if not t.is_punct and verb.i < t.i < after and t.i not in party]
    identified = subj.tag_ not in PROPER_TAGS and any(c.dep_ == "prep" and c.i > subj.i for c in subj.children)
    if identified and not any(c.dep_ in ("amod", "compound") and c.i < subj.i for c in subj.children):
        return len(_identifying(words)) >= long_title  # "residents of the border town" is short
    if words[0].tag_ == "DT":  # "the World Health Organization" is a name; "the President's adviser Ali Zaidi" a title
        return len(words) > long_title and (identified or any(t.tag_ == "POS" for t in words))
    return len(words) >= long_title


def _identifying(words: list[Token]) -> list[Token]:
    """The words of a common noun's identification that say who the source is, without articles and possessive
    endings: "a spokesman for the parents' group" has four ("spokesman for parents group")."""
    return [t for t in words if t.tag_ not in ("DT", "POS")]
