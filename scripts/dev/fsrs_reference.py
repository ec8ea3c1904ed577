#!/usr/bin/env python3
"""Reference FSRS-6 schedules from py-fsrs 6.3.2, for crates/briefing/tests/fsrs_reference.rs.

A development tool, run by hand (neither the build nor CI runs it; the fixture it writes is
committed):

    python3 -m venv /tmp/fsrs-venv && /tmp/fsrs-venv/bin/pip install fsrs==6.3.2
    /tmp/fsrs-venv/bin/python scripts/dev/fsrs_reference.py

It writes crates/briefing/tests/fsrs-6.3.2.json, the same bytes on every run (the pseudo-random
sequences come from a fixed seed). Each sequence is a new card reviewed at given instants with
given grades by `Scheduler(enable_fuzzing=False)` with the default parameters and the sequence's
retention (and, for a few, other steps or maximum interval). After each review the fixture holds
the resulting card (state, step, stability, difficulty, due, last_review; instants in ms since
1970 UTC), `_next_interval` of its stability, and `get_card_retrievability` at several later
instants. A separate table holds `_next_interval` for chosen stabilities, among them ties (an
unrounded interval of exactly k + 0.5 days) to show how they round.
"""

import json
import math
import random
import sys
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS

VERSION = "6.3.2"
if version("fsrs") != VERSION:
    sys.exit(f"needs fsrs=={VERSION}, found {version('fsrs')}")

OUT = Path(__file__).resolve().parents[2] / "crates/briefing/tests" / f"fsrs-{VERSION}.json"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MS = timedelta(milliseconds=1)
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
RETENTIONS = (0.8, 0.9, 0.97)
G = {"A": Rating.Again, "H": Rating.Hard, "G": Rating.Good, "E": Rating.Easy}


def ms(dt):
    """An aware datetime as whole ms since 1970 UTC (exact: every instant here is whole ms)."""
    d = dt - EPOCH
    assert d % MS == timedelta(0), dt
    return d // MS


def td_ms(td):
    assert td % MS == timedelta(0), td
    return td // MS


def scheduler(retention, learning=None, relearning=None, maximum=36500):
    kw = {}
    if learning is not None:
        kw["learning_steps"] = [timedelta(milliseconds=x) for x in learning]
    if relearning is not None:
        kw["relearning_steps"] = [timedelta(milliseconds=x) for x in relearning]
    return Scheduler(desired_retention=retention, maximum_interval=maximum, enable_fuzzing=False, **kw)


def probes(card, full):
    """Instants at which to record retrievability after a review: before it, the same day, whole
    days, fractional days, the due instant and long after."""
    t = card.last_review
    offsets = [timedelta(0), DAY - MS, DAY, timedelta(days=2.5)]
    if full:
        offsets += [-HOUR, HOUR, DAY + MS, timedelta(days=7), timedelta(days=30.25), timedelta(days=365), timedelta(days=3650)]
    at = [t + o for o in offsets] + [card.due, card.due + timedelta(days=0.5)]
    return sorted(set(at))


def run(name, sched, start, plan, full=True):
    """Reviews a new card due at `start` by `plan`: (when, grade) with `when` a function of the
    card (before the review) giving the instant."""
    card = Card(card_id=1, due=start)
    reviews = []
    for when, grade in plan:
        now = when(card)
        card, _ = sched.review_card(card, G[grade], now)
        reviews.append(
            {
                "at": ms(now),
                "grade": G[grade].name,
                "phase": card.state.name,
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": ms(card.due),
                "last_review": ms(card.last_review),
                "interval_days": sched._next_interval(stability=card.stability),
                "retrievability": [[ms(at), float(sched.get_card_retrievability(card, at))] for at in probes(card, full)],
            }
        )
    return {
        "name": name,
        "retention": sched.desired_retention,
        "learning_steps_ms": [td_ms(x) for x in sched.learning_steps],
        "relearning_steps_ms": [td_ms(x) for x in sched.relearning_steps],
        "maximum_interval": sched.maximum_interval,
        "start": ms(start),
        "initial_retrievability": float(sched.get_card_retrievability(Card(card_id=1, due=start), start + DAY)),
        "reviews": reviews,
    }


# When to review: at the card's due instant (plus an offset), or some time after the last review.
def due(offset=timedelta(0)):
    return lambda c: c.due + offset


def after(gap):
    return lambda c: c.last_review + gap


def at(t):
    return lambda c: t


START = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


def named():
    """Hand-made sequences: (name, plan). The first review of each is at START."""
    first = at(START)
    return [
        ("learning-good", [(first, "G")] + [(due(), "G")] * 10),
        ("again-first", [(first, "A"), (due(), "A"), (due(), "G"), (due(), "G"), (due(), "G"), (due(), "G"), (due(), "G")]),
        ("hard-in-learning", [(first, "H"), (due(), "H"), (due(), "G"), (due(), "H"), (due(), "G"), (due(), "H"), (due(), "H"), (due(), "G")]),
        ("easy-first", [(first, "E")] + [(due(), "E")] * 6),
        ("good-then-easy", [(first, "G"), (due(), "E"), (due(), "G"), (due(), "E")]),
        (
            "lapse-of-mature-card",
            [(first, "G"), (due(), "G")] + [(due(), "G")] * 5
            + [(due(), "A"), (due(), "G"), (due(), "G"), (due(), "G"), (due(), "G"),
               (due(timedelta(days=30)), "A"), (due(), "A"), (due(), "H"), (due(), "H"), (due(), "G"), (due(), "G")],
        ),
        (
            "same-day-repeats-in-review",
            [(first, "G"), (due(), "G"), (due(), "G"),
             (after(HOUR), "G"), (after(2 * HOUR), "G"), (after(3 * HOUR), "A"), (after(10 * MINUTE), "G"),
             (after(4 * HOUR), "H"), (after(5 * HOUR), "E"), (after(90 * MINUTE), "A"), (after(MINUTE), "A"),
             (after(MINUTE), "H"), (after(2 * MINUTE), "G"), (due(), "G"), (after(6 * HOUR), "G"), (due(), "G")],
        ),
        (
            "same-day-repeats-in-learning",
            [(first, "G"), (after(timedelta(seconds=30)), "A"), (after(MINUTE), "H"), (after(2 * MINUTE), "H"),
             (after(3 * MINUTE), "G"), (after(5 * MINUTE), "A"), (after(MINUTE), "G"), (after(MINUTE), "E"), (due(), "G")],
        ),
        (
            "day-boundary",
            [(first, "G"), (due(), "G"), (due(), "G"), (after(DAY - MS), "G"), (after(DAY), "G"),
             (after(DAY - MS), "A"), (after(DAY), "G"), (after(DAY + MS), "G"), (due(-MS), "G"), (due(), "G")],
        ),
        (
            "long-gaps",
            [(first, "G"), (due(), "G"), (after(timedelta(days=180)), "G"), (after(timedelta(days=730)), "G"),
             (after(timedelta(days=5 * 365)), "A"), (after(10 * MINUTE), "G"), (after(timedelta(days=3 * 365)), "G"),
             (after(timedelta(days=20 * 365)), "E"), (after(timedelta(days=400)), "H"), (after(timedelta(days=90)), "A"),
             (after(timedelta(days=60)), "G")],
        ),
        (
            "learning-left-for-days",
            [(first, "G"), (after(timedelta(days=3)), "G"), (due(), "G")],
        ),
        (
            "learning-again-after-weeks",
            [(first, "A"), (after(timedelta(days=20)), "A"), (after(timedelta(days=20)), "H"), (after(timedelta(days=1)), "G"), (due(), "G")],
        ),
        (
            "relearning-left-for-days",
            [(first, "G"), (due(), "G"), (due(), "G"), (due(), "A"), (after(timedelta(days=40)), "G"), (due(), "A"),
             (after(timedelta(days=2)), "A"), (after(timedelta(days=3)), "H"), (after(timedelta(days=1)), "E")],
        ),
        (
            "clock-set-back",
            [(first, "G"), (due(), "G"), (due(), "G"), (after(-HOUR), "G"), (after(-timedelta(days=3)), "G"),
             (after(-timedelta(days=2)), "A"), (after(timedelta(days=10)), "G")],
        ),
        ("easy-to-maximum-interval", [(first, "E")] + [(due(), "E")] * 14),
        ("again-forever", [(first, "A")] + [(due(), "A")] * 6 + [(after(timedelta(days=3)), "A")] * 5 + [(due(), "G")] * 3),
        (
            "mixed-grades",
            [(first, "H"), (due(), "G"), (due(), "H"), (due(), "E"), (due(), "H"), (due(timedelta(days=5)), "A"),
             (due(), "H"), (due(), "E"), (due(), "A"), (due(), "G"), (due(-timedelta(days=1)), "H"), (due(), "G"),
             (due(timedelta(days=100)), "E")],
        ),
    ]


def random_plan(rng, n):
    plan = [(at(START + rng.randrange(0, 400) * DAY + rng.randrange(0, 24 * 3600 * 1000) * MS), rng.choice("AHGE"))]
    for _ in range(n - 1):
        u = rng.random()
        if u < 0.3:
            when = due(rng.randrange(-3600_000, 3600_000) * MS)  # around the due instant
        elif u < 0.5:
            when = after(rng.randrange(60_000, 12 * 3600_000) * MS)  # minutes to hours
        else:
            lo, hi = math.log(60_000), math.log(500 * 86_400_000)  # a minute to 500 days
            when = after(int(math.exp(rng.uniform(lo, hi))) * MS)
        grade = rng.choices("AHGE", weights=(20, 15, 50, 15))[0]
        plan.append((when, grade))
    return plan


def tie_stabilities(sched):
    """Stabilities whose unrounded interval is exactly k + 0.5 days, for a few k of each parity
    (found by stepping a few ulps around the estimate)."""
    scale = (sched.desired_retention ** (1 / sched._DECAY)) - 1
    found = []
    for k in range(1, 60):
        s = (k + 0.5) * sched._FACTOR / scale
        for _ in range(40):
            if (s / sched._FACTOR) * scale == k + 0.5:
                found.append(s)
                break
            s = math.nextafter(s, math.inf if (s / sched._FACTOR) * scale < k + 0.5 else -math.inf)
    return found


def intervals():
    rows = []
    for r in RETENTIONS:
        for maximum in (36500, 100):
            sched = scheduler(r, maximum=maximum)
            stabilities = [0.001, 0.1, 0.4, 0.5, 0.9, 1.0, 1.4999, 1.5, 2.0, 2.5, 3.5, 4.5, 10.5, 12.0, 99.7, 100.25,
                           1000.5, 36499.6, 36500.4, 40000.0, 1e5, 1e9]
            ties = tie_stabilities(sched) if maximum == 36500 else []
            for s in stabilities + ties:
                raw = (s / sched._FACTOR) * ((sched.desired_retention ** (1 / sched._DECAY)) - 1)
                rows.append({"retention": r, "maximum_interval": maximum, "stability": s,
                             "days": sched._next_interval(stability=s), "tie": s in ties and raw % 1 == 0.5})
    return rows


def main():
    sequences = []
    for r in RETENTIONS:
        for name, plan in named():
            sequences.append(run(f"{name} @{r}", scheduler(r), START, plan, full=r == 0.9))
    rng = random.Random(20260105)
    for i in range(30):
        r = RETENTIONS[i % 3]
        sequences.append(run(f"random-{i:02} @{r}", scheduler(r), START, random_plan(rng, rng.randrange(6, 31)), full=False))
    # Other steps and maximum interval: the branches the default steps never reach.
    others = [
        ("one-learning-step-two-relearning-steps", dict(learning=[10 * 60_000], relearning=[10 * 60_000, 3600_000])),
        ("three-learning-steps", dict(learning=[60_000, 10 * 60_000, 3600_000])),
        ("no-learning-steps", dict(learning=[])),
        ("no-relearning-steps", dict(relearning=[])),
        ("maximum-interval-100", dict(maximum=100)),
    ]
    mixed = dict(named())["mixed-grades"]
    lapse = dict(named())["lapse-of-mature-card"]
    hard = dict(named())["hard-in-learning"]
    for name, kw in others:
        for pname, plan in (("mixed-grades", mixed), ("lapse-of-mature-card", lapse), ("hard-in-learning", hard)):
            sequences.append(run(f"{name}/{pname} @0.9", scheduler(0.9, **kw), START, plan, full=False))
        sequences.append(run(f"{name}/random @0.9", scheduler(0.9, **kw), START, random_plan(rng, 25), full=False))

    fixture = {
        "generator": "scripts/dev/fsrs_reference.py",
        "fsrs": VERSION,
        "parameters": list(DEFAULT_PARAMETERS),
        "sequences": sequences,
        "intervals": intervals(),
    }
    steps = sum(len(s["reviews"]) for s in sequences)
    probes_n = sum(len(r["retrievability"]) for s in sequences for r in s["reviews"])
    with open(OUT, "w") as f:
        # One review per line: small diffs when the generator changes.
        f.write('{"generator": %s, "fsrs": %s,\n "parameters": %s,\n "sequences": [\n'
                % (json.dumps(fixture["generator"]), json.dumps(VERSION), json.dumps(fixture["parameters"])))
        for i, s in enumerate(sequences):
            head = {k: v for k, v in s.items() if k != "reviews"}
            f.write("  " + json.dumps(head)[:-1] + ', "reviews": [\n')
            f.write(",\n".join("   " + json.dumps(r) for r in s["reviews"]))
            f.write("]}" + ("," if i + 1 < len(sequences) else "") + "\n")
        f.write(' ],\n "intervals": [\n')
        f.write(",\n".join("  " + json.dumps(r) for r in fixture["intervals"]))
        f.write("\n ]}\n")
    json.load(open(OUT))  # well-formed
    ties = sum(r["tie"] for r in fixture["intervals"])
    print(f"{OUT}: {len(sequences)} sequences, {steps} reviews, {probes_n} retrievabilities, "
          f"{len(fixture['intervals'])} intervals ({ties} ties)")


if __name__ == "__main__":
    main()
