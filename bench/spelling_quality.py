"""Benchmark: the grammar layer's spelling filter, news profile and name consistency, in one run.

Against raw LanguageTool (default rules, same prose, same server) on the clean folders of the
corpus (clean/, news/, pressreleases/, wikinews/), split by file name into a tuning half and a
held-out half (--part; figures are for the held-out half by default):

1. spelling flags per 1,000 words, editlint and raw LanguageTool;
2. recall: misspellings from misspellings/misspellings.tsv injected into articles (in running
   text, at a sentence start, next to a name, in a quotation), share reported by editlint and
   by raw LanguageTool;
3. JFLEG learner sentences (errors/jfleg_dev.txt): share of raw LanguageTool's spelling
   findings editlint keeps;
4. house/inconsistent-name: one occurrence of a repeated name respelled, share found; findings
   on the unmodified articles;
5. other LanguageTool rules: findings per 10 articles before and after the news profile, and
   the count of each rule the profile turns off;
6. cost: a warm run of LanguageTool with the filters (foreign passages, word frequencies, spelling
   verdicts, weekdays, names) as a ratio to the same run without them;
7. the spelling flags left, each with its context and its hand label from data/spelling_flags.tsv, and
   their precision: the share of labelled flags that are real problems (unlabelled ones are counted
   apart: label them by hand; tune only on the tuning half).

    python bench/spelling_quality.py [--corpus DIR] [--part held-out|tuning|all] [--recall-articles N] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
import time
import zlib
from collections import Counter
from pathlib import Path

from common import DEFAULT_CORPUS

from editlint.api import lint_text
from editlint.document import parse
from editlint.document.joined import JoinedProse
from editlint.nlp.frequency import zipf
from editlint.nlp.names import WORD, is_capitalized, sentence_initial
from editlint.packs.languagetool.client import LanguageToolClient
from editlint.config.loader import Config
from editlint.packs.languagetool.rule import CHECKED_KINDS, known_words, off_in_profile, spelling_filter
from editlint.packs.languagetool.server import LanguageToolServer
from editlint.packs.languagetool.dates import article_date, wrong_weekdays
from editlint.packs.languagetool.spelling import is_speller_match
from editlint.rules.house import inconsistent_name

CLEAN_FOLDERS = ("clean", "news", "pressreleases", "wikinews")
JFLEG_PER_DOCUMENT = 50
INJECTIONS_PER_ARTICLE = 4
DEFAULTS = Config()
LABELS = Path(__file__).parent / "data" / "spelling_flags.tsv"  # hand labels of the flags left: real or not, and why


def read_labels(path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """The hand labels of spelling flags: (folder, file, word) -> ("real" or "false", reason)."""
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {(folder, name, word): (label, reason) for folder, name, word, label, reason in rows}


def clean_articles(corpus: Path, part: str) -> list[Path]:
    """The clean articles of ``part``: the halves are fixed by file name; the tuning half was used to tune."""
    found = [p for folder in CLEAN_FOLDERS for p in sorted((corpus / folder).glob("*.md")) if p.name not in ("README.md", "SOURCES.md")]
    wanted = {"tuning": 0, "held-out": 1}.get(part)
    return [p for p in found if wanted is None or zlib.crc32(p.name.encode()) % 2 == wanted]


def prose_of(text: str, name: str) -> JoinedProse:
    return JoinedProse.of(parse(text, name).prose_blocks(CHECKED_KINDS))


def editlint_findings(text: str, name: str, url: str, select=("languagetool",)):
    return lint_text(text, path=name, config={"select": list(select), "languagetool": {"url": url, "timeout": 300}})


def per_thousand(count: int, words: int) -> float:
    return 1000 * count / max(words, 1)


def false_alarms(articles, texts, raw: LanguageToolClient, url: str, show: bool):
    """Spelling and other findings, editlint and raw LanguageTool; seconds spent in LanguageTool and in the filters."""
    words = raw_spelling = ours_spelling = raw_other = ours_other = 0
    per_rule, severities, left = Counter(), Counter(), []
    checking = filtering = 0.0
    for path in articles:
        text = texts[path]
        doc = parse(text, str(path))
        prose = JoinedProse.of(doc.prose_blocks(CHECKED_KINDS))
        words += len(prose.text.split())
        started = time.perf_counter()
        matches = raw.check(prose.text)
        checking += time.perf_counter() - started
        filtering += filter_time(doc, prose, matches, raw)
        raw_spelling += sum(is_speller_match(m.rule_id) for m in matches)
        raw_other += sum(not is_speller_match(m.rule_id) for m in matches)
        per_rule.update(m.rule_id for m in matches if off_in_profile(m.rule_id, m.category_id, DEFAULTS))
        lines = text.splitlines()
        for d in editlint_findings(text, str(path), url):
            speller = is_speller_match(d.rule.split("/", 1)[1])
            ours_spelling += speller
            ours_other += not speller
            if speller:
                severities[str(d.severity)] += 1
                line = lines[d.line - 1]
                word = line[d.column - 1 : d.end_column - 1]
                left.append(((path.parent.name, path.name, word), f"{path.parent.name}/{path.name}:{d.line}:{d.column} {d.severity} {word!r} in {line[max(0, d.column - 50) : d.end_column + 30]!r}"))
            if show:
                print(f"  {path.parent.name}/{path.name}:{d.line}:{d.column} {d.severity} {d.rule} {lines[d.line - 1][d.column - 1 : d.end_column - 1]!r}")
    return words, raw_spelling, ours_spelling, raw_other, ours_other, per_rule, severities, left, (checking, filtering)


def filter_time(doc, prose: JoinedProse, matches, raw: LanguageToolClient) -> float:
    """Seconds the filters take on one article: foreign passages, prefixed words, spelling verdicts, weekdays, names."""
    started = time.perf_counter()
    spelling = spelling_filter(doc, prose, matches)
    judged = [m for m in matches if not spelling.in_foreign_passage(m.offset) and is_speller_match(m.rule_id)]
    spelling.judge(judged, lambda words: known_words(raw, words))
    dated = article_date(doc)
    if dated:
        list(wrong_weekdays(prose, dated))
    list(inconsistent_name.check(doc, None))
    return time.perf_counter() - started


def injection_sites(text: str, misspelled: dict[str, str]) -> list[tuple[int, str, str]]:
    """``(offset, original, misspelling, place)`` candidates in an article's paragraphs."""
    doc = parse(text, "article.md")
    quoted = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|\"[^\"\n]*\"", text)]
    sites = []
    for block in doc.prose_blocks(CHECKED_KINDS):
        if block.kind.value != "paragraph":
            continue
        for found in WORD.finditer(block.text):
            word = found.group()
            wrong = misspelled.get(word.lower())
            start, end = block.prose.source_span(found.start(), found.end())
            if wrong is None or text[start:end] != word:
                continue
            if is_capitalized(word) and not sentence_initial(block.text, found.start()) and not wrong[:1].isupper():
                continue  # a common word capitalised in mid-sentence is part of a name: "Public Health Service"
            wrong = wrong[:1].upper() + wrong[1:] if word[:1].isupper() else wrong
            if any(a <= start < b for a, b in quoted):
                kind = "in a quotation"
            elif sentence_initial(block.text, found.start()):
                kind = "sentence start"
            elif _next_to_name(block.text, found.start(), found.end()):
                kind = "next to a name"
            else:
                kind = "running text"
            sites.append((start, word, wrong, kind))
    return sites


def _next_to_name(text: str, start: int, end: int) -> bool:
    around = re.findall(WORD.pattern, text[max(0, start - 30) : start])[-1:] + re.findall(WORD.pattern, text[end : end + 30])[:1]
    return any(is_capitalized(w) for w in around)


def recall(articles, texts, raw: LanguageToolClient, url: str, tsv: Path, limit: int, show: bool):
    pairs = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines() if "\t" in line]
    misspelled = {right.lower(): wrong for wrong, right in pairs if " " not in right}
    rng = random.Random(11)
    by_kind, raw_found, ours_found, total = Counter(), 0, 0, 0
    found_by_kind, found_by_severity = Counter(), Counter()
    for path in articles[:limit]:
        text = texts[path]
        sites = injection_sites(text, misspelled)
        rng.shuffle(sites)
        chosen, used = [], set()
        for site in sites:
            if len(chosen) == INJECTIONS_PER_ARTICLE or site[1].lower() in used:
                continue
            if all(abs(site[0] - other[0]) > 200 for other in chosen):
                chosen.append(site)
                used.add(site[1].lower())
        if not chosen:
            continue
        modified, shift, spans = text, 0, []
        for start, word, wrong, kind in sorted(chosen):
            at = start + shift
            modified = modified[:at] + wrong + modified[at + len(word) :]
            spans.append((at, at + len(wrong), kind))
            shift += len(wrong) - len(word)
        doc = parse(modified, str(path))
        prose = JoinedProse.of(doc.prose_blocks(CHECKED_KINDS))
        raw_spans = [prose.source_span(m.offset, m.offset + m.length) for m in raw.check(prose.text) if is_speller_match(m.rule_id)]
        ours = [d for d in editlint_findings(modified, str(path), url) if is_speller_match(d.rule.split("/", 1)[1])]
        severity_at = {(d.line, d.column): str(d.severity) for d in ours}
        for start, end, kind in spans:
            total += 1
            by_kind[kind] += 1
            raw_found += any(a <= start < b or start <= a < end for a, b in raw_spans)
            hit = next((severity_at[doc.position(o)] for o in range(start, end) if doc.position(o) in severity_at), None)
            ours_found += bool(hit)
            if hit:
                found_by_severity[hit] += 1
            if show and not hit:
                print(f"  missed ({kind}): {path.name}: {modified[max(0, start - 40) : end + 20]!r}")
            found_by_kind[kind] += bool(hit)
    return total, ours_found, raw_found, by_kind, found_by_kind, found_by_severity


def jfleg(corpus: Path, raw: LanguageToolClient, url: str):
    lines = [line.split("\t")[1] for line in (corpus / "errors" / "jfleg_dev.txt").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    raw_count = kept = 0
    for i in range(0, len(lines), JFLEG_PER_DOCUMENT):
        text = "\n\n".join(lines[i : i + JFLEG_PER_DOCUMENT]) + "\n"
        doc = parse(text, "jfleg.md")
        prose = JoinedProse.of(doc.prose_blocks(CHECKED_KINDS))
        raw_positions = {doc.position(prose.source_span(m.offset, m.offset + m.length)[0]) for m in raw.check(prose.text) if is_speller_match(m.rule_id)}
        ours = {(d.line, d.column) for d in editlint_findings(text, "jfleg.md", url) if is_speller_match(d.rule.split("/", 1)[1])}
        raw_count += len(raw_positions)
        kept += len(raw_positions & ours)
    return raw_count, kept


def respell(name: str) -> str | None:
    """A plausible second spelling of ``name``: i/y swapped, a double letter halved or a letter doubled."""
    for old, new in (("ia", "ya"), ("y", "i"), ("i", "y")):
        at = name.find(old, 2)
        if at > 0:
            return name[:at] + new + name[at + len(old) :]
    double = re.search(r"(\w)\1", name[1:])
    if double:
        return name[: double.start() + 1] + name[double.start() + 2 :]
    consonant = re.search(r"[bcdfglmnprst]", name[2:])
    return name[: consonant.start() + 3] + name[consonant.start() + 2 :] if consonant else None


def name_consistency(articles, texts):
    changed = found = alarms = 0
    for path in articles:
        text = texts[path]
        alarms += len(lint_text(text, path=str(path), config={"select": ["house/inconsistent-name"]}))
        doc = parse(text, str(path))
        counts = Counter()
        for block in doc.prose_blocks(CHECKED_KINDS):
            for m in WORD.finditer(block.text):
                if is_capitalized(m.group()) and not sentence_initial(block.text, m.start()) and len(m.group()) >= 5 and not m.group().isupper():
                    counts[m.group()] += 1
        names = [w for w, n in counts.most_common() if n >= 2 and w.lower() not in text and respell(w)]
        if not names:
            continue
        name = names[0]
        last = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)][-1]
        variant = respell(name)
        modified = text[:last] + variant + text[last + len(name) :]
        changed += 1
        line, column = parse(modified, str(path)).position(last)
        found += any((d.line, d.column) == (line, column) for d in lint_text(modified, path=str(path), config={"select": ["house/inconsistent-name"]}))
    return changed, found, alarms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--part", choices=("held-out", "tuning", "all"), default="held-out", help="which half of the clean articles")
    parser.add_argument("--show", action="store_true", help="print the remaining spelling flags and the missed injections")
    parser.add_argument("--recall-articles", type=int, default=60)
    args = parser.parse_args()
    articles = clean_articles(args.corpus, args.part)
    if not articles:
        raise SystemExit(f"no clean articles under {args.corpus} (folders {', '.join(CLEAN_FOLDERS)})")
    texts = {p: p.read_text(encoding="utf-8") for p in articles}
    print(f"{args.part} clean articles: {len(articles)}")
    with LanguageToolServer() as server:
        raw = LanguageToolClient(server.url, timeout=300)
        editlint_findings("# Warm up\n\nA first sentence.\n", "warm.md", server.url)
        started = time.perf_counter()
        zipf("warm")
        frequencies_loaded = time.perf_counter() - started
        words, raw_sp, ours_sp, raw_other, ours_other, per_rule, severities, left, (checking, filtering) = false_alarms(articles, texts, raw, server.url, args.show)
        print("\n| measure | raw LanguageTool | editlint | change |\n|---|---:|---:|---:|")
        print(f"| spelling flags per 1,000 words ({words:,} words) | {per_thousand(raw_sp, words):.2f} ({raw_sp}) | {per_thousand(ours_sp, words):.2f} ({ours_sp}) | {100 * (ours_sp - raw_sp) / max(raw_sp, 1):+.0f} % |")
        print(f"| other LanguageTool findings per 10 articles | {10 * raw_other / len(articles):.1f} | {10 * ours_other / len(articles):.1f} | {100 * (ours_other - raw_other) / max(raw_other, 1):+.0f} % |")
        total, ours_found, raw_found, by_kind, found_by_kind, found_by_severity = recall(articles, texts, raw, server.url, args.corpus / "misspellings" / "misspellings.tsv", args.recall_articles, args.show)
        print(f"| injected misspellings reported ({total}) | {100 * raw_found / max(total, 1):.1f} % | {100 * ours_found / max(total, 1):.1f} % | {100 * ours_found / max(raw_found, 1):.1f} % of raw |")
        raw_jfleg, kept = jfleg(args.corpus, raw, server.url)
        print(f"| JFLEG spelling findings | {raw_jfleg} | {kept} kept | {100 * kept / max(raw_jfleg, 1):.1f} % of raw |")
        print(f"| cost: warm LanguageTool run without the filters, then with them (seconds, all articles) | {checking:.1f} | {checking + filtering:.1f} | {1 + filtering / checking:.3f}x |")
    print(f"\nword frequencies loaded once per process in {frequencies_loaded:.2f} s (not in the ratio)")
    print(f"spelling severities: {dict(severities)}")
    print("recall by place: " + ", ".join(f"{kind} {found_by_kind[kind]}/{n}" for kind, n in sorted(by_kind.items())))
    print("injected misspellings reported, by severity: " + ", ".join(f"{severity} {n}" for severity, n in sorted(found_by_severity.items())))
    changed, found, alarms = name_consistency(articles, texts)
    print(f"house/inconsistent-name: {found}/{changed} respelled names found; {alarms} findings on the unmodified articles")
    print("\nrules the news profile turns off, raw findings on these articles:")
    for rule_id, count in per_rule.most_common():
        print(f"  {rule_id}: {count}")
    labels = read_labels(LABELS)
    labelled = [labels[key] for key, _ in left if key in labels]
    real = sum(label == "real" for label, _ in labelled)
    arguable = sum(label == "real" and reason.startswith("arguable") for label, reason in labelled)
    print(f"precision of the spelling flags left (labels in {LABELS.relative_to(Path(__file__).parent)}): "
          f"{real} of {len(labelled)} labelled flags real ({100 * real / max(len(labelled), 1):.0f} %; "
          f"{arguable} of them arguable); {len(left) - len(labelled)} unlabelled")
    print(f"\nspelling flags left on the {args.part} articles ({len(left)}), with their labels:")
    for key, flag in left:
        label, reason = labels.get(key, ("unlabelled", ""))
        print(f"  {flag} -> {label}" + (f" ({reason})" if reason else ""))


if __name__ == "__main__":
    main()
