"""The one table every benchmark prints: what, the figure, the target beside it, met or not."""

from __future__ import annotations


def print_table(rows) -> bool:
    """Print the rows; True when every target was met."""
    width = max(len(r[0]) for r in rows)
    fig = max(14, *(len(str(r[1])) for r in rows))
    tgt = max(14, *(len(str(r[2])) for r in rows))
    print(f"| {'benchmark':<{width}} | {'figure':>{fig}} | {'target':>{tgt}} | met |")
    print(f"|{'-' * (width + 2)}|{'-' * (fig + 2)}|{'-' * (tgt + 2)}|-----|")
    for name, figure, target, ok in rows:
        print(f"| {name:<{width}} | {figure:>{fig}} | {target:>{tgt}} | {'yes' if ok else 'NO':>3} |")
    return all(row[3] for row in rows)
