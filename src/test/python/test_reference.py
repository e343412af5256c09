"""Hand-computed checks of reference.py (run: python3 -m unittest discover -s src/test/python)."""

import contextlib
import csv
import io
import math
import os
import tempfile
import unittest

import reference

# Two documents; positions count kept tokens per document.
#   d1 sentence 1: a b c a   (positions 1-4)
#   d1 sentence 2: b d       (positions 5-6)
#   d2 sentence 1: a d       (positions 1-2)
TOKENS = """doc,sentence,position,start,end,token
d1,1,1,0,1,a
d1,1,2,2,3,b
d1,1,3,4,5,c
d1,1,4,6,7,a
d1,2,5,9,10,b
d1,2,6,11,12,d
d2,1,1,0,1,a
d2,1,2,2,3,d
"""

# Two-term vocabulary for compare: group reassuring = p (x 4, y 1; n_a = 5),
# group alarmed = q + r (x 1 + 2 = 3, y 4 + 3 = 7; n_b = 10). Rows deliberately out of order.
COMPARE_TOKENS = """doc,sentence,position,start,end,token
q,1,1,0,1,x
q,1,2,2,3,y
q,1,3,4,5,y
q,1,4,6,7,y
q,1,5,8,9,y
p,1,5,8,9,y
p,1,1,0,1,x
p,1,2,2,3,x
p,1,3,4,5,x
p,1,4,6,7,x
r,1,1,0,1,x
r,1,2,2,3,x
r,1,3,4,5,y
r,1,4,6,7,y
r,1,5,8,9,y
"""

METADATA = """doc,outlet,stance
p,Paper P,reassuring
q,Paper Q,alarmed
r,"Paper R, Inc.",alarmed
"""


class ReferenceTestCase(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, name, text):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return path

    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                status = reference.main(list(argv), out=out)
            except SystemExit as exit_:
                status = exit_.code
        rows = list(csv.DictReader(io.StringIO(out.getvalue()))) if out.getvalue() else []
        return status, rows, err.getvalue()


class TermsTest(ReferenceTestCase):

    def test_counts_doc_freq_per_1k_and_order(self):
        status, rows, _ = self.run_cli("terms", self.write("t.csv", TOKENS))
        self.assertEqual(0, status)
        # 8 tokens: a 3 (d1, d2), b 2 (d1), d 2 (d1, d2), c 1 (d1); b before d on the tie
        self.assertEqual([("a", "3", "2", "375.0"), ("b", "2", "1", "250.0"),
                          ("d", "2", "2", "250.0"), ("c", "1", "1", "125.0")],
                         [(r["term"], r["count"], r["doc_freq"], r["per_1k"]) for r in rows])

    def test_java_string_order_for_ties(self):
        # U+FF21 (fullwidth A) is one UTF-16 unit 0xFF21; U+1F600 is the surrogate pair 0xD83D 0xDE00.
        # Java's compareTo puts the emoji first (0xD83D < 0xFF21); code-point order would not.
        text = "doc,sentence,position,start,end,token\nd,1,1,0,1,\uff21\nd,1,2,2,4,\U0001F600\n"
        _, rows, _ = self.run_cli("terms", self.write("u.csv", text))
        self.assertEqual(["\U0001F600", "\uff21"], [r["term"] for r in rows])


class TfIdfTest(ReferenceTestCase):

    def test_smooth_idf_and_l2_rows(self):
        status, rows, _ = self.run_cli("tfidf", self.write("t.csv", TOKENS))
        self.assertEqual(0, status)
        got = {(r["doc"], r["term"]): r for r in rows}
        # n = 2; df: a 2, b 1, c 1, d 2 -> idf(a) = idf(d) = ln(3/3) + 1 = 1, idf(b) = idf(c) = 1 + ln 1.5
        # d1 raw: a 2, b 2(1 + ln 1.5), c (1 + ln 1.5), d 1
        # norm = sqrt(4 + 4 i^2 + i^2 + 1) = sqrt(5 (1 + i^2)) with i = 1 + ln 1.5
        i = 1 + math.log(1.5)
        norm = math.sqrt(5 * (1 + i * i))
        self.assertAlmostEqual(2 / norm, float(got[("d1", "a")]["tf_idf"]), places=14)
        self.assertAlmostEqual(2 * i / norm, float(got[("d1", "b")]["tf_idf"]), places=14)
        self.assertAlmostEqual(i / norm, float(got[("d1", "c")]["tf_idf"]), places=14)
        self.assertAlmostEqual(1 / norm, float(got[("d1", "d")]["tf_idf"]), places=14)
        # d2: a 1, d 1, both idf 1 -> 1/sqrt(2)
        self.assertAlmostEqual(1 / math.sqrt(2), float(got[("d2", "a")]["tf_idf"]), places=14)
        # per_1k per document: d1 has 6 tokens, a twice -> 1000 * 2 / 6
        self.assertEqual(repr(1000 * 2 / 6), got[("d1", "a")]["per_1k"])
        # order: by doc, then tf_idf descending (b 0.7288 > a 0.5185 > c > d), ties by term
        self.assertEqual(["b", "a", "c", "d", "a", "d"], [r["term"] for r in rows])


class CooccurTest(ReferenceTestCase):

    def cooccur(self, *options):
        status, rows, _ = self.run_cli("cooccur", self.write("t.csv", TOKENS), "--term", "a", *options)
        self.assertEqual(0, status)
        return {r["neighbor"]: r for r in rows}, [r["neighbor"] for r in rows]

    def test_window_counts_and_measures(self):
        # K = 2, pairs (i, j) with j - i <= 2:
        #   d1: (1,2) a-b, (1,3) a-c, (2,3) b-c, (2,4) b-a, (3,4) c-a, (3,5) c-b, (4,5) a-b,
        #       (4,6) a-d, (5,6) b-d;   d2: (1,2) a-d          -> 10 pairs, P = 20 ordered
        # c(a,b) = 3, c(a,c) = 2, c(a,d) = 2, c(b,c) = 2, c(b,d) = 1
        # c(a,.) = 7, c(.,b) = 3 + 2 + 1 = 6, c(.,c) = 2 + 2 = 4, c(.,d) = 2 + 1 = 3
        rows, order = self.cooccur("--window", "2")
        self.assertEqual(["b", "c", "d"], order)
        b = rows["b"]
        self.assertEqual(("3", "7", "6"), (b["count"], b["term_total"], b["neighbor_total"]))
        self.assertEqual(("2", "7", "4"), (rows["c"]["count"], rows["c"]["term_total"], rows["c"]["neighbor_total"]))
        self.assertEqual(("2", "7", "3"), (rows["d"]["count"], rows["d"]["term_total"], rows["d"]["neighbor_total"]))
        # a = 3, R = 7, C = 6, P = 20; E11 = 42/20 = 2.1
        self.assertAlmostEqual(math.log2(10 / 7), float(b["pmi"]), places=14)            # log2(60/42)
        self.assertAlmostEqual(math.log2(10 / 7) / math.log2(20 / 3), float(b["npmi"]), places=14)
        self.assertAlmostEqual(6 / 13, float(b["dice"]), places=14)                     # 2*3/(7+6)
        self.assertAlmostEqual(0.9 / math.sqrt(3), float(b["t_score"]), places=14)      # (3-2.1)/sqrt 3
        # cells 3, 4, 3, 10; E = 7*6/20, 7*14/20, 13*6/20, 13*14/20 = 2.1, 4.9, 3.9, 9.1
        g2 = 2 * (3 * math.log(3 / 2.1) + 4 * math.log(4 / 4.9) + 3 * math.log(3 / 3.9)
                  + 10 * math.log(10 / 9.1))
        self.assertAlmostEqual(g2, float(b["g2"]), places=13)

    def test_window_bounded_by_sentence(self):
        # --sentence drops (3,5) c-b, (4,5) a-b, (4,6) a-d: 7 pairs, P = 14
        # c(a,b) = 2, c(a,c) = 2, c(a,d) = 1; c(a,.) = 5, c(.,b) = 2 + 1 + 1 = 4, c(.,d) = 1 + 1 = 2
        rows, order = self.cooccur("--window", "2", "--sentence")
        self.assertEqual(["b", "c", "d"], order)
        self.assertEqual(("2", "5", "4"), (rows["b"]["count"], rows["b"]["term_total"], rows["b"]["neighbor_total"]))
        self.assertEqual(("1", "5", "2"), (rows["d"]["count"], rows["d"]["term_total"], rows["d"]["neighbor_total"]))
        # d: a = 1, R = 5, C = 2, P = 14 -> pmi = log2(14/10)
        self.assertAlmostEqual(math.log2(1.4), float(rows["d"]["pmi"]), places=14)

    def test_sentence_scope(self):
        # sentences {a,b,c}, {b,d}, {a,d}: P = 3*2 + 2*1 + 2*1 = 10
        # c(a,b) = c(a,c) = c(a,d) = 1; c(a,.) = 2 + 1 = 3; c(.,b) = 2 + 1 = 3; c(.,c) = 2; c(.,d) = 1 + 1 = 2
        rows, order = self.cooccur("--scope", "sentence")
        self.assertEqual(["b", "c", "d"], order)
        self.assertEqual(("1", "3", "3"), (rows["b"]["count"], rows["b"]["term_total"], rows["b"]["neighbor_total"]))
        self.assertEqual(("1", "3", "2"), (rows["c"]["count"], rows["c"]["term_total"], rows["c"]["neighbor_total"]))
        # c: a = 1, R = 3, C = 2, P = 10: dice = 2/5, t = (1 - 6/10)/1 = 0.4
        self.assertAlmostEqual(0.4, float(rows["c"]["dice"]), places=15)
        self.assertAlmostEqual(0.4, float(rows["c"]["t_score"]), places=15)

    def test_document_scope(self):
        # documents {a,b,c,d}, {a,d}: P = 4*3 + 2*1 = 14; c(a,d) = 2, c(a,b) = c(a,c) = 1
        # c(a,.) = 3 + 1 = 4, c(.,d) = 3 + 1 = 4, c(.,b) = 3
        rows, order = self.cooccur("--scope", "document")
        self.assertEqual(["d", "b", "c"], order)
        d = rows["d"]
        self.assertEqual(("2", "4", "4"), (d["count"], d["term_total"], d["neighbor_total"]))
        # a = 2, R = C = 4, P = 14: pmi = log2(28/16), npmi = pmi / log2(7)
        self.assertAlmostEqual(math.log2(1.75), float(d["pmi"]), places=14)
        self.assertAlmostEqual(math.log2(1.75) / math.log2(7), float(d["npmi"]), places=14)

    def test_npmi_is_one_when_every_pair_is_the_pair(self):
        # a = R = C = P = 3: PMI = log2(9/9) = 0 and -log2(a/P) = 0, so NPMI is defined as 1
        pmi, npmi, g2, dice, t = reference.association(3, 3, 3, 3)
        self.assertEqual((0.0, 1.0, 0.0, 1.0, 0.0), (pmi, npmi, g2, dice, t))

    def test_window_must_be_positive(self):
        status, _, err = self.run_cli("cooccur", self.write("t.csv", TOKENS), "--term", "a", "--window", "0")
        self.assertEqual(2, status)
        self.assertIn("window (0) must be >= 1", err)


class CompareTest(ReferenceTestCase):

    def test_two_term_vocabulary(self):
        status, rows, _ = self.run_cli("compare", self.write("t.csv", COMPARE_TOKENS),
                                       self.write("m.csv", METADATA),
                                       "--by", "stance", "--a", "reassuring", "--b", "alarmed", "--alpha0", "10")
        self.assertEqual(0, status)
        self.assertEqual(["x", "y"], [r["term"] for r in rows])  # z descending
        x, y = rows
        self.assertEqual(("4", "3", "800.0", "300.0"), (x["count_a"], x["count_b"], x["per_1k_a"], x["per_1k_b"]))
        # pi_x = 7/15, alpha_x = 14/3
        # delta_x = ln((4 + 14/3)/(5 + 10 - 4 - 14/3)) - ln((3 + 14/3)/(10 + 10 - 3 - 14/3))
        #         = ln(26/19) - ln(23/37) = ln(962/437)
        # var_x = 3/26 + 3/23 = 147/598; z_x = delta_x / sqrt(var_x)
        self.assertAlmostEqual(math.log(962 / 437), float(x["delta"]), places=14)
        self.assertAlmostEqual(math.log(962 / 437) / math.sqrt(147 / 598), float(x["z"]), places=14)
        # G2 of [[4, 3], [1, 7]]: E = 7/3, 14/3, 8/3, 16/3; O/E = 12/7, 9/14, 3/8, 21/16; positive
        g2 = 2 * (4 * math.log(12 / 7) + 3 * math.log(9 / 14) + math.log(3 / 8) + 7 * math.log(21 / 16))
        self.assertAlmostEqual(g2, float(x["g2"]), places=13)
        # y: delta_y = ln(19/26) - ln(37/23) = -delta_x; var_y = 3/19 + 3/37 = 168/703; same |G2|, negative
        self.assertAlmostEqual(-math.log(962 / 437), float(y["delta"]), places=14)
        self.assertAlmostEqual(-math.log(962 / 437) / math.sqrt(168 / 703), float(y["z"]), places=14)
        self.assertAlmostEqual(-g2, float(y["g2"]), places=13)

    def test_swapping_groups_flips_signs(self):
        tokens, metadata = self.write("t.csv", COMPARE_TOKENS), self.write("m.csv", METADATA)
        _, forward, _ = self.run_cli("compare", tokens, metadata, "--by", "stance",
                                     "--a", "reassuring", "--b", "alarmed")
        _, backward, _ = self.run_cli("compare", tokens, metadata, "--by", "stance",
                                      "--a", "alarmed", "--b", "reassuring")
        back = {r["term"]: r for r in backward}
        for row in forward:
            other = back[row["term"]]
            # delta and z are differences of the same two logarithms: exact negation
            self.assertEqual(-float(row["delta"]), float(other["delta"]))
            self.assertEqual(-float(row["z"]), float(other["z"]))
            # G2 sums its four cells in a different order once transposed: equal up to rounding
            self.assertAlmostEqual(-float(row["g2"]), float(other["g2"]), places=12)

    def test_unknown_value_is_a_data_error(self):
        status, rows, err = self.run_cli("compare", self.write("t.csv", COMPARE_TOKENS),
                                         self.write("m.csv", METADATA),
                                         "--by", "stance", "--a", "neutral", "--b", "alarmed")
        self.assertEqual((1, []), (status, rows))
        self.assertIn("no document has stance = 'neutral'", err)


class InputTest(ReferenceTestCase):

    def test_missing_column(self):
        status, _, err = self.run_cli("terms", self.write("bad.csv", "doc,token\nd,a\n"))
        self.assertEqual(1, status)
        self.assertIn("missing column(s) sentence, position, start, end", err)

    def test_non_integer_position(self):
        status, _, err = self.run_cli("terms", self.write("bad.csv", "doc,sentence,position,start,end,token\n"
                                                                     "d,1,one,0,1,a\n"))
        self.assertEqual(1, status)
        self.assertIn("line 2: sentence and position must be integers", err)


class ValidationStatisticsTest(unittest.TestCase):
    """The validation statistics on published and hand-computed values."""

    def test_krippendorff_binary_example(self):
        # Krippendorff (2011): A 0 1 0 0 0 0 0 0 1 0, B 1 1 1 0 0 1 0 0 0 0 -> alpha = 1 - 19 * 8 / 168 = 0.095
        a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
        b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
        alpha = reference.krippendorff_alpha_nominal([[x, y] for x, y in zip(a, b)])
        self.assertAlmostEqual(1 - 19 * 8 / 168, alpha, places=12)
        self.assertEqual(0.095, round(alpha, 3))

    def test_krippendorff_four_observers_with_missing_values(self):
        # Krippendorff (2011), four observers, twelve units, values 1-5, missing left out -> 0.743
        units = [[1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
                 [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [5, 5, 5], [1, 1], [3]]
        alpha = reference.krippendorff_alpha_nominal(units)
        self.assertAlmostEqual(1 - 39 * 8 / 1216, alpha, places=12)
        self.assertEqual(0.743, round(alpha, 3))

    def test_cohen_kappa(self):
        # [[5, 3], [1, 1]]: p_o = 0.6, p_e = 0.56 -> 1/11
        pairs = [(0, 0)] * 5 + [(0, 1)] * 3 + [(1, 0)] + [(1, 1)]
        self.assertAlmostEqual(1 / 11, reference.cohen_kappa(pairs), places=12)

    def test_wilson(self):
        low, high = reference.wilson(0.5, 10)
        self.assertAlmostEqual(0.236593090512564, low, places=12)
        self.assertAlmostEqual(0.7634069094874361, high, places=12)
        self.assertEqual((0.0, reference.Z95 ** 2 / (10 + reference.Z95 ** 2)), reference.wilson(0.0, 10))

    def test_stratified_ratio(self):
        # none: N 900, 10 coded, 2 of them framing S, none caught; alarm: N 100, 10 coded, 6 framing, all caught
        none = [(1, 0)] * 2 + [(0, 0)] * 8
        alarm = [(1, 1)] * 6 + [(0, 0)] * 4
        r, low, high, domain = reference.stratified_ratio([(900, none), (100, alarm)])
        self.assertAlmostEqual(0.25, r, places=12)
        self.assertEqual(8, domain)
        # v = 945 / 240^2 gives n* = 11.4 > 8, so the interval is Wilson's at n = 8
        self.assertEqual(reference.wilson(0.25, 8), (low, high))

    def test_bad_code_is_a_data_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "c.csv")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("id,unit,doc,sentence,start,end,text,matched,entry,category,side,negated,stratum,"
                             "stratum_size,code\nu1,hit,d,1,0,4,t,t,t,threat,alarm,false,hit:threat,3,yes\n")
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                status = reference.main(["validate", path], out=io.StringIO())
            self.assertEqual(1, status)
            self.assertIn("line 2: code 'yes'", err.getvalue())


if __name__ == "__main__":
    unittest.main()
