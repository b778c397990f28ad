"""A bounded memory for pure readings: the same questions come back, so what was read of a text
(its search, its constraints, its lexicon expansion) is kept and handed back; past a limit the
memory starts over rather than growing with every question a workspace has ever asked."""

from __future__ import annotations

from typing import Callable, Hashable, TypeVar

T = TypeVar("T")


def remembered(memory: dict, key: Hashable, compute: Callable[[], T], limit: int) -> T:
    """``memory[key]``, computed by ``compute()`` the first time it is asked for; ``memory`` is
    emptied first when it already holds ``limit`` readings."""
    found = memory.get(key)
    if found is None:
        found = compute()
        if len(memory) >= limit:
            memory.clear()
        memory[key] = found
    return found
