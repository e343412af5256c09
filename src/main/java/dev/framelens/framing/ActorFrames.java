package dev.framelens.framing;

import java.util.ArrayList;
import java.util.List;

/**
 * Actors × frames: for each actor, how many frame hits of each category occur near its mentions —
 * who is framed as the threat, and by whom.
 *
 * <p><b>Near</b> means within ±{@code window} tokens in the same document (default
 * {@value #DEFAULT_WINDOW}): a hit over tokens [h1, h2] is near a mention over [m1, m2] when the gap
 * between them, max(0, h1 − m2, m1 − h2), is at most {@code window}. Tokens are those of the
 * unfiltered stream the frame scorer reads (stop words included, a merged phrase one token), and
 * the window may cross sentence boundaries. A hit near several mentions of one actor counts once
 * for that actor; a hit near two actors counts for both.
 *
 * <p><b>Categories</b> are the lexicon's, in its order, followed by {@value Lexicon#NEGATED_ALARM}
 * (side reassurance) for negated alarm hits — the same split as the frame scores. Every actor with
 * at least one mention gets a row for every category, zeros included, so a heatmap is complete.
 * {@code hits} counts hits (not weights).
 */
public final class ActorFrames {
    /** Default window: tokens on each side of a mention. */
    public static final int DEFAULT_WINDOW = 10;

    private ActorFrames() {
    }

    /**
     * One actor × category cell.
     *
     * @param doc      document id, or {@code ""} in the overall table
     * @param actor    actor label
     * @param mentions mentions of the actor (in the document, or overall)
     * @param category category name (or {@value Lexicon#NEGATED_ALARM})
     * @param side     the category's side
     * @param hits     hits of the category near a mention of the actor
     */
    public record Row(String doc, String actor, int mentions, String category, Side side, int hits) {
    }

    /**
     * Rows per document (corpus order), actor (file order) and category (lexicon order, then
     * negated_alarm).
     *
     * @param analysis hits and mentions (run with actors)
     * @param window   tokens each side, ≥ 0
     */
    public static List<Row> byDocument(FrameAnalysis analysis, int window) {
        checkWindow(window);
        Actors actors = requireActors(analysis);
        List<Row> out = new ArrayList<>();
        for (DocumentFrames d : analysis.documents()) {
            out.addAll(rows(d, analysis.lexicon(), actors, window));
        }
        return out;
    }

    /**
     * The rows of one document (actor in file order, category in lexicon order, then
     * negated_alarm), for actors with a mention in it: what {@link #byDocument} lists for it.
     *
     * @param d       its hits and mentions (scored with {@code actors})
     * @param window  tokens each side, ≥ 0
     */
    public static List<Row> rows(DocumentFrames d, Lexicon lexicon, Actors actors, int window) {
        checkWindow(window);
        List<Row> out = new ArrayList<>();
        int[] mentions = new int[actors.actors().size()];
        int[][] hits = count(d, lexicon, actors, window, mentions);
        for (int a = 0; a < mentions.length; a++) {
            if (mentions[a] > 0) {
                addRows(out, d.id(), actors.actors().get(a), mentions[a], hits[a], lexicon);
            }
        }
        return out;
    }

    /** Rows per actor and category, summed over all documents; actors without mentions are left out. */
    public static List<Row> overall(FrameAnalysis analysis, int window) {
        Totals totals = new Totals(analysis.lexicon(), requireActors(analysis), window);
        analysis.documents().forEach(totals::add);
        return totals.rows();
    }

    /**
     * The sums behind {@link #overall}, one document at a time: its memory is one cell per actor
     * and category, whatever the corpus size. Not thread-safe.
     */
    public static final class Totals {
        private final Lexicon lexicon;
        private final Actors actors;
        private final int window;
        private final int[] mentions;
        private final int[][] hits;

        /** Empty sums; {@code window} tokens each side, ≥ 0. */
        public Totals(Lexicon lexicon, Actors actors, int window) {
            checkWindow(window);
            this.lexicon = lexicon;
            this.actors = java.util.Objects.requireNonNull(actors, "actors");
            this.window = window;
            this.mentions = new int[actors.actors().size()];
            this.hits = new int[mentions.length][lexicon.categories().size() + 1];
        }

        /** Adds one document's hits near each actor (scored with this lexicon and these actors). */
        public void add(DocumentFrames d) {
            int[] m = new int[mentions.length];
            int[][] h = count(d, lexicon, actors, window, m);
            for (int a = 0; a < mentions.length; a++) {
                mentions[a] += m[a];
                for (int c = 0; c < h[a].length; c++) {
                    hits[a][c] += h[a][c];
                }
            }
        }

        /** The rows of {@link #overall} for the documents added so far. */
        public List<Row> rows() {
            List<Row> out = new ArrayList<>();
            for (int a = 0; a < mentions.length; a++) {
                if (mentions[a] > 0) {
                    addRows(out, "", actors.actors().get(a), mentions[a], hits[a], lexicon);
                }
            }
            return out;
        }
    }

    private static void addRows(List<Row> out, String doc, String actor, int mentions, int[] hits, Lexicon lexicon) {
        for (Lexicon.Category c : lexicon.categories()) {
            out.add(new Row(doc, actor, mentions, c.name(), c.side(), hits[c.index()]));
        }
        out.add(new Row(doc, actor, mentions, Lexicon.NEGATED_ALARM, Side.REASSURANCE, hits[lexicon.categories().size()]));
    }

    /** hits[actor][category] for one document; fills mentions[actor]. */
    private static int[][] count(DocumentFrames d, Lexicon lexicon, Actors actors, int window, int[] mentions) {
        int categories = lexicon.categories().size();
        int[][] hits = new int[actors.actors().size()][categories + 1];
        List<ActorMention> ms = d.mentions();
        for (ActorMention m : ms) {
            mentions[m.actorIndex()]++;
        }
        near(d, window, actors.actors().size(), (h, actor) ->
                hits[actor][h.negated() ? categories : h.entry().category().index()]++);
        return hits;
    }

    /** Receives a hit and an actor it is near. */
    interface NearSink {
        void accept(FrameHit hit, int actorIndex);
    }

    /**
     * Calls {@code sink} once for each hit of {@code d} and each actor with a mention near it (the
     * rule of the class comment), hits in text order.
     */
    static void near(DocumentFrames d, int window, int actorCount, NearSink sink) {
        List<ActorMention> ms = d.mentions();
        if (ms.isEmpty()) {
            return;
        }
        int[] seen = new int[actorCount];
        int stamp = 0;
        int low = 0;
        for (FrameHit h : d.hits()) {
            stamp++;
            int first = h.firstToken();
            int last = h.endToken() - 1;
            while (low < ms.size() && ms.get(low).endToken() - 1 < first - window) {
                low++;
            }
            for (int k = low; k < ms.size() && ms.get(k).firstToken() <= last + window; k++) {
                ActorMention m = ms.get(k);
                if (m.endToken() - 1 < first - window) {
                    continue;
                }
                if (seen[m.actorIndex()] != stamp) {
                    seen[m.actorIndex()] = stamp;
                    sink.accept(h, m.actorIndex());
                }
            }
        }
    }

    static Actors requireActors(FrameAnalysis analysis) {
        if (analysis.actors() == null) {
            throw new IllegalArgumentException("this frame analysis was run without actors; run it with an Actors list");
        }
        return analysis.actors();
    }

    static void checkWindow(int window) {
        if (window < 0) {
            throw new IllegalArgumentException("window (" + window + ") must be ≥ 0 tokens (default " + DEFAULT_WINDOW + ")");
        }
    }
}
