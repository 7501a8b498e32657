"""Provides the caches: built Articles, and printed output, under keys of all they depend on.

Reading the op-ed again skips Markdown parsing, sentence splitting and
annotation, and the modules they import. The key is a hash of the program's
version, the article's bytes, its outline, the summit catalogue and the cue
lists, so any change to any of them misses. Entries are written to a temporary
file and renamed into place, so concurrent runs never see half an entry; an
entry that cannot be read is ignored and rebuilt. Printed output is kept too,
keyed additionally by the options, the width and the terminal's settings, so
reading the same article the same way again writes it without rendering.

The directory is kept under ``CACHE_BUDGET``: after each write the entries
used least recently (a read renews an entry's time) go first, and temporary
files a killed run left behind are cleared.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .model import Article


CACHE_BUDGET = 64 * 1024 * 1024
"""Bytes the cache may hold: a 2 MB article's built form is about 4 MB, the op-ed's 60 KB."""
STALE_TEMPORARY = 3600
"""Seconds after which a temporary file is a leftover of a killed run, not a write in progress."""


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/deyermond-reader``, else ``~/.cache/deyermond-reader``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "deyermond-reader"


def cache_key(*parts: bytes) -> str:
    """A BLAKE2b digest of the parts, each prefixed by its length so no two splits collide.

    ``hashlib.blake2b`` is ``_blake2.blake2b``; importing that module directly skips
    ``hashlib`` loading OpenSSL, 2 ms of every run.
    """
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b

    digest = blake2b(digest_size=32)
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def read(key: str) -> Article | None:
    """The cached Article for ``key``, or None when there is none or it cannot be read."""
    import pickle

    from .model import Article

    path = cache_dir() / f"{key}.pickle"
    try:
        with open(path, "rb") as handle:
            value = pickle.load(handle)
    except Exception:  # a missing, truncated, foreign or stale entry is only a miss
        return None
    if not isinstance(value, Article):
        return None
    _renew(path)
    return value


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
        prune(directory, keep=name)
    except Exception:
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def prune(directory: Path, budget: int | None = None, keep: str = "") -> None:
    """Remove the least recently used entries until the rest fit the budget, and old temporaries.

    ``keep`` (the entry just written) stays even when it alone is over the budget.
    """
    budget = CACHE_BUDGET if budget is None else budget
    now = time.time()
    entries = []
    with os.scandir(directory) as scan:
        for entry in scan:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if entry.name.startswith(".tmp-"):
                if now - info.st_mtime > STALE_TEMPORARY:
                    _remove(entry.path)
            elif entry.name.endswith((".pickle", ".out")) and entry.name != keep \
                    and entry.is_file(follow_symlinks=False):
                entries.append((info.st_mtime, info.st_size, entry.path))
    total = sum(size for _, size, _ in entries)
    try:
        total += os.stat(os.path.join(directory, keep)).st_size if keep else 0
    except OSError:
        pass
    for _, size, path in sorted(entries):  # oldest first
        if total <= budget:
            break
        _remove(path)
        total -= size


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _renew(path: Path) -> None:
    """Mark an entry as just used, so pruning keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass


def read_output(key: str) -> str | None:
    """Output saved for exactly this input, these options and this terminal, if any."""
    path = cache_dir() / f"{key}.out"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    _renew(path)
    return text


def write_output(key: str, text: str) -> None:
    payload = text.encode("utf-8")
    _store(f"{key}.out", lambda stream: stream.write(payload))
