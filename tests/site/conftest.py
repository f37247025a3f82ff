"""Serve the built site on 127.0.0.1 and drive it with Debian's Chromium."""

from __future__ import annotations

import functools
import gzip
import io
import os
import re
import shutil
import threading
import tomllib
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "docs" / "_build" / "html"
# The site is served under the path it is published at (GitHub Pages serves a
# project site under /<repository>/), so that the 404 page's absolute links
# are tested as they will be used.
PUBLISHED = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]["Documentation"]
PREFIX = urlparse(PUBLISHED).path.rstrip("/")
CHROMIUM_ARGUMENTS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


# What GitHub Pages and Read the Docs send gzip-compressed.
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".py", ".ipynb"}


@functools.cache
def _compressed(path: Path, _modified: float) -> bytes:
    """``path`` compressed, once per version of the file (its modification time)."""
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


class _PagesHandler(SimpleHTTPRequestHandler):
    """Like a static host: the site under PREFIX, text compressed with gzip when
    the browser accepts it, and its 404.html for any missing path."""

    # Keep-alive, as every static host offers.
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.partition("?")[0].endswith("/"):
            path = path / "index.html"
        accepted = self.headers.get("Accept-Encoding", "")
        if path.suffix not in COMPRESSED or "gzip" not in accepted or not path.is_file():
            return super().send_head()
        body = _compressed(path, path.stat().st_mtime)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path: str) -> str:
        if not path.startswith(PREFIX + "/"):
            return str(SITE / "no-such-file")
        return super().translate_path(path.removeprefix(PREFIX))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = SITE / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    if not (SITE / "index.html").exists():
        pytest.fail(f"no built site in {SITE}: run nox -s site (or nox -s docs first)")
    handler = functools.partial(_PagesHandler, directory=str(SITE))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()
    server.server_close()


def chromium_path() -> str:
    """Debian's Chromium (or $CHROMIUM): never a browser downloaded by a tool."""
    executable = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable}: apt-get install chromium")
    return executable


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGUMENTS
        )
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    path = Path(os.environ.get("AXE_CORE", ""))
    if not path.is_file():
        pytest.fail("set AXE_CORE to axe.min.js from the npm package axe-core (nox -s site does)")
    return path


def site_pages() -> list[str]:
    """Every HTML page of the built site, as a path relative to its root.

    Both editions: English at the root, Japanese under ``ja/``. ``_static``
    holds the theme's HTML fragments (macros), not pages.
    """
    paths = (p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html"))
    return sorted(path for path in paths if not path.startswith(("_static/", "ja/_static/")))


#: Kana and kanji: text that is Japanese.
JAPANESE_TEXT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def html(page: str) -> str:
    """The built page ``page`` (a path relative to the site's root)."""
    return (SITE / page).read_text(encoding="utf-8")


# Lines of Lighthouse's scores, filled by test_lighthouse.py, printed at the end.
LIGHTHOUSE_REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if LIGHTHOUSE_REPORT:
        terminalreporter.section("Lighthouse, mobile")
        terminalreporter.write_line(
            f"{'page':<60} {'perf':>5} {'a11y':>5} {'BP':>5} {'SEO':>5}"
            f" {'transfer':>11} {'FCP':>7} {'LCP':>7} {'TBT':>7}"
        )
        for line in LIGHTHOUSE_REPORT:
            terminalreporter.write_line(line)
