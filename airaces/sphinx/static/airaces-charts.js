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

  const livening = {};  // a chart's redraw under way, so that a second caller waits for it
  function liven(chart) {
    const key = chart.id + ":" + shown(chart);
    if (!(key in livening)) livening[key] = redraw(chart, key);
    return livening[key];
  }

  async function redraw(chart, key) {
    const variant = shown(chart);
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

  // Touch. Vega's tooltip answers a pointer that moves over a mark and hides when it leaves;
  // a tap does not move, and the finger's pointer leaves as soon as it lifts. So a tap on a
  // chart is replayed, once the chart is live (the first tap also fetches Vega and redraws),
  // as a pointer moving at the same point; a tap anywhere else hides the tooltip.
  function tooltipElement() { return document.getElementById("vg-tooltip-element"); }
  function hideTooltip() {
    const tip = tooltipElement();
    if (tip) tip.classList.remove("visible");
  }
  function replay(x, y) {
    hideTooltip();
    const target = document.elementFromPoint(x, y);
    if (!target || !target.closest(".airaces-chart svg")) return;
    const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window,
                   pointerId: 1, pointerType: "mouse", isPrimary: true };
    target.dispatchEvent(new PointerEvent("pointermove", init));
  }
  let touchedAt = -Infinity;
  let tapped = null;  // where the last tap on a chart fell, which its tooltip must not cover
  document.addEventListener("touchstart", function () { touchedAt = Date.now(); }, { passive: true, capture: true });
  document.addEventListener("click", function (event) {
    if (event.pointerType !== "touch" && Date.now() - touchedAt > 1000) return;  // a mouse's click
    const x = event.clientX, y = event.clientY;
    const chart = event.target.closest && event.target.closest(".airaces-chart");
    if (!chart) { hideTooltip(); tapped = null; return; }
    tapped = { x: x, y: y };
    liven(chart).then(function () { requestAnimationFrame(function () { replay(x, y); }); })
      .catch(function (error) { console.error(error); });
  }, true);

  // Vega places its tooltip beside the pointer, where it may run past the window's edge (a
  // long field on a phone is wider than half the window): it is moved back inside.
  const margin = 8;
  function keepInside(tip) {
    const box = tip.getBoundingClientRect();
    let left = box.left, top = box.top;
    if (box.right > innerWidth - margin) left = innerWidth - margin - box.width;
    if (left < margin) left = margin;
    // Below any header that stays on screen over the page (the theme's article bar is sticky).
    const below = Math.max(0, ...Array.from(document.querySelectorAll(".bd-header, .bd-header-article"), function (h) {
      const position = getComputedStyle(h).position;
      return position === "sticky" || position === "fixed" ? h.getBoundingClientRect().bottom : 0;
    }));
    if (box.bottom > innerHeight - margin) top = innerHeight - margin - box.height;
    if (top < below + margin) top = below + margin;
    // Moved inside, it may have come over the point that was tapped: above the point, or below.
    if (tapped && left <= tapped.x && tapped.x <= left + box.width && top <= tapped.y && tapped.y <= top + box.height) {
      const above = tapped.y - margin - box.height;
      top = above >= below + margin ? above : Math.min(tapped.y + margin, innerHeight - margin - box.height);
    }
    if (Math.abs(left - box.left) > 0.5) tip.style.left = left + "px";
    if (Math.abs(top - box.top) > 0.5) tip.style.top = top + "px";
  }
  function check() {
    const tip = tooltipElement();
    if (tip && tip.classList.contains("visible")) keepInside(tip);
  }
  const watched = new MutationObserver(check);
  new MutationObserver(function (changes, self) {
    const tip = tooltipElement();
    if (!tip) return;
    watched.observe(tip, { attributes: true, attributeFilter: ["style", "class"], childList: true, subtree: true });
    self.disconnect();
    check();  // the tooltip's first showing came with the element, before it was watched
  }).observe(document.body, { childList: true });
  window.airacesCharts = { liven: liven, livenAll: livenAll };

})();
