"""Say which code blocks continue the one above, so that a copied block runs.

A gallery script or a notebook is cut into blocks that share their names: a
block copied alone from the middle of one fails with a NameError. So do the
examples of a docstring, whose blocks run as one doctest. This extension
writes "Continues the code above." over every Python block that continues
another: on a gallery page or a notebook, every block after the page's
first, and in the documentation of a function or class every example after
that docstring's first, that uses a name it does not define or import.
Every other Python block runs alone, in a plain Python with the package
(``tests/site/test_code_blocks.py`` runs them).

The note is a paragraph of class ``continued-code`` just before the block
(in a notebook, before the block's cell, outside its input's box).
"""

from __future__ import annotations

import builtins
import symtable
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

#: The note, in each edition's language.
NOTE = {"en": "Continues the code above.", "ja": "上のコードの続きです。"}
#: Languages of Python blocks (``default`` is Python for Sphinx).
PYTHON = {"python", "python3", "ipython3", "pycon", "default"}


def _is_python(block: nodes.Element) -> bool:
    if isinstance(block, nodes.doctest_block):
        return True
    language = str(block.get("language", "default")).lower()
    return isinstance(block, nodes.literal_block) and language in PYTHON


def _is_output(block: nodes.Element) -> bool:
    """An output shown by sphinx-gallery or MyST-NB, not code."""
    parent = block.parent
    while parent is not None:
        if {"sphx-glr-script-out", "cell_output"} & set(parent.get("classes", [])):
            return True
        parent = parent.parent
    return "sphx-glr-script-out" in block.get("classes", [])


def _code(block: nodes.Element) -> str:
    """The block's code, without the prompts and output of a doctest."""
    text = block.astext()
    if not text.lstrip().startswith(">>>"):
        return text
    lines = text.splitlines()
    return "\n".join(line[4:] for line in lines if line.startswith((">>> ", "... ", ">>>", "...")))


def _uses_names_from_above(code: str) -> bool:
    """Whether the code reads a name that it neither defines nor imports (nor a builtin)."""
    try:
        module = symtable.symtable(code, "<block>", "exec")
    except SyntaxError:
        return True
    defined = {
        symbol.get_name()
        for symbol in module.get_symbols()
        if symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace()
    }

    def free(table: symtable.SymbolTable) -> bool:
        for symbol in table.get_symbols():
            name = symbol.get_name()
            read = symbol.is_referenced() and (table is module or symbol.is_global())
            if read and name not in defined and not hasattr(builtins, name):
                return True
        return any(free(child) for child in table.get_children())

    return free(module)


def _one_script(doctree: nodes.document) -> bool:
    """Whether the page is one program cut into blocks: a gallery script or a notebook."""
    classes = (set(node.get("classes", [])) for node in doctree.findall(nodes.Element))
    return any({"sphx-glr-example-title", "cell"} & names for names in classes)


def _mark(doctree: nodes.document, note: str) -> None:
    blocks = [
        block
        for block in doctree.findall(nodes.Element)
        if isinstance(block, (nodes.literal_block, nodes.doctest_block))
        and _is_python(block)
        and not _is_output(block)
    ]
    one_script = _one_script(doctree)
    first_seen: set[int] = set()
    for block in blocks:
        if one_script:
            group = id(doctree)
        else:
            owner = block.parent
            while owner is not None and not isinstance(owner, addnodes.desc_content):
                owner = owner.parent
            if owner is None:
                continue  # a block of prose pages: it must run alone
            group = id(owner)
        if group not in first_seen:
            first_seen.add(group)
            continue
        if not _uses_names_from_above(_code(block)):
            continue
        paragraph = nodes.paragraph(note, note, classes=["continued-code"])
        # In a notebook, above the cell, not inside its input's box.
        before = block
        if "cell_input" in block.parent.get("classes", []) and block.parent.parent is not None:
            before = block.parent.parent
        before.parent.insert(before.parent.index(before), paragraph)


class MarkContinuedCode(SphinxPostTransform):
    """Write the note over every block that continues another."""

    # Before sphinx-gallery's CodeLinksTransform (5) turns the code of its
    # pages into linked HTML, which is no longer a literal block.
    default_priority = 1

    def run(self, **_kwargs: Any) -> None:
        _mark(self.document, NOTE[self.config.language or "en"])


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_post_transform(MarkContinuedCode)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
