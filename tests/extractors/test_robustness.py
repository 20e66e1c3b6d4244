"""No text breaks extraction: every article of the dev and held-out corpora, cut at random places (a page cut short,
a paragraph alone, a sentence's tail), gives facts whose quotes are the text at their spans, and raises nothing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractors import canonicalize, extract

HERE = Path(__file__).resolve().parent
TEXTS = sorted([*(HERE / "corpus").glob("*.txt"), *(HERE.parents[2] / "shared" / "corpus" / "dev").glob("*.txt")])
CUTS = 12  # windows per article


@pytest.mark.parametrize("path", TEXTS, ids=[path.stem for path in TEXTS])
def test_windows_of_an_article_extract_cleanly(path: Path) -> None:
    text = canonicalize(path.read_text(encoding="utf-8")).text
    rng = random.Random(path.stem)  # the same windows on every run
    for _ in range(CUTS):
        start = rng.randrange(len(text))
        window = text[start : start + rng.randrange(1, 600)]
        for fact in extract(window):
            assert window[fact.start : fact.end] == fact.quote, (path.name, start, fact)


def test_lines_of_different_articles_put_together_extract_cleanly() -> None:
    """A scraped page joins lines that never met in an article (a headline over a dateline, a menu over a body)."""
    texts = [canonicalize(path.read_text(encoding="utf-8")).text for path in TEXTS]
    lines = [line for text in texts for line in text.splitlines() if line]
    rng = random.Random(0)
    for _ in range(300):
        text = "\n".join(rng.sample(lines, 6))
        for fact in extract(text):
            assert text[fact.start : fact.end] == fact.quote, fact


def test_a_headline_ending_in_a_verb_over_a_weekday_dateline() -> None:
    text = "Hội nghị cải cách hành chính khu vực Bắc Kạn (cũ) sau sắp xếp\nThứ Hai, 15/9/2025 | 10:12\n\nSáng 12/9"
    assert [(f.kind, f.quote) for f in extract(text)] == [("date", "15/9/2025"), ("date", "12/9")]
