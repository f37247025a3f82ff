"""How closely a copy of a function agrees with the package, and where the textbook formula fails.

Each function's page on the site gives a short NumPy version to copy ("Copy
this") and checks it with :func:`compare` as the page is built: the build
fails if the copy drifts from the package.

The difference between two values ``copy`` and ``ours`` is measured as

.. math::

    \\frac{|\\mathrm{copy} - \\mathrm{ours}|}{\\max(|\\mathrm{ours}|, 1)},

the relative difference where the value is larger than 1 and the absolute
difference below; two equal infinities, or two NaNs, differ by 0. One unit
of this measure is the difference between 1 and the next float, so a copy
that agrees to the last bit or two differs by about ``2e-16`` in float64.

Examples
--------
>>> import numpy as np
>>> from activation_functions.agreement import compare
>>> def softplus(x):
...     return np.logaddexp(0.0, x)
>>> def softplus_derivative(x):
...     return np.exp(-np.logaddexp(0.0, -x))
>>> print(compare("softplus", softplus, softplus_derivative))
softplus, on 40,001 points from -1e+04 to 1e+04:
  the copy differs from activation_functions.softplus by at most 0
  and from activation_functions.softplus_derivative by at most 1.7e-16;
  the textbook formula is off from x = 709.783 (it gives inf),
  and NumPy warns of overflow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import naive
from .catalogue import ACTIVATIONS

__all__ = ["BOUND", "Comparison", "compare", "difference"]

#: The largest difference :func:`compare` accepts: 64 units of ``2.2e-16``.
BOUND = 64 * float(np.finfo(np.float64).eps)

#: Beyond this difference, the textbook formula counts as failed.
_FAILED = 1e-6


def difference(copy: Any, ours: Any) -> np.ndarray:
    """The difference between ``copy`` and ``ours``, value by value (see above)."""
    copy, ours = np.asarray(copy, dtype=float), np.asarray(ours, dtype=float)
    same = (copy == ours) | (np.isnan(copy) & np.isnan(ours))
    with np.errstate(invalid="ignore", over="ignore"):
        gap = np.abs(copy - ours) / np.maximum(np.abs(ours), 1.0)
    return np.where(same, 0.0, np.where(np.isnan(gap), np.inf, gap))


def _values() -> np.ndarray:
    """Inputs from -1e4 to 1e4: 0, 20,000 magnitudes spaced evenly in log, both signs."""
    magnitudes = np.geomspace(1e-8, 1e4, 20_000)
    return np.concatenate([-magnitudes[::-1], [0.0], magnitudes])


def _pairs() -> np.ndarray:
    """Rows ``(a, b)`` for a gated unit: every pair from 401 values from -1e3 to 1e3."""
    magnitudes = np.geomspace(1e-4, 1e3, 200)
    values = np.concatenate([-magnitudes[::-1], [0.0], magnitudes])
    a, b = np.meshgrid(values, values)
    return np.stack([a.ravel(), b.ravel()], axis=-1)


def _scores() -> np.ndarray:
    """2,000 rows of 8 scores, from a standard normal times scales from 1e-3 to 1e3."""
    rng = np.random.default_rng(0)
    scales = np.geomspace(1e-3, 1e3, 2_000)[:, np.newaxis]
    return rng.standard_normal((2_000, 8)) * scales


@dataclass(frozen=True)
class Comparison:
    """What :func:`compare` found; printed, it says it in a sentence."""

    name: str
    inputs: np.ndarray
    function_difference: float
    derivative_difference: float | None
    naive_fails_at: Any  # the input nearest 0 where the textbook formula fails, or None
    naive_gives: float | None
    naive_warns: str  # the floating-point errors NumPy warns of, e.g. "overflow"

    def __str__(self) -> str:
        entry = ACTIVATIONS[self.name]
        if entry.kind == "elementwise":
            low, high = self.inputs.min(), self.inputs.max()
            where = f"on {self.inputs.size:,} points from {low:.0e} to {high:.0e}"
        elif entry.kind == "gated":
            where = f"on {len(self.inputs):,} pairs (a, b) from -1e+03 to 1e+03"
        else:
            where = f"on {len(self.inputs):,} rows of {self.inputs.shape[1]} scores up to 1e+03"
        lines = [f"{self.name}, {where}:"]
        differs = f"  the copy differs from activation_functions.{self.name}"
        lines.append(f"{differs} by at most {self.function_difference:.2g}")
        if self.derivative_difference is not None:
            companion = "jacobian" if entry.kind == "softmax" else "derivative"
            lines.append(
                f"  and from activation_functions.{self.name}_{companion}"
                f" by at most {self.derivative_difference:.2g}"
            )
        if self.naive_fails_at is None:
            textbook = "  the textbook formula agrees here too"
        elif entry.elementwise:
            textbook = (
                f"  the textbook formula is off from x = {self.naive_fails_at:.6g}"
                f" (it gives {self.naive_gives:.4g})"
            )
        else:
            textbook = (
                f"  the textbook formula fails on rows with scores of {self.naive_fails_at:.3g}"
                f" (it gives {self.naive_gives:.4g})"
            )
        lines[-1] += ";"
        lines.append(textbook + ("," if self.naive_warns else "."))
        if self.naive_warns:
            lines.append(f"  and NumPy warns of {self.naive_warns}.")
        return "\n".join(lines)


def _warnings_of(formula: Callable[[Any], Any], inputs: np.ndarray) -> tuple[np.ndarray, str]:
    """The formula's values, and the floating-point errors NumPy would warn of, if any."""
    kinds: list[str] = []
    with np.errstate(all="call", under="ignore"):
        previous = np.seterrcall(lambda kind, _flag: kinds.append(kind))
        try:
            values = np.asarray(formula(inputs), dtype=float)
        finally:
            np.seterrcall(previous)
    return values, " and ".join(dict.fromkeys(kinds))


def _naive_failure(
    name: str, inputs: np.ndarray, textbook: np.ndarray, ours: np.ndarray
) -> tuple[Any, float | None]:
    """The input nearest 0 where the textbook values differ from ours, and its value."""
    gap = difference(textbook, ours)
    if ACTIVATIONS[name].elementwise:
        failed = gap > _FAILED
        if not failed.any():
            return None, None
        nearest = int(np.argmin(np.where(failed, np.abs(inputs), np.inf)))
        return _edge(
            name, inputs[nearest], inputs[nearest - 1 if inputs[nearest] > 0 else nearest + 1]
        )
    rows = (gap > _FAILED).reshape(len(inputs), -1).any(axis=1)
    if not rows.any():
        return None, None
    size = np.max(np.abs(inputs), axis=1)
    row = int(np.argmin(np.where(rows, size, np.inf)))
    worst = np.argmax(gap.reshape(len(inputs), -1)[row])
    return float(size[row]), float(textbook.reshape(len(inputs), -1)[row][worst])


def _edge(name: str, failing: float, passing: float) -> tuple[float, float]:
    """Bisect between a failing and a passing input for where the formula starts to fail."""
    entry, formula = ACTIVATIONS[name], naive.FORMULAS[name]

    def fails(x: float) -> bool:
        point = np.array([x])
        with np.errstate(all="ignore"):
            return bool(difference(formula(point), entry(point))[0] > _FAILED)

    for _ in range(100):
        middle = (failing + passing) / 2
        if middle in (failing, passing):
            break
        failing, passing = (middle, passing) if fails(middle) else (failing, middle)
    with np.errstate(all="ignore"):
        return float(failing), float(formula(np.array([failing]))[0])


def compare(
    name: str,
    function: Callable[..., Any],
    derivative: Callable[..., Any] | None = None,
) -> Comparison:
    """Compare a copy of the function ``name`` (and of its derivative) with the package.

    Parameters
    ----------
    name : str
        The function's name in :data:`~activation_functions.ACTIVATIONS`.
    function, derivative : callable
        The copy, called with one float64 array (and the catalogue's
        parameters, for functions without defaults). For a gated unit the
        array has rows ``(a, b)`` and the derivative is the gradient of the
        sum of the values, shaped like the input; for the softmax family the
        rows are vectors of scores and ``derivative`` returns their Jacobian
        matrices.

    Returns
    -------
    Comparison
        The largest differences and where the textbook formula of
        :data:`activation_functions.naive.FORMULAS` fails.

    Raises
    ------
    AssertionError
        If the copy differs from the package by more than :data:`BOUND`.
    """
    entry = ACTIVATIONS[name]
    inputs = {"elementwise": _values, "gated": _pairs, "softmax": _scores}[entry.kind]()
    ours = np.asarray(entry(inputs))
    function_difference = float(difference(function(inputs, **entry.parameters), ours).max())
    derivative_difference = None
    if derivative is not None:
        exact = entry.jacobian(inputs) if entry.jacobian else entry.derivative_at(inputs)
        copied = derivative(inputs, **entry.parameters)
        derivative_difference = float(difference(copied, exact).max())
    worst = max(function_difference, derivative_difference or 0.0)
    if not worst <= BOUND:
        raise AssertionError(
            f"compare: the copy of {name} differs from the package by {worst:.3g},"
            f" more than {BOUND:.3g}"
        )
    textbook, warns = _warnings_of(naive.FORMULAS[name], inputs)
    fails_at, gives = _naive_failure(name, inputs, textbook, ours)
    return Comparison(
        name, inputs, function_difference, derivative_difference, fails_at, gives, warns
    )
