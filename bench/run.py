"""Benchmark deyermond-reader against ``python -m rich.markdown``, whole process, in one run.

Every case runs both commands interleaved (ours, rich, ours, rich, ...) for
several repeats and reports medians, the ratio to rich, the target, and the
peak memory (max RSS) of each process. Uses only the standard library and the
project's own dependencies:

    python bench/run.py              # 7 repeats
    python bench/run.py --repeats 1  # a quick check
"""

from __future__ import annotations

import argparse
import os
import platform
import pty
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "trump-is-doing-putin-a-favor.md"
PY = sys.executable
OURS = [PY, "-m", "deyermond_reader"]
RICH = [PY, "-m", "rich.markdown", "-w", "80"]


@dataclass
class Case:
    name: str
    ours: list[str]
    rich: list[str] | None
    target: float | None
    """Largest acceptable ratio of our median time to rich's (None: shown, not judged)."""
    fresh_cache: bool = False
    memory_target: float | None = None
    times: list[float] = field(default_factory=list)
    rich_times: list[float] = field(default_factory=list)
    memory: list[int] = field(default_factory=list)
    rich_memory: list[int] = field(default_factory=list)


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one whole process, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def on_terminal(command: list[str], env: dict[str, str], marker: bytes = b"", keys: bytes = b"",
                size=(24, 80)) -> float:
    """Seconds until a program on a pseudo-terminal has shown ``marker``, or, given ``keys``
    (typed the moment it starts), until it has answered them by quitting.

    The program is left to finish (reading what it still writes): killed at its last line,
    a printed read could lose the cache entry it writes after printing, and the next run
    would time a cache miss."""
    import fcntl
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower,
                               env={**env, "TERM": "xterm-256color"}, close_fds=True)
    os.close(follower)
    try:
        if keys:
            os.write(leader, keys)
        seen = b""
        while marker not in seen:
            ready, _, _ = select.select([leader], [], [], 30)
            if not ready:
                raise SystemExit(f"no {marker!r} from {' '.join(command)}")
            seen += os.read(leader, 65536)
        _drain(leader)
        process.wait()
        return time.perf_counter() - start
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)


def _drain(leader: int) -> None:
    """Read a pseudo-terminal until the program on it has closed it."""
    while select.select([leader], [], [], 20)[0]:
        try:
            if not os.read(leader, 65536):
                return
        except OSError:  # EIO: the other side is closed
            return


def build_cases(work: Path, scale: int = 200) -> list[Case]:
    """The cases; ``scale`` is the larger number of copies (200, or small for a quick check)."""
    text = SEED.read_text(encoding="utf-8")
    small = max(1, scale // 10)
    big20, big200 = work / f"oped-x{small}.md", work / f"oped-x{scale}.md"
    big20.write_text(text * small, encoding="utf-8")
    big200.write_text(text * scale, encoding="utf-8")
    seed = str(SEED)
    cases = [
        Case("annotated op-ed (repeat run)", [*OURS, "-w", "80"], [*RICH, seed], 0.6),
        Case("--section chaos", [*OURS, "-w", "80", "-s", "chaos"], [*RICH, seed], 0.5),
        Case("--toc", [*OURS, "--toc"], [*RICH, seed], 0.5),
        Case("--help", [*OURS, "--help"], [*RICH, seed], 0.3),
        Case("first run, empty cache", [*OURS, "-w", "80"], [*RICH, seed], 1.0, fresh_cache=True),
    ]
    for label, flags in (("--no-annotations", ["--no-annotations"]), ("annotated", [])):
        for copies, path, target in ((small, big20, None), (scale, big200, 1.0)):  # 20: growth's base
            cases.append(Case(f"{copies} copies, {label}, cold", [*OURS, "-w", "80", *flags, str(path)],
                              [*RICH, str(path)], target, fresh_cache=True, memory_target=target))
        cases.append(Case(f"{scale} copies, {label}, warm", [*OURS, "-w", "80", *flags, str(big200)],
                          [*RICH, str(big200)], 1.0, memory_target=1.0))
    return cases


BARE_APP = [PY, str(Path(__file__).resolve().parent / "bare_app.py")]
"""A bare Textual app showing the text in one Static: Textual's own time to answer a key."""


@dataclass
class Interactive:
    """Time until ``q`` typed at start-up has been answered: ours on the op-ed and the largest
    text, and the bare Textual app on the op-ed."""

    ours: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    large: list[float] = field(default_factory=list)
    printed: list[float] = field(default_factory=list)


def measure(cases: list[Case], repeats: int, work: Path) -> Interactive:
    base_env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "NO_COLOR": "1"}
    tty_env = {k: v for k, v in base_env.items() if k != "NO_COLOR"}
    large = str(max(work.glob("oped-x*.md"), key=lambda p: p.stat().st_size))
    interactive = Interactive()
    on_terminal([*OURS, "-i"], tty_env, keys=b"q")  # a reader who has opened it before
    on_terminal([*OURS, "-i", large], tty_env, keys=b"q")
    for _ in range(repeats):
        for case in cases:
            env = dict(base_env)
            if case.fresh_cache:
                env["XDG_CACHE_HOME"] = tempfile.mkdtemp(dir=work)
            else:  # warm the cache like a user who has run it before
                run_once(case.ours, env)
            seconds, memory = run_once(case.ours, env)
            case.times.append(seconds)
            case.memory.append(memory)
            if case.rich:
                seconds, memory = run_once(case.rich, env)
                case.rich_times.append(seconds)
                case.rich_memory.append(memory)
        interactive.printed.append(on_terminal([*OURS, "-w", "80", "--paging=never"], tty_env, b"Original url"))
        interactive.ours.append(on_terminal([*OURS, "-i"], tty_env, keys=b"q"))
        interactive.bare.append(on_terminal([*BARE_APP, str(SEED)], tty_env, keys=b"q"))
        interactive.large.append(on_terminal([*OURS, "-i", large], tty_env, keys=b"q"))
    return interactive


def report(cases: list[Case], interactive: Interactive, repeats: int) -> bool:
    ok = True
    print(f"deyermond-reader benchmark: {repeats} interleaved repeat(s), medians; "
          f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs")
    header = f"{'case':<38} {'ours ms':>8} {'rich ms':>8} {'ratio':>6} {'target':>7} {'ours MiB':>9} {'rich MiB':>9}  "
    print(header)
    print("-" * len(header))
    for case in cases:
        ours, rich = statistics.median(case.times), statistics.median(case.rich_times)
        ratio = ours / rich
        mem, rich_mem = max(case.memory) / 1024, max(case.rich_memory) / 1024
        judged = case.target is not None
        passed = not judged or (ratio <= case.target and (
            case.memory_target is None or mem <= rich_mem * case.memory_target))
        ok &= passed
        verdict = ("ok" if passed else "MISSED") if judged else "(base for growth)"
        target = f"≤{case.target}" if judged else "—"
        print(f"{case.name:<38} {ours * 1000:>8.1f} {rich * 1000:>8.1f} {ratio:>6.2f} {target:>7} "
              f"{mem:>9.1f} {rich_mem:>9.1f}  {verdict}")
    cold = [c for c in cases if c.name.endswith(", cold")]
    growth_plain = statistics.median(cold[1].times) / statistics.median(cold[0].times)
    growth_full = statistics.median(cold[3].times) / statistics.median(cold[2].times)
    for label, growth in (("growth 10× the copies, bare", growth_plain),
                          ("growth 10× the copies, annotated", growth_full)):
        passed = growth <= 12
        ok &= passed
        print(f"{label:<38} {growth:>24.2f}× {'≤12×':>6}   {'ok' if passed else 'MISSED'}")
    ours, bare = statistics.median(interactive.ours), statistics.median(interactive.bare)
    large = statistics.median(interactive.large)
    passed = ours <= 1.3 * bare
    ok &= passed
    print(f"{'-i, keys answered (op-ed)':<38} {ours * 1000:>8.1f} {bare * 1000:>8.1f} {ours / bare:>6.2f} "
          f"{'≤1.3':>7}  (against a bare Textual app with one Static)  {'ok' if passed else 'MISSED'}")
    passed = large <= 1.5
    ok &= passed
    print(f"{'-i, keys answered (largest text)':<38} {large * 1000:>8.1f} {'':>8} {'':>6} {'≤1500':>7}  "
          f"(ms, absolute)  {'ok' if passed else 'MISSED'}")
    print(f"{'printed op-ed on a terminal':<38} {statistics.median(interactive.printed) * 1000:>8.1f}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--quick", action="store_true",
                        help="one repeat, 2 and 20 copies: checks the script works, not the targets")
    args = parser.parse_args()
    if args.quick:
        args.repeats = 1
    work = Path(tempfile.mkdtemp(prefix="deyermond-bench-"))
    try:
        cases = build_cases(work, 20 if args.quick else 200)
        interactive = measure(cases, args.repeats, work)
        return 0 if report(cases, interactive, args.repeats) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
