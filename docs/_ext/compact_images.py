"""Gallery figures drawn once and saved as 256-colour PNGs, in both languages.

sphinx-gallery's own matplotlib scraper calls ``savefig`` once per size of
``image_srcset`` (here the page's image and its twice-as-large twin), and
each call lays out and draws the whole figure again. This scraper draws each
figure once, at the largest size, and makes the smaller images from that
drawing by averaging blocks of pixels (Pillow's ``reduce``), which takes a
few milliseconds where a second drawing takes a tenth of a second or more.
It then does the same for the figure's Japanese copy
(``figure_languages.py``). A block that draws several figures shows them one
below the other, each at the column's width.

Each image is then stored as a palette of at most 256 colours: a figure of
lines, text and a few flat colours needs no more, and the palette image is
about 40 % of the full-colour one's bytes (the landing page's grid of every
function was 411 KB, 161 KB as a palette image). sphinx-gallery's option for
this (``compress_images``) needs the optipng program, which a reader's
machine does not have, and optipng is lossless: it makes a palette image
only of a figure with at most 256 colours, and these have about 300 to 2,200,
nearly all of them the anti-aliased edges of lines and letters. Pillow
(which comes with matplotlib) maps them to 256, and no pixel moves by more
than 15 of 255 in any channel, which the eye does not see. Every step is
deterministic, so builds stay reproducible.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from figure_languages import alt_text, translate_figure
from PIL import Image
from sphinx.errors import ExtensionError
from sphinx_gallery.gen_rst import scale_image
from sphinx_gallery.scrapers import figure_rst


def srcset_name(image: Path, factor: float) -> Path:
    """sphinx-gallery's name for the image ``factor`` times as large as ``image``."""
    if factor == 1:
        return image
    return image.with_name(f"{image.stem}_{factor:.2f}".replace(".", "_") + f"x{image.suffix}")


def save_png(figure: Any, paths: Mapping[float, Path]) -> None:
    """Draw ``figure`` once and save it as ``paths[factor]`` for each factor.

    A factor scales matplotlib's ``savefig.dpi``; every factor must divide
    the largest one, whose image the others are reduced from.
    """
    import matplotlib as mpl  # noqa: PLC0415

    dpi = mpl.rcParams["savefig.dpi"]
    dpi = figure.dpi if dpi == "figure" else dpi
    largest = max(paths)
    drawing = io.BytesIO()
    # Uncompressed: the bytes are read back at once, then compressed once.
    figure.savefig(drawing, format="png", dpi=largest * dpi, pil_kwargs={"compress_level": 0})
    with Image.open(drawing) as image:
        full = image.convert("RGB")
    for factor, path in paths.items():
        step = largest / factor
        if step != int(step):
            raise ExtensionError(
                f"compact_images: the image_srcset factor {factor} does not divide {largest}"
            )
        image = full.reduce(int(step)) if step > 1 else full
        palette = image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        palette.save(path, optimize=True)


def save_japanese(
    figure: Any, english: Mapping[float, Path], gallery_conf: dict[str, Any], where: str
) -> None:
    """Save the Japanese copy of ``figure`` beside its English images ``english``.

    ``<name>.ja.png`` for each image, its alternative text in ``<name>.ja.txt``,
    and the Japanese thumbnail if the image is the script's first (the one
    sphinx-gallery makes its thumbnail from).
    """
    translate_figure(figure, where)
    japanese = {f: path.with_name(f"{path.stem}.ja{path.suffix}") for f, path in english.items()}
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font")
        save_png(figure, japanese)
    image = english[1.0]
    image.with_suffix(".ja.txt").write_text(alt_text(figure), encoding="utf-8")
    if image.stem.endswith("_001"):
        example = image.stem.removeprefix("sphx_glr_").removesuffix("_001")
        thumbnail = image.parent / "thumb" / f"sphx_glr_{example}_thumb.ja.png"
        thumbnail.parent.mkdir(exist_ok=True)
        scale_image(str(japanese[1.0]), str(thumbnail), *gallery_conf["thumbnail_size"])


def scrape(
    _block: Any, block_vars: dict[str, Any], gallery_conf: dict[str, Any], **kwargs: Any
) -> str:
    """Save the figures that a block of a gallery script drew; their reST.

    sphinx-gallery calls this with the block, its variables and the gallery's
    configuration, as it calls its own ``matplotlib_scraper``.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    if kwargs:
        raise ExtensionError(f"compact_images: savefig options are not supported: {kwargs}")
    factors = [1.0, *gallery_conf["image_srcset"]]
    where = Path(block_vars.get("src_file", "gallery script")).name
    rst = []
    paths = block_vars["image_path_iterator"]
    for number, name in zip(plt.get_fignums(), paths, strict=False):
        figure = plt.figure(number)
        image = Path(name)
        english = {factor: srcset_name(image, factor) for factor in factors}
        save_png(figure, english)
        # (figure_rst takes the image itself under the key 0.)
        srcset = {0: image, **{f: p for f, p in english.items() if f != 1}}
        rst.append(figure_rst([image], gallery_conf["src_dir"], alt_text(figure), [srcset]))
        save_japanese(figure, english, gallery_conf, where)
    plt.close("all")
    return "".join(rst)


def _get_sg_image_scraper() -> Any:
    """The hook by which sphinx-gallery finds the scraper named "compact_images"."""
    return scrape
