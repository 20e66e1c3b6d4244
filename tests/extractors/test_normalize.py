"""Canonical text and its offset map (extractors/normalize.py)."""

import unicodedata
from pathlib import Path

import pytest

from extractors.normalize import Canonical, OffsetMap, canonicalize

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"

TRICKY = [
    "Uỷ ban nhân dân tỉnh Khánh Hoà",
    unicodedata.normalize("NFD", "Nghị quyết số 07-NQ/TU ngày 26 tháng 4 năm 2016"),
    "Ðắk Nông,\u00a0ngày\u200b 30 tháng 8 năm 2019",
    "ngày 23 tháng\n4 năm 2018",
    "Tờ\ntrình số 617/TTr-SNV",
    "chính quyền.Trình độ hiểu biết",
    "xếp hạng 43/63).Kết quả",
    "kinh tế;xã hội&nbsp;tỉnh\r\nnhà",
    "giai đoạn 2016 – 2020\n\nNguồn: https://cchc.backan.gov.vn/",
]


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Uỷ ban tỉnh Khánh Hoà, thuỷ lợi, khoẻ", "Ủy ban tỉnh Khánh Hòa, thủy lợi, khỏe"),
        ("HOÀ BÌNH, tuỳ", "HÒA BÌNH, tùy"),
        ("quý, quỹ, hoàn thành, thuyết phục, hoài, xoáy", "quý, quỹ, hoàn thành, thuyết phục, hoài, xoáy"),
        (unicodedata.normalize("NFD", "cải cách hành chính"), "cải cách hành chính"),
        ("Ðắk Nông", "Đắk Nông"),
        ("tỉnh\u00a0Bắc\u2009Kạn\u200b", "tỉnh Bắc Kạn"),
        ("Nghị\u00adquyết&nbsp;số", "Nghịquyết số"),
        ("ngày 23 tháng\n4 năm 2018", "ngày 23 tháng 4 năm 2018"),
        ("Tờ\ntrình số 617/TTr-SNV", "Tờ trình số 617/TTr-SNV"),
        ("thực tiễn.Trình độ", "thực tiễn. Trình độ"),
        ("tỉnh,thành phố;xã", "tỉnh, thành phố; xã"),
        ("xếp hạng 43/63).Kết quả", "xếp hạng 43/63). Kết quả"),  # after a closing bracket or quote
        ("“Dân vận khéo”.Năm 2024", "“Dân vận khéo”. Năm 2024"),
        ("giai đoạn 2016 – 2020", "giai đoạn 2016 – 2020"),
        # a PDF's line wrapped after a dash (a reference, a range)
        ("Kế\nhoạch số 45/KH-\nUBND", "Kế hoạch số 45/KH- UBND"),
        ("giai đoạn 2021 –\n2025", "giai đoạn 2021 – 2025"),
    ],
)
def test_canonical_forms(raw: str, canonical: str) -> None:
    assert canonicalize(raw).text == canonical


@pytest.mark.parametrize(
    "text",
    [
        "TP.HCM", "(TP).HCM", "(chiếm 85,52%).", "1.234.000 đồng", "v.v.", "năm 2016\n2017",  # column of numbers
        "Chỉ số CCHC.\nNguồn", "Bài viết\n\nmới", "https://cchc.backan.gov.vn/vi/news",
        "TT\tĐơn vị\tXếp hạng\n1\tSở Tư pháp\t1\n2\tSở Nội vụ\t2",  # rows of a table
        "Xếp hạng | Đơn vị | Điểm\n1 | Sở Tư pháp | 92,15",  # a table pasted with bars
    ],
)
def test_left_alone(text: str) -> None:
    assert canonicalize(text).text == text


@pytest.mark.parametrize("raw", TRICKY + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))])
def test_idempotent_and_nfc(raw: str) -> None:
    once = canonicalize(raw).text
    assert canonicalize(once).text == once
    assert unicodedata.is_normalized("NFC", once)


@pytest.mark.parametrize("raw", TRICKY)
def test_spans_map_back_to_the_same_words(raw: str) -> None:
    c = canonicalize(raw)
    for word in ("Nghị", "quyết", "tháng", "trình", "Trình", "Đắk", "Hòa", "xã", "giai"):
        start = c.text.find(word)
        if start < 0:
            continue
        mapped = c.raw[c.to_raw(start) : c.to_raw(start + len(word))]
        assert canonicalize(mapped).text.strip() == word
        assert c.to_canonical(c.to_raw(start)) == start


def test_offset_map_of_deletions_and_insertions() -> None:
    c = canonicalize("a\u200bb&nbsp;cd.Đi")
    assert c.text == "ab cd. Đi"
    assert [c.to_raw(i) for i in range(len(c.text) + 1)] == [0, 2, 3, 9, 10, 11, 12, 12, 13, 14]


def test_offset_map_alone() -> None:
    import re

    text, m = OffsetMap.rewrite("x&nbsp;y&nbsp;z", re.compile("&nbsp;"), lambda _: " ")
    assert text == "x y z"
    assert [m.to_source(i) for i in range(6)] == [0, 1, 7, 8, 14, 15]
    assert m.to_target(8) == 3 and not OffsetMap([])


def test_canonical_without_steps_maps_identity() -> None:
    c = Canonical(text="abc", raw="abc")
    assert c.to_raw(2) == 2 and c.to_canonical(2) == 2
