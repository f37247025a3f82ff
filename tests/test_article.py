"""The article's examples, rewritten against the package, run cleanly.

The article (shared/seeds, in Japanese) draws each function with NumPy code
that no longer runs as printed or breaks on ordinary inputs. Each test runs
the article's computation with the package, with every warning an error.
"""

from __future__ import annotations

import numpy as np
import pytest

import activation_functions as af

ARTICLE_GRID = np.arange(-10.0, 10.0, 0.1)


def test_the_article_step_function_fails_on_current_numpy():
    def article_step(x):
        y = x > 0
        return y.astype(np.int)  # noqa: NPY001 (the article's code, which now fails)

    with pytest.raises(AttributeError):
        article_step(ARTICLE_GRID)
    y = af.step(ARTICLE_GRID)
    assert set(np.unique(y)) == {0.0, 1.0}


@pytest.mark.parametrize(
    "name", ["step", "sigmoid", "relu", "identity", "swish", "mish", "softplus", "tanh"]
)
def test_article_grid_plots_cleanly(name):
    y = af.ACTIVATIONS[name](ARTICLE_GRID)
    assert y.shape == ARTICLE_GRID.shape and np.all(np.isfinite(y))


def test_article_softmax_run():
    a = np.array([0.5, 3.1, 4.3])
    y = af.softmax(a)
    assert str(y) == "[0.01690191 0.22756284 0.75553525]"
    assert str(np.sum(y)) == "1.0"
    # The article then applies softmax to a whole x-range at once.
    x = np.arange(-5.0, 5.0, 0.1)
    assert np.sum(af.softmax(x)) == pytest.approx(1.0, abs=1e-15)


def test_what_breaks_in_the_article_works_here():
    def article_tanh(x):
        return (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x))

    with np.errstate(all="ignore"):
        naive_softmax = np.exp([1000.0, 1001.0]) / np.sum(np.exp([1000.0, 1001.0]))
        naive_softplus = np.log(1.0 + np.exp(800.0))
        naive_mish = 800.0 * article_tanh(naive_softplus)
        naive_tanh = article_tanh(1000.0)
    assert np.all(np.isnan(naive_softmax)) and np.isinf(naive_softplus)
    assert np.isnan(naive_tanh) and np.isnan(naive_mish)
    np.testing.assert_allclose(af.softmax([1000.0, 1001.0]), [0.26894142, 0.73105858])
    assert af.softplus(800.0) == 800.0
    assert af.mish(800.0) == 800.0
    assert af.tanh(1000.0) == 1.0 and af.tanh(-1000.0) == -1.0
    assert af.sigmoid(-700.0) == pytest.approx(np.exp(-700.0), rel=1e-15)


def test_swish_and_mish_differ_most_near_zero():
    x = np.linspace(-10, 10, 2001)
    difference = np.abs(af.mish(x) - af.swish(x))
    assert x[np.argmax(difference)] == pytest.approx(1.0, abs=1.0)
    assert np.max(difference[np.abs(x) > 8]) < 1e-2


def test_plots_break_lines_at_jumps():
    """The gallery's helper draws a gap, not a vertical segment, where a curve jumps."""
    import matplotlib as mpl  # noqa: PLC0415

    mpl.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    from activation_functions.plotting import plot_activation  # noqa: PLC0415

    x = np.linspace(-1.0, 1.0, 201)
    ax = plot_activation(af.relu, af.relu_derivative, x=x)
    function_line, derivative_line = ax.get_lines()[:2]
    assert np.all(np.isfinite(function_line.get_ydata()))  # relu is continuous
    assert np.sum(np.isnan(derivative_line.get_ydata())) == 1  # relu' jumps once
    assert ax.get_title() == "relu and its derivative"
    plt.close(ax.figure)
    untitled = plot_activation(af.relu, af.relu_derivative, x=x, title=False)
    assert untitled.get_title() == ""
    plt.close(untitled.figure)


def test_figures_draw_japanese_text_with_a_real_font():
    """The Japanese edition's figures must not show their words as empty boxes.

    matplotlib warns "Glyph ... missing from font(s)" when it falls back to a
    box; pytest turns that warning into a failure.
    """
    import matplotlib as mpl  # noqa: PLC0415

    mpl.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415
    from matplotlib import font_manager  # noqa: PLC0415

    from activation_functions.plotting import plot_activation, use_style  # noqa: PLC0415

    use_style()
    japanese = font_manager.findfont("IPAexGothic", fallback_to_default=False)
    assert japanese.endswith("ipaexg.ttf")
    ax = plot_activation(af.mish, af.mish_derivative)
    ax.set_xlabel("勾配降下法のステップ")
    ax.figure.canvas.draw()
    plt.close(ax.figure)
