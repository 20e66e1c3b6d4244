"""Index names, abbreviations and sub-indices (domain.md, "Rankings").

Full names are only taken with their head word `Chỉ số` / `Bộ chỉ số`: the bare phrases
(`cải cách hành chính`, `chuyển đổi số`, `sự hài lòng của người dân`) are the everyday topic of
every article and would name an index everywhere. Abbreviations stand alone, as whole words.
Everything is matched case-insensitively on canonical text, longest name first.
"""

# full name after `Chỉ số` / `Bộ chỉ số` -> index code of the spec
INDEX_FULL_NAMES: dict[str, str] = {
    "cải cách hành chính": "PAR_INDEX",
    "CCHC": "PAR_INDEX",
    "PAR INDEX": "PAR_INDEX",
    "hài lòng": "SIPAS",
    "hài lòng về sự phục vụ hành chính": "SIPAS",
    "hiệu quả quản trị và hành chính công": "PAPI",
    "năng lực cạnh tranh cấp tỉnh": "PCI",
    "năng lực cạnh tranh cấp sở": "DDCI",
    "năng lực cạnh tranh cấp huyện": "DDCI",
    "năng lực cạnh tranh các sở": "DDCI",
    "năng lực cạnh tranh cấp sở, ban, ngành và địa phương": "DDCI",
    "năng lực cạnh tranh cấp sở, ngành và địa phương": "DDCI",
    "năng lực cạnh tranh cấp sở, ngành, địa phương": "DDCI",
    "đánh giá năng lực cạnh tranh cấp sở": "DDCI",
    "đánh giá năng lực cạnh tranh cấp huyện": "DDCI",
    "chuyển đổi số": "DTI",
    "sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông": "ICT_INDEX",
    "sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông": "ICT_INDEX",
    "sẵn sàng cho phát triển và ứng dụng công nghệ thông tin": "ICT_INDEX",
    "sẵn sàng cho phát triển và ứng dụng công nghệ thông tin-truyền thông": "ICT_INDEX",
    "sẵn sàng cho phát triển và ứng dụng CNTT-TT": "ICT_INDEX",
    "sẵn sàng cho phát triển và ứng dụng CNTT và TT": "ICT_INDEX",
    "xanh cấp tỉnh": "PGI",
    "xanh": "PGI",
    "phục vụ người dân, doanh nghiệp": "SERVICE_INDEX",
    "phục vụ người dân và doanh nghiệp": "SERVICE_INDEX",
    # the official name in Decision 766/QĐ-TTg, its shorter forms, and the press's name after the decision
    "chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, "
    "dịch vụ công theo thời gian thực trên môi trường điện tử": "SERVICE_INDEX",
    "chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, "
    "dịch vụ công": "SERVICE_INDEX",
    "chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp": "SERVICE_INDEX",
    "đánh giá chất lượng phục vụ người dân, doanh nghiệp": "SERVICE_INDEX",
    "766": "SERVICE_INDEX",
    "đổi mới sáng tạo": "OTHER",
    "phát triển Chính phủ điện tử": "OTHER",
}

# abbreviation (a whole word, any case) -> index code
INDEX_ABBREVIATIONS: dict[str, str] = {
    "PAR INDEX": "PAR_INDEX",
    "PAR-INDEX": "PAR_INDEX",
    "PARINDEX": "PAR_INDEX",
    "SIPAS": "SIPAS",
    "PAPI": "PAPI",
    "PCI": "PCI",
    "DTI": "DTI",
    "Vietnam ICT Index": "ICT_INDEX",
    "ICT Index": "ICT_INDEX",
    "ICT-Index": "ICT_INDEX",
    "PGI": "PGI",
    "DDCI": "DDCI",
    "PII": "OTHER",
    "EGDI": "OTHER",
}

# How a bare score (`đạt 87,32`) is meant on each index: the Ministry of Home Affairs publishes PAR INDEX and
# SIPAS as percentages, VCCI, UNDP and the provinces publish PCI, PAPI, PGI and DDCI as points.
SCORE_UNITS: dict[str, str] = {
    "PAR_INDEX": "percent",
    "SIPAS": "percent",
    "PCI": "points",
    "PAPI": "points",
    "PGI": "points",
    "DDCI": "points",
}

# Sub-indices and pillars, per index: name or abbreviation as written -> component as reported.
COMPONENTS: dict[str, dict[str, str]] = {
    "PAR_INDEX": {
        "công tác chỉ đạo, điều hành cải cách hành chính": "công tác chỉ đạo, điều hành",
        "công tác chỉ đạo, điều hành": "công tác chỉ đạo, điều hành",
        "cải cách thể chế": "cải cách thể chế",
        "xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật": "cải cách thể chế",
        "cải cách thủ tục hành chính": "cải cách thủ tục hành chính",
        "cải cách tổ chức bộ máy": "cải cách tổ chức bộ máy",
        "cải cách tổ chức bộ máy hành chính": "cải cách tổ chức bộ máy",
        "cải cách chế độ công vụ": "cải cách chế độ công vụ",
        "xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức": "cải cách chế độ công vụ",
        "cải cách tài chính công": "cải cách tài chính công",
        "hiện đại hóa hành chính": "hiện đại hóa hành chính",
        "xây dựng và phát triển chính quyền điện tử, chính quyền số": "chính quyền điện tử, chính quyền số",
        "chính quyền điện tử, chính quyền số": "chính quyền điện tử, chính quyền số",
        "tác động của cải cách hành chính": "tác động của cải cách hành chính",
    },
    "SIPAS": {
        "tiếp cận dịch vụ": "tiếp cận dịch vụ",
        "thủ tục hành chính": "thủ tục hành chính",
        "công chức trực tiếp giải quyết công việc": "công chức trực tiếp giải quyết công việc",
        "kết quả giải quyết công việc": "kết quả giải quyết công việc",
        "tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị": "tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị",
        "tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị": "tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị",
        "sự phục vụ của công chức": "sự phục vụ của công chức",  # the element's name since the 2021 survey
    },
    "PAPI": {
        "tham gia của người dân ở cấp cơ sở": "tham gia của người dân ở cấp cơ sở",
        "công khai, minh bạch": "công khai, minh bạch",
        "trách nhiệm giải trình với người dân": "trách nhiệm giải trình với người dân",
        "kiểm soát tham nhũng trong khu vực công": "kiểm soát tham nhũng trong khu vực công",
        "thủ tục hành chính công": "thủ tục hành chính công",
        "cung ứng dịch vụ công": "cung ứng dịch vụ công",
        "quản trị môi trường": "quản trị môi trường",
        "quản trị điện tử": "quản trị điện tử",
    },
    "PCI": {
        "gia nhập thị trường": "gia nhập thị trường",
        "tiếp cận đất đai": "tiếp cận đất đai",
        "tính minh bạch": "tính minh bạch",
        "chi phí thời gian": "chi phí thời gian",
        "chi phí không chính thức": "chi phí không chính thức",
        "cạnh tranh bình đẳng": "cạnh tranh bình đẳng",
        "tính năng động của chính quyền": "tính năng động của chính quyền",
        "tính năng động": "tính năng động của chính quyền",
        # the full names VCCI's reports give, reported as written
        "tính năng động của chính quyền tỉnh": "tính năng động của chính quyền tỉnh",
        "tính năng động và tiên phong của chính quyền tỉnh": "tính năng động và tiên phong của chính quyền tỉnh",
        "dịch vụ hỗ trợ doanh nghiệp": "dịch vụ hỗ trợ doanh nghiệp",
        "đào tạo lao động": "đào tạo lao động",
        "thiết chế pháp lý": "thiết chế pháp lý",
    },
    "DTI": {
        "chính quyền số": "chính quyền số",
        "CQS": "chính quyền số",
        "kinh tế số": "kinh tế số",
        "KTS": "kinh tế số",
        "xã hội số": "xã hội số",
        "XHS": "xã hội số",
        "chuyển đổi nhận thức": "chuyển đổi nhận thức",
        "kiến tạo thể chế": "kiến tạo thể chế",
        "hạ tầng và nền tảng số": "hạ tầng và nền tảng số",
        "thông tin và dữ liệu số": "thông tin và dữ liệu số",
        "an toàn thông tin mạng": "an toàn thông tin mạng",
        "hoạt động chuyển đổi số": "hoạt động chuyển đổi số",
        "hoạt động chính quyền số": "hoạt động chính quyền số",
        "chính phủ số": "chính phủ số",  # the ministries' pillar, where the provinces have chính quyền số
        "phát triển hạ tầng và nền tảng số": "phát triển hạ tầng và nền tảng số",
        # the main indices under the names the yearly DTI reports give them
        "nhận thức số": "nhận thức số",
        "thể chế số": "thể chế số",
        "hạ tầng số": "hạ tầng số",
        "nhân lực số": "nhân lực số",
    },
    # the Vietnam ICT Index's component indices (its yearly report's names)
    "ICT_INDEX": {
        "hạ tầng kỹ thuật": "hạ tầng kỹ thuật",
        "hạ tầng kỹ thuật CNTT": "hạ tầng kỹ thuật",
        "hạ tầng nhân lực": "hạ tầng nhân lực",
        "hạ tầng nhân lực CNTT": "hạ tầng nhân lực",
        "ứng dụng CNTT": "ứng dụng CNTT",
        "ứng dụng công nghệ thông tin": "ứng dụng CNTT",
        "môi trường tổ chức - chính sách": "môi trường tổ chức - chính sách",
        "môi trường tổ chức, chính sách": "môi trường tổ chức - chính sách",
    },
    # the groups of indicators of Decision 766/QĐ-TTg, as the national public service portal names them
    "SERVICE_INDEX": {
        "công khai, minh bạch": "công khai, minh bạch",
        "tiến độ giải quyết": "tiến độ giải quyết",
        "dịch vụ công trực tuyến": "dịch vụ công trực tuyến",
        "thanh toán trực tuyến": "thanh toán trực tuyến",
        "mức độ hài lòng": "mức độ hài lòng",
        "số hóa hồ sơ": "số hóa hồ sơ",
    },
    # a province's ranking of its departments and districts, on the pillars of the PCI
    "DDCI": {
        "tính minh bạch và tiếp cận thông tin": "tính minh bạch và tiếp cận thông tin",
        "tính năng động và hiệu lực của chính quyền": "tính năng động và hiệu lực của chính quyền",
        "tính năng động": "tính năng động và hiệu lực của chính quyền",
        "chi phí thời gian": "chi phí thời gian",
        "chi phí không chính thức": "chi phí không chính thức",
        "cạnh tranh bình đẳng": "cạnh tranh bình đẳng",
        "hỗ trợ doanh nghiệp": "hỗ trợ doanh nghiệp",
        "thiết chế pháp lý": "thiết chế pháp lý",
        "vai trò người đứng đầu": "vai trò người đứng đầu",
    },
}

# A province-level index -> the index a province keeps of its own departments and districts on the same pillars: a
# rank among units is on the second (`Cùng với PCI, tỉnh duy trì đánh giá … (DDCI). Năm 2024, Sở Kế hoạch và Đầu tư
# dẫn đầu khối sở, ban, ngành`), when the article names it.
UNITS_INDEX: dict[str, str] = {"PCI": "DDCI"}
