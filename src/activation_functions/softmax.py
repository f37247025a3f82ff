"""Softmax and log-softmax, the output activations for classification."""

from __future__ import annotations

from typing import Any, SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._arrays import as_float_array, restore
from ._compensated import two_sum

__all__ = ["log_softmax", "softmax"]

Float64Array = NDArray[np.float64]

# exp(-1500) is 0 in float64: entries further than that below the maximum
# contribute nothing to the sum.
_NEGLIGIBLE = 1500.0


def _check_axis(values: Float64Array, axis: SupportsIndex, name: str) -> int:
    if values.ndim == 0:
        raise ValueError(f"{name}() needs an array of at least one dimension; got a scalar")
    try:
        return int(np.lib.array_utils.normalize_axis_index(int(axis), values.ndim))
    except np.exceptions.AxisError:
        raise ValueError(
            f"{name}() got axis={axis} for an array of {values.ndim} dimension(s)"
        ) from None


def _shifted(
    values: Float64Array, axis: int
) -> tuple[Float64Array, Float64Array, Float64Array, Float64Array, Float64Array]:
    """Split ``x - max(x)`` along ``axis`` for an exact exponential.

    Returns ``peak`` (the maximum), ``difference`` (``x - peak``, rounded,
    ``-inf`` where it overflows), ``d`` and ``d_error`` (with ``d + d_error``
    exactly ``x - peak`` wherever it is above -1500), and ``weights``
    (``exp(x - peak)``, exactly 1 at the peak and 0 below -1500).
    """
    peak = np.max(values, axis=axis, keepdims=True)
    finite_peak = np.where(np.isinf(peak), 0.0, peak)
    # The difference overflows to -inf only where exp of it is 0 anyway.
    with np.errstate(over="ignore"):
        difference = values - finite_peak
    # Infinite entries and slices with an infinite peak are handled apart.
    negligible = (difference < -_NEGLIGIBLE) | np.isinf(values) | np.isinf(peak)
    # x - peak is rounded unless the two are close; since exp turns an
    # absolute error in its argument into a relative error of the result,
    # the rounding error is kept and applied as a factor (1 + error).
    d, d_error = two_sum(np.where(negligible, finite_peak, values), -finite_peak)
    weights = np.exp(d)
    weights += weights * d_error
    weights[negligible] = 0.0
    return peak, difference, d, d_error, weights


def _infinite_limit(values: Float64Array, axis: int) -> Float64Array:
    """One-hot where exactly one entry is +inf; NaN where several are."""
    is_positive_inf = values == np.inf
    count = np.sum(is_positive_inf, axis=axis, keepdims=True)
    return np.where(count == 1, is_positive_inf.astype(np.float64), np.nan)


def softmax(x: ArrayLike, axis: SupportsIndex = -1) -> Any:
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
    Softmax does not change when a constant is added to every score, so the
    maximum is subtracted first: no exponential can then overflow, and the
    largest entry's exponential is exactly 1. The rounding error of the
    subtraction is carried into the exponential, so even tiny probabilities
    keep their relative accuracy. A slice whose maximum is ``+inf`` gives the
    limit: 1 for that entry and 0 for the others, or NaN when several entries
    are ``+inf`` (there is no limit); a slice of ``-inf`` only gives NaN.

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
    values, dtype = as_float_array(x, "softmax")
    axis = _check_axis(values, axis, "softmax")
    if values.shape[axis] == 0:
        return restore(values.copy(), dtype)
    peak, _, _, _, weights = _shifted(values, axis)
    total = np.sum(weights, axis=axis, keepdims=True)
    probabilities = np.full_like(weights, np.nan)
    np.divide(weights, total, out=probabilities, where=total > 0.0)
    if np.any(peak == np.inf):
        probabilities = np.where(peak == np.inf, _infinite_limit(values, axis), probabilities)
    return restore(probabilities, dtype)


def log_softmax(x: ArrayLike, axis: SupportsIndex = -1) -> Any:
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
    ``log(softmax(x))`` gives ``-inf``. Infinite entries follow
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
    values, dtype = as_float_array(x, "log_softmax")
    axis = _check_axis(values, axis, "log_softmax")
    if values.shape[axis] == 0:
        return restore(values.copy(), dtype)
    peak, difference, d, d_error, weights = _shifted(values, axis)
    # log(sum of weights) = log1p(sum of the weights other than the peak's,
    # which is exactly 1): log of a sum near 1 would lose the small terms.
    others = weights.copy()
    np.put_along_axis(others, np.argmax(values, axis=axis, keepdims=True), 0.0, axis=axis)
    rest = np.sum(others, axis=axis, keepdims=True)
    log_total = np.log1p(rest)
    result = np.where(weights == 0.0, difference - log_total, (d - log_total) + d_error)
    # A slice of -inf only has no peak weight of 1: log_softmax is undefined.
    result = np.where(np.isneginf(peak), np.nan, result)
    if np.any(peak == np.inf):
        with np.errstate(divide="ignore"):
            limit = np.log(_infinite_limit(values, axis))
        result = np.where(peak == np.inf, limit, result)
    return restore(result, dtype)
