"""The cache cannot be turned against its user: planted entries are never loaded or printed."""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
import time

import pytest

from deyermond_reader import cache
from deyermond_reader.cache import cache_dir

from conftest import SEED, run_cli


class Payload:
    """An object that runs a command when unpickled, as a planted entry would."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path


def _fill():
    """Read the op-ed twice (Article and output entries written), return the output and entries."""
    expected = run_cli("-w", "80", str(SEED)).out
    entries = sorted(p for p in cache_dir().iterdir() if p.suffix in (".pickle", ".out"))
    assert {p.suffix for p in entries} == {".pickle", ".out"}
    return expected, entries


def test_the_directory_and_its_secret_are_the_users_alone(home):
    _fill()
    assert stat.S_IMODE(os.stat(cache_dir()).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(cache_dir() / ".secret").st_mode) == 0o600
    for entry in cache_dir().iterdir():
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600


@pytest.mark.parametrize("planted", ["pickle", "escape output", "empty output", "truncated", "fifo", "symlink"])
def test_a_planted_entry_is_never_used(home, planted):
    expected, entries = _fill()
    marker = home / "ran"
    pickle_entry = next(p for p in entries if p.suffix == ".pickle")
    output_entry = next(p for p in entries if p.suffix == ".out")
    if planted == "pickle":
        output_entry.unlink()
        pickle_entry.write_bytes(pickle.dumps(Payload(str(marker))))
    elif planted == "escape output":
        output_entry.write_bytes(b"\x1b[31m\x1b]0;owned\x07pwned\n")
    elif planted == "empty output":
        output_entry.write_bytes(b"")
    elif planted == "truncated":
        output_entry.write_bytes(output_entry.read_bytes()[:-10])
    elif planted == "fifo":
        output_entry.unlink()
        os.mkfifo(output_entry)
    elif planted == "symlink":
        target = home / "elsewhere"
        target.write_bytes(output_entry.read_bytes())
        output_entry.unlink()
        output_entry.symlink_to(target)
    process = subprocess.run([sys.executable, "-m", "deyermond_reader", "-w", "80", str(SEED)],
                             capture_output=True, timeout=60, env={**os.environ})
    assert process.returncode == 0
    assert process.stdout.decode() == expected
    assert not marker.exists()


def test_an_entry_signed_with_another_secret_is_a_miss(home):
    expected, _ = _fill()
    (cache_dir() / ".secret").write_bytes(os.urandom(32))  # entries now fail their digest
    assert run_cli("-w", "80", str(SEED)).out == expected


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o757])
def test_a_directory_others_can_write_to_is_not_used(home, mode):
    directory = cache_dir()
    directory.mkdir(parents=True)
    os.chmod(directory, mode)
    marker = home / "ran"
    (directory / "anything.pickle").write_bytes(pickle.dumps(Payload(str(marker))))
    expected = run_cli("-w", "80", "--no-cache", str(SEED))
    result = run_cli("-w", "80", str(SEED))
    assert (result.code, result.out, result.err) == (0, expected.out, "")
    assert sorted(os.listdir(directory)) == ["anything.pickle"]  # nothing read, nothing written
    assert not marker.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="handing the directory to another user needs root")
def test_a_directory_of_another_user_is_not_used(home):
    directory = cache_dir()
    directory.mkdir(parents=True, mode=0o700)
    os.chown(directory, 65534, 65534)
    assert cache.usable_dir() is None
    run_cli(str(SEED))
    assert os.listdir(directory) == []


def test_a_relative_xdg_cache_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() == tmp_path / ".cache" / "deyermond-reader"


def test_temporary_files_count_in_the_budget_and_stale_ones_go(home, monkeypatch):
    monkeypatch.setattr(cache, "CACHE_BUDGET", 4 * (1000 + cache.HEADER_SIZE))
    cache.write_output("a", "x" * 1000)
    cache.write_output("b", "x" * 1000)
    fresh = cache_dir() / ".tmp-1-fresh"
    fresh.write_bytes(b"x" * 2000)  # a write in progress: the other two can't both stay
    stale = cache_dir() / ".tmp-2-stale"
    stale.write_bytes(b"x" * 16 * 1024 * 1024)
    old = time.time() - cache.STALE_TEMPORARY - 1
    os.utime(stale, (old, old))
    os.utime(cache_dir() / "a.out", (1000, 1000))
    cache.write_output("c", "x" * 1000)
    assert not stale.exists() and fresh.exists()
    assert cache.read_output("a") is None and cache.read_output("b") and cache.read_output("c")


def test_an_entry_is_on_disk_before_it_has_its_name(home, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    cache.write_output("entry", "text")
    assert calls[-2:] == ["fsync", "replace"]
    assert cache.read_output("entry") == "text"
