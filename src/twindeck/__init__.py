"""twindeck: tamper-evident recordings of benefit assessments, an identical copy for each party."""

from twindeck.errors import TwindeckError
from twindeck.seal import (
    AudioFormat,
    DeviceKey,
    RecordingWriter,
    Report,
    pack_recording,
    recover_recording,
    verify_recording,
)

__version__ = "0.1.0"

__all__ = [
    "AudioFormat",
    "DeviceKey",
    "RecordingWriter",
    "Report",
    "TwindeckError",
    "__version__",
    "pack_recording",
    "recover_recording",
    "verify_recording",
]
