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
}
