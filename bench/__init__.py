"""Benchmarks: each module exposes run() -> list of (name, figure, target, ok) rows."""
