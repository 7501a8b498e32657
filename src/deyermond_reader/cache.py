"""Provides the caches: built Articles, and printed output, under keys of all they depend on.

Reading the op-ed again skips Markdown parsing, sentence splitting and
annotation, and the modules they import. The key is a hash of the program's
version, the article's bytes, its outline, the summit catalogue and the cue
lists, so any change to any of them misses. Printed output is kept too, keyed
additionally by the options, the width and the terminal's settings, so reading
the same article the same way again writes it without rendering.

A cache is a place other people may try to write to, and what it holds is
unpickled or written straight to the terminal, so it is trusted only as far as
it can be checked:

- the directory is used only when it belongs to the user and no one else can
  write to it (it is created 0700); otherwise the reader runs uncached;
- a relative ``XDG_CACHE_HOME`` is ignored, as the XDG specification says;
- every entry starts with a header holding its length and a keyed BLAKE2b digest
  of its name and contents, under a secret kept in the directory (0600); only a
  regular file whose header checks out is used, anything else is a miss;
- entries are written to a temporary file, flushed to disk and renamed into
  place, so concurrent runs and a crash never leave half an entry under a name.

The directory is kept under ``CACHE_BUDGET``, temporary files included: before
each write the entries used least recently (a read renews an entry's time) go
first, and temporary files older than ``STALE_TEMPORARY`` (leftovers of a
killed run) are removed.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .model import Article


CACHE_BUDGET = 64 * 1024 * 1024
"""Bytes the cache may hold: a 2 MB article's built form is about 4 MB, the op-ed's 60 KB."""
STALE_TEMPORARY = 300
"""Seconds after which a temporary file is a leftover of a killed run: writing the largest
entry takes well under a second."""
ENTRY_LIMIT = 1024 * 1024 * 1024
"""No entry is larger than this (the largest input's built form is far smaller): a bigger file
is not one the reader wrote."""
MAGIC = b"deyermond-reader cache 1\n"
DIGEST_SIZE = 32
HEADER_SIZE = len(MAGIC) + 8 + DIGEST_SIZE
SECRET_NAME = ".secret"
SECRET_SIZE = 32


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/deyermond-reader`` when that is an absolute path, else
    ``~/.cache/deyermond-reader``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "deyermond-reader"


def cache_key(*parts: bytes) -> str:
    """A BLAKE2b digest of the parts, each prefixed by its length so no two splits collide.

    ``hashlib.blake2b`` is ``_blake2.blake2b``; importing that module directly skips
    ``hashlib`` loading OpenSSL, 2 ms of every run.
    """
    digest = _blake2b(digest_size=32)
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


LIBRARIES = ("rich", "markdown_it", "textual", "sentencex", "rtoml", "pyphen")
"""The libraries whose versions shape what the reader builds and prints."""
_PACKAGE_SUFFIXES = (".py", ".toml", ".tcss")
_code_fingerprint: bytes | None = None


def code_fingerprint() -> bytes:
    """What every entry depends on besides its inputs: a digest of the package's own source
    and data files, the Python version, and the installed versions of the libraries.

    With it, an edited or upgraded reader (or an upgrade of rich) never answers from entries
    an older one wrote, whose pickles would rebuild fields by position into the wrong ones.
    Reading the package's 24 files takes about 1 ms; libraries are found by their
    ``*.dist-info`` folders, without importing them.
    """
    global _code_fingerprint
    if _code_fingerprint is None:
        import sys

        digest = _blake2b(digest_size=32)
        digest.update(sys.version.encode())
        package = Path(__file__).resolve().parent
        for path in sorted(_package_files(package)):
            digest.update(str(path.relative_to(package)).encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")
        for name in _library_versions():
            digest.update(name.encode() + b"\0")
        _code_fingerprint = digest.digest()
    return _code_fingerprint


def _package_files(package: Path) -> list[Path]:
    files = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [name for name in subfolders if name not in ("__pycache__", "seeds")]
        files += [Path(folder, name) for name in names if name.endswith(_PACKAGE_SUFFIXES)]
    return files


def _library_versions() -> list[str]:
    """The ``NAME-VERSION.dist-info`` folders of the libraries, where they are installed."""
    from importlib.util import find_spec

    found = []
    listings: dict[str, list[str]] = {}
    for library in LIBRARIES:
        try:
            spec = find_spec(library)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            found.append(f"{library}: missing")
            continue
        folder = os.path.dirname(os.path.dirname(spec.origin))
        if folder not in listings:
            try:
                listings[folder] = os.listdir(folder)
            except OSError:
                listings[folder] = []
        wanted = library.replace("_", "-").casefold()
        for name in sorted(listings[folder]):
            normal = name.casefold().replace("_", "-")
            rest = normal[len(wanted):]  # "-py-4.3.0.dist-info" for markdown_it, "-15.0.0.dist-info" for rich
            if name.endswith(".dist-info") and normal.startswith(wanted) and \
                    (rest[1:2].isdigit() or rest.startswith("-py-")):
                found.append(name)
        found.append(spec.origin)
    return found


def _blake2b(**options):
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    return blake2b(**options)


# ---- a directory that is the user's alone --------------------------------------------------


def _private(info: os.stat_result) -> bool:
    """Owned by this user and not writable by anyone else."""
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def usable_dir(create: bool = False) -> Path | None:
    """The cache directory if it is safe to use (made, 0700, when ``create``), else None."""
    directory = cache_dir()
    try:
        info = os.stat(directory)
    except FileNotFoundError:
        if not create:
            return None
        try:
            directory.parent.mkdir(parents=True, exist_ok=True)
            os.mkdir(directory, 0o700)
            info = os.stat(directory)
        except OSError:
            return None
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not _private(info):
        return None
    return directory


def _secret(directory: Path, create: bool) -> bytes | None:
    """The key entries are signed with: made once per cache directory, readable by its owner only."""
    path = directory / SECRET_NAME
    secret = _read_regular(path, SECRET_SIZE)
    if secret is not None or not create:
        return secret if secret is None or len(secret) == SECRET_SIZE else None
    temporary = _written(directory, os.urandom(SECRET_SIZE))
    if temporary is None:
        return None
    try:
        os.link(temporary, path)  # fails if a concurrent run made one first: then use that one
    except OSError:
        pass
    finally:
        _remove(str(temporary))
    secret = _read_regular(path, SECRET_SIZE)
    return secret if secret is not None and len(secret) == SECRET_SIZE else None


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of this user's, at most ``limit`` bytes
    long, else None: never a FIFO (which would hang), a device or a link."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or not _private(info) or info.st_size > limit:
            return None
        chunks, left = [], info.st_size
        while left > 0:
            chunk = os.read(handle, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(handle)


# ---- signed entries ----------------------------------------------------------------------


def _digest(secret: bytes, name: str, payload: bytes) -> bytes:
    digest = _blake2b(digest_size=DIGEST_SIZE, key=secret)
    digest.update(name.encode())
    digest.update(b"\0")
    digest.update(payload)
    return digest.digest()


def _same(a: bytes, b: bytes) -> bool:
    """Compare digests in time independent of where they differ."""
    return len(a) == len(b) and sum(x ^ y for x, y in zip(a, b)) == 0


def read_entry(name: str) -> bytes | None:
    """The payload stored under ``name``, if it is there, whole, and signed with this cache's secret."""
    directory = usable_dir()
    if directory is None:
        return None
    secret = _secret(directory, create=False)
    if secret is None:
        return None
    path = directory / name
    data = _read_regular(path, ENTRY_LIMIT)
    if data is None or len(data) < HEADER_SIZE or not data.startswith(MAGIC):
        return None
    length = int.from_bytes(data[len(MAGIC):len(MAGIC) + 8], "big")
    payload = data[HEADER_SIZE:]
    if len(payload) != length or not _same(data[len(MAGIC) + 8:HEADER_SIZE], _digest(secret, name, payload)):
        return None
    _renew(path)
    return payload


def write_entry(name: str, payload: bytes) -> None:
    """Store ``payload`` under ``name``; failing to (read-only home, full disk, a directory that
    is not the user's alone) is not an error: the next run builds it again."""
    directory = usable_dir(create=True)
    if directory is None:
        return
    secret = _secret(directory, create=True)
    if secret is None:
        return
    prune(directory, incoming=HEADER_SIZE + len(payload), keep=name)
    header = MAGIC + len(payload).to_bytes(8, "big") + _digest(secret, name, payload)
    temporary = _written(directory, header, payload)
    if temporary is None:
        return
    try:
        os.replace(temporary, directory / name)
    except OSError:
        _remove(str(temporary))


def _written(directory: Path, *parts: bytes) -> Path | None:
    """A new temporary file (0600) in ``directory`` holding ``parts``, on disk before it is
    given a name, so a crash never leaves a torn entry; None if it could not be written."""
    temporary = directory / f".tmp-{os.getpid()}-{os.urandom(6).hex()}"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(handle, "wb") as stream:
            for part in parts:
                stream.write(part)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError:
        _remove(str(temporary))
        return None
    return temporary


def prune(directory: Path, budget: int | None = None, incoming: int = 0, keep: str = "") -> None:
    """Make room for ``incoming`` bytes: remove temporaries a killed run left, then the least
    recently used entries until everything, temporaries in progress included, fits the budget.

    ``keep`` (the entry about to be replaced) is not counted: the new one takes its place.
    """
    budget = CACHE_BUDGET if budget is None else budget
    now = time.time()
    entries = []
    total = incoming
    try:
        scan = os.scandir(directory)
    except OSError:
        return
    with scan:
        for entry in scan:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if entry.name.startswith(".tmp-"):
                if now - info.st_mtime > STALE_TEMPORARY:
                    _remove(entry.path)
                else:
                    total += info.st_size  # a write in progress: it will be an entry
            elif entry.name.endswith((".pickle", ".out")) and entry.name != keep:
                entries.append((info.st_mtime, info.st_size, entry.path))
                total += info.st_size
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


# ---- what is stored ----------------------------------------------------------------------


def read(key: str) -> Article | None:
    """The cached Article for ``key``, or None when there is none or it cannot be trusted.

    Only bytes signed with this cache's secret are unpickled: nobody without the
    user's own access can make the reader load an object of their choosing.
    """
    payload = read_entry(f"{key}.pickle")
    if payload is None:
        return None
    import pickle

    from .model import Article

    try:
        value = pickle.loads(payload)
    except Exception:  # an entry of an older model: only a miss
        return None
    return value if isinstance(value, Article) else None


def write(key: str, article: Article) -> None:
    """Store ``article`` under ``key``."""
    import pickle

    write_entry(f"{key}.pickle", pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))


def read_output(key: str) -> str | None:
    """Output saved for exactly this input, these options and this terminal, if any."""
    payload = read_entry(f"{key}.out")
    if not payload:
        return None
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return None


def write_output(key: str, text: str) -> None:
    if text:
        write_entry(f"{key}.out", text.encode("utf-8"))
