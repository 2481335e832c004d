"""The web app: record in the browser, see the seal, download the copy, browse the library.

One FastAPI app, plain HTML/JS/CSS in ``static/``. It listens on 127.0.0.1 only. Every request
must name this server as its Host (no DNS rebinding) and every state-changing request must come
from the app's own origin with a JSON or raw-audio body (no cross-site form posts). Paths never
come from the client: recordings are addressed by an unguessable id or by name inside the
recordings folder. Errors have one JSON shape: ``{"error": {"code", "message", "hint"}}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import re
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware

from twindeck.errors import TwindeckError
from twindeck.seal import AudioFormat, DeviceKey, pack_recording, verify_recording
from twindeck.web.listen import (
    WAV_HEADER_BYTES,
    Transcriber,
    byte_range,
    read_wav,
    transcript_view,
)
from twindeck.web.live import MAX_CHUNK_BYTES, LiveRecording, Studio

STATIC = Path(__file__).parent / "static"
MAX_NOTE_CHARS = 2000
MAX_JSON_BYTES = 64 * 1024


class WebError(TwindeckError):
    """A request the app cannot honour."""

    code = "bad_request"
    exit_code = 2

    def __init__(self, message: str, status: int = 400, code: str = "bad_request") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class Lan:
    """LAN mode: a second, HTTPS listener that serves only the other party's join pages."""

    address: str
    port: int
    fingerprint: str


LAN_PATHS = re.compile(
    r"^/(join/[\w-]+|api/join/[\w-]+/(log|audio|countersign)|verify\.html"
    r"|static/(join\.html|join\.js|verify\.js|style\.css)|favicon\.ico)$"
)


def create_app(folder: Path, key: DeviceKey, *, port: int = 8765, lan: Lan | None = None) -> Any:
    studio = Studio(folder, key)

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        for name, outcome in await run_in_threadpool(studio.recover_leftovers):
            print(f"Found {name} unsealed after a crash: {outcome}", flush=True)
        yield
        studio.stop_all()  # the server is stopping: seal every recording in progress

    app = FastAPI(
        title="twindeck", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.studio = studio
    allowed_hosts = {f"localhost:{port}", f"127.0.0.1:{port}"}
    allowed_origins = {f"http://{h}" for h in allowed_hosts}
    lan_hosts = {f"{lan.address}:{lan.port}", f"127.0.0.1:{lan.port}"} if lan else set()
    lan_origins = {f"https://{h}" for h in lan_hosts}

    def error(status: int, code: str, message: str, hint: str = "") -> JSONResponse:
        body = {"error": {"code": code, "message": message, "hint": hint}}
        return JSONResponse(body, status_code=status)

    class Guard(BaseHTTPMiddleware):
        async def dispatch(self, request: Request, call_next: Any) -> Any:
            server = request.scope.get("server") or ("", 0)
            remote = lan is not None and server[1] == lan.port  # the LAN listener
            hosts, origins = (
                (lan_hosts, lan_origins) if remote else (allowed_hosts, allowed_origins)
            )
            if request.headers.get("host", "") not in hosts:
                return error(421, "wrong_host", "this server answers only to its own address")
            if remote and not LAN_PATHS.match(request.url.path):
                return error(404, "not_found", "not found")
            if request.method not in ("GET", "HEAD"):
                origin = request.headers.get("origin")
                if origin is not None and origin not in origins:
                    return error(403, "cross_site", "requests from other sites are refused")
                kind = request.headers.get("content-type", "").split(";")[0].strip()
                if kind not in ("application/json", "application/octet-stream"):
                    return error(415, "bad_content_type", "send JSON or raw audio")
            response = await call_next(request)
            response.headers["Cache-Control"] = "no-store"
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                "script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
            )
            return response

    app.add_middleware(Guard)

    @app.exception_handler(TwindeckError)
    async def _twindeck_error(request: Request, exc: TwindeckError) -> JSONResponse:
        status = getattr(exc, "status", 400 if exc.exit_code == 2 else 409)
        return error(status, exc.code, str(exc), exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "bad_request")
        return error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(400, "bad_request", "the request is malformed")

    async def read_json(request: Request) -> dict[str, Any]:
        body = await request.body()
        if len(body) > MAX_JSON_BYTES:
            raise WebError("request too large", 413, "too_large")
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            raise WebError("the request is not valid JSON") from None
        if not isinstance(data, dict):
            raise WebError("expected a JSON object")
        return data

    def public(live: LiveRecording) -> dict[str, Any]:
        """A recording's status for the recorder's page, with the other party's address."""
        out = live.status()
        if lan is not None:
            out["join_url"] = f"https://{lan.address}:{lan.port}/join/{live.join_token}"
            out["tls_fingerprint"] = lan.fingerprint
        return out

    def live_or_404(live_id: str) -> LiveRecording:
        live = studio.live.get(live_id)
        if live is None:
            raise WebError("no such recording in progress", 404, "not_found")
        return live

    def recording_path(name: str) -> Path:
        path = folder / name
        if "/" in name or "\\" in name or not name.endswith(".twindeck") or not path.is_dir():
            raise WebError("no such recording", 404, "not_found")
        return path

    @app.get("/")
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/cases")
    async def cases_page() -> FileResponse:
        return FileResponse(STATIC / "cases.html")

    @app.get("/api/cases")
    async def cases() -> dict[str, Any]:
        return {"cases": await run_in_threadpool(_cases)}

    @app.get("/findings")
    async def findings_page() -> FileResponse:
        return FileResponse(STATIC / "findings.html")

    @app.get("/api/library/{name}/findings")
    async def findings(name: str) -> dict[str, Any]:
        from twindeck.report import review

        path = review.findings_path(recording_path(name))
        if not path.exists():
            raise WebError("no report check yet: twindeck report check", 404, "not_found")
        return review.load(path)

    @app.get("/api/library/{name}/report")
    async def report_statements(name: str) -> dict[str, Any]:
        from twindeck.report import report_text_path
        from twindeck.report.statements import split_statements

        path = report_text_path(recording_path(name))
        if not path.exists():
            raise WebError("no report added yet: twindeck report add", 404, "not_found")
        statements = split_statements(path.read_text("utf-8"))
        return {"statements": [{"index": s.index, "text": s.text} for s in statements]}

    @app.post("/api/library/{name}/findings/{number}")
    async def review_finding(name: str, number: int, request: Request) -> dict[str, Any]:
        from twindeck.report import review

        path = review.findings_path(recording_path(name))
        body = await read_json(request)
        if not path.exists():
            raise WebError("no report check yet", 404, "not_found")
        data = review.load(path)
        if not 1 <= number <= len(data["findings"]):
            raise WebError("no such finding", 404, "not_found")
        finding = review.edit(data, number, body)
        review.save(path, data)
        return finding

    @app.post("/api/library/{name}/findings")
    async def add_finding(name: str, request: Request) -> dict[str, Any]:
        from twindeck.report import report_text_path, review
        from twindeck.report.statements import split_statements
        from twindeck.transcribe import transcript_stem
        from twindeck.transcribe.model import Transcript

        recording = recording_path(name)
        path = review.findings_path(recording)
        body = await read_json(request)
        if not path.exists():
            raise WebError("no report check yet", 404, "not_found")
        statements = split_statements(report_text_path(recording).read_text("utf-8"))
        index = body.get("statement_index")
        if not isinstance(index, int) or not 0 <= index < len(statements):
            raise WebError("choose one of the report's statements", 400, "bad_request")
        stem = transcript_stem(recording)
        transcript = Transcript.from_json(
            json.loads(stem.with_name(stem.name + ".transcript.json").read_text("utf-8"))
        )
        try:
            start, end = float(body["start_s"]), float(body["end_s"])
        except (KeyError, TypeError, ValueError):
            raise WebError(
                "choose where in the recording it was said", 400, "bad_request"
            ) from None
        data = review.load(path)
        finding = review.add_own(
            data,
            transcript,
            statements[index].text,
            index,
            start,
            end,
            str(body.get("kind", "other")),
            body.get("detail", ""),
        )
        review.save(path, data)
        return {"number": len(data["findings"]), **finding}

    @app.get("/transcript")
    async def transcript_page() -> FileResponse:
        return FileResponse(STATIC / "transcript.html")

    @app.get("/verify.html")
    async def offline_page() -> Response:
        from twindeck.web.offline import offline_verifier_html

        # self-contained (inline script and style) and allowed to fetch nothing at all
        policy = (
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "frame-ancestors 'none'"
        )
        return Response(
            offline_verifier_html(),
            media_type="text/html",
            headers={"Content-Security-Policy": policy},
        )

    @app.get("/favicon.ico")
    async def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/{name}")
    async def static(name: str) -> FileResponse:
        path = STATIC / name
        if "/" in name or not path.is_file():
            raise WebError("not found", 404, "not_found")
        return FileResponse(path)

    @app.post("/api/check")
    async def check(request: Request) -> dict[str, Any]:
        """Ten seconds of raw audio from the page -> level, noise floor, clipping, advice."""
        from twindeck.capture import Chunk
        from twindeck.capture.check import analyse_check

        fmt = _format(request.query_params)
        body = await request.body()
        if len(body) > 16 * MAX_CHUNK_BYTES:
            raise WebError("check audio too long", 413, "too_large")
        body = body[: len(body) - len(body) % fmt.frame_bytes]
        result = analyse_check([Chunk(body)], fmt)
        return {
            "ok": result.ok,
            "advice": result.advice,
            "lines": result.describe_lines(),
            "sealed": result.as_event_data(),
        }

    @app.post("/api/recordings")
    async def start(request: Request) -> dict[str, Any]:
        data = await read_json(request)
        fmt = _format({k: str(v) for k, v in data.items() if k in ("rate_hz", "channels")})
        meta = _meta(data)
        check = data.get("check")
        if check is not None and not (
            isinstance(check, dict)
            and all(isinstance(k, str) and isinstance(v, int | str) for k, v in check.items())
        ):
            raise WebError("the check result is malformed")
        call = data.get("call") is True
        if call and fmt.channels != 2:
            raise WebError("a call is recorded as two channels")
        live = studio.start(fmt, meta, check, call=call)
        return public(live)

    @app.post("/api/recordings/{live_id}/chunks")
    async def chunk(live_id: str, request: Request) -> Any:
        live = live_or_404(live_id)
        try:
            seq = int(request.query_params["seq"])
        except (KeyError, ValueError):
            raise WebError("seq is required") from None
        body = await request.body()
        if len(body) > MAX_CHUNK_BYTES:
            raise WebError("chunk too large", 413, "too_large")
        if live.state in ("sealed", "failed"):
            raise WebError("the recording has ended", 409, "ended")
        try:
            gap = int(request.query_params.get("gap", "0"))
            gapch = request.query_params.get("gapch")
            outcome = live.source.offer(seq, body, gap, int(gapch) if gapch is not None else None)
        except ValueError as exc:
            raise WebError(str(exc)) from None
        if outcome == "ahead":
            return JSONResponse(
                {"expected": live.source.next_seq, **live.status()}, status_code=409
            )
        # acknowledge only once the recorder has written it (a segment per chunk): then a
        # killed server has lost at most the chunk in flight
        end = live.source.chunk_ends.get(seq, 0)
        for _ in range(400):
            if live.recorder.consumed_frames >= end or live.state in ("sealed", "failed"):
                break
            await asyncio.sleep(0.005)
        else:
            raise WebError("not saved yet: send it again", 503, "not_saved")
        return {"ack": seq, **live.status()}

    @app.post("/api/recordings/{live_id}/control")
    async def control(live_id: str, request: Request) -> dict[str, Any]:
        live = live_or_404(live_id)
        data = await read_json(request)
        action = data.get("action")
        if action == "pause":
            live.recorder.pause()
        elif action == "resume":
            live.recorder.resume()
        elif action == "note":
            text = data.get("text")
            if not isinstance(text, str) or not text.strip() or len(text) > MAX_NOTE_CHARS:
                raise WebError(f"a note is 1–{MAX_NOTE_CHARS} characters of text")
            studio.note(live, text.strip())
        elif action == "consent":
            text = data.get("text")
            if not isinstance(text, str) or not text.strip() or len(text) > MAX_NOTE_CHARS:
                raise WebError(f"the statement is 1–{MAX_NOTE_CHARS} characters of text")
            live.recorder.add_event("consent", {"text": text.strip()})
            live.notes.append({"at_s": _at(live), "text": "Consent statement read aloud"})
        elif action == "stop":
            live.recorder.stop()
            if live.thread is not None:
                await run_in_threadpool(live.thread.join, 60)
        else:
            raise WebError("action must be pause, resume, note, consent or stop")
        return live.status()

    @app.get("/api/recordings/{live_id}/status")
    async def status(live_id: str) -> dict[str, Any]:
        return live_or_404(live_id).status()

    # -- the other party's live copy ------------------------------------------------------
    def joined(token: str) -> LiveRecording:
        live = studio.by_token(token)
        if live is None:
            raise WebError("this link is not valid", 404, "not_found")
        return live

    @app.get("/join/{token}")
    async def join_page(token: str) -> FileResponse:
        joined(token)
        return FileResponse(STATIC / "join.html")

    @app.get("/api/join/{token}/log")
    async def join_log(token: str, request: Request) -> Response:
        live = joined(token)
        start = _int_param(request, "from")
        log_path = live.path / "log.jsonl"
        data = b""
        for _ in range(30):  # wait up to 1.5 s for something new while recording
            data = await run_in_threadpool(_complete_lines, log_path, start)
            if data or live.state not in ("recording", "paused"):
                break
            await asyncio.sleep(0.05)
        headers = {
            "X-Live": "1" if live.state in ("recording", "paused") else "0",
            "X-Recording-Name": live.path.name,
        }
        return Response(data, media_type="application/octet-stream", headers=headers)

    @app.get("/api/join/{token}/audio")
    async def join_audio(token: str, request: Request) -> Response:
        live = joined(token)
        start, end = _int_param(request, "from"), _int_param(request, "to")
        if not 0 <= start <= end or end - start > 64 * MAX_CHUNK_BYTES:
            raise WebError("bad audio range")
        data = await run_in_threadpool(_read_range, live.path / "audio.pcm", start, end)
        if len(data) != end - start:
            raise WebError("that audio is not saved yet", 409, "not_saved")
        return Response(data, media_type="application/octet-stream")

    @app.post("/api/join/{token}/countersign")
    async def join_countersign(token: str, request: Request) -> dict[str, Any]:
        from twindeck.seal.countersign import add_countersignature
        from twindeck.seal.encoding import EncodingError, b64decode

        live = joined(token)
        data = await read_json(request)
        try:
            public = b64decode(data.get("key"), 32)
            signature = b64decode(data.get("signature"), 64)
        except EncodingError as exc:
            raise WebError(f"countersignature: {exc}") from None
        given = data.get("name")
        name = given if isinstance(given, str) else ""
        size = data.get("tree_size")
        if live.state in ("recording", "paused"):  # a checkpoint, while the recording runs
            from twindeck.seal.keys import fingerprint
            from twindeck.seal.log import countersignature_line, is_party_name

            if not isinstance(size, int) or not is_party_name(name):
                raise WebError("a checkpoint countersignature needs its tree_size and a name")
            body = await run_in_threadpool(_checkpoint_body, live.path, size)
            try:
                countersignature_line(body, size, public, signature, name)
            except ValueError as exc:
                raise WebError(str(exc), 409, "bad_countersignature") from None
            live.recorder.countersign(size, public, signature, name)
            return {"fingerprint": fingerprint(public), "tree_size": size}
        fp = await run_in_threadpool(add_countersignature, live.path, public, signature, name)
        return {"fingerprint": fp}

    @app.get("/api/recordings/{live_id}/join.svg")
    async def join_qr(live_id: str, request: Request) -> Response:
        live = live_or_404(live_id)
        url = public(live).get("join_url") or (
            str(request.base_url).rstrip("/") + f"/join/{live.join_token}"
        )
        return Response(_qr_svg(url), media_type="image/svg+xml")

    @app.get("/api/library")
    async def library() -> dict[str, Any]:
        return {"recordings": await run_in_threadpool(_library, folder, studio)}

    @app.get("/api/library/{name}/qr.svg")
    async def qr(name: str) -> Response:
        from twindeck.qr import seal_text

        report = verify_recording(recording_path(name))
        if not report.ok:
            raise WebError("this recording is not intact", 409, "not_intact")
        text = seal_text(report.recording_id, report.tree_size, report.root)
        return Response(_qr_svg(text), media_type="image/svg+xml")

    transcriber = Transcriber()

    @app.get("/api/library/{name}/audio.wav")
    async def audio_wav(name: str, request: Request) -> Response:
        path = recording_path(name)
        report = await run_in_threadpool(verify_recording, path)
        if report.audio is None:
            raise WebError("this recording has no audio format", 409, "not_intact")
        size = WAV_HEADER_BYTES + report.frames * report.audio.frame_bytes
        try:
            wanted = byte_range(request.headers.get("range"), size)
        except ValueError:
            return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
        start, end = wanted or (0, size)
        data = await run_in_threadpool(read_wav, path, report.audio, report.frames, start, end)
        headers = {"Accept-Ranges": "bytes", "Content-Length": str(len(data))}
        if wanted is None:
            return Response(data, media_type="audio/wav", headers=headers)
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        return Response(data, status_code=206, media_type="audio/wav", headers=headers)

    @app.get("/api/library/{name}/transcript")
    async def transcript(name: str) -> dict[str, Any]:
        view = await run_in_threadpool(transcript_view, recording_path(name))
        if view is None:
            raise WebError("not transcribed yet", 404, "not_found")
        return view

    @app.post("/api/library/{name}/transcribe")
    async def transcribe(name: str) -> dict[str, Any]:
        return transcriber.start(recording_path(name)).as_dict()

    @app.get("/api/library/{name}/transcribe")
    async def transcribe_progress(name: str) -> dict[str, Any]:
        job = transcriber.jobs.get(name)
        if job is None:
            raise WebError("no transcription of this recording has been started", 404, "not_found")
        return job.as_dict()

    @app.get("/api/library/{name}/download")
    async def download(name: str) -> Response:
        from starlette.background import BackgroundTask

        path = recording_path(name)
        report = await run_in_threadpool(verify_recording, path)
        if not report.sealed:
            raise WebError("the recording is not sealed yet", 409, "not_sealed")
        tmp = tempfile.TemporaryDirectory()
        target = Path(tmp.name) / f"{path.name}.zip"
        await run_in_threadpool(pack_recording, path, target)
        return FileResponse(
            target,
            media_type="application/zip",
            filename=target.name,
            background=BackgroundTask(tmp.cleanup),
        )

    return app


def _at(live: LiveRecording) -> float:
    return round(live.progress.recorded_s if live.progress else 0.0, 1)


def _checkpoint_body(path: Path, tree_size: int) -> bytes:
    """The signed body of the recording's checkpoint of ``tree_size`` leaves, from its log."""
    from twindeck.seal.encoding import parse_line
    from twindeck.seal.log import note_body

    log = (path / "log.jsonl").read_bytes()
    header = parse_line(log.split(b"\n", 1)[0])
    for line in log.split(b"\n"):
        if b'"type":"checkpoint"' in line:
            record = parse_line(line)
            if record["tree_size"] == tree_size:
                return note_body(
                    header["recording_id"], tree_size, bytes.fromhex(record["root"]), record["time"]
                )
    raise WebError(f"there is no checkpoint of {tree_size} leaves", 409, "bad_countersignature")


def _qr_svg(text: str) -> bytes:
    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=6, border=2)
    return out.getvalue()


def _int_param(request: Request, name: str) -> int:
    try:
        return int(request.query_params[name])
    except (KeyError, ValueError):
        raise WebError(f"{name} must be a whole number") from None


def _complete_lines(path: Path, start: int) -> bytes:
    """The log from byte ``start`` up to its last complete line."""
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read()
    return data[: data.rfind(b"\n") + 1]


def _read_range(path: Path, start: int, end: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(start)
        return f.read(end - start)


def _format(params: Any) -> AudioFormat:
    try:
        rate = int(params.get("rate_hz", ""))
        channels = int(params.get("channels", "1"))
        return AudioFormat("s16le", rate, channels)
    except ValueError as exc:
        raise WebError(f"audio format: {exc}") from None


def _meta(data: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key in ("title", "place", "date"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()[:200]
    assessment = data.get("assessment")
    if assessment in ("pip", "wca", "other"):
        meta["assessment"] = assessment
    present = data.get("present")
    if isinstance(present, list):
        meta["present"] = [str(p).strip()[:100] for p in present[:10] if str(p).strip()]
    return meta


def _cases() -> list[dict[str, Any]]:
    """Every case with its dates and deadlines, soonest first, for the case page."""
    from twindeck.deadlines import CASE_DATES, deadlines, in_words
    from twindeck.paths import data_dir
    from twindeck.store import Store

    path = data_dir() / "twindeck.sqlite"
    if not path.exists():
        return []
    store = Store(path)
    try:
        return [
            {
                "id": c.id,
                "name": c.name,
                "benefit": c.benefit_name,
                "provider": c.provider,
                "dates": [
                    {"what": CASE_DATES[k], "day": in_words(v)}
                    for k, v in sorted(c.dates.items(), key=lambda kv: kv[1])
                ],
                "deadlines": [
                    {
                        "what": d.rule.name,
                        "due": in_words(d.due),
                        "state": d.state,
                        "overdue": d.days_left < 0,
                        "note": d.rule.note,
                    }
                    for d in deadlines(c.dates)
                ],  # fmt: skip
                "recordings": [
                    {"name": Path(p).name, "seal_code": code} for p, _, code in c.recordings
                ],
            }
            for c in store.all()
        ]
    finally:
        store.close()


def _has_transcript(path: Path) -> bool:
    from twindeck.transcribe import transcript_stem

    stem = transcript_stem(path)
    return stem.with_name(stem.name + ".transcript.json").exists()


def _library(folder: Path, studio: Studio) -> list[dict[str, Any]]:
    live_paths = {live.path: live for live in studio.live.values()}
    out: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.twindeck"), reverse=True):
        live = live_paths.get(path)
        if live is not None and live.state in ("recording", "paused"):
            out.append({"name": path.name, "verdict": "recording", "live_id": live.id})
            continue
        try:
            report = verify_recording(path)
        except TwindeckError as exc:
            out.append({"name": path.name, "verdict": "unusable", "message": str(exc)})
            continue
        out.append(
            {
                "name": path.name,
                "verdict": report.verdict,
                "title": report.meta.get("title", ""),
                "started": report.started,
                "duration_s": round(report.duration_s, 1),
                "seal_code": report.seal_code,
                "end": report.end,
                "transcript": _has_transcript(path),
            }
        )
    return out


__all__ = ["LAN_PATHS", "Lan", "create_app"]
