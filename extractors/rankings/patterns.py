"""The compiled patterns of the ranking rules, built once from the vocabularies.

Speed: all patterns but the names of places run on the lower-cased text (`fold`), without `re.I`, which
makes Python's matcher several times faster; names of places need their capitals and run on the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extractors.normalize import UPPER
from extractors.scan import Alternatives, alternation, starts_word
from extractors.vocab.indices import COMPONENTS, INDEX_ABBREVIATIONS, INDEX_FULL_NAMES
from extractors.vocab.numbers import (
    CHANGE_VERBS,
    CONTEST_WORDS,
    COUNT_WORDS,
    GROUP_WORDS,
    HEAD_OF_NOUNS,
    NOT_INDEX_TOPICS,
    ORDINALS,
    REGION_WORDS,
    SEQUENCE_WORDS,
    TARGET_MET_VERBS,
    TARGET_WORDS,
    TITLES,
)
from extractors.vocab.places import AGENCIES, LOCAL_UNITS, NATIONS, NOT_PROVINCES, PROVINCES, RANKED_FIELDS, SECTORS


def _lower(words: Iterable[str]) -> str:
    return alternation(w.lower() for w in words)


def fold(text: str) -> str:
    """The text in lower case with every offset kept (`İ` is the one letter whose lower case is longer)."""
    folded = text.lower()
    return folded if len(folded) == len(text) else text.replace("\u0130", "I").lower()


_W = r"(?<![\w])"  # start of a word: `\b` also splits inside `vị trí` neighbours like `…xếp`
_BULLET = r"[•\-–+*·]"  # what opens a line of a list


class WordPattern:
    """A pattern that starts a word: `finditer` gives what `(?<![\\w])` + pattern would, but the pattern is
    compiled without the look-behind, which would cost Python's matcher its fast scan for the literal
    first word; a match that starts inside a word is dropped and the search resumes one character on."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        search = self.pattern.search
        while (m := search(text, start, end)) is not None:
            at = m.start()
            if not starts_word(text, at):
                start = at + 1
                continue
            yield m
            start = m.end() if m.end() > at else at + 1

_END = r"(?![\w])"
# `thứ năm 2023` is a day and a year, not 5th; `thứ 7 và năm nay` is a year too (but `thứ hai sau Quảng Ninh` is 2nd)
_ORD = (
    rf"(?:{alternation(ORDINALS)}){_END}(?!\s+\d{{4}})"
    r"(?!(?<=năm)\s+(?:nay|ngoái|qua|sau|tới|trước|này|đó)(?![\w]))"
    r"(?![ \t]*,?[ \t]*\d{1,2}[/.-]\d{1,2}[/.-])"  # a weekday over its date: `Thứ Hai, 15/9/2025`
)
_NUM = r"\d{1,3}(?![\d]|[,.]\d)"
_RANK = rf"(?:(?P<num>{_NUM})|(?P<ord>{_ORD}))"
_TOTAL = (
    r"(?:\s*/\s*(?P<total>\d{1,4})(?![\d]|[,.]\d)"
    r"|\s+(?:trên|trong|trong số|trên tổng số|trong tổng số)\s+(?P<total_w>\d{1,4})(?![\d%]|[,.]\d))"
)
_VERB = (
    r"(?:xếp|đứng|nằm|giữ|giữ vững|vươn lên|tụt xuống|lùi xuống|lên|xuống|đạt|ở|chiếm"
    r"|chỉ còn|rơi xuống|tụt về|lùi về)"  # `Đà Nẵng chỉ còn thứ 13`
)
_POSITION_WORDS = ("vị trí", "thứ(?: hạng)?", "hạng")
_POSITION = rf"(?:{'|'.join(_POSITION_WORDS)})(?:\s+(?:thứ|số))?"

# Patterns start with a literal word and the caller checks what stands before it (a verb, a word start):
# a leading look-behind or verb alternation would cost Python's matcher its fast literal scan.

# `thứ 60/63`, `hạng 10/63`, `vị trí thứ 5`, `vị trí số 44`, `thứ nhất`, after a verb (`VERB_BEFORE`), or bare
# (one part per position word, each found by a literal scan: see `extractors.scan`)
POSITION_RANK = Alternatives(
    *(rf"(?P<pos>{word}(?:\s+(?:thứ|số))?)\s+{_RANK}(?:{_TOTAL})?" for word in _POSITION_WORDS)
)
VERB_BEFORE = re.compile(rf"{_W}{_VERB}(?:[^\S\n]+(?:ở|tại|vào))?[^\S\n]+$")  # on the rank's line
# `vị trí thứ 40`, `vị trí số 1` with no verb: the position word alone is specific enough
BARE_POSITION = re.compile(r"vị trí\s+(?:thứ|số)")
# one part per title, each found by a literal scan (see `extractors.scan`): `đ`, `d` and `q` are everywhere
TITLE = Alternatives(*(rf"(?P<title>{re.escape(title.lower())}){_END}" for title in TITLES))
TITLE_VERB_BEFORE = re.compile(rf"{_W}(?:xếp|giữ|đạt|giành|giữ vững)\s+(?:vị trí|ngôi vị|ngôi|danh hiệu)\s+$")
_ITEM = rf"(?:\d{{1,3}}(?:\s*/\s*\d{{1,4}})?(?![\d]|[,.]\d)|{_ORD})"
# `lần lượt xếp thứ 2 và 3`, `lần lượt đứng thứ nhất, thứ hai và thứ ba`
RESPECTIVELY = re.compile(
    rf"lần lượt\s+(?:(?:là|{_VERB})\s+)?(?:(?:ở|tại)\s+)?{_POSITION}\s+"
    rf"(?P<items>{_ITEM}(?:\s*(?:,|;|và)\s*(?:{_POSITION}\s+)?{_ITEM})+)"
    # the field they rank in, for each: `lần lượt xếp thứ hai, thứ ba trong 21 sở, ngành`
    rf"(?:\s+(?:trong|trên)\s+(?:số\s+|tổng số\s+)?(?P<list_total>\d{{1,4}})\s+(?:{_lower(RANKED_FIELDS)}){_END})?"
)
# `Quảng Ninh, Bình Định xếp thứ 1 và thứ 2`, `xếp thứ 1, 2 và 3`: ranks listed after one position word, without
# `lần lượt`; a list ends in `và` (`xếp thứ 12, 85 điểm` is no list), and not in a count (`thứ 2 và 3 lần`). Tried
# where `POSITION_RANK` matches (`match` only: no scan of its own); the caller checks the verb before.
RANK_LIST_AT = re.compile(
    rf"{_POSITION}\s+(?P<items>{_ITEM}(?:\s*,\s*(?:{_POSITION}\s+)?{_ITEM})*\s*,?\s*và\s+(?:{_POSITION}\s+)?{_ITEM})"
    r"(?!\s*(?:%|điểm|lần|bậc|hạng|tháng|năm\s+(?:liền|liên tiếp)))"
)
# a list with commas only (`xếp thứ nhất, thứ hai, thứ ba`), after a `lần lượt` earlier in its clause
RANK_LIST_COMMAS = re.compile(
    rf"{_POSITION}\s+(?P<items>{_ITEM}(?:\s*,\s*(?:{_POSITION}\s+)?{_ITEM})+)"
    r"(?!\s*(?:%|điểm|lần|bậc|hạng|tháng|năm\s+(?:liền|liên tiếp)|,\s*\d))"
)
# a `lần lượt` and the rest of its clause
_RESPECTIVELY_ON = r"lần lượt(?![\w])[^.;\n]*"
RESPECTIVELY_BEFORE = re.compile(rf"{_RESPECTIVELY_ON}$")  # opens with a literal: a fast scan
RESPECTIVELY_RIGHT_BEFORE = re.compile(r"lần lượt\s+$")
RESPECTIVELY_GAP = re.compile(rf"\s*{_RESPECTIVELY_ON}")
ITEM = re.compile(rf"(?P<num>\d{{1,3}})(?:\s*/\s*(?P<total>\d{{1,4}}))?|(?P<ord>{_ORD})")
# A year written right after a rank is that rank's: `vị trí 63/63 năm 2020`, `vị trí thứ 20 (năm 2022)`.
_YEAR_NOTE = r"(?:\s*\(?\s*(?:năm\s+)?(?P<{0}>(?:19|20)\d\d)(?!\d)(?:\s*\))?)?"
# `từ vị trí 53 lên 46`, `từ thứ 53 lên thứ 46`, `từ vị trí thứ 20 (năm 2022) xuống vị trí thứ 25`,
# `từ vị trí 63/63 năm 2020 đã vươn lên vị trí 50/63 năm 2021`: up to four words (`đã vươn`, `đã tụt`) between the
# earlier rank and `lên`/`xuống`, and each rank keeps the year written after it; a year among those words is the
# later rank's (`Từ vị trí 45 năm 2021, năm 2022 tỉnh đã vươn lên vị trí 27`).
FROM_TO = re.compile(
    rf"từ\s+{_POSITION}\s+(?P<a>\d{{1,3}})(?:\s*/\s*(?P<a_total>\d{{1,4}}))?{_YEAR_NOTE.format('a_year')}"
    r"\s*,?(?:\s+(?:năm\s+(?P<mid_year>(?:19|20)\d\d)|[^\W\d_]+)){0,4}?"
    rf"\s+(?:lên|xuống)\s+(?:{_POSITION}\s+)?(?P<b>\d{{1,3}})(?![\d]|[,.]\d)(?:\s*/\s*(?P<b_total>\d{{1,4}}))?"
    rf"{_YEAR_NOTE.format('b_year')}"
)

# `xếp cuối bảng 63/63`, `đứng cuối cùng (63/63)`, `xếp cuối bảng trong 63 tỉnh`, `xếp cuối, thứ 13/13`: the last
# place is a rank only
# with its total written there (without one, `xếp cuối bảng` gives no number); after a verb (`VERB_BEFORE`).
LAST_PLACE = re.compile(
    rf"cuối(?:\s+(?:bảng|cùng))?(?P<open>\s*\()?\s*(?:,\s*(?:thứ\s+)?)?(?:(?P<num>\d{{1,3}})(?=\s*/))?"
    rf"(?:{_TOTAL})(?(open)\s*\))"
)
# `Vị trí cuối bảng (17/17)`: the position word before `cuối` (not in `LAST_PLACE`, which then opens with a literal)
POSITION_BEFORE = re.compile(r"vị trí\s+$")

# Any of these words can start a ranking; a text without one is skipped before sentences are computed.
PREFILTER = re.compile(rf"thứ|hạng|vị trí|cuối|{alternation(TITLES)}")

# A table as `parse` writes it, a row a line, its cells apart by tabs, or pasted with bars between them; a header row
# names the columns (read in the lower-cased text): `TT | Đơn vị | Kết quả (%) | Xếp hạng`.
CELL_BREAK = re.compile(r"[\t|]")
RANK_HEADER = re.compile(
    r"(?:thứ tự\s+)?(?:xếp hạng|thứ hạng|hạng|xếp thứ|vị trí)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?(?:\s*\(.*\))?"
)
HEADER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # the year a column is for: `Xếp hạng 2019`, `Điểm (2020)`
SUBJECT_HEADER = re.compile(
    rf"(?:tên\s+)?(?:đơn vị|cơ quan|địa phương|{_lower(RANKED_FIELDS)})(?:\s*\(.*\))?"
)
SCORE_HEADER = re.compile(
    r"kết quả|điểm|tổng điểm|điểm số|chỉ số|giá trị|tỷ lệ hài lòng|mức độ hài lòng|tỷ lệ\s*(?:\(\s*%\s*\)|%)?\s*$"
)
# the change of rank since the last ranking: `Tăng/giảm`, `Thay đổi thứ hạng` over `+12`, `-1`, `0`
CHANGE_HEADER = re.compile(
    r"(?:tăng\s*[/,-]?\s*giảm(?:\s*\(?(?:bậc|hạng)\)?)?|thay đổi(?:\s+(?:thứ hạng|bậc|hạng))?)"
    r"(?:\s*so với\s+(?:năm\s+)?(?:19|20)\d\d)?|so với\s+(?:năm\s+)?(?:19|20)\d\d"  # `Tăng/giảm so với năm 2022`
)
# a table's caption counting what it ranks: `… năm 2023 của 19 sở, ban, ngành`, `khối 20 sở`, `(10 đơn vị)`
CAPTION_TOTAL = re.compile(
    rf"(?:(?:của|trong|khối)\s+(?P<total>\d{{1,3}})\s+(?:{_lower(RANKED_FIELDS)}){_END}"
    rf"|\(\s*(?P<count>\d{{1,3}})\s+(?:{_lower(RANKED_FIELDS)})\s*\))[^\n]*\n"
)
CHANGE_CELL = re.compile(r"\s*(?:(?P<verb>tăng|giảm)\s+)?(?P<sign>[+\-−]?)\s*(?P<n>\d{1,2})\s*(?:bậc|hạng)?\s*")
RANK_CELL = re.compile(r"\s*\d{1,3}\s*")
SCORE_CELL = re.compile(r"\s*(?P<value>\d{1,3}(?:,\d{1,4})?)\s*")
# A line of a flattened ranking table: `Hạng 1 – Sở Tư pháp – 82,47 điểm`, `- Hạng 2: Sở Xây dựng (81,90 điểm)`
ROW_LEAD = re.compile(rf"[ \t]*(?:{_BULLET}[ \t]*)?")
ROW_SEPARATOR = re.compile(r"[ \t]*(?:[:|–\t]|-(?!\d))[ \t]*")
# A rank alone in brackets right after a word: `Quảng Ninh (thứ 2)`
NOTE_OPEN_BEFORE = re.compile(r"[^\W\d_]\s*\(\s*$")
NOTE_CLOSE = re.compile(r"\s*(?:,[^()\n]{0,40})?\)")  # `(thứ 2)`, `(thứ 20/20, đạt 70,12 điểm)`
SEQUENCE_BEFORE = re.compile(rf"{_W}(?:{alternation(SEQUENCE_WORDS)})\s*$")
LIST_BEFORE = re.compile(r"(?:[;,:]|\bvà|\bcòn)\s*$")
# A rank in a region, not in the country's ranking (as `dẫn đầu khu vực Tây Nguyên` is no first place):
# `xếp thứ 3 khu vực Tây Nguyên`, `đứng thứ 2 trong vùng`, `xếp thứ 2 cụm thi đua`
REGION_AFTER_RANK = re.compile(
    rf"\s+(?:(?:trong|tại|ở|của|toàn)\s+)?(?:{_lower(w for w in REGION_WORDS if w not in ('khối', 'nhóm', 'phía'))})"
    r"(?![\w])"
)
# A line of a list, opening with a bullet and a name with a colon, then the rank with no verb, maybe after a score:
# `• Quảng Ninh: 91,76% (hạng 1)`, `• Gia Lai: 83,84% – hạng 19, giảm 3 bậc`
LIST_ITEM = re.compile(
    rf"[ \t]*{_BULLET}[ \t]*[^\W\d_][^:\n]{{0,80}}:[ \t]*(?:\d[\d,.]*[ \t]*(?:%|điểm)?[ \t]*(?:\(|[-–,])?[ \t]*)?"
)
BULLET = re.compile(rf"[ \t]*{_BULLET}[ \t]*[^\W\d_]")
# `…xếp thứ 7, Quảng Nam thứ 24`, `; Sở Tư pháp thứ hai (75,14 điểm)`, `, huyện Sa Pa thứ 2`: a name between a list's
# separator and a bare rank (the caller checks that the text writes it as a name)
NAME_LIST_BEFORE = re.compile(
    r"(?:[;,:]|\bvà|\bcòn)\s*(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+|[ \t]*[-–][ \t]*[^\W\d_]+){0,5})\s+$"
)
# what a local unit's name opens with, before the capitalised name itself: `huyện Sa Pa`
LEVEL_WORD = re.compile(rf"(?:{_lower(LOCAL_UNITS)})\s+")
HEAD_OF_PERSON = re.compile(r"(?<![\w])người\s*$")
TITLE_NOT_RANK_AFTER = re.compile(  # but `dẫn đầu Bộ chỉ số 766` leads on an index, not a ministry
    rf"\s+(?:(?:trong|tại|ở|của|toàn|cả)\s+)?(?:{_lower(HEAD_OF_NOUNS + REGION_WORDS)}){_END}(?!\s+chỉ số)"
)
# `Sở Tư pháp đứng đầu khối sở, ngành`, `dẫn đầu trong khối các bộ`, `đứng đầu trong số 19 sở, ban, ngành`: a
# first place among units, where `khối` alone would be a bloc (`khối thi đua`) and `sở` alone a head of
TITLE_AMONG_UNITS = re.compile(
    rf"\s+(?:(?:trong\s+)?khối|trong\s+số)\s+(?:các\s+|(?P<total>\d{{1,3}})\s+)?(?:cấp\s+)?(?:{_lower(RANKED_FIELDS)}){_END}"
)
# `dẫn đầu 63 tỉnh, thành phố`, `đứng đầu 19 bộ, cơ quan ngang bộ`: first of as many as the number says
TITLE_OF_TOTAL = re.compile(rf"\s+(?:trên\s+|trong\s+)?(?P<total>\d{{1,3}})\s+(?:{_lower(RANKED_FIELDS)}){_END}")
_GROUP_FIELD = _lower(f for f in RANKED_FIELDS if f not in ("quốc gia", "nền kinh tế"))
# `nhóm 20 tỉnh`, `top 10 địa phương`, `các tỉnh`, `nhóm`: right before a title, a leading group
GROUP_BEFORE = re.compile(
    rf"(?:{_W}(?:{_lower(GROUP_WORDS)})|(?<![\w,.])(?<!quận )(?<!phường )\d{{1,3}})(?:\s+\d{{1,3}})?"
    rf"(?:\s+(?:{_GROUP_FIELD}))?\s+$"
    rf"|{_W}(?:{_lower(COUNT_WORDS)})\s+(?:{_GROUP_FIELD}|vị trí)\s+$"  # `ba địa phương dẫn đầu`, `hai vị trí dẫn đầu`
    r"|(?<![\w])nào\s+$"  # a question: `chỉ chú ý địa phương nào đứng đầu`
    rf"|{_W}(?:giữa|mọi|mỗi)\s+(?:{_GROUP_FIELD})\s+$"  # `khoảng cách giữa địa phương đứng đầu và đứng cuối`
)
# A goal: `phấn đấu …`, `mục tiêu …` (`TARGET_WORDS`), unless reported met (`đạt mục tiêu`); what comes after
# it in its clause is not a result, until a past marker (`đã`) says one.
TARGET = WordPattern(rf"(?:{_lower(TARGET_WORDS)}){_END}")
TARGET_MET_BEFORE = re.compile(rf"{_W}(?:{_lower(TARGET_MET_VERBS)})(?:\s+được)?\s+$")
PAST_MARKER = WordPattern(rf"(?:đã|vừa){_END}")
# `hai tỉnh`, `Hai địa phương này`, `các tỉnh trên`: a group named before, referred back to
GROUP_REFERENCE = re.compile(
    rf"{_W}(?:{_lower(COUNT_WORDS)}|\d|các|những)\s+(?:{_GROUP_FIELD})(?:\s+(?:này|trên|đó|nói trên))?{_END}"
)
# `Một tỉnh xếp thứ 5 hay thứ 50 không nói lên tất cả`: no one's rank, a supposition
ANY_SUBJECT_BEFORE = re.compile(
    rf"{_W}(?:một|mỗi|bất kỳ|bất cứ)\s+(?:{_lower(RANKED_FIELDS)})\s+(?:(?:nào|có thể|dù)\s+)?$"
)
# `xếp thứ 30 trở lên`: a bound of a goal or a rule, not a place
BOUND_AFTER = re.compile(r"\s*(?:trở lên|trở xuống|trở về trước)")
CLAUSE_BREAK = re.compile(r"[,;.]\s")
# Between a rank and the index named right after it: `dẫn đầu Chỉ số CCHC`, `xếp thứ 5 cả nước về PCI`.
INDEX_RIGHT_AFTER = re.compile(r"\s+(?:(?:trên\s+)?(?:cả nước|toàn quốc)\s+)?(?:về\s+)?(?:bảng xếp hạng\s+)?")
TITLE_ABOUT = re.compile(r"\s+(?:cả nước\s+|toàn quốc\s+)?về\s+")
# A rank on an economic figure, not on an index (`về tổng điểm`, `về chỉ số này`, a paraphrase of an index's name are
# on one): `xếp thứ 3 cả nước về tăng trưởng GRDP`
NOT_INDEX_TOPIC_AFTER = re.compile(rf"{TITLE_ABOUT.pattern}(?:{_lower(NOT_INDEX_TOPICS)}){_END}")
# A lead held over years no one names: `liên tục dẫn đầu trong nhiều năm`, `dẫn đầu nhiều năm liền`
MANY_YEARS_AFTER = re.compile(r"\s+(?:(?:trong|qua|suốt)\s+)?nhiều năm(?![\w])")
# A rank in a contest, not on an index: `xếp thứ nhất toàn đoàn tại Hội thao`, `đội bóng đá … xếp thứ nhất`
CONTEST = WordPattern(rf"(?:{_lower(CONTEST_WORDS)}){_END}")

_INDEX_ABBR = _lower(INDEX_ABBREVIATIONS)
INDEX_CODES: dict[str, str] = {k.lower(): v for k, v in (INDEX_FULL_NAMES | INDEX_ABBREVIATIONS).items()}
_INDEX_FULL = _lower(INDEX_FULL_NAMES)
# Every alternative opens with a bare literal (no optional `bộ`, no group around the abbreviations), so the
# matcher skips to the possible first letters instead of trying the whole pattern at every character
# (five times faster); `index_code` reads which alternative matched.
INDEX = WordPattern(
    rf"(?:bộ\s+chỉ số\s+(?P<set_full>{_INDEX_FULL})|chỉ số\s+(?P<full>{_INDEX_FULL})|{_INDEX_ABBR}){_END}"
)


# What joins the names of a list of indices: `PAR INDEX và SIPAS`, `PCI, PAPI`
INDEX_LIST_JOIN = re.compile(r"\s*(?:,|&|và|hoặc|,\s*và)\s*")
# Between the last of a list of sub-indices and the rank they share: `Hạ tầng số và Nhận thức số cùng xếp thứ 1/63`.
SHARED_RANK = re.compile(r"\s*(?:(?:cùng|đều|cùng đều)\s+)?")
# The head word before an abbreviation or a sub-index, `Chỉ số PCI`, `nội dung Công khai`: always matches, empty when
# absent.
INDEX_HEAD = re.compile(r"(?:(?:bộ\s+)?chỉ số|nội dung|lĩnh vực|trụ cột)\s+(?:(?:thành phần|nội dung)\s+)?|")


def index_code(m: re.Match[str]) -> str:
    """The index an `INDEX` match names."""
    return INDEX_CODES[m["full"] or m["set_full"] or m.group()]


# The year a ranking is for: `năm 2019`, written right after an index (`PCI 2022`), or a month's (`tháng 12/2023`,
# the month of a monthly index), or the day's the results run to (`tính đến ngày 20/12/2024 tỉnh đạt 80,17 điểm`).
YEAR = WordPattern(
    rf"(?:(?:năm|{_INDEX_ABBR})\s+|tháng\s+\d{{1,2}}\s*/\s*"
    r"|tính\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*)"
    rf"(?P<year>(?:19|20)\d\d){_END}"
)
# A list of years: `năm 2020, 2021 và 2022`, `năm 2021 và năm 2022`
YEAR_LIST = re.compile(r"năm\s+(?:19|20)\d\d(?:\s*(?:,|và|,\s*và)\s*(?:năm\s+)?(?:19|20)\d\d(?!\d))+")
# The year of the article's statement, written without a number: `năm nay lùi xuống vị trí thứ 4`
THIS_YEAR = re.compile(rf"{_W}năm\s+(?:nay|này){_END}")
# What every `YEAR` match holds: a stretch without it holds no year.
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# A year that is only a point of comparison, a bound or when the results came out: `so với năm 2022`, `từ năm 2016`,
# `giai đoạn 2016`, `2016 đến năm 2020`, `công bố hồi tháng 4/2024`, `do Bộ Nội vụ công bố tháng 5/2025`; not `đến năm
# 2023 cải thiện lên thứ 9/63`.
YEAR_NOT_OWN = re.compile(
    r"(?:so với|so|từ|trước|sau|giai đoạn|nhiệm kỳ|\d\s*(?:đến|tới)|công bố(?:\s+(?:hồi|vào|trong))?)\s*$"
)

# `85,52%`, `70,94 điểm`, `40,62/80 điểm`, `11,98/13,5 điểm` (points out of a scale); a decimal is read whole or not
# at all (no `40,6` out of `40,62/80`); the value opens with a plain `\d`, which lets the matcher skip to digits.
SCORE = re.compile(
    r"(?P<value>\d\d{0,2}(?!\d)(?:,\d{1,4}(?!\d))?)(?:\s*/\s*(?:\d{2,3}|\d{1,2},\d\d?)(?=\s*điểm))?"
    r"\s*(?P<unit>%|điểm(?![\w]))?"
    r"(?!\s*/\s*\d|\s*[-–]\s*\d|[\d,.]\d)"
)
# A score in brackets right after the rank is that rank's: `đứng thứ ba (70,94 điểm)`, `xếp thứ 5 (đạt 85,2%)`;
# other brackets hold comparisons (`(năm 2018 là 81,24%, …)`) and stay refused.
# Where, after a rank, the next statement opens: another index or sub-index (`…, chỉ số “Công khai” đạt 5,38 điểm`,
# `xếp thứ 51/63 và SIPAS 2020 đạt 85,32%`)
# or another year (`xếp thứ 24/63, năm 2023 tăng 8 bậc lên thứ 16/63 và năm 2024 đạt 68,37 điểm`), or a contrast
# with another (`Hà Nội xếp thứ 4, trong khi TP Hồ Chí Minh giảm 3 hạng`).
NEXT_STATEMENT = re.compile(
    r"(?:[,;]|\s(?:và|còn))\s*(?:(?:còn|riêng|trong khi)\s+)?(?:(?:bộ\s+)?chỉ số(?![\w])|năm\s+(?:19|20)\d\d(?!\d)"
    rf"|(?:{_INDEX_ABBR})(?![\w]))"
    r"|,\s*trong khi\s"
)
SCORE_NOTE = re.compile(r"(?:\s+là\s+[^(),;\n]{1,40}?)?\s*\(\s*(?:(?:đạt|với)\s+)?")  # also `thứ ba là Bình Định (…)`
SCORE_AFTER_BRACKET = re.compile(r"\)\s*,?\s*(?:với|đạt)\s+")
SCORE_BEFORE_BRACKET = re.compile(
    r"(?:(?:đạt|với|là)\s+|:\s*)(?P<value>\d\d{0,2}(?:,\d{1,4})?)\s*(?P<unit>%|điểm)\s*\(\s*$"
)
CHANGE_AFTER_BRACKET = re.compile(r"\)\s*,?\s*(?:(?:với|đạt)\s+\d[\d,]*\s*(?:%|điểm)\s*,?\s*)?")  # past its score
SCORE_NOTE_END = re.compile(r"\s*[),;]")
# What every score `_find_scores` keeps holds: a unit, or a decimal comma.
SCORE_HINT = re.compile(r"%|điểm|\d,\d")
SCORE_GLUED_BEFORE = frozenset(",./-")  # `5,46`, `11/5`, `2016-2020`: the digits continue another number
SCORE_VERB_BEFORE = re.compile(r"(?:đạt|là|với|được)\s*(?:\w+\s+){0,3}$")  # `với giá trị DTI 0,6231`
# A change, a bound or a range is not the score: `tăng 2,46 điểm`, `trên 80%`, `từ 80% - 90%`.
SCORE_NOT_OWN_BEFORE = re.compile(
    r"(?:(?:tăng|giảm|hơn|thêm|trên|dưới|từ|khoảng|gần|chênh lệch|trung bình)\s*(?:\w+\s+){0,2}|%\s*[-–]\s*)$"
)
CHANGE = WordPattern(
    rf"(?P<verb>{alternation(CHANGE_VERBS)})\s+(?:thêm\s+)?(?P<n>\d{{1,2}})\s+(?:bậc|hạng|vị trí|bước){_END}"
)
# One change per rank of a list: `lần lượt xếp thứ 9/63 và 14/63, tăng 4 và 2 bậc`
CHANGE_LIST = WordPattern(
    rf"(?P<verb>{alternation(CHANGE_VERBS)})\s+(?:thêm\s+)?"
    r"(?P<items>\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*và\s+\d{1,2})\s+(?:bậc|hạng|vị trí|bước)(?![\w])"
)
# What every `CHANGE` match holds: a stretch without it states no change.
CHANGE_HINT = re.compile(r"\d\s+(?:bậc|hạng|vị trí|bước)")
CHANGE_SIGNS: dict[str, int] = {k.lower(): v for k, v in CHANGE_VERBS.items()}

COMPONENT_NAMES: dict[str, dict[str, str]] = {
    code: {name.lower(): value for name, value in names.items()} for code, names in COMPONENTS.items()
}
COMPONENT = {code: WordPattern(rf"(?:{_lower(names)}){_END}") for code, names in COMPONENTS.items()}
# Between a sub-index and a bracket holding its rank: up to two words (`Tính năng động của chính quyền tỉnh (`).
BEFORE_BRACKET = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*")
# Between sub-indices listed after a rank: `… của chính quyền tỉnh và chỉ số đào tạo lao động`
COMPONENT_LIST_NEXT = re.compile(r"\s*(?:,|và|,\s*và)\s+(?:(?:chỉ số|nội dung|lĩnh vực)\s+)?[“\"]?")
# What opens a sentence before the sub-index that is its topic: `Ở chỉ số nội dung `, `Về lĩnh vực “`
COMPONENT_TOPIC_BEFORE = re.compile(
    r"\s*(?:ở|về|với|đối với)\s+"
    r"(?:(?:bộ\s+)?chỉ số\s+(?:(?:thành phần|nội dung)\s+)?|(?:lĩnh vực|trụ cột|nhóm chỉ số|nội dung)\s+)?[“\"]?"
)
# What names a sub-index as one, right before its name: `chỉ số thành phần cải cách thủ tục hành chính`
_SUB_INDEX_WORD = r"chỉ số\s+(?:thành phần|nội dung)\s"
SUB_INDEX_WORD = re.compile(_SUB_INDEX_WORD)
SUB_INDEX_WORDS = re.compile(rf"{_SUB_INDEX_WORD}\s*[“\"]?$")
# A line of a list labelled with a sub-index, after its bullet (`ROW_LEAD`): `• Cải cách thủ tục hành chính: dẫn đầu …`
LABEL_END = re.compile(r"\s*:")
ANY_COMPONENT = re.compile(rf"(?:{_lower(name for names in COMPONENTS.values() for name in names)}){_END}")
# Between a rank and the sub-index it is on, named after it: `đứng đầu cả nước về chỉ số Tiếp cận đất đai`, `dẫn đầu
# cả nước ở chỉ số Chi phí thời gian`.
COMPONENT_AFTER = re.compile(
    r"\s+(?:cả nước\s+|toàn quốc\s+)?(?:về\s+(?:(?:bộ\s+)?chỉ số\s+(?:(?:thành phần|nội dung)\s+)?|nội dung\s+)?"
    r"|(?:ở|trong)\s+(?:bộ\s+)?chỉ số\s+(?:(?:thành phần|nội dung)\s+)?"
    r"|(?:(?:ở|về|trong)\s+)?(?:lĩnh vực|trụ cột|nhóm chỉ số)\s+)[“\"]?"
)

# `tỉnh` alone, the word a province is referred back by
PROVINCE_WORD = re.compile(r"(?<![\w])tỉnh(?![\w])")
# no look-behind here: it would cost the matcher its fast scan; the caller checks the word start
PROVINCE = re.compile(rf"(?:{alternation((*NOT_PROVINCES, *PROVINCES))}){_END}")
_SECTOR = _lower(SECTORS)
# Run on the folded text; the caller cuts `local` to the words that are capitalised in the text itself.
UNIT = WordPattern(
    rf"(?:(?:sở|bộ)\s+(?:{_SECTOR})|{_lower(AGENCIES)}|(?:{_lower(LOCAL_UNITS)})\s+"
    rf"(?P<local>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){{0,3}})"  # `huyện Ia H’Drai`, `Ea H'leo`
    rf"|(?:quận|phường)\s+\d{{1,2}}(?![\d/.,]\d)){_END}"  # numbered: `Quận 1`, `Phường 5`
)
# The level word of a local unit right before a name: `thành phố Tuyên Quang`, `thị xã Quảng Trị`.
LOCAL_LEVEL_BEFORE = re.compile(rf"{_W}(?P<level>{_lower(LOCAL_UNITS)})\s+$")
# What may open a clause before its subject: `Đáng chú ý, `, `Năm 2023, `.
CLAUSE_LEAD = re.compile(r"\s*(?:[^,;.\n]{0,30},\s*)?")
# A unit that announces or reports a ranking, not one ranked: `Bộ Nội vụ công bố …`, `Sở Nội vụ cho biết …`.
ANNOUNCER_AFTER = re.compile(
    r"\s+(?:(?:đã|vừa|mới)\s+)?(?:công bố|ban hành|tổ chức|phê duyệt|thông báo|cho biết|chủ trì|đánh giá|xác định)"
)
# A province compared with, not ranked: `chỉ sau Đà Nẵng`, `vượt qua Hà Nội`, `so với Bắc Ninh`.
COMPARED_WITH_BEFORE = re.compile(r"(?<![\w])(?:sau|trước|vượt|vượt qua|hơn|so với)\s+$")
UNIT_BEFORE_NOT_SUBJECT = re.compile(r"(?:theo|của|do|với|từ|tại|cùng)\s*$")
# Between an index and its owner: `Chỉ số DDCI năm 2023 của huyện Lộc Ninh`.
OWNER_AFTER_INDEX = re.compile(r"(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s+của\s+")
# A subject named after the rank is in the rank's own clause: past a `,` the name opens the next statement
# (`Quảng Ninh tiếp tục dẫn đầu, Hải Phòng xếp thứ hai`).
SUBJECT_AFTER = re.compile(r"\s*(?:là\s+|thuộc về\s+)?(?P<level>(?:tỉnh|thành phố|tp\.?)\s+)?")
SUBJECT_IS = WordPattern(r"là\s")
# After the subject of a table row, its score: `– 82,47 điểm`, `(81,90 điểm)`, `: đạt 80,15%`
ROW_SCORE_BEFORE = re.compile(r"[ \t]*(?:[-–:|(,][ \t]*)?(?:(?:đạt|với)[ \t]+)?")
# What may stand between a subject and its rank: `Quảng Ninh tiếp tục giữ vững ngôi vị quán quân`.
_ADVERBS = (
    r"(?:\s+(?:tiếp tục|vẫn|đã|vừa|lại|cũng|giữ vững|xuất sắc|lần đầu(?: tiên)?"
    r"|(?:lần|năm) thứ \w+ liên tiếp|\w+ năm (?:liên tiếp|liền)))*\s*"  # `lần thứ 2 liên tiếp xếp thứ 1/8`
)
SUBJECT_ADVERBS = re.compile(_ADVERBS)
# A bracketed aside right before the rank, adverbs aside: `(thành phố Thanh Hóa) dẫn đầu`
ASIDE_BEFORE = re.compile(rf"\s*\([^()\n]{{1,60}}\){_ADVERBS}$")
# Two to four capitalised words right before the rank, where no known name stands: `Phú Bình xếp thứ 3/92`; past an
# apposition (`Bằng Thành, một xã vùng cao, xếp thứ 92/92`), a change (`Tuy Phước tăng 4 bậc, vươn lên …`) and
# adverbs. A name only when they open the clause (`NAME_LEAD`) and are no heading words (`NOT_A_NAME`).
_CAPITALISED = rf"[{UPPER}][^\W\d_]*(?:[’'][^\W\d_]+)?"
NAME_BEFORE = re.compile(
    rf"(?<![\w])(?P<name>{_CAPITALISED}(?:[ ]{_CAPITALISED}){{1,3}})"
    rf"(?:,\s+(?:một|là|{_lower(LOCAL_UNITS)})\s+[^,;.\n]{{1,60}},)?"
    rf"(?:\s+(?:tăng|giảm|tụt|thăng)\s+\d{{1,2}}\s+(?:bậc|hạng),?)?{_ADVERBS}$"
)
# `các phường Phan Đình Phùng, Gia Sàng`: a plural unit word, whose level the names listed after it share
PLURAL_BEFORE = re.compile(r"(?<![\w])các\s+$")
LISTED_NAME = re.compile(rf"(?:,[ ]*|[ ]+và[ ]+)(?P<name>{_CAPITALISED}(?:[ ]{_CAPITALISED}){{0,3}})(?![\w])")
NAME_LEAD = re.compile(r"\s*(?:(?:trong khi|còn|riêng|nhưng)\s+|[^,;.\n]{0,30},\s*)?")
NOT_A_NAME = re.compile(
    r"(?:chỉ số|bộ chỉ số|năm|tháng|ngày|theo|trong|tại|với|về|kết quả|bảng|tỉnh|huyện|xã|phường|thành phố|thị xã"
    r"|đơn vị|cơ quan|ubnd|sở|bộ|ban|đây|đó|điều|việc|đặc biệt|đáng chú ý|riêng|còn|sau|trước)(?![\w])"
)
# A unit word with no name right before the rank stands for the unit its sentence named: `Tại huyện Chợ Mới,
# UBND huyện xếp thứ 1/8` (`tỉnh` alone is the province, see `subject_of`).
BARE_UNIT_BEFORE = re.compile(rf"{_W}(?P<word>{_lower(LOCAL_UNITS)}|sở|bộ){_ADVERBS}$")

RANKED_FIELD_AFTER = re.compile(rf"\s+(?:{_lower(RANKED_FIELDS)}){_END}")
YEAR_HEAD_BEFORE = re.compile(rf"{_W}năm\s+(?:19|20)\d\d[^\S\n]+$")  # on the rank's line
COMPARED_YEAR = re.compile(rf"{_W}so(?:\s+với)?\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d){_END}")
COMPARED_YEAR_BEFORE = re.compile(rf"{COMPARED_YEAR.pattern}\s*$")
# A rank among countries (`xếp thứ 86/193 quốc gia`), whose subject is a country (`NATIONS`)
NATIONAL_FIELD = re.compile(r"\s(?:quốc gia|nền kinh tế)$")
NATION = re.compile(rf"(?<![\w])(?:{alternation(NATIONS)}){_END}")
