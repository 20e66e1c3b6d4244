"""`parfacts extract` and `parfacts ingest` as a user meets them: output shape and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parfacts.cli import main
from tests.conftest import REPO

SEED = "Sau 5 năm thực hiện Nghị quyết số 07-NQ/TU ngày 26 tháng 4 năm 2016 của Ban Chấp hành Đảng bộ tỉnh.\n"


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_extract_prints_json_lines_in_span_order_with_source(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SEED, encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    facts = lines(capsys.readouterr().out)
    assert [f["kind"] for f in facts] == ["document", "date"]
    assert all(f["source"] == str(article) for f in facts)
    assert facts[0]["ref"] == "07-NQ/TU" and facts[0]["issued_on"] == "2016-04-26"
    assert [f["start"] for f in facts] == sorted(f["start"] for f in facts)


def test_extract_reads_html_pages_body_only(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><nav>Lượt xem: 665 · 12/01/2021</nav><article><h1>Tin</h1><p>" + SEED + "</p></article>"
        "<footer>Giấy phép số 05/GP-TTĐT ngày 12/3/2019</footer></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page)]) == 0
    facts = lines(capsys.readouterr().out)
    assert [f["quote"] for f in facts] == ["Nghị quyết số 07-NQ/TU", "ngày 26 tháng 4 năm 2016"]


def test_published_gives_the_year_of_a_day_and_month(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Sáng 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị.", encoding="utf-8")
    main(["extract", str(article)])
    assert lines(capsys.readouterr().out) == []
    main(["extract", "--published", "2024-04-18", str(article)])
    (fact,) = lines(capsys.readouterr().out)
    assert (fact["value"], fact["flags"]) == ("2024-04-17", ["year_inferred"])


def test_bad_files_get_one_line_each_and_the_rest_is_processed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SEED, encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Nghị quyết".encode("utf-16"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code = main(["extract", str(tmp_path / "missing.txt"), str(latin), str(empty), str(good)])
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert code == 1
    assert len(errors) == 3
    assert "missing.txt: no such file" in errors[0]
    assert "latin.txt: not UTF-8" in errors[1]
    assert "empty.txt: empty file" in errors[2]
    assert {f["source"] for f in lines(captured.out)} == {str(good)}


def test_a_bad_date_flag_is_a_usage_error(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--published", "17/04/2024", "x.txt"])
    assert exit_.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_ingest_with_a_broken_profile_says_which_field(tmp_path: Path) -> None:
    profile = tmp_path / "site.toml"
    profile.write_text('name = "x"\nbase_url = "ftp://example"\n[discovery]\narticle_url = "x"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "parfacts.cli", "ingest", "--profile", str(profile), "--db", str(tmp_path / "d.duckdb")],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"parfacts ingest: {profile}: base_url: not an http(s) URL: 'ftp://example'"]


def test_an_html_page_gives_its_own_publish_date_unless_the_flag_says(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture) -> None:
    page = tmp_path / "p.html"
    page.write_text('<html><body><article><h1>Tin</h1><time datetime="2024-04-18T08:00:00+07:00">18/04/2024</time>'
                    "<div class='entry-content'><p>Sáng 17/4, Ban Chỉ đạo tổ chức Hội nghị.</p></div></article>"
                    "</body></html>", encoding="utf-8")
    main(["extract", str(page)])
    assert [f["value"] for f in lines(capsys.readouterr().out)] == ["2024-04-17"]
    main(["extract", "--published", "2023-04-18", str(page)])
    assert [f["value"] for f in lines(capsys.readouterr().out)] == ["2023-04-17"]


def test_an_article_the_rules_fail_on_is_reported_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import parfacts.cli as cli

    real = cli.extract

    def failing_on_the_poison(text, context=None):  # a rule's bug, injected on one article
        if "POISON" in text:
            raise TypeError("'NoneType' object is not subscriptable")
        return real(text, context)

    monkeypatch.setattr(cli, "extract", failing_on_the_poison)
    poison, good = tmp_path / "poison.txt", tmp_path / "good.txt"
    poison.write_text("POISON xếp thứ 5/63", encoding="utf-8")
    good.write_text(SEED, encoding="utf-8")
    code = main(["extract", str(poison), str(good)])
    captured = capsys.readouterr()
    assert code == 0
    assert "poison.txt: the rules failed on this article" in captured.err and "TypeError" in captured.err
    assert {f["source"] for f in lines(captured.out)} == {str(good)}
