"""The theme's icons as inline SVG, in place of Font Awesome's script and font.

pydata-sphinx-theme writes its icons as empty ``<i class="fa-solid fa-bars">``
(or ``<span>``) elements and loads Font Awesome's script (1.5 MB) to turn them into SVG in
the reader's browser, and the icon font (115 KB) besides. Here the written
pages get the SVG directly, each icon a 24 x 24 outline drawn for this site
in the colour of the text; the script is not loaded at all
(``_templates/static/webpack-macros.html``), and nothing uses the font (the
site tests fail if a page asks for it). An icon this table does not know
fails the build, so a new one from the theme cannot go missing silently; so
does a Font Awesome element left in a page (markup this does not recognise),
a page written by this build without any icon (the theme no longer writes
them so), and a change in the theme's ``static/webpack-macros.html``, of
which the template is a copy (the theme is pinned in pyproject.toml).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pydata_sphinx_theme
from editions import check_copied_template, rewrite_pages
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

#: The theme's file that _templates/static/webpack-macros.html copies, and its
#: checksum in the version copied (pydata-sphinx-theme 0.20.0).
MACROS = (
    Path(pydata_sphinx_theme.__file__).parent
    / "theme/pydata_sphinx_theme/static/webpack-macros.html"
)
MACROS_SHA256 = "ca92b021a603a336886ebb857ae4fa805d61a133ae57bf650e9610a586b8616a"

ICONS = {
    "bars": "<path d='M4 6h16M4 12h16M4 18h16'/>",
    "chevron-down": "<path d='M6 9l6 6 6-6'/>",
    "angle-left": "<path d='M15 18l-6-6 6-6'/>",
    "angle-right": "<path d='M9 6l6 6-6 6'/>",
    "arrow-up": "<path d='M12 20V4M5 11l7-7 7 7'/>",
    "magnifying-glass": "<circle cx='10.5' cy='10.5' r='6.5'/><path d='M15.5 15.5L21 21'/>",
    "sun": (
        "<circle cx='12' cy='12' r='4'/><path d='M12 2v2M12 20v2M2 12h2M20 12h2"
        "M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4'/>"
    ),
    "moon": "<path d='M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z'/>",
    "circle-half-stroke": (
        "<circle cx='12' cy='12' r='9'/><path d='M12 3a9 9 0 0 1 0 18z' fill='currentColor'/>"
    ),
    "expand": "<path d='M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5'/>",
    "file": "<path d='M14 3H6v18h12V7zM14 3v4h4'/>",
    "file-pdf": "<path d='M14 3H6v18h12V7zM14 3v4h4M9 12h6M9 16h6'/>",
    "download": "<path d='M12 4v11M7 10l5 5 5-5M5 20h14'/>",
    "list": (
        "<path d='M9 6h11M9 12h11M9 18h11'/>"
        "<path d='M4.5 6h.01M4.5 12h.01M4.5 18h.01' stroke-width='3'/>"
    ),
    "outdent": "<path d='M4 6h16M11 12h9M4 18h16M8 9l-3 3 3 3'/>",
    # The repository button's: a branch, not GitHub's mark (a brand's logo).
    "github": (
        "<circle cx='6' cy='5' r='2'/><circle cx='6' cy='19' r='2'/><circle cx='18' cy='7' r='2'/>"
        "<path d='M6 7v10M18 9c0 5-8 3-11.2 8.4'/>"
    ),
}
# Classes that style an icon rather than name it.
MODIFIERS = {"fa-solid", "fa-regular", "fa-brands", "fa-lg", "fa-fw"}
ICON = re.compile(
    r'<(?P<tag>i|span) class="(?P<classes>[^"]*\bfa(?:s|b|-solid|-brands)\b[^"]*)"(?P<attributes>[^>]*)>'
    r"\s*</(?P=tag)>"
)
TITLE = re.compile(r'\s*title="(?P<title>[^"]*)"')
# Any element with one of Font Awesome's style classes: what ICON must have replaced.
LEFT_OVER = re.compile(
    r'<(?:i|span)\s[^>]*class="(?:[^"]*\s)?fa(?:[srb]|-solid|-regular|-brands)?[\s"]'
)


def _svg(match: re.Match[str]) -> str:
    classes = match["classes"].split()
    names = [c.removeprefix("fa-") for c in classes if c.startswith("fa-") and c not in MODIFIERS]
    if len(names) != 1 or names[0] not in ICONS:
        raise ExtensionError(f"no SVG for the icon {match[0]!r}: add it to docs/_ext/icons.py")
    attributes = match["attributes"]
    title = TITLE.search(attributes)
    tooltip = f"<title>{title['title']}</title>" if title else ""
    attributes = TITLE.sub("", attributes)
    return (
        f'<svg class="{html.escape(" ".join(classes))}"{attributes} viewBox="0 0 24 24"'
        ' fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"'
        f' stroke-linejoin="round" aria-hidden="true" focusable="false">'
        f"{tooltip}{ICONS[names[0]]}</svg>"
    )


def inline_icons(page: str, fresh: bool = True) -> str:
    """Return the HTML ``page`` with each Font Awesome icon element drawn as SVG.

    A ``fresh`` page (as the theme wrote it) must have icons, in the markup
    expected; no page may keep a Font Awesome element.
    """
    page, count = ICON.subn(_svg, page)
    if fresh and not count:
        raise ExtensionError(
            'icons: no Font Awesome icon element (<i class="fa-solid fa-..."></i>) on the'
            " page: the theme writes its icons differently now; update docs/_ext/icons.py"
        )
    if left := LEFT_OVER.search(page):
        end = page.find(">", left.end())
        raise ExtensionError(
            f"icons: a Font Awesome element that docs/_ext/icons.py does not recognise:"
            f" {page[left.start() : end + 1]!r}"
        )
    return page


def _check_macros(_app: Sphinx) -> None:
    check_copied_template("icons", "static/webpack-macros.html", MACROS, MACROS_SHA256)


def _inline_icons_in_output(app: Sphinx, exception: Exception | None) -> None:
    rewrite_pages(app, exception, inline_icons)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _check_macros)
    app.connect("build-finished", _inline_icons_in_output)
    app.add_css_file("icons.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
