"""Output that is the same bytes in every build of the same sources.

Two builds of one commit must give identical files
(``tests/site/test_reproducible.py``); three kinds of output differed:

* sphinx-gallery zips each example's script and notebook for download, and a
  zip records each file's modification time, the time the build wrote it.
  The zips are rewritten with the earliest time a zip can hold (1980-01-01,
  as reproducible-builds tools do), their files and order unchanged.
* sphinx-sitemap lists the pages in the order they were written, which
  varies when they are written in parallel: the list is sorted. It also
  lists only the pages written by this build, so that a rebuild after a
  small change left out every other page: every page is added before it
  writes the sitemap, and duplicates are dropped when it is sorted.
* MyST-NB copies its stylesheet into ``_static`` only when the build
  finishes, so the pages of a cold build link it without Sphinx's checksum
  (``?v=``) and those of any later build with it. It is copied when the
  builder starts instead, by MyST-NB's own function.

This runs after the other extensions' build-finished handlers, among them
the one that writes the sitemap; a sitemap missing or not laid out as
expected fails the build. No option of sphinx-gallery, sphinx-sitemap or
MyST-NB does any of the three.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import sphinx_sitemap
from myst_nb.sphinx_ext import add_global_html_resources
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

EPOCH = (1980, 1, 1, 0, 0, 0)


def normalise_zip(path: Path) -> None:
    """Give every member of the zip at ``path`` the time EPOCH."""
    with zipfile.ZipFile(path) as archive:
        if all(member.date_time == EPOCH for member in archive.infolist()):
            return
        members = [(member, archive.read(member)) for member in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members:
            fixed = zipfile.ZipInfo(member.filename, date_time=EPOCH)
            fixed.compress_type = member.compress_type
            fixed.external_attr = member.external_attr
            archive.writestr(fixed, data)


def sort_sitemap(path: Path) -> None:
    """Sort the ``<url>`` entries of the sitemap at ``path`` by address, once each."""
    text = path.read_text(encoding="utf-8")
    entries = re.findall(r"<url>.*?</url>", text, flags=re.DOTALL)
    start = text.index(entries[0]) if entries else -1
    end = text.rindex(entries[-1]) + len(entries[-1]) if entries else -1
    if not entries or text[start:end] != "".join(entries):
        raise ExtensionError(
            f"reproducible: expected {path} to hold its <url> entries side by side, as"
            " sphinx-sitemap writes them (no indent); update docs/_ext/reproducible.py"
        )
    unique = sorted(set(entries))
    if entries != unique:
        path.write_text(text[:start] + "".join(unique) + text[end:], encoding="utf-8")


def _normalise_outputs(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        for path in sorted(Path(app.outdir).rglob("*.zip")):
            normalise_zip(path)
        sitemap = Path(app.outdir) / app.config.sitemap_filename
        if not sitemap.is_file():
            raise ExtensionError(f"reproducible: sphinx-sitemap wrote no {sitemap}")
        sort_sitemap(sitemap)


def _list_every_page(app: Sphinx, exception: Exception | None) -> None:
    """Queue every page for the sitemap, not only those this build wrote (the
    written ones are then listed twice, which sort_sitemap undoes)."""
    if exception is None and app.builder.format == "html":
        for docname in sorted(app.env.found_docs):
            sphinx_sitemap.add_html_link(app, docname, None, {}, None)


def _copy_notebook_stylesheet(app: Sphinx) -> None:
    if app.builder.format == "html":
        (Path(app.outdir) / "_static").mkdir(parents=True, exist_ok=True)
        add_global_html_resources(app, None)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _copy_notebook_stylesheet)
    # Before sphinx-sitemap writes the sitemap (at the default priority, 500).
    app.connect("build-finished", _list_every_page, priority=400)
    app.connect("build-finished", _normalise_outputs, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
