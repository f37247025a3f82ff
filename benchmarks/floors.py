"""Lower bounds: the least work of the package's approach, against the naive formula.

Some rows of ``bench.py`` stay above the 1.3x target. This script times,
against the naive formula, only the operations that the package's approach
must make whatever the rest of the code, and prints their ratio:

* **Input check, 10^3 elements.** The contract asks for a ``TypeError`` on
  non-numeric input and for the dtype rules, so a function must at least
  look at its argument's type and dtype. The cheapest check there is (one
  ``type`` test and one set look-up, inside a function) is timed with the
  copy that is ``identity``'s naive formula. Above 1.3x, no implementation
  that keeps the contract meets the target.
* **float32 input through float64.** NumPy's float32 ``exp`` and ``log`` are
  off by up to 2.5 and 3.8 ulp, and composed in softplus and log-sigmoid
  they exceed the 4-ulp bound (``tools/check_float32.py``: 5.3 ulp); their
  float64 loops are accurate but scalar on machines without AVX-512. The
  bound is the conversion to float64 and one float64 ``exp`` and ``log``
  per element. Above 1.3x, these rows can meet the target only with
  float32 exponentials and logarithms more accurate than NumPy's, written
  as NumPy operations (a dozen passes or more each; not attempted).

The naive formula and the bound are timed in alternation (median of 15
batches each) on the inputs of ``bench.py``: normal, standard deviation 5.
(The same bound for softmax and log-softmax, whose float32 scores also go
through float64, is below the target: their rows are not listed.)
"""

from __future__ import annotations

import statistics
import time
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
from bench import TARGET  # (benchmarks/ is on the path when this script runs)

from activation_functions.naive import FORMULAS as NAIVE

_FLOATS = frozenset(np.dtype(kind) for kind in (np.float16, np.float32, np.float64))


def _checked_copy(x: Any) -> Any:
    if type(x) is np.ndarray and x.dtype in _FLOATS:
        return x.copy()
    raise TypeError(type(x).__name__)


def _exp_log(x: Any) -> Any:
    """exp then log of every element, in float64: softplus's and log-sigmoid's least."""
    values = x.astype(np.float64)
    np.exp(values, out=values)
    return np.log(values, out=values)


#: (function name, dtype, size, the least work, what it is)
CASES: list[tuple[str, type, int, Callable[[Any], Any], str]] = [
    ("identity", np.float64, 10**3, _checked_copy, "dtype check + copy"),
    ("identity", np.float32, 10**3, _checked_copy, "dtype check + copy"),
    *(
        (name, np.float32, size, least, what)
        for name, least, what in (
            ("softplus", _exp_log, "float64 exp + log"),
            ("log_sigmoid", _exp_log, "float64 exp + log"),
        )
        for size in (10**3, 10**6)
    ),
]


def alternating_medians(
    first: Callable[[Any], Any], second: Callable[[Any], Any], argument: Any
) -> tuple[float, float]:
    """Median seconds per call of each, batches of the two taken in turn."""
    start = time.perf_counter()
    first(argument)
    number = max(1, int(0.01 / max(time.perf_counter() - start, 1e-7)))
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(15):
        for function, times in zip((first, second), samples, strict=True):
            start = time.perf_counter()
            for _ in range(number):
                function(argument)
            times.append((time.perf_counter() - start) / number)
    return statistics.median(samples[0]), statistics.median(samples[1])


def main() -> None:
    rng = np.random.default_rng(0)
    header = (
        f"{'function':12} {'dtype':7} {'n':>7} {'naive':>10} {'least':>10} {'ratio':>6}  least work"
    )
    print(header)
    print("-" * len(header))
    for name, dtype, size, least, what in CASES:
        x = (5.0 * rng.standard_normal(size)).astype(dtype)
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")  # the naive formulas' own overflows
            naive, bound = alternating_medians(NAIVE[name], least, x)
        ratio = bound / naive
        mark = "*" if ratio > TARGET else " "
        print(
            f"{name:12} {np.dtype(dtype).name:7} {size:>7} {naive * 1e6:>8.1f}us"
            f" {bound * 1e6:>8.1f}us {ratio:>5.2f}{mark} {what}",
            flush=True,
        )
    print(f"\n* above {TARGET}x: the target is out of reach by this approach (see the docstring)")


if __name__ == "__main__":
    main()
