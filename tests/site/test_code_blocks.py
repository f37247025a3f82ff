"""Code copied from the site runs: every page's Python blocks, in a plain Python.

What a reader gets from a block's copy button is what sphinx-copybutton
copies with the site's settings (``docs/conf.py``): the lines that start with
a prompt, without it, if the block has prompts, else the whole block; output
blocks have no button. Each English page's Python blocks run in order, as one
program, and each block that does not say "Continues the code above." runs
alone too, in a new environment with only the package and its ``[plot]``
extra installed (NumPy, SciPy, matplotlib), and mpmath, which the accuracy
experiment needs and says so, with warnings as errors. The blocks under a
function page's "Copy this" heading run alone with NumPy and SciPy only.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import venv
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, SITE, html, site_pages

from activation_functions import ACTIVATIONS

#: The copy button's prompts (copybutton_prompt_text in docs/conf.py).
PROMPT = re.compile(r"^(>>> |\.\.\. )")
#: Lexers of Python blocks (Sphinx's "default" is Python).
PYTHON = {"python", "python3", "ipython3", "pycon", "default"}
#: Classes of the blocks that hold output, which have no copy button.
OUTPUT = {"output", "sphx-glr-script-out"}


@dataclass
class Block:
    code: str
    continues: bool  # whether the page says it continues the block above
    copy_this: bool = False  # whether it is under a "Copy this" heading


class _Blocks(HTMLParser):
    """The Python blocks of a page, with what the copy button copies from each."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self._lexer: str | None = None  # of the enclosing highlight-<lexer> div
        self._in_pre = False
        self._text: list[str] = []
        self._continues = False
        self._in_note = False
        self._sections: list[str] = []  # the ids of the enclosing sections

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "section":
            self._sections.append(dict(attrs).get("id") or "")
        if tag == "p" and "continued-code" in classes:
            self._in_note = True
        if tag == "div":
            lexer = next(
                (c.removeprefix("highlight-") for c in classes if c.startswith("highlight-")), None
            )
            if lexer is not None and lexer != "":
                self._lexer = None if classes & OUTPUT else lexer.lower()
        if tag == "pre" and self._lexer is not None:
            self._in_pre, self._text = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self._sections.pop()
        if tag == "p" and self._in_note:
            self._in_note, self._continues = False, True
        if tag == "pre" and self._in_pre:
            self._in_pre = False
            if self._lexer in PYTHON:
                copy_this = "copy-this" in self._sections
                self.blocks.append(Block(copied(self._text), self._continues, copy_this))
            self._lexer, self._continues = None, False

    def handle_data(self, data: str) -> None:
        if self._in_pre:
            self._text.append(data)


def copied(text: list[str]) -> str:
    """What the copy button copies from a block whose text is ``text``."""
    lines = "".join(text).splitlines()
    if any(PROMPT.match(line) for line in lines):
        lines = [PROMPT.sub("", line) for line in lines if PROMPT.match(line)]
    return "\n".join(lines) + "\n"


@functools.cache  # (the list of pages and the page's test share one reading)
def python_blocks(page: str) -> tuple[Block, ...]:
    parser = _Blocks()
    parser.feed(html(page))
    return tuple(parser.blocks)


#: The English pages that have Python blocks.
PAGES = [
    page
    for page in (site_pages() if SITE.is_dir() else [])
    if not page.startswith("ja/") and "highlight" in html(page) and python_blocks(page)
]


def _environment(factory: pytest.TempPathFactory, name: str, *packages: str) -> Path:
    """A new virtual environment with ``packages`` installed, and nothing else."""
    where = factory.mktemp(name) / "venv"
    venv.create(where, with_pip=True)
    python = where / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", *packages],
        check=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    return python


@pytest.fixture(scope="session")
def plain_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new environment with the package, its [plot] extra and mpmath, and nothing else."""
    return _environment(tmp_path_factory, "plain", f"{ROOT}[plot]", "mpmath")


@pytest.fixture(scope="session")
def numpy_scipy_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new environment with NumPy and SciPy, and nothing else."""
    return _environment(tmp_path_factory, "numpy", "numpy", "scipy")


def run(python: Path, code: str, where: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))
    }
    return subprocess.run(
        [python, "-W", "error", "-c", code],
        check=False,
        cwd=where,
        env={**environment, "MPLBACKEND": "agg"},
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_copy_button_copies_code_without_prompts_or_output() -> None:
    text = [">>> x = 1\n", ">>> for i in range(2):\n", "...     x += i\n", ">>> x\n", "2\n"]
    assert copied(text) == "x = 1\nfor i in range(2):\n    x += i\nx\n"
    assert copied(["import numpy as np\n", "print(np.e)\n"]) == "import numpy as np\nprint(np.e)\n"


def test_pages_have_python_blocks_and_notes() -> None:
    """The parser finds the blocks, and the notes where blocks continue others."""
    gallery = python_blocks("auto_examples/activations/plot_relu6.html")
    assert gallery and not gallery[0].continues
    notebook = python_blocks("guide/softmax.html")
    assert len(notebook) > 3 and all(block.continues for block in notebook[1:])
    assert python_blocks("generated/activation_functions.mish.html")


@pytest.mark.parametrize("page", PAGES)
def test_the_code_of_a_page_runs(page: str, plain_python: Path, tmp_path: Path) -> None:
    blocks = python_blocks(page)
    program = "".join(block.code for block in blocks)
    result = run(plain_python, program, tmp_path)
    assert result.returncode == 0 and not result.stderr, (
        f"{page}, in order:\n{result.stderr[-3000:]}"
    )
    for number, block in enumerate(blocks[1:], start=2):
        if not block.continues:
            alone = run(plain_python, block.code, tmp_path)
            assert alone.returncode == 0 and not alone.stderr, (
                f"{page}, block {number} alone (it does not say it continues the one above):\n"
                f"{block.code}\n{alone.stderr[-3000:]}"
            )


def test_the_test_runs_outside_the_test_environment(plain_python: Path) -> None:
    """The plain environment has the package and its dependencies, and not pytest."""
    assert plain_python.parent != Path(sys.executable).parent
    result = run(
        plain_python, "import activation_functions, matplotlib, scipy", plain_python.parent
    )
    assert result.returncode == 0, result.stderr
    assert run(plain_python, "import pytest", plain_python.parent).returncode != 0
    assert len(PAGES) > 80, "the Python blocks of the gallery, the guide and the API pages"


#: The first block under each function page's "Copy this" heading (the next
#: one compares it with the package).
COPIES = {
    page: next(block.code for block in python_blocks(page) if block.copy_this)
    for page in PAGES
    if any(block.copy_this for block in python_blocks(page))
}


def test_every_function_page_has_code_to_copy() -> None:
    pages = {f"auto_examples/activations/plot_{name}.html" for name in ACTIVATIONS}
    assert set(COPIES) == pages


@pytest.mark.parametrize("page", sorted(COPIES))
def test_code_to_copy_runs_with_numpy_and_scipy_alone(
    page: str, numpy_scipy_python: Path, tmp_path: Path
) -> None:
    name = page.removeprefix("auto_examples/activations/plot_").removesuffix(".html")
    code = COPIES[page]
    check = f"\nassert callable({name}), {name!r}\n"
    result = run(numpy_scipy_python, code + check, tmp_path)
    assert result.returncode == 0 and not result.stderr, f"{page}:\n{code}\n{result.stderr[-3000:]}"
    assert "activation_functions" not in code
