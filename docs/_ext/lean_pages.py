"""Pages that render before their scripts arrive.

Sphinx, the theme and the extensions put their scripts in ``<head>`` as plain
``<script src>`` tags, each of which stops the browser from drawing the page
until it is fetched and run: on a slow phone connection that delayed the
first paint by more than a second. Every one of them waits for the document
to load before it does anything, so they are loaded with ``defer`` (which
keeps their order). The exceptions are ``documentation_options.js``, whose
object the small inline scripts after it assign to, and the search page,
whose own inline script calls into Sphinx's scripts as it loads. No setting
of Sphinx or the theme defers the scripts of other extensions. (The
stylesheets sphinx-gallery adds for features this site does not use are left
out by its ``css`` option, in conf.py.)
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

NOT_DEFERRED = {"_static/documentation_options.js"}


def _deferred(script: Any) -> Any:
    """``script`` loaded with ``defer``, unless it is inline, excepted or already so."""
    filename = getattr(script, "filename", None)
    attributes = getattr(script, "attributes", {})
    if not filename or filename in NOT_DEFERRED or {"async", "defer"} & attributes.keys():
        return script
    # Sphinx's asset records are immutable: make a deferred copy.
    return type(script)(filename, priority=script.priority, **attributes, defer="defer")


def _defer_scripts(
    _app: Sphinx, pagename: str, _template: str, context: dict[str, Any], _doctree: object
) -> None:
    if pagename != "search":
        context["script_files"] = [_deferred(script) for script in context.get("script_files", [])]


def setup(app: Sphinx) -> dict[str, Any]:
    # After the extensions that add their own scripts to the page.
    app.connect("html-page-context", _defer_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
