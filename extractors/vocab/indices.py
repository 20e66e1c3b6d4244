"""Index names and abbreviations (domain.md, "Rankings"), longest names first when matched."""

# name as written (matched case-insensitively) -> index code of the spec
INDEX_NAMES: dict[str, str] = {
    "PAR INDEX": "PAR_INDEX",
    "Chỉ số CCHC": "PAR_INDEX",
    "Chỉ số cải cách hành chính": "PAR_INDEX",
    "SIPAS": "SIPAS",
    "Chỉ số hài lòng": "SIPAS",
    "PAPI": "PAPI",
    "PCI": "PCI",
    "Chỉ số năng lực cạnh tranh cấp tỉnh": "PCI",
    "DTI": "DTI",
    "Chỉ số chuyển đổi số": "DTI",
    "ICT Index": "ICT_INDEX",
    "PGI": "PGI",
    "Chỉ số xanh": "PGI",
    "DDCI": "DDCI",
}
