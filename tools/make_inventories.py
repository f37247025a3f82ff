"""Write the small intersphinx inventories that the docs link NumPy and Python names with.

Sphinx's intersphinx downloads ``objects.inv`` from each project's site when
the docs are built; the build machines here reach package registries only,
so the inventories are written from this list instead and committed. Each
entry is an object the docs refer to and the page of the project's own
documentation that describes it; links on the site lead there.

    python tools/make_inventories.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "docs" / "_intersphinx"

# (name, domain:role, uri relative to the project's documentation root)
NUMPY = [
    ("numpy.ndarray", "py:class", "reference/generated/numpy.ndarray.html#numpy.ndarray"),
    ("numpy.dtype", "py:class", "reference/generated/numpy.dtype.html#numpy.dtype"),
    (
        "numpy.random.Generator",
        "py:class",
        "reference/random/generator.html#numpy.random.Generator",
    ),
    ("array_like", "std:term", "glossary.html#term-array_like"),
    # numpydoc's default aliases: "scalar" links here.
    ("arrays.scalars", "std:label", "reference/arrays.scalars.html#arrays-scalars"),
]
PYTHON = [
    ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
    ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
    ("float", "py:class", "library/functions.html#float"),
    ("int", "py:class", "library/functions.html#int"),
    ("bool", "py:class", "library/functions.html#bool"),
    ("str", "py:class", "library/stdtypes.html#str"),
    ("tuple", "py:class", "library/stdtypes.html#tuple"),
    ("list", "py:class", "library/stdtypes.html#list"),
    ("sequence", "std:term", "glossary.html#term-sequence"),
    ("None", "py:data", "library/constants.html#None"),
    ("callable", "py:function", "library/functions.html#callable"),
    ("collections.abc.Mapping", "py:class", "library/collections.abc.html#collections.abc.Mapping"),
    # numpydoc's default aliases: "True" and "False" link here.
    ("bltin-boolean-values", "std:label", "library/stdtypes.html#bltin-boolean-values"),
]


def write(path: Path, project: str, version: str, entries: list[tuple[str, str, str]]) -> None:
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    # Labels need a display name (their section title); objects use "-".
    lines = "".join(
        f"{name} {role} 1 {uri} {name if role == 'std:label' else '-'}\n"
        for name, role, uri in entries
    )
    path.write_bytes(header.encode() + zlib.compress(lines.encode(), 9))


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    write(TARGET / "numpy.inv", "NumPy", "stable", NUMPY)
    write(TARGET / "python.inv", "Python", "3", PYTHON)


if __name__ == "__main__":
    main()
