"""Words and limits the date and period rules read (domain.md, "Dates and periods")."""

from datetime import date

# Years a date or period of an administrative article can plausibly name; outside is a typo or junk.
PLAUSIBLE_YEARS = range(1900, 2101)

# Dates CMSs print for "no date": never facts, even though they are valid calendar dates.
PLACEHOLDER_DATES: frozenset[date] = frozenset({date(1900, 1, 1), date(1970, 1, 1)})

# Words right before a day/month without a year that make it a date (`Sáng 17/4`), besides `ngày`;
# a bare `6/6` is as likely a ratio or a score.
DAY_MONTH_TRIGGERS: tuple[str, ...] = ("sáng", "chiều", "tối", "trưa", "đêm", "hôm", "rạng sáng")

# Labels a CMS prints before an article's publish date at its top (`Cập nhật: 21/03/2025 10:15`, `Ngày đăng:
# 12/05/2023`): with one, a date opening a line is the page's dateline.
DATELINE_LABELS: tuple[str, ...] = (
    "cập nhật", "ngày cập nhật", "cập nhật lúc", "ngày đăng", "đăng ngày", "đăng lúc", "ngày xuất bản", "xuất bản",
    "thời gian đăng", "ngày đăng tin", "đăng tải",
)

# Words that open a span of years (`giai đoạn 2016 – 2020`), each with the rule it fires.
PERIOD_HEADS: dict[str, str] = {
    "giai đoạn": "period.stage",
    "thời kỳ": "period.stage",
    "chặng đường": "period.stage",
    "nhiệm kỳ": "period.term",
    "khóa": "period.term",
    # not `năm học 2023-2024`: a school year is no span a reform is planned or reported over
    "niên khóa": "period.term",
    "niên độ": "period.term",
}
