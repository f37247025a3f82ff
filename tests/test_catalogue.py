"""Every property the catalogue claims, checked against the function itself."""

from __future__ import annotations

import itertools
import math
import re
import types

import numpy as np
import pytest
from mpmath import mp
from reference import REFERENCES

import activation_functions as af
from activation_functions import (
    ACTIVATIONS,
    Activation,
    Interval,
    Smoothness,
    catalogue,
    initialisation,
    rectifiers,
)

GRID = np.concatenate([np.linspace(-50.0, 50.0, 200_001), np.geomspace(50.0, 1e300, 2000)])
GRID = np.unique(np.concatenate([-GRID, GRID]))


def test_catalogue_is_read_only_and_complete():
    assert isinstance(ACTIVATIONS, types.MappingProxyType)
    with pytest.raises(TypeError):
        ACTIVATIONS["new"] = ACTIVATIONS["relu"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        ACTIVATIONS["relu"].year = 2000  # type: ignore[misc]
    exported = {
        name
        for name in af.__all__
        if callable(getattr(af, name))
        and name.islower()
        and not name.endswith(("_derivative", "_jacobian"))
    }
    assert exported == set(ACTIVATIONS)


def test_names_functions_and_derivatives_line_up():
    for name, entry in ACTIVATIONS.items():
        assert isinstance(entry, Activation)
        assert entry.name == name == entry.function.__name__
        if entry.kind == "softmax":
            assert entry.derivative is None
            assert entry.jacobian is not None
            assert entry.jacobian.__name__ == f"{name}_jacobian"
        else:
            assert entry.derivative is not None
            assert entry.derivative.__name__ == f"{name}_derivative"
            assert entry.jacobian is None
        if entry.year is None:
            assert entry.reference.startswith("no paper ("), name
        else:
            assert 1940 <= entry.year <= 2026
            assert str(entry.year) in entry.reference
        assert entry.formula and entry.derivative_formula


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_output_range_holds_and_is_tight(name):
    entry = ACTIVATIONS[name]
    if entry.elementwise:
        values = np.asarray(entry(GRID))
    else:
        rng = np.random.default_rng(0)
        values = np.asarray(entry(rng.normal(scale=30.0, size=(2000, 6))))
    interval = entry.output_range
    # Each isolated value is taken; the others are in the interval's pieces
    # (open ends may be reached only by rounding).
    for point in interval.points:
        assert np.any(values == point), (name, point)
    inside = np.isin(values, interval.points)
    for piece in interval.pieces():
        inside |= (values >= piece.lower) & (values <= piece.upper)
    assert np.all(inside), (name, values[~inside][:5])
    values = values[~np.isin(values, interval.points)]
    low, high = np.min(values), np.max(values)
    assert low >= interval.lower and high <= interval.upper
    if entry.elementwise:
        limits = entry(np.array([-np.inf, np.inf]))
        for bound, closed in (
            (interval.lower, interval.lower_closed),
            (interval.upper, interval.upper_closed),
        ):
            reached = np.min(np.abs(values - bound)) if math.isfinite(bound) else None
            if math.isinf(bound):
                assert bound in limits or bound in (low * np.inf, high * np.inf)
            elif closed:
                # Attained at a finite input (up to the grid spacing of 5e-4).
                assert reached <= 1e-7 * max(1.0, abs(bound)), (name, bound, reached)
            else:
                # Approached at infinity or at a jump, not attained in the
                # moderate range.
                assert bound in limits or reached <= 1e-3 * max(1.0, abs(bound)), (name, bound)
                moderate = np.asarray(entry(np.linspace(-10, 10, 1001)))
                assert np.all(moderate != bound), (name, bound)
    else:
        # The softmax family: a closed end is reached by rows of finite
        # scores; an open one is not, where no score is far below the others.
        moderate = np.asarray(entry(rng.normal(scale=3.0, size=(2000, 6))))
        for bound, closed in (
            (interval.lower, interval.lower_closed),
            (interval.upper, interval.upper_closed),
        ):
            if closed:
                assert np.any(values == bound), (name, bound)
            elif math.isfinite(bound):
                assert np.all(moderate != bound), (name, bound)
    if entry.elementwise:
        # Each piece is filled: where the inputs from -50 to 50 reach (and
        # between -10 and 10), no gap in the values wider than 0.01, so a
        # jump (threshold's, from 0 to 1) must be written as a hole or an
        # isolated value.
        dense = np.asarray(entry(np.linspace(-50.0, 50.0, 200_001)))
        dense = dense[~np.isin(dense, interval.points)]
        for piece in interval.pieces():
            low = max(piece.lower, -10.0, dense.min())
            high = min(piece.upper, 10.0, dense.max())
            if low < high:
                taken = np.unique(dense[(dense >= low) & (dense <= high)])
                edges = np.concatenate([[low], taken, [high]])
                assert np.max(np.diff(edges)) < 0.01, (name, piece)


@pytest.mark.parametrize("name", [n for n, e in ACTIVATIONS.items() if e.elementwise])
def test_monotonic_claim(name):
    entry = ACTIVATIONS[name]
    values = np.asarray(entry(GRID))
    finite = np.isfinite(values)  # (beyond, exponential and relu_squared are inf)
    values = values[finite]
    steps = np.diff(values)
    # Rounding may make a monotonic function step back by an ulp or two
    # (softsign rounds twice); a real decrease is far larger.
    rounding = 8 * np.spacing(np.abs(values[1:]))
    if entry.monotonic:
        assert np.all(steps >= -rounding), (
            f"{name} decreases at x = {GRID[finite][np.argmin(steps)]}"
        )

        assert np.all(np.asarray(entry.derivative_at(GRID)) >= 0)
    else:
        assert np.any(steps < -1e-6), f"{name} is claimed non-monotonic but never decreases"


def _jump_at(function, x: float, step: float = 1e-7) -> float:
    return float(abs(function(x + step) - function(x - step)))


@pytest.mark.parametrize("name", [n for n, e in ACTIVATIONS.items() if e.elementwise])
def test_smoothness_claim(name):
    entry = ACTIVATIONS[name]
    fine = np.linspace(-8.0, 8.0, 160_001)  # spacing 1e-4
    values = np.asarray(entry(fine))
    slopes = np.asarray(entry.derivative_at(fine))
    value_jump = np.max(np.abs(np.diff(values)))
    slope_jump = np.max(np.abs(np.diff(slopes)))
    # Differences are compared with the size of the slope (e^8 for the exponential).
    scale = max(1.0, np.max(np.abs(slopes)))
    if entry.smoothness >= Smoothness.C0:
        # Continuous: neighbouring values differ by about slope * spacing.
        assert value_jump <= 1.01e-4 * scale, name
    else:
        assert any(_jump_at(entry, k) > 1e-3 for k in entry.kinks), name
    if entry.smoothness >= Smoothness.C1:
        assert slope_jump < 1e-2 * scale, name
    elif entry.smoothness == Smoothness.C0:
        assert any(_jump_at(entry.derivative_at, k) > 1e-2 for k in entry.kinks), name
    if entry.smoothness == Smoothness.SMOOTH:
        # Second differences of the derivative stay small: no jump in f''.
        curvature = np.diff(slopes) / 1e-4
        assert np.max(np.abs(np.diff(curvature))) < 1e-2 * scale, name

        assert entry.kinks == ()
    elif entry.smoothness == Smoothness.C1:
        curvature = np.diff(slopes) / 1e-4
        assert np.max(np.abs(np.diff(curvature))) > 0.1, f"{name}: f'' never jumps"


@pytest.mark.parametrize("name", [n for n, e in ACTIVATIONS.items() if e.elementwise])
def test_zero_centred_claim(name):
    """Zero-centred means: the mean output for a standard normal input is 0."""
    entry = ACTIVATIONS[name]
    x = np.linspace(-12.0, 12.0, 480_001)
    density = np.exp(-x * x / 2) / np.sqrt(2 * np.pi)
    mean = np.trapezoid(np.asarray(entry(x)) * density, x)
    if entry.zero_centred:
        assert abs(mean) < 1e-6, (name, mean)
    else:
        assert abs(mean) > 1e-3, (name, mean)


def test_minima_of_the_gated_functions():
    for name, minimum in (
        ("swish", catalogue.SWISH_MINIMUM),
        ("mish", catalogue.MISH_MINIMUM),
        ("gelu", catalogue.GELU_MINIMUM),
        ("quick_gelu", catalogue.QUICK_GELU_MINIMUM),
    ):
        reference = REFERENCES[name]
        with mp.workdps(40):
            where = mp.findroot(lambda x, f=reference: mp.diff(f, x), -1.0)
            assert float(reference(where)) == pytest.approx(minimum, rel=1e-15)


def test_interval_text():
    assert str(Interval(0.0, math.inf, True)) == "[0, inf)"
    assert Interval(-1.0, 1.0).latex == "(-1, 1)"
    assert Interval(-math.inf, 0.0, False, True).latex == r"(-\infty, 0]"
    assert Smoothness.C1.label == "C1" and Smoothness.SMOOTH.label == "smooth"


def test_calling_an_entry_uses_its_parameters():
    entry = ACTIVATIONS["threshold"]
    np.testing.assert_array_equal(entry([0.5, 2.0]), [0.0, 2.0])
    with pytest.raises(TypeError, match=r"not elementwise.*softmax_jacobian"):
        ACTIVATIONS["softmax"].derivative_at([1.0])
    assert entry.module == "rectifiers"


@pytest.mark.parametrize("name", [n for n, e in ACTIVATIONS.items() if e.elementwise])
def test_monotonic_derivative_claim(name):
    """A monotonic derivative: the function is convex or concave."""
    entry = ACTIVATIONS[name]
    slopes = np.asarray(entry.derivative_at(GRID))
    slopes = slopes[np.isfinite(slopes)]
    steps = np.diff(slopes)
    rounding = 8 * np.spacing(np.abs(slopes[1:])) + 1e-300
    rises, falls = np.any(steps > rounding), np.any(steps < -rounding)
    assert entry.monotonic_derivative == (not (rises and falls)), (name, rises, falls)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_identity_near_zero_claim(name):
    entry = ACTIVATIONS[name]
    if not entry.elementwise:
        assert entry.identity_near_zero is None and entry.monotonic_derivative is None
        return
    near = entry(0.0) == 0.0 and entry.derivative_at(0.0) == 1.0
    assert entry.identity_near_zero == near, name


def test_models_are_cited():
    cited = [entry for entry in ACTIVATIONS.values() if entry.models]
    assert len(cited) >= 15
    for entry in cited:
        for model in entry.models:
            assert model.name and str(model.year) in model.reference, (entry.name, model)
            assert 1940 <= model.year <= 2026, (entry.name, model)
    assert {model.name for model in ACTIVATIONS["swiglu"].models} == {"PaLM", "LLaMA"}


@pytest.mark.parametrize("name", [n for n, e in ACTIVATIONS.items() if e.elementwise])
def test_moments_agree_with_a_dense_trapezoid(name):
    """initialisation.moments (adaptive quadrature between the kinks) against
    the midpoint rule on 480,000 points, cut at the kinks: two independent
    integrations."""
    entry = ACTIVATIONS[name]
    result = initialisation.moments(entry)
    edges = np.array([-12.0, *sorted(k for k in entry.kinks if abs(k) < 12), 12.0])
    z, weights = [], []
    for low, high in itertools.pairwise(edges):
        count = max(1, int(480_000 * (high - low) / 24))
        step = (high - low) / count
        z.append(low + step * (np.arange(count) + 0.5))
        weights.append(np.full(count, step))
    z, weights = np.concatenate(z), np.concatenate(weights)
    weights *= np.exp(-z * z / 2) / np.sqrt(2 * np.pi)
    values, slopes = np.asarray(entry(z)), np.asarray(entry.derivative_at(z))
    expected = [np.sum(f * weights) for f in (values, values**2, slopes**2)]

    computed = [result.mean, result.second, result.slope_second]
    np.testing.assert_allclose(computed, expected, rtol=1e-6, atol=1e-7, err_msg=name)
    assert result.gain == pytest.approx(1 / np.sqrt(result.second))


def test_gains_beside_pytorchs():
    """The relations the initialisation module's docstring states."""
    gain = {
        name: initialisation.moments(ACTIVATIONS[name]).gain for name in initialisation.TORCH_GAINS
    }
    torch = initialisation.TORCH_GAINS
    assert gain["relu"] == pytest.approx(torch["relu"], rel=1e-9)  # He et al.: exact
    assert gain["leaky_relu"] == pytest.approx(torch["leaky_relu"], rel=1e-4)
    assert gain["identity"] == pytest.approx(1.0, rel=1e-12) == torch["identity"]
    assert gain["tanh"] == pytest.approx(1.5925, abs=1e-4)
    assert gain["tanh"] < torch["tanh"]  # 5/3 is larger
    assert gain["selu"] == pytest.approx(1.0, abs=1e-6)
    assert gain["selu"] > torch["selu"]  # 3/4 is smaller
    assert gain["sigmoid"] == pytest.approx(1.8462, abs=1e-4)
    assert gain["sigmoid"] > torch["sigmoid"]

    with pytest.raises(TypeError, match="elementwise"):
        initialisation.moments(ACTIVATIONS["softmax"])


#: The catalogue's derivatives in terms of the output, as Python: f'(x) from y = f(x) (and x
#: where the formula has cases).
DERIVATIVES_OF_OUTPUT = {
    "exponential": lambda y, _x: y,
    "sigmoid": lambda y, _x: y * (1 - y),
    "tanh": lambda y, _x: 1 - y**2,
    "softplus": lambda y, _x: -np.expm1(-y),
    "log_sigmoid": lambda y, _x: -np.expm1(y),
    "elu": lambda y, x: np.where(x > 0, 1.0, y + 1.0),
    "selu": lambda y, x: np.where(
        x > 0, rectifiers.SELU_SCALE, y + rectifiers.SELU_SCALE * rectifiers.SELU_ALPHA
    ),
    "celu": lambda y, x: np.where(x > 0, 1.0, 1 + y),
    "swish": lambda y, x: y + af.sigmoid(x) * (1 - y),
    "silu": lambda y, x: y + af.sigmoid(x) * (1 - y),
    "softsign": lambda y, _x: (1 - np.abs(y)) ** 2,
    "relu_squared": lambda y, _x: 2 * np.sqrt(y),
}


def test_each_derivative_of_the_output_is_the_derivative():
    written = {name for name, entry in ACTIVATIONS.items() if entry.derivative_of_output}
    assert written == set(DERIVATIVES_OF_OUTPUT)
    x = np.linspace(-8.0, 8.0, 3201)
    for name, from_output in DERIVATIVES_OF_OUTPUT.items():
        entry = ACTIVATIONS[name]
        np.testing.assert_allclose(
            from_output(entry(x), x), entry.derivative_at(x), rtol=1e-9, atol=1e-12, err_msg=name
        )


def test_citations_are_bibtex_keys_and_papers_have_one():
    for name, entry in ACTIVATIONS.items():
        assert all(key.isidentifier() for key in entry.citations), name
        if entry.year is not None:
            assert entry.citations, name
            surname = entry.reference.split()[0].lower()
            assert entry.citations[0].startswith(surname), (name, entry.citations[0])


def test_attribution_notes_name_the_papers_they_cite():
    for name, entry in ACTIVATIONS.items():
        if entry.attribution_note:
            years = {
                int(year) for year in re.findall(r"\b(1[89]\d\d|20\d\d)\b", entry.attribution_note)
            }
            assert entry.year is None or entry.year in years, name
            assert entry.attribution_note.endswith("."), name
