"""Build both editions of the site: English, then Japanese, in one process.

The English edition goes into ``docs/_build/html`` and the Japanese one
(``-D language=ja``, from the catalogues in ``docs/locale``) into
``docs/_build/html/ja``, each with Sphinx's strict options (``-n -W
--keep-going``). Other arguments go to both builds, for instance ``-a``::

    python tools/build_site.py [--clean | --serve] [SPHINX-BUILD OPTIONS]

``--clean`` first removes what earlier builds wrote (:data:`OUTPUTS`), for a
cold build. ``--serve`` instead serves the English edition on
http://127.0.0.1:8000 and rebuilds it on every change (sphinx-autobuild,
which ``nox -s docs -- --serve`` installs). ``nox -s docs`` runs this script.

Both editions are built in one Python process, one after the other, rather
than by two ``sphinx-build`` commands: the second build then needs neither
the start-up of Python, Sphinx, its extensions, NumPy and matplotlib, nor
new worker processes for sphinx-gallery, which halves the time of a rebuild
in which nothing changed. The Japanese build runs no gallery script and no
notebook: it reuses what the English build executed.

One catch: a module of Sphinx that translates a message when it is imported
(``_("Python Module Index")`` at module level) keeps the language of the
build during which it was first imported. Importing Sphinx's own extensions
before any build keeps those messages lazy, translated in each edition's
language as separate processes would.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

from sphinx.application import builtin_extensions
from sphinx.cmd.build import build_main

DOCS = Path(__file__).resolve().parents[1] / "docs"
HTML = DOCS / "_build" / "html"
#: Sphinx's options for both editions: nitpicky, warnings are errors.
OPTIONS = ("-j", "auto", "-n", "-W", "--keep-going", "-b", "html")
#: Each edition's extra options and output folder.
EDITIONS = (((), HTML), (("-D", "language=ja"), HTML / "ja"))
#: What a build writes under docs/: the site and caches, the gallery's pages
#: and figures, the API reference's pages.
OUTPUTS = ("_build", "auto_examples", "generated")


def main(arguments: list[str]) -> int:
    """Build both editions; the exit status of the first that fails, else 0."""
    if "--serve" in arguments:
        arguments = [a for a in arguments if a != "--serve"]
        watch = ("--watch", "src", "--watch", "gallery")
        autobuild = [sys.executable, "-m", "sphinx_autobuild", *OPTIONS, *watch, *arguments]
        return subprocess.call([*autobuild, str(DOCS), str(HTML)])
    if "--clean" in arguments:
        arguments = [a for a in arguments if a != "--clean"]
        for output in OUTPUTS:
            shutil.rmtree(DOCS / output, ignore_errors=True)
    for extension in builtin_extensions:
        importlib.import_module(extension)
    for options, output in EDITIONS:
        status = build_main([*OPTIONS, *options, *arguments, str(DOCS), str(output)])
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
