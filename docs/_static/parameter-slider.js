/* Parameter sliders of the function pages (docs/_ext/function_pages.py).
 *
 * Each .parameter-slider holds, as JSON, the curves of a function and of its
 * derivative for each value of its parameter, computed by the package when
 * the site was built. This draws them with uPlot and redraws them as the
 * slider moves; nothing is computed in the browser.
 */
"use strict";

(function () {
  const COLORS = ["#0072B2", "#D55E00"]; // the figures' first two colours (plotting.COLORS)

  function textColour(element) {
    return getComputedStyle(element).color;
  }

  function draw(container) {
    const data = JSON.parse(container.querySelector("script").textContent);
    const chartArea = container.querySelector(".parameter-slider-chart");
    const input = container.querySelector("input");
    const output = container.querySelector("output");
    const colour = textColour(container);
    const axis = {
      stroke: colour,
      grid: { stroke: "rgba(128, 128, 128, 0.25)" },
      ticks: { stroke: "rgba(128, 128, 128, 0.4)" },
    };
    // One range for every value of the parameter, so that the curve moves, not the axes.
    const finite = data.curves.flat(2).filter((value) => value !== null);
    const low = Math.min(...finite);
    const high = Math.max(...finite);
    const margin = 0.05 * (high - low || 1);
    const options = {
      width: chartArea.clientWidth,
      height: 320,
      scales: {
        x: { time: false },
        y: { range: [low - margin, high + margin] },
      },
      axes: [axis, axis],
      legend: { show: true },
      series: [
        { label: "x", value: (u, v) => (v == null ? "" : v.toFixed(2)) },
        { label: data.name + "(x)", stroke: COLORS[0], width: 2 },
        { label: data.name + "'(x)", stroke: COLORS[1], width: 2, dash: [8, 5] },
      ],
    };
    const curves = (index) => [data.x, data.curves[index][0], data.curves[index][1]];
    const chart = new uPlot(options, curves(Number(input.value)), chartArea);
    container.chart = chart;
    input.addEventListener("input", () => {
      const index = Number(input.value);
      output.value = String(data.values[index]);
      chart.setData(curves(index));
    });
    new ResizeObserver(() => {
      chart.setSize({ width: chartArea.clientWidth, height: 320 });
    }).observe(chartArea);
  }

  // Each chart is drawn when it comes near the screen, not while the page loads.
  document.addEventListener("DOMContentLoaded", () => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            draw(entry.target);
          }
        }
      },
      { rootMargin: "200px" },
    );
    document.querySelectorAll(".parameter-slider").forEach((slider) => observer.observe(slider));
  });
})();
