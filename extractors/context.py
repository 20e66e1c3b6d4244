"""The input every rule reads: canonical text, its sentences, and what the site knows about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from extractors.page import headline
from extractors.segment import Span, line_sentence_spans

# A run-on "sentence" longer than this (a table or a list flattened into one line, a text with no punctuation) is read
# as the stretch of `_REACH` characters either side of the position asked about: no rank's year, index or subject is
# further away, and every rank of a line of thousands would otherwise rescan the whole line.
_LONGEST_SENTENCE = 3000
_REACH = 1000


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
    headline: Span | None = None  # where the headline is, when the caller found it already (`page.headline`)
    _lines: dict[int, list[Span]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def title(self) -> Span:
        """The headline (`page.headline`)."""
        return self.headline or headline(self.text)

    @cached_property
    def folded(self) -> str:
        """The text in lower case with every offset kept (`İ` is the one letter whose lower case is longer)."""
        folded = self.text.lower()
        return folded if len(folded) == len(self.text) else self.text.replace("\u0130", "I").lower()

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding `pos` (the whole text if the segmenter left it out), as `sentence_spans` of
        the whole text would say, cut to `_REACH` either side of `pos` in a run-on one; only the paragraph holding
        `pos` is segmented, once."""
        text = self.text
        if 0 <= pos < len(text) and text[pos] != "\n":
            start = text.rfind("\n", 0, pos) + 1
            spans = self._lines.get(start)
            if spans is None:
                end = text.find("\n", pos)
                spans = self._lines[start] = line_sentence_spans(text, start, len(text) if end < 0 else end)
            for s_start, s_end in spans:
                if s_start <= pos < s_end:
                    if s_end - s_start > _LONGEST_SENTENCE:  # a table or a list flattened into one run-on line
                        return (max(s_start, pos - _REACH), min(s_end, pos + _REACH))
                    return (s_start, s_end)
        if len(text) > _LONGEST_SENTENCE:
            return (max(0, pos - _REACH), min(len(text), pos + _REACH))
        return (0, len(text))
