// An independent twindeck verifier for the browser, written from docs/format.md: RFC 9162 Merkle
// tree over log lines, canonical-PCM segment digests, Ed25519 checkpoint and seal signatures
// (WebCrypto), the seal code, and the deterministic single-file zip. No network, no libraries.
"use strict";

const TD = (() => {
  const enc = new TextEncoder();
  const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const BYTES = { s16le: 2, s24le: 3, s32le: 4, f32le: 4 };

  async function sha256(...parts) {
    let size = 0;
    for (const p of parts) size += p.length;
    const all = new Uint8Array(size);
    let at = 0;
    for (const p of parts) { all.set(p, at); at += p.length; }
    return new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  }
  const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  const b64 = (b) => btoa(String.fromCharCode(...b));
  const unb64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

  function crockford(bytes, chars) { // the first `chars` characters, big-endian bits
    let bits = 0n;
    for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
    const total = BigInt(bytes.length * 8);
    let out = "";
    for (let i = 1; i <= chars; i++) out += CROCKFORD[Number((bits >> (total - 5n * BigInt(i))) & 31n)];
    return out.match(/.{1,4}/g).join("-");
  }
  const sealCode = (root) => crockford(root, 12);
  const fingerprint = async (publicRaw) => crockford(await sha256(publicRaw), 20);

  class Tree { // compact RFC 9162 tree: roots of perfect subtrees, largest first
    constructor() { this.stack = []; this.size = 0; }
    async append(leaf) {
      let node = { size: 1, hash: leaf };
      while (this.stack.length && this.stack[this.stack.length - 1].size === node.size) {
        const left = this.stack.pop();
        node = { size: left.size * 2, hash: await sha256(Uint8Array.of(1), left.hash, node.hash) };
      }
      this.stack.push(node);
      this.size++;
    }
    async root() {
      if (!this.stack.length) return sha256(new Uint8Array(0));
      let h = this.stack[this.stack.length - 1].hash;
      for (let i = this.stack.length - 2; i >= 0; i--) h = await sha256(Uint8Array.of(1), this.stack[i].hash, h);
      return h;
    }
  }

  class Verifier {
    // feed(lineBytes, audioFetch) line by line; throws Error with a plain message on any failure.
    constructor() {
      this.tree = new Tree(); this.header = null; this.key = null; this.frames = 0;
      this.segments = 0; this.checkpoints = 0; this.seal = null; this.countersignatures = [];
      this.countersigned = []; this.badCountersignature = null; this.bodies = {}; this.lastTime = "";
      this.redacted = new Map(); this.silenced = []; // a redacted copy: segment -> reason
    }
    async feed(line, audioOf) {
      const rec = JSON.parse(new TextDecoder().decode(line));
      if (this.seal && !["countersignature", "timestamp"].includes(rec.type)) throw new Error("a record after the seal");
      if (rec.type === "header") {
        if (this.header || rec.format !== "twindeck" || rec.version !== 1) throw new Error("not a twindeck v1 header");
        this.header = rec;
        this.key = await crypto.subtle.importKey("raw", unb64(rec.key.public), { name: "Ed25519" }, false, ["verify"]);
        this.fingerprint = await fingerprint(unb64(rec.key.public));
        this.fmt = rec.audio;
        this.frameBytes = BYTES[rec.audio.encoding] * rec.audio.channels;
      }
      if (rec.time !== undefined) {
        if (rec.time < this.lastTime) throw new Error(`a time (${rec.time}) is earlier than the line before it: edited or reordered`);
        this.lastTime = rec.time;
      }
      if (["header", "segment", "event"].includes(rec.type)) {
        if (rec.n !== this.tree.size) throw new Error(`leaf ${this.tree.size} is numbered ${rec.n}: entries were cut, inserted or reordered`);
        if (rec.type === "event" && rec.at_frames !== this.frames) throw new Error(`the ${rec.kind} event is out of place`);
        if (rec.type === "segment") await this.segment(rec, audioOf);
        await this.tree.append(await sha256(Uint8Array.of(0), line));
      } else if (rec.type === "checkpoint" || rec.type === "seal") {
        await this.signed(rec);
      } else if (rec.type === "countersignature") {
        this.countersignatures.push(rec);
        await this.countersignature(rec);
      } else if (rec.type !== "timestamp") {
        throw new Error(`a log line of unknown type ${rec.type}`);
      }
      return rec;
    }
    async segment(rec, audioOf) {
      if (rec.index !== this.segments || rec.offset_frames !== this.frames) throw new Error(`segment ${this.segments} is out of place`);
      const pcm = await audioOf(rec.offset_frames * this.frameBytes, rec.frames * this.frameBytes);
      const f = this.fmt;
      const prefix = enc.encode(`twindeck-pcm/1 ${f.encoding} ${f.rate_hz} ${f.channels} ${rec.offset_frames} ${rec.frames}\n`);
      if (hex(await sha256(prefix, pcm)) !== rec.pcm_sha256) {
        if (!this.redacted.has(rec.index) || pcm.some((b) => b !== 0)) {
          throw new Error(`segment ${rec.index}: the audio differs from what was sealed`);
        }
        this.silenced.push({ index: rec.index, reason: this.redacted.get(rec.index),
          start: rec.offset_frames / f.rate_hz, end: (rec.offset_frames + rec.frames) / f.rate_hz });
      }
      this.segments++; this.frames += rec.frames;
    }
    async signed(rec) {
      const root = await this.tree.root();
      if (rec.tree_size !== this.tree.size || hex(root) !== rec.root) throw new Error(`the ${rec.type} does not match the log before it`);
      let body = `twindeck/1 ${this.header.recording_id}\n${rec.tree_size}\n${b64(root)}\ntime ${rec.time}\n`;
      if (rec.type === "seal") body += `seal frames=${rec.frames} end=${rec.end}\n`;
      const ok = await crypto.subtle.verify({ name: "Ed25519" }, this.key, unb64(rec.signature), enc.encode(body));
      if (!ok) throw new Error(`the ${rec.type} signature is not valid`);
      this.bodies[rec.tree_size] = body;
      if (rec.type === "checkpoint") { this.checkpoints++; return; }
      if (rec.frames !== this.frames) throw new Error("the seal counts a different length of audio");
      if (rec.code !== sealCode(root)) throw new Error("the seal code does not match its root");
      this.seal = rec;
      this.sealBody = enc.encode(body);
    }
  }

  Verifier.prototype.countersignature = async function (rec) {
    const body = this.bodies[rec.tree_size];
    const pub = unb64(rec.key);
    const fp = await fingerprint(pub);
    let ok = false;
    if (body !== undefined) {
      const key = await crypto.subtle.importKey("raw", pub, { name: "Ed25519" }, false, ["verify"]);
      ok = await crypto.subtle.verify({ name: "Ed25519" }, key, unb64(rec.signature), enc.encode(body + `countersigner ${rec.name}\n`));
    }
    if (ok) this.countersigned.push({ name: rec.name, fingerprint: fp });
    else this.badCountersignature = `the countersignature by ${fp} does not match the seal`;
  };

  async function rootFromInclusion(index, size, leaf, proof) {
    // RFC 9162 §2.1.3.2
    if (index >= size) throw new Error("a leaf outside its tree");
    let fn = index, sn = size - 1, r = leaf;
    for (const p of proof) {
      if (sn === 0) throw new Error("a proof longer than the tree allows");
      if ((fn & 1) || fn === sn) {
        r = await sha256(Uint8Array.of(1), p, r);
        if (!(fn & 1)) { while (fn && !(fn & 1)) { fn >>= 1; sn >>= 1; } }
      } else {
        r = await sha256(Uint8Array.of(1), r, p);
      }
      fn >>= 1; sn >>= 1;
    }
    if (sn !== 0) throw new Error("a proof shorter than the tree needs");
    return r;
  }

  async function verifyClip(clip, audio) {
    // format.md §10: every leaf proven against the signed seal; the span is the proven segments'
    if (clip.format !== "twindeck-clip" || clip.version !== 1) throw new Error("not a twindeck clip");
    const unhex = (h) => Uint8Array.from(h.match(/../g) || [], (x) => parseInt(x, 16));
    const seal = JSON.parse(clip.seal);
    const root = unhex(seal.root);
    const leaves = clip.leaves.map((e) => ({ line: enc.encode(e.line), rec: JSON.parse(e.line), proof: e.proof.map(unhex) }));
    const header = leaves.find((l) => l.rec.type === "header");
    if (!header || header.rec.n !== 0) throw new Error("the clip has no header");
    for (const l of leaves) {
      const got = await rootFromInclusion(l.rec.n, seal.tree_size, await sha256(Uint8Array.of(0), l.line), l.proof);
      if (hex(got) !== seal.root) throw new Error(`leaf ${l.rec.n} is not proven part of the sealed recording`);
    }
    const key = await crypto.subtle.importKey("raw", unb64(header.rec.key.public), { name: "Ed25519" }, false, ["verify"]);
    const body = `twindeck/1 ${header.rec.recording_id}\n${seal.tree_size}\n${b64(root)}\ntime ${seal.time}\nseal frames=${seal.frames} end=${seal.end}\n`;
    if (!(await crypto.subtle.verify({ name: "Ed25519" }, key, unb64(seal.signature), enc.encode(body)))) throw new Error("the seal's signature is not valid");
    if (seal.code !== sealCode(root)) throw new Error("the seal code does not match its root");
    const f = header.rec.audio, fb = BYTES[f.encoding] * f.channels;
    const segs = leaves.filter((l) => l.rec.type === "segment").map((l) => l.rec).sort((a, b) => a.n - b.n);
    if (!segs.length) throw new Error("the clip proves no audio");
    for (let i = 1; i < segs.length; i++) {
      if (segs[i].index !== segs[i - 1].index + 1 || segs[i].offset_frames !== segs[i - 1].offset_frames + segs[i - 1].frames) throw new Error("the clip is not one unbroken stretch");
    }
    const start = segs[0].offset_frames, end = segs[segs.length - 1].offset_frames + segs[segs.length - 1].frames;
    if (audio.length !== (end - start) * fb) throw new Error("the clip's audio is not exactly its proven segments");
    for (const sg of segs) {
      const at = (sg.offset_frames - start) * fb;
      const prefix = enc.encode(`twindeck-pcm/1 ${f.encoding} ${f.rate_hz} ${f.channels} ${sg.offset_frames} ${sg.frames}\n`);
      if (hex(await sha256(prefix, audio.subarray(at, at + sg.frames * fb))) !== sg.pcm_sha256) throw new Error(`segment ${sg.index}: the audio differs from what was sealed`);
    }
    return { code: seal.code, start: start / f.rate_hz, end: end / f.rate_hz, length: seal.frames / f.rate_hz,
      fingerprint: await fingerprint(unb64(header.rec.key.public)), recording: header.rec.recording_id,
      notes: leaves.filter((l) => l.rec.type === "event" && l.rec.kind === "note").map((l) => ({ at: l.rec.at_frames / f.rate_hz, text: l.rec.data.text })) };
  }

  const CRC = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
    return t;
  })();
  function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) c = CRC[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  function zip(files) {
    // The single-file form (format.md §2): stored members, 1980-01-01 00:00, mode 0644, Unix.
    const parts = [], central = [];
    let offset = 0;
    for (const [name, data] of files) {
      const n = enc.encode(name), crc = crc32(data);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true);
      local.setUint16(12, 0x21, true); local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true); local.setUint32(22, data.length, true);
      local.setUint16(26, n.length, true);
      const c = new DataView(new ArrayBuffer(46));
      c.setUint32(0, 0x02014b50, true); c.setUint16(4, 0x0314, true); c.setUint16(6, 20, true);
      c.setUint16(14, 0x21, true); c.setUint32(16, crc, true);
      c.setUint32(20, data.length, true); c.setUint32(24, data.length, true);
      c.setUint16(28, n.length, true); c.setUint32(38, 0o644 << 16, true); c.setUint32(42, offset, true);
      parts.push(new Uint8Array(local.buffer), n, data);
      central.push(new Uint8Array(c.buffer), n);
      offset += 30 + n.length + data.length;
    }
    let size = 0;
    for (const p of central) size += p.length;
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true); end.setUint16(8, files.length, true);
    end.setUint16(10, files.length, true); end.setUint32(12, size, true); end.setUint32(16, offset, true);
    return new Blob([...parts, ...central, new Uint8Array(end.buffer)], { type: "application/zip" });
  }

  return { Verifier, verifyClip, sealCode, fingerprint, zip, sha256, hex, b64, unb64 };
})();
