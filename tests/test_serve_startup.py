"""What ``cyberbot serve`` does once, before the first request."""

from __future__ import annotations

import gc

from handlers.serve import settle_heap


def test_what_start_up_built_is_left_out_of_every_later_garbage_collection():
    built_at_start_up = {"index": [object() for _ in range(3)]}
    try:
        settle_heap()
        made_by_a_request = {"reply": []}
        walked = gc.get_objects()
        assert not any(obj is built_at_start_up for obj in walked)
        assert any(obj is made_by_a_request for obj in walked)
    finally:
        gc.unfreeze()
