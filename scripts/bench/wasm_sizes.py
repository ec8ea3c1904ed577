#!/usr/bin/env python3
"""Code size by function of a .wasm that keeps its name section (twiggy cannot read this
module: it stops at the bulk-memory opcodes). Used by scripts/bench/wasm_sizes.sh.

  python3 scripts/bench/wasm_sizes.py FILE.wasm            the 40 biggest functions
  python3 scripts/bench/wasm_sizes.py FILE.wasm REGEX [N]  the functions whose name matches, their total
"""
import sys, re, collections
d = open(sys.argv[1], 'rb').read()
def leb(i):
    r = s = 0
    while True:
        b = d[i]; i += 1; r |= (b & 0x7f) << s; s += 7
        if b < 0x80: return r, i
pos = 8; n_imp_funcs = 0; bodies = []; names = {}; data_size = 0
while pos < len(d):
    sid = d[pos]; size, p = leb(pos + 1); end = p + size
    if sid == 2:
        cnt, q = leb(p)
        for _ in range(cnt):
            l, q = leb(q); q += l; l, q = leb(q); q += l
            kind = d[q]; q += 1
            if kind == 0: _, q = leb(q); n_imp_funcs += 1
            elif kind == 1: q += 1; fl, q = leb(q); _, q = leb(q); q = leb(q)[1] if fl & 1 else q
            elif kind == 2: fl, q = leb(q); _, q = leb(q); q = leb(q)[1] if fl & 1 else q
            elif kind == 3: q += 2
    elif sid == 10:
        cnt, q = leb(p)
        for _ in range(cnt):
            l, q = leb(q); bodies.append(l); q += l
    elif sid == 11:
        data_size = size
    elif sid == 0:
        nl, q = leb(p); nm = d[q:q + nl]; q += nl
        if nm == b'name':
            while q < end:
                sub = d[q]; ssz, q2 = leb(q + 1); send = q2 + ssz
                if sub == 1:
                    cnt, r = leb(q2)
                    for _ in range(cnt):
                        idx, r = leb(r); l, r = leb(r); names[idx] = d[r:r + l].decode('utf8', 'replace'); r += l
                q = send
    pos = end
rows = [(bodies[i], names.get(i + n_imp_funcs, f'#{i + n_imp_funcs}')) for i in range(len(bodies))]
print('code', sum(b for b, _ in rows), 'data', data_size, 'functions', len(rows))
pat = sys.argv[2] if len(sys.argv) > 2 else None
if pat:
    sel = [(b, n) for b, n in rows if re.search(pat, n)]
    print('matching', pat, sum(b for b, _ in sel), len(sel))
    for b, n in sorted(sel, reverse=True)[:int(sys.argv[3]) if len(sys.argv) > 3 else 20]: print(b, n[:150])
else:
    for b, n in sorted(rows, reverse=True)[:40]: print(b, n[:150])
