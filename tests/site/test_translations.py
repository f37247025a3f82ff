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
        elif line.startswith(("msgid ", "msgstr ")):
            target, _, literal = line.partition(" ")
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
    module = "activation_functions"
    for line in api.splitlines():
        if match := re.match(r"\.\. currentmodule:: ([\w.]+)", line):
            module = match.group(1)
        elif re.fullmatch(r"   [a-z_A-Z][\w]*", line):
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
        if path.name != "glossary.po"  # its English column stays English
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
