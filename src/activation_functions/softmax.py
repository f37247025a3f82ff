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
# contribute nothing to the sum, and clipping them there keeps x - max finite.
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
) -> tuple[Float64Array, Float64Array, Float64Array, Float64Array]:
    """Return ``peak``, ``d``, ``d_error`` and ``weights`` for one softmax axis.

    ``d + d_error`` is exactly ``x - peak`` (with x clipped to within 1500 of
    the peak), and ``weights`` is ``exp(d + d_error)``.
    """
    peak = np.max(values, axis=axis, keepdims=True)
    finite_peak = np.where(np.isinf(peak), 0.0, peak)
    clipped = np.clip(values, finite_peak - _NEGLIGIBLE, finite_peak)
    # x - peak is rounded unless the two are close; since exp turns an
    # absolute error in its argument into a relative error of the result,
    # the rounding error is kept and applied as a factor (1 + error).
    d, d_error = two_sum(clipped, -finite_peak)
    weights = np.exp(d)
    weights += weights * d_error
    return peak, d, d_error, weights


def _infinite_limit(values: Float64Array, peak: Float64Array, axis: int) -> Float64Array:
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
    peak, _, _, weights = _shifted(values, axis)
    total = np.sum(weights, axis=axis, keepdims=True)
    probabilities = np.full_like(weights, np.nan)
    np.divide(weights, total, out=probabilities, where=total > 0.0)
    if np.any(peak == np.inf):
        probabilities = np.where(
            peak == np.inf, _infinite_limit(values, peak, axis), probabilities
        )
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
    peak, d, d_error, weights = _shifted(values, axis)
    total = np.sum(weights, axis=axis, keepdims=True)
    log_total = np.full_like(total, np.nan)
    np.log(total, out=log_total, where=total > 0.0)
    finite_peak = np.where(np.isinf(peak), 0.0, peak)
    # Entries clipped to 1500 below the peak get their exact difference back;
    # it may overflow to -inf only where the true value is below -1.8e308.
    with np.errstate(over="ignore"):
        far = np.minimum(values - finite_peak, d)
    result = np.where(far < d, far - log_total, (d - log_total) + d_error)
    if np.any(peak == np.inf):
        with np.errstate(divide="ignore"):
            limit = np.log(_infinite_limit(values, peak, axis))
        result = np.where(peak == np.inf, limit, result)
    return restore(result, dtype)
