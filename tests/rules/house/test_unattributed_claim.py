import pytest

from editlint.api import lint_text
from helpers import assert_findings, assert_flags_span, findings

RULE = "house/unattributed-claim"

BAD = [
    ("Some economists warn that the new tariffs will raise prices.", "Some economists warn"),
    ("It is widely believed that the mayor will not seek a third term.", "It is widely believed"),
    ("The fire was thought to have started in the kitchen.", "was thought to"),
    ("Critics argue the stadium deal favors the team's owners.", "Critics argue"),
    ("Many believe the election was decided by a few hundred votes.", "Many believe"),
    ("Analysts expect the central bank to raise rates again in June.", "Analysts expect"),
    ("Some officials privately concede that the project is over budget.", "Some officials privately concede"),
    ("Others insist the bridge was never safe.", "Others insist"),
    ("Skeptics have long claimed that the program wastes money.", "Skeptics have long claimed"),
    ("The minister was said to be furious about the leak.", "was said to"),
    ("It has been reported that the plant will close next year.", "It has been reported"),
    ("The company reportedly plans to cut 500 jobs.", "reportedly"),
    ("Many in the industry would say the rules came too late.", "Many in the industry would say"),
    ("Some residents suspect the water is still contaminated.", "Some residents suspect"),
    ("Experts predict that the drought will last through the summer.", "Experts predict"),
    ("It is widely assumed that voters will reject the plan in May.", "It is widely assumed"),
    ("It has been suggested that officials ignored the warnings for years.", "It has been suggested"),
    ("It is understood that the two companies held secret talks in June.", "It is understood"),
    ("The striker is reputedly the highest-paid player in the league.", "reputedly"),
    ("It has long been suspected that the old mine leaks into the creek.", "It has long been suspected"),
    ("There are fears that the dam could fail if the rain continues.", "There are fears"),
    ("There is growing concern that the clinic will close before winter.", "There is growing concern"),
    ("Concerns are mounting that the hospital will lose its maternity ward.", "Concerns are mounting"),
    ("According to some economists, the housing market has already peaked.", "According to some economists"),
    ("According to skeptics, the new stadium will never pay for itself.", "According to skeptics"),
    # any plural noun for people (WordNet) after a vague quantifier, any verb of saying or judging
    ("Several pediatricians argue that screen time harms sleep.", "Several pediatricians argue"),
    ("Many beekeepers have questioned whether the spray is safe.", "Many beekeepers have questioned"),
    ("Numerous commuters blame the new timetable for the delays.", "Numerous commuters blame"),
    ("A few landlords have described the rent cap as unworkable.", "A few landlords have described"),
    ("Most forecasters are predicting a mild winter.", "Most forecasters are predicting"),
    ("Countless anglers have criticized the new licence fee.", "Countless anglers have criticized"),
    ("Some pharmacists reckon the shortage will last until spring.", "Some pharmacists reckon"),
    ("Many shoppers hope the market will stay open on Sundays.", "Many shoppers hope"),
    ("A handful of bakers complained that the flour tax was unfair.", "A handful of bakers complained"),
    ("A growing number of dentists warn that sugary drinks harm children.", "A growing number of dentists warn"),
    ("A number of engineers have raised concerns about the tunnel.", "A number of engineers have raised"),
    ("Campaigners fear the meadow will be sold to developers.", "Campaigners fear"),
    ("Most drivers seem to think the toll is too high.", "Most drivers seem to think"),
    ("Lots of people believe the mall will close.", "Lots of people believe"),
    ("Some in the union fear a split.", "Some in the union fear"),
    ("A number of tenants have complained about the heating.", "A number of tenants have complained"),
    ("Economists warn of a slowdown in hiring.", "Economists warn"),
    # in mid-sentence or after the claim
    ("The levy, several accountants say, will hit small firms hardest.", "several accountants say"),
    ("Ticket sales slumped, analysts noted, because the heat kept buyers home.", "analysts noted"),
    ("The merger will collapse, many bankers believe.", "many bankers believe"),
    ("The lighthouse keeper left in 1950, according to some islanders.", "according to some islanders"),
    ("The ferry will be replaced, according to some sailors on the route.", "according to some sailors on the route"),
    # impersonal hedges
    ("The senator is widely expected to retire next year.", "is widely expected to"),
    ("The old mill is considered the finest in the county.", "is considered"),
    ("The bridge is seen as a symbol of the town.", "is seen"),
    ("The mould is known to cause breathing problems.", "is known to"),
    ("It is generally agreed that the stadium was too small.", "It is generally agreed"),
    ("The two climbers apparently took the wrong path.", "apparently"),
    ("There are those who believe the lighthouse is haunted.", "There are those who believe"),
    ("Word is that the chef will leave in the spring.", "Word is"),
    ("The thinking is that cheaper tickets will fill the seats.", "The thinking is"),
    ("There is talk of a strike at the port.", "There is talk"),
    ("There is a feeling that the club has lost its way.", "There is a feeling"),
    ("Rumor has it that the coach will quit.", "Rumor has"),
    ("Many Canadians believe the border should stay closed.", "Many Canadians believe"),
    ("Some bankers have been warning for years that the bubble would burst.", "Some bankers have been warning"),
    ("The opera is regarded by many as his finest work.", "is regarded"),
    ("Doubts have been raised that the tunnel can open on time.", "Doubts have been raised"),
    ("According to some estimates, the repairs will cost $40 million.", "According to some estimates"),
    ("Plenty of farmers disagree with the new quota.", "Plenty of farmers disagree"),
    # a that-clause is a claim whatever the verb; judgements with "as" or a complement
    ("Detractors have long maintained that the ferry loses money.", "Detractors have long maintained"),
    ("Several climbers hold that the north face is safer.", "Several climbers hold"),
    ("Many collectors regard the stamp as a forgery.", "Many collectors regard"),
    ("Some cyclists see him as the favorite for the title.", "Some cyclists see"),
    ("Some tenants called the repairs a sham.", "Some tenants called"),
    ("Experts caution against swimming after dark.", "Experts caution"),
    ("Some dockworkers blame the closure on the new owners.", "Some dockworkers blame"),
    # impersonal hedges with any verb of saying or judging
    ("It was once held that the lake had no bottom.", "It was once held"),
    ("It has been predicted that the glacier will be gone by 2050.", "It has been predicted"),
    ("The levee, it is feared, will not hold another night.", "it is feared"),
    ("The new timetable has been widely criticized.", "has been widely criticized"),
    ("The striker is tipped to join a club in Spain.", "is tipped to"),
    ("Worries are mounting over the cost of the new pier.", "Worries are mounting"),
    # pronouns the parser hangs on the verb, bare "people" and "sources", a collective after a quantifier
    ("Few doubt that the ferry will be late again.", "Few doubt"),
    ("The harvest, many argue, came a week too early.", "many argue"),
    ("People say the old pier is unsafe.", "People say"),
    ("Sources say the takeover will be announced on Friday.", "Sources say"),
    ("Some staff say the canteen will close.", "Some staff say"),
    ("Several sailors have argued otherwise.", "Several sailors have argued"),
    ("Many growers are convinced the frost killed the blossoms.", "Many growers are convinced"),
    ("Most brokers are expecting copper to stay above $9,000 a tonne.", "Most brokers are expecting"),
    ("Some fishermen believe the rumor about the harbor fees.", "Some fishermen believe"),
    # a speaker in a relative clause or inside the claim is not the claim's source
    ("Some jurors say the verdict, which the judge announced at noon, was rushed.", "Some jurors say"),
    ("Several traders believe the bank reported its losses too late.", "Several traders believe"),
    # unnamed people known only by their access, and one unnamed source
    ("People familiar with the bid said the offer was raised twice.", "People familiar with the bid said"),
    ("Those close to the negotiations say a deal is near.", "Those close to the negotiations say"),
    ("Officials close to Governor Ana Ruiz said she would sign the bill.", "Officials close to Governor Ana Ruiz said"),
    ("A person familiar with the audit said the numbers did not add up.", "A person familiar with the audit said"),
    ("A source said the striker had failed a medical.", "A source said"),
    ("The coach will be sacked on Monday, according to one source.", "according to one source"),
    ("An analyst said the shares were overpriced.", "An analyst said"),
    ("Some in Congress believe the tariff will be dropped.", "Some in Congress believe"),
    ("Some locals claim the well never runs dry.", "Some locals claim"),
    ("Many in government would say the same.", "Many in government would say"),
    # adjectives of belief, judgements with "as", accounts
    ("Many growers are skeptical that the new seed will survive a frost.", "Many growers are skeptical"),
    ("Some tenants remain convinced that the boiler is unsafe.", "Some tenants remain convinced"),
    ("Skeptics point to the empty storefronts as proof the scheme failed.", "Skeptics point"),
    ("Some reports say the bridge will be closed for a year.", "Some reports say"),
    ("According to reports, the ferry operator is up for sale.", "According to reports"),
    # hedges on a participle that describes a noun, and judgements shared by many or by some
    ("The chapel, considered the oldest in the valley, needs a new roof.", "considered"),
    ("The skipper, widely seen as the favorite, withdrew on Monday.", "widely seen"),
    ("A man believed to be the driver fled the scene.", "believed to"),
    ("The harbor master is widely credited with saving the port.", "is widely credited"),
    ("The new timetable was criticized by some as confusing.", "was criticized"),
    ("It is widely believed in the harbor that the pier was built too fast.", "It is widely believed"),
    ("The wreck is believed to date from the 1790s.", "is believed to"),
    ("The trawler was believed to have been sunk by a mine.", "was believed to"),
    (
        "Several former nurses alleged in interviews that managers at the Elm Street clinic routinely ignored the "
        "alarms on the ward.",
        "Several former nurses alleged",
    ),
    ("Several bankers described the merger talks in Zurich as stalled.", "Several bankers described"),
    ("There is growing speculation that the mayor will step down.", "There is growing speculation"),
    ("Many riders on the Blue Line complained that trains ran late.", "Many riders on the Blue Line complained"),
    # unnamed members of a place or a body; amounts and agent nouns WordNet lacks
    ('Several clerks at the county court admitted that files were lost.',
     'Several clerks at the county court admitted'),
    ("Many nurses at St. Mary's Hospital fear the ward will close.", "Many nurses at St. Mary's Hospital fear"),
    ("Some residents of Elm Street say the noise never stops.", "Some residents of Elm Street say"),
    ("Plenty have claimed that the orchard is cursed.", "Plenty have claimed"),
    ("Scores of pilots have complained that the runway is too short.", "Scores of pilots have complained"),
    ("Some roofers argue that slate lasts longer than tile.", "Some roofers argue"),
    ("Rumor has it the mill will close in June.", "Rumor has"),
    ("Seismologists say another quake is likely within a decade.", "Seismologists say"),
    ("Historians believe the fort was abandoned in 1790.", "Historians believe"),
    (
        "Many bankers have been predicting a housing slump for a year, yet builders started 9,000 homes in May, "
        "the census office reported.",
        "Many bankers have been predicting",
    ),
    ("Some experts have expressed concern that the dam is leaking.", "Some experts have expressed"),
    ("There are many who think the park should stay closed.", "There are many who think"),
    ("Several critics have described it as a vanity project.", "Several critics have described"),
    # a generic group of opinion stays unnamed when "of" says what it opposes
    ("Opponents of the toll road argue that it will split the village.", "Opponents of the toll road argue"),
    ("The mine never turned a profit, according to critics of the deal.", "according to critics of the deal"),
    # a name before a quantified noun only places its people; a class of people after an amount
    ("Some Treasury officials fear the bond sale will flop.", "Some Treasury officials fear"),
    (
        "Several Downing Street aides have privately questioned the timing.",
        "Several Downing Street aides have privately questioned",
    ),
    ("A handful of Labour councillors doubt the depot will be built.", "A handful of Labour councillors doubt"),
    ("A handful of Republicans have argued that the levy is illegal.", "A handful of Republicans have argued"),
    # judgements: likening and blaming with "to", an object complement read as two objects, a judged person
    ("Some have likened the new curfew to martial law.", "Some have likened"),
    ("Many growers attribute the poor harvest to the late frost.", "Many growers attribute"),
    ("Several growers have labeled the new quota a disaster.", "Several growers have labeled"),
    ("Critics of the coach have accused her of favoring veterans.", "Critics of the coach have accused"),
    # a judgement passed often or long, without an agent
    ("The pier is often described as the ugliest in the county.", "is often described"),
    ("The dam has long been criticized for flooding the valley.", "has long been criticized"),
    # views held by many, and holders that only place them
    ("The prevailing view is that the ferry will be sold.", "The prevailing view is"),
    ("Conventional wisdom holds that a late harvest means a hard winter.", "Conventional wisdom holds"),
    ("There is widespread agreement that the levee was too low.", "There is widespread agreement"),
    ("The thinking in the league is that the salary cap will rise.", "The thinking in the league is"),
    ("There are worries within the club that the stand will not be ready.", "There are worries"),
    ("There is speculation in the markets that copper will rebound.", "There is speculation"),
    # people known only by what they were told; unnamed accounts; amounts in the plural
    ("Officials briefed on the audit said the shortfall was larger.", "Officials briefed on the audit said"),
    ("The quarry will close in May, according to unconfirmed reports.", "according to unconfirmed reports"),
    ("According to one estimate, the flood cost the town $3 million.", "According to one estimate"),
    ("Growing numbers of nurses say the ward is unsafe.", "Growing numbers of nurses say"),
    ("A slew of bankers have questioned the merger.", "A slew of bankers have questioned"),
    # a comment clause with "as", and hedge nouns that say or suggest
    ("The toll, as many drivers suspect, will never be lifted.", "many drivers suspect"),
    ("The pier, as critics have pointed out, was never inspected.", "critics have pointed"),
    ("Reports suggest the ferry company is close to collapse.", "Reports suggest"),
    ("Conventional wisdom says a wet spring means a poor harvest.", "Conventional wisdom says"),
    # accounts after a "by" that is no agent; a spreading fear with its clause; disapproval shared widely
    ("By some estimates, the drought cost growers $80 million.", "By some estimates"),
    ("The pier is the oldest on the coast, by most accounts.", "by most accounts"),
    ("Fears that the ferry could be scrapped have grown.", "Fears that the ferry could be scrapped have grown"),
    ("The new anthem has been widely mocked.", "has been widely mocked"),
    # a gerund reported, a judgement credited, a judgement with "as" the parser reads as an adverb
    ("Several anglers report catching trout with sores.", "Several anglers report"),
    ("Many commentators have credited the new manager with the revival.", "Many commentators have credited"),
    ("Many have praised the rescue as heroic.", "Many have praised"),
    # a named source vouches only for its own clause and what it reports
    ("Police said the pier was sound, but some divers suspect it was damaged.", "some divers suspect"),
    ("While the council insists the tax is fair, critics argue that it hits renters.", "critics argue"),
    ("The ministry confirmed the meeting, which some diplomats describe as tense.", "some diplomats describe"),
    (
        "The county reported 40 new cases on Monday, according to its website, and some doctors fear more to come.",
        "some doctors fear",
    ),
    # what a generic group of opinion expects is a forecast
    ("Most economists anticipate a slowdown in hiring.", "Most economists anticipate"),
    ("A majority of analysts expect a weaker pound.", "A majority of analysts expect"),
    ("Many shareholders were anticipating a bigger buyback.", "Many shareholders were anticipating"),
    # a bare plural of people holding a view in the present speaks for the whole kind
    ("Investors worry that the central bank will keep rates high into next year.", "Investors worry"),
    ("Parents fear the new bus schedule will leave children waiting in the dark.", "Parents fear"),
    ("Homeowners complain that the reassessment doubled their property taxes.", "Homeowners complain"),
    ("Voters increasingly believe the state is heading in the wrong direction.", "Voters increasingly believe"),
    ("Traders are betting that the yen will weaken further.", "Traders are betting"),
    ("Retailers have warned that tariffs on toys will push up holiday prices.", "Retailers have warned"),
    ("Shoppers doubt the discounts will last past January.", "Shoppers doubt"),
    ("Landlords insist the rent freeze will drive small owners out of the market.", "Landlords insist"),
    ("Fishermen blame the offshore wind farm for the collapse of the cod catch.", "Fishermen blame"),
    ("Bond traders think the Treasury will issue more long-dated debt.", "Bond traders think"),
    ("The closure will hurt tourism, local shopkeepers warn.", "local shopkeepers warn"),
    ("Nearly everyone in town assumes the factory will close by spring.", "everyone in town assumes"),
    # pseudo-clefts and feelings held by their object
    ("What opponents dispute is that the tunnel will pay for itself.", "opponents dispute"),
    ("What skeptics question is whether the battery can survive a winter.", "skeptics question"),
    ("What most observers agree on is that the talks have stalled.", "most observers agree"),
    ("What worries many economists is that wages lag behind rents.", "What worries many economists"),
    ("What troubles some lawmakers is that the bill has no sunset clause.", "What troubles some lawmakers"),
    ("It alarms many nurses that the ward has no night cover.", "It alarms many nurses"),
    # object complements and phrasal judgements
    ("Critics branded the stadium deal a giveaway to the team's owners.", "Critics branded"),
    ("Many teachers branded the reform unworkable.", "Many teachers branded"),
    ("Environmentalists have branded the pipeline an ecological time bomb.", "Environmentalists have branded"),
    ("Countless pundits have written off her bid for a second term.", "Countless pundits have written"),
    ("Some observers have singled out the coach for blame.", "Some observers have singled"),
    ("Critics have taken issue with the agency's figures.", "Critics have taken"),
    ("Several reviewers found fault with the ending.", "Several reviewers found"),
    ("Critics were quick to point out that the plan has no funding.", "Critics were quick to point"),
    ("Veteran lawmakers privately acknowledge that the bill is dead.", "Veteran lawmakers privately acknowledge"),
    ("Market watchers expect the central bank to hold rates steady next week.", "Market watchers expect"),
    ("Some critics, citing rumors, say the mayor will resign.", "Some critics, citing rumors, say"),
    # a vague agent the parser hung after the complement
    ("The plan was branded a failure by some lawmakers.", "was branded"),
    ("The merger is expected by many to fail.", "is expected by many to"),
    ("The veteran is looked upon as the natural successor.", "is looked"),
    # a judgement of a named body; a that-clause the parser took for an adverbial clause
    ('Several senators have accused the Treasury of hiding the true cost of the bailout.',
     'Several senators have accused'),
    ("Some economists blame the Federal Reserve for the slump in housing.", "Some economists blame"),
    ("Homeowners have been grumbling for weeks that the new meters overcharge them.", "Homeowners have been grumbling"),
    ("Tenants have complained since spring that the boiler breaks every week.", "Tenants have complained"),
    ("Some lawmakers criticized the plan for its cost.", "Some lawmakers criticized"),
    # a clause the parser took for an object, with a clause of its own inside
    ("Several cabbies say the new junction causes jams whenever lorries turn.", "Several cabbies say"),
    # a claim inside what a vague source reports is its content: the source is the one finding
    ("Several bankers have hinted that many clients regard the fund as too risky.", "Several bankers have hinted"),
    ("Many curators argue that some donors see the museum as a tax shelter.", "Many curators argue"),
]

GOOD = [
    # A phrase of the thing negotiated is its own, not the reason of a judgement ("blamed the coach for the loss").
    "Dealers and growers have been negotiating lower prices for the winter season.",
    # Public stance and demands are events, not claims of an unseen source.
    "Several governors praised the pipeline agreement at the summit on Friday.",
    "Most commuters now expect real-time arrival times at every bus stop.",
    "Economists at the Peterson Institute warn that the new tariffs will raise prices.",
    "Some 300 people attended the vigil on Sunday.",
    "According to the fire department, the blaze started in the kitchen.",
    "Authorities say the road will reopen on Monday.",
    "Witnesses say the gunman fled on foot.",
    "The critics say the plan ignores the cost of maintenance.",
    "Pentagon officials say the drills will continue.",
    "Many of the residents said they had not been warned.",
    "We spoke with experts about the risks of the new law.",
    "Officials said the bridge would reopen on Friday.",
    "The fire was believed to have started in the kitchen, fire officials said.",
    "The vote is expected to take place on Thursday.",
    "Critics of the plan, including Senator Maria Lopez, say it costs too much.",
    "Some analysts polled by Reuters expect growth to slow.",
    "Most residents feel safe in the neighborhood.",
    "The mayor said many voters believe the city is on the wrong track.",
    "Two analysts said the merger would face scrutiny.",
    "Others [argue](https://example.org/report) that the ban came too late.",
    "Some suggested Lisbon as the venue.",
    "According to analysts at Barclays, the currency could fall further.",
    "According to court records, the suspect had no prior arrests.",
    "The coach reportedly told the players to rest, according to two assistants.",
    "Police said the suspect allegedly fired at officers before fleeing.",
    "Two teenagers suspected of setting the fire were detained on Sunday.",
    "While several nurses on the night shift praised the new rota, others said it left wards short.",
    "While some shop owners who attended the hearing backed the plan, others said parking would suffer.",
    "Some drivers welcomed the new lanes, but others said the changes came too late.",
    "The driver is presumed innocent until a court rules otherwise.",
    "The former director allegedly moved the money into a private account, prosecutors say.",
    "The ex-mayor, who allegedly took bribes, goes on trial on Monday.",
    "There are fears among aid workers that the camp will flood.",
    "There are concerns that residents have raised about the new road.",
    "There is no evidence that the vote was rigged.",
    "There are plans to build a new school on the site.",
    "The plan was suggested by a group of parents last spring.",
    "She suggested that the council delay the vote.",
    "Economists at the state university said the deal could push up costs.",
    "Opponents, including two council members, argued that the city should wait.",
    "The minister told aides that she would resign.",
    # a hedge about what a named speaker said: the sentence names the speaker (TAXONOMY.md, N8)
    "The minister reportedly told aides that she would resign.",
    # no claim: a choice, a schedule, a name, a count, an addressee, a definition
    "Many parents picked up their children early as the storm approached.",
    "Many residents decided to stay in their homes.",
    "Some passengers asked the driver to stop.",
    "Several hundred fans waited outside the stadium.",
    "The crossing is known as the Devil's Elbow.",
    "The ferry is expected to arrive at noon.",
    "It is expected to rain on Sunday.",
    "The mayor was asked to resign.",
    "The child was reported missing on Friday.",
    "The plan will be considered by the council on Tuesday.",
    "Masks are required in what is considered a crowded space.",
    "Some voters signed the petition.",
    "Many residents spoke about the flood at the meeting.",
    "Some students decided to leave early.",
    "Many voters seem to like the new mayor.",
    "Canadians at the Toronto rally said the border should stay closed.",
    "Two Canadians said the border should stay closed.",
    "Too many families still believe that help will not come.",
    "Media questions may be directed to the press office.",
    "The tunnel was judged by inspectors to be safe.",
    "No concerns were raised at the hearing.",
    "Many students asked questions about the exam.",
    "According to estimates by the state auditor, the repairs will cost $40 million.",
    "According to some reports by the state auditor, the repairs will cost $40 million.",
    # "others" continuing a group named before it
    "Most of the drivers on the night route went back to work, while others said they would wait.",
    "Two fishermen and a ferry pilot said the harbor was silted up. Others on the quay said it was fine.",
    # the infinitive is not a speaker: "expect the bank to report"
    "Analysts polled by the agency expect the bank to report a loss.",
    # what someone found out, a definition, the writer's own aside
    "Some hikers discovered that the trail had washed away.",
    "That is what engineers call a cold joint.",
    "It should be noted that the survey was small.",
    "It must be said that the volunteers worked through the night.",
    "Parents want to know whether the pond is considered safe for swimming.",
    "Many residents were told that the water was safe.",
    "Some voters urged the mayor to resign.",
    "Some clinics require three weeks of notice to book a scan.",
    "Many parents were surprised that the school closed early.",
    "Some parents were relieved that the ferry was running again.",
    # a question or a finding asserts nothing; a place is not an access; a relative clause names the people
    "It is not known how many boats were in the harbor.",
    "It remains unclear whether the pier will reopen.",
    "Researchers found that the reef had recovered.",
    "Farmers close to the river say the water has risen.",
    "Those who attended the hearing said it was tense.",
    "Several whalers say goodbye to their families every spring.",
    "One analyst said the shares were overpriced.",
    "A source at the Treasury said the budget would be delayed.",
    "Many residents are aware that the plant will close.",
    # whatever fits a description: a participle after "any" or "those" defines
    "Any boat considered unsafe will be towed.",
    "Those thought to be at risk will be contacted.",
    # a vague group inside a named account, or answering a poll
    "The audit found that many clerks believe the rules are unclear.",
    "Most respondents said the buses were late, the survey found.",
    "In a survey by the county, most farmers said the quota was too low.",
    "The mayor thanked the crews, noting that many volunteers believe the levee saved the town.",
    "The well water is considered safe to drink by the county health department.",
    "Epidemiologists at the state health department said the outbreak had peaked.",
    "There are many who helped rebuild the town after the flood.",
    # a name given with "as" is not a judgement
    "Many refer to the bridge as the Iron Lady.",
    # a link outside the claim cites it
    "The storm is widely believed to have peaked, as [gauges along the coast](https://example.org/gauges) showed.",
    # a named source vouching for a claim it reports, or for one it follows
    "The mayor said on Monday that many residents fear the pier will close.",
    "Many residents fear the pier will close, the mayor said.",
    "According to the harbor master, some skippers believe the channel is too shallow.",
    "The harbor master, who said some skippers fear the channel, will dredge it in May.",
    "The toll, as the mayor predicted, was lifted in May.",
    "The report suggests the ferry company is close to collapse.",
    "Her fear is that the pier will close.",
    "Some passengers avoided using the lift.",
    "Several charities have provided the shelter with blankets.",
    "The team, as expected, won the title.",
    "The estimates were checked by some auditors.",
    "By some measure of luck, nobody was hurt.",
    "The pier was built by several workers in 1901.",
    "The convoy has been repeatedly attacked.",
    "The report records a change in forecasts by some agencies.",
    "The mayor said the ferry, which many islanders have criticized, would keep running.",
    # a demand is no forecast; a name given often is no judgement; common aims are no views held by many
    "Most shoppers expect free delivery.",
    "People expect cleaner streets.",
    "The crossing is often called the Devil's Elbow.",
    "The common aim is that every pupil can swim.",
    "There is a common misconception that the lake is shallow.",
    # an agent names who told them; an official figure is a named account; a count of accounts is a subject
    "Reporters briefed by the harbor master said the crane had failed.",
    "According to official figures, the harbor handled 2 million tonnes.",
    "One central question shaped the debate.",
    # objects and things
    "Many bakers labeled their loaves in two languages.",
    "Some families sent the school a letter.",
    "Several Pentagon officials attended the ceremony.",
    "A handful of Democrats voted against the bill.",
    "There are plans within the council to build a pool.",
    # a part of a known group named just before
    "The dockworkers voted to strike on Monday. Many said they had not had a raise in five years.",
    # a bare plural in the past reports an event; roles speak for the story's institutions; plain reporting
    "Firefighters said the blaze started in a kitchen.",
    "Officials say the bridge will reopen on Monday.",
    "Investigators believe the fire was set deliberately.",
    "Prosecutors allege that the two men ran the scheme for a decade.",
    "Plaintiffs argue that the company hid the defect for years.",
    "Lawmakers argue the bill is needed to protect renters.",
    "Farmers say the new pesticide rules will cut their yields.",
    "Residents of Maple Street fear the river will rise again.",
    "Parents who attended the meeting believe the change was rushed.",
    "Investors pulled $3 billion from the fund last month.",
    "Teachers expect students to arrive on time.",
    "Users expect pages to load in under two seconds.",
    "Some experts, citing a 2019 study by Harvard researchers, say the drug works.",
    "Critics say the plan will fail, citing the state auditor's report.",
    "Many economists, citing data from the Labor Department, believe hiring is slowing.",
    "The vote is expected by officials to take place on Thursday.",
    "The cab was hailed as a taxi by the driver.",
    "The car was looked at by a mechanic on Monday.",
    "The damage was looked at as soon as the storm passed.",
    "Several senators have praised the University of Michigan's research.",
    "Several lawmakers met the Minister of Finance on Tuesday.",
    "Most residents believe the new tower is too tall, a poll by the Herald found.",
    "Many parents believe the bus routes are unsafe, the district's own survey showed.",
    "Many growers expect a poor harvest, according to estimates the ministry published on Friday.",
    "Some owners sold their boats so that they could pay the fees.",
    "Many nurses left the ward now that the overtime pay has been cut.",
    "Some landlords expect tenants to pay on the first of the month.",
    "Farmers fear frost in April, when the buds are open.",
    "Engineers estimate the load before they design a bridge.",
    "Voters question candidates at the town hall every year.",
    "Researchers found that the drug cut the risk of stroke by a third.",
    "USDS team members have advised a number of agencies on how to buy software.",
    "Polling data show the measure is popular in both parties.",
    "Many students believe the exam went well, according to a survey by the school.",
    "They reflect values my parents taught me: Everyone is entitled to be treated with respect.",
    # a definition, a name, a phrase that judges nothing
    "What economists call core inflation is the price of goods without food and fuel.",
    "What the mayor fears is that the budget will not pass.",
    "Some locals call the bridge the Iron Lady.",
    "Ranchers brand their cattle every spring.",
    "Several workers pointed out the exit to the visitors.",
    "Most people still write their passwords down.",
    "Many counties set aside funds for the repairs.",
    # an act with a plain object, whose apposition says what the thing is, however many clauses that holds
    "Some theatres announced matinee discounts, a scheme in which pensioners pay half when shows start before noon.",
    "Many carriers have announced fuel surcharges, fees that travellers pay while oil prices stay high.",
]


@pytest.mark.parametrize("text, span", BAD)
def test_vague_source_or_hedge(text, span):
    assert_flags_span(text, RULE, span)


def test_a_vague_claim_coordinated_with_a_vague_report_is_its_own_finding():
    text = "Some agents say the market has turned, and several buyers regard prices as too high."
    spans = ("Some agents say", "several buyers regard")
    assert_findings(text, RULE, [(1, text.index(s) + 1, text.index(s) + 1 + len(s)) for s in spans])


@pytest.mark.parametrize("text", GOOD)
def test_named_role_counted_and_linked_sources_pass(text):
    assert_findings(text, RULE, [])


def test_vague_lead_in_to_a_named_quote_passes():
    text = "However, other readers felt the ban was overdue. Lena Ortiz wrote:\n\n> The ban is long overdue.\n"
    assert_findings(text, RULE, [])


def test_multi_line_positions_and_message():
    text = "# Troops Deployed\n\nThe deployment was confirmed.\n\nSome experts speculate the troops will stay.\n"
    (diagnostic,) = lint_text(text, config={"select": [RULE]})
    assert (diagnostic.line, diagnostic.column, diagnostic.end_column) == (5, 1, 23)
    assert diagnostic.message == (
        'Unattributed claim: "Some experts speculate" credits the claim to no named source; name the source'
    )


def test_vague_sources_option():
    text = "Bloggers say the law is unfair."
    assert_findings(text, RULE, [])
    assert_findings(text, RULE, [(1, 1, 13)], config={"rules": {RULE: {"vague-sources": ["bloggers"]}}})


def test_others_after_a_vague_group_in_the_sentence_before_is_flagged():
    text = "Some economists predict a recession in the spring. Others believe growth will hold."
    assert_findings(text, RULE, [(1, 1, 24), (1, 52, 66)])


def test_a_group_backed_by_a_named_example_in_the_next_sentence_passes():
    text = (
        "Many harbor pilots have criticized the new channel. Ana Reyes, who has piloted ships there for "
        "20 years, said the bend is too tight."
    )
    assert_findings(text, RULE, [])


def test_a_hedge_is_not_excused_by_a_named_speaker_in_the_next_sentence():
    text = "The pier is thought to be unsafe. Ana Reyes said repairs start in May."
    assert_findings(text, RULE, [(1, 10, 23)])


def test_a_link_inside_the_claim_does_not_cite_its_source():
    text = "It has been said that the [bridge](https://example.org/bridge) is unsafe."
    assert_findings(text, RULE, [(1, 1, 17)])


def test_some_after_a_vague_group_in_the_sentence_before_is_flagged():
    text = "Some economists predict a recession. Many believe growth will hold."
    assert_findings(text, RULE, [(1, 1, 24), (1, 38, 50)])


# A judging verb in a relative clause judges the noun its relative pronoun stands for (or would, where the
# pronoun is left out): the view of a vague group about an event the sentence reports.
RELATIVE_JUDGEMENTS = [
    ("Ticket sales fell by a fifth, a slump that some promoters blame on the new sales tax.", "some promoters blame"),
    ("The river rose two meters overnight, a surge that many hydrologists attribute to the melting snowpack.",
     "many hydrologists attribute"),
    ("The council scrapped the bus lane, a decision that critics have described as short-sighted.",
     "critics have described"),
    ("The ruling party lost four seats, an outcome most analysts regard as a rebuke to the prime minister.",
     "most analysts regard"),
    ("The team finished 12th, a season that many fans consider the worst in the club's history.", "many fans consider"),
    ("She was fined $500, a penalty that some lawyers have called excessive.", "some lawyers have called"),
    ("The hospital closed its maternity ward, a move that some doctors and midwives see as dangerous.",
     "some doctors and midwives see"),
    ("The bill passed 51-49, a margin that many observers view as a sign of trouble for the governor.",
     "many observers view"),
    ("Turnout reached 71 percent, a figure that some pollsters have dismissed as inflated.",
     "some pollsters have dismissed"),
    ("The central bank held rates at 5 percent, a decision that most traders had regarded as certain.",
     "most traders had regarded"),
]
RELATIVE_NEAR_MISSES = [
    "The council scrapped the bus lane, a decision that the mayor described as short-sighted.",
    "Ticket sales fell by a fifth, a slump that the promoter blamed on the new sales tax.",
    "The river rose two meters, a surge that hydrologists at the state university attribute to melting snow.",
    "The team finished 12th, a season that coach Ana Ruiz called the worst of her career.",
    "Exports fell in May, a drop the ministry put down to weaker demand from China.",
    "The hospital closed its maternity ward, a move that some doctors opposed at a meeting on Monday.",
    "Turnout reached 71 percent, a figure that some pollsters had reached in their final surveys.",
    "The festival drew 40,000 people, a crowd many vendors had prepared for.",
    "The bridge, which many commuters use daily, will close in June.",
    "What economists call core inflation rose 0.3 percent.",
    "Prices rose 4 percent, an increase that some shoppers noticed at once.",
    "The panel raised questions and offered suggestions, many of which we have now decided to adopt.",
]

# An "-ing" form with a subject of its own ("with some traders predicting") or beside the clause whose subject it
# shares ("..., arguing that ...") says what its subject claims, as a finite verb does.
PARTICIPLE_CLAIMS = [
    ("The shares fell 9 percent, with some traders predicting further losses this week.", "some traders predicting"),
    ("Fuel prices rose again on Monday, with many motorists complaining that the tax cut never reached the pump.",
     "many motorists complaining"),
    ("The vote is scheduled for Thursday, with several lawmakers privately conceding that the bill lacks support.",
     "several lawmakers privately conceding"),
    ("Several analysts have trimmed their forecasts, arguing the slowdown will last into next year.",
     "Several analysts have trimmed their forecasts, arguing"),
    ("Some residents have started boarding up windows, fearing the storm will hit the coast directly.",
     "Some residents have started boarding up windows, fearing"),
    ("Some economists are cutting their growth estimates, citing fears that the trade war will escalate.",
     "Some economists are cutting their growth estimates, citing"),
    ("The club is in turmoil, with many supporters blaming the owners for the relegation.", "many supporters blaming"),
    ("The talks collapsed on Friday, with some diplomats suggesting that the envoy had overplayed his hand.",
     "some diplomats suggesting"),
    ("Some parents have pulled their children from the school, claiming the building is unsafe.",
     "Some parents have pulled their children from the school, claiming"),
    ("Critics have attacked the plan, saying it favors developers.", "Critics have attacked"),  # one finding
]
PARTICIPLE_NEAR_MISSES = [
    "The shares fell 9 percent, with the company predicting further losses this week.",
    "Fuel prices rose again, with the energy minister conceding that the tax cut had not worked.",
    "Several analysts attended the briefing, taking notes as the chief executive spoke.",
    "The mayor left the meeting, saying she would return on Monday.",
    "With many motorists driving to the coast, traffic was heavy on Friday.",
    "The index closed lower, with energy stocks leading the decline.",
    "Smith, arguing that the plan favors developers, voted against it.",
    "The club is in turmoil, with many supporters staying away from matches.",
    "Firefighters worked through the night, saying the blaze was under control by dawn.",
    "Protesters marched to the palace, chanting slogans against the president.",
    "Some critics were criticized for saying the plan would fail, the mayor said.",
    "Before arguing the case, several lawyers for the city met with the judge.",
    "Some protesters blocked the road, demanding the release of the prisoners.",
    "Some protesters demanded the release of the prisoners.",  # (the "of" of an act is its own, no charge)
    "Several workers walked out, calling for higher pay.",
    "Many residents lined the streets, waving flags.",
    "Many shoppers queued overnight, hoping to buy the new phone.",
    "Some students wrote to the dean, requesting an extension.",
]

# Praise or disapproval in the passive, as something, with no one who praised or disapproved.
APPRAISALS = [
    ("The new ferry has been touted as the fastest on the lake.", "has been touted"),
    ("The mayor's plan was derided as a gimmick.", "was derided"),
    ("The reform has been lauded as a model for the region.", "has been lauded"),
    ("The striker was branded a traitor after his move to the rival club.", "was branded"),
    ("The budget has been ridiculed as a fantasy.", "has been ridiculed"),
    ("The album was acclaimed as the band's finest work.", "was acclaimed"),
    ("The rescue was heralded as a triumph of engineering.", "was heralded"),
    ("The settlement has been praised as fair to both sides.", "has been praised"),
    ("The tax was decried as a burden on the poor.", "was decried"),
    ("The new coach has been hailed as a savior.", "has been hailed"),
    ("The report was panned as shallow.", "was panned"),
    ("The scheme was lambasted as wasteful.", "was lambasted"),
]
APPRAISAL_NEAR_MISSES = [
    "He was hailed as a hero by the crowd outside the stadium.",
    "The goalkeeper was praised by his coach as the best in Europe.",
    "The new ferry was touted as the fastest in the fleet by its builder, Austal.",
    "The film was hailed as a masterpiece by The New York Times.",
    "She was applauded as she took the stage.",
    "The lawsuit was dismissed as moot.",
    "The charges were dismissed as part of a plea deal.",
    "The old quarry was blasted as part of the road project.",
    "The convoy was attacked as it crossed the border.",
    "Cattle were branded at the ranch each spring.",
    "The volunteers were praised for their courage.",
    "The mayor was criticized by the council for the delay.",
    "The program was heralded as a model by the state's education secretary, Ana Ruiz.",
]


# Unnamed members of a group that a place only locates, whatever the preposition of place.
PLACED_GROUPS = [
    ("Several fishermen in Tromsø reckon the herring have moved north for good.", "Several fishermen in Tromsø reckon"),
    ("Some farmers near Mombasa suspect the locusts came from across the border.", "Some farmers near Mombasa suspect"),
    ("Most voters in the 5th Ward assume the alderman will not run again.", "Most voters in the 5th Ward assume"),
    ("A few traders in Karachi reckon the rupee will fall further.", "A few traders in Karachi reckon"),
    ("Many commuters along the Red Line complain the trains are always late.",
     "Many commuters along the Red Line complain"),
    ("Some officials in Brasília concede the budget target will be missed.", "Some officials in Brasília concede"),
    ('Some sources inside the ministry say the minister will resign this week.',
     'Some sources inside the ministry say'),
    ("Several members of Congress privately predict the bill will die in committee.",
     "Several members of Congress privately predict"),
]
PLACED_NEAR_MISSES = [
    "Several fishermen in Tromsø caught record hauls this winter.",
    "Some farmers near Mombasa lost their entire crop to locusts.",
    "Most voters in the 5th Ward cast ballots before noon.",
    "Economists at the Bank of Ghana expect inflation to ease.",
    "Many commuters along the Red Line switched to buses after the fire.",
    "Doctors at Lagos University Teaching Hospital warn that the clinics are running out of insulin.",
    "Officials in Brasília said the budget target would be missed.",
    "Several members of Congress visited the border on Monday.",
]

# Amounts that stay indefinite with "the", "by all accounts", and a view no one owns under an adjective.
AMOUNTS_AND_VIEWS = [
    ("The majority of economists expect the Fed to cut rates.", "The majority of economists expect"),
    ("The bulk of analysts now think the merger will be approved.", "The bulk of analysts now think"),
    ("Legions of fans believe the club was robbed.", "Legions of fans believe"),
    ("By all accounts, the meeting was a disaster.", "By all accounts"),
    ("The meeting was, by all accounts, a disaster.", "by all accounts"),
    ("The general feeling is that the coach should go.", "The general feeling is"),
    ("The biggest fear is that the levee will not hold.", "The biggest fear is"),
    ("The unspoken assumption is that the mayor will run again.", "The unspoken assumption is"),
    ("There is a perception that the police ignore the east side.", "There is a perception"),
    ("Legend has it that the well never runs dry.", "Legend has"),
    ("Some rights groups say hundreds have been detained.", "Some rights groups say"),
    ("Some at the ministry believe the program will be scrapped.", "Some at the ministry believe"),
    ("Residents and business owners complain that the construction has dragged on for years.",
     "Residents and business owners complain"),  # coordinated kinds
    ("Parents and grandparents worry that the playground is unsafe.", "Parents and grandparents worry"),
    ("A person with direct knowledge of the matter said the bid would be withdrawn.",
     "A person with direct knowledge of the matter said"),
    ("The manuscript is purported to be in Shakespeare's hand.", "is purported to"),
    ("The well is said never to run dry.", "is said never to"),
]
AMOUNT_AND_VIEW_NEAR_MISSES = [
    "The union's main fear is that the plant will close.",
    "The good news is that the bridge reopened.",
    "The only problem is that the bus is late.",
    "The majority of the residents said they would stay.",
    "The majority of voters backed the plan in May.",
    "By all means, the council should act.",
    "By all standards, the storm was unusual.",
    "The bulk of the money went to schools.",
    "Legions of fans lined the streets on Sunday.",
    "The legend on the map shows the flood zones.",
    "His perception that the vote was rigged led him to sue.",
    "There is no notion that the town is dying.",
    "Several groups attended the rally on Sunday.",
    "People with knowledge of accounting were hired to review the books.",
    "Some at the ministry left early on Friday.",
    "Residents and police believe the fire was set deliberately.",
    "Residents and the mayor believe the fire was set deliberately.",
    "Residents and business owners gathered outside city hall on Monday.",
    "Two rights groups said hundreds had been detained.",
    "Rights groups including Amnesty International say hundreds have been detained.",
]

# A relative clause set off by commas adds to a group without saying which of its members speak.
ASIDES = [
    ("Opponents, who packed the hearing on Monday, contend that the tower is too tall.",
     "Opponents, who packed the hearing on Monday, contend"),  # (tagged as a name at the start)
    ("Liberals, who met on Monday, argue that the plan will fail.", "Liberals, who met on Monday, argue"),
    ('Local fishermen, who have worked the waters off Chiloé Island for generations, blame the salmon '
     'farms for the algal blooms.',
     'Local fishermen, who have worked the waters off Chiloé Island for generations, blame'),
    ('Some economists, who declined to be named because the talks are private, say the deal is close.',
     'Some economists, who declined to be named because the talks are private, say'),
    ('Critics, who have fought the project for a decade, argue that the dam will flood three villages.',
     'Critics, who have fought the project for a decade, argue'),
    ('Many farmers, who rely on the river for irrigation, fear the new dam will leave them without water.',
     'Many farmers, who rely on the river for irrigation, fear'),
    ('Some residents, who have lived near the plant since the 1970s, suspect it is leaking.',
     'Some residents, who have lived near the plant since the 1970s, suspect'),
    ('Analysts, who had expected a loss, now predict the company will break even.',
     'Analysts, who had expected a loss, now predict'),
    ('Several teachers, who spoke to the Herald last week, insist the new exams are unfair.',
     'Several teachers, who spoke to the Herald last week, insist'),
    ('Many parents, who have complained for years about the crossing, believe a child will be hurt.',
     'Many parents, who have complained for years about the crossing, believe'),
    ('Skeptics, whose numbers have grown since the spill, doubt the cleanup will ever be finished.',
     'Skeptics, whose numbers have grown since the spill, doubt'),
]
ASIDE_NEAR_MISSES = [
    'Critics, who include the mayor and two council members, argue that the dam will flood three villages.',
    'Some residents who attended the meeting said the plant was leaking.',
    'The teachers, who spoke to the Herald last week, insist the new exams are unfair.',
    'Two economists, who declined to be named, say the deal is close.',
    'Ana Ruiz and Tom Hale, who have fought the project for a decade, argue that the dam will flood three villages.',
    'Residents, who had been evacuated on Monday, returned home on Friday.',
    'Many farmers, who rely on the river for irrigation, planted early this year.',
    'Opponents, who packed the hearing on Monday, left before the vote.',
    'Police, who arrived within minutes, believe the fire was set deliberately.',
    'Firefighters, who battled the blaze for six hours, said the roof had collapsed.',
]

# A clause the parser misread as an object (its verb tagged as a noun or hung elsewhere), read a second time on
# its own; a "that" right after a hedge noun opens its clause wherever the parser hung it.
MISREAD_CLAUSES = [
    ("Most agree the new Terminal 2 at Jomo Kenyatta International Airport, first promised in 2012, is at least "
     "five years behind schedule.", "Most agree"),
    ("Skeptics suspect the Ministry of Health, already short of staff, cannot run the program.", "Skeptics suspect"),
    ("Observers agree the Kenyan delegation, led by a former general, holds the key to the talks.", "Observers agree"),
    ("Many believe the old ferry terminal, shuttered since the 1990s, could be turned into housing.", "Many believe"),
    ("Critics argue the 2019 law, passed in a single night, has never been properly enforced.", "Critics argue"),
    ("Many farmers fear the Tana River, swollen by weeks of rain, will burst its banks.", "Many farmers fear"),
    ("There are fears that the measles outbreak in Kano, which has killed 30 children since May, could reach "
     "Abuja.", "There are fears"),
    # a verb whose main sense takes a clause and no object: its object is a misread clause's subject
    ("Critics contend the $2 billion bridge deal approved by the Harris County Commission shifts the risk onto "
     "drivers.", "Critics contend"),
    ("Many economists agree the stimulus package signed by President Ruto fuels inflation.", "Many economists agree"),
]
MISREAD_NEAR_MISSES = [
    "Several analysts downgraded the Bank of Ghana after the report.",
    "Many fans support the club's new owner, a Saudi investment fund.",
    "Some economists praised the central bank's 2022 rate rise, the first in a decade.",
    "Many farmers farm the land along the Tana River, which floods every spring.",
    "Some parents visited the district's new Lincoln Elementary, built for $40 million.",
    "Many believe in the old ferry terminal, shuttered since the 1990s.",
    "Skeptics questioned the Ministry of Health, already short of staff, about its plans.",
    "Some teams contend for the title every year.",
    "The mayor believes the new Terminal 2, first promised in 2012, is five years late.",
    # "several", "some" after a partitive subject are more of its known group
    "Most of the 12 council members voted for the plan, though several said they had doubts about its cost.",
    "Many of the 40 nurses at the clinic signed the letter, and some said they would strike.",
]

# A role that is also a profession gives the whole profession's advice with a verb of advice in the present.
PROFESSION_ADVICE = [
    ('Doctors warn that the new strain spreads faster among children.', 'Doctors warn'),
    ('Lawyers warn the new contract rules leave tenants exposed.', 'Lawyers warn'),
    ('Doctors advise that children under two avoid screens entirely.', 'Doctors advise'),
    ('Attorneys caution that the ruling may not survive an appeal.', 'Attorneys caution'),
    ("Doctors have long warned that sugary drinks harm children's teeth.", 'Doctors have long warned'),
    ('Dermatologists warn that tanning beds raise the risk of melanoma.', 'Dermatologists warn'),
    ('Pediatricians caution parents that the syrup can be dangerous.', 'Pediatricians caution'),
    ('Vets warn that chocolate can poison dogs.', 'Vets warn'),
    ('Nutritionists advise that adults eat less salt.', 'Nutritionists advise'),
    ('Dentists warn that sports drinks erode enamel.', 'Dentists warn'),
]
PROFESSION_NEAR_MISSES = [
    'Doctors believe the boy will recover.',
    'Doctors said the woman was in stable condition.',
    'Doctors warned the family on Monday that the girl might not survive.',
    'Lawyers for the family warn that they will sue.',
    'Police warn that the roads are icy.',
    'Doctors at the clinic warn that the vaccine supply is running low.',
    'Firefighters warn that the blaze could spread overnight.',
    'Forecasters warn that the storm could strengthen.',
    'Doctors treating the victims warn that more may die.',
    'The doctors warn that the boy may lose his sight.',
    'Two doctors warned that the clinic was understaffed.',
]




# A vague group the parser did not read as the subject of the verb of saying after it, read again with "They" in
# its place; a place after a plural name only locates its people; a verb the claim depends on carries the tense.
MISREAD_GROUPS = [
    ("Many voters in Ohio's 9th District doubt Congresswoman Kaptur will run again.",
     "Many voters in Ohio's 9th District doubt"),
    ("Some supporters of the Kenyan opposition claim Raila Odinga won the 2017 vote.",
     "Some supporters of the Kenyan opposition claim"),
    ("Several skippers in Tromsø reckon the spring herring run, already a month late, is the poorest in decades.",
     "Several skippers in Tromsø reckon"),
    ("Some insiders inside the federation say coach Marta Vieira has lost the backing of the board.",
     "Some insiders inside the federation say"),
    ("Many Democrats in Congress believe the president waited too long to act.", "Many Democrats in Congress believe"),
    ("Several Republicans in the Ohio Senate argue the new map is unfair.", "Several Republicans in the Ohio Senate argue"),
    ("Investors appear to believe that the worst of the selloff is over.", "Investors appear to believe"),
    ("Shoppers seem to think prices will keep rising.", "Shoppers seem to think"),
    ("Voters tend to believe the economy is worse than it is.", "Voters tend to believe"),
]
MISREAD_GROUP_NEAR_MISSES = [
    "As a result of acting together, the President and other leaders reaffirmed that the alliance is more united.",
    "Some parents like Ana Ortiz say the bus route is too long.",
    "Some 300 residents of Lagos signed the petition on Monday.",
    "Most Democrats voted against the bill in Congress.",
    "Many Democrats in Congress voted against the bill on Thursday.",
    "Parents want to know whether the school will reopen.",
    "Investors appear to have sold most of their holdings.",
    "Teachers appeared to believe the new rules were temporary.",
]
# A hedge participle that opens the sentence describes its subject as a reduced relative does; an impersonal
# "it is ... that" whose "that" the parser took for a preposition; "see as" split by a vague agent; "according to"
# a bare plural of people that is no role; a hedge noun whose verb takes no clause of its own.
HEDGES_AND_ACCOUNTS = [
    ("Believed to be the oldest tree in the county, the oak has stood on the ridge since 1700.", "Believed to"),
    ("Widely regarded as the best player of his generation, Okoye won the award again.", "Widely regarded"),
    ("Considered one of the finest works of the period, the altarpiece hangs in Ghent.", "Considered"),
    ("Said to be worth $2 billion, the firm employs 300 people.", "Said to"),
    ("It is estimated that two in five households in the province lack clean water.", "It is estimated"),
    ("The coach was seen by some as too cautious.", "was seen"),
    ("The plan is viewed by some as a gift to Exxon.", "is viewed"),
    ("The deal is seen by many as a win for Tehran.", "is seen"),
    ("According to residents, the tap water has run brown for weeks.", "According to residents"),
    ("The walleye catch has rebounded, according to local anglers.", "according to local anglers"),
    ("According to shopkeepers, sales have halved since the bridge closed.", "According to shopkeepers"),
    ("A consensus is emerging that the central bank will need to raise rates again.", "A consensus is emerging"),
    ("Word has spread that the cannery will close by Christmas.", "Word has spread"),
    ("Rumors circulated that the coach had been fired.", "Rumors circulated"),
    ("Fears surfaced that the levee could fail.", "Fears surfaced"),
]
HEDGE_AND_ACCOUNT_NEAR_MISSES = [
    "Asked about the plan, the mayor said it would save money.",
    "Known as the Iron Lady, the bridge opened in 1932.",
    "Expected to open in May, the bridge will carry 40,000 cars a day.",
    "Considered by the council in March, the plan was approved in June.",
    "Estimated at $2 billion, the project is the largest in the state.",
    "Seen from the air, the island looks like a heart.",
    "Reported missing on Monday, the hiker was found alive on Wednesday.",
    "Described by police as armed and dangerous, the suspect fled on foot.",
    "It was reported that day.",
    "The deal was seen by the board as a victory.",
    "The deal was seen by the board as a victory for Tehran.",
    "The fire started in the kitchen, according to witnesses.",
    "According to residents of the block, the landlord ignored the leaks.",
    "According to the residents, the landlord ignored the leaks.",
    "According to participants, the meeting ended early.",
    "The report found that the dam could fail.",
    "Fears that the dam could fail proved unfounded.",
    "The union's fear remains that jobs will go.",
    "Word came from the palace that the king had died.",
    "The consensus of the panel, published in The Lancet, is that the drug is safe.",
    "There are fears of a crash that could last years.",
]



# "Many", "some" continue only a group of people named before, not coordinated things; a named subject in the
# next sentence backs a group's view only when it says or judges something, not when it acts; a quantifier the
# parser hung on a possessive plural quantifies the whole group.
CONTEXT_CLAIMS = [
    ("The ferry's engines and hull will be overhauled this winter. Many think the work should have waited until "
     "spring.", "Many think"),
    ("Prices of rice and wheat rose again in March. Some fear the increases will spark protests.", "Some fear"),
    ("Its roof and walls were rebuilt in 2019. Many believe the chapel should now be listed.", "Many believe"),
    ("Many nutritionists believe the new labels will confuse shoppers. The Food Standards Agency announced the "
     "labels on Monday.", "Many nutritionists believe"),
    ("Some engineers doubt the tunnel can open on time. Network Rail confirmed the new timetable last week.",
     "Some engineers doubt"),
    ("Some farmers' unions argue the subsidy came too late.", "Some farmers' unions argue"),
    ("Many parents' groups believe the new timetable is unsafe.", "Many parents' groups believe"),
    ("Some residents' associations have complained that the buses never arrive.",
     "Some residents' associations have complained"),
]
CONTEXT_NEAR_MISSES = [
    "The mayor and two aides toured the site on Monday. Some said the damage was worse than expected.",
    "Lopez and Chen voted for the plan. Others said they needed more time.",
    "Several nurses complained about the rota. Maria Costa, a nurse at St. Luke's, said she had worked 14 days in a "
    "row.",
    "Many pilots criticized the new schedule. Ana Reyes, a captain with 20 years at the airline, called it "
    "dangerous.",
    "Many readers objected to the ruling. Lena Ortiz, a lawyer in Quito, pointed out that:\n\n> The court erred.\n",
    "Some farmers' unions met the minister on Monday.",
    "The farmers' unions argue the subsidy came too late.",
    "Two farmers' unions argue the subsidy came too late.",
]



# A pronoun of amount before a verb of saying that the parser took for the noun of a verbless sentence ("Some
# question/NN whether"), read again as a verb; a pronoun object stands for the claim a verb of judging judges.
PRONOUN_CLAIMS = [
    ("Some question whether the money will ever arrive.", "Some question"),
    ("Others question whether the vote was fair.", "Others question"),
    ("Many point to the 2015 drought as the start of the exodus.", "Many point"),
    ("Many credit the coach with the turnaround.", "Many credit"),
    ("Some report seeing a bear near the school.", "Some report"),
    ("The ministry says the economy will grow by 3 percent. Many doubt it.", "Many doubt"),
    ("Others dispute that.", "Others dispute"),
]
PRONOUN_NEAR_MISSES = [
    "Many claim forms were lost in the move.",
    "Some question marks remain over the budget.",
    "Many thanks to the volunteers who cleaned the beach.",
    "Lopez and Chen voted for the bill. Some question whether it will pass the Senate.",
    "Many residents love it.",
    "Some fans booed it.",
]



# Bodies of people hold a kind's view as people do ("aid agencies warn"), but not bodies that rule or govern nor a
# mass ("data show"); a number in a name is no count ("Formula One insiders"); what a group of stance opposes or
# backs does not name it ("critics of Prime Minister Kishida").
GROUPS_AND_NAMES = [
    ("Rights groups have accused the army of torturing detainees in the north.", "Rights groups have accused"),
    ("Aid agencies warn that famine is imminent in the north.", "Aid agencies warn"),
    ("Unions fear the merger will cost thousands of jobs.", "Unions fear"),
    ("Environmental groups argue the dam will destroy the wetlands.", "Environmental groups argue"),
    ("Most Formula One insiders expect Lewis Hamilton to retire after the 2026 season.",
     "Most Formula One insiders expect"),
    ("Critics of Prime Minister Kishida say his tax cut came too late to help households.",
     "Critics of Prime Minister Kishida say"),
    ("Opponents of the Thames Tideway tunnel argue that Londoners are paying for a project they never needed.",
     "Opponents of the Thames Tideway tunnel argue"),
    ("Fans of the Chicago Bears have long argued that Soldier Field is too small for a Super Bowl.",
     "Fans of the Chicago Bears have long argued"),
]
GROUP_AND_NAME_NEAR_MISSES = [
    "Unions said the strike would go ahead.",
    "The unions fear the merger will cost jobs.",
    "Data show the economy grew in the third quarter.",
    "Courts have long held that the right is not absolute.",
    "Two analysts said the deal was dead.",
    "Critics of the plan, including Senator Lopez, say it will fail.",
    "Economists of the Bank of Italy expect growth to slow.",
    "Fans of the Chicago Bears packed Soldier Field on Sunday.",
    # a decision is no claim, however the parser reads the infinitive after it
    "Some parents decided to home-school their children.",
    "A growing number of parents are choosing to home-school their children.",
    "Several teachers agreed to work extra hours.",
    "Many parents have opted to keep their children at home.",
]


@pytest.mark.parametrize(
    "text, span",
    MISREAD_CLAUSES + RELATIVE_JUDGEMENTS + PARTICIPLE_CLAIMS + APPRAISALS + PLACED_GROUPS + AMOUNTS_AND_VIEWS + ASIDES
    + PROFESSION_ADVICE + MISREAD_GROUPS + HEDGES_AND_ACCOUNTS + CONTEXT_CLAIMS + PRONOUN_CLAIMS + GROUPS_AND_NAMES,
)
def test_judgement_in_a_relative_clause_participle_or_agentless_appraisal(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    RELATIVE_NEAR_MISSES + PARTICIPLE_NEAR_MISSES + APPRAISAL_NEAR_MISSES + PLACED_NEAR_MISSES
    + AMOUNT_AND_VIEW_NEAR_MISSES + ASIDE_NEAR_MISSES + MISREAD_NEAR_MISSES + PROFESSION_NEAR_MISSES
    + MISREAD_GROUP_NEAR_MISSES + HEDGE_AND_ACCOUNT_NEAR_MISSES + CONTEXT_NEAR_MISSES + PRONOUN_NEAR_MISSES
    + GROUP_AND_NAME_NEAR_MISSES,
)
def test_named_judges_acts_and_gerunds_pass(text):
    assert_findings(text, RULE, [])


# Written-news false alarms: verbs that report an act rather than a claim, groups the article has identified, a claim
# made in a named account or dated by a clause of time, and the near misses each fix must keep.
ACTS_AND_KNOWN_GROUPS = [
    "Hundreds of nurses demanded that the hospital hire more staff before winter.",
    "Several thousand teachers demanded higher pay and smaller classes.",
    "Dockworkers negotiated higher wages for their members last year.",
    "Farmers have been negotiating new supply contracts for 2027.",
    "Growers have been negotiating prices for next year's harvest.",
    'Many traders refer to the index as the "fear gauge."',
    'Truckers often refer to the pass as "the widowmaker."',
    "Scientists refer to such events as marine heat waves.",
    'Meteorologists call such storms "bomb cyclones" because their pressure falls quickly.',
    "Researchers measured the ice at 40 sites, comparing the readings with satellite images.",
    "The glacier's retreat has been documented by researchers for more than a century.",
    "Thousands of homeowners sued, arguing that the insurers had underpaid storm claims.",
    "Hundreds of workers walked out, saying they had not been paid since March.",
    "Scientists have long used the site to study how forests recover from fire.",
    "The city urged residents to report any damage to the hotline.",
    "In a study published Wednesday in the journal Nature, researchers reported that the planet was cooler than expected.",
    "In a report released Tuesday by the World Bank, economists warned that growth would slow.",
    "Writing in The Lancet, doctors said the drug cut deaths by a third.",
    "Supporters argue it will bring 3,000 jobs to the county, citing a study by the state university.",
    "Scientists from the agency's climate center said the summer was the hottest on record.",
    "Treasury yields climbed after several Fed officials said they saw no reason to cut rates.",
    "The peso slid when some central bank officials hinted that a rate cut was near.",
    "The company recalled the heaters after some customers reported that they overheated.",
    "The bank held its rate, though growth remains below levels that policymakers consider sustainable.",
    "The Metro Transit Agency will redesign its network in June. Agency planners estimate that 78,000 more residents "
    "will live near frequent service.",
    "The Central Bank of Kenya cut its benchmark rate. Bank economists expect inflation to stay near 5%.",
    "The county's road department closed the bridge. Department engineers expect it to reopen in the fall.",
    "The foreign agents bill passed on Tuesday as thousands of people protested outside parliament.",
]
ACTS_AND_KNOWN_GROUPS_NEAR_MISSES = [
    ("Some nurses argue that the hospital is badly understaffed.", "Some nurses argue"),
    ("Many analysts regard the strait as the riskiest route in Asia.", "Many analysts regard"),
    ("Many economists liken the slump to the crash of 2008.", "Many economists liken"),
    ("Several engineers blamed the contractor for the cracks in the deck.", "Several engineers blamed"),
    ("Many economists have criticized the bank for years of low rates.", "Many economists have criticized"),
    ("The agency has long been blamed for the delays.", "has long been blamed"),
    ("Some homeowners sued, arguing that the insurers had underpaid storm claims.", "Some homeowners sued, arguing"),
    ("Critics walked out of the hearing, saying the plan was rigged.", "Critics walked out of the hearing, saying"),
    ("Dozens of experts warn that the dam could fail.", "Dozens of experts warn"),
    ("Many analysts have long used the index to argue that stocks are overpriced.",
     "Many analysts have long used the index to argue"),
    ("In a recent study, researchers reported that the planet was cooler than expected.", "researchers reported"),
    ("In interviews with the Guardian, several former employees alleged that safety checks were skipped.",
     "several former employees alleged"),
    ("Supporters argue it will bring 3,000 jobs to the county, citing a study.", "Supporters argue"),
    ("Some scientists from a climate center said the summer was the hottest on record.",
     "Some scientists from a climate center said"),
    ("Shares fell as some analysts warned that margins would shrink.", "some analysts warned"),
    ("Since the ruling, some lawyers have argued that the law is unenforceable.", "some lawyers have argued"),
    ("Some Fed officials believe that rates will stay high through next year.", "Some Fed officials believe"),
    ("Some analysts at Morgan Stanley said the bank would cut rates twice.", "Some analysts at Morgan Stanley said"),
    ("Commuters face long waits. Agency planners estimate that the new line will carry 40,000 riders a day.",
     "Agency planners estimate"),
    ("Prices rose again in May. Industry analysts expect growth of 2.1% next year.", "Industry analysts expect"),
    ("Meteorologists call the storm a disaster for the region.", "Meteorologists call"),
    ("Some scientists describe such events as a warning for the reef.", "Some scientists describe"),
]
# A place only locates a generic group (a name after "in" is no source); a word of a name is no missed verb; a
# capital the tagger took for a name; a bare plural's possessive is a kind.
PLACED_KINDS = [
    ("Some traders in the Kariakoo market in Dar es Salaam allege that inspectors have been seizing goods.",
     "Some traders in the Kariakoo market in Dar es Salaam allege"),
    ("A handful of winemakers in the Barossa Valley fear that the decision came too late.",
     "A handful of winemakers in the Barossa Valley fear"),
    ("A growing number of demographers in Scandinavia argue that housing costs explain the falling birth rate.",
     "A growing number of demographers in Scandinavia argue"),
    ("Observers in Honiara have pointed to the side's poor finishing as the reason for the slump.",
     "Observers in Honiara have pointed"),
    ("Critics in Washington say the sanctions have failed.", "Critics in Washington say"),
    ("Analysts in London expect the pound to weaken further.", "Analysts in London expect"),
    ("Dozens of growers along the Murray River believe the water cuts are unfair.",
     "Dozens of growers along the Murray River believe"),
    ("Experts across Europe warn that the heat wave will strain power grids.", "Experts across Europe warn"),
    ("Skeptics in Brussels doubt the deal will survive the summer.", "Skeptics in Brussels doubt"),
    ("Ecologists had been predicting for years that the lake would fall to a record low.",
     "Ecologists had been predicting"),
    ("Teachers' unions have long argued that class sizes are too large.", "Teachers' unions have long argued"),
    ("Farmers' groups warn that the new rules will push small growers out of business.", "Farmers' groups warn"),
    ("Tenants' associations argue that the rent cap is too weak.", "Tenants' associations argue"),
]
PLACED_KINDS_NEAR_MISSES = [
    "Analysts at Morgan Stanley's London office expect the pound to weaken.",
    "Researchers from the University of Nairobi argue that the drought was worsened by deforestation.",
    "Experts within the World Health Organization believe the outbreak has peaked.",
    "A handful of winemakers in the Barossa Valley replanted their vineyards this year.",
    "Critics in Washington gathered outside the Treasury on Monday.",
    "Two analysts in London said the pound would weaken.",
    "Seismologists recorded 40 aftershocks overnight.",
    "Hydrologists from the US Geological Survey measured the river's flow on Friday.",
    "The teachers' unions said class sizes were too large.",
    "Two farmers' groups warn that the new rules will push growers out of business.",
    "Tenants' associations in the city collected 4,000 signatures.",
]


@pytest.mark.parametrize("text", ACTS_AND_KNOWN_GROUPS + PLACED_KINDS_NEAR_MISSES)
def test_acts_known_groups_named_accounts_and_dated_claims_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", ACTS_AND_KNOWN_GROUPS_NEAR_MISSES + PLACED_KINDS)
def test_vague_claims_beside_acts_accounts_and_places_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# "There are growing fears that ...": the parser takes the adjective for a verb with the hedge noun as its object,
# which no verb after an expletive "there" can have; the near misses grow things, or name who fears.
GROWING_HEDGES = [
    ("There are growing fears that the virus has reached the capital.", "There are growing fears"),
    ("There were mounting fears that the dam would give way overnight.", "There were mounting fears"),
    ("There are growing doubts that the stadium will be ready for the World Cup.", "There are growing doubts"),
    ("There are increasing worries that the drought will cut the wheat harvest.", "There are increasing worries"),
    ("There are deepening concerns that the peace talks have stalled.", "There are deepening concerns"),
    ("There were persistent rumors that the club was close to bankruptcy.", "There were persistent rumors"),
]
GROWING_NEAR_MISSES = [
    "There are growing numbers of tourists in the old town each summer.",
    "There were mounting piles of rubbish on the streets after the strike.",
    "There are growing fears among aid workers that the camp will run out of water.",
    "There were growing queues outside the passport office on Monday.",
    "There is growing demand for electric buses in the city.",
    "There are mounting costs for the county as the flood cleanup continues.",
]


# A relative "that" the parser took for a mark is the object of the judging verb, as a left-out one is.
RELATIVE_THAT_JUDGEMENTS = [
    ("The club finished 14th, a season that most pundits regard as a failure.", "most pundits regard"),
    ("The ruling party won 212 seats, a result that several scientists attribute to low turnout in the cities.",
     "several scientists attribute"),
]
RELATIVE_THAT_NEAR_MISSES = [
    "The club finished 14th, a season that the manager described as a failure.",
    "The ruling party won 212 seats, a result that surprised many analysts.",
    "Fares rose by 9 percent, an increase that took effect on Monday.",
    "The company laid off 300 staff, a decision that many employees learned about by email.",
]


# A "that" the parser took for the relative pronoun of a clause that already has its object opens the noun's content.
HEDGE_NOUN_CONTENT = [
    ("There is a widespread belief in the town that the mine poisoned the well.", "There is a widespread belief"),
    ("There is a suspicion in the village that the council sold the land cheaply.", "There is a suspicion"),
    ("There is a perception in the region that the capital neglects the north.", "There is a perception"),
]
HEDGE_NOUN_RELATIVES = [
    "There is a well in the village that the mine poisoned.",
    "There is a story in the archive that the historian found last year.",
    "There is a belief system in the town that the mine owners built.",
]


# A quantified group continues a known group of the same noun that the sentence before has as its subject; a vague
# one, or another noun, stays vague.
SAME_GROUP_CONTINUED = [
    "Republicans in the state Senate blocked the bill on Tuesday. Some Republicans now say they would back a "
    "smaller version.",
    "The union's 3,000 members voted to strike. Many members said they could not afford another year without a raise.",
]
SAME_GROUP_NEAR_MISSES = [
    ("Some experts predict a recession. Some experts believe growth will hold.", [(1, 1, 21), (1, 35, 55)]),
    ("The union's 3,000 members voted to strike. Many economists believe the strike will fail.", [(1, 44, 67)]),
    ("Several residents fled the flood. Many residents fear the river will rise again.", [(1, 35, 54)]),
    ("The plant has been open since 1962.\n\nMany workers fear it will close.", [(3, 1, 18)]),
    ("The city cut 11 bus routes on Monday.\n\nMany say the cuts will hurt night workers.", [(3, 1, 9)]),
    ("Two analysts praised the deal.\n\nSeveral said it would fail.", [(3, 1, 13)]),
]


@pytest.mark.parametrize("text, spans", SAME_GROUP_NEAR_MISSES)
def test_a_vague_or_other_group_before_does_not_excuse(text, spans):
    assert_findings(text, RULE, spans)


# After an article has reported a study, bare "researchers" in the past tense are its authors telling what they did
# or found; a field's present view, "independent" or "some" researchers, and a study in the same sentence are not.
STUDY = "A study published on Monday followed 4,000 nurses in three states for a decade. "
STUDY_AUTHORS = [
    STUDY + "Researchers said night shifts raised the risk of diabetes by a fifth.",
    STUDY + "Researchers compared nurses on night shifts with those who worked days.",
    STUDY + "Researchers recommended that hospitals limit night shifts to three a week.",
    "The trial enrolled 900 patients in 12 countries. Scientists said the drug halved the relapse rate.",
    "The findings, published in the journal Science, cover 40 years of sea ice.\n\nScientists said the loss had sped up.",
    "A team from the university surveyed penguin colonies for six years.\n\nResearchers said food shortages explained "
    "most of the decline.",
]
STUDY_AUTHORS_NEAR_MISSES = [
    (STUDY + "Researchers say night shifts are bad for health.", "Researchers say"),
    (STUDY + "But researchers have long suspected that night work harms the heart.", "researchers have long suspected"),
    (STUDY + "Independent researchers said the study was too small to be useful.", "Independent researchers said"),
    (STUDY + "Some researchers said the findings were overstated.", "Some researchers said"),
    ("Scientists warned that the glacier could collapse within a decade.", "Scientists warned"),
]


# The study's authors may go on in a verb that continues theirs ("and concluded", "but warned", "to estimate"),
# with no subject of its own; without a study reported before, or with vague or other researchers, they stay vague.
CONTINUED_STUDY_AUTHORS = [
    "A study published on Monday followed 4,000 nurses in three states for a decade. Researchers "
    "used payroll records to estimate how many nights each nurse worked.",
    "A study published on Monday followed 4,000 nurses in three states for a decade. Researchers "
    "interviewed the nurses and concluded that sleep loss explained most of the risk.",
    "A study published on Monday followed 4,000 nurses in three states for a decade. Researchers "
    "also drew on hospital records to measure how often nurses fell ill.",
    "A study published on Monday followed 4,000 nurses in three states for a decade. Researchers "
    "said night shifts raised the risk of diabetes but warned that the sample was small.",
    "The survey, released on Tuesday, counted 900 nests along the coast. Researchers said the "
    "figure was encouraging but cautioned that one good year proves little.",
    "The trial enrolled 900 patients in 12 countries. Scientists tracked each patient for two "
    "years and found that relapses fell by half.",
    "The trial enrolled 900 patients in 12 countries. Researchers gave half of them the drug and "
    "compared their scans with the rest.",
    "A report released Thursday by the state university examined 300 wells. Researchers sampled "
    "each well twice to check whether nitrate levels changed with the seasons.",
    "The findings, published in the journal Nature, cover 40 years of sea ice. Scientists "
    "combined satellite images with ship logs to rebuild the record.",
    "A survey of 2,000 farmers was published this week. Researchers visited each farm and "
    "recorded what crops were grown.",
    "The study, published Wednesday, tracked 600 wolves across three parks. Scientists fitted the "
    "animals with collars to follow their movements.",
    "An analysis published on Friday looked at rainfall over a century. Researchers used old "
    "station records to fill gaps in the satellite data.",
    "A paper published in the journal Science describes a new species of frog. Scientists "
    "collected the frogs at night and recorded their calls.",
    "A study released on Tuesday followed 12,000 children from birth. Researchers measured the "
    "children's height every year and compared it with their diets.",
    "The experiment, described in a paper this week, tested whether bees can count. Researchers "
    "trained the bees to fly to a card with three dots and then switched the cards.",
    "The trial was published on Sunday in a medical journal. Researchers split the volunteers "
    "into two groups and gave one a placebo.",
    "A study published this week surveyed 800 teachers across the region. Researchers asked the "
    "teachers how many hours they worked and found that most worked more than 50.",
    "The report, released by the university on Monday, examined 40 rivers. Scientists took water "
    "samples at each site and tested them for plastic.",
    "A study in the journal Cell looked at 300 mice. Researchers fed half the mice a high-fat "
    "diet and tracked their weight for a year.",
    "A survey published Thursday counted seabirds on 50 islands. Researchers walked every island "
    "and noted each nest they found.",
    "The study followed 5,000 drivers for three years. Researchers fitted cameras in the cars to "
    "see how often drivers looked at their phones.",
    "A new study of 200 lakes was published on Monday. Scientists drilled cores from the lake "
    "beds to date the layers of mud.",
    "The analysis, published on Wednesday, covered 20 years of hospital records. Researchers said "
    "admissions rose each summer but stressed that the cause was unclear.",
    "A study published Tuesday examined 1,500 wildfires in the West. Scientists mapped each "
    "fire's edge and compared it with wind records.",
    "A trial of the vaccine was published on Friday. Researchers gave two doses to 3,000 adults "
    "and checked their blood a month later.",
    "A survey released this week asked 10,000 adults about their sleep. Researchers said most "
    "slept less than seven hours but noted that the answers were self-reported.",
    "A study of 90 glaciers was published on Thursday. Scientists flew drones over the ice to "
    "measure how fast it was thinning.",
    "The study, published in a journal of ecology, tracked 400 tortoises. Researchers weighed "
    "each tortoise every spring and marked its shell.",
    "An analysis of 50 cities was published on Monday. Researchers counted trees in aerial photos "
    "and linked them to summer temperatures.",
    "A paper published this week reported a new way to store solar heat. Researchers built a "
    "small prototype and ran it for six months.",
    "A study published Monday examined air quality near 300 schools. Researchers placed sensors "
    "on school roofs to record soot levels every hour.",
    "The trial, published on Wednesday, tested a cheaper malaria drug. Researchers enrolled 1,200 "
    "children and followed them for a year.",
    "A survey of coral reefs was released on Friday. Scientists dived at 70 sites and "
    "photographed the same patches of reef as in 2015.",
    "A study published in the journal Science tracked 3,000 songbirds. Researchers attached tiny "
    "tags to the birds and recovered them a year later.",
    "The report, published Thursday, examined 10 years of flood claims. Researchers matched each "
    "claim to a map of flood zones to see how many lay outside them.",
    "A study released Tuesday looked at 700 bridges. Engineers inspected each bridge and rated "
    "its condition on a five-point scale.",
    "A study of 8,000 patients was published on Monday. Researchers reviewed their records and "
    "concluded that the drug had no effect on heart attacks.",
    "A new survey of bats was released this week. Scientists set up microphones in 60 caves to "
    "record their calls through the night.",
    "An experiment published on Friday tested how plants respond to noise. Researchers played "
    "traffic sounds to seedlings and measured their growth.",
    "The study, published Wednesday in a medical journal, followed 2,500 pregnant women. "
    "Researchers tested their blood for lead and tracked their babies' weight.",
    "A trial published on Sunday compared two kinds of knee surgery. Surgeons operated on 400 "
    "patients and scored their pain after six months.",
    "A study published Monday surveyed 1,000 fishermen. Researchers asked how far they traveled "
    "to fish and found that trips had doubled in length.",
]
CONTINUED_STUDY_AUTHORS_NEAR_MISSES = [
    (
        "Researchers used payroll records to estimate how many nights nurses work.",
        "Researchers used payroll records to estimate",
    ),
    (
        "Researchers interviewed the nurses and concluded that sleep loss explained most of the "
        "risk.",
        "Researchers interviewed the nurses and concluded",
    ),
    (
        "The court ruled on Monday that the company must pay damages. Researchers used the ruling "
        "to argue that the law was outdated.",
        "Researchers used the ruling to argue",
    ),
    (
        "A study published on Monday followed 4,000 nurses. Independent researchers used the same "
        "data to argue that the risk was overstated.",
        "Independent researchers used the same data to argue",
    ),
    (
        "A study published on Monday followed 4,000 nurses. Some researchers reviewed it and "
        "concluded that the risk was overstated.",
        "Some researchers reviewed it and concluded",
    ),
    (
        "Scientists drilled cores from the lake beds and concluded that the drought lasted a "
        "century. A study published later examined 200 lakes.",
        "Scientists drilled cores from the lake beds and concluded",
    ),
    (
        "The city council voted on Tuesday to close the landfill. Scientists studied the site for "
        "years and concluded that it leaked.",
        "Scientists studied the site for years and concluded",
    ),
    (
        "The company opened a new factory on Monday. Researchers say the plant will pollute the "
        "river and argue that it should close.",
        "Researchers say",
    ),
    (
        "The mayor resigned on Friday after a month of protests. Researchers said the scandal had "
        "hurt trust in the city.",
        "Researchers said",
    ),
    (
        "A study published on Monday followed 4,000 nurses. Researchers say night shifts are "
        "harmful and argue that hospitals should act.",
        "Researchers say",
    ),
    (
        "Prices rose again in March. Researchers have long used such figures to argue that wages "
        "lag.",
        "Researchers have long used such figures to argue",
    ),
    (
        "The dam was finished in 1972. Scientists say it blocks fish from spawning and warn that "
        "the river is dying.",
        "Scientists say",
    ),
    (
        "A study published on Monday followed 4,000 nurses. Many scientists compared the results "
        "with older work and concluded that little had changed.",
        "Many scientists compared the results with older work and concluded",
    ),
    (
        "The storm hit the coast on Sunday night. Scientists have linked stronger storms to "
        "warmer seas.",
        "Scientists have linked",
    ),
    (
        "The glacier has shrunk by a third since 1990. Researchers believe it could vanish by "
        "2050.",
        "Researchers believe",
    ),
    (
        "A study published on Monday followed 4,000 nurses. But researchers have long suspected "
        "that night work harms the heart.",
        "researchers have long suspected",
    ),
    (
        "The ban took effect on Monday. Experts said it would cut smoking but warned that "
        "smuggling might rise.",
        "Experts said",
    ),
    (
        "The river flooded twice last year. Scientists warn that floods will become more "
        "frequent.",
        "Scientists warn",
    ),
    (
        "Sales of electric cars doubled last year. Researchers expect the trend to continue.",
        "Researchers expect",
    ),
    (
        "A study published on Monday followed 4,000 nurses. Other researchers have used such data "
        "to argue the opposite.",
        "Other researchers have used such data to argue",
    ),
    (
        "The museum reopened on Saturday. Researchers said the collection was among the finest in "
        "Europe.",
        "Researchers said",
    ),
    (
        "The governor signed the bill on Thursday. Scientists reviewed similar laws and concluded "
        "that they rarely worked.",
        "Scientists reviewed similar laws and concluded",
    ),
]


# "many of whom" is part of the noun before its comma: a counted or determined group of people is known, a vague
# group stays vague, wherever the parser hung the relative clause.
KNOWN_ANTECEDENTS = [
    "The hearing drew more than 140 speakers, many of whom said the housing shortage had become impossible to ignore.",
    "The plant employs 2,000 people, most of whom say they will strike if the pay offer is not improved.",
    "The clinic treated 85 patients, some of whom fear the virus will return.",
    "The union surveyed its members, many of whom believe the contract is unfair.",
]
# "Some", "many" ... alone, or before the crowd's own noun, are part of a crowd counted earlier in the sentence or in
# the sentence before, also when that sentence closes the paragraph before; an uncounted group, a count of things or
# a change in a number does not identify them.
COUNTED_CROWDS = [
    "More than 200 people packed the gymnasium on Tuesday night, and many said the school should stay open.",
    "About 60 farmers attended the meeting at the Grange hall.\n\nSeveral said the new rules would force them to sell.",
    "Around 150 workers gathered at the plant gate before dawn.\n\nMany workers said they feared the plant would close.",
    "Hundreds of fans waited outside the stadium for hours, and some said they had driven from other states.",
    "A dozen shop owners on Main Street met with the mayor on Friday.\n\nMost said the road work had cut their sales.",
    "Thirty-two volunteers searched the woods overnight. Several said the terrain made the work slow.",
]
UNCOUNTED_CROWDS = [
    ("Some parents said they had not been told about the plan.", "Some parents said"),
    (
        "The budget leaves the sheriff with 38 fewer deputies. Several longtime deputies say response times will slow.",
        "Several longtime deputies say",
    ),
    ("About 60 farmers attended the meeting. Several economists said the rules would fail.", "Several economists said"),
]
VAGUE_ANTECEDENTS = [
    ("The plan has drawn critics, many of whom say it is too costly.", "many of whom say"),
    ("The drug has its skeptics, several of whom doubt it works.", "several of whom doubt"),
    ("The bill has many opponents, some of whom argue it is unconstitutional.", "some of whom argue"),
]


# An unnamed informant whose anonymity the sentence explains is sourced by the rules of the trade; a vague share of
# a group stays vague, and so does an informant whose anonymity goes unexplained.
EXPLAINED_ANONYMITY = [
    "A person familiar with the negotiations, who spoke on condition of anonymity because the talks are private, said "
    "a deal could come within days.",
    "People close to the company, speaking on condition of anonymity because the plans have not been announced, said "
    "the chief executive would step down.",
    "Sources close to the coach, who asked not to be identified because the decision had not been made public, said "
    "he would resign.",
    "A diplomat close to the talks, who was not authorised to speak on the record, said the ceasefire was holding.",
    "According to a person familiar with the matter, who was not authorized to comment publicly, the merger will be "
    "announced Monday.",
]
UNEXPLAINED_ANONYMITY = [
    ("A person familiar with the negotiations said a deal could come within days.", "A person familiar with the "
     "negotiations said"),
    ("Sources close to the coach say he will resign.", "Sources close to the coach say"),
    ("Some economists, who declined to be named, say the deal is close.", "Some economists, who declined to be named, "
     "say"),
]

# A verb of naming before a bare noun gives a term; a judgement takes an article or an adjective. Researchers judging
# the study their relative clause hangs on are its authors.
NAMED_TERMS_AND_OWN_STUDIES = [
    "The disease, commonly called black leg, kills calves within days.",
    "The loans, commonly called payday loans, carry interest rates above 300 percent.",
    "The region's winds, often called chinooks, can raise temperatures by 20 degrees in an hour.",
    "The drug cut relapses by half, according to a large Danish trial that researchers say should change how doctors "
    "treat the disease.",
    "The results come from a study of 9,000 teenagers that scientists say is the largest of its kind.",
    "The findings come from a trial in Kenya that scientists describe as the first of its kind in Africa.",
]
# A named "according to" set off after the claim credits it, also when a phrase without a clause of its own follows.
CLOSING_SOURCES = [
    "Investors are largely betting that the Federal Reserve will hold rates steady, according to data from CME Group, "
    "after two cuts earlier in the year.",
]
CLOSING_NEAR_MISSES = [
    ("Traders expect a cut in March, according to a Reuters poll, but many economists believe the bank will wait.",
     "many economists believe"),
]
# Telling a body that hears the public is testimony at the hearing the article reports; telling the press is not.
TESTIMONY = [
    "Several residents told the council that their bills had doubled since spring.",
    "The council postponed the vote, with dozens of residents telling members that the higher rates would hurt "
    "retirees.",
    "Many parents told the school board that the new start time would disrupt child care.",
    "Some nurses told lawmakers that staffing shortages were putting patients at risk.",
]
TESTIMONY_NEAR_MISSES = [
    ("Some residents told reporters that their bills had doubled since spring.", "Some residents told"),
    ("Critics told the newspaper that the plan was a giveaway.", "Critics told"),
    ("Some farmers told The Associated Press that the drought had wiped out their hay crop.", "Some farmers told"),
]
JUDGEMENTS_AND_FIELD_VIEWS = [
    ("The deal is often called reckless.", "is often called"),
    ("The program is often called the most wasteful in the state.", "is often called"),
    ("The results come from a region that scientists say is warming fastest.", "scientists say"),
    ("Researchers say the trial should change how doctors treat the disease.", "Researchers say"),
]


# A verb of saying the parser took for a comment clause comments only from inside or after its clause; opening the
# sentence before another clause, it is an event of a list.
LISTED_EVENTS = [
    "Touts argue, passengers bargain and a blind singer appears at intervals like a Greek chorus.",
    "Traders haggle, porters complain and the market hums until dusk.",
]
COMMENT_CLAUSES = [
    ("The plan, critics argue, is doomed.", "critics argue"),
    ("The plan is doomed, critics argue.", "critics argue"),
    ("The deal, skeptics say, favors the buyer.", "skeptics say"),
]


# "challenge", "dispute" and "contest" judge a claim only when their object is a message or an idea; otherwise a
# group contests an act or a decision.
CONTESTED_ACTS = [
    "Some ranchers have challenged the expropriation process and the level of compensation offered.",
    "Several landowners challenged the seizure of their farms in the high court.",
    "Many farmers have disputed the water allocations.",
    "Some parents have challenged the closure of the village school.",
]
CONTESTED_CLAIMS = [
    ("Some economists have challenged the official figures.", "Some economists have challenged"),
    ("Many historians dispute the account given in the memoir.", "Many historians dispute"),
    ("Some experts have challenged the theory that the virus leaked from a lab.", "Some experts have challenged"),
]


@pytest.mark.parametrize(
    "text, span",
    GROWING_HEDGES + RELATIVE_THAT_JUDGEMENTS + HEDGE_NOUN_CONTENT + STUDY_AUTHORS_NEAR_MISSES
    + CONTINUED_STUDY_AUTHORS_NEAR_MISSES + VAGUE_ANTECEDENTS
    + UNCOUNTED_CROWDS + UNEXPLAINED_ANONYMITY + JUDGEMENTS_AND_FIELD_VIEWS + CLOSING_NEAR_MISSES
    + TESTIMONY_NEAR_MISSES + COMMENT_CLAUSES + CONTESTED_CLAIMS,
)
def test_misread_hedges_and_vague_groups_beside_known_ones_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    GROWING_NEAR_MISSES + RELATIVE_THAT_NEAR_MISSES + HEDGE_NOUN_RELATIVES + SAME_GROUP_CONTINUED + STUDY_AUTHORS
    + CONTINUED_STUDY_AUTHORS + KNOWN_ANTECEDENTS + COUNTED_CROWDS + EXPLAINED_ANONYMITY + NAMED_TERMS_AND_OWN_STUDIES
    + CLOSING_SOURCES + TESTIMONY + LISTED_EVENTS + CONTESTED_ACTS,
)
def test_growing_things_relatives_known_groups_study_authors_events_and_contested_acts_pass(text):
    assert_findings(text, RULE, [])


# A closing "according to" a named source credits a group's estimate in any clause but a coordinated one; an account
# is named by a relative clause without "that" whose subject made it.
SOURCED_ESTIMATES = [
    "Revenue came in at $4.1 billion, short of the $4.3 billion that analysts had forecast, according to LSEG data.",
    "Housing starts fell for a third month, a slide some builders blame on mortgage rates, according to the Commerce "
    "Department.",
    "The index gained 0.4% as some traders bet on a rate cut, according to data compiled by Bloomberg.",
    "According to figures the aviation agency provided to the committee, about 10,800 controllers were working.",
    "According to data the county collected over a decade, flooding has doubled along the river.",
]
UNSOURCED_ESTIMATES = [
    ("Sales rose 5%, but some analysts doubt the rise will last, according to Reuters.", "some analysts doubt"),
    ("According to reports, the aviation agency ignored the warnings.", "According to reports"),
    ("The saving ratio has stayed high, according to ONS data, which economists have attributed to anxiety about "
     "prices.", "economists have attributed"),
]
# A finite verb after the comma that closes an aside is the sentence's verb, not a participle set off by commas; the
# perfect "has been known to" is the idiom for what has happened at times; a "for" of one period is no reason.
NO_CLAIM_ACTS = [
    "One customer, a small cooperative in the Hill Country, agreed to discuss its experience.",
    "The union, which represents 4,000 nurses, agreed to resume talks.",
    "He brings news from the capital and has been known to deliver a sack of maize meal on request.",
    "Referees in the league have been known to stop games for heavy rain.",
    "With most companies in the index having reported results for the latest quarter, stocks rose.",
    "Most banks announced dividends for the first half.",
    "Workers leave the mine at the end of a shift, about 170 kilometers (105 miles) west of the capital, on Nov. 19.",
    "At least 12 airlines suspended flights to the region. Several said service would resume next week.",
    "Twelve states sued the agency. Several argued that the rule exceeded its authority.",
]
# A vote's roll call and the signatures of a joint document name the group whose claim they carry.
ON_RECORD = [
    "Most Democrats on the panel voted against the bill but said they would keep negotiating.",
    "Several board members voted against the merger, saying it undervalued the company.",
    "Some trustees abstained, arguing that the vote was rushed.",
    "Several Democrats on the committee said in a joint letter that they would oppose any rise in rents.",
    "Some members of the caucus argued in an open letter that the rule would raise costs.",
]
OFF_RECORD = [
    ("Many voters said in interviews that they distrusted both parties.", "Many voters said"),
    ("Several global clothing brands said in a joint statement that they supported a fair wage process.",
     "Several global clothing brands said"),
    ("Several senators have said they would not accept changes that cut benefits.", "Several senators have said"),
    ("Some analysts said the vote showed the party was split.", "Some analysts said"),
    ("More than 30 roads were closed on Tuesday. Many said the state had failed to prepare.", "Many said"),
]
# "It" before a passive of saying stands for a that-clause, also one the parser hung on a phrase of time between.
EXTRAPOSED_HEDGES = [
    ("It was feared for weeks that the dam would give way.", "It was feared"),
    ("It was believed at the time that the fire was arson.", "It was believed"),
    ("It was claimed during the campaign that the plant would reopen.", "It was claimed"),
]
PLACED_DECISIONS = [
    "It was agreed at the summit that tariffs would be cut.",
    "It has been raining since the summer that we moved here.",
]
CLAIMS_BESIDE_ACTS = [
    ("The bridge, said to be unsafe, was closed.", "said to"),
    ("The house has been said to be haunted since the 1800s.", "has been said to"),
    ("The suspect is known to carry a knife.", "is known to"),
    ("Many parents blamed the district for the closures.", "Many parents blamed"),
]


@pytest.mark.parametrize("text, span", UNSOURCED_ESTIMATES + CLAIMS_BESIDE_ACTS + OFF_RECORD + EXTRAPOSED_HEDGES)
def test_unsourced_estimates_and_hedges_beside_acts_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", SOURCED_ESTIMATES + NO_CLAIM_ACTS + ON_RECORD + PLACED_DECISIONS)
def test_sourced_estimates_and_acts_pass(text):
    assert_findings(text, RULE, [])


# "with" after a verb that relates two things names the second thing, not what the first is judged for.
RELATED_THINGS = [
    "The shawl, long associated with the weavers of Kashmir, now sells mostly online.",
    "The illness is commonly associated with contaminated wells.",
    "The quarter has long been identified with the city's leather trade.",
]
CREDITED_OR_BLAMED = [
    ("The ferry captain is widely credited with averting a disaster.", "is widely credited"),
    ("The reform, widely credited with the drop in waiting times, will be extended.", "widely credited"),
]


# Verbs of inquiry hold no answer: their question is looked into, their "as" the part in which something is studied.
INQUIRIES = [
    "Geographers have long debated where the old river met the sea.",
    "Hydrologists are investigating why the spring ran dry in August.",
    "Zoologists have studied the lagoon as a nursery for young sharks.",
    "Council staff discussed whether the market could move to the car park.",
]
VIEWS_NOT_INQUIRIES = [
    ("Many growers wonder whether the subsidy will survive the election.", "Many growers wonder"),
    ("Some zoologists regard the lagoon as the best nursery on the coast.", "Some zoologists regard"),
]


# A poll or a survey the group belongs to is the account that holds its view, as "in a poll, most voters said" is.
POLLED_GROUPS = [
    "Most hoteliers in a Tourism Fiji survey expect a quieter winter.",
    "Many nurses in a poll by the Royal College of Nursing said they planned to leave within five years.",
]
UNPOLLED_GROUPS = [
    ("Most hoteliers say the winter will be quieter.", "Most hoteliers say"),
    ("Many nurses in the capital say they plan to leave within five years.", "Many nurses in the capital say"),
]


# People "at" an event the story reports are the reporter's interviewees there; "at" a body only places its members.
AT_EVENTS = [
    "Several growers at the meeting said the frost had killed half the blossom.",
    "Many residents at Thursday's hearing said the quarry would bring dust and noise.",
    "Some volunteers at Sunday's clean-up said they had found syringes on the beach.",
]
AT_BODIES = [
    ("Several clerks at the land registry admitted the files were lost.", "Several clerks at the land registry admitted"),
    ("Some traders at large banks predict a weaker peso.", "Some traders at large banks predict"),
]


# A quantified group whose people a definite body in the sentence before belongs to: some of those people.
MEMBERS_OF_A_BODY = [
    "The dockers' union rejected the offer on Friday. Several dockers said the pay rise was too small.",
    "The growers' cooperative met in Mildura last week. Many growers said the water price had doubled.",
]
OTHER_PEOPLE_AFTER_A_BODY = [
    ("The dockers' union rejected the offer on Friday. Several economists said the strike would hurt exports.",
     "Several economists said"),
    ("Growers' groups have lobbied for a lower water price. Many growers say the price has doubled.",
     "Many growers say"),
]


# A pronoun of amount after a plural of things and a comma takes the things up ("many of them"), not people.
AMOUNTS_OF_THINGS = [
    "The gallery bought 60 sketches, many never exhibited before.",
    "The county inspected 70 culverts, most found to be blocked with silt.",
]
AMOUNTS_OF_PEOPLE = [
    ("The flood reached 30 homes, many believe, because the levee was never finished.", "many believe"),
]


# "recall", like "remember", reports a memory of what happened, not a view.
MEMORIES = [
    "Older members of the club recall that the pavilion burned down in 1971.",
    "Former pupils recall that the headmaster rang a handbell each morning.",
]

# A hedge on nothing reports that nothing was reported; a participle restricting a bare plural defines a class; a
# participle with a subject of its own is a relative clause.
HEDGES_THAT_ARE_NOT = [
    "Nobody was reported to have been hurt when the scaffolding fell.",
    "No one is thought to have been aboard the drifting barge.",
    "Landlords found to have ignored the notice will be fined.",
    "Providers of platforms deemed to pose systemic risk face extra audits.",
    "The union wanted a contract that members viewed as fair.",
    "The union would still need to win a contract that workers viewed as worth the dues.",
]
HEDGES_BESIDE_THEM = [
    ("Three climbers were reported to have been hurt.", "were reported to"),
    ("The barge, thought to be the oldest on the canal, sank.", "thought to"),
]
# Councillors are a role, as lawmakers are; some of them are unnamed members.
UNNAMED_MEMBERS = [
    ("Some councillors have signalled that they will vote no.", "Some councillors have signalled"),
    ("The deal was struck in secret, according to those close to him.", "according to those close to him"),  # close
    # to a person, as "to the president"
]
# Words of the verb's own relative clause are no object the parser misread; "several" takes up a counted subject also
# when it is one of coordinated subjects.
CLAUSES_AND_CROWDS = [
    "The film is about the lies people tell when they are afraid.",
    "The play is a sly comedy about the things people will say only when they cannot leave the room.",
    "Opposition councillors have already signalled that they will vote against the car park sale.",
    "Rescue crews believe the hikers sheltered in a cave overnight.",
    "The Cook County district and more than a dozen suburban districts canceled classes Monday, and several said they "
    "would decide by noon whether to reopen.",
]


@pytest.mark.parametrize(
    "text",
    RELATED_THINGS + INQUIRIES + POLLED_GROUPS + AT_EVENTS + MEMBERS_OF_A_BODY + AMOUNTS_OF_THINGS + MEMORIES
    + HEDGES_THAT_ARE_NOT + CLAUSES_AND_CROWDS,
)
def test_relations_inquiries_polls_events_members_things_and_memories_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span", CREDITED_OR_BLAMED + VIEWS_NOT_INQUIRIES + UNPOLLED_GROUPS + AT_BODIES + OTHER_PEOPLE_AFTER_A_BODY
    + AMOUNTS_OF_PEOPLE + HEDGES_BESIDE_THEM + UNNAMED_MEMBERS,
)
def test_judgements_views_and_vague_groups_beside_them_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A quantifier of accounts comes before them: "most of it" set off after the sentence's records is an aside on an
# amount, not "most reports".
def test_an_amount_after_records_does_not_make_them_vague_accounts():
    text = (
        "Expense reports filed with the Colorado Secretary of State's Office show that Alvarez spent about $64,000, "
        "including payments to consulting firms based in Denver and out of state, while Kim spent about $51,000, most "
        "of it on mailers in Pueblo County."
    )
    assert_findings(text, RULE, [])


# A plural acronym the tagger takes for a name is a class of people when WordNet files its singular with people: "a
# number of GPs" is as vague as "a number of doctors".
PEOPLE_ACRONYMS = [
    ("An increasing number of GPs say they can no longer see patients the same day.", "An increasing number of GPs say"),
    ("A number of MPs believe the bill will be delayed until the autumn.", "A number of MPs believe"),
    ("Dozens of GPs have warned that referrals will take longer.", "Dozens of GPs have warned"),
]
ACTS_AND_THINGS_IN_ACRONYMS = [
    "A number of GPs in Leeds closed their surgeries on Friday.",
    "A number of ATMs in the city ran out of cash over the weekend.",
    "A number of NGOs, including Oxfam and Save the Children, said the aid had not arrived.",
]


# An "of" with an "-ing" act on the object of a verb that judges it and takes no that-clause is the charge ("accused
# the hotel of blocking"), wherever the parser hangs it; after a verb that may report, it is the noun's own.
CHARGES_ON_THE_OBJECT = [
    ("A chorus of critics has accused the regatta of pricing out local crews.", "A chorus of critics has accused"),
    ("Several locals accused the hotel of blocking access to the beach.", "Several locals accused"),
    ("Many residents accused the quarry of poisoning the creek.", "Many residents accused"),
]
NOUNS_OWN_ACTS = [
    "Many visitors described the feeling of standing on the summit.",
    "Several drivers explained the practice of sharing routes to reporters at the depot.",
    "The committee reviewed the cost of running the ferry.",
]


@pytest.mark.parametrize("text, span", PEOPLE_ACRONYMS + CHARGES_ON_THE_OBJECT)
def test_plural_acronyms_of_people_and_charges_on_the_object_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", ACTS_AND_THINGS_IN_ACRONYMS + NOUNS_OWN_ACTS)
def test_acts_and_things_in_acronyms_and_a_reported_noun_s_own_act_pass(text):
    assert_findings(text, RULE, [])


# People the reporter met at a scene the sentence names (taxonomy N14): a heading phrase of place with a thing or a
# spot in it and words that say which (a name, a time, a possessive, another place) is the attribution. A region, a
# field, a time, an idea or a kind of place is no scene, and the group stays vague.
MET_AT_A_SCENE = [
    "Outside the paint factory in Widnes on Thursday, several workers said they had not been warned about the layoffs.",
    "On the jetty at Kirkwall, a few ferry passengers said the crossing had been cancelled twice this week.",
    "Inside the sports hall at Hawick High School, many parents said the new timetable suited them.",
    "At the checkpoint outside Jenin on Sunday morning, some drivers said they had been turned back.",
    "On the hospital's maternity ward, several midwives said the night shifts were short of staff.",
]
NO_SCENE = [
    ("In Canada, many economists say the housing market has peaked.", "many economists say"),
    ("In recent months, several analysts have warned that the currency is overvalued.", "several analysts have warned"),
    ("In the classroom, many teachers say phones are a constant distraction.", "many teachers say"),
    ("Behind closed doors, some ministers admit the plan is dead.", "some ministers admit"),
    ("Across the region, many farmers fear the drought will last.", "many farmers fear"),
    ("At the end of the day, many analysts believe the merger will go ahead.", "many analysts believe"),
    ("Police seized the boat at a jetty in Kirkwall, and some fishermen suspect it carried cocaine.", "some fishermen suspect"),
]


# A closing "according to" a named source vouches for a hedge as it does for a group's claim, in any clause but a
# coordinated one or an aside set off by a comma, which holds the writer's own words about a noun.
HEDGES_A_CLOSING_SOURCE_HOLDS = [
    "Several of the masks were bought under terms that today would be considered theft, according to the catalogue.",
    "The coins were struck at a time when copper was thought scarce, according to the mint's ledger.",
    # a verb that shares the subject of the one before is in the same clause, not a coordinated clause of its own
    "Two of the smugglers were sentenced in absentia and are thought to be hiding in Albania, according to the court.",
    "The trawler sailed from Ijmuiden on Tuesday and is thought to be drifting off Texel, according to the coast guard.",
    "Two crew members were rescued and are believed to be in a stable condition, according to the Dutch coast guard.",
]
HEDGES_BESIDE_A_CLOSING_SOURCE = [
    (
        "The device, which purportedly detects leaks by sound, has sold 9,000 units, according to its maker.",
        "purportedly",
    ),
    (
        "The levy, which opponents say will close shops, passed on Monday, according to the council.",
        "opponents say",
    ),
    (
        "The council approved the road on Monday, but it is widely expected to be challenged, according to the minutes.",
        "is widely expected to",
    ),
    (
        "The trawler sank off Texel on Tuesday, and its crew are believed to be safe, according to the coast guard.",
        "are believed to",
    ),
    ("The trawler left Ijmuiden on Tuesday and is believed to be drifting off Texel.", "is believed to"),
]

# A named speaker's verb of communication that reports a clause is a source, as "say" is: a hedge on it only doubts
# that the words were said (taxonomy N8). An act, a belief or a finding stays a hedged claim.
HEDGED_NAMED_REPORTS = [
    "Ms Sato reportedly warned shareholders that profits would fall by half.",
    "Mr Adeyemi reportedly notified the regulator that the bank was short of capital.",
    "The defence minister reportedly admitted in a closed session that the radar had failed.",
    "Mr Haddad reportedly confessed to a neighbour that he had started the blaze.",
]
HEDGED_ACTS_AND_BELIEFS = [
    ("Ms Sato reportedly phoned the chairman on Sunday night.", "reportedly"),
    ("Mr Adeyemi reportedly believes that the bank is short of capital.", "reportedly"),
    ("The goalkeeper reportedly failed a fitness test on Friday.", "reportedly"),
]

# Recall: a verb the parser made a noun's modifier before a name ("numerous pundits reckon/compound Ajax will ..."),
# the view placed only by a place's name ("the thinking in Whitehall is that"), and "those who" with a relative clause
# in the present, anyone of a kind ("those who remember the storm say").
MISREAD_PLACED_AND_KIND_CLAIMS = [
    ("After a summer of sales, numerous critics reckon Lazio will struggle.", "numerous critics reckon"),
    ("The thinking in Canberra is that the treaty will pass.", "The thinking in Canberra is"),
    ("Those who fish the estuary say the mullet have vanished.", "Those who fish the estuary say"),
    ("Lorries are stuck for hours, according to those who drive the pass.", "according to those who drive the pass"),
    (
        "Several geologists, among them some from Chile, argue that the fault is active.",
        "Several geologists, among them some from Chile, argue",
    ),
]
NAMED_HOLDERS_AND_EVENTS = [
    "Some geologists, among them Ines Duarte of the University of Porto, argue that the fault is still active.",
    "The thinking at the Reserve Bank is that the treaty will pass.",
    "There are fears among Canberra's public servants that the cuts will deepen.",
    "Those who attended the briefing said the minister was evasive.",
    "Those who work at Airbus say the new line is behind schedule.",
    "Countless punters backed Celtic to win the treble.",
]


@pytest.mark.parametrize(
    "text", MET_AT_A_SCENE + HEDGES_A_CLOSING_SOURCE_HOLDS + HEDGED_NAMED_REPORTS + NAMED_HOLDERS_AND_EVENTS
)
def test_scenes_closing_sources_hedged_named_reports_named_holders_and_events_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    NO_SCENE + HEDGES_BESIDE_A_CLOSING_SOURCE + HEDGED_ACTS_AND_BELIEFS + MISREAD_PLACED_AND_KIND_CLAIMS,
)
def test_no_scene_claims_beside_a_closing_source_hedged_acts_misread_verbs_placed_views_and_kinds_are_flagged(
    text, span
):
    assert_flags_span(text, RULE, span)


# Precision on fresh news: "others" after an identified group, a known kind of things, a purpose infinitive, and a
# named speaker's clause the parser hung inside a phrase after the verb.
OTHERS_AFTER_AN_IDENTIFIED_GROUP = [
    "Shoppers leaving the new arcade on Friday were unimpressed.\n\n"
    '"It is all phone shops," said Tomasz Wrona, 40.\n\nOthers said the parking had improved.\n',
    "Porters at the Western General said their breaks were often cut short. Others said cover had improved.\n",
    "Cyclists who ride the canal path said the surface had crumbled.\n\nOther riders said it was fine when dry.\n",
    '"We were not warned," said Nia Okafor, a tenant.\n\nOthers said notices had gone out.\n',  # one of a kind named
]
OTHERS_AFTER_NO_IDENTIFIED_GROUP = [
    ("The pier was rebuilt in 1998.\n\nOthers say it should have been demolished.\n", "Others say"),
    ("Some climbers say the route is too crowded. Others believe it is safer than ever.\n", "Others believe"),
    ("The grocer reported higher sales in May. Others say the boom will fade.\n", "Others say"),
    ('"We were not warned," said Nia Okafor, 64.\n\nOthers said notices had gone out.\n', "Others said"),
]
KNOWN_KINDS_PURPOSES_AND_MISPLACED_CLAUSES = [
    "The lab tested 16 enzymes known to break down plastic.",
    "Wardens fenced off two beaches known to attract nesting turtles.",
    "Several surveyors measured the field to mark out the new boundary.",
    "Many cadets studied old charts to plot the route.",
    "Captain Oren Mali reportedly warned his crew at half-time that anyone who slept on watch would be punished.",
    "The director reportedly warned actors on set that the shoot would run late.",
]
KINDS_AND_FORECASTS_STILL_FLAGGED = [
    ("Police detained a man known to be a gang leader.", "known to"),
    ("The bell, known to be the oldest in Europe, was recast.", "known to"),
    ("Several analysts expect the rand to weaken in the spring.", "Several analysts expect"),
    ("Some historians attribute the fire to a careless baker.", "Some historians attribute"),
]


@pytest.mark.parametrize("text", OTHERS_AFTER_AN_IDENTIFIED_GROUP)
def test_others_after_an_identified_group_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", OTHERS_AFTER_NO_IDENTIFIED_GROUP)
def test_others_after_a_named_person_alone_an_unrelated_sentence_or_a_vague_group_are_flagged(text, span):
    lines = text.splitlines()
    line = next(n for n, words in enumerate(lines, 1) if span in words)
    column = lines[line - 1].index(span) + 1
    assert (line, column, column + len(span)) in findings(text, RULE)


@pytest.mark.parametrize("text", KNOWN_KINDS_PURPOSES_AND_MISPLACED_CLAUSES)
def test_known_kinds_purposes_and_a_named_speaker_s_misplaced_clause_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", KINDS_AND_FORECASTS_STILL_FLAGGED)
def test_people_known_to_be_and_forecasts_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# Fresh news sets 43-45: leave and biddings, attitudes like ones just named, a crowd counted by "a dozen", an account
# a perfect relative clause credits; a warning to act claims a danger.
BIDDINGS_LIKENESSES_AND_CREDITED_ACCOUNTS = [
    "Many employers allowed staff to go home before the storm.",
    "Rather than close the shop, as several neighbours urged, he hired a manager.",
    "The inspector criticised the ward's staffing.\n\nSimilar worries have been raised about the hospital in Leeds.\n",
    "The inquiry heard from more than a dozen objectors, many of whom raised concerns about parking.",
    "According to logs the station has kept since 2001, the river has flooded nine times.",
]
WARNINGS_TO_ACT = [
    ("Some agronomists are warning growers to check their orchards for blight.", "Some agronomists are warning"),
    ("Several hydrologists warned anglers to stay off the ice.", "Several hydrologists warned"),
    ("The bridge, as many engineers warned, is too narrow.", "many engineers warned"),
]


@pytest.mark.parametrize("text", BIDDINGS_LIKENESSES_AND_CREDITED_ACCOUNTS)
def test_biddings_attitudes_like_named_ones_counted_crowds_and_credited_accounts_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", WARNINGS_TO_ACT)
def test_warnings_to_act_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# An event the reporter attended heads the sentence, as a scene does.
AT_AN_ATTENDED_EVENT = [
    "At a tasting on Thursday evening, several guests said the new vintage was thin.",
    "At Monday's open rehearsal, some listeners said the hall sounded muddy.",
]
FIGURES_OF_TIME = [
    ("At the end of the day, several economists say the cuts will backfire.", "several economists say"),
    ("At the height of the boom in 2006, many brokers believed prices could only rise.", "many brokers believed"),
]


@pytest.mark.parametrize("text", AT_AN_ATTENDED_EVENT)
def test_people_at_an_event_heading_the_sentence_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", FIGURES_OF_TIME)
def test_figures_of_time_heading_the_sentence_are_no_event(text, span):
    assert_flags_span(text, RULE, span)


# "There is ... among" a bare plural of people in the present credits a view to a whole kind, as "investors sense
# that" does; talk's "of" is what is talked of, even when people follow.
VIEWS_AMONG_KINDS = [
    ("There is a suspicion among fishermen that the quotas favour the larger fleets.", "There is a suspicion"),
    ("There are worries among wheat growers that the dry spell will last into spring.", "There are worries"),
    ("There is talk of a rebel caucus in the party.", "There is talk"),
]
VIEWS_AMONG_KNOWN_PEOPLE = [
    "There is a suspicion among the trawlermen who met the minister that the quotas are unfair.",
    "There was a sense among brokers that the worst was over, the minutes showed.",
    "There is a tradition among trawlermen of blessing the boats each spring.",
]


@pytest.mark.parametrize("text, span", VIEWS_AMONG_KINDS)
def test_views_among_a_kind_and_talk_of_a_plan_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", VIEWS_AMONG_KNOWN_PEOPLE)
def test_views_among_known_people_in_the_past_and_customs_pass(text):
    assert_findings(text, RULE, [])


# A participle of believing or saying that the parser took for the verb of the noun before it, while the sentence's
# finite verb has no subject of its own: the participle describes the noun, and hides who believes it.
PARTICIPLES_LENDING_THEIR_SUBJECT = [
    ("A hacker said to be working for a foreign state was charged in absentia.", "said to"),
    ("The hoard, thought to be worth 2 million pounds, was found by a metal detectorist.", "thought to"),
    ("A gunman thought to be in his 20s opened fire on the crowd.", "thought to"),
]
VERBS_SHARING_THEIR_SUBJECT = [
    "The climber claimed to be a guide and was arrested at the lodge.",
    "Penicillin, a drug once reserved for soldiers, remained costly but soon became common.",
    "For decades the old mill hummed with the clatter of looms, some of them imported from Belgium.",
    "The mosaic, thought by the museum's curator to date from the second century, was found under a car park.",
]


@pytest.mark.parametrize("text, span", PARTICIPLES_LENDING_THEIR_SUBJECT)
def test_participles_describing_the_subject_of_a_later_verb_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", VERBS_SHARING_THEIR_SUBJECT)
def test_coordinated_verbs_and_named_believers_pass(text):
    assert_findings(text, RULE, [])


# A scene named by a place's name whose last word says it is a building or a spot ("at Tsuruga Station"; with a
# "where" clause, any such sense: "at Makola Market, where ..."), beside the preposition "beside", or a kind of place
# tied to one occasion by a phrase or clause of time ("at the stadium gates after the final whistle"). A body's name
# or a time without a place stays vague.
SCENES_BY_NAME_AND_OCCASION = [
    "At Waverley Station on Friday night, several rugby fans said the last train had been cancelled without warning.",
    "Outside Ipswich Crown Court, a few neighbours said the sentence was too lenient.",
    "At Kejetia Market, where a fire gutted hundreds of stalls in March, many traders said they were still waiting.",
    "Beside the burst water main on Carlton Road, some shopkeepers said the street had been flooded for six hours.",
    "At the turnstiles after the match was abandoned, many supporters said they wanted a refund.",
    "On the slipway during the lifeboat launch, some onlookers said the swell had been enormous.",
]
NO_SCENE_BY_NAME_OR_OCCASION = [
    ("At Barclays Bank, several strategists said the pound would weaken.", "several strategists said"),
    ("At Leeds University, some sociologists argue the survey was flawed.", "some sociologists argue"),
    ("After the final whistle, several pundits said the manager should resign.", "several pundits said"),
    ("Across the continent during the heatwave, many doctors warned of a surge in strokes.", "many doctors warned"),
]


@pytest.mark.parametrize("text", SCENES_BY_NAME_AND_OCCASION)
def test_scenes_named_by_a_site_s_name_or_an_occasion_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", NO_SCENE_BY_NAME_OR_OCCASION)
def test_bodies_names_and_times_without_a_place_are_no_scene(text, span):
    assert_flags_span(text, RULE, span)


# A public comment period named in the group's clause ("during" it, or a relative clause on it) is an occasion for
# speaking that the reporter attended; one inside the claim, or a gathering ("at the annual meeting"), is not.
SPOKEN_IN_A_COMMENT_PERIOD = [
    "Several beekeepers objected during the public comment period, saying the spraying schedule would kill their hives.",
    "The panel adopted the rule after a comment period in which some ferry users said the new fares were unaffordable.",
    "A few tenants told the board during the public comment period that the heating had failed all winter.",
]
NO_COMMENT_PERIOD_OF_THEIR_OWN = [
    ("Some lobbyists predicted that the bill would stall during the comment period.", "Some lobbyists predicted"),
    ("Several members insisted at the annual meeting that the dividend be raised.", "Several members insisted"),
    ("The comment period closed on Friday, but several analysts said the rule was doomed.", "several analysts said"),
]


@pytest.mark.parametrize("text", SPOKEN_IN_A_COMMENT_PERIOD)
def test_groups_speaking_in_a_comment_period_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", NO_COMMENT_PERIOD_OF_THEIR_OWN)
def test_comment_periods_in_the_claim_or_another_clause_and_gatherings_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A named speaker's clause that the parser hung on the person told ("assured the panel that/mark ... lifted/relcl") is
# still the speaker's words: a hedge on the verb only doubts they were said. A hedged belief stays a hedged claim.
HEDGED_WORDS_HUNG_ON_THE_PERSON_TOLD = [
    "Mr Duarte reportedly assured the trade mission that the quotas would be lifted before the summer.",
    "Ms Haugen reportedly assured the visiting ministers that the pipeline would be finished before the winter.",
    "Mr Silva reportedly assured the delegation that the levies would be scrapped by the end of the month.",
]
HEDGED_BELIEFS_OF_NAMED_PEOPLE = [
    ("Ms Okonjo reportedly believes that the reactor will be shut by spring.", "reportedly"),
]


@pytest.mark.parametrize("text", HEDGED_WORDS_HUNG_ON_THE_PERSON_TOLD)
def test_hedged_words_hung_on_the_person_told_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", HEDGED_BELIEFS_OF_NAMED_PEOPLE)
def test_hedged_beliefs_of_named_people_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A named speaker set off by commas inside the sentence reports all of it, a reason clause too; a coordinated clause
# after the speaker, or an aside on a noun, is not the speaker's.
HEDGES_UNDER_A_PARENTHETICAL_SPEAKER = [
    "At that point, Detective Lowe said, officers moved in because the men were believed to be armed.",
    "The ferry, the operator said, was cancelled because winds were forecast to reach gale force.",
    "That night, Ms Byrne said, the guards locked the gate because the crowd was feared to be growing.",
]
CLAIMS_BESIDE_A_PARENTHETICAL_SPEAKER = [
    ("The plan is sound, the mayor said, and some analysts predicted it would pass.", "some analysts predicted"),
    ("The vote was delayed because the ballots were thought to be missing.", "were thought to"),
]


@pytest.mark.parametrize("text", HEDGES_UNDER_A_PARENTHETICAL_SPEAKER)
def test_hedges_in_a_sentence_a_parenthetical_speaker_reports_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", CLAIMS_BESIDE_A_PARENTHETICAL_SPEAKER)
def test_claims_beside_a_parenthetical_speaker_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A vague group after the start of a clause whose verb the parser took for a noun or left without a subject: read
# again with "they" in the group's place, the word is a finite verb that states a claim.
GROUPS_WITH_A_MISREAD_VERB_IN_A_CLAUSE = [
    ("The pier will reopen in May, though some question whether the repairs are sound.", "some question"),
    ("The club signed a new striker, but few doubt that the defence is the real problem.", "few doubt"),
    ("The club has hired a new coach, though many doubt he can turn the season around.", "many doubt"),
    ("The festival was moved indoors because of the heat, some regulars of the event suspect.",
     "some regulars of the event suspect"),
]
# A misread verb is asked what a verb the parser read is asked (_traceable): here an occasion for speaking in its clause.
MISREAD_VERBS_AT_AN_OCCASION = [
    "The board voted 5-2 on Tuesday, though during the public comment period some question whether the fare rise was "
    "legal.",
    "The council approved the levy, though during the public comment period several doubt it was fair.",
    "The district adopted the calendar, but during the public comment period many question whether it was needed.",
]
NOUNS_AFTER_A_QUANTIFIER = [
    "The pier will reopen in May, though some question marks remain over the repairs.",
    "The bill passed, though some hope remains for an amendment in the Senate.",
    "The factory was fined, and several claims by former workers were settled.",
]


@pytest.mark.parametrize("text, span", GROUPS_WITH_A_MISREAD_VERB_IN_A_CLAUSE)
def test_groups_whose_verb_the_parser_misread_in_a_clause_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", NOUNS_AFTER_A_QUANTIFIER)
def test_nouns_of_claims_after_a_quantifier_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text", MISREAD_VERBS_AT_AN_OCCASION)
def test_misread_verbs_at_an_occasion_for_speaking_pass(text):
    assert_findings(text, RULE, [])


# A viewpoint held by a vague group: "in the view of many", "in the eyes of critics".
VAGUE_VIEWPOINTS = [
    ("The new bypass is, in the view of many drivers, a waste of money.", "in the view of many drivers"),
    ("In the eyes of critics, the festival has lost its way.", "In the eyes of critics"),
    ("In some teachers' opinion, the exams are too easy.", "In some teachers' opinion"),
]
NAMED_VIEWPOINTS_AND_OTHER_PHRASES = [
    "In the view of the tribunal, the dismissal was unfair.",
    "In the opinion of Dr Sara Nkosi, the trial was too small.",
    "In the interest of many commuters, the line will stay open late.",
    "In view of the storm, the match was postponed.",
]


@pytest.mark.parametrize("text, span", VAGUE_VIEWPOINTS)
def test_viewpoints_of_vague_groups_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", NAMED_VIEWPOINTS_AND_OTHER_PHRASES)
def test_named_viewpoints_and_other_phrases_pass(text):
    assert_findings(text, RULE, [])


# "or so" (its "so" stands for the clause before) and an infinitive the parser split off its verb ("come to believe").
COMMENTS_AND_SPLIT_INFINITIVES = [
    ("The slump is over, or so many brokers hope.", "so many brokers hope"),
    ("The levee will hold, or so some engineers insist.", "some engineers insist"),
    ("Many teachers have come to believe that the tests measure little.", "Many teachers have come to believe"),
]
NAMED_COMMENTS_AND_PURPOSES = [
    "The slump is over, or so the governor says.",
    "The repairs took a week or so, and many shops stayed shut.",
    "Many teachers have come to the capital to march.",
    "The minister has come to believe that the tests measure little.",
]


@pytest.mark.parametrize("text, span", COMMENTS_AND_SPLIT_INFINITIVES)
def test_or_so_comments_and_split_infinitives_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", NAMED_COMMENTS_AND_PURPOSES)
def test_named_comments_and_purposes_pass(text):
    assert_findings(text, RULE, [])


# A generic group of opinion whose verb the parser took for a noun or an adjective ("Purists grumble/JJ that").
GENERIC_GROUPS_WITH_A_MISREAD_VERB = [
    ("Purists grumble that the new floodlights spoil the view of the pitch.", "Purists grumble"),
    ("Naysayers mutter that the bypass will never be finished.", "Naysayers mutter"),
]
GENERIC_GROUPS_WITHOUT_A_CLAIM = [
    "Fans moan on the terraces every Saturday.",
    "Purists grumble and the band plays on.",
]


@pytest.mark.parametrize("text, span", GENERIC_GROUPS_WITH_A_MISREAD_VERB)
def test_generic_groups_whose_verb_the_parser_misread_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", GENERIC_GROUPS_WITHOUT_A_CLAIM)
def test_generic_groups_without_a_claim_pass(text):
    assert_findings(text, RULE, [])


# A verb of judging whose object an aside set off by commas parts from its complement (the parser hangs the
# complement inside the aside): read again without the aside.
JUDGEMENTS_PAST_AN_ASIDE = [
    ("Some curators consider the vase, bought at auction in 1961, a fake.", "Some curators consider"),
    ("Many growers consider the new apple, bred in Norway, too sour for cider.", "Many growers consider"),
]
ASIDES_WITHOUT_A_VAGUE_JUDGEMENT = [
    "The regional council considers the new bypass, opened in June, a success.",
    "Many drivers used the new bypass, opened in June, every day.",
]


@pytest.mark.parametrize("text, span", JUDGEMENTS_PAST_AN_ASIDE)
def test_judgements_past_an_aside_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", ASIDES_WITHOUT_A_VAGUE_JUDGEMENT)
def test_asides_without_a_vague_judgement_pass(text):
    assert_findings(text, RULE, [])


# A verb whose main sense is a state lists or measures; it states a claim only with a that-clause. A clause opened by
# a conjunction of time is no report, even when the parser hangs it on the verb as its object.
STATES_AND_CLAUSES_OF_TIME = [
    "Supporters included local employers and many younger residents who said they had struggled to find homes.",
    "Former pupils include several of the country's leading violinists.",
    "Former members include several of the city's best-known chefs.",
    "In the stands, fans waved red-and-white flags long after the medal ceremony had ended.",
    "At the finish, fans waved orange-and-black flags long after the prize-giving had ended.",
]
CLAIMS_ABOUT_STATES_AND_TIMES = [
    ("Critics argue that the panel included too few women.", "Critics argue"),
    ("Some analysts think the figures include one-off gains.", "Some analysts think"),
    ("Several fans said the ceremony had ended too early.", "Several fans said"),
    (  # a claim before its verb, whose own "after" the parser takes for the clause's conjunction
        "Clearing the harbour after the 2019 cyclone should have come before the new ministry building, many shop "
        "owners contend.",
        "many shop owners contend",
    ),
]


@pytest.mark.parametrize("text", STATES_AND_CLAUSES_OF_TIME)
def test_states_and_clauses_of_time_pass(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize("text, span", CLAIMS_ABOUT_STATES_AND_TIMES)
def test_claims_about_states_and_times_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


# A verb that WordNet says takes a that-clause in some sense states a claim with a finite clause that drops the "that"
# (a subject and a tense of its own); its other senses keep an object, and a bare infinitive is no content clause.
CLAIMS_WITHOUT_THAT = [
    ("Some supporters maintain the new arena will ruin the club.", "Some supporters maintain"),
    ("Many historians hold the treaty was a blunder.", "Many historians hold"),
    ("Several ranchers maintain the wolves killed more calves than the state admits.", "Several ranchers maintain"),
    ("Skeptics maintain the rollout was rushed.", "Skeptics maintain"),
]
NOT_CLAIMS_WITHOUT_THAT = [
    "Some residents maintain their gardens despite the hosepipe ban.",
    "Several volunteers hold a vigil outside the clinic every Friday.",
    "Several residents watched the old mill collapse.",
    "Mayor Ines Duarte maintains the budget will balance by June.",
]


@pytest.mark.parametrize("text, span", CLAIMS_WITHOUT_THAT)
def test_claims_without_that_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", NOT_CLAIMS_WITHOUT_THAT)
def test_objects_and_named_holders_without_that_pass(text):
    assert_findings(text, RULE, [])


def test_a_few_before_a_misread_verb_is_flagged():
    # "a few": the one quantifier that keeps an article and stays vague; the parser reads "allege" as a noun here
    assert_flags_span("A few nurses allege that the hospital falsified its waiting times.", RULE, "A few nurses allege")


# A named speaker in the future has yet to make its report: what it will say is known only from the vague source.
REPORTS_YET_TO_BE_MADE = [
    (
        "The ferry operator will announce 300 job cuts on Thursday, according to people familiar with the plan.",
        "according to people familiar with the plan",
    ),
    (
        "The league will confirm a new franchise in Perth next month, according to several insiders.",
        "according to several insiders",
    ),
]
REPORTS_MADE = [
    "The ferry operator will announce 300 job cuts on Thursday, a company spokeswoman said.",
    "The league will confirm a new franchise in Perth next month, according to its chairman, Paul Reyes.",
    "The ferry operator announced 300 job cuts on Thursday.",
]


@pytest.mark.parametrize("text, span", REPORTS_YET_TO_BE_MADE)
def test_vague_source_of_a_report_yet_to_be_made_is_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", REPORTS_MADE)
def test_reports_made_or_named_pass(text):
    assert_findings(text, RULE, [])


# "as" and an adjective after a hedge participle is its complement, also when the parser takes "as" for an adverb and
# the adjective for a clause; an adverb "as" that compares is no judgement.
def test_hedge_with_as_and_an_adjective_is_flagged():
    assert_flags_span("The harbour is widely regarded as beautiful.", RULE, "is widely regarded")


def test_comparison_with_as_passes():
    assert_findings("The trench was dug as deep as possible.", RULE, [])


# A hedge participle with an adverb of consensus says a view is held by many, as "prevailing" does.
VIEWS_HELD_BY_MANY = [
    ("There is a widely held view among growers that the quota is unfair.", "There is a widely held view"),
    ("The generally accepted explanation is that the pier was overloaded.", "The generally accepted explanation is"),
]
VIEWS_NOT_HELD_BY_MANY = [
    "The widely used method is that farmers sow in rows.",
    "The board's generally accepted view is that the price is fair.",
    "The widely expected rate cut came on Thursday.",
]


@pytest.mark.parametrize("text, span", VIEWS_HELD_BY_MANY)
def test_views_held_by_many_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", VIEWS_NOT_HELD_BY_MANY)
def test_views_of_one_or_no_view_pass(text):
    assert_findings(text, RULE, [])



# An object complement is a name only when a proper noun heads it or stands
# before its noun (a name after a common noun only places the judgement); a report never reaches back across a
# semicolon; "some" and "many" take up only a plural of people, not a team or a place WordNet knows first as a thing; an
# amount of a body's members is vague wherever the parser hangs the place; a group whose quantifier the parser hung on
# the verb it misread is read again on its own; a comment's verb takes the subject next to it.
PLACED_JUDGEMENTS_AMOUNTS_AND_MISREAD_GROUPS = [
    ("Some call the pier the ugliest structure on the coast of Cornwall.", "Some call"),
    ("Many consider the ferry the slowest crossing in the whole of Scotland.", "Many consider"),
    ("For a century many collectors had assumed the clock was Swiss; the museum's register still lists it so.",
     "many collectors had assumed"),
    ("The Torquay Wolves lost their sixth game in a row on Friday. Some say the coach has lost the squad.", "Some say"),
    ("The Scilly Islands saw a record number of visitors last year. Many believe the figure cannot last.",
     "Many believe"),
    ("A handful of surgeons at Leeds General Infirmary fear the theatre will close.",
     "A handful of surgeons at Leeds General Infirmary fear"),
    ("A number of porters at Euston station say the lifts are unsafe.", "A number of porters at Euston station say"),
    ("A few landlords allege that the inspectors never visited.", "A few landlords allege"),
    ("The striker, plenty of coaches insist, is ready for the first team.", "plenty of coaches insist"),
]
NAMES_PEOPLE_NAMED_MEMBERS_AND_NOUNS = [
    "Some call the pier the Iron Finger.",
    "Sailors call the headland the Cape of Storms.",
    "The mayor called the pier the ugliest structure on the coast of Cornwall.",
    "The ferry was cancelled; the operator said the swell was too high.",
    "The dockers walked out on Friday. Some said the offer was an insult.",
    "The Republicans in the Senate blocked the bill. Some said they would try again.",
    "A handful of surgeons at Leeds General Infirmary walked out on Monday.",
    "A number of porters at Euston station, including Dev Sharma, say the lifts are unsafe.",
    "Surgeons at Leeds General Infirmary fear the theatre will close.",
    "A few landlord claims were thrown out.",
    "Some question marks remain over the budget.",
]


@pytest.mark.parametrize("text, span", PLACED_JUDGEMENTS_AMOUNTS_AND_MISREAD_GROUPS)
def test_placed_judgements_claims_before_a_semicolon_amounts_and_misread_groups_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", NAMES_PEOPLE_NAMED_MEMBERS_AND_NOUNS)
def test_names_people_named_members_and_nouns_pass(text):
    assert_findings(text, RULE, [])


# A verb of judging that takes no person as its object judges a group it forecasts; a base form after a verb of
# thinking or of stating is a present tense or a noun the tagger misread, not a demand; a hedge in a relative clause set
# off by commas adds a claim; a bare plural spread over a region stays a kind; "as" and an adjective the parser hung on
# the object judges it.
FORECAST_GROUPS_MISREAD_BASE_FORMS_ASIDE_HEDGES_AND_REGIONS = [
    ("Several bookmakers had been predicting a minority government until polling day.",
     "Several bookmakers had been predicting"),
    ("Skeptics predict a fractured coalition within months of the signing.", "Skeptics predict"),
    ("Most growers consider the new levy scheme a tax on the smallest farms.", "Most growers consider"),
    ("Sceptics contend that the readings taken near the quarry prove nothing about the flood.",
     "Sceptics contend"),
    ("The altarpiece, which is believed to be a lost Memling, goes on show in Bruges next week.",
     "is believed to"),
    ("The goalkeeper, who is said to have refused a new contract, trained alone on Monday.", "is said to"),
    ("Midwives across Yorkshire are warning that the night shifts are dangerously thin.",
     "Midwives across Yorkshire are warning"),
    ("Orchard owners throughout the valley fear that the frost has killed the blossom.",
     "Orchard owners throughout the valley fear"),
    ("Purists have long dismissed the painter's later work as repetitive.",
     "Purists have long dismissed"),
]
PEOPLE_ACTED_ON_DEMANDS_DEFINITIONS_AND_EVENTS = [
    "Several guards questioned the visitors at the gate.",
    "The tenants insisted that the landlord repair the boiler.",
    "The council considered the levy scheme at its meeting on Tuesday.",
    "The altarpiece, which is known as the Bruges Madonna, goes on show next week.",
    "Boats that are considered unsafe will be barred from the harbour.",
    "The terminal, which is expected to open in May, will handle 20 million passengers.",
    "Midwives across Yorkshire said on Monday that the night shifts were thin.",
    "Bakers throughout the region raised their prices by a tenth.",
    "Tram shares, which are often seen as safe bets, held up better than the rest of the market.",
    "The courier, who is alleged to have carried the cash, appeared in court on Monday.",
    "But others complained about the fares, which rose in March.",
    "The volunteers kept the hall as tidy as they could.",
]


@pytest.mark.parametrize("text, span", FORECAST_GROUPS_MISREAD_BASE_FORMS_ASIDE_HEDGES_AND_REGIONS)
def test_forecast_groups_misread_base_forms_aside_hedges_and_regions_are_flagged(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", PEOPLE_ACTED_ON_DEMANDS_DEFINITIONS_AND_EVENTS)
def test_people_acted_on_demands_definitions_and_events_pass(text):
    assert_findings(text, RULE, [])
