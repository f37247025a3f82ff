"""Softmax and log-softmax, the output activations for classification.

Both subtract each slice's maximum first: softmax does not change when a
constant is added to every score, and after the shift no exponential
overflows. The kernels work on the rows of a two-dimensional float64 array
(``_kernels.arrays.apply_along_axis`` brings every slice there).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._kernels.arrays import FloatArray, apply_along_axis
from ._kernels.compensated import accurate_sum, two_sum

__all__ = ["log_softmax", "softmax"]

# exp(-1500) is 0 in float64: entries further than that below the maximum
# weigh nothing.
_NEGLIGIBLE = 1500.0


def _row_sum(weights: FloatArray, compensated: bool) -> FloatArray:
    """The sum of non-negative weights along each row (compensated: to about one rounding).

    A plain float64 sum of n weights can be off by several float64 ulp, and
    every probability with it; for narrower scores that is far below their
    ulp.
    """
    if compensated:
        return accurate_sum(weights, lambda array: np.sum(array, axis=1, keepdims=True))
    total: FloatArray = np.sum(weights, axis=1, keepdims=True)
    return total


def _shifted(
    x: FloatArray, compensated: bool
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray | None, FloatArray]:
    """Return the peak of each row, the finite peak, the lower bound, ``x - peak``
    as ``d`` and ``d_error`` (None unless compensated), and the weights ``exp(x - peak)``.

    Entries are clipped to ``[lower, finite_peak]``, which keeps the
    arithmetic finite: below ``lower`` a weight is exactly 0, and a row
    whose peak is infinite is settled apart. When ``compensated``, the
    rounding error of ``x - peak`` is kept (``x - peak = d + d_error``) and
    applied as a factor ``(1 + d_error)``: exp turns an absolute error of its
    argument into a relative error of the result.
    """
    peak = np.max(x, axis=1, keepdims=True)
    finite_peak = np.where(np.isfinite(peak), peak, 0.0)
    # For huge peaks, whose neighbours are more than 1500 apart, subtract a
    # relative amount too, so that lower < peak.
    lower = finite_peak - (_NEGLIGIBLE + np.abs(finite_peak) * 2.0**-50)
    clipped = np.clip(x, lower, finite_peak)
    if not compensated:
        d = clipped - finite_peak
        return peak, finite_peak, lower, d, None, np.exp(d)
    d, d_error = two_sum(clipped, -finite_peak)
    return peak, finite_peak, lower, d, d_error, np.exp(d) * (1.0 + d_error)


def _infinite_limit(x: FloatArray) -> FloatArray:
    """One-hot where exactly one entry of the row is +inf; NaN where several are."""
    is_positive_inf = x == np.inf
    count = np.sum(is_positive_inf, axis=1, keepdims=True)
    return np.where(count == 1, is_positive_inf.astype(np.float64), np.nan)


def _softmax(x: FloatArray, compensated: bool) -> FloatArray:
    peak, _, _, _, _, weights = _shifted(x, compensated)
    # NaN rows give NaN; a row of -inf only sums to 0, and 0 / 0 = nan:
    # softmax is undefined there.
    with np.errstate(invalid="ignore"):
        probabilities = weights / _row_sum(weights, compensated)
    if (peak == np.inf).any():
        probabilities = np.where(peak == np.inf, _infinite_limit(x), probabilities)
    return probabilities


def _log_softmax(x: FloatArray, compensated: bool) -> FloatArray:
    peak, finite_peak, lower, d, d_error, weights = _shifted(x, compensated)
    # log(sum of weights) = log1p(n - 1 + the weights below the peak), with n
    # the number of entries equal to the peak, whose weights are exactly 1:
    # the log of a sum near 1 would lose the small terms.
    at_peak = x == peak
    with np.errstate(invalid="ignore"):  # (NaN rows)
        rest = _row_sum(weights - at_peak, compensated)
    rest += np.sum(at_peak, axis=1, keepdims=True) - 1.0
    with np.errstate(divide="ignore"):  # a row of -inf only: log1p(-1); NaN below
        log_total = np.log1p(rest)
    result = d - log_total
    if d_error is not None:
        result += d_error
    # Entries clipped at 1500 below the peak get their exact difference back;
    # it overflows to -inf only where the true value is below -1.8e308.
    far = x < lower
    if far.any():
        with np.errstate(over="ignore", invalid="ignore"):
            result = np.where(far, x - finite_peak - log_total, result)
    if not np.isfinite(peak).all():
        result = np.where(peak == -np.inf, np.nan, result)
        with np.errstate(divide="ignore"):
            result = np.where(peak == np.inf, np.log(_infinite_limit(x)), result)
    return result


def softmax(x: ArrayLike, axis: int = -1) -> NDArray[np.floating[Any]]:
    r"""Softmax: turns a vector of scores into probabilities that sum to 1.

    .. math::

        \operatorname{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}

    Parameters
    ----------
    x : array_like
        Scores ("logits"), at least one-dimensional.
    axis : int, optional
        The axis along which the probabilities sum to 1; the last by default.

    Returns
    -------
    ndarray
        Same shape as ``x``, values in [0, 1].

    Raises
    ------
    ValueError
        If ``x`` is a scalar or ``axis`` is out of range.

    See Also
    --------
    log_softmax : Its logarithm, for cross-entropy losses.
    sigmoid : Softmax of two scores is the sigmoid of their difference.

    Notes
    -----
    Where the sum of the exponentials is finite and either at least 1 or
    made of normal numbers only (as it is when the largest score lies
    between 0 and about 700, or every score between -708 and 700),
    ``exp(x) / sum(exp(x))`` is used as it is: no exponential overflows,
    and one that loses bits to underflow has a probability below the
    smallest normal number anyway. Other slices are computed again with their maximum
    subtracted first (softmax does not change when a constant is added to
    every score), and the rounding error of that subtraction carried into
    the exponential, so that even tiny probabilities keep their relative
    accuracy. float64 sums are computed to about one rounding (Rump's
    ExtractVector): a plain sum of ten weights can be off by several ulp,
    and every probability with it. float16 and float32 scores are computed
    in float64, where neither refinement is needed. A slice whose maximum
    is ``+inf`` gives the limit: 1 for that entry and 0 for the others, or
    NaN when several entries are ``+inf`` (there is no limit); a slice of
    ``-inf`` only gives NaN.

    References
    ----------
    .. [1] J. S. Bridle, "Probabilistic interpretation of feedforward
       classification network outputs, with relationships to statistical
       pattern recognition", in Neurocomputing, Springer, 1990.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import softmax
    >>> y = softmax(np.array([0.5, 3.1, 4.3]))
    >>> print(y)
    [0.01690191 0.22756284 0.75553525]
    >>> print(np.sum(y))
    1.0

    Large scores are no problem, where ``exp`` alone overflows to ``nan``:

    >>> softmax([1000.0, 1001.0])
    array([0.26894142, 0.73105858])

    Along another axis, with a score of ``-inf`` (probability 0):

    >>> softmax([[0.0, -np.inf], [0.0, 0.0]], axis=0)
    array([[0.5, 0. ],
           [0.5, 1. ]])
    """
    return apply_along_axis(_softmax, x, axis, "softmax")


def log_softmax(x: ArrayLike, axis: int = -1) -> NDArray[np.floating[Any]]:
    r"""Logarithm of the softmax.

    .. math::

        \operatorname{log\_softmax}(x)_i = x_i - \log \sum_j e^{x_j}

    Parameters
    ----------
    x : array_like
        Scores, at least one-dimensional.
    axis : int, optional
        The axis of the softmax; the last by default.

    Returns
    -------
    ndarray
        Same shape as ``x``, values in :math:`[-\infty, 0]`.

    Raises
    ------
    ValueError
        If ``x`` is a scalar or ``axis`` is out of range.

    See Also
    --------
    softmax, log_sigmoid

    Notes
    -----
    Computed as :math:`(x_i - m) - \log\sum_j e^{x_j - m}` with
    :math:`m = \max_j x_j` (the log-sum-exp trick), so it stays finite where
    ``log(softmax(x))`` gives ``-inf``; the logarithm is ``log1p`` of the
    sum of the weights below the maximum, which in float64 is computed to
    about one rounding, and the rounding error of :math:`x_i - m` is
    carried along, as in :func:`softmax`. Infinite entries follow
    :func:`softmax`.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import log_softmax, softmax
    >>> log_softmax([1000.0, 1.0])
    array([   0., -999.])
    >>> with np.errstate(divide="ignore"):
    ...     print(np.log(softmax([1000.0, 1.0])))  # the naive way
    [  0. -inf]
    """
    return apply_along_axis(_log_softmax, x, axis, "log_softmax")
