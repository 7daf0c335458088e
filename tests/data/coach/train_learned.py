#!/usr/bin/env python3
"""Trains the coach's learned layer (src/domain/coach/learned.rs) and checks it
on sets left out, with the standard library only.

    HEARD_COACH_DUMP=/tmp/dump cargo test --test coach_corpus -- --test-threads=1
    python3 tests/data/coach/train_learned.py /tmp/dump            # left-out-set check
    python3 tests/data/coach/train_learned.py /tmp/dump --write    # new weights

The dump must come from the rules alone: with the layer in place, set
HEARD_COACH_DUMP from a build whose learned_weights.tsv holds only the bias
row, or the rules' categories (the r: features) include the layer's own.
Features: the reply's words (w:), word pairs (b:), the rules' categories (r:);
logistic regression, class-weighted, L2 0.001, 30 epochs, features seen in at
least two drafts, weights under 0.05 dropped.
"""
import json, math, random, re, sys, tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
SETS = {'corpus': 'coach_corpus', 'heldout': 'held-out_set', 'fresh': 'fresh_set',
        'shapes': 'shapes_set', 'probes': 'probes', 'blind': 'blind_set',
        'blind2': 'second_blind_set', 'blind3': 'third_blind_set'}
CATS = ['defensive', 'generic']
MIN_WORDS = 30


def tokens(t):
    return re.findall(r"[a-z']+", t)


def load(dump):
    data, texts = {}, {}
    for f, dn in SETS.items():
        cases = tomllib.load(open(HERE / f'{f}.toml', 'rb'))['case']
        exp = {c['id']: set(c['expect']) for c in cases}
        for c in cases:
            texts[(f, c['id'])] = (c.get('public', '') + ' \n ' + c.get('private', '') + ' \n '
                                   + ' ; '.join(c.get('offered', []))).lower()
        got = {}
        for line in open(Path(dump) / f'{dn}.jsonl'):
            j = json.loads(line)
            got[j['id']] = {x['category'] for x in j['findings']}
        data[f] = (exp, got)
    return data, texts


def feats(data, texts, f, i):
    w = tokens(texts[(f, i)])
    fs = {'w:' + x for x in w} | {'b:' + a + '_' + b for a, b in zip(w, w[1:])}
    return fs | {'r:' + c for c in data[f][1][i]}


def train(X, y, epochs=30, lr=0.2, l2=1e-3, mindf=2, prune=0.05):
    df = Counter(j for x in X for j in x)
    X = [[j for j in x if df[j] >= mindf] for x in X]
    W, b, idx = {}, 0.0, list(range(len(X)))
    pos = sum(y)
    wp, wn = len(y) / (2 * max(pos, 1)), len(y) / (2 * max(len(y) - pos, 1))
    random.seed(1)
    for _ in range(epochs):
        random.shuffle(idx)
        for k in idx:
            z = b + sum(W.get(j, 0) for j in X[k])
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - y[k]) * (wp if y[k] else wn)
            b -= lr * g
            for j in X[k]:
                W[j] = W.get(j, 0) - lr * (g + l2 * W.get(j, 0))
    return {j: v for j, v in W.items() if abs(v) >= prune}, b


def examples(data, texts, cat, skip=None):
    X, y = [], []
    for f, (e, _) in data.items():
        if f != skip:
            for i in e:
                X.append(feats(data, texts, f, i))
                y.append(1 if cat in e[i] else 0)
    return X, y


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1
    r = tp / (tp + fn) if tp + fn else 1
    return 2 * p * r / (p + r) if p + r else 0


def left_out(data, texts):
    for cat in CATS:
        for held in ['blind', 'blind2', 'blind3']:
            W, b = train(*examples(data, texts, cat, skip=held))
            e, g = data[held]
            rules, both = [0, 0, 0], [0, 0, 0]
            for i in e:
                want, r = cat in e[i], cat in g[i]
                long = len(tokens(texts[(held, i)])) >= MIN_WORDS
                m = long and b + sum(W.get(j, 0) for j in feats(data, texts, held, i)) > 0
                for t, h in ((rules, r), (both, r or m)):
                    t[0] += want and h
                    t[1] += (not want) and h
                    t[2] += want and not h
            print(f'{cat:10} {held:7} rules F1 {f1(*rules):.2f}  rules+layer F1 {f1(*both):.2f}')


def write(data, texts):
    models = {c: train(*examples(data, texts, c)) for c in CATS}
    keys = sorted({k for c in CATS for k in models[c][0]})
    out = HERE.parent.parent.parent / 'src/domain/coach/learned_weights.tsv'
    with open(out, 'w') as fh:
        fh.write("# Weights of the coach's learned layer (src/domain/coach/learned.rs).\n")
        fh.write('# Made by tests/data/coach/train_learned.py --write. Columns: feature, '
                 + ', '.join(CATS) + '. The first row is the bias.\n')
        fh.write('bias\t' + '\t'.join('%.3f' % models[c][1] for c in CATS) + '\n')
        for k in keys:
            fh.write(k + '\t' + '\t'.join('%.3f' % models[c][0].get(k, 0.0) for c in CATS) + '\n')
    print(f'{len(keys)} features written to {out}')


if __name__ == '__main__':
    data, texts = load(sys.argv[1])
    write(data, texts) if '--write' in sys.argv else left_out(data, texts)
