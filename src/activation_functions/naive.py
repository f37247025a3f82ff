"""The textbook formulas, for comparison only.

These are the one-line NumPy formulas a reader would otherwise write: for
the functions of the article this project grew from, its formulas (with
``astype(float)`` where it used the removed ``np.int``). They are what the
package's functions are measured against, in speed (``nox -s bench``, the
cost experiment) and in accuracy (the accuracy experiment). Do not use them:
several overflow, return NaN or lose all precision far from 0, and NumPy
warns when they do.

Examples
--------
>>> import numpy as np
>>> from activation_functions import naive, softplus
>>> naive.FORMULAS["softplus"](np.array([1.0, 2.0]))
array([1.31326169, 2.12692801])
>>> with np.errstate(over="ignore"):
...     print(naive.FORMULAS["softplus"](np.array([800.0])), softplus([800.0]))
[inf] [800.]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import numpy as np
from scipy import special

__all__ = ["ARTICLE", "FORMULAS"]


def _tanh(x: Any) -> Any:
    return (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x))


def _softplus(x: Any) -> Any:
    return np.log(1.0 + np.exp(x))


def _sigmoid(x: Any) -> Any:
    return 1 / (1 + np.exp(-x))


def _softmax(x: Any) -> Any:
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def _gelu(x: Any) -> Any:
    return 0.5 * x * (1 + special.erf(x / np.sqrt(2)))


def _gated(x: Any, gate: Callable[[Any], Any]) -> Any:
    a, b = np.split(x, 2, axis=-1)
    return a * gate(b)


def _sparsemax(x: Any) -> Any:
    z = -np.sort(-x, axis=-1)
    k = np.arange(1, x.shape[-1] + 1)
    cumulative = np.cumsum(z, axis=-1)
    size = np.sum(1 + k * z > cumulative, axis=-1, keepdims=True)
    tau = (np.take_along_axis(cumulative, size - 1, axis=-1) - 1) / size
    return np.maximum(x - tau, 0)


def _entmax15(x: Any) -> Any:
    z = x / 2 - np.max(x / 2, axis=-1, keepdims=True)
    ordered = -np.sort(-z, axis=-1)
    k = np.arange(1, x.shape[-1] + 1)
    mean = np.cumsum(ordered, axis=-1) / k
    spread = k * (np.cumsum(ordered**2, axis=-1) / k - mean**2)
    tau = mean - np.sqrt(np.clip((1 - spread) / k, 0, None))
    size = np.sum(tau <= ordered, axis=-1, keepdims=True)
    return np.maximum(z - np.take_along_axis(tau, size - 1, axis=-1), 0) ** 2


#: The formula for each name of :data:`~activation_functions.ACTIVATIONS`;
#: parameters at the package's defaults. The softmax family and the gated
#: units work along the last axis.
FORMULAS: Mapping[str, Callable[[Any], Any]] = MappingProxyType(
    {
        "step": lambda x: (x > 0).astype(np.result_type(x, float)),
        "identity": lambda x: x.copy(),
        "sigmoid": _sigmoid,
        "tanh": _tanh,
        "relu": lambda x: np.maximum(0, x),
        "softmax": _softmax,
        "log_softmax": lambda x: x - np.log(np.sum(np.exp(x), axis=-1, keepdims=True)),
        "softplus": _softplus,
        "swish": lambda x: x * _sigmoid(x),
        "silu": lambda x: x * _sigmoid(x),
        "mish": lambda x: x * _tanh(_softplus(x)),
        "gelu": _gelu,
        "log_sigmoid": lambda x: -np.log(1 + np.exp(-x)),
        "softsign": lambda x: x / (1 + np.abs(x)),
        "leaky_relu": lambda x: np.where(x > 0, x, 0.01 * x),
        "prelu": lambda x: np.where(x > 0, x, 0.25 * x),
        "rrelu": lambda x: np.where(x > 0, x, (1 / 8 + 1 / 3) / 2 * x),
        "relu6": lambda x: np.minimum(np.maximum(0, x), 6),
        "threshold": lambda x: np.where(x > 1.0, x, 0.0),
        "elu": lambda x: np.where(x > 0, x, np.exp(x) - 1),
        "selu": lambda x: (
            1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * (np.exp(x) - 1))
        ),
        "celu": lambda x: np.maximum(0, x) + np.minimum(0, np.exp(x) - 1),
        "hard_sigmoid": lambda x: np.minimum(np.maximum(0, x + 3), 6) / 6,
        "hard_swish": lambda x: x * np.minimum(np.maximum(0, x + 3), 6) / 6,
        "hard_tanh": lambda x: np.minimum(np.maximum(x, -1), 1),
        "softshrink": lambda x: np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0)),
        "hardshrink": lambda x: np.where(np.abs(x) > 0.5, x, 0),
        "tanhshrink": lambda x: x - np.tanh(x),
        "exponential": np.exp,
        "squareplus": lambda x: (x + np.sqrt(x * x + 4)) / 2,
        "quick_gelu": lambda x: x * _sigmoid(1.702 * x),
        "relu_squared": lambda x: np.maximum(0, x) ** 2,
        "star_relu": lambda x: 0.8944 * np.maximum(0, x) ** 2 - 0.4472,
        "sparse_sigmoid": lambda x: np.clip((x + 1) / 2, 0, 1),
        "sparse_plus": lambda x: np.where(x <= -1, 0, np.where(x >= 1, x, (x + 1) ** 2 / 4)),
        "snake": lambda x: x + np.sin(x) ** 2,
        "glu": lambda x: _gated(x, _sigmoid),
        "reglu": lambda x: _gated(x, lambda b: np.maximum(0, b)),
        "geglu": lambda x: _gated(x, _gelu),
        "swiglu": lambda x: _gated(x, lambda b: b * _sigmoid(b)),
        "softmin": lambda x: _softmax(-x),
        "sparsemax": _sparsemax,
        "entmax15": _entmax15,
    }
)

#: The names whose formula is the article's own.
ARTICLE: frozenset[str] = frozenset(
    {"step", "identity", "sigmoid", "tanh", "relu", "softmax", "softplus", "swish", "mish"}
)
