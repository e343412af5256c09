package dev.framelens.framing;

import dev.framelens.stats.Bootstrap;
import dev.framelens.voice.Quotation;
import dev.framelens.voice.Voice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Speakers × frames: whose words the frame hits are in. A speaker is the source of a quotation as
 * {@link dev.framelens.voice.QuoteFinder} resolved it ({@link FrameHit#speaker()}); the same name in
 * two documents is one speaker; a quotation without a known source is speaker
 * {@value #UNKNOWN}. The author of each document is the voice {@link Voice#AUTHOR} with speaker
 * {@code ""}.
 *
 * <ul>
 *   <li>{@link #speakers}: each quoted speaker's quotations, the documents quoting them, their
 *       tokens (the tokens inside their quotations) and frame balance: A and R, the summed weights of
 *       the hits in their quotations (a negated alarm hit counts as reassurance),
 *       {@code per_1k = 1000 · weight / tokens} and the alarm index ln((A + ½) / (R + ½))
 *       ({@link Bootstrap#index}, the empirical logit of Lowe et al. 2011, as for documents).</li>
 *   <li>{@link #byActor}: who says what about whom — for each voice and speaker, actor and side, the
 *       number of that speaker's hits near a mention of the actor, "near" being the rule of
 *       {@link ActorFrames} (within ±window tokens; a hit near several mentions of one actor counts
 *       once for it).</li>
 * </ul>
 * Speakers are ordered by quotations (descending), then tokens (descending), then name; the author
 * comes first in {@link #byActor}.
 */
public final class SpeakerFrames {
    /** The speaker of a quotation whose source is unknown. */
    public static final String UNKNOWN = "?";

    private SpeakerFrames() {
    }

    /**
     * One quoted speaker's frame balance.
     *
     * @param speaker         the name as resolved, or {@value #UNKNOWN}
     * @param quotations      quotations attributed to them
     * @param documents       documents that quote them
     * @param tokens          tokens inside their quotations
     * @param alarmHits       hits of side alarm in their quotations
     * @param reassuranceHits hits of side reassurance (negated alarm included)
     * @param alarm           A, the summed weight of those alarm hits
     * @param reassurance     R
     */
    public record Speaker(String speaker, int quotations, int documents, int tokens, int alarmHits,
                          int reassuranceHits, double alarm, double reassurance) {
        /** {@code 1000 · weight / tokens}, NaN without tokens. */
        public double per1k(double weight) {
            return tokens == 0 ? Double.NaN : 1000.0 * weight / tokens;
        }

        /** ln((A + ½) / (R + ½)). */
        public double alarmIndex() {
            return Bootstrap.index(alarm, reassurance);
        }
    }

    /**
     * One voice × speaker × actor × side cell.
     *
     * @param voice   author or quoted
     * @param speaker the quoted speaker ({@value #UNKNOWN} when unknown), {@code ""} for the author
     * @param actor   the actor's label
     * @param side    alarm or reassurance
     * @param hits    the speaker's hits of that side near a mention of the actor
     */
    public record Row(Voice voice, String speaker, String actor, Side side, int hits) {
    }

    /** The quoted speakers of every document, most quoted first. */
    public static List<Speaker> speakers(FrameAnalysis analysis) {
        Map<String, long[]> counts = new LinkedHashMap<>(); // quotations, documents, tokens, alarm hits, reassurance hits
        Map<String, double[]> weights = new LinkedHashMap<>();
        for (DocumentFrames d : analysis.documents()) {
            Set<String> here = new HashSet<>();
            List<Quotation> qs = d.voices().quotations();
            for (int q = 0; q < qs.size(); q++) {
                String who = name(qs.get(q).speaker());
                long[] c = counts.computeIfAbsent(who, k -> new long[5]);
                weights.computeIfAbsent(who, k -> new double[2]);
                c[0]++;
                if (here.add(who)) {
                    c[1]++;
                }
                c[2] += d.quotationTokens(q);
            }
            for (FrameHit h : d.hits()) {
                if (h.voice() != Voice.QUOTED) {
                    continue;
                }
                String who = name(h.speaker());
                int side = h.side() == Side.ALARM ? 0 : 1;
                counts.get(who)[3 + side]++;
                weights.get(who)[side] += h.weight();
            }
        }
        List<Speaker> out = new ArrayList<>();
        counts.forEach((who, c) -> out.add(new Speaker(who, (int) c[0], (int) c[1], (int) c[2], (int) c[3], (int) c[4],
                weights.get(who)[0], weights.get(who)[1])));
        out.sort(Comparator.comparingInt(Speaker::quotations).reversed()
                .thenComparing(Comparator.comparingInt(Speaker::tokens).reversed())
                .thenComparing(Speaker::speaker));
        return out;
    }

    /**
     * Who says what about whom: for the author (always) and each quoted speaker with at least one
     * hit near an actor, a row per actor with mentions and per side (alarm, reassurance), zeros included so a
     * heatmap is complete; actors in file order.
     *
     * @param analysis hits and mentions (run with actors)
     * @param window   tokens each side, ≥ 0
     */
    public static List<Row> byActor(FrameAnalysis analysis, int window) {
        ActorFrames.checkWindow(window);
        Actors actors = ActorFrames.requireActors(analysis);
        int n = actors.actors().size();
        boolean[] mentioned = new boolean[n];
        Map<String, int[][]> cells = new LinkedHashMap<>(); // "" = the author; else the speaker
        cells.put("", new int[n][2]);
        for (DocumentFrames d : analysis.documents()) {
            d.mentions().forEach(m -> mentioned[m.actorIndex()] = true);
            ActorFrames.near(d, window, n, (h, actor) -> {
                String key = h.voice() == Voice.AUTHOR ? "" : name(h.speaker());
                cells.computeIfAbsent(key, k -> new int[n][2])[actor][h.side() == Side.ALARM ? 0 : 1]++;
            });
        }
        List<String> order = new ArrayList<>();
        for (Speaker s : speakers(analysis)) {
            if (cells.containsKey(s.speaker())) {
                order.add(s.speaker());
            }
        }
        List<Row> out = new ArrayList<>();
        addRows(out, Voice.AUTHOR, "", cells.get(""), actors, mentioned);
        for (String who : order) {
            addRows(out, Voice.QUOTED, who, cells.get(who), actors, mentioned);
        }
        return out;
    }

    private static void addRows(List<Row> out, Voice voice, String speaker, int[][] hits, Actors actors,
                                boolean[] mentioned) {
        for (int a = 0; a < hits.length; a++) {
            if (mentioned[a]) {
                out.add(new Row(voice, speaker, actors.actors().get(a), Side.ALARM, hits[a][0]));
                out.add(new Row(voice, speaker, actors.actors().get(a), Side.REASSURANCE, hits[a][1]));
            }
        }
    }

    private static String name(String speaker) {
        return speaker.isEmpty() ? UNKNOWN : speaker;
    }
}
