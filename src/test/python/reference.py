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
        return repr(value)
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
    return p


def main(argv=None, out=None):
    out = out if out is not None else sys.stdout
    args = parser().parse_args(argv)
    try:
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
