package dev.framelens.corpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Lines parser: its three rules beyond RFC 8259, and its strictness. */
class JsonTest {
    /** Records what the parser tells its listener. */
    static final class Notes implements Json.Listener {
        final List<String> seen = new ArrayList<>();

        @Override
        public void duplicateKey(String key) {
            seen.add("key " + key);
        }

        @Override
        public void loneSurrogate() {
            seen.add("surrogate");
        }
    }

    @Test
    void loneSurrogatesBecomeUfffdAndPairsStay() {
        Notes n = new Notes();
        // high alone, low alone, a pair by escapes, high then a non-surrogate escape, a low before a high
        assertEquals("a\uFFFDb\uFFFDc\uD83D\uDE00d\uFFFDAe\uFFFD\uFFFD",
                Json.parse("\"a\\ud800b\\udc00c\\ud83d\\ude00d\\ud800\\u0041e\\udc00\\ud800\"", n));
        assertEquals(List.of("surrogate"), n.seen, "once per string");
        // a pair written as one escape and one raw character is still a pair
        assertEquals("\uD83D\uDE00", Json.parse("\"\\ud83d\uDE00\""));
        // keys too
        Notes k = new Notes();
        assertEquals(Map.of("\uFFFD", 1L), Json.parse("{\"\\udfff\": 1}", k));
        assertEquals(List.of("surrogate"), k.seen);
    }

    @Test
    void nestingIsLimitedTo512Levels() {
        assertEquals(List.of(), unwrap(Json.parse("[".repeat(512) + "]".repeat(512)), 511));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("[".repeat(513) + "]".repeat(513)));
        assertEquals("nesting deeper than 512 levels at character 513", e.getMessage());
        // objects count alike, and the limit holds for a million levels without recursion that deep
        String deep = "{\"a\":".repeat(1_000_000);
        assertEquals("nesting deeper than 512 levels at character " + (512 * 5 + 1),
                assertThrows(IllegalArgumentException.class, () -> Json.parse(deep)).getMessage());
    }

    private static Object unwrap(Object v, int levels) {
        for (int k = 0; k < levels; k++) {
            v = ((List<?>) v).get(0);
        }
        return v;
    }

    @Test
    void repeatedKeysKeepTheFirstPlaceAndTheLastValue() {
        Notes n = new Notes();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 3L);
        expected.put("b", null);
        Object v = Json.parse("{\"a\": 1, \"b\": null, \"a\": 2, \"a\": 3, \"b\": null}", n);
        assertEquals(expected, v);
        assertEquals(List.of("a", "b"), List.copyOf(((Map<?, ?>) v).keySet()));
        assertEquals(List.of("key a", "key a", "key b"), n.seen);
    }

    @Test
    void numbersAndEscapesFollowTheRfc() {
        assertEquals(-0L, Json.parse("-0"));
        assertEquals(12L, Json.parse("12"));
        assertEquals(2.5e-3, Json.parse("25e-4"));
        assertEquals(1e20, Json.parse("100000000000000000000"), "beyond a long: a double");
        for (String bad : new String[] {"01", "1.", ".5", "-", "-.5", "1e", "1e+", "+1", "0x10", "\"\\u+041\"",
            "\"\\u00g1\"", "\"\\u004\"", "\"\\x\"", "\"a\nb\"", "[1,]", "{\"a\" 1}", "tru", "nul", "1 2"}) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
        }
        assertEquals("bad escape '\\\\r' at character 4",
                assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\\r\"")).getMessage());
    }
}
