"""A whole case as one file, to hand to an adviser: its details, dates and recordings.

``NAME.twindeck-case.zip`` holds ``case.json`` (details, dates, and for each recording its id and
seal code) and, unless the recordings are sent by reference, ``recordings/<name>.twindeck.zip``.
On import every recording is verified before anything is stored, and what is wrong is said first;
an inline recording whose seal code differs from the one the case lists is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from twindeck.errors import AlreadyExists, DestinationError, NotARecording, UnusableInput
from twindeck.seal import pack_recording, verify_recording
from twindeck.seal.archive import ZIP_TIME
from twindeck.store import Case, Store

FORMAT = "twindeck-case"
MAX_CASE_JSON = 1 << 20


@dataclass(frozen=True)
class Imported:
    case: Case
    checked: list[tuple[str, str]]  # (recording name, verdict and code)
    problems: list[str]


def export_case(case: Case, target: Path, *, inline: bool) -> int:
    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    if not target.name.endswith(".twindeck-case.zip"):
        raise UnusableInput("a case is exported as NAME.twindeck-case.zip")
    recordings = []
    partial = target.with_name(target.name + ".partial")
    try:
        with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(partial, "w") as archive:
            for path_text, rid, code in case.recordings:
                path = Path(path_text)
                entry = {"name": path.name, "recording_id": rid, "seal_code": code}
                if inline:
                    if not path.exists():
                        raise UnusableInput(f"{path} is not there any more: it cannot be sent")
                    single = path if path.is_file() else Path(tmp) / (path.name + ".zip")
                    if path.is_dir():
                        pack_recording(path, single)
                    stem = path.name.removesuffix(".zip").removesuffix(".twindeck")
                    member = f"recordings/{stem}.twindeck.zip"
                    archive.write(single, member, compress_type=zipfile.ZIP_STORED)
                    entry["file"] = member
                recordings.append(entry)
            data = {
                "format": FORMAT,
                "version": 1,
                "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "case": {
                    "name": case.name, "benefit": case.benefit, "provider": case.provider,
                    "claimant": case.claimant, "address": case.address,
                    "reference": case.reference, "helper": case.helper,
                },
                "dates": {k: v.isoformat() for k, v in case.dates.items()},
                "recordings": recordings,
            }  # fmt: skip
            info = zipfile.ZipInfo("case.json", date_time=ZIP_TIME)
            archive.writestr(info, json.dumps(data, indent=1, ensure_ascii=False))
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(recordings)


def import_case(source: Path, store: Store, recordings_folder: Path) -> Imported:
    try:
        with zipfile.ZipFile(source) as archive:
            if archive.getinfo("case.json").file_size > MAX_CASE_JSON:
                raise NotARecording(f"{source}: case.json is too large")
            data = json.loads(archive.read("case.json"))
            if data.get("format") != FORMAT or data.get("version") != 1:
                raise NotARecording(f"{source} is not a twindeck case file of version 1")
            recordings_folder.mkdir(parents=True, exist_ok=True)
            checked, problems, keep = [], [], []
            for entry in data["recordings"]:
                name, code = str(entry["name"]), str(entry["seal_code"])
                member = entry.get("file")
                if member is None:
                    checked.append((name, f"by reference only (seal code {code}): not checked"))
                    continue
                target = recordings_folder / Path(str(member)).name  # never a path from the file
                if target.exists():
                    raise AlreadyExists(
                        f"{target} already exists; twindeck never overwrites a file"
                    )
                with archive.open(str(member)) as src, open(target, "wb") as out:
                    while block := src.read(1 << 20):
                        out.write(block)
                report = verify_recording(target)
                if not report.ok:
                    first = report.problems[0].message if report.problems else ""
                    problems.append(f"{name}: {report.verdict.upper()} — {first}")
                elif report.seal_code != code:
                    problems.append(
                        f"{name}: its seal code is {report.seal_code}, "
                        f"not the {code} the case lists"
                    )
                else:
                    keep.append((target, report.recording_id, report.seal_code))
                checked.append((name, f"{report.verdict} (seal code {report.seal_code})"))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise NotARecording(f"{source} is not a readable twindeck case file ({exc})") from None
    c = data["case"]
    case = store.new_case(
        str(c["name"]), str(c["benefit"]),
        **{k: str(c.get(k, "")) for k in ("provider", "claimant", "address", "reference",
                                           "helper")},
    )  # fmt: skip
    for kind, day in data.get("dates", {}).items():
        store.set_date(case.id, str(kind), dt.date.fromisoformat(str(day)))
    for path, rid, code in keep:
        store.add_recording(case.id, path, rid, code)
    return Imported(store.get(case.id), checked, problems)


__all__ = ["Imported", "export_case", "import_case"]
