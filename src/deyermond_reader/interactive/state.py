"""Provides what the interactive reader remembers between runs: the theme last chosen in it.

It lives in ``$XDG_STATE_HOME/deyermond-reader/state.json`` (``~/.local/state`` when that is
unset or relative, as the XDG specification says). The file is written to a temporary file and
renamed into place, so a crash or a second reader never leaves half of it; a file that cannot
be read or makes no sense is ignored, and one that cannot be written is left as it was: the
reader starts and quits as usual either way.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

STATE_FILE = "state.json"
MAX_STATE_BYTES = 4096
"""Larger than anything the reader writes: a bigger file is not its own, and is not read."""


def state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "deyermond-reader"


def _read() -> dict:
    try:
        with open(state_dir() / STATE_FILE, "rb") as file:
            raw = file.read(MAX_STATE_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_STATE_BYTES else {}
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_theme() -> str | None:
    """The name of the Textual theme last chosen, or None if there is none to be had."""
    theme = _read().get("theme")
    return theme if isinstance(theme, str) and 0 < len(theme) <= 64 else None


def remember_theme(name: str) -> None:
    """Keep ``name`` for the next start; a failure to write is not the reader's to report."""
    import tempfile

    folder = state_dir()
    data = {**_read(), "theme": name}
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".state-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file)
            os.replace(temporary, folder / STATE_FILE)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
