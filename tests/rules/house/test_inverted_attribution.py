import pytest

from editlint.api import lint_paths, lint_text
from helpers import assert_findings, assert_flags_span, findings

RULE = "house/inverted-attribution"

BAD = [
    ("The talks will resume on Monday, reports Reuters.", "reports Reuters"),
    ("“We will rebuild the school,” said Mayor Ortiz.", "said Mayor Ortiz"),
    ("Turnout was the lowest in decades, writes The Economist.", "writes The Economist"),
    ("“Is anyone listening?” asks Carmen Diaz.", "asks Carmen Diaz"),
    ("The factory will close in May, reported the Financial Times.", "reported the Financial Times"),
    ("“Nobody expected the river to rise so fast,” said Tom Weller.", "said Tom Weller"),
    ("The ban takes effect next year, notes the European Commission.", "notes the European Commission"),
    ("“We are not done,” added Patel.", "added Patel"),
    ("The vaccine is safe for children, says the World Health Organization.", "says the World Health Organization"),
    ("“This is a historic day,” declared President Silva.", "declared President Silva"),
    ("Prices rose 3 percent in March, reports Bloomberg.", "reports Bloomberg"),
    ("“Where will the families go?” wonders Amina Yusuf.", "wonders Amina Yusuf"),
    # the tagger reads "added" as a participle, and the parser hangs the name elsewhere
    ("“We told them we would not sign it, and we didn't,” added Santos.", "added Santos"),
    ("“I told them I would not back it, and I didn't,” added Santos.", "added Santos"),
    ("“I told them I would not back it, and I didn't,” added Ruiz.", "added Ruiz"),
    # any verb of saying or judging (WordNet), common-noun sources, mid-quote and question quotes
    ("“The pool stays shut until June,” explained Okonjo.", "explained Okonjo"),
    ("“Nobody read the contract,” recalled Brandt.", "recalled Brandt"),
    ("“The figures do not add up,” concluded Ferraro.", "concluded Ferraro"),
    ("“Lock your doors tonight,” urged the sheriff.", "urged the sheriff"),
    ("“The ferry is cancelled,” said a harbor official.", "said a harbor official"),
    ("“Payments will resume on Friday,” said the tax office.", "said the tax office"),
    ("“The trail is closed,” said rangers.", "said rangers"),
    ("“We lost the harvest,” said the farmer, “and the loan is due.”", "said the farmer"),
    ("“Who pays for the damage?” asked a shopkeeper.", "asked a shopkeeper"),
    ("“Hold the line!” shouted the captain.", "shouted the captain"),
    ("Rents rose 9% last year, notes the housing agency's newsletter.", "notes the housing agency's newsletter"),
    ("“We have waited long enough,” argued Sen. Ruth Obi.", "argued Sen. Ruth Obi"),
    # any verb between a quoted utterance and its speaker is one of speaking
    ("“It's over,” sighed Duarte.", "sighed Duarte"),
    ("“Not now,” snapped the judge.", "snapped the judge"),
    # the parser takes the reported clause for a second subject
    ("The harbor reopened on Monday, reports Reuters.", "reports Reuters"),
    # between commas inside the clause it reports
    ("The verdict, noted the judge, was the first of its kind.", "noted the judge"),
    ("The ferry, said the captain, had never run late before.", "said the captain"),
    # a short identification after a common noun is no long one
    ("“The pool stays shut,” said a lifeguard on duty.", "said a lifeguard on duty"),
    # articles and possessive endings identify no one: four words after them are still short
    ("“Who will pay for the new roof?” said a spokeswoman for the tenants' association.", "said a spokeswoman for the tenants' association"),
    ("“The nets came up empty again,” say fishermen of the northern bay.", "say fishermen of the northern bay"),
    # a preposition before another places a name, it ties it to no body
    ("“Hand me the rope,” called Ferreira from inside the well.", "called Ferreira"),
    # after a text, a past participle tells how it came out, not who it is
    ("Bus fares will rise in April, says the proposal, drafted by the city's finance office.", "says the proposal"),
    ("“Staff must not talk to reporters,” said the memo, leaked to a local paper on Friday.", "said the memo"),
    # a subordinate clause after the source and a comma, which the parser gave the source to as its subject
    ("“We heard a loud crack,” said the caretaker, after the old oak fell on the chapel.", "said the caretaker"),
    # a pronoun in the subject case, a counted source, the verb's own phrases after the source, and any noun
    # the parse makes the subject after the verb of the clause it reports
    ("“We will be back in the spring,” said she.", "said she"),
    ("“The bubble has burst,” noted one economist.", "noted one economist"),
    ("The mill will reopen in May, reported the Gazette on Sunday.", "reported the Gazette"),
    ("Farmers need rain, argued the minister in a speech on Monday.", "argued the minister"),
    ("Snow will reach the coast by noon, forecasts the weather service.", "forecasts the weather service"),
    ("The river will crest on Friday, predicts the flood service.", "predicts the flood service"),
    # a clause of the verb after the source, and names the parser hung elsewhere (the verb on the name, the
    # name as an appositive or the root)
    ("“No comment,” replied Whitcombe as she left the courtroom.", "replied Whitcombe"),
    ("The city has not repaired its storm drains since 2008, added Okafor.", "added Okafor"),
    ("The hospital has not replaced its old beds since 2011, added Lindqvist.", "added Lindqvist"),
    ("“The data do not back a levy on seeds,” argues Otieno.", "argues Otieno"),  # a name tagged as an adjective
    # a party and state are part of the name (AP), a part of a source is one, a hyphenated age is no identification
    ("“We will not fold,” said Sen. Maria Ortega (D-N.M.).", "said Sen. Maria Ortega (D-N.M.)"),
    ("“The budget is sound,” said Rep. Tom Fairley, R-Ind.", "said Rep. Tom Fairley, R-Ind."),
    ("“We got here at dawn,” said one of the volunteers.", "said one of the volunteers"),
    ("“I could not move,” recalled the 17-year-old apprentice.", "recalled the 17-year-old apprentice"),
]

GOOD = [
    "The talks will resume on Monday, Reuters reports.",
    "“We will rebuild the school,” said Ana Ortiz, a spokeswoman for the city.",
    "“The levee held,” said Lic. Tomás Orozco Vega, a spokesman for the state water commission, on Monday.",
    "“We will rebuild the school,” the mayor said.",
    "The report says the factory will close in May.",
    "“We are not done,” he added.",
    "Reuters reports that the talks will resume on Monday.",
    "According to Reuters, the talks will resume on Monday.",
    "“It was chaos,” said Deputy Interior Minister Karl Berger.",
    "The council voted 5-2, said Jane Smith, the council clerk.",
    "Smith said the vote was close.",
    "Prices rose, reports suggest, as demand picked up.",
    "The team won the final, beat Arsenal.",
    "A spokesman, who declined to be named, told Reuters the plant would close.",
    "The fee, added last year, has raised $2 million for the parks.",
    "Prices have risen, added to the pressure on families.",
    "The mayor, who had said Friday that she would resign, changed her mind.",
    # a long identification before the name, a verb that goes on, a list of actions, a sign
    "“The harbor will be dredged,” said the port authority's director of operations, Lena Ruiz.",
    "“The harbor will be dredged,” said the city's deputy mayor for planning Lena Ruiz.",
    "The minister thanked the hosts for the talks, welcomed Norway's offer to mediate next year, and left.",
    "She stood up, read the statement and left.",
    "“Welcome,” reads the sign.",
    "The film “Heat” describes a heist.",  # a quoted title, not a quoted utterance
    "The mayor, who was elected in May, praised the Tribune.",
    "“The money is gone,” the treasurer told the council.",
    "The bridge has been closed since 2019, as first reported by the Herald.",
    # a long identification after a common noun (AP accepts the inversion)
    "“The pool stays shut until the pumps are fixed,” said a lifeguard from the aquatics team at the lido.",
    "“The levy is unfair,” said a retired teacher from the valley.",  # identified before and after the noun
    "“The deal was never signed,” said Omar Haddad, hired last year to audit the contract.",
    "“Stay where you are,” said a marshal from across the border at the region's largest rescue service.",
    "The museum praised the curator, after the storm flooded the cellar.",
    "“We will be back in the spring,” she said in an interview on Monday.",
    "The harvest was poor, said to be the worst in a decade.",
    "The crew came ashore, thanked the volunteers at the harbor and went home.",
]


@pytest.mark.parametrize("text, span", BAD)
def test_verb_before_named_source(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize("text", GOOD)
def test_source_first_or_long_title_passes(text):
    assert_findings(text, RULE, [])


def test_message_and_unsafe_fix():
    text = "Allies met in Brussels.\n\nThe talks will resume on Monday, reports Reuters.\n"
    (diagnostic,) = lint_text(text, config={"select": [RULE]})
    assert (diagnostic.line, diagnostic.column, diagnostic.end_column) == (3, 34, 49)
    assert diagnostic.message == 'Inverted attribution: write "Reuters reports" (AP style puts the source first)'
    (fix,) = diagnostic.fixes
    assert fix.applicability == "unsafe"
    (edit,) = fix.edits
    assert text[edit.start : edit.end] == "reports Reuters" and edit.replacement == "Reuters reports"


def test_attribution_inside_a_quotation_is_skipped():
    text = "She wrote: “The talks will resume on Monday, reports Reuters.”\n\n> The plan failed, said Smith.\n"
    assert_findings(text, RULE, [])


AFTER_QUOTE = {"rules": {RULE: {"accept-after-quote": True}}}


@pytest.mark.parametrize(
    "text", ["“We will rebuild the school,” said Mayor Ortiz.", "“We tried,” said Ruiz, “but it ran out.”"]
)
def test_inversion_after_a_direct_quote_is_flagged_by_default_and_accepted_by_option(text):
    assert len(findings(text, RULE)) == 1
    assert_findings(text, RULE, [], config=AFTER_QUOTE)


def test_option_still_flags_inversion_after_reported_speech():
    text = "The talks will resume on Monday, reports Reuters."
    assert_findings(text, RULE, [(1, 34, 49)], config=AFTER_QUOTE)


def test_option_set_in_a_config_file(tmp_path):
    (tmp_path / ".editlint.toml").write_text(
        'select = ["house/inverted-attribution"]\n\n[rules."house/inverted-attribution"]\naccept-after-quote = true\n'
    )
    article = tmp_path / "story.txt"
    article.write_text("Harbor Reopens\n\n“We tried,” said Ruiz. The harbor reopened on Monday, reports Reuters.\n")
    result = lint_paths([str(article)])
    assert [(d.line, d.column, d.end_column) for d in result.diagnostics] == [(3, 55, 70)]


def test_markup_marks_in_plain_text_are_no_source():
    text = "Report\n\n“This grant is a vital part of our work with rural towns across the state,” said **Ana Ruiz, Deputy Director & Rural Grants Coordinator**.\n"
    assert_findings(text, RULE, [], path="story.txt")


@pytest.mark.parametrize(
    "text",
    [
        "“We will appeal,” said Mayor Ana Diaz of Springfield.",
        "“The levee held,” said Sheriff Tom Briggs of Plaquemines Parish.",
        "The vote was rushed, argued Rep. Dana Whitfield of Ohio.",
        "“We expect more rain,” said Wanjiru Kamau from Nyeri.",
    ],
)
def test_a_place_after_the_name_is_no_long_identification(text):
    assert len(findings(text, RULE)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "“We expect more rain,” said forecaster Lena Vogt of the National Weather Service.",
        "“We will appeal,” said Ana Diaz, the mayor of Springfield.",
        "“The levee held,” Sheriff Tom Briggs of Plaquemines Parish said on Monday.",
    ],
)
def test_an_organisation_after_the_name_or_an_appositive_identifies_the_source(text):
    assert findings(text, RULE) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council will vote on the zoning plan next week, reported Postimees, citing a draft agenda.",
        "The strike at the copper mine ended on Tuesday, reported Reuters, citing a union official.",
        "“Turnout was higher than we hoped,” said Castellanos, describing lines that wrapped around the block.",
        "Rents in the capital rose 9 percent last year, reports Kathimerini, citing central bank data.",
    ],
)
def test_a_participle_after_the_source_is_the_verbs_not_an_identification(text):
    assert len(findings(text, RULE)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The council will vote on the zoning plan next week, Postimees reported, citing a draft agenda.",
        "“We expect a full recovery by March,” said Ana Lindgren, the company's chief executive, noting that orders had doubled.",
        "“The bridge is safe to cross,” said Abernathy, who led last month's inspection.",
        "The agency declined to comment, citing the ongoing investigation.",
        "“Welcome to Tallinn,” reads the sign, written in three languages.",
    ],
)
def test_a_participle_after_a_source_first_or_an_appositive_is_no_inversion(text):
    assert findings(text, RULE) == []


@pytest.mark.parametrize(
    "text",
    [
        "“We are asking for patience,” said the utility in a statement posted late Sunday.",
        "“There was no warning at all,” said Adeyemi near the collapsed wall.",
        "“The patient is resting,” said the clinic in a brief statement.",
        "“The water rose in minutes,” said Castellano during a tour of the harbor on Tuesday.",
    ],
)
def test_a_circumstance_the_parser_hangs_on_the_source_is_no_identification(text):
    assert len(findings(text, RULE)) == 1


def test_a_hyphenated_title_before_the_name_is_part_of_the_source():
    flagged = "“Ice can vanish in a season,” said co-author Lena Marsh."
    assert_flags_span(flagged, RULE, "said co-author Lena Marsh")
    identified = "“Ice that took decades to build can vanish in a season,” said co-author Dr. Lena Marsh, a hydrologist at the university."
    assert findings(identified, RULE) == []


@pytest.mark.parametrize(
    "text",
    [
        "“Is the bridge open?” asked a driver, and the officer shook his head.",
        "“We did it,” shouted Okonkwo as the final whistle blew, before teammates lifted him up.",
        "“It is finished,” replied Haddad, but the crowd kept chanting.",
        "“Where is the money?” asked Councilwoman Reyes, and the chamber went quiet.",
        "“Nobody told us anything,” said her brother, “and now the house is gone.”",
    ],
)
def test_after_a_quote_a_clause_of_its_own_may_follow_the_source(text):
    assert len(findings(text, RULE)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "She paused, thanked Ortiz, and the meeting ended.",
        "“It is finished,” replied Samir Haddad, the committee's chairman, but the crowd kept chanting.",
        "“Is the bridge open?” a driver asked, and the officer shook his head.",
    ],
)
def test_a_clause_after_the_source_makes_no_inversion_of_an_object_or_an_identified_source(text):
    assert findings(text, RULE) == []


def test_after_a_quote_a_capitalized_word_the_tagger_calls_an_adjective_is_a_name():
    text = "“Every bag of flour we import is one we could have milled here,” notes Akhmetov."
    assert_flags_span(text, RULE, "notes Akhmetov")


@pytest.mark.parametrize(
    "text, span",
    [
        ("“This is not over,” posted Kowalczyk weeks after the ruling.", "posted Kowalczyk"),
        ("“The door is open,” said Mayor Tran moments before the council voted.", "said Mayor Tran"),
        ("“Nobody called us,” said Abernathy hours later.", "said Abernathy"),
        ("“We were robbed,” tweeted striker Ade Bello shortly after the final whistle.", "tweeted striker Ade Bello"),
        ("“It's over,” sobbed Duarte hours after the final.", "sobbed Duarte"),
        # a name is no span of time, whatever its last word
        ("Rates will rise again in June, writes the Financial Times in an editorial.", "writes the Financial Times"),
    ],
)
def test_a_span_of_time_after_the_source_is_the_verbs_however_the_parser_hangs_the_name(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "“The deal is dead,” Castellano tweeted two hours after the talks collapsed.",
        "The mayor spoke, then met Tran moments before the council voted.",
        "“I am not going anywhere,” said Haugen, who has led the party since 2019, days after the vote.",
    ],
)
def test_a_span_of_time_after_a_source_first_an_object_or_an_identified_source_is_no_inversion(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("“He was the kindest man I knew,” said Delgado of his late father.", "said Delgado"),
        ("“It is unworkable,” said Sen. Tom Wray of the bill.", "said Sen. Tom Wray"),
        ("“We'll miss her,” said Okafor of the retiring nurse, who worked at the clinic for 31 years.", "said Okafor"),
        ("“She was the heart of the team,” tweeted Banerjee of her former captain.", "tweeted Banerjee"),
        ("“We owe them an answer,” said Rep. Dana Kerr at a town hall in Dayton.", "said Rep. Dana Kerr"),
        ("“We will not back down,” said Ruiz at Tuesday's rally.", "said Ruiz"),
        ("“The gates will stay open,” said the authority's statement on Tuesday.", "said the authority's statement"),
    ],
)
def test_what_the_source_spoke_of_where_and_when_are_no_identification(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "“The levee held,” said Erik Lindahl of the Army Corps of Engineers.",
        "“She will be hard to replace,” said Yuki Nakagawa of the city's housing department.",
        "“The clinic needs a generator,” said Dr. Ana Lee at Mercy General Hospital.",
        "“The lines were enormous,” said a volunteer at the food bank on Elm Street.",
        "“He'll be a star,” Kessler wrote of the rookie.",
    ],
)
def test_a_body_or_a_place_after_the_name_still_identifies_the_source(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("“That was the last time I saw him,” continues Ivanova, her voice dropping.", "continues Ivanova"),
        ("“I can't do this anymore,” said Dalton, his hands shaking.", "said Dalton"),
        ("“It's gone, all of it,” said Bergstrom, eyes fixed on the ashes.", "said Bergstrom"),
        ("“Enough is enough,” shouted Lindqvist, megaphone in hand.", "shouted Lindqvist"),
        ("“I waited 20 years for this,” said Ito, his eyes wet.", "said Ito"),
    ],
)
def test_an_absolute_construction_after_the_source_is_no_identification(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” said Okonkwo, her voice coach for a decade.",
        "“We will win this,” said Ruiz, her campaign manager.",
        "“No comment,” said Vogt, its spokeswoman.",
        "“Sales will recover,” said Acme, its parent company.",
        "“It hurts to see,” said Dana Rees, the team's coach, her eyes on the scoreboard.",
    ],
)
def test_an_appositive_that_names_someone_still_identifies_the_source(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("The retailer will close 40 stores next year, reports the Star and Tribune.", "reports the Star and Tribune"),
        ("Shampoo prices will rise in the spring, says Procter & Gamble.", "says Procter & Gamble"),
        ("Copper prices jumped on Monday, reported Bloomberg, after the mine in Chile flooded.", "reported Bloomberg"),
        ("Flights resumed at noon, reported the BBC, after the runway was cleared.", "reported the BBC"),
    ],
)
def test_after_reported_speech_a_name_with_and_or_a_clause_after_the_source(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "She finished the speech, thanked Reuters, and left the stage.",
        "Home sales slumped when rates rose, hurting Zillow.",
        "The merger, which Barnes & Noble opposed, will cost 3,000 jobs.",
    ],
)
def test_after_reported_speech_an_object_or_a_list_of_actions_is_no_inversion(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("The harbour will reopen on Monday, say police.", "say police"),
        ('"We were never consulted," say the fishermen.', "say the fishermen"),
        ('"The list only grows," points out Ngata, holding up a printout.', "points out Ngata"),
        ('"It was never about the money," cuts in Moreau.', "cuts in Moreau"),
    ],
)
def test_a_plural_verb_or_a_phrasal_verb_before_the_source(text, span):
    assert_flags_span(text, RULE, span)


def test_a_phrasal_verb_moves_with_its_particle():
    (diagnostic,) = lint_text('Report\n\n"It is over," cuts in Ruiz.\n', config={"select": [RULE]})
    assert diagnostic.message == 'Inverted attribution: write "Ruiz cuts in" (AP style puts the source first)'


@pytest.mark.parametrize(
    "text",
    [
        "Costs could rise to, say, $5 million by next year.",
        "The mayor wants to build, say, 400 homes on the site.",
        "Police say the harbour will reopen on Monday.",
        "The judge cut in, asking the lawyer to move on.",
        '"The schedule is tight," she points out in her report, "but doable."',
    ],
)
def test_say_as_an_example_and_a_source_first_are_no_inversion(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ("The central bank is weighing a further rate rise as the currency slides, report local media.", "report local media"),
        ("Diesel prices rose again in May, reports the statistics office.", "reports the statistics office"),
        ("The election has been postponed by a week, report state media.", "report state media"),
    ],
)
def test_a_present_that_cannot_share_the_subject_before_has_its_source_after_it(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        "The shipyard cut 300 jobs, employs about 2,000 people and reports record orders.",
        "The firm reports strong sales, pays its staff well and expects a record year.",
        "The company makes tyres, supplies three carmakers and reports results on Friday.",
    ],
)
def test_a_verb_that_shares_the_subject_before_has_no_source_after_it(text):
    assert_findings(text, RULE, [])



@pytest.mark.parametrize(
    "text, span",
    [
        ('"Prices went up every week," said Rossi, and shoppers across the town agreed.', "said Rossi"),
        ('"We found the wreck on the second dive," recalled Dr. Moreau; "it was upside down."', "recalled Dr. Moreau"),
        ("The talks will resume on Monday, reports Reuters; the union has not confirmed.", "reports Reuters"),
    ],
)
def test_a_clause_after_the_source_joined_by_and_or_a_semicolon_leaves_it_short(text, span):
    assert_flags_span(text, RULE, span)


@pytest.mark.parametrize(
    "text",
    [
        '"The count was wrong," Okafor said; the commission rejected the claim.',
        '"The count was wrong," said Okafor, a returning officer in the district; the commission disagreed.',
        "The talks will resume on Monday, Reuters reports; the union has not confirmed.",
    ],
)
def test_a_semicolon_after_a_source_first_or_an_appositive_is_no_inversion(text):
    assert_findings(text, RULE, [])


@pytest.mark.parametrize(
    "text, span",
    [
        ('"The bridge held," said Lt.-Col. Anne Gagnon.', "said Lt.-Col. Anne Gagnon"),
        ('"We are ready," said Maj.-Gen. Luc Tremblay.', "said Maj.-Gen. Luc Tremblay"),
    ],
)
def test_a_hyphenated_rank_is_part_of_the_source(text, span):
    assert_flags_span(text, RULE, span)


def test_a_long_identification_after_a_hyphenated_rank_allows_the_inversion():
    assert_findings('"We are ready," said Lt.-Col. Anne Gagnon, who commands the task force.', RULE, [])


def test_a_source_the_parser_cut_inside_its_brackets_is_left_alone():
    assert_findings('"The rains failed twice," says Sgt. (Rtd.) Joseph Mwangi, 63.', RULE, [])


def test_a_passive_participle_the_parser_took_for_a_clause_reports_nothing():
    text = "The second act's detour into the neighbor's plan, played broadly by Ken Ostrowski, adds plot without much point."
    assert_findings(text, RULE, [])
