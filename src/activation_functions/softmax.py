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


def _sum_rows(array: FloatArray) -> FloatArray:
    """The sum of each row, as a column."""
    if array.shape[1] > 16:
        total: FloatArray = np.sum(array, axis=1, keepdims=True)
        return total
    # Along a short axis NumPy's reduction runs a loop per row; adding the
    # columns one after another is two to three times faster.
    total = array[:, :1].copy()
    for column in range(1, array.shape[1]):
        total += array[:, column : column + 1]
    return total


def _row_sum(weights: FloatArray, compensated: bool) -> FloatArray:
    """The sum of non-negative weights along each row (compensated: to about one rounding).

    A plain float64 sum of n weights can be off by several float64 ulp, and
    every probability with it; for narrower scores that is far below their
    ulp.
    """
    if compensated:
        return accurate_sum(weights, _sum_rows)
    return _sum_rows(weights)


def _shifted(
    x: FloatArray, compensated: bool
) -> tuple[NDArray[np.intp], FloatArray, FloatArray, FloatArray | None, FloatArray]:
    """Return where each row peaks, the peak, ``x - peak`` and the weights ``exp(x - peak)``.

    An infinite peak is replaced by 0 in the subtraction (its row is settled
    apart), so the arithmetic stays finite or gives the infinity that is the
    right answer. When ``compensated``, ``x - peak = d + d_error`` exactly:
    exp turns an absolute error of its argument into a relative error of the
    result, so the rounding error of the subtraction is kept and applied as
    a factor ``(1 + d_error)``. The exact split needs finite operands, so
    entries are clipped to 1500 below the peak, where a weight is 0 anyway.
    """
    top = np.argmax(x, axis=1, keepdims=True)  # (a NaN, if the row has one)
    peak = np.take_along_axis(x, top, axis=1)
    finite_peak = np.where(np.isfinite(peak), peak, 0.0)
    if not compensated:
        with np.errstate(over="ignore", invalid="ignore"):
            d = x - finite_peak
        return top, peak, d, None, np.exp(d)
    # For huge peaks, whose neighbours are more than 1500 apart, subtract a
    # relative amount too, so that lower < peak.
    lower = finite_peak - (_NEGLIGIBLE + np.abs(finite_peak) * 2.0**-50)
    # (An entry above the finite peak is +inf, in a row settled apart.)
    with np.errstate(invalid="ignore"):
        d, d_error = two_sum(np.maximum(x, lower), -finite_peak)
    if np.fmin.reduce(x, axis=None) < np.max(lower):  # (fmin skips NaN)
        # Entries clipped far below the peak get their exact difference back
        # (with no error to carry); it overflows to -inf only where the true
        # value is below -1.8e308.
        far = x < lower
        with np.errstate(over="ignore", invalid="ignore"):
            d = np.where(far, x - finite_peak, d)
        d_error[far] = 0.0
    weights = np.exp(d)
    with np.errstate(invalid="ignore"):  # (+inf entries: their rows are settled apart)
        weights += weights * d_error  # exp(d) (1 + d_error)
    return top, peak, d, d_error, weights


def _infinite_limit(x: FloatArray) -> FloatArray:
    """One-hot where exactly one entry of the row is +inf; NaN where several are."""
    is_positive_inf = x == np.inf
    count = np.sum(is_positive_inf, axis=1, keepdims=True)
    return np.where(count == 1, is_positive_inf.astype(np.float64), np.nan)


def _softmax(x: FloatArray, compensated: bool) -> FloatArray:
    _, peak, _, _, weights = _shifted(x, compensated)
    # NaN rows give NaN; a row of -inf only sums to 0, and 0 / 0 = nan:
    # softmax is undefined there.
    with np.errstate(invalid="ignore"):
        probabilities = weights / _row_sum(weights, compensated)
    if (peak == np.inf).any():
        probabilities = np.where(peak == np.inf, _infinite_limit(x), probabilities)
    return probabilities


def _log_softmax(x: FloatArray, compensated: bool) -> FloatArray:
    top, peak, d, d_error, weights = _shifted(x, compensated)
    # log(sum of weights) = log1p(sum of the weights but the peak's, which is
    # exactly 1): the log of a sum near 1 would lose the small terms.
    np.put_along_axis(weights, top, 0.0, axis=1)
    with np.errstate(invalid="ignore"):  # (NaN rows)
        log_total = np.log1p(_row_sum(weights, compensated))
    result = np.subtract(d, log_total, out=d)
    if d_error is not None:
        result += d_error
    if not np.isfinite(peak).all():
        # NaN where the row has a NaN or is -inf only; the limit where it has +inf.
        result = np.where(np.isnan(peak) | (peak == -np.inf), np.nan, result)
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
    Each slice's maximum is subtracted first (softmax does not change when
    a constant is added to every score), so that no exponential overflows.
    For float64 scores the rounding error of that subtraction is carried
    into the exponential, so that even tiny probabilities keep their
    relative accuracy, and the sum is computed to about one rounding
    (Rump's ExtractVector): a plain sum of ten weights can be off by
    several ulp, and every probability with it. float16 and float32 scores
    are computed in float64, where neither refinement is needed. A slice
    whose maximum is ``+inf`` gives the limit: 1 for that entry and 0 for
    the others, or NaN when several entries are ``+inf`` (there is no
    limit); a slice of ``-inf`` only gives NaN.

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
