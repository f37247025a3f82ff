"""The ``activation-table`` directive: the comparison table, built from the catalogue.

Every cell is computed from :data:`activation_functions.ACTIVATIONS` when the
site is built (the derivative at 0 is evaluated, not typed), so the table
changes with the code and nowhere else.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from activation_functions import ACTIVATIONS, Activation

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


def _yes_no(value: bool | None) -> str:
    return "n/a" if value is None else ("yes" if value else "no")


def _derivative_at_zero(entry: Activation) -> str:
    if entry.derivative is None:
        return "n/a"
    return f"{float(entry.derivative_at(0.0)):.4g}"


def _row(entry: Activation) -> list[str]:
    name = (
        f":func:`{entry.title} <activation_functions.{entry.name}>` "
        f"(:ref:`example <sphx_glr_auto_examples_activations_plot_{entry.name}.py>`)"
    )
    parameters = ", ".join(f"{key} = {value:g}" for key, value in entry.parameters.items())
    definition = f":math:`{entry.formula}`" + (f" ({parameters})" if parameters else "")
    return [
        name,
        definition,
        f":math:`{entry.output_range.latex}`",
        _yes_no(entry.monotonic),
        entry.smoothness.label,
        _yes_no(entry.zero_centred),
        _derivative_at_zero(entry),
        entry.reference,
    ]


class ActivationTable(SphinxDirective):
    """Insert the comparison table of every activation in the catalogue."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        lines = [".. list-table::", "   :header-rows: 1", "   :class: activation-table", ""]
        for cells in [list(COLUMNS), *(_row(entry) for entry in ACTIVATIONS.values())]:
            lines.append(f"   * - {cells[0]}")
            lines.extend(f"     - {cell}" for cell in cells[1:])
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source="activation-table"), 0, container)
        return container.children


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("activation-table", ActivationTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
