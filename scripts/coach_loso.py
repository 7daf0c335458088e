#!/usr/bin/env python3
"""Leave-one-set-out check of an optional learned layer for the coach.

Would a small linear model over words (logistic regression on unigrams and
bigrams of each draft and the chosen options) add anything to the rules? For
each labelled set in turn, the model is trained on the other five and
scored on the one left out, alone and OR-ed with the rules' own findings
(what shipping it beside the rules would do: it can only add findings).

The rules' findings per case come from the corpus test's output:

    cargo test --test coach_corpus -- --nocapture > /tmp/run.txt
    python3 scripts/coach_loso.py /tmp/run.txt

Pure Python (no numpy), deterministic (fixed seed), no network.
"""

import math
import random
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "coach"
SETS = {
    "corpus.toml": "coach corpus",
    "heldout.toml": "held-out set",
    "fresh.toml": "fresh set",
    "shapes.toml": "shapes set",
    "probes.toml": "probes",
    "blind.toml": "blind set",
}
CATEGORIES = [
    "blame",
    "defensive",
    "public-details",
    "negative-tone",
    "no-empathy",
    "no-apology",
    "generic",
    "asks-removal",
    "risky-promise",
]
WORD = re.compile(r"[a-z0-9£$%']+")


def features(case):
    out = set()
    for part in ("public", "private"):
        words = WORD.findall(case.get(part, "").lower())
        out.update(f"{part}:{w}" for w in words)
        out.update(f"{part}:{a}_{b}" for a, b in zip(words, words[1:]))
    for option in case.get("offered", []):
        out.update(f"opt:{w}" for w in WORD.findall(option.lower()))
    out.add(f"kind:{case.get('kind', 'complaint')}")
    if not case.get("private", "").strip():
        out.add("private:EMPTY")
    return out


def rule_predictions(run_output):
    """{set title: {case id: set of categories the rules found}}, from the
    labels and the disagreements the corpus test prints."""
    missed = defaultdict(lambda: defaultdict(set))
    extra = defaultdict(lambda: defaultdict(set))
    title = None
    for line in Path(run_output).read_text().splitlines():
        m = re.match(r"^(.+): \d+ cases$", line)
        if m:
            title = m.group(1)
            continue
        m = re.match(r"^  (\S+): (missed|unexpected) (\S+)", line)
        if m and title:
            target = missed if m.group(2) == "missed" else extra
            target[title][m.group(1)].add(m.group(3))
    return missed, extra


def train(rows, labels, epochs=40, rate=0.2, l2=1e-3, seed=11):
    weights = defaultdict(float)
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            z = bias + sum(weights[f] for f in rows[i])
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = labels[i] - p
            bias += rate * g
            for f in rows[i]:
                weights[f] += rate * (g - l2 * weights[f])
    return weights, bias


def predict(model, row):
    weights, bias = model
    z = bias + sum(weights.get(f, 0.0) for f in row)
    return z > 0.0


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def main():
    missed, extra = rule_predictions(sys.argv[1] if len(sys.argv) > 1 else "/tmp/run.txt")
    sets = {}
    for file, title in SETS.items():
        cases = tomllib.loads((DATA / file).read_text())["case"]
        sets[file] = [
            (
                features(c),
                set(c["expect"]),
                (set(c["expect"]) - missed[title][c["id"]]) | extra[title][c["id"]],
            )
            for c in cases
        ]
    print(f"{'category':<15} {'left out':<13} {'rules':>6} {'model':>6} {'rules+model':>12}")
    totals = defaultdict(lambda: [0.0, 0.0, 0.0])
    for category in CATEGORIES:
        for out in SETS:
            train_rows = [r for s in SETS if s != out for r in sets[s]]
            model = train(
                [r[0] for r in train_rows], [int(category in r[1]) for r in train_rows]
            )
            tally = {"rules": [0, 0, 0], "model": [0, 0, 0], "both": [0, 0, 0]}
            for row, want, rules in sets[out]:
                wanted = category in want
                guesses = {
                    "rules": category in rules,
                    "model": predict(model, row),
                }
                guesses["both"] = guesses["rules"] or guesses["model"]
                for name, got in guesses.items():
                    t = tally[name]
                    if got and wanted:
                        t[0] += 1
                    elif got:
                        t[1] += 1
                    elif wanted:
                        t[2] += 1
            scores = [f1(*tally[n]) for n in ("rules", "model", "both")]
            for k, v in enumerate(scores):
                totals[category][k] += v / len(SETS)
            print(
                f"{category:<15} {out:<13} {scores[0]:>6.2f} {scores[1]:>6.2f} {scores[2]:>12.2f}"
            )
    print()
    print(f"{'mean over sets':<29} {'rules':>6} {'model':>6} {'rules+model':>12}")
    for category in CATEGORIES:
        r, m, b = totals[category]
        print(f"{category:<29} {r:>6.2f} {m:>6.2f} {b:>12.2f}")


if __name__ == "__main__":
    main()
