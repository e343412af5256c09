"""The scikit-learn side of benchmarks/whole-process.sh: `framelens terms FOLDER --top 0 --format csv`
done with CountVectorizer in a fresh Python process.

Reads every .txt file of FOLDER (UTF-8, file-name order), counts lower-cased word tokens with
CountVectorizer (a token pattern close to framelens' words: letters and digits, with inner
apostrophes and hyphens; a possessive 's removed; framelens' own stop-word list), and writes term,count,doc_freq,per_1k
(per 1,000 counted tokens) to stdout, most frequent first, ties by term -- the columns and order of
framelens' table.
Usage: python sklearn-terms.py FOLDER STOPWORDS_FILE
"""
import csv, os, re, sys

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

folder, stop_file = sys.argv[1], sys.argv[2]
with open(stop_file, encoding='utf-8') as f:
    stop = [w.strip() for w in f if w.strip() and not w.startswith('#')]
names = sorted(n for n in os.listdir(folder) if n.endswith('.txt'))
# framelens drops a possessive 's ("Commission's" counts as "commission"); so does this side
possessive = re.compile(r"['\u2019]s\b")
texts = []
for n in names:
    with open(os.path.join(folder, n), encoding='utf-8') as f:
        texts.append(possessive.sub('', f.read()))
vectorizer = CountVectorizer(lowercase=True, token_pattern=r"(?u)[^\W_]+(?:['\u2019-][^\W_]+)*", stop_words=stop)
x = vectorizer.fit_transform(texts)
counts = np.asarray(x.sum(axis=0)).ravel()
doc_freq = np.diff(x.tocsc().indptr)
terms = vectorizer.get_feature_names_out()
total = counts.sum()
order = sorted(range(len(terms)), key=lambda i: (-counts[i], terms[i]))
w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['term', 'count', 'doc_freq', 'per_1k'])
for i in order:
    w.writerow([terms[i], int(counts[i]), int(doc_freq[i]), repr(1000.0 * counts[i] / total)])
