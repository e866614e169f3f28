// The plan page: a plan (signed link or Teams tab), the portfolio of the organisation, or "my plans" (personal tab).
// Outside Teams the signed link is the way in; inside Teams the page signs in with Teams SSO and sends the token.
(function () {
  "use strict";
  const S = window.PlanPageStrings;
  const C = window.PlanCharts;
  const params = new URLSearchParams(location.search);
  const main = document.getElementById("main");
  const toggle = document.getElementById("lang-toggle");
  let lang = params.get("lang") === "en" || document.documentElement.lang === "en" ? "en" : "vi";
  let rendered = null; // the last view, drawn again when the language changes
  // The statuses in order with their words and colours, as the page's data sends them (the server's one catalogue).
  let statusKinds = [];
  const kindOf = (key) => statusKinds.find((k) => k.key === key) || { key: key, vi: key, en: key, color: "" };
  const statusName = (key) => kindOf(key)[lang];
  const statusColor = (key) => kindOf(key).color;

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c);
    return el;
  }

  const dateFmt = (iso) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");
  const instantFmt = (iso) => {
    if (!iso) return "";
    const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric", hour12: false })
      .formatToParts(new Date(iso)).reduce((a, p) => ((a[p.type] = p.value), a), {});
    return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
  };

  // Charts are drawn at the width they are shown at (their text stays readable on a phone) and again when it changes.
  const chartWidth = () => Math.round(Math.max(280, Math.min(1100, main.clientWidth - 32)));
  let drawnWidth = 0;
  window.addEventListener("resize", () => {
    if (!rendered || Math.abs(chartWidth() - drawnWidth) < 40) return;
    clearTimeout(window.planResize);
    window.planResize = setTimeout(() => { drawnWidth = chartWidth(); rendered(); }, 200);
  });

  function setLanguage(next) {
    lang = next;
    document.documentElement.lang = lang;
    const t = S[lang];
    toggle.textContent = t.switchTo;
    toggle.setAttribute("title", t.switchLabel);
    toggle.setAttribute("lang", t.switchToLang);
    toggle.hidden = false;
    if (rendered) rendered();
  }
  toggle.addEventListener("click", () => setLanguage(S[lang].switchToLang));

  function show(...nodes) {
    main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
    main.setAttribute("aria-busy", "false");
  }

  function showError(code) {
    rendered = () => show(h("h1", { text: "PlanBot" }), h("p", { class: "error", role: "alert", text: S[lang].error[code] || S[lang].error.network }));
    rendered();
  }

  // A coloured element: the colour is set through the CSSOM, which the page's style-src 'self' allows (a style attribute it would not).
  function colored(el, color) {
    if (color) el.style.backgroundColor = color;
    return el;
  }

  function statusBadge(status, overdue) {
    const t = S[lang];
    return h("span", { class: "badges" },
      colored(h("span", { class: "badge s-" + status, text: statusName(status) }), statusColor(status)),
      overdue ? h("span", { class: "badge overdue", text: t.overdue }) : null);
  }

  function facts(plan) {
    const t = S[lang];
    const rows = [[t.planNumber, plan.number], [t.issuer, plan.issuer], [t.eventTime, plan.event ? plan.event + (plan.tentative ? ` (${t.tentative})` : "") : null], [t.venue, plan.venue], [t.organizer, plan.organizer]];
    return h("dl", { class: "facts" }, rows.filter((r) => r[1]).map(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]));
  }

  function people(list) {
    const t = S[lang];
    if (!list.length) return h("p", { class: "people muted", text: t.nobody });
    const by = (role) => list.filter((p) => p.role === role).map((p) => p.name).join(", ");
    return h("p", { class: "people" },
      by("responsible") ? [h("strong", { text: t.responsible + ": " }), by("responsible")] : null,
      by("deputy") ? [by("responsible") ? " · " : null, h("strong", { text: t.deputy + ": " }), by("deputy")] : null);
  }

  function taskTable(unit) {
    const t = S[lang];
    return h("table", { class: "tasks" },
      h("thead", {}, h("tr", {}, [t.task, t.due, t.statusCol, t.percent, t.note].map((c) => h("th", { scope: "col", text: c })))),
      h("tbody", {}, unit.tasks.map((task) => h("tr", { class: [task.overdue ? "overdue" : "", task.status === "blocked" ? "blocked" : ""].join(" ").trim() || null, "data-task": task.id },
        h("td", { "data-label": t.task, text: task.description }),
        h("td", { "data-label": t.due, text: dateFmt(task.due) || t.noDue }),
        h("td", { "data-label": t.statusCol }, statusBadge(task.status, task.overdue)),
        h("td", { "data-label": t.percent, class: "num", text: task.percent + "%" }),
        h("td", { "data-label": t.note },
          task.note ? h("span", { text: task.note }) : null,
          task.updatedBy ? h("span", { class: "muted by", text: t.by(task.updatedBy, instantFmt(task.updatedAt)) }) : null)))));
  }

  function unitBars(units) {
    const t = S[lang];
    return h("ul", { class: "unit-bars" }, units.map((u) => h("li", { "data-unit": u.id },
      h("span", { class: "unit-name", text: u.name }),
      C.percentBar(u.percent, t.unitBar(u.name, u.percent, u.done, u.total), u.blocked ? "has-blocked" : u.overdue ? "has-overdue" : ""),
      h("span", { class: "unit-pct num", "aria-hidden": "true", text: u.percent + "%" }),
      u.overdue || u.blocked ? h("span", { class: "unit-marks" },
        u.overdue ? h("span", { class: "badge overdue", text: t.overdueCount(u.overdue) }) : null,
        u.blocked ? colored(h("span", { class: "badge s-blocked", text: t.blockedCount(u.blocked) }), statusColor("blocked")) : null) : null)));
  }

  function timelineSection(data) {
    const t = S[lang];
    const all = data.units.flatMap((u) => u.tasks.map((task) => Object.assign({ unit: u.name }, task)));
    const dated = all.filter((x) => x.due).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const groups = [];
    for (const task of dated) {
      if (!groups.length || groups[groups.length - 1].due !== task.due) groups.push({ due: task.due, tasks: [] });
      groups[groups.length - 1].tasks.push(task);
    }
    const overdue = all.filter((x) => x.overdue).length, blocked = all.filter((x) => x.status === "blocked").length;
    const undated = all.filter((x) => !x.due);
    return h("section", { "aria-labelledby": "h-timeline" },
      h("h2", { id: "h-timeline", text: t.timelineTitle }),
      groups.length ? C.timeline(groups, data.today, dateFmt, t.timelineChart(dated.length, overdue, blocked), t.today, chartWidth(), statusColor) : null,
      h("ol", { class: "due-list" },
        groups.map((g) => h("li", { class: g.due < data.today ? "past" : null },
          h("p", { class: "due-date" }, h("strong", { text: dateFmt(g.due) }), " · " + t.dueTasks(g.tasks.length)),
          h("ul", {}, g.tasks.map((x) => h("li", { class: [x.overdue ? "overdue" : "", x.status === "blocked" ? "blocked" : ""].join(" ").trim() || null },
            h("span", { text: x.description }), h("span", { class: "muted", text: " — " + x.unit + " " }), statusBadge(x.status, x.overdue)))))),
        undated.length ? h("li", {}, h("p", { class: "due-date" }, h("strong", { text: t.noDue }), " · " + t.dueTasks(undated.length))) : null));
  }

  function historySection(points) {
    const t = S[lang];
    const first = points[0], last = points[points.length - 1];
    return h("section", { "aria-labelledby": "h-history" },
      h("h2", { id: "h-history", text: t.historyTitle }),
      points.length ? C.history(points, dateFmt, t.historyChart(first.percent, dateFmt(first.date), last.percent, dateFmt(last.date)), chartWidth()) : h("p", { class: "muted", text: t.historyEmpty }));
  }

  function meetingSection(m) {
    const t = S[lang];
    const body = !m ? [h("p", { class: "muted", text: t.noMeeting })] : [
      m.state === "cancelled" ? h("p", { class: "badge overdue", text: t.meetingCancelled }) : null,
      h("dl", { class: "facts" },
        h("dt", { text: t.room }), h("dd", {}, m.room + " · ", h("span", { text: t.roomAnswer + ": " + t.response[m.roomResponse] })),
        h("dt", { text: t.time }), h("dd", { text: instantFmt(m.start) + " – " + instantFmt(m.end).slice(0, 5) })),
      h("h3", { text: `${t.attendees} (${m.attendees.length})` }),
      h("p", { class: "muted" }, ["accepted", "tentative", "declined", "none"].map((r) => `${t.response[r]}: ${m.attendees.filter((a) => a.response === r).length}`).join(" · ")),
      h("ul", { class: "attendees" }, m.attendees.map((a) => h("li", {}, h("span", { text: a.name }), " ", h("span", { class: "badge r-" + a.response, text: t.response[a.response] })))),
    ];
    return h("section", { "aria-labelledby": "h-meeting" }, h("h2", { id: "h-meeting", text: t.meetingTitle }), body);
  }

  function renderPlan(data, extra) {
    const t = S[lang];
    const p = data.plan;
    document.title = p.title + " – PlanBot";
    statusKinds = data.statusKinds;
    const counts = data.statuses;
    show(
      h("h1", { text: p.title }),
      facts(p),
      h("section", { "aria-labelledby": "h-overall", class: "overall" },
        h("h2", { id: "h-overall", text: t.overall }),
        h("p", { class: "big num", id: "overall-percent", text: p.percent + "%" }),
        C.percentBar(p.percent, `${t.overall}: ${p.percent}% (${t.doneOf(p.done, p.total)})`, "overall-bar"),
        h("p", {}, t.doneOf(p.done, p.total),
          p.overdue ? [" · ", h("span", { class: "badge overdue", text: t.overdueCount(p.overdue) })] : null,
          p.blocked ? [" · ", colored(h("span", { class: "badge s-blocked", text: t.blockedCount(p.blocked) }), statusColor("blocked"))] : null)),
      h("section", { "aria-labelledby": "h-status" },
        h("h2", { id: "h-status", text: t.statusTitle }),
        C.statusBar(counts, statusKinds, statusName, statusKinds.map((k) => `${statusName(k.key)}: ${counts[k.key]}`).join(", ")),
        h("ul", { class: "legend" }, statusKinds.map((k) => h("li", { "data-status": k.key },
          colored(h("span", { class: "swatch s-" + k.key, "aria-hidden": "true" }), k.color), `${statusName(k.key)}: `, h("strong", { text: String(counts[k.key]) }))))),
      h("section", { "aria-labelledby": "h-units" }, h("h2", { id: "h-units", text: t.unitsTitle }), unitBars(data.units)),
      timelineSection(data),
      historySection(data.history),
      h("section", { "aria-labelledby": "h-detail" },
        h("h2", { id: "h-detail", text: t.detailTitle }),
        data.units.map((u) => h("article", { class: "unit", "aria-labelledby": "u-" + u.id },
          h("h3", { id: "u-" + u.id }, u.name, h("span", { class: "muted num", text: ` · ${u.percent}% · ${t.doneOf(u.done, u.total)}` })),
          people(u.people),
          taskTable(u)))),
      meetingSection(data.meeting),
      extra || null);
  }

  function progressCell(pl) {
    return h("td", { "data-label": S[lang].progress, class: "progress-cell" },
      C.percentBar(pl.percent, `${pl.title}: ${pl.percent}%`, ""), h("span", { class: "num", text: ` ${pl.percent}% · ${pl.done}/${pl.total}` }));
  }

  function portfolioTable(plans) {
    const t = S[lang];
    return h("table", { class: "portfolio" },
      h("thead", {}, h("tr", {}, [t.plan, t.progress, t.overdue, t.overdueUnits].map((c) => h("th", { scope: "col", text: c })))),
      h("tbody", {}, plans.map((pl) => h("tr", { "data-plan": pl.id },
        h("td", { "data-label": t.plan }, pl.url ? h("a", { href: pl.url, text: pl.title }) : pl.title, pl.event ? h("span", { class: "muted by", text: pl.event }) : null),
        progressCell(pl),
        h("td", { "data-label": t.overdue, class: "num", text: String(pl.overdue) }),
        h("td", { "data-label": t.overdueUnits, text: pl.overdueUnits.length ? pl.overdueUnits.join(", ") : t.none })))));
  }

  function renderPortfolio(plans) {
    const t = S[lang];
    document.title = t.portfolioTitle + " – PlanBot";
    show(h("h1", { text: t.portfolioTitle }), h("p", { text: t.portfolioIntro }), plans.length ? portfolioTable(plans) : h("p", { class: "muted", text: t.portfolioEmpty }));
  }

  function renderMine(mine) {
    const t = S[lang];
    document.title = t.mineTitle + " – PlanBot";
    statusKinds = mine.statusKinds;
    show(
      h("h1", { text: t.mineTitle }),
      h("section", { "aria-labelledby": "h-mine-units" },
        h("h2", { id: "h-mine-units", text: t.mineUnits }),
        mine.units.length ? mine.units.map((m) => h("article", { class: "unit", "aria-labelledby": "mu-" + m.unit.id },
          h("h3", { id: "mu-" + m.unit.id }, m.unit.name, h("span", { class: "muted", text: " · " + m.planTitle })),
          C.percentBar(m.unit.percent, t.unitBar(m.unit.name, m.unit.percent, m.unit.done, m.unit.total), ""),
          taskTable(m.unit),
          h("p", {}, h("a", { href: `/plan/tab?plan=${m.planId}&lang=${lang}`, text: t.openPlan })))) : h("p", { class: "muted", text: t.mineUnitsEmpty })),
      h("section", { "aria-labelledby": "h-mine-organised" },
        h("h2", { id: "h-mine-organised", text: t.mineOrganised }),
        mine.organised.length ? portfolioTable(mine.organised) : h("p", { class: "muted", text: t.mineOrganisedEmpty })),
      h("p", {}, h("a", { href: `/plan/tab?view=portfolio&lang=${lang}`, text: t.allPlans })));
  }

  async function getJson(url, token) {
    let response;
    try {
      response = await fetch(url, { headers: token ? { Authorization: "Bearer " + token } : {}, credentials: "omit", cache: "no-store" });
    } catch (e) {
      throw new Error("network");
    }
    if (response.ok) return response.json();
    let code = "network";
    try { code = (await response.json()).error || code; } catch (e) { /* not JSON: a proxy's page */ }
    throw new Error(code);
  }

  function loadTeamsJs() {
    return new Promise((resolve, reject) => {
      if (window.microsoftTeams) return resolve(window.microsoftTeams);
      const script = document.createElement("script");
      script.src = "/plan/assets/vendor/MicrosoftTeams.min.js";
      script.onload = () => resolve(window.microsoftTeams);
      script.onerror = () => reject(new Error("network"));
      document.head.append(script);
    });
  }

  const withTimeout = (promise, ms) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("signIn")), ms))]);

  // Teams SSO: initialize, take the user's language from Teams, ask for the Entra token of this app.
  async function teamsToken() {
    if (window.parent === window && !window.opener) throw new Error("notInTeams");
    const teams = await loadTeamsJs();
    await withTimeout(teams.app.initialize(), 15000);
    try {
      const context = await teams.app.getContext();
      if (!params.get("lang") && context && context.app && context.app.locale) setLanguage(context.app.locale.toLowerCase().startsWith("en") ? "en" : "vi");
    } catch (e) { /* the language stays as it is */ }
    try {
      return await withTimeout(teams.authentication.getAuthToken(), 20000);
    } catch (e) {
      throw new Error("signIn");
    }
  }

  function linkQuery() {
    return `tid=${encodeURIComponent(params.get("tid") || "")}&exp=${encodeURIComponent(params.get("exp") || "")}&sig=${encodeURIComponent(params.get("sig") || "")}&lang=${lang}`;
  }

  async function start() {
    setLanguage(lang);
    main.querySelector("#loading").textContent = S[lang].loading;
    const path = location.pathname.replace(/\/+$/, "");
    const planMatch = /^\/plan\/(\d+)$/.exec(path);
    try {
      if (planMatch) {
        const data = await getJson(`/api/plan-page/plans/${planMatch[1]}?${linkQuery()}`);
        rendered = () => renderPlan(data);
      } else if (path === "/plan/portfolio") {
        const plans = await getJson(`/api/plan-page/portfolio?${linkQuery()}`);
        rendered = () => renderPortfolio(plans);
      } else {
        const token = await teamsToken();
        const plan = params.get("plan");
        if (plan && /^\d+$/.test(plan)) {
          const data = await getJson(`/api/plan-page/plans/${plan}`, token);
          rendered = () => renderPlan(data);
        } else if (params.get("view") === "portfolio") {
          const plans = await getJson(`/api/plan-page/portfolio?lang=${lang}`, token);
          rendered = () => renderPortfolio(plans);
        } else {
          const mine = await getJson(`/api/plan-page/mine?lang=${lang}`, token);
          rendered = () => renderMine(mine);
        }
      }
      drawnWidth = chartWidth();
      rendered();
    } catch (e) {
      showError(e && e.message);
    }
  }

  start();
})();
