#!/usr/bin/env python3
"""The report check at full size: a one-hour recording and a 20-page report, on this machine.

Builds an hour of two-channel dialogue (the report_eval templates, many seeds, espeak-ng voices),
seals it with ``twindeck record --input``, transcribes it, writes a 20-page PDF report from the
cases' statements under activity headings, and times each step as a separate CLI process, with
its peak memory: ``report add`` (text PDF), ``report add`` of the same report scanned (image-only
PDF, read by Tesseract), ``report check`` and ``bundle``. The repeated templates make the hour
unlike a real assessment (the same topics come back dozens of times), so this measures time and
memory, not accuracy (that is report_eval.py). Usage::

    python3 bench/report_hour.py [--minutes 60] [--pages 20]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).parent))
from report_eval import RATE, make_case, speak  # noqa: E402

HEADINGS = [
    "Activity 1 - Preparing food",
    "Activity 3 - Managing therapy",
    "Mobility activity 2 - Moving around",
    "Activity 9 - Engaging with other people",
]


def build_audio(minutes: float, wav: Path) -> list[str]:
    """An hour of dialogue on two channels; returns the report statements of every case."""
    chunks: list[np.ndarray] = []
    statements: list[str] = []
    total, seed = 0, 0
    while total < minutes * 60 * RATE:
        dialogue, report = make_case(10_000 + seed)
        seed += 1
        for voice, text in dialogue:
            speech = speak(voice, text)
            block = np.zeros((speech.size + int(0.7 * RATE), 2))
            block[: speech.size, 0 if voice == "en-gb" else 1] = speech
            chunks.append(block)
            total += block.shape[0]
        statements += [text for text, _ in report]
    audio = np.concatenate(chunks)[: int(minutes * 60 * RATE)]
    sf.write(str(wav), audio, RATE, subtype="PCM_16")
    return statements


def write_report(statements: list[str], pages: int, target: Path) -> int:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        8,
        "PIP assessment report (PA4) - consultation details and justifications",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 11)
    i = 0
    while pdf.page_no() <= pages:
        if i % 25 == 0:
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 8, HEADINGS[(i // 25) % len(HEADINGS)], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, statements[i % len(statements)], new_x="LMARGIN", new_y="NEXT")
        i += 1
    # the last statement spilled onto page pages+1: the report is cut at `pages` pages
    pdf.output(str(target))
    from pypdf import PdfReader, PdfWriter

    reader, writer = PdfReader(str(target)), PdfWriter()
    for page in reader.pages[:pages]:
        writer.add_page(page)
    with target.open("wb") as f:
        writer.write(f)
    return i


def scanned(pdf: Path, target: Path) -> None:
    """The same report as a scan: each page a 200-dpi greyscale image, no text layer."""
    from fpdf import FPDF

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        out = FPDF(format="A4")
        for image in sorted(Path(tmp).glob("p*.png")):
            out.add_page()
            out.image(str(image), 0, 0, 210, 297)
        out.output(str(target))


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and stdout of one CLI process."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", "twindeck", *args], env=env,
                          capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"twindeck {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return seconds, (int(rss[1]) / 1024 if rss else float("nan")), done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "TWINDECK_HOME": str(folder / "home")}
        t = time.perf_counter()
        statements = build_audio(args.minutes, folder / "hour.wav")
        print(f"built {args.minutes:.0f} min of dialogue in {time.perf_counter() - t:.0f} s "
              f"({len(statements)} report statements to draw on)", flush=True)  # fmt: skip
        rec = folder / "hour.twindeck"
        n = write_report(statements, args.pages, folder / "pa4.pdf")
        scanned(folder / "pa4.pdf", folder / "pa4-scan.pdf")
        rows = []
        text, scan = str(folder / "pa4.pdf"), str(folder / "pa4-scan.pdf")
        for label, cli in (
            ("record --input (seal)", ["record", str(rec), "--input", str(folder / "hour.wav")]),
            ("transcribe", ["transcribe", str(rec)]),
            (f"report add ({args.pages}-page text PDF)", ["report", "add", str(rec), text]),
            ("report check", ["report", "check", str(rec)]),
            ("bundle (PDF with clips)", ["bundle", str(rec), "--to", str(folder / "bundle.pdf")]),
            (f"report add ({args.pages}-page scan, OCR)", ["report", "add", str(rec), scan]),
            ("report check (after OCR)", ["report", "check", str(rec)]),
        ):  # fmt: skip
            seconds, rss, out = timed(cli, env)
            rows.append((label, seconds, rss))
            last = out.strip().splitlines()[-1] if out.strip() else ""
            print(f"{label:38} {seconds:7.1f} s  {rss:6.0f} MB   {last[:90]}", flush=True)
        print(f"report: {args.pages} pages, {n} statements written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
