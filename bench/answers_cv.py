"""Two-fold cross-validation of the answer decision on the unseen tune set.

Tuning on all of ``tests/data/unseen-tune.yaml`` and reading the result on the same questions
overfits: fixes that name the questions studied help them and nothing else (the sealed set
showed it). So the tune set is split, by a fixed seed and stratified by kind, into halves A
and B. A change is decided by looking only at one half's misses (``--misses A``) and is kept
only if it also helps the half nobody looked at, and does not hurt the dev questions or our
own question sets ("ours": paraphrases, council questions and the answer probes).

    python -m bench answers --cv                      # figures for A, B, the whole tune set, dev
    python -m bench.answers_cv --misses A             # the misses of half A only
    python -m bench.answers_cv --save /tmp/before.json
    python -m bench.answers_cv --against /tmp/before.json   # per half: fixed, broken, net
    python -m bench.answers_cv --sweep bot.answers.search:MIN_COVERAGE=0.6,0.63,0.66,0.7 [--sweep ...]
        # thresholds (every combination) chosen on A and scored on B (A->B), and chosen on B, scored on A (B->A)

Only the tune and dev files are read: the sealed sets are never opened here.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from bot.answers import evaluate, knowledge
from bot.answers.answerer import Answerer, _build_indexes
from bot.core.clock import SettableClock
from handlers.testing.asking import SETS_WRITTEN

ROOT = Path(__file__).resolve().parent.parent
# The tune sets: unseen-tune.yaml; unseen-fresh.yaml since it was run once as a sealed set
# (its figures were reported before anyone studied its misses); the paraphrase set, likewise; both
# halves of the chatty and near-miss sets (the second halves after their one sealed run); the studied
# halves of the phone-thread, sceptical-probe and new-voices sets (their other halves are sealed); the
# buried-question set after its one run; the studied halves of the roles, practitioners and learners sets; the
# realistic-traffic set, studied from its first run; the studied halves of the on-call, visitors, formal,
# handover, fact-check, search-box and claim-check sets; the studied halves of stop 27's phone, finance,
# nations, starters and teleconference sets; the studied halves of stop 29's auditors and press-office sets (and of each
# later stop's sets, as the quality test lists them).
TUNE = [ROOT / "tests" / "data" / name for name in ("unseen-tune.yaml", "unseen-fresh.yaml", "unseen-chatty-tune.yaml",
                                               "unseen-paraphrase-tune.yaml", "unseen-nearmiss-tune.yaml",
                                               "unseen-chatty-tune2.yaml", "unseen-nearmiss-tune2.yaml",
                                               "unseen-thread-tune.yaml", "unseen-probe-tune.yaml",
                                               "unseen-newvoices-tune.yaml", "unseen-buried-tune.yaml",
                                               "unseen-roles-tune.yaml", "unseen-practitioners-tune.yaml",
                                               "unseen-learners-tune.yaml", "unseen-traffic-tune.yaml",
                                               "unseen-oncall-tune.yaml", "unseen-visitors-tune.yaml",
                                               "unseen-formal-tune.yaml", "unseen-handover-tune.yaml",
                                               "unseen-factcheck-tune.yaml", "unseen-searchbox-tune.yaml",
                                               "unseen-claimcheck-tune.yaml", "unseen-phone-tune.yaml",
                                               "unseen-finance-tune.yaml", "unseen-nations-tune.yaml",
                                               "unseen-starters-tune.yaml", "unseen-teleconf-tune.yaml",
                                               "unseen-audit-tune.yaml", "unseen-press-tune.yaml",
                                               "unseen-planners-tune.yaml", "unseen-dpo-tune.yaml",
                                               "unseen-dictated-tune.yaml", "unseen-secondlang-tune.yaml",
                                               "unseen-briefing-tune.yaml", "unseen-outsiders-tune.yaml",
                                               "unseen-sceptics-tune.yaml", "unseen-describers-tune.yaml",
                                               "unseen-grapevine-tune.yaml", "unseen-timeline-tune.yaml",
                                               "unseen-forwarders-tune.yaml", "unseen-trackers-tune.yaml",
                                               "unseen-indirect-tune.yaml", "unseen-legal-tune.yaml",
                                               "unseen-procurement-tune.yaml", "unseen-autocorrect-tune.yaml",
                                               "unseen-compare-tune.yaml", "unseen-pmo-tune.yaml", "unseen-risk-tune.yaml",
                                               "unseen-clerks-tune.yaml", "unseen-training-tune.yaml",
                                               "unseen-apprentice-tune.yaml", "unseen-neighbours-tune.yaml",
                                               "unseen-whitehall-tune.yaml", "unseen-health-tune.yaml",
                                               "unseen-auditors-tune.yaml", "unseen-newsdesk-tune.yaml",
                                               "unseen-redteam-tune.yaml", "unseen-reltime-tune.yaml",
                                               "unseen-shiftdesk-tune.yaml", "unseen-citers-tune.yaml",
                                               "unseen-events-tune.yaml", "unseen-incident-tune.yaml",
                                               "unseen-markup-tune.yaml", "unseen-prompters-tune.yaml",
                                               "unseen-services-tune.yaml", "unseen-caseworkers-tune.yaml",
                                               "unseen-bluelight-tune.yaml", "unseen-housing-tune.yaml", "unseen-parish-tune.yaml",
                                               "unseen-wordy-tune.yaml", "unseen-cabinet-tune.yaml", "unseen-peers-tune.yaml",
                                               "unseen-sharedsvc-tune.yaml", "unseen-socialcare-tune.yaml",
                                               "unseen-minutes-tune.yaml", "unseen-contactcentre-tune.yaml", "unseen-estates-tune.yaml", "unseen-netops-tune.yaml", "unseen-resilience-tune.yaml", "unseen-scrutiny-tune.yaml", "unseen-digitalteam-tune.yaml", "unseen-highways-tune.yaml", "unseen-childrens-tune.yaml", "unseen-envhealth-tune.yaml")]
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev-questions.yaml"
DEV = SHARED_DEV if SHARED_DEV.exists() else ROOT / "tests" / "data" / "dev-questions.yaml"
# Our own question sets (paraphrases, council questions, the answer probes): a second guard beside dev.
OURS = [ROOT / "tests" / "data" / name for name in
        ("paraphrase-questions.yaml", "council-questions-tune.yaml", "council-questions-holdout.yaml",
         "answer-probes.yaml")]
SEED = 20261130
WRONG_PENALTY = 2     # a confidently wrong answer costs this much more than a missed one


def halves(paths: list[Path] = TUNE, seed: int = SEED) -> dict[str, list[tuple[str, list[str] | None]]]:
    """The tune sets in two halves, A and B, each file's kinds split as evenly as they go."""
    raw, items = [], []
    for path in paths:
        raw += [dict(item, kind=f"{path.stem}:{item.get('kind', '?')}")
                for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
        items += evaluate.load_questions(path)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(raw):
        by_kind[str(item.get("kind", "?"))].append(i)
    rng = random.Random(seed)
    split: dict[str, list] = {"A": [], "B": []}
    flip = 0
    for kind in sorted(by_kind):
        indices = by_kind[kind][:]
        rng.shuffle(indices)
        for n, i in enumerate(indices):
            split["AB"[(n + flip) % 2]].append(items[i])
        flip += len(indices)   # odd-sized kinds alternate which half gets the extra one
    return split


def figures(report: evaluate.Report) -> dict[str, float]:
    wrong = sum(o.answered and not o.correct for o in report.outcomes)
    right = sum(o.correct for o in report.outcomes)
    return {"answerable": report.answerable_accuracy, "declines": report.abstention_accuracy,
            "wrong": report.confidently_wrong_rate, "utility": right - WRONG_PENALTY * wrong,
            "n": len(report.outcomes)}


def line(name: str, f: dict) -> str:
    return (f"{name:<6} n={f['n']:<4} answerable {f['answerable']:6.1%}  declines {f['declines']:6.1%}  "
            f"wrong {f['wrong']:5.1%}  utility {f['utility']:4d}")


def score_all(answerer: Answerer, sets: dict) -> dict[str, evaluate.Report]:
    return {name: evaluate.run(answerer, items) for name, items in sets.items()}


def _sets() -> dict:
    split = halves()
    return {"A": split["A"], "B": split["B"], "dev": evaluate.load_questions(DEV),
            "ours": [item for path in OURS for item in evaluate.load_questions(path)]}


def _answerer() -> Answerer:
    """An answerer on indexes built now, under the constants as they are set: never the compiled
    copy kept on disk or on the knowledge base, nor results remembered under other values."""
    answerer = Answerer(knowledge.load(ROOT / "knowledge"), clock=SettableClock(SETS_WRITTEN))
    answerer.index, answerer.gate = _build_indexes(answerer.kb)
    return answerer


def _set_constant(spec: str, value) -> None:
    module, name = spec.split(":")
    setattr(importlib.import_module(module), name, value)


def _parse(spec: str) -> tuple[str, object, list]:
    target, _, values = spec.partition("=")
    module, name = target.split(":")
    original = getattr(importlib.import_module(module), name)
    cast = (lambda v: v == "True") if isinstance(original, bool) else type(original)
    return target, original, [cast(v) for v in values.split(",")]


def sweep(specs: list[str]) -> list[str]:
    """Choose constants' values (every combination) on one half and report them on the other."""
    parsed = [_parse(spec) for spec in specs]
    originals = tuple(original for _, original, _ in parsed)
    sets = _sets()
    table = {}
    try:
        for combo in itertools.product(*(options for _, _, options in parsed)):
            for (target, _, _), value in zip(parsed, combo):
                _set_constant(target, value)
            table[combo] = {k: figures(r) for k, r in score_all(_answerer(), sets).items()}
    finally:
        for target, original, _ in parsed:
            _set_constant(target, original)
    names = ", ".join(t.split(":")[1] for t, _, _ in parsed)
    out = [f"{names} (now {originals}):"]
    for combo, f in table.items():
        out.append(f"  {combo!s:>16}: " + " | ".join(line(k, f[k]).replace("  ", " ") for k in ("A", "B", "dev", "ours")))
    for fit, held in (("A", "B"), ("B", "A")):
        best = max(table, key=lambda c: (table[c][fit]["utility"], table[c]["dev"]["utility"] + table[c]["ours"]["utility"],
                                         c == originals))
        now = table[originals][held]["utility"] if originals in table else "?"
        out.append(f"  chosen on {fit}: {best} -> {held} utility {table[best][held]['utility']} (now {now})")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.answers_cv", description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=["A", "B"], help="print the misses of this half only")
    parser.add_argument("--save", help="write each question's outcome to this JSON file")
    parser.add_argument("--against", help="compare with outcomes saved earlier by --save")
    parser.add_argument("--sweep", action="append", default=[], help="module:CONSTANT=v1,v2,... to cross-validate")
    args = parser.parse_args(argv)
    if args.sweep:
        print("\n".join(sweep(args.sweep)))
        return 0
    sets = _sets()
    reports = score_all(_answerer(), sets)
    whole = evaluate.Report(reports["A"].outcomes + reports["B"].outcomes)
    for name in ("A", "B"):
        print(line(name, figures(reports[name])))
    print(line("tune", figures(whole)))
    print(line("dev", figures(reports["dev"])))
    print(line("ours", figures(reports["ours"])))
    if args.against:
        before = json.loads(Path(args.against).read_text(encoding="utf-8"))
        for name in ("A", "B", "dev", "ours"):
            was = {q: ok for q, ok in before[name]}
            fixed = [o.question for o in reports[name].outcomes if o.correct and was.get(o.question) is False]
            broken = [o.question for o in reports[name].outcomes if not o.correct and was.get(o.question) is True]
            print(f"{name}: fixed {len(fixed)}, broken {len(broken)}, net {len(fixed) - len(broken):+d}")
            if name == args.misses or name in ("dev", "ours"):
                for q in broken:
                    print(f"    broken: {q}")
    if args.save:
        Path(args.save).write_text(json.dumps({name: [[o.question, o.correct] for o in r.outcomes]
                                               for name, r in reports.items()}), encoding="utf-8")
    if args.misses:
        print(evaluate.format_report(reports[args.misses]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
