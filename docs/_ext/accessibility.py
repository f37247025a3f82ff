"""Repair the accessibility faults that the theme and docutils put into the HTML.

axe-core finds six kinds of fault in pages built with sphinx-book-theme;
none comes from our text, and none can be switched off by a setting, so the
written pages are corrected when the build finishes:

* the collapsible sections of the sidebar are ``<summary>`` elements that
  contain only an icon, so a screen reader announces nothing: they get an
  ``aria-label`` in the edition's language;
* the primary sidebar's first item (the site's name, linking home) is in no
  landmark: the sidebar becomes a complementary landmark, named in the
  edition's language;
* the search button's ``aria-label`` ("Search", "検索") does not contain its
  visible text ("Search Ctrl+K"), which confuses voice control: the label
  goes, and the visible text names the button;
* docutils wraps citations (numpydoc's References) in ``role="list"``
  without list items, and gives each the ARIA role ``doc-biblioentry``,
  deprecated since DPUB-ARIA 1.1: both roles go;
* sphinx-gallery hides the link text of thumbnails with ``display: none``,
  leaving links without a name: ``custom.css`` hides it visually only.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from editions import language, rewrite_pages
from sphinx.application import Sphinx

#: The name given to the sidebar's section toggles, per language.
TOGGLE_LABEL = {"en": "Show or hide this section", "ja": "この節の表示を切り替える"}
SIDEBAR_LABEL = {"en": "Site navigation", "ja": "サイト内の案内"}
SIDEBAR = '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">'
SEARCH_BUTTON = re.compile(r'(<button class="btn search-button-field[^>]*?) aria-label="[^"]*"')


def repair(html: str, language: str = "en") -> str:
    """Return ``html`` with the known faults repaired."""
    html = html.replace(
        '<summary><span class="toctree-toggle" role="presentation">',
        f'<summary aria-label="{TOGGLE_LABEL[language]}">'
        '<span class="toctree-toggle" role="presentation">',
    )
    html = html.replace('<div role="list" class="citation-list">', '<div class="citation-list">')
    html = html.replace(' role="doc-biblioentry"', "")
    html = html.replace(
        SIDEBAR,
        f'{SIDEBAR[:-1]} role="complementary" aria-label="{SIDEBAR_LABEL[language]}">',
    )
    return SEARCH_BUTTON.sub(r"\1", html)


def _repair_output(app: Sphinx, exception: Exception | None) -> None:
    rewrite_pages(app, exception, functools.partial(repair, language=language(app)))


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("build-finished", _repair_output)
    app.add_css_file("custom.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
