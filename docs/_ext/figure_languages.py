"""Figures in the reader's language: computed once, drawn once per edition.

Gallery scripts and notebooks label their figures in English. When a gallery
script has run, the scraper (``compact_images.py``) saves each figure under
sphinx-gallery's names, then translates its words (titles, axis labels,
legend entries, text, word tick labels) with :func:`translate_figure`,
through the catalogue ``docs/locale/ja/LC_MESSAGES/figures.po``, and saves
the Japanese copy beside it, ``<name>.ja.png``, with its alternative text in
``<name>.ja.txt``. The data are not computed again: a copy costs one more
drawing.

A message may hold fields in braces, ``{name} and its derivative``, which
match any text and are carried over unchanged. A figure text without an
English word (names of functions and dtypes, numbers, formulas) stays as it
is. Any other English word without a translation fails the build, as does
Japanese text in an English figure.

The Japanese build then uses the copies: sphinx-gallery's figures (their
image, its larger twin and the alternative text) and thumbnails, and the
figures of other pages through Sphinx's ``figure_language_filename``. The
alternative text of every other image (the notebooks' figures, the landing
page's) is translated through the same catalogue. Notebook figures carry no
words: MyST-NB draws them once, for both editions, so their words are in the
text around them.
"""

from __future__ import annotations

import functools
import inspect
import re
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po
from docutils import nodes
from editions import language
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx_gallery.directives import imgsgnode

import activation_functions

DOCS = Path(__file__).resolve().parents[1]
CATALOGUE = DOCS / "locale" / "ja" / "LC_MESSAGES" / "figures.po"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
WORD = re.compile(r"(?<![0-9.])[A-Za-z][A-Za-z0-9_]*")  # (not the e of 1e4)
#: Words that are names in both editions: the functions', their titles' and
#: parameters', dtypes, tools.
NAMES = frozenset(
    {entry.name for entry in activation_functions.ACTIVATIONS.values()}
    | {
        parameter
        for entry in activation_functions.ACTIVATIONS.values()
        for parameter in inspect.signature(entry.function).parameters
    }
    | {
        word
        for entry in activation_functions.ACTIVATIONS.values()
        for word in WORD.findall(entry.title)
    }
    | {
        "float16",
        "float32",
        "float64",
        "beta",
        "alpha",
        "torch",
        "mpmath",
        "NaN",
        "inf",
        "exp",
        "log",
    }
)


@functools.cache
def catalogue(_modified: float) -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """The figure messages: exact ones, and those with ``{fields}`` as patterns
    (read again when the file changes: ``_modified`` is its modification time)."""
    exact, patterns = {}, []
    with CATALOGUE.open("rb") as file:
        for message in read_po(file):
            if not message.id:
                continue
            if not message.string or message.fuzzy:
                raise ExtensionError(
                    f"figure_languages: no Japanese for {message.id!r} in {CATALOGUE}"
                )
            if "{" in message.id:
                parts = re.split(r"\{(\w+)\}", message.id)
                pattern = "".join(
                    re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                    for i, part in enumerate(parts)
                )
                patterns.append((re.compile(pattern), message.string))
            else:
                exact[message.id] = message.string
    return exact, patterns


def japanese(text: str, where: str) -> str:
    """``text`` of a figure in Japanese (unchanged if it has no English word)."""
    if not text.strip():
        return text
    exact, patterns = catalogue(CATALOGUE.stat().st_mtime)
    if text in exact:
        return exact[text]
    for pattern, translation in patterns:
        if match := pattern.fullmatch(text):
            return translation.format(**match.groupdict())
    words = WORD.findall(re.sub(r"\$[^$]*\$", "", text))  # (not the formulas)
    if any(len(word) > 1 and word not in NAMES for word in words):
        raise ExtensionError(
            f"figure_languages: {where}: no Japanese for the figure text {text!r}:"
            f" add it to {CATALOGUE.relative_to(DOCS.parent)}"
        )
    return text


def _texts(figure: Any) -> list[Any]:
    """Every text artist of ``figure`` that holds words: titles, labels, legends, notes."""
    from matplotlib.text import Text  # noqa: PLC0415

    # Tick labels are redrawn from their formatter: _translate_ticks sees to them.
    ticks = {
        id(label)
        for axes in figure.axes
        for axis in (axes.xaxis, axes.yaxis)
        for label in axis.get_ticklabels(which="both")
    }
    return [text for text in figure.findobj(Text) if text.get_text() and id(text) not in ticks]


def _translate_ticks(figure: Any, where: str) -> None:
    """Translate the tick labels that hold words (as drawn when the English copy was saved)."""
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            for minor in (False, True):
                labels = [text.get_text() for text in axis.get_ticklabels(minor=minor)]
                translated = [japanese(label, where) for label in labels]
                if translated != labels:
                    axis.set_ticks(axis.get_ticklocs(minor=minor), translated, minor=minor)


def alt_text(figure: Any) -> str:
    """The alternative text sphinx-gallery gives a figure: its titles, on one line."""
    titles = [figure._suptitle.get_text()] if figure._suptitle else []
    titles += [axes.get_title() for axes in figure.axes if axes.get_title()]
    return " ".join(" ".join(titles).split())


def translate_figure(figure: Any, where: str) -> None:
    """Translate the words of ``figure``, an English figure of the gallery script
    ``where``, in place, after its English copy was saved."""
    for text in _texts(figure):
        if JAPANESE.search(text.get_text()):
            raise ExtensionError(
                f"figure_languages: {where}: Japanese in an English figure"
                f" ({text.get_text()!r}): label figures in English, and add the"
                " translation to figures.po"
            )
        text.set_text(japanese(text.get_text(), where))
    _translate_ticks(figure, where)


def japanese_path(path: str) -> str:
    """``images/x_001.png`` -> ``images/x_001.ja.png``."""
    stem, dot, suffix = path.rpartition(".")
    return f"{stem}.ja{dot}{suffix}"


def _use_japanese_figures(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if language(app) != "ja":
        return
    source = Path(app.srcdir)
    for node in doctree.findall(imgsgnode):
        first = node["srcset"].split(",")[0].split()[0]
        alt = (source / first.lstrip("/")).with_suffix(".ja.txt")
        srcset = re.sub(r"(\S+)\.png", lambda m: japanese_path(m[0]), node["srcset"])
        for path in re.findall(r"\S+\.png", srcset):
            if not (source / path.lstrip("/")).is_file():
                raise ExtensionError(
                    f"figure_languages: no Japanese copy {path} of a gallery figure"
                )
        node["srcset"], node["uri"] = srcset, japanese_path(node["uri"])
        node["alt"] = alt.read_text(encoding="utf-8")
    for image in doctree.findall(nodes.image):
        if image.get("alt"):
            image["alt"] = japanese(" ".join(image["alt"].split()), docname)


def setup(app: Sphinx) -> dict[str, Any]:
    # After the post-transforms, which turn MyST-NB's outputs into images.
    app.connect("doctree-resolved", _use_japanese_figures)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
