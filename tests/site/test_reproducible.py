"""A second clean build of the same sources gives the same site, byte for byte.

``nox -s site`` builds the site with tools/build_site.py, then this test
builds it again from a copy of the sources (so that the first build is left
as it is) with the same script, and compares every file of the two.
"""

from __future__ import annotations

import filecmp
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SITE

# Files allowed to differ, and why. The cost experiment measures how long
# each function takes on this machine and prints and plots the times, which
# differ from run to run like any timing: its page, its figures and the search
# index (which holds the words and numbers of every page), in both editions.
MAY_DIFFER = {
    "auto_examples/experiments/plot_cost.html": "timings",
    "_sources/auto_examples/experiments/plot_cost.rst": "timings (the page's source)",
    "_images/sphx_glr_plot_cost_001.png": "timings",
    "_images/sphx_glr_plot_cost_001_2_00x.png": "timings",
    "_images/sphx_glr_plot_cost_thumb.png": "timings",
    "_images/sphx_glr_plot_cost_001.ja.png": "timings (the Japanese copy)",
    "_images/sphx_glr_plot_cost_001_2_00x.ja.png": "timings (the Japanese copy)",
    "_images/sphx_glr_plot_cost_thumb.ja.png": "timings (the Japanese copy)",
    "searchindex.js": "indexes the words and numbers of the cost page",
}
MAY_DIFFER |= {f"ja/{path}": why for path, why in MAY_DIFFER.items()}
# Sphinx's records for incremental builds, not part of the site.
NOT_THE_SITE = {".doctrees", ".buildinfo", ".buildinfo.bak"}
SOURCES = ("docs", "gallery", "src", "tools", "pyproject.toml", "README.md", "LICENSE")
BUILD_SITE = Path("tools", "build_site.py")
# What the first build wrote into docs/ (and the catalogues it compiled).
BUILD_OUTPUTS = set(runpy.run_path(str(ROOT / BUILD_SITE))["OUTPUTS"])


def left_out(directory: str, names: list[str]) -> set[str]:
    outputs = BUILD_OUTPUTS if Path(directory) == ROOT / "docs" else set()
    return {n for n in names if n in outputs or n == "__pycache__" or n.endswith(".mo")}


def site_files(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not NOT_THE_SITE & set(path.relative_to(root).parts)
    }


def test_two_clean_builds_give_identical_files(tmp_path):
    for source in SOURCES:
        if (ROOT / source).is_dir():
            shutil.copytree(ROOT / source, tmp_path / source, ignore=left_out)
        else:
            shutil.copy2(ROOT / source, tmp_path / source)
    command = [sys.executable, str(BUILD_SITE)]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    again = tmp_path / "docs" / "_build" / "html"
    first, second = site_files(SITE), site_files(again)
    assert first == second, {
        "only in the first": first - second,
        "only in the second": second - first,
    }
    differ = [
        path
        for path in sorted(first)
        if path not in MAY_DIFFER and not filecmp.cmp(SITE / path, again / path, shallow=False)
    ]
    assert not differ, f"files that differ between two builds: {differ}"
