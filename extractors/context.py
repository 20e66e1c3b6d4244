"""The input every rule reads: canonical text, its sentences, and what the site knows about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from extractors.segment import Span, sentence_spans


@dataclass(frozen=True, slots=True)
class Context:
    """What a site says about an article beyond its text."""

    published: date | None = None  # for `ngày 22/4` and for a ranking's year when the text gives none
    province: str | None = None  # the province that a bare `tỉnh` means on this site


@dataclass
class ArticleText:
    """Canonical text plus context; sentence boundaries are computed once and shared by all rules."""

    text: str
    context: Context = field(default_factory=Context)

    @cached_property
    def sentences(self) -> list[Span]:
        return sentence_spans(self.text)

    @cached_property
    def title(self) -> Span:
        """The first line: the headline of a page or of a pasted article."""
        end = self.text.find("\n")
        return (0, len(self.text) if end < 0 else end)

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding `pos` (the whole text if the segmenter left it out)."""
        for start, end in self.sentences:
            if start <= pos < end:
                return (start, end)
        return (0, len(self.text))
