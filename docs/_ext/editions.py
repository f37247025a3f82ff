"""The site's two editions: English at the root, Japanese under ``ja/``.

Both are built from the same sources; the Japanese one with
``-D language=ja`` into ``docs/_build/html/ja`` (``nox -s docs`` builds
both). Every page gets a link to the same page in the other edition, shown
in the article header by ``_templates/language-switcher.html``.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

#: language code -> (the language's name in itself, directory under the site root)
EDITIONS = {"en": ("English", ""), "ja": ("日本語", "ja/")}


def language(app: Sphinx) -> str:
    """The language of the edition being built."""
    return app.config.language or "en"


def edition_pages(app: Sphinx) -> Iterator[Path]:
    """The HTML pages of the edition being built, not those of an edition inside it
    (nor the theme's template fragments that Sphinx copies into ``_static``)."""
    root = Path(app.outdir)
    nested = {directory.rstrip("/") for _, directory in EDITIONS.values() if directory}
    for page in root.rglob("*.html"):
        top = page.relative_to(root).parts[0]
        if top == "_static" or (language(app) == "en" and top in nested):
            continue
        yield page


#: When the build of each output folder started (see :func:`rewrite_pages`).
_BUILD_STARTED: dict[str, float] = {}


def _note_build_start(app: Sphinx) -> None:
    _BUILD_STARTED[str(app.outdir)] = time.time()


def rewrite_pages(
    app: Sphinx, exception: Exception | None, rewrite: Callable[[str, bool], str]
) -> None:
    """After a successful HTML build, pass each page of the edition through
    ``rewrite``, writing back those it changes (a build-finished helper).

    ``rewrite(text, fresh)`` is told whether the page was written by this build
    (``fresh``), and so holds the markup exactly as the theme wrote it, or is
    one that an earlier build already rewrote. A rewrite of someone else's
    markup raises :class:`~sphinx.errors.ExtensionError` when a fresh page
    lacks what it expects; the page's path is added to the message.
    """
    if exception is not None or app.builder.format != "html":
        return
    started = _BUILD_STARTED.get(str(app.outdir), 0.0)
    for page in edition_pages(app):
        text = page.read_text(encoding="utf-8")
        try:
            rewritten = rewrite(text, page.stat().st_mtime >= started)
        except ExtensionError as error:
            where = page.relative_to(app.outdir).as_posix()
            raise ExtensionError(f"{where}: {error.message}") from error
        if rewritten != text:
            page.write_text(rewritten, encoding="utf-8")


def check_copied_template(
    extension: str, copy: str, original: Path, sha256: str, *, block: str | None = None
) -> None:
    """Fail unless the theme's template ``original`` (or its Jinja ``block``) is
    still the text of which ``_templates/{copy}`` is an edited copy.

    The copy overrides the theme's file: a new version of the theme would
    otherwise be built with the old version's markup, without a word.
    """
    text = original.read_text(encoding="utf-8")
    if block is not None:
        found = re.search(
            rf"\{{%-? block {block} %\}}.*?\{{%-? endblock {block} %\}}", text, flags=re.DOTALL
        )
        if found is None:
            raise ExtensionError(
                f"{extension}: no block {block!r} in {original}, of which"
                f" docs/_templates/{copy} overrides a copy"
            )
        text = found[0]
    digest = hashlib.sha256(text.encode()).hexdigest()
    if digest != sha256:
        what = f"the block {block!r} of {original}" if block else str(original)
        raise ExtensionError(
            f"{extension}: {what} has changed (sha256 {digest}, copied from {sha256}):"
            f" compare it with its copy in docs/_templates/{copy}, carry the changes"
            f" over, then record the new checksum in docs/_ext/{extension}.py"
        )


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
            "このアドレスにはページがありません。トップページからガイドのどのページにも進めます。"
            "関数は検索ボックスに名前を入れれば見つかります。"
        ),
        "トップページへ",
    ),
}


#: Settings whose words differ in the Japanese edition.
JAPANESE_SETTINGS = {
    "author": "activation-functions 開発者一同",
    "copyright": "2026 activation-functions 開発者一同",
    "ogp_image_alt": "このパッケージのすべての活性化関数とその導関数",
}


def _place_edition(app: Sphinx, config: Any) -> None:
    """Give an edition inside the site its own addresses (Japanese: .../ja/) and words."""
    directory = EDITIONS[language(app)][1]
    for name in ("html_baseurl", "ogp_site_url", "notfound_urls_prefix"):
        if getattr(config, name, None):
            setattr(config, name, getattr(config, name) + directory)
    if language(app) == "ja":
        for name, value in JAPANESE_SETTINGS.items():
            setattr(config, name, value)
        config.html_theme_options = {
            **config.html_theme_options,
            "search_bar_text": "サイト内を検索",
        }
        if getattr(config, "ogp_image", None):
            # The preview image as drawn for this edition (docs/_ext/figure_languages.py).
            config.ogp_image = config.ogp_image.replace(".png", ".ja.png")
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
    app.connect("builder-inited", _note_build_start)
    app.connect("config-inited", _place_edition)
    # After MyST-NB's own builder-inited handler, which sets the folder.
    app.connect("builder-inited", _keep_notebook_files_out_of_the_site, priority=600)
    app.connect("html-page-context", _link_other_edition)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
