package dev.framelens.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tests on sentences from the seed articles: terms, offsets and sentence numbers. */
class TokenizerTest {

    /** Tokenizes with no phrases and no stop-word removal, like Lucene's assertAnalyzesTo. */
    static void assertTokenizesTo(String text, String[] terms, int[] starts, int[] ends) {
        List<String> t = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        List<Integer> e = new ArrayList<>();
        new Tokenizer().tokenize(text, (buf, len, start, end, sentence) -> {
            t.add(new String(buf, 0, len));
            s.add(start);
            e.add(end);
        });
        assertArrayEquals(terms, t.toArray(new String[0]), "terms");
        if (starts != null) {
            assertArrayEquals(starts, s.stream().mapToInt(Integer::intValue).toArray(), "start offsets");
            assertArrayEquals(ends, e.stream().mapToInt(Integer::intValue).toArray(), "end offsets");
        }
    }

    static int[] sentences(String text) {
        List<Integer> out = new ArrayList<>();
        new Tokenizer().tokenize(text, (buf, len, start, end, sentence) -> out.add(sentence));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void capitalsOfARemovedPossessiveDoNotMakeACountry() {
        // found by fuzzing (TextFuzzTestInputs/tokenizer/crash-4828…): "Un'S" became u.n., while its
        // span "Un" alone is un; only the capitals of the kept token count
        assertTokenizesTo("Un'S UN'S Us'S US'S", new String[] {"un", "u.n.", "us", "u.s."},
                new int[] {0, 5, 10, 15}, new int[] {2, 7, 12, 17});
    }

    @Test
    void countryIsNotThePronoun() {
        // 000: "a dangerous combination as far as the US is concerned."
        assertTokenizesTo("as far as the US is concerned",
                new String[] {"as", "far", "as", "the", "u.s.", "is", "concerned"},
                new int[] {0, 3, 7, 10, 14, 17, 20}, new int[] {2, 6, 9, 13, 16, 19, 29});
        // 002: "former U.S. President Donald Trump says he exchanged with Kim Jong Un"
        assertTokenizesTo("former U.S. President Donald Trump",
                new String[] {"former", "u.s.", "president", "donald", "trump"},
                new int[] {0, 7, 12, 22, 29}, new int[] {6, 11, 21, 28, 34});
        assertTokenizesTo("It gives us pause", new String[] {"it", "gives", "us", "pause"}, null, null);
    }

    @Test
    void abbreviationsSurvive() {
        // 002: "within the limits of UN resolutions"
        assertTokenizesTo("the limits of UN resolutions and U.N. sanctions",
                new String[] {"the", "limits", "of", "u.n.", "resolutions", "and", "u.n.", "sanctions"}, null, null);
        assertTokenizesTo("e.g. drones", new String[] {"e.g.", "drones"}, new int[] {0, 5}, new int[] {4, 11});
    }

    @Test
    void apostrophesCurlyAndStraightAlike() {
        // 000: "Pyongyang’s nuclear program", "It’s also a big oil supplier"
        assertTokenizesTo("Pyongyang’s nuclear program. It’s also",
                new String[] {"pyongyang", "nuclear", "program", "it's", "also"},
                new int[] {0, 12, 20, 29, 34}, new int[] {9, 19, 27, 33, 38});
        assertTokenizesTo("Pyongyang's It's", new String[] {"pyongyang", "it's"}, new int[] {0, 12}, new int[] {9, 16});
        // 001: "won’t spell doom", negations stay whole
        assertTokenizesTo("alliance won’t spell doom; the sky isn't falling",
                new String[] {"alliance", "won't", "spell", "doom", "the", "sky", "isn't", "falling"}, null, null);
        // plural possessive: the trailing apostrophe is dropped
        assertTokenizesTo("the countries' leaders", new String[] {"the", "countries", "leaders"},
                new int[] {0, 4, 15}, new int[] {3, 13, 22});
        // possessive after an initialism
        assertTokenizesTo("the U.S.’s allies", new String[] {"the", "u.s.", "allies"},
                new int[] {0, 4, 11}, new int[] {3, 8, 17});
    }

    @Test
    void hyphensJoinDashesSplit() {
        // 003: "North Korean leader Kim Jong-un"; 000: "anti-US alliance"
        assertTokenizesTo("leader Kim Jong-un — an anti-US alliance",
                new String[] {"leader", "kim", "jong-un", "an", "anti-us", "alliance"},
                new int[] {0, 7, 11, 21, 24, 32}, new int[] {6, 10, 18, 23, 31, 40});
        assertTokenizesTo("Putin–Kim summit", new String[] {"putin", "kim", "summit"}, null, null);
        assertTokenizesTo("anti-tank and long-range", new String[] {"anti-tank", "and", "long-range"}, null, null);
        assertTokenizesTo("a - b -- c", new String[] {"a", "b", "c"}, null, null);
    }

    @Test
    void numbersKeepUnitsAndSeparators() {
        // 002: "122mm and 152mm artillery shells", "11,000 containers"; 000: "the 2024 election"
        assertTokenizesTo("122mm shells, 11,000 containers in 2024, 3.5 percent.",
                new String[] {"122mm", "shells", "11,000", "containers", "in", "2024", "3.5", "percent"},
                new int[] {0, 6, 14, 21, 32, 35, 41, 45}, new int[] {5, 12, 20, 31, 34, 39, 44, 52});
    }

    @Test
    void unicodeLettersAndMarks() {
        assertTokenizesTo("EL PAÍS añadir Ελλάδα 北朝鮮", new String[] {"el", "país", "añadir", "ελλάδα", "北朝鮮"}, null, null);
        // decomposed accent stays inside the word
        assertTokenizesTo("cafe\u0301 bar", new String[] {"cafe\u0301", "bar"}, new int[] {0, 6}, new int[] {5, 9});
        // a supplementary letter
        assertTokenizesTo("a \uD835\uDC00b c", new String[] {"a", "\uD835\uDC00b", "c"}, new int[] {0, 2, 6}, new int[] {1, 5, 7});
    }

    @Test
    void sentencesNotFooledByTitlesAndInitialisms() {
        // 003: "Still, Mr. Putin courts risk in cultivating Mr. Kim, one of ..."
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1},
                sentences("Still, Mr. Putin courts risk in cultivating Mr. Kim"));
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 2, 2},
                sentences("The U.S. President met St. Petersburg officials. They left."));
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 4},
                sentences("Why not? These are. “Quoted.” Next"));
        // a line break ends a sentence (headlines carry no period)
        assertArrayEquals(new int[] {1, 1, 2, 2}, sentences("Kim meets\nPutin today"));
        // lower case after a period: not a boundary; blank lines do not create empty sentences
        assertArrayEquals(new int[] {1, 1, 1, 2}, sentences("approx. three drones\n\n\nNext"));
        assertArrayEquals(new int[] {1, 1, 1, 2}, sentences("John F. Kennedy… Then"));
    }
}
