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

from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["two_product", "two_square", "two_sum"]

FloatArray = NDArray[np.floating[Any]]

# Veltkamp's constant 2**27 + 1 splits a float64 into two 26-bit halves.
_SPLITTER = 134217729.0

# The operations below write into as few new arrays as they can: on large
# arrays each fresh temporary costs more (in page faults) than the arithmetic.


def _split(a: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Veltkamp's split: ``high + low == a``, each half with 26 significant bits."""
    if np.ndim(a) == 0:  # a scalar: no buffers to reuse
        scaled = a * _SPLITTER
        high = scaled - (scaled - a)
        return high, a - high
    high = np.multiply(a, _SPLITTER)
    low = np.subtract(high, a)
    np.subtract(high, low, out=high)  # (2**27 + 1) a - ((2**27 + 1) a - a)
    return high, np.subtract(a, high, out=low)


def two_sum(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``s, e`` with ``s = fl(a + b)`` and ``s + e == a + b`` exactly."""
    # Knuth's six operations, in two buffers besides the sum.
    s = np.add(a, b)
    b_virtual = np.subtract(s, a)
    a_virtual = np.subtract(s, b_virtual)
    np.subtract(a, a_virtual, out=a_virtual)  # the part of a lost in s
    np.subtract(b, b_virtual, out=b_virtual)  # the part of b lost in s
    return s, np.add(a_virtual, b_virtual, out=a_virtual)


def two_product(a: FloatArray | float, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``p, e`` with ``p = fl(a * b)`` and ``p + e == a * b`` exactly.

    Valid while ``|a|`` and ``|b|`` are below about 1e300 (the split must not
    overflow) and the product does not underflow.
    """
    a = np.asarray(a, dtype=np.float64)
    p = a * b
    a_high, a_low = _split(a)
    b_high, b_low = _split(b)
    # e = ((a_high b_high - p) + a_high b_low + a_low b_high) + a_low b_low:
    # each product and each sum is exact (Dekker).
    e = np.multiply(a_high, b_high)
    e -= p
    e += a_high * b_low
    e += np.multiply(a_low, b_high, out=b_high)
    e += np.multiply(a_low, b_low, out=b_low)
    return p, e


def two_square(a: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``p, e`` with ``p = fl(a * a)`` and ``p + e == a * a`` exactly.

    :func:`two_product` of ``a`` with itself, splitting ``a`` once; the same
    conditions apply.
    """
    p = a * a
    high, low = _split(a)
    e = np.multiply(high, high)
    e -= p
    # The two cross terms high * low, added one after the other as in
    # two_product (each sum is exact, so the order does not matter).
    np.multiply(high, low, out=high)
    e += high
    e += high
    e += np.multiply(low, low, out=low)
    return p, e
