"""One stylesheet per page instead of eleven.

The theme, Sphinx and the extensions each link their own stylesheet, and
``theme.css`` only imports ``basic.css``: eleven requests, one behind another,
before a browser can draw anything. Over HTTP/1.1 (six connections per host)
on a slow phone network those round trips delayed the first paint by a few
hundred milliseconds. After the build, this joins the stylesheets that a page
links, in their order, into ``_static/styles/site.css`` and links that instead.
``@import`` rules are replaced by the file they import, and relative ``url()``
references are rewritten for the new location.

Every page must link the same stylesheets as the home page: a page that
links others (a new extension's stylesheet on some pages only, or markup this
does not recognise) fails the build rather than being left with its own. The
file's first line lists its sources, so that a rebuild in which no page is
written still renews it from the current stylesheets.
"""

from __future__ import annotations

import functools
import hashlib
import posixpath
import re
from pathlib import Path
from typing import Any

from editions import rewrite_pages
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

BUNDLE = "_static/styles/site.css"
LINK = re.compile(r'<link (?=[^>]*rel="stylesheet")[^>]*href="(?P<href>[^"]*)"[^>]*/?>\n?')
BUNDLE_LINK = re.compile(r'(href="[^"]*_static/styles/site\.css)\?v=[0-9a-f]+"')
IMPORT = re.compile(r'@import\s+(?:url\()?"(?P<path>[^"]+)"\)?\s*;')
URL = re.compile(r"url\((?P<quote>[\"']?)(?P<path>[^\"')]+)(?P=quote)\)")
SOURCES = re.compile(r"/\* Joined from: (?P<sources>.*) \*/")


def _in_static(href: str) -> str | None:
    """The path under the output folder of a stylesheet link, None if not in _static."""
    before, found, after = href.partition("_static/")
    return f"_static/{after.partition('?')[0]}" if found and "://" not in before else None


def _stylesheet(outdir: Path, path: str) -> str:
    """The text of ``path``, its imports inlined and its URLs relative to the bundle."""
    text = (outdir / path).read_text(encoding="utf-8")
    folder = posixpath.dirname(path)

    def inline(match: re.Match[str]) -> str:
        return _stylesheet(outdir, posixpath.normpath(posixpath.join(folder, match["path"])))

    def relocate(match: re.Match[str]) -> str:
        target = match["path"]
        if target.startswith(("data:", "/", "#")) or "://" in target:
            return match[0]
        moved = posixpath.relpath(posixpath.join(folder, target), posixpath.dirname(BUNDLE))
        return f"url({match['quote']}{moved}{match['quote']})"

    text = IMPORT.sub(inline, text)
    if "@import" in text:
        raise ExtensionError(f"one_stylesheet: an @import in {path} that it cannot inline")
    return URL.sub(relocate, text)


def _bundle(page: str, fresh: bool, *, sources: list[str], version: str) -> str:
    """``page`` with its stylesheet links replaced by one link to the bundle.

    A page that an earlier build bundled (not ``fresh``) gets the new version.
    """
    links = list(LINK.finditer(page))
    linked = [_in_static(link["href"]) for link in links]
    if linked == [BUNDLE] and not fresh:
        return BUNDLE_LINK.sub(rf'\1?v={version}"', page)
    if linked != sources:
        raise ExtensionError(
            f"one_stylesheet: the page links the stylesheets {linked}, not those of the"
            f" home page ({sources}): after a change of stylesheets, build from scratch"
            " (nox -s docs -- --clean); otherwise update docs/_ext/one_stylesheet.py"
        )
    first = links[0]["href"]
    href = f"{first[: first.index('_static/')]}{BUNDLE}?v={version}"
    start, end = links[0].start(), links[-1].end()
    between = LINK.sub("", page[start:end])
    return f'{page[:start]}<link rel="stylesheet" href="{href}" />\n{between}{page[end:]}'


def _join_stylesheets(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    index = (outdir / f"{app.config.root_doc}.html").read_text(encoding="utf-8")
    sources = [_in_static(link["href"]) for link in LINK.finditer(index)]
    if sources == [BUNDLE]:  # written by an earlier build: its sources are on the first line
        recorded = SOURCES.match((outdir / BUNDLE).read_text(encoding="utf-8"))
        if recorded is None:
            raise ExtensionError(f"one_stylesheet: {BUNDLE} does not list its sources")
        sources = recorded["sources"].split()
    if not sources or None in sources:
        raise ExtensionError(
            "one_stylesheet: expected the home page to link its stylesheets from _static"
            f' (<link rel="stylesheet" href="_static/...">), found {sources}'
        )
    paths = [str(source) for source in sources]
    text = "\n".join(
        [f"/* Joined from: {' '.join(paths)} */", *(_stylesheet(outdir, p) for p in paths)]
    )
    (outdir / BUNDLE).write_text(text, encoding="utf-8")
    version = hashlib.sha256(text.encode()).hexdigest()[:8]
    rewrite_pages(app, exception, functools.partial(_bundle, sources=paths, version=version))


def setup(app: Sphinx) -> dict[str, Any]:
    # After the theme's build-finished handler, which rewrites pygments.css
    # with its light and dark colours.
    app.connect("build-finished", _join_stylesheets, priority=800)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
