"""The Japanese edition's catalogues: complete, current in form, and faithful to the markup.

``nox -s translations`` refreshes ``docs/locale/ja/LC_MESSAGES/*.po`` from
the sources; these tests fail until every new or changed message is
translated. The built Japanese pages themselves are checked in tests/site.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CATALOGUES = DOCS / "locale" / "ja" / "LC_MESSAGES"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@dataclass
class Entry:
    msgid: str = ""
    msgstr: str = ""
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False


def read_catalogue(path: Path) -> list[Entry]:
    """The entries of a .po file (a small reader: enough for what sphinx-intl writes)."""
    entries: list[Entry] = []
    current = Entry()
    target: str | None = None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if target is not None:
                entries.append(current)
            current, target = Entry(), None
        elif line.startswith("#~"):
            current.obsolete = True
            target = target or "obsolete"
        elif line.startswith("#,"):
            current.flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith(("msgid ", "msgstr ", "msgid_plural ", "msgstr[0] ")):
            # A plural message is read as its singular and first form (Japanese has one).
            target, _, literal = line.partition(" ")
            target = {"msgid_plural": "plural", "msgstr[0]": "msgstr"}.get(target, target)
            if target != "plural":
                setattr(current, target, ast.literal_eval(literal))
        elif line.startswith('"') and target in ("msgid", "msgstr"):
            setattr(current, target, getattr(current, target) + ast.literal_eval(line))
    return entries


def documents() -> list[str]:
    """Every page of the site, as Sphinx names it (the gettext domain of its catalogue)."""
    names = [
        path.relative_to(DOCS).with_suffix("").as_posix()
        for path in [*DOCS.glob("*.rst"), *DOCS.glob("guide/*.md")]
    ]
    gallery = ROOT / "gallery"
    names += [f"auto_examples/{p.parent.name}/{p.stem}" for p in gallery.glob("*/plot_*.py")]
    names += [f"auto_examples/{p.parent.name}/index" for p in gallery.glob("*/GALLERY_HEADER.rst")]
    names.append("auto_examples/index")
    api = (DOCS / "api.rst").read_text(encoding="utf-8")
    module, pages = "activation_functions", False
    for line in api.splitlines():
        if match := re.match(r"\.\. currentmodule:: ([\w.]+)", line):
            module = match.group(1)
        elif line.startswith(".. autosummary::"):
            pages = False  # (a page per entry only with :toctree:)
        elif line.strip() == ":toctree: generated":
            pages = True
        elif pages and re.fullmatch(r"   [a-z_A-Z][\w]*", line):
            names.append(f"generated/{module}.{line.strip()}")
    return sorted(names)


CATALOGUE_PATHS = sorted(CATALOGUES.rglob("*.po"))


def test_every_page_has_a_catalogue() -> None:
    present = {path.relative_to(CATALOGUES).with_suffix("").as_posix() for path in CATALOGUE_PATHS}
    missing = sorted(set(documents()) - present)
    assert not missing, f"no Japanese catalogue for {missing}: run nox -s translations"


@pytest.mark.parametrize(
    "path", CATALOGUE_PATHS, ids=lambda p: p.relative_to(CATALOGUES).as_posix()
)
def test_catalogue_is_complete(path: Path) -> None:
    entries = read_catalogue(path)
    header, messages = entries[0], entries[1:]
    assert header.msgid == "" and "Language: ja" in header.msgstr
    problems = [f"fuzzy header: {header.flags}"] if "fuzzy" in header.flags else []
    for entry in messages:
        if entry.obsolete:
            problems.append(f"obsolete entry (delete it): {entry.msgid[:60]!r}")
        elif not entry.msgstr:
            problems.append(f"untranslated: {entry.msgid[:60]!r}")
        elif "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid[:60]!r}")
    assert not problems, "\n".join(problems)


# Markup whose content must survive translation unchanged: the targets of
# roles (not their link text), inline literals, math, and link URLs.
ROLE = re.compile(r":(\w+(?::\w+)?):`([^`]*)`")
LITERAL = re.compile(r"``([^`]+)``|(?<![`\w])`([^`]+)`(?![`_])")
MATH = re.compile(r"\$([^$]+)\$")
LINK = re.compile(r"\]\(([^)]+)\)|<(https?://[^>]+)>`_")


def markup(text: str) -> list[str]:
    found = []
    for role, content in ROLE.findall(text):
        target = re.search(r"<([^>]+)>$", content)
        found.append(f"{role}:{target.group(1) if target else content}")
    rest = ROLE.sub("", text)
    found += ["literal:" + (a or b) for a, b in LITERAL.findall(rest)]
    found += ["math:" + m for m in MATH.findall(rest)]
    found += ["link:" + (a or b) for a, b in LINK.findall(rest)]
    return sorted(found)


def test_translations_keep_the_markup() -> None:
    # A translation may repeat a literal; it may not drop or change one.
    problems = [
        f"{path.name}: {entry.msgid[:50]!r}\n"
        f"  source: {markup(entry.msgid)}\n  translation: {markup(entry.msgstr)}"
        for path in CATALOGUE_PATHS
        for entry in read_catalogue(path)[1:]
        if entry.msgstr and set(markup(entry.msgid)) != set(markup(entry.msgstr))
    ]
    assert not problems, "\n".join(problems)


# An inline literal or role that ends right before a full-width opening
# bracket is not closed for docutils (only whitespace and closing or other
# punctuation may follow an end-string): write "``x``\ （" instead.
OPENER_AFTER_MARKUP = re.compile(r"(?<=[^\s:`\\])`{1,2}_?[\uff08\u300c\u300e\uff3b]")


def test_inline_markup_is_closed_before_full_width_brackets() -> None:
    problems = [
        f"{path.relative_to(CATALOGUES)}: {entry.msgstr[:80]!r}"
        for path in CATALOGUE_PATHS
        if path.parent.name != "guide"  # (MyST pages: Markdown has no such rule)
        for entry in read_catalogue(path)[1:]
        if OPENER_AFTER_MARKUP.search(entry.msgstr)
    ]
    assert not problems, "\n".join(problems)


def prose(text: str) -> bool:
    """Whether a message is English prose (three words in a row), not a name, formula or citation."""
    if re.search(r'"[^"]+", .*\d{4}', text):  # a bibliographic reference keeps its language
        return False
    bare = ROLE.sub("", LITERAL.sub("", MATH.sub("", text)))
    bare = re.sub(r"\b\w+:\w+", "", bare)  # cross-reference targets such as python:float
    return re.search(r"\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b", bare) is not None


def test_prose_is_translated_into_japanese() -> None:
    untranslated = [
        f"{path.name}: {entry.msgid[:70]!r}"
        for path in CATALOGUE_PATHS
        for entry in read_catalogue(path)[1:]
        if prose(entry.msgid) and not JAPANESE.search(entry.msgstr)
    ]
    assert not untranslated, "\n".join(untranslated)


def test_reader_sees_what_msgfmt_sees(tmp_path: Path) -> None:
    catalogue = tmp_path / "sample.po"
    catalogue.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n\n'
        '#, fuzzy\nmsgid "Two "\n"lines"\nmsgstr "二行"\n\n'
        'msgid "Empty"\nmsgstr ""\n\n'
        '#~ msgid "Gone"\n#~ msgstr "消えた"\n',
        encoding="utf-8",
    )
    header, fuzzy, empty, obsolete = read_catalogue(catalogue)
    assert header.msgstr == "Language: ja\n"
    assert (fuzzy.msgid, fuzzy.msgstr, fuzzy.flags) == ("Two lines", "二行", {"fuzzy"})
    assert (empty.msgid, empty.msgstr) == ("Empty", "")
    assert obsolete.obsolete


def wrong_variants() -> list[tuple[str, str, str]]:
    """docs/locale/ja/variants.tsv: wrong spelling, the edition's term, and why."""
    lines = (DOCS / "locale" / "ja" / "variants.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip()]  # type: ignore[misc]


def test_the_edition_uses_its_own_terms() -> None:
    """No catalogue uses a variant that the edition has decided against."""
    found = [
        f"{path.relative_to(CATALOGUES)}: {wrong!r} -> {right!r} ({why}) in {entry.msgstr[:60]!r}"
        for path in CATALOGUE_PATHS
        for entry in read_catalogue(path)[1:]
        for wrong, right, why in wrong_variants()
        if wrong in entry.msgstr
    ]
    assert not found, "\n".join(found)


def test_the_variants_list_is_checked() -> None:
    """The test above can fail: each variant is spotted in a sentence that has it."""
    variants = wrong_variants()
    assert len(variants) > 50
    for wrong, right, _ in variants:
        assert wrong != right
        assert wrong in f"例：{wrong}。"


GLOSSARY_ENTRY = re.compile(r"^   (\S.*)\n((?:   \S.*\n)*)((?:      .*\n|\n)+)", re.MULTILINE)


def glossary() -> list[tuple[list[str], str]]:
    """The glossary's entries: their terms and the text of their definition."""
    text = (DOCS / "glossary.rst").read_text(encoding="utf-8")
    body = text.split(".. glossary::", 1)[1].split("\n", 2)[2]
    entries = []
    for match in GLOSSARY_ENTRY.finditer(body):
        terms = [match[1], *(line.strip() for line in match[2].splitlines())]
        entries.append((terms, " ".join(match[3].split())))
    return entries


def test_every_glossary_term_is_defined_in_both_editions() -> None:
    """Each term has a definition, a Japanese word and its page; in Japanese, the
    term, its definition and the English word."""
    catalogue = {entry.msgid: entry.msgstr for entry in read_catalogue(CATALOGUES / "glossary.po")}
    entries = glossary()
    assert len(entries) >= 30
    problems = []
    required = {
        "C0",
        "C1",
        "kink",
        "ulp",
        "zero-centred",
        "Glorot initialisation",
        "He initialisation",
    }
    missing = required - {term for terms, _ in entries for term in terms}
    if missing:
        problems.append(f"not in the glossary: {sorted(missing)}")
    for terms, definition in entries:
        note = re.search(r"Japanese: (.+?)\. Introduced in :doc:`[^`]+`\.$", definition)
        if not note:
            problems.append(f"{terms}: no 'Japanese: ... Introduced in :doc:`...`.' line")
            continue
        sentences = definition[: note.start()].strip()
        if len(sentences.split()) < 8:
            problems.append(f"{terms}: no definition")
        problems += [
            f"{terms}: {term!r} has no Japanese" for term in terms if not catalogue.get(term)
        ]
        japanese_words = note[1].split(", ")
        translated_terms = " ".join(catalogue.get(term, "") for term in terms)
        problems += [
            f"{terms}: the Japanese edition's term is not {word!r}"
            for word in japanese_words
            if re.sub(r" ?\(.*\)", "", word) not in translated_terms
        ]
        definition_ja = " ".join(
            catalogue.get(paragraph, "")
            for paragraph in catalogue
            if paragraph and paragraph in sentences
        )
        if not JAPANESE.search(definition_ja):
            problems.append(f"{terms}: the definition has no Japanese")
        if "英語：" not in catalogue.get(note[0], ""):
            problems.append(f"{terms}: the Japanese note does not give the English term")
    assert not problems, "\n".join(problems)


def test_figure_text_is_translated_with_its_fields() -> None:
    """The figures' catalogue: exact messages, fields carried over, names left alone,
    and an English word without a translation stops the build."""
    import sys  # noqa: PLC0415

    sys.path.insert(0, str(DOCS / "_ext"))
    from figure_languages import japanese  # noqa: PLC0415
    from sphinx.errors import ExtensionError  # noqa: PLC0415

    assert japanese("training loss", "test") == "訓練損失"
    assert japanese("mish and its derivative", "test") == "mish とその導関数"
    assert japanese("leaky_relu'(x)", "test") == "leaky_relu'(x)"
    assert japanese("$\\mathdefault{10^{-8}}$", "test") == "$\\mathdefault{10^{-8}}$"
    assert japanese("-1e4", "test") == "-1e4"
    with pytest.raises(ExtensionError, match="no Japanese for the figure text 'a new label'"):
        japanese("a new label", "test")
