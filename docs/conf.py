"""Sphinx configuration for the activation-functions field guide."""

from __future__ import annotations

import hashlib
import shutil
import sys
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import zmq
from jupyter_client.manager import KernelManager

import activation_functions

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

# sphinx-gallery and MyST-NB skip scripts and notebooks whose own text has not
# changed; they do not see a change to the package they import. So that no
# page shows figures or numbers from older code, both run everything again
# whenever the package's source differs from that of the last build.
PACKAGE_SOURCE = HERE.parent / "src" / "activation_functions"
PACKAGE_HASH = hashlib.sha256(
    b"".join(path.read_bytes() for path in sorted(PACKAGE_SOURCE.glob("*.py")))
).hexdigest()
_HASH_FILE = HERE / "_build" / "package-source.sha256"
PACKAGE_CHANGED = not _HASH_FILE.exists() or _HASH_FILE.read_text() != PACKAGE_HASH
if PACKAGE_CHANGED:
    # Forget what was executed (without changing any setting, which would make
    # Sphinx re-read every page): the notebooks' cache and the checksums by
    # which sphinx-gallery recognises an unchanged script.
    shutil.rmtree(HERE / "_build" / ".jupyter_cache", ignore_errors=True)
    for checksum in (HERE / "auto_examples").rglob("*.md5"):
        checksum.unlink()

project = "activation-functions"
author = "The activation-functions developers"
copyright = "2026, The activation-functions developers"
version = release = activation_functions.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.intersphinx",
    "numpydoc",
    "sphinx_copybutton",
    "sphinx_gallery.gen_gallery",
    "myst_nb",
    "mathml",  # formulas as MathML at build time: no math JavaScript
    "lean_pages",
    "one_stylesheet",
    "icons",
    "reproducible",
    "activation_table",
    "accessibility",
    "editions",
    "site_search",
    "japanese_interface",
    "figure_languages",
    "continued_code",
    "function_pages",
    "sphinx_sitemap",
    "sphinxext.opengraph",
    "notfound.extension",
]

templates_path = ["_templates"]

# Translations: docs/locale/<language>/LC_MESSAGES/<document>.po, one
# catalogue per page, refreshed by ``nox -s translations``. The English site
# is built with the default language; the Japanese one with -D language=ja.
locale_dirs = ["locale/"]
gettext_compact = False
gettext_uuid = False
gettext_location = False
exclude_patterns = ["_build", "auto_examples/**/*.ipynb", "auto_examples/**/*.py"]

# API reference.
autosummary_generate = True
# Each function's page documents its derivative (or, for the softmax family,
# its Jacobian) too: one page holds what is known about the function.
autosummary_context = {
    "companions": {
        entry.name: f"{entry.name}_derivative" if entry.derivative else f"{entry.name}_jacobian"
        for entry in activation_functions.ACTIVATIONS.values()
    }
}

# Types are documented in the numpydoc Parameters sections; the annotations
# (ArrayLike and friends) would expand into private NumPy classes.
autodoc_typehints = "none"
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
default_role = "py:obj"
# Types in the Parameters and Returns sections become links.
numpydoc_xref_param_type = True
numpydoc_xref_aliases = {
    "array_like": ":term:`numpy:array_like`",
    "ndarray": "numpy.ndarray",
    "Mapping": "collections.abc.Mapping",
}
numpydoc_xref_ignore = {"optional", "or", "of", "matplotlib.axes.Axes"}

# Links to NumPy's and Python's documentation. Sphinx would download their
# inventories, which these build machines cannot reach: tools/make_inventories.py
# writes the entries the docs use.
intersphinx_mapping = {
    "numpy": ("https://numpy.org/doc/stable/", "_intersphinx/numpy.inv"),
    "python": ("https://docs.python.org/3/", "_intersphinx/python.inv"),
}

# Strict: every cross-reference must resolve.
nitpicky = True

# The copy button copies code that runs when pasted: without the prompts
# (">>> ", "... ") and the printed output of the examples, and there is no
# button on the output of gallery scripts and notebooks.
copybutton_prompt_text = r">>> |\.\.\. "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_exclude = ".linenos"  # (the default also drops the prompts, which are needed above)
copybutton_selector = "div:not(.output):not(.sphx-glr-script-out) > div.highlight > pre"

# Gallery: every script of ../gallery runs at build time; an error fails the
# build, and a script whose source has not changed is not run again.
sphinx_gallery_conf = {
    "examples_dirs": ["../gallery"],
    "gallery_dirs": ["auto_examples"],
    "filename_pattern": "/plot_",
    "subsection_order": [
        "../gallery/activations",
        "../gallery/comparisons",
        "../gallery/experiments",
    ],
    "within_subsection_order": "gallery_order.ArticleOrder",
    "backreferences_dir": "generated/backreferences",
    "doc_module": ("activation_functions",),
    "reference_url": {"activation_functions": None},
    # The timing pages load jQuery and DataTables from a CDN; leave them out.
    "write_computation_times": False,
    # No "Total running time" line: it differs from build to build, so every
    # page would change (and its translation go stale) whenever a script ran.
    "min_reported_time": float("inf"),
    "remove_config_comments": True,
    # Only the gallery's own stylesheet: this site has no Binder badges, pandas
    # tables or rich HTML outputs, whose stylesheets would be on every page.
    "css": ["sg_gallery"],
    "image_srcset": ["2x"],
    # Figures as 256-colour PNGs (docs/_ext/compact_images.py).
    "image_scrapers": ("compact_images",),
    # Scripts run in as many processes as sphinx-build's -j gives.
    "parallel": True,
}

# Notebooks (MyST-NB): executed at build time, cached between builds.
# ipykernel (7.3 and later) warns at every start that its messages travel
# over TCP unencrypted, and asks for CurveZMQ keys from the kernel manager.
# MyST-NB has no setting for the kernel manager it creates, so the default
# policy of every kernel manager in this process is set to provision keys
# whenever the kernel declares support for them.
if zmq.has("curve") and "transport_encryption" in KernelManager.class_traits():
    KernelManager.class_traits()["transport_encryption"].default_value = "auto"
nb_execution_mode = "cache"
# One cache for both editions (the Japanese one is built into html/ja).
nb_execution_cache_path = str(HERE / "_build" / ".jupyter_cache")
nb_execution_raise_on_error = True
# A cell's printed lines in one output: the kernel sends them in chunks that
# depend on timing, and two builds of the same page differed in how many.
nb_merge_streams = True
myst_enable_extensions = ["dollarmath", "amsmath"]
# Formulas are MathML (docs/_ext/mathml.py): no MathJax classes on the pages.
myst_update_mathjax = False


def _record_package_hash(_app: object, exception: Exception | None) -> None:
    if exception is None:
        _HASH_FILE.parent.mkdir(parents=True, exist_ok=True)
        _HASH_FILE.write_text(PACKAGE_HASH)


def setup(app: Any) -> None:
    app.connect("build-finished", _record_package_hash)


# Publishing: the address the site is served from (GitHub Pages), for the
# sitemap, the Open Graph tags (with the gallery's grid of every function as
# the preview image) and the 404 page, whose links must be absolute.
# editions.py adds ja/ for the Japanese edition.
PROJECT_URLS = tomllib.loads((HERE.parent / "pyproject.toml").read_text())["project"]["urls"]
SITE_URL = PROJECT_URLS["Documentation"]
SOURCE_URL = PROJECT_URLS["Source"]
html_baseurl = SITE_URL
sitemap_url_scheme = "{link}"
sitemap_locales = [None]
sitemap_excludes = ["search.html", "genindex.html", "404.html"]
ogp_site_url = SITE_URL
ogp_image = "_images/sphx_glr_plot_all_activations_001.png"
ogp_image_alt = "Every activation function of the package with its derivative"
ogp_social_cards = {"enable": False}
notfound_urls_prefix = urlparse(SITE_URL).path

html_theme = "sphinx_book_theme"
html_title = "activation-functions"
html_theme_options = {
    "show_toc_level": 2,
    # Links to github.com stay as written: shortened, they get an icon from
    # Font Awesome's brand font, a web font the site does not otherwise load.
    "shorten_urls": False,
    "use_download_button": True,
    # A link to the repository in every page's header.
    "repository_url": SOURCE_URL,
    "use_repository_button": True,
    # The sidebar lists the top-level pages, and the pages under the current
    # one: a full tree (110 links on every page) made each page slower to
    # write and to lay out.
    "collapse_navbar": True,
    # The link to this page in the other language comes first in the header.
    "article_header_end": ["language-switcher.html", "article-header-buttons.html"],
    # No bar above the page: the sidebar has the search field, and the
    # article header the buttons. (With pydata-sphinx-theme 0.20 an empty
    # value from sphinx-book-theme's theme.conf no longer counts as none, and
    # a bar holding a second search field appeared on every page.)
    "navbar_persistent": [],
}
html_static_path = ["_static"]
# The Japanese edition's search index: pairs of characters, not TinySegmenter's
# words, so that a term is found inside sentences (docs/_ext/site_search.py).
html_search_options = {"type": "site_search.PairSplitter"}
html_math_renderer = "mathml"
html_favicon = "_static/favicon.svg"
# An explicit default mode: without it the theme logs a console error.
html_context = {"default_mode": "auto"}
