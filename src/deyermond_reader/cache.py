"""Provides the caches: built Articles, and printed output, under keys of all they depend on.

Reading the op-ed again skips Markdown parsing, sentence splitting and
annotation, and the modules they import. The key is a hash of the program's
version, the article's bytes, its outline, the summit catalogue and the cue
lists, so any change to any of them misses. Entries are written to a temporary
file and renamed into place, so concurrent runs never see half an entry; an
entry that cannot be read is ignored and rebuilt. Printed output is kept too,
keyed additionally by the options, the width and the terminal's settings, so
reading the same article the same way again writes it without rendering.
"""

from __future__ import annotations

import os
from pathlib import Path
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .model import Article


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/deyermond-reader``, else ``~/.cache/deyermond-reader``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "deyermond-reader"


def cache_key(*parts: bytes) -> str:
    import hashlib

    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def read(key: str) -> Article | None:
    """The cached Article for ``key``, or None when there is none or it cannot be read."""
    import pickle

    from .model import Article

    try:
        with open(cache_dir() / f"{key}.pickle", "rb") as handle:
            value = pickle.load(handle)
    except Exception:  # a missing, truncated, foreign or stale entry is only a miss
        return None
    return value if isinstance(value, Article) else None


def write(key: str, article: Article) -> None:
    """Store ``article`` under ``key``; failing to (read-only home, full disk) is not an error."""
    import pickle

    _store(f"{key}.pickle", lambda stream: pickle.dump(article, stream, protocol=pickle.HIGHEST_PROTOCOL))


def _store(name: str, write) -> None:
    """Write to a temporary file, then rename: a concurrent reader sees all of it or nothing."""
    temporary = None
    try:
        directory = cache_dir()
        directory.mkdir(parents=True, exist_ok=True)
        temporary = directory / f".tmp-{os.getpid()}-{os.urandom(6).hex()}"
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temporary, directory / name)
        temporary = None
    except Exception:
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def read_output(key: str) -> str | None:
    """Output saved for exactly this input, these options and this terminal, if any."""
    try:
        return (cache_dir() / f"{key}.out").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write_output(key: str, text: str) -> None:
    payload = text.encode("utf-8")
    _store(f"{key}.out", lambda stream: stream.write(payload))
