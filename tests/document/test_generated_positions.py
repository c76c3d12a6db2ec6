"""300 generated Markdown articles: every prose character maps back to source that spells it.

Each article mixes emphasis, links, code, entities, escapes, inline HTML, footnotes, block
quotes, lists and tables whose cells repeat text seen earlier on their line. Every generated
word is unique, so its source offset is known and checked exactly.
"""

import html
import random

import pytest

from editlint.document import parse

ENTITIES = ("&eacute;", "&amp;", "&quot;", "&#116;", "&#x41;", "&mdash;", "&nbsp;")
ESCAPES = ("\\*", "\\_", "\\[", "\\#", "\\\\")


class Article:
    """Markdown written piece by piece, remembering where each unique word starts."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)
        self.parts: list[str] = []
        self.length = 0
        self.words: dict[str, int] = {}
        self.code: list[range] = []  # code spans: their prose is a placeholder word
        self.count = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def word(self, before: str = "", after: str = "") -> None:
        self.count += 1
        name = f"w{self.count}x"
        self.write(before)
        self.words[name] = self.length
        self.write(name + after)

    def inline(self, pieces: int) -> None:
        for index in range(pieces):
            if index:
                self.write(" ")
            choice = self.random.randrange(11)
            if choice == 0:
                self.word("*", "*")
            elif choice == 1:
                self.word("**", "**")
            elif choice == 2:
                self.word("[", f"](https://example.com/{self.count} \"t\")")
            elif choice == 3:
                self.code.append(range(self.length, self.length + len(f"`code {self.count}`")))
                self.write(f"`code {self.count}`")
            elif choice == 4:
                self.write(self.random.choice(ENTITIES))
                self.word()
            elif choice == 5:
                self.word(after=self.random.choice(ENTITIES))
            elif choice == 6:
                self.write(self.random.choice(ESCAPES))
                self.word()
            elif choice == 7:
                self.word("<b>", "</b>")
            elif choice == 8:
                self.word(after=f"[^n{self.count}]")
            else:
                self.word()

    def build(self) -> str:
        self.write("# ")
        self.inline(3)
        self.write("\n\n")
        for _ in range(self.random.randrange(2, 6)):
            kind = self.random.randrange(5)
            if kind == 0:
                for row in range(self.random.randrange(1, 4)):
                    if row:
                        self.write("\n")
                    self.inline(self.random.randrange(2, 6))
            elif kind == 1:
                self.write("| same | ")
                self.word()
                self.write(" |\n|---|---|\n")
                for _ in range(self.random.randrange(1, 4)):
                    self.write("| ")
                    self.word()
                    self.write(" &amp; same | same ")
                    self.word()
                    self.write(" |\n")
            elif kind == 2:
                self.write("> ")
                self.inline(3)
                self.write("\n> ")
                self.inline(2)
            elif kind == 3:
                self.write("- ")
                self.inline(2)
                self.write("\n- ")
                self.inline(3)
            else:
                self.write(f"[^d{self.count}]: ")
                self.inline(3)
            self.write("\n\n")
        return "".join(self.parts)


def spelled_by(source: str, char: str) -> bool:
    """Whether a stretch of source is ``char`` itself, an entity or escape of it, or a line break."""
    if source == char or (char == " " and source == "\n"):
        return True
    if source.startswith("&"):
        return char in html.unescape(source)
    return source.startswith("\\") and source[1:] == char


@pytest.mark.parametrize("seed", range(300))
def test_generated_article_positions(seed):
    article = Article(seed)
    text = article.build()
    doc = parse(text)
    found = {}
    for block in doc.blocks:
        prose = block.prose
        assert prose.offsets == sorted(prose.offsets), block.text
        for index, char in enumerate(prose.text):
            if any(prose.offsets[index] in span for span in article.code):
                continue
            source = text[prose.offsets[index] : prose.source_end(index)]
            assert spelled_by(source, char), f"{char!r} at {index} of {block.text!r} maps to {source!r}"
        for name in article.words:
            at = prose.text.find(name)
            while at >= 0:
                found.setdefault(name, []).append(prose.offsets[at])
                at = prose.text.find(name, at + 1)
    assert found == {name: [offset] for name, offset in article.words.items()}
