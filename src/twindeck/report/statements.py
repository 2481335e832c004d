"""An assessment report as text, split into statements with what matters in each.

A statement is a sentence of the report. For each we keep: whether it is reported speech ("states
she can…", "reports", "said"), an observation ("was observed", "sat", "came alone"), the
quantities in it (distances, durations, frequencies, normalised: metres, minutes, per week), and
the reliability and help words (pain, rest, help, aids, bad days, safely, repeatedly…).

Text comes from .txt, .docx (its own XML, no Word needed) or .pdf (pypdf; a scanned page with no
text is read with Tesseract OCR when it is installed).
"""

# ruff: noqa: E501  (regular-expression tables, one alternative group per line)
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from twindeck.errors import UnsupportedFormat, UnusableInput
from twindeck.report.quantities import Quantity, quantities

# someone who does things for the claimant
PEOPLE_WORDS = ("partner", "husband", "wife", "spouse", "daughter", "son", "carer", "mum", "mom",
                "mummy", "mommy", "mam", "mother", "dad", "father", "friend", "sister", "brother", "neighbour",
                "neighbor",
                "advocate", "supporter", "pharmacy", "pharmacist")  # fmt: skip
_PERSON = rf"({'|'.join(PEOPLE_WORDS)})s?"
QUALIFIERS = {
    "pain": (
        r"\bpain(ful|s)?\b|\bhurts?\b|\bach(e|es|ing|y)\b|\bagony\b|\bthrob(s|bing)?\b|\bsore\b|"
        r"\bheadaches?\b|\bmigraines?\b|\bout of breath\b|\bbreathless(ness)?\b|\bkill(s|ing) (me|"
        r"him|"
        r"her)\b"
    ),
    "rest": (
        r"\brest(s|ing)?\b|(?<!\bbus )\bstop(s|ping)?\b|\bsit down\b|\b(need|needs|needing|have|"
        r"has) "
        r"to sit\b(?! with)|\bbreaks?\b|\b(sleeps?|naps?)\b[^.?!]{0,30}\b(afternoons?|daytime|"
        r"during the day)\b|\bcatch my breath\b|\b(have|has|need|needs|needing) to "
        r"(get up|move)\b|\bmakes? (me|him|her) (get up|move)\b|\bbefore getting up\b|"
        r"\b(keep|keeps) (having to )?sit|\bsitting on (the|a|my|his|her) (bed|chair|stool)\b|"
        r"\bseated\b|\bsit (down )?on (a|the) (bench|wall|seat|step)\b|\bl(ie|ies|ying|ay) down\b|"
        r"\bperching stool\b|\bsitting down\b|\bsit(ting|s)? on the edge of\b|\bcan'?t (stand|sit|"
        r"walk|stay) "
        r"(up |still )?for (long|very long|more than a few minutes)\b"
    ),
    "help": (
        rf"\bhelp(s|ed|ing)?\b|\bassist(s|ance)?\b|\bsupport(s|ed)?\b|\b{_PERSON}\b[^.?!]{{0,40}}"
        rf"\bfor (me|him|her)\b|\b{_PERSON} (\w+ )?(ha(s|ve) to(?! be| come| go| remind| prompt|"
        rf" stay)|does|do|doing|will|deals? with|"
        r"sorts?|handles?|manages?|looks? after|fills?|takes? care of|explains?|writes?|reads?|"
        r"gets?|puts?|"
        r"cuts?|washes|washing|dresses|cooks?|pushe?s|checks?|ties|fastens|does up|(has|have|took|"
        r"takes?) "
        r"control)\b|\b(cuts?|does|makes?|writes?|reads?|fills?|sorts?|"
        r"washes|dresses|cooks?|carries|brings)\b[^.?!]{0,20}\bfor (me|him|her)\b|"
        r"\b(i|we) (have to |has to )?(do|wash|dress|cut|help|shave|bathe) (his|her|him)\b|"
        r"\bsomeone else\b|\bneeds? (his |her |their )?\w+ (cutting|cut) up\b|\bneeds? (his |her |"
        r"my |a |the )?(partner|husband|wife|"
        r"daughter|son|carer|mum|mother|dad|father|friend|sister|brother|neighbour) to\b|"
        rf"\b(filled|done|sorted|handled|managed|prepared|cooked|cut up|made) by (my |his |her |a |"
        rf"the )?{_PERSON}\b|"
        r"\b(does|handles|sorts|fills( in)?|deals with) (all )?(of )?(my|his|her) (forms|bills|"
        r"letters|"
        r"money|paperwork|post|finances|shopping)\b|"
        rf"\b{_PERSON}\b[^.?!]{{0,30}}\bcomes? (round|over|in)\b[^.?!]{{0,30}}\bto (put|do|help|"
        r"give|check|get)\b|"
        rf"\b{_PERSON}('s| has)( got)? (third party|access to|control of|power of attorney)\b|"
        r"\bi (lay|set|put|get) (it|them|(the|her|his) \w+) out\b|"
        r"\bif (i|we|he|she|someone) (set|sets|get|gets|lay|lays|put|puts|leave|leaves|has left|'s "
        r"left) (it|them|things|everything|\w+)( \w+){0,2}( out| up)?( for (me|him|her))?\b|"
        r"\bi (put|set|get|lay) (it|them|\w+) out for (him|her)\b|"
        r"\bappointee\b"
    ),
    "prompt": (
        r"\bprompt(s|ing|ed)?\b|\bremind(s|ed|er|ers|ing)?\b|\bencourag(e|es|ed)\b|"
        r"\bmakes? sure (she|he|they|i|you)\b|\bif (i|we) don'?t (tell|remind|make) (him|her|"
        r"them)\b|"
        r"\btells? (him|her|them|me) what to do\b|\bstep by step\b|\btells? (me|him|her) to\b|"
        r"\bto check (i'?ve|i have|he'?s|she'?s|he has|she has) (taken|had|done)\b|"
        r"\botherwise (he|she|i)( will| would|'ll|'d)? forgets?\b|\b(i|we) check (it|them)\b|"
        r"\bpush(es)? (me|him|her) to\b|\b(has|have) to push (me|him|her)\b|\bsets? (an? |"
        r"the )?(phone )?(alarms?|timers?)\b|\bphone alarms?\b|"
        r"\btells? (him|her|them|me) "
        r"(each|every) step\b|\b(has|have|had) to tell (me|"
        r"him|her|"
        r"them)\b"
    ),
    "accompanied": (
        rf"\b{_PERSON} (is |comes |goes |has to be |to be |has to come )?with (me|him|her)\b|"
        rf"\b{_PERSON} (takes|drives|walks|(can|has to|will|have to) (take|drive|walk)) (me|him|"
        r"her)\b|\b(my|his|her) (\w+ )?(friend|partner|carer|sister|brother|mum|mom|dad|son|"
        r"daughter|husband|wife) comes( with (me|him|her))?(?=\s*([.,;!]|$))|\bunless (i|"
        r"we) take (him|her)\b|\bi take (him|her) "
        r"(shopping|out|there)\b|"
        rf"\b(i|he|she) needs? (my|his|her|a) {_PERSON}\b(?! to)|"
        rf"\b{_PERSON}('s|\s+(has to be|to be|is|being))?\s+(present|there|nearby|around|in|"
        rf"at home|home)\b|"
        r"\bsomeone\b[^.?!]{0,20}\bwith me\b|"
        r"\baccompan(y|ies|ied)\b|\bwith (my|her|his|a|someone|somebody) (husband|wife|partner|"
        r"daughter|son|mum|mother|dad|father|friend|carer|sister|brother)\b|\b(comes?|goes|go|"
        r"walks?) with (me|her|him)\b|\bwhen someone(’s|'s| is) (in|at|there|with|around)\b|"
        r"\bhas to be "
        r"there\b|\bbehind (me|him|her)\b|\bhas to stay\b|\bsupervis(ed|es|ion|ing)\b|"
        r"\b(sits?|stands?|stays?) (next to|with|beside) (me|him|her)\b|^\W*(yes,? )?with me\b|"
        r"\bif i (stand|stay|am|'m) with (him|her)\b|\bnot (on (my|his|her) own|by (myself|"
        r"himself|herself)|"
        r"alone)\b|\bonly (when|if) (\w+('s| is)|someone('s| is)) (in|there|here|around|with me|"
        r"home)\b|\bdon'?t (go|do \w+)( \w+)? on my own\b"
    ),
    "aid": (
        r"\bstick\b|\bcrutch(es)?\b|\bwalker\b|\bwheelchair\b|\brails?\b|\bframe\b|\baids?\b|"
        r"\bbanister\b|\bgrabber\b|\bpads\b|\b(shower|raised|toilet) seat\b|\bstool\b|\bhold(s|"
        r"ing)? on ?"
        r"to\b|\bone of those \w+ (things|thingies)\b|\b(white )?cane\b|\bguide dog\b|\bdosette\b|"
        r"\bmagnif(ier|ying glass)\b|\brollator\b|\bzimmer\b|\bcommode\b|\bholding on\b|"
        r"\blean(s|ing)? on\b"
    ),
    "bad days": r"\bbad days?\b|\bsome days\b|\bon a bad\b|\bflare|\bgood day|\bnot always\b",
    "not safely": (
        r"\bnot safe(ly)?\b|\bunsafe\b|\bfall(s|en)?\b|\bdizz(y|iness)\b|\b(give|gives|gave) "
        r"way\b|\bget(s|ting)? lost\b|\bmy legs go\b|\bdrop (it|things)\b|\bburn(t|ed|ing|"
        r"s)? (myself|himself|herself|my|his|her)\b|"
        r"\bunsteady\b|\bsafety\b|\bat risk\b|\b(don'?t|do not|never) feel safe\b|\brisk of\b|"
        r"\bweak(ness)?\b|\bgoing to fall\b|"
        r"\bslip(s|ped|ping)?\b|\b(no|without) (any )?warning\b|\bfaint(s|ed|ing)?\b|\bpass(es|"
        r"ed)? out\b|\b(told|said) (me )?(that )?(i'?m )?not to\b|\bnot (allowed|supposed) to "
        r"(use|cook|go|do|be)\b"
    ),
    "not repeatedly": (
        r"\bnext day\b|\bcan'?t do it again\b|\bnot again\b|\bwiped out\b|\bwipes me out\b|"
        r"\bexhaust(ed|ion)\b|\bdone in\b|\bshattered\b|\bknackered\b|\bfatigue(d)?\b|"
        r"\bcan'?t keep (it|that) up\b|\bpay for it\b"
    ),
    "distress": (
        r"\bpanic(s|ky|king)?\b|\banxious\b|\banxiety\b|\bcan'?t face\b|\bgo(es)? to pieces\b|"
        r"\bdistress(ed|ing)?\b|\bin bits\b|\boverwhelm(ed|ing)?\b|\bfreeze\b|\b(i was|i'm|i am|"
        r"i get|i got|(he|she) was|"
        r"(he|she) gets) (all )?shak(ing|en|y)\b|\bshaken\b|\bin a (right )?state\b|"
        r"\b(could ?n[o']t|can ?n[o']t|cannot|unable to|not) cope\b|\b(frightened|scared|"
        r"terrified)\b"
    ),
    "accidents": r"\baccidents?\b|\bwet myself\b|\bget there in time\b|\bdon'?t make it\b|\bincontinen(ce|t)\b|\b(wears?|wearing|uses?) pads\b",
    "confused": (
        r"\bmuddled\b|\bconfused\b|\bforget(s|ting)?\b|\bmixed up\b|\bcan'?t concentrate\b|"
        r"\b(memory|cognitive) (problems?|difficult(y|ies)|loss|issues?)\b|\bpoor memory\b|"
        r"\bover and over\b|\b(lose|loses|lost|losing) (the )?(track|thread|plot)\b|\bdrift(s|"
        r"ing)? off\b|"
        r"\b(can'?t|cannot|unable to) (follow|take (it|things|information) in|retain)\b"
    ),
    "difficulty": (
        r"\b(find|finds|found) it (really |very |so |quite )?(hard|difficult|a struggle)\b|"
        r"\bstruggl(e|es|ed|ing)\b|\bwith (great |real )?difficulty\b|\bcan (only )?barely\b|"
        r"\b(a few|several|two or three|a couple of) (goes|attempts|tries)\b|"
        r"\b(are|were) (really |very |so |quite )?(hard|difficult|tricky)\b|\b(is|'s|was) (really|"
        r"very|so) (hard|difficult|tricky)\b|\bi find "
        r"(it |them |that )?(really |very |so |quite )?(hard|difficult)\b|"
        r"\bcan'?t always\b"
    ),
    "slowly": (
        r"\b(takes?|took|taking) (me |him |her )?(a long|ages|forever|a while|so long)\b|"
        r"\bages to\b|\bone step at a time\b|"
        r"\bslow(ly)?\b"
    ),
}  # fmt: skip
REPORTED = re.compile(
    r"\b(states|stated|reports|reported|says|said|told|describes|described|advises|advised|"
    r"explains|explained|indicates|indicated|mentions|mentioned|confirms|confirmed)\b",
    re.I,
)  # noqa: E501
OBSERVED = re.compile(
    r"\b(observed|noted|(was|were) seen|seen to|appeared|sat|stood|rose|walked|came (alone|by)|"
    r"arrived|"
    r"mobilised)\b",
    re.I,
)  # noqa: E501


@dataclass(frozen=True)
class Statement:
    index: int
    text: str
    reported: bool
    observation: bool
    quantities: tuple[Quantity, ...]
    qualifiers: tuple[str, ...]
    negative: bool = field(default=False)
    activity: str = ""  # the activity heading it stands under in the report, e.g. "PIP mobility 2"


# the past of the verbs an assessment asks about, as the stem of the verb
IRREGULAR = {
    "fell": "fall", "fallen": "fall", "sat": "sit", "stood": "stand",
    "took": "tak", "taken": "tak", "drove": "driv", "driven": "driv", "ate": "eat",
    "eaten": "eat", "woke": "wak", "slept": "sleep", "kept": "keep", "felt": "feel",
    "spoke": "speak", "bought": "buy", "brought": "bring", "forgot": "forget",
    "forgotten": "forget", "wore": "wear", "worn": "wear", "threw": "throw",
    "swollen": "swell", "swelling": "swell", "swell": "swell", "swells": "swell",
}  # fmt: skip


def stem(word: str) -> str:
    """A crude English stem, enough to match "sitting" with "sit", "dressed" with "dress" and
    "manage" with "manages" and "managing"."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    # a noun made of a verb says the same thing: concentration, concentrate -> concentrat
    if word.endswith("ation") and len(word) >= 9:
        return word[:-3]
    # and a quality of an adjective: sensitivity, sensitive -> sensitiv
    if word.endswith("ivity") and len(word) >= 9:
        return word[:-3]
    # and the quality of an adjective: stiffness, stiff; tiredness, tired
    if word.endswith("ness") and len(word) >= 8:
        word = word[:-5] + "y" if word.endswith("iness") else word[:-4]  # dizziness, dizzy
    root = word
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith("ss"):
                return word
            if suffix == "es" and not re.search(r"(s|x|z|ch|sh)es$", word):
                continue  # knees -> knee, manages -> manage (but boxes -> box)
            root = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(root) >= 4 and root[-1] == root[-2] not in "lsz":
                root = root[:-1]  # sitting -> sit, stopped -> stop (but not fall, dress)
            break
    # a silent e goes, as it does before -ing and -ed: manage, manages, managing -> manag
    return root[:-1] if len(root) >= 4 and root.endswith("e") and not root.endswith("ee") else root


# a capitalised word that is someone's name, not a word that starts a sentence ("It does my head
# in", "Walking takes me ages") nor the claimant's own name after a title ("Mr Reid makes his")
_NOT_A_NAME = (
    "It|That|This|What|Which|Who|Why|How|Mine|Nobody|Nothing|Everything|Something|There|The|"
    "Then|Now|So|And|But|Or|If|When|Walking|Getting|She|He|They|One|Everyone|Someone"
)
_NAME = rf"(?<!Mr )(?<!Mrs )(?<!Ms )(?<!Miss )(?<!Dr )\b(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z]+"
# someone named who goes with them or takes them: "Kev comes to everything with me", "Maria
# takes me to the shops on a Friday", "Anywhere else, Leanne takes me"
SOMEONE_WITH = re.compile(
    rf"{_NAME} (?:always |usually |has to )?(?:comes?|goes|go) (?:\w+ ){{0,2}}with (?:me|him|"
    rf"her)\b|{_NAME} (?:takes|drives|walks) me\b|{_NAME} (?:has to be|needs to be|is always) with "
    r"(?:me|him|her)\b|"
    # (the name as the model may write it: "Anywhere else, carrot takes me")
    r"(?i:\banywhere else,? \w+ (?:takes|drives) (?:me|him|her))\b|"
    # "I only shower when Jamie's home", "with his son pushing him"
    rf"(?i:\b(?:when|while|unless|if)) {_NAME}(?:'s| is) (?:home|in|around|there)\b|"
    r"(?i:\bpushing (?:me|him|her)\b)"
)
# someone named, or he or she, doing a thing of the speaker's: "Mark does my bra", "Tom reads my
# post to me", "he cuts up my food", "Priya does them", "Alex does the talking"
SOMEONE_DOES = re.compile(
    rf"(?:{_NAME}|\b[Hh]e|\b[Ss]he|\b[Tt]hey) (?:\w+ly )?(?:(?:does|do|reads|cooks|cuts( up)?|"
    r"fills( in)?|"
    r"sorts( out)?|ties|fastens|pays|makes|opens|manages|handles) (?:my|all (?:my|the)|most "
    r"(?:of )?(?:my|the|them))|(?:pushes|dresses|washes|drives|carries) me)\b|"
    rf"{_NAME} (?:does|reads|sorts|fills in|writes|makes|cuts|checks|cooks) (?:it|them|that|my|the|"
    r"his|her|all)\b"
)
NEGATION = re.compile(
    # (and the rest of a list: "without supervision or prompting", "no help, aids or adaptations")
    r"\b(without|no|not|never|nor|denies|denied)\s+(\w+\s+)?$|\b(without|no|never|nor)\s+(any\s+)?"
    r"(\w+(,\s+|\s+(or|and|nor)\s+|,\s+(or|and)\s+)){1,4}$|\bwithout\s+(needing|having|the need|"
    r"requiring|using|any need|the use)\s+"
    r"(to|for|of|any|a|of any)\s+(\w+\s+)?$|"
    # "they don't help me" (hearing aids), not "if he doesn't help me I can't"
    r"(?<!\bif )\b(they|it|that|he|she|nobody|no one|anyone) (don'?t|doesn'?t|didn'?t|do not|does "
    r"not|did not)\s+$|\b(nobody|no one)\s+$|"
    # "I don't use hearing aids", "he doesn't need a stick"
    r"\b(i|we|he|she|they) (don'?t|doesn'?t|do not|does not|never) (use|uses|need|needs|have|has|"
    r"wear|wears)\s+(an?\s+|any\s+)?(\w+\s+)?$"
)
# "unable to settle without support", "cannot go out without her": a need, not a denial
NEEDS = re.compile(
    r"\b(unable|cannot|can'?t|won'?t|doesn'?t|never|not)\b[^.,;]{0,40}\bwithout\s+(\w+\s+){0,3}$"
)


def qualifiers(text: str) -> list[str]:
    """The reliability words present — and not negated: "without help" does not mention help,
    it denies it."""
    lower = text.lower()
    found = []
    if SOMEONE_DOES.search(text):
        found.append("help")
    if SOMEONE_WITH.search(text):
        found.append("accompanied")
    for name, pattern in QUALIFIERS.items():
        if name in found:
            continue
        for m in re.finditer(pattern, lower):
            before = lower[: m.start()]
            if not NEGATION.search(before) or NEEDS.search(before):
                found.append(name)
                break
    return found


# where a sentence ends: before a capital or a quote, or a figure ("17-year-old with…"), not
# after an abbreviation ("e.g. 3 times", "approx. 5 metres", "No. 2")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z\"'“])|(?<=[.!?])(?<!\b[a-z]\.[a-z]\.)(?<!\bapprox\.)(?<!\bno\.)"
    r"(?<!\bNo\.)(?<!\bvs\.)(?<!\bca\.)(?<!\bDr\.)(?<!\bMr\.)\s+(?=\d)"
)


def split_statements(text: str) -> list[Statement]:
    """The report's sentences, each with what matters in it. A line that is an activity's
    heading ("Activity 1 – Preparing food", "Mobilising") ties the sentences under it to that
    activity until the next heading; the heading is not a statement."""
    from twindeck.report.descriptors import heading_activity

    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        # a heading with what the report says of it on the same line: "Activity 5 (manual
        # dexterity): she is able to write without difficulty" (not "Mobilising: descriptor
        # 1e, 0 points")
        head, colon, rest = line.partition(":")
        headed = heading_activity(head) if colon and len(rest.split()) >= 4 else None
        if headed is not None and not re.match(r"\s*(descriptor|\d+\s*points?)\b", rest, re.I):
            sections.append((headed.key, [rest.strip()]))
            continue
        activity = heading_activity(line)
        if activity is not None:  # the heading itself says nothing about the claimant
            sections.append((activity.key, []))
        else:
            sections[-1][1].append(line)
    out: list[Statement] = []
    for key, lines in sections:
        flat = re.sub(r"\s+", " ", " ".join(lines)).strip()
        for part in _SENTENCE_END.split(flat):
            part = part.strip()
            if len(part) < 8:
                continue
            out.append(
                Statement(
                    len(out),
                    part,
                    bool(REPORTED.search(part)),
                    bool(OBSERVED.search(part)) and not REPORTED.search(part),
                    tuple(quantities(part)),
                    tuple(qualifiers(part)),
                    bool(re.search(r"\b(no|not|never|denies|without)\b", part.lower())),
                    key,
                )
            )
    return out


def read_report(path: Path) -> str:
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt":
            return path.read_text("utf-8", errors="replace")
        if suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            return re.sub(r"<[^>]+>", "", xml)
        if suffix == ".pdf":
            return _read_pdf(path)
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise UnusableInput(f"cannot read {path}: {exc}") from None
    raise UnsupportedFormat(f"{path}: a report is read from .pdf, .docx or .txt")


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise UnusableInput(
                f"{path} is a locked (encrypted) PDF",
                hint="Open it, print it to a new PDF without a password, and add that.",
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise UnusableInput(f"{path} is not a readable PDF ({exc})") from None
    if sum(len(p.strip()) for p in pages) >= 40:
        return "\n".join(pages)
    return _ocr(path, len(pages))


def _ocr(path: Path, pages: int) -> str:
    """A scanned report: render each page and read it with Tesseract, a page per core."""
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        raise UnusableInput(
            f"{path} is a scanned PDF with no text in it",
            hint="Install tesseract-ocr and poppler-utils to read scanned reports.",
        )
    import os
    from concurrent.futures import ThreadPoolExecutor

    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per page, pages side by side

    def read(number: int, tmp: str) -> str:
        stem = f"{tmp}/p{number:05d}"
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", "-f", str(number),
                        "-l", str(number), str(path), stem], check=True, capture_output=True,
                       timeout=600)  # fmt: skip
        done = subprocess.run(["tesseract", f"{stem}.png", "-", "-l", "eng"], env=env,
                              capture_output=True, text=True, timeout=600)  # fmt: skip
        Path(f"{stem}.png").unlink(missing_ok=True)
        return done.stdout

    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        try:
            texts = list(pool.map(lambda n: read(n, tmp), range(1, pages + 1)))
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise UnusableInput(f"cannot read the scanned pages of {path} ({exc})") from None
    return "\n".join(texts)


__all__ = [
    "PEOPLE_WORDS",
    "QUALIFIERS",
    "Quantity",
    "Statement",
    "qualifiers",
    "quantities",
    "read_report",
    "split_statements",
    "stem",
]
