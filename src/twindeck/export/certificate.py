"""The seal certificate: one A4 page to print, hand over, or attach to an appeal.

It shows what identifies the recording (seal code in large type, its QR code, the device key),
what was checked when it was printed, and how anyone can check a copy later — in plain English.
It is printed only for an intact recording. The certificate itself proves nothing: it points to
the seal, which does.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from twindeck import __version__
from twindeck.errors import AlreadyExists, DestinationError, NotIntact
from twindeck.qr import seal_text
from twindeck.seal import Report, clock_text

FONT_PATHS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/Library/Fonts/DejaVuSans.ttf"),
)
ASSESSMENTS = {
    "pip": "Personal Independence Payment (PIP)",
    "wca": "Work Capability Assessment (WCA)",
    "other": "other",
}


def _font(pdf: Any) -> tuple[str, bool]:
    """DejaVu Sans when the system has it (any script); else Helvetica (Latin-1 only)."""
    for regular in FONT_PATHS:
        bold = regular.with_name("DejaVuSans-Bold.ttf")
        if regular.exists() and bold.exists():
            pdf.add_font("DejaVu", "", str(regular))
            pdf.add_font("DejaVu", "B", str(bold))
            return "DejaVu", True
    return "Helvetica", False


def write_certificate(report: Report, file_name: str, target: Path) -> None:
    import segno
    from fpdf import FPDF

    if not report.ok:
        raise NotIntact(
            f"{file_name} is {report.verdict}: "
            "a certificate is printed only for an intact recording"
        )
    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(f"twindeck seal certificate {report.seal_code}")
    pdf.set_creator(f"twindeck {__version__}")
    pdf.add_page()
    family, unicode_ok = _font(pdf)

    def text(value: object) -> str:
        s = str(value)
        return s if unicode_ok else s.encode("latin-1", "replace").decode("latin-1")

    pdf.set_font(family, "B", 20)
    pdf.cell(0, 12, text("Seal certificate"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    pdf.multi_cell(
        0, 5.5,
        text("A twindeck recording, sealed so that anyone can check it is complete and unchanged."),
        new_x="LMARGIN", new_y="NEXT",
    )  # fmt: skip
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_font(family, "", 11)
    pdf.cell(0, 6, text("Seal code"), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("Courier", "B", 30)
    pdf.cell(0, 14, report.seal_code, new_x="LMARGIN", new_y="NEXT", align="L")
    qr = io.BytesIO()
    payload = seal_text(report.recording_id, report.tree_size, report.root)
    segno.make(payload, error="m").save(qr, kind="png", scale=6, border=2)
    qr.seek(0)
    pdf.image(qr, x=150, y=top - 2, w=45, h=45)
    pdf.ln(6)

    meta = report.meta
    rows: list[tuple[str, str]] = []
    if meta.get("title"):
        rows.append(("Title", str(meta["title"])))
    if meta.get("assessment"):
        rows.append(
            ("Assessment", ASSESSMENTS.get(str(meta["assessment"]), str(meta["assessment"])))
        )
    if meta.get("present"):
        rows.append(("Present", ", ".join(map(str, meta["present"]))))
    assert report.audio is not None
    rows += [
        ("Started", f"{report.started} (UTC)"),
        ("Sealed", f"{report.seal_time} (UTC), {report.end}"),
        ("Length", f"{clock_text(report.duration_s)}  ({report.segments} one-second segments)"),
        ("Audio", report.audio.describe()),
        ("File", file_name),
        ("Recording ID", report.recording_id),
        ("Device key", report.key_fingerprint),
        ("Checkpoints", f"{report.checkpoints_valid} of {report.checkpoints} signed during the "
                        "recording, all consistent with the seal"),
        ("Countersigned", "; ".join(f"{c.name or '(no name)'} - key {c.fingerprint}"
                                    for c in report.countersignatures if c.valid) or "no"),
        ("Timestamps", f"{report.timestamps} trusted" if report.timestamps else "none"),
        ("Checked", f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC by twindeck {__version__}: "
                    "INTACT - complete and unchanged since it was sealed"),
    ]  # fmt: skip
    for label, value in rows:
        pdf.set_font(family, "B", 10)
        pdf.cell(38, 6, text(label))
        pdf.set_font(family, "", 10)
        pdf.multi_cell(0, 6, text(value), new_x="LMARGIN", new_y="NEXT", align="L")

    pdf.ln(4)
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 8, text("How anyone can check a copy"), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font(family, "", 10.5)
    steps = [
        "1. Get the copy: the single file (.twindeck.zip) or the recording folder.",
        f"2. With twindeck installed, run:  twindeck verify <the copy> --code {report.seal_code}",
        "   Without installing anything: open verify.html (from `twindeck verifier`) in a browser "
        "and choose the .twindeck.zip; it works offline.",
        f"3. The result must say INTACT and show the seal code {report.seal_code}. Any change to "
        "the audio or the notes, any cut or insertion, makes it say NOT INTACT and where.",
        "4. An audio copy (WAV, FLAC or a CD image made by twindeck) is checked with "
        "`twindeck verify <recording> --audio <copy>`.",
    ]
    for step in steps:
        pdf.multi_cell(0, 5.5, text(step), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    pdf.set_font(family, "B", 13)
    pdf.cell(
        0, 8, text("What the seal proves, and what it does not"), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font(family, "", 10.5)
    for point in (
        "It proves the audio and notes have not changed since the recording device sealed them, "
        "and that nothing was cut, inserted or reordered.",
        "On its own it cannot prove when or where it was made. What binds it to the room is what "
        "the other party holds: the seal code they wrote down at the time, their own identical "
        "copy, and their countersignature.",
    ):
        pdf.multi_cell(0, 5.5, text("- " + point), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_y(-18)
    pdf.set_font(family, "", 8)
    pdf.cell(0, 5, text(f"QR code: {payload}"), new_x="LMARGIN", new_y="NEXT", align="L")
    try:
        pdf.output(str(target))
    except OSError as exc:
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc


__all__ = ["write_certificate"]
