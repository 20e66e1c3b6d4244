"""The article inside a page's text: its headline and the chrome blanked out around its body (real page shapes)."""

from __future__ import annotations

import pytest

from extractors import canonicalize, extract
from extractors.page import article_only, headline, is_dateline

K01 = (
    "Bỏ qua nội dung chính\nCỔNG THÔNG TIN CẢI CÁCH HÀNH CHÍNH TỈNH LẠNG SƠN\nTrang chủ | Giới thiệu | Tin tức - Sự "
    "kiện | Văn bản CCHC\nTin mới: Huyện Cao Lộc dẫn đầu Chỉ số CCHC cấp huyện năm 2024 (28/03/2025) | Kế hoạch số "
    "98/KH-UBND ngày 02/5/2025 về kiểm tra công tác CCHC\nTrang chủ » Tin tức - Sự kiện » Tin cải cách hành chính\n\n"
    "Lạng Sơn tăng 6 bậc về Chỉ số cải cách hành chính năm 2024\n\nThứ Hai - 12/05/2025 09:30\n\nChỉ số cải cách hành "
    "chính năm 2024 của tỉnh Lạng Sơn xếp thứ 40/63, tăng 6 bậc. Ngày 6/5, Bộ Nội vụ công bố kết quả.\n\nThẻ: Chỉ số "
    "CCHC\nNhững tin cũ hơn\nLạng Sơn đứng thứ 46/63 về Chỉ số CCHC năm 2023 (17/04/2024)\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (K01, "Lạng Sơn tăng 6 bậc về Chỉ số cải cách hành chính năm 2024"),  # the line over its dateline
        ("Kinh doanh › Vĩ mô\nThứ tư, 8/5/2024, 11:02 (GMT+7)\n\nQuảng Ninh dẫn đầu PCI\n\nThân bài",
         "Quảng Ninh dẫn đầu PCI"),  # a dateline above the headline: past the breadcrumb
        ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM XUYÊN\nTin nổi bật\nCẩm Xuyên xếp thứ 4/13 về Chỉ số CCHC (03/03/2025)\n"
         "Cổng TTĐT huyện > Tin tức sự kiện > Cải cách hành chính\n\nCẩm Xuyên tổng kết công tác CCHC năm 2024\n\n"
         "Sáng 15/4",
         "Cẩm Xuyên tổng kết công tác CCHC năm 2024"),  # no dateline: the first line past the last breadcrumb
        ("Tiêu đề bài viết\nThân bài", "Tiêu đề bài viết"),  # a pasted article: its first line
    ],
)
def test_headline(text: str, title: str) -> None:
    start, end = headline(text)
    assert text[start:end] == title


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Thứ Hai - 12/05/2025 09:30", True),
        ("Cập nhật lúc 09:30, 08/05/2025", True),
        ("Ngày đăng: 14-03-2025 | Tác giả: Văn phòng Sở | Chuyên mục: Cải cách hành chính", True),
        ("15/04/2025 08:15", True),
        # a press dateline opening the lead, however long the line runs on
        ("Đà Nẵng, 15/7/2024 - Theo kết quả do Bộ Thông tin và Truyền thông công bố ngày 12/7, thành phố Đà Nẵng"
         " tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2023 với 0,6225 điểm.", True),
        ("Hà Nội, 15/4/2025 (TTXVN) – Sáng 15/4, Bộ Nội vụ công bố Chỉ số CCHC năm 2024.", True),
        ("Theo đó, 15/4/2025 - ngày công bố", False),  # not a place's name before the date
        ("09:30 14/05", True),  # a clock beside a day and month: the page's dateline, without a year
        ("(14/05 09:30)", True),
        ("Hôm nay: Thứ Tư, 16/04/2025", False),  # the site's clock
        ("Ngày 10/3/2025, UBND tỉnh Bình Định ban hành Quyết định số 812/QĐ-UBND", False),  # a sentence's date
    ],
)
def test_dateline(line: str, dated: bool) -> None:
    assert is_dateline(line) is dated


def test_chrome_above_and_below_the_body_is_blanked_with_offsets_kept() -> None:
    kept = article_only(K01)
    assert len(kept) == len(K01) and kept.count("\n") == K01.count("\n")
    assert "Cao Lộc" not in kept and "46/63" not in kept and "Thứ Hai - 12/05/2025 09:30" in kept
    facts = extract(canonicalize(K01).text)
    assert [f.quote for f in facts] == ["12/05/2025", "xếp thứ 40/63", "Ngày 6/5"]
    assert article_only("Tiêu đề\nThân bài không có gì khác.") == "Tiêu đề\nThân bài không có gì khác."


def test_the_sites_clock_above_its_menus_is_no_dateline_and_a_headlines_dateline_stays_its_own_line() -> None:
    text = (
        "BÁO LÀO CAI ĐIỆN TỬ\nThứ Năm, 09/05/2024\nThời sự | Chính trị | Kinh tế\nKinh tế > Doanh nghiệp\n\nChỉ số "
        "PCI năm 2023: Lào Cai xếp thứ 46/63, tăng 7 bậc\n09/05/2024 06:45\n\nSáng 8/5, tại Hà Nội, VCCI công bố PCI."
    )
    canonical = canonicalize(text).text
    assert "bậc\n09/05/2024" in canonical  # not joined into the headline
    dates = [(f.start, f.value) for f in extract(canonical) if f.kind == "date"]
    assert dates == [(canonical.index("09/05/2024 06:45"), "2024-05-09"), (canonical.index("8/5"), "2024-05-08")]


@pytest.mark.parametrize(
    "text",
    [
        "BẮC KẠN TĂNG 5 BẬC CHỈ SỐ CCHC\nThứ Hai, 12/05/2025 09:30\n\nThân bài.",
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH\nThứ Tư, 12/02/2025 | Đăng nhập\nTrang chủ | Tin tức | Văn bản\n\n"
        "BẮC KẠN TĂNG 5 BẬC CHỈ SỐ CCHC\nThứ Hai, 12/05/2025 09:30\n\nThân bài.",
    ],
)
def test_a_headline_in_capitals_over_its_dateline(text: str) -> None:
    start, end = headline(text)
    assert text[start:end] == "BẮC KẠN TĂNG 5 BẬC CHỈ SỐ CCHC"


def test_a_sites_footer_with_no_heading_before_it_is_chrome_from_its_licence_line() -> None:
    text = (
        "Quảng Ninh giữ vững ngôi quán quân PCI\n\nNăm 2023, Quảng Ninh tiếp tục dẫn đầu Chỉ số PCI.\n\nHoàng Quý\n\n"
        "Điện thoại: 0203.3835.446\nGiấy phép số 59/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/10/2022\n"
    )
    assert [f.kind for f in extract(canonicalize(text).text)] == ["ranking"]


def test_a_link_to_another_article_inside_the_body_is_chrome_and_the_body_goes_on() -> None:
    text = (
        "Năm 2023, Chỉ số cải cách hành chính của tỉnh Sơn La đạt 86,05%, xếp thứ 33/63 tỉnh, thành phố.\n\n"
        "Xem thêm: Sơn La tăng 12 bậc Chỉ số PAPI năm 2022, xếp thứ 28/63\n\n"
        "Về Chỉ số PAPI năm 2023, Sơn La xếp thứ 22/63 với 42,66 điểm."
    )
    kept = article_only(text, (0, 0))
    assert len(kept) == len(text) and "28/63" not in kept and "22/63" in kept
    assert [f.rank for f in extract(text) if f.kind == "ranking"] == [33, 22]


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        ("Đọc tiếp\nBình Định đứng thứ 3 cả nước về dịch vụ công trực tuyến", "thứ 3"),
        ("Nguồn: Sở Nội vụ Hà Tĩnh\nĐịa chỉ bài viết: https://hatinh.gov.vn/portal/a4120987.aspx\n"
         "Ngày in: 03/01/2025 08:14", "03/01/2025"),
    ],
)
def test_what_follows_a_body_on_a_mobile_page_or_a_print_view_is_chrome(tail: str, gone: str) -> None:
    text = "Tiêu đề bài viết\nThứ Năm, 02/01/2025 10:00\nNội dung bài viết.\n" + tail
    kept = article_only(text)
    assert gone not in kept and "Nội dung bài viết." in kept
