#!/usr/bin/env python3
"""Trains the coach's learned SENTENCE layer (src/domain/coach/learned_sentences.rs)
and checks it on sets left out, with the standard library only.

One linear model per category in CATS, all over the same features, shipped
as one weights file with a column per category. Reproduce:

    # 1. the rules alone: silence every column (the threshold, veto and defended rows), dump
    #    the rules' findings of every set
    sed -i -e '/^threshold\t/s/\t[^\t]*/\t1e9/g' -e '/^veto\t/s/\t[^\t]*/\t-inf/g' \
        -e '/^defended\t/s/\t[^\t]*/\tinf/g' src/domain/coach/learned_sentences_weights.tsv
    mkdir -p /tmp/dump && HEARD_COACH_DUMP=/tmp/dump cargo test --release --test coach_corpus -- --test-threads=1
    git checkout src/domain/coach/learned_sentences_weights.tsv
    #    (guards fail with the layer silenced: expected)
    # 2. the table of sets left out (trained on the others, scored on each)
    python3 tests/data/coach/train_sentences.py /tmp/dump --table
    # 3. new weights, trained on every set
    python3 tests/data/coach/train_sentences.py /tmp/dump --write
    # (thresholds: trained on the sets before blind125, scored on the later ones)
    python3 tests/data/coach/train_sentences.py /tmp/dump --later 125
    # 4. rebuilt with the new weights, dump again (/tmp/dump2) and check Rust
    #    reads them as Python does, draft by draft and category by category:
    python3 tests/data/coach/train_sentences.py /tmp/dump --agree /tmp/dump2

The dump gives the rules' findings per draft; the layer's own findings must
not be in it. Training reads the labels, the texts and those findings.

The model of a category is a sentence-level linear model trained from
draft-level labels (multiple-instance): every sentence of the public reply,
the private message and the chosen options (one a line) gets a score; a
draft has the category when the soft-max (log-sum-exp) of its sentence
scores passes the threshold. Training is logistic regression on that
soft-max, class-weighted, L2, features seen in at least MINDF drafts, small
weights dropped. public-details reads the public reply only, risky-promise
the two drafts (PARTS).

Features of a sentence: its words (w:), word pairs (b:), the part it is in
(p:), structural features (s:) computed the same way in Rust from the word
classes in src/domain/coach/learned_sentences_words.txt (a staff role noun,
a capitalised name, an outside party, "you" as subject, "your", causal
words, negation, disciplinary outcomes, the remedy future, a general truth
("can", "often") with its condition ("if", "depending"), pairs of them,
a question mark at its end and words inside quotes, as `Text` finds them),
and what the rules found in the words of the same draft (r:category:severity,
the categories of FOUND but the model's own): a reply the rules call
defensive is likelier to blame, a cold one likelier to sneer.
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
        'blind6': 'sixth_blind_set'}
# The shipped weights were trained on the sets up to blind163 (see below
# for the retraining on 175 sets that was tried and not shipped).
SETS.update({f'blind{n}': f'blind{n}' for n in list(range(7, 16)) + list(range(17, 164))})
# The sets each model is judged on, left out of its training in turn.
HELD = ['blind20', 'blind21', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30',
        'blind31', 'blind32']
# The categories, in the column order of the weights file.
# generic was tried and left out: over the ten sets left out it lowered
# four at every threshold (learned_sentences_results.md).
CATS = ['blame', 'negative-tone', 'public-details', 'risky-promise', 'defensive', 'asks-removal']
MAX_WORDS = 600
# Chosen on the table of sets left out (see learned_sentences_results.md).
CONF = dict(epochs=20, lr=0.1, l2=3e-3, mindf=3, prune=0.02, pos_w=1.0)
# blame, the column with the most data, gains from a weaker L2: over the ten
# sets left out, +0.173 (3e-3), +0.187 (1e-3), +0.198 (3e-4) at threshold 2.5.
# negative-tone from a stronger one: at 3e-3 "Perhaps our Saturday slot would
# suit you better" read as a sneer; at 1e-2 it does not, and the ten sets
# left out gain +0.032 at threshold 3.0 (+0.035 at 3e-3).
# Judged again on 140 sets with `--later 125` (trained on the sets before
# blind125, scored pooled on blind125-140, the sealed sets of rounds 6-8,
# 2,892 drafts), blame at threshold 2.0: 3e-4 0.830, 1e-4 0.834, 3e-5 0.835,
# 1e-5 0.836. But at 3e-5 "Our delivery boy will bring the new chair round
# today." scored 3.6 and "I'm sorry our apprentice forgot the seat covers."
# 2.0: 3e-4 stays.
CONF_FOR = {'blame': dict(l2=3e-4), 'negative-tone': dict(l2=1e-2)}
# blame's threshold: on 74 sets, the ten left out gained +0.236 (1.5),
# +0.227 (2.0), +0.222 (2.5); 1.5 warned on two hand-written owning rows ("We
# rushed the fitting, which is why it keeps cutting out."), 2.0 on none, so
# 2.0 shipped with those weights. Trained on 84 sets, 2.0 warned on the same
# row and one more, 2.5 on none: 2.5 again.
# Retrained on 124 sets, thresholds chosen on sets the weights had not
# seen (`--later 109`: trained on the sets before blind109, scored pooled on
# blind109-124, the sealed sets of three rounds, about 3,000 drafts; F1 and
# the good drafts the layer newly warns on): defensive 2.5 -> 1.5: 0.904 ->
# 0.912, good +1 -> +2; asks-removal 2.0 -> 1.0: 0.974 -> 0.986, good +0;
# blame 2.5 -> 2.0: 0.804 -> 0.809, good +3 both. Lower blame (1.0: 0.817,
# 0.5: 0.825) and negative-tone (1.0: 0.814 against 0.802 at 3.0) did
# better there but warned on hand-written rows a careful reviewer passes
# ("Our delivery boy will bring the new chair round today.", "I'm sorry
# our apprentice forgot the seat covers.", "Perhaps our Saturday slot would
# suit you better; we will hold it for you."), so they stay above.
# public-details (2.0: 0.864, best 0.865) and risky-promise (1.5: 0.892,
# best 0.893) stay.
# Retrained on 140 sets; `--later 125` (with the blame veto below):
# risky-promise 1.5 -> 0.5: 0.915 -> 0.930, no good draft newly warned at
# any threshold; public-details 2.0 -> 1.0: 0.865 -> 0.874, good +0 -> +2
# (0.5: 0.875, good +4). blame (2.0: 0.857; 0.5: 0.869, good +3),
# negative-tone (3.0: 0.840, the best), defensive (1.5: 0.904, the best)
# and asks-removal (1.0: 0.968; 0.5: 0.971) stay.
# Retrained on 163 sets with two features a sentence shows by its marks,
# a question mark at its end and words in quotes (s:question, s:quoted):
# negative-tone, trained on the sets before blind141 and scored pooled on
# blind141-163 (the sealed sets of rounds 9-12, 3,773 drafts), 0.804 ->
# 0.814 at 3.0, 0.823 at 2.5 and 0.835 at 2.0, no good draft newly
# warned; `--later 125` 0.819 -> 0.832 at 3.0, 0.821 -> 0.841 at 2.0.
# But at 2.0 and 2.5 two hand-written sincere rows warn ("Not sure what
# went wrong once it left us??" scores 2.6, "They weren't "cowboys" to us
# either" 2.4): negative-tone stays at 3.0. negative-tone's L2 was tried
# again (later 141 at 1.5: 3e-3 0.828, 1e-2 0.841, 3e-2 0.852, 6e-2
# 0.821, 1e-1 0.820; later 125: 1e-2 0.852, 3e-2 0.840): noise, 1e-2 stays.
# risky-promise 0.5 -> 1.0: retrained on 163 sets, 0.5 warned on "We
# apologise for the issues you experienced." and on small gestures writers
# did not call risky ("your first frame's on the house"); later 141: 0.911
# (0.5), 0.906 (1.0), good +3 at both.
# The shipped weights scored on rounds 13-14 (`--later 165` with blind165-176
# in SETS: trained on the sets before blind165, scored pooled on
# blind165-176, 1,956 drafts): blame 0.5 0.858 (good +3), 1.0 0.848, 1.5
# 0.842, 2.0 0.836 (good +1); negative-tone 1.5 0.870, 2.0 0.876, 3.0 0.866
# (good +0). Lower thresholds did better on all three splits, but blame at
# 1.0 warns on a hand-written owning row ("We rushed the fitting, which is
# why it keeps cutting out.") and negative-tone at 2.0 on the two sincere
# rows above: both stay. Retrained on all 175 sets, the weights warned on
# those two sincere rows even at 3.0 and on "We will come back on the 14th
# to refit it." as public-details: not shipped.
THRESHOLD = {'blame': 2.0, 'negative-tone': 3.0, 'public-details': 1.0, 'risky-promise': 1.0,
             'defensive': 1.5, 'asks-removal': 1.0}
# Below this soft-max the layer takes back the rules' finding of the
# category where every one of them only warns (never a block). negative-tone:
# over blind79-88 left out in turn (88 sets), pooled F1 0.827 without, 0.850
# at -2, 0.849 at -1, 0.830 at 0: false alarms 28 -> 10 for 7 more misses.
# defensive: the same ten sets, 0.897 without, 0.907 at -2, 0.908 at -1
# (false alarms 46 -> 32 for 2 more misses); with the five-sentence floor,
# over blind88-93 and blind97-100 left out on 101 sets, 0.875 -> 0.889 at -2
# (negative-tone there 0.841 -> 0.855). public-details gained nothing (0.865
# without, 0.863 at -2, 88 sets): no veto.
# blame (`--later 125`, 140 sets, threshold 2.0): no veto 0.835, -1 0.855,
# -2 0.854, -3 0.857, -4 0.855, -5 0.852: the rules' blame warnings the layer
# scores far below were mostly labelled otherwise (a policy read out, a
# diary quoted: defensive). Blocks are never taken back.
VETO = {'negative-tone': -2.0, 'defensive': -2.0, 'blame': -3.0}
# The threshold where the reply is already found defensive (by the rules or
# the layer), if lower: a reply defending itself needs less to read as
# cold. Most negative-tone the layer missed on blind165-182 was in replies
# found defensive ("Hair grows back!", "most of our members manage the app
# just fine"). negative-tone, threshold 3.0 otherwise, with the shipped
# weights scored on blind165-182 (sets they were not trained on): 0.839,
# defended at 2.0 0.854, 1.5 0.856, 1.0 0.868. Trained on the sets before
# and scored pooled on the later ones (tone and defensive both retrained):
# after blind141 0.823, 2.0 0.838, 1.5 0.846, 1.0 0.846, 0.5 0.845; after
# blind125 0.832, 2.0 0.842, 1.5 0.851, 1.0 0.854, 0.5 0.853. Every hand-
# written sincere row is in a reply not found defensive, so none moves.
# blame the same way moves less but the same way on all three: threshold
# 2.0 otherwise, blind165-182 0.847, defended at 1.5 0.852, 1.0 0.857, 0.5
# 0.858; after blind141 0.847, 1.5 0.852, 1.0 0.852, 0.5 0.851; after
# blind125 0.846, 1.5 0.847, 1.0 0.850, 0.5 0.850.
DEFENDED = {'blame': 1.0, 'negative-tone': 1.0}
# The fewest sentences read before a warning is taken back: the layer
# learned from whole replies, and a line or two scores low whatever it says
# ("You are lying about the date." alone).
VETO_SENTENCES = 5
# The marks of a sentence (a question, words in quotes) and the categories
# that read them: for blame they moved nothing beyond noise (`--later
# 141`: 0.846 -> 0.841 at 2.0), and "Does it happen when the heating and
# hot water run together?" then warned as blame.
MARKS = ('s:question', 's:quoted')
MARKS_FOR = {'negative-tone'}
# The parts a category's model reads: only the public reply can put details
# in public, and a chosen option is not a promise outside the choices.
PARTS = {'public-details': {'public'}, 'risky-promise': {'public', 'private'}}

WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def classes():
    out = {}
    for line in open(ROOT / 'src/domain/coach/learned_sentences_words.txt'):
        if line.startswith('#') or ':' not in line:
            continue
        name, words = line.split(':', 1)
        out[name.strip()] = set(words.split())
    return out


CLASSES = classes()
PAIRS = [('staff', 'negation'), ('staff', 'causal'), ('staff', 'future'), ('staff', 'discipline'),
         ('name', 'negation'), ('name', 'causal'), ('name', 'future'), ('name', 'discipline'),
         ('outside', 'negation'), ('outside', 'causal'), ('outside', 'future'),
         ('you', 'negation'), ('you', 'causal'), ('you', 'future'),
         ('modal', 'cond'), ('modal', 'your'), ('modal', 'you')]
FLAGS = ['staff', 'name', 'named', 'outside', 'you', 'your', 'causal', 'negation',
         'discipline', 'future', 'modal', 'cond']


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
        for cls in ('staff', 'outside', 'causal', 'negation', 'discipline', 'future', 'modal',
                    'cond'):
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


def quote_ranges(src):
    """Byte-for-byte `quote_ranges` of src/domain/coach/text.rs, in
    character offsets: where each quotation's inside starts and ends."""
    marks, i = [], 0
    while i < len(src):
        m = WORD.match(src, i)
        if m:
            i = m.end()
            continue
        if src[i] in '"\'\u201c\u00ab\u2018':
            marks.append(i)
        i += 1
    byte = [0]
    for c in src:
        byte.append(byte[-1] + len(c.encode()))
    out, i = [], 0
    for at in marks:
        if at < i:
            continue
        i = at
        c = src[i]
        prev_alnum = i > 0 and src[i - 1].isalnum()
        closer = {'"': '"', '\u201c': '\u201d\u201c', '\u00ab': '\u00bb'}.get(c)
        if c in '\u2018\'' and not prev_alnum:
            closer = '\u2019' if c == '\u2018' else "'"
        if closer:
            start, found = i + 1, None
            for at2 in range(start, len(src)):
                d = src[at2]
                if byte[at2] >= byte[start] + 400 or (d == '\n' and src[at2 + 1:at2 + 2] == '\n'):
                    break
                if d not in closer or at2 == start:
                    continue
                next_alnum = at2 + 1 < len(src) and src[at2 + 1].isalnum()
                if not (d in "'\u2019" and next_alnum):
                    found = at2
                    break
            if found is not None:
                out.append((start, found))
                i = found + 1
                continue
        i += 1
    return out


def sentence_feats(part, text):
    """Each sentence of `text`: its features and its span (byte offsets)."""
    out, pos = [], 0
    quotes = quote_ranges(text) if ('"' in text or "'" in text or '\u201c' in text
                                    or '\u00ab' in text or '\u2018' in text) else []
    for s in sentences(text):
        at = text.find(s, pos)
        pos = at + len(s)
        orig = WORD.findall(s)
        words = [w.lower().replace('\u2019', "'") for w in orig]
        if not words:
            continue
        # Words and pairs count each time they occur (a bag), structural
        # features once: the Rust side then needs no bookkeeping per word.
        fs = ['w:' + w for w in words] + ['b:' + a + '_' + b for a, b in zip(words, words[1:])]
        fs += ['s:' + x for x in sorted(flags(orig, words))]
        # What the sentence says by its marks: a question ("Four dollars?
        # Really?") and the customer's words in quotes (the "orange" colour).
        if s.endswith('?'):
            fs.append('s:question')
        starts = [at + m.start() for m in WORD.finditer(s)]
        if any(a <= w < b for w in starts for a, b in quotes):
            fs.append('s:quoted')
        if part != 'public':
            fs.append('p:' + part)
        out.append((part, fs, s))
    return out


# The rules' findings a model reads: what they found in the words. What a
# draft lacks (no apology, no contact...) is left out: with it, a one-line
# draft that lacks everything scored as blame in every sentence.
FOUND = {'blame', 'defensive', 'negative-tone', 'public-details', 'shouting', 'risky-promise',
         'asks-removal', 'placeholder'}


def found_in(findings, part):
    """What the rules found in the words of one part of the draft, once each."""
    return sorted({'r:%s:%s' % (x['category'], x['severity']) for x in findings
                   if x['draft'] == part and x['category'] in FOUND})


def load(dump):
    data = {}
    for f, dn in SETS.items():
        cases = tomllib.load(open(HERE / f'{f}.toml', 'rb'))['case']
        got = {}
        for line in open(Path(dump) / f'{dn}.jsonl'):
            j = json.loads(line)
            got[j['id']] = j['findings']
        rows = []
        for c in cases:
            found = got[c['id']]
            sents = []
            for part in ('public', 'private'):
                extra = found_in(found, part)
                sents += [(p, fs + extra, s) for p, fs, s in sentence_feats(part, c.get(part, ''))]
            sents += sentence_feats('choices', '\n'.join(c.get('offered', [])))
            words = sum(len(WORD.findall(c.get(k, ''))) for k in ('public', 'private'))
            words += len(WORD.findall('\n'.join(c.get('offered', []))))
            rules = {x['category'] for x in found}
            warned = {k for k in rules
                      if all(x['severity'] == 'warn' for x in found if x['category'] == k)}
            rows.append(dict(id=c['id'], expect=set(c['expect']), rules=rules, warned=warned,
                             sents=sents, words=words))
        data[f] = rows
    return data


def features(r, cat):
    """The sentences a category's model reads, as lists of features; the
    rules' findings of the category itself are not among them, nor the
    marks where the category does not read them."""
    own = 'r:%s:' % cat
    parts = PARTS.get(cat, {'public', 'private', 'choices'})
    skip = () if cat in MARKS_FOR else MARKS
    return [[j for j in fs if not j.startswith(own) and j not in skip]
            for p, fs, _ in r['sents'] if p in parts]


def lse(zs):
    m = max(zs)
    return m + math.log(sum(math.exp(z - m) for z in zs))


def train(rows, cat, epochs, lr, l2, mindf, prune, pos_w, **_):
    sents = [features(r, cat) for r in rows]
    df = Counter(j for ss in sents for j in set().union(*[set(x) for x in ss]))
    X = [[[j for j in x if df[j] >= mindf] for x in ss] for ss in sents]
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


def score(model, r, cat):
    """The soft-max of the sentence scores; None for a reply the layer
    leaves to the rules (over MAX_WORDS words, as learned_sentences.rs)."""
    if r['words'] > MAX_WORDS:
        return None
    W, b = model
    zs = [b + sum(W.get(j, 0) for j in s) for s in features(r, cat)]
    return lse(zs) if zs else None


def predict(model, r, cat, threshold):
    z = score(model, r, cat)
    if z is None or z <= threshold:
        return False
    # Blame whose top sentence says the fault is ours ("I won't blame the
    # courier: the packing was ours") is owned, not put on anyone.
    # "There's no need to update your review" asks for nothing.
    if cat in ('blame', 'asks-removal'):
        W, b = model
        feats = features(r, cat)
        zs = [b + sum(W.get(j, 0) for j in x) for x in feats]
        top = feats[zs.index(max(zs))]
        # A remedy to come with no failure or cause in it ("our delivery
        # boy will bring the new chair round today"): `--later 125`, 140
        # sets, 0.850 -> 0.847 at 2.0, and that hand-written row passes.
        if cat == 'blame' and 's:future' in top and not {'s:negation', 's:causal'} & set(top):
            return False
        return ('w:ours' if cat == 'blame' else 'b:no_need') not in top
    return True


def decide(model, r, cat, threshold, veto, defended=False):
    """The rules and the layer together, as learned_sentences.rs: the layer
    adds the category where the rules found none, and takes back the rules'
    finding where every one of them only warns and it scores below `veto`.
    `defended`: the reply is found defensive, and DEFENDED may lower the
    threshold."""
    if cat not in r['rules']:
        if defended:
            threshold = min(threshold, DEFENDED.get(cat, math.inf))
        return predict(model, r, cat, threshold)
    if cat not in r['warned'] or veto == -math.inf or len(features(r, cat)) < VETO_SENTENCES:
        return True
    z = score(model, r, cat)
    return z is None or z >= veto


def prf(t):
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def tally(rows, cat, hit):
    t = [0, 0, 0]
    for r in rows:
        want, h = cat in r['expect'], hit(r)
        t[0] += want and h
        t[1] += (not want) and h
        t[2] += want and not h
    return t


def table(data, cats, conf, held=HELD, grid=(1.5, 2.0, 2.5, 3.0)):
    """Each set of `held` left out in turn: the rules alone against the
    rules with the layer, at each threshold of `grid`; good drafts the layer
    newly warns on are counted."""
    for cat in cats:
        print(f'## {cat}', flush=True)
        sums = {t: [] for t in grid}
        for h in held:
            model = train([r for f, rs in data.items() if f != h for r in rs], cat,
                          **{**conf, **CONF_FOR.get(cat, {})})
            rules = prf(tally(data[h], cat, lambda r: cat in r['rules']))
            line = f'{h:8} rules {rules[0]:.2f}/{rules[1]:.2f}/{rules[2]:.2f}'
            for t in grid:
                both = prf(tally(data[h], cat,
                                 lambda r: decide(model, r, cat, t, VETO.get(cat, -math.inf))))
                good = sum(1 for r in data[h] if not r['expect'] and cat not in r['rules']
                           and predict(model, r, cat, t))
                sums[t].append(both[2] - rules[2])
                line += f' | {t}: {both[0]:.2f}/{both[1]:.2f}/{both[2]:.2f} good+{good}'
            print(line, flush=True)
        print('mean F1 change ' + ' '.join(f'{t}: {sum(v) / len(v):+.3f} (fell on {sum(x < 0 for x in v)})'
                                           for t, v in sums.items()), flush=True)


def later(data, cats, conf, first, grid=(0.5, 1.0, 1.5, 2.0, 2.5, 3.0)):
    """Trained on the sets before blind`first`, scored pooled on blind`first`
    and after: how the thresholds carry to sets written later."""
    def num(f):
        return int(f[5:]) if f.startswith('blind') and f[5:].isdigit() else 0
    test = [r for f, rs in data.items() if num(f) >= first for r in rs]
    train_rows = [r for f, rs in data.items() if num(f) < first for r in rs]
    found = {}
    if set(cats) & set(DEFENDED):
        d = train(train_rows, 'defensive', **{**conf, **CONF_FOR.get('defensive', {})})
        found = {id(r): decide(d, r, 'defensive', THRESHOLD['defensive'], VETO['defensive'])
                 for r in test}
    for cat in cats:
        m = train(train_rows, cat, **{**conf, **CONF_FOR.get(cat, {})})
        rules = prf(tally(test, cat, lambda r: cat in r['rules']))
        line = f'{cat:15} rules {rules[2]:.3f} |'
        for t in grid:
            p, rc, f1 = prf(tally(test, cat, lambda r: decide(m, r, cat, t, VETO.get(cat, -math.inf),
                                                             found.get(id(r), False))))
            good = sum(1 for r in test if not r['expect'] and cat not in r['rules']
                       and predict(m, r, cat, t))
            line += f' {t}: {f1:.3f} (P {p:.2f}, good+{good})'
        print(line, flush=True)


def write(data, conf):
    models = [train([r for rs in data.values() for r in rs], cat, **{**conf, **CONF_FOR.get(cat, {})})
              for cat in CATS]
    keys = sorted(set().union(*[set(W) for W, _ in models]))
    out = ROOT / 'src/domain/coach/learned_sentences_weights.tsv'
    with open(out, 'w') as fh:
        fh.write("# Weights of the coach's learned sentence layer (src/domain/coach/learned_sentences.rs).\n")
        fh.write(f'# Made by tests/data/coach/train_sentences.py --write with {conf}, on every set.\n')
        fh.write('# Columns: feature, then a weight for each category of the header row. The\n')
        fh.write("# next rows are the bias, the threshold a draft's soft-max of sentence\n")
        fh.write("# scores must pass, and the veto below which the rules' warnings of the\n")
        fh.write('# column are taken back (-inf: none), and the threshold where the reply\n')
        fh.write('# is already found defensive, if lower (inf: none).\n')
        fh.write('category\t' + '\t'.join(CATS) + '\n')
        fh.write('bias\t' + '\t'.join('%.3f' % b for _, b in models) + '\n')
        fh.write('threshold\t' + '\t'.join('%.3f' % THRESHOLD[c] for c in CATS) + '\n')
        fh.write('veto\t' + '\t'.join('%.3f' % VETO.get(c, -math.inf) for c in CATS) + '\n')
        fh.write('defended\t' + '\t'.join('%.3f' % DEFENDED.get(c, math.inf) for c in CATS) + '\n')
        for k in keys:
            fh.write(k + '\t' + '\t'.join('%.3f' % W.get(k, 0.0) for W, _ in models) + '\n')
    print(f'{len(keys)} features written to {out}')


def read_weights():
    cats, models, thr, veto = [], [], [], []
    for line in open(ROOT / 'src/domain/coach/learned_sentences_weights.tsv'):
        if line.startswith('#'):
            continue
        k, *v = line.rstrip('\n').split('\t')
        if k == 'category':
            cats = v
            models = [({}, 0.0) for _ in v]
        elif k == 'bias':
            models = [(W, float(x)) for (W, _), x in zip(models, v)]
        elif k == 'threshold':
            thr = [float(x) for x in v]
        elif k == 'veto':
            veto = [float(x) for x in v]
        elif k == 'defended':
            DEFENDED.clear()
            DEFENDED.update({c: float(x) for c, x in zip(cats, v) if float(x) != math.inf})
        else:
            for (W, _), x in zip(models, v):
                if float(x) != 0.0:
                    W[k] = float(x)
    return cats, models, thr, veto or [-math.inf] * len(cats)


def agree(data, dump2):
    """Python's reading of the shipped weights file against Rust's: dump2 is a
    dump made with the layer on; every draft's categories must be the same."""
    cats, models, thr, veto = read_weights()
    off = 0
    for f, rows in data.items():
        rust = {}
        for line in open(Path(dump2) / f'{SETS[f]}.jsonl'):
            j = json.loads(line)
            rust[j['id']] = {x['category'] for x in j['findings']}
        d = cats.index('defensive')

        def defended(r):
            return decide(models[d], r, 'defensive', thr[d], veto[d])
        bad = [(r['id'], c) for r in rows for c, m, t, v in zip(cats, models, thr, veto)
               if decide(m, r, c, t, v, defended(r)) != (c in rust[r['id']])]
        off += len(bad)
        print(f'{f:8} {len(rows)} drafts, {len(bad)} disagree {bad[:4]}')
    print(f'Rust and Python disagree on {off} draft-categories')


if __name__ == '__main__':
    data = load(sys.argv[1])
    conf = dict(CONF)
    for a in sys.argv[2:]:
        if '=' in a:
            k, v = a.split('=')
            conf[k] = type(CONF[k])(v)
    cats = sys.argv[sys.argv.index('--cat') + 1].split(',') if '--cat' in sys.argv else CATS
    if '--agree' in sys.argv:
        agree(data, sys.argv[sys.argv.index('--agree') + 1])
    elif '--later' in sys.argv:
        later(data, cats, conf, int(sys.argv[sys.argv.index('--later') + 1]))
    elif '--write' in sys.argv:
        write(data, conf)
    else:
        held = sys.argv[sys.argv.index('--held') + 1].split(',') if '--held' in sys.argv else HELD
        table(data, cats, conf, held)
