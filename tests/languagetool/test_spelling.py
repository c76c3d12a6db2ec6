"""The spelling filter against the real LanguageTool server: names are not typos, typos still are."""

import subprocess
import sys

import pytest

from editlint.api import lint_text
from editlint.engine.diagnostic import Applicability


def spelling(text, url, **settings):
    config = {"select": ["languagetool"], "languagetool": {"url": url, **settings}}
    return [d for d in lint_text(text, config=config) if "MORFOLOGIK" in d.rule]


def flagged(text, url, **settings):
    return [text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1] for d in spelling(text, url, **settings)]


@pytest.mark.parametrize(
    "text",
    [
        # capitalised in mid-sentence: a name
        "The envoy met Ruffridge on Tuesday.\n",
        "The Yoon administration believes the deployment is a threat.\n",
        # sentence start, next to a name
        "Vassily Nebenzia, the envoy, said the vote was illegal.\n",
        # sentence start, attested elsewhere in the article (twice, or in the headline)
        "# Chrousos Wins Award\n\nChrousos thanked the jury.\n",
        "Nebenzia spoke first. The envoy Nebenzia then left.\n",
        # acronyms, with and without a definition, and plurals of acronyms
        "The agency runs TANF and the USDS helps. Several CDFIs joined.\n",
        "The Extractive Industries Transparency Initiative (EITI) met.\n",
        # camel-case product names, Arabic articles
        "The team launched GovConnect and betaFEC this year.\n",
        "The talks with el-Sissi lasted an hour.\n",
        # handles, hashtags, file names, addresses
        "Follow @useiti_doi and #opengov for news.\n",
        "Open the file urlsize.py or visit login.gov today.\n",
        # bracketed labels: language tags of links, reference labels
        "Silvio Rendon of Gran Combo Club [es] writes about it. See [urlsize][10].\n",
    ],
)
def test_names_and_shapes_are_not_misspellings(languagetool_url, text):
    assert flagged(text, languagetool_url) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("The report has inspiried other governments.\n", "inspiried"),
        # a typo at a sentence start is still a typo: "Teh" is not a name
        ("Teh council met on Monday.\n", "Teh"),
        ("Recieved letters were filed.\n", "Recieved"),
        # a letter swap of a known name in mid-sentence is a typo
        ("Trade with Britian grew last year.\n", "Britian"),
        # a typo next to a name
        ("Officials in Boston definately agreed.\n", "definately"),
        # a typo inside a quotation
        ("“We are commited to this,” she said.\n", "commited"),
    ],
)
def test_misspellings_are_still_reported(languagetool_url, text, word):
    assert flagged(text, languagetool_url) == [word]


def test_severity_by_confidence(languagetool_url):
    text = "The report has inspiried others. Readers could not open aifufu last week.\n"
    severities = {text[d.column - 1 : d.end_column - 1]: str(d.severity) for d in spelling(text, languagetool_url)}
    assert severities == {"inspiried": "error", "aifufu": "warning"}


def test_a_rejected_word_is_reported_even_as_a_name(languagetool_url, tmp_path):
    reject = tmp_path / "reject.txt"
    reject.write_text("Nebenzya\n")
    config = {"select": ["languagetool"], "languagetool": {"url": languagetool_url, "reject": [str(reject)]}}
    found = lint_text("The envoy Nebenzya spoke.\n", config=config)
    assert [(d.rule, d.column, str(d.severity)) for d in found] == [("languagetool/EDITLINT_REJECTED_WORD", 11, "error")]


def test_message_names_suggestions(languagetool_url):
    (diagnostic,) = spelling("The report has inspiried others.\n", languagetool_url)
    assert "'inspiried'" in diagnostic.message and "did you mean 'inspired'" in diagnostic.message


def test_capitalised_and_quoted_spelling_fixes_are_display_only(languagetool_url):
    for text in ("Teh council met.\n", "“We were commited,” she said.\n"):
        (diagnostic,) = spelling(text, languagetool_url)
        assert diagnostic.fixes and {f.applicability for f in diagnostic.fixes} == {Applicability.DISPLAY}


def test_unsafe_fixes_never_rewrite_a_name(languagetool_url, tmp_path):
    (tmp_path / ".editlint.toml").write_text(f'select = ["languagetool"]\n[languagetool]\nurl = "{languagetool_url}"\n')
    article = tmp_path / "a.md"
    original = "# Envoy Speaks\n\nVassily spoke in New York on Monday.\n"
    article.write_text(original)
    subprocess.run([sys.executable, "-m", "editlint", "--fix", "--unsafe-fixes", "a.md"], cwd=tmp_path, capture_output=True, text=True)
    assert article.read_text() == original


def test_foreign_passages_are_not_checked_as_english(languagetool_url):
    text = (
        "Bloggers reacted in Portuguese.\n\n"
        "Acho perverso isso da imprensa ficar divulgando fatos e particulares da vida das vítimas do desastre.\n\n"
        "One wrote: “El gobierno accedió al diálogo en medio de la protesta nativa, con los bloqueos ya en marcha.” "
        "Others inspiried change.\n"
    )
    config = {"select": ["languagetool"], "languagetool": {"url": languagetool_url}}
    found = lint_text(text, config=config)
    assert [text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1] for d in found] == ["inspiried"]


def test_a_short_english_sentence_with_typos_is_not_taken_for_foreign(languagetool_url):
    assert flagged("So I think we can not live if old people could not find siences and tecnologies.\n", languagetool_url) == ["siences", "tecnologies"]


@pytest.mark.parametrize("text", ["The station CCTVB報道 aired it.\n", "Work continued on eAPD and on USEITI.\n"])
def test_other_scripts_and_names_in_multiword_matches(languagetool_url, text):
    assert flagged(text, languagetool_url) == []


def test_coinages_the_article_vouches_for(languagetool_url):
    # a common prefix on a known word, and a coinage used twice, are not reported
    assert flagged("The multiagency center opened. Crews fought skorvath fires and skorvath blazes.\n", languagetool_url) == []
    # a prefix on a misspelt word still is, and a coinage used once is a warning
    assert flagged("The unneccessary delay ended.\n", languagetool_url) == ["unneccessary"]
    (once,) = spelling("Crews fought skorvath fires.\n", languagetool_url)
    assert str(once.severity) == "warning"


def test_a_word_the_article_spells_so_three_times_is_its_spelling(languagetool_url):
    text = "Weavers sold adire cloth. The adire was dyed with indigo. Buyers wanted more adire.\n"
    assert flagged(text, languagetool_url) == []
    # its limit: one letter from a very common word, it is a typo however often repeated
    text = "The goverment met. The goverment voted. The goverment adjourned.\n"
    assert [str(d.severity) for d in spelling(text, languagetool_url)] == ["warning"] * 3


def test_a_rare_word_is_a_warning_and_not_reported_when_the_article_repeats_it(languagetool_url):
    (once,) = spelling("Readers could not open aifufu last week.\n", languagetool_url)
    assert str(once.severity) == "warning"
    assert flagged("Readers could not open aifufu. The aifufu site was down.\n", languagetool_url) == []


def test_a_prefix_on_a_known_word_close_to_another_word_is_reported(languagetool_url):
    assert flagged("His unability to act hurt the team.\n", languagetool_url) == ["unability"]


@pytest.mark.parametrize(
    "text, word",
    [("The money benefits all states and U.S. terriories.\n", "terriories"), ("They use their team, andd how quickly.\n", "andd how")],
)
def test_typos_after_an_abbreviation_and_in_two_word_matches(languagetool_url, text, word):
    assert flagged(text, languagetool_url) == [word]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The agency reported it. Tjhe Board looks forward to the vote.\n", "Tjhe"),
        ("Prices rose with the global ecomonic recovery.\n", "ecomonic"),
    ],
)
def test_common_words_misspelt_before_a_capital_or_behind_a_prefix(languagetool_url, text, word):
    assert flagged(text, languagetool_url) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # words in English usage that LanguageTool's dictionary lacks, with no far more common word near
        "Crews fought wildland fires while beachgoers watched.\n",
        "Employers may not surveil their workers with a new toolset.\n",
        "The crewmembers and the homebuilding sector recovered.\n",
        # a prefix on a word the speller suggests by itself
        "Families of unrepatriated prisoners of war gathered.\n",
        # a foreign word written with its diacritics
        "Native Hawaiian elders (kūpuna) attended.\n",
        # a name at a sentence start with no common word near it
        "Camerini, from the blog Transbrasil, wrote about it.\n",
        # a run of words in another language inside an English sentence
        "The aviation history blog Des avions et des hommes expresses its condolences to the families.\n",
    ],
)
def test_words_in_usage_names_and_foreign_runs_are_not_misspellings(languagetool_url, text):
    assert flagged(text, languagetool_url) == []


@pytest.mark.parametrize(
    "text, words",
    [
        # a frequent typo is far rarer than its correction
        ("They will recieve the money and teh report.\n", ["recieve", "teh"]),
        # a run-on with one of the commonest words is no compound
        ("There were alot of complaints.\n", ["alot"]),
        # only the capitals differ: a word in use, but not in lower case
        ("She spoke italian with friends on facebook.\n", ["italian", "facebook"]),
        # a typo of a common word at a sentence start, even before a capital
        ("Recieved letters were filed. Tihs Committee met.\n", ["Recieved", "Tihs"]),
        # a run of typos is not a foreign passage
        ("I do not understend thet dhe teachers want it.\n", ["understend", "thet", "dhe"]),
    ],
)
def test_typos_in_usage_are_still_reported(languagetool_url, text, words):
    assert flagged(text, languagetool_url) == words


def test_british_spelling_is_accepted_only_in_an_article_that_keeps_to_it(languagetool_url):
    british = "Our favourite theatres apologise for the rumours. The colour of the programme changed.\n"
    assert flagged(british, languagetool_url) == []
    # a single British spelling in American copy, and a mix of both spellings, are reported
    assert flagged("Our favourite theater apologized for the rumors.\n", languagetool_url) == ["favourite"]
    mixed = "Our favourite theatres apologise. Her favorite color is red.\n"
    assert flagged(mixed, languagetool_url) == ["favourite", "theatres", "apologise"]


def test_a_site_named_by_its_link_is_not_a_misspelling(languagetool_url):
    assert flagged("Readers could not open [aifufu](http://www.aifufu.com) last week.\n", languagetool_url) == []
    # unless only its capitals are wrong, or the address merely contains the word
    assert flagged("Join the group on [facebook](https://www.facebook.com/groups/x).\n", languagetool_url) == ["facebook"]
    assert flagged("Read [the proces section](https://example.gov/process) first.\n", languagetool_url) == ["proces"]


def test_a_headline_word_after_a_proper_name_is_a_name(languagetool_url):
    assert flagged("# Statement from Spokesperson Sean Savett on the Outbreak\n\nThe agency spoke.\n", languagetool_url) == []
    # after a capitalised common word it is still checked
    assert flagged("# Trump Adminstration Announces Plan\n\nThe agency spoke.\n", languagetool_url) == ["Adminstration"]


@pytest.mark.parametrize(
    "text",
    [
        # spellings American dictionaries list beside the other, in American copy
        "The judges made careful judgements about the colors of the center.\n",
        "Crowds were worshipping at the center in an unshakeable mood.\n",
        # a British spelling in an article that spells nothing the American way
        "The clamour for his release grew louder.\n",
        # a British -tre spelling in a name is no letter swap, in mid-sentence or at a sentence start
        "She works at the Community Health Centres in Ontario.\n",
        "Centres opened across the province last week.\n",
    ],
)
def test_spelling_variants_are_not_misspellings(languagetool_url, text):
    assert flagged(text, languagetool_url) == []


def test_a_variant_shape_far_rarer_than_the_other_form_is_a_misspelling(languagetool_url):
    assert flagged("The batteries were rechargable.\n", languagetool_url) == ["rechargable"]


def test_british_spelling_in_an_article_that_mostly_spells_the_american_way(languagetool_url):
    text = "The clamour grew. The colors of the organization and the center changed.\n"
    assert flagged(text, languagetool_url) == ["clamour"]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence start next to a capitalised word the dictionary does not know: first name and surname
        "Alsu Kurmasheva was freed in August.\n",
        # in a headline, after a title
        "# NEC Director Deese Statement on Energy\n\nThe agency spoke.\n",
        # in mid-sentence, next to other names
        "Journalists Evan Gershkovich and Alsu Kurmasheva were freed. Mark Headd spoke.\n",
        "Paul, Evan, Alsu, and Vladimir are home.\n",
    ],
)
def test_names_next_to_names_or_titles(languagetool_url, text):
    assert flagged(text, languagetool_url) == []


def test_a_letter_swap_after_a_title_is_still_a_typo(languagetool_url):
    assert flagged("# Mayor Recieves Award\n\nThe agency spoke.\n", languagetool_url) == ["Recieves"]


@pytest.mark.parametrize(
    "text, words",
    [
        # a common capitalised word misspelt in mid-sentence, next to no other capitalised word
        ("Young people and Goverments will not provide a solution.\n", ["Goverments"]),
        # its limits: names one letter off a common word, short or in the first letter
        ("The mason came from Defne, near the border.\n", []),
        ("Analysts at the nonprofit Imazon warned of fires.\n", []),
        # the shift key held too long
        ("THe council met on Monday.\n", ["THe"]),
        ("The IDs and TVs were checked.\n", []),
    ],
)
def test_capitalised_typos_in_running_text(languagetool_url, text, words):
    assert flagged(text, languagetool_url) == words


def test_rare_words_in_use_and_prefixed_words_in_use(languagetool_url):
    # in use, with no word one or two letters away; a prefix on a known word, the word in use
    assert flagged("Sullivan stressed the need for deconfliction. The Corps prepositioned experts.\n", languagetool_url) == []
    # a prefix on a known word with a far more common word one letter away, and a lower-case proper compound
    assert flagged("The comission met. They visited many latinamerican countries.\n", languagetool_url) == ["comission", "latinamerican"]


def test_a_site_named_by_a_link_in_its_paragraph_is_not_a_misspelling(languagetool_url):
    text = "Besides, fulue highlighted the [political implications](http://fulue.com/2009/06/x.html) of it.\n"
    assert flagged(text, languagetool_url) == []
    # a word in the address's path is no site's name
    assert flagged("Besides, fulue highlighted the [implications](http://example.com/fulue) of it.\n", languagetool_url) == ["fulue"]


def test_words_run_together_with_inline_code_are_markup(languagetool_url):
    assert flagged("She wrote: you`re saying my country as RANDOM.. I know you`ve apologized.\n", languagetool_url) == []
    assert flagged("Run `make test` and recieve the results.\n", languagetool_url) == ["recieve"]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Floods reached the island's monasteries, known as satras, on Monday.\n", []),
        ("He said the dicasteries, as the Vatican's departments are known, had cut costs.\n", []),
        ("Economists track what has been dubbed reshoring.\n", []),
        # its limit: a typo after an ordinary verb, even "called", is still a typo
        ("The mayor called the comission on Monday.\n", ["comission"]),
        ("The word kupesi names the patterns printed on bark cloth.\n", []),
        # an alternative name in apposition; its limit: a word with a close correction is a typo there too
        ("Day laborers, or jornaleros, waited. Tenants, or residnets, left.\n", ["residnets"]),
        # a species: after its genus or a rank's abbreviation; its limit: a Latin-looking typo at a sentence start
        ("Farmers found Fusarium graminearum and Tilletia f. sp. caries in wheat.\n", []),
        ("Officials feared Aedes albopictus would spread. Previus outbreaks were small.\n", ["Previus"]),
        # a short quotation of unknown words only: a term quoted from another language
        ('Fans call the stand the "gelbe Wand" and the ritual "ultrafanning".\n', []),
        ('Locals call the dish "kapusniak" and serve it hot.\n', []),
    ],
)
def test_a_word_the_sentence_presents_as_a_term_is_no_misspelling(languagetool_url, text, words):
    assert flagged(text, languagetool_url) == words


@pytest.mark.parametrize(
    "text, words",
    [
        # two words in use closed up, the way English forms compounds, a particle first or not
        ("Crews dropped retardant from airtankers while the comet outgasses.\n", []),
        # a particle after the word: a noun made of a phrasal verb
        ("The inning ended on a groundout to second.\n", []),
        # its limit: one of the commonest words run together with another is a run-on
        ("Critics said alot had changed upto then.\n", ["alot", "upto"]),
    ],
)
def test_closed_compounds_and_run_ons(languagetool_url, text, words):
    assert flagged(text, languagetool_url) == words


def test_a_word_the_article_uses_in_a_dictionary_phrase(languagetool_url):
    # "hapax legomenon" is one lemma in WordNet: "legomenon" alone later in the article is the same term
    text = "The word is a hapax legomenon.\n\nA legomenon appears once in a corpus.\n"
    assert flagged(text, languagetool_url) == []
    assert flagged("A legomenon appears once in a corpus.\n", languagetool_url) == ["legomenon"]


def test_irregular_forms_the_dictionary_lists_and_particles_of_names(languagetool_url):
    # "fora" is WordNet's plural of "forum"; "al" joined to a name is its particle
    text = "Delegates met in regional fora. The poet Hamid al'Rashidi read first.\n"
    assert flagged(text, languagetool_url) == []
    # its limit: a particle-length typo standing alone is still a typo
    assert flagged("She wrote a smal note.\n", languagetool_url) == ["smal"]


def test_a_prefixed_word_whose_stem_the_paragraph_uses(languagetool_url):
    assert flagged("The city has many wards, and its subwards elect their own chiefs.\n", languagetool_url) == []
    # its limit: without the stem beside it, a prefixed word one letter from another word is reported
    assert flagged("Its subwards elect their own chiefs.\n", languagetool_url) == ["subwards"]

def checked_texts(monkeypatch) -> list[str]:
    """The texts the LanguageTool client sends to be checked from now on (requests still go to the real server)."""
    from editlint.packs.languagetool.client import LanguageToolClient

    sent, request = [], LanguageToolClient._request

    def recording(self, path, params, method="GET", **options):
        if path == "check":
            sent.append(params["text"])
        return request(self, path, params, method, **options)

    monkeypatch.setattr(LanguageToolClient, "_request", recording)
    return sent


def test_no_dictionary_look_up_when_no_judgement_needs_one(languagetool_url, monkeypatch):
    sent = checked_texts(monkeypatch)
    # spelt twice, so a name: whether the dictionary knows the word beside it decides nothing
    text = "Nebenzia spoke first. The envoy Nebenzia then left.\n"
    assert flagged(text, languagetool_url) == []
    assert sent == [text.strip()]


def test_the_dictionary_is_asked_once_about_the_words_a_judgement_needs(languagetool_url, monkeypatch):
    sent = checked_texts(monkeypatch)
    # a capitalised word at a sentence start is a name next to a word the dictionary does not know; in
    # mid-sentence, capitals make a name whatever the words beside it are
    text = "Vassily Nebenzia, the envoy, said the vote was illegal, Ruffridge Tolkanen wrote.\n"
    assert flagged(text, languagetool_url) == []
    assert len(sent) == 2 and "nebenzia" in sent[1].split("\n\n") and "tolkanen" not in sent[1]



@pytest.mark.parametrize(
    "text, words",
    [
        # a gloss later in the sentence: "the ... word for", "the ... name meaning"
        ("Growers sold their kalamansi, the Tagalog word for a small citrus, at dawn.\n", []),
        ('"Bring the nohkom," said Agnes Cardinal, 71, using the Cree term for grandmother.\n', []),
        # its limit: the gloss must be in the same sentence
        ("Growers sold their kalamansi at dawn. It is the Tagalog word for a small citrus.\n", ["kalamansi"]),
    ],
)
def test_a_word_glossed_later_in_its_sentence_is_a_term(languagetool_url, text, words):
    assert flagged(text, languagetool_url) == words


def test_a_particle_of_another_language_between_capitalised_words(languagetool_url):
    text = "She studied at the Escuela des Artes and the Musée du Quai Branly in Paris.\n"
    assert flagged(text, languagetool_url) == []
    # its limit: a typo of an English function word between capitals is no language's particle
    assert flagged("He joined the Bank ot Canada in June.\n", languagetool_url) == ["ot"]


def test_drug_names_by_their_nonproprietary_stems(languagetool_url):
    assert flagged("Patients received lenacapavir, then ruxolitinib or tislelizumab.\n", languagetool_url) == []
    assert flagged("The trial paired divarasib with zongertinib, then with zanubrutinib.\n", languagetool_url) == []
    # its limit: a misspelt drug name close to the dictionary's spelling is still a typo
    assert flagged("The patient took atorvastatn daily.\n", languagetool_url) == ["atorvastatn"]


def test_a_capitalised_word_whose_letters_swapped_make_a_rare_name(languagetool_url):
    # a name whose letters, swapped, make another rare name ("Adwoa" / "Adowa") is a name
    assert flagged("The curator, Adwoa Mensah-Boateng, spoke on Monday.\n", languagetool_url) == []
    # its limit: a swap into a far more common word
    assert flagged("Troops left Britian in May.\n", languagetool_url) == ["Britian"]


def test_an_acronym_beside_a_sentence_start_makes_no_name(languagetool_url):
    assert flagged("Tjhe NTSB opened an inquiry on Monday.\n", languagetool_url) == ["Tjhe"]
    # an unknown word that is no acronym does: a first name and a surname
    assert flagged("Ayodele Okonjo-Baptiste opened an inquiry on Monday.\n", languagetool_url) == []


def test_words_of_a_large_english_word_list(languagetool_url):
    # SCOWL's large list knows currencies, loanwords and trade terms LanguageTool's dictionary lacks
    text = "Wages rose to 90,000 tenge. Farmers staged a dharna. Its dayside glowed. Growers sow teff.\n"
    assert flagged(text, languagetool_url) == []
    # its limits: a listed word one letter from a common word, or running one of the commonest together, is a typo
    assert flagged("It was hards to say. She was carful with it. They came aswell.\n", languagetool_url) == ["hards", "carful", "aswell"]


def test_in_carelessly_spelt_text_a_listed_word_is_a_typo_too(languagetool_url):
    # in edited copy a listed word is a word ("disking": harrowing); among many plain typos it is one more typo
    assert flagged("Farmers were disking the fields at dawn.\n", languagetool_url) == []
    text = "I beleive taht the goverment shoud stop pepole disking. Thier plans are verry bad for evry one of us.\n"
    assert "disking" in flagged(text, languagetool_url)


def test_a_listed_word_the_article_repeats_is_meant(languagetool_url):
    # a listed word one letter from a common word ("kyat" / "kit"?) is a typo once, a term when the article repeats it
    text = "Rents rose to 90,000 birr. Tenants who earned 40,000 birr a month moved out.\n"
    assert flagged(text, languagetool_url) == []
    # its limit: used once, it is still the typo of the common word
    assert flagged("It was hards to say.\n", languagetool_url) == ["hards"]


def test_the_plural_of_a_verbal_noun_or_a_nominal_adjective(languagetool_url):
    # "borings" (soil samples) is one letter from "brings"; the plural of a noun in use is no typo of it
    text = "Engineers took soil borings near the dam. The hospital advertises its matrimonials.\n"
    assert flagged(text, languagetool_url) == []
    assert flagged("# Readout of Two Convenings on Housing\n\nOfficials met.\n", languagetool_url) == []
    # its limit: a misspelt stem is no noun in use ("beggining")
    assert flagged("Their begginings were humble.\n", languagetool_url) == ["begginings"]


def test_two_edits_away_a_typo_keeps_its_first_letter(languagetool_url):
    # "jollof" is two edits from "follow", the first letter among them: a word in use, not its typo
    assert flagged("Vendors sold jollof from the roadside.\n", languagetool_url) == []
    # its limit: one edit away, a changed first letter is a typo still
    assert flagged("She walked home alse.\n", languagetool_url) == ["alse"]


def test_a_word_joined_to_a_name_by_a_foreign_particle(languagetool_url):
    # "Ordre" is "Order" with two letters swapped, but "du Mérite" makes it part of a French name
    assert flagged("France made him a knight of the Ordre du Mérite Agricole in 2009.\n", languagetool_url) == []
    # its limit: an English function word ("in") joins nothing: "Goverments" is the typo it looks like
    assert flagged("Officials said two Goverments in Europe objected.\n", languagetool_url) == ["Goverments"]


def test_each_part_of_a_hyphenated_word(languagetool_url):
    # "rumped" is a listed word, so "yellow-rumped" is no typo of "yellow-jumped"
    assert flagged("Counts of the yellow-rumped warbler fell by a third.\n", languagetool_url) == []
    # its limit: a part that is no word is the typo
    assert flagged("The well-knwon author spoke first.\n", languagetool_url) == ["well-knwon"]


def test_a_name_whose_swapped_letters_make_a_word(languagetool_url):
    # "Cota" is "Coat" with two letters swapped; spelt so again, as news names a person twice, it is a surname
    text = "Yesenia Cota, whose sons attend the school, objected. Later Cota said the vote was rushed.\n"
    assert flagged(text, languagetool_url) == []
    # its limit: once, even inside a name, a swap into a far more common word is the typo ("Commerical Press")
    assert flagged("She worked for the Hong Kong Commerical Press for years.\n", languagetool_url) == ["Commerical"]


def test_a_closed_compound_at_a_sentence_start(languagetool_url):
    # "Housebuilders" is "house builders" closed up, as the word is used; at a sentence start its capital says nothing
    assert flagged("Housebuilders rallied on Tuesday after the rate cut.\n", languagetool_url) == []
    # its limit: among many plain typos, a closed compound is likelier a run-on
    careless = "I beleive taht the goverment shoud act. Carusage is verry bad for evry one of us.\n"
    assert "Carusage" in flagged(careless, languagetool_url)


def test_the_rest_of_a_name_after_its_apostrophe(languagetool_url):
    # LanguageTool checks "amausili" of "Fa'amausili" as a word of its own
    assert flagged("The spinner Mulholland-Fa'amausili took three wickets.\n", languagetool_url) == []
    # its limit: after a lowercase word's apostrophe, a typo is a typo
    assert flagged("The crowd's entusiasm grew.\n", languagetool_url) == ["entusiasm"]


def test_a_foreign_saying_quoted_inside_a_quotation(languagetool_url):
    # single quotes nest inside double ones: the saying is a quoted term of another language, glossed after it
    text = "\u201cWe used to say \u2018el agua es vida,\u2019 water is life,\u201d she said.\n"
    assert flagged(text, languagetool_url) == []
    # its limit: a quotation of English words with one typo among them
    assert flagged("\u201cShe told us \u2018we were commited to it,\u2019\u201d he said.\n", languagetool_url) == ["commited"]


def test_a_gloss_after_or_that_is_no_typo(languagetool_url):
    # "sindicato" is two edits from "indicate", the first letter among them: no typo, so "or" glosses it
    assert flagged("She leads a fishermen's union, or sindicato, in the port.\n", languagetool_url) == []


def test_a_particle_closed_up_with_a_noun(languagetool_url):
    # "after" forms compounds like "out" and "over": "aftermarket" is no run-on of "after market"
    assert flagged("Thieves sold the converters on the aftermarket.\n", languagetool_url) == []
    # its limit: "in" and "on" close up into run-ons far more often ("infact", "ontop")
    assert flagged("Infact the plan worked. The flag sat ontop of the hall.\n", languagetool_url) == ["Infact", "ontop"]


def test_a_prefix_closed_up_where_a_hyphen_is_suggested(languagetool_url):
    # AP closes most prefixes up; LanguageTool suggests only the hyphenated form of the same word
    assert flagged("Sales are back to prepandemic levels.\n", languagetool_url) == []
    # its limit: a prefix on a word where another word is suggested ("inability")
    assert flagged("Their unability to pay hurt them.\n", languagetool_url) == ["unability"]


def test_names_of_a_line_up_between_semicolons(languagetool_url):
    # a name once in a line-up, after a semicolon, is beside another name as in a list
    text = "Athletic: Dunleavy; Marr, Ferreira, Baxter; Gallacher, Nicolson; Hendry, Watt, Okafor; Doig.\n"
    assert flagged(text, languagetool_url) == []
