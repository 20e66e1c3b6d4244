"""Calendar dates and months written in the text."""

from __future__ import annotations

import re
from datetime import date

from extractors.context import ArticleText
from schemas import Date

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("date.words", re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})\b", re.I)),
    ("date.numeric", re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d/])")),
    ("date.month", re.compile(r"tháng\s+(?P<m>\d{1,2})(?:/|\s+năm\s+)(?P<y>\d{4})\b", re.I)),
]


def _valid(y: int, m: int, d: int | None) -> bool:
    if not 1900 <= y <= 2100:
        return False
    try:
        date(y, m, d or 1)
    except ValueError:
        return False
    return True


def find_dates(article: ArticleText) -> list[Date]:
    facts: list[Date] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in _RULES:
        for m in pattern.finditer(article.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            y, mo = int(m["y"]), int(m["m"])
            d = int(m["d"]) if "d" in m.groupdict() and m["d"] else None
            if not _valid(y, mo, d):
                continue
            value = f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "")
            facts.append(
                Date(start=m.start(), end=m.end(), quote=m.group(), rule=rule, value=value,
                     precision="day" if d else "month")
            )
            taken.append((m.start(), m.end()))
    return facts
