"""The knowledge base and its search indexes, compiled once and kept on disk between runs.

``cyberbot ask`` is a process per question. Reading the YAML, building the search index and
reading every entry's facts for the answerability check took most of its cold start, for a
knowledge base that had not changed since the last question. So once the indexes are built,
the knowledge base and both indexes are pickled into the cache folder (``bot.core.cache``),
and the next process that loads the same knowledge folder takes them from there.

When a cached copy may be used: its file is named by a hash of everything the compiled result
is made from: every knowledge file's name and bytes, the folder's path, the source of every
module of the answers package, its subpackages too (``answerability/``), and of
``bot.core.text`` (so a change to how entries are indexed is a new key), the Python version,
the versions of the libraries that shape the index, and the English word table
(``bot.answers.zipf``). Any change is a different file; an old file is never read
again. A file that cannot be read or unpickled is a miss, never an error. A knowledge base
with problems is never cached: ``kb check`` and every load still see each problem.

A process also keeps the compiled indexes on the ``KnowledgeBase`` itself (for its current
``version``), so several answerers on one knowledge base share one build; a reload
(``KnowledgeBase.adopt``) bumps the version and the next answerer builds afresh. The indexes
also remember each question's ranking (``SearchIndex.search``): code that changes the engine's
constants while running (``bench answers --cv``) builds its indexes itself
(``answerer._build_indexes``), so nothing made under other values is reused.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path
from typing import Callable

from bot.core import cache

FORMAT = 1   # bump when what is pickled changes shape in a way the source hash would not show
KEEP = 16    # compiled knowledge bases kept in the cache folder, newest first
_SOURCES = (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent / "core" / "text.py")


def key_for(folder: Path) -> str | None:
    """The hash that names ``folder``'s compiled form; None when the folder cannot be read."""
    import importlib.util

    import rapidfuzz
    import snowballstemmer

    from bot.answers import zipf
    from bot.core.text import STEMMER

    digest = hashlib.sha256()
    table = zipf.table_path()
    digest.update(repr((FORMAT, sys.version, str(folder.resolve()), table.name if table else None,
                        getattr(rapidfuzz, "__version__", ""), getattr(snowballstemmer, "__version__", ""),
                        STEMMER, _c_stemmer_version())).encode())
    try:
        # Every module of the answers package and its subpackages (``answerability/``), by its
        # path inside the package: a change to any of them is a new key.
        sources = [(p.relative_to(_SOURCES[0]).as_posix(), p)
                   for p in sorted(_SOURCES[0].rglob("*.py"), key=lambda p: p.relative_to(_SOURCES[0]).as_posix())]
        sources.append((_SOURCES[1].name, _SOURCES[1]))
        # The YAML reader's version, from its own package file (which names it), not by importing it:
        # a question answered from the compiled copy never needs the reader (``kb_files``).
        reader = importlib.util.find_spec("yaml")
        if reader is not None and reader.origin:
            sources.append(("yaml", Path(reader.origin)))
        files = [(p.name, p) for p in sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())]
        for name, path in (*sources, *files):
            data = path.read_bytes()
            digest.update(f"\0{name}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()[:32]


def _c_stemmer_version() -> str:
    version = getattr(sys.modules.get("Stemmer"), "version", None)
    return str(version()) if callable(version) else ""


def _path(key: str) -> Path | None:
    folder = cache.folder()
    return folder / f"kb-{key}.pickle" if folder is not None else None


def cached(folder: Path):
    """``(knowledge base or None, key)``: the compiled copy of ``folder`` if one is kept."""
    from bot.answers.knowledge import KnowledgeBase

    key = key_for(folder)
    path = _path(key) if key else None
    if path is None or not path.exists():
        return None, key
    try:
        kb = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - a damaged or foreign file is a miss, never an error
        return None, key
    if not isinstance(kb, KnowledgeBase) or "_compiled" not in kb.__dict__:
        return None, key
    return kb, key


def remember_source(kb, folder: Path, key: str | None) -> None:
    """Note that ``kb`` was read from ``folder`` as named by ``key`` (taken before reading).

    The key is kept only if the files are still what was hashed, so a file edited while it was
    being read never lends its new content to the old name.
    """
    if key is not None and key_for(folder) == key:
        kb.__dict__["_compiled_key"] = (kb.version, key)


def indexes(kb, build: Callable):
    """``build(kb)``'s result for ``kb`` as it is now: built once per version, and kept on disk
    when ``kb`` was loaded from a knowledge folder."""
    have = kb.__dict__.get("_compiled")
    if have is not None and have[0] == kb.version:
        return have[1]
    built = build(kb)
    kb.__dict__["_compiled"] = (kb.version, built)
    source = kb.__dict__.pop("_compiled_key", None)
    if source is not None and source[0] == kb.version:
        path = _path(source[1])
        if path is not None:
            try:
                data = pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - an index that cannot be pickled is only a slower start
                return built
            if cache.write_atomically(path, lambda temporary: temporary.write_bytes(data)):
                cache.keep_newest("kb-*.pickle", KEEP)
    return built
