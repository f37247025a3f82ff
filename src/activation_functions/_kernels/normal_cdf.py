"""The standard normal CDF below 0, for GELU, to about an ulp.

The polynomial pieces of :mod:`.normal_tail` (fitted by
``tools/fit_normal_tail.py``) are evaluated by Horner's scheme, every element
with the coefficients of its piece, and the Gaussian factor with its argument
carried exactly.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from .compensated import two_square
from .normal_tail import MILLS, X_TIMES_MILLS

__all__ = ["evaluate_piece", "exp_minus_half_square", "x_times_cdf", "x_times_mills"]

FloatArray = NDArray[np.floating[Any]]

# One table for both kinds of piece: x Phi(x) exp(x**2 / 2) on [-40, -1], and
# Phi(x) exp(x**2 / 2) on [-1, 0], to be multiplied by x. A last, zero piece
# from 0 up takes the argument outside the tail, 0. The pieces'
# starts (increasing), centres, half-widths, and coefficients (a column each).
_PIECES = (*X_TIMES_MILLS, *MILLS, (0.0, np.inf, 0.0, 1.0, (0.0,) * len(MILLS[0][4])))
_STARTS, _CENTRES, _HALF_WIDTHS = (np.array([p[i] for p in _PIECES]) for i in (0, 2, 3))
_COEFFICIENTS = np.ascontiguousarray(np.array([p[4] for p in _PIECES]).T)  # all of one degree
_NEAR = -1.0  # from here on, pieces of Phi(x) exp(x**2 / 2)
_OUTSIDE = len(_PIECES) - 1
# Every piece starts at a multiple of 1/4, so the piece of x in [-40, 0] is
# looked up by q = ceil(-4 x), exact: q = 0 at x = 0, and q >= 1 for x in
# [-q/4, -(q - 1)/4), which lies in one piece (tests/test_normal_tail.py
# checks both).
_PIECE_BY_QUARTER = np.array(
    [_OUTSIDE] + [np.searchsorted(_STARTS, -q / 4.0, side="right") - 1 for q in range(1, 161)],
    dtype=np.uint8,
)


def _horner(t: FloatArray, coefficients: FloatArray) -> FloatArray:
    """The polynomial in t, each coefficient a scalar or one per element of t.

    Plain Horner's scheme: the pieces vary so little over their intervals
    that its last step, c0 + t * rest, is rounded once with nothing to cancel
    (compensating it was measured to gain 0.09 units at most).
    """
    result: FloatArray = np.multiply(t, coefficients[-1])
    for coefficient in coefficients[-2:0:-1]:
        result += coefficient
        result *= t
    result += coefficients[0]
    return result


def evaluate_piece(
    x: FloatArray, centre: float, half_width: float, coefficients: FloatArray
) -> FloatArray:
    """The polynomial of one piece at each element of x."""
    return _horner((x - centre) / half_width, coefficients)


def _pieces(x: FloatArray) -> NDArray[np.uint8]:
    """The last piece that starts at or below each x in [-40, 0] (at a
    boundary, the upper one)."""
    quarters = np.multiply(x, -4.0)
    np.ceil(quarters, out=quarters)
    return _PIECE_BY_QUARTER[quarters.astype(np.intp)]


def _gathered(x: FloatArray, piece: NDArray[np.uint8]) -> FloatArray:
    """x Phi(x) exp(x**2 / 2), each element with its own piece's coefficients.

    At x = 0 (outside the tail) it gives 0.
    """
    t = (x - _CENTRES[piece]) / _HALF_WIDTHS[piece]
    result = _horner(t, _COEFFICIENTS[:, piece])
    np.multiply(result, x, out=result, where=x >= _NEAR)
    return result


def exp_minus_half_square(values: FloatArray) -> FloatArray:
    """Return exp(-x**2 / 2) without the error of rounding x**2 (|x| <= 40)."""
    # Rounding x**2 costs x**2 / 2 units in the last place of the result
    # (about 600 near x = -35); carrying the rounding error as a correction
    # factor removes it.
    square, error = two_square(values)
    square *= -0.5
    result = np.exp(square, out=square)
    error *= -0.5
    error += 1.0
    result *= error  # exp(-x**2 / 2) (1 - error / 2)
    return result


def x_times_mills(x: FloatArray) -> FloatArray:
    """Return x Phi(x) exp(x**2 / 2) for x in [-40, 0] (0 at x = 0)."""
    return _gathered(x, _pieces(x))


def x_times_cdf(x: FloatArray) -> FloatArray:
    """Return x Phi(x) for x in [-40, 0] (no NaN), as G(x) exp(-x**2 / 2)."""
    return x_times_mills(x) * exp_minus_half_square(x)
