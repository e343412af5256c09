package dev.framelens.bench;

/**
 * A benchmark input held in memory: the documents' texts, their total size in UTF-8 bytes (the
 * unit of every MB/s figure) and, per document, an id, a title and one metadata value (used to
 * build an engine {@code Corpus} and to split it into two groups for comparisons).
 */
public final class Texts {
    public final String name;
    public final String[] ids;
    public final String[] titles;
    public final String[] texts;
    /** One metadata column ({@link #groupColumn}) per document, for group comparisons. */
    public final String[] groups;
    public final String groupColumn;
    /** The two values of {@link #groupColumn} compared (a first). */
    public final String groupA;
    public final String groupB;
    public final long utf8Bytes;
    public final long chars;

    Texts(String name, String[] ids, String[] titles, String[] texts, String groupColumn, String[] groups,
          String groupA, String groupB) {
        this.groupA = groupA;
        this.groupB = groupB;
        this.name = name;
        this.ids = ids;
        this.titles = titles;
        this.texts = texts;
        this.groupColumn = groupColumn;
        this.groups = groups;
        long b = 0;
        long c = 0;
        for (String t : texts) {
            b += utf8Length(t);
            c += t.length();
        }
        this.utf8Bytes = b;
        this.chars = c;
    }

    private java.util.List<dev.framelens.corpus.Document> documents;
    private dev.framelens.corpus.Corpus corpus;

    /** The texts as engine documents (id, title, text, {@code groupColumn → group}); built once. */
    public synchronized java.util.List<dev.framelens.corpus.Document> documents() {
        if (documents == null) {
            dev.framelens.corpus.Document[] d = new dev.framelens.corpus.Document[texts.length];
            for (int k = 0; k < d.length; k++) {
                d[k] = new dev.framelens.corpus.Document(ids[k], titles[k], texts[k],
                        java.util.Map.of(groupColumn, groups[k]));
            }
            documents = java.util.List.of(d);
        }
        return documents;
    }

    /** The texts as an engine corpus; built once. */
    public synchronized dev.framelens.corpus.Corpus corpus() {
        if (corpus == null) {
            corpus = dev.framelens.corpus.Corpus.of(documents());
        }
        return corpus;
    }

    public int size() {
        return texts.length;
    }

    /** Bytes {@code s} takes in UTF-8, without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %d documents, %.2f MB UTF-8, %d chars",
                name, texts.length, utf8Bytes / 1e6, chars);
    }
}
