"""Repair the accessibility faults that the theme and docutils put into the HTML.

axe-core finds four kinds of serious or critical fault in pages built with
sphinx-book-theme; none comes from our text, and none can be switched off by
a setting, so the written pages are corrected when the build finishes:

* the collapsible sections of the sidebar are ``<summary>`` elements that
  contain only an icon, so a screen reader announces nothing: they get an
  ``aria-label``;
* the search button's ``aria-label`` ("Search") does not contain its visible
  text ("Search Ctrl+K"), which confuses voice control: the label goes, and
  the visible text names the button;
* docutils wraps citations (numpydoc's References) in ``role="list"``
  without list items: the role goes;
* sphinx-gallery hides the link text of thumbnails with ``display: none``,
  leaving links without a name: ``custom.css`` hides it visually only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

REPLACEMENTS = (
    (
        '<summary><span class="toctree-toggle" role="presentation">',
        (
            '<summary aria-label="Show or hide this section">'
            '<span class="toctree-toggle" role="presentation">'
        ),
    ),
    ('<div role="list" class="citation-list">', '<div class="citation-list">'),
)
SEARCH_BUTTON = re.compile(r'(<button class="btn search-button-field[^>]*?) aria-label="Search"')


def repair(html: str) -> str:
    """Return ``html`` with the known faults repaired."""
    for fault, repaired in REPLACEMENTS:
        html = html.replace(fault, repaired)
    return SEARCH_BUTTON.sub(r"\1", html)


def _repair_output(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    for page in Path(app.outdir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        repaired = repair(text)
        if repaired != text:
            page.write_text(repaired, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("build-finished", _repair_output)
    app.add_css_file("custom.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
