"""house/unattributed-claim: a claim credited to a vague source or to nobody."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Callable, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, NOUN_TAGS, PROPER_TAGS, VERB_TAGS, finding, parsed_blocks, reparsed, span_text,
    verb_forms,
)

from .common import (
    AMOUNTS, CONTACT, DEFINITE, Lexicon, NOUN_PHRASE_TAGS, PLACING_PREPS, PLURAL_TAGS, PREVALENT, QUANTIFIERS, _subject,
)
from .claims import (
    _attitude, _crowd_act, _dates_event, _feeling_holder, _is_claim_form, _judged_past_aside, _may_claim,
    _misread_clause, _on_record, _states_claim, _testimony, _within_dating_event,
)
from .continued import _takes_up_group
from .groups import (
    _authors_of_reported_study, _bare_people, _continues_group, _generic_holders, _is_people,
    _is_vague, _is_vague_source, _may_be_vague, _measured, _met_at_scene, _part_of_counted, _sampled_by_reporter,
    _spoke_at_occasion, _staff_of_named_body, _those_who,
)
from .hedges import _attitude_raised, _hedge, _hedge_adverb, _held_view, _noun_hedge, _shared_by_many
from .sources import (
    _according_to, _by_accounts, _cites_account, _cites_link, _closing_account, _closing_attribution, _content, _covers,
    _explains_anonymity, _in_poll, _named_sources, _names_member, _names_source, _viewpoint, _within_named_account,
)
from .testimony import _speaks_of_itself

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from editlint.document.model import Document


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
interrupts one or judges an object (*blame X for*, *regard X as*, *call X a Y*, *condemn the decision*), or any verb with a
*that*-clause (*maintain that*), or with a finite clause without *that* when WordNet gives it a that-clause in some
sense (*maintain it will fail*), with a vague subject: a plural noun for people or groups (WordNet's
noun.person and noun.group, and agent nouns it lacks), or a collective noun (*staff*), after a vague
quantifier (*some*, *many*, *most*, *several*, *a few*, *numerous*, *countless*, *a number of*, *scores
of*), also when a place or body only locates them (*several officials at the port authority*, *a handful of nurses at
St Thomas' Hospital*, wherever the parser hangs the place) or a clause in the present
says only what kind they are (*several economists who study housing*, *most analysts following the company expect*) or an
aside set off by commas names no one (*some teachers, frustrated by years of cuts,*); a bare
plural of people holding a view in the present tense, which speaks for the whole kind (*investors worry
that*, *parents have long feared*, also when a phrase spreads it over a region: *pharmacists across Bavaria are
warning*; not a role that speaks for an institution or event, *investigators
believe*, unless a profession gives advice, *doctors warn that*, nor plain reporting, *residents say*, nor the past, *firefighters said*); a generic
group that is vague on its own (`vague-sources`: *critics*, *experts*, *people*, *sources* ...; the experts
of a field: *epidemiologists*), also when *of* says what it opposes (*critics of the plan*), or a pronoun
(*some*, *many*, *plenty*, *others*); people known only by their access (*people familiar with
the matter*, *those close to the talks*, *officials briefed on the audit*, *several people involved in the planning*:
after a quantifier, a participle whose verb's main sense is a state with *in* and a message or an idea; not a denial,
*experts not involved in the study*, nor a bare plural, *officials involved in the talks*), anyone of a kind, *those who* with a
relative clause in the present and nothing named in it (*those who remember the storm say*, *according to those who
work in the hospitals*; not *those who attended the hearing said*), and one unnamed source (*a source*, *an
analyst*); an adjective of belief with a clause (*many are skeptical that*); *according to* such a group or to unnamed accounts (*according to reports*, *to unconfirmed reports*, *to one estimate*,
*by some estimates*); a pseudo-cleft (*what critics dispute is that*, *what worries many economists is*);
a judging phrase WordNet lists (*write off her bid*, *take issue with*); a verb of judging that takes no person as its object in any sense (WordNet's frames), whose direct object is what it
judges even when that is a group (*had been predicting a hung parliament*); a base form the tagger gave the verb of a
clause after a verb whose main sense is thinking, or that states (not a plain report) and bids with no infinitive, which
is a noun or a present tense, not a demand (*consider the subsidy scheme/VB a betrayal*, *contend that the shards found at the site predate/VB
the settlement*); a judging verb in a relative clause,
which judges what its relative pronoun stands for (*a decline many vendors blame on the heat*); an *-ing* form with a
subject of its own or of its clause (*with some traders predicting*, *critics left, saying*); praise or disapproval in
the passive, as something, with no agent (*was hailed as a breakthrough*);
and impersonal hedges (`hedges`, `hedge-adverbs`, `hedge-nouns`; *it is ... that* and *it is ...,* with
any verb of saying or judging; *widely*, *often*, *long* or a vague *by* with a judgement or, on a message
or an idea, with disapproval: *the film was widely panned*; a hedge
participle after its noun: *the fort, considered the oldest*, or one with an infinitive in a relative clause set off by
commas, not *alleged*: *the captain, who is said to have ignored*; a view held by many: *the prevailing view
is that*, *the generally accepted view is that*, *conventional wisdom holds that*, *reports suggest*). When the
parser misses the verb of a vague group (*Several skippers in Tromsø reckon/NN ...*, *Some question/NN whether ...*,
*numerous pundits reckon/compound Ajax will ...*: a verb it made a noun's modifier), the words from the verb on
are read again with *They* in the group's place; so is the whole sentence when
the group follows the start of a clause (*..., though some question/NN whether ...*, *..., few doubt/NN that ...*,
*..., some observers of the tournament suspect/NN.*) or is a generic group of opinion (*Purists grumble/JJ that
...*, *Naysayers mutter/NN that ...*, *A few nurses allege/NN that ...*), unless the noun has a part only a noun
has (*some question marks remain*, *some hope/nsubj remains*); a group whose quantifier the parser hung on
that verb is judged by its words read again as the subject of *say* (*A few/nummod shareholders/compound allege/NN
that ...*, *an increasing number of GPs/compound report/NN that ...*), and a comment's verb to which the parser also
gave the subject of the clause it interrupts takes the subject next to it (*The rookie, plenty of scouts insist, is
...*). A viewpoint of a vague group (`viewpoint-nouns`:
*in the view of many*, *in the eyes of critics*, *in some teachers' opinion*), a comment joined by *or so* (*..., or
so many investors hope*) and an infinitive the parser split off its verb (*researchers have come to believe that*) are
read as the group's claim, and a verb of judging whose object an aside parts from its complement is read again
without the aside (*consider the bonds, issued last month, a bargain*). A named speaker or *according to* a
named source vouches for its own clause and all it reports, not for a vague claim in a clause of its own
(*Police said ..., but some divers suspect ...*), and a speaker set off by commas inside the sentence reports all of it
but a coordinated clause or an aside on a noun (*At that point, Detective Lowe said, officers moved in because the men
were believed to be armed*); a named speaker is the subject of a verb of saying (not in the future, a report it
has yet to make: *will announce*) or of any verb of communication that reports a clause (WordNet's verb.communication: *warned colleagues that*, *informed the delegates
that*), also under a hedge that only doubts the words were said (*Ms Novak reportedly warned colleagues that*). A vague group followed by a sentence whose named speaker
gives an example, *some* or *many* of a group named just before (or of a counted group before *of whom*), *some*,
*many* or *others* of a group of people, vague or not, that the sentence just before saw move (WordNet's verb.motion:
*By dusk, most stallholders had wheeled their carts back. Some said*; not a move it only proposed: *have suggested moving
the market*), the
authors of a study the article reported speaking in the past tense, and a claim inside a named account (*the
audit found that many clerks believe*, *in a poll*) are not flagged; nor is a group's claim tied to a roll call (*voted
against the bill but said*) or to a joint document of a known body's members, nor a group's estimate or a hedge in a
sentence that closes with *according to* a named source (but one in a coordinated clause or in an aside set off by a
comma, which the source does not vouch for). Nor is a hedge whose clause a named speaker or account set off after it
reports (*A knife believed to be the weapon was found, he said, and will be tested*), one that works present (*often
presented in tourism films as*), an estimate of a figure (*estimated to* before a verb of state, WordNet's
verb.stative, with a number: *estimated to cost $3 million*, *to be 900 years old*; not *estimated to have killed 300*,
*widely estimated*), a hedge noun in a past clause of time (*as word spread that*), or an adverb of
appearance in the writer's own aside on a list's last item or an elliptical clause (*and, apparently, a great deal
of water*; not *reportedly*, *supposedly*). People the reporter met at a scene the sentence names are not
flagged either: a phrase of place that heads the sentence, before every subject, and holds a thing or a spot (WordNet's
noun.artifact and noun.object; noun.location after a point preposition, *at*, *outside*, *near* ...) with words that
say which one (a name, a time, a possessive, another place: *On the platform at Park Street on Wednesday evening,
several riders said*) puts the reporter among them, so the place is the attribution; so does, after a point
preposition, a name whose last word is a common noun for a building or a spot before any sense as a body of people
(*At Tsuruga Station, some travelers said*; any such sense with a *where* clause: *At Makola Market, where ..., some
said*), and a spot tied to one occasion by a phrase or clause of time (*At the stadium gates after the final whistle,
many fans said*); a region, a field, a time, an idea, a body's name or a kind of place is no scene where a reporter
stands among them (*In Britain, many economists say*, *In recent years*, *In the debate*, *In the classroom, many
teachers say*, *Behind closed doors*, *At the end of the day*, *At Deutsche Bank, some analysts said*, *After the final
whistle, many pundits said*).
A group of people that plainly reports (*say*, *tell*, *report*, *testify* ...), in the clause after its verb, what they
themselves did, felt or went through gives testimony, not a claim credited to a vague source (*Several islanders said
they had waited three hours*, *many of whom say they were inspired by the region's history*): the clause's subject is
*they* or *we*, no one else is the subject of a clause in it but an infinitive or a clause of time, which dates their
experience (*waited for the doors to open*, *left before the second half began*), and it holds no modal, no attribute
noun, no verb whose main sense is thinking or saying (WordNet's verb.cognition and verb.communication) and nothing
done to them: a participle, passive or an adjective, or its negation with *un-*, only if WordNet also lists it as an
adjective, with no people as its agent (*they were shocked*; not *they were never told*, *have gone unpaid*). A plan,
a verdict, a belief or a fear about something else stays a claim (*say they will plant sorghum*, *said they had
learned of the closure*, *said they feared the plant would close*), and so do a verb that argues, claims, complains or
suggests, a pronoun before the group (*In vast numbers, researchers say, they strip the lake of algae*), roles that
speak for a body and people known by their access (*officials*, *people familiar with the talks*).
A pronoun of a group (*others*, *some*, *several*, *a few*, *not everyone*, *several of whom*) that takes up the nearest
group in view before it (its sentence and paragraph, the paragraph before, and on across a quotation or a named
member) is not flagged when the rule would not flag that group or the group is a name the article tells is one of a
kind (*Ana Ruiz, a vendor, said ... .* and then *Others said*; not after a vague group, an office, *Jane Doe, the
mayor*, or nothing identified, nor *Others, including many economists,*).
A group speaking in the past in a relative clause on an event that a phrase of time names (*after*, *before* ...)
is not flagged either: the event dates the clause, as a clause of time does (*was jailed after a hearing in which several
pensioners described*; not a span or an amount of time, WordNet's noun.time and noun.quantity: *after a decade in which
many brokers believed*, *after a quarter in which*).
A group whose clause names the public comment period it spoke in (*during* it, or a relative clause on it: *a public
comment period in which several riders criticized*) is not flagged either: the reporter attended it; a gathering is no
such occasion (*Some shareholders insisted at Thursday's annual meeting*). A verb whose main sense is a state (WordNet's
verb.stative, used so more often than in any sense of saying or thinking: *include*, *total*) lists or measures and
states a claim only with a that-clause (*Supporters included local employers*), and a clause opened by a conjunction
other than *that*, *whether* or *if* is no report, even when the parser hangs it on the verb as its object (*fans waved
flags long after the ceremony had ended*).

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
| *Some Pentagon officials say* / *A handful of Democrats argue* / *Critics of the plan say* / *Critics of Prime Minister Kishida say* / *Many Democrats in Congress believe* / *Most Formula One insiders expect* / *Some supporters' groups claim* | *Pentagon officials say* (a role) / *Critics of the plan, including Senator Lopez, say* / *Some economists, among them Lars Holmberg of ..., argue* / *citing the auditor's report* |
| *Critics argue* / *Skeptics doubt* / *Some say* / *Others worry* / *People say* / *Sources say* | *Authorities say* / *Police said* / *Witnesses told reporters* (roles) |
| *Some investors have questioned whether* / *Critics are warning* / *would argue* | *Some 300 people attended* / *Many residents lost power* (no claim) |
| *People familiar with the bid said* / *Those close to the talks say* / *Those who remember the storm say* / *A source said* | *Farmers close to the river say* (a place) / *A source at the Treasury said* / *One analyst said* (counted) |
| *Several sources involved in the negotiations said* / *according to several people involved in the planning* (taking part in what was said or planned) | *Some people involved in the crash were* (an event) / *Experts not involved in the study cautioned* (outsiders) / *officials involved in the talks said* (a bare plural) |
| *Several officials at the port authority acknowledged* / *Some in Congress believe* | *Economists at the state university said* / *Canadians at the rally said* (no quantifier) |
| *Many growers are skeptical that* / *Skeptics point to the cost as proof* | *Many parents were surprised that* / *are aware that* (a fact) / *refer to it as the Iron Lady* (a name) |
| *Several nurses blame the agency for* / *have described the route as* / *regard him as* / *called it a sham* | *Many of the residents said* / *Two analysts said* (counted, referring back) |
| *Some have likened it to* / *credit the coach with* / *accused him of* / *report seeing* / *Analysts expect a rate cut* | *Researchers compared the two groups* / *Most shoppers expect free delivery* (a demand) |
| *Detractors maintain that* / *Several climbers hold that* (any verb with a that-clause) / *Some supporters maintain it will bankrupt the club* (a finite clause without *that*, after a verb WordNet lets take one) | *Some hikers discovered that* (found out) / *what engineers call a cold joint* (a definition) / *Some residents maintain their gardens* / *hold a vigil* (an object) |
| *The plan, some critics say, is doomed.* / *..., many lawyers believe.* / *The plan, as many economists believe, ...* | *While two senators backed it, others said ...* / *The dockworkers voted ... . Many said ...* (part of a named group) |
| *Police said the pier was sound, but some divers suspect ...* / *The ministry confirmed it, which some diplomats describe as ...* / *Critics say ..., and the mayor agreed.* (a joined clause) | *The mayor said many residents fear ...* / *..., the mayor said* / *..., its chief executive, Ken Murphy, said on Tuesday* / *The mayor, who said many residents fear ...* (reported) |
| *Some experts say ..., which the mayor announced, ...* (a speaker in a relative clause) | *Many pilots criticized it. Ana Reyes, a pilot, said ...* (a named example follows) |
| *a slump that some promoters blame on* / *an outcome most analysts regard as* (the relative pronoun is what is judged) | *a decision the mayor described as* / *a crowd many vendors had prepared for* |
| *with some traders predicting* / *Some parents pulled their children out, claiming ...* (an -ing form with a subject) | *with the company predicting* / *before arguing the case* (a gerund names an act) |
| *Most agree the new terminal, first promised in 2012, is late* (read again on its own when the parser takes the clause for an object) / *Several skippers in Tromsø reckon/NN ...* / *Some question/NN whether ...* (a group read again with its verb when the parser missed it) / *Many doubt it* | *Many fans support the club's new owner* / *Most of the 12 members backed it, though several said ...* (more of a known group) |
| *Critics, who have fought the dam for years, argue* (an aside names no one) | *Critics, who include the mayor, argue* / *Residents who attended the meeting said* |
| *The plan has drawn critics, many of whom say* / *its skeptics, several of whom doubt* | *more than 140 speakers, many of whom said* (a counted or known group) / *Republicans in the Senate blocked it. Some Republicans now say* (more of a group just named) |
| *Researchers say* / *Independent researchers said* / *Some researchers said* (a field's view, unnamed people) | *A study followed 4,000 nurses. ... Researchers said ...* (a reported study's authors, in the past) / *a trial that researchers say should ...* (their own study) |
| *Several said ...* / *Many workers fear ...* (no crowd counted before) | *More than 200 people packed the gym, and many said ...* / *About 60 farmers attended.* (paragraph) *Several said ...* (a crowd just counted) |
| *A person familiar with the talks said* / *Some economists, who declined to be named, say* | *A person familiar with the talks, who spoke on condition of anonymity because ..., said* (anonymity explained) |
| *Some residents told reporters that* / *told the newspaper* | *Several residents told the council that* / *telling members that* (testimony at a hearing) |
| *Some economists have challenged the official figures* (a message or an idea) | *Some ranchers have challenged the expropriation process* (an act contested) / *Touts argue, passengers bargain and ...* (a list of events) |
| *Some farmers near Mombasa suspect* / *The majority of economists expect* / *Some rights groups say* | *The majority of the residents said* / *Several groups attended the rally* |
| *A number of GPs say* / *An increasing number of CEOs expect* (a plural acronym WordNet files with people, which the tagger may take for a name) | *A number of GPs in Leeds closed their surgeries* (an act) / *A number of ATMs ran out of cash* (things) |
| *A chorus of critics has accused the regatta of pricing out local crews* (a charge the parser hung on the object) | *Many visitors described the feeling of standing on the summit* (the noun's own, after a verb that may report) |
| *Observers in Honiara say* / *A handful of winemakers in the Barossa Valley fear* (a place only locates) / *Teachers' unions have long argued* (a kind) | *Scientists from the agency's climate center said* / *The teachers' unions said* |
| *In a recent study, researchers reported* / *In interviews with the Guardian, several former employees alleged* | *In a study published in Nature, researchers reported* / *citing a study by the state university* (a named account) |
| *Shares fell as some analysts warned* / *Since the ruling, some lawyers have argued* | *Yields rose after several Fed officials signaled* / *when some officials hinted* (a past clause of time dates an event) |
| *Shares recovered after a decade in which many brokers believed ...* / *..., a verdict that several pensioners said was too lenient* (a span of time; a thing judged) | *The caretaker was jailed after a hearing in which several pensioners described ...* / *after a debate at which some councillors argued ...* (an event a phrase of time names dates the clause) |
| *Industry analysts expect* / *Some analysts at Morgan Stanley said* (unnamed members) | *Agency planners estimate* after the article named the agency / *levels policymakers consider healthy* (a body's staff, a role) |
| *Several engineers blamed the contractor for the cracks* / *Some homeowners sued, arguing* | *demanded that the hospital hire* (a demand) / *negotiated higher wages for its members* / *refer to it as the "dairy cliff"* / *comparing the readings with* / *documented for decades* / *Thousands of borrowers sued, arguing* (a counted crowd's act) / *used the site to study how* |
| *according to some observers* / *according to reports* / *according to residents* / *Some reports say* / *By most accounts* | *..., according to a Reuters poll* / *..., according to data from CME Group, after two cuts* (named source) / *according to witnesses* (a role) / *according to residents of the block* / *..., as [gauges](https://...) showed* (a link) / *Expense reports filed with the state show ..., most of it on mailers* (an amount after the accounts) |
| | *The audit found that many clerks believe* / *In a survey by the county, most farmers said* (a named account) |
| *It is believed that* / *it is generally agreed that* / *It was once held that* / *..., it is feared, ...* | *It should be noted that* / *It must be said that* (the writer's aside) |
| *is said to* / *is widely expected to* / *is considered the weakest* / *is seen as* / *is widely regarded as beautiful* (the parser's adverb *as* before an adjective) / *has been widely criticized* / *is often described as* / *was criticized by some as* / *is expected by many to* / *is looked upon as* / *is often called reckless* | *is known as the Iron Lady* / *will be considered by the council* / *It is expected to rain* (name, agent, schedule) / *often called payday loans* (a term) |
| *The chapel, considered the oldest, ...* / *a man believed to be the driver* / *Believed to be the oldest tree, the oak ...* | *Known as the Iron Lady, the bridge ...* / *Expected to open in May, ...* / *Any boat considered unsafe* / *those thought to be at risk* (a definition) / *It is not known how many* (a question) |
| *was hailed as a breakthrough* / *has been derided as a gimmick* / *was branded a traitor* (praise or blame, no agent) | *was praised for its courage* (a reason) / *was hailed as a hero by the crowd* / *the case was dismissed as moot* |
| *reportedly* / *supposedly* / *apparently* / *By all accounts* / *Ms Sato reportedly phoned the chairman* (an act) | *The minister reportedly told aides ...* / *Ms Sato reportedly warned shareholders that ...* (the speaker is named) / *By all means* |
| *There are fears that* / *Word is that* / *There is talk of* / *There are those who say* / *Concerns have been raised* / *Worries are mounting over* / *Word has spread that* / *A consensus is emerging that* | *There is no evidence that* / *fears among aid workers that* / *the consensus of the panel is that* (holder named) / *The report found that* (the verb takes the clause) |
| *There is a sense among investors that* / *There are worries among wheat growers that* (a kind, present) / *There is talk of a rebel caucus* (talk's *of* is its topic) | *There is a sense among the investors who met the board that* / *There was a sense among brokers that* (past: an event) / *There is a view among police that* (a role) / *There is a tradition among fishermen of* (a custom) |
| *There are growing fears that* / *There is a belief in the town that the mine poisoned the well* (a content clause the parser misread) | *There are growing numbers of tourists* / *There is a well in the village that the mine poisoned* (a relative clause) |
| *The prevailing view is that* / *There is a widely held view that* (a hedge participle with an adverb of consensus) / *Conventional wisdom holds that* / *Reports suggest* / *The thinking in the industry is that* / *The thinking in Whitehall is that* (a place's name, which WordNet files with places) / *The general feeling is that* | *The common aim is that* / *The report suggests* / *Her fear is that* (someone's own) / *The good news is that* |
| *The app, which purportedly detects fakes, has sold 9,000 units, according to its maker.* (an aside) / *..., but it is widely expected to be challenged, according to the minutes.* | *items bought under terms that today would be considered theft, according to the catalogue.* (a closing named source holds a hedge in any clause but a coordinated one or an aside) |
| *The trawler sank on Tuesday, and its crew are believed to be safe, according to the coast guard.* (a coordinated clause with a subject of its own) | *Two smugglers were sentenced in absentia and are thought to be hiding in Albania, according to the court.* (a verb sharing the subject of the one before is in the same clause) |
| *..., below the $4.3 billion analysts had forecast, according to some estimates.* / *..., but some analysts doubt it will last, according to Reuters.* (a clause of its own) | *..., below the 96 cents analysts had expected, according to a survey by FactSet.* (a closing named source credits a group's estimate in any clause but a coordinated one) |
| *The airline will announce 2,000 job cuts on Monday, according to people familiar with the matter* (a report its speaker has yet to make) | *The airline announced 2,000 job cuts on Monday, according to people familiar with the matter* / *The airline will announce job cuts on Monday, a spokeswoman said* (a report made) |
| *According to reports, the agency ignored the warnings* / *according to figures circulating online* | *According to figures the FAA provided to the committee, ...* / *according to data the county collected* (a relative clause names who made the account) |
| *A hacker said to be working for a foreign state was charged* / *The hoard, thought to be worth 2 million pounds, was found* (the later verb has no subject of its own: the participle describes its noun) | *The climber claimed to be a guide and was arrested* (a verb joined by *and* shares the subject) / *thought by the museum's curator to date from* (named) |
| *The bridge, said to be unsafe, was closed.* / *The suspect is known to carry a knife* / *has been said to be haunted* | *One customer, a small cooperative, agreed to discuss its experience.* (a verb after an aside's closing comma) / *has been known to deliver seed on request* (the idiom: at times) |
| *Several players blamed the coach for the defeat* / *Critics called the plan a giveaway* | *Most companies having reported results for the latest quarter* / *announced dividends for the first half* (a period) / *Workers leave the mine about 170 kilometers west of* (a measure) |
| *Several senators have said they would not accept* / *Many voters said in interviews* / *Several global brands said in a joint statement* | *Most Democrats on the panel voted against the bill but said* / *Several board members voted no, saying* (a roll call) / *Several Democrats on the committee said in a joint letter* (a known body's signed document) |
| *More than 30 roads were closed. Many said ...* (no one counted acted) | *More than 30 school districts canceled classes. Several said ...* (a counted plural that acted, bodies as well as people) |
| *It had been rumored since the summer that* / *It was feared for weeks that* (a that-clause after a phrase of time) | *It was agreed at the summit that* (where it was said) |
| *is widely credited with saving the port* / *widely credited with the drop in crime* (credit for an act) | *a variety long associated with the city* / *long identified with the leather trade* (a verb that relates two things) |
| *Some historians doubt whether* / *Many fans wonder whether* / *Critics see the plan as a giveaway* | *Scientists have long debated how quickly* / *Engineers are investigating why* / *have long studied the sediments as a record of* (inquiry: a question looked into, the part studied) |
| *Most economists expect a recession* / *Some analysts in the city predict* | *Most economists in a Wall Street Journal survey expect* (the group of a poll, as *in a Gallup poll, most voters said*) |
| *Growers' groups have lobbied ... . Many growers say* (a kind's groups) / *The dockers' union ... . Several economists said* | *The dockers' union rejected the offer. Several dockers said* (people a definite body just named belongs to) |
| *The flood reached 30 homes, many believe, because ...* (a comment with its own verb) | *The exhibition includes 140 works, many never shown publicly* / *70 culverts, most found to be blocked* (an amount of the things just named) |
| *Many growers lost half their vines to frost. Some say ...* / *Several forecasters revised their outlook. Others said ...* / *Several aldermen have suggested moving the market. Others say ...* (a group that did something other than move, or claimed) | *By dusk, most stallholders had wheeled their carts back to the depot. Some said ...* / *Several hikers scrambled down the ridge. Others said ...* (some of a group the sentence before saw move) |
| *Many fishermen say the cod will never come back* | *Older residents recall that the river froze in 1963* (a memory, as *remember*) |
| *Many couriers say they have not been paid* / *say they have gone unpaid* / *Some staff claim they were told to delete emails* / *Many growers say they will switch to barley* / *Several workers said they feared the plant would close* (done to them, a plan, a fear about something else) | *Several islanders said they had waited three hours* / *Others said they worried about parking* / *many of whom say they were inspired by* (testimony of their own experience) |
| *Three climbers were reported to have been hurt* / *The barge, thought to be the oldest, sank* / *A man believed to be the driver* | *Nobody was reported to have been hurt* (a report of nothing) / *Landlords found to have ignored the notice will be fined* (a bare plural the participle defines) / *a contract that members viewed as fair* (a relative clause) |
| | *the lies people tell when they are afraid* (the verb's own relative clause) / *The state university and more than 20 colleges closed campuses, and several said* (a counted subject among coordinated ones) |
| *according to those close to her* (close to a person, as *to the president*) | *Residents who live close to it* (a place) |
| *according to economists and lenders* / *according to experts and managers told of the plan* | *according to farm economists and lenders interviewed this week* / *according to analysts polled by Reuters* (the passive participle of a verb that asks people: a verb of communication or cognition with a person as its object, or one whose main sense takes a person that WordNet files with no verb of speech, thought, motion, change, creation or state, *poll*) |
| *Some councillors have signalled that* (unnamed members) | *Opposition councillors have signalled that* / *Rescue crews believe* (roles, as *lawmakers*, *firefighters*) |
| *In Britain, many economists say* / *Across the region, many farmers fear* / *In the classroom, many teachers say* / *Police seized the boat at a jetty in Kirkwall, and some fishermen suspect* (a region, a kind of place, a place in another clause) | *Outside a primary school in St. Michael, several parents said* / *At Stockholm City station on Tuesday evening, many passengers said* / *At the checkpoint outside Jenin, some drivers said* (a scene the sentence names) |
| *Several officials at the port authority acknowledged* / *Some economists at big banks expect* | *Several ranchers at the meeting said* / *Many parents at Tuesday's hearing said* (the people at an event the story reports: a definite act in *-ing* or a dated one) |
| *The pier was rebuilt in 1998.* (paragraph) *Others say it should go* / *Some climbers say ... . Others believe* / *"We were not warned," said Nia Okafor.* (paragraph) *Others said ...* (no group the reader can tell apart just before: a named person alone, or a vague group) | *Porters at the Western General said ... . Others said ...* / *Shoppers leaving the arcade were unimpressed.* (paragraph) *"...," said Tomasz Wrona.* (paragraph) *Others said ...* (more of an identified group that is the subject of the sentence just before, outside quotes, or of the paragraph before a quotation) |
| *Police detained a man known to be a gang leader* / *The bell, known to be the oldest, ...* | *16 enzymes known to break down plastic* (things a known property picks out: "known" right after their noun) |
| *Several analysts expect the rand to weaken* / *Some historians attribute the fire to a careless baker* | *Several surveyors measured the field to mark out the boundary* / *Many cadets studied old charts to plot the route* (a purpose: after a verb that takes no clause, or with an object of its own) |
| | *The director reportedly warned actors on set that the shoot would run late* / *... warned his crew at half-time that anyone who ... would be punished* (a named speaker's clause the parser hung inside a phrase after the verb) |
| *Some call it the most ambitious project of its kind in Europe* (a name in a phrase after a common noun only places the judgement) | *Sailors call the headland the Cape of Storms* (a name heads the complement) |
| *For years many scholars had assumed the psalter was a forgery; the library's catalogue still describes it as one* (a report never reaches back across a semicolon) | *The ferry was cancelled; the operator said the swell was too high* |
| *The Timber Wolves lost again. Some say the coach has lost the squad* / *The Solomon Islands won, and some would call it lucky* (a capitalized plural WordNet knows first as a thing or a place: a team, an archipelago) | *The dockers walked out. Some said ...* / *The Republicans blocked the bill. Some said ...* (people) |
| *Plenty of midwives at the Royal Infirmary reckon* / *A number of nurses at St Thomas' Hospital say* (an amount of a body's unnamed members) | *A number of nurses at St Thomas' Hospital, including Dev Sharma, say* (a member named inside the place) / *Midwives at the Royal Infirmary said* |
| *A few shareholders allege/NN that* / *Many staff at the hospital claim/NN they* / *An increasing number of GPs report/NN that* (a group whose quantifier the parser hung on the verb it misread) / *The rookie, plenty of scouts insist, is ...* | *A few shareholder claims were rejected* / *Some question marks remain* / *A number of insurance claims remain unpaid* |
| *Some agronomists are warning growers to check their orchards* (a warning to act claims a danger) / *The bridge, as many engineers warned, is too narrow* | *Many employers allowed staff to go home* / *Rather than close the shop, as several neighbours urged, ...* (leave or a bidding: a verb whose main sense takes no that-clause and that is no verb of thinking) |
| *The vote was rigged, critics have sought to argue* / *The plan is doomed, many analysts believe* (a clause before a verb of saying) | *There is no Sunday service, a gap transit advocates have pushed to close for years* (a verb of effort whose infinitive takes no clause names a goal: the clause before it is no report) |
| *Concerns have been raised about the bridge* | *Similar worries have been raised about ...* (like ones the text named) |
| *At the end of the day, several economists say* / *At the height of the boom in 2006, many brokers believed* (a figure of time) | *At a tasting on Thursday evening, several guests said* / *At Monday's open rehearsal, some listeners said* (an event the reporter attended, dated or definite, heading the sentence) |
| *At Barclays Bank, several strategists said* / *At Leeds University, some sociologists argue* / *After the final whistle, several pundits said* (a body's name, a time without a place) | *At Waverley Station on Friday night, several rugby fans said* / *At Kejetia Market, where a fire gutted hundreds of stalls, many traders said* / *Beside the burst water main on Carlton Road, some shopkeepers said* / *At the turnstiles after the match was abandoned, many supporters said* (a site's name, a spot on one occasion) |
| *Some lobbyists predicted that the bill would stall during the comment period* / *Several members insisted at the annual meeting* (the period in the claim; a gathering) | *Several beekeepers objected during the public comment period, saying* / *a comment period in which some ferry users said* (a time set aside for the public to speak, in the group's clause) |
| *Ms Haugen reportedly believes that the pipeline will be finished* (a hedged belief) | *Mr Duarte reportedly assured the trade mission that/mark the quotas would be lifted/relcl* (a named speaker's clause the parser hung on the person told) |
| *"The plan will fail," some analysts observed, according to several traders* (a vague speaker) / *The judge observed that the delay was unacceptable, according to lawyers in court* (no quotation) | *"A citizen has vanished," the judge observed during the hearing, according to lawyers present in the courtroom* / *"We will appeal," Ms Bello fumed, according to several journalists* (a named speaker's quotation, whatever the verb that introduces it: the vague source vouches only that the words were said) |
| *The plan is sound, the mayor said, and some analysts predicted it would pass* (a coordinated clause after the speaker) | *At that point, Detective Lowe said, officers moved in because the men were believed to be armed* (a speaker set off inside the sentence reports all of it) |
| *According to reports, ...* | *according to logs the station has kept since 2001* (a perfect relative clause names who made them) / *more than a dozen objectors, many of whom raised concerns* (a crowd counted by "a dozen") |
| *..., though some question whether* / *..., few doubt that* / *..., some observers of the tournament suspect.* / *Purists grumble that* (a verb the parser misread after the start of a clause or after a generic group, read again with *they*) | *..., though some question marks remain* / *..., though some hope remains* (a noun with a noun's part) / *Purists grumble and the band plays on* (no claim) |
| *Some curators consider the vase, bought at auction in 1961, a fake* (read again without the aside, which the parser hung the complement on) | *The regional council considers the bypass, opened in June, a success* / *Many drivers used the bypass, opened in June, every day* |
| *in the view of many* / *in the eyes of critics* / *In some teachers' opinion* (a vague group's viewpoint) | *In the view of the tribunal* / *In the opinion of Dr Sara Nkosi* / *In the interest of many commuters* / *In view of the storm* |
| *..., or so many investors hope* / *Many teachers have come to believe that* | *..., or so the governor says* / *a week or so* / *have come to the capital to march* |
| *Several economists who study housing warn* / *Many parents whose children attend the school say* / *Most analysts following the company expect* / *according to several fans who follow the team closely* (a vague amount of a kind: a present clause, nothing named, no date) | *Residents who attended the meeting said* / *Some economists who work at the Bundesbank say* / *Many shoppers leaving the mall said* / *Some parents attending Tuesday's meeting said* (an event, a name, a date, people met in the past) |
| *Some teachers, frustrated by years of cuts, say* / *Many farmers, already hit by drought, fear* (a participle aside names no one) | *Some shoppers, interviewed by reporters, said* / *Some workers, talking to reporters after the vote, said* / *Some economists, led by Ana Ruiz, argue* (acted on by people, speaking, or named) |
| *The verdict, it is widely believed, will be overturned* (an aside the parser hung on the noun) / *is seen as the frontrunner to succeed the chairman* (an infinitive after the complement) / *consider the 1804 silver dollar the rarest coin ever minted* (a complement the parser made an apposition) | *The minister, it seems, has changed her mind* / *was chosen as the official to oversee the audit* / *call the lake the Big Pond* (a name) |
| *A chorus of critics has condemned the decision* / *Some fans have denounced the club's plan* (a decision or an idea condemned) | *Several world leaders condemned the attack* / *denounced the raid* (a violent act) / *The building was condemned as unsafe* (an inspector's act) |
| *What went wrong, several fans argue, was ...* / *If nothing changes, some residents warn, the river will flood* (a comment after words of its clause the parser hung on it) | *Some fans sang, others waved flags and ...* (a list whose first subject opens the sentence) / *In the long run, Ms Ortiz believes, ...* (named) |
| *Conventional wisdom holds the governor cannot win* (a clause without *that*, or one whose *that* the parser made a determiner) | *The court holds that* (a body) / *Tradition holds the parade on Sunday* (an object) |
| *Critics argue that the panel included too few women* / *Some analysts think the figures include one-off gains* | *Supporters included local employers* / *Former pupils include several leading violinists* (a state: members listed) / *fans waved flags long after the ceremony had ended* (a clause of time) |
| *Several bankers have hinted that many clients regard the fund as too risky* (one finding: the vague source, not the content it reports) / *Some agents say the market has turned, and several buyers regard prices as too high* (a coordinated claim of its own) | *The minister said that many farmers see the drought as a passing phase* (a named source's content) |
| *Some residents say the junction causes jams whenever lorries turn* (a clause the parser took for an object) | *Some theatres announced matinee discounts, a scheme in which pensioners pay half when shows start before noon* (an act on a plain object, whose apposition says what the thing is) |
| *Pundits had been predicting a hung parliament* / *Opponents predicted a low turnout* (a verb of judging that takes no person as its object judges a group it forecasts) | *Several guards questioned the visitors* / *Some teachers warned the class* (people acted on) |
| *Many farmers consider the subsidy scheme/VB a betrayal* / *Critics contend that the trees planted along the bypass hide/VB the damage* (a base form after a verb of thinking or stating is a noun or a present tense) | *Some doctors recommend that the patient rest* / *Several shareholders insisted that the chairman step down* (a demand: no statement, judged as before) |
| *The captain, who is said to have ignored two warnings, ...* / *The coach, who is rumoured to be leaving, ...* (a hedge with an infinitive in a relative clause set off by commas) | *Boats that are considered unsafe* / *The terminal, which is expected to open in May,* / *utility stocks, which are often seen as safer bets,* / *who is alleged to have directed the plot* (a definition, a schedule, a judgement as something, a charge) |
| *Detractors have long dismissed his later work as/advmod repetitive/amod* (*as* and an adjective the parser hung on the object) | *kept the hall as tidy as they could* (a comparison) |
| *Pharmacists across Bavaria are warning that* / *Growers throughout the valley worry that* (a bare plural spread over a region stays a kind) | *Pharmacists at the Royal Infirmary are warning that* / *Farmers across the Midwest said on Monday* (a body; the past) |

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
        Option(
            "viewpoint-nouns",
            ("view", "opinion", "eyes", "judgment", "judgement", "estimation", "mind", "minds", "reckoning"),
            "Nouns of a viewpoint whose holder follows *of* or precedes as a possessive: \"in the view of many\", "
            "\"in the eyes of critics\", \"in many economists' opinion\" (WordNet files them with other nouns of "
            "cognition that make no viewpoint: \"in the interest of\", \"in the tradition of\").",
        ),
    ),
)


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    options = ("verbs", "vague-sources", "group-sources", "hedges", "hedge-adverbs", "hedge-nouns", "viewpoint-nouns")
    lexicon = Lexicon.of(*(tuple(ctx.option(name)) for name in options))
    reread = functools.partial(reparsed, ctx=ctx)
    blocks = parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION))
    for k, pb in enumerate(blocks):
        sdoc, block_before = pb.tokens, blocks[k - 1].tokens if k else None  # (news paragraphs are short: the sentence
        # before is often the block's before)
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
                misread = misread or _misread_in_clause(sent, lexicon, reread)
                hits = [misread] if misread is not None else []
            if hits:
                hits = _outermost(hits)
                claimed = {i for hit in hits for i in _content(hit[1])}
                sources = _named_sources(sent, lexicon, claimed, {hit[1].i for hit in hits})
                hits = [
                    hit for hit in hits
                    if not any(_covers(source, hit[1]) for source in sources)
                    and not _closing_account(sent, lexicon, hit[1])
                ]
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
                if group and _authors_of_reported_study(doc, pb, first, last):
                    continue  # "Researchers compared ..." after the article has reported a study
                if group and following is not None and following.start > last.i and _names_member(following, lexicon):
                    continue  # "Many mayors have criticized the plan. Ann Ruiz of Dayton called it ..."
                if group and _part_of_counted(first, _words_before(first, sents, n, block_before)):
                    continue  # "About 60 farmers attended. Several said ..."
                if group and _takes_up_group(doc, first, last, pb, n, blocks[max(k - 3, 0) : k], lexicon):
                    continue  # "Ana Ruiz, a vendor, said ... ." ... "Others said ...": more of the group in view
                if group and _explains_anonymity(sent, first, last):
                    continue  # "A person familiar with the talks, who spoke on condition of anonymity ..., said"
                found = finding(doc, pb, first, last, f"Unattributed claim: {message}; name the source")
                if found:
                    sources_flagged.add(first.i)
                    yield found


def _words_before(first: Token, sents: list[Span], n: int, block_before: Doc | None) -> list[Token]:
    """The words of sentence ``n`` before ``first`` and of the sentence before it (the last of ``block_before``
    for a block's first sentence)."""
    sent = sents[n]
    before = sents[n - 1] if n else block_before.sents[-1] if block_before is not None else ()
    return [*before, *sent[: first.i - sent.start]]


def _hits(
    candidates: list[Token], lex: Lexicon, group: bool, reread: Callable[[str], Doc]
) -> Iterator[tuple[Token, Token, str, bool]]:
    """First and last token of each vague attribution that starts at one of ``candidates``, its message, and
    whether it credits a vague group (sought only when the sentence may name one: ``group``)."""
    for tok in candidates:
        lower, tag = tok.lower_, tok.tag_
        if lower == "according":
            source = _according_to(tok)
            if source is None or _sampled_by_reporter(source):
                continue  # "according to economists polled by Reuters": the reporter's method identifies them
            if _is_vague_source(source, lex) or _bare_people(source, lex):
                last = source.right_edge
                message = f'"{span_text(tok, last)}" credits the claim to no named source'
                yield tok, last, message, _is_vague(source, lex)
        elif lower == "by":
            accounts = _by_accounts(tok, lex)
            if accounts is not None:
                last = accounts.right_edge
                yield tok, last, f'"{span_text(tok, last)}" credits the claim to no named source', False
        elif lower in lex.nouns and tag in NOUN_TAGS or _prevalence(tok, lex) and _held_view(tok, lex):
            hedge = _noun_hedge(tok if lower in lex.nouns else tok.head, lex)
            if hedge is not None:
                yield (*hedge, f'"{span_text(*hedge)}" hides who makes the claim', False)
        elif lower in lex.viewpoints and tag in NOUN_TAGS:
            held = _viewpoint(tok)
            if held is not None and (_is_vague_source(held[1], lex) or _bare_people(held[1], lex)):
                first, last = held[0], max(_before_comma(held[1]), tok, key=lambda t: t.i)
                message = f'"{span_text(first, last)}" credits the claim to no named source'
                yield first, last, message, _is_vague(held[1], lex)  # "in the view of many", "in some fans' eyes"
        elif lower in lex.adverbs:
            if _hedge_adverb(tok, lex):
                yield tok, tok, f'"{tok.text}" hides who makes the claim', False
        elif tag in VERB_TAGS and (group or tag in ("VBN", "VBD")):
            yield from _verb_hits(tok, lex, group, reread)


def _prevalence(word: Token, lex: Lexicon) -> bool:
    """A word that says a view is held by many: "prevailing", "conventional", "widely held"."""
    return word.lower_ in PREVALENT or _shared_by_many(word, lex)


def _outermost(hits: list[tuple[Token, Token, str, bool]]) -> list[tuple[Token, Token, str, bool]]:
    """The hits that no other hit reports: a claim in the clause a vague source reports after its verb is that source's
    content, not a claim of its own ("Some bankers have hinted that many clients regard the fund as risky": the
    bankers are the source to name); a clause joined by a conjunction or set off by a semicolon, which the parser may
    hang inside the report, stays a claim ("..., though some parents see it as a burden")."""
    verbs = {hit[1].i for hit in hits}
    return [hit for hit in hits if not _reported_by(hit[1], verbs)]


def _reported_by(claim: Token, verbs: set[int]) -> bool:
    """Whether the clause of ``claim`` is, through complements alone, the clause a verb in ``verbs`` before it
    reports."""
    verb = claim
    while verb.dep_ in ("ccomp", "xcomp") and verb.head.i < claim.i:
        verb = verb.head
        if verb.i in verbs:
            return True
    return False


def _before_comma(noun: Token) -> Token:
    """The last word of ``noun``'s phrase before a comma in it (the parser may hang the rest of the clause on it:
    "in the view of many drivers, a waste of money")."""
    comma = next((t for t in noun.doc[noun.i : noun.right_edge.i + 1] if t.text == ","), None)
    return noun.right_edge if comma is None else noun.doc[comma.i - 1]


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
    if subj is not None and _may_be_vague(subj, lex) and not _traceable(verb, subj) and (
        _states_claim(verb, lex) or _is_vague_source(subj, lex) and (
            _misread_clause(verb, lex, reread) or _judged_past_aside(verb, lex, reread)
        )
    ):
        if _is_vague_source(subj, lex) or _generic_holders(subj, verb, lex):  # "some experts say", "investors fear"
            first, last = subj.left_edge, _attitude(verb) or verb  # "many voters are skeptical"
            if subj.i > verb.i:  # who feels it, after the verb: "what worries many economists"
                first, last = verb.left_edge, subj.right_edge
            yield first, last, f'"{span_text(first, last)}" credits the claim to no named source', True
        elif subj.lower_ == "who" and (there := _those_who(subj)) is not None:
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
        if _in_poll(group):
            continue  # the poll holds their view ("most hoteliers in a Tourism Fiji survey/NN expect ...")
        for verb in window:
            if verb.lower_ in lex.claims and verb.tag_ not in PROPER_TAGS and not _determined(verb):
                # (not a word of a name, "Dar es Salaam", nor a noun with an article or a possessive of its own, which
                # places the group: "participants in the Harvard study/NN slept")
                subj = _subject(verb) if verb.tag_ in VERB_TAGS else None
                if subj is not None and subj.i <= group.i and verb.dep_ != "compound":
                    break  # the parser read the verb with the group or before it: its verdict stands ("the President
                    # and other leaders reaffirmed"), unless it made the verb a noun's modifier ("numerous pundits
                    # reckon/compound Ajax will ...")
                return _read_as_verb(group.left_edge, verb, sent, lex, reread)
            if verb.tag_ not in NOUN_PHRASE_TAGS or verb.tag_ == "IN" and verb.lower_ not in PLACING_PREPS:
                break  # only words that place the group ("in Ohio's 9th District"), not who it is ("like Ana Ortiz")
    return None


def _determined(word: Token) -> bool:
    """A word with an article or a possessive of its own, which only a noun takes: "the Harvard study"."""
    return any(c.dep_ in ("det", "poss") and c.i < word.i for c in word.children)


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


def _misread_in_clause(
    sent: Span, lex: Lexicon, reread: Callable[[str], Doc]
) -> tuple[Token, Token, str, bool] | None:
    """A vague group after the start of a clause, or a generic group, whose verb of saying or thinking the parser took
    for a noun or an adjective ("..., though some question/NN whether ...", "The rookie, plenty of scouts insist/NN, is
    ...", "..., some observers of the tournament suspect/NN.", "Purists grumble/JJ that ..."): the sentence read again
    with "they" in the group's place makes the word a finite verb with that subject, which states a claim (a clause, or
    a comment on the clause it interrupts or closes). Asked only of a sentence with no hit."""
    for verb in sent[1:]:
        if verb.lower_ not in lex.claims or verb.lower_ in lex.not_claiming or not _verb_without_subject(verb):
            continue
        group = _group_before(verb, sent, lex, reread)
        if group is None:
            continue
        first = group[0]
        start = first.idx - sent[0].idx
        text = sent.text[:start] + ("They " if first.i == sent.start else "they ") + sent.text[verb.idx - sent[0].idx :]
        reading = reread(text)
        again = next((t for t in reading if t.idx == start + len("they ")), None)
        if again is None or again.tag_ not in ("VBP", "VBD") or not _states_claim(again, lex):
            continue
        they = next((c for c in again.children if c.dep_ == "nsubj" and c.idx == start), None)
        if they is None or _named_sources(sent, lex) or _traceable(again, they):
            continue
        return first, verb, f'"{span_text(first, verb)}" credits the claim to no named source', True
    return None


def _takes_article(word: Token) -> bool:
    """An amount that keeps an article before it and stays indefinite: "(a) handful of", "(the) majority of", and
    "(a) few", the one quantifier that takes "a" (the article there makes no phrase of the group: "at some point")."""
    return word.lower_ in AMOUNTS or word.lower_ == "few" and word.nbor(-1).lower_ == "a"


def _traceable(verb: Token, subj: Token) -> bool:
    """What keeps a vague group's verb of saying from hiding its source, asked of the verb the parser read
    (``_verb_hits``) and of one read again (``_misread_in_clause``): the reason a counted crowd gave for its act
    ("Thousands of borrowers sued, arguing that ..."), testimony at a hearing ("residents told the council that ..."),
    people the reporter met at a scene ("Outside the depot on Friday, several drivers said ...") or heard at an
    occasion for speaking ("several students argued during the public comment period"), a clause of time that dates
    an event ("after several Fed officials signaled ..."), a cited account ("citing a 2019 study by ...") or an act
    on record ("voted no, saying ..."). A verb read again is finite, so the crowd's "-ing" form never applies there.
    (Cheapest first: whether it cites an account reads the whole clause.)"""
    return (
        _crowd_act(verb, subj) or _testimony(verb) or _met_at_scene(verb, subj) or _spoke_at_occasion(verb)
        or _speaks_of_itself(verb, subj) or _dates_event(verb) or _within_dating_event(verb) or _on_record(verb, subj) or _cites_account(verb)
    )


def _verb_without_subject(word: Token) -> bool:
    """A word the parser took for a common noun, or for the adjective at a sentence's root ("Purists grumble/JJ that");
    not a verb the parser left without a subject, whose subject it may have found elsewhere."""
    if word.tag_ == "JJ":
        return word.dep_ == "ROOT"
    return word.tag_ in NOUN_TAGS and word.tag_ not in PROPER_TAGS and not _noun_of_its_own(word)


def _noun_of_its_own(noun: Token) -> bool:
    """A noun the parser read with a part that only a noun has: the modifier of a common noun ("some question marks
    remain", "a few claim forms"), the subject of a verb after it ("some hope remains") or the object right after its
    preposition ("people of color")."""
    if noun.i > 0 and noun.nbor(-1).tag_ == "IN" and noun.head.i == noun.i - 1:
        return True
    if noun.dep_ == "compound":
        return noun.head.tag_ in ("NN", "NNS")
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i


def _group_before(verb: Token, sent: Span, lex: Lexicon, reread: Callable[[str], Doc]) -> list[Token] | None:
    """The words of a vague group just before ``verb``, back to the start of its clause (a comma, a conjunction or the
    sentence's start): a quantifier or an amount and the words of a noun phrase that place the group ("several",
    "many farmers along the valley", "a handful of traders"), or a generic group ("naysayers"), whose head is vague
    (``_is_vague``)."""
    words: list[Token] = []
    for word in reversed(sent[: verb.i - sent.start]):
        if word.lower_ not in QUANTIFIERS and (
            word.tag_ not in NOUN_PHRASE_TAGS or word.tag_ == "IN" and word.lower_ not in PLACING_PREPS
        ):
            break  # (a quantifier may be tagged as an adverb: "most/RBS doubt")
        words.insert(0, word)
    while words and words[0].lower_ not in QUANTIFIERS and words[0].lower_ not in AMOUNTS and not (
        words[0].lower_ in lex.vague and words[0].tag_ in PLURAL_TAGS
    ):
        words.pop(0)  # (from the first quantifier or amount, or a generic group: "(though) some", "(,) a handful of",
        # "Naysayers")
    if not words or verb.nbor(-1).tag_ in ADJECTIVE_TAGS and verb.nbor(-1).lower_ not in QUANTIFIERS:
        return None  # (an adjective makes the word a noun: "in its most recent report"; not "many/JJ doubt")
    before = sent.doc[words[0].i - 1] if words[0].i > sent.start else None
    if before is not None and before.tag_ == "DT" and _takes_article(words[0]):
        words.insert(0, before)  # "a handful of", "the majority of", "a few"
    elif before is not None and (before.dep_ in ("prep", "agent") or before.tag_ in ("DT", "PRP$", "POS")):
        return None  # the group of a phrase, not a subject: "at some point", "its most recent report"
    prep = next((t for t in words if t.tag_ == "IN"), None)
    nouns = [t for t in words if prep is None or t.i < prep.i]  # (the group's own words, before a place or "of")
    vague = nouns[-1] if nouns[-1].tag_ in NOUN_TAGS else nouns[0]
    if _in_poll(vague):
        return None  # the poll holds their view: "most hoteliers in a Tourism Fiji survey expect/NN"
    return words if _is_vague(vague, lex) or _vague_read_alone(words, lex, reread) else None


def _vague_read_alone(words: list[Token], lex: Lexicon, reread: Callable[[str], Doc]) -> bool:
    """A group whose words the parser hung on the verb it misread, so that its noun lost its quantifier or amount ("A
    few/nummod shareholders/compound allege/NN that", "plenty of scouts/compound insist/NN", "a number of GPs/compound
    report/NN"): vague when its words, read again as the subject of "say", make a vague subject, and its quantifier
    takes up no group named just before ("Two nurses quit. Several colleagues ..." stays with the nurses). Asked only of
    words that hold a noun for people and no determiner of a known group after "of" ("many of the", "some of our")."""
    if not any(t.tag_ in NOUN_TAGS and _is_people(t, lex) for t in words) or any(
        t.lower_ == "of" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ in DEFINITE for t in words
    ):
        return False
    quantifier = next((t for t in words if t.lower_ in QUANTIFIERS), None)
    if quantifier is not None and _continues_group(quantifier, lex):
        return False
    reading = reread(span_text(words[0], words[-1]) + " say so.")
    root = next(iter(reading.sents)).root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lower_ == "say" and subj is not None and _is_vague(subj, lex)
