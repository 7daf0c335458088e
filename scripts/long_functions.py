"""Functions longer than 80 lines in a Rust source tree (a brace-counting
heuristic, good enough for the house rule): python3 scripts/long_functions.py src"""
import re,sys,os
res=[]
for root,_,files in os.walk(sys.argv[1]):
    for f in files:
        if not f.endswith('.rs'): continue
        p=os.path.join(root,f); lines=open(p).read().split('\n')
        i=0
        while i<len(lines):
            l=lines[i]
            if re.match(r'\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?fn\s+\w+',l) and not l.strip().startswith('//'):
                # find opening brace
                depth=0; started=False; j=i
                while j<len(lines):
                    s=re.sub(r'"(\\.|[^"\\])*"','""',lines[j]); s=re.sub(r"b?'(\\.|[^'\\])'","''",s); s=re.sub(r"//.*","",s)
                    for ch in s:
                        if ch=='{': depth+=1; started=True
                        elif ch=='}': depth-=1
                    if started and depth<=0: break
                    if not started and s.rstrip().endswith(';'): break
                    j+=1
                if started: res.append((j-i+1,p,i+1,l.strip()[:70]))
                i=j+1 if started else i+1
            else: i+=1
res.sort(reverse=True)
for n,p,ln,l in res:
    if n>80: print(n,p,ln,l)
