"""Results as a picture: the closing chart, the series trend, and `cyberbot polls chart ID`.

The images are read back with matplotlib's own PNG reader, so "a PNG that opens" is checked,
not just the first bytes.
"""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from bot.assistant import CyberBot
from bot.core.clock import SettableClock
from bot.core.router import Request
from handlers.testing.recording import RecordingMessenger


class Zones:
    def zone_for(self, user_id):
        return "Europe/London"


@pytest.fixture
def clock():
    return SettableClock(datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def bot(settings, kb, clock):
    made = CyberBot(settings, clock=clock, messenger=RecordingMessenger(), zones=Zones(), kb=kb)
    yield made
    made.close()


def say(bot, text, user="U1"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id="C1", surface="slash"))


def vote(bot, poll_id, index, user):
    bot.handle_action(f"poll_vote_{index}", f"{poll_id}:{index}", Request(user, "C1", "action"))


def opens_as_png(data: bytes) -> tuple[int, int]:
    from matplotlib.image import imread

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(io.BytesIO(data), format="png")
    return pixels.shape[1], pixels.shape[0]


def test_closing_a_poll_posts_the_text_results_and_a_bar_chart(bot):
    poll_id = say(bot, 'poll "Adopt the framework?" "Yes" "No" "Later"').data["poll_id"]
    for user, index in (("U2", 0), ("U3", 0), ("U4", 2)):
        vote(bot, poll_id, index, user)
    say(bot, f"poll close {poll_id}")
    results = [sent.reply for sent in bot.messenger.posts if sent.reply.kind == "poll_results"]
    assert len(results) == 1                                  # the words stay, for screen readers
    [(channel, filename, png, title)] = bot.messenger.uploads
    assert (channel, filename, title) == ("C1", f"poll-{poll_id}-results.png", "Results: Adopt the framework?")
    assert opens_as_png(png) == (800, 450)


def test_a_closing_series_occurrence_also_posts_the_trend_chart(bot, clock):
    series_id = say(bot, 'poll pulse "Backups?" every week on Thursday at 10:00').data["series_id"]
    store = bot.api("polls").series
    for round_scores in ((2, 3), (4, 5), (5, 5)):
        clock.set(store.get(series_id).next_at)
        bot.scheduler.tick()
        poll_id = store.poll_ids(series_id)[-1]
        for n, score in enumerate(round_scores):
            vote(bot, poll_id, score - 1, f"U{n + 2}")
    names = [filename for _c, filename, _png, _t in bot.messenger.uploads]
    assert names == [f"poll-{store.poll_ids(series_id)[0]}-results.png",
                     f"poll-{store.poll_ids(series_id)[1]}-results.png", f"poll-series-{series_id}-trend.png"]
    width, height = opens_as_png(bot.messenger.uploads[-1][2])
    assert (width, height) == (800, 600)


def test_a_hidden_poll_has_no_chart_until_it_closes(bot):
    poll_id = say(bot, 'poll "Adopt?" "Yes" "No" hidden').data["poll_id"]
    with pytest.raises(LookupError):
        bot.api("polls").chart(poll_id)


@pytest.mark.slow
def test_cyberbot_polls_chart_writes_the_same_png(bot, settings, cli_env, tmp_path):
    poll_id = say(bot, 'poll "Adopt the framework?" "Yes" "No"').data["poll_id"]
    vote(bot, poll_id, 0, "U2")
    say(bot, f"poll close {poll_id}")
    env = cli_env | {"CYBERBOT_DB": str(settings.db_path)}
    out = tmp_path / "chart.png"
    with out.open("wb") as sink:
        done = subprocess.run([sys.executable, "-m", "bot", "polls", "chart", str(poll_id)], stdout=sink,
                              stderr=subprocess.PIPE, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == bot.messenger.uploads[0][2]
    missing = subprocess.run([sys.executable, "-m", "bot", "polls", "chart", "99"], capture_output=True, env=env,
                             timeout=120)
    assert missing.returncode == 1 and b"no poll 99" in missing.stderr
