"""house/dangling-clause where the block's parse misread the clause a phrase's noun opens ("that" read as a
determiner, a past form after "what" read as its tense) and where a word joined to the next by a hyphen sits after a
quantifier of plurals; and the dangling clauses of nearby shapes that stay flagged."""

import pytest

from helpers import assert_findings, assert_flags_span

RULE = "house/dangling-clause"

# A noun phrase after "that" (after a verb that takes a "that" clause) or after a free relative "what", whose noun
# carries the phrase and is the subject of the verb after it when the words are read alone.
PHRASES_IN_A_MISREAD_SUBJECT = [
    "The report shows what sustained investment in the sport can achieve.",
    "The season showed what patient coaching at the academy could produce.",
    "The exhibition shows what renewed interest in the craft has brought to the town.",
    "The figures reveal what delayed maintenance on the line has cost the operator.",
    "Her career proved what determined effort from a young age can achieve.",
    "The study examined what reduced funding for libraries would mean for rural towns.",
    "The trial will test what increased screening at the border can detect.",
    "Few knew what untapped talent in the region could do with proper support.",
    "The mayor asked what improved lighting on the street would cost.",
    "The project showed what organised pressure from residents can win.",
    "Engineers measured what repeated flooding of the basement had done to the foundations.",
    "The results hint at what expanded testing in schools might reveal.",
    "Analysts debated what weakened demand from China would mean for exporters.",
    "The review asked what stretched staffing at the hospital had meant for patients.",
    "The charity showed what concentrated giving by a few families can accomplish.",
    "The film captures what organised labour in the docks once achieved.",
    "Economists studied what lowered tariffs on steel would do to prices.",
    "The race showed what improved training at altitude can deliver.",
    "Officials explained what tightened security at the airport will involve.",
    "The survey asked what reduced hours at the clinic had meant for families.",
    "The museum shows what skilled craftsmen in the village produced for centuries.",
    "Nobody could say what renewed fighting near the border would mean for aid.",
    "The audit will show what delayed payments to suppliers have cost the council.",
    "Scientists wanted to know what warmed water along the coast was doing to the reef.",
    "The coach explained what added depth in the squad would allow the team to do.",
    "The book describes what forced labour on the plantations did to families.",
    "The paper estimates what raised interest rates for borrowers will cost households.",
    "The data show what reduced traffic through the centre has done for air quality.",
    "The tour shows what restored wetlands by the estuary can offer birds.",
    "Voters will decide what increased spending on roads should pay for.",
    "The book follows an accountant who discovers that cash from the charity had been moved abroad.",
    "The film follows a cashier who discovers that money from the till has been taken.",
    "The series follows a chemist who realises that poison in the water supply was added deliberately.",
    "The story centres on a widow who learns that land on the farm was sold without her consent.",
    "The drama follows a pilot who suspects that fuel in the tanks had been contaminated.",
    "The novel follows a banker who discovers that gold in the vault has been replaced.",
    "The play follows a teacher who learns that paint on the walls contains lead.",
    "The series follows an inspector who discovers that meat at the market was mislabelled.",
    "The film stars a doctor who realises that blood at the clinic had been tested twice.",
    "The book follows a ranger who notices that timber from the forest is being smuggled.",
    "The thriller follows a clerk who discovers that evidence in the archive was destroyed.",
    "The drama follows a nurse who notices that medicine at the home is going missing.",
    "The podcast follows a lawyer who learns that testimony from the trial had been coached.",
    "The show follows a chef who discovers that food at the restaurant was past its date.",
    "The film follows a miner who realises that gas in the shaft is building up.",
    "The novel follows a mechanic who notices that oil on the runway was never cleaned.",
    "The story follows a farmer who discovers that grain from the silo was stolen.",
    "The series follows a soldier who learns that equipment for the unit was never delivered.",
    "The book follows a banker who suspects that interest on the loans was inflated.",
    "The play follows a student who discovers that research at the lab was faked.",
    "A clerk who discovers that cash from the safe has gone must call the police.",
    "An officer who suspects that evidence at a scene has been moved should report it.",
    "A tenant who notices that damp in the flat is spreading can complain to the council.",
    "Any driver who realises that fuel in the tank is leaking should stop at once.",
    "A parent who learns that bullying at the school has resumed can ask for a meeting.",
    "Any patient who discovers that data about them was shared can complain.",
    "The drama follows a clerk who realises that public money for the bridge has gone missing.",
    "The play centres on a nurse who suspects that medicine at the clinic is being stolen.",
    "The series follows a teacher who notices that exam paper at the school has been leaked.",
    "The story follows a farmer who discovers that water from the river is being diverted.",
    "The podcast follows a reporter who finds that land near the airport was sold in secret.",
    "The book follows an accountant who discovers that cash from the charity had been moved abroad.",
    "The thriller follows an engineer who realises that steel in the tower is failing.",
    "The inquiry heard from a manager who discovered that vital data on the servers had been wiped.",
    "Residents were angry to discover that rubbish on the estate had not been collected for weeks.",
    "The auditor confirmed that spending on consultants had doubled since 2020.",
    "Campaigners fear that housing for older people will be cut.",
    "She told the court she had discovered that money in the joint account had been withdrawn.",
    "Parents complained after they discovered that asbestos in the classrooms had not been removed.",
    "The minister admitted that funding for the scheme would run out in March.",
    "Police confirmed that damage to the car was caused by a hammer.",
    "Staff noticed that equipment at the depot had been tampered with.",
    "Inspectors found that food at the care home was being served cold.",
    "The report found that traffic on the bypass has risen by a third.",
    "Villagers say that noise from the quarry has become unbearable.",
    "Scientists warn that ice at the poles is melting faster than expected.",
    "Engineers discovered that rust on the bridge had weakened the supports.",
    "The union claims that pay for new teachers has fallen in real terms.",
    "The council accepts that parking near the station is a problem.",
    "Fans realised that tension between the players had been building for months.",
    "The watchdog discovered that interest on the loans had been miscalculated.",
    "Auditors noticed that income from the car parks had dropped sharply.",
    "The family learned that treatment at the hospital would be delayed.",
    "Doctors suspect that pollution from the motorway is harming children.",
    "The pilot scheme showed what sustained cooperation with the police can achieve.",
    "Farmers asked what improved access to the river would mean for their herds.",
    "The trial revealed what combined pressure from both unions had won.",
    "The inquiry heard that vital contact with the family was never made.",
    "The coach discovered that extra work on the training ground has paid off.",
    "The report showed what increased spending by the state has achieved for rural schools.",
]

# The preposition's own object is the subject of the tense after it (or the phrase is set off, or an adjunct's).
DANGLING_NEAR_A_MISREAD_SUBJECT = [
    (
        "The council approved the plan, with the police in the area have said it is safe.",
        "with the police in the area have said",
    ),
    (
        "The museum reopened, with visitors from the region have queued since dawn.",
        "with visitors from the region have queued",
    ),
    ("Shares fell sharply, with traders in London have blamed the bank.", "with traders in London have blamed"),
    (
        "The report shows what investment can achieve, with the clubs in the league have doubled their budgets.",
        "with the clubs in the league have doubled",
    ),
    (
        "She discovered that the money was gone, with the bank in the town has refused to help.",
        "with the bank in the town has refused",
    ),
    (
        "The study found that prices rose, with tenants in the city have paid the most.",
        "with tenants in the city have paid",
    ),
    ("The team returned to the stadium will host the final.", "to the stadium will host"),
    ("The plan was delayed by the council had approved a different route.", "by the council had approved"),
    (
        "Officials said the road was closed, with crews at the site have worked through the night.",
        "with crews at the site have worked",
    ),
    (
        "The club confirmed that the coach had left, with the players on the squad have been told.",
        "with the players on the squad have been told",
    ),
    (
        "The firm admitted that jobs would go, despite the staff at the plant have accepted a pay freeze.",
        "despite the staff at the plant have accepted",
    ),
    (
        "Residents learned that the school would close, with parents at the school have started a petition.",
        "with parents at the school have started",
    ),
    (
        "Police said what happened was unclear, with witnesses on the street have given conflicting accounts.",
        "with witnesses on the street have given",
    ),
    (
        "The festival was cancelled, due to the organisers in charge have run out of money.",
        "due to the organisers in charge have run",
    ),
    (
        "The minister knew that costs would rise, with the contractors on the project have warned for months.",
        "with the contractors on the project have warned",
    ),
    (
        "Fans saw what the win meant, with supporters from the north have travelled all night.",
        "with supporters from the north have travelled",
    ),
    (
        "Flights were grounded, with passengers at the airport have been told to go home.",
        "with passengers at the airport have been told",
    ),
    (
        "The mayor said that rents would be capped, with landlords across the city have threatened to sell.",
        "with landlords across the city have threatened",
    ),
    (
        "The bill stalled in the senate, with senators from both parties have raised objections.",
        "with senators from both parties have raised",
    ),
    (
        "The fire spread quickly, with firefighters from three towns have been called in.",
        "with firefighters from three towns have been called",
    ),
    (
        "Exports slumped, with farmers in the valley have lost their biggest buyer.",
        "with farmers in the valley have lost",
    ),
    (
        "The strike continued, with nurses at the hospital will walk out again on Monday.",
        "with nurses at the hospital will walk",
    ),
    ("Officials confirmed that decision despite the unions have objected.", "despite the unions have objected"),
    ("Police described that incident with the witnesses have given statements.", "with the witnesses have given"),
]

# The first word of a hyphenated compound after "several", "many", "few" or "both" is no verb.
HYPHENATED_AFTER_A_QUANTIFIER = [
    "The keeper made nine saves, including several point-blank stops in the fourth quarter as the visitors pressed.",
    "The club signed four players, including several cut-price deals agreed in the final week.",
    "The team won easily, with several break-away goals in the second half.",
    "The market rallied, with many start-up firms posting gains.",
    "The city bid for the games, with several long-term plans for the old docks.",
    "The talks ended, with few face-to-face meetings scheduled before the summer.",
    "The festival returned, with many pop-up stalls along the harbour.",
    "Voters were split, with several cross-party groups backing the bill.",
    "The company expanded, including several take-away outlets in the north.",
    "The plan drew criticism, despite several follow-up meetings with residents.",
    "The side dominated, with many counter-attack chances in the first half.",
    "Shoppers returned, with several drive-through sites reopening.",
    "Sales grew, driven by several spin-off titles in Asia.",
    "The park reopened, with many walk-in visitors on the first day.",
    "Shares fell, amid several sell-off waves in the afternoon.",
    "The agency hired staff, including several part-time workers from the town.",
    "The stadium was packed, with many last-minute tickets sold at the gate.",
    "The bank cut jobs, including several back-office roles in Leeds.",
    "The ferry was late, with several stop-start delays in the channel.",
    "Police made arrests, following several hit-and-run crashes in the area.",
    "The court heard of threats, including several face-to-face confrontations at the school.",
    "The striker impressed, with several close-range efforts in the first half.",
    "The shop cut prices, with many mark-down offers in the window.",
    "The school improved, with several catch-up classes on Saturdays.",
    "The council approved homes, including several self-build plots near the river.",
    "The match was tense, with few clear-cut chances for either side.",
    "The hospital coped, despite several walk-out threats from nurses.",
    "Rail services resumed, with several stand-by crews on call.",
    "Fans cheered, with both head-to-head records level.",
    "The election was close, with several run-off votes needed in the north.",
    "The airline grew, with many no-frills routes to Spain.",
    "Exports rose, with several trade-in schemes for farmers.",
    "The festival sold out, including several sing-along screenings for children.",
    "The team struggled, with several play-off defeats in recent years.",
    "The firm thrived, with many round-the-clock shifts at the plant.",
    "The clinic expanded, with several drop-in sessions for young people.",
    "The index rose, with several buy-back deals announced.",
    "Crime fell, with many stop-and-search checks in the centre.",
    "The chef was praised, including for several cook-off wins abroad.",
    "The singer toured, with several sell-out shows in Europe.",
    "The plan advanced, with several fast-track approvals for housing.",
    "Demand came from many cash-strapped councils in the north.",
    "The report was welcomed by several like-minded groups in the city.",
    "The money went to many low-paid workers at the port.",
    "The ban applies at several drop-off points near the school.",
    "The rules will change for many first-time buyers in the capital.",
    "The charity relies on several hand-me-down shops in the county.",
]

# A base form after a quantifier of plurals standing alone is still a verb when no hyphen joins it to the next word.
VERBS_AFTER_A_QUANTIFIER = [
    ("The vote was delayed, with many fear that the bill will fail.", "with many fear"),
    ("The plan drew protests, with several say it goes too far.", "with several say"),
    ("The rally was large, with many hope the march will change minds.", "with many hope"),
    ("The talks stalled, with few expect a deal before spring.", "with few expect"),
    ("The scheme was popular, with many agree it saved money.", "with many agree"),
    ("Prices rose, with several point out that wages have stalled.", "with several point"),
    ("The strike went ahead, with many blame the management.", "with many blame"),
    ("The union balloted members, with many want a bigger rise.", "with many want"),
    ("The result surprised analysts, with few predict a recovery.", "with few predict"),
    ("The storm hit hard, with many fear - and some say - the worst is yet to come.", "with many fear"),
    ("The bill passed, with several believe it will be challenged.", "with several believe"),
    ("The factory closed, with several worry about their pensions.", "with several worry"),
    ("The budget was cut, with many think the cuts go too far.", "with many think"),
    ("The festival moved venues, with several complain about the cost.", "with several complain"),
    ("Rents kept rising, with many struggle to pay.", "with many struggle"),
    ("The match was called off, with several doubt it will be replayed.", "with several doubt"),
    ("Turnout was low, with many feel ignored by the parties.", "with many feel"),
    ("The deal collapsed, with few trust the other side.", "with few trust"),
    ("The ban was lifted, with many welcome the change.", "with many welcome"),
    ("The council delayed the vote, with several vote against the plan every year.", "with several vote"),
    ("The town shrank, with many work two jobs to get by.", "with many work"),
    ("The figures were disputed, with few believe the official count.", "with few believe"),
    ("The shop closed early, with many queue outside from dawn.", "with many queue"),
    ("The bill was amended, with several hope it will now pass.", "with several hope"),
]


@pytest.mark.parametrize("text", PHRASES_IN_A_MISREAD_SUBJECT + HYPHENATED_AFTER_A_QUANTIFIER)
def test_a_phrase_in_a_misread_subject_or_a_hyphenated_compound_passes(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(("text", "span"), DANGLING_NEAR_A_MISREAD_SUBJECT + VERBS_AFTER_A_QUANTIFIER)
def test_a_clause_of_the_prepositions_object_or_a_verb_after_a_quantifier_is_flagged(text, span):
    assert_flags_span(text, RULE, span)
