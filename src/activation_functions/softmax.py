"""Softmax and log-softmax, the output activations for classification."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._arrays import BLOCK, Output, as_float_array, restore
from ._compensated import accurate_sum, two_sum

__all__ = ["log_softmax", "softmax"]

FloatArray = NDArray[np.floating[Any]]

# exp(-1500) is 0 in float64: entries further than that below the maximum
# contribute nothing to the sum.
_NEGLIGIBLE = 1500.0
# From here up, exp() is a normal float64 (exp(-708) = 3.3e-308).
_NORMAL_EXP = -708.0


def _check_axis(values: FloatArray, output: Output, axis: SupportsIndex, name: str) -> int:
    if output[1]:  # a scalar
        raise ValueError(f"{name}() needs an array of at least one dimension; got a scalar")
    try:
        return int(np.lib.array_utils.normalize_axis_index(int(axis), values.ndim))
    except np.exceptions.AxisError:
        raise ValueError(
            f"{name}() got axis={axis} for an array of {values.ndim} dimension(s)"
        ) from None


# Along an axis this short, NumPy's reductions run a short inner loop per
# slice; combining the slices with one ufunc call each is 2 to 3 times faster
# (measured on 10^6 float64 with 2 to 16 entries per slice).
_SHORT_AXIS = 12


def _reduce(ufunc: np.ufunc, values: NDArray[Any], axis: int, dtype: Any = None) -> NDArray[Any]:
    """``ufunc.reduce`` along ``axis``, keeping the axis.

    (The two ways add in different orders, so a sum may differ in its last
    bit between a small array and a large one.)
    """
    length = values.shape[axis]
    if length > _SHORT_AXIS or values.size < 4096:
        return ufunc.reduce(values, axis=axis, keepdims=True, dtype=dtype)  # type: ignore[no-any-return]
    slices = np.moveaxis(values, axis, 0)
    result = slices[0].astype(dtype or values.dtype)
    for part in slices[1:]:
        ufunc(result, part, out=result)
    return np.expand_dims(result, axis)


def _shifted(
    values: FloatArray, axis: int, exact: bool
) -> tuple[FloatArray, FloatArray, FloatArray | None, FloatArray, FloatArray | None]:
    """Split ``x - max(x)`` along ``axis`` for an accurate exponential.

    Returns ``peak`` (the maximum, per slice), ``finite_peak`` (0 where the
    peak is infinite; ``peak`` itself if no peak is), ``lower`` (below it an
    entry's weight is exactly 0; None if no entry is below it), and ``d``,
    ``d_error`` with ``d + d_error`` exactly ``x - peak`` for entries between
    ``lower`` and the peak. Unless ``exact`` is asked for, ``d_error`` is None
    and ``d`` is only rounded.
    """
    peak = _reduce(np.maximum, values, axis)
    infinite_peak = np.isinf(peak)
    finite_peak = np.where(infinite_peak, 0.0, peak) if infinite_peak.any() else peak
    # 1500 below the peak exp() is 0; for huge peaks, whose neighbours are
    # more than 1500 apart, subtract a relative amount so that lower < peak.
    with np.errstate(over="ignore"):
        lower = finite_peak - (_NEGLIGIBLE + np.abs(finite_peak) * 2.0**-50)
    shifted: FloatArray | None = None
    if finite_peak is peak and _minimum(values) >= _maximum(lower):
        # The usual case, told by two cheap reductions: every entry is finite
        # and within 1500 of its peak, so no entry needs clipping.
        clipped, shifted_lower = values, None
    else:
        # Clipping keeps x - peak from overflowing and infinite entries out
        # of the arithmetic (slices with an infinite entry are settled apart).
        clipped, shifted_lower = np.maximum(values, lower), lower
        if finite_peak is not peak:
            np.minimum(clipped, finite_peak, out=clipped)
        shifted = clipped
    if not exact:
        d = np.subtract(clipped, finite_peak, out=shifted)
        return peak, finite_peak, shifted_lower, d, None
    # x - peak is rounded unless the two are close; since exp turns an
    # absolute error in its argument into a relative error of the result,
    # the rounding error is kept and applied as a factor (1 + error).
    d, d_error = two_sum(clipped, -finite_peak)
    return peak, finite_peak, shifted_lower, d, d_error


def _total(weights: FloatArray, axis: int, exact: bool) -> FloatArray:
    """The sum of the weights along ``axis``: to about one rounding if ``exact``.

    A float64 sum of ``n`` weights can be off by several ulp (a softmax
    probability of 10 scores by up to 7 before this was used); the sum of
    narrower scores, computed in float64, is far more accurate than they
    need.
    """
    if exact:
        return accurate_sum(weights, lambda array: _reduce(np.add, array, axis))
    return _reduce(np.add, weights, axis)


def _minimum(values: FloatArray) -> Any:
    return np.minimum.reduce(values, axis=None)  # (np.min's wrapper costs microseconds)


def _maximum(values: FloatArray) -> Any:
    return np.maximum.reduce(values, axis=None)


def _weights(d: FloatArray, d_error: FloatArray | None) -> FloatArray:
    """Return exp(d + d_error), written over ``d_error`` if there is one."""
    if d_error is None:
        return np.exp(d)
    d_error += 1.0
    return np.multiply(np.exp(d), d_error, out=d_error)


def _infinite_limit(values: FloatArray, axis: int) -> FloatArray:
    """One-hot where exactly one entry is +inf; NaN where several are."""
    is_positive_inf = values == np.inf
    count = np.sum(is_positive_inf, axis=axis, keepdims=True)
    return np.where(count == 1, is_positive_inf.astype(np.float64), np.nan)


def _softmax(values: FloatArray, axis: int, exact: bool) -> FloatArray:
    """Softmax along ``axis`` in the working precision.

    Most slices need no shift: ``exp(x) / sum(exp(x))`` is accurate as long
    as no ``exp(x)`` overflows (then the sum is infinite) and none is
    subnormal and has lost bits (true when every score is at least -708),
    or only ones whose probability is below the smallest normal number too
    (true when the sum is at least 1). The other slices (and those with
    NaN) are done again with the maximum subtracted.
    """
    with np.errstate(over="ignore", invalid="ignore"):  # in slices done again
        weights = np.exp(values)
        total = _total(weights, axis, exact)
        probabilities = np.divide(weights, total, out=weights)
    if _minimum(total) >= 1.0 and _maximum(total) < np.inf:  # (NaN fails)
        return probabilities
    # Slices whose sum is below 1 (all scores negative, say) are redone only
    # if some score underflows; the minimum is only needed here.
    redo = np.logical_not(_reduce(np.minimum, values, axis) >= _NORMAL_EXP)
    redo &= total < 1.0
    redo |= np.logical_not(total < np.inf)  # (and NaN)
    if redo.any():
        # The slices to do again, gathered as the rows of a 2-d array.
        redo_slices = np.moveaxis(redo, axis, -1)[..., 0]
        rows = np.moveaxis(values, axis, -1)[redo_slices]
        np.moveaxis(probabilities, axis, -1)[redo_slices] = _shifted_softmax(rows, 1, exact)
    return probabilities


def _shifted_softmax(values: FloatArray, axis: int, exact: bool) -> FloatArray:
    """Softmax along ``axis`` with the maximum subtracted, for any scores."""
    peak, finite_peak, _, d, d_error = _shifted(values, axis, exact)
    weights = _weights(d, d_error)
    total = _total(weights, axis, exact)
    probabilities: FloatArray
    if finite_peak is peak:  # the peak's weight is 1: no total is 0
        probabilities = np.divide(weights, total, out=weights)
        return probabilities
    # A slice of -inf only sums to 0: 0 / 0 = nan, softmax is undefined there.
    with np.errstate(invalid="ignore"):
        probabilities = np.divide(weights, total, out=weights)
    if (peak == np.inf).any():
        probabilities = np.where(peak == np.inf, _infinite_limit(values, axis), probabilities)
    return probabilities


def _log_softmax(values: FloatArray, axis: int, exact: bool) -> FloatArray:
    """Log-softmax along ``axis`` in the working precision."""
    peak, finite_peak, lower, d, d_error = _shifted(values, axis, exact)
    weights = np.exp(d)
    if d_error is not None:
        weights *= np.add(d_error, 1.0)
    # log(sum of weights) = log1p(n - 1 + the sum of the weights below the
    # peak), n the number of entries equal to the peak, whose weights are
    # exactly 1: log of a sum near 1 would lose the small terms. (Subtracting
    # the mask takes one pass without branches; putmask is slower.)
    at_peak = d == 0.0
    weights -= at_peak
    rest = _total(weights, axis, exact)
    if np.count_nonzero(at_peak) > rest.size:  # some slice has its peak twice
        ties = _reduce(np.add, at_peak, axis, dtype=weights.dtype)
        ties -= 1.0
        rest += ties
    if finite_peak is peak:
        log_total = np.log1p(rest)
    else:  # a slice of -inf only gives log1p(-1) = -inf here; it becomes NaN below
        with np.errstate(divide="ignore"):
            log_total = np.log1p(rest)
    result: FloatArray = np.subtract(d, log_total, out=d)
    if d_error is not None:
        result += d_error
    # Entries clipped at 1500 below the peak get their exact difference back;
    # it overflows to -inf only where the true value is below -1.8e308 (and
    # is NaN in a slice of -inf only, made NaN below anyway).
    far = None if lower is None else values < lower
    if far is not None and far.any():
        with np.errstate(over="ignore", invalid="ignore"):
            distant = values - finite_peak - log_total
        result = np.where(far, distant, result)
    if finite_peak is peak:
        return result
    # A slice of -inf only has no peak weight of 1: log_softmax is undefined.
    if np.isneginf(peak).any():
        result = np.where(np.isneginf(peak), np.nan, result)
    if (peak == np.inf).any():
        with np.errstate(divide="ignore"):
            limit = np.log(_infinite_limit(values, axis))
        result = np.where(peak == np.inf, limit, result)
    return result


def _by_blocks(
    kernel: Callable[[FloatArray, int, bool], FloatArray],
    values: FloatArray,
    axis: int,
) -> FloatArray:
    """``kernel(values, axis, exact)`` in float64, in blocks of whole rows where
    that is simple; the result in the dtype of ``values``.

    float16 and float32 scores are converted block by block. NumPy's float32
    exp is off by up to 2.5 ulp, and with the rounding of a long sum a
    probability computed in float32 was off by up to 7.9 ulp. In float64, ``x - peak`` of
    narrower scores is exact or off by far less than their unit, so only
    float64 scores need it carried exactly, and their sums accurate
    (``exact``).

    As with :func:`~activation_functions._arrays.by_blocks`, the temporaries
    of one block of about ``BLOCK`` entries are reused by the next; on 10^6
    scores in rows of 10 that halves the time.
    """
    exact = values.dtype == np.float64
    length = values.shape[axis]
    if values.size == 0:  # (no slices, or empty ones: nothing to reduce)
        return values.copy()
    if values.size <= BLOCK or axis != values.ndim - 1 or not values.flags.c_contiguous:
        return kernel(values.astype(np.float64, copy=False), axis, exact)
    # Rows along the last axis of a C-contiguous array: blocks of rows, of
    # equal sizes (so that no block is small enough for _reduce to sum it in
    # another order than the others).
    rows = values.reshape(-1, length)
    result = np.empty_like(rows)
    count = -(-len(rows) // max(1, BLOCK // length))
    bounds = [len(rows) * k // count for k in range(count + 1)]
    with np.errstate(over="ignore"):  # rounding to float32 (as in restore)
        for start, end in itertools.pairwise(bounds):
            block = rows[start:end].astype(np.float64, copy=False)
            result[start:end] = kernel(block, 1, exact)
    return result.reshape(values.shape)


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
    values, output = as_float_array(x, "softmax", "same")  # to float64 in _by_blocks
    axis = _check_axis(values, output, axis, "softmax")
    return restore(_by_blocks(_softmax, values, axis), output)


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
    values, output = as_float_array(x, "log_softmax", "same")  # to float64 in _by_blocks
    axis = _check_axis(values, output, axis, "log_softmax")
    return restore(_by_blocks(_log_softmax, values, axis), output)
