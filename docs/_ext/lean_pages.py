"""Pages that render before their scripts arrive.

Sphinx, the theme and the extensions put their scripts in ``<head>`` as plain
``<script src>`` tags, each of which stops the browser from drawing the page
until it is fetched and run: on a slow phone connection that delayed the
first paint by more than a second. Every one of them waits for the document
to load before it does anything, so they are loaded with ``defer`` (which
keeps their order). The exceptions are ``documentation_options.js``, whose
object the small inline scripts after it assign to, and the search page,
whose own inline script calls into Sphinx's scripts as it loads. No setting
of Sphinx or the theme defers the scripts of other extensions.

``_templates/layout.html`` overrides the theme's ``extrahead`` block, which
loads the whole search index into every page; the build fails if that block
of the theme is no longer the one copied (the theme is pinned in
pyproject.toml). (The stylesheets sphinx-gallery adds for features this site
does not use are left out by its ``css`` option, in conf.py.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydata_sphinx_theme
from editions import check_copied_template
from sphinx.application import Sphinx
from sphinx.builders.html._assets import _JavaScript
from sphinx.errors import ExtensionError

NOT_DEFERRED = {"_static/documentation_options.js"}
#: The theme's layout, whose extrahead block _templates/layout.html replaces,
#: and the block's checksum in the version copied (pydata-sphinx-theme 0.20.0).
LAYOUT = Path(pydata_sphinx_theme.__file__).parent / "theme/pydata_sphinx_theme/layout.html"
EXTRAHEAD_SHA256 = "e9f6d0d875b21a3539c8c92675462a251bd3b46db9eda7503c28fa78094ddd68"


def _deferred(script: Any) -> _JavaScript:
    """``script`` loaded with ``defer``, unless it is inline, excepted or already so."""
    if not isinstance(script, _JavaScript):
        raise ExtensionError(
            f"lean_pages: expected Sphinx's script records in the page's script_files,"
            f" got {script!r}; update docs/_ext/lean_pages.py"
        )
    filename, attributes = str(script.filename), script.attributes
    if not filename or filename in NOT_DEFERRED or {"async", "defer"} & attributes.keys():
        return script
    # Sphinx's asset records are immutable: make a deferred copy.
    return _JavaScript(filename, priority=script.priority, **attributes, defer="defer")


def _defer_scripts(
    _app: Sphinx, pagename: str, _template: str, context: dict[str, Any], _doctree: object
) -> None:
    if "script_files" not in context:
        raise ExtensionError("lean_pages: the page's context has no script_files")
    if pagename != "search":
        context["script_files"] = [_deferred(script) for script in context["script_files"]]


def _check_layout(_app: Sphinx) -> None:
    check_copied_template("lean_pages", "layout.html", LAYOUT, EXTRAHEAD_SHA256, block="extrahead")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _check_layout)
    # After the extensions that add their own scripts to the page.
    app.connect("html-page-context", _defer_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
