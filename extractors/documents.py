"""References to numbered documents, linked to their issue date and `về …` title.

Rules (the fact's `rule`), after the three numbering systems of domain.md:

- `document.party`: number, dash, type symbol, slash, issuer: `Nghị quyết số 07-NQ/TU`, `08-QĐi/TW`,
  `Thông báo kết luận số 21-TB/TU`, `07 - NQ/TU`, `07–NQ/TU`
- `document.administrative`: number, slash, symbol, dash, issuer: `Quyết định số 1234/QĐ-UBND`,
  `76/NQ-CP`, `Tờ trình số 617/TTr-SNV`, `Chỉ thị 11/CT- UBND` (ref `11/CT-UBND`), `1463/QD-UBND` (`QĐ`);
  `217/QĐ-UBND-HC`: the issuer is the first code (`UBND`), as for a công văn
- `document.normative`: the year after the number: `61/2018/NĐ-CP`, `02/2021/TT-BNV`, the Government's yearly
  `19-2016/NQ-CP`, a joint act's issuers
  `07/2015/TTLT-BNNPTNT-BNV` (issuer `BNNPTNT-BNV`), and a law's
  `Luật số 77/2015/QH13` (no symbol: the type word is required), also with the law's name between:
  `Luật Tổ chức chính quyền địa phương số 77/2015/QH13` (the quote starts at `Luật`)
- `document.cong_van`: number, slash, issuer with no type part: `Công văn số 1234/UBND-NC`,
  `số 2345/SNV-CCHC&PC` (`số` or a type word is required); the issuer is the first code (`UBND`, `SNV`),
  the rest names the drafting unit
- `document.number_only`: a type word, `số` and a number: `Chỉ thị số 23` (ref `23`)
- `document.header_number`: a document's own `Số: 1463/QĐ-UBND` / `Số hiệu: 1463/QĐ-UBND` header

The quote holds the type word and `số` when written. `doc_type` comes from the type word, else from
the symbol. Not references: `Đề án3` (a footnote marker), `60/63`, dates, a law named without a
number, licences (`Giấy phép số 05/GP-TTĐT`, see `NOT_DOCUMENT_SYMBOLS`).

The issue date (`issued_on`, with the date's flags) is the date that
- follows the reference: `07-NQ/TU ngày 26 tháng 4 năm 2016`, `76/NQ-CP ngày 15/7/2021`,
  `số 12/QĐ-UBND của UBND tỉnh ngày 5/6/2020`;
- or opens the clause that says the document was issued, with no other reference or date between:
  `ngày 5/9/2016, Thủ tướng Chính phủ đã ký ban hành Chỉ thị số 26/CT-TTg`,
  `được Chính phủ ban hành ngày 17/9/2001 tại Quyết định số 136/QĐ-TTg`;
- or, for a `Số:` header, the place-date line after it: `Số: 1463/QĐ-UBND` … `Đắk Nông, ngày 30 tháng 8
  năm 2019`.
A date written after the reference that is no valid date (`ngày 19/8/19999`, or `ngày 22/4` with no
publish date) leaves `issued_on` null and flags the document `issued_on_unreadable`.

>>> [(d.quote, d.ref, d.doc_type, d.issued_on) for d in find_documents(
...     ArticleText("Chỉ thị 11/CT- UBND ngày 26/3/2009"), [])]
[('Chỉ thị 11/CT- UBND', '11/CT-UBND', 'chi_thi', None)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.context import ArticleText
from extractors.dates import PLACE_BEFORE_DATE
from extractors.normalize import DASH, UPPER
from extractors.scan import Alternatives, alternation, starts_word
from extractors.vocab.documents import (
    BARE_NUMBER_TYPES,
    ISSUER_ENDS,
    ISSUER_SPELLINGS,
    NOT_DOCUMENT_SYMBOLS,
    SYMBOL_SPELLINGS,
    SYMBOLS,
    TITLE_STOPS,
    TITLE_SUBJECT_HEADS,
    TITLE_VERB_KEPT_AFTER,
    TITLE_VERB_STOPS,
    TYPE_WORDS,
    ZERO_NUMBER_TYPES,
)
from schemas import Date, Document

_WORD_TYPES = {word.casefold(): doc_type for word, doc_type in TYPE_WORDS.items()}
_SYM = alternation([*SYMBOLS, *SYMBOL_SPELLINGS])
_CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
_ISSUER = rf"{_CODE}(?:{DASH}{_CODE})*"
_H = r"[ \t]*"  # spacing inside a reference never crosses a line
_NUMBER = r"\d(?<![\w/.,\u2010-\u2015\u2212-]\d)\d{0,4}[a-zA-Z]?"  # no letter, digit or separator before
# The code is searched first (its leading digit keeps the scan fast), then the words in front of it.
_CODE_REF = re.compile(
    rf"(?P<number>{_NUMBER})"
    rf"(?:{_H}{DASH}{_H}(?P<psym>{_SYM}){_H}/{_H}(?P<pissuer>{_ISSUER})"
    # the Government's yearly resolutions: `19-2016/NQ-CP`
    rf"|{_H}{DASH}{_H}(?P<gyear>(?:19|20)\d\d){_H}/{_H}(?P<gsym>{_SYM}){_H}{DASH}{_H}(?P<gissuer>{_ISSUER})"
    rf"|{_H}/{_H}(?:(?P<year>(?:19|20)\d\d){_H}/{_H})?(?:(?P<sym>{_SYM}){_H}{DASH}{_H})?(?P<issuer>{_ISSUER}))"
    r"(?![\w/])"
)
_CODE_HINT = re.compile(r"/[ \t]*[A-ZĐ]")
_DIGIT = re.compile(r"\d")
_CODE_REACH = 40  # from a code's start to its first `/` before a capital: `12345a - QĐi / `, `1234 / 2018 / `
# Read on the lower-cased text: without `(?i)` the matcher can skip to the words' first letters.
_LEAD = re.compile(
    rf"(?:(?P<header>\bsố(?:[ \t]+hiệu)?{_H}:)"
    rf"|(?P<word>\b(?:{alternation({word.lower() for word in TYPE_WORDS})}))(?:[ \t]+(?P<so>số))?{_H}:?"
    rf"|(?P<so_only>\bsố)){_H}$"
)
_LEAD_REACH = 40  # `Chương trình hành động số ` and the like fit
# A law cited by its name, the number after it: `Luật Tổ chức chính quyền địa phương số 77/2015/QH13`,
# `Bộ luật Lao động số 45/2019/QH14` (a capitalised name, no sentence break, `số` right before the code).
_NAMED_LAW = re.compile(
    r"\b(?:Luật|LUẬT|Bộ luật|BỘ LUẬT)[ \t]+[A-ZĐ\u00c0-\u1ef8][^\n.;:!?\d]{0,140}?[ \t]+(?i:số)[ \t]*$"
)
_NAMED_LAW_REACH = 160
# `Chỉ thị số 23`: `số` and a number with no code after it, then the type word before them.
_NUMBER_ONLY = re.compile(
    rf"(?:số|Số|SỐ)[ \t]+(?P<onumber>{_NUMBER})(?![\w/]|[.,]\d|[ \t]*{DASH}[ \t]*\w|[ \t]*/)"
)
_SO = re.compile("số")  # where `_NUMBER_ONLY` can start, in the lower-cased text
# `Chỉ thị 08`, `Nghị quyết 18` (no `số`), in the lower-cased text: not a count, a year or a code's first part
# (`Nghị quyết 18-NQ/TW`); one part per type word, each found by a literal scan (see `extractors.scan`).
_NOT_BARE_REF_AFTER = (
    rf"(?![\w/]|[.,]\d|[ \t]*{DASH}[ \t]*\w|[ \t]*/)"
    r"(?![ \t]+(?:năm(?![ \t]+(?:19|20)\d\d)|tháng|ngày|lần|người|%|điểm|cơ quan|đơn vị|văn bản)(?!\w))"
)
_BARE_NUMBER = Alternatives(*(
    rf"(?P<word>{word.lower()})[ \t]+(?P<bnumber>{number}[a-z]?){_NOT_BARE_REF_AFTER}"
    for words, number in ((BARE_NUMBER_TYPES, r"\d{1,4}"), (ZERO_NUMBER_TYPES, r"0\d{1,3}"))
    for word in words
))
_WORD_BEFORE = re.compile(rf"\b(?i:{alternation(TYPE_WORDS)})[ \t]+$")
_DASHES = re.compile(DASH)
# `… cùng ngày`: issued the same day as the reference before it, or, before a date, as each reference it lists
_SAME_DAY = re.compile(r"[ \t]*,?[ \t]*cùng[ \t]+(?=ngày(?![\w]))")
_IN_ORDER_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:được[ \t]+)?(?:ký[ \t]+)?ban hành[ \t]+)?(?:của[ \t]+[^,.;:\n]{1,60}?[ \t]+)??"
    r"(?=(?i:ngày)[ \t]*\d|\d)",
)
# The place and date line of a document's header (`Bắc Kạn, ngày 12 tháng 3 năm 2020`), below its `Số:` line past
# blank lines, the national motto and the rules under it, as a two-column header reads when flattened to text.
_HEADER_FILLER = (
    r"(?i:cộng hòa xã hội chủ nghĩa việt nam)|(?i:độc lập)[ \t]*[-–][ \t]*(?i:tự do)[ \t]*[-–][ \t]*(?i:hạnh phúc)"
    r"|[-_=*.]{3,}(?![-_=*.])"
    r"|(?i:v/v)[ \t:.][^\n]*"  # an official letter's subject under its number: `V/v khắc phục hạn chế …`
)
_PLACE_DATE_LINE = re.compile(
    rf"[ \t]*(?:(?:{_HEADER_FILLER})[ \t]*)*"  # the national motto may stand on the number's line (two columns)
    rf"(?:\n[ \t]*(?:(?:{_HEADER_FILLER})[ \t]*)*){{0,6}}{PLACE_BEFORE_DATE}"
)
_ISSUE_VERB = re.compile(r"\b(?:ban hành|ký|thông qua)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"\b(?:ban hành|ký|thông qua)[ \t]+$", re.IGNORECASE)
# `Ngày 05/9/2025, Văn phòng UBND tỉnh có Thông báo số 145/TB-VPUB`: a body that "has" a document issued it
_HAS_BEFORE = re.compile(r"(?<![\w])có[ \t]+$")
_VIA = re.compile(r"[ \t,]*(?:(?:tại|theo|bằng)[ \t]+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;\n!?]|(?<![A-ZĐ])\.(?=\s|$)")
_MAX_GAP = 120  # characters between an issue date and the reference it dates, in one clause
_TITLE_START = re.compile(
    # `, về` only after the issuer: `Quyết định số 12/QĐ-UBND, về cơ bản …` opens no title; an issuer names no act
    # (`của Thủ tướng Chính phủ phê duyệt Đề án … về dân cư`: that `về` is the Đề án's)
    rf"(?:[ \t]*của[ \t]+(?:(?!(?i:{alternation(ISSUER_ENDS)})\b)[^.;:\n]){{1,80}}?[ \t]*,?)?"
    r"[ \t]*(?P<title>(?i:về)[ \t]+\S)"
)
_VERB_KEPT = "".join(f"(?<!{re.escape(word)}[ \t])" for word in TITLE_VERB_KEPT_AFTER)
# One class of the characters a title can stop at, then which stop it is: a pattern that opens with a class
# costs a set test per character, one that opens with alternatives or look-behinds a match attempt.
_TITLE_END = re.compile(
    r"[.;:!?\n, \t](?:"
    r"(?<=[.;:!?])(?=\s|$)"  # a sentence or clause mark
    r"|(?<=\n)"  # the paragraph's end
    # a comma after a year: `về … giai đoạn 2021-2025, …`; not before the horizon that titles add (`…giai đoạn
    # 2021 - 2025, định hướng đến năm 2030`, `…đến năm 2030, tầm nhìn đến năm 2045`)
    r"|(?<=\d{4},)(?![ \t]*(?i:định hướng|tầm nhìn)\b)"
    rf"|(?<=,)[ \t]*(?=(?i:{alternation(TITLE_STOPS)})\b)"  # a comma, then a word that opens another statement
    rf"|(?<=[ \t]){_VERB_KEPT}[ \t]*(?=(?:{alternation(TITLE_VERB_STOPS)})\b)"  # the sentence's main verb
    r")"
)
_VERBS = alternation(TITLE_VERB_STOPS)
_HEADS = alternation(TITLE_SUBJECT_HEADS)
# After a comma, a unit named (`, Sở Nội vụ`, `, Văn phòng UBND tỉnh`) or a unit and a main verb (`, Sở đã`): the main
# clause's subject may start here (`_subject_break` decides). Read in a title only; the `,` literal leads the scan.
_UNIT_AFTER_COMMA = re.compile(rf",[ \t]*(?=(?:{_HEADS})[ \t]+(?:[{UPPER}]|(?:{_VERBS})\b))")
_UNIT_NAMED = re.compile(rf"\b(?:{_HEADS})[ \t]+[{UPPER}]")
_VERB_AT = re.compile(rf"(?:{_VERBS})\b")
_UNIT_REACH = 40  # from a title's end (a comma, or the space before `đã`) past a head and its verb
# between a title and another reference: `về … năm 2024 và Quyết định số …` cites a second document
_JOINED_BEFORE = re.compile(r"(?:[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+(?:và|cùng với|hoặc)[ \t]+)$")
_MAX_TITLE = 300


@dataclass(slots=True)
class _Ref:
    start: int
    end: int
    rule: str
    doc_type: str
    ref: str
    number: str
    year: int | None
    issuer: str | None
    issued_on: Date | None = None
    unreadable_date: bool = False


def _issuer(code: str) -> str:
    return "-".join(ISSUER_SPELLINGS.get(part, part) for part in _DASHES.split(code))


def _symbol(code: str) -> str:
    return SYMBOL_SPELLINGS.get(code, code)


def _number_only(text: str, m: re.Match[str]) -> _Ref | None:
    word = _WORD_BEFORE.search(text, max(0, m.start() - _LEAD_REACH), m.start())
    doc_type = word and _WORD_TYPES[word.group().rstrip(" \t").casefold()]
    return doc_type and _Ref(word.start(), m.end(), "document.number_only", doc_type, m["onumber"], m["onumber"],
                             None, None)


def _number_only_matches(text: str, folded: str) -> Iterator[re.Match[str]]:
    """`_NUMBER_ONLY.finditer(text)`, tried only where the lower-cased text has `số`: a literal is a fast scan,
    the pattern's first letter alone (`s`, `S`) is not."""
    resume = 0
    for so in _SO.finditer(folded):
        if so.start() >= resume and (m := _NUMBER_ONLY.match(text, so.start())):
            resume = m.end()
            yield m


def _bare_numbers(text: str, folded: str) -> list[_Ref]:
    """`Thực hiện Chỉ thị 08, các sở…`: a document cited by its type word and number alone."""
    refs = []
    for m in _BARE_NUMBER.finditer(folded):
        number = text[m.start("bnumber") : m.end("bnumber")]
        if starts_word(folded, m.start()) and not (len(number) == 4 and number[:2] in ("19", "20")):
            doc_type = _WORD_TYPES[m["word"]]
            refs.append(_Ref(m.start(), m.end(), "document.number_after_type", doc_type, number, number, None, None))
    return refs


def _code_matches(text: str) -> Iterator[re.Match[str]]:
    """`_CODE_REF.finditer(text)`, tried only at the digits shortly before a slash and a capital, which every
    code has (`07-NQ/TU`, `1234/QĐ-UBND`, `61/2018/NĐ-CP`): a literal `/` is a fast scan, a leading digit is not."""
    resume = 0
    for hint in _CODE_HINT.finditer(text):
        at = hint.start()
        if at < resume:
            continue
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        for digit in _DIGIT.finditer(text, max(resume, at - _CODE_REACH), at):
            if digit.start() >= resume and (m := _CODE_REF.match(text, digit.start(), line_end)):
                resume = m.end()
                yield m


def _coded_refs(text: str, folded: str) -> list[_Ref]:
    refs = []
    for m in _code_matches(text):
        lead = _LEAD.search(folded, max(0, m.start() - _LEAD_REACH), m.start())
        law = None
        if lead and lead["so_only"] and m["year"] and not m["sym"]:
            law = _NAMED_LAW.search(text, max(0, m.start() - _NAMED_LAW_REACH), m.start())
        if ref := _read(m, lead, law):
            refs.append(ref)
    return refs


def _read(m: re.Match[str], lead: re.Match[str] | None, law: re.Match[str] | None = None) -> _Ref | None:
    """The reference a code and the words before it stand for, or None when they do not make one."""
    word = lead["word"] if lead else None
    word_type = "luat" if law else _WORD_TYPES.get(word.casefold()) if word else None
    number = m["number"]
    year = m["year"] or m["gyear"]
    if m["psym"]:
        symbol, issuer = _symbol(m["psym"]), _issuer(m["pissuer"])
        rule, ref = "document.party", f"{number}-{symbol}/{issuer}"
    elif m["gyear"]:
        symbol, issuer = _symbol(m["gsym"]), _issuer(m["gissuer"])
        rule, ref = "document.normative", f"{number}-{m['gyear']}/{symbol}-{issuer}"
    else:
        symbol, issuer = (_symbol(m["sym"]) if m["sym"] else None), _issuer(m["issuer"])
        if _DASHES.split(issuer)[0] in NOT_DOCUMENT_SYMBOLS:
            return None
        year_part = f"{m['year']}/" if m["year"] else ""
        ref = f"{number}/{year_part}{symbol + '-' if symbol else ''}{issuer}"
        if m["year"]:
            rule = "document.normative"  # every code names an issuer: `07/2015/TTLT-BNNPTNT-BNV` is a joint act
            if symbol is None and word_type is None:
                return None  # `77/2015/QH13` names a law or a resolution: only its type word tells
        elif symbol or lead:
            rule = "document.administrative" if symbol else "document.cong_van"
            # `1234/UBND-NC`, `217/QĐ-UBND-HC`: the body that issues it, then the unit that drafted it
            issuer = _DASHES.split(issuer)[0]
        else:
            return None  # a bare `1234/UBND-NC` could be any code
    if lead and lead["header"]:
        rule = "document.header_number"
    doc_type = word_type or (SYMBOLS[symbol] if symbol else "cong_van")
    return _Ref(law.start() if law else lead.start() if lead else m.start(), m.end(), rule, doc_type, ref, number,
                int(year) if year else None, issuer)


def _date_in_order_after(text: str, ref: _Ref, dates_at: dict[int, Date]) -> None:
    """Link the date written right after the reference (or note it cannot be read)."""
    after = _IN_ORDER_AFTER.match(text, ref.end)
    if after is None:
        return
    ref.issued_on = dates_at.get(after.end())
    ref.unreadable_date = ref.issued_on is None and text.startswith(("ngày", "Ngày"), after.end())


def _same_day(text: str, refs: list[_Ref], i: int, after: int, dates_at: dict[int, Date]) -> None:
    """`cùng ngày`: `Kế hoạch số 456/KH-SNV ngày 05/12/2023 … và Hướng dẫn số 02/HD-SNV cùng ngày` (the date of
    the reference before); `Nghị quyết số 18-NQ/TW, 19-NQ/TW cùng ngày 25/10/2017` (the date after, for each listed)."""
    ref = refs[i]
    if ref.issued_on is None:
        ref.issued_on = dates_at.get(after) or (refs[i - 1].issued_on if i and after not in dates_at else None)
    while i and refs[i - 1].issued_on is None and _JOINED_BEFORE.fullmatch(text, refs[i - 1].end, refs[i].start):
        i -= 1
        refs[i].issued_on = ref.issued_on


def _date_on_place_line(text: str, ref: _Ref, dates_at: dict[int, Date]) -> None:
    line = _PLACE_DATE_LINE.match(text, ref.end)
    if line:
        ref.issued_on = dates_at.get(line.end())


def _date_in_issuing_clause(
    text: str, ref: _Ref, dates: list[Date], date_starts: list[int], taken: set[int], others: list[int]
) -> None:
    """Link the nearest earlier date when the words between say the document was issued on it.

    `dates` are in order of start and `date_starts` are their starts; `others` are the references' starts, sorted."""
    # The last date ending before the reference: among those starting before it, walking back past any
    # that straddles it (dates do not nest, so the walk is a step or two).
    i = bisect_left(date_starts, ref.start) - 1
    while i >= 0 and dates[i].end > ref.start:
        i -= 1
    if i < 0:
        return
    date = dates[i]
    if date.start in taken or ref.start - date.end > _MAX_GAP:
        return
    gap = text[date.end : ref.start]
    later = bisect_left(others, date.end)
    if _CLAUSE_BREAK.search(gap) or (later < len(others) and others[later] < ref.start):
        return  # the clause ends, or another reference comes between
    said = _ISSUE_VERB.search(gap) or _HAS_BEFORE.search(gap) or (
        _VERB_BEFORE.search(text, max(0, date.start - 20), date.start) and _VIA.fullmatch(gap)
    )
    if said:
        ref.issued_on = date


def _title(text: str, ref: _Ref, cited_next: int) -> str | None:
    """The `về …` subject after the reference (and its date and issuer), up to the clause's end, or up to the
    next reference `cited_next` when a conjunction joins it (`… và Quyết định số …`); a reference the title
    itself names (`về triển khai thực hiện Nghị quyết số 07-NQ/TU`) stays in it."""
    start = ref.issued_on.end if ref.issued_on and ref.issued_on.start > ref.end else ref.end
    head = _TITLE_START.match(text, start)
    if head is None:
        return None
    begin = head.start("title")
    end_at = _TITLE_END.search(text, begin, min(len(text), begin + _MAX_TITLE))
    end = end_at.start() if end_at else min(len(text), begin + _MAX_TITLE)
    end = _subject_break(text, begin, end, bool(end_at and _VERB_AT.match(text, end_at.end())))
    if begin < cited_next < end and (joined := _JOINED_BEFORE.search(text, begin, cited_next)):
        end = joined.start()
    return text[begin:end].rstrip(" \t,") or None


def _subject_break(text: str, begin: int, end: int, verb_ends: bool) -> int:
    """Where the title `text[begin:end]` ends when a unit after a comma opens the main clause: `về việc ban hành Kế
    hoạch khảo sát sự hài lòng, Sở Nội vụ đã phối hợp`. The unit is the subject when the main verb ends the title
    right after it (no comma between), or when the words before the comma name no unit: otherwise the title lists
    units (`về quy chế phối hợp giữa Sở Nội vụ, Sở Tư pháp`) and goes on."""
    # the look-ahead reads past the title's end, to the verb of `, Sở đã`
    for comma in _UNIT_AFTER_COMMA.finditer(text, begin, min(len(text), end + _UNIT_REACH)):
        if comma.start() >= end:
            break
        if verb_ends and text.find(",", comma.end(), end) < 0:
            return comma.start()
        segment_start = text.rfind(",", begin, comma.start()) + 1 or begin
        if not _UNIT_NAMED.search(text, segment_start, comma.start()):
            return comma.start()
    return end


def find_documents(article: ArticleText, dates: list[Date]) -> list[Document]:
    """Every document reference of the text, in order, with its issue date and title."""
    text = article.text
    numbered = [ref for m in _number_only_matches(text, article.folded) if (ref := _number_only(text, m))]
    refs = sorted([*_coded_refs(text, article.folded), *numbered, *_bare_numbers(text, article.folded)],
                  key=lambda ref: ref.start)
    dates_at = {d.start: d for d in dates}
    for i, ref in enumerate(refs):
        _date_in_order_after(text, ref, dates_at)
        if ref.issued_on is None and ref.rule == "document.header_number":
            _date_on_place_line(text, ref, dates_at)
        if same_day := _SAME_DAY.match(text, ref.end):
            _same_day(text, refs, i, same_day.end(), dates_at)
    taken = {ref.issued_on.start for ref in refs if ref.issued_on}
    starts = [ref.start for ref in refs]
    date_starts = [d.start for d in dates]
    for ref in refs:
        if ref.issued_on is None and not ref.unreadable_date:
            _date_in_issuing_clause(text, ref, dates, date_starts, taken, starts)
    return [_fact(text, ref, starts[i + 1] if i + 1 < len(starts) else len(text)) for i, ref in enumerate(refs)]


def _fact(text: str, ref: _Ref, cited_next: int) -> Document:
    flags = ref.issued_on.flags if ref.issued_on else ("issued_on_unreadable",) if ref.unreadable_date else ()
    return Document(start=ref.start, end=ref.end, quote=text[ref.start : ref.end], rule=ref.rule, flags=flags,
                    doc_type=ref.doc_type, ref=ref.ref, number=ref.number, year=ref.year, issuer=ref.issuer,
                    issued_on=ref.issued_on.value if ref.issued_on else None, title=_title(text, ref, cited_next))
