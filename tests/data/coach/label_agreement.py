"""How far a second careful labeller agrees with a set's writer, category by category.

Run from the repository root: python3 tests/data/coach/label_agreement.py 18
"""
import tomllib,sys
cats="no-apology no-empathy no-thanks blame defensive no-choices no-contact public-details shouting generic negative-tone risky-promise asks-removal placeholder legal-risk".split()
n=sys.argv[1]
gold={c['id']:set(c.get('expect',[])) for c in tomllib.load(open(f'tests/data/coach/blind{n}.toml','rb'))['case']}
lab={k:set(v) for k,v in tomllib.load(open(f'tests/data/coach/second_labels/blind{n}.toml','rb')).items()}
missing=[k for k in gold if k not in lab]
print('cases',len(gold),'labelled',len(lab),'missing',len(missing))
f1s=[]
print('| category | writer | labeller | both | F1 (labeller vs writer) |')
print('|---|---|---|---|---|')
for c in cats:
    g={k for k in gold if c in gold[k]}; l={k for k in gold if c in lab.get(k,set())}
    tp=len(g&l); p=tp/len(l) if l else 0; r=tp/len(g) if g else 0; f=2*p*r/(p+r) if p+r else 0
    if g or l: f1s.append(f)
    print(f'| {c} | {len(g)} | {len(l)} | {tp} | {f:.2f} |')
print('macro',round(sum(f1s)/len(f1s),3))
gg={k for k in gold if not gold[k]}; lg={k for k in gold if not lab.get(k,{'x'})}
print('good: writer',len(gg),'labeller',len(lg),'both',len(gg&lg))
