// Findings: the report's words beside the recording's, click to play, keep or leave out, put in
// your own words, add your own; the report and the transcript side by side, linked.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const name = new URLSearchParams(location.search).get("name") || "";
  const api = `/api/library/${encodeURIComponent(name)}`;
  const LABELS = { number_changed: "A number was changed", qualifier_dropped: "What was said was left out",
    never_said: "Reported as said, but not said", never_asked: "A topic never asked about", impossible: "Not possible on the recording",
    supported: "Supported by the recording", other: "Something else" };
  const clock = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;
  const el = (tag, text) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; };
  const button = (text, cls = "secondary") => { const b = el("button", text); b.type = "button"; b.className = cls; return b; };
  let utterances = [];

  function play(at) { const a = $("f-audio"); a.currentTime = at; a.play().catch(() => {}); }

  async function post(url, body) {
    const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error((data.error && data.error.message) || "Could not save that.");
    return data;
  }

  function show(n, f) {
    for (const li of document.querySelectorAll(".linked")) li.classList.remove("linked");
    const st = $(`s-${f.statement_index}`);
    if (st) st.classList.add("linked");
    if (f.passage) {
      utterances.forEach((u, i) => {
        if (u.end_s > f.passage.start_s && u.start_s < f.passage.end_s) $(`u-${i}`).classList.add("linked");
      });
    }
    (st || $("r-list")).scrollIntoView({ block: "center" });
    $("f-status").textContent = `Finding ${n} is marked in the report and in what was said.`;
  }

  function finding(f, n) {
    const li = el("li");
    li.id = `f-${n}`;
    li.append(el("h3", `${n}. ${LABELS[f.kind] || f.kind}${f.own ? " (added by you)" : ""}`));
    if (f.activity) li.append(el("p", `Bears on ${f.activity}.`));
    li.append(el("p", `The report: “${f.statement}”`));
    if (f.passage) {
      const p = el("p");
      const b = button(`Play ${clock(f.passage.start_s)}`);
      b.addEventListener("click", () => play(f.passage.start_s));
      p.append(b, ` The recording: “${f.passage.text}”`);
      li.append(p);
    }
    const detail = el("p", f.detail);
    li.append(detail);
    if (f.machine_detail) li.append(el("p", `Put in your words. The check said: ${f.machine_detail}`));
    const state = el("p", f.rejected ? "Left out of the bundle" : "Kept for the bundle");
    state.className = "state";
    const keep = button("Keep"), drop = button("Leave out"), edit = button("Put in my words"), where = button("Show");
    where.setAttribute("aria-label", `Show finding ${n} in the report and in what was said`);
    const review = async (rejected) => {
      try { await post(`${api}/findings/${n}`, { rejected }); } catch (e) { $("f-status").textContent = e.message; return; }
      li.classList.toggle("rejected", rejected);
      state.textContent = rejected ? "Left out of the bundle" : "Kept for the bundle";
      $("f-status").textContent = `Finding ${n} ${rejected ? "left out" : "kept"}.`;
    };
    keep.addEventListener("click", () => review(false));
    drop.addEventListener("click", () => review(true));
    where.addEventListener("click", () => show(n, f));
    edit.addEventListener("click", () => {
      const box = el("textarea"); box.value = f.detail; box.rows = 3; box.id = `edit-${n}`;
      const label = el("label", `Finding ${n} in your words`); label.htmlFor = box.id;
      const save = button("Save", "primary");
      const form = el("div"); form.append(label, box, save);
      edit.after(form); edit.hidden = true; box.focus();
      save.addEventListener("click", async () => {
        let saved;
        try { saved = await post(`${api}/findings/${n}`, { detail: box.value }); } catch (e) { $("f-status").textContent = e.message; return; }
        f.detail = saved.detail; f.machine_detail = saved.machine_detail;
        li.replaceWith(finding(f, n));
        $("f-status").textContent = `Finding ${n} saved in your words.`;
      });
    });
    li.append(state, keep, " ", drop, " ", edit, " ", where);
    if (f.rejected) li.classList.add("rejected");
    return li;
  }

  function sides(statements, findings) {
    const about = new Map();
    findings.forEach((f, i) => { if (!about.has(f.statement_index)) about.set(f.statement_index, []); about.get(f.statement_index).push(i + 1); });
    $("r-list").replaceChildren(...statements.map((s) => {
      const li = el("li", s.text); li.id = `s-${s.index}`;
      const ns = about.get(s.index) || [];
      if (ns.length) {
        li.append(" [");
        ns.forEach((n, k) => { const a = el("a", String(n)); a.href = `#f-${n}`; a.setAttribute("aria-label", `finding ${n}`); li.append(k ? ", " : "", a); });
        li.append("]");
      }
      return li;
    }));
    $("t-list").replaceChildren(...utterances.map((u, i) => {
      const li = el("li"); li.id = `u-${i}`;
      const b = button(clock(u.start_s), "link time");
      b.setAttribute("aria-label", `Play from ${clock(u.start_s)}, ${u.speaker}`);
      b.addEventListener("click", () => play(u.start_s));
      li.append(b, el("strong", ` ${u.speaker}: `), u.text);
      return li;
    }));
    const option = (value, text) => { const o = el("option", text); o.value = value; return o; };
    $("own-statement").replaceChildren(...statements.map((s) => option(s.index, s.text)));
    const lines = utterances.map((u, i) => [i, `${clock(u.start_s)} ${u.speaker}: ${u.text.slice(0, 60)}`]);
    $("own-from").replaceChildren(...lines.map(([i, t]) => option(i, t)));
    $("own-to").replaceChildren(...lines.map(([i, t]) => option(i, t)));
  }

  async function load() {
    $("f-title").textContent = `The report against ${name}`;
    $("f-audio").src = `${api}/audio.wav`;
    const [fr, rr, tr] = await Promise.all([fetch(`${api}/findings`), fetch(`${api}/report`), fetch(`${api}/transcript`)]);
    const data = await fr.json();
    if (!fr.ok) { $("f-status").textContent = data.error.message; return; }
    const report = rr.ok ? await rr.json() : { statements: [] };
    utterances = tr.ok ? (await tr.json()).utterances : [];
    $("f-list").replaceChildren(...data.findings.map((f, i) => finding(f, i + 1)));
    sides(report.statements, data.findings);
    $("f-status").textContent = `${data.findings.length} finding(s), seal code ${data.seal_code}.`;
  }

  async function addOwn(event) {
    event.preventDefault();
    const from = utterances[Number($("own-from").value)], to = utterances[Number($("own-to").value)];
    if (!from || !to || to.end_s < from.start_s) { $("f-status").textContent = "Choose where it was said: the end must come after the start."; return; }
    try {
      await post(`${api}/findings`, { statement_index: Number($("own-statement").value), start_s: from.start_s,
        end_s: to.end_s, kind: $("own-kind").value, detail: $("own-detail").value });
    } catch (e) { $("f-status").textContent = e.message; return; }
    $("own-detail").value = "";
    await load();
    $("f-status").textContent = "Your finding was added at the end of the list.";
  }

  window.addEventListener("DOMContentLoaded", () => {
    $("own").addEventListener("submit", addOwn);
    load().catch((e) => { $("f-status").textContent = e.message; });
  });
})();
