"""Our source says what it means: no module compiles with a warning.

An invalid escape in an ordinary string ("\\W" meant for a regex) is not an error, only a warning the
interpreter prints once, when it compiles the module, and which the suite never sees once the bytecode
is cached. It is always a bug: ``str.strip(" \\W")`` strips a backslash and a capital W, not what is no
word. Compiling every module afresh, with every warning an error, catches the next one the day it lands.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for folder in ("bot", "handlers", "bench", "tests") for p in (ROOT / folder).rglob("*.py"))


def test_there_are_sources_to_check():
    assert len(SOURCES) > 100 and any(p.name == "answerer.py" for p in SOURCES)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_compiles_without_a_warning(path):
    assert _compiler_warnings(path.read_text(encoding="utf-8"), str(path)) == []


def test_an_invalid_escape_is_caught():
    assert _compiler_warnings('x = "a \\W b"', "example.py")


def _compiler_warnings(source: str, filename: str) -> list[str]:
    """What the compiler warns of in ``source`` (not what else warns meanwhile: a socket another test
    left open, collected now)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, filename, "exec")
    return [f"{w.filename}:{w.lineno}: {w.message}" for w in caught if w.filename == filename]
