// The case page: each case, what is overdue and what is next, its dates and recordings.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };

  async function load() {
    const r = await fetch("/api/cases");
    const data = await r.json();
    if (!data.cases.length) {
      $("cases-status").textContent = "No cases yet. Start one with: twindeck case new \"Jane's PIP claim\" --benefit pip";
      return;
    }
    $("cases-status").textContent = `${data.cases.length} case(s).`;
    const sections = data.cases.map((c) => {
      const s = el("section");
      s.setAttribute("aria-labelledby", `case-${c.id}`);
      const h = el("h2", `${c.name} (${c.id})`);
      h.id = `case-${c.id}`;
      s.append(h, el("p", c.benefit + (c.provider ? ` — ${c.provider}` : "")));
      if (c.deadlines.length) {
        s.append(el("h3", "Deadlines"));
        const ul = el("ul");
        for (const d of c.deadlines) {
          const li = el("li", `${d.overdue ? "OVERDUE: " : ""}${d.what}: ${d.due}${d.overdue ? "" : ` (${d.state})`}`, d.overdue ? "overdue" : "");
          if (d.note) li.append(el("br"), el("small", d.note));
          ul.append(li);
        }
        s.append(ul);
      } else {
        s.append(el("p", "No deadlines yet: add the decision date."));
      }
      if (c.dates.length) {
        s.append(el("h3", "Dates"));
        const ul = el("ul");
        for (const d of c.dates) ul.append(el("li", `${d.what[0].toUpperCase()}${d.what.slice(1)}: ${d.day}`));
        s.append(ul);
      }
      if (c.recordings.length) {
        s.append(el("h3", "Recordings"));
        const ul = el("ul");
        for (const rec of c.recordings) {
          const li = el("li");
          const a = el("a", rec.name);
          a.href = `/transcript?name=${encodeURIComponent(rec.name)}`;
          li.append(a, ` — seal code ${rec.seal_code}`);
          ul.append(li);
        }
        s.append(ul);
      }
      return s;
    });
    $("cases").replaceChildren(...sections);
  }

  window.addEventListener("DOMContentLoaded", () => load().catch((e) => { $("cases-status").textContent = e.message; }));
})();
