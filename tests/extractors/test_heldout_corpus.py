"""The held-out corpus (tests/extractors/corpus): real wording of PAR articles that the rules were not
written on, scored by the project's scorer exactly as the judges score the dev corpus. The floor only rises.

Each article's `.meta.json` says where its wording comes from; gold is annotated by the spec's conventions.
"""

from __future__ import annotations

import json
import runpy
import shlex
import sys
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest

from extractors import canonicalize

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "tools" / "score_facts.py"
CORPUS = Path(__file__).resolve().parent / "corpus"
# reached 0.98970 (4057 facts: 68 missed, 15 spurious). Most of them in batch l, reports out of PDFs: its tables with
# one cell a line or columns of spaces are not read. The rest: the year conventions of m07 and m08, batch d's headline
# rankings and publish-date days of its annotator's conventions, a few of g and j. One more error: 0.9896
MICRO_F1_FLOOR = 0.9896
KIND_F1_FLOOR = 0.975  # rankings 0.9754


@pytest.fixture(scope="module")
def summary() -> dict:
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside the repo ({SCORER})")
    command = f"{shlex.quote(sys.executable)} -m parfacts.cli extract"
    argv = sys.argv
    sys.argv = [str(SCORER), str(CORPUS), "--run", command, "--json"]
    out = StringIO()
    try:
        with redirect_stdout(out):
            runpy.run_path(str(SCORER), run_name="__main__")
    except SystemExit as done:
        assert not done.code, done.code
    finally:
        sys.argv = argv
    return json.loads(out.getvalue().strip().splitlines()[-1])


def test_the_corpus_is_in_the_dev_format() -> None:
    texts = sorted(CORPUS.glob("*.txt"))
    assert len(texts) >= 10
    for text in texts:
        meta = json.loads(text.with_suffix("").with_suffix(".meta.json").read_text(encoding="utf-8"))
        assert meta["note"], text.name
        canonical = canonicalize(text.read_text(encoding="utf-8")).text
        for line in text.with_suffix("").with_suffix(".gold.jsonl").read_text(encoding="utf-8").splitlines():
            fact = json.loads(line)
            assert canonical[fact["start"] : fact["end"]] == fact["quote"], (text.name, fact)


def test_micro_f1_holds_the_floor(summary: dict) -> None:
    assert summary["micro"]["f1"] >= MICRO_F1_FLOOR, summary


def test_every_kind_holds_its_floor(summary: dict) -> None:
    for kind in ("date", "document", "period", "ranking"):
        assert summary["kinds"][kind]["f1"] >= KIND_F1_FLOOR, (kind, summary["kinds"][kind])
