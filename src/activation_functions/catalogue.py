"""The catalogue: every activation with its derivative and its properties.

The site's comparison table and gallery are generated from :data:`ACTIVATIONS`,
and the test suite checks each property claimed here against the function
itself, so the table cannot say something the code does not do.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from numpy.typing import ArrayLike

from . import (
    exponential,
    gated,
    hard,
    linear,
    periodic,
    rectifiers,
    self_gated,
    shrink,
    sigmoids,
    softmax,
)

__all__ = ["ACTIVATIONS", "Activation", "Interval", "Kind", "Model", "Smoothness"]

#: How a function treats its input: value by value (``"elementwise"``), by
#: splitting it into two halves, one gating the other (``"gated"``), or as
#: vectors of scores turned into probabilities (``"softmax"``).
Kind = Literal["elementwise", "gated", "softmax"]


class Smoothness(enum.IntEnum):
    """How many continuous derivatives a function has."""

    DISCONTINUOUS = -1
    C0 = 0  #: continuous, with a kink
    C1 = 1  #: continuously differentiable; the second derivative jumps
    SMOOTH = 99  #: infinitely differentiable

    @property
    def label(self) -> str:
        """Short text for tables: ``discontinuous``, ``C0``, ``C1`` or ``smooth``."""
        return {-1: "discontinuous", 0: "C0", 1: "C1", 99: "smooth"}[int(self)]


@dataclass(frozen=True)
class Interval:
    """A real interval, possibly unbounded: an output range, with exceptions.

    ``holes`` are intervals taken out of it and ``points`` isolated values
    added to it. ``Interval(1.0, inf, points=(0.0,))`` is
    :math:`\\{0\\} \\cup (1, \\infty)`, the values of ``threshold`` at 1
    with the value 0; ``Interval(1.0, 1.0, True, True, points=(0.0,))`` is the
    step's :math:`\\{0, 1\\}`; ``hardshrink``'s is the real line without
    :math:`[-0.5, 0.5]`, and with 0.
    """

    lower: float
    upper: float
    lower_closed: bool = False
    upper_closed: bool = False
    holes: tuple[Interval, ...] = ()  #: taken out of the interval
    points: tuple[float, ...] = ()  #: values taken outside the interval

    def pieces(self) -> list[Interval]:
        """The intervals that make up the range, without its holes, in order."""
        pieces = [Interval(self.lower, self.upper, self.lower_closed, self.upper_closed)]
        for hole in self.holes:
            pieces = [
                part
                for piece in pieces
                for part in (
                    piece._below(hole.lower, hole.lower_closed),
                    piece._above(hole.upper, hole.upper_closed),
                )
                if part is not None
            ]
        return pieces

    def _below(self, cut: float, cut_closed: bool) -> Interval | None:
        """The part of the interval below ``cut`` (without it if ``cut_closed``)."""
        if self.upper < cut:
            upper, closed = self.upper, self.upper_closed
        else:
            upper, closed = cut, not cut_closed and (self.upper > cut or self.upper_closed)
        part = Interval(self.lower, upper, self.lower_closed, closed)
        return part if part._nonempty() else None

    def _above(self, cut: float, cut_closed: bool) -> Interval | None:
        """The part of the interval above ``cut`` (without it if ``cut_closed``)."""
        if self.lower > cut:
            lower, closed = self.lower, self.lower_closed
        else:
            lower, closed = cut, not cut_closed and (self.lower < cut or self.lower_closed)
        part = Interval(lower, self.upper, closed, self.upper_closed)
        return part if part._nonempty() else None

    def _nonempty(self) -> bool:
        return self.lower < self.upper or (
            self.lower == self.upper and self.lower_closed and self.upper_closed
        )

    def __contains__(self, value: float) -> bool:
        if value in self.points:
            return True
        return any(
            (piece.lower < value or (piece.lower_closed and value == piece.lower))
            and (value < piece.upper or (piece.upper_closed and value == piece.upper))
            for piece in self.pieces()
        )

    def _written(self, infinity: str, union: str, braces: tuple[str, str]) -> str:
        def bound(value: float) -> str:
            if math.isinf(value):
                return f"-{infinity}" if value < 0 else infinity
            return f"{value:.4g}"

        parts: list[tuple[float, str]] = []
        points = set(self.points)
        for piece in self.pieces():
            if piece.lower == piece.upper:
                points.add(piece.lower)
                continue
            left = "[" if piece.lower_closed else "("
            right = "]" if piece.upper_closed else ")"
            parts.append((piece.lower, f"{left}{bound(piece.lower)}, {bound(piece.upper)}{right}"))
        if points:
            written = braces[0] + ", ".join(bound(p) for p in sorted(points)) + braces[1]
            parts.append((min(points), written))
        return union.join(text for _, text in sorted(parts))

    def __str__(self) -> str:
        return self._written("inf", " \N{UNION} ", ("{", "}"))

    @property
    def latex(self) -> str:
        """The range in LaTeX, e.g. ``[0, \\infty)`` or ``\\{0\\} \\cup (1, \\infty)``."""
        return self._written(r"\infty", r" \cup ", (r"\{", r"\}"))


@dataclass(frozen=True)
class Model:
    """A well-known model that uses an activation."""

    name: str  #: e.g. ``"BERT"``
    reference: str  #: its paper, as "Author et al. (year)"
    year: int  #: the year of that paper


@dataclass(frozen=True)
class Activation:
    """One activation function and what is true of it.

    Attributes
    ----------
    name : str
        The function's name in this package, e.g. ``"mish"``.
    title : str
        The name people use, e.g. ``"Mish"``.
    function : callable
        The activation itself.
    derivative : callable or None
        Its derivative; for a gated unit, the gradient of the sum of its
        values. None for the softmax family, which has a ``jacobian``.
    formula, derivative_formula : str
        LaTeX for the definition and the derivative.
    output_range : Interval
        The set of values the function takes (at its default parameters).
    monotonic : bool or None
        True if the function never decreases; None where it does not apply
        (gated units, the softmax family).
    smoothness : Smoothness
        Discontinuous, C0 (kink), C1 or smooth.
    zero_centred : bool or None
        True if a standard normal input gives an output of mean zero (for a
        gated unit: two independent halves).
    monotonic_derivative : bool or None
        True if the derivative never decreases or never increases (the
        function is convex or concave); None where it does not apply.
    identity_near_zero : bool or None
        True if ``f(0) = 0`` and ``f'(0) = 1``: near 0 the function is the
        identity, so a network starts out close to a linear one; None where
        it does not apply.
    derivative_of_output : str
        LaTeX for the derivative in terms of the output ``y``, where that is
        how it is remembered (``y(1 - y)`` for the sigmoid); empty otherwise.
    models : tuple of Model
        Well-known models that use the function.
    reference : str
        Who introduced it, as "Author et al. (year)"; for a function that no
        paper introduced, "no paper" and where it comes from.
    year : int or None
        The year of that reference; None where there is no paper.
    citations : tuple of str
        Keys of the site's bibliography (``docs/references.bib``): first the
        paper of ``reference``, then others the function's page cites.
    attribution_note : str
        Where the attribution is a convention rather than the origin, or is
        disputed, what is known; empty otherwise.
    in_article : bool
        True for the functions of the article this project grew from.
    parameters : Mapping
        Arguments passed on top of ``x`` when the entry is called (only for
        functions without defaults, such as ``threshold``).
    kinks : tuple of float
        The points where the function or its derivative is not continuous.
    kind : {"elementwise", "gated", "softmax"}
        How the function treats its input: value by value, by splitting it
        into two halves, one gating the other, or as vectors of scores.

    jacobian : callable or None
        For the softmax family, the function that returns its Jacobian
        matrices.
    """

    name: str
    title: str
    function: Callable[..., Any]
    derivative: Callable[..., Any] | None
    formula: str
    derivative_formula: str
    output_range: Interval
    monotonic: bool | None
    smoothness: Smoothness
    zero_centred: bool | None
    reference: str
    year: int | None
    in_article: bool = False
    parameters: Mapping[str, float] = field(default_factory=dict)
    kinks: tuple[float, ...] = ()
    kind: Kind = "elementwise"
    jacobian: Callable[..., Any] | None = None
    monotonic_derivative: bool | None = None
    identity_near_zero: bool | None = None
    models: tuple[Model, ...] = ()
    derivative_of_output: str = ""
    citations: tuple[str, ...] = ()
    attribution_note: str = ""

    @property
    def elementwise(self) -> bool:
        """True for functions applied value by value."""
        return self.kind == "elementwise"

    def __call__(self, x: ArrayLike) -> Any:
        """Evaluate the function at ``x`` with the catalogue's parameters."""
        return self.function(x, **self.parameters)

    def derivative_at(self, x: ArrayLike) -> Any:
        """Evaluate the derivative at ``x`` with the catalogue's parameters."""
        if self.derivative is None:
            raise TypeError(
                f"{self.name} is not elementwise and has no scalar derivative: "
                f"use its Jacobian, {self.name}_jacobian"
            )
        return self.derivative(x, **self.parameters)

    @property
    def module(self) -> str:
        """The module that defines the function, e.g. ``"smooth"``."""
        return self.function.__module__.rsplit(".", 1)[-1]


_INF = math.inf
_REAL_LINE = Interval(-_INF, _INF)

# Minima of the non-monotonic gated functions, from mpmath.findroot on the
# derivative (checked in the tests).
SWISH_MINIMUM = -0.2784645427610738
MISH_MINIMUM = -0.30884341301725041
GELU_MINIMUM = -0.16997120747990366
QUICK_GELU_MINIMUM = SWISH_MINIMUM / self_gated.QUICK_GELU_SLOPE

_ENTRIES = (
    Activation(
        name="step",
        title="Step",
        function=sigmoids.step,
        derivative=sigmoids.step_derivative,
        formula=r"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}",
        derivative_formula=r"0",
        output_range=Interval(1.0, 1.0, True, True, points=(0.0,)),
        monotonic=True,
        smoothness=Smoothness.DISCONTINUOUS,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="McCulloch and Pitts (1943)",
        year=1943,
        in_article=True,
        kinks=(0.0,),
        citations=("mcculloch1943logical", "rosenblatt1958perceptron"),
    ),
    Activation(
        name="identity",
        title="Identity",
        function=linear.identity,
        derivative=linear.identity_derivative,
        formula=r"x",
        derivative_formula=r"1",
        output_range=_REAL_LINE,
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=True,
        monotonic_derivative=True,
        identity_near_zero=True,
        reference="Widrow and Hoff (1960)",
        year=1960,
        in_article=True,
        citations=("widrow1960adaptive",),
    ),
    Activation(
        name="exponential",
        title="Exponential",
        function=exponential.exponential,
        derivative=exponential.exponential_derivative,
        formula=r"e^{x}",
        derivative_formula=r"e^{x}",
        output_range=Interval(0.0, _INF),
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="McCullagh and Nelder (1989)",
        year=1989,
        citations=("mccullagh1989glm", "nelder1972glm"),
        derivative_of_output=r"y",
    ),
    Activation(
        name="sigmoid",
        title="Sigmoid",
        function=sigmoids.sigmoid,
        derivative=sigmoids.sigmoid_derivative,
        formula=r"\frac{1}{1 + e^{-x}}",
        derivative_formula=r"\sigma(x)\,(1 - \sigma(x))",
        output_range=Interval(0.0, 1.0),
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        models=(Model("LSTM gates", "Hochreiter and Schmidhuber (1997)", 1997),),
        reference="Rumelhart et al. (1986)",
        year=1986,
        in_article=True,
        citations=("rumelhart1986learning",),
        derivative_of_output=r"y\,(1 - y)",
        attribution_note=(
            "The logistic function is older than neural networks (Verhulst, 1838); "
            "Rumelhart et al. (1986) is the usual citation for its use in them."
        ),
    ),
    Activation(
        name="tanh",
        title="Tanh",
        function=sigmoids.tanh,
        derivative=sigmoids.tanh_derivative,
        formula=r"\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
        derivative_formula=r"1 - \tanh^2(x)",
        output_range=Interval(-1.0, 1.0),
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=True,
        monotonic_derivative=False,
        identity_near_zero=True,
        models=(Model("LSTM", "Hochreiter and Schmidhuber (1997)", 1997),),
        reference="no paper (a function of analysis; LeCun et al. 1998 recommend it for networks)",
        year=None,
        in_article=True,
        citations=("lecun1998efficient", "kalman1992tanh"),
        derivative_of_output=r"1 - y^2",
    ),
    Activation(
        name="relu",
        title="ReLU",
        function=rectifiers.relu,
        derivative=rectifiers.relu_derivative,
        formula=r"\max(0, x)",
        derivative_formula=r"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}",
        output_range=Interval(0.0, _INF, True),
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        models=(Model("AlexNet", "Krizhevsky et al. (2012)", 2012),),
        reference="Nair and Hinton (2010)",
        year=2010,
        in_article=True,
        kinks=(0.0,),
        citations=("nair2010relu", "glorot2011deep", "fukushima1969visual"),
        attribution_note=(
            "Fukushima (1969) used the same rectifier in a multilayered network of analog threshold elements; "
            "Nair and Hinton (2010) and Glorot et al. (2011) made it the default of deep networks."
        ),
    ),
    Activation(
        name="softmax",
        title="Softmax",
        function=softmax.softmax,
        derivative=None,
        formula=r"\frac{e^{x_i}}{\sum_j e^{x_j}}",
        derivative_formula=r"\frac{\partial y_i}{\partial x_j} = y_i(\delta_{ij} - y_j)",
        output_range=Interval(0.0, 1.0),
        monotonic=None,
        smoothness=Smoothness.SMOOTH,
        zero_centred=None,
        models=(Model("Transformer attention", "Vaswani et al. (2017)", 2017),),
        reference="Bridle (1990)",
        year=1990,
        in_article=True,
        kind="softmax",
        jacobian=softmax.softmax_jacobian,
        citations=("bridle1990probabilistic", "bridle1990training"),
    ),
    Activation(
        name="log_softmax",
        title="Log-softmax",
        function=softmax.log_softmax,
        derivative=None,
        formula=r"x_i - \log\sum_j e^{x_j}",
        derivative_formula=r"\frac{\partial y_i}{\partial x_j} = \delta_{ij} - \operatorname{softmax}(x)_j",
        output_range=Interval(-_INF, 0.0),
        monotonic=None,
        smoothness=Smoothness.SMOOTH,
        zero_centred=None,
        reference="Bridle (1990)",
        year=1990,
        kind="softmax",
        jacobian=softmax.log_softmax_jacobian,
        citations=("bridle1990probabilistic",),
    ),
    Activation(
        name="softmin",
        title="Softmin",
        function=softmax.softmin,
        derivative=None,
        formula=r"\frac{e^{-x_i}}{\sum_j e^{-x_j}}",
        derivative_formula=r"\frac{\partial y_i}{\partial x_j} = -y_i(\delta_{ij} - y_j)",
        output_range=Interval(0.0, 1.0),
        monotonic=None,
        smoothness=Smoothness.SMOOTH,
        zero_centred=None,
        reference="Bridle (1990)",
        year=1990,
        kind="softmax",
        jacobian=softmax.softmin_jacobian,
        citations=("bridle1990probabilistic",),
    ),
    Activation(
        name="sparsemax",
        title="Sparsemax",
        function=softmax.sparsemax,
        derivative=None,
        formula=r"\max(x_i - \tau, 0)",
        derivative_formula=r"\frac{\partial y_i}{\partial x_j} = s_i \delta_{ij} - \frac{s_i s_j}{\sum_k s_k},\ s_i = [y_i > 0]",
        output_range=Interval(0.0, 1.0, True, True),
        monotonic=None,
        smoothness=Smoothness.C0,
        zero_centred=None,
        reference="Martins and Astudillo (2016)",
        year=2016,
        kind="softmax",
        jacobian=softmax.sparsemax_jacobian,
        citations=("martins2016sparsemax",),
    ),
    Activation(
        name="entmax15",
        title="1.5-entmax",
        function=softmax.entmax15,
        derivative=None,
        formula=r"\max(x_i / 2 - \tau, 0)^2",
        derivative_formula=r"\frac{\partial y_i}{\partial x_j} = s_i \delta_{ij} - \frac{s_i s_j}{\sum_k s_k},\ s_i = \sqrt{y_i}",
        output_range=Interval(0.0, 1.0, True, True),
        monotonic=None,
        smoothness=Smoothness.C1,
        zero_centred=None,
        reference="Peters et al. (2019)",
        year=2019,
        kind="softmax",
        jacobian=softmax.entmax15_jacobian,
        citations=("peters2019entmax",),
    ),
    Activation(
        name="softplus",
        title="Softplus",
        function=rectifiers.softplus,
        derivative=rectifiers.softplus_derivative,
        formula=r"\log(1 + e^{x})",
        derivative_formula=r"\sigma(x)",
        output_range=Interval(0.0, _INF),
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="Dugas et al. (2000)",
        year=2000,
        in_article=True,
        citations=("dugas2001softplus", "glorot2011deep"),
        derivative_of_output=r"1 - e^{-y}",
    ),
    Activation(
        name="squareplus",
        title="Squareplus",
        function=rectifiers.squareplus,
        derivative=rectifiers.squareplus_derivative,
        formula=r"\frac{x + \sqrt{x^2 + b}}{2}",
        derivative_formula=r"\frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)",
        output_range=Interval(0.0, _INF),
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="Barron (2021)",
        year=2021,
        citations=("barron2021squareplus",),
    ),
    Activation(
        name="swish",
        title="Swish",
        function=self_gated.swish,
        derivative=self_gated.swish_derivative,
        formula=r"x\,\sigma(\beta x)",
        derivative_formula=r"\sigma(\beta x) + \beta x\,\sigma(\beta x)(1 - \sigma(\beta x))",
        output_range=Interval(SWISH_MINIMUM, _INF, True),
        monotonic=False,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        reference="Ramachandran et al. (2017)",
        year=2017,
        in_article=True,
        citations=("ramachandran2017swish", "hendrycks2016gelu", "elfwing2018silu"),
        derivative_of_output=r"\beta y + \sigma(\beta x)\,(1 - \beta y)",
        attribution_note=(
            "Its case beta = 1 was proposed earlier as the SiLU (Hendrycks and Gimpel, 2016; "
            "Elfwing et al., 2018); Ramachandran et al. (2017) named it Swish and added beta."
        ),
    ),
    Activation(
        name="silu",
        title="SiLU",
        function=self_gated.silu,
        derivative=self_gated.silu_derivative,
        formula=r"x\,\sigma(x)",
        derivative_formula=r"\sigma(x)\,(1 + x\,(1 - \sigma(x)))",
        output_range=Interval(SWISH_MINIMUM, _INF, True),
        monotonic=False,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        models=(Model("EfficientNet", "Tan and Le (2019)", 2019),),
        reference="Hendrycks and Gimpel (2016)",
        year=2016,
        citations=("hendrycks2016gelu", "elfwing2018silu"),
        derivative_of_output=r"y + \sigma(x)\,(1 - y)",
    ),
    Activation(
        name="mish",
        title="Mish",
        function=self_gated.mish,
        derivative=self_gated.mish_derivative,
        formula=r"x \tanh(\operatorname{softplus}(x))",
        derivative_formula=r"\tanh(\operatorname{softplus}(x)) + x\,\sigma(x)\,\operatorname{sech}^2(\operatorname{softplus}(x))",
        output_range=Interval(MISH_MINIMUM, _INF, True),
        monotonic=False,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        models=(Model("YOLOv4", "Bochkovskiy et al. (2020)", 2020),),
        reference="Misra (2019)",
        year=2019,
        in_article=True,
        citations=("misra2020mish",),
    ),
    Activation(
        name="gelu",
        title="GELU",
        function=self_gated.gelu,
        derivative=self_gated.gelu_derivative,
        formula=r"x\,\Phi(x)",
        derivative_formula=r"\Phi(x) + x\,\varphi(x)",
        output_range=Interval(GELU_MINIMUM, _INF, True),
        monotonic=False,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        models=(
            Model("BERT", "Devlin et al. (2019)", 2019),
            Model("GPT-2", "Radford et al. (2019)", 2019),
        ),
        reference="Hendrycks and Gimpel (2016)",
        year=2016,
        citations=("hendrycks2016gelu",),
    ),
    Activation(
        name="quick_gelu",
        title="Quick GELU",
        function=self_gated.quick_gelu,
        derivative=self_gated.quick_gelu_derivative,
        formula=r"x\,\sigma(1.702\,x)",
        derivative_formula=r"\sigma(1.702x) + 1.702\,x\,\sigma(1.702x)(1 - \sigma(1.702x))",
        output_range=Interval(QUICK_GELU_MINIMUM, _INF, True),
        monotonic=False,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        models=(Model("CLIP", "Radford et al. (2021)", 2021),),
        reference="Hendrycks and Gimpel (2016)",
        year=2016,
        citations=("hendrycks2016gelu", "radford2021clip"),
    ),
    Activation(
        name="glu",
        title="GLU",
        function=gated.glu,
        derivative=gated.glu_derivative,
        formula=r"a \odot \sigma(b)",
        derivative_formula=r"\partial_a = \sigma(b),\ \partial_b = a\,\sigma(b)(1 - \sigma(b))",
        output_range=_REAL_LINE,
        monotonic=None,
        smoothness=Smoothness.SMOOTH,
        zero_centred=True,
        reference="Dauphin et al. (2017)",
        year=2017,
        kind="gated",
        citations=("dauphin2017glu",),
    ),
    Activation(
        name="reglu",
        title="ReGLU",
        function=gated.reglu,
        derivative=gated.reglu_derivative,
        formula=r"a \odot \max(0, b)",
        derivative_formula=r"\partial_a = \max(0, b),\ \partial_b = a\,[b > 0]",
        output_range=_REAL_LINE,
        monotonic=None,
        smoothness=Smoothness.C0,
        zero_centred=True,
        reference="Shazeer (2020)",
        year=2020,
        kinks=(0.0,),
        kind="gated",
        citations=("shazeer2020glu",),
    ),
    Activation(
        name="geglu",
        title="GEGLU",
        function=gated.geglu,
        derivative=gated.geglu_derivative,
        formula=r"a \odot \operatorname{gelu}(b)",
        derivative_formula=r"\partial_a = \operatorname{gelu}(b),\ \partial_b = a\,(\Phi(b) + b\,\varphi(b))",
        output_range=_REAL_LINE,
        monotonic=None,
        smoothness=Smoothness.SMOOTH,
        zero_centred=True,
        models=(Model("Gemma", "Gemma Team (2024)", 2024),),
        reference="Shazeer (2020)",
        year=2020,
        kind="gated",
        citations=("shazeer2020glu",),
    ),
    Activation(
        name="swiglu",
        title="SwiGLU",
        function=gated.swiglu,
        derivative=gated.swiglu_derivative,
        formula=r"a \odot b\,\sigma(\beta b)",
        derivative_formula=r"\partial_a = b\,\sigma(\beta b),\ \partial_b = a\,(\sigma(\beta b) + \beta b\,\sigma(\beta b)(1 - \sigma(\beta b)))",
        output_range=_REAL_LINE,
        monotonic=None,
        smoothness=Smoothness.SMOOTH,
        zero_centred=True,
        models=(
            Model("PaLM", "Chowdhery et al. (2022)", 2022),
            Model("LLaMA", "Touvron et al. (2023)", 2023),
        ),
        reference="Shazeer (2020)",
        year=2020,
        kind="gated",
        citations=("shazeer2020glu",),
    ),
    Activation(
        name="log_sigmoid",
        title="Log-sigmoid",
        function=sigmoids.log_sigmoid,
        derivative=sigmoids.log_sigmoid_derivative,
        formula=r"-\log(1 + e^{-x})",
        derivative_formula=r"\sigma(-x)",
        output_range=Interval(-_INF, 0.0),
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="no paper (the logarithm of the sigmoid)",
        year=None,
        derivative_of_output=r"1 - e^{y}",
    ),
    Activation(
        name="softsign",
        title="Softsign",
        function=sigmoids.softsign,
        derivative=sigmoids.softsign_derivative,
        formula=r"\frac{x}{1 + |x|}",
        derivative_formula=r"\frac{1}{(1 + |x|)^2}",
        output_range=Interval(-1.0, 1.0),
        monotonic=True,
        smoothness=Smoothness.C1,
        zero_centred=True,
        monotonic_derivative=False,
        identity_near_zero=True,
        reference="Bergstra et al. (2009)",
        year=2009,
        kinks=(0.0,),
        citations=("bergstra2009quadratic", "glorot2010understanding", "elliott1993better"),
        derivative_of_output=r"(1 - |y|)^2",
        attribution_note=(
            "Glorot and Bengio (2010) credit it to Bergstra et al. (2009); "
            "the same function appears earlier as Elliott's (1993) sigmoid."
        ),
    ),
    Activation(
        name="leaky_relu",
        title="Leaky ReLU",
        function=rectifiers.leaky_relu,
        derivative=rectifiers.leaky_relu_derivative,
        formula=r"\begin{cases} x & x > 0 \\ 0.01\,x & x \le 0 \end{cases}",
        derivative_formula=r"\begin{cases} 1 & x > 0 \\ 0.01 & x \le 0 \end{cases}",
        output_range=_REAL_LINE,
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        models=(Model("DCGAN", "Radford et al. (2016)", 2016),),
        reference="Maas et al. (2013)",
        year=2013,
        kinks=(0.0,),
        citations=("maas2013rectifier",),
    ),
    Activation(
        name="prelu",
        title="PReLU",
        function=rectifiers.prelu,
        derivative=rectifiers.prelu_derivative,
        formula=r"\begin{cases} x & x > 0 \\ w\,x & x \le 0 \end{cases}",
        derivative_formula=r"\begin{cases} 1 & x > 0 \\ w & x \le 0 \end{cases}",
        output_range=_REAL_LINE,
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="He et al. (2015)",
        year=2015,
        kinks=(0.0,),
        citations=("he2015prelu",),
    ),
    Activation(
        name="rrelu",
        title="RReLU",
        function=rectifiers.rrelu,
        derivative=rectifiers.rrelu_derivative,
        formula=r"\begin{cases} x & x > 0 \\ a\,x & x \le 0 \end{cases},\ a \sim U(\tfrac18, \tfrac13)",
        derivative_formula=r"\begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}",
        output_range=_REAL_LINE,
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="Xu et al. (2015)",
        year=2015,
        kinks=(0.0,),
        citations=("xu2015rrelu",),
    ),
    Activation(
        name="relu6",
        title="ReLU6",
        function=rectifiers.relu6,
        derivative=rectifiers.relu6_derivative,
        formula=r"\min(\max(0, x), 6)",
        derivative_formula=r"\begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}",
        output_range=Interval(0.0, 6.0, True, True),
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        models=(Model("MobileNetV2", "Sandler et al. (2018)", 2018),),
        reference="Krizhevsky (2010)",
        year=2010,
        kinks=(0.0, 6.0),
        citations=("krizhevsky2010cifar",),
    ),
    Activation(
        name="threshold",
        title="Threshold",
        function=rectifiers.threshold,
        derivative=rectifiers.threshold_derivative,
        formula=r"\begin{cases} x & x > \theta \\ v & x \le \theta \end{cases}",
        derivative_formula=r"\begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}",
        output_range=Interval(1.0, _INF, points=(0.0,)),
        monotonic=True,
        smoothness=Smoothness.DISCONTINUOUS,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="Konda et al. (2015)",
        year=2015,
        parameters=MappingProxyType({"threshold": 1.0, "value": 0.0}),
        kinks=(1.0,),
        citations=("konda2015zerobias",),
    ),
    Activation(
        name="elu",
        title="ELU",
        function=rectifiers.elu,
        derivative=rectifiers.elu_derivative,
        formula=r"\begin{cases} x & x > 0 \\ \alpha(e^{x} - 1) & x \le 0 \end{cases}",
        derivative_formula=r"\begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}",
        output_range=Interval(-1.0, _INF),
        monotonic=True,
        smoothness=Smoothness.C1,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=True,
        reference="Clevert et al. (2015)",
        year=2015,
        kinks=(0.0,),
        citations=("clevert2016elu",),
        derivative_of_output=r"\begin{cases} 1 & x > 0 \\ y + \alpha & x \le 0 \end{cases}",
    ),
    Activation(
        name="selu",
        title="SELU",
        function=rectifiers.selu,
        derivative=rectifiers.selu_derivative,
        formula=r"\lambda \begin{cases} x & x > 0 \\ \alpha(e^{x} - 1) & x \le 0 \end{cases}",
        derivative_formula=r"\lambda \begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}",
        output_range=Interval(-rectifiers.SELU_SCALE_TIMES_ALPHA, _INF),
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=True,
        monotonic_derivative=False,
        identity_near_zero=False,
        reference="Klambauer et al. (2017)",
        year=2017,
        kinks=(0.0,),
        citations=("klambauer2017selu",),
        derivative_of_output=r"\begin{cases} \lambda & x > 0 \\ y + \lambda\alpha & x \le 0 \end{cases}",
    ),
    Activation(
        name="celu",
        title="CELU",
        function=rectifiers.celu,
        derivative=rectifiers.celu_derivative,
        formula=r"\max(0, x) + \min(0, \alpha(e^{x/\alpha} - 1))",
        derivative_formula=r"\begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}",
        output_range=Interval(-1.0, _INF),
        monotonic=True,
        smoothness=Smoothness.C1,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=True,
        reference="Barron (2017)",
        year=2017,
        kinks=(0.0,),
        citations=("barron2017celu",),
        derivative_of_output=r"\begin{cases} 1 & x > 0 \\ 1 + y/\alpha & x \le 0 \end{cases}",
    ),
    Activation(
        name="relu_squared",
        title="Squared ReLU",
        function=rectifiers.relu_squared,
        derivative=rectifiers.relu_squared_derivative,
        formula=r"\max(0, x)^2",
        derivative_formula=r"2\max(0, x)",
        output_range=Interval(0.0, _INF, True),
        monotonic=True,
        smoothness=Smoothness.C1,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        models=(Model("Primer", "So et al. (2021)", 2021),),
        reference="So et al. (2021)",
        year=2021,
        kinks=(0.0,),
        citations=("so2021primer",),
        derivative_of_output=r"2\sqrt{y}",
    ),
    Activation(
        name="star_relu",
        title="StarReLU",
        function=rectifiers.star_relu,
        derivative=rectifiers.star_relu_derivative,
        formula=r"s\max(0, x)^2 + b",
        derivative_formula=r"2s\max(0, x)",
        output_range=Interval(rectifiers.STAR_RELU_BIAS, _INF, True),
        monotonic=True,
        smoothness=Smoothness.C1,
        zero_centred=True,
        monotonic_derivative=True,
        identity_near_zero=False,
        models=(Model("CAFormer", "Yu et al. (2022)", 2022),),
        reference="Yu et al. (2022)",
        year=2022,
        kinks=(0.0,),
        citations=("yu2024metaformer",),
    ),
    Activation(
        name="hard_sigmoid",
        title="Hard sigmoid",
        function=hard.hard_sigmoid,
        derivative=hard.hard_sigmoid_derivative,
        formula=r"\frac{\operatorname{relu6}(x + 3)}{6}",
        derivative_formula=r"\begin{cases} 1/6 & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}",
        output_range=Interval(0.0, 1.0, True, True),
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        reference="Howard et al. (2019)",
        year=2019,
        kinks=(-3.0, 3.0),
        citations=("howard2019mobilenetv3", "courbariaux2015binaryconnect"),
        attribution_note=(
            "This form, relu6(x + 3)/6, is MobileNetV3's (Howard et al., 2019); "
            "Courbariaux et al. (2015) used another hard sigmoid, clip((x + 1)/2, 0, 1), which is this package's sparse_sigmoid."
        ),
    ),
    Activation(
        name="hard_swish",
        title="Hard swish",
        function=hard.hard_swish,
        derivative=hard.hard_swish_derivative,
        formula=r"x\,\frac{\operatorname{relu6}(x + 3)}{6}",
        derivative_formula=r"\begin{cases} 0 & x \le -3 \\ (2x + 3)/6 & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}",
        output_range=Interval(-0.375, _INF, True),
        monotonic=False,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        models=(Model("MobileNetV3", "Howard et al. (2019)", 2019),),
        reference="Howard et al. (2019)",
        year=2019,
        kinks=(-3.0, 3.0),
        citations=("howard2019mobilenetv3",),
    ),
    Activation(
        name="hard_tanh",
        title="Hard tanh",
        function=hard.hard_tanh,
        derivative=hard.hard_tanh_derivative,
        formula=r"\min(\max(x, -1), 1)",
        derivative_formula=r"\begin{cases} 1 & -1 < x < 1 \\ 0 & \text{otherwise} \end{cases}",
        output_range=Interval(-1.0, 1.0, True, True),
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=True,
        monotonic_derivative=False,
        identity_near_zero=True,
        reference="Collobert (2004)",
        year=2004,
        kinks=(-1.0, 1.0),
        citations=("collobert2004thesis", "collobert2011nlp"),
        attribution_note=(
            "Libraries attribute it to Collobert's thesis (2004); "
            "we could not confirm that the thesis introduced it."
        ),
    ),
    Activation(
        name="sparse_sigmoid",
        title="Sparse sigmoid",
        function=hard.sparse_sigmoid,
        derivative=hard.sparse_sigmoid_derivative,
        formula=r"\begin{cases} 0 & x \le -1 \\ (x + 1)/2 & -1 < x < 1 \\ 1 & x \ge 1 \end{cases}",
        derivative_formula=r"\begin{cases} 1/2 & -1 < x < 1 \\ 0 & \text{otherwise} \end{cases}",
        output_range=Interval(0.0, 1.0, True, True),
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=False,
        reference="Blondel et al. (2020)",
        year=2020,
        kinks=(-1.0, 1.0),
        citations=("blondel2020fenchel", "martins2016sparsemax", "courbariaux2015binaryconnect"),
    ),
    Activation(
        name="sparse_plus",
        title="Sparse plus",
        function=hard.sparse_plus,
        derivative=hard.sparse_plus_derivative,
        formula=r"\begin{cases} 0 & x \le -1 \\ (x + 1)^2/4 & -1 < x < 1 \\ x & x \ge 1 \end{cases}",
        derivative_formula=r"\operatorname{sparse\_sigmoid}(x)",
        output_range=Interval(0.0, _INF, True),
        monotonic=True,
        smoothness=Smoothness.C1,
        zero_centred=False,
        monotonic_derivative=True,
        identity_near_zero=False,
        reference="Blondel et al. (2020)",
        year=2020,
        kinks=(-1.0, 1.0),
        citations=("blondel2020fenchel",),
    ),
    Activation(
        name="softshrink",
        title="Softshrink",
        function=shrink.softshrink,
        derivative=shrink.softshrink_derivative,
        formula=r"\begin{cases} x - \lambda & x > \lambda \\ 0 & |x| \le \lambda \\ x + \lambda & x < -\lambda \end{cases}",
        derivative_formula=r"\begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        output_range=_REAL_LINE,
        monotonic=True,
        smoothness=Smoothness.C0,
        zero_centred=True,
        monotonic_derivative=False,
        identity_near_zero=False,
        reference="Donoho (1995)",
        year=1995,
        kinks=(-0.5, 0.5),
        citations=("donoho1995denoising",),
    ),
    Activation(
        name="hardshrink",
        title="Hardshrink",
        function=shrink.hardshrink,
        derivative=shrink.hardshrink_derivative,
        formula=r"\begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        derivative_formula=r"\begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        output_range=Interval(-_INF, _INF, holes=(Interval(-0.5, 0.5, True, True),), points=(0.0,)),
        monotonic=True,
        smoothness=Smoothness.DISCONTINUOUS,
        zero_centred=True,
        monotonic_derivative=False,
        identity_near_zero=False,
        reference="Donoho and Johnstone (1994)",
        year=1994,
        kinks=(-0.5, 0.5),
        citations=("donoho1994ideal",),
    ),
    Activation(
        name="tanhshrink",
        title="Tanhshrink",
        function=shrink.tanhshrink,
        derivative=shrink.tanhshrink_derivative,
        formula=r"x - \tanh(x)",
        derivative_formula=r"\tanh^2(x)",
        output_range=_REAL_LINE,
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=True,
        monotonic_derivative=False,
        identity_near_zero=False,
        reference="no paper (a module of Lua Torch)",
        year=None,
    ),
    Activation(
        name="snake",
        title="Snake",
        function=periodic.snake,
        derivative=periodic.snake_derivative,
        formula=r"x + \frac{\sin^2(a x)}{a}",
        derivative_formula=r"1 + \sin(2 a x)",
        output_range=_REAL_LINE,
        monotonic=True,
        smoothness=Smoothness.SMOOTH,
        zero_centred=False,
        monotonic_derivative=False,
        identity_near_zero=True,
        models=(Model("BigVGAN", "Lee et al. (2023)", 2023),),
        reference="Ziyin et al. (2020)",
        year=2020,
        citations=("ziyin2020snake",),
    ),
)

#: Every activation of the package by name, in the order of the site's table.
ACTIVATIONS: Mapping[str, Activation] = MappingProxyType({entry.name: entry for entry in _ENTRIES})
