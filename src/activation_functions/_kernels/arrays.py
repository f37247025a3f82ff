"""The contract every public function keeps: what it accepts and what it returns.

A public function validates its parameters, then hands its input and its
kernel (the stable formula, written for a float array) to :func:`apply`
(elementwise functions), :func:`apply_to_halves` (the gated units) or
:func:`apply_along_axis` (the softmax family).
These read the input, decide the working precision, run the kernel in
blocks of bounded size, and round the result once to the caller's dtype.
The working precision is decided here and nowhere else.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from typing import Any, Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "BLOCK",
    "LARGEST",
    "FloatArray",
    "Precision",
    "Result",
    "apply",
    "apply_along_axis",
    "apply_to_halves",
    "check_axis",
    "check_flag",
    "check_parameter",
    "keep_nan",
    "split_halves",
]

#: A float array, as kernels take and return it.
FloatArray = NDArray[np.floating[Any]]

#: What a public function returns: an array shaped like the input, or a NumPy
#: float scalar for a scalar input.
Result = NDArray[np.floating[Any]] | np.floating[Any]

#: How a function computes, by the dtype of its input:
#:
#: * ``"native"``: in the input's own float dtype. For functions of a few
#:   operations, each exact or rounded once (the piecewise linear ones).
#: * ``"single"``: float32 in float32, where the tests show that the float32
#:   evaluation stays within 4 ulp; float16 in float64.
#: * ``"double"``: always in float64, rounded once at the end.
#:
#: Integers and bools are computed and returned as float64.
Precision = Literal["native", "single", "double"]

_FLOAT16, _FLOAT32, _FLOAT64 = np.dtype(np.float16), np.dtype(np.float32), np.dtype(np.float64)
_WORKING: dict[str, dict[np.dtype[Any], np.dtype[Any]]] = {
    "native": {_FLOAT16: _FLOAT16, _FLOAT32: _FLOAT32, _FLOAT64: _FLOAT64},
    "single": {_FLOAT16: _FLOAT64, _FLOAT32: _FLOAT32, _FLOAT64: _FLOAT64},
    "double": {_FLOAT16: _FLOAT64, _FLOAT32: _FLOAT64, _FLOAT64: _FLOAT64},
}

#: Large inputs are worked through in blocks of this many elements, so that a
#: kernel's temporaries take a bounded amount of memory, whatever the size.
BLOCK = 65536

Kernel = Callable[[FloatArray], FloatArray]


def _describe(value: object, array: np.ndarray | None) -> str:
    kind = type(value).__name__
    if array is None or isinstance(value, np.ndarray):
        return kind if array is None else f"{kind} with dtype {array.dtype}"
    if isinstance(value, (str, bytes, dict, set)):
        return kind
    if array.dtype == object:
        return (
            f"{kind} that NumPy reads as dtype object (integers beyond int64, "
            "Decimals and mixed sequences are not numbers to it: convert with float())"
        )
    return f"{kind} (read as dtype {array.dtype})"


def _read(x: ArrayLike, name: str) -> np.ndarray:
    """``x`` as an array of bools, integers or floats; a TypeError naming ``name`` otherwise."""
    if isinstance(x, np.ma.MaskedArray):
        raise TypeError(
            f"{name}() does not take masked arrays (the mask would be lost); "
            "pass x.filled(np.nan) or the unmasked values x.compressed()"
        )
    try:
        array = np.asarray(x)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"{name}() expects real numbers (an array-like of bool, int or float); "
            f"got {_describe(x, None)} that NumPy cannot read as an array: {error}"
        ) from None
    kind = array.dtype.kind
    if kind in "biu" or (kind == "f" and array.dtype.itemsize <= 8):
        return array
    detail = " (extended precision is not supported; convert to float64)" if kind == "f" else ""
    raise TypeError(
        f"{name}() expects real numbers (an array-like of bool, int or float); "
        f"got {_describe(x, array)}{detail}"
    )


# The smallest normal and the largest finite number of each float dtype.
_NORMAL_RANGE = {
    dtype: (float(np.finfo(dtype).smallest_normal), float(np.finfo(dtype).max))
    for dtype in (_FLOAT16, _FLOAT32, _FLOAT64)
}


#: The largest finite number of each float dtype a kernel works in.
LARGEST = {dtype: largest for dtype, (_, largest) in _NORMAL_RANGE.items()}


def _fits(parameter: float, dtype: np.dtype[Any]) -> bool:
    """True if ``parameter`` is 0, infinite or a normal number of ``dtype``: its cast is harmless."""
    smallest, largest = _NORMAL_RANGE[dtype]
    magnitude = abs(parameter)
    return magnitude in (0.0, math.inf) or smallest <= magnitude <= largest


def _dtypes(
    array: np.ndarray, precision: Precision, parameters: Sequence[float]
) -> tuple[np.dtype[Any], np.dtype[Any]]:
    """The result's dtype and the working dtype: the one place that decides them."""
    native = array.dtype.newbyteorder("=")
    if native.kind != "f":
        return _FLOAT64, _FLOAT64
    working = _WORKING[precision][native]
    if not all(_fits(p, working) for p in parameters):
        # A parameter that the narrow dtype cannot hold (a slope of 1e-8 in
        # float16) is applied in float64 instead.
        working = _FLOAT64
    return array.dtype, working


def apply(
    kernel: Kernel,
    x: ArrayLike,
    name: str,
    precision: Precision = "double",
    parameters: Sequence[float] = (),
    *,
    blocks: bool = True,
) -> Result:
    """Return ``kernel`` applied to ``x``, keeping the contract of the package.

    Parameters
    ----------
    kernel : callable
        An elementwise function of a one-dimensional float array that returns
        an array of the same length. It never writes into its argument, which
        may be the caller's array.
    x : array_like
        The caller's input.
    name : str
        The public function's name, for error messages.
    precision : {"native", "single", "double"}
        How the function computes (see :data:`Precision`).
    parameters : sequence of float
        The function's numerical parameters: if one of them does not fit the
        working dtype, the function computes in float64.
    blocks : bool
        Work through large inputs in blocks of :data:`BLOCK` elements, so
        that the kernel's temporaries stay small. False for kernels of a pass
        or two in the input's dtype, whose temporaries are no larger than
        their result: blocks would only add a copy.

    Returns
    -------
    ndarray or NumPy scalar
        The result, rounded once to the input's float dtype (float64 for
        bools and integers), shaped like ``x``.
    """
    array = _read(x, name)
    dtype, working = _dtypes(array, precision, parameters)
    flat = array.reshape(-1)  # a view unless x is not contiguous
    # Rounding to a narrower dtype may overflow to an infinity: that is the
    # correctly rounded result, not an error.
    with np.errstate(over="ignore"):
        if flat.size <= BLOCK or not blocks:
            result = kernel(flat.astype(working, copy=False))
            result = result.astype(dtype, copy=result is flat)
        else:
            result = np.empty(flat.shape, dtype)
            for start in range(0, flat.size, BLOCK):
                block = flat[start : start + BLOCK].astype(working, copy=False)
                result[start : start + BLOCK] = kernel(block)
    if array.ndim == 0:
        return result[0]  # type: ignore[no-any-return]
    return result.reshape(array.shape)


def split_halves(x: ArrayLike, axis: object, name: str) -> tuple[np.ndarray, np.ndarray, int]:
    """Read ``x`` and split it along ``axis`` into its two halves (views), and the axis.

    Raises
    ------
    TypeError
        If ``x`` is not real numbers or ``axis`` not an integer.
    ValueError
        If ``x`` is a scalar, ``axis`` is out of range, or the length of
        ``x`` along ``axis`` is odd.
    """
    array = _read(x, name)
    if array.ndim == 0:
        raise ValueError(f"{name}() needs an array of at least one dimension; got a scalar")
    index = check_axis(axis, array.ndim, name)
    length = array.shape[index]
    if length % 2:
        raise ValueError(
            f"{name}() splits x into two halves along axis={axis}, "
            f"but x has an odd length ({length}) there"
        )
    first, second = np.split(array, 2, axis=index)
    return first, second, index


def apply_to_halves(
    kernel: Callable[[FloatArray, FloatArray], FloatArray],
    first: np.ndarray,
    second: np.ndarray,
    axis: int,
    precision: Precision = "double",
    parameters: Sequence[float] = (),
) -> NDArray[np.floating[Any]]:
    """Return ``kernel(first, second)`` elementwise, keeping the package's contract.

    As :func:`apply`, for a kernel of two arrays of the same shape (the
    halves of :func:`split_halves`): the working precision is decided by
    ``precision`` and ``parameters``, the halves are worked through in
    blocks of about :data:`BLOCK` elements (without copying them whole), and
    the result is rounded once to the input's dtype.
    """
    dtype, working = _dtypes(first, precision, parameters)
    shape = np.moveaxis(first, axis, -1).shape
    half = shape[-1]
    # Slices along the last axis as rows: a view for the usual layouts.
    a, b = (np.moveaxis(h, axis, -1).reshape(-1, half) for h in (first, second))
    result = np.empty(a.shape, dtype)
    rows_per_block = max(1, BLOCK // max(half, 1))
    columns_per_block = half if rows_per_block > 1 else BLOCK
    with np.errstate(over="ignore"):  # (as in apply)
        for row in range(0, len(a), rows_per_block):
            for column in range(0, half, columns_per_block):
                block = np.s_[row : row + rows_per_block, column : column + columns_per_block]
                values = kernel(
                    a[block].astype(working).reshape(-1), b[block].astype(working).reshape(-1)
                )
                result[block] = values.reshape(result[block].shape)
    return np.moveaxis(result.reshape(shape), -1, axis)


def apply_along_axis(
    kernel: Callable[[FloatArray, bool], FloatArray], x: ArrayLike, axis: object, name: str
) -> NDArray[np.floating[Any]]:
    """Return ``kernel`` applied to the slices of ``x`` along ``axis``, in float64.

    ``kernel(rows, compensated)`` takes a two-dimensional float64 array and
    works along its last axis (one row a slice). The rows are worked through
    in blocks of about :data:`BLOCK` elements, and the result rounded to the
    input's dtype. ``compensated`` is True for float64 scores, whose
    differences and sums the kernel must carry to twice the precision to
    stay within 4 ulp; narrower scores, computed in float64, need neither.
    """
    array = _read(x, name)
    if array.ndim == 0:
        raise ValueError(f"{name}() needs an array of at least one dimension; got a scalar")
    axis = check_axis(axis, array.ndim, name)
    dtype, _ = _dtypes(array, "double", ())
    compensated = dtype.newbyteorder("=") == _FLOAT64
    rows = np.moveaxis(array, axis, -1)
    shape = rows.shape
    rows = rows.reshape(math.prod(shape[:-1]), shape[-1])  # a copy if the axis is not the last
    result = np.empty(rows.shape, dtype)
    if rows.size:
        step = max(1, BLOCK // rows.shape[1])
        with np.errstate(over="ignore"):  # (as in apply)
            for start in range(0, len(rows), step):
                block = rows[start : start + step].astype(_FLOAT64, copy=False)
                result[start : start + step] = kernel(block, compensated)
    return np.moveaxis(result.reshape(shape), -1, axis)


def keep_nan(result: FloatArray, x: FloatArray) -> FloatArray:
    """Put NaN into ``result`` wherever ``x`` is NaN, for results built from comparisons.

    ``(x > 0).astype(float)`` turns NaN into 0, because every comparison with
    NaN is false; this puts the NaN back so that it propagates.
    """
    result[np.isnan(x)] = np.nan
    return result


def check_parameter(
    value: float,
    name: str,
    function: str,
    *,
    positive: bool = False,
    nonnegative: bool = False,
    infinite: bool = False,
) -> float:
    """Return ``value`` as a float after checking that it is a real number.

    Raises
    ------
    TypeError
        If ``value`` is not a real number (bools are not accepted).
    ValueError
        If ``value`` is NaN, infinite (unless ``infinite``), or has the wrong
        sign.
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(
        value, (int, float, np.integer, np.floating)
    ):
        raise TypeError(
            f"{function}() parameter {name!r} must be a real number; got {type(value).__name__}"
        )
    try:
        number = float(value)
    except OverflowError:
        raise ValueError(
            f"{function}() parameter {name!r} must be finite; got an int too large for a float"
        ) from None
    if math.isnan(number) or (math.isinf(number) and not infinite):
        raise ValueError(f"{function}() parameter {name!r} must be finite; got {number}")
    if positive and not number > 0:
        raise ValueError(f"{function}() parameter {name!r} must be > 0; got {number}")
    if nonnegative and not number >= 0:
        raise ValueError(f"{function}() parameter {name!r} must be >= 0; got {number}")
    return number


def check_flag(value: bool, name: str, function: str) -> bool:
    """Return ``value`` after checking that it is a bool (not 0, 1 or a string)."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(
            f"{function}() parameter {name!r} must be a bool; got {type(value).__name__}"
        )
    return bool(value)


def check_axis(axis: object, ndim: int, function: str) -> int:
    """Return ``axis`` as an index in ``range(ndim)``.

    Raises
    ------
    TypeError
        If ``axis`` is not an integer (bools, floats and tuples are not).
    ValueError
        If ``axis`` is out of range for an array of ``ndim`` dimensions.
    """
    if isinstance(axis, (bool, np.bool_)):
        raise TypeError(f"{function}() parameter 'axis' must be an int; got bool")
    try:
        index = operator.index(axis)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"{function}() parameter 'axis' must be an int; got {type(axis).__name__}"
        ) from None
    if not -ndim <= index < ndim:
        raise ValueError(f"{function}() got axis={index} for an array of {ndim} dimension(s)")
    return index % ndim
