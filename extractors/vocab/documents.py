"""Document type words, symbols and issuer codes (domain.md, "Document references"), as data.

Words are written in canonical text (see `extractors.normalize`) and matched in any letter case;
symbols and issuers are matched as written, then respelled to the forms below.
"""

# type word -> doc_type; None for a generic word (`văn bản`) whose symbol decides the type
TYPE_WORDS: dict[str, str | None] = {
    "Nghị quyết": "nghi_quyet",
    "Nghị quyết liên tịch": "nghi_quyet",
    "Quyết định": "quyet_dinh",
    "Chỉ thị": "chi_thi",
    "Kế hoạch": "ke_hoach",
    "Kết luận": "ket_luan",
    "Quy định": "quy_dinh",
    "Thông tư": "thong_tu",
    "Thông tư liên tịch": "thong_tu",
    "Nghị định": "nghi_dinh",
    "Thông báo": "thong_bao",
    "Thông báo kết luận": "thong_bao",
    "Hướng dẫn": "huong_dan",
    "Báo cáo": "bao_cao",
    "Chương trình": "chuong_trinh",
    "Chương trình hành động": "chuong_trinh",
    "Đề án": "de_an",
    "Tờ trình": "to_trinh",
    "Công điện": "cong_dien",
    "Quy chế": "quy_che",
    "Phương án": "phuong_an",
    "Luật": "luat",
    "Bộ luật": "luat",
    "Công văn": "cong_van",
    "Văn bản": None,
}

# type symbol of a reference (`NQ` in `07-NQ/TU`, `QĐ` in `1234/QĐ-UBND`) -> doc_type
SYMBOLS: dict[str, str] = {
    "NQ": "nghi_quyet",
    "NQLT": "nghi_quyet",
    "QĐ": "quyet_dinh",
    "CT": "chi_thi",
    "KH": "ke_hoach",
    "KL": "ket_luan",
    "QĐi": "quy_dinh",
    "TT": "thong_tu",
    "TTLT": "thong_tu",
    "NĐ": "nghi_dinh",
    "TB": "thong_bao",
    "HD": "huong_dan",
    "BC": "bao_cao",
    "CTr": "chuong_trinh",
    "ĐA": "de_an",
    "TTr": "to_trinh",
    "CĐ": "cong_dien",
    "QC": "quy_che",
    "PA": "phuong_an",
    "CV": "cong_van",  # a party công văn: `123-CV/TU`
}

# symbols typed without `Đ` or in another case -> the symbol
SYMBOL_SPELLINGS: dict[str, str] = {
    "QD": "QĐ", "Qđ": "QĐ", "QDi": "QĐi", "QĐI": "QĐi", "ND": "NĐ", "DA": "ĐA", "CD": "CĐ", "CTR": "CTr", "TTR": "TTr",
}

# issuer codes typed without `Đ` or in another case -> the code (domain.md lists TW, TU, HU, UBND, HĐND,
# CP, TTg, BNV, BCĐ, VPCP; any other code is kept as written)
ISSUER_SPELLINGS: dict[str, str] = {
    "HDND": "HĐND", "BCD": "BCĐ", "DU": "ĐU", "TTG": "TTg", "Ttg": "TTg", "DHDCD": "ĐHĐCĐ",
}

# codes in the type place that are numbered papers but not documents of the contract: a licence
# (`Giấy phép số 05/GP-TTĐT`, the footer of every portal), a contract, a certificate
NOT_DOCUMENT_SYMBOLS: frozenset[str] = frozenset({"GP", "HĐ", "GCN", "GPKD", "GXN"})

# after a comma, words that open a new clause: a `về …` title ends before them
TITLE_STOPS: tuple[str, ...] = (
    "công tác", "theo đó", "trong đó", "đồng thời", "tuy nhiên", "qua đó", "từ đó", "nhằm", "góp phần",
    "đến nay", "sau đó", "các", "UBND", "Ủy ban nhân dân", "Tỉnh ủy", "toàn tỉnh", "chúng ta", "đến", "tập trung",
)

# type words that cite a document by its bare number, no `số` (`Thực hiện Chỉ thị 08, các sở…`): the ones whose
# number is only ever a document's (`Kế hoạch 5 năm`, `Chương trình 135` are not references)
BARE_NUMBER_TYPES: tuple[str, ...] = (
    "Nghị quyết", "Chỉ thị", "Kết luận", "Nghị định", "Quyết định", "Quy định", "Thông tư",
)

# type words whose bare number is a reference only when written with a leading zero, as numbers are on documents
# (`Đề án 06`, `Kế hoạch 01`); without one it is as likely a count or a name (`Kế hoạch 5 năm`, `Chương trình 135`)
ZERO_NUMBER_TYPES: tuple[str, ...] = ("Đề án", "Kế hoạch", "Chương trình", "Công văn")

# verbs that end the issuer after a reference (`… của Thủ tướng Chính phủ phê duyệt Đề án …`): a `về` past them is
# not the reference's title
ISSUER_ENDS: tuple[str, ...] = (
    "phê duyệt", "ban hành", "quy định", "hướng dẫn", "triển khai", "thực hiện", "giao", "yêu cầu", "chỉ đạo",
    "công bố", "thành lập",
)

# words that start the sentence's main verb after the cited document (`Nghị quyết số 15-NQ/TU … về … giai đoạn
# 2021-2025 đã được triển khai`): a `về …` title ends before them, comma or not
TITLE_VERB_STOPS: tuple[str, ...] = ("đã", "đang", "sẽ", "được", "nhằm")  # not `vừa`: `doanh nghiệp nhỏ và vừa`

# words right before a `TITLE_VERB_STOPS` word that keep it inside the title: `những điều đảng viên không được
# làm`, `về một số nhiệm vụ, giải pháp nhằm …`
TITLE_VERB_KEPT_AFTER: tuple[str, ...] = ("không", "chưa", "giải pháp", "biện pháp")

# heads of a unit's name, matched as written (capitalised): after a comma, a head and a capitalised name (`, Sở Nội
# vụ`, `, Ban Chỉ đạo`, `, Văn phòng UBND tỉnh`) or a head and a main verb (`, Sở đã`) open the main clause's
# subject, and a `về …` title ends before them, unless the title lists units (`giữa Sở Nội vụ, Sở Tư pháp`; see
# `extractors.documents`). Lower-case `sở, ban, ngành` and `cấp Sở, Ban, ngành` are no subject. Not `Tổ`: `Ban Chỉ
# đạo, Tổ giúp việc` is one title. `UBND`, `Ủy ban nhân dân` and `Tỉnh ủy` end a title anyway (`TITLE_STOPS`).
TITLE_SUBJECT_HEADS: tuple[str, ...] = (
    "Sở", "Bộ", "Ban", "Văn phòng", "Ủy ban", "Cục", "Chi cục", "Tổng cục", "Phòng", "Trung tâm", "Công an",
    "Thanh tra", "Hội đồng", "HĐND", "Đảng ủy", "Huyện ủy", "Thành ủy", "Thị ủy", "Đảng đoàn", "Ban cán sự",
    "Mặt trận", "Tòa án", "Viện kiểm sát", "Kho bạc", "Bảo hiểm xã hội", "Chủ tịch", "Thủ tướng", "Bộ trưởng",
    "Giám đốc", "Chính phủ",
)
