import pytest

from helpers import assert_findings

RULE = "house/missing-image-credit"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# Storm\n\n![Flooded street](flood.jpg)\n\nThe storm hit.\n", [(3, 1, 29)]),
        ("# Storm\n\nIntro text.\n\n  ![Flooded street](flood.jpg)\n*A flooded street.*\n", [(5, 3, 31)]),
        ("# Storm\n\n![x](a.jpg)\n*Photo:*\n", [(3, 1, 12)]),
        ("# Storm\n\n![photo: Jane Doe](a.jpg)\n", [(3, 1, 26)]),
        ("# Storm\n\n![x](jane-doe-ap-photo.jpg)\n", [(3, 1, 28)]),
        ('# Storm\n\n<p>Intro</p>\n<img src="a.jpg" alt="x">\n', [(4, 1, 26)]),
        ("---\ntitle: Storm\nimage: a.jpg\n---\nBody.\n", [(3, 1, 6)]),
        ("# Storm\n\n![a](a.jpg)\n![b](b.jpg)\n*Photo: Jane Doe/AP*\n", [(3, 1, 12)]),
        ("# Storm\n\n![a](a.jpg)\n\nThe storm hit.\n\nMore text.\n\nPhoto: Jane Doe\n", [(3, 1, 12)]),
        ("# Storm\n\n![a](a.jpg)\n*Models made by local students for the fair.*\n", [(3, 1, 12)]),
        ("# Storm\n\n![a](a.jpg)\n*Residents and/or visitors queue at the gate.*\n", [(3, 1, 12)]),
    ],
)
def test_uncredited_images(text, expected):
    assert_findings(text, RULE, expected)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Jane Doe/AP",
        "Image courtesy of Getty Images",
        "(AP Photo/Jane Doe)",
        "Credit: Jane Doe",
        "Jane Doe/Getty Images",
        "Photo by Jane Doe for The Daily",
        "*Firefighters at work. Photo credit: City Fire Department.*",
        "_Image: Photo courtesy of Jane Doe_",
        "Twitter photo by @janedoe",
        "Image from the ministry's Facebook page.",
        "*Crowds at the border crossing on Monday. REUTERS/Jane Doe*",
        "*Crowds at the border crossing on Monday. AFP/Jane Doe*",
        "*Crowds at the border crossing on Monday. (Xinhua via AP)*",
        "*Crowds at the border crossing. (Photo: Jane Doe/Valley Courier)*",
        "*Crowds at the border crossing. Jane Doe for The Daily Ledger*",
    ],
)
def test_credit_formats_are_accepted(credit):
    assert_findings(f"# Storm\n\n![A street](a.jpg)\n{credit}\n", RULE, [])
    assert_findings(f"# Storm\n\n![A street](a.jpg)\n\n{credit}\n", RULE, [])


def test_title_and_front_matter_credits():
    assert_findings('# Storm\n\n![x](a.jpg "Photo: Jane Doe/AP")\n', RULE, [])
    assert_findings("---\nimage:\n  src: a.jpg\n  credit: Jane Doe\n---\nBody.\n", RULE, [])


def test_plain_text_credit_line():
    assert_findings("Storm\nThe storm hit.\nImage courtesy of Getty Images\n", RULE, [], path="a.txt")


def test_custom_credit_patterns():
    config = {"rules": {RULE: {"credit-patterns": [r"\bFoto:\s*\w"]}}}
    assert_findings("# S\n\n![x](a.jpg)\nFoto: Ana\n", RULE, [], config=config)
    assert_findings("# S\n\n![x](a.jpg)\nPhoto: Ana\n", RULE, [(3, 1, 12)], config=config)
