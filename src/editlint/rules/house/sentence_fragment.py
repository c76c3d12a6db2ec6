"""house/sentence-fragment: a sentence with no independent clause."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta
from editlint.lexicon import in_class, irregular_base, is_irregular_form, is_phrase, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, SAYING_CLASSES, SINGULAR_DETERMINERS, SUBJECT_DEPS, VERB_TAGS,
    disagrees, finding, is_people_noun, noun_lemma, parsed_blocks, subject, verb_class, verb_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.document.model import Block, Document

META = RuleMeta(
    id="house/sentence-fragment",
    summary="A sentence with no independent clause: a subordinate clause or a bare noun phrase.",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Flags a sentence in a paragraph that has no independent clause (a finite verb with its subject, or an
imperative): a subordinate clause standing alone (*Because the talks failed.*, *Despite the fact that
...*, *If the money arrives and the contractors agree.*), a relative clause (*Which led to more
delays.*), a noun phrase alone or with only a relative clause, a participle, infinitive or
prepositional phrase. Headlines, headings, bylines, captions, credit lines, list items, quotations,
questions, exclamations, lead-ins ending in a colon (and the list after them) or standing before a block
quote, and sentences shorter than `min-words` words are not checked. Where the tagger may have missed the
main verb, and in a deliberate series of fragments, it stays silent.

## Constructions
| flagged | not flagged |
|---|---|
| *Because the budget arrived late on Monday.*, *Even though its profits had risen.* | *Because the budget arrived late, the vote was postponed.* |
| *Despite the fact that two members had asked for more time.* | *If elected, she will serve.*, *While in Geneva the minister will meet ...* |
| *Which meant the ferry stopped for the winter.*, *Where crews had been digging.* | *Which candidate won remained unclear.*, *Why now?* |
| *The new bridge that the city promised in 2019.* | *The bridge that the city promised in 2019 finally opened.* |
| *Because prices rose and because wages stalled in the same year.*, *Once the snow was cleared and the trucks returned.* | *When the lease expires the pit will close and ...*, *That the plan failed surprised nobody.* |
| *Lest the storms arrive early.*, *In case the dam gave way.* (any conjunction the parse marks) | *With each election comes ...*, *In case of fire, use the stairs.* |
| *Thousands of nurses who had travelled ...*, *Most of whom fled ...*, *Whose authors had warned ...* | *Many of those who fled have returned.*, *Coaches whose contracts ended protested.* |
| *A painful blow for families on the north side of town.* | *What a night for the fans!*, *Thanks to everyone who helped.* |
| *The lowest rate since the state began keeping records.*, *Dozens of unpaid invoices and two missing trucks.* | *The coldest night since records began was Sunday.*, *Dozens of homes still lack power.* |
| *A plant that supplies half the power and has been running at low capacity.* | *A project that residents backed since 2015 was approved.* |
| *Leaving thousands of homes without power.*, *Built in 1890 by the railway.*, *Shut for a month by inspectors.* | *Founded in 1890, the company ...*, *Sending people to prison has cost ...*, *Put the forms in the box by the door.* |
| *A proud day for a port built by whalers.*, *Taken from the archive and never returned.* | *Residents displaced by the flood face months of delays.*, *The agency details 30 goals.* |
| *To make sure that every voter gets a ballot.*, *In order to cut crashes.* | *To keep the buses running, the county must ...*, *Read the report.* |
| *In the wake of the worst flooding in decades.*, *Such as new roofs and ramps.* | *There were no survivors.*, *Among the dead was a child.* |
| *As the company, long the region's largest employer, cut 1,200 jobs.* (one comma never parts a subject from its verb) | *As a former teacher, Ms. Okafor, the minister, knows the schools.* |
| *Not until the floodwater had drained from the streets.*, *Not least because the port handles half the imports.* | *Not until Friday did the ministry confirm it.*, *Not to mention the cost of the repairs.* |
| *A town where the mill closed and the bank shut in 2015.*, *In the years since the mine closed and most people moved away.* | *The town where the mill closed and the bank left has found new life.* |
| *Delays that commuters say have doubled since March.*, *Which officials say could cost the state billions.* | *The road that residents say floods will be raised.* |
| *Even though he admitted that when the rain came, he thought the game was lost.* | *Though the report found that the levee held, engineers want it raised.* |
| *Such as cracked pavements, flooded underpasses and broken lights.* | *Volunteers cleaned parks, painted fences and planted trees.* |
| *The longest sentence handed down to an officer.*, *The first satellite launched from Norway.* (a record's participle lacks the object its verb needs) | *The court handed down a sentence.*, *The largest bank collapsed on Friday.* |
| *Unless the judges decide, as campaigners urged, that the law is void and must go.* | *Because the court ruled, as lawyers predicted, that the law was valid, the firm must pay.* |
| *In order to keep the ward fully staffed through the winter.* | *In order to keep the ward open, the county raised taxes.* |
| *A new jobs plan for workers in the valleys.*, *When the eggs hatch in the sand.* | *Water resources amount to 90 cubic metres a head.*, *Of 58 counties, 31 fall in the zone.* (a present tense read as a noun after a plural) |
| *The museum, which opened in 1932, damaged by the storm.* | *The union, which denied wrongdoing, settled with the firm.*, *Its director-general warned donors that ...* |
| | *At the Lyric Theatre, 214 West 43rd Street; lyricshow.com.* (a listing with a web address) |
| | *The nurses who stayed. The drivers who kept the roads open.* (a series) |
| | *Reporting by Lena Park; Editing by Omar Haddad.*, *Updated at 6 p.m.* (credits, notes) |

## Why
A fragment left over from editing reads as a mistake; usually it belongs to the sentence before.

## Example
```
The regional council postponed the vote. Because the budget figures arrived late.
```

## Use instead
```
The regional council postponed the vote because the budget figures arrived late.
```
""",
    bad=(
        "The council postponed the vote. Because the budget figures arrived late on Monday.",
        "Which meant the ferry service stopped for the rest of the winter.",
        "Though the mayor has said that if the money arrives, the bridge would be rebuilt.",
    ),
    good=(
        "Because the budget figures arrived late, the council postponed the vote.",
        "The ferry service stopped for the winter, which angered residents.",
        "Why did the council wait so long to act?",
        "Not again.",
    ),
    needs=frozenset({"spacy"}),
    options=(
        Option("min-words", 6, "Sentences with fewer words are deliberate fragments and not checked."),
        Option(
            "subordinators",
            (
                "although", "though", "because", "since", "unless", "whereas", "while", "if", "until",
                "after", "before", "when", "whenever", "once", "so that", "even though", "even if",
                "now that", "as if", "as though", "in order that", "provided that", "as", "given that", "whether",
                "as soon as", "as long as", "so long as", "even as", "considering that", "assuming that",
                "except that", "in case", "in the event that",
            ),
            "Conjunctions that make a clause subordinate, besides any word the parser marks as one (\"lest\").",
        ),
    ),
)

# Words that may precede the subordinator: "Especially since ...", "And because ...".
LEAD_WORDS = frozenset("especially even only just particularly mainly largely partly simply and but or".split())
RELATIVES = frozenset({"which", "who", "whom", "whose"})
RELATIVIZERS = RELATIVES | {"that", "where", "when"}
# Subordinators that may open a clause without a verb ("while in Riyadh", "if elected", "though numerous").
ELLIPTICAL_SUBORDINATORS = frozenset("while when whenever if unless though although once until whether".split())
ELLIPTICAL_STARTS = ADJECTIVE_TAGS | {"VBN", "VBG", "RB", "RBR", "IN"}
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Nouns and adjectives that open verbless greetings and thanks: a closed set of formulas.
FORMULAS = frozenset("thanks congratulations kudos greetings welcome condolences cheers happy".split())
CONTRACTED_VERBS = frozenset("'s ’s 're ’re 'm ’m 've ’ve 'd ’d 'll ’ll".split())
# Words that open a noun phrase (not a bare common noun, which may be an imperative the tagger missed).
NP_OPENERS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "RB"})
CLOSERS = "\"'”’)]*_ "
# Words the parser may mark that do not subordinate here: "that" opens subject and object clauses, "with" and
# "without" are prepositions before an inverted main clause ("With each election comes ...").
NOT_SUBORDINATORS = frozenset({"that", "with", "without"})
# Words of a measure before a subordinator: "Three years after ...", "Shortly before ...".
MEASURE_DEPS = frozenset({"advmod", "npadvmod", "nummod", "quantmod", "amod", "det"})
COORDINATORS = frozenset({"and", "or", "but"})
# Determiners of a singular noun only (the pipeline has no morphology): on a plural, the "plural" is a verb.
SINGULAR_OR_DEMONSTRATIVE = SINGULAR_DETERMINERS | {"this", "that"}
# Relative words that may be the subject of a clause after a verb of saying: "delays that commuters say have doubled".
GAP_RELATIVES = frozenset({"which", "that", "who"})
# Auxiliaries of a verb group (a modal is one by its tag).
HAVE_BE = frozenset({"has", "have", "had", "is", "are", "was", "were"})
# What a verb's object may be: a noun, a clause, or what it makes of its object ("named him coach").
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"})
# The share of a verb's tagged uses without an object below which, if its main sense takes one, it is a verb
# that takes one ("give", "launch", "elect"; not "sell": "The house sold for $2 million").
RARE_SHARE = 0.15
# Adjectives of order, which rank a noun as superlatives do ("the first", "the only"); later ordinals are rare.
ORDER_ADJECTIVES = frozenset({"first", "last", "only", "second", "third"})
# The words of a noun phrase: "the state's 58 counties", "the Booth Theatre".
NOUN_PHRASE_TAGS = NOUN_TAGS | ADJECTIVE_TAGS | {"DT", "CD", "PRP$", "POS", "HYPH", "$"}
# Two capitals in a row: a word in capitals, which a shouted sentence has.
CAPITALS = re.compile(r"[A-Z]{2}")
# Punctuation that may set a main clause apart from a subordinate one, or quote one.
CLAUSE_BREAKS = frozenset(",;:—–()\"“”‘’'")


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    min_words = ctx.option("min-words")
    phrases = sorted((tuple(s.lower().split()) for s in ctx.option("subordinators")), key=len, reverse=True)
    subordinators = tuple(phrases)
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH,)):
        if pb.block.emphasized:
            continue  # an editor's note in italics: "*Originally published on the agency's blog.*"
        complete, listing, problems = True, False, []
        for sent in pb.tokens.sents:
            follows_sentence, complete = complete, _complete(sent)
            text = sent.text
            colon = ":" in text and any(t.text == ":" for t in sent)  # not the one of a time: "2:16:40"
            # after a colon, the paragraph may go on listing: "... three things: A ban. A law. A tax."
            checked = follows_sentence and complete and not listing and not colon and _starts_sentence(sent)
            listing = listing or colon
            if checked and _shouted(sent, text):
                checked = False  # capitals
            problem = _problem(sent, subordinators) if checked else None
            if problem and any(t.like_email or t.like_url and t.nbor(-1).text in ",;" for t in sent):
                problem = None  # contact details, a venue's listing: "At the Booth Theatre, ...; lighthouse.com."
            long_enough = problem is not None and sum(1 for t in sent if not (t.is_punct or t.is_space)) >= min_words
            problems.append((sent, problem, long_enough))
        if problems and _introduces_quotation(doc, pb.block):
            problems[-1] = (problems[-1][0], None, False)  # the quotation's source: "From the minister's blog."
        for k, (sent, problem, long_enough) in enumerate(problems):
            if not problem or not long_enough or _in_series(problems, k):
                continue
            last = next(t for t in reversed(sent) if not t.is_space)
            found = finding(doc, pb, sent[0], last, problem)
            if found:
                yield found


def _introduces_quotation(doc: Document, block: Block) -> bool:
    """Whether a block quote follows ``block``: its last sentence is a lead-in, with a colon or without one
    ("From the Plane Talking blog, written by Ben Sandilands.")."""
    following = next((b for b in doc.blocks if b.start >= block.end), None)
    return following is not None and following.in_quote


def _in_series(problems: list, k: int) -> bool:
    """A fragment next to another one, or repeating the words that open a sentence next to it: a deliberate
    series ("The nurses who ... . The teachers who ... .", "One year for ... . And one year of ...")."""
    neighbours = [problems[j] for j in (k - 1, k + 1) if 0 <= j < len(problems)]
    opening = f" {' '.join(_words(problems[k][0])[:3])} "
    return any(problem or opening in f" {' '.join(_words(sent))} " for sent, problem, _ in neighbours)


def _lead_word(word: Token) -> bool:
    """A word that may qualify the clause or phrase after it: "And because ...", "Especially if ...", or a
    negation ("Not until ...", "Not least because ..."); not one before an infinitive, which makes connectives
    that published copy uses as sentences ("Not to mention the cost.")."""
    negation = word.dep_ == "neg" and word.i + 1 < len(word.doc) and word.nbor().tag_ != "TO"
    return word.lower_ in LEAD_WORDS or negation


def _words(sent: Span) -> list[str]:
    return [t.lower_ for t in sent if t.is_alpha and t.lower_ not in LEAD_WORDS]


def _complete(sent: Span) -> bool:
    """Whether ``sent`` ends with a full stop or an exclamation mark (not "...", "?", ":" or "U.S.")."""
    last = next((t for t in reversed(sent) if not t.is_space and t.text.strip(CLOSERS)), None)
    return last is not None and last.text in (".", "!")


def _starts_sentence(sent: Span) -> bool:
    """Whether ``sent`` starts with a capital letter (not a bullet, a number or a lower-case word)."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.is_alpha and first.text[0].isupper()


def _shouted(sent: Span, text: str) -> bool:
    """Capitals only (boilerplate such as "FOR FURTHER INFORMATION CONTACT ..."), which the tagger misreads."""
    if not CAPITALS.search(text):
        return False  # no word in capitals
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 1]
    return bool(words) and sum(w.isupper() for w in words) * 2 > len(words)


def _problem(sent: Span, subordinators: tuple[tuple[str, ...], ...]) -> str | None:
    """What ``sent`` is when it has no independent clause, or None."""
    tokens = [t for t in sent if not t.is_space and t.text.strip(CLOSERS)]
    if tokens[-1].text == "!" or _formula(sent) or _credit(tokens):
        return None  # an exclamation ("What a night for the fans!"), thanks ("Thanks to all who ..."), a credit
    i = 0
    while i < len(tokens) - 2 and _lead_word(tokens[i]) and tokens[i + 1].text != ",":
        i += 1
    # shapes whose verbs the parser often takes for a main clause, read from the order of the words
    coordinated = _coordinated_subordinate_clauses(tokens, i, subordinators)
    if coordinated:
        return f'Sentence fragment: a subordinate clause ("{coordinated} ...") with no main clause'
    if _relative_clause_only(tokens[i:]):
        return "Sentence fragment: a noun phrase whose only verb is in a relative clause"
    if _in_order_to(tokens[i:]) and not _main_clause_after(tokens[i + 2], subordinators):
        return f'Sentence fragment: an infinitive phrase ("{tokens[i].text} order to ...") with no main clause'
    if _independent(sent.root, subordinators):
        return None  # most sentences: the root is a finite verb with its subject
    if any(
        _independent(t, subordinators) or _misplaced_relative(t) or _missed_main_verb(t, subordinators) for t in sent
    ):
        return None
    if any(_later_clause_on_root(t, sent) for t in sent):
        return None  # a sentence built around a later clause: "Better late, as the saying goes."
    first, root = tokens[i], sent.root
    if first.lower_ == "that" and first.tag_ == "IN":
        return None  # a clause as the subject, whose verb the tagger often misses: "That the plan failed surprised ..."
    for j in range(len(tokens) - 1):
        phrase = _opening_subordinator(tokens, j, subordinators)
        if phrase:
            last = tokens[j + len(phrase) - 1]
            if _elliptical(last) or _main_clause_after(last, subordinators):
                return None
            opening = " ".join(t.text for t in tokens[: j + len(phrase)])
            return f'Sentence fragment: a subordinate clause ("{opening} ...") with no main clause'
        if j >= i and tokens[j].dep_ not in MEASURE_DEPS:
            break  # past the words that may measure the clause: "Just days after ...", "Long before ..."
    if first.lower_ in RELATIVES | {"where"} and first.tag_ in WH_TAGS and tokens[i + 1].lower_ != "of":
        return f'Sentence fragment: a relative clause ("{first.text} ...") with no main clause'
    if first.tag_ == "IN" and tokens[i + 1].lower_ in RELATIVES and tokens[i + 1].tag_ in WH_TAGS:
        return f'Sentence fragment: a relative clause ("{first.text} {tokens[i + 1].text} ...") with no main clause'
    if tokens[i + 1].lower_ == "of" and tokens[i + 2].lower_ in RELATIVES and tokens[i + 2].tag_ in WH_TAGS:
        opening = " ".join(t.text for t in tokens[i : i + 3])  # "Most of whom fled ...", "All of which means ..."
        return f'Sentence fragment: a relative clause ("{opening} ...") with no main clause'
    if _noun_with_relative(root):
        return "Sentence fragment: a noun phrase whose only verb is in a relative clause"
    if _main_clause_after(first, subordinators) or any(_free_finite(t, subordinators) for t in sent):
        return None  # "To carry this forward, we must ...", "Sending people to prison ... has upended lives"
    participle = first.tag_ in ("VBG", "VBN") or first.tag_ == "VB" and _passive_by_people(first)
    if participle and not _past_after_comma(tokens):
        return f'Sentence fragment: a participle phrase ("{first.text} ...") with no main clause'
    if _absolute(root) and not any(map(_past_before_object, tokens)):  # "officials in Bogotá extended water ..."
        return f'Sentence fragment: a participle phrase with its own subject ("{first.text} ...") and no main clause'
    if first.tag_ == "TO" or _in_order_to(tokens[i:]):
        return f'Sentence fragment: an infinitive phrase ("{first.text} ...") with no main clause'
    if first.tag_ == "IN" or first.dep_ == "prep":
        return f'Sentence fragment: a phrase ("{first.text} ...") with no main clause'
    # a quantity before "of" ("Dozens of unpaid invoices ..."), not a plural subject whose verb the tagger
    # missed ("Applications open in July")
    partitive = first.tag_ == "NNS" and tokens[i + 1].lower_ == "of"
    opens_phrase = first.tag_ in NP_OPENERS or partitive or i > 0 and first.tag_ in NOUN_TAGS  # "Especially corn"
    verbs = [t for t in sent if t.tag_ in VERB_TAGS and t.dep_ != "prep"]  # not "according to", "including"
    if opens_phrase and all(map(_modifies_noun, verbs)) and not any(map(_verb_as_noun, sent)):
        return "Sentence fragment: a noun phrase with no verb"
    return None


def _in_order_to(tokens: list[Token]) -> bool:
    """Whether ``tokens`` open with "in order to", a purpose whose "order" the parser may take for a subject."""
    return [t.lower_ for t in tokens[:3]] == ["in", "order", "to"]


def _absolute(verb: Token) -> bool:
    """A participle after its subject, with an "-ing" auxiliary or none and no finite verb: an absolute phrase
    ("Most of them having left a week earlier.", "Hundreds of them carrying banners."); after "having" even a
    form the tagger read as a base form ("The river having burst its banks.")."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    ing_auxiliary = any(a.tag_ == "VBG" for a in auxiliaries)  # "having", "being"
    participle = verb.tag_ == "VBG" and not auxiliaries or verb.tag_ in ("VBN", "VBG", "VB") and ing_auxiliary
    before = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)  # not "Hoping ..., officials extended"
    return participle and before and not _finite_group(verb)


def _past_after_comma(tokens: list[Token]) -> bool:
    """A regular past form after the first comma, between a noun and what may be its object, which the tagger
    read as a participle before a noun: the main verb after an opening participle phrase ("Hoping to ease the
    drought, officials in Lima extended water rationing ...")."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    after = tokens[comma + 1 :]
    return any(
        verb.tag_ in ("VBN", "VBD", "JJ") and verb.lower_.endswith("ed") and noun.tag_ in NOUN_TAGS
        and following.tag_ in NOUN_TAGS | ADJECTIVE_TAGS | {"DT", "PRP$", "CD"}
        for noun, verb, following in zip(after, after[1:], after[2:])
    )


def _opening_subordinator(
    tokens: list[Token], j: int, subordinators: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The subordinator that opens a clause at ``tokens[j]``: one of the option's, or any the parser marks."""
    phrase = _subordinator_at(tokens, j, subordinators) or ((tokens[j].lower_,) if _marked_clause(tokens[j]) else None)
    if phrase == ("as",) and j > 0 and tokens[j - 1].lower_ == "such":
        return None  # a preposition: "Such as new roofs, ramps and ..."
    after = j + len(phrase) if phrase else 0
    return phrase if after < len(tokens) and tokens[after].lower_ != "of" else None  # "because of", "in case of"


def _marked_clause(word: Token) -> Token | None:
    """The verb of the clause ``word`` subordinates when the parse makes it a conjunction: a ``mark`` (not
    "that") before the clause's subject, in a clause's order ("Lest the rains arrive ..."; not the inverted main
    clause "With each election comes ..."); the parser may hang it on the subject."""
    if word.dep_ != "mark" or word.tag_ != "IN" or word.lower_ in NOT_SUBORDINATORS:
        return None
    verb = word.head if word.head.tag_ in VERB_TAGS else _clause_of(word)
    group = [verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)]
    ordered = any(c.dep_ in SUBJECT_DEPS and word.i < c.i < verb.i for w in group for c in w.children)
    return verb if ordered else None


def _coordinated_subordinate_clauses(
    tokens: list[Token], i: int, subordinators: tuple[tuple[str, ...], ...]
) -> str | None:
    """The opening words of subordinate clauses joined by "and", "or" or "but" with no main clause, which the
    parser often takes for one ("Once the snow was cleared and the trucks returned."), or None.

    Without a comma or quotation, each part between the coordinators holds exactly one finite verb (outside
    relative and complement clauses): a main clause would add one ("When the deal expires and the ore is shipped the mine
    will close").
    """
    if len(tokens) < i + 4 or tokens[-1].text != "." or any(t.text in CLAUSE_BREAKS for t in tokens):
        return None
    phrase = _opening_subordinator(tokens, i, subordinators)
    if not phrase:
        return None
    mark = tokens[i + len(phrase) - 1]
    if mark.dep_ not in ("mark", "advmod") or mark.head.tag_ not in VERB_TAGS or _elliptical(mark):
        return None  # a preposition: "Since 2010 the city has grown and ..."
    finite_per_part, part_start = [0], tokens[i].i
    for tok in tokens[i + len(phrase) : -1]:
        verb = tok.head if tok.dep_ in AUX_DEPS else tok
        embedded = verb.dep_ == "relcl" or verb.dep_ == "ccomp" and part_start < verb.head.i < verb.i
        if tok.lower_ in COORDINATORS:
            finite_per_part.append(0)
            part_start = tok.i
        elif _finite(tok) and not embedded:  # not in a relative clause nor what a verb of the part says
            finite_per_part[-1] += 1
    clauses = [n for n in finite_per_part if n]  # parts without a verb belong to the clause before: "the taxiways and"
    if finite_per_part[0] != 1 or len(clauses) < 2 or any(n != 1 for n in clauses):
        return None
    return " ".join(t.text for t in tokens[: i + len(phrase)])


def _noun_with_relative(root: Token) -> bool:
    """A noun phrase whose only verbs are in a relative clause on its head ("The bridge that the city promised")
    or on a noun inside it ("Thousands of people who ...", "The pilot and two attendants who ...")."""
    if root.tag_ not in NOUN_TAGS | {"PRP", "DT", "CD", "JJ", "JJS"}:
        return False
    relatives = [t for t in root.children if _relative(t)]
    relatives = relatives or [t for t in _phrase_of(root) if t.dep_ == "relcl" and t.tag_ in VERB_TAGS]
    dated = {w.i for t in root.sent if _dated_clause(t) for w in (t, *t.children) if w is t or w.dep_ in AUX_DEPS}
    inside = {w.i for verb in relatives for w in verb.subtree} - dated
    # a verb read as a noun right after the relative clause's verb may be the main one: "those that followed remind"
    missed = (t for t in root.sent if t.tag_ == "NN" and _verb_as_noun(t) and t.nbor(-1).tag_ in VERB_TAGS)
    return bool(relatives) and not any(_verb_like(t) and t.i not in inside for t in root.sent) and not any(missed)


def _dated_clause(verb: Token) -> bool:
    """A clause the parser opened with a time phrase whose year it took for the subject: "A project that residents
    had campaigned for since 2015 was approved ..." ("since 2015", "after the 1990s" are phrases of time)."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if not marks or found is None or not any(ch.isdigit() for ch in found.text):
        return False
    return all(w.dep_ == "det" for w in verb.doc[marks[0].i + 1 : found.i])  # "since 2015", "since the 1990s"


def _phrase_of(noun: Token) -> Iterator[Token]:
    """The words of the noun phrase ``noun`` heads, through its prepositions and conjuncts."""
    for child in noun.children:
        yield child
        if child.dep_ in ("prep", "pobj", "conj"):
            yield from _phrase_of(child)


def _relative_clause_only(tokens: list[Token]) -> bool:
    """A noun phrase, then a relative word and the only finite verb, which the parser may take for the main
    verb ("Teachers whose contracts were not renewed after the cuts."); a verb of saying before it belongs to
    the same clause, and one a subordinator opens after the relative word is a clause inside it ("Fees which
    parents claim have tripled since the school became an academy.")."""
    if tokens[0].tag_ not in NP_OPENERS | NOUN_TAGS:
        return False
    k = next((k for k, t in enumerate(tokens) if t.lower_ in RELATIVES and t.tag_ in WH_TAGS), None)
    if k is None or k == 0 or tokens[k - 1].tag_ not in NOUN_TAGS | {"PRP", "CD", ","}:
        return False
    relative = tokens[k].i
    if tokens[k - 1].text == "," and _past_after_relative(tokens[k:]):
        return False
    later = (t for t in tokens if t.i > relative)
    inner = (t for t in later if _reporting_before_gap(t) or any(c.dep_ == "mark" for c in t.children))
    skipped = {t.i for t in inner}
    verbs = [t for t in tokens if _verb_like(t) and t.i not in skipped]
    return len(verbs) == 1 and verbs[0].i > tokens[k].i


def _past_after_relative(tokens: list[Token]) -> bool:
    """A past form with no auxiliary nor agent right after the comma that closes a relative clause set in commas:
    the verb of the noun before the clause ("The union, which has denied wrongdoing, settled with ..."), not a
    participle on it ("The museum, which opened in 1932, damaged by the storm")."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens):
        return False
    verb = tokens[comma + 1]
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in AUX_DEPS for c in verb.children):
        return False
    return not any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children)


def _verb_like(word: Token) -> bool:
    """A word that may be a clause's verb, whatever its tag: a finite verb, a base form or past participle with
    no auxiliary (a tense the tagger missed: "the providers who treat them face ...", "... protested outside"),
    or a verb the tagger read as a noun ("those that followed remind all of us")."""
    if _finite(word) or _verb_as_noun(word):
        return True
    bare = word.tag_ in ("VB", "VBN") and not any(c.dep_ in AUX_DEPS for c in word.children)
    return bare and word.dep_ not in ("amod", "acl", "xcomp", "ccomp") and not _first_word(word)


def _modifies_noun(verb: Token) -> bool:
    """Whether ``verb`` is in a phrase of a noun: a participle or relative clause ("a town founded by miners"),
    a participle before the noun ("failed attempts"), a subordinate clause on it ("the lowest rate since the
    state began ..."), a participle after a preposition ("with homes destroyed"), or an -ing form with no
    auxiliary that the parser made the root ("a burden for tenants falling behind")."""
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT" and not any(c.dep_ in AUX_DEPS for c in verb.children):
        return True  # an -ing form the parser made the root: "A burden for tenants falling behind."
    if _listed_participle(verb) or _participle_in_list(verb):
        return True
    verb = _joined_to_clause(verb) or verb  # "A decade during which wages stagnated and rents doubled."
    while verb.head.i != verb.i:
        if _dated_clause(verb):
            return False  # the sentence's verb after a phrase of time: "... since 2015 was approved"
        head = verb.head
        pronoun = head.tag_ == "DT" and head.dep_ != "det"  # "those that were built before 1970"
        # an adjective with a determiner heads a noun phrase: "the third involving bananas"
        nominal = head.tag_ in ADJECTIVE_TAGS and any(c.dep_ == "det" for c in head.children)
        on_noun = head.tag_ in NOUN_TAGS | {"PRP", "CD"} or pronoun or nominal
        if _relative(verb) and on_noun:
            participle = verb.tag_ in ("VBN", "VBG") or verb.dep_ != "acl" or _record_participle(verb)
            return participle and not _past_or_participle(verb)
        if on_noun and (_attributive(verb) or _clause_on_noun(verb)):
            return True
        if head.tag_ == "IN" and verb.tag_ in ("VBN", "VBG") and not _finite_group(verb):
            return True  # the verb of a phrase after a preposition: "with dozens of homes destroyed"
        verb = head
    return False


def _past_or_participle(verb: Token) -> bool:
    """An -ed form after a noun with no agent, which may as well be the past tense of the sentence's verb
    ("A plan with new money for hospitals passed on Thursday."), unlike "a port built by whalers"."""
    regular = verb.tag_ == "VBN" and verb.lower_.endswith("ed")  # with no auxiliary: not "the ferries having sailed"
    bare = not any(c.dep_ in ("agent", *AUX_DEPS) for c in verb.children)
    return regular and verb.dep_ == "acl" and bare and not _record_participle(verb)


def _clause_on_noun(verb: Token) -> bool:
    """A subordinate clause right after the noun it describes ("the lowest rate since the state began ..."); one
    after a comma describes a verb the parser missed ("One of the values ... is standing, even as we ...")."""
    start = verb.left_edge.i
    marked = any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "advcl" and marked and start > 0 and verb.doc[start - 1].text != ","


def _listed_participle(verb: Token) -> bool:
    """An -ed form before a noun that the parser gave a subject set off by one comma ("Broken railings, cracked
    steps and ..."): no single comma parts a subject from its verb, so it is a participle in a list."""
    doc = verb.doc
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if found is None or not verb.lower_.endswith("ed") or verb.tag_ not in ("VBD", "VBN") or verb.i + 1 >= len(doc):
        return False
    last = max(t.i for t in found.subtree if not t.is_punct)
    inside = doc[found.left_edge.i : last]
    ends_noun = doc[last].tag_ in NOUN_TAGS  # a list item, not adjectives in a row ("logical, versioned URI")
    split = ends_noun and last + 2 == verb.i and doc[last + 1].text == "," and not any(t.text == "," for t in inside)
    return split and doc[verb.i + 1].tag_ in NOUN_TAGS | ADJECTIVE_TAGS


def _participle_in_list(verb: Token) -> bool:
    """An -ed form that opens an item of a list of noun phrases, after a comma or a coordinator and before its
    noun, like the item before it: a participle, whatever its tag ("cracked pavements, flooded underpasses and
    broken lights"), not a verb ("Crews cleared roads, restored power and ...", where a verb opens the item)."""
    doc, start = verb.doc, verb.sent.start
    if verb.tag_ not in ("VBD", "VBN", "JJ") or not verb.lower_.endswith("ed") or not start + 2 < verb.i < len(doc) - 1:
        return False
    before = doc[verb.i - 1]
    if not (before.text == "," or before.lower_ in COORDINATORS) or doc[verb.i + 1].tag_ not in NOUN_TAGS:
        return False
    k = before.i - 1
    while k > start and doc[k - 1].tag_ in NOUN_TAGS:
        k -= 1  # back over the nouns of the item before: "fire exits"
    if doc[before.i - 1].tag_ not in NOUN_TAGS or k <= start:
        return False
    modifier, opener = doc[k - 1], doc[k - 2] if k - 2 >= start else None
    opens_item = opener is None or opener.text == "," or opener.tag_ in ("CC", "IN", "RB", "VBG")
    return modifier.tag_ in ("JJ", "VBN", "VBD", "VBG") and opens_item


def _attributive(verb: Token) -> bool:
    """A participle before the noun it describes, with no words of its own after it but adverbs: "failed
    attempts", "more stolen cars", "a 72 trillion-shilling plan"."""
    before_noun = verb.dep_ in ("amod", "compound") and verb.i < verb.head.i
    return before_noun and all(c.dep_ == "advmod" or c.i < verb.i for c in verb.children)


def _verb_as_noun(word: Token) -> bool:
    """A noun that is a verb form in WordNet, with a subject or a particle, or after a noun and before what may
    be its object: a present tense the tagger missed ("The agency details more than 30 goals", "A couple on
    the site claim that ...")."""
    doc = word.doc
    if word.tag_ not in ("NN", "NNS") or word.i == 0 or word.i + 1 >= len(doc) or verb_lemma(word.lower_) is None:
        return False
    if any(c.dep_ in ("nsubj", "prt") for c in word.children):
        return True  # the parser gave it a subject or a particle: "The chief, who ..., steps down"
    if word.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in SINGULAR_OR_DEMONSTRATIVE for c in word.children):
        return True  # a singular determiner cannot go with a plural: "This new proposal invests in ..."
    after = doc[word.i + 1]
    objects = ("DT", "PDT", "PRP", "PRP$") if word.tag_ == "NN" else ("DT", "PRP$", "CD", "TO", "VBG", "JJ", "JJR", "RB", "RBR")
    # "claim that ...", not the relative "a figure that", nor "that" opening a relative clause the parser hung on it
    complement = after.lower_ == "that" and after.tag_ == "IN" and not any(c.dep_ == "relcl" for c in word.children)
    return (after.tag_ in objects or complement) and doc[word.i - 1].tag_ in NOUN_TAGS | {"POS", "VBD"}


def _coordinated_participle(verb: Token) -> bool:
    """A past form joined to a participle with no subject of its own: the same participle ("Stolen from a
    library and never recovered")."""
    return verb.tag_ == "VBD" and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not _own_subject(verb)


def _later_clause_on_root(word: Token, sent: Span) -> bool:
    """A clause after a comma that hangs on the sentence's root ("Better late, as the saying goes"), not
    one deep inside a subordinate clause ("Though he said that the wall, if it failed, ...")."""
    opening, root = sent[0], sent.root
    if opening.dep_ == "mark" and (opening.head == root or _before_insertion(opening, root)) or _complement(root):
        return False  # the root's own clause is subordinate: "Unless, as the chief warned, the insurers ...", "...,
        # as lawyers had predicted, that the law was valid"
    return word.dep_ == "mark" and word.i > sent.start and word.nbor(-1).text == "," and word.head.head == sent.root


def _complement(verb: Token) -> bool:
    """Whether "that" opens the clause of ``verb``: "(ruled) that the law was valid"; not one before a common noun,
    which may be a demonstrative the parser took for it ("..., that data will be checked")."""
    doc = verb.doc
    marks = (c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.tag_ == "IN")
    return any(m.i + 1 < len(doc) and doc[m.i + 1].tag_ not in ("NN", "NNS") for m in marks)


def _free_finite(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A finite verb (or auxiliary) whose clause no subordinator or relative word opens: whatever the parser
    made of the sentence, it may be the main verb ("Sending people to prison has upended lives.")."""
    if not _finite(word) or word.dep_ == "pobj" or _coordinated_participle(word) or _participle_in_list(word):
        return False
    verb = word.head if word.dep_ in AUX_DEPS else word
    if verb.dep_ in ("relcl", "acl") or any(c.dep_ == "mark" for c in verb.children):
        return False
    if _parenthetical_clause(verb):
        return False  # "a crane operator who, investigators say, moved ..."
    if _said_in_relative(verb) or _listed_participle(verb) or _joined_to_clause(verb) is not None:
        return False
    reporting = verb.head.tag_ in ("VBG", "VBN") and verb.head.lower_ in verb_class(SAYING_CLASSES)
    if verb.dep_ == "ccomp" and reporting and not _finite_group(verb.head):
        return False  # what a participle of saying or thinking reports: "Saying it would hurt farmers."
    return not _introduced(verb, subordinators)


def _finite_group(verb: Token) -> bool:
    return _finite(verb) or any(_finite(c) for c in verb.children if c.dep_ in AUX_DEPS)


def _credit(tokens: list[Token]) -> bool:
    """A credit or an editor's note: a participle of a verb of communication and its agent or time among its
    first words, and no finite verb ("Reporting by Ana Ruiz; Editing by Tom Lee.", "With reporting from the AP.", "Updated at 5 p.m.")."""
    communication = verb_class(("verb.communication",), 2)
    participles = (t for t in tokens[:3] if t.tag_ in ("VBG", "VBN") or t.lower_.endswith("ing"))  # "Reporting/NN"
    credit = any(t.lower_ in communication and t.nbor().lower_ in ("by", "from", "at") for t in participles)
    return credit and not any(map(_finite, tokens))


def _formula(sent: Span) -> bool:
    """A greeting or thanks, which needs no verb: "Many thanks to ...", "Congratulations to ..."."""
    words = [t.lower_ for t in sent if t.is_alpha][:2]
    return any(w in FORMULAS for w in words)


def _subordinator_at(
    tokens: list[Token], j: int, subordinators: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    first = tokens[j].lower_ if j < len(tokens) else None  # a phrase's first word, compared before the rest
    return next(
        (p for p in subordinators if (not p or p[0] == first) and [t.lower_ for t in tokens[j : j + len(p)]] == list(p)),
        None,
    )


def _independent(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``verb`` heads an independent clause: a finite verb with a subject, or an imperative, that no
    subordinator, relative word or other clause governs."""
    if not _predicate(verb) or _introduced(verb, subordinators) or _joined_to_clause(verb) is not None:
        return False
    if verb.dep_ == "ROOT":
        return True
    if _parenthetical_clause(verb):
        return False  # "Because, organizers said, demand was high."
    joined = verb.dep_ == "conj" and _own_subject(verb) and not _predicate(verb.head)
    # a verb joined to a relative clause's verb without a subject of its own shares the relative word: "a plant
    # that supplies half the power and has been running ..."
    in_relative = _said_in_relative(verb) or verb.dep_ == "conj" and not _own_subject(verb)
    if joined or verb.head.dep_ == "relcl" and not in_relative:
        return True  # a clause the parser joined to a phrase: "To carry this forward ..., we must listen ..."
    if verb.dep_ in ("conj", "ccomp", "xcomp") and verb.head.tag_ in VERB_TAGS:
        return _independent(verb.head, subordinators)  # "If the money arrives and the contractors agree."
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "that" and the like: "To make sure that no voter missed it."
    # a clause the parser hung elsewhere is one ("Because the shells landed, most families saw ..."), a relative
    # clause or a clause in a phrase is not ("the fact that ...")
    return verb.dep_ not in ("relcl", "acl", "pcomp", "csubj", "csubjpass")


def _joined_to_clause(verb: Token) -> Token | None:
    """The verb of a relative or subordinate clause that ``verb``'s clause is joined to by "and", "or" or
    "but" without a comma: one clause, since a coordinator joins like with like ("a town where the mill closed
    and the bank shut", "since the mine closed and most people moved away"), as the parse has it or with the
    coordinator left on that verb, right before ``verb``'s subject. A relative word that is the subject of its
    clause is not shared by a clause with a subject of its own."""
    doc = verb.doc
    if verb.dep_ == "conj":
        head = verb.head
        coordinator = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
    else:
        found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if found is None or found.left_edge.i <= verb.sent.start:
            return None
        coordinator = doc[found.left_edge.i - 1]
        head = coordinator.head
        if coordinator.dep_ != "cc" or head.i > coordinator.i or any(c.dep_ == "conj" for c in head.children):
            return None
    if coordinator is None or doc[coordinator.i - 1].text == "," or head.tag_ not in VERB_TAGS:
        return None
    if head.dep_ == "relcl":  # not one whose relative word is its subject: "who becomes a student and a citizen will"
        return None if any(c.dep_ in SUBJECT_DEPS and c.tag_ in WH_TAGS for c in head.children) else head
    return head if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in head.children) else None


def _parenthetical_clause(verb: Token) -> bool:
    return verb.dep_ == "parataxis" and _parenthetical(verb)


def _parenthetical(verb: Token) -> bool:
    """Whether ``verb``'s clause stands between commas or dashes before the clause it comments on."""
    words = [t for t in verb.subtree if not t.is_punct]
    doc, first, last = verb.doc, words[0].i, words[-1].i
    if first == 0 or last + 1 >= len(doc) or verb.head.i < verb.i:
        return False
    return doc[first - 1].text in (",", "—", "–") and doc[last + 1].text in (",", "—", "–")


def _predicate(verb: Token) -> bool:
    """A finite verb group with a subject ("the talks failed", "was told"), or an imperative ("Read ...").

    Tagging slips count too: a word with a finite auxiliary ("are disturbing"), "’s" read as a noun, a
    past tense read as a participle ("the bridge finally opened").
    """
    if verb.dep_ in AUX_DEPS:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if _finite(verb) or any(_finite(c) for c in auxiliaries):
        return (_has_subject(verb) or _inverted(verb, auxiliaries)) and not _listed_participle(verb)
    if verb.tag_ in ("VBN", "VB", "JJ") and not auxiliaries and any(c.dep_ == "nsubj" for c in verb.children):
        return not _participle_only(verb)  # not a participle after its noun: "The longest sentence given to ..."
    first = _first_word(verb)
    imperative = verb.tag_ == "VB" and verb.dep_ == "ROOT" or verb.tag_ in ("VB", "VBP") and first
    return imperative and not auxiliaries and not _has_subject(verb) and not _passive_by_people(verb)


def _passive_by_people(verb: Token) -> bool:
    """A participle with the form of its base ("Cut", "Shut", "Set") and no object, done by people: "Shut for a
    month by health inspectors ...". An imperative has no agent ("Put the forms in the box by the door")."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    agents = (t for t in verb.subtree if t.lower_ == "by")
    return any(is_people_noun(c) for by in agents for c in by.children if c.dep_ == "pobj")


def _finite(word: Token) -> bool:
    return word.tag_ in FINITE_TAGS or word.lower_ in CONTRACTED_VERBS and not _possessive(word)


def _possessive(word: Token) -> bool:
    """A possessive "’s", by its parse or by its tag after a noun, where the parser hung it as a verb ("the
    team’s starting tackles"); not "Here’s", "It’s"."""
    after_noun = word.tag_ == "POS" and word.i > 0 and word.doc[word.i - 1].tag_ in NOUN_TAGS
    return word.dep_ in ("case", "poss") or after_noun


def _inverted(verb: Token, auxiliaries: list[Token]) -> bool:
    """A subject after the verb: "Also arrested was the driver.", "Gone are the days when ..."."""
    if _first_word(verb):
        return False
    after = (c for w in (verb, *auxiliaries) for c in w.children if c.i > verb.i)
    return any(c.dep_ in ("attr", "nsubj", "nsubjpass") for c in after)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ not in WH_TAGS for c in verb.children)


def _has_subject(verb: Token) -> bool:
    """Whether ``verb`` (or its auxiliary, where the parser may hang it) has a subject."""
    auxiliaries = (c for c in verb.children if c.dep_ in AUX_DEPS)
    return subject(verb) is not None or any(subject(a) is not None for a in auxiliaries)


def _introduced(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the clause of ``verb`` opens with a subordinator or a relative or question word."""
    doc = verb.doc
    words = _words_of(subordinators)  # not a preposition parsed as one: "With each ..."
    group = [verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)]  # the parser may hang it on "was"
    marks = (c for w in group for c in w.children if c.dep_ == "mark")
    if any((c.lower_ in words or _marked_clause(c)) and _subordinates(c, c.head) for c in marks):
        return True
    start = verb.left_edge
    determiner = start.dep_ == "det" and start.lower_ != "whose"  # "Which candidate won ..." (a question)
    if start.tag_ in WH_TAGS and not determiner and start.i < verb.i and _clause_of(start).i == verb.i:
        return True  # not "Which candidate will win remains unclear": the question is the subject
    first = start.i == verb.sent.start
    if start.lower_ in RELATIVES and not determiner and first and verb.dep_ == "ROOT" and not _clause_subject(verb):
        return True  # a relative word that a clause inside took: "Which critics say will be hard to enforce."
    subjects = [c for w in group for c in w.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if any(_relative_subject(c) for c in subjects):
        return True  # "times that now stretch ...", "residents, some of whom live ..."
    subjects = [c.left_edge.i for c in subjects]
    opener = doc[min(subjects) - 1] if subjects and min(subjects) > start.i else start
    if opener.tag_ == "WRB" and opener.head.i == verb.i:
        return True  # a phrase the parser hung on the clause before it: "Unlike past years, when the fair drew ..."
    wh_phrase = opener.i > start.i and doc[opener.i - 1].tag_ == "WRB"
    if opener.tag_ in ("RB", "JJ") and opener.head.i == verb.i and wh_phrase:
        return True  # a question word's phrase before the subject: "To test how quickly crews can respond ..."
    of_relative = doc[start.i + 1 : start.i + 3] if start.i + 3 <= verb.i else ()
    if len(of_relative) == 2 and of_relative[0].lower_ == "of" and of_relative[1].lower_ in RELATIVES:
        return True  # "Most of whom fled ...", "All of which means ..."
    opens_relative = doc[start.i + 1].lower_ in RELATIVES and doc[start.i + 1].tag_ in WH_TAGS
    if start.tag_ == "IN" and opens_relative and not any(t.text == "," for t in doc[start.i : verb.i]):
        return True  # "Under whose leadership the gallery grew", "In which case ..."
    if any(_before_insertion(c, verb) for c in doc[start.i : verb.i]):
        return True  # the subordinator before a clause set in commas: "Unless, as the chief warned, the insurers ..."
    if _reported_gap(verb):
        return True  # "delays that commuters say have doubled", "Which officials say could cost ..."
    if _subordinator_across_insertion(verb, subordinators) is not None:
        return True  # "As the company, long the region's largest employer, cut ..."
    tokens = [t for t in doc[start.i : verb.i + 1] if not t.is_punct]
    k = 0
    while k < len(tokens) - 1 and _lead_word(tokens[k]):
        k += 1
    phrase = _opening_subordinator(tokens, k, subordinators)
    if phrase is None:
        return False
    read_as_phrase = len(phrase) > 1 and tokens[k].dep_ == "prep" and tokens[k].head.i == verb.i  # "In case the dam"
    return read_as_phrase or _marked_clause(tokens[k]) == verb or _subordinates(tokens[k + len(phrase) - 1], verb)


def _clause_subject(verb: Token) -> bool:
    """Whether a clause is the subject in the sentence of ``verb``: "Who pays for it is unclear."."""
    return any(t.dep_ in ("csubj", "csubjpass") for t in verb.sent)


def _reported_gap(word: Token) -> bool:
    """Whether ``word`` is a verb of saying or thinking right before an auxiliary with no subject between, or
    that auxiliary or its verb: the subject moved out as a relative word before them, so both are in a relative
    clause ("Which officials say could cost ...", "delays that commuters say have doubled"). Not after a noun
    for something said or a pronoun, which may be the object instead ("Everything that critics say will be
    checked")."""
    doc = word.doc
    if _reporting_before_gap(word):
        return True
    i = word.i  # back over the verb group: "say could cost", "say have not been repaired"
    while i > word.sent.start and word.i - i < 4 and doc[i - 1].tag_ in VERB_TAGS | {"RB"}:
        i -= 1
        if _reporting_before_gap(doc[i]):
            return True
    return False


def _reporting_before_gap(saying: Token) -> bool:
    """A verb of saying or thinking right before an auxiliary, after a relative word that may be its subject."""
    doc = saying.doc
    if saying.tag_ not in ("VBP", "VBZ", "VBD") or saying.i + 2 >= len(doc):
        return False
    if saying.lower_ not in verb_class(SAYING_CLASSES):
        return False
    after, following = doc[saying.i + 1], doc[saying.i + 2]
    if not (after.tag_ == "MD" or after.lower_ in HAVE_BE and following.tag_ in ("VBN", "VBG", "RB")):
        return False
    sent = saying.sent
    start = sent.start
    if following.i >= sent.end or any(map(_past_before_object, doc[after.i + 2 : sent.end])):
        return False  # the main verb may follow as a participle: "Cracks that engineers say could widen forced ..."
    relative = next((t for t in reversed(doc[start : saying.i]) if t.lower_ in GAP_RELATIVES or _finite(t)), None)
    if relative is None or relative.lower_ not in GAP_RELATIVES or relative.i + 1 == saying.i:
        return False  # a finite verb first: the words before the verb of saying are a clause of their own
    antecedent = doc[relative.i - 1] if relative.i > start else None
    if antecedent is None or antecedent.tag_ in ("DT", "PRP"):
        return antecedent is None  # "Which officials say ...", not "All that critics say will ..."
    return not any(in_class(noun_lemma(antecedent), name) for name in ("noun.communication", "noun.cognition"))


def _past_before_object(word: Token) -> bool:
    """A regular past form with no auxiliary before what may be its object, whatever its tag."""
    doc = word.doc
    if word.tag_ not in ("VBD", "VBN", "JJ") or not word.lower_.endswith("ed"):
        return False
    bare = not any(c.dep_ in AUX_DEPS for c in word.children)
    return bare and word.i + 1 < len(doc) and doc[word.i + 1].tag_ in NOUN_TAGS | {"DT", "PRP", "PRP$", "CD"}


def _said_in_relative(verb: Token) -> bool:
    """What the verb of a relative clause set off by a comma says, which belongs to it: "Intel, which said it
    would cut 15,000 jobs". Not after a relative clause without a comma, where the parser may take the main verb
    for what it says ("Students who say the rooms are full welcomed ...")."""
    relative = verb.head
    start = relative.left_edge.i
    return verb.dep_ == "ccomp" and relative.dep_ == "relcl" and start > 0 and verb.doc[start - 1].text == ","


def _relative_subject(word: Token) -> bool:
    """A relative word after a noun or comma as the subject ("waiting times that now stretch"), or a subject
    with "of whom" or "of which" ("some of whom live")."""
    previous = word.doc[word.i - 1] if word.i > word.sent.start else None
    # "that" opens no relative clause after a comma: "To us, that means ..." is a demonstrative
    after_comma = previous is not None and previous.text == "," and word.lower_ != "that"
    if word.tag_ in ("WDT", "WP") and previous is not None and (previous.tag_ in NOUN_TAGS or after_comma):
        return True
    return any(c.lower_ == "of" and any(g.lower_ in RELATIVES for g in c.children) for c in word.children)


def _before_insertion(word: Token, verb: Token) -> bool:
    """A subordinator the parser hung on a clause set in commas after it, which has its own ("Unless, as the
    chief warned, the insurers decide ..."): it opens the clause of ``verb``, after the insertion."""
    if word.dep_ != "mark" or word.nbor().text != "," or word.head.right_edge.i >= verb.i:
        return False
    return any(c.dep_ == "mark" and c.i > word.i for c in word.head.children)


def _subordinator_across_insertion(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> Token | None:
    """The subordinator whose subject ``verb`` follows across an insertion set in commas, which the parser may
    read as a preposition and its object or as the verb's subject ("As the company, long the region's largest
    employer, cut ...", "after the volcano, which last erupted in 2010, began ..."): one comma never parts a
    subject from its verb, so the noun before the insertion is the subject, and the subordinator its clause's."""
    doc, k, start = verb.doc, verb.i - 1, verb.sent.start
    while k > start and (doc[k].tag_ in ("RB", "MD") or doc[k].dep_ in AUX_DEPS):
        k -= 1  # "..., has since cut", "..., would not"
    if k <= start or doc[k].text != "," or verb.dep_ in AUX_DEPS or not _finite_group(verb):
        return None
    opening = next((t.i for t in reversed(doc[start:k]) if t.text == ","), None)
    if opening is None:
        return None
    for word in reversed(doc[start:opening]):
        if word.text == "," or _finite(word):
            return None  # the words before the insertion are a clause or a phrase of their own
        if word.dep_ in ("mark", "prep") and (word.lower_,) in subordinators:
            group = [verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)]
            subjects = (c for w in group for c in w.children if c.dep_ in SUBJECT_DEPS)
            return word if all(word.i < c.i < k for c in subjects) else None
    return None


@functools.cache
def _words_of(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in phrase)


def _clause_of(word: Token) -> Token:
    """The nearest verb above ``word`` (or the root)."""
    while word.head.i != word.i and word.head.tag_ not in VERB_TAGS:
        word = word.head
    return word.head


def _subordinates(word: Token, verb: Token) -> bool:
    """Whether the subordinator ending in ``word`` makes ``verb``'s clause subordinate.

    Not "As many as 300 people attended", "As of Monday, ...", nor a subordinator whose clause is the
    subject ("Whether the plan passes is ...") or an elliptical clause ("If elected, she will ...").
    """
    if word.head.i != verb.i or _elliptical(word):
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
    inverted = after.dep_ in AUX_DEPS and after.tag_ in FINITE_TAGS and after.head.i == verb.i
    if inverted and any(c.dep_ in SUBJECT_DEPS and c.i > after.i for c in verb.children):
        return False  # no subordinate clause puts its auxiliary before the subject: "Never before has the country ..."
    if word.lower_ == "as":
        return word.dep_ == "mark" and after.tag_ not in FINITE_TAGS  # not the comparative "As did wages."
    if word.dep_ == "prep":  # "Especially since at 18F, we ..." parsed as a preposition without object
        return after.lower_ not in ("of", "to", "for") and not any(c.dep_ in ("pobj", "pcomp") for c in word.children)
    return word.dep_ in ("mark", "advmod")


def _missed_main_verb(verb: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A verb that may be the main verb of the words before it, which the parser hung on a noun.

    A finite verb after the first word with no subject, or one it cannot agree with ("The report that
    officials released on Monday shows ..."), or a regular past form hung on the root noun ("His manager,
    Jon Park, interjected ...", "the Assembly adopted by consensus a resolution").
    """
    doc = verb.doc
    if _present_read_as_noun(verb) and not _clause_or_verb_before(verb, subordinators):
        return True  # "Water resources amount to ...", "In Spain, residents under 35 spend ...", "..., 69 fall in ..."
    if _communication_read_as_modifier(verb):
        return True
    if verb.dep_ in AUX_DEPS | {"pobj"} or _first_word(verb) or _coordinated_participle(verb) or _reported_gap(verb):
        return False  # (the object of a preposition is a noun, whatever its tag: "a string of product recalls")
    if _participle_in_list(verb) or _participle_only(verb) or _record_participle(verb):
        return False  # "The longest sentence given to ...", "The harshest penalty ever imposed on a club ..."
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    opening = verb.sent[0]
    relative = opening.lower_ in RELATIVES and opening.tag_ in WH_TAGS and opening.dep_ != "det"
    if (verb.tag_ in FINITE_TAGS or any(_finite(c) for c in auxiliaries)) and not _has_subject(verb) and not relative:
        # (after an opening "Which ..." the subject is that word: "Which critics say will be ..."; after an
        # insertion, the noun before it: "after the volcano, which last erupted in 2010, began ...")
        return _subordinator_across_insertion(verb, subordinators) is None
    found = subject(verb)  # None after an opening "Which": "Which of the quotes was highest remains ..."
    # a base form after "that" is a subjunctive ("required that any building have ..."), not "-s" after a plural
    subjunctive = verb.tag_ == "VBP" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    # (a subject of its own: a word joined to a relative clause's verb may be a noun, "recipes his grandmother
    # brought from Addis Ababa and produce from farms")
    if verb.tag_ in FINITE_TAGS and found is not None and found.head == verb and disagrees(found, verb) and not subjunctive:
        return True
    if verb.tag_ == "VBN" and not auxiliaries and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return True  # a participle with an object is a past tense: "What happened next shocked the officers"
    if verb.tag_ in ("NNS", "NNPS") and verb.nbor(-1).tag_ in NOUN_TAGS | {"POS"} and verb.i + 1 < len(doc):
        after = doc[verb.i + 1]
        # the clause after it is its complement ("Today's data reinforces that ..."), not another verb's ("To cut
        # waiting times that the service has failed to reduce")
        opens = after.lower_ in ("that", "how", "what") and after.tag_ != "WDT"
        opens_complement = opens and _clause_of(after).head == verb
        if opens_complement or after.tag_ in ("DT", "PRP$"):
            return True  # a verb tagged as a plural noun
    if verb.tag_ in ("JJ", "VBN") and verb.lower_.endswith("ed") and 0 < verb.i < len(doc) - 1:
        before, after = doc[verb.i - 1], doc[verb.i + 1]
        measure = "npadvmod" in (after.dep_, after.head.dep_)  # a time, not an object: "scrapped two months later"
        if before.tag_ in ("NN", "NNP", "PRP") and after.tag_ in ("CD", "DT", "PRP$") and not measure:
            return True  # "OGVP uplifted two grants": a past tense tagged as an adjective
    if verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ != "ROOT":
        return False
    if doc[verb.left_edge.i].lower_ in RELATIVIZERS or any(c.tag_ in WH_TAGS for c in verb.children):
        return False  # a relative clause: "A study that the state commissioned"
    if verb.head.i == verb.i - 1 and verb.dep_ == "acl":
        return True  # "The October 7th attack brought to the surface ..."
    if not verb.lower_.endswith("ed"):
        return False
    after_noun = verb.nbor(-1).tag_ in NOUN_TAGS | {"VBG", ","}
    return verb.dep_ == "acl" or verb.dep_ == "amod" and after_noun  # "The convening highlighted ways ..."


def _object_missing(verb: Token) -> bool:
    """A past form or participle without an object, of a verb that WordNet seldom uses without one: a
    participle on a noun ("the sentence handed down to him", "a satellite launched from Norway"), since a past
    tense of that verb would have its object ("The court handed down a sentence")."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in OBJECT_DEPS and c.tag_ != "IN" for c in verb.children):
        return False  # (not "to" or "for" read as an indirect object: "given to an officer")
    lemma = verb_lemma(verb.lower_)
    if lemma is None:
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None and sense_in(f"{lemma} {particle}", "frame.object"):
        lemma = f"{lemma} {particle}"  # "hand down", "carry out"
    alone = sense_in(lemma, "frame.no-object")
    seldom = alone is None or alone.first_rank > 1 and alone.tagged_share < RARE_SHARE
    return seldom and sense_in(lemma, "frame.object") is not None


def _record_participle(verb: Token) -> bool:
    """A verb without the object it needs on a noun ranked by a superlative: a participle telling how the record
    was set ("The harshest penalty ever imposed on a club", "the first satellite launched from Norway"), not the
    sentence's past tense, which would have its object."""
    return verb.dep_ == "acl" and _superlative(verb.head) and _object_missing(verb)


def _superlative(noun: Token) -> bool:
    """A noun with a superlative or an adjective of order before it: "the harshest penalty", "the most detailed
    map", "the first satellite", "the only medal" (a record, which news copy follows with how it was set)."""
    return any(c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.lower_ in ORDER_ADJECTIVES) for c in noun.children)


def _participle_only(verb: Token) -> bool:
    """An irregular past participle in "-en", "-wn" or "-rn", which no past tense shares, so no main verb
    without an auxiliary: "given", "taken", "shown", "sworn" (not "began", "won")."""
    return verb.lower_.endswith(("en", "wn", "rn")) and irregular_base(verb.lower_) is not None


def _present_read_as_noun(word: Token) -> bool:
    """A present tense the tagger read as a singular noun: the base form of a verb right after a plural noun
    phrase (or a number) and before a preposition or adverb, where a noun would have to take the plural's "-s" to
    head the phrase ("water resources amount to ...", "residents under 35 spend on ...", "69 fall within ...")."""
    doc = word.doc
    if word.tag_ != "NN" or word.i == word.sent.start or word.i + 1 >= word.sent.end:
        return False
    after = doc[word.i + 1]
    if after.tag_ not in ("IN", "TO", "RB") or after.lower_ == "of" or verb_lemma(word.lower_) != word.lower_:
        return False  # "of" follows nouns: "a storm surge of three metres"
    before = doc[word.i - 1]
    return _plural_phrase(before) and not is_phrase(before.text, word.text)  # a compound noun: "sales tax", "arms race"


def _plural_phrase(noun: Token) -> bool:
    """Whether ``noun`` ends a plural noun phrase: a plural (not after a singular determiner, as in "a jobs
    plan"), an irregular one ("larvae"), or a number that is neither a year nor within a phrase ("69", not "the
    2024 vote")."""
    doc, start = noun.doc, noun.sent.start
    k = noun.i
    while k > start and doc[k - 1].tag_ in NOUN_PHRASE_TAGS:
        k -= 1
    opener = doc[k].lower_
    if noun.tag_ == "CD":  # a number alone, not one measuring a noun: "a $1.2 million gap"
        return k == noun.i and not (len(noun.text) == 4 and noun.text.isdigit())
    plural = noun.tag_ in ("NNS", "NNPS") or noun.tag_ in NOUN_TAGS | ADJECTIVE_TAGS and is_irregular_form(noun.lower_)
    return plural and opener not in SINGULAR_OR_DEMONSTRATIVE


def _communication_read_as_modifier(verb: Token) -> bool:
    """A regular past of saying read as a participle before a person whose "that" clause (with a subject of its
    own) the parser hung on that noun: the clause is the verb's, as in "warn, tell, assure someone that ..." ("Its
    commissioner-general warned donors in Amman that the funding was not secured")."""
    if verb.dep_ != "amod" or not verb.lower_.endswith("ed") or verb.lower_ not in verb_class(SAYING_CLASSES):
        return False
    noun, before = verb.head, verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if noun.i < verb.i or before is None or before.tag_ in ("DT", "PRP$", "POS", "RB") or not is_people_noun(noun):
        return False  # "the warned donors", "newly informed voters"
    that = (m for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and _own_subject(c) for m in c.children)
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in that)


def _clause_or_verb_before(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words before ``word`` since the last comma hold a subordinator, a relative or question word,
    a verb or "to": the noun before ``word`` is then no main clause's subject ("When the eggs hatch ...",
    "Reducing crashes at the curve near ...")."""
    for tok in reversed(word.doc[word.sent.start : word.i]):
        if tok.text == ",":
            return False
        if tok.tag_ in WH_TAGS | VERB_TAGS | {"TO"} or tok.dep_ == "mark" or (tok.lower_,) in subordinators:
            return True
    return False


def _first_word(word: Token) -> bool:
    """Whether no word (letters or digits) comes before ``word`` in its sentence."""
    return not any(t.is_alpha or t.text.isdigit() for t in word.doc[word.sent.start : word.i])


def _relative(verb: Token) -> bool:
    """A relative or participle clause on a noun, or a "when" or "where" clause on one ("the 2016 season, when it
    reached the final")."""
    if verb.tag_ not in VERB_TAGS:
        return False
    if verb.dep_ in ("relcl", "acl"):
        return True
    if verb.dep_ != "advcl" or verb.head.tag_ not in NOUN_TAGS:
        return False
    # right after the noun or its comma, not "Refer to the information only when it is relevant"
    return any(c.tag_ == "WRB" and c.nbor(-1).text in (",", verb.head.text) for c in verb.children)


def _misplaced_relative(verb: Token) -> bool:
    """A relative clause without "that", "which", "who" ... that may be a main clause the parser hung on a
    noun ("At the end of the day I'm proud ..."), or a plural noun before "how" or "what", which is a
    verb the tagger missed ("the launch highlights how ...")."""
    doc = verb.doc
    if verb.tag_ in ("NNS", "NNPS") and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("how", "what"):
        return True
    if verb.dep_ != "relcl" or doc[verb.left_edge.i].lower_ in RELATIVIZERS | {"whose", "whom"}:
        return False
    if any(t.tag_ in WH_TAGS for t in doc[verb.left_edge.i : verb.i]):
        return False  # after a preposition: "a season in which the team won"
    if any(map(_finite, doc[verb.head.i + 1 : verb.left_edge.i])) and _has_subject(verb):
        return True  # another clause between the noun and this one: no relative clause ("the way X builds ..., teams are")
    noun = verb.head
    while noun.head.i != noun.i and noun.tag_ not in VERB_TAGS:
        noun = noun.head
    return _has_subject(verb) and noun.tag_ not in VERB_TAGS  # hung on a verbless phrase, not "the way they do"


def _main_clause_after(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A main clause after the subordinate one and a comma, which the parser hung elsewhere.

    "Because the shells landed at night, most families learned ..." (the parser may hang the subordinator on
    the main verb), "As we have said before, every site ... should ..."; or a quotation the clause
    introduces ("As the minister put it, “...”"). Not "Especially since in our district, we ...": the
    subordinate clause must start before the comma.
    """
    doc, sent = word.doc, word.sent
    first = next((t.i for t in doc[word.i + 1 : sent.end] if t.text == ","), None)
    later = doc[word.i + 1 : sent.end]
    across = next((t for t in later if _subordinator_across_insertion(t, subordinators) == word), None)
    if across is not None:  # the clause goes on after an insertion: "Although Ms. Okafor, the minister, told ..."
        first = next((t.i for t in doc[across.i + 1 : sent.end] if t.text == ","), None)
    if first is not None and any(_that_before_subordinate(t, subordinators) for t in doc[word.i + 1 : first]):
        # "that" and a subordinate clause: the clause after the comma is what "that" opens ("Though he admitted
        # that when Argentina scored, he thought the game was lost")
        first = next((t.i for t in doc[first + 1 : sent.end] if t.text == ","), None)
    opening = next((t for t in doc[word.i + 1 : first or word.i] if t.tag_ not in ("RB", "RBR")), None)
    if first is None or opening is None or opening.tag_ in ("IN", "TO"):
        return False
    for tok in doc[first + 1 : sent.end]:
        if tok.tag_ in ("``", "''") or tok.text in ("“", '"'):
            return True
        if tok.tag_ not in VERB_TAGS or tok.dep_ in ("relcl", "acl", *AUX_DEPS) or _parenthetical_clause(tok):
            continue  # not a clause's verb, a relative clause, or an aside: "who, investigators say, moved ..."
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        # one subject on each side of the comma is two clauses: "Though the report found that the levee held,
        # engineers want ..."
        two_clauses = any(c.i < first for c in subjects) and any(c.i > first for c in subjects)
        if tok.head.i != tok.i and tok.head.i < first and not two_clauses:
            continue  # a complement of the subordinate clause's verb
        finite = tok.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in tok.children)
        if not finite or any((c.dep_ == "mark" or c.tag_ in WH_TAGS) and c.i > first for c in tok.children):
            continue  # a subordinate or relative clause of its own
        if _said_in_relative(tok) or any(map(_relative_subject, subjects)):
            continue  # "truckers, most of whom say they cannot ...", "residents, some of whom live ..."
        if tok.dep_ == "conj" and not subjects and any(c.dep_ == "mark" for c in tok.head.children):
            continue  # a verb sharing a subordinate clause after the comma: "..., that the fee is fair and should be kept"
        if not subjects or any(first < c.i < tok.i for c in subjects):
            return True  # a subject after the comma, or none found: not the subordinate clause's verb
    return False


def _that_before_subordinate(word: Token, subordinators: tuple[tuple[str, ...], ...]) -> bool:
    """A "that" opening a clause that starts with a subordinate one: "admitted that when ..., he thought ..."."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
    return word.lower_ == "that" and word.tag_ == "IN" and (after.lower_,) in subordinators


def _elliptical(word: Token) -> bool:
    """A verbless clause before a comma: "Though numerous, ...", "If elected, ...", "While in Riyadh, ..."."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < word.sent.end else None
    if word.lower_ not in ELLIPTICAL_SUBORDINATORS or after is None or after.tag_ not in ELLIPTICAL_STARTS:
        return False  # "because of" is a preposition, "whereas in the past we ..." a clause
    if after.tag_ == "IN":
        return True  # "While in Brussels President Biden will ..."
    for tok in doc[word.i + 1 : word.sent.end]:
        if tok.text == ",":
            return True
        if tok.tag_ in VERB_TAGS and tok.tag_ not in ("VBN", "VBG"):
            return False
    return False
