// The channel tab's configuration page: pick one of the organisation's plans; Teams saves the tab with
// pages.config.setConfig and enables Save once setValidityState(true) is called.
(function () {
  "use strict";
  const S = window.PlanPageStrings;
  const params = new URLSearchParams(location.search);
  let lang = params.get("lang") === "en" || document.documentElement.lang === "en" ? "en" : "vi";
  const select = document.getElementById("plan-choice");
  const status = document.getElementById("config-status");

  function label() {
    const t = S[lang];
    document.documentElement.lang = lang;
    document.getElementById("config-intro").textContent = t.configIntro;
    document.getElementById("plan-choice-label").textContent = t.configChoose;
  }

  async function start() {
    label();
    const teams = window.microsoftTeams;
    if (!teams || window.parent === window) {
      status.textContent = S[lang].error.notInTeams;
      return;
    }
    try {
      await teams.app.initialize();
      const context = await teams.app.getContext();
      if (!params.get("lang") && context && context.app && context.app.locale) lang = context.app.locale.toLowerCase().startsWith("en") ? "en" : "vi";
      label();
      const token = await teams.authentication.getAuthToken();
      const response = await fetch("/api/plan-page/portfolio", { headers: { Authorization: "Bearer " + token }, cache: "no-store" });
      if (!response.ok) throw new Error(response.status === 401 ? "signIn" : "network");
      const plans = await response.json();
      if (!plans.length) {
        status.textContent = S[lang].configEmpty;
        return;
      }
      select.replaceChildren(new Option(S[lang].configPick, ""), ...plans.map((p) => new Option(`#${p.id} · ${p.title}`, String(p.id))));
      select.disabled = false;
      select.addEventListener("change", () => {
        const plan = plans.find((p) => String(p.id) === select.value);
        teams.pages.config.setValidityState(Boolean(plan));
        status.textContent = plan ? S[lang].configReady(plan.title) : "";
      });
      teams.pages.config.registerOnSaveHandler((save) => {
        const plan = plans.find((p) => String(p.id) === select.value);
        teams.pages.config.setConfig({
          entityId: "plan-" + plan.id,
          contentUrl: `${location.origin}/plan/tab?plan=${plan.id}`,
          suggestedDisplayName: plan.title.length > 40 ? plan.title.slice(0, 39) + "…" : plan.title,
        }).then(() => save.notifySuccess(), () => save.notifyFailure("setConfig"));
      });
    } catch (e) {
      status.textContent = S[lang].error[e && e.message] || S[lang].error.signIn;
    }
  }

  start();
})();
