"""Ranking rules, each on real wording: the dev corpus, the domain guide, and the issue's phrases."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.context import ArticleText, Context
from extractors.rankings import find_rankings
from schemas import Ranking

SEED = (
    "Kết quả 5 năm thực hiện Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách "
    "hành chính giai đoạn 2016 – 2020\n\n"
    "Chỉ số CCHC cấp tỉnh hằng năm được cải thiện, năm 2016 xếp thứ 60/63 tỉnh, thành phố; năm 2017 xếp thứ "
    "49/63 tỉnh, thành phố; năm 2018 xếp thứ 49/63 tỉnh, thành phố; năm 2019 xếp thứ 55/63 tỉnh, thành phố.\n\n"
    "Quang cảnh buổi hội thảo chuyên đề đẩy mạnh CCHC giai đoạn 2021-2025 tỉnh Bắc Kạn\n\n"
    "Bên cạnh kết quả đạt được vẫn còn những hạn chế, như: xếp hạng chỉ số CCHC cấp tỉnh hằng năm tăng không "
    "ổn định.\n\n"
    "Nguyên nhân của những hạn chế trên, là do người đứng đầu một số cấp ủy, chính quyền các cấp chưa nhận thức "
    "đầy đủ. Cần đề cao vai trò, trách nhiệm và quyết tâm chính trị của người đứng đầu cơ quan hành chính các cấp."
)
TAYNINH = (
    "Chỉ số CCHC và chỉ số SIPAS Tây Ninh tiếp tục tăng\n\n"
    "Tỉnh Tây Ninh, chỉ số CCHC năm 2019 đạt 80,05%, nằm vị trí số 44 (tăng 4 bậc so với 2018) thuộc các tỉnh, "
    "thành phố nhóm B; chỉ số SIPAS cũng tiếp tục tăng so với trước- đạt 83,45% xếp vị trí thứ 40 trên cả nước "
    "(năm 2018 là 81,24%, năm 2017 đạt 79,76%)."
)
GIALAI = (
    "Bảng xếp hạng Chỉ số SIPAS năm 2023 của các tỉnh, thành trong cả nước. Ảnh nguồn: Bộ Nội vụ |\n"
    "Ở chỉ số này, tỉnh Quảng Ninh dẫn đầu với kết quả đạt 90,61%; đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%; thứ 3 "
    "tỉnh Hải Dương đạt 90,23%. Còn Gia Lai đứng thứ 19, đạt 83,84% (giảm 3 bậc so với năm 2022, nhưng dẫn đầu "
    "khu vực Tây Nguyên).\n"
    "Đặc biệt, Chỉ số PAR INDEX năm 2023 của các tỉnh, thành phố đã trở lại quỹ đạo tăng trưởng tích cực, giá trị "
    "trung bình năm 2023 đạt 86,98%, cao hơn 2,19% so với năm 2022. Đây là năm thứ 5 liên tiếp có Chỉ số CCHC "
    "của các địa phương đạt giá trị trung bình trên 80%."
)
NAMDINH = (
    "Nam Định tăng 5 bậc trên bảng xếp hạng Chỉ số cải cách hành chính năm 2023\n\n"
    "Sáng 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành chính "
    "năm 2023 (PAR INDEX) của các bộ, ngành, địa phương và Chỉ số hài lòng của người dân, tổ chức đối với sự phục "
    "vụ của cơ quan hành chính Nhà nước năm 2023 (SIPAS). Theo đó, Nam Định đạt 87,32, tăng 2,46 điểm %, xếp thứ "
    "29/63 tỉnh, thành phố, tăng 5 bậc so năm 2022, nằm trong nhóm B - nhóm các tỉnh, thành phố đạt kết quả Chỉ số "
    "từ 80% - 90%."
)
QUANGNINH = (
    "[Infographics] Quảng Ninh đứng đầu trên cả 4 bảng xếp hạng PAR INDEX, SIPAS, PCI và PGI năm 2023\n\n"
    "Hà Nội (TTXVN 11/5/2024) Năm 2023, Quảng Ninh xuất sắc xếp vị trí quán quân ở trên cả 4 bảng xếp hạng chỉ "
    "số quan trọng: Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng của người dân đối với sự phục vụ của "
    "cơ quan hành chính nhà nước (SIPAS), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số Xanh cấp tỉnh (PGI)."
)


def rankings(text: str, context: Context | None = None) -> list[Ranking]:
    facts = find_rankings(ArticleText(text, context or Context()))
    assert all(text[f.start : f.end] == f.quote for f in facts)
    return facts


def keys(text: str, context: Context | None = None) -> list[tuple]:
    return [(f.index, f.year, f.rank, f.total) for f in rankings(text, context)]


def only(text: str, context: Context | None = None) -> Ranking:
    facts = rankings(text, context)
    assert len(facts) == 1, facts
    return facts[0]


# --- rank written as a number -----------------------------------------------------------------------------


def test_rank_of_total_per_clause_with_the_index_of_the_sentence_head():
    facts = rankings(SEED)
    assert [(f.index, f.year, f.rank, f.total) for f in facts] == [
        ("PAR_INDEX", 2016, 60, 63),
        ("PAR_INDEX", 2017, 49, 63),
        ("PAR_INDEX", 2018, 49, 63),
        ("PAR_INDEX", 2019, 55, 63),
    ]
    assert facts[0].quote == "năm 2016 xếp thứ 60/63 tỉnh, thành phố"
    assert {f.rule for f in facts} == {"ranking.rank_of_total"}


def test_subject_is_the_only_province_the_article_names():
    assert {f.subject for f in rankings(SEED)} == {"Bắc Kạn"}


def test_subject_from_the_site_when_the_text_says_only_tinh():
    text = "Chỉ số CCHC cấp tỉnh hằng năm được cải thiện, năm 2016 xếp thứ 60/63 tỉnh, thành phố."
    assert only(text, Context(province="Bắc Kạn")).subject == "Bắc Kạn"
    assert only(text).subject is None


@pytest.mark.parametrize(
    ("phrase", "rank", "total"),
    [
        ("Chỉ số PAPI năm 2022, tỉnh đứng thứ 49/63.", 49, 63),
        ("Chỉ số PCI năm 2022 của tỉnh xếp hạng 10/63.", 10, 63),
        ("Chỉ số PCI năm 2021, tỉnh xếp thứ 3 trên 63 tỉnh, thành phố.", 3, 63),
        ("Chỉ số CCHC năm 2022, Sở Nội vụ xếp thứ 1/19 sở, ban, ngành.", 1, 19),
        ("Chỉ số CCHC năm 2022, Bộ Tư pháp xếp thứ 5/17 bộ, cơ quan ngang bộ.", 5, 17),
    ],
)
def test_rank_of_total_forms(phrase: str, rank: int, total: int):
    fact = only(phrase)
    assert (fact.rank, fact.total, fact.rule) == (rank, total, "ranking.rank_of_total")


def test_units_ranked_among_departments_and_ministries():
    assert only("Chỉ số CCHC năm 2022, Sở Nội vụ xếp thứ 1/19 sở, ban, ngành.").subject == "Sở Nội vụ"
    assert only("Chỉ số CCHC năm 2022, Bộ Tư pháp xếp thứ 5/17 bộ, cơ quan ngang bộ.").subject == "Bộ Tư pháp"


def test_rank_number_with_score_change_and_subject_at_the_sentence_head():
    first, second = rankings(TAYNINH)
    assert (first.rule, first.quote, first.index, first.year, first.rank) == (
        "ranking.rank_number",
        "nằm vị trí số 44",
        "PAR_INDEX",
        2019,
        44,
    )
    assert (first.score, first.score_unit, first.rank_change, first.subject) == (80.05, "percent", 4, "Tây Ninh")
    assert (second.quote, second.index, second.year, second.rank) == ("xếp vị trí thứ 40", "SIPAS", 2019, 40)
    assert (second.score, second.score_unit, second.rank_change, second.subject) == (83.45, "percent", None, "Tây Ninh")


def test_bare_position_needs_no_verb():
    fact = only("Chỉ số SIPAS năm 2019 của tỉnh Tây Ninh ở vị trí thứ 40 trên cả nước.")
    assert (fact.rank, fact.index, fact.subject) == (40, "SIPAS", "Tây Ninh")


def test_continuation_of_a_list_and_subject_named_after_the_rank():
    facts = rankings(GIALAI)
    assert [(f.rule, f.rank, f.subject, f.score) for f in facts] == [
        ("ranking.title_word", 1, "Quảng Ninh", 90.61),
        ("ranking.rank_number", 2, "Thái Nguyên", 90.29),
        ("ranking.continuation", 3, "Hải Dương", 90.23),
        ("ranking.rank_number", 19, "Gia Lai", 83.84),
    ]
    assert {(f.index, f.year) for f in facts} == {("SIPAS", 2023)}  # index and year of the title line
    assert facts[-1].rank_change == -3


def test_index_of_the_title_over_the_nearest_preceding_and_bare_score_in_percent():
    fact = only(NAMDINH)
    assert (fact.index, fact.year, fact.rank, fact.total) == ("PAR_INDEX", 2023, 29, 63)
    assert (fact.score, fact.score_unit, fact.rank_change, fact.subject) == (87.32, "percent", 5, "Nam Định")


# --- ranks in words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "rank"), [("nhất", 1), ("hai", 2), ("ba", 3), ("tư", 4), ("năm", 5)])
def test_ordinal_word(word: str, rank: int):
    fact = only(f"Năm 2023, Chỉ số CCHC của tỉnh Lào Cai xếp thứ {word}.")
    assert (fact.rule, fact.rank, fact.year, fact.subject) == ("ranking.ordinal_word", rank, 2023, "Lào Cai")


@pytest.mark.parametrize(
    ("phrase", "rank"),
    [
        ("Ở chỉ số SIPAS năm 2023, tỉnh Quảng Ninh dẫn đầu với kết quả đạt 90,61%.", 1),
        ("Chỉ số PCI năm 2023, Quảng Ninh tiếp tục đứng đầu cả nước.", 1),
        ("Năm 2023, Quảng Ninh xuất sắc xếp vị trí quán quân Chỉ số cải cách hành chính (PAR Index).", 1),
        ("Chỉ số Xanh cấp tỉnh (PGI) năm 2022, Bà Rịa - Vũng Tàu giữ vị trí á quân.", 2),
    ],
)
def test_title_word(phrase: str, rank: int):
    fact = only(phrase)
    assert (fact.rule, fact.rank) == ("ranking.title_word", rank)
    assert fact.index is not None


def test_multi_index_and_the_headline_restated_in_the_body():
    facts = rankings(QUANGNINH)
    assert [(f.index, f.year, f.rank, f.subject) for f in facts] == [
        ("PAR_INDEX", 2023, 1, "Quảng Ninh"),
        ("SIPAS", 2023, 1, "Quảng Ninh"),
        ("PCI", 2023, 1, "Quảng Ninh"),
        ("PGI", 2023, 1, "Quảng Ninh"),
    ]
    assert {(f.quote, f.rule) for f in facts} == {("xếp vị trí quán quân", "ranking.multi_index")}


def test_headline_alone_is_kept():
    headline = QUANGNINH.split("\n")[0]
    assert [f.index for f in rankings(headline)] == ["PAR_INDEX", "SIPAS", "PCI", "PGI"]


# --- from/to, respectively ---------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["từ vị trí 53 lên 46", "từ thứ 53 lên thứ 46"])
def test_from_to_is_two_rankings(phrase: str):
    earlier, later = rankings(f"Chỉ số CCHC năm 2023 của tỉnh Hậu Giang tăng 7 bậc, {phrase}.")
    assert (earlier.rule, earlier.year, earlier.rank) == ("ranking.from_to", 2022, 53)
    assert earlier.flags == ("year_inferred",)
    assert (later.year, later.rank, later.rank_change, later.flags) == (2023, 46, 7, ())


def test_from_to_earlier_year_from_the_comparison():
    earlier, _ = rankings("Chỉ số PCI năm 2023 của tỉnh tăng 7 bậc so với năm 2021, từ vị trí 53 lên 46.")
    assert (earlier.year, earlier.flags) == (2021, ())


def test_respectively_pairs_ranks_with_the_subjects_before():
    facts = rankings("Chỉ số SIPAS năm 2023: Thái Nguyên và Hải Dương lần lượt xếp thứ 2 và 3.")
    assert [(f.rule, f.rank, f.subject) for f in facts] == [
        ("ranking.respectively", 2, "Thái Nguyên"),
        ("ranking.respectively", 3, "Hải Dương"),
    ]


def test_respectively_pairs_ranks_with_the_indices_before():
    facts = rankings("Chỉ số PAR INDEX và SIPAS năm 2023 của tỉnh Nam Định lần lượt xếp thứ 29 và 12.")
    assert [(f.index, f.rank, f.subject) for f in facts] == [("PAR_INDEX", 29, "Nam Định"), ("SIPAS", 12, "Nam Định")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2023, Chỉ số PAPI của Quảng Ninh, Bình Định xếp thứ 1 và thứ 2 cả nước.",
            [(1, "Quảng Ninh"), (2, "Bình Định")],
        ),
        (
            "Về Chỉ số SIPAS 2022, Quảng Ninh, Hải Phòng và Bình Định xếp thứ 1, 2 và 3.",
            [(1, "Quảng Ninh"), (2, "Hải Phòng"), (3, "Bình Định")],
        ),
    ],
)
def test_rank_list_without_respectively_pairs_like_respectively(sentence: str, expected: list):
    facts = rankings(sentence)
    assert {f.rule for f in facts} == {"ranking.rank_list"}
    assert [(f.rank, f.subject) for f in facts] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Chỉ số CCHC năm 2022 của tỉnh xếp thứ 12, 85 điểm là mức cao nhất.",  # no `và`: a rank, then a score
        "Chỉ số CCHC năm 2022 của tỉnh Bắc Giang xếp thứ 2 và 3 lần liên tiếp nằm trong nhóm dẫn đầu.",  # a count
    ],
)
def test_rank_list_refuses_what_is_no_list_of_ranks(sentence: str):
    assert "ranking.rank_list" not in {f.rule for f in rankings(sentence)}


def test_index_after_each_rank_is_its_own():
    facts = rankings("Năm 2022, Bắc Giang xếp thứ 10 về Chỉ số PCI và thứ 20 về Chỉ số PAPI.")
    assert [(f.index, f.rank) for f in facts] == [("PCI", 10), ("PAPI", 20)]


# --- sub-indices, index names -------------------------------------------------------------------------------


def test_component_of_a_pillar():
    facts = rankings("Chỉ số DTI năm 2022 của tỉnh xếp thứ 20/63, trong đó CQS xếp thứ 40/63.")
    assert [(f.index, f.rank, f.component) for f in facts] == [("DTI", 20, None), ("DTI", 40, "chính quyền số")]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Chỉ số CCHC", "PAR_INDEX"),
        ("Chỉ số cải cách hành chính", "PAR_INDEX"),
        ("PAR INDEX", "PAR_INDEX"),
        ("Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", "SIPAS"),
        ("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", "PAPI"),
        ("Chỉ số năng lực cạnh tranh cấp tỉnh", "PCI"),
        ("Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI)", "DDCI"),
        ("Chỉ số chuyển đổi số", "DTI"),
        ("Vietnam ICT Index", "ICT_INDEX"),
        ("Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông", "ICT_INDEX"),
        ("Chỉ số xanh cấp tỉnh", "PGI"),
        ("Bộ chỉ số phục vụ người dân, doanh nghiệp", "SERVICE_INDEX"),
    ],
)
def test_index_names(name: str, code: str):
    assert only(f"{name} năm 2023, tỉnh Đồng Nai xếp thứ 10/63.").index == code


# --- year ---------------------------------------------------------------------------------------------------


def test_year_from_the_publish_date_is_flagged():
    fact = only("Chỉ số CCHC của tỉnh xếp thứ 10/63.", Context(published=date(2024, 4, 17)))
    assert (fact.year, fact.flags) == (2023, ("year_inferred",))


def test_index_named_after_the_rank_only_before_a_clause_break():
    assert only("Năm 2023, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử.").index == "OTHER"
    assert only("Chỉ số CCHC: tỉnh xếp thứ 10/63, Chỉ số SIPAS đạt 85,2%.").index == "PAR_INDEX"


def test_comparison_year_is_not_the_ranking_year():
    assert only("Còn Gia Lai đứng thứ 19 về Chỉ số SIPAS, giảm 3 bậc so với năm 2022.").year is None


# --- bait ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bait",
    [
        "Nam Định đạt 87,61 điểm.",  # score without a rank
        "Chỉ số PAR INDEX năm 2023 của các tỉnh, thành phố, giá trị trung bình năm 2023 đạt 86,98%.",
        "Tây Ninh thuộc các tỉnh, thành phố nhóm B.",  # group
        "Có 29/44 cơ quan hoàn thành.",  # count
        "Đây là lần thứ 3 tỉnh tổ chức.",  # sequence
        "Đây là năm thứ 5 liên tiếp có Chỉ số CCHC của các địa phương đạt giá trị trung bình trên 80%.",
        "Chỉ số CCHC của tỉnh đạt 40,62/80 điểm.",  # score out of 80
        "Chỉ số CCHC năm 2016 là 60/63.",  # no trigger word
        "Còn Gia Lai dẫn đầu khu vực Tây Nguyên về Chỉ số SIPAS.",  # regional lead
        "Chỉ số SIPAS: tỉnh đứng đầu vùng Đồng bằng sông Cửu Long.",
        "Cần đề cao vai trò của người đứng đầu cơ quan hành chính các cấp trong Chỉ số CCHC.",  # head of
        "Nguyên nhân là do người đứng đầu một số cấp ủy chưa quyết liệt về Chỉ số CCHC.",
        "Đồng chí Chủ tịch UBND tỉnh dẫn đầu đoàn công tác về Chỉ số PCI.",  # leads a delegation
        "Tỉnh Quảng Ninh dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến.",  # a lead on no index
        "Quảng Ninh dẫn đầu với 50 huy chương.",  # no index anywhere
        "Chỉ số CCHC: các cơ quan được xếp loại tốt.",  # grading
        "Chỉ số CCHC: xếp thứ tự ưu tiên các nhiệm vụ.",
        "Thứ năm, 30/05/2024 11:24 (GMT+7)",  # day of the week
        "Chỉ số CCHC, xếp hạng chỉ số CCHC cấp tỉnh hằng năm tăng không ổn định.",
    ],
)
def test_bait_is_not_a_ranking(bait: str):
    assert rankings(bait) == []


def test_score_out_of_80_and_group_are_not_the_score_of_a_rank():
    fact = only("Chỉ số CCHC năm 2022 của tỉnh xếp thứ 10/63, thuộc nhóm B - nhóm đạt kết quả từ 80% - 90%.")
    assert fact.score is None


# --- work skipped (speed itself is measured in bench/) --------------------------------------------------------


def test_articles_without_a_trigger_are_skipped_before_sentences_are_split():
    article = ArticleText("Công tác cải cách hành chính của tỉnh đã đạt được một số kết quả tích cực. " * 300)
    assert find_rankings(article) == []
    assert article._lines == {}  # no paragraph was segmented
    with_trigger = ArticleText("Năm 2023, Chỉ số CCHC của tỉnh xếp thứ 12/63. " + article.text)
    assert find_rankings(with_trigger) and with_trigger._lines  # the check can fail


# --- held-out wording (tests/extractors/corpus) that the rules once got wrong --------------------------------


def test_year_from_an_earlier_sentence_of_the_paragraph():
    text = (
        "Tuyên Quang tăng 7 bậc trên bảng xếp hạng PAR INDEX\n\n"
        "Năm 2022, Chỉ số PAR INDEX của tỉnh Tuyên Quang đã tăng từ vị trí thứ 53 năm 2021 lên vị trí 46 năm 2022. "
        "Ở nhóm cuối bảng, Hà Giang và Cao Bằng lần lượt xếp thứ 62 và 63."
    )
    facts = rankings(text)
    assert [(f.year, f.rank, f.subject) for f in facts] == [
        (2021, 53, "Tuyên Quang"), (2022, 46, "Tuyên Quang"), (2022, 62, "Hà Giang"), (2022, 63, "Cao Bằng"),
    ]


def test_city_named_with_its_unit_word_is_the_province():
    fact = only("Năm 2022, Chỉ số CCHC: Thành phố Hồ Chí Minh đứng thứ 4/63.")
    assert fact.subject == "Hồ Chí Minh"


def test_country_ranked_among_countries():
    text = (
        "Năm 2020, Vietnam ICT Index của tỉnh Thừa Thiên Huế xếp hạng 10/63. Theo Liên Hợp Quốc, Việt Nam xếp "
        "thứ 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử năm 2020."
    )
    assert [(f.index, f.rank, f.subject) for f in rankings(text)] == [
        ("ICT_INDEX", 10, "Thừa Thiên Huế"), ("OTHER", 86, "Việt Nam"),
    ]


def test_a_country_named_near_a_provincial_rank_is_not_its_subject():
    fact = only("Trong 63 tỉnh, thành phố của Việt Nam, Chỉ số PCI 2023 của tỉnh Long An xếp thứ 8/63.")
    assert fact.subject == "Long An"


# --- probes of fresh wording: goals, first places among units, rank changes across years, topics, 766 -------


@pytest.mark.parametrize(
    "goal",
    [
        "Giai đoạn 2021 – 2025, tỉnh phấn đấu nằm trong nhóm 20 tỉnh dẫn đầu cả nước về Chỉ số CCHC.",
        "Tỉnh phấn đấu đến năm 2025 xếp trong nhóm 20 tỉnh dẫn đầu về Chỉ số CCHC.",
        "Mục tiêu năm 2024, Chỉ số PCI của tỉnh xếp thứ 30/63.",
        "Phấn đấu đến năm 2025, Chỉ số CCHC của tỉnh xếp thứ 25/63 tỉnh, thành phố.",
        "Chỉ số PAPI của tỉnh phấn đấu đứng đầu cả nước.",
        "Chỉ số SIPAS năm 2024 của tỉnh xếp thứ 30 trở lên.",  # a bound
        "Quảng Ninh là một trong những tỉnh dẫn đầu về Chỉ số PCI.",  # a leading group
        "Năm 2023, tỉnh tiếp tục nằm trong nhóm các địa phương dẫn đầu về Chỉ số CCHC.",
        "Năm 2023, Chỉ số DTI của tỉnh thuộc top 10 tỉnh dẫn đầu cả nước.",
        # a supposition: no one's rank
        "Chỉ số CCHC là thước đo. Một tỉnh xếp thứ 5 hay thứ 50 không nói lên tất cả.",
    ],
)
def test_a_goal_or_a_leading_group_is_not_a_ranking(goal: str):
    assert rankings(goal) == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Năm 2023, Chỉ số CCHC của tỉnh đạt mục tiêu đề ra, xếp thứ 12/63.", 12),  # the goal reported met
        ("Với mục tiêu nâng cao chất lượng phục vụ, năm 2023 tỉnh đã vươn lên xếp thứ 10/63 về Chỉ số SIPAS.", 10),
        ("Năm 2023, Chỉ số CCHC của tỉnh xếp thứ 12/63, vượt mục tiêu đề ra.", 12),
        ("Năm 2023, Quảng Ninh là tỉnh dẫn đầu cả nước về Chỉ số PCI.", 1),
    ],
)
def test_a_result_near_a_goal_is_kept(text: str, rank: int):
    assert only(text).rank == rank


def test_a_goal_change_is_not_the_change_of_the_rank_before_it():
    fact = only("Năm 2023, Chỉ số PCI của tỉnh xếp thứ 40/63, phấn đấu năm 2024 tăng 5 bậc.")
    assert (fact.rank, fact.rank_change) == (40, None)


def test_first_place_among_departments():
    fact = only("Kết quả DDCI năm 2022: Sở Tư pháp đứng đầu khối sở, ngành với 85,3 điểm;")
    assert (fact.rule, fact.index, fact.year, fact.rank, fact.total) == (
        "ranking.title_among_units", "DDCI", 2022, 1, None,
    )
    assert (fact.subject, fact.score, fact.score_unit, fact.quote) == (
        "Sở Tư pháp", 85.3, "points", "đứng đầu khối sở, ngành",
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Chỉ số DDCI năm 2022, UBND huyện Chợ Mới dẫn đầu khối huyện, thành phố.", "huyện Chợ Mới"),
        ("Chỉ số CCHC năm 2022: Bộ Tư pháp dẫn đầu khối các bộ, cơ quan ngang bộ.", "Bộ Tư pháp"),
        ("Chỉ số CCHC năm 2023, Sở Nội vụ đứng đầu trong khối các sở, ban, ngành.", "Sở Nội vụ"),
        ("Chỉ số DDCI năm 2023, Sở Tài chính dẫn đầu trong số 19 sở, ngành.", "Sở Tài chính"),
    ],
)
def test_first_place_among_units(text: str, subject: str):
    fact = only(text)
    assert (fact.rule, fact.rank, fact.subject) == ("ranking.title_among_units", 1, subject)


@pytest.mark.parametrize(
    "bait",
    [
        "Chỉ số SIPAS: Gia Lai dẫn đầu khu vực Tây Nguyên.",
        "Chỉ số DDCI: huyện Chợ Mới đứng đầu nhóm B.",
        "Sở Nội vụ dẫn đầu phong trào thi đua về Chỉ số CCHC.",
        "Chỉ số DDCI: người đứng đầu các sở, ngành phải chịu trách nhiệm.",
        "Chỉ số DDCI: Sở Tư pháp dẫn đầu khối thi đua các cơ quan Đảng.",  # an emulation bloc
        "Sở Tư pháp đứng đầu khối sở, ngành trong phong trào thi đua.",  # no index near: another contest
    ],
)
def test_a_lead_of_a_region_group_movement_or_office_is_not_among_units(bait: str):
    assert rankings(bait) == []


def test_from_to_with_words_between_and_a_year_after_each_rank():
    earlier, later = rankings(
        "Chỉ số CCHC: tỉnh Bắc Kạn từ vị trí 63/63 năm 2020 đã vươn lên vị trí 50/63 năm 2021, tăng 13 bậc."
    )
    assert (earlier.rule, earlier.year, earlier.rank, earlier.total, earlier.rank_change, earlier.flags) == (
        "ranking.from_to", 2020, 63, 63, None, (),
    )
    assert (later.year, later.rank, later.total, later.rank_change, later.subject) == (2021, 50, 63, 13, "Bắc Kạn")
    assert later.quote == "từ vị trí 63/63 năm 2020 đã vươn lên vị trí 50/63 năm 2021"


@pytest.mark.parametrize(
    ("phrase", "years", "ranks"),
    [
        ("từ vị trí thứ 20 (năm 2022) tụt xuống vị trí thứ 25 (năm 2023)", (2022, 2023), (20, 25)),
        ("từ hạng 45 năm 2021, đã tăng lên hạng 30 năm 2022", (2021, 2022), (45, 30)),
        ("từ thứ 40/63 vươn lên thứ 33/63", (2022, 2023), (40, 33)),
    ],
)
def test_from_to_forms(phrase: str, years: tuple[int, int], ranks: tuple[int, int]):
    facts = rankings(f"Năm 2023, Chỉ số PCI của tỉnh Lào Cai {phrase}.")
    expected = [("ranking.from_to", year, rank) for year, rank in zip(years, ranks, strict=True)]
    assert [(f.rule, f.year, f.rank) for f in facts] == expected


def test_index_carries_to_the_next_paragraph_but_not_past_it():
    text = (
        "Tin hoạt động\n\n"
        "Năm 2022, Chỉ số DDCI của tỉnh được công bố: Sở Tư pháp đứng đầu khối sở, ngành với 85,3 điểm.\n\n"
        "Tỉnh đã tổ chức nhiều hội nghị đối thoại với doanh nghiệp.\n\n"
        "Tỉnh Bắc Kạn từ vị trí 63/63 năm 2020 đã vươn lên vị trí 50/63 năm 2021, tăng 13 bậc."
    )
    assert [f.index for f in rankings(text)] == ["DDCI", None, None]
    carried = text.replace("Tỉnh đã tổ chức nhiều hội nghị đối thoại với doanh nghiệp.\n\n", "")
    assert [f.index for f in rankings(carried)] == ["DDCI", "DDCI", "DDCI"]


def test_index_of_the_paragraph_and_of_the_seed_sentence_head():
    assert [f.index for f in rankings(SEED)] == ["PAR_INDEX"] * 4
    text = "Chỉ số SIPAS\n\nChỉ số PCI của tỉnh được công bố. Năm 2023, tỉnh xếp thứ 20/63."
    assert only(text).index == "PCI"  # the paragraph's one index over the headline's


def test_service_index_by_its_official_name_has_no_component():
    fact = only(
        "Theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành "
        "và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo "
        "thời gian thực trên môi trường điện tử, năm 2023 tỉnh đạt 82,5 điểm, xếp thứ 12/63 tỉnh, thành phố."
    )
    assert (fact.index, fact.component, fact.year, fact.rank, fact.total) == ("SERVICE_INDEX", None, 2023, 12, 63)
    assert (fact.score, fact.score_unit) == (82.5, "points")


@pytest.mark.parametrize(
    "name",
    [
        "Bộ chỉ số phục vụ người dân, doanh nghiệp",
        "Bộ chỉ số 766",
        "Chỉ số phục vụ người dân, doanh nghiệp",
        "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp",
    ],
)
def test_service_index_short_forms(name: str):
    fact = only(f"Theo {name} năm 2023, Chỉ số SIPAS đã được đo riêng; tỉnh Đồng Nai xếp thứ 10/63 về {name}.")
    assert fact.index == "SERVICE_INDEX"


# --- probe p04 (PCI headline, bracketed scores, a district by its unit word, the last place) -----------------


def test_a_subject_after_the_rank_stays_in_its_clause_and_the_one_right_before_wins():
    lead, second = rankings("PCI 2023: Quảng Ninh tiếp tục dẫn đầu, Hải Phòng xếp thứ hai")
    assert [(lead.rank, lead.subject), (second.rank, second.subject)] == [(1, "Quảng Ninh"), (2, "Hải Phòng")]
    unpunctuated = rankings("PCI 2023: Quảng Ninh tiếp tục dẫn đầu Hải Phòng xếp thứ hai")
    assert [f.subject for f in unpunctuated] == ["Quảng Ninh", "Hải Phòng"]


def test_the_headline_lead_restated_in_the_body_is_dropped():
    text = (
        "PCI 2023: Quảng Ninh tiếp tục dẫn đầu, Hải Phòng xếp thứ hai\n\n"
        "Theo đó, Quảng Ninh tiếp tục giữ vững ngôi vị quán quân với 73,02 điểm; Hải Phòng đứng thứ hai với 72,85 điểm."
    )
    assert [(f.rank, f.subject, f.score, f.start > 60) for f in rankings(text)] == [
        (1, "Quảng Ninh", 73.02, True), (2, "Hải Phòng", 72.85, True),
    ]


def test_a_headline_in_capitals_names_its_province_in_capitals():
    text = (
        "ĐÀ NẴNG DẪN ĐẦU CẢ NƯỚC VỀ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023\n\n"
        "Đà Nẵng, 15/7/2024 - Theo kết quả do Bộ Thông tin và Truyền thông công bố ngày 12/7, thành phố Đà Nẵng"
        " tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2023 với 0,6225 điểm."
    )
    headline = rankings(text.split("\n")[0])
    assert [(f.subject, f.index, f.rank) for f in headline] == [("Đà Nẵng", "DTI", 1)]
    assert [(f.subject, f.start > 60) for f in rankings(text)] == [("Đà Nẵng", True)]  # restated by the body


@pytest.mark.parametrize(
    ("text", "score", "unit"),
    [
        ("Chỉ số PCI năm 2023, Long An đứng thứ ba (70,94 điểm).", 70.94, "points"),
        ("Chỉ số CCHC năm 2023, Sở Tư pháp xếp thứ 5 (đạt 85,2%).", 85.2, "percent"),
        ("Chỉ số SIPAS năm 2019, tỉnh xếp vị trí thứ 40 trên cả nước (năm 2018 là 81,24%).", None, None),
        ("Chỉ số SIPAS năm 2019, tỉnh xếp vị trí thứ 40 (năm 2018 là 81,24%, năm 2017 đạt 79,76%).", None, None),
    ],
)
def test_a_bracketed_score_right_after_the_rank_is_its_score(text: str, score: float | None, unit: str | None):
    fact = only(text)
    assert (fact.score, fact.score_unit) == (score, unit)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tại huyện Chợ Mới, UBND huyện xếp thứ 1/8 huyện, thành phố về Chỉ số CCHC năm 2023.", "huyện Chợ Mới"),
        ("Chỉ số DDCI năm 2023: tại huyện Ba Bể, huyện vẫn xếp thứ 2/8 huyện, thành phố.", "huyện Ba Bể"),
        ("Chỉ số CCHC năm 2023 của Sở Y tế: Sở xếp thứ 4/19 sở, ban, ngành.", "Sở Y tế"),
    ],
)
def test_a_bare_unit_word_is_the_unit_its_sentence_named(text: str, subject: str):
    assert only(text, Context(province="Bắc Kạn")).subject == subject


def test_tinh_alone_off_a_provincial_site_is_the_province_the_paragraph_named():
    text = (
        "Về Chỉ số PAPI năm 2023, Bắc Kạn đạt 41,85 điểm. Trước đó, năm 2021 tỉnh xếp thứ 47, năm 2022 xếp thứ 52. "
        "Hải Phòng đứng thứ hai về Chỉ số PCI."
    )
    assert [f.subject for f in rankings(text)] == ["Bắc Kạn", "Bắc Kạn", "Hải Phòng"]
    assert [f.subject for f in rankings(text, Context(province="Cao Bằng"))][:2] == ["Cao Bằng", "Cao Bằng"]


@pytest.mark.parametrize(
    ("phrase", "quote"),
    [
        ("xếp cuối bảng 63/63", "xếp cuối bảng 63/63"),
        ("xếp cuối cùng (63/63)", "xếp cuối cùng (63/63)"),
        ("vẫn đứng cuối cùng trên 63 tỉnh, thành phố", "đứng cuối cùng trên 63 tỉnh, thành phố"),
    ],
)
def test_the_last_place_with_its_total_is_ranked_as_the_total(phrase: str, quote: str):
    fact = only(f"Chỉ số PCI năm 2023, tỉnh Cao Bằng {phrase}.")
    assert (fact.rule, fact.quote, fact.rank, fact.total, fact.subject) == (
        "ranking.last_place", quote, 63, 63, "Cao Bằng",
    )


@pytest.mark.parametrize(
    "bait",
    [
        "Chỉ số PCI năm 2023, tỉnh Cao Bằng xếp cuối bảng.",  # no total, no rank number
        "Chỉ số PCI năm 2023, tỉnh Cao Bằng xếp cuối bảng 62/63.",  # a rank that is not the last
        "Chỉ số PCI năm 2023: các vị trí tiếp theo trong top 10 lần lượt là Đồng Tháp, Bắc Ninh và Hà Nội.",
    ],
)
def test_a_last_place_without_its_total_and_a_top_list_are_not_rankings(bait: str):
    assert rankings(bait) == []


# --- asides, scales, headlines (found by probing with unseen wording) ----------------------------------------

KONTUM = (
    "Kon Tum: Chỉ số SIPAS năm 2023 tăng 10 bậc\n\n"
    "Năm 2023, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) "
    "của tỉnh Kon Tum đạt 82,91 %, xếp hạng 33/63, tăng 10 bậc so với năm 2022 (năm 2022 xếp hạng 43/63). Kết quả "
    "này cho thấy sự nỗ lực của các cấp, các ngành."
)
LAICHAU = (
    "Công bố Chỉ số PAPI năm 2023: Lai Châu cải thiện 8 bậc\n\n"
    "(Lai Châu) - Sáng 23/4, UNDP tại Việt Nam công bố báo cáo Chỉ số PAPI năm 2023 - lần thứ 15 báo cáo được "
    "công bố. Quảng Ninh, Bình Định, Hải Phòng là các địa phương có điểm cao nhất.\n\n"
    "Năm 2023, tổng điểm PAPI của Lai Châu đạt 40,62/80 điểm, xếp hạng 15/63 tỉnh, thành phố, cải thiện 8 bậc so "
    "với năm 2022 (xếp thứ 23).\n\n"
    'Ở chỉ số nội dung "Công khai, minh bạch", tỉnh đứng thứ 19; nội dung "Thủ tục hành chính công" xếp thứ 45.'
)


def test_rank_in_brackets_keeps_its_own_year_and_takes_no_change_from_outside():
    now, before = rankings(KONTUM)
    assert (now.year, now.rank, now.total, now.score, now.rank_change) == (2023, 33, 63, 82.91, 10)
    assert (before.quote, before.year, before.rank, before.rank_change) == ("năm 2022 xếp hạng 43/63", 2022, 43, None)
    assert before.subject == "Kon Tum"


def test_rank_in_brackets_after_a_compared_year_is_that_year_and_score_out_of_a_scale():
    now, before, *_ = rankings(LAICHAU)
    assert (now.year, now.rank, now.score, now.score_unit, now.rank_change) == (2023, 15, 40.62, "points", 8)
    assert (before.quote, before.year, before.rank, before.rank_change) == ("xếp thứ 23", 2022, 23, None)


def test_bare_province_word_on_no_site_is_the_headline_province():
    *_, content, procedure = rankings(LAICHAU)  # the body names other provinces, the headline only Lai Châu
    assert [(f.rank, f.subject) for f in (content, procedure)] == [(19, "Lai Châu"), (45, "Lai Châu")]


def test_index_read_off_a_headline_list_is_dropped_when_the_body_states_the_rank():
    text = (
        "Công bố PAR INDEX và SIPAS 2023: Bộ Tư pháp tiếp tục dẫn đầu khối bộ\n\n"
        "Bộ Nội vụ công bố kết quả Chỉ số CCHC năm 2023. Ở khối bộ, cơ quan ngang bộ, Bộ Tư pháp xếp thứ nhất "
        "với 91,68%, Bộ Tài chính xếp thứ 3/17."
    )
    assert [(f.index, f.rank, f.subject) for f in rankings(text)] == [
        ("PAR_INDEX", 1, "Bộ Tư pháp"), ("PAR_INDEX", 3, "Bộ Tài chính"),
    ]


def test_index_read_off_a_list_and_stated_nowhere_else_is_kept_and_flagged():
    (fact,) = rankings("PCI và PAPI 2023: Quảng Ninh tiếp tục dẫn đầu\n\nKết quả được công bố ngày 24/4.")
    assert (fact.rank, fact.subject, fact.flags) == (1, "Quảng Ninh", ("index_ambiguous",))


def test_rows_of_a_flattened_ranking_table():
    text = (
        "Bình Phước công bố kết quả DDCI năm 2023\n\n"
        "Bảng xếp hạng khối sở, ban, ngành (19 đơn vị):\n"
        "Hạng 1 – Sở Tư pháp – 82,47 điểm\n"
        "Hạng 2 – Sở Kế hoạch và Đầu tư – 81,90 điểm\n"
        "Xếp hạng 3: Sở Y tế (80,15 điểm)"
    )
    assert [(f.rule, f.index, f.year, f.rank, f.subject, f.score, f.score_unit) for f in rankings(text)] == [
        ("ranking.table_row", "DDCI", 2023, 1, "Sở Tư pháp", 82.47, "points"),
        ("ranking.table_row", "DDCI", 2023, 2, "Sở Kế hoạch và Đầu tư", 81.9, "points"),
        ("ranking.table_row", "DDCI", 2023, 3, "Sở Y tế", 80.15, "points"),
    ]


def test_a_line_that_names_no_one_or_no_index_is_no_table_row():
    schedule = "Lịch công tác tuần về Chỉ số PCI năm 2023\n\nThứ 2: họp giao ban\nThứ 3: làm việc tại huyện"
    assert rankings(schedule) == []
    assert rankings("Danh sách khen thưởng\n\nHạng 1 – Sở Tư pháp\nHạng 2 – Sở Xây dựng") == []


# --- unseen wording, second probe (tests/extractors/corpus r01–r12) -------------------------------------------


def test_year_of_a_monthly_index_from_its_month():
    (fact,) = rankings(
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, tháng 12/2023 Quảng Ngãi đạt 78,45 điểm, xếp thứ 29/63 tỉnh,"
        " thành phố, tăng 12 bậc so với tháng 11/2023."
    )
    assert (fact.index, fact.year, fact.rank, fact.rank_change) == ("SERVICE_INDEX", 2023, 29, 12)


def test_from_to_with_the_later_year_before_the_verb():
    earlier, later = rankings(
        "Đây là lần thứ 3 liên tiếp chỉ số PAPI của tỉnh được cải thiện. Từ vị trí 45 năm 2021, năm 2022 tỉnh đã "
        "vươn lên vị trí 27."
    )
    assert (earlier.rule, earlier.year, earlier.rank) == ("ranking.from_to", 2021, 45)
    assert (later.year, later.rank) == (2022, 27)


def test_subject_put_last_after_la():
    first, second = rankings(
        "Dẫn đầu bảng xếp hạng Chỉ số CCHC năm 2023 là tỉnh Quảng Ninh với 91,63%; xếp thứ hai là thành phố Hải "
        "Phòng với 90,77%."
    )
    assert [(f.rank, f.subject, f.score) for f in (first, second)] == [
        (1, "Quảng Ninh", 91.63),
        (2, "Hải Phòng", 90.77),
    ]


def test_score_of_the_next_index_statement_is_not_this_ranks():
    (fact,) = rankings(
        "Năm 2022, chỉ số PAPI của tỉnh có chỉ số nội dung “Thủ tục hành chính công” xếp thứ 7/63, chỉ số “Công "
        "khai, minh bạch trong việc ra quyết định ở địa phương” đạt 5,38 điểm."
    )
    assert (fact.rank, fact.score) == (7, None)


def test_unit_after_cua_an_index_is_its_subject():
    facts = rankings(
        "Theo đó, Chỉ số DDCI năm 2023 của huyện Lộc Ninh đạt 66,85 điểm, xếp thứ 5/11 huyện, thị xã, thành phố.",
        Context(province="Bình Phước"),
    )
    assert [(f.rank, f.subject, f.score) for f in facts] == [(5, "huyện Lộc Ninh", 66.85)]


def test_units_listed_one_after_another_and_level_word_in_lower_case():
    facts = rankings(
        "Chỉ số DDCI năm 2023: thành phố Đồng Xoài và huyện Hớn Quản lần lượt xếp thứ 2 và thứ 3. Huyện Bù Đăng tụt "
        "3 hạng, xếp thứ 8/11."
    )
    assert [(f.rank, f.subject) for f in facts] == [
        (2, "thành phố Đồng Xoài"),
        (3, "huyện Hớn Quản"),
        (8, "huyện Bù Đăng"),
    ]


def test_city_named_like_its_province_is_the_city():
    facts = rankings(
        "Chỉ số DDCI năm 2023: thành phố Tuyên Quang xếp thứ nhất, thành phố Đà Nẵng xếp thứ 2, Thành phố Hồ Chí "
        "Minh xếp thứ 3."
    )
    assert [f.subject for f in facts] == ["thành phố Tuyên Quang", "Đà Nẵng", "Hồ Chí Minh"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chỉ số DTI năm 2022 của Đà Nẵng: chỉ số Nhân lực số xếp thứ 3/63.", [("DTI", "nhân lực số")]),
        (
            "Chỉ số DDCI năm 2023 của huyện: chỉ số thành phần Tính minh bạch và tiếp cận thông tin xếp thứ 2/11.",
            [("DDCI", "tính minh bạch và tiếp cận thông tin")],
        ),
        (
            "Chỉ số DTI năm 2022 của Đà Nẵng: Hạ tầng số và Nhận thức số cùng xếp thứ 1/63.",
            [("DTI", "hạ tầng số"), ("DTI", "nhận thức số")],
        ),
    ],
)
def test_sub_indices_of_dti_and_ddci(sentence: str, expected: list):
    assert [(f.index, f.component) for f in rankings(sentence)] == expected


def test_sub_index_named_after_a_title_word_and_the_next_statements_own():
    first, second = rankings(
        "Chỉ số PCI năm 2017: xét theo chỉ số thành phần, Lâm Đồng đứng đầu cả nước về chỉ số Tiếp cận đất đai, còn "
        "chỉ số Chi phí thời gian của Gia Lai chỉ xếp thứ 60/63."
    )
    assert (first.rank, first.subject, first.component) == (1, "Lâm Đồng", "tiếp cận đất đai")
    assert (second.rank, second.subject, second.component) == (60, "Gia Lai", "chi phí thời gian")


TABLE = (
    "Công bố Chỉ số cải cách hành chính năm 2021 của các sở, ngành tỉnh\n\n"
    "1. Khối sở, ban, ngành tỉnh\n\n"
    "TT\tĐơn vị\tKết quả (%)\tXếp hạng\n"
    "1\tSở Tư pháp\t93,41\t1\n"
    "2\tSở Thông tin và Truyền thông\t91,70\t2\n"
    "3\tUBND huyện Tháp Mười\t90,62\t3\n"
    "4\tBan Quản lý dự án\t89,10\t4\n\n"
    "5\tSở Tài chính\t90,57\t5"
)


def test_rows_of_a_table_with_a_header():
    facts = rankings(TABLE)
    assert {f.rule for f in facts} == {"ranking.table_column"}
    assert [(f.index, f.year, f.rank, f.subject, f.score, f.score_unit) for f in facts] == [
        ("PAR_INDEX", 2021, 1, "Sở Tư pháp", 93.41, "percent"),
        ("PAR_INDEX", 2021, 2, "Sở Thông tin và Truyền thông", 91.7, "percent"),
        ("PAR_INDEX", 2021, 3, "huyện Tháp Mười", 90.62, "percent"),
        ("PAR_INDEX", 2021, 4, "Ban Quản lý dự án", 89.1, "percent"),  # a unit no vocabulary knows: as written
    ]  # the row past the blank line is another table's, without a header
    assert facts[0].quote == "1\tSở Tư pháp\t93,41\t1"


def test_rows_of_a_table_pasted_with_bars():
    facts = rankings(
        "Quảng Ninh công bố Chỉ số CCHC năm 2024 của các sở, ngành, địa phương\n\nBảng 1. Khối sở, ban, ngành\n"
        "Xếp hạng | Cơ quan, đơn vị | Chỉ số CCHC (%)\n1 | Sở Tư pháp | 92,15\n2 | Sở Nội vụ | 91,87\n"
    )
    assert [(f.rule, f.index, f.year, f.rank, f.subject, f.score, f.score_unit) for f in facts] == [
        ("ranking.table_column", "PAR_INDEX", 2024, 1, "Sở Tư pháp", 92.15, "percent"),
        ("ranking.table_column", "PAR_INDEX", 2024, 2, "Sở Nội vụ", 91.87, "percent"),
    ]
    assert facts[0].quote == "1 | Sở Tư pháp | 92,15"


@pytest.mark.parametrize(
    "header",
    [
        "TT\tĐơn vị\tKết quả (%)\tGhi chú",  # no rank column
        "TT\tKết quả (%)\tXếp hạng\tGhi chú",  # no column of whom
    ],
)
def test_table_without_rank_or_subject_column_ranks_nothing(header: str):
    text = TABLE.replace("TT\tĐơn vị\tKết quả (%)\tXếp hạng", header)
    assert "ranking.table_column" not in {f.rule for f in rankings(text)}


# --- third unseen probe (tests/extractors/corpus s01–s12) ------------------------------------------------------


def test_a_counted_group_leading_is_no_rank():
    assert rankings("Hải Phòng, Quảng Ninh, Bắc Ninh là ba địa phương dẫn đầu Chỉ số CCHC năm 2023.") == []


def test_first_among_a_level_of_units():
    (fact,) = rankings("Chỉ số SIPAS năm 2022: thị xã An Nhơn đứng đầu khối cấp huyện với 89,35%.")
    assert (fact.rule, fact.rank, fact.subject, fact.score) == ("ranking.title_among_units", 1, "thị xã An Nhơn", 89.35)


def test_last_place_then_its_rank():
    (fact,) = rankings("Chỉ số CCHC năm 2020 các huyện: Huyện Sơn Tây xếp cuối, thứ 13/13 với 70,18 điểm, giảm 2 bậc.")
    assert (fact.rule, fact.rank, fact.total, fact.subject, fact.rank_change) == (
        "ranking.last_place", 13, 13, "huyện Sơn Tây", -2
    )


def test_rank_in_brackets_after_a_goal_is_the_result_compared_with():
    (fact,) = rankings(
        "Phấn đấu Chỉ số CCHC năm 2025 của tỉnh Cà Mau tăng ít nhất 5 bậc so với năm 2023 (năm 2023 xếp thứ 41/63)."
    )
    assert (fact.year, fact.rank, fact.subject) == (2023, 41, "Cà Mau")


def test_respectively_pairs_with_long_unit_names():
    facts = rankings(
        "Chỉ số SIPAS năm 2022 của các sở: Sở Xây dựng và Sở Tài nguyên và Môi trường lần lượt xếp thứ 19 và 20."
    )
    assert [(f.rank, f.subject) for f in facts] == [(19, "Sở Xây dựng"), (20, "Sở Tài nguyên và Môi trường")]


def test_change_and_score_stay_with_their_year():
    facts = rankings(
        "Chỉ số PCI của Yên Bái năm 2022 xếp thứ 24/63, năm 2023 tăng 8 bậc lên thứ 16/63 và năm 2024 đạt 68,37 "
        "điểm, xếp thứ 13/63."
    )
    assert [(f.year, f.rank, f.rank_change, f.score) for f in facts] == [
        (2022, 24, None, None),
        (2023, 16, 8, None),
        (2024, 13, None, 68.37),
    ]


def test_sub_index_before_a_bracketed_rank():
    facts = rankings(
        "Chỉ số PCI năm 2023 của Đồng Tháp: Chi phí không chính thức (xếp thứ 2), Tính năng động của chính quyền "
        "tỉnh (xếp thứ 3)."
    )
    assert [(f.rank, f.component) for f in facts] == [
        (2, "chi phí không chính thức"),
        (3, "tính năng động của chính quyền tỉnh"),  # the pillar's full name, as written
    ]


def test_unit_opening_the_sentence_is_the_subject_unless_it_announces():
    facts = rankings(
        "Chỉ số CCHC năm 2023 của các bộ. Đáng chú ý, Bộ Giao thông vận tải có bước tiến rõ rệt khi tăng 8 bậc, từ "
        "vị trí thứ 14 năm 2022 lên vị trí thứ 6 năm 2023."
    )
    assert [f.subject for f in facts] == ["Bộ Giao thông vận tải", "Bộ Giao thông vận tải"]
    (announced,) = rankings(
        "Bộ Nội vụ công bố Chỉ số CCHC năm 2023 của các tỉnh, thành phố, theo đó tỉnh xếp thứ 30/63."
    )
    assert announced.subject is None


def test_short_agency_name_reported_in_full():
    (fact,) = rankings("Chỉ số CCHC năm 2023 khối bộ, ngành: Ngân hàng Nhà nước vươn lên dẫn đầu với 92,46%.")
    assert fact.subject == "Ngân hàng Nhà nước Việt Nam"


# --- fourth unseen probe (tests/extractors/corpus u01–u12) ----------------------------------------------------


MINISTRY = (
    "Bộ Tư pháp giữ vững vị trí thứ hai\n\n"
    "Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số CCHC năm 2024 của các bộ, cơ quan ngang bộ.\n\n"
    "Trong khối bộ, Ngân hàng Nhà nước Việt Nam tiếp tục dẫn đầu với 91,33%. Bộ Tư pháp tiếp tục xếp thứ 2/17 với "
    "90,12%. Vị trí cuối bảng (17/17) thuộc về Bộ Y tế với 80,06%.\n\n"
    "Ở các chỉ số thành phần, chỉ số thành phần Cải cách thủ tục hành chính xếp thứ 1/17."
)


def test_year_written_with_the_index_paragraphs_before_and_the_headlines_unit():
    facts = rankings(MINISTRY)
    assert [(f.index, f.year, f.rank, f.total, f.subject, f.score, f.component) for f in facts] == [
        ("PAR_INDEX", 2024, 1, None, "Ngân hàng Nhà nước Việt Nam", 91.33, None),
        ("PAR_INDEX", 2024, 2, 17, "Bộ Tư pháp", 90.12, None),  # the headline's rank, restated: the body's
        ("PAR_INDEX", 2024, 17, 17, "Bộ Y tế", 80.06, None),
        ("PAR_INDEX", 2024, 1, 17, "Bộ Tư pháp", None, "cải cách thủ tục hành chính"),
    ]


def test_a_rank_among_units_is_on_the_units_index_the_article_names():
    facts = rankings(
        "PCI 2024: Bắc Giang tăng 4 bậc\n\n"
        "Cùng với PCI, tỉnh duy trì đánh giá Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI). Năm "
        "2024, Sở Kế hoạch và Đầu tư dẫn đầu khối sở, ban, ngành; thị xã Việt Yên đứng đầu khối huyện, thị xã, thành "
        "phố."
    )
    assert [(f.index, f.year, f.subject) for f in facts] == [
        ("DDCI", 2024, "Sở Kế hoạch và Đầu tư"),
        ("DDCI", 2024, "thị xã Việt Yên"),
    ]


def test_index_and_year_named_paragraphs_before_a_surveys_figures():
    facts = rankings(
        "Tiền Giang: Người dân hài lòng nhất với lĩnh vực hộ tịch\n\n"
        "Năm 2024, Sở Nội vụ khảo sát; chỉ số hài lòng chung của tỉnh đạt 88,35%.\n\n"
        "Xét theo lĩnh vực, người dân hài lòng nhất với lĩnh vực hộ tịch (94,12%).\n\n"
        "Trong khối sở, Sở Tư pháp xếp thứ nhất với 95,43%; ở cấp huyện, thành phố Mỹ Tho dẫn đầu (92,60%); xã Tân "
        "Phú dẫn đầu khối xã với 91,20%."
    )
    assert [(f.index, f.year, f.rank, f.subject, f.score) for f in facts] == [
        ("SIPAS", 2024, 1, "Sở Tư pháp", 95.43),
        ("SIPAS", 2024, 1, "thành phố Mỹ Tho", 92.6),
        ("SIPAS", 2024, 1, "xã Tân Phú", 91.2),
    ]


def test_decimal_score_in_brackets_takes_the_index_unit():
    (dti,) = rankings("Chỉ số DTI năm 2022: Hà Nội xếp thứ hai (0,6211).")
    assert (dti.rank, dti.subject, dti.score, dti.score_unit) == (2, "Hà Nội", 0.6211, None)  # DTI: a value, no unit
    (pci,) = rankings("Chỉ số PCI năm 2024: Long An xếp thứ ba (71,23).")
    assert (pci.score, pci.score_unit) == (71.23, "points")


# --- session 4: what the fifth unseen probe showed ------------------------------------------------------------


def test_the_index_right_after_a_title_word_beats_the_list_before():
    (fact,) = rankings("Công bố PAR INDEX và SIPAS 2024: Hải Phòng lần đầu dẫn đầu Chỉ số cải cách hành chính")
    assert (fact.index, fact.year, fact.subject, fact.flags) == ("PAR_INDEX", 2024, "Hải Phòng", ())


def test_a_year_after_den_is_the_ranks_own_unless_it_ends_a_range():
    facts = rankings(
        "Chỉ số PAPI của Hà Tĩnh có nhiều biến động: năm 2021 đứng thứ 5, năm 2022 tụt xuống thứ 14, đến năm 2023 "
        "cải thiện lên thứ 9/63."
    )
    assert [(f.year, f.rank) for f in facts] == [(2021, 5), (2022, 14), (2023, 9)]
    (ranged,) = rankings("Từ năm 2016 đến năm 2020, Chỉ số CCHC của tỉnh xếp thứ 30/63.", Context(province="Bắc Kạn"))
    assert ranged.year is None  # both ends of a range are bounds, not the rank's year


def test_nam_nay_after_a_rank_is_no_ordinal():
    facts = rankings("Sang năm 2023, PCI Đồng Tháp cải thiện lên vị trí thứ 7 và năm nay tiếp tục tăng bậc.")
    assert [(f.rank, f.year) for f in facts] == [(7, 2023)]
    assert only("Chỉ số CCHC năm 2023, Hải Phòng xếp thứ hai sau Quảng Ninh.").rank == 2  # `sau`: behind


def test_a_list_of_years_before_a_rank_gives_one_ranking_each():
    facts = rankings(
        "Trên bảng xếp hạng Vietnam ICT Index, Thừa Thiên Huế nhiều năm liên tục nằm trong nhóm 5 địa phương dẫn "
        "đầu. Năm 2018 và năm 2019, tỉnh giành vị trí á quân, chỉ sau Đà Nẵng; năm 2020 xếp thứ 3/63 tỉnh, thành phố."
    )
    assert [(f.index, f.year, f.rank, f.subject) for f in facts] == [
        ("ICT_INDEX", 2018, 2, "Thừa Thiên Huế"),
        ("ICT_INDEX", 2019, 2, "Thừa Thiên Huế"),
        ("ICT_INDEX", 2020, 3, "Thừa Thiên Huế"),  # not Đà Nẵng, whom it is behind
    ]


def test_a_list_of_scores_pairs_with_a_list_of_ranks():
    facts = rankings(
        "Chỉ số CCHC năm 2024 ở khối địa phương, Hải Phòng, Quảng Ninh và Hà Nội lần lượt xếp thứ nhất, thứ hai và "
        "thứ ba với kết quả 93,79%, 93,32% và 92,03%."
    )
    assert [(f.rank, f.subject, f.score, f.score_unit) for f in facts] == [
        (1, "Hải Phòng", 93.79, "percent"),
        (2, "Quảng Ninh", 93.32, "percent"),
        (3, "Hà Nội", 92.03, "percent"),
    ]


def test_the_score_right_after_a_bracketed_rank():
    (fact,) = rankings(
        "Chỉ số DDCI năm 2024: Xếp cuối bảng là Sở Văn hóa, Thể thao và Du lịch (xếp thứ 19/19) với 62,05 điểm."
    )
    assert (fact.rank, fact.total, fact.subject, fact.score, fact.score_unit) == (
        19, 19, "Sở Văn hóa, Thể thao và Du lịch", 62.05, "points"
    )


def test_agencies_under_the_government_and_a_bloc_of_districts():
    facts = rankings(
        "Chỉ số DTI năm 2023: ở khối các cơ quan thuộc Chính phủ, Đài Truyền hình Việt Nam đứng đầu, Thông tấn xã "
        "Việt Nam xếp thứ hai."
    )
    assert [(f.rank, f.subject) for f in facts] == [(1, "Đài Truyền hình Việt Nam"), (2, "Thông tấn xã Việt Nam")]
    (fact,) = rankings("Chỉ số SIPAS năm 2024: quận Hồng Bàng đạt 95,12%, dẫn đầu khối quận, huyện.")
    assert (fact.rank, fact.subject, fact.score) == (1, "quận Hồng Bàng", 95.12)


def test_the_ministries_dti_pillar():
    facts = rankings("Chỉ số DTI năm 2023: Bộ Nội vụ xếp thứ 9/17; riêng trụ cột Chính phủ số của Bộ xếp thứ 6/17.")
    assert [(f.rank, f.component) for f in facts] == [(9, None), (6, "chính phủ số")]


def test_components_of_the_service_index_and_the_full_name_of_a_pci_pillar():
    (fact,) = rankings("Bộ chỉ số 766 năm 2024: nhóm chỉ số Số hóa hồ sơ xếp thứ 4/63.")
    assert (fact.index, fact.component) == ("SERVICE_INDEX", "số hóa hồ sơ")
    (pci,) = rankings("PCI 2023 của Đồng Tháp: chỉ số Tính năng động của chính quyền tỉnh xếp thứ 3/63.")
    assert pci.component == "tính năng động của chính quyền tỉnh"


# --- session 4: what the sixth unseen probe showed ------------------------------------------------------------


def test_a_name_no_vocabulary_knows_opening_the_clause_is_the_subject():
    facts = rankings(
        "Chỉ số DDCI năm 2024. Ở khối địa phương, An Nhơn tiếp tục đứng đầu với 80,12 điểm; Quy Nhơn xếp thứ hai với "
        "79,86 điểm; Tuy Phước tăng 4 bậc, vươn lên vị trí thứ 3/11."
    )
    assert [(f.rank, f.subject) for f in facts] == [(1, "An Nhơn"), (2, "Quy Nhơn"), (3, "Tuy Phước")]
    (merged,) = rankings(
        "Chỉ số 766 tháng 10/2025. Đáng chú ý, Đức Xuân, phường trung tâm của khu vực Bắc Kạn trước đây, tăng 11 bậc, "
        "vươn lên vị trí thứ 4/92."
    )
    assert (merged.subject, merged.rank_change) == ("Đức Xuân", 11)  # past an apposition naming a province
    (heading,) = rankings("Năm 2023, Chỉ số Hài Lòng xếp thứ 5/63.", Context(province="Bắc Kạn"))
    assert heading.subject == "Bắc Kạn"  # the index's own name is no one's


def test_names_listed_after_a_plural_unit_word_share_its_level():
    facts = rankings(
        "Chỉ số 766 tháng 10/2025: các phường Phan Đình Phùng, Gia Sàng lần lượt xếp thứ nhất và thứ hai với 91,25 "
        "điểm và 90,87 điểm."
    )
    assert [(f.rank, f.subject, f.score) for f in facts] == [
        (1, "phường Phan Đình Phùng", 91.25),
        (2, "phường Gia Sàng", 90.87),
    ]


def test_a_component_named_after_the_rank_as_a_field():
    facts = rankings(
        "Chỉ số PAR INDEX 2024 của các bộ: Bộ Tư pháp xếp thứ nhất ở lĩnh vực “cải cách thủ tục hành chính”, trong "
        "khi Ngân hàng Nhà nước Việt Nam đứng đầu lĩnh vực “hiện đại hóa hành chính”."
    )
    assert [(f.subject, f.component) for f in facts] == [
        ("Bộ Tư pháp", "cải cách thủ tục hành chính"),
        ("Ngân hàng Nhà nước Việt Nam", "hiện đại hóa hành chính"),
    ]


def test_score_and_change_around_a_bracketed_rank_of_no_other_year():
    (fact,) = rankings("Chỉ số PAPI năm 2024 của tỉnh đạt 42,78 điểm (xếp thứ 40/63), giảm 2 bậc so với năm trước.")
    assert (fact.rank, fact.score, fact.score_unit, fact.rank_change) == (40, 42.78, "points", -2)


def test_score_out_of_a_decimal_scale_and_after_the_subject_named_last():
    (scaled,) = rankings(
        "Chỉ số PAPI 2024: riêng chỉ số “Kiểm soát tham nhũng trong khu vực công” đạt 2,05/3,33 điểm, chỉ đứng thứ "
        "38/63."
    )
    assert (scaled.score, scaled.score_unit) == (2.05, "points")
    facts = rankings("Chỉ số PAPI 2024: Hải Phòng á quân với 46,81 điểm, xếp thứ ba là Bình Định (46,02 điểm).")
    assert [(f.rank, f.subject, f.score) for f in facts] == [(2, "Hải Phòng", 46.81), (3, "Bình Định", 46.02)]


def test_a_group_referred_back_to_is_the_names_before_it():
    facts = rankings(
        "Chỉ số CCHC năm 2023 có sự bứt phá của Hà Giang và Cao Bằng. Chỉ số CCHC của hai tỉnh lần lượt xếp thứ 50 "
        "và 27."
    )
    assert [(f.rank, f.subject) for f in facts] == [(50, "Hà Giang"), (27, "Cao Bằng")]
    facts = rankings(
        "Năm 2024, Lạng Sơn và Bắc Giang cải thiện mạnh Chỉ số PAPI. Hai địa phương này lần lượt xếp thứ 12 và thứ 8."
    )
    assert [(f.rank, f.subject) for f in facts] == [(12, "Lạng Sơn"), (8, "Bắc Giang")]


# --- session 4: what the seventh unseen probe showed ----------------------------------------------------------


def test_the_headline_below_a_breadcrumb_and_a_dateline_is_the_title():
    facts = rankings(
        "Kinh doanh › Vĩ mô\nThứ tư, 8/5/2024, 11:02 (GMT+7)\n\nQuảng Ninh lần thứ 7 liên tiếp dẫn đầu bảng xếp hạng "
        "PCI\n\nQuảng Ninh tiếp tục giữ ngôi quán quân Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023.",
        Context(published=date(2024, 5, 8)),
    )
    assert [(f.quote, f.year, f.subject) for f in facts] == [("giữ ngôi quán quân", 2023, "Quảng Ninh")]


def test_who_leads_in_general_is_no_rank():
    assert rankings("Chỉ số PCI 2023: Khoảng cách giữa địa phương đứng đầu và đứng cuối đang được thu hẹp dần.") == []


def test_the_month_the_results_came_out_is_not_their_year():
    (fact,) = rankings(
        "Kết quả Chỉ số CCHC năm 2023 do Bộ Nội vụ công bố hồi tháng 4/2024, Hậu Giang đạt 87,92%, xếp thứ 23/63."
    )
    assert (fact.year, fact.subject) == (2023, "Hậu Giang")


def test_a_rank_alone_in_brackets_after_a_name():
    facts = rankings(
        "Chỉ số PAR INDEX 2024: Đứng đầu bảng xếp hạng là Hải Phòng với 93,01%, tiếp theo là Quảng Ninh (thứ 2) và Hà "
        "Nội (thứ 3)."
    )
    assert [(f.rule, f.rank, f.subject) for f in facts] == [
        ("ranking.title_word", 1, "Hải Phòng"),
        ("ranking.bracket_note", 2, "Quảng Ninh"),
        ("ranking.bracket_note", 3, "Hà Nội"),
    ]
    assert rankings("Chỉ số CCHC năm 2024: các sở họp giao ban (thứ 2) hàng tuần.") == []  # a weekday: no one ranked


def test_nam_nay_is_the_articles_year():
    *_, fact = rankings("Chỉ số DTI năm 2023. Bộ Công Thương, đơn vị dẫn đầu năm 2022, năm nay lùi xuống vị trí thứ 4.")
    assert (fact.year, fact.rank, fact.subject) == (2023, 4, "Bộ Công Thương")


def test_whom_a_bracketed_rank_follows_and_a_streak_before_the_verb():
    facts = rankings(
        "Chỉ số CCHC năm 2024 các sở: Hai cơ quan xếp cuối là Sở Xây dựng (74,10 điểm, xếp thứ 18) và Sở Ngoại vụ "
        "(71,56 điểm, xếp thứ 19)."
    )
    assert [(f.rank, f.subject, f.score) for f in facts] == [(18, "Sở Xây dựng", 74.1), (19, "Sở Ngoại vụ", 71.56)]
    facts = rankings(
        "Tại thành phố Bắc Kạn, Chỉ số CCHC năm 2024 cấp xã cho thấy phường Đức Xuân lần thứ 2 liên tiếp xếp thứ 1/8 "
        "xã, phường; xã Dương Quang xếp thứ 8/8."
    )
    assert [(f.rank, f.subject) for f in facts] == [(1, "phường Đức Xuân"), (8, "xã Dương Quang")]


def test_the_subject_named_after_a_title_is_not_the_next_ranks():
    facts = rankings("Với Chỉ số SIPAS 2024, dẫn đầu là Quảng Ninh với 92,16%, Hải Phòng xếp thứ hai.")
    assert [(f.rank, f.subject, f.score) for f in facts] == [(1, "Quảng Ninh", 92.16), (2, "Hải Phòng", None)]


def test_a_list_of_changes_pairs_with_a_list_of_ranks():
    facts = rankings(
        "Riêng Bắc Ninh, Chỉ số PAR INDEX và Chỉ số SIPAS năm 2024 lần lượt xếp thứ 9/63 và 14/63, tăng 4 và 2 bậc so "
        "với năm 2023."
    )
    assert [(f.index, f.rank, f.rank_change) for f in facts] == [("PAR_INDEX", 9, 4), ("SIPAS", 14, 2)]


def test_a_sub_index_the_sentence_opens_with_holds_for_its_clauses():
    facts = rankings(
        "Chỉ số PAPI 2024. Ở chỉ số nội dung Quản trị điện tử, Đà Nẵng dẫn đầu cả nước; Bắc Ninh và Bình Dương lần "
        "lượt đứng thứ 2 và thứ 3."
    )
    assert [(f.rank, f.component) for f in facts] == [
        (1, "quản trị điện tử"),
        (2, "quản trị điện tử"),
        (3, "quản trị điện tử"),
    ]
    facts = rankings("Chỉ số PAPI 2024: chỉ số Quản trị điện tử xếp thứ 5; chỉ số chung xếp thứ 10.")
    assert [(f.rank, f.component) for f in facts] == [(5, "quản trị điện tử"), (10, None)]  # not a topic: not carried


# --- session 4: what the eighth unseen probe showed -----------------------------------------------------------


def test_a_sub_index_named_as_a_content_after_the_rank_and_several_sharing_it():
    facts = rankings(
        "Chỉ số PAPI năm 2018. Xét theo 8 chỉ số nội dung, Thừa Thiên Huế đứng đầu cả nước về nội dung công khai, "
        "minh bạch và xếp thứ hai về nội dung thủ tục hành chính công."
    )
    assert [(f.rank, f.component) for f in facts] == [(1, "công khai, minh bạch"), (2, "thủ tục hành chính công")]
    facts = rankings(
        "PCI năm 2018. Đồng Tháp dẫn đầu cả nước về chỉ số tính năng động của chính quyền tỉnh và chỉ số đào tạo lao "
        "động; chỉ số tiếp cận đất đai xếp thứ 5."
    )
    assert [(f.rank, f.component) for f in facts] == [
        (1, "tính năng động của chính quyền tỉnh"),
        (1, "đào tạo lao động"),
        (5, "tiếp cận đất đai"),
    ]


def test_whom_a_bracket_names_after_the_subject_is_not_it():
    facts = rankings(
        "Chỉ số CCHC năm 2022. Khối xã, phường, thị trấn: phường Quảng Tâm (thành phố Thanh Hóa) dẫn đầu với 93,05%; "
        "xã Xuân Lai (huyện Thọ Xuân) xếp thứ 2/559."
    )
    assert [(f.rank, f.subject) for f in facts] == [(1, "phường Quảng Tâm"), (2, "xã Xuân Lai")]


def test_units_ranked_in_a_list_on_the_ddci_the_article_names():
    facts = rankings(
        "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LÂM ĐỒNG\nTrang chủ | Giới thiệu | Tin tức\n\nCông bố kết quả Bộ chỉ số DDCI tỉnh "
        "Lâm Đồng năm 2023\n\nNgày 28/3, UBND tỉnh công bố kết quả DDCI năm 2023.\n\nỞ khối địa phương, thành phố Bảo "
        "Lộc vươn lên đứng đầu, tăng 3 bậc; huyện Đức Trọng, huyện Lâm Hà và thành phố Đà Lạt lần lượt xếp thứ 2, 3 "
        "và 4.\n\nĐồng chí nhấn mạnh DDCI là công cụ để cải thiện PCI của tỉnh, vốn giảm từ vị trí 20 năm 2021 xuống "
        "38 năm 2022."
    )
    assert [(f.index, f.rank, f.subject) for f in facts] == [
        ("DDCI", 1, "thành phố Bảo Lộc"),
        ("DDCI", 2, "huyện Đức Trọng"),
        ("DDCI", 3, "huyện Lâm Hà"),
        ("DDCI", 4, "thành phố Đà Lạt"),
        ("PCI", 20, "Lâm Đồng"),  # not the site's name over the headline, a unit
        ("PCI", 38, "Lâm Đồng"),
    ]


def test_the_year_written_after_an_index_in_brackets():
    facts = rankings(
        "Chỉ số PAPI: Thừa Thiên Huế duy trì nhóm dẫn đầu\n\nKết quả Chỉ số Hiệu quả quản trị và hành chính công cấp "
        "tỉnh (PAPI) năm 2018 vừa được công bố. Trước đó, năm 2017 xếp hạng 4/63.\n\nThừa Thiên Huế đứng đầu cả nước "
        "về nội dung công khai, minh bạch."
    )
    assert [(f.year, f.rank) for f in facts] == [(2017, 4), (2018, 1)]


# --- session 4: what the ninth unseen probe showed ------------------------------------------------------------


def test_the_headline_over_its_dateline_below_a_sites_top_lines():
    article = ArticleText(
        "Chuyển đến nội dung\nSở Kế hoạch và Đầu tư tỉnh Lâm Đồng\nTrang chủ   Giới thiệu\n\nTin hoạt động\n\nCông bố "
        "DDCI Lâm Đồng năm 2024: huyện Đức Trọng tiếp tục dẫn đầu khối địa phương\n\nĐăng ngày: 28/03/2025 bởi Ban "
        "biên tập\n\nỞ khối huyện, thành phố, huyện Đức Trọng giữ vững vị trí thứ nhất về DDCI năm 2024."
    )
    assert article.text[slice(*article.title)].startswith("Công bố DDCI")
    assert [(f.quote, f.subject) for f in find_rankings(article)] == [("giữ vững vị trí thứ nhất", "huyện Đức Trọng")]


def test_a_units_lead_with_the_ddci_named_paragraphs_before_and_hang_with_a_total():
    facts = rankings(
        "Hội nghị công bố Bộ chỉ số DDCI năm 2024.\n\nỞ khối huyện, huyện Lâm Hà hạng 3/12.\n\nỞ khối sở, ban, ngành, "
        "Sở Kế hoạch và Đầu tư đứng đầu với 80,12 điểm."
    )
    assert [(f.index, f.rank, f.total, f.subject) for f in facts] == [
        ("DDCI", 3, 12, "huyện Lâm Hà"),
        ("DDCI", 1, None, "Sở Kế hoạch và Đầu tư"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chỉ số PCI: năm 2020, 2021 và 2022, PCI của tỉnh Bình Định lần lượt xếp thứ 9, 14 và 9.",
        "Chỉ số PCI của Bình Định năm 2020, 2021, 2022 xếp thứ 9, 14 và 9.",
    ],
)
def test_a_list_of_years_pairs_with_a_list_of_ranks(sentence: str):
    assert [(f.year, f.rank) for f in rankings(sentence)] == [(2020, 9), (2021, 14), (2022, 9)]


def test_the_index_of_a_heading_over_the_paragraph_beats_the_headlines():
    facts = rankings(
        "Tuyên Quang công bố Chỉ số CCHC năm 2024\n\nChỉ số SIPAS\n\nKết quả năm 2024 của tỉnh Tuyên Quang đạt 84,12%, "
        "xếp thứ mười trong 63 tỉnh, thành phố."
    )
    assert [(f.index, f.rank, f.total) for f in facts] == [("SIPAS", 10, 63)]


def test_a_lead_on_the_set_of_an_index_is_no_head_of_a_ministry():
    facts = rankings(
        "Cũng trong 9 tháng năm 2024, ở cấp sở, ngành, Sở Tài nguyên và Môi trường dẫn đầu Bộ chỉ số 766 với 93,50 "
        "điểm; Sở Kế hoạch và Đầu tư xếp thứ hai."
    )
    assert [(f.index, f.rank, f.subject) for f in facts] == [
        ("SERVICE_INDEX", 1, "Sở Tài nguyên và Môi trường"),
        ("SERVICE_INDEX", 2, "Sở Kế hoạch và Đầu tư"),
    ]
    assert rankings("Ông Nguyễn Văn A, người đứng đầu Bộ Nội vụ, phát biểu về Chỉ số CCHC năm 2023.") == []


# --- session 5 ------------------------------------------------------------------------------------------------


def test_another_indexs_sub_index_named_as_one_is_that_indexs():
    facts = rankings(
        "Chỉ số CCHC năm 2023 của tỉnh Tuyên Quang đạt 87,12%, xếp thứ 21/63 tỉnh, thành phố; Chỉ số SIPAS năm 2023 của"
        " tỉnh đạt 82,40%, đứng thứ 35/63. Trong các chỉ số thành phần, chỉ số thành phần cải cách thủ tục hành chính"
        " xếp thứ 12/63, chỉ số thành phần xây dựng và phát triển chính quyền điện tử, chính quyền số xếp thứ 40/63."
    )
    assert [(f.rank, f.index, f.component) for f in facts] == [
        (21, "PAR_INDEX", None),
        (35, "SIPAS", None),
        (12, "PAR_INDEX", "cải cách thủ tục hành chính"),
        (40, "PAR_INDEX", "chính quyền điện tử, chính quyền số"),
    ]
    # DDCI's `tính minh bạch và tiếp cận thông tin`, shortened as PCI's pillar is named: still DDCI's, no pillar read
    ddci = rankings(
        "Chỉ số DDCI năm 2024 của tỉnh Lâm Đồng. Ở chỉ số thành phần Tính minh bạch, thành phố Bảo Lộc xếp thứ nhất."
    )
    assert [(f.index, f.component) for f in ddci] == [("DDCI", None)]


def test_names_listed_with_bare_ranks_after_a_first_rank():
    facts = rankings("Chỉ số CCHC năm 2012: Thừa Thiên Huế xếp thứ 7, Quảng Nam thứ 24, Quảng Ngãi thứ 31.")
    assert [(f.subject, f.rank) for f in facts] == [("Thừa Thiên Huế", 7), ("Quảng Nam", 24), ("Quảng Ngãi", 31)]
    facts = rankings(
        "Chỉ số DDCI 2020, ở khối sở, ban, ngành (20 đơn vị), Sở Kế hoạch và Đầu tư xếp thứ nhất với 76,78 điểm; Sở Tư"
        " pháp thứ hai (75,14 điểm); Sở Nội vụ thứ ba (74,92 điểm)."
    )
    assert [(f.subject, f.rank, f.score) for f in facts] == [
        ("Sở Kế hoạch và Đầu tư", 1, 76.78), ("Sở Tư pháp", 2, 75.14), ("Sở Nội vụ", 3, 74.92),
    ]
    facts = rankings("Chỉ số CCHC năm 2014, thành phố Lào Cai xếp thứ nhất với 90,12 điểm, huyện Sa Pa thứ 2.")
    assert [(f.subject, f.rank) for f in facts] == [("thành phố Lào Cai", 1), ("huyện Sa Pa", 2)]
    # a sitting, not a rank; a name after no first rank
    assert [f.rank for f in rankings("Chỉ số CCHC năm 2023 xếp thứ 5, Kỳ họp thứ 7 của HĐND tỉnh ghi nhận.")] == [5]
    assert rankings("Chỉ số CCHC năm 2023 được công bố, Quảng Nam thứ 24.") == []


def test_a_rank_in_brackets_is_on_the_index_of_the_clause_it_stands_in():
    facts = rankings(
        "Theo đó, Quảng Ninh vươn lên dẫn đầu cả nước về PAR INDEX với 86,70%, tăng 1 bậc so với năm 2016 (xếp thứ 2);"
        " đồng thời đứng đầu về SIPAS với 88,07%."
    )
    assert [(f.index, f.rank, f.year) for f in facts] == [
        ("PAR_INDEX", 1, None), ("PAR_INDEX", 2, 2016), ("SIPAS", 1, None),
    ]


@pytest.mark.parametrize(
    ("text", "rank", "total"),
    [
        ("Năm 2012, Đà Nẵng tiếp tục dẫn đầu 63 tỉnh, thành phố về Chỉ số CCHC với 87,17 điểm.", 1, 63),
        ("Về PAR INDEX 2012 khối bộ, Bộ Tư pháp đứng đầu 19 bộ, cơ quan ngang bộ với 82,70 điểm.", 1, 19),
        ("Chỉ số CCHC năm 2023, Sở Tư pháp đứng đầu trong số 19 sở, ban, ngành.", 1, 19),
        ("Chỉ số CCHC năm 2023, Sở Tư pháp đứng đầu khối sở, ngành.", 1, None),
        ("Chỉ số CCHC nội bộ năm 2018 của tỉnh, Sở Tư pháp đứng đầu khối sở với 93,50 điểm.", 1, None),
    ],
)
def test_a_title_with_the_number_it_leads(text: str, rank: int, total: int | None) -> None:
    assert [(f.rank, f.total) for f in rankings(text)] == [(rank, total)]


def test_sub_indices_named_after_the_rank_with_o_chi_so():
    facts = rankings(
        "Về các chỉ số thành phần của PCI 2015, Đà Nẵng dẫn đầu cả nước ở chỉ số Chi phí thời gian và Dịch vụ hỗ trợ"
        " doanh nghiệp."
    )
    assert [(f.rank, f.component) for f in facts] == [(1, "chi phí thời gian"), (1, "dịch vụ hỗ trợ doanh nghiệp")]


def test_lines_of_a_list_with_the_rank_after_the_score():
    text = (
        "ẢNH 2: PAR INDEX 2023 của 63 tỉnh, thành phố\n"
        "• Quảng Ninh: 91,76% (hạng 1)\n"
        "• Hải Phòng: 91,11% (hạng 2)\n\n"
        "ẢNH 4: SIPAS 2023\n"
        "• Quảng Ninh: 90,61% – hạng 1\n"
        "• Gia Lai: 83,84% – hạng 19, giảm 3 bậc so với năm 2022"
    )
    assert [(f.subject, f.index, f.rank, f.score, f.rank_change) for f in rankings(text)] == [
        ("Quảng Ninh", "PAR_INDEX", 1, 91.76, None),
        ("Hải Phòng", "PAR_INDEX", 2, 91.11, None),
        ("Quảng Ninh", "SIPAS", 1, 90.61, None),
        ("Gia Lai", "SIPAS", 19, 83.84, -3),
    ]
    # a line of a dialogue is no list of ranks
    dialogue = "Chỉ số PAPI 2022\n- Ông Lê Quang Hưng: Đây là lần thứ 3 liên tiếp chỉ số PAPI được cải thiện."
    assert rankings(dialogue) == []


def test_a_table_ranking_in_two_years_one_column_each():
    text = (
        "Bảng xếp hạng DDCI khối huyện, thành phố năm 2020\n"
        "TT | Đơn vị | Điểm 2020 | Xếp hạng 2020 | Xếp hạng 2019\n"
        "1 | Thành phố Bắc Kạn | 72,15 | 1 | 1\n"
        "2 | Huyện Chợ Mới | 70,02 | 2 | 4\n"
    )
    assert [(f.subject, f.index, f.year, f.rank, f.score) for f in rankings(text)] == [
        ("thành phố Bắc Kạn", "DDCI", 2020, 1, 72.15),
        ("thành phố Bắc Kạn", "DDCI", 2019, 1, None),
        ("huyện Chợ Mới", "DDCI", 2020, 2, 70.02),
        ("huyện Chợ Mới", "DDCI", 2019, 4, None),
    ]


def test_a_bracket_note_with_the_score_after_the_rank():
    text = "Chỉ số CCHC năm 2016 khối sở, ban, ngành: xếp cuối bảng là Sở Y tế (thứ 20/20, đạt 70,12 điểm)."
    assert [(f.subject, f.rank, f.total, f.score) for f in rankings(text)] == [("Sở Y tế", 20, 20, 70.12)]


def test_a_sub_index_score_out_of_a_scale_with_a_decimal():
    text = (
        'Chỉ số CCHC năm 2021: chỉ số thành phần "Cải cách thủ tục hành chính" đạt 11,98/13,5 điểm, xếp thứ 23/63.'
    )
    assert [(f.rank, f.score, f.score_unit, f.component) for f in rankings(text)] == [
        (23, 11.98, "points", "cải cách thủ tục hành chính"),
    ]


def test_a_province_named_with_its_unit_word_opening_the_clause_is_the_province():
    text = "Chỉ số PCI 2015: Hà Nội tăng 9 bậc, lên vị trí thứ 24, trong khi TP Hồ Chí Minh giảm 3 bậc, xếp thứ 9."
    assert [(f.subject, f.rank) for f in rankings(text)] == [("Hà Nội", 24), ("Hồ Chí Minh", 9)]


def test_a_change_after_a_contrast_is_the_others():
    text = "Chỉ số DDCI năm 2024: thành phố Đà Lạt xếp thứ tám, trong khi huyện Đam Rông tụt 4 bậc xuống vị trí thứ 12."
    assert [(f.subject, f.rank, f.rank_change) for f in rankings(text)] == [
        ("thành phố Đà Lạt", 8, None), ("huyện Đam Rông", 12, -4),
    ]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Ở khối tỉnh năm 2022, Quảng Ninh tiếp tục giữ vị trí thứ nhất với giá trị DTI 0,6231; Đà Nẵng xếp thứ hai.",
         0.6231),
        ("Chỉ số PAR INDEX 2020 xếp thứ 51/63 và SIPAS 2020 đạt 85,32%.", None),  # the next index's score
    ],
)
def test_whose_score(text: str, score: float | None) -> None:
    assert rankings(text)[0].score == score


@pytest.mark.parametrize(
    ("text", "components"),
    [
        ("Vietnam ICT Index 2019. Về hạ tầng kỹ thuật, TP Hồ Chí Minh đứng đầu, Đà Nẵng thứ hai; về ứng dụng CNTT,"
         " Thừa Thiên Huế dẫn đầu.", ["hạ tầng kỹ thuật", "hạ tầng kỹ thuật", "ứng dụng CNTT"]),
        ("PAPI 2013. Ở nội dung kiểm soát tham nhũng trong khu vực công, Bà Rịa - Vũng Tàu xếp thứ nhất, Quảng Bình"
         " thứ hai.", ["kiểm soát tham nhũng trong khu vực công"] * 2),
        ("PAR INDEX 2023\n• Cải cách thủ tục hành chính: dẫn đầu là Bắc Ninh (96,20%), Quảng Ninh đứng thứ hai.",
         ["cải cách thủ tục hành chính"] * 2),
        # the index's own name holds the words of a sub-index
        ("Ở Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông (Vietnam ICT Index) năm 2020,"
         " tỉnh xếp thứ 31/63.", [None]),
        ("Về Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin (ICT Index), năm 2020 tỉnh xếp thứ 17/63.",
         [None]),
    ],
)
def test_sub_indices_as_topics_and_labels(text: str, components: list[str | None]) -> None:
    assert [f.component for f in rankings(text)] == components


def test_a_year_another_rank_phrase_holds_is_not_a_later_clauses():
    text = (
        "DDCI 2023 được công bố. Ở khối địa phương, huyện Hải Lăng xếp thứ nhất với 76,85 điểm; thị xã Quảng Trị có"
        " bước tiến ấn tượng khi từ vị trí thứ 8 năm 2022 vươn lên thứ 3 năm 2023."
    )
    assert [(f.subject, f.rank, f.year) for f in rankings(text)] == [
        ("huyện Hải Lăng", 1, 2023), ("thị xã Quảng Trị", 8, 2022), ("thị xã Quảng Trị", 3, 2023),
    ]


def test_a_headline_restated_in_the_body_with_the_units_level_word_is_dropped():
    text = (
        "Bảo Yên xếp thứ 3/9 về Chỉ số cải cách hành chính năm 2023\n"
        "Chỉ số cải cách hành chính năm 2023 của huyện Bảo Yên đạt 86,12%, xếp thứ 3/9 huyện, thành phố."
    )
    assert [(f.subject, f.rank, f.start > 60) for f in rankings(text)] == [("huyện Bảo Yên", 3, True)]


def test_the_year_of_the_day_a_monthly_index_runs_to():
    text = (
        "Năm 2023 Chỉ số CCHC của tỉnh xếp hạng 10/63. Đối với Bộ chỉ số phục vụ người dân, doanh nghiệp, tính đến ngày"
        " 20/12/2024 tỉnh đạt 80,17 điểm, đứng thứ 25 cả nước."
    )
    assert [(f.index, f.year, f.rank) for f in rankings(text)] == [("PAR_INDEX", 2023, 10), ("SERVICE_INDEX", 2024, 25)]


def test_a_tables_change_column_and_the_unit_its_score_header_gives():
    text = (
        "Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025 của các xã, phường:\n"
        "STT\tXã, phường\tĐiểm (%)\tXếp hạng\tTăng/giảm\n"
        "1\tPhường Phổ Yên\t89,92\t4\t+12\n"
        "2\tXã Đại Từ\t89,40\t5\t-1\n"
        "3\tPhường Tích Lương\t88,76\t6\t0\n"
    )
    assert [(f.rank, f.score, f.score_unit, f.rank_change) for f in rankings(text)] == [
        (4, 89.92, "percent", 12), (5, 89.4, "percent", -1), (6, 88.76, "percent", 0),
    ]
    satisfaction = "Chỉ số SIPAS năm 2019\nCơ quan\tXếp hạng\tTỷ lệ hài lòng (%)\nSở Tư pháp\t1\t93,52\n"
    assert [(f.subject, f.rank, f.score, f.score_unit) for f in rankings(satisfaction)] == [
        ("Sở Tư pháp", 1, 93.52, "percent"),
    ]


def test_a_bracketed_rank_restating_its_clause_takes_the_clauses_score_and_change():
    text = "Chỉ số PCI năm 2022 đạt 67,04 điểm (xếp thứ 12/63); Chỉ số PAPI đạt 42,83 điểm, tăng 3 bậc (xếp thứ 17/63)."
    assert [(f.index, f.rank, f.score, f.rank_change) for f in rankings(text)] == [
        ("PCI", 12, 67.04, None), ("PAPI", 17, 42.83, 3),
    ]
    after = "Chỉ số CCHC năm 2023, huyện Võ Nhai đứng cuối bảng (xếp thứ 9/9) với 80,05%, giảm 3 bậc."
    assert [(f.rank, f.score, f.rank_change) for f in rankings(after)] == [(9, 80.05, -3)]


def test_a_city_named_after_la_is_the_subject_and_its_score_no_ones_after():
    text = (
        "Chỉ số CCHC năm 2021. Đối với cấp huyện, dẫn đầu là thành phố Hòa Bình với 88,02%, huyện Lạc Thủy xếp thứ"
        " hai, huyện Đà Bắc xếp thứ 10/10."
    )
    assert [(f.subject, f.rank, f.score) for f in rankings(text)] == [
        ("thành phố Hòa Bình", 1, 88.02), ("huyện Lạc Thủy", 2, None), ("huyện Đà Bắc", 10, None),
    ]


def test_names_with_an_apostrophe():
    text = "Chỉ số CCHC năm 2023 của 10 huyện: huyện Ia H’Drai xếp cuối (10/10), huyện Ea H'leo xếp thứ 5."
    assert [f.subject for f in rankings(text)] == ["huyện Ia H’Drai", "huyện Ea H'leo"]


def test_a_respective_list_with_commas_only_and_its_scores_before():
    text = (
        "Kết quả DDCI năm 2023 khối huyện: thành phố Cà Mau, huyện Trần Văn Thời, huyện Cái Nước lần lượt đạt 76,5"
        " điểm, 74,9 điểm và 73,2 điểm, xếp thứ nhất, thứ hai, thứ ba."
    )
    assert [(f.subject, f.rank, f.score) for f in rankings(text)] == [
        ("thành phố Cà Mau", 1, 76.5), ("huyện Trần Văn Thời", 2, 74.9), ("huyện Cái Nước", 3, 73.2),
    ]


def test_a_rank_in_a_region_is_no_ranking():
    text = "Chỉ số SIPAS năm 2023 của Gia Lai xếp thứ 3 khu vực Tây Nguyên, xếp thứ 20/63 cả nước."
    assert [(f.rank, f.total) for f in rankings(text)] == [(20, 63)]


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        # a team's rank in a contest
        ("Chỉ số CCHC năm 2022 của Bộ xếp thứ 2/17. Cũng trong tháng 5/2023, Đoàn vận động viên Bộ Tư pháp đã xếp"
         " thứ nhất toàn đoàn tại Hội thao các Bộ, ngành Trung ương.", [2]),
        # a question, and a group of the first places
        ("Khi PAR INDEX 2023 được công bố, dư luận chỉ chú ý địa phương nào đứng đầu, địa phương nào xếp cuối.", []),
        ("Năm 2023 (PAR INDEX), Quảng Ninh và Hải Phòng chiếm hai vị trí dẫn đầu.", []),
        # a lead over years no one names
        ("Chỉ số CCHC: Quảng Ninh là ngoại lệ hiếm hoi, liên tục dẫn đầu trong nhiều năm.", []),
        # an economic figure, not an index
        ("Chỉ số CCHC năm 2022 được công bố; về kinh tế, thành phố xếp thứ 3 cả nước về tăng trưởng GRDP.", []),
    ],
)
def test_ranks_that_are_not_on_an_index(text: str, ranks: list[int]) -> None:
    assert [f.rank for f in rankings(text)] == ranks


def test_a_rank_of_each_year_a_list_with_one_nam_names():
    text = "Các năm 2015, 2016 và 2017, Chỉ số CCHC của thành phố đều xếp thứ nhất cả nước."
    assert [(f.year, f.rank) for f in rankings(text)] == [(2015, 1), (2016, 1), (2017, 1)]


def test_numbered_districts_and_the_field_a_respective_list_ranks_in():
    text = (
        "Chỉ số CCHC năm 2022 khối quận, huyện: Quận 1 dẫn đầu với 89,6 điểm; quận Bình Thạnh xếp thứ 2 với 88,95"
        " điểm. Ở khối sở, Sở Tư pháp đứng đầu với 90,02 điểm; Sở Thông tin và Truyền thông và Sở Nội vụ lần lượt xếp"
        " thứ hai, thứ ba trong 21 sở, ngành được đánh giá."
    )
    assert [(f.subject, f.rank, f.total) for f in rankings(text)] == [
        ("Quận 1", 1, None), ("quận Bình Thạnh", 2, None), ("Sở Tư pháp", 1, None),
        ("Sở Thông tin và Truyền thông", 2, 21), ("Sở Nội vụ", 3, 21),
    ]


def test_the_month_the_results_came_out_without_hoi_is_not_their_year_either():
    text = (
        "Theo Chỉ số cải cách hành chính năm 2024 do Bộ Nội vụ công bố tháng 5/2025, tỉnh Hà Nam (cũ) đạt 89,12%,"
        " xếp thứ 11/63 tỉnh, thành phố."
    )
    assert [(f.year, f.rank) for f in rankings(text)] == [(2024, 11)]


def test_a_tables_caption_counts_what_it_ranks_and_its_percentage_is_the_score():
    text = (
        "Phụ lục\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA 19 SỞ, BAN, NGÀNH\n"
        "(Kèm theo Báo cáo số 125/BC-UBND ngày 15/5/2024 của Ủy ban nhân dân tỉnh)\n"
        "STT | Tên đơn vị | Điểm đạt được | Tỷ lệ (%) | Xếp hạng\n"
        "1 | Sở Nội vụ | 82,97 | 92,19 | 1\n"
        "2 | Sở Tư pháp | 81,05 | 90,05 | 2\n"
    )
    assert [(f.subject, f.rank, f.total, f.score, f.score_unit) for f in rankings(text)] == [
        ("Sở Nội vụ", 1, 19, 92.19, "percent"), ("Sở Tư pháp", 2, 19, 90.05, "percent"),
    ]
    # a count in the paragraph before, past a blank line, is no caption
    apart = (
        "Trong 9 huyện, thành phố, huyện Võ Nhai đứng cuối.\n\nChỉ số CCHC 2023\nĐơn vị\tĐiểm (%)\tXếp hạng\n"
        "Xã Tân Quang\t91,76\t3\n"
    )
    assert [(f.rank, f.total) for f in rankings(apart) if f.rule == "ranking.table_column"] == [(3, None)]


def test_a_table_is_on_the_index_its_header_names_and_counts_its_units_as_its_caption_does():
    text = (
        "Chỉ số PCI năm 2023 của tỉnh xếp thứ 30/63.\n\n"
        "Phụ lục 1. KẾT QUẢ DDCI NĂM 2023 KHỐI 20 SỞ, BAN, NGÀNH\n"
        "(Kèm theo Quyết định số 1105/QĐ-UBND ngày 12/6/2024 của Chủ tịch UBND tỉnh)\n"
        "STT | Tên đơn vị | Điểm DDCI | Xếp hạng | Tăng/giảm so với năm 2022\n"
        "1 | Sở Kế hoạch và Đầu tư | 78,42 | 1 | +3\n"
        "2 | Sở Tư pháp | 77,95 | 2 | +1\n\n"
        "3. Kết quả của các huyện, thành phố (10 đơn vị)\n"
        "STT | Đơn vị | Điểm DDCI | Xếp hạng\n"
        "1 | Thành phố Kon Tum | 62,15 | 1\n"
    )
    assert [(f.index, f.rank, f.total, f.rank_change, f.quote[:2]) for f in rankings(text)] == [
        ("PCI", 30, 63, None, "xế"), ("DDCI", 1, 20, 3, "1 "), ("DDCI", 2, 20, 1, "2 "), ("DDCI", 1, 10, None, "1 "),
    ]


def test_a_rank_fallen_to():
    text = "Năm 2023 (PAR INDEX), Quảng Ninh và Hải Phòng chiếm hai vị trí dẫn đầu; Đà Nẵng chỉ còn thứ 13."
    assert [(f.subject, f.rank) for f in rankings(text)] == [("Đà Nẵng", 13)]


def test_subjects_leading_respectively():
    text = (
        "Năm 2023, Thành phố tổ chức đánh giá Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI), theo đó"
        " Sở Tư pháp và huyện Gia Lâm lần lượt dẫn đầu khối sở và khối huyện."
    )
    assert [(f.subject, f.index, f.rank) for f in rankings(text)] == [
        ("Sở Tư pháp", "DDCI", 1), ("huyện Gia Lâm", "DDCI", 1),
    ]


def test_a_bare_tinh_is_no_centrally_run_city_named_before():
    text = (
        "Theo đó, Chỉ số CCHC năm 2024 của tỉnh Phú Thọ đạt 90,21%, đứng thứ 4/63. Hải Phòng xếp thứ nhất với 93,44%."
        " Chỉ số thành phần cải cách thủ tục hành chính của tỉnh xếp thứ 2/63."
    )
    assert [(f.subject, f.rank) for f in rankings(text)] == [("Phú Thọ", 4), ("Hải Phòng", 1), ("Phú Thọ", 2)]
