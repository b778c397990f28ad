"""wordfreq's English Zipf frequencies, looked up one word at a time from a table on disk.

``lexicon.english_zipf`` asks how common a word is in English, a few dozen words per question.
wordfreq answers by importing itself (ftfy, langcodes, regex, msgpack) and unpacking its whole
English list, 320,000 words: about 200 ms, most of the cold start of ``cyberbot ask``, for a
handful of words. So the list's plain words (ASCII letters only, 289,000 of them) are written
once into an SQLite table in the cache folder (``bot.core.cache``), keyed by the data file it
came from, and each word is then one indexed read. Anything else (digits, apostrophes,
accents), and any machine without a usable cache, goes to wordfreq itself.

The figures are wordfreq's own: the table holds ``zipf_frequency(word, "en")`` exactly (its
own rounding, checked against wordfreq on a sample when the table is made, and by the suite on
every word), and a plain word missing from the list is 0.0, as wordfreq says of it.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
import threading
from pathlib import Path

from bot.core import cache
from bot.core import regexes

FORMAT = 1                      # bump when the table's layout or contents change
KEEP = 4                        # tables kept in the cache folder, newest first: one per wordfreq install (7 MB each)
PLAIN = regexes.compile(r"[a-z]{1,60}")
_LOCK = threading.Lock()
_STATE: dict[str, object] = {}


def zipf(word: str) -> float:
    """How common ``word`` is in English on the Zipf scale, as ``wordfreq.zipf_frequency(word, "en")``."""
    if PLAIN.fullmatch(word):
        table = _table()
        if table is not None:
            with _LOCK:
                row = table.execute("SELECT z FROM zipf WHERE w = ?", (word,)).fetchone()
            return row[0] if row else 0.0
    from wordfreq import zipf_frequency   # imported on first use: it loads its tables lazily
    return zipf_frequency(word, "en")


def zipfs(words: list[str]) -> dict[str, float]:
    """``zipf`` of each of ``words`` at once: one read of the table for all its plain words, where a few dozen
    candidates for one slip ("nutshel": "nnutshel", "nuutshel", ...) would be as many reads."""
    table = _table() if all(PLAIN.fullmatch(word) for word in words) else None
    if table is None:
        return {word: zipf(word) for word in words}
    with _LOCK:
        found = dict(table.execute(f"SELECT w, z FROM zipf WHERE w IN ({','.join('?' * len(words))})", words).fetchall())
    return {word: found.get(word, 0.0) for word in words}


def common_words(min_zipf: float) -> list[tuple[str, float]]:
    """The plain words at least ``min_zipf`` common, with their Zipf frequencies, commonest first."""
    table = _table()
    if table is not None:
        with _LOCK:
            return table.execute("SELECT w, z FROM zipf WHERE z >= ? ORDER BY z DESC, w", (min_zipf,)).fetchall()
    return sorted(((w, z) for w, z in plain_words().items() if z >= min_zipf), key=lambda wz: (-wz[1], wz[0]))


def _table() -> sqlite3.Connection | None:
    if "table" in _STATE:
        return _STATE["table"]  # type: ignore[return-value]
    with _LOCK:
        if "table" not in _STATE:
            _STATE["table"] = _open()
    return _STATE["table"]  # type: ignore[return-value]


def table_path() -> Path | None:
    """Where this wordfreq's table lives (named by its data file), or None without a cache."""
    folder, data = cache.folder(), _data_file()
    if folder is None or data is None:
        return None
    stat = data.stat()
    key = hashlib.sha256(f"{FORMAT}|{data.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    return folder / f"zipf-en-{key}.sqlite"


def _data_file() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
    return path if path.is_file() else None


def _open() -> sqlite3.Connection | None:
    try:
        path = table_path()
        if path is None:
            return None
        if not path.exists():
            if not cache.write_atomically(path, _make):
                return None
            cache.keep_newest("zipf-en-*.sqlite", KEEP)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT z FROM zipf WHERE w = 'the'").fetchone()
        return conn
    except (OSError, sqlite3.Error):
        return None


def _zipf_of(freq: float) -> float:
    """wordfreq's own rounding: three significant figures of the frequency, then the Zipf
    value to two decimals (``word_frequency`` then ``zipf_frequency``)."""
    leading_zeroes = math.floor(-math.log(freq, 10))
    return round(math.log(round(freq, leading_zeroes + 3), 10) + 9, 2)


def plain_words() -> dict[str, float]:
    """Every plain word in wordfreq's English list with its Zipf frequency."""
    from wordfreq import get_frequency_dict, zipf_frequency

    freqs = get_frequency_dict("en", "best")
    table = {word: _zipf_of(freq) for word, freq in freqs.items() if PLAIN.fullmatch(word) and freq > 0}
    sample = list(table)[:: max(1, len(table) // 500)]
    if any(zipf_frequency(word, "en") != table[word] for word in sample):
        table = {word: zipf_frequency(word, "en") for word in table}   # wordfreq changed its rounding
    return table


def _make(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE zipf (w TEXT PRIMARY KEY, z REAL NOT NULL) WITHOUT ROWID")
        conn.executemany("INSERT INTO zipf VALUES (?, ?)", sorted(plain_words().items()))
        conn.commit()
    finally:
        conn.close()
