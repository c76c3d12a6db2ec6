import subprocess
import sys

import pytest

from editlint.document import parse
from editlint.errors import EnvironmentProblem
from editlint.nlp.pipeline import load_pipeline, parse_document
from editlint.nlp.syntax import dateline_end, ing_form, verb_forms


def test_rule_modules_do_not_import_spacy():
    code = (
        "import sys\n"
        "from editlint.rules.house import dangling_clause, inverted_attribution\n"
        "from editlint.rules.house import sentence_fragment, unattributed_claim\n"
        "assert 'spacy' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pipeline_is_loaded_once_without_unused_components():
    nlp = load_pipeline()
    assert load_pipeline() is nlp
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser"]


def test_pipeline_multiplies_with_numpy_on_one_blas_thread():
    from threadpoolctl import threadpool_info

    nlp = load_pipeline()
    assert not any(layer.ops.use_blis for _, component in nlp.pipeline for layer in component.model.walk())
    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {1}


def test_pipeline_collects_young_objects_less_often_unless_told_otherwise():
    import gc

    from editlint.nlp.pipeline import YOUNG_COLLECTION_THRESHOLD, _collect_young_objects_less_often

    load_pipeline()
    assert gc.get_threshold()[0] >= YOUNG_COLLECTION_THRESHOLD
    saved = gc.get_threshold()
    try:
        for young, expected in ((700, YOUNG_COLLECTION_THRESHOLD), (50_000, 50_000), (0, 0)):
            gc.set_threshold(young, 10, 10)
            _collect_young_objects_less_often()
            assert gc.get_threshold() == (expected, 10, 10)  # a higher threshold, or none, is the process's choice
    finally:
        gc.set_threshold(*saved)


@pytest.mark.parametrize("text", [
    '"We found the car within an hour," said Sgt. Marta Quillon, who leads the unit.',
    "The medal went to Capt. Jo Ann Pike of the county fire department.",
    "The order was signed by Col. Ruth Okafor, Maj. Ken Ito and Cpl. Dan Rees.",
    "Investigators questioned Det. Sgt. Omar Haddad on Friday.",
    "The bill was tabled by the Hon. Mere Taufa, who chairs the committee.",
    "Cllr. Dai Evans and Fr. Liam Boyle spoke for the residents.",
    "The district's chief of roads, Ing. Kofi Mensah-Bonsu, said the bridge would reopen in May.",
    "The utility's managing director, Eng. Wanjiru Kamau, told the committee that a third of the water is lost.",
    '"We will be back in the square," said Profra. Lucía Méndez Ortiz, a teacher from Tapachula, after the vote.',
    "The hearing was chaired by Lic. Andrés Pacheco Luna, and Mtro. Raúl Ibarra and Arq. Sofía Treviño testified.",
    "The prize went to Mme. Claire Roy, a teacher from Ste. Agathe, and to the Rt. Hon. Ama Owusu.",
    "Her family moved to Sault Ste. Marie when the mill hired her father.",
    "The arrest was described by Det. Const. Rhys Tanaka, who said the knife was found under a bench.",
    "Cst. Amara Singh and Coun. Bev Ouellet met Lt.-Gov. Maria Dupuis, Sqn. Ldr. Tom Ahn and Asst. Commr. Jo Reid.",
    '"The convoy left at dawn," said Lt.-Col. Anne Gagnon, who commands the task force.',
    "The plan was approved by Maj.-Gen. Luc Tremblay and Brig.-Gen. Omar Said, and Lt.-Cmdr. Ian Roy signed it.",
])
def test_a_title_abbreviated_before_a_name_does_not_end_the_sentence(text):
    assert len(list(load_pipeline()(text).sents)) == 1


def test_a_sentence_still_ends_before_a_title():
    sentences = [s.text for s in load_pipeline()("Staff Sgt. Lee Wong, 31, died. Pfc. Amy Stone was hurt.").sents]
    assert sentences == ["Staff Sgt. Lee Wong, 31, died.", "Pfc. Amy Stone was hurt."]


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("OTTAWA — The Tories held the seat.", "OTTAWA —"),
        ("GRAND FORKS, N.D. — A weaver has died.", "GRAND FORKS, N.D. —"),
        ("LAGOS (Reuters) - Fuel prices rose again.", "LAGOS (Reuters) -"),
        ("Eight Americans — all of them reservists — were hurt.", None),
        ("NATO allies - and Kyiv - agreed.", None),
        ("A — the first letter — is a vowel.", None),
    ],
)
def test_a_dateline_is_a_place_in_capitals_and_a_dash(text, dateline):
    doc = load_pipeline()(text)
    dash = dateline_end(doc)
    assert (doc[: dash + 1].text if dash is not None else None) == dateline


def test_missing_model_is_an_environment_problem():
    with pytest.raises(EnvironmentProblem, match="pip install xx_no_such_model"):
        load_pipeline("xx_no_such_model")


def test_prose_blocks_are_parsed_once_and_memoized():
    doc = parse("# Storm Hits Coast\n\nThe storm hit at dawn. Power failed.\n\n- Roads closed\n")
    parsed = parse_document(doc)
    texts = ["Storm Hits Coast", "The storm hit at dawn. Power failed.", "Roads closed"]
    assert [pb.block.text for pb in parsed] == texts
    assert [s.text for s in parsed[1].spacy_doc.sents] == ["The storm hit at dawn.", "Power failed."]
    assert parse_document(doc) is parsed
    start, end = parsed[1].source_span(4, 9)
    assert doc.text[start:end] == "storm"


@pytest.mark.parametrize(
    "verb, expected",
    [
        ("recognize", "recognizing"), ("plan", "planning"), ("open", "opening"), ("see", "seeing"), ("lie", "lying"),
        ("expect", "expecting"),
    ],
)
def test_ing_form(verb, expected):
    assert ing_form(verb) == expected


def test_verb_forms():
    assert {"say", "says", "said", "saying", "argue", "argues", "argued", "worry", "worries", "worried"} <= verb_forms(
        ("say", "argue", "worry")
    )
