"""Attach: whose rank a phrase states, on which index, for which year, with which score and change.

Each attribute is looked for from the nearest text outwards: the phrase's own stretch of its clause
(clauses are cut at `;`, and at the neighbouring rank phrases), then the head of its sentence (what
comes before its first rank, carried into every clause), then its paragraph and the article's title line,
then the article as a whole or what the site says; the index only reaches the paragraph before, never
the whole article (`index_of`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from extractors.context import ArticleText
from extractors.rankings import patterns as p
from extractors.rankings.find import Cells, Mention, Span, goal_before
from extractors.vocab.indices import SCORE_UNITS, UNITS_INDEX
from extractors.vocab.places import AGENCY_NAMES, CENTRAL_CITIES, LOCAL_UNITS, NATIONS, PROVINCES, SECTORS


@dataclass(frozen=True, slots=True)
class Scope:
    """The stretches of text around one rank phrase that its attributes are read from."""

    sentence: Span
    clause: Span  # cut at `;`
    head: Span  # sentence start up to the sentence's first rank phrase
    before: Span  # clause start, or where the previous phrase's subject ends, up to this phrase
    after: Span  # this phrase's end up to the clause end or the next phrase
    bracketed: bool = False  # the phrase stands in brackets, which are then its clause: `(năm 2022 xếp hạng 43/63)`
    previous_end: int = -1  # where the clause's previous rank phrase ends (-1 when this is its first)


@dataclass(frozen=True, slots=True)
class Score:
    value: float
    unit: str | None


_UNITS = {"%": "percent", "điểm": "points"}  # the unit as written -> `score_unit`
_CITY_LEVELS = frozenset({"thành phố", "tp.", "tp"})  # a city's level words (folded), as against a district's
_PROVINCES = frozenset(PROVINCES.values())
_UNITS_ONLY = frozenset(UNITS_INDEX.values())  # indices that rank a province's units, never a province


class Evidence:
    """The article as the attributes read it: its text, folded text, and what it says beyond one sentence."""

    def __init__(self, article: ArticleText, folded: str, phrases: list[Span] | None = None) -> None:
        self.article = article
        self.text = article.text
        self.folded = folded
        self.phrases = phrases or []  # the rank phrases found, in order
        # The rules ask about the same stretches again and again (one per place, index and attribute):
        # each scan of a stretch is kept, keyed by what was scanned.
        self._memo: dict[tuple, list] = {}

    def cached(self, scan: Callable[[Evidence, int, int], list], start: int, end: int) -> list:
        """`scan(self, start, end)`, computed once per stretch (not to be changed by the caller)."""
        key = (scan, start, end)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = scan(self, start, end)
        return found

    @cached_property
    def title_index(self) -> str | None:
        return _only({code for _, _, code in self.indices(*self.article.title)})

    @cached_property
    def title_year(self) -> int | None:
        return _only({year for _, year in self.years(*self.article.title)})

    @cached_property
    def title_province(self) -> str | None:
        return _only({name for _, _, name in self.provinces(*self.article.title)})

    @cached_property
    def named_indices(self) -> frozenset[str]:
        """Every index the article names."""
        return frozenset(code for _, _, code in self.all_indices)

    @cached_property
    def sole_index(self) -> str | None:
        """The only index the article names."""
        return _only(set(self.named_indices))

    @cached_property
    def all_indices(self) -> list[tuple[int, int, str]]:
        return self.indices(0, len(self.text))

    @cached_property
    def all_years(self) -> list[tuple[int, int]]:
        """`years` of the whole article, with the brackets counted as they go (not from the start at every year)."""
        text, found, depth, last = self.text, [], 0, 0
        for at, _, year in _year_matches(self, 0, len(text)):
            depth += text.count("(", last, at) - text.count(")", last, at)
            last = at
            if depth <= 0:
                found.append((at, year))
        return found

    def in_phrase(self, pos: int) -> bool:
        """Whether `pos` stands inside one of the rank phrases."""
        i = bisect_right(self.phrases, (pos, len(self.text)))
        return bool(i) and self.phrases[i - 1][1] > pos

    def last_before(self, found: list[tuple], pos: int) -> tuple | None:
        """The last of `found` (whole-article finds, in order) that starts before `pos`: a bisection, so that a long
        text asked this at every rank is not read again from its start each time."""
        i = bisect_left(found, (pos,))
        return found[i - 1] if i else None

    @cached_property
    def _index_years(self) -> dict[str, list[tuple[int, int]]]:
        """Per index, the years written with it (`Chỉ số CCHC năm 2024`, `PCI 2024`, `(PAPI) năm 2018`), in order."""
        starts = [start for start, _, _ in self.all_indices]
        written: dict[str, list[tuple[int, int]]] = {}
        for at, year in self.all_years:
            i = bisect_right(starts, at)
            for start, end, code in self.all_indices[max(0, i - 2) : i]:
                if start == at or (at - end <= 80 and not self.folded[end:at].replace(")", "").strip()):
                    written.setdefault(code, []).append((at, year))
                    break
        return written

    @cached_property
    def ranked_indices(self) -> list[tuple[int, int, str]]:
        """The indices named that can rank a province (not one of units only, DDCI)."""
        return [found for found in self.all_indices if found[2] not in _UNITS_ONLY]

    @cached_property
    def title_unit(self) -> str | None:
        """The headline's only named unit (`Bộ Tư pháp giữ vững vị trí thứ hai …`): whose ranks an article on one
        ministry or department states without naming it again."""
        start, end = self.article.title
        return _only({
            name for _, unit_end, name in self.units(start, end)
            if not p.ANNOUNCER_AFTER.match(self.folded, unit_end, end)  # `Bộ Nội vụ công bố Chỉ số CCHC 2023`
        })

    @cached_property
    def sole_province(self) -> str | None:
        """The only province the article names: whose ranks they are when no sentence says."""
        return _only({name for _, _, name in self.provinces(0, len(self.text))})

    def index_year(self, index: str, pos: int) -> int | None:
        """The year written with `index` nearest before `pos` (`Chỉ số CCHC năm 2024`, `PCI 2024`); for the headline,
        the first the body writes."""
        written = self._index_years.get(index, [])
        before = self.last_before(written, pos)
        if before or pos >= self.article.title[1]:
            return before[1] if before else None
        return written[0][1] if written else None  # a headline's year is the body's

    def indices(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self.cached(Evidence._indices, start, end)

    def _indices(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), p.index_code(m)) for m in p.INDEX.finditer(self.folded, start, end)]

    def years(self, start: int, end: int) -> list[tuple[int, int]]:
        return self.cached(Evidence._years, start, end)

    def _years(self, start: int, end: int) -> list[tuple[int, int]]:
        """Years a ranking can be for: `năm 2019`, `PCI 2022`; not `so với năm 2022`, not in brackets."""
        return [(at, year) for at, _, year in _year_matches(self, start, end) if not self.in_brackets(start, at)]

    def in_brackets(self, start: int, pos: int) -> bool:
        return self.text.count("(", start, pos) > self.text.count(")", start, pos)

    def provinces(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self.cached(Evidence._provinces, start, end)

    def _provinces(self, start: int, end: int) -> list[tuple[int, int, str]]:
        text = self.text
        return [
            (m.start(), m.end(), PROVINCES[m.group()])
            for m in p.PROVINCE.finditer(text, start, end)
            if m.group() in PROVINCES and not (m.start() and text[m.start() - 1].isalnum())
            and not self._names_local_unit(m.start(), m.group())
        ]

    def _names_local_unit(self, pos: int, name: str) -> bool:
        """Whether the province name at `pos` names a district or city there: `thành phố Tuyên Quang`, `thị xã
        Quảng Trị` (found by `named_units`)."""
        level = p.LOCAL_LEVEL_BEFORE.search(self.folded, max(0, pos - 12), pos)
        return level is not None and not _is_province(level["level"], name, self.text[level.start() : pos + len(name)])

    def units(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self.cached(Evidence._units, start, end)

    def _units(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The named units that can be a subject: not `theo Sở Nội vụ`, `tại huyện Chợ Mới` (who said it, where)."""
        return [
            found for found in self.named_units(start, end)
            if not p.UNIT_BEFORE_NOT_SUBJECT.search(self.folded, max(0, found[0] - 8), found[0])
            or self._owns_index_before(found[0])
        ]

    def _owns_index_before(self, pos: int) -> bool:
        """`Chỉ số DDCI năm 2023 của huyện Lộc Ninh`: the unit at `pos` is whose the index named before it is."""
        named = self.indices(max(0, pos - 80), pos)
        return bool(named) and p.OWNER_AFTER_INDEX.fullmatch(self.folded, named[-1][1], pos) is not None

    def named_units(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self.cached(Evidence._named_units, start, end)

    def _named_units(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Ministries, departments, districts: `Sở Nội vụ`, `Bộ Tư pháp`, `huyện Chư Păh` (capitalised name)."""
        found = []
        pos = start
        # one match at a time: a local unit's match reads four words on, which may hold the next unit
        # (`thành phố Đồng Xoài và huyện Hớn Quản`); the search resumes where its name ends
        while (m := next(p.UNIT.finditer(self.folded, pos, end), None)) is not None:
            pos = m.end()
            if not m["local"]:
                written = self.text[m.start() : m.end()]
                found.append((m.start(), m.end(), AGENCY_NAMES.get(written, written)))
                continue
            words = self.text[m.start("local") : m.end("local")].split()
            name = " ".join(w for w in _leading_capitalised(words))
            if not name:
                pos = m.start("local")  # `cấp xã cho thấy phường Đức Xuân`: the words read may hold the next unit
                continue
            pos = name_end = m.start("local") + len(name)
            level = self.folded[m.start() : m.start("local")].rstrip()
            # `Thành phố Hồ Chí Minh`, `thành phố Đà Nẵng` are provinces, found by `provinces`
            unit = f"{level} {name}" if level in LOCAL_UNITS else self.text[m.start() : name_end]
            if name not in SECTORS and not _is_province(level, name, self.text[m.start() : name_end]):
                found.append((m.start(), name_end, unit))
                if level in LOCAL_UNITS and p.PLURAL_BEFORE.search(self.folded, max(0, m.start() - 5), m.start()):
                    pos = self._listed_after(found, level, name_end, end)
        return found

    def _listed_after(self, found: list[tuple[int, int, str]], level: str, pos: int, end: int) -> int:
        """`các phường Phan Đình Phùng, Gia Sàng`: the names listed after a plural unit word, each a unit of its level,
        added to `found`; where the list ends."""
        while (listed := p.LISTED_NAME.match(self.text, pos, end)) is not None:
            found.append((listed.start("name"), listed.end("name"), f"{level} {listed['name']}"))
            pos = listed.end("name")
        return pos


def _is_province(level: str, name: str, written: str) -> bool:
    """Whether the local unit `written` (`level` lower-cased, then `name`) is a province: `Thành phố Hồ Chí Minh`,
    `thành phố Đà Nẵng`; not `thành phố Tuyên Quang` (a city of Tuyên Quang), nor `huyện` anything."""
    if written in PROVINCES:
        return True
    return name in PROVINCES and level in _CITY_LEVELS and PROVINCES[name] in CENTRAL_CITIES


def _year_matches(ev: Evidence, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """`YEAR` in `start:end` but for the years that are only a point of comparison or a bound (`so với năm 2022`)."""
    folded = ev.folded
    if not p.YEAR_DIGITS.search(folded, start, end):
        return  # most stretches hold no year: one quick scan instead of the word search
    for m in p.YEAR.finditer(folded, start, end):
        if not p.YEAR_NOT_OWN.search(folded, max(start, m.start() - 14), m.start()):
            yield m.start(), m.end(), int(m["year"])


def _leading_capitalised(words: list[str]) -> Iterator[str]:
    for word in words:
        if not word[0].isupper():
            return
        yield word


_PARAGRAPH_REACH = 3000  # characters back from a sentence that its paragraph is read over (a run-on line is longer)


def _paragraph_start(ev: Evidence, scope: Scope) -> int:
    """Where the paragraph of the phrase's sentence starts, no further back than `_PARAGRAPH_REACH`."""
    start = scope.sentence[0]
    return max(ev.text.rfind("\n", 0, start) + 1, start - _PARAGRAPH_REACH)


def _previous_line_start(text: str, line_start: int) -> int:
    """Where the last non-blank line before the line starting at `line_start` starts (0 if there is none)."""
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1


def _is_heading(line: str) -> bool:
    """A short line that ends no sentence: `Chỉ số SIPAS`, `3. Chỉ số hài lòng của người dân, tổ chức (SIPAS)`."""
    line = line.strip()
    return 0 < len(line) <= 90 and line[-1] not in ".;:!?"


def _only(values: set) -> object:
    return next(iter(values)) if len(values) == 1 else None


def scopes(ev: Evidence, mentions: list[Mention]) -> list[Scope]:
    text = ev.text
    ends = [m.end for m in mentions]  # in order of start, and none holds another: in order of end too
    out: list[Scope] = []
    for i, m in enumerate(mentions):
        s_start, s_end = ev.article.sentence_at(m.start)
        bracket = _bracket_around(text, s_start, s_end, m)
        if bracket:
            # a rank in brackets is an aside (`tăng 10 bậc so với năm 2022 (năm 2022 xếp hạng 43/63)`): its
            # year, score and change are read inside the brackets only
            c_start, c_end = bracket
        else:
            c_start = text.rfind(";", s_start, m.start) + 1 or s_start
            c_end = text.find(";", m.end, s_end)
            c_end = s_end if c_end < 0 else c_end
        before, previous_end = c_start, -1
        if i and mentions[i - 1].end > c_start:
            # What follows a rank belongs to it until a new subject or year opens the next one:
            # `Sở Tư pháp đứng đầu với 85,2 điểm, UBND huyện Chư Păh đứng thứ 2`.
            before = previous_end = mentions[i - 1].end
            # not the previous phrase's own subject, named right after it (`dẫn đầu là Quảng Ninh với 92,16%`)
            lead = p.SUBJECT_AFTER.match(ev.folded, before, m.core)
            own = _name_starts(lead) if lead else ()
            opening = [s for s, _, _ in (*ev.provinces(before, m.core), *ev.units(before, m.core)) if s not in own]
            opening += [s for s, _ in ev.years(before, m.core)]
            before = min(opening, default=before)
        next_start = mentions[i + 1].start if i + 1 < len(mentions) and mentions[i + 1].start < c_end else c_end
        first = mentions[bisect_right(ends, s_start)].core  # the sentence's first rank phrase
        stretches = ((s_start, s_end), (c_start, c_end), (s_start, first), (before, m.core), (m.end, next_start))
        out.append(Scope(*stretches, bracketed=bool(bracket), previous_end=previous_end))
    return out


def _name_starts(lead: re.Match[str]) -> tuple[int, int]:
    """Where a name after a `SUBJECT_AFTER` lead starts: at its level word (`thành phố Hòa Bình`, a unit), or past it
    (`tỉnh Quảng Ninh`, a province)."""
    return (lead.start("level") if lead["level"] else lead.end(), lead.end())


def _bracket_around(text: str, s_start: int, s_end: int, m: Mention) -> Span | None:
    """The inside of the brackets of its sentence that hold the rank phrase, if any."""
    opening = text.rfind("(", s_start, m.core)
    if opening < 0 or text.find(")", opening, m.core) >= 0:
        return None
    closing = text.find(")", m.end, s_end)
    return (opening + 1, closing) if closing >= 0 else None


def year_of(ev: Evidence, scope: Scope, mention: Mention, index: str | None) -> tuple[int | None, bool]:
    """The year and whether it was inferred from the publish date rather than read; past the phrase's sentence,
    paragraph and headline, the year the article writes with the phrase's index before (`Chỉ số CCHC năm 2024`),
    then the publish date's, then the last year the article names before."""
    written = [place.year for place in mention.places if place.year and not place.earlier]
    if written:  # `lên vị trí 50/63 năm 2021`: the year written with the rank itself
        return written[0], False
    before = ev.years(*scope.before)
    this_year = p.THIS_YEAR.search(ev.folded, before[-1][0] if before else scope.before[0], scope.before[1])
    if this_year:  # `Bộ Công Thương, đơn vị dẫn đầu năm 2022, năm nay lùi xuống vị trí thứ 4`: the article's year
        return _article_year(ev, scope, mention, index)
    if before:
        return before[-1][1], False
    if after := ev.years(*scope.after):
        return after[0][1], False
    if scope.bracketed:
        # `cải thiện 8 bậc so với năm 2022 (xếp thứ 23)`: the rank of the year compared with
        compared = p.COMPARED_YEAR_BEFORE.search(ev.folded, scope.sentence[0], scope.clause[0] - 1)
        if compared:
            return int(compared["year"]), False
    earlier = ev.years(scope.sentence[0], mention.core)  # the sentence's earlier clauses, nearest first
    if earlier:
        return earlier[-1][1], False
    # not a year another rank phrase holds (`…xếp thứ nhất; thị xã Quảng Trị từ vị trí thứ 8 năm 2022 vươn lên …`)
    if later := [found for found in ev.years(mention.end, scope.sentence[1]) if not ev.in_phrase(found[0])]:
        return later[0][1], False
    paragraph = _paragraph_start(ev, scope)
    if earlier := ev.years(paragraph, scope.sentence[0]):  # `Năm 2022, … . Hà Giang và Cao Bằng lần lượt …`
        return earlier[-1][1], False
    return _article_year(ev, scope, mention, index)


def _article_year(ev: Evidence, scope: Scope, mention: Mention, index: str | None) -> tuple[int | None, bool]:
    """The year the article is about: its headline's, the one it writes with the index, the publish date's (inferred),
    else the last it names before."""
    if ev.title_year:
        return ev.title_year, False
    if index and (stated := ev.index_year(index, mention.start)):
        return stated, False
    published = ev.article.context.published
    if published:
        # The indices are announced in the spring after the year they measure.
        return published.year - 1, True
    # with no date to go by, the last year the article named before (`Năm 2024, Sở Nội vụ phát ra 4.800 phiếu …`)
    earlier = ev.last_before(ev.all_years, scope.sentence[0])
    return (earlier[1], False) if earlier else (None, False)


def listed_years(ev: Evidence, scope: Scope, mention: Mention, year: int | None) -> list[int | None]:
    """`year`, or every year of the list it ends before the phrase: `Năm 2018 và năm 2019, tỉnh giành vị trí á quân`
    states the rank of both."""
    listed = _year_list(ev, *scope.before)
    # the rank's year is the list's last (`năm 2018 và năm 2019`) or first (`các năm 2015, 2016 và 2017`: one `năm`)
    if year not in listed[:1] + listed[-1:] or any(place.year for place in mention.places):
        return [year]
    return listed


def years_listed_before(ev: Evidence, scope: Scope, mention: Mention, count: int) -> list[int]:
    """The years of a list in the phrase's clause before it, one per rank of the phrase's list: `năm 2020, 2021 và
    2022, PCI của tỉnh lần lượt xếp thứ 9, 14 và 9`; none unless as many."""
    years = _year_list(ev, scope.clause[0], mention.core)
    return years if len(years) == count else []


def _year_list(ev: Evidence, start: int, end: int) -> list[int]:
    """The years of the last list of years (`YEAR_LIST`) in `start:end`."""
    listed = list(p.YEAR_LIST.finditer(ev.folded, start, end))
    return [int(year) for year in re.findall(r"\d{4}", listed[-1].group())] if listed else []


def compared_year(ev: Evidence, scope: Scope) -> int | None:
    """`so với năm 2022` in the phrase's clause: the year a change is measured from."""
    m = p.COMPARED_YEAR.search(ev.folded, *scope.clause)
    return int(m["year"]) if m else None


def index_of(ev: Evidence, scope: Scope, mention: Mention) -> list[str | None]:
    """One index, or several when the phrase is followed by a list of them (`quán quân ở trên cả 4 bảng…`)."""
    before = ev.indices(scope.clause[0], mention.core)
    after = ev.indices(*scope.after)
    # `xếp thứ 71/193 quốc gia về Chỉ số …`; past a comma an index opens the next statement
    attached = bool(after) and not p.CLAUSE_BREAK.search(ev.text, scope.after[0], after[0][0])
    right_after = _index_right_after(ev, scope)
    if before and not right_after and not (attached and _attached_to_previous(ev, scope, before[-1][0])):
        return [before[-1][2]]
    if attached:
        return list(dict.fromkeys(code for _, _, code in after))
    if scope.bracketed and (enclosing := ev.indices(*_clause_before_bracket(ev, scope))):
        return [enclosing[-1][2]]  # `dẫn đầu cả nước về PAR INDEX …, tăng 1 bậc so với năm 2016 (xếp thứ 2); …`
    head = ev.indices(*scope.head)
    if head:
        return [head[-1][2]]
    # Beyond the sentence the nearest index only carries so far: an article moves from topic to topic
    # (DDCI of the departments, then the province's PAR INDEX), and a rank two paragraphs past an index
    # is as likely on another one. The paragraph's earlier sentences when they name one index, then the
    # headline's one index, then the last the paragraph names, then the paragraph before (a heading or a
    # lead-in line over its figures).
    paragraph = _paragraph_start(ev, scope)
    named = [code for _, _, code in ev.indices(paragraph, scope.sentence[0])]
    if len(set(named)) == 1:
        return named[-1:]
    above_start = _previous_line_start(ev.text, paragraph)
    while p.BULLET.match(ev.text, paragraph) and above_start < paragraph and p.BULLET.match(ev.text, above_start):
        paragraph, above_start = above_start, _previous_line_start(ev.text, above_start)  # up to the list's heading
    above = ev.indices(above_start, paragraph)
    if above and not named and _is_heading(ev.text[above_start:paragraph]):
        return [above[-1][2]]  # a heading over the paragraph (`Chỉ số SIPAS`) beats the headline
    if ev.title_index or named:
        return [ev.title_index or named[-1]]
    if above:
        return [above[-1][2]]
    # Past those, rather than no index: the last the article named before (`chỉ số hài lòng` two paragraphs over
    # the survey's figures), else its only one, however far after; not an index of units only (DDCI), which a
    # province's rank further on (`Tỉnh Bắc Kạn từ vị trí 63/63 …`) is not on.
    earlier = ev.last_before(ev.ranked_indices, paragraph)
    return [earlier[2] if earlier else None if ev.sole_index in _UNITS_ONLY else ev.sole_index]


def _clause_before_bracket(ev: Evidence, scope: Scope) -> Span:
    """The clause the brackets holding a rank stand in, up to the bracket: from the sentence's start or its last `;`."""
    opening = scope.clause[0] - 1
    return max(scope.sentence[0], ev.text.rfind(";", scope.sentence[0], opening) + 1), opening


def _index_right_after(ev: Evidence, scope: Scope) -> bool:
    """Whether an index is named right after the phrase: what it is a rank on, whatever the clause named before
    (`PAR INDEX và SIPAS 2024: Hải Phòng lần đầu dẫn đầu Chỉ số cải cách hành chính`)."""
    after = ev.indices(*scope.after)
    return bool(after) and p.INDEX_RIGHT_AFTER.fullmatch(ev.folded, scope.after[0], after[0][0]) is not None


def _attached_to_previous(ev: Evidence, scope: Scope, pos: int) -> bool:
    """Whether what stands at `pos` follows the clause's previous rank phrase in its own clause: the `về PCI` of
    `xếp thứ 10 về PCI, thứ 20 về PAPI`."""
    return 0 <= scope.previous_end <= pos and not p.CLAUSE_BREAK.search(ev.text, scope.previous_end, pos)


def units_index(ev: Evidence, index: str | None, subject: str | None, mention: Mention) -> str | None:
    """`index`, or the index of units it stands for (`UNITS_INDEX`) when the rank is among units, not provinces."""
    among_units = mention.rule == "ranking.title_among_units" or (subject is not None and subject not in _PROVINCES)
    if among_units and index is None:
        return _only(set(ev.named_indices & _UNITS_ONLY))  # a rank among units with no index near: the DDCI named
    unit_index = UNITS_INDEX.get(index or "")
    if among_units and unit_index in ev.named_indices:
        return unit_index
    return index


def index_from_list(ev: Evidence, scope: Scope, mention: Mention) -> bool:
    """Whether the index read before the phrase ends a list of several (`Công bố PAR INDEX và SIPAS 2023: Bộ Tư
    pháp tiếp tục dẫn đầu`): the rank may be on any of them."""
    before = ev.indices(scope.clause[0], mention.core)
    return (
        len(before) > 1
        and not _index_right_after(ev, scope)
        and before[-2][2] != before[-1][2]
        and p.INDEX_LIST_JOIN.fullmatch(ev.folded, before[-2][1], before[-1][0]) is not None
    )


def subject_of(ev: Evidence, scope: Scope, mention: Mention) -> str | None:
    closest = (
        (name_before_bracket(ev, scope) if scope.bracketed else None)
        or _subject_right_before(ev, scope, mention)
        or _name_opening_clause(ev, scope, mention)
        or _subject_right_after(ev, mention.end, scope.after[1])
    )
    if closest:
        return closest
    if p.NATIONAL_FIELD.search(ev.folded, mention.core, mention.end):
        # `Việt Nam xếp thứ 86/193 quốc gia`: among countries the subject is a country, not the province
        for start, end in (scope.before, scope.head):
            nations = [NATIONS[m.group()] for m in p.NATION.finditer(ev.text, start, end)]
            if nations:
                return nations[-1]
    for start, end in (scope.before, scope.head):
        named = subjects(ev, start, end)
        if named:
            return named[-1]
    # `tỉnh` alone: the site's province; on a site of none, the province the paragraph last named before
    # (`Bắc Kạn đạt 41,85 điểm. Trước đó, năm 2021 tỉnh xếp thứ 47`), else the headline's only one (an
    # article about one province compares it with others) or its only unit, else the article's only province.
    if ev.article.context.province:
        return ev.article.context.province
    paragraph = _paragraph_start(ev, scope)
    earlier = ev.provinces(paragraph, scope.sentence[0])
    if p.PROVINCE_WORD.search(ev.folded, scope.sentence[0], mention.core):
        # `của tỉnh xếp thứ 2/63` after `Hải Phòng xếp thứ nhất`: a `tỉnh` is no centrally run city
        earlier = [found for found in earlier if found[2] not in CENTRAL_CITIES]
    return earlier[-1][2] if earlier else ev.title_province or ev.title_unit or ev.sole_province


def subjects(ev: Evidence, start: int, end: int) -> list[str]:
    """Provinces anywhere in the stretch; units close before its end (`Sở Nội vụ xếp thứ 1/19`) or opening it
    (`Đáng chú ý, Bộ Giao thông vận tải có bước tiến rõ rệt khi tăng 8 bậc, từ vị trí …`), since elsewhere they
    are often who announced the ranking, and so are they when an announcing verb follows (`Bộ Nội vụ công bố …`)."""
    found = [
        (s, name) for s, _, name in ev.provinces(start, end)
        if not p.COMPARED_WITH_BEFORE.search(ev.folded, max(start, s - 12), s)  # `chỉ sau Đà Nẵng`: who is ahead
    ]
    found += [
        (s, name)
        for s, e, name in ev.units(start, end)
        if len(ev.text[e:end].split()) <= 6
        or (p.CLAUSE_LEAD.fullmatch(ev.folded, start, s) and not p.ANNOUNCER_AFTER.match(ev.folded, e, end))
    ]
    return [name for _, name in sorted(found)]


def listed_subjects(ev: Evidence, start: int, end: int) -> list[str]:
    """The list of provinces and units that ends right before `end` (`Sở Xây dựng và Sở Tài nguyên và Môi trường
    lần lượt …`), however long their names: the subjects of a list of ranks."""
    named = sorted((*ev.provinces(start, end), *ev.units(start, end)))
    if not named or not (
        p.SUBJECT_ADVERBS.fullmatch(ev.folded, named[-1][1], end)
        or p.RESPECTIVELY_GAP.fullmatch(ev.folded, named[-1][1], end)  # `… lần lượt đạt 76,5 điểm, …, xếp thứ nhất`
    ):
        return []
    first = len(named) - 1
    while first and p.INDEX_LIST_JOIN.fullmatch(ev.folded, named[first - 1][1], named[first][0]):
        first -= 1
    return [name for _, _, name in named[first:]]


def subjects_leading_respectively(ev: Evidence, scope: Scope, mention: Mention) -> list[str]:
    """The subjects listed before `lần lượt` right before a title (`Sở Tư pháp và huyện Gia Lâm lần lượt dẫn đầu khối
    sở và khối huyện`): each holds the title in its own field; none unless two or more."""
    if not p.RESPECTIVELY_RIGHT_BEFORE.search(ev.folded, max(scope.before[0], mention.core - 12), mention.core):
        return []
    listed = listed_subjects(ev, scope.before[0], mention.core)
    return listed if len(listed) > 1 else []


def subjects_referred(ev: Evidence, scope: Scope, mention: Mention, count: int) -> list[str]:
    """`Hà Giang và Cao Bằng … . Chỉ số CCHC của hai tỉnh lần lượt xếp thứ 50 và 27`: a group the rank's clause refers
    back to is the last `count` provinces and units its paragraph named before."""
    reference = p.GROUP_REFERENCE.search(ev.folded, scope.before[0], mention.core)
    if not reference:
        return []
    paragraph = _paragraph_start(ev, scope)
    named = sorted((*ev.provinces(paragraph, reference.start()), *ev.units(paragraph, reference.start())))
    latest = list(dict.fromkeys(name for _, _, name in reversed(named)))  # each name where it was last named
    return latest[count - 1 :: -1] if len(latest) >= count else []


def _subject_right_before(ev: Evidence, scope: Scope, mention: Mention) -> str | None:
    """`Quảng Ninh tiếp tục dẫn đầu`: a province or unit right before the rank, adverbs aside; `UBND huyện xếp thứ
    1/8`: a bare unit word there, which stands for the last unit of that kind its sentence named before it."""
    start = scope.before[0]
    bare = p.BARE_UNIT_BEFORE.search(ev.folded, start, mention.core)
    if bare:
        kind = bare["word"]
        named = [u for _, _, u in ev.named_units(scope.sentence[0], bare.start()) if u.lower().startswith(kind)]
        return named[-1] if named else None
    # `phường Quảng Tâm (thành phố Thanh Hóa) dẫn đầu`: whom a bracket names after the subject is not it
    aside = p.ASIDE_BEFORE.search(ev.folded, max(start, mention.core - 80), mention.core)
    end = aside.start() if aside else mention.core
    named = max((*ev.provinces(start, end), *ev.units(start, end)), default=None)
    if named and p.SUBJECT_ADVERBS.fullmatch(ev.folded, named[1], end):
        return named[2]
    return None


def _name_opening_clause(ev: Evidence, scope: Scope, mention: Mention) -> str | None:
    """`Ở khối xã, Phú Bình xếp thứ 3/92`, `An Nhơn tiếp tục đứng đầu`: a proper name no vocabulary knows (a commune,
    a town since the 2025 merger) that opens the rank's clause (`NAME_BEFORE`)."""
    start, end = scope.before
    name = p.NAME_BEFORE.search(ev.text, max(start, end - 120), end)
    if not name or not p.NAME_LEAD.fullmatch(ev.folded, start, name.start()):
        return None
    if p.NOT_A_NAME.match(ev.folded, name.start()):
        return None
    return PROVINCES.get(name["name"], name["name"])  # `TP Hồ Chí Minh giảm 3 bậc, xếp thứ 9`: a province after all


def name_before_bracket(ev: Evidence, scope: Scope) -> str | None:
    """The province or unit whose name ends right before the brackets holding the rank: `Quảng Ninh (thứ 2)`."""
    opening = scope.clause[0] - 1
    start = max(scope.sentence[0], opening - 80)
    named = max((*ev.provinces(start, opening), *ev.units(start, opening)), key=lambda found: found[1], default=None)
    return named[2] if named and not ev.text[named[1] : opening].strip() else None


def row_of(ev: Evidence, mention: Mention, end: int) -> tuple[str | None, Score | None]:
    """The subject and score of a table row (`Hạng 1 – Sở Tư pháp – 82,47 điểm`): the province or named unit
    right after the separator, then a score with its unit."""
    pos = p.ROW_SEPARATOR.match(ev.folded, mention.end).end()
    named = [found for found in (*ev.provinces(pos, end), *ev.named_units(pos, end)) if found[0] == pos]
    if not named:
        return None, None
    _, name_end, subject = named[0]
    lead = p.ROW_SCORE_BEFORE.match(ev.folded, name_end, end)
    return subject, _with_unit(p.SCORE.match(ev.folded, lead.end(), end))


def cells_of(ev: Evidence, cells: Cells) -> tuple[str, Score | None]:
    """The subject and score of a row of a table with a header: the province or unit its subject cell names (the
    cell as written when it names none it knows: `Ban Quản lý dự án`), and the number in its score cell."""
    start, end = cells.subject
    named = sorted((*ev.provinces(start, end), *ev.named_units(start, end)))
    subject = named[0][2] if named else ev.text[start:end].strip()
    score = p.SCORE_CELL.fullmatch(ev.folded, *cells.score) if cells.score else None
    return subject, Score(_value(score), _UNITS[cells.unit]) if score and cells.unit else None


def cell_change(ev: Evidence, cells: Cells) -> int | None:
    """The change of rank a row's `Tăng/giảm` cell states: `+12`, `-1`, `0`, `giảm 2 bậc`."""
    found = p.CHANGE_CELL.fullmatch(ev.folded, *cells.change) if cells.change else None
    if found is None:
        return None
    return -int(found["n"]) if found["sign"] in ("-", "−") or found["verb"] == "giảm" else int(found["n"])


def _subject_right_after(ev: Evidence, pos: int, end: int) -> str | None:
    """`đứng thứ 2 tỉnh Thái Nguyên`, `(17/17) thuộc về Bộ Y tế`: a province or unit named right after the rank;
    `Dẫn đầu bảng xếp hạng Chỉ số CCHC năm 2023 là tỉnh Quảng Ninh`: a province or unit after a `là` of the rank's
    clause (the subject put last)."""
    lead = p.SUBJECT_AFTER.match(ev.folded, pos, end)
    # the name past its level word (a province: `là tỉnh Quảng Ninh`), or with it (a city: `là thành phố Hòa Bình`)
    at = _name_starts(lead) if lead else ()
    named = sorted((*ev.provinces(at[0], end), *ev.units(at[0], end))) if at else None
    if named and named[0][0] in at:
        return named[0][2]
    copula = next(p.SUBJECT_IS.finditer(ev.folded, pos, end), None)
    if copula is None or p.CLAUSE_BREAK.search(ev.text, pos, copula.start()):
        return None
    lead = p.SUBJECT_AFTER.match(ev.folded, copula.start(), end)
    at = lead.end() if lead else -1
    return next((name for start, _, name in (*ev.provinces(at, end), *ev.named_units(at, end)) if start == at), None)


def score_of(ev: Evidence, scope: Scope, index: str | None) -> Score | None:
    """The score in a bracket right after the phrase (`đứng thứ ba (70,94 điểm)`), else the nearest on either
    side: `đạt 80,05%, nằm vị trí số 44`, `dẫn đầu với kết quả đạt 90,61%`; not past the next statement
    (`xếp thứ 7/63, chỉ số “Công khai, minh bạch” đạt 5,38 điểm`)."""
    noted = _score_note(ev, *scope.after, index)
    if noted:
        return noted
    candidates = [*_scores(ev, *scope.before), *_scores(ev, *_own_after(ev, scope))]
    if not candidates:
        return _score_around_bracket(ev, scope) if scope.bracketed else None
    _, value, unit = min(candidates, key=lambda c: min(abs(c[0] - scope.before[1]), abs(c[0] - scope.after[0])))
    return Score(value, unit or SCORE_UNITS.get(index or ""))


def listed_scores(ev: Evidence, scope: Scope, count: int) -> list[Score] | None:
    """One score per rank of a list, in order, when as many follow it (or else go before it) with their units: `lần
    lượt xếp thứ nhất, thứ hai và thứ ba với kết quả 93,79%, 93,32% và 92,03%`."""
    found = [Score(value, unit) for _, value, unit in _scores(ev, *_own_after(ev, scope)) if unit]
    if len(found) != count:  # `lần lượt đạt 76,5 điểm, 74,9 điểm và 73,2 điểm, xếp thứ nhất, thứ hai, thứ ba`
        found = [Score(value, unit) for _, value, unit in _scores(ev, *scope.before) if unit]
    return found if len(found) == count else None


def _score_around_bracket(ev: Evidence, scope: Scope) -> Score | None:
    """A rank in brackets with no score of its own, and a score with its unit right outside: `Sở Văn hóa, Thể thao và
    Du lịch (xếp thứ 19/19) với 62,05 điểm`, `Chỉ số PAPI năm 2024 của tỉnh đạt 42,78 điểm (xếp thứ 40/63)`, `• Quảng
    Ninh: 91,76% (hạng 1)`."""
    lead = p.SCORE_AFTER_BRACKET.match(ev.folded, scope.clause[1], scope.sentence[1])
    if lead:
        return _with_unit(p.SCORE.match(ev.folded, lead.end(), scope.sentence[1]))
    opening = scope.clause[0]  # right after the bracket
    right_before = _with_unit(p.SCORE_BEFORE_BRACKET.search(ev.folded, max(scope.sentence[0], opening - 40), opening))
    if right_before or not _bracket_restates_clause(ev, scope):
        return right_before
    # `Chỉ số PAPI đạt 42,83 điểm, tăng 3 bậc (xếp thứ 17/63)`: the clause's score, when it states no other rank
    found = [(value, unit) for _, value, unit in _scores(ev, *_clause_before_bracket(ev, scope)) if unit]
    return Score(*found[-1]) if found else None


def _bracket_restates_clause(ev: Evidence, scope: Scope) -> bool:
    """Whether a rank in brackets is the rank of the clause it stands in: no year of its own (`(năm 2022 xếp hạng
    43/63)` is the year compared with) and no other rank phrase in the clause before it."""
    start, opening = _clause_before_bracket(ev, scope)
    return not ev.years(*scope.clause) and not any(start <= s < opening for s, _ in ev.phrases)


def _score_note(ev: Evidence, start: int, end: int, index: str | None) -> Score | None:
    """`(70,94 điểm)`, `(đạt 85,2%)`, `(0,6211)` opening right at `start`: a score with its unit, or a decimal in the
    index's unit, and nothing else before."""
    note = p.SCORE_NOTE.match(ev.folded, start, end)
    m = p.SCORE.match(ev.folded, note.end(), end) if note else None
    if not (m and p.SCORE_NOTE_END.match(ev.folded, m.end(), end)):
        return None
    if m["unit"] or "," not in m["value"]:
        return _with_unit(m)
    return Score(_value(m), SCORE_UNITS.get(index or ""))


def _with_unit(m: re.Match[str] | None) -> Score | None:
    """The score a `SCORE` match states with its unit (`70,94 điểm`); none without a unit or above 100."""
    if not (m and m["unit"]):
        return None
    value = _value(m)
    return Score(value, _UNITS[m["unit"]]) if value <= 100 else None


def _value(m: re.Match[str]) -> float:
    return float(m["value"].replace(",", "."))  # the decimal comma: `85,52` is 85.52


def _scores(ev: Evidence, start: int, end: int) -> list[tuple[int, float, str | None]]:
    return ev.cached(_find_scores, start, end)


def _find_scores(ev: Evidence, start: int, end: int) -> list[tuple[int, float, str | None]]:
    found: list[tuple[int, float, str | None]] = []
    if not p.SCORE_HINT.search(ev.folded, start, end):
        return found  # no unit and no decimal: every number there is a rank, a total or a year
    for m in p.SCORE.finditer(ev.folded, start, end):
        unit = m["unit"]
        if not unit and "," not in m["value"]:
            continue  # the cheap half of the test below, before any slicing
        glued = ev.folded[m.start() - 1] if m.start() else " "
        if glued.isalnum() or glued in p.SCORE_GLUED_BEFORE:
            continue
        lead = ev.folded[max(start, m.start() - 24) : m.start()]
        if not unit and not p.SCORE_VERB_BEFORE.search(lead):
            continue  # a bare number is a score only as a decimal after `đạt`: `Nam Định đạt 87,32`
        if p.SCORE_NOT_OWN_BEFORE.search(lead) or ev.in_brackets(start, m.start()):
            continue
        value = _value(m)
        if value <= 100:
            found.append((m.start(), value, _UNITS[unit] if unit else None))
    return found


def _own_after(ev: Evidence, scope: Scope) -> Span:
    """What follows the phrase in its clause up to where the next statement opens (`NEXT_STATEMENT`)."""
    start, end = scope.after
    return start, ev.cached(_next_statement, start, end)[0]


def _next_statement(ev: Evidence, start: int, end: int) -> list[int]:
    other = p.NEXT_STATEMENT.search(ev.folded, start, end)
    return [other.start() if other else end]


def change_of(ev: Evidence, scope: Scope) -> int | None:
    """`tăng 4 bậc` +4, `giảm 3 bậc` -3: the nearest on either side of the phrase, not past the next statement."""
    found = [
        (min(abs(m_start - scope.after[0]), abs(m_end - scope.before[1])), change)
        for start, end in (scope.before, _own_after(ev, scope))
        for m_start, m_end, change in ev.cached(_find_changes, start, end)
    ]
    if not found:
        return _change_after_bracket(ev, scope) if scope.bracketed else None
    return min(found, key=lambda f: f[0])[1]


def _change_after_bracket(ev: Evidence, scope: Scope) -> int | None:
    """`đạt 42,78 điểm (xếp thứ 40/63), giảm 2 bậc so với năm trước`, `(xếp thứ 9/9) với 80,05%, giảm 3 bậc`: the
    change right after a bracketed rank that names no year of its own (`(năm 2022 xếp hạng 43/63)` is the rank of the
    year compared with), else the change of the clause it restates."""
    lead = p.CHANGE_AFTER_BRACKET.match(ev.folded, scope.clause[1], scope.sentence[1])
    if lead and not ev.years(*scope.clause):
        change = ev.cached(_find_changes, lead.end(), scope.sentence[1])
        if change and change[0][0] == lead.end():
            return change[0][2]
    if not _bracket_restates_clause(ev, scope):
        return None
    # `Chỉ số PAPI đạt 42,83 điểm, tăng 3 bậc (xếp thứ 17/63)`: the clause's change
    before = ev.cached(_find_changes, *_clause_before_bracket(ev, scope))
    return before[-1][2] if before else None


def listed_changes(ev: Evidence, scope: Scope, count: int) -> list[int] | None:
    """One change per rank of a list, in order: `lần lượt xếp thứ 9/63 và 14/63, tăng 4 và 2 bậc`."""
    listed = next(p.CHANGE_LIST.finditer(ev.folded, *_own_after(ev, scope)), None)
    if listed is None:
        return None
    sign = p.CHANGE_SIGNS[re.sub(r"\s+", " ", listed["verb"])]
    changes = [sign * int(n) for n in re.findall(r"\d+", listed["items"])]
    return changes if len(changes) == count else None


def _find_changes(ev: Evidence, start: int, end: int) -> list[tuple[int, int, int]]:
    if not p.CHANGE_HINT.search(ev.folded, start, end):
        return []  # no `N bậc`: one quick scan instead of the search for every verb
    return [
        (m.start(), m.end(), p.CHANGE_SIGNS[re.sub(r"\s+", " ", m["verb"])] * int(m["n"]))
        for m in p.CHANGE.finditer(ev.folded, start, end)
        # `xếp thứ 40/63, phấn đấu năm 2024 tăng 5 bậc`: a goal, not this rank's change
        if not goal_before(ev.folded, start, m.start())
    ]


def _components_after(ev: Evidence, scope: Scope, codes: list[str]) -> list[tuple[str, str]]:
    """The sub-indices named right after the rank: `đứng đầu cả nước về chỉ số Tiếp cận đất đai`, `dẫn đầu cả nước về
    chỉ số tính năng động của chính quyền tỉnh và chỉ số đào tạo lao động` (one rank each)."""
    found: list[tuple[str, str]] = []
    end = scope.after[1]
    lead = p.COMPONENT_AFTER.match(ev.folded, *scope.after)
    while lead:
        named = ((code, p.COMPONENT[code].pattern.match(ev.folded, lead.end(), end)) for code in codes)
        code, m = next(((code, m) for code, m in named if m), (None, None))
        if m is None:
            break
        found.append((p.COMPONENT_NAMES[code][m.group()], code))
        lead = p.COMPONENT_LIST_NEXT.match(ev.folded, m.end(), end)
    return found


def _component_before_bracket(ev: Evidence, scope: Scope, codes: list[str]) -> tuple[str, str] | None:
    """A rank in brackets after a sub-index is that one's: `Chi phí không chính thức (xếp thứ 2), Tính năng động của
    chính quyền tỉnh (xếp thứ 3)`."""
    if not scope.bracketed:
        return None
    opening = scope.clause[0] - 1
    start = max(scope.sentence[0], opening - 120)
    for code in codes:
        named = list(p.COMPONENT[code].finditer(ev.folded, start, opening))
        if named and p.BEFORE_BRACKET.fullmatch(ev.folded, named[-1].end(), opening):
            return p.COMPONENT_NAMES[code][named[-1].group()], code
    return None


def _component_of_topic(ev: Evidence, scope: Scope, codes: list[str]) -> tuple[str, str] | None:
    """A sub-index the sentence opens with as its topic, carried into each of its clauses: `Ở chỉ số nội dung Quản trị
    điện tử, Đà Nẵng dẫn đầu cả nước; Bắc Ninh và Bình Dương lần lượt đứng thứ 2 và thứ 3`, `• Cải cách thủ tục hành
    chính: dẫn đầu là Bắc Ninh (96,20%), Quảng Ninh đứng thứ hai` (the label of a list's line)."""
    start, end = scope.head
    for code in codes:
        for m in p.COMPONENT[code].finditer(ev.folded, start, end):
            if p.COMPONENT_TOPIC_BEFORE.fullmatch(ev.folded, start, m.start()) or (
                p.ROW_LEAD.fullmatch(ev.folded, start, m.start()) and p.LABEL_END.match(ev.folded, m.end(), end)
            ):
                return p.COMPONENT_NAMES[code][m.group()], code
    return None


def components_of(ev: Evidence, scope: Scope, index: str | None) -> list[tuple[str | None, str | None]]:
    """The sub-index named in the phrase's own stretch (`CQS xếp thứ 40/63`), with the index it belongs to; several
    when a list of them shares the rank (`Hạ tầng số và Nhận thức số cùng xếp thứ 1/63`); else `(None, index)`."""
    codes = [index] if index in p.COMPONENT else list(p.COMPONENT) if index is None else []
    # another index's sub-index, named as one, is that index's (the clause's index was only the last one named):
    # `Chỉ số SIPAS … đứng thứ 35/63. Trong các chỉ số thành phần, chỉ số thành phần cải cách thủ tục hành chính …`
    # From the previous rank phrase of the clause on, but not what is named right after that one (its own): the
    # subject of `…đứng đầu cả nước về chỉ số Tiếp cận đất đai, còn chỉ số Chi phí thời gian của Gia Lai xếp thứ 60`
    # opens the stretch `before` after the sub-index.
    start, end = (scope.previous_end if scope.previous_end >= 0 else scope.before[0]), scope.before[1]
    named_as_one = index in p.COMPONENT and p.SUB_INDEX_WORD.search(ev.folded, start, end)
    others = [code for code in p.COMPONENT if code != index] if named_as_one else []
    # Words inside an index's own name are not a pillar: `Bộ chỉ số … trong thực hiện thủ tục hành chính …`.
    names = [(s, e) for s, e, _ in ev.indices(start, end)]
    found: dict[int, tuple[int, str, str]] = {}  # by start: the first code's reading of a name several share
    for code in (*codes, *others):
        for m in p.COMPONENT[code].finditer(ev.folded, start, end):
            if m.start() in found or any(s <= m.start() < e for s, e in names):
                continue
            if code in others and (
                not p.SUB_INDEX_WORDS.search(ev.folded, max(start, m.start() - 25), m.start())
                # a short form of the index's own (DDCI's `tính minh bạch và tiếp cận thông tin`, as PCI's)
                or any(m.group() in own for own in p.COMPONENT_NAMES[index])
            ):
                continue
            previous = scope.previous_end
            if previous < 0 or not p.COMPONENT_AFTER.fullmatch(ev.folded, previous, m.start()):
                found[m.start()] = (m.end(), p.COMPONENT_NAMES[code][m.group()], code)
    # a name inside a longer one is no name of its own: `thủ tục hành chính` in `cải cách thủ tục hành chính`
    found = {
        s: read for s, read in found.items() if not any(o < s and read[0] <= other[0] for o, other in found.items())
    }
    if not found:
        return _components_after(ev, scope, codes) or [
            _component_before_bracket(ev, scope, codes) or _component_of_topic(ev, scope, codes) or (None, index)
        ]
    listed = sorted(found.items())
    last = len(listed) - 1
    first = last
    while first and p.INDEX_LIST_JOIN.fullmatch(ev.folded, listed[first - 1][1][0], listed[first][0]):
        first -= 1
    if first < last and not p.SHARED_RANK.fullmatch(ev.folded, listed[last][1][0], end):
        first = last  # `trong đó, hạ tầng số và nhận thức số, chỉ số nhân lực số xếp thứ 3`: the last one's only
    return [(name, code) for _, (_, name, code) in listed[first:]]
