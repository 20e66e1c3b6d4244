"""Calendar dates and months written in the text.

Rules (the fact's `rule`), day first, never month first:

- `date.day_month_year_words`: `ngày 26 tháng 4 năm 2016`
- `date.month_missing`: `ngày 22 tháng năm 2021` (the month was lost) → `2021`, precision `year`
- `date.day_missing`: `ngày tháng 4 năm 2021` → `2021-04`, precision `month`
- `date.day_month_year_numeric`: `ngày 26/4/2016`, `26/04/2016`, `26-4-2016`, `12.4.2022`, and
  datelines (`Thứ năm, 30/05/2024 11:24`, `(TTXVN 11/5/2024)`)
- `date.month_year`: `tháng 4/2016`, `tháng 4 năm 2016`, `tháng 3-2025`
- `date.day_month_inferred`: `ngày 22/4`, `Sáng 17/4`, `14:55 17/04`, `Hà Nội, 15/4 (TTXVN) -`: the year is
  the one that puts the date closest to the article's publish date (flag `year_inferred`); no fact without a
  publish date. Without `ngày`, a time-of-day word or a clock time in front, or a news agency's lead after it,
  a day/month is not taken (`6/6 vùng`).

Not date facts: a bare year, a quarter (`quý I/2021`) or a part of a year (`6 tháng đầu năm 2021`):
they are not calendar dates or months; a blank form date (`ngày tháng năm 2021`); an impossible or
implausible date (`ngày 31/2/2020`, `19/8/19999`, `1/1/0001`): logged, never raised; section numbers
(`2.1.`), ratios and ranks (`6/6`, `60/63`), money (`1.234.000`).

>>> [(d.quote, d.value, d.flags) for d in find_dates(ArticleText("Nghị quyết ngày 22 tháng năm 2021"))]
[('ngày 22 tháng năm 2021', '2021', ('month_missing',))]
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from extractors.context import ArticleText
from extractors.normalize import DASH
from extractors.page import headline, headline_block, is_dateline, lines_of
from extractors.scan import alternation
from extractors.segment import Span
from extractors.vocab.dates import DAY_MONTH_TRIGGERS, PLACEHOLDER_DATES, PLAUSIBLE_YEARS
from schemas import Date

_log = logging.getLogger(__name__)

_SEP = rf"(?:[/.]|{DASH})"


def _cased(word: str) -> str:
    """`word` in lower case, capitalised and in capitals: literal alternatives keep the search fast."""
    return f"(?:{word}|{word.capitalize()}|{word.upper()})"


_NGAY, _THANG, _NAM = _cased("ngày"), _cased("tháng"), _cased("năm")
_WORDS = re.compile(
    # `ngày 26 tháng 4 năm 2016`, with the day or the month possibly lost
    rf"{_NGAY}\s+(?P<wd>\d{{1,2}}\s+)?{_THANG}\s+(?P<wm>\d{{1,2}}\s+)?{_NAM}\s+(?P<wy>\d{{4}})(?!\d)"
    # `tháng 4/2016`, `tháng 4 năm 2016`, `tháng 8.2021`
    rf"|{_THANG}\s+(?P<mm>\d{{1,2}})(?:\s*/\s*|\.|{DASH}|\s+{_NAM}\s+)(?P<my>\d{{4}})(?!\d|{_SEP}\d)"
    # `từ tháng 5 đến tháng 10/2024`: the first month of a range, in the year of the second
    rf"|{_THANG}\s+(?P<rm>\d{{1,2}})(?=\s*(?:đến|tới|{DASH})\s*(?:hết\s+)?{_THANG}\s+(?P<rm2>\d{{1,2}})"
    rf"(?:\s*/\s*|\.|{DASH}|\s+{_NAM}\s+)(?P<ry>\d{{4}})(?!\d|{_SEP}\d))"
)
# `từ ngày 01/4 đến ngày 15/4/2024`: after a day and month, the end of their range, whose year they share
_RANGE_END = re.compile(
    rf"\s*(?:đến|tới|{DASH})\s*(?:hết\s+)?(?:{_NGAY}\s+)?\d{{1,2}}(?P<sep>{_SEP})(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\d)"
)
# `26/4/2016`, `26-4-2016`, `12.4.2022`, `22/4`; a digit, dash or dot before is another number
_NUMERIC = re.compile(
    rf"\d(?<![\d/.,\u2010-\u2015\u2212-]\d)\d?(?P<sep>{_SEP})\d{{1,2}}"
    rf"(?:(?P=sep)(?P<ny>\d{{4}})(?!\d|{_SEP}\d)|(?!\d|{_SEP}\d))"
)
# Every `_NUMERIC` match has a separator between digits one or two characters after its start: the scan
# looks for that (a rare character, fast) instead of trying the pattern at every digit (`_numeric_in`).
_SEP_BETWEEN_DIGITS = re.compile(r"[/.\-\u2010-\u2015\u2212](?<=\d.)(?=\d)")
_NGAY_BEFORE = re.compile(rf"{_NGAY}[ \t]*$")
# Every `_WORDS` match holds `tháng`: the scan looks for that literal (fast), then tries `_WORDS` at it and
# at a `ngày` right before it (`_DAY_BEFORE_MONTH`).
_MONTH_WORD = re.compile("tháng")
_DAY_BEFORE_MONTH = re.compile(rf"{_NGAY}\s+(?:\d{{1,2}}\s+)?$")
_DAY_REACH = 24
_TRIGGER_BEFORE = re.compile(
    # `Sáng 17/4`, `Sáng nay (13/5)`, `14:55 17/04`
    f"(?:{alternation(DAY_MONTH_TRIGGERS)})" + r"(?:[ \t]+nay[ \t]*\(|[ \t]+)$|\b\d{1,2}(?::|h|g)\d{2}[ \t]+$",
    re.IGNORECASE,
)


# A news agency's lead after a day/month makes it the story's dateline: `Hà Nội, 15/4 (TTXVN/Vietnam+) - Sáng 15/4, …`
_SOURCE_AFTER = re.compile(r"[ \t]*\([^()\n]{2,30}\)[ \t]*[-–—]")


class _Reading(NamedTuple):
    rule: str
    value: str
    precision: str
    flags: tuple[str, ...] = ()


def _checked(y: int, m: int, d: int = 1) -> date | None:
    """The date, or None when it is impossible, outside plausible years or a CMS placeholder."""
    if y not in PLAUSIBLE_YEARS:
        return None
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return None if found in PLACEHOLDER_DATES else found


def infer_year(day: int, month: int, published: date) -> date | None:
    """The date of `day`/`month` nearest to `published` (within a year either side).

    >>> infer_year(28, 12, date(2024, 1, 3)), infer_year(17, 4, date(2024, 4, 20))
    (datetime.date(2023, 12, 28), datetime.date(2024, 4, 17))
    """
    options = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _checked(y, month, day))]
    return min(options, key=lambda d: (abs((d - published).days), d > published), default=None)


def _words(m: re.Match[str]) -> _Reading | None:
    y = int(m["wy"])
    if m["wd"] and m["wm"]:
        found = _checked(y, int(m["wm"]), int(m["wd"]))
        return found and _Reading("date.day_month_year_words", found.isoformat(), "day")
    if m["wm"]:
        found = _checked(y, int(m["wm"]))
        return found and _Reading("date.day_missing", found.isoformat()[:7], "month", ("day_missing",))
    if m["wd"] and y in PLAUSIBLE_YEARS:
        return _Reading("date.month_missing", str(y), "year", ("month_missing",))
    return None  # a blank form (`ngày tháng năm 2021`) says no more than a bare year


def _numeric(m: re.Match[str], ngay: bool, article: ArticleText) -> _Reading | None:
    published = article.context.published
    if not m["ny"] and not _RANGE_END.match(article.text, m.end()) and (
        published is None
        or not (
            ngay
            or _TRIGGER_BEFORE.search(article.text, max(0, m.start() - 16), m.start())
            or _SOURCE_AFTER.match(article.text, m.end())
        )
    ):
        return None  # decided before the parts are read: most bare day/months are ratios or ranks
    day, month = (int(part) for part in m.group().split(m["sep"])[:2])
    if not m["ny"] and (ranged := _RANGE_END.match(article.text, m.end())):
        found = _checked(_range_start_year(month, int(ranged["m"]), int(ranged["y"])), month, day)
        return found and _Reading("date.range_start", found.isoformat(), "day", ("year_inferred",))
    if m["ny"]:
        found = _checked(int(m["ny"]), month, day)
        return found and _Reading("date.day_month_year_numeric", found.isoformat(), "day")
    found = infer_year(day, month, published)
    return found and _Reading("date.day_month_inferred", found.isoformat(), "day", ("year_inferred",))


def _month_year(m: re.Match[str]) -> _Reading | None:
    if m["rm"]:
        found = _checked(_range_start_year(int(m["rm"]), int(m["rm2"]), int(m["ry"])), int(m["rm"]))
        return found and _Reading("date.range_start", found.isoformat()[:7], "month", ("year_inferred",))
    found = _checked(int(m["my"]), int(m["mm"]))
    return found and _Reading("date.month_year", found.isoformat()[:7], "month")


def _range_start_year(month: int, end_month: int, end_year: int) -> int:
    """The year of a range's first month, given its last: `tháng 11 đến tháng 2/2025` starts in 2024."""
    return end_year - 1 if month > end_month else end_year


def _fact(start: int, end: int, read: _Reading | None, article: ArticleText) -> Date | None:
    if read is None:
        return None
    return Date(start=start, end=end, quote=article.text[start:end], rule=read.rule, value=read.value,
                precision=read.precision, flags=read.flags)


def _words_in(text: str, folded: str) -> Iterator[re.Match[str]]:
    """`_WORDS.finditer(text)`, found from the word `tháng` (in the lower-cased text) outwards."""
    resume = 0
    for month in _MONTH_WORD.finditer(folded):
        at = month.start()
        if at < resume:
            continue
        day = _DAY_BEFORE_MONTH.search(text, max(resume, at - _DAY_REACH), at)
        for start in (day.start(),) if day else ():
            if m := _WORDS.match(text, start):
                break
        else:
            m = _WORDS.match(text, at)
        if m:
            resume = m.end()
            yield m


def _numeric_in(text: str) -> Iterator[re.Match[str]]:
    """`_NUMERIC.finditer(text)`, tried only one and two characters before a separator between digits."""
    resume = 0
    for sep in _SEP_BETWEEN_DIGITS.finditer(text):
        for at in (sep.start() - 2, sep.start() - 1):
            if at >= resume and (m := _NUMERIC.match(text, at)):
                resume = m.end()
                yield m


# The date of a page's dateline (`page.is_dateline`: `Thứ Sáu, 12/01/2024 08:15`, `Cập nhật: 08:15 | 12/05/2023`)
_DATELINE_DATE = re.compile(r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})")
_DATELINE_REACH = 200  # characters past the headline (`page.headline`): a dateline stands right over or under it
# A document's own date, the place-date line of its header (`Bắc Kạn, ngày 15 tháng 5 năm 2024`), at a line's end near
# the top (alone, or in the second column of `Số: 125/BC-UBND    Bắc Kạn, ngày …`): the day it was issued and published.
_PLACE_DATE = re.compile(
    r"(?:ngày|Ngày)[ \t]+(?P<d>\d{1,2})[ \t]+tháng[ \t]+(?P<m>\d{1,2})[ \t]+năm[ \t]+(?P<y>\d{4})[ \t]*(?:\n|$)"
)
# a place's name and its comma, before the date of a place-date line (`Bắc Kạn, `)
PLACE_BEFORE_DATE = r"[^\W\d_][^\n\d,;:]{0,40},[ \t]*"
_PLACE_BEFORE = re.compile(rf"(?:^|\n|\t|[ \t]{{2}})[ \t]*{PLACE_BEFORE_DATE}$")  # the date found first
_HEADER_REACH = 1000  # characters from the top where a document's header stands


def dateline_date(text: str, title: Span | None = None) -> date | None:
    """The publish date a page's own dateline gives, when one stands near its headline (`title`, found when not
    given), past the site's menus; else a document's own date, its header's place-date line.

    >>> dateline_date("Quảng Ngãi: Chấn chỉnh hồ sơ trễ hạn\\n\\nThứ Sáu, 12/01/2024 08:15 (GMT+7)\\n\\nNgày 10/1, …")
    datetime.date(2024, 1, 12)
    """
    title = title or headline(text)
    reach = min(len(text), title[1] + _DATELINE_REACH)
    for line in lines_of(text, headline_block(text, title), reach):
        if is_dateline(line):
            m = _DATELINE_DATE.search(line)  # none in a dateline without a year (`09:30 14/05`): no publish date
            return _checked(int(m["y"]), int(m["m"]), int(m["d"])) if m else None
    for m in _PLACE_DATE.finditer(text, 0, min(len(text), _HEADER_REACH)):
        if _PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return _checked(int(m["y"]), int(m["m"]), int(m["d"]))
    return None


def find_dates(article: ArticleText) -> list[Date]:
    """Every date and month of the text, in order; impossible ones are logged and skipped."""
    text = article.text
    found: list[Date | None] = []
    for m in _words_in(text, article.folded):
        read = _words(m) if m["wy"] else _month_year(m)
        if read is None and (m["wd"] or m["wm"] or m["my"]):
            _log.info("not a plausible date, no fact: %r at %d", m.group(), m.start())
        found.append(_fact(m.start(), m.end(), read, article))
    worded = [d for d in found if d]
    starts = [d.start for d in worded]
    for m in _numeric_in(text):
        ngay = _NGAY_BEFORE.search(text, max(0, m.start() - 6), m.start())
        before = bisect_right(starts, m.start()) - 1
        inside_words = before >= 0 and worded[before].end > m.start()
        if (not ngay and text[m.start() - 1 : m.start()].isalpha()) or inside_words:
            continue
        read = _numeric(m, ngay is not None, article)
        if read is None and m["ny"]:
            _log.info("not a plausible date, no fact: %r at %d", m.group(), m.start())
        found.append(_fact(ngay.start() if ngay else m.start(), m.end(), read, article))
    return sorted((d for d in found if d), key=lambda d: d.start)
