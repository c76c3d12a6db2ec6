"""house/unattributed-claim: a claim credited to a vague source or to nobody."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta
from editlint.lexicon import in_class, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, NOUN_CLASSES, NOUN_TAGS, PROPER_TAGS, SAYING_CLASSES, SUBJECT_DEPS, VERB_TAGS,
    VerbClass, clause_verb, finding, has_link, is_people_noun, noun_lemma, parsed_blocks, reparsed, singulars,
    span_text, subject, verb_class, verb_forms, verb_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from editlint.document.model import Document
    from editlint.nlp.pipeline import ParsedBlock

META = RuleMeta(
    id="house/unattributed-claim",
    summary="A claim credited to a vague source (\"some experts say\") or to nobody (\"it is believed\").",
    severity=Severity.WARNING,
    rationale="""\
## What it does
Flags a claim credited to a vague group or to nobody, when no source vouches for it (no proper noun
in the subject, no link outside the claim, no named speaker or *according to* a named source whose clause
or report holds the claim): a verb of saying, thinking or judging (WordNet's
verb.communication and verb.cognition, main senses, plus the `verbs` option) that takes a clause,
interrupts one or judges an object (*blame X for*, *regard X as*, *call X a Y*), or any verb with a
*that*-clause (*maintain that*), with a vague subject: a plural noun for people or groups (WordNet's
noun.person and noun.group, and agent nouns it lacks), or a collective noun (*staff*), after a vague
quantifier (*some*, *many*, *most*, *several*, *a few*, *numerous*, *countless*, *a number of*, *scores
of*), also when a place or body only locates them (*several officials at the port authority*); a bare
plural of people holding a view in the present tense, which speaks for the whole kind (*investors worry
that*, *parents have long feared*; not a role that speaks for an institution or event, *investigators
believe*, unless a profession gives advice, *doctors warn that*, nor plain reporting, *residents say*, nor the past, *firefighters said*); a generic
group that is vague on its own (`vague-sources`: *critics*, *experts*, *people*, *sources* ...; the experts
of a field: *epidemiologists*), also when *of* says what it opposes (*critics of the plan*), or a pronoun
(*some*, *many*, *plenty*, *others*); people known only by their access (*people familiar with
the matter*, *those close to the talks*, *officials briefed on the audit*) and one unnamed source (*a
source*, *an analyst*); an adjective of belief with a clause (*many are skeptical that*); *according to*
such a group or to unnamed accounts (*according to reports*, *to unconfirmed reports*, *to one estimate*,
*by some estimates*); a pseudo-cleft (*what critics dispute is that*, *what worries many economists is*);
a judging phrase WordNet lists (*write off her bid*, *take issue with*); a judging verb in a relative clause,
which judges what its relative pronoun stands for (*a decline many vendors blame on the heat*); an *-ing* form with a
subject of its own or of its clause (*with some traders predicting*, *critics left, saying*); praise or disapproval in
the passive, as something, with no agent (*was hailed as a breakthrough*);
and impersonal hedges (`hedges`, `hedge-adverbs`, `hedge-nouns`; *it is ... that* and *it is ...,* with
any verb of saying or judging; *widely*, *often*, *long* or a vague *by* with a judgement or, on a message
or an idea, with disapproval: *the film was widely panned*; a hedge
participle after its noun: *the fort, considered the oldest*; a view held by many: *the prevailing view
is that*, *conventional wisdom holds that*, *reports suggest*). When the parser misses the verb of a vague
group (*Several skippers in Tromsø reckon/NN ...*, *Some question/NN whether ...*), the words from the verb on
are read again with *They* in the group's place. A named speaker or *according to* a
named source vouches for its own clause and all it reports, not for a vague claim in a clause of its own
(*Police said ..., but some divers suspect ...*). A vague group followed by a sentence whose named speaker
gives an example, *some* or *many* of a group named just before, and a claim inside a named account (*the
audit found that many clerks believe*, *in a poll*) are not flagged.

## Constructions
| flagged | not flagged |
|---|---|
| *Some teachers say* / *Many historians believe* / *A handful of bakers complained* / *Some staff say* | *Economists at the Peterson Institute warn* / *Jane Doe, an analyst, said* (named) |
| *Investors worry that* / *Shoppers doubt* / *Retailers have warned* / *Traders are betting that* / *Investors appear to believe* / *Aid agencies warn* (a kind, present) | *Firefighters said* (past: an event) / *Investigators believe* (a role) / *Farmers say* (reporting) / *Courts have held* (a ruling body) / *Data show* (a mass) |
| *Doctors warn that sugary drinks harm teeth* / *Residents and shop owners complain that* (a profession's advice; kinds) | *Doctors believe the boy will recover* / *Forecasters warn* (a case, a role) |
| *Tenants have complained since spring that* / *Some senators accused the Treasury of* | *Farmers fear frost* (a habit) / *Teachers expect students to arrive on time* (a rule) / *now that* |
| | *Most residents believe ..., a poll by the Herald found.* (a named source closes the sentence) |
| *What opponents dispute is that* / *What worries many economists is that* | *What economists call core inflation is ...* (a definition) |
| *Critics branded the deal a giveaway* / *have written off her bid* / *took issue with* | *Locals call the bridge the Iron Lady* (a name) / *pointed out the exit* |
| *Some Pentagon officials say* / *A handful of Democrats argue* / *Critics of the plan say* / *Critics of Prime Minister Kishida say* / *Many Democrats in Congress believe* / *Most Formula One insiders expect* / *Some supporters' groups claim* | *Pentagon officials say* (a role) / *Critics of the plan, including Senator Lopez, say* / *citing the auditor's report* |
| *Critics argue* / *Skeptics doubt* / *Some say* / *Others worry* / *People say* / *Sources say* | *Authorities say* / *Police said* / *Witnesses told reporters* (roles) |
| *Some investors have questioned whether* / *Critics are warning* / *would argue* | *Some 300 people attended* / *Many residents lost power* (no claim) |
| *People familiar with the bid said* / *Those close to the talks say* / *A source said* | *Farmers close to the river say* (a place) / *A source at the Treasury said* / *One analyst said* (counted) |
| *Several officials at the port authority acknowledged* / *Some in Congress believe* | *Economists at the state university said* / *Canadians at the rally said* (no quantifier) |
| *Many growers are skeptical that* / *Skeptics point to the cost as proof* | *Many parents were surprised that* / *are aware that* (a fact) / *refer to it as the Iron Lady* (a name) |
| *Several nurses blame the agency for* / *have described the route as* / *regard him as* / *called it a sham* | *Many of the residents said* / *Two analysts said* (counted, referring back) |
| *Some have likened it to* / *credit the coach with* / *accused him of* / *report seeing* / *Analysts expect a rate cut* | *Researchers compared the two groups* / *Most shoppers expect free delivery* (a demand) |
| *Detractors maintain that* / *Several climbers hold that* (any verb with a that-clause) | *Some hikers discovered that* (found out) / *what engineers call a cold joint* (a definition) |
| *The plan, some critics say, is doomed.* / *..., many lawyers believe.* / *The plan, as many economists believe, ...* | *While two senators backed it, others said ...* / *The dockworkers voted ... . Many said ...* (part of a named group) |
| *Police said the pier was sound, but some divers suspect ...* / *The ministry confirmed it, which some diplomats describe as ...* | *The mayor said many residents fear ...* / *..., the mayor said* / *The mayor, who said many residents fear ...* (reported) |
| *Some experts say ..., which the mayor announced, ...* (a speaker in a relative clause) | *Many pilots criticized it. Ana Reyes, a pilot, said ...* (a named example follows) |
| *a slump that some promoters blame on* / *an outcome most analysts regard as* (the relative pronoun is what is judged) | *a decision the mayor described as* / *a crowd many vendors had prepared for* |
| *with some traders predicting* / *Some parents pulled their children out, claiming ...* (an -ing form with a subject) | *with the company predicting* / *before arguing the case* (a gerund names an act) |
| *Most agree the new terminal, first promised in 2012, is late* (read again on its own when the parser takes the clause for an object) / *Several skippers in Tromsø reckon/NN ...* / *Some question/NN whether ...* (a group read again with its verb when the parser missed it) / *Many doubt it* | *Many fans support the club's new owner* / *Most of the 12 members backed it, though several said ...* (more of a known group) |
| *Critics, who have fought the dam for years, argue* (an aside names no one) | *Critics, who include the mayor, argue* / *Residents who attended the meeting said* |
| *Some farmers near Mombasa suspect* / *The majority of economists expect* / *Some rights groups say* | *The majority of the residents said* / *Several groups attended the rally* |
| *Observers in Honiara say* / *A handful of winemakers in the Barossa Valley fear* (a place only locates) / *Teachers' unions have long argued* (a kind) | *Scientists from the agency's climate center said* / *The teachers' unions said* |
| *In a recent study, researchers reported* / *In interviews with the Guardian, several former employees alleged* | *In a study published in Nature, researchers reported* / *citing a study by the state university* (a named account) |
| *Shares fell as some analysts warned* / *Since the ruling, some lawyers have argued* | *Yields rose after several Fed officials signaled* / *when some officials hinted* (a past clause of time dates an event) |
| *Industry analysts expect* / *Some analysts at Morgan Stanley said* (unnamed members) | *Agency planners estimate* after the article named the agency / *levels policymakers consider healthy* (a body's staff, a role) |
| *Several engineers blamed the contractor for the cracks* / *Some homeowners sued, arguing* | *demanded that the hospital hire* (a demand) / *negotiated higher wages for its members* / *refer to it as the "dairy cliff"* / *comparing the readings with* / *documented for decades* / *Thousands of borrowers sued, arguing* (a counted crowd's act) / *used the site to study how* |
| *according to some observers* / *according to reports* / *according to residents* / *Some reports say* / *By most accounts* | *..., according to a Reuters poll* (named source) / *according to witnesses* (a role) / *according to residents of the block* / *..., as [gauges](https://...) showed* (a link) |
| | *The audit found that many clerks believe* / *In a survey by the county, most farmers said* (a named account) |
| *It is believed that* / *it is generally agreed that* / *It was once held that* / *..., it is feared, ...* | *It should be noted that* / *It must be said that* (the writer's aside) |
| *is said to* / *is widely expected to* / *is considered the weakest* / *is seen as* / *has been widely criticized* / *is often described as* / *was criticized by some as* / *is expected by many to* / *is looked upon as* | *is known as the Iron Lady* / *will be considered by the council* / *It is expected to rain* (name, agent, schedule) |
| *The chapel, considered the oldest, ...* / *a man believed to be the driver* / *Believed to be the oldest tree, the oak ...* | *Known as the Iron Lady, the bridge ...* / *Expected to open in May, ...* / *Any boat considered unsafe* / *those thought to be at risk* (a definition) / *It is not known how many* (a question) |
| *was hailed as a breakthrough* / *has been derided as a gimmick* / *was branded a traitor* (praise or blame, no agent) | *was praised for its courage* (a reason) / *was hailed as a hero by the crowd* / *the case was dismissed as moot* |
| *reportedly* / *supposedly* / *apparently* / *By all accounts* | *The minister reportedly told aides ...* (the speaker is named) / *By all means* |
| *There are fears that* / *Word is that* / *There is talk of* / *There are those who say* / *Concerns have been raised* / *Worries are mounting over* / *Word has spread that* / *A consensus is emerging that* | *There is no evidence that* / *fears among aid workers that* / *the consensus of the panel is that* (holder named) / *The report found that* (the verb takes the clause) |
| *The prevailing view is that* / *Conventional wisdom holds that* / *Reports suggest* / *The thinking in the industry is that* / *The general feeling is that* | *The common aim is that* / *The report suggests* / *Her fear is that* (someone's own) / *The good news is that* |

Quoted words are a source's words and are not checked.

## Why
Readers cannot judge a claim whose source they cannot see; "some experts" is a classic weasel phrase.

## Example
```
Some economists warn that the new tariffs will raise prices.
```

## Use instead
```
Economists at the Peterson Institute warn that the new tariffs will raise prices.
```
""",
    bad=(
        "Some economists warn that the new tariffs will raise prices.",
        "It is widely believed that the mayor will not seek a third term.",
        "The fire was thought to have started in the kitchen.",
    ),
    good=(
        "Economists at the Peterson Institute warn that the new tariffs will raise prices.",
        "Some 300 people attended the vigil on Sunday.",
        "According to the fire department, the blaze started in the kitchen.",
        "Authorities say the road will reopen on Monday.",
    ),
    needs=frozenset({"spacy"}),
    options=(
        Option(
            "verbs",
            ("fear", "worry", "hope", "brand"),
            "Verbs that attribute a claim besides WordNet's verbs of communication and cognition "
            "(*fear*, *worry* and *hope* are verbs of emotion there; *brand* judges only in its fourth sense).",
        ),
        Option(
            "vague-sources",
            (
                "experts", "analysts", "critics", "observers", "skeptics", "sceptics", "insiders", "pundits",
                "commentators", "advocates", "supporters", "opponents", "detractors", "proponents", "researchers",
                "scientists", "economists", "scholars", "historians", "fans", "activists", "campaigners",
                "environmentalists", "conservationists", "conservatives", "liberals", "progressives", "naysayers",
                "cynics", "purists", "others", "many", "some", "most", "few", "several", "plenty", "people", "sources",
                "everyone", "everybody", "watchers",
            ),
            "Subjects that are vague on their own: generic groups of opinion, trade or allegiance, and pronouns.",
        ),
        Option(
            "group-sources",
            ("sources", "locals", "groups"),
            "Nouns counted as people after a quantifier (\"some sources\", \"some locals\", \"some rights groups\"), "
            "besides WordNet's nouns for people and groups (which knows a *local* only as a train or a union branch, "
            "and files *group* with its top nouns, not in noun.group).",
        ),
        Option(
            "hedges",
            (
                "believed", "said", "thought", "rumored", "rumoured", "claimed", "reported", "alleged", "understood",
                "feared", "assumed", "suggested", "speculated", "suspected", "presumed", "known", "considered",
                "estimated", "reckoned", "reputed", "deemed", "argued", "agreed", "accepted", "acknowledged", "seen",
                "regarded", "viewed", "expected", "held", "tipped", "purported",
            ),
            "Participles of impersonal hedges: \"it is believed that\", \"was said to be\", \"is considered\".",
        ),
        Option(
            "hedge-adverbs",
            ("reportedly", "supposedly", "purportedly", "reputedly", "apparently"),
            "Adverbs that hide a source (*allegedly* is left out: it is the legal wording for charges).",
        ),
        Option(
            "hedge-nouns",
            (
                "fear", "fears", "concern", "concerns", "suggestion", "suggestions", "speculation", "rumor", "rumors",
                "rumour", "rumours", "worry", "worries", "suspicion", "suspicions", "report", "reports", "claim",
                "claims", "allegation", "allegations", "doubts", "belief", "talk", "sense", "feeling", "word",
                "thinking", "consensus", "expectation", "expectations", "assumption", "impression", "perception",
                "notion", "legend",
            ),
            "Nouns that hide a source: \"there are fears that\", \"concerns are growing that\", "
            "\"the thinking is that\", \"there is talk of\".",
        ),
    ),
)

QUANTIFIERS = frozenset("some many most several few certain other numerous various countless".split())
# Nouns of an indefinite amount: "a number of experts", "a handful of residents", "scores of teachers"
# (their plurals count too: "growing numbers of voters").
AMOUNTS = frozenset(
    "number handful lot lots chorus host majority minority plenty scores dozens hundreds thousands slew raft "
    "array range bevy legion legions multitude horde bulk".split()
)
# Amounts that count in numbers: "dozens of", "tens of thousands of".
COUNTS = frozenset("dozens hundreds thousands millions".split())
# Amounts that take "the" and stay indefinite: "the majority of economists", "the bulk of analysts".
PROPORTIONS = frozenset({"majority", "minority", "bulk"})
NAMED_SOURCE = "according to"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
CLAIM_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD", "VBN"})  # "-ing" only with an auxiliary: "are warning"
# Tags of the words a noun phrase and the places after it are made of: "in Ohio's 9th District".
NOUN_PHRASE_TAGS = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "POS", "PRP$", "HYPH", "RB"}
)
DEFINITE = frozenset("the these those this that its their our his her my your whose".split())
# Verbs that name who said something: a named speaker in the sentence (or a lead-in to a quote after
# it) is the claim's source.
REPORTING = (
    "say", "tell", "report", "state", "announce", "confirm", "add", "note", "write", "tweet", "post", "explain",
)
# "add" reports speech only without an object ("..., she added"); with one it counts ("added 240,000 jobs").
ADDING = frozenset({"add", "adds", "added", "adding"})
# Verbs of judging whose plain object is what they judge ("question the plan", "predict a rate cut",
# "warn of a slowdown"); WordNet files them with every other verb of communication or cognition.
# Left out: verbs of public stance ("condemn", "praise", "applaud", "denounce"), whose object is an
# event a reporter can witness rather than a claim, and "expect" / "anticipate", whose plain object is
# as often a demand ("most Americans expect online services") as a forecast; "say", whose plain object is
# the words said ("say goodbye", "say grace").
JUDGING = (
    "argue", "claim", "criticize", "criticise", "question", "dispute", "doubt", "deny", "challenge",
    "predict", "forecast", "estimate", "fear", "warn", "caution", "complain", "worry", "agree", "disagree", "blame",
    "believe", "suspect",
)
# Verbs whose object holds the feeling ("it worries investors that ..."): WordNet files them as verbs of emotion,
# a class the lexicon leaves out, with the many whose subject feels ("fear", "love").
FEELINGS = ("worry", "concern", "trouble", "alarm", "bother", "frighten", "scare", "disturb", "unsettle", "dismay")
# Verbs of expecting, whose plain object is a forecast only when a generic group of opinion expects it.
FORECASTING = ("expect", "anticipate")
# Verbs of disapproval, which judge what someone said, decided or made ("critics slammed the decision",
# "fans mocked the new logo"); several have a physical sense too ("attack", "slam", "blast"), so they
# judge only an object that is a message or an idea (WordNet's noun.communication and noun.cognition).
# "condemn" and "denounce" are left out: they are the usual reactions to a violent event.
CRITICISM = (
    "criticize", "criticise", "attack", "slam", "blast", "mock", "pan", "dismiss", "deride", "ridicule",
    "lambaste", "decry", "disparage", "belittle", "scorn",
)
# Verbs of praise, the other half of appraisal beside ``CRITICISM``: "was hailed as a breakthrough" judges as
# "was dismissed as a gimmick" does, and hides who judged when no agent follows.
PRAISE = ("praise", "hail", "laud", "acclaim", "tout", "applaud", "commend", "extol", "herald")
# Verbs of disapproval whose passive is mostly another act: a physical one ("the wall was blasted as part of
# the work") or a court's ("the case was dismissed as moot").
OTHER_ACTS = ("attack", "slam", "blast", "dismiss")
# Prepositions that give a judging verb its object: "warn of", "complain about", "caution against".
OBJECT_PREPS = frozenset({"of", "about", "against", "over", "with"})
# Prepositions that turn an object into a judgement: "blame X for", "accuse X of", "describe X as".
JUDGEMENT_PREPS = frozenset({"for", "of", "as"})
# Verbs of communication and cognition that make no claim: a question ("ask"), or a fact the writer
# vouches for ("know", "learn", "realize", "find": factive verbs).
NOT_CLAIMING = (
    "ask", "know", "learn", "realize", "realise", "discover", "find", "notice", "remember", "forget", "recognize",
)
# Conjunctions of a clause of time that dates an event ("since" and "as" also give reasons, "while" contrasts).
TIME_MARKS = frozenset({"after", "before", "until", "till", "once", "when"})
# Prepositions that name who published or wrote an account: "a study in Nature", "a report by the World Bank".
PUBLISHING_PREPS = frozenset({"in", "by", "from", "of"})
# Verbs whose "as" gives a name or a term, never a judgement: "refer to such storms as bomb cyclones", "termed".
NAMING = frozenset({"refer", "term", "nickname", "christen"})
# Participles that give a claim its source: "citing a study by ...", "quoting the agency's figures".
CITING = frozenset({"citing", "quoting"})
# Verbs of communication whose object is whom they spoke to or what they asked, not a judgement.
CONTACT = ("tell", "ask", "call", "answer", "contact", "thank", "address")
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
# Words that make "that" open an adverbial clause: "so that", "now that", "such that", "except that".
COMPOUND_THAT = frozenset({"so", "now", "such", "except", "given", "provided", "providing", "seeing", "in", "save"})
BE = frozenset({"is", "are", "was", "were", "'s", "'re"})  # the finite forms of "be"
# Dependencies of a clause that a verb reports ("said [the plan will fail]", "the plan, [she said], ...") and of
# clauses that stand on their own ("..., [and] some analysts predicted", "[while] the governor insists").
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
SEPARATE_DEPS = frozenset({"conj", "advcl", "relcl", "acl", "csubj", "ROOT"})
# Verbs that report a noun hedge spreading: "concerns are growing that ..."
SPREADING = frozenset(
    "grow grows growing grew grown mount mounts mounting mounted rise rises rising rose risen swirl swirls swirling swirled "
    "persist persists persisting persisted linger lingers lingering lingered".split()
)
# Nouns of talk that hide a source before "of" or "about": "there is talk of a merger".
TALK_NOUNS = frozenset("talk speculation rumor rumors rumour rumours".split())
# Adverbs of consensus that turn "is expected to" into a hedge ("is widely expected to resign"); plain
# "is expected to" is a schedule ("the vote is expected on Thursday").
CONSENSUS = frozenset("widely generally commonly broadly universally largely".split())
# Adjectives that say a view is held by many: "the prevailing view", "conventional wisdom", "widespread
# agreement" ("common" and "broad" are left out: more often shared by a few, "the common goal", "a broad
# outline").
PREVALENT = frozenset("widespread prevailing conventional popular universal received".split())
# Adverbs of frequency, which make a judgement in the passive one that many have passed over time ("is often
# described as", "has long been criticized for"), as *widely* does.
FREQUENCY = frozenset("often frequently routinely sometimes repeatedly long".split())
# Objects that carry an attitude whatever the verb: "raised doubts", "voiced concerns".
ATTITUDES = frozenset(
    "doubt doubts concern concerns fear fears worry worries suspicion suspicions misgivings reservations objections "
    "questions".split()
)
# Participles that voice an attitude: "concerns have been raised" ("questions may be directed to" voices none).
VOICED = frozenset("raised voiced expressed aired".split())
# Participles of cognition that do not judge: "known as" names ("the bridge is known as the Iron Lady"),
# "presumed innocent" is the law's wording.
NOT_JUDGING = frozenset({"known", "presumed"})
# Dependencies of the words that modify a noun before it: "Pentagon officials", "Republican senators".
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions that tie a vague noun to an institution: "economists at the state university".
INSTITUTION_PREPS = frozenset({"at", "from", "with"})
# Prepositions that place unnamed members of a place or a body: "many residents of the Ninth Ward", "some
# in Congress", "several officials at the port authority".
PLACING_PREPS = frozenset(
    {"at", "from", "in", "within", "of", "on", "across", "near", "along", "around", "inside", "outside", "throughout",
     "among", "beyond", "behind"}
)  # (every preposition of place: a place only locates the members, "some farmers near Mombasa")
# Prepositions of place that cannot tie people to an institution (as "at", "from", "with", "of", "within" can):
# "critics in Washington", "observers across the region".
LOCATING = PLACING_PREPS - INSTITUTION_PREPS - {"of", "within", "inside"}
# Prepositions that name who holds a noun hedge: "fears among aid workers that ...".
HOLDER_PREPS = frozenset({"among", "from", "within", "in", "at", "by"})
# Articles of one unnamed person: "a source said", "an analyst familiar with the talks said" ("one" counts,
# as "two analysts" does, except for "source", which means an unnamed informant).
INDEFINITE = frozenset({"a", "an", "another"})
# Nouns that name people by their part in an event the article reports, so they refer back to it as "many of
# them" does: a survey's respondents, a meeting's participants.
RELATIONAL = frozenset({"respondents", "participants"})
# Verbs that give a group's members: "critics, who include two senators, say" (as "including" does).
MEMBERSHIP = frozenset({"include", "comprise", "count"})
# Nouns for people who speak for an institution or took part in the event a story reports, which news copy
# credits by their role ("officials say", "investigators believe", "witnesses say"): they are the story's own
# sources, not a population's view.
ROLES = frozenset(
    "officials authorities police officers investigators detectives prosecutors lawyers attorneys witnesses "
    "rescuers firefighters doctors physicians medics paramedics organizers organisers forecasters regulators "
    "inspectors spokesmen spokeswomen spokespeople representatives negotiators lawmakers legislators senators "
    "policymakers "
    "ministers judges jurors plaintiffs defendants petitioners "
    # bodies that rule or govern speak for themselves as these people do ("courts have held that")
    "courts councils committees boards governments ministries legislatures parliaments".split()
)
# Roles that are also professions: with a verb of advice in the present they speak for the whole profession to
# everyone ("doctors warn that sugary drinks harm teeth"), as "dentists warn" does, not for a case ("doctors believe
# the boy will recover").
PROFESSIONS = frozenset("doctors physicians medics paramedics lawyers attorneys".split())
ADVISING = ("warn", "caution", "advise", "urge", "recommend")
# Words for unnamed people that WordNet files with no class of people ("person" is in noun.Tops).
ANYONE = frozenset({"those", "someone", "somebody", "person", "people"})
# Nouns of access after "with": "a person with knowledge of the talks", "people with access to the files".
ACCESS_NOUNS = frozenset({"knowledge", "access"})
# Adjectives of access that also measure distance ("close to the talks", "close to the border").
NEARNESS = frozenset({"close", "closest", "near", "nearest"})
# Words that make a noun stand for whatever fits its description: "any boat considered unsafe", "those
# thought to be at risk".
GENERIC_DETERMINERS = frozenset({"any", "every", "each", "all", "no"})
GENERIC_PRONOUNS = frozenset(
    {"those", "anyone", "anybody", "anything", "everyone", "everybody", "everything", "whoever"}
)
# Adjectives of belief, whose clause is a claim ("many are skeptical that ..."); WordNet has no classes of
# adjectives, and the other adjectives with a clause mostly take a fact the writer vouches for ("surprised
# that", "aware that", "proud that").
BELIEVING = frozenset(
    "sure certain confident convinced unconvinced positive skeptical sceptical doubtful dubious optimistic "
    "pessimistic hopeful afraid fearful worried concerned adamant".split()
)
# Nouns for people by their stance toward something, whose "of" names what they oppose or back, not who they are
# ("critics of Prime Minister Kishida", "fans of the Chicago Bears"); other vague groups may belong to what "of"
# names ("economists of the central bank").
STANCE = frozenset(
    "critics opponents supporters detractors proponents advocates fans skeptics sceptics backers foes".split()
)
# The ending of the experts of a field of study ("epidemiologists", "seismologists"): like "economists" and
# "scientists", a generic group that is no party to the story (unlike "police", "witnesses", "residents").
DISCIPLINE = "ologists"
# Counts of views that are the source of what a group is said to think: "in a recent poll, most voters said".
POLLS = frozenset("poll polls survey surveys questionnaire census".split())


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    options = ("verbs", "vague-sources", "group-sources", "hedges", "hedge-adverbs", "hedge-nouns")
    lexicon = Lexicon.of(*(tuple(ctx.option(name)) for name in options))
    reread = functools.partial(reparsed, ctx=ctx)
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION)):
        sdoc = pb.tokens
        candidates: list[int] = []  # verbs and trigger words: a hit starts at one
        groups: list[int] = []  # words a vague subject is made of, and plural subjects: a sentence without one has
        for tok in sdoc:  # no vague group
            lower, tag = tok.lower_, tok.tag_
            if lower in lexicon.triggers or tag in VERB_TAGS:
                candidates.append(tok.i)
            if lower in lexicon.group_words or tag in PLURAL_TAGS and tok.dep_ in ("nsubj", "nsubjpass"):
                groups.append(tok.i)
        if not candidates and not groups:
            continue  # (a group without a verb may be a misread one: "Many point/NN to ...")
        sents = list(sdoc.sents)
        for n, sent in enumerate(sents):
            ids = candidates[bisect.bisect_left(candidates, sent.start) : bisect.bisect_left(candidates, sent.end)]
            group = bisect.bisect_left(groups, sent.start) < bisect.bisect_left(groups, sent.end)
            hits = list(_hits([sdoc[i] for i in ids], lexicon, group, reread))  # few sentences have one
            if not hits and group:  # a vague group whose verb the parser missed: read again
                in_sent = groups[bisect.bisect_left(groups, sent.start) : bisect.bisect_left(groups, sent.end)]
                misread = _misread_group([sdoc[i] for i in in_sent], sent, lexicon, reread)
                hits = [misread] if misread is not None else []
            if hits:
                claimed = {i for hit in hits for i in _content(hit[1])}
                sources = _named_sources(sent, lexicon, claimed, {hit[1].i for hit in hits})
                hits = [hit for hit in hits if not any(_covers(source, hit[1]) for source in sources)]
            if not hits or _closing_attribution(sent, lexicon, {hit[1].i for hit in hits}):
                continue
            following = sents[n + 1] if n + 1 < len(sents) else None
            if following is not None and _names_source(following, lexicon) == "lead-in":
                continue
            sources_flagged: set[int] = set()  # one finding per vague source: "Critics attacked it, saying ..."
            for first, last, message, group in hits:
                if first.i in sources_flagged:
                    continue
                if _cites_link(doc, pb, sent, last) or _within_named_account(last, lexicon):
                    continue  # a link is a citation: "Others [argue](https://...) that ...", "deemed a success as ..."
                if group and _staff_of_named_body(doc, pb, first):
                    continue  # "Agency planners estimate" after the article has named the agency
                if group and following is not None and following.start > last.i and _names_member(following, lexicon):
                    continue  # "Many mayors have criticized the plan. Ann Ruiz of Dayton called it ..."
                found = finding(doc, pb, first, last, f"Unattributed claim: {message}; name the source")
                if found:
                    sources_flagged.add(first.i)
                    yield found


@dataclass(frozen=True)
class Lexicon:
    """The word classes one run uses (WordNet's classes plus the rule's options)."""

    claims: VerbClass
    not_claiming: frozenset[str]
    criticism: frozenset[str]
    appraisal: frozenset[str]
    advising: frozenset[str]
    judging: frozenset[str]
    forecasting: frozenset[str]
    feelings: frozenset[str]
    reporting: frozenset[str]
    vague: frozenset[str]
    groups: frozenset[str]
    hedges: frozenset[str]
    adverbs: frozenset[str]
    nouns: frozenset[str]
    triggers: frozenset[str]  # the words besides verbs at which a hit starts
    group_words: frozenset[str]  # the words of a vague group besides plural nouns

    @staticmethod
    @functools.cache
    def of(verbs, vague, groups, hedges, adverbs, nouns) -> Lexicon:
        """The classes for one set of option values (built once: the WordNet verb forms are many)."""
        return Lexicon(
            claims=verb_class(SAYING_CLASSES, 2, verbs, NOT_CLAIMING),
            not_claiming=verb_forms((*NOT_CLAIMING, "be")),
            criticism=verb_forms(CRITICISM),
            appraisal=verb_forms((*(v for v in CRITICISM if v not in OTHER_ACTS), *PRAISE, "brand")),
            advising=verb_forms(ADVISING),
            judging=verb_forms(JUDGING),
            forecasting=verb_forms(FORECASTING),
            feelings=verb_forms(FEELINGS),
            reporting=verb_forms(REPORTING),
            vague=frozenset(vague),
            groups=frozenset(groups),
            hedges=frozenset(hedges),
            adverbs=frozenset(adverbs),
            nouns=frozenset(nouns),
            triggers=frozenset((*adverbs, *nouns, *PREVALENT, "according", "by")),
            group_words=frozenset(
                (*vague, *(w[:-1] for w in vague if w.endswith("s")), *QUANTIFIERS, *AMOUNTS, *ANYONE, "who")
            ),  # with the singulars of vague groups: "a source", "an analyst"
        )


def _hits(
    candidates: list[Token], lex: Lexicon, group: bool, reread: Callable[[str], Doc]
) -> Iterator[tuple[Token, Token, str, bool]]:
    """First and last token of each vague attribution that starts at one of ``candidates``, its message, and
    whether it credits a vague group (sought only when the sentence may name one: ``group``)."""
    for tok in candidates:
        lower, tag = tok.lower_, tok.tag_
        if lower == "according":
            source = _according_to(tok)
            if source is not None and (_is_vague_source(source, lex) or _bare_people(source, lex)):
                last = source.right_edge
                message = f'"{span_text(tok, last)}" credits the claim to no named source'
                yield tok, last, message, _is_vague(source, lex)
        elif lower == "by":
            accounts = _by_accounts(tok, lex)
            if accounts is not None:
                last = accounts.right_edge
                yield tok, last, f'"{span_text(tok, last)}" credits the claim to no named source', False
        elif lower in lex.nouns and tag in NOUN_TAGS or lower in PREVALENT and _held_view(tok, lex):
            hedge = _noun_hedge(tok if lower in lex.nouns else tok.head, lex)
            if hedge is not None:
                yield (*hedge, f'"{span_text(*hedge)}" hides who makes the claim', False)
        elif lower in lex.adverbs:
            if tok.dep_ == "advmod":
                yield tok, tok, f'"{tok.text}" hides who makes the claim', False
        elif tag in VERB_TAGS and (group or tag in ("VBN", "VBD")):
            yield from _verb_hits(tok, lex, group, reread)


def _verb_hits(
    verb: Token, lex: Lexicon, group: bool, reread: Callable[[str], Doc]
) -> Iterator[tuple[Token, Token, str, bool]]:
    """A vague source of a claim verb, and passive hedges: "critics argue", "is believed to" (``reread`` parses
    words as a sentence of their own)."""
    subj = _subject(verb) if group and _is_claim_form(verb) and _may_claim(verb, lex) else None
    if group and verb.lower_ in lex.feelings and (holder := _feeling_holder(verb)) is not None:
        subj = holder  # "what worries many economists is that ..."
    if subj is None and group and verb.tag_ == "VBN" and verb.lower_ in lex.claims and verb.lower_ not in verb_forms(CONTACT):
        clause = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)  # who holds a belief: "many are
        # convinced that" (a clause before the verb is no content of it)
        auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]  # the parser may hang the subject there
        holders = (*verb.children, *(c for aux in auxiliaries for c in aux.children))
        subj = next((c for c in holders if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if subj is not None and _crowd_act(verb, subj):
        subj = None  # "Thousands of borrowers sued, arguing that ...": the reason a counted crowd gave for its act
    if subj is not None and _may_be_vague(subj, lex) and not _dates_event(verb) and (
        _states_claim(verb, lex) or _is_vague_source(subj, lex) and _misread_clause(verb, lex, reread)
    ):  # (whether it cites an account, asked last: it reads the whole clause)
        if (_is_vague_source(subj, lex) or _generic_holders(subj, verb, lex)) and not _cites_account(verb):
            # "some experts say", "investors fear"
            first, last = subj.left_edge, _attitude(verb) or verb  # "many voters are skeptical"
            if subj.i > verb.i:  # who feels it, after the verb: "what worries many economists"
                first, last = verb.left_edge, subj.right_edge
            yield first, last, f'"{span_text(first, last)}" credits the claim to no named source', True
        elif subj.lower_ == "who" and (there := _those_who(subj)) is not None and not _cites_account(verb):
            yield there, verb, f'"{span_text(there, verb)}" credits the claim to no named source', True
    if verb.tag_ == "VBD" and verb.lower_ in lex.claims and (hedge := _hedge(verb, lex)) is not None:
        yield (*hedge, f'"{span_text(*hedge)}" hides who makes the claim', False)  # "the fort, considered ..."
    if verb.tag_ != "VBN":
        return
    if (raised := _attitude_raised(verb)) is not None:
        yield (*raised, f'"{span_text(*raised)}" hides who makes the claim', False)
    if (hedge := _hedge(verb, lex)) is not None:
        yield (*hedge, f'"{span_text(*hedge)}" hides who makes the claim', False)


def _misread_group(
    group_words: list[Token], sent: Span, lex: Lexicon, reread: Callable[[str], Doc]
) -> tuple[Token, Token, str, bool] | None:
    """A vague group followed, past the words that place it, by a verb of saying or thinking that the parser did
    not read as its verb ("Several fishermen in Lofoten reckon/NN ...", "Some sources inside the club say/compound
    manager Bruno Salgado has lost ...", "Many voters in Ohio's 9th District/nsubj doubt ..."), or a pronoun of
    amount before such a verb that the parser took for the noun of a sentence without a verb ("Some question/NN
    whether ...", "Many point/NN to ... as ..."). Sought from the quantifiers among ``group_words`` (the sentence's
    words of vague groups); asked only of a sentence with no hit."""
    doc = sent.doc
    for quantifier in group_words:
        if quantifier.lower_ not in QUANTIFIERS and quantifier.lower_ != "others":
            continue
        group = quantifier.head
        if group.i == quantifier.i + 1 and group.dep_ == "ROOT" and group.text.islower() and (
            group.tag_ in ("NN", "NNS") and group.lower_ in lex.claims and _is_vague(quantifier, lex)
        ):  # "Some question/NN whether the money will arrive." (not a title: "A Few Notes on ...")
            return _read_as_verb(quantifier, group, sent, lex, reread)
        if group.i <= quantifier.i or group.tag_ != "NNS" or group.dep_ not in ("nsubj", "ROOT") or _measured(quantifier):
            continue  # (a group the parser made the subject of another verb or of none, not an object: "of many
            # customers in order to understand")
        window = doc[group.i + 1 : min(group.i + 12, len(doc))]
        if not any(t.lower_ in lex.claims for t in window) or not (group.lower_ in lex.vague or _is_people(group, lex)):
            continue
        if any(c.i < group.i and (c.tag_ in ("CD", *PROPER_TAGS) or c.lower_ in DEFINITE) for c in group.children):
            continue  # a vague amount of people ("several fishermen"), not a counted, known or named one ("some
            # 300", "other G7 leaders")
        for verb in window:
            if verb.lower_ in lex.claims and verb.tag_ not in PROPER_TAGS:  # (not a word of a name: "Dar es Salaam")
                subj = _subject(verb) if verb.tag_ in VERB_TAGS else None
                if subj is not None and subj.i <= group.i:
                    break  # the parser read the verb with the group or before it: its verdict stands ("the
                    # President and other leaders reaffirmed")
                return _read_as_verb(group.left_edge, verb, sent, lex, reread)
            if verb.tag_ not in NOUN_PHRASE_TAGS or verb.tag_ == "IN" and verb.lower_ not in PLACING_PREPS:
                break  # only words that place the group ("in Ohio's 9th District"), not who it is ("like Ana Ortiz")
    return None


def _read_as_verb(
    first: Token, verb: Token, sent: Span, lex: Lexicon, reread: Callable[[str], Doc]
) -> tuple[Token, Token, str, bool] | None:
    """The hit from ``first`` to ``verb`` when, read again with "They" in place of the group, ``verb`` is a finite
    root with that subject and states a claim, and the sentence names no source."""
    if verb.lower_ in lex.not_claiming:
        return None
    doc = sent.doc
    end = next((t.i + 1 for t in doc[verb.i :] if t.text in (".", "!", "?")), len(doc))
    reading = reread("They " + doc[verb.i : end].text)
    root = next(iter(reading.sents)).root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.i != 1 or root.tag_ not in ("VBP", "VBD") or subj is None or subj.i != 0:
        return None
    if not _states_claim(root, lex) or _named_sources(sent, lex):
        return None
    return first, verb, f'"{span_text(first, verb)}" credits the claim to no named source', True


def _misread_clause(verb: Token, lex: Lexicon, reread: Callable[[str], Doc]) -> bool:
    """Whether the object of a verb of saying or thinking that takes a that-clause is the subject of a clause the
    parser misread ("critics contend the deal approved by the county shifts/NNS the risk", "most agree the new
    Terminal 2, first promised in 2012, is/conj late"): read on their own, the words from the object on make a
    sentence with a finite verb and a subject at its start. (Asked only when nothing else makes the verb a claim.)"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in NOUN_TAGS or verb.lower_ not in lex.claims or not _takes_clause(verb):
        return False
    end = max(t.i for t in verb.subtree) + 1
    if obj.right_edge.i + 1 >= end:
        return False  # nothing after the object that could be its predicate: "(protested) outside/JJ parliament"
    objects = sense_in(verb_lemma(verb.lower_) or "", "frame.object")
    if objects is None or objects.first_rank > 1:
        return True  # the verb's main sense takes a clause and no object ("contend", "agree", "complain")
    if not any(_lost_subject(t) for t in verb.doc[obj.i + 1 : end]):
        return False  # "doubt the figures": no verb that the object could be the subject of
    reading = reread(verb.doc[obj.left_edge.i : end].text)
    root = next(iter(reading.sents)).root
    finite = root.tag_ in ("VBZ", "VBP", "VBD") or any(c.tag_ == "MD" for c in root.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == 0 for c in root.children)


def _lost_subject(verb: Token) -> bool:
    """A finite verb without a subject of its own, outside a relative clause: the verb of a clause whose subject
    the parser took for an object ("... the new terminal, first promised in 2012, is/conj late")."""
    finite = verb.tag_ in ("VBZ", "VBP", "VBD") or verb.tag_ == "VB" and any(c.tag_ == "MD" for c in verb.children)
    return finite and verb.dep_ != "relcl" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)


def _cites_account(verb: Token) -> bool:
    """Whether the claim cites a named or definite account for itself: "some experts, citing a 2019 study by
    Harvard researchers, say ...", "critics say ..., citing the auditor's report" (not "citing rumors"), or is
    made in one: "in a study published in Nature, researchers reported ...", "writing in The Lancet, doctors
    said ..." (not "in a recent study", "in interviews")."""
    return any(
        t.lower_ in CITING and t.dep_ in ("advcl", "acl")
        and any(_names_account(o) for o in t.children if o.dep_ == "dobj")
        for t in verb.subtree
    ) or any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and _published_in(o) for o in p.children)
        for c in (verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"))
        for p in c.children
    )


def _crowd_act(participle: Token, subj: Token) -> bool:
    """A participle that gives the reason a crowd counted in numbers gave for an act in the past: "Tens of thousands
    of borrowers sued, arguing ...", "Hundreds of workers walked out, saying ..." (the crowd's act is the event
    reported, as "firefighters said" is; "some parents pulled their children out, claiming ..." is an unnamed
    few's view)."""
    return (
        participle.tag_ == "VBG" and participle.dep_ == "advcl" and participle.head.tag_ == "VBD"
        and participle.head.i == subj.head.i and subj.lower_ in COUNTS
    )


def _dates_event(verb: Token) -> bool:
    """A verb in the past in a clause of time, which tells when something else happened rather than states the
    claim: "yields rose after several Fed officials signaled ...", "before some analysts warned ..." (a clause of
    time is taken as given, not asserted)."""
    finite = min((c for c in verb.children if c.dep_ in AUX_DEPS), key=lambda c: c.i, default=verb)
    return verb.dep_ == "advcl" and finite.tag_ == "VBD" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < verb.i for c in verb.children
    )  # ("when" is an adverb to the parser)


def _published_in(noun: Token) -> bool:
    """An account named by its title, publisher or author, or a publication by its name: "a study published in
    Nature", "a report by the World Bank", "a letter to the Financial Times", "The Lancet"."""
    if noun.tag_ in PROPER_TAGS:
        return noun.dep_ == "pobj" and noun.head.head.tag_ == "VBG"  # "writing in The Lancet" (not "in Ohio")
    aside = {
        t.i for c in noun.children
        if any(g.dep_ in SUBJECT_DEPS for g in c.children) or c.dep_ == "prep" and c.lower_ not in PUBLISHING_PREPS
        for t in c.subtree
    }  # (not a name in a clause the parser hung on it, "in interviews [that supervisors at the Dayton plant ...]",
    # nor whom it was given to: "in interviews with the Guardian", "in a letter to the Financial Times")
    return any(in_class(noun_lemma(noun), name, max_rank=3) for name in ACCOUNT_CLASSES) and any(
        t.tag_ in PROPER_TAGS and t.i not in aside for t in noun.subtree
    )


def _names_account(noun: Token) -> bool:
    """An account with a named source ("data from the Labor Department") or a definite one ("the auditor's
    report", "a study by the state university"); not "rumors", "unnamed reports"."""
    if noun.tag_ not in ("NN", "NNS"):
        return False
    if any(t.tag_ in PROPER_TAGS for t in noun.subtree):
        return True
    authors = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children]
    return any(in_class(noun_lemma(noun), name, max_rank=2) for name in ACCOUNT_CLASSES) and any(
        c.dep_ == "poss" or c.lower_ in DEFINITE for t in (noun, *authors) for c in t.children
    )  # (or whose author is definite: "a study by the state university")


def _may_claim(verb: Token, lex: Lexicon) -> bool:
    """A quick test that passes every verb ``_states_claim`` might accept: a verb of saying, judging or
    disapproval, or one with a clause or an attitude as its complement."""
    if verb.lower_ in lex.claims or verb.lower_ in lex.criticism or _phrasal_judgement(verb, lex):
        return True
    return any(c.dep_ in ("ccomp", "acomp") or c.dep_ == "dobj" and c.lower_ in ATTITUDES for c in verb.children)


def _attitude(verb: Token) -> Token | None:
    """An adjective of belief that takes a statement: "(many are) skeptical that ...", "(some remain)
    convinced the plan will fail"; not a question ("unsure whether")."""
    return next(
        (
            c for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in BELIEVING
            and any(g.dep_ == "ccomp" and g.i > c.i and not _asks(g) for g in c.children)
        ),
        None,
    )


def _may_be_vague(subj: Token, lex: Lexicon) -> bool:
    """A quick test that passes every subject ``_is_vague`` or ``_those_who`` might accept: a plural, a
    vague word, an amount, "who", or a singular noun after a quantifier ("some staff")."""
    lower, tag = subj.lower_, subj.tag_
    if tag in ("NNS", "NNPS") or lower in lex.vague or lower in QUANTIFIERS or lower in AMOUNTS or lower == "who":
        return True
    if lower in ANYONE:
        return True  # "those close to the talks", "a person familiar with the plan"
    return tag == "NN" and any(
        c.lower_ in QUANTIFIERS or c.lower_ in INDEFINITE or c.lower_ == "one" for c in subj.children
    )


def _is_claim_form(verb: Token) -> bool:
    """A finite verb, participle or infinitive; an "-ing" form only in a progressive ("critics are warning"),
    with a subject of its own ("with some traders predicting") or beside a clause whose subject it shares
    ("critics attacked the plan, saying ..."): a gerund names an act ("before saying", "avoided arguing")."""
    if verb.tag_ in CLAIM_TAGS:
        return True
    return verb.tag_ == "VBG" and (verb.dep_ == "advcl" or any(c.dep_ in ("aux", "nsubj") for c in verb.children))


def _names_source(sent: Span, lex: Lexicon) -> str | bool:
    """Whether ``sent`` names a source (see ``_named_sources``): "lead-in" when it ends in ":"."""
    if not _named_sources(sent, lex):
        return False
    return "lead-in" if sent.text.rstrip().endswith(":") else True


def _named_sources(
    sent: Span, lex: Lexicon, claimed: set[int] | None = None, heads: set[int] | None = None
) -> list[Token]:
    """The clauses of ``sent`` that name a source: the verb of a named speaker, and the clause an "according
    to" a named source belongs to. A speaker inside the claim (token ids ``claimed``) is not its source:
    "critics say the plan, which the mayor announced, ...", nor one who reports only a later clause than the
    claim's verbs (``heads``)."""
    sources = []
    if NAMED_SOURCE in sent.text.lower():
        for tok in sent:
            source = _according_to(tok)
            if tok.lower_ == "according" and (
                source is None or not (_is_vague_source(source, lex) or _bare_people(source, lex))
            ):
                # "according to the fire department"; not "to some economists"; set off at the end of the
                # sentence it credits the whole sentence, wherever the parser hangs it
                last = source.right_edge.i + 1 if source is not None else tok.i + 2
                after = sent.doc[last : sent.end]
                closing = tok.i > sent.start and tok.nbor(-1).text == "," and all(t.is_punct for t in after)
                sources.append(sent.root if closing else _clause_head(tok))
    for tok in sent:
        if tok.lower_ in lex.reporting and tok.tag_ in CLAIM_TAGS and not (
            any(c.lower_ == "to" for c in tok.children) or _reduced_relative(tok)
        ):
            if claimed and tok.i in claimed or heads and tok.i in heads:
                continue  # inside the claim, or the claim itself ("conventional wisdom says")
            if heads and _reports_last_clause(tok, heads) or tok.lower_ in ADDING and any(
                c.dep_ == "dobj" for c in tok.children
            ):
                continue  # "yet employers added 240,000 jobs": "add" with an object says nothing
            subj = _subject(tok)
            if subj is not None and subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                subj = tok.head  # who speaks in a relative clause: "the mayor, who said ..."
            if subj is not None and subj.lower_ not in ANYONE | {"it", "who"} and not _is_vague_source(subj, lex):
                sources.append(tok)
    return sources


def _closing_attribution(sent: Span, lex: Lexicon, heads: set[int]) -> bool:
    """Whether ``sent`` ends in a named source's verb of saying or finding, set off by a comma, which credits
    the whole sentence: "..., a survey by the county found.", "..., the agency said." (the parser may hang it
    anywhere inside the claim); not a vague one ("..., many lawyers believe."), nor one that reports only the
    last of coordinated clauses while an earlier one is the claim (verbs ``heads``, see ``_reports_last_clause``)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    verb = words[-1] if words else None
    if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    comma = next((t for t in reversed(sent[: verb.i - sent.start]) if t.text == ","), None)
    if subj is None or comma is None or subj.i < comma.i:
        return False
    if any(t.tag_ in VERB_TAGS for t in verb.doc[comma.i + 1 : verb.i]):
        return False  # (the words after the comma, not the subject's subtree: the parser may hang the claim on it)
    if subj.lower_ in ANYONE | {"it", "who"} or _is_vague_source(subj, lex) or _generic_holders(subj, verb, lex):
        return False
    if _reports_last_clause(verb, heads):
        return False
    return any(verb.lower_ in forms for forms in (lex.reporting, lex.claims, lex.not_claiming))


def _clause_head(tok: Token) -> Token:
    """The verb of the clause ``tok`` belongs to (the root for a token outside any verb's clause)."""
    while tok.dep_ not in REPORTED_DEPS | SEPARATE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return clause_verb(tok)


def _covers(source: Token, claim: Token) -> bool:
    """Whether a named source (see ``_named_sources``) vouches for the claim ending at ``claim``: the claim
    is its clause, or anywhere in what it reports ("the mayor said many voters believe ...", "she said the
    plan, which many lawmakers criticized, ...", "critics say ..., the mayor said"); not a claim in a clause
    of its own ("the company said profit fell, and some analysts
    predicted ...", "while the governor insists ..., critics argue ...", "a plan, which opponents say ...")."""
    verb = _clause_head(claim)
    if verb.i == source.i:
        return True
    below, above = (verb, source) if source in verb.ancestors else (source, verb)
    if below.i == above.i or above not in below.ancestors:
        return False
    path = []  # the dependencies from the lower clause up to the higher one
    while below.i != above.i:
        path.append(below.dep_)
        below = below.head
    if above.i == source.i:  # the claim anywhere inside what the source reports
        return path[-1] in REPORTED_DEPS
    return path[0] == "parataxis" and all(dep in REPORTED_DEPS for dep in path)  # "..., the mayor said, ..."


def _reports_last_clause(report: Token, heads: set[int]) -> bool:
    """Whether ``report``, after coordinated clauses, reports only the last while an earlier one is a claim
    (its verb in ``heads``): "Many economists have been predicting a slowdown, yet employers added 240,000
    jobs, the department reported" (the department reported the jobs, not the prediction)."""
    reported = [c for c in report.children if c.dep_ == "ccomp" and c.i < report.i]
    clauses = [*reported, *(c for r in reported for c in r.children if c.dep_ == "conj")]
    clauses = sorted((c for c in clauses if any(g.dep_ in SUBJECT_DEPS for g in c.children)), key=lambda c: c.i)
    return len(clauses) > 1 and any(c.i in heads for c in clauses[:-1])


def _content(head: Token) -> set[int]:
    """Token ids of the clause ``head`` reports: "say [the plan will fail]"."""
    return {t.i for c in head.children if c.dep_ == "ccomp" for t in c.subtree}


def _staff_of_named_body(doc: Document, pb: ParsedBlock, first: Token) -> bool:
    """A bare plural whose first word is a noun for the body they work for, which the article has named before
    ("the agency", "the Metro Transit Agency" ... "Agency planners estimate", "bank economists expect"): the staff
    of a body the reader knows, not a kind of expert ("city planners" where no city was named)."""
    body, group = first, first.head
    if body.dep_ != "compound" or body.tag_ not in ("NN", "NNP") or group.tag_ != "NNS" or body.i + 1 != group.i:
        return False
    before = doc.text[: pb.source_span(body.idx, body.idx + len(body.text))[0]]
    word = re.escape(body.lower_)
    return re.search(rf"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}{word}\b", before, re.IGNORECASE) is not None or (
        re.search(rf"\w\s+{re.escape(body.text.capitalize())}\b", before) is not None
    )  # (a capital after another word: part of a name, "the Central Bank of Kenya")


def _cites_link(doc: Document, pb: ParsedBlock, sent: Span, head: Token) -> bool:
    """Whether ``sent`` holds a link outside what ``head`` reports (a link inside the claim is part of it)."""
    content = _content(head)
    outside = [tok for tok in sent if tok.i not in content]
    runs = [[tok for _, tok in run] for _, run in itertools.groupby(enumerate(outside), key=lambda p: p[1].i - p[0])]
    return any(has_link(doc, pb, run[0], run[-1]) for run in runs)


def _within_named_account(head: Token, lex: Lexicon) -> bool:
    """Whether the claim is part of a named account: the clause of a verb with a named or definite subject
    ("the report found that many nurses believe ...", "most said ..., the survey found") or a poll ("in a
    Gallup poll, many voters said ...")."""
    verb = head
    while verb.dep_ == "ccomp" and verb.head.i != verb.i and not _reports_last_clause(verb.head, {verb.i}):
        verb = verb.head
        subj = _subject(verb)
        if subj is not None and subj.lower_ not in ("it", "who") and not _is_vague_source(subj, lex):
            return True
    return any(
        o.lower_ in POLLS for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
        if o.dep_ == "pobj"
    )


def _names_member(sent: Span, lex: Lexicon) -> bool:
    """Whether ``sent`` opens with a named speaker: a verb of saying or judging whose subject holds a name
    ("Ann Ruiz, the mayor of Dayton, called it ..."), the named example that backs a claim of a group."""
    root = sent.root
    reports = root.lower_ in lex.reporting and not any(c.dep_ == "dobj" for c in root.children)
    lead_in = root.lower_ in lex.claims and sent.text.rstrip().endswith(":")  # the words follow: "X pointed out that:"
    if not (reports or lead_in) and not (root.lower_ in lex.claims and _states_claim(root, lex)):
        return False  # an act is no example of a view: "The Heart Association published/announced the guidelines."
    subj = _subject(root)
    return subj is not None and any(t.tag_ in PROPER_TAGS for t in subj.subtree) and not _is_vague(subj, lex)


def _by_accounts(by: Token, lex: Lexicon) -> Token | None:
    """The accounts of "by some estimates", "by most accounts" (a "by" on a clause that is no passive's
    agent), which attribute the clause as "according to" does."""
    accounts = next((c for c in by.children if c.dep_ == "pobj"), None)
    on_clause = by.head.tag_ in VERB_TAGS or by.head.dep_ == "ROOT"
    if by.dep_ != "prep" or not on_clause or accounts is None or _is_people(accounts, lex):
        return None  # not an agent, of a clause or of a noun ("a shift in judgements by some agencies")
    if accounts.lower_ == "accounts" and any(c.lower_ == "all" for c in accounts.children):
        return accounts  # the idiom "by all accounts" (not "by all means", "by all standards")
    quantified = any(c.lower_ in QUANTIFIERS for c in accounts.children)
    return accounts if quantified and _is_vague_source(accounts, lex) else None


def _according_to(tok: Token) -> Token | None:
    """The source after "according to" when ``tok`` is its "according"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    return next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)


ACCOUNT_CLASSES = ("noun.communication", "noun.cognition")  # reports, accounts, estimates, studies


def _is_vague_source(source: Token, lex: Lexicon) -> bool:
    """A vague group, or vague accounts: "according to some reports", "according to several estimates",
    "according to one account"; not "some 300 reports", "some reports by the state auditor"."""
    if _is_vague(source, lex):
        return True
    if _described(source, lex) or any(c.dep_ == "prep" for c in source.children):
        return False  # "some reports by the state auditor"
    quantified = any(c.lower_ in QUANTIFIERS for c in source.children)
    split = any(o.dep_ == "pobj" and o.i > source.i for o in (*source.head.children, *source.head.head.children))
    # (a relative clause the parser split off as a second object: "according to figures [the agency released]")
    bare = source.dep_ == "pobj" and not split and (  # "according to reports", "according to unconfirmed media reports"
        not any(source.children) or source.lower_ in lex.nouns and all(
            c.dep_ in ("amod", "compound") and c.tag_ not in PROPER_TAGS for c in source.children
        )
    )
    one = source.dep_ == "pobj" and source.tag_ == "NN" and any(c.lower_ == "one" for c in source.children)
    # "according to one estimate" (not a subject: "one central fact informed the talks")
    lemma = noun_lemma(source)
    return ((quantified or bare) and source.tag_ == "NNS" or one) and any(
        in_class(lemma, name, max_rank=2) for name in ACCOUNT_CLASSES
    )


def _bare_people(noun: Token, lex: Lexicon) -> bool:
    """A bare plural of people that is no role, which after "according to" credits a whole kind no reader can
    check: "according to residents", "according to Kenyan farmers" (not "according to witnesses", "to residents
    of the block", "to the residents")."""
    return (
        noun.tag_ == "NNS" and noun.lower_ not in ROLES and noun.lower_ not in RELATIONAL and _is_people(noun, lex)
        and all(c.dep_ == "amod" and c.tag_ in ADJECTIVE_TAGS for c in noun.children)
    )


def _attitude_raised(verb: Token) -> tuple[Token, Token] | None:
    """First and last token of "concerns have been raised", "questions were raised": a passive whose
    subject is an attitude, with no agent."""
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ not in ATTITUDES or verb.lower_ not in VOICED:
        return None
    if any(c.dep_ == "agent" for c in children):
        return None
    if any(c.lower_ in ("no", "any") or c.dep_ in ("poss", "relcl") or c.lower_ in DEFINITE for c in subj.children):
        return None  # "no concerns were raised", "their concerns were raised"
    return subj.left_edge, verb


def _held_view(adjective: Token, lex: Lexicon) -> bool:
    """An adjective of prevalence on a noun for a view or a statement that is no hedge noun of its own: "the
    prevailing view", "widespread agreement" (not "common ground", nor "widespread fears": a hit at "fears")."""
    noun = adjective.head
    return adjective.dep_ == "amod" and noun.tag_ in ("NN", "NNS") and noun.lower_ not in lex.nouns and any(
        in_class(noun_lemma(noun), name, max_rank=2) for name in ACCOUNT_CLASSES
    )


def _noun_hedge(noun: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """First and last token of "there are fears that", "concerns are growing that", "the thinking is that"
    or "there is talk of", with no named holder."""
    head = noun.head
    if any(c.lower_ in ("no", "any") for c in noun.children):
        return None  # "there is no suggestion that ..."
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS | {"of"}):
        holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "of" and (holder is None or not is_people_noun(holder, max_rank=2)):
            continue  # "of" names a holder only when people follow ("the consensus of the panel"), not a topic
            # ("fears of a recession")
        if holder is None or not (_is_vague(holder, lex) or _only_places(prep, holder)):
            return None  # "fears among aid workers that ...": the holder is named
    there = next((c for c in head.children if c.dep_ == "expl" and c.lower_ == "there"), None)
    if noun.dep_ == "ROOT":  # the parser may take the noun for the root: "There is/aux growing speculation/ROOT that"
        there = next((t for t in noun.subtree if t.i < noun.i and t.dep_ == "expl" and t.lower_ == "there"), None)
    if noun.dep_ in ("attr", "ROOT") and there is not None:
        placed = (g for p in noun.children if p.dep_ == "prep" for o in p.children for g in o.children)
        clause = next(  # the parser may hang the clause on a place: "speculation in the markets [that ...]"
            (c for c in (*noun.children, *placed) if c.dep_ in ("acl", "ccomp", "relcl") and _that_clause(c)), None
        )
        after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
        clause = clause or (after if after is not None and _content_that(after) else None)  # a "that" right after
        # the noun opens its clause wherever the parser hung it ("fears that the outbreak/VBP ... could spread")
        talk = noun.lower_ in TALK_NOUNS and any(c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for c in noun.children)
        return (there, noun) if clause is not None or talk else None
    if noun.dep_ != "nsubj":
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and _that_clause(c)), None)
    if head.lower_ in SPREADING:
        clause = clause or next((c for c in noun.children if c.dep_ == "acl" and _that_clause(c)), None)  # "fears
        # that the dam could fail have grown"
        topic = any(c.dep_ == "prep" and c.lower_ in ("about", "over") for c in (*head.children, *noun.children))
        return (noun, head) if clause is not None or topic else None  # "concerns are growing that", "... over"
    if head.tag_ in VERB_TAGS and head.lower_ not in BE and not _takes_clause(head) and not any(
        c.dep_ in ("dobj", "attr", "acomp", "oprd", "xcomp") for c in head.children
    ) and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an", "the") for c in noun.children):
        # a verb that takes no clause leaves the clause to its noun: "word has spread that", "a consensus is
        # emerging that", "the belief persists that" (not "the report found that": "find" takes one)
        clause = clause or next((c for c in noun.children if c.dep_ == "acl" and _that_clause(c)), None)
        if clause is not None:
            return noun.left_edge, head
    if head.lower_ in ("has", "had") and head.i + 1 < len(head.doc) and head.nbor(1).lower_ == "it":
        # (the parser may take "it" for the subject of the clause)
        clause = clause or next((c for c in head.children if c.dep_ == "ccomp"), None)
        return (noun, head) if clause is not None else None  # "rumor has it (that)"
    if (head.lower_ in ("holds", "held") and clause is not None or _reports_clause(head, lex)) and _unowned(noun):
        return noun.left_edge, head  # "conventional wisdom holds that", "reports suggest the army has ..."
    if head.lower_ in ("is", "was") and not any(c.dep_ in ("det", "poss") and c.lower_ != "the" for c in noun.children):
        clause = clause or next((c for c in head.children if c.dep_ == "ccomp"), None)
        short = noun.left_edge.i >= noun.i - 1 or all(  # "the thinking", "word", "the general feeling"
            t.lower_ == "the" or t.lower_ in PREVALENT or t.dep_ == "amod" and t.tag_ in ADJECTIVE_TAGS
            for t in noun.doc[noun.left_edge.i : noun.i]
        )  # (an adjective leaves a view unowned: "the biggest fear is that"; not "the union's fear")
        return (noun.left_edge, head) if clause is not None and short else None
    return None


def _reports_clause(verb: Token, lex: Lexicon) -> bool:
    return verb.lower_ in lex.claims and any(c.dep_ == "ccomp" for c in verb.children)


def _unowned(noun: Token) -> bool:
    """A hedge noun that belongs to no one in particular: bare ("reports", "rumor") or a view held by many
    ("conventional wisdom", "the prevailing view"); not "the report", "her fear"."""
    before = [c for c in noun.children if c.i < noun.i]
    prevalent = any(c.lower_ in PREVALENT for c in before)
    return all(c.lower_ in PREVALENT or c.lower_ == "the" and prevalent for c in before)


def _only_places(prep: Token, holder: Token) -> bool:
    """A holder that places a view rather than names who holds it: "the thinking in the industry", "fears
    within the government", "speculation in the markets" (not "fears among aid workers", "in Washington")."""
    things = holder.tag_ == "NN" or holder.tag_ == "NNS" and not is_people_noun(holder)  # "in the markets"
    return prep.lower_ in ("in", "within") and things and not any(
        t.tag_ in PROPER_TAGS for t in holder.subtree
    )


def _reduced_relative(participle: Token) -> bool:
    """A participle that describes a noun without "is": "the fort, considered the oldest, ...", "a man
    believed to be the gunman"; the parser may take it for a finite verb set off by a comma ("The company,
    said to be worth $2 billion, is ...", which no finite verb after a lone comma could be)."""
    if participle.dep_ == "acl" and participle.tag_ in ("VBN", "VBD"):
        return not _stands_for_any(participle.head)
    if participle.dep_ == "advcl" and participle.tag_ in ("VBN", "VBD") and participle.i < participle.head.i:
        # a participle that opens the sentence describes its subject: "Believed to be the oldest, the oak ..."
        return participle.left_edge.is_sent_start and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in AUX_DEPS or c.dep_ == "mark" for c in participle.children
        )
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    return (
        participle.tag_ == "VBD" and before is not None and before.text == ","
        and any(c.dep_ == "nsubj" and c.i < before.i for c in participle.children)
        and any(c.dep_ == "xcomp" and c.left_edge.lower_ == "to" for c in participle.children)
    )


def _stands_for_any(noun: Token) -> bool:
    """A noun that stands for whatever fits its description, so a participle after it defines rather than
    claims: "any work considered subversive", "those presumed exposed", "anyone thought to be at risk"."""
    return noun.lower_ in GENERIC_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in noun.children
    )


def _asks(clause: Token) -> bool:
    """An interrogative clause: "how many were inside", "whether it will reopen"."""
    first = clause.left_edge
    return first.tag_ in ("WRB", "WP", "WDT", "WP$") and first.lower_ != "that" or first.lower_ in ("whether", "if")


def _that_clause(verb: Token) -> bool:
    """A content clause opened by "that" (not a relative clause: "concerns that residents raised", nor an
    adverbial one: "now that the pay was cut")."""
    return any(_content_that(c) for c in verb.children)


def _content_that(mark: Token) -> bool:
    """The "that" of a content clause, not of "so that", "now that" ..."""
    return mark.dep_ == "mark" and mark.lower_ == "that" and (mark.i == 0 or mark.nbor(-1).lower_ not in COMPOUND_THAT)


def _states_claim(verb: Token, lex: Lexicon) -> bool:
    """Whether the verb states a claim: it takes a clause, interrupts one ("the plan, critics say, ..."),
    or judges an object ("blame the agency for", "question the plan")."""
    if _attitude(verb) is not None or _pseudo_cleft(verb):
        return True  # "many voters are skeptical that ...", "what critics dispute is that ..."
    obj = _judged(verb)
    if obj is not None and obj.lower_ in ATTITUDES and verb.lower_ not in verb_forms(CONTACT):
        return True  # "raised doubts", whatever the verb (but "asked questions")
    if obj is not None and verb.lower_ in lex.criticism and obj.tag_ in ("NN", "NNS"):
        lemma = noun_lemma(obj)
        if any(in_class(lemma, name, max_rank=2) for name in ACCOUNT_CLASSES):
            return True  # "slammed the decision", "mocked the logo"; not "attacked the convoy"
    if _phrasal_judgement(verb, lex):
        return True  # "have written off her bid", "singled out the coach", "took issue with the figures"
    if verb.lower_ not in lex.claims:
        # a that-clause is a claim whatever the verb ("critics maintain that ..."); not what one found out
        return verb.lower_ not in lex.not_claiming and any(c.dep_ == "ccomp" and _that_clause(c) for c in verb.children)
    if verb.dep_ == "parataxis" or any(_reported(c) for c in verb.children):
        return True
    if _displaced_clause(verb):
        return True
    if _takes_clause(verb) and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1 for c in verb.children):
        return True  # a gerund that stands for a clause: "some residents report seeing a bear" (not after a verb
        # that takes no clause: "avoided using the lift")
    if verb.dep_ == "advcl" and obj is None and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True  # a comment on the clause it interrupts: "the plan, as many economists believe, will fail"
    if any(
        c.lower_ in ("so", "otherwise") and c.dep_ == "advmod" or c.dep_ == "dobj" and c.tag_ in ADJECTIVE_TAGS
        for c in verb.children if c.i > verb.i
    ):
        return True  # a word standing for the clause: "some think so", "others argue otherwise", "say the same"
    if obj is None and _judges_as(verb):
        return True  # "point to the rising cost as proof of ..."
    if obj is None and verb.lower_ in lex.judging:
        obj = next(
            (o for c in verb.children if c.lower_ in OBJECT_PREPS for o in c.children if o.dep_ in ("pobj", "pcomp")),
            None,
        )  # "warn of a slowdown", "caution against reading too much into it"
    if obj is None:
        return False
    preps = {
        "as" if c.dep_ == "advcl" else c.lower_
        for t in (verb, obj) for c in t.children
        if c.dep_ == "prep" and not _not_a_reason(c) or c.dep_ == "advcl" and _as_clause(c)
    }
    cognition = "as" in preps and (  # "regard him as", "described it as"; not a proposal ("suggested Lisbon as")
        verb.lower_ in verb_class(("verb.cognition",), 2)
        or obj.tag_ not in PROPER_TAGS and verb.lower_ not in verb_forms(CONTACT)
    ) or bool(
        {c.lower_ for t in (verb, obj) for c in t.children if c.dep_ == "prep" and c.i > obj.i}
        & ({"to", "with"} if obj.tag_ in ("PRP", *PROPER_TAGS) or is_people_noun(obj, min_share=0.5) else {"to"})
    ) and verb.lower_ in verb_class(("verb.cognition",))  # "liken it to", "credit her with" (after the object: not a
    # misread infinitive, "decided to/IN home-school their children"; a thing "with" another is compared, not
    # credited: "comparing the readings with satellite images")
    if obj.tag_ not in ("WP", "WDT") and (cognition or _object_complement(verb, lex)):
        return True  # a judgement of anyone or anything: "regard him as", "called the decision a betrayal"
        # (not a definition: "what economists call core inflation")
    communication = verb.lower_ in verb_class(("verb.communication",))
    # a judgement of a person or a body: "accused him of", "blamed the ministry for" (a name's own "of" is no
    # judgement, "the Ministry of Water", nor is a proposal, "suggested Lisbon as")
    judged = preps if obj.tag_ == "PRP" else {c.lower_ for c in verb.children if c.dep_ == "prep"} - {"as"}
    if obj.tag_ in ("PRP", *PROPER_TAGS) and communication and judged & JUDGEMENT_PREPS:
        return verb.lower_ not in verb_forms(CONTACT)
    if obj.lower_ in ("it", "this", "that") and obj.i > verb.i and verb.lower_ in lex.judging:
        return True  # a pronoun for the claim judged: "many doubt it", "others dispute that"
    if obj.tag_ in PROPER_TAGS or obj.tag_ == "PRP" or verb.lower_ in verb_forms(CONTACT):
        return False
    if any(t.dep_ == "nsubj" and t.head.dep_ not in ("relcl", "acl") for t in obj.subtree):
        return True  # a clause the parser took for an object: "say the new scale confuses/NNS parents"
    if verb.lower_ in verb_class(("verb.cognition",), 2) and not is_people_noun(obj) and any(
        c.dep_ in ("advcl", "xcomp") and c.i > obj.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    ):
        return True  # a forecast: "expecting crude oil to stay above $80" (not "require months of training to")
    judging = verb.lower_ in lex.judging or verb.lower_ in lex.forecasting and _forecasters(verb, lex)
    own = {c.lower_ for c in obj.children if c.dep_ == "prep"} - {
        c.lower_ for c in verb.children if c.dep_ == "prep"
    }  # (a thing's phrase is its own: "demanded the release of the prisoners", "negotiated lower prices for the
    # season"; of a body, a charge or a reason: "accused the company of fraud", "blamed the ministry for the delays")
    judgements = preps - own if not is_people_noun(obj) else preps
    return bool(communication and judgements & JUDGEMENT_PREPS) or (judging and not is_people_noun(obj))


def _judged(verb: Token) -> Token | None:
    """The verb's object; in a relative clause whose relative pronoun is the object, or is left out, the noun
    it stands for: "a decision (that) critics described as rash" judges the decision (not a free relative:
    "what economists call core inflation" defines)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ != "relcl" or verb.head.tag_ not in NOUN_TAGS:
        return obj
    pronoun = any(t.tag_ in RELATIVE_TAGS for t in verb.subtree if t.i < verb.i) or any(
        c.lower_ == "that" for c in verb.children
    )  # (anywhere before the verb: "suggestions, many of which we decided to adopt")
    if obj is None and not pronoun:
        return verb.head  # "an outcome most analysts regard as a rebuke"
    return verb.head if obj is not None and obj.lower_ in RELATIVE_PRONOUNS else obj


def _phrasal_judgement(verb: Token, lex: Lexicon) -> bool:
    """A verb of judging that WordNet lists as a phrase of the verb and its particle, with whom or what idea it
    judges ("write off her bid", "single out the coach"), or a verb of saying or judging made of a verb and a bare
    noun ("take issue with the figures", "find fault with"). (A verb of saying with a particle mostly still
    says: "point out the exit", "write down the password".)"""
    lemma = verb_lemma(verb.lower_)
    if lemma is None:
        return False
    for part in verb.children:
        bare = part.dep_ == "dobj" and part.tag_ == "NN" and not any(part.children)  # "take issue (with)"
        if part.dep_ != "prt" and not bare:
            continue
        phrase = f"{lemma} {part.lower_}"
        if bare:
            return any(in_class(phrase, name) for name in SAYING_CLASSES) and any(
                c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children) for c in verb.children
            )
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or verb.lower_ in lex.not_claiming or not in_class(phrase, "verb.cognition"):
            return False  # (a fact: "found out the truth")
        return obj.tag_ == "PRP" or obj.tag_ in ("NN", "NNS") and any(
            sense_in(noun_lemma(obj), name) for name in ("noun.person", *ACCOUNT_CLASSES)
        )  # someone, or a message or an idea ("wrote off her bid"; not "set aside funds")
    return False


def _reported(clause: Token) -> bool:
    """A clause that reports what a verb says or thinks: not a rule of conduct (``_norm``), a question an
    infinitive sets out to answer, nor an adverbial clause the parser took for one ("now that the pay was cut")."""
    adverbial = any(m.dep_ == "mark" and m.lower_ == "that" and not _content_that(m) for m in clause.children)
    verb = clause.head
    inquiry = _asks(clause) and verb.lower_ not in verb_forms(JUDGING) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )  # a question one sets out to answer: "(used the site) to study how forests recover" (but "to question whether")
    return clause.dep_ in CLAUSE_DEPS and not adverbial and not inquiry and not _norm(clause)


def _norm(clause: Token) -> bool:
    """A clause that prescribes rather than states: an infinitive whose subject is a bare plural of people, which
    a verb of expecting makes a rule of conduct, not a forecast ("(teachers expect) students to arrive on time";
    but "the bank to report"), or a subjunctive, the form of a demand ("(nurses demanded) that the hospital hire
    more staff", "that he be removed"; a base form after its subject, with no modal)."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        finite = min((c for c in clause.children if c.dep_ in AUX_DEPS), key=lambda c: c.i, default=clause)
        return finite.tag_ == "VB" and finite.i > subj.i and not finite.lower_.endswith(("t", "d"))
        # (a verb whose past is its base ends in -t or -d, "cost", "cut", "spread": the tagger's VB may be that past)
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and subj is not None and subj.tag_ == "NNS" and in_class(noun_lemma(subj), "noun.person")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children)
    )


def _pseudo_cleft(verb: Token, complements: frozenset[str] = frozenset({"ccomp"})) -> bool:
    """The verb of the "what"-clause of a pseudo-cleft whose other half is a clause: "what critics dispute is
    that ...", "what worries many economists is that ..."; not a definition, whose other half is a noun ("what
    economists call core inflation is the price of ...")."""
    be = verb.head
    return (
        verb.dep_ == "csubj" and be.lower_ in BE
        and any(t.lower_ == "what" for t in verb.subtree if t.i < verb.i)
        and any(c.dep_ in complements and c.i > be.i for c in be.children)
    )


def _feeling_holder(verb: Token) -> Token | None:
    """Who holds the feeling of a verb whose object feels it, when a clause says what they feel: "what
    worries many economists is that ...", "it troubles some lawmakers that ..." (the parser may take the
    object for the subject of "is")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if _pseudo_cleft(verb, frozenset({"ccomp", "attr"})):  # a feeling defines nothing: "what worries them is the cost"
        return obj or next((c for c in verb.head.children if c.dep_ == "nsubj" and verb.i < c.i < verb.head.i), None)
    it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
    return obj if it and any(c.dep_ == "ccomp" and _that_clause(c) for c in verb.children) else None


def _forecasters(verb: Token, lex: Lexicon) -> bool:
    """Whether an expectation is a forecast: of a generic group of opinion ("analysts expect a rate cut", "a
    majority of economists anticipate a recession") or of anyone in the progressive, which waits for an event
    ("some investors had been expecting a larger payout"); not a demand ("most commuters expect real-time
    arrival times")."""
    if verb.tag_ == "VBG":
        return True  # a progressive (``_is_claim_form``)
    subj = _subject(verb)
    if subj is None:
        return False
    group = next((o for c in subj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), subj)
    generic = group.lower_ in lex.vague and group.lower_ not in QUANTIFIERS | ANYONE | {"others"}  # "people expect"
    return generic or group.lower_.endswith(DISCIPLINE)


def _object_complement(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying or judging with an object complement: "called it a sham", "branded the project a
    disaster" (which the parser may read as two objects); not a verb of contact's two objects ("asked him a
    question")."""
    if any(c.dep_ == "oprd" and not _is_name(c) for c in verb.children):
        return True  # (not a name: "call the bridge the Iron Lady", "call such storms 'bomb cyclones'")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 2 and verb.lower_ in lex.claims and verb.lower_ not in verb_forms(CONTACT) and (
        objects[1].tag_ in ("NN", "NNS") and not is_people_noun(objects[0], min_share=0.5)
    )  # not to whom: "sent the mayor a letter" (but "labeled the line a failure": a line is rarely people)


def _judges(complement: Token) -> bool:
    """A complement that passes a judgement: "(is widely blamed) for", "(credited) with", "(often described) as
    reckless", "(called) a sham"; not a name ("is often called the Big Apple", "as the 'dairy cliff'") nor a
    time ("(has been documented) for decades")."""
    if complement.dep_ in ("oprd", "dobj") or complement.dep_ == "prep" and complement.lower_ == "as":
        return not _is_name(complement)
    return complement.dep_ == "prep" and complement.lower_ in JUDGEMENT_PREPS | {"with"} and not _not_a_reason(complement)


def _is_name(phrase: Token) -> bool:
    """A phrase that names rather than judges: a proper noun ("the Iron Lady") or a term in quotation marks
    ("the 'dairy cliff'")."""
    return any(t.tag_ in PROPER_TAGS or t.tag_ == "``" for t in phrase.subtree)


def _not_a_reason(prep: Token) -> bool:
    """A "for" of a time, a date or whom something is for, not of a reason: "for decades", "for 2027", "for the
    season", "(negotiated higher wages) for its members" (a judgement's "for" gives a reason: "blamed for the
    delays")."""
    return prep.lower_ == "for" and any(
        o.dep_ == "pobj" and (
            o.tag_ == "CD" or o.tag_ in ("NN", "NNS") and (in_class(noun_lemma(o), "noun.time") or is_people_noun(o))
        )
        for o in prep.children
    )


def _thinking_phrase(participle: Token) -> bool:
    """A participle whose verb and the word after it make a verb of thinking that WordNet lists: "looked
    upon", "thought of"."""
    after = participle.nbor(1) if participle.i + 1 < len(participle.doc) else None
    return (
        after is not None and after.head.i == participle.i and after.dep_ in ("prep", "prt")
        and _thinking_with(participle, after)
    )


def _thinking_with(verb: Token, word: Token) -> bool:
    """Whether WordNet lists the verb with ``word`` as a verb of thinking: "see as", "look upon"."""
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and in_class(f"{lemma} {word.lower_}", "verb.cognition")


def _vague_by(participle: Token, lex: Lexicon) -> bool:
    """A vague agent the parser hung on a word after the participle: "was branded a failure [by some
    lawmakers]", "is expected [by many] to fail"."""
    return any(
        t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.head.i != participle.i
        and any(o.dep_ == "pobj" and _is_vague(o, lex) for o in t.children)
        for t in participle.subtree if t.i > participle.i
    )


def _takes_clause(verb: Token) -> bool:
    """A verb that may take a that-clause (WordNet's sentence frames): "report", "admit", "recall"."""
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and sense_in(lemma, "frame.that-clause") is not None


def _as_clause(clause: Token) -> bool:
    """A phrase the parser took for a clause opened by "as": "described the talks [as stalled]"; not a clause
    with a subject ("as the storm approached")."""
    children = list(clause.children)
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in children)  # "as/advmod heroic"
    return marked and not any(c.dep_ in SUBJECT_DEPS for c in children)


def _judges_as(verb: Token) -> bool:
    """A prepositional object judged with "as": "point to the cost as proof", "look on the deal as a
    betrayal"; not a name ("refer to the bridge as the Iron Lady", "refer to it as the 'dairy cliff'", "refer to
    such events as marine heat waves")."""
    if verb_lemma(verb.lower_) in NAMING:
        return False
    objects = [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ != "as" for o in c.children if o.dep_ == "pobj"
    ]
    return any(
        obj.tag_ not in PROPER_TAGS and obj.tag_ != "PRP" and any(
            c.dep_ == "prep" and c.lower_ == "as" and not _is_name(c) for c in (*verb.children, *obj.children)
        )
        for obj in objects
    )


def _displaced_clause(verb: Token) -> bool:
    """A that-clause the parser hung on a phrase after the verb, or took for an adverbial clause: "have warned
    for months that ...", "alleged in interviews that ...", "have been complaining since September that ..." (a
    relative clause has no "that" as its marker; an adverbial one has it only after "so", "now", "such" ...)."""
    return any(
        g.dep_ in ("relcl", "acl") and _that_clause(g)
        for c in verb.children if c.dep_ == "prep" for o in c.children for g in o.children
    ) or any(
        c.dep_ == "advcl" and c.i > verb.i and _that_clause(c) for c in verb.children
    )


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its governor's: "most voters seem to think", "critics were quick to blame"."""
    verb = clause_verb(verb)
    while verb.dep_ in ("xcomp", "acomp") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" and is_people_noun(c) for c in verb.head.children):
            return None  # what the object is to do: "urged residents to report ..." (but a purpose: "have used the
            # index to argue that ...")
        verb = verb.head  # through an adjective: "critics were quick to point out"
    subj = subject(verb)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
        return _subject(verb.head)  # a participle's speaker is its clause's: "Critics left, saying that ..."
    if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN"):
        return verb.head  # a sentence whose root is a noun: the parser took its verb for a participle
        # ("Several employees alleged/acl in interviews that ...")
    if subj is None and verb.dep_ == "csubj":  # the parser may hang the subject of a "what"-clause on its verb
        # as a compound: "What opponents/compound dispute is that ..."
        return next((c for c in verb.children if c.dep_ == "compound" and c.tag_ == "NNS" and c.i < verb.i), None)
    if subj is None:  # the parser hangs a pronoun subject on the verb as a modifier: "Few/amod doubt that ..."
        return next((c for c in verb.children if c.dep_ == "amod" and c.i < verb.i and c.lower_ in QUANTIFIERS), None)
    return subj if subj.dep_ == "nsubj" else None


def _those_who(who: Token) -> Token | None:
    """The "There" of "there are those who ...", "there are many who ..." when ``who`` is its relative
    pronoun."""
    those = who.head.head
    if who.head.dep_ != "relcl" or those.lower_ not in ANYONE | QUANTIFIERS or those.dep_ != "attr":
        return None
    return next((c for c in those.head.children if c.dep_ == "expl" and c.lower_ == "there"), None)


def _is_vague(subj: Token, lex: Lexicon) -> bool:
    """A vague group: "some experts", "critics", "many in industry", "a number of teachers", "most
    Americans", "people familiar with the matter", "a source"; not "the critics", "Pentagon officials",
    "two analysts"."""
    lower = subj.lower_
    access = _access_phrases(subj)
    if access and (_is_people(subj, lex) or lower in ANYONE):
        return not _described(subj, lex)  # "people familiar with the plan", "sources close to Boris Johnson"
    not_naming = {t.i for a in (*access, *_asides(subj)) for t in a.subtree}
    capital = subj.is_sent_start and (lower in lex.vague or lower.endswith(DISCIPLINE))
    if capital:
        not_naming.add(subj.i)  # a capital the tagger took for a name: "Opponents/NNP, who packed the hearing, ...",
        # "Ecologists/NNPS had been predicting ..."
    if subj.dep_ == "pobj" and subj.head.dep_ == "agent":  # what the parser hung on an agent: "(seen) by many [as a
        # win for Tehran]"
        not_naming |= {t.i for c in subj.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
    if lower in STANCE:  # what they oppose or back, not who they are: "critics of Prime Minister Kishida"
        not_naming |= {t.i for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    if subj.dep_ == "ROOT":  # a sentence the parser rooted at its subject: its verb is no part of the subject
        not_naming |= {t.i for c in subj.children if c.dep_ == "acl" for t in c.subtree}
    quantified = any(
        c.lower_ in QUANTIFIERS and not _measured(c) for t in (subj, *_plural_owners(subj)) for c in t.children
    )  # (the parser hangs the quantifier of "some supporters' groups" on the possessive)
    placing = {t.i for c in subj.children if c.lower_ in PLACING_PREPS and c.i > subj.i for t in c.subtree}
    if subj.tag_ == "NNPS" and quantified and not _described(subj, lex):
        # "many Americans"; a place only locates them: "many Democrats in Congress"
        return not any(t.tag_ in PROPER_TAGS for t in subj.subtree if t.i != subj.i and t.i not in placing)
    if quantified or lower in QUANTIFIERS and subj.tag_ not in NOUN_TAGS:
        # unnamed members of a place or a body: "many in Congress", "several officials at the port authority",
        # "some Pentagon officials", "several White House aides" (a name before the noun only places them)
        not_naming |= placing | {
            t.i for c in subj.children
            if c.lower_ in PLACING_PREPS or c.i < subj.i and (c.dep_ in MODIFIER_DEPS or _number_in_name(c))
            for t in c.subtree
        }
    elif lower in lex.vague:  # a generic group of opinion is only located by a place: "observers in Honiara"
        not_naming |= {t.i for c in subj.children if c.lower_ in LOCATING and c.i > subj.i for t in c.subtree}
    group = next((o for c in subj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
    amount = lower in AMOUNTS or subj.tag_ == "NNS" and lower[:-1] in AMOUNTS
    if amount and group is not None:  # the group of an amount is placed as a quantified noun is: "a handful of
        # Labour councillors"; a plural name of people is a class, as in "many Americans": "a handful of Democrats"
        not_naming |= {
            t.i for c in group.children
            if c.i < group.i and c.dep_ in MODIFIER_DEPS or c.i > group.i and c.lower_ in PLACING_PREPS
            for t in c.subtree
        }  # (and placed after it: "a handful of winemakers in the Barossa Valley")
        if group.tag_ == "NNPS" and is_people_noun(group):
            not_naming.add(group.i)
    if any(t.tag_ in PROPER_TAGS and t.lower_ not in QUANTIFIERS and t.i not in not_naming for t in subj.subtree):
        return False  # named: "Experts at the Brookings Institution"
    if amount and subj.tag_ in ("NN", "NNS") and (group is not None or lower not in lex.vague):
        return group is not None and not _described(subj, lex) and _is_people(group, lex) and not _described(group, lex)
    if subj.tag_ == "NN" and _one_unnamed(subj, lex):
        return not _described(subj, lex)  # "a source said", "an analyst said"
    collective = subj.tag_ == "NN" and quantified and in_class(noun_lemma(subj), "noun.group")  # "some staff"
    if lower not in lex.vague and not ((subj.tag_ == "NNS" or capital) and _is_people(subj, lex)) and not collective:
        return False
    if lower in RELATIONAL or _measured(subj):
        return False  # "too many say ..."
    if (lower == "others" or lower in QUANTIFIERS and subj.tag_ not in NOUN_TAGS) and _continues_group(subj, lex):
        return False  # "While several parents worried ..., others said ...": more of those parents
    if _described(subj, lex):
        return False
    return lower in lex.vague or quantified or lower.endswith(DISCIPLINE)


def _generic_holders(subj: Token, verb: Token, lex: Lexicon) -> bool:
    """A bare plural of people holding a view in the present: "investors worry", "parents have long feared",
    "homeowners are complaining". A bare plural with a present tense speaks of the kind ("beavers build dams"),
    so the view is credited to a whole population no reader can check; in the past it reports what some of
    them did ("firefighters said"). Plain reporting ("residents say") is how copy quotes people it
    interviewed, and roles speak for an institution or an event the story names ("investigators believe")."""
    anonymous = any(c.lower_ == "privately" for c in verb.children)  # a role off the record: "lawmakers privately
    # concede"
    if subj.tag_ != "NNS" or subj.dep_ not in ("nsubj", "dobj") or verb.lower_ in lex.reporting:
        return False
    if any(c.lower_ in QUANTIFIERS for c in subj.children):
        return False  # not bare: an amount of them is vague or not on its own ("too many families believe")
    if subj.lower_ in ROLES and not anonymous and not (subj.lower_ in PROFESSIONS and verb.lower_ in lex.advising):
        return False
    asides = _asides(subj)
    aside = {t.i for a in asides for t in a.subtree} | {t.i for t in subj.children if t.is_punct}
    kinds = [subj, *(c for c in subj.children if c.dep_ == "conj")]  # coordinated kinds: "residents and owners"
    kind_owners = {  # a kind of the kind: "teachers' unions", "farmers' groups" (not "the teachers' unions")
        o.i for kind in kinds for o in _plural_owners(kind)
        if not any(g.dep_ in ("det", "poss", "nummod") for g in o.children)
    }
    if any(c.tag_ != "NNS" or c.lower_ in ROLES and not anonymous for c in kinds[1:]) or any(
        c.dep_ not in MODIFIER_DEPS and c.dep_ not in ("cc", "conj") and c.i not in aside and c.i not in kind_owners
        for kind in kinds for c in kind.children
    ) or any(
        (t.tag_ in PROPER_TAGS or t.is_upper and len(t) > 1) and t.i not in aside for t in subj.subtree
    ):
        return False  # determined, counted, placed, described or named: "the parents", "parents at the school",
        # "USDS/JJ team members" (an aside only adds: "farmers, who have fished here for years,")
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    opinion = verb.lower_ in lex.feelings or verb.dep_ == "parataxis" or any(
        _reported(c) for c in verb.children
    ) or _pseudo_cleft(verb) or _displaced_clause(verb) or judged is not None and (
        _object_complement(verb, lex)
        or any(
            c.dep_ == "prep" and c.lower_ in JUDGEMENT_PREPS and not _not_a_reason(c)
            for t in (verb, judged) for c in t.children
        )
    )
    if not opinion:  # a view is a clause or a judgement of someone ("blame the wind farm for"), not an act
        return False  # ("parents have advised a number of schools on ...") or a habit ("farmers fear frost")
    if verb.lower_ in lex.forecasting and not _forecasters(verb, lex):
        return False  # a demand: "users expect pages to load in a second" (but "analysts expect", "are expecting")
    if any(c.dep_ == "advcl" and c.i < verb.i for c in verb.children):
        return False  # a time or case that makes them particular: "when the river rises, farmers fear ..."
    clause = verb
    while clause.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head  # the verb it depends on carries the tense: "investors appear to believe"
    finite = min((c for c in clause.children if c.dep_ in AUX_DEPS), key=lambda c: c.i, default=clause)
    lemma = noun_lemma(subj)
    person = in_class(lemma, "noun.person") or _agent_noun(subj) or subj.lower_ in lex.groups or (
        lemma != subj.lower_ and in_class(lemma, "noun.group")
    )  # people or bodies of them ("aid agencies warn", "rights groups have accused"); not a mass: "data show"
    present = finite.tag_ in ("VBP", "VBZ") or finite.tag_ == "VB" and finite.i == clause.i and clause.dep_ == "ROOT"
    # (VBZ: "what worries investors is"; VB: a root with a subject and no auxiliary is a present the tagger missed)
    return present and person


def _access_phrases(subj: Token) -> list[Token]:
    """Phrases after a noun that say how its people know, not who they are: "familiar with the matter", "close to
    the talks", "privy to the plans", "briefed on the talks", "with knowledge of the bid"; not a place ("farmers
    close to the border")."""
    return [c for c in subj.children if c.i > subj.i and (_access_adjective(c) or _briefed(c) or _with_access(c))]


def _with_access(prep: Token) -> bool:
    """"with (direct) knowledge of", "with access to": the wording of an anonymous source."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and any(
        o.dep_ == "pobj" and o.lower_ in ACCESS_NOUNS and any(p.dep_ == "prep" for p in o.children)
        for o in prep.children
    )


def _access_adjective(adjective: Token) -> bool:
    return adjective.dep_ == "amod" and adjective.tag_ == "JJ" and any(
        p.dep_ == "prep"
        and (adjective.lower_ not in NEARNESS or any(o.dep_ == "pobj" and _is_party(o) for o in p.children))
        for p in adjective.children
    )


def _briefed(participle: Token) -> bool:
    """A participle of a verb of communication about something, with no agent: "briefed on the talks",
    "informed about the plans" (not "interviewed by the Times", "told to leave")."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD"):
        return False
    if participle.lower_ not in verb_class(("verb.communication",)):
        return False
    preps = [c for c in participle.children if c.dep_ in ("prep", "agent")]
    return all(p.lower_ != "by" for p in preps) and any(
        p.lower_ in ("on", "about", "of") and any(o.dep_ == "pobj" and o.tag_ in ("NN", "NNS") for o in p.children)
        for p in preps
    )  # "briefed on the audit" (not "on Monday")



def _is_party(noun: Token) -> bool:
    """Someone or something one is close to in confidence, not in space: a name, people, talks or plans
    ("close to the president", "close to the talks"; not "close to the river")."""
    return noun.tag_ in PROPER_TAGS or noun.tag_ in ("NN", "NNS") and any(
        in_class(noun_lemma(noun), name) for name in NOUN_CLASSES
    )


def _one_unnamed(noun: Token, lex: Lexicon) -> bool:
    """One unnamed person of a vague kind: "a source", "one source", "an analyst" (the singular of a vague
    group)."""
    articles = {c.lower_ for c in noun.children if c.dep_ in ("det", "nummod")}
    if noun.lower_ == "source":
        return bool(articles & (INDEFINITE | {"one"}))
    return bool(articles & INDEFINITE) and noun.lower_ + "s" in lex.vague


def _measured(quantifier: Token) -> bool:
    """A quantifier that judges an amount rather than hides a source: "too many Americans", "so many"."""
    return any(c.lower_ in ("too", "so", "how") for c in quantifier.children)


def _is_people(noun: Token, lex: Lexicon) -> bool:
    return noun.lower_ in lex.groups or is_people_noun(noun, max_rank=2) or _agent_noun(noun)


def _agent_noun(noun: Token) -> bool:
    """A plural agent noun that WordNet lacks ("installers", "vloggers"): a plural of "-er", "-or" or "-ist"
    that no noun class of WordNet's knows."""
    if noun.tag_ != "NNS" or not noun.lower_.endswith(("ers", "ors", "ists")):
        return False
    return not any(sense_in(lemma, name) for lemma in singulars(noun) for name in NOUN_CLASSES)


def _described(subj: Token, lex: Lexicon) -> bool:
    """Counted, defined, described or tied to an institution: "two analysts", "the critics", "many of the
    residents", "analysts polled by Reuters", "economists at the state university"."""
    quantified = subj.lower_ in QUANTIFIERS or any(c.lower_ in QUANTIFIERS for c in subj.children)  # ("some at")
    for child in subj.children:
        if child.dep_ == "acl" and subj.dep_ == "ROOT":
            continue  # the verb of a sentence the parser rooted at its subject (see ``_subject``)
        if child.tag_ == "CD" and child.lower_ != "one" and not _number_in_name(child) or child.lower_ in DEFINITE and not (
            child.lower_ == "the" and subj.lower_ in PROPORTIONS
        ):
            return True
        if child.dep_ in ("relcl", "acl") and not _briefed(child) and child not in _asides(subj):
            return True
        if child.lower_ == "of" and _refers_back(child) and (
            subj.lower_ in QUANTIFIERS or not quantified and subj.lower_ not in lex.vague
        ):
            return True  # a known group: "many of them", "residents of the town"; not "some observers of the
            # trade", nor a generic group of opinion, which "of" tells what it opposes ("critics of the plan")
        if child.lower_ in INSTITUTION_PREPS and not quantified and any(
            t.lower_ in DEFINITE or t.dep_ == "poss" for obj in child.children if obj.dep_ == "pobj" for t in obj.children
        ):
            return True  # "economists at the state university", "scientists from the agency's climate center" (but
            # "some economists at ...": unnamed members)
        if child.lower_ == "including" and any(
            not _is_vague(obj, lex) for obj in child.children if obj.dep_ == "pobj"
        ):
            return True  # members given: "opponents, including two council members, ..."
    return False


def _number_in_name(number: Token) -> bool:
    """A number that is part of a name before a noun, not a count: "Formula One (insiders)", "Big 12 (coaches)"."""
    return number.tag_ == "CD" and any(t.tag_ in PROPER_TAGS for t in number.subtree if t.i != number.i)


def _asides(noun: Token) -> list[Token]:
    """Relative clauses set off by a comma, which add to what a noun stands for without saying which of them
    ("critics, who have fought the dam for years, say"; not "critics who attended the hearing", nor members
    given: "critics, who include the mayor, say")."""
    return [
        c for c in noun.children
        if c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        and verb_lemma(c.lower_) not in MEMBERSHIP
    ]


def _continues_group(pronoun: Token, lex: Lexicon) -> bool:
    """A group named just before, which "others" continues or "some", "many" ... are part of: for "others"
    any group earlier in the sentence ("While several nurses praised it, others said"), a known one in the
    sentence before ("Two shopkeepers said ... . Others said", "The lawmakers tried ... . Some are objecting"; not
    "Some experts speculate ... . Others believe")."""
    sent = pronoun.sent
    # (token, whether any group will do): "others" continues any group earlier in its sentence; "some",
    # "many" ... are part only of a known group that is a subject
    earlier = [(t, pronoun.lower_ == "others") for t in sent[: pronoun.i - sent.start]]
    if sent.start > 0:
        earlier += [(t, False) for t in pronoun.doc[sent.start - 1].sent]  # the sentence before, same paragraph
    return any(
        t.lower_ != "others" and (t.tag_ == "NNS" or _named_or_people(t, lex) and any(
            c.dep_ == "conj" and _named_or_people(c, lex) for c in t.children
        )) and _named_or_people(t, lex)  # people, or people and names: "the mayor and two aides" (not "its tracks
        # and cabins")
        and (t.dep_ in ("nsubj", "nsubjpass") or (any_group or _partitive_subject(t)) and t.dep_ == "pobj")
        and (any_group or not _is_vague(t, lex))
        for t, any_group in earlier
    )


def _plural_owners(noun: Token) -> list[Token]:
    """A bare plural possessive before a noun: "(some) supporters' (groups)"."""
    return [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "NNS" and c.i < noun.i]


def _named_or_people(noun: Token, lex: Lexicon) -> bool:
    return noun.tag_ in PROPER_TAGS or _is_people(noun, lex)


def _partitive_subject(noun: Token) -> bool:
    """The group of a partitive subject: "(most of) the 12 council members (voted ...)"."""
    return noun.head.lower_ == "of" and noun.head.head.dep_ in ("nsubj", "nsubjpass")


def _refers_back(child: Token) -> bool:
    """A partitive of a known group: "many of them", "some of our readers"."""
    return child.lower_ == "of" and any(
        t.tag_ == "PRP" or t.lower_ in DEFINITE for obj in child.children for t in (obj, *obj.children)
    )


def _names_agent(child: Token, lex: Lexicon) -> bool:
    """An agent that names who holds the view: "by the council"; not "by many", "by some critics". The
    parser may hang it on an active infinitive, which has no agent of its own: "considered safe to drink by
    the health department"."""
    if child.dep_ == "agent":
        by = child
    elif child.dep_ in ("xcomp", "oprd", "acomp"):
        by = next(
            (
                t for t in child.subtree
                if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                and not any(c.dep_ == "auxpass" for c in t.head.children)
                and any(o.dep_ == "pobj" and (o.tag_ in PROPER_TAGS or _is_people(o, lex)) for o in t.children)
            ),
            None,
        )
    else:
        return False
    return by is not None and not any(o.dep_ == "pobj" and _is_vague(o, lex) for o in by.children)


def _hedge(participle: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """First and last token of "it is (widely) believed", "is said to" or "is considered (safe)", without
    an agent. Any verb of saying or judging makes the impersonal "it is ... that" ("it is held that", "it
    was predicted that"), and with *widely* a verb of judging ("is widely criticized"); other personal forms
    take the `hedges` participles."""
    phrasal = _thinking_phrase(participle)  # "is looked upon as", "is thought of as"
    listed = participle.lower_ in lex.hedges or phrasal
    if not listed and participle.lower_ not in lex.claims and participle.lower_ not in lex.criticism:
        return None
    children = list(participle.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    if not (passive or _reduced_relative(participle)) or any(_names_agent(c, lex) for c in children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children) or any(
        c.dep_ == "ccomp" and _asks(c) for c in children
    ):
        return None  # a question asserts nothing: "to know if anyone is considered a close contact", "it is not
        # known how many ..."
    first = min(
        (c for c in children if c.dep_ in ("aux", "auxpass", "advmod") and c.i < participle.i),
        key=lambda c: c.i,
        default=participle,
    )
    subj = next((c for c in children if c.dep_ in ("nsubjpass", "expl")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT"):
        return None  # "what is considered a close contact": a definition
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return None  # an infinitive asserts nothing: "do not want it to be seen as ..."
    after = participle.nbor(1) if participle.i + 1 < len(participle.doc) else None
    if subj is not None and subj.lower_ == "it" and (
        any(c.dep_ == "ccomp" for c in children) or participle.dep_ == "parataxis"
        or after is not None and after.lower_ == "that" and after.tag_ == "IN"  # (the parser may take the "that"
    ):  # for a preposition) "it is believed that ...", "the law, it is feared, will ..."
        if any(c.tag_ == "MD" for c in children):
            return None  # the writer's own aside: "it should be noted that", "it must be said that"
        return subj, participle
    if not listed:  # a judgement many share: "has been widely criticized", "is widely credited with"
        judgement = any(_judges(c) for c in children if c.dep_ != "dobj" or passive)  # "is widely credited with",
        # "widely blamed for" (an object is a complement only after "be": "was branded/VBN a failure/dobj")
        disapproved = participle.lower_ in lex.criticism and subj is not None and subj.tag_ in ("NN", "NNS") and any(
            in_class(noun_lemma(subj), name, max_rank=2) for name in ACCOUNT_CLASSES
        )  # "the film has been widely panned" (not "the convoy was repeatedly attacked")
        shared = (participle.lower_ in lex.judging or disapproved or judgement) and (
            any(c.lower_ in CONSENSUS | FREQUENCY or c.dep_ == "agent" for c in children) or _vague_by(participle, lex)
        )  # by many: "widely", "often", "by some" (a named agent returned above)
        appraised = participle.lower_ in lex.appraisal and passive and any(
            _judges(c) for c in children if c.dep_ in ("oprd", "dobj") or c.dep_ == "prep" and c.lower_ == "as"
        ) and not any(t.lower_ == "by" for t in participle.subtree if t.i > participle.i)
        # praise or blame as something is a judgement with no judge: "was hailed as a breakthrough", "branded a
        # failure" (not the reason alone: "the group is criticized for its tactics", where the critics are known;
        # nor with a "by" the parser hung on the complement: "was hailed as a taxi by the driver")
        return (first, participle) if shared or appraised else None
    if participle.lower_ == "expected" and not (
        any(c.lower_ in CONSENSUS or c.dep_ == "agent" for c in children) or _vague_by(participle, lex)
    ):
        return None  # a schedule: "the vote is expected to take place on Thursday" (not "is expected by many to")
    to = next(  # (past an adverb: "is said never to run dry")
        (a for c in children if c.dep_ == "xcomp" for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None
    )
    if to is None and participle.lower_ not in NOT_JUDGING and participle.lower_ in verb_class(("verb.cognition",), 2):
        # no one believes or thinks *to* someone: the parser's preposition is an infinitive ("believed to/prep date")
        to = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to" and c.i == participle.i + 1), None)
    if to is not None:
        return first, to  # was believed to be ...
    by_whom = [g for c in children if c.dep_ == "agent" for o in c.children for g in o.children]  # "by many as"
    judging = participle.lower_ in verb_class(("verb.cognition",), 2) or phrasal or any(
        g.dep_ == "prep" and _thinking_with(participle, g) for g in by_whom
    )  # the phrase split by its agent: "is seen by many as"
    if judging and participle.lower_ not in NOT_JUDGING and any(
        c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in (*children, *by_whom)
    ):
        return first, participle  # is considered safe, is seen as ...
    return None
