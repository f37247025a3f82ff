"""Gallery figures saved as 256-colour PNGs: the same pictures in about 40 % of the bytes.

A figure of lines, text and a few flat colours needs no more than 256
colours; matplotlib writes full-colour PNGs, which made the landing page's
grid of every function 411 KB (161 KB as a palette image) and put it behind
everything else on a slow connection. sphinx-gallery's own option for this
(``compress_images``) needs the optipng program, which a reader's machine
does not have, and optipng is lossless: it makes a palette image only of a
figure with at most 256 colours. These have about 300 to 2,200 distinct
colours, nearly all of them the anti-aliased edges of lines and letters;
Pillow (which comes with matplotlib) maps them to 256, and no pixel moves by
more than 15 of 255 in any channel (measured on the grid, Mish, Swish/Mish
and cost figures), which the eye does not see. The conversion is
deterministic, so builds stay reproducible. If sphinx-gallery's scraper
stops listing the figures it writes, the build fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from figure_languages import save_japanese
from PIL import Image
from sphinx.errors import ExtensionError
from sphinx_gallery.scrapers import matplotlib_scraper


def compact_png(path: Path) -> None:
    """Rewrite the opaque PNG at ``path`` with a palette of at most 256 colours."""
    with Image.open(path) as image:
        if image.mode == "P" or (
            image.mode in {"RGBA", "LA"} and image.getchannel("A").getextrema()[0] < 255
        ):
            return  # already a palette image, or transparency to keep
        palette = image.convert("RGB").quantize(
            256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
        )
    palette.save(path, optimize=True)


def scrape(
    block: Any, block_vars: dict[str, Any], gallery_conf: dict[str, Any], **kwargs: Any
) -> str:
    """sphinx-gallery's matplotlib scraper, then :func:`compact_png` on what it wrote."""
    import matplotlib.pyplot as plt  # noqa: PLC0415

    paths = block_vars["image_path_iterator"].paths
    before = len(paths)
    drawn = [plt.figure(number) for number in plt.get_fignums()]  # (the scraper closes them)
    rst = matplotlib_scraper(block, block_vars, gallery_conf, **kwargs)
    figures = [Path(name) for name in paths[before:]]
    figures = [figure for figure in figures if figure.suffix == ".png" and figure.exists()]
    if rst.strip() and len(figures) != len(drawn):
        raise ExtensionError(
            "compact_images: sphinx-gallery's matplotlib scraper drew figures but did not list"
            " one PNG file for each among the example's image paths; update docs/_ext/compact_images.py"
        )
    where = Path(block_vars.get("src_file", "gallery script")).name
    for figure, image in zip(drawn, figures, strict=True):
        japanese = save_japanese(figure, image, gallery_conf, where)
        for path in [image, *image.parent.glob(f"{image.stem}_*x.png"), *japanese]:
            compact_png(path)
    return rst


def _get_sg_image_scraper() -> Any:
    """The hook by which sphinx-gallery finds the scraper named "compact_images"."""
    return scrape
