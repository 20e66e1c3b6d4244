"""Document references (extractors/documents.py): one real phrase per rule, the links, and the traps."""

from datetime import date

import pytest

from extractors import ArticleText, Context, canonicalize
from extractors.dates import find_dates
from extractors.documents import find_documents
from extractors.vocab.documents import TITLE_STOPS, TITLE_SUBJECT_HEADS, TYPE_WORDS
from schemas import Document


def docs_of(text: str, context: Context | None = None) -> list[Document]:
    article = ArticleText(canonicalize(text).text, context or Context())
    return find_documents(article, find_dates(article))


def one(text: str, context: Context | None = None) -> Document:
    (doc,) = docs_of(text, context)
    return doc


@pytest.mark.parametrize(
    ("text", "quote", "rule", "doc_type", "ref", "issuer"),
    [
        ("Sau 5 năm thực hiện Nghị quyết số 07-NQ/TU", "Nghị quyết số 07-NQ/TU", "document.party", "nghi_quyet",
         "07-NQ/TU", "TU"),
        ("theo Quy định số 08-QĐi/TW của Bộ Chính trị", "Quy định số 08-QĐi/TW", "document.party", "quy_dinh",
         "08-QĐi/TW", "TW"),
        ("Thông báo kết luận số 21-TB/TU", "Thông báo kết luận số 21-TB/TU", "document.party", "thong_bao",
         "21-TB/TU", "TU"),
        ("Kết luận số 21-KL/TW", "Kết luận số 21-KL/TW", "document.party", "ket_luan", "21-KL/TW", "TW"),
        ("Hướng dẫn số 12-HD/BTGTU", "Hướng dẫn số 12-HD/BTGTU", "document.party", "huong_dan", "12-HD/BTGTU",
         "BTGTU"),
        ("Nghị quyết số 07 - NQ/TU", "Nghị quyết số 07 - NQ/TU", "document.party", "nghi_quyet", "07-NQ/TU", "TU"),
        ("Nghị quyết 07–NQ/TU", "Nghị quyết 07–NQ/TU", "document.party", "nghi_quyet", "07-NQ/TU", "TU"),
        ("Chỉ thị 11/CT- UBND tăng cường kỷ cương", "Chỉ thị 11/CT- UBND", "document.administrative", "chi_thi",
         "11/CT-UBND", "UBND"),
        ("Kế hoạch số 45/KH-UBND", "Kế hoạch số 45/KH-UBND", "document.administrative", "ke_hoach", "45/KH-UBND",
         "UBND"),
        ("Quyết định 766/QĐ-TTg", "Quyết định 766/QĐ-TTg", "document.administrative", "quyet_dinh", "766/QĐ-TTg",
         "TTg"),
        ("Quyết định số 1463/QD-UBND", "Quyết định số 1463/QD-UBND", "document.administrative", "quyet_dinh",
         "1463/QĐ-UBND", "UBND"),
        ("Tờ\ntrình số 617/TTr-SNV", "Tờ trình số 617/TTr-SNV", "document.administrative", "to_trinh",
         "617/TTr-SNV", "SNV"),
        ("Chương trình số 05/CTr-UBND", "Chương trình số 05/CTr-UBND", "document.administrative", "chuong_trinh",
         "05/CTr-UBND", "UBND"),
        ("theo 76/NQ-CP của Chính phủ", "76/NQ-CP", "document.administrative", "nghi_quyet", "76/NQ-CP", "CP"),
        ("Kế hoạch số 30c/KH-SNV-CCHC&PC", "Kế hoạch số 30c/KH-SNV-CCHC&PC", "document.administrative", "ke_hoach",
         "30c/KH-SNV-CCHC&PC", "SNV"),  # the issuing body, before its drafting unit
        ("Nghị định 61/2018/NĐ-CP", "Nghị định 61/2018/NĐ-CP", "document.normative", "nghi_dinh", "61/2018/NĐ-CP",
         "CP"),
        ("Thông tư số 02/2021/TT-BNV", "Thông tư số 02/2021/TT-BNV", "document.normative", "thong_tu",
         "02/2021/TT-BNV", "BNV"),
        ("Nghị quyết số 10/2022/NQ-HĐND", "Nghị quyết số 10/2022/NQ-HĐND", "document.normative", "nghi_quyet",
         "10/2022/NQ-HĐND", "HĐND"),
        ("Luật số 77/2015/QH13", "Luật số 77/2015/QH13", "document.normative", "luat", "77/2015/QH13", "QH13"),
        ("và Nghị quyết số 19-2016/NQ-CP ngày 28/4/2016", "Nghị quyết số 19-2016/NQ-CP", "document.normative",
         "nghi_quyet", "19-2016/NQ-CP", "CP"),  # the Government's yearly resolution
        ("Thông tư liên tịch số 07/2015/TTLT-BNNPTNT-BNV", "Thông tư liên tịch số 07/2015/TTLT-BNNPTNT-BNV",
         "document.normative", "thong_tu", "07/2015/TTLT-BNNPTNT-BNV", "BNNPTNT-BNV"),  # a joint act: both issue it
        ("Nghị quyết số 1211/2016/UBTVQH13", "Nghị quyết số 1211/2016/UBTVQH13", "document.normative",
         "nghi_quyet", "1211/2016/UBTVQH13", "UBTVQH13"),
        ("Công văn số 1234/UBND-NC", "Công văn số 1234/UBND-NC", "document.cong_van", "cong_van", "1234/UBND-NC",
         "UBND"),  # the issuing body; `NC` is the unit that drafted it
        ("thực hiện văn bản số 5487/BNV-CCHC", "văn bản số 5487/BNV-CCHC", "document.cong_van", "cong_van",
         "5487/BNV-CCHC", "BNV"),
        ("theo Chỉ thị số 23 của Thủ tướng", "Chỉ thị số 23", "document.number_only", "chi_thi", "23", None),
        ("Số: 1463/QĐ-UBND", "Số: 1463/QĐ-UBND", "document.header_number", "quyet_dinh", "1463/QĐ-UBND", "UBND"),
        ("Số hiệu: 1463/QĐ-UBND Loại văn bản", "Số hiệu: 1463/QĐ-UBND", "document.header_number", "quyet_dinh",
         "1463/QĐ-UBND", "UBND"),
        ("NGHỊ QUYẾT SỐ 07-NQ/TU", "NGHỊ QUYẾT SỐ 07-NQ/TU", "document.party", "nghi_quyet", "07-NQ/TU", "TU"),
    ],
)
def test_rules(text: str, quote: str, rule: str, doc_type: str, ref: str, issuer: str | None) -> None:
    doc = one(text)
    assert (doc.quote, doc.rule, doc.doc_type, doc.ref, doc.issuer) == (quote, rule, doc_type, ref, issuer)


def test_number_year_and_normalised_parts() -> None:
    doc = one("Nghị định số 73/1999/ND-CP")
    assert (doc.number, doc.year, doc.ref, doc.doc_type) == ("73", 1999, "73/1999/NĐ-CP", "nghi_dinh")


@pytest.mark.parametrize(
    ("text", "issued_on"),
    [
        ("Sau 5 năm thực hiện Nghị quyết số 07-NQ/TU ngày 26 tháng 4 năm 2016 của Ban Chấp hành", "2016-04-26"),
        ("theo các nhiệm vụ tại Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", "2021-07-15"),
        ("Quyết định số 1291/QĐ-BNV ngày 30/12/2022 của Bộ Nội vụ", "2022-12-30"),
        ("Quyết định số 12/QĐ-UBND của UBND tỉnh ngày 5/6/2020", "2020-06-05"),
        ("đã xác định tại Nghị quyết số 08-NQ/TU ngày 22 tháng năm 2021 của Ban Chấp hành", "2021"),
        ("Chính vì vậy, ngày 5/9/2016, Thủ tướng Chính phủ đã ký ban hành Chỉ thị số 26/CT-TTg về tăng cường",
         "2016-09-05"),
        ("khắc phục những hạn chế, ngày 22 tháng 4 năm 2021 Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số "
         "08-NQ/TU về đẩy mạnh", "2021-04-22"),
        ("Chương trình tổng thể được Chính phủ ban hành ngày 17/9/2001 tại Quyết định số 136/QĐ-TTg đặt ra",
         "2001-09-17"),
        ("Số: 1463/QĐ-UBND\n\nĐắk Nông, ngày 30 tháng 8 năm 2019\n\nQUYẾT ĐỊNH", "2019-08-30"),
        ("Số: 1463/QĐ-UBND          Đắk Nông, ngày 30 tháng 8 năm 2019", "2019-08-30"),
        # a two-column header flattened: the motto and its rule stand between the number and the place-date line
        ("Số: 1234/QĐ-UBND\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
         "Bắc Kạn, ngày 12 tháng 3 năm 2020\nQUYẾT ĐỊNH", "2020-03-12"),
        # the motto on the number's line, a tab between the columns; an official letter's subject under its number
        ("Số: 385/BC-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n\n"
         "Bắc Kạn, ngày 08 tháng 12 năm 2023\n\nBÁO CÁO", "2023-12-08"),
        ("Số: 1234/UBND-NC\nV/v khắc phục hạn chế, nâng cao Chỉ số CCHC, Chỉ số SIPAS năm 2022\n\n"
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Tháp, ngày 06 tháng 6 năm 2022",
         "2022-06-06"),
        ("Nghị định số 73/1999/NĐ-CP ngày 19/8/19999 do đó", None),
        ("Quyết định 1463/QĐ-UBND 2019 xây dựng bộ chỉ số", None),
        ("Số hiệu: 1463/QĐ-UBND Loại văn bản: Quyết định\nNgày ban hành: 30/08/2019", None),
        # dates of something else
        ("Ngày 15/3/2024, UBND tỉnh tổ chức hội nghị quán triệt Nghị quyết số 07-NQ/TU", None),
        ("Ngày 10/3/2024, Sở ban hành Kế hoạch số 45/KH-SNV triển khai Quyết định số 12/QĐ-UBND", None),
        ("Năm 2023 tổng kết ngày 10/3/2024. Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU", None),
    ],
)
def test_issue_date(text: str, issued_on: str | None) -> None:
    assert docs_of(text)[-1].issued_on == issued_on


def test_issue_date_carries_the_date_flags() -> None:
    assert one("Nghị quyết số 08-NQ/TU ngày 22 tháng năm 2021").flags == ("month_missing",)
    assert one("Nghị định số 73/1999/NĐ-CP ngày 19/8/19999").flags == ("issued_on_unreadable",)
    doc = one("(HNM) - Ngày 26-3, Chủ tịch UBND TP đã ký ban hành Chỉ thị 11/CT- UBND", Context(date(2009, 3, 30)))
    assert (doc.issued_on, doc.flags) == ("2009-03-26", ("year_inferred",))
    assert one("(HNM) - Ngày 26-3, Chủ tịch UBND TP đã ký ban hành Chỉ thị 11/CT- UBND").issued_on is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nghị quyết số 07-NQ/TU ngày 26 tháng 4 năm 2016 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách "
         "hành chính giai đoạn 2016 – 2020, công tác cải cách hành chính (CCHC) của tỉnh đã đạt",
         "về đẩy mạnh cải cách hành chính giai đoạn 2016 – 2020"),
        ("Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông "
         "trong giải quyết thủ tục hành chính.", "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết "
         "thủ tục hành chính"),
        ("Căn cứ Quyết định số 475/QĐ-UBND ngày 24/3/2017 của UBND tỉnh Đắk Nông, về việc phê duyệt Đề án nâng cao "
         "năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Đắk Nông giai đoạn 2016 - 2020;",
         "về việc phê duyệt Đề án nâng cao năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Đắk Nông giai đoạn 2016 - 2020"),
        ("triển khai Quyết định số 12/QĐ-UBND, về cơ bản đã hoàn thành", None),
        # the title ends before another reference joined to it, and before the sentence's main verb
        ("Kế hoạch số 120/KH-UBND ngày 15/3/2024 của UBND tỉnh về cải cách hành chính năm 2024 và Quyết định số "
         "2345/QĐ-UBND ngày 29/12/2023 …", "về cải cách hành chính năm 2024"),
        ("Nghị quyết số 15-NQ/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh cải cách hành chính, cải thiện "
         "môi trường đầu tư kinh doanh giai đoạn 2021-2025 đã được triển khai quyết liệt.",
         "về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh giai đoạn 2021-2025"),
        ("Kế hoạch số 30/KH-UBND về cải cách hành chính, UBND tỉnh đã chỉ đạo các sở.", "về cải cách hành chính"),
        ("Kế hoạch số 31/KH-UBND về cải cách hành chính, các sở, ngành triển khai.", "về cải cách hành chính"),
        ("Kế hoạch số 32/KH-UBND về cải cách hành chính năm 2024 được ban hành.", "về cải cách hành chính năm 2024"),
        ("Kế hoạch số 33/KH-UBND về cải cách hành chính nhằm nâng cao chỉ số.", "về cải cách hành chính"),
        ("Quyết định số 11/QĐ-UBND về việc phê duyệt Đề án nâng cao chất lượng, Quyết định số 12/QĐ-UBND về quy chế.",
         "về việc phê duyệt Đề án nâng cao chất lượng"),
        # real titles stay whole: a reference the title names, `không được`, `giải pháp nhằm`, `nhỏ và vừa`
        ("Kế hoạch số 45/KH-UBND về triển khai thực hiện Nghị quyết số 07-NQ/TU và Chỉ thị số 05-CT/TU, các sở đã",
         "về triển khai thực hiện Nghị quyết số 07-NQ/TU và Chỉ thị số 05-CT/TU"),
        ("Quy định số 08-QĐi/TW về những điều đảng viên không được làm.", "về những điều đảng viên không được làm"),
        ("Nghị quyết số 02/NQ-CP về tiếp tục thực hiện những nhiệm vụ, giải pháp nhằm cải thiện môi trường kinh doanh "
         "sẽ được tổng kết.",
         "về tiếp tục thực hiện những nhiệm vụ, giải pháp nhằm cải thiện môi trường kinh doanh"),
        ("Chỉ thị số 26/CT-TTg ngày 5/9/2016 về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước "
         "các cấp.", "về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp"),
        ("Nghị quyết số 10/NQ-HĐND về hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh.",
         "về hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh"),
        ("Kế hoạch số 45/KH-UBND triển khai nhiệm vụ", None),
        # the horizon a title adds after its years stays in it
        ("Nghị quyết số 05-NQ/TU ngày 06/5/2021 của Ban Thường vụ Thành ủy về chuyển đổi số đến năm 2025, định hướng "
         "đến năm 2030, Đề án chuyển đổi số thành phố", "về chuyển đổi số đến năm 2025, định hướng đến năm 2030"),
        # a comma, then a time or a new verb, ends a title
        ("Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị về tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính "
         "trị, đến tháng 3 năm 2025 tỉnh đã hoàn thành", "về tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị"),
        ("Chỉ thị số 08/CT-UBND về nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh năm 2024, tập trung tháo gỡ vướng mắc",
         "về nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh năm 2024"),
        # a `về` past the issuer's act is the act's object: `phê duyệt Đề án … về dân cư`
        ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu "
         "về dân cư, định danh và xác thực điện tử", None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert docs_of(text)[0].title == title


@pytest.mark.parametrize(
    "text",
    [
        "gắn với Nghị quyết số 12-NQ/TU, Đề án3 triển khai",  # footnote marker
        "về việc phê duyệt Đ án nâng cao",
        "năm 2016 xếp thứ 60/63 tỉnh, thành phố",
        "ngày 26/4/2016 và 26-4-2016",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông cấp",
        "Kế hoạch 5 năm 2021-2025",
        "đạt 1234/UBND-NC",  # a bare code with no `số` or type word
        "Văn bản số 5 năm 2020",  # a generic word with a number only
        "số 77/2015/QH13",  # law or resolution: only the type word tells
        "https://cchc.backan.gov.vn/vi/news/2021/05",
    ],
)
def test_traps(text: str) -> None:
    refs = [d.ref for d in docs_of(text)]
    assert refs == (["12-NQ/TU"] if "12-NQ/TU" in text else [])


def test_vocabulary_is_canonical() -> None:
    for word in (*TYPE_WORDS, *TITLE_STOPS, *TITLE_SUBJECT_HEADS):
        assert canonicalize(word).text == word


# --- held-out wording (tests/extractors/corpus) that the rules once missed -----------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "ref", "year", "issuer"),
    [
        ("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;",
         "Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "77/2015/QH13", 2015, "QH13"),
        ("Căn cứ Bộ luật Lao động số 45/2019/QH14;", "Bộ luật Lao động số 45/2019/QH14", "45/2019/QH14", 2019, "QH14"),
    ],
)
def test_law_cited_by_its_name_before_the_number(text: str, quote: str, ref: str, year: int, issuer: str) -> None:
    doc = one(text)
    assert (doc.quote, doc.doc_type, doc.ref, doc.year, doc.issuer) == (quote, "luat", ref, year, issuer)


def test_named_law_needs_the_type_word_and_no_sentence_break() -> None:
    assert docs_of("Theo Luật này. Trong đó số 77/2015/QH13 được nêu.") == []


def test_cong_van_issuer_is_the_issuing_body_not_the_drafting_unit() -> None:
    doc = one("Sở Nội vụ có văn bản số 2345/SNV-CCHC&PC hướng dẫn.")
    assert (doc.ref, doc.issuer) == ("2345/SNV-CCHC&PC", "SNV")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # probed with unseen text: the main clause's subject, a unit after a comma, is no part of the title
        ("Quyết định số 1054/QĐ-UBND ngày 22 tháng năm 2023 của UBND tỉnh về việc ban hành Kế hoạch khảo sát sự hài "
         "lòng, Sở Nội vụ đã phối hợp với các cơ quan", "về việc ban hành Kế hoạch khảo sát sự hài lòng"),
        ("Kế hoạch số 30/KH-UBND về cải cách hành chính, Văn phòng UBND tỉnh tổ chức kiểm tra.",
         "về cải cách hành chính"),
        ("Kế hoạch số 30/KH-UBND về cải cách hành chính năm 2024, Sở đã tổ chức kiểm tra.",
         "về cải cách hành chính năm 2024"),
        # the title names a unit, and the next unit has the main verb right after it
        ("Quyết định số 12/QĐ-UBND về việc kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh, Bộ phận một cửa, Ban Chỉ "
         "đạo đã họp.", "về việc kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh, Bộ phận một cửa"),
        # not a subject: units the title lists, lower-case or bare heads, `Tổ`
        ("Quyết định số 12/QĐ-UBND về quy chế phối hợp giữa Sở Nội vụ, Sở Tư pháp, Sở Tài chính.",
         "về quy chế phối hợp giữa Sở Nội vụ, Sở Tư pháp, Sở Tài chính"),
        ("Quyết định số 12/QĐ-UBND về việc kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh, Tổ giúp việc.",
         "về việc kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh, Tổ giúp việc"),
        ("Quyết định số 12/QĐ-UBND về xây dựng Bộ chỉ số năng lực cạnh tranh cấp Sở, Ban, ngành và địa phương.",
         "về xây dựng Bộ chỉ số năng lực cạnh tranh cấp Sở, Ban, ngành và địa phương"),
    ],
)
def test_title_ends_before_the_main_clauses_subject(text: str, title: str) -> None:
    assert docs_of(text)[0].title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thực hiện Chỉ thị 08, các sở, ngành đã triển khai nghiêm túc.", [("Chỉ thị 08", "chi_thi", "08")]),
        ("Theo Nghị quyết 05 năm 2021 của HĐND tỉnh", [("Nghị quyết 05", "nghi_quyet", "05")]),
        # a code, a count, a span of years, a year: no bare number
        ("Sau 2 năm thực hiện Nghị quyết 18-NQ/TW", [("Nghị quyết 18-NQ/TW", "nghi_quyet", "18-NQ/TW")]),
        ("Quyết định 2 lần điều chỉnh, Nghị quyết 3 năm qua, Nghị quyết 2023", []),
        ("Kế hoạch 5 năm, Chương trình 135", []),
        # a leading zero makes a project's or a plan's bare number a document's
        ("Đẩy mạnh triển khai Đề án 06 tại các xã, phường", [("Đề án 06", "de_an", "06")]),
        ("Theo Kế hoạch 01 của Ban Chỉ đạo, Kế hoạch 05 năm", [("Kế hoạch 01", "ke_hoach", "01")]),
    ],
)
def test_number_after_type(text: str, expected: list) -> None:
    assert [(d.quote, d.doc_type, d.ref) for d in docs_of(text)] == expected
    assert all(d.rule == "document.number_after_type" for d in docs_of(text) if "-" not in d.ref)


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("theo Kế hoạch số 456/KH-SNV ngày 05/12/2023 của Sở Nội vụ và Hướng dẫn số 02/HD-SNV cùng ngày, trên cơ sở",
         ["2023-12-05", "2023-12-05"]),
        ("tiếp tục thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW cùng ngày 25/10/2017 của Ban Chấp hành Trung ương",
         ["2017-10-25", "2017-10-25"]),
        # a body that "has" a document issued it
        ("Ngày 05/9/2025, Văn phòng UBND tỉnh có Thông báo số 145/TB-VPUB về kết quả đánh giá", ["2025-09-05"]),
    ],
)
def test_issued_the_same_day_and_had_on_a_day(text: str, issued: list[str]) -> None:
    article = ArticleText(canonicalize(text).text)
    assert [d.issued_on for d in find_documents(article, find_dates(article))] == issued
