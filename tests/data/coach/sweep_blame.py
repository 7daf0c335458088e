#!/usr/bin/env python3
"""The leave-one-set-out sweep that chose the blame layer's settings
(learned_blame_results.md, section 8): for one L2, each blind set is left
out in turn, the model trained once on the others (train_blame.train) and
scored, added to the rules, at each threshold.

    python3 tests/data/coach/sweep_blame.py /tmp/dump 0.003
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import train_blame as T  # noqa: E402

THRESHOLDS = [2.0, 2.5, 3.0, 3.5]


def main(dump, l2):
    data = T.load(dump)
    conf = dict(T.CONF, l2=l2)
    res = {t: [] for t in THRESHOLDS}
    for h in T.HELD:
        model = T.train([r for f, rs in data.items() if f != h for r in rs], T.CAT, **conf)
        for t in THRESHOLDS:
            rules, both, add = [0, 0, 0], [0, 0, 0], [0, 0]
            for r in data[h]:
                want, ru = T.CAT in r['expect'], T.CAT in r['rules']
                m = not ru and T.predict(model, r, t)
                for tt, hit in ((rules, ru), (both, ru or m)):
                    tt[0] += want and hit
                    tt[1] += (not want) and hit
                    tt[2] += want and not hit
                if m:
                    add[0 if want else 1] += 1
            res[t].append((h, T.prf(rules)[2], T.prf(both)[2], add))
    for t in THRESHOLDS:
        d = [c - a for _, a, c, _ in res[t]]
        right, wrong = (sum(x[3][k] for x in res[t]) for k in (0, 1))
        print(f'l2 {l2} th {t}: mean {sum(d) / len(d):+.4f} rose {sum(x > 0.0005 for x in d)} '
              f'fell {sum(x < -0.0005 for x in d)} right {right}/{right + wrong} '
              + ' '.join(f'{h}:{c:.2f}' for h, _, c, _ in res[t]), flush=True)


if __name__ == '__main__':
    main(sys.argv[1], float(sys.argv[2]))
