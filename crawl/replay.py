"""Serve a bundled portal snapshot on 127.0.0.1, the way the portal serves itself.

A snapshot folder holds `manifest.json` (the portal's base URL and one route per URL path: file,
content type, Last-Modified, or a redirect) and the files. The server answers conditional GETs
(ETag, If-Modified-Since) with 304 like a real CMS, so the offline crawl is exactly the live one.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawl.errors import ProfileError


@dataclass(frozen=True, slots=True)
class Route:
    status: int
    headers: dict[str, str]
    body: bytes
    modified: datetime | None


def load_routes(snapshot: Path) -> tuple[str, dict[str, Route]]:
    """The portal's base URL and its routes, keyed by path (with query)."""
    manifest_path = snapshot / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProfileError(f"{manifest_path}: cannot read snapshot manifest ({exc})") from None
    routes: dict[str, Route] = {}
    for entry in manifest["routes"]:
        status = int(entry.get("status", 200))
        headers: dict[str, str] = {}
        body = b""
        modified = None
        if "location" in entry:
            headers["Location"] = entry["location"]
        if "file" in entry:
            body = (snapshot / entry["file"]).read_bytes()
            headers["Content-Type"] = entry["content_type"]
            headers["ETag"] = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if "last_modified" in entry:
            modified = datetime.fromisoformat(entry["last_modified"].replace("Z", "+00:00"))
            headers["Last-Modified"] = format_datetime(modified, usegmt=True)
        routes[entry["path"]] = Route(status, headers, body, modified)
    return manifest["base_url"], routes


def _not_modified(route: Route, if_none_match: str | None, if_modified_since: str | None) -> bool:
    if if_none_match is not None:
        return route.headers.get("ETag") in {tag.strip() for tag in if_none_match.split(",")}
    if if_modified_since and route.modified:
        try:
            return route.modified <= parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
    return False


def _handler(routes: dict[str, Route]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "Apache"
        sys_version = ""

        def do_GET(self) -> None:
            route = routes.get(self.path)
            if route is None:
                self._send(404, {"Content-Type": "text/html; charset=UTF-8"}, b"<h1>Not Found</h1>")
            elif route.status == 200 and _not_modified(
                route, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            ):
                self._send(304, {k: v for k, v in route.headers.items() if k in ("ETag", "Last-Modified")}, b"")
            else:
                self._send(route.status, route.headers, route.body)

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet: the crawl reports progress
            pass

    return Handler


@contextmanager
def serve_snapshot(snapshot: Path) -> Iterator[tuple[str, str]]:
    """Run the snapshot's server on an ephemeral loopback port; yields (portal base URL, server URL)."""
    base_url, routes = load_routes(snapshot)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="snapshot-replay", daemon=True)
    thread.start()
    try:
        yield base_url, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()

