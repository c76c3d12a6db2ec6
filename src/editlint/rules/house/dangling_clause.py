"""house/dangling-clause: a finite clause hung on a preposition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, Option, RuleMeta
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, PARTITIVES, SAYING_CLASSES, SINGULAR_DETERMINERS, SUBJECT_DEPS,
    VERB_TAGS, cased, disagrees, finding, ing_form, is_people_noun, parsed_blocks, replacement_fix, reparsed, singulars,
    span_text, verb_forms, verb_lemma,
)
from editlint.lexicon import in_class, irregular_base, irregular_forms, is_phrase, sense_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from editlint.document.model import Document
    from editlint.nlp.pipeline import ParsedBlock

META = RuleMeta(
    id="house/dangling-clause",
    summary="A finite clause hung on a preposition where a participle or a conjunction belongs.",
    severity=Severity.ERROR,
    rationale="""\
## What it does
Flags any preposition that cannot take a finite clause (*with*, *despite*, *amid*, *without*,
*regarding*, *throughout*; compound ones such as *due to*, *ahead of*, *instead of*, *in the wake of*,
*as a result of*) followed by a noun phrase and a finite verb: a whole clause where the preposition can
only take a noun phrase or a participle. Prepositions that also open clauses (*after*, *since*,
*until*, *because*, *like*...) are never flagged (option `clause-prepositions`). After a preposition of place,
direction, extent or agent (*in*, *to*, *by*, *above*, *short of*) only an auxiliary or a modal tells a clause (*to the
stadium will host*): its noun often carries a participle or a relative clause with no *that* (*spoke to reporters
gathered outside*, *short of the mark physicists use*). A past form counts as
finite when it cannot be a participle (*went*, *stood*) or WordNet's verb frames say no passive
participle fits: it has an object and no passive keeps one (*lined both lanes*), or two objects, or its
verb takes no object at all (*soared*), or its subject is people and no common sense of the verb takes a
person as object (*with their captain scored twice*), or it is a phrasal verb with no object (*showed up*);
a verb of giving keeps one object in the passive, and then only after a person or group (*with the crew
handed a bonus*). A verb of change followed by a bare measure is a past tense after a thing (*with revenue
slipped 4 percent*: a passive takes *by 4 percent*), and so is a verb of motion moved to a number on a scale
(*with the index climbed above 4,000*); a name with no article acts (*with Garcia scored twice*). After any
preposition but *with* and *without*, a verb mostly used with no object is a past tense (*due to the river
dropped*). *With the contract signed* is a participle. Only *with* and *without* carry such an
absolute phrase: after any other preposition a participle must be passive (*despite the concerns raised*).
Where the tagger or parser misread the finite verb (*with the city plans to*, *with shareholders vote*,
*following they lost*), the structure around it decides. Where the parse of the paragraph hangs a long subject
on the words around it, a second reading decides: the words after a phrase set off by a comma (or, in mid-clause,
after a preposition of cause, concession or circumstance with an auxiliary or a past tense such as *ran* after
its subject) are parsed as a sentence of their own, and a subject that opens them with its finite verb is a
dangling clause (*with the mayor, the police chief and two council members spoke*). The verb after the phrase belongs
to a relative clause with no *that* when a plural follows a noun that *a* opens or the verb's object is missing (*with a
woman police have not identified*), and to the subject when a noun with no article and a participle open the sentence
(*Voters registered with either party can vote*). A past form with a clause of its own after it is a tense (*with
tests showed the air was safe*) unless its subject is the one told (*with passengers told the crew was late*); the
passive of a verb of saying or thinking keeps a predicate (*with six people reported missing*, *believed to be armed*).
After a preposition of cause, concession or time a verb of giving with its object is a past tense (*amid traders sold
shares*), and no passive keeps an object after its particle (*with the union turned down the offer*). A verb the
parser hung on the relative clause of a subject (*with fans who arrived early waited*) is that subject's.
A phrase that modifies the noun opening its clause (after the sentence's start, a subordinating word, *, and*, or a
verb of saying with no object, or *said*) belongs to that clause's subject, and the tense after it is the clause's own (*after an analyst at a bank cut*); *about*, *over* or *up to* before a number says how many;
a verb the block's parse reads as a participle on the noun before it, with no object, is one when a passive fits
(*Under a law passed in 2021, ...*). In the second reading a comma followed by *and* (the phrase's first comma) or
by a subordinating word opens another clause (*according to the office, and fears grew*).

## Constructions
| flagged | not flagged |
|---|---|
| *..., with most members have voted* (present perfect, past, present, modal, passive) | *..., with most members having voted* / *with the contract signed* / *with prices rising* |
| *..., amid investors fear ...*, *..., regarding the warden allowed ...* | *with a man who has lived there*, *the editor with whom she has worked* |
| *..., due to the airport was closed*, *ahead of the storm is expected to ...* | *Due to the storm, flights were canceled.* (a phrase, then the main clause) |
| *with no senators voted against it*, *with the last of them will sail* | *Companies with fewer than 50 workers are exempt.*, *All of the staff were told.* |
| *with the judge and both lawyers have agreed*, *with drivers who work nights have ...* | *With the vote done, lawmakers left.*, *In 2020 sales fell.* (fronted phrase and its clause) |
| *Despite the company has lost money, it kept hiring.* | *despite fears that the bridge would close* (a *that* clause of a noun) |
| *The plan passed with most members have backed it.*, *despite it was raining* | *He told reporters in Ohio the talks had failed.*, *helps people across the county find work* |
| *with the council quickly approved the plan* | *despite having lost*, *with nothing to lose*, *with the door open* |
| *with the memo sent shockwaves*, *with the deal handed the city a profit*, *about the warden allowed visitors to ...* | *with its pilots offered early retirement*, *with Smith named captain*, *with the area declared a disaster zone* |
| *..., as a result of the engine failed* (a verb with no object), *following they argued* | *With the floodwaters receded, crews ...*, *..., saying the plan had failed*, *helping clinics find staff* |
| *with the county plans to*, *with shareholders vote*, *with its sponsor, Sen. Ann Lee, hopes for* | *The law's critics, including two mayors, say it costs too much.* |
| *with their captain scored twice*, *with Senator Ray Dunn voted*, *with a dozen fans showed up* | *with its top scorer traded to Denver*, *with the lights turned off*, *outnumbered three to one* |
| *with at least 300 workers have lost*, *with the two sides each blamed*, *Following the committee voted, ...* | *Despite the concerns raised by parents, ...*, *said at least 40 homes were destroyed* |
| *with burglaries dropped 12 percent*, *with the index climbed above 39,000*, *With rents climbed 15 percent, ...* | *with spending increased by 8 percent*, *with the budget increased to $5 million*, *With the rate dropped to 4 percent, ...* |
| *with Novak scored twice*, *with Tesla dropped 8 percent*, *with residents looked on* | *with Everest climbed twice*, *with Djokovic eliminated*, *a house with the roof caved in* |
| *due to the lake dropped to a record low*, *despite it lost*, *with this was the first ...* | *in housing through a program focused on families*, *with it gone*, *With that, the meeting ended.* |
| *passed with the boards of both companies have approved*, *with its author, Sen. Mara Quinn, wants* | *acted on concerns parents have raised*, *a school in Uvalde, Texas, killing 21 people* |
| *with the mayor, the police chief and two council members spoke*, *with energy and financial stocks posted* | *armed with a knife, was arrested*, *including the threat armed groups pose* |
| *with the finance committee, chaired by a banker, has asked*, *with those who fail can retake it* | *including common paging controls shoppers are used to*, *(although of course we cannot promise ...)* |
| *due to the railway's signaling crews ran out*, *with the union and the company both refused* | *met with the league's scheduling staff to ...*, *By contrast, smaller firms hire more.* |
| *despite Joel Embiid sat out*, *amid central banks kept buying*, *with 82 percent of members voted* | *Voters registered with either party can vote.* (a participle on a noun with no article) |
| *with the judge, the prosecutor and two lawyers have agreed*, *late because of the crew had not arrived* | *seen with a woman police have not identified*, *the plan officials have kept secret* |
| *cut its forecast, citing fuel costs, with analysts now expect*, *with the rate hovered near 4 percent* | *with both sides determined to reach a deal*, *with investors betting the Fed will act* |
| *with tests showed the air was safe*, *with analysts predicted the bank would act* | *with passengers told the crew was late*, *With investors convinced the bank would act, ...* |
| *amid traders sold shares*, *Following the jury returned its verdict, ...*, *with the union turned down the offer* | *With the coach handed a new contract, ...*, *With the offer voted down, ...* |
| *shortened to 140 laps due to the deck had cracked*, *went ahead as planned, with 4,000 runners have registered* | *The amount due to the contractor was paid.*, *in the quarter ended June 30* |
| *with shoppers hesitated to spend*, *with fans who arrived early waited*, *with families who had lost their homes arrived by bus* | *with six people reported missing*, *with the suspect believed to be armed*, *with stocks up 4 percent* |
| *Shares fell with analysts at two banks have cut their targets*, *in light of the company has raised its offer* | *Stocks slid after an analyst at a bank cut her rating* (the phrase is in its clause's subject), *said about a quarter of teachers were unpaid* |
| *with the analysts have forecast a loss* | *ahead of the $1.2 billion analysts had expected*, *below the mark engineers say is required* (relative clauses with no *that*) |
| *to the stadium will host*, *above analysts had forecast* (an auxiliary or a modal after a preposition of place) | *spoke to reporters gathered outside*, *short of the mark physicists use*, *at ports in São Paulo do Sul* |
| *Because of the contractor went bankrupt, work stopped.* (a predicate, no inverted subject) | *Amid the rubble lay the remains of the old chapel.*, *Along with the chief came two deputies.* |
| *The measure passed with most members have backed it.* | *Riders who cannot walk because of a disability could book a shuttle.* (in the subject's relative clause) |

## Why
The construction is a common editing leftover (half of a rewrite) and reads as a grammar error.

## Example
```
NATO recognized the threat, Reuters reports, with President Biden has recognized the situation as dangerous.
```

## Use instead
A participle (*with President Biden having recognized ...*) or a conjunction
(*and President Biden has recognized ...*).

## Fix safety
The fix replaces the preposition with a conjunction (*with* → *and*, *despite* → *although*). It is
unsafe: the sentence may need more rewording, so it is only applied with `--unsafe-fixes`.
""",
    bad=(
        "The council approved the budget, with most members have voted in favor.",
        "Flights were canceled across the region, due to the airport was closed by snow.",
        "The museum reopened on Monday, despite the roof still needs repairs.",
    ),
    good=(
        "With the vote done, lawmakers left the chamber.",
        "She thanked the editor with whom she has worked for a decade.",
        "The team hired ten reporters, with most of them having backgrounds in local news.",
        "The council approved the budget after most members had voted in favor.",
        "Companies with fewer than 50 workers are exempt from the rule.",
    ),
    fix_availability=FixAvailability.UNSAFE,
    needs=frozenset({"spacy"}),
    options=(
        Option(
            "clause-prepositions",
            (
                "after", "before", "since", "until", "till", "as", "because", "although", "though", "while",
                "whilst", "once", "unless", "whereas", "if", "whether", "that", "than", "lest", "so", "for", "like",
                "but", "except", "save", "given", "considering", "provided", "providing", "assuming", "supposing",
                "seeing", "in case",
            ),
            "Prepositions (words or phrases) that may also open a finite clause: never flagged.",
        ),
    ),
)

# Preposition -> conjunction that does take a clause (for the message and the fix).
CONJUNCTIONS = {
    "with": "and", "alongside": "and", "along with": "and", "together with": "and", "including": "and",
    "plus": "and", "besides": "and", "in addition to": "and", "on top of": "and",
    "despite": "although", "in spite of": "although", "regardless of": "although", "notwithstanding": "although",
    "in the face of": "although",
    "due to": "because", "owing to": "because", "because of": "because", "thanks to": "because",
    "as a result of": "because", "in light of": "because",
    "following": "after", "in the wake of": "after", "amid": "while", "amidst": "while", "during": "while",
    "throughout": "while", "ahead of": "before", "prior to": "before",
}
DETERMINERS = frozenset({"DT", "PDT", "PRP$", "CD"})
MODIFIERS = frozenset({"JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH"})
HEADS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
NOMINAL = HEADS | ADJECTIVE_TAGS
# The quantifiers that may float after their noun: "the two sides [both] agreed", "the members [all] voted".
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
QUANTIFIERS = frozenset("each most many some all none several both few any either neither one much more".split())
# Prepositions that may continue a noun phrase: "most of them", "demand from Europe".
NP_PREPOSITIONS = frozenset("of from in at on for across around within near between among over under".split())
# Past tenses that cannot be participles, where WordNet's irregular forms do not tell (see _past_only): auxiliaries
# and modals, and verbs whose participle is their base form ("come", "run") or ends like a past ("begun").
PAST_ONLY = frozenset("was were had did could would should might began came became ran".split())
# Present tenses that are also past participles: "with payments spread over ten years".
SAME_AS_PARTICIPLE = frozenset(
    "cut put set hit shut spread cost hurt let split quit cast bet burst broadcast forecast upset read shed "
    "thrust".split()
)
# Not a particle alone: "with the lights turned off" is a participle.
COMPLEMENT_DEPS = frozenset({"dobj", "acomp", "attr", "ccomp", "xcomp", "dative"})
# Irregular past participles of verbs that keep an object in the passive ("with the coach told the news"), and
# two WordNet files without a "somebody something" frame ("fined $500", "refused entry"): no lemmatizer is
# loaded, and the regular forms are found through WordNet's frames (see _keeps_object).
PASSIVE_WITH_OBJECT = frozenset("given handed shown told paid taught lent sent fined refused charged".split())
# Verbs of naming and appointing keep a role noun in the passive, a person's ("with Smith named captain");
# verbs of making and calling keep a predicate of anything ("with the area declared a disaster zone").
# WordNet's frames file both inconsistently, so they are listed.
NAMING_PARTICIPLES = frozenset("named elected appointed dubbed crowned voted selected picked chosen".split())
PREDICATE_PARTICIPLES = frozenset("made called considered kept left declared labeled labelled branded".split())
CLITICS = frozenset({"'s", "’s", "'d", "’d"})
# The prepositions of English's absolute construction, the only ones whose noun phrase may carry a predicate of
# its own: "With the floodwaters receded, ..." (not "Despite the floodwaters receded, ...").
ABSOLUTE_PREPOSITIONS = frozenset({"with", "without"})
# Prepositions naming members of a set just mentioned, whose noun may carry its own participle like the set's:
# "every account, including the money returned to donors", "among the homes flooded in May".
MEMBER_PREPOSITIONS = frozenset({"including", "excluding", "among", "amongst"})
# Verbs of place and existence that allow "With each election comes a flood of data."
INVERSION_VERBS = frozenset(
    "come comes came go goes went lie lies lay stand stands stood sit sits sat follow follows followed remain remains "
    "remained exist exists existed emerge emerges emerged arise arises arose appear appears appeared rest rests "
    "rested hang hangs hung live lives lived run runs ran arrive arrives arrived flow flows flowed".split()
)
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})
# Past tenses of verbs that (almost) never take an object, so are no passive participles either: "with
# supporters waited outside", "following officers sat in the road". WordNet's frames find the others
# (_takes_no_object); these are irregular (no lemmatizer is loaded) or have a rare sense WordNet gives an
# object or a clause ("wait one's turn", "complain that ..."). A particle or a "by" phrase after them still
# makes a participle ("with the door knocked down", "protested by farmers").
INTRANSITIVE_PAST = frozenset(
    "stood sat knelt slept fled dwelt wept knocked waited complained protested responded testified objected lived "
    "wandered travelled traveled".split()
)
# Verbs of aspect, which take a gerund of their own ("kept buying", "stopped paying"): a closed class WordNet's
# frames as shipped do not record ("time spent serving" is a participle before a gerund).
ASPECT_VERBS = frozenset({"start", "stop", "keep", "continue", "quit", "finish", "resume", "cease"})
# Prepositions that are never the particle of a phrasal verb with no object ("looked on", "moved in"), so one with
# no object after a verb was stranded by a relative clause: "the spill residents had complained about".
STRANDED_PREPOSITIONS = frozenset("about for of with from at to into against toward towards upon".split())
# Nouns that count a plural after "a" ("a dozen fans", "a couple friends"): a closed class.
COLLECTIVE_NUMERALS = frozenset({"dozen", "score", "couple"})
# Subject pronouns: only a finite verb follows one ("despite they lost", "with we have agreed").
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# The words that make a noun of time an adverbial with no preposition: "that spring", "last week", "every day".
TIME_DEICTICS = DEMONSTRATIVES | {"last", "next", "every", "each"}
# The adverbs that make a predicate of change with an amount: "with shares down 3 percent".
CHANGE_ADVERBS = frozenset({"up", "down", "off", "higher", "lower"})
MEASURES = frozenset("half third quarter percent per cent point points".split())
# The prepositions of a point on a scale: "dipped to $3.61", "climbed from 3,900 to 4,100", "slid below 4,000".
SCALE_PREPOSITIONS = frozenset("to from above below under over past near toward towards".split())
# Post-modifiers the parser attaches to the noun phrase: "negotiations with the regulator", "drivers who
# work nights", "villages flooded by the river", "the judge and both lawyers".
POSTMODIFIER_DEPS = frozenset({"prep", "relcl", "acl", "cc", "conj", "appos"})
# Words that open a clause rather than a prepositional phrase: "with his wife after the vote was counted".
CLAUSE_OPENERS = frozenset(
    "after before since until till as because while whilst when whenever where whereas if unless whether though "
    "although than once".split()
)
NEGATIONS = frozenset({"not", "n't", "n’t"})
# Words that modify a number or quantifier: "only", "nearly", "at least", "more than", "fewer than".
QUANTITY_MODIFIER_TAGS = frozenset({"RB", "RBR", "RBS", "IN", "JJR", "JJS"})
DASHES = ("—", "–", "--")
SET_OFF = (",", ";", "(", *DASHES)
CLOSERS = ("]", ")", '"', "'", "”", "’")
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# The parser's labels for a word it reads as a noun, whatever its tag ("updates" in "content updates").
NOMINAL_DEPS = frozenset(
    {"pobj", "dobj", "compound", "nsubj", "nsubjpass", "npadvmod", "appos", "attr", "amod", "poss"}
)
# Verbs with an object and then a declarative clause ("told reporters in Ohio the talks had failed"): a
# syntactic frame WordNet does not record ("ask" takes a clause only with "whether" or "if").
OBJECT_AND_CLAUSE_VERBS = (
    "tell", "inform", "remind", "warn", "assure", "promise", "teach", "convince", "persuade", "notify", "advise",
    "show", "bet", "satisfy",
)
# Verbs with an object and a bare infinitive ("helps Americans across the country gain"): a closed class.
BARE_INFINITIVE_VERBS = ("help", "make", "let", "have", "see", "watch", "hear", "feel", "notice")
# A plural noun that makes a preposition with "to" ("thanks to"): the only one, so a list.
NOUN_LED_PREPOSITIONS = frozenset({"thanks"})


# The prepositions of the error: those of circumstance (accompaniment, cause, concession, time, addition, inclusion,
# exception, topic, means), whose phrase stands beside a clause, where an edit leaves a clause behind ("with most
# members voted", "despite the roof leaks"). The others (of place, direction, extent or agent: "in", "to", "by",
# "above", "short of", "up to") complete a verb or a noun, and their noun often carries a participle or a relative
# clause with no "that" ("spoke to reporters gathered outside", "short of the mark physicists use"): after them only
# an auxiliary or a modal tells a clause (see _clause_of_any_preposition).
CIRCUMSTANCE_PREPOSITIONS = frozenset(CONJUNCTIONS) | ABSOLUTE_PREPOSITIONS | MEMBER_PREPOSITIONS | {
    "about", "against", "regarding", "concerning", "toward", "towards", "via", "notwithstanding", "barring", "pending",
    "unlike", "except", "excepting", "instead of", "apart from", "aside from", "except for", "in response to",
    "in favor of", "in favour of", "on behalf of", "in the event of", "in the absence of", "in the aftermath of",
    "in the midst of", "in contrast to", "in the run-up to", "subject to",
}
# The same by first word, for _opens_phrase.
CIRCUMSTANCE_BY_FIRST_WORD = {
    first: [tuple(p.split()) for p in CIRCUMSTANCE_PREPOSITIONS if p.split()[0] == first]
    for first in {p.split()[0] for p in CIRCUMSTANCE_PREPOSITIONS}
}

# Words that may open a clause's subject (a determiner, a noun, a number, an adjective, a possessive).
SUBJECT_START_TAGS = frozenset({"DT", "PDT", "CD", "JJ", "JJR", "JJS", "PRP$", "NN", "NNS", "NNP", "NNPS", "$", "VBG"})
# Prepositions whose phrase often modifies the noun before it ("an analyst at a brokerage", "a homer by Lee").
NOUN_MODIFYING_PREPOSITIONS = NP_PREPOSITIONS | {"by", "with", "to", "into", "about", "through", "toward", "towards", "against"}
# Prepositions that also say "roughly" or "at most" before a number ("about 150 police").
APPROXIMATORS = frozenset({"about", "around", "over", "under", "up to", "upwards of", "close to", "nearly"})


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    clause_taking: dict[str, list[tuple[str, ...]]] = {}
    for phrase in ctx.option("clause-prepositions"):
        words = tuple(phrase.lower().split())
        clause_taking.setdefault(words[0], []).append(words)
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)):
        tokens = pb.tokens
        for sent in tokens.sents:
            done = sent.start
            for tok in sent:
                if tok.i < done or not _preposition(tok) or _opens_phrase(tok, clause_taking):
                    continue
                start = _phrase_start(sent, tok)
                if start == tok.i and tok.lower_ == "of":
                    continue  # "of" alone belongs to the word before it: "most of the staff", "the leader of"
                if start < done:
                    continue
                if _of_circumstance(tokens[start : tok.i + 1]):
                    clause = _finite_clause(sent, start, tok.i + 1) or _second_reading(sent, start, tok.i + 1, ctx)
                else:
                    clause = _clause_of_any_preposition(sent, start, tok.i + 1)
                if clause is None:
                    continue
                np_end, finite, verb = clause
                if (
                    _in_subject(sent, start, tok) or _in_subject_modifier(tok, verb) or _approximates(sent, start, tok)
                    or _modifying_participle(finite, verb)
                ):
                    done = np_end  # the tense is the clause's own; no later preposition of the phrase owns it
                    continue
                prep, last = tokens[start : tok.i + 1], tokens[max(verb.i, finite.i)]
                message = _message(prep.text, tokens[tok.i + 1 : np_end].text, tokens[np_end : last.i + 1], finite)
                found = finding(doc, pb, prep[0], last, message, _fixes(doc, pb, prep[0], tok))
                if found:
                    yield found
                done = last.i + 1


def _of_circumstance(phrase: Span) -> bool:
    """Whether a preposition is one of circumstance (see CIRCUMSTANCE_PREPOSITIONS): the whole phrase, its last word
    ("at full capacity with") or a compound that opens at its first word ("in [response to]")."""
    if phrase[-1].lower_ in CIRCUMSTANCE_PREPOSITIONS:
        return True
    if len(phrase) > 1 and phrase.text.lower() in CIRCUMSTANCE_PREPOSITIONS:
        return True
    return _opens_phrase(phrase[0], CIRCUMSTANCE_BY_FIRST_WORD)


def _clause_of_any_preposition(sent: Span, prep_start: int, prep_end: int) -> tuple[int, Token, Token] | None:
    """The clause after a preposition that is not one of circumstance (see CIRCUMSTANCE_PREPOSITIONS): only one whose
    finite verb is an auxiliary or a modal before its verb ("in the city has voted"), read as after any other."""
    doc = sent.doc
    first_verb = next((t for t in doc[prep_end : sent.end] if t.tag_ in VERB_TAGS), None)
    if first_verb is None or first_verb.tag_ != "MD" and first_verb.dep_ not in AUX_DEPS:
        return None  # the cheap test first: no auxiliary is the first verb after the preposition
    clause = _finite_clause(sent, prep_start, prep_end)
    if clause is None:
        return None
    _, finite, verb = clause
    return clause if finite.i < verb.i and (finite.tag_ == "MD" or finite.dep_ in AUX_DEPS) else None


def _in_subject(sent: Span, prep_start: int, prep: Token) -> bool:
    """Whether the phrase modifies a noun that opens a clause before any tense, so the tense after the phrase is
    that clause's own: "after an analyst at a brokerage lowered", "said rates among children in the north had
    risen", "The wait to speak with an agent fell". A clause opens at the sentence's start, after a subordinating
    word ("after", "that", "when"), after ", and" or ";", or after a verb that takes a clause (see _opens_clause_after)."""
    doc = sent.doc
    if _compound_preposition(sent, prep.i):
        return False  # "in light of", "in the wake of": the phrase is an adjunct's
    if doc[prep_start : prep.i + 1].text.lower() not in NOUN_MODIFYING_PREPOSITIONS:
        return False  # an adjunct's preposition: "despite", "due to"
    if prep_start == sent.start or doc[prep_start - 1].is_punct:
        return False  # a phrase that opens its clause or is set off
    i = prep_start
    while i > sent.start and not _opens_clause_after(doc[i - 1]):
        # (a word WordNet knows no verb for is a noun the tagger misread: "the measles outbreak in the county")
        tense = doc[i - 1].tag_ in FINITE_TAGS and (doc[i - 1].tag_ == "MD" or verb_lemma(doc[i - 1].lower_))
        if tense or doc[i - 1].is_punct and doc[i - 1].tag_ != "HYPH":
            return False  # a tense before the phrase ("The plan passed with ...") or a clause of unknown bounds
        i -= 1
    return i < prep_start and (doc[i].tag_ in SUBJECT_START_TAGS or doc[i].lower_ in APPROXIMATORS)


def _in_subject_modifier(prep: Token, verb: Token) -> bool:
    """Whether the block's parse hangs the phrase in a clause of the verb's own subject, which stands before the
    phrase: a relative clause of the subject with a subject of its own ("who", "that", "they": "riders who cannot walk
    because of a disability could book a shuttle"), or a clause that is the subject, which a question word, "that" or
    "whether" opens ("Which route the line will take through the city has been ..."). A bare verb after the noun may
    be the sentence's, misread ("The measure passed with most members have backed it", "The museum reopened with")."""
    subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < prep.i}
    for node in prep.ancestors:
        if node.dep_ == "relcl" and node.head.i in subjects and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return True
        opened = node.left_edge.tag_ in WH_TAGS or node.left_edge.lower_ in ("that", "whether")
        if node.dep_ == "csubj" and node.i in subjects and opened:
            return True
    return False


def _modifying_participle(finite: Token, verb: Token) -> bool:
    """Whether the block's parse reads the verb as a participle on the noun before it, with no object and no auxiliary,
    and the verb takes an object in its main sense, so a passive fits: "a law passed in 2022", "reporters gathered
    in the lot" (a reading of the phrase alone may make it the finite verb of a sentence)."""
    doc = verb.doc
    on_noun = verb.dep_ == "acl" and verb.head.i < verb.i or verb.dep_ == "dep" and doc[verb.i - 1].tag_ in NOUN_TAGS
    if finite.i != verb.i or verb.tag_ != "VBN" or not on_noun:
        return False
    if any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "nsubj") for c in verb.children):
        return False
    lemma = verb_lemma(verb.lower_)
    takes_object = sense_in(lemma, "frame.object") if lemma else None
    return takes_object is not None and takes_object.first_rank <= 2 and takes_object.tagged_share >= 0.5


def _compound_preposition(sent: Span, i: int) -> bool:
    """Whether the preposition at ``i`` opens a compound one: a singular noun with no article or "the", then "of" or
    "to" ("in light of", "in the wake of", "in response to")."""
    words = sent.doc[i + 1 : min(i + 4, sent.end)]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return len(words) >= 2 and words[0].tag_ == "NN" and words[1].lower_ in ("of", "to")


def _opens_clause_after(tok: Token) -> bool:
    """Whether a clause's subject may start right after ``tok``."""
    # (a subordinating word the parser may label a preposition: "before a homer in the sixth gave")
    if tok.dep_ == "mark" or tok.tag_ in ("WDT", "WP", "WRB") or tok.lower_ in CLAUSE_OPENERS or tok.text == ";":
        return True
    if tok.dep_ == "cc" and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        return True  # ", and" joins two clauses
    lemma = verb_lemma(tok.lower_) if tok.tag_ in FINITE_TAGS else None
    clause = sense_in(lemma, "frame.that-clause") if lemma else None
    if clause is None or clause.first_rank > 1 or clause.tagged_share < 0.8:
        return False  # "said", not "declared"
    # its clause, not its object ("reported strong sales"), unless it nearly always takes a clause ("said")
    return clause.tagged_share >= 0.95 or not any(c.dep_ == "dobj" for c in tok.children)


def _approximates(sent: Span, prep_start: int, prep: Token) -> bool:
    """Whether the preposition is an adverb of amount before a number: "said about 150 police had been deployed",
    "About a fifth of posts were vacant" (a number's "about", "around", "over", "under" or "up to" says how many)."""
    doc = sent.doc
    words = doc[prep_start : prep.i + 1].text.lower()
    if words not in APPROXIMATORS:
        return False
    amount = [t for t in doc[prep.i + 1 : prep.i + 3] if t.lower_ not in ("a", "one")][:1]
    return bool(amount) and (amount[0].like_num or amount[0].tag_ in ("CD", "PDT") or amount[0].lower_ in MEASURES)


def _preposition(tok: Token) -> bool:
    """A preposition, or a participle used as one ("following", "including"); not "up to" before a number, nor
    the preposition of an idiom with a superlative that modifies a number ("at least 59 people")."""
    tag = tok.tag_
    if tag not in ("IN", "TO", "VBG", "VBN") or tok.dep_ == "quantmod":
        return False
    if tag == "IN" and tok.i + 1 < len(tok.doc):
        after = tok.doc[tok.i + 1]
        if after.tag_ in ("RBS", "JJS") and after.dep_ in ("advmod", "quantmod"):
            return False
    if tok.tag_ == "VBG" and any(c.dep_ == "pobj" for c in tok.children):
        return True  # the parser gave it a preposition's object, whatever its label: "Following OSCIT has ..."
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "mark", "dep"):  # "dep": the parser could not tell
        return _participle_preposition(tok)
    # set off after a main clause, its "object" is the subject of a tense after it: ", following his lawyers might
    # seek" (not a gerund subject: "If you agree, doing nothing is not an option.")
    if tok.tag_ == "VBG" and _after_main_clause(tok):
        if any(c.dep_ == "dobj" and _subject_of_next_tense(c) for c in tok.children):
            return _participle_preposition(tok)
    if tok.tag_ in ("VBG", "VBN"):  # a participle with an object is a verb: "a statistic showing 72 percent"
        return tok.dep_ == "prep" and not any(c.dep_ == "dobj" for c in tok.children)
    return tok.tag_ in ("IN", "TO")


def _participle_preposition(tok: Token) -> bool:
    """A participle used as a preposition ("following", "concerning") that the parser made the verb of the
    clause after it ("benched them following they lost"): the clause's subject comes right after it, and the
    verb takes no clause (no "that" frame in WordNet, not a verb of saying or thinking) nor an object and an
    infinitive ("helping clinics find staff")."""
    # "they" is no object ("following they also lost"), nor a noun before a tense with no subject of its own: "his
    # lawyers" in "following his lawyers might seek"
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in SUBJECT_PRONOUNS]
    if any(c.dep_ in AUX_DEPS for c in tok.children) or any(not _subject_of_next_tense(o) for o in objects):
        return False
    lemma = verb_lemma(tok.lower_)
    frames = ("frame.that-clause", "frame.object-infinitive")  # "saying the plan failed", "helping clinics find"
    if lemma is None or lemma in BARE_INFINITIVE_VERBS or any(sense_in(lemma, f) for f in frames):
        return False
    if any(verb_lemma(form) == lemma for form in PREDICATE_PARTICIPLES):
        return False  # an object and its predicate: "leaving bins uncollected", "keeping schools closed"
    if any(in_class(lemma, c) for c in SAYING_CLASSES):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in SUBJECT_PRONOUNS:
        return True  # "following they lost": no object of the participle
    # the subject of a clause opens right after it, whichever verb the parser hung that clause on
    after = tok.doc[tok.i + 1 : tok.sent.end]
    subjects = [s for s in after if s.dep_ in SUBJECT_DEPS and s.left_edge.i == tok.i + 1 and s.head.i > s.i]
    return bool(subjects or objects)  # the objects left are the subjects of a tense after them


def _after_main_clause(tok: Token) -> bool:
    """Whether ``tok`` follows a comma that closes a main clause, no subordinate one ("If you agree, ...")."""
    doc = tok.doc
    if tok.i < tok.sent.start + 2 or doc[tok.i - 1].text != ",":
        return False
    word = doc[tok.i - 2]
    for node in (word, *word.ancestors):
        if node.i < tok.i and any(c.dep_ == "mark" for c in node.children):
            return False
    return True


def _subject_of_next_tense(noun: Token) -> bool:
    """Whether the noun phrase of ``noun`` is followed by a tense that has no subject of its own, so it is that
    tense's subject whatever the parser says: "following his lawyers [might] seek"."""
    doc, after = noun.doc, noun.right_edge.i + 1
    if after >= len(doc) or not _tensed(doc[after]):
        return False
    verb = doc[after].head if doc[after].dep_ in AUX_DEPS else doc[after]
    return not any(c.dep_ in SUBJECT_DEPS and c.i != noun.head.i for c in verb.children)  # not the participle


def _opens_phrase(tok: Token, phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether one of ``phrases`` (by first word) starts at ``tok``."""
    candidates = phrases.get(tok.lower_, ())
    if (tok.lower_,) in candidates:
        return True
    longest = max((len(words) for words in candidates), default=0)
    following = tuple(t.lower_ for t in tok.doc[tok.i : tok.i + longest])  # read once for all the candidates
    return any(following[: len(words)] == words for words in candidates)


def _phrase_start(sent: Span, prep: Token) -> int:
    """Where a multi-word preposition ending in ``prep`` starts: "due to", "instead of", "in the wake of".

    An adverb, adjective, participle or preposition right before ``prep`` that opens a phrase ("ahead of",
    "owing to", "because of", "thanks to"), or a preposition with a bare noun object that ``prep`` modifies
    ("in light of", "as a result of"); otherwise ``prep`` alone.
    """
    doc, i = sent.doc, prep.i
    if i == sent.start:
        return i
    word = doc[i - 1]
    # complex prepositions end in "of", "to" or "with" ("in light of", "in response to", "in line with"), not
    # "with spending on"
    if word.dep_ == "pobj" and word.tag_ == "NN" and prep.head.i == word.i and prep.lower_ in ("of", "to", "with"):
        opener = word.head
        between = doc[opener.i + 1 : word.i]
        if opener.tag_ == "IN" and word.i - opener.i <= 3 and all(t.tag_ in ("DT", "JJ") for t in between):
            return opener.i
        return i
    opens = word.i == sent.start or doc[word.i - 1].text in SET_OFF or doc[word.i - 1].tag_ in VERB_TAGS | {"RB"}
    # "boarded up the windows ahead of", "started its backup instead of" (the parser may hang either on the other)
    opens = opens or word.tag_ == "RB" and word.i in (prep.head.i, *(c.i for c in prep.children))
    opens = opens or word.dep_ == "prep" and prep.dep_ == "pcomp" and prep.head.i == word.i  # "moved indoors due to"
    opens = opens or word.lower_ in NOUN_LED_PREPOSITIONS and word.dep_ != "dobj"  # not "gave thanks to"
    opens = opens or word.dep_ == "mark"  # a subordinator opens a phrase wherever it stands: "by 30 minutes because of"
    # so does a compound preposition the parser split: "shortened to 140 laps due to" ("due" on "laps")
    opens = opens or f"{word.lower_} {prep.lower_}" in CONJUNCTIONS
    # compound prepositions end in a plain one: "ahead of", "due to", "apart from", "along with"
    leading = word.tag_ in ("RB", "JJ", "IN", "VBG") or word.lower_ in NOUN_LED_PREPOSITIONS
    led = leading and prep.lower_ in ("of", "to", "from", "with")
    # "many of", "interacting with", "amenable to" (a complement of "be")
    nominal = word.lower_ in QUANTIFIERS or word.dep_ in SUBJECT_DEPS | {"dobj", "pobj", "acomp"}
    nominal = nominal and word.lower_ not in NOUN_LED_PREPOSITIONS
    has_object = any(c.dep_ == "dobj" for c in word.children)
    if opens and led and not nominal and word.lower_ not in NEGATIONS and not has_object:
        return word.i
    return i


def _finite_clause(sent: Span, prep_start: int, prep_end: int) -> tuple[int, Token, Token] | None:
    """(noun phrase end, finite verb, clause verb) when a subject and a finite verb follow the preposition."""
    doc = sent.doc
    np_end = _noun_phrase_end(sent, prep_end)
    if np_end is None:
        return None
    opening = _opens_clause(sent, prep_start)
    # a phrase that is set off may run across commas ("with its sponsor, Rep. Ana Ruiz, hopes ..."); one in
    # mid-clause only to the next comma ("passed with the boards of both banks have endorsed it"), and over no
    # "and": "met with the strikers and the managers agreed ..." joins two clauses
    set_off = _set_off(sent, prep_start)
    np_end, coordinated = _postmodified_end(
        sent, prep_end, np_end, across_commas=not opening and set_off, coordination=opening or set_off
    )
    roots = [
        t
        for t in doc[prep_end:np_end]
        if not t.is_punct and t.tag_ not in ("POS", "CC") and (not prep_end <= t.head.i < np_end or t.head.i == t.i)
        and not _regained(sent, t)
        and t.dep_ != "neg" and not _floating_quantifier(t)
    ]
    if len(roots) > 1 and np_end < sent.end and _past_tense_only(doc[np_end]):
        if all(t.head.i == np_end for t in roots):
            roots = roots[-1:]  # the parser made the verb the phrase's noun: "with a sewer main broke"
    if len(roots) == 2 and roots[1].tag_ == "NNP" and roots[1].left_edge.i == roots[0].i + 1 and _people(roots[0]):
        roots = roots[1:]  # a role before a name is its title: "with senior quarterback Tavon Miles threw"
    if len(roots) != 1 or roots[0].lower_ in OBJECT_PRONOUNS:
        return None  # not one noun phrase, or "With him were two aides."
    head = roots[0]
    f = _parenthetical_end(sent, np_end, participles=set_off)
    while f < sent.end and (doc[f].tag_ == "RB" and doc[f].lower_ not in NEGATIONS or _floating_quantifier(doc[f])):
        f += 1
    # a participle may follow an absolute phrase's noun, or be that of a noun before it or inside the phrase:
    # "with spending on roads increased by 8 percent", "schools, including several closed for a week", "in
    # prosperity through the initiative focused on ..."
    absolute = doc[prep_start:prep_end].text.lower() in ABSOLUTE_PREPOSITIONS
    modifier = doc[prep_start].head.tag_ in NOUN_TAGS or any(t.tag_ in NOUN_TAGS for t in doc[head.i + 1 : np_end])
    modifier = modifier or doc[prep_start:prep_end].text.lower() in MEMBER_PREPOSITIONS
    adjunct = _adjunct(doc[prep_start:prep_end].text)
    if f >= sent.end or not _finite(doc[f], head, absolute or modifier, opening, set_off, adjunct):
        return None
    finite = doc[f]
    if _compound_end(head, finite, doc[prep_end:np_end]):
        return None
    if finite.tag_ == "VB" and doc[prep_end - 1].tag_ != "IN":
        return None  # a participle's object and a bare infinitive: "helping families find homes"
    if coordinated and (finite.tag_ == "VBZ" or finite.lower_ == "was"):
        return None  # "A and B" takes a plural verb: "with the pilots and the airline has ..." is two clauses
    verb = finite.head if finite.dep_ in AUX_DEPS and finite.head.i > f else finite
    # an acronym's "S" is no plural ("OSCIT has"); "the mayor and two members have" agrees
    if _relative_without_that(head, verb, prep_end):
        return None  # "acted on concerns parents have raised"
    if disagrees(head, finite) and not head.text.isupper() and not coordinated:
        return None  # "our surveillance plan each sprint": the verb cannot be this phrase's
    if _inverted(sent, prep_start, finite, verb):
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    own_subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.i in (verb.i, finite.i)
    # the phrase hangs on the preposition, or the parser made it a modifier of a noun after the verb
    hangs = prep_start <= head.head.i < prep_end or head.dep_ in ("compound", "amod", "nmod") and head.head.i >= f
    hung = hangs and (subj is None or prep_start <= subj.i < np_end or _misread_subject(sent, subj, prep_start, finite))
    if not (own_subject or hung) or not _hangs_on_clause(sent, prep_start, head, finite, verb, opening):
        return None
    return np_end, finite, verb


def _second_reading(
    sent: Span, prep_start: int, prep_end: int, ctx: CheckContext
) -> tuple[int, Token, Token] | None:
    """(noun phrase end, finite verb, clause verb) when the words after a set-off preposition (or one in mid-clause,
    see _may_dangle_in_mid_clause), parsed as a sentence of their own, open with a subject and its finite verb:
    the block's parse may hang a long subject on the words around it ("with the mayor, the police chief and two
    members of the council spoke", "with energy and financial stocks posted"). The verb is judged as in the first
    reading, on this parse; the context (a clause before the phrase, or after a fronted one) on the block's."""
    doc = sent.doc
    set_off = _set_off(sent, prep_start)
    if prep_end >= sent.end or not set_off and not _may_dangle_in_mid_clause(sent, prep_start, prep_end):
        return None
    first = doc[prep_end]
    if first.is_punct or first.tag_ in WH_TAGS | VERB_TAGS | {"IN", "TO"} or first.lower_ in OBJECT_PRONOUNS:
        return None  # no subject opens it: "with what the mayor said", "despite having lost", "according to"
    if is_phrase(doc[prep_end - 1].lower_, first.lower_):
        return None  # an adverb, no preposition: "of course", "in fact", "at least"
    # the words up to the first comma after a verb (not one that opens a parenthesis: "with the committee, led by
    # its chair, has urged"); a fronted phrase's subject holds no comma ("On Monday, the council voted") and a
    # main clause follows it
    opening = _opens_clause(sent, prep_start)
    verb_at = next(
        (t.i for t in doc[prep_end + 1 : sent.end] if t.tag_ in VERB_TAGS - {"VBG"} and doc[t.i - 1].text != ","),
        sent.end,
    )
    if verb_at == sent.end or any(t.text in SET_OFF and (opening or t.text != ",") for t in doc[prep_end:verb_at]):
        return None
    end = next((t.i for t in doc[verb_at : sent.end] if t.text in SET_OFF), sent.end)
    if opening and end == sent.end:
        return None
    words = doc[prep_end:end]
    tensed = [t.i for t in words if t.tag_ in FINITE_TAGS]
    relative = next(
        (t for t in doc[prep_end : tensed[0] if tensed else end] if t.tag_ in WH_TAGS or t.lower_ == "that"), None
    )
    if relative is not None and len(tensed) < 2:
        # a relative clause and no verb after its own: "the systems that work well" (not "families who had lost
        # their homes arrived", which the tagger may read as a participle, nor "fans who arrived early waited")
        if not any(t.tag_ in VERB_TAGS - {"VBG"} for t in doc[relative.head.i + 1 : end]):
            return None
    if not opening and not _clause_before(sent, prep_start):
        return None
    reading = reparsed(words.text, ctx)
    start = next((t.i for t in reading if t.tag_ != "RB"), 0)  # past the verb's adverbs: "not a single starter"
    subj = next((t for t in reading if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i <= start), None)
    run_on = _verb_after_relative(reading, start) if subj is None else None
    if run_on is not None:
        subj, verb_r = reading[start : run_on.i].root, run_on  # "with fans who arrived early waited"
    elif subj is None or subj.lower_ in OBJECT_PRONOUNS or subj.tag_ in WH_TAGS:
        return None  # "With him were two aides."
    else:
        verb_r = subj.head
    auxiliaries = [c for c in verb_r.children if c.dep_ in AUX_DEPS and c.i < verb_r.i]
    finite_r = auxiliaries[0] if auxiliaries else verb_r
    # the parser may split a list into several subjects: "the judge, the prosecutor and two lawyers have agreed"
    subjects = [c for c in verb_r.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < finite_r.i]
    # joined by a comma (which the parser may give the first) or a conjunction: not "his wife | after the vote was"
    joints = [(a.right_edge, reading[a.right_edge.i + 1 : b.left_edge.i]) for a, b in zip(subjects, subjects[1:])]
    if not subjects or not all(
        (last.text == "," or joint) and all(t.text == "," or t.tag_ == "CC" for t in joint) for last, joint in joints
    ):
        subjects = [subj]
    end = finite_r.i if run_on is not None else max(c.right_edge.i for c in subjects) + 1
    while end > 1 and reading[end - 1].text == ",":
        end -= 1  # the comma that closes a parenthesis: "the committee, led by its chair, has ..."
    phrase, between = reading[:end], reading[end : finite_r.i]
    if _joins_clauses(phrase):
        return None  # "according to the Treasury, and attempts to raise taxes sparked ...": a second clause
    parenthesis = any(t.text == "," for t in phrase)
    # the verb's adverbials may stand between ("with the index last week posted", "with prices in May rose")
    adverbial = {
        k for c in verb_r.children if c.dep_ in ("prep", "npadvmod", "advmod") and end <= c.i < finite_r.i
        for k in range(c.left_edge.i, c.right_edge.i + 1)
    }
    if finite_r.i < end or any(not (t.i in adverbial or t.text == "," and parenthesis) for t in between):
        return None  # the verb follows its subject: not "armed with a knife, was arrested"
    # a whole noun phrase ("with those who fail can", "with the families of miners still trapped underground
    # keep"), not one that ends a fronted phrase ("By contrast, agile teams increase ...") nor one a bracket splits
    last = phrase[-1]
    determiner = last.tag_ == "DT" and last.lower_ not in FLOATING_QUANTIFIERS  # "the two sides both agreed"
    whole = not (last.is_punct or determiner or last.tag_ in ("CC", "IN", "TO") or last.tag_ in WH_TAGS)
    unclosed = sum(t.text == "(" for t in phrase) != sum(t.text == ")" for t in phrase)
    if not whole or unclosed or opening and parenthesis:
        return None
    tense = finite_r.i < verb_r.i or _past_only(finite_r.lower_)
    if not set_off and (not tense or any(t.text == "," or t.tag_ == "CC" for t in phrase)):
        return None  # see _may_dangle_in_mid_clause
    # a list the parser read as an apposition agrees with a plural: "the mayor, the fire chief and the president"
    listed = any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in subj.children)
    listed = listed or len(subjects) > 1
    if disagrees(subj, finite_r) and not listed or _relative_without_that(subj, verb_r, 0):
        return None
    if finite_r.tag_ in ("VBP", "VB") and irregular_base(finite_r.lower_) not in (None, finite_r.lower_):
        return None  # a past form the tagger took for a present tense: "with profits shrunk by half"
    if _compound_end(subj, finite_r, phrase):
        return None
    # a verb whose object fills its complement takes no clause after it, but for one that takes both ("told
    # reporters the shafts ..."): "with the two members representing the southern wards, A and B, said ..."; an
    # "object" with a verb right after it is its clause's subject ("with traders worrying the bank could ...")
    clause_takers = (
        t for t in phrase
        if (t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ == "VBG")
        and (verb_lemma(t.lower_) in OBJECT_AND_CLAUSE_VERBS or not any(_filled_by(c) for c in t.children))
    )
    if any(_takes_clause(verb_lemma(t.lower_)) for t in clause_takers):
        return None  # the clause may be that verb's: "with miners who say the shafts ...", "with investors betting"
    offset = words[0].idx
    by_offset = {t.idx - offset: t for t in words}
    head, last = by_offset.get(subj.idx), by_offset.get(phrase[-1].idx)
    finite, verb = by_offset.get(finite_r.idx), by_offset.get(verb_r.idx)
    if head is None or last is None or finite is None or verb is None or finite.tag_ not in VERB_TAGS:
        return None  # the two readings split the words differently, or only this one takes the word for a verb
    if any(t.tag_ in ADJECTIVE_TAGS and reading[t.i - 1].tag_ in NOUN_TAGS for t in phrase[1:]):
        return None  # adjectives precede their noun: "the threat | extremist groups pose" is two phrases
    absolute = doc[prep_start:prep_end].text.lower() in ABSOLUTE_PREPOSITIONS | MEMBER_PREPOSITIONS
    participle_may_follow = absolute or doc[prep_start].head.tag_ in NOUN_TAGS
    auxiliary = finite_r.i < verb_r.i and finite_r.tag_ in FINITE_TAGS  # "has", "were", "will"
    if not auxiliary and len(phrase) == 1 and subj.tag_ == "NN":
        return None  # a bare noun may make an adverbial with the preposition: "by law conscripted soldiers cannot"
    adjunct = _adjunct(doc[prep_start:prep_end].text)
    if not auxiliary and not _finite(finite_r, subj, participle_may_follow, opening, set_off, adjunct):
        return None
    if _inverted(sent, prep_start, finite, verb) or not _hangs_on_clause(sent, prep_start, head, finite, verb, opening):
        return None
    return last.i + 1, finite, verb


def _filled_by(child: Token) -> bool:
    """Whether a verb's child is its object and no verb follows it (no subject of a clause the parser misread)."""
    after = child.right_edge.i + 1
    return child.dep_ == "dobj" and (after >= len(child.doc) or child.doc[after].tag_ not in VERB_TAGS)


def _verb_after_relative(reading: Doc, start: int) -> Token | None:
    """The verb that the parser hung on the relative clause of a subject with no verb of its own (the reading's root
    is the noun): a tense with no subordinator, made an adverbial or a clause of the relative clause's verb ("fans
    who arrived early [waited]"), or its complement although that verb takes no clause ("shares of companies that
    make solar panels [jumped]")."""
    root = reading[start].sent.root
    if root.tag_ not in NOUN_TAGS or root.left_edge.i > start:
        return None
    relative = next((c for c in root.subtree if c.dep_ == "relcl"), None)
    if relative is None or _takes_clause(verb_lemma(relative.lower_)):
        return None
    for verb in relative.children:
        if verb.i < relative.i or verb.dep_ not in ("advcl", "ccomp") or verb.tag_ not in FINITE_TAGS | {"VBN"}:
            continue
        if not any(c.dep_ == "mark" or c.tag_ in WH_TAGS for c in verb.children):
            return verb
    return None


def _joins_clauses(phrase: Span) -> bool:
    """Whether a comma in the words read as the subject opens a new clause: a subordinating word after it ("at 21,
    after his brother persuaded"), or "and" or "but" after the phrase's first comma (two noun phrases take no comma
    before "and"; a list's last item does: "the mayor, the chief, and two members")."""
    commas = [t.i for t in phrase if t.text == ","]
    for i in commas:
        after = phrase.doc[i + 1] if i + 1 < len(phrase.doc) else None
        if after is not None and (after.lower_ in CLAUSE_OPENERS or after.lower_ in ("and", "but") and i == commas[0]):
            return True
    return False


def _may_dangle_in_mid_clause(sent: Span, prep_start: int, prep_end: int) -> bool:
    """Whether a phrase in mid-clause may hold a clause for the second reading: only after a preposition of cause,
    concession or circumstance ("with", "despite", "due to"; others may belong to an object or the subject: "worked
    on it and are looking") on a verb, not a gerund ("fostering ties with the sector will ..."), and with an
    auxiliary or a past tense that is no participle after a subject with no "and" or comma ("met with the pilots
    and the airline agreed" joins two clauses; "due to the crews ran short" does not)."""
    doc = sent.doc
    if doc[prep_start:prep_end].text.lower() not in CONJUNCTIONS:
        return False
    if doc[prep_start].head.tag_ not in VERB_TAGS - {"VBG"}:
        return False
    verb = next(
        (t for t in doc[prep_end + 1 : sent.end] if t.tag_ in {"CC", ","} or t.tag_ in FINITE_TAGS | {"VB", "VBN"}),
        None,
    )
    return verb is not None and (verb.tag_ == "MD" or verb.dep_ in AUX_DEPS or _past_only(verb.lower_))


def _compound_end(head: Token, finite: Token, phrase: Span) -> bool:
    """Whether an -s form right after a bare singular noun may end a compound noun that a relative clause with
    no "that" follows: "common pagination controls | readers are used to" (not "with inflation remains high")."""
    bare = head.tag_ == "NN" and not any(t.tag_ in DETERMINERS for t in phrase)
    doc, nxt = finite.doc, finite.i + 1
    # a noun phrase and a tense after it: the relative clause's subject and verb
    relative = nxt < len(doc) and doc[nxt].tag_ in NOUN_TAGS | {"PRP"} and doc[nxt].right_edge.i + 1 < len(doc)
    relative = relative and doc[doc[nxt].right_edge.i + 1].tag_ in FINITE_TAGS
    return bare and relative and finite.tag_ == "VBZ" and finite.i == head.i + 1


def _takes_clause(lemma: str | None) -> bool:
    """A verb of saying or thinking, or one WordNet gives a "that" clause: "say", "fear", "hope"."""
    classes = (*SAYING_CLASSES, "frame.that-clause")
    return lemma is not None and any(in_class(lemma, name, max_rank=3) for name in classes)


def _inverted(sent: Span, prep_start: int, finite: Token, verb: Token) -> bool:
    """Whether the verb's subject follows it, so the phrase before is fronted: "Alongside the mayor was her
    deputy.", "With each election comes a flood of data." """
    if any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children):
        return True
    return finite.i == verb.i and finite.lower_ in INVERSION_VERBS and _subject_follows(verb, sent, prep_start)


def _hangs_on_clause(sent: Span, prep_start: int, head: Token, finite: Token, verb: Token, opening: bool) -> bool:
    """Whether the phrase at ``prep_start`` hangs on a clause of its own, so its subject ``head`` and ``finite``
    verb dangle: the clause is complete before it, or, where the phrase opens the sentence, follows it."""
    doc = sent.doc
    # not the verb the tagger took for an adjective ("thanks to they qualified"), nor before "they": "open with they"
    owner = doc[prep_start].head
    complement = owner.i != finite.i and head.lower_ not in SUBJECT_PRONOUNS
    complement = complement and not _set_off(sent, prep_start)  # a comma sets off no complement: "the lowest, with"
    if owner.tag_ in ADJECTIVE_TAGS and complement and not any(c.dep_ == "nsubj" for c in owner.children):
        return False  # a complement: "those familiar with the tool ..." (not a predicate: "wings open ...")
    if opening and not _clause_after_comma(sent, max(verb.i, finite.i)):
        return False  # a fronted phrase and its clause: "In 2020 sales fell.", "and outside experts agree"
    if not opening and not (_clause_before(sent, prep_start) or _merged_clause(sent, prep_start, head, verb)):
        return False  # the phrase is in a subject still waiting for its verb: "One of those I met with X was ..."
    if not opening and _participle_on_subject(sent, prep_start, finite):
        return False  # "Voters registered with a party can vote": the verb is the subject's
    before = next((t for t in reversed(doc[sent.start : prep_start]) if t.text not in CLOSERS), None)
    # the phrase belongs to a noun: "Firms with ten staff are exempt.", "said people with ..."
    return before is None or before.tag_ not in NOMINAL or not _may_be_subject(before, finite)


def _merged_clause(sent: Span, prep_start: int, head: Token, verb: Token) -> bool:
    """Whether the parser hung the clause before the phrase on the phrase's verb: the verb has a subject before
    the phrase besides the phrase's noun (no verb has two), and a past form between that subject and the phrase
    that the parser took for its modifier ("Four candidates qualified for the runoff, with the top two would
    advance")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = next((c for c in subjects if c.i < prep_start), None)
    if head not in subjects or first is None:
        return False
    return any(
        t.tag_ in ("JJ", "VBN", "VBD") and t.lower_.endswith("ed") and verb_lemma(t.lower_)
        for t in first.subtree if first.i < t.i < prep_start
    )


def _participle_on_subject(sent: Span, prep_start: int, finite: Token) -> bool:
    """Whether the sentence opens with a noun phrase with no article and a past form right before the preposition
    that may be a passive participle on it (a reduced relative clause naming a class), and ``finite`` agrees with
    that noun, so it may be the sentence's verb: "Voters registered with either party can vote", "Claims filed with
    the agency take weeks", "Animals rescued from the fire were taken to a shelter". The past form may be a
    participle only if its verb takes an object in most of its uses and it is no past tense only ("Talks continued
    during ...", "Prices rose with ..."); "Bills passed with most members have ..." disagrees."""
    doc, past = sent.doc, sent.doc[prep_start - 1]
    if prep_start - 1 <= sent.start or past.tag_ not in ("VBD", "VBN") or _past_only(past.lower_):
        return False
    if any(_adjunct(doc[prep_start:end].text) for end in range(prep_start + 1, prep_start + 5)):
        return False  # a preposition of cause, concession or time opens an adjunct of the clause: "cheered amid"
    lemma = verb_lemma(past.lower_)
    obj = sense_in(lemma, "frame.object") if lemma else None
    if obj is None or obj.tagged_share < 0.5:
        return False  # mostly used with no object, so no passive: "Talks continued during the two sides ..."
    if _noun_phrase_end(sent, sent.start) != past.i:
        return False
    if any(t.tag_ in DETERMINERS or t.tag_ == "POS" for t in doc[sent.start : past.i]):
        return False  # only a phrase with no article names a class: "Voters registered with ...", not "The bill"
    noun = doc[past.i - 1]
    if _people(noun) and not _may_take_person(lemma):
        return False  # people are acted on only by a verb that takes a person: "The court ruled for ..."
    number = {"was": ("NNS", "NNPS"), "were": ("NN", "NNP")}.get(finite.lower_, ())
    return noun.tag_ in NOUN_TAGS and noun.tag_ not in number and not disagrees(noun, finite)


def _relative_without_that(head: Token, verb: Token, np_start: int) -> bool:
    """Whether the subject ``head`` opens a relative clause with no "that" on the noun before it ("acted on
    concerns parents have raised"): a plural noun for no person right before a plural for people, and a verb
    whose first sense takes an object with none after it (the noun before is its object); a plural after any
    noun, before a verb that needs its object (see _object_gap); or a plural right after a noun that a
    singular determiner opens ("seen with a woman police have not identified")."""
    if _singular_before_plural(head, np_start):
        return True
    before = head.doc[head.i - 1] if head.i > np_start else None
    if before is not None and head.tag_ == "NNS" and _people(head):
        if _money(before, np_start) or before.tag_ in ("NN", "NNS", "CD") and _subject_gap(verb):
            return True  # "ahead of the $1.1 billion analysts had forecast", "below the level experts say is needed"
    if before is None or before.tag_ not in ("NN", "NNS") or head.tag_ != "NNS":
        return False
    if _object_gap(verb):
        return True  # "with the letter lawyers had drafted overnight": the letter is "drafted"'s object
    if before.tag_ != "NNS" or _people(before) or not _people(head):
        return False
    lemma = verb_lemma(verb.lower_)
    needs_object = lemma is not None and in_class(lemma, "frame.object")
    return needs_object and not any(c.dep_ in COMPLEMENT_DEPS and c.i > verb.i for c in verb.children)


def _money(word: Token, np_start: int) -> bool:
    """Whether ``word`` ends an amount of money ("$2.86 billion", "£152 million"), which counts no people."""
    doc = word.doc
    return word.tag_ == "CD" and any(t.tag_ == "$" for t in doc[max(np_start, word.i - 3) : word.i])


def _subject_gap(verb: Token) -> bool:
    """Whether the verb's clause (a finite or passive complement) has no subject, which moved out as a relative
    clause's noun: "the level experts say [_] is needed"."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in FINITE_TAGS | {"VBN"} and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        for c in verb.children
    )


def _object_gap(verb: Token) -> bool:
    """Whether an active verb's object is missing, so a relative clause's noun is it: a predicate of an object or
    a preposition with none after it ("kept secret", "complained about"); or a verb that needs an object has none
    after it, nor a clause or a predicate: its first sense takes an object in most of its tagged uses, and fewer
    of its uses take none ("identified", "drafted", "loved"; not "won", "expected")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    after = [c for c in verb.children if c.i > verb.i]
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in after):
        if any(c.dep_ == "oprd" for c in after):
            return True  # a predicate with no object before it: "the plan officials have kept secret"
        stranded = (c.lower_ in STRANDED_PREPOSITIONS and not any(c.children) for c in after if c.dep_ == "prep")
        if any(stranded):
            return True  # "the spill residents had complained about for months"
    obj, intransitive = sense_in(lemma, "frame.object"), sense_in(lemma, "frame.no-object")
    if obj is None or obj.first_rank > 1 or obj.tagged_share < 0.7:
        return False
    if intransitive is not None and intransitive.tagged_share >= 0.5:
        return False
    complements = COMPLEMENT_DEPS | {"prt", "oprd"}
    return not any(c.dep_ in complements and c.i > verb.i for c in verb.children)


def _singular_before_plural(head: Token, np_start: int) -> bool:
    """Whether a plural ``head`` follows a singular noun that a singular determiner opens, so the two are two noun
    phrases ("with a woman police have not identified", "in a kitchen with a gas leak crews had reported"): the
    plural opens a relative clause on the first."""
    doc = head.doc
    if head.tag_ not in ("NNS", "NNPS") or head.i - 1 <= np_start:
        return False
    noun = doc[head.i - 1]
    if noun.tag_ != "NN" or noun.lower_ in COLLECTIVE_NUMERALS:
        return False
    opener = next((t for t in reversed(doc[np_start : noun.i]) if t.tag_ not in ("NN", "JJ", "HYPH")), None)
    return opener is not None and opener.lower_ in SINGULAR_DETERMINERS


def _parenthetical_end(sent: Span, i: int, participles: bool) -> int:
    """After a parenthetical set off by commas at token ``i`` (a prepositional phrase with no tense: ", according
    to AAA,"; where ``participles``, in a phrase that is itself set off, a participle clause: ", working in the
    dark,"; or an attribution: ", officials said,"), the token after its closing comma; otherwise ``i``."""
    doc = sent.doc
    if i >= sent.end or doc[i].text != ",":
        return i
    close = next((t.i for t in doc[i + 1 : min(i + 8, sent.end)] if t.text == ","), None)
    if close is None or close == i + 1:
        return i
    inside = doc[i + 1 : close]
    verbs = [t for t in inside if t.tag_ in VERB_TAGS]
    phrase = inside[0].tag_ == "IN" or inside[0].tag_ == "VBG" and inside[0].dep_ == "prep"
    phrase = phrase or participles and inside[0].tag_ in ("VBG", "VBN")
    if phrase and not any(t.tag_ in FINITE_TAGS for t in inside):
        return close + 1
    attribution = (
        len(verbs) == 1 and verbs[0].tag_ in ("VBD", "VBZ", "VBP") and verbs[0].i == close - 1
        and verbs[0].i > inside.start and in_class(verb_lemma(verbs[0].lower_) or "", "verb.communication")
    )
    return close + 1 if attribution else i


def _floating_quantifier(tok: Token) -> bool:
    """A quantifier after the noun it counts, before the verb: "burglaries and thefts [both] fell"."""
    after_noun = tok.i > 0 and tok.doc[tok.i - 1].tag_ in NOUN_TAGS | {"PRP"}
    return tok.lower_ in FLOATING_QUANTIFIERS and tok.tag_ in ("DT", "PDT") and after_noun


def _misread_subject(sent: Span, subj: Token, prep_start: int, finite: Token) -> bool:
    """Whether the parser's subject before the phrase already has its own verb, so it is no subject of the verb
    after the phrase: a clause with its own subject ("Exhibits open this fall, including the curators will
    ..."), a noun with a past tense the parser hung on it ("The law passed despite critics say ...", "The
    library added staff, with ..."), or the object of the verb before it (see _object_of_verb_before)."""
    if subj.i >= prep_start:
        return False
    if subj.dep_ == "csubj":  # a subject clause opens with "that", "whether" or a question word
        words = [c for c in subj.children if c.dep_ == "mark" or c.tag_ in WH_TAGS]
        # a past form may be a participle in the subject ("A petition against the bill released in 2008 has ..."),
        # unless it is a past tense only ("The senator spoke against the bill would ...")
        clause = _set_off(sent, prep_start) or subj.tag_ not in ("VBD", "VBN") or _past_only(subj.lower_)
        return clause and not words and any(c.dep_ == "nsubj" for c in subj.children)
    if _object_of_verb_before(subj, finite):
        return True
    return any(
        c.i < prep_start and (c.dep_ == "acl" and c.tag_ == "VBD" or c.dep_ == "amod" and _past_between_nouns(c))
        for c in subj.children
    )


def _object_of_verb_before(noun: Token, finite: Token) -> bool:
    """Whether the noun phrase of ``noun`` follows a verb that has its own subject and no object, so it is that
    verb's object ("they had made progress toward ..."); not after a verb that may take a clause or an object
    and a verb ("said demand at the port has fallen", "help communities recovering from floods get ...")."""
    doc, start = noun.doc, noun.left_edge.i
    verb = doc[start - 1] if start > 0 else None
    if verb is None or verb.tag_ not in VERB_TAGS - {"VBG", "MD"} or verb.head.i == noun.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(c.dep_ == "dobj" for c in verb.children):
        return False
    lemma = verb_lemma(verb.lower_)
    if lemma is None or lemma in OBJECT_AND_CLAUSE_VERBS:
        return False
    if lemma in BARE_INFINITIVE_VERBS and finite.tag_ in ("VB", "VBP"):
        return False  # "help communities recovering from floods get back on their feet"
    if _takes_clause(lemma):
        return False
    # an object and an infinitive ("made workers sign"), never a tense ("could sign")
    return _tensed(finite) or not in_class(lemma, "frame.object-infinitive", max_rank=3)


def _tensed(verb: Token) -> bool:
    """A form that only a tense can be: a modal, an -s form, or a past tense that is no participle or noun."""
    return verb.tag_ in ("MD", "VBZ") or _past_tense_only(verb)


def _past_tense_only(word: Token) -> bool:
    """A past tense that is neither a participle nor a verb's base form, whatever its tag: "were", "broke",
    "took" (not "saw", "fell", which are also verbs of their own)."""
    lower = word.lower_
    return _past_only(lower) and not any(sense_in(lower, frame) for frame in ("frame.object", "frame.no-object"))


def _may_be_subject(word: Token, finite: Token) -> bool:
    """Whether the noun phrase of ``word`` may be the subject of a verb after it (with a phrase in between).

    Not the object of a preposition ("passed on Monday with ..."), nor the object of a verb other than one
    of telling, which may take an object and a clause ("told reporters in Ohio the talks failed"), or one
    that takes an object and a bare infinitive ("helps people across the country find ...").
    """
    while word.dep_ in ("compound", "nummod", "amod", "poss", "case", "nmod", "appos") and word.head.i != word.i:
        word = word.head  # "Route 4", "the city's", an apposition's role is its noun's
    if word.dep_ in ("pobj", "npadvmod", "acomp", "oprd"):
        return False  # "on Route 4 in response to ...", "this weekend regardless of ...", "stayed open in spite of"
    if word.dep_ in SUBJECT_DEPS and _object_of_verb_before(word, finite):
        return False  # the parser's subject is the object of the verb before it: "had made progress toward ..."
    if word.dep_ != "dobj":
        return True
    bare_infinitive = finite.tag_ == "VBP" and word.head.lower_ in verb_forms(BARE_INFINITIVE_VERBS)
    return bare_infinitive or word.head.lower_ in verb_forms(OBJECT_AND_CLAUSE_VERBS)



def _noun_phrase_end(sent: Span, i: int) -> int | None:
    """End of the noun phrase that starts at token ``i`` ("each of them", "most Americans", "not a single
    member"), or None."""
    doc = sent.doc
    expect_start, last_head = True, None
    negated = doc[i].lower_ == "not" and i + 1 < sent.end
    if negated and (doc[i + 1].tag_ in DETERMINERS or doc[i + 1].lower_ in QUANTIFIERS):
        i += 1
    i = _past_quantity_modifiers(sent, i)
    while i < sent.end:
        tok = doc[i]
        tag, lower = tok.tag_, tok.lower_
        after_noun = doc[i - 1].tag_ in ("NN", "NNS", "NNP")  # "the warden allowed inmates": a verb
        if lower in NP_PREPOSITIONS and last_head == i - 1:
            expect_start = True
            i += 1
            continue
        # a name's possessive standing for a place or firm: "the board of St. Luke's and ..."
        elliptical = tag == "POS" and doc[i - 1].tag_ == "NNP" and last_head == i - 1 and not _possessive(tok)
        fits = (
            lower in QUANTIFIERS
            or (expect_start and tag in DETERMINERS | {"PRP"})
            or (tag in MODIFIERS and (tok.text not in CLITICS or tag == "POS" and _possessive(tok)))
            or (tok.dep_ == "case" and tok.text in ("'", "’") and _possessive(tok))  # "the nurses’ union"
            or elliptical
            or (tag in ("VBN", "VBG") and tok.dep_ in ("amod", "compound") and tok.head.i > i and not after_noun)
            or (doc[i - 1].tag_ == "HYPH" and not expect_start)  # a word of a hyphenated compound: "walk-in"
        )
        counting = doc[i - 1].dep_ == "nummod"  # a number that is a noun: "thousands more residents"
        if not fits or tag in ADJECTIVE_TAGS and doc[i - 1].tag_ in ("NN", "NNS") and not counting:
            break  # modifiers precede the noun: "the threat | extremist groups pose" is two phrases
        if after_noun and _past_tense_only(tok):
            break  # a verb the tagger took for a noun: "a water main | broke"
        if last_head is not None and any(c.dep_ == "nsubj" and c.i < i for c in tok.children):
            break  # a predicate the parser gave a subject: "the news | cost investors billions"
        # "the last of them", "half of them"
        partitive = (tag in ADJECTIVE_TAGS or lower in PARTITIVES) and i + 1 < sent.end and doc[i + 1].lower_ == "of"
        # a name the tagger took for an adjective, made the subject of a verb after it: "with Manchin joined"
        name = tag in ADJECTIVE_TAGS and tok.text[:1].isupper() and tok.dep_ in SUBJECT_DEPS and tok.head.i > i
        # a demonstrative standing alone before a tense: "with this was the first increase"
        demonstrative = lower in DEMONSTRATIVES and i + 1 < sent.end and _tensed(doc[i + 1])
        if tag in HEADS or lower in QUANTIFIERS or partitive or name or demonstrative or elliptical:
            last_head = i
        i += 1
        if tag == "PRP":
            break
        expect_start = tag in DETERMINERS and tag != "CD"
    # "visitors from across the region": the parse may still continue the phrase after its last head
    return last_head + 1 if last_head is not None else None


def _past_quantity_modifiers(sent: Span, i: int) -> int:
    """The token after the words that modify a number or quantifier at ``i`` ("only two", "at least three",
    "more than 200", "nearly half of", "just a handful of"), or ``i`` when none do."""
    doc, j = sent.doc, i
    while j < sent.end and doc[j].tag_ in QUANTITY_MODIFIER_TAGS and doc[j].dep_ in ("advmod", "quantmod", "amod"):
        j += 1
    if j == i or j >= sent.end or not (doc[j].tag_ in DETERMINERS | {"PDT"} or doc[j].lower_ in PARTITIVES):
        return i
    scope = range(j, doc[j].head.i + 1) if doc[j].head.i > j else range(j, j + 1)
    quantity = doc[j] if doc[j].tag_ != "DT" else doc[j].head  # "just [a] handful"
    return j if all(doc[k].head.i in range(k + 1, max(scope[-1], quantity.i) + 1) for k in range(i, j)) else i


def _possessive(clitic: Token) -> bool:
    """A possessive "'s" before a noun ("the city's mayor"), not "is" or "has"."""
    doc = clitic.doc
    return clitic.i + 1 < len(doc) and doc[clitic.i + 1].tag_ in MODIFIERS - {"POS", "HYPH"}


def _set_off(sent: Span, prep_start: int) -> bool:
    """Whether the preposition opens the sentence or follows a comma or dash (a sentence adverbial)."""
    return prep_start == sent.start or sent.doc[prep_start - 1].text in SET_OFF


def _opens_clause(sent: Span, i: int) -> bool:
    """Whether token ``i`` opens the sentence or a clause (after "and", "but", "that", "because" ...)."""
    doc = sent.doc
    before = next((t for t in reversed(doc[sent.start : i]) if not t.is_punct), None)
    if before is None:
        return True
    return doc[i - 1].text not in SET_OFF and (before.tag_ in ("CC", *WH_TAGS) or before.dep_ == "mark")


def _clause_after_comma(sent: Span, i: int) -> bool:
    """Whether a comma after token ``i`` is followed by a clause with its own subject and finite verb."""
    doc = sent.doc
    comma = next((t.i for t in doc[i + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return False
    if any(t.dep_ in SUBJECT_DEPS and t.head.i > comma and _has_tense(t.head) for t in doc[comma + 1 : sent.end]):
        return True
    # the parser may misread the clause after a long opening ("fishing boats [appos] left [advcl] ..."): a noun
    # phrase by its tags, then a tense
    verb = next((t for t in doc[comma + 1 : sent.end] if t.tag_ in VERB_TAGS), None)
    nominal = DETERMINERS | MODIFIERS | {"PRP"}
    subject = doc[comma + 1 : verb.i] if verb is not None else ()
    return len(subject) > 0 and verb.tag_ in FINITE_TAGS and all(t.tag_ in nominal for t in subject)


def _clause_before(sent: Span, i: int) -> bool:
    """Whether a finite clause is complete before token ``i``, so that a phrase at ``i`` can hang on it.

    Relative clauses and participle clauses do not count ("the conversations I had with ..."), and a clause opened by a
    subordinator or a question word that has no verb yet leaves the sentence waiting ("how welcome
    the plan to focus on X would be").
    """
    doc = sent.doc
    # not a past tense the parser hung on the subject ("The law passed despite ..."); a participle clause set off
    # by a comma is no subject ("The airline cut its forecast, citing fuel costs, with ..."), and a subordinator
    # before a participle or adjective with no subject is a whole clause ("would go ahead as planned, with ...")
    relative = {
        k
        for t in doc[sent.start : i]
        if t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ != "VBD" and not _verb_of_root_noun(t)
        or _set_off_participle(t) or t.dep_ == "advcl" and _elliptical_clause(t)
        for k in range(t.left_edge.i, t.right_edge.i + 1)
    }
    for tok in reversed(doc[sent.start : i]):
        if tok.i in relative:
            continue
        if _verb_of_root_noun(tok):
            return True  # "The plan to close two stations stalled on Tuesday, with ..."
        if tok.dep_ == "mark" or tok.tag_ in WH_TAGS:
            return False
        # not "are running", nor a preposition's object ("dropped below freezing")
        gerund = not any(c.dep_ in AUX_DEPS for c in tok.children) and doc[tok.i - 1].tag_ != "IN"
        if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "nsubj", "advcl", "ccomp") and gerund:
            return False  # a gerund that may be the subject: "so making time for this on a regular basis helps"
        if tok.tag_ in FINITE_TAGS and tok.dep_ not in NOMINAL_DEPS:
            return True
        if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") and _past_between_nouns(tok):
            return True  # a past tense tagged as an adjective: "The school added classes, with ..."
        if tok.tag_ != "VBG" and any(c.dep_ == "nsubj" for c in tok.children):
            # a predicate the parser gives a subject ("exhibits open this fall"), or a past tense tagged as a
            # participle ("the museum added guards")
            if tok.tag_ != "VBN" or tok.dep_ == "ROOT" and not any(c.dep_ in AUX_DEPS for c in tok.children):
                return True
    return False


def _elliptical_clause(tok: Token) -> bool:
    """A subordinator and a participle or adjective with no subject: "as planned", "if needed", "when possible"."""
    if tok.tag_ not in ("VBN", *ADJECTIVE_TAGS):
        return False
    children = list(tok.children)
    return any(c.dep_ == "mark" for c in children) and not any(c.dep_ in SUBJECT_DEPS for c in children)


def _verb_of_root_noun(tok: Token) -> bool:
    """A regular past form the parser hung on the noun it made the sentence's root, so the sentence has no verb
    but it: "The plan to close two fire stations stalled on Tuesday" (the parse of a noun phrase)."""
    root = tok.head
    return (
        tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and root.dep_ == "ROOT" and root.tag_ in NOUN_TAGS
        and root.i < tok.i and not any(c.dep_ in AUX_DEPS for c in tok.children) and verb_lemma(tok.lower_) is not None
    )


def _set_off_participle(tok: Token) -> bool:
    """A participle clause set off by a comma after its clause: ", citing fuel costs," (not a gerund subject)."""
    start = tok.left_edge.i
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and start > tok.sent.start + 1 and tok.doc[start - 1].text == ","


def _past_between_nouns(tok: Token) -> bool:
    """A regular past form between a subject noun and its object ("school added classes"), not a compound
    modifier ("state-funded")."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or verb_lemma(tok.lower_) is None or _participle_only(tok):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return before.tag_ in NOUN_TAGS and before.text != "-" and after.tag_ in NOUN_TAGS | {"DT", "PRP$", "CD"}


def _has_tense(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in verb.children)


def _postmodified_end(
    sent: Span, start: int, end: int, across_commas: bool, coordination: bool
) -> tuple[int, bool]:
    """Extend the noun phrase ``start:end`` over the post-modifiers the parser hangs on it.

    Returns the new end and whether the phrase was extended over an "and" coordination (only where
    ``coordination``). A dash ends the phrase (it closes a parenthesis), and so does a comma unless
    ``across_commas``.
    """
    doc, coordinated = sent.doc, False
    while end < sent.end:
        nxt = doc[end]
        # a name set off by commas ("its sponsor, Rep. Ana Ruiz, ..."); in mid-clause only a person's, after a
        # noun for people, not a place's: "at the school in Parkland, Florida, causing ..."
        person = across_commas or _people(doc[end - 1])
        named = _apposed_name_end(sent, end) if person else None
        if named is not None:
            end = named
            continue
        owner = nxt.head
        if not start <= owner.i < end:
            # "who" in "residents who live ..." hangs on the relative verb, which hangs on the phrase
            owner = next((t for t in doc[start:end] for c in t.children if c.left_edge.i == end), None)
        child = next((c for c in owner.children if c.left_edge.i == end and c.i >= end), None) if owner else None
        outside_and = child is None and nxt.lower_ == "and" and coordination and across_commas
        if outside_and:
            child = nxt  # an "and" the parser hung outside the phrase: "of St. Mary's and the trustees ..."
        if child is None:
            break
        if child.dep_ == "punct" and nxt.text == "," and across_commas:
            # a non-restrictive relative clause or appositive set off by commas
            clauses = (c for t in doc[start:end] for c in t.children if c.dep_ in ("relcl", "appos"))
            inner = next((c for c in clauses if c.left_edge.i == end + 1), None)
            close = inner.right_edge.i + 1 if inner is not None else sent.end
            if close >= sent.end or doc[close].text != ",":
                break
            end = close + 1
            continue
        if child.dep_ not in POSTMODIFIER_DEPS or nxt.lower_ in CLAUSE_OPENERS:
            break
        if child.dep_ == "acl" and (child.tag_ not in ("VBN", "VBG") or child.i != end):
            break  # only a participle modifier ("families affected by ..."), not a finite verb the parser hung here
        if child.dep_ == "acl" and child.tag_ == "VBG" and _takes_clause(verb_lemma(child.lower_)):
            break  # the tense after may be its clause's: "with traders worrying the bank could raise rates"
        obj = next((c for c in child.children if c.dep_ == "dobj" and c.i > child.i), None)
        if child.dep_ == "acl" and child.tag_ == "VBN" and obj is not None and _active_with_object(child, obj):
            break  # a past tense with its object: "a donor paid off its debt"
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and _no_participle(child, owner):
            break  # a verb with no passive is no modifier: "one of the three judges dissented from ..."
        if child.dep_ == "cc":
            if not coordination:
                break
            conj = None if outside_and else next(
                (c for c in owner.children if c.dep_ == "conj" and c.left_edge.i == end + 1), None
            )
            if conj is None and across_commas:
                # after a comma, the parser's subject of a later verb still belongs to the phrase: ", with the
                # judge in the case and her clerk on the appeal refused ..."
                after = doc[end + 1 : sent.end]
                conj = next((t for t in after if t.dep_ == "nsubj" and t.left_edge.i == end + 1), None)
            if conj is None or nxt.lower_ not in ("and", "or"):
                break  # the parser joins two clauses: "met with the pilots and the airline agreed ..."
            coordinated = coordinated or nxt.lower_ == "and"
            child = conj
        closers = DASHES if across_commas else (*DASHES, ",")
        if child.right_edge.i >= sent.end - 1 or any(t.text in closers for t in doc[end : child.right_edge.i + 1]):
            break
        end = child.right_edge.i + 1
        set_off = across_commas and child.dep_ in ("relcl", "appos") and doc[child.left_edge.i - 1].text == ","
        if set_off and end < sent.end and doc[end].text == ",":
            end += 1  # the comma closing a clause set off by one: ", who represent the site, voted"
    return end, coordinated


def _apposed_name_end(sent: Span, comma: int) -> int | None:
    """The end of a proper name set off by commas at ``comma`` (an appositive: ", Rep. Ana Ruiz,"), or None."""
    doc = sent.doc
    close = next((t.i for t in doc[comma + 1 : sent.end] if t.tag_ not in ("NNP", "NNPS")), sent.end)
    if doc[comma].text != "," or close == comma + 1 or close >= sent.end - 1 or doc[close].text != ",":
        return None
    return close + 1


def _regained(sent: Span, tok: Token) -> bool:
    """Whether ``tok`` is a word of the noun phrase that the parser hung outside it (see _postmodified_end): a
    proper name set off by commas, or a noun after "and" made the subject of the verb."""
    doc, i = sent.doc, tok.i
    if tok.dep_ == "nsubj" and doc[tok.left_edge.i - 1].lower_ in ("and", "or"):
        return True
    while i > sent.start and doc[i - 1].tag_ in ("NNP", "NNPS"):
        i -= 1
    return tok.tag_ in ("NNP", "NNPS") and i > sent.start and _apposed_name_end(sent, i - 1) is not None


def _subject_follows(verb: Token, sent: Span, prep_start: int) -> bool:
    """Whether a noun phrase after ``verb`` is its subject: "With each election comes a flood of data."

    Only a phrase that opens its clause (at the start of the sentence or after "and", "but" ...) can be
    fronted like this; after a comma the noun phrase must be the parser's subject or object of the
    verb, not an adverbial ("..., following officers went house to house").
    """
    doc = sent.doc
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if after is None or after.tag_ not in DETERMINERS | MODIFIERS or after.dep_ in ("acomp", "oprd"):
        return False  # an adjective is the verb's predicate, no subject: "the contractor went bankrupt"
    before = doc[prep_start - 1] if prep_start > sent.start else None
    if before is None or before.tag_ == "CC":
        return True
    head = after
    while head.head.i != verb.i and verb.i < head.head.i < sent.end and head.head.i != head.i:
        head = head.head
    return head.head.i == verb.i and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")


def _finite(
    tok: Token, head: Token, participle_may_follow: bool, fronted: bool, set_off: bool, adjunct: bool
) -> bool:
    """Whether ``tok``, after the noun phrase headed by ``head``, is a finite verb, not the participle of an
    absolute phrase ("with the contract signed") nor a word of the noun phrase; ``participle_may_follow`` after
    "with" or "without" or in a noun's modifier, ``fronted`` when the phrase opens its clause, ``set_off`` when a
    comma or dash (or nothing) comes before it, ``adjunct`` after a preposition of cause, concession or time."""
    tag, lower = tok.tag_, tok.lower_
    doc = tok.doc
    if tag in ("VBN", "VBD") and tok.dep_ == "amod" and tok.head.i == tok.i + 1 and tok.i > 0:
        # a past tense the parser read as a participle before the next noun: "the warden allowed inmates"
        noun_before = doc[tok.i - 1].tag_ in ("NN", "NNS", "NNP") and not _bare_noun_after(tok, tok)
        return noun_before and _active_with_object(tok, tok.head, head)
    if tok.text in CLITICS or tag in ("NNS", "VBZ") and _change_after(tok):
        return False  # a noun (perhaps tagged as an -s form) and its predicate: "crude stockpiles up 4 million"
    # A word the parser gives a subject is a predicate, whatever its tag or label: a present tense tagged as
    # a plural noun ("Herrera hopes for"), a base form ("shareholders vote next week"), or a verb made the
    # object of the preposition ("with the city plans to").
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is not None and not any(c.dep_ in AUX_DEPS for c in tok.children):
        if tag == "NNS" and verb_lemma(lower) or tag in ("VBZ", "VBP") and lower not in SAME_AS_PARTICIPLE:
            return True
        if tag == "NN" and verb_lemma(lower) and len(_objects(tok)) == 2:
            return True  # "with the news cost investors billions"
        if tag == "VB" and _plural(subject) and lower not in SAME_AS_PARTICIPLE:  # not "with the doors shut"
            return True
    if tok.dep_ in NOMINAL_DEPS:
        return _past_tense_only(tok) and tok.i > 0 and doc[tok.i - 1].tag_ in NOUN_TAGS  # "a water main broke"
    plural = head.tag_ in ("NNS", "NNPS") and not head.text.isupper()  # a plural by its form, not "AI"
    if tag == "VB" and plural and lower not in SAME_AS_PARTICIPLE and doc[tok.i - 1].tag_ not in ("TO", "MD"):
        return True  # a base form after a plural is its present tense: "families, according to officials, depend"
    if tag == "VBP" and lower in SAME_AS_PARTICIPLE:
        tag = "VBD"  # may be a participle: needs a complement below
    elif tag in ("VBZ", "VBP", "MD") or _past_only(lower):
        return True
    if head.lower_ in SUBJECT_PRONOUNS and tag in ("VBD", "VBN", "JJ") and lower.endswith("ed") and verb_lemma(lower):
        return True  # only a verb follows "they": "thanks to they qualified"
    if tag not in ("VBD", "VBN") or _participle_only(tok):
        return False
    if tok.i + 1 < len(doc) and _measure(doc[tok.i + 1]) and any(in_class(w, "noun.time") for w in singulars(head)):
        return False  # a period named by its end: "in the fiscal year ended March 31", "the six months ended Friday"
    if head.lower_ in SUBJECT_PRONOUNS or head.tag_ == "PRP" and not participle_may_follow:
        return True  # no participle follows a pronoun but in an absolute phrase: "despite it lost", not "with it gone"
    # bare nouns on both sides may be a compound modifier, unless the parser made the first the verb's subject;
    # a ratio is a measure, not an object: "with its members outnumbered two to one"
    compound = not any(c.dep_ == "nsubj" and c.i == tok.i - 1 for c in tok.children)
    complement = next(
        (
            c
            for c in tok.children
            if c.dep_ in COMPLEMENT_DEPS and c.i > tok.i and not _measure(c)
            and not (compound and _bare_noun_after(tok, c))
        ),
        None,
    )
    if len(_objects(tok)) == 2:
        return True  # a passive keeps one object at most: "with the deal handed the city a profit"
    clause = _clause_after(tok)
    if clause is not None and compound and _bare_noun_after(tok, clause):
        clause = None  # "by law drafted soldiers cannot fight": a participle before its noun
    # a passive keeps a clause only where its subject was told it ("With investors convinced the bank would act,
    # ..."): after a thing, or with a verb that takes no addressee, the past form is the clause's ("with tests
    # showed the air was safe", "with analysts predicted the bank would act")
    addressee = verb_lemma(lower) in OBJECT_AND_CLAUSE_VERBS and _people(head, max_rank=3)
    if clause is not None and not addressee and not fronted:
        return True
    if clause is not None and addressee:  # as after any complement below; "the crew" is no object
        return not fronted and tag == "VBD" and not _keeps_object(tok)
    if complement is not None and complement.dep_ == "dobj":  # "lined both lanes", not "handed a contract"
        after = doc[tok.i + 1 : complement.left_edge.i]  # only a particle: "paid off its debt"
        direct = all(t.dep_ == "prt" for t in after) and not any(c.dep_ == "agent" for c in tok.children)
        # a passive with an object is the absolute phrase of a verb of giving ("with the crew handed a bonus"): after
        # a preposition of cause, concession or time the past form has the object ("amid traders sold shares")
        retained = participle_may_follow or not adjunct
        return (tag == "VBD" or direct) and _active_with_object(tok, complement, head, retained)
    if complement is not None and complement.dep_ in ("ccomp", "xcomp") and complement.tag_ == "VB":
        if any(c.dep_ == "nsubj" for c in complement.children):
            return True  # an object and an infinitive, which no passive keeps: "the warden allowed visitors to"
        # a passive keeps an infinitive only where the active has an object before it: "asked to leave"; so does
        # a verb whose main sense takes a person and that takes no infinitive of its own: "summoned to appear", and
        # a verb of saying or thinking: "with the suspect believed to be armed"
        lemma = verb_lemma(lower)
        if lemma is None or sense_in(lemma, "frame.object-infinitive") is not None:
            return False
        if tag != "VBD" and not _no_participle(tok, head):
            return False  # not "with shoppers hesitated to spend"
        if participle_may_follow and _adjective_before_infinitive(lower, lemma):
            return False  # "with both sides determined to reach a deal"
        own_infinitive = sense_in(lemma, "frame.infinitive") is not None
        return own_infinitive or not (in_class(lemma, "frame.person-object") or _raised(complement, lemma))
    aspect = verb_lemma(lower) in ASPECT_VERBS
    if aspect and complement is not None and complement.tag_ == "VBG" and complement.i == tok.i + 1:
        # a verb of aspect before its gerund is active ("amid central banks kept buying"); only "keep" has that
        # passive, in an absolute phrase: "with the engine kept running"
        return not (participle_may_follow and lower == "kept")
    if complement is not None:
        # the passive of a verb of saying or thinking keeps a predicate: "with six people reported missing"
        predicate = complement.dep_ in ("xcomp", "oprd", "acomp") and _raised(complement, verb_lemma(lower))
        naming = lower in NAMING_PARTICIPLES | PREDICATE_PARTICIPLES
        return tag == "VBD" and not predicate and not naming and not _keeps_object(tok)
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    adverb = after is not None and after.tag_ in ("RB", "IN") and not any(c.dep_ == "pobj" for c in after.children)
    particle = _particle(tok) or (after if adverb else None)  # "moved in", not "moved in buses"
    # a phrasal verb with no passive: ", with a few fans showed up", "with troops moved in"; in mid-clause only
    # after people ("with lawmakers looked on") or a preposition of cause, concession or time ("throughout the
    # strike dragged on"), not a thing's state ("a house with the roof caved in") nor in a subject still waiting
    # for its verb ("the news about the PCs shipped from July onward popped up")
    if not participle_may_follow and _name(head) and head.i == tok.i - 1:
        return True  # a name takes no participle but in an absolute phrase: "despite Joel Embiid sat out"
    people = _people(head) or _name(head)
    if particle is not None and (set_off or people) and _intransitive_phrasal(tok, particle, mostly=people):
        return True
    if particle is not None and adjunct and _intransitive_phrasal(tok, particle, never=True):
        return True  # "throughout the strike dragged on" (not "because of the ballots dropped off")
    if _passive_marked(tok) and not (particle is None and _never_object(verb_lemma(lower))):
        return False  # a particle or an agent, but no "by" after a verb with no passive: "arrived by bus"
    # it shares its subject with a past tense that has an object: "the wind shifted and pushed the fire back"
    if any(c.dep_ == "conj" and c.tag_ == "VBD" and _objects(c) and _active_with_object(c, _objects(c)[0], head)
           for c in tok.children):
        return True
    # a fronted phrase may use the participle of a verb of change: "With the waters receded, ..."
    if participle_may_follow and fronted:
        return lower in INTRANSITIVE_PAST or _measured_change(tok, head, scale=False)
    if lower in INTRANSITIVE_PAST or _takes_no_object(tok, head) or _measured_change(tok, head):
        return True
    # elsewhere only a passive participle may follow the noun ("despite the concerns raised"), so a verb mostly
    # used with no object is a past tense: "due to the river dropped to its lowest level"
    lemma = verb_lemma(lower)
    mostly_intransitive = lemma is not None and in_class(lemma, "frame.no-object", max_rank=2, min_share=0.3)
    return not participle_may_follow and mostly_intransitive


def _raised(predicate: Token, lemma: str | None) -> bool:
    """Whether a verb of saying or thinking has a predicate after it that its passive keeps: one with no infinitive
    ("with six people reported missing") or "to be" or "to have" ("with the suspect believed to be armed", "thought
    to have fled"; not "with its members decided to sell")."""
    auxiliaries = [c for c in predicate.children if c.dep_ in AUX_DEPS]
    bare = not any(c.tag_ == "TO" for c in auxiliaries) and predicate.tag_ != "VB"
    return _takes_clause(lemma) and (bare or any(w.lower_ in ("be", "have") for w in (predicate, *auxiliaries)))


def _change_after(noun: Token) -> bool:
    """Whether an adverb of change and an amount follow a noun (which the tagger may take for an -s form), its
    predicate with no verb: "with crude stockpiles [up 4 million barrels]", "with shares [down 3 percent]"."""
    doc, i = noun.doc, noun.i
    return i + 2 < len(doc) and doc[i + 1].lower_ in CHANGE_ADVERBS and doc[i + 2].tag_ in ("CD", "$")


def _adjective_before_infinitive(form: str, lemma: str) -> bool:
    """Whether a past form is an adjective in its first sense whose verb takes no infinitive of its own and no
    clause in its main sense, so it is an adjective before an infinitive ("determined to", "poised to"), not a
    past tense ("agreed to", "continued to", "decided to")."""
    adjective = sense_in(form, "adj.all")
    if adjective is None or adjective.first_rank > 1 or sense_in(lemma, "frame.infinitive") is not None:
        return False
    clause = sense_in(lemma, "frame.that-clause")
    return clause is None or clause.first_rank > 1


def _adjunct(preposition: str) -> bool:
    """Whether a preposition opens an adjunct of cause, concession or time, which a conjunction could open
    ("despite" -> "although", "due to" -> "because"), not one of accompaniment ("with" -> "and")."""
    return CONJUNCTIONS.get(preposition.lower(), "and") != "and"


def _clause_after(verb: Token) -> Token | None:
    """The clause with its own subject right after ``verb``, its complement ("tests showed [the air was safe]",
    "returns showed [it passing]"), or that clause's subject where the parser made it the verb's object ("told [the
    crew] had not arrived"); None after an agent ("the conclusion reached by experts that ...")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for child in verb.children:
        if child.left_edge.i != verb.i + 1:
            continue
        if child.dep_ == "dobj" and _subject_of_next_tense(child):
            return child
        if child.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            return child
    return None


def _measured_change(verb: Token, subject: Token, scale: bool = True) -> bool:
    """Whether a past form is the past tense of a verb of change with its measure after it: a verb often used
    with no object (WordNet's no-object frame in one of its first three senses and in 15% of its tagged uses),
    after a thing, then an amount that is no stretch of time ("with revenue slipped 4 percent", "with the index
    increased 0.4 points"); or a verb of motion, or one that rarely takes an object, moved to or from a number on
    a scale ("with the index climbed above 4,000", "with the rate hovered near 4 percent"), which as a passive
    would move a thing.
    A passive participle takes its measure with "by" ("with spending increased by 8 percent"), a verb of change
    its new value with "to" ("with the budget increased to $5 million"), and a time after it may date a move
    ("with the kickoff moved an hour earlier"). A fronted absolute may move a thing to a point on a scale ("With
    the rate dropped to 4 percent, ..."): ``scale`` False leaves the second kind out."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or not in_class(lemma, "frame.no-object", max_rank=3, min_share=0.15):
        return False
    if _people(subject, max_rank=3) and not _name(subject):
        return False  # a company's name acts: "with Tesla dropped 8 percent" (not "with its staff cut 10 percent")
    if any(c.dep_ in ("npadvmod", "dobj") and c.left_edge.i == verb.i + 1 and _amount(c) for c in verb.children):
        return True
    obj = sense_in(lemma, "frame.object")
    moves = in_class(lemma, "verb.motion") or obj is None or obj.tagged_share < 0.2  # "hovered near 4 percent"
    return scale and moves and any(
        c.dep_ == "prep" and c.lower_ in SCALE_PREPOSITIONS and any(o.dep_ == "pobj" and _number(o) for o in c.children)
        for c in verb.children
    )


def _amount(noun: Token) -> bool:
    """A number or a noun counted by one that is no stretch of time: "4 percent", "$2.3 billion", "12 points"
    (not "two weeks")."""
    counted = noun.tag_ == "CD" or any(c.tag_ == "CD" or c.tag_ == "$" for c in noun.subtree if c.i < noun.i)
    return counted and not any(in_class(word, "noun.time") for word in singulars(noun))


def _number(noun: Token) -> bool:
    """A number, a sum or a share, no counted thing: "4,000", "$3.61", "4 percent" (not "40 schools", "7 p.m.")."""
    return noun.tag_ == "CD" or noun.lower_ in PARTITIVES and any(c.tag_ == "CD" for c in noun.children)


def _past_only(word: str) -> bool:
    """A past tense that is no participle: an auxiliary or modal, or an irregular past whose verb has a participle
    of its own in WordNet's forms ("took"/"taken", "blew"/"blown", "sang"/"sung"; not "made", "cut")."""
    if word in PAST_ONLY:
        return True
    base = irregular_base(word)
    if base is None or word.endswith(("ing", "s")):
        return False
    forms = {form for form in irregular_forms(base) if not form.endswith("ing")} | {word}
    # a participle ends in "n" ("taken", "blown") or has the "u" of a past's "a" ("sung" beside "sang")
    participles = {f for f in forms if f.endswith(("n", "ne")) or "u" in f and f.replace("u", "a") in forms}
    return bool(participles) and word not in participles


def _participle_only(verb: Token) -> bool:
    """A past participle that differs from its verb's past tense, so is never finite: "risen", "blown", "gone",
    "sunk" (its verb has two irregular past forms, and this one ends like a participle or the tagger says it is
    one; "made" and "slid" are past tenses too)."""
    base = irregular_base(verb.lower_)
    if base is None or _past_only(verb.lower_):
        return False
    pasts = [form for form in irregular_forms(base) if not form.endswith(("ing", "s"))]
    return len(pasts) > 1 and (verb.tag_ == "VBN" or verb.lower_.endswith(("n", "ne")))


def _measure(noun: Token) -> bool:
    """A ratio or a time adverbial, no object: "outnumbered two to one", "poured that spring", "won last week", a
    date ("the year ended March 31", "closed Monday"; not "trimmed $3 million", "fined three of its coaches",
    "spent three weeks")."""
    ratio = noun.tag_ == "CD" and any(c.lower_ == "to" and c.i < noun.i for c in noun.children)
    deictic = any(c.lower_ in TIME_DEICTICS for c in noun.children if c.i < noun.i)
    date = noun.tag_ == "NNP" and in_class(noun.lower_, "noun.time")
    return ratio or date or deictic and any(in_class(word, "noun.time") for word in singulars(noun))


def _objects(verb: Token) -> list[Token]:
    """The objects after ``verb``: "handed [the city] [a profit]"."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]


def _plural(noun: Token) -> bool:
    """A subject that takes the base form of a verb: a plural, "I", "we", "you", "they", or a group ("police")."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("i", "we", "you", "they")
    return plural or in_class(noun.lower_, "noun.group")


def _active_with_object(verb: Token, obj: Token, subject: Token | None = None, retained: bool = True) -> bool:
    """Whether a past form after ``subject`` with ``obj`` after it is a past tense: a passive participle keeps
    no object, except a verb of making ("with the area declared a disaster zone"), naming ("with Smith named
    captain") or giving ("with the coach handed a new contract"). The one named or given to is the passive's
    subject, a person or a group, not "the study" ("with the study named five causes"); and what is given is
    no person ("allowed inmates"), nor the object of a particle ("paid off its debt"). Where no absolute phrase
    may stand (not ``retained``), a verb of giving has its object too: "amid traders sold shares"."""
    if any(c.dep_ == "prt" and c.i < obj.i for c in verb.children):
        return True  # no passive keeps an object after its particle: "with workers voted down the offer"
    if verb.lower_ in NAMING_PARTICIPLES | PREDICATE_PARTICIPLES:
        if obj.tag_ == "PRP" or any(c.dep_ in ("oprd", "acomp") and c.i > obj.i for c in verb.children):
            return True  # a pronoun, or an object with a predicate: "with lawmakers left several bills unfinished"
        if any(c.dep_ == "nummod" for c in obj.children):
            return True  # a name or predicate is not counted: "with prosecutors called 31 witnesses"
    if verb.lower_ in PREDICATE_PARTICIPLES:
        return False
    if not (verb.lower_ in NAMING_PARTICIPLES or retained and _keeps_object(verb)):
        return True
    if subject is not None and subject.tag_ in ("NN", "NNS") and not _people(subject, max_rank=3):
        return True
    return verb.lower_ not in NAMING_PARTICIPLES and _people(obj, max_rank=3)


def _keeps_object(verb: Token) -> bool:
    """Whether a verb's passive may keep an object: WordNet's "Somebody ----s somebody something" frame in one
    of its first three senses."""
    lemma = verb_lemma(verb.lower_)
    return verb.lower_ in PASSIVE_WITH_OBJECT or lemma is not None and in_class(lemma, "frame.two-objects", max_rank=3)


def _people(noun: Token, max_rank: int = 1) -> bool:
    """A noun phrase for people: "inmates", "the union", "two of its executives", "them" (a person or group in
    the noun's first ``max_rank`` senses)."""
    if noun.lower_ in OBJECT_PRONOUNS:
        return True
    if noun.tag_ == "CD" or noun.lower_ in QUANTIFIERS | PARTITIVES:  # "82 percent of members"
        part = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in part.children if c.dep_ == "pobj"), noun) if part is not None else noun
    # a name after a title or role: "Judge Ana Ruiz", "striker Petra Holm"
    titled = noun.tag_ in ("NNP", "NNPS") and any(
        c.dep_ == "compound" and c.i < noun.i and is_people_noun(c, max_rank=max_rank) for c in noun.children
    )
    return titled or is_people_noun(noun, max_rank=max_rank)


def _takes_no_object(verb: Token, subject: Token) -> bool:
    """Whether a regular past form's verb takes no object that ``subject`` could be, so it is no passive
    participle of it: the verb (almost) never takes an object or a clause in WordNet ("with prices soared",
    "as a result of the engine failed"), or its first sense takes none and ``subject`` is people ("with no
    senators voted against it"; a person is the object of "vote" only with a particle: "voted out"). An
    adjective spelled like it may follow its noun ("with the contract expired")."""
    lemma = verb_lemma(verb.lower_)
    if lemma is None or any(sense_in(verb.lower_, name) for name in ("adj.all", "adj.ppl")):
        return False
    if _never_object(lemma):
        return True
    obj = sense_in(lemma, "frame.object")
    rare_object = obj is None or obj.first_rank > 1 and obj.tagged_share < 0.1
    # a clause may be the object of a passive ("with the terms agreed"), never people: "with managers agreed to"
    intransitive = in_class(lemma, "frame.no-object") and (rare_object or obj.first_rank > 1 and obj.tagged_share < 0.5)
    # or its main sense takes no object and none takes a person: "with Lee scored twice", "with its members voted"
    mainly_intransitive = in_class(lemma, "frame.no-object") and not _may_take_person(lemma)
    # a name acts, unless it may be a place that a verb of motion crosses: "with Everest climbed twice"
    named = _name(subject) and not in_class(lemma, "verb.motion", max_rank=3)
    return (intransitive or mainly_intransitive) and (_people(subject) or named)


def _never_object(lemma: str | None) -> bool:
    """Whether a verb (almost) never takes an object or a clause in WordNet, so has no passive: "arrive", "soar"."""
    if lemma is None:
        return False
    obj = sense_in(lemma, "frame.object")
    rare_object = obj is None or obj.first_rank > 1 and obj.tagged_share < 0.1
    return rare_object and sense_in(lemma, "frame.that-clause") is None


def _no_participle(verb: Token, subject: Token) -> bool:
    """Whether a past form after ``subject`` can be no passive participle: a past tense only, or a verb that takes
    no object (see _takes_no_object)."""
    return _past_only(verb.lower_) or verb.lower_ in INTRANSITIVE_PAST or _takes_no_object(verb, subject)


def _name(noun: Token) -> bool:
    """A proper name with no article and no date: a person's, a company's or a country's ("with Garcia scored",
    "with Pfizer walked away"), which acts rather than is acted on."""
    if noun.tag_ not in ("NNP", "NNPS") or in_class(noun.lower_, "noun.time"):
        return False  # not a date: "from July 1 onward"
    return not any(c.dep_ == "det" for c in noun.children)


def _may_take_person(lemma: str) -> bool:
    """Whether a verb's common senses take a person as their object, so people may be its passive's subject
    ("with the crew rescued"; not "scored", "finished", "voted"): WordNet's "Somebody ----s somebody" frames
    in one of its first three senses or in enough tagged uses."""
    sense = sense_in(lemma, "frame.person-object")
    return sense is not None and (sense.first_rank <= 3 or sense.tagged_share >= 0.05)


def _bare_noun_after(verb: Token, obj: Token) -> bool:
    """Bare nouns on both sides of the verb: "from holiday themed film fare" may be a participle before its
    noun, where "the bank raised rates" is a past tense. A plural modifies no noun ("amid investors sold stocks")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or obj.left_edge.i > verb.i + 1:
        return False
    first, before = doc[verb.i + 1], doc[verb.i - 1]
    bare_before = before.tag_ == "NN" and (before.i == 0 or doc[before.i - 1].tag_ in ("IN", ",", "HYPH"))
    return bare_before and first.tag_ in ("NN", "NNS", "JJ")


def _particle(verb: Token) -> Token | None:
    """The particle of a phrasal verb: "knocked [down]", "showed [up]"."""
    doc = verb.doc
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if particle is None and verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "RP":
        return doc[verb.i + 1]
    return particle


def _intransitive_phrasal(verb: Token, particle: Token, mostly: bool = False, never: bool = False) -> bool:
    """Whether a phrasal verb takes no object in WordNet's frames (or only in a rare sense), so it has no
    passive: "showed up", "dropped out", "stepped down" (not "knocked down", "paid off"); when ``mostly`` (its
    subject is people, who look on rather than are looked on), mostly no object: "looked on"; when ``never``, in
    no sense at all: "dragged on" (not "dropped off", which drops off ballots)."""
    lemma = verb_lemma(verb.lower_)
    phrasal = f"{lemma} {particle.lower_}"
    if lemma is None or sense_in(phrasal, "frame.no-object") is None:
        return False
    obj = sense_in(phrasal, "frame.object")
    if never:
        return obj is None
    return obj is None or obj.first_rank > 1 and obj.tagged_share < (0.5 if mostly else 0.1)


def _passive_marked(verb: Token) -> bool:
    """A particle or an agent after the verb: "knocked down", "protested by farmers" (not "fell by a third")."""
    if _particle(verb) is not None:
        return True
    for child in verb.children:
        if child.dep_ == "agent":
            return True
        if child.lower_ == "by" and any(
            not obj.like_num and obj.lower_ not in MEASURES and not any(g.dep_ == "nummod" for g in obj.children)
            for obj in child.children
            if obj.dep_ == "pobj"
        ):
            return True
    return False


def _message(prep: str, noun_phrase: str, group: Span, finite: Token) -> str:
    """Suggest a participle ("with X having recognized") and a conjunction ("and X has recognized")."""
    options = []
    participle = _participle(group, finite)
    if participle:
        options.append(f'"{prep} {noun_phrase} {participle}"')
    conj = CONJUNCTIONS.get(prep.lower())
    if conj:
        options.append(f'"{cased(conj, prep)} {noun_phrase} {group.text}"')
    return f'Dangling clause after "{prep}": use {" or ".join(options) or "a participle or a conjunction"}'


def _participle(group: Span, finite: Token) -> str | None:
    """The verb group as a participle phrase: "has recognized" -> "having recognized"."""
    tokens = list(group.doc[finite.i + 1 : group.end])
    rest = [t.text for t in tokens]
    lower = finite.lower_
    if lower in ("has", "have", "had") and rest:
        words = ["having", *rest]
    elif lower in ("is", "are", "was", "were", "am"):
        words = rest if tokens and tokens[-1].tag_ == "VBG" else ["being", *rest]
    elif finite.tag_ == "MD" or lower in ("do", "does", "did"):
        k = next((k for k, t in enumerate(tokens) if t.tag_ == "VB"), None)
        if k is None:
            return None
        rest[k] = "being" if tokens[k].lower_ == "be" else ing_form(tokens[k].lower_)
        words = rest
    elif finite.tag_ == "VBP":
        words = [ing_form(lower), *rest]
    else:
        return None
    if len(words) > 1 and words[0] in ("having", "being") and words[1].lower() in NEGATIONS:
        words[:2] = ["not", words[0]]  # "not having trimmed"
    return " ".join(w for w in (group.doc[group.start : finite.i].text, *words) if w)


def _fixes(doc: Document, pb: ParsedBlock, first: Token, last: Token) -> tuple[Fix, ...]:
    conj = CONJUNCTIONS.get(span_text(first, last).lower())
    return replacement_fix(doc, pb, first, last, cased(conj, first.text)) if conj else ()
