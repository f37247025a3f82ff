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
  leaving links without a name: ``custom.css`` hides it visually only;
* sphinx-book-theme's templates name the sidebar toggles and two
  navigation landmarks in English words of their own ("Toggle primary
  sidebar", "Main", "Page"), outside any catalogue: they get names that say
  what the control shows, in the edition's language.

Each repair expects the markup of pydata-sphinx-theme and docutils exactly
as the pinned versions write it (pyproject.toml's ``docs`` group). On a page
written by this build, every element that a repair concerns must be in that
form, and each repair must find its markup somewhere in the edition: if not,
the build fails, naming the repair, rather than publish the fault again.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from editions import language, rewrite_pages
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

#: The name given to the sidebar's section toggles, per language.
TOGGLE_LABEL = {"en": "Show or hide this section", "ja": "この項目の下位ページを表示・非表示"}
SIDEBAR_LABEL = {"en": "Site navigation", "ja": "サイト内ナビゲーション"}
#: The book theme's names -> the names given instead, per language.
THEME_NAMES = {
    ("title", "Toggle primary sidebar"): {
        "en": "Show or hide the site navigation",
        "ja": "サイト内ナビゲーションを表示・非表示",
    },
    ("title", "Toggle secondary sidebar"): {
        "en": "Show or hide the contents of this page",
        "ja": "このページの目次を表示・非表示",
    },
    ("aria-label", "Main"): {"en": "Pages of the guide", "ja": "ガイドのページ一覧"},
    ("aria-label", "Page"): {"en": "Contents of this page", "ja": "このページの目次"},
}
TOGGLE = '<summary><span class="toctree-toggle" role="presentation">'
SIDEBAR = '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">'


@dataclass(frozen=True)
class Repair:
    """One fault in someone else's markup, and how it is repaired."""

    #: What is repaired, and the faulty markup in words, for the error messages.
    name: str
    markup: str
    #: The faulty markup as the theme or docutils writes it.
    fault: re.Pattern[str]
    replacement: str
    #: The markup once repaired (what an earlier build left on a page).
    repaired: re.Pattern[str]
    #: Each counts the elements concerned: on a fresh page, as many as the faults.
    elements: tuple[re.Pattern[str], ...]
    #: Whether every page has one (the theme's layout writes it on each).
    on_every_page: bool = False


@functools.cache
def repairs(language: str) -> tuple[Repair, ...]:
    """The repairs, with the names given in the edition's ``language``."""
    toggle_label, sidebar_label = TOGGLE_LABEL[language], SIDEBAR_LABEL[language]
    return (
        Repair(
            "pydata-sphinx-theme's sidebar section toggles (a <summary> holding only an icon)",
            TOGGLE,
            re.compile(re.escape(TOGGLE)),
            TOGGLE.replace("<summary>", f'<summary aria-label="{toggle_label}">'),
            re.compile(
                re.escape(f'<summary aria-label="{toggle_label}"><span class="toctree-toggle"')
            ),
            (re.compile("<summary>"), re.compile('class="toctree-toggle"')),
        ),
        Repair(
            "pydata-sphinx-theme's primary sidebar, in no landmark",
            SIDEBAR,
            re.compile(re.escape(SIDEBAR)),
            f'{SIDEBAR[:-1]} role="complementary" aria-label="{sidebar_label}">',
            re.compile(re.escape(f'{SIDEBAR[:-1]} role="complementary"')),
            (re.compile('id="pst-primary-sidebar"'),),
            on_every_page=True,
        ),
        Repair(
            "pydata-sphinx-theme's search button, whose aria-label is not its visible text",
            '<button class="btn search-button-field ..." aria-label="...">',
            re.compile(r'(<button class="btn search-button-field[^>]*?) aria-label="[^"]*"'),
            r"\1",
            re.compile(r'<button class="btn search-button-field(?![^>]*aria-label)[^>]*>'),
            (re.compile(r'<button class="btn search-button-field'),),
            on_every_page=True,
        ),
        *(
            Repair(
                f"sphinx-book-theme's {attribute} {name!r}, in English words outside any catalogue",
                f'{attribute}="{name}"',
                re.compile(re.escape(f'{attribute}="{name}"')),
                f'{attribute}="{names[language]}"',
                re.compile(re.escape(f'{attribute}="{names[language]}"')),
                (re.compile(re.escape(f'{attribute}="{name}"')),),
            )
            for (attribute, name), names in THEME_NAMES.items()
        ),
        Repair(
            "docutils' citation list (role list without list items)",
            '<div role="list" class="citation-list">',
            re.compile(re.escape('<div role="list" class="citation-list">')),
            '<div class="citation-list">',
            re.compile(re.escape('<div class="citation-list">')),
            (re.compile('class="citation-list"'),),
        ),
        Repair(
            "docutils' citations (the deprecated role doc-biblioentry)",
            '<div class="citation" ... role="doc-biblioentry">',
            re.compile(r'(<div class="citation"[^>]*?) role="doc-biblioentry"'),
            r"\1",
            re.compile(r'<div class="citation"(?![^>]*role=)[^>]*>'),
            (re.compile(r'<div class="citation"'),),
        ),
    )


def repair(
    html: str, language: str = "en", *, fresh: bool = True, seen: set[str] | None = None
) -> str:
    """Return ``html`` with the known faults repaired.

    On a ``fresh`` page (as the theme wrote it), each element concerned must
    have the fault in the expected form. The names of the repairs whose
    markup, faulty or repaired, is on the page are added to ``seen``.
    """
    for fix in repairs(language):
        faults = len(fix.fault.findall(html))
        if fresh:
            elements = {pattern.pattern: len(pattern.findall(html)) for pattern in fix.elements}
            if any(count != faults for count in elements.values()) or (
                fix.on_every_page and not faults
            ):
                raise ExtensionError(
                    f"accessibility: {fix.name}: expected {fix.markup} for each element"
                    f" {elements}{' (and on every page)' if fix.on_every_page else ''},"
                    f" found it {faults} times; the theme or docutils has changed: check"
                    " the fault in the new markup and update docs/_ext/accessibility.py"
                )
        if seen is not None and (faults or fix.repaired.search(html)):
            seen.add(fix.name)
        html = fix.fault.sub(fix.replacement, html)
    return html


def _repair_output(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    seen: set[str] = set()
    rewrite_pages(
        app,
        exception,
        lambda html, fresh: repair(html, language(app), fresh=fresh, seen=seen),
    )
    missing = [fix.name for fix in repairs(language(app)) if fix.name not in seen]
    if missing:
        raise ExtensionError(
            f"accessibility: no page has the markup of {'; '.join(missing)}, faulty or"
            " repaired: the theme or docutils writes it differently now (or no page has"
            " such an element any more); update docs/_ext/accessibility.py"
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("build-finished", _repair_output)
    app.add_css_file("custom.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
