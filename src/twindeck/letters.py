"""Letters filled in from a case, in plain English, as .docx (to edit) or PDF (to send).

1. ``notice``: to the assessment provider, that the claimant will record the assessment, asking
   for the provider's own recording to be made and kept, with the consent wording;
2. ``consent``: the statement to read aloud when the recording starts;
3. ``sar``: a subject access request for the recording, the report and the scoring sheet;
4. ``mr``: a request for mandatory reconsideration, with room for the reasons.

Blanks a person must fill are shown as ``[…]`` so nothing is sent half-made without it showing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from twindeck.deadlines import add_months, in_words
from twindeck.errors import AlreadyExists, BadArgument, DestinationError
from twindeck.store import Case

CONSENT = (
    "I am recording this assessment so that there is a complete and accurate record. The "
    "recording is sealed when we finish, and you can check your copy against the seal code "
    "shown on screen."
)
KINDS = ("notice", "consent", "sar", "mr")


@dataclass(frozen=True)
class Letter:
    title: str
    to: str
    paragraphs: list[str]
    sign: bool = True


def _blank(value: str, what: str) -> str:
    return value.strip() or f"[{what}]"


def _date(case: Case, kind: str, what: str) -> str:
    return in_words(case.dates[kind]) if kind in case.dates else f"[{what}]"


def compose(kind: str, case: Case, today: dt.date) -> Letter:
    claimant = _blank(case.claimant, "your name")
    ref = f" (reference {case.reference})" if case.reference else ""
    provider = _blank(case.provider, "the assessment provider")
    benefit = case.benefit_name
    if kind == "notice":
        return Letter(
            f"Notice that I will record my assessment{ref}",
            provider,
            [
                f"I am writing about my {benefit} assessment, due on "
                f"{_date(case, 'assessment', 'date of the assessment')}.",
                "I will make an audio recording of the whole assessment. I will use twindeck, "
                "which records onto my own device and seals the recording when it ends, so that "
                "any cut, addition or change would show. At the end the assessor can have an "
                "identical copy there and then, and check it on their own device against the "
                "short seal code shown on screen.",
                "I also ask you to make and keep your own recording of the assessment, and to "
                "send me a copy of it with the assessment report.",
                f'At the start of the recording I will say: "{CONSENT}"',
                "Please tell me before the assessment if there is anything I need to know about "
                "recording it.",
            ],
        )
    if kind == "consent":
        return Letter("Statement to read aloud when the recording starts", "", [CONSENT], False)
    if kind == "sar":
        due = add_months(today, 1)
        return Letter(
            f"Subject access request{ref}",
            provider,
            [
                "Under Article 15 of the UK GDPR I ask for a copy of the personal data you hold "
                f"about me in connection with my {benefit} assessment"
                f" on {_date(case, 'assessment', 'date of the assessment')}, in particular:",
                "1. any audio or video recording of the assessment;",
                "2. the assessment report (PA4 for PIP, ESA85 or ESA85A for the Work Capability "
                "Assessment) and any drafts, notes and audit or quality-assurance records about "
                "it;",
                "3. the decision maker's scoring sheet or record of the points awarded.",
                f"Please reply within one month, by {in_words(due)}. If you need more time, the "
                "law requires you to tell me within that month, with your reasons.",
                f"To identify me: {claimant}{ref}.",
            ],
        )
    if kind == "mr":
        decided = case.dates.get("decision")
        mr_due = add_months(decided, 1) if decided else None
        return Letter(
            f"Request for mandatory reconsideration{ref}",
            "Department for Work and Pensions",
            [
                f"I ask you to look again at the decision dated "
                f"{_date(case, 'decision', 'date on the decision letter')} about my {benefit}.",
                (
                    f"I am asking within one month of that decision (by {in_words(mr_due)})."
                    if mr_due and today <= mr_due
                    else "I am asking after one month from the decision; my reasons for the "
                    "delay are: [why the request is late]."
                ),
                "I disagree with the decision because the assessment report does not match what "
                "was said at the assessment. I recorded the assessment; the recording is sealed "
                "and can be checked by anyone. The passages that matter are: [the findings, "
                "with their times in the recording].",
                "Please send me the evidence you used, and a copy of the assessment report if "
                "you have not already done so.",
            ],
        )
    raise BadArgument(f"letter must be one of {', '.join(KINDS)}")


def write_letter(letter: Letter, case: Case, today: dt.date, target: Path) -> None:
    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    suffix = target.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise BadArgument("a letter is written as .docx (to edit) or .pdf (to send)")
    sender = [_blank(case.claimant, "your name"), *case.address.splitlines()]
    try:
        if suffix == ".docx":
            _docx(letter, sender, today, target)
        else:
            _pdf(letter, sender, today, target)
    except OSError as exc:
        raise DestinationError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _docx(letter: Letter, sender: list[str], today: dt.date, target: Path) -> None:
    import docx

    document = docx.Document()
    if letter.sign:
        for line in sender:
            document.add_paragraph(line)
        document.add_paragraph(in_words(today))
        document.add_paragraph(f"To: {letter.to}")
    document.add_heading(letter.title, level=1)
    for text in letter.paragraphs:
        document.add_paragraph(text)
    if letter.sign:
        document.add_paragraph("Yours sincerely,")
        document.add_paragraph(sender[0])
    document.save(str(target))


def _pdf(letter: Letter, sender: list[str], today: dt.date, target: Path) -> None:
    from fpdf import FPDF

    from twindeck.export.certificate import drawable, pdf_fonts

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    family, can = pdf_fonts(pdf, [letter.title, letter.to, *letter.paragraphs, *sender])
    text = drawable(can)

    pdf.set_font(family, "", 11)
    if letter.sign:
        for line in sender:
            pdf.cell(0, 6, text(line), new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(4)
        pdf.cell(0, 6, text(in_words(today)), new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.cell(0, 6, text(f"To: {letter.to}"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.set_font(family, "B", 14)
    pdf.multi_cell(0, 8, text(letter.title), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    pdf.set_font(family, "", 11)
    for para in letter.paragraphs:
        pdf.multi_cell(0, 6, text(para), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(3)
    if letter.sign:
        pdf.ln(4)
        pdf.cell(0, 6, text("Yours sincerely,"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(12)
        pdf.cell(0, 6, text(sender[0]), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


__all__ = ["CONSENT", "KINDS", "Letter", "compose", "write_letter"]
