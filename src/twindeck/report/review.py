"""The findings file: what the check found, and what a person made of it.

``<recording>.findings.json`` holds the machine's findings and, on the same records, the review:
left out of the bundle (``rejected``), a note, the reviewer's own wording of the departure (the
machine's is kept as ``machine_detail``), and findings a person added (``own``). Running the check
again keeps every review: a new finding for the same statement and kind takes over the old one's
review, and findings a person added stay.

The quote of a finding is never typed by anyone: an added finding names a stretch of time and the
quote is the transcript's own words in it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from twindeck.errors import UnusableInput
from twindeck.report.compare import Finding
from twindeck.transcribe.model import Transcript

SCHEMA = "twindeck.findings/1"
KINDS = (
    "number_changed",
    "qualifier_dropped",
    "never_said",
    "never_asked",
    "impossible",
    "supported",
    "other",
)
MAX_TEXT = 4000


def findings_path(recording: Path) -> Path:
    from twindeck.report import report_text_path

    text = report_text_path(recording)
    return text.with_name(text.name.replace(".report.txt", ".findings.json"))


def load(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise UnusableInput(f"cannot read {path.name}: {exc}") from None
    if data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise UnusableInput(f"{path.name} is not a twindeck findings file")
    return data


def save(path: Path, data: dict[str, Any]) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    partial.replace(path)


def _key(f: dict[str, Any]) -> tuple[str, int, str]:
    return (str(f.get("kind")), int(f.get("statement_index", -1)), str(f.get("statement")))


def merge(old: dict[str, Any] | None, found: list[Finding], seal_code: str) -> dict[str, Any]:
    """The new check's findings, carrying over every review and every finding a person added."""
    reviews = {}
    own = []
    for f in (old or {}).get("findings", []):
        if f.get("own"):
            own.append(f)
        elif any(k in f for k in ("rejected", "note", "machine_detail")):
            reviews[_key(f)] = f
    findings = []
    for finding in found:
        record = finding.as_dict()
        previous = reviews.get(_key(record))
        if previous is not None:
            for field in ("rejected", "note"):
                if field in previous:
                    record[field] = previous[field]
            if "machine_detail" in previous:  # the reviewer reworded it: keep their words
                record["machine_detail"] = record["detail"]
                record["detail"] = previous["detail"]
        findings.append(record)
    return {"schema": SCHEMA, "seal_code": seal_code, "findings": findings + own}


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UnusableInput(f"{what} must be some text")
    return value.strip()[:MAX_TEXT]


def edit(data: dict[str, Any], number: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Keep or leave out, note, reword: never the quote, its times or the report's words."""
    if not 1 <= number <= len(data["findings"]):
        raise UnusableInput(f"there is no finding {number} (1–{len(data['findings'])})")
    finding: dict[str, Any] = data["findings"][number - 1]
    if "rejected" in changes:
        finding["rejected"] = bool(changes["rejected"])
    if isinstance(changes.get("note"), str):
        finding["note"] = changes["note"][:MAX_TEXT]
    if "detail" in changes:
        detail = _text(changes["detail"], "the finding's explanation")
        if detail != finding.get("detail"):
            finding.setdefault("machine_detail", finding.get("detail", ""))
            finding["detail"] = detail
    return finding


def add_own(
    data: dict[str, Any],
    transcript: Transcript,
    statement: str,
    statement_index: int,
    start_s: float,
    end_s: float,
    kind: str,
    detail: str,
) -> dict[str, Any]:
    """A finding a person adds: the report's words, a stretch of the recording, what is wrong.
    The quote is the transcript's utterances in that stretch, word for word."""
    if kind not in KINDS:
        raise UnusableInput(f"a finding's kind is one of: {', '.join(KINDS)}")
    if not end_s > start_s >= 0:
        raise UnusableInput("the stretch of the recording must end after it starts")
    group = [u for u in transcript.utterances if u.end_s > start_s and u.start_s < end_s]
    if not group:
        raise UnusableInput("nothing was transcribed in that stretch of the recording")
    passage = {
        "start_s": group[0].start_s,
        "end_s": group[-1].end_s,
        "speakers": list(dict.fromkeys(u.speaker for u in group)),
        "text": " ".join(f"{u.speaker}: {u.text}" for u in group),
        "heard": " ".join(w.text for u in group for w in u.words),
    }
    finding = {
        "kind": kind,
        "statement": _text(statement, "the report's words"),
        "statement_index": int(statement_index),
        "passage": passage,
        "detail": _text(detail, "the finding's explanation"),
        "weight": 100.0,
        "activity": "",
        "own": True,
    }
    data["findings"].append(finding)
    return finding


__all__ = ["KINDS", "add_own", "edit", "findings_path", "load", "merge", "save"]
