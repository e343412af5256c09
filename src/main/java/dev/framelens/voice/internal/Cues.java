package dev.framelens.voice.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attribution cues of English news: speech-act verbs in all their forms, {@code according to},
 * and the nouns of the possessive pattern ({@code Trump’s warnings that …}), with the rules that
 * tell a verb from a noun of the same spelling. Cognition verbs ({@code believe}, {@code think},
 * {@code know}, {@code view}) are not cues: PARC-style attribution includes them, the coding guide
 * of the seeds' gold standard does not.
 */
public final class Cues {
    private Cues() {
    }

    /** The grammatical form of a cue occurrence. */
    public enum Form {
        /** said, told, warned */
        PAST,
        /** says, warns */
        PRESENT,
        /** say, warn */
        BASE,
        /** saying, adding */
        PARTICIPLE,
        /** according to */
        ACCORDING
    }

    /** What may follow a cue verb. */
    public enum Type {
        /** a that-clause or a bare clause: say, warn, add, claim, … */
        SAY,
        /** an object and a to-infinitive: urge X to, call on X to, call for X to, ask X to */
        URGE,
        /** only attributes a quoted phrase in its sentence: accuse, describe, call, dub, brand, label */
        NAME,
        /** according to X */
        ACCORDING
    }

    /**
     * One cue in a text.
     *
     * @param first first unit
     * @param last  last unit (a particle: {@code point out}, {@code call on}, {@code according to})
     * @param lemma the verb's base form, {@code according to}
     * @param form  its form
     * @param type  what may follow it
     */
    public record Cue(int first, int last, String lemma, Form form, Type type) {
        /** Whether the lemma also takes a bare to-infinitive as what is reported ({@code claimed to have}). */
        public boolean takesTo() {
            return CLAIM_TO.contains(lemma);
        }

        /** Whether the lemma takes a bare clause without {@code that} ({@code says he will}). */
        public boolean takesBareClause() {
            return type == Type.SAY && !NO_BARE_CLAUSE.contains(lemma);
        }
    }

    /** Verbs of the SAY type (a that-clause or a bare clause follows). */
    static final List<String> SAY = List.of(
            "say", "tell", "add", "warn", "note", "stress", "claim", "allege", "argue", "insist", "explain",
            "state", "announce", "report", "write", "declare", "confirm", "deny", "acknowledge", "admit",
            "assert", "maintain", "contend", "predict", "recall", "indicate", "emphasize", "emphasise", "reveal",
            "disclose", "concede", "caution", "complain", "conclude", "suggest", "reply", "respond", "testify",
            "tweet", "remark", "comment", "observe", "mention", "boast", "vow", "pledge", "promise", "threaten",
            "point out", "demand", "charge", "counter", "protest", "retort", "quip", "joke");

    /** Verbs of the URGE type. */
    static final List<String> URGE = List.of("urge", "call on", "call for", "ask", "appeal to", "press");

    /** Verbs that only name what is quoted. */
    static final List<String> NAME = List.of("accuse", "describe", "call", "dub", "brand", "label", "term");

    /** SAY verbs that take a to-infinitive as their content ({@code claimed to have launched}). */
    static final Set<String> CLAIM_TO = Set.of("claim", "vow", "pledge");

    /** SAY verbs whose bare complement is rarely a clause. */
    static final Set<String> NO_BARE_CLAUSE = Set.of("demand", "charge", "protest", "comment", "respond", "testify",
            "vow", "pledge", "threaten", "promise", "reply", "counter");

    /** Spellings that are also common nouns or adjectives: a verb only after a subject-like word. */
    static final Set<String> NOUN_LIKE = Set.of(
            "state", "states", "report", "reports", "claim", "claims", "warning", "warnings", "note", "notes",
            "stress", "comment", "comments", "remark", "remarks", "reply", "replies", "answer", "promise", "promises",
            "pledge", "pledges", "call", "calls", "demand", "demands", "charge", "charges", "counter", "protest",
            "protests", "joke", "jokes", "tweet",
            "tweets", "press", "point", "points", "label", "labels", "term", "terms", "brand", "ask", "request",
            "vow", "vows");

    /** Nouns of the possessive pattern {@code X’s N that …}. */
    public static final Set<String> NOUNS = Set.of(
            "claim", "claims", "warning", "warnings", "assertion", "assertions", "allegation", "allegations",
            "insistence", "statement", "statements", "announcement", "announcements", "argument", "arguments",
            "contention", "promise", "promises", "pledge", "pledges", "suggestion", "suggestions", "prediction",
            "predictions", "admission", "assurance", "assurances", "denial", "denials", "threat", "threats",
            "accusation", "accusations", "charge", "charges", "remarks", "comments", "report", "reports");

    /** Words before a noun: a cue spelled like a noun is not a verb after them. */
    static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "whose",
            "no", "any", "each", "every", "such", "own", "new", "first", "last", "latest", "recent", "another",
            "of", "in", "on", "for", "with", "by", "from", "at", "as", "about", "into", "without", "under", "after",
            "before", "between", "over");

    /** Words before a verb that make a noun-like spelling a verb. */
    static final Set<String> SUBJECT_LIKE = Set.of(
            "he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "also", "has", "have", "had",
            "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do",
            "is", "was", "were", "are", "be", "been", "being", "not", "never", "then", "still", "now", "again",
            "already", "repeatedly", "once", "separately", "officials", "experts", "sources", "analysts",
            "diplomats", "observers", "critics", "people", "residents", "police", "authorities", "lawmakers",
            "leaders", "ministers", "scientists", "researchers", "witnesses", "members", "rebels", "troops");

    private static final Map<String, Entry> FORMS = new HashMap<>();
    /** The first words of the two-word keys of {@link #FORMS}: only after one is the pair looked up. */
    private static final Set<String> PAIR_FIRST = new HashSet<>();

    private record Entry(String lemma, Form form, Type type, String particle) {
    }

    static {
        for (String v : SAY) {
            register(v, Type.SAY);
        }
        for (String v : URGE) {
            register(v, Type.URGE);
        }
        for (String v : NAME) {
            register(v, Type.NAME);
        }
    }

    private static void register(String lemma, Type type) {
        String verb = lemma;
        String particle = null;
        int space = lemma.indexOf(' ');
        if (space > 0) {
            verb = lemma.substring(0, space);
            particle = lemma.substring(space + 1);
        }
        String[] forms = forms(verb);
        Form[] kinds = {Form.BASE, Form.PRESENT, Form.PAST, Form.PARTICIPLE, Form.PAST};
        for (int k = 0; k < forms.length; k++) {
            if (forms[k] == null) {
                continue;
            }
            String key = particle == null ? forms[k] : forms[k] + " " + particle;
            FORMS.putIfAbsent(key, new Entry(lemma, kinds[k], type, particle));
            if (particle != null) {
                PAIR_FIRST.add(forms[k]);
            }
        }
    }

    /** base, -s, past, -ing, past participle (null when the same as the past). */
    static String[] forms(String v) {
        switch (v) {
            case "say":
                return new String[] {"say", "says", "said", "saying", null};
            case "tell":
                return new String[] {"tell", "tells", "told", "telling", null};
            case "write":
                return new String[] {"write", "writes", "wrote", "writing", "written"};
            default:
                break;
        }
        if (v.equals("admit") || v.equals("quip") || v.equals("dub")) {
            String last = v.substring(v.length() - 1);
            return new String[] {v, v + "s", v + last + "ed", v + last + "ing", null};
        }
        if (v.endsWith("e")) {
            return new String[] {v, v + "s", v + "d", v.substring(0, v.length() - 1) + "ing", null};
        }
        if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            String stem = v.substring(0, v.length() - 1);
            return new String[] {v, stem + "ies", stem + "ied", v + "ing", null};
        }
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x")) {
            return new String[] {v, v + "es", v + "ed", v + "ing", null};
        }
        if (v.equals("label")) {
            return new String[] {v, v + "s", v + "led", v + "ling", v + "ed"};
        }
        return new String[] {v, v + "s", v + "ed", v + "ing", null};
    }

    /**
     * The cue that starts at unit {@code i}, or {@code null}. A verb preceded by {@code to} (an
     * infinitive: {@code to warn Pyongyang}) is not a cue; a spelling that is also a noun
     * ({@link #NOUN_LIKE}) is a verb only after a subject-like word ({@link #SUBJECT_LIKE}, a name, a
     * comma, or the start of the sentence), never after a determiner, a preposition or a possessive.
     */
    public static Cue at(Units u, int i) {
        if (!u.isWord(i)) {
            return null;
        }
        String w = u.lower(i);
        if (w.equals("according") && u.is(i + 1, "to")) {
            return new Cue(i, i + 1, "according to", Form.ACCORDING, Type.ACCORDING);
        }
        Entry e = null;
        int last = i;
        if (PAIR_FIRST.contains(w) && u.isWord(i + 1)) {
            e = FORMS.get(w + " " + u.lower(i + 1));
            if (e != null) {
                last = i + 1;
            }
        }
        if (e == null) {
            e = FORMS.get(w);
        }
        if (e == null || (e.particle != null && last == i)) {
            return null;
        }
        int before = i - 1;
        if (u.capitalized(i) && before >= 0 && u.sentence(before) == u.sentence(i) && u.isWord(before)) {
            return null; // part of a name: "The United States"
        }
        if (u.is(before, "to")) {
            return null; // an infinitive
        }
        if (before >= 0 && u.sentence(before) == u.sentence(i)) {
            if (u.in(before, DETERMINERS) || u.isWord(before) && u.possessive(before)) {
                return null;
            }
            if (NOUN_LIKE.contains(w) && u.isWord(before) && !u.in(before, SUBJECT_LIKE) && !u.capitalized(before)
                    && !u.lower(before).endsWith("ly") && !digitAfterName(u, before)) {
                return null;
            }
        }
        return new Cue(i, last, e.lemma, e.form, e.type);
    }

    /** "Article 4 stresses": a number after a capitalised word is a name's part. */
    private static boolean digitAfterName(Units u, int i) {
        return Character.isDigit(u.first(i)) && u.capitalized(i - 1) && !u.possessive(i - 1);
    }
}
