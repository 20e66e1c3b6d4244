"""The input every rule reads: canonical text, its sentences, and what the site knows about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from extractors.scan import alternation
from extractors.segment import Span, line_sentence_spans
from extractors.vocab.pages import CHROME_LINE_STARTS, RELATED_HEADINGS

# A short line holding a date: a dateline (`Đăng ngày: 28/03/2025 bởi Ban biên tập`)
_DATELINE = re.compile(r"[^\n\d]{0,25}\d{1,2}/\d{1,2}/\d{4}[^\n]*")
_DATELINE_LENGTH = 60
_HEADLINE_REACH = 600  # characters from the top where the headline and its dateline stand
_LINE = re.compile(r"[^\n]+")
# A heading over a page's list of other articles or its readers' comments, on a line of its own (`TIN CÙNG CHUYÊN
# MỤC`, `» Bài viết liên quan:`, `Ý kiến bạn đọc (2)`), or the line of the article's tags
_RELATED_HEADING = re.compile(
    rf"[ \t»•\-]*(?i:(?:{alternation(RELATED_HEADINGS)})[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$"
    rf"|(?:{alternation(CHROME_LINE_STARTS)}))"
)


def body_end(text: str) -> int:
    """Where an article's body ends in a page's text: at the heading over its list of other articles, past which all
    is chrome (links to other articles, their dates, counters) that must never yield a fact; else the text's end."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _RELATED_HEADING.match(text, start, end):  # tried at line starts only: it opens with no literal
            return start
        start = end + 1
    return len(text)


def _above_headline(line: str) -> bool:
    """A line above the headline: blank, a breadcrumb or a menu (`Trang chủ | Tin tức | Văn bản`), the site's name in
    capitals, or a dateline."""
    return (
        not line.strip()
        or "›" in line
        or "»" in line
        or line.count("|") >= 2
        or line.isupper()
        or _is_dateline(line)
    )


def _is_dateline(line: str) -> bool:
    return len(line) <= _DATELINE_LENGTH and _DATELINE.fullmatch(line) is not None


@dataclass(frozen=True, slots=True)
class Context:
    """What a site says about an article beyond its text."""

    published: date | None = None  # for `ngày 22/4` and for a ranking's year when the text gives none
    province: str | None = None  # the province that a bare `tỉnh` means on this site


@dataclass
class ArticleText:
    """Canonical text plus context; sentence boundaries are computed lazily, one paragraph at a time,
    and shared by all rules (most paragraphs hold nothing a rule needs a sentence for)."""

    text: str
    context: Context = field(default_factory=Context)
    _lines: dict[int, list[Span]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def title(self) -> Span:
        """The headline of a page or of a pasted article: the line right over its dateline (`Đăng ngày: 28/03/2025`)
        when that is no chrome, else its first line past a breadcrumb, a menu, the site's name in capitals and a
        dateline above it (`Kinh doanh › Vĩ mô`, `Thứ tư, 8/5/2024, 11:02 (GMT+7)`)."""
        lines = []
        for m in _LINE.finditer(self.text):
            if m.start() > _HEADLINE_REACH:
                break
            if m.group().strip():
                lines.append((m.start(), m.end()))
        lines = lines or [(0, len(self.text))]
        text = self.text
        headlines = [(start, end) for start, end in lines if not _above_headline(text[start:end])]
        dated = next((i for i, (start, end) in enumerate(lines) if _is_dateline(text[start:end])), None)
        if dated and lines[dated - 1] in headlines:
            return lines[dated - 1]
        return headlines[0] if headlines else lines[0]

    @cached_property
    def folded(self) -> str:
        """The text in lower case with every offset kept (`İ` is the one letter whose lower case is longer)."""
        folded = self.text.lower()
        return folded if len(folded) == len(self.text) else self.text.replace("\u0130", "I").lower()

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding `pos` (the whole text if the segmenter left it out), as `sentence_spans` of
        the whole text would say; only the paragraph holding `pos` is segmented, once."""
        text = self.text
        if 0 <= pos < len(text) and text[pos] != "\n":
            start = text.rfind("\n", 0, pos) + 1
            spans = self._lines.get(start)
            if spans is None:
                end = text.find("\n", pos)
                spans = self._lines[start] = line_sentence_spans(text, start, len(text) if end < 0 else end)
            for s_start, s_end in spans:
                if s_start <= pos < s_end:
                    return (s_start, s_end)
        return (0, len(text))
