"""Spans of years: `giai đoạn 2016 – 2020`, `nhiệm kỳ 2020-2025`, `từ năm 2016 đến năm 2020`.

Rules (the fact's `rule`):

- `period.stage`: a stage word, then two years joined by any dash: `giai đoạn 2016 – 2020`,
  `Giai đoạn 2001 – 2010`, `giai đoạn 2021- 2025`, `thời kỳ 2011-2020`
- `period.term`: a term word: `nhiệm kỳ 2020 - 2025`, `niên khóa 2021-2026` (not a school year, `năm học 2023-2024`)
- `period.plan_years`: a count of years: `kế hoạch 5 năm 2021-2025`, `Chiến lược 10 năm 2021–2030`
- `period.from_to`: `từ năm 2016 đến năm 2020`, `từ năm 2016 đến 2020`, `giai đoạn từ 2016 đến 2020`
  (`năm` or a stage word written: a bare `từ 2016 đến 2020` may count things)

The end year must come after the start year and both must be plausible (`giai đoạn 2020 - 2016` is no
fact). A target year alone (`đến năm 2025`, `tầm nhìn đến năm 2030`) is not a period.

>>> [(p.quote, p.start_year, p.end_year, p.rule) for p in find_periods(ArticleText("nhiệm kỳ 2020-2025"))]
[('nhiệm kỳ 2020-2025', 2020, 2025, 'period.term')]
"""

from __future__ import annotations

import re

from extractors.context import ArticleText
from extractors.normalize import DASH
from extractors.scan import Alternatives, alternation
from extractors.vocab.dates import PERIOD_HEADS, PLAUSIBLE_YEARS
from schemas import Period

_HEADS = alternation(PERIOD_HEADS)
_YEAR = r"(?:19|20|21)\d\d(?!\d)"
# The years are searched first, one part per century (a literal start keeps each scan fast, see
# `extractors.scan`), then the words before them.
_YEARS = Alternatives(*(
    rf"(?P<a>{century}\d\d(?!\d))"
    rf"(?:[ \t]*{DASH}[ \t]*|\s+(?P<to>(?i:đến|tới))\s+(?:(?i:hết)\s+)?(?P<nb>(?i:năm)\s+)?)"
    rf"(?P<b>{_YEAR})"
    for century in ("19", "20", "21")
))
_HEAD_BEFORE = re.compile(rf"(?:\b(?P<head>{_HEADS})|\b(?P<count>\d{{1,2}}|mười|năm)\s+năm)\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(rf"(?:\b(?P<head>{_HEADS})\s+)?\btừ\s+(?P<na>năm\s+)?$", re.IGNORECASE)
_LOOK_BACK = 24


def _rule_and_start(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The rule the words before the years fire, and where the period's quote starts."""
    window = max(0, m.start() - _LOOK_BACK)
    if m["to"]:
        before = _FROM_BEFORE.search(text, window, m.start())
        # a bare `từ 2016 đến 2020` may count things
        if before and (before["head"] or before["na"] or m["nb"]):
            return "period.from_to", before.start()
        return None
    before = _HEAD_BEFORE.search(text, window, m.start())
    if before is None:
        return None
    return PERIOD_HEADS[before["head"].lower()] if before["head"] else "period.plan_years", before.start()


def find_periods(article: ArticleText) -> list[Period]:
    """Every span of years in the text, in order."""
    facts: list[Period] = []
    text = article.text
    for m in _YEARS.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        found = _rule_and_start(text, m)
        if found and a < b and a in PLAUSIBLE_YEARS and b in PLAUSIBLE_YEARS:
            rule, start = found
            facts.append(Period(start=start, end=m.end(), quote=text[start : m.end()], rule=rule,
                                start_year=a, end_year=b))
    return facts
