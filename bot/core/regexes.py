"""Our fixed regexes, compiled once per machine rather than once per process.

``cyberbot ask`` is a process per question, and the answer engine's modules hold about three
hundred fixed patterns (the ways people ask, date and figure shapes, the frames around a pasted
question). Python compiles each one at import, in Python code (``re._parser``, ``re._compiler``):
that was most of a question's cold start, for patterns that never change between runs.

``compile`` gives the same ``re.Pattern`` that ``re.compile`` gives. The first process to use a
pattern compiles it as usual and keeps its compiled program; at exit the programs are written to
the cache folder (``bot.core.cache``), and later processes hand the kept program straight to
``_sre.compile``, which is what ``re`` itself does with the program it makes. The file is named
by the Python version, ``_sre``'s magic number and the file's format, so a program is only ever
read by the interpreter that made it; ``_sre`` checks a program it is given, and one it refuses
(or a file that cannot be read) is compiled afresh. Nothing here is the only copy of anything.

Only fixed patterns belong here (module constants, patterns built from our own word lists):
never a pattern made from what someone typed, which would then be written to disk.
"""

from __future__ import annotations

import atexit
import pickle
import re
import sys
import threading
from array import array

from bot.core import cache

MAX_KEPT = 2000    # patterns in the file; past this it is rewritten with only the ones in use
# A program is kept as an array of its 32-bit codes, not a list of ints: the file is read by every
# process, and an array unpickles as one block of bytes where a list makes an object per code
# (about 4 ms of a question's cold start for the four hundred programs kept).
_CODE = "I" if array("I").itemsize >= 4 else "L"
FORMAT = 2         # in the file's name: a bot that kept lists (format 1) and one that keeps arrays never share a file
_lock = threading.Lock()
_kept: dict[tuple[str, int], tuple] | None = None
_new: dict[tuple[str, int], tuple] = {}
_used: set[tuple[str, int]] = set()


def compile(pattern: str, flags: int = 0) -> re.Pattern:   # noqa: A001 - re.compile's drop-in
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    key = (pattern, int(flags))
    with _lock:
        kept = _load()
        _used.add(key)
        frozen = kept.get(key) or _new.get(key)
    if frozen is not None:
        thawed = thaw(frozen)
        if thawed is not None:
            return thawed
    compiled = re.compile(pattern, flags)
    with _lock:
        if not _new:
            atexit.register(_save)
        _new[key] = freeze(compiled)
    return compiled


def freeze(pattern: re.Pattern) -> tuple:
    """A compiled regex with its program, as ``re`` itself would hand it to ``_sre.compile``."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    code = array(_CODE, [int(op) for op in _compiler._code(parsed, pattern.flags)])   # opcodes do not pickle
    return (pattern.pattern, pattern.flags, code, parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(indexgroup))


def thaw(frozen: tuple) -> re.Pattern | None:
    """The regex ``freeze`` kept, without compiling it again; None if ``_sre`` will not take it."""
    try:
        import _sre

        source, flags, code, *rest = frozen
        return _sre.compile(source, flags, code.tolist() if isinstance(code, array) else code, *rest)
    except Exception:  # noqa: BLE001 - another interpreter's program: the caller compiles afresh
        return None


def thawed(frozen: tuple) -> re.Pattern:
    """The regex ``freeze`` kept, compiled afresh should ``_sre`` refuse its program: how a regex
    built from the knowledge base (a lexicon's phrases, the names it spells out) comes back from
    the compiled knowledge base, where a bare ``re.Pattern`` would be parsed and compiled again."""
    return thaw(frozen) or re.compile(frozen[0], frozen[1])


def _path():
    import _sre

    folder = cache.folder()
    version = "".join(map(str, sys.version_info[:3]))
    return folder / f"regexes-py{version}-{_sre.MAGIC}-{FORMAT}.pickle" if folder else None


def _load() -> dict:
    global _kept
    if _kept is None:
        _kept = {}
        path = _path()
        if path is not None:
            try:
                kept = pickle.loads(path.read_bytes())
                if isinstance(kept, dict):
                    _kept = kept
            except Exception:  # noqa: BLE001 - no file, or one we cannot read: compile as usual
                pass
    return _kept


def _save() -> None:
    """Write the kept programs and the new ones (only those used, once the file grows past MAX_KEPT)."""
    with _lock:
        if not _new:
            return
        merged = {**(_kept or {}), **_new}
        if len(merged) > MAX_KEPT:
            merged = {key: value for key, value in merged.items() if key in _used}
        _new.clear()
    path = _path()
    if path is not None:
        if cache.write_atomically(path, lambda temporary: temporary.write_bytes(pickle.dumps(merged, protocol=pickle.HIGHEST_PROTOCOL))):
            cache.keep_newest("regexes-*.pickle", 4)   # other interpreters' and formats' files, not for ever
