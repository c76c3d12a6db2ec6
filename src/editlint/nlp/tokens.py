"""A parse's tokens as plain Python objects, made once per parse: what the syntax rules read instead of spaCy's.

spaCy makes a new ``Token`` for every ``doc[i]``, ``token.head``, ``.children`` or ``sent[i]`` and looks its
strings up again on every ``.tag_``; the syntax rules ask such questions about a million times over the
shared corpus, and that cost them more than their own logic. A ``ParseView`` holds one ``TokenView`` per token,
with its text, lower case, tag, dependency label, head and children read once; ``SpanView`` stands for a
``Span``. They answer the part of spaCy's API the rules use, with spaCy's meaning: a token's rarer plain
attributes (``like_num``, ``is_sent_start``...) are read from spaCy when asked for; others are refused.
"""

from __future__ import annotations

from itertools import repeat
from typing import TYPE_CHECKING, Iterator

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The rarer plain attributes of a token, which a view reads from spaCy.
_PLAIN = frozenset({
    "is_digit", "is_upper", "is_title", "is_lower", "like_num", "like_email",
    "like_url", "is_sent_start", "whitespace_", "text_with_ws", "shape_", "is_quote", "is_bracket", "is_currency",
})
_NO_CHILDREN: list = []  # shared by the tokens that have none: never appended to
# What a view reads of the parse, in one array: a Token made per token and its attributes read one by one cost more.
_COLUMNS = ["IDX", "LENGTH", "TAG", "DEP", "IS_PUNCT", "IS_SPACE", "IS_ALPHA", "HEAD"]
_LABELS: dict[int, str] = {}  # tag and dependency labels by their hash (the same in every vocabulary): a few dozen


class ParseView:
    """The tokens and sentences of a spaCy ``Doc`` (index, slice and iterate as the ``Doc``) of ``text``, the text
    parsed (which ``Doc.text`` would rebuild token by token)."""

    __slots__ = ("spacy_doc", "text", "tokens", "_sents")

    def __init__(self, spacy_doc: Doc, text: str):
        self.spacy_doc, self.text = spacy_doc, text
        n = len(spacy_doc)
        columns = spacy_doc.to_array(_COLUMNS)
        starts, lengths, tags, deps, punct, space, alpha = columns[:, :-1].T.tolist()
        # a token's text is its characters of the text parsed, its lower case that text's (spaCy's LOWER)
        words = [text[start : start + length] for start, length in zip(starts, lengths)]
        tags, deps = _labels(tags, spacy_doc), _labels(deps, spacy_doc)
        tokens = self.tokens = list(map(
            TokenView, repeat(self, n), range(n), starts, words, map(str.lower, words), tags, deps,
            map(bool, punct), map(bool, space), map(bool, alpha),
        ))
        heads = (columns[:, -1].astype("int64") + numpy.arange(n)).tolist()  # HEAD: offsets
        for token, head in zip(tokens, map(tokens.__getitem__, heads)):
            if head is not token:
                token.head = head
                if head.children is _NO_CHILDREN:
                    head.children = [token]
                else:
                    head.children.append(token)
        self._sents: list[SpanView] | None = None

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.tokens)

    def release(self) -> None:
        """Break the references the views hold in a ring (a token and its head and children, the view and its tokens),
        so that reference counting frees them as soon as they are let go of. Left in rings, they would wait for the
        cyclic collector, whose full collections walk every view made since the last: over the shared corpus, a
        fifth of the syntax rules' time. The views are unusable afterwards."""
        for token in self.tokens:
            token.head = token.children = token.left_edge = token.right_edge = None
        self.tokens, self._sents = [], None

    def __getitem__(self, key: int | slice) -> TokenView | SpanView:
        if key.__class__ is int:
            return self.tokens[key]
        start, stop = key.start, key.stop
        if key.step is None and start.__class__ is stop.__class__ is int and 0 <= start <= stop <= len(self.tokens):
            return SpanView(self, start, stop)  # most slices: within the tokens, in order (what ``_bounds`` would give)
        start, stop = _bounds(len(self.tokens), key)
        return SpanView(self, start, stop)

    @property
    def sents(self) -> list[SpanView]:
        if self._sents is None:
            self._sents = [SpanView(self, s.start, s.end) for s in self.spacy_doc.sents]
            for sent in self._sents:
                for token in self.tokens[sent.start : sent.end]:
                    token.sent = sent
        return self._sents


def _labels(keys: list[int], spacy_doc: Doc) -> list[str]:
    """The tag or dependency labels of the hashes ``keys``; those first met are looked up in the parse's vocabulary."""
    try:
        return list(map(_LABELS.__getitem__, keys))
    except KeyError:
        _LABELS.update((key, spacy_doc.vocab.strings[key]) for key in set(keys).difference(_LABELS))
        return list(map(_LABELS.__getitem__, keys))


class SpanView:
    """Tokens ``start:end`` of a ``ParseView``, as a spaCy ``Span``."""

    __slots__ = ("doc", "start", "end", "_root")

    def __init__(self, doc: ParseView, start: int, end: int):
        self.doc, self.start, self.end, self._root = doc, start, end, None

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, key: int | slice) -> TokenView | SpanView:
        length = self.end - self.start
        if key.__class__ is not slice:  # (most keys: an index)
            if not -length <= key < length:
                raise IndexError(f"token {key} of a span of {length}")
            return self.doc.tokens[(self.end if key < 0 else self.start) + key]
        start, stop = _bounds(length, key)
        return SpanView(self.doc, self.start + start, self.start + stop)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpanView) and (other.doc, other.start, other.end) == (self.doc, self.start, self.end)

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end))

    def __repr__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        if self.end <= self.start:
            return ""
        last = self.doc.tokens[self.end - 1]
        return self.doc.text[self.doc.tokens[self.start].idx : last.idx + len(last.text)]

    @property
    def root(self) -> TokenView:
        """As spaCy's: the first sentence root in the span (a sentence's own), else spaCy's nearest to one."""
        if self._root is None:
            tokens = self.doc.tokens
            root = next((t for t in tokens[self.start : self.end] if t.head is t), None)
            self._root = root if root is not None else tokens[self.doc.spacy_doc[self.start : self.end].root.i]
        return self._root

    @property
    def sent(self) -> SpanView:
        return self.doc.tokens[self.start].sent


class TokenView:
    """One token of a ``ParseView``, as a spaCy ``Token``; one object per token, so ``==`` is identity."""

    __slots__ = (
        "doc", "i", "idx", "text", "lower_", "tag_", "dep_", "is_punct", "is_space", "is_alpha", "head", "children",
        "left_edge", "right_edge", "sent",
    )

    def __init__(self, doc: ParseView, i: int, idx: int, text: str, lower: str, tag: str, dep: str, punct, space, alpha):
        self.doc, self.i, self.idx, self.text, self.lower_, self.tag_, self.dep_ = doc, i, idx, text, lower, tag, dep
        self.is_punct, self.is_space, self.is_alpha = punct, space, alpha
        self.head: TokenView = self
        self.children: list[TokenView] = _NO_CHILDREN

    def __getattr__(self, name: str):
        """The sentence and the edges when first asked for (their slots are empty until then), kept; the rarer
        plain attributes, read from spaCy each time."""
        if name == "sent":
            self.doc.sents  # noqa: B018 (sets every token's sentence)
            return self.sent
        if name in ("left_edge", "right_edge"):
            edge = self.doc.tokens[getattr(self.doc.spacy_doc[self.i], name).i]
            setattr(self, name, edge)
            return edge
        if name in _PLAIN:
            return getattr(self.doc.spacy_doc[self.i], name)
        raise AttributeError(f"{type(self).__name__} has no {name!r}")

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__

    @property
    def lefts(self) -> Iterator[TokenView]:
        return (c for c in self.children if c.i < self.i)

    @property
    def rights(self) -> Iterator[TokenView]:
        return (c for c in self.children if c.i > self.i)

    @property
    def n_lefts(self) -> int:
        return sum(c.i < self.i for c in self.children)

    @property
    def n_rights(self) -> int:
        return sum(c.i > self.i for c in self.children)

    @property
    def subtree(self) -> Iterator[TokenView]:
        """The token and its descendants in order (as spaCy: the left children's subtrees, it, the right ones')."""
        return iter(_subtree(self, []))

    @property
    def ancestors(self) -> Iterator[TokenView]:
        token = self
        for _ in range(len(self.doc.tokens)):
            if token.head is token:
                return
            token = token.head
            yield token

    def nbor(self, offset: int = 1) -> TokenView:
        at = self.i + offset
        if not 0 <= at < len(self.doc.tokens):
            raise IndexError(f"no token at {offset} from token {self.i}")
        return self.doc.tokens[at]


def _subtree(token: TokenView, words: list[TokenView]) -> list[TokenView]:
    """``words`` with ``token``'s subtree added in spaCy's order: a list, which costs less than a generator per level."""
    i = token.i
    for child in token.children:
        if child.i < i:
            _subtree(child, words)
    words.append(token)
    for child in token.children:
        if child.i > i:
            _subtree(child, words)
    return words


def _bounds(length: int, key: slice) -> tuple[int, int]:
    """``key``'s start and stop within ``length`` items, clipped as spaCy clips a slice of a ``Doc`` or ``Span``."""
    start, stop, step = key.start, key.stop, key.step
    if step is not None and step != 1:
        raise ValueError("a slice of tokens takes no step")
    if start is None:
        start = 0
    elif start < 0:
        start = max(0, start + length)
    elif start > length:
        start = length
    if stop is None or stop > length:
        return start, length
    if stop < 0:
        stop += length
    return start, stop if stop > start else start
