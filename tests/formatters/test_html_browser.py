"""The HTML report in a real headless browser: Debian's Chromium, driven by Playwright.

Each finding's highlight must cover exactly its words (the marks' text against the source
slice at its line and column), the page must load nothing but itself, hover and keyboard
must show the message and rule, and the filters must hide what they say. Screenshots go
to the test's temporary folder. ``make test`` installs Chromium (Debian's ``chromium``);
Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from editlint.api import lint_paths
from editlint.engine.diagnostic import Diagnostic, Severity
from editlint.formatters import RenderContext, render

# Every finding on the page: its article, rule, position, and the text of its marks joined.
FINDINGS_ON_PAGE = """() => Array.from(document.querySelectorAll("li.finding"), (li) => {
  const marks = Array.from(document.querySelectorAll(`mark[data-f="${li.dataset.f}"]`));
  return {
    article: li.closest("section.article").querySelector("h2").textContent,
    rule: li.dataset.rule,
    position: li.dataset.position,
    marked: marks.map((m) => m.textContent).join(""),
    pieces: marks.length,
    painted: marks.every((m) => m.getClientRects().length > 0 && (
      getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)" || getComputedStyle(m).borderLeftWidth !== "0px")),
  };
})"""
TEXTS_ON_PAGE = """() => Object.fromEntries(Array.from(document.querySelectorAll("section.article"),
  (s) => [s.querySelector("h2").textContent, s.querySelector(".source").textContent]))"""


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Chromium is not installed: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        yield browser
        browser.close()


@pytest.fixture
def open_report(browser):
    """Open a report file in a new page; the test fails if the page loads anything else or throws."""
    opened = []

    def open_page(report: Path) -> Page:
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        requests, errors = [], []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(report.as_uri())
        opened.append((page, report, requests, errors))
        return page

    yield open_page
    for page, report, requests, errors in opened:
        assert requests == [report.as_uri()]
        assert errors == []
        page.close()


def source_slice(text: str, position: str) -> str:
    """The words at ``line:col-end_line:end_col`` (1-based, code points, end exclusive)."""
    (line, column), (end_line, end_column) = (map(int, part.split(":")) for part in position.split("-"))
    lines = text.split("\n")

    def offset(line: int, column: int) -> int:
        return sum(len(before) + 1 for before in lines[: line - 1]) + column - 1

    return text[offset(line, column) : offset(end_line, end_column)]


def assert_every_finding_highlighted_in_place(page: Page, sources: dict[str, str], expected: list[Diagnostic]) -> list[dict]:
    shown = page.evaluate(FINDINGS_ON_PAGE)
    assert sorted((f["article"], f["rule"], f["position"]) for f in shown) == sorted(
        (d.path, d.rule, f"{d.line}:{d.column}-{d.end_line}:{d.end_column}") for d in expected
    )
    for finding in shown:
        assert finding["marked"] == source_slice(sources[finding["article"]], finding["position"]), finding
        assert finding["painted"], finding
    assert page.evaluate(TEXTS_ON_PAGE) == {path: sources[path] for path in {d.path for d in expected}}
    return shown


def at(text: str, words: str, until: str | None = None) -> tuple[int, int, int, int]:
    """Line, column, end line and end column of ``words`` (or from ``words`` to the end of ``until``)."""
    start = text.index(words)
    end = text.index(until, start) + len(until) if until else start + len(words)

    def position(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    return (*position(start), *position(end))


HARD = "# Storm <warning> & more\n\nThe mayor 😀 said the bridge, which was closed, would reopen.\nA second line.\nEnd"


def test_overlapping_nested_multiline_and_point_findings_render_in_place(open_report, tmp_path):
    spots = [
        ("house/headline", Severity.ERROR, at(HARD, "Storm", "more")),
        ("house/nested", Severity.WARNING, at(HARD, "<warning>")),
        ("house/crossing-a", Severity.INFO, at(HARD, "mayor", "said")),
        ("house/crossing-b", Severity.WARNING, at(HARD, "😀", "bridge")),
        ("house/same-words", Severity.ERROR, at(HARD, "😀", "bridge")),
        ("house/two-lines", Severity.ERROR, at(HARD, "would", "second")),
        ("house/point", Severity.INFO, at(HARD, "\nA second")[:2] * 2),
        ("house/at-the-end", Severity.WARNING, (5, 4, 5, 4)),
    ]
    diagnostics = [Diagnostic("desk/<storm>.md", *where, rule, severity, f"Problem with <{rule}> & co") for rule, severity, where in spots]
    report = tmp_path / "report.html"
    sources = {"desk/<storm>.md": HARD}
    report.write_text(render("html", diagnostics, RenderContext({}, 1, False, "0", sources=sources)), encoding="utf-8")
    page = open_report(report)
    shown = assert_every_finding_highlighted_in_place(page, sources, diagnostics)
    pieces = {f["rule"]: f["pieces"] for f in shown}
    assert pieces["house/crossing-b"] == 2 and pieces["house/two-lines"] == 2
    page.screenshot(path=tmp_path / "overlaps.png", full_page=True)


@pytest.fixture
def desk(tmp_path, languagetool_url):
    """Three articles of a news desk, linted with every rule (LanguageTool through the session's server)."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / ".editlint.toml").write_text(f'[languagetool]\nurl = "{languagetool_url}"\n', encoding="utf-8")
    (folder / "council.md").write_text(
        "# Council Approves New Budget\n\n# Council Approves New Budget\n\n![The council chamber](chamber.jpg)\n\n"
        "The city council approved the budget on Tuesday, with the mayor having argued for it for months. "
        "Some experts say the plan will raise taxes. Because the budget figures arrived late on Monday.\n\n"
        "Residents walked towards the hall, and their was a long line <outside> & inside.\n",
        encoding="utf-8",
    )
    (folder / "harbor.txt").write_text(
        "Harbor Reopens After Storm\nBy Ana Ruiz\n"
        "The harbor reopened on Friday, a spokesman said. It is believed that the damage was light.\n",
        encoding="utf-8",
    )
    (folder / "brief.md").write_text("# A Quiet Sunday\n\nNothing happened in the town on Sunday, the police said.\n", encoding="utf-8")
    return folder


def test_report_from_the_command_line_in_chromium(open_report, desk, tmp_path, monkeypatch):
    report = tmp_path / "out" / "report.html"
    env = {**os.environ, "NO_COLOR": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "editlint", "--format", "html", "-o", str(report), "council.md", "harbor.txt", "brief.md"],
        cwd=desk, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 1 and run.stdout == "" and "Traceback" not in run.stderr, run.stderr
    monkeypatch.chdir(desk)
    expected = lint_paths(["council.md", "harbor.txt", "brief.md"], config_file=desk / ".editlint.toml").diagnostics
    assert {"house/duplicate-headline", "house/sentence-fragment", "house/unattributed-claim"} <= {d.rule for d in expected}
    assert any(d.rule.startswith("languagetool/") for d in expected)
    sources = {name: (desk / name).read_text(encoding="utf-8") for name in ("council.md", "harbor.txt", "brief.md")}

    page = open_report(report)
    assert_every_finding_highlighted_in_place(page, sources, expected)
    page.screenshot(path=tmp_path / "report.png", full_page=True)
    rows = page.locator("table.summary tbody tr")
    expect(rows).to_have_count(3)
    for path in sources:
        total = rows.filter(has_text=path).locator("td.total")
        expect(total).to_have_text(str(sum(d.path == path for d in expected)))

    # Hover: the message and the rule of the finding under the pointer.
    fragment = next(d for d in expected if d.rule == "house/sentence-fragment")
    mark = page.locator(f'mark[data-f="{expected.index(fragment)}"]').first
    mark.hover()
    tip = page.locator("#tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(fragment.message)
    expect(tip).to_contain_text(fragment.rule)

    # Keyboard: Tab reaches the marks; Enter pins the card; Escape closes it.
    page.mouse.move(0, 0)
    page.locator("body").focus()
    for _ in range(100):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark[data-f]')"):
            break
    focused = page.evaluate("document.activeElement.dataset.f")
    expect(tip).to_be_visible()
    page.keyboard.press("Enter")
    expect(tip).to_have_class("pinned")
    expect(page.locator(f"#d{focused}")).to_have_class("finding sev-%s active" % expected[int(focused)].severity)
    page.screenshot(path=tmp_path / "report-pinned.png")
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()

    # Click in the list: the text scrolls to the finding and shows it.
    page.locator(f"#d{expected.index(fragment)} button.goto").click()
    expect(page.locator(f"#f{expected.index(fragment)}")).to_be_focused()
    expect(tip).to_contain_text(fragment.message)

    # Filters: a rule, then a severity.
    page.locator('input[data-filter="rule"][value="house/sentence-fragment"]').uncheck()
    expect(page.locator(f"#d{expected.index(fragment)}")).to_be_hidden()
    expect(mark).to_have_class("hl sev-error off")
    expect(tip).to_be_hidden()
    council = rows.filter(has_text="council.md").locator("td.total")
    expect(council).to_have_text(str(sum(d.path == "council.md" for d in expected) - 1))
    expect(page.locator(".showing")).to_have_text(f"Showing {len(expected) - 1} of {len(expected)} problems.")
    page.locator('input[data-filter="severity"][value="warning"]').uncheck()
    for number, d in enumerate(expected):
        visible = d.severity != Severity.WARNING and d.rule != "house/sentence-fragment"
        expect(page.locator(f"#d{number}")).to_be_visible() if visible else expect(page.locator(f"#d{number}")).to_be_hidden()
    page.screenshot(path=tmp_path / "report-filtered.png", full_page=True)
    expect(page.locator("section.article", has_text="harbor.txt")).to_be_hidden()  # its one problem is a warning
    page.get_by_role("button", name="Hide all").click()
    expect(page.locator(".showing")).to_have_text(f"Showing 0 of {len(expected)} problems.")
    expect(page.locator("section.article")).to_have_count(2)
    for section in page.locator("section.article").all():
        expect(section).to_be_hidden()
    page.get_by_role("button", name="Show all").click()
    page.locator('input[data-filter="severity"][value="warning"]').check()

    # Sorting the summary table: by warnings (most first), then by name again.
    page.get_by_role("button", name="Warnings").click()
    expect(rows.locator("th")).to_have_text(["council.md", "harbor.txt", "brief.md"])
    expect(page.locator("table.summary th[aria-sort]")).to_have_attribute("aria-sort", "descending")
    page.get_by_role("button", name="Article").click()
    expect(page.locator("table.summary th[aria-sort]")).to_have_text("Article")
    expect(rows.locator("th")).to_have_text(["brief.md", "council.md", "harbor.txt"])
