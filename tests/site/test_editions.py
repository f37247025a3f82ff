"""The English and Japanese editions: paired page for page, each in its own language.

These read the built files; the browser checks of tests/site/test_pages.py
run on the pages of both editions.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from posixpath import dirname, join, normpath

import pytest
from conftest import JAPANESE_TEXT, PREFIX, SITE, html, site_pages

PAGES = site_pages()
ENGLISH = [page for page in PAGES if not page.startswith("ja/")]
JAPANESE = [page for page in PAGES if page.startswith("ja/")]


def switcher_target(page: str) -> str:
    """The page that the language switcher of ``page`` leads to, relative to the site root."""
    match = re.search(r'<a class="btn btn-sm language-switcher" href="([^"]+)"', html(page))
    assert match, f"{page}: no language switcher"
    href = match.group(1)
    if href.startswith("/"):  # the 404 page links absolutely under the published path
        assert href.startswith(PREFIX + "/"), href
        return href.removeprefix(PREFIX + "/")
    return normpath(join(dirname(page), href))


def test_both_editions_have_the_same_pages():
    assert ENGLISH and [page.removeprefix("ja/") for page in JAPANESE] == ENGLISH


@pytest.mark.parametrize("page", ENGLISH)
def test_switcher_leads_to_the_same_page_and_back(page):
    japanese = switcher_target(page)
    assert japanese == f"ja/{page}"
    assert (SITE / japanese).is_file()
    assert switcher_target(japanese) == page


@pytest.mark.parametrize("page", JAPANESE)
def test_japanese_pages_declare_their_language(page):
    assert re.search(r'<html lang="ja"', html(page)), page
    assert 'lang="en">English</a>' in html(page)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Paragraphs(HTMLParser):
    """Text of the <p> elements inside the article, outside code, citations and the glossary."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, whether its content is skipped)
        self._text: list[str] | None = None

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self._open)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        # Code, citations and the glossary's English column keep their language.
        skipped = tag in ("pre", "code") or bool({"citation", "glossary-table"} & set(classes))
        self._open.append((tag, skipped))
        inside_article = any(open_tag == "article" for open_tag, _ in self._open)
        if tag == "p" and inside_article and not self._skipping():
            self._text = []

    def handle_endtag(self, tag):
        if tag == "p" and self._text is not None:
            self.paragraphs.append("".join(self._text).strip())
            self._text = None
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._text is not None and not self._skipping():
            self._text.append(data)


@pytest.mark.parametrize("page", [p for p in JAPANESE if "/_modules/" not in p])
def test_japanese_prose_is_japanese(page):
    """No English sentence left in the article: a stale catalogue shows up here."""
    parser = _Paragraphs()
    parser.feed(html(page))
    english = [
        text
        for text in parser.paragraphs
        if re.search(r"\b[a-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}\b", text)
        and not JAPANESE_TEXT.search(text)
    ]
    assert not english, english


@pytest.mark.parametrize("page", [p for p in ENGLISH if p.startswith("generated/")])
def test_api_examples_are_the_same_in_both_editions(page):
    """The doctests shown in Japanese are exactly those the test suite runs."""
    examples = re.compile(
        r'<div class="doctest highlight-default notranslate">.*?</pre>', re.DOTALL
    )
    assert examples.findall(html(page)) == examples.findall(html(f"ja/{page}"))


@pytest.mark.parametrize("page", ENGLISH)
def test_figures_have_every_glyph(page):
    """matplotlib reports a missing glyph in the script's output (the build's
    Japanese copies turn that warning into an error)."""
    assert "missing from font" not in html(page)


@pytest.mark.parametrize("page", ["genindex.html", "py-modindex.html", "search.html"])
def test_pages_written_by_sphinx_are_in_japanese(page):
    """Their titles come from Sphinx's own catalogue. Both editions are built in
    one process (tools/build_site.py): a message translated when its module was
    imported would keep the English of the first build."""
    match = re.search(r"<title>([^<]*)</title>", html(f"ja/{page}"))
    assert match, page
    assert JAPANESE_TEXT.search(match.group(1)), match.group(1)
