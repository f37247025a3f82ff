"""Shrinkage functions, which pull small values to (or towards) zero."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._kernels.arrays import FloatArray, Result, apply, check_parameter, keep_nan

__all__ = [
    "hardshrink",
    "hardshrink_derivative",
    "softshrink",
    "softshrink_derivative",
    "tanhshrink",
    "tanhshrink_derivative",
]

# x - tanh(x) = x q / (1 + q) with q = s / (3 + s / (5 + s / (7 + ...))),
# s = x**2, from Lambert's continued fraction for tanh. Truncated after the
# term 23 and written as one rational function of s, x q / (1 + q) =
# x s P(s) / Q(s) with these integer coefficients (lowest degree first). For
# |x| < 2 the truncation error is below 1.1e-18 relative, and since every
# coefficient is positive nothing cancels. Truncated after the term 15, the
# error is below 1.7e-10: enough for float32 and float16 input, in half the
# operations.
_TANHSHRINK_P_SHORT = (675675.0, 45045.0, 594.0, 1.0)
_TANHSHRINK_Q_SHORT = (2027025.0, 945945.0, 51975.0, 630.0, 1.0)
_TANHSHRINK_P = (105411381075.0, 8249586345.0, 174594420.0, 1276275.0, 2925.0, 1.0)
_TANHSHRINK_Q = (
    316234143225.0,
    151242416325.0,
    9820936125.0,
    192972780.0,
    1351350.0,
    3003.0,
    1.0,
)
# Below this the rational form is used; above, x - tanh(x) loses at most a
# bit or so to cancellation.
_TANHSHRINK_RATIONAL_LIMIT = 1.25


def _shrink_arguments(lambd: float, function: str) -> float:
    return check_parameter(lambd, "lambd", function, nonnegative=True)


def _outside(x: FloatArray, lambd: float) -> FloatArray:
    """1 where |x| > lambd, else 0; NaN stays NaN: the derivative of both shrinks."""
    return keep_nan((np.abs(x) > lambd).astype(x.dtype), x)


def softshrink(x: ArrayLike, lambd: float = 0.5) -> Result:
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
       on Information Theory 41, 613-627, 1995,
       https://doi.org/10.1109/18.382009.

    Examples
    --------
    >>> from activation_functions import softshrink
    >>> softshrink([-2.0, 0.3, 1.5])
    array([-1.5,  0. ,  1. ])
    """
    lambd = _shrink_arguments(lambd, "softshrink")
    # x - clip(x, -lambd, lambd) propagates NaN and is exact.
    return apply(
        lambda v: v - np.clip(v, -lambd, lambd), x, "softshrink", "native", (lambd,), blocks=False
    )


def softshrink_derivative(x: ArrayLike, lambd: float = 0.5) -> Result:
    r"""Derivative of :func:`softshrink`: 1 for :math:`|x| > \lambda`, 0 otherwise.

    Examples
    --------
    >>> from activation_functions import softshrink_derivative
    >>> softshrink_derivative([-2.0, 0.5, 1.5])
    array([1., 0., 1.])
    """
    lambd = _shrink_arguments(lambd, "softshrink_derivative")
    return apply(
        lambda v: _outside(v, lambd), x, "softshrink_derivative", "native", (lambd,), blocks=False
    )


def hardshrink(x: ArrayLike, lambd: float = 0.5) -> Result:
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
       wavelet shrinkage", Biometrika 81, 425-455, 1994,
       https://doi.org/10.1093/biomet/81.3.425.

    Examples
    --------
    >>> from activation_functions import hardshrink
    >>> hardshrink([-2.0, 0.3, 1.5])
    array([-2. ,  0. ,  1.5])
    """
    lambd = _shrink_arguments(lambd, "hardshrink")
    return apply(
        lambda v: keep_nan(np.where(np.abs(v) > lambd, v, 0.0), v),
        x,
        "hardshrink",
        "native",
        (lambd,),
        blocks=False,
    )


def hardshrink_derivative(x: ArrayLike, lambd: float = 0.5) -> Result:
    r"""Derivative of :func:`hardshrink` away from its jumps: 1 for :math:`|x| > \lambda`, 0 otherwise.

    Examples
    --------
    >>> from activation_functions import hardshrink_derivative
    >>> hardshrink_derivative([-2.0, 0.5, 1.5])
    array([1., 0., 1.])
    """
    lambd = _shrink_arguments(lambd, "hardshrink_derivative")
    return apply(
        lambda v: _outside(v, lambd), x, "hardshrink_derivative", "native", (lambd,), blocks=False
    )


def _polynomial(coefficients: tuple[float, ...], s: FloatArray) -> FloatArray:
    """Horner's scheme, lowest degree first (the last coefficient is 1)."""
    result = s + coefficients[-2]
    for coefficient in coefficients[-3::-1]:
        result *= s
        result += coefficient
    return result


def _tanhshrink(x: FloatArray) -> FloatArray:
    # Near 0, x - tanh(x) cancels (every digit below |x| = 1e-8): there the
    # rational form x s P(s) / Q(s), in float64, on the elements gathered by
    # their index (a boolean mask gathers several times more slowly).
    result = np.tanh(x)
    np.subtract(x, result, out=result)  # (in place: temporaries cost more than a pass)
    small = np.flatnonzero(np.abs(x) < _TANHSHRINK_RATIONAL_LIMIT)
    if small.size:
        p, q = (
            (_TANHSHRINK_P, _TANHSHRINK_Q)
            if x.dtype == np.float64
            else (_TANHSHRINK_P_SHORT, _TANHSHRINK_Q_SHORT)
        )
        near = x.take(small).astype(np.float64)
        s = near * near
        rational = _polynomial(p, s)
        rational *= s
        rational *= near
        rational /= _polynomial(q, s)
        result[small] = rational.astype(x.dtype)  # (cast first: assigning is then a copy)
    return result


def tanhshrink(x: ArrayLike) -> Result:
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

    No paper introduced it: it is a module of Lua Torch, kept by PyTorch and
    Keras, none of which gives a reference.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import tanhshrink
    >>> tanhshrink([1e-6, 1.0, 10.0])
    array([3.33333333e-19, 2.38405844e-01, 9.00000000e+00])
    >>> print(1e-6 - np.tanh(1e-6))  # the naive subtraction
    3.333074647445672e-19
    """
    return apply(_tanhshrink, x, "tanhshrink", "single")


def tanhshrink_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`tanhshrink`.

    .. math::

        \operatorname{tanhshrink}'(x) = \tanh^2(x)

    Examples
    --------
    >>> from activation_functions import tanhshrink_derivative
    >>> print(tanhshrink_derivative(0.0))
    0.0
    """
    return apply(lambda v: np.tanh(v) ** 2, x, "tanhshrink_derivative", "single")
