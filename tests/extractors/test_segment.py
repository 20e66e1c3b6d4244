"""Sentence spans (extractors/segment.py) and `ArticleText.sentence_at`: the fast paths agree with
underthesea's `sent_tokenize` run over every paragraph, position by position."""

from __future__ import annotations

import random

import pytest
from underthesea import sent_tokenize

from extractors import ArticleText
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
