"""Formulas as MathML, written at build time: no math JavaScript on any page.

MathJax (1.1 MB of script, with its fonts) typesets a page's formulas in the
reader's browser, which took seconds on a phone-class CPU for the comparison
table. Every current browser renders MathML itself, and screen readers read
it, so each ``:math:`` role, ``.. math::`` directive and ``$...$`` is
converted here (latex2mathml), with the LaTeX source kept as ``alttext``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from docutils import nodes
from latex2mathml.converter import convert
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.math import get_node_equation_number

# Blank lines separate the equations of one directive.
_EQUATIONS = re.compile(r"\n\s*\n")


# latex2mathml sets an operator name with a digit or an underscore
# (``\operatorname{relu6}``) as separate italic letters: such a name is set
# as upright text instead.
_SPELLED_NAME = re.compile(r"\\operatorname\{([^}]*[^A-Za-z}][^}]*)\}")


def to_mathml(latex: str, *, display: str) -> str:
    """``latex`` as a ``<math>`` element; ``display`` is "inline" or "block"."""
    upright = _SPELLED_NAME.sub(lambda m: rf"\text{{{m[1].replace(chr(92), '')}}}", latex.strip())
    try:
        element = convert(upright, display=display)
    except Exception as error:  # latex2mathml raises many types; name the formula
        raise ExtensionError(f"cannot convert the formula {latex!r} to MathML: {error}") from error
    return element.replace("<math ", f'<math alttext="{html.escape(latex.strip())}" ', 1)


def _visit_inline(translator: Any, node: nodes.math) -> None:
    translator.body.append(to_mathml(node.astext(), display="inline"))
    raise nodes.SkipNode


def _visit_block(translator: Any, node: nodes.math_block) -> None:
    equations = [part for part in _EQUATIONS.split(node.astext()) if part.strip()]
    # Not class "math": the theme lays that out as a row, for MathJax's output.
    # A formula wider than the column scrolls sideways, so the keyboard must
    # be able to reach it (tabindex).
    translator.body.append(
        translator.starttag(node, "div", CLASS="math-display notranslate", tabindex="0")
    )
    if node.get("number"):
        number = get_node_equation_number(translator, node)
        translator.body.append(f'<span class="eqno">({number})')
        translator.add_permalink_ref(node, "Link to this equation")
        translator.body.append("</span>")
    translator.body.extend(to_mathml(equation, display="block") for equation in equations)
    translator.body.append("</div>\n")
    raise nodes.SkipNode


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_html_math_renderer(
        "mathml", inline_renderers=(_visit_inline, None), block_renderers=(_visit_block, None)
    )
    return {"parallel_read_safe": True, "parallel_write_safe": True}
