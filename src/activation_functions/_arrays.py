"""The input and output contract shared by every activation function.

Every public function converts its input with :func:`as_float_array`, computes
in float64, and hands the result back through :func:`restore`. Keeping the
contract in one place is what lets the tests check it once for all functions.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "BLOCK",
    "LARGEST",
    "Output",
    "as_float_array",
    "by_blocks",
    "check_flag",
    "check_parameter",
    "gated_product",
    "keep_nan",
    "restore",
]

FloatArray = NDArray[np.floating[Any]]

_FLOAT64 = np.dtype(np.float64)


def _describe(value: object, array: np.ndarray | None) -> str:
    kind = type(value).__name__
    if array is None or isinstance(value, np.ndarray):
        dtype = None if array is None else array.dtype
        return f"{kind} with dtype {dtype}" if dtype is not None else kind
    if isinstance(value, (str, bytes, dict, set)) or array.dtype == object:
        return kind
    return f"{kind} (read as dtype {array.dtype})"


#: What the result must look like: the caller's dtype, and whether it was a
#: scalar. (A plain tuple: a named tuple costs half a microsecond to make.)
Output = tuple[np.dtype[Any], bool]

_FLOAT16, _FLOAT32 = np.dtype(np.float16), np.dtype(np.float32)

#: The largest finite number of each working dtype.
LARGEST = {dtype: float(np.finfo(dtype).max) for dtype in (_FLOAT16, _FLOAT32, _FLOAT64)}

# How a function computes, by the dtype of its input:
# "double": always in float64, rounded once at the end (the default);
# "single": float32 input in float32 (where the function's float32 evaluation
#           is accurate to 4 ulp, as the tests check), others in float64;
# "same":   in the input's own float dtype (piecewise linear functions, whose
#           operations are exact or rounded once), or converted to float64
#           block by block (by_blocks with in_float64; softmax).
# float16, float32 and float64 inputs keep their dtype; anything else that is
# real (bools, signed and unsigned integers) is computed and returned as float64.
_WORKING: dict[str, dict[type, np.dtype[Any]]] = {
    "double": {np.float16: _FLOAT64, np.float32: _FLOAT64, np.float64: _FLOAT64},
    "single": {np.float16: _FLOAT64, np.float32: _FLOAT32, np.float64: _FLOAT64},
    "same": {np.float16: _FLOAT16, np.float32: _FLOAT32, np.float64: _FLOAT64},
}
# The same, keyed by the native dtypes themselves: the common case, looked up
# without going through the dtype's scalar type.
_NATIVE: dict[str, dict[np.dtype[Any], np.dtype[Any]]] = {
    precision: {np.dtype(kind): working for kind, working in table.items()}
    for precision, table in _WORKING.items()
}


def as_float_array(
    x: ArrayLike, name: str, precision: str = "double"
) -> tuple[NDArray[np.floating[Any]], Output]:
    """Return ``x`` as a float array to compute with, and the form of the result.

    Parameters
    ----------
    x : array_like
        The caller's input: a scalar, a nested sequence or an array of bools,
        integers or floats.
    name : str
        The public function's name, used in error messages.
    precision : {"double", "single", "same"}
        The working precision: always float64 ("double"), float32 for
        float32 input and float64 otherwise ("single"), or the input's own
        float dtype ("same").

    Returns
    -------
    values : ndarray
        ``x`` converted to the working dtype, at least one-dimensional (so
        that ufuncs return arrays and accept ``out=``). It may be ``x``
        itself, so callers never write into it.
    output : Output
        The dtype and scalar-ness for :func:`restore`: float16, float32 and
        float64 inputs keep their dtype; bool and integer inputs give float64.

    Raises
    ------
    TypeError
        If ``x`` is not made of real numbers (strings, complex numbers,
        objects, dictionaries, dates, ...).
    """
    # This runs on every call, so the common case (a float array in native
    # byte order) is kept to a few dictionary look-ups: on 1000 elements the
    # cheapest activations take about a microsecond.
    array = x if type(x) is np.ndarray else _read(x, name)
    dtype = array.dtype
    working = _NATIVE[precision].get(dtype)
    if working is None:
        dtype, working = _other_dtype(x, array, name, precision)
    if array.ndim:
        return array.astype(working, copy=False), (dtype, False)
    return array.astype(working).reshape(1), (dtype, True)


def _read(x: ArrayLike, name: str) -> np.ndarray:
    try:
        return np.asarray(x)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"{name}() expects real numbers (an array-like of bool, int or float); "
            f"got {_describe(x, None)} that NumPy cannot read as an array: {error}"
        ) from None


def _other_dtype(
    x: ArrayLike, array: np.ndarray, name: str, precision: str
) -> tuple[np.dtype[Any], np.dtype[Any]]:
    """The result and working dtypes for input that is not a native float array."""
    dtype = array.dtype
    working = _WORKING[precision].get(dtype.type)
    if working is not None:  # a float in non-native byte order
        return dtype, working
    if dtype.kind in "biu":
        return _FLOAT64, _FLOAT64
    detail = ""
    if dtype.kind == "f":
        detail = " (extended precision is not supported; convert to float64)"
    raise TypeError(
        f"{name}() expects real numbers (an array-like of bool, int or float); "
        f"got {_describe(x, array)}{detail}"
    )


def restore(values: NDArray[np.floating[Any]], output: Output) -> Any:
    """Round ``values`` to the output dtype; a scalar input gives a NumPy scalar.

    A value beyond the range of the dtype becomes an infinity: that is the
    correctly rounded result, so the overflow is not reported as a warning.
    """
    dtype, scalar = output
    if values.dtype != dtype:
        with np.errstate(over="ignore"):
            values = values.astype(dtype)
    return values[0] if scalar else values


#: Elementwise functions that make many passes work through arrays larger than
#: this in blocks of this many elements: the temporaries of one block are
#: reused by the next, instead of fresh memory for each (which costs page
#: faults, on some machines more than the arithmetic).
BLOCK = 65536


def by_blocks(
    kernel: Callable[[FloatArray], FloatArray], values: FloatArray, *, in_float64: bool = False
) -> FloatArray:
    """Return ``kernel(values)`` for an elementwise ``kernel``, block by block.

    With ``in_float64``, the kernel gets each block converted to float64, and
    the result is rounded back to the dtype of ``values``: for float32 input
    that is a block-sized float64 temporary instead of an array-sized one.
    """
    if values.size <= BLOCK:
        return kernel(values.astype(np.float64, copy=False) if in_float64 else values)
    result = np.empty(values.shape, values.dtype)
    flat, flat_result = values.ravel(), result.reshape(-1)  # C order: a view
    with np.errstate(over="ignore"):  # rounding to a narrower dtype (as in restore)
        for start in range(0, flat.size, BLOCK):
            block = flat[start : start + BLOCK]
            flat_result[start : start + BLOCK] = kernel(
                block.astype(np.float64, copy=False) if in_float64 else block
            )
    return result


def keep_nan(result: FloatArray, x: FloatArray) -> FloatArray:
    """Put NaN into ``result`` wherever ``x`` is NaN, for results built from comparisons.

    ``(x > 0).astype(float)`` turns NaN into 0 because comparisons with NaN
    are false; this restores the NaN so that it propagates.
    """
    # The maximum is NaN exactly when some element is: one fast pass (the
    # ufunc's own reduce; np.max's wrapper costs 3 us).
    if np.isnan(np.maximum.reduce(x, axis=None, initial=-np.inf)):
        result[np.isnan(x)] = np.nan
    return result


def gated_product(values: FloatArray, gate: FloatArray) -> FloatArray:
    """Return ``values * gate``, written into ``gate``, with 0 at ``values = -inf``.

    Gated activations (Swish, Mish, GELU, hard Swish) are ``x * gate(x)`` with
    a gate in [0, 1] that is 0 at ``-inf``; there the plain product would be
    ``-inf * 0 = nan``. Replacing ``-inf`` by the most negative float makes it
    an exact 0 (and changes no finite product).
    """
    finite = np.maximum(values, -LARGEST[values.dtype])
    return np.multiply(gate, finite, out=gate)


def check_parameter(
    value: float,
    name: str,
    function: str,
    *,
    positive: bool = False,
    nonnegative: bool = False,
) -> float:
    """Return ``value`` as a float after checking that it is a finite real number.

    Raises
    ------
    TypeError
        If ``value`` is not a real number.
    ValueError
        If ``value`` is not finite, or has the wrong sign.
    """
    # Python floats and ints first: isinstance against NumPy's types takes
    # a quarter of a microsecond, a share of the cheapest functions' time.
    if type(value) not in (float, int) and (
        isinstance(value, (bool, np.bool_))
        or not isinstance(value, (int, float, np.integer, np.floating))
    ):
        raise TypeError(
            f"{function}() parameter {name!r} must be a real number; got {type(value).__name__}"
        )
    number = float(value)
    if not math.isfinite(number):  # (np.isfinite takes a microsecond)
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
