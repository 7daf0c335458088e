#!/usr/bin/env python3
"""Trains the coach's learned BLAME layer (src/domain/coach/learned_blame.rs)
and checks it on sets left out, with the standard library only.

    # the rules alone: silence the layer (its threshold row) for the dump;
    # coach_corpus dumps every set, blind7..17 from coach_new_writers.rs (so
    # some of their guards fail here, with the layer silenced: expected)
    sed -i 's/^threshold\t.*/threshold\t1e9/' src/domain/coach/learned_blame_weights.tsv
    HEARD_COACH_DUMP=/tmp/dump cargo test --release --test coach_corpus -- --test-threads=1
    git checkout src/domain/coach/learned_blame_weights.tsv
    python3 tests/data/coach/train_blame.py /tmp/dump             # leave-one-set-out table
    python3 tests/data/coach/train_blame.py /tmp/dump --write     # new weights
    # then, rebuilt with the new weights and the layer on, dump again and check
    # Rust reads the weights as Python does, draft by draft:
    HEARD_COACH_DUMP=/tmp/dump2 cargo test ...   # the same commands as above
    python3 tests/data/coach/train_blame.py /tmp/dump --agree /tmp/dump2
    python3 tests/data/coach/train_blame.py /tmp/dump --cat negative-tone   # same method, table only
    # (blind18, 19 and 22-24 are dumped by the guards in coach_blame5.rs)
    # weights trained without some sets: --write --without blind22,blind23,blind24
    # the same table for a model trained without some sets (each left-out set
    # still scored): --without blind10,blind12 is the pool the previous weights had
    python3 tests/data/coach/train_blame.py /tmp/dump --without blind10,blind12

The dump gives the rules' findings per draft; the layer's own findings must
not be in it (the table scores the layer as added to the rules). Training
reads only the labels and the texts.

The model is a sentence-level linear model trained from draft-level labels
(multiple-instance): every sentence of the public reply, the private message
and the chosen options (one a line) gets a score; a draft is blame when its
best sentence scores over the threshold. Training is logistic regression on
the soft-max (log-sum-exp) of a draft's sentence scores, class-weighted, L2,
features seen in at least MINDF drafts, small weights dropped.

Features of a sentence: its words (w:), word pairs (b:), the part it is in
(p:), and structural features (s:) computed the same way in Rust from the word
classes in src/domain/coach/learned_blame_words.txt: a staff role noun, a
capitalised name, an outside party, "you" as subject, "your", causal words,
negation, disciplinary outcomes, the remedy future, and pairs of them
(a staff noun with negation, an outside party with a causal word...).
"""
import json, math, random, re, sys, tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent.parent
SETS = {'corpus': 'coach_corpus', 'heldout': 'held-out_set', 'fresh': 'fresh_set',
        'shapes': 'shapes_set', 'probes': 'probes', 'blind': 'blind_set',
        'blind2': 'second_blind_set', 'blind3': 'third_blind_set',
        'blind4': 'fourth_blind_set', 'blind5': 'fifth_blind_set',
        'blind6': 'sixth_blind_set', 'blind7': 'blind7',
        'blind8': 'blind8', 'blind9': 'blind9',
        'blind10': 'blind10', 'blind11': 'blind11',
        'blind12': 'blind12', 'blind13': 'blind13',
        'blind14': 'blind14', 'blind15': 'blind15', 'blind17': 'blind17',
        'blind18': 'blind18', 'blind19': 'blind19',
        'blind22': 'blind22', 'blind23': 'blind23', 'blind24': 'blind24'}
HELD = ['blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9',
        'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind17',
        'blind18', 'blind19', 'blind22', 'blind23', 'blind24']
CAT = 'blame'
MAX_WORDS = 600
# Chosen on the leave-one-set-out table (see learned_blame_results.md).
CONF = dict(epochs=20, lr=0.1, l2=3e-3, mindf=3, prune=0.02, pos_w=1.0, threshold=2.5)

WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def classes():
    out = {}
    for line in open(ROOT / 'src/domain/coach/learned_blame_words.txt'):
        if line.startswith('#') or ':' not in line:
            continue
        name, words = line.split(':', 1)
        out[name.strip()] = set(words.split())
    return out


CLASSES = classes()
PAIRS = [('staff', 'negation'), ('staff', 'causal'), ('staff', 'future'), ('staff', 'discipline'),
         ('name', 'negation'), ('name', 'causal'), ('name', 'future'), ('name', 'discipline'),
         ('outside', 'negation'), ('outside', 'causal'), ('outside', 'future'),
         ('you', 'negation'), ('you', 'causal'), ('you', 'future')]
FLAGS = ['staff', 'name', 'named', 'outside', 'you', 'your', 'causal', 'negation',
         'discipline', 'future']


def sentences(src):
    """Byte-for-byte the splitting of src/domain/coach/text.rs (on characters)."""
    out, start, last, i = [], None, 0, 0
    while i < len(src):
        m = WORD.match(src, i)
        if m and m.start() == i:
            if start is None:
                start = i
            last = m.end()
            i = m.end()
            continue
        c = src[i]
        nxt = src[i + 1] if i + 1 < len(src) else None
        emoji = '\U0001F300' <= c <= '\U0001FAFF' or '\u2600' <= c <= '\u27BF'
        ends = ((c in '.!?\u2026' and (nxt is None or nxt.isspace() and nxt.isascii()
                                        or nxt in '")'))
                or c == '\n' or (emoji and (nxt is None or nxt.isspace() and nxt.isascii())))
        if ends:
            if start is not None:
                out.append(src[start:max(last if c == '\n' else i + 1, last)])
                start = None
        elif not c.isspace() and start is not None:
            last = i + 1
        i += 1
    if start is not None:
        out.append(src[start:last])
    return out


def in_class(cls, words, k):
    w = words[k]
    for e in CLASSES[cls]:
        if e.startswith("'"):
            if w.endswith(e):
                return True
        elif '_' in e:
            a, b = e.split('_', 1)
            if w == a and k + 1 < len(words) and words[k + 1] == b:
                return True
        elif w == e:
            return True
    return False


def capitalised(o):
    return o[0].isupper() and any(ch.islower() for ch in o[1:])


def flags(orig, words):
    """The structural features of one sentence (orig: its words as written)."""
    f = set()
    n = len(words)
    for k in range(n):
        for cls in ('staff', 'outside', 'causal', 'negation', 'discipline', 'future'):
            if in_class(cls, words, k):
                f.add(cls)
        if words[k] in CLASSES['you']:
            if words[k] == 'your':
                f.add('your')
            elif k == 0 or words[k - 1] not in CLASSES['you-object']:
                f.add('you')
        o = orig[k]
        lone = (capitalised(o) and len(o) > 1 and words[k] not in CLASSES['not-name']
                and not (k > 0 and capitalised(orig[k - 1]))
                and not (k + 1 < n and capitalised(orig[k + 1])))
        verb = k + 1 < n and words[k + 1] in CLASSES['verb']
        if lone and verb:
            f.add('named')
        if lone and (k > 0 or verb):
            f.add('name')
    f |= {a + '+' + b for a, b in PAIRS if a in f and b in f}
    return f


def sentence_feats(part, text):
    out = []
    for s in sentences(text):
        orig = WORD.findall(s)
        words = [w.lower().replace('\u2019', "'") for w in orig]
        if not words:
            continue
        # Words and pairs count each time they occur (a bag), structural
        # features once: the Rust side then needs no bookkeeping per word.
        fs = ['w:' + w for w in words] + ['b:' + a + '_' + b for a, b in zip(words, words[1:])]
        fs += ['s:' + x for x in sorted(flags(orig, words))]
        if part != 'public':
            fs.append('p:' + part)
        out.append((fs, s))
    return out


def load(dump):
    data = {}
    for f, dn in SETS.items():
        cases = tomllib.load(open(HERE / f'{f}.toml', 'rb'))['case']
        got = {}
        for line in open(Path(dump) / f'{dn}.jsonl'):
            j = json.loads(line)
            got[j['id']] = {x['category'] for x in j['findings']}
        rows = []
        for c in cases:
            sents = (sentence_feats('public', c.get('public', ''))
                     + sentence_feats('private', c.get('private', ''))
                     + sentence_feats('choices', '\n'.join(c.get('offered', []))))
            words = sum(len(WORD.findall(c.get(k, ''))) for k in ('public', 'private'))
            words += len(WORD.findall('\n'.join(c.get('offered', []))))
            rows.append(dict(id=c['id'], expect=set(c['expect']), rules=got[c['id']],
                             sents=sents, words=words))
        data[f] = rows
    return data


def lse(zs):
    m = max(zs)
    return m + math.log(sum(math.exp(z - m) for z in zs))


def train(rows, cat, epochs, lr, l2, mindf, prune, pos_w, **_):
    df = Counter(j for r in rows for j in set().union(*[set(s) for s, _ in r["sents"]]))
    X = [[[j for j in s if df[j] >= mindf] for s, _ in r['sents']] for r in rows]
    y = [1 if cat in r['expect'] else 0 for r in rows]
    pos = sum(y)
    wp, wn = pos_w * len(y) / (2 * max(pos, 1)), len(y) / (2 * max(len(y) - pos, 1))
    W, b, idx = {}, 0.0, [k for k in range(len(X)) if X[k]]
    random.seed(1)
    for _ in range(epochs):
        random.shuffle(idx)
        for k in idx:
            zs = [b + sum(W.get(j, 0) for j in s) for s in X[k]]
            z = lse(zs)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - y[k]) * (wp if y[k] else wn)
            a = [math.exp(zi - z) for zi in zs]
            b -= lr * g
            for s, ai in zip(X[k], a):
                for j in s:
                    W[j] = W.get(j, 0) - lr * (g * ai + l2 * W.get(j, 0))
    return {j: v for j, v in W.items() if abs(v) >= prune}, b


def predict(model, r, threshold):
    # As learned_blame.rs: a reply of over MAX_WORDS words is left to the rules.
    if r['words'] > MAX_WORDS:
        return False
    W, b = model
    zs = [b + sum(W.get(j, 0) for j in s) for s, _ in r['sents']]
    return bool(zs) and lse(zs) > threshold


def prf(t):
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def left_out(data, cat, conf, held=HELD, show=True, without=()):
    rows_out = []
    for h in held:
        rows = [r for f, rs in data.items() if f != h and f not in without for r in rs]
        model = train(rows, cat, **conf)
        rules, both, newgood, added = [0, 0, 0], [0, 0, 0], [], [0, 0]
        for r in data[h]:
            want, ru = cat in r['expect'], cat in r['rules']
            m = not ru and predict(model, r, conf['threshold'])
            for t, hit in ((rules, ru), (both, ru or m)):
                t[0] += want and hit
                t[1] += (not want) and hit
                t[2] += want and not hit
            if m:
                added[0 if want else 1] += 1
            if m and not r['expect']:
                newgood.append(r['id'])
        rows_out.append((h, prf(rules), prf(both), newgood, added))
        if show:
            a, c = prf(rules), prf(both)
            print(f'{cat} {h:7} rules P {a[0]:.2f} R {a[1]:.2f} F1 {a[2]:.2f} | '
                  f'+layer P {c[0]:.2f} R {c[1]:.2f} F1 {c[2]:.2f} | layer added {added[0]} right '
                  f'{added[1]} wrong, {len(newgood)} on good drafts',
                  flush=True)
    if show:
        d = [c[2] - a[2] for _, a, c, _, _ in rows_out]
        right, wrong = (sum(x[4][k] for x in rows_out) for k in (0, 1))
        print(f'mean F1 change {sum(d) / len(d):+.3f}; rose on {sum(x > 0 for x in d)} of {len(d)}, '
              f'fell on {sum(x < 0 for x in d)}; layer precision {right}/{right + wrong}')
    return rows_out


def write(data, cat, conf, without=()):
    W, b = train([r for f, rs in data.items() if f not in without for r in rs], cat, **conf)
    out = ROOT / 'src/domain/coach/learned_blame_weights.tsv'
    with open(out, 'w') as fh:
        fh.write("# Weights of the coach's learned blame layer (src/domain/coach/learned_blame.rs).\n")
        fh.write(f'# Made by tests/data/coach/train_blame.py --write with {conf}'
                 + (f', without {",".join(without)}' if without else '') + '.\n')
        fh.write('# Columns: feature, weight. The first rows are the bias and the threshold a\n')
        fh.write("# draft's soft-max of sentence scores must pass.\n")
        fh.write('bias\t%.3f\n' % b)
        fh.write('threshold\t%.3f\n' % conf['threshold'])
        for k in sorted(W):
            fh.write('%s\t%.3f\n' % (k, W[k]))
    print(f'{len(W)} features written to {out}')


def agree(data, dump2):
    """Python's reading of the shipped weights file against Rust's: dump2 is a
    dump made with the layer on; every draft's blame must be the same."""
    W, b, threshold = {}, 0.0, 0.0
    for line in open(ROOT / 'src/domain/coach/learned_blame_weights.tsv'):
        if line.startswith('#'):
            continue
        k, v = line.rstrip('\n').split('\t')
        if k == 'bias':
            b = float(v)
        elif k == 'threshold':
            threshold = float(v)
        else:
            W[k] = float(v)
    off = 0
    for f, rows in data.items():
        rust = {}
        for line in open(Path(dump2) / f'{SETS[f]}.jsonl'):
            j = json.loads(line)
            rust[j['id']] = CAT in {x['category'] for x in j['findings']}
        bad = [r['id'] for r in rows
               if (CAT in r['rules'] or predict((W, b), r, threshold)) != rust[r['id']]]
        off += len(bad)
        print(f'{f:8} {len(rows)} drafts, {len(bad)} disagree {bad[:5]}')
    print(f'Rust and Python disagree on {off} drafts')


if __name__ == '__main__':
    data = load(sys.argv[1])
    conf = dict(CONF)
    cat = sys.argv[sys.argv.index('--cat') + 1] if '--cat' in sys.argv else CAT
    for a in sys.argv[2:]:
        if '=' in a:
            k, v = a.split('=')
            conf[k] = type(CONF[k])(v)
    without = sys.argv[sys.argv.index('--without') + 1].split(',') if '--without' in sys.argv else ()
    if '--agree' in sys.argv:
        agree(data, sys.argv[sys.argv.index('--agree') + 1])
    elif '--write' in sys.argv:
        write(data, CAT, conf, without)
    else:
        left_out(data, cat, conf, without=without)
