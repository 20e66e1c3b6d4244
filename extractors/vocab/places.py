"""Who gets ranked: provinces, ministries, departments, districts, and the words for a field of them.

Provinces are the 63 before the merger of 1 July 2025 and the 34 after it (every one of the 34 kept
the name of a former province, except Huế). Names are matched with their capitals as written
(`Hòa Bình` the province, `hòa bình` the word), and both tone placements (`Hòa`/`Hoà`), since old
portals use either.
"""

# name as written -> the province's name as reported in `subject`
PROVINCES: dict[str, str] = {
    name: name
    for name in (
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
        "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng",
        "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội",
        "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
        "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
        "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
        "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
        "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
        "Yên Bái", "Huế",
    )
} | {
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Bắc Cạn": "Bắc Kạn",
    "Đắc Lắc": "Đắk Lắk",
    "Đăk Lăk": "Đắk Lắk",
    "Đắk Lăk": "Đắk Lắk",
    "Đăk Nông": "Đắk Nông",
    "Đắc Nông": "Đắk Nông",
    "Hoà Bình": "Hòa Bình",
    "Khánh Hoà": "Khánh Hòa",
    "Thanh Hoá": "Thanh Hóa",
    "Thừa Thiên - Huế": "Thừa Thiên Huế",
    "Thừa Thiên-Huế": "Thừa Thiên Huế",
    # `Hồ Chí Minh` alone is the President (`tư tưởng Hồ Chí Minh`): the city only with its unit word
    "Thành phố Hồ Chí Minh": "Hồ Chí Minh",
    "thành phố Hồ Chí Minh": "Hồ Chí Minh",
    "TP. Hồ Chí Minh": "Hồ Chí Minh",
    "TP.Hồ Chí Minh": "Hồ Chí Minh",
    "TP Hồ Chí Minh": "Hồ Chí Minh",
    "TP.HCM": "Hồ Chí Minh",
    "TP. HCM": "Hồ Chí Minh",
    "TP HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "Kontum": "Kon Tum",
}
# in a headline or a heading in capitals: `ĐÀ NẴNG DẪN ĐẦU CẢ NƯỚC VỀ CHỈ SỐ CHUYỂN ĐỔI SỐ`
PROVINCES |= {name.upper(): province for name, province in PROVINCES.items()}

# Centrally run cities: `thành phố Đà Nẵng` is the province; `thành phố Tuyên Quang` is a city of Tuyên Quang.
CENTRAL_CITIES: frozenset[str] = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})

# Longer proper names that contain a province's name but are not it: matched first, then ignored.
NOT_PROVINCES: tuple[str, ...] = ("Thái Bình Dương",)

# Fields of ministries and departments: `Bộ <field>` is a ministry, `Sở <field>` a provincial department.
SECTORS: tuple[str, ...] = (
    "Nội vụ", "Tư pháp", "Kế hoạch và Đầu tư", "Tài chính", "Công Thương", "Công thương",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Giao thông vận tải",
    "Giao thông - Vận tải", "Xây dựng", "Tài nguyên và Môi trường", "Thông tin và Truyền thông",
    "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
    "Văn hoá, Thể thao và Du lịch", "Văn hóa và Thể thao", "Du lịch", "Khoa học và Công nghệ",
    "Giáo dục và Đào tạo", "Y tế", "Ngoại vụ", "Ngoại giao", "Quốc phòng", "Công an", "Dân tộc và Tôn giáo",
)

# Ranked bodies that are neither `Bộ` nor `Sở` plus a field.
AGENCIES: tuple[str, ...] = (
    "Ủy ban Dân tộc", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước", "Thanh tra Chính phủ",
    "Văn phòng Chính phủ", "Ban Dân tộc", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh", "Ban Quản lý Khu kinh tế", "Ban Quản lý các khu công nghiệp",
    # the agencies under the Government, ranked with the ministries (DTI, PAR INDEX)
    "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Bảo hiểm xã hội Việt Nam",
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt Nam",
    "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia Thành phố Hồ Chí Minh",
    # the central agencies' offices in a province, ranked with its departments (DDCI, SIPAS)
    "Công an tỉnh", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh", "Bảo hiểm xã hội tỉnh", "Cục Hải quan tỉnh",
)

# A unit's short name -> the name `subject` reports (the one a ranking table gives)
AGENCY_NAMES: dict[str, str] = {"Ngân hàng Nhà nước": "Ngân hàng Nhà nước Việt Nam"}

# Unit words before a local proper name: `huyện Chư Păh`, `UBND thị xã An Khê`, `xã Tịnh Ấn Tây` (`xã hội` is no
# unit: a name is capitalised).
LOCAL_UNITS: tuple[str, ...] = ("huyện", "thị xã", "thành phố", "quận", "TP.", "TP", "xã", "phường", "thị trấn")

# Words for the field a unit is ranked in, written after the total: `xếp thứ 60/63 tỉnh, thành phố`.
RANKED_FIELDS: tuple[str, ...] = (
    "tỉnh, thành phố trực thuộc Trung ương", "tỉnh, thành phố", "tỉnh/thành phố", "tỉnh, thành", "tỉnh thành",
    "tỉnh", "địa phương", "bộ, cơ quan ngang bộ", "bộ, ngành", "bộ", "sở, ban, ngành", "sở, ngành", "sở",
    "cơ quan, đơn vị", "cơ quan", "đơn vị", "huyện, thị xã, thành phố", "huyện, thành phố", "huyện, thị xã",
    "huyện", "quận, huyện, thị xã", "quận, huyện", "quận", "xã, phường, thị trấn", "xã, phường", "xã", "phường",
    "quốc gia", "nền kinh tế",
)

# Countries, the subject of international rankings (`Việt Nam xếp thứ 86/193 quốc gia`); never a province.
NATIONS: dict[str, str] = {"Việt Nam": "Việt Nam", "Viet Nam": "Việt Nam", "Vietnam": "Việt Nam"}
