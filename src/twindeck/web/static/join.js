// The other party's page: fetch the log and audio as they are sealed, check everything here, and
// at the end hold a complete copy, byte for byte the recorder's single file.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const token = location.pathname.split("/").pop();
  const api = `/api/join/${encodeURIComponent(token)}`;
  const verifier = new TD.Verifier();
  let logBytes = new Uint8Array(0);
  const audioParts = [];
  let audioSize = 0;
  let name = "recording.twindeck";

  function clock(s) {
    s = Math.floor(s);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  }
  function say(text) { $("join-status").textContent = text; }

  function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a); out.set(b, a.length);
    return out;
  }

  async function audioOf(start, length) {
    if (start !== audioSize) throw new Error("audio requested out of order");
    const r = await fetch(`${api}/audio?from=${start}&to=${start + length}`);
    if (!r.ok) throw new Error("the recorder did not send the audio");
    const data = new Uint8Array(await r.arrayBuffer());
    if (data.length !== length) throw new Error("the audio sent is the wrong length");
    audioParts.push(data);
    audioSize += length;
    return data;
  }

  async function poll() {
    for (;;) {
      let r;
      try {
        r = await fetch(`${api}/log?from=${logBytes.length}`);
      } catch (err) {
        say("Connection lost; retrying…");
        await new Promise((ok) => setTimeout(ok, 1000));
        continue;
      }
      if (!r.ok) { say("This link is not valid any more."); return; }
      name = r.headers.get("X-Recording-Name") || name;
      const fresh = new Uint8Array(await r.arrayBuffer());
      let start = 0;
      for (let i = 0; i < fresh.length; i++) {
        if (fresh[i] !== 10) continue;
        const line = fresh.slice(start, i);
        start = i + 1;
        try {
          const rec = await verifier.feed(line, audioOf);
          if (rec.type === "checkpoint" && $("join-live-sign").checked) await signCheckpoint(rec);
        } catch (err) {
          say("PROBLEM: " + err.message + ". Do not rely on this recording; tell the recorder.");
          return;
        }
      }
      logBytes = concat(logBytes, fresh);
      if (verifier.header) {
        const rate = verifier.header.audio.rate_hz;
        $("join-checked").textContent = clock(verifier.frames / rate);
        $("join-checkpoints").textContent = String(verifier.checkpoints);
        $("join-key").textContent = verifier.fingerprint;
      }
      if (verifier.seal) { sealed(); if (r.headers.get("X-Live") !== "1") return; }
      else say("Receiving and checking the recording as it is made…");
      if (r.headers.get("X-Live") !== "1" && !fresh.length) {
        if (!verifier.seal) say("The recording ended without a seal.");
        return;
      }
    }
  }

  async function keyPair() {
    // One key per browser profile, kept in IndexedDB and never exported.
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open("twindeck", 1);
      req.onupgradeneeded = () => req.result.createObjectStore("keys");
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const get = () => new Promise((ok) => {
      const req = db.transaction("keys").objectStore("keys").get("device");
      req.onsuccess = () => ok(req.result); req.onerror = () => ok(undefined);
    });
    let pair = await get();
    if (!pair) {
      pair = await crypto.subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"]);
      await new Promise((ok) => {
        const tx = db.transaction("keys", "readwrite");
        tx.objectStore("keys").put(pair, "device");
        tx.oncomplete = ok;
      });
    }
    return pair;
  }

  let signedCheckpoints = 0;
  async function signCheckpoint(rec) {
    // The same signed body the recorder signed, plus our name: both parties sign the tape label.
    const name = $("join-name").value.trim().slice(0, 100);
    $("join-name").readOnly = true; // one name for every signature
    const pair = await keyPair();
    const body = new TextDecoder().decode(new TextEncoder().encode(verifier.bodies[rec.tree_size]));
    const signed = new TextEncoder().encode(body + `countersigner ${name}\n`);
    const signature = new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, pair.privateKey, signed));
    const pub = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
    const r = await fetch(`${api}/countersign`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ key: TD.b64(pub), signature: TD.b64(signature), name, tree_size: rec.tree_size }),
    });
    if (r.ok) {
      signedCheckpoints++;
      $("join-live-signed").textContent = `${signedCheckpoints} checkpoint(s) countersigned by this device.`;
    }
  }

  async function countersign() {
    $("join-countersign").disabled = true;
    try {
      const pair = await keyPair();
      const name = $("join-name").value.trim().slice(0, 100);
      const signed = new TextEncoder().encode(new TextDecoder().decode(verifier.sealBody) + `countersigner ${name}\n`);
      const signature = new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, pair.privateKey, signed));
      const pub = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
      const r = await fetch(`${api}/countersign`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ key: TD.b64(pub), signature: TD.b64(signature), name }),
      });
      const data = await r.json();
      if (!r.ok) throw new Error(data.error ? data.error.message : r.statusText);
      $("join-countersigned").textContent = `Countersigned with this device's key ${data.fingerprint}.`;
      await poll(); // fetch the countersignature line so it is in this copy too
    } catch (err) {
      $("join-countersigned").textContent = "Could not countersign: " + err.message;
      $("join-countersign").disabled = false;
    }
  }

  function sealed() {
    $("join-code").textContent = verifier.seal.code;
    $("join-sealed").hidden = false;
    say(`Sealed and checked on this device: ${clock(verifier.frames / verifier.header.audio.rate_hz)}, seal code ${verifier.seal.code}.`);
  }

  function save() {
    const audio = new Uint8Array(audioSize);
    let at = 0;
    for (const p of audioParts) { audio.set(p, at); at += p.length; }
    const blob = TD.zip([["log.jsonl", logBytes], ["audio.pcm", audio]]);
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name + ".zip";
    document.body.append(a);
    a.click();
    a.remove();
  }

  window.addEventListener("DOMContentLoaded", () => {
    $("join-countersign").addEventListener("click", countersign);
    $("join-save").addEventListener("click", save);
    poll();
  });
})();
