package dev.framelens.framing;

import dev.framelens.text.WordList;
import dev.framelens.text.Analyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of a story and the terms that mention them (the Putin–Kim pack's
 * {@code lexicons/putin-kim.actors.tsv}: Putin, Kim, Russia, North Korea, U.S., …). Actors are
 * story-bound, so they come with a story pack ({@link StoryPack}) or a file of the user's
 * ({@link #read}); the engine ships none. Immutable and thread-safe.
 *
 * <p>File format: UTF-8, tab-separated, {@code #} comments and blank lines ignored, header
 * {@code actor<TAB>term}, then one {@code actor<TAB>term} row per term. A term is written as the
 * analyzer emits it: a canonical phrase of the phrase list ({@code north korea},
 * {@code kim jong un}) or a word ({@code putin}, {@code u.s.}); it is split into words by the
 * engine's tokenizer and matched against the unfiltered, phrase-merged stream with the same rules
 * as lexicon entries (within a sentence, leftmost-longest, a merged phrase only as a whole). Each
 * term belongs to one actor.
 */
public final class Actors {

    /**
     * One term naming an actor.
     *
     * @param actor the actor label
     * @param actorIndex the actor's 0-based position in {@link #actors()}
     * @param term  the term's words joined by single spaces
     * @param words its words as the tokenizer emits them
     * @param line  the line of the file it was read from
     */
    public record Term(String actor, int actorIndex, String term, List<String> words, int line) {
        public Term {
            words = List.copyOf(words);
        }
    }

    private final String source;
    private final List<String> actors;
    private final List<Term> terms;

    private Actors(String source, List<String> actors, List<Term> terms) {
        this.source = source;
        this.actors = List.copyOf(actors);
        this.terms = List.copyOf(terms);
    }

    /**
     * Reads an actor file.
     *
     * @throws IllegalArgumentException with one line naming the file (and line) of the problem
     */
    public static Actors read(Path file) {
        return parse(file.toString(), WordList.fileLines(file));
    }

    /**
     * Parses actor lines.
     *
     * @param source the name errors give for the file
     * @param lines  every line of the file (numbered from 1 in messages)
     * @return the actors
     * @throws IllegalArgumentException as {@code source:line: problem} for the first bad row
     */
    public static Actors parse(String source, List<String> lines) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        boolean header = TwoColumnFile.read(source, lines, "actor", "term", (where, n, actor, written) -> {
            if (actor.isEmpty()) {
                throw new IllegalArgumentException(where + "empty actor; write its label in the first field");
            }
            List<String> words = Analyzer.words(written);
            if (words.isEmpty()) {
                throw new IllegalArgumentException(where + "empty term '" + written + "': it has no letters or digits");
            }
            String term = String.join(" ", words);
            Integer before = seen.putIfAbsent(term, n);
            if (before != null) {
                throw new IllegalArgumentException(where + "term '" + term + "' is already on line " + before
                        + "; each term belongs to one actor");
            }
            int a = index.computeIfAbsent(actor, k -> index.size());
            terms.add(new Term(actor, a, term, words, n));
        });
        if (!header) {
            throw new IllegalArgumentException(source + ": no header; the first line must be actor<TAB>term");
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException(source + ": no actor terms after the header");
        }
        return new Actors(source, new ArrayList<>(index.keySet()), terms);
    }

    /**
     * These actors and the terms of {@code more} (a second story pack's): an actor label already
     * here keeps its place, a new one comes after the others.
     *
     * @throws IllegalArgumentException naming {@code more}'s file and line of a term that is already here
     */
    public Actors withMore(Actors more) {
        Map<String, Integer> index = new LinkedHashMap<>();
        actors.forEach(a -> index.put(a, index.size()));
        Map<String, Term> seen = new HashMap<>();
        terms.forEach(t -> seen.put(t.term(), t));
        List<Term> merged = new ArrayList<>(terms);
        for (Term t : more.terms) {
            Term before = seen.get(t.term());
            if (before != null) {
                throw new IllegalArgumentException(more.source + ":" + t.line() + ": term '" + t.term() + "' is already in "
                        + source + " (line " + before.line() + "); each term belongs to one actor");
            }
            int a = index.computeIfAbsent(t.actor(), k -> index.size());
            Term added = new Term(t.actor(), a, t.term(), t.words(), t.line());
            seen.put(added.term(), added);
            merged.add(added);
        }
        return new Actors(source + " + " + more.source, new ArrayList<>(index.keySet()), merged);
    }

    /** Where the list was read from. */
    public String source() {
        return source;
    }

    /** Actor labels in order of first appearance. */
    public List<String> actors() {
        return actors;
    }

    /** Terms in file order. */
    public List<Term> terms() {
        return terms;
    }

    @Override
    public String toString() {
        return "Actors[" + source + ": " + actors.size() + " actors, " + terms.size() + " terms]";
    }
}
