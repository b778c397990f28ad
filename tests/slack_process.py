"""Moved to ``handlers.testing.process`` (fixtures: ``handlers.testing.plugin``); this name stays
only while other branches move over."""

from handlers.testing.plugin import (  # noqa: F401 - fixtures, for modules that still import them
    _shared_http_process,
    http_bot,
    shared_http_bot,
    shared_standin,
    standin,
)
from handlers.testing.process import *  # noqa: F401,F403
from handlers.testing.process import BotProcess, ROOT, SECRET, cyberbot_command, free_port  # noqa: F401
