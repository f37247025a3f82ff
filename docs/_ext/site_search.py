"""The search page: Japanese split alike in the index and the query, and clean snippets.

Japanese writes no spaces between words, so Sphinx cuts its text into words
with TinySegmenter, a statistical model whose cuts depend on the
neighbouring characters; the search page, however, does not cut the query
at all. 活性化関数 was looked up as one word, while the index held 活性, 化
and 関数, and only pages with the term in their title were found. Even a
segmenter in the browser could cut a term typed alone differently from the
same term inside a sentence.

This splitter has no model: every run of Japanese characters (kanji, kana,
the long-vowel mark) is indexed as the pairs of neighbouring characters,
活性化関数 as 活性, 性化, 化関, 関数; other text as words, as in English. The
search page splits the query the same way (``_static/japanese-search.js``),
and Sphinx requires every pair, so a page is found when it contains each
pair of the term: in practice, when it contains the term. Sphinx drops
one-character terms, so a single kanji is not searchable, as before.

The Python and the JavaScript forms must agree; ``tests/site`` checks them
against each other on the site's own text.

In both editions, ``_static/search-snippets.js`` keeps the theme's buttons,
the print-only table of contents and the links to the next page out of the
text shown under each result.
"""

from __future__ import annotations

import re
import unicodedata

from editions import language
from sphinx.application import Sphinx
from sphinx.search.ja import BaseSplitter

#: Japanese script: 々 and 〆, hiragana, katakana with ー (not the middle dot ・), kanji.
JAPANESE = "\u3005\u3006\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
JAPANESE_RUN = re.compile(f"[{JAPANESE}]+")
#: A run of Japanese, or any other word (letters, digits, underscores), as Sphinx splits English.
TOKEN = re.compile(f"[{JAPANESE}]+|[^\\W{JAPANESE}]+")


def pairs(text: str) -> list[str]:
    """The search terms of ``text``: each Japanese run as its character pairs, other words whole.

    >>> pairs("活性化関数は ReLU")
    ['活性', '性化', '化関', '関数', '数は', 'ReLU']
    """
    terms = []
    for token in TOKEN.findall(unicodedata.normalize("NFKC", text)):
        if JAPANESE_RUN.fullmatch(token):
            terms.extend(token[i : i + 2] for i in range(max(1, len(token) - 1)))
        else:
            terms.append(token)
    return terms


class PairSplitter(BaseSplitter):
    """Sphinx's interface to :func:`pairs` (``html_search_options["type"]``)."""

    def split(self, input: str) -> list[str]:
        return pairs(input)


def _add_search_scripts(app: Sphinx, pagename: str, *_: object) -> None:
    if pagename == "search":
        app.add_js_file("search-snippets.js")
        if language(app) == "ja":
            app.add_js_file("japanese-search.js")


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("html-page-context", _add_search_scripts)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
