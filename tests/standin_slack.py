"""Moved to ``handlers.testing.standin``; this name stays only while other branches move over."""

from handlers.testing.standin import *  # noqa: F401,F403
from handlers.testing.standin import __all__  # noqa: F401
