"""The input and output contract shared by every activation function.

Every public function converts its input with :func:`as_float_array`, computes
in float64, and hands the result back through :func:`restore`. Keeping the
contract in one place is what lets the tests check it once for all functions.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "Output",
    "as_float_array",
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


class Output(NamedTuple):
    """What the result must look like: the caller's dtype and shape."""

    dtype: np.dtype[Any]
    shape: tuple[int, ...]


# How a function computes, by the dtype of its input:
# "double": always in float64, rounded once at the end (the default);
# "single": float32 input in float32 (where the function's float32 evaluation
#           is accurate to 4 ulp, as the tests check), others in float64;
# "same":   in the input's own float dtype (piecewise linear functions, whose
#           operations are exact or rounded once).
# float16, float32 and float64 inputs keep their dtype; anything else that is
# real (bools, signed and unsigned integers) is computed and returned as float64.
_WORKING: dict[str, dict[type, type]] = {
    "double": {np.float16: np.float64, np.float32: np.float64, np.float64: np.float64},
    "single": {np.float16: np.float64, np.float32: np.float32, np.float64: np.float64},
    "same": {np.float16: np.float16, np.float32: np.float32, np.float64: np.float64},
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
        The dtype and shape for :func:`restore`: float16, float32 and float64
        inputs keep their dtype; bool and integer inputs give float64.

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
    working = _WORKING[precision].get(dtype.type)
    if working is not None:
        result_dtype = dtype
    elif dtype.kind in "biu":
        result_dtype = _FLOAT64
        working = np.float64
    else:
        detail = ""
        if dtype.kind == "f":
            detail = " (extended precision is not supported; convert to float64)"
        raise TypeError(
            f"{name}() expects real numbers (an array-like of bool, int or float); "
            f"got {_describe(x, array)}{detail}"
        )
    values: NDArray[np.floating[Any]] = array.astype(working, copy=False)
    if values.ndim == 0:
        values = values.reshape(1)
    return values, Output(result_dtype, array.shape)


def restore(values: NDArray[np.floating[Any]], output: Output) -> Any:
    """Round ``values`` to the output dtype; a 0-d result becomes a NumPy scalar.

    A value beyond the range of the dtype becomes an infinity: that is the
    correctly rounded result, so the overflow is not reported as a warning.
    """
    if output.dtype != values.dtype:
        with np.errstate(over="ignore"):
            values = values.astype(output.dtype)
    return values.reshape(output.shape)[()] if output.shape == () else values


def keep_nan(result: FloatArray, x: FloatArray) -> FloatArray:
    """Put NaN into ``result`` wherever ``x`` is NaN, for results built from comparisons.

    ``(x > 0).astype(float)`` turns NaN into 0 because comparisons with NaN
    are false; this restores the NaN so that it propagates.
    """
    # The maximum is NaN exactly when some element is: one fast pass.
    if np.isnan(np.max(x, initial=-np.inf)):
        result[np.isnan(x)] = np.nan
    return result


def gated_product(values: FloatArray, gate: FloatArray) -> FloatArray:
    """Return ``values * gate``, written into ``gate``, with 0 at ``values = -inf``.

    Gated activations (Swish, Mish, GELU, hard Swish) are ``x * gate(x)`` with
    a gate in [0, 1] that is 0 at ``-inf``; there the plain product would be
    ``-inf * 0 = nan``. Replacing ``-inf`` by the most negative float makes it
    an exact 0 (and changes no finite product).
    """
    finite = np.maximum(values, -np.finfo(values.dtype).max)
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
