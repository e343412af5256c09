package dev.framelens.voice.internal;

import java.util.Set;

/**
 * Finds the noun phrase that names a speaker: the subject before a cue ({@code Sullivan said}),
 * the phrase after an inverted cue or {@code according to} ({@code said Andrei Lankov},
 * {@code according to the U.S. State Department}), and the antecedent of a relative pronoun
 * ({@code North Korea, which on Friday claimed}). Phrases never cross a sentence.
 */
public final class Phrases {
    private Phrases() {
    }

    /**
     * A phrase: units {@code first..last}.
     *
     * @param relative the phrase is the antecedent of {@code which}/{@code who} before the cue
     * @param passive  the cue is a passive ({@code it was announced}); the phrase may be {@code null}
     */
    public record Np(int first, int last, boolean relative, boolean passive) {
    }

    /** Auxiliaries and modals skipped between a subject and its cue. */
    public static final Set<String> AUX = Set.of(
            "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did",
            "does", "do", "is", "am", "was", "were", "are", "be", "been", "being", "not", "never");

    /** Auxiliaries of the passive: {@code was announced}. */
    static final Set<String> PASSIVE = Set.of("is", "was", "were", "are", "been", "be", "being");

    /** Adverbs skipped between a subject and its cue (besides lower-case words in -ly). */
    static final Set<String> ADVERBS = Set.of(
            "also", "already", "still", "then", "now", "again", "once", "since", "later", "earlier", "previously",
            "first", "further", "too", "even", "just", "recently", "separately", "publicly", "privately", "today",
            "yesterday", "tonight", "often", "always", "ever", "meanwhile", "however", "instead", "repeatedly",
            "reportedly", "merely", "famously", "explicitly", "simply", "only", "long", "thus");

    /** Time words skipped around a cue ({@code said on Monday}, {@code late last month warned}). */
    public static final Set<String> TIME = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan.",
            "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "week",
            "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night", "last", "this", "next",
            "late", "early", "earlier", "recent", "days", "weeks", "months", "years", "ago", "today", "yesterday",
            "tonight");

    /** Words that end a subject phrase read backwards from its cue. */
    static final Set<String> STOP = Set.of(
            "and", "or", "but", "nor", "while", "as", "because", "since", "although", "though", "if", "when",
            "where", "whether", "so", "than", "that", "which", "who", "whom", "whose", "what", "to", "in", "on",
            "at", "for", "with", "by", "from", "about", "after", "before", "during", "into", "over", "under",
            "between", "against", "through", "without", "like", "unlike", "until", "upon", "within", "also",
            "however", "meanwhile", "then", "there", "here", "now", "not", "is", "was", "are", "were", "has",
            "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "be", "been",
            "said", "says", "told", "added", "adding", "saying", "telling", "citing", "why", "how",
            "yet", "even", "only", "just", "both", "either", "neither", "whereas", "unless", "once", "per",
            "via", "amid", "among", "despite", "toward", "towards", "across", "along", "around", "behind",
            "beyond", "near", "off", "out", "up", "down", "i", "me", "us", "him", "them");

    /** Words that open a phrase: read backwards, the phrase ends (starts) with them. */
    static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "some", "many", "several", "multiple", "two", "three", "four", "most", "other",
            "both", "all", "one", "another", "few", "numerous", "these", "those", "this");

    /** The author's own voice: a cue with one of these subjects is not an attribution ("I believe", "we say"). */
    public static final Set<String> FIRST_PERSON = Set.of("i", "we", "you");

    /**
     * Nouns that make {@code according to} + a lower-case phrase a source ("according to officials",
     * "according to a report") rather than a manner ("according to nationality", "according to the rules").
     */
    static final Set<String> SOURCE_NOUNS = Set.of(
            "official", "officials", "source", "sources", "report", "reports", "dispatch", "dispatches", "expert",
            "experts", "analyst", "analysts", "witness", "witnesses", "data", "figures", "statistics", "estimate",
            "estimates", "survey", "surveys", "poll", "polls", "study", "studies", "media", "police", "authorities",
            "spokesman", "spokeswoman", "spokesperson", "statement", "statements", "government", "ministry",
            "agency", "documents", "document", "diplomats", "diplomat", "observers", "residents", "aides",
            "people", "person", "insiders", "investigators", "prosecutors", "researchers", "scientists",
            "accounts", "account", "records", "reporting", "newspaper", "paper", "daily", "website", "broadcaster",
            "testimony", "filing", "filings", "court", "lawmakers", "lawmaker", "officer", "officers", "commander",
            "commanders", "minister", "ministers", "president", "leader", "leaders", "adviser", "advisers",
            "advisor", "advisors", "administration", "military", "army", "intelligence", "memo",
            "letter", "transcript", "readout", "announcement", "release", "briefing", "interview");

    /** Pronouns that can be a subject. */
    public static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");

    /**
     * The subject of the cue starting at unit {@code cue}: read backwards over auxiliaries,
     * adverbs and time words, over up to three comma-delimited parentheticals
     * ({@code Victor Cha, a former … director, has alleged}), to the antecedent of {@code which} /
     * {@code who}, then over the phrase's words to a stop word, a punctuation mark or the start of
     * the sentence. {@code null} when there is none; a passive with no subject gives an
     * {@code Np} with {@code passive} set and the pronoun {@code it} (or nothing) as its words.
     */
    public static Np subject(Units u, int cue) {
        int sentence = u.sentence(cue);
        int j = cue - 1;
        boolean passive = false;
        for (int guard = 0; guard < 4; guard++) {
            boolean skippedTime = false;
            while (j >= 0 && u.sentence(j) == sentence && u.isWord(j)) {
                String w = u.lower(j);
                if (AUX.contains(w) || ADVERBS.contains(w) || (w.endsWith("ly") && !u.capitalized(j) && w.length() > 4)) {
                    passive |= PASSIVE.contains(w);
                    j--;
                } else if (TIME.contains(w) && !u.capitalized(j) || TIME.contains(w) && isTimeName(w)) {
                    skippedTime = true;
                    j--;
                } else if (skippedTime && (w.equals("on") || w.equals("in") || w.equals("at") || w.equals("during"))) {
                    j--;
                } else if (w.equals("far") && u.is(j - 1, "so")) {
                    j -= 2;
                } else {
                    break;
                }
            }
            if (j < 0 || u.sentence(j) != sentence) {
                return passive ? new Np(-1, -1, false, true) : null;
            }
            if (u.is(j, "which", "who")) {
                int k = u.isPunct(j - 1, ',') ? j - 2 : j - 1;
                Np np = backward(u, k, sentence);
                return np == null ? null : new Np(np.first, np.last, true, false);
            }
            if (!u.isPunct(j, ',')) {
                break;
            }
            // a parenthetical between commas: "Victor Cha, a former … director, has alleged"
            int k = previousComma(u, j, sentence);
            if (k < 0) {
                return null; // "Those talks, said X": the subject follows the cue
            }
            int before = k - 1;
            if (!u.isWord(before) || u.sentence(before) != sentence) {
                return null;
            }
            if (u.capitalized(before) || Character.isDigit(u.first(before)) || previousComma(u, k, sentence) < 0) {
                j = before; // the name the parenthetical follows, or "officials, speaking …, said"
                break;
            }
            j = k; // "Kim Kyou-hyun, the head of …, however, told": one more parenthetical
        }
        Np np = backward(u, j, sentence);
        if (np == null) {
            return passive ? new Np(-1, -1, false, true) : null;
        }
        if (passive && np.first == np.last && u.is(np.first, "it", "this", "that")) {
            return new Np(np.first, np.last, false, true);
        }
        return np;
    }

    /** The comma before the comma at {@code j} across at most 16 words (and hyphens) of its sentence, or -1. */
    private static int previousComma(Units u, int j, int sentence) {
        int k = j - 1;
        int words = 0;
        while (k >= 0 && u.sentence(k) == sentence && !u.isPunct(k, ',') && words <= 16) {
            if (!u.isWord(k) && !u.isPunct(k, '-') && !u.isPunct(k, '\u2013')) {
                return -1;
            }
            words++;
            k--;
        }
        return k >= 0 && u.sentence(k) == sentence && u.isPunct(k, ',') && words > 0 ? k : -1;
    }

    private static boolean isTimeName(String w) {
        return !w.equals("last") && !w.equals("this") && !w.equals("next") && !w.equals("late") && !w.equals("early")
                && !w.equals("march") && !w.equals("may");
    }

    /** The phrase ending at unit {@code j}, read backwards (see {@link #subject}). */
    static Np backward(Units u, int j, int sentence) {
        int last = j;
        int count = 0;
        int k = j;
        while (k >= 0 && u.sentence(k) == sentence && u.isWord(k) && count < 9) {
            String w = u.lower(k);
            if (w.equals("of")) {
                // inside a phrase only: "Secretary of State Antony Blinken"
                if (count > 0 && continuesBefore(u, k)) {
                    count++;
                    k--;
                    continue;
                }
                break;
            }
            if (STOP.contains(w)) {
                break;
            }
            count++;
            k--;
            if (OPENERS.contains(w)) {
                // "the head of the agency": an opener after "of" continues the phrase
                if (u.is(k, "of") && continuesBefore(u, k)) {
                    continue;
                }
                break;
            }
        }
        int first = k + 1;
        if (first > last) {
            return null;
        }
        // a phrase of openers alone ("the") is none
        boolean content = false;
        for (int i = first; i <= last; i++) {
            content |= !OPENERS.contains(u.lower(i));
        }
        return content ? new Np(first, last, false, false) : null;
    }

    /**
     * Whether the phrase after {@code according to} names a source: it has a capitalised word or a
     * pronoun, or its last word is a {@link #SOURCE_NOUNS source noun}.
     */
    public static boolean namesSource(Units u, Np np) {
        for (int i = np.first(); i <= np.last(); i++) {
            if (u.capitalized(i) || u.in(i, PRONOUNS) || u.is(i, "him", "her", "them")) {
                return true;
            }
        }
        return u.in(np.last(), SOURCE_NOUNS);
    }

    /** Whether the word before the {@code of} at unit {@code k} can end a phrase's head ("head of"). */
    private static boolean continuesBefore(Units u, int k) {
        return u.isWord(k - 1) && u.sentence(k - 1) == u.sentence(k) && !STOP.contains(u.lower(k - 1))
                && !OPENERS.contains(u.lower(k - 1)) && !AUX.contains(u.lower(k - 1));
    }

    /**
     * The phrase starting at unit {@code j} and read forwards: after {@code said} or
     * {@code according to}. Stops at a stop word, a punctuation mark or the sentence end; a list of
     * capitalised names ({@code the U.S., UK, South Korea, and Japan}) is one phrase; trailing time
     * words are dropped ({@code multiple dispatches Tuesday}).
     */
    public static Np forward(Units u, int j) {
        if (!u.isWord(j)) {
            return null;
        }
        int sentence = u.sentence(j);
        int k = j;
        int count = 0;
        while (u.isWord(k) && u.sentence(k) == sentence && count < 9) {
            String w = u.lower(k);
            if (count > 0 && (STOP.contains(w) && !(w.equals("of") && (u.capitalized(k + 1) || u.in(k + 1, OPENERS))))) {
                break;
            }
            if (count == 0 && STOP.contains(w) && !OPENERS.contains(w)) {
                return null;
            }
            count++;
            k++;
        }
        int last = k - 1;
        // a list of names: ", UK, South Korea, and Japan"
        if (u.isPunct(k, ',') && u.capitalized(k + 1)) {
            int m = k;
            int listEnd = -1;
            while (u.isPunct(m, ',') || u.is(m, "and")) {
                m++;
                if (u.is(m, "and")) {
                    m++;
                }
                if (!u.capitalized(m)) {
                    break;
                }
                boolean afterAnd = u.is(m - 1, "and");
                while (u.capitalized(m) && u.sentence(m) == sentence) {
                    m++;
                }
                if (afterAnd) {
                    listEnd = m - 1;
                    break;
                }
            }
            if (listEnd > 0) {
                last = listEnd;
            }
        }
        while (last >= j && TIME.contains(u.lower(last))) {
            last--;
        }
        if (last >= j && u.is(last, "on", "in", "last", "this")) {
            last--;
        }
        return last >= j ? new Np(j, last, false, false) : null;
    }
}
