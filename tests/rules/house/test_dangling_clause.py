import pytest

from editlint.api import lint_text
from helpers import assert_findings, assert_flags_span, findings

RULE = "house/dangling-clause"

# (sentence, reported span: preposition to verb)
BAD = [
    ("The council approved the budget, with most members have voted in favor.", "with most members have voted"),
    (
        "Flights were canceled across the region, due to the airport was closed by snow.",
        "due to the airport was closed",
    ),
    ("The museum reopened on Monday, despite the roof still needs repairs.", "despite the roof still needs"),
    ("Prices rose sharply in March, amid supply chains remain under strain.", "amid supply chains remain"),
    (
        "The governor signed the bill on Friday, following lawmakers had passed it a week earlier.",
        "following lawmakers had passed",
    ),
    (
        "Hundreds of residents fled the area, including many of them have lost their homes.",
        "including many of them have lost",
    ),
    (
        "The mayor toured the site, alongside the fire chief was explaining the damage.",
        "alongside the fire chief was explaining",
    ),
    ("The company cut 200 jobs, without its executives had warned employees.", "without its executives had warned"),
    (
        "Turnout fell in the capital, due to many voters could not reach the polls.",
        "due to many voters could not reach",
    ),
    ("The trial was postponed, because of the judge has fallen ill.", "because of the judge has fallen"),
    (
        "Police closed the bridge, with divers are searching the river for the missing boat.",
        "with divers are searching",
    ),
    (
        "The senator voted against the measure, with two other members of her party joined her.",
        "with two other members of her party joined",
    ),
    (
        "Exports slowed in the second quarter, amid demand from Europe has weakened.",
        "amid demand from Europe has weakened",
    ),
    (
        "Crews restored power to most homes, with some neighborhoods may wait until Friday.",
        "with some neighborhoods may wait",
    ),
    (
        "Rescuers pulled 12 people from the rubble, along with dozens more remain missing.",
        "along with dozens more remain",
    ),
    ("Farmers blocked the highway for hours, with tractors lined both lanes.", "with tractors lined"),
]

# Noun phrases longer than determiner + modifiers + noun: coordination, relative clauses, prepositional
# phrases, participles, possessives, appositive relative clauses.
BAD_LONG_SUBJECTS = [
    (
        "The hearing was adjourned, with the judge and both lawyers have agreed to meet in June.",
        "with the judge and both lawyers have agreed",
    ),
    (
        "Shelves emptied quickly, amid stocks of rice and cooking oil have dwindled in the capital.",
        "amid stocks of rice and cooking oil have dwindled",
    ),
    (
        "The depot will shut in April, with drivers who work the night shift have threatened to strike.",
        "with drivers who work the night shift have threatened",
    ),
    (
        "Rents kept rising, with many of the tenants who rent from the council still pay below market rates.",
        "with many of the tenants who rent from the council still pay",
    ),
    (
        "Police sealed the road, with the mayor, who was touring the site, has urged calm.",
        "with the mayor, who was touring the site, has urged",
    ),
    (
        "The merger is in doubt, with negotiations with the regulator have dragged on for a year.",
        "with negotiations with the regulator have dragged",
    ),
    (
        "Imports slowed, due to a ruling by the trade court was still in force.",
        "due to a ruling by the trade court was",
    ),
    (
        "Schools stayed shut, with the villages flooded by the river are still waiting for help.",
        "with the villages flooded by the river are still waiting",
    ),
    (
        "The inquiry stalled, with the council's lawyers have refused to hand over the files.",
        "with the council's lawyers have refused",
    ),
]

# Past tenses without an object that cannot be participles, and an inversion verb after its subject.
BAD_PAST_TENSES = [
    ("Traffic backed up for miles, following protesters sat in the road.", "following protesters sat"),
    (
        "The verdict was delayed, with hundreds of supporters waited outside the court.",
        "with hundreds of supporters waited",
    ),
    ("Roads were closed, following officers went house to house in the village.", "following officers went"),
    ("The firm said little, with its managers cut their own pay by half.", "with its managers cut"),
]

# Any preposition that cannot take a finite clause, multi-word ones, no comma, pronouns, partitives.
BAD_ANY_PREPOSITION = [
    ("The fair went ahead, throughout the organizers were worried about rain.", "throughout the organizers were"),
    ("Shops boarded up their windows ahead of the storm is due to arrive on Friday.", "ahead of the storm is"),
    ("The club promoted its assistant, instead of the board hired an outside coach.", "instead of the board hired"),
    ("Fares went up in March, in the wake of the fuel tax was doubled.", "in the wake of the fuel tax was doubled"),
    ("The school changed its rules, in light of two students were hurt in May.", "in light of two students were hurt"),
    ("Exports fell sharply, as a result of the port was closed for a month.", "as a result of the port was closed"),
    ("The ferry kept sailing, regardless of the forecast predicts high winds.", "regardless of the forecast predicts"),
    ("The bakery closed on Sunday with the owner was retiring after forty years.", "with the owner was retiring"),
    ("The festival went ahead despite it was raining all afternoon.", "despite it was raining"),
    ("The hospital stayed open, on top of the staff already work double shifts.", "on top of the staff already work"),
    ("Two ferries were retired, with the last of them will sail in June.", "with the last of them will sail"),
    (
        "The council heard complaints regarding the landlord ignored repairs for years.",
        "regarding the landlord ignored",
    ),
    ("Ahead of the bridge is closed for repairs, the city added two bus lines.", "Ahead of the bridge is closed"),
]

# Past forms whose verb WordNet's frames decide: two objects, an object that cannot be a passive's (a
# person after a verb of giving, a giver that is no person or group), an infinitive no passive keeps, a
# verb with no object at all, or none in its first sense after people.
BAD_TRANSITIVITY = [
    ("The hearing ran late, with the memo sent shockwaves through the department.", "with the memo sent"),
    ("The building was sold, with the deal handed the city a large profit.", "with the deal handed"),
    ("The club was punished, following the league fined three of its coaches.", "following the league fined"),
    ("The guards were questioned about the warden allowed visitors to bring phones.", "about the warden allowed"),
    (
        "The hearing opened late, with the lead officer in the case and his partner on patrol refused to testify.",
        "with the lead officer in the case and his partner on patrol refused",
    ),
    ("The ferry stopped running, as a result of the engine failed in the storm.", "as a result of the engine failed"),
    ("The motion carried, with no delegates voted against it.", "with no delegates voted"),
    ("Thanks to an uncle paid off her loans, the student stayed in school.", "Thanks to an uncle paid"),
]

# Finite verbs the tagger or the parser misread: a present tense tagged as a plural noun or made the object
# of the preposition, a base form after a plural subject, a participle preposition the parser made a
# verb or a conjunction, a past tense tagged as a participle before the phrase, a clause or a past tense
# the parser made the subject of the verb after the phrase, a negated subject, a name set off by commas.
BAD_TAGGER_SLIPS = [
    ("The museum will close for repairs, with the city plans to reopen it in spring.", "with the city plans"),
    ("The merger was approved, with shareholders vote on the price next month.", "with shareholders vote"),
    ("The park reopened, with visitors line up at the gates.", "with visitors line"),
    ("The umpire stopped the game following they argued about the call.", "following they argued"),
    ("Following the storm has passed, crews began repairs.", "Following the storm has passed"),
    ("The library added staff, with readers have asked for longer hours.", "with readers have asked"),
    (
        "Two new wings open in May at the hospital, including the surgeons will use one.",
        "including the surgeons will use",
    ),
    ("The levy passed despite critics say it is too high.", "despite critics say"),
    ("The event was moved indoors due to the forecast calls for storms.", "due to the forecast calls"),
    ("Following DHS has approved the grant, the city hired ten inspectors.", "Following DHS has approved"),
    ("The session ended, with not a single member has voted against it.", "with not a single member has voted"),
    (
        "The measure now goes to the governor, with its sponsor, Sen. Mark Ellis, hopes for a signature in May.",
        "with its sponsor, Sen. Mark Ellis, hopes",
    ),
]

# A subject that cannot be the passive's: people before a verb whose senses take no person as object, a
# phrasal verb with no object, a fronted preposition other than "with" (no absolute), a pronoun after a
# naming verb; a subject led by a word that modifies its number; a subject noun right before its verb; a name
# after a title; a quantifier floating after the subject; a past tense only, whose clause the parser made the
# subject of the verb after the phrase; an irregular past tense (WordNet's exception list); a sum of money as
# an object; a hyphenated compound in the subject; a noun the parser made the subject that is the object of the
# verb before it; a parenthetical between the subject and its verb.
BAD_NO_PASSIVE_READING = [
    ("The Rangers won in overtime, with their captain scored twice.", "with their captain scored"),
    ("The plant closed, with at least 300 workers have lost their jobs.", "with at least 300 workers have lost"),
    ("The ballot closed, with only a third of members have voted.", "with only a third of members have voted"),
    ("The meeting was short, with only a dozen residents showed up.", "with only a dozen residents showed"),
    ("The race narrowed, with two candidates dropped out in March.", "with two candidates dropped"),
    ("The rebels retreated, with government troops moved in overnight.", "with government troops moved"),
    ("Following the committee voted, the chairman adjourned the hearing.", "Following the committee voted"),
    ("The proposal failed, with the members voted it down.", "with the members voted"),
    ("The raid ended, with agents seized computers and phones.", "with agents seized"),
    ("The bill cleared the chamber, with Senator Ray Dunn voted with the majority.", "with Senator Ray Dunn voted"),
    ("The talks ended, with the two sides each blamed the other.", "with the two sides each blamed"),
    ("The mayor spoke against the levy would raise rents.", "against the levy would raise"),
    ("The lira fell sharply, with the currency slid to a record low.", "with the currency slid"),
    ("The district approved its budget, with trustees cut $2 million from travel.", "with trustees cut"),
    ("The pool reopened on Monday, with drop-in swimmers must sign a waiver.", "with drop-in swimmers must sign"),
    (
        "The mediator said the talks had made headway toward the two unions could settle.",
        "toward the two unions could settle",
    ),
    (
        "Bus ridership climbed back to 90 percent of normal thanks to the city added express routes.",
        "thanks to the city added",
    ),
    (
        "The museum said visitor numbers are running well ahead of last year, with the new wing has drawn crowds.",
        "with the new wing has drawn",
    ),
    (
        "Fares rose again, with the cheapest ticket, officials said, now costs $4.",
        "with the cheapest ticket, officials said, now costs",
    ),
    (
        "Enrollment fell, with the number of new students, by the district's count, has dropped for three years.",
        "with the number of new students, by the district's count, has dropped",
    ),
]

# A person that may be the passive's subject, a number that is a measure, a reduced relative after a fronted
# preposition, "at least", a participle spelled like a base form ("shut"), an object and a bare infinitive, an
# irregular participle that differs from the past tense.
# Properties of English rather than words: a verb of change with its measure, a past tense after a preposition that
# carries no absolute phrase, a phrase in mid-clause with its post-modifiers, and the parser's slips around them.
BAD_GENERAL_PROPERTIES = [
    # a verb mostly used with no object, then a measure: its past tense (a passive takes "by 12 percent")
    ("Crime fell across the county, with burglaries dropped 12 percent last year.", "with burglaries dropped"),
    ("The insurer posted a loss, with premiums slipped 3 percent to $1.8 billion.", "with premiums slipped"),
    ("Ridership recovered, with weekday trips increased 0.6 points in June.", "with weekday trips increased"),
    # a verb of motion to a number on a scale (a passive participle of change takes its value with "to")
    ("Bond yields fell, with the 10-year yield tumbled below 4 percent.", "with the 10-year yield tumbled"),
    ("Stocks rallied, with the index climbed above 39,000 for the first time.", "with the index climbed"),
    # after a preposition other than with/without, only a passive participle may follow the noun
    ("Ferries stopped running due to the lake dropped to a record low.", "due to the lake dropped"),
    ("Investors cheered amid the stock price climbed to a record.", "amid the stock price climbed"),
    ("The mall stayed busy despite sales declined in every department.", "despite sales declined"),
    # a name or predicate is not counted; an object with a predicate of its own is no passive's
    ("The trial entered its third week, with the defense called 12 witnesses so far.", "with the defense called"),
    ("The session ended, with legislators left four bills unfinished.", "with legislators left"),
    # a phrase in mid-clause runs over its post-modifiers; a coordinated subject takes a plural verb
    (
        "Attendance rose this spring with families who moved away during the pandemic are coming back.",
        "with families who moved away during the pandemic are coming",
    ),
    (
        "The theater reported strong sales with its new production of the musical has sold out every show.",
        "with its new production of the musical has sold",
    ),
    (
        "The hearing was close, with the chair and two members from the north side have said they object.",
        "with the chair and two members from the north side have said",
    ),
    # compound prepositions led by an adverb; an adjective complement is no subject
    ("The coach started a rookie instead of the captain was injured.", "instead of the captain was injured"),
    ("The pharmacy stayed open in spite of the power had failed.", "in spite of the power had failed"),
    # a name with no article acts, so its verb of no object is a past tense: "with Garcia scored", "with Tesla dropped"
    ("The Rangers won 5-2, with Novak scored twice in the third period.", "with Novak scored"),
    ("The company is in turmoil, with Ferreira resigned as chief executive on Friday.", "with Ferreira resigned"),
    ("Markets fell sharply, with Tesla dropped 8 percent.", "with Tesla dropped"),
    # a role before a name is its title; a possessive apostrophe after a plural; a verb coordinated with a past
    # tense that has an object; a phrasal verb of no object after people; a verb after "they" tagged as adjective
    (
        "The Panthers lost to Lakeside on Friday, with senior quarterback Jordan Wells threw for 280 yards.",
        "with senior quarterback Jordan Wells threw",
    ),
    (
        "Talks ended at dawn, with the teachers’ union rejected the district's latest offer.",
        "with the teachers’ union rejected",
    ),
    (
        "Smoke filled the valley, with the wind shifted overnight and carried the ash toward town.",
        "with the wind shifted",
    ),
    (
        "The mayor cut the ribbon Monday with residents from both neighborhoods looked on.",
        "with residents from both neighborhoods looked",
    ),
    (
        "The shop survived the recession, thanks to they qualified for a small-business loan.",
        "thanks to they qualified",
    ),
    # a person's name set off by commas in mid-clause; "they" is never an adjective's complement
    (
        "The measure now goes to the House with its author, Sen. Mara Quinn, wants a vote before June.",
        "with its author, Sen. Mara Quinn, wants",
    ),
    (
        "The owners would keep the pharmacy open with they have no plans to sell the building.",
        "with they have",
    ),
    # a fronted phrase with a measure; a pronoun takes no participle outside an absolute; a demonstrative alone
    ("With rents climbed 15 percent since May, many tenants are moving out.", "With rents climbed"),
    ("The coach praised the team, despite it lost by ten.", "despite it lost"),
    ("The city raised fares, with this was the first increase in a decade.", "with this was"),
    # a name's possessive standing for a firm, and an "and" the parser hung outside the phrase; a relative clause
    # set off by commas inside a coordinated subject
    (
        "The deal closed on Monday, with the board of St. Mary’s and the trustees of Mercy General approved it in "
        "June.",
        "with the board of St. Mary’s and the trustees of Mercy General approved",
    ),
    (
        "The plan passed 6-3, with council members Rosa Lind and Mary-Ann Cole, who represent the districts nearest "
        "the plant, voted no.",
        "with council members Rosa Lind and Mary-Ann Cole, who represent the districts nearest the plant, voted",
    ),
    ("The review dragged on, with officials spent three weeks checking the ballots.", "with officials spent"),
    # a base form after a plural (the parser's conjunct) is its present tense; "they" is no participle's object
    (
        "The clinic sees 150 patients a day, with families from three nearby counties, according to staff, depend "
        "on it.",
        "with families from three nearby counties, according to staff, depend",
    ),
    (
        "The coach benched three starters following they also lost to the worst team in the league.",
        "following they also lost",
    ),
    # after a main clause, a participle's "object" that is the subject of a tense; a partitive tagged as determiner
    (
        "The trial of the former mayor is set to begin in June, following her lawyers might seek a delay.",
        "following her lawyers might seek",
    ),
    (
        "About 200 nurses at the hospital were told Monday that they would be laid off, amid half of them have "
        "worked there for a decade.",
        "amid half of them have worked",
    ),
    # the parser's slips: a past tense tagged as a noun, a name as an adjective, "following" as a verb, an object
    # read as a later subject before a modal
    ("The town closed two schools following a water pipe burst under the gym.", "following a water pipe burst"),
    ("The road was closed, with a sewer main broke under the intersection.", "with a sewer main broke"),
    ("The vote was 51-49, with Manchin joined Republicans against it.", "with Manchin joined"),
    (
        "The plant shut down in March, following its biggest customer canceled an order.",
        "following its biggest customer canceled",
    ),
    (
        "Diplomats said they had made headway toward both governments could sign a treaty.",
        "toward both governments could sign",
    ),
]

# The words after a set-off preposition, parsed on their own, find a subject the block's parse split up.
BAD_SECOND_READING = [
    (
        "The plan drew support, with the mayor, the police chief and two members of the council spoke in favor.",
        "with the mayor, the police chief and two members of the council spoke",
    ),
    (
        "The index rose 0.8%, with energy and financial stocks posted the biggest gains.",
        "with energy and financial stocks posted",
    ),
    (
        "Recruits must pass a fitness test, with those who fail can retake it after a month.",
        "with those who fail can retake",
    ),
    ("The plan won approval, with only Councilwoman Rita Moss opposed it.", "with only Councilwoman Rita Moss opposed"),
    (
        "Because of the pandemic shut down theaters, the film went straight to streaming.",
        "Because of the pandemic shut",
    ),
    (
        "The vote was put off, with the board's finance committee, chaired by a retired banker, has asked for an "
        "audit.",
        "with the board's finance committee, chaired by a retired banker, has asked",
    ),
    (
        "The firm is growing again, with the engineers hired abroad now make up a third of its staff.",
        "with the engineers hired abroad now make",
    ),
    # a floating quantifier or the verb's adverbial between subject and verb
    (
        "The strike dragged on, with the union and the company both refused to budge.",
        "with the union and the company both refused",
    ),
    ("Markets slid, with the index last week posted its worst loss in a year.", "with the index last week posted"),
    # in mid-clause, after a preposition of cause, concession or circumstance, with a tense no participle shares
    (
        "Trains were delayed for hours on Monday due to the railway’s signaling crews ran out of spare parts.",
        "due to the railway’s signaling crews ran",
    ),
    (
        "Tenants withheld rent because of the building’s cooling system broke down in July.",
        "because of the building’s cooling system broke",
    ),
]

GOOD_SECOND_READING = [
    # the verb does not follow its subject, or the phrase's last word is no noun's
    "Police said the man, armed with a knife, was arrested without incident.",
    "He was diagnosed with cancer in 2019 and died last week.",
    "By contrast, smaller and newer firms hire more workers.",
    "At the same time that we were hiring, the agency and its partners were cutting costs.",
    # a relative clause with no "that", a compound noun ending in an -s form, an adverb such as "of course"
    "The minister spoke about security in the region, including the threat armed groups pose to farmers.",
    "The site offers filters, including common search options readers are used to from other sites.",
    "Suggestions are welcome (although of course we cannot promise a reply will come).",
    "The platform filters stories by topic or by date, as well as controlling the number of stories returned, "
    "including common pagination controls readers are used to when reading other sites.",
    "The service supports search by keyword, as well as limiting the number of results returned, including "
    "standard pagination controls developers expect when working with web services.",
    # a list of base forms after a parenthesis, no tense
    "We will work with our neighbors, including the river council, to urge the owners to repair the dam, reopen "
    "the road, and pay the farmers.",
    "The suspect, with a knife in his hand, was arrested outside the station.",
    # a bare noun that makes an adverbial with the preposition, then a past form
    "Though both sides are short of men, by law drafted Russian soldiers cannot fight outside Russian territory.",
    "While both Spain and Italy face a shortage of doctors, by law licensed foreign doctors cannot work outside state "
    "hospitals.",
    # in mid-clause: a verb's complement or a noun's modifier
    "The team met with the league’s scheduling staff to discuss the calendar.",
    "Residents praised the work of the city’s snowplow drivers during the storm.",
    "The plan drew support from the county’s farming groups, which have long sought water rules.",
]

GOOD_GENERAL_PROPERTIES = [
    "The budget passed, with spending on roads increased by 8 percent.",
    "The budget passed, with spending increased by 8 percent.",
    "The kickoff was delayed, with the game moved an hour later.",
    "The budget passed, with spending increased to $5 million.",
    "The game was delayed, with the kickoff moved to 7 p.m.",
    "The charity closed, with the money returned to 400 donors.",
    "Traffic was heavy, with Main Street closed for the parade.",
    "The family lived for years in a house with the roof caved in.",
    "With the rate dropped to 4 percent, borrowing became cheaper across the state.",
    "The old mill burned down last year, with it gone the town lost its last employer.",
    "With that, the meeting ended.",
    "If you believe we must act now, doing nothing is not an option.",
    "Reporters following the candidate could hear the crowd from the bus.",
    "The program lets students from poor families attend college for free.",
    "The summit discussed cooperation on AI, including to promote access, take steps to manage risks and protect "
    "privacy.",
    "The dam was finished in 1936, with the last concrete poured that spring.",
    "The audit covered every account, including the money returned to donors last year.",
    "The strike affected dozens of schools, including several closed for the whole week.",
    "She wrote about families displaced by the fire, including many moved to hotels.",
    "The deal closed on Monday, with the board of St. Mary’s and the trustees of Mercy General approving it.",
    "Leaders discussed challenges, including the war in Ukraine, unrest in Haiti, and migration and forced "
    "displacement.",
    "A gunman opened fire at a school in Uvalde, Texas, killing 21 people.",
    "Reports about the laptops shipped from July onward popped up on several forums.",
    "The tournament went on, with Djokovic eliminated in the second round.",
    "The session ended, with Rivera summoned to appear next week.",
    "The trial resumed, with Brennan called to testify for a second day.",
    "The case went to trial, with the defendant called a flight risk by prosecutors.",
    "The council acted on concerns parents have raised.",
    "The files were sent to the agency and the team in charge of the records will review them.",
    "The office is looking into complaints residents have filed.",
    "Officials are closely following the storm, which is expected to make landfall Friday.",
    "The city invested in housing through a program focused on families and veterans.",
    "Despite the concerns raised at the hearing, the plan passed.",
    "Amid the changes proposed by the board, teachers threatened to strike.",
]

GOOD_PASSIVE_READINGS = [
    "The union lost the ballot, with its members outnumbered three to one.",
    "Despite the concerns raised by parents, the board voted yes.",
    "The team reshuffled, with its top scorer traded to Denver.",
    "The governor stepped down, with her successor sworn in on Friday.",
    "Officials said at least 40 homes were destroyed.",
    "The tenants moved out, with the building sold to a developer.",
    "The clinic reopened, with the staff moved in buses from the old site.",
    "The case closed, with Officer Tom Reed cleared of wrongdoing.",
    "He retired at 40, with Everest climbed twice.",
    "Costs fell, with fuel prices cut by a fifth.",
    "The jury met again with the gallery doors shut to reporters.",
    "It will help families displaced by the fire get back on their feet.",
    "Crews went out, with the storm blown over.",
    "Shoppers returned, with prices risen only slightly since spring.",
    "Growth stalled, with profits shrunk by half.",
    "The mayor gave thanks to the volunteers who cleaned the park.",
    "The coach made his players run laps after practice.",
    "Talks continued, with the two sides, according to diplomats, close to a deal.",
    "The council approved the plan, with the mayor, officials said, expected to sign it on Friday.",
    "With the bridge closed, for example, drivers took the ferry.",
]

# Fronted phrases with their clause, phrases inside a subject, verbs taking an object and a clause,
# contact relative clauses and participle adjectives.
GOOD_ANY_PREPOSITION = [
    "In 2020 sales fell by a third.",
    "Across the region schools are closing early.",
    "Among the victims were two firefighters.",
    "Under the plan each school will hire two new teachers.",
    "All of the staff were told in advance.",
    "One of the first people I spoke with outside the hospital was the mayor.",
    "Very little, if any, in the way of new money will be spent.",
    "He told reporters in Ottawa the talks had failed.",
    "The program helps families across the county find housing.",
    "A report showing 40 percent of residents want more buses was published on Monday.",
    "He moved to Ohio, and outside experts say the plan works.",
    "The site must be easy to update for editors with no coding skills.",
    "We deploy our tools to government supported platforms like cloud services.",
    "The ministers discussed the risks, including the threat armed groups pose to the region.",
    "The program, popular with voters, has been extended.",
    "The company said profits rose, thanks to strong demand in Asia.",
]

GOOD = [
    "With the vote done, lawmakers left the chamber.",
    "She thanked the editor with whom she has worked for a decade.",
    "The team hired ten reporters, with most of them having backgrounds in local news.",
    "The flights were delayed because the airport was closed.",
    "Companies with fewer than 50 workers are exempt from the rule.",
    "Families without health insurance are struggling to pay for care.",
    "Alongside the president was his wife, who waved to the crowd.",
    "With him were two aides and a translator.",
    "With each election comes a flood of new campaign data.",
    "Following the vote lawmakers left the building.",
    "He resigned following the scandal that has engulfed his office.",
    "Officials including the mayor have condemned the attack.",
    "With prices rising, shoppers have cut back on spending.",
    "With the contract signed, work began in May.",
    "She left the meeting with her questions answered.",
    "The bill passed despite objections from the opposition.",
    "People with disabilities say the new buses are hard to board.",
    "The deal, due to take effect in March, has drawn criticism.",
    "Volunteers familiar with the trail guide the hikers through the pass.",
    # a plain main clause, or two clauses joined by "and"
    "The talks with the teachers' union have stalled again.",
    "The minister met with the protesters and the union leaders agreed to suspend the strike.",
    "She left with her husband and they drove home.",
    "He left with his wife after the vote was counted.",
    "The program helps people with disabilities find jobs.",
    # long noun phrases followed by a participle, or with a clause inside a relative clause
    "The deal collapsed, with the broker and his partner blamed for the delay.",
    "The estate was cleared, with the tenants who lost their flats offered new ones nearby.",
    "The mine will reopen, with miners who say the shafts are still unsafe.",
    "With the negotiations with the pilots at a standstill, the airline hired charter crews.",
    "He thanked his supporters, including the volunteers who had knocked on doors for months.",
    "Dozens of people, including children who were playing in the park, were injured.",
    "Several groups, including the union, which represents drivers, have objected to the plan.",
    # participles the tagger may read as past tenses
    "The room went dark, with the lights turned off at midnight.",
    "The deal is worth $2 billion, with payments spread over ten years.",
    "The house was rebuilt, with the old walls knocked down and the roof replaced.",
    "The fight ended, with the champion knocked out in the third round.",
    "The deal was done, with the terms agreed on Friday.",
    # a passive keeping an object after a verb of giving or naming, with a person or group as its subject
    "The airline cut routes, with its pilots offered early retirement.",
    "The firm was sold, with its staff handed new contracts.",
    "The coach left in May, with his assistant named head coach.",
    "Talks resumed, with the area declared a disaster zone.",
    "The strike ended, with the nurses promised a raise in the spring.",
    # a fronted phrase may use the participle of an intransitive verb of change; a participial adjective
    "With the floodwaters receded, residents began clearing mud from their homes.",
    "Talks on a new deal began, with the old contract expired since March.",
    # a clause-taking participle, its object and an infinitive, a past participle before its clause
    "The minister spoke for an hour, saying the plan had failed.",
    "The program trained nurses, helping clinics find staff.",
    "A petition against the bill released in 2008 has gathered thousands of signatures.",
    "The rally went ahead, with the ban lifted by the court and police told to stand aside.",
    # inversions: the subject follows the verb
    "Following the storm came three days of heavy rain.",
    "Alongside the river runs a path for cyclists.",
    "Prices are rising, and with them come protests in the capital.",
]


# A noun with no article and a past participle right before the preposition name a class (a reduced relative
# clause), and the verb after the phrase is that subject's: "Voters registered with a party can vote".
GOOD_REDUCED_RELATIVES = [
    "Voters registered with either party can vote in the primary.",
    "Students enrolled with the district will get laptops.",
    "Students enrolled at the school will get laptops.",
    "Drivers stopped on the highway must show a license.",
    "Patients admitted with the virus were kept in a separate ward.",
    "Claims filed with the agency take about six weeks to process.",
    "Funds raised through the auction went to the shelter.",
    "Animals rescued from the fire were taken to a shelter.",
    "Reports filed with the state show a drop in crime.",
    "Students admitted with scholarships pay no fees.",
    "Firms charged with fraud face fines.",
    "Passengers delayed with the storm were given vouchers.",
]
# The same shape with an article, or a past form that is a tense only, or a verb that disagrees: a clause.
BAD_NOT_REDUCED_RELATIVES = [
    ("The measure passed with most members have backed it.", "with most members have backed"),
    ("The museum reopened with the new wing has drawn crowds.", "with the new wing has drawn"),
    ("The game started with the stadium was half empty.", "with the stadium was"),
    ("The strike ended with the union accepted the offer.", "with the union accepted"),
    ("The trial resumed with the judge has warned both sides.", "with the judge has warned"),
    ("Talks continued during the two sides exchanged proposals.", "during the two sides exchanged"),
    ("Investors cheered amid the stock price climbed to a record.", "amid the stock price climbed"),
    ("Prices rose with demand from Asia has doubled.", "with demand from Asia has doubled"),
]
# A relative clause with no "that" on the preposition's noun: a plural after a noun that "a" opens is a second
# noun phrase, and so is one before a verb whose object is missing.
GOOD_RELATIVES_WITHOUT_THAT = [
    "The suspect was seen with a woman police have not identified.",
    "The fire started in a kitchen with a gas leak crews had reported earlier.",
    "She fled with a bag guards had failed to search.",
    "The team won despite a penalty referees later said was wrong.",
    "The board met amid a dispute shareholders have called damaging.",
    "He was arrested with a rifle agents say he bought online.",
    "Prices fell due to a glut traders had expected.",
    "The show ended with a song fans have loved since 1985.",
    "He arrived with the letter lawyers had drafted overnight.",
    "They spoke about the plan officials have kept secret.",
    "The firm was fined over the spill residents had complained about for months.",
    "The town recovered from the flood engineers had warned about for years.",
    "The suspect was seen with the woman police have not identified.",
]
# A compound noun before a verb with its object, or a plural that a number or "dozen" counts: a clause.
BAD_COMPOUND_SUBJECTS = [
    ("Traffic stalled, with the truck drivers blocked both lanes.", "with the truck drivers blocked"),
    ("The law passed, with the state lawmakers have approved it 80-20.", "with the state lawmakers have approved"),
    ("The deal collapsed, with the party leaders rejected the terms.", "with the party leaders rejected"),
    ("The season ended badly, with the team doctors have ruled out surgery.", "with the team doctors have ruled"),
    ("The concert ended early, with a dozen fans showed up late.", "with a dozen fans showed"),
    (
        "Thousands fled, with an estimated 5,000 people have crossed the border.",
        "with an estimated 5,000 people have crossed",
    ),
    ("The bank raised rates, with a further 300 jobs will be cut.", "with a further 300 jobs will be cut"),
    ("The team lost, with a couple players were injured.", "with a couple players were injured"),
]
# The parser may hang the clause before the phrase on the phrase's verb, its past form read as a modifier of its
# subject: the verb then has two subjects.
BAD_MERGED_CLAUSES = [
    (
        "Four candidates qualified for the runoff, with the top two would advance to November.",
        "with the top two would advance",
    ),
    (
        "Nine riders finished inside the time limit, with the last of them has been fined.",
        "with the last of them has been fined",
    ),
    ("Three teams advanced to the final round, with the winner will receive $50,000.", "with the winner will receive"),
    ("Most lawmakers returned to the capital, with the session is set to resume Monday.", "with the session is set"),
]
GOOD_MERGED_CLAUSES = [
    "People displaced by the storm with nowhere to go will be housed in schools.",
    "Workers affected by the closure, with the exception of managers, will be offered new jobs.",
    "The senator, along with her staff will travel to Kyiv.",
    "Candidates qualified for the ballot with the party's backing will appear first.",
    "Votes counted so far, with most precincts reporting, show a close race.",
]
# A participle clause set off by commas does not stop the clause before it; a part of people is people; a verb
# of aspect before its gerund is active.
BAD_CLAUSE_BEFORE_AND_SUBJECT = [
    (
        "The airline cut its forecast, citing fuel costs, with analysts now expect a loss for the year.",
        "with analysts now expect",
    ),
    (
        "The mayor vetoed the bill, calling it reckless, with several council members have vowed to override her.",
        "with several council members have vowed",
    ),
    ("The governor signed the order, ending the mask rule, with schools will decide.", "with schools will decide"),
    ("The union ratified the contract, with 82 percent of members voted in favor.", "with 82 percent of members voted"),
    ("The motion carried, with half of the delegates voted yes.", "with half of the delegates voted"),
    ("The strike ended, with a third of the workers returned on Monday.", "with a third of the workers returned"),
    ("Gold hit a record on Tuesday, amid central banks kept buying the metal.", "amid central banks kept"),
    ("The firm laid off staff, despite sales continued rising in the spring.", "despite sales continued"),
    ("Rents fell, due to landlords stopped raising prices during the slump.", "due to landlords stopped"),
    # a participle clause set off inside a set-off phrase; "following" the parser could not label
    (
        "The rescue continued overnight, with divers, working in near-total darkness, recovered two more bodies.",
        "with divers, working in near-total darkness, recovered",
    ),
    (
        "The strike ended, with the nurses, backed by the state union, won a 7 percent raise.",
        "with the nurses, backed by the state union, won",
    ),
    ("Following the verdict was read, the courtroom erupted.", "Following the verdict was read"),
    # a past tense before its own infinitive
    ("The bill died, with lawmakers failed to agree on funding.", "with lawmakers failed"),
    ("Ticket sales fell, with the league continued to raise prices.", "with the league continued"),
    ("The board met, with its members decided to sell the building.", "with its members decided"),
    # a verb with no passive that the parser hung on the noun as its modifier
    (
        "The plane landed safely, with none of the passengers complained about the delay.",
        "with none of the passengers complained",
    ),
    ("The storm weakened, with dozens of people died in the flooding.", "with dozens of people died"),
    ("The plan was adopted, with two of the members abstained from the vote.", "with two of the members abstained"),
    # in mid-clause, a phrasal verb with no passive after a preposition of cause, concession or time; an
    # irregular past whose verb has a participle of its own
    ("Stores stayed open during the power went out across the city.", "during the power went"),
    ("The town held a vigil following the fire died down overnight.", "following the fire died"),
    ("The mayor stayed in office despite the scandal blew up in her face.", "despite the scandal blew"),
    ("The council kept meeting despite the talks broke down in June.", "despite the talks broke"),
    ("Unemployment held steady, with the jobless rate hovered near 4 percent.", "with the jobless rate hovered"),
    (
        "The mine closed, with miners living in the valley will lose their jobs.",
        "with miners living in the valley will lose",
    ),
    # a name takes no participle outside an absolute phrase
    ("The 76ers fell to Boston despite Joel Embiid sat out with a sore knee.", "despite Joel Embiid sat"),
    ("Despite Garcia pitched seven scoreless innings, the Mets lost.", "Despite Garcia pitched"),
    ("Shares fell despite Apple reported record sales.", "despite Apple reported"),
    # a list of subjects the parser split or read as an apposition; a past form it hung on the noun it made the
    # sentence's root
    (
        "The trial was delayed, with the judge, the prosecutor and two defense lawyers have agreed to meet in May.",
        "with the judge, the prosecutor and two defense lawyers have agreed",
    ),
    (
        "The vote was put off, with the chair, her deputy and the treasurer were all absent.",
        "with the chair, her deputy and the treasurer were",
    ),
    (
        "The plan to close two fire stations in Stockton stalled on Tuesday, with the mayor has asked for more time.",
        "with the mayor has asked",
    ),
    # "because of" after a noun: the parser's subordinator opens the phrase wherever it stands
    ("The school closed its gym for a week because of the roof was leaking.", "because of the roof was leaking"),
    ("The vote was delayed until Friday because of two members were sick.", "because of two members were"),
]
GOOD_CLAUSE_BEFORE_AND_SUBJECT = [
    "The mayor vetoed the bill, calling it reckless, with several members vowing to override her.",
    "The survey was released, with 82 percent of members polled online.",
    "The plan was approved, with half of the funds allocated to schools.",
    "The mill reopened, with the presses kept running through the night.",
    "In the years spent serving his state, he never missed a vote.",
    "They built on the progress made delivering aid to farmers.",
    "The team won again, with its captain, playing through a sprained ankle, watching from the bench.",
    "The strike ended, with the nurses, backed by the union, awarded a 7 percent raise.",
    "The campaign went on, with leaders moving through miles of tunnels, organized in stories, determined to hide.",
    "Following his arrest, the suspect was taken to jail.",
    # an adjective before an infinitive, where its verb takes none of its own
    "The talks resumed, with both sides determined to reach a deal.",
    "Markets were calm, with investors poised to react to the jobs report.",
    "The plane landed, with the passengers stranded on board for hours.",
    "The storm passed, with dozens of homes flooded in the night.",
    "The team won, with three of the players injured in the first half.",
    "The news about the laptops shipped from July onward popped up online.",
    "The crew worked through the night with the lights turned off.",
    # a participle of saying or thinking takes the clause after it
    "Gold futures slid on Wednesday, with investors betting the Federal Reserve will keep rates higher.",
    "Stocks fell, with traders worrying the bank could raise rates again.",
    "The bond rallied, with analysts predicting inflation will cool by summer.",
    "The yen weakened, with dealers speculating the bank would intervene.",
    "Tickets sold fast, with fans hoping the band would add a second show.",
    "The team won with Embiid sat out for rest.",
    "The campaign against Smith launched in May has cost millions.",
    "If all goes to plan, by the time the team rolls off a project, its partners can carry on alone.",
    "He left with his wife after the vote was counted.",
    "The road stayed closed for a week because of flooding that had damaged the bridge.",
    "He quit because of what his boss had said.",
]

# Fresh probes, written for this rule from its taxonomy in other wording than the tuning items (news beats,
# verbs, prepositions, subjects); what the rule catches of them and the near misses it leaves alone. Among them:
# a past form with a clause of its own after it ("with tests showed the air was safe"), a verb of giving with its
# object after a preposition of cause or time ("amid investors sold bank stocks"), an object after a particle ("with
# the union turned down the offer"), split compound prepositions ("laps due to the deck had cracked"), passives of
# saying and thinking with a predicate ("with six people reported missing"), periods named by their end ("the
# quarter ended June 30").
BAD_FRESH_PROBES = [
    (
        "The ferry service resumed on Sunday, with the coast guard has lifted its weather warning.",
        "with the coast guard has lifted",
    ),
    (
        "Ticket sales doubled this spring, with three new airlines have added routes to the city.",
        "with three new airlines have added",
    ),
    (
        "The school board closed two campuses, with the district lost nearly 900 students last year.",
        "with the district lost",
    ),
    (
        "Rescuers reached the stranded hikers at dawn, with a helicopter crew lowered food and blankets overnight.",
        "with a helicopter crew lowered",
    ),
    ("The orchestra cancelled its tour, with the conductor broke his wrist in a fall.", "with the conductor broke"),
    (
        "The senator won a fourth term, with her campaign raised twice as much as her rival's.",
        "with her campaign raised",
    ),
    (
        "Wheat futures closed higher on Friday, with dry weather in Kansas persisted for a third week.",
        "with dry weather in Kansas persisted",
    ),
    (
        "The ceremony ran late, with the guest of honor arrived an hour after it began.",
        "with the guest of honor arrived",
    ),
    ("Water levels in the reservoir fell again, with the spring rains never came.", "with the spring rains never came"),
    ("The festival was called off, with attendance dwindled to a few hundred people.", "with attendance dwindled"),
    (
        "The city is raising parking fees, with the council says the money will fund bike lanes.",
        "with the council says",
    ),
    (
        "Home prices keep climbing, with buyers in the suburbs now face bidding wars on most listings.",
        "with buyers in the suburbs now face",
    ),
    (
        "Officials expect record turnout, with early ballots already outnumber those cast in 2020.",
        "with early ballots already outnumber",
    ),
    ("The stadium will host the final, with organizers will add 5,000 temporary seats.", "with organizers will add"),
    (
        "The bill heads to the governor, with lawmakers could override a veto next month.",
        "with lawmakers could override",
    ),
    (
        "The strike is set to widen, with nurses at two more hospitals may join on Monday.",
        "with nurses at two more hospitals may join",
    ),
    (
        "Traffic was diverted onto Highway 12, with both northbound lanes were blocked by debris.",
        "with both northbound lanes were blocked",
    ),
    (
        "The trial was delayed again, with the defendant is still being treated in a hospital.",
        "with the defendant is still being treated",
    ),
    ("The bank cut 400 jobs, with most of the positions were in its mortgage unit.", "with most of the positions were"),
    (
        "The airline kept flying to the island despite the runway had cracked in several places.",
        "despite the runway had cracked",
    ),
    ("Shares of the chipmaker slid amid regulators opened an inquiry into its pricing.", "amid regulators opened"),
    (
        "The club signed the striker without its medical staff had examined his knee.",
        "without its medical staff had examined",
    ),
    (
        "The union filed a grievance regarding the company changed shift schedules without notice.",
        "regarding the company changed",
    ),
    (
        "Attendance at the branch libraries rose during the main library was closed for repairs.",
        "during the main library was closed",
    ),
    ("Following the jury returned its verdict, the judge thanked the jurors.", "Following the jury returned"),
    (
        "Hospitals in the region are short of staff, alongside nursing homes are struggling to fill shifts.",
        "alongside nursing homes are struggling",
    ),
    (
        "The mill shut down in the wake of its largest customer went bankrupt.",
        "in the wake of its largest customer went",
    ),
    (
        "The county hired extra poll workers ahead of turnout is expected to break records.",
        "ahead of turnout is expected",
    ),
    ("Instead of the state pays for the repairs, the town will borrow the money.", "Instead of the state pays"),
    (
        "The farm survived thanks to its neighbors harvested the crop while the owner was ill.",
        "thanks to its neighbors harvested",
    ),
    (
        "The league changed its concussion rules in light of two players were hospitalized last season.",
        "in light of two players were hospitalized",
    ),
    (
        "The measure failed, with none of the Republicans on the panel supported it.",
        "with none of the Republicans on the panel supported",
    ),
    (
        "The hotel reopened, with about two-thirds of its rooms have been renovated.",
        "with about two-thirds of its rooms have been renovated",
    ),
    ("The shelter is full, with every bed was taken by 9 p.m.", "with every bed was taken"),
    (
        "The rally drew a large crowd, with teachers, nurses and bus drivers from across the state marched to the capitol.",
        "with teachers, nurses and bus drivers from across the state marched",
    ),
    (
        "The vote was close, with the two members who represent the rural districts opposed the plan.",
        "with the two members who represent the rural districts opposed",
    ),
    (
        "Prices fell, with the cost of a dozen eggs at most supermarkets in the region dropped below $3.",
        "with the cost of a dozen eggs at most supermarkets in the region dropped",
    ),
    ("Despite the storm knocked out power to thousands, the polls stayed open.", "Despite the storm knocked"),
    ("With the deadline has passed, the company must now pay the fine.", "With the deadline has passed"),
    ("The coach praised his players, despite they lost by 20 points.", "despite they lost"),
    ("The minister kept her seat, with she won 54 percent of the vote.", "with she won"),
    ("The factory reopened with most of its workers have returned.", "with most of its workers have returned"),
    (
        "The plan moved ahead, with the commission narrowly approved it on Tuesday.",
        "with the commission narrowly approved",
    ),
    ("Following the jury returned its verdict, the judge thanked the jurors.", "Following the jury returned"),
    ("Shares of the lender fell amid investors sold bank stocks across Europe.", "amid investors sold"),
    ("Prices rose sharply due to suppliers charged more for steel.", "due to suppliers charged"),
    ("Ahead of the board awarded the contract, three bidders withdrew.", "Ahead of the board awarded"),
    ("The festival went ahead despite the city denied the permit.", "despite the city denied"),
    ("Following the ministry issued a warning, ferries stayed in port.", "Following the ministry issued"),
    ("The price of used cars jumped amid dealers sold their remaining stock.", "amid dealers sold"),
    (
        "In the wake of the council sent eviction notices, tenants organized a rent strike.",
        "In the wake of the council sent",
    ),
    ("The team struggled despite its owner paid record fees for two strikers.", "despite its owner paid"),
    (
        "The lawsuit was dropped after the ruling, following the insurer offered a settlement.",
        "following the insurer offered",
    ),
    (
        "Vaccination rates climbed because of pharmacies offered free shots on weekends.",
        "because of pharmacies offered",
    ),
    (
        "The airline added flights during the holiday, amid travel agents sold out every package.",
        "amid travel agents sold",
    ),
    (
        "Turnout was low, with a poll released Monday showed most voters had not decided.",
        "with a poll released Monday showed",
    ),
    ("Stocks slid, with the data indicated inflation was rising again.", "with the data indicated"),
    ("The school reopened, with tests showed the air was safe.", "with tests showed"),
    ("The plant was closed, with an audit revealed the boilers had not been inspected.", "with an audit revealed"),
    ("Rates held steady, with the minutes suggested officials were split.", "with the minutes suggested"),
    ("The bridge stayed open, with sensors confirmed the deck had not shifted.", "with sensors confirmed"),
    ("The deal collapsed, with the buyer said the price was too high.", "with the buyer said"),
    ("Ridership fell again, with a survey found riders felt unsafe at night.", "with a survey found"),
    ("The drug was withdrawn, with regulators determined it had caused liver damage.", "with regulators determined"),
    ("The strike ended, with union leaders announced members had ratified the deal.", "with union leaders announced"),
    ("The fire spread quickly, with witnesses reported the alarms never sounded.", "with witnesses reported"),
    ("Voters approved the bond, with early returns showed it passing in every ward.", "with early returns showed"),
    ("Schools closed early following a storm cut power across the county.", "following a storm cut"),
    ("Flights resumed on Sunday following the airport restored radar service.", "following the airport restored"),
    ("The highway reopened at noon following crews cleared debris from both lanes.", "following crews cleared"),
    ("The talks collapsed, with the union turned down the final offer.", "with the union turned"),
    ("The airline recovered, with travelers snapped up summer fares.", "with travelers snapped"),
    ("The plan failed, with the council voted down the zoning change.", "with the council voted"),
    ("Stocks steadied, with investors bought back shares of chipmakers.", "with investors bought"),
    ("Enrollment fell, with parents pulled out their children in large numbers.", "with parents pulled"),
    ("The merger stalled, with regulators held up the approval for months.", "with regulators held"),
    (
        "The match was stopped in the 80th minute due to the floodlights had failed.",
        "due to the floodlights had failed",
    ),
    ("Play was delayed for an hour owing to the pitch was waterlogged.", "owing to the pitch was waterlogged"),
    ("Two lanes stayed shut for a week due to the bridge deck had cracked.", "due to the bridge deck had cracked"),
    ("The ferry ran two hours late owing to the crew had called in sick.", "owing to the crew had called"),
    (
        "The Ravens won their fourth straight game on Sunday, with Lamar Jackson threw for 310 yards and three touchdowns.",
        "with Lamar Jackson threw",
    ),
    (
        "Gold hit a record high on Thursday, with central banks in Asia continued to add to their reserves.",
        "with central banks in Asia continued",
    ),
    (
        "The Senate confirmed the nominee 52-48, with two Democrats crossed party lines to support her.",
        "with two Democrats crossed",
    ),
    (
        "Oil prices slipped for a third day, with U.S. crude stockpiles rose by 4 million barrels last week.",
        "with U.S. crude stockpiles rose",
    ),
    (
        "The county’s unemployment rate fell to 3.1 percent in May, with construction and health care added the most jobs.",
        "with construction and health care added",
    ),
    (
        "Madrid’s metro extended its hours during the festival, with an extra 200 trains ran each night.",
        "with an extra 200 trains ran",
    ),
    (
        "The company reported a quarterly loss, with revenue from its cloud division grew only 2 percent.",
        "with revenue from its cloud division grew",
    ),
    (
        "The fire burned through 12,000 acres by Tuesday, with strong winds pushed the flames toward the valley.",
        "with strong winds pushed",
    ),
    (
        "Inflation in the euro zone eased to 2.4 percent, with energy prices fell for the fourth month in a row.",
        "with energy prices fell",
    ),
    (
        "Amazon shares rose 6 percent in after-hours trading, with advertising sales beat analysts’ estimates.",
        "with advertising sales beat",
    ),
    (
        "The school district will cut 40 teaching jobs, with enrollment has dropped by a fifth since 2015.",
        "with enrollment has dropped",
    ),
    (
        "Turnout in the primary was the lowest in two decades, with fewer than one in five voters cast a ballot.",
        "with fewer than one in five voters cast",
    ),
    (
        "The storm dumped two feet of snow on Buffalo, with some neighborhoods received nearly three feet.",
        "with some neighborhoods received",
    ),
    (
        "Police arrested 14 people at the protest, with officers used pepper spray to disperse the crowd.",
        "with officers used",
    ),
    ("Tesla cut prices in China again, despite its rivals have held theirs steady.", "despite its rivals have held"),
    ("The peso strengthened amid investors bet the central bank would keep rates high.", "amid investors bet"),
    ("The ferry was diverted to Nanaimo due to high winds made the crossing unsafe.", "due to high winds made"),
    (
        "Following the Supreme Court ruled in June, several states rewrote their admissions rules.",
        "Following the Supreme Court ruled",
    ),
    ("Despite the team lost its top two scorers, it reached the semifinals.", "Despite the team lost"),
    (
        "The hospital postponed elective surgeries because of a cyberattack had disabled its records system.",
        "because of a cyberattack had disabled",
    ),
    (
        "Home sales in Denver dropped in the spring, amid mortgage rates climbed above 7 percent.",
        "amid mortgage rates climbed",
    ),
    (
        "The festival moved to a larger site in the wake of last year’s event drew record crowds.",
        "in the wake of last year’s event drew",
    ),
    ("The regulator approved the deal, subject to the companies sell 200 stores.", "subject to the companies sell"),
    ("The mayor signed the ordinance without the council had debated it in public.", "without the council had debated"),
    (
        "Enrollment at the college grew, thanks to a new scholarship program covers tuition for local students.",
        "thanks to a new scholarship program covers",
    ),
    (
        "The bridge will remain closed through the weekend, with inspectors say the cracks are wider than expected.",
        "with inspectors say",
    ),
    (
        "The city will not raise fares this year, with the transit agency expects a surplus of $40 million.",
        "with the transit agency expects",
    ),
    (
        "Wildlife officials closed the trail, with a bear has been seen near the campground twice this week.",
        "with a bear has been seen",
    ),
    ("The union ended its strike, with members voted 82 percent in favor of the new contract.", "with members voted"),
    ("The refinery shut two units, with a fire broke out in its cooling tower late Sunday.", "with a fire broke"),
    (
        "Chicago recorded its wettest July, with nearly 11 inches of rain fell at O’Hare.",
        "with nearly 11 inches of rain fell",
    ),
    (
        "The Lakers lost in overtime, with LeBron James missed two free throws in the final seconds.",
        "with LeBron James missed",
    ),
    (
        "The county opened three cooling centers, with temperatures will top 105 degrees through Friday.",
        "with temperatures will top",
    ),
    (
        "The clinic stayed open late, with nurses from two other hospitals volunteered their time.",
        "with nurses from two other hospitals volunteered",
    ),
    (
        "The shelter filled quickly, with families who had lost their homes in the flood arrived by bus.",
        "with families who had lost their homes in the flood arrived",
    ),
    (
        "The market rallied, with shares of companies that make solar panels jumped more than 10 percent.",
        "with shares of companies that make solar panels jumped",
    ),
    (
        "The hearing ran for six hours, with residents who live near the landfill say the smell is unbearable.",
        "with residents who live near the landfill say",
    ),
    (
        "Attendance fell, with students in the district's poorest neighborhoods missed the most days.",
        "with students in the district's poorest neighborhoods missed",
    ),
    (
        "The storm caused wide damage, with trees along the entire length of Main Street fell onto cars.",
        "with trees along the entire length of Main Street fell",
    ),
    (
        "Prices at the pump eased, with the average price of diesel across the state dropped 8 cents.",
        "with the average price of diesel across the state dropped",
    ),
    (
        "The exhibit drew crowds, with visitors who waited in line for hours praised the display.",
        "with visitors who waited in line for hours praised",
    ),
    (
        "The county's budget is tight, with revenue from sales taxes averaged $4 million a month.",
        "with revenue from sales taxes averaged",
    ),
    (
        "The theater was packed, with the crowd of more than 2,000 gave the cast a standing ovation.",
        "with the crowd of more than 2,000 gave",
    ),
    ("The talks resumed, with both sides insisted on their original demands.", "with both sides insisted"),
    ("The trial ended in a mistrial, with two jurors testified about outside pressure.", "with two jurors testified"),
    ("The strike continued, with union leaders vowed to stay out until spring.", "with union leaders vowed"),
    (
        "The bill stalled, with several Republicans hesitated to back it before the election.",
        "with several Republicans hesitated",
    ),
    ("The park was crowded, with families picnicked along the river all afternoon.", "with families picnicked"),
    ("The concert ended late, with the audience lingered in the square until midnight.", "with the audience lingered"),
    ("Sales slowed, with shoppers hesitated to spend ahead of the holidays.", "with shoppers hesitated"),
    ("The council met for five hours, with residents spoke for and against the plan.", "with residents spoke"),
    ("Sales slowed, with shoppers hesitated to spend ahead of the holidays.", "with shoppers hesitated"),
    ("The vote was delayed, with two members declined to take part.", "with two members declined"),
    ("The parade went ahead, with organizers refused to cancel despite the rain.", "with organizers refused"),
    ("The bill passed, with the governor pledged to sign it this week.", "with the governor pledged"),
    ("The strike ended, with the company agreed to restore the pensions.", "with the company agreed"),
    ("The team lost again, with its coach failed to find a lineup that works.", "with its coach failed"),
    ("Rents kept rising, with landlords continued to raise them by double digits.", "with landlords continued"),
    (
        "The firm cut jobs, with its chief executive vowed to return it to profit by 2026.",
        "with its chief executive vowed",
    ),
    ("Fares went up, with the agency struggled to cover its costs.", "with the agency struggled"),
    ("Turnout fell, with many young voters chose to stay home.", "with many young voters chose"),
    (
        "The market rallied, with shares of companies that make solar panels jumped more than 10 percent.",
        "with shares of companies that make solar panels jumped",
    ),
    (
        "The fund lost money, with bonds that it bought in 2021 fell sharply in value.",
        "with bonds that it bought in 2021 fell",
    ),
    (
        "The law took effect, with landlords who own more than ten units must register them.",
        "with landlords who own more than ten units must register",
    ),
    (
        "The ceremony was moving, with veterans who served in Korea laid wreaths at the memorial.",
        "with veterans who served in Korea laid",
    ),
    (
        "The river crested overnight, with homes that sit along the bank were flooded to the roof.",
        "with homes that sit along the bank were flooded",
    ),
    (
        "The plan faced criticism, with residents who live near the site have filed a lawsuit.",
        "with residents who live near the site have filed",
    ),
    (
        "The drug was approved, with patients who took it in trials lived six months longer.",
        "with patients who took it in trials lived",
    ),
    (
        "Prices climbed, with growers who supply the big chains raised what they charge.",
        "with growers who supply the big chains raised",
    ),
    (
        "The game was delayed, with fans who arrived early waited in the rain for two hours.",
        "with fans who arrived early waited",
    ),
    (
        "The policy changed, with employees who work from home will now need approval.",
        "with employees who work from home will now need",
    ),
    (
        "Flights were canceled, with passengers who had checked in early waited at the gate for hours.",
        "with passengers who had checked in early waited",
    ),
    (
        "The mill reopened, with workers who lost their jobs in the spring returned to their old shifts.",
        "with workers who lost their jobs in the spring returned",
    ),
    (
        "The bank rallied, with clients who pulled deposits in March have brought them back.",
        "with clients who pulled deposits in March have brought",
    ),
]
GOOD_FRESH_PROBES = [
    "The ferry service resumed on Sunday, with the coast guard having lifted its weather warning.",
    "The team finished the season with its top scorer sidelined by a knee injury.",
    "With the votes counted, the clerk certified the result.",
    "She shared the stage with a singer who has toured with the band for years.",
    "The committee, with whom the mayor has clashed before, rejected the plan.",
    "Despite the heavy rain, the parade went on as planned.",
    "Residents with homes near the river were told to leave.",
    "The bridge reopened after engineers inspected the cables.",
    "With nothing left to negotiate, the talks ended.",
    "The shop stayed open with the front door propped open.",
    "Stocks fell amid fears that the central bank would raise rates again.",
    "Due to the strike, trains were cancelled on Monday.",
    "He disagreed with what the auditor had written.",
    "The firm hired 200 people, with most of them working in its Denver office.",
    "Despite having lost the first set, she won the match.",
    "With prices rising, many families have cut back on travel.",
    "The plant, with its workforce cut in half, still produces engines.",
    "With the region declared a disaster area, federal aid can flow.",
    "The bus was packed with tourists headed to the beach.",
    "Amid the confusion, several passengers left the terminal.",
    "Apart from a few minor delays, the launch went smoothly.",
    "The company, along with two of its suppliers, was fined.",
    "Voters in the district, including many who backed him before, turned against the mayor.",
    "With the game tied at 2, the coach called a timeout.",
    "The bill passed with the support of every Democrat in the chamber.",
    "Drivers with licenses issued before 2010 must renew them in person.",
    "Following the vote, the chairman adjourned the meeting.",
    "Ahead of the storm, the city opened three shelters.",
    "The town was left with roads that had been washed away.",
    "Police are searching for a man seen with the missing girl on Tuesday.",
    "In the wake of the scandal, two board members resigned.",
    "She was charged with assault after the fight.",
    "He left the party with his reputation damaged and his fortune spent.",
    "The researchers worked with farmers who grow rice in the delta.",
    "With the help of volunteers, the museum catalogued 10,000 items.",
    "Because of the outage, the exchange halted trading for an hour.",
    "The mayor met with business owners the city has fined for code violations.",
    "With the season over, the players went home.",
    "The hospital was filled with patients suffering from the flu.",
    "Instead of waiting for the state, the town fixed the road itself.",
    "The coach was pleased with how the team played.",
    "Thanks to a late goal, the home side won 2-1.",
    "The council voted 5-2, with two members absent.",
    "With the lights turned off, the room went silent.",
    "The plane landed safely, with all 180 passengers and crew unharmed.",
    "The deal comes with strings attached.",
    "With the coach handed a new contract, the club turned to the draft.",
    "The club kept its coach, with the players given two weeks off.",
    "Including the workers given notice last week, 300 jobs have been cut.",
    "The mayor spoke to families given vouchers for the shelter.",
    "The refund goes to customers sold faulty heaters last winter.",
    "Following the vote, the board awarded the contract to a local firm.",
    "Despite the offer, the union rejected the deal.",
    "The team, despite being paid late, finished the season.",
    "The firm thrived following the sale of its oldest unit.",
    "Amid the investors who sold their shares were two directors.",
    "Because of rising costs, suppliers charged more for steel.",
    "With the winners awarded their medals, the ceremony ended.",
    "The flight was delayed, with passengers told the crew had not arrived.",
    "The staff worked late, with managers promised the system would be fixed by morning.",
    "The plan passed after the survey showed most residents supported it.",
    "Tests showed the air was safe, and the school reopened.",
    "The report, released Monday, found that riders felt unsafe.",
    "With the data showing inflation rising, stocks slid.",
    "The bridge stayed open with sensors confirming the deck had not shifted.",
    "She spoke with reporters who said the plan had failed.",
    "The union met with leaders who announced the deal had been ratified.",
    "With investors convinced the bank would act, bonds rallied.",
    "Revenue rose 8 percent in the quarter ended June 30, with demand strong in Asia.",
    "The company lost money in the year ended Dec. 31.",
    "For the six months ended Sept. 30, the fund returned 4 percent.",
    "Retail sales in the week ended Saturday fell, with shoppers holding back.",
    "Profit climbed in the period ended March 31, with costs lower than expected.",
    "With the offer voted down, the union called a strike.",
    "The plan stalled, with the zoning change voted down by the council.",
    "With the debt paid off, the firm expanded into Ohio.",
    "The hall fell silent, with the lights switched off.",
    "The amount due to the contractor was paid in full.",
    "Payments owing to suppliers were delayed by a month.",
    "The fees due to the council have been waived.",
    "Floods cut the highway, leaving drivers stranded for hours.",
    "The strike shut the mills, keeping workers idle for a month.",
    "The fire gutted the block, leaving several families homeless.",
    "The ruling struck down the law, making same-day registration illegal.",
    "Following a storm, the county cut power to 3,000 homes.",
    "Following the storm that cut power, schools closed early.",
    "The game resumed following a delay caused by lightning.",
    "The Ravens won their fourth straight game on Sunday, with Lamar Jackson throwing for 310 yards.",
    "With two Democrats crossing party lines, the Senate confirmed the nominee.",
    "Oil prices slipped for a third day, with U.S. crude stockpiles up 4 million barrels.",
    "The county added 3,000 jobs in May, with construction and health care leading the way.",
    "The company reported a quarterly loss, with revenue from its cloud division up only 2 percent.",
    "The fire burned through 12,000 acres, driven by strong winds toward the valley.",
    "Amazon shares rose 6 percent after advertising sales beat estimates.",
    "The district will cut 40 jobs because enrollment has dropped by a fifth.",
    "Despite losing its top two scorers, the team reached the semifinals.",
    "Amid rising mortgage rates, home sales in Denver dropped in the spring.",
    "The deal was approved subject to the sale of 200 stores.",
    "Ahead of Tuesday’s vote, officials tested every machine in the county.",
    "Thanks to a new scholarship program, enrollment at the college grew.",
    "The bridge will remain closed, with inspectors saying the cracks are wider than expected.",
    "With a bear seen near the campground twice this week, officials closed the trail.",
    "The bakery sold out by 9 a.m., with customers lined up around the block before dawn.",
    "The union ended its strike, with 82 percent of members voting in favor.",
    "Investors worried the recall would spread, and the stock plunged.",
    "The refinery shut two units after a fire broke out in its cooling tower.",
    "The Lakers lost in overtime after LeBron James missed two free throws.",
    "With temperatures expected to top 105 degrees, the county opened cooling centers.",
    "The town was left with no large employer after the plant closed.",
    "Gas prices rose with supply squeezed by refinery outages.",
    "The mayor met with residents who had lost their homes in the fire.",
    "She was praised for her work with children who have learning disabilities.",
    "The senator, along with three colleagues who oppose the bill, sent a letter to the president.",
    "The team has struggled without its captain, who tore a ligament in March.",
    "Prices vary with demand, which peaks in December.",
    "He credited the win to a defense that allowed only 12 points.",
    "Patients with symptoms that last more than a week should see a doctor.",
    "The storm left thousands without power, with crews working through the night.",
    "Families with children who attend the school were notified on Friday.",
    "The bill, despite objections from farmers who depend on the river, passed easily.",
    "With the election over, attention turned to the budget.",
    "The agency is dealing with a backlog that has grown since March.",
    "Ridership recovered, with commuters from the northern suburbs returning to the trains.",
    "The clinic stayed open late with help from nurses who had volunteered their time.",
    "The shelter took in families who had lost their homes in the flood.",
    "Shares of companies that make solar panels jumped, with the market rallying.",
    "Residents who live near the landfill say the smell is unbearable.",
    "The hotel was full of fans from as far away as Japan.",
    "Students in the poorest neighborhoods, with attendance falling, missed the most days.",
    "Trees along Main Street fell onto cars, with the storm causing wide damage.",
    "Members of the committee that oversees the budget asked for more time.",
    "Buyers in their twenties, with prices falling, accounted for a third of all purchases.",
    "With the average price of diesel down 8 cents, truckers got some relief.",
    "The display was praised by visitors who waited in line for hours.",
    "With managers at every plant agreeing to a pay freeze, the company cut costs.",
    "Landowners along the proposed route objected to the pipeline.",
    "With orders from German carmakers below last year's level, exports slowed.",
    "With revenue from sales taxes averaging $4 million a month, the budget is tight.",
    "The talks resumed, with the terms agreed in May still in force.",
    "With the deal agreed, both sides left the hotel.",
    "The project went ahead, with the budget argued over for months.",
    "The case closed with every point conceded by the defense.",
    "With everything decided, the board adjourned.",
    "The council met, with the question settled before the vote.",
    "The trial ended, with the facts admitted by both parties.",
    "With the rules explained, the game began.",
    "The ferry sank in the storm, with six people reported missing.",
    "Police closed the road, with the suspect believed to be armed.",
    "The search was called off, with two climbers feared dead.",
    "Rescuers kept digging, with dozens of miners thought to be trapped.",
    "The raid ended quickly, with three men said to be in custody.",
    "The ship was lost, with all 40 sailors presumed drowned.",
    "The painting was never found, with the thieves understood to have fled abroad.",
    "The talks resumed, with the two leaders known to have met twice in secret.",
    "The bank's shares rose, with the lender rumored to be a takeover target.",
    "Police searched the river, with the boy last seen near the bridge.",
    "The company hired a new chief, with the old one asked to stay on as an adviser.",
    "With both sides determined to reach a deal, talks went on overnight.",
    "The team flew home, with its captain expected to miss the next match.",
    "The seats were empty, with most fans forced to wait outside.",
    "The market rallied, with shares of companies that make solar panels jumping sharply.",
    "Nurses who work in the county's trauma centers walked out on Monday.",
    "The fund sold bonds that it bought in 2021.",
    "The law applies to landlords who own more than ten units.",
    "Veterans who served in Korea laid wreaths at the memorial.",
    "The river flooded homes that sit along the bank.",
    "She met with residents who live near the site.",
    "The gain came from stores that opened last year.",
    "Patients who took it in trials lived six months longer, with few side effects.",
    "The chains buy from growers who supply them year round.",
    "Fans who arrived early waited in the rain, with the gates still closed.",
    "The rule covers employees who work from home.",
    "The mayor met with fans who arrived early and waited in the rain.",
    "She spoke with workers who were laid off when the plant closed.",
    "The clinic works with families who moved here after the war started.",
    "The fund invests in companies that make solar panels sold in Europe.",
    "She shared a table with two women who said they had lost their jobs.",
    "The school, with teachers who know the families well, has kept attendance high.",
    "Police are looking for a man who fled on foot, with officers searching the area.",
    "The charity partners with farmers who grow coffee harvested by hand.",
    "Many residents, with children who attend the school, were angry.",
    "The union, along with members who had walked out, returned to talks.",
    "The firm was sold to investors who own hotels built in the 1960s.",
    "Despite protests from residents who live near the site, the plan was approved.",
    "Along with workers who had been laid off, retirees joined the march.",
    "With fans who had waited for hours finally inside, the concert began.",
    "He worked with a lawyer who helped tenants facing eviction keep their homes.",
    "The team trained with players who had recovered from injuries suffered in May.",
]


# Prepositions of place, direction, extent or agent: their noun often carries a participle or a relative clause with
# no "that", or the tagger takes a noun or a name's word for a verb; only an auxiliary or a modal tells a clause there.
GOOD_PLACE_PREPOSITIONS = [
    "Firefighters spoke to neighbours gathered outside the shelter late on Sunday.",
    "The money was handed to families displaced by the flood in March.",
    "The bridge was repaired by a crew based in Duluth, officials said.",
    "Prices stayed short of the level traders expected before the vote.",
    "The turnout was well short of the mark organizers had hoped for.",
    "The coach said the team fell short of the standard its fans deserve.",
    "Spending reached $4 billion, above the figure lawmakers approved in June.",
    "Output rose to 3.1 million barrels a day, below the target ministers set in April.",
    "The council voted on a plan residents say will raise their rents.",
    "Officers found the car in a garage rented by the suspect's brother.",
    "The rupee was steadier, supported by a loan package agreed with lenders in May.",
    "Tools were stored in metal lockers welded to the walls of the depot.",
    "The shuttle runs past Riverside station twice an hour on weekdays.",
    "Visitors walked across a square paved in 1890 by Italian stonemasons.",
    "The fund could lose up to a third of its value once interest rates rise.",
    "Inspectors looked at schools built before 1970, when asbestos was common.",
    "The choir performed at a hall located near the harbour, the trust said.",
    "The drug was tested on patients treated at three clinics in Leeds.",
    "The painting was sold at an auction held in Geneva last spring.",
    "She donated her archive to a library founded by her grandfather.",
    "The team flew from an airstrip cleared by volunteers the week before.",
    "Police traced the call to a phone registered in Ohio.",
    "Farmers sold grain at prices analysts call unsustainable.",
    "The shipment arrived at ports in São Paulo do Sul and Recife.",
]

# The phrase in a relative clause or a participle of the verb's own subject (the block's parse): the tense is the
# subject's. The same words with the phrase after a main clause are flagged (BAD_SUBJECT_MODIFIER_NEAR_MISSES).
GOOD_SUBJECT_MODIFIERS = [
    "Officials said riders who cannot walk to a stop because of a disability could book a shuttle.",
    "Tenants who lost power during the storm can apply for a refund, the utility said.",
    "Students who miss classes due to illness will be allowed to sit the exam later.",
    "Drivers who were stranded amid the snow on Tuesday night were put up in schools.",
    "Workers who retired despite the pension freeze have sued the company.",
    "Families that fled following the eruption are returning to their villages.",
    "Players who trained with the first team this summer have impressed the coach.",
    "Residents who complained about the noise since the plant opened have been offered double glazing.",
    "The ministry said farmers who planted early because of the warm spring could lose their crops.",
    "Anyone who bought tickets ahead of the price rise will get a partial refund.",
    "Shops that closed during the pandemic without government help have not reopened.",
    "Patients who were treated in spite of the shortage of nurses said the care was good.",
    "Businesses that expanded thanks to the grants must report their hiring by June.",
]

BAD_SUBJECT_MODIFIER_NEAR_MISSES = [
    (
        "Officials said the riders complained, because of a disability could not reach the stop.",
        "because of a disability could not reach",
    ),
    (
        "Tenants lost power for two days, during the storm had knocked down lines across the county.",
        "during the storm had knocked",
    ),
    ("The exam was moved, due to many students were ill with flu.", "due to many students were"),
    ("Drivers were stranded overnight, amid the snow kept falling on the interstate.", "amid the snow kept"),
    ("Workers retired early, despite the pension freeze had cut their benefits.", "despite the pension freeze had cut"),
    ("Families fled the valley, following the volcano erupted on Sunday.", "following the volcano erupted"),
    (
        "The coach praised the players, with the first team has trained hard all summer.",
        "with the first team has trained",
    ),
    ("Residents complained for years, with the plant has run around the clock.", "with the plant has run"),
    ("Farmers planted early this year, because of the spring was unusually warm.", "because of the spring was"),
    ("Fans rushed to buy tickets, ahead of the prices will rise next month.", "ahead of the prices will rise"),
    ("Many shops never reopened, without the government had offered any help.", "without the government had offered"),
    (
        "Patients waited for hours, in spite of the hospital had hired extra nurses.",
        "in spite of the hospital had hired",
    ),
]


# The same shapes after a preposition of circumstance, or with an auxiliary after any preposition, are still flagged.
BAD_CIRCUMSTANCE_AND_AUXILIARIES = [
    (
        "Firefighters left the shelter late on Sunday, with neighbours had gathered outside to thank them.",
        "with neighbours had gathered",
    ),
    (
        "The money was paid out quickly, despite families displaced by the flood have waited for months.",
        "despite families displaced by the flood have waited",
    ),
    (
        "The bridge reopened on Friday, with a crew based in Duluth finished the repairs overnight.",
        "with a crew based in Duluth finished",
    ),
    ("Prices held steady, amid traders expected a rate cut before the vote.", "amid traders expected"),
    ("The council voted for the plan, despite residents say it will raise their rents.", "despite residents say"),
    (
        "The rupee held firm, thanks to a loan package was agreed with lenders in May.",
        "thanks to a loan package was agreed",
    ),
    (
        "The drug was approved, following patients at three clinics in Leeds reported fewer side effects.",
        "following patients at three clinics in Leeds reported",
    ),
    (
        "Fares stayed free in 2024, regarding the board has yet to decide how to pay for them.",
        "regarding the board has",
    ),
    ("The vote was delayed by the council members have asked for more time.", "by the council members have asked"),
    ("Shares climbed to a record, above analysts had forecast in January.", "above analysts had forecast"),
    ("The team returned to the stadium will host the final in June.", "to the stadium will host"),
]


# A phrase that opens the sentence with a subject and a tense, then the main clause: a verb of place or motion with
# an adjective is no inversion ("the contractor went bankrupt"), and a main clause the parser misread still counts.
BAD_OPENING_PHRASES = [
    ("Amid investors feared a recession, bank shares fell sharply in early trading.", "Amid investors feared"),
    (
        "Because of the contractor went bankrupt, work on the stadium stopped for a year.",
        "Because of the contractor went",
    ),
    ("Despite the club will lose its captain, season ticket sales rose 8 percent.", "Despite the club will lose"),
    (
        "Despite the ministry has banned night fishing, trawler crews kept working past midnight.",
        "Despite the ministry has banned",
    ),
    ("Despite the shelves ran bare by noon, the store stayed open until midnight.", "Despite the shelves ran"),
    (
        "Despite the union had rejected the offer, most drivers reported for work on Monday.",
        "Despite the union had rejected",
    ),
    (
        "Due to the airport was closed, thousands of travellers spent the night in hotels.",
        "Due to the airport was closed",
    ),
    ("Following the jury has returned its verdict, the judge thanked the jurors.", "Following the jury has returned"),
    (
        "In spite of the council has approved the plan, residents vowed to keep fighting it.",
        "In spite of the council has approved",
    ),
    ("Since the mill has closed, with the town has lost 400 jobs, shops stand empty.", "with the town has lost"),
    (
        "With the coast guard has cleared the channel, cargo ships entered Apia harbor on Friday.",
        "With the coast guard has cleared",
    ),
    (
        "With the county has reopened the bridge, school buses returned to their usual routes.",
        "With the county has reopened",
    ),
    (
        "With the district has hired six new teachers, class sizes fell below 25 this fall.",
        "With the district has hired",
    ),
    ("With the factory lay idle, hundreds of workers looked for jobs in the city.", "With the factory lay"),
    ("With the fog has lifted, flights resumed at Heathrow shortly after noon.", "With the fog has lifted"),
    (
        "With the governor has signed the bill, state agencies must publish their budgets online.",
        "With the governor has signed",
    ),
    (
        "With the harbor master has lifted the storm warning, ferries left the port before dawn.",
        "With the harbor master has lifted",
    ),
    ("With the last train has left, night buses carry passengers to the suburbs.", "With the last train has left"),
    (
        "With the league has approved the sale, club officials began talks with the stadium owners.",
        "With the league has approved",
    ),
    ("With the old mill stood empty for decades, the town bought it for a dollar.", "With the old mill stood"),
    (
        "With the port authority has lifted the small-craft warning, fishing boats left Suva before dawn.",
        "With the port authority has lifted",
    ),
    (
        "With the river has crested overnight, emergency crews began pumping water from basements.",
        "With the river has crested",
    ),
    (
        "With the utility has restored power, repair trucks left the valley by Sunday evening.",
        "With the utility has restored",
    ),
    (
        "With the weather service has cancelled the flood watch, road crews reopened Route 9.",
        "With the weather service has cancelled",
    ),
]
GOOD_OPENING_PHRASES = [
    "With each election comes a flood of data.",
    "Along with the fire chief came two deputies and a chaplain.",
    "With the rain came floods that cut the town off for a week.",
    "Amid the rubble lay the remains of the old chapel.",
    "With the new rules went the last of the old perks.",
    "With the storm warning lifted, ferries left the port before dawn.",
    "With the bridge reopened, school buses returned to their usual routes.",
    "Despite the union's objections, most drivers reported for work on Monday.",
    "Due to the closure, thousands of travellers spent the night in hotels.",
    "With the bill signed, state agencies must publish their budgets online.",
    "Following the verdict, the judge thanked the jurors.",
    "With the river having crested overnight, emergency crews began pumping water from basements.",
    "With each new season comes a fresh set of rules, coaches say.",
    "Along with the mayor were two aides, a driver and a photographer.",
    "With him were his wife, his lawyer and two police officers.",
    "In 2020, sales fell by a third, and the company cut 400 jobs.",
    "Despite fears that the bridge would close, traffic kept moving.",
    "After the governor signed the bill, state agencies began publishing budgets online.",
    "With prices rising, many families have cut back on meat.",
]


# A gerund right after a preposition is its object, never the subject still waiting for its verb: the clause before
# the phrase is complete ("dropped below freezing overnight, with snow fell").
BAD_AFTER_A_PREPOSITION_AND_GERUND = [
    ("Temperatures dropped below freezing overnight, with snow fell as low as 600 meters.", "with snow fell"),
]
GOOD_GERUND_SUBJECTS = [
    "Making time for exercise on a regular basis helps, doctors say.",
    "So making a plan with the whole family helps.",
    "Temperatures dropped below freezing overnight, with snow falling as low as 600 meters.",
    "The firm was fined for dumping waste, with oil found in the creek.",
]


# A verb of saying in the subject's participle or relative clause owns the clause after it only while its object
# slot is open (or it takes both, like "tell"): "the members representing the wards, A and B, said ...".
BAD_FILLED_CLAUSE_TAKERS = [
    (
        "The council approved the budget 7-2, with the two members representing the southern wards, Ana Ruiz and Tom Hale, said the plan shortchanges their districts.",
        "with the two members representing the southern wards, Ana Ruiz and Tom Hale, said",
    ),
    (
        "The plant reopened, with workers supporting the strike, about 40 of them, said the deal was unfair.",
        "with workers supporting the strike, about 40 of them, said",
    ),
    (
        "The vote passed, with the senators representing farm states, Joan Kerr and Bill Osei, argued it would hurt growers.",
        "with the senators representing farm states, Joan Kerr and Bill Osei, argued",
    ),
    (
        "Prices rose again, with economists tracking the data, including two at the central bank, warned inflation would persist.",
        "with economists tracking the data, including two at the central bank, warned",
    ),
    (
        "The trial resumed, with lawyers representing the families, led by Nora Blake, said they would appeal.",
        "with lawyers representing the families, led by Nora Blake, said",
    ),
]
GOOD_OPEN_CLAUSE_TAKERS = [
    "The trial resumed, with lawyers representing the families saying they would appeal.",
    "Prices rose again, with economists tracking the data warning that inflation would persist.",
    "The plant reopened, with workers who said the deal was unfair staying home.",
    "The vote passed, with the senators who argued it would hurt growers voting no.",
    "Talks resumed with miners who told reporters the shafts were unsafe.",
    "The bill passed, with lawmakers betting voters would not notice.",
    "The council sided with residents and conservation groups who argued the new estate would destroy koala habitat.",
]


# A phrase inside a clause that is the verb's subject ("Which route ...", "Whether ..."), or after a noun the tagger
# took for a verb ("the measles outbreak in ..."): the tense is the subject's own.
GOOD_CLAUSES_AS_SUBJECTS = [
    "Whether the ferry runs during the storm will depend on the wind.",
    "Which route the new tram line will take through the old town has been argued over for years.",
    "What the council decided about the depot will shape the budget.",
    "Which players the coach picks for the final against Spain remains a secret.",
    "Some virologists had warned for months that the measles outbreak in the county’s northern villages would reach "
    "nearby school districts.",
    "Some nurses had warned for months that the measles outbreak in the city’s eastern wards would reach nearby schools.",
]


# A verb whose main sense takes no object and that rarely takes one, none a person, moved to any point on a scale or a
# place after a thing: its past tense ("slipped below forecasts"), no passive participle.
BAD_SELF_MOVING_VERBS = [
    ("Oil prices steadied, with Brent slipped below $80 a barrel on Friday.", "with Brent slipped"),
    ("Home sales cooled, with the median price slid toward last year's level.", "with the median price slid"),
    ("The outbreak slowed, with new cases edged below 100 a day for the first time.", "with new cases edged"),
    ("The lake froze early, with the ice drifted toward the southern shore.", "with the ice drifted"),
    ("Bond yields eased, with the 10-year yield slipped under 4 percent.", "with the 10-year yield slipped"),
    ("The flood receded, with the river peaked below the top of the levee.", "with the river peaked"),
    ("Copper exports fell, with output at the largest mine slipped below forecasts.",
     "with output at the largest mine slipped"),
    ("The river crested overnight, with water levels peaked just below the levee.", "with water levels peaked"),
]

# The same shape with a verb that may move a person or give a thing back, or a verb that mostly takes an object: a
# passive participle ("with the bill returned to committee").
GOOD_MOVED_THINGS = [
    "The museum reopened, with the stolen paintings returned to their frames.",
    "The ferry resumed service, with the damaged hull returned to the yard for repairs.",
    "The vote was delayed, with the bill returned to committee.",
    "The deal closed, with the shares slipped into a trust for the heirs.",
    "The pier was rebuilt, with the old pilings sunk below the new deck.",
    "The parade went ahead, with the floats moved to a side street.",
    "With the river peaked below the levee, crews went home.",
    "The ship set sail, with its anchor raised from the harbor floor.",
    "The crops were saved, with the water diverted to the eastern fields.",
    "The rates were fixed, with the cap set below 5 percent.",
    "The park reopened, with the fallen trees dragged to the parking lot.",
    "The plant restarted, with production shifted to the night shift.",
    "The team played well, with its defense ranked among the best in the league.",
]


# Verbs of subject control ("promise", "threaten") with their infinitive: the infinitive's subject is the verb's own, so
# no passive keeps it, whatever WordNet's frames and the tagger say.
BAD_SUBJECT_CONTROL = [
    ("The club sold its star striker, with fans threatened to boycott the final match.", "with fans threatened"),
    ("Tenants filed suit, despite the landlord repeatedly promised to fix the elevators.",
     "despite the landlord repeatedly promised"),
    ("The council approved the tower, with developers promised to build a park nearby.", "with developers promised"),
    ("The senator backed the bill, with her staff threatened to quit over it.", "with her staff threatened"),
    ("The plan stalled, amid neighbors threatened to sue the county.", "amid neighbors threatened"),
    ("The government raised fuel prices on Tuesday, despite truckers threatened to block the highways.",
     "despite truckers threatened"),
    ("The factory closed, despite the owner had promised to keep it open.", "despite the owner had promised"),
]

# Their passives with no infinitive, and verbs of object control whose passive keeps one ("asked to return").
GOOD_CONTROL_NEAR_MISSES = [
    "The council approved the plan, with more layoffs threatened if the budget fails.",
    "The road was closed, with the species threatened by the new highway.",
    "The nurses went back to work, with the raise promised to them last year still unpaid.",
    "Despite the raise promised to nurses last year, the hospital cut wages.",
    "The strike ended, with workers promised a raise in January.",
    "Amid the threatened walkout by pilots, the airline cut routes.",
    "The mayor spoke at the rally, with protesters threatening to march on city hall.",
    "The plant closed, with workers asked to return their badges.",
    "The hospital stayed open, with nurses ordered to work double shifts.",
    "The roads were closed, with drivers urged to stay home.",
    "The mine flooded, with the crew expected to be rescued by night.",
    "The bill passed, with lawmakers required to disclose their votes.",
    "The suspect fled, with officers instructed to watch the border.",
]

# A long subject the parser split in two, the first part ending in a conjunction or a preposition that lacks its
# object: one subject, read again as a sentence of its own.
BAD_SPLIT_SUBJECTS = [
    ("The trial resumed, with jurors who had sat through the opening statements and the first witness were dismissed.",
     "with jurors who had sat through the opening statements and the first witness were dismissed"),
    ("The rally was smaller than planned, with students who had traveled overnight from Tula and Oryol were turned back.",
     "with students who had traveled overnight from Tula and Oryol were turned"),
    ("The storm eased, with crews who had worked on the power lines and the water mains have gone home.",
     "with crews who had worked on the power lines and the water mains have gone"),
    ("The race was rerun, with runners who had missed the turn at the bridge and the park gate were given a second chance.",
     "with runners who had missed the turn at the bridge and the park gate were given"),
]

# The same subjects with a participle, or a relative clause whose own subject is coordinated.
GOOD_SPLIT_SUBJECTS = [
    "The trial resumed, with jurors who had sat through the opening statements and the first witness dismissed.",
    "The rally was smaller than planned, with students who had traveled overnight from Tula and Oryol held at the border.",
    "The storm eased, with crews who had worked on the power lines and the water mains gone home.",
    "The deal came with conditions that the lenders and the state have set.",
    "The mayor met with residents whom the flood and the fire had left homeless.",
    "The town struggled with the debts that the old council and the mayor had run up.",
    "He worked with teachers who had taught in Lagos and Abuja for years.",
]

# A verb of motion, or one that rarely takes an object, moved to a point on a scale (a number, an adjective made a
# noun, a noun of attribute, quantity or relation in WordNet) after a thing: a past tense; "by" and a time is a
# deadline, no agent.
BAD_SCALE_POINTS = [
    ("Ridership recovered, with weekday trips returned to pre-pandemic levels by March.",
     "with weekday trips returned"),
    ("The storm weakened overnight, with wind speeds dropped below hurricane strength by dawn.",
     "with wind speeds dropped"),
    ("The outbreak faded, with hospital admissions returned to normal after six weeks.",
     "with hospital admissions returned"),
    ("Mortgage demand cooled, with applications slipped to their lowest level since 1996.",
     "with applications slipped"),
    ("The heat wave eased, with temperatures fell back to normal on Sunday.",
     "with temperatures fell"),
    ("The harvest was poor, with yields sank below half their usual volume.",
     "with yields sank"),
    ("The reservoir refilled, with water levels climbed to full capacity by April.",
     "with water levels climbed"),
    ("The currency steadied, with the rand crept back above its 2019 high.",
     "with the rand crept"),
    ("Tourism picked up, with hotel bookings returned to their usual strength by June.",
     "with hotel bookings returned"),
    ("The tremors subsided, with seismic activity dropped to background levels overnight.",
     "with seismic activity dropped"),
    ("Inflation cooled, with core prices slipped to a pace the bank considers healthy.",
     "with core prices slipped"),
]

# The same verbs moving a thing to a place or a group, a fronted absolute, a verb that mostly takes an object.
GOOD_SCALE_POINTS = [
    "The bill stalled, with the measure returned to committee by May.",
    "The order was filled, with the parts moved to the loading dock by noon.",
    "The ship was repaired, with the hull returned to the yard by March.",
    "The mayor acted, with the budget returned to the council for a second vote.",
    "The parade went ahead, with the floats moved to a side street by dawn.",
    "The show was rescheduled, with the band moved to the main stage.",
    "The thermostat was reset, with the heat turned down to 65 degrees.",
    "The loan was restructured, with the rate lowered to its 2019 level.",
    "The team was rebuilt, with its payroll cut below the league average.",
    "The plan was revised, with spending held below last year's level.",
    "The patient was stable, with her fever brought down to normal by morning.",
    "The engine was tuned, with its output raised to full strength.",
    "The ferry was refloated, with its cargo shifted to the stern.",
    "The suspects were extradited, with their files returned to the prosecutors.",
    "With the rate dropped to its lowest level, borrowers rushed to refinance.",
    "With the river returned to normal, the ferries sailed again.",
    "The stocks were sold, with the proceeds moved to a trust for the children.",
    "The exhibit closed, with the paintings returned to the museum by June.",
    "The car was towed, with its owner notified by phone.",
    "The contract was signed, with the deal approved by Friday.",
    "The case was dropped, with the evidence returned to the owner by the police.",
    "The bridge reopened, with traffic diverted to the north lane by noon.",
]

# A finite verb after a noun phrase that holds an infinitive and its object: still a dangling clause.
BAD_NOUN_AFTER_INFINITIVE = [
    ("The council met late, with the plan to widen Main Street faces a final vote next week.",
     "with the plan to widen Main Street faces"),
    ("Shares fell, with the bid to buy the grocery chain needs approval from regulators.",
     "with the bid to buy the grocery chain needs"),
    ("The project stalled, with efforts to raise money from donors have fallen short.",
     "with efforts to raise money from donors have fallen"),
    ("The town is divided, with the push to build homes near the station draws opposition.",
     "with the push to build homes near the station draws"),
    ("Jobs are at risk, with the decision to close the plant hurts the whole county.",
     "with the decision to close the plant hurts"),
    ("The club is worried, with the attempt to sign the striker has collapsed.",
     "with the attempt to sign the striker has collapsed"),
    ("The vote is close, with the proposal to merge the two districts divides the board.",
     "with the proposal to merge the two districts divides"),
    ("The airline is struggling, with its bid to add routes to Asia was rejected.",
     "with its bid to add routes to Asia was rejected"),
    ("The school is crowded, with the plan to add classrooms will not be ready until 2027.",
     "with the plan to add classrooms will not be"),
    ("Tenants are worried, with the landlord's move to raise rents takes effect in June.",
     "with the landlord's move to raise rents takes"),
    ("The race is tight, with the effort to register young voters appears to be working.",
     "with the effort to register young voters appears"),
    ("The park is busy, with the program to plant trees along the river draws volunteers.",
     "with the program to plant trees along the river draws"),
    ("The deal is in doubt, with the offer to buy the team has expired.",
     "with the offer to buy the team has expired"),
]

# The word right after an infinitive with no object is its object, whatever the tagger says ("able to string passes").
GOOD_OBJECTS_OF_INFINITIVES = [
    "The final was scrappy throughout, with neither side able to string passes together in a swirling wind.",
    "The second half was scrappy for long spells, with neither side able to link passes together in a swirling wind.",
    "The first half was scrappy for long spells, with neither team able to string passes together in a gusting wind.",
    "The opening period was ragged for long stretches, with neither side able to string passes together on the heavy pitch.",
    "The second half was messy for long spells, with neither club able to string moves together in the rain.",
    "The game was untidy for long periods, with neither side able to string passes together in the heat.",
    "The second half was scrappy, with neither side able to string passes together in the wind.",
    "The market was quiet, with few traders willing to take positions before the holiday.",
    "The talks dragged on, with neither union ready to make concessions on pay.",
    "The hospital was full, with doctors forced to turn patients away at the door.",
    "Rain fell all day, with the groundskeepers unable to cut grass on the lower pitch.",
    "The race stayed close, with neither candidate able to raise funds as fast as in the spring.",
    "The trade fair opened, with exhibitors eager to sign deals before the end of the week.",
    "The shop stayed open late, with the owner keen to clear stocks before the move.",
    "The game went to extra time, with both keepers forced to make saves in the last minute.",
    "The town held its breath, with engineers trying to patch leaks in the old dam.",
    "The council was split, with most members reluctant to approve cuts to the library.",
    "Sales slowed, with buyers unwilling to pay prices set during the boom.",
]

# A preposition after a verb of saying in a main clause, its noun the subject of the tense after it.
BAD_AFTER_VERBS_OF_SAYING = [
    ("Officials said despite the storm had passed, roads stayed closed.",
     "despite the storm had passed"),
    ("Experts said due to the drought had worsened, crops failed.",
     "due to the drought had worsened"),
    ("The dam held, with officials said on Monday it was safe.",
     "with officials said"),
    ("Police said amid the crowd had surged, two people were hurt.",
     "amid the crowd had surged"),
    ("The firm, which analysts said was overvalued, fell, with its shares have lost half their value.",
     "with its shares have lost"),
    ("The suspect fled, with police said on Tuesday he had crossed the border.",
     "with police said"),
    ("The mayor said following the council had voted, the plan would go ahead.",
     "following the council had voted"),
    ("Researchers found that despite the drug was cheap, few doctors used it.",
     "despite the drug was"),
    ("The report said because of the river had flooded, the road was shut.",
     "because of the river had flooded"),
    ("The ministry said in light of the prices had risen, the tax would be cut.",
     "in light of the prices had risen"),
    ("The bridge closed, which engineers said was overdue, with inspectors have found cracks.",
     "with inspectors have found"),
    ("Witnesses said amid the smoke had filled the hall, people ran for the doors.",
     "amid the smoke had filled"),
    ("The storm, which forecasters said would weaken, grew, with winds have reached 100 mph.",
     "with winds have reached"),
    ("The club said ahead of the season will start, it would sign two players.",
     "ahead of the season will start"),
]

# A verb of saying or thinking in a relative clause, a phrase after it, and the clause whose subject is the relative
# pronoun ("which experts said in 2024 had shrunk").
GOOD_RELATIVE_GAPS = [
    "The glacier, which experts said in 2024 had shrunk too much to count, is gone.",
    "The suspect, who police said on Tuesday had fled the state, was arrested in Reno.",
    "The bridge, which engineers warned in a report was unsafe, will close next month.",
    "It is the same vaccine that doctors believe in most cases will prevent severe illness.",
    "The firm, which analysts said at the time was overvalued, has since lost half its value.",
    "The mayor named a deputy whom aides said in private had been the favorite.",
    "The drug, which researchers think in the long run could cut deaths, is still in trials.",
    "The dam, which officials said on Monday was holding, burst overnight.",
    "The man, who witnesses said at the scene was armed, was taken into custody.",
    "The plan, which the ministry claimed in its report would save money, was dropped.",
    "The fire, which crews said by midday was contained, flared up again at dusk.",
    "The ship, which the navy said in a statement had run aground, was refloated.",
    "The tax, which economists argued in letters to the paper would hurt farmers, passed.",
    "The rival, who fans feared after the draw would win the title, finished third.",
    "The road, which residents said for years had been neglected, was repaved.",
    "The storm, which forecasters predicted on Sunday would weaken, grew stronger.",
    "The record, which coaches thought in 1990 would never fall, was broken.",
    "She thanked the nurse who she said during the trial had saved her life.",
    "The bank, which regulators said in March had too little capital, was sold.",
    "They found the letter that historians believed for decades had been lost.",
]

# An amount after an active past form: its object (a verb that mostly takes one, people who change a thing, a count
# of things, an amount "of" something).
BAD_AMOUNTS_AS_OBJECTS = [
    ("The plant closed, with the company cut 30 percent of its staff.",
     "with the company cut"),
    ("The union struck, with the airline reduced 400 jobs last year.",
     "with the airline reduced"),
    ("The bank acted, with the central bank raised rates half a point.",
     "with the central bank raised"),
    ("Sales rose, with revenue topped $2 billion in the quarter.",
     "with revenue topped"),
    ("The drive ended, with donations exceeded $1 million.",
     "with donations exceeded"),
    ("The fund grew, with assets reached $5 billion.",
     "with assets reached"),
    ("The storm hit, with rainfall totaled 9 inches in two days.",
     "with rainfall totaled"),
    ("The firm struggled, with its managers cut 12 percent of the budget.",
     "with its managers cut"),
    ("The state acted, with lawmakers raised the tax 2 percent.",
     "with lawmakers raised"),
    ("Costs soared, with the project cost $40 million more than planned.",
     "with the project cost"),
    ("The deal was close, with the buyer lowered its offer 10 percent.",
     "with the buyer lowered"),
    ("The show was a hit, with the first week grossed $20 million.",
     "with the first week grossed"),
    ("The market rallied, with the index gained 300 points.",
     "with the index gained"),
    ("The mine reopened, with output rose 8 percent in May.",
     "with output rose"),
    ("The festival had its best year, with attendance exceeded 40,000 for the first time.",
     "with attendance exceeded"),
    ("The drive ended early, with donations surpassed $2 million by Thursday.",
     "with donations surpassed"),
    ("The fund grew quickly, with assets reached $1 billion within a year.",
     "with assets reached"),
    ("The rally continued, with the index hit 5,000 for the first time.",
     "with the index hit"),
    ("The deficit widened, with borrowing totaled $120 billion in the first half.",
     "with borrowing totaled"),
    ("Ticket sales were strong, with the first two nights grossed $3 million.",
     "with the first two nights grossed"),
    ("The recall was costly, with repairs cost the company $40 million.",
     "with repairs cost"),
    ("The harvest was large, with the wheat crop yielded 60 bushels an acre.",
     "with the wheat crop yielded"),
    ("The game was a rout, with the home side outscored its rivals 40 to 10 in the second half.",
     "with the home side outscored"),
    ("The campaign was expensive, with the two candidates spent $30 million combined.",
     "with the two candidates spent"),
    ("Travel rebounded, with airports screened 2.9 million people on Sunday.",
     "with airports screened"),
]

# A passive of a verb of change (WordNet's class, in its first two senses) keeps a bare measure after a thing:
# "with prices cut 30 percent".
GOOD_MEASURES_OF_CHANGE = [
    "Shoppers flocked to the store, with prices cut 30 percent for the weekend.",
    "The tax bill passed, with the top rate raised two points.",
    "The loan was refinanced, with the rate lowered half a point.",
    "The plan was approved, with the budget reduced 12 percent from last year.",
    "The season was extended, with the schedule lengthened two weeks.",
    "The fees were revised, with the charge for students lowered 40 percent.",
    "The pension plan was changed, with benefits reduced 5 percent for new hires.",
    "The bond was repriced, with the coupon raised 25 basis points.",
    "The bridge was repaired, with the weight limit lowered five tons.",
    "The speed limit was changed, with the limit near schools reduced 10 mph.",
    "The tariff was adjusted, with the duty on steel doubled overnight.",
    "The county approved the levy, with turnout in the rural precincts topping 60 percent.",
    "The budget passed, with spending capped at 3 percent growth.",
    "The tax passed, with the rate raised two points.",
    "The loan was approved, with the interest fixed 2 percent above the base rate.",
    "The deal closed, with the price lowered 10 percent from the first offer.",
    "The fee was cut, with the charge reduced 40 percent for students.",
    "The dam held, with the water level kept 3 feet below the top.",
    "With prices cut 30 percent, the shop sold out.",
    "The stock split, with each share divided two for one.",
]

# A subject with names joined by "and" or "or" set off by commas (an appositive), then a tense.
BAD_LISTS_OF_NAMES_APPOSED = [
    ("The bill cleared the Senate, with two Republicans, Susan Collins and Lisa Murkowski, joined the Democrats.",
     "with two Republicans, Susan Collins and Lisa Murkowski, joined"),
    ("The company hired new leaders, with its founders, Priya Nair and Sam Ortiz, stepped down from the board.",
     "with its founders, Priya Nair and Sam Ortiz, stepped"),
    ("The film won three awards, with its stars, Emma Stone and Ryan Gosling, accepted them in person.",
     "with its stars, Emma Stone and Ryan Gosling, accepted"),
    ("The court ruled 5-4, with two justices, Sonia Sotomayor and Elena Kagan, wrote separate dissents.",
     "with two justices, Sonia Sotomayor and Elena Kagan, wrote"),
    ("The band reunited, with its singers, Lena Ruiz and Paul Gray, have recorded a new album.",
     "with its singers, Lena Ruiz and Paul Gray, have recorded"),
    ("The show returned, with its hosts, Ana Silva or her deputy, will read the news each night.",
     "with its hosts, Ana Silva or her deputy, will read"),
    ("The vote was delayed, with two senators, Ron Wyden and Mike Lee, objected to the rule.",
     "with two senators, Ron Wyden and Mike Lee, objected"),
    ("The firm grew, with its partners, Ortiz and Chen, opened an office in Denver.",
     "with its partners, Ortiz and Chen, opened"),
    ("The case was settled, with the plaintiffs, John Doe and Jane Roe, accepted $2 million.",
     "with the plaintiffs, John Doe and Jane Roe, accepted"),
]

# The same appositives before a participle or an adjective, or in a phrase of their own, and lists that are no appositive.
GOOD_LISTS_OF_NAMES_APPOSED = [
    "The bill cleared the Senate, with two Republicans, Susan Collins and Lisa Murkowski, joining the Democrats.",
    "The board split, with two members, Ann Lee and Tom Hale, voting against the plan.",
    "The company hired new leaders after its founders, Priya Nair and Sam Ortiz, stepped down from the board.",
    "The film's stars, Emma Stone and Ryan Gosling, accepted the awards in person.",
    "The court ruled 5-4, with two justices, Sonia Sotomayor and Elena Kagan, in dissent.",
    "The band toured Spain, France and Italy, and the tickets sold out.",
    "The race was close between the leaders, Kenya and Ethiopia, who finished within a second.",
    "The summit ended with two leaders, Macron and Scholz, absent from the final session.",
    "The tour visits Lyon, Paris and Nice, organizers said.",
    "She met with two senators, Ron Wyden and Mike Lee, who objected to the rule.",
    "The firm, founded by Ortiz and Chen, opened an office in Denver.",
    "The case was settled with the plaintiffs, John Doe and Jane Roe, on Friday.",
    "Talks with Brazil, Chile and Peru, the ministry said, will resume in May.",
    "With its partners, Ortiz and Chen, away, the firm closed for a week.",
]

# A verb that takes an object only with its preposition (WordNet's pair; the verb alone rarely takes one), the object
# after it: a past tense.
BAD_PREPOSITIONAL_VERBS = [
    ("Tourism boomed, with visitors from Germany accounted for a fifth of all arrivals.",
     "with visitors from Germany accounted"),
    ("Jobless claims rose, with filings in Ohio accounted for most of the increase.",
     "with filings in Ohio accounted"),
    ("Sales grew, with online orders accounted for 40 percent of revenue.",
     "with online orders accounted"),
    ("Costs rose, with fuel alone accounted for half the increase.",
     "with fuel alone accounted"),
    ("Crime fell, with burglaries accounted for most of the drop.",
     "with burglaries accounted"),
    ("The budget grew, with salaries accounted for two-thirds of spending.",
     "with salaries accounted"),
    ("Exports slowed, with shipments to China accounted for the bulk of the decline.",
     "with shipments to China accounted"),
    ("The market slipped, with tech stocks accounted for most of the losses.",
     "with tech stocks accounted"),
    ("Turnout rose, with young voters accounted for a third of the ballots.",
     "with young voters accounted"),
    ("Imports surged, with cars and parts made up half the total.",
     "with cars and parts made"),
    ("The hospital was busy, with nurses cared for more than 300 patients overnight.",
     "with nurses cared"),
    ("The probe widened, with auditors looked into the city's contracts.",
     "with auditors looked"),
    ("The team struggled, with its offense depended on a single player.",
     "with its offense depended"),
    ("The town coped, with residents relied on bottled water for a week.",
     "with residents relied"),
    ("The talks resumed, with negotiators conferred with the mediator on Monday.",
     "with negotiators conferred"),
    ("The storm was costly, with flooding accounted for most of the damage.",
     "with flooding accounted"),
    ("The vote was close, with the outcome hinged on a handful of ballots.",
     "with the outcome hinged"),
    ("The firm recovered, with its shares rebounded after a profit warning.",
     "with its shares rebounded"),
    ("The debate was lively, with the candidates talked about taxes for an hour.",
     "with the candidates talked"),
]

# A passive strands the preposition; a time after it is no object; a participle.
GOOD_STRANDED_PREPOSITIONS = [
    "The search ended, with all passengers accounted for.",
    "The audit closed, with every dollar accounted for by the treasurer.",
    "Tourism boomed, with visitors from Germany accounting for a fifth of all arrivals.",
    "The ship docked, with the crew accounted for and the cargo secured.",
    "The repairs were done, with the costs paid for by the insurer.",
    "The drill ended, with all staff accounted for within ten minutes.",
    "The raid ended, with the weapons accounted for in the inventory.",
    "The loan was repaid, with the house paid for in full.",
    "The tickets were sold, with the seats paid for in advance.",
    "The loss was large, accounting for a fifth of the year's revenue.",
    "The new plant, paid for by a state grant, opened on Monday.",
    "The results were accounted for in the second quarter.",
    "The drill ended, with every worker accounted for by noon.",
    "The flood passed, with the elderly cared for at the school.",
    "The complaint was closed, with the case looked into by two inspectors.",
    "The gala was canceled, with the rumor talked about in every newsroom.",
    "The case closed, with the missing funds accounted for in the audit.",
    "The camp stayed open, with the children looked after by volunteers.",
    "The deal went through, with the price agreed on in advance.",
    "The hearing ended, with the evidence gone over twice by the judge.",
    "The plan stalled, with the proposal frowned upon by regulators.",
    "The rules changed, with the new fees phased in January.",
    "The shop closed, with the old stock parted with at cost.",
    "The program ended, with every family accounted for on the list.",
    "The rescue ended, with the last climbers accounted for at dawn.",
    "The audit found nothing, with all the cash accounted for.",
    "The patients were moved, with the sickest cared for in the new wing.",
    "The case stalled, with the leads looked at only briefly.",
    "The reform passed, with the changes phased in over two years.",
    "The festival was a hit, with the headliners talked about for weeks.",
    "With every ballot accounted for, the count was certified.",
    "The losses, accounting for a fifth of revenue, worried investors.",
]

# A phrasal verb with its object after the particle: a past tense (no passive keeps an object after its particle).
BAD_PHRASAL_VERBS_WITH_OBJECTS = [
    ("The union recovered, with its members paid off the strike fund's debts.",
     "with its members paid"),
    ("The storm passed, with crews cleaned up the debris overnight.",
     "with crews cleaned"),
    ("The wind rose, with gusts knocked down power lines across the county.",
     "with gusts knocked"),
    ("The game ended, with the visitors used up their timeouts early.",
     "with the visitors used"),
    ("The market fell, with traders sold off bank shares all week.",
     "with traders sold"),
    ("The plant closed, with the owners shut down both furnaces.",
     "with the owners shut"),
    ("The talks failed, with the union called off the vote.",
     "with the union called"),
    ("The shop reopened, with the owner set up a new counter.",
     "with the owner set"),
]

# A time after the particle is no object ("with tickets sold out weeks in advance"); absolutes of published copy.
GOOD_TIMES_AFTER_PARTICLES = [
    "The festival drew 40,000 people, with tickets sold out weeks in advance.",
    "The town was quiet, with hotels booked up months ahead of the race.",
    "The coast was empty, with the beaches shut down hours before the storm.",
    "The street was dark, with the shops closed down years ago.",
    "The concert went ahead, with seats sold out days before the show.",
    "The island was deserted, with the ferries called off hours before landfall.",
    "The market was calm, with the deal wrapped up weeks earlier.",
    "The stadium was full, with the last tickets snapped up minutes after release.",
    "The road was open, with the debris cleaned up hours after the crash.",
    "The hall was ready, with the chairs set out hours before the vote.",
    "The case was closed, with the files locked away decades ago.",
    "The ship sailed at dawn, with its hold filled with grain bound for Egypt.",
    "The match resumed after an hour, with the roof closed over the centre court.",
    "The plan was approved 7-2, with two members opposed to the tax increase.",
    "Police reopened the road at noon, with the wreckage cleared from both lanes.",
    "The museum reopened in May, with its collection rehung in chronological order.",
    "The bill passed on a voice vote, with most Republicans absent from the chamber.",
    "The storm moved offshore, with power restored to most homes by evening.",
    "The company reported a loss, with sales hurt by the strong dollar.",
    "The festival drew 40,000 people, with tickets sold out weeks in advance.",
    "Stocks ended higher, with gains led by energy and bank shares.",
    "The trial was postponed, with the defense given more time to review evidence.",
    "The school reopened, with classes held in trailers behind the gym.",
]

# Premodifiers the tags alone do not read as one noun phrase, which the parser hangs on the noun: joined by "and",
# or a participle after a hyphenated compound (in mid-clause, where no second reading runs).
BAD_PARSED_PREMODIFIERS = [
    ("The strike entered its third day with the state's bus and rail workers have refused to return.",
     "with the state's bus and rail workers have refused"),
    ("The county lifted the warning with the health and safety inspectors have found no further leaks.",
     "with the health and safety inspectors have found"),
    ("Retail sales slowed in March with the clothing and electronics chains have reported weaker demand.",
     "with the clothing and electronics chains have reported"),
    ("The hospital expanded its clinic with the state and federal grants will cover most of the cost.",
     "with the state and federal grants will cover"),
    ("Fares will rise in June with the monthly and annual passes will cost 10 percent more.",
     "with the monthly and annual passes will cost"),
    ("Mortgage rates fell again this week with the 15-year fixed rate averaged 5.1 percent, the lender said.",
     "with the 15-year fixed rate averaged"),
]

# Not a compound preposition in "with" after a determiner or "to" ("for the recess with", "to work with"), so "with"
# opens an absolute phrase; no phrase over a question word; an adjective the tagger took for a verb ("absent").
GOOD_PARSED_PREMODIFIERS = [
    "The assembly adjourned for the recess with the mining and forestry bill still stuck in committee.",
    "Lawmakers returned to work with the Democratic and Republican leaders divided over the budget.",
    "The vote was held on Friday with the Labor and Green members absent.",
    "Her talk was about how important early and frequent testing was for the team.",
    "The mayor said she would side with whichever bridge and tunnel plan can be built fastest.",
]

# A unit counted by "a" is a measure ("a mile", "half a meter", "a third"), also of a phrase or adjective after the
# verb ("nearly a meter high", "a mile down the road").
BAD_UNITS = [
    ("The glacier kept shrinking, with its edge retreated nearly a kilometer since 2010.", "with its edge retreated"),
    ("Demand weakened, with sales slipped a third from a year earlier.", "with sales slipped"),
    ("The lake kept shrinking, with the shoreline receded half a mile since 1990.", "with the shoreline receded"),
    ("Snow kept falling, with drifts piled nearly a meter high against the doors.", "with drifts piled"),
]

# ... which the passive of a verb that mostly takes an object keeps; and a plural noun WordNet knows no verb for is
# no -s form, whatever its tag ("delinquencies").
GOOD_UNITS_AND_PLURALS = [
    "With the budget cut a third, the agency laid off staff.",
    "With prices cut a third, the stores were packed.",
    "The boat sailed a mile offshore with its nets lowered a meter below the surface.",
    "The fence was moved a yard closer to the road, with the posts reset a foot deeper.",
    "Lenders grew cautious, with credit card delinquencies rising and savings rates falling.",
    "Banks tightened lending, with mortgage delinquencies up for a third month.",
]


# Absolute phrases whose past form a passive fits: an adverb of place is no object ("moved indoors"), people a verb of
# motion may move ("returned home"), a name a thing is given ("renamed Harbor House"), a phrasal verb that takes an object
# in some sense after a thing ("rolled over") or in every sense ("pushed back"), a verb that always takes an object
# before its particle ("hauled up"), a past form joined to a second absolute phrase ("and the gates replaced").
GOOD_ABSOLUTE_STATES = [
    "The book fair went ahead, with the tables moved indoors because of the rain.",
    "The mill restarted, with most of its staff returned home from the coast.",
    "The sale was completed, with the hotel renamed Harbor House.",
    "The county kept its rating, with its notes rolled over at a lower cost.",
    "The cave rescue ended, with the boys hauled up one at a time.",
    "Bond yields eased, with the benchmark pushed back below 5 percent.",
    "The terminal reopened, with the floors resurfaced and the gates replaced.",
]

# Their near misses: a verb of motion with a goal that is no adverb of place, or that moves no person; a phrasal verb
# after a thing that reaches an amount; a phrasal verb with its object.
BAD_ABSOLUTE_STATE_NEAR_MISSES = [
    ("The strike ended, with most drivers returned to work on Monday.", "with most drivers returned"),
    ("The ship docked, with passengers streamed ashore.", "with passengers streamed"),
    ("The storm weakened, with winds topped out at 60 mph overnight.", "with winds topped"),
    ("Sales jumped, with the company rolled out three new models in May.", "with the company rolled"),
    ("The session ended, with the senators walked out in protest.", "with the senators walked"),
]


# A tense that cannot agree with the phrase's noun ("drivers ... was") is another subject's; a noun after "which" or
# "what" opens that clause's subject, whatever its tag ("which works on the old bridge will start").
GOOD_OTHER_SUBJECTS = [
    "The coach said the data showing that shorter practices cut injuries among young players was \"pretty convincing,\" "
    "although he wanted more.",
    "A doctor who was not part of the study said the evidence that later start times improve sleep and reduce crashes "
    "among teen drivers was \"fairly strong,\" although she urged caution.",
    "The report sets out which works on the old bridge will start first.",
]

# Their near misses: the tense agrees with the phrase's noun, which opens no clause of its own.
BAD_AGREEING_SUBJECTS = [
    ("The market reopened, with the stalls in the square were busy by noon.", "with the stalls in the square were"),
    ("Turnout was low, with the polling station in the village was shut by noon.",
     "with the polling station in the village was shut"),
    ("Officials did not say which roads had closed, with crews in the north have worked overnight.",
     "with crews in the north have worked"),
]


# "be" after a fronted phrase of members has its subject after it ("Among those honored ... was a teacher"); a verb
# whose frames no tagged use ranks ("tally") is no verb that never takes an object.
GOOD_INVERSIONS_AND_UNRANKED_FRAMES = [
    "Among those honored at the ceremony was a retired teacher from the valley, who had taught for 40 years.",
    "Here is how the vote stood with 90 percent of precincts tallied: the mayor led in six of ten wards.",
    "The results came late, with the last few boxes tallied after midnight.",
]

# Their near misses: "be" with a predicate after a phrase of members set off; the same verb with its object.
BAD_INVERSION_AND_UNRANKED_NEAR_MISSES = [
    ("Shares fell, among investors were nervous about the outlook.", "among investors were"),
    ("The count dragged on, with officials tallied the ballots by hand.", "with officials tallied"),
]


# A relative clause whose verb's main sense takes a "that" clause, with no preposition in that clause's place, owns
# the tense after it; a present tense after a singular noun it cannot agree with is a compound's noun ("the storm
# signal over ... was lifted").
GOOD_CLAUSES_OF_RELATIVES_AND_COMPOUNDS = [
    "The board froze the sale of the old theater, siding with neighbors who argued the city skipped a review.",
    "Port officials said ferries would resume once the storm signal over eastern Samar was lifted, likely by Sunday.",
]

# Their near misses: the relative verb's clause slot holds a preposition; the noun before the tense agrees with it.
BAD_RELATIVES_AND_COMPOUNDS_NEAR_MISSES = [
    ("The court blocked the merger, with unions who argued against it have welcomed the ruling.",
     "with unions who argued against it have welcomed"),
    ("Schools stayed shut, with the flood alert along the lower river was still in force.",
     "with the flood alert along the lower river was"),
]


@pytest.mark.parametrize(
    "text, span",
    BAD + BAD_LONG_SUBJECTS + BAD_PAST_TENSES + BAD_ANY_PREPOSITION + BAD_TRANSITIVITY + BAD_TAGGER_SLIPS
    + BAD_NO_PASSIVE_READING + BAD_GENERAL_PROPERTIES + BAD_SECOND_READING + BAD_NOT_REDUCED_RELATIVES
    + BAD_COMPOUND_SUBJECTS + BAD_MERGED_CLAUSES + BAD_CLAUSE_BEFORE_AND_SUBJECT + BAD_FRESH_PROBES
    + BAD_CIRCUMSTANCE_AND_AUXILIARIES + BAD_SUBJECT_MODIFIER_NEAR_MISSES + BAD_OPENING_PHRASES
    + BAD_AFTER_A_PREPOSITION_AND_GERUND + BAD_FILLED_CLAUSE_TAKERS + BAD_SELF_MOVING_VERBS
    + BAD_SUBJECT_CONTROL + BAD_SPLIT_SUBJECTS + BAD_SCALE_POINTS + BAD_NOUN_AFTER_INFINITIVE + BAD_AFTER_VERBS_OF_SAYING + BAD_AMOUNTS_AS_OBJECTS + BAD_LISTS_OF_NAMES_APPOSED + BAD_PREPOSITIONAL_VERBS + BAD_PHRASAL_VERBS_WITH_OBJECTS
    + BAD_PARSED_PREMODIFIERS + BAD_UNITS + BAD_ABSOLUTE_STATE_NEAR_MISSES + BAD_AGREEING_SUBJECTS
    + BAD_INVERSION_AND_UNRANKED_NEAR_MISSES
    + BAD_RELATIVES_AND_COMPOUNDS_NEAR_MISSES,
)
def test_finite_clause_after_preposition(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    GOOD + GOOD_ANY_PREPOSITION + GOOD_PASSIVE_READINGS + GOOD_GENERAL_PROPERTIES + GOOD_SECOND_READING
    + GOOD_REDUCED_RELATIVES + GOOD_RELATIVES_WITHOUT_THAT + GOOD_MERGED_CLAUSES + GOOD_CLAUSE_BEFORE_AND_SUBJECT
    + GOOD_FRESH_PROBES + GOOD_PLACE_PREPOSITIONS + GOOD_SUBJECT_MODIFIERS + GOOD_OPENING_PHRASES
    + GOOD_GERUND_SUBJECTS + GOOD_OPEN_CLAUSE_TAKERS + GOOD_CLAUSES_AS_SUBJECTS + GOOD_MOVED_THINGS
    + GOOD_CONTROL_NEAR_MISSES + GOOD_SPLIT_SUBJECTS + GOOD_SCALE_POINTS + GOOD_OBJECTS_OF_INFINITIVES + GOOD_RELATIVE_GAPS + GOOD_MEASURES_OF_CHANGE + GOOD_LISTS_OF_NAMES_APPOSED + GOOD_STRANDED_PREPOSITIONS + GOOD_TIMES_AFTER_PARTICLES
    + GOOD_PARSED_PREMODIFIERS + GOOD_UNITS_AND_PLURALS + GOOD_ABSOLUTE_STATES + GOOD_OTHER_SUBJECTS
    + GOOD_INVERSIONS_AND_UNRANKED_FRAMES
    + GOOD_CLAUSES_OF_RELATIVES_AND_COMPOUNDS,
)
def test_participles_noun_phrases_and_conjunctions_pass(text):
    assert_findings(text, RULE, [])


def test_plain_text_article_positions():
    text = (
        "Rutte Warns of Threat\n"
        "NATO chief Mark Rutte warned of the threat on Monday.\n"
        "Allies met in Brussels, Reuters reports, with President Biden has recognized the danger.\n"
    )
    assert_findings(text, RULE, [(3, 42, 77)], path="story.txt")


def test_message_suggests_participle_and_conjunction():
    (diagnostic,) = lint_text(BAD[0][0], config={"select": [RULE]})
    assert diagnostic.message == (
        'Dangling clause after "with": use "with most members having voted" or "and most members have voted"'
    )
    (fix,) = diagnostic.fixes
    assert fix.applicability == "unsafe"
    assert [(e.start, e.end, e.replacement) for e in fix.edits] == [(33, 37, "and")]


def test_message_of_a_progressive_passive_has_one_being():
    (diagnostic,) = lint_text("The festival sold out in a day, with two more shows are being added in June.",
                              config={"select": [RULE]})
    assert diagnostic.message.startswith('Dangling clause after "with": use "with two more shows being added"')


def test_quoted_speech_and_headings_are_skipped():
    text = '# Talks stall, with both sides have walked out\n\n"We left, with nothing was agreed," she said.\n'
    assert findings(text, RULE) == []


def test_clause_prepositions_option():
    text = "The plant closed last year, for the orders had dried up."
    assert_findings(text, RULE, [])
    config = {"rules": {RULE: {"clause-prepositions": ["after", "before", "since", "until", "because"]}}}
    column = text.index("for") + 1
    assert_findings(text, RULE, [(1, column, column + len("for the orders had dried"))], config=config)


@pytest.mark.parametrize(
    "text",
    [
        # the phrase modifies the noun that opens its clause, and the tense is that clause's own
        "Stocks slid after an analyst at a large bank cut her rating on the shares.",
        "Roads flooded as complaints by residents of low-lying streets have grown louder.",
        "Doctors said infection rates among patients over 70 in two of the wards had fallen below 5 percent.",
        "Teachers said attendance among pupils in the upper grades at three schools had improved since spring.",
        # the block's parse reads a participle on the noun: a passive fits the verb
        "Under a city ordinance passed in 2021, food trucks in the county are banned from parking downtown.",
        # a comma and "and" after a set-off phrase join a second clause, not a second noun
        "Exports fell for a third month, according to the customs office, and fears of a slowdown grew among traders in the port.",
        # "about" before a number says how many
        "The ministry said about a quarter of teachers were still unpaid.",
        # relative clauses with no "that": a sum of money and the people who forecast it; a subject moved out
        "Profit rose to $1.4 billion, ahead of the $1.2 billion analysts had expected.",
        "Sales reached £310 million, compared with the £290 million analysts had pencilled in.",
        "Reservoirs held 40 percent of capacity, below the 60 percent mark engineers say is required for summer.",
    ],
)
def test_a_phrase_in_its_clause_subject_or_an_amount_is_no_dangling_clause(text):
    assert findings(text, RULE) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised the crews after a long night despite the pumps have failed twice.",
        "The union said the strike would end in light of the company has raised its offer.",
        "Shares fell on Monday with analysts at two banks have cut their targets.",
        "The team reported record sales with its new stadium has drawn crowds every week.",
        "The bill passed, with its sponsor, Sen. Ann Lee, and her staff have celebrated.",
    ],
)
def test_near_misses_of_a_phrase_in_the_subject_are_still_flagged(text):
    assert len(findings(text, RULE)) == 1


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("The shelter stayed open through the night, with residents warned that the roof could leak.", False),
        ("The vote went ahead, with members reminded that abstentions would count as no.", False),
        ("The plant reopened on Monday, with workers assured that the leak had been sealed.", False),
        ("Flights resumed at noon, with passengers notified that delays could last into the evening.", False),
        ("Shares fell on Tuesday, amid investors warned that profits would shrink.", True),
        ("The index slid, with economists at three banks, including two in London, warned that growth would stall.", True),
        ("Despite officials assured voters that the count was fair, protests continued.", True),
    ],
)
def test_after_with_people_told_a_clause_may_be_a_passive(text, flagged):
    assert bool(findings(text, RULE)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "With the sides level for the fifth time, Hanley collected a short puck-out on the right wing.",
        "With the two teams level on points, the title will be decided on goal difference.",
        "The match went to extra time, with the teams level after 90 minutes.",
    ],
)
def test_an_adjective_spelled_like_a_verb_seldom_used_without_an_object_is_no_tense(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "The match went to extra time, with the teams level the score twice in the last ten minutes.",
            "with the teams level",
        ),
        ("The title race is open, with the two clubs share the lead on 61 points.", "with the two clubs share"),
    ],
)
def test_the_same_verbs_with_their_object_are_a_tense(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text, span",
    [
        ("The town repaved Main Street this spring, alongside the state funds a new bus shelter.",
         "alongside the state funds"),
        ("The hospice hired two nurses, alongside the foundation funds a night service for patients at home.",
         "alongside the foundation funds"),
        ("The roof will stay shut, despite the trust funds a full survey of the damage.", "despite the trust funds"),
    ],
)
def test_a_present_tense_tagged_as_a_plural_before_a_noun_phrase_is_a_tense(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The school paid for the repairs, despite state funds the legislature had cut.",
        "Rents climbed, amid housing costs a fifth higher than a year earlier.",
        "The clinic opened in March, with county funds a large part of its budget.",
        "Spending rose again, despite city grants a year earlier.",
    ],
)
def test_a_plural_before_a_relative_clause_a_measure_a_time_or_after_with_is_a_noun(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("The quake cut the coastal road, with the navy sent supply ships to the stranded towns.",
         "with the navy sent"),
        ("The board approved the merger, with the chairman handed the final report to regulators.",
         "with the chairman handed"),
    ],
)
def test_a_verb_of_giving_with_to_after_its_object_is_active(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The season ended early, with the players handed bonuses to share with the staff.",
        "The ferry was cancelled, with passengers sent to a hotel for the night.",
        "The firm was sold, with its workers paid bonuses up to $5,000.",
        "The strike ended, with the nurses offered a raise.",
    ],
)
def test_a_verb_of_giving_keeps_its_object_in_the_passive_with_no_one_it_goes_to(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("The lockout entered its second month, with the league remains the only side willing to talk.",
         "with the league remains"),
        ("Shares of the bank slid again, with its former chairman remains the biggest single holder.",
         "with its former chairman remains"),
    ],
)
def test_a_phrase_set_off_after_a_main_clause_opens_no_inversion(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The lockout ended, and with it came the first games of the season.",
        "When the levee broke, with the water came tons of mud and debris.",
        "The lockout entered its second month, with the league still the only side willing to talk.",
    ],
)
def test_a_phrase_after_a_conjunction_or_a_subordinate_clause_may_open_an_inversion(text):
    assert_findings(text, RULE, [])


def test_an_auxiliary_the_parser_hangs_on_an_adjective_is_a_noun():
    text = ("Downstream towns were flooded by releases from the Seven Forks dams upstream, which have been opened as "
            "the lakes filled.")
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("Heavy rain fell on the hills, with orchards uphill were spared the worst of it.",
         "with orchards uphill were spared"),
        ("The embankment gave way, with villages downstream were cut off by the water.",
         "with villages downstream were cut"),
    ],
)
def test_an_adverb_of_place_after_its_noun_belongs_to_the_phrase(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The sluice gates were opened at dawn, with hamlets downstream warned by loudspeaker.",
        "The refinery flared for hours, with families nearby asking for air tests.",
        "With the fleet offshore, the harbor fell silent.",
    ],
)
def test_an_adverb_of_place_after_its_noun_keeps_the_absolute_phrase(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers threatened to strike, amid the schedule changes the transit agency ordered.",
        "Nurses rallied outside, despite the pay offers the hospital made last month.",
    ],
)
def test_an_s_form_after_a_singular_noun_before_a_relative_clause_with_no_that_is_a_plural(text):
    assert_findings(text, RULE, [])


def test_an_s_form_whose_object_carries_a_passive_with_its_agent_is_a_tense():
    text = "The board met again, amid the company raises the fees approved by its members."
    assert_flags_span(text, RULE, "amid the company raises")


@pytest.mark.parametrize(
    "text",
    [
        "A political scientist said by-elections in the region were often shaped by local loyalties.",
        "Her in-laws have farmed the valley since the 1950s.",
        "The head teacher said after-school clubs would close at the end of term.",
    ],
)
def test_a_preposition_joined_by_a_hyphen_is_part_of_a_compound(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The goalkeeper trained alongside the younger keepers were practicing penalties.",
            "alongside the younger keepers were practicing",
        ),
        (
            "The chef cooked alongside the students were preparing the banquet.",
            "alongside the students were preparing",
        ),
    ],
)
def test_a_tense_the_parser_read_as_a_participle_on_a_subject_that_cannot_agree_with_the_verb_after(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Players coached by Smith were selected for the squad.",
        "The report prepared with the consultants was released on Monday.",
        "Residents evacuated with their pets were housed at the school.",
    ],
)
def test_a_participle_on_a_subject_that_agrees_with_the_verb_after_stays_one(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Unemployment fell to its lowest level since 2001 with employers added 250,000 jobs last month.",
            "with employers added",
        ),
        (
            "The river stayed above flood stage until Tuesday with crews have pumped water around the clock.",
            "with crews have pumped",
        ),
    ],
)
def test_a_preposition_of_time_with_a_year_or_a_date_opens_no_clause_before_the_phrase(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose after a year with few storms ended the drought.",
        "The rule has applied since 2019 with the exception of small firms.",
        "Wages have grown since 2020 with the labor market tight.",
    ],
)
def test_a_subordinating_word_before_a_noun_the_phrase_modifies_opens_its_clause(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Rail traffic stalled, with the line of freight cars extended half a mile past the depot.",
            "with the line of freight cars extended",
        ),
        (
            "The storm hit the port, with the fleet of fishing boats dropped to half its usual size.",
            "with the fleet of fishing boats dropped",
        ),
    ],
)
def test_a_group_of_things_moves_itself_by_a_measure(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The firm shrank, with its staff of engineers cut 10 percent.",
        "The ward reopened, with the team of nurses cut by a third.",
        "The drought lingered, with the chain of lakes reduced to mud.",
    ],
)
def test_a_group_of_people_or_a_passive_with_its_measure_stays_an_absolute_phrase(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The town is rezoning Main Street, with shop owners on the block worry about rents.",
            "with shop owners on the block worry",
        ),
        (
            "The city is repaving the avenue, with merchants on the strip worry about lost sales.",
            "with merchants on the strip worry",
        ),
    ],
)
def test_a_base_form_both_readings_tag_as_a_noun_after_a_plural_subject_is_its_present_tense(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The strike ended, with nurses at the hospital back at work on Monday.",
        "The league is changing its schedule, with clubs in the south preferring evening games.",
    ],
)
def test_a_plural_subject_with_a_phrase_of_place_and_a_predicate_stays_an_absolute_phrase(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Officials closed parks and beaches ahead of the heat wave is forecast to peak.",
            "ahead of the heat wave is forecast",
        ),
        (
            "Tourists left the islands and beaches ahead of the cyclone was due to hit.",
            "ahead of the cyclone was",
        ),
    ],
)
def test_a_conjunct_object_before_the_phrase_is_no_subject_of_the_verb_after_it(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers and parents with children at the school will meet on Monday.",
        "Homes and shops along the river with no flood barriers were evacuated.",
        "The club sold tickets and fans despite the rain filled the stadium.",
        "Valid reports go to the agency and the team in charge of the site will fix them.",
    ],
)
def test_a_phrase_on_a_conjunct_subject_belongs_to_it(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Analysts called the quarter a turning point with sales have risen in every region.",
            "with sales have risen",
        ),
        (
            "Residents called the new park a gift with families have flocked there every weekend.",
            "with families have flocked",
        ),
    ],
)
def test_a_noun_phrase_after_a_verbs_object_is_its_second_object_not_a_subject(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Officials told reporters the plan with the most support had failed.",
        "The mayor assured residents the bridge with the new supports would hold.",
        "The teacher helped students the storm had displaced find new schools.",
    ],
)
def test_a_clause_after_the_object_of_a_verb_of_telling_keeps_its_subject(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The plant is cutting shifts, with many worry their jobs are next.", "with many worry"),
        ("Shop owners met the mayor, with several want the street reopened.", "with several want"),
        ("Renters are struggling, with two in three say they spend half their income on rent.", "with two in three say"),
    ],
)
def test_a_verb_after_a_quantifier_or_number_that_counts_only_plurals_is_a_tense(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The club met with several fan groups on Monday.",
        "The team finished with five straight wins.",
        "Lawmakers debated the bill for hours, with few expecting it to pass.",
    ],
)
def test_a_noun_after_a_quantifier_or_number_stays_in_the_phrase(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # a group noun with a verb only a plural takes is that verb's subject, whatever opens the phrase
        "The data compiled with help from the county were released on Monday.",
        "The staff recruited alongside the volunteers were thanked by the mayor.",
        # a thing and a verb that seldom goes without its object: a participle, even before a phrase of time or cause
        "Motions filed ahead of the hearing would delay the trial.",
        "Tickets canceled due to the storm will be honored next month.",
        # a phrase of nearness with a degree adverb modifies the noun before it
        "He said snow so close to the race could force a delay.",
        # a word after the verb that makes no phrasal verb with it is a preposition of place, and its noun no object
        "The bridge closed, with a line of trucks rerouted down Harbor Road.",
    ],
)
def test_reduced_relatives_and_places_after_a_participle_are_no_clause(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The chef cooked alongside the students were preparing the banquet.", "alongside the students were preparing"),
        ("Investors cheered amid the stock price climbed to a record.", "amid the stock price climbed"),
        ("The hall filled, with a row of stalls set up outside were busy.", "with a row of stalls set up outside were"),
        ("Crews worked through the night, close to the river has flooded.", "close to the river has flooded"),
        ("The crowd left, with workers voted down the offer.", "with workers voted"),
    ],
)
def test_their_near_misses_still_dangle(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        # a plural noun the tagger read as a tense, after "that"
        "The chief said that calls for help in the northern suburbs had fallen since the ban.",
        # a participle on the subject's noun, after an adverb or an article
        "Residents currently registered at the old clinic must sign up again by June.",
        "He argued that the limits agreed in the accord had hurt small ports.",
    ],
)
def test_a_phrase_in_a_subject_the_tagger_read_as_a_clause_is_the_subjects(text):
    assert_findings(text, RULE, [])


def test_people_with_a_verb_mostly_used_with_no_object_still_act():
    assert_flags_span("The band travelled to the city will play two shows.", RULE, "to the city will play")


@pytest.mark.parametrize(
    "text",
    [
        # the relative word's phrase is the subject of the clause after the verb of saying
        "The cover was printed with a drawing of a horse whose rider the author insists was her grandfather.",
        "The book begins with a letter from a sailor whose ship the navy reported was lost at sea.",
    ],
)
def test_a_tense_after_a_relative_verb_of_saying_is_its_clauses(text):
    assert_findings(text, RULE, [])


def test_a_tense_after_a_relative_clause_of_another_verb_still_dangles():
    text = "The street flooded, with houses whose owners had left were damaged."
    assert_flags_span(text, RULE, "with houses whose owners had left were damaged")


@pytest.mark.parametrize(
    "text",
    [
        # a question word after the comma that closes the phrase opens the verb's clause
        "The board asked the firm to set out, during the review, how many branches would close.",
        "Unions want the company to explain, during the talks, how many posts could be moved.",
    ],
)
def test_a_question_after_a_phrase_set_off_by_commas_opens_a_clause(text):
    assert_findings(text, RULE, [])


def test_a_subject_split_by_a_phrase_set_off_by_commas_still_dangles():
    text = "The talks collapsed, with the company, during the final session, has refused to share its plans."
    assert_flags_span(text, RULE, "with the company, during the final session, has refused")


def test_a_block_whose_first_sentence_walks_back_to_its_start_is_checked():
    # the walk back from the phrase reaches the block's first word, which no word before it opens
    assert_findings("Passengers booked to travel on holiday weekends were advised to arrive early.", RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # an infinitive after the participle on the subject's noun
        "The club apologized. Travellers booked to fly on strike days were told to check the website.",
        # "that" opens the noun's clause; the parser made the adjective after it a relative clause's verb
        "Stocks rose, amid expectations that lower interest rates in the United States could ease borrowing costs.",
    ],
)
def test_an_infinitive_in_the_subject_and_a_that_clause_read_as_relative_are_no_clause(text):
    assert_findings(text, RULE, [])


def test_a_that_clause_with_a_tense_after_it_still_dangles():
    assert_flags_span(
        "Shares climbed, amid investors that bought heavily in Europe have taken profits.",
        RULE,
        "amid investors that bought heavily in Europe have taken",
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a verb that takes an object and no "that" clause has its object before the phrase, whatever the parser says
        ("Critics raised doubts concerning the company booked revenue before it shipped products.",
         "concerning the company booked"),
        ("The regulator cited breaches regarding the airline sold seats on cancelled flights.",
         "regarding the airline sold"),
        ("The ombudsman discussed cases regarding the ministry denied benefits to veterans.",
         "regarding the ministry denied"),
    ],
)
def test_the_object_of_a_verb_with_no_clause_is_no_subject_after_the_phrase(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        # a verb of saying takes the clause: the noun and its phrase are the clause's subject
        "Officials confirmed talks regarding the merger had stalled.",
        "She argued claims regarding the bridge were exaggerated.",
        # "insist" seldom takes an object, so its noun may open its clause
        "The mayor insisted plans concerning the park were final.",
        "The board approved two contracts without the changes demanded by rivals.",
        # "mean" takes a clause that WordNet's frames miss, and "without" may modify the noun
        "The cut means residents without cars will lose their only bus.",
    ],
)
def test_the_subject_of_a_clause_after_a_verb_of_saying_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a preposition after the relative clause's verb of saying takes its clause's place: the tense is the subject's
        ("The trial resumed, with jurors who had asked about the evidence and the timeline returned to the box.",
         "with jurors who had asked about the evidence and the timeline returned"),
        ("Turnout rose, with voters who had complained about the lines and the machines cast ballots early.",
         "with voters who had complained about the lines and the machines cast"),
        ("The museum changed its policy, with artists who had protested against the sponsor and its oil deals ended "
         "their boycott.", "with artists who had protested against the sponsor and its oil deals ended"),
    ],
)
def test_a_preposition_in_the_clause_place_of_a_relative_verb_leaves_the_tense_to_the_subject(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The stadium reopened, with fans who had complained the seats were too small now praising the changes.",
        "The airline restored the route, with travelers who complained to the company the fees were unfair given "
        "refunds.",
        "The team fired its coach, with fans who chanted against him celebrating outside.",
    ],
)
def test_a_relative_verb_of_saying_with_its_clause_or_the_person_told_keeps_the_tense(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a quantifier floated after a list that the second reading parses as the subject stands before its verb
        ("The tribunal sat for a month, with a senior engineer, a former regulator and the son of Ada Moss all "
         "testified.", "with a senior engineer, a former regulator and the son of Ada Moss all testified"),
        ("The panel met in public, with a retired judge, a former mayor and the daughter of Rosa Lind all took "
         "questions.", "with a retired judge, a former mayor and the daughter of Rosa Lind all took"),
    ],
)
def test_a_floated_quantifier_between_a_listed_subject_and_its_tense_still_dangles(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The panel met in public, with a retired judge, a former mayor and the daughter of Rosa Lind all present.",
        "The inquest lasted two days, with a former coroner, a junior doctor and the father of Sam Ortiz each giving "
        "evidence.",
    ],
)
def test_a_floated_quantifier_before_a_participle_or_a_predicate_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an adverb of a participle before the noun, after an article or a number, is inside the noun phrase
        ("The league grew with three newly promoted clubs have joined this season.",
         "with three newly promoted clubs have joined"),
        ("The factory reopened with 200 newly hired workers have started shifts.",
         "with 200 newly hired workers have started"),
        ("The museum drew crowds with the recently discovered fossils are on display.",
         "with the recently discovered fossils are"),
    ],
)
def test_an_adverb_of_a_premodifier_stays_in_the_noun_phrase(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The club finished fourth with two newly signed strikers scoring in the final game.",
        "The museum drew crowds with the recently discovered fossils on display.",
        "The council met with the newly hired staff waiting outside.",
        "The village recovered with the bridge newly rebuilt.",
    ],
)
def test_an_adverb_of_a_premodifier_before_a_participle_or_a_phrase_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # after a preposition with no absolute phrase, a past form after people is no participle when no sense of its
        # verb takes a person, even with an adjective spelled like it
        ("The peso slid to a new low amid traders scrambled for dollars.", "amid traders scrambled"),
        ("The hearing was adjourned amid spectators chanted slogans from the gallery.", "amid spectators chanted"),
        ("The plant shut its doors amid workers chanted outside the gates.", "amid workers chanted"),
        ("Trains were canceled due to commuters scrambled onto the platforms.", "due to commuters scrambled"),
    ],
)
def test_a_past_form_after_people_whom_its_verb_never_takes_is_a_tense(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The lease lapsed, with the contract expired in March.",
        "The signal was lost amid the codes scrambled by the new software.",
        "The school kept its pension plan despite teachers retired early.",
        "Police closed the bridge amid the marchers gathering outside city hall.",
        "The game resumed amid songs chanted by the home fans.",
    ],
)
def test_a_participle_or_adjective_a_passive_fits_after_a_preposition_passes(text):
    assert_findings(text, RULE, [])


def test_a_dateline_is_no_subject_of_a_noun_read_as_a_verb():
    assert_findings("LEEDS — Refuse collectors in Leeds will continue their all-out strike until March.", RULE, [])


def test_a_clause_after_a_dateline_still_dangles():
    assert_flags_span(
        "OSLO — The ferry was canceled, with crews on the route have walked out.", RULE, "with crews on the route have walked"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The valley rang with the noise of cotton looms, many of them brought from Lancashire.",
        "For decades the mill hummed with the clatter of Flemish lace looms, some of them 30 feet long, tended by "
        "hundreds of weavers.",
    ],
)
def test_an_s_form_taken_up_by_of_them_is_a_plural_noun(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the parser made the verb's object the subject of the tense after the phrase, which cannot agree with it
        ("The Greenland government approved two rare earth mining exploration licences without the impact study was "
         "published, activists said Friday.", "without the impact study was published"),
        ("The county board approved six gravel quarry expansion permits without the traffic study was completed, "
         "residents said.", "without the traffic study was completed"),
    ],
)
def test_an_object_that_cannot_agree_with_the_tense_after_the_phrase_is_no_subject(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The licenses issued to the firms without a review were revoked in March.",
        "The contracts signed by the mayor without a council vote are void, the judge said.",
        "The report with the new charts were released on Friday.",
    ],
)
def test_a_subject_before_the_phrase_keeps_its_tense(text):
    assert_findings(text, RULE, [])


def test_a_base_form_after_nouns_joined_by_and_is_their_present_tense():
    text = (
        "The Hamilton City Council will debate the bus lane budget next month, with Councillor Hemi Rua and four "
        "colleagues from the eastern ward have asked staff for a cheaper design."
    )
    assert_flags_span(text, RULE, "with Councillor Hemi Rua and four colleagues from the eastern ward have asked")


@pytest.mark.parametrize(
    "text",
    [
        "The farm thrived, with the harvest and the sales run by a cooperative.",
        "The board delayed the vote, with the doors and windows of the hall shut for the night.",
        "The talks went on, with the union and the company still far apart.",
    ],
)
def test_a_participle_after_nouns_joined_by_and_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "Emergency rooms are struggling to cope with however many patients arrive each night.",
        "The mayor promised to work with whoever wins the primary.",
    ],
)
def test_a_free_relative_clause_as_the_object_of_a_preposition_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Due to the signal was faulty, trains halted outside the station.", "Due to the signal was"),
        (
            "Due to the road was closed by snow, buses from the depot terminated early.",
            "Due to the road was closed",
        ),
        ("Due to the heating had failed, pupils studied in coats.", "Due to the heating had failed"),
    ],
)
def test_an_opening_clause_before_a_tense_the_tagger_read_as_a_participle(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Due to the flooding near the coast, buses from the depot terminated early.",
        "With the runway closed, flights diverted to Glasgow.",
        "In the towns the storm flattened, crews restored power within days.",
    ],
)
def test_an_opening_phrase_with_no_clause_before_its_clause_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The island emptied quickly, with most residents left their homes by boat.", "with most residents left"),
        ("The fire spread fast, with the tenants left the tower within minutes.", "with the tenants left"),
        ("The season ended early, with the players left the stadium in tears.", "with the players left"),
    ],
)
def test_a_thing_or_place_after_a_participle_of_a_predicate_is_an_object(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The war ended, with the children left orphans and the villages burned.",
        "The storm passed, with the town left without power for two days.",
        "The club celebrated, with the coach made an honorary citizen.",
        "The vote passed, with the area declared a disaster zone.",
    ],
)
def test_a_role_after_a_participle_of_a_predicate_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Tourism is booming, with visitors from Europe account for most hotel bookings.",
            "with visitors from Europe account",
        ),
        (
            "The clinic is stretched, with older patients account for most of its visits.",
            "with older patients account",
        ),
    ],
)
def test_a_present_tense_with_the_object_of_its_preposition_after_a_plural(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The vote was delayed, with several members absent for the session.",
        "The fund is healthy, with savings accounts for children up sharply.",
        "The case was closed, with all the missing accounted for by police.",
    ],
)
def test_an_adjective_or_a_noun_after_the_phrase_noun_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The plan became policy with the cabinet approved it on Monday.", "with the cabinet approved"),
        ("The park became a refuge with hundreds of families are camping there.", "with hundreds of families are camping"),
        ("The firm remained the market leader despite its sales have fallen.", "despite its sales have fallen"),
    ],
)
def test_a_predicate_noun_before_the_phrase_is_no_subject(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The winner was the candidate with the most votes.",
        "He was the only player with two goals scored in the final.",
        "The strike became the longest in decades with neither side willing to move.",
    ],
)
def test_a_predicate_noun_and_its_phrase_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The council is repairing roads ahead of the race is scheduled to pass.", "ahead of the race is scheduled"),
        ("Banks are raising rates ahead of inflation is expected to climb.", "ahead of inflation is expected"),
    ],
)
def test_a_clause_with_its_own_tense_is_no_subject_of_the_passive_after_the_phrase(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Boarding up windows ahead of the storm is expected to cost millions.",
        "Selling shares ahead of the results is expected to be risky.",
    ],
)
def test_a_gerund_subject_before_the_passive_passes(text):
    assert_findings(text, RULE, [])


def test_a_noun_whose_preposition_follows_it_opens_no_compound_preposition():
    # "month" is the object of the "in" after it, so "of" opens its phrase alone (the parse of a long clause once made
    # the compound's start come after "of" and the rule fail on an empty phrase)
    from spacy.tokens import Doc

    from editlint.nlp.pipeline import load_pipeline
    from editlint.rules.house.dangling_clause.prepositions import _phrase_start

    words = ["a", "month", "of", "care", "in", "May"]
    doc = Doc(
        load_pipeline().vocab, words=words, heads=[1, 4, 1, 2, 4, 4], deps=["det", "pobj", "prep", "pobj", "ROOT", "pobj"],
        tags=["DT", "NN", "IN", "NN", "IN", "NNP"], sent_starts=[True, False, False, False, False, False],
    )
    assert _phrase_start(doc[:], doc[2]) == 2


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A warning went out following the cargo ship capsized off the estuary.", "following the cargo ship capsized"),
        ("Police closed the shore following a canoe capsized off the sandbank.", "following a canoe capsized"),
    ],
)
def test_a_verb_with_no_object_before_a_word_that_makes_no_phrasal_verb_with_it(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "With the ferry capsized off the island, the port closed.",
        "The coastguard towed the trawler capsized off the headland into port.",
        "The mine closed after the tunnel caved in near the main shaft.",
    ],
)
def test_a_participle_of_a_verb_with_no_object_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "The union said workers at six plants, including those in Turin, Milan and Genoa, would strike on Friday.",
        "She noted that winter sales, including skis, jackets and boots, now account for a third of turnover.",
        "The park attracts many groups, including birdwatchers, walkers and anglers, and staff say litter is rising.",
    ],
)
def test_a_parenthesis_of_members_or_a_clause_after_a_closed_list_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Hundreds of residents fled the area, including many of them have lost their homes.",
            "including many of them have lost",
        ),
        (
            "The park attracts many groups, with birdwatchers and walkers say litter is rising.",
            "with birdwatchers and walkers say",
        ),
    ],
)
def test_a_phrase_of_members_with_its_own_tense_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The regatta moves to Cowes next summer, with the opener would be sailed in June.",
            "with the opener would be sailed",
        ),
        ("The coach overturned on the A1, with the injured were airlifted to York.", "with the injured were airlifted"),
    ],
)
def test_an_adjective_or_participle_standing_for_its_noun_as_subject_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The regatta moves to Cowes next summer, with the opener due in June.",
        "The coach overturned on the A1, with the injured airlifted to York.",
        "The injured were airlifted to York after the crash.",
    ],
)
def test_an_adjective_standing_for_its_noun_with_no_tense_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Copper ended lower with the benchmark contract lost 3 percent by the close.", "with the benchmark contract lost"),
        ("Bonds ended the month higher with yields have dropped since the vote.", "with yields have dropped"),
    ],
)
def test_a_phrase_after_a_comparative_read_as_an_adverb_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Copper ended lower with the benchmark contract down 3 percent by the close.",
        "Bonds ended the month higher with yields dropping since the vote.",
    ],
)
def test_a_phrase_after_a_comparative_with_no_tense_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The airlift began at dawn, with the first transport left Bodø before sunrise.", "with the first transport left"),
        ("Talks collapsed, with the envoys left Vienna without a deal.", "with the envoys left"),
    ],
)
def test_a_name_after_a_participle_of_leaving_or_making_is_its_object(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The academy opened, with its main hall called Ferris House.",
        "The airlift ended, with the last crews left stranded at the base.",
        "The town grew, with the district made a borough in 1902.",
    ],
)
def test_a_name_or_predicate_kept_by_a_participle_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "Three senators will testify this week, including the chair of the Senate Committee on Finance, whose questions"
        " at a hearing in Washington on Tuesday will be watched closely.",
        "The Celtics hit 40 free throws, with 15 of those makes coming in overtime.",
    ],
)
def test_a_relative_clause_of_whose_or_a_plural_after_those_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The vote was put off, with the senator, whose bill had stalled, has demanded a recount.",
            "with the senator, whose bill had stalled, has demanded",
        ),
        ("The firm grew fast, with this has been its best year.", "with this has been"),
    ],
)
def test_a_tense_after_a_whose_parenthesis_or_a_demonstrative_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen in the delta say up to a third of the catch has been lost.",
        "Officials said up to half of the flats in the block were empty.",
    ],
)
def test_up_to_before_an_amount_after_a_verb_of_saying_passes(text):
    assert_findings(text, RULE, [])


def test_up_to_after_with_keeps_the_dangling_clause():
    assert_flags_span("The river rose overnight, with up to 300 homes were flooded.", RULE, "with up to 300 homes were flooded")


def test_a_place_with_a_group_sense_after_people_and_left_is_an_object():
    text = "The convoy was ready by noon, with the last families left the village before the bridge closed."
    assert_flags_span(text, RULE, "with the last families left")


@pytest.mark.parametrize(
    "text",
    [
        "The trawler sank, with the crew left a skeleton team of three.",
        "The war ended, with the twins left orphans.",
    ],
)
def test_a_group_or_person_as_the_predicate_of_left_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Prices climbed again in March, with shoppers in the capital report the highest food bills in a decade.",
            "with shoppers in the capital report",
        ),
        (
            "The program has been popular, with students at the college praise the new schedule.",
            "with students at the college praise",
        ),
        (
            "The strike entered its third week, with nurses at the county hospital demand a 12 percent raise.",
            "with nurses at the county hospital demand",
        ),
    ],
)
def test_a_present_tense_read_as_the_noun_of_a_place_phrase_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "With teachers at the school the main supporters, the bill passed.",
        "Traders were busy, with buyers at the fish market a step ahead of sellers.",
        "The mayor met with leaders of the trade council the day before.",
        "The law passed with senators from the farm lobby the key votes.",
    ],
)
def test_a_noun_phrase_after_a_place_phrase_with_no_verb_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The rebels withdrew from the town, with most of the fighters crossed into the hills overnight.",
            "with most of the fighters crossed",
        ),
        (
            "The summit ended, with the leaders departed from the capital in separate convoys.",
            "with the leaders departed",
        ),
    ],
)
def test_a_verb_of_motion_with_its_path_is_no_adjective(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "With the border crossed, the refugees rested.",
        "The race ended, with the riders crossed off the list.",
        "The sirens sounded, with the crowd scattered into side streets.",
        "The rebels withdrew, with most of the fighters moved into the hills overnight.",
    ],
)
def test_a_participle_of_motion_that_a_passive_fits_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Villagers say the water is unsafe, with samples taken from the well nearest the tannery contain lead.",
            "with samples taken from the well nearest the tannery contain",
        ),
        (
            "The storm hit the coast, with the villages nearest the shore have lost power.",
            "with the villages nearest the shore have lost",
        ),
    ],
)
def test_the_object_of_an_adjective_like_nearest_is_in_the_phrase(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The fire spread quickly, with flats nearest the stairwell evacuated first.",
        "With the seats nearest the stage the most expensive, fans queued.",
    ],
)
def test_an_absolute_phrase_with_nearest_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The observatory will close in 2027, and with the site shall revert to the national park.",
            "with the site shall revert",
        ),
        ("The season ended, and with the club will look for a new coach.", "with the club will look"),
    ],
)
def test_a_fronted_phrase_of_one_noun_with_an_auxiliary_after_it_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "With the new rules will come new fees.",
        "With the bill has gone any hope of reform.",
        "Among the winners will be a local school.",
        "In March prices will rise again.",
    ],
)
def test_a_fronted_phrase_before_an_inverted_verb_or_a_clause_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The season ended with Rovers finished fourth in the table.", "with Rovers finished"),
        ("The tour wrapped up, with the British rider finished 11th overall.", "with the British rider finished"),
    ],
)
def test_a_past_form_before_an_ordinal_is_no_adjective(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The draw was made, with Smith seeded first.",
        "The league closed, with the champions ranked third.",
        "With the report finished first, the team moved on.",
    ],
)
def test_a_participle_that_ranks_before_an_ordinal_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The surveyors found the stadium in good condition apart from the main stand roof needs replacing.",
            "apart from the main stand roof needs",
        ),
        ("The school will open on time, despite the gym floor needs replacing.", "despite the gym floor needs"),
    ],
)
def test_an_s_form_before_its_gerund_is_a_tense(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The stadium is in good condition apart from the roof needing repairs.",
        "With the school's needs growing, the board hired staff.",
        "The plan addresses the needs facing families.",
    ],
)
def test_a_plural_noun_before_a_participle_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The school revealed the changes during teachers were on strike.", "during teachers were"),
        ("The mayor revealed the plan during councillors were out of town.", "during councillors were"),
    ],
)
def test_a_person_after_during_is_the_subject_of_the_tense(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the protests during the royal visit were peaceful.",
        "Critics said the spending during the Carter administration was wasteful.",
        "The coach said the players during the second half were tired.",
        "He said the crowds during the festival were larger than expected.",
        "During the mayor's visit, residents were kept behind barriers.",
    ],
)
def test_a_time_or_a_group_after_during_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "The study found prices during the drought were high.",
        "The review found the checks during the audit were thorough.",
    ],
)
def test_a_were_that_cannot_agree_with_the_phrase_noun_passes_in_the_second_reading(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The rollout of the vaccine stalled in March, with clinics were running short of doses.",
            "with clinics were running",
        ),
        (
            "The rollout of the booster stalled in October, with pharmacies were running out of doses.",
            "with pharmacies were running",
        ),
    ],
)
def test_a_singular_noun_with_an_of_phrase_cannot_agree_with_a_plural_verb(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "A series of concerts staged in June were cancelled after the storm.",
        "A team of engineers trained in Germany were sent to the site.",
        "A collection of letters written during the war were found in the attic.",
    ],
)
def test_a_group_or_a_part_with_an_of_phrase_agrees_with_a_plural_verb(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # a base form after the object of a verb that takes an object and an infinitive is its bare infinitive
        "The depot stayed open, with supervisors having drivers work extra shifts.",
        "The fair was busy, with organisers having volunteers direct the crowds.",
        "The heat persisted, with high humidity making conditions feel significantly hotter in coastal areas.",
    ],
)
def test_a_bare_infinitive_after_the_object_of_a_verb_in_the_phrase_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales slowed, with the heatwave has made shoppers stay at home.", "with the heatwave has made"),
        ("The stadium emptied early, with the rain let fans run for cover.", "with the rain let"),
    ],
)
def test_a_tense_before_the_object_is_still_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The two provinces pool their staff, with joint patrols and rangers posted at river crossings at Ruvu and"
        " Kilosa, where herders moving in either direction are counted.",
        "The bank added tellers, with staff moved to the branches, where queues are longest.",
    ],
)
def test_a_tense_in_a_relative_clause_of_place_in_the_phrase_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        # a base form opening a clause right before a phrase would leave the tense after it without a subject
        "The pitch is drying out, and play on the final morning should start on time.",
        "The river is rising, and work on the lower bridge will be suspended.",
    ],
)
def test_a_base_form_opening_a_clause_before_its_phrase_is_the_subject(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the object of the participle in the phrase cannot agree with the tense after it, so is no subject of it
        (
            "The clinic is overwhelmed, with the number of patients waiting more than six hours has tripled.",
            "with the number of patients waiting more than six hours has tripled",
        ),
        (
            "Rents keep climbing, with the share of tenants spending half their income on housing has grown.",
            "with the share of tenants spending half their income on housing has grown",
        ),
    ],
)
def test_a_tense_that_cannot_agree_with_the_object_of_a_participle_in_the_phrase_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The market opened higher, with investors betting the central bank will cut rates.",
        "Rescue teams kept searching, with officials fearing the death toll would rise.",
        "A family with children attending two schools has to plan its mornings carefully.",
    ],
)
def test_a_clause_after_the_object_of_a_participle_that_agrees_with_it_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an acronym's plural the tagger reads as a singular names people: a phrasal verb with no object is a tense
        ("The rally drew a thin crowd, with few of the party's MPs turned up.", "with few of the party's MPs turned"),
        ("The debate ran late, with dozens of MPs stayed on to hear the minister.", "with dozens of MPs stayed"),
    ],
)
def test_an_acronym_plural_for_people_is_people(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The debate resumed, with MPs recalled from their summer break.",
        "The clinic reopened, with two GPs recruited from Scotland.",
        "The vote was close, with several MPs absent through illness.",
    ],
)
def test_an_acronym_plural_with_a_passive_participle_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a past tense the tagger read as a compound's noun cannot agree with the tense after the phrase
        ("The blaze spread, despite crews are still fighting it on two sides.", "despite crews are still fighting"),
        ("The outbreak spread, with wards were slow to close.", "with wards were"),
    ],
)
def test_a_past_tense_read_as_a_noun_before_the_phrase_ends_its_clause(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The tax cut, along with two new levies, were approved by parliament.",
        "Arsenal, despite injuries to key players, are top of the league.",
        "The council, amid complaints from residents, have delayed the vote.",
    ],
)
def test_a_noun_or_a_name_before_the_phrase_that_may_take_the_plural_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the participle's "object" in mid-clause is the subject of the tense right after it
        ("The squad struggled following its captain was injured in training.", "following its captain was injured"),
        ("The village mourned following three climbers were lost on the ridge.", "following three climbers were lost"),
        ("Rents fell following the supply of flats came in higher than forecast.", "following the supply of flats came"),
    ],
)
def test_a_participle_preposition_in_mid_clause_before_a_clause_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Hikers kept following the trail the rangers had marked.",
        "The agency began including the figures in its monthly report.",
        "Prices in the weeks following the storm rose sharply.",
    ],
)
def test_a_participle_with_its_own_object_in_mid_clause_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a past form with an object of its own after the participle's "object": no passive keeps one
        ("Stocks jumped following the miner reported record profits.", "following the miner reported"),
        ("The deputy resigned following the paper published the leaked memo.", "following the paper published"),
        ("Crowds cheered following the court freed the activist.", "following the court freed"),
    ],
)
def test_a_past_tense_with_its_object_after_a_participle_preposition_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts following the company expected a loss.",
        "Detectives following the money traced it to a bank in Cyprus.",
        "Several teams including the champions signed new players.",
    ],
)
def test_a_participle_on_the_subject_before_its_verb_passes(text):
    assert_findings(text, RULE, [])


# Session 20, fresh written set 76: "about", "around", "nearly" before a ratio say how many; near misses: "about"
# before a noun phrase and its verb stays a dangling clause.
@pytest.mark.parametrize(
    "text",
    [
        "The study followed 400 survivors. It found that about one in five had some form of uveitis.",
        "The survey ran for a year. Researchers said around one in four households had fallen behind on rent.",
        "The ministry counted the clinics. Officials said about one in four had closed since 2015.",
        "The police reviewed the cases. They said about one in three had been closed without a suspect.",
        "The study tracked the flights. It showed about two out of five arrived more than an hour late.",
    ],
)
def test_an_approximator_before_a_ratio_says_how_many(text):
    assert_findings(text, RULE, [])


def test_about_before_a_noun_phrase_and_its_verb_is_still_a_dangling_clause():
    assert findings("The debate was heated. Members complained about the roads were still closed after the storm.", RULE)


# Session 21: a relative clause that a comma sets off after the parser's subject, and that a comma after the verb
# closes, holds the phrase and the verb, which is no verb of that subject but the phrase's noun's.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Officials said the evacuation, which began shortly after dawn with soldiers ferried elderly residents "
            "across the river in small boats, was largely complete by noon.",
            "with soldiers ferried",
        ),
    ],
)
def test_a_tense_inside_a_set_off_relative_clause_of_the_subject_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


# Clean sentences of that shape: the relative clause's phrase carries a participle, an adjective, a relative clause
# or a noun alone, and the subject's verb follows the closing comma.
@pytest.mark.parametrize(
    "text",
    [
        "The evacuation, which began at dawn with soldiers ferrying residents across the river, was complete by noon.",
        "The festival, which opened on Friday with volunteers handing out free tickets, drew record crowds.",
        "The inquiry, which ended in March with the panel's report delayed twice, cost $4 million.",
        "The match, which was played in heavy rain with both teams missing key players, finished level.",
        "The mayor, who spoke after the vote with aides standing behind her, promised a review.",
        "The bridge, which reopened in May with its deck resurfaced, carries 40,000 cars a day.",
        "The strike, which started in June with drivers demanding higher pay, ended on Tuesday.",
        "The ferry, which sailed at noon with 300 passengers on board, reached the island by dusk.",
        "The hospital, which opened in 1998 with only two wards, now treats 50,000 patients a year.",
        "The council, which met late on Monday with several members absent, approved the budget.",
        "The museum, which reopened despite the roof needing repairs, drew large crowds.",
        "The plant, which closed amid falling demand for steel, employed 900 people.",
        "The train, which left the station with most seats empty, arrived late in Leeds.",
        "The coach, who joined the club in 2019 with the team in the fourth tier, has won two promotions.",
        "The firm, which was founded in 1986 with a loan from a relative, employs 300 people.",
        "The senator, who voted with the majority on the bill, faces a primary challenge.",
        "The rescue, which lasted six hours with divers working in near darkness, saved four sailors.",
        "The project, which stalled for years amid disputes over funding, will finally begin in June.",
        "The farmer, who lives with his wife on the edge of the village, lost 40 sheep in the storm.",
        "The school, which opened with 120 pupils in 2010, now has more than 800.",
        "The trial, which resumed on Monday with the defendant present, is expected to last a month.",
        "The hearing, which was adjourned with the judge citing new evidence, will resume in April.",
        "The company, which grew quickly with the help of a state grant, went public last year.",
        "The mine, which flooded in 2011 with 12 workers trapped inside, will be turned into a museum.",
        "The road, which was built with money from the European Union, links the two towns.",
        "The concert, which ended with the crowd singing along, raised $50,000 for the shelter.",
        "The vote, which took place amid tight security, passed by a wide margin.",
        "The agency, which works with families who have lost their homes, needs more volunteers.",
        "The governor, who arrived with her husband and two children, was greeted by supporters.",
        "The storm, which struck with little warning on Sunday night, knocked out power to 20,000 homes.",
        "The talks, which broke down despite months of preparation, will resume next week.",
        "The tower, which was designed with input from local residents, will open in the autumn.",
        "The airline, which flies to 40 cities with a fleet of 60 jets, reported a record profit.",
        "The ship, which ran aground with its cargo of grain intact, was refloated on Thursday.",
        "The rally, which ended without any arrests, drew about 5,000 people.",
        "The report, which was published with little fanfare in March, has since been widely cited.",
        "The team, which finished the season with three players injured, will rebuild in the summer.",
        "The library, which closed during the pandemic with its books moved into storage, reopens on Monday.",
        "The marathon, which started in light rain with temperatures near freezing, was won by a Kenyan runner.",
        "The protest, which began peacefully with marchers carrying candles, turned violent after dark.",
        "The pilot, who landed the plane with one engine on fire, was praised by the airline.",
        "The law, which was passed with support from both parties, takes effect in January.",
    ],
)
def test_a_set_off_relative_clause_with_a_clean_phrase_passes(text):
    assert_findings(text, RULE, [])


# "be" after a fronted phrase of members, before a noun phrase that a past form the parser made its adjective opens,
# is inverted: the noun phrase is its subject.
@pytest.mark.parametrize(
    "text",
    [
        "Among those watching was retired Tasmanian fast bowler Graham Brierley, 71, who said the bowler impressed him.",
        "Among those honored was retired firefighter Dana Ortiz.",
        "Among the guests were elected members of the regional council.",
        "Among those present was retired judge Ana Ruiz.",
        "Among the speakers was celebrated novelist Tom Hale, who read from his new book.",
        "Among the winners were disabled veterans from three counties.",
        "Among the finalists was acclaimed pianist Mei Lin.",
        "Among those injured was retired teacher Ruth Cole, 68.",
        "Among the dead were armed fighters and two civilians.",
        "Among the first to arrive was decorated war veteran Sam Price.",
    ],
)
def test_be_before_a_noun_phrase_opened_by_an_adjectival_past_form_is_inverted(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The storm hit the coast, among the homes were damaged beyond repair.", "among the homes were damaged"),
        ("The market fell, amid investors were worried about rates.", "amid investors were"),
        ("Dozens were hurt, including several children were taken to hospital.", "including several children were taken"),
        ("Hundreds fled, including many of them were forced from their homes.", "including many of them were forced"),
    ],
)
def test_be_and_a_passive_after_a_phrase_of_members_set_off_is_still_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A subject of nouns joined by commas and "and", with a participle on the last, may hold a phrase of place before
# its tense ("a moment that officials, engineers and fans gathered on the bank had awaited").
@pytest.mark.parametrize(
    "text",
    [
        (
            "The first train crossed the new bridge at dawn, a moment that officials, engineers and a few dozen rail "
            "fans gathered on the riverbank had awaited for years."
        ),
        "It was the result that players, coaches and fans assembled in the hall had hoped for.",
        "It was a speech that delegates, observers and reporters crowded into the chamber had been expecting.",
        "The vote ended a dispute that farmers, traders and officials summoned to the capital had argued over.",
        "Residents, shopkeepers and commuters stranded at the station were given blankets.",
        "Nurses, porters and cleaners employed by the contractor will receive the raise.",
        "The plan that the mayor, the treasurer and two aides drafted in secret was leaked on Friday.",
        "It was a day that teachers, parents and pupils gathered in the yard will remember.",
    ],
)
def test_a_coordinated_subject_with_a_participle_before_its_tense_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Fans, players and coaches returned to the stadium will be honored on Sunday.", "to the stadium will be honored"),
        (
            "Officials said that teachers, parents and pupils walked to the town hall had been waiting since dawn.",
            "to the town hall had been waiting",
        ),
    ],
)
def test_people_with_a_verb_mostly_used_with_no_object_keep_their_tense(text, span):
    assert_flags_span(text, RULE, span)


# An attribution that commas set in mid-sentence ("the council said in its plan,") ends at its second comma, where the
# reported clause resumes: a phrase on that clause's subject, also one of time ("travel times during rush hour"), is
# the subject's, and the tense after it the clause's own.
@pytest.mark.parametrize(
    "text",
    [
        (
            "Without major investments in transit, the council said in its most recent plan, travel times on the "
            "highway during rush hour could increase by 40% or more."
        ),
        "Without new trains, the agency warned in a report, delays on the line during peak hours would double.",
        "Unless the dam is repaired, engineers said on Tuesday, homes along the river below the town could flood.",
        "If the rain continues, forecasters said, roads in the valley near the lake may close.",
        "Without more staff, the union said in a statement, waiting times at clinics across the region will grow.",
        "By 2030, the ministry said in its budget, spending on roads in rural areas will have doubled.",
        "Without a deal, the mayor told reporters, fares on buses in the city will rise in January.",
        "Rail delays during the holidays have doubled since 2019.",
        "Officials said arrests during the march were few.",
        "Traffic on the bridge during the festival will be limited to buses.",
    ],
)
def test_a_phrase_on_the_subject_after_an_attribution_or_of_time_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The bridge closed on Monday, officials said, with engineers have found cracks.", "with engineers have found"),
        (
            "Fares will rise in January, the mayor said, despite ridership has fallen for three years.",
            "despite ridership has fallen",
        ),
        ("The plant will close, the company said, due to demand has collapsed.", "due to demand has collapsed"),
        ("Two officers were injured during protesters clashed with police.", "during protesters clashed"),
        ("The school announced the changes during teachers were on strike.", "during teachers were"),
        ("Power failed across the city during the storm was at its peak.", "during the storm was"),
    ],
)
def test_a_phrase_after_an_attribution_or_a_tense_still_dangles(text, span):
    assert_flags_span(text, RULE, span)


# A past form the parser hung on the noun it made the root, with the phrase right after it as its complement, is a
# passive participle on that noun when its verb takes an object in its main sense: the tense after the phrase is the
# noun's ("spillage from the dam combined with heavy rains affected thousands").
@pytest.mark.parametrize(
    "text",
    [
        (
            "In 2023, according to agency figures, spillage from the dam combined with heavy local rains affected "
            "tens of thousands of people and destroyed crops."
        ),
        "Rising fuel costs coupled with a weak currency pushed inflation to 9 percent.",
        "High rents combined with low wages have driven young families out of the city.",
        "A shortage of nurses combined with a surge in flu cases has stretched the hospital.",
        "Heavy snow combined with strong winds closed the mountain pass on Tuesday.",
        "The cold snap combined with high gas prices sent heating bills soaring.",
    ],
)
def test_a_participle_on_the_root_noun_with_its_phrase_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The plan to close two fire stations stalled on Tuesday, with unions have vowed to fight it.",
            "with unions have vowed",
        ),
        ("The ceremony closed with the choir sang the national anthem.", "with the choir sang"),
        ("The motion was carried with the chairman cast the deciding vote.", "with the chairman cast"),
    ],
)
def test_a_past_form_before_a_phrase_set_off_or_a_main_verb_keeps_the_dangling_clause(text, span):
    assert_flags_span(text, RULE, span)


# A whole absolute phrase (a noun and its participle) followed by a word that may open a finite clause ("as",
# "while", "after", "until") and a noun phrase that agrees with the tense after it: the tense is that clause's.
@pytest.mark.parametrize(
    "text",
    [
        (
            "Dengue cases have risen steeply over the past three weeks, with government hospitals reporting a surge "
            "in admissions as persistent monsoon rains leave stagnant water across low-lying neighbourhoods."
        ),
        "Sales fell in March, with retailers reporting weak demand as household budgets remain tight.",
        "The river kept rising, with crews stacking sandbags while heavy rain continues to fall upstream.",
        "Fares went up again, with commuters facing longer waits after the new timetable takes effect.",
        "Prices climbed, with analysts expecting more increases until the central bank acts.",
        "The airport stayed open, with staff clearing the runways as the snow keeps falling.",
    ],
)
def test_a_clause_opened_after_a_whole_absolute_phrase_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Police sealed the road, with the mayor, who spoke after the vote, has urged calm.",
            "with the mayor, who spoke after the vote, has urged",
        ),
        (
            "The council approved the budget, with most members have voted in favor as expected.",
            "with most members have voted",
        ),
        (
            "The plant closed, with workers hired at the site after the fire have lost their jobs.",
            "with workers hired at the site after the fire have lost",
        ),
        (
            "The festival ended early, with fans camped near the stage while the band played were sent home.",
            "with fans camped",
        ),
        (
            "The region approved the repairs, with builders hired after the spring floods are owed about 2 million.",
            "with builders hired after the spring floods are owed",
        ),
    ],
)
def test_a_clause_word_with_a_comma_or_a_noun_that_cannot_agree_keeps_the_dangling_clause(text, span):
    assert_flags_span(text, RULE, span)


# A noun most of whose tagged uses in WordNet are people, though its first sense is a thing ("fans", "founders",
# "pickets"), is people before a phrasal verb that rarely takes an object: the verb is a tense.
PEOPLE_IN_MOST_USES_BAD = [
    ("The derby was a flop, with fewer than 3,000 fans turned up.", "with fewer than 3,000 fans turned"),
    ("The club was fined, with its fans turned out in large numbers despite the ban.", "with its fans turned"),
    ("The protest was peaceful, with about 200 fans sat down outside the ground.", "with about 200 fans sat"),
    (
        "The friendly was a disappointment, with barely 900 fans turned up on a wet night.",
        "with barely 900 fans turned",
    ),
    ("The anthem was booed, with the home fans stood up and turned around.", "with the home fans stood"),
    ("The team rallied late, with its fans fought back tears at the whistle.", "with its fans fought"),
    (
        "The mood soured, with the visiting fans calmed down only after the second goal.",
        "with the visiting fans calmed",
    ),
    ("The evening was long, with the fans wound up singing in the car park.", "with the fans wound"),
    ("The stand was half empty, with the fans turned up late after a train delay.", "with the fans turned"),
    ("The heat was brutal, with two fans passed out in the queue.", "with two fans passed"),
    ("The match was tense, with the fans looked on in silence.", "with the fans looked"),
    ("The singing never stopped, with the away fans kept up their chants all game.", "with the away fans kept"),
    ("The noise grew, with the fans cracked up at the mascot's antics.", "with the fans cracked"),
    ("The rain never let up, with the fans huddled together under plastic sheets.", "with the fans huddled"),
    ("The club struggled, with its founders stepped in to run the shop.", "with its founders stepped"),
    ("The band reunited, with its founders turned up unannounced at the show.", "with its founders turned"),
    ("The blockade ended, with the pickets stood down at dawn.", "with the pickets stood"),
    ("The dispute eased, with the pickets turned out in smaller numbers each day.", "with the pickets turned"),
    (
        "The anniversary was marked, with the surviving founders turned out for a photo.",
        "with the surviving founders turned",
    ),
    ("The crowd was small, with only 40 fans turned out for the women's final.", "with only 40 fans turned"),
    ("The gates were opened, with the fans sat down in the aisles to wait.", "with the fans sat"),
    ("The game restarted, with the fans turned up the noise for the last ten minutes.", "with the fans turned"),
]


@pytest.mark.parametrize(("text", "span"), PEOPLE_IN_MOST_USES_BAD)
def test_a_noun_for_people_in_most_uses_before_a_phrasal_verb_with_no_object_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


# The same nouns with a passive participle, its agent, a particle with an object sense of things (the machines:
# "with the fans turned off"), or a verb that keeps an object or a predicate in the passive.
PEOPLE_IN_MOST_USES_GOOD = [
    "The derby went ahead, with fans kept behind barriers all afternoon.",
    "The match resumed, with the away fans locked out of the stadium.",
    "The final started late, with fans searched at every gate.",
    "The game was played in silence, with fans barred by the league.",
    "The concert began, with fans packed into the front rows.",
    "The stadium reopened, with fans seated in the upper tier only.",
    "The derby was tense, with the visiting fans held back by stewards.",
    "The trophy parade was moved, with fans told to stay at home.",
    "The match was halted, with fans ordered off the pitch by police.",
    "The friendly went ahead, with fans admitted free of charge.",
    "The final was replayed, with fans refunded the cost of their tickets.",
    "The gates opened early, with fans let in an hour before kickoff.",
    "The game was delayed, with the fans kept waiting outside in the rain.",
    "The club made changes, with fans moved to the east stand.",
    "The match went ahead, with fans asked to arrive early.",
    "The gym stayed cool, with the fans turned off at night.",
    "The workshop was noisy, with the fans switched on all day.",
    "The greenhouse was humid, with the fans set to their lowest speed.",
    "The server room was quiet, with the fans replaced last month.",
    "The tunnel was smoky, with the ventilation fans shut down for repairs.",
    "The game ended in chaos, with fans thrown out by security.",
    "The protest was contained, with fans escorted to the station by police.",
    "The club was punished, with its fans banned from the next two away games.",
    "The event was a success, with fans given free scarves at the gate.",
    "The final was a sellout, with fans bused in from across the region.",
    "The stadium was evacuated, with fans guided out through the north exits.",
    "The match was replayed, with the fans offered free entry.",
    "The hall was crowded, with fans squeezed into every corner.",
    "The concert was cut short, with fans sent home before the encore.",
    "The club moved grounds, with fans consulted on the new site.",
    "The kit launch flopped, with fans invited to vote online instead.",
    "The parade went ahead, with fans lined along the route by stewards.",
    "The derby kicked off late, with fans delayed by a rail strike.",
    "The game was televised, with fans shown on the big screen at halftime.",
    "The company was sold, with its founders paid in shares.",
    "The charity was wound up, with its founders cleared of any wrongdoing.",
    "The start-up was acquired, with both founders kept on as advisers.",
    "The firm collapsed, with the founders blamed for the losses.",
    "The depot was reopened, with the pickets moved to the gate across the road.",
    "The strike continued, with the pickets replaced every four hours.",
    "The game was abandoned, with the fans taken off the pitch by stewards.",
    "The gig was a hit, with the fans won over by the second song.",
]


@pytest.mark.parametrize("text", PEOPLE_IN_MOST_USES_GOOD)
def test_a_noun_for_people_in_most_uses_with_a_passive_participle_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text",
    [
        "The march stalled at the bridge, with the fans turned back by the police line.",
        "The march stalled, with the protesters turned away by riot police.",
        "The vigil ended early, with the mourners turned away by security guards.",
        "The rally broke up, with the students sent home by their teachers.",
        "The sit-in ended, with the strikers carried out by police officers.",
        "The tour was halted, with the fans turned back by border guards.",
        "The protest fizzled, with the marchers turned back by a line of riot vans.",
        "The hearing was closed, with the reporters turned out by court officers.",
        "The occupation ended, with the squatters moved out by bailiffs.",
        "The show was stopped, with the fans pushed back by stewards.",
    ],
)
def test_people_and_a_phrasal_verb_with_an_agent_after_it_are_a_passive(text):
    assert_findings(text, RULE, [])


# Absolute phrases of a noun and a passive or adjectival participle, with agents, phrases of place, particles and
# adverbs: none is a tense.
ABSOLUTE_PARTICIPLES = [
    "The ferry left an hour late, with the cars loaded by hand.",
    "Officials reopened the park, with the trails cleared of fallen trees.",
    "The vote went ahead on Thursday, with the ballots counted by volunteers.",
    "The school stayed shut, with the roads closed by snow.",
    "She went home early, with her work done for the week.",
    "The session ended at noon, with the votes counted and the results posted.",
    "The plant restarted in May, with its boilers replaced over the winter.",
    "The festival opened on time, with the stage built in two days.",
    "The mayor spoke for an hour, with her remarks translated into Spanish.",
    "The dispute dragged on, with the contract signed but never honored.",
    "The museum reopened, with its paintings returned from storage.",
    "The team flew home, with the trophy packed in a crate.",
    "The bridge was finished in June, with the last girders lifted into place.",
    "The farm survived the drought, with its cattle sold off at a loss.",
    "The hearing resumed, with the jury sent out of the room.",
    "The match was delayed, with the pitch covered against the rain.",
    "The shop stayed open, with its windows boarded up after the storm.",
    "Residents returned on Sunday, with the water supply restored.",
    "The trial began, with the defendant flanked by two guards.",
    "The race was run in heavy rain, with the course shortened by a lap.",
    "The church was packed, with extra chairs brought in from the hall.",
    "The report came out on Monday, with several names blacked out.",
    "The airport reopened, with flights rerouted around the storm.",
    "The talks resumed, with both delegations seated at a round table.",
    "The concert ended late, with the encore played twice.",
    "The strike ended, with the workers granted a modest raise.",
    "The company reported a loss, with its shares sold off sharply.",
    "The parade went ahead, with the floats decorated by local schools.",
    "The inquiry closed, with its findings sealed for ten years.",
    "The ship sailed at dawn, with its cargo stowed below deck.",
    "The clinic reopened, with its staff paid for the lost weeks.",
    "The trial ended abruptly, with the charges dropped by prosecutors.",
    "The election was close, with the last precincts reported after midnight.",
    "The town was quiet, with most shops shuttered for the holiday.",
    "The league resumed play, with the schedule cut to twelve games.",
    "The highway reopened, with the wreckage hauled away overnight.",
    "The budget passed, with the school funds restored in full.",
    "The fire was contained, with the blaze confined to one floor.",
    "The ceremony went ahead, with the flags lowered to half-staff.",
    "The harvest was late, with the grapes picked a week after schedule.",
    "The reform stalled, with the bill sent back to committee.",
    "The library reopened, with its books moved to the new wing.",
    "The clinic closed, with its patients transferred to the city hospital.",
    "The house sold quickly, with the offer accepted within a day.",
    "The evening ended quietly, with the dishes washed and the lights turned off.",
    "The game resumed, with the injured player carried off on a stretcher.",
    "The project stalled, with the funds frozen by a court order.",
    "The road was rebuilt, with the old bridge torn down last spring.",
    "The crew worked all night, with the damaged cables spliced by hand.",
    "The summit closed, with a joint statement issued by both leaders.",
    "The village was cut off, with the only road washed out by the flood.",
    "The exam went ahead, with the papers marked by outside examiners.",
]


@pytest.mark.parametrize("text", ABSOLUTE_PARTICIPLES)
def test_an_absolute_phrase_with_a_passive_or_adjectival_participle_passes(text):
    assert_findings(text, RULE, [])


# After a preposition not of circumstance, only a clause whose first verb is an auxiliary or a modal is read (the
# test made once per sentence now comes first): flagged with one, not without one or with the phrase in a subject.
def test_an_auxiliary_first_after_any_preposition_is_flagged():
    assert_flags_span(
        "Organisers moved the final to the national stadium will host it in June.", RULE,
        "to the national stadium will host",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the final would move to a larger stadium in the capital.",
        "The budget for the new library in the town centre will be set in March.",
        "Traffic slowed near the bridge after crews had closed one lane.",
        "The ferry was delayed above what forecasters had expected for the crossing.",
    ],
)
def test_no_auxiliary_first_or_a_phrase_in_the_subject_passes(text):
    assert_findings(text, RULE, [])


# A past form after a thing whose only "object" is a noun of time, a past form the tagger read as a present, and a
# verb WordNet spells but gives no sense: each may be an absolute phrase's participle ("with the old bridges
# demolished the following year", "despite the warnings issued the day before"), so the rule stays silent; a finite
# verb of the same phrases is still flagged.
ABSOLUTE_PARTICIPLES_WITH_TIMES = [
    'The new bridges are scheduled to open to traffic in 2028, with the old bridges demolished the following year.',
    'The station reopened in May, with the old platforms rebuilt the previous winter.',
    'The museum will reopen in March, with the east wing restored the following summer.',
    'The first ward opened on Monday, with the second refurbished the week before.',
    'The league resumed in April, with the postponed matches replayed the following month.',
    'The festival returns in August, with most of the tickets sold the previous spring.',
    'The plant closed in 2019, with its machinery auctioned the next year.',
    'The market moved indoors in October, with the old stalls dismantled the same week.',
    'The school expanded twice, with a science block added the following decade.',
    'The harbour wall held, with the breach repaired the same night.',
    'The bypass opened in June, with the old road closed to lorries the following month.',
    'The archive moved to Leeds, with the last boxes shipped the previous autumn.',
    'The team kept its coach, with his contract extended the day before the final.',
    'The ferry service restarts on Friday, with the damaged pier rebuilt over the winter.',
    'The orchard was replanted, with the old trees felled the previous season.',
    'She arrived at every hearing with binders tabbed in three colours.',
    'The candidates lined up with their folders tabbed by subject.',
    'The lawyer carried two files, both tabbed in red and green.',
    'The exhibition opens with its oldest maps restored the year before.',
    'The bank reported a profit, with its branch network trimmed the previous year.',
    'The hospital reopened its maternity unit, with the delivery suites rewired the summer before.',
    "The town rebuilt its library, with the children's wing finished the following spring.",
    'The pier was saved, with its supports replaced the same winter.',
    'The runway reopened on Tuesday, with the lights replaced the night before.',
    'The mill was converted into flats, with the chimney demolished the year after.',
    # after "despite" or "because of", a past form dated by its own time, of a verb whose main sense takes an object,
    # after a thing the parser did not make its subject: a reduced relative's passive
    'Despite the concerns voiced the previous evening, the council approved the new car park.',
    'Despite the warnings issued the day before, hundreds of walkers set out for the summit.',
    'Because of the votes cast the previous week, the party lost control of the county.',
    'Amid the protests staged that afternoon outside parliament, ministers met the union leaders.',
    'Despite the concessions offered the following morning, the strike went ahead.',
    'Despite the tickets sold the previous spring, the festival was cancelled for lack of funding.',
    'Despite the repairs carried out the winter before, the roof leaked again in March.',
    'Because of the damage caused that night, the stadium will stay closed until August.',
]
FINITE_VERBS_WITH_TIMES = [
    'Despite the farmers voted that week to end the protest, the roads stayed blocked.',
    'Despite the rowers won medals in Paris the summer before, the squad has had its funding reduced.',
    'Because of the miners walked out the previous evening, the pit stayed shut.',
    'Despite the coach said the week before that he would stay, he resigned on Monday.',
    'Despite the strikers went on strike the following morning, the mine kept working.',
    'The squad flew home on Sunday, with the players spent the following week resting.',
    'The bridge opened in 2028, with the old bridges will be demolished the following year.',
    'The station reopened in May, with the old platforms have been rebuilt since the winter.',
    'The museum will reopen in March, with the east wing is restored the following summer.',
    'The league resumed in April, with the postponed matches were replayed the following month.',
    'The plant closed in 2019, with its machinery was auctioned the next year.',
    'The festival returns in August, with most of the tickets have sold already.',
    'The harbour wall held, with the crews repaired the breach the same night.',
    'The school expanded twice, with the council added a science block the following decade.',
    'The bypass opened in June, with the county closed the old road the following month.',
    'The archive moved to Leeds, with the staff shipped the last boxes the previous autumn.',
    'The team kept its coach, with the board extended his contract the day before the final.',
    'The ferry service restarts on Friday, with engineers rebuilt the pier over the winter.',
    'The orchard was replanted, with volunteers felled the old trees the previous season.',
    'The pier was saved, with the trust replaced its supports the same winter.',
    'The runway reopened on Tuesday, with crews replaced the lights the night before.',
    'The mill was converted into flats, with the developer demolished the chimney the year after.',
    'The candidates lined up, with their folders are tabbed by subject.',
    "The town rebuilt its library, with the children's wing was finished the following spring.",
    'The bank reported a profit, with its branch network has shrunk every year since 2015.',
    'The orchestra toured Asia, with its musicians spent the following month in Japan.',
]


@pytest.mark.parametrize("text", ABSOLUTE_PARTICIPLES_WITH_TIMES)
def test_a_participle_before_a_time_or_of_an_unknown_verb_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text", FINITE_VERBS_WITH_TIMES)
def test_a_finite_verb_before_a_time_is_still_flagged(text):
    assert len(findings(text, RULE)) == 1
