"""Document type words and symbols, and issuer codes (domain.md, "Document references")."""

# type word as written -> (doc_type, symbol)
DOC_TYPES: dict[str, tuple[str, str]] = {
    "Nghị quyết": ("nghi_quyet", "NQ"),
    "Quyết định": ("quyet_dinh", "QĐ"),
    "Chỉ thị": ("chi_thi", "CT"),
    "Kế hoạch": ("ke_hoach", "KH"),
    "Kết luận": ("ket_luan", "KL"),
    "Quy định": ("quy_dinh", "QĐi"),
    "Thông tư": ("thong_tu", "TT"),
    "Nghị định": ("nghi_dinh", "NĐ"),
    "Thông báo": ("thong_bao", "TB"),
    "Hướng dẫn": ("huong_dan", "HD"),
    "Báo cáo": ("bao_cao", "BC"),
    "Chương trình": ("chuong_trinh", "CTr"),
    "Đề án": ("de_an", "ĐA"),
    "Tờ trình": ("to_trinh", "TTr"),
    "Công điện": ("cong_dien", "CĐ"),
    "Quy chế": ("quy_che", "QC"),
    "Phương án": ("phuong_an", "PA"),
    "Luật": ("luat", "L"),
    "Công văn": ("cong_van", ""),
}

SYMBOL_TYPES: dict[str, str] = {symbol: doc_type for doc_type, symbol in DOC_TYPES.values() if symbol}
