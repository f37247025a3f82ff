"""The field guide's figure style, and a plot of a function beside its derivative.

Every figure on the site is drawn with this style, so that colours, fonts and
line widths agree from page to page. It needs matplotlib, which the package
itself does not: ``python -m pip install "activation-functions[plot]"``.

Figures are drawn with English words; the site's build draws the Japanese
edition's copy of each from the same computed figure, with its words
translated. Latin text is set in DejaVu Sans (matplotlib's own font),
Japanese in IPAexGothic, which the ``plot`` extra installs with
``matplotlib-fontja``; without it, Japanese characters would be drawn as
empty boxes.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from activation_functions import mish, mish_derivative
>>> from activation_functions.plotting import plot_activation, use_style
>>> use_style()
>>> axes = plot_activation(mish, mish_derivative, name="mish")
>>> print(axes.get_title())
mish and its derivative
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["COLORS", "STYLE", "break_jumps", "plot_activation", "use_style"]

#: Okabe and Ito's palette, told apart with every common colour-vision deficiency.
COLORS = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "green": "#009E73",
    "orange": "#E69F00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}

#: matplotlib settings shared by every figure of the site.
STYLE: dict[str, Any] = {
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "figure.constrained_layout.use": True,
    "font.size": 11.0,
    "axes.titlesize": 12.0,
    "axes.labelsize": 11.0,
    "axes.grid": True,
    "grid.alpha": 0.35,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "lines.linewidth": 2.0,
    "legend.frameon": False,
    # Japanese glyphs come from the second font (see use_style).
    "font.family": ["DejaVu Sans", "IPAexGothic"],
    # Fixed identifiers, so that a rebuild writes identical SVG files.
    "svg.hashsalt": "activation-functions",
}


def use_style() -> None:
    """Apply :data:`STYLE` and the colour cycle of :data:`COLORS` to matplotlib.

    Also registers the Japanese font of ``matplotlib-fontja`` with matplotlib
    when it is installed.
    """
    import matplotlib.style  # noqa: PLC0415 (matplotlib is optional)
    from cycler import cycler  # noqa: PLC0415

    with contextlib.suppress(ImportError):
        import matplotlib_fontja  # noqa: F401, PLC0415 (registers IPAexGothic on import)
    matplotlib.style.use({**STYLE, "axes.prop_cycle": cycler(color=list(COLORS.values()))})


def break_jumps(y: np.ndarray) -> np.ndarray:
    """A copy of ``y`` with NaN where it jumps, so that a plot shows a gap, not a vertical line.

    A jump is a step between neighbours more than ten times the larger of
    the steps on either side of it (at a kink, the steps on either side
    differ, but neither is small beside the one between them).
    """
    steps = np.abs(np.diff(y.astype(float)))
    around = np.maximum(np.pad(steps, (1, 0))[:-1], np.pad(steps, (0, 1))[1:])
    finite = y[np.isfinite(y)]
    scale = float(np.ptp(finite)) if finite.size else 0.0
    jumps = (steps > 10 * around) & (steps > 1e-3 * (scale or 1.0))
    broken = y.astype(float)
    broken[1:][jumps] = np.nan
    return broken


def _jumps(
    function: Callable[[Any], Any], x: np.ndarray, y: np.ndarray
) -> list[tuple[float, float, float]]:
    """Where ``y`` jumps: the point, the value there, and the limit from the other side.

    Each jump that :func:`break_jumps` finds between two neighbours of ``x``
    is narrowed by bisection to two adjacent floats; the point of the jump
    is the one of the two written with fewer digits (``0.5``, not
    ``0.49999999999999994``).
    """
    broken = np.isnan(break_jumps(y)) & ~np.isnan(y)
    found = []
    for i in np.flatnonzero(broken):
        left, right = float(x[i - 1]), float(x[i])

        def at(t: float) -> float:
            return float(function(np.array([t]))[0])

        value_left, value_right = at(left), at(right)
        while np.nextafter(left, right) != right:
            middle = left + (right - left) / 2
            if middle in (left, right):
                middle = float(np.nextafter(left, right))
            value = at(middle)
            # The middle is on the side whose value is nearer: the jump is the far one.
            if abs(value - value_left) <= abs(value - value_right):
                left, value_left = middle, value
            else:
                right, value_right = middle, value
        if len(repr(left)) <= len(repr(right)):
            found.append((left, value_left, value_right))
        else:
            found.append((right, value_right, value_left))
    return found


def plot_activation(
    function: Callable[..., Any],
    derivative: Callable[..., Any] | None = None,
    *,
    name: str | None = None,
    x: ArrayLike | None = None,
    ax: Axes | None = None,
    title: bool = True,
    **parameters: Any,
) -> Axes:
    """Plot ``function`` on ``x``, with its derivative dashed, and return the axes.

    Parameters
    ----------
    function : callable
        An activation function of this package (or any elementwise function).
    derivative : callable, optional
        Its derivative, drawn dashed.
    name : str, optional
        The name in the legend and title; the function's ``__name__`` by default.
    x : array_like, optional
        Where to evaluate; 1001 points from -5 to 5 by default.
    ax : matplotlib.axes.Axes, optional
        The axes to draw on; a new figure by default.
    title : bool, optional
        Whether to title the axes (False where a caption or the text around
        the figure says what it shows).
    **parameters
        Passed to both ``function`` and ``derivative``, and written as the
        legend's title.

    Returns
    -------
    matplotlib.axes.Axes
        The axes, titled "``name`` and its derivative", or ``name`` alone
        when there is no derivative (on the site's gallery pages, the title
        is also the figure's alternative text).
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415 (matplotlib is optional)

    name = name or function.__name__
    x = np.linspace(-5.0, 5.0, 1001) if x is None else np.asarray(x, dtype=float)
    if ax is None:
        _, ax = plt.subplots()
    curves = [(function, "-", f"{name}(x)")]
    heading = name
    if derivative is not None:
        curves.append((derivative, "--", f"{name}'(x)"))
        heading = f"{name} and its derivative"
    for curve, linestyle, label in curves:
        y = np.asarray(curve(x, **parameters), dtype=float)
        (line,) = ax.plot(x, break_jumps(y), linestyle=linestyle, label=label)
        for point, value, limit in _jumps(functools.partial(curve, **parameters), x, y):
            color = line.get_color()
            ax.plot([point], [limit], "o", color=color, markerfacecolor="white", zorder=3)
            ax.plot([point], [value], "o", color=color, zorder=3)
    ax.axhline(0.0, color=COLORS["black"], linewidth=0.8)
    ax.axvline(0.0, color=COLORS["black"], linewidth=0.8)
    ax.set_xlabel("x")
    if title:
        ax.set_title(heading)
    written = ", ".join(f"{key} = {value:g}" for key, value in parameters.items())
    ax.legend(title=written or None)
    return ax
