"""Sentence spans (extractors/segment.py) and `ArticleText.sentence_at`: the fast paths agree with
underthesea's `sent_tokenize` run over every paragraph, position by position."""

from __future__ import annotations

import random

import pytest
from underthesea import sent_tokenize

from extractors import ArticleText, Context
from extractors.segment import sentence_spans, split_sentences

PIECES = [
    "TP. Hồ Chí Minh", "Năm 2016 xếp thứ 60/63.", "Ông A... Bà B", "x... y", "1.234.000 đồng.", "Hỏi? Đáp!",
    "TS. Nguyễn", "a.  B", "đạt 85,5%. ", "Sở Nội vụ.", "v.v... Còn", " ", "?! Tiếp", "e.g. Như", "Q. Ba", "\n",
    "thực tiễn.Trình độ", "...", "Nguồn: x",
]


def texts() -> list[str]:
    rng = random.Random(7)
    return [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 50))) for _ in range(150)]


@pytest.mark.parametrize("text", texts())
def test_split_sentences_is_sent_tokenize(text: str) -> None:
    for line in text.split("\n"):
        assert split_sentences(line) == sent_tokenize(line)


@pytest.mark.parametrize("text", texts())
def test_sentence_at_one_paragraph_is_the_sentence_of_the_whole_text(text: str) -> None:
    whole, lazy = sentence_spans(text), ArticleText(text)

    def expected(pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in whole if s <= pos < e), (0, len(text)))

    for pos in random.Random(len(text)).sample(range(len(text)), len(text)):
        assert lazy.sentence_at(pos) == expected(pos)


def test_a_line_without_sentence_marks_is_one_sentence() -> None:
    assert sentence_spans("  Chỉ số CCHC năm 2022  \nxếp thứ 5") == [(2, 22), (25, 34)]


def test_a_run_on_line_is_read_a_window_at_a_time() -> None:
    """A line of thousands of rank phrases with no sentence end (a flattened table, a text with no punctuation): each
    phrase's sentence is the stretch around it, so no rank rescans the whole line (which made a 2.6 MB line of them
    run for hours)."""
    line = "xếp thứ 5/63 " * 4000
    article = ArticleText(line, Context())
    for pos in (0, 26_000, len(line) - 1):
        start, end = article.sentence_at(pos)
        assert start <= pos < end and end - start <= 2000
    assert article.sentence_at(10) != article.sentence_at(40_000)
    short = ArticleText("Năm 2016 xếp thứ 60/63. Năm 2017 xếp thứ 49/63.", Context())
    assert short.sentence_at(30) == (24, 47)  # a sentence of ordinary length is the sentence
