"""Spans of years (extractors/periods.py): one real phrase per rule, and the traps."""

import pytest

from extractors import ArticleText, canonicalize
from extractors.periods import find_periods


def periods_of(text: str) -> list[tuple[str, int, int, str]]:
    return [(p.quote, p.start_year, p.end_year, p.rule) for p in find_periods(ArticleText(canonicalize(text).text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("về đẩy mạnh cải cách hành chính giai đoạn 2016 – 2020, công tác",
         ("giai đoạn 2016 – 2020", 2016, 2020, "period.stage")),
        ("b) Giai đoạn 2001 – 2010:", ("Giai đoạn 2001 – 2010", 2001, 2010, "period.stage")),
        ("nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2021- 2025.",
         ("giai đoạn 2021- 2025", 2021, 2025, "period.stage")),
        ("Chiến lược phát triển kinh tế - xã hội thời kỳ 2011—2020",
         ("thời kỳ 2011—2020", 2011, 2020, "period.stage")),
        ("Đại hội Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020-2025", ("nhiệm kỳ 2020-2025", 2020, 2025, "period.term")),
        ("HĐND tỉnh nhiệm kỳ 2021 - 2026", ("nhiệm kỳ 2021 - 2026", 2021, 2026, "period.term")),
        ("Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025",
         ("5 năm 2021-2025", 2021, 2025, "period.plan_years")),
        ("Kết quả thực hiện từ năm 2016 đến năm 2020", ("từ năm 2016 đến năm 2020", 2016, 2020, "period.from_to")),
        ("Từ năm 2016 đến hết năm 2020", ("Từ năm 2016 đến hết năm 2020", 2016, 2020, "period.from_to")),
        ("giai đoạn từ 2016 đến 2020", ("giai đoạn từ 2016 đến 2020", 2016, 2020, "period.from_to")),
    ],
)
def test_rules(text: str, expected: tuple) -> None:
    assert periods_of(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "giai đoạn 2020 - 2016",  # reversed
        "giai đoạn 2016 - 2016",
        "giai đoạn 1800 - 1805",  # implausible
        "định hướng đến năm 2025",  # a target year
        "tầm nhìn đến năm 2030",
        "tăng từ 2000 đến 2500 hồ sơ",  # counts
        "năm 2016-2020 xếp thứ",  # no stage word
        "Quyết định 1463/QĐ-UBND 2019",
        "khai giảng năm học 2023-2024 tại trường",  # a school year
    ],
)
def test_traps(text: str) -> None:
    assert periods_of(text) == []


def test_target_after_a_stage_is_not_part_of_it() -> None:
    assert periods_of("giai đoạn 2021-2025, tầm nhìn đến năm 2030") == [
        ("giai đoạn 2021-2025", 2021, 2025, "period.stage")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # held-out wording (tests/extractors/corpus)
        ("Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 tiếp tục",
         [("nhiệm kỳ 2020 - 2025", 2020, 2025, "period.term")]),
        ("gắn với kế hoạch 5 năm 2021-2025 của tỉnh", [("5 năm 2021-2025", 2021, 2025, "period.plan_years")]),
        ("Từ năm 2016 đến năm 2020, tỉnh đã ban hành 45 văn bản; đến năm 2025, 100% hồ sơ",
         [("Từ năm 2016 đến năm 2020", 2016, 2020, "period.from_to")]),
    ],
)
def test_heldout_phrases(text: str, expected: list) -> None:
    assert periods_of(text) == expected
