"""The seal certificate: one A4 page to print, hand over, or attach to an appeal.

It shows what identifies the recording (seal code in large type, its QR code, the device key),
what was checked when it was printed, and how anyone can check a copy later — in plain English.
It is printed only for an intact recording (or an intact redacted copy, which it says). The
certificate itself proves nothing: it points to the seal, which does.

Text is set in DejaVu Sans when the system has it, with a CJK fallback font if one is installed;
a character no available font can draw is printed as "?" rather than silently left out. Without
DejaVu the core Helvetica font is used, which holds Latin-1 only. Every value is cut (with
"...") to one line, or two for a few, and the table's type shrinks from 10 to 7 points when the
details need it: the certificate stays one sheet, however long the recording's details are.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from twindeck import __version__
from twindeck.errors import AlreadyExists, DestinationError, NotIntact
from twindeck.qr import seal_text
from twindeck.seal import Report, clock_text

FONT_PATHS = (  # DejaVu Sans, with DejaVuSans-Bold.ttf beside it (also used by letters, bundle)
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/Library/Fonts/DejaVuSans.ttf"),
)
FALLBACK_FONTS = (  # for scripts DejaVu lacks (Chinese, Japanese, Korean)
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"),
)
ASSESSMENTS = {
    "pip": "Personal Independence Payment (PIP)",
    "wca": "Work Capability Assessment (WCA)",
    "other": "other",
}
META_LABELS = {"title": "Title", "case": "Case reference", "place": "Place", "date": "Date"}
MAX_VALUE_CHARS = 300  # before the page cuts each value to the lines it has room for
MAX_OTHER_META = 4
MAX_LISTED = 3  # countersigning devices and redacted passages listed, after their count


def pdf_fonts(pdf: Any, texts: list[str]) -> tuple[str, Callable[[str], bool]]:
    """The family to use and whether it (or a fallback) can draw a character."""
    regular = next(
        (p for p in FONT_PATHS if p.exists() and p.with_name("DejaVuSans-Bold.ttf").exists()),
        None,
    )
    if regular is None:
        return "Helvetica", lambda c: ord(c) < 256
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(regular.with_name("DejaVuSans-Bold.ttf")))
    cmaps = [pdf.fonts["dejavu"].cmap]
    if any(ord(c) not in cmaps[0] for c in {c for text in texts for c in text}):
        fallback = next((p for p in FALLBACK_FONTS if p.exists()), None)
        if fallback is not None:
            pdf.add_font("Fallback", "", str(fallback))
            pdf.set_fallback_fonts(["Fallback"], exact_match=False)
            cmaps.append(pdf.fonts["fallback"].cmap)
    return "DejaVu", lambda c: any(ord(c) in cmap for cmap in cmaps)


def _clip(value: str, limit: int = MAX_VALUE_CHARS) -> str:
    return value if len(value) <= limit else value[: limit - 3].rstrip() + "..."


def _when(stamp: str) -> str:
    """'2026-11-24T10:02:11.120Z' as '24 November 2026, 10:02:11 UTC (10:02 UK time)'."""
    try:
        t = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(dt.UTC)
    except ValueError:
        return stamp
    text = f"{t.day} {t:%B %Y, %H:%M:%S} UTC"
    try:
        from zoneinfo import ZoneInfo

        uk = t.astimezone(ZoneInfo("Europe/London"))
    except (ImportError, KeyError, OSError):
        return text
    return text + f" ({uk:%H:%M} UK time)" if uk.utcoffset() else text


def _meta_rows(meta: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [(label, str(meta[key])) for key, label in META_LABELS.items() if meta.get(key)]
    if meta.get("assessment"):
        kind = str(meta["assessment"])
        rows.append(("Assessment", ASSESSMENTS.get(kind, kind)))
    if meta.get("present"):
        present = meta["present"]
        names = present if isinstance(present, list) else [present]
        rows.append(("Present", ", ".join(map(str, names))))
    known = {*META_LABELS, "assessment", "present"}
    others = [(k, v) for k, v in meta.items() if k not in known and v not in (None, "", [], {})]
    for key, value in others[:MAX_OTHER_META]:
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        rows.append((_clip(str(key).replace("_", " ").capitalize(), 16), shown))
    if len(others) > MAX_OTHER_META:
        rows.append(("More", f"{len(others) - MAX_OTHER_META} more details: `twindeck info`"))
    return rows


def _countersigners(report: Report) -> str:
    """One entry per countersigning device, however many checkpoints it signed."""
    devices: dict[tuple[str, str], list[int]] = {}
    for c in report.countersignatures:
        if c.valid:
            devices.setdefault((c.fingerprint, c.name), []).append(c.tree_size)
    if not devices:
        return "none"
    parts = []
    for (key, name), sizes in list(devices.items())[:MAX_LISTED]:
        what = ["the seal"] if report.tree_size in sizes else []
        checkpoints = sum(1 for size in sizes if size != report.tree_size)
        if checkpoints:
            what.append(f"{checkpoints} checkpoint{'s' * (checkpoints != 1)}")
        parts.append(f"{_clip(name or '(no name)', 40)}, key {key} ({' and '.join(what)})")
    listed = "; ".join(parts)  # the count first: a long name may cut the rest short
    return listed if len(devices) == 1 else f"{len(devices)} devices: {listed}"


def _timestamps(report: Report) -> str:
    if not report.timestamps:
        return "none (the times above come from the recording device's clock)"
    text = f"{report.timestamps} RFC 3161 token{'s' * (report.timestamps != 1)}"
    if len(report.timestamp_checks) != report.timestamps:  # the caller did not check them
        return text + " (check them with `twindeck verify`)"
    seal = [c for c in report.timestamp_checks if c.startswith("sealed ")]
    return text + ", all matching" + (f"; {seal[0]}" if seal else "")


def certificate_rows(report: Report, file_name: str) -> list[tuple[str, str]]:
    """The certificate's table, label and value, each value short enough for the page."""
    assert report.audio is not None
    rows = _meta_rows(report.meta)
    rows += [
        ("Started", _when(report.started)),
        ("Sealed", f"{_when(report.seal_time)}, {report.end or 'stopped'}"),
        ("Length", f"{clock_text(report.duration_s)}  ({report.segments} segments)"),
        ("Audio", report.audio.describe()),
        ("File", file_name),
        ("Recording ID", report.recording_id),
        ("Device key", report.key_fingerprint),
        ("Checkpoints", f"{report.checkpoints_valid} of {report.checkpoints} signed during the "
                        "recording, all consistent with the seal" if report.checkpoints else
                        "none: the recording ended before the first (the seal covers it all)"),
        ("Countersigned", _countersigners(report)),
        ("Timestamps", _timestamps(report)),
    ]  # fmt: skip
    verdict = "INTACT - complete and unchanged since it was sealed"
    if report.redactions:
        spans = [
            f"{clock_text(r['start_s'])}-{clock_text(r['end_s'])} ({_clip(str(r['reason']), 40)})"
            for r in report.redactions[:MAX_LISTED]
        ]
        count = len(report.redactions)
        passages = f"{count} passage{'s' * (count != 1)} silenced"
        rows.append(("Redacted", f"{passages}: {'; '.join(spans)}"))
        verdict = "REDACTED - unchanged since it was sealed, except the silenced passages above"
    now = dt.datetime.now(dt.UTC)
    rows.append(("Checked", f"{now:%Y-%m-%d %H:%M} UTC by twindeck {__version__}: {verdict}"))
    return [(label, _clip(" ".join(value.split()))) for label, value in rows]


TWO_LINE_ROWS = {"Title", "Present", "Sealed", "Countersigned", "Timestamps", "Redacted", "Checked"}
ROW_SIZES_PT = (10, 9, 8, 7)  # the table shrinks only when a recording's details need it


def write_certificate(report: Report, file_name: str, target: Path) -> None:
    """Write the one-page PDF to ``target``; refuses a recording that is not intact."""
    if not report.ok:
        raise NotIntact(
            f"{file_name} is {report.verdict}: "
            "a certificate is printed only for an intact recording"
        )
    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    rows = certificate_rows(report, file_name)
    for size in ROW_SIZES_PT:
        pdf = _render(report, rows, size)
        if pdf is not None:
            break
    else:  # the rows are cut to at most two lines each, so this cannot happen
        raise AssertionError("the certificate does not fit on one page")
    try:
        pdf.output(str(target))
    except OSError as exc:
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc


def _render(report: Report, rows: list[tuple[str, str]], size_pt: float) -> Any:
    """The page with the table set in ``size_pt``, or None when it would not fit on it."""
    import segno
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(f"twindeck seal certificate {report.seal_code}")
    pdf.set_creator(f"twindeck {__version__}")
    pdf.add_page()
    family, drawable = pdf_fonts(pdf, [value for _, value in rows])

    def text(value: object) -> str:
        return "".join(
            c if drawable(c) else "?"
            for c in str(value)
            if not unicodedata.category(c).startswith("C")  # controls, format, unassigned
        )

    def fit(value: str, width: float, lines: int) -> str:
        """``value`` cut (with "...") to at most ``lines`` lines of ``width`` mm."""

        def count(v: str) -> int:
            lines = pdf.multi_cell(width, 5, v, dry_run=True, output="LINES")
            assert isinstance(lines, list)
            return len(lines)

        if count(value) <= lines:
            return value
        low, high = 0, len(value)
        while low < high:  # the longest prefix that still fits with the ellipsis
            mid = (low + high + 1) // 2
            low, high = (
                (mid, high) if count(value[:mid].rstrip() + "...") <= lines else (low, mid - 1)
            )
        return value[:low].rstrip() + "..."

    qr_mm = 45
    qr = io.BytesIO()
    payload = seal_text(report.recording_id, report.tree_size, report.root)
    segno.make(payload, error="m").save(qr, kind="png", scale=6, border=2)
    qr.seek(0)
    pdf.image(qr, x=pdf.w - pdf.r_margin - qr_mm, y=pdf.t_margin, w=qr_mm, h=qr_mm)
    beside_qr = pdf.epw - qr_mm - 5
    pdf.set_font(family, "B", 20)
    pdf.cell(beside_qr, 12, "Seal certificate", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    pdf.multi_cell(
        beside_qr, 5.5,
        "A twindeck recording, sealed so that anyone can check it is complete and unchanged.",
        new_x="LMARGIN", new_y="NEXT",
    )  # fmt: skip
    pdf.ln(2)
    pdf.cell(beside_qr, 6, "Seal code", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("Courier", "B", 30)
    pdf.cell(beside_qr, 14, report.seal_code, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_y(max(pdf.get_y(), pdf.t_margin + qr_mm) + 4)  # the table starts below the QR code

    line_mm = size_pt * 0.55
    label_mm = 38
    value_mm = pdf.epw - label_mm
    for label, value in rows:
        pdf.set_font(family, "B", size_pt)
        pdf.cell(label_mm, line_mm, text(label))
        pdf.set_font(family, "", size_pt)
        shown = fit(text(value), value_mm, 2 if label in TWO_LINE_ROWS else 1)
        pdf.multi_cell(value_mm, line_mm, shown, new_x="LMARGIN", new_y="NEXT", align="L")

    pdf.ln(3)
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 8, "How anyone can check a copy", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font(family, "", 10)
    steps = [
        "1. Get the copy: the single file (.twindeck.zip) or the recording folder.",
        "2. Install twindeck (it runs offline) and run:  "
        f"twindeck verify <the copy> --code {report.seal_code}",
        "   Without installing anything: open verify.html (from `twindeck verifier`) in a browser "
        "and choose the .twindeck.zip; it works offline.",
        f"3. The result must say INTACT and show the seal code {report.seal_code}. Any change to "
        "the audio or the notes, any cut or insertion, makes it say NOT INTACT and where. "
        f"Adding --key {report.key_fingerprint} also checks it was sealed by the same device.",
        "4. An audio copy (WAV, FLAC or a CD image made by twindeck) is checked with "
        "`twindeck verify <recording> --audio <copy>`.",
    ]
    for step in steps:
        pdf.multi_cell(0, 5, step, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 8, "What the seal proves, and what it does not", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    for point in (
        "It proves the audio and notes have not changed since the recording device sealed them, "
        "and that nothing was cut, inserted or reordered.",
        "On its own it cannot prove when or where it was made (its times come from the device's "
        "clock, unless a trusted timestamp is listed above), who spoke, or what was said before "
        "Record was pressed or after Stop.",
        "What binds it to the room is what the other party holds: the seal code they wrote down "
        "at the time, their own identical copy, and their countersignature.",
    ):
        pdf.multi_cell(0, 5, "- " + point, new_x="LMARGIN", new_y="NEXT", align="L")
    body_end = pdf.get_y()
    pdf.set_y(-18)
    if body_end > pdf.get_y():
        for font in pdf.fonts.values():  # output() would have closed the font files
            if hasattr(font, "close"):
                font.close()
        return None
    pdf.set_font(family, "", 8)
    pdf.cell(0, 5, f"QR code: {payload}", new_x="LMARGIN", new_y="NEXT", align="L")
    return pdf


def drawable(can: Callable[[str], bool]) -> Callable[[object], str]:
    """Text as the chosen fonts can draw it: '?' for a character none of them has."""
    return lambda value: "".join(c if can(c) else "?" for c in str(value))


__all__ = ["certificate_rows", "write_certificate"]
