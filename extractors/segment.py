"""Sentence boundaries as spans into the canonical text.

Paragraphs (line breaks) always end a sentence; inside a paragraph underthesea's `sent_tokenize`
decides, since it knows Vietnamese abbreviations (`TP.`, `TS.`) that a bare `. ` split would cut at.

>>> sentence_spans("Năm 2016 xếp thứ 60/63. Năm 2017 xếp thứ 49/63.\\nNguồn: x")
[(0, 23), (24, 47), (48, 56)]
"""

from __future__ import annotations

import re

from underthesea import sent_tokenize

Span = tuple[int, int]

_LINE = re.compile(r"[^\n]+")


def sentence_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        base = line.start()
        chunk = line.group()
        cursor = 0
        for sentence in sent_tokenize(chunk):
            found = chunk.find(sentence, cursor)
            if found < 0:  # the tokenizer rewrote whitespace: keep the rest of the line whole
                break
            spans.append((base + found, base + found + len(sentence)))
            cursor = found + len(sentence)
        if cursor < len(chunk) and chunk[cursor:].strip():
            rest = len(chunk) - len(chunk[cursor:].lstrip())
            spans.append((base + rest, base + len(chunk.rstrip())))
    return spans
