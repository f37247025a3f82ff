"""The comparison tables, built from the catalogue.

``activation-table`` lists every function's properties, ``shape-table`` the
shape of the elementwise ones near 0 and the models that use them, and
``initialisation-table`` their moments under a standard normal input. Every
cell is computed from :data:`activation_functions.ACTIVATIONS` when the site
is built (the derivative at 0 and the moments are evaluated, not typed), so
the tables change with the code and nowhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import activation_functions
from activation_functions import ACTIVATIONS, Activation
from activation_functions.initialisation import TORCH_GAINS, moments

COLUMNS = (
    "Function",
    "Definition",
    "Output range",
    "Monotonic",
    "Smoothness",
    "Zero-centred",
    "f'(0)",
    "Introduced by",
)


def yes_no(value: bool | None) -> str:
    """A property for a table cell: ``yes``, ``no``, or ``n/a`` where it does not apply."""
    return "n/a" if value is None else ("yes" if value else "no")


def _derivative_at_zero(entry: Activation) -> str:
    if not entry.elementwise:  # (a gated unit has two inputs; softmax a Jacobian)
        return "n/a"

    return f"{float(entry.derivative_at(0.0)):.4g}"


def _name(entry: Activation) -> str:
    """The function's title, linked to its page."""
    return f":ref:`{entry.title} <sphx_glr_auto_examples_activations_plot_{entry.name}.py>`"


def _row(entry: Activation) -> list[str]:
    name = _name(entry)
    parameters = ", ".join(f"{key} = {value:g}" for key, value in entry.parameters.items())
    definition = f":math:`{entry.formula}`" + (f" ({parameters})" if parameters else "")
    return [
        name,
        definition,
        f":math:`{entry.output_range.latex}`",
        yes_no(entry.monotonic),
        entry.smoothness.label,
        yes_no(entry.zero_centred),
        _derivative_at_zero(entry),
        entry.reference,
    ]


def _shape_row(entry: Activation) -> list[str]:
    models = ", ".join(f"{model.name} ({model.reference})" for model in entry.models)
    return [
        _name(entry),
        yes_no(entry.monotonic_derivative),
        yes_no(entry.identity_near_zero),
        models or "",
    ]


def _initialisation_row(entry: Activation) -> list[str]:
    result = moments(entry)
    torch = TORCH_GAINS.get(entry.name)
    return [
        _name(entry),
        f"{result.mean:.4f}",
        f"{result.second:.4f}",
        f"{result.slope_second:.4f}",
        f"{result.gain:.4f}",
        "" if torch is None else f"{torch:.4f}",
    ]


#: Each table: its header and how a row is made from an entry.
TABLES = {
    "activation-table": (COLUMNS, _row, lambda _: True),
    "shape-table": (
        ("Function", "f' monotonic", "Identity near 0", "Used in"),
        _shape_row,
        lambda entry: entry.elementwise,
    ),
    "initialisation-table": (
        ("Function", "E[f(Z)]", "E[f(Z)²]", "E[f'(Z)²]", "Gain", "PyTorch's gain"),
        _initialisation_row,
        lambda entry: entry.elementwise,
    ),
}


def depend_on_the_package(directive: SphinxDirective) -> None:
    """Read the directive's page again whenever a module of the package changes."""
    for module in sorted(Path(activation_functions.__file__).parent.rglob("*.py")):
        directive.env.note_dependency(str(module))


class CatalogueTable(SphinxDirective):
    """Insert one of the tables of :data:`TABLES`, a row per entry of the catalogue."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        # (the catalogue, the functions it calls, the quadrature)
        depend_on_the_package(self)
        header, row, included = TABLES[self.name]
        lines = [".. list-table::", "   :header-rows: 1", "   :class: activation-table", ""]
        rows = [row(entry) for entry in ACTIVATIONS.values() if included(entry)]
        for cells in [list(header), *rows]:
            lines.append(f"   * - {cells[0]}")
            lines.extend(f"     - {cell}" if cell else "     -" for cell in cells[1:])
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=self.name), 0, container)
        return container.children


def setup(app: Sphinx) -> dict[str, Any]:
    for name in TABLES:
        app.add_directive(name, CatalogueTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
