"""Time every activation against the formula it replaces, SciPy and torch.

Run with ``nox -s bench`` (add ``-- --torch`` to install torch 2.13 (CPU)
and compare with it too). For each function, dtype and size it prints the
median time of the package's function and the ratios

* ``/naive``: package time over the textbook formula of
  :mod:`activation_functions.naive` (the article's, for its functions);
* ``/scipy``: over ``scipy.special`` where SciPy has the function;
* ``/torch``: over ``torch.nn.functional`` on one CPU thread, if installed.

A ratio below 1 means the package is faster. At 10^6 elements every
elementwise function must take at most 2 times its naive formula, and the
softmax family and the exact GELU at most 3 times; rows above their bar are
marked with ``*`` and counted at the end (rows of 10^3 elements, where
NumPy's cost per call dominates, are printed for information).

``memory`` is the peak of what the function allocates while it runs
(tracemalloc), as a multiple of the input's bytes, for the function and its
derivative (``f/f'``); the bar, 3, applies at 10^6 elements. Inputs are normal with standard
deviation 5, the same seed for every run.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import time
import tracemalloc
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
from scipy import special

import activation_functions as af
from activation_functions.naive import FORMULAS as NAIVE

BAR_SIZE = 10**6  # the size at which the bars apply
MEMORY_BAR = 3.0  # largest peak allocation, in multiples of the input's bytes


def bar(entry: af.Activation) -> float:
    """The largest acceptable ratio to the naive formula at 10^6 elements."""
    return 3.0 if not entry.elementwise or entry.name == "gelu" else 2.0


SCIPY: dict[str, Callable[[np.ndarray], Any]] = {
    "sigmoid": special.expit,
    "log_sigmoid": special.log_expit,
    "softmax": lambda x: special.softmax(x, axis=-1),
    "log_softmax": lambda x: special.log_softmax(x, axis=-1),
}


def torch_functions() -> tuple[Any, dict[str, Callable[[Any], Any]]]:
    try:
        import torch  # noqa: PLC0415 (optional)
        from torch.nn import functional  # noqa: PLC0415
    except ImportError:
        return None, {}
    torch.set_num_threads(1)
    return torch, {
        "identity": lambda t: t.clone(),
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "relu": functional.relu,
        "softmax": lambda t: torch.softmax(t, dim=-1),
        "log_softmax": lambda t: torch.log_softmax(t, dim=-1),
        "softplus": functional.softplus,
        "swish": functional.silu,
        "silu": functional.silu,
        "mish": functional.mish,
        "gelu": functional.gelu,
        "log_sigmoid": functional.logsigmoid,
        "softsign": functional.softsign,
        "leaky_relu": functional.leaky_relu,
        "prelu": lambda t: functional.prelu(t, torch.tensor([0.25], dtype=t.dtype)),
        "rrelu": functional.rrelu,
        "relu6": functional.relu6,
        "threshold": lambda t: functional.threshold(t, 1.0, 0.0),
        "elu": functional.elu,
        "selu": functional.selu,
        "celu": functional.celu,
        "hard_sigmoid": functional.hardsigmoid,
        "hard_swish": functional.hardswish,
        "hard_tanh": functional.hardtanh,
        "softshrink": functional.softshrink,
        "hardshrink": functional.hardshrink,
        "tanhshrink": functional.tanhshrink,
        "exponential": torch.exp,
        "glu": functional.glu,
        "softmin": lambda t: functional.softmin(t, dim=-1),
    }


def median_time(function: Callable[[Any], Any], argument: Any, budget: float) -> float:
    """Median seconds per call over repeats of a batch sized to the budget."""
    start = time.perf_counter()
    function(argument)
    once = max(time.perf_counter() - start, 1e-7)
    number = max(1, int(budget / 15 / once))
    samples = []
    for _ in range(15):
        start = time.perf_counter()
        for _ in range(number):
            function(argument)
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def peak_memory(function: Callable[[Any], Any], argument: np.ndarray) -> float:
    """Peak bytes allocated during one call, as a multiple of the argument's bytes."""
    tracemalloc.start()
    try:
        function(argument)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / argument.nbytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=0.15, help="seconds per measurement")
    parser.add_argument("--only", nargs="*", help="function names to time")
    arguments = parser.parse_args()
    torch, torch_table = torch_functions()
    names = arguments.only or list(af.ACTIVATIONS)
    rng = np.random.default_rng(0)
    print(f"numpy {np.__version__}; torch {torch.__version__ if torch else 'not installed'}")
    header = (
        f"{'function':13} {'dtype':7} {'n':>7} {'package':>10} {'/naive':>7} {'bar':>4}"
        f" {'/scipy':>7} {'/torch':>7} {'memory f/f':>11}"
    )
    print(header)
    print("-" * len(header))
    worst = (0.0, "")
    over = rows = 0
    memories: list[float] = []
    for name in names:
        entry = af.ACTIVATIONS[name]
        for dtype in (np.float32, np.float64):
            for size in (10**3, 10**6):
                shape = (size // 10, 10) if not entry.elementwise else (size,)
                x = (5.0 * rng.standard_normal(shape)).astype(dtype)
                # The function itself, as a reader calls it (not through the
                # catalogue record, which adds a call).
                function = functools.partial(entry.function, **entry.parameters)
                package = median_time(function, x, arguments.budget)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # the naive formulas' own overflows
                    with np.errstate(all="ignore"):
                        naive = median_time(NAIVE[name], x, arguments.budget)
                row = f"{name:13} {np.dtype(dtype).name:7} {size:>7} {package * 1e6:>8.1f}us"
                ratio = package / naive
                label = f"{name} {np.dtype(dtype).name} n={size}"
                limit = bar(entry)
                judged = size == BAR_SIZE
                if judged:
                    worst = max(worst, (ratio / limit, label))
                    over += ratio > limit
                    rows += 1
                flag = "*" if judged and ratio > limit else " "
                row += f" {ratio:>6.2f}{flag} {f'{limit:.0f}x' if judged else '':>4}"
                scipy_function = SCIPY.get(name)
                row += (
                    f" {package / median_time(scipy_function, x, arguments.budget):>7.2f}"
                    if scipy_function
                    else f" {'-':>7}"
                )
                torch_function = torch_table.get(name)
                if torch_function is not None:
                    tensor = torch.from_numpy(x)
                    row += (
                        f" {package / median_time(torch_function, tensor, arguments.budget):>7.2f}"
                    )
                else:
                    row += f" {'-':>7}"
                memory = peak_memory(function, x)
                if judged:
                    memories.append(memory)
                if entry.derivative is not None:
                    derivative = peak_memory(entry.derivative_at, x)
                    if judged:
                        memories.append(derivative)
                    row += f" {memory:>5.2f}/{derivative:<5.2f}"
                else:
                    row += f" {memory:>5.2f}/{'-':<5}"
                print(row, flush=True)
    print(f"\nlargest ratio to its bar at n={BAR_SIZE}: {worst[0]:.2f} of the bar ({worst[1]})")
    print(f"rows above their bar (*): {over} of {rows}")
    print(
        f"largest peak allocation at n={BAR_SIZE}: {max(memories):.2f}x the input"
        f" (bar {MEMORY_BAR:.0f}x; on small inputs the few temporaries of a kernel are"
        " more than the input, and a few hundred kilobytes)"
    )


if __name__ == "__main__":
    main()
