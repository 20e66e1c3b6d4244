"""What of a page's text is the article: its headline, and where the chrome around the body starts and ends.

A page pasted or scraped as text carries its site's chrome (domain.md, "Portals"): menus, a ticker of latest news, a
list of documents, breadcrumbs above the headline; links to other articles, readers' comments, tags and a footer
below the body. Only the body is evidence. `article_only` blanks the chrome out (offsets kept), so that no rule
reads it: above the headline every line but a dateline, below the body everything from the heading over the links
to other articles or the comments on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from extractors.scan import alternation
from extractors.segment import Span
from extractors.vocab.pages import CHROME_LINE_STARTS, DATELINE_WORDS, LINK_LABELS, RELATED_HEADINGS

_HEADLINE_REACH = 1500  # characters from the top where the headline and its dateline stand
_LINE = re.compile(r"[^\n]+")
_HEADLINE_LENGTH = 250  # a longer line over a dateline is a paragraph, not a headline
# A dateline: a date near the start of a short line that a weekday, a label or a clock time marks as the page's
# (`Thứ Hai - 12/05/2025 09:30`, `Ngày đăng: 14-03-2025 | Tác giả: …`, `15/04/2025 08:15`), not a sentence's date
_DATE_NEAR_START = re.compile(r"[^\n\d]{0,30}(?:\d{1,2}:\d{2}[^\n\d]{0,5})?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
_DATELINE_MARK = re.compile(rf"(?i:{alternation(DATELINE_WORDS)})|\d{{1,2}}:\d{{2}}")
_DATELINE_LENGTH = 120
# A dateline without a year, a clock time beside the day and month: `09:30 14/05`, `(14/05 09:30)`; the page's, but
# no publish date
_YEARLESS_DATELINE = re.compile(
    r"[ \t(]*(?:\d{1,2}:\d{2}[ \t|,-]*\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}[ \t|,-]*\d{1,2}:\d{2})[ \t)]*$"
)
# A heading over a page's list of other articles or its readers' comments, on a line of its own (`TIN CÙNG CHUYÊN
# MỤC`, `» Bài viết liên quan:`, `Ý kiến bạn đọc (2)`), or the line of the article's tags
# (`heading`), or a link to another article inside the body, on a line of its own, after which the body goes on
# (`link`: `Xem thêm: Sơn La tăng 12 bậc Chỉ số PAPI năm 2022`)
_CHROME_BELOW = re.compile(
    rf"[ \t»•>\-]*(?i:(?P<heading>(?:{alternation(RELATED_HEADINGS)})[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$"
    rf"|(?:{alternation(CHROME_LINE_STARTS)}))|(?P<link>(?:{alternation(LINK_LABELS)})[ \t]*:[ \t]*\S))"
)
# A press dateline opening the lead, on a line of any length: the place, the date, maybe the agency, a dash
# (`Đà Nẵng, 15/7/2024 - Theo kết quả …`, `Hà Nội, 15/7/2024 (TTXVN) –`); the place's words are capitalised
_PRESS_DATELINE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_]+(?:[ \t][^\W\d_]+){0,3}),[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]*"
    r"(?:\([^()\n]{2,30}\)[ \t]*)?[-–—]"
)
_NOT_NEWLINE = re.compile(r"[^\n]")
_CURRENT_DATE = re.compile(r"[ \t]*(?i:hôm nay)")  # `Hôm nay: Thứ Tư, 16/04/2025`: the site's clock, no dateline


def lines_of(text: str, start: int, end: int) -> Iterator[str]:
    """The lines of `text[start:end]`, blank ones left out."""
    for m in _LINE.finditer(text, start, end):
        if m.group().strip():
            yield m.group()


def is_dateline(line: str) -> bool:
    if "," in line[:60] and (press := _PRESS_DATELINE.match(line)) is not None:
        return all(word[0].isupper() for word in press["place"].split())
    if _YEARLESS_DATELINE.match(line):
        return True
    return (
        len(line) <= _DATELINE_LENGTH
        and _DATE_NEAR_START.match(line) is not None
        and _DATELINE_MARK.search(line) is not None
        and not _CURRENT_DATE.match(line)
    )


def _is_breadcrumb(line: str) -> bool:
    return "›" in line or "»" in line or line.count(" > ") >= 1 or line.count(" / ") >= 2


def headline(text: str) -> Span:
    """The headline of a page or of a pasted article: the line right over its dateline when that is no menu or
    breadcrumb, else the first line past the last breadcrumb that is no chrome (a menu, a dateline, the site's name in
    capitals), else the first line."""
    lines: list[tuple[int, int, bool, bool, bool, bool]] = []  # start, end, dateline, breadcrumb, menu, capitals
    for m in _LINE.finditer(text):
        if m.start() > _HEADLINE_REACH:
            break
        line = m.group()
        if line.strip():
            lines.append((m.start(), m.end(), is_dateline(line), _is_breadcrumb(line), line.count("|") >= 2,
                          line.isupper()))
    if not lines:
        return (0, len(text))
    # a date over a menu or a breadcrumb is the site's clock (`Thứ Tư, 15/05/2024  Hotline: …` over `Chính trị | …`)
    clock = {i for i in range(len(lines) - 1) if lines[i][2] and any(lines[i + 1][3:5])}
    lines = [(*line[:2], False, *line[3:]) if i in clock else line for i, line in enumerate(lines)]
    over_datelines = [
        previous for previous, line in pairwise(lines)
        if line[2] and not any(previous[2:5]) and previous[1] - previous[0] <= _HEADLINE_LENGTH
    ]
    # the first line over a dateline that is not in capitals (`BÁO LÀO CAI ĐIỆN TỬ` over the site's clock is), else
    # the last in capitals (`BẮC KẠN TĂNG 5 BẬC …`, below the site's name)
    lower = [line for line in over_datelines if not line[5]]
    if lower or over_datelines:
        return (lower[0] if lower else over_datelines[-1])[:2]
    crumbs = [i for i, line in enumerate(lines) if line[3]]
    after = lines[crumbs[-1] + 1 :] if crumbs else lines
    return (next((line for line in after if not any(line[2:])), None) or lines[0])[:2]


def body_end(text: str, start: int = 0) -> int:
    """Where an article's body ends: at the first heading over links to other articles or readers' comments from
    `start` on (past which all is chrome that must never yield a fact); else the text's end."""
    return _chrome_below(text, start)[0]


def _chrome_below(text: str, start: int) -> tuple[int, list[Span]]:
    """`body_end`, and the lines before it that link to another article."""
    links = []
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if chrome := _CHROME_BELOW.match(text, start, end):  # tried at line starts only: it opens with no literal
            if chrome["heading"] is not None:
                return start, links
            links.append((start, end))
        start = end + 1
    return len(text), links


def headline_block(text: str, title: Span) -> int:
    """Where the block of the headline starts: past the last menu or breadcrumb line above it. A dateline in that block
    is the article's; one above a menu is the site's clock (`Thứ Tư, 12/02/2025 | Đăng nhập | RSS`)."""
    start = 0
    for m in _LINE.finditer(text, 0, title[0]):
        if _is_breadcrumb(m.group()) or m.group().count("|") >= 2:
            start = m.end()
    return start


def article_only(text: str, title: Span | None = None) -> str:
    """`text` with the chrome around the article's body blanked out, every offset kept: the lines above the headline
    (`title`, found when not given) but a dateline in its block, a link to another article inside the body, and all
    from the heading below the body on."""
    title_start, title_end = title = title or headline(text)
    block = headline_block(text, title)
    parts = [
        (m.start(), m.end()) for m in _LINE.finditer(text, 0, title_start)
        if m.start() < block or not is_dateline(m.group())
    ]
    end, links = _chrome_below(text, title_end)
    parts += links
    if not parts and end == len(text):
        return text
    pieces, kept = [], 0
    for start, stop in [*parts, (end, len(text))]:
        pieces += [text[kept:start], _NOT_NEWLINE.sub(" ", text[start:stop])]
        kept = stop
    return "".join(pieces)
