"""The ingest flow: discover → fetch → parse → extract → load, for one site profile.

Tasks work on batches of articles, not single ones: a Prefect task run costs ~5–8 ms here, about
what fetching, parsing and extracting one article costs, so per-article tasks would double the run.
Loading happens on the flow's own thread, one transaction per article.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import date

from prefect import flow, task
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

from crawl import Fetcher, FetchError, Gone, NotModified, SiteProfile, discover, load_profile, replay_router
from crawl.archive import ArchiveFetcher, discover_archived
from crawl.replay import serve_snapshot
from extractors import Context, extract, extractor_version
from parfacts import __version__
from parse import ParseError, parse_article
from schemas import Fact, FetchedPage, ParsedArticle
from warehouse import Known, SpanMismatch, Warehouse

Progress = Callable[[str], None]
RUN_OUTCOMES = ("seen", "new", "changed", "unchanged", "gone", "skipped", "failed")


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class Fetched:
    """One article URL after fetch, parse and extract; `failure` set when a stage failed."""

    url: str
    page: FetchedPage | None = None
    article: ParsedArticle | None = None
    facts: list[Fact] = field(default_factory=list)
    not_modified: bool = False
    gone: bool = False
    failure: tuple[str, str] | None = None  # (stage, reason)


@dataclass
class Summary:
    run_id: str
    status: str
    articles: Counter[str]
    facts_by_kind: Counter[str]
    failures: list[dict[str, str]]
    requests: int
    seconds: float
    work_seconds: float  # time inside task bodies: what is left of `seconds` is orchestration

    def lines(self, total_seconds: float | None = None) -> list[str]:
        """The run's summary for a person; `total_seconds` (the whole command) adds Prefect's startup."""
        a = self.articles
        facts = ", ".join(f"{kind} {n}" for kind, n in sorted(self.facts_by_kind.items())) or "none"
        out = [
            f"run {self.run_id}: {self.status}",
            f"articles: {a['new']} new, {a['changed']} changed, {a['unchanged']} unchanged, {a['gone']} gone, "
            f"{a['skipped']} skipped, {a['failed']} failed (of {a['seen']} to fetch)",
            f"facts added: {sum(self.facts_by_kind.values())} ({facts})",
            f"requests: {self.requests}; time: {self.seconds:.1f} s in the flow "
            f"(work in tasks {self.work_seconds:.1f} s, orchestration {self.seconds - self.work_seconds:.1f} s)"
            + (f", {total_seconds:.1f} s in all with Prefect's startup" if total_seconds else ""),
        ]
        out += [f"failed: {f['url']} [{f['stage']}] {f['reason']}" for f in self.failures]
        return out


class _Clock:
    """Adds up the time spent inside task bodies."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self, fn: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        timed.__name__ = fn.__name__
        timed.__doc__ = fn.__doc__
        return timed


_clock = _Clock()


@task(name="discover", cache_policy=NONE, persist_result=False)
@_clock
def discover_task(fetcher: Fetcher, profile: SiteProfile, known: set[str], full: bool, progress: Progress):
    find = discover_archived if isinstance(fetcher, ArchiveFetcher) else discover
    return find(fetcher, profile, is_known=known.__contains__, full=full, progress=progress)


def _fetch_one(fetcher: Fetcher, profile: SiteProfile, url: str, known: Known | None) -> Fetched:
    try:
        page = fetcher.get(url, etag=known.etag if known else None,
                           last_modified=known.last_modified if known else None)
    except Gone as exc:
        return Fetched(url, gone=True, failure=("gone", exc.reason))  # not retried: the page is not coming back
    except FetchError as exc:
        return Fetched(url, failure=("fetch", exc.reason))
    if isinstance(page, NotModified):
        return Fetched(url, not_modified=True)
    try:
        article = parse_article(page.body, page.url, profile.selectors, page.content_type)
    except ParseError as exc:
        return Fetched(url, page=page, failure=("parse", str(exc)))
    try:
        facts = extract(article.text, Context(published=article.published, province=profile.province))
    except Exception as exc:  # a rule's bug on one article fails that article, not the run
        return Fetched(url, page=page, failure=("extract", f"{type(exc).__name__}: {exc}"))
    return Fetched(url, page=page, article=article, facts=facts)


@task(name="fetch-parse-extract", cache_policy=NONE, persist_result=False)
@_clock
def fetch_batch(fetcher: Fetcher, profile: SiteProfile, urls: list[str], known: dict[str, Known]) -> list[Fetched]:
    """Fetch, parse and extract a batch, as many at once as the site's concurrency cap allows."""
    with ThreadPoolExecutor(max_workers=fetcher.politeness.concurrency) as pool:
        return list(pool.map(lambda url: _fetch_one(fetcher, profile, url, known.get(url)), urls))


@task(name="load", cache_policy=NONE, persist_result=False)
@_clock
def load_batch(
    warehouse: Warehouse, run_id: str, profile: SiteProfile, batch: list[Fetched], known: dict[str, Known],
    tally: Counter[str], failures: list[dict[str, str]], since: date | None, progress: Progress,
) -> None:
    version = extractor_version()
    for item in batch:
        outcome = "failed"
        if item.gone and item.url in known:
            warehouse.mark_gone(run_id, item.url)
            outcome = "gone"
        elif item.not_modified:
            warehouse.touch(run_id, item.url)
            outcome = "unchanged"
        elif item.article is not None and item.page is not None:
            if since and item.article.published and item.article.published < since:
                outcome = "skipped"
            else:
                try:
                    outcome, _ = warehouse.load_article(run_id, profile.name, version, item.page, item.article,
                                                        item.facts)
                except SpanMismatch as exc:
                    item.failure = ("verify", str(exc))
        if item.failure and outcome in ("failed", "gone"):
            failures.append({"url": item.url, "stage": item.failure[0], "reason": item.failure[1]})
        tally[outcome] += 1
        tally["done"] += 1
        detail = f" ({len(item.facts)} facts)" if outcome in ("new", "changed") else ""
        progress(f"[{tally['done']:>4}/{tally['seen']}] {outcome:<9} {item.url}{detail}")


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _open_fetcher(stack: ExitStack, profile: SiteProfile, offline: bool, progress: Progress) -> Fetcher:
    """Where the bytes come from: the bundled snapshot on loopback, the web archive the profile
    declares (fallback or only), or the live portal."""
    politeness = profile.politeness
    if offline:
        if profile.snapshot is None:
            raise FetchError(profile.base_url, f"profile {profile.path} names no bundled snapshot for --offline")
        portal, server = stack.enter_context(serve_snapshot(profile.snapshot))
        progress(f"replaying the bundled snapshot of {portal} on {server}")
        # no politeness delay: the server is our own
        fetcher = Fetcher(profile, router=replay_router(portal, server),
                          politeness=replace(politeness, requests_per_second=1e6))
    elif profile.archive:
        fetcher = ArchiveFetcher(profile, politeness=politeness)
    else:
        fetcher = Fetcher(profile, politeness=politeness)
    return stack.enter_context(fetcher)


def _plan(
    warehouse: Warehouse, fetcher: Fetcher, profile: SiteProfile, known: dict[str, Known], full: bool,
    failures: list[dict[str, str]], progress: Progress,
) -> list[str]:
    """The article URLs this run fetches: what is not stored yet and what failed last time; with
    `full`, every stored article too (a conditional GET: 304 is nothing new, 404/410 marks it gone)."""
    retry = warehouse.last_failures(profile.name)
    # after a failed listing page every listing is walked to its end: the pages behind it were never seen
    walk = full or any(f["stage"] == "discover" for f in retry)
    found = discover_task(fetcher, profile, set(known), walk, progress)
    failures += [{"url": u, "stage": "discover", "reason": r} for u, r in found.failures.items()]
    failed = [f["url"] for f in retry if f["stage"] in ("fetch", "parse", "verify") and profile.is_article(f["url"])]
    urls = [u for u in dict.fromkeys([*failed, *found.urls]) if full or u not in known or u in failed]
    progress(f"discovered {len(found.urls)} articles on {found.pages} feed and listing pages; {len(urls)} to fetch")
    return urls


@flow(name="parfacts-ingest", persist_result=False, log_prints=False)
def ingest(
    profile_path: str,
    db: str = "parfacts.duckdb",
    offline: bool = False,
    full: bool = False,
    max_articles: int | None = None,
    since: date | None = None,
    batch_size: int = 25,
    progress: Progress | None = None,
) -> Summary:
    """Crawl one site into the warehouse. `offline` replays the profile's bundled snapshot on
    127.0.0.1: the same requests as live, answered by the snapshot, with no politeness delay since
    the server is our own. Provenance keeps the portal URL and, apart, the address really fetched."""
    started = time.perf_counter()
    work_before = _clock.seconds
    progress = progress or stderr_progress
    profile = load_profile(profile_path)
    with ExitStack() as stack:
        fetcher = _open_fetcher(stack, profile, offline, progress)
        warehouse = stack.enter_context(Warehouse(db))
        run_id = warehouse.start_run(
            site=profile.name, code_version=__version__, extractor_version=extractor_version(),
            mode="offline" if offline else "archive" if isinstance(fetcher, ArchiveFetcher) else "live",
            flow_run_id=flow_run.get_id(),
        )
        tally: Counter[str] = Counter()
        failures: list[dict[str, str]] = []
        status = "failed"
        try:
            known = warehouse.known(profile.name)
            urls = _plan(warehouse, fetcher, profile, known, full, failures, progress)
            urls = urls[:max_articles] if max_articles else urls
            tally["seen"] = len(urls)
            for batch in _batches(urls, batch_size):
                fetched = fetch_batch(fetcher, profile, batch, known)
                load_batch(warehouse, run_id, profile, fetched, known, tally, failures, since, progress)
            status = "partial" if failures else "completed"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            facts_by_kind = warehouse.facts_by_kind(run_id)
            counts = {f"articles_{k}": tally[k] for k in RUN_OUTCOMES}
            counts |= {"requests": fetcher.requests, "facts_new": sum(facts_by_kind.values())}
            warehouse.finish_run(run_id, status=status, counts=counts, failures=failures)
    return Summary(
        run_id=run_id, status=status, articles=tally, facts_by_kind=facts_by_kind, failures=failures,
        requests=fetcher.requests, seconds=time.perf_counter() - started, work_seconds=_clock.seconds - work_before,
    )

