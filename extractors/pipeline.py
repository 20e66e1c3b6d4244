"""Text in, facts out: every finder run over one article, results in order of their spans."""

from __future__ import annotations

from extractors.context import ArticleText, Context
from extractors.dates import find_dates
from extractors.documents import find_documents
from extractors.periods import find_periods
from extractors.rankings import find_rankings
from schemas import Fact


def extract(text: str, context: Context | None = None) -> list[Fact]:
    """All facts of a canonical text. Pure: the same text and context give the same facts."""
    article = ArticleText(text, context or Context())
    dates = find_dates(article)
    facts: list[Fact] = [*dates, *find_periods(article), *find_documents(article, dates), *find_rankings(article)]
    return sorted(facts, key=lambda f: (f.start, f.end, f.kind))
