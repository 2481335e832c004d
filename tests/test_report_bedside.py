"""Tests and measurements done in the consultation: the report's result against the recording's."""

from __future__ import annotations

from conftest import said_transcript
from twindeck.report.bedside import (
    amounts,
    measurement_otherwise,
    memory_not_right,
    sevens_not_right,
    sum_not_right,
)
from twindeck.report.compare import check_report
from twindeck.report.statements import split_statements
from twindeck.transcribe.model import Transcript, Utterance


def _said(lines: list[tuple[str, str]]) -> list[Utterance]:
    """One utterance per line, two seconds each; the assessor (S1) speaks first."""
    return list(said_transcript(lines).utterances)


def _transcript(lines: list[tuple[str, str]]) -> Transcript:
    return said_transcript(lines)


CHANGE = "If something costs £3 .50 and you give me a £5 note, how much change would you get?"


def test_sums_of_money_as_the_model_writes_them() -> None:
    assert amounts(CHANGE) == [3.5, 5.0]
    assert amounts("three pounds fifty, or a pound fifty, or fifty p") == [3.5, 1.5, 0.5]
    assert amounts("from five pounds if something costs three pounds") == [5.0, 3.0]


def test_the_change_said_right_bears_the_report_out() -> None:
    report = "She correctly calculated the change from £5 for an item costing £3.50."
    for answer in ("A pound fifty.", "£1.50", "Um, one fifty?", "One pound and fifty pence."):
        said = _said([("S1", CHANGE), ("S2", answer), ("S1", "Lovely. Who does your shopping?")])
        assert sum_not_right(report, said) is None, answer


def test_the_change_said_wrong_or_not_at_all_is_not_correctly_calculated() -> None:
    report = "He was able to calculate the change from £5 correctly."
    wrong = sum_not_right(report, _said([("S1", CHANGE), ("S2", "Two pounds.")]))
    assert wrong is not None and wrong.kind == "impossible"
    assert "£1.50" in wrong.detail and "Two pounds." in wrong.detail
    # cut off by the companion, who answers something else
    cut = _said([("S1", CHANGE), ("S2", "I'm his"), ("S1", "That's okay."),
                 ("S2", "appointee. I do everything.")])  # fmt: skip
    assert sum_not_right(report, cut) is not None
    # asked as "how much would you get back"
    back = [("S1", "If you bought something for £3 and gave the shop £5, how much would you get "
             "back?"), ("S2", "Uhm, five.")]  # fmt: skip
    assert sum_not_right("He correctly calculated the change due.", _said(back)) is not None
    # the report saying it went wrong, or saying nothing of a result, is not held against it
    assert sum_not_right("He could not calculate the change.", _said(back)) is None
    assert sum_not_right("His mother manages his money.", _said(back)) is None


def test_serial_sevens_right_wrong_and_abandoned() -> None:
    report = "Serial sevens were completed accurately."
    asked = "Could you count backwards from one hundred in sevens?"
    right = _said([("S1", asked), ("S2", "93, 86, 79, 72."), ("S1", "Thank you.")])
    assert sevens_not_right(report, right) is None
    lost = _said([("S1", asked), ("S2", "93."), ("S2", "[inaudible] 6. I'm 70."),
                  ("S2", "No, I've lost it. Sorry.")])  # fmt: skip
    found = sevens_not_right(report, lost)
    assert found is not None and found.kind == "impossible" and "lost it" in found.detail
    # only the first one said is not a completed test
    assert sevens_not_right(report, _said([("S1", asked), ("S2", "Ninety three.")])) is not None


def test_a_measurement_the_recording_takes_with_another_figure() -> None:
    said = _said([("S1", "I'll just take your blood pressure."), ("S2", "Okay."),
                  ("S1", "It's 110 over 70. Thank you.")])  # fmt: skip
    changed = measurement_otherwise("Blood pressure was 140/90.", said)
    assert changed is not None and changed.kind == "number_changed"
    assert "110 over 70" in changed.detail
    assert measurement_otherwise("Blood pressure was 110/70.", said) is None
    sats = _said([("S1", "I'm going to check your oxygen levels with this clip on your finger."),
                  ("S2", "Yes."), ("S1", "91%, thank you.")])  # fmt: skip
    found = measurement_otherwise("Oxygen saturation was 96% on room air.", sats)
    assert found is not None and found.kind == "number_changed"
    # (the clip as the model may hear it put on: "now let's live on your finger for your oxygen")
    heard = _said([("S1", "Okay, now let's live on your finger for your oxygen."),
                   ("S1", "91%. Right.")])  # fmt: skip
    found = measurement_otherwise("Oxygen saturation 97% on room air.", heard)
    assert found is not None and found.kind == "number_changed"


def test_a_measurement_nothing_in_the_recording_takes() -> None:
    said = _said([("S1", "Do you take tablets for your blood pressure?"),
                  ("S2", "Yes, my blood pressure is high, it was 160 over 100 at the GP."),
                  ("S1", "Thank you, that's all.")])  # fmt: skip
    for report in ("Blood pressure 128/76, pulse 72 and regular.",
                   "Oxygen saturations were measured at 96% on room air.",
                   "Weight 41 kg, BMI 15.2."):  # fmt: skip
        found = measurement_otherwise(report, said)
        assert found is not None and found.kind == "impossible", report
    # what the claimant reports of their own readings is theirs, not a measurement
    assert measurement_otherwise("She reports her blood pressure is usually 150/90.", said) is None


def test_the_check_reports_a_sum_got_wrong_as_impossible_not_a_changed_figure() -> None:
    lines = [
        ("S1", "Can you use money, Jamie?"),
        ("S1", "If something costs £3 .50 and you give £10, how much change would you get?"),
        ("S2", "20 pounds."),
        ("S1", "Okay. Who deals with your money?"),
        ("S2", "My mum does."),
    ]
    report = (
        "Activity 10 - Making budgeting decisions: He was able to calculate the change from £10 "
        "correctly."
    )
    found = check_report(split_statements(report), _transcript(lines), 10.0)
    assert [(f.kind, f.passage.text if f.passage else None) for f in found] == [
        ("impossible", "20 pounds.")
    ]


def test_orientation_and_recall_said_right_against_answers_that_do_not_know() -> None:
    year = _said([("S1", "Margaret, can you tell me what year it is?"),
                  ("S2", "It's 19, no, 20."), ("S2", "I'm not sure, love."),
                  ("S1", "That's all right. Thank you both.")])  # fmt: skip
    found = memory_not_right("Mental state: orientated in time, place and person.", year)
    assert found is not None and found.kind == "impossible" and "not sure" in found.detail
    words = _said([("S1", "Can I ask you to remember three words for me? Apple, table, penny."),
                   ("S2", "Apple, table, penny."), ("S1", "And what were they again?"),
                   ("S2", "Apple, table, I don't know the last one.")])  # fmt: skip
    assert memory_not_right("Short-term recall intact, three out of three words recalled.",
                            words) is not None  # fmt: skip
    right = _said([("S1", "What year is it?"), ("S2", "2026."), ("S1", "Thank you.")])
    assert memory_not_right("She was orientated to the year.", right) is None
    assert memory_not_right("She was disorientated to the year.", year) is None


def test_a_memory_test_score_nothing_in_the_recording_asks() -> None:
    lines = [("S1", "How is your memory?"), ("S2", "Not good. I forget appointments.")]
    found = check_report(
        split_statements("Mental state examination: Cognitive screening (MMSE) scored 29/30."),
        _transcript(lines),
        4.0,
    )
    assert [f.kind for f in found] == ["impossible"]
