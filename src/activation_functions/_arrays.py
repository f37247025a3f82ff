"""The input and output contract shared by every activation function.

Every public function converts its input with :func:`as_float_array`, computes
in float64, and hands the result back through :func:`restore`. Keeping the
contract in one place is what lets the tests check it once for all functions.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "as_float_array",
    "check_flag",
    "check_parameter",
    "gated_product",
    "keep_nan",
    "restore",
]

Float64Array = NDArray[np.float64]

# float16, float32 and float64 inputs keep their dtype; anything else that is
# real (bools, signed and unsigned integers) is returned as float64.
_KEPT_FLOAT_DTYPES = (np.dtype(np.float16), np.dtype(np.float32), np.dtype(np.float64))


def _describe(value: object, array: np.ndarray | None) -> str:
    kind = type(value).__name__
    if array is None or isinstance(value, np.ndarray):
        dtype = None if array is None else array.dtype
        return f"{kind} with dtype {dtype}" if dtype is not None else kind
    if isinstance(value, (str, bytes, dict, set)) or array.dtype == object:
        return kind
    return f"{kind} (read as dtype {array.dtype})"


def as_float_array(x: ArrayLike, name: str) -> tuple[Float64Array, np.dtype[Any]]:
    """Return ``x`` as a float64 array and the dtype the result must have.

    Parameters
    ----------
    x : array_like
        The caller's input: a scalar, a nested sequence or an array of bools,
        integers or floats.
    name : str
        The public function's name, used in error messages.

    Returns
    -------
    values : ndarray of float64
        ``x`` converted to float64. It may be ``x`` itself when ``x`` is
        already a float64 array, so callers never write into it.
    result_dtype : numpy.dtype
        float16, float32 or float64 inputs keep their dtype; bool and integer
        inputs give float64.

    Raises
    ------
    TypeError
        If ``x`` is not made of real numbers (strings, complex numbers,
        objects, dictionaries, dates, ...).
    """
    try:
        array = np.asarray(x)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"{name}() expects real numbers (an array-like of bool, int or float); "
            f"got {_describe(x, None)} that NumPy cannot read as an array: {error}"
        ) from None
    dtype = array.dtype
    if dtype in _KEPT_FLOAT_DTYPES:
        result_dtype = dtype
    elif dtype.kind in "biu":
        result_dtype = np.dtype(np.float64)
    else:
        detail = ""
        if dtype.kind == "f":
            detail = " (extended precision is not supported; convert to float64)"
        raise TypeError(
            f"{name}() expects real numbers (an array-like of bool, int or float); "
            f"got {_describe(x, array)}{detail}"
        )
    return array.astype(np.float64, copy=False), result_dtype


def restore(values: Float64Array, dtype: np.dtype[Any]) -> Any:
    """Round float64 ``values`` to ``dtype``; a 0-d result becomes a NumPy scalar.

    A value beyond the range of ``dtype`` becomes an infinity: that is the
    correctly rounded result, so the overflow is not reported as a warning.
    """
    if dtype != values.dtype:
        with np.errstate(over="ignore"):
            values = values.astype(dtype)
    return values[()] if values.ndim == 0 else values


def keep_nan(result: Float64Array, x: Float64Array) -> Float64Array:
    """Put NaN wherever ``x`` is NaN, for results built from comparisons.

    ``np.where(x > 0, 1.0, 0.0)`` turns NaN into 0 because comparisons with
    NaN are false; this restores the NaN so that it propagates.
    """
    return np.where(np.isnan(x), x, result)


def gated_product(values: Float64Array, gate: Float64Array) -> Float64Array:
    """Return ``values * gate``, with an exact 0 wherever the gate is 0.

    Gated activations (Swish, Mish, GELU, hard Swish) are ``x * gate(x)`` with
    ``gate(-inf) = 0``; the plain product would give ``-inf * 0 = nan``.
    """
    result = np.zeros_like(gate)
    np.multiply(values, gate, out=result, where=gate != 0.0)
    return result


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
    if isinstance(value, (bool, np.bool_)) or not isinstance(
        value, (int, float, np.integer, np.floating)
    ):
        raise TypeError(
            f"{function}() parameter {name!r} must be a real number; got {type(value).__name__}"
        )
    number = float(value)
    if not np.isfinite(number):
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
