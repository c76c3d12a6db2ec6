"""house/sentence-fragment: a sentence with no independent clause."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from editlint.document.model import BlockKind
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, Option, RuleMeta
from editlint.lexicon import in_class
from editlint.nlp.syntax import (
    DETERMINER_WORDS, NOUN_TAGS, PROPER_TAGS, VERB_TAGS, dateline_end, finding, is_people_noun, noun_lemma, parsed_blocks,
    reparsed, verb_class,
)
from editlint.rules.house.sentence_fragment.common import (
    CLOSERS, COMPARATIVE_TAGS, COORDINATORS, LEAD_WORDS, MEASURE_DEPS, NP_OPENERS, RELATIVES, WH_TAGS, _finite,
    _lead_word, _listed_after_subject,
)
from editlint.rules.house.sentence_fragment.main_clause import (
    _clausal_subject, _free_finite, _independent, _main_clause_without_comma, _main_verb_beside_relative,
    _missed_main_verb, _passive_by_people,
)
from editlint.rules.house.sentence_fragment.main_verb import (
    _measures_number, _verb_after_name, _verb_after_subject, _verb_by_its_form,
)
from editlint.rules.house.sentence_fragment.misread_mark import (
    _verb_after_demonstrative_read_as_mark, _verb_after_preposition_read_as_mark,
)
from editlint.rules.house.sentence_fragment.noun_phrase import (
    _list_of_negated_nouns, _misplaced_relative, _modifies_noun, _noun_with_relative, _relative_clause_only,
    _relative_root, _relative_then_shared_verb,
)
from editlint.rules.house.sentence_fragment.noun_read_as_root import _noun_read_as_root
from editlint.rules.house.sentence_fragment.participle import (
    _absolute, _past_after_comma, _verb_read_after_share, _verbless_absolute,
)
from editlint.rules.house.sentence_fragment.perfect_conditions import _perfect_conditions
from editlint.rules.house.sentence_fragment.relative_as_root import _relative_clause_read_as_root
from editlint.rules.house.sentence_fragment.second_reading import _read_as_complete
from editlint.rules.house.sentence_fragment.subordinate import (
    _contrasted_infinitives, _coordinated_subordinate_clauses, _elliptical, _in_order_to, _inverted_after_comparison,
    _inverted_after_negation, _later_clause_on_root, _main_clause_after, _opening_aside, _opening_subordinator,
)
from editlint.rules.house.sentence_fragment.verb_forms import (
    _absolute_after_noun_phrase, _object_of_missed_verb, _past_before_object, _verb_as_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.document.model import Block, Document
    from editlint.nlp.tokens import ParseView


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
| *Which meant the ferry stopped for the winter.*, *Where crews had been digging.*, *Which, as critics warned, pushed rents up.* | *Which candidate won remained unclear.*, *Why now?* |
| *The new bridge that the city promised in 2019.* | *The bridge that the city promised in 2019 finally opened.* |
| *Because prices rose and because wages stalled in the same year.*, *Once the snow was cleared and the trucks returned.* | *When the lease expires the pit will close and ...*, *That the plan failed surprised nobody.* |
| *Lest the storms arrive early.*, *In case the dam gave way.* (any conjunction the parse marks) | *With each election comes ...*, *In case of fire, use the stairs.* |
| *Thousands of nurses who had travelled ...*, *Most of whom fled ...*, *Whose authors had warned ...* | *Many of those who fled have returned.*, *Coaches whose contracts ended protested.* |
| *A painful blow for families on the north side of town.* | *What a night for the fans!*, *Thanks to everyone who helped.* |
| *Welcome news for commuters after a month of diversions.*, *A welcome boost for the town's shops.* | *Welcome to the new season.*, *Happy birthday to her.*, *Welcome newcomers at the gate.* (a greeting's word before a common noun that names no occasion or person is its adjective, even read as a verb) |
| *The lowest rate since the state began keeping records.*, *Dozens of unpaid invoices and two missing trucks.* | *The coldest night since records began was Sunday.*, *Dozens of homes still lack power.* |
| *A plant that supplies half the power and has been running at low capacity.* | *A project that residents backed since 2015 was approved.* |
| *Leaving thousands of homes without power.*, *Built in 1890 by the railway.*, *Shut for a month by inspectors.* | *Founded in 1890, the company ...*, *Sending people to prison has cost ...*, *Put the forms in the box by the door.* |
| *A proud day for a port built by whalers.*, *Taken from the archive and never returned.* | *Residents displaced by the flood face months of delays.*, *The agency details 30 goals.* |
| *To make sure that every voter gets a ballot.*, *In order to cut crashes.* | *To keep the buses running, the county must ...*, *Read the report.* |
| *In the wake of the worst flooding in decades.*, *Such as new roofs and ramps.* | *There were no survivors.*, *Among the dead was a child.* |
| *As the company, long the region's largest employer, cut 1,200 jobs.*, *Now that the pier, delayed by a dispute, is open.* (one comma never parts a subject from its verb) | *As a former teacher, Ms. Okafor, the minister, knows the schools.* |
| *Not until the floodwater had drained from the streets.*, *Not least because the port handles half the imports.* | *Not until Friday did the ministry confirm it.*, *Not to mention the cost of the repairs.* |
| *A town where the mill closed and the bank shut in 2015.*, *In the years since the mine closed and most people moved away.* | *The town where the mill closed and the bank left has found new life.* |
| *Delays that commuters say have doubled since March.*, *Which officials say could cost the state billions.*, *Until crews finish, work that the operator says could last until June.* | *The road that residents say floods will be raised.*, *Until the inquiry ends, work that officials say could take years is suspended.* |
| *A problem the council says will be fixed by 2027.*, *A service the ministry had promised since 2016, when ...* (a clause without its relative word on the noun the sentence opens with) | *A week later the ministry confirmed it.*, *The houses the builder finished sold within a week.* |
| *Even though he admitted that when the rain came, he thought the game was lost.* | *Though the report found that the levee held, engineers want it raised.* |
| *Such as cracked pavements, flooded underpasses and broken lights.*, *Such as the roads damaged in the floods.* | *Volunteers cleaned parks, painted fences and planted trees.* |
| *The longest sentence handed down to an officer.*, *The first satellite launched from Norway.*, *A diplomat expelled from the country in April.* (a participle lacks the object its verb needs) | *The court handed down a sentence.*, *The largest bank collapsed on Friday.*, *The board adopted by a narrow vote a plan to ...* |
| *Unless the judges decide, as campaigners urged, that the law is void and must go.* | *Because the court ruled, as lawyers predicted, that the law was valid, the firm must pay.* |
| *In order to keep the ward fully staffed through the winter.* | *In order to keep the ward open, the county raised taxes.* |
| *A new jobs plan for workers in the valleys.*, *When the eggs hatch in the sand.*, *More NATO troops along the eastern flank.* | *Water resources amount to 90 cubic metres a head.*, *Of 58 counties, 31 fall in the zone.*, *Spain and Portugal concur on ...*, *The IMF forecasts growth of ...* (a present tense read as a noun, agreeing with the plural, names or name before it) |
| *A report released Tuesday by the ministry.*, *In Durban, a port city that handles most of the trade.*, *Heavy rains across the north and flash floods in the valleys.* | *A spike in thefts in the weeks before Christmas prompted patrols.*, *The region around the lake exports most of the fish.*, *The agency, set up in 2008, audits and fines banks.*, *In Swansea, a city that trains nurses, the hospital cut jobs.* (a word in a main verb's place, after a whole subject and before its object, whose form may be a finite verb agreeing with it) |
| *Especially the dairy farms along the river.*, *The homes flooded by the river in March.*, *The houses built on the flood plain in the 1970s.* | *The night ferry sails at six on weekdays.*, *Cheap energy matters because the smelter runs all night.*, *The Liberals held on to the seat.* (a present tense read as a noun before a preposition, an adverb or "because", or a past before an adverb or a particle, of a verb often used without an object, after a whole subject; not a compound WordNet lists, a participle with its agent or a past before a preposition) |
| *The museum, which opened in 1932, damaged by the storm.* | *The union, which denied wrongdoing, settled with the firm.*, *Its director-general warned donors that ...* |
| *The striker she replaced, who had scored in every game.*, *A bridge that, engineers warned, had been closed.*, *The bill, passed by the Senate last week.*, *A small, slow storm 200 miles wide, now expected to ...* (one comma never parts a subject from its verb) | *The striker she replaced, who had scored in every game, is injured.*, *His manager, Jon Park, interjected.* |
| *The pilot, whose name has not been released by the airline.* | *Ms. Okafor, 29, who grew up here, volunteers at the clinic.*, *Tenants who stay after that can face fines.* (a verb after the comma that closes an insertion) |
| *In the 1960s its ballroom, now long gone, and its tea rooms.*, *Newly elected councillors, most of them under 40.* | *In the 1960s its ballroom, now long gone, hosted dances.*, *Locally acquired cases, those in which ..., remain rare.* (the verb after an insertion, also one opening with an adverb, on a subject after an opening phrase or with an adverb before its participle) |
| *The passengers who were on the upper deck when the ship sank.*, *The sailor who the coastguard said swam for hours.* | *Most of the passengers who were on the upper deck swam to safety.* (a past read as a noun, a form WordNet knows only as a verb's, after the verb whose subject the relative word is: a relative clause has one verb group) |
| *Although students sitting the test after the strike were allowed an extra hour.*, *If the mayor were to resign next month.* | *Farmers hoping for rain after the long drought were disappointed.* (a verb that cannot agree with the subject the parse gave it belongs to a noun before) |
| *Borrowers struggling to make their payments after the rates rose.* | *Borrowers struggling to make their payments will be protected.* (no clause after a verb that takes none) |
| *Because several districts, including Amarillo ISD, canceled classes Monday.* | *Several districts, including Amarillo ISD, canceled classes Monday.*, *The ruling voids a contract the city signed.* |
| *Communities that 100 million people call home across the country.* | *Communities that 100 million people – one in three – call home have been struck by storms.* |
| | *At the Lyric Theatre, 214 West 43rd Street; lyricshow.com.* (a listing with a web address) |
| | *What a season for a club that was nearly relegated.* (an exclamation, even with a full stop) |
| *Ruth Adebayo, the utility's head of operations since 2021.*, *Leila Haddad, 41, a pharmacist from Beirut.* (after another sentence of the paragraph) | *Ruth Adebayo, the utility's head of operations, opened it.*, *Jane Smith, Director of Communications.* (alone or first in its paragraph: a signature, byline or caption), *Madeleine Albright, Bono, Matt Damon, ...* (a list of names) |
| *All of them uninsured and most of them without savings.*, *Half of them children under the age of 12.*, *Several of them homeless after the fire.* (a share of a group and what it is; an adjective that is no verb's form is no verb) | *All of them were uninsured.*, *Several of them illiterate, the miners asked for help.*, *Most of them champion the plan.* |
| *Most of them sheep farmers from the uplands.*, *Several of them welders with 20 years at the yard.*, *Many of them volunteers from the parish.*, *Some of them calves born earlier in the spring.* (a share of a group and a noun the tagger read as its verb: a present tense WordNet knows no verb for, an "-s" form a plural group cannot take, a participle on the noun) | *Many of them volunteer at weekends.*, *Most of them livestream their races.*, *Many of them concern deposits.*, *Most of them farm rice.* (a base form before its object, even one WordNet lacks, or one the tagger read as a noun) |
| *Crates of bottles, old bicycles and neatly stacked newspapers.*, *Sixty pages of goals, deadlines and previously announced grants.*, *Most of it a record of late payments and missed inspections.* (a past form after the last coordinator of a list of noun phrases with no finite verb before it, and any adverbs, before a noun, describes that noun; an adverb the parser hung on such a modifier ends no list; after a share of a group, a word right after an article is a noun) | *Crews cleared the road, towed the cars and quickly reopened the bridge.*, *Hail, wind and recently fallen snow closed the pass.* |
| *Especially the paintings removed from the castle in 1941.* (a participle without the object its verb needs, after lead words) | *Especially in summer, the paintings draw crowds.* |
| *Until the new pumps arrive and engineers finish testing them.*, *Due to the fact that rain fell on four nights and several operators canceled bookings.* (the noun before a verb without a subject, which the parser joined to the clause before, is that verb's subject) | *The pumps arrived and engineers finished testing them.* |
| *Two climbers who left the hut before dawn found dead below the ridge.*, *A girl who had wandered off found safe in a barn.* (after a relative clause, a participle with its complement but not the object its verb needs) | *Farmers who searched the barn found the girl safe.*, *A deckhand who had been working was declared missing.*, *Staff who felt unwell reported sick.* ("report" often goes without an object) |
| *The ferry, which sank off the coast in 1994, raised by divers in 2003.* (a participle of a verb that takes an object) | *The ferryman, who has worked the crossing since 1979, lingered by the slipway.* (after a comma, an -ed form of a verb that seldom takes one has no passive participle: the sentence's past tense, whatever the parser made of "by") |
| | *The nurses who stayed. The drivers who kept the roads open.* (a series) |
| *After a storm that forecasters had tracked for a week knocked out power.*, *Given that forecasters, citing a new model, had predicted rain.* (the subordinator's noun phrase is the subject of a verb with none) | *After the storm the crews that had waited all night restored power.* |
| *Because the bridge, engineers said on Monday, is no longer safe.*, *While most residents, a survey found, opposed it.* (a verb of saying set in commas is an aside) | *The bridge, engineers said, is no longer safe.*, *Because the tracks, officials said, had buckled, trains ran slowly.* |
| *One that economists have warned could push the country into recession.*, *Which officials said was the result of ...* | *The men who witnesses said were seen running have been charged.*, *What the nurses say they need is time off.* |
| *When engineers confirmed the runway was clear and when the staff returned.* (what a verb of saying or showing says, without "that", is no second clause) | *Because the harbor is closed and the crews are on strike, ferries will not run.*, *Not until the final whistle did the fans celebrate.* |
| *Which the tenants of the flats cleared to make space for it have opposed.* | *Owners of the land that will be cleared to make way for it have sued.* ("for it have" is no clause), *In Navotas, a town along the bay that floods often, vendors voiced anger.* |
| *A levy introduced in 2015 and scrapped by the next government.*, *A rule passed in a rush and never tested in court.* | *The bill passed the Senate and was signed by the governor.*, *The council surveyed the site and abandoned it.* (a past form on the opening noun, without an object, joined to a participle with no subject or auxiliary that has its agent or lacks the object its verb needs, is a participle too) |
| *Described by colleagues as a tireless advocate for the poor.* | *Reporting by Lena Park; Editing by Omar Haddad.*, *Updated at 6 p.m.* (credits, notes: a name or a time) |
| *Because residents of Elm Street, Oak Lane and Mill Road oppose the plan.* (a list in the clause) | *When a big storm strikes, flooding and shaking send mud into the lakes.*, *As Romeo and Juliet, Okafor and Lind make the scene new.*, *As Claudius, the uncle who seizes the crown, Erik Dahl is menacing.* (a clause, or the phrase of "as", "after", "since" used as a preposition, with any insertion set in commas, closed by its comma before the subject) |
| *When the ice closes the channel in January, as it does most winters.*, *If the snow melts fast, as hydrologists fear it might.* (an "as" clause after the comma comments on the opening subordinate clause, and what it says is its own) | *When the ice closes the channel, as it does most winters, the ferry stops.*, *The snow melted fast, as hydrologists had feared.* |
| *To help small bakeries in the old town pay their energy bills.*, *To let cyclists from the suburbs reach the centre.* (a base form right after the object of the opening infinitive is the bare infinitive of "help", "let", "make") | *To help bakeries pay their bills, the city cut fees.*, *Make supporters travel less on match days.* |
| *After the jury came back into the courtroom.*, *After the water rose two metres overnight.* | *After the vote came a long silence.*, *Before the final came a parade of champions.* (a verb before its subject, or a verb of motion that seldom takes an object before a noun that measures nothing: a main clause inverted after a phrase of time) |
| *Such as whether the harbour fees will rise for the smaller boats.*, *Such as how long the water will stay off.* (a preposition the parser made the root, right after the first word) | *As for whether the fees will rise, the board has not decided.*, *Out of the smoke came two firefighters.* |
| *Once the port reopens and the customs agency staff return from the strike.* (a subordinator hangs only on a clause's verb, even one the tagger read as a noun; a noun hung on the next verb as a compound is its subject) | *Until the ship returns and the board finishes dredging, sailings are reduced.* |
| *The pharmacy will close at 7 p.m. Citing a shortage of staff on the late shift.*, *... Hartwell Foods Inc. Which had tried to buy it for years.* (an initialism's or abbreviation's full stop ends the sentence before a word that may open one, even where the parser joined them) | *The meeting starts at 6 p.m. Tuesday in the chamber.*, *The final starts at 2:10 p.m. Mountain time at the stadium.* (before a name or an adjective, even a name the tagger read as a determiner: "7 p.m. Hawaii time") |
| *Although the union has said that if the talks fail, work at all three plants will halt.* (a word that opens its phrase as the subject of a later verb is a noun, whatever its tag) | *At weekends, volunteers work at the shelter.*, *When the dam spills, silt and driftwood clog the intakes.* |
| *Heavy rain, winds up to 70 mph and waves of six metres.*, *Seats for 40,000 fans, parking for 3,000 cars and a roof.* (a list of noun phrases, whatever word opens it; one comma never parts a subject from its verb, so a word after it is a listed noun whatever its tag) | *Heavy rain, winds of up to 70 mph and high waves battered the coast.*, *Rents rise in Leeds, York and Hull.* |
| *Whereupon the landlord served eviction notices on all twelve flats.*, *Whereby night shifts would be paid more.* (the relative adverbs "whereupon", "whereby", "wherein", even read as a noun) | *The board rejected the offer, whereupon the bidder went to shareholders.* |
| *Along with around 900 staff from the London headquarters.* (a number after the preposition the sentence opens with, or the adverbs qualifying it, is its object: the noun after it is no verb agreeing with it) | *Of the 58 counties, 31 fall within the zone.*, *Across the country, workers over 60 spend more on heating.* |
| *Hundreds of them driving tractors that they had parked across every road.* (a "that" the parser made the object of the verb after it, right after a noun, is a relative pronoun whatever its tag) | *Hundreds of farmers drove tractors that they had parked across every road.* |
| *The route that the company ran for forty years between the islands.* | *The roads that the storm damaged reopened on Friday.*, *Many of the maps that the rangers printed were out of date.* (a past form right after a relative clause's subject, without its object, is that clause's verb: the verb after it is the main one) |
| *The medals that the sailors had earned in the war at sea.*, *The letters he had written home from the front.* | *The helmets that their fathers had worn hang in the hall.*, *A play the critic once called the hardest thing she had seen returns in May.* (a relative clause whose object is its relative word, or the gap right after its noun, takes no second object: a bare verb form after it, agreeing with that noun and before a preposition, an adverb or the end, is the main verb) |
| *Once a season passes without a flood in the valley.*, *Once the day of the vote arrives.* | *Once a year the festival fills the square.*, *Once every four years the town elects a mayor.*, *Twice a week the ferry crosses to the island.* ("once" or "twice" before "a", "every", "each" or "per" and a unit of time with no verb right after it counts times: an adverb, no subordinator, and the subject starts after it) |
| *The colder the winter in the old houses on the estate.*, *Because the cheaper the flights, the fuller the hotels.* | *The colder the winter, the bigger the bills.*, *The more homes the council builds, the shorter its list becomes.* (two comparisons, each "the" and a comparative, the second after a comma: a sentence that needs no verb) |
| *Just as the mayor was the first to arrive.*, *As bad as the flooding was for the farmers.* | *Just as striking is the fall in learner drivers.*, *As important as the money is the promise to keep the clinic open.* ("as" and an adjective, then a form of "be" before its subject: the inverted main clause of a comparison of equality) |
| *The council offices on the high street.*, *The new bus services to the airport.*, *The biggest job cuts in its history.* | *The new plan centres on cheaper ferries.*, *The county authority ring-fences part of the grant.*, *The novel centers on a family.* (an "-s" form right after the singular noun that ends the opening noun phrase agrees with it: a present tense read as a plural noun; not a compound WordNet lists, nor after a superlative or comparative) |
| | *Up to 300 work at the site.*, *Since the war, 30 arrive every month.* (a word that measures a number is no infinitive's "to"; a measure of time after a base form is no object), *Whenever the wind shifts, smoke drifts into town.* (a noun after the comma hung on the verb as a compound is its subject) |
| | *The first six arrive in November.*, *The other two stay in quarantine until spring.* (a number after its determiner heads a subject) |
| *A loan the bank approved despite warnings from its auditors.*, *A claim the lawyers have denied in court.* | *The loan the bank approved was repaid.*, *The same evening the club rejected the offer.* (a past form of a verb that often takes an object, without one, right after a second noun phrase that follows the opening noun at once, or hung on that noun: a clause on it without its relative word, whose object it is; not after a noun of time) |
| *Especially the terraced houses built for mill workers.*, *Particularly the ferries bought from a Norwegian firm.* | *Only the ferries bought last year passed.*, *Even the houses survived the flood.* (after a particularizer ("especially", "particularly", "notably", "mainly" ...), which singles out part of what the sentence before said, a past form after the noun phrase, without an object, of a verb that often takes one: a participle) |
| *Which shopkeepers had opposed for months.*, *Which riders had sought for years.* | *Which pupils passed the exam will be announced.*, *Which schools close first has not been decided.* ("which" read as the determiner of the subject of an active past form that often takes an object and has none, with no other verb outside a subordinate clause: the relative pronoun that is its object) |
| *Under whose direction the collection doubled.* | *On which grounds the judges will rule remains unclear.* (a preposition and "which" or "whose" opening the clausal subject of the main verb: a question) |
| *Thanks largely to a surge in hiring.*, *Thanks to a fall in the price of grain.* | *Thanks to all the volunteers.*, *Thanks to the generosity of our donors.*, *Thanks to the foundation for funding it.* ("thanks to" and a cause: an object that is no person, group or name, with none after "of" or in a "who" clause, and no "for" saying what for) |
| | *ROTORUA — Hine Te Rangi, a weaver whose cloaks hang in marae, and who taught hundreds, has died.* (the sentence after a dateline is read with it and on its own: a fragment only in both readings) |
| *The town's oldest bridge, which opened in 1890 and carries 9,000 cars a day.*, *Kent, who head the table after four rounds.* | *The corn exchange, which opened in 1862 and seats about 400, suits touring companies.*, *Munster, who top the pool, host Toulouse in May.* (a present tense after the comma that closes a relative clause on the opening noun, agreeing with that noun as the clause's verb does, or as its number does after a past, is the main verb, whatever its tag; a name takes either number) |
| *Celtic fans outside the ground after the final whistle.*, *Chinese demand for iron ore from Australia.* | *Celtic return to European action on Thursday.*, *Bhutan charges most tourists a fee.*, *The Hendersons plan to sell.* (a name the article writes inside a sentence elsewhere, then a present tense before what may follow a verb: a team or a company takes a plural verb in British copy; an "-s" form before a preposition is as often a plural noun) |
| *A return fare from Cork to Galway of €35 on weekdays.* | *A single ticket from Leeds to York costs £12.*, *The train from Mumbai to Pune costs ₹500.* (a price after a word in a main verb's place is its object, whatever the currency sign's tag; "to" before a noun in the subject is a preposition) |
| *Tenants who pay the rent on time but still face eviction.*, *One of the few economists anywhere who predicted the crash.*, *Whereas rival operators listed on the exchange barely moved.* | *Tenants who pay the rent on time but still face eviction have sued.*, *Whereas rival operators listed on the exchange barely moved, the firm fell.* (a verb right after "and", "but" or "or" that ends a relative clause, with no finite verb after it, is that clause's second verb, since a coordinator joins no subject to its predicate; so is a root with a relative word among its subjects; a verb with no subject after an opening subordinator hung on a participle before it, with no comma between, is that clause's verb) |
| *Tenants who moved in after them and complained about the damp.*, *Players who trained under him at the academy in the 1990s.* | *Lawyers who appeared before her said the hearings ran late.*, *Players who came after him found the squad in disarray.* (a pronoun in the object case is no clause's subject: the word before it is a preposition, and the verb after it the main one) |
| *In Durban, a port built by the Dutch in 1652.*, *Like kayaks, canoes, paddleboards and the small dinghies sold at the marina.* | *In the hours before the storm, long lines formed at petrol stations.*, *Outside the court, a small group of relatives gathered before the hearing.*, *In Gulu and Lira, more than 25 percent of candidates passed in Division One.* (after the comma closing an opening phrase or clause, a whole subject, maybe opening with words that measure its number, and a past form of a verb WordNet also uses without an object, before a preposition: the main verb; not a participle with its agent, nor the last items of a list the opening phrase began) |
| *Several letters from the tenants, which the landlord had ignored.*, *The roads closed by the police, which reopened on Friday.* | *Several letters from the tenants concerned repairs, which the landlord had promised.*, *The blight, a fungus whose spores ride on the wind, has reached the valleys.*, *The debate centered on the reserves, which have grown.* (a word in a main verb's place beside a relative clause, or a verb before it that the parser hung on a noun, without a participle's agent: the clause is not the sentence's only one) |
| *The draft budget for about €420 million in new schools.*, *Because the car park quickly clears after the match.* | *The draft budget earmarks about €420 million for schools.*, *As the afternoon wears on, the market square slowly empties.* (words that measure a number open an object; an adverb the parser hung on a present tense after a whole subject marks a verb; a gerund compound is part of that subject: "the waiting room") |
| *The price of fresh fruit in the winter months.*, *A sharp slump in imports of crude oil this year.* | *Prices of fresh fruit climb in the winter months.*, *Levels of river pollution peak after heavy rain.* (a base form agrees only with a plural subject, so a bare singular noun ending that subject's phrase before it is no compound's first part) |
| *Nurses who have worked double shifts and doctors who say they cannot remember their last day off.*, *Growers who say they have not been paid for the apples they delivered.* | *Porters who say they have had no break are threatening to strike.*, *A lifeguard who says she saw the boat capsize has come forward.*, *Tenants who think they qualify can apply online.* (what the verb of a relative clause whose subject is its relative word reports, with a subject of its own, to the end of the sentence, belongs to that clause; not when another finite verb outside a relative clause is in it, which may be the main one) |
| *Especially the sheds, barns and stables damaged in the gales.*, *Particularly the peas and beans packed at the plant in Idaho.* | *Especially the growers sold their fruit early.*, *Particularly the corner shops suffered in the storm.* (a past form without an object or auxiliary on the noun phrase a particularizer opens, even a list: a participle if its verb often takes an object; where the parser made that phrase its subject, if its verb seldom goes without one) |
| *In the wake of the worst flooding the region has seen in four decades.*, *Despite the heaviest snow the city has had since 2010.* | *Since the last election the party has changed.*, *After the busiest week the staff have rested this weekend.*, *In the wake of the worst winter, the valley has seen ...* (a clause without its relative word right after a noun a superlative ranks, in the opening phrase, without the object that noun is and with the span of time the record covers: "since", or "in" or "over" and a unit of time) |
| *A decision nobody on the board expected.*, *A debt nobody in the family could ever repay.*, *A gamble nobody in the cabinet wanted to take.* | *A verdict nobody expected came on Friday.*, *A week later nobody had spoken.*, *A storm nobody had prepared for struck on Monday.* (a clause whose subject is an indefinite pronoun — "nobody", "everyone", "someone" ... — right after the noun the sentence opens with, lacking the object that noun is, even in an infinitive, with no other verb: no noun modifies such a pronoun, so the noun is no part of its subject; not a noun of time) |
| *Back taxes of £2 million owed by the firm.*, *Free courses at every branch of the library.* | *All of the candidates back the plan in principle.*, *Fans of the club back the manager.* (a word the parse gave a direct object is a verb, whatever its tag: a noun phrase with no verb has no object; not inside a hyphenated modifier: "round-the-clock care") |
| *While the pitch is being relaid and the stand is rebuilt over the summer.* | *While the pitch is being relaid, the stand is rebuilt.*, *The pitch is being relaid and the stand is rebuilt.* (a word the parse gave a subject and an auxiliary heads a clause whatever its tag, and a clause joined to it by "and" without a comma shares its subordinator) |
| *Although the Met Office warning for the coast was lifted after midnight.*, *Because the Red Cross warning about the heat had not reached them.* | *Although the Met Office warning was lifted at midnight the ferries stayed in port.*, *Although staying at home, the workers were paid.* (the opening subordinator hung on a bare "-ing" form whose subject is the noun right before it, with no comma before the verb: a noun read as a gerund, the head of the clause's subject) |
| *When the talks did finally collapse in the spring of that year.* | *When conflict does erupt — a bitter argument over whether he should move — it is all the more shocking.* (a word the parse gave a subject and an auxiliary is the verb of the clause "when" opens, whatever its tag) |
| *Just under 10 percent of the budget for roads.*, *Over 5 percent of applicants at the first attempt.* (a noun phrase) | *Just under 10 percent of candidates passed in Division One.* (a preposition that measures the number after it, like "about", belongs to the noun phrase and opens no phrase of its own) |
| *Money that ministers pledged, and then failed to spend, in three budgets.*, *A footbridge that the county built and then quietly closed.* (a verb after "and" with no subject but the noun or a relative word, right after a relative clause on the noun the sentence opens with, is that clause's second verb) | *The footbridge that the county built and the town painted reopened in May.*, *Teachers who joined before 2010 and stayed on keep their pensions.* |
| *The first gold of a long and injury-hit career.*, *A triumph for a long-neglected and much-loved playhouse.* (a participle joined by a hyphen to the word before is half of an adjective) | *Directors rubber-stamped the budget.*, *Residents re-elected the councillor.*, *The storm-damaged ship was repaired.* |
| *Families forced from their homes by the floods.*, *A plan drawn up by the port company and approved in May.*, *Buses running through the city centre after midnight.*, *Councillors opposing the plan, most of them from the opposition.* | *A medical report put before the tribunal described Hendry as ...*, *Cattle grazing the hills above the town drink from streams ...*, *Patients whose operations were postponed before Christmas wait ...*, *Sound by Rawiri Tane swells slowly from ...* (after a noun and a complete participle phrase or relative clause, or a gerund and its prepositional phrases, a word whose form may be a finite verb agreeing with that noun, with a complement of its own: English stacks no second verb on such a modifier without "and" or a comma; not a noun between two bare nouns, "the airport flight paths") |
| | *She died at her home in Killough, Co. Down, with her husband beside her.* (an abbreviation after a comma, before a capitalised word and a comma, opens a name and ends no sentence) |
| *So that, the council says, families can move back.*, *Without, the inquiry heard, ever checking the licence.* (a clause of saying or finding in commas right after the opening subordinator or preposition, without what it says: an aside, the sentence read without it) | *Despite the rain, organisers said, the parade will go ahead.*, *Although small, the study found, the effect held.*, *Later, it built a village, with ...* |
| *Villages where farmers say the floods ruined the harvest.*, *Companies whose owners say they cannot afford it.* (what the verb of a relative clause opened by a relative adverb or "whose" reports, to the end of the sentence, belongs to that clause) | *Homes where staff said they had not been paid were inspected.*, *The ward where nurses work said patients waited.* (a plural the parser made a compound of a verb form is that verb's subject) |
| *No rent rises, no evictions and no new charges for tenants.*, *No signal, no phone lines and no way to call once the storm hit.* (a list of noun phrases each opened by "no", with no finite verb outside a subordinate clause: a plural ending the first may be read as a present tense) | *No taxes rose, no jobs went and no schools closed.*, *No cars, no bikes and no dogs are allowed on the pier.*, *No tax rises, no new borrowing, the chancellor promised.* |
| *Although the council claimed, at the time, that the bridge was safe and the cracks were cosmetic.* (a clause joined by a coordinator without a comma to the "that" clause of a subordinate one shares that "that") | *Although the report found, in its final pages, that the levee held and the pumps worked, engineers want it raised.* |
| *A councillor who resigned last week and whom members had tried to deselect.* ("whom", never a subject, before a clause's subject opens a relative clause) | *A surgeon whom colleagues described as tireless retired on Friday.* |
| *Who had coached the under-12 side every Saturday for two decades.*, *Who said the harbour wall was too weak.* (one verb group, or a verb that takes a clause of its own) | *Who wins the contract will be known by May.*, *Who the owners are has never been made public.* (a question clause opened by "who" or "whose" as the subject of a finite "be", "have" or modal after its verb and object, with no subordinator, coordinator or punctuation between; not "which", which may be a clause on the sentence before) |
| *Not to close the library, the council says, but to move it.*, *Not to cut jobs but to retrain the workers.* (two infinitives contrasted, "Not to ... but to ...", with no finite verb but in a subordinate or relative clause or an aside in commas) | *Not to cut jobs but to retrain workers was the demand.*, *Not to worry, but to prepare, the ministry says.*, *Not to be outdone, the council cut fares.* |
| *Which British soldiers had carried off in 1897.* ("which" read as the determiner of the subject of a phrasal verb that seldom goes without an object and has none: the relative pronoun that is its object) | *Which teams had dropped out by then surprised fans.*, *Which stations closed down is listed.* |
| *The lorries that the company leased to carry frozen fish from the port.*, *The parcels that the charity sent stranded families.* (a participle opening the object of the relative clause's own verb, or the one a verb of giving or sending gives to) | *The tram line that the mayor promised to extend reported record numbers.*, *The hall that the choir relies on needed repairs.* (a verb or preposition has one object: when the relative word already is it, the past form opening a second one is the main verb) |
| *After the harvest, the farm's empty grain stores.*, *In the town square, the old covered market stalls.* (a noun after an adjective or another noun may head the phrase) | *When the snow melts, the pass reopens.*, *When it does not sail, life contracts.* (a present tense by its form, of a verb WordNet often uses without an object, closing the sentence after a whole subject, a bare noun too, that follows the comma closing an opening phrase or clause; a subject pronoun opens a clause) |
| *Booking seats online at a lower price.* | *Booking seats online costs £4 less.* (an "-s" form the parser made a second object of the opening gerund, before what may be its object) |
| *While analysts said the results were weak, and the finance chief admitted margins had been squeezed.*, *Even though the governor, who opposed it, warned of the cost and the teachers' union said it was unfunded.* | *While the county, which owns the land, said it would fight, the parish backed it.*, *As expected the bank held rates, and the pound rose.* (subordinate clauses joined by a comma and a coordinator, or around a relative clause set in commas on a subject, each with one finite verb, are still only subordinate; not after a phrase the subordinator opens before its clause's subject) |
| *Hundreds of them, many wrapped in sleeping bags against the cold.*, *Dozens of families, most of them forced from their homes.* | *Hundreds of fans, many wrapped in blankets, waited outside.*, *That night, many slept in their cars.*, *Of the 40 workers, most returned.* (a word for a part, right after the comma closing the noun phrase the sentence opens with, and a past form without the object its verb often takes: an absolute phrase on that noun phrase; not after a phrase of time or a preposition) |
| *Schools, clinics and the main hospital's account.*, *On the flat, the three bonefish and their shadows.* | *Roads, water supply and the city's bus service account for most of the spending.*, *On the flat, the three bonefish drift within range.* (a list of noun phrases parted by commas, the last after a coordinator, is one plural subject; a number other than one before a noun counts a plural, whatever its form) |
| *A setback for the rail links to the north.*, *A verdict on the council's road repairs since spring.*, *Fresh gains in the bond market after the budget.* | *Most of the cash from the appeal funds meals for pensioners.*, *Her version of events tallies with the driver's statement.*, *Much of the country's coffee ships through the northern port.* (a word whose form is a finite verb WordNet knows, whatever its tag, after words that can be its subject and agree with it, a noun phrase with its post-modifiers or a share of a group, before a preposition, particle, adverb or object: the rule cannot decide; not a compound's last noun, after a modified noun, a name, a noun WordNet lists it with or, outside a share of a group, one the parser joined to it) |
| *Especially the dairy farms along the river.* (a noun the parse made a modifier stays a noun) | *On the far bank, the two herons wade into the shallows.* (a sentence the rule would flag is read again with each word that may be a finite verb the tagger missed, right after what may end a subject, replaced by an unambiguous verb of the same form and valency, *happens* or *includes*: when the parser then finds a main clause headed by it, with an agreeing subject before it, the rule cannot decide) |
| *Many of the houses built on the flood plain in the 1960s.*, *The charity that the prince is patron of.* | *Much of the debate revolved around the formula.*, *The house the family grew up in sold for £1.4 million.* (read again: a past form after a share of a group, of a verb used without an object clearly more often than with one; a word after a preposition that ends a relative clause, whose gap is its object) |
| *Most of the merchandise at the stall by the gate.*, *Higher prices for food sold in markets.* | *Many of them sympathise with the dockers.*, *Fierce heat across the country buckled rail tracks.* (the same, for the British "-ise"/"-yse" spelling of a verb also spelt "-ize"/"-yze" whatever its tag, and for a bare noun phrase opening the sentence as the subject of a verb's form before its object) |
| *Riders waiting for the trains that never arrived.*, *Writers who left Sri Lanka as the war began.* | *Reactions from riders waiting for trains to Hull ranged from resigned to irritated.*, *Writers who left Sri Lanka as children attended the festival.*, *To measure that, the team weighed the tortoises.* ("for" and a noun, or "as" and a bare noun for people, a role, in a clause on the noun the parser made the root, and a demonstrative "that" right before the comma closing an opening phrase, are no subordinators: the verb after them may be the main one) |
| *Most of the ferries serving the islands in the summer months.* | *Most of the ferries serving the islands date from the 1980s.* (a share of a group takes the group's number, also before a participle phrase on the group) |
| *A record harvest for the growers, according to Ana Ruiz, who chairs their association.* | *Many of them sympathise with the strikers, according to Ana Ruiz, who chairs the association.* (the sentence is read without its source after "according to", whose relative clause is no clause of what it says) |
| *A study of sponges that survived the marine heatwave off Perth.*, *To try, once again, to persuade the other 12 member states to back the fisheries deal.* ("heatwave/VB", "deal/VB") | *Most of the families on the estate agree.*, *To book tickets, call the box office.* (a base form at the root, no auxiliary, that ends the sentence right after a noun with no subject, or that WordNet knows no verb for after a singular common noun that names no group, is that noun phrase's head: an imperative opens its clause, a present tense agrees with a plural) |
| *Once the ballots have been counted, the boxes have been sealed and the observers have signed the report.* | *Once the snow has melted, the pass will reopen and lorries will cross.*, *Since the plant has closed, jobs have gone and shops have shut.*, *When inflation has risen, the bank has raised rates and the currency has gained.* (after "once" or "as soon as" a present perfect tells a time still to come, which a main clause in the present perfect cannot follow: two clauses in it after the comma, joined by "and", are the next conditions) |
| *To plead, once more, for the neighbours to honour the pact.*, *To appeal, yet again, for witnesses to come forward.* | *It is time, the minister said, for the rebels to respect the ceasefire.*, *The mayor pleaded, once more, for the neighbours to honour the pact.* ("for" and an infinitive's subject after an aside open no finite clause that could carry the sentence) |
| *Whether or not the strike ends before the conference in May.*, *When the divers searched the wreck the navy had located.*, *Once the engineers warned the council the dam could fail.* | *Whether or not the rain stops the organisers will open the gates.*, *When the divers searched the wreck they recovered three bodies.* (with no comma in the sentence, a finite clause with its own subject that runs to the end, hung as the object of a subordinate clause's verb that takes no clause in WordNet, or as a relative clause on that verb's object with no relative word and an object of its own, so no gap for the noun, is the main clause) |
| *Rebuilding the pier exactly as it stood before the storm.* | *Leaving the old quay as it was has disappointed the fishermen.* (a verb the parser made an auxiliary of a verb with a subject, when it has a subject of its own, is another clause's: its subordinator is not the verb's) |
| *The pub they drank in last winter.*, *The pay deal that the nurses had been waiting for this year.* | *The pub they drank in closed last winter.*, *The pay deal that the nurses had been waiting for never arrived.* (read again: a phrase of time after a word is no object, even one the parser made a stranded preposition's; a substitute tagged as a participle, with a subject and no auxiliary, heads a clause) |

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
                "except that", "in case", "in the event that", "whereupon", "whereby", "wherein",
            ),
            "Conjunctions, and relative adverbs (\"whereupon\"), that make a clause subordinate, besides any word the "
            "parser marks as one (\"lest\").",
        ),
    ),
)
# Nouns and adjectives that open verbless greetings and thanks: a closed set of formulas.
FORMULAS = frozenset("thanks congratulations kudos greetings welcome condolences cheers happy".split())
# An initialism, whose last full stop may end the sentence too: "a.m.", "p.m.", "U.S.".
INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")
# The tags of a word that may open a sentence and is no name (see ``_opens_sentence``).
OPENER_TAGS = frozenset({"IN", "VBG", "VBN", "RB", "WDT", "WP", "WP$", "WRB", "DT", "PRP", "TO"})
# Two capitals in a row: a word in capitals, which a shouted sentence has.
CAPITALS = re.compile(r"[A-Z]{2}")


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    min_words = ctx.option("min-words")
    phrases = sorted((tuple(s.lower().split()) for s in ctx.option("subordinators")), key=len, reverse=True)
    subordinators = tuple(phrases)
    blocks = parsed_blocks(doc, ctx, (BlockKind.PARAGRAPH,))
    names = None  # the article's names, read when a sentence is first found a fragment
    for pb in blocks:
        if pb.block.emphasized:
            continue  # an editor's note in italics: "*Originally published on the agency's blog.*"
        complete, listing, problems = True, False, []
        for sent, joined in _sentences(pb.tokens):
            dash = dateline_end(sent) if sent.start == 0 else None
            follows_sentence, complete = complete, _complete(sent)
            text = sent.text
            colon = ":" in text and any(t.text == ":" for t in sent)  # not the one of a time: "2:16:40"
            # after a colon, the paragraph may go on listing: "... three things: A ban. A law. A tax."
            checked = follows_sentence and complete and not listing and not colon and _starts_sentence(sent)
            listing = listing or colon
            if checked and _shouted(sent, text):
                checked = False  # capitals
            problem = None
            if checked and joined:  # one the parser joined to the sentence before is read on its own
                problem = _problem_on_its_own(sent.text, subordinators, ctx)
            elif checked:  # (the part before one, as parsed: its whole sentence)
                problem = _problem(sent.sent, subordinators)
            if checked and problem is None:
                problem = _problem_without_aside(sent, subordinators, ctx)
            claim = _without_attribution(sent) if problem else None
            if claim is not None:  # "Many of them sympathise ..., according to Ana Ruiz, who chairs ..."
                problem = _problem_on_its_own(claim, subordinators, ctx) and problem
            names = _article_names(blocks) if problem and names is None else names
            if problem and _verb_after_name(sent, names):
                problem = None  # "Celtic return to European action on Thursday."
            if dash is not None:  # a story's first sentence after its dateline ("HALIFAX — The Liberals held ...")
                sent = sent[dash + 1 :]
                problem = problem and _problem_on_its_own(sent.text, subordinators, ctx)
            if problem and any(t.like_email or t.like_url and t.nbor(-1).text in ",;" for t in sent):
                problem = None  # contact details, a venue's listing: "At the Booth Theatre, ...; lighthouse.com."
            long_enough = problem is not None and sum(1 for t in sent if not (t.is_punct or t.is_space)) >= min_words
            if long_enough and _read_as_complete(sent, ctx):
                problem = None  # a word the tagger missed may be the main verb: the rule cannot decide
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


def _article_names(blocks) -> frozenset[str]:
    """The words (lower case) the article's paragraphs write with a capital inside a sentence, after a word or a
    comma, tagged as names: the names a sentence may open with ("Celtic", "Penybont", "Bhutan"); not an adjective
    of nationality ("Chinese demand"), which the tagger reads as one."""
    return frozenset(
        t.lower_
        for pb in blocks
        for sent in pb.tokens.sents
        for t in sent[1:]
        if t.tag_ in PROPER_TAGS and t.text[0].isupper() and (t.nbor(-1).is_alpha or t.nbor(-1).text == ",")
    )


def _sentences(tokens: ParseView) -> Iterator[tuple[Span, bool]]:
    """The parse's sentences, each with whether the parser joined it to the one before: after an initialism whose
    full stop ends that one (see ``_joined_after_initialism``)."""
    for sent in tokens.sents:
        start = sent.start
        # (the cheap test first: a sentence whose text holds no initialism has no word after one)
        words = sent if INITIALISM.search(sent.text) else ()
        for word in words:  # (a word that opens a sentence is capitalised: the cheap test next, inline)
            if word.text[0].isupper() and _joined_after_initialism(word, sent):
                yield sent.doc[start : word.i], start != sent.start
                start = word.i
        yield sent.doc[start : sent.end], start != sent.start


def _joined_after_initialism(word: Token, sent: Span) -> bool:
    """Whether a new sentence starts at ``word``, which the parser joined to the sentence before: a word that may
    open one (see ``_opens_sentence``) after an initialism ("a.m.", "U.S."), whose full stop is the sentence's
    too, and after the sentence's main verb ("... at 6 p.m. instead of 8 p.m. Citing concerns about ...")."""
    if not _opens_sentence(word) or word.i + 1 >= sent.end or word.i <= sent.root.i:
        return False  # (the cheap tests first: few words are capitalised, the sentence's root is spaCy's to find)
    return INITIALISM.fullmatch(word.doc[word.i - 1].text) is not None


def _problem_on_its_own(text: str, subordinators: tuple[tuple[str, ...], ...], ctx: CheckContext) -> str | None:
    """The problem of ``text`` parsed on its own: the sentence after a dateline, which the parser may read with the
    place as its subject or head ("ROTORUA — Hine Te Rangi, a weaver whose ..., has died": ROTORUA the subject, the
    name an apposition to it). Either reading may be the wrong one: a problem stands when both find one."""
    reading = reparsed(text, ctx).sents
    return _problem(reading[0], subordinators) if len(reading) == 1 else None


def _problem_without_aside(sent: Span, subordinators: tuple[tuple[str, ...], ...], ctx: CheckContext) -> str | None:
    """The problem of ``sent`` parsed without an aside after its opening words ("So that, the ministry argues,
    farmers ...": see ``_opening_aside``), which the parser may take for the main clause."""
    aside = _opening_aside(sent, subordinators)
    if aside is None:
        return None
    doc = sent.doc
    rest = f"{doc[sent.start : aside.start].text} {doc[aside.end : sent.end].text}"
    return _problem_on_its_own(rest, subordinators, ctx)


def _without_attribution(sent: Span) -> str | None:
    """The text of ``sent`` up to a comma and "according to", which attributes what comes before it to a source, and
    the sentence's closing stop, or None when it has none: what the sentence claims. A relative clause on the source
    ("according to Ana Ruiz, who chairs the association") is no clause of that claim; a fragment stays one without
    its source ("A record harvest, according to the ministry."). A source set in commas, with words after the comma
    closing it that no relative word opens, is an insertion, and the claim goes on after it ("Officers who,
    according to prosecutors, took bribes.")."""
    doc = sent.doc
    according = next((t for t in sent[1:-1] if t.lower_ == "according" and t.nbor().lower_ == "to"), None)
    if according is None or doc[according.i - 1].text != ",":
        return None
    closing = next((t for t in doc[according.i : sent.end - 1] if t.text == ","), None)
    if closing is not None and not (closing.nbor().lower_ in RELATIVES and closing.nbor().tag_ in WH_TAGS):
        return None
    last = next(t for t in reversed(sent) if not t.is_space)
    return doc[sent.start : according.i - 1].text + (last.text if last.is_punct else "")


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


def _words(sent: Span) -> list[str]:
    return [t.lower_ for t in sent if t.is_alpha and t.lower_ not in LEAD_WORDS]


def _complete(sent: Span) -> bool:
    """Whether ``sent`` ends with a full stop or an exclamation mark (not "...", "?" or ":"), or with an abbreviation's
    full stop that ends the sentence (see ``_ends_with_abbreviation``)."""
    last = next((t for t in reversed(sent) if not t.is_space and t.text.strip(CLOSERS)), None)
    return last is not None and (last.text in (".", "!") or _ends_with_abbreviation(last))


def _ends_with_abbreviation(last: Token) -> bool:
    """Whether the abbreviation ``last`` ("p.m.", "Inc.", "U.S.") closes its sentence with its own full stop: the
    paragraph ends there, or a word that may open a sentence comes next (see ``_opens_sentence``). Before a name or
    an adjective the parser may have split one sentence ("the U.S. Navy", "at 1:05 p.m. Pacific time")."""
    if len(last.text) < 2 or not last.text.endswith(".") or not last.text[0].isalpha():
        return False
    following = next((t for t in last.doc[last.i + 1 :] if not t.is_space), None)
    if following is not None and _abbreviation_before_name(last, following):
        return False
    return following is None or _opens_sentence(following)


def _abbreviation_before_name(abbreviation: Token, following: Token) -> bool:
    """Whether ``abbreviation`` opens a name set in commas, a capitalised word after it and a comma after that word
    ("in Holywood, Co. Down, with his wife ...", "of Kilkenny, Co. Kilkenny, and"): after a comma an abbreviation
    opens a phrase, and the word it abbreviates belongs to the name after it, so no sentence ends at its full stop
    ("Acme Ltd. Shares fell ..." has no comma before it)."""
    doc = abbreviation.doc
    before = doc[abbreviation.i - 1] if abbreviation.i > 0 else None
    after = doc[following.i + 1] if following.i + 1 < len(doc) else None
    name = following.is_alpha and following.text[0].isupper()
    return before is not None and before.text == "," and name and after is not None and after.text == ","


def _opens_sentence(word: Token) -> bool:
    """A capitalised word that may open a sentence and is no name: a preposition or subordinator, a participle, an
    adverb, a relative or question word, a determiner, a pronoun, "to" ("Citing ...", "Which ...", "It ..."); not a
    name the tagger read as a determiner ("at 7 p.m. Hawaii/DT time")."""
    return word.text[0].isupper() and word.tag_ in OPENER_TAGS and (word.tag_ != "DT" or word.lower_ in DETERMINER_WORDS)


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
    if tokens[-1].text == "!" or _exclamative(sent) or _formula(sent) or _credit(tokens):
        return None  # an exclamation ("What a night for the fans!"), thanks ("Thanks to all who ..."), a credit
    if _correlative_comparative(tokens):
        return None  # "The bigger the city, the higher the rents.", which needs no verb
    i = _after_lead_words(tokens)
    shape = _shape_by_word_order(sent, tokens, i, subordinators)
    if shape is None and _independent(sent.root, subordinators):
        return None  # most sentences: the root is a finite verb with its subject
    if any(_verb_after_preposition_read_as_mark(t, subordinators) or _verb_after_demonstrative_read_as_mark(t) for t in sent):
        return None  # "Writers who left Sri Lanka as children attended ...", "To measure that, the team weighed ..."
    if shape is not None:
        return shape
    if any(
        _independent(t, subordinators) or _misplaced_relative(t) or _missed_main_verb(t, subordinators) for t in sent
    ):
        return None
    if any(_verb_by_its_form(t, subordinators) for t in sent):
        return None  # a word that can be the main verb the tagger missed: the rule cannot decide
    if any(_later_clause_on_root(t, sent) for t in sent):
        return None  # a sentence built around a later clause: "Better late, as the saying goes."
    first, root = tokens[i], sent.root
    if first.lower_ == "that" and first.tag_ == "IN":
        return None  # a clause as the subject, whose verb the tagger often misses: "That the plan failed surprised ..."
    for j in range(len(tokens) - 1):
        phrase = _opening_subordinator(tokens, j, subordinators)
        if phrase:
            last = tokens[j + len(phrase) - 1]
            if _elliptical(last) or _main_clause_after(last, subordinators) or _main_clause_without_comma(last):
                return None
            if _inverted_after_negation(tokens, last):
                return None  # "Not until the final whistle did the fans celebrate."
            if _inverted_after_comparison(last):
                return None  # "Just as striking is the fall in the number of learner drivers."
            opening = " ".join(t.text for t in tokens[: j + len(phrase)])
            return f'Sentence fragment: a subordinate clause ("{opening} ...") with no main clause'
        if j >= i and tokens[j].dep_ not in MEASURE_DEPS:
            break  # past the words that may measure the clause: "Just days after ...", "Long before ..."
    relative = first.lower_ in RELATIVES | {"where"} and first.tag_ in WH_TAGS and tokens[i + 1].lower_ != "of"
    if relative and not _clausal_subject(tokens[i:], subordinators):
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
    if _relative_root(root):
        return "Sentence fragment: a noun phrase whose only verb is in a relative clause"
    participle = first.tag_ in ("VBG", "VBN") or first.tag_ == "VB" and _passive_by_people(first)
    if participle and not _past_after_comma(tokens):
        return f'Sentence fragment: a participle phrase ("{first.text} ...") with no main clause'
    absolute = _absolute(root) or _absolute_after_noun_phrase(root)
    if absolute and not any(map(_past_before_object, tokens)):  # "officials in Bogotá extended water ..."
        return f'Sentence fragment: a participle phrase with its own subject ("{first.text} ...") and no main clause'
    if _verbless_absolute(root):
        return f'Sentence fragment: a subject with no verb ("{first.text} ...")'
    if first.tag_ == "TO" or _in_order_to(tokens[i:]):
        return f'Sentence fragment: an infinitive phrase ("{first.text} ...") with no main clause'
    if _cause_after_thanks(first):
        return f'Sentence fragment: a phrase ("{first.text} to ...") with no main clause'
    if first.tag_ == "IN" or first.dep_ == "prep" or root.tag_ == "IN" and root.i <= first.i + 1:
        # a preposition, or a preposition the sentence's first word qualifies that the parser made the root: "Such as
        # whether the rules will apply ..."
        return f'Sentence fragment: a phrase ("{first.text} ...") with no main clause'
    # a quantity before "of" ("Dozens of unpaid invoices ..."), not a plural subject whose verb the tagger
    # missed ("Applications open in July")
    partitive = first.tag_ == "NNS" and tokens[i + 1].lower_ == "of"
    opens_phrase = first.tag_ in NP_OPENERS or partitive or i > 0 and first.tag_ in NOUN_TAGS  # "Especially corn"
    adjective = first.lower_ in FORMULAS and _describes_noun(first)  # "Welcome/VBP news for ..."
    opens_phrase = opens_phrase or _opens_list(root) or adjective
    named = _name_with_apposition(sent, first)
    # not "according to", "including", nor a noun listed after the one the parser made its subject
    verbs = [t for t in sent if t.tag_ in VERB_TAGS and t.dep_ != "prep" and not _listed_after_subject(t)]
    verbs = [t for t in verbs if not (adjective and t.i == first.i)]
    missed = any(map(_verb_as_noun, sent)) or _verb_read_after_share(sent)  # "Most of them farm/NN rice"
    objects = [t for t in sent if not (adjective and t.head.i == first.i)]  # not "relief" of "Welcome/NN relief"
    missed = missed or any(map(_object_of_missed_verb, objects))  # "All of the candidates back/RB the plan"
    if (opens_phrase or named) and all(map(_modifies_noun, verbs)) and not missed:
        return f"Sentence fragment: {'a name with only an apposition' if named else 'a noun phrase with no verb'}"
    return None


def _after_lead_words(tokens: list[Token]) -> int:
    """Where ``tokens`` go on after the words that lead a sentence's first phrase ("Especially ...", "Just under 10
    percent of ..."), up to the first comma."""
    i = 0
    while i < len(tokens) - 2 and tokens[i + 1].text != ",":
        if not (_lead_word(tokens[i]) or _measuring_preposition(tokens[i])):
            break
        i += 1
    return i


def _shape_by_word_order(sent: Span, tokens: list[Token], i: int, subordinators: tuple[tuple[str, ...], ...]) -> str | None:
    """The fragment ``sent`` is by a shape whose verbs the parser often takes for a main clause, read from the order of
    its words from ``tokens[i]`` on, or None."""
    coordinated = _coordinated_subordinate_clauses(tokens, i, subordinators)
    if coordinated:
        return f'Sentence fragment: a subordinate clause ("{coordinated} ...") with no main clause'
    if _relative_clause_only(tokens[i:]) and not _main_verb_beside_relative(sent, subordinators):
        return "Sentence fragment: a noun phrase whose only verb is in a relative clause"
    if _relative_then_shared_verb(sent) and not any(_verb_after_subject(t, subordinators) for t in sent):
        return "Sentence fragment: a noun phrase whose only verb is in a relative clause"
    if _relative_clause_read_as_root(sent) and not _main_verb_beside_relative(sent, subordinators):
        return "Sentence fragment: a noun phrase whose only verb is in a relative clause"
    if _contrasted_infinitives(tokens):
        return 'Sentence fragment: an infinitive phrase ("Not to ... but to ...") with no main clause'
    if _perfect_conditions(sent):
        return f'Sentence fragment: subordinate clauses ("{tokens[i].text} ...") with no main clause'
    if _noun_read_as_root(sent, subordinators):
        return f'Sentence fragment: no main verb ("{sent.root.text}" ends a noun phrase)'
    if _list_of_negated_nouns(tokens):
        return "Sentence fragment: a list of noun phrases with no verb"
    if _in_order_to(tokens[i:]) and not _main_clause_after(tokens[i + 2], subordinators):
        return f'Sentence fragment: an infinitive phrase ("{tokens[i].text} order to ...") with no main clause'
    return None


def _measuring_preposition(word: Token) -> bool:
    """A preposition that measures the number after it ("Just under 10 percent of candidates passed ...", "Over
    5,000 people ..."): a word of the noun phrase, like "about" or "nearly", that opens no phrase of its own."""
    return word.tag_ == "IN" and _measures_number(word)


def _opens_list(root: Token) -> bool:
    """A common noun the parser made the root, before the sentence's first comma and a coordinator after it: the
    first item of a list of noun phrases ("Pay rises of 4 percent, shorter shifts and free parking ..."), whatever
    word it opens with; not a name, which may be a list's subject whose verb the parser hung on it ("Pueblo City
    Schools, ... and ... District 11 all canceled classes") or a dateline's place, nor before a past form that may
    have an object ("Hospitals, clinics and care homes canceled visits")."""
    doc, sent = root.doc, root.sent
    words = doc[sent.start : sent.end]
    comma = next((t.i for t in words if t.text == ","), None)
    if root.tag_ not in ("NN", "NNS") or comma is None or comma < root.i or any(map(_past_before_object, words)):
        return False
    return any(t.lower_ in COORDINATORS for t in doc[comma + 1 : sent.end])


def _name_with_apposition(sent: Span, first: Token) -> bool:
    """A name that opens the sentence, then a comma and its apposition to the end ("Maria Lopez, the county's chief
    engineer since 2019."); not alone or first in its paragraph, where a name and title are a byline, a caption or
    a signature ("Jane Smith, Director of Communications.")."""
    root, doc = sent.root, sent.doc
    if sent.start == 0 or first.tag_ != "NNP" or root.tag_ not in ("NNP", "NNPS") or first.head.i != root.i:
        return False
    appositions = [c for c in root.children if c.dep_ in ("appos", "conj") and c.i > root.i]
    if not appositions or any(c.tag_ in ("NNP", "NNPS") or c.dep_ == "conj" for c in appositions):
        return False  # a list of names: "Madeleine Albright, Drew Barrymore, Bono, ..."
    apposition = appositions[-1]
    if doc[apposition.left_edge.i - 1].text != ",":
        return False
    return all(t.is_punct or t.is_space for t in doc[apposition.right_edge.i + 1 : sent.end])


def _credit(tokens: list[Token]) -> bool:
    """A credit or an editor's note: a participle of a verb of communication and its agent or time among its
    first words, and no finite verb ("Reporting by Ana Ruiz; Editing by Tom Lee.", "With reporting from the AP.", "Updated at 5 p.m.")."""
    communication = verb_class(("verb.communication",), 2)
    participles = (t for t in tokens[:3] if t.tag_ in ("VBG", "VBN") or t.lower_.endswith("ing"))  # "Reporting/NN"
    credit = any(t.lower_ in communication and _credited(t.nbor()) for t in participles)
    return credit and not any(map(_finite, tokens))


def _credited(word: Token) -> bool:
    """A time ("at 5 p.m."), or a name or agency after "by" or "from" ("by Ana Ruiz", "from the AP"): what a credit
    gives, unlike people of a common noun ("Described by colleagues as ...")."""
    doc = word.doc
    if word.lower_ == "at":
        return True
    if word.lower_ not in ("by", "from") or word.i + 1 >= len(doc):
        return False
    source = doc[word.i + 2] if doc[word.i + 1].lower_ == "the" and word.i + 2 < len(doc) else doc[word.i + 1]
    return source.text[:1].isupper()


def _correlative_comparative(tokens: list[Token]) -> bool:
    """A sentence of two comparisons, each "the" and a comparative, the second after a comma: "The bigger the city,
    the higher the rents.", "The longer the strike goes on, the harder it is to settle." English makes a sentence of
    them with no verb; one comparison alone is a fragment ("The longer the strike that shut the plant.").
    The first comparative may be read as a noun: an "-er" word right between two "the" ("The colder/NN the winter")."""
    def compares(k: int) -> bool:
        return k + 1 < len(tokens) and tokens[k].lower_ == "the" and tokens[k + 1].tag_ in COMPARATIVE_TAGS

    first = tokens[1] if len(tokens) > 2 else None
    read_as_noun = first is not None and first.lower_.endswith("er") and tokens[2].lower_ == "the"
    opens = tokens[0].lower_ == "the" and read_as_noun or compares(0)
    return opens and any(t.text == "," and compares(k + 1) for k, t in enumerate(tokens))


def _exclamative(sent: Span) -> bool:
    """An exclamation, even one a full stop ends: "What" as the determiner of the noun that is the sentence's root
    ("What a turnaround for a country that recorded 700 cases."), not of a clause's subject ("What damage the storm
    caused is unclear.")."""
    first = next(t for t in sent if not t.is_space)
    return first.lower_ == "what" and first.dep_ in ("det", "predet") and first.head.i == sent.root.i


def _formula(sent: Span) -> bool:
    """A greeting or thanks, which needs no verb: "Many thanks to ...", "Congratulations to ..."; not "thanks to" a
    cause (see ``_cause_after_thanks``)."""
    words = [t for t in sent if t.is_alpha][:2]
    formula = next((w for w in words if w.lower_ in FORMULAS), None)
    return formula is not None and not _describes_noun(formula) and not _cause_after_thanks(words[0])


def _describes_noun(word: Token) -> bool:
    """Whether the formula word ``word`` is an adjective before a common noun that names no occasion (WordNet
    noun.time): a noun phrase such as "Welcome news for ...", "A welcome boost ...", "Welcome respite from ...";
    not a greeting ("Happy birthday to ...", "Happy New Year", "Welcome to ...", "Welcome home"), nor people welcomed
    ("Welcome newcomers to the club.")."""
    after = word.nbor() if word.i + 1 < word.sent.end else None
    if after is None or after.tag_ not in ("NN", "NNS") or after.dep_ in ("advmod", "npadvmod"):
        return False
    return not in_class(noun_lemma(after), "noun.time") and not is_people_noun(after)


def _cause_after_thanks(first: Token) -> bool:
    """Whether ``first`` opens "thanks to" and a cause: an object of "to" that is no person, group or name, nor has
    one after "of" or in a "who" clause ("Thanks largely to a surge in demand in April."); not people thanked
    ("Thanks to all the volunteers.", "Thanks to the generosity of our donors.", "Thanks to everyone who came."),
    nor what for ("Thanks to the foundation for funding the playground.")."""
    if first.lower_ != "thanks":
        return False
    to = next((t for t in first.doc[first.i + 1 : first.sent.end] if t.lower_ == "to"), None)
    objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    if len(objects) != 1 or objects[0].tag_ not in ("NN", "NNS"):
        return False  # a name, a pronoun, "all": "Thanks to the Red Cross", "Thanks to you", "Thanks to all who ..."
    thanked_for = any(c.lower_ == "for" for c in (*to.head.children, *objects[0].children))
    if thanked_for or any(t.tag_ == "WP" for t in objects[0].subtree):
        return False
    return not any(is_people_noun(t) or t.tag_ in PROPER_TAGS for t in _named_after_of(objects[0]))


def _named_after_of(noun: Token) -> Iterator[Token]:
    """``noun``, its compounds and conjuncts, and what it names after "of": "the generosity of our donors"."""
    yield noun
    for child in noun.children:
        if child.dep_ in ("compound", "conj"):
            yield from _named_after_of(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            yield from (w for g in child.children if g.dep_ == "pobj" for w in _named_after_of(g))
