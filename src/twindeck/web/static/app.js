// twindeck in the browser: raw PCM from an AudioWorklet, posted in numbered chunks; every chunk
// is kept until the server has taken it, and re-sent after a network hiccup.
"use strict";

const CHUNK_S = 0.1;
const $ = (id) => document.getElementById(id);
let session = null;

function clock(s) {
  s = Math.max(0, Math.floor(s));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  const mm = h ? String(m).padStart(2, "0") : String(m);
  return (h ? h + ":" : "") + mm + ":" + String(sec).padStart(2, "0");
}

function say(text) { $("status").textContent = text; }

function show(id) {
  for (const s of ["before", "during", "after", "library"]) $(s).hidden = s !== id;
  const heading = $(id).querySelector("h1");
  if (heading) { heading.tabIndex = -1; heading.focus(); }
}

async function api(path, body, raw) {
  const init = { method: body === undefined ? "GET" : "POST", headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = raw ? "application/octet-stream" : "application/json";
    init.body = raw ? body : JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const data = await response.json().catch(() => ({}));
  if (!response.ok && response.status !== 409) {
    const e = data.error || {};
    throw new Error((e.message || response.statusText) + (e.hint ? " " + e.hint : ""));
  }
  return { status: response.status, data };
}

async function openMicrophone() {
  const deviceId = $("mic").value;
  const audio = { echoCancellation: false, noiseSuppression: false, autoGainControl: false };
  if (deviceId) audio.deviceId = { exact: deviceId };
  const stream = await navigator.mediaDevices.getUserMedia({ audio });
  const track = stream.getAudioTracks()[0];
  return typeof MediaStreamTrackProcessor !== "undefined"
    ? openTrackReader(stream, track)
    : openWorklet(stream, track);
}

async function openCall() {
  // A call on this computer: the microphone on the left, the shared tab or screen's sound on the
  // right. Both are read from their tracks with capture timestamps, at one rate, never resampled.
  if (typeof MediaStreamTrackProcessor === "undefined") {
    throw new Error("this browser cannot record a call; use Chrome or Edge, or `twindeck record --call`");
  }
  const mic = await openMicrophone();
  let display;
  try {
    display = await navigator.mediaDevices.getDisplayMedia({
      video: true, systemAudio: "include",
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  } catch (err) { mic.close(); throw err; }
  display.getVideoTracks().forEach((t) => t.stop()); // the picture is not recorded
  const track = display.getAudioTracks()[0];
  if (!track) {
    mic.close();
    throw new Error("no sound was shared: choose the call's tab or screen again and tick “Share audio”");
  }
  const other = await openTrackReader(display, track);
  if (other.rate !== mic.rate) {
    mic.close(); other.close();
    throw new Error(`the microphone runs at ${mic.rate} Hz and the call at ${other.rate} Hz; twindeck does not resample`);
  }
  return combine(mic, other);
}

function combine(left, right) {
  // Interleaves two mono sources into stereo. Audio one side lost is filled with silence on that
  // side, to keep the two in step, and declared (a dropout with its channel) where that silence
  // lies in the stereo output: not where the loss was noticed, which is up to two seconds earlier
  // when the side that lost it runs ahead of the other.
  const fifo = [[], []], count = [0, 0]; // frames waiting, per side
  const queued = [0, 0]; // frames ever queued, per side: a frame's place in the output
  let emitted = 0; // stereo frames handed on
  const gaps = []; // { at, frames, channel }: silence put in from output frame `at`, in order
  const both = { rate: left.rate, channels: 2, close() { left.close(); right.close(); } };
  const queue = (side, block) => {
    fifo[side].push(block); count[side] += block.length; queued[side] += block.length;
  };
  const fill = (side, frames) => {
    const gap = { at: queued[side], frames, channel: side };
    let i = gaps.length;
    while (i > 0 && gaps[i - 1].at > gap.at) i--;
    gaps.splice(i, 0, gap);
    queue(side, new Float32Array(frames));
  };
  const take = (side, n) => {
    const out = new Float32Array(n);
    let at = 0;
    while (at < n) {
      const head = fifo[side][0];
      const k = Math.min(head.length, n - at);
      out.set(head.subarray(0, k), at);
      at += k;
      if (k === head.length) fifo[side].shift(); else fifo[side][0] = head.subarray(k);
    }
    count[side] -= n;
    return out;
  };
  both.start = (onBlock) => {
    const emit = (n) => { // n frames of both sides, split where a gap begins
      while (n > 0) {
        const here = [];
        while (gaps.length && gaps[0].at === emitted) here.push(gaps.shift());
        const k = gaps.length ? Math.min(n, gaps[0].at - emitted) : n;
        const l = take(0, k), r = take(1, k);
        const out = new Float32Array(2 * k);
        for (let i = 0; i < k; i++) { out[2 * i] = l[i]; out[2 * i + 1] = r[i]; }
        // both sides lost audio at the same moment: one declaration each
        for (const g of here.slice(0, -1)) onBlock(new Float32Array(0), g.frames, g.channel);
        const g = here[here.length - 1];
        onBlock(out, g ? g.frames : 0, g ? g.channel : -1);
        emitted += k;
        n -= k;
      }
    };
    const feed = (side) => (block, lost) => {
      if (lost) fill(side, lost);
      queue(side, block);
      const other = 1 - side;
      if (count[side] - count[other] > 2 * both.rate) { // the other side stopped: keep in step
        fill(other, count[side] - count[other]);
      }
      emit(Math.min(count[0], count[1]));
    };
    left.start(feed(0));
    right.start(feed(1));
  };
  return both;
}

async function openTrackReader(stream, track) {
  // Preferred: the track's own frames with their capture timestamps, no AudioContext in between.
  // A jump in the timestamps means the capture lost audio: it is declared, never hidden.
  const reader = new MediaStreamTrackProcessor({ track }).readable.getReader();
  const first = (await reader.read()).value;
  const rate = first.sampleRate;
  const mic = { stream, rate, channels: 1, onBlock: null, closed: false };
  let expected = null; // microseconds
  const take = (frame) => {
    const block = new Float32Array(frame.numberOfFrames);
    frame.copyTo(block, { planeIndex: 0, format: "f32-planar" });
    let gap = 0;
    if (expected !== null) {
      const drift = frame.timestamp - expected;
      if (drift > 5000) { gap = Math.round(drift / 1e6 * rate); expected = frame.timestamp; }
    } else {
      expected = frame.timestamp;
    }
    expected += frame.numberOfFrames / rate * 1e6;
    frame.close();
    if (mic.onBlock) mic.onBlock(block, gap);
  };
  const pump = async () => {
    take(first);
    while (!mic.closed) {
      const { value, done } = await reader.read();
      if (done) return;
      take(value);
    }
  };
  mic.start = (onBlock) => { mic.onBlock = onBlock; pump(); };
  mic.close = () => { mic.closed = true; reader.cancel(); stream.getTracks().forEach((t) => t.stop()); };
  return mic;
}

async function openWorklet(stream, track) {
  const rate = track.getSettings().sampleRate || 48000;
  const context = new AudioContext({ sampleRate: rate }); // the track's own rate: no resampling
  await context.audioWorklet.addModule("/static/worklet.js");
  const node = new AudioWorkletNode(context, "twindeck-tap", { numberOfOutputs: 0 });
  context.createMediaStreamSource(stream).connect(node);
  const mic = { stream, rate: context.sampleRate, channels: 1 };
  mic.start = (onBlock) => { node.port.onmessage = (event) => onBlock(event.data[0], 0); };
  mic.close = () => {
    node.port.onmessage = null;
    stream.getTracks().forEach((t) => t.stop());
    context.close();
  };
  return mic;
}

function closeMicrophone(mic) { mic.close(); }

function toPcm16(blocks, frames) {
  const out = new Int16Array(frames);
  let i = 0;
  for (const block of blocks) {
    for (let k = 0; k < block.length; k++) {
      const v = Math.max(-1, Math.min(1, block[k]));
      out[i++] = v < 0 ? Math.round(v * 32768) : Math.round(v * 32767);
    }
  }
  return out;
}

function levelOf(pcm) {
  let sum = 0, peak = 0;
  for (const v of pcm) { sum += v * v; peak = Math.max(peak, Math.abs(v)); }
  const rms = Math.sqrt(sum / Math.max(1, pcm.length)) / 32768;
  return { db: rms > 0 ? 20 * Math.log10(rms) : -120, clipping: peak >= 32700 };
}

function collect(mic, seconds, onChunk) {
  // Groups capture blocks into chunks of CHUNK_S; a chunk after lost audio carries the gap (and,
  // for a call, the channel that lost it and was filled with silence).
  const channels = mic.channels || 1;
  const want = Math.round(mic.rate * seconds) * channels;
  let blocks = [], samples = 0, gap = 0, gapChannel = -1;
  const flush = () => { // a gap with no audio after it yet is sent too, in a chunk of its own
    if (!samples && !gap) return;
    const pcm = toPcm16(blocks, samples);
    onChunk(pcm, gap, gapChannel);
    blocks = []; samples = 0; gap = 0; gapChannel = -1;
  };
  mic.start((block, lost, channel = -1) => {
    if (lost) { flush(); gap = lost; gapChannel = channel; }
    if (!block.length) return;
    blocks.push(block);
    samples += block.length;
    if (samples >= want) flush();
  });
}

// -- the microphone check --------------------------------------------------------------------
async function runCheck() {
  $("check").disabled = true;
  $("check-result").textContent = "Listening for 10 seconds: please speak normally.";
  let mic;
  try {
    mic = await openMicrophone();
    const parts = [];
    let total = 0;
    await new Promise((resolve) => {
      collect(mic, CHUNK_S, (pcm) => {
        parts.push(pcm); total += pcm.length;
        if (total >= mic.rate * 10) resolve();
      });
    });
    const all = new Int16Array(total);
    let at = 0;
    for (const p of parts) { all.set(p, at); at += p.length; }
    const { data } = await api(`/api/check?rate_hz=${mic.rate}&channels=1`, all.buffer, true);
    $("check-result").textContent = (data.ok ? "OK: " : "Problem: ") + data.advice;
    sessionStorage.setItem("twindeck-check", JSON.stringify(data.sealed));
  } catch (err) {
    $("check-result").textContent = "The microphone could not be checked: " + err.message;
  } finally {
    if (mic) closeMicrophone(mic);
    $("check").disabled = false;
  }
}

// -- recording -------------------------------------------------------------------------------
class Uplink {
  // Sends chunks in order; keeps each until the server has taken it; re-sends after failures.
  constructor(id, rate) {
    this.id = id; this.rate = rate; this.seq = 0; this.pending = []; this.sending = false;
    this.pushed = 0; // samples handed to the uplink; those no longer pending are saved
    this.last = null; this.failures = 0;
  }
  push(pcm, gap, channel) {
    this.pending.push({ seq: this.seq++, pcm, gap, channel });
    this.pushed += pcm.length;
    this.pump();
  }
  async pump() {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.pending.some((c) => !c.acked)) {
        const chunk = this.pending.find((c) => !c.acked);
        try {
          const { status, data } = await api(
            `/api/recordings/${this.id}/chunks?seq=${chunk.seq}&gap=${chunk.gap || 0}` +
              (chunk.channel >= 0 ? `&gapch=${chunk.channel}` : ""),
            chunk.pcm.buffer, true);
          if (status === 409 && data.expected !== undefined) {
            this.pending.forEach((c) => { if (c.seq >= data.expected) c.acked = false; });
            if (data.expected > chunk.seq) chunk.acked = true;
          } else if (status === 409) {
            return; // the recording has ended
          } else {
            chunk.acked = true;
          }
          this.failures = 0;
          this.update(data);
        } catch (err) {
          this.failures++;
          say("Connection to the recorder lost; retrying. Nothing is lost yet.");
          await new Promise((r) => setTimeout(r, Math.min(2000, 200 * this.failures)));
        }
      }
    } finally {
      this.sending = false;
    }
  }
  update(data) {
    this.last = data;
    this.pending = this.pending.filter((c) => !c.acked); // the server holds it now
    if (this.failures === 0 && $("status").textContent.startsWith("Connection")) say("Connected again.");
    render(data);
  }
  async drain() {
    for (let i = 0; i < 100 && this.pending.some((c) => !c.acked); i++) {
      this.pump();
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function render(data) {
  $("elapsed").textContent = clock(data.recorded_s);
  $("saved").textContent = "Saved up to " + clock(data.saved_s);
  const db = data.level_dbfs;
  $("meter-bar").style.width = Math.max(0, Math.min(100, (db + 60) / 60 * 100)) + "%";
  let text = `Level ${db.toFixed(0)} dB`;
  if (data.clipping) text += " — too loud: move the microphone further away";
  else if (data.silent_for_s >= 5) text += ` — silent for ${Math.round(data.silent_for_s)} s: is the microphone on?`;
  $("level-text").textContent = text;
  $("pause").textContent = data.state === "paused" ? "Resume" : "Pause";
  $("during-title").textContent = data.state === "paused" ? "Paused" : "Recording";
}

async function startRecording(event) {
  event.preventDefault();
  $("record").disabled = true;
  try {
    const call = $("call").checked;
    const mic = call ? await openCall() : await openMicrophone();
    const form = new FormData($("details"));
    const check = sessionStorage.getItem("twindeck-check");
    const body = {
      rate_hz: mic.rate, channels: call ? 2 : 1, call,
      title: form.get("title"), assessment: form.get("assessment"), place: form.get("place"),
      present: String(form.get("present") || "").split("\n").filter((s) => s.trim()),
      check: check ? JSON.parse(check) : undefined,
    };
    const { data } = await api("/api/recordings", body);
    const uplink = new Uplink(data.id, mic.rate);
    session = { mic, uplink, id: data.id, name: data.name };
    collect(mic, CHUNK_S, (pcm, gap, channel) => uplink.push(pcm, gap, channel));
    $("notes").replaceChildren();
    $("consent-box").hidden = false;
    const joinUrl = data.join_url || new URL(data.join, location.href).href;
    $("join-tls").textContent = data.tls_fingerprint
      ? `Their browser will warn about the certificate: it is this computer's own. Its fingerprint is ${data.tls_fingerprint}.`
      : "This address works on this computer only. Start twindeck with --lan to let another device join.";
    $("join-link").href = joinUrl;
    $("join-link").textContent = joinUrl;
    $("join-qr").src = `/api/recordings/${data.id}/join.svg`;
    show("during");
    say("Recording. Press Stop and seal when the assessment ends.");
    window.addEventListener("beforeunload", warnLeaving);
  } catch (err) {
    say("Could not start: " + err.message);
  } finally {
    $("record").disabled = false;
  }
}

function warnLeaving(event) {
  if (session) { event.preventDefault(); event.returnValue = ""; }
}

async function control(action, extra) {
  const { data } = await api(`/api/recordings/${session.id}/control`, { action, ...extra });
  render(data);
  return data;
}

async function stopRecording() {
  $("stop").disabled = true;
  say("Sealing…");
  const s = session;
  closeMicrophone(s.mic);
  await s.uplink.drain();
  const data = await control("stop");
  session = null;
  window.removeEventListener("beforeunload", warnLeaving);
  $("stop").disabled = false;
  showSeal(data);
}

function showSeal(data) {
  if (!data.seal) { say("The recording ended with a problem: " + (data.error || "unknown")); return; }
  $("seal-code").textContent = data.seal.code;
  $("seal-qr").src = `/api/library/${encodeURIComponent(data.name)}/qr.svg`;
  $("seal-summary").textContent =
    `${clock(data.seal.duration_s)} recorded and sealed. File: ${data.name}`;
  $("download").href = `/api/library/${encodeURIComponent(data.name)}/download`;
  $("save-to").dataset.name = data.name;
  show("after");
  say("Sealed. Seal code " + data.seal.code + ".");
}

async function saveCopyTo(name) {
  // Where the browser lets a page write to a place the person picks (Chrome, Edge), write the
  // single-file copy there; elsewhere, the ordinary download (the browser asks where, if set to).
  const url = `/api/library/${encodeURIComponent(name)}/download`;
  if (!window.showSaveFilePicker) { location.href = url; return; }
  const handle = await window.showSaveFilePicker({
    suggestedName: name + ".zip",
    types: [{ description: "twindeck recording", accept: { "application/zip": [".zip"] } }],
  });
  const response = await fetch(url);
  if (!response.ok) throw new Error("the copy could not be made");
  const writable = await handle.createWritable();
  await response.body.pipeTo(writable);
  $("save-result").textContent = `Saved ${handle.name}. Check it any time with twindeck verify or verify.html.`;
}

async function addNote(event) {
  event.preventDefault();
  const text = $("note").value.trim();
  if (!text || !session) return;
  const data = await control("note", { text });
  $("note").value = "";
  const li = document.createElement("li");
  const last = data.notes[data.notes.length - 1];
  li.textContent = `${clock(last.at_s)} — ${last.text}`;
  $("notes").append(li);
  say("Note sealed at " + clock(last.at_s) + ".");
}

async function showLibrary() {
  const { data } = await api("/api/library");
  const rows = data.recordings.map((r) => {
    const tr = document.createElement("tr");
    const cells = [
      r.title ? `${r.title} (${r.name})` : r.name,
      r.duration_s !== undefined ? clock(r.duration_s) : "",
      r.seal_code || "",
      { intact: "Intact", incomplete: "Incomplete: run recover", tampered: "ALTERED",
        recording: "Recording now", unusable: "Unreadable" }[r.verdict] || r.verdict,
    ];
    for (const text of cells) { const td = document.createElement("td"); td.textContent = text; tr.append(td); }
    const td = document.createElement("td");
    if (r.verdict === "intact") {
      const a = document.createElement("a");
      a.href = `/api/library/${encodeURIComponent(r.name)}/download`;
      a.textContent = "Download";
      a.setAttribute("aria-label", `Download ${r.name}`);
      const t = document.createElement("a");
      t.href = `/transcript?name=${encodeURIComponent(r.name)}`;
      t.textContent = r.transcript ? "Transcript" : "Listen / transcribe";
      t.setAttribute("aria-label", `${t.textContent} ${r.name}`);
      td.append(a, document.createElement("br"), t);
    }
    tr.append(td);
    return tr;
  });
  $("library-rows").replaceChildren(...rows);
  show("library");
}

async function listMicrophones() {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    for (const d of devices.filter((d) => d.kind === "audioinput" && d.deviceId && d.deviceId !== "default")) {
      const o = document.createElement("option");
      o.value = d.deviceId; o.textContent = d.label || "Microphone";
      $("mic").append(o);
    }
  } catch (err) { /* the default microphone still works */ }
}

function route() {
  if (session) return;
  if (location.hash === "#library") showLibrary().catch((e) => say(e.message));
  else show("before");
}

window.addEventListener("DOMContentLoaded", () => {
  $("details").addEventListener("submit", startRecording);
  $("check").addEventListener("click", runCheck);
  $("stop").addEventListener("click", () => stopRecording().catch((e) => say(e.message)));
  $("pause").addEventListener("click", () =>
    control($("pause").textContent === "Pause" ? "pause" : "resume").catch((e) => say(e.message)));
  $("note-form").addEventListener("submit", (e) => addNote(e).catch((err) => say(err.message)));
  $("consent-read").addEventListener("click", () =>
    control("consent", { text: $("consent-live").textContent.replace(/\s+/g, " ").trim() })
      .then((data) => {
        $("consent-box").hidden = true;
        const last = data.notes[data.notes.length - 1];
        const li = document.createElement("li");
        li.textContent = `${clock(last.at_s)} — ${last.text}`;
        $("notes").append(li);
        say("The consent statement is sealed at " + clock(last.at_s) + ".");
      })
      .catch((e) => say(e.message)));
  $("save-to").addEventListener("click", () => saveCopyTo($("save-to").dataset.name).catch((e) => {
    $("save-result").textContent = e.name === "AbortError" ? "" : "Could not save: " + e.message;
  }));
  $("again").addEventListener("click", () => { location.hash = "#before"; show("before"); });
  window.addEventListener("hashchange", route);
  if (!window.isSecureContext || !navigator.mediaDevices) {
    say("This page needs a secure address (http://127.0.0.1 or https) to use the microphone.");
  }
  listMicrophones();
  route();
});
