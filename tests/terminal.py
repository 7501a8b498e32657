"""Real terminals: tmux, driven by keys and read by its screen, and a bare pseudo-terminal
whose bytes are read as the program writes them."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
import uuid
from pathlib import Path


def on_pty(args: list[str], env: dict[str, str], rows: int | None = None) -> tuple[int, bytes]:
    """Run the reader with a pseudo-terminal as stdin, stdout and stderr: (status, bytes written).
    ``rows``: the terminal's height (80 columns); None leaves the size unset (0x0)."""
    import pty

    leader, follower = pty.openpty()
    if rows is not None:
        import fcntl
        import struct
        import termios

        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 80, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "deyermond_reader", *args], stdin=follower,
                               stdout=follower, stderr=follower, env=env, close_fds=True)
    os.close(follower)
    chunks = []
    while select.select([leader], [], [], 20)[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the program has closed its side
            break
        if not chunk:
            break
        chunks.append(chunk)
    status = process.wait(timeout=20)
    os.close(leader)
    return status, b"".join(chunks)


class Tmux:
    """One tmux server running one command in an 80x24 pane; the screen is waited on, never slept on."""

    def __init__(self, command: str, size: tuple[int, int] = (80, 24)) -> None:
        self.tmux = ["tmux", "-L", f"deyermond-{uuid.uuid4().hex[:8]}"]
        env = {name: value for name, value in os.environ.items() if name not in ("COLUMNS", "LINES")}
        subprocess.run([*self.tmux, "new-session", "-d", "-x", str(size[0]), "-y", str(size[1]), command],
                       check=True, env={**env, "TERM": "xterm-256color"})  # the pane's size, not the runner's

    def screen(self) -> str:
        return subprocess.run([*self.tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout

    def send(self, *keys: str) -> None:
        """Send the keys in one write: a burst, as fast as a person typing ahead of the screen."""
        subprocess.run([*self.tmux, "send-keys", *keys], check=True)

    def wait_for(self, found, seconds: float = 15) -> str:
        """The screen once ``found`` (a string on it, or a test of its text) holds."""
        test = (lambda shown: found in shown) if isinstance(found, str) else found
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            shown = self.screen()
            if test(shown):
                return shown
            time.sleep(0.05)
        raise AssertionError(f"{found!r} never appeared:\n{self.screen()}")

    def echoes(self) -> bool:
        """Whether the pane's terminal echoes what is typed (``stty`` on the pane's device)."""
        tty = subprocess.run([*self.tmux, "display", "-p", "#{pane_tty}"], capture_output=True,
                             text=True).stdout.strip()
        settings = subprocess.run(["stty", "-F", tty, "-a"], capture_output=True, text=True).stdout
        return " -echo " not in f" {settings.replace(chr(10), ' ')} "

    def wait_until_quiet(self, seconds: float = 15) -> None:
        """Until the program has turned the echo off (a key typed before that is the terminal's)."""
        deadline = time.monotonic() + seconds
        while self.echoes():
            if time.monotonic() > deadline:
                raise AssertionError("the terminal still echoes keys")
            time.sleep(0.01)

    def open_and_close_help(self) -> None:
        """``?`` shows the reader's keys and Escape takes them away: the keys reached the reader,
        not the terminal's echo."""
        self.send("?")
        self.wait_for("scroll a page")
        self.send("Escape")
        self.wait_for(lambda shown: "scroll a page" not in shown)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


def wait_for_file(path: Path, seconds: float = 10) -> str:
    """The line a shell wrote to ``path`` (``echo $? > path``), once written: the shell creates
    the file before it writes to it, so an empty file is waited on too."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().endswith("\n"):
            break
        time.sleep(0.05)
    return path.read_text().strip() if path.exists() else ""
