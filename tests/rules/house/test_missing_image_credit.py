import pytest

from helpers import assert_findings

from editlint.errors import UsageError

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
        "*Crowds at the border crossing. Jane Doe for the Daily Ledger*",
        "_From the Instagram account of the harbour master_",
        "*Crowds at the border crossing. From the Facebook page of Jane Doe.*",
        "_via Twitter user @harbourwatch_",
        "*Crowds at the border crossing. (Screenshot from the ministry's YouTube channel)*",
        "*Crowds at the border crossing. Source: Telegram/@borderwatch*",
        "*Crowds at the border crossing. Photographed by Jane Doe.*",
        "*Crowds at the border crossing. (Picture supplied by the family)*",
        "*Crowds at the border crossing. Courtesy: The organisers*",
        "*Pool photo*",
        "*Crowds at the border crossing. Map: Ordnance Survey contributors*",
        "*Crowds at the border crossing. Reuters*",
        "*Crowds at the border crossing. Jane Doe, staff photographer*",
        "*Crowds at the border crossing | Jane Doe*",
        "*Crowds at the border crossing. Image source, EPA*",
        "*Crowds at the border crossing (Jane Doe)*",
    ],
)
def test_credit_formats_are_accepted(credit):
    assert_findings(f"# Storm\n\n![A street](a.jpg)\n{credit}\n", RULE, [])
    assert_findings(f"# Storm\n\n![A street](a.jpg)\n\n{credit}\n", RULE, [])


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Volunteers sort donations at the food bank.",
        "Volunteers sort donations, in a photo taken from the loading dock.",
        "Volunteers sort donations, in an image from the warehouse.",
        "A photo of volunteers sorting donations.",
        "Sculptures carved by local pupils for the festival.",
        "Photo by:",
    ],
)
def test_captions_that_credit_no_one(caption):
    assert_findings(f"# Storm\n\n![A street](a.jpg)\n*{caption}*\n\nThe storm hit.\n", RULE, [(3, 1, 19)])


def test_html_figure_caption():
    figure = '# Storm\n\n<figure>\n<img src="a.jpg" alt="x">\n<figcaption>{}</figcaption>\n</figure>\n\nText.\n'
    assert_findings(figure.format("A flooded street. Photo: Jane Doe/AP"), RULE, [])
    assert_findings(figure.format("A flooded street on Monday."), RULE, [(4, 1, 26)])


def test_html_credit_line_under_a_markdown_image():
    assert_findings('# Storm\n\n![x](a.jpg)\n\n<p class="credit">Photo: Jane Doe/AP</p>\n\nText.\n', RULE, [])


def test_body_text_before_a_later_image_is_no_caption():
    body = "The port reopened on Monday. " * 12 + "Courtesy of the council, the boats returned."
    text = f"# Storm\n\n![a](a.jpg)\n\n{body}\n\n![b](b.jpg)\n*Photo: Jane Doe/AP*\n"
    assert_findings(text, RULE, [(3, 1, 12)])


def test_a_figcaption_credits_only_its_own_image():
    text = '# Storm\n\n<figure><img src="a.jpg"></figure>\n\n<figure><img src="b.jpg"><figcaption>Jane Doe/AP</figcaption></figure>\n'
    assert_findings(text, RULE, [(3, 9, 26)])


def test_credit_line_under_an_html_image_right_after_the_headline():
    assert_findings('# Storm\n\n<img src="a.jpg" alt="x">\n\nJane Doe/AP\n\nThe storm hit.\n', RULE, [])


def test_a_long_body_paragraph_ends_the_caption():
    text = "# Storm\n\n![x](a.jpg)\n\n" + "The storm hit the port. " * 13 + "\n\nPhoto: Jane Doe/AP\n"
    assert_findings(text, RULE, [(3, 1, 12)])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Storm\nThe storm hit.\nPhoto: Volunteers sort donations at the food bank.\nMore.\n", [(3, 1, 51)]),
        ("Storm\nThe storm hit.\nIMAGE: A flooded street.\nMore.\n", [(3, 1, 25)]),
        ("Storm\nThe storm hit.\nPhoto:\nMore.\n", [(3, 1, 7)]),
        ("Storm\nPhoto: A flooded street. Credit:\nMore.\n", [(2, 1, 33)]),
        ("Storm\nPhoto: A flooded street. (Jane Doe/AP)\nText.\nPhoto: Rescuers at work.\nMore.\n", [(4, 1, 25)]),
        ("Storm\nPhoto: A flooded street.\nPhoto: Rescuers at work. (Jane Doe/AP)\nMore.\n", [(2, 1, 25)]),
        ("Storm\nPhoto: A flooded street.\nPhoto: Jane Doe/AP\nMore.\n", []),
        ("Storm\nPhoto: A flooded street.\n\nCredit: Jane Doe\n\nMore.\n", []),
        ("Storm\nPhoto: A flooded street. Staff photo by Jane Doe.\nMore.\n", []),
        ("Storm\nPhoto: Jane Doe/AP\nThe storm hit.\n", []),
        ("Storm\nThe storm hit.\nPhotos: Jane Doe and John Roe\n", []),
    ],
)
def test_plain_text_picture_lines(text, expected):
    assert_findings(text, RULE, expected, path="a.txt")


def test_title_and_front_matter_credits():
    assert_findings('# Storm\n\n![x](a.jpg "Photo: Jane Doe/AP")\n', RULE, [])
    assert_findings("---\nimage:\n  src: a.jpg\n  credit: Jane Doe\n---\nBody.\n", RULE, [])


def test_plain_text_credit_line():
    assert_findings("Storm\nThe storm hit.\nImage courtesy of Getty Images\n", RULE, [], path="a.txt")


def test_a_credit_pattern_that_is_no_regular_expression_is_a_config_error():
    config = {"rules": {RULE: {"credit-patterns": ["(Foto"]}}}
    with pytest.raises(UsageError, match="credit-patterns.*'\\(Foto' is not a regular expression"):
        assert_findings("# S\n\n![x](a.jpg)\n", RULE, [], config=config)


def test_custom_credit_patterns():
    config = {"rules": {RULE: {"credit-patterns": [r"\bFoto:\s*\w"]}}}
    assert_findings("# S\n\n![x](a.jpg)\nFoto: Ana\n", RULE, [], config=config)
    assert_findings("# S\n\n![x](a.jpg)\nPhoto: Ana\n", RULE, [(3, 1, 12)], config=config)
