import pytest

from editlint.api import lint_text
from helpers import assert_findings

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


@pytest.mark.parametrize(
    "before, fragment",
    BAD + BAD_OTHER_CONSTRUCTIONS + BAD_MISREAD + BAD_NOUN_PHRASES + BAD_RELATIVE_INSIDE + BAD_BASE_FORM_PARTICIPLES
    + BAD_NOUN_WITH_RELATIVE + BAD_SUBJUNCTIVE_INSIDE + BAD_LISTS
    + BAD_LISTED_PARTICIPLES,
)
def test_sentence_without_main_clause(before, fragment):
    text = f"{before} {fragment}".strip()
    column = text.index(fragment) + 1
    assert_findings(text, RULE, [(1, column, column + len(fragment))])


@pytest.mark.parametrize(
    "text",
    GOOD + GOOD_PUBLISHED_SHAPES + GOOD_MISREAD + GOOD_LONG_SUBJECTS + GOOD_PARTICIPLE_OPENERS
    + GOOD_RELATIVE_INSIDE + GOOD_IMPERATIVES_AND_OPENERS + GOOD_NOUN_WITH_RELATIVE
    + GOOD_SUBJUNCTIVE + GOOD_LIST_OPENERS + GOOD_SUBJECTS_WITH_COMMAS,
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
