"""The words of sphinx-gallery and sphinx-copybutton in the Japanese edition.

Neither project has a Japanese catalogue, and neither puts these words
through Sphinx's: sphinx-gallery writes each thumbnail's title and tooltip
(the example's title and first paragraph) as raw HTML, and sphinx-copybutton
chooses the words of its button from a table in its script. In the Japanese
edition:

* each thumbnail (the gallery's indexes, and the lists of examples on the
  API pages) gets the title and first paragraph of its example in the
  translation the example's own page has (its catalogue in
  ``docs/locale/ja``), so nothing is translated twice;
* the copy button's table gets a Japanese entry;
* the search page's messages: Sphinx translates them in the browser from its
  own ``translations.js``, not from the project's catalogue, and its Japanese
  table leaves the summary of the results empty (an empty plural entry) and
  mangles another sentence. The entries of ``docs/locale/ja/LC_MESSAGES/sphinx.po``
  that the table holds replace its own.

Both expect the markup of the pinned versions (pyproject.toml's ``docs``
group): if it is not found, the build fails rather than show English.
"""

from __future__ import annotations

import ast
import html
import json
import re
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po
from docutils import nodes
from editions import language
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx_gallery.gen_rst import extract_intro_and_title

GALLERY = Path(__file__).resolve().parents[2] / "gallery"
THUMBNAIL_TEXT = re.compile(
    r'(?P<before>tooltip=")(?P<tooltip>[^"]*)(?=")'
    r'|(?P<open><div class="sphx-glr-thumbnail-title">)(?P<title>[^<]*)(?=</div>)'
)
COPY_MESSAGES = "const messages = {\n"
JAPANESE_COPY_MESSAGES = """  'ja': {
    'copy': 'コピー',
    'copy_to_clipboard': 'クリップボードにコピー',
    'copy_success': 'コピーしました',
    'copy_failure': 'コピーできませんでした',
  },
"""


def _paragraphs(script: Path) -> tuple[str, str]:
    """The title and first paragraph of a gallery script, as the messages of its page."""
    docstring = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8")), clean=False)
    paragraphs = [
        p for p in (docstring or "").strip().split("\n\n") if p and not p.startswith("..")
    ]
    title = paragraphs[0].splitlines()[0].strip()
    intro = paragraphs[1] if len(paragraphs) > 1 else title
    return title, " ".join(line.strip() for line in intro.splitlines())


def thumbnail_words(app: Sphinx) -> dict[str, str]:
    """Each example's English thumbnail title and tooltip -> its Japanese one."""
    words = {}
    for script in sorted(GALLERY.glob("*/plot_*.py")):
        domain = f"auto_examples/{script.parent.name}/{script.stem}"
        path = Path(app.srcdir) / "locale" / "ja" / "LC_MESSAGES" / f"{domain}.po"
        with path.open("rb") as file:
            catalogue = read_po(file)
        title, intro = _paragraphs(script)
        found = [catalogue.get(message) for message in (title, intro)]
        if not all(message and message.string for message in found):
            raise ExtensionError(
                f"japanese_interface: the catalogue of {domain} has no Japanese for its"
                " title or first paragraph (run nox -s translations and translate them)"
            )
        japanese_title, japanese_intro = (message.string for message in found)
        for english, japanese in zip(
            extract_intro_and_title(script, f"{title}\n===\n\n{intro}"),
            extract_intro_and_title(script, f"{japanese_title}\n===\n\n{japanese_intro}"),
            strict=True,
        ):
            words[html.escape(english)] = html.escape(japanese)
    return words


def _translate_thumbnails(app: Sphinx, doctree: nodes.document) -> None:
    if language(app) != "ja":
        return
    words = app.env.japanese_thumbnail_words  # type: ignore[attr-defined]
    for raw in list(doctree.findall(nodes.raw)):
        text = raw.astext()
        if "sphx-glr-thumb" not in text:
            continue

        def japanese(match: re.Match[str]) -> str:
            english = match["tooltip"] if match["before"] else match["title"]
            if english not in words:
                raise ExtensionError(
                    f"japanese_interface: no Japanese for the thumbnail text {english!r}"
                    f" in {app.env.docname}: sphinx-gallery's thumbnails have changed"
                )
            return (match["before"] or match["open"]) + words[english]

        translated = THUMBNAIL_TEXT.sub(japanese, text)
        raw.replace_self(nodes.raw("", translated, format=raw["format"]))


def _collect_words(app: Sphinx) -> None:
    if language(app) == "ja":
        app.env.japanese_thumbnail_words = thumbnail_words(app)  # type: ignore[attr-defined]


def _add_copy_messages(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html" or language(app) != "ja":
        return
    script = Path(app.outdir) / "_static" / "copybutton.js"
    text = script.read_text(encoding="utf-8")
    if JAPANESE_COPY_MESSAGES in text:
        return
    if text.count(COPY_MESSAGES) != 1:
        raise ExtensionError(
            "japanese_interface: sphinx-copybutton's copybutton.js no longer starts its"
            " table of messages with 'const messages = {': update docs/_ext/japanese_interface.py"
        )
    script.write_text(text.replace(COPY_MESSAGES, COPY_MESSAGES + JAPANESE_COPY_MESSAGES))


TRANSLATIONS = re.compile(r"^Documentation\.addTranslations\((\{.*\})\);\s*$", re.DOTALL)


def _correct_search_messages(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html" or language(app) != "ja":
        return
    script = Path(app.outdir) / "_static" / "translations.js"
    match = TRANSLATIONS.match(script.read_text(encoding="utf-8"))
    if match is None:
        raise ExtensionError(
            "japanese_interface: _static/translations.js is no longer one call of"
            " Documentation.addTranslations: update docs/_ext/japanese_interface.py"
        )
    table = json.loads(match[1])
    with (Path(app.srcdir) / "locale" / "ja" / "LC_MESSAGES" / "sphinx.po").open("rb") as file:
        ours = [message for message in read_po(file) if message.id and message.string]
    for message in ours:
        key = message.id[0] if message.pluralizable else message.id
        if key in table["messages"]:
            table["messages"][key] = (
                list(message.string) if message.pluralizable else message.string
            )
    text = json.dumps(table, ensure_ascii=False, indent=4, sort_keys=True)
    script.write_text(f"Documentation.addTranslations({text});\n", encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("build-finished", _correct_search_messages)
    app.connect("builder-inited", _collect_words)
    app.connect("doctree-read", _translate_thumbnails)
    app.connect("build-finished", _add_copy_messages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
