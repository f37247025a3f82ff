"""The built site in a real browser: it loads cleanly, stays on its host, is accessible."""

from __future__ import annotations

import re

import pytest
from conftest import PUBLISHED, SITE, site_pages

PAGES = site_pages()


def test_the_site_has_its_sections():
    for edition in ("", "ja/"):
        assert f"{edition}index.html" in PAGES
        assert f"{edition}comparison.html" in PAGES
        assert f"{edition}glossary.html" in PAGES
        assert f"{edition}auto_examples/activations/plot_mish.html" in PAGES
        assert f"{edition}auto_examples/experiments/plot_vanishing_gradients.html" in PAGES
        assert f"{edition}generated/activation_functions.mish.html" in PAGES


def test_every_page_loads_cleanly(browser, site_url, axe_script):
    """No console error, no request off 127.0.0.1 and no icon font, every image decodes,
    and axe-core finds nothing (any impact), with the colour contrast checked in
    the dark mode too."""
    problems = []
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in PAGES:
        requests.clear()
        errors.clear()
        response = page.goto(f"{site_url}/{path}", wait_until="networkidle")
        if response is None or response.status != 200:
            problems.append(f"{path}: HTTP {response and response.status}")
        off_host = [
            url for url in requests if not url.startswith(site_url) and not url.startswith("data:")
        ]
        if off_host:
            problems.append(f"{path}: requests off the host: {off_host}")
        fonts = [url for url in requests if url.endswith((".woff2", ".woff", ".ttf"))]
        if fonts:
            problems.append(f"{path}: fonts loaded (the icons are inline SVG): {fonts}")
        if errors:
            problems.append(f"{path}: console errors: {errors}")
        broken = page.evaluate(
            "Array.from(document.images)"
            ".filter(image => !image.complete || image.naturalWidth === 0)"
            ".map(image => image.getAttribute('src'))"
        )
        if broken:
            problems.append(f"{path}: images that do not decode: {broken}")
        unnamed = page.evaluate(
            "Array.from(document.querySelectorAll('main img'))"
            ".filter(image => !(image.getAttribute('alt') || '').trim()"
            " && !image.closest('.sphx-glr-thumbcontainer'))"
            ".map(image => image.getAttribute('src'))"
        )
        if unnamed:
            problems.append(f"{path}: content images without alt text: {unnamed}")
        page.add_script_tag(path=str(axe_script))
        violations = page.evaluate(
            "async () => (await axe.run()).violations"
            ".map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes[0].target)"
        )
        if violations:
            problems.append(f"{path}: axe: {violations}")
        dark = page.evaluate(
            "async () => {"
            " document.documentElement.dataset.mode = 'dark';"
            " document.documentElement.dataset.theme = 'dark';"
            # Let the theme's colour transitions (0.15 s) finish.
            " await new Promise(resolve => setTimeout(resolve, 500));"
            " const result = await axe.run({runOnly: ['color-contrast']});"
            " return result.violations.map(v => v.id + ' (' + v.nodes.length + '): '"
            " + v.nodes[0].target); }"
        )
        if dark:
            problems.append(f"{path}: axe, dark mode: {dark}")
    page.close()
    assert not problems, "\n".join(problems)


def test_no_page_is_wider_than_a_phone(browser, site_url):
    """At 412 px, no page scrolls sideways: long names, signatures, tables and
    inline code wrap, and wide blocks scroll inside themselves."""
    page = browser.new_page(viewport={"width": 412, "height": 900})
    wide = {}
    for path in PAGES:
        page.goto(f"{site_url}/{path}", wait_until="load")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 412:
            wide[path] = width
    page.close()
    assert not wide, wide


@pytest.mark.parametrize(
    ("edition", "query", "expected"),
    [
        ("", "mish", "generated/activation_functions.mish.html"),
        # Sphinx's Japanese splitter: a katakana word finds the softmax pages.
        ("ja/", "ソフトマックス", "guide/softmax.html"),
        ("ja/", "ソフトマックス", "generated/activation_functions.softmax.html"),
    ],
)
def test_search_finds_the_page(browser, site_url, edition, query, expected):
    page = browser.new_page()
    page.goto(f"{site_url}/{edition}search.html?q={query}", wait_until="networkidle")
    page.wait_for_selector("ul.search li", timeout=15_000)
    links = page.eval_on_selector_all("ul.search li a", "links => links.map(a => a.href)")
    page.close()
    assert any(link.endswith(f"/{edition}{expected}") for link in links), links


@pytest.mark.parametrize(
    "example", [p for p in PAGES if re.search(r"auto_examples/.+/plot_\w+\.html$", p)]
)
def test_example_downloads_resolve(browser, site_url, example):
    page = browser.new_page()
    page.goto(f"{site_url}/{example}")
    links = page.eval_on_selector_all("a.download", "links => links.map(a => a.href)")
    suffixes = {link.rsplit(".", 1)[-1] for link in links}
    assert {"ipynb", "py"} <= suffixes, links
    for link in links:
        response = page.request.get(link)
        assert response.status == 200, link
        assert len(response.body()) > 200, link
    page.close()


@pytest.mark.parametrize(
    ("missing", "title"),
    [("no-such-page.html", "Page not found"), ("ja/no-such-page.html", "Page not found")],
)
def test_missing_pages_get_the_404_page_with_working_links(browser, site_url, missing, title):
    """A static host answers a missing path with 404.html, whose links are absolute."""
    page = browser.new_page()
    address = f"{site_url}/{missing}"
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on(
        "response",
        lambda response: (
            failed.append(response.url)
            if response.status >= 400 and response.url != address
            else None
        ),
    )
    response = page.goto(address, wait_until="networkidle")
    assert response is not None and response.status == 404
    assert title in page.title()
    home = page.eval_on_selector("article a[href$='index.html']", "a => a.href")
    page.close()
    assert not failed, failed
    assert home == f"{site_url}/index.html"


@pytest.mark.parametrize("edition", ["", "ja/"])
def test_pages_describe_themselves_for_search_engines_and_previews(edition):
    """Each edition has a sitemap of its pages; pages carry a description and Open Graph tags."""
    sitemap = (SITE / edition / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{PUBLISHED}{edition}guide/softmax.html</loc>" in sitemap
    assert "404.html" not in sitemap
    assert "search.html" not in sitemap
    page = (SITE / edition / "guide" / "softmax.html").read_text(encoding="utf-8")
    assert re.search(r'<meta name="description" content="[^"]{40,}"', page)
    assert f'<meta property="og:url" content="{PUBLISHED}{edition}guide/softmax.html"' in page
    image = re.search(r'<meta property="og:image" content="([^"]+)"', page)
    assert image and image.group(1).startswith(PUBLISHED + edition)
    assert (SITE / edition / image.group(1).removeprefix(PUBLISHED + edition)).is_file()


@pytest.mark.parametrize(
    "path", ["index.html", "ja/index.html", "auto_examples/activations/plot_mish.html"]
)
def test_keyboard_reaches_search_sidebar_and_language_switcher(browser, site_url, path):
    """Tabbing from the top of the page, in a desktop-sized window, focuses the
    search button, a link of the sidebar and the link to the other edition,
    each with a visible focus indicator."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    reached: dict[str, bool] = {"search": False, "sidebar": False, "language": False}
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return {search: e.matches('.search-button-field, .search-button'),"
            " sidebar: !!e.closest('.bd-sidebar-primary') && e.tagName === 'A',"
            " language: e.matches('a.language-switcher'),"
            " visible: s.outlineStyle !== 'none' && s.outlineWidth !== '0px'"
            " || s.boxShadow !== 'none'}; }"
        )
        for target in reached:
            if focused[target]:
                assert focused["visible"], f"{path}: {target} has no visible focus"
                reached[target] = True
        if all(reached.values()):
            break
    page.close()
    assert all(reached.values()), f"{path}: not reached by the keyboard: {reached}"


@pytest.mark.parametrize("width", [412, 1280])
def test_one_search_button_and_no_bar_above_the_page(browser, site_url, width):
    """The sidebar (or, on a phone, the article header) has the search button;
    the theme's own top bar, which showed a second one, stays empty."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(f"{site_url}/index.html", wait_until="networkidle")
    visible = page.evaluate(
        "[...document.querySelectorAll('.search-button-field, .search-button')]"
        ".filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')"
        ".length"
    )
    bar = page.evaluate("document.querySelector('#pst-header').getBoundingClientRect().height")
    page.close()
    assert visible == 1
    assert bar == 0


def test_pages_carry_no_icon_or_math_javascript():
    """Icons are inline SVG and formulas MathML, written at build time."""
    heavy = [
        path
        for path in PAGES
        for text in [(SITE / path).read_text(encoding="utf-8")]
        if "fontawesome.js" in text or "mathjax" in text.lower() or '<i class="fa' in text
    ]
    assert not heavy, heavy


@pytest.mark.parametrize("edition", ["", "ja/"])
def test_formulas_are_mathml_with_their_latex(edition):
    page = (SITE / edition / "comparison.html").read_text(encoding="utf-8")
    formulas = re.findall(r"<math [^>]*>", page)
    # A definition per function of the catalogue, and their output ranges.
    assert len(formulas) >= 2 * 28, len(formulas)
    assert all(re.search(r'alttext="[^"]+"', formula) for formula in formulas)


SLIDER_PAGES = [
    f"{edition}auto_examples/activations/plot_{name}.html"
    for edition in ("", "ja/")
    for name in ("swish", "threshold")
]


@pytest.mark.parametrize("path", SLIDER_PAGES)
def test_a_slider_redraws_the_curve_with_the_package_values(browser, site_url, path):
    """Moving a parameter's slider redraws the chart, with the curves the package
    computed for that value; pages without a slider do not load the chart library."""
    import numpy as np  # noqa: PLC0415

    from activation_functions import ACTIVATIONS  # noqa: PLC0415

    page = browser.new_page(viewport={"width": 412, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    page.locator(".parameter-slider").scroll_into_view_if_needed()  # (drawn when in view)
    page.wait_for_selector(".parameter-slider canvas")
    drawn = "document.querySelector('.parameter-slider canvas').toDataURL()"
    before = page.evaluate(drawn)
    data = page.evaluate("JSON.parse(document.querySelector('.parameter-slider script').text)")
    last = len(data["values"]) - 1
    page.locator(".parameter-slider input").fill(str(last))
    page.wait_for_timeout(200)
    assert page.evaluate(drawn) != before
    assert float(page.locator(".parameter-slider output").text_content()) == data["values"][last]
    shown = page.evaluate("document.querySelector('.parameter-slider').chart.data[1]")
    entry = ACTIVATIONS[data["name"]]
    arguments = {**entry.parameters, data["parameter"]: data["values"][last]}
    expected = entry.function(np.array(data["x"]), **arguments)
    shown = np.array([np.nan if value is None else value for value in shown])
    drawn_points = ~np.isnan(shown)
    assert (~drawn_points).sum() <= 2, "a gap only at a jump"
    np.testing.assert_allclose(shown[drawn_points], expected[drawn_points], rtol=1e-4, atol=1e-4)
    assert not errors
    page.goto(f"{site_url}/{path.replace(data['name'], 'mish')}", wait_until="networkidle")
    assert not page.evaluate("'uPlot' in window")
    page.close()
