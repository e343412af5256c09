package dev.framelens.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable, ordered collection of {@link Document}s with unique ids. Read one with
 * {@link #read(Path)}; for corpora larger than memory stream documents with
 * {@link CorpusReader#stream}.
 */
public final class Corpus implements Iterable<Document>, DocumentSource {
    private final List<Document> documents;
    private final Map<String, Document> byId;
    private final List<String> metadataColumns;
    private final String metadataSource;

    private Corpus(List<Document> documents, String metadataSource) {
        Map<String, Document> ids = new LinkedHashMap<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Document d : documents) {
            if (ids.putIfAbsent(d.id(), d) != null) {
                throw CorpusException.data("two documents have the id '" + d.id() + "'; ids must be unique");
            }
            columns.addAll(d.metadata().keySet());
        }
        this.documents = List.copyOf(documents);
        this.byId = Collections.unmodifiableMap(ids);
        this.metadataColumns = List.copyOf(columns);
        this.metadataSource = metadataSource;
    }

    /** A corpus of these documents, in this order. */
    public static Corpus of(Collection<Document> documents) {
        return of(documents, "");
    }

    /**
     * A corpus of these documents, in this order, whose metadata was read from
     * {@code metadataSource} (named in warnings about metadata columns).
     */
    public static Corpus of(Collection<Document> documents, String metadataSource) {
        return new Corpus(new ArrayList<>(documents), Objects.requireNonNull(metadataSource, "metadataSource"));
    }

    /** Reads a folder of {@code .txt} files, a {@code .csv} or a {@code .jsonl} file, with boilerplate cleaning. */
    public static Corpus read(Path path) {
        return CorpusReader.read(path, CorpusReader.Options.defaults());
    }

    public List<Document> documents() {
        return documents;
    }

    public int size() {
        return documents.size();
    }

    /** The document with this id; throws with the known ids when there is none. */
    public Document get(String id) {
        Document d = byId.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no document '" + id + "' in the corpus; ids are " + byId.keySet());
        }
        return d;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Metadata column names, in order of first appearance. */
    public List<String> metadataColumns() {
        return metadataColumns;
    }

    /**
     * The file the metadata columns were read from: a folder's {@code metadata.csv}, or the
     * {@code .csv} or {@code .jsonl} corpus itself; {@code ""} for a corpus made in memory.
     */
    @Override
    public String metadataSource() {
        return metadataSource;
    }

    /** A new corpus of the documents that pass {@code filter}. */
    public Corpus filter(Predicate<Document> filter) {
        List<Document> kept = new ArrayList<>();
        for (Document d : documents) {
            if (filter.test(d)) {
                kept.add(d);
            }
        }
        return new Corpus(kept, metadataSource);
    }

    @Override
    public void forEach(java.util.function.Consumer<? super Document> sink) {
        documents.forEach(sink);
    }

    @Override
    public java.util.Iterator<Document> iterator() {
        return documents.iterator();
    }

    @Override
    public String toString() {
        return "Corpus[" + documents.size() + " documents, metadata " + metadataColumns + "]";
    }
}
