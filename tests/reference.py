"""High-precision references (mpmath) and a units-in-the-last-place measure.

Each reference is the textbook definition evaluated with enough bits that
its own cancellation does not matter; identities are used only where the
definition would need thousands of bits (noted at each).
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import numpy as np
from mpmath import mp, mpf

WORKING_BITS = 160

SELU_SCALE = mpf("1.0507009873554804934193349852946")
SELU_ALPHA = mpf("1.6732632423543772848170429916717")


def _sigmoid(x: mpf) -> mpf:
    return 1 / (1 + mp.exp(-x))


def _tanhshrink(x: mpf) -> mpf:
    # x - tanh(x) is about x**3 / 3: cancelling it needs about 2 |log2 x| bits.
    extra = max(0, -2 * int(mp.mag(x))) if x != 0 else 0
    with mp.workprec(mp.prec + extra):
        return x - mp.tanh(x)


def _gelu_tanh(x: mpf) -> mpf:
    # 1 + tanh(u) = 2 sigmoid(2u) exactly; the left form would cancel.
    u = mp.sqrt(2 / mp.pi) * (x + mpf("0.044715") * x**3)
    return x * _sigmoid(2 * u)


def _gelu(x: mpf) -> mpf:
    if x < -60:
        # mpmath's erfc overflows for huge arguments; the leading term of the
        # asymptotic series, x Phi(x) ~ -phi(x), is far below any float there.
        return -mp.exp(-(x**2) / 2) / mp.sqrt(2 * mp.pi)
    return x * mp.ncdf(x)


def _squareplus(x: mpf, b: float = 4.0) -> mpf:
    # x + sqrt(x**2 + b) cancels for x < 0 (to b / (4|x|)): b / (2 (sqrt - x)) does not.
    b = mpf(b)
    root = mp.sqrt(x * x + b)
    return b / (2 * (root - x)) if x < 0 else (x + root) / 2


def _snake(x: mpf, a: float = 1.0) -> mpf:
    # x + sin(a x)**2 / a: the sine of a large argument needs its bits.
    a = mpf(a)
    extra = max(0, int(mp.mag(a * x))) if x != 0 else 0

    with mp.workprec(mp.prec + extra):
        return x + mp.sin(a * x) ** 2 / a


REFERENCES: dict[str, Callable[[mpf], mpf]] = {
    "identity": lambda x: x,
    "relu": lambda x: max(x, mpf(0)),
    "sigmoid": _sigmoid,
    "tanh": mp.tanh,
    "softplus": lambda x: mp.log1p(mp.exp(x)),
    "swish": lambda x: x * _sigmoid(x),
    "silu": lambda x: x * _sigmoid(x),
    "mish": lambda x: x * mp.tanh(mp.log1p(mp.exp(x))),
    "gelu": _gelu,
    "log_sigmoid": lambda x: -mp.log1p(mp.exp(-x)),
    "softsign": lambda x: x / (1 + abs(x)),
    "leaky_relu": lambda x: x if x > 0 else x / 100,
    "prelu": lambda x: x if x > 0 else x / 4,
    "rrelu": lambda x: x if x > 0 else x * (mpf(1) / 8 + mpf(1) / 3) / 2,
    "relu6": lambda x: min(max(x, mpf(0)), mpf(6)),
    "threshold": lambda x: x if x > 1 else mpf(0),
    "elu": lambda x: x if x > 0 else mp.expm1(x),
    "selu": lambda x: SELU_SCALE * (x if x > 0 else SELU_ALPHA * mp.expm1(x)),
    "celu": lambda x: x if x > 0 else mp.expm1(x),
    "hard_sigmoid": lambda x: min(max((x + 3) / 6, mpf(0)), mpf(1)),
    "hard_swish": lambda x: x * min(max(x + 3, mpf(0)), mpf(6)) / 6,
    "hard_tanh": lambda x: min(max(x, mpf(-1)), mpf(1)),
    "softshrink": lambda x: x - mpf("0.5") if x > 0.5 else (x + mpf("0.5") if x < -0.5 else 0),
    "hardshrink": lambda x: x if abs(x) > 0.5 else mpf(0),
    "tanhshrink": _tanhshrink,
    "step": lambda x: mpf(1) if x > 0 else mpf(0),
    "exponential": mp.exp,
    "squareplus": _squareplus,
    "quick_gelu": lambda x: x * _sigmoid(mpf(1.702) * x),
    "relu_squared": lambda x: max(x, mpf(0)) ** 2,
    "star_relu": lambda x: mpf(0.8944) * max(x, mpf(0)) ** 2 + mpf(-0.4472),
    "sparse_sigmoid": lambda x: min(max((x + 1) / 2, mpf(0)), mpf(1)),
    "sparse_plus": lambda x: mpf(0) if x <= -1 else (x if x >= 1 else (x + 1) ** 2 / 4),
    "snake": _snake,
}

#: References for functions at non-default parameters, keyed by a label.
PARAMETRISED: dict[str, tuple[str, dict[str, float], Callable[[mpf], mpf]]] = {
    "gelu_tanh": ("gelu", {"approximate": True}, _gelu_tanh),
    "swish_beta_0.7": ("swish", {"beta": 0.7}, lambda x: x * _sigmoid(mpf(0.7) * x)),
    "swish_beta_2": ("swish", {"beta": 2.0}, lambda x: x * _sigmoid(2 * x)),
    "celu_alpha_3": (
        "celu",
        {"alpha": 3.0},
        lambda x: x if x > 0 else 3 * mp.expm1(x / 3),
    ),
    "elu_alpha_0.3": ("elu", {"alpha": 0.3}, lambda x: x if x > 0 else mpf(0.3) * mp.expm1(x)),
    "squareplus_b_0.01": ("squareplus", {"b": 0.01}, lambda x: _squareplus(x, 0.01)),
    "snake_frequency_0.3": ("snake", {"frequency": 0.3}, lambda x: _snake(x, 0.3)),
    "snake_frequency_7": ("snake", {"frequency": 7.0}, lambda x: _snake(x, 7.0)),
    "star_relu_1.5_0.2": (
        "star_relu",
        {"scale": 1.5, "bias": 0.2},
        lambda x: mpf(1.5) * max(x, mpf(0)) ** 2 + mpf(0.2),
    ),
}

_PRECISION_BITS = {np.dtype(np.float16): 11, np.dtype(np.float32): 24, np.dtype(np.float64): 53}


def exact(reference: Callable[[mpf], mpf], x: float) -> mpf:
    """Evaluate ``reference`` at the float ``x`` with ample precision."""
    with mp.workprec(WORKING_BITS):
        return reference(mpf(float(x)))


def ulp_error(actual: float, exact_value: mpf, dtype: np.dtype) -> float:
    """Error of ``actual`` in units in the last place of ``exact_value`` in ``dtype``.

    Returns 0 for an exact value below the smallest normal number when
    ``actual`` is below it too (flushing to zero is allowed there), and
    ``inf`` when one of the two is infinite and the other is not, or when
    only ``actual`` is NaN.
    """
    dtype = np.dtype(dtype)
    info = np.finfo(dtype)
    bits = _PRECISION_BITS[dtype]
    if np.isnan(actual):
        return 0.0 if mpmath.isnan(exact_value) else float("inf")
    largest = mpf(float(info.max))
    # Values at or beyond max + half an ulp round to infinity.
    overflow_limit = largest + mpf(2) ** (int(mp.mag(largest)) - bits - 1)
    if abs(exact_value) >= overflow_limit:
        return 0.0 if np.isinf(actual) and (actual > 0) == (exact_value > 0) else float("inf")
    if np.isinf(actual):
        return float("inf")
    if abs(exact_value) < mpf(float(info.smallest_normal)):
        return 0.0 if abs(actual) <= float(info.smallest_normal) else float("inf")
    _, exponent = mp.frexp(exact_value)
    unit = mpf(2) ** (int(exponent) - bits)
    return float(abs(mpf(float(actual)) - exact_value) / unit)


def dense_grid(dtype: np.dtype) -> np.ndarray:
    """A dense grid over the whole finite range of ``dtype``, with its edges.

    Linear near 0, logarithmic out to the largest float, dense around the
    points where exponentials overflow or underflow (about 88.7 and 103.9
    in float32, 709.8 and 745.1 in float64), and the extreme values.
    """
    dtype = np.dtype(dtype)
    info = np.finfo(dtype)
    log_max = np.log10(float(info.max))
    log_tiny = np.log10(float(info.smallest_normal))
    edges = (20.0, 30.0, 40.0, 88.72, 103.97, 709.78, 745.13, 750.0)
    magnitudes = [
        np.linspace(0.0, 10.0, 801)[1:],
        np.linspace(10.0, 50.0, 401),
        np.geomspace(float(info.smallest_normal), float(info.max) / 2, 1200),
        np.geomspace(10 ** (log_tiny / 2), 10 ** (log_max / 2), 200),
        *(np.linspace(edge - 1.5, edge + 1.5, 61) for edge in edges),
    ]
    positive = np.concatenate(magnitudes)
    points = np.concatenate([-positive, [0.0], positive])
    with np.errstate(over="ignore"):
        points = points.astype(dtype)
    points = points[np.isfinite(points)]
    extremes = np.array(
        [info.max, -info.max, info.smallest_normal, -info.smallest_normal], dtype=dtype
    )
    return np.unique(np.concatenate([points, extremes]))


def float32_sample(size: int, seed: int) -> np.ndarray:
    """``size`` float32: half with magnitudes uniform in the bits from 2**-20
    to 2**8 (every binade alike) and either sign, half uniform on [-40, 40]."""
    rng = np.random.default_rng(seed)
    low, high = (np.array(2.0**e, np.float32).view(np.uint32) for e in (-20, 8))
    magnitudes = rng.integers(low, high, size // 2, dtype=np.uint32).view(np.float32)
    signs = np.where(rng.random(magnitudes.size) < 0.5, -1.0, 1.0).astype(np.float32)
    uniform = rng.uniform(-40.0, 40.0, size // 2).astype(np.float32)
    return np.concatenate([magnitudes * signs, uniform])
