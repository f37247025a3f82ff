"""The standard normal CDF below 0, for GELU, to about an ulp.

``x_times_mills`` evaluates the polynomial pieces of ``_normal_tail`` (fitted
by ``tools/fit_normal_tail.py``) as Horner's scheme with the last step in
compensated arithmetic.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._compensated import two_product, two_sum
from ._normal_tail import MILLS, X_TIMES_MILLS

__all__ = ["evaluate_piece", "x_times_mills"]

FloatArray = NDArray[np.floating[Any]]
Piece = tuple[float, float, float, float, tuple[float, ...]]


def evaluate_piece(
    x: FloatArray, centre: float, half_width: float, coefficients: tuple[float, ...]
) -> FloatArray:
    """Evaluate one piece at ``x``: Horner, with the last step compensated."""
    t = (x - centre) / half_width
    rest = np.full_like(t, coefficients[-1])
    for coefficient in coefficients[-2:0:-1]:
        rest *= t
        rest += coefficient
    # c0 + t * rest carries the result; doing it exactly keeps the
    # evaluation error near half a unit.
    product, product_error = two_product(t, rest)
    total, total_error = two_sum(np.full_like(t, coefficients[0]), product)
    return total + (total_error + product_error)


def _evaluate(pieces: tuple[Piece, ...], x: FloatArray) -> FloatArray:
    result = np.empty_like(x)
    for low, high, centre, half_width, coefficients in pieces:
        inside = (x >= low) & (x <= high)
        if np.any(inside):
            result[inside] = evaluate_piece(x[inside], centre, half_width, coefficients)
    return result


def x_times_mills(x: FloatArray) -> FloatArray:
    """Return x Phi(x) exp(x**2 / 2) for x in [-40, 0] (1-d array)."""
    result = np.empty_like(x)
    far = x <= -1.0
    result[far] = _evaluate(X_TIMES_MILLS, x[far])
    near = ~far
    result[near] = x[near] * _evaluate(MILLS, x[near])
    return result
