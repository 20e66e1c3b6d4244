"""Ranks written in words: ordinals after `thứ`, and titles that mean a place."""

# word after `thứ` -> rank (`thứ nhất` 1, `thứ tư` 4); longest first when matched, so `mười một` wins over `mười`
ORDINALS: dict[str, int] = {
    "nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14,
    "mười lăm": 15, "mười sáu": 16, "mười bảy": 17, "mười tám": 18, "mười chín": 19, "hai mươi": 20,
}

# title -> rank it stands for
TITLES: dict[str, int] = {
    "đứng đầu": 1,
    "dẫn đầu": 1,
    "quán quân": 1,
    "á quân": 2,
}

# Words right after `đứng đầu` / `dẫn đầu` that make it "head of" or "lead a delegation", not a rank.
HEAD_OF_NOUNS: tuple[str, ...] = (
    "cơ quan", "đơn vị", "cấp ủy", "cấp uỷ", "chính quyền", "tổ chức", "địa phương", "ngành", "sở", "bộ",
    "ban", "UBND", "ủy ban", "uỷ ban", "Đảng", "đoàn", "phong trào", "danh sách", "các cơ quan", "các đơn vị",
    "các cấp", "các sở", "các ngành", "các địa phương",
)

# Words right after a title that make it a regional or group lead, not a place in the national ranking.
REGION_WORDS: tuple[str, ...] = (
    "khu vực", "vùng", "miền", "cụm", "khối", "nhóm", "phía", "Tây Nguyên", "Tây Bắc", "Đông Bắc",
    "Đồng bằng", "đồng bằng", "Duyên hải", "duyên hải", "Trung du", "trung du", "Bắc Trung Bộ",
    "Nam Trung Bộ", "Đông Nam Bộ", "Tây Nam Bộ", "các tỉnh miền", "các tỉnh khu vực", "các tỉnh vùng",
    "các tỉnh phía", "các tỉnh Tây", "các tỉnh Đông", "các tỉnh Bắc", "các tỉnh Nam", "các tỉnh đồng bằng",
    "các tỉnh trung du", "các tỉnh duyên hải", "các tỉnh miền núi",
)

# Words that make what follows in their clause a goal, not a result: `phấn đấu đến năm 2025 xếp trong nhóm 20
# tỉnh dẫn đầu`, `mục tiêu Chỉ số CCHC xếp thứ 30`, `phấn đấu tăng 5 bậc`.
TARGET_WORDS: tuple[str, ...] = (
    "phấn đấu", "mục tiêu", "chỉ tiêu", "hướng tới", "hướng đến", "quyết tâm", "kỳ vọng", "cố gắng",
)

# Words right before a target word that report it reached: `đạt mục tiêu đề ra, xếp thứ 12/63` is a result.
TARGET_MET_VERBS: tuple[str, ...] = ("đạt", "vượt", "hoàn thành", "thực hiện", "so với", "so")

# Words before a title that make it the leading group, not the first place: `nhóm 20 tỉnh dẫn đầu`,
# `top 10 địa phương dẫn đầu`, `một trong những tỉnh dẫn đầu`, `nhóm dẫn đầu`.
GROUP_WORDS: tuple[str, ...] = ("nhóm", "top", "tốp", "các", "những", "một trong", "một trong số")

# Numbers in words before a field that make a title a group's: `ba địa phương dẫn đầu` (the three leading ones).
COUNT_WORDS: tuple[str, ...] = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")

# Words of a contest in a rank's clause: its rank is a team's or a contestant's, not on an index (`Đoàn vận động viên
# Bộ Tư pháp đã xếp thứ nhất toàn đoàn tại Hội thao các Bộ, ngành`).
CONTEST_WORDS: tuple[str, ...] = (
    "toàn đoàn", "hội thao", "hội diễn", "hội thi", "cuộc thi", "giải bóng đá", "đội bóng", "thi đấu", "huy chương",
    "văn nghệ", "vận động viên",
)

# Economic figures a province is ranked on besides the indices (`xếp thứ 3 cả nước về tăng trưởng GRDP`).
NOT_INDEX_TOPICS: tuple[str, ...] = (
    "tăng trưởng", "GRDP", "tốc độ tăng trưởng", "thu ngân sách", "thu hút đầu tư", "thu hút vốn", "vốn đầu tư",
    "xuất khẩu", "kim ngạch", "dân số", "diện tích", "sản lượng",
)

# Words before `thứ N` that make it a count of times or years (`lần thứ 3`, `năm thứ 5 liên tiếp`).
SEQUENCE_WORDS: tuple[str, ...] = (
    "lần", "năm", "ngày", "khóa", "khoá", "kỳ", "đợt", "tháng", "tuần", "lớp", "bước",
    "kỳ họp", "phiên họp", "hội nghị",
)

# Verbs of a rank change and their sign: `tăng 6 bậc` +6, `giảm 3 bậc` -3.
CHANGE_VERBS: dict[str, int] = {
    "tăng": 1, "thăng": 1, "nhảy vọt": 1, "vượt lên": 1, "vươn lên": 1, "cải thiện": 1, "tăng thêm": 1,
    "giảm": -1, "tụt": -1, "tụt xuống": -1, "tụt hạng": -1, "lùi": -1, "lùi xuống": -1, "đi xuống": -1,
}
