// Every chart arrives drawn: its figure holds two static SVGs made when the notebook ran,
// one laid out for the book's column and one for a phone, and the stylesheet shows the one
// that fits (airaces.layout). What a static SVG cannot do is answer a pointer with the row
// behind a mark. Vega does that, but weighs most of a megabyte, so it is fetched only when a
// reader first points at, touches or focuses a chart; then each chart is redrawn with Vega
// from its spec, in the variant on screen, and the static drawing is replaced.
(function () {
  "use strict";
  const bundle = document.currentScript.src.replace(/airaces-charts\.js(\?.*)?$/, "vega-bundle.js");
  let vega = null;
  const views = (window.airacesViews = window.airacesViews || {});

  function loadVega() {
    if (!vega) {
      vega = new Promise(function (resolve, reject) {
        const script = document.createElement("script");
        script.src = bundle;
        script.onload = resolve;
        script.onerror = function () { reject(new Error("could not load " + bundle)); };
        document.head.appendChild(script);
      });
    }
    return vega;
  }

  // The variant the reader sees: the stylesheet hides the other one.
  function shown(chart) {
    const narrow = chart.querySelector(".airaces-chart-narrow");
    return narrow && getComputedStyle(narrow).display !== "none" ? "narrow" : "wide";
  }

  async function liven(chart) {
    const variant = shown(chart);
    const key = chart.id + ":" + variant;
    if (key in views) return views[key];
    views[key] = null;
    await loadVega();
    const holder = chart.querySelector(".airaces-chart-" + variant);
    const specOf = name => JSON.parse(chart.querySelector('script.airaces-chart-spec[data-variant="' + name + '"]').textContent);
    const spec = specOf(variant);
    if (!spec.datasets) spec.datasets = specOf("wide").datasets;  // the narrow spec shares the wide one's rows
    // The live drawing is announced as the static one was: one image with the chart's label.
    // Vega's own ARIA (a role on every mark group, with no name on an empty one) is left out.
    const label = holder.querySelector("svg") && holder.querySelector("svg").getAttribute("aria-label");
    const config = spec.config || {};
    spec.config = Object.assign({}, config, { aria: false, mark: Object.assign({}, config.mark, { aria: false }) });
    const result = await window.vegaEmbed(holder, spec, { renderer: "svg", actions: false });
    const svg = holder.querySelector("svg");
    if (svg && label) {
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", label);
      svg.removeAttribute("aria-roledescription");
    }
    views[key] = result.view;
    return result.view;
  }

  function livenAll() {
    return Promise.all(Array.from(document.querySelectorAll(".airaces-chart"), liven));
  }

  function onReach(event) {
    const chart = event.target.closest && event.target.closest(".airaces-chart");
    if (chart) liven(chart).then(livenAll).catch(function (error) { console.error(error); });
  }

  ["pointerover", "touchstart", "focusin"].forEach(function (type) {
    document.addEventListener(type, onReach, { passive: true });
  });
  window.airacesCharts = { liven: liven, livenAll: livenAll };

})();
