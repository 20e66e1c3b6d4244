"""Dates and months (extractors/dates.py): one real phrase per rule, and the traps."""

from datetime import date

import pytest

from extractors import ArticleText, Context, canonicalize, extract
from extractors.dates import dateline_date, find_dates, infer_year

PUBLISHED = Context(published=date(2024, 4, 20))


def dates_of(text: str, context: Context | None = None) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    article = ArticleText(canonicalize(text).text, context or Context())
    return [(d.quote, d.value, d.precision, d.rule, d.flags) for d in find_dates(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị quyết số 07-NQ/TU ngày 26 tháng 4 năm 2016 của Ban Chấp hành",
         ("ngày 26 tháng 4 năm 2016", "2016-04-26", "day", "date.day_month_year_words", ())),
        ("Đắk Nông, ngày 30 tháng 8 năm 2019",
         ("ngày 30 tháng 8 năm 2019", "2019-08-30", "day", "date.day_month_year_words", ())),
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng\n6 năm 2015;",
         ("ngày 19 tháng 6 năm 2015", "2015-06-19", "day", "date.day_month_year_words", ())),
        ("Nghị quyết số 08-NQ/TU ngày 22 tháng năm 2021 của Ban Chấp hành",
         ("ngày 22 tháng năm 2021", "2021", "year", "date.month_missing", ("month_missing",))),
        ("Hà Nội, ngày tháng 4 năm 2021",
         ("ngày tháng 4 năm 2021", "2021-04", "month", "date.day_missing", ("day_missing",))),
        ("Chính vì vậy, ngày 5/9/2016, Thủ tướng Chính phủ đã ký ban hành",
         ("ngày 5/9/2016", "2016-09-05", "day", "date.day_month_year_numeric", ())),
        ("Ngày ban hành: 30/08/2019 Ngày hiệu lực: Đã biết",
         ("30/08/2019", "2019-08-30", "day", "date.day_month_year_numeric", ())),
        ("Thứ năm, 30/05/2024 11:24 (GMT+7)", ("30/05/2024", "2024-05-30", "day", "date.day_month_year_numeric", ())),
        ("Hà Nội (TTXVN 11/5/2024) Năm 2023", ("11/5/2024", "2024-05-11", "day", "date.day_month_year_numeric", ())),
        ("ban hành ngày 26-4-2016", ("ngày 26-4-2016", "2016-04-26", "day", "date.day_month_year_numeric", ())),
        ("Hội nghị ngày 12.4.2022", ("ngày 12.4.2022", "2022-04-12", "day", "date.day_month_year_numeric", ())),
        ("Trong tháng 3/2025, tỉnh đã", ("tháng 3/2025", "2025-03", "month", "date.month_year", ())),
        ("khảo sát từ tháng 8.2021 đến", ("tháng 8.2021", "2021-08", "month", "date.month_year", ())),
        ("từ tháng 4 năm 2016 đến nay", ("tháng 4 năm 2016", "2016-04", "month", "date.month_year", ())),
        ("NGÀY 26 THÁNG 4 NĂM 2016",
         ("NGÀY 26 THÁNG 4 NĂM 2016", "2016-04-26", "day", "date.day_month_year_words", ())),
    ],
)
def test_rules(text: str, expected: tuple) -> None:
    assert dates_of(text) == [expected]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Sáng 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị", "17/4", "2024-04-17"),
        ("(HNM) - Ngày 26-3, Chủ tịch UBND TP đã ký ban hành", "Ngày 26-3", "2024-03-26"),
        ("    14:55 17/04 Tin tức", "17/04", "2024-04-17"),
        ("Hội nghị diễn ra ngày 22/4 tại Hà Nội", "ngày 22/4", "2024-04-22"),
    ],
)
def test_day_month_takes_the_year_of_the_publish_date(text: str, quote: str, value: str) -> None:
    assert dates_of(text, PUBLISHED) == [(quote, value, "day", "date.day_month_inferred", ("year_inferred",))]
    assert dates_of(text) == []  # no publish date, no year, no fact


def test_inferred_year_is_the_nearest() -> None:
    assert infer_year(28, 12, date(2024, 1, 3)) == date(2023, 12, 28)
    assert infer_year(5, 1, date(2024, 12, 28)) == date(2025, 1, 5)
    assert infer_year(29, 2, date(2023, 3, 1)) == date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "ngày 31/2/2020",  # impossible
        "Nghị định số 73/1999/NĐ-CP ngày 19/8/19999 do đó",  # implausible year
        "Ngày đăng: 1/1/0001",  # CMS placeholder
        "01/01/1970",
        "2.1. Mục tiêu cụ thể",  # section number
        "đạt 6/6 vùng",  # ratio
        "xếp thứ 60/63 tỉnh, thành phố; thứ 3/63",  # ranks
        "thu 1.234.000 đồng",  # money
        "quý I/2021",  # a quarter is no calendar date
        "6 tháng đầu năm 2021",  # nor a part of a year
        "Hà Nội, ngày tháng năm 2021",  # a blank form
        "năm 2019",  # a bare year
        "tháng 13/2021",
        "phiên bản v1.2.2020",
        "ngày 26/4-2016",  # mixed separators
    ],
)
def test_traps(text: str) -> None:
    assert dates_of(text, PUBLISHED) == []


def test_several_dates_in_order() -> None:
    text = "Quyết định số 475/QĐ-UBND ngày 24/3/2017; Kế hoạch số 624/KH-UBND ngày 27/11/2018"
    assert [value for _, value, *_ in dates_of(text)] == ["2017-03-24", "2018-11-27"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # held-out wording (tests/extractors/corpus)
        ("Cập nhật: 08:15 | 12/05/2023", [("12/05/2023", "2023-05-12", "day", "date.day_month_year_numeric", ())]),
        ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng\n4 năm 2018 của Chính phủ",
         [("ngày 23 tháng 4 năm 2018", "2018-04-23", "day", "date.day_month_year_words", ())]),
        ("Kế hoạch số 45/KH-UBND ngày 3-3-2023",
         [("ngày 3-3-2023", "2023-03-03", "day", "date.day_month_year_numeric", ())]),
        ("Lượt xem: 665 | Ngày đăng: 1/1/0001", []),
        # the first half of a range, in the year of the second
        ("Theo đó, từ ngày 01/4 đến ngày 15/4/2024, Đoàn kiểm tra", [
            ("ngày 01/4", "2024-04-01", "day", "date.range_start", ("year_inferred",)),
            ("ngày 15/4/2024", "2024-04-15", "day", "date.day_month_year_numeric", ()),
        ]),
        ("Theo kế hoạch, từ tháng 11 đến tháng 2/2025, Sở Nội vụ", [
            ("tháng 11", "2024-11", "month", "date.range_start", ("year_inferred",)),
            ("tháng 2/2025", "2025-02", "month", "date.month_year", ()),
        ]),
        ("Trong quý I/2023 đã tiếp nhận 1.234 hồ sơ; 6/6 vùng; 29/44 cơ quan; 2.1. Kết quả", []),
    ],
)
def test_heldout_phrases(text: str, expected: list) -> None:
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Quảng Ngãi: Chấn chỉnh tình trạng hồ sơ trễ hạn\n\nThứ Sáu, 12/01/2024 08:15 (GMT+7)\n\nNgày 10/1, UBND",
         date(2024, 1, 12)),
        ("Thứ năm, 30/05/2024 11:24 (GMT+7)\nNăm 2023 và quyết tâm tạo đột phá", date(2024, 5, 30)),
        ("Tin tức\n12/01/2024 08:15\nSáng nay", date(2024, 1, 12)),
        # a CMS label before the date, a clock time on either side or none
        ("Công bố Chỉ số DDCI năm 2024\n\nCập nhật: 21/03/2025 10:15\n\n(LCĐT) - Chiều ngày 20/3", date(2025, 3, 21)),
        ("Chỉ số PAR INDEX 2022 của Hà Giang\nCập nhật: 08:15 | 12/05/2023\n", date(2023, 5, 12)),
        ("Sở Nội vụ\nNgày đăng: 04/06/2024\nLượt xem: 120", date(2024, 6, 4)),
        ("Trang chủ\nLượt xem: 665 | Ngày đăng: 1/1/0001", None),  # a CMS placeholder
        # the site's clock over its menu is no dateline; the article's has no year: no publish date
        ("BÁO QUẢNG TRỊ\nThứ Tư, 15/05/2024   Hotline: 0233.3852.468\nChính trị | Kinh tế | Xã hội\nKinh tế\n"
         "DDCI 2023: Sở Kế hoạch và Đầu tư, huyện Hải Lăng dẫn đầu\n09:30 14/05\nQTO - Ngày 10/5, UBND tỉnh", None),
        # a document's own date: its header's place-date line, alone or in the second column of its number's line
        ("UỶ BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC KẠN            Độc lập - Tự do - "
         "Hạnh phúc\nSố: 125/BC-UBND          Bắc Kạn, ngày 15 tháng 5 năm 2024\n\nBÁO CÁO\nKết quả",
         date(2024, 5, 15)),
        ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 2316/QĐ-UBND\n\nYên Bái, ngày 20 tháng 5 năm 2024\n\nQUYẾT ĐỊNH",
         date(2024, 5, 20)),
        ("Theo đó, Bắc Kạn, ngày 15 tháng 5 năm 2024 là ngày tổng kết", None),  # a sentence's date, not a line's end
        # a press dateline under a headline in capitals
        ("ĐÀ NẴNG DẪN ĐẦU CẢ NƯỚC VỀ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023\n\nĐà Nẵng, 15/7/2024 - Theo kết quả do Bộ Thông tin"
         " và Truyền thông công bố ngày 12/7, …", date(2024, 7, 15)),
        # a bare date opening a line, a dateline with no year, a date deep in the body: no dateline
        ("Kết quả\n12/01/2024 là ngày hội nghị", None),
        ("14:55 17/04 Tin tức\n\nSáng 17/4, Ban Chỉ đạo", None),
        ("Tiêu đề\n\n" + "Nội dung bài viết dài. " * 30 + "\nThứ Sáu, 12/01/2024 08:15", None),
    ],
)
def test_dateline_date(text: str, published: date | None) -> None:
    assert dateline_date(text) == published


def test_dateline_stands_in_for_the_publish_date() -> None:
    text = "Quảng Ngãi: Chấn chỉnh\n\nThứ Sáu, 12/01/2024 08:15 (GMT+7)\n\nTrước đó, ngày 28/12, Chủ tịch UBND tỉnh"
    inferred = [f for f in extract(canonicalize(text).text) if f.kind == "date" and f.flags]
    assert [(d.quote, d.value, d.flags) for d in inferred] == [("ngày 28/12", "2023-12-28", ("year_inferred",))]
    given = extract(canonicalize(text).text, Context(published=date(2024, 11, 20)))
    assert [d.value for d in given if d.kind == "date" and d.flags] == ["2024-12-28"]


def test_day_month_after_sang_nay_in_brackets() -> None:
    text = "Thứ Ba, 13/05/2025 - 16:42\n\nSáng nay (13/5), UBND tỉnh tổ chức hội nghị"
    assert [(d.quote, d.value, d.flags) for d in extract(canonicalize(text).text) if d.kind == "date"][-1] == (
        "13/5", "2025-05-13", ("year_inferred",)
    )


def test_day_month_of_a_news_agency_lead() -> None:
    text = "Thứ Ba, 15/04/2025 - 11:26\n\nPAPI 2024\n\nHà Nội, 15/4 (TTXVN/Vietnam+) - Sáng 16/4, UBND; 17/4 đơn vị"
    found = [(d.start, d.value) for d in extract(canonicalize(text).text) if d.kind == "date" and d.flags]
    assert found == [(47, "2025-04-15"), (76, "2025-04-16")]  # not the ratio `17/4 đơn vị`


def test_links_to_other_articles_below_the_body_yield_nothing() -> None:
    text = (
        "Lào Cai công bố Chỉ số CCHC\n\nThứ Hai, 22/05/2023 08:10\n\nChiều 19/5, UBND tỉnh tổ chức hội nghị theo Kế "
        "hoạch số 12/KH-UBND ngày 10/01/2023.\n\nLượt xem: 1.245\n\nTIN CÙNG CHUYÊN MỤC\n- Lào Cai tổng kết công tác "
        "cải cách hành chính năm 2022 (18/01/2023)\n- Ban hành Kế hoạch số 30/KH-UBND (10/02/2023)\n"
    )
    facts = extract(canonicalize(text).text)
    assert [f.quote for f in facts] == ["22/05/2023", "19/5", "Kế hoạch số 12/KH-UBND", "ngày 10/01/2023"]


def test_readers_comments_and_tags_below_the_body_yield_nothing() -> None:
    text = (
        "PAPI 2023 của Đồng Tháp\n\nThứ Tư, 24/04/2024 08:00\n\nSáng 23/4, UNDP công bố PAPI 2023.\n\nTags: PAPI, "
        "Đồng Tháp\nÝ kiến bạn đọc (3)\nLê Thị Hoa - 24/04/2024 10:02\nBình luận (1)\nVõ Minh Trí - 25/04/2024 06:30\n"
    )
    assert [f.quote for f in extract(canonicalize(text).text)] == ["24/04/2024", "23/4"]
