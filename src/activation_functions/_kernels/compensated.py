"""Error-free transformations: exact sums and products as pairs of floats.

Some tails need an argument to more than double precision. When a function's
condition number is large (the Gaussian tail of GELU, where an error of one
unit in ``x**2`` becomes hundreds of units in ``exp(-x**2 / 2)``), the rounding
of the argument must be carried along as a second, small float. These are
Dekker's and Knuth's classic algorithms, written with NumPy operations.

References
----------
.. [1] T. J. Dekker, "A floating-point technique for extending the available
   precision", Numerische Mathematik 18, 224-242, 1971.
.. [2] D. E. Knuth, The Art of Computer Programming, vol. 2, 3rd ed., 1997,
   section 4.2.2.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["accurate_sum", "two_product", "two_square", "two_sum"]

FloatArray = NDArray[np.floating[Any]]

# Veltkamp's constant 2**27 + 1 splits a float64 into two 26-bit halves.
_SPLITTER = 134217729.0


def _split(a: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Veltkamp's split: ``high + low == a``, each half with 26 significant bits."""
    scaled = a * _SPLITTER
    high = scaled - (scaled - a)
    return high, a - high


def two_sum(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``s, e`` with ``s = fl(a + b)`` and ``s + e == a + b`` exactly (Knuth)."""
    s = a + b
    b_virtual = s - a
    a_virtual = s - b_virtual
    return s, (a - a_virtual) + (b - b_virtual)


def accurate_sum(values: FloatArray, plain_sum: Callable[[FloatArray], FloatArray]) -> FloatArray:
    """Sum non-negative ``values`` as ``plain_sum`` does, to about one rounding.

    A float64 sum of ``n`` numbers can be off by several units in the last
    place, which a softmax passes on to every probability. Here each number
    is split as ``x = high + low`` where every ``high`` is a multiple of
    ``2**-53 sigma`` for a power of two ``sigma`` above twice the sum
    (Rump's ExtractVector [3]_): the ``high`` parts then add up exactly,
    and the ``low`` parts, each below ``2**-53 sigma``, add up with errors
    far below the sum's last unit. ``plain_sum(array)`` is any sum along an
    axis, keeping it; it gives ``sigma`` and adds up the parts. That is
    three passes and three plain sums, and each slice's result depends on
    that slice only. The values must be finite and their sum below 2**1023
    (else the result is NaN, with an "invalid" warning unless the caller
    silences it).

    .. [3] S. M. Rump, T. Ogita and S. Oishi, "Accurate floating-point
       summation part I: faithful rounding", SIAM Journal on Scientific
       Computing 31, 189-224, 2008.
    """
    _, exponent = np.frexp(plain_sum(values))  # sum < 2**exponent
    sigma = np.ldexp(1.0, exponent + 1)
    high = np.add(values, sigma)
    high -= sigma
    low = np.subtract(values, high)
    total = plain_sum(high)
    total += plain_sum(low)
    return total


def two_product(a: FloatArray | float, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``p, e`` with ``p = fl(a * b)`` and ``p + e == a * b`` exactly (Dekker).

    Valid while ``|a|`` and ``|b|`` are below about 1e300 (the split must not
    overflow) and the product does not underflow.
    """
    a = np.asarray(a, dtype=np.float64)
    p = a * b
    a_high, a_low = _split(a)
    b_high, b_low = _split(b)
    # Each product and each sum here is exact.
    e = ((a_high * b_high - p) + a_high * b_low + a_low * b_high) + a_low * b_low
    return p, e


def two_square(a: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``p, e`` with ``p = fl(a * a)`` and ``p + e == a * a`` exactly.

    :func:`two_product` of ``a`` with itself, splitting ``a`` once; the same
    conditions apply.
    """
    p = a * a
    high, low = _split(a)
    cross = high * low
    e = ((high * high - p) + cross + cross) + low * low
    return p, e
