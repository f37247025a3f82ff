"""The parts of a function's page that come from the catalogue.

Each function's gallery page is that function's one page on the site. Its
script writes the prose and the code; these directives write what the
catalogue (:data:`activation_functions.ACTIVATIONS`) and the bibliography
(``docs/references.bib``) already know, so that no page restates it by hand:

``activation-formulas``
    The definition and the derivative as display formulas, and the
    derivative in terms of the output where that is how it is remembered.
``activation-properties``
    The catalogue's properties, the parameters with their defaults, the
    call, and the functions of the same family.
``activation-paper``
    The paper that introduced the function, with its link and a BibTeX
    entry to copy, and the other papers the catalogue cites.
``activation-families``
    Every function, by family, linked to its page, with its definition
    (for the gallery's index; takes no argument).
``activation-slider``
    A chart of the function and its derivative with a slider for its
    parameter (:data:`SLIDERS`). The curves are the package's values,
    computed here for 25 values of the parameter and written into the page;
    ``_static/parameter-slider.js`` draws them with uPlot (vendored from
    npm, ``_static/vendor/uplot``), and only pages with a slider load the
    two scripts. The static figure above it stays for readers without
    JavaScript.

Each takes the function's name, e.g. ``.. activation-formulas:: mish``.

Every gallery page also says, at its top, how to install what its code
needs: the package with its ``plot`` extra, from the repository named in
``pyproject.toml``.
"""

from __future__ import annotations

import inspect
import json
import re
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from activation_table import depend_on_the_package, yes_no
from docutils import nodes
from docutils.statemachine import StringList
from docutils.transforms import Transform
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

from activation_functions import ACTIVATIONS, Activation
from activation_functions.plotting import break_jumps

BIBLIOGRAPHY = Path(__file__).parents[1] / "references.bib"

#: What a page calls each module's functions.
FAMILIES = {
    "sigmoids": "Sigmoids and steps",
    "linear": "Linear",
    "exponential": "Exponential",
    "rectifiers": "Rectifiers",
    "self_gated": "Self-gated",
    "gated": "Gated units",
    "hard": "Piecewise-linear approximations",
    "shrink": "Shrinkage",
    "periodic": "Periodic",
    "softmax": "The softmax family",
}


@cache
def bibliography() -> dict[str, str]:
    """The entries of ``references.bib`` by key, each as its text."""
    text = BIBLIOGRAPHY.read_text(encoding="utf-8")
    entries = re.findall(r"^(@\w+\{([^,]+),\n.*?^\})$", text, flags=re.MULTILINE | re.DOTALL)
    return {key: entry for entry, key in entries}


def _field(entry: str, name: str) -> str | None:
    match = re.search(rf"^\s*{name}\s*=\s*\{{(.*)\}},?$", entry, flags=re.MULTILINE)
    return match.group(1) if match else None


def link(key: str) -> str:
    """The address of a paper: its DOI, else its url, else its arXiv page."""
    entry = bibliography()[key]
    if doi := _field(entry, "doi"):
        return f"https://doi.org/{doi}"
    if url := _field(entry, "url"):
        return url
    if eprint := _field(entry, "eprint"):
        return f"https://arxiv.org/abs/{eprint}"
    raise ExtensionError(f"references.bib: {key} has no doi, url or eprint")


def _title(key: str) -> str:
    title = _field(bibliography()[key], "title") or key
    return title.replace("{", "").replace("}", "")


def _page(name: str) -> str:
    return f"sphx_glr_auto_examples_activations_plot_{name}.py"


def _parameters(entry: Activation) -> str:
    signature = inspect.signature(entry.function)
    parts = []
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.name in {"axis", "rng"}:
            continue
        default = entry.parameters.get(parameter.name, parameter.default)
        parts.append(f"``{parameter.name}={default!r}``")
    return ", ".join(parts)


def _call(entry: Activation) -> str:
    arguments = "".join(f", {key}={value!r}" for key, value in entry.parameters.items())
    return f"``{entry.name}(x{arguments})``"


DOCS = Path(__file__).parents[1]
GALLERY = DOCS.parent / "gallery"


def _pages_using(name: str) -> list[str]:
    """The guide's pages, comparisons and experiments whose code uses the function.

    A use is a call, ``name(``, an import of the name, or the name quoted
    (``ACTIVATIONS["name"]``); the word in prose ("a step") is not.
    """
    used = re.compile(rf"(?<![\w.-]){name}\(|import [^\n]*\b{name}\b|[\"']{name}[\"']")
    pages = [
        f"/guide/{path.stem}"
        for path in sorted((DOCS / "guide").glob("*.md"))
        if used.search(path.read_text(encoding="utf-8"))
    ]
    for folder in ("comparisons", "experiments"):
        pages += [
            f"/auto_examples/{folder}/{path.stem}"
            for path in sorted((GALLERY / folder).glob("plot_*.py"))
            if used.search(path.read_text(encoding="utf-8"))
        ]
    return pages


def _formulas(entry: Activation) -> list[str]:
    if entry.kind == "gated":
        left, slope = "f(a, b)", ""
        derivative_label = "Its gradient, for the halves :math:`a` and :math:`b`:"
    elif entry.kind == "softmax":
        left, slope = "y_i", ""
        derivative_label = "Its Jacobian:"
    else:
        left, slope = "f(x)", "f'(x) = "
        derivative_label = "Its derivative:"
    lines = ["Definition:", "", ".. math::", "", f"   {left} = {entry.formula}", ""]
    lines += [derivative_label, "", ".. math::", "", f"   {slope}{entry.derivative_formula}", ""]
    if entry.derivative_of_output:
        lines += [
            "In terms of the output :math:`y = f(x)`:",
            "",
            ".. math::",
            "",
            f"   f'(x) = {entry.derivative_of_output}",
            "",
        ]
    return lines


def _properties(entry: Activation) -> list[str]:
    rows = [("Output range", f":math:`{entry.output_range.latex}`")]
    if entry.monotonic is not None:
        rows.append(("Monotonic", yes_no(entry.monotonic)))
    rows.append(("Smoothness", entry.smoothness.label))
    if entry.zero_centred is not None:
        rows.append(("Zero-centred", yes_no(entry.zero_centred)))
    if entry.elementwise:
        rows.append(("f'(0)", f"{float(entry.derivative_at(0.0)):.4g}"))
    if entry.monotonic_derivative is not None:
        rows.append(("f' monotonic", yes_no(entry.monotonic_derivative)))
    if entry.identity_near_zero is not None:
        rows.append(("Identity near 0", yes_no(entry.identity_near_zero)))
    if entry.kinks:
        rows.append(("Kinks or jumps at", ", ".join(f":math:`x = {k:g}`" for k in entry.kinks)))
    if entry.models:
        rows.append(("Used in", ", ".join(f"{m.name} ({m.reference})" for m in entry.models)))
    if parameters := _parameters(entry):
        rows.append(("Parameters", parameters))
    rows.append(("In the package", f":func:`activation_functions.{entry.name}`, {_call(entry)}"))
    family = [
        f":ref:`{other.title} <{_page(other.name)}>`"
        for other in ACTIVATIONS.values()
        if other.module == entry.module and other.name != entry.name
    ]
    if family:
        rows.append(("Its family", f"{FAMILIES[entry.module]}: {', '.join(family)}"))
    if pages := _pages_using(entry.name):
        rows.append(("On this site", ", ".join(f":doc:`{page}`" for page in pages)))
    lines = [".. list-table::", "   :class: activation-properties", "   :widths: 1 2", ""]
    for label, value in rows:
        lines += [f"   * - {label}", f"     - {value}"]
    return lines


def _paper(entry: Activation) -> list[str]:
    note = [entry.attribution_note, ""] if entry.attribution_note else []
    if entry.year is None:
        origin = entry.reference.removeprefix("no paper (").removesuffix(")")
        lines = [f"No paper introduced this function ({origin}).", "", *note]
        if entry.citations:
            cited = ", ".join(f":paper:`{_title(key)} <{link(key)}>`" for key in entry.citations)
            lines += [f"See also: {cited}.", ""]
        return lines
    first, *others = entry.citations
    lines = [
        f"Introduced by {entry.reference}: :paper:`{_title(first)} <{link(first)}>`.",
        "",
        *note,
        ".. code-block:: bibtex",
        "",
        *(f"   {line}" for line in bibliography()[first].splitlines()),
        "",
    ]
    if others:
        cited = ", ".join(f":paper:`{_title(key)} <{link(key)}>`" for key in others)
        lines += [f"See also: {cited}.", ""]
    return lines


def paper_role(
    _name: str, rawtext: str, text: str, _lineno: int, _inliner: Any, *_args: Any, **_kwargs: Any
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """``:paper:`Title <address>``: a link whose text is a title (``<cite>`` in HTML)."""
    title, address = re.fullmatch(r"(.*?)\s*<([^>]+)>", text, flags=re.DOTALL).groups()
    return [nodes.reference(rawtext, "", nodes.title_reference(title, title), refuri=address)], []


class CatalogueSection(SphinxDirective):
    """Write one part of a function's page from the catalogue."""

    required_arguments = 1
    parts: ClassVar[dict[str, Callable[[Activation], list[str]]]] = {
        "activation-formulas": _formulas,
        "activation-properties": _properties,
        "activation-paper": _paper,
    }

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        if name not in ACTIVATIONS:
            raise self.error(f"{self.name}: no function {name!r} in the catalogue")
        depend_on_the_package(self)
        self.env.note_dependency(str(BIBLIOGRAPHY))
        entry = ACTIVATIONS[name]
        missing = [key for key in entry.citations if key not in bibliography()]
        if missing:
            raise self.error(f"{self.name}: {name} cites {missing}, not in references.bib")
        lines = self.parts[self.name](entry)
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=self.name), 0, container)
        return container.children


def _repository() -> str:
    project = tomllib.loads((DOCS.parent / "pyproject.toml").read_text(encoding="utf-8"))
    return str(project["project"]["urls"]["Source"])


class InstallNote(Transform):
    """Add the install command to the note at the top of each gallery page."""

    # Before Sphinx's Locale transform (20), so that the sentence is translated.
    default_priority = 10
    text = "Its code needs the package and its ``plot`` extra:"

    def apply(self, **_kwargs: Any) -> None:
        for note in self.document.findall(nodes.note):
            if "sphx-glr-download-link-note" in note["classes"]:
                before, code, after = self.text.split("``")
                sentence = nodes.paragraph(
                    self.text, before, nodes.literal(code, code), nodes.Text(after)
                )
                command = (
                    f'python -m pip install "activation-functions[plot] @ git+{_repository()}"'
                )
                # A source and line make the sentence translatable (Sphinx
                # leaves nodes without them to its own message catalogue).
                sentence.source = note.source or self.document["source"]
                sentence.line = note.line or 1
                note += [sentence, nodes.literal_block(command, command, language="shell")]


class Families(SphinxDirective):
    """List every function by family, each linked to its page."""

    def run(self) -> list[nodes.Node]:
        depend_on_the_package(self)
        lines = []
        for module, family in FAMILIES.items():
            members = [entry for entry in ACTIVATIONS.values() if entry.module == module]
            lines += [f".. rubric:: {family}", ""]
            lines += [
                f"- :ref:`{entry.title} <{_page(entry.name)}>`: :math:`{entry.formula}`"
                for entry in members
            ]
            lines.append("")
        container = nodes.container(classes=["activation-families"])
        self.state.nested_parse(StringList(lines, source=self.name), 0, container)
        return [container]


#: The parameter each slider moves, over what range, and where its chart is drawn.
SLIDERS: dict[str, tuple[str, float, float, tuple[float, float]]] = {
    "swish": ("beta", 0.0, 6.0, (-6.0, 4.0)),
    "squareplus": ("b", 0.0, 16.0, (-6.0, 6.0)),
    "leaky_relu": ("negative_slope", 0.0, 0.6, (-4.0, 4.0)),
    "prelu": ("weight", -0.6, 1.2, (-4.0, 4.0)),
    "elu": ("alpha", 0.0, 3.0, (-6.0, 4.0)),
    "celu": ("alpha", 0.1, 3.0, (-6.0, 4.0)),
    "softshrink": ("lambd", 0.0, 2.0, (-4.0, 4.0)),
    "hardshrink": ("lambd", 0.0, 2.0, (-4.0, 4.0)),
    "threshold": ("threshold", -2.0, 2.0, (-4.0, 4.0)),
    "snake": ("frequency", 0.25, 4.0, (-6.0, 6.0)),
}
STEPS = 25  # values of the parameter, from the lowest to the highest
POINTS = 201  # points of each curve


def _rounded(values: np.ndarray) -> list[float | None]:
    """Values to 5 significant digits (None where not finite), for the page's JSON."""
    return [float(f"{v:.5g}") if np.isfinite(v) else None for v in values.tolist()]


def slider_data(name: str) -> dict[str, Any]:
    """The curves of ``name`` and its derivative for each value of its slider's parameter."""
    entry = ACTIVATIONS[name]
    parameter, low, high, (left, right) = SLIDERS[name]
    x = np.linspace(left, right, POINTS)
    default = entry.parameters.get(parameter)
    if default is None:
        default = inspect.signature(entry.function).parameters[parameter].default
    values = np.linspace(low, high, STEPS)
    curves = []
    for value in values:
        arguments = {**entry.parameters, parameter: float(value)}
        # Gaps at the jumps, as in the figures (None in the JSON).
        curves.append(
            [
                _rounded(break_jumps(np.asarray(curve(x, **arguments), dtype=float)))
                for curve in (entry.function, entry.derivative)
            ]
        )
    return {
        "name": name,
        "parameter": parameter,
        "values": _rounded(values),
        "start": int(np.argmin(np.abs(values - default))),
        "x": _rounded(x),
        "curves": curves,
    }


class Slider(SphinxDirective):
    """A chart with a slider for the parameter of a function of :data:`SLIDERS`."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        if name not in SLIDERS:
            raise self.error(f"activation-slider: {name!r} has no slider; see SLIDERS")
        depend_on_the_package(self)
        data = slider_data(name)
        parameter = data["parameter"]
        low, high = data["values"][0], data["values"][-1]
        identifier = f"slider-{name}"
        # (json.dumps escapes no "<": "</" would end the script element)
        payload = json.dumps(data, separators=(",", ":")).replace("</", "<\\/")
        chart = (
            f'<div class="parameter-slider" id="{identifier}">'
            f'<script type="application/json">{payload}</script>'
            f'<div class="parameter-slider-chart" aria-hidden="true"></div>'
            f'<label class="parameter-slider-control"><code>{parameter}</code> = '
            f'<output for="{identifier}-input">{data["values"][data["start"]]:g}</output>'
            f'<input type="range" id="{identifier}-input" min="0" max="{STEPS - 1}"'
            f' step="1" value="{data["start"]}" aria-label="{parameter}"></label></div>'
        )
        caption = (
            f"Move the slider to change ``{parameter}`` from {low:g} to {high:g}: the chart"
            f" shows ``{name}`` (solid) and its derivative (dashed), as the package computed"
            " them when the page was built."
        )
        text, messages = self.state.inline_text(caption, self.lineno)
        paragraph = nodes.paragraph(caption, "", *text, classes=["parameter-slider-caption"])
        paragraph.source, paragraph.line = self.get_source_info()
        return [nodes.raw("", chart, format="html"), paragraph, *messages]


def _slider_scripts(
    app: Sphinx, _pagename: str, _template: str, context: dict[str, Any], _doctree: Any
) -> None:
    if 'class="parameter-slider"' in context.get("body", ""):
        app.add_js_file("vendor/uplot/uPlot.iife.min.js")
        app.add_js_file("parameter-slider.js")


def setup(app: Sphinx) -> dict[str, Any]:
    for name in CatalogueSection.parts:
        app.add_directive(name, CatalogueSection)
    app.add_directive("activation-families", Families)
    app.add_role("paper", paper_role)
    app.add_directive("activation-slider", Slider)
    app.connect("html-page-context", _slider_scripts)
    # On every page: one stylesheet for the whole site (one_stylesheet.py).
    app.add_css_file("vendor/uplot/uPlot.min.css")
    app.add_transform(InstallNote)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
