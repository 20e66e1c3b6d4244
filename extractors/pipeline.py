"""Text in, facts out: every finder run over one article, results in order of their spans."""

from __future__ import annotations

from dataclasses import replace

from extractors.context import ArticleText, Context
from extractors.dates import dateline_date, find_dates
from extractors.documents import find_documents
from extractors.page import article_only, headline
from extractors.periods import find_periods
from extractors.rankings import find_rankings
from schemas import Fact


def extract(text: str, context: Context | None = None) -> list[Fact]:
    """All facts of a canonical text. Pure: the same text and context give the same facts. Without a publish date
    in the context, the text's own dateline (`Thứ Sáu, 12/01/2024 08:15`) gives it. A page's chrome around the body
    (`page.article_only`) is not read."""
    context = context or Context()
    title = headline(text)
    if context.published is None and (published := dateline_date(text, title)):
        context = replace(context, published=published)
    article = ArticleText(article_only(text, title), context, title)  # the chrome blanked out, the offsets kept
    dates = find_dates(article)
    facts: list[Fact] = [*dates, *find_periods(article), *find_documents(article, dates), *find_rankings(article)]
    return sorted(facts, key=lambda f: (f.start, f.end, f.kind))
