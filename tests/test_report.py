"""The report check end to end: a spoken two-voice assessment (espeak-ng, one voice per channel),
sealed, transcribed by the real model, and a report that departs from it in known ways."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from conftest import said_transcript
from twindeck.cli import main
from twindeck.report.statements import qualifiers, quantities, split_statements

RATE = 22050
DIALOGUE = [
    ("en-gb", "How far can you walk?"),
    ("en-us", "About twenty metres, then I have to stop and rest because of the pain."),
    ("en-gb", "Do you cook for yourself?"),
    ("en-us", "My daughter helps me. I cannot stand at the cooker for long."),
    ("en-gb", "What medication do you take?"),
    ("en-us", "I take codeine every morning."),
]
REPORT = """Consultation started at 10:00 and finished at 10:45.
She states she can walk 200 metres without difficulty.
She reports that she cooks a meal for herself every day.
She states she goes swimming three times a week.
She takes codeine every morning.
She sat comfortably throughout the 45 minute consultation."""


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))


def speak(voice: str, text: str) -> np.ndarray:
    wav = subprocess.run(["espeak-ng", "-v", voice, "-s", "140", "--stdout", text],
                         capture_output=True, check=True).stdout  # fmt: skip
    return np.frombuffer(wav[44:], "<i2").astype(np.float64) / 32768


def test_statements_and_quantities() -> None:
    st = split_statements(REPORT)
    assert len(st) == 6 and st[1].reported and st[5].observation
    assert [(q.kind, q.value) for q in st[1].quantities] == [("distance", 200.0)]
    assert [(q.kind, q.value) for q in quantities("about twenty metres")] == [("distance", 20.0)]
    assert [(q.kind, q.value) for q in quantities("three times a week")] == [("frequency", 3.0)]
    assert qualifiers("I have to stop and rest because of the pain") == ["pain", "rest"]


@pytest.mark.slow
def test_report_check_finds_each_planted_departure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t = 0.0
    parts: list[tuple[int, float, np.ndarray]] = []
    for voice, text in DIALOGUE:
        speech = speak(voice, text)
        parts.append((0 if voice == "en-gb" else 1, t, speech))
        t += speech.size / RATE + 0.6
    audio = np.zeros((int((t + 0.5) * RATE), 2))
    for channel, at, speech in parts:
        start = int(at * RATE)
        audio[start : start + speech.size, channel] = speech
    sf.write(str(tmp_path / "a.wav"), audio, RATE, subtype="PCM_16")
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--input", str(tmp_path / "a.wav")]) == 0
    assert main(["transcribe", str(rec)]) == 0
    (tmp_path / "pa4.txt").write_text(REPORT)
    capsys.readouterr()
    assert main(["report", "add", str(rec), str(tmp_path / "pa4.txt")]) == 0
    # numbers: the times, 200 metres, every day, three times a week, every morning, 45 minute
    assert "6 statements, 3 of reported speech, 6 with numbers" in capsys.readouterr().out
    assert main(["report", "check", str(rec), "--all"]) == 0
    out = capsys.readouterr().out
    findings = json.loads((tmp_path / "a.findings.json").read_text())["findings"]
    kinds = {
        f["statement_index"]: {
            g["kind"] for g in findings if g["statement_index"] == f["statement_index"]
        }
        for f in findings
    }
    assert "impossible" in kinds[0]  # a 45-minute consultation in a recording of seconds
    assert "number_changed" in kinds[1]  # 200 m vs "about twenty metres"
    assert "qualifier_dropped" in kinds[2] or "qualifier_dropped" in kinds[1]
    assert "never_said" in kinds[3]  # swimming was never mentioned
    assert kinds[4] == {"supported"}  # codeine
    assert "impossible" in kinds[5]
    first = findings[0]
    assert first["kind"] == "number_changed"  # 200 m vs 20 m crosses the PIP thresholds: first
    assert re.search(r"(twenty|20) met(re|er)s", first["passage"]["text"].lower())
    assert "1. NUMBER CHANGED: She states she can walk 200 metres" in out

    # the bundle: numbered pages, read back by pdftotext; a clip per finding that verifies
    never = next(
        i
        for i, f in enumerate(findings, 1)
        if f["kind"] == "never_said" and "swimming" in f["statement"]
    )
    assert main(["report", "reject", str(rec), str(never)]) == 0
    pdf = tmp_path / "evidence.pdf"
    assert main(["bundle", str(rec), "--to", str(pdf)]) == 0
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    pages = words.count("\f")
    assert (
        f"page {pages} of {pages}" in words.replace("\n", " ")
        or f"page {pages} of {pages}" in words
    )
    assert "Finding 1. A number was changed" in words and "200 metres" in words
    assert "swimming" not in words.split("Draft: request")[0]  # the rejected finding is left out
    assert "Draft: request for mandatory reconsideration" in words
    assert main(["bundle", str(rec), "--to", str(tmp_path / "evidence.docx")]) == 0
    import zipfile

    with zipfile.ZipFile(tmp_path / "evidence.docx") as z:
        xml = z.read("word/document.xml").decode()
    assert "A number was changed" in xml and "Draft: request for mandatory reconsideration" in xml
    # the tribunal submission: activity by activity, each passage with its bundle page
    tribunal = tmp_path / "tribunal.pdf"
    assert main(["bundle", str(rec), "--to", str(tribunal), "--for", "tribunal"]) == 0
    words = subprocess.run(["pdftotext", str(tribunal), "-"], capture_output=True, text=True,
                           check=True).stdout.replace("\n", " ")  # fmt: skip
    submission = words.split("Draft: submission to the tribunal")[-1]
    assert "Moving around" in submission and "I appeal against the decision" in submission
    page = re.search(r"finding 1, bundle page (\d+)", submission)
    assert page is not None
    # the page it names is the one that finding is on
    on_page = words.split("\f")[int(page[1]) - 1] if "\f" in words else ""
    assert "Finding 1." in (on_page or words)
    clips = sorted((tmp_path / "evidence-clips").glob("*.twindeck.zip"))
    assert clips and main(["verify", str(clips[0])]) == 0
    assert "INTACT CLIP" in capsys.readouterr().out


def test_reports_are_read_from_pdf_docx_and_scans(tmp_path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    from twindeck.errors import UnusableInput
    from twindeck.report.statements import read_report

    text = "She states she can walk 200 metres without difficulty."
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, text)
    pdf.output(str(tmp_path / "typed.pdf"))
    assert "walk 200 metres" in read_report(tmp_path / "typed.pdf")

    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(tmp_path / "r.docx"))
    assert text in read_report(tmp_path / "r.docx")

    # a scan: the sentence as pixels only, no text layer
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    image = Image.new("L", (2000, 200), 255)
    ImageDraw.Draw(image).text((40, 60), text, font=font, fill=0)
    image.save(tmp_path / "scan.png")
    scan = FPDF()
    scan.add_page()
    scan.image(str(tmp_path / "scan.png"), x=10, y=10, w=190)
    scan.output(str(tmp_path / "scan.pdf"))
    assert "walk 200 metres" in read_report(tmp_path / "scan.pdf")

    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(UnusableInput):
        read_report(tmp_path / "junk.pdf")


def test_distances_are_tied_to_the_descriptors_they_decide() -> None:
    from twindeck.report.descriptors import compare_distances, for_distance

    assert [for_distance(m).letter for m in (0.5, 15, 20, 30, 50, 120, 200, 250)] == [
        "f", "e", "e", "c", "c", "b", "b", "a",
    ]  # fmt: skip
    assert [for_distance(m, "WCA").points for m in (30, 80, 150, 300)] == [15, 9, 6, 0]
    worth = compare_distances(200, 20)
    assert worth is not None
    assert (
        "PIP mobility activity 2, Moving around: the report's distance gives descriptor b "
        "(4 points); what was said gives e (12 points)"
    ) in worth
    assert "WCA physical activity 1, Mobilising" in worth
    assert compare_distances(300, 250) is None  # no descriptor changes


def test_every_activity_is_dated_cited_and_ordered() -> None:
    from twindeck.report.descriptors import ACTIVITIES, PIP, WCA

    assert len(PIP) == 12 and len(WCA) == 17  # 10 daily living + 2 mobility; 10 physical + 7 mental
    for activity in ACTIVITIES:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", activity.in_force), activity.title
        assert "Regulations" in activity.source
        letters = [d.letter for d in activity.descriptors]
        assert len(set(letters)) == len(letters), activity.title
        assert min(d.points for d in activity.descriptors) == 0  # every activity has a 0 row
    # the figures that decide awards, against the regulations
    pip = {a.name: a for a in PIP}
    assert [d.points for d in pip["Preparing food"].descriptors] == [0, 2, 2, 2, 4, 8]
    assert max(d.points for d in pip["Communicating verbally"].descriptors) == 12
    assert max(d.points for d in pip["Taking nutrition"].descriptors) == 10
    assert {a.number: max(d.points for d in a.descriptors) for a in WCA}[9] == 15


def test_statements_are_tied_to_activities_by_heading_or_words() -> None:
    from twindeck.report.descriptors import activities_for, compare_durations, heading_activity

    text = (
        "Activity 1 - Preparing food\nShe states she can make a sandwich. Descriptor A, 0 points.\n"
        "Moving around\nShe walked to the room unaided.\n"
    )
    st = split_statements(text)
    assert [s.activity for s in st] == [
        "PIP daily living 1",
        "PIP daily living 1",
        "PIP mobility 2",
    ]
    assert heading_activity("She states she cooks") is None  # a sentence is not a heading
    assert activities_for("he showers every day")[0].name == "Washing and bathing"
    assert activities_for("nothing relevant here") == []
    # WCA standing and sitting: 30 minutes and an hour decide 9, 6 or 0 points
    worth = compare_durations(90, 20)
    assert (
        worth is not None and "descriptor d (0 points)" in worth and "gives b (9 points)" in worth
    )
    assert compare_durations(40, 50) is None


def test_qualifiers_are_taken_from_answers_on_the_topic() -> None:
    from twindeck.report.compare import claims, scheme_of

    heard = (
        "I can walk about 20 metres, then I have to stop because of the pain.",
        "How long can you stand for?",
        "About ten minutes, then I need to sit down.",
    )
    on_standing = claims("She reports standing for ten minutes.", heard)
    assert on_standing == heard[2]  # not the walking answer, not the question
    assert qualifiers(on_standing) == ["rest"]
    # a question's words are never what the claimant said
    assert "stop" not in claims(
        "He can walk far.", ("Can you walk before you need to stop?", "Yes.")
    )
    assert qualifiers("I go out with my husband") == ["accompanied"]
    assert qualifiers("my son reminds me") == ["prompt"]
    assert qualifiers("I go out without my husband") == []
    assert scheme_of(split_statements("PIP consultation report. She walks.")) == "PIP"
    assert scheme_of(split_statements("ESA85 report. He walks.")) == "WCA"
    assert scheme_of(split_statements("He walks.")) is None


def test_a_sentence_starting_like_an_activity_is_not_a_heading() -> None:
    from twindeck.report.descriptors import heading_activity

    assert heading_activity("Moving around the house she holds on to the furniture.") is None
    assert heading_activity("12. Moving around: descriptor B, 4 points") is not None
    assert heading_activity("Mobility activity 1 Planning and following journeys") is not None


def test_an_answer_goes_on_until_the_next_question() -> None:
    from twindeck.report.compare import claims

    heard = ("How far can you walk?", "About fifteen metres.", "Then I have to stop and rest.")
    who = ("S1", "S2", "S2")
    assert claims("She can walk 15 metres.", heard, who) == " ".join(heard[1:])
    # another speaker's remark that shares no word is not part of the answer
    assert claims("She can walk 15 metres.", heard, ("S1", "S2", "S3")) == heard[1]


def test_the_answer_to_a_question_that_ends_the_passage_is_heard() -> None:
    from twindeck.report.compare import claims

    heard = ("I take codeine.", "How far can you walk?", "Twenty metres.", "Then I stop.", "Why?")
    who = ("S2", "S1", "S2", "S2", "S1")
    # the passage is the first two utterances; its question is answered after it
    assert claims("She walks 200 metres.", heard, who, core=2) == "Twenty metres. Then I stop."


def _transcript(lines: list[tuple[str, str]]) -> object:
    """A transcript as the model would give it: one utterance per line, two seconds each."""
    return said_transcript(lines)


DIALOGUE_TEXT = [
    ("S1", "How far can you walk?"),
    ("S2", "About twenty metres."),
    ("S2", "Then I have to stop because of the pain."),
    ("S1", "Do you cook for yourself?"),
    ("S2", "My daughter helps me cook."),
]


def test_findings_say_which_activity_and_what_it_is_worth() -> None:
    from twindeck.report.compare import check_report

    report = (
        "PIP consultation report.\nShe states she can walk 200 metres.\n"
        "Activity 1 - Preparing food\nShe states she cooks every day.\n"
    )
    found = check_report(split_statements(report), _transcript(DIALOGUE_TEXT), 10.0)  # type: ignore[arg-type]
    kinds = {(f.kind, f.statement) for f in found}
    assert ("number_changed", "She states she can walk 200 metres.") in kinds
    assert ("qualifier_dropped", "She states she can walk 200 metres.") in kinds
    cook = next(f for f in found if f.statement == "She states she cooks every day.")
    assert cook.kind == "qualifier_dropped" and cook.activity.endswith("Preparing food")
    assert "descriptor e, 4 points" in cook.detail  # needs assistance: PIP 1e
    walk = next(f for f in found if f.kind == "number_changed")
    assert walk.activity == "PIP mobility activity 2, Moving around"
    assert found[0] is walk  # crossing a descriptor threshold ranks first


def test_reviews_survive_a_second_check_and_own_findings_quote_the_transcript() -> None:
    from twindeck.errors import UnusableInput
    from twindeck.report import review
    from twindeck.report.compare import check_report

    transcript = _transcript(DIALOGUE_TEXT)
    statements = split_statements("She states she can walk 200 metres. She cooks every day.")
    first = check_report(statements, transcript, 10.0)  # type: ignore[arg-type]
    data = review.merge(None, first, "ABCD-EFGH")
    review.edit(data, 1, {"rejected": True, "detail": "Twenty metres, not 200."})
    own = review.add_own(data, transcript, statements[1].text, 1, 8.5, 9.0, "other", "Help.")  # type: ignore[arg-type]
    assert own["passage"]["text"] == "S2: My daughter helps me cook."  # the words, not typed
    assert data["findings"][0]["machine_detail"].startswith("the report says 200 metres")
    again = review.merge(data, check_report(statements, transcript, 10.0), "ABCD-EFGH")  # type: ignore[arg-type]
    assert again["findings"][0]["rejected"] is True
    assert again["findings"][0]["detail"] == "Twenty metres, not 200."
    assert again["findings"][-1] == own
    for bad in (
        lambda: review.add_own(data, transcript, "x words", 0, 50.0, 60.0, "other", "why"),  # type: ignore[arg-type]
        lambda: review.add_own(data, transcript, "x words", 0, 3.0, 1.0, "other", "why"),  # type: ignore[arg-type]
        lambda: review.add_own(data, transcript, "x words", 0, 1.0, 3.0, "made_up", "why"),  # type: ignore[arg-type]
        lambda: review.edit(data, 99, {"rejected": True}),
        lambda: review.edit(data, 1, {"detail": "   "}),
    ):
        with pytest.raises(UnusableInput):
            bad()


def test_a_passage_is_its_own_utterances_only() -> None:
    from twindeck.report.compare import WINDOW, passages

    lines = [("S1", f"Line number {i} here.") for i in range(8)]
    for i, p in enumerate(passages(_transcript(lines))):  # type: ignore[arg-type]
        expected = " ".join(text for _, text in lines[i : i + WINDOW])
        assert p.heard == expected


def test_an_activity_never_asked_about_is_a_finding() -> None:
    from twindeck.report.compare import check_report

    report = (
        "Activity 10 - Making budgeting decisions\nShe manages her own bills and bank account.\n"
        "She was able to count change.\nActivity 1 - Preparing food\nShe cooks every day.\n"
    )
    found = check_report(split_statements(report), _transcript(DIALOGUE_TEXT), 10.0)  # type: ignore[arg-type]
    asked = [f for f in found if f.kind == "never_asked"]
    assert len(asked) == 1  # one finding for the activity, not one per sentence
    assert asked[0].statement == "She manages her own bills and bank account."
    assert "Making budgeting decisions" in asked[0].detail
    assert all(f.kind != "never_asked" for f in found if "cooks" in f.statement)  # cooking came up


def test_never_said_names_the_words_and_a_paraphrase_is_still_compared() -> None:
    from twindeck.report.compare import check_report
    from twindeck.report.statements import stem

    assert [stem(w) for w in ("sitting", "stopped", "dressed", "dress", "falls")] == [
        "sit", "stop", "dress", "dress", "fall",
    ]  # fmt: skip
    lines = [
        ("S1", "Can you get to places you have not been before?"),
        ("S2", "No, I get lost and panic."),
        ("S2", "My sister always comes with me."),
        ("S1", "Do you remember your tablets?"),
        ("S2", "My son reminds me every morning."),
    ]
    statements = split_statements("She states she travels to new places by bus.")
    found = check_report(statements, _transcript(lines), 10.0)  # type: ignore[arg-type]
    # the report's words were never said, but the topic (journeys) came up: the departure is
    # the limit it leaves out, and the finding says the wording was not the claimant's
    assert [f.kind for f in found] == ["qualifier_dropped"]
    assert "accompanied" in found[0].detail
    assert "the report's words travels, new, bus were never said" in found[0].detail
    assert "Planning and following journeys" in found[0].activity
    # with nothing on its topic, it is simply never said, and the words are named
    alone = check_report(
        split_statements("She states she plays golf at weekends."),
        _transcript(lines),
        10.0,  # type: ignore[arg-type]
    )
    assert [f.kind for f in alone] == ["never_said"]
    assert "never said: plays, golf, weekends" in alone[0].detail


def test_consultation_times_and_lengths_in_the_forms_reports_use() -> None:
    from twindeck.report.compare import check_report, clock_times

    assert clock_times("started at 10:00 and ended at 11.15") == [600, 675]
    assert clock_times("from 9.30am to 2pm, 12am, 12:30 pm") == [570, 840, 0, 750]
    assert clock_times("walked 20 metres in 10.5 minutes") == []  # no time of day here
    transcript = _transcript(DIALOGUE_TEXT)  # ten seconds of it
    for text, minutes in (
        ("The consultation started at 11:35 and ended at 12:35.", "60"),
        ("The assessment began at 9.30am and finished at 10.20am.", "50"),
        ("The consultation lasted 55 minutes.", "55"),
        ("The telephone call started at 23:50 and ended at 00:40.", "50"),
    ):
        found = check_report(split_statements(text), transcript, 10.0)  # type: ignore[arg-type]
        assert [f.kind for f in found] == ["impossible"], text
        assert f"consultation of {minutes} minutes" in found[0].detail
    fits = check_report(split_statements("The call lasted 1 minute."), transcript, 60.0)  # type: ignore[arg-type]
    assert all(f.kind != "impossible" for f in fits)


def test_a_topic_that_comes_up_twice_is_heard_both_times() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How far can you walk outside with your stick?"),
        ("S2", "It depends on the day, I walk outside with my stick."),
        ("S1", "Do you take tablets?"),
        ("S2", "Codeine in the morning."),
        ("S1", "Who helps at home?"),
        ("S2", "My husband does the shopping."),
        ("S1", "Do you sleep well?"),
        ("S2", "Not really."),
        ("S2", "Walking outside with the stick, about twenty metres."),
    ]
    statements = split_statements("She can walk 200 metres outside with a stick.")
    found = check_report(statements, _transcript(lines), 20.0)  # type: ignore[arg-type]
    assert "number_changed" in {f.kind for f in found}


def test_an_answer_is_on_the_topic_as_a_whole() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How do you manage with washing and bathing?"),
        ("S2", "I only shower about twice a week, it wipes me out."),
        ("S2", "I sit on a shower seat and my partner helps me wash my hair."),
        ("S1", "Do you take tablets?"),
        ("S2", "Codeine in the morning."),
    ]
    statements = split_statements(
        "He states he showers 5 times a week on a shower seat, his partner helping with his hair."
    )
    found = check_report(statements, _transcript(lines), 10.0)  # type: ignore[arg-type]
    changed = [f for f in found if f.kind == "number_changed"]
    assert changed and "twice a week" in changed[0].detail  # said in the answer's first sentence


def test_report_wording_that_blind_cases_taught() -> None:
    from twindeck.report.compare import check_report

    # "Mental state examination" is not reported speech; its consultation length is impossible
    st = split_statements(
        "Mental state examination: he kept eye contact in the 45 minute assessment."
    )
    assert not st[0].reported
    found = check_report(st, _transcript(DIALOGUE_TEXT), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]
    # "every morning" is a frequency; mum and mother, rings and phones are the same words
    assert [(q.kind, q.value) for q in quantities("my mum rings me every morning")] == [
        ("frequency", 7.0)
    ]
    lines = [
        ("S1", "Who helps you get going in the day?"),
        ("S2", "My mum rings me every morning to get me up and remind me to eat."),
        ("S1", "Can you lift a kettle?"),
        ("S2", "A half-full one."),
    ]
    statement = "He states his mother phones him once a week to prompt him to eat."
    found = check_report(split_statements(statement), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert "number_changed" in {f.kind for f in found}
    assert all(f.kind != "never_said" for f in found)
    # someone there in case of a fall is being accompanied, not help with the task
    assert qualifiers("the wife has to be there in case I fall") == ["accompanied", "not safely"]


def test_more_everyday_wording() -> None:
    assert [q.low for q in quantities("a couple of hundred yards")] == [pytest.approx(182.88)]
    assert [(q.low, q.high) for q in quantities("several times a week")] == [(3.0, 7.0)]
    assert qualifiers("my sister has to come with me") == ["accompanied"]  # not help as well
    assert qualifiers("my partner has to remind me") == ["prompt"]
    assert qualifiers("he needs his partner to keep him on track") == ["help"]
    assert "accidents" in qualifiers("episodes of incontinence")


def test_figures_are_compared_as_people_give_them() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "What medication are you on?"),
        ("S2", "Co-codamol, twice a bit, morning and night."),  # "a day" misheard
        ("S2", "My husband has to remind me, I forget most days."),
        ("S1", "How far can you walk before you have to stop?"),
        ("S2", "Maybe 20 madras, then my legs go."),  # "metres" misheard
        ("S1", "Can you manage the stear's at home?"),  # "stairs" misheard
        ("S2", "I go up one at a time holding the rail."),
        ("S2", "So I only go up once a day, at bedtime."),
        ("S1", "Do you see friends or family?"),
        ("S2", "I only really see my sister every couple of months."),
    ]
    report = (
        "She takes co-codamol twice a day and her husband reminds her because she forgets most "
        "days.\nShe states she can walk about 200 metres.\nShe states she manages the stairs "
        "about six times a day.\nShe states she sees her sister about once a week.\n"
        "She stated that she volunteers at a charity shop one morning a week."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    changed = {f.statement: f.detail for f in found if f.kind == "number_changed"}
    details = " | ".join(changed.values())
    # "most days" was said and agrees: it is not also held against "twice a day"
    assert not any("co-codamol" in s for s in changed)
    assert "the report says 200 metres; what was said: 20 " in details  # bare, unit misheard
    assert "the report says six times a day; what was said: once a day" in details
    assert "the report says once a week; what was said: every couple of months" in details
    # a frequency said about something else (the stairs) is not held against volunteering
    assert not any("charity" in s for s in changed)
    assert len(changed) == 3


def test_word_forms_and_sounds_alike_are_one_word() -> None:
    from twindeck.report.compare import Index, _windows
    from twindeck.report.statements import stem

    assert stem("manage") == stem("manages") == stem("managing") == stem("managed")
    assert stem("change") == stem("changes") == stem("changing")
    assert stem("sitting") == stem("sits") == "sit" and stem("dressed") == "dress"
    assert stem("knees") == stem("knee") and stem("boxes") == stem("box")
    index = Index(_windows(_transcript([("S1", "Can you manage the stear's at home?")])))  # type: ignore[arg-type]
    assert index.heard_as("She manages the stairs.") == "She manages the stears."
    # an everyday word is not what a report's word was misheard as ("must", "most")
    index = Index(_windows(_transcript([("S2", "Most days I stop.")])))  # type: ignore[arg-type]
    assert index.heard_as("She must stop.") == "She must stop."
    # a different word that shares only a Metaphone key (charity, shirt) is not taken for it
    index = Index(_windows(_transcript([("S2", "I wear a shirt.")])))  # type: ignore[arg-type]
    assert index.heard_as("She volunteers for a charity.") == "She volunteers for a charity."


def test_a_figure_is_looked_for_further_when_the_best_passage_has_none() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Tell me about cooking a meal at the cooker."),
        ("S2", "Cooking a meal is hard, I lean on the cooker and my back hurts."),
        ("S1", "Do you take tablets?"),
        ("S2", "Codeine in the morning."),
        ("S1", "Do you sleep well?"),
        ("S2", "Not really, I wake up a lot."),
        ("S1", "How long can you stand at the cooker?"),
        ("S2", "About five minutes."),
    ]
    statements = split_statements("She can stand at the cooker to cook a meal for 30 minutes.")
    found = check_report(statements, _transcript(lines), 20.0)  # type: ignore[arg-type]
    changed = [f.detail for f in found if f.kind == "number_changed"]
    assert changed and "what was said: five minutes" in changed[0]


def test_a_question_is_heard_with_its_lead_in() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "And sitting."),
        ("S1", "How long before you need to get up?"),
        ("S2", "After about a quarter of an hour I have to get up and move about."),
        ("S1", "What's the heaviest thing you could lift?"),
        ("S1", "Do you think?"),
        ("S2", "Sugar, so a kilo."),
    ]
    report = "She can sit for 15 minutes.\nShe can lift a 5kg bag of potatoes."
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    sit = [f for f in found if f.statement == "She can sit for 15 minutes."]
    # "sitting" led into the question: its answer is heard, with its limit and its figure
    assert [f.kind for f in sit] == ["qualifier_dropped"] and "rest" in sit[0].detail
    changed = [f.detail for f in found if f.kind == "number_changed"]
    assert changed == ["the report says 5kg; what was said: a kilo"]


def test_a_follow_up_question_is_heard_but_a_new_one_is_not() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Do you have any problems with your bladder?"),
        ("S2", "Yes, I have accidents with my bladder."),
        ("S2", "I wear pads all the time now. It's embarrassing."),
        ("S1", "How often do the accidents happen?"),
        ("S2", "Two or three times a week."),
        ("S1", "How do you manage with washing?"),
        ("S2", "I shower three times a week, with my partner in the house."),
        ("S1", "How often do you get out of the house and go anywhere new on your own?"),
        ("S2", "Maybe once a week."),
    ]
    report = (
        "She has bladder accidents about once a month and wears pads.\n"
        "She showers three times a week, with her partner in the house."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    changed = {f.statement: f.detail for f in found if f.kind == "number_changed"}
    assert list(changed.values()) == [
        "the report says once a month; what was said: Two or three times a week"
    ]


def test_a_figure_is_looked_for_by_the_part_of_the_sentence_it_is_in() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Can you pick things up and carry them?"),
        ("S2", "Only light things, with both hands, and only a few steps."),
        ("S2", "My wrists give way."),
        ("S1", "Do you sleep well?"),
        ("S2", "Not really, I wake up a lot in the night."),
        ("S1", "What's the heaviest thing you could lift?"),
        ("S2", "Sugar, so a kilo."),
    ]
    report = (
        "She can lift a 5kg bag of potatoes using both hands but can carry it only a few steps."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    changed = [f.detail for f in found if f.kind == "number_changed"]
    assert changed == ["the report says 5kg; what was said: a kilo"]


def test_report_wording_that_keeps_a_limit() -> None:
    # a report that says the limit in its own words has not dropped it
    assert "rest" in qualifiers("sitting on the bed to dress")
    assert "rest" in qualifiers("before needing to get up and move")
    assert "not safely" in qualifiers("she then needs to sit due to feeling unsteady")
    assert "not safely" in qualifiers("supervised by her partner for safety")
    assert "not repeatedly" in qualifiers("has to rest in the afternoon due to fatigue")
    assert "help" in qualifiers("a dosette box filled by his partner")
    assert "help" in qualifiers("her daughter manages all bills")
    assert "accompanied" in qualifiers("with his husband behind him")
    # a need said with a double negative is a need; a plain denial is not
    assert "help" in qualifiers("unable to settle without support from her sister")
    assert "help" not in qualifiers("she walks without support")
    # someone else sitting with the claimant is not the claimant resting
    assert "rest" not in qualifiers("my partner has to sit with me and talk me down")
    assert "help" in qualifiers("my partner has to sit with me and talk me down")


def test_who_came_is_borne_out_by_the_recording() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Is it Karen Walsh?"),
        ("S2", "Yes. I've got my husband with me if that's all right."),
        ("S1", "How far can you walk?"),
        ("S2", "About twenty metres."),
    ]
    report = (
        "She was accompanied by her husband during the assessment.\n"
        "The claimant attended with her sister."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found] == [(0, "supported")]
    assert "husband" in found[0].detail and "husband" in found[0].passage.heard  # type: ignore[union-attr]


def test_who_asks_decides_what_is_a_question() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Let's talk about walking. How far can you walk?"),
        ("S2", "Not far. I lean on my stick."),
        # the companion, punctuated by the model as if asking
        ("S2", "Can I just say, she gets about 50 yards, not much more?"),
        ("S1", "Thank you. Do you use the phone?"),
        ("S1", "Could you ring the doctors?"),
        ("S1", "For example,"),  # the assessor's turn goes on: not an answer
        ("S2", "If I have to ring somewhere, my sister sits next to me and writes it down."),
        ("S2", "More like every other week. No, every couple of weeks."),
    ]
    report = (
        "Her daughter explained she is able to walk approximately 150m with a stick.\n"
        "Mr Price uses the telephone every day."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    changed = [f.detail for f in found if f.kind == "number_changed"]
    assert any(d.startswith("the report says 150m; what was said: 50 yards") for d in changed)
    assert "the report says every day; what was said: every couple of weeks" in changed
    phone = [f for f in found if f.statement.startswith("Mr Price")]
    assert "qualifier_dropped" in {f.kind for f in phone}  # the sister writes it down


def test_a_figure_for_another_action_is_not_compared() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How long can you stand for, say at the sink?"),
        ("S2", "About five minutes, then I have to sit down."),
        ("S1", "Do you sleep well?"),
        ("S2", "No, the pain wakes me."),
    ]
    report = "He can sit for 15 minutes without difficulty."
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    assert "number_changed" not in {f.kind for f in found}  # five minutes was standing


def test_more_limits_said_in_everyday_words() -> None:
    assert "aid" in qualifiers("only with my magnifying glass")
    assert "aid" in qualifiers("I've always got my rollator with me")
    assert "pain" in qualifiers("then I get headaches")
    assert "pain" in qualifiers("I get so out of breath")
    assert "not repeatedly" in qualifiers("I can't keep it up")
    assert "confused" in qualifiers("I lose the thread and drift off")
    assert "confused" in qualifiers("she cannot take it in")


def test_british_and_american_spelling_are_one_word() -> None:
    from twindeck.report.compare import _stem

    assert _stem("programme") == _stem("program")
    assert _stem("neighbour") == _stem("neighbor") and _stem("hour") == "hour"
    assert _stem("metres") == _stem("meters") and _stem("litre") == _stem("liter")
    assert _stem("mobilise") == _stem("mobilize") and _stem("travelled") == _stem("traveled")
    assert _stem("television") == _stem("TV".lower())


def test_each_figure_said_accounts_for_one_of_the_report() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How do you get on with remembering your medication?"),
        ("S2", "I've got a dosette box but I still forget. My partner rings me every morning to "
               "remind me, before that I was missing my tablets most days."),
        ("S1", "Do you sleep well?"),
        ("S2", "No, the pain wakes me."),
    ]  # fmt: skip
    report = (
        "She is prompted every morning by her partner; without this she was missing medication "
        "about once a fortnight."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    # every morning accounts for every morning (most days would too, but it is taken once); most
    # days is left to compare with a fortnight
    changed = [f.detail for f in found if f.kind == "number_changed"]
    assert changed == ["the report says once a fortnight; what was said: most days"]


def test_word_forms_of_the_same_verb_and_noun() -> None:
    from twindeck.report.compare import _stem

    assert _stem("concentration") == _stem("concentrate") == _stem("concentrating")
    assert _stem("lost") == _stem("losing") and _stem("track") == _stem("thread")
    assert _stem("fell") == _stem("falls") and _stem("stood") == _stem("stand")
    assert _stem("bladder") == _stem("accidents")
    assert "confused" in qualifiers("before losing track") and "confused" in qualifiers(
        "I lost track of it"
    )


def test_limits_in_the_words_of_held_out_twelve() -> None:
    assert "distress" in qualifiers("I got on the wrong bus and I was in a right state")
    assert "distress" in qualifiers("I was shaken. I just couldn't cope with it")
    assert "distress" in qualifiers("then I'm frightened to go back to sleep")
    assert "distress" not in qualifiers("I have to sit down because my legs start shaking")
    assert "rest" in qualifiers("standing at the cooker before using a perching stool")
    assert "rest" in qualifiers("he dresses sitting on the edge of the bed")
    assert "accompanied" in qualifiers("only when her mother is at home")
    assert "slowly" not in qualifiers("I fell and I was on the floor for ages")
    assert "slowly" in qualifiers("it takes me ages to get dressed")
    # "most days" is how often, not a limit of its own
    assert "bad days" not in qualifiers("I was missing my tablets most days")
    assert "accompanied" in qualifiers("only when my mommy's in the house")


def test_what_a_telephone_call_cannot_show() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is your PIP assessment, my telephone."),  # "by telephone", as heard
        ("S1", "Is anyone with you?"),
        ("S2", "My friend Gemma's here, she helps me if I get muddled."),
        ("S1", "Do you get on with people you don't know?"),
        ("S2", "No, I get really anxious."),
    ]
    report = (
        "Informal observation: she made good eye contact throughout the consultation. "
        "Informal observation: she walked into the consultation room unaided. "
        "No one else was present during the consultation. "
        "She states she gets anxious with people she does not know."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    impossible = {f.statement_index: f for f in found if f.kind == "impossible"}
    assert sorted(impossible) == [0, 1, 2]
    assert "telephone" in impossible[0].detail and "eye contact" in impossible[0].detail
    assert impossible[2].passage is not None and "Gemma" in impossible[2].passage.text
    # face to face, the same observations are not ruled out
    lines[0] = ("S1", "Hello, this is your PIP assessment, thanks for coming in.")
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == [2]


def test_a_visit_in_everyday_words_and_a_son_heard_as_sun() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Can you bend to pick something up off the floor?"),
        ("S2", "No. If I drop something it stays there until my sun comes round."),
        ("S1", "How often does he come round?"),
        ("S2", "Every evening, after work."),
    ]
    report = "She states her son visits twice a week."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    changed = [f.detail for f in found if f.kind == "number_changed"]
    assert changed == ["the report says twice a week; what was said: Every evening"]


def test_limits_in_the_words_of_held_out_thirteen() -> None:
    assert "help" in qualifiers("Anna cuts it up for me")  # a name, not a relation
    assert "help" in qualifiers("Some words, not long ones. Ben reads them for me.")
    assert "help" in qualifiers("and I do his back and his feet, he can't reach")  # his wife
    assert "help" in qualifiers("someone else manages her bills")
    assert "help" in qualifiers("he needs his food cutting up at every meal")
    assert "aid" in qualifiers("she holds onto the wall")
    assert "aid" in qualifiers("I pick it up with one of those grabber things")
    assert "aid" in qualifiers("round my own estate with my white cane")
    assert "accompanied" in qualifiers("Not on my own. I've done it with Gemma.")
    assert "distress" in qualifiers("I don't know what to say and I get overwhelmed")
    assert "difficulty" in qualifiers(
        "I can talk to people if I have to, but I find it really hard"
    )
    assert "bad days" in qualifiers("a few seconds before, not always")
    assert "rest" in qualifiers("she lies down for two hours after showering")
    assert "not safely" in qualifiers("She reports fainting about once a month.")


def test_history_is_not_held_to_the_limits_said_with_it() -> None:
    from twindeck.report.compare import HISTORY, check_report

    assert HISTORY.search("She has had fibromyalgia for about five years.")

    lines = [
        ("S1", "Can you tell me about your back?"),
        ("S2", "I hurt it at work, lifting, about three years ago. The pain is constant."),
    ]
    report = (
        "He injured his back lifting at work about three years ago. "
        "He states he can lift at work without pain."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    dropped = [f.statement_index for f in found if f.kind == "qualifier_dropped"]
    assert dropped == [1]


def test_everyday_words_for_a_place_and_for_sight() -> None:
    from twindeck.report.compare import _stem, _words

    assert "unfamiliar" in _words("Do you go to places you don't know?")
    assert "unfamiliar" in _words("anywhere new, I need someone to guide me")
    assert "visit" in _words("my son comes round every evening")
    assert "visit" not in _words("Hello, come in and take a seat")
    assert _stem("vision") == _stem("eyes") and _stem("newspaper") == _stem("paper")


def test_what_a_call_that_asks_can_you_hear_me_cannot_show() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is the assessment, call for your PIP. Can you hear me clearly?"),
        ("S2", "Yes, go slowly please."),
        ("S1", "How far can you walk?"),
        ("S2", "From the lounge to the kitchen."),
    ]
    report = (
        "Informal observation: she was not breathless on walking into the room. "
        "She was observed to find her way along the corridor using her cane. "
        "Informal observation: she was seen to rise from the chair without using her arms. "
        "She states she can walk from the lounge to the kitchen."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2]
    # a video call: the assessor can see them
    lines[0] = ("S1", "Hello, this is your video assessment. Can you hear me clearly?")
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == []


def test_an_observation_longer_than_the_recording() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "How do you get on with people?"), ("S2", "I don't trust people.")]
    report = (
        "Informal observation: he engaged appropriately for the full 55 minutes. "
        "Informal observation: she remained seated for the whole hour-long consultation. "
        "He states he does not trust people."
    )
    found = check_report(split_statements(report), _transcript(lines), 70.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1]
    assert quantities("for the full hour")[0].value == 60.0


def test_a_sum_written_with_its_sign_and_a_kerb_spelt_the_american_way() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Tell me about the spending."),
        ("S2", "Last summer I spent £4 ,000 in a week on a credit card."),
        ("S1", "Have you had any accidents?"),
        ("S2", "I've tripped on curbs a few times."),
    ]
    report = (
        "She states she spent four hundred pounds in a week. "
        "She reports tripping on a kerb on one occasion."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    changed = sorted(f.detail for f in found if f.kind == "number_changed")
    assert changed == [
        "the report says four hundred pounds; what was said: £4 ,000",
        "the report says one occasion; what was said: a few times",
    ]


def test_limits_in_the_words_of_held_out_fourteen() -> None:
    assert "rest" not in qualifiers("Three routes, the shop, the bus stop, and my daughters.")
    assert "rest" in qualifiers("I have to stop every few yards")
    assert "rest" in qualifiers("he showers every other day, taking about an hour with breaks")
    assert "rest" in qualifiers("he sleeps for two to three hours most afternoons")
    assert "help" in qualifiers("His father joined the call and supported him.")
    assert "prompt" in qualifiers("I come round every day and I make sure she does something.")
    assert "rest" in qualifiers("I had to sit on the bench for a couple of minutes")
    assert "help" in qualifiers("Now my partner has control of the cards.")
    assert "help" in qualifiers("My neighbor does my shopping once a week.")  # as the model spells
    assert "help" in qualifiers("For hospital appointments, Mum pushes me in a wheelchair.")
    assert "help" in qualifiers("my daughter checks the dose on the pen")
    # held-out-19
    assert "prompt" in qualifiers("every single day. If I don't tell him, he won't shower")
    assert "help" in qualifiers("Reading is hard. Tom does all my forms.")


def test_reported_speech_that_was_asked_and_answered_no() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Do you get any warning before a seizure?"),
        ("S2", "No, nothing. I just wake up on the floor."),
        ("S1", "Do you answer the phone or the door?"),
        ("S2", "No, but sometimes I answer the door to my sister."),
    ]
    report = (
        "He reports he gets a warning aura before his seizures. "
        "He states he does not get any warning before a seizure. "
        "He states he answers the door."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    never = [f for f in found if f.kind == "never_said"]
    assert [f.statement_index for f in never] == [0]
    assert "No, nothing" in never[0].detail and "warning before a seizure" in never[0].detail


@pytest.mark.parametrize(
    "said",
    [
        "Yes, this is my wife, Sandra.",
        "I'm [inaudible] her support worker from the council.",
        "Mark, he's my support worker.",
        "I'm Chloe, the friend.",
    ],
)
def test_a_companion_who_says_so_in_other_words(said: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "This is your face to face assessment. Who is with you?"), ("S2", said)]
    report = "She attended the assessment alone. The claimant was unaccompanied."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1]


def test_sights_in_a_call_on_the_line() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is your PIP assessment. Who have I got on the line?"),
        ("S2", "It's Ryan. I hear voices every day."),
    ]
    report = (
        "Ryan had clean hair and appeared well groomed. "
        "The claimant was appropriately dressed and well kempt. "
        "He was noted to be alert and had no visible injuries to his hands. "
        "During the call he was seen to move his hands freely. "
        "He states he is well groomed. "
        "He reported hearing voices daily."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2, 3]


def test_a_habit_never_spoken_of_is_not_compared_with_another_figure() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Do you have periods when you feel high?"),
        ("S2", "Yes, maybe once or twice a year. I spend money I haven't got."),
        ("S1", "Who do you see for your mental health?"),
        ("S2", "A community psychiatric nurse, every two weeks."),
        ("S1", "Have you had two operations?"),
        ("S2", "I've had two operations on my bowel."),
    ]
    report = (
        "She said she volunteers at a charity shop two mornings a week. "
        "She stated she has had one operation on her bowel."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted((f.statement_index, f.kind) for f in found) == [
        (0, "never_said"),
        (1, "number_changed"),
    ]


def test_a_plain_claim_of_what_they_can_do_against_i_cant() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How do you manage dressing?"),
        ("S2", "I can't do buttons on a bad day. My fingers are numb."),
        ("S1", "Could you lift a kettle?"),
        ("S2", "No, not really. A cup of tea with two hands."),
    ]
    report = (
        "She reported that she can fasten buttons. "
        "She is able to lift a kettle. "
        "She can lift a cup of tea with two hands but not a kettle."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    # a limit said with the "can't" (on a bad day) is a limit dropped; a plain "No, not really"
    # to what the report says she is able to do is the opposite of what she said: never said
    cannot = [f.statement_index for f in found if "can't do it" in f.detail]
    assert cannot == [0]
    assert [(f.statement_index, f.kind) for f in found if f.kind == "never_said"] == [
        (1, "never_said")
    ]
    assert "No, not really" in next(f.detail for f in found if f.kind == "never_said")
    lines = [("S1", "How do you cope with changes to plans?"), ("S2", "Not well. I get agitated.")]
    found = check_report(
        split_statements("He copes well with changes to his routine."),
        _transcript(lines),  # type: ignore[arg-type]
        10.0,
    )
    assert [f.kind for f in found] == ["never_said"]


def test_what_needs_the_claimant_in_the_room_in_a_remote_consultation() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hi, thanks for joining the video call. This is your work capability assessment."),
        ("S2", "I have Crohn's. I'm near the bathroom in case I need to go."),
    ]
    report = (
        "A physical examination of the abdomen was carried out and was unremarkable. "
        "He travelled to the assessment centre by bus and arrived on time. "
        "She walked into the consulting room unaided. "
        "She read the consent form and signed it in the presence of the assessor. "
        "Informal observation: she made good eye contact. "  # a video call shows that
        "She reports she has Crohn's disease."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2, 3]
    # face to face, none of it is ruled out
    lines[0] = ("S1", "Thanks for coming in. This is your work capability assessment.")
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == []


def test_observations_and_a_companion_in_held_out_sixteens_words() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is your PIP assessment by telephone. Is anyone with you?"),
        ("S2", "My husband, Tom, he drove me here."),
    ]
    report = (
        "On observation his tremor was mild and he was able to grip firmly with both hands. "
        "On examination there was no cyanosis and no ankle swelling. "
        "She attended the assessment unaccompanied."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2]


def test_a_reported_no_that_was_answered_yes() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Are you sensitive to light?"),
        ("S2", "Yes, sunlight brings on a rash. I keep the curtains closed."),
    ]
    report = "She reported no sensitivity to sunlight. She reported sensitivity to sunlight."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "never_said"] == [0]


def test_a_life_the_report_gives_that_nobody_spoke_of() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How far can you walk?"),
        ("S2", "To the end of the road, then my knees give way."),
        ("S1", "Do you cook?"),
        ("S2", "Only the microwave."),
    ]
    report = (
        "She works weekends as a retail assistant. "  # no word of it was said
        "She attends a weekly Pilates class. "
        "He prepares his own meals. "  # an activity: its words may have been misheard
        "Informal observation: she enjoys the garden."  # what the assessor saw
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "never_said") == [0, 1]


def test_how_the_consultation_was_held_against_the_report() -> None:
    from twindeck.report.compare import check_report

    on_screen = [
        ("S1", "Hello, can you see and hear me? This is your PIP assessment."),
        ("S2", "Yes, I can see you. The light is a bit bad in here."),
    ]
    report = (
        "On examination, tender points were palpated and found to be within normal limits. "
        "The consultation was carried out face to face at the assessment centre."
    )
    found = check_report(split_statements(report), _transcript(on_screen), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1]
    in_room = [
        ("S1", "Hello, thanks for coming in, take a seat. This is your PIP assessment."),
        ("S2", "Thank you."),
    ]
    report = "The consultation was carried out by telephone. The consultation was face to face."
    found = check_report(split_statements(report), _transcript(in_room), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == [0]


def test_what_the_claimant_asks_for_and_who_they_say_is_there() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is a face to face assessment. It's just you today?"),
        ("S2", "Yes, just me. My dad is outside in the car."),
        ("S1", "How long can you sit for?"),
        ("S2", "Sorry, can you say that again?"),
        ("S1", "How long can you sit?"),
        ("S2", "Maybe 15 minutes. Actually, sorry, could we stop for a minute?"),
    ]
    report = (
        "She was accompanied into the room by her father, who answered some questions. "
        "He heard and responded to all questions without any need for repetition. "
        "No breaks were requested or required during the consultation. "
        "She can sit for about 15 minutes."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    impossible = {f.statement_index: f for f in found if f.kind == "impossible"}
    assert sorted(impossible) == [0, 1, 2]
    assert impossible[1].passage is not None and "say that again" in impossible[1].passage.text
    # someone named as with them in the opening is a companion
    lines[:2] = [("S1", "Who's come with you?"), ("S2", "My mom. She might help.")]
    report = "No third party was present during the consultation."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_an_examination_named_by_its_part_in_a_video_call() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "This is your PIP assessment over video."), ("S2", "I have Crohn's.")]
    report = "Abdominal examination showed no tenderness."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_a_habit_the_report_says_goes_on_that_the_claimant_said_had_stopped() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "What medication do you take?"),
        ("S2", "Pregabalin twice a day. I was on morphine patches, but I came off them."),
        ("S1", "Do you work?"),
        ("S2", "I was a delivery driver, but I haven't worked since the operation."),
    ]
    report = (
        "She currently uses morphine patches for her pain. "
        "He currently works part time as a delivery driver. "
        "She previously used morphine patches."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    never = {f.statement_index: f for f in found if f.kind == "never_said"}
    assert sorted(never) == [0, 1]
    assert "came off them" in never[0].detail
    # work or a hobby the report gives in the present, that the claimant said they left
    lines = [
        ("S1", "Do you have any hobbies or interests?"),
        ("S2", "I used to do gardening, but I stopped last year. I haven't got the energy."),
        ("S1", "Are you working at the moment?"),
        ("S2", "I had to leave my job in a call centre last year."),
    ]
    report = (
        "She enjoys gardening and does this most days. "
        "He currently works part time in a call centre. "
        "He worked in a call centre for six years."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "never_said") == [0, 1]
    lines = [("S1", "Do you drive?"), ("S2", "Not anymore. I stopped a year ago.")]
    found = check_report(
        split_statements("He drives himself to the shops several times a week."),
        _transcript(lines),  # type: ignore[arg-type]
        10.0,
    )
    assert [f.kind for f in found] == ["never_said"]
    # what stopped, said in answer to a question that names it
    lines = [("S1", "Do you drive?"), ("S2", "I gave it up last year. I got confused.")]
    found = check_report(
        split_statements("She continues to drive short distances locally."),
        _transcript(lines),  # type: ignore[arg-type]
        10.0,
    )
    assert [f.kind for f in found] == ["never_said"]


def test_held_out_nineteens_ways_the_recording_rules_a_statement_out() -> None:
    from twindeck.report.compare import check_report, said_time

    assert said_time("It's just after 10 o 'clock.") == 600 and said_time("at ten o'clock") == 600
    lines = [
        ("S1", "Good morning, this is your assessment by telephone. It's just after 10 o 'clock."),
        ("S2", "Yes, go ahead."),
    ]
    report = "The consultation started at 2.15pm. The consultation started at 10.05am."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == [0]

    lines = [
        ("S1", "Can you both see and hear me okay? This is your PIP assessment."),
        ("S2", "Yes, we can. I'm Liam's mum. I'll help him answer."),
    ]
    report = (
        "Grip strength was tested and found to be normal in both hands. "
        "He was observed to walk into the consultation room with a normal gait. "
        "His mother remained in the waiting room and did not take part in the consultation."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2]

    # someone named as elsewhere is not with them; "Yes" to "on your own?" says nobody is
    lines = [
        ("S1", "This is your work capability assessment. Are you on your own today?"),
        ("S2", "Yes, my wife is at work, so I got a lift from a neighbour."),
    ]
    report = (
        "He attended alone. He was accompanied by his wife, who answered questions on his behalf."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == [1]


def test_held_out_twenties_ways_the_recording_rules_a_statement_out() -> None:
    from twindeck.report.compare import check_report, clock_times

    assert clock_times("started at ten o'clock and finished at eleven fifteen") == [600, 675]
    assert clock_times("began at two o'clock and ended at a quarter to four") == [120, 225]
    assert clock_times("He has two children.") == []
    lines = [
        ("S1", "Good afternoon, please come in. Is anyone with you today?"),
        ("S2", "No, my husband is at work, so it's just me."),
        ("S1", "How long can you sit?"),
        ("S2", "Sorry, do you mind if I stand up for a bit? Could I have five minutes, please?"),
        ("S1", "Of course."),
        ("S2", "Can you speak up a bit?"),
    ]
    report = (
        "The consultation started at ten o'clock and finished at eleven fifteen. "
        "She sat throughout the assessment without needing to stand. "
        "He did not require any breaks during the assessment. "
        "She heard all questions clearly without any need for repetition. "
        "Her husband, who attended with her, confirmed that she manages all household tasks."
    )
    found = check_report(split_statements(report), _transcript(lines), 60.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2, 3, 4]
    # a companion who speaks: her not being there, or no input from others, is ruled out
    lines[:2] = [("S1", "Who is with you?"), ("S2", "My partner, Sam, is here.")]
    report = "Her partner was not present. He gave his answers without any input from others."
    found = check_report(split_statements(report), _transcript(lines), 60.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1]


def test_what_the_recording_rules_out_in_held_out_twenty_one_and_twos_words() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is the PIP assessment call. Is anyone with you?"),
        ("S2", "Yes, I'm Gene. I'll help him out, his speech isn't great."),
        ("S1", "Can you hear me?"),
        ("S2", "Sorry, can you say the last bit again?"),
        ("S1", "How long can you sit for?"),
        ("S2", "Twenty minutes. Sorry, I need to lie down now."),
        ("S1", "Are you all right? Do you need a break?"),
        ("S2", "Actually, yes. Can I step outside for five minutes?"),
    ]
    report = (
        "He answered all questions himself without any assistance. "
        "His brother did not contribute to the consultation. "
        "The claimant took the call without anyone else present. "
        "He was well kempt and made good eye contact throughout the call. "  # by telephone
        "The assessment was completed without any questions needing to be repeated. "
        "He remained seated upright throughout the assessment. "
        "He completed the consultation without requiring a break. "
        "He remained well and did not need a break. "
        "He can sit for twenty minutes."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == list(range(8))
    # a consultation where none of that happened: nothing is ruled out
    quiet = [
        ("S1", "Thanks for coming in. Who is with you today?"),
        ("S2", "Just me."),
        ("S1", "How long can you sit for?"),
        ("S2", "Twenty minutes. I couldn't do it again straight after."),
        ("S1", "Shall we carry on?"),
        ("S2", "Yes, I'm fine."),
    ]
    found = check_report(split_statements(report), _transcript(quiet), 20.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == []


@pytest.mark.parametrize(
    "opening",
    [
        "Hello, this is your work capability assessment iPhone.",  # "by phone", as it is heard
        "Hello, I'm calling about your PIP claim. He's listening on the speaker.",
        "Hi, it's your assessment. Are you somewhere you can talk? Yes, I'm at home.",
        "Hello, can you hear me all right on the line?",
    ],
)
def test_an_examination_in_a_call_however_it_opens(opening: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", opening), ("S2", "Yes. My hands are stiff in the mornings.")]
    report = (
        "Whispered voice and tuning fork tests showed normal hearing in both ears. "
        "When asked to make a fist she showed full grip in both hands. "
        "On examination, sensation in the left foot was intact. "
        "She reports stiff hands in the mornings."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2]
    # in the room, with the examinations asked for, nothing is ruled out
    lines[0] = ("S1", "Thanks for coming in, take a seat.")
    lines.append(("S1", "I'd like to test your hearing, and the sensation in your left foot."))
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == []


def test_once_a_night_is_compared_with_what_was_said_a_night() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "What medication do you take, and how do you sleep?"),
        ("S2", "Naproxen once a day. Badly, the pain wakes me up three or four times a night."),
    ]
    report = "She reports that pain wakes her about once a night. She takes naproxen once a day."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found if f.kind == "number_changed"] == [
        (0, "number_changed")
    ]
    assert "three or four times a night" in next(f.detail for f in found if f.statement_index == 0)


def test_a_life_never_spoken_of_though_the_friend_in_it_was() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Who have you brought with you?"),
        ("S2", "This is my friend, Dave. He drove me here."),
        ("S1", "Do you go out alone?"),
        ("S2", "Only to the corner shop, early. Anywhere busier I need my friend with me."),
    ]
    report = (
        "He enjoys fishing at weekends with his friend. "
        "He enjoys going to the cinema with friends. "
        "He goes to the corner shop alone early in the morning."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "never_said") == [0, 1]


def test_what_goes_on_against_what_was_given_up_a_passage_away() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Do you use inhalers?"),
        ("S2", "The blue one, sometimes eight or ten times a day when it's bad."),
        ("S1", "Do you smoke?"),
        ("S2", "I gave up six years ago."),
        ("S1", "Do you see friends?"),
        ("S2", "I stopped going to the pub with them years ago."),
        ("S1", "Do you get out much?"),
        ("S2", "Only the stroke club on Thursdays, since the stroke."),
    ]
    report = (
        "She stated she still smokes ten cigarettes a day. "
        "He meets friends at the pub every week. "
        "He attends a stroke club on Thursdays."
    )
    found = check_report(split_statements(report), _transcript(lines), 16.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "never_said") == [0, 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She climbs a flight of stairs without needing to rest.", []),  # denied, not said
        ("She walks without the need for a stick.", []),
        ("I can't go far without needing to rest.", ["rest"]),  # a need
        ("I need reminding to shower.", ["prompt"]),
        ("I had a seizure holding a pan and burned my arm.", ["not safely"]),
    ],
)
def test_limits_denied_in_more_words(text: str, expected: list[str]) -> None:
    assert qualifiers(text) == expected


def test_a_cooker_is_cooking_and_an_old_injury_is_history() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Do you cook?"),
        ("S2", "Only the microwave. I had a seizure holding a pan and burned my arm."),
        ("S1", "Have you ever injured yourself?"),
        ("S2", "I broke my wrist last year in a seizure, and I burned my arm on the oven."),
    ]
    report = "He is able to use a cooker safely. He broke his wrist last year."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert sorted((f.statement_index, f.kind) for f in found) == [
        (0, "qualifier_dropped"),
        (1, "supported"),
    ]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("It's ten past two, so we'll start now.", 130),
        ("It's 20 past one.", 80),
        ("It's four minutes past ten.", 604),
        ("It's five to nine.", 535),
        ("We are starting at 11 minutes past 11.", 671),
        ("The time's 20 to 4, so we'll get going.", 220),
        ("It's twenty-five to eleven, let's begin.", 635),
        ("I sleep five to nine hours.", None),  # a range, not a time
    ],
)
def test_a_time_of_day_said_as_people_say_it(said: str, minutes: int | None) -> None:
    from twindeck.report.compare import said_time

    assert said_time(said) == minutes


def test_the_consultations_times_against_the_times_said_in_it() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, come in. The time's twenty to four, so we'll get going."),
        ("S2", "Thanks."),
        ("S1", "How far can you walk?"),
        ("S2", "About twenty metres."),
        ("S1", "How long can you stand?"),
        ("S2", "A few minutes."),
        ("S1", "Do you cook?"),
        ("S2", "Only toast."),
        ("S1", "Thank you, it's ten past four, we're done."),
    ]
    report = (
        "The consultation started at 15:20. "  # twenty minutes before the time said
        "The consultation ended at 16:40. "
        "The consultation started at 15:40 and ended at 16:10. "  # as said: not its length
        "The consultation started at 15:42."
    )
    found = check_report(split_statements(report), _transcript(lines), 18.0)  # type: ignore[arg-type]
    kinds = {f.statement_index: f.kind for f in found}
    assert kinds == {0: "impossible", 1: "impossible", 2: "supported", 3: "supported"}
    assert "3:40" in next(f.detail for f in found if f.statement_index == 0)


def test_how_it_was_held_in_held_out_twenty_three_and_fours_words() -> None:
    from twindeck.report.compare import check_report

    report = (
        "She understood every question first time and needed nothing repeated. "
        "Questions did not need to be repeated. "
        "No rest breaks were required during the consultation. "
        "The consultation proceeded without interruption. "
        "All answers were given by the claimant himself. "
        "Mental state: he was appropriately dressed, with good eye contact. "
        "He reports low mood."
    )
    lines = [
        ("S1", "Hi, I'm ringing about your PIP claim, this is the phone assessment."),
        ("S2", "Yes, it's his mum, Sandra. He asked me to be here."),
        ("S1", "How is your mood?"),
        ("S2", "Low. Sorry, say that again?"),
        ("S1", "How is your mood?"),
        ("S2", "Low. Can we stop for a bit? I need to close my eyes."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 12.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == list(range(6))
    # a video call (the picture froze), the claimant alone, asking nothing again: none of it
    lines = [
        ("S1", "I can see you now, your picture froze for a second. Can you hear me okay?"),
        ("S2", "Yes. My daughter comes with me when I go out."),
        ("S1", "How is your mood?"),
        ("S2", "Low, most days."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == []


@pytest.mark.parametrize(
    "said",
    ["Hi, yes, I'm Joe Quinn's support worker.", "I see you've come with your daughter."],
)
def test_a_companion_named_by_whose_they_are(said: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, this is your PIP assessment."), ("S2", said)]
    report = "The claimant attended the assessment alone."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_what_the_claimant_declined_or_was_helped_with_was_not_seen_so() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, come in. I'll guide you to the chair, it's just to your left."),
        ("S2", "Thank you. I can see shapes, not a lot more."),
        ("S1", "Could you stand up and walk across the room for me, if it's safe?"),
        ("S2", "I'd rather not, I've just had a dizzy spell. I'll stay sat down."),
        ("S1", "Could you stand on your left leg for me?"),
        ("S2", "Holding the desk, yeah, that's about it."),
        ("S1", "I'd like to ask you to lift your arms above your head."),
        ("S2", "I'd rather not, my right shoulder went this morning."),
        ("S1", "How are you feeling today?"),
        ("S2", "Sorry, I'm crying. Give me a second."),
        ("S1", "Could you pick up the pen for me?"),
        ("S2", "Yes, there you are."),
    ]
    report = (
        "She was observed to walk across the room with a normal gait. "
        "He was able to stand on his left leg without support. "
        "Shoulder range of movement was full on examination. "
        "He walked into the room unaided and found the chair independently. "
        "Her mood appeared settled throughout, with no tearfulness. "
        "She was able to pick up a pen from the desk. "  # she did
        "She reports dizzy spells."
    )
    found = check_report(split_statements(report), _transcript(lines), 24.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2, 3, 4]


@pytest.mark.parametrize(
    "said",
    [
        ("S1", "Hi Rachel, I've got you on screen. I can see you're lying down, that's fine."),
        ("S1", "Of course, stand whenever you need to."),
    ],
)
def test_sat_throughout_against_lying_down_or_let_stand(said: tuple[str, str]) -> None:
    from twindeck.report.compare import check_report

    lines = [said, ("S2", "Thanks. My back is bad today.")]
    report = "She sat upright throughout the consultation. She remained seated throughout."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1]


def test_a_reported_figure_in_misheard_words_is_compared_where_it_matched() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Can you tell me about your OCD?"),
        (
            "S2",
            "It's mainly contamination. I rush my hands, I don't know, forty, fifty times a day.",
        ),
        ("S1", "How often do you get flares?"),
        ("S2", "About once a month, lasting a week or so."),
    ]
    report = (
        "She reported washing her hands around ten times a day. "  # "wash" heard as "rush"
        "She reported flare-ups roughly once a fortnight. "
        "She said she goes to the gym three mornings a week."  # a life: never said
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert sorted((f.statement_index, f.kind) for f in found) == [
        (0, "number_changed"),
        (1, "number_changed"),
        (2, "never_said"),
    ]
    assert "never said" in next(f.detail for f in found if f.statement_index == 0)


def test_a_medicine_by_name_is_compared_with_what_was_said_of_medication() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "What medication do you take?"),
        ("S2", "Core care door, five times a day. It wears off after two hours."),
    ]
    report = "He takes co-careldopa three times daily. He takes co-careldopa five times a day."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "number_changed"] == [0]


def test_how_it_was_held_a_regimen_and_history_are_not_held_against_limits() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is your assessment by telephone. Can you hear me all right?"),
        ("S2", "Yes. I had a stroke in April last year and I fall a lot."),
        ("S1", "What medication do you take?"),
        ("S2", "Co-codamol twice a day. I forget it unless my wife reminds me, and I fall."),
    ]
    report = (
        "The assessment took place by telephone. "
        "She had a stroke in April last year. "
        "He takes co-codamol twice a day. "
        "He manages his medication independently."  # how he manages it: the reminder is dropped
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert sorted((f.statement_index, f.kind) for f in found) == [
        (0, "supported"),
        (1, "supported"),
        (2, "supported"),
        (3, "qualifier_dropped"),
    ]


def test_a_claimant_who_lip_reads_the_assessor_is_not_on_the_telephone() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Good afternoon, this is your assessment. Can you hear me all right?"),
        ("S2", "If you face me and speak slowly, I can lip read most of it."),
    ]
    report = "The assessment was carried out by telephone. She made good eye contact."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found if f.kind == "impossible"] == [
        (0, "impossible")
    ]


def test_what_the_report_says_was_got_right_against_i_dont_know() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "If you paid for something costing three pounds fifty with a five pound note, "
               "how much change would you get?"),
        ("S2", "Um, I don't know. Two?"),
        ("S1", "And what year is it?"),
        ("S2", "Twenty twenty six."),
    ]  # fmt: skip
    report = (
        "He correctly calculated the change due from a simple purchase. He correctly gave the year."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found if f.kind == "impossible"] == [
        (0, "impossible")
    ]


def test_a_denial_in_the_report_of_what_the_claimant_said_they_have() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Have you had any falls?"),
        ("S2", "I've fallen twice since Christmas."),
        ("S1", "Any thoughts of harming yourself?"),
        ("S2", "Sometimes. Not plans."),
        ("S1", "How's your mood?"),
        ("S2", "Low, most days."),
        ("S1", "Can you raise your arms above your head?"),
        ("S2", "Yes, my arms are fine."),
        ("S1", "Do you read?"),
        ("S2", "Yes, I read my paper every day."),
    ]
    report = (
        "He reported no falls. "
        "He denied any thoughts of self-harm. "
        "She reported no problems with her mood. "
        "He has no difficulty raising either arm above his head. "  # as said
        "He has no difficulty reading and reads a newspaper daily."
    )
    found = check_report(split_statements(report), _transcript(lines), 20.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "never_said") == [0, 1, 2]
    assert "Sometimes" in next(f.detail for f in found if f.statement_index == 1)


def test_how_it_was_held_in_held_out_twenty_five_and_sixs_words() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Good morning, I'm calling from the assessment service, this is your PIP "
               "telephone appointment. I think there's someone else joining us on the call."),
        ("S2", "Yes, my support worker. Sorry, what was the question again?"),
        ("S1", "How is your breathing?"),
        ("S2", "Bad. Can we stop for a minute?"),
    ]  # fmt: skip
    report = (
        "The assessment was carried out over a video link. "
        "No third party was present on the call. "
        "The consultation was completed without a break. "
        "She followed the conversation well and no questions needed repeating. "
        "Observation: there was no cyanosis of the lips or nail beds. "
        "She is seen weekly by the community respiratory team. "  # not an observation
        "He has therapy sessions by video call every fortnight."  # not this consultation
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2, 3, 4]


@pytest.mark.parametrize(
    "said",
    [
        "Is this your daughter?",
        "And you've brought someone with you.",
        "I see you've brought someone along.",
    ],
)
def test_a_companion_the_assessor_greets(said: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, come in. " + said), ("S2", "Yes, I'm Kev, his recovery worker.")]
    found = check_report(
        split_statements("Stephen was unaccompanied at the assessment."),
        _transcript(lines),  # type: ignore[arg-type]
        4.0,
    )
    assert [f.kind for f in found] == ["impossible"]


def test_more_ways_to_decline_struggle_or_be_helped() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Come through. There's a chair just to your left."),
        ("S2", "Could you help me with my coat, actually? I can't do the zip."),
        ("S1", "Could you tell me what this card says? It's in sixteen point."),
        ("S2", "I can see there's writing. I can't read it, sorry."),
        ("S1", "Could you walk to the kitchen door for me, just so I can see?"),
        ("S2", "Sorry, I need to hold the wall. There."),
        ("S1", "How do you feel today?"),
        ("S2", "I can't sit still. I'm pacing round the kitchen now."),
    ]
    report = (
        "Informal observation: she removed her coat independently on arrival. "
        "She was able to read the 16-point print card presented during the assessment. "
        "Informal observation: she walked to the kitchen door unaided. "
        "Informal observation: he sat still and appeared settled for the whole consultation. "
        "She reports she feels restless."
    )
    found = check_report(split_statements(report), _transcript(lines), 16.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1, 2, 3]


def test_what_the_recording_rules_out_in_held_out_twenty_seven_and_eights_words() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, thanks for letting me in, this is a home visit for your PIP assessment. "
               "Is it alright if your wife stays?"),
        ("S2", "I'm staying, he forgets half of it. Sorry, say again?"),
        ("S1", "Okay, I'd like to have a look at your shoulders."),
        ("S1", "Could you lift your arms up for me?"),
        ("S1", "That's fine, we'll skip that. Sorry, that's the fire alarm, give me a moment."),
        ("S2", "Flat, I suppose. Sorry, I'm going to cry."),
        ("S1", "Could you pick something up from the floor?"),  # a question, not a request
        ("S2", "Not really. If I bend, I can't get back up again."),
    ]  # fmt: skip
    report = (
        "He travelled to the assessment centre with his brother. "
        "The claimant was seen at home and attended the assessment alone. "
        "He did not ask for anything to be repeated. "
        "Examination of the shoulders showed a full active range of movement bilaterally. "
        "The consultation proceeded without interruption. "
        "Mental state: calm and composed throughout, with no signs of distress. "
        "He is able to pick up objects from the floor without difficulty."
    )
    found = check_report(split_statements(report), _transcript(lines), 16.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == list(range(6))


def test_walking_in_against_coming_in_a_wheelchair() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Morning, thanks for coming in. I see you've come in a wheelchair today."),
        ("S2", "Yes, my daughter pushed me in from the car park."),
    ]
    report = "Informal observations: she walked into the assessment room using her rollator."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_no_picture_and_an_interpreter() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, you're on video with me now. I can't see you, but I can hear you."),
        ("S2", "Sorry. My son is here to help with my English if I need."),
    ]
    report = (
        "Informal observations: no photophobia was evident during the video call. "
        "No interpretation or repetition of questions was required."
    )
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert sorted(f.statement_index for f in found if f.kind == "impossible") == [0, 1]


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        (  # a break offered and taken
            [
                ("S1", "Do you want to stop for a minute?"),
                ("S2", "Yeah, give us a minute, please."),
            ],
            "The assessment proceeded without any breaks.",
        ),
        (
            [
                ("S1", "Can I get you to step onto the scales?"),
                ("S2", "Can I have a minute first?"),
            ],
            "She stepped onto the scales straight away and did not need to rest.",
        ),
        (  # someone with the claimant who says so
            [("S1", "Hi Liam, can you hear me?"), ("S2", "Hello. I'm sat next to him.")],
            "He attended the assessment on his own.",
        ),
        (
            [
                ("S1", "Thanks for letting me in."),
                ("S2", "My husband Tom's making tea, he'll join us."),
            ],
            "Her husband was not present during the assessment.",
        ),
        (  # a question asked again
            [("S1", "How's your concentration?"), ("S2", "Sorry. What was the question?")],
            "She followed the conversation without difficulty and did not lose track.",
        ),
        (
            [("S1", "Can you count money?"), ("S2", "Um. Not really. Can you say it again?")],
            "He understood all questions without them needing to be repeated.",
        ),
        (  # asked to show, and not shown
            [("S1", "Can you show me walking from the chair to the door?"), ("S2", "Not today.")],
            "On observation he walked from the chair to the door with a steady gait.",
        ),
        (
            [
                ("S1", "I'd like to watch you walk along the corridor."),
                ("S2", "Alright. That's as far as I'm going, sorry. I need to sit."),
            ],  # fmt: skip
            "He walked the full length of the corridor without stopping.",
        ),
        (  # what needs the claimant in the room, on a call
            [
                ("S1", "As we're doing this over the phone I'll be relying on what you tell me."),
                ("S2", "That's fine."),
            ],  # fmt: skip
            "On observation he transferred from his wheelchair with ease.",
        ),
        (
            [("S1", "Thanks for joining the video call. I can see you."), ("S2", "Hello.")],
            "Her radial pulse was regular at 72 beats per minute.",
        ),
    ],
)
def test_what_the_recording_rules_out_said_in_other_words(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_steps_said_against_a_distance_reported() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How's your mobility?"),
        ("S2", "Indoors I use a walking frame. I can do about ten steps with the frame."),
        ("S1", "And stairs?"),
        ("S2", "I can manage twelve stairs with the rail."),
    ]
    report = (
        "She is able to walk approximately 20 metres indoors with a walking frame. "
        "She can walk about 8 metres indoors with her frame."  # ten steps: 5 to 10 metres
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found if f.kind == "number_changed"] == [
        (0, "number_changed")
    ]
    assert "ten steps" in next(f.detail for f in found if f.kind == "number_changed")


def test_a_medicine_taken_against_how_often_and_how_much_was_said() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How are your ankles?"),  # the medicine's name misheard: its dose is heard
        ("S2", "Swollen every evening. I take few rows, my 40 milligrams twice a day."),
        ("S1", "Do you check your feet?"),
        ("S2", "My wife checks my good foot every night, I can't feel it."),
    ]
    report = (
        "She takes furosemide 40 mg once daily. "  # twice a day, not every evening
        "She takes furosemide 40 mg twice daily. "
        "His feet are checked daily by his wife."  # a day has its night
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "number_changed"] == [0]
    assert "twice a day" in found[0].detail


def test_an_age_said_once_against_the_report() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Tell me about the voices."),
        ("S2", "They're worse at night. I've had it since I was 19. I'm 41 now."),
        ("S1", "Do you go out?"),
        ("S2", "My sister takes me to the shops on a Friday."),
    ]
    report = (
        "He is 45 years old. "  # 41
        "He has heard voices since the age of 19. "  # not his age now
        "His sister takes him shopping on Fridays."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    changed = [f for f in found if f.kind == "number_changed"]
    assert [f.statement_index for f in changed] == [0]
    assert changed[0].passage is not None and "41" in changed[0].passage.heard


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        (  # an examination noted as reports note them, against a request declined
            [
                ("S1", "Could you stand up and try to touch your toes for me?"),
                ("S2", "I'll try. I can get to about my knees. I'm holding the chair, mind."),
            ],
            "Lumbar spine: forward flexion to his toes.",
        ),
        (
            [
                ("S1", "Could you walk on your heels for me?"),
                ("S2", "No. I'll go over if I do that."),
            ],
            "Heel walking was normal.",
        ),
        (  # helped, or pushing up
            [
                ("S1", "Could you stand up and walk to the door and back for me?"),
                ("S2", "I'll try. Can you give me your arm, love?"),
            ],
            "He was observed to walk to the door and back unaided with a normal gait.",
        ),
        (
            [
                ("S1", "Can you show me how you stand up from the chair?"),
                ("S2", "OK. I'll have to push up on the desk. There."),
            ],
            "She stood from the chair without using her arms for support.",
        ),
        (  # guided to the room
            [
                (
                    "S1",
                    "It's straight ahead, five steps, then turn left. The chair's on your right.",
                ),
                ("S2", "Got it."),
            ],
            "He found his way to the consultation room without any guidance.",
        ),
        (  # the one named is not there
            [
                ("S1", "Is anyone with you today?"),
                ("S2", "My wife's in the next room, if I need her."),
            ],
            "He was accompanied by his wife, who contributed to the history.",
        ),
        (
            [("S1", "Is anyone with you?"), ("S2", "No, just me. My husband's at work.")],
            "Her husband was present and confirmed her account.",
        ),
    ],
)
def test_what_was_shown_helped_or_not_there(lines: list[tuple[str, str]], report: str) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_someone_named_elsewhere_is_not_there() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Is anyone with you today?"),
        ("S2", "My wife's in the next room, if I need her."),
    ]
    report = "The claimant was alone in the room, with his wife available nearby."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "impossible" not in [f.kind for f in found]


def test_a_short_question_answered_no_and_school_is_not_attendance() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Do you get any warning?"),
        ("S2", "No. None. That's the problem. I've broken my wrist."),
        ("S1", "How about mixing with people?"),
        ("S2", "I don't. I left college. I don't see my friends."),
    ]
    report = (
        "She states she usually gets a warning before a seizure. "
        "She continues to attend college and socialises with friends."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found] == [(0, "never_said"), (1, "never_said")]


def test_a_trouble_described_or_a_no_in_other_words() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Any problems with your vision?"),
        ("S2", "I had optic neuritis in my right eye in 2018. It's still a bit blurry."),
        ("S1", "How are you with meeting new people?"),
        ("S2", "I don't like it. I don't know what to say."),
        ("S1", "Any problems with your hearing?"),
        ("S2", "No, that's fine."),
    ]
    report = (
        "She reports no problems with her vision. "
        "He reports he is comfortable meeting new people. "
        "She reports no problems with her hearing."
    )
    found = check_report(split_statements(report), _transcript(lines), 12.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found if f.kind != "supported"] == [
        (0, "never_said"),
        (1, "never_said"),
    ]


def test_the_consultation_note_and_the_medication_list_are_not_activities() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Thanks for letting me in. Who pushes the wheelchair when you're out?"),
        ("S2", "Mum does. I can't push myself far, my arms get tired."),
        ("S1", "Are you on any medication?"),
        ("S2", "Amitriptyline, ten milligrams at night, for the pain, and to help me sleep."),
    ]
    report = (
        "Home visit; the claimant and his mother were present. "
        "Medication: amitriptyline 10 mg at night."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert "qualifier_dropped" not in [f.kind for f in found]


def test_a_video_call_with_the_camera_off() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hi Callum, I'm Rebecca. Your camera seems to be off at your end."),
        ("S2", "I'd rather keep it off if that's okay."),
        ("S1", "That's fine. We'll carry on with sound only."),
        ("S2", "Thanks."),
    ]
    report = (
        "Video consultation; the claimant chose to keep his camera switched off. "
        "He appeared clean and appropriately dressed."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert sorted((f.statement_index, f.kind) for f in found) == [
        (0, "supported"),
        (1, "impossible"),
    ]


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        (
            [
                ("S1", "Come in. Take your time. I can hear you're quite breathless."),
                ("S2", "That's the stairs. Took me a while."),
            ],  # fmt: skip
            "He was not breathless at rest or on exertion during the visit.",
        ),
        (
            [
                ("S1", "Could you show me how far you can lift your arms?"),
                ("S2", "Right. There. That's as high as I go, about shoulder height."),
            ],  # fmt: skip
            "Upper limbs: full range of movement at both shoulders.",
        ),
        (
            [
                ("S1", "Hello, can you see me?"),
                (
                    "S2",
                    "Hi, I'm Rhian, his daughter. I'll repeat things for him if that's all right.",
                ),
            ],  # fmt: skip
            "Conversation was conducted without any need for repetition.",
        ),
        (
            [
                ("S1", "Hello, it's Paul from the assessment centre. Am I speaking to Daniel?"),
                (
                    "S2",
                    "Hello, I'm Amina, Daniel's support worker. He's asked me to stay on the call.",
                ),
            ],  # fmt: skip
            "He presented as articulate and gave a full history without assistance.",
        ),
    ],
)
def test_out_of_breath_as_high_as_i_go_and_someone_who_helps(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_a_home_visit_is_not_a_call_for_an_earlier_phone_call() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, I'm Dave, the assessor. Thanks for having me."),
        ("S2", "It's the PIP, love. I'm Alan, her husband. We spoke on the phone."),
    ]
    report = "She was observed to walk to the kitchen with a steady gait."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "impossible" not in [f.kind for f in found]


def test_a_call_centre_is_not_the_consultation() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Do you work?"), ("S2", "Part time. Sixteen hours at a call centre.")]
    report = "He works around thirty hours a week in a call centre."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["number_changed"]


def test_told_what_to_do_step_by_step_is_prompting() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "And washing and dressing?"),
        (
            "S2",
            "She can wash herself if I run the bath and tell her what to do next. Step by step.",
        ),
    ]
    report = "She is able to wash and bathe herself."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["qualifier_dropped"]
    assert "prompt" in found[0].detail


def test_an_examination_nothing_in_the_recording_asks_for() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Thanks for coming in. Tell me about your back."),
        ("S2", "Two discs gone at the bottom. The pain shoots down my leg."),
        ("S1", "Okay, I'd like to examine your back now."),
        ("S1", "Bend forward as far as is comfortable."),
        ("S2", "Right. That's all I've got."),
    ]
    report = (
        "On examination, lumbar forward flexion was limited to around one third of normal range. "
        "Examination: power was 5/5 in all four limbs with normal reflexes."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == [1]


@pytest.mark.parametrize(
    ("said", "report"),
    [
        (("S2", "I'm going to have to go now. Can you give me five minutes?"),
         "The consultation proceeded without any breaks."),
        (("S1", "Okay, we're back."), "The consultation proceeded without any break."),
        (("S1", "Hold on, I think you're breaking up. I'll call you straight back."),
         "The consultation was completed in a single, uninterrupted telephone call."),
        (("S1", "You froze there. The screen went."),
         "The video consultation ran without any interruption to the connection."),
    ],
)  # fmt: skip
def test_the_consultation_stops_a_while(said: tuple[str, str], report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, can you hear me?"), ("S2", "Yes."), said, ("S2", "Okay.")]
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    "said",
    ["It's my right side that's weak, and the words get jumbled.",
     "People just can't understand him. He gets frustrated and gives up."],
)  # fmt: skip
def test_clear_speech_against_speech_said_to_be_impaired(said: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Can you tell me what happened?"), ("S2", said)]
    report = "His speech was clear and fluent throughout the call. He had a stroke."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == [0]


def test_words_as_the_model_writes_speech() -> None:
    """ "the morning's", "dressin'" and "stiffness" are the words a report uses."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Tell me about your hands."),
        ("S2", "The knuckles swell up and the morning's the worst. They are stiff for two hours."),
        ("S1", "And dressin'?"),
        ("S2", "Buttons are hard. Mark does my bra. I wear things I can pull on."),
    ]
    report = (
        "Early morning stiffness lasting approximately 30 minutes. "
        "She dresses independently, choosing clothes that pull on."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [
        (f.statement_index, f.kind) for f in sorted(found, key=lambda f: f.statement_index)
    ] == [
        (0, "number_changed"),
        (1, "qualifier_dropped"),
    ]
    assert "help" in found[1].detail


@pytest.mark.parametrize(
    ("said", "helped"),
    [
        ("Mark does my bra and then it's small buttons.", True),
        ("Wheelchair outside. Sue pushes me.", True),
        ("Gene reads most of them to me.", True),
        ("It does my head in.", False),
        ("I do my own shopping.", False),
    ],
)
def test_someone_named_doing_it_for_them_is_help(said: str, helped: bool) -> None:
    assert ("help" in qualifiers(said)) is helped


def test_with_her_mother_present_when_nobody_came() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, I'm Rachel. Thanks for having me. Is it just you today?"),
        ("S2", "Yes, just me, mum's at work."),
        ("S1", "Tell me about your sickle cell."),
        ("S2", "I get crises, and the pain is so bad I have to go to hospital."),
    ]
    report = "Seen at home with her mother present."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("said", "report", "never"),
    [
        (("How do you get your shopping?",
          "Online delivery. I don't even open the door to the driver, I ask them to leave it."),
         "She regularly answers the door to delivery drivers.", True),
        (("Do you drink alcohol?", "I don't drink, never have, really."),
         "Alcohol: drinks socially at weekends.", True),
        (("And managing money?", "I know how much things cost, but I don't understand bills."),
         "He understands the cost of everyday items.", False),
        (("Do you go out?", "I don't go out apart from college. I get the bus there."),
         "He travels to college by bus.", False),
        (("And buses?", "His mum speaking: he's never been on a bus on his own."),
         "He gets the bus to the day centre.", True),
        (("What about going out?", "Just to the end of the road. I don't go on buses."),
         "He uses buses independently.", True),
        (("What about cooking?", "I use the microwave. I don't use the hob since I burnt myself."),
         "He uses a microwave but avoids the hob since burning his arm.", False),
        (("And going out?", "I don't really go out on my own. I get too anxious."),
         "He goes out on his own to the local shop most days.", False),
    ],
)  # fmt: skip
def test_what_they_say_they_do_not_do(said: tuple[str, str], report: str, never: bool) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, thanks for coming in."), ("S1", said[0]), ("S2", said[1])]
    found = check_report(split_statements(report), _transcript(lines), 6.0)  # type: ignore[arg-type]
    assert ("never_said" in [f.kind for f in found]) is never


@pytest.mark.parametrize(
    ("report", "kind"),
    [("The consultation lasted 20 minutes.", "supported"),
     ("The consultation lasted 45 minutes.", "impossible")],
)  # fmt: skip
def test_a_length_against_the_times_said_as_it_opens_and_closes(report: str, kind: str) -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Good afternoon, come in and take a seat. It's quarter past two, so we'll start."),
        ("S2", "Thank you."),
        ("S1", "Tell me about your hands."),
        ("S2", "Rheumatoid arthritis, both hands."),
        *[("S1", "And what else?"), ("S2", "The knuckles swell up.")] * 6,
        ("S1", "Thank you, that's everything. It's twenty five to three, so you're free to go."),
    ]
    # the recording is ten seconds long: the times said, not its length, are what the report's
    # length is held against
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == [kind]
    assert "2:15 and 2:35" in found[0].detail


@pytest.mark.parametrize("report", ["No falls reported.", "No history of falls or injury."])
def test_no_falls_against_falls_said(report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Have you had any falls?"),
        ("S2", "I've had a few falls. He's fallen four times this month."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        ([("S1", "I'd like to examine your hands."),
          ("S1", "Could you make a fist with your left hand for me?"),
          ("S2", "Like that, that's as far as it goes."),
          ("S1", "And the right."),
          ("S2", "I'd rather not, honestly. It's flared up this week.")],
         "On examination there was full fist formation bilaterally with good grip strength."),
        ([("S1", "Could you get up on the couch for me so I can examine you?"),
          ("S2", "I'll try. Bethan, can you help me up?")],
         "She got onto the examination couch independently."),
    ],
)  # fmt: skip
def test_the_other_side_declined_or_help_asked_for(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Come in and take a seat."), ("S2", "Thank you."), *lines]
    found = check_report(split_statements(report), _transcript(lines), 14.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_a_denial_in_the_mental_state_and_medication_started_again() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Jordan, tell me about your ADHD."),
        ("S2", "I came off the tablets at 18. And I only got back on them last year."),
        ("S1", "Have you ever had thoughts of harming yourself?"),
        ("S2", "Sometimes, not at the moment."),
    ]
    report = (
        "He restarted medication last year and currently takes his tablets. "
        "Mental state: he denies any thoughts of self-harm."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "never_said"] == [1]


@pytest.mark.parametrize(
    "report",
    ["Mr Doyle left the armed forces in 2010.",
     "An implantable defibrillator was fitted in 2021 following a heart attack in 2020.",
     "Crohn's disease diagnosed at the age of 19, with an ileostomy formed in 2020."],
)  # fmt: skip
def test_a_history_is_no_activity_never_asked_about(report: str) -> None:
    """'armed', 'fitted' and 'formed' are not the arms, fits and forms of the activities."""
    from twindeck.report.compare import check_report

    lines = [("S1", "Tell me about your health."), ("S2", "My heart, mainly. I get tired.")]
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "never_asked" not in [f.kind for f in found]


@pytest.mark.parametrize(
    "report",
    ["He was diagnosed with dyspraxia at the age of 7.", "She had heart surgery in infancy.",
     "Tics have been present since the age of 7."],
)  # fmt: skip
def test_a_history_by_age_need_not_say_what_it_stops(report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Tell me about your health."),
        ("S2", "I was diagnosed at seven, and had heart surgery as a baby. I drop things, it's "
               "not safe for me to carry hot drinks and my hands hurt."),
    ]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "qualifier_dropped" not in [f.kind for f in found]


@pytest.mark.parametrize(
    ("opening", "report"),
    [
        ([("S1", "Hello, is that Denise Parker? My name's Graham."),
          ("S1", "I'm the assessor calling about your claim. Is this still a good time?"),
          ("S2", "Yes, that's fine.")],
         "She presented as well kempt throughout."),
        ([("S1", "Hi Jordan, I'm Clare, an occupational therapist."),
          ("S2", "Can I keep my camera off? I find faces hard."), ("S1", "Of course.")],
         "He maintained good eye contact throughout."),
        ([("S1", "Hello, can you hear me?"),
          ("S2", "Mrs Norak speaks a little English, but I will translate."), ("S1", "Thank you.")],
         "The claimant gave her history in fluent English."),
    ],
)  # fmt: skip
def test_what_the_opening_rules_out(opening: list[tuple[str, str]], report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [*opening, ("S1", "Tell me about your health."), ("S2", "It's my chest, mainly.")]
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    "report",
    ["She has walked into a lamp post on one occasion this year.",
     "He arrived in the UK from Syria in 2016."],
)  # fmt: skip
def test_what_happened_another_day_is_no_observation_on_a_call(report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, I'm calling about your PIP assessment. Can you hear me?"),
        ("S2", "Yes."),
        ("S1", "Tell me about your sight."),
        ("S2", "I've walked into a lamp post twice this year. I came from Syria in 2015."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert "impossible" not in [f.kind for f in found]
    assert "number_changed" in [f.kind for f in found]


@pytest.mark.parametrize(
    ("said", "qualifier"),
    [
        ("I use a sock aid and my partner ties my laces.", "help"),
        ("Standing up to the cooker for more than ten minutes kills me.", "pain"),
        ("Some weeks I don't shower at all. Mum has to tell me to.", "prompt"),
        ("In the shower I have to wash her hair.", "help"),
        ("I can do it sitting down. It just takes a while.", "slowly"),
        ("My sister's got third party on my bank now after the spending.", "help"),
        ("Hi, I'm Kev, his recovery worker. Kev comes to everything with me.", "accompanied"),
        ("I only use the microwave, I was told not to use the hob.", "not safely"),
        ("Ten minutes at the sink, and I'm leaning on it with both hands.", "aid"),
        ("Only when Ryan's in. He said I'm not to use the cooker on my own.", "accompanied"),
        ("Round the block. I don't go far on my own.", "accompanied"),
        ("My daughter comes round morning and evening to put them in.", "help"),
        ("She can dress herself, but I lay the clothes out.", "help"),
        ("I can't always see the numbers on the pen.", "difficulty"),
    ],
)
def test_qualifiers_in_more_words(said: str, qualifier: str) -> None:
    assert qualifier in qualifiers(said)


def test_a_request_to_show_said_over_two_turns_and_declined() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Come in and take a seat."),
        ("S2", "Thanks."),
        ("S1", "I'm going to ask you to do some movements now."),
        ("S1", "Can you bend forward and try to touch your toes?"),
        ("S2", "No, I'm sorry, I won't try that. It'll set me off for days."),
    ]
    report = (
        "Musculoskeletal examination: forward flexion reached to mid-shin with no pain behaviour."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("said", "report"),
    [
        (("Fatigue?", "Awful. I sleep in the afternoon most days."), "She denies fatigue."),
        (("How are your ankles?", "Swollen every evening."),
         "She reported no swelling of the ankles."),
        (("How's your memory?", "Oh, it's patchy. I leave the gas on."),
         "She reports no problems with her memory."),
    ],
)  # fmt: skip
def test_a_denial_against_an_answer_in_few_words(said: tuple[str, str], report: str) -> None:
    """(and not against "That's fine, my memory's fine.": see the next test)"""
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, thanks for coming in."), ("S1", said[0]), ("S2", said[1])]
    found = check_report(split_statements(report), _transcript(lines), 6.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


@pytest.mark.parametrize(
    ("said", "report", "never"),
    [
        (("Hello, come through. How did you get here today?",
          "My mate dropped me off. I can drive, but not today."),
         "He drove himself to the assessment.", True),
        (("Tell me about your seizures.", "I'm not allowed to drive. They took my licence."),
         "Mr Patel drove himself to the assessment centre.", True),
        (("Did you come in by yourself today?", "No, my sister brought me, she's waiting outside."),
         "The claimant travelled to the assessment centre alone by public transport.", True),
        (("How did you get here today?", "I got the bus, it's only three stops."),
         "He travelled to the assessment centre by bus.", False),

    ],
)  # fmt: skip
def test_how_they_came_to_the_assessment(said: tuple[str, str], report: str, never: bool) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", said[0]), ("S2", said[1]), ("S1", "Thank you.")]
    found = check_report(split_statements(report), _transcript(lines), 6.0)  # type: ignore[arg-type]
    assert ("never_said" in [f.kind for f in found]) is never


@pytest.mark.parametrize(
    ("said", "report", "never"),
    [
        (("Do you cook?", "I used to love cooking. I've had the knobs taken off now."),
         "She cooks her own meals.", True),
        # what they can do, against "I used to": a limit dropped, left to the qualifiers
        (("Do you cook?", "I used to love cooking. I've had the knobs taken off now."),
         "She is able to prepare and cook a simple meal.", False),
        (("Do you drink alcohol?", "I used to drink heavily. I've been dry 18 months now."),
         "He drinks alcohol at weekends.", True),
        (("How much walking do you do?",
          "I used to walk for miles. Now I'm not allowed more than 10 minutes."),
         "She walks for up to ten minutes at a time.", False),
        (("And shopping? How's your mood?",
          "A bag of shopping, I can't do a heavy one. Low. I used to be a care worker."),
         "She stated she can carry a bag of shopping.", False),
    ],
)  # fmt: skip
def test_what_they_used_to_do(said: tuple[str, str], report: str, never: bool) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, thanks for coming in."), ("S1", said[0]), ("S2", said[1])]
    found = check_report(split_statements(report), _transcript(lines), 6.0)  # type: ignore[arg-type]
    assert ("never_said" in [f.kind for f in found]) is never


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        ([("S1", "Okay, could you show me how you get up from the settee?"),
          ("S2", "Give me a sec. Mum, can you?")],
         "Informal observations: he rose from the settee unaided."),
        ([("S1", "And can I watch you get up from the chair?"),
          ("S2", "Give me a second. I have to push up with my right arm.")],
         "He rose from the chair without using his arms."),
        ([("S1", "Could you make a fist for me?"), ("S2", "That's as far as it goes.")],
         "Examination: full fist bilaterally, grip strong, no pain behaviour."),
    ],
)  # fmt: skip
def test_getting_up_and_a_fist_shown_with_a_struggle(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Come in and take a seat."), ("S2", "Thank you."), *lines]
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("said", "report"),
    [
        ("I got my ADHD diagnosis at 29. I forget everything, my partner has to remind me.",
         "He received a diagnosis of ADHD at 29."),
        ("I was diagnosed with ADHD at 21. I forget everything, my partner has to remind me.",
         "ADHD diagnosed at age 21."),
        ("I've been deaf in both ears since birth. It's not safe, I can't hear the fire alarm.",
         "He has been profoundly deaf in both ears since birth."),
        ("I had a pressure sore last year, four months to heal. It was agony, I needed help.",
         "He developed a pressure sore last year which took four months to heal."),
    ],
)  # fmt: skip
def test_a_history_by_when_need_not_say_what_it_stops(said: str, report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Tell me about your health."), ("S2", said)]
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "qualifier_dropped" not in [f.kind for f in found]


@pytest.mark.parametrize(
    ("opening", "report", "kind"),
    [
        ([("S1", "Hello, I'm Joe, the assessor. Thanks for having me at your home."),
          ("S2", "Hi, I'm Asia."),
          ("S2", "Pauline's support worker from the housing association.")],
         "She was seen alone, with no one else present during the visit.", "impossible"),
        ([("S1", "I'm calling for your work capability assessment. Are you somewhere private?"),
          ("S2", "Yes, I'm in my bedroom.")],
         "Mrs Clarke was accompanied by her mother for the assessment.", "impossible"),
        ([("S1", "I'm calling for your work capability assessment. Are you somewhere private?"),
          ("S2", "Yes, I'm in my bedroom.")],
         "She is able to leave home when accompanied by her mother.", None),
    ],
)  # fmt: skip
def test_who_was_there_said_in_other_words(
    opening: list[tuple[str, str]], report: str, kind: str | None
) -> None:
    from twindeck.report.compare import check_report

    lines = [
        *opening,
        ("S1", "Can you tell me what's been going on?"),
        ("S2", "I haven't been out on my own for two years. My mum comes with me."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert ("impossible" in [f.kind for f in found]) is (kind == "impossible")


@pytest.mark.parametrize(
    ("answer", "never"),
    [("Some times, not plans. The crisis team ring me every Tuesday.", True),
     ("No, never.", False), ("I'm fine now, honestly.", False)],
)  # fmt: skip
def test_denied_suicidal_thoughts_against_an_answer_that_is_not_no(
    answer: str, never: bool
) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "How is your mood?"), ("S2", "Low."), ("S1", "Any thoughts of suicide?"),
             ("S2", answer)]  # fmt: skip
    report = "He denied any suicidal thoughts."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert ("never_said" in [f.kind for f in found]) is never


@pytest.mark.parametrize(
    ("opening", "report"),
    [
        ([("S1", "Hello, Mr Walsh. I'm Femi, the assessor. Thanks for coming up in the lift.")],
         "He climbed the stairs to the first-floor assessment room without difficulty."),
        ([("S1", "Morning, thanks for coming into the centre."),
          ("S1", "I see you've come up with your chair today.")],
         "Informal observations: she walked into the assessment room using her rollator."),
    ],
)  # fmt: skip
def test_how_they_came_into_the_room(opening: list[tuple[str, str]], report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [*opening, ("S2", "Yes."), ("S1", "Tell me about your breathing."),
             ("S2", "I get out of breath walking to the kitchen.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_someone_who_speaks_of_the_claimant_beside_them() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, I'm Dave, the assessor. Thanks for having me. Is it Margaret?"),
        ("S2", "Yes, come in."),
        ("S1", "Margaret, can you tell me a bit about your memory?"),
        ("S2", "Oh, it's not too bad. I forget the odd thing."),
        ("S2", "She was diagnosed with early onset Alzheimer's in 2020."),
        ("S1", "Margaret, what did you have for breakfast today?"),
        ("S2", "Toast. I think toast."),
        ("S2", "She didn't have breakfast. I had to remind her at 11."),
    ]
    report = "She answered all questions herself without assistance. She forgets the odd thing."
    found = check_report(split_statements(report), _transcript(lines), 16.0)  # type: ignore[arg-type]
    assert [f.statement_index for f in found if f.kind == "impossible"] == [0]


def test_no_problems_against_that_is_fine() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "How is your memory?"), ("S2", "That's fine, my memory's fine.")]
    report = "He reported no problems with his memory."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "never_said" not in [f.kind for f in found]


def test_what_the_statement_names_beyond_the_activity_never_said() -> None:
    """Walking came up, with a limit; the dog and the park never did."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How far can you walk?"),
        ("S2", "To the end of the road on a good day, then I have to stop and rest."),
    ]
    report = "She said she walks her dog in the park every morning."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "never_said" in [f.kind for f in found]


@pytest.mark.parametrize(
    ("answer", "report"),
    [
        ("Sometimes a funny taste. But usually no warning at all.",
         "He usually gets a warning before a seizure."),
        ("No none. I've come round on the floor with a cut head.",
         "He gets a warning before his seizures, allowing him to get to a safe place."),
    ],
)  # fmt: skip
def test_a_warning_reported_against_no_warning(answer: str, report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Tell me about your epilepsy."),
             ("S2", "Tonic clonic seizures, twice a month."),
             ("S1", "Do you get any warning?"), ("S2", answer)]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


def test_never_asked_needs_the_activity_named() -> None:
    """'a safe place' alone does not make a statement about planning journeys."""
    from twindeck.report.compare import check_report

    lines = [("S1", "Tell me about your epilepsy."), ("S2", "I have seizures, twice a month.")]
    report = "He gets to a safe place when he feels unwell."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "never_asked" not in [f.kind for f in found]


def test_a_heading_with_its_justification_on_one_line() -> None:
    """ "Activity 5 (manual dexterity): she is able to write…" was read as a heading only, and
    the statement after its colon was never checked."""
    statements = split_statements(
        "Activity 5 (manual dexterity): she is able to write without difficulty.\n"
        "Mobilising: descriptor 1e, 0 points\nShe walks to the shop."
    )
    assert [(st.text, st.activity) for st in statements] == [
        ("she is able to write without difficulty.", "WCA physical 5"),
        ("She walks to the shop.", "WCA physical 1"),
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [("Carried out by video call. 17-year-old with dyspraxia.", 2),
     ("He falls e.g. 3 times a week.", 1), ("She walks approx. 5 metres.", 1)],
)  # fmt: skip
def test_a_sentence_may_begin_with_a_figure(text: str, sentences: int) -> None:
    assert len(split_statements(text)) == sentences


def test_bad_days_as_the_model_can_hear_them() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "How many mad days in a week?"), ("S2", "Probably four.")]
    report = "She describes bad days as occurring on around two days per week."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["number_changed"]
    # "four" heard as "for" in the answer, beside a "for a week" that is no frequency
    lines = [
        ("S1", "How many days a week would you say you're like this?"),
        ("S2", "Bad days, probably for a week, maybe for, sometimes."),
    ]
    report = "She reports bad days on 2 days per week."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [(f.kind, f.detail) for f in found] == [
        ("number_changed", "the report says 2 days per week; what was said: for")
    ]


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        ([("S1", "How are you finding sitting now?"),
          ("S2", "I've had to get up twice already, you probably saw.")],
         "Informal observation: sat comfortably and did not need to change position."),
        ([("S1", "Could you stand up from the chair for me."), ("S2", "I need to use my arms.")],
         "Rose from the chair without using her arms."),
        ([("S1", "Let me have a look at your tummy. Can you get onto the couch?"),
          ("S2", "I'll try. Can you give me a hand up?")],
         "He climbed onto the examination couch unaided."),
    ],
)  # fmt: skip
def test_sitting_rising_and_the_couch_against_what_was_heard(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Come in and take a seat."), ("S2", "Thank you."), *lines]
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_copes_well_against_panic_when_plans_change() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "What happens if your plans change?"),
        ("S2", "I can't cope with it. If an appointment gets moved, I panic for the whole day."),
    ]
    report = "He stated that he copes well with changes to his plans."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]
    assert found[0].detail.startswith("asked 'What happens if your plans change?'")


def test_a_request_followed_by_try_and_is_to_show_it_now() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Come in and sit down, please."),
        ("S2", "Thank you."),
        ("S1", "Can you stand up and bend forward?"),
        ("S1", "Try and touch your toes."),
        ("S2", "Oh, that's as far as I can go."),
    ]
    report = "Forward flexion: touched toes with ease."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        ([("S1", "Would you mind walking across the room for me with your frame?"),
          ("S2", "I'll try."), ("S1", "Take your time."),
          ("S1", "So you stopped there in the doorway, your feet got stuck."),
          ("S1", "That's fine, come and sit back down.")],
         "Observed to walk across the room with his frame; gait fluent, with no freezing."),
        ([("S1", "And would you write the sentence on the card for me?"), ("S2", "No, can't.")],
         "Asked to read a short sentence, he read it aloud with some hesitation."),
    ],
)  # fmt: skip
def test_a_struggle_the_assessor_describes_and_a_sentence_declined(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Come in and take a seat."), ("S2", "Thank you."), *lines]
    found = check_report(split_statements(report), _transcript(lines), 14.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_never_said_is_not_added_beside_a_changed_figure() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Do you cook?"), ("S2", "Only twice a week. I sit on a perching stool.")]
    report = (
        "She stated that she cooks a meal from fresh ingredients daily, using a perching stool."
    )
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    kinds = [f.kind for f in found]
    assert "number_changed" in kinds and "never_said" not in kinds


def test_how_long_can_you_sit_as_the_model_can_hear_it() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Can you use a pen?"),
        ("S2", "I can write my name. More than a few lines makes my hand cramp."),
        ("S1", "How long can you see it for?"),
        ("S2", "About forty minutes in a good chair."),
    ]
    report = "He states he can sit for about two hours."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["number_changed"]
    from twindeck.report.compare import _words

    assert "sit" in _words("How long can you see it for?")  # the words matched on


def test_a_thing_of_their_life_never_said() -> None:
    """Walking came up, and twice a day; the dog never did."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How far can you walk?"),
        ("S2", "To the car and back, maybe fifteen metres. I walk twice a day, around the room."),
    ]
    report = "She stated she walks her dog twice a day."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]
    assert "'dog'" in found[0].detail


def test_drives_himself_against_cannot_drive_said_on_its_own() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "And how do you get to dialysis?"),
        ("S2", "Hospital transport picks me up."),
        ("S2", "I can't drive any more."),
    ]
    report = "He drives himself to his dialysis sessions."
    found = check_report(split_statements(report), _transcript(lines), 6.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


@pytest.mark.parametrize(("companion", "kinds"), [(True, ["impossible"]), (False, ["supported"])])
def test_someone_said_not_to_be_there(companion: bool, kinds: list[str]) -> None:
    """Was "supported" because the partner's word is heard in the recording; now supported only
    by "Just me." asked who is with them."""
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, come in. Who's with you today?")]
    lines += [("S2", "This is my partner, Sam.")] if companion else [("S2", "Just me.")]
    lines += [("S1", "Tell me about your partner's help."), ("S2", "My partner does the cooking.")]
    report = "Her partner was not present during the consultation."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


def test_report_eval_compare_counts_statements_better_and_worse(tmp_path: Path) -> None:
    import sys

    def dump(path: Path, found: list[list[str]]) -> Path:
        rows = [("a", ["never_said"]), ("b", ["supported"]), ("c", ["impossible"])]
        path.write_text("".join(
            json.dumps({"seed": 1, "statement": s, "expected": e, "got": g}) + "\n"
            for (s, e), g in zip(rows, found, strict=True)
        ))  # fmt: skip
        return path

    old = dump(tmp_path / "old.jsonl", [[], ["supported"], ["impossible"]])
    new = dump(tmp_path / "new.jsonl", [["never_said"], [], ["impossible"]])
    script = Path(__file__).parent.parent / "bench" / "report_eval_compare.py"
    out = subprocess.run([sys.executable, str(script), str(old), str(new), "--changes"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "1 statements better, 1 worse" in out
    assert "better 1 'a'" in out and "worse  1 'b'" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    failed = subprocess.run([sys.executable, str(script), str(bad), str(new)],
                            capture_output=True, text=True)  # fmt: skip
    assert failed.returncode != 0 and "not a report_eval --dump line" in failed.stderr


def test_a_pastime_most_of_whose_words_were_never_said() -> None:
    """A club, a group or a pastime the report gives the claimant: most of its words never
    said is never said, even when one of them was ("book" heard about another thing); a figure
    said of it where it matched is still compared instead."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Do you read at all?"),
        ("S2", "I can't concentrate on a book any more."),
        ("S1", "Do you go anywhere in the week?"),
        ("S2", "I go to the day centre three days a week. My son takes me."),
    ]
    report = "She attends a weekly book club. She attends the day centre five days a week."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    kinds = {(f.statement_index, f.kind) for f in found}
    assert (0, "never_said") in kinds and (0, "supported") not in kinds
    assert (1, "number_changed") in kinds and (1, "never_said") not in kinds


def test_treatment_the_claimant_is_still_waiting_for() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Any talking therapy?"),
        ("S2", "I'm on the waiting list for CBT. I've been on it fourteen months."),
    ]
    for report, kind in [
        ("She is currently attending weekly CBT sessions.", "never_said"),
        ("She sees a counsellor weekly for her low mood.", "never_said"),
        ("She is on the waiting list for CBT.", "supported"),
    ]:
        found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
        assert [f.kind for f in found] == [kind], report
    (finding,) = check_report(
        split_statements("She is currently attending weekly CBT sessions."),
        _transcript(lines),  # type: ignore[arg-type]
        4.0,
    )
    assert "waiting list for CBT" in finding.detail


def test_report_eval_scores_each_entry_by_the_statements_over_it() -> None:
    """bench/report_eval.py: the product splits the whole report; each statement's findings
    count for every labelled entry it covers (one entry of two sentences, or a statement the
    splitter made of two entries)."""
    import sys
    from types import SimpleNamespace

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from report_eval import entries_of

    report = [("Telephone consultation. His mum was present.", {"supported"}),
              ("Activity 5:", {"supported"}), ("She walks 20 m.", {"number_changed"})]  # fmt: skip
    statements = split_statements(" ".join(text for text, _ in report))
    # (a heading and its statement on one line are one statement)
    assert entries_of(report, statements, 1) == [{0}, {0}, {1, 2}]
    joined = [SimpleNamespace(text=t) for t in ("Telephone consultation.",
              "His mum was present. Activity 5:", "She walks 20 m.")]  # fmt: skip
    assert entries_of(report, joined, 1) == [{0}, {0, 1}, {2}]  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="not in the report"):
        entries_of(report, [SimpleNamespace(text="never written")], 1)  # type: ignore[list-item]


def test_a_dog_never_spoken_of_is_never_said_not_a_dropped_qualifier() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How far can you walk before you need to stop?"),
        ("S2", "Maybe fifty metres, then I have to stop and lean on something."),
    ]
    for report in ("She walks her dog daily.", "She states she walks the dog every morning."):
        found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
        assert [(f.kind, f.detail) for f in found] == [
            ("never_said", "the report's 'dog' was never said")
        ], report


@pytest.mark.parametrize(
    ("answer", "kinds"),
    [("Sometimes, not, not right now. I've got the crisis team number.", ["never_said"]),
     ("No, never.", [])],  # (no finding: the words of the question were misheard)
)  # fmt: skip
def test_a_denial_of_self_harm_against_the_answer_wherever_it_is(
    answer: str, kinds: list[str]
) -> None:
    """Asked anywhere in the recording, in the words the model may write ("thoughts on farming
    yourself"), an answer that is not a no contradicts 'denies any thoughts of self-harm'."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How is your mood?"),
        ("S2", "Low. I don't sleep and I forget to eat."),
        ("S1", "Can I ask, do you ever have thoughts on farming yourself?"),
        ("S2", answer),
    ]
    report = "He denies any thoughts of self-harm."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


@pytest.mark.parametrize(
    "report",
    ["Home visit. Present: the claimant and her husband, Phil.",
     "Telephone assessment. The claimant's mother was also on the call.",
     "Her husband cuts up her meat for her."],
)  # fmt: skip
def test_no_qualifier_is_dropped_from_the_setting_or_from_help_given(report: str) -> None:
    """Where and with whom the consultation was, and what someone else does for the claimant,
    have no activity of the claimant's to drop a qualifier from."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is your assessment. Is anyone with you? My mum is here."),
        ("S2", "My husband Phil is here. He cuts my meat up, I can't, it's not safe with a knife."),
        ("S1", "And cooking?"),
        ("S2", "I struggle, I drop things, I need help on bad days."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert "qualifier_dropped" not in [f.kind for f in found]
    # (the claimant's own activity still departs from what was said: "I can't" against "able
    # to", the opposite of what she said)
    own = "She is able to cut up her food."
    found = check_report(split_statements(own), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


@pytest.mark.parametrize(
    ("lines", "report"),
    [
        ([("S1", "Hiya, can you both see me? I'm Hannah."), ("S2", "I'm the start."),
          ("S1", "How are you?"), ("S2", "Fine.")],
         "He was seen on his own; no one else took part in the consultation."),
        ([("S1", "Is anyone joining us?"), ("S2", "Yes, my advocate. He's on the line as well."),
          ("S2", "Good afternoon, from the welfare rights service.")],
         "The claimant was unaccompanied."),
        ([("S1", "Who's with you today?"), ("S2", "This is my partner, Sam."),
          ("S1", "Hello Sam."), ("S2", "I'm Sam. She can't walk far, she needs me.")],
         "All questions were answered by the claimant herself."),
        ([("S1", "Who's with you today?"), ("S2", "This is my advocate, Jo."),
          ("S2", "I'm Jo, her advocate. She finds this very hard.")],
         "The advocate did not contribute to the discussion."),
    ],
)  # fmt: skip
def test_someone_with_the_claimant_in_more_words(lines: list[tuple[str, str]], report: str) -> None:
    """The assessor speaking to two people, someone 'on the line as well' or from a welfare rights
    service, against the report's nobody else, 'answered by the claimant herself', 'did not
    contribute'."""
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("He bathes independently, without supervision or prompting.", []),
     ("Walks outdoors without the use of any aids.", []),
     ("She uses no help, aids or prompting.", []),
     ("She cannot go out without help or prompting.", ["help", "prompt"]),
     ("He needs prompting to wash.", ["prompt"])],
)  # fmt: skip
def test_a_list_of_qualifiers_denied_is_denied_whole(text: str, expected: list[str]) -> None:
    """'without supervision or prompting' denies both (the report says none was needed, so a
    prompt said in the recording was dropped); 'cannot … without help or prompting' needs both."""
    from twindeck.report.statements import qualifiers

    assert qualifiers(text) == expected


@pytest.mark.parametrize(
    ("report", "kinds"),
    [("He says he sleeps well.", ["never_said"]),
     ("Sleep is good with amitriptyline.", ["never_said"]),
     ("She stated that her memory is unaffected.", ["never_said"]),
     ("He says he sleeps badly.", ["supported"])],
)  # fmt: skip
def test_sleep_mood_or_memory_said_to_be_bad(report: str, kinds: list[str]) -> None:
    """'sleeps well', 'memory is unaffected' against the answer to a question on it that says
    it is bad (over the utterances the model cut it into: "Okay." "Badly.")."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How do you sleep?"), ("S2", "Okay."), ("S2", "Badly. I wake up four times."),
        ("S1", "And your memory?"), ("S2", "Terrible, I forget everything."),
    ]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


@pytest.mark.parametrize(
    ("said", "expected"),
    [("Socks are hard, I use a sock aid.", ["aid", "difficulty"]),
     ("Long letters from the DWP, I find very hard.", ["difficulty"]),
     ("It's hard to say.", []),
     ("But I can't stand for long.", ["rest"]),
     ("Yes, with me. She can do it if I stand with her and tell her each step.",
      ["prompt", "accompanied"]),
     ("She can, if I lay it out.", ["help"]),
     ("Maria takes me to the shops on a Friday.", ["accompanied"]),
     ("Anywhere else, my son takes me.", ["accompanied"]),
     ("It takes me ages.", ["slowly"]),
     ("My mum brings me every morning to remind me.", ["prompt"]),  # (rings, misheard)
     ("I don't use hearing aids. They don't help me.", []),
     ("Nobody helps me.", []),
     ("If he doesn't help me I can't get up.", ["help"]),
     ("Two drops twice a day. Priya does them because I miss my eye.", ["help"]),
     ("My sister comes round and tells me to.", ["prompt"]),
     ("I set alarms on her phone for her tablets.", ["prompt"]),
     ("I've got a rail, but I still don't feel safe on them.", ["aid", "not safely"]),
     ("Later in the day, maybe, but it takes a few goes.", ["difficulty"]),
     ("I go up one step at a time.", ["slowly"]),
     ("Outside someone pushes me in the wheelchair.", ["aid"]),
     ("It does the job.", []),
     ("Now he only goes if I walk with him.", ["accompanied"]),
     ("Anywhere busier I need my dad or my friend.", ["accompanied"]),
     ("She rings me in the evening to check I've taken it.", ["prompt"]),
     ("So now I only use the microwave and I set a timer on Alexa.", ["prompt"]),
     ("The chemist does blister packs, and I've got a phone alarm.", ["prompt"]),
     ("Mr Reid makes his own meals.", []),  # (the claimant by name)
     ("He can use the microwave if I set it.", ["help"]),
     ("It's in a blister pack, and I check it.", ["prompt"]),
     ("She does a bit of dusting, sitting down.", ["rest"]),
     ("Anywhere else, my boy friend comes.", ["accompanied"]),
     ("My sister comes round once a month.", []),
     ("He doesn't really go out unless I take him.", ["accompanied"]),
     ("My friend can take me to my appointment.", ["accompanied"]),
     ("He wears pads when going out.", ["aid", "accidents"]),
     ("He reports daily headaches, memory problems and irritability.", ["pain", "confused"])],
)  # fmt: skip
def test_qualifiers_in_more_everyday_words(said: str, expected: list[str]) -> None:
    from twindeck.report.statements import qualifiers

    assert qualifiers(said) == expected


def test_a_figure_said_in_the_words_of_another_is_not_agreement() -> None:
    """ "a six-month admission last year" against "last year… for about three months": the
    "last year" said is the statement's own "last year", not six months agreed."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Can you tell me about your condition?"),
        ("S2", "I've had anorexia since I was 15. I was in an inpatient unit last year, "
               "for about three months."),
    ]  # fmt: skip
    report = "Anorexia nervosa since age 15, with a six-month inpatient admission last year."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [(f.kind, f.detail) for f in found] == [
        ("number_changed", "the report says six-month; what was said: three months")
    ]


@pytest.mark.parametrize(
    "report",
    ["Examination: power was 5/5 in all four limbs with normal reflexes.",
     "Blood pressure was 148/90, taken in the left arm.",
     "Weight 41 kg, BMI 15.2.",
     "Romberg's test was negative."],
)  # fmt: skip
def test_measurements_that_need_the_claimant_in_the_room(report: str) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Hello, this is your telephone assessment. Can you hear me?"),
             ("S2", "Yes, I can hear you."), ("S1", "Tell me about your condition."),
             ("S2", "I have MS, my legs are weak.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_seated_and_seating_are_sitting() -> None:
    """'remain seated' in the report is sitting (not the 'take a seat' of the opening), and so
    is 'seating', as the model can write 'sitting'."""
    from twindeck.report.compare import check_report

    for asked in ("And sitting?", "And seating?"):
        lines = [("S1", "Come through, take a seat wherever you're comfortable."),
                 ("S2", "This is my daughter Lisa. She's coming with me."),
                 ("S1", "Right, let's talk about getting around."),
                 ("S2", "I use a stick outside, always."),
                 ("S1", asked), ("S2", "Maybe half an hour, then I have to get up.")]  # fmt: skip
        report = "She reports she can remain seated for up to an hour."
        found = check_report(split_statements(report), _transcript(lines), 12.0)  # type: ignore[arg-type]
        assert [(f.kind, f.detail) for f in found] == [
            ("number_changed", "the report says an hour; what was said: half an hour")
        ], asked


@pytest.mark.parametrize(
    ("said", "kinds"),
    [("Don't be real, 10 milligrams at night.", ["number_changed"]),
     ("Don't be real, 5 milligrams at night.", []),  # (agrees: no departure)
     ("[inaudible] ,500 milligrams at night.", [])],  # (the thousands were not heard)
)  # fmt: skip
def test_a_medicine_whose_name_the_model_did_not_write(said: str, kinds: list[str]) -> None:
    """ "Donepezil 5mg at night" against the answer to the question about medication, by its
    dose, where the model wrote the name as "Don't be real"."""
    from twindeck.report.compare import check_report

    lines = [("S1", "Okay, what medication is she on?"), ("S2", said),
             ("S2", "I give it to her, we've got a locked box."),
             ("S1", "And can she dress herself?"), ("S2", "She can, if I lay it out.")]  # fmt: skip
    report = "Donepezil 5mg at night."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


@pytest.mark.parametrize(
    ("report", "ruled_out"),
    [("The consultation ended at 11:45.", True), ("The consultation ended at 11:02.", False)],
)
def test_an_end_time_against_the_time_said_as_it_opens(report: str, ruled_out: bool) -> None:
    """The recording is the whole consultation: stated to end 45 minutes after the time said as
    it opens, it cannot last two minutes (and no time was said as it closes)."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, it's eleven o'clock, so we'll make a start."),
        ("S2", "Hi, yeah, my mum's with me."),
        ("S1", "How are you?"),
        ("S2", "Tired."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 150.0)  # type: ignore[arg-type]
    assert ("impossible" in [f.kind for f in found]) == ruled_out


@pytest.mark.parametrize(
    ("report", "kinds"),
    [("She watches television in the evenings.", ["never_said"]),
     ("She cooks hot meals on the hob.", ["never_said"]),
     ("She cooks hot meals on the hob with her husband's help.", ["supported"])],
)  # fmt: skip
def test_what_the_report_has_them_do_against_i_cant(report: str, kinds: list[str]) -> None:
    """A plain 'She watches television' against "I can't see the television properly any
    more"; not where the statement gives help, an aid or a limit of its own."""
    from twindeck.report.compare import check_report

    lines = [("S1", "How is your sight?"),
             ("S2", "I can't see the television properly any more."),
             ("S1", "Cooking?"),
             ("S2", "I'm not allowed near the hob on my own. My husband helps me.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


def test_an_interruption_asked_for_in_other_words() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Work?"), ("S2", "I was off too much."),
             ("S2", "Sorry, I have to go. Can you hold on?"), ("S1", "Yep, I'll hold."),
             ("S2", "Sorry.")]  # fmt: skip
    report = "The assessment proceeded without interruption."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_just_you_today_and_a_friend_who_waited_in_the_car() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Come on through, grab a seat. Did you find us all right?"),
        ("S2", "Yeah, my mate dropped me off. He's waiting in the car."),
        ("S1", "So it's five past ten. Just you today then."),
        ("S2", "Just me, yeah."),
    ]
    report = "He was accompanied into the assessment room by a friend."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [("He continues to drive to the local shops.", ["never_said"]),
     ("He surrendered his driving licence after the blackouts.", ["supported"])],
)  # fmt: skip
def test_driving_against_a_licence_taken(report: str, kinds: list[str]) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Do you drive?"), ("S2", "They took my licence after the blackouts."),
             ("S1", "How do you get to the shops?"), ("S2", "My daughter takes me.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


def test_perceptual_disturbance_is_hearing_voices() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Are you hearing any voices at the moment?"),
             ("S2", "Sometimes, at night. They tell me I'm useless.")]  # fmt: skip
    report = "Mental state: he denied any current perceptual disturbance."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


def test_studying_is_a_life_the_report_gives_them() -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "What do you do in the day?"),
             ("S2", "I'm in bed most of the day. Sometimes downstairs for an hour.")]  # fmt: skip
    report = "She is studying part-time with the Open University."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [("He goes to the gym three times a week.", ["never_said"]),
     ("She goes swimming twice a week to help her back.", ["never_said"]),
     ("He reports that his memory is good.", ["never_said"])],
)  # fmt: skip
def test_a_thing_of_their_life_never_spoken_of_wherever_it_matched(
    report: str, kinds: list[str]
) -> None:
    """The gym, swimming: never said, though the statement matched only weakly somewhere; and
    "Any problems with memory?" "Yeah, terrible." against a memory said to be good."""
    from twindeck.report.compare import check_report

    lines = [("S1", "Morning. Come on through, is there enough room for the chair?"),
             ("S2", "Yes thanks."), ("S1", "How do you sleep?"), ("S2", "Badly, three hours."),
             ("S1", "Any problems with memory?"), ("S2", "Yeah, terrible.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 12.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


@pytest.mark.parametrize(
    ("said", "kinds"),
    [("Not really. If I bend, I can't get back up again.", ["never_said"]),
     ("I can, but not every day. If I bend I can't get back up again.",
      ["qualifier_dropped"]),
     ("Yes, no problem at all.", ["supported"])],
)  # fmt: skip
def test_a_claim_without_difficulty_against_not_really(said: str, kinds: list[str]) -> None:
    """'able to … without difficulty' is a plain claim made stronger, held against "Not
    really" (its opposite: never said) like any other, and against a limit said with it."""
    from twindeck.report.compare import check_report

    lines = [("S1", "Could you pick something up from the floor?"), ("S2", said)]
    report = "He is able to pick up objects from the floor without difficulty."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


def test_an_examination_the_assessor_let_go() -> None:
    """ "I'd like to examine your hip movements now." "Sorry, I'd rather not." "That's fine. I
    won't examine the hip then." against a hip examination in the report."""
    from twindeck.report.compare import check_report

    lines = [("S1", "How far can you walk with the crutches?"), ("S2", "About thirty metres."),
             ("S1", "I'd like to examine your hip movements now."),
             ("S2", "Sorry, I'd rather not, it's too sore."),
             ("S1", "That's fine. I won't examine the hip then.")]  # fmt: skip
    report = "Hip examination: flexion to 100 degrees; movements within a functional range."
    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_how_far_can_you_walk_is_no_request_to_show() -> None:
    """An examination in the report, where the only 'can you walk' is a question of how far:
    nothing asked the claimant to show it (the hip came up in words only)."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Come in, take a seat. Tell me about your hip."),
        ("S2", "My hip was replaced in 2022."),
        ("S1", "How far can you walk with the crutches?"),
        ("S2", "About thirty metres."),
    ]
    report = "Hip examination: flexion to 100 degrees."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("lines", "report"),
    [([("S1", "Do you have any thought cementing your life at the moment?"),
       ("S2", "Sometimes, not every day. I've got a safety plan.")],
      "She denies any current thoughts of suicide.")],
)  # fmt: skip
def test_thoughts_of_ending_your_life(lines: list[tuple[str, str]], report: str) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [("He is able to use public transport.", ["never_said"]),
     ("She goes to the supermarket weekly.", ["never_said"]),
     ("He walks to the local shop on his own.", ["supported"])],
)  # fmt: skip
def test_buses_and_the_supermarket_never_spoken_of(report: str, kinds: list[str]) -> None:
    """A plain statement of how the claimant gets about or where they go, none of whose words
    were heard: never spoken of."""
    from twindeck.report.compare import check_report

    lines = [("S1", "Do you go out on your own?"),
             ("S2", "I walk to the local shop on my own, it's just round the corner.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


@pytest.mark.parametrize(
    ("report", "ruled_out"),
    [("Start time 09:00. End time 09:48.", True),
     ("Start time 09:00. End time 09:06.", False),
     ("Present: claimant only.", True),
     ("The claimant answered all questions fully and independently.", True)],
)  # fmt: skip
def test_consultation_notes_in_their_short_forms(report: str, ruled_out: bool) -> None:
    """'Start time …' and 'End time …' noted on their own against the times said as it opens
    and closes; 'Present: claimant only' and 'answered all questions … independently' against
    someone with the claimant who speaks."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, it's nine o'clock, so let's start. Who's with you?"),
        ("S2", "This is my mum."),
        ("S2", "I'm his mum. He finds this hard."),
    ]
    lines += [("S1", "How far can you walk?"), ("S2", "Not far, about twenty metres.")] * 8
    lines += [("S1", "Okay, that's all. It's five past nine, thank you both.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 120.0)  # type: ignore[arg-type]
    assert ("impossible" in [f.kind for f in found]) == ruled_out


@pytest.mark.parametrize(
    "lines",
    [[("S1", "How often do you get the dizzy attacks?"), ("S2", "Sorry."),
      ("S1", "How often do the attacks come?"), ("S2", "Twice a week.")],
     [("S1", "It's twenty past two."), ("S2", "Sorry, could you speak up a bit?"),
      ("S1", "Yes. It's twenty past two."), ("S2", "Thanks.")],
     [("S1", "Who's with you?"),
      ("S2", "I'm her friend. I'll repeat things if she doesn't catch them."),
      ("S1", "Thank you."), ("S2", "Okay.")]],
)  # fmt: skip
def test_asked_again_in_the_words_the_model_writes(lines: list[tuple[str, str]]) -> None:
    from twindeck.report.compare import check_report

    report = (
        "Informal observations: She heard all questions clearly without the need for repetition."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("report", "ruled_out"),
    [("Informal observations: She answered the door and walked unaided to the living room.", True),
     ("Informal observations: She opened the front door to the assessor.", True),
     ("Informal observations: She was sitting in the front room.", False)],
)  # fmt: skip
def test_a_claimant_asked_not_to_get_up_did_not_answer_the_door(
    report: str, ruled_out: bool
) -> None:
    from twindeck.report.compare import check_report

    lines = [("S2", "Hello, come in. I'm Lee, the son. Mum's in the front room."),
             ("S1", "Thanks. Hello, Mrs Price, I'm Angela from the assessment service."),
             ("S1", "Don't get up."), ("S2", "Thank you, love.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert ("impossible" in [f.kind for f in found]) == ruled_out


def test_no_qualifier_is_dropped_from_the_consultation_times_noted_shortly() -> None:
    """The opening of a home visit as the model wrote it (held-out-37): "Start 10:10, end 10:15."
    matched the opening, and the rest said there ("I can't sit up for long") was held against
    it as a dropped qualifier."""
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, Mrs. Adams."), ("S1", "I'm Ruth from the Assessment Service."),
        ("S1", "Thanks for letting me visit."),
        ("S1", "It's 10 past 10, so let's start. Are you comfortable?"),
        ("S2", "Do you mind if I stay lying down?"), ("S2", "I can't sit up for long."),
        ("S1", "That's fine."), ("S1", "Is this your personal?"),
        ("S2", "Yes, I'm Ben, I've taken the morning off work."), ("S1", "Tell me about your me."),
        ("S2", "I got glandular fever in 2019 and I never recovered."),
        ("S2", "I was diagnosed with me in 2020."), ("S1", "What's a typical day like?"),
        ("S2", "I'm in bed or on the sofa, about 20 hours a day."),
        ("S2", "I get up to go to the toilet and for a shower twice a week with Ben there."),
        ("S2", "She has to sit on the shower stool and I wash her hair."), ("S1", "Cooking?"),
        ("S2", "Ben cooks, before he goes to work, and leaves me a flask of soup and sandwiches."),
        ("S1", "Do you go out at all?"),
        ("S2", "Once a month, maybe to the GP in a wheelchair, and then I'm wiped out for days."),
    ]  # fmt: skip
    found = check_report(split_statements("Start 10:10, end 10:15."), _transcript(lines), 40.0)  # type: ignore[arg-type]
    assert "qualifier_dropped" not in [f.kind for f in found]


def test_standing_without_arms_answering_the_door_and_walking_unaided_against_the_recording() -> (
    None
):
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, Mrs Shaw. I'm Beth from the assessment service."),
        ("S2", "Come in. I'm Ryan, her son. Mum's in the front room."),
        ("S2", "She doesn't get up to the door."),
        ("S1", "Could you stand up for me?"),
        ("S2", "There. I need to push up with both hands."),
        ("S1", "And could you walk over to the window for me?"),
        ("S2", "I'll try."),
        ("S2", "I've got you, Mum. Slowly."),
        ("S1", "Thank you, that's fine."),
    ]
    report = (
        "Informal observations: She answered the door. She rose from her chair without using her "
        "arms. She walked to the window unaided with a steady gait. She lives with her son."
    )
    found = check_report(split_statements(report), _transcript(lines), 18.0)  # type: ignore[arg-type]
    assert [(f.statement_index, f.kind) for f in found if f.kind == "impossible"] == [
        (0, "impossible"),
        (1, "impossible"),
        (2, "impossible"),
    ]
    details = [f.detail for f in found if f.kind == "impossible"]
    assert "push up" in details[1] and "helped" in details[2]


def test_walking_in_unaided_against_someone_helping_at_the_door() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Mr Evans, hello, I'm Stephen. Come on in. Do you want a hand?"),
        ("S2", "I'll help him, thanks. Come on, Dad. Mind the step."),
        ("S1", "Take your time. How far can you walk?"),
        ("S2", "With the stick, about 20 metres."),
    ]
    report = "Informal observations: He walked into the assessment room unaided."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_nobody_with_the_claimant_said_in_few_words() -> None:
    from twindeck.report.compare import check_report

    bare = [
        ("S1", "Hello, Lee. I'm Hannah, a paramedic. Is the picture okay for you?"),
        ("S2", "It's fine."),
        ("S1", "Is anybody with you today?"),
        ("S2", "No."),
        ("S2", "My wife's taken the kids to school."),
        ("S1", "Okay. It's ten past twelve now."),
    ]
    found = check_report(split_statements("His wife was present and confirmed his account."),
                         _transcript(bare), 12.0)  # type: ignore[arg-type]  # fmt: skip
    assert [f.kind for f in found] == ["impossible"]
    dropped = [
        ("S1", "It's twenty to four. Sit down. Anyone with you?"),
        ("S2", "No, my son dropped me at the door. He's gone to park the car."),
        ("S1", "Tell me about your heart."),
    ]
    found = check_report(
        split_statements("The claimant attended with his son, who was present throughout."),
        _transcript(dropped),  # type: ignore[arg-type]
        6.0,
    )
    assert [f.kind for f in found] == ["impossible"]


def test_answered_the_questions_fully_himself_against_an_advocate_who_helps() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, this is Paul from the Assessment Service. Is anyone with you?"),
        ("S2", "Hello, I'm Sue, Ben's advocate from the autism charity. Ben asked me to help."),
        ("S1", "That's fine. Ben, how does autism affect you?"),
        ("S2", "I don't like the phone."),
    ]
    report = "He engaged well throughout the call and answered the questions fully himself."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


def test_no_problems_reported_under_a_heading_or_not_reported_against_what_was_said() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Any problems with your memory?"),
        ("S2", "Yes, I forget things. They remind me of appointments."),
        ("S1", "Do you get the small seizures too, the absences?"),
        ("S2", "Yes, a few a day, I just stare."),
        ("S1", "Standing."),
        ("S2", "I get dizzy if I stand still too long. I need to sit down."),
        ("S1", "How long can you sit for?"),
        ("S2", "Sitting fine, it's standing. I can't stand more than a few minutes."),
    ]
    report = (
        "Memory: No problems reported. Absence seizures were not reported. Standing and sitting: "
        "He reports no difficulty with standing. He reports no difficulty with sitting."
    )
    found = check_report(split_statements(report), _transcript(lines), 16.0)  # type: ignore[arg-type]
    never = sorted(f.statement_index for f in found if f.kind == "never_said")
    # (not sitting, said to be fine)
    assert never == [0, 1, 2]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [("He has not required hospital admission.", ["never_said"]),
     ("She does not use a wheelchair.", ["never_said"]),
     ("There is no history of him getting lost.", ["never_said"]),
     # (said too: "I don't use hearing aids")
     ("She does not use hearing aids.", ["supported"])],
)  # fmt: skip
def test_what_the_report_says_they_have_not_against_what_they_said_they_have(
    report: str, kinds: list[str]
) -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Any chest infections?"),
        ("S2", "Five or six last year. Two times I was in the hospital with them."),
        ("S1", "How do you get about outside?"),
        ("S2", "If we go to the shops, she uses the wheelchair. I push it."),
        ("S1", "Does he go out on his own?"),
        ("S2", "He got lost in town once and the police brought him home."),
        ("S1", "And your hearing?"),
        ("S2", "I don't use hearing aids. They don't help me."),
    ]
    found = check_report(split_statements(report), _transcript(lines), 16.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == kinds


def test_waiting_for_therapy_said_at_the_end_of_a_longer_answer() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Are you getting any help?"),
        ("S2", "Combat Stress."),
        ("S2", "I see someone every fortnight on video like this."),
        ("S2", "And I'm on the waiting list for the trauma therapy."),
        ("S1", "Any medication?"),
        ("S2", "Sertraline."),
    ]
    report = "He is currently undergoing trauma-focused therapy."
    found = check_report(split_statements(report), _transcript(lines), 12.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


def test_occasional_beside_a_figure_is_the_figure_held_against_what_was_said() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "And the bladder?"),
        ("S2", "I get urgency. I have an accident maybe once or twice a week. I wear pads."),
    ]
    report = (
        "She reports urgency with occasional incontinence, around once a month, managed with pads."
    )
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    changed = [f for f in found if f.kind == "number_changed"]
    assert len(changed) == 1 and "once a month" in changed[0].detail


def test_what_the_assessor_observed_against_what_the_recording_has_of_it() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, come through. How did you get here today?"),
        ("S2", "Linda drove us. I still had to stop twice coming across from the car park."),
        ("S1", "How far can you walk on the flat?"),
        ("S2", "Maybe 40 yards, then I have to stop and get my breath back."),
    ]
    report = (
        "Informal observations: He walked from the car park to the consultation room without "
        "stopping. He walked from the car park to the consultation room."
    )
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    # the observation is ruled out; the same words not said to be seen keep the limit dropped
    assert [(f.statement_index, f.kind) for f in found if f.kind != "supported"] == [
        (0, "impossible"),
        (1, "qualifier_dropped"),
    ]
    assert "in the recording: rest" in found[0].detail


@pytest.mark.parametrize(
    ("lines", "report"),
    [([("S1", "Hello, Mrs Clark, I'm Nadia. Please come in."),
       ("S2", "Sorry, can you say that again? I didn't catch it."),
       ("S1", "Sorry, I'll face you and speak up.")],
      "Informal observations: She heard and responded to all questions without difficulty or "
      "need for repetition."),
     ([("S1", "We're on video today. Can you hear me all right?"), ("S2", "Yes."),
       ("S2", "Sorry, I need to go. I'll be back."), ("S1", "That's fine. Take your time."),
       ("S2", "Sorry about that. I'm back.")],
      "Informal observations: She remained seated throughout the consultation and did not need "
      "to leave."),
     ([("S1", "I'm Claire from the assessment provider calling about your PIP."),
       ("S2", "Hello."), ("S1", "Tell me about your seizures."),
       ("S2", "The big ones about twice a month, and absences I don't know how many.")],
      "Informal observations: She was alert and no absence seizures were observed during the "
      "call.")],
)  # fmt: skip
def test_observations_of_the_whole_consultation_the_recording_rules_out(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    "said",
    ["That's about 50 metres, and Graham has to be with me.",
     "Only to the shop next door. Anywhere else, carrot takes me.",
     "I only shower when Jamie's home.",
     "Only in the wheel chair with his un -pushing him."],
)  # fmt: skip
def test_someone_named_who_has_to_be_with_them_as_the_model_writes_it(said: str) -> None:
    from twindeck.report.statements import qualifiers

    assert qualifiers(said) == ["accompanied"]


def test_attended_alone_borne_out_by_the_claimant_saying_nobody_is_with_them() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, thanks for coming in. Is anyone with you today?"),
        ("S2", "No."),
        ("S1", "How did you get here?"),
        ("S2", "Taxi."),
    ]
    report = "He attended alone and travelled by taxi."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [(f.kind, f.passage.text if f.passage else None) for f in found] == [
        ("supported", "No.")
    ]


def test_a_medicine_misheard_by_name_its_dose_agreed_how_often_not() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Any medication?"),
        ("S2", "It's right now in 12 and a half milligrams, um, three times a day, and see "
               "telepromp, 20 milligrams."),
        ("S1", "Treatment."),
        ("S2", "Fewer [inaudible] 60 milligrams."),
    ]  # fmt: skip
    report = "Tetrabenazine 12.5mg twice daily. Current medication: fluoxetine 20mg."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    changed = {f.statement_index: f.detail for f in found if f.kind == "number_changed"}
    assert sorted(changed) == [0, 1]
    assert "three times a day" in changed[0] and "60 milligrams" in changed[1]


def test_attending_a_clinic_on_his_own_against_someone_who_goes_with_him() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Medication?"),
        ("S2", "An injection every four weeks at the clinic. I go with him to the clinic. "
               "Otherwise he doesn't go."),
    ]  # fmt: skip
    report = "He attends the clinic on his own for an injection every four weeks."
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["qualifier_dropped"]
    assert "accompanied" in found[0].detail


def test_a_duration_noted_as_two_times_against_the_times_said() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, it's nine o'clock. Thank you for taking the call."),
        ("S2", "Hello."),
        ("S1", "How are things?"),
        ("S2", "Not good."),
        ("S1", "Thank you, it's five past nine, we'll stop there."),
    ]
    for report, kind in (("Duration: 09:00 to 09:05.", "supported"),
                         ("Duration: 09:00 to 09:50.", "impossible")):  # fmt: skip
        found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
        assert [f.kind for f in found] == [kind], report


def test_i_cant_of_another_task_is_a_limit_not_the_opposite() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Can you prepare a meal?"),
        ("S2", "I do try, I like cooking. But I can't open jars. My daughter does the chopping."),
    ]
    found = check_report(
        split_statements("She enjoys cooking and is able to prepare a meal."),
        _transcript(lines),  # type: ignore[arg-type]
        4.0,
    )
    assert [f.kind for f in found] == ["qualifier_dropped"]


@pytest.mark.parametrize(
    ("report", "never"),
    [("She cooks using the hob.", True), ("She prepares food using a microwave.", False)],
)
def test_a_means_the_claimant_says_they_cannot_use(report: str, never: bool) -> None:
    from twindeck.report.compare import check_report

    lines = [("S1", "Do you cook?"),
             ("S2", "I use the microwave, I can't cook on the hob anymore.")]  # fmt: skip
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert ("never_said" in [f.kind for f in found]) == never


@pytest.mark.parametrize(
    ("lines", "report"),
    [([("S1", "Could you walk across the room for me?"),
       ("S2", "Yes, give me the stick, please."), ("S1", "Thank you. That's fine.")],
      "Informal observations: He walked across the room without any walking aid."),
     ([("S1", "Could you show me walking from the chair to the door?"),
       ("S2", "Okay, hang on. Gareth, can you?"), ("S2", "Hold my arm."),
       ("S1", "That's fine. Sit back down.")],
      "Informal observations: She walked from her chair to the door independently."),
     ([("S1", "Do you need the toilet at the moment?"), ("S2", "Actually, yes, sorry, can I go?"),
       ("S1", "Of course."), ("S2", "Sorry about that, I'm back.")],
      "He remained in the consultation room throughout without needing to leave.")],
)  # fmt: skip
def test_walking_unaided_and_staying_in_the_room_against_the_recording(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 10.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("lines", "report"),
    [([("S1", "Hospital admissions."), ("S2", "Two last winter, chest infections.")],
      "There have been no hospital admissions in the last year."),
     ([("S1", "Is your sleep affected?"), ("S2", "I'm up three or four times at night with it.")],
      "She reports that she sleeps well.")],
)  # fmt: skip
def test_a_denial_or_a_good_night_against_how_many_said_first(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["never_said"]


def test_i_cant_first_of_another_movement_is_a_limit() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "How about picking something up from the floor?"),
        ("S2", "I can't bend. I've got one of those grabbers."),
    ]
    report = (
        "Picking up and moving: He is able to pick up a dropped item such as keys from the floor."
    )
    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["qualifier_dropped"]


def test_the_visit_is_the_consultation_for_its_length() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hello, thanks for having me. It's 20 past one."),
        ("S2", "Come in."),
        ("S1", "How are things?"),
        ("S2", "Not good."),
    ]
    report = "The visit ended at 14:40, a total duration of 80 minutes."
    found = check_report(split_statements(report), _transcript(lines), 8.0)  # type: ignore[arg-type]
    assert [f.kind for f in found] == ["impossible"]


@pytest.mark.parametrize(
    ("lines", "report"),
    [([("S1", "This is Kevin from the PIP assessment service. And when you're"),
       ("S2", "No, I'm on my own today. My son's at school.")],
      "Her son was present during the call."),
     ([("S1", "I'm James, calling for your PIP telephone assessment. Is anyone with you?"),
       ("S2", "No, my mum was going to come, but she couldn't.")],
      "Telephone consultation. The claimant's mother was present and contributed.")],
)  # fmt: skip
def test_someone_said_to_be_there_against_the_claimant_on_their_own(
    lines: list[tuple[str, str]], report: str
) -> None:
    from twindeck.report.compare import check_report

    found = check_report(split_statements(report), _transcript(lines), 4.0)  # type: ignore[arg-type]
    assert "impossible" in [f.kind for f in found]


def test_someone_spoken_of_later_does_not_bear_out_that_they_were_there() -> None:
    from twindeck.report.compare import check_report

    lines = [
        ("S1", "Hi Sophie, it's Martin from the assessment service calling for your assessment."),
        ("S2", "Hello."),
        ("S1", "What's your main condition?"),
        ("S2", "OCD and depression."),
        ("S1", "How long does it take you to leave the house?"),
        ("S2", "About two hours. I check the door, the taps."),
        ("S1", "How many days a week do you go out?"),
        ("S2", "Maybe two."),
        *[("S1", "And how is your sleep?"), ("S2", "Not good, four hours.")] * 4,
        ("S1", "Where do you go?"),
        ("S2", "Usually it's just to my mum's."),
    ]
    found = check_report(split_statements("Her mother was present during the call."),
                         _transcript(lines), 36.0)  # type: ignore[arg-type]  # fmt: skip
    assert "supported" not in [f.kind for f in found]
