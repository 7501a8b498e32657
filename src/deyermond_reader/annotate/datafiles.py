"""Provides where the reader's data files are: the summit catalogue and the cue lists.

A module of its own, importing nothing, so the start-up path can name the
files (for cache keys) without loading what reads them.
"""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CATALOGUE = DATA / "summits.toml"
"""The summit catalogue: every entry with its public source."""
CUES = DATA / "cues.toml"
"""The words reference detection and claim kinds look for."""
CLAIMS = DATA / "claims.toml"
CLAIM_WORDS = DATA / "claim_words.toml"
"""The lists that decide a sentence's claim kind."""
EVENTS = DATA / "events.toml"
"""The dated events that are not meetings (an invasion, a deadline), each with its source."""
TERMS = DATA / "terms.toml"
"""Leaders' terms of office, each with its source."""
REGIONS = DATA / "regions.toml"
"""The states and countries a place may be qualified by, and the state of each U.S. place."""
CITIES = DATA / "cities.txt"
"""Cities where no meeting was held, by name (GeoNames), for a text that puts a meeting in one."""
