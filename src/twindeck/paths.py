"""Where twindeck keeps things on this machine.

Everything lives under one data folder: ``$TWINDECK_HOME`` if set, else the platform's user data
folder (``~/.local/share/twindeck`` on Linux). Keys are in ``keys/`` with mode 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path


def data_dir() -> Path:
    home = os.environ.get("TWINDECK_HOME")
    return Path(home) if home else user_data_path("twindeck", appauthor=False)


def device_key_path() -> Path:
    return data_dir() / "keys" / "device.key"
