// Hand-drawn SVG charts of the plan page: no chart library, nothing fetched from elsewhere.
// Every chart is role="img" with an aria-label that says in words what it draws.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
    for (const c of children) if (c !== null && c !== undefined) el.append(c);
    return el;
  }

  function titled(el, text) {
    el.append(svg("title", {}, text));
    return el;
  }

  // A horizontal bar of 0–100: the track and the filled part. The bar's width attribute is the percent.
  function percentBar(percent, label, cls) {
    const p = Math.max(0, Math.min(100, percent));
    return svg("svg", { class: "bar " + (cls || ""), viewBox: "0 0 100 10", preserveAspectRatio: "none", role: "img", "aria-label": label, focusable: "false" },
      svg("rect", { class: "track", x: 0, y: 0, width: 100, height: 10, rx: 2 }),
      svg("rect", { class: "fill", x: 0, y: 0, width: p, height: 10, rx: 2, "data-percent": p }));
  }

  // The status breakdown as one stacked bar, in the order of the statuses the page's data lists (kinds: key, colour),
  // each part in its status's colour.
  function statusBar(counts, kinds, names, label) {
    const total = kinds.reduce((sum, k) => sum + (counts[k.key] || 0), 0);
    const root = svg("svg", { class: "bar stacked", viewBox: "0 0 100 10", preserveAspectRatio: "none", role: "img", "aria-label": label, focusable: "false" },
      svg("rect", { class: "track", x: 0, y: 0, width: 100, height: 10 }));
    let x = 0;
    for (const kind of kinds) {
      const key = kind.key;
      if (!total || !counts[key]) continue;
      const w = (counts[key] / total) * 100;
      root.append(titled(svg("rect", { class: "s-" + key, fill: kind.color, x: x, y: 0, width: w, height: 10, "data-count": counts[key] }), `${names(key)}: ${counts[key]}`));
      x += w;
    }
    return root;
  }

  const DAY = 86400000;
  const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

  // Tasks by due date: one column of squares per date (a square per task, coloured by status: colorOf(key)), overdue
  // ones outlined in red, blocked ones marked with a bar, and a line at today.
  function timeline(groups, today, fmt, label, todayText, width, colorOf) {
    const W = width, H = 150, pad = 36, base = H - 30;
    const days = groups.map((g) => dayOf(g.due)).concat([dayOf(today)]);
    const min = Math.min(...days), max = Math.max(...days);
    const span = Math.max(max - min, DAY);
    const x = (d) => pad + ((d - min) / span) * (W - 2 * pad);
    const root = svg("svg", { class: "timeline", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label, focusable: "false" },
      svg("line", { class: "axis", x1: pad, y1: base, x2: W - pad, y2: base }));
    const size = 8, perColumn = Math.floor((base - 10) / (size + 2));
    for (const g of groups) {
      const cx = x(dayOf(g.due));
      g.tasks.slice(0, perColumn).forEach((t, i) => {
        const cls = ["task", "s-" + t.status, t.overdue ? "overdue" : "", t.status === "blocked" ? "blocked" : ""].join(" ").trim();
        root.append(titled(svg("rect", { class: cls, fill: colorOf(t.status), x: cx - size / 2, y: base - (i + 1) * (size + 2), width: size, height: size }), `${fmt(g.due)} · ${t.description}`));
      });
      if (g.tasks.length > perColumn) root.append(svg("text", { class: "more", x: cx, y: 9, "text-anchor": "middle" }, "+" + (g.tasks.length - perColumn)));
    }
    const tx = x(dayOf(today));
    root.append(svg("line", { class: "today", x1: tx, y1: 4, x2: tx, y2: base + 4 }));
    root.append(svg("text", { class: "today-label", x: tx, y: base + 16, "text-anchor": "middle" }, todayText));
    root.append(svg("text", { class: "tick", x: pad, y: base + 28, "text-anchor": "start" }, fmt(new Date(min).toISOString().slice(0, 10))));
    root.append(svg("text", { class: "tick", x: W - pad, y: base + 28, "text-anchor": "end" }, fmt(new Date(max).toISOString().slice(0, 10))));
    return root;
  }

  // Overall percent per day, replayed from the status history: a line with a dot per day.
  function history(points, fmt, label, width) {
    const W = width, H = 180, left = 40, right = 12, top = 10, bottom = 28;
    const days = points.map((p) => Date.parse(p.at));
    const min = Math.min(...days), max = Math.max(...days);
    const span = Math.max(max - min, DAY);
    const x = (d) => left + ((d - min) / span) * (W - left - right);
    const y = (p) => top + (1 - p / 100) * (H - top - bottom);
    const root = svg("svg", { class: "history", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label, focusable: "false" });
    for (const p of [0, 50, 100]) {
      root.append(svg("line", { class: "grid", x1: left, y1: y(p), x2: W - right, y2: y(p) }));
      root.append(svg("text", { class: "tick", x: left - 6, y: y(p) + 4, "text-anchor": "end" }, p + "%"));
    }
    root.append(svg("polyline", { class: "line", fill: "none", points: points.map((p) => `${x(Date.parse(p.at)).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ") }));
    for (const p of points) root.append(titled(svg("circle", { class: "dot", cx: x(Date.parse(p.at)), cy: y(p.percent), r: 4, "data-percent": p.percent }), `${fmt(p.date)}: ${p.percent}%`));
    root.append(svg("text", { class: "tick", x: left, y: H - 8, "text-anchor": "start" }, fmt(points[0].date)));
    if (points.length > 1 && points[points.length - 1].date !== points[0].date) root.append(svg("text", { class: "tick", x: W - right, y: H - 8, "text-anchor": "end" }, fmt(points[points.length - 1].date)));
    return root;
  }

  window.PlanCharts = { percentBar, statusBar, timeline, history };
})();
