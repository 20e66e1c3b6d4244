"""Words of a page around an article's body (domain.md, "Portals"): what follows them is chrome, never evidence."""

from extractors.vocab.dates import DATELINE_LABELS

# Headings a CMS puts over its lists of other articles below the body (`TIN CÙNG CHUYÊN MỤC`, `Bài viết liên quan:`),
# compared in lower case, as a line of their own.
RELATED_HEADINGS: tuple[str, ...] = (
    "bài viết cùng chuyên mục", "tin cùng chuyên mục", "bài cùng chuyên mục", "cùng chuyên mục",
    "các tin khác", "tin khác", "các bài viết khác", "bài viết khác", "các tin đã đưa", "tin đã đưa",
    "bài viết liên quan", "tin liên quan", "tin tức liên quan", "tin bài liên quan", "các tin liên quan",
    "xem thêm", "tin mới hơn", "tin cũ hơn", "các tin mới", "tin mới", "bài viết mới", "tin đọc nhiều",
    "tin xem nhiều", "đọc nhiều nhất", "bài viết mới nhất", "tin mới nhất", "văn bản mới", "văn bản liên quan",
    "những tin cũ hơn", "những tin mới hơn", "điều hướng bài viết", "đọc tiếp", "đọc thêm", "xem tiếp",
    # readers' comments
    "ý kiến bạn đọc", "bình luận bạn đọc", "gửi ý kiến", "gửi bình luận", "để lại một bình luận",
)

# Labels of a link to another article inside the body, its title on the same line (`Xem thêm: Sơn La tăng 12 bậc …`)
LINK_LABELS: tuple[str, ...] = (
    "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "tin bài liên quan", "mời xem",
)

# Line openings of the same chrome: the article's tag list (`Tags: PAR INDEX, SIPAS`), a comment count
# (`Bình luận (1)`), …
CHROME_LINE_STARTS: tuple[str, ...] = (
    "tags:", "tag:", "thẻ:", "từ khóa:", "từ khoá:", "bình luận (", "ý kiến (",
    # a post's neighbours (`← Bài trước: …`) and NukeViet's rating of the article (`Tổng số điểm của bài viết là: 20`)
    "← bài trước", "bài trước:", "bài viết trước:", "tổng số điểm của bài viết",
    # a print view's footer (`Địa chỉ bài viết: https://…`, `Ngày in: 03/01/2025 08:14`)
    "địa chỉ bài viết:", "ngày in:",
    # the site's footer: its licence and owner (`Giấy phép số 59/GP-TTĐT … cấp ngày 12/10/2022`)
    "giấy phép số", "giấy phép xuất bản", "giấy phép thiết lập", "cơ quan chủ quản", "bản quyền", "©",
)

# Words that mark a line with a date near its start as the page's dateline (besides a clock time): a weekday, a label.
WEEKDAYS: tuple[str, ...] = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
DATELINE_WORDS: tuple[str, ...] = (*WEEKDAYS, *DATELINE_LABELS)
