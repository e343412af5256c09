package dev.framelens.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests on sentences from the seed articles (and, for dashes and capitals, in the style of
 * old speech transcripts): terms, offsets and sentence numbers.
 */
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
    void doubleAndSpacedHyphensAreDashes() {
        // old transcripts: "the sphere--the Soviet sphere", "for peace - a lasting peace"
        assertTokenizesTo("the sphere--the Soviet sphere",
                new String[] {"the", "sphere", "the", "soviet", "sphere"},
                new int[] {0, 4, 12, 16, 23}, new int[] {3, 10, 15, 22, 29});
        assertTokenizesTo("for peace - a lasting peace",
                new String[] {"for", "peace", "a", "lasting", "peace"},
                new int[] {0, 4, 12, 14, 22}, new int[] {3, 9, 13, 21, 27});
        // a hyphen with nothing after it ends the word
        assertTokenizesTo("of- the", new String[] {"of", "the"}, new int[] {0, 4}, new int[] {2, 7});
    }

    @Test
    void aHyphenNextToAFunctionWordIsADash() {
        // second part a function word: "peace-a just peace", "this crisis-the gravest"
        assertTokenizesTo("peace-a just peace", new String[] {"peace", "a", "just", "peace"},
                new int[] {0, 6, 8, 13}, new int[] {5, 7, 12, 18});
        assertTokenizesTo("this crisis-the gravest", new String[] {"this", "crisis", "the", "gravest"},
                new int[] {0, 5, 12, 16}, new int[] {4, 11, 15, 23});
        // first part a function word (a, he, she do not count there: see below)
        assertTokenizesTo("the-crisis and-then of-course",
                new String[] {"the", "crisis", "and", "then", "of", "course"},
                new int[] {0, 4, 11, 15, 20, 23}, new int[] {3, 10, 14, 19, 22, 29});
        // the part is the letters before an apostrophe: the contraction stays whole
        assertTokenizesTo("peace-we're", new String[] {"peace", "we're"}, new int[] {0, 6}, new int[] {5, 11});
        assertTokenizesTo("crisis-he said", new String[] {"crisis", "he", "said"},
                new int[] {0, 7, 10}, new int[] {6, 9, 14});
    }

    @Test
    void compoundsStayWhole() {
        assertTokenizesTo("self-government, well-being, anti-tank, Jong-un, north-east, so-called, in-depth",
                new String[] {"self-government", "well-being", "anti-tank", "jong-un", "north-east", "so-called",
                    "in-depth"},
                new int[] {0, 17, 29, 40, 49, 61, 72}, new int[] {15, 27, 38, 47, 59, 70, 80});
        // three or more parts never split, whatever the middle words are
        assertTokenizesTo("up-to-date one-to-one day-to-day face-to-face mother-in-law state-of-the-art",
                new String[] {"up-to-date", "one-to-one", "day-to-day", "face-to-face", "mother-in-law",
                    "state-of-the-art"},
                new int[] {0, 11, 22, 33, 46, 60}, new int[] {10, 21, 32, 45, 59, 76});
        // a, he, she count only as the second part, and a only in lower case
        assertTokenizesTo("a-political he-man she-wolf type-A peace-A",
                new String[] {"a-political", "he-man", "she-wolf", "type-a", "peace-a"},
                new int[] {0, 12, 19, 28, 35}, new int[] {11, 18, 27, 34, 42});
        // function words that do form compounds are not dash words: in, it, or, i, you
        assertTokenizesTo("sit-in, Moon Jae-in, post-it, either-or, I-95, thank-you",
                new String[] {"sit-in", "moon", "jae-in", "post-it", "either-or", "i-95", "thank-you"},
                new int[] {0, 8, 13, 21, 30, 41, 47}, new int[] {6, 12, 19, 28, 39, 45, 56});
    }

    @Test
    void usInACapitalsSentenceIsThePronoun() {
        assertTokenizesTo("LET US PRAY.", new String[] {"let", "us", "pray"},
                new int[] {0, 4, 7}, new int[] {3, 6, 11});
        assertTokenizesTo("HE TOLD US THE U.S. WOULD ACT",
                new String[] {"he", "told", "us", "the", "u.s.", "would", "act"},
                new int[] {0, 3, 8, 11, 15, 20, 26}, new int[] {2, 7, 10, 14, 19, 25, 29});
        // the sentence decides: the capitals of the first do not reach the second
        assertTokenizesTo("TELL US. Then the US left.", new String[] {"tell", "us", "then", "the", "u.s.", "left"},
                new int[] {0, 5, 9, 14, 18, 21}, new int[] {4, 7, 13, 17, 20, 25});
    }

    @Test
    void usInACapitalsSentenceStaysTheCountryWhereOnlyTheCountryFits() {
        // first word of the sentence, after THE, and with dots
        assertTokenizesTo("US WARNS RUSSIA", new String[] {"u.s.", "warns", "russia"},
                new int[] {0, 3, 9}, new int[] {2, 8, 15});
        assertTokenizesTo("THE US ECONOMY", new String[] {"the", "u.s.", "economy"},
                new int[] {0, 4, 7}, new int[] {3, 6, 14});
        assertTokenizesTo("GOD BLESS U.S. TROOPS", new String[] {"god", "bless", "u.s.", "troops"},
                new int[] {0, 4, 10, 15}, new int[] {3, 9, 14, 21});
        // UN and UK are never a pronoun
        assertTokenizesTo("LET THE UN ACT", new String[] {"let", "the", "u.n.", "act"},
                new int[] {0, 4, 8, 11}, new int[] {3, 7, 10, 14});
        // acronyms do not make a sentence capitals: two-letter words do not count, and NATO's four
        // capitals are fewer than three times the three small letters of "and"
        assertTokenizesTo("US, UK and EU leaders", new String[] {"u.s.", "u.k.", "and", "eu", "leaders"},
                new int[] {0, 4, 7, 11, 14}, new int[] {2, 6, 10, 13, 21});
        assertTokenizesTo("NATO and US", new String[] {"nato", "and", "u.s."},
                new int[] {0, 5, 9}, new int[] {4, 8, 11});
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
