"""The dev corpus scored by the project's own scorer (shared/tools/score_facts.py), as the judges
score it: `parfacts extract` run over every article. The floor in score_floor.json only rises."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest

from tests.conftest import REPO, SHARED

SCORER = SHARED / "tools" / "score_facts.py"
CORPUS = SHARED / "corpus" / "dev"
FLOOR = json.loads((REPO / "tests" / "score_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def summary() -> dict:
    if not SCORER.exists() or not CORPUS.exists():
        pytest.skip(f"the shared scorer and dev corpus are not beside the repo ({SHARED})")
    command = f"{shlex.quote(sys.executable)} -m parfacts.cli extract"
    done = subprocess.run([sys.executable, str(SCORER), str(CORPUS), "--run", command, "--json"],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_micro_f1_holds_the_floor(summary: dict) -> None:
    assert summary["micro"]["f1"] >= FLOOR["micro_f1"], summary


def test_every_kind_holds_its_floor(summary: dict) -> None:
    for kind, floor in FLOOR["kinds_f1"].items():
        assert summary["kinds"][kind]["f1"] >= floor, (kind, summary["kinds"][kind])


def test_attribute_accuracy_holds_the_floor(summary: dict) -> None:
    low = {name: value for name, value in summary["attributes"].items() if value < FLOOR["attributes"]}
    assert not low, low
