"""Sentence boundaries as spans into the canonical text.

Paragraphs (line breaks) always end a sentence; inside a paragraph underthesea's sentence tokenizer
decides, since it knows Vietnamese abbreviations (`TP.`, `TS.`) that a bare `. ` split would cut at.
Its `sent_tokenize` walks the text one character at a time in Python; `split_sentences` takes the same
decisions (underthesea's own `_is_sentence_boundary` and abbreviation list) but lets a compiled regex
jump from one `.`, `?` or `!` to the next, and `line_sentence_spans` segments one line only, so a rule
pays for the paragraphs it asks about (`ArticleText.sentence_at`).

>>> sentence_spans("Năm 2016 xếp thứ 60/63. Năm 2017 xếp thứ 49/63.\\nNguồn: x")
[(0, 23), (24, 47), (48, 56)]
>>> from underthesea import sent_tokenize
>>> text = "TP. Hồ Chí Minh đứng đầu... Hà Nội thứ hai."
>>> split_sentences(text) == sent_tokenize(text)
True
"""

from __future__ import annotations

import re

import underthesea.pipeline.sent_tokenize as _punkt

Span = tuple[int, int]

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.?!]")
_ENDS = "".join(_punkt.PunktSentenceTokenizer.SENT_END_CHARS)


def split_sentences(text: str) -> list[str]:
    """`sent_tokenize(text)`, step for step, with a regex scan between the punctuation marks."""
    if not text or not text.strip():
        return []
    _punkt._load_model()
    is_boundary = _punkt.sentence_tokenizer._is_sentence_boundary
    sentences: list[str] = []
    start = i = 0
    n = len(text)
    while (mark := _SENTENCE_END.search(text, i)) is not None:
        i = mark.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis ends a sentence only before a capital or the end
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    if sentence := text[start:dot_end].strip():
                        sentences.append(sentence)
                    while dot_end < n and text[dot_end] in " \t\n\r":
                        dot_end += 1
                    start = dot_end
                i = dot_end
                continue
        if is_boundary(text, i):
            end = i + 1
            while end < n and text[end] in _ENDS:
                end += 1
            if sentence := text[start:end].strip():
                sentences.append(sentence)
            while end < n and text[end] in " \t\n\r":
                end += 1
            start = i = end
            continue
        i += 1
    if final := text[start:].strip():
        sentences.append(final)
    return sentences


def sentence_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        spans.extend(line_sentence_spans(text, line.start(), line.end()))
    return spans


def line_sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """The sentences of the line `text[start:end]` (no `\\n` inside), as spans into `text`."""
    chunk = text[start:end]
    cursor = 0
    spans: list[Span] = []
    for sentence in split_sentences(chunk):
        found = chunk.find(sentence, cursor)
        if found < 0:  # the tokenizer rewrote whitespace: keep the rest of the line whole
            break
        spans.append((start + found, start + found + len(sentence)))
        cursor = found + len(sentence)
    if cursor < len(chunk) and chunk[cursor:].strip():
        rest = len(chunk) - len(chunk[cursor:].lstrip())
        spans.append((start + rest, start + len(chunk.rstrip())))
    return spans
