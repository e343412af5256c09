package dev.framelens.spark;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.table.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The corpora the Spark tests compare on: the seeds (read raw from the engine's folder, so that
 * every copy is cleaned once, by the reader) and a seeded corpus of a few thousand documents made of
 * the seeds' sentences, with the cases a reader must agree on — an id used twice, blank ids, an empty
 * document, a document of stop words, metadata missing from some records, numbers among the
 * metadata, dates in two spellings (some blank), blank lines and CR LF line ends.
 */
final class TestCorpora {
    static final Path ENGINE = Path.of(System.getenv().getOrDefault("FRAMELENS_HOME", "..")).toAbsolutePath().normalize();
    static final Path SEEDS = ENGINE.resolve("seeds");
    static final Path PACK = ENGINE.resolve("lexicons/putin-kim.tsv");

    private TestCorpora() {
    }

    /** One record: its fields in order, text last. */
    record Rec(Map<String, Object> fields) {
    }

    /** The seeds as records: doc, the metadata.csv columns, text (raw). */
    static List<Rec> seeds() {
        Corpus raw = CorpusReader.read(SEEDS, CorpusReader.Options.defaults().withRaw(true));
        List<Rec> out = new ArrayList<>();
        for (Document d : raw) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("doc", d.id());
            for (String m : raw.metadataColumns()) {
                f.put(m, d.meta(m));
            }
            f.put("text", d.text());
            out.add(new Rec(f));
        }
        return out;
    }

    /** {@code n} documents of 2–12 seed sentences each, with the edge cases above; seeded. */
    static List<Rec> generated(int n, long seed) {
        List<String> sentences = new ArrayList<>();
        for (Rec r : seeds()) {
            for (String s : ((String) r.fields().get("text")).split("(?<=[.!?])\\s+")) {
                if (s.strip().length() > 20) {
                    sentences.add(s.strip());
                }
            }
        }
        Random random = new Random(seed);
        String[] outlets = {"Wire", "Daily", "Courier", "Herald", "Post"};
        String[] stances = {"alarmed", "reassuring", "neutral"};
        List<Rec> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("doc", k == 17 ? "" : k == 40 ? "doc-00039" : String.format("doc-%05d", k));
            f.put("outlet", outlets[random.nextInt(outlets.length)]);
            if (k % 11 != 3) {
                f.put("stance", stances[random.nextInt(stances.length)]);
            }
            int year = 2015 + random.nextInt(10);
            f.put("year", year);
            // a publication date in two spellings, none for every 13th record
            java.time.LocalDate day = java.time.LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            f.put("date", k % 13 == 5 ? "" : k % 2 == 0 ? day.toString()
                    : day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                            + day.getDayOfMonth() + ", " + year);
            StringBuilder text = new StringBuilder();
            int m = 2 + random.nextInt(11);
            for (int s = 0; s < m; s++) {
                text.append(sentences.get(random.nextInt(sentences.size())));
                text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
            }
            String t = k == 25 ? "   \n  " : k == 26 ? "The of and a to it." : text.toString().strip();
            f.put("text", t);
            out.add(new Rec(f));
        }
        return out;
    }

    /** JSON Lines, a blank line after every 100th record, CR LF after every 7th. */
    static Path writeJsonl(List<Rec> recs, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < recs.size(); k++) {
            Json.write(recs.get(k).fields(), Json.Escape.PLAIN, b);
            b.append(k % 7 == 6 ? "\r\n" : "\n");
            if (k % 100 == 99) {
                b.append("\n");
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** CSV with a header of every field name (all as text). */
    static Path writeCsv(List<Rec> recs, Path file) throws IOException {
        List<String> header = new ArrayList<>();
        for (Rec r : recs) {
            for (String k : r.fields().keySet()) {
                if (!header.contains(k)) {
                    header.add(k);
                }
            }
        }
        header.remove("text");
        header.add("text");
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        for (Rec r : recs) {
            List<String> cells = new ArrayList<>();
            for (String h : header) {
                Object v = r.fields().get(h);
                String s = v == null ? "" : v.toString();
                cells.add("\"" + s.replace("\"", "\"\"") + "\"");
            }
            b.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
