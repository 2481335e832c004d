"""The ``twindeck`` command: parse, call, print, exit code — nothing else."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import textwrap
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from twindeck import __version__
from twindeck.errors import BadArgument, NotIntact, NotSealed, TwindeckError
from twindeck.seal import (
    Problem,
    Report,
    SystemClock,
    clock_text,
    load_or_create_key,
    pack_recording,
    recover_recording,
    verify_recording,
)
from twindeck.seal.encoding import normalise_code

if TYPE_CHECKING:
    from twindeck.recorder import RecordingResult

EXIT_OK, EXIT_PROBLEM, EXIT_UNUSABLE = 0, 1, 2

PROVES = (
    "It proves the audio and notes have not changed since the recording device sealed them, "
    "and that nothing was cut, inserted or reordered.",
    "On its own it cannot prove when or where it was made, nor that its owner did not make "
    "another: the seal code the other party wrote down, their countersignature and trusted "
    "timestamps bind it to the room (docs/threat-model.md).",
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="twindeck",
        description="Record an assessment so that it is provably complete and unaltered; "
        "give every party an identical copy; verify any copy, offline.",
    )
    p.add_argument("--version", action="version", version=f"twindeck {__version__}")
    p.add_argument("--verbose", action="store_true", help="show tracebacks for errors")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    r = sub.add_parser("record", help="record and seal (Ctrl-C or q stops and seals)")
    r.add_argument(
        "path", type=Path, help="the recording folder to create, e.g. assessment.twindeck"
    )
    r.add_argument("--input", type=Path, help="record from an audio file instead of the microphone")
    r.add_argument("--realtime", action="store_true", help="with --input: feed it at its own speed")
    r.add_argument(
        "--tsa",
        action="append",
        default=[],
        metavar="URL",
        help="a time-stamping authority (RFC 3161) to stamp each checkpoint and the seal; "
        "the only network use, and only if you give one",
    )
    r.add_argument(
        "--copy-to",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="write a second identical copy as it records (repeatable), e.g. on a USB stick",
    )
    r.add_argument("--device", help="microphone number or name (see `twindeck check --list`)")
    r.add_argument("--rate", type=int, default=44100, help="microphone sample rate in Hz")
    r.add_argument("--channels", type=int, default=1, help="microphone channels")
    r.add_argument(
        "--call",
        action="store_true",
        help="a phone or video call on this computer: the microphone on the left channel, "
        "what the speakers play on the right (PulseAudio/PipeWire)",
    )
    r.add_argument("--title", help="a title kept in the recording, e.g. 'PIP assessment'")
    r.add_argument("--assessment", choices=["pip", "wca", "other"], help="the kind of assessment")
    r.add_argument(
        "--present",
        action="append",
        default=[],
        metavar="WHO",
        help="someone present (repeatable), e.g. 'Assessor'",
    )
    r.add_argument(
        "--check",
        action="store_true",
        help="run the 10-second microphone check first and seal its result",
    )

    v = sub.add_parser("verify", help="check a recording (or compare copies); exit 0 if intact")
    v.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    v.add_argument(
        "--json", action="store_true", help="machine-readable result (docs/verifying.md)"
    )
    v.add_argument("--key", metavar="FINGERPRINT", help="the recording device's expected key")
    v.add_argument("--code", metavar="CODE", help="the seal code written down at the time")
    v.add_argument(
        "--tsa-roots",
        type=Path,
        metavar="PEM",
        help="time-stamping authorities you trust (PEM certificates)",
    )
    v.add_argument(
        "--audio",
        type=Path,
        metavar="FILE",
        help="check this WAV/FLAC copy of the audio against the seal instead",
    )

    i = sub.add_parser("info", help="parties, times, duration, seal and events")
    i.add_argument("path", type=Path)
    i.add_argument("--json", action="store_true")

    e = sub.add_parser("export", help="the audio, bit-exact, as .wav or .flac; or .twindeck.zip")
    e.add_argument("path", type=Path)
    e.add_argument("--to", type=Path, required=True, metavar="FILE")
    e.add_argument(
        "--c2pa",
        action="store_true",
        help="for .wav: embed Content Credentials (C2PA) naming the seal",
    )

    rc = sub.add_parser("recover", help="seal what an interrupted recording left")
    rc.add_argument("path", type=Path)

    c = sub.add_parser("check", help="10-second microphone check: level, noise floor, clipping")
    c.add_argument("--device")
    c.add_argument("--seconds", type=float, default=10.0)
    c.add_argument("--rate", type=int, default=44100)
    c.add_argument("--input", type=Path, help="check an audio file instead of the microphone")
    c.add_argument("--list", action="store_true", help="list microphones")

    q = sub.add_parser("qr", help="the seal as a QR code, in the terminal or --to a PNG")
    q.add_argument("path", type=Path)
    q.add_argument("--to", type=Path, metavar="PNG")

    sub.add_parser("key", help="this device's signing key: fingerprint and where it is kept")
    rp = sub.add_parser(
        "report", help="import the assessment report and check it against the recording"
    )
    rp_sub = rp.add_subparsers(dest="report_command", required=True, metavar="ACTION")
    ra = rp_sub.add_parser("add", help="import the report (.pdf, scanned .pdf, .docx or .txt)")
    ra.add_argument("path", type=Path, help="the recording")
    ra.add_argument("report", type=Path)
    rk = rp_sub.add_parser("check", help="where the report departs from what was said")
    rk.add_argument("path", type=Path, help="the recording (transcribed first)")
    rk.add_argument("--all", action="store_true", help="also list what the recording supports")
    rk.add_argument(
        "--scheme",
        choices=("PIP", "WCA"),
        help="the benefit the report is for (default: from the report's own words)",
    )
    rt = rp_sub.add_parser(
        "descriptors", help="the PIP and WCA activities, descriptors and points, dated and cited"
    )
    rt.add_argument("--scheme", choices=("PIP", "WCA"))
    rr = rp_sub.add_parser("reject", help="leave a finding out of the bundle (it stays listed)")
    rr.add_argument("path", type=Path)
    rr.add_argument("number", type=int, nargs="+", help="the finding's number in `report check`")

    rd = sub.add_parser(
        "redact", help="a copy with a passage silenced, and why; the rest still verifies"
    )
    rd.add_argument("path", type=Path)
    rd.add_argument("--start", required=True, metavar="[hh:]mm:ss[.s]")
    rd.add_argument("--end", required=True, metavar="[hh:]mm:ss[.s]")
    rd.add_argument("--reason", required=True, help='e.g. "a third party\'s name"')
    rd.add_argument("--to", type=Path, required=True, metavar="COPY.twindeck.zip")

    lk = sub.add_parser(
        "lock", help="encrypt the library with a passphrase (set it the first time)"
    )
    lk.add_argument("--passphrase-file", type=Path, metavar="FILE")
    ul = sub.add_parser("unlock", help="decrypt the library for this session")
    ul.add_argument("--passphrase-file", type=Path, metavar="FILE")
    en = sub.add_parser("encrypt", help="a copy to share, encrypted to a passphrase you tell apart")
    en.add_argument("path", type=Path)
    en.add_argument("--to", type=Path, required=True, metavar="FILE.enc")
    en.add_argument("--passphrase-file", type=Path, metavar="FILE")
    de = sub.add_parser("decrypt", help="open a copy someone encrypted for you")
    de.add_argument("path", type=Path)
    de.add_argument("--to", type=Path, required=True, metavar="FILE")
    de.add_argument("--passphrase-file", type=Path, metavar="FILE")

    cm = sub.add_parser(
        "compare", help="what another recording of the assessment has, or lacks, against ours"
    )
    cm.add_argument("path", type=Path, help="our sealed recording")
    cm.add_argument("other", type=Path, help="the other copy: any audio file (MP3, WAV, M4A…)")
    cm.add_argument("--json", action="store_true")

    bu = sub.add_parser("bundle", help="the evidence bundle: numbered PDF, a clip per finding")
    bu.add_argument("path", type=Path)
    bu.add_argument("--to", type=Path, required=True, metavar="PDF")
    bu.add_argument(
        "--for",
        dest="letter",
        choices=("mr", "tribunal"),
        default="mr",
        help="the draft it ends with: a mandatory reconsideration request (default) or a "
        "submission to the tribunal, activity by activity with bundle page numbers",
    )

    ts = sub.add_parser(
        "timestamp", help="have a time-stamping authority (RFC 3161) attest the seal"
    )
    ts.add_argument("path", type=Path)
    ts.add_argument(
        "--tsa", action="append", default=[], metavar="URL",
        help="stamp the seal with this authority (without it: send what is waiting)",
    )  # fmt: skip

    cs = sub.add_parser("case", help="a claim: its dates and deadlines, letters, recordings")
    case_sub = cs.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    cn = case_sub.add_parser("new", help="start a case")
    cn.add_argument("name", help='e.g. "Jane\'s PIP claim"')
    cn.add_argument("--benefit", choices=["pip", "esa", "uc", "other"], required=True)
    for field in ("provider", "claimant", "address", "reference", "helper"):
        cn.add_argument(f"--{field}", default="")
    case_sub.add_parser("list", help="every case, with what is due next")
    csh = case_sub.add_parser("show", help="a case: details, deadlines, recordings")
    csh.add_argument("case")
    cse = case_sub.add_parser("set", help="change a case's details")
    cse.add_argument("case")
    for field in ("name", "provider", "claimant", "address", "reference", "helper"):
        cse.add_argument(f"--{field}")
    cd = case_sub.add_parser("date", help="record a key date (written the UK way: 3 March 2026)")
    cd.add_argument("case")
    for kind in ("assessment", "decision", "mr-notice", "sar-sent"):
        cd.add_argument(f"--{kind}", metavar="DATE")
    ca = case_sub.add_parser("add", help="link a recording to a case (it is verified first)")
    ca.add_argument("case")
    ca.add_argument("recording", type=Path)
    cc = case_sub.add_parser("calendar", help="the deadlines as a calendar file with reminders")
    cc.add_argument("case")
    cc.add_argument("--to", type=Path, required=True, metavar="ICS")
    cl_ = case_sub.add_parser("letter", help="notice, consent, sar or mr, as .docx or .pdf")
    cl_.add_argument("case")
    cl_.add_argument("kind", choices=["notice", "consent", "sar", "mr"])
    cl_.add_argument("--to", type=Path, required=True, metavar="DOCX|PDF")
    cex = case_sub.add_parser("export", help="the whole case as one file, for an adviser")
    cex.add_argument("case")
    cex.add_argument("--to", type=Path, required=True, metavar="NAME.twindeck-case.zip")
    cex.add_argument(
        "--by-reference", action="store_true", help="list the recordings, do not include them"
    )
    cim = case_sub.add_parser("import", help="a case file from someone else (recordings checked)")
    cim.add_argument("file", type=Path)
    cdel = case_sub.add_parser("delete", help="delete a case from the index for good")
    cdel.add_argument("case")
    cdel.add_argument("--yes", action="store_true", help="really delete it")

    ce = sub.add_parser("certificate", help="a one-page PDF of the seal, to print or attach")
    ce.add_argument("path", type=Path)
    ce.add_argument("--to", type=Path, required=True, metavar="PDF")

    cl = sub.add_parser("clip", help="an excerpt that proves itself part of the sealed recording")
    cl.add_argument("path", type=Path)
    cl.add_argument("--start", required=True, metavar="[hh:]mm:ss[.s]")
    cl.add_argument("--end", required=True, metavar="[hh:]mm:ss[.s]")
    cl.add_argument("--to", type=Path, required=True, metavar="CLIP.twindeck.zip")

    vp = sub.add_parser(
        "verifier", help="write verify.html: checks a .twindeck.zip in any browser, offline"
    )
    vp.add_argument("--to", type=Path, required=True, metavar="HTML")

    sv = sub.add_parser("serve", help="the web app on http://127.0.0.1:8765: record in the browser")
    sv.add_argument("--port", type=int, default=8765)
    sv.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    sv.add_argument(
        "--lan",
        action="store_true",
        help="also let the other party's phone or laptop join over the local network "
        "(HTTPS on --port + 1; only the join pages are served there)",
    )
    sv.add_argument(
        "--folder", type=Path, help="where recordings go (default: the twindeck data folder)"
    )

    t = sub.add_parser("transcribe", help="offline transcript with word times and speakers")
    t.add_argument("path", type=Path)
    t.add_argument("--model", metavar="FOLDER", help="a CTranslate2 Whisper model folder")
    t.add_argument("--beam", type=int, default=5, help="beam size (1 is faster, 5 more accurate)")
    t.add_argument("--force", action="store_true", help="transcribe again (corrections are kept)")
    t.add_argument(
        "--vocabulary",
        metavar="TEXT",
        help="a sentence of names and words to expect (default: assessment and drug words)",
    )
    t.add_argument("--no-vocabulary", action="store_true", help="no expected words at all")
    t.add_argument(
        "--speakers",
        type=int,
        metavar="N",
        help="how many people spoke, if known (one-channel recordings; found by voice otherwise)",
    )

    co = sub.add_parser("correct", help="fix a transcript's word or speaker name; kept apart")
    co.add_argument("path", type=Path)
    co.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help='e.g. "Speaker 1=Assessor"',
    )
    co.add_argument(
        "--word", action="append", default=[], metavar="TIME=TEXT", help='e.g. "12:31.4=codeine"'
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        handler = _COMMANDS[args.command]
        return handler(args)
    except TwindeckError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


# -- record --------------------------------------------------------------------------------------
def _meta(args: argparse.Namespace) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if args.title:
        meta["title"] = args.title
    if args.assessment:
        meta["assessment"] = args.assessment
    if args.present:
        meta["present"] = list(args.present)
    return meta


@contextlib.contextmanager
def _keyboard(recorder: Any) -> Iterator[None]:
    """q stops, p pauses/resumes — only when a person is at a terminal."""
    if not sys.stdin.isatty():
        yield
        return
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    done = threading.Event()

    def read_keys() -> None:
        while not done.is_set():
            ch = os.read(fd, 1)
            if ch in (b"q", b"Q"):
                recorder.stop()
                return
            if ch in (b"p", b"P"):
                recorder.toggle_pause()

    tty.setcbreak(fd)
    threading.Thread(target=read_keys, daemon=True).start()
    try:
        yield
    finally:
        done.set()
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


class _Status:
    """One live status line on stderr: elapsed, level meter, saved-up-to, warnings."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self._last = -1.0

    def __call__(self, progress: Any) -> None:
        from twindeck.meter import bar

        level = progress.level
        warn = ""
        if level.clipping:
            warn = "  CLIPPING: move the microphone further away"
        elif level.silent_for_s >= 5:
            warn = f"  silent for {level.silent_for_s:.0f} s: is the microphone on?"
        state = "PAUSED" if progress.paused else "REC"
        line = (
            f"{state} {clock_text(progress.recorded_s)[:-2]}  {bar(level, 20)} "
            f"{level.rms_dbfs:6.1f} dB  saved up to {clock_text(progress.saved_s)[:-2]}{warn}"
        )
        if self.live:
            self.stream.write("\r\033[K" + line)
            self.stream.flush()
        elif progress.saved_s - self._last >= 60:  # a log line a minute when not at a terminal
            self._last = progress.saved_s
            self.stream.write(line + "\n")

    def end(self) -> None:
        if self.live:
            with contextlib.suppress(OSError):
                self.stream.write("\n")


def _cmd_record(args: argparse.Namespace) -> int:
    from twindeck.capture.file import FileSource
    from twindeck.recorder import Recorder

    if args.realtime and args.input is None:
        raise BadArgument("--realtime goes with --input")
    source: Any
    if args.call and args.input is not None:
        raise BadArgument("--call records this computer's audio; it does not go with --input")
    if args.input is not None:
        source = FileSource(args.input, realtime=args.realtime)
    elif args.call:
        from twindeck.capture.call import CallSource

        source = CallSource(rate_hz=args.rate)
    else:
        from twindeck.capture.microphone import MicrophoneSource

        source = MicrophoneSource(
            device=_device(args.device), rate_hz=args.rate, channels=args.channels
        )
    check_data = _run_check(args) if args.check else None
    key = load_or_create_key(_key_path())
    status = _Status(sys.stderr)
    stamper = None
    if args.tsa:
        from twindeck.timestamps import Stamper

        for url in args.tsa:
            _check_tsa_url(url)
        stamper = Stamper(args.tsa)
    recorder = Recorder(
        source, [args.path, *args.copy_to], key=key, meta=_meta(args), on_progress=status,
        on_checkpoint=stamper.checkpoint if stamper else None,
        timestamps=stamper.ready if stamper else None,
    )  # fmt: skip
    if check_data is not None:
        recorder.add_event("check", check_data)
    print(f"Recording to {', '.join(str(p) for p in [args.path, *args.copy_to])}", file=sys.stderr)
    print(f"Device key {key.fingerprint}", file=sys.stderr)
    if sys.stdin.isatty():
        print("Press q (or Ctrl-C) to stop and seal, p to pause.", file=sys.stderr)
    previous = {
        sig: signal.signal(sig, lambda *_: recorder.stop())
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    }
    try:
        with _keyboard(recorder):
            result = recorder.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        status.end()
    # The recording is sealed; if the terminal has gone (SIGHUP), printing must not fail it.
    with contextlib.suppress(OSError):
        _print_sealed(result)
        if stamper is not None:
            _stamp_after(stamper, args.path, args.tsa)
    return EXIT_PROBLEM if result.failures else EXIT_OK


def _check_tsa_url(url: str) -> None:
    if not url.startswith(("http://", "https://")):
        raise BadArgument(f"{url} is not an http(s) address of a time-stamping authority")


def _stamp_after(stamper: Any, path: Path, urls: list[str]) -> None:
    """After the seal: let the checkpoint requests finish, then stamp the seal itself."""
    from twindeck.errors import TimestampFailed
    from twindeck.timestamps import timestamp_recording

    pending = stamper.finish(path)
    for url in urls:
        try:
            timestamp_recording(path, url)
            stamper.done += 1
        except TimestampFailed:
            pending += 1
            _add_pending(path, {"tree_size": None, "tsa": url})
    print(f"Trusted timestamps: {stamper.done} stored", end="")
    print(f", {pending} waiting: run `twindeck timestamp {path}` when online." if pending else ".")


def _add_pending(path: Path, entry: dict[str, Any]) -> None:
    from twindeck.timestamps import PENDING_NAME

    target = path / PENDING_NAME
    items = json.loads(target.read_text("utf-8")) if target.exists() else []
    items.append(entry)
    target.write_text(json.dumps(items, indent=1), "utf-8")


def _print_sealed(result: RecordingResult) -> None:
    seal = result.seal
    print(f"Sealed: {clock_text(result.duration_s)} recorded.")
    print(f"Seal code: {seal.code}")
    print("Ask the other party to write this code down, or photograph the QR code:")
    from twindeck.qr import seal_text, terminal_qr

    print(terminal_qr(seal_text(seal.recording_id, seal.tree_size, seal.root.hex())))
    for failure in result.failures:
        print(
            f"warning: copy {failure.path} stopped: {failure.reason}"
            + (
                " (sealed up to that moment)"
                if failure.sealed
                else " (run `twindeck recover` on it)"
            ),
            file=sys.stderr,
        )
    for path in result.paths:
        print(f"  {path}")


def _device(value: str | None) -> int | str | None:
    if value is None:
        return None
    return int(value) if value.isdigit() else value


def _key_path() -> Path:
    from twindeck.paths import device_key_path

    return device_key_path()


def _run_check(args: argparse.Namespace) -> dict[str, Any]:
    result = _check(args, getattr(args, "seconds", 10.0))
    print(f"Microphone check: {result.advice}", file=sys.stderr)
    data: dict[str, Any] = result.as_event_data()
    return data


def _check(args: argparse.Namespace, seconds: float) -> Any:
    from twindeck.capture.check import analyse_check
    from twindeck.capture.file import FileSource

    source: Any
    if getattr(args, "input", None) is not None:
        source = FileSource(args.input)
    else:
        from twindeck.capture.microphone import MicrophoneSource

        source = MicrophoneSource(device=_device(args.device), rate_hz=args.rate)
    return analyse_check(_limited(source, seconds), source.fmt)


def _limited(source: Any, seconds: float) -> Iterator[Any]:
    from twindeck.capture import Chunk

    want = int(seconds * source.fmt.rate_hz) * source.fmt.frame_bytes
    got = 0
    for item in source.chunks():
        yield item
        if isinstance(item, Chunk):
            got += len(item.pcm)
            if got >= want:
                source.stop()
                break


def _cmd_check(args: argparse.Namespace) -> int:
    if args.list:
        from twindeck.capture.microphone import list_input_devices

        for device in list_input_devices():
            print(device)
        return EXIT_OK
    if args.seconds <= 0:
        raise BadArgument("--seconds must be positive")
    result = _check(args, args.seconds)
    for line in result.describe_lines():
        print(line)
    return EXIT_OK if result.ok else EXIT_PROBLEM


# -- verify, info --------------------------------------------------------------------------------
def _events_summary(report: Report) -> str:
    counts: dict[str, int] = {}
    for event in report.events:
        counts[event.kind] = counts.get(event.kind, 0) + 1
    return ", ".join(k if n == 1 else f"{k} ×{n}" for k, n in counts.items()) or "none"


def _print_report(report: Report, out: TextIO, *, code_given: bool, key_given: bool) -> None:
    headline = {
        "intact": "INTACT — complete and unchanged since it was sealed.",
        "incomplete": "INCOMPLETE — what is there is unchanged, but the recording was not sealed.",
        "tampered": "NOT INTACT — this copy differs from what was recorded and sealed.",
        "redacted": "INTACT EXCEPT REDACTED PASSAGES — everything else is complete and unchanged.",
    }[report.verdict]
    fmt = report.audio.describe() if report.audio else "?"
    redacted = [
        f"  redacted     {clock_text(r['start_s'])}–{clock_text(r['end_s'])} (segments "
        f"{r['first']}–{r['last']}) silenced; reason given: {r['reason']}"
        for r in report.redactions
    ]
    lines = [
        f"{report.path}: {headline}",
        *redacted,
        f"  recording    {report.recording_id}",
        f"  started      {report.started}   length {clock_text(report.duration_s)}  "
        f"({report.segments} segments, {fmt})",
    ]
    if report.sealed:
        lines.append(
            f"  seal code    {report.seal_code}   sealed {report.seal_time} ({report.end})"
        )
    lines += [
        f"  device key   {report.key_fingerprint}",
        f"  checkpoints  {report.checkpoints_valid} of {report.checkpoints} signed during the "
        "recording, consistent with the seal",
        f"  events       {_events_summary(report)}",
    ]
    lines += [f"  ✗ {problem.message}" for problem in report.problems]
    lines += [f"  ! {warning.message}" for warning in report.warnings]
    valid_cs = [c for c in report.countersignatures if c.valid]
    lines += [
        "  What binds it to the room:",
        "    seal code    "
        + (
            "matches the code given"
            if code_given and report.ok
            else "checked: see above"
            if code_given
            else "not checked (give the code the other party wrote down with --code)"
        ),
        "    device key   "
        + (
            "matches the key given"
            if key_given and report.ok
            else "checked: see above"
            if key_given
            else "not checked (--key FINGERPRINT)"
        ),
        f"    other party  {len(valid_cs)} countersignature(s)"
        + (": " + ", ".join(sorted({c.fingerprint for c in valid_cs})) if valid_cs else ""),
        *(
            [f"    timestamp    {text}" for text in report.timestamp_checks]
            or ["    timestamps   none"]
        ),
    ]
    if report.verdict == "intact":
        lines += [
            textwrap.fill(line, 96, initial_indent="  ", subsequent_indent="  ") for line in PROVES
        ]
    elif report.verdict == "incomplete":
        lines.append("  Run `twindeck recover` on the device that made it to seal what is there.")
    print("\n".join(lines), file=out)


def _cmd_verify(args: argparse.Namespace) -> int:
    from twindeck.seal.clip import is_clip

    if len(args.paths) == 1 and is_clip(args.paths[0]):
        return _verify_clip(args)
    reports = []
    for path in args.paths:
        audio = None
        if args.audio is not None:
            audio = _audio_copy(path, args.audio)
        report = verify_recording(path, expect_key=args.key, expect_code=args.code, audio=audio)
        _check_timestamps(path, report, args.tsa_roots)
        for code, message, at in getattr(audio, "problems", []):  # what only the copy shows
            report.problems.append(Problem(code, message, start_s=at))
            report.verdict = "tampered"
        reports.append(report)
    identical = None
    if len(reports) > 1:
        first = reports[0]
        identical = all(
            r.recording_id == first.recording_id
            and r.root == first.root
            and r.tree_size == first.tree_size
            for r in reports[1:]
        )
    if args.json:
        if len(reports) == 1:
            json.dump(reports[0].as_dict(), sys.stdout, indent=2, ensure_ascii=False)
        else:
            json.dump(
                {
                    "schema": "twindeck.verify-many/1",
                    "identical": identical,
                    "results": [r.as_dict() for r in reports],
                },
                sys.stdout,
                indent=2,
                ensure_ascii=False,
            )
        print()
    else:
        for report in reports:
            _print_report(
                report, sys.stdout, code_given=args.code is not None, key_given=args.key is not None
            )
        if identical is not None:
            if identical and all(r.ok for r in reports):
                print(
                    f"IDENTICAL — all {len(reports)} are copies of one recording with the same "
                    f"seal ({reports[0].seal_code})."
                )
            elif identical:
                print("SAME RECORDING — same seal, but not every copy is intact (see above).")
            else:
                print("DIFFERENT — these are not identical copies of one sealed recording.")
    ok = all(r.ok for r in reports) and identical in (None, True)
    return EXIT_OK if ok else EXIT_PROBLEM


def _audio_copy(path: Path, audio: Path) -> Any:
    from twindeck.audiofile import AudioFileBytes

    header = _read_report(path)
    assert header.audio is not None
    if audio.suffix.lower() == ".cue":
        from twindeck.export.cd import CdImageBytes

        return CdImageBytes(audio, header.audio)
    return AudioFileBytes(audio, header.audio)


def _read_report(path: Path) -> Report:
    return verify_recording(path)


def _cmd_info(args: argparse.Namespace) -> int:
    report = verify_recording(args.path)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return EXIT_OK
    meta = report.meta
    print(f"{args.path}")
    for key, label in (("title", "title"), ("assessment", "assessment")):
        if key in meta:
            print(f"  {label:<12} {meta[key]}")
    if meta.get("present"):
        print(f"  {'present':<12} {', '.join(map(str, meta['present']))}")
    fmt = report.audio.describe() if report.audio else "?"
    print(f"  {'started':<12} {report.started}")
    print(
        f"  {'ended':<12} {report.seal_time or '(not sealed)'}"
        + (f" ({report.end})" if report.end else "")
    )
    print(f"  {'length':<12} {clock_text(report.duration_s)}  {fmt}")
    print(
        f"  {'source':<12} {report.source.get('kind', '?')}"
        + (f" ({report.source['name']})" if "name" in report.source else "")
    )
    print(f"  {'seal code':<12} {report.seal_code or '(not sealed)'}")
    print(f"  {'device key':<12} {report.key_fingerprint}")
    print(f"  {'verdict':<12} {report.verdict}")
    print("  events:")
    for event in report.events:
        detail = ", ".join(f"{k}={v}" for k, v in event.data.items())
        print(
            f"    {clock_text(event.at_s):>9}  {event.time}  {event.kind}"
            + (f"  {detail}" if detail else "")
        )
    return EXIT_OK


# -- export, recover, qr, key -------------------------------------------------------------------
def _require_intact(path: Path) -> Report:
    report = verify_recording(path)
    if report.verdict == "incomplete":
        raise NotSealed(f"{path} is not sealed")
    if not report.ok:
        raise NotIntact(f"{path} is not intact: {report.problems[0].message}")
    return report


def _cmd_export(args: argparse.Namespace) -> int:
    from twindeck.audiofile import WRITABLE, write_audio_file
    from twindeck.seal import open_recording

    target: Path = args.to
    name = target.name.lower()
    if target.exists():
        raise BadArgument(f"{target} already exists; twindeck never overwrites a file")
    if args.c2pa and target.suffix.lower() != ".wav":
        raise BadArgument("--c2pa goes with a .wav export")
    report = _require_intact(args.path)
    if name.endswith(".twindeck.zip"):
        if not args.path.is_dir():
            raise BadArgument(f"{args.path} is already a single file: copy it as it is")
        pack_recording(args.path, target)
        print(f"Wrote {target} (seal code {report.seal_code})")
        return EXIT_OK
    if target.suffix.lower() == ".iso":
        from twindeck.export.iso import write_iso

        names = write_iso(args.path, report, target)
        print(f"Wrote {target}: a data disc image with {', '.join(names)}.")
        return EXIT_OK
    if target.suffix.lower() == ".cue":
        from twindeck.export.cd import write_cd_image

        binary, tracks = write_cd_image(args.path, report, target)
        print(
            f"Wrote {target} and {binary.name}: an audio CD image, {tracks} track(s), "
            f"{clock_text(report.duration_s)} sample-exact (seal code {report.seal_code}). "
            "Burn it as an audio CD with any burning program."
        )
        return EXIT_OK
    if target.suffix.lower() not in WRITABLE:
        raise BadArgument(
            f"cannot export to {target.suffix or 'a file without an extension'}: "
            "choose .wav, .flac, .cue (an audio CD image), .iso (a data disc) or .twindeck.zip"
        )
    assert report.audio is not None
    files = open_recording(args.path)
    try:
        step = report.audio.rate_hz * report.audio.frame_bytes * 10
        size = report.frames * report.audio.frame_bytes
        spans = [(start, min(step, size - start)) for start in range(0, size, step)]
        write_audio_file(target, report.audio, (bytes(b) for b in files.audio.ranges(spans)))
    finally:
        files.close()
    if args.c2pa:
        from twindeck.export.c2pa_wav import sign_wav
        from twindeck.paths import data_dir

        sign_wav(target, report, data_dir() / "keys")
    print(
        f"Wrote {target}: {clock_text(report.duration_s)} of {report.audio.describe()}, "
        f"sample-exact (seal code {report.seal_code})"
        + (", with Content Credentials" if args.c2pa else "")
    )
    return EXIT_OK


def _cmd_recover(args: argparse.Namespace) -> int:
    from twindeck.seal import load_key

    result = recover_recording(args.path, load_key(_key_path()), SystemClock())
    report = result.report
    lost = ""
    if report.audio and result.discarded_frames:
        lost = (
            f"; {result.discarded_frames / report.audio.rate_hz:.2f} s of unsealed audio discarded"
        )
    print(f"Recovered {args.path}: {clock_text(report.duration_s)} sealed as interrupted{lost}.")
    print(f"Seal code: {result.seal.code}")
    return EXIT_OK


def _cmd_qr(args: argparse.Namespace) -> int:
    from twindeck.qr import save_qr_png, seal_text, terminal_qr

    report = _require_intact(args.path)
    uri = seal_text(report.recording_id, report.tree_size, report.root)
    if args.to is not None:
        save_qr_png(uri, args.to)
        print(f"Wrote {args.to} (seal code {report.seal_code})")
    else:
        print(terminal_qr(uri))
        print(f"Seal code: {report.seal_code}")
    return EXIT_OK


def _cmd_key(args: argparse.Namespace) -> int:
    path = _key_path()
    key = load_or_create_key(path)
    print(f"Device key   {key.fingerprint}")
    print(f"Kept in      {path} (readable by you only)")
    return EXIT_OK


def _cmd_verifier(args: argparse.Namespace) -> int:
    from twindeck.web.offline import write_offline_verifier

    write_offline_verifier(args.to)
    print(f"Wrote {args.to}: open it in a browser and choose a .twindeck.zip to check it, offline.")
    return EXIT_OK


def _check_timestamps(path: Path, report: Report, roots_path: Path | None) -> None:
    """RFC 3161 tokens are checked here, outside the core (they need ASN.1 and X.509)."""
    if not report.timestamps:
        return
    from twindeck.seal import open_recording
    from twindeck.timestamps import check_recording_timestamps, load_roots

    files = open_recording(path)
    try:
        checks = check_recording_timestamps(files.log, report, load_roots(roots_path))
    finally:
        files.close()
    report.timestamp_checks = [c.describe() for c in checks]
    for check in checks:
        if not check.valid:
            report.problems.append(Problem("bad_timestamp", check.describe().removeprefix("✗ ")))
            report.verdict = "tampered"


def _verify_clip(args: argparse.Namespace) -> int:
    from twindeck.seal.clip import verify_clip

    if args.audio is not None:
        raise BadArgument("--audio checks a whole recording's audio, not a clip's")
    r = verify_clip(args.paths[0])
    code_ok = args.code is None or normalise_code(args.code) == r.seal_code
    key_ok = args.key is None or normalise_code(args.key) == normalise_code(r.key_fingerprint)
    ok = r.ok and code_ok and key_ok
    if args.json:
        data = {
            "schema": "twindeck.verify-clip/1",
            "path": r.path,
            "verdict": r.verdict if ok else "tampered",
            "recording_id": r.recording_id,
            "seal_code": r.seal_code,
            "key_fingerprint": r.key_fingerprint,
            "start_s": r.start_s,
            "end_s": r.end_s,
            "recording_s": r.recording_s,
            "segments": r.segments,
            "events": [{"kind": k, "at_s": t, "data": d} for k, t, d in r.events],
            "countersignatures": [{"name": n, "fingerprint": f} for n, f in r.countersignatures],
            "problems": r.problems
            + ([] if code_ok else [f"the seal code is {r.seal_code}, not {args.code}"])
            + ([] if key_ok else [f"signed by key {r.key_fingerprint}, not {args.key}"]),
        }
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return EXIT_OK if ok else EXIT_PROBLEM
    if r.ok:
        print(f"{r.path}: INTACT CLIP — {r.summary()}.")
    else:
        print(f"{r.path}: NOT INTACT — this clip does not prove what it claims.")
    print(f"  device key   {r.key_fingerprint}")
    for kind, at, data in r.events:
        text = f"  {data['text']}" if kind == "note" and "text" in data else ""
        print(f"  {clock_text(at):>9}  {kind}{text}")
    for name, fp in r.countersignatures:
        print(f"  countersigned by {name or '(no name)'} ({fp})")
    for problem in r.problems:
        print(f"  ✗ {problem}")
    if not code_ok:
        print(f"  ✗ the seal code is {r.seal_code}, not the {args.code} that was written down")
    if not key_ok:
        print(f"  ✗ signed by key {r.key_fingerprint}, not {args.key}")
    return EXIT_OK if ok else EXIT_PROBLEM


def _cmd_report(args: argparse.Namespace) -> int:
    from twindeck.report import report_text_path, review
    from twindeck.report.compare import check_report
    from twindeck.report.statements import read_report, split_statements
    from twindeck.transcribe.model import Transcript

    if args.report_command == "descriptors":
        _print_descriptors(args.scheme)
        return EXIT_OK
    target = report_text_path(args.path)
    if args.report_command == "add":
        report = _require_intact(args.path)
        text = read_report(args.report)
        statements = split_statements(text)
        if not statements:
            raise BadArgument(f"{args.report} has no sentences twindeck can read")
        target.write_text(text, "utf-8")
        quantified = sum(1 for s in statements if s.quantities)
        reported = sum(1 for s in statements if s.reported)
        print(
            f"Imported {args.report.name} for {args.path.name} (seal code {report.seal_code}): "
            f"{len(statements)} statements, {reported} of reported speech, {quantified} with "
            "numbers."
        )
        print(f"Next: twindeck report check {args.path}")
        return EXIT_OK
    findings_path = review.findings_path(args.path)
    if args.report_command == "reject":
        if not findings_path.exists():
            raise BadArgument(f"no findings yet: twindeck report check {args.path}")
        data = review.load(findings_path)
        for n in args.number:
            if not 1 <= n <= len(data["findings"]):
                raise BadArgument(f"there is no finding {n} (1–{len(data['findings'])})")
            review.edit(data, n, {"rejected": True})
        review.save(findings_path, data)
        print(f"Finding(s) {', '.join(map(str, args.number))} will be left out of the bundle.")
        return EXIT_OK
    if not target.exists():
        raise BadArgument(f"no report imported yet: twindeck report add {args.path} REPORT.pdf")
    stem_json = target.with_name(target.name.replace(".report.txt", ".transcript.json"))
    if not stem_json.exists():
        raise BadArgument(f"not transcribed yet: twindeck transcribe {args.path}")
    report = _require_intact(args.path)
    transcript = Transcript.from_json(json.loads(stem_json.read_text("utf-8")))
    if transcript.seal_root != report.root:
        raise BadArgument("the transcript was made from another version of this recording")
    findings = check_report(
        split_statements(target.read_text("utf-8")), transcript, report.duration_s, args.scheme
    )
    out = findings_path
    # a second check keeps what a person decided about the first one's findings
    old = review.load(out) if out.exists() else None
    data = review.merge(old, findings, report.seal_code)
    review.save(out, data)
    kept = sum(1 for f in data["findings"] if f.get("own"))
    labels = {
        "number_changed": "NUMBER CHANGED",
        "qualifier_dropped": "QUALIFIER DROPPED",
        "never_said": "NEVER SAID",
        "never_asked": "NEVER ASKED ABOUT",
        "impossible": "NOT POSSIBLE",
        "supported": "supported",
    }
    for n, f in enumerate(findings, 1):
        if not args.all and f.kind == "supported":
            continue
        print(f"{n}. {labels[f.kind]}: {f.statement}")
        if f.activity:
            print(f"  Bears on {f.activity}.")
        print(f"  {f.detail}")
        if f.passage is not None:
            print(
                f"  [{clock_text(f.passage.start_s)}–{clock_text(f.passage.end_s)}] "
                f"{f.passage.text}"
            )
        print()
    departures = sum(1 for f in findings if f.kind != "supported")
    print(
        f"{departures} departure(s), {len(findings) - departures} statement(s) supported. "
        f"Saved {out.name}." + (f" Kept {kept} finding(s) you added." if kept else "")
    )
    return EXIT_OK


def _print_descriptors(scheme: str | None) -> None:
    from twindeck.report.descriptors import ACTIVITIES, PIP_RELIABILITY

    for activity in ACTIVITIES:
        if scheme and activity.scheme != scheme:
            continue
        print(f"{activity.title} (in force from {activity.in_force})")
        for d in sorted(activity.descriptors, key=lambda d: d.letter):
            print(f"  {d.letter}  {d.points:2d}  {d.text}")
        print(f"  Source: {activity.source}")
    if scheme != "WCA":
        print(f"PIP reliability: {PIP_RELIABILITY}.")
    print("Shortened wording; check the current regulations before quoting them in a submission.")


def _passphrase(args: argparse.Namespace, twice: bool = False) -> str:
    if args.passphrase_file is not None:
        try:
            text: str = args.passphrase_file.read_text("utf-8")
            return text.rstrip("\n")
        except OSError as exc:
            raise BadArgument(f"cannot read {args.passphrase_file}: {exc.strerror}") from None
    import getpass

    if not sys.stdin.isatty():
        raise BadArgument("give --passphrase-file, or run this at a terminal to type it")
    first = getpass.getpass("Passphrase: ")
    if twice and getpass.getpass("The same passphrase again: ") != first:
        raise BadArgument("the two passphrases differ; nothing was changed")
    return first


def _cmd_lock(args: argparse.Namespace) -> int:
    from twindeck.paths import data_dir
    from twindeck.vault import check_passphrase, lock_file, lock_library, set_passphrase

    home = data_dir()
    home.mkdir(parents=True, exist_ok=True)
    first = not lock_file(home).exists()
    passphrase = _passphrase(args, twice=first)
    if first:
        if len(passphrase) < 8:
            raise BadArgument("choose a passphrase of at least 8 characters (a few words is best)")
        set_passphrase(home, passphrase)
    else:
        check_passphrase(home, passphrase)
    folder = home / "recordings"
    done = lock_library(home, folder, passphrase)
    print(f"Locked {len(done)} file(s). Without the passphrase they cannot be read — and without "
          "it, neither can you: keep it somewhere safe.")  # fmt: skip
    left = [p.name for p in folder.glob("*.twindeck")]
    for name in left:
        print(f"  left in the clear: {name} (not sealed: recording, or run `twindeck recover`)")
    return EXIT_OK


def _cmd_unlock(args: argparse.Namespace) -> int:
    from twindeck.paths import data_dir
    from twindeck.vault import unlock_library

    home = data_dir()
    done = unlock_library(home, home / "recordings", _passphrase(args))
    print(f"Unlocked {len(done)} file(s); every recording verified. Run `twindeck lock` when done.")
    return EXIT_OK


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from twindeck.vault import encrypt_file

    if args.to.exists():
        raise BadArgument(f"{args.to} already exists; twindeck never overwrites a file")
    source = args.path
    if source.is_dir():
        raise BadArgument("encrypt the single file: `twindeck export REC --to NAME.twindeck.zip`")
    passphrase = _passphrase(args, twice=True)
    encrypt_file(source, args.to, passphrase)
    print(f"Wrote {args.to}. Tell the passphrase separately (by phone, not in the same e-mail).")
    return EXIT_OK


def _cmd_decrypt(args: argparse.Namespace) -> int:
    from twindeck.vault import decrypt_file

    decrypt_file(args.path, args.to, _passphrase(args))
    print(f"Wrote {args.to}. Check it: twindeck verify {args.to}")
    return EXIT_OK


def _cmd_compare(args: argparse.Namespace) -> int:
    from twindeck.compare import compare, load_any, load_recording

    _require_intact(args.path)
    ours, other = load_recording(args.path), load_any(args.other)
    spans = compare(ours, other)
    if args.json:
        json.dump(
            {"schema": "twindeck.compare/1", "spans": [
                {"kind": s.kind, "ours_s": s.ours_s, "other_s": s.other_s} for s in spans
            ]},
            sys.stdout, indent=2,
        )  # fmt: skip
        print()
    elif not spans:
        print("The other copy holds the same audio as ours, with nothing missing or added.")
    else:
        print(f"{len(spans)} difference(s) between {args.path.name} and {args.other.name}:")
        for span in spans:
            print(f"  {span.describe()}")
    return EXIT_OK if not spans else EXIT_PROBLEM


def _cmd_redact(args: argparse.Namespace) -> int:
    from twindeck.seal.redact import redact_recording

    start, end = _time_arg(args.start), _time_arg(args.end)
    report = redact_recording(args.path, [(start, end, args.reason)], args.to)
    print(f"Wrote {args.to}: {report.verdict.upper()} — everything else verifies against seal "
          f"{report.seal_code}.")  # fmt: skip
    for r in report.redactions:
        print(f"  silenced {clock_text(r['start_s'])}–{clock_text(r['end_s'])}: {r['reason']}")
    return EXIT_OK


def _cmd_bundle(args: argparse.Namespace) -> int:
    from twindeck.export.bundle import load_findings, make_bundle
    from twindeck.report.review import findings_path as findings_file

    findings_path = findings_file(args.path)
    if not findings_path.exists():
        raise BadArgument(f"no findings yet: twindeck report check {args.path}")
    report = _require_intact(args.path)
    findings = [f for f in load_findings(findings_path) if not f.get("rejected")]
    if args.to.suffix.lower() == ".docx":
        from twindeck.export.bundle import write_docx

        write_docx(report, findings, args.to, args.letter)
        print(f"Wrote {args.to}: the bundle to edit (make the PDF for the clips).")
        return EXIT_OK
    pages, clips = make_bundle(args.path, report, findings, args.to, args.letter)
    print(
        f"Wrote {args.to}: {pages} numbered pages; {len(clips)} clip(s) in {clips[0].parent.name}/"
        if clips
        else f"Wrote {args.to}: {pages} numbered pages."
    )
    return EXIT_OK


def _cmd_timestamp(args: argparse.Namespace) -> int:
    from twindeck.timestamps import PENDING_NAME, send_pending, timestamp_recording

    waiting = args.path / PENDING_NAME if args.path.is_dir() else None
    if not args.tsa and not (waiting and waiting.exists()):
        raise BadArgument("give --tsa URL (nothing is waiting to be sent for this recording)")
    for url in args.tsa:
        _check_tsa_url(url)
        check = timestamp_recording(args.path, url)
        print(f"Timestamped by {url}: {check.describe()}")
    if waiting and waiting.exists():
        sent, left = send_pending(args.path)
        print(f"Sent {sent} waiting request(s); {left} still waiting." if left else
              f"Sent {sent} waiting request(s): their tokens prove the time they were sent, "
              "not the time of recording.")  # fmt: skip
    return EXIT_OK


def _cmd_case(args: argparse.Namespace) -> int:
    import datetime as dt

    from twindeck.deadlines import CASE_DATES, calendar_file, deadlines, in_words, parse_date
    from twindeck.paths import data_dir
    from twindeck.store import Store

    store = Store(data_dir() / "twindeck.sqlite")
    try:
        action = args.case_command
        if action == "new":
            fields = {
                f: getattr(args, f)
                for f in ("provider", "claimant", "address", "reference", "helper")
            }
            case = store.new_case(args.name, args.benefit, **fields)
            print(f"Case {case.id}: {case.name} ({case.benefit_name})")
            print(f'Next: twindeck case date {case.id} --assessment "3 March 2026"')
            return EXIT_OK
        if action == "import":
            from twindeck.caseio import import_case

            done = import_case(args.file, store, data_dir() / "recordings")
            for problem in done.problems:
                print(f"PROBLEM: {problem}")
            for name, outcome in done.checked:
                print(f"  {name}: {outcome}")
            print(f"Imported case {done.case.id}: {done.case.name}")
            return EXIT_PROBLEM if done.problems else EXIT_OK
        if action == "list":
            cases = store.all()
            if not cases:
                print('No cases yet: twindeck case new "Jane\'s PIP claim" --benefit pip')
            for case in cases:
                upcoming = [d for d in deadlines(case.dates) if d.days_left >= -31]
                nxt = (
                    f"  — {upcoming[0].rule.name}: "
                    f"{in_words(upcoming[0].due)} ({upcoming[0].state})"
                    if upcoming
                    else ""
                )
                print(f"{case.id}  {case.name}{nxt}")
            return EXIT_OK
        case = store.find(args.case)
        if action == "set":
            fields = {
                f: getattr(args, f)
                for f in ("name", "provider", "claimant", "address", "reference", "helper")
                if getattr(args, f) is not None
            }
            store.update(case.id, **fields)
            print(f"Updated case {case.id}.")
            return EXIT_OK
        if action == "date":
            given = {
                k: getattr(args, k.replace("-", "_"))
                for k in ("assessment", "decision", "mr-notice", "sar-sent")
            }
            if not any(given.values()):
                raise BadArgument(
                    "give at least one of --assessment, --decision, --mr-notice, --sar-sent"
                )
            for kind, text in given.items():
                if text:
                    day = parse_date(text)
                    store.set_date(case.id, kind.replace("-", "_"), day)
                    print(f"{CASE_DATES[kind.replace('-', '_')].capitalize()}: {in_words(day)}")
            case = store.get(case.id)
            _print_deadlines(case)
            return EXIT_OK
        if action == "add":
            report = verify_recording(args.recording)
            if not report.ok:
                raise NotIntact(f"{args.recording} is {report.verdict}; `twindeck verify` says why")
            store.add_recording(case.id, args.recording, report.recording_id, report.seal_code)
            print(f"Added {args.recording} (seal code {report.seal_code}) to case {case.id}.")
            return EXIT_OK
        if action == "calendar":
            if args.to.exists():
                raise BadArgument(f"{args.to} already exists; twindeck never overwrites a file")
            items = deadlines(case.dates)
            if not items:
                raise BadArgument(
                    "no deadlines yet: add the decision date first (case date --decision)"
                )
            args.to.write_text(
                calendar_file(case.name, items, dt.datetime.now(dt.UTC)), "utf-8", newline=""
            )
            print(
                f"Wrote {args.to}: {len(items)} deadline(s), "
                "each with reminders a week and a day before."
            )
            return EXIT_OK
        if action == "letter":
            from twindeck.letters import compose, write_letter

            letter = compose(args.kind, case, dt.date.today())
            write_letter(letter, case, dt.date.today(), args.to)
            blanks = sum(p.count("[") for p in letter.paragraphs)
            print(f"Wrote {args.to}: {letter.title}.")
            if blanks:
                print(f"  {blanks} blank(s) marked [like this] are for you to fill in.")
            return EXIT_OK
        if action == "show":
            print(f"{case.id}  {case.name}")
            print(f"  benefit      {case.benefit_name}")
            for label, value in (
                ("provider", case.provider),
                ("claimant", case.claimant),
                ("reference", case.reference),
                ("helping", case.helper),
            ):
                if value:
                    print(f"  {label:<12} {value}")
            for kind, day in sorted(case.dates.items(), key=lambda kv: kv[1]):
                print(f"  {CASE_DATES[kind]:<40} {in_words(day)}")
            _print_deadlines(case)
            for path, _rid, code in case.recordings:
                print(f"  recording    {path} (seal code {code})")
            return EXIT_OK
        if action == "export":
            from twindeck.caseio import export_case

            n = export_case(case, args.to, inline=not args.by_reference)
            how = "by reference" if args.by_reference else "included"
            print(f"Wrote {args.to}: case {case.name}, {n} recording(s) {how}.")
            return EXIT_OK
        if action == "delete":
            if not args.yes:
                raise BadArgument(
                    f"this deletes case {case.id} ({case.name}) and its recordings, transcripts "
                    "and reports for good: add --yes"
                )
            from twindeck.transcribe import transcript_stem
            from twindeck.vault import remove_for_good

            removed = []
            for path_text, _rid, _code in case.recordings:
                linked = Path(path_text)
                stem = transcript_stem(linked)
                beside = [p for p in linked.parent.glob(stem.name + ".*") if p != linked]
                for item in [linked, *beside]:
                    if item.exists():
                        remove_for_good(item)
                        removed.append(item.name)
            store.delete(case.id)
            print(f"Deleted case {case.id}: {len(removed)} file(s) overwritten and removed.")
            print(
                "What may remain elsewhere: copies you exported or gave away, letters you saved, "
                "backups of this computer, and blocks an SSD or the file system kept (overwriting "
                "is best effort there)."
            )
            return EXIT_OK
        raise BadArgument(f"unknown case action {action}")
    finally:
        store.close()


def _print_deadlines(case: Any) -> None:
    from twindeck.deadlines import deadlines, in_words

    for d in deadlines(case.dates):
        flag = "OVERDUE " if d.days_left < 0 else ""
        print(f"  {flag}{d.rule.name}: {in_words(d.due)} ({d.state})")
        if d.rule.note:
            print(f"      {d.rule.note}")


def _cmd_certificate(args: argparse.Namespace) -> int:
    from twindeck.export.certificate import write_certificate

    report = verify_recording(args.path)
    _check_timestamps(args.path, report, None)  # a forged token makes it not intact, as in verify
    write_certificate(report, args.path.name, args.to)
    print(
        f"Wrote {args.to}: the seal certificate of {args.path.name} (seal code {report.seal_code})"
    )
    return EXIT_OK


def _cmd_clip(args: argparse.Namespace) -> int:
    from twindeck.seal.clip import make_clip

    start, end = _time_arg(args.start), _time_arg(args.end)
    if not str(args.to).endswith(".twindeck.zip"):
        raise BadArgument("a clip is written as NAME.twindeck.zip")
    try:
        r = make_clip(args.path, start, end, args.to)
    except ValueError as exc:
        raise BadArgument(str(exc)) from None
    print(f"Wrote {args.to}: {r.summary()} ({r.segments} segments, each with its proof).")
    return EXIT_OK


# -- serve ---------------------------------------------------------------------------------------
def _cmd_serve(args: argparse.Namespace) -> int:
    import asyncio
    import webbrowser

    import uvicorn

    from twindeck.paths import data_dir
    from twindeck.web import Lan, create_app

    if not 1 <= args.port <= 65534:
        raise BadArgument("--port must be 1–65534")
    folder = args.folder or data_dir() / "recordings"
    key = load_or_create_key(_key_path())
    lan = None
    if args.lan:
        from twindeck.web.tls import lan_address, load_or_create

        address = lan_address()
        cert = load_or_create(data_dir() / "tls", [address])
        lan = Lan(address, args.port + 1, cert.fingerprint)
    app = create_app(folder, key, port=args.port, lan=lan)
    url = f"http://127.0.0.1:{args.port}/"
    print(f"twindeck is at {url} (this computer only). Recordings go to {folder}")
    if lan is not None:
        print(f"The other party joins over the network at https://{lan.address}:{lan.port}/join/…")
        print(f"  certificate fingerprint (SHA-256) {lan.fingerprint}")
    print(f"Device key {key.fingerprint}. Press Ctrl-C to stop; recordings in progress are sealed.")
    configs = [uvicorn.Config(app, host="127.0.0.1", port=args.port, log_level="warning")]
    if lan is not None:
        configs.append(
            uvicorn.Config(
                app,
                host="0.0.0.0",
                port=lan.port,
                log_level="warning",
                ssl_certfile=str(cert.cert_path),
                ssl_keyfile=str(cert.key_path),
            )
        )
    servers = [uvicorn.Server(c) for c in configs]
    if not args.no_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()

    async def serve_all() -> None:
        await asyncio.gather(*(server.serve() for server in servers))

    try:
        asyncio.run(serve_all())
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after a graceful shutdown
        pass
    except OSError as exc:
        raise BadArgument(f"cannot listen on port {args.port}: {exc.strerror}") from exc
    print("Stopped. Every recording in progress was sealed.")
    return EXIT_OK


# -- transcribe, correct -------------------------------------------------------------------------
def _transcript_paths(recording: Path) -> tuple[Path, Path, Path]:
    from twindeck.transcribe import transcript_stem
    from twindeck.transcribe.model import Corrections

    stem = transcript_stem(recording)
    machine = stem.with_name(stem.name + ".transcript.json")
    return stem, machine, Corrections.path_for(machine)


def _cmd_transcribe(args: argparse.Namespace) -> int:
    from twindeck.transcribe import Engine, Settings, transcribe_recording
    from twindeck.transcribe.formats import write_all
    from twindeck.transcribe.model import Corrections

    stem, machine_path, corrections_path = _transcript_paths(args.path)
    if machine_path.exists() and not args.force:
        raise BadArgument(
            f"{machine_path} exists; add --force to transcribe again (corrections are kept)"
        )
    if args.beam < 1:
        raise BadArgument("--beam must be 1 or more")
    if args.speakers is not None and not 1 <= args.speakers <= 10:
        raise BadArgument("--speakers is a number from 1 to 10")
    settings = Settings(beam_size=args.beam, speakers=args.speakers)
    if args.no_vocabulary:
        settings = Settings(beam_size=args.beam, prompt=None, speakers=args.speakers)
    elif args.vocabulary:
        settings = Settings(beam_size=args.beam, prompt=args.vocabulary, speakers=args.speakers)
    engine = Engine(args.model, settings)
    bar = _ProgressBar(sys.stderr, "Transcribing")
    transcript = transcribe_recording(args.path, engine, progress=bar)
    bar.end()
    corrections = Corrections.load(corrections_path, transcript.recording_id)
    written = write_all(transcript, corrections.apply(transcript), stem)
    words = len(transcript.words)
    speed = transcript.engine.get("speed_x_realtime")
    print(
        f"Transcribed {clock_text(transcript.duration_s)} in "
        f"{transcript.engine.get('seconds_taken')} s ({speed}× real time): {words} words, "
        f"{len(transcript.speakers)} speaker(s)."
    )
    if not words:
        print("No speech was found in the recording.")
    for path in written:
        print(f"  {path}")
    return EXIT_OK


def _time_arg(text: str) -> float:
    try:
        parts = [float(p) for p in text.split(":")]
    except ValueError:
        raise BadArgument(f"{text!r} is not a time like 12:31.4") from None
    if not 1 <= len(parts) <= 3 or any(p < 0 for p in parts):
        raise BadArgument(f"{text!r} is not a time like 12:31.4")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


def _cmd_correct(args: argparse.Namespace) -> int:
    from twindeck.transcribe.formats import write_all
    from twindeck.transcribe.model import Corrections, Transcript

    stem, machine_path, corrections_path = _transcript_paths(args.path)
    if not machine_path.exists():
        raise BadArgument(f"no transcript yet: run `twindeck transcribe {args.path}` first")
    try:
        machine = Transcript.from_json(json.loads(machine_path.read_text("utf-8")))
    except ValueError as exc:
        raise BadArgument(f"{machine_path} is not readable JSON ({exc})") from exc
    corrections = Corrections.load(corrections_path, machine.recording_id)
    for item in args.speaker:
        old, sep, new = item.partition("=")
        if not sep or not new.strip():
            raise BadArgument(f'--speaker takes OLD=NEW, e.g. "Speaker 1=Assessor", not {item!r}')
        known = set(machine.speakers) | set(corrections.speaker_names)
        if old.strip() not in known:
            raise BadArgument(f"no speaker {old.strip()!r}; the speakers are {sorted(known)}")
        corrections.speaker_names[old.strip()] = new.strip()
    for item in args.word:
        when, sep, text = item.partition("=")
        if not sep or not text.strip():
            raise BadArgument(f'--word takes TIME=TEXT, e.g. "12:31.4=codeine", not {item!r}')
        t = _time_arg(when.strip())
        place = _word_at(machine, t)
        if place is None:
            raise BadArgument(f"no word within half a second of {when.strip()}")
        corrections.words.setdefault(place, {})["text"] = text.strip()
    corrections.save(corrections_path)
    written = write_all(machine, corrections.apply(machine), stem)
    changed = len(corrections.words)
    print(
        f"Saved {corrections_path.name}: {changed} word(s) corrected by hand, "
        f"{len(corrections.speaker_names)} speaker name(s)."
    )
    for path in written[1:]:
        print(f"  {path}")
    return EXIT_OK


def _word_at(transcript: Any, t: float) -> str | None:
    best: tuple[float, str] | None = None
    for ui, u in enumerate(transcript.utterances):
        for wi, w in enumerate(u.words):
            distance = (
                0.0 if w.start_s <= t <= w.end_s else min(abs(w.start_s - t), abs(w.end_s - t))
            )
            if distance <= 0.5 and (best is None or distance < best[0]):
                best = (distance, f"{ui}.{wi}")
    return None if best is None else best[1]


class _ProgressBar:
    """Audio time done, speed and time left, on one line (a line a minute when not a terminal)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream, self.label = stream, label
        self.live = stream.isatty()
        self.began = time.monotonic()
        self._last = 0.0

    def __call__(self, done_s: float, total_s: float) -> None:
        spent = time.monotonic() - self.began
        speed = done_s / spent if spent > 0 else 0.0
        left = (total_s - done_s) / speed if speed > 0 else 0.0
        filled = int(30 * done_s / total_s) if total_s else 30
        line = (
            f"{self.label} [{'#' * filled}{'-' * (30 - filled)}] {clock_text(done_s)[:-2]} of "
            f"{clock_text(total_s)[:-2]}, {speed:.1f}× real time, about {left:.0f} s left"
        )
        with contextlib.suppress(OSError):
            if self.live:
                self.stream.write("\r\033[K" + line)
                self.stream.flush()
            elif spent - self._last >= 60 or done_s >= total_s:
                self._last = spent
                self.stream.write(line + "\n")

    def end(self) -> None:
        if self.live:
            with contextlib.suppress(OSError):
                self.stream.write("\n")


_COMMANDS = {
    "record": _cmd_record,
    "verify": _cmd_verify,
    "info": _cmd_info,
    "export": _cmd_export,
    "recover": _cmd_recover,
    "check": _cmd_check,
    "qr": _cmd_qr,
    "key": _cmd_key,
    "serve": _cmd_serve,
    "verifier": _cmd_verifier,
    "clip": _cmd_clip,
    "certificate": _cmd_certificate,
    "case": _cmd_case,
    "timestamp": _cmd_timestamp,
    "report": _cmd_report,
    "bundle": _cmd_bundle,
    "redact": _cmd_redact,
    "compare": _cmd_compare,
    "lock": _cmd_lock,
    "unlock": _cmd_unlock,
    "encrypt": _cmd_encrypt,
    "decrypt": _cmd_decrypt,
    "transcribe": _cmd_transcribe,
    "correct": _cmd_correct,
}

__all__ = ["main", "normalise_code"]
