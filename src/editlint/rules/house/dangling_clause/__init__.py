"""house/dangling-clause: a finite clause hung on a preposition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, Option, RuleMeta
from editlint.nlp.syntax import cased, finding, ing_form, parsed_blocks, replacement_fix, span_text
from editlint.rules.house.dangling_clause.attachment import (
    _in_raised_subject, _in_subject, _in_subject_modifier, _modifying_participle, _relative_gap,
)
from editlint.rules.house.dangling_clause.common import (
    CONJUNCTIONS, FREE_RELATIVE_WORDS, NEGATIONS, _by_first_word, _opens_phrase,
)
from editlint.rules.house.dangling_clause.first_reading import (
    _auxiliary_leads, _clause_of_any_preposition, _finite_clause,
)
from editlint.rules.house.dangling_clause.misread_opening import _in_subject_read_alone
from editlint.rules.house.dangling_clause.noun_phrase import (
    _bare_infinitive_after_object, _clause_opened_in_phrase, _name_opens_relative, _quantifier_opens_relative,
    _relative_clause_of_place, _relative_gap_before, _that_clause_read_as_relative,
)
from editlint.rules.house.dangling_clause.prepositions import (
    PREPOSITION_TAGS, _approximates, _counts_the_noun, _of_circumstance, _phrase_start, _preposition,
)
from editlint.rules.house.dangling_clause.second_reading import _second_reading

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
slipped 4 percent*: a passive takes *by 4 percent*), and so is a verb of motion moved to a point on a scale, a
number, an adjective or a noun of attribute, quantity or relation (*with the index climbed above 4,000*, *with
admissions returned to normal by March*: *by* and a time is a deadline, no agent), and a verb whose main sense takes
no object and that rarely takes one, never a person, moved to any point (*with output slipped below forecasts*; not
*with the bill returned to committee*). A verb that takes an object only with its preposition has it (*with visitors
accounted for a fifth*), and a passive strands the preposition (*with all passengers accounted for*). A name
with no article acts (*with Garcia scored twice*). A verb of subject control with its infinitive has no passive (*with
fans threatened to boycott*, *despite the landlord promised to fix*). After any
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
(*Voters registered with either party can vote*). After *with*, a passive fits a past form with an adverb of place
(*with the stalls moved indoors*), people a verb of motion may move to one (*with most workers returned home*), a name a
thing is given (*with the hotel renamed Harbor House*, also with *re-*), a phrasal verb that takes an object in every sense
(*with the cut pushed back*), after a thing one that takes an object in any sense (*with its debts rolled over*; not
*with gusts topped out at 74 mph*, which reaches an amount), a verb that always takes an object before its particle (*with
the miners hauled up*), and a past form joined to a second absolute phrase (*with the runway resurfaced and the lights
replaced*). A past form with a clause of its own after it is a tense (*with
tests showed the air was safe*) unless its subject is the one told (*with passengers told the crew was late*); the
passive of a verb of saying or thinking keeps a predicate (*with six people reported missing*, *believed to be armed*).
After a preposition of cause, concession or time a verb of giving with its object is a past tense (*amid traders sold
shares*), and no passive keeps an object after its particle (*with the union turned down the offer*). A verb the
parser hung on the relative clause of a subject (*with fans who arrived early waited*) is that subject's.
A tense that cannot agree with the phrase's noun (*among teen drivers was*) is another subject's, and a noun after
*which* or *what* opens a clause whatever its tag (*which works on the old bridge will start*).
After a fronted phrase of members, *be* with a noun phrase after it is inverted (*Among those honored was a teacher*),
and a verb whose frames no tagged use in WordNet ranks is not taken for one that never has an object (*with 90 percent
of precincts tallied*).
A relative clause in the phrase whose verb's main sense takes a *that* clause, with no preposition in that clause's
place, owns the tense (*siding with neighbors who argued the city skipped a review*), and a present tense after a singular
noun it cannot agree with is a compound's noun (*once the storm signal over Samar was lifted*).
A phrase that modifies the noun opening its clause (after the sentence's start, a subordinating word, *, and*, or a
verb of saying with no object, or *said*, also as an *-ing* form: *with forecasters saying gusts of up to 150 kilometres
per hour could strike*, where *per* divides the unit before it) belongs to that clause's subject, and the tense after it is the clause's own (*after an analyst at a bank cut*); *about*, *over* or *up to* before a number says how many;
a verb the block's parse reads as a participle on the noun before it, with no object, is one when a passive fits
(*Under a law passed in 2021, ...*). In the second reading a comma followed by *and* (the phrase's first comma, or any comma once
*and* has closed a list before it), by *but* (but *but not*, which sets a noun against another) or by a subordinating
word opens another clause (*according to the office, and fears
grew*, *including laminates and plastics, for use in matches, and several makers produce them*).
After any preposition but *with* and *without* (whose noun may have a noun phrase as its predicate), a plural
after a singular noun and before a noun phrase that an article, a possessive or a number opens is the -s form of its
verb, if its main sense takes an object and no verb, comparative, time or unit follows that phrase (*alongside the
state funds a new shelter*; not *despite state funds the legislature cut*).
A verb of giving with *to* and a noun phrase after its object is active: its passive's subject is the one given to
(*with the navy sent ships to the towns*; not *with the crew handed a bonus*).
A phrase set off by a comma after a main clause opens no clause of its own, so no subject follows its verb (*with
the league remains the only side*); after *and* or a subordinate clause it may (*and with it came the crowds*).
An auxiliary the parser hangs on a word that is no verb is a noun it misread (*from the Seven Forks dams upstream,
which ...*).
An adverb of place the parser hangs on the noun before it is part of the noun phrase (*with villages downstream were
evacuated*).
An -s form after a singular noun is a compound's plural when a noun phrase for people follows it and then a past form
of a verb whose main sense takes an object, with no object or agent after it: a relative clause with no *that*
(*amid the price increases the regulator approved*; not *amid the company raises the fees approved by its members*).
A past form the parser hangs on the sentence's subject as its participle (no agent after it) is that subject's tense
when the verb after the phrase cannot agree with the subject but agrees with the phrase's noun (*The chef cooked
alongside the students were preparing*; not *Players coached by Smith were selected*).
A subordinating word that is also a preposition of time, with a year or a time with no article as its object, opens
no clause, so a phrase after it is no subject's (*fell to its lowest since 2001 with employers added*; not *after a
year with few storms ended the drought*).
Before a preposition of cause, concession or time, a noun joined to another by *and* that cannot agree with the verb
after the phrase has that noun's role: after a preposition's object, it is no subject of that verb (*stocked up on
water and batteries ahead of the storm is expected*; not *sold tickets and fans despite the rain filled the stadium*).
A noun phrase right after a verb's object is its second object or its object's predicate, no subject (*called the
festival a success with ticket sales have topped*), but for a verb of telling or one with a bare infinitive (*told
reporters the plan had failed*).
A singular noun after *many*, *several*, *few* or *both* standing alone, or a present tense after a number other than
one, which count only plurals, is a verb the tagger or the parser took for a noun (*with many fear that*, *with nearly
two in five say*; not *with several fan groups*, nor a word a hyphen joins to the next: *including several point-blank
saves*).
A base form that both the block's parse and the second reading tag as a noun is a present tense when the second reading
gives it a plural subject (*with shop owners on the block worry about rents*).
A group of things is no group of people: a group noun with *of* and a plural is judged by that plural (*with the line
of cars stretched nearly a mile*; not *with its staff of engineers cut 10 percent*).
A sentence's opening noun with a past form that a passive fits, before the phrase, is the subject of the verb after it
when that noun is a group taking a verb only a plural takes, whatever opens it (*The data compiled with help from the
county were released*), and, before a preposition of cause, concession or time, when it is a thing and the verb seldom
goes without its object (*Motions filed ahead of the hearing would delay*; not *Investors cheered amid the stock price
climbed*). After things, a word after a past form that makes no phrasal verb with an object in WordNet is a
preposition of place, and its noun no object (*with a line of trucks rerouted down Harbor Road*). *Close to* and *next
to* say what *near* says: their phrase may modify the noun opening a clause (*said snow so close to the race could
force a delay*).
After a preposition of place, the phrase is in the subject when the clause opens with a noun phrase whose plural or
participle the tagger read as a tense (*said that calls for fights in the area had dropped*, *Students currently
enrolled in the majors would*), with a verb mostly used with an object after people (not *The team returned to the
stadium will*). The participle's infinitive may have a verb group of its own, and a verb before *to* opens no clause
(*a handgun reported to have been used in the shooting was found*); after any preposition when the participle is of a
verb of saying or thinking with no infinitive of its own (*a shell thought to have been fired during the siege was
made safe*; not *refused to discuss claims regarding the land was sold*). A sign the tagger reads as a noun bounds
no clause (*More than 90% of the shrimp eaten in the US is imported*). A preposition before two numbers joined by
*and* that count a noun says how many (*said between 40 and 60 families had been moved*).
A noun phrase after *that* right after a verb that takes a *that* clause in WordNet, or after a free relative *what*,
opens a clause however the block's parse read it (*that* as a determiner, a past form after *what* as its tense): when
the words from that noun phrase to the verb, read alone, make the noun before a preposition that may modify a noun (or
a clause that holds it) the verb's subject, the phrase is in the subject (*a clerk who discovers that key evidence in
the case has been altered*, *shows what sustained investment in the sport can achieve*; not *described that incident
with the witnesses have given statements*).
A name right after a noun that *a* opens, or after a number, for no person, opens a relative clause with no *that* on
it when the verb after the name has no object (*including a catering company Rusk had registered in a relative's
name*; not *with the carmaker Volvo had sold its stake*, a name in apposition); a plural name after a quantifier
other than *one* is the noun it counts (*despite several Republicans voted against it*).
After *with* or on a noun, a past form after a thing is a participle of position when its verb takes an object in
some sense and a preposition of position with a thing or a place follows (*with the pigeons perched along the
gutters*; not *with the index soared above its record*).
A tense right after a relative clause whose verb of saying or thinking has its own subject is that verb's clause, whose
subject the relative word's phrase is (*a footballer whose face the conductor insists is Messi*).
A question word after a comma opens a clause of its own (*to set out, during the consultation, how many roles could be
moved*).
An infinitive may follow the participle on the subject's noun (*Passengers booked to travel on strike days were*), and
an adjective the parser made the verb of a relative clause that *that* opens after a noun opens that noun's clause
(*amid expectations that lower interest rates in the US could ease*).
A verb that takes an object in its main sense and no *that* clause in WordNet has its object before a phrase that seldom
modifies a noun, so that noun is no subject of the tense after it, though the verb be one of saying (*raised questions
concerning the agency spent*; not *confirmed talks regarding the merger had stalled*, nor *means residents without cars
will lose*, whose clause WordNet's frames miss).
A preposition right after the verb of saying of a relative clause in the phrase takes that verb's clause's place, in
either reading, unless *to* names the person told: the tense after the phrase is its subject's (*with patrons who had
complained about the section and the elevators say*; not *with travelers who complained to the company the fees were
unfair*).
In the second reading a quantifier floated after the subject (*all*, *both*, *each*) may stand before its verb (*with a
retired judge, a former mayor and the daughter of Rosa Lind all took questions*).
An adverb that modifies a participle or adjective before the noun, after an article or a number, is part of the noun
phrase (*with two newly qualified midwives have joined*; not *the council newly hired*, where the participle may be the
verb).
A reading of the phrase alone makes its first noun the verb's subject whatever it is: the block's parse says whether a
past form dated by its own time is that noun's tense or a reduced relative's passive (*despite the deal struck that
weekend*). A preposition of circumstance makes no compound with a noun and its *of* phrase, whose noun may carry the
participle (*despite the signing of the winger completed in January*); a clause with its own subject after a comma is
the main clause after a fronted phrase (*With the appointment of the minister announced yesterday, the review can
begin*); and a verb of saying with no object after a thing, which says nothing, is a passive (*owing to the fog
reported across the region*; not *despite the union complained*).
An adjective spelled like a past form follows its noun only as the predicate of an absolute phrase (*with the contract
expired*): after any other preposition the past form is a passive participle, and after persons, whom no sense of its
verb takes, a tense (*amid importers scrambled for dollars*, *amid workers chanted outside*; not *amid the codes
scrambled*, *despite teachers retired early*). No adjective takes a path, a source or a goal: a past form of a verb of
motion with one after it is the verb's, and a tense after people when no common sense of the verb moves a person (*with
most of the fighters crossed into the hills*; not *with the crowd scattered into side streets*, *with the riders crossed
off the list*). Nor does one take an ordinal, a place reached in a ranking: a past form of a verb of change or motion
before one is the verb's (*with Rovers finished fourth*; not *with Smith seeded first*, *with the champions ranked
third*).
A dateline is no subject: a noun the tagger reads as a verb after it opens the story's subject (*LEEDS — Refuse
collectors in Leeds will continue*).
An -s form that a comma and a part *of them* or *of which* take up is a plural noun (*with the noise of cotton looms,
many of them brought from Lancashire*).
An *-ever* word after the preposition opens a free relative clause, its whole object (*cope with however many patients
arrive*, *despite whatever the board decides*).
A noun before the phrase that the parser made the subject of the tense after it, which cannot agree with it, is the
object of the verb before (*approved six permits without the traffic study was completed*).
A base form after nouns joined by *and* is their present tense, as after a plural (*with Councillor Hemi Rua and four
colleagues from the eastern ward have asked*; not *with the doors and windows shut*).
After a fronted phrase with a clause in it, a noun phrase after the comma and a regular past form the tagger read as a
participle, with no auxiliary and no tense after it, is the main clause (*Due to the road was closed, buses terminated
at the depot*).
A participle that keeps a predicate (*left*, *called*, *made*, *declared*) keeps one that says what its noun is, so after
people a thing or a place is its object and the past form a tense (*with most residents left their homes*, also a place
that names its people, *with the last families left the village*; not *with the children left orphans*, *with the crew
left a skeleton team*, *with the area declared a disaster zone*).
A base form followed by the preposition that WordNet pairs it with to take an object is a verb, no adjective spelled like
it (*with visitors from Europe account for most bookings*; not *with several members absent for the session*).
A predicate noun of the clause before the phrase is no subject of the tense after it (*The plan became policy with the
cabinet approved it*; not *The winner was the candidate with the most votes*).
A clause with a subject and a tense of its own that the parser made the subject of a passive after the phrase is no
subject of it, so the phrase's noun is (*Banks are raising rates ahead of inflation is expected to climb*; not *Selling
shares ahead of the results is expected to be risky*).
A word after a verb that WordNet gives no object, which makes no phrasal verb with it, is a preposition of place, no
particle of a passive (*following the cargo ship capsized off the estuary*; not *With the ferry capsized off the island,
...*).
A phrase of members set off by commas right after a noun is a parenthesis on it, and the verb after its closing comma
is that noun's (*workers at six plants, including those in Turin and Genoa, would strike*); *and* after a comma that
follows a list *and* has closed opens another clause (*many groups, including hikers, cyclists and anglers, and staff
say*).
An adjective or participle right after *the* that the parser made the subject of a modal or an auxiliary stands for
its noun (*with the final would be played*, *with the injured were flown*), also where the parser hung the clause
before the phrase on that verb by reading its -s form as a compound's plural (*The tournament moves to Doha, with
...*). An adjective the parser made an adverb of the verb (*ended the week higher with*) owns no complement, so the
phrase after it is the clause's. A participle that keeps a predicate keeps no name as one but after a verb of calling,
so a name after it is its object (*with the first sailing left Stornoway*; not *with the school called Oakwood*).
The verb of *whose* is its noun's, so a relative clause opened by *whose* after a comma owns the tense after it
(*including the president of the bank, whose remarks on Thursday will be parsed*), and an -s form after *these* or
*those* is a plural noun (*with eight of those makes coming*). A preposition that opens an amount's modifier with the word
after it is none (*say up to a third of the crop has been lost*).
A base form the tagger read as a singular noun ending the object of a preposition in the phrase is a present tense when
a noun comes before it, the phrase's head is a plural it agrees with, its main sense takes an object, and a noun phrase
that an article, a possessive or a number opens follows it, with a noun of its own (no time or unit) and no adjective,
adverb or verb after it (*with respondents in the north report the steepest falls*); a noun whose main sense is a thing,
a place or a group stays one, and the noun phrase after it the absolute phrase's predicate (*with teachers at the school
the main supporters*).
An adjective that takes a noun phrase as a preposition does (*near*, *nearest*, *opposite*, *unlike*, *worth*), which the
parser left with no object, takes the noun phrase after it, so that phrase is no subject (*with samples taken from the
well nearest the tannery contain lead*).
A fronted phrase whose object is one noun, with only determiners and adjectives before it, hides no subject of a clause
of its own, as two nouns may (*In March prices will rise*): a modal or an auxiliary right after that noun is the phrase's
tense (*and with the site shall revert to the park*), but for a verb that inverts, whose subject follows it (*With the new
rules will come new fees*, *Among the winners will be a school*).
A relative clause that a comma sets off after a subject, and that a comma after the verb closes, holds both the phrase
and that verb, which is no verb of the subject (*the evacuation, which began at dawn with soldiers ferried residents
across the river, was complete*). A past form after *be*, after a fronted phrase of members, that the parser made the
adjective of the noun after it opens that noun's phrase, the inverted subject (*Among those watching was retired bowler
Ian Hale*). The subject before a participle and a phrase of place may join nouns with commas and *and* (*a moment that
officials, engineers and fans gathered on the bank had awaited*). An attribution that commas set in mid-sentence ends at
its second comma, where its reported clause resumes with a subject that the phrase may modify, also one of time with a
time as its noun (*Without new trains, the council said in its plan, travel times during rush hour could double*; not
*announced the changes during teachers were on strike*).
A past form the parser hung on the noun it made the root, with the phrase right after it as its complement, is a passive
participle on that noun when its verb takes an object in its main sense, and the tense after the phrase the noun's
(*spillage from the dam combined with heavy rains affected thousands*; not *The plan stalled on Tuesday, with unions
have vowed*).
A whole absolute phrase (a noun and its participle) followed by a word that may open a finite clause (*as*, *while*,
*after*) and a noun phrase that agrees with the tense after it leaves that tense to the clause the word opens (*with
hospitals reporting a surge as monsoon rains leave water in the streets*).
An -s form the tagger read as a verb, which the parser made the subject of the gerund right after it, is that gerund's
verb after a singular noun (*apart from the main stand roof needs replacing*; not *the needs facing families*).
*During* only names a time, and a person is none: a person after it is the subject of the tense after it, though the
parser hangs the phrase on a noun a verb of saying makes a subject (*announced the cuts during MPs were away*; not *said
the arrests during the march were unlawful*, nor a group that rules a time, *during the Carter administration*). In the
second reading, *were* after a singular noun is another subject's, as in the first (*found prices during the drought
were high*).
An *of* phrase lends its number only to a part, an amount or a group (*a number of residents have*, *a series of talks
are*): a past form the parser hung on any other singular noun before the phrase is that noun's tense when the verb after
the phrase is plural (*The rollout of the booster stalled in October, with pharmacies were running out*).
The object of a participle or relative clause in the phrase is no subject of a clause the parser misread when the tense
right after it cannot agree with it, so the verb of saying or thinking there has its object and the tense is the
phrase's (*with the number of patients waiting more than 12 hours has doubled*; not *with investors betting the bank
will cut rates*). An acronym's plural (*MPs*, *GPs*, *CEOs*), which the tagger may read as a singular, names people when
its acronym does (*with few of the party's MPs turned up*).
A past tense after a noun that the tagger read as a compound's noun (*spread*, *hit*, *-ed*) and the parser made the
subject of the tense after the phrase, which cannot agree with it, is the clause before the phrase's verb, and that
clause is complete (*The fire spread, despite crews are still fighting it*; not a name or a group, which may take a
plural: *Arsenal, despite injuries, are top*).
A participle used as a preposition in mid-clause, which the parser made a preposition or the verb's complement, opens a
clause when its "object" is the subject of a tense right after it that has none of its own (*The team struggled
following its captain was injured*; not *Hikers kept following the trail the rangers had marked*).
So does one whose "object" a past form with an object of its own follows, with no subject: no passive participle on the
noun keeps that object (*Shares jumped following the company reported record profits*; not *Analysts following the
company expected a loss*, whose verb has its subject).
Before a phrasal verb that rarely takes an object, a noun counts as people when at least half of its tagged uses in
WordNet are of people, though its first sense is a thing (*with fewer than 2,000 fans turned up*); an agent after the
phrasal verb marks the passive of its sense with an object (*with the marchers turned back by police*).
An -s form right after the phrase's singular noun is their compound's plural when its verb takes no object in its main
sense and what follows is the phrase's predicate that WordNet's frames deny the verb: an adjective or a participle, with
no frame *Something ----s Adjective*, or an *-ing* form, with no gerund frame in its first two senses (*with the
ceasefire talks set to resume*, *with rent rises outpacing wages*; not *with the mayor looks set to win*, *with the
plant keeps running*, *with the stand roof needs replacing*).
After *with* or *without*, a past form that is first an adjective in WordNet, of a verb of feeling or of one whose main
sense takes a person and no clause, takes the clause after it as that adjective (*with traders worried that the
conflict could spread*; not *with analysts predicted*, *with traders feared*, *with economists expected that ...*).
A form spelled like its participle (*set*, *cut*, *put*) is a past tense by its tag no more than a participle: before an
infinitive, only a verb with no passive makes it a tense (*with the mayor set to speak on Thursday*).
Two numbers joined by a dash with no unit after them are a score, which no change measures (*with the game tied 2-2*;
not *with petrol fell 4-5 percent*).
A subordinator of time (*after*, *before*, *since*, *until*, *once*) before a noun and *of* opens a clause, no compound
preposition as *in* or *as* do (*after news of his death was announced*; not *in the wake of the bank has cut rates*).
A verb of giving keeps its object in the passive where a *by* phrase after that object names people, its agent (*with
the nurse awarded a medal by the King*; not *with the crew finished the job by hand*), and where a *to* phrase the
parser hangs on the object names no people, the object noun's own (*with the historian granted access to the archive*;
not *with the mayor handed contracts to friends*); what is given is people only in the noun's main sense or a sense that
is no rare use (not *letters*); and a noun WordNet does not know is no thing that would make the verb active (*with the
midfielder shown a red card*). A quantifier standing alone before a determiner is the noun of a relative clause with no
*that* when the verb after misses its object (*including many the food bank could no longer help*; not *with all the
stalls have been removed*). A phrase of place (*along*, like *across*) may carry a noun opening the sentence, whose
participle the phrase after it modifies (*Houses along the banks of the Ouse flooded in 2015 have since been fitted*). A
verb joined by *and* with a subject of its own shares none with the phrase's (*With the ballots counted and the result
declared, the mayor thanked her team*).

## Constructions
| flagged | not flagged |
|---|---|
| *..., with most members have voted* (present perfect, past, present, modal, passive) | *..., with most members having voted* / *with the contract signed* / *with prices rising* |
| *..., amid investors fear ...*, *..., regarding the warden allowed ...* | *with a man who has lived there*, *the editor with whom she has worked* |
| *The plan was delayed by the council had approved a different route.* | *said by-elections were often shaped by local factors*, *her in-laws have lived ...* (a word joined by a hyphen is part of a compound) |
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
| *with the firm cut 30 percent of its staff*, *with the airline reduced 400 jobs*, *with donations exceeded $1 million* | *with prices cut 30 percent*, *with the top rate raised two points* (a verb of change keeps a bare measure in the passive) |
| *with visitors accounted for a fifth*, *with nurses cared for 300 patients* (a verb that takes an object only with its preposition) | *with all passengers accounted for*, *with the elderly cared for at the school* (a passive strands it) |
| *with crews cleaned up the debris*, *with gusts knocked down power lines* | *with tickets sold out weeks in advance* (a time after the particle is no object) |
| *with Novak scored twice*, *with Tesla dropped 8 percent*, *with residents looked on* | *with Everest climbed twice*, *with Djokovic eliminated*, *a house with the roof caved in* |
| *due to the lake dropped to a record low*, *despite it lost*, *with this was the first ...* | *in housing through a program focused on families*, *with it gone*, *With that, the meeting ended.* |
| *passed with the boards of both companies have approved*, *with its author, Sen. Mara Quinn, wants* | *acted on concerns parents have raised*, *a school in Uvalde, Texas, killing 21 people* |
| *with the mayor, the police chief and two council members spoke*, *with energy and financial stocks posted* | *armed with a knife, was arrested*, *including the threat armed groups pose* |
| *with two senators, Ron Wyden and Mike Lee, objected* (names joined by *and* set off by commas) | *with two senators, Ron Wyden and Mike Lee, objecting*, *Talks with Brazil, Chile and Peru, the ministry said, will resume* |
| *with the finance committee, chaired by a banker, has asked*, *with those who fail can retake it* | *including common paging controls shoppers are used to*, *(although of course we cannot promise ...)* |
| *due to the railway's signaling crews ran out*, *with the union and the company both refused* | *met with the league's scheduling staff to ...*, *By contrast, smaller firms hire more.* |
| *despite Joel Embiid sat out*, *amid central banks kept buying*, *with 82 percent of members voted* | *Voters registered with either party can vote.* (a participle on a noun with no article) |
| *with the judge, the prosecutor and two lawyers have agreed*, *late because of the crew had not arrived* | *seen with a woman police have not identified*, *the plan officials have kept secret* |
| *cut its forecast, citing fuel costs, with analysts now expect*, *with the rate hovered near 4 percent* | *with both sides determined to reach a deal*, *with investors betting the Fed will act* |
| *with output slipped below forecasts*, *with water levels peaked just below the levee* | *with the bill returned to committee*, *with the floats moved to a side street* |
| *with crows flew off the church roof*, *with its kittens lay beside the table* | *with crows perched along the church roof*, *with ivy curled around its chimney* (a participle of position) |
| *with 12,000 tickets have been sold*, *refused to discuss claims regarding the land was sold* | *Witnesses said between 20 and 30 shots were fired*, *A van believed to have been stolen in Hull was found*, *More than 60% of the maize grown there is sold* |
| *with the union Unite has rejected the offer*, *with the carmaker Volvo had sold its stake* | *including one Delacroix had approved without a signature*, *including a scooter Brandt had reported missing* (a relative clause with no *that* after a name) |
| *with admissions returned to normal by March*, *with wind speeds dropped below hurricane strength* (a point on a scale: a number, an adjective, a noun of attribute, quantity or relation) | *with the measure returned to committee by May*, *with the budget returned to the council* |
| *with fans threatened to boycott*, *despite the landlord promised to fix the lifts* | *with more layoffs threatened*, *with nurses ordered to work double shifts* |
| *with tests showed the air was safe*, *with analysts predicted the bank would act* | *with passengers told the crew was late*, *With investors convinced the bank would act, ...* |
| *amid traders sold shares*, *Following the jury returned its verdict, ...*, *with the union turned down the offer* | *With the coach handed a new contract, ...*, *With the offer voted down, ...* |
| *shortened to 140 laps due to the deck had cracked*, *went ahead as planned, with 4,000 runners have registered* | *The amount due to the contractor was paid.*, *in the quarter ended June 30* |
| *with shoppers hesitated to spend*, *with fans who arrived early waited*, *with families who had lost their homes arrived by bus* | *with six people reported missing*, *with the suspect believed to be armed*, *with stocks up 4 percent* |
| *Shares fell with analysts at two banks have cut their targets*, *in light of the company has raised its offer* | *Stocks slid after an analyst at a bank cut her rating* (the phrase is in its clause's subject), *said about a quarter of teachers were unpaid*, *found that about one in five had asthma* (a ratio: a number, "in" or "out of", a number) |
| *with the analysts have forecast a loss* | *ahead of the $1.2 billion analysts had expected*, *below the mark engineers say is required* (relative clauses with no *that*) |
| *amid investors warned that profits would shrink*, *with economists at three banks, including two in London, warned that* | *with residents warned that the roof could leak* (after *with*, people told a clause may be a passive: the rule cannot tell, and stays silent) |
| *to the stadium will host*, *above analysts had forecast* (an auxiliary or a modal after a preposition of place) | *spoke to reporters gathered outside*, *short of the mark physicists use*, *at ports in São Paulo do Sul* |
| *Because of the contractor went bankrupt, work stopped.* (a predicate, no inverted subject) | *Amid the rubble lay the remains of the old chapel.*, *Along with the chief came two deputies.* |
| *The measure passed with most members have backed it.* | *Riders who cannot walk because of a disability could book a shuttle.* (in the subject's relative clause) |
| *with jurors who had sat through the statements and the first witness were dismissed* (one subject the parser split) | *with conditions that the lenders and the state have set* |
| *Experts said due to the drought had worsened, ...* (a verb of saying in a main clause) | *the glacier, which experts said in 2024 had shrunk* (the relative pronoun is the clause's subject) |
| *with the plan to widen Main Street faces a vote* | *with neither side able to string passes together* (an infinitive's object, whatever its tag) |
| *with the bus and rail workers have refused*, *with the 15-year fixed rate averaged 5.1 percent* (premodifiers the parser hangs on the noun: joined by *and*, or a participle after a hyphenated compound) | *adjourned for the recess with the mining bill still stuck* (no compound preposition), *with the Labor and Green members absent* (an adjective, whatever its tag) |
| *with most drivers returned to work on Monday*, *with passengers streamed ashore*, *with winds topped out at 60 mph* | *with the stalls moved indoors*, *with most workers returned home*, *with the company renamed Arcadia*, *with its debts rolled over*, *with the yield pushed back below 4 percent* |
| *with the stalls in the square were busy*, *with the polling station in the village was shut* | *the evidence that later start times reduce crashes among teen drivers was strong*, *which works on the old bridge will start first* |
| *Shares fell, among investors were nervous*, *with officials tallied the ballots* | *Among those honored at the ceremony was a retired teacher*, *with the last few boxes tallied after midnight* |
| *with unions who argued against it have welcomed*, *with the flood alert along the river was in force* | *siding with neighbors who argued the city skipped a review*, *once the storm signal over eastern Samar was lifted* |
| *with the teams level the score twice*, *with the two clubs share the lead* | *with the sides level for the fifth time*, *with the two teams level on points* (a verb that WordNet seldom uses without an object, with none after it, is the adjective spelled like it) |
| *alongside the state funds a new shelter*, *despite the trust funds a survey* (an -s form the tagger took for a plural) | *despite state funds the legislature cut*, *amid housing costs a fifth higher*, *with county funds a large part of it* |
| *with the navy sent supply ships to the towns*, *with its owners sold the estate to a hotel group* (a verb of giving with *to* after its object) | *with the players handed bonuses to share*, *with passengers sent to a hotel*, *with its workers paid bonuses up to $5,000* |
| *The lockout dragged on, with the league remains the only side willing to talk.* (no inversion after a main clause) | *The lockout ended, and with it came the games.*, *When the levee broke, with the water came mud.* |
| *with villages downstream were evacuated*, *with orchards uphill were spared* (an adverb of place after its noun) | *with hamlets downstream warned by loudspeaker*, *With the fleet offshore, the harbor fell silent.* |
| *amid the company raises the fees approved by its members* (a passive with its agent on the object) | *amid the schedule changes the transit agency ordered*, *despite the pay offers the hospital made* (a relative clause with no *that*) |
| *The chef cooked alongside the students were preparing the banquet.* (a subject that cannot agree with *were*) | *Residents evacuated with their pets were housed at the school.*, *Players coached by Smith were selected.* |
| *fell to its lowest level since 2001 with employers added 250,000 jobs* (a preposition of time and its year) | *Exports rose after a year with few storms ended the drought.*, *since 2019 with the exception of small firms* |
| *with residents on Harcourt Road want permits*, *with shop owners on the block worry about rents* (a present tense the tagger took for a noun) | *with nurses at the hospital back at work*, *with clubs in the south preferring evening games* |
| *ahead of the storm is expected to arrive* after *stocked up on water and batteries* (a conjunct object) | *Teachers and parents with children at the school will meet.* |
| *called the festival a success with ticket sales have topped 40,000* (a second object or predicate) | *told reporters the plan with the most support had failed*, *helped students the storm had displaced find schools* |
| *with many fear that late rain will ruin the crop*, *with nearly two in five say they plan to quit* | *met with several fan groups*, *finished with five straight wins*, *with few expecting it to pass* |
| *with the line of freight cars extended half a mile*, *with the fleet of boats dropped to half its size* (a group of things) | *with its staff of engineers cut 10 percent*, *with the team of nurses cut by a third* |
| *The chef cooked alongside the students were preparing*, *Investors cheered amid the stock price climbed*, *with a row of stalls set up along the wall were busy*, *with workers voted down the offer* | *The data compiled with help from the county were released*, *The staff recruited alongside the volunteers were thanked* (a group with a plural verb), *Motions filed ahead of the hearing would delay the trial* (a thing, a verb that seldom goes without an object), *with a line of trucks rerouted down Harbor Road* (things, no phrasal verb), *said snow so close to the race could force a delay* |
| *The team returned to the stadium will host the final.* | *said that calls for fights in the area had dropped*, *Students currently enrolled in the majors would be allowed* (a noun or participle the tagger read as a tense) |
| *with houses whose owners had left were damaged* | *with a portrait of a footballer whose face the conductor insists is Messi* (the relative word's phrase is the subject after a verb of saying) |
| *with the company, during the talks, has refused* | *to set out, during the consultation, how many roles could be moved* (a question word after a comma) |
| *amid investors that bought heavily in Europe have taken profits* | *Passengers booked to travel on strike days were advised*, *amid expectations that lower interest rates could ease* (an adjective heads no relative clause) |
| *cited breaches regarding the airline sold seats*, *discussed cases regarding the ministry denied benefits* (a verb with an object and no *that* clause) | *confirmed talks regarding the merger had stalled*, *insisted plans concerning the park were final*, *means residents without cars will lose* |
| *with voters who had complained about the lines and the machines cast ballots*, *with artists who had protested against the sponsor and its deals ended* (a preposition in the clause's place) | *with fans who had complained the seats were too small now praising*, *with travelers who complained to the company the fees were unfair given refunds* (the person told) |
| *with a senior engineer, a former regulator and the son of Ada Moss all testified* (a floated quantifier) | *with a retired judge, a former mayor and the daughter of Rosa Lind all present* |
| *with two newly qualified midwives have joined*, *with the recently discovered fossils are on display* (an adverb of a premodifier) | *with two newly signed strikers scoring*, *with the bridge newly rebuilt* |
| *with its edge retreated nearly a kilometer*, *with drifts piled nearly a meter high* (a unit counted by *a* is a measure, also of a phrase after the verb) | *With the budget cut a third, ...*, *with its nets lowered a meter below the surface*, *with credit card delinquencies rising* (no verb in WordNet, whatever its tag) |
| *amid importers scrambled for hard currency*, *amid dockworkers chanted at the gates* (persons, whom no sense of the verb takes) | *with the contract expired*, *amid the codes scrambled by the software*, *despite teachers retired early*, *amid reporters gathered in the lot* |
| *OSLO — The ferry was canceled, with crews on the route have walked out.* | *LEEDS — Refuse collectors in Leeds will continue their strike* (a dateline, then the subject) |
| *The plant closed, with the owner of the site plans to sell it.* | *with the noise of cotton looms, many of them brought from Lancashire* (a plural that *of them* takes up) |
| *approved six permits without the traffic study was completed* (a plural object the parser made the subject of *was*) | *The licenses issued to the firms without a review were revoked.* |
| *with the board has decided*, *despite the board decides* | *cope with however many patients arrive*, *despite whatever the board decides* (a free relative clause) |
| *with Councillor Hemi Rua and four colleagues from the eastern ward have asked* (*have* tagged as a base form) | *with the harvest and the sales run by a cooperative*, *with the doors and windows shut* |
| *Due to the road was closed by snow, buses terminated at the depot.* (a tense tagged as a participle) | *Due to the snow, buses terminated at the depot.* |
| *with most residents left their homes*, *with the tenants left the tower*, *with the last families left the village* (a thing or a place after people, also one that names its people) | *with the children left orphans*, *with the coach made an honorary citizen*, *with the area declared a disaster zone* |
| *with visitors from Europe account for most bookings* (a verb with its preposition) | *with several members absent for the session*, *with savings accounts for children up sharply* |
| *The plan became policy with the cabinet approved it.* (a predicate noun before the phrase) | *The winner was the candidate with the most votes.*, *He was the only player with two goals scored.* |
| *Banks are raising rates ahead of inflation is expected to climb.* (a clause the parser made a subject) | *Selling shares ahead of the results is expected to be risky.* (a gerund subject) |
| *following the cargo ship capsized off the estuary* (no phrasal verb: a preposition of place) | *With the ferry capsized off the island, the port closed.*, *towed the trawler capsized off the headland* |
| *Hundreds of residents fled the area, including many of them have lost their homes.* | *workers at six plants, including those in Turin and Genoa, would strike*, *many groups, including hikers, cyclists and anglers, and staff say* |
| *with the final would be played in December*, *with the injured were flown to Leeds* (an adjective or participle standing for its noun) | *with the final due in December*, *with the injured flown to Leeds* |
| *Stocks ended the week higher with the Dow gained 1.2 percent.* (an adjective read as an adverb) | *Stocks ended higher with the Dow up 1.2 percent.*, *more popular with women than with men* |
| *with the first sailing left Stornoway at 7.15am* (a name is no predicate of *left*) | *with the new school called Oakwood*, *with the crew left stranded in Lisbon* |
| *with gusts of up to 130 kilometres per hour could topple trees* | *with engineers saying limits of 30 kilometres per hour would cut injuries* (a phrase inside the subject of the clause an *-ing* verb of saying reports) |
| *Officials raided several warehouses, with phones, watches, and cash were seized.* | *including bottles and nets, for use on the lagoon, and three yards now build them* (*, and* after a list that *and* has closed: a new main clause), *including apples, across the valley, but insurers say* |
| *with up to 300 homes were flooded* | *say up to a third of the crop has been lost* (an amount's modifier) |
| *with the senator, whose bill had stalled, has demanded a recount* | *including the president of the bank, whose remarks on Thursday will be parsed*, *with eight of those makes coming late* |
| *with shoppers in the capital report the highest food bills*, *with nurses at the county hospital demand a 12 percent raise* (a present tense the tagger took for a compound's noun) | *With teachers at the school the main supporters, ...*, *with buyers at the fish market a step ahead*, *met with leaders of the trade council the day before* |
| *with most of the fighters crossed into the hills*, *with the leaders departed from the capital* (a verb of motion with its path) | *With the border crossed, ...*, *with the crowd scattered into side streets*, *with the fighters moved into the hills* (people may be moved) |
| *with Rovers finished fourth*, *with the British rider finished 11th* (a place reached in a ranking) | *with Smith seeded first*, *with the champions ranked third*, *With the report finished first, ...* |
| *with samples taken from the well nearest the tannery contain lead*, *with the villages nearest the shore have lost power* | *with flats nearest the stairwell evacuated first*, *With the seats nearest the stage the most expensive, ...* |
| *..., and with the site shall revert to the park*, *and with the club will look for a new coach* (a fronted phrase of one noun) | *In March prices will rise.*, *With the new rules will come new fees.*, *With the bill has gone any hope of reform.* |
| *apart from the main stand roof needs replacing*, *despite the gym floor needs replacing* (a verb before its gerund) | *apart from the roof needing repairs*, *With the school's needs growing, ...*, *the needs facing families* |
| *The school revealed the changes during teachers were on strike.* (a person names no time) | *Officials said the protests during the royal visit were peaceful.*, *during the Carter administration was wasteful* (a group rules a time) |
| *with fans who arrived late were turned away* | *The study found prices during the drought were high.* (a singular noun and *were*, in the second reading too) |
| *The rollout of the booster stalled in October, with pharmacies were running out of doses.* (an *of* phrase lends no number to *rollout*) | *A series of concerts staged in June were cancelled.*, *A team of engineers trained in Germany were sent.* (a group takes its number from its *of* phrase) |
| *with the heatwave has made shoppers stay at home*, *with the rain let fans run for cover* | *with high humidity making conditions feel hotter*, *with supervisors having drivers work extra shifts* (a base form right after the object of a verb in the phrase that WordNet gives an object and an infinitive is its bare infinitive) |
| *Crowds gathered, with play on the fourth day was interrupted.* | *Rain is forecast, and play on the fourth day could be interrupted.* (a base form alone between the words opening a clause and the phrase is that clause's noun) |
| *with engineers in Perth where the mines are have moved* (a tense after the clause's own) | *with rangers posted at river crossings, where herders moving in either direction are counted* ("where" or "when" after a comma or a noun opens a relative clause, whose tense it is) |
| *with the number of patients waiting more than 12 hours has doubled* (an object that cannot agree with the tense) | *with investors betting the central bank will cut rates*, *A family with children attending two schools has to plan* |
| *with few of the party's MPs turned up*, *with dozens of MPs stayed on* (an acronym's plural for people) | *with MPs recalled from their summer break*, *with two GPs recruited from Scotland* |
| *The fire spread, despite crews are still fighting it*, *The outbreak spread, with schools were slow to close* (a past tense read as a noun) | *The tax cut, along with two new levies, were approved*, *Arsenal, despite injuries, are top*, *The council, amid complaints, have delayed the vote* |
| *The team struggled following its captain was injured*, *Rents fell following the supply of flats came in higher* (a participle's "object" opens a clause) | *Hikers kept following the trail the rangers had marked*, *Prices in the weeks following the storm rose sharply* |
| *Shares jumped following the company reported record profits*, *Crowds gathered following the court freed the activist* (a past form with its object after the participle's "object") | *Analysts following the company expected a loss*, *Several teams including the champions signed new players* |
| *the evacuation, which began at dawn with soldiers ferried residents across the river, was complete* | *the evacuation, which began at dawn with soldiers ferrying residents across the river, was complete* |
| *The storm hit the coast, among the homes were damaged beyond repair.* | *Among those watching was retired bowler Ian Hale.* (a past form the parser made the noun's adjective) |
| *Fans, players and coaches returned to the stadium will be honored.* | *a moment that officials, engineers and fans gathered on the riverbank had awaited* |
| *Fares will rise, the mayor said, despite ridership has fallen.*, *announced the changes during teachers were on strike* | *Without new trains, the council said in its plan, travel times during rush hour could double.* |
| *The plan to close two fire stations stalled on Tuesday, with unions have vowed to fight it.* | *Spillage from the dam combined with heavy rains affected thousands.* |
| *with workers hired at the site after the fire have lost their jobs* | *with retailers reporting weak demand as household budgets remain tight* |
| *with fewer than 2,000 fans turned up*, *with the pickets sat down at the gate* (a noun for people in most of its uses) | *with the fans turned off at night*, *with the marchers turned back by police* (an agent marks the passive) |

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


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    clause_taking = _by_first_word(ctx.option("clause-prepositions"))
    for pb in parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)):
        tokens = pb.tokens
        for sent in tokens.sents:
            done, auxiliary_leads = sent.start, _auxiliary_leads(sent)
            for tok in sent:
                if tok.tag_ not in PREPOSITION_TAGS or tok.i < done:
                    continue
                # (the cheap tests first, each a condition of a finding, so that their order changes no decision)
                start = _phrase_start(sent, tok)
                if start == tok.i and tok.lower_ == "of":
                    continue  # "of" alone belongs to the word before it: "most of the staff", "the leader of"
                if tok.i + 1 < sent.end and tokens[tok.i + 1].lower_ in FREE_RELATIVE_WORDS:
                    continue  # the preposition's object is a free relative clause: "with however many patients arrive"
                if start < done:
                    continue
                circumstance = _of_circumstance(tokens[start : tok.i + 1])
                if not circumstance and not auxiliary_leads[tok.i + 1 - sent.start]:
                    continue  # after any other preposition a clause opens with an auxiliary (_clause_of_any_preposition)
                if not _preposition(tok) or _opens_phrase(tok, clause_taking):
                    continue
                if circumstance:
                    clause = _finite_clause(sent, start, tok.i + 1) or _second_reading(sent, start, tok.i + 1, ctx)
                else:
                    clause = _clause_of_any_preposition(sent, start, tok.i + 1)
                if clause is None:
                    continue
                np_end, finite, verb = clause
                if (
                    _in_subject(sent, start, tok) or _in_subject_modifier(tok, verb) or _approximates(sent, start, tok)
                    or _counts_the_noun(tok) or _in_raised_subject(sent, start, finite)
                    or _modifying_participle(finite, verb) or _relative_gap(tokens[start].head, verb)
                    or _relative_gap_before(tokens[tok.i + 1 : np_end], finite)
                    or _name_opens_relative(tokens[tok.i + 1 : np_end], verb)
                    or _quantifier_opens_relative(tokens[tok.i + 1 : np_end], verb)
                    or _that_clause_read_as_relative(tokens[tok.i + 1 : np_end])
                    or _bare_infinitive_after_object(tokens[tok.i + 1 : np_end], finite)
                    or _relative_clause_of_place(tokens[tok.i + 1 : np_end])
                    or _clause_opened_in_phrase(tokens[tok.i + 1 : np_end], finite, clause_taking)
                    or _in_subject_read_alone(sent, tokens[start : tok.i + 1], finite, verb, ctx)
                ):
                    done = np_end  # the tense is the clause's own; no later preposition of the phrase owns it
                    continue
                prep, last = tokens[start : tok.i + 1], tokens[max(verb.i, finite.i)]
                message = _message(prep.text, tokens[tok.i + 1 : np_end].text, tokens[np_end : last.i + 1], finite)
                found = finding(doc, pb, prep[0], last, message, _fixes(doc, pb, prep[0], tok))
                if found:
                    yield found
                done = last.i + 1


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
        progressive = tokens and (tokens[-1].tag_ == "VBG" or tokens[0].lower_ == "being")  # "are being added"
        words = rest if progressive else ["being", *rest]
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
