// Findings: the report's words beside the recording's, click to play, keep or leave out.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const name = new URLSearchParams(location.search).get("name") || "";
  const api = `/api/library/${encodeURIComponent(name)}`;
  const LABELS = { number_changed: "A number was changed", qualifier_dropped: "What was said was left out",
    never_said: "Reported as said, but not said", impossible: "Not possible on the recording",
    supported: "Supported by the recording" };
  const clock = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;
  const el = (tag, text) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; };

  async function review(n, rejected, li) {
    const r = await fetch(`${api}/findings/${n}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ rejected }) });
    if (!r.ok) { $("f-status").textContent = "Could not save that."; return; }
    li.classList.toggle("rejected", rejected);
    li.querySelector(".state").textContent = rejected ? "Left out of the bundle" : "Kept for the bundle";
    $("f-status").textContent = `Finding ${n} ${rejected ? "left out" : "kept"}.`;
  }

  async function load() {
    $("f-title").textContent = `The report against ${name}`;
    $("f-audio").src = `${api}/audio.wav`;
    const r = await fetch(`${api}/findings`);
    const data = await r.json();
    if (!r.ok) { $("f-status").textContent = data.error.message; return; }
    const items = data.findings.map((f, i) => {
      const n = i + 1;
      const li = el("li");
      li.append(el("h2", `${n}. ${LABELS[f.kind] || f.kind}`));
      li.append(el("p", `The report: “${f.statement}”`));
      if (f.passage) {
        const p = el("p");
        const play = el("button", `Play ${clock(f.passage.start_s)}`);
        play.type = "button"; play.className = "secondary";
        play.addEventListener("click", () => { const a = $("f-audio"); a.currentTime = f.passage.start_s; a.play().catch(() => {}); });
        p.append(play, ` The recording: “${f.passage.text}”`);
        li.append(p);
      }
      li.append(el("p", f.detail));
      const state = el("p", f.rejected ? "Left out of the bundle" : "Kept for the bundle");
      state.className = "state";
      const keep = el("button", "Keep"), drop = el("button", "Leave out");
      keep.type = drop.type = "button"; keep.className = drop.className = "secondary";
      keep.addEventListener("click", () => review(n, false, li));
      drop.addEventListener("click", () => review(n, true, li));
      li.append(state, keep, " ", drop);
      if (f.rejected) li.classList.add("rejected");
      return li;
    });
    $("f-list").replaceChildren(...items);
    $("f-status").textContent = `${items.length} finding(s), seal code ${data.seal_code}.`;
  }

  window.addEventListener("DOMContentLoaded", () => load().catch((e) => { $("f-status").textContent = e.message; }));
})();
