"""A data disc image (ISO 9660 with Joliet) for a DVD or CD-R, or to copy to a USB stick.

It holds everything someone needs to check and play the recording with what they already have:
the single-file copy (``.twindeck.zip``), a plain WAV of the audio (sample-exact), the seal
certificate (PDF), the offline verifier page (``verify.html``) and a README in plain words.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from twindeck.errors import AlreadyExists, DestinationError, NotIntact
from twindeck.seal import Report, open_recording, pack_recording

README = """This disc holds a sealed twindeck recording.

  {zip}     the recording, sealed (audio and notes)
  {wav}     the audio, to play in any player (the same samples)
  seal-certificate.pdf   the seal code, QR code and how to check
  verify.html            open it in a web browser and choose {zip}
                         to check it: no internet, nothing to install

Seal code: {code}

Anyone can check that the recording is complete and unchanged since it was
sealed: open verify.html, or run `twindeck verify {zip} --code {code}`.
"""


def write_iso(path: Path, report: Report, target: Path) -> list[str]:
    """Write ``target`` (.iso); returns the names of the files on it."""
    import pycdlib

    from twindeck.audiofile import write_audio_file
    from twindeck.export.certificate import write_certificate
    from twindeck.web.offline import offline_verifier_html

    if not report.ok:
        raise NotIntact(f"{path} is {report.verdict}: only an intact recording goes on a disc")
    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    assert report.audio is not None
    stem = path.name.removesuffix(".zip").removesuffix(".twindeck")[:60] or "recording"
    zip_name, wav_name = f"{stem}.twindeck.zip", f"{stem}.wav"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        single = folder / zip_name
        if path.is_dir():
            pack_recording(path, single)
        else:
            single.write_bytes(path.read_bytes())
        files = open_recording(path)
        try:
            fmt = report.audio
            step = fmt.rate_hz * fmt.frame_bytes * 10
            size = report.frames * fmt.frame_bytes
            spans = [(start, min(step, size - start)) for start in range(0, size, step)]
            write_audio_file(folder / wav_name, fmt, (bytes(b) for b in files.audio.ranges(spans)))
        finally:
            files.close()
        write_certificate(report, zip_name, folder / "seal-certificate.pdf")
        contents = {
            zip_name: single.read_bytes(),
            wav_name: (folder / wav_name).read_bytes(),
            "seal-certificate.pdf": (folder / "seal-certificate.pdf").read_bytes(),
            "verify.html": offline_verifier_html().encode(),
            "README.txt": README.format(zip=zip_name, wav=wav_name, code=report.seal_code)
            .replace("\n", "\r\n")
            .encode(),
        }
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3, vol_ident=f"TD{report.seal_code.replace('-', '')}")
    for n, (name, data) in enumerate(contents.items()):
        short = f"/F{n}.{name.rsplit('.', 1)[-1][:3].upper()};1"  # ISO 9660 level 3 name
        iso.add_fp(io.BytesIO(data), len(data), short, joliet_path=f"/{name}")
    partial = target.with_name(target.name + ".partial")
    try:
        iso.write(str(partial))
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc
    finally:
        iso.close()
    return list(contents)


__all__ = ["write_iso"]
