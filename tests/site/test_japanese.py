"""The Japanese edition as its reader meets it: search, the interface's words, the figures.

These read the built pages, and drive the search page in Chromium.
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import JAPANESE_TEXT, SITE, html, site_pages

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "_ext"))
from site_search import pairs

PAGES = site_pages()
ENGLISH = [page for page in PAGES if not page.startswith("ja/")]
JAPANESE = [page for page in PAGES if page.startswith("ja/")]
#: The edition's core terms, each of which its reader must be able to search for.
CORE_TERMS = [
    "活性化関数",
    "勾配消失",
    "浮動小数点数",
    "丸め誤差",
    "ソフトマックス関数",
    "導関数",
    "恒等関数",
    "桁落ち",
    "出力層",
    "滑らか",
]


class _Article(HTMLParser):
    """The text of a page's article (not the links to the next and previous pages)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or tag == "article":
            self.depth += tag not in VOID
            # (Sphinx indexes no autosummary table: their node is a kind of comment.)
            quiet = tag in ("script", "style") or "autosummary" in (dict(attrs).get("class") or "")
            self.skip += (self.skip > 0 or quiet) and tag not in VOID

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in VOID:
            self.depth -= 1
            self.skip -= self.skip > 0

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


VOID = {"area", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"}


def article_text(page: str) -> str:
    parser = _Article()
    parser.feed(html(page))
    return " ".join(parser.parts)


def indexed_pages() -> list[str]:
    """The Japanese pages that Sphinx indexes for search (not the index of terms, say)."""
    index = (SITE / "ja" / "searchindex.js").read_text(encoding="utf-8")
    names = json.loads(re.search(r'"docnames":(\[[^]]*\])', index).group(1))
    return [f"ja/{name}.html" for name in names]


def search(browser, site_url: str, query: str) -> set[str]:
    """The pages that the Japanese search page lists for ``query`` (paths under ja/)."""
    page = browser.new_page()
    page.goto(f"{site_url}/ja/search.html?q={query}", wait_until="networkidle")
    # Sphinx writes the summary once every result is listed.
    page.wait_for_function(
        "document.querySelector('#search-results .search-summary')?.textContent.trim()",
        timeout=60_000,
    )
    links = page.eval_on_selector_all("ul.search li > a", "links => links.map(a => a.href)")
    summary = page.inner_text("#search-results .search-summary")
    snippets = page.eval_on_selector_all(
        "ul.search li p.context", "ps => ps.map(p => p.textContent)"
    )
    page.close()
    assert f"{len(links)} ページが見つかりました" in summary, summary
    # The snippets are the page's text, not the theme's colour-mode menu.
    assert snippets, query
    assert not [text for text in snippets if "システム設定" in text], query
    return {re.sub(r"^.*?/ja/", "ja/", link).split("#")[0].split("?")[0] for link in links}


@pytest.mark.parametrize("term", CORE_TERMS)
def test_search_finds_every_page_with_a_core_term(browser, site_url, term):
    """Found inside sentences, not only in titles: every page whose text has the
    term is listed (the guide's pages among them), and the summary says how many."""
    containing = {page for page in indexed_pages() if term in article_text(page)}
    assert len(containing) >= 2, term
    found = search(browser, site_url, term)
    missing = sorted(containing - found)
    assert not missing, (
        f"{term}: {len(found)} found, {len(containing)} contain it; missing {missing}"
    )


def test_the_query_is_split_as_the_index_is(browser, site_url):
    """japanese-search.js and docs/_ext/site_search.py agree, on the core terms
    and on every paragraph of the Japanese guide."""
    samples = [
        *CORE_TERMS,
        "ReLU関数・ソフトマックス x_1 \uff46\uff55\uff4c\uff4c \uff71\uff72",
        "層",
    ]
    for page in JAPANESE:
        if page.startswith("ja/guide/"):
            samples += [part for part in article_text(page).split("\n") if part.strip()]
    page = browser.new_page()
    page.goto(f"{site_url}/ja/search.html", wait_until="networkidle")
    in_browser = page.evaluate("samples => samples.map(s => splitQuery(s))", samples)
    page.close()
    disagree = [(s, b, pairs(s)) for s, b in zip(samples, in_browser, strict=True) if b != pairs(s)]
    assert not disagree, disagree[:3]
    assert pairs("活性化関数") == ["活性", "性化", "化関", "関数"]


class _Interface(HTMLParser):
    """Visible text and the attributes that are read or heard, outside code and formulas."""

    ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "tooltip", "data-tooltip")
    #: Elements whose text is code, a formula or a citation, not interface.
    QUIET = frozenset({"code", "pre", "kbd", "samp", "math", "script", "style", "svg", "cite"})
    QUIET_CLASSES = re.compile(r"\b(highlight|sig|citation|pre|literal|descname|descclassname)\b")

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        quiet = (
            tag in self.QUIET
            or bool(self.QUIET_CLASSES.search(attributes.get("class") or ""))
            or (bool(self.stack) and self.stack[-1])
        )
        if tag not in VOID:
            self.stack.append(quiet)
        if quiet:
            return
        for name in self.ATTRIBUTES:
            if value := attributes.get(name):
                self.found.append(f"{name}={value}")

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]) and data.strip():
            self.found.append(data.strip())


#: Single English words that interfaces use (a phrase of two words is caught anyway).
INTERFACE_WORDS = {
    "search",
    "copy",
    "copied",
    "contents",
    "download",
    "menu",
    "toggle",
    "previous",
    "next",
    "close",
    "out",
    "light",
    "dark",
    "system",
    "settings",
    "source",
    "print",
    "edit",
    "back",
    "skip",
    "index",
    "home",
    "page",
    "main",
    "theme",
    "navigation",
}


def english_interface(text: str) -> bool:
    """Whether ``text`` is interface words in English: no Japanese, and two English
    words in a row (a name such as Leaky ReLU aside) or a word interfaces use."""
    if JAPANESE_TEXT.search(text):
        return False
    text = re.sub(r"\$[^$]*\$", "", text)  # (formulas)
    if re.search(r"\b[A-Za-z][a-z]+ [a-z]{2,}\b", text):
        return True
    return any(word.lower() in INTERFACE_WORDS for word in re.findall(r"[A-Za-z]+", text))


def test_english_interface_checker_can_fail():
    for english in ("Toggle primary sidebar", "Color mode", "Search...", "Out:", "Main"):
        assert english_interface(english), english
    for japanese_or_name in (
        "検索...",
        "活性化関数",
        "Leaky ReLU",
        "activation_functions.mish",
        "x",
    ):
        assert not english_interface(japanese_or_name), japanese_or_name


@pytest.mark.parametrize("page", JAPANESE)
def test_the_interface_is_in_japanese(page):
    """No English interface string in the page's visible text, tooltips, labels and
    placeholders (code, formulas, citations and names aside)."""
    parser = _Interface()
    parser.feed(html(page))
    english = sorted({text for text in parser.found if english_interface(text.split("=", 1)[-1])})
    assert not english, english


@pytest.mark.parametrize("page", [p for p in ENGLISH if "auto_examples" in p or p == "index.html"])
def test_english_figures_carry_no_japanese(page):
    """The English edition's figures and their alternative texts are English only
    (the build refuses a figure whose text has Japanese in the English copy)."""
    for tag in re.findall(r"<img [^>]*>", html(page)):
        assert ".ja." not in tag, tag
        alt = re.search(r'alt="([^"]*)"', tag)
        assert alt is None or not JAPANESE_TEXT.search(alt.group(1)), tag


@pytest.mark.parametrize(
    "page",
    [
        p
        for p in JAPANESE
        if "auto_examples" in p or p in ("ja/index.html", "ja/guide/classic.html")
    ],
)
def test_japanese_figures_are_the_japanese_copies(page):
    """Gallery figures and thumbnails, and the landing page's figure, are the
    Japanese copies, with Japanese alternative text wherever there is one."""
    images = re.findall(r"<img [^>]*>", html(page))
    for tag in images:
        source = re.search(r'src="([^"]*)"', tag).group(1)
        alt = re.search(r'alt="([^"]*)"', tag).group(1)
        if "sphx_glr" in source:
            assert source.endswith(".ja.png"), tag
        if alt:
            assert JAPANESE_TEXT.search(alt), tag
        assert (SITE / page).parent.joinpath(source).resolve().is_file(), tag
