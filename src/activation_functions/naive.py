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


#: The formula for each name of :data:`~activation_functions.ACTIVATIONS`;
#: parameters at the package's defaults. ``softmax`` and ``log_softmax``
#: work along the last axis.
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
        "gelu": lambda x: 0.5 * x * (1 + special.erf(x / np.sqrt(2))),
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
    }
)

#: The names whose formula is the article's own.
ARTICLE: frozenset[str] = frozenset(
    {"step", "identity", "sigmoid", "tanh", "relu", "softmax", "softplus", "swish", "mish"}
)
