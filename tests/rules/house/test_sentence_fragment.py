import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from editlint.api import lint_text
from editlint.rules.house.sentence_fragment.verb_forms import _listed_participle
from helpers import assert_findings, assert_flags_span

RULE = "house/sentence-fragment"

# (sentence before, fragment)
BAD = [
    ("The council postponed the vote.", "Because the budget figures arrived late on Monday."),
    ("", "Which meant the ferry service stopped for the rest of the winter."),
    ("", "Though the mayor has said that if the money arrives, the bridge would be rebuilt."),
    # a clause after a comma deep inside the subordinate clause does not make a main clause
    ("Crews worked through the night.", "Although the utility has promised that the lines, if the wind drops, will be restored by noon."),
    ("The airport will stay closed until Friday.", "Unless the runway repairs are finished sooner than planned."),
    ("Prices rose again in June.", "Even though the central bank had raised interest rates twice."),
    ("Voters will get a second ballot.", "So that every district can choose its own representative."),
    ("The plant closed in 2019.", "After the company lost its biggest contract to a rival firm."),
    ("Officials delayed the report.", "While the investigation into the crash continues in Paris."),
    ("Residents were told to stay indoors.", "Since the fire was still burning near the highway."),
    ("The strike could last weeks.", "Especially if the union rejects the latest offer from management."),
    ("The minister defended the plan.", "Whereas her predecessor had opposed any new taxes on fuel."),
    ("The team rebuilt the website in six weeks.", "Which is why the agency plans to reuse its approach."),
    ("", "Although the city council has promised repeatedly to fix the roads before winter."),
    ("", "The same officials who had promised a quick recovery after the floods last spring."),
    ("", "The committee that approved the spending plan in a closed session on Tuesday."),
    ("The river kept rising.", "As the tide pushed higher over the sea wall through the night."),
    ("The library cut its hours.", "Given that the county had already lost half of its staff this year."),
    ("Nobody is sure yet.", "Whether the ferry company can hire enough crew before the tourist season starts."),
    ("Prices rose again in May.", "As they have every month since the war began."),
    ("The strike continues.", "Because the union, which represents 2,000 drivers, rejected the offer."),
    ("The parade will go ahead.", "As long as the rain holds off until the afternoon."),
    ("The council kept cutting.", "Even as the demand for its services kept growing."),
]

# The other constructions of the taxonomy: "despite the fact that", coordinated subordinate clauses, noun
# phrases alone or with a relative clause, participle, infinitive and prepositional phrases, lists.
BAD_OTHER_CONSTRUCTIONS = [
    ("The city raised fares.", "Despite the fact that ridership had fallen for three years."),
    ("Crews kept digging.", "Where the tunnel had collapsed two days earlier."),
    ("The vote passed on Monday.", "If the money arrives and the contractors agree to the price."),
    ("The game was called off.", "Because the pitch was frozen solid."),
    ("The mill closed in 1998.", "A hard blow for a town with few other employers."),
    ("The mayor promised new buses.", "The same buses that the council rejected last year."),
    ("The storm stalled over the bay.", "Flooding hundreds of homes along the shore."),
    ("The county hired more nurses.", "To cut the waiting times at its two clinics."),
    ("The concert moved indoors.", "Because of the storms expected on Saturday night."),
    ("The fund pays for small repairs.", "Such as new gutters, railings and smoke alarms."),
    ("Many farms struggled this summer.", "Especially the dairy farms in the northern valleys."),
    # a noun phrase whose only verbs modify its nouns, a participle and its coordinated past form, a
    # relative clause whose object is the relative pronoun
    ("The city elected its first woman mayor.", "A proud day for a port built by whalers and sailors."),
    ("Rents rose again in June.", "A heavy burden for tenants already falling behind on bills."),
    ("The letters turned up at an auction.", "Taken from the archive in the 1970s and never returned."),
    ("The audit will be public in May.", "A survey that the city commissioned after the floods."),
]

# Shapes the parser reads as a main clause: coordinated subordinate clauses, a conjunction known only from the
# parse ("lest") or read as a phrase ("in case"), relative clauses on a noun inside a phrase or opened by
# "whose" or "of whom", and a relative clause whose verb was taken for the main verb.
BAD_MISREAD = [
    ("The runway stayed shut for hours.", "Once the snow had been cleared from the taxiways and the de-icing trucks returned."),
    ("The pit will close.", "When the current lease expires and the last coal has been shipped."),
    ("Farmers sowed early this year.", "Lest the spring storms arrive before the seed is in the ground."),
    ("Officials evacuated the valley.", "In case the dam gave way under the weight of the floodwater."),
    ("The march drew a large crowd.", "Thousands of nurses who had travelled from across the country to be heard."),
    ("The court cited a 1998 ruling.", "Whose authors had warned against exactly this kind of decision."),
    ("The shelter houses 600 people.", "Most of whom fled the fighting in the south two years ago."),
    ("The district lost nine coaches.", "Coaches whose contracts were not renewed after the budget cuts."),
    # a relative clause after a preposition, a "when" clause after a phrase, a parenthetical "officials say",
    # "those that ...", a measure before the subordinator, what a participle of saying reports
    ("The manager was sacked in May.", "After a spring in which the club won only two matches."),
    ("Turnout dropped this year.", "Unlike past elections, when the polls stayed open until ten."),
    ("The county raised the tolls.", "A decision that, drivers say, will cost commuters hundreds."),
    ("The loans cover older boats.", "Such as those that were built before 1980 without radar."),
    ("The nurses went on strike.", "Just weeks after the hospital reported record income for the year."),
    ("The valley was empty.", "Long before the first herders arrived from the north in 1700."),
    ("The mayor vetoed the budget.", "Saying it would leave the parks without staff next summer."),
    ("The bridge was approved in 2018.", "Although, as engineers point out, it has never been inspected."),
    ("Seats sold out in an hour.", "Because, the promoters said, demand had been far higher than expected."),
    # a clause opened by a preposition and a relative word, a subordinator before a clause set in commas, a
    # relative clause whose subject is a noun that is also a verb ("engineers"), a time with colons before
    ("The trust appointed Ines Araujo in May.", "Under whose guidance the orchestra tripled its audience in four years."),
    ("Flights to Oslo restart in June.", "Unless, as the airline warned in a letter to staff, the insurers refuse to cover the route."),
    ("Parents crowded the library on Monday.", "The long-promised crossing at Elm Street that county engineers first drew up in 2015."),
    ("The county will buy new buses.", "To replace the diesel models that drivers have complained about since 2010."),
    ("Her time of 2:21:07 broke the course record.", "A stunning run for an athlete in only her third marathon."),
    # a relative word that a clause inside took, a "when" clause on a noun, a participle that is a preposition
    ("The council voted to close the pier at night.", "Which residents say will be impossible to police."),
    ("The club has won seven games in a row.", "Its best run since the 2011 season, when it won the cup."),
    ("Turnout was 19 percent.", "The lowest in the county since at least 1980, according to the election office."),
]

GOOD_MISREAD = [
    "When the lease expires the pit will close and the miners will be laid off.",
    "Since 2015 the town has grown and its schools have expanded.",
    "As of Monday the office closed and staff went home early.",
    "With each election comes a new wave of campaign posters along the highway.",
    "That the plan failed surprised nobody in the ministry.",
    "In case of fire, use the stairs and leave the building by the nearest exit.",
    "Coaches whose contracts were not renewed protested outside the school board.",
    "Nearly half of the people who applied make less than $30,000 a year.",
    "A family on the website of the agency claim that its service helped them find a home.",
    "Many of those who fled the fighting have since returned to their villages.",
    "Unlike past elections, the polls stayed open until ten.",
    "Just weeks after the hospital reported record income, the nurses went on strike.",
    "Saying it would leave the parks without staff, the mayor vetoed the budget.",
    "Sending drivers to jail for unpaid fines has upended many families and cost the county millions.",
    "The toll, drivers say, will cost commuters hundreds of dollars a year.",
    "If, however, the vote fails, the bill dies in committee next week.",
    "Refer to the data only when it is relevant to the story.",
    "Who pays for the cleanup remains an open question.",
    "In which case, the council will have to vote again in June.",
    "Unless, as the chief warned, the insurers balk, the flights will resume in May.",
    # credits and editor's notes at the end of an article
    "Reporting by Lena Park in Seoul; Editing by Omar Haddad.",
    "Additional reporting by Ines Araujo in Lisbon and Karl Berger in Vienna.",
    "Updated at 6 p.m. with a statement from the harbor master.",
]

# Sentences whose main clause the tagger or parser may miss, and deliberate fragments of published copy:
# series, lists after a colon, thanks, exclamations, contact lines, capitals.
GOOD_PUBLISHED_SHAPES = [
    "While in Geneva the minister will also meet the Swiss president.",
    "Whereas the old plan relied on tolls, the new one uses the state budget.",
    "At the end of the day I'm proud of the people I work with.",
    "Sending the case to a jury has cost the city two more years.",
    "To keep the buses running, the county must find new money this year.",
    "Combatting fraud, waste and abuse should not be a partisan issue for anyone.",
    "Today's figures confirm that the economy grew faster than expected.",
    "With each new season comes a fresh crop of hopeful young players.",
    "Thanks to everyone who volunteered at the food bank this winter.",
    "The nurses who stayed through the night. The drivers who kept the roads open. The cooks who fed them all.",
    "Congress must act on three things: A ban on the weapons. A national red flag law for every state.",
    "What a day for the runners who finished the race in the rain!",
    "Which of the five quotes was actually the highest remains in question, according to the school board.",
    "For details contact the press office at press@example.org before Friday.",
    "FOR MORE INFORMATION CONTACT THE PRESS OFFICE AT THE TOWN HALL.",
]

GOOD = [
    "Because the budget figures arrived late, the council postponed the vote.",
    "The ferry service stopped for the winter, which angered residents on the island.",
    "Why did the council wait so long to act on the report?",
    "The council met. Not again.",
    "Although the talks failed, both sides agreed to meet again next month.",
    "Since 2010, the city has added more than 40,000 residents.",
    "After the vote, lawmakers left the chamber without comment.",
    "The minister said the following at the news conference:",
    "While the plan is popular, critics say it costs too much.",
    "Especially in winter, the mountain roads are dangerous for trucks.",
    "If the rain continues, the river will flood the lower town by Friday.",
    "Until last year, the museum charged no entry fee at all.",
    "When the storm hit, more than 2,000 homes lost power.",
    "Which candidate will win remains unclear after the first debate.",
    "Though numerous, the rebel units are poorly armed and short of fuel.",
    "The report that officials released on Monday shows a sharp rise in crime.",
    "Tourists who visit the island in summer often complain about crowded ferries.",
    "His manager, Jon Park, interjected by saying it was recorded in Seoul.",
    # "as", "whether" and "given" that do not open a subordinate clause, or do and have a main clause
    "As expected, the council voted to raise the tax by two percent.",
    "As a result, the ferry will not run on Sundays this winter.",
    "As many as 300 people attended the vigil on Sunday evening.",
    "As well as the mayor, three council members attended the ceremony.",
    "As of Monday, the new rules apply to every restaurant in the city.",
    "As usual, the meeting ran late into the night on Tuesday.",
    "The economy grew. As did wages, though more slowly.",
    "Whether the plan passes is now up to the state legislature.",
    "Whether or not the plan passes, the council will meet again in May.",
    "Given the cost of the repairs, the council delayed the vote again.",
    "Given that the budget was cut, the council delayed the vote again.",
    "As long as the rain holds off, the parade will go ahead on Sunday.",
    "Even as the water receded, residents feared another storm.",
    # a main clause after the comma that the parser hangs elsewhere, or a quotation
    "As we have reported before, every bridge in the county, however small, must be inspected each year.",
    "As the minister put it, \"We cannot wait another year for this bridge.\"",
    "Some had brought their children. When word of the deal spread, the crowd cheered.",
    "Nobody was hurt. Because the shells landed at night, most families only saw the damage at dawn.",
    # a long subject with participles and relative clauses, and a present tense the tagger reads as a noun
    "The company's chief executive, who joined the firm in 2019, steps down next month.",
    "The agency details more than 30 goals that support the plan adopted last year.",
    "The measures announced by the ministry target small firms in rural areas.",
    "Residents displaced by the flood face months of uncertainty.",
]

# Noun phrases whose verbs all describe a noun: participles before it ("failed attempts"), a clause right
# after it ("the lowest rate since ..."), a participle after a preposition ("with homes destroyed"), a quantity
# before "of"; an -ed form with no agent after a noun may be the past tense of the sentence (see GOOD below).
BAD_NOUN_PHRASES = [
    ("The county closed the old landfill in March.", "A costly mistake after years of delayed repairs and rising fees."),
    ("Inflation slowed to 2.4 percent in July.", "The smallest increase since the central bank started raising rates in 2022."),
    ("The province posted its budget on Thursday.", "A 14 billion-dollar plan with growing allocations for hospitals and schools."),
    ("Voters rejected the school levy for a third time.", "Another blow for the district after two years of shrinking enrollment and rising costs."),
    ("The inspectors listed their findings.", "Hundreds of expired permits, three abandoned wells and a leaking fuel tank behind the depot."),
    ("Rebels shelled the town overnight.", "The fourth such attack this month, with dozens of homes destroyed by the fire that followed."),
    ("The mill laid off its last workers in June.", "The end of a business founded by the Larsen family in 1911."),
    ("Temperatures fell to minus 30 overnight.", "The coldest night since the weather service began keeping records in the valley."),
    ("The airline canceled 400 flights on Friday.", "Thousands of stranded travelers and a growing backlog of lost luggage at every hub."),
    ("The court ruled against the developer.", "A stinging defeat for a company that had spent millions on the failed project."),
    ("The city released its crime figures.", "Fewer burglaries, more stolen cars and a sharp rise in reported fraud cases."),
    ("Fire crews worked through the night.", "Their third long shift in a row, with temperatures still climbing toward 40 degrees."),
    ("The minister resigned on Tuesday.", "The latest departure from a cabinet weakened by months of infighting and leaked memos."),
]

# The same shapes with a main verb after the long subject.
GOOD_LONG_SUBJECTS = [
    "A costly mistake after years of delayed repairs has left the county short of money.",
    "The smallest increase since the central bank started raising rates came in July.",
    "A welcome relief for exporters, the reopening of the harbor came after weeks of delays.",
    "A 14 billion-dollar plan with growing allocations for hospitals passed on Thursday.",
    "Hundreds of expired permits were found in the office, inspectors said.",
    "Pay rises of 6 percent this year were agreed after a long strike.",
    "Thousands of stranded travelers slept at the airport on Friday night.",
    "Dozens of damaged homes still lack power three days after the storm.",
    "Fewer burglaries were reported in the city this year than last.",
    "The fourth such attack this month destroyed dozens of homes near the market.",
    "The coldest night since records began was recorded in the valley on Sunday.",
    "Rising costs and shrinking enrollment forced the district to close two schools.",
    "Stranded travelers, many of them with small children, slept on the floor of the terminal.",
    "One of the values that bring us together as neighbors is standing up for others, even as we disagree.",
    "This ambitious new proposal invests in roads and bridges at the expense of rail lines.",
]

# Opening participle phrases before a main clause whose past-tense verb the tagger read as a participle.
GOOD_PARTICIPLE_OPENERS = [
    "Facing a budget gap, the governor in Albany froze hiring across state agencies.",
    "Hoping to calm the markets, officials at the central bank cut interest rates again.",
    "Pressed by reporters, the mayor of the city declined to name the new contractor.",
    "Trying to keep prices down, farmers in the region planted more wheat this spring.",
    "Founded in 1890, the company in Leeds employs about 400 people today.",
    "Looking to cut costs, managers at the plant closed the night shift in May.",
    "Asked about the delays, a spokeswoman for the airline blamed the weather.",
    "Determined to finish the season, players on the team trained in the snow.",
    "Seeking a second term, the senator from Ohio raised record sums last quarter.",
    "Hoping for a quick deal, negotiators in Geneva worked through the weekend.",
    "Stung by the defeat, party leaders in the capital called an emergency meeting.",
    "Hoping to avoid shortages, officials in Lima extended water rationing through May.",
    "Wanting to save money, residents in Quito reduced water use by a fifth.",
    "Hoping to ease the drought, officials in Chennai expanded water trucking to every ward.",
    "Fearing more floods, engineers in Jakarta raised sea walls along the northern coast.",
    "Hoping to draw tourists, councillors in Split approved street dining through winter.",
    "Trying to stop the spread, officials in Bogotá extended mask rules through January.",
    "Facing a shortage, hospitals in Manila postponed elective surgery through March.",
    "Citing safety concerns, regulators in Brussels suspended drone testing until spring.",
]

# Phrases whose only finite verbs are in relative clauses the parser took for the main clause: a relative word
# as the subject after a noun ("waiting times that now run"), "some of whom ...", what a relative clause set off by
# a comma says ("the union, which said it would ...").
BAD_RELATIVE_INSIDE = [
    ("The clinic will hire four more nurses.", "In order to shorten waiting lists that now run to six months in some towns."),
    ("The city will open two cooling centers.", "To protect older residents who live alone in apartments without air conditioning."),
    ("The county is adding night buses.", "To serve shift workers, many of whom finish after midnight at the port."),
    ("The school board approved the budget.", "Including raises for bus drivers who had gone three years without one."),
    ("The river flooded again in March.", "Leaving dozens of farmers whose fields lie below the levee without a harvest."),
    ("The museum reopened its east wing.", "With paintings that had been kept in storage since the fire in 2009."),
    ("The agency hired 40 inspectors.", "To clear a backlog of complaints that dates back to the pandemic."),
    ("The ministry cut fuel subsidies.", "Despite protests by truckers, most of whom say they cannot raise fares."),
    ("The port closed for two days.", "Stranding hundreds of containers that were due in Rotterdam last week."),
    ("Ticket prices rose again this year.", "In a league where most teams play in publicly funded stadiums."),
    ("The charity delivered food to the valley.", "For families whose roads were washed away by the storm in June."),
    ("The council passed the zoning plan.", "Such as the old rail yards, which the city bought from the state in 2012."),
    ("The bank opened four branches in the north.", "To reach farmers in remote villages, many of whom have never had an account."),
    ("Several unions joined the strike on Monday.", "Notably the teachers’ union, which said it would keep schools closed all week."),
    ("The ward added twelve beds this spring.", "In order to cut waiting times that now reach five hours on some nights."),
    ("The ferry will run twice a day in summer.", "Mainly for tourists, most of whom arrive on the morning train from the city."),
    ("The district bought 30 new buses.", "Particularly for rural routes, which parents say are too long and too crowded."),
    ("Police closed the bridge overnight.", "After reports of cracks that engineers say could widen in the cold."),
]

GOOD_RELATIVE_INSIDE = [
    "In order to shorten waiting lists that now run to six months, the clinic will hire nurses.",
    "To protect older residents who live alone, the city will open two cooling centers.",
    "Shift workers, many of whom finish after midnight, will get night buses this winter.",
    "Raises for bus drivers who had gone three years without one were included in the budget.",
    "Farmers whose fields lie below the levee lost their harvest this year.",
    "Paintings that had been kept in storage since the fire are on show again.",
    "A backlog of complaints that dates back to the pandemic has slowed the agency.",
    "Truckers, most of whom say they cannot raise fares, protested the cuts.",
    "Hundreds of containers that were due in Rotterdam sat at the port for two days.",
    "In a league where most teams play in public stadiums, ticket prices rose again.",
    "Families whose roads were washed away received food from the charity.",
    "The old rail yards, which the city bought in 2012, will be rezoned.",
    "Residents who fear the water is unsafe will get new tests this spring.",
    "The buses that now run every ten minutes carry twice as many riders.",
    "Farmers in remote villages, many of whom have never had an account, can now bank by phone.",
    "The teachers’ union, which said it would keep schools closed, joined the strike on Monday.",
    "Waiting times that now reach five hours on some nights worry the ward’s doctors.",
    "Tourists, most of whom arrive on the morning train, fill the ferry in summer.",
    "Rural routes, which parents say are too long, will get new buses.",
    "Older schools, several of which still burn heating oil, will get new boilers.",
    "Students who say the reading rooms are full before noon welcomed the longer hours.",
    "Cracks that engineers say could widen in the cold forced police to close the bridge.",
    "To us, that means teams which are made up of people with many talents, who work as peers.",
]

# Participles with the form of their base ("Cut", "Shut", "Set") and an agent that is people, which the tagger
# reads as an imperative; imperatives with an object, and the same participles before a main clause.
BAD_BASE_FORM_PARTICIPLES = [
    ("The old pier finally came down last month.", "Cut into pieces by workers using torches and a floating crane."),
    ("The town is still rebuilding.", "Hit by three tornadoes in a single week in April."),
    ("The bakery reopened on Monday.", "Shut for a month by health inspectors after a string of complaints."),
    ("The rumor reached the capital within hours.", "Spread by activists on messaging apps across the region."),
    ("The budget for the parks shrank again.", "Cut by nearly a third by the council over the past two years."),
    ("The new rules take effect in July.", "Set by the league's board after two seasons of complaints from clubs."),
    ("The plan is on hold again.", "Put off by the board until its members see the final costs."),
    ("The letters were auctioned in London.", "Read aloud by the poet's niece at a festival in 1998."),
    ("The contract went to a rival firm.", "Bid on by three companies from outside the state."),
    ("The mine reopened in 2015.", "Shut by regulators in 2009 after a fatal collapse in the main shaft."),
]

GOOD_IMPERATIVES_AND_OPENERS = [
    "Cut the onions into thin slices and fry them slowly in butter.",
    "Hit the reset button on the router and wait two minutes.",
    "Set the oven to 200 degrees before you prepare the dough.",
    "Put the forms in the box by the door of the town hall.",
    "Read the full report by the state auditor on the office's website.",
    "Shut the windows and doors before the storm arrives tonight.",
    "Hit by three tornadoes in a week, the town is still rebuilding.",
    "Cut by nearly a third, the parks budget can no longer pay for summer staff.",
    "Spread by activists online, the rumor reached the capital within hours.",
    "Shut by regulators in 2009, the mine reopened in 2015 under new owners.",
    "Split between two sons, the estate was sold within a year.",
    "Set by the league's board, the new rules take effect in July.",
]

# A noun phrase with a relative clause whose verbs are joined ("a plant that supplies ... and has been running"),
# a stranded preposition ("a man whom neighbors had complained about"); the same with a main verb, after a phrase of
# time the parser reads as a clause ("... since 2015 was approved"), or hung on a noun far before it.
BAD_NOUN_WITH_RELATIVE = [
    ("The council approved the new bus depot.", "A project that residents of the east side had campaigned for since 2015."),
    ("The ministry blamed the blackouts on the dam.", "A plant that supplies half of the country’s power and has been running at low capacity."),
    ("The mayor unveiled the plan on Monday.", "A proposal that costs $40 million and would take six years to build."),
    ("The school closed its pool in June.", "The only one that the district still ran and that families could use for free."),
    ("Police finally arrested the suspect.", "A man whom neighbors had complained about for years."),
    ("The senator returned the donation.", "Money that her opponents had made an issue of during the campaign."),
    ("The airline dropped the route in May.", "A service that travelers had relied on since the 1990s."),
    ("The port reopened the old terminal.", "A building that dates from 1911 and was restored last year."),
    ("The district hired a new superintendent.", "Someone who has run large schools and knows the city well."),
]

GOOD_NOUN_WITH_RELATIVE = [
    "Something that roasters in Europe had been warning about for months finally happened.",
    "A project that residents had campaigned for since 2015 was approved on Monday.",
    "A plant that supplies half of the country’s power has been running at low capacity.",
    "A proposal that costs $40 million would take six years to build.",
    "A man whom neighbors had complained about for years was arrested on Friday.",
    "Money that her opponents had made an issue of was returned by the senator.",
    "A service that travelers had relied on since the 1990s ended in May.",
    "A building that dates from 1911 and was restored last year reopened as a terminal.",
    "Someone who has run large schools and knows the city well will lead the district.",
    "The only pool that the district still ran closed in June.",
    "A player that scouts had been keeping an eye on signed with the team.",
    "A measure that the county has tried to pass three times failed again.",
    "While we are all working to change the way the city plans and builds its parks, the county, the state parks office (SPO), and the local boards inside the towns are tackling the problem from different sides.",
    "As the council keeps changing the way the county taxes and spends its money, the mayor, the treasurer, and the auditors inside city hall are watching closely.",
]

# Subordinate clauses around a "that" clause with a subjunctive, whose base form disagrees with its subject.
BAD_SUBJUNCTIVE_INSIDE = [
    ("Few drivers were checked.", "Although the rules require that every driver carry a permit at all times."),
    ("Scores fell across the state.", "Because the law demands that each school publish its test results online."),
    ("The refunds began in May.", "Since the court ordered that the company pay back every customer in full."),
    ("Progress has been slow.", "Even though the treaty insists that each member cut emissions by half."),
    ("Seattle now allows a single stairway.", "Whereas the old code required that any building have a second staircase."),
    ("The plan may not survive.", "Unless the board recommends that the district close two of its schools."),
    ("The clinic changed its rules.", "After the state asked that every patient sign a new consent form."),
    ("The vote was delayed.", "Because the charter requires that a quorum be present for any budget vote."),
]

GOOD_SUBJUNCTIVE = [
    "Although the rules require that every driver carry a permit, few drivers were checked.",
    "Because the law demands that each school publish its results, scores are public.",
    "The court ordered that the company pay back every customer in full.",
    "The treaty insists that each member cut emissions by half before 2040.",
    "The old code required that any building have a second staircase.",
    "The board recommends that the district close two of its schools.",
    "The state asked that every patient sign a new consent form.",
    "The charter requires that a quorum be present for any budget vote.",
]

# Lists and examples after "such as", "including", "like", "especially", "notably", "among them"; the same words
# before a main clause.
BAD_LISTS = [
    ("Several starters will miss the game.", "Including the captain and both of the team’s starting center backs."),
    ("The storm damaged public buildings.", "Especially schools, libraries and clinics built before the 1970s."),
    ("Some banks have raised their fees.", "Notably the two largest, which said costs had risen sharply."),
    ("The grant covers basic repairs.", "Such as leaking roofs, broken windows and damaged front steps."),
    ("The city lost several landmarks.", "Including a theater that had stood on Main Street since 1912."),
    ("Prices rose for many staples.", "Particularly eggs, which cost twice as much as a year ago."),
    ("The program helps small farms.", "Like the dairy near Elk Creek that nearly closed last winter."),
    ("Donors pulled out of the project.", "Among them a foundation that had pledged $5 million in 2021."),
    ("Rural roads suffered the most damage.", "Especially those that run along the flooded river valleys."),
    ("The court heard from many witnesses.", "Including two nurses who treated the victims on the night of the fire."),
    ("Several clubs are in debt.", "Notably Rovers, whose owners said they would sell the stadium."),
]

GOOD_LIST_OPENERS = [
    "Including tips, the bill for the dinner came to more than $900.",
    "Like many mill towns, Elgin lost most of its jobs in the 1980s.",
    "Such as it is, the plan is the only one on the table.",
    "Especially in winter, the mountain roads are closed at night.",
    "Notably, the report did not mention the missing funds at all.",
    "Particularly hard hit were schools built before the 1970s.",
    "Among the dead was a nurse who had worked at the clinic for 30 years.",
    "Including the new hires, the agency now employs 400 people.",
    "Like the dairy near Elk Creek, many small farms nearly closed last winter.",
    "Especially since the floods, residents have feared the river.",
    "Included in the package are raises for bus drivers and janitors.",
    "Notably absent from the meeting was the county's chief engineer.",
]

# Lists whose items open with a participle that the parser read as a verb with the item before as its subject
# ("Broken railings, cracked steps and ..."): no single comma parts a subject from its verb.
BAD_LISTED_PARTICIPLES = [
    ("The storm left a trail of damage.", "Especially flooded basements, toppled trees and downed power lines."),
    ("Forecasters expect the storm to hit on Friday.", "Heavy rain, winds of up to 80 mph and a surge of six feet along the coast."),
    ("The inspectors were blunt.", "Broken railings, cracked steps and rusted beams under the main deck."),
    ("The market had a rough week.", "Falling prices, shrinking margins and worried investors across the sector."),
    ("The new budget has something for everyone.", "Lower fees, longer library hours and repaved roads in every ward."),
    ("The audit listed several problems.", "Including unpaid invoices, stolen laptops and locked accounts nobody could open."),
    ("The storm left a trail of damage.", "Especially flooded basements, toppled trees and downed power lines."),
]

GOOD_SUBJECTS_WITH_COMMAS = [
    "The mayor, a former teacher, said the schools would reopen on Monday.",
    "Flooded basements, toppled trees and downed power lines slowed the recovery.",
    "The storm, which hit on Friday, toppled trees across the county.",
    "Heavy rain, strong winds and a storm surge battered the coast on Friday.",
    "The operator, after a year of breakdowns, canceled trips on two routes.",
    "Prices, however, rose again in May.",
    "Officials in the county, the state and the city agreed on a plan.",
    "The council, the mayor and the unions signed the deal on Monday.",
    "Inspectors found blocked fire exits, expired permits and missing smoke alarms.",
    "The audit listed unpaid invoices, stolen laptops and locked accounts.",
    "The storm flooded basements, toppled trees and downed power lines.",
    "Crews cleared roads, restored power and reopened schools within a week.",
    "The company closed plants, cut jobs and raised prices last year.",
    "Flooded basements and downed power lines slowed the recovery.",
]


PIER = "The pier reopened in May."
QUEUE = "Fans queued overnight outside the hall."
# (sentence before, fragment): subordinate clauses joined by a comma and a coordinator, or with a relative clause set
# in commas on a subject, and no main clause; a noun phrase, a comma, and a word for a part of it with a past form
# lacking the object its verb needs (an absolute phrase on that noun phrase, no clause)
COMMA_JOINED_FRAGMENTS = [
    (PIER, "While the harbour board said the repairs were finished, and the contractor insisted the railings were safe."),
    (PIER, "Even though the pitch was waterlogged, and the referee admitted he had doubts about the goalmouths."),
    (
        PIER,
        "Though her deputy, who chairs the planning committee, admitted the tower was too tall and the residents "
        "said it blocked their light.",
    ),
    (PIER, "Provided that the scaffolding has been taken down, and the heating has been repaired by then."),
    (QUEUE, "Hundreds of them, many wrapped in blankets against the bitter wind."),
    (QUEUE, "Dozens of families, most of them forced from their homes by the rising water."),
    (QUEUE, "Two hundred migrants, many rescued from rubber boats off the Libyan coast."),
]
# the same shapes with a main clause, after an opening phrase rather than a clause, or after a phrase of time
COMMA_JOINED_SENTENCES = [f"{before} {sentence}" for before, sentence in [
    (PIER, "While the county, which owns most of the land, said it would fight the plan, the parish backed it."),
    (PIER, "If the talks fail, and they may well fail, the strike will begin on Monday."),
    (PIER, "Once a mill town, which it was for a century, the valley now relies on tourism and its shops sell crafts."),
    (PIER, "As expected the central bank held rates, and the pound rose slightly."),
    (PIER, "When asked about the leak the minister declined to comment, and her office said nothing."),
    (PIER, "Although the teachers' union said the plan was unfunded, the measure passed."),
    (QUEUE, "Hundreds of fans, many wrapped in blankets, waited outside the stadium."),
    (QUEUE, "Sixty paintings, several restored over the winter, went on show in May."),
    (QUEUE, "That night, many slept in their cars outside the town."),
    (QUEUE, "Of the 40 workers, most returned to work on Monday."),
]]


@pytest.mark.parametrize(
    "before, fragment",
    BAD + BAD_OTHER_CONSTRUCTIONS + BAD_MISREAD + BAD_NOUN_PHRASES + BAD_RELATIVE_INSIDE + BAD_BASE_FORM_PARTICIPLES
    + BAD_NOUN_WITH_RELATIVE + BAD_SUBJUNCTIVE_INSIDE + BAD_LISTS
    + BAD_LISTED_PARTICIPLES + COMMA_JOINED_FRAGMENTS,
)
def test_sentence_without_main_clause(before, fragment):
    text = f"{before} {fragment}".strip()
    column = text.index(fragment) + 1
    assert_findings(text, RULE, [(1, column, column + len(fragment))])


@pytest.mark.parametrize(
    "text",
    GOOD + GOOD_PUBLISHED_SHAPES + GOOD_MISREAD + GOOD_LONG_SUBJECTS + GOOD_PARTICIPLE_OPENERS
    + GOOD_RELATIVE_INSIDE + GOOD_IMPERATIVES_AND_OPENERS + GOOD_NOUN_WITH_RELATIVE
    + GOOD_SUBJUNCTIVE + GOOD_LIST_OPENERS + GOOD_SUBJECTS_WITH_COMMAS + COMMA_JOINED_SENTENCES,
)
def test_sentences_with_a_main_clause_or_exempt_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "# Because the Talks Failed in the End\n\nThe talks failed.\n",
        "The talks failed:\n\n- Because the budget figures arrived far too late.\n",
        "The mayor spoke.\n\n> Because the budget figures arrived far too late.\n",
        "“Because the budget figures arrived far too late,” she said.\n",
        "![Bridge](bridge.jpg)\n*Because the budget figures arrived too late, photo by Ann Lee.*\n",
    ],
)
def test_headlines_list_items_and_quotations_are_exempt(text):
    assert_findings(text, RULE, [])


def test_min_words_option():
    text = "The vote failed. Because it rained."
    assert_findings(text, RULE, [])
    config = {"rules": {RULE: {"min-words": 3}}}
    assert_findings(text, RULE, [(1, 18, 36)], config=config)


def test_plain_text_positions_and_message():
    text = "Talks Stall\nThe talks stalled on Monday. Whereas last week both sides sounded hopeful.\n"
    (diagnostic,) = lint_text(text, path="story.txt", config={"select": [RULE]})
    assert (diagnostic.line, diagnostic.column, diagnostic.end_column) == (2, 30, 75)
    assert diagnostic.message == 'Sentence fragment: a subordinate clause ("Whereas ...") with no main clause'


def test_messages_name_the_construction():
    def message(text):
        (diagnostic,) = lint_text(text, config={"select": [RULE]})
        return diagnostic.message

    assert message("The storm stalled. Flooding hundreds of homes along the shore.") == (
        'Sentence fragment: a participle phrase ("Flooding ...") with no main clause'
    )
    assert message("The mill closed in 1998. A hard blow for a town with few other employers.") == (
        "Sentence fragment: a noun phrase with no verb"
    )


def test_italic_editor_notes_are_exempt():
    assert_findings("*Originally published on the county's own news blog.*\n", RULE, [])


# Probes written for the constructions a fresh writer's set may use (session 6): each list names the property
# that decides it; the good sentences are near misses of the same shape.

# A subordinate clause split by an insertion in commas: one comma never parts a subject from its verb.
PROBE_BAD_SPLIT_BY_INSERTION = [
    ('Flights were cut by half.', "Because the airline, Kenya's flag carrier, has not paid its fuel bills since March.", ''),
    ('Hundreds of homes were flooded.', 'After the river, swollen by a week of rain, burst its banks north of the city.', ''),
    ('The strike has spread to three mines.', "Since Mr. Dube, the union's leader, was arrested at his home on Friday night.", ''),
    ('The tram plan is in doubt.', 'Unless the council, which meets on Thursday, finds another 2 million pounds for the scheme.', ''),
    ('Scouts from four clubs attended the game.', 'While the striker, still only 19, has scored in each of his last five matches.', ''),
    ('The valley was evacuated in 2019.', 'Once the dam, built in 1962 by a Soviet engineering firm, was declared unsafe by inspectors.', ''),
    ('Prices will stay frozen.', 'Until the regulator, which has been without a chair since June, approves the new tariffs.', ''),
    ('Residents boarded up their windows.', 'As the storm, by then a Category 4 hurricane, moved slowly up the coast toward Charleston.', ''),
    ('Its shares were worth billions.', 'Before the company, then one of the largest in Europe, collapsed under its debts in 2001.', ''),
    ('The new rules allow towers of 40 floors.', 'Whereas the old law, passed in 1974, banned any building taller than the cathedral spire.', ''),
    ('Bus fares could rise by a fifth.', 'If the government, as the finance minister has hinted, raises fuel taxes in the budget.', ''),
    ('Waiting lists grew by 200,000.', 'Even though the minister, a former surgeon, had promised to cut waiting times by half.', ''),
    ('Markets shrugged off the budget.', 'Although Ms. Okafor, the finance minister, told lawmakers the deficit would narrow this year.', ''),
    ('House prices in the valley fell again.', "As the company, long the region's largest employer, cut another 1,200 jobs this spring.", ''),
    ('Tour operators lost millions that spring.', 'Hit by a wave of cancellations after the volcano, which last erupted in 2010, began spewing ash.', ''),
    ('The government cut funding for patrols.', 'Even as the number of migrants crossing the Channel, most of them from Afghanistan and Iran, hit a record.', ''),
]
PROBE_GOOD_SPLIT_BY_INSERTION = [
    "As the company, long the region's largest employer, cut another 1,200 jobs, house prices in the valley fell.",
    'After the volcano, which last erupted in 2010, began spewing ash, airlines cancelled hundreds of flights.',
    'Although Ms. Okafor, the finance minister, told lawmakers the deficit would narrow, bond yields rose.',
    'In Nairobi, the capital, prices rose by 9 percent in May.',
    'Since 2010, the year the plant closed, unemployment has doubled.',
    'Until last year, the company, which is owned by the state, sold only to the army.',
    'As a former teacher, Ms. Okafor, the finance minister, knows the schools well.',
    'After the storm, the worst in decades, crews worked through the night.',
    'Before the vote, the senator, a Democrat from Ohio, said she would support the bill.',
    'Even as the number of migrants, most of them from Afghanistan, hit a record, the government cut funding.',
    'The volcano, which last erupted in 2010, began spewing ash on Tuesday.',
    "The company, long the region's largest employer, has since cut another 1,200 jobs.",
    'For the airline, which had already cut its schedule, the strike came at the worst time.',
    "Since Mr. Dube, the union's leader, was arrested, the strike has spread to three more mines.",
    'While the governor, a Republican, has promised a veto, lawmakers may still override it.',
    'Like the company, its biggest rival, Acme, has cut jobs this year.',
    "With the company, the region's largest employer, cutting jobs, house prices fell.",
    'After the minister, who had promised to resign, stayed on, protests spread across the country.',
    'Once the dam, built in 1962, was declared unsafe, the valley was evacuated.',
    'As of Monday, the airline, which is owned by the state, had cancelled 300 flights.',
    'Since then, the mayor, a former police chief, has refused to comment on the case.',
    'Before that, the club, then in the second division, had never reached a cup final.',
]

# A negation or adverb before a subordinator or infinitive; negative inversion is a main clause.
PROBE_BAD_QUALIFIED = [
    ('The strike matters far beyond the city.', "Not least because the port handles more than half of the country's imports.", ''),
    ('The lower town stayed closed.', 'Not until the last of the floodwater had drained from the streets.', ''),
    ('The opening has been pushed back again.', 'Mostly because the new stadium will not be ready before the 2027 season.', ''),
    ('The ruling surprised nobody.', 'Precisely because the court had ruled the contract void two years earlier.', ''),
    ('Fewer tourists came this winter.', 'Probably because the ferry operator had cut its winter timetable again.', ''),
    ('Work resumed on the bridge in May.', "Only after the ministry had paid the contractors for the previous year's work.", ''),
    ('Herders grazed cattle in the valley.', 'Long before the first settlers arrived from the coast in the 1850s.', ''),
    ('The first results came in on Monday.', 'Shortly after the last polling stations closed in the western highlands.', ''),
    ('The town bought the land in 2019.', 'Only to see the plan scrapped two months later by the incoming council.', ''),
    ('The city spent 3 million dollars.', 'Just to keep the night buses running through the winter months.', ''),
    ('He signed for the club in March.', 'Only to tear a knee ligament three weeks later in training.', ''),
]
PROBE_GOOD_QUALIFIED = [
    'Not least because of the cost, the council dropped the plan.',
    'Not until Friday did the ministry confirm the deaths.',
    'Not everyone agrees that the port should be sold.',
    'Mostly because of the rain, turnout was low in the north.',
    'Probably because the ferry was late, the match started an hour behind schedule.',
    'Only after the ministry paid the contractors did work resume on the bridge.',
    'Not to be outdone, the rival network announced its own debate for the same night.',
    'Not surprisingly, the vote was postponed until after the summer recess.',
    'Only to the north of the city did the rain ease.',
    'Just to be safe, the organizers moved the concert indoors.',
    'Never before has the country exported so much coffee in a single month.',
    'Not only did prices rise, but wages fell at the same time.',
    'Long before the settlers arrived, the valley was home to herders.',
    'Not until the floodwater drained did residents return to the lower town.',
    'Never to be repeated, the offer ends on Friday at midnight.',
    'The plan was scrapped two months later by the incoming council.',
    'The deal, signed three weeks ago, collapsed on Monday.',
    'Not since 1990 have food prices in the capital risen so fast.',
    'Never has the port at Durban been so busy in the month of June.',
    'Not until the votes are counted will anyone know who won the seat.',
    'Not once did the minister visit the flooded towns in the south.',
    'Nowhere is the shortage of nurses worse than in the northern provinces.',
    'Not because of the weather but because of a strike, the flights were cancelled.',
    'Never to return, the exiles sold their houses before they left.',
    'Not to mention the fact that the company plans to double its staff next year.',
    'Not to mention the cost of rebuilding the bridges washed away in the floods.',
]

# A clause joined by a coordinator, without a comma, to a relative or subordinate clause is part of it.
PROBE_BAD_JOINED_TO_CLAUSE = [
    ('Half the houses stand empty.', 'In the years since the mine closed and most of the young people moved away to the coast.', ''),
    ('Food prices doubled in 2022.', 'Because the harvest failed in the north and left millions without enough to eat.', ''),
    ('Its shares fell 12 percent.', 'After the company cut its dividend and warned of lower profits for the rest of the year.', ''),
    ('Lawmakers have met twice.', 'Since the governor vetoed the bill and called a special session of the legislature.', ''),
    ('Stallholders lost their stock.', 'When the river rose above its banks and flooded the lower part of the market.', ''),
    ('Two thousand jobs have gone.', 'Ever since the factory closed its doors and moved production to Vietnam in 2016.', ''),
    ('Work could start in May.', 'If the council approves the plan and finds the money to build the new depot.', ''),
    ('The party has not recovered.', 'Weeks after the minister resigned and fled the country on a private jet.', ''),
    ('Inflation kept rising.', 'Although the bank raised rates twice and promised to do more if needed.', ''),
    ('Exports have fallen by a third.', 'Since the border closed in March and the main road to the port was cut by floods.', ''),
    ('Fighting broke out on Sunday.', 'Which left 14 people dead and forced thousands to flee across the river.', ''),
    ('Rents have soared in the capital.', 'In the decade since the government sold its housing stock and ended rent controls.', ''),
    ('The board approved the bonuses on Monday.', 'After a year in which the company lost $4 billion and its chief executive resigned.', ''),
    ('Tenants are angry.', 'A decade during which wages stagnated and rents doubled in every major city.', ''),
    ('Residents still talk about 1997.', 'The night when the dam broke and the water reached the second floor of the school.', ''),
    ('Few people stay in Corrib.', 'A town where the mill closed in 1998 and the last bank branch shut in 2015.', ''),
    ('Aid agencies pulled out their staff.', 'The same week in which the ceasefire collapsed and the border crossings were shut again.', ''),
    ('The coach was sacked in May.', 'A season in which the club won nothing and its best player left for Spain.', ''),
]
PROBE_GOOD_JOINED_TO_CLAUSE = [
    'Because the harvest failed, the government imported maize and left prices unchanged.',
    'The mine closed and most of the young people moved away to the coast.',
    'In the years since the mine closed, most young people have moved away.',
    'After the company cut its dividend, its shares fell and analysts downgraded the stock.',
    'Since the governor vetoed the bill, lawmakers have met twice and passed nothing.',
    'When the river rose, it flooded the lower part of the market and closed the bridge.',
    'The company cut its dividend after profits fell and warned of more cuts.',
    'If the council approves the plan, work starts in May and ends in 2027.',
    'Prices rose because the harvest failed and imports were delayed.',
    'Officials said the river rose above its banks and flooded the market.',
    'The minister resigned and fled the country on a private jet.',
    'Once the border closed, exports fell by a third and the port laid off workers.',
    'It was a year in which the company lost $4 billion and its chief executive resigned.',
    'Residents remember the night when the dam broke and the water reached the school.',
    'The club had a season in which it won nothing, and its best player left for Spain.',
    'In the town where the mill closed, the last bank branch shut in 2015.',
    'A decade during which wages stagnated has ended, and rents are falling at last.',
    'The week in which the ceasefire collapsed was the deadliest of the war.',
    'A migrant who becomes a worker and later a resident will need three different permits.',
    'Anyone who owns a car and lives in the city must pay the new charge from May.',
    'Farmers who lost cattle and the traders who lost stock will both get grants.',
    'The town where the mill closed and the bank left has found new life as a retreat for artists.',
    'The week in which the ceasefire collapsed and the crossings shut was the deadliest of the war.',
    'Since the mine closed and the young moved away, half the houses have stood empty.',
]

# Question words before a subject; 'that' before a subordinate clause; two subjects around a comma.
PROBE_BAD_WH_AND_EMBEDDED = [
    ('The council sent surveyors on Monday.', 'To find out how many homes the floods destroyed along the river.', ''),
    ('Engineers ran a model of the dam.', 'To see how far the water could rise before the levee gave way.', ''),
    ('Hydrologists set up gauges in the hills.', 'To measure how much rain the catchment can absorb in a single day.', ''),
    ('The ministry surveyed 2,000 doctors.', 'To learn why so many of the young doctors leave within two years.', ''),
    ('Officials met for six hours.', 'To work out where the money for the new hospital will come from.', ''),
    ('The navy staged a drill in the harbour.', 'To check how quickly its divers could reach a sinking ferry.', ''),
    ('The central bank surveyed 300 fund managers.', 'To gauge how quickly investors would react to a cut in interest rates.', ''),
    ('The researchers staged a mock attack.', "To show how easily hackers could get into the hospital's records.", ''),
    ('Scientists drilled 40 boreholes.', 'To measure how fast the glacier has retreated since the 1980s.', ''),
    ('The council fitted trackers to every bus.', 'To understand how often buses on the route run late during the winter.', ''),
    ('Inspectors timed the evacuation.', 'To see how long staff would need to clear the building in a fire.', ''),
    ('The city ran drills on Tuesday.', 'To test how quickly firefighters can reach the upper floors of the new towers.', ''),
    ('Engineers built a wave tank.', 'To test how well the new levees hold up against a storm surge of four meters.', ''),
    ('She defended the plan.', 'Although the minister conceded that when the money ran out, the contractors had walked away.', ''),
    ('The hospital was moved.', 'Because the report found that if the levee failed, the water would reach the wards within an hour.', ''),
    ('The match went ahead.', 'Even though the coach said that once the rain started, his players could not hold the ball.', ''),
    ('Payments were frozen.', 'Since the auditors concluded that while the books balanced, the spending had not been approved.', ''),
    ('The strike went on.', 'Although the union had agreed that if the offer improved, its members would vote again.', ''),
    ("The referee's report was published.", 'Even though he admitted that when the home side scored their third goal, he thought the match was over.', ''),
    ('The plant reopened.', 'Although the inspector wrote that once the pumps failed, she feared the reactor would overheat.', ''),
]
PROBE_GOOD_WH_AND_EMBEDDED = [
    'To find out how many homes the floods destroyed, the council sent surveyors.',
    'How many homes the floods destroyed is still unknown.',
    'Officials want to see how far the water could rise.',
    'How quickly crews can respond depends on the weather.',
    'To learn why doctors leave, the ministry surveyed 2,000 of them.',
    'Nobody knows where the money for the new hospital will come from.',
    'To gauge how quickly investors would react, the bank ran a survey.',
    'How easily hackers could get into the records alarmed the board.',
    'Scientists want to measure how fast the glacier has retreated.',
    'How often buses run late depends on the weather.',
    'To see how long staff would need, inspectors timed the evacuation.',
    'To test how quickly firefighters can reach the upper floors, the city ran drills.',
    'Engineers want to test how well the new levees hold up against a storm surge.',
    'How well the levees hold up will decide whether the town floods again.',
    'The report found that if the levee failed, the water would reach the hospital within an hour.',
    'The coach said that once the rain started, his players could not hold the ball.',
    'Because the auditors found problems, the council said that when the books are fixed, payments will resume.',
    'Although the rain stopped, officials said the roads remained closed.',
    'When the money ran out, the minister conceded that the contractors had walked away.',
    'While the director concedes that many of the complaints are fair, the new fees are here to stay and must be paid.',
    'Although she said that if the money arrives, the bridge would be rebuilt, the mayor gave no date.',
    'Because the coach admitted that when the rain came, his players panicked, the club fined him.',
    'Though the report found that the levee held, engineers want it raised by a meter.',
    'Even though he admitted that when Argentina scored, he thought the game was lost, the coach praised his players.',
    'Although the audit showed that the council overspent, officials defended the budget.',
    'Because the mayor insisted that the water was safe, residents kept drinking it.',
    'While the club says that the pitch recovered, players complain about the bounce.',
]

# 'that' opening a relative clause, not a complement.
PROBE_BAD_RELATIVE_THAT = [
    ('Pilots are angry.', 'The safety review that the airline had promised its pilots after the crash in March.', ''),
    ('The regions protested.', 'A new funding formula that the ministry drew up without consulting the regions.', ''),
    ('The river flooded again.', 'The flood defence plan that the council adopted in 2015 and never paid for.', ''),
    ('The board hired 40 nurses.', 'To cut waiting times that the health service has failed to reduce for a decade.', ''),
]
PROBE_GOOD_RELATIVE_THAT = [
    'A couple on the site claim that the pier was never safe.',
    'The safety review that the airline promised its pilots was published on Friday.',
    'Our data shows that the number of cases is falling.',
    'The report notes that the council never paid for the flood defences.',
    "Today's figures confirm that wages are rising faster than prices.",
    "The agency's study suggests that the new bus lanes cut journey times.",
]

# A relative word moved out through a verb of saying.
PROBE_BAD_REPORTED_GAP = [
    ('The state will appeal the ruling.', 'Which officials in Lagos say could cost the state 40 billion naira a year.', ''),
    ('The central bank left rates unchanged.', 'Which analysts at two banks believe will push inflation above 8 percent.', ''),
    ('The rail operator bought 12 trains.', 'To cut delays that commuters on the northern line say have doubled since March.', ''),
    ('The finance bill passed on Tuesday.', 'A tax that economists expect will raise less than half of what the ministry claims.', ''),
    ('The county has closed Mill Lane again.', 'The same road that residents say floods every time it rains for more than an hour.', ''),
    ('The budget includes new levies on fuel.', 'Measures that the minister insists will not hurt the poorest households.', ''),
    ('The county set aside $5 million.', 'To fix roads that drivers say have not been repaired since the 1990s.', ''),
    ('The warehouse burned for two days.', 'Which police believe was started deliberately by someone inside the building.', ''),
    ('Talks resumed in Geneva on Monday.', 'A deal that both sides say could be signed before the end of the month.', ''),
]
PROBE_GOOD_REPORTED_GAP = [
    'Officials in Lagos say the plan could cost the state 40 billion naira a year.',
    'Analysts at two banks believe the tax will push inflation above 8 percent.',
    'The delays, commuters say, have doubled since March.',
    'The tax that economists expect will raise little was approved on Monday.',
    'The road that residents say floods every time it rains will be raised by a meter.',
    'Rules that critics argue would ruin small farms take effect in May.',
    'The opposition says the move amounts to a power grab.',
    'Police believe the fire was started deliberately by someone inside the building.',
    'Both sides say a deal could be signed before the end of the month.',
    'Fees that parents claim have tripled will be frozen next year.',
    'Measures the minister insists will not hurt the poor were passed on Friday.',
    'Drivers say the roads have not been repaired since the 1990s.',
    'Roads that drivers say have not been repaired since the 1990s caused 40 crashes last year.',
    'Cracks that engineers say could widen in the frost closed the bridge on Monday.',
    'The claims that critics say were false have been removed from the website.',
]

# Participles opening the items of a list of noun phrases.
PROBE_BAD_LISTED_MODIFIERS = [
    ('Residents listed dozens of problems.', 'Such as cracked pavements, flooded underpasses and broken street lights.', ''),
    ('Police logged 300 crimes in August.', 'Including stolen bicycles, damaged cars and smashed shop windows.', ''),
    ('The town is full of reminders of the mills.', 'Like abandoned factories, boarded-up shops and empty car parks.', ''),
    ('Suppliers have suffered for months.', 'Such as delayed payments, cancelled contracts and frozen bank accounts.', ''),
    ('Workers listed their grievances.', 'Including unpaid wages, missed pension payments and reduced overtime.', ''),
    ('The storm left a trail of damage.', 'Uprooted trees, flattened fences and flooded basements across three counties.', ''),
    ('The novel took her ten years.', 'Drawing on letters her father wrote from the front in 1916 and photographs from the family album.', ''),
    ('The study mapped poverty in every district.', 'Using data the agency collected from 4,000 households over five years.', ''),
    ('The dam will be finished by 2027.', 'Relying on money the state borrowed from the World Bank in 2019.', ''),
    ('The governor defended the cuts.', 'Citing figures the ministry released on Monday and a report from the central bank.', ''),
    ('The boats landed in the Canaries on Sunday.', 'Most of them having left the coast of Gambia more than a week earlier.', ''),
]
PROBE_GOOD_LISTED_MODIFIERS = [
    'Cracked pavements, flooded underpasses and broken street lights are a danger to residents.',
    'Stolen bicycles, damaged cars and smashed windows were reported across the city.',
    'Cracked pavements and broken street lights remain the most common complaints.',
    'Inspectors found blocked fire exits, expired permits and missing smoke alarms.',
    'Such delays cost suppliers millions, the report said.',
    'Including bonuses, the chief executive earned 4 million pounds last year.',
    'The company closed plants, cut jobs and raised prices last year.',
    'Police recovered stolen bicycles, arrested two men and returned damaged cars to their owners.',
    'The firm bought used trucks, hired drivers and leased depots in three cities.',
    'Residents angered by cracked pavements, flooded underpasses and broken lights marched on city hall.',
    'Volunteers cleaned parks, painted fences and planted trees across the town.',
    'Engineers inspected cracked beams, replaced rusted bolts and patched damaged decks.',
    'The storm toppled trees, flooded basements and knocked out power to 40,000 homes.',
    'Drawing on letters her father wrote from the front, the author rebuilt his war.',
    'Using data the agency collected, researchers mapped poverty in every district.',
    'Citing figures the ministry released on Monday, the governor defended the cuts.',
    'Most of them had left the coast of Gambia more than a week earlier.',
    'The water flooded the cellars of a dozen bars and snarled traffic until noon.',
    'Relying on money the state borrowed, the ministry finished the dam.',
]

# A participle after its own subject, with no finite verb (an absolute phrase).
PROBE_BAD_ABSOLUTE = [
    ('At least 30 people drowned in the floods.', 'Many of the victims having been trapped in their cars by the rising water.', ''),
    ('Thousands of travellers slept in the terminal.', 'The last of the ferries having sailed from Dover shortly before midnight.', ''),
    ('The league postponed the match.', 'Several of the players being under investigation for betting on matches.', ''),
    ('The inquiry ended without charges.', 'Each of the ministers having denied any knowledge of the payments.', ''),
    ('Protesters marched on the ministry.', 'Hundreds of them carrying banners calling for the release of the journalists.', ''),
    ('The town was cut off for three days.', 'The river having burst its banks in three places overnight.', ''),
    ('Investigators ruled out pilot error.', 'Both of the pilots having flown the route dozens of times before the crash.', ''),
]
PROBE_GOOD_ABSOLUTE = [
    'Many of the victims having been trapped in their cars, rescuers used boats.',
    'The last ferry having sailed, hundreds of travellers slept in the terminal.',
    'Several players are under investigation for betting on matches.',
    'Each of the ministers has denied any knowledge of the payments.',
    'Hundreds of them carried banners calling for the release of the journalists.',
    'The river having burst its banks, the town was cut off for three days.',
    'Having flown the route dozens of times, both pilots knew the airport well.',
    'Most of the passengers having boarded, the crew closed the doors.',
    "Hoping to avoid last year's shortages, officials in Lima extended water rationing through May.",
    'Fearing a repeat of the floods, residents in the valley built a second wall.',
    'Citing safety concerns, the airline grounded its fleet of turboprops.',
    'Passengers having paid for their tickets were refused boarding at the gate.',
    'The last of the ferries having sailed, travellers slept in the terminal.',
    'Anyone having worked for the agency since 2015 will receive a refund.',
    'The river having burst its banks, the town was cut off.',
]

# Fragments and near misses of every class, in the wording of news copy.
PROBE_BAD_NEWS = [
    ('The ferry to Lamu was cancelled on Friday.', 'Because the harbour pilots walked out over unpaid overtime.', 'Passengers were put up in hotels.'),
    ('Turnout in the runoff was the lowest in decades.', 'Although both candidates had spent heavily on television advertising in the final week.', ''),
    ('The striker is expected to miss the derby.', 'Unless scans on his left hamstring show no tear.', 'The club will decide on Friday.'),
    ('Bond yields climbed to their highest level since 2008.', 'After the Treasury sold more long-dated debt than traders had expected.', ''),
    ('The museum will stay shut.', 'Until conservators have dried every painting damaged in the flood.', 'It holds 3,000 works.'),
    ('Wheat prices in Cairo have doubled.', 'Since the currency lost half its value against the dollar in March.', ''),
    ('The senator voted for the bill.', "Even though her own party's leaders had urged members to abstain.", ''),
    ('Shares in the carmaker fell 7 percent.', 'As investors worried about weak demand for its electric models in Europe.', ''),
    ('Evacuation orders go out automatically.', 'Whenever the river rises above six meters at the Kinshasa gauge.', ''),
    ('Data prices are expected to rise.', 'Now that the regulator has approved the merger of the two largest mobile operators.', ''),
    ('The opposition declared victory.', 'Before the polls had even closed in the western provinces.', 'Officials called that premature.'),
    ('The government is building new silos.', 'So that farmers can sell their maize directly to the national reserve.', ''),
    ('The travellers sued anyway.', 'Despite the fact that the airline had already refunded most of the tickets.', ''),
    ('The bridge was never finished.', 'Due to the fact that the contractor never received the final design drawings.', ''),
    ('The delays are hardly surprising.', 'Given that the province has only one burn unit for four million people.', ''),
    ('The bank raised rates again.', 'In spite of the fact that inflation fell for a third straight month.', ''),
    ('Heavy rain flooded the pitch on Saturday.', 'Which forced the organizers to move the final to a smaller stadium.', ''),
    ('The federation named Amara Diallo as its new director.', 'Who had coached the national side through two World Cup qualifying campaigns.', ''),
    ('Fighting resumed near the old market.', 'Where the militia set up checkpoints along the road to the airport.', ''),
    ('The editor resigned on Monday.', 'Whose father founded the newspaper in 1948 with two partners.', ''),
    ('Talks could collapse by Friday.', 'In which case the tariffs would take effect on the first of the month.', ''),
    ('Police seized 300 rifles.', 'Most of which had been stored in a warehouse near the port.', ''),
    ('The drug was pulled from shelves in May.', 'The same regulators who approved the drug in 2019 after a shortened review.', ''),
    ('Nine people died on Tuesday.', 'A bridge that engineers had declared unsafe three years before it collapsed.', ''),
    ('The union called a strike for Monday.', 'Hundreds of teachers whose contracts expire at the end of the school year.', ''),
    ('Patients now travel 80 miles for scans.', 'The only hospital in the district that still has a working X-ray machine.', ''),
    ('The trial opened in Lilongwe on Monday.', 'Two former ministers who were charged with corruption last spring.', ''),
    ('Relief agencies are cautiously hopeful.', 'If the ceasefire holds and the aid convoys reach Khartoum by the weekend.', ''),
    ('The streets flooded within an hour.', 'Because the pumps failed and because nobody had cleared the drains before the storm.', ''),
    ('Importers suffer the most.', 'When the dollar strengthens and oil prices fall at the same time.', ''),
    ('The library will close in April.', 'Unless the council finds the money or the state steps in with a grant.', ''),
    ('The team lost its last six games.', 'A bitter end to a season that had started with eight straight wins.', ''),
    ('The rail operator cut another 40 trains.', 'Another blow for commuters who rely on the line to reach the city centre.', ''),
    ('The bank will shed 9,000 jobs.', "The biggest job cuts in the company's 90-year history.", ''),
    ('The tunnel finally opened on Monday.', 'A 14-month delay and a cost overrun of nearly $300 million.', ''),
    ('The river burst its banks on Sunday.', 'Forcing thousands of residents to spend the night in emergency shelters.', ''),
    ('The painting was found in an attic in Lyon.', 'Sold at auction in London for a record 4.2 million pounds.', ''),
    ('The club sacked its coach on Sunday.', 'Having won only two of their last eleven league matches.', ''),
    ('The new railway cost $3.8 billion.', 'Stretching from the port of Mombasa to the border with Uganda.', ''),
    ('The cathedral will not reopen.', 'Damaged beyond repair when the roof collapsed during the earthquake.', ''),
    ('The IMF delayed the payment by a month.', 'To give the new government time to negotiate with its creditors.', ''),
    ('Crews flooded the building with seawater.', 'In order to keep the reactor cool while engineers repair the pumps.', ''),
    ('The utility bought six new turbines.', 'To avoid a repeat of the blackouts that hit the capital last winter.', ''),
    ('He won the seat in 2016 by 300 votes.', 'Only to lose it again four years later to a former ally.', ''),
    ('The bill passed by one vote.', 'Although the minister insisted that the plan, if approved, would pay for itself.', ''),
    ('The firm filed for bankruptcy.', 'Because the court ruled that the contract was void and the company had to repay the fees.', ''),
    ('Talks resume on Monday.', 'While the union says its members will strike unless wages rise by 10 percent.', ''),
    ('Aid agencies appealed for $400 million.', 'In the aftermath of the deadliest earthquake to hit the region in a century.', ''),
    ('The valley flooded again in April.', 'For the second time in as many years since the dam was completed.', ''),
    ('Sharks were sighted on Tuesday.', 'Along the stretch of coast between Durban and Richards Bay.', ''),
    ('The two governments agreed to rebuild the line.', 'At a cost of more than 2 billion euros to taxpayers in both countries.', ''),
    ('Rebels attacked key sites.', 'Such as the power plants, the ports and the main railway lines.', ''),
    ('Eleven people died in the fire.', 'Including three children and a pregnant woman from the top floor.', ''),
    ('Heavy industry is struggling across Germany.', 'Like the steel mills in the Ruhr and the shipyards along the Baltic.', ''),
    ('Food prices have hit the poor hardest.', 'Especially the poorest households in the northern provinces.', ''),
    ('Dredging has stopped at Mombasa.', 'Because the ministry, which oversees the ports, has not paid the dredging contractor since June.', ''),
    ('Taps ran dry across the east side.', 'Since the storm knocked out the pumping station, which supplies about 40,000 homes in the east of the city.', ''),
    ('Lawmakers are unlikely to raise taxes.', 'While the governor, who faces re-election in November, has promised to veto any tax increase.', ''),
    ("The airport's budget was cut by a third.", 'Which, according to the ministry, means the new terminal will not open before 2027.', ''),
    ('The tributes came from both parties.', 'Who, after 30 years in the Senate, announced last month that she would not run again.', ''),
    ('Most complaints come from the old town.', 'Where, residents say, the water has been brown for more than a week.', ''),
    ('The two brewers announced the merger on Monday.', 'A deal that, if approved by shareholders, would create the largest brewer in Africa.', ''),
    ('The rain did not stop for three days.', 'The kind of storm that forecasters say comes once in a generation.', ''),
    ('The court cleared all six officers.', 'A ruling that lawyers for the families called a betrayal of the victims.', ''),
    ('The fire started at the port on Tuesday.', 'The same warehouse where firefighters found 3,000 tonnes of ammonium nitrate in 2020.', ''),
    ('Two more jets were grounded on Friday.', 'Leaving the airline, which had already cut its summer schedule, with only 12 working aircraft.', ''),
    ('Inflation jumped to 9 percent in May.', 'Prompting the central bank, which had held rates steady since March, to raise them by half a point.', ''),
    ('The ministry hired 40 auditors.', 'To ensure that the money, which comes from a World Bank loan, reaches the clinics that need it.', ''),
    ('Several countries are in talks with the IMF.', 'Including Ghana, where inflation hit 54 percent in December, and Zambia, which defaulted in 2020.', ''),
    ('Factories across the north have closed.', 'Such as the fertiliser plant in Kaduna, which has been idle since the gas supply was cut.', ''),
    ('At least 200 people have been killed.', 'In the week since the ceasefire, which both sides accuse each other of breaking, took effect.', ''),
    ('Thousands stayed in their homes.', 'Despite warnings from the weather service, which had issued a red alert on Thursday.', ''),
    ('The shilling could weaken further.', 'If, as analysts expect, the central bank cuts rates again in March.', ''),
    ('The jets will stay parked in Addis Ababa.', 'Until the airline, which is owned by the state, finds a buyer for its long-haul fleet.', ''),
    ('The building was never certified.', 'Because, the report said, the inspectors had never visited the site.', ''),
    ('Food aid will run out by March.', 'The worst harvest since 1984, when a drought killed hundreds of thousands of people.', ''),
    ('The bill failed in the Senate.', 'A blow to the president, who had campaigned on a promise to bring down food prices.', ''),
    ('The road was closed for six months.', 'All because a contractor failed to file a permit for the new drainage pipes.', ''),
    ('Bus fares have gone up twice.', 'Mainly because the price of diesel has risen by 40 percent since January.', ''),
    ('Only a third of the schools have reopened.', 'Two years after the government promised to rebuild every school destroyed in the cyclone.', ''),
    ('The floods arrived in late March.', 'Just as the country was recovering from the worst drought in four decades.', ''),
    ('The mines stayed in the ground.', 'Long after the last soldiers had left the base near Kandahar.', ''),
    ('The editor was arrested at dawn.', 'Part of a wider crackdown on dissent that has seen dozens of journalists jailed since 2021.', ''),
    ('About 3,000 people crossed on Sunday.', 'Mostly farmers and traders from the villages along the border with Chad.', ''),
    ('The province has 60 paramedics.', 'Fewer than half of them with any formal training in emergency medicine.', ''),
    ('Hundreds of women marched through the capital.', 'Each of them carrying a sign with the name of a missing relative.', ''),
    ('At least 80 people have died of cholera.', 'Many of them children under the age of five, according to UNICEF.', ''),
    ('The airline reported a profit of $90 million.', 'Its first profit since the pandemic forced the airline to ground its fleet in 2020.', ''),
    ('The Lakers lost again on Sunday.', 'After LeBron James left the game in the third quarter with a sprained ankle.', 'They play Denver next.'),
    ('Shares of the chipmaker slid 9 percent.', 'As investors fretted over export curbs announced by Washington late on Friday.', ''),
    ('The judge delayed sentencing.', 'Until prosecutors and defence lawyers agree on how much the victims lost.', ''),
    ('The trial went ahead.', 'Despite the fact that two of the jurors had fallen ill over the weekend.', ''),
    ('The company missed its earnings target.', 'Which sent its shares down 12 percent in after-hours trading.', ''),
    ('The prize went to Dr. Amina Yusuf.', 'Whose research on malaria vaccines has been cited more than 20,000 times.', ''),
    ('The council finally approved the budget.', 'A spending plan that cuts library hours and raises parking fees in the city centre.', ''),
    ('The bill goes to the Senate next week.', 'A measure that would cap insulin prices at $35 a month for every patient.', ''),
    ('The project could be finished by 2027.', 'If the state releases the money and the contractor hires enough workers.', ''),
    ('The striker scored twice on Saturday.', 'His first goals since returning from a knee injury that kept him out for five months.', ''),
    ('The central bank raised rates on Thursday.', 'The tenth increase in a row and the largest since 1994.', ''),
    ('The senator announced her retirement on Monday.', 'Ending a career in Washington that spanned more than three decades.', ''),
    ('The museum reopened this week.', 'Restored to its original 1920s design after a four-year renovation.', ''),
    ('The team won the title on Sunday.', 'Beating their fiercest rivals 3-1 in front of a sold-out home crowd.', ''),
    ('The city added 200 buses to its fleet.', 'To ease crowding on routes that serve the new hospital and the university.', ''),
    ('Regulators fined the bank $2 billion.', 'To send a message to lenders that had ignored warnings about money laundering.', ''),
    ('The strike will go ahead.', 'Although the union said that it would call off the action if the company reopened talks.', ''),
    ('The mayor refused to resign.', 'Even though the report concluded that she had misled the council about the contract.', ''),
    ('The race was delayed by two hours.', 'Because of a thunderstorm that swept across the track shortly before the start.', ''),
    ('Unemployment fell to 3.4 percent.', 'For the first time since the spring of 1969.', ''),
    ('The stock has lost half its value.', 'Over the past year amid slowing sales and a string of product recalls.', ''),
    ('The festival features dozens of acts.', 'Including several bands that have not played together since the 1990s.', ''),
    ('Many crops failed this summer.', 'Particularly wheat and barley in the southern part of the state.', ''),
    ('Travel into the city will be disrupted.', 'While engineers replace the signalling system on the central line over the weekend.', ''),
    ('The airline cancelled 300 flights.', 'Because pilots at its main hub walked off the job over a pay dispute.', ''),
    ('Markets rallied on Monday.', 'Once the jobs report came out.', ''),
    ('Police arrested two men on Friday.', 'Both of whom had been wanted in connection with a string of burglaries.', ''),
    ('Lawmakers left for the summer recess.', 'Leaving the farm bill and the defence budget unfinished.', ''),
    ('The hearing resumed on Monday.', 'Hundreds of boxes of files collected by the inquiry over two years.', ''),
    ('The archive bought the letters at auction.', "A collection of letters published in 1952 by the writer's daughter.", ''),
]
PROBE_GOOD_NEWS = [
    'Because the harbour pilots walked out over unpaid overtime, the ferry to Lamu was cancelled on Friday.',
    'Although both candidates spent heavily on advertising, turnout in the runoff was the lowest in decades.',
    'Unless scans show a tear, the striker will play in the derby on Sunday.',
    'After the Treasury sold more long-dated debt than expected, bond yields climbed to a 15-year high.',
    'Since the currency lost half its value in March, wheat prices in Cairo have doubled.',
    'As investors worried about weak demand in Europe, shares in the carmaker fell 7 percent.',
    'Now that the regulator has approved the merger, prices for mobile data are expected to rise.',
    'But the airline had already refunded most of the tickets by then.',
    'And the contractor never received the final drawings, according to the audit.',
    'Yet inflation fell for a third straight month in October.',
    'So the organizers moved the final to a smaller stadium in Durban.',
    'Register for the vaccine at any pharmacy in the county before Friday.',
    'Send your questions about the new parking rules to the city clerk.',
    "Check the transit agency's website for the latest service changes.",
    'There were more than 400 complaints about the new meters in the first month.',
    'Among the injured were two firefighters and a police officer.',
    'Gone are the days when a single salary could pay for a house in the suburbs.',
    "Also charged in the case was the company's former finance director.",
    'Not included in the figures are the thousands of workers in the informal sector.',
    'Missing from the list were the two largest banks in the country.',
    'The same regulators who approved the drug in 2019 have now ordered a new review.',
    'A bridge that engineers had declared unsafe three years earlier collapsed on Tuesday.',
    'Hundreds of teachers whose contracts expire in June have yet to hear from the ministry.',
    'The only hospital in the district that still has a working X-ray machine will close in March.',
    'A 14-month delay and a cost overrun of nearly $300 million have pushed the project into doubt.',
    'Record temperatures across southern Europe forced officials to close the Acropolis at midday.',
    'Two former ministers who were charged with corruption last spring went on trial Monday.',
    'Another blow for commuters came on Monday, when the operator cut services on two lines.',
    'Which of the three bids will win depends on the final price, officials said.',
    'Sold at auction in London for a record sum, the painting will go on display in Doha.',
    'Having won only two of their last eleven matches, the club sacked its coach on Sunday.',
    'Forced from their homes by the floods, thousands of residents spent the night in shelters.',
    'To give the new government time to negotiate, the IMF delayed the payment by a month.',
    'Stretching from Mombasa to the Ugandan border, the railway cost $3.8 billion.',
    'In the aftermath of the earthquake, aid agencies struggled to reach the mountain villages.',
    'Including three children, at least 40 people died in the fire.',
    'Such was the demand that the organizers added a second concert on Sunday.',
    'Like many towns in the region, Tenby depends on tourists for most of its income.',
    'Despite the fact that the airline refunded most tickets, passengers sued for damages.',
    'Due to heavy snow, the pass will remain closed until Thursday morning.',
    'Whose side the mayor will take in the dispute remains unclear.',
    'Where the money went is still under investigation by the auditor general.',
    'Why the pumps failed is the subject of an inquiry that opens next week.',
    'What remains of the old fort is now a museum run by volunteers.',
    'Those who lost their homes in the fire will receive emergency payments from the state.',
    'Whoever wins the election will inherit a budget deficit of 6 percent of GDP.',
    'How the pumps failed remains a mystery to the engineers who installed them.',
    'Only then did the ministry admit that the data had been wrong.',
    'Rarely has a single vote in the senate drawn so many protesters.',
    'Left behind were hundreds of cars that owners abandoned as the water rose.',
    'Much of the damage was done in the first hour of the storm.',
    'Hit hardest were the fishing villages along the northern coast.',
    'Most of the rifles had been stored in a warehouse near the port.',
    'Many of the teachers whose contracts expire in June plan to leave the profession.',
    'Only a handful of the 300 shops on the street reopened after the fire.',
    'Every one of the 14 miners who were trapped underground walked out unaided.',
    'Officials expect the new line, which cost $2 billion, to open in March.',
    'Because the ministry, which oversees the ports, has not paid the contractor, dredging has stopped.',
    'Ms. Okafor, the finance minister, told lawmakers the deficit would narrow this year.',
    'The storm knocked out the pumping station, which supplies about 40,000 homes in the east of the city.',
    'The governor, who faces re-election in November, has promised to veto any tax increase.',
    "The company, long the region's largest employer, cut another 1,200 jobs this spring.",
    'That, according to the ministry, means the new terminal will not open before 2027.',
    'The senator, after 30 years in office, announced last month that she would not run again.',
    'The deal, if approved by shareholders, would create the largest brewer in Africa.',
    'It is the kind of storm that forecasters say comes once in a generation.',
    'Lawyers for the families called the ruling a betrayal of the victims.',
    'The coach, Luis Ortega, has refused to discuss it since the season began.',
    'The airline, which had already cut its summer schedule, now has only 12 working aircraft.',
    'The central bank, which had held rates steady since March, raised them by half a point.',
    'If, as analysts expect, the central bank cuts rates again in March, the shilling will weaken.',
    'Until the airline finds a buyer for its long-haul fleet, the jets will stay parked in Addis Ababa.',
    'It was the worst harvest since 1984, when a drought killed hundreds of thousands of people.',
    'The result is a blow to the president, who had campaigned on lower food prices.',
    'Two years after the government promised to rebuild every school, only a third have reopened.',
    'Just as the country was recovering from the drought, the floods arrived.',
    'The arrests are part of a wider crackdown on dissent that has seen dozens of journalists jailed.',
    'Most were farmers and traders from the villages along the border with Chad.',
    'Each of them carried a sign with the name of a missing relative.',
    'Many of them were children under the age of five, according to UNICEF.',
    'Mainly because of the price of diesel, bus fares have risen by a third since January.',
    'All of this happened within an hour of the first warning.',
    "Part of the problem is that the port handles more than half of the country's imports.",
    'Whatever the cause, the ministry says the pumps will be replaced by June.',
    'Rising prices, a weak currency and a string of strikes have pushed the government to the brink.',
    'Hardest hit was the fishing town of Beira, where the storm surge reached four meters.',
    'Ghana, where inflation hit 54 percent in December, and Zambia, which defaulted in 2020, are in talks.',
    'The plant in Kaduna, which has been idle since the gas supply was cut, will reopen in May.',
    'In the week since the ceasefire took effect, at least 200 people have been killed.',
    'Despite warnings from the weather service, which had issued a red alert, thousands stayed home.',
    'Leaving nothing to chance, the organizers hired 300 extra stewards for the final.',
    'Prompted by the jump in inflation, the central bank raised rates by half a point.',
    'A reminder of the risks came on Tuesday, when the pipe burst again.',
    'After LeBron James left the game, the Lakers collapsed in the fourth quarter.',
    'Investors fretted over export curbs, and shares of the chipmaker slid 9 percent.',
    'The spending plan cuts library hours and raises parking fees in the city centre.',
    'Mostly sedans built in Ohio were affected by the recall.',
    'His first goals since returning from injury came in a 3-0 win on Saturday.',
    'The tenth increase in a row was also the largest since 1994.',
    'Restored to its original design, the museum reopened this week.',
    'Beating their rivals 3-1, the team won the title on Sunday.',
    'To ease crowding, the city added 200 buses to its fleet.',
    'Because of a thunderstorm, the race was delayed by two hours.',
    'For the first time since 1969, unemployment fell to 3.4 percent.',
    'Including bonuses, the chief executive earned $14 million last year.',
    'Particularly hard hit were wheat and barley growers in the south.',
    'Both of the men had been wanted in connection with a string of burglaries.',
    'Lawmakers left the farm bill and the defence budget unfinished.',
    'Whatever happens next, the club will have to sell players in January.',
    'Never has the league seen so many injuries in a single season.',
    'Asked about the delays, the minister blamed the contractor.',
    'Gone are the days when a ticket cost less than a pint of beer.',
    "Which of the two candidates will win the runoff is anyone's guess.",
    'Product recalls rose sharply over the past year.',
    'The company recalls its cars whenever a fault is found in the brakes.',
    'In a series of product recalls, the firm replaced 40,000 airbags.',
    'A plan with new money for hospitals passed on Thursday.',
    'The first shipment of grain sailed from Odesa on Monday.',
    'Prices of steel imported from China fell by a third.',
    'Hundreds of boxes of files collected by the inquiry were shredded.',
    'Sales of the new model jumped in March.',
    'The deal with the unions collapsed on Friday.',
    'A group of residents gathered outside the town hall.',
    'The number of migrants crossing the Channel doubled in a year.',
    'A van registered to a company in Rotterdam crashed into the barrier.',
]

# Session 7: correct news sentences whose verb the tagger misread (a present tense read as a noun after a plural,
# a verb of saying read as a modifier of its person, a past form after a relative clause set in commas), a
# venue's listing, and their near misses: real fragments of the same surface shape.
PROBE_GOOD_VERB_MISREAD = [
    "In most districts, renters under 30 spend about half of their pay on housing.",
    "Of the state's 58 counties, 31 fall within the drought zone.",
    "Farm incomes in the region average about $40,000 a year.",
    "Commuters on the northern line queue for up to an hour each morning.",
    "During the dry season, the herds range across hundreds of kilometres of open grassland.",
    "In a typical year, sea turtles nest on the island between May and August.",
    "Of the 12 candidates, five stand on the ruling party's ticket.",
    "Annual water resources amount to about 90 cubic metres per person.",
    "When the eggs hatch, the young turtles crawl toward the sea at night.",
    "Its director-general warned donors in Geneva that the fund was nearly empty.",
    "The deputy-mayor assured residents on Monday that the water was safe.",
    "Its secretary-general warned members in Brussels that the budget would not be approved.",
    "Its commissioner-general warned donors in Oslo that the agency's funding for the next quarter was not yet secured.",
    "The union, which has denied any wrongdoing, settled with the company last week.",
    "The carrier, which had warned of delays, cancelled 40 flights on Friday.",
    "The insurer, which has rejected every claim, appealed against the ruling in March.",
    "At the Lyric Theatre, 214 West 43rd Street, Manhattan; lyricshow.com.",
    "At the Orpheum, 126 Second Avenue; orpheumnyc.com.",
]

PROBE_BAD_VERB_MISREAD = [
    ("The report came out on Monday.", "A new jobs plan for workers in the northern valleys.", ""),
    ("The report came out on Monday.", "When the eggs hatch in the warm sand of the beach.", ""),
    ("The report came out on Monday.", "Because the ewes graze on the lower slopes all summer.", ""),
    ("The report came out on Monday.", "Heavy rain and a storm surge of up to three metres along the coast.", ""),
    ("The report came out on Monday.", "Which families in the valley heat with wood in the winter.", ""),
    ("The report came out on Monday.", "Since commuters queue for an hour at the station each morning.", ""),
    ("The report came out on Monday.", "The 2024 vote in the regional assembly on the new budget.", ""),
    ("The report came out on Monday.", "The highest sales tax in the state after years of increases.", ""),
    ("The report came out on Monday.", "The museum, which opened in 1932, damaged by the storm last winter.", ""),
    ("The report came out on Monday.", "The ship, which sank in 1912, raised from the seabed by divers in 1985.", ""),
    ("The report came out on Monday.", "Dozens of worried donors that the agency had contacted in Geneva.", ""),
    ("The report came out on Monday.", "Its director-general, who warned donors in Geneva about the shortfall.", ""),
    ("The report came out on Monday.", "After the agency posted the full list of contracts on fbo.gov.", ""),
]

# A subordinate clause whose verb's "that" clause follows an aside; a record's noun phrase and the participle that
# tells how it was set; "in order to" whose "order" the parser took for a subject; other shapes of the seventh
# writer's classes (an aside inside a relative clause, a possessive "’s", a hyphenated number, "the third").
PROBE_BAD_SEVENTH = [
    ("The plant may stay open.", "Unless the regulators decide, as campaigners have urged, that the plan is flawed and must be redrawn.", ""),
    ("The fee stays for now.", "If the council agrees, as officials expect it to, that the fee is fair and should be kept.", ""),
    ("The company had to pay.", "Because the court ruled, as lawyers had predicted, that the law was valid and could stand.", ""),
    ("Work stopped in May.", "Since the inspectors found, as the union had warned, that the wiring was old and had to be replaced.", ""),
    ("The dam was drained.", "Even though the report concluded, as many had feared, that the levee was weak and would fail.", ""),
    ("The club was fined $2 million.", "The harshest penalty imposed on a club in the league's history, according to officials.", ""),
    ("Police searched the ship.", "The largest haul of cocaine seized at the port since records began in 1990.", ""),
    ("The rocket lifted off at dawn.", "The first satellite launched from the new spaceport in northern Norway.", ""),
    ("She won bronze in Glasgow.", "The only medal awarded to a British rider at the championships this year.", ""),
    ("He was jailed for 20 years.", "The longest sentence given to a police officer in the country's history.", ""),
    ("The maker was fined $900 million.", "The heaviest fine ever imposed on a carmaker for breaking emissions rules.", ""),
    ("The county hired 12 nurses.", "In order to keep the clinic open through the winter, when demand usually peaks.", ""),
    ("The chain hired 200 drivers.", "In order to keep the shelves fully stocked through the holiday rush, when sales double.", ""),
    ("Police charged nine people.", "Including two dockworkers and a pilot who, prosecutors say, steered boats past the patrols.", ""),
    ("The club named its squad.", "Including both of the team’s starting centre backs and its first-choice goalkeeper.", ""),
    ("Parliament passed the budget.", "A 40 billion-rand spending plan with record sums for schools, clinics and roads.", ""),
    ("Parliament passed the budget.", "A 60 trillion-shilling development plan with new money for schools, ports and railways.", ""),
    ("The nurses arrive in May.", "In order to keep the hospital in Apia fully staffed through the rainy season, when the island's population swells.", ""),
    ("Four starters are back.", "Including quarterback Sam Reyes and both of the team’s starting offensive tackles.", ""),
    ("Police seized 2 tonnes of cocaine.", "The biggest haul of the season and the second involving cargo from Panama.", ""),
]

PROBE_GOOD_SEVENTH = [
    "Because the court ruled, as lawyers had predicted, that the law was valid, the company must pay.",
    "If the council agrees, the fee will stay and may even rise next year.",
    "Though critics argued, as they had for years, that the dam was unsafe, the board kept it open.",
    "If voters agree, as polls suggest they will, the tax will rise and the parks will reopen.",
    "With this approach, when schools send their data, that data will be checked against the rules.",
    "The committee handed down its ruling on Friday afternoon.",
    "The regulator imposed a record fine on the bank last week.",
    "The agency launched its first satellite from the new spaceport.",
    "The largest bank in the region collapsed on Friday.",
    "The first train left the station at dawn.",
    "In order to keep the clinic open, the county raised its budget by 4 percent.",
    "In order to get the harvest in, farmers hired extra workers from abroad.",
    "The county raised taxes in order to keep the clinic open through the winter.",
    "Here’s the agency's full list of the projects that were approved.",
    "The pilot, who, prosecutors say, steered the boats past the patrols, was arrested.",
]

# Second round of session 7: a long subject whose verb the parser hung on a noun inside it, found by a subject it
# cannot agree with ("after the long drought were") or by a verb that takes no clause ("to make their payments will
# be"); and their near misses: fragments with a subordinator, a mood ("if the mayor were"), a group noun, a verb
# of saying.
PROBE_GOOD_MISPLACED_VERB = [
    "Farmers hoping for rain after the long drought were disappointed again on Sunday.",
    "Residents waiting for news since the storm were told to stay calm.",
    "Pilots flying into the airport during the fog were warned to expect long delays.",
    "Nurses working at the clinic through the outbreak were given a bonus by the state.",
    "Drivers stuck on the motorway after the crash were rescued by the army overnight.",
    "Villagers living below the dam since its construction were moved to higher ground.",
    "Protesters marching toward the parliament building were stopped by police.",
    "Homeowners hit by the flood after the river burst its banks were promised aid.",
    "In the short term, borrowers struggling to make their payments will be protected from any impact on their credit.",
    "Parents trying to find a school place for their children must apply by March.",
    "Families struggling to pay their energy bills can apply for a grant of up to $500.",
    "Firms wanting to hire foreign workers will have to pay a higher fee from April.",
    "Tenants unable to pay their rent on time may face eviction under the new law.",
    "Towns trying to attract new doctors have offered free housing and higher pay.",
    "Airlines hoping to fly the route will have to bid for landing slots.",
]

PROBE_BAD_MISPLACED_VERB = [
    ("The report came out on Monday.", "Although students sitting the test after the strike were allowed an extra hour.", ""),
    ("The report came out on Monday.", "Because nurses at the clinic through the outbreak were given no bonus by the state.", ""),
    ("The report came out on Monday.", "If the mayor were to resign before the vote on the new budget next month.", ""),
    ("The report came out on Monday.", "As though the town were still recovering from the war that ended in 1945.", ""),
    ("The report came out on Monday.", "Since the data were collected by the agency in the spring of last year.", ""),
    ("The report came out on Monday.", "Because the team were beaten by their rivals in the final on Saturday.", ""),
    ("The report came out on Monday.", "Residents waiting for news since the storms were first forecast on Monday.", ""),
    ("The report came out on Monday.", "Shoppers queuing outside the store before the doors were opened at nine.", ""),
    ("The report came out on Monday.", "Borrowers struggling to make their payments after the rates rose in the spring.", ""),
    ("The report came out on Monday.", "Families struggling to pay their energy bills since the prices rose last winter.", ""),
    ("The report came out on Monday.", "Because the rules say the plant will close at the end of the year.", ""),
    ("The report came out on Monday.", "Which means the ferry will stop running for the rest of the winter.", ""),
    ("The report came out on Monday.", "Since officials believe the fire was started by a cigarette left on a bench.", ""),
    ("The report came out on Monday.", "Towns trying to attract new doctors to clinics that have stood empty for years.", ""),
]

# A verb the tagger read as a noun after an -ing noun with its determiner ("The filing lists a debt"), and a past
# form read as a participle after a phrase set in commas ("Two counties, including Harris County, closed schools
# Thursday"); near misses: noun phrases of the same words, lists, and the same clauses after a subordinator.
PROBE_GOOD_VERB_AFTER_PHRASE = [
    "The ruling voids a purchase agreement the city signed last year with a developer, which planned to build 84 homes.",
    "Several school districts, including Amarillo ISD and Canyon ISD, canceled classes Monday and Tuesday.",
    "Three airlines, including Delta and United, canceled flights Friday and Saturday.",
    "Two counties, including Harris County, closed schools Thursday.",
    "Most of the banks, including Chase and Wells Fargo, raised rates Wednesday.",
    "Four regional carriers, including Rex and Qantaslink, grounded planes Sunday.",
    "Dozens of stores, including Target and Kohl's, extended hours Friday.",
    "Some districts, like Austin ISD, delayed classes Wednesday.",
    "Three states, including Ohio and Indiana, declared emergencies Monday.",
    "Five schools, including Lincoln High, dismissed students early Friday.",
    # a clause as the subject would take a singular verb: the plural one is the noun's before it
    "Communities that over 100 million people – one in three Americans – call home have been struck by storms.",
    "Islands that some 40,000 people – most of them fishermen – call home have lost their ferry service.",
    "Neighbourhoods that many families – some for generations – call home were flooded overnight.",
]

PROBE_BAD_VERB_AFTER_PHRASE = [
    ("The storm hit overnight.", "The finding of the inquiry into the crash on the motorway in 2019.", ""),
    ("The storm hit overnight.", "The opening ceremony for the new stadium on the edge of the city.", ""),
    ("The storm hit overnight.", "The filing deadline for candidates in the county elections next spring.", ""),
    ("The storm hit overnight.", "The closing arguments in the trial of the former mayor last week.", ""),
    ("The storm hit overnight.", "The warning signs that engineers missed before the collapse.", ""),
    ("The storm hit overnight.", "Because several districts, including Amarillo ISD, canceled classes Monday and Tuesday.", ""),
    ("The storm hit overnight.", "After two counties, including Harris County, closed schools Thursday and Friday.", ""),
    ("The storm hit overnight.", "If dozens of stores, including Target, extended hours this weekend.", ""),
    ("The storm hit overnight.", "Communities that over 100 million people – one in three Americans – call home across the country.", ""),
    ("The storm hit overnight.", "Because what the city needs most are new buses and more drivers.", ""),
    ("The storm hit overnight.", "Since three airlines, including Delta and United, canceled flights Friday and Saturday.", ""),
    ("The storm hit overnight.", "Several school districts, including Amarillo ISD and Canyon ISD, with canceled classes Monday and Tuesday.", ""),
]

# Round 8: a present tense the tagger read as a noun, in the form that agrees with the noun phrase before it: an
# "-s" form after one name or acronym, a base form after names joined by "and"; near misses: noun phrases whose
# plural a name modifies ("Fresh EU sanctions on ..."), or whose names a preposition governs ("between ... and ...").
PROBE_GOOD_PRESENT_AFTER_NAME = [
    "The United States and CARICOM concur on the need for new maritime patrols.",
    "The United States and the EU concur on the need for sanctions.",
    "This announcement by Panasonic builds on more than a year of progress.",
    "The IMF forecasts growth of 3 percent for next year.",
    "The report by Deloitte points to gaps in the bank's controls.",
    "A new report from Amnesty documents abuses in three prisons.",
    "The complaint by Greenpeace centres on the company's claims about emissions.",
    "Italy and Greece concur with the plan for a common asylum system.",
    "The ministry and the union disagree over the pace of the pension reform.",
    "Apple and Samsung compete for the same customers across Asia.",
    "FEMA funds most of the repairs after a declared disaster.",
    "UNICEF estimates that 2 million children in the region need aid.",
    "Airbus delivers about 60 jets a month from its plant in Toulouse.",
    "This decision by the court builds on a ruling from 2019.",
    "The offer from Vodafone values the company at $4 billion.",
    "Texas and Florida account for a third of the new jobs.",
    "Chevron and Exxon rely on the Permian basin for much of their output.",
    "A survey by Gallup puts the president's approval at 41 percent.",
    "The plan from Brussels sets a deadline of 2035 for new petrol cars.",
    "Kenya and Tanzania compete for tourists visiting the Serengeti.",
]

PROBE_BAD_PRESENT_AFTER_NAME = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "A deal between the United States and CARICOM on new maritime patrols.",
        "A joint plan by NATO and the EU for the mission in the Balkans.",
        "The latest phones from Apple and Samsung for customers across Asia.",
        "The IMF forecast of growth of 3 percent for next year.",
        "A bitter clash between the board and its largest shareholder over pay.",
        "The new Toyota plants in Kentucky and Indiana.",
        "More NATO troops along the alliance's eastern flank.",
        "Two of the Boeing orders from Gulf carriers this year.",
        "The latest IMF loans to Egypt and Pakistan in a decade.",
        "A deal between Spain and Portugal on water from the Tagus.",
        "A joint bid by Spain and Portugal for the 2030 World Cup.",
        "Rising tensions between Serbia and Kosovo over car number plates.",
        "Fewer Ryanair flights to Spain and Italy this winter.",
        "The busiest Heathrow runways during the summer months.",
        "Heavy fines for Google and Meta in the European Union.",
    )
]

# Round 8: a noun phrase whose relative clause an aside or a second relative clause interrupts (a clause without a
# relative word that ends on its verb or preposition before ", which", "that" or "whose" hung on the noun before
# a comma, "neither of whom"), and a noun phrase whose only verb is a past form right after the one comma that
# follows it (one comma never parts a subject from its verb); near misses: the same with their main verb.
PROBE_BAD_INTERRUPTED_RELATIVE = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "The pickup truck she was driving, which troopers said crossed the median near the exit.",
        "The ferry, which – according to the port authority – had been running late all week.",
        "The new clinic, which the county opened in March after years of delay.",
        "A bridge that, engineers warned, had been closed twice since 2019.",
        "The teachers who, despite the cuts, kept the school open through the winter.",
        "Two nurses who — like many of their colleagues — had worked double shifts all week.",
        "The factory that, for most of the last century, employed half the town.",
        "A plan which, critics say, would cost taxpayers millions of dollars.",
        "The minister's chief of staff, who, according to two officials, drafted the memo.",
        "The 1,200 workers at the plant, most of whom had been with the company for decades.",
        "The striker she replaced, who had scored in each of the last four games.",
        "The budget the council passed, which, as the auditor noted, leaves no reserve.",
        "The suspect's car, which witnesses say was parked outside the bank for an hour.",
        "A 19th-century mill on the river, which the trust bought in 2011 for $1.",
        "The two officers who shot him, neither of whom has been charged.",
        "The law the senators drafted, which would ban the sale of the drug to minors.",
        "The mayor's new budget, unveiled on Tuesday after months of talks with the unions.",
        "The town's oldest bakery, founded by Italian immigrants in 1921.",
        "A 34-year-old man from Leeds, arrested at the airport on Sunday night.",
        "The new stadium, built at a cost of $1.2 billion and opened last spring.",
        "The company's chief executive, Jane Ortiz, speaking at a conference in Berlin on Monday.",
        "The three men, all of them from the same village in the north.",
        "A former police officer, now a councillor in the eastern district.",
        "The largest wildfire in the state's history, fanned by strong winds and dry heat.",
        "The bill, passed by the Senate last week by a vote of 61 to 39.",
        "The ship's captain, a veteran of 30 years at sea with an unblemished record.",
        "The stolen painting, recovered from a warehouse near Antwerp in March.",
        "The bodies of two climbers, found by a rescue team near the summit on Friday.",
        "Her first goal for the national side since a knee injury in 2023.",
        "The region's main hospital, already running at full capacity during the winter.",
    )
]

PROBE_GOOD_INTERRUPTED_RELATIVE = [
    "The pickup truck she was driving, which troopers said crossed the median, rolled twice.",
    "The ferry, which – according to the port authority – had been running late, sank in the bay.",
    "The new clinic, which the county opened in March, has already hired 40 staff.",
    "A bridge that, engineers warned, had been closed twice since 2019 collapsed on Sunday.",
    "The teachers who, despite the cuts, kept the school open were honoured on Friday.",
    "The factory that, for most of the last century, employed half the town closed in 2009.",
    "A plan which, critics say, would cost taxpayers millions was approved on Tuesday.",
    "The minister's chief of staff, who, according to two officials, drafted the memo, resigned.",
    "The budget the council passed, which, as the auditor noted, leaves no reserve, takes effect in July.",
    "The suspect's car, which witnesses say was parked outside the bank for an hour, was found in a lake.",
    "The striker she replaced, who had scored in each of the last four games, is injured.",
    "Two nurses who — like many of their colleagues — had worked double shifts were sent home.",
    "The workers at the plant, most of whom had been with the company for decades, lost their jobs.",
    "The reservoir the city relies on, which – after three dry winters – is at a record low, will be refilled.",
    "The law the senators drafted, which would ban the sale of the drug to minors, passed easily.",
    "The two officers who shot him, neither of whom has been charged, are back at work.",
    "The mayor's new budget, unveiled on Tuesday after months of talks, cuts 200 jobs.",
    "Maria Lopez, a nurse at the county hospital for more than 20 years, retired on Friday.",
    "The town's oldest bakery, founded by Italian immigrants in 1921, will close in May.",
    "A 34-year-old man from Leeds, arrested at the airport on Sunday night, was charged.",
    "The new stadium, built at a cost of $1.2 billion, opened last spring.",
    "The company's chief executive, Jane Ortiz, spoke at a conference in Berlin on Monday.",
    "The three men, all of them from the same village, were released on bail.",
    "A former police officer, now a councillor, has been charged with fraud.",
    "The largest wildfire in the state's history, fanned by strong winds, burned 400 homes.",
    "The bill, passed by the Senate last week, now goes to the House.",
    "Several residents, woken by the alarm, fled down the stairs.",
    "The stolen painting, recovered from a warehouse near Antwerp, is back on display.",
    "Thousands of commuters stranded at the station after the power failure slept on the floor.",
    "Most of them are subsistence farmers from the two southern districts.",
    "The bodies of two climbers, found by a rescue team near the summit, were flown home.",
    "Her first goal for the national side since a knee injury in 2023 came in the 80th minute.",
    "The mayor, elected in 2019, resigned on Friday.",
    "Her father, a fisherman, drowned in 1990.",
    "At least 12 people, including two children, were killed in the blast.",
    "Officials said the bridge, damaged in the quake, would reopen in May.",
    "Sales rose 5 percent, boosted by strong demand in Asia.",
    "On Tuesday, lawmakers approved the budget by a wide margin.",
    "The mine, closed since 2015, reopened last month.",
    "Last year, the council approved 300 new homes.",
    "The bridge, built in 1930 and repaired in 1990, finally closed.",
    "In a statement, the company apologized for the delay.",
    "The storm weakened overnight, downgraded to a tropical depression by Monday.",
    "Two men, both in their twenties, appeared in court on Friday.",
    "Earlier this month, a similar plan collapsed in the Senate.",
    "His manager, Jon Park, interjected by saying it was recorded in Seoul.",
    "The old mill, owned by the family since 1850, burned down in March.",
    "Shortly after midnight, police arrested two men near the station.",
    "The company's shares, listed in London, jumped 12 percent on Monday.",
    "The dog, rescued by firefighters, recovered quickly.",
    "Residents, alarmed by the smell, called the fire brigade.",
    "By the end of the day, organizers had counted 40,000 marchers.",
]

# Round 8, the written news of sets 13 to 15: a verb form right after the comma that closes an insertion (a relative
# clause, an age, "including ...", a participle) after the opening noun phrase is that noun phrase's verb, whatever
# its tag; "after that", "before that" are phrases of time, not a subordinator and its subject; an irregular past
# read as a noun after a name, before its object; near misses: the same noun phrases with no verb after the
# insertion, or with a participle and its agent.
PROBE_BAD_VERB_AFTER_INSERTION = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "The yield on the 10-year note, which sets the cost of mortgages and car loans.",
        "Jean Okafor, 41, who moved to the city in 2010 and now runs the shelter.",
        "More than 20 airlines, including Delta, United, Lufthansa and Air France.",
        "The mayor, who took office in January with a promise of a new stadium.",
        "The company, which employs 4,000 people in the state and announced layoffs on Tuesday.",
        "The river, which rose 3 metres overnight before cresting early Sunday.",
        "The pilot, whose name has not been released by the airline.",
        "The museum, which opened in 1932, damaged by the storm last winter.",
        "The ferry operator, which carries 2 million passengers a year across the strait.",
        "The council's budget chief, who had warned of a deficit for months.",
        "The price of crude, which fell sharply in March, climbing back above $80.",
        "The ship, which sank in 1912, raised from the seabed by divers in 1985.",
        "Tomas Vidal, 33, who grew up in the valley and coaches the under-12 team.",
        "The bridge, known to locals as the Iron Lady, and the old mill beside it.",
        "The festival, described by its founders as a party for the whole valley.",
        "The report, commissioned by the ministry and published on Friday.",
        "The novel, translated into 30 languages and sold in 40 countries.",
        "Students who enrolled before that rule changed in 2019.",
        "Shops that opened after that law was passed in 2020.",
        "Farmers who sold their crops before the price fell in March.",
        "Workers who joined after the strike ended in the spring.",
    )
]

PROBE_GOOD_VERB_AFTER_INSERTION = [
    "The yield on the 10-year note, which sets the cost of mortgages, rose to 4.3% on Friday.",
    "Jean Okafor, 41, who moved to the city in 2010, runs the shelter on Main Street.",
    "More than 20 airlines, including Delta, United, Lufthansa and Air France, suspended flights on Monday.",
    "The mayor, who took office in January, wants a new stadium by 2030.",
    "The museum's director, who has led it since 2015, plans to retire next year.",
    "Three of the hospitals, including St. Mary's, Mercy and County General, reported shortages.",
    "The company, which employs 4,000 people in the state, announced layoffs on Tuesday.",
    "Ms. Rivera, 58, who taught at the school for 30 years, retires in June.",
    "The river, which rose 3 metres overnight, crested early Sunday.",
    "Several unions, among them the nurses and the teachers, backed the strike.",
    "The price of crude, which fell sharply in March, climbed back above $80.",
    "Anil Mehta, the firm's chief executive since 2018, steps down at the end of the month.",
    "The pilot, whose name has not been released, survived with minor injuries.",
    "Most of the stores, like those in Ohio and Michigan, closed early on Sunday.",
    "The ferry operator, which carries 2 million passengers a year, cancelled sailings on Friday.",
    "Officer Dana Kim, a 12-year veteran of the force, leads the investigation.",
    "The council's budget chief, who had warned of a deficit, resigned on Monday.",
    "The region's biggest employer, the steel mill, shut its blast furnace in June.",
    "Four districts, including Harris, Fort Bend, Galveston and Brazoria, closed schools Thursday.",
    "The agency, which oversees 300 dams across the state, inspects each one every five years.",
    "Tomas Vidal, 33, who grew up in the valley, coaches the under-12 team on weekends.",
    "The yield on the 10-year Treasury, which influences rates on mortgages and other loans, held at 4.12%.",
    'The match, known locally as the "eternal derby", or simply the derby, was played in front of 12,000 fans.',
    "The bridge, known to locals as the Iron Lady, was closed for repairs in May.",
    "The festival, described by its founders as a party for the whole valley, drew 40,000 people.",
    "The plant, seen by many as the town's last hope, closed in 2019.",
    "The tower, designed by a Danish firm, opens to the public next month.",
    "The law, passed in 2018 by a narrow margin, takes effect on Monday.",
    "The airport, built in the 1960s, handles 3 million passengers a year.",
    "The ship, damaged in the storm, limped into port on Friday.",
    "The report, commissioned by the ministry, found no evidence of fraud.",
    "The novel, translated into 30 languages, has sold 2 million copies.",
    "Drivers who park on the verge after that will be fined.",
    "Students who enrol before that can keep their current fees.",
    "Residents who apply after that must wait until next year.",
    "Firms that miss the deadline after this will lose their licences.",
    "Anyone who arrives after that has to queue outside.",
    "Patients who were treated before that may have received the wrong dose.",
    "Voters who register after that cannot take part in the primary.",
    "Players who signed before that were paid in cash.",
    "Farmers who sell their crops after that get a lower price.",
    "Buildings that were finished before that still use lead pipes.",
    "Workers who joined after that earn less than their colleagues.",
    "Clubs that breach the cap after this would lose points.",
    "Any goods that arrive after that will be taxed at the new rate.",
    "Landlords who keep renting out such units after that can face fines and prison terms.",
    "As harbormaster, Mr. DaSilva oversaw moorings, enforced speed limits and coordinated with the Coast Guard.",
    "As director, Ms. Nakashima oversaw renovations, hired curators and doubled attendance.",
    "As treasurer, Mr. Okwuosa oversaw budgets, audits and payroll for the county.",
    "As dean, Dr. Vanterpool undertook reforms of the admissions process.",
    "As warden, Mr. Kowalczyk forbade visits, phone calls and mail for a month.",
    "As mayor, Mr. Papadakis oversaw repairs to 40 bridges and the harbour wall.",
    "As captain, Mr. Szymanski foresaw storms, rerouted ships and saved lives.",
    "As commissioner, Ms. Oyelaran-Hughes withdrew permits from three quarries.",
    "In 1998, Mr. Fitzwilliam undertook repairs of the church roof at his own cost.",
]

# Round 8: a participle of saying with "by" or "from" is a credit only before a name or agency ("Reporting by Ana
# Ruiz"), not before people of a common noun ("Described by colleagues as ...").
PROBE_BAD_CREDIT_SHAPED = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Described by colleagues as a tireless advocate for the poor.",
        "Reported by neighbours to the police two days after the fire.",
        "Criticised by economists as too little and too late for the region.",
        "Announced by the ministry only hours before the deadline expired.",
    )
]

PROBE_GOOD_CREDITS = [
    "Reporting by Ana Ruiz in Madrid; Editing by Tom Lee and Sara Diaz.",
    "With reporting from the Associated Press and local station KTVU.",
    "Additional reporting by Maria Chen in Hong Kong and Li Wei in Beijing.",
    "Updated at 6 p.m. with comments from the mayor's office.",
    "Writing by Jonathan Brooks; editing by Alison Williams.",
]

# a noun phrase and a clause on it without its relative word ("A problem the council says will ..."), only that clause
PROBE_BAD_CLAUSE_WITHOUT_RELATIVE_WORD = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "A problem the city council says will be fixed once the new pumping station opens in 2027.",
        "A bridge the transport ministry had pledged to rebuild since at least 2019, when the old one was closed.",
        "A figure the health department believes could double by the end of the decade.",
        "A decision the club's owners insist was taken only after months of talks with supporters.",
        "The second such fine the regulator has imposed on the airline since it began flying to Lagos.",
        "A cost the treasury estimates will reach at least 4 billion euros over five years.",
        "An agreement both unions say they will put to their members in a ballot next month.",
        "A plan the minister says she will present to the cabinet before the summer recess.",
    )
]

# near misses: a noun of time before the main clause, a second verb, a noun the tagger may have taken for a verb, a
# clause after a comma, a name in apposition
PROBE_GOOD_CLAUSE_WITHOUT_RELATIVE_WORD = [
    "A week later the ministry confirmed that the bridge would be rebuilt.",
    "The next morning the ferry operator cancelled all sailings to the islands.",
    "Every spring the town holds a festival that draws visitors from across the region.",
    "A deal the union says could end the strike was signed on Friday.",
    "The houses the builder finished last summer sold within a week.",
    "The figure the department released on Monday shows a sharp rise in admissions.",
    "The route the ferry takes passes close to the wreck of the old lighthouse ship.",
    "The report the inspectors wrote after their visit urges the school to hire more teachers.",
    "The statues, most carved by hand in the 19th century, show saints, soldiers and farmers at work.",
    "The annual survey by the travel agency Voyagia put the average price of a week abroad at €1,450.",
    "The museum the city built in 1932 reopens on Saturday after a two-year renovation.",
    "The votes the party won in the north were not enough to form a government.",
    "A deal both unions say they will back was signed on Friday.",
    "The road the council says it will repair next year floods every winter.",
    "The car the police say they found in the river belonged to the missing man.",
    "The hospital the government says it will build needs 400 nurses.",
]

# a subordinator of two words and more before a subject with an insertion: "Now that the berth, delayed ..., is open."
PROBE_BAD_PHRASE_ACROSS_INSERTION = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Now that the old terminal, closed for most of the decade by a legal fight, is finally being torn down.",
        "Now that the new pier at the harbour, delayed for two years by a row with the builder, is finally open.",
        "Even though the council, under pressure from residents, had voted against the plan twice.",
        "As long as the ceasefire, brokered by Qatar last month, holds through the winter.",
    )
]

PROBE_GOOD_PHRASE_ACROSS_INSERTION = [
    "Now that the old terminal, closed for a decade by a legal fight, is being torn down, neighbours hope for a park.",
    "As long as the ceasefire, brokered by Qatar last month, holds, aid convoys can move.",
    "Even so, the council, under pressure from residents, voted against the plan twice.",
    "Now that the stadium has been sold, the club, home there since 1923, must move.",
]

# a participle on the object of the opening preposition, which no main verb's subject is: "Such as the roads damaged ..."
PROBE_BAD_PARTICIPLE_ON_OPENING_OBJECT = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Such as cutlery, straws and the paper bags handed out at the weekly market.",
        "Such as the schools, clinics and roads damaged in last year's floods.",
        "Such as the paintings and sculptures looted from the palace in 1897.",
        "Such as plastic cups, cotton buds and the foam trays used by takeaway shops.",
    )
]

PROBE_GOOD_PARTICIPLE_ON_OPENING_OBJECT = [
    "At the market, traders handed out free samples of cheese.",
    "Across the region schools closed early on Friday because of the heat.",
    "At the port workers unloaded the last of the grain on Sunday.",
    "Under the deal farmers received a subsidy for every hectare planted.",
    "In the village shops closed and families packed their cars.",
    "On the island tourists stranded by the storm waited for ferries.",
]

# a participle of a verb that needs an object, with none, on the noun the sentence opens with: "A diplomat expelled ..."
PROBE_BAD_PARTICIPLE_WITHOUT_OBJECT = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "A 52-year-old Canadian citizen held since March on suspicion of spying for a foreign power.",
        "An elderly couple rescued from the roof of their flooded home on Tuesday night.",
        "A 60-year-old Dutch tourist stung by a jellyfish while swimming off Crete.",
        "A local teacher named last month as the region's new schools inspector.",
        "A rare copy of the first edition found in a box of old books at a charity shop.",
        "A 41-year-old taxi driver accused of running down two cyclists on the coast road in June.",
    )
]

# near misses: a past tense with its object after a phrase, or used without one, or a name as the subject
PROBE_GOOD_PARTICIPLE_WITHOUT_OBJECT = [
    "A 52-year-old Canadian citizen held a rally outside the embassy on Monday.",
    "The board adopted by a narrow vote a plan to close two plants.",
    "The senator brought to the debate figures from her own state.",
    "The mayor named as her deputy a former police chief from Leeds.",
    "The company moved to Cork in 2019 after a row over taxes.",
    "The agency partnered with three universities on the study.",
    "Yesterday, the Port Authority of Lagos partnered with two banks to fund new cranes.",
    "The measures announced by the ministry target small firms in rural areas.",
]

# a subordinate clause, then a noun read as a verb before a relative clause that reports with a gap
PROBE_BAD_NOUN_BEFORE_REPORTED_GAP = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Until crews finish replacing the rails on the bridge, work that the operator says could last until June.",
        "Until inspectors finish checking the wiring in the tower, work that the council says may take a month.",
    )
]

PROBE_GOOD_NOUN_BEFORE_REPORTED_GAP = [
    "Until the inquiry ends, work that officials say could take years is suspended.",
    "After the vote, talks that both sides say were productive will resume in May.",
    "Once the bridge opens, traffic that residents say has choked the town will use the bypass.",
    "While the trial continues, evidence that prosecutors say links the men to the fraud remains sealed.",
]

# a noun phrase (adjectives in a row, a measure) and a participle after one comma and an adverb: "A storm ..., now expected"
PROBE_BAD_PARTICIPLE_AFTER_ADVERB = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "A small, slow-moving storm roughly 200 miles wide, now expected to reach the coast on Friday.",
        "A 30-metre humpback whale, first spotted off the pier on Tuesday morning.",
        "The old brick warehouse near the station, long used as a car park by commuters.",
        "A rare, hand-painted map of the coast, recently discovered in a library in Lisbon.",
        "A narrow, winding road through the mountains, often closed by snow in winter.",
        "The new, heavily guarded border crossing at Kapikule, finally opened to trucks on Monday.",
    )
]

PROBE_GOOD_PARTICIPLE_AFTER_ADVERB = [
    "A small, slow-moving storm roughly 200 miles wide, now expected to reach the coast, has forced evacuations.",
    "The storm weakened overnight, now expected to reach the coast as a tropical depression.",
    "The new, larger ferry, built in Finland, entered service in May.",
    "The bridge, now closed to trucks, reopened to cars on Friday.",
    "A senior, well-respected judge, Ms. Okafor retired in March.",
    "The company's shares, already down 20% this year, fell again on Monday.",
    "The mine, closed since 2015, reopened last month.",
]

# a relative word, an aside with "as" in commas, and the relative clause: "Which, as critics warned, pushed ..."
PROBE_BAD_RELATIVE_BEFORE_ASIDE = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Which, as the report noted, left hundreds of patients waiting more than a year for surgery.",
        "Who, as her lawyer told the court, had never been in trouble with the police before.",
        "Which, as one resident put it, turned the quiet street into a car park every weekend.",
        "Which, as the minister put it in parliament, “changed everything for the families of the missing.”",
    )
]

PROBE_GOOD_RELATIVE_BEFORE_ASIDE = [
    "Which candidate, as the polls suggest, will win the runoff remains unclear.",
    "Whoever wins, as analysts expect, will face a hostile parliament.",
    "Prices, as the report noted, rose faster in the north than in the south.",
    "The plan failed, as the minister put it, “because nobody paid for it.”",
]

PROBE_BAD_SUBJECT_OF_OPENING_CLAUSE = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "After a storm that forecasters had tracked across the Gulf for a week knocked out power to the control tower.",
        "Before a student who was checking the figures for a class project spotted it in March.",
        "When the heating system, installed only two years ago at a cost of $1.2 million, broke down again.",
        "Given that forecasters, citing a low-pressure system over the Atlantic, had predicted heavy rain.",
    )
]

PROBE_GOOD_SUBJECT_OF_OPENING_CLAUSE = [
    "After the storm the crews that had waited all night restored power to the valley.",
    "Because fans who had gathered behind the north goal threw flares, the match was suspended.",
    "The last of its trustees, some of whom had served for three decades, resigned in protest.",
    "Given that forecasters had predicted heavy rain, organizers moved the festival indoors.",
]

PROBE_BAD_REPORTING_ASIDE = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Because the bridge, engineers said on Monday, is no longer safe for heavy trucks.",
        "After the union, its leader told reporters, rejected the latest offer out of hand.",
        "Because the crew, the company said in a statement, had to wait for a replacement part.",
        "While most residents, a survey by the local paper found, opposed the new housing estate.",
    )
]

PROBE_GOOD_REPORTING_ASIDE = [
    "The bridge, engineers said on Monday, is no longer safe for heavy trucks.",
    "Because the tracks, Network Rail said, had buckled, trains ran slowly all day.",
    "Although the fire, investigators believe, started in the kitchen, the cause is unclear.",
    "Most residents, a survey by the local paper found, opposed the new housing estate.",
]

PROBE_BAD_PERFECT_REPORTED_GAP = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "One that economists have warned could push the country into recession.",
        "A building that historians have argued should be protected as a monument.",
        "Something that the mayor had warned would leave the city unable to pay for its pensions.",
        "Which officials said was the result of a shortage of nurses rather than a lack of demand.",
    )
]

PROBE_GOOD_PERFECT_REPORTED_GAP = [
    "The men who witnesses said were seen running from the shop have been charged.",
    "What the nurses say they need is more time off between shifts.",
    "The problem the utility had said was fixed in 2021 has returned.",
    "The rise that the central bank had predicted came once subsidies ended.",
]

PROBE_BAD_COMPLEMENT_IN_COORDINATED = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Because the ballot showed members off the night shift had voted yes"
        " and because the firm agreed to backdate the rise.",
        "When engineers confirmed the runway at the main airport was clear and when the tower staff returned.",
    )
]

PROBE_GOOD_MAIN_CLAUSE_AFTER_COORDINATED = [
    "Because the harbor is closed and the crews are on strike, ferries will not run this week.",
    "While the club raised prices and the team kept losing, attendance fell by a third.",
    "Not until the final whistle did the fans begin to celebrate.",
    "Only after the snow stopped could the ploughs reach the village.",
]

PROBE_BAD_VERB_WITH_PRONOUN_BEFORE = [
    ("The figures were released on Monday.", fragment, "")
    for fragment in (
        "Which the tenants of the flats that will be demolished to make space for it have opposed.",
        "Because the fields that will be flooded to make room for it have been farmed for centuries.",
    )
]

PROBE_GOOD_CLAUSE_BEFORE_SUBJECT = [
    "Neighbors and shopkeepers on the street that will be closed to make way for it have complained to the council.",
    "Dozens of villagers from the hamlets that were razed to make way for it have never been paid.",
    "In Navotas, a fishing town north of Manila along the bay that floods often during storms,"
    " vendors voiced their anger.",
    "In Malanday, a low-lying area in Marikina along the river that floods frequently during typhoons,"
    " residents spoke.",
]

# an exclamation ended by a full stop
PROBE_GOOD_EXCLAMATION = [
    "What a season for a club that was nearly relegated last spring.",
    "What an honour for a choir that began in a church hall in 1987.",
]

# a name and only its apposition, after another sentence of the paragraph
PROBE_BAD_NAME_WITH_APPOSITION = [
    ("The new pumping station opened on Friday.", "Ruth Adebayo, the utility's head of operations since 2021.", ""),
    ("A second witness spoke in the afternoon.", "Pavel Dvorak, a taxi driver who saw the crash from the bridge.", ""),
    ("The prize went to a first-time author.", "Leila Haddad, 41, a pharmacist from the suburbs of Beirut.", ""),
]
PROBE_GOOD_NAME_WITH_APPOSITION = [
    "Ruth Adebayo, the utility's head of operations since 2021, opened the station.",
    "Pavel Dvorak, a taxi driver, saw the crash from the bridge.",
    "The guests included Ruth Adebayo, Pavel Dvorak, Leila Haddad and Tomas Berg.",
]

# a share of a group and what it is, with no verb
PROBE_BAD_SHARE_WITHOUT_VERB = [
    ("The camp holds 300 people.", "Half of them children under the age of 12, according to the charity.", ""),
    ("The fire spread to three floors.", "Several of them homeless after the fire destroyed their building.", ""),
]
PROBE_GOOD_SHARE_WITHOUT_VERB = [
    "Most of them were unregistered migrants from the southern provinces.",
    "Several of them illiterate, the miners asked a nurse to read the forms aloud.",
]

# a participle lacking the object its verb needs, after lead words
PROBE_BAD_PARTICIPLE_AFTER_LEAD_WORDS = [
    ("Few came back.", "Especially the paintings removed from the castle during the occupation in 1941.", ""),
    ("Rents doubled in a decade.", "Largely the young families priced out of the city by soaring rents.", ""),
]
PROBE_GOOD_PARTICIPLE_AFTER_LEAD_WORDS = [
    "Especially in summer, the tapestries removed from the palace draw crowds.",
]

# coordinated clauses under one subordinator, the second's subject joined by the parser to the first
PROBE_BAD_SUBJECT_READ_AS_CONJUNCT = [
    ("The plant will stay shut.", "Until the new pumps arrive from Germany and engineers finish testing them.", ""),
    ("Output rose in June.", "Even though the factory reopened in May and workers returned to their jobs.", ""),
    (
        "Attendance fell sharply.",
        "Due to the fact that heavy rain fell on four nights and several tour operators canceled bookings.",
        "",
    ),
]
PROBE_GOOD_SUBJECT_READ_AS_CONJUNCT = [
    "The new engines arrived from Finland and mechanics finished fitting them.",
    "Snow fell on five of the seven race days and several teams withdrew their riders.",
]

# a noun phrase and its relative clause, then a participle with its complement and no object
PROBE_BAD_PARTICIPLE_WITH_COMPLEMENT = [
    (
        "Rescuers searched the ridge for two days.",
        "Two climbers who left the hut before dawn on Saturday found dead below the ridge.",
        "",
    ),
    (
        "The ferry sank in calm water.",
        "A deckhand who had been working on the car deck declared missing by the operator.",
        "",
    ),
    ("The search went on all night.", "A girl who had wandered off from a school trip found safe in a barn.", ""),
]
PROBE_GOOD_PARTICIPLE_WITH_COMPLEMENT = [
    "Two climbers who left the hut before dawn found the path blocked by snow.",
    "A deckhand who had been working on the car deck was declared missing.",
    "Farmers who searched the barn found the girl safe.",
]
PROBE_BAD_INVERTED_AFTER_TIME_PHRASE = [
    ("The hall was silent.", "After the jury came back into the courtroom late on Friday.", ""),
    ("The river was high.", "After the water rose two metres overnight and flooded the lower town.", ""),
]
PROBE_GOOD_INVERTED_AFTER_TIME_PHRASE = [
    "After the floods came a summer of drought that cracked the riverbed.",
    "Before the final came a parade of former champions around the track.",
    "After the ceasefire came months of talks over the border crossings.",
]
PROBE_BAD_TRAILING_AS_CLAUSE = [
    ("The harbour stays busy all year.", "When the ice closes the northern channel in January, as it does most winters.", ""),
    ("Tenants were worried.", "After the landlord doubled the service charge, as the residents' group had warned he would.", ""),
    ("The dam held this time.", "If the snow melts fast in the hills next spring, as hydrologists fear it might.", ""),
]
PROBE_GOOD_TRAILING_AS_CLAUSE = [
    "When the ice closes the channel, as it does most winters, the ferry stops.",
    "The landlord doubled the service charge, as the residents' group had warned he would.",
    "If the snow melts fast, as hydrologists fear it might, the dam will be tested.",
]
PROBE_BAD_BARE_INFINITIVE = [
    ("The county opened two cooling centres.", "To help small bakeries in the old town pay their energy bills.", ""),
    ("The ministry published the exam papers.", "To let teachers in rural schools prepare their pupils for the new syllabus.", ""),
    ("The city painted new lanes on the bridge.", "To let cyclists from the suburbs reach the centre without the ring road.", ""),
]
PROBE_GOOD_BARE_INFINITIVE = [
    "To help older residents cope with the heat, the county opened two cooling centres.",
    "The change should let teachers prepare their pupils for the new syllabus.",
    "Make supporters travel less on match days.",
]

PROBE_BAD_PREPOSITION_BEFORE_QUESTION = [
    ("The draft leaves several points open.", "Such as whether the harbour fees will rise for the smaller fishing boats.", ""),
    ("Residents asked a string of questions.", "Such as how long the water will stay off in the streets near the plant.", ""),
    ("The inquiry has a long agenda.", "Such as why the alarms in the east wing stayed silent during the fire.", ""),
]
PROBE_GOOD_PREPOSITION_BEFORE_QUESTION = [
    "As for whether the harbour fees will rise, the board has not decided.",
    "Such as it is, the agenda leaves little time for questions.",
    "Out of the smoke came two firefighters carrying a child.",
]

PROBE_BAD_CLAUSE_READ_AS_NOUN = [
    ("Exports may resume within weeks.", "Once the port reopens and the customs agency staff return from the strike.", ""),
    ("The bakery stays closed.", "Until the oven arrives and the town food safety officer signs off on the kitchen.", ""),
]
PROBE_GOOD_CLAUSE_READ_AS_NOUN = [
    "Until the second ship returns and the board finishes dredging, sailings are reduced.",
    "The oven arrives from Italy and the town food safety officer signs off on the kitchen next week.",
]

PROBE_BAD_AFTER_INITIALISM = [
    ("The pharmacy will now close at 7 p.m.", "Citing a shortage of qualified staff on the evening shift.", ""),
    ("The polls opened at 7 a.m.", "Despite warnings that the ballot papers had not arrived in several districts.", ""),
    ("The plant was sold to a rival firm, Hartwell Foods Inc.", "Which had been trying to buy it for nearly a decade.", ""),
    ("The talks broke up at 2 a.m.", "With neither side willing to give ground on pay or on the length of the week.", ""),
]
PROBE_BAD_SUBJECT_TAGGED_AS_VERB = [
    ("The factory kept running.", "Although the union has said that if the talks fail, work at all three plants will halt.", ""),
    ("The school stays open.", "Although governors warned that unless more teachers are hired, cover for sick staff will run out.", ""),
    ("The bakery reopened.", "Although the owner says that unless energy prices fall, work in the kitchen will be cut back.", ""),
]
PROBE_GOOD_SUBJECT_TAGGED_AS_VERB = [
    "At weekends, volunteers work at the shelter on the harbour road.",
    "During the strike, managers cover the shifts themselves at the two plants.",
    "If the contractor is not paid by December, work on the site will stop, engineers said.",
]
PROBE_BAD_LIST_OF_NOUN_PHRASES = [
    ("Forecasters expect the storm on Sunday.", "Heavy rain, winds up to 70 mph and waves of six metres along the shore.", ""),
    ("The budget was published on Wednesday.", "Higher fees for parking, cuts to library hours and a freeze on hiring for two years.", ""),
    ("The new stadium opens next summer.", "Seats for 40,000 fans, parking for 3,000 cars and a roof that closes in ten minutes.", ""),
    ("The charity needs help before the winter.", "Blankets for the shelters, volunteers for the night shifts and money for fuel.", ""),
]
PROBE_GOOD_LIST_OF_NOUN_PHRASES = [
    "Heavy rain, winds of up to 70 mph and high waves battered the coast on Sunday.",
    "Rents rise in Leeds, York and Hull faster than wages, the report found.",
    "Fees for parking rise next month, and cuts to library hours begin in June.",
    "Runways for larger jets, a second terminal and a rail link are all part of the plan.",
]
PROBE_BAD_RELATIVE_ADVERB = [
    ("The referee blew for full time.", "Whereupon the visiting fans invaded the pitch and tore down one of the goals.", ""),
    ("The tenants lost their appeal on Friday.", "Whereupon the landlord served eviction notices on all twelve flats.", ""),
    ("The union accepted a new pay structure.", "Whereby night shifts would be paid at one and a half times the day rate.", ""),
]
PROBE_GOOD_RELATIVE_ADVERB = [
    "The board rejected the offer, whereupon the bidder went directly to shareholders.",
    "The scheme, whereby farmers are paid to leave strips unplanted, has spread to four regions.",
    "Before long, the queue outside the bakery stretched around the block.",
]
PROBE_BAD_NUMBER_AFTER_PREPOSITION = [
    ("The agency moved its offices to Leeds.", "Along with around 900 staff from the London headquarters.", ""),
    ("The airline grounded its fleet for a week.", "Along with roughly 600 crew from its base at the regional airport.", ""),
    ("The embassy was evacuated overnight.", "Together with about 70 staff from the consulate in the north of the country.", ""),
]
PROBE_GOOD_NUMBER_AFTER_PREPOSITION = [
    "Of the 58 counties, 31 fall within the zone of highest risk.",
    "More than 300 staff from the two sites attended the meeting.",
    "Under the plan, 40 staff from the council join the new trust.",
    "Across the country, workers over 60 spend more on heating than anyone else.",
]
PROBE_BAD_OBJECT_RELATIVE_THAT = [
    (
        "Farmers gathered outside the assembly in Rennes.",
        "Hundreds of them driving tractors that they had parked across every road by dawn.",
        "",
    ),
]
PROBE_GOOD_OBJECT_RELATIVE_THAT = [
    "Hundreds of farmers drove tractors that they had parked across every road by dawn.",
    "The tractors that they had parked across the road were towed away by police.",
]
PROBE_BAD_GAPPED_RELATIVE = [
    ("The ferry service was cut last winter.", "The route that the company ran for forty years between the two islands.", ""),
    ("The museum reopened on Sunday.", "A building that the city restored at a cost of £12 million.", ""),
]
PROBE_GOOD_GAPPED_RELATIVE = [
    "The roads that the storm damaged reopened on Friday.",
    "Many of the maps that the rangers printed were out of date.",
    "The songs that the choir recorded in 1962 were released on Friday.",
    "The loans that the bank approved in March went mostly to small firms.",
]

PROBES_BAD = (
    PROBE_BAD_SPLIT_BY_INSERTION + PROBE_BAD_QUALIFIED + PROBE_BAD_JOINED_TO_CLAUSE + PROBE_BAD_WH_AND_EMBEDDED
    + PROBE_BAD_RELATIVE_THAT + PROBE_BAD_REPORTED_GAP + PROBE_BAD_LISTED_MODIFIERS + PROBE_BAD_ABSOLUTE + PROBE_BAD_NEWS
    + PROBE_BAD_VERB_MISREAD + PROBE_BAD_SEVENTH + PROBE_BAD_MISPLACED_VERB
    + PROBE_BAD_VERB_AFTER_PHRASE + PROBE_BAD_PRESENT_AFTER_NAME
    + PROBE_BAD_INTERRUPTED_RELATIVE + PROBE_BAD_VERB_AFTER_INSERTION
    + PROBE_BAD_CREDIT_SHAPED + PROBE_BAD_CLAUSE_WITHOUT_RELATIVE_WORD
    + PROBE_BAD_PHRASE_ACROSS_INSERTION + PROBE_BAD_PARTICIPLE_ON_OPENING_OBJECT
    + PROBE_BAD_PARTICIPLE_WITHOUT_OBJECT + PROBE_BAD_NOUN_BEFORE_REPORTED_GAP
    + PROBE_BAD_PARTICIPLE_AFTER_ADVERB + PROBE_BAD_RELATIVE_BEFORE_ASIDE + PROBE_BAD_SUBJECT_OF_OPENING_CLAUSE
    + PROBE_BAD_REPORTING_ASIDE + PROBE_BAD_PERFECT_REPORTED_GAP + PROBE_BAD_COMPLEMENT_IN_COORDINATED
    + PROBE_BAD_VERB_WITH_PRONOUN_BEFORE + PROBE_BAD_NAME_WITH_APPOSITION + PROBE_BAD_SHARE_WITHOUT_VERB
    + PROBE_BAD_PARTICIPLE_AFTER_LEAD_WORDS + PROBE_BAD_SUBJECT_READ_AS_CONJUNCT + PROBE_BAD_PARTICIPLE_WITH_COMPLEMENT
    + PROBE_BAD_INVERTED_AFTER_TIME_PHRASE
    + PROBE_BAD_TRAILING_AS_CLAUSE
    + PROBE_BAD_BARE_INFINITIVE + PROBE_BAD_PREPOSITION_BEFORE_QUESTION + PROBE_BAD_CLAUSE_READ_AS_NOUN
    + PROBE_BAD_AFTER_INITIALISM + PROBE_BAD_SUBJECT_TAGGED_AS_VERB + PROBE_BAD_LIST_OF_NOUN_PHRASES
    + PROBE_BAD_RELATIVE_ADVERB + PROBE_BAD_NUMBER_AFTER_PREPOSITION + PROBE_BAD_OBJECT_RELATIVE_THAT
    + PROBE_BAD_GAPPED_RELATIVE
)
PROBES_GOOD = (
    PROBE_GOOD_SPLIT_BY_INSERTION + PROBE_GOOD_QUALIFIED + PROBE_GOOD_JOINED_TO_CLAUSE + PROBE_GOOD_WH_AND_EMBEDDED
    + PROBE_GOOD_RELATIVE_THAT + PROBE_GOOD_REPORTED_GAP + PROBE_GOOD_LISTED_MODIFIERS + PROBE_GOOD_ABSOLUTE
    + PROBE_GOOD_NEWS + PROBE_GOOD_VERB_MISREAD + PROBE_GOOD_SEVENTH + PROBE_GOOD_MISPLACED_VERB
    + PROBE_GOOD_VERB_AFTER_PHRASE + PROBE_GOOD_PRESENT_AFTER_NAME
    + PROBE_GOOD_INTERRUPTED_RELATIVE + PROBE_GOOD_VERB_AFTER_INSERTION + PROBE_GOOD_CREDITS
    + PROBE_GOOD_CLAUSE_WITHOUT_RELATIVE_WORD + PROBE_GOOD_PHRASE_ACROSS_INSERTION
    + PROBE_GOOD_PARTICIPLE_ON_OPENING_OBJECT + PROBE_GOOD_PARTICIPLE_WITHOUT_OBJECT
    + PROBE_GOOD_NOUN_BEFORE_REPORTED_GAP + PROBE_GOOD_PARTICIPLE_AFTER_ADVERB
    + PROBE_GOOD_RELATIVE_BEFORE_ASIDE + PROBE_GOOD_SUBJECT_OF_OPENING_CLAUSE + PROBE_GOOD_REPORTING_ASIDE
    + PROBE_GOOD_PERFECT_REPORTED_GAP + PROBE_GOOD_MAIN_CLAUSE_AFTER_COORDINATED
    + PROBE_GOOD_CLAUSE_BEFORE_SUBJECT + PROBE_GOOD_EXCLAMATION + PROBE_GOOD_NAME_WITH_APPOSITION
    + PROBE_GOOD_SHARE_WITHOUT_VERB + PROBE_GOOD_PARTICIPLE_AFTER_LEAD_WORDS + PROBE_GOOD_SUBJECT_READ_AS_CONJUNCT
    + PROBE_GOOD_PARTICIPLE_WITH_COMPLEMENT
    + PROBE_GOOD_INVERTED_AFTER_TIME_PHRASE + PROBE_GOOD_SUBJECT_TAGGED_AS_VERB + PROBE_GOOD_LIST_OF_NOUN_PHRASES
    + PROBE_GOOD_RELATIVE_ADVERB + PROBE_GOOD_NUMBER_AFTER_PREPOSITION + PROBE_GOOD_OBJECT_RELATIVE_THAT
    + PROBE_GOOD_GAPPED_RELATIVE
    + PROBE_GOOD_TRAILING_AS_CLAUSE
    + PROBE_GOOD_BARE_INFINITIVE + PROBE_GOOD_PREPOSITION_BEFORE_QUESTION + PROBE_GOOD_CLAUSE_READ_AS_NOUN
)


@pytest.mark.parametrize("before, fragment, after", PROBES_BAD)
def test_probe_fragments_are_found(before, fragment, after):
    text = " ".join(part for part in (before, fragment, after) if part)
    column = text.index(fragment) + 1
    assert_findings(text, RULE, [(1, column, column + len(fragment))])


@pytest.mark.parametrize("sentence", PROBES_GOOD)
def test_probe_near_misses_pass(sentence):
    assert_findings(f"The figures were released on Monday. {sentence}", RULE, [])


def test_the_source_line_before_a_block_quote_is_a_lead_in():
    lead_in = "From the aviation blog Plane Talking, written by a veteran reporter in Sydney."
    quoted = f"Investigators studied the flight computers. {lead_in}\n\n> The alerts began with the autopilot.\n"
    assert_findings(quoted, RULE, [])
    plain = f"Investigators studied the flight computers. {lead_in}\n\nThe alerts began with the autopilot.\n"
    column = plain.index(lead_in) + 1
    assert_findings(plain, RULE, [(1, column, column + len(lead_in))])


@pytest.mark.parametrize(
    "lead",
    [
        "HALIFAX — The Liberals held on to the riding of Kings–Hants in a by-election on Monday, but only just.",
        "TIMARU — Aroha Ngata, a weaver whose cloaks hang in marae across the country, and who taught hundreds of "
        "people to weave, has died at her home.",
        "KIMBERLEY — A penalty from replacement flyhalf Jan Botha four minutes from time gave the hosts a win.",
    ],
)
def test_a_story_sentence_after_its_dateline_is_read_on_its_own(lead):
    assert_findings(f"{lead} The result surprised many.", RULE, [])


def test_a_name_and_its_title_alone_in_a_paragraph_is_a_signature():
    assert_findings("Ruth Adebayo, the utility's head of operations since 2021.\n\nThe station opened.", RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "Priya Nair, 58, a teacher who has lived in the village for 30 years, lingered by the war memorial.",
        "The old ferryman, who has worked the crossing since 1979, paused by the slipway.",
        "Mr. Haddad, whose family has run the bakery since 1948, retired last spring.",
    ],
)
def test_after_an_insertion_a_past_of_a_verb_without_a_passive_is_the_main_verb(text):
    assert_findings(text, RULE, [])


def test_after_an_insertion_a_participle_of_a_verb_with_an_object_still_makes_a_fragment():
    text = "The trawler, which sank off the headland in 1994, raised by divers in 2003."
    assert len(lint_text("Report\n\n" + text, config={"select": [RULE]})) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The polls opened at 7 a.m. Despite the rain, queues formed outside most of the schools.",
        "The meeting starts at 6 p.m. Tuesday in the council chamber on the second floor of City Hall.",
        "The final starts on Sunday at 2:10 p.m. Mountain time at the new stadium by the river.",
        "Most of the fruit is sold in the U.S. There, demand for it has doubled in five years.",
        "The archive went to a university in the U.S. Along with the letters, it holds the poet's early drafts.",
        # a place the tagger read as a determiner, which no determiner of English is
        "The teams meet again Saturday at 7 p.m. Hawaii time in the second match of the two-match series.",
    ],
)
def test_an_initialism_ends_a_sentence_only_before_a_word_that_opens_one(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "The county has ordered ten new gritters. The first six arrive in November.",
        "The zoo bought eight penguins from Edinburgh. The other two stay in quarantine until spring.",
        "The council closed seven libraries in 2024. The remaining five open only three days a week.",
        "The hospital bought four scanners this year. The newest two work twice as fast as the old ones.",
        "Most of the 30 new buses are electric. The other six run on hydrogen from a plant near the depot.",
    ],
)
def test_a_number_after_its_determiner_heads_a_subject(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "The museum reopened this week. The medals that the sailors had earned rest in a new cabinet.",
        "The ferry returns in spring. The timetable that the operator has printed again changes on Monday.",
        "The hall was packed. A score the composer once called the hardest thing he had written opens the concert.",
    ],
)
def test_a_bare_verb_form_after_a_relative_clause_with_its_object_gap_is_the_main_verb(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "The village is small. Once a year the carnival takes over every street.",
        "The clinic is busy. Once every two weeks the specialist sees patients from the islands.",
        "The harbour is quiet. Once a fortnight the supply boat arrives from the mainland.",
        "The island has no doctor. Twice a week a nurse crosses from the mainland.",
        "The archipelago has no ferry. Twice a month the mail boat sails to the islands.",
    ],
)
def test_once_before_a_rate_of_time_is_an_adverb_of_frequency(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "The quarry is hiring. Up to 300 work at the site in summer.",
        "The island draws refugees. Since the war, 30 arrive every month.",
        "Whenever the tide shifts, sand drifts into the harbour.",
    ],
)
def test_a_number_or_a_compound_noun_before_a_verb_read_as_a_noun_is_its_subject(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "before, fragment",
    [
        # a relative clause with its object gap and no main verb after it
        ("The archive opened to the public.", "The medals that the sailors had earned in the war at sea."),
        ("The archive opened to the public.", "The parcels that the courier had left outside in the rain."),
        ("The archive opened to the public.", "The letters he had written home from the front in 1917."),
        # "once" opening a clause whose subject is a unit of time, or a phrase
        ("The town waits.", "Once a season passes without a single flood in the valley."),
        ("The town waits.", "Once the day of the final vote arrives in the spring."),
        ("The town waits.", "Once a year at the carnival in the old market square."),
        ("The town waits.", "Twice a week the ferry crossings to the island in summer."),
    ],
)
def test_fragments_that_look_like_the_new_main_clause_readings_are_still_found(before, fragment):
    _assert_one_fragment(before, fragment)


def _assert_one_fragment(before: str, fragment: str) -> None:
    """Whether ``fragment``, after the sentence ``before`` in one paragraph, is the one finding."""
    text = f"{before} {fragment}"
    column = text.index(fragment) + 1
    assert_findings(text, RULE, [(1, column, column + len(fragment))])


@pytest.mark.parametrize(
    "fragment",
    [
        # a clause without its relative word on the opening noun, whose object that noun is
        "A grant the foundation awarded despite objections from its own trustees.",
        "A fee the agency charged to every applicant until the court ruling.",
        "The stadium the city financed with a bond sold in 2012.",
        "A claim the airline's lawyers have repeatedly denied in court filings.",
    ],
)
def test_a_clause_on_the_opening_noun_without_its_relative_word_and_its_object_is_no_main_clause(fragment):
    _assert_one_fragment("The story broke on Monday.", fragment)


@pytest.mark.parametrize(
    "text",
    [
        "The story broke on Monday. The grant the foundation awarded went to a clinic.",
        "The story broke on Monday. The cottage the painter rented still stands by the harbour.",
        "The story broke on Monday. The same evening the club rejected the offer.",
        "The story broke on Monday. The following week the painter rented a studio.",
    ],
)
def test_a_clause_on_the_opening_noun_with_a_main_verb_or_its_object_stays_a_sentence(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a particularizer singles out part of what the sentence before said: the past form after its noun phrase
        # is a participle, for any verb that often takes an object
        ("The town lost its mills.", "Especially the terraced houses built for mill workers in the 1890s."),
        ("The fleet is ageing.", "Particularly the ferries bought from a Norwegian operator after the pandemic."),
    ],
)
def test_a_past_form_after_a_noun_phrase_a_particularizer_opens_is_a_participle(text, fragment):
    _assert_one_fragment(text, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "The town flooded. Even the terraced houses survived the flood.",
        "The fleet is ageing. Only the ferries bought last year passed the inspection.",
        "The fleet is ageing. Only the newest ferries sailed on Sunday.",
    ],
)
def test_a_past_form_after_a_noun_phrase_only_or_even_opens_may_be_the_main_verb(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # a preposition and "which" or "whose" opening a question that is the subject of the main verb
        "The appeal was lodged. On which grounds the judges will rule remains unclear.",
        "The fines were collected. Into which fund the fines are paid has never been explained.",
    ],
)
def test_a_question_opened_by_a_preposition_and_which_may_be_the_subject(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # "which" read as the determiner of the subject is the object its past form lacks
        "Which shopkeepers on the high street had opposed for months.",
        "Which ratepayers in the district had resisted since the first survey.",
    ],
)
def test_which_before_a_subject_whose_verb_lacks_its_object_opens_a_relative_clause(fragment):
    _assert_one_fragment("The council dropped the plan.", fragment)


@pytest.mark.parametrize(
    "text",
    [
        "The term ended. Which clinics shut first depended on staffing.",
        "The term ended. Which pupils passed the exam will be announced in August.",
        "The term ended. Which schools close first has not been decided.",
    ],
)
def test_which_before_a_subject_opens_a_question_where_the_verb_has_its_object_or_another_follows(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # "thanks to" and a cause, not people thanked
        "Thanks largely to a sharp rise in tourist numbers over the summer.",
        "Thanks in part to a cold snap in the first week of March.",
    ],
)
def test_thanks_to_a_cause_is_a_phrase_with_no_main_clause(fragment):
    _assert_one_fragment("Hotel bookings doubled.", fragment)


@pytest.mark.parametrize(
    "text",
    [
        "The beach reopened. Thanks to all the lifeguards who patrolled it every day.",
        "The exhibition closes on Sunday. Thanks to the library for hosting it all summer.",
        "The shelter stayed open. Thanks to the kindness of neighbours and strangers alike.",
    ],
)
def test_thanks_to_people_or_for_something_is_a_formula(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun in the object case after the preposition is no subject: the verb after it is the main one
        "The judge retired in May. Clerks who worked under her recalled a patient listener.",
        "The coach left in June. Players who came after him found the squad in disarray.",
    ],
)
def test_a_preposition_and_an_object_pronoun_after_a_relative_clause_open_no_clause(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers who appeared before her said the hearings often ran late.",
        "Tenants who moved in after them found the flat damp and cold.",
        "Players who trained under him said the drills often lasted three hours, and that he never shouted.",
    ],
)
def test_a_pronoun_in_the_object_case_makes_the_word_before_it_a_preposition(text):
    assert_findings(f"The court sat until six. {text}", RULE, [])


def test_a_relative_clause_ending_in_such_a_preposition_is_still_a_fragment():
    fragment = "Tenants who moved in after them and complained about the damp."
    assert_flags_span(f"The court sat until six. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "fragment",
    [
        # what the verb of a relative clause reports, to the end of the sentence, belongs to that relative clause
        "Porters who have covered extra shifts for months and cleaners who say they have not had a break since June.",
        "Growers who say they have not been paid for the apples they delivered in the autumn.",
        "A lifeguard who says she pulled four swimmers from the water on the same afternoon.",
    ],
)
def test_a_clause_a_relative_clause_reports_is_no_main_clause(fragment):
    assert_flags_span(f"The inquiry heard from staff. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Porters who say they have not had a break since June are threatening to strike.",
        "Growers who complain the rules will drive them out of business met the minister.",
        "The lifeguard, who says she pulled four swimmers from the water, was given an award.",
        "A lifeguard who says she saw the boat capsize has come forward.",
        "Tenants who think they qualify for the rebate scheme can apply at the library.",
    ],
)
def test_a_relative_clause_that_reports_a_clause_may_precede_the_main_verb(text):
    assert_findings(f"The inquiry heard from staff. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # a past form with no object on the noun phrase a particularizer singles out, even a list the parser made
        # its subject, is a participle
        "Especially the sheds, barns and stables damaged in the January gales.",
        "Particularly the lettuces, radishes and herbs grown under glass near Evesham.",
        "Chiefly the boilers, valves and radiators installed by the previous landlord.",
    ],
)
def test_a_past_form_on_a_singled_out_list_is_a_participle(fragment):
    assert_flags_span(f"The survey listed every fault. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Especially the growers sold their fruit early.",
        "Particularly the corner shops suffered in the storm.",
        "Mainly the younger staff moved to the new site.",
        "Especially the sheds, barns and stables were damaged in the January gales.",
    ],
)
def test_a_singled_out_subject_with_its_own_verb_is_a_sentence(text):
    assert_findings(f"The survey listed every fault. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # a clause without its relative word on a noun a superlative ranks, inside the opening phrase, with the span
        # of time the record covers: the record and the clause that sets it
        "In the wake of the wettest winter the valley has seen in six decades.",
        "Despite the sharpest rise the city has recorded in rents since 2008.",
        "Amid the longest heatwave the island has endured in a century.",
    ],
)
def test_a_record_and_the_clause_that_sets_it_are_no_main_clause(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Since the last election the party has changed.",
        "After the wettest winter on record the valley has flooded twice in six weeks.",
        "In the wake of the wettest winter, the valley has seen its rivers burst in six places.",
        "After the busiest week the staff have rested this weekend.",
    ],
)
def test_a_main_clause_after_a_phrase_with_a_superlative_is_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # a clause whose subject is an indefinite pronoun right after the opening noun, lacking the object that noun
        # is: no noun modifies such a pronoun, so the noun phrase and its clause are the whole sentence
        "A verdict nobody in the public gallery expected.",
        "A debt nobody in the family could ever repay.",
        "A question someone in the back row asked twice.",
    ],
)
def test_a_clause_on_the_opening_noun_with_an_indefinite_pronoun_subject_is_no_main_clause(fragment):
    assert_flags_span(f"The jury returned after an hour. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "A verdict nobody expected came on Friday.",
        "A week later nobody in the gallery had spoken.",
        "A storm nobody on the coast had prepared for struck on Monday.",
        "The verdict everyone in the gallery feared was read out at noon.",
    ],
)
def test_a_noun_before_an_indefinite_pronoun_may_head_the_subject_of_a_main_verb(text):
    assert_findings(f"The jury returned after an hour. {text}", RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # two comparisons, each "the" and a comparative, the second after a comma, make a sentence with no verb
        "The wetter the spring, the later the farmers can sow their barley.",
        "The cheaper the flights, the fuller the hotels along the seafront.",
        "The colder the winter, the bigger the heating bills for pensioners.",
        "The more homes the council builds, the shorter its waiting list becomes.",
    ],
)
def test_two_correlative_comparisons_are_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        "The wetter the spring in the fields around the village.",
        "The longer the drought that has gripped the region since May.",
        "Because the cheaper the flights, the fuller the hotels on the coast.",
    ],
)
def test_one_comparison_or_a_subordinated_pair_is_still_a_fragment(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        # "as" and an adjective, then a form of "be" before its subject: an inverted comparison of equality
        "Just as telling was the decision to hold the meeting behind closed doors.",
        "Just as remarkable has been the recovery of the otters on the river.",
        "As important as the money is the promise to keep the clinic open.",
        "Just as puzzling is why the contract was never put out to tender.",
    ],
)
def test_a_form_of_be_before_its_subject_after_as_and_an_adjective_is_a_main_clause(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        "Just as the mayor was the first to arrive at the scene of the fire.",
        "As long as the bridge is the only route into the town centre.",
        "As bad as the flooding was for the farmers in the valley.",
    ],
)
def test_as_before_a_subject_or_an_adjective_without_an_inverted_subject_is_still_a_fragment(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        # a verb the tagger read as an adverb, with its subject and auxiliary: the clause "When" opens is its own
        "When conflict does erupt — a bitter argument over whether Heinz should move into a care home — it is all"
        " the more shocking for its rarity.",
    ],
)
def test_a_word_with_a_subject_and_an_auxiliary_is_the_verb_of_the_subordinate_clause(text):
    assert_findings(f"There are few big dramatic scenes. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        "When the talks did finally collapse in the spring of that year.",
        "Because the council does intend to sell the site to a developer.",
        "Although the ferry has sailed on time for most of the summer.",
    ],
)
def test_a_subordinate_clause_with_an_auxiliary_alone_is_still_a_fragment(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "fragment",
    [
        # a verb after "and" with no subject of its own, right after a relative clause on the opening noun: the
        # relative clause's second verb, whatever the parser made of it
        "Money that the trust had raised, and then failed to spend, over two decades.",
        "A footbridge that the county built in 1990 and then quietly closed after the floods.",
        "Pupils who had sat the exam twice, and then lost their places anyway.",
        "A drainage plan that engineers drew up in 2016 and that nobody ever paid for.",
    ],
)
def test_a_verb_coordinated_with_the_relative_clause_is_not_a_main_verb(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "The footbridge that the county built and the town painted reopened in May.",
        "Pupils who sat the exam twice, and then lost their places, won an appeal on Friday.",
        "Teachers who joined before 2010 and stayed on keep their old pensions.",
        "The trust that raised the money, and later spent it, was praised by auditors.",
    ],
)
def test_a_relative_clause_with_two_verbs_before_the_main_verb_is_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # a clause of saying or finding in commas right after the opening subordinator or preposition is an aside,
        # whatever the parser made of it: the sentence is read without it
        "So that, the council says, families can move back before the winter sets in.",
        "Without, the inquiry heard, ever checking whether the driver held a valid licence.",
        "Although, the data suggest, the number of burglaries fell slightly last year.",
        "Now that, the council says, the last of the flood defences has been completed.",
    ],
)
def test_an_aside_after_the_opening_subordinator_is_no_main_clause(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Despite the rain, organisers said, the parade will go ahead on Sunday as planned.",
        "Although small, the study found, the effect was consistent across every age group.",
        "Not, she said, that it mattered much to anyone living in the village by then.",
        "In a statement, the club said, the player had been fined for breaching team rules.",
    ],
)
def test_a_sentence_read_without_an_opening_aside_that_has_a_main_clause_passes(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # what the verb of a relative clause opened by a relative adverb or "whose" reports belongs to that clause
        "Villages where farmers say the floods ruined their whole harvest.",
        "A district where police believe the gang has been operating for years.",
        "Companies whose owners say they cannot afford the new minimum wage.",
        "A season when coaches admitted they had run out of ideas.",
    ],
)
def test_a_clause_reported_in_a_relative_clause_on_the_noun_is_no_main_clause(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Homes where staff said they had not been paid were visited by inspectors on Monday.",
        "Families whose children say they were bullied are suing the school.",
        "The ward where nurses work said patients had waited twelve hours for a bed.",
        "The estate, where tenants say damp is a problem, is due to be demolished next year.",
    ],
)
def test_a_relative_clause_that_reports_before_the_main_verb_is_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # a list of noun phrases each opened by "no": a plural ending the first may be read as a present tense
        "No rent rises, no evictions and no new charges for tenants until the end of next year.",
        "No wage rises, no bonuses and no overtime for staff at the plant this year.",
        "No signal, no phone lines and no way to call for help once the storm hit.",
    ],
)
def test_a_list_of_noun_phrases_opened_by_no_is_a_fragment(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "No taxes rose, no jobs went and no schools closed during her first term.",
        "No cars, no bikes and no dogs are allowed on the pier during the summer.",
        "No tax rises, no new borrowing, the chancellor promised in her first speech.",
    ],
)
def test_a_list_opened_by_no_with_a_verb_is_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # "which" read as a determiner before a phrasal verb that seldom goes without an object, and has none
        "Which rival traders had bought up over the previous winter.",
        "Which German engineers had handed down to their apprentices for generations.",
        "Which Dutch settlers had fenced off from the river in the 1650s.",
    ],
)
def test_which_before_a_phrasal_verb_without_its_object_is_a_relative_pronoun(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Which teams had dropped out by the final round surprised many of the fans.",
        "Which stations closed down after the cuts is listed in the annual report.",
    ],
)
def test_which_before_a_phrasal_verb_that_goes_without_an_object_opens_a_question(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # a clause joined by "and" without a comma to the "that" clause after an insertion shares that "that"
        "Although the council claimed, at the time, that the bridge was safe and the cracks were cosmetic.",
        "Unless the court rules, before the end of the month, that the law is void and the fines must be repaid.",
        "Though the judge accepted, in her ruling, that the man was sorry and his family depended on him.",
    ],
)
def test_a_clause_joined_to_a_that_clause_without_a_comma_is_no_main_clause(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Although the report found, in its final pages, that the levee held and the pumps worked, engineers want more.",
        "Polls had shown, until the final week, that a majority supported it, and the lobby had spent heavily.",
        "Though the club confirmed, late on Friday, that the striker was injured, the manager named him in the squad.",
    ],
)
def test_a_main_clause_after_the_that_clause_and_its_comma_is_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # "whom", never a subject, before a clause's subject makes that clause a relative one
        "The only witness who saw the crash and whom police have since been unable to trace.",
        "A councillor who resigned last week and whom party members had tried to deselect.",
    ],
)
def test_a_clause_after_whom_is_a_relative_clause(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "A surgeon whom colleagues described as tireless retired on Friday after forty years.",
        "Whom the board will appoint as chief executive remains unclear after the vote.",
    ],
)
def test_a_main_verb_after_a_clause_opened_by_whom_is_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])


@pytest.mark.parametrize(
    "fragment",
    [
        # two infinitives contrasted, with no finite verb but an aside in commas: a purpose with no main clause
        "Not to close the library, the council says, but to move it into the new civic centre.",
        "Not to cut jobs but to retrain the workers for the new production line.",
        "Not to win awards, the chef says, but to feed the town well at a fair price.",
    ],
)
def test_contrasted_infinitives_alone_are_a_fragment(fragment):
    assert_flags_span(f"The figures came out on Monday. {fragment}", RULE, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Not to worry, but to prepare, the ministry says.",
        "Not to cut jobs but to retrain workers was the union's main demand.",
        "Not to replace the reservoirs but to supplement them, the plant will run only in droughts.",
        "Not to be outdone, the council also cut fares on every route in the city.",
    ],
)
def test_contrasted_infinitives_with_a_main_clause_are_a_sentence(text):
    assert_findings(f"The figures came out on Monday. {text}", RULE, [])



# Tag slips in a subordinate clause with no main clause. A word the parser gave a subject and an auxiliary heads a
# clause whatever its tag, so a clause joined to it by "and" without a comma shares its subordinator ("relaid" read as
# an adjective). The subordinator that opens the sentence, hung on a noun the tagger read as a gerund after a name it
# made that gerund's subject ("the Met Office warning/VBG"), opens the clause of the verb after it.
SUBORDINATE_TAG_SLIPS = [
    ("The club will play away until August.", "While the pitch is being relaid and the stand is rebuilt over the summer."),
    ("The church was empty that night.", "Although the roof was being reslated and the windows were reglazed at the time."),
    ("The ferries stayed in port.", "Although the Met Office warning for the coast was lifted shortly after midnight."),
    ("The villages were not evacuated.", "Because the Red Cross warning about the heat had not reached them in time."),
    ("The trawlers stayed in port.", "Although the Met Éireann warning for Donegal had been lowered to yellow by noon."),
]
SUBORDINATE_TAG_SLIP_SENTENCES = [
    "While the pitch is being relaid, the stand is rebuilt over the course of the summer.",
    "The pitch is being relaid and the stand is rebuilt over the course of the summer.",
    "While the pitch is wet and the stand is closed, the match cannot go ahead.",
    "Although the Met Office warning was lifted at midnight the ferries stayed in port.",
    "Although staying at home, the workers were paid in full for the month.",
    "When the Environment Agency warning was issued, residents began moving furniture upstairs.",
    "Coast Guard funding for the northern stations has been cut twice since 2019.",
]


@pytest.mark.parametrize(("before", "fragment"), SUBORDINATE_TAG_SLIPS)
def test_a_subordinate_clause_with_a_tag_slip_is_still_a_fragment(before, fragment):
    assert_flags_span(f"{before} {fragment}", RULE, fragment)


@pytest.mark.parametrize("sentence", SUBORDINATE_TAG_SLIP_SENTENCES)
def test_the_same_shapes_with_a_main_clause_or_no_subordinator_stand(sentence):
    assert_findings(f"The club will play away until August. {sentence}", RULE, [])


# A question clause opened by "who" or "whose" as the subject of a later auxiliary is a sentence; the same opening
# with a single verb group, or a verb of saying whose clause holds the auxiliary, is a relative clause alone.
WH_CLAUSE_SUBJECTS = [
    "Who wins the contract will be known by the end of the month.",
    "Who the owners are has never been made public.",
    "Who owns it is still being traced by the council.",
]
WH_RELATIVES_ALONE = [
    "Who had coached the under-12 side every Saturday for two decades.",
    "Who said the harbour wall was far too weak to survive another winter.",
    "Whose shop on the high street will close at the end of the month.",
]


@pytest.mark.parametrize("sentence", WH_CLAUSE_SUBJECTS)
def test_a_who_clause_as_the_subject_of_an_auxiliary_is_a_sentence(sentence):
    assert_findings(f"The inquiry opened on Tuesday. {sentence}", RULE, [])


@pytest.mark.parametrize("fragment", WH_RELATIVES_ALONE)
def test_a_who_clause_without_a_later_auxiliary_is_a_fragment(fragment):
    assert_flags_span(f"The club held a dinner on Friday. {fragment}", RULE, fragment)




# The cheap tests that now come first decide nothing: a relative clause after a verb of the sentence's own is in a
# sentence, one with no such verb before it is still a fragment; a sentence joined after an initialism is still read
# on its own, and one whose text holds no initialism is read whole.
RELATIVE_AFTER_OWN_VERB = [
    "The mayor, who had promised a new pool, opened the library on Monday instead.",
    "The council said the families who lost their homes would be housed by Friday.",
    "The U.S. Navy sent two ships to the port that the storm had damaged.",
    "The bus leaves at 6 a.m. Passengers who miss it must wait until noon.",
]
RELATIVE_OR_SUBORDINATE_ALONE = [
    ("", "Teachers whose contracts were not renewed after the budget cuts last spring."),
    ("", "Nurses who had worked through the night at the county hospital in Leeds."),
    ("", "Because the ferry left at 7 a.m. on Sunday without the extra crew."),
    ("Crews worked until 9 p.m.", "Because the road had flooded twice that week."),
]


@pytest.mark.parametrize("sentence", RELATIVE_AFTER_OWN_VERB)
def test_a_relative_clause_after_the_sentences_own_verb_passes(sentence):
    assert_findings(f"The town met on Monday. {sentence}", RULE, [])


@pytest.mark.parametrize(("before", "fragment"), RELATIVE_OR_SUBORDINATE_ALONE)
def test_a_relative_or_subordinate_clause_alone_stays_flagged(before, fragment):
    assert_flags_span(f"The town met on Monday. {before} {fragment}".replace("  ", " "), RULE, fragment)


def test_a_subject_of_punctuation_alone_is_no_list_item():
    # the tokenizer splits a prefix's hyphen off ("co-op"), and the parser may make the hyphen alone the subject
    words = ["The", "co", "-", "op", "reported", "a", "loss", "."]
    heads = [3, 3, 4, 4, 4, 6, 4, 4]
    deps = ["det", "compound", "nsubj", "dep", "ROOT", "det", "dobj", "punct"]
    tags = ["DT", "NN", "HYPH", "NN", "VBD", "DT", "NN", "."]
    parse = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert not _listed_participle(parse[4])
