"""The order of the gallery's examples within each section.

Alphabetical by file name, except the experiments, which follow the order in
which the article makes its claims: vanishing gradients, the cost of ReLU,
smoothness at 0, Mish against Swish, and last the accuracy of the formulas.
"""

from __future__ import annotations

from pathlib import Path

EXPERIMENTS = (
    "plot_vanishing_gradients.py",
    "plot_cost.py",
    "plot_smoothness_at_zero.py",
    "plot_swish_vs_mish_training.py",
    "plot_accuracy.py",
)


class ArticleOrder:
    """Sort key for sphinx-gallery's ``within_subsection_order``."""

    def __init__(self, src_dir: str | Path) -> None:
        self.src_dir = str(src_dir)

    def __call__(self, filename: str) -> tuple[int, str]:
        if filename in EXPERIMENTS:
            return EXPERIMENTS.index(filename), filename
        return len(EXPERIMENTS), filename

    def __repr__(self) -> str:
        # sphinx-gallery compares configurations by their text: keep it stable.
        return f"<{type(self).__name__}>"
