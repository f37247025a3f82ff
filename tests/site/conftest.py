"""Serve the built site on 127.0.0.1 and drive it with Debian's Chromium."""

from __future__ import annotations

import functools
import os
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


class _PagesHandler(SimpleHTTPRequestHandler):
    """Like a static host: the site under PREFIX, its 404.html for any missing path."""

    def log_message(self, format: str, *args: object) -> None:
        pass

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


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    executable = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable}: apt-get install chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGUMENTS)
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
