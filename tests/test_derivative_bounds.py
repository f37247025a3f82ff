"""Every derivative within 8 ulp of mpmath over the whole float range.

The promise (for the package's contract): each ``<name>_derivative`` is
within 8 units in the last place of the exact derivative, except where the
terms of its closed form cancel (near a zero of the derivative, as for
swish', mish' and gelu' near x = -1.28, -1.19 and -0.75), where the error is
at most 8 units in the last place of the largest term, whichever bound is
larger. The terms are those of :data:`TERM_FORMULAS`. Results below the
smallest normal number may be flushed to zero, as for the functions.

The references are the closed forms evaluated with mpmath at 160 bits
(tests/test_derivatives.py checks the closed forms against mpmath's numerical
derivative of the functions themselves).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from mpmath import mp, mpf
from reference import (
    PARAMETRISED,
    SELU_ALPHA,
    SELU_SCALE,
    dense_grid,
    exact,
    float32_sample,
    ulp_error,
)
from scipy.special import expit, ndtr

from activation_functions import ACTIVATIONS

MAX_ULP = 8.0

#: The terms whose largest magnitude sets the absolute bound, by function
#: (s = sigma(beta x), v = sqrt(8/pi) (x + 0.044715 x**3)). Every other
#: derivative is a single product and has one term: the value itself.
TERM_FORMULAS = {
    "swish": ("s", "beta x s (1 - s)"),
    "silu": ("s", "x s (1 - s)"),
    "mish": ("tanh(softplus(x))", "x sigma(x) sech^2(softplus(x))"),
    "gelu": ("Phi(x)", "x phi(x)"),
    "gelu (approximate)": ("sigma(v)", "x sigma(v) (1 - sigma(v)) v'(x)"),
    "hard_swish": ("1/2", "x/3"),
    "quick_gelu": ("s", "1.702 x s (1 - s)"),
    "snake": ("1", "sin(2 a x)"),
}

# Beyond these arguments every term is 0 or 1 to far more than 160 bits
# (e**-5000 < 2**-7000); they spare mpmath exponentials of 1e308.
_HUGE = 5000


def _sigmoid(a: mpf) -> mpf:
    return 1 / (1 + mp.exp(-a))


def _gated_terms(a: mpf, x_times_slope: mpf) -> tuple[mpf, ...]:
    """sigma(a) and x_times_slope sigma(a) sigma(-a): swish', silu', tanh-GELU'."""
    if a > _HUGE:
        return (mpf(1),)
    if a < -_HUGE:
        return (mpf(0),)
    s, c = _sigmoid(a), _sigmoid(-a)
    return (s, x_times_slope * s * c)


def _mish_terms(x: mpf) -> tuple[mpf, ...]:
    if x > _HUGE:
        return (mpf(1),)
    if x < -_HUGE:
        return (mpf(0),)
    sp = mp.log1p(mp.exp(x))
    return (mp.tanh(sp), x * _sigmoid(x) * mp.sech(sp) ** 2)


def _gelu_terms(x: mpf) -> tuple[mpf, ...]:
    if abs(x) > 60:  # mpmath's erfc overflows far out; the value is 0 or 1 to 2**-2500
        return (mpf(0) if x < 0 else mpf(1),)
    return (mp.ncdf(x), x * mp.npdf(x))


def _gelu_tanh_terms(x: mpf) -> tuple[mpf, ...]:
    cubic = mpf("0.044715")
    scale = mp.sqrt(8 / mp.pi)
    if abs(x) > 1000:  # |v| > 7e7
        return (mpf(0) if x < 0 else mpf(1),)
    v = scale * (x + cubic * x**3)
    return _gated_terms(v, x * scale * (1 + 3 * cubic * x**2))


def _exp_or_zero(a: mpf) -> mpf:
    return mpf(0) if a < -1e6 else mp.exp(a)


def _decay_ratio(u: mpf) -> mpf:
    return u / (1 + u) ** 2


def _squareplus_slope(x: mpf, b: mpf) -> mpf:
    root = mp.sqrt(x * x + b)
    if x < 0:  # (1 + x / root) / 2 cancels; this is the same number
        return b / (2 * root * (root - x))
    return (1 + x / root) / 2


def _snake_terms(x: mpf, a: mpf) -> tuple[mpf, ...]:
    extra = max(0, int(mp.mag(a * x))) if x != 0 else 0
    with mp.workprec(mp.prec + extra):
        return (mpf(1), mp.sin(2 * a * x))


def derivative_terms(name: str, parameters: dict) -> Callable[[mpf], tuple[mpf, ...]]:
    """The terms of ``name``'s derivative at ``parameters`` (the catalogue's on top)."""
    parameters = {**ACTIVATIONS[name].parameters, **parameters}
    beta = mpf(parameters.get("beta", 1.0))
    alpha = mpf(parameters.get("alpha", 1.0))

    def one(value: mpf | int) -> tuple[mpf, ...]:
        return (mpf(value),)

    forms: dict[str, Callable[[mpf], tuple[mpf, ...]]] = {
        "step": lambda _: one(0),
        "identity": lambda _: one(1),
        "relu": lambda x: one(x > 0),
        "leaky_relu": lambda x: one(1) if x > 0 else (mpf(1) / 100,),
        "prelu": lambda x: one(1) if x > 0 else (mpf(1) / 4,),
        "rrelu": lambda x: one(1) if x > 0 else ((mpf(1) / 8 + mpf(1) / 3) / 2,),
        "relu6": lambda x: one(0 < x < 6),
        "threshold": lambda x: one(x > parameters["threshold"]),
        "hard_sigmoid": lambda x: (mpf(1) / 6 if -3 < x < 3 else mpf(0),),
        "hard_swish": lambda x: (mpf(1) / 2, x / 3) if -3 < x < 3 else one(x >= 3),
        "hard_tanh": lambda x: one(-1 < x < 1),
        "softshrink": lambda x: one(abs(x) > mpf("0.5")),
        "hardshrink": lambda x: one(abs(x) > mpf("0.5")),
        "sigmoid": lambda x: (_decay_ratio(_exp_or_zero(-abs(x))),),
        "tanh": lambda x: (4 * _decay_ratio(_exp_or_zero(-2 * abs(x))),),
        "softplus": lambda x: (mpf(1) if x > 1e6 else _sigmoid(x),),
        "log_sigmoid": lambda x: (mpf(1) if x < -1e6 else _sigmoid(-x),),
        "softsign": lambda x: (1 / (1 + abs(x)) ** 2,),
        "tanhshrink": lambda x: (mpf(1) if abs(x) > 1e6 else mp.tanh(x) ** 2,),
        "elu": lambda x: one(1) if x > 0 else (alpha * _exp_or_zero(x),),
        "selu": lambda x: (SELU_SCALE,) if x > 0 else (SELU_SCALE * SELU_ALPHA * _exp_or_zero(x),),
        "celu": lambda x: one(1) if x > 0 else (_exp_or_zero(x / alpha),),
        "swish": lambda x: _gated_terms(beta * x, beta * x),
        "silu": lambda x: _gated_terms(x, x),
        "mish": _mish_terms,
        "gelu": _gelu_tanh_terms if parameters.get("approximate") else _gelu_terms,
        "exponential": lambda x: (mpf(0) if x < -1e6 else mp.exp(x),),
        "squareplus": lambda x: (_squareplus_slope(x, mpf(parameters.get("b", 4.0))),),
        "quick_gelu": lambda x: _gated_terms(mpf(1.702) * x, mpf(1.702) * x),
        "relu_squared": lambda x: (2 * max(x, mpf(0)),),
        "star_relu": lambda x: (2 * mpf(parameters.get("scale", 0.8944)) * max(x, mpf(0)),),
        "sparse_sigmoid": lambda x: (mpf(1) / 2 if -1 < x < 1 else mpf(0),),
        "sparse_plus": lambda x: (min(max((x + 1) / 2, mpf(0)), mpf(1)),),
        "snake": lambda x: _snake_terms(x, mpf(parameters.get("frequency", 1.0))),
    }
    return forms[name]


ELEMENTWISE = [name for name, entry in ACTIVATIONS.items() if entry.elementwise]
CASES = [(name, name, {}) for name in ELEMENTWISE] + [
    (label, name, parameters) for label, (name, parameters, _) in PARAMETRISED.items()
]
CASES.append(("swish_beta_1.702", "swish", {"beta": 1.702}))


def kink_free(name: str, points: np.ndarray) -> np.ndarray:
    """The points not within a relative 1e-9 of a kink (a kink itself stays:
    there the derivative is that of the piece containing it)."""
    keep = np.ones(points.shape, bool)
    x = points.astype(np.float64)
    for kink in ACTIVATIONS[name].kinks:
        distance = np.abs(x - kink)
        keep &= ~((distance > 0) & (distance <= 1e-9 * abs(kink)))
    return points[keep]


def edge_points(name: str, parameters: dict, dtype: type) -> np.ndarray:
    """Points where an exponential inside the derivative is subnormal while the
    derivative need not be (its other factors reach some 6000): its argument
    in [-720, -700] (float64) or [-100, -85] (float32). The argument is beta x
    for swish, x / alpha for celu, 2x for tanh, x**2 / 2 for gelu and about
    0.0714 x**3 for its tanh form: these windows move with the function and
    its parameters, away from the fixed edges of ``dense_grid``."""
    parameters = {**ACTIVATIONS[name].parameters, **parameters}
    low, high = (85.0, 100.0) if np.dtype(dtype) == np.float32 else (700.0, 720.0)
    argument = np.linspace(low, high, 401)
    if name == "gelu" and parameters.get("approximate"):
        x = np.cbrt(argument / (1.5957691216057308 * 0.044715))
    elif name == "gelu":
        x = np.sqrt(2 * argument)
    else:
        scale = {
            "swish": abs(parameters.get("beta", 1.0)) or 1.0,
            "quick_gelu": 1.702,
            "tanh": 2.0,
            "celu": 1.0 / parameters.get("alpha", 1.0),
        }.get(name, 1.0)
        x = argument / scale
    return (-x).astype(dtype)  # (tanh' is even; every other window is on the left)


def derivative_error(actual: float, terms: tuple[mpf, ...], dtype: np.dtype) -> float:
    """Error of ``actual`` in units of the exact value, or of its largest term if fewer."""
    dtype = np.dtype(dtype)
    with mp.workprec(160):
        value = mp.fsum(terms)
        relative = ulp_error(actual, value, dtype)
        largest = max(abs(term) for term in terms)
        if len(terms) == 1 or not np.isfinite(actual) or relative == 0:
            return relative
        if largest < mpf(float(np.finfo(dtype).smallest_normal)):
            return relative
        _, exponent = mp.frexp(largest)
        unit = mpf(2) ** (int(exponent) - (np.finfo(dtype).nmant + 1))
        return min(relative, float(abs(mpf(float(actual)) - value) / unit))


def evaluate(name: str, parameters: dict, points: np.ndarray) -> np.ndarray:
    entry = ACTIVATIONS[name]
    return entry.derivative(points, **{**entry.parameters, **parameters})


def exact_values(
    terms: Callable[[mpf], tuple[mpf, ...]], points: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The exact derivative at each point as a float64 pair (high + low), and
    its largest term (0 where there is one term)."""
    high, low, largest = (np.zeros(points.size) for _ in range(3))
    with mp.workprec(160):
        for i, x in enumerate(points):
            parts = terms(mpf(float(x)))
            value = mp.fsum(parts)
            high[i] = float(value)
            low[i] = float(value - high[i])
            if len(parts) > 1:
                largest[i] = float(max(abs(part) for part in parts))
    return high, low, largest


def grid_errors(
    actual: np.ndarray, high: np.ndarray, low: np.ndarray, largest: np.ndarray, dtype: type
) -> np.ndarray:
    """:func:`derivative_error` for arrays, from :func:`exact_values` (to about
    1e-9 ulp: callers recheck the points near the bound with derivative_error)."""
    info = np.finfo(dtype)
    bits, tiny = info.nmant + 1, float(info.smallest_normal)
    actual = actual.astype(np.float64)
    with np.errstate(invalid="ignore"):  # inf - inf
        difference = np.abs((actual - high) - low)

    # The unit of high + low: half that of high just below a power of two.
    mantissa, exponent = np.frexp(high)
    exponent -= (np.abs(mantissa) == 0.5) & (np.sign(low) * np.sign(high) < 0)

    # The largest term is rounded: take the smaller unit where it may be off.
    _, term_exponent = np.frexp(np.nextafter(largest, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        error = np.where(high != 0, difference / np.ldexp(1.0, exponent - bits), np.inf)
        by_term = difference / np.ldexp(1.0, term_exponent - bits)
    by_term[largest < tiny] = np.inf
    error = np.minimum(error, by_term)
    error[(np.abs(high) < tiny) & (np.abs(actual) <= tiny)] = 0.0
    error[np.isnan(error)] = np.inf
    return error


def worst_error(
    name: str,
    parameters: dict,
    dtype: type,
    derivative: Callable[[np.ndarray], np.ndarray] | None = None,
) -> tuple[float, float]:
    """The worst error over the dense grid, and where (``derivative`` to test another one)."""
    grid = np.concatenate([dense_grid(np.dtype(dtype)), edge_points(name, parameters, dtype)])
    points = kink_free(name, np.unique(grid))
    if name == "snake":
        # snake' is NaN where a x is beyond the largest float (its contract).
        with np.errstate(over="ignore"):
            phase = points.astype(np.float64) * parameters.get("frequency", 1.0)
        points = points[np.isfinite(phase)]

    results = (derivative or (lambda p: evaluate(name, parameters, p)))(points)
    assert results.dtype == points.dtype
    terms = derivative_terms(name, parameters)
    errors = grid_errors(results, *exact_values(terms, points), points.dtype)
    # Near or beyond the bound, the exact measure decides.
    for i in np.flatnonzero(errors > MAX_ULP - 0.01):
        exact_terms = exact(terms, float(points[i]))
        errors[i] = derivative_error(float(results[i]), exact_terms, points.dtype)
    worst = int(np.argmax(errors))
    return float(errors[worst]), float(points[worst])


def test_every_elementwise_derivative_has_a_reference():
    for name in ELEMENTWISE:
        assert derivative_terms(name, {})(mpf("0.25")), name


@pytest.mark.slow
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(("label", "name", "parameters"), CASES, ids=[c[0] for c in CASES])
def test_derivative_within_eight_ulp_over_the_whole_range(label, name, parameters, dtype):
    worst, worst_x = worst_error(name, parameters, dtype)
    assert worst <= MAX_ULP, f"{label}' ({np.dtype(dtype)}): {worst:.2f} ulp at x = {worst_x!r}"


def array_errors(
    actual: np.ndarray, wide: np.ndarray, dtype: type, largest: np.ndarray | None = None
) -> np.ndarray:
    """Errors of ``actual`` against float64 results ``wide``, in ulp of ``dtype``.

    In units of ``wide`` or, if fewer, of ``largest`` (the largest term, where
    given and normal); below the smallest normal number any result at most
    that small counts as exact; beyond the largest float, an infinity is the
    correctly rounded result; NaN against a number is an infinite error.
    """
    info = np.finfo(dtype)
    bits, lowest = info.nmant + 1, int(np.log2(float(info.smallest_normal))) + 1
    actual, wide = actual.astype(np.float64), wide.astype(np.float64)
    tiny = float(info.smallest_normal)

    def unit(values: np.ndarray) -> np.ndarray:
        _, exponent = np.frexp(values)
        return np.ldexp(1.0, np.maximum(exponent, lowest) - bits)

    with np.errstate(invalid="ignore"):  # inf - inf
        difference = np.abs(actual - wide)
        error = difference / unit(wide)
        if largest is not None:
            normal = np.isfinite(largest) & (largest >= tiny)
            error = np.where(normal, np.minimum(error, difference / unit(largest)), error)
    error[(np.abs(wide) < tiny) & (np.abs(actual) <= tiny)] = 0.0
    # Beyond the largest float the correctly rounded result is an infinity.
    with np.errstate(over="ignore"):
        rounded = wide.astype(dtype)
    error[np.isinf(rounded) & (actual == rounded)] = 0.0
    error[np.isnan(error)] = np.inf
    return error


def largest_term(name: str, parameters: dict, x: np.ndarray) -> np.ndarray | None:
    """The largest term of :data:`TERM_FORMULAS`, in float64 (an estimate is enough)."""
    with np.errstate(all="ignore"):
        if name in ("swish", "silu"):
            a = parameters.get("beta", 1.0) * x
            gate = expit(a)
            return np.maximum(gate, np.abs(a * gate * expit(-a)))
        if name == "mish":
            softplus = np.logaddexp(x, 0.0)
            return np.maximum(np.tanh(softplus), np.abs(x * expit(x) / np.cosh(softplus) ** 2))
        if name == "gelu" and parameters.get("approximate"):
            v = 1.5957691216057308 * (x + 0.044715 * x**3)
            slope = 1.5957691216057308 * (1 + 0.134145 * x**2)
            return np.maximum(expit(v), np.abs(x * expit(v) * expit(-v) * slope))
        if name == "gelu":
            return np.maximum(ndtr(x), np.abs(x) * np.exp(-(x**2) / 2) / np.sqrt(2 * np.pi))
        if name == "hard_swish":
            return np.where(np.abs(x) < 3, np.maximum(0.5, np.abs(x) / 3), 0.0)
        if name == "quick_gelu":
            a = 1.702 * x
            return np.maximum(expit(a), np.abs(a * expit(a) * expit(-a)))
        if name == "snake":
            return np.ones_like(x)
    return None


@pytest.mark.slow
@pytest.mark.parametrize(("label", "name", "parameters"), CASES, ids=[c[0] for c in CASES])
def test_float32_derivative_within_eight_ulp_on_a_million_points(label, name, parameters):
    """Derivatives computed in float32 arithmetic (sigmoid', tanh', silu', mish',
    the ELUs', ...) have rare worst cases that the dense grid misses. The
    float64 result (within 8 float64 ulp, 3e-8 float32 ulp) stands in for the
    exact value."""
    x = float32_sample(1_000_000, seed=2027)  # (as in test_accuracy, another sample)
    actual = evaluate(name, parameters, x)
    assert actual.dtype == np.float32
    wide = evaluate(name, parameters, x.astype(np.float64))
    largest = largest_term(name, parameters, x.astype(np.float64))
    error = array_errors(actual, wide, np.float32, largest)
    worst = int(np.argmax(error))
    message = f"{label}' (float32): {error[worst]:.2f} ulp at x = {x[worst]!r}"
    assert error[worst] <= MAX_ULP, message


EVERY_FLOAT16 = np.arange(2**16, dtype=np.uint16).view(np.float16)
EVERY_FLOAT16 = EVERY_FLOAT16[np.isfinite(EVERY_FLOAT16)]


@pytest.mark.parametrize(("label", "name", "parameters"), CASES, ids=[c[0] for c in CASES])
def test_float16_derivative_is_correctly_rounded_on_every_finite_input(label, name, parameters):
    """float16 input is computed in float64 and rounded once: within half an ulp
    of the float64 result (itself within 8 float64 ulp, 2e-12 float16 ulp, of
    the exact value) plus a hair."""
    results = evaluate(name, parameters, EVERY_FLOAT16)
    assert results.dtype == np.float16
    wide = evaluate(name, parameters, EVERY_FLOAT16.astype(np.float64))
    error = array_errors(results, wide, np.float16)
    worst = int(np.argmax(error))
    assert error[worst] <= 0.5 + 1e-3, (
        f"{label}'({EVERY_FLOAT16[worst]!r}) = {results[worst]!r}, float64 gives "
        f"{wide[worst]!r}: {error[worst]:.3f} ulp"
    )


# The tester's points. Each exact value is a normal float.
REGRESSIONS = [
    ("silu", {}, np.float32(-90.0)),  # gave 0: exp(90) overflows float32
    ("gelu", {"approximate": True}, np.float64(-17.3)),  # was 76 ulp off
    ("swish", {"beta": 1.702}, np.float64(-379.0)),  # was 65 ulp off
]


@pytest.mark.parametrize(("name", "parameters", "x"), REGRESSIONS, ids=[r[0] for r in REGRESSIONS])
def test_regressions(name, parameters, x):
    y = evaluate(name, parameters, np.array([x]))[0]
    terms = exact(derivative_terms(name, parameters), float(x))
    with mp.workprec(160):
        assert abs(mp.fsum(terms)) > mpf(float(np.finfo(x.dtype).smallest_normal))
    error = derivative_error(float(y), terms, x.dtype)
    assert error <= MAX_ULP, f"{name}'({x!r}) = {y!r}: {error:.2f} ulp"


def test_the_derivative_measure_itself():
    """It must flag a wrong answer, and allow only 8 ulp of the largest term near a zero."""
    with mp.workprec(160):
        terms = (mpf(1) / 3, -mpf(1) / 3 + mpf(2) ** -70)  # cancel to 2**-70
    value = float(mpf(2) ** -70)
    assert derivative_error(value, terms, np.dtype(np.float64)) == 0.0
    ulp_of_third = 2.0**-54
    assert derivative_error(value + 8 * ulp_of_third, terms, np.dtype(np.float64)) <= 8.0 + 1e-9
    assert derivative_error(value + 9 * ulp_of_third, terms, np.dtype(np.float64)) > 8.0
    # One term: plain units in the last place.
    assert derivative_error(1.0 + 2.0**-48, (mpf(1),), np.dtype(np.float64)) == 16.0
    assert derivative_error(0.0, (mpf(2) ** -100,), np.dtype(np.float64)) > 1e15
    assert derivative_error(0.0, (mpf(2) ** -1030,), np.dtype(np.float64)) == 0.0
    # The array measure: one ulp is one ulp, flushing is allowed, NaN is not.
    one = np.array([1.0])
    assert array_errors(np.array([1.0 + 2.0**-10], np.float16), one, np.float16)[0] == 1.0
    assert array_errors(np.array([0.0], np.float16), np.array([1e-5]), np.float16)[0] == 0.0
    assert array_errors(np.array([np.nan], np.float16), one, np.float16)[0] == np.inf
    assert array_errors(np.array([1.0 + 2.0**-20], np.float32), one, np.float32)[0] == 8.0
    # 70000 rounds to inf in float16, 65504 (the largest float16) does not.
    infinity = np.array([np.inf], np.float16)
    assert array_errors(infinity, np.array([70000.0]), np.float16)[0] == 0.0
    assert array_errors(infinity, np.array([65504.0]), np.float16)[0] == np.inf

    # Near a zero the largest term sets the unit: 2**-25 off a value of 2**-40
    # is 2**38 ulp of the value, but 1 ulp of a term of 1/4.
    near = np.array([2.0**-40 + 2.0**-25], np.float32)
    assert array_errors(near, np.array([2.0**-40]), np.float32)[0] > 1e6
    assert array_errors(near, np.array([2.0**-40]), np.float32, np.array([0.25]))[0] == 1.0
    # The fast grid measure agrees with the exact one.
    points = np.array([1.0])
    cancelling = exact_values(lambda x: (x / 3, -x / 3 + mpf(2) ** -70), points)
    for units in (0, 8, 9):
        actual = np.array([value + units * ulp_of_third])
        fast = grid_errors(actual, *cancelling, np.float64)[0]
        assert abs(fast - derivative_error(actual[0], terms, np.dtype(np.float64))) < 1e-6
    one_term = exact_values(lambda x: (x,), points)
    assert grid_errors(np.array([1.0 + 2.0**-48]), *one_term, np.float64)[0] == 16.0
    just_below_one = exact_values(lambda x: (x - mpf(2) ** -60,), points)  # unit 2**-53
    fast = grid_errors(np.array([1.0 - 2.0**-50]), *just_below_one, np.float64)[0]
    assert abs(fast - (8.0 - 2.0**-7)) < 1e-9  # (2**-50 - 2**-60) / 2**-53
