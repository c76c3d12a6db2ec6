"""house/dangling-clause on clean sentences of the shapes that round 25's stress sets (written by writers who had not
seen the rule) found it flagging, and the dangling clauses of the same shapes that stay flagged."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/dangling-clause"

# A reduced relative's passive dated by its own time after a thing, which the block's parse reads as no clause
# though a reading of the phrase alone makes its noun the subject.
DATED_REDUCED_RELATIVES = [
    "Despite the warnings issued that afternoon, hundreds of hikers set off up the mountain.",
    "Despite the ruling handed down the previous week, the council pressed ahead with the sale.",
    "Despite the trophy won the year before, the coach was dismissed in October.",
    "Despite the testimony heard that day, the panel voted to dismiss the case.",
    "Despite the funds raised that spring, the shelter had to close its doors.",
    "Despite the goals scored the previous season, the striker was left out of the squad.",
    "Despite the votes cast that morning, the result was not known until midnight.",
    "Despite the concessions made the week before, the union rejected the offer.",
    "Despite the pledges made that summer, few of the new homes have been built.",
    "Despite the record set the previous year, the relay team failed to reach the final.",
    "Despite the contract signed the following month, the builder never started work.",
    "Despite the arrests made that weekend, the looting continued for days.",
    "Despite the money spent the previous decade, the roads are still full of potholes.",
    "Despite the seats won that autumn, the party remained in opposition.",
    "Despite the medal earned the summer before, the sprinter lost her funding.",
    "Despite the evidence gathered that week, prosecutors dropped the charges.",
    "Despite the promises given that evening, the factory closed within a year.",
    "Despite the deal struck the previous night, the strike went ahead.",
    "Amid the cuts announced that week, the library reduced its opening hours.",
    "Despite the points dropped the previous weekend, the leaders still have a cushion at the top.",
    "Despite the ground gained that morning, the troops withdrew before nightfall.",
    "The talks collapsed, despite the progress made the day before.",
    "Despite the tickets sold that morning, the organisers cancelled the concert.",
]


@pytest.mark.parametrize("text", DATED_REDUCED_RELATIVES)
def test_a_dated_reduced_relative_after_a_thing_passes(text):
    assert_findings(text, RULE, [])


# The same shape with a person or a group as the subject, an object, or a past form that is no participle.
DATED_PAST_TENSES = [
    ("Despite the players won the cup that season, the club was relegated.", "Despite the players won"),
    ("The club was relegated, despite the team won the cup that season.", "despite the team won"),
    ("Shares fell sharply, amid the company reported a loss that quarter.", "amid the company reported"),
    ("Despite the river rose the following week, the town escaped flooding.", "Despite the river rose"),
    ("Despite Arsenal won the league that year, the manager was sacked.", "Despite Arsenal won"),
    (
        "Prices kept climbing, despite the central bank raised rates the previous month.",
        "despite the central bank raised",
    ),
    ("Despite the voters rejected the plan that spring, the council revived it.", "Despite the voters rejected"),
    ("The strike went ahead, despite the union accepted the deal the previous night.", "despite the union accepted"),
    ("Despite the bridge fell that winter, the ferry service was never restored.", "Despite the bridge fell"),
    ("Turnout was low, despite the candidates campaigned hard the final week.", "despite the candidates campaigned"),
    ("Despite the workers struck the previous summer, wages have not risen.", "Despite the workers struck"),
    ("The factory closed, despite the owners promised the staff new orders that year.", "despite the owners promised"),
    ("Despite the jury heard the evidence that morning, it reached no verdict.", "Despite the jury heard"),
    ("Amid the regulator fined the bank that week, its shares slid.", "Amid the regulator fined"),
    ("The plan stalled, despite the mayor signed the order the following day.", "despite the mayor signed"),
    ("Despite the striker scored twice that afternoon, the team lost.", "Despite the striker scored"),
    ("Despite the government spent billions the previous decade, the roads are poor.", "Despite the government spent"),
    ("The league expanded, despite most clubs opposed the idea that season.", "despite most clubs opposed"),
    ("Despite the police arrested six men that weekend, the looting went on.", "Despite the police arrested"),
    ("Despite the senators voted against it the previous year, the bill returned.", "Despite the senators voted"),
    ("The ferry sailed, despite the storm grew worse that evening.", "despite the storm grew"),
    ("Despite the minister resigned the following week, the scandal did not fade.", "Despite the minister resigned"),
    ("Despite the company hired 200 staff that year, it still missed its targets.", "Despite the company hired"),
    ("The school stayed open, despite the heating broke down the previous winter.", "despite the heating broke"),
    ("Despite the builders finished the roof that month, the house stood empty.", "Despite the builders finished"),
]


@pytest.mark.parametrize(("text", "span"), DATED_PAST_TENSES)
def test_a_dated_past_tense_after_a_person_or_with_an_object_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A fronted noun with its "of" phrase and its participle, the phrase's own object after a preposition of circumstance,
# which makes no compound with the noun ("despite the signing of"), before the main clause after a comma.
NOUN_AND_OF_PHRASE_BEFORE_A_PARTICIPLE = [
    "With the appointment of the former Labour minister Alan Johnson announced yesterday, the review can begin.",
    "Despite the return of the former England captain Alastair Cook announced last week, Essex lost again.",
    "With the sale of the club to a local consortium completed on Friday, the new owners can start planning.",
    "With the resignation of the finance director Maria Lopez confirmed this morning, the board must find a successor.",
    "Despite the arrival of the new coach Tom Berry announced in June, the team won only two games.",
    "With the closure of the Elm Street branch agreed last month, customers will have to travel to the city centre.",
    "Despite the signing of the Brazilian winger Rafael Costa completed in January, the club slipped down the table.",
    "With the release of the hostage Anna Petrova secured overnight, negotiators flew home.",
    "With the merger of the two councils approved in March, staff will move to a single office.",
    "Despite the launch of the new ferry service announced in the spring, tourist numbers fell.",
    "With the transfer of the goalkeeper Ivan Novak confirmed yesterday, the squad is complete.",
    "Despite the promotion of the deputy head Sarah Quinn announced at assembly, several teachers resigned.",
    "With the election of councillor Priya Shah confirmed after a recount, the coalition holds a majority of one.",
    "Despite the departure of the chief executive announced in May, the shares held their value.",
    "With the opening of the new bridge scheduled for Easter, the ferry will stop running in April.",
    "With the demolition of the old cinema completed last week, builders can begin work on the flats.",
    "Despite the nomination of the veteran judge Paul Reyes announced on Monday, the Senate delayed the vote.",
    "With the rescue of the stranded climbers completed at dawn, the helicopter returned to base.",
    "Despite the capture of the rebel commander reported last night, fighting continued in the north.",
    "With the approval of the mayor secured in advance, the festival organisers booked the park.",
    "Despite the withdrawal of the sponsor announced in February, the race will go ahead.",
    "With the postponement of the final confirmed on Tuesday, fans were offered refunds.",
    "With the arrest of the suspect Daniel Hart announced at a press conference, police lifted the curfew.",
    "Despite the loss of the star forward reported earlier in the week, the team won comfortably.",
    "With the extension of the runway finished in the autumn, larger jets can now land.",
]

# A verb of saying with no object after a thing, which says nothing: a passive.
SAYING_AFTER_A_THING = [
    "Owing to the fog reported across much of the county, several flights were delayed.",
    "Because of the damage reported along the coast, the ferry was cancelled.",
    "Due to the delays announced at the main station, commuters took buses instead.",
    "Despite the losses reported in the first half, the retailer raised its dividend.",
    "Owing to the ice reported on the bridge, police closed one lane.",
    "Because of the flooding reported in low-lying streets, the market was moved.",
    "Despite the improvements promised in the manifesto, waiting lists grew.",
    "Due to the fault reported on the signalling system, trains ran slowly.",
    "Amid the shortages reported at several hospitals, the minister called a meeting.",
    "Despite the record profits announced at the start of the year, the bank cut jobs.",
    "Owing to the smoke reported near the runway, the airport halted departures.",
    "Because of the changes announced in the budget, pensioners will pay less tax.",
    "Despite the progress claimed by the organisers, few volunteers turned up.",
    "Due to the outbreak confirmed at the farm, the show was cancelled.",
    "Amid the cuts announced across the service, two libraries will close.",
    "Despite the savings promised during the campaign, council tax rose.",
    "Owing to the leak reported in the basement, the museum stayed shut.",
    "Because of the rise in cases reported over the weekend, the school moved lessons online.",
    "Despite the agreement announced in the summer, the border remains closed.",
    "Due to the strike announced for Monday, the hospital postponed operations.",
]


@pytest.mark.parametrize("text", NOUN_AND_OF_PHRASE_BEFORE_A_PARTICIPLE + SAYING_AFTER_A_THING)
def test_a_participle_on_a_noun_and_its_of_phrase_or_a_thing_said_passes(text):
    assert_findings(text, RULE, [])


# The same shapes with a tense: an auxiliary, an object, a clause, or people who speak.
TENSE_AFTER_A_NOUN_AND_ITS_OF_PHRASE_OR_PEOPLE = [
    (
        "Despite the head of the union announced a strike, talks resumed on Monday.",
        "Despite the head of the union announced",
    ),
    (
        "The beach reopened, with the help of volunteers cleared the rubbish overnight.",
        "with the help of volunteers cleared",
    ),
    (
        "Despite the mayor of the city has promised new buses, fares went up again.",
        "Despite the mayor of the city has promised",
    ),
    (
        "Despite the return of the captain was announced last week, Essex lost again.",
        "Despite the return of the captain was announced",
    ),
    (
        "With the sale of the club has been completed, the new owners can start planning.",
        "With the sale of the club has been completed",
    ),
    ("Despite the captain of the team scored twice, the visitors lost.", "Despite the captain of the team scored"),
    (
        "Despite the owners of the factory promised new jobs, the plant closed.",
        "Despite the owners of the factory promised",
    ),
    (
        "With the closure of the branch will force customers to travel, the bank faces criticism.",
        "With the closure of the branch will force",
    ),
    (
        "Despite the coach of the side insisted on Friday that he would stay, he left within a week.",
        "Despite the coach of the side insisted",
    ),
    (
        "Amid the families of the victims demanded an inquiry, the minister stayed silent.",
        "Amid the families of the victims demanded",
    ),
    (
        "With the chair of the committee has resigned, the hearings are on hold.",
        "With the chair of the committee has resigned",
    ),
    (
        "Despite the residents of the estate complained for years, nothing changed.",
        "Despite the residents of the estate complained",
    ),
    ("Despite Reuters reported on Monday that the deal was close, talks collapsed.", "Despite Reuters reported"),
    (
        "Despite the spokesman announced earlier in the week that the plan was dead, it returned.",
        "Despite the spokesman announced",
    ),
    ("Despite the minister said in a statement that he would resign, he stayed on.", "Despite the minister said"),
    ("The talks collapsed, despite the negotiators reported progress on Friday.", "despite the negotiators reported"),
    (
        "Despite the organisers claimed on their website that the festival was sold out, tickets were still on sale.",
        "Despite the organisers claimed",
    ),
    (
        "Despite the president of the club confirmed the deal on Friday, the player stayed.",
        "Despite the president of the club confirmed",
    ),
    (
        "Despite the workers at the plant voted to strike, production continued.",
        "Despite the workers at the plant voted",
    ),
    (
        "The museum reopened, despite the director of the gallery warned of delays.",
        "despite the director of the gallery warned",
    ),
    (
        "Despite the members of the board have objected, the merger will go ahead.",
        "Despite the members of the board have objected",
    ),
    ("Despite the union complained across the region, the plan went ahead.", "Despite the union complained"),
    ("Because of the nurses protested outside parliament, the vote was delayed.", "Because of the nurses protested"),
    ("Despite the residents objected at the meeting, the tower was approved.", "Despite the residents objected"),
    ("Due to Reuters reported from the capital, the markets reacted quickly.", "Due to Reuters reported"),
    ("Despite the farmers campaigned for years, the subsidy was cut.", "Despite the farmers campaigned"),
    ("Amid the opposition complained in parliament, the bill was rushed through.", "Amid the opposition complained"),
    ("Despite the teachers argued at length, the school board voted for the cuts.", "Despite the teachers argued"),
    (
        "Owing to the neighbours complained to the police, the concert ended early.",
        "Owing to the neighbours complained",
    ),
    ("Despite the president spoke at the summit, no deal was reached.", "Despite the president spoke"),
]


@pytest.mark.parametrize(("text", "span"), TENSE_AFTER_A_NOUN_AND_ITS_OF_PHRASE_OR_PEOPLE)
def test_a_tense_after_a_noun_and_its_of_phrase_or_after_people_is_flagged(text, span):
    assert_flags_span(text, RULE, span)
