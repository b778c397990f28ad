"""cyberbot: a Slack assistant for UK local councils' cyber security leads.

The package is the Slack-independent core. Nothing under ``bot`` imports Slack, so the
console, the CLI and the tests run the same code that Slack handlers call.
"""

__version__ = "0.1.0"
