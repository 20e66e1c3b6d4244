"""Spans of years: `giai đoạn 2016 – 2020`, `từ năm 2016 đến năm 2020`."""

from __future__ import annotations

import re

from extractors.context import ArticleText
from schemas import Period

_DASH = r"\s*[-\u2010-\u2015]\s*"
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("period.stage", re.compile(rf"(?:giai đoạn|nhiệm kỳ)\s+(?P<a>\d{{4}}){_DASH}(?P<b>\d{{4}})\b", re.I)),
    ("period.from_to", re.compile(r"từ năm\s+(?P<a>\d{4})\s+đến năm\s+(?P<b>\d{4})\b", re.I)),
]


def find_periods(article: ArticleText) -> list[Period]:
    facts: list[Period] = []
    for rule, pattern in _RULES:
        for m in pattern.finditer(article.text):
            a, b = int(m["a"]), int(m["b"])
            if a < b:
                facts.append(Period(start=m.start(), end=m.end(), quote=m.group(), rule=rule,
                                    start_year=a, end_year=b))
    return facts
