"""Draws the gold-standard units (framelens issue 11). Run once; output: units-master.csv (with
strata, engine fields, split) and the coder view (blind: no side, category, entry or stratum)."""
import csv, json, random, collections, hashlib
SEED = 20261201
rng = random.Random(SEED)
NEG = set("not no never without neither nor none nobody nothing nowhere cannot hardly scarcely barely isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't ain't won't wouldn't can't couldn't shan't shouldn't mustn't mightn't needn't daren't oughtn't".split())
TRAIL = set('.!?…;:,"\'”’»)]')

def load(c):
    docs = {}
    for l in open(f'raw/{c}-docs.jsonl'):
        d = json.loads(l); docs[d['doc']] = d['text']
    toks = collections.defaultdict(list)  # (doc, sentence) -> [(start, end, token)]
    for r in csv.DictReader(open(f'raw/{c}-tokens.csv')):
        toks[(r['doc'], int(r['sentence']))].append((int(r['start']), int(r['end']), r['token']))
    hits = []
    for src in ('v1', 'pool'):
        for r in csv.DictReader(open(f'raw/{c}-hits-{src}.csv')):
            r['source'] = src; r['corpus'] = c
            r['start'] = int(r['start']); r['end'] = int(r['end']); r['sentence'] = int(r['sentence'])
            hits.append(r)
    return docs, toks, hits

def sentence_span(docs, toks, key):
    t = toks[key]; text = docs[key[0]]
    s, e = t[0][0], t[-1][1]
    while e < len(text) and text[e] in TRAIL: e += 1
    return s, e

units = []
def add(kind, stratum, split, corpus, doc, sent, s_start, s_end, text, hit=None, weight=1.0):
    u = dict(kind=kind, stratum=stratum, split=split, corpus=corpus, doc=doc, sentence=sent,
             sentence_start=s_start, sentence_end=s_end, weight=weight)
    sentence_text = text[s_start:s_end]
    if hit:
        a, b = hit['start'] - s_start, hit['end'] - s_start
        u.update(start=hit['start'], end=hit['end'], entry=hit['entry'], category=hit['category'],
                 side=hit['side'], negated=hit['negated'], negator=hit.get('negator', ''), source=hit['source'],
                 shown=sentence_text[:a] + '[[' + sentence_text[a:b] + ']]' + sentence_text[b:])
    else:
        u.update(start=s_start, end=s_end, entry='', category='', side='', negated='', negator='', source='',
                 shown=sentence_text)
    u['text'] = sentence_text
    units.append(u)

for corpus in ('seeds', 'europarl'):
    docs, toks, hits = load(corpus)
    ids = sorted(docs)
    if corpus == 'seeds':
        split_of = {d: 'dev' for d in ids}
    else:
        shuffled = ids[:]; rng.shuffle(shuffled)
        half = set(shuffled[:len(shuffled) // 2])
        split_of = {d: ('dev' if d in half else 'test') for d in ids}
    # pool hits that overlap a v1 hit are dropped (v1 wins)
    v1spans = collections.defaultdict(list)
    for h in hits:
        if h['source'] == 'v1': v1spans[h['doc']].append((h['start'], h['end']))
    hits = [h for h in hits if h['source'] == 'v1' or not any(a < h['end'] and h['start'] < b for a, b in v1spans[h['doc']])]
    # negation-scope candidates: alarm entries (v1 or pool, negated or not) with a negator among the 8 tokens before, same sentence
    def near_negator(h):
        t = toks[(h['doc'], h['sentence'])]
        idx = [i for i, x in enumerate(t) if x[0] == h['start']]
        if not idx: return False
        i = idx[0]
        return any(x[2] in NEG for x in t[max(0, i - 8):i])
    strata = collections.defaultdict(list)
    for h in hits:
        alarm_entry = h['side'] == 'alarm' or h['negated'] == 'true'
        if alarm_entry and near_negator(h): st = 'negation'
        elif h['source'] == 'v1': st = f"v1:{h['side']}:{h['category']}"
        else: st = f"pool:{h['side']}:{h['category']}"
        strata[(split_of[h['doc']], st)].append(h)
    # sentence strata
    sides = collections.defaultdict(set)
    for h in hits:
        if h['source'] == 'v1': sides[(h['doc'], h['sentence'])].add(h['side'])
    sstrata = collections.defaultdict(list)
    for key, t in toks.items():
        if len(t) < 6: continue
        s = sides.get(key, set())
        st = 'sentence:alarm' if 'alarm' in s else 'sentence:reassurance' if s else 'sentence:nohit'
        sstrata[(split_of[key[0]], st)].append(key)
    if corpus == 'seeds':
        quota = lambda st: 10**9 if not st.startswith('sentence') else {'sentence:alarm': 12, 'sentence:reassurance': 8, 'sentence:nohit': 20}[st]
    else:
        def quota(st):
            if st == 'negation': return 10**9
            if st.startswith('sentence'): return {'sentence:alarm': 30, 'sentence:reassurance': 20, 'sentence:nohit': 50}[st]
            src, side, cat = st.split(':')
            if src == 'v1': return {'threat': 20, 'urgency': 20, 'delegitimising_labels': 20, 'catastrophe': 15, 'escalation': 15}.get(cat, 20)
            return 6 if side == 'alarm' else 10
    for (split, st), hs in sorted(strata.items()):
        hs = sorted(hs, key=lambda h: (h['doc'], h['start'], h['source']))
        k = min(quota(st), len(hs)); pick = rng.sample(hs, k)
        for h in pick:
            s0, s1 = sentence_span(docs, toks, (h['doc'], h['sentence']))
            add('cue', st, split, corpus, h['doc'], h['sentence'], s0, s1, docs[h['doc']], h, weight=len(hs) / k)
    for (split, st), keys in sorted(sstrata.items()):
        keys = sorted(keys); k = min(quota(st), len(keys)); pick = rng.sample(keys, k)
        for key in pick:
            s0, s1 = sentence_span(docs, toks, key)
            add('sentence', st, split, corpus, key[0], key[1], s0, s1, docs[key[0]], weight=len(keys) / k)

rng.shuffle(units)
for i, u in enumerate(units, start=1): u['unit'] = 'U%04d' % i
cols = ['unit', 'kind', 'stratum', 'split', 'weight', 'corpus', 'doc', 'sentence', 'sentence_start', 'sentence_end',
        'start', 'end', 'entry', 'category', 'side', 'negated', 'negator', 'source', 'text', 'shown']
with open('units-master.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=cols); w.writeheader(); [w.writerow(u) for u in units]
with open('units-for-coders.csv', 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['unit', 'kind', 'text'])
    for u in units: w.writerow([u['unit'], u['kind'], u['shown']])
c = collections.Counter((u['split'], u['stratum']) for u in units)
for k in sorted(c): print(k, c[k])
print('total', len(units), collections.Counter(u['split'] for u in units), collections.Counter(u['kind'] for u in units))
