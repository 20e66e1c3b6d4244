"""Rankings: a subject's place on a named index in a year."""

from __future__ import annotations

import re

from extractors.context import ArticleText
from extractors.vocab.indices import INDEX_NAMES
from schemas import Ranking

_INDEX = re.compile("|".join(sorted(map(re.escape, INDEX_NAMES), key=len, reverse=True)), re.I)
_INDEX_CODES = {name.casefold(): code for name, code in INDEX_NAMES.items()}
_RANK = re.compile(r"(?:xếp|đứng)\s+(?:thứ|hạng|vị trí(?:\s+thứ)?)\s+(?P<rank>\d{1,3})(?:/(?P<total>\d{1,3}))?")
_YEAR = re.compile(r"năm\s+(?P<year>(?:19|20)\d\d)", re.I)


def find_rankings(article: ArticleText) -> list[Ranking]:
    text = article.text
    facts: list[Ranking] = []
    for m in _RANK.finditer(text):
        s_start, _ = article.sentence_at(m.start())
        head = text[s_start : m.start()]
        indices = list(_INDEX.finditer(head)) or list(_INDEX.finditer(text[: m.start()]))
        years = list(_YEAR.finditer(head))
        start = years[-1].start() if years and years[-1].start() >= head.rfind(";") + 1 else m.start() - s_start
        start = s_start + start if years else m.start()
        facts.append(
            Ranking(start=start, end=m.end(), quote=text[start : m.end()], rule="ranking.rank_of_total",
                    index=_INDEX_CODES[indices[-1].group().casefold()] if indices else None,
                    year=int(years[-1]["year"]) if years else None, rank=int(m["rank"]),
                    total=int(m["total"]) if m["total"] else None, subject=article.context.province)
        )
    return facts
