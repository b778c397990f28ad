"""Testing cyberbot against Slack without Slack: shared by the test suite and the benchmarks.

It ships with the product (``handlers.testing``) rather than living in ``tests/`` so that
``bench/`` and any deployment's own checks use the same stand-in the suite does.

* ``standin/``: ``StandinSlack``, Slack's Web API, response_urls and Socket Mode on 127.0.0.1,
  and the builders of what Slack sends (``standin.payloads``);
* ``process.py``: ``BotProcess``, the real ``cyberbot serve`` process pointed at a stand-in;
* ``in_process.py``: ``InProcessSlack``, the real Bolt app in the test's process (fast);
* ``recording.py``: ``RecordingMessenger``, the messenger in-process tests give the bot;
* ``plugin.py``: the pytest plugin with the fixtures (``pytest_plugins = ["handlers.testing.plugin"]``).

Nothing here is imported by the bot itself.
"""
