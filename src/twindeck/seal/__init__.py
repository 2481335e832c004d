"""The sealed recording: format, Merkle tree, keys, writer, verifier.

This package is the integrity core. It imports the standard library, ``cryptography`` and
``twindeck.errors`` only (tests/test_architecture.py keeps it so). docs/format.md specifies it.
"""

from twindeck.seal.archive import open_recording, pack_recording
from twindeck.seal.keys import DeviceKey, fingerprint, load_key, load_or_create_key
from twindeck.seal.log import Clock, SealInfo, SteppedClock, SystemClock
from twindeck.seal.pcm import ENCODINGS, AudioFormat
from twindeck.seal.recover import Recovery, recover_recording
from twindeck.seal.verify import Problem, Report, clock_text, verify_recording
from twindeck.seal.writer import RecordingWriter

__all__ = [
    "AudioFormat",
    "Clock",
    "DeviceKey",
    "ENCODINGS",
    "Problem",
    "RecordingWriter",
    "Recovery",
    "Report",
    "SealInfo",
    "SteppedClock",
    "SystemClock",
    "clock_text",
    "fingerprint",
    "load_key",
    "load_or_create_key",
    "open_recording",
    "pack_recording",
    "recover_recording",
    "verify_recording",
]
