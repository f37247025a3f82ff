"""Shrinkage functions, which pull small values to (or towards) zero."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._arrays import as_float_array, by_blocks, check_parameter, keep_nan, restore

__all__ = [
    "hardshrink",
    "hardshrink_derivative",
    "softshrink",
    "softshrink_derivative",
    "tanhshrink",
    "tanhshrink_derivative",
]

FloatArray = NDArray[np.floating[Any]]

# x - tanh(x) = x q / (1 + q) with q = s / (3 + s / (5 + s / (7 + ...))),
# s = x**2, from Lambert's continued fraction for tanh. Truncated after the
# term 23 and written as one rational function of s, x q / (1 + q) =
# x s P(s) / Q(s) with these integer coefficients (lowest degree first). For
# |x| < 2 the truncation error is below 1.1e-18 relative, and since every
# coefficient is positive nothing cancels. float32 needs less: truncated
# after the term 15, the error is below 1.7e-10. (Both are evaluated in
# float64: in float32 arithmetic the rounding errors of the ratio add up to
# 4.2 ulp, found by tools/check_float32.py.)
_TANHSHRINK_P_FLOAT32: tuple[float, ...] = (675675.0, 45045.0, 594.0, 1.0)
_TANHSHRINK_Q_FLOAT32: tuple[float, ...] = (2027025.0, 945945.0, 51975.0, 630.0, 1.0)
_TANHSHRINK_P: tuple[float, ...] = (
    105411381075.0,
    8249586345.0,
    174594420.0,
    1276275.0,
    2925.0,
    1.0,
)
_TANHSHRINK_Q: tuple[float, ...] = (
    316234143225.0,
    151242416325.0,
    9820936125.0,
    192972780.0,
    1351350.0,
    3003.0,
    1.0,
)
_TANHSHRINK_COEFFICIENTS = {
    np.dtype(np.float32): (_TANHSHRINK_P_FLOAT32, _TANHSHRINK_Q_FLOAT32),
    np.dtype(np.float64): (_TANHSHRINK_P, _TANHSHRINK_Q),
}
# Below this the rational form is used. From here up, x - tanh(x) loses
# at most a bit or so to cancellation: tanhshrink's worst error is 1.90 ulp
# over every float32 (at x = 1.2509, tools/check_float32.py), and the
# subtraction's 1.4 ulp in float64 (mpmath, 200,000 points from 0.9 to 2).
_TANHSHRINK_RATIONAL_LIMIT = 1.25


def _monic_horner(coefficients: tuple[Any, ...], s: FloatArray) -> FloatArray:
    """The polynomial in s with these coefficients (the last one 1)."""
    result: FloatArray = np.add(s, coefficients[-2])
    for coefficient in coefficients[-3::-1]:
        result *= s
        result += coefficient
    return result


def _shrink_derivative(values: FloatArray, lambd: float) -> FloatArray:
    return keep_nan((np.abs(values) > lambd).astype(values.dtype), values)


def softshrink(x: ArrayLike, lambd: float = 0.5) -> Any:
    r"""Soft shrinkage: moves every value towards 0 by ``lambd``, stopping at 0.

    .. math::

        \operatorname{softshrink}(x) = \begin{cases} x - \lambda & x > \lambda \\
            0 & |x| \le \lambda \\ x + \lambda & x < -\lambda \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.
    lambd : float, optional
        The shrinkage :math:`\lambda \ge 0`; 0.5 by default, as in PyTorch.

    Returns
    -------
    ndarray or scalar

    See Also
    --------
    hardshrink

    Notes
    -----
    The proximal operator of :math:`\lambda |x|`, used in sparse coding and
    wavelet denoising. Computed as ``x - clip(x, -lambd, lambd)``, which
    propagates NaN.

    References
    ----------
    .. [1] D. L. Donoho, "De-noising by soft-thresholding", IEEE Transactions
       on Information Theory 41, 613-627, 1995.

    Examples
    --------
    >>> from activation_functions import softshrink
    >>> softshrink([-2.0, 0.3, 1.5])
    array([-1.5,  0. ,  1. ])
    """
    values, output = as_float_array(x, "softshrink", "same")
    lambd = check_parameter(lambd, "lambd", "softshrink", nonnegative=True)
    return restore(values - values.clip(-lambd, lambd), output)


def softshrink_derivative(x: ArrayLike, lambd: float = 0.5) -> Any:
    r"""Derivative of :func:`softshrink`: 1 for :math:`|x| > \lambda`, 0 otherwise.

    Examples
    --------
    >>> from activation_functions import softshrink_derivative
    >>> softshrink_derivative([-2.0, 0.5, 1.5])
    array([1., 0., 1.])
    """
    values, output = as_float_array(x, "softshrink_derivative", "same")
    lambd = check_parameter(lambd, "lambd", "softshrink_derivative", nonnegative=True)
    return restore(_shrink_derivative(values, lambd), output)


def hardshrink(x: ArrayLike, lambd: float = 0.5) -> Any:
    r"""Hard shrinkage: sets values with :math:`|x| \le \lambda` to 0, keeps the rest.

    .. math::

        \operatorname{hardshrink}(x) = \begin{cases} x & |x| > \lambda \\
            0 & |x| \le \lambda \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.
    lambd : float, optional
        The threshold :math:`\lambda \ge 0`; 0.5 by default, as in PyTorch.

    Returns
    -------
    ndarray or scalar

    See Also
    --------
    softshrink, threshold

    Notes
    -----
    Discontinuous at :math:`\pm\lambda`.

    References
    ----------
    .. [1] D. L. Donoho and I. M. Johnstone, "Ideal spatial adaptation by
       wavelet shrinkage", Biometrika 81, 425-455, 1994.

    Examples
    --------
    >>> from activation_functions import hardshrink
    >>> hardshrink([-2.0, 0.3, 1.5])
    array([-2. ,  0. ,  1.5])
    """
    values, output = as_float_array(x, "hardshrink", "same")
    lambd = check_parameter(lambd, "lambd", "hardshrink", nonnegative=True)
    # x * [|x| > lambd]: arithmetic instead of a branch per element; NaN stays.
    return restore(values * (np.abs(values) > lambd), output)


def hardshrink_derivative(x: ArrayLike, lambd: float = 0.5) -> Any:
    r"""Derivative of :func:`hardshrink` away from its jumps: 1 for :math:`|x| > \lambda`, 0 otherwise.

    Examples
    --------
    >>> from activation_functions import hardshrink_derivative
    >>> hardshrink_derivative([-2.0, 0.5, 1.5])
    array([1., 0., 1.])
    """
    values, output = as_float_array(x, "hardshrink_derivative", "same")
    lambd = check_parameter(lambd, "lambd", "hardshrink_derivative", nonnegative=True)
    return restore(_shrink_derivative(values, lambd), output)


def tanhshrink(x: ArrayLike) -> Any:
    r"""Tanh shrinkage: the input minus its tanh.

    .. math::

        \operatorname{tanhshrink}(x) = x - \tanh(x)

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-\infty, \infty)`; about :math:`x^3/3` near 0.

    See Also
    --------
    tanh

    Notes
    -----
    Near 0 the subtraction ``x - tanh(x)`` loses most digits (all of them
    below :math:`|x| \approx 10^{-8}`). For :math:`|x| < 1.25` this function
    uses Lambert's continued fraction for tanh, rearranged so that the
    difference is a ratio of two polynomials with positive coefficients.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import tanhshrink
    >>> tanhshrink([1e-6, 1.0, 10.0])
    array([3.33333333e-19, 2.38405844e-01, 9.00000000e+00])
    >>> print(1e-6 - np.tanh(1e-6))  # the naive subtraction
    3.333074647445672e-19
    """
    values, output = as_float_array(x, "tanhshrink", "single")
    return restore(by_blocks(_tanhshrink, values), output)


def _tanhshrink(values: FloatArray) -> FloatArray:
    """Return x - tanh(x), with the rational form (in float64) below the limit.

    Each form is computed on every element where it is used by most of
    them, and on the others gathered by index (a boolean gather costs
    several times as much on large arrays).
    """
    small = np.abs(values) < _TANHSHRINK_RATIONAL_LIMIT  # (False for NaN)
    small_count = np.count_nonzero(small)
    if 2 * small_count <= values.size:
        result = _direct(values)
        if small_count:
            where = np.flatnonzero(small)
            np.put(result, where, _rational(values.take(where)))
        return result
    result = _rational(values.clip(-_TANHSHRINK_RATIONAL_LIMIT, _TANHSHRINK_RATIONAL_LIMIT))
    result = result.astype(values.dtype, copy=False)
    if small_count < values.size:
        where = np.flatnonzero(np.logical_not(small))
        np.put(result, where, _direct(values.take(where)))
    return result


def _direct(values: FloatArray) -> FloatArray:
    result = np.tanh(values)
    return np.subtract(values, result, out=result)


def _rational(values: FloatArray) -> FloatArray:
    """x s P(s) / Q(s) in float64, for |x| below the limit."""
    numerator, denominator = _TANHSHRINK_COEFFICIENTS[values.dtype]
    x = values.astype(np.float64, copy=False)
    s = np.multiply(x, x)
    ratio = _monic_horner(numerator, s)
    ratio *= s
    ratio *= x
    ratio /= _monic_horner(denominator, s)
    return ratio


def tanhshrink_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`tanhshrink`.

    .. math::

        \operatorname{tanhshrink}'(x) = \tanh^2(x)

    Examples
    --------
    >>> from activation_functions import tanhshrink_derivative
    >>> print(tanhshrink_derivative(0.0))
    0.0
    """
    values, output = as_float_array(x, "tanhshrink_derivative", "single")
    return restore(np.tanh(values) ** 2, output)
