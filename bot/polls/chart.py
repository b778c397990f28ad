"""Poll results as a picture: bars for a poll's options, and a series' trend over time.

Drawn with matplotlib's Agg canvas straight onto a ``Figure`` (no pyplot, so no global state and
nothing that wants a display), as a PNG. The text results are always posted as well: the image
is for people who read a chart faster, the words are for screen readers and search.

For a pulse series the chart is a line of the 1 to 5 mean above stacked bars of how the
responses were spread, one column per occurrence; for a series of ordinary polls, one line per
option with its share of voters.
"""

from __future__ import annotations

import io
import textwrap
from datetime import datetime

from bot.polls.model import Poll, Tally
from bot.core.times import zone_info

WIDTH, HEIGHT, DPI = 8.0, 4.5, 100
PULSE_COLOURS = ("#c0392b", "#e67e22", "#f1c40f", "#7fb800", "#1e8449")   # 1 (not at all) to 5 (fully)
BAR_COLOUR = "#1f6fb2"


def _plain(text: str, width: int = 60) -> str:
    """Chart text: no mathtext ($...$ would be read as maths), wrapped to fit."""
    return "\n".join(textwrap.wrap(text.replace("$", r"\$"), width)[:3])


def _png(figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def _day(moment: datetime, zone: str) -> str:
    local = moment.astimezone(zone_info(zone))
    return f"{local.day} {local:%b}"


def poll_chart(poll: Poll, tally: Tally, turnout_text: str | None = None) -> bytes:
    """A horizontal bar per option: its votes and its share of the people who voted."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH, HEIGHT))
    axes = figure.add_subplot(1, 1, 1)
    labels = [_plain(o.text, 30) for o in poll.options]
    counts = list(tally.counts)
    colours = list(PULSE_COLOURS) if poll.is_pulse else [BAR_COLOUR] * len(counts)
    positions = list(range(len(counts)))[::-1]
    axes.barh(positions, counts, color=colours)
    axes.set_yticks(positions, labels)
    top = max(counts) if any(counts) else 1
    axes.set_xlim(0, top * 1.25 + 0.5)
    for y, count, index in zip(positions, counts, range(len(counts))):
        axes.text(count + top * 0.02, y, f"{count} ({tally.percent(index)}%)", va="center", fontsize=9)
    axes.set_xlabel("votes")
    axes.spines[["top", "right"]].set_visible(False)
    subtitle = [f"Poll {poll.id}", "closed" if poll.status == "closed" else "so far"]
    if poll.is_pulse and tally.mean() is not None:
        subtitle.append(f"mean {tally.mean():.1f}")
    subtitle.append(turnout_text or f"{tally.voter_count} voted")
    axes.set_title(_plain(poll.question) + "\n" + " \u00b7 ".join(subtitle), fontsize=11, loc="left")
    figure.tight_layout()
    return _png(figure)


def series_chart(question: str, kind: str, zone: str, rows: list[tuple[Poll, Tally]]) -> bytes:
    """The trend across a series' occurrences (only those whose counts may be shown)."""
    from matplotlib.figure import Figure

    rows = [(p, t) for p, t in rows if p.counts_visible()]
    figure = Figure(figsize=(WIDTH, HEIGHT + (1.5 if kind == "pulse" else 0)))
    days = [_day(p.created_at, zone) for p, _t in rows]
    x = list(range(len(rows)))
    if kind == "pulse":
        mean_axes, spread_axes = figure.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 3]})
        means = [t.mean() for _p, t in rows]
        shown = [(i, m) for i, m in zip(x, means) if m is not None]
        if shown:
            mean_axes.plot([i for i, _m in shown], [m for _i, m in shown], marker="o", color="#333333")
            for i, m in shown:
                mean_axes.annotate(f"{m:.1f}", (i, m), textcoords="offset points", xytext=(0, 6), ha="center",
                                   fontsize=9)
        mean_axes.set_ylim(1, 5.5)
        mean_axes.set_yticks([1, 2, 3, 4, 5])
        mean_axes.set_ylabel("mean (1\u20135)")
        mean_axes.grid(axis="y", alpha=0.3)
        bottoms = [0.0] * len(rows)
        for score in range(5):
            shares = [100 * t.counts[score] / sum(t.counts) if sum(t.counts) else 0 for _p, t in rows]
            spread_axes.bar(x, shares, bottom=bottoms, color=PULSE_COLOURS[score], label=str(score + 1))
            bottoms = [b + s for b, s in zip(bottoms, shares)]
        spread_axes.set_ylim(0, 100)
        spread_axes.set_ylabel("% of responses")
        spread_axes.legend(title="score", ncols=5, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.18))
        spread_axes.set_xticks(x, days)
        mean_axes.set_title(_plain(question) + "\n" + f"{len(rows)} pulses", fontsize=11, loc="left")
    else:
        axes = figure.add_subplot(1, 1, 1)
        if rows:
            for option in rows[0][0].options:
                shares = [t.percent(option.index) if option.index < len(t.counts) else 0 for _p, t in rows]
                axes.plot(x, shares, marker="o", label=_plain(option.text, 25))
            axes.legend(fontsize=8)
        axes.set_ylim(0, 105)
        axes.set_ylabel("% of voters")
        axes.set_xticks(x, days)
        axes.grid(axis="y", alpha=0.3)
        axes.set_title(_plain(question) + "\n" + f"{len(rows)} polls", fontsize=11, loc="left")
    figure.tight_layout()
    return _png(figure)
