import pytest

from editlint.api import lint_text
from editlint.engine.diagnostic import Applicability
from editlint.rules.house.inconsistent_name import skeleton

RULE = "house/inconsistent-name"


def found(text):
    return lint_text(text, config={"select": [RULE]})


@pytest.mark.parametrize(
    "first, second",
    [("Nebenzia", "Nebenzya"), ("Zelenskyy", "Zelensky"), ("Al-Sisi", "el-Sissi"), ("García", "Garcia"), ("Mohammed", "Mohamed")],
)
def test_spelling_variants_share_a_skeleton(first, second):
    assert skeleton(first) == skeleton(second)


@pytest.mark.parametrize("first, second", [("Johnson", "Johnston"), ("Ann", "Anna"), ("Maria", "Mario"), ("Paul", "Paula")])
def test_different_names_do_not(first, second):
    assert skeleton(first) != skeleton(second)


def test_rarer_form_is_reported_with_the_position_of_the_other():
    text = "Vassily Nebenzia spoke first.\n\nThe envoy Nebenzia left. Reporters asked Nebenzya why.\n"
    (diagnostic,) = found(text)
    assert (diagnostic.line, diagnostic.column, diagnostic.end_column) == (3, 42, 50)
    assert "'Nebenzia' at line 1, column 9 (2 times)" in diagnostic.message
    (fix,) = diagnostic.fixes
    assert fix.applicability == Applicability.DISPLAY and fix.edits[0].replacement == "Nebenzia"


def test_a_tie_reports_the_later_form_without_a_fix():
    (diagnostic,) = found("President Al-Sisi met the envoy. The talks with el-Sissi lasted an hour.\n")
    assert diagnostic.column == 49 and diagnostic.fixes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Boris Johnson met Sarah Johnston. Johnson spoke first.\n",
        "Ann Lee and Anna Park spoke. Bill Clinton and Hillary Clinton attended.\n",
        "There were three votes. Three of them were close. There was no recount.\n",
        # the same name in two cases, and a capitalised ordinary word that also occurs in lowercase
        "The HTTPS-Only rule. Sites went HTTPS-only last year.\n",
        # two people who share a surname in two spellings
        "Julie Chavez Rodriguez spoke. Later Rosa Icela Rodríguez answered.\n",
        "President Alan García spoke. García left early. The blogger Erick Garcia disagreed.\n",
        # two players introduced with their given names, then called by their surnames alone
        "Captain Tomas Brennan scored twice. Brennan was booked late on.\n\nThe goalkeeper Liam Brenan saved a penalty. "
        "Brenan said the wind made it hard. L. Brenan and T. Brennan both start on Sunday.\n",
    ],
)
def test_no_false_alarms(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rosa Icela Rodriguez spoke. Later Rosa Icela Rodríguez answered. Rodriguez left.\n", "'Rodríguez' is spelled 'Rodriguez'"),
        # an initial of the same given name: one person
        ("Niall Dolan scored. Dolan was booked.\n\nN. Doolan finished with nine points.\n", "'Doolan' is spelled 'Dolan'"),
    ],
)
def test_the_same_given_name_with_two_spellings_is_one_person(text, expected):
    (diagnostic,) = found(text)
    assert expected in diagnostic.message


def test_a_bare_surname_that_goes_on_as_the_other_spelling_is_the_same_person():
    text = (
        "President Carlos Ramírez Soto met the governors. Ramírez Soto spoke for an hour.\n\n"
        "The smuggler Luis Peña Ramirez was extradited. President Ramirez Soto said the case was closed.\n"
    )
    assert [(d.line, d.column) for d in found(text)] == [(3, 58)]


def test_a_name_in_a_quotation_is_the_source_s_words():
    assert found("Minister Nebenzia spoke. “Nebenzya is wrong,” a critic said.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Orquesta Sinfónica de Bogotá played first. Its tour of Bogota ends in May, the manager said.\n",
        "Researchers at the Universidad de Málaga took part. The Malaga team said results were due in June.\n",
        "Officers of the Sûreté du Québec closed the highway. Quebec transport officials said it would reopen.\n",
    ],
)
def test_a_name_in_its_own_language_keeps_its_spelling(text):
    assert found(text) == []


def test_the_same_word_outside_a_foreign_name_is_still_compared():
    text = "The mayor of Bogotá spoke first. Bogota officials said the Orquesta Sinfónica de Bogotá would play.\n"
    assert [d.message.split("'")[1] for d in found(text)] == ["Bogota"]
