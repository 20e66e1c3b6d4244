"""A real HTTP server on 127.0.0.1 whose answers a test scripts per path, and which records every
request it receives; plus a tiny WordPress-shaped site on it and a profile pointing there.

Faults are scripted as `Reply` sequences: each request to a path takes the next reply, the last one
repeats. So `site.script("/a/", Reply(500), Reply(200, body))` is "500 then 200".
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line: a server slow to answer
    stall: float = 0.0  # after the headers, before the body: a body slower than the read timeout
    reset: bool = False  # close with a TCP reset instead of answering
    truncate: int | None = None  # declare the full Content-Length, send only this many bytes, hang up
    length: bool = True  # False: no Content-Length, the body ends when the connection closes
    gzip: bool = False  # send the body gzip-compressed
    etag: str | None = None  # answer a matching If-None-Match with 304


@dataclass(frozen=True)
class Request:
    path: str
    host: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


class Server:
    """One loopback HTTP/1.1 server; unscripted paths answer 404."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.log: list[Request] = []
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, address: None  # the client hanging up on a fault is the point
        self.origin = f"http://127.0.0.1:{self.httpd.server_port}"
        self.netloc = f"127.0.0.1:{self.httpd.server_port}"
        # A short poll interval: shutdown() waits for one, twice per test.
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def url(self, path: str) -> str:
        return self.origin + path

    def script(self, path: str, *replies: Reply) -> None:
        with self._lock:
            self.routes[path] = list(replies)

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=UTF-8") -> None:
        """A plain page with an ETag, so conditional GETs get their 304."""
        data = body.encode() if isinstance(body, str) else body
        self.script(path, Reply(body=data, headers={"Content-Type": content_type}, etag=f'"{zlib.crc32(data):x}"'))

    def requests(self, path: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def _next(self, path: str) -> Reply:
        with self._lock:
            replies = self.routes.get(path)
            if not replies:
                return Reply(404, b"<h1>Not Found</h1>")
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with server._lock:
                    server.log.append(Request(self.path, self.headers.get("Host", ""), dict(self.headers),
                                              time.monotonic()))
                reply = server._next(self.path)
                time.sleep(reply.delay)
                if reply.reset:
                    # SO_LINGER 0: close() sends RST, what a crashing proxy does.
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    self.close_connection = True
                    return
                status, headers, body = reply.status, dict(reply.headers), reply.body
                if reply.etag:
                    headers["ETag"] = reply.etag
                    if self.headers.get("If-None-Match") == reply.etag:
                        status, body = 304, b""
                if reply.gzip:
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if reply.length:
                    self.send_header("Content-Length", str(len(body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.flush()
                time.sleep(reply.stall)
                if reply.truncate is not None:
                    self.wfile.write(body[: reply.truncate])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    live = Server()
    yield live
    live.close()


@pytest.fixture
def other_server() -> Iterator[Server]:
    """A second host (another port): a crawl of `server`'s site must never send it anything."""
    other = Server()
    yield other
    other.close()


def article_path(n: int) -> str:
    return f"/2024/01/{n:02d}/bai-viet-{n}/"


def article_html(n: int, elsewhere: str, extra: str = "") -> str:
    """An article page; its links (to `elsewhere` too) are data, never work for the crawler."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bài {n}</title>
<link rel="canonical" href="{article_path(n)}?utm_source=feed"></head><body>
<nav><a href="{elsewhere}2024/01/01/khac/">Liên kết</a></nav>
<h1 class="entry-title">Cải cách hành chính số {n}</h1>
<time class="entry-date published" datetime="2024-01-{n:02d}T08:00:00+07:00">{n:02d}/01/2024</time>
<div class="entry-content"><p>Năm 2023, Chỉ số CCHC của tỉnh xếp thứ {n}/63 tỉnh, thành phố.</p>
<p>Theo Kế hoạch số {n}/KH-UBND, xem <a href="{elsewhere}">liên kết ngoài</a>.</p>{extra}</div>
</body></html>"""


class Site:
    """A WordPress-shaped site on `server`: robots.txt, a feed, a two-page category listing, articles."""

    def __init__(self, server: Server, other: Server, tmp_path: Path) -> None:
        self.server = server
        self.other = other  # linked from every article and from the feed; must never be asked
        self.tmp_path = tmp_path
        self.articles: list[int] = []
        self.server.page("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\n", "text/plain")

    def publish(self, *numbers: int) -> None:
        """Put articles online and relist: the feed carries the newest five, the listing pages three each."""
        for n in numbers:
            if n not in self.articles:
                self.articles.append(n)
            self.server.page(article_path(n), self.html(n))
        newest = sorted(self.articles, reverse=True)
        items = "".join(f"<item><link>{self.server.url(article_path(n))}</link></item>" for n in newest[:5])
        items += f"<item><link>{self.other.url(article_path(99))}</link></item>"
        self.server.page("/feed/", f'<?xml version="1.0"?><rss><channel>{items}</channel></rss>', "application/rss+xml")
        pages = [newest[i : i + 3] for i in range(0, len(newest), 3)] or [[]]
        for number, chunk in enumerate(pages, 1):
            links = "".join(f'<a href="{article_path(n)}">{n}</a>' for n in chunk)
            nxt = f'<a class="next page-numbers" href="/category/tin/page/{number + 1}/">Sau</a>' \
                if number < len(pages) else ""
            path = "/category/tin/" if number == 1 else f"/category/tin/page/{number}/"
            self.server.page(path, f"<html><body>{links}{nxt}</body></html>")

    def html(self, n: int, extra: str = "") -> str:
        return article_html(n, self.other.url("/"), extra)

    def profile(self, hosts: str = "", **politeness: object) -> Path:
        """A profile for this site, with timeouts and backoff small enough for tests; keyword
        arguments override its [politeness] values."""
        settings = {
            "requests_per_second": 1000, "concurrency": 2, "connect_timeout": 0.5, "read_timeout": 0.3,
            "fetch_deadline": 2, "max_retries": 2, "backoff_base": 0.01, "max_body_bytes": 100_000,
            "contact": "mailto:crawler-test@example.org",
        } | politeness
        lines = "\n".join(f"{key} = {value!r}".replace("'", '"') for key, value in settings.items())
        path = self.tmp_path / "site.toml"
        path.write_text(f"""name = "testsite"
base_url = "{self.server.origin}/"
{hosts}
[discovery]
feeds = ["/feed/"]
article_url = '^/\\d{{4}}/\\d{{2}}/\\d{{2}}/[^/]+/$'

[[discovery.listings]]
start = "/category/tin/"
next = "a.next.page-numbers"

[article]
title = "h1.entry-title"
published = "time.entry-date.published"
body = "div.entry-content"

[politeness]
{lines}
""", encoding="utf-8")
        return path


@pytest.fixture
def site(server: Server, other_server: Server, tmp_path: Path) -> Site:
    return Site(server, other_server, tmp_path)
