package dev.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Cleaning on the real seed articles, and that --raw keeps everything. */
class CleanerTest {
    static final Path SEEDS = Path.of("seeds");

    @Test
    void seedsLoseTheirTrailingBoilerplate() {
        Corpus c = Corpus.read(SEEDS);
        assertEquals(5, c.size());
        String s000 = c.get("000_d54235d511f720fa").text();
        assertTrue(s000.endsWith("national security challenge."), tail(s000));
        String s001 = c.get("001_3c2068cdf05ec9b9").text();
        assertTrue(s001.endsWith("provide military"), tail(s001));
        assertFalse(s001.contains("Leave a Reply") || s001.contains("Visited") || s001.contains("Source::"));
        String s002 = c.get("002_245de9c93e9a4803").text();
        assertTrue(s002.endsWith("These are our neighbors.\u201D"), tail(s002));
        assertFalse(s002.contains("suscripción") || s002.contains("Sign up"));
        String s003 = c.get("003_bed0dd2fd357f9ba").text();
        assertEquals(1, count(s003, "Kim, Putin to meet on weapons, space, regional naval drills: Reports"));
        assertEquals("Kim, Putin to meet on weapons, space, regional naval drills: Reports", c.get("003_bed0dd2fd357f9ba").title());
        assertEquals("US scorns Putin's possible turn toward North Korea", c.get("000_d54235d511f720fa").title());
    }

    @Test
    void rawKeepsEverything() {
        Corpus raw = CorpusReader.read(SEEDS, CorpusReader.Options.defaults().withRaw(true));
        assertTrue(raw.get("001_3c2068cdf05ec9b9").text().contains("Leave a Reply"));
        assertTrue(raw.get("002_245de9c93e9a4803").text().contains("suscripción"));
        assertEquals(2, count(raw.get("003_bed0dd2fd357f9ba").text(), "naval drills: Reports"));
    }

    @Test
    void keepsArticleLinesThatOnlyMentionBoilerplateWords() {
        String t = "Headline\n\nHe said the source link was cut.\nSource link\n";
        assertEquals("Headline\n\nHe said the source link was cut.", Cleaner.clean(t));
        assertEquals("A\nB", Cleaner.clean("A\nB"));
        assertEquals("", Cleaner.clean("Leave a Reply\n"));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }

    private static String tail(String s) {
        return "…" + s.substring(Math.max(0, s.length() - 80));
    }

    @Test
    void teaserTailIsCutByHand() {
        assertEquals("Putin spoke", Cleaner.clean("Putin spoke... Read more"));
        assertEquals("Putin spoke", Cleaner.clean("Putin spoke\u2026 READ MORE  \n"));
        assertEquals("Putin spoke... Read more please", Cleaner.clean("Putin spoke... Read more please"));
        assertEquals("He said read more", Cleaner.clean("He said read more"));
    }

    /** The "read more" check that spares the teaser pattern on most texts removes exactly what the pattern alone would. */
    @Test
    void teaserCheckChangesNothingTheRegexWouldDo() {
        java.util.regex.Pattern teaser = java.util.regex.Pattern.compile("\\s*(\u2026|\\.\\.\\.)\\s*read more\\s*$",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        String[] ends = {"", " ", "\n", "\r\n", "\u2028", "\u0085", " \u2028", "\t\n ", "\u2029\n"};
        String[] tails = {"... read more", "\u2026Read More", "... READ MORE", "...read mor", "... rEaD mOrE", "read more",
            "... read more.", "... re\u0430d more", "...  read more"};
        int cut = 0;
        for (String tail : tails) {
            for (String end : ends) {
                String text = "Kim arrived in Moscow" + tail + end;
                String expected = teaser.matcher(text.strip()).replaceFirst("");
                assertEquals(expected, Cleaner.clean(text).strip(), java.util.List.of(tail, end).toString());
                cut += expected.equals("Kim arrived in Moscow") ? 1 : 0;
            }
        }
        assertTrue(cut >= 20, "cut " + cut);
    }
}
