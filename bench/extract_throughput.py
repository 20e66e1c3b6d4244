"""Throughput of extraction, against a bare regex scan of the same text.

Takes the dev corpus articles, repeats them until there are at least 5 MB of UTF-8 text, then runs what
`parfacts extract` runs (canonicalise, then extract every kind) on one core, twice: article by article,
and on the same articles' bodies (up to a page's related links) joined by blank lines into one large text (a
long decision or report must not cost more per megabyte than a short article). Reports megabytes of raw UTF-8
text per second for each.

The yardstick, "bare regex scan", is one compiled regex, `_TRIGGERS`: the alternation of the words and
shapes any fact starts from (`ngày`, `tháng`, a digit-separator-digit date, `giai đoạn`, `nhiệm kỳ`,
`từ năm`, `số`, a `/` before a capital as in `07-NQ/TU`, `thứ`, `hạng`, `vị trí`, `dẫn đầu`, `đứng đầu`,
`quán quân`, `á quân`, `chỉ số`), case-insensitive, iterated with `finditer` over the same articles joined
into one string; no match is looked at. It is the floor cost of finding the triggers at all.
Run: `.venv/bin/python bench/extract_throughput.py [CORPUS_DIR] [--mb N]`.

Then where the time goes: the same articles once more, each stage of `extract` timed on its own (canonical
text, dates, periods, documents, rankings), as shares of their sum and as microseconds per fact the stage found
(the cost follows the facts a text states more than its length: the dev articles state about four per KB).

Targets: extraction >= 5 MB/s both ways, and >= 0.1 of the bare scan.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from extractors import ArticleText, Context, canonicalize, extract
from extractors.dates import find_dates
from extractors.documents import find_documents
from extractors.page import body_end
from extractors.periods import find_periods
from extractors.rankings import find_rankings

_DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
_TRIGGERS = re.compile(
    r"ngày|tháng|\d[/.\-]\d|giai đoạn|nhiệm kỳ|từ năm|số|/[ \t]*[A-ZĐ]|thứ|hạng|vị trí|dẫn đầu|đứng đầu|quán quân"
    r"|á quân|chỉ số",
    re.IGNORECASE,
)


def load_articles(corpus: Path, megabytes: float) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no *.txt articles in {corpus}")
    articles: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in texts:
            articles.append(text)
            size += len(text.encode("utf-8"))
    return articles


def time_extract(texts: list[str], context: Context) -> tuple[float, int]:
    started = time.perf_counter()
    facts = sum(len(extract(canonicalize(raw).text, context)) for raw in texts)
    return time.perf_counter() - started, facts


_STAGES = ("canonical text", "dates", "periods", "documents", "rankings")


def time_stages(texts: list[str], context: Context) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds spent in each stage of `extract` over `texts`, and the facts each stage found."""
    spent = dict.fromkeys(_STAGES, 0.0)
    found = dict.fromkeys(_STAGES, 0)
    clock = time.perf_counter
    for raw in texts:
        started = clock()
        article = ArticleText(canonicalize(raw).text, context)
        _ = article.folded  # computed once here, shared by every stage
        canonical = clock()
        dates = find_dates(article)
        dated = clock()
        periods = len(find_periods(article))
        perioded = clock()
        documents = len(find_documents(article, dates))
        documented = clock()
        rankings = len(find_rankings(article))
        done = clock()
        for stage, seconds, facts in zip(
            _STAGES,
            (canonical - started, dated - canonical, perioded - dated, documented - perioded, done - documented),
            (0, len(dates), periods, documents, rankings),
            strict=True,
        ):
            spent[stage] += seconds
            found[stage] += facts
    return spent, found


def time_bare_scan(text: str) -> float:
    started = time.perf_counter()
    for _ in _TRIGGERS.finditer(text):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=_DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text to build (default 5)")
    args = parser.parse_args()

    articles = load_articles(args.corpus, args.mb)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    extract(canonicalize(articles[0]).text)  # load lazily imported models outside the timing
    context = Context(province="Bắc Kạn")
    # each article's body only: past a page's chrome (the seed's related links) nothing of the one text would be read
    joined = "\n\n".join(article[: body_end(article)] for article in articles)
    seconds, facts = time_extract(articles, context)
    seconds_joined, facts_joined = time_extract([joined], context)
    scan = time_bare_scan(joined)
    joined_megabytes = len(joined.encode("utf-8")) / 1_000_000
    rate, rate_joined, bare = megabytes / seconds, joined_megabytes / seconds_joined, joined_megabytes / scan
    print(f"{len(articles)} articles, {megabytes:.1f} MB, {facts} facts ({facts_joined} in the one text)")
    print(
        f"extract (article by article): {rate:.1f} MB/s; extract (one {megabytes:.0f} MB text): {rate_joined:.1f} MB/s;"
        f" bare regex scan: {bare:.1f} MB/s; ratio {min(rate, rate_joined) / bare:.2f}"
    )
    spent, found = time_stages(articles, context)
    total = sum(spent.values())
    print("where the time goes: " + ", ".join(f"{stage} {seconds / total:.0%}" for stage, seconds in spent.items()))
    # what a fact costs: the stages' time grows with the facts a text states, not with its length
    print("per fact found: " + ", ".join(
        f"{stage} {spent[stage] / found[stage] * 1e6:.0f} µs" for stage in _STAGES if found[stage]
    ) + f"; canonical text {spent['canonical text'] / megabytes * 1e3:.0f} ms/MB")


if __name__ == "__main__":
    main()
