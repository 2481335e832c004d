"""The evidence bundle for reconsideration or tribunal: one numbered PDF, and a clip per finding.

Cover, index, then a page section per finding — the report's words, the recording's words with
their times and speakers, what departs and why it matters — then a draft mandatory
reconsideration letter citing them, and an appendix on checking the recording and the clips.
Each finding's passage is cut as a clip (``finding-N.twindeck.zip``) that proves itself part of
the sealed recording, so a tribunal can check a quote without the whole hour.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from twindeck import __version__
from twindeck.errors import AlreadyExists, BadArgument, DestinationError, NotIntact
from twindeck.seal import Report, clock_text

KIND_TITLES = {
    "number_changed": "A number was changed",
    "qualifier_dropped": "What was said was left out",
    "never_said": "Reported as said, but not said",
    "impossible": "Not possible on the recording",
    "never_asked": "A topic never asked about",
    "other": "Another departure",
}
WHY = {
    "number_changed": "Distances, durations and frequencies decide descriptors (for PIP moving "
    "around: 20, 50 and 200 metres).",
    "qualifier_dropped": "A descriptor applies only if the activity can be done safely, to an "
    "acceptable standard, repeatedly and in a reasonable time; pain, rests, help and bad days "
    "bear on that.",
    "never_said": "The report attributes words to the claimant that the recording does not hold.",
    "impossible": "The recording's own length and times contradict the report.",
    "never_asked": "The report scores an activity that the assessment never asked about, so its "
    "descriptor cannot rest on what the claimant said.",
    "other": "Found by the person reviewing the recording against the report.",
}


LETTERS = {
    "mr": "Draft: request for mandatory reconsideration",
    "tribunal": "Draft: submission to the tribunal",
}


def letter(
    kind: str, report: Report, departures: list[dict[str, Any]], pages: list[int] | None = None
) -> list[tuple[str, str]]:
    """The draft letter as (style, text) lines: "title", "para", "heading", "item". A tribunal
    submission goes activity by activity, each passage with its finding's bundle page."""

    def where(n: int, f: dict[str, Any]) -> str:
        at = f"recording {clock_text(f['passage']['start_s'])}, " if f.get("passage") else ""
        page = f", bundle page {pages[n - 1]}" if pages else ""
        return f" ({at}finding {n}{page})"

    out = [("title", LETTERS[kind])]
    if kind == "mr":
        out.append(("para", "I ask you to look again at the decision about my claim. I disagree "
                    "with it because the assessment report does not match what was said at the "
                    "assessment. I recorded the assessment; the recording is sealed (seal code "
                    f"{report.seal_code}) and anyone can check it has not been changed. The "
                    "passages that matter are:"))  # fmt: skip
        for n, f in enumerate(departures, 1):
            out.append(("item", f"{n}. The report says “{f['statement']}”{where(n, f)}: "
                                f"{f['detail']}."))  # fmt: skip
        out.append(("para", "I ask you to change the points awarded accordingly, and to send me "
                            "the evidence you relied on."))  # fmt: skip
        return out
    out.append(("para", "I appeal against the decision on my claim. The assessment report, on "
                "which the decision relies, does not match what was said at the assessment. I "
                f"recorded the assessment; the recording is sealed (seal code {report.seal_code}), "
                "anyone can check it has not been changed, and each passage below comes with a "
                "clip that proves it is part of that recording. By activity:"))  # fmt: skip
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for n, f in enumerate(departures, 1):
        groups.setdefault(f.get("activity") or "Other parts of the report", []).append((n, f))
    for activity, items in groups.items():
        out.append(("heading", activity))
        for n, f in items:
            said = f" What was said: “{f['passage']['text']}”." if f.get("passage") else ""
            out.append(("item", f"The report says “{f['statement']}”.{said} {f['detail']}"
                                f"{where(n, f)}."))  # fmt: skip
    out.append(("para", "I ask the tribunal to prefer what was said at the assessment, as the "
                        "recording shows, to the report's account of it, and to award the "
                        "descriptors that what I said supports."))  # fmt: skip
    return out


def make_bundle(
    recording: Path,
    report: Report,
    findings: list[dict[str, Any]],
    target: Path,
    kind: str = "mr",
) -> tuple[int, list[Path]]:
    """Write the PDF and the clips; returns (pages, clip paths)."""
    from fpdf import FPDF

    from twindeck.export.certificate import drawable, pdf_fonts
    from twindeck.seal.clip import make_clips

    if not report.ok:
        raise NotIntact(f"{recording} is {report.verdict}: a bundle needs an intact recording")
    if target.suffix.lower() != ".pdf":
        raise BadArgument("the bundle is written as NAME.pdf")
    clips_dir = target.with_name(target.stem + "-clips")
    for path in (target, clips_dir):
        if path.exists():
            raise AlreadyExists(f"{path} already exists; twindeck never overwrites a file")
    departures = [f for f in findings if f["kind"] in KIND_TITLES]
    if not departures:
        raise BadArgument("there are no findings to put in a bundle (run `twindeck report check`)")
    clips: list[Path] = []
    clips_dir.mkdir()
    spans = []
    for n, f in enumerate(departures, 1):
        passage = f.get("passage")
        if passage:
            clip = clips_dir / f"finding-{n}.twindeck.zip"
            start = max(0.0, passage["start_s"] - 1.0)
            end = min(report.duration_s, passage["end_s"] + 1.0)
            spans.append((start, end, clip))
            clips.append(clip)
            departures[n - 1] = f | {"clip": clip.name}
    make_clips(recording, spans)  # the recording verified and read once for every clip

    class Bundle(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(family, "", 8)
            self.cell(0, 5, text(f"twindeck evidence bundle — seal {report.seal_code} — page "
                                 f"{self.page_no()} of {{nb}}"), align="C")  # fmt: skip

    pdf = Bundle(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    title = str(report.meta.get("title") or recording.name)
    family, can = pdf_fonts(pdf, [json.dumps(departures, ensure_ascii=False), title])
    text = drawable(can)

    def para(value: str, size: float = 11, bold: bool = False) -> None:
        pdf.set_font(family, "B" if bold else "", size)
        pdf.multi_cell(0, size * 0.5 + 0.5, text(value), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1.5)

    pdf.add_page()
    para("Evidence bundle", 22, bold=True)
    para(f"From the sealed recording of the assessment: {title}")
    para(f"Recording {report.recording_id}, started {report.started} (UTC), length "
         f"{clock_text(report.duration_s)}, seal code {report.seal_code}.")  # fmt: skip
    para(f"{len(departures)} passage(s) where the written report departs from what was said. Each "
         "quote is the transcript's own words, with its time in the recording; each comes with a "
         "clip that proves it is part of the sealed recording.")  # fmt: skip
    pdf.ln(4)
    para("Contents", 14, bold=True)
    index_y = pdf.get_y()
    pdf.ln(8 * (len(departures) + 2))
    pages: list[int] = []
    for n, f in enumerate(departures, 1):
        pdf.add_page()
        pages.append(pdf.page_no())
        para(f"Finding {n}. {KIND_TITLES[f['kind']]}", 15, bold=True)
        para("The report says:", bold=True)
        para(f"“{f['statement']}”")
        passage = f.get("passage")
        if passage:
            para(f"The recording, {clock_text(passage['start_s'])}–{clock_text(passage['end_s'])}:",
                 bold=True)  # fmt: skip
            para(f"“{passage['text']}”")
        if f.get("activity"):
            para(f"Bears on: {f['activity']}.")
        para("What departs" + (" (found by the reviewer):" if f.get("own") else ":"), bold=True)
        para(str(f["detail"]))
        para("Why it matters:", bold=True)
        para(WHY[f["kind"]])
        if "clip" in f:
            para(f"Clip: {clips_dir.name}/{f['clip']} — check it with "
                 f"`twindeck verify {f['clip']}`; it must name seal code {report.seal_code}.",
                 10)  # fmt: skip
    pdf.add_page()
    letter_page = pdf.page_no()
    sizes = {"title": (15, True), "heading": (12, True), "para": (11, False), "item": (10.5, False)}
    for style, line in letter(kind, report, departures, pages):
        size, bold = sizes[style]
        para(line, size, bold=bold)
    pdf.add_page()
    appendix_page = pdf.page_no()
    para("Appendix: checking the recording and the clips", 15, bold=True)
    for line in (
        f"The recording's seal code is {report.seal_code}; its device key is "
        f"{report.key_fingerprint}.",
        "With twindeck: `twindeck verify <recording or clip> --code " + report.seal_code + "` "
        "must say INTACT (for a clip: a genuine excerpt of that recording, with its times).",
        "Without installing anything: open verify.html (from `twindeck verifier`) in a browser "
        "and choose the .twindeck.zip copy; it works offline.",
        "The seal proves the audio and notes have not changed since the recording was sealed and "
        "that nothing was cut, inserted or reordered. What binds it to the assessment is what the "
        "other party holds: the code they wrote down, their own copy, their countersignature.",
        f"Made {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC by twindeck {__version__}. The "
        "findings are machine-made from an offline transcript and should be read with the audio.",
    ):
        para(line, 10.5)
    # the index, now that page numbers are known
    end_page = pdf.page_no()
    pdf.page = 1
    pdf.set_y(index_y)
    entries = [(f"Finding {n}. {KIND_TITLES[f['kind']]}", p) for n, (f, p) in
               enumerate(zip(departures, pages, strict=True), 1)]  # fmt: skip
    entries += [(LETTERS[kind].replace("Draft: ", "Draft "), letter_page),
                ("Appendix: checking the recording", appendix_page)]  # fmt: skip
    pdf.set_font(family, "", 11)
    for label, page in entries:
        pdf.cell(150, 7, text(label))
        pdf.cell(0, 7, f"page {page}", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.page = end_page
    try:
        pdf.output(str(target))
    except OSError as exc:
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc
    (clips_dir / "README.txt").write_text(
        f"Clips of recording {report.recording_id} (seal code {report.seal_code}).\n"
        "Check each with: twindeck verify finding-N.twindeck.zip --code " + report.seal_code + "\n",
        "utf-8",
    )
    return end_page, clips


def write_docx(
    report: Report, findings: list[dict[str, Any]], target: Path, kind: str = "mr"
) -> None:
    """The same bundle as an editable .docx (no clips: they go with the PDF)."""
    import docx

    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    departures = [f for f in findings if f["kind"] in KIND_TITLES]
    if not departures:
        raise BadArgument("there are no findings to put in a bundle (run `twindeck report check`)")
    d = docx.Document()
    d.add_heading("Evidence bundle", level=0)
    d.add_paragraph(
        f"From the sealed recording {report.recording_id} (seal code {report.seal_code}), "
        f"started {report.started} (UTC), length {clock_text(report.duration_s)}. Each quote is "
        "the transcript's own words with its time in the recording."
    )
    for n, f in enumerate(departures, 1):
        d.add_heading(f"Finding {n}. {KIND_TITLES[f['kind']]}", level=1)
        d.add_paragraph(f"The report says: “{f['statement']}”")
        if f.get("activity"):
            d.add_paragraph(f"Bears on: {f['activity']}.")
        if f.get("passage"):
            p = f["passage"]
            d.add_paragraph(
                f"The recording, {clock_text(p['start_s'])}–{clock_text(p['end_s'])}: “{p['text']}”"
            )
        d.add_paragraph(f"What departs: {f['detail']}")
        d.add_paragraph(f"Why it matters: {WHY[f['kind']]}")
    for style, line in letter(kind, report, departures):
        if style in ("title", "heading"):
            d.add_heading(line, level=1 if style == "title" else 2)
        else:
            d.add_paragraph(line)
    d.add_paragraph(
        f"Checking: `twindeck verify <the recording> --code {report.seal_code}` must say INTACT."
    )
    try:
        d.save(str(target))
    except OSError as exc:
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc


def load_findings(path: Path) -> list[dict[str, Any]]:
    from twindeck.report.review import load

    findings: list[dict[str, Any]] = load(path)["findings"]
    return findings


__all__ = ["load_findings", "make_bundle", "write_docx"]
