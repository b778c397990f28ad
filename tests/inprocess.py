"""Moved to ``handlers.testing.in_process`` (fixture: ``slack_app``); this name, with the
signatures it had, stays only while other branches move over."""

from __future__ import annotations

from urllib.parse import urlencode

from handlers.testing import in_process
from handlers.testing.process import SECRET  # noqa: F401 - as it was importable here
from handlers.testing.standin import FORM_CONTENT_TYPE, JSON_CONTENT_TYPE


class InProcessSlack(in_process.InProcessSlack):
    def __init__(self, standin, tmp_path, clock=None, kb=None, env: dict | None = None):
        settings = in_process.slack_settings(standin, tmp_path / "inprocess.db", **(env or {}))
        super().__init__(standin, settings, clock=clock, kb=kb)

    def dispatch(self, raw: str, content_type: str, signed: bool = True):
        return self.request(raw, content_type, signed=signed)

    def event(self, body: dict, signed: bool = True):
        return self.request(body, JSON_CONTENT_TYPE, signed=signed)

    def slash(self, fields: dict, signed: bool = True):
        return self.request(urlencode(fields), FORM_CONTENT_TYPE, signed=signed)
