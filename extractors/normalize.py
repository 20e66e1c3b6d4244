"""Canonical text: what every fact's span points into.

Raw article text comes from old CMSs, Word pastes and hand typing. `canonicalize` rewrites it into one
form the rules can rely on, and keeps an offset map so a canonical span can be highlighted in the raw
text (`Canonical.to_raw`) and a raw position found in the canonical text (`Canonical.to_canonical`).

What the canonical text is:

- Unicode NFC (decomposed diacritics composed), `Ð` (U+00D0, Icelandic eth) read as `Đ` (U+0110),
  `ð` as `đ`; line ends are `\\n`.
- One tone-mark placement: in an open syllable ending in `oa`, `oe` or `uy` the mark sits on the FIRST
  vowel, `hòa`, `khỏe`, `thủy`, `Ủy ban` (the placement of most state portals); `hoà`, `khoẻ`, `thuỷ`,
  `Uỷ ban` are rewritten. Closed syllables (`hoàn`, `thuyết`) and `qu` (`quý`, `quỹ`) are left alone:
  both placements agree there. Vocabularies are written in this form and matched on canonical text.
- Spaces: no-break, figure, thin and other odd spaces become a plain space; zero-width characters,
  soft hyphens and the BOM are dropped; a literal `&nbsp;` left by a scraper becomes a space.
- Dashes are kept as written (`2016 – 2020` keeps its en dash, as quotes do); rules match any of them
  with `DASH`.
- A hard line break inside a phrase (a line that ends in a letter, digit or comma followed by a line
  that starts in lower case, or a word followed by a digit: `ngày 23 tháng\\n4 năm 2018`, `Tờ\\ntrình`)
  becomes a space, and so does one after a dash between a word and a capital or a digit, as a PDF wraps a
  reference or a range (`45/KH-\\nUBND`, `2021 –\\n2025`); blank lines (paragraphs), the rows of a table (lines
  with tabs or bars between cells) and other line breaks stay.
- A missing space after sentence punctuation is inserted: `chính quyền.Trình độ` → `chính quyền. Trình
  độ`, `năm 2018.Trình` → `năm 2018. Trình`, `kinh tế;xã hội` → `kinh tế; xã hội`, also after a closing
  bracket or quote: `xếp hạng 43/63).Kết quả` → `xếp hạng 43/63). Kết quả`, `“Dân vận khéo”.Năm` → `“Dân vận
  khéo”. Năm`. Decimal marks (`85,52`, `1.234`) and abbreviations in capitals (`TP.HCM`) are untouched.

Canonicalisation is idempotent: the canonical text of a canonical text is itself.

>>> c = canonicalize("Uỷ ban tỉnh Khánh Hoà\\u200b ngày 23 tháng\\n4 năm 2018.Trình độ")
>>> c.text
'Ủy ban tỉnh Khánh Hòa ngày 23 tháng 4 năm 2018. Trình độ'
>>> start = c.text.index("Trình")
>>> c.raw[c.to_raw(start) : c.to_raw(start + 9)]
'Trình độ'

"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.page import is_dateline
from extractors.scan import Alternatives, alternation

# Any dash a Vietnamese text uses between numbers or codes: hyphen-minus, U+2010..U+2015, minus sign.
DASH = "[-\u2010-\u2015\u2212]"

_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters, BOM
_CHAR_FIX_OF: dict[str, str] = {
    "\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n\n",
    "\u00d0": "\u0110", "\u00f0": "\u0111", "&nbsp;": " ", "&#160;": " ",
    **dict.fromkeys(_ODD_SPACES, " "),
    **dict.fromkeys(_INVISIBLE, ""),
}
_CHAR_FIXES = re.compile(alternation(_CHAR_FIX_OF))

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# A cluster NFC may change: a base with its combining marks, or any non-Latin-1 character (singletons).
_CLUSTER = re.compile(rf"[^{_COMBINING}]?[{_COMBINING}]+|[^\x00-\xff]", re.S)

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _tone_moves() -> dict[str, str]:
    """`oà` -> `òa` and the like, for every tone and letter case of the open `oa`, `oe`, `uy`."""
    moves: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for f in (first, first.upper()):
            for s in (second, second.upper()):
                for tone in _TONES:
                    moves[f + unicodedata.normalize("NFC", s + tone)] = unicodedata.normalize("NFC", f + tone) + s
    return moves


_TONE_MOVES = _tone_moves()
_SECOND_WITH_TONE = "".join(dict.fromkeys(pair[1] for pair in _TONE_MOVES))
# after `q` the mark stays (`quý`, `quỹ`): refused in the pattern, which spares a call per `quý`; one part per
# first letter, so that each is found by a literal scan (see `extractors.scan`)
_TONE_PLACEMENT = Alternatives(
    *(rf"{first}(?<![qQ]{first})[{_SECOND_WITH_TONE}](?![^\W\d_])" for first in "oOuU")
)

_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
UPPER = "".join(c for c in _LATIN if c.isupper())  # the capitals of Latin script, Vietnamese included: `[{UPPER}]`
_LOWER = "".join(c for c in _LATIN if c.islower())
_LETTER = UPPER + _LOWER
# A lone hard line break before a lower-case word or a digit (the line before is checked by `_join_break`).
_INNER_BREAK = re.compile(rf"\n(?=[ \t]*[{_LOWER}\d])")
# A hard line break right after a dash between a word and a capital or a digit, as a PDF wraps a reference or a range
# (`45/KH-\nUBND`, `giai đoạn 2021 –\n2025`): a space. Found from the line break (a literal scan), then looked back.
_DASH_BREAK = re.compile(rf"\n(?:(?<=\w{DASH}\n)|(?<=\w[ \t]{DASH}\n))(?=[ \t]*[{UPPER}\d])")
# Sentence punctuation glued to the next word (what comes before is checked by `_space_after`); the
# scan looks for punctuation before any letter (a literal scan per mark: fast), `_GLUED` then checks the letters.
_GLUED = re.compile(rf"[.!?](?=[{UPPER}][{_LOWER}])|[,;](?=[{_LETTER}])")
_GLUED_SCAN = Alternatives(*(rf"{re.escape(mark)}(?=[^\W\d_])" for mark in ".,;!?"))
# What a sentence mark glued to the next word follows: the end of a word in lower case or a number, or a closing
# bracket or quote (`43/63).Kết`, `”.Kết`); not a capital (`TP.HCM`).
_SENTENCE_END = re.compile(rf"(?:[{_LOWER}\d]{{2}}|[)\]”\"’»])$")


Replace = Callable[[re.Match[str]], str]


class OffsetMap:
    """Positions of an edited text mapped to its source and back (one rewrite step).

    It records only the edits that changed lengths, as `(source_start, source_end, target_start,
    target_end)`; between edits positions shift by a constant. A position strictly inside a replaced
    stretch maps to the matching place in the other text, clamped to the stretch.

    >>> text, m = OffsetMap.rewrite("a&nbsp;b", re.compile("&nbsp;"), lambda _: " ")
    >>> text, m.to_source(2), m.to_target(7)
    ('a b', 7, 2)
    """

    __slots__ = ("_edits", "_source_starts", "_target_starts")

    def __init__(self, edits: list[tuple[int, int, int, int]]) -> None:
        self._edits = tuple(edits)
        self._source_starts = [e[0] for e in edits]
        self._target_starts = [e[2] for e in edits]

    def __bool__(self) -> bool:
        return bool(self._edits)

    @classmethod
    def rewrite(cls, text: str, pattern: re.Pattern[str] | Alternatives, replace: Replace) -> tuple[str, OffsetMap]:
        """`pattern.sub(replace, text)`, with the map of the edits that changed lengths."""
        pieces: list[str] = []
        edits: list[tuple[int, int, int, int]] = []
        cursor = shift = 0
        for m in pattern.finditer(text):
            new = replace(m)
            if new == m.group():
                continue
            pieces.append(text[cursor : m.start()])
            pieces.append(new)
            cursor = m.end()
            if len(new) != m.end() - m.start():
                edits.append((m.start(), m.end(), m.start() + shift, m.start() + shift + len(new)))
                shift += len(new) - (m.end() - m.start())
        if not pieces:
            return text, _UNCHANGED  # most steps change nothing: no map to build
        pieces.append(text[cursor:])
        return "".join(pieces), cls(edits)

    def to_source(self, pos: int) -> int:
        return self._map(pos, self._target_starts, 2, 0)

    def to_target(self, pos: int) -> int:
        return self._map(pos, self._source_starts, 0, 2)

    def _map(self, pos: int, starts: list[int], here: int, there: int) -> int:
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return pos
        edit = self._edits[i]
        if pos >= edit[here + 1]:
            return pos - edit[here + 1] + edit[there + 1]
        return edit[there] + min(pos - edit[here], edit[there + 1] - edit[there])


_UNCHANGED = OffsetMap([])


@dataclass(frozen=True, slots=True)
class Canonical:
    """The canonical text of a raw text, with the offset maps of the steps between them."""

    text: str
    raw: str
    steps: tuple[OffsetMap, ...] = field(default=(), repr=False)

    def to_raw(self, pos: int) -> int:
        """The raw offset of canonical offset `pos` (a span's start and end map one by one)."""
        for step in reversed(self.steps):
            pos = step.to_source(pos)
        return pos

    def to_canonical(self, pos: int) -> int:
        """The canonical offset of raw offset `pos`."""
        for step in self.steps:
            pos = step.to_target(pos)
        return pos


def _fix_char(m: re.Match[str]) -> str:
    return _CHAR_FIX_OF[m.group()]


def _nfc(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", m.group())


def _move_tone(m: re.Match[str]) -> str:
    return _TONE_MOVES.get(m.group(), m.group())  # `oẻ` is no pair of the table (`quý` the pattern refuses)


_CELL_MARKS = ("\t", " | ")  # what stands between the cells of a table row, as `parse` writes it or as pasted


def _space(_: re.Match[str]) -> str:
    return " "


def _join_break(m: re.Match[str]) -> str:
    text = m.string
    line = text[max(0, m.start() - 8) : m.start()].rstrip(" \t")
    after = text[m.end() : m.end() + 8].lstrip(" \t")
    if not line or not (line[-1].isalnum() or line[-1] == ",") or (line[-1].isdigit() and after[0].isdigit()):
        return m.group()  # a line that ended its sentence, or a column of numbers
    line_start, next_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    row, next_row = text[line_start : m.start()], text[m.end() : None if next_end < 0 else next_end]
    if any(mark in row or mark in next_row for mark in _CELL_MARKS):
        return m.group()  # rows of a table, their cells apart by tabs or bars
    if is_dateline(next_row):
        return m.group()  # a headline, then its dateline (`… tăng 7 bậc\n09/05/2024 06:45`)
    return " "


def _space_after(m: re.Match[str]) -> str:
    if not _GLUED.match(m.string, m.start()):
        return m.group()
    before = m.string[max(0, m.start() - 2) : m.start()]
    glued = _SENTENCE_END.search(before) if m.group() in ".!?" else before[-1:].isalpha()
    return m.group() + " " if glued else m.group()


_STEPS: tuple[tuple[re.Pattern[str] | Alternatives, Replace], ...] = (
    (_CHAR_FIXES, _fix_char),
    (_CLUSTER, _nfc),
    (_TONE_PLACEMENT, _move_tone),
    (_INNER_BREAK, _join_break),
    (_DASH_BREAK, _space),
    (_GLUED_SCAN, _space_after),
)


def canonicalize(raw: str) -> Canonical:
    """The canonical text of `raw` and the way back to it (see the module docstring)."""
    text = raw
    steps: list[OffsetMap] = []
    for pattern, replace in _STEPS:
        if pattern is _CLUSTER and unicodedata.is_normalized("NFC", text):
            continue
        text, step = OffsetMap.rewrite(text, pattern, replace)
        if step:
            steps.append(step)
    return Canonical(text=text, raw=raw, steps=tuple(steps))
