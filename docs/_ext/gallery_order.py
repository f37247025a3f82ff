"""The order of the gallery's examples within each section.

Alphabetical by file name, except the experiments, which follow the order in
which the article makes its claims: vanishing gradients, the cost of ReLU,
smoothness at 0, Mish against Swish, and last the accuracy of the formulas.

sphinx-gallery's own keys sort by file name, title, size or length, and its
``ExplicitOrder`` is for sections: files it is not given keep the order in
which the file system lists them. So this is a key of our own, which fails
the build if the experiments folder does not hold exactly these scripts (a
new or renamed experiment would otherwise land at the end without a word).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.errors import ConfigError

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
        folder = Path(src_dir)
        if folder.name == "experiments" and folder.is_dir():
            scripts = sorted(path.name for path in folder.glob("plot_*.py"))
            if scripts != sorted(EXPERIMENTS):
                raise ConfigError(
                    f"gallery_order: {folder} holds {scripts}; list them in the article's"
                    " order in EXPERIMENTS (docs/_ext/gallery_order.py)"
                )

    def __call__(self, filename: str) -> tuple[int, str]:
        if filename in EXPERIMENTS:
            return EXPERIMENTS.index(filename), filename
        return len(EXPERIMENTS), filename

    def __repr__(self) -> str:
        # sphinx-gallery compares configurations by their text: keep it stable.
        return f"<{type(self).__name__}>"
