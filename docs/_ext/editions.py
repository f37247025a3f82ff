"""The site's two editions: English at the root, Japanese under ``ja/``.

Both are built from the same sources; the Japanese one with
``-D language=ja`` into ``docs/_build/html/ja`` (``nox -s docs`` builds
both). Every page gets a link to the same page in the other edition, shown
in the article header by ``_templates/language-switcher.html``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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


def rewrite_pages(app: Sphinx, exception: Exception | None, rewrite: Callable[[str], str]) -> None:
    """After a successful HTML build, pass each page of the edition through
    ``rewrite``, writing back those it changes (a build-finished helper)."""
    if exception is not None or app.builder.format != "html":
        return
    for page in edition_pages(app):
        text = page.read_text(encoding="utf-8")
        rewritten = rewrite(text)
        if rewritten != text:
            page.write_text(rewritten, encoding="utf-8")


def _link_other_edition(
    app: Sphinx, pagename: str, _template: str, context: dict[str, Any], _doctree: object
) -> None:
    here = language(app)
    other = "ja" if here == "en" else "en"
    # From this page up to the root of its edition, then to the site's root.
    to_root = "../" * pagename.count("/") + ("../" if EDITIONS[here][1] else "")
    prefix = getattr(app.config, "notfound_urls_prefix", None)
    if pagename == getattr(app.config, "notfound_pagename", None) and prefix:
        # The 404 page is served at any missing address: its links are absolute.
        to_root = prefix.removesuffix(EDITIONS[here][1])
    context["other_edition"] = {
        "code": other,
        "name": EDITIONS[other][0],
        "url": f"{to_root}{EDITIONS[other][1]}{pagename}.html",
    }


#: The 404 page of each edition (sphinx-notfound-page), in its language.
NOT_FOUND = {
    "en": (
        "Page not found",
        (
            "There is no page at this address. The home page lists every part of the guide,"
            " and the search box finds a function by its name."
        ),
        "Go to the home page",
    ),
    "ja": (
        "ページが見つかりません",
        (
            "このアドレスにはページがありません。ホームページからガイドのすべての部分に進めます。"
            "関数は名前で検索できます。"
        ),
        "ホームページへ",
    ),
}


def _place_edition(app: Sphinx, config: Any) -> None:
    """Give an edition inside the site its own addresses (Japanese: .../ja/)."""
    directory = EDITIONS[language(app)][1]
    for name in ("html_baseurl", "ogp_site_url", "notfound_urls_prefix"):
        if getattr(config, name, None):
            setattr(config, name, getattr(config, name) + directory)
    if language(app) == "ja" and getattr(config, "ogp_image_alt", None):
        config.ogp_image_alt = "パッケージの要素ごとの活性化関数すべてとその導関数"
    if "notfound_urls_prefix" in config:
        title, text, link = NOT_FOUND[language(app)]
        home = f"{config.notfound_urls_prefix}index.html"
        config.notfound_context = {
            "title": title,
            "body": f'<h1>{title}</h1>\n<p>{text}</p>\n<p><a href="{home}">{link}</a></p>',
        }


def _keep_notebook_files_out_of_the_site(app: Sphinx) -> None:
    """MyST-NB writes the executed notebooks and their figures beside the output
    directory: for html/ja that is inside the English site, which would then
    publish them. The Japanese edition's go beside the English edition's."""
    if language(app) != "en" and hasattr(app.env, "mystnb_config"):
        folder = Path(app.outdir).parent.parent / "jupyter_execute" / language(app)
        app.env.mystnb_config = app.env.mystnb_config.copy(output_folder=str(folder.resolve()))


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _place_edition)
    # After MyST-NB's own builder-inited handler, which sets the folder.
    app.connect("builder-inited", _keep_notebook_files_out_of_the_site, priority=600)
    app.connect("html-page-context", _link_other_edition)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
