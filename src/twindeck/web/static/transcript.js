// The transcript beside the player: the current word is highlighted, a line's button plays from
// it (click any word too), search marks matching words, notes sit on the same timeline.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const name = new URLSearchParams(location.search).get("name") || "";
  const api = `/api/library/${encodeURIComponent(name)}`;
  let words = [];

  function clock(s) {
    s = Math.max(0, Math.floor(s));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    return (h ? h + ":" + String(m).padStart(2, "0") : String(m)) + ":" + String(sec).padStart(2, "0");
  }

  function play(at) {
    const audio = $("t-audio");
    audio.currentTime = at;
    audio.play().catch(() => {});
  }

  function render(view) {
    $("t-about").textContent =
      `Seal code ${view.seal_code}. Made offline by ${view.model}. ` +
      (view.matches_recording ? "It was made from this recording as sealed." : "WARNING: it was made from another version of this recording.");
    const notes = view.notes.map((n) => {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button"; b.className = "link";
      b.textContent = `${clock(n.at_s)} ${n.kind === "note" ? "" : n.kind + ": "}${n.text}`;
      b.addEventListener("click", () => play(n.at_s));
      li.append(b);
      return li;
    });
    if (!notes.length) {
      const li = document.createElement("li");
      li.textContent = "No notes were added during the recording.";
      notes.push(li);
    }
    $("t-notes").replaceChildren(...notes);
    words = [];
    const lines = view.utterances.map((u) => {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button"; b.className = "link time";
      b.textContent = clock(u.start_s);
      b.setAttribute("aria-label", `Play from ${clock(u.start_s)}, ${u.speaker}`);
      b.addEventListener("click", () => play(u.start_s));
      const who = document.createElement("strong");
      who.textContent = ` ${u.speaker}: `;
      li.append(b, who);
      for (const w of u.words) {
        const span = document.createElement("span");
        span.textContent = w.text + (w.corrected ? "*" : "");
        span.className = "word";
        span.dataset.start = w.start_s;
        span.addEventListener("click", () => play(w.start_s));
        words.push({ span, start: w.start_s, end: w.end_s, text: w.text.toLowerCase() });
        li.append(span, " ");
      }
      return li;
    });
    $("t-lines").replaceChildren(...lines);
  }

  function follow() {
    const t = $("t-audio").currentTime;
    for (const w of words) w.span.classList.toggle("now", t >= w.start && t < w.end);
  }

  function search() {
    const q = $("t-search").value.trim().toLowerCase();
    let n = 0;
    for (const w of words) {
      const hit = q && w.text.includes(q);
      w.span.classList.toggle("hit", Boolean(hit));
      if (hit) n++;
    }
    $("t-found").textContent = q ? `${n} word${n === 1 ? "" : "s"} found` : "";
  }

  async function load() {
    $("t-title").textContent = `Transcript of ${name}`;
    $("t-audio").src = `${api}/audio.wav`;
    $("t-findings").href = `/findings?name=${encodeURIComponent(name)}`;
    const r = await fetch(`${api}/transcript`);
    if (r.status === 404) {
      $("t-status").textContent = "This recording has no transcript yet.";
      $("t-transcribe").hidden = false;
      return;
    }
    const view = await r.json();
    if (!r.ok) { $("t-status").textContent = view.error.message; return; }
    render(view);
    const n = view.utterances.length;
    $("t-status").textContent = `${n} passage${n === 1 ? "" : "s"}.`;
  }

  async function transcribe() {
    $("t-transcribe").disabled = true;
    let r = await fetch(`${api}/transcribe`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    for (;;) {
      const job = await r.json();
      if (!r.ok) { $("t-status").textContent = job.error.message; break; }
      if (job.state === "done") { $("t-transcribe").hidden = true; await load(); break; }
      if (job.state === "failed") { $("t-status").textContent = "Transcription failed: " + job.message; break; }
      $("t-status").textContent = `Transcribing: ${clock(job.done_s)} of ${clock(job.total_s)} done…`;
      await new Promise((ok) => setTimeout(ok, 1000));
      r = await fetch(`${api}/transcribe`);
    }
    $("t-transcribe").disabled = false;
  }

  window.addEventListener("DOMContentLoaded", () => {
    $("t-audio").addEventListener("timeupdate", follow);
    $("t-search").addEventListener("input", search);
    $("t-transcribe").addEventListener("click", () => transcribe().catch((e) => { $("t-status").textContent = e.message; }));
    load().catch((e) => { $("t-status").textContent = e.message; });
  });
})();
