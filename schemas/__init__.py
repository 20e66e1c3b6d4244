"""One definition of every record the pipeline passes along: facts, fetched pages, parsed articles."""

from schemas.article import FetchedPage, ParsedArticle
from schemas.facts import (
    COMMON_FIELDS,
    FACT_TYPES,
    Date,
    Document,
    Fact,
    Kind,
    Period,
    Ranking,
    fact_from_dict,
    kind_fields,
)

__all__ = [
    "COMMON_FIELDS",
    "FACT_TYPES",
    "Date",
    "Document",
    "Fact",
    "FetchedPage",
    "Kind",
    "ParsedArticle",
    "Period",
    "Ranking",
    "fact_from_dict",
    "kind_fields",
]
