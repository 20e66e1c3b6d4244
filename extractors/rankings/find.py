"""Find: the phrases that state a rank, before anything is known about whose rank or on which index.

Each rule is a pattern plus the checks that refuse its bait; rules run in priority order and a later
rule never takes a span an earlier one has. They read the lower-cased text (see `patterns`).

>>> text = "năm 2016 xếp thứ 60/63 tỉnh, thành phố; năm 2017 xếp thứ 49/63 tỉnh, thành phố."
>>> [(m.rule, m.places[0].rank, m.places[0].total) for m in find_mentions(text, text, lambda pos: (0, len(text)))]
[('ranking.rank_of_total', 60, 63), ('ranking.rank_of_total', 49, 63)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import NamedTuple

from extractors.rankings import patterns as p
from extractors.scan import starts_word
from extractors.vocab.numbers import ORDINALS, TITLES

Span = tuple[int, int]
SentenceAt = Callable[[int], Span]

_ORDINAL_VALUES = {k.lower(): v for k, v in ORDINALS.items()}
_TITLE_VALUES = {k.lower(): v for k, v in TITLES.items()}
_NEXT_WORD = re.compile(r"\s+(\w)")
# The rules that read a row of a table, whose score is the row's own.
ROW_RULES = frozenset({"ranking.table_row", "ranking.table_column"})
# The rules whose phrase lists several ranks, paired in order with what the sentence lists before them.
LIST_RULES = frozenset({"ranking.respectively", "ranking.rank_list"})
# The rule whose rank stands in brackets after whom it ranks (`Quảng Ninh (thứ 2)`): no rank without that name.
NOTE_RULE = "ranking.bracket_note"
# The rules that need an index near to be a rank: a lead in words (`dẫn đầu`) or a row of a table without one
# is on something else.
TITLE_RULES = frozenset(
    {"ranking.title_word", "ranking.title_among_units", "ranking.title_of_total", "ranking.table_row",
     "ranking.table_column"}
)


@dataclass(frozen=True, slots=True)
class Place:
    """One rank a phrase states; `year` only when written with the rank itself (`từ vị trí 53 (năm 2022)`,
    `lên vị trí 50/63 năm 2021`)."""

    rank: int
    total: int | None = None
    year: int | None = None
    earlier: bool = False  # the first half of `từ … lên …`: the year before the one the sentence is about


@dataclass(frozen=True, slots=True)
class Mention:
    """A rank phrase: its quote span, the rule that found it, and the ranks it states, in order."""

    start: int
    end: int
    rule: str
    places: tuple[Place, ...]
    core: int = -1  # where the rank phrase itself starts (set by `_extend_quote`, which may widen `start`)
    cells: Cells | None = None  # a row of a table with a header (`ranking.table_column`): where its cells are


@dataclass(frozen=True, slots=True)
class Cells:
    """The cells of a table row its header names: whom it ranks, and the score with the unit the header gives."""

    subject: Span
    score: Span | None = None
    unit: str | None = None  # `%` or `điểm`, from the header (`Kết quả (%)`)
    change: Span | None = None  # the change of rank, under `Tăng/giảm`
    index: str | None = None  # the index the table's header or caption names (`Điểm DDCI`)


def find_mentions(text: str, folded: str, sentence_at: SentenceAt) -> list[Mention]:
    """Every rank phrase, in order, none overlapping another; the rules read `folded`, `text` lower-cased."""
    taken: list[Span] = []  # sorted, disjoint
    found: list[Mention] = []
    for finder in (_table_columns, _from_to, _respectively, _last_place, partial(_positions, original=text), _title):
        for mention in finder(folded):
            if _take(taken, mention.start, mention.end):
                found.append(mention)
    found.sort(key=lambda m: m.start)
    results = [
        m for m in found if not is_goal(folded, m.start, m.end, sentence_at) and not _in_contest(folded, m, sentence_at)
    ]
    return [_extend_quote(text, folded, m) for m in _continuing_lists(results, sentence_at)]


def is_goal(folded: str, start: int, end: int, sentence_at: SentenceAt) -> bool:
    """`phấn đấu đến năm 2025 xếp thứ 20/63`, `xếp thứ 30 trở lên`, `Một tỉnh xếp thứ 5 hay thứ 50`: a goal, a bound
    or a supposition, not a result. A goal word counts from its clause's start (the sentence, cut at `;`)."""
    if p.BOUND_AFTER.match(folded, end) or p.ANY_SUBJECT_BEFORE.search(folded, max(0, start - 24), start):
        return True
    s_start, _ = sentence_at(start)
    return goal_before(folded, folded.rfind(";", s_start, start) + 1 or s_start, start)


def _in_contest(folded: str, mention: Mention, sentence_at: SentenceAt) -> bool:
    """Whether a contest is named in the rank's clause (its sentence cut at `;`): a team's rank, not on an index."""
    s_start, s_end = sentence_at(mention.start)
    start = folded.rfind(";", s_start, mention.start) + 1 or s_start
    end = folded.find(";", mention.end, s_end)
    return next(p.CONTEST.finditer(folded, start, s_end if end < 0 else end), None) is not None


def goal_before(folded: str, start: int, pos: int) -> bool:
    """Whether a goal word in `start:pos` makes what stands at `pos` a goal: not when reported met
    (`đạt mục tiêu đề ra, xếp thứ 12`), nor when a past marker (`đã`) comes between it and `pos`, nor in brackets
    opened after it (`Phấn đấu … tăng 5 bậc so với năm 2023 (năm 2023 xếp thứ 41/63)`: the result compared with)."""
    goals = [g for g in p.TARGET.finditer(folded, start, pos)
             if not p.TARGET_MET_BEFORE.search(folded, max(start, g.start() - 16), g.start())]
    if not goals:
        return False
    after = goals[-1].end()
    if folded.rfind("(", after, pos) > folded.rfind(")", after, pos):
        return False
    return next(p.PAST_MARKER.finditer(folded, after, pos), None) is None


def _take(taken: list[Span], start: int, end: int) -> bool:
    """Claim `start:end` unless an earlier rule holds part of it."""
    i = bisect.bisect_left(taken, (start, end))
    if (i and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
        return False
    taken.insert(i, (start, end))
    return True


def _rank(match: re.Match[str]) -> int | None:
    """The rank of a `num`/`ord` pair of groups; ordinals in words only count after `thứ`."""
    if match["num"]:
        return int(match["num"])
    if match.group("pos").endswith("thứ"):
        return _ORDINAL_VALUES[match["ord"]]
    return None


def _positions(text: str, original: str) -> Iterator[Mention]:
    """`xếp thứ 60/63`, `đứng thứ 49/63`, `xếp hạng 10/63`, `nằm vị trí số 44`, `xếp thứ nhất` (after a verb);
    `vị trí thứ 40` (no verb needed); a bare `thứ 3` opening a clause, kept if it continues a list; `xếp thứ 1 và
    thứ 2`, ranks listed after the verb (`ranking.rank_list`); `Quảng Ninh (thứ 2)`, a rank in brackets after a
    word (`ranking.bracket_note`, kept when that word ends a name)."""
    resume = 0
    for match in p.POSITION_RANK.finditer(text):
        if match.start() < resume or not starts_word(text, match.start()):
            continue
        lead = text[max(0, match.start() - 24) : match.start()]
        verb = p.VERB_BEFORE.search(lead)
        start = match.start() - len(lead) + verb.start() if verb else match.start()
        listed = (p.RANK_LIST_AT.match(text, match.start()) or _respective_list(text, match.start())) if verb else None
        if listed:
            # `Quảng Ninh, Bình Định xếp thứ 1 và thứ 2`: ranks paired like `lần lượt` ones
            resume = listed.end()
            yield Mention(start, listed.end(), "ranking.rank_list", _items(listed["items"]))
            continue
        rank = _rank(match)
        if not rank:
            continue
        total = match["total"] or match["total_w"]
        if total and int(total) < rank:
            continue  # `thứ 3/2` is a fraction or a date, not a rank of a field
        if p.REGION_AFTER_RANK.match(text, match.end()):
            continue  # `xếp thứ 3 khu vực Tây Nguyên`: a rank in a region
        if p.NOT_INDEX_TOPIC_AFTER.match(text, match.end()):
            continue  # `xếp thứ 3 cả nước về tăng trưởng GRDP`: a rank on something that is no index
        if _opens_row(text, start) and p.ROW_SEPARATOR.match(text, match.end()):
            # `Hạng 1 – Sở Tư pháp – 82,47 điểm`, `Xếp hạng 3: Sở Y tế (80,15 điểm)`: a line of a ranking table
            place = Place(rank, int(total) if total else None)
            yield Mention(start, match.end(), "ranking.table_row", (place,))
            continue
        if verb or p.BARE_POSITION.match(match["pos"]) or (match["pos"] == "hạng" and total):
            rule = "ranking.rank_number"  # `huyện Lâm Hà hạng 3/12`: with its total, `hạng` needs no verb either
        elif match["pos"] == "thứ" and not p.SEQUENCE_BEFORE.search(lead) and (
            p.LIST_BEFORE.search(lead) or _name_listed_before(text, original, match.start())
        ):
            rule = "ranking.continuation"
        elif _in_list_item(text, match.start()):
            rule = "ranking.list_item"  # `• Quảng Ninh: 91,76% (hạng 1)`
        elif p.NOTE_OPEN_BEFORE.search(lead) and p.NOTE_CLOSE.match(text, match.end()):
            rule = NOTE_RULE  # `tiếp theo là Quảng Ninh (thứ 2) và Hà Nội (thứ 3)`
        else:
            continue
        if match["ord"] and rule == "ranking.rank_number":
            rule = "ranking.ordinal_word"
        elif total and rule == "ranking.rank_number":
            rule = "ranking.rank_of_total"
        end = match.end() if total else match.end("num") if match["num"] else match.end("ord")
        yield Mention(start, end, rule, (Place(rank, int(total) if total else None),))


def _table_columns(text: str) -> Iterator[Mention]:
    """The rows of a table whose header names a rank column, cells apart by tabs (as `parse` writes a table) or by
    bars (as articles paste one): `TT\tĐơn vị\tKết quả (%)\tXếp hạng` over `2\tSở Nội vụ\t92,86\t2`, `Xếp hạng | Cơ
    quan, đơn vị | Chỉ số CCHC (%)` over `1 | Sở Tư pháp | 92,15`. A row counts while the lines run on with as many
    cells as the header, and states a rank in the rank column."""
    if "\t" not in text and "|" not in text:
        return
    header: _Header | None = None
    previous_end = -2
    for line_start, line_end in _lines_with_cells(text):
        cells = _cell_spans(line_start, text[line_start:line_end])
        if line_start != previous_end + 1:
            header = None  # a line without tabs, or a blank one, ends the table
        previous_end = line_end
        read = _table_header(text, cells)
        if read:
            header = read
            continue
        if header is None or len(cells) != header.cells:
            continue
        places = tuple(
            Place(int(rank.group()), header.total if header.total and int(rank.group()) <= header.total else None, year)
            for column, year in header.ranks
            if (rank := p.RANK_CELL.fullmatch(text, *cells[column]))
        )
        if places and text[slice(*cells[header.subject])].strip():
            score = cells[header.score] if header.score is not None else None
            change = cells[header.change] if header.change is not None else None
            row = Cells(cells[header.subject], score, header.unit, change, header.index)
            yield Mention(line_start, line_end, "ranking.table_column", places, cells=row)


def _lines_with_cells(text: str) -> Iterator[Span]:
    """The lines that hold a tab or a bar, found from those marks (a literal scan), each once."""
    pos = 0
    while (mark := p.CELL_BREAK.search(text, pos)) is not None:
        start = text.rfind("\n", 0, mark.start()) + 1
        end = text.find("\n", mark.end())
        end = len(text) if end < 0 else end
        yield start, end
        pos = end


def _cell_spans(start: int, line: str) -> list[Span]:
    spans, pos = [], start
    for cell in p.CELL_BREAK.split(line):
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return spans


class _Header(NamedTuple):
    """The columns a table's header row names, counted from 0, and how many cells its rows have."""

    ranks: tuple[tuple[int, int | None], ...]  # each rank column and the year it names; the score's first
    subject: int
    score: int | None
    unit: str | None  # the score's, from the header (`Kết quả (%)`)
    cells: int
    change: int | None = None
    total: int | None = None  # how many the caption says the table ranks
    index: str | None = None  # the last index the caption and the header name


def _caption_start(text: str, header: int) -> int:
    """Where a table's caption may start: three lines over its header at most, none blank (`KẾT QUẢ … CỦA 19 SỞ, BAN,
    NGÀNH` over `(Kèm theo Báo cáo số 125/BC-UBND …)` over the header)."""
    start = header
    for _ in range(3):
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0 or not text[above : start - 1].strip():
            break
        start = above
    return start


def _table_header(text: str, cells: list[Span]) -> _Header | None:
    """The columns a header row names (rank, subject, score, the score's unit), if it names a rank and a subject."""
    names = [text[start:end].strip() for start, end in cells]
    ranks = [(i, _header_year(name)) for i, name in enumerate(names) if p.RANK_HEADER.fullmatch(name)]
    subject = next((i for i, name in enumerate(names) if p.SUBJECT_HEADER.fullmatch(name)), None)
    if not ranks or subject is None:
        return None
    scores = [i for i, name in enumerate(names) if p.SCORE_HEADER.match(name)]
    # `Điểm đạt được | Tỷ lệ (%)`: the index is its percentage, the points are what it is worked out from
    score = next((i for i in scores if "%" in names[i]), scores[0] if scores else None)
    unit = next((u for u in ("%", "điểm") if u in names[score]), None) if score is not None else None  # `Điểm (%)`
    if score is not None and (year := _header_year(names[score])):
        ranks.sort(key=lambda column: column[1] != year)  # `Điểm 2020 | Xếp hạng 2020 | Xếp hạng 2019`
    change = next((i for i, name in enumerate(names) if p.CHANGE_HEADER.fullmatch(name)), None)
    # the caption over the table says how many it ranks: `KẾT QUẢ CHỈ SỐ CCHC NĂM 2023 CỦA 19 SỞ, BAN, NGÀNH`, `(10 đơn
    # vị)`; the caption and the header, which index (`Điểm DDCI`)
    caption_start, header_end = _caption_start(text, cells[0][0]), cells[-1][1]
    caption = p.CAPTION_TOTAL.search(text, caption_start, cells[0][0])
    total = int(caption["total"] or caption["count"]) if caption else None
    named = [p.index_code(m) for m in p.INDEX.finditer(text, caption_start, header_end)]
    return _Header(tuple(ranks), subject, score, unit, len(cells), change, total, named[-1] if named else None)


def _header_year(name: str) -> int | None:
    found = p.HEADER_YEAR.search(name)
    return int(found.group()) if found else None


def _opens_row(text: str, pos: int) -> bool:
    """Whether only a bullet or spaces stand between the line's start and `pos`."""
    return p.ROW_LEAD.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos) is not None


def _respective_list(text: str, pos: int) -> re.Match[str] | None:
    """`A, B, C lần lượt đạt 76,5 điểm, 74,9 điểm và 73,2 điểm, xếp thứ nhất, thứ hai, thứ ba`: ranks listed with
    commas only, after a `lần lượt` of their clause."""
    if not p.RESPECTIVELY_BEFORE.search(text, max(0, pos - 120), pos):
        return None
    return p.RANK_LIST_COMMAS.match(text, pos)


def _in_list_item(text: str, pos: int) -> bool:
    """Whether `pos` stands in a line of a list, after its bullet and the name with a colon that opens it."""
    line_start = text.rfind("\n", 0, pos) + 1
    return p.LIST_ITEM.fullmatch(text, line_start, pos) is not None


def _name_listed_before(text: str, original: str, pos: int) -> bool:
    """`…, Quảng Nam thứ 24`, `; Sở Tư pháp thứ hai`, `, huyện Sa Pa thứ 2`: a name, written with its capitals in
    the `original` text (after a unit's level word), between a list's separator and the bare rank at `pos`."""
    start = max(0, pos - 40)
    listed = p.NAME_LIST_BEFORE.search(text, start, pos)
    if listed is None:
        return False
    name = listed.start("name")
    if level := p.LEVEL_WORD.match(text, name, pos):
        name = level.end()
    return original[name].isupper()


def _continuing_lists(mentions: list[Mention], sentence_at: SentenceAt) -> Iterator[Mention]:
    """`…; thứ 3 tỉnh Hải Dương` is a rank only after another rank of its sentence."""
    previous: Mention | None = None
    for mention in mentions:
        if mention.rule == "ranking.continuation" and (
            previous is None or previous.start < sentence_at(mention.start)[0]
        ):
            continue
        previous = mention
        yield mention


def _title(text: str) -> Iterator[Mention]:
    """`dẫn đầu`, `quán quân`: refused as `người đứng đầu`, `đứng đầu cơ quan`, `dẫn đầu khu vực Tây Nguyên`,
    `nhóm 20 tỉnh dẫn đầu` (a leading group), and `dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến` (a lead on
    something that is not an index); `đứng đầu khối sở, ngành` is a first place among units."""
    for match in p.TITLE.finditer(text):
        if not starts_word(text, match.start()):
            continue
        lead = text[max(0, match.start() - 30) : match.start()]
        if p.HEAD_OF_PERSON.search(lead) or p.GROUP_BEFORE.search(lead):
            continue
        after = text[match.end() : match.end() + 120]
        end, rule, total = match.end(), "ranking.title_word", None
        if among := p.TITLE_AMONG_UNITS.match(after):
            end, rule, total = end + among.end(), "ranking.title_among_units", among["total"]
        elif of_total := p.TITLE_OF_TOTAL.match(after):
            end, rule, total = end + of_total.end(), "ranking.title_of_total", of_total["total"]
        elif p.TITLE_NOT_RANK_AFTER.match(after) or _about_no_index(after) or p.MANY_YEARS_AFTER.match(after):
            continue
        verb = p.TITLE_VERB_BEFORE.search(lead)
        start = match.start() - len(lead) + verb.start() if verb else match.start()
        yield Mention(start, end, rule, (Place(_TITLE_VALUES[match["title"]], int(total) if total else None),))


def _last_place(text: str) -> Iterator[Mention]:
    """`xếp cuối bảng 63/63`, `Vị trí cuối bảng (17/17) thuộc về Bộ Y tế`: the last place, ranked as the total, after
    a verb or with `vị trí` (no verb needed, as for `vị trí thứ 40`); refused when the rank written is another."""
    for match in p.LAST_PLACE.finditer(text):
        position = p.POSITION_BEFORE.search(text, max(0, match.start() - 12), match.start())
        at = position.start() if position else match.start()
        total = int(match["total"] or match["total_w"])
        lead = text[max(0, at - 24) : at]
        verb = p.VERB_BEFORE.search(lead)
        if not (verb or position) or not starts_word(text, at):
            continue
        if match["num"] and int(match["num"]) != total:
            continue
        start = at - len(lead) + verb.start() if verb else at
        yield Mention(start, match.end(), "ranking.last_place", (Place(total, total),))


def _about_no_index(after: str) -> bool:
    """`dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến`: a lead on something, and that something is no index."""
    about = p.TITLE_ABOUT.match(after)
    if not about:
        return False
    # `về Chỉ số CCHC` (a full name, head word included) or `về Chỉ số PCI` (the head word, then an abbreviation), or
    # a sub-index (`về chỉ số Tiếp cận đất đai`)
    head = p.INDEX_HEAD.match(after, about.end())
    return not (
        p.INDEX.pattern.match(after, about.end())
        or p.INDEX.pattern.match(after, head.end())
        or p.ANY_COMPONENT.match(after, head.end())
    )


def _respectively(text: str) -> Iterator[Mention]:
    for match in p.RESPECTIVELY.finditer(text):
        if starts_word(text, match.start()):
            places = _items(match["items"])
            if match["list_total"]:
                total = int(match["list_total"])
                places = tuple(place if place.total else replace(place, total=total) for place in places)
            yield Mention(match.start(), match.end(), "ranking.respectively", places)


def _items(items: str) -> tuple[Place, ...]:
    places = []
    for item in p.ITEM.finditer(items):
        rank = int(item["num"]) if item["num"] else _ORDINAL_VALUES[item["ord"]]
        total = int(item["total"]) if item["total"] and int(item["total"]) >= rank else None
        places.append(Place(rank, total))
    return tuple(places)


def _from_to(text: str) -> Iterator[Mention]:
    for match in p.FROM_TO.finditer(text):
        if not starts_word(text, match.start()):
            continue
        earlier = Place(
            int(match["a"]),
            int(match["a_total"]) if match["a_total"] else None,
            int(match["a_year"]) if match["a_year"] else None,
            earlier=True,
        )
        later = Place(
            int(match["b"]), int(match["b_total"]) if match["b_total"] else None,
            int(match["b_year"] or match["mid_year"]) if match["b_year"] or match["mid_year"] else None,
        )
        yield Mention(match.start(), match.end(), "ranking.from_to", (earlier, later))


def _extend_quote(text: str, folded: str, mention: Mention) -> Mention:
    """Quote as gold does: a clause-initial `năm 2016` before, the ranked field (`tỉnh, thành phố`) after a total."""
    start, end = mention.start, mention.end
    head = p.YEAR_HEAD_BEFORE.search(folded, max(0, start - 16), start)
    if head:
        start = head.start()
    if any(place.total for place in mention.places):
        field = p.RANKED_FIELD_AFTER.match(folded, end)
        if field and not _capitalised_word_at(text, field.end()):
            end = field.end()
    return Mention(start, end, mention.rule, mention.places, mention.start, mention.cells)


def _capitalised_word_at(text: str, pos: int) -> bool:
    """`xếp thứ 2 tỉnh Thái Nguyên`: the `tỉnh` there opens a name, not the field of the ranking."""
    word = _NEXT_WORD.match(text, pos)
    return bool(word) and word[1].isupper()
