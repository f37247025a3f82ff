"""The site's two editions: English at the root, Japanese under ``ja/``.

Both are built from the same sources; the Japanese one with
``-D language=ja`` into ``docs/_build/html/ja`` (``nox -s docs`` builds
both). Every page gets a link to the same page in the other edition, shown
in the article header by ``_templates/language-switcher.html``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

#: language code -> (the language's name in itself, directory under the site root)
EDITIONS = {"en": ("English", ""), "ja": ("日本語", "ja/")}


def language(app: Sphinx) -> str:
    """The language of the edition being built."""
    return app.config.language or "en"


def edition_pages(app: Sphinx) -> Iterator[Path]:
    """The HTML files of the edition being built, not those of an edition inside it."""
    root = Path(app.outdir)
    nested = {directory.rstrip("/") for _, directory in EDITIONS.values() if directory}
    for page in root.rglob("*.html"):
        if language(app) == "en" and page.relative_to(root).parts[0] in nested:
            continue
        yield page


def _link_other_edition(
    app: Sphinx, pagename: str, _template: str, context: dict[str, Any], _doctree: object
) -> None:
    here = language(app)
    other = "ja" if here == "en" else "en"
    # From this page up to the root of its edition, then to the site's root.
    to_root = "../" * pagename.count("/") + ("../" if EDITIONS[here][1] else "")
    context["other_edition"] = {
        "code": other,
        "name": EDITIONS[other][0],
        "url": f"{to_root}{EDITIONS[other][1]}{pagename}.html",
    }


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", _link_other_edition)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
