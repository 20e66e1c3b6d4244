"""A run killed with SIGKILL halfway leaves a consistent database, and the next run finishes the job.

The child process runs the real flow against a loopback copy of the Bắc Kạn snapshot in which one
article hangs; it is killed once the first batch is committed and it waits on that article."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from crawl.replay import load_routes
from flows import ingest
from tests.conftest import BACKAN_PROFILE, REPO
from tests.crawl.conftest import Reply, Server
from warehouse import Warehouse

SNAPSHOT = BACKAN_PROFILE.parent / "snapshot"
HANGING = "/2019/09/03/quyet-dinh-1463-qd-ubnd-2019-xay-dung-bo-chi-so-danh-gia-nang-luc-canh-tranh/"


@pytest.fixture
def site(server: Server, tmp_path: Path) -> Path:
    """The snapshot served on 127.0.0.1 as a live site, its HANGING article stalling on first request."""
    _, routes = load_routes(SNAPSHOT)
    for path, route in routes.items():
        body = route.body.replace(b"https://cchc.backan.gov.vn/", f"{server.origin}/".encode())
        reply = Reply(route.status, body, route.headers)
        server.script(path, *([Reply(delay=60), reply] if path == HANGING else [reply]))
    profile = BACKAN_PROFILE.read_text(encoding="utf-8")
    profile = profile.replace('base_url = "https://cchc.backan.gov.vn/"', f'base_url = "{server.origin}/"')
    profile = profile.replace('allowed_hosts = ["cchc.backan.gov.vn"]', f'allowed_hosts = ["{server.netloc}"]')
    profile = profile.replace('snapshot = "snapshot"', "")
    profile = profile.replace("requests_per_second = 1.0", "requests_per_second = 500")
    path = tmp_path / "site.toml"
    path.write_text(profile, encoding="utf-8")
    return path


def test_sigkill_mid_run_loses_nothing_and_the_rerun_completes(site: Path, tmp_path: Path,
                                                                prefect_harness: None) -> None:
    db = tmp_path / "crash.duckdb"
    code = f"from flows import ingest; ingest({str(site)!r}, db={str(db)!r}, batch_size=4)"
    child = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        assert child.stderr is not None
        seen = []
        for line in child.stderr:
            seen.append(line)
            if line.startswith("[   4/"):  # first batch committed; the second now waits on HANGING
                break
        else:
            pytest.fail(f"the child ended before its first batch (exit {child.wait()}): {''.join(seen)[-3000:]}")
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()

    with Warehouse(db) as warehouse:
        counts = warehouse.counts()
        (status,) = warehouse.con.execute("SELECT status FROM runs").fetchone()
        orphans = warehouse.con.execute(
            "SELECT count(*) FROM facts f ANTI JOIN snapshots s USING (snapshot_id)").fetchone()[0]
    assert status == "running"
    assert (counts["articles"], counts["snapshots"]) == (4, 4)
    assert orphans == 0

    summary = ingest(str(site), db=str(db), progress=lambda message: None)
    ingest(str(site), db=str(tmp_path / "clean.duckdb"), progress=lambda message: None)
    assert summary.status == "completed", summary.failures
    with Warehouse(db) as warehouse, Warehouse(tmp_path / "clean.duckdb") as reference:
        after, expected = warehouse.counts(), reference.counts()
        statuses = [row[0] for row in warehouse.con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
        duplicated = warehouse.con.execute(
            "SELECT count(*) FROM (SELECT article_id FROM snapshots GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
    assert statuses == ["interrupted", "completed"]
    assert (after["articles"], after["snapshots"], after["facts"]) == (
        expected["articles"], expected["snapshots"], expected["facts"])
    assert duplicated == 0
