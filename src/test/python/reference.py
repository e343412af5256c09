#!/usr/bin/env python3
"""Independent reference implementation of framelens' term statistics.

Written from the published definitions, not from the Java code, so that the engine's output
can be checked against a second implementation fed the engine's own ``tokens`` export.
Python 3 standard library only.

Input: the CSV that ``framelens tokens CORPUS --format csv`` prints, with the columns
``doc,sentence,position,start,end,token``: one row per kept token (after stop-word
filtering), ``sentence`` and ``position`` 1-based, ``position`` numbering the kept tokens of a
document. ``start``/``end`` are read but not used.

Subcommands (all print CSV on stdout; integers as integers, floats with ``repr()``, i.e. the
shortest string that reads back to the same double):

``terms TOKENS.csv``
    term,count,doc_freq,per_1k -- per_1k = 1000 * count / total tokens; sorted by count
    descending, then term.

``tfidf TOKENS.csv``
    doc,term,count,per_1k,tf_idf -- per_1k = 1000 * count / tokens of the document; tf-idf is
    scikit-learn's default TfidfVectorizer variant: count * (ln((1 + n) / (1 + df)) + 1), each
    document's row divided by its Euclidean norm; n = number of documents in the export (a
    document with no kept token has no row there, so it is not counted). Sorted by doc, then
    tf_idf descending, then term.

``cooccur TOKENS.csv --term T [--window K] [--scope window|sentence|document] [--sentence]``
    term,neighbor,count,term_total,neighbor_total,pmi,npmi,g2,dice,t_score for every u with
    c(T, u) > 0 (no minimum-count filter), sorted by count descending, then neighbor.
    Pair counts c(t, u), ordered:
      window   -- for every two tokens of one document at positions i < j with j - i <= K
                  (default 5), and with --sentence in the same sentence, whose terms t, u differ:
                  c(t, u) += 1 and c(u, t) += 1;
      sentence -- c(t, u) = number of sentences containing both t and u (t != u);
      document -- c(t, u) = number of documents containing both t and u (t != u).
    P = sum of c over all ordered pairs; c(t, .) = sum_u c(t, u); c(., u) = sum_t c(t, u).
    With a = c(T, u), R = c(T, .), C = c(., u) and the 2x2 table
    [[a, R - a], [C - a, P - R - C + a]]:
      pmi     = log2(a P / (R C))                        Church & Hanks 1990
      npmi    = pmi / -log2(a / P), 1 when a = P         Bouma 2009
      g2      = 2 sum O ln(O / E), E = row * col / P,    Dunning 1993, all four cells,
                0 ln 0 = 0
      dice    = 2 a / (R + C)
      t_score = (a - R C / P) / sqrt(a)                  Manning & Schuetze 1999, ch. 5

``compare TOKENS.csv METADATA.csv --by COL --a V --b V [--alpha0 A]``
    term,count_a,count_b,per_1k_a,per_1k_b,delta,z,g2 for every term with
    count_a + count_b > 0; group a = documents whose metadata column COL equals V (METADATA.csv
    has a ``doc`` column matching the tokens' ``doc``), likewise b. With y_a, y_b the term's
    counts, n_a, n_b the groups' token totals, pi = (y_a + y_b) / (n_a + n_b) and
    alpha_w = alpha0 * pi (Monroe, Colaresi & Quinn 2008, informative Dirichlet prior):
      delta = ln((y_a + alpha_w) / (n_a + alpha0 - y_a - alpha_w))
              - ln((y_b + alpha_w) / (n_b + alpha0 - y_b - alpha_w))
      z     = delta / sqrt(1 / (y_a + alpha_w) + 1 / (y_b + alpha_w))
      g2    = Dunning's four-cell G2 of [[y_a, y_b], [n_a - y_a, n_b - y_b]], positive when
              y_a / n_a > y_b / n_b, negative when smaller, 0 when equal.
    alpha0 defaults to 500 (the engine's documented default). Sorted by z descending, then term.

``validate CODED.csv [SECOND.csv] --level side|category|entry|agreement``
    Scores a coding file of ``framelens validate sample`` (columns id, unit, doc, sentence,
    start, end, text, matched, entry, category, side, negated, stratum, stratum_size, code), from
    the definitions:
      precision of a group of hit units = correct / (correct + wrong), Wilson (1927) 95 %
        interval with z = 1.959963984540054: centre (p + z^2/2n) / (1 + z^2/n), half width
        z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2);
      per side, the strata (column stratum) are weighted by N_h / n_h (N_h = stratum_size, n_h
        the coded units of the stratum), and the precision is the combined ratio
        sum_h w_h y_h / sum_h w_h x_h with x = 1 for every coded unit, y = 1 for correct ones;
      recall of side S from the coded sentence units: x = 1 when coded S, y = x when the
        sentence's stratum (sentence:none|alarm|reassurance|both) has hits of side S;
      the ratio's variance by linearisation: d = y - R x per unit, v = sum_h N_h^2 var_h(d) / n_h
        / X^2 with var_h the population variance (divisor n_h) of the stratum's d values; the
        interval is Wilson's at n* = min(sum x, R(1-R)/v) (sum x when v = 0);
      agreement over the units both coders coded: Krippendorff's alpha (nominal, 2011) as
        1 - D_o / D_e with D_o the mean over pairable values of the within-unit mismatches
        (each unit's ordered pairs of values weighted 1/(m_u - 1)) and D_e the mismatch rate of
        all ordered pairs of pairable values; Cohen's (1960) kappa (p_o - p_e) / (1 - p_e).
    Columns as the engine's ``validate score --format csv`` prints them; NaN as ``NaN``.

Term and document order: strings are compared by their UTF-16 code units, the order of Java's
``String.compareTo``, so that ties come out in the engine's order.

Exit status: 0 on success, 1 for bad input data (named file, line and problem), 2 for usage
errors.
"""

import argparse
import csv
import math
import sys
from collections import Counter, defaultdict

TOKEN_COLUMNS = ("doc", "sentence", "position", "start", "end", "token")
DEFAULT_WINDOW = 5
DEFAULT_ALPHA0 = 500.0


class DataError(Exception):
    """Bad input data; the message says which file and line and what is wrong."""


class Token:
    __slots__ = ("doc", "sentence", "position", "term")

    def __init__(self, doc, sentence, position, term):
        self.doc = doc
        self.sentence = sentence
        self.position = position
        self.term = term


def java_order(text):
    """Sort key that orders strings like Java's String.compareTo (UTF-16 code units)."""
    return text.encode("utf-16-be", "surrogatepass")


def read_tokens(path):
    """Reads a tokens export; returns Tokens sorted by (doc, position)."""
    tokens = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in TOKEN_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError("%s: missing column(s) %s; expected the header %s"
                            % (path, ", ".join(missing), ",".join(TOKEN_COLUMNS)))
        for row in reader:
            line = reader.line_num
            try:
                sentence = int(row["sentence"])
                position = int(row["position"])
            except (TypeError, ValueError):
                raise DataError("%s, line %d: sentence and position must be integers, got %r and %r"
                                % (path, line, row["sentence"], row["position"]))
            if sentence < 1 or position < 1:
                raise DataError("%s, line %d: sentence (%d) and position (%d) must be >= 1"
                                % (path, line, sentence, position))
            if not row["token"]:
                raise DataError("%s, line %d: empty token" % (path, line))
            tokens.append(Token(row["doc"], sentence, position, row["token"]))
    tokens.sort(key=lambda t: (java_order(t.doc), t.position))
    for previous, current in zip(tokens, tokens[1:]):
        if previous.doc == current.doc and previous.position == current.position:
            raise DataError("%s: document %s has two tokens at position %d"
                            % (path, current.doc, current.position))
    return tokens


def by_document(tokens):
    """Maps doc -> its tokens in position order (input is sorted by doc, position)."""
    docs = defaultdict(list)
    for token in tokens:
        docs[token.doc].append(token)
    return docs


def fmt(value):
    if isinstance(value, bool):
        raise TypeError("no booleans in the output")
    if isinstance(value, float):
        return "NaN" if value != value else repr(value)
    return str(value)


def write_csv(out, header, rows):
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([fmt(v) for v in row])


# ---------------------------------------------------------------------------------------------
# Statistics, each from its definition.

def smooth_idf(n_documents, document_frequency):
    """scikit-learn's smooth idf: ln((1 + n) / (1 + df)) + 1."""
    return math.log((1 + n_documents) / (1 + document_frequency)) + 1.0


def g2_four_cell(o11, o12, o21, o22):
    """Dunning's G2 = 2 * sum O ln(O/E) over the four cells, E from the margins, 0 ln 0 = 0."""
    n = o11 + o12 + o21 + o22
    rows = (o11 + o12, o21 + o22)
    cols = (o11 + o21, o12 + o22)
    cells = ((o11, 0, 0), (o12, 0, 1), (o21, 1, 0), (o22, 1, 1))
    total = 0.0
    for observed, i, j in cells:
        if observed > 0:
            expected = rows[i] * cols[j] / n
            total += observed * math.log(observed / expected)
    return 2.0 * total


def association(a, row_total, col_total, total):
    """pmi, npmi, g2, dice, t_score of a pair with a >= 1."""
    pmi = math.log2(a * total / (row_total * col_total))
    npmi = 1.0 if a == total else pmi / -math.log2(a / total)
    g2 = g2_four_cell(a, row_total - a, col_total - a, total - row_total - col_total + a)
    dice = 2 * a / (row_total + col_total)
    t_score = (a - row_total * col_total / total) / math.sqrt(a)
    return pmi, npmi, g2, dice, t_score


def signed_g2(count_a, total_a, count_b, total_b):
    """Four-cell G2 of [[y_a, y_b], [n_a - y_a, n_b - y_b]], signed by y_a/n_a vs y_b/n_b."""
    left, right = count_a * total_b, count_b * total_a  # exact integer comparison of the rates
    if left == right:
        return 0.0
    g2 = g2_four_cell(count_a, count_b, total_a - count_a, total_b - count_b)
    return g2 if left > right else -g2


def log_odds(count_a, total_a, count_b, total_b, alpha_w, alpha0):
    """Monroe et al. (2008) log-odds ratio with informative Dirichlet prior: (delta, z)."""
    odds_a = (count_a + alpha_w) / (total_a + alpha0 - count_a - alpha_w)
    odds_b = (count_b + alpha_w) / (total_b + alpha0 - count_b - alpha_w)
    delta = math.log(odds_a) - math.log(odds_b)
    variance = 1 / (count_a + alpha_w) + 1 / (count_b + alpha_w)
    return delta, delta / math.sqrt(variance)


# ---------------------------------------------------------------------------------------------
# Subcommands.

def terms_rows(tokens):
    counts = Counter(t.term for t in tokens)
    documents = defaultdict(set)
    for t in tokens:
        documents[t.term].add(t.doc)
    total = len(tokens)
    rows = [(term, count, len(documents[term]), 1000 * count / total) for term, count in counts.items()]
    rows.sort(key=lambda r: (-r[1], java_order(r[0])))
    return rows


def tfidf_rows(tokens):
    docs = by_document(tokens)
    n = len(docs)
    document_frequency = Counter()
    for doc_tokens in docs.values():
        document_frequency.update({t.term for t in doc_tokens})
    rows = []
    for doc, doc_tokens in docs.items():
        counts = Counter(t.term for t in doc_tokens)
        weights = {term: count * smooth_idf(n, document_frequency[term]) for term, count in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        for term, count in counts.items():
            rows.append((doc, term, count, 1000 * count / len(doc_tokens), weights[term] / norm))
    rows.sort(key=lambda r: (java_order(r[0]), -r[4], java_order(r[1])))
    return rows


class PairCounts:
    """Ordered pair counts: full margins and total, and the row c(target, .) itemised."""

    def __init__(self, target):
        self.target = target
        self.row_total = Counter()   # c(t, .)
        self.col_total = Counter()   # c(., u)
        self.total = 0               # P
        self.with_target = Counter() # u -> c(target, u)

    def add(self, t, u, times=1):
        """c(t, u) += times."""
        self.row_total[t] += times
        self.col_total[u] += times
        self.total += times
        if t == self.target:
            self.with_target[u] += times


def count_window(tokens, target, window, same_sentence):
    pairs = PairCounts(target)
    for doc_tokens in by_document(tokens).values():
        for i, left in enumerate(doc_tokens):
            for j in range(i + 1, len(doc_tokens)):
                right = doc_tokens[j]
                if right.position - left.position > window:
                    break
                if same_sentence and right.sentence != left.sentence:
                    continue
                if left.term != right.term:
                    pairs.add(left.term, right.term)
                    pairs.add(right.term, left.term)
    return pairs


def count_units(units, target):
    """c(t, u) = number of units (sentences or documents) whose term sets contain both t != u.

    Per unit with m distinct terms this adds 1 to c(t, u) for each of the m(m - 1) ordered pairs;
    the margins are therefore c(t, .) += m - 1 for each t in the unit, and only the target's row
    is itemised."""
    pairs = PairCounts(target)
    for terms in units:
        m = len(terms)
        for t in terms:
            pairs.row_total[t] += m - 1
            pairs.col_total[t] += m - 1
        pairs.total += m * (m - 1)
        if target in terms:
            for u in terms:
                if u != target:
                    pairs.with_target[u] += 1
    return pairs


def cooccur_rows(tokens, target, window, scope, same_sentence):
    if scope == "window":
        pairs = count_window(tokens, target, window, same_sentence)
    elif scope == "sentence":
        sentences = defaultdict(set)
        for t in tokens:
            sentences[(t.doc, t.sentence)].add(t.term)
        pairs = count_units(sentences.values(), target)
    else:
        documents = defaultdict(set)
        for t in tokens:
            documents[t.doc].add(t.term)
        pairs = count_units(documents.values(), target)
    rows = []
    for neighbor, a in pairs.with_target.items():
        row_total = pairs.row_total[target]
        col_total = pairs.col_total[neighbor]
        rows.append((target, neighbor, a, row_total, col_total)
                    + association(a, row_total, col_total, pairs.total))
    rows.sort(key=lambda r: (-r[2], java_order(r[1])))
    return rows


def read_groups(path, column, value_a, value_b):
    """doc -> 'a' or 'b' from the metadata CSV."""
    groups = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        if "doc" not in fields:
            raise DataError("%s: no 'doc' column; the metadata file needs one matching the tokens' doc" % path)
        if column not in fields:
            raise DataError("%s: no column %r; available: %s" % (path, column, ", ".join(fields)))
        for row in reader:
            if row[column] == value_a:
                groups[row["doc"]] = "a"
            elif row[column] == value_b:
                groups[row["doc"]] = "b"
    for label, value in (("a", value_a), ("b", value_b)):
        if label not in groups.values():
            raise DataError("%s: no document has %s = %r" % (path, column, value))
    return groups


def compare_rows(tokens, groups, alpha0):
    counts = {"a": Counter(), "b": Counter()}
    for t in tokens:
        group = groups.get(t.doc)
        if group is not None:
            counts[group][t.term] += 1
    total_a = sum(counts["a"].values())
    total_b = sum(counts["b"].values())
    if total_a == 0 or total_b == 0:
        raise DataError("group %s has no tokens in the export" % ("a" if total_a == 0 else "b"))
    rows = []
    for term in set(counts["a"]) | set(counts["b"]):
        y_a, y_b = counts["a"][term], counts["b"][term]
        alpha_w = alpha0 * (y_a + y_b) / (total_a + total_b)
        delta, z = log_odds(y_a, total_a, y_b, total_b, alpha_w, alpha0)
        rows.append((term, y_a, y_b, 1000 * y_a / total_a, 1000 * y_b / total_b, delta, z,
                     signed_g2(y_a, total_a, y_b, total_b)))
    rows.sort(key=lambda r: (-r[6], java_order(r[0])))
    return rows


# ---------------------------------------------------------------------------------------------
# Command line.


# ---------------------------------------------------------------------------------------------
# Validation: precision, recall and agreement of a coding file.

Z95 = 1.959963984540054
HIT_CODES = ("correct", "wrong", "unsure")
SENTENCE_CODES = ("alarm", "reassurance", "neither")
SENTENCE_STRATUM_SIDES = {"sentence:none": (), "sentence:alarm": ("alarm",),
                          "sentence:reassurance": ("reassurance",),
                          "sentence:both": ("alarm", "reassurance")}


def wilson(p, n, z=Z95):
    """Wilson (1927) score interval of proportion p with sample size n (n may be real)."""
    if n == 0 or p != p:
        return float("nan"), float("nan")
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    low = 0.0 if p == 0 else max(0.0, centre - half)
    high = 1.0 if p == 1 else min(1.0, centre + half)
    return low, high


def stratified_ratio(strata, z=Z95):
    """strata: list of (N_h, [(x, y) per counted sampled unit]). Returns (R, low, high, sum x)."""
    strata = [(size, units) for size, units in strata if units]
    x_hat = sum(size / len(units) * sum(x for x, _ in units) for size, units in strata)
    y_hat = sum(size / len(units) * sum(y for _, y in units) for size, units in strata)
    domain = sum(x for _, units in strata for x, _ in units)
    if domain == 0:
        nan = float("nan")
        return nan, nan, nan, 0
    r = min(1.0, y_hat / x_hat)
    total = 0.0
    for size, units in strata:
        d = [y - r * x for x, y in units]
        mean = sum(d) / len(d)
        variance = sum((v - mean) ** 2 for v in d) / len(d)
        total += size * size * variance / len(d)
    v = total / (x_hat * x_hat)
    effective = min(domain, r * (1 - r) / v) if v > 0 else domain
    low, high = wilson(r, effective, z)
    return r, low, high, domain


def krippendorff_alpha_nominal(units):
    """units: list of lists of the values the coders gave (missing values left out)."""
    pairable = [u for u in units if len(u) >= 2]
    n = sum(len(u) for u in pairable)
    if n < 2:
        return float("nan")
    observed = 0.0
    for u in pairable:
        m = len(u)
        mismatches = sum(1 for i in range(m) for j in range(m) if i != j and u[i] != u[j])
        observed += mismatches / (m - 1)
    observed /= n
    values = [v for u in pairable for v in u]
    expected_mismatches = sum(1 for i in range(n) for j in range(n) if i != j and values[i] != values[j])
    expected = expected_mismatches / (n * (n - 1))
    if expected == 0:
        return float("nan")
    return 1 - observed / expected


def cohen_kappa(pairs):
    """pairs: list of (code of coder 1, code of coder 2)."""
    n = len(pairs)
    if n == 0:
        return float("nan")
    p_o = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    p_e = sum(first[c] * second[c] for c in first) / (n * n)
    if p_e >= 1:
        return float("nan")
    return (p_o - p_e) / (1 - p_e)


def read_coding(path):
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            if not any((v or "").strip() for v in row.values()):
                continue
            code = (row["code"] or "").strip().lower()
            allowed = HIT_CODES if row["unit"] == "hit" else SENTENCE_CODES
            if code and code not in allowed:
                raise DataError("%s, line %d: code %r is not one of %s" % (path, reader.line_num, code, allowed))
            row["code"] = code
            row["stratum_size"] = int(row["stratum_size"])
            rows.append(row)
    return rows


def counts(rows):
    codes = Counter(r["code"] for r in rows)
    return [len(rows), codes["correct"], codes["wrong"], codes["unsure"], codes[""]]


def precision_strata(rows):
    by_stratum = defaultdict(list)
    for r in rows:
        by_stratum[r["stratum"]].append(r)
    return [(group[0]["stratum_size"], [(1, 1 if r["code"] == "correct" else 0)
                                        for r in group if r["code"] in ("correct", "wrong")])
            for group in by_stratum.values()]


def validate_rows(rows, second, level):
    hits = [r for r in rows if r["unit"] == "hit"]
    out = []
    if level == "side":
        sentences = defaultdict(list)
        for r in rows:
            if r["unit"] == "sentence" and r["code"]:
                sentences[r["stratum"]].append(r)
        for side in ("alarm", "reassurance"):
            mine = [r for r in hits if r["side"] == side]
            strata = precision_strata(mine)
            p, low, high, _ = stratified_ratio(strata)
            recall_strata = []
            for stratum, group in sentences.items():
                caught = side in SENTENCE_STRATUM_SIDES[stratum]
                recall_strata.append((group[0]["stratum_size"],
                                      [(1 if r["code"] == side else 0, 1 if caught and r["code"] == side else 0)
                                       for r in group]))
            recall, recall_low, recall_high, framing = stratified_ratio(recall_strata)
            sizes = {r["stratum"]: r["stratum_size"] for r in mine}
            out.append([side, sum(sizes.values())] + counts(mine)
                       + [p, low, high, framing, recall, recall_low, recall_high])
    elif level in ("category", "entry"):
        groups = defaultdict(list)
        for r in hits:
            key = (r["stratum"],) if level == "category" else (r["stratum"], r["entry"])
            groups[key].append(r)
        for key, group in groups.items():
            correct = sum(1 for r in group if r["code"] == "correct")
            coded = sum(1 for r in group if r["code"] in ("correct", "wrong"))
            p = correct / coded if coded else float("nan")
            low, high = wilson(p, coded)
            first = group[0]
            if level == "category":
                out.append([first["side"], key[0][len("hit:"):], first["stratum_size"]] + counts(group) + [p, low, high])
            else:
                out.append([first["side"], first["category"], first["entry"], first["negated"]]
                           + counts(group) + [p, low, high])
    else:
        other = {r["id"]: r for r in second}
        for label in ("hit", "sentence", "all"):
            pairs = [(r["code"], other[r["id"]]["code"]) for r in rows
                     if (label == "all" or r["unit"] == label) and r["code"] and other[r["id"]]["code"]]
            agreed = sum(1 for a, b in pairs if a == b)
            out.append([label, len(pairs), agreed, agreed / len(pairs) if pairs else float("nan"),
                        krippendorff_alpha_nominal([list(p) for p in pairs]), cohen_kappa(pairs)])
    return out


VALIDATE_COLUMNS = {
    "side": ("side", "hits", "units", "correct", "wrong", "unsure", "uncoded", "precision", "precision_low",
             "precision_high", "sentences", "recall", "recall_low", "recall_high"),
    "category": ("side", "category", "hits", "units", "correct", "wrong", "unsure", "uncoded", "precision",
                 "precision_low", "precision_high"),
    "entry": ("side", "category", "entry", "negated", "units", "correct", "wrong", "unsure", "uncoded",
              "precision", "precision_low", "precision_high"),
    "agreement": ("unit", "units", "agreed", "agreement", "alpha", "kappa"),
}


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not an integer" % text)
    if value < 1:
        raise argparse.ArgumentTypeError("window (%d) must be >= 1" % value)
    return value


def positive_float(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a number" % text)
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError("alpha0 (%s) must be a finite number > 0" % text)
    return value


def parser():
    p = argparse.ArgumentParser(prog="reference.py", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    terms = sub.add_parser("terms", help="corpus term frequencies")
    terms.add_argument("tokens")
    tfidf = sub.add_parser("tfidf", help="per-document counts and tf-idf")
    tfidf.add_argument("tokens")
    cooccur = sub.add_parser("cooccur", help="co-occurrence and association measures of one term")
    cooccur.add_argument("tokens")
    cooccur.add_argument("--term", required=True)
    cooccur.add_argument("--window", type=positive_int, default=DEFAULT_WINDOW)
    cooccur.add_argument("--scope", choices=("window", "sentence", "document"), default="window")
    cooccur.add_argument("--sentence", action="store_true", help="window scope: stay inside the sentence")
    compare = sub.add_parser("compare", help="log-odds and signed G2 between two groups")
    compare.add_argument("tokens")
    compare.add_argument("metadata")
    compare.add_argument("--by", required=True)
    compare.add_argument("--a", required=True)
    compare.add_argument("--b", required=True)
    compare.add_argument("--alpha0", type=positive_float, default=DEFAULT_ALPHA0)
    validate = sub.add_parser("validate", help="precision, recall and agreement of a coding file")
    validate.add_argument("coded")
    validate.add_argument("second", nargs="?")
    validate.add_argument("--level", choices=tuple(VALIDATE_COLUMNS), default="side")
    return p


def main(argv=None, out=None):
    out = out if out is not None else sys.stdout
    args = parser().parse_args(argv)
    try:
        if args.command == "validate":
            if args.level == "agreement" and args.second is None:
                print("reference.py: --level agreement needs a second coding file", file=sys.stderr)
                return 2
            second = read_coding(args.second) if args.second else None
            write_csv(out, VALIDATE_COLUMNS[args.level],
                      validate_rows(read_coding(args.coded), second, args.level))
            return 0
        tokens = read_tokens(args.tokens)
        if args.command == "terms":
            write_csv(out, ("term", "count", "doc_freq", "per_1k"), terms_rows(tokens))
        elif args.command == "tfidf":
            write_csv(out, ("doc", "term", "count", "per_1k", "tf_idf"), tfidf_rows(tokens))
        elif args.command == "cooccur":
            write_csv(out, ("term", "neighbor", "count", "term_total", "neighbor_total",
                            "pmi", "npmi", "g2", "dice", "t_score"),
                      cooccur_rows(tokens, args.term, args.window, args.scope, args.sentence))
        else:
            if args.a == args.b:
                print("reference.py: --a and --b are both %r; choose two different values" % args.a,
                      file=sys.stderr)
                return 2
            groups = read_groups(args.metadata, args.by, args.a, args.b)
            write_csv(out, ("term", "count_a", "count_b", "per_1k_a", "per_1k_b", "delta", "z", "g2"),
                      compare_rows(tokens, groups, args.alpha0))
    except DataError as error:
        print("reference.py: %s" % error, file=sys.stderr)
        return 1
    except OSError as error:
        print("reference.py: cannot read %s: %s" % (error.filename, error.strerror), file=sys.stderr)
        return 1
    except UnicodeDecodeError as error:
        print("reference.py: input is not valid UTF-8 (byte offset %d)" % error.start, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
