package dev.framelens.voice.internal;

import dev.framelens.voice.internal.Candidate.Source;
import dev.framelens.voice.internal.Cues.Cue;
import dev.framelens.voice.internal.Phrases.Np;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The speakers of a text's quotations (rule 4 of {@code QuoteFinder}), resolved in the order of
 * their cues: names to their fullest form, pronouns and descriptions to earlier speakers,
 * participle cues to the sentence's previous cue. Keeps the history of who has spoken.
 */
final class Speakers extends QuoteText {
    private final List<Said> history = new ArrayList<>();

    Speakers(QuoteText reading) {
        super(reading);
    }

private record Resolved(String speaker, int start, int end, boolean person, char gender) {
    static final Resolved NONE = new Resolved("", -1, -1, false, '?');
}

private record Said(String speaker, List<String> phrase, boolean person, char gender, int paragraph) {
}

/**
 * Descriptions that may name any earlier source ("The official" after "a government source"):
 * they fall back to the most recent speaker when no earlier speaker's phrase has the noun.
 */
private static final Set<String> GENERIC_SOURCES = Set.of(
        "official", "source", "spokesman", "spokeswoman", "spokesperson", "aide", "insider", "person");

    void resolve(Candidate c) {
        Resolved r = switch (c.source) {
            case PHRASE -> phrase(c.np, u.paragraph(c.anchor));
            case PARTICIPLE -> participle(c.cue, u.paragraph(c.anchor));
            case CONTINUATION -> new Resolved(c.previous.speaker, c.previous.speakerStart, c.previous.speakerEnd,
                    false, '?');
            case NONE -> Resolved.NONE;
        };
        c.speaker = r.speaker;
        c.speakerStart = r.start;
        c.speakerEnd = r.end;
        if (!r.speaker.isEmpty() && c.source != Source.CONTINUATION) {
            List<String> words = new ArrayList<>();
            if (c.np != null && c.np.first() >= 0) {
                for (int i = c.np.first(); i <= c.np.last(); i++) {
                    words.add(u.lower(i));
                }
            }
            history.add(new Said(r.speaker, words, r.person, r.gender, u.paragraph(c.anchor)));
        }
    }

    private Resolved phrase(Np np, int paragraph) {
        if (np == null || np.first() < 0 || np.passive()) {
            return Resolved.NONE;
        }
        int a = np.first();
        int b = np.last();
        if (a == b && u.in(a, Phrases.PRONOUNS)) {
            if (u.is(a, "he", "she")) {
                char g = u.is(a, "he") ? 'm' : 'f';
                for (int k = history.size() - 1; k >= 0; k--) {
                    Said s = history.get(k);
                    if (paragraph - s.paragraph > 3) {
                        break;
                    }
                    if (s.person && (s.gender == '?' || s.gender == g)) {
                        return new Resolved(s.speaker, u.start(a), u.end(b), true, s.gender);
                    }
                }
                // no earlier speaker: the one person named in this or the previous sentence
                String only = onlyPersonBefore(a, g);
                if (only != null) {
                    return new Resolved(only, u.start(a), u.end(b), true, g);
                }
            }
            return new Resolved("", u.start(a), u.end(b), false, '?');
        }
        if (description(a, b)) {
            String head = u.lower(b);
            for (int k = history.size() - 1; k >= 0; k--) {
                Said s = history.get(k);
                if (s.phrase.contains(head) || head.equals("paper") && s.phrase.contains("newspaper")) {
                    return new Resolved(s.speaker, u.start(a), u.end(b), s.person, s.gender);
                }
            }
            if (GENERIC_SOURCES.contains(head) && !history.isEmpty()
                    && paragraph - history.get(history.size() - 1).paragraph <= 1) {
                Said s = history.get(history.size() - 1);
                return new Resolved(s.speaker, u.start(a), u.end(b), s.person, s.gender);
            }
            return new Resolved(u.span(a, b), u.start(a), u.end(b), false, '?');
        }
        Names.Name name = names.name(a, b);
        List<String> words = new ArrayList<>();
        boolean capitals = true;
        for (int i = name.first(); i <= name.last(); i++) {
            words.add(u.word(i));
            capitals &= u.capitalized(i) || Character.isDigit(u.first(i));
        }
        List<String> full = capitals ? names.fullest(words) : words;
        String speaker = full == words ? u.span(name.first(), name.last()) : String.join(" ", full);
        boolean person = name.person() || Names.personName(full);
        char gender = name.gender() != '?' ? name.gender() : names.gender(full);
        return new Resolved(speaker, u.start(name.first()), u.end(name.last()), person, gender);
    }

    /**
     * The fullest name of the only person (gender-compatible) mentioned in the sentence of unit
     * {@code a} before it and in the sentence before, or {@code null} when there is none or more
     * than one.
     */
    private String onlyPersonBefore(int a, char gender) {
        int from = u.sentenceFirst(a);
        if (from > 0) {
            from = u.sentenceFirst(from - 1);
        }
        String only = null;
        for (Names.Mention m : names.mentions(from, a - 1)) {
            if (m.gender() != '?' && m.gender() != gender) {
                continue;
            }
            String name = String.join(" ", names.fullest(m.words()));
            if (only != null && !only.equals(name)) {
                return null;
            }
            only = name;
        }
        return only;
    }

    /** {@code the spokesman}, {@code the paper}: {@code the} and one to three lower-case words. */
    private boolean description(int a, int b) {
        if (!u.is(a, "the") || b == a || b - a > 3) {
            return false;
        }
        for (int i = a + 1; i <= b; i++) {
            if (u.capitalized(i) || !u.isWord(i)) {
                return false;
            }
        }
        return true;
    }

    /** The speaker of a participle cue: the subject of the sentence's previous cue. */
    private Resolved participle(Cue cue, int paragraph) {
        int s = u.sentence(cue.first());
        for (int i = cue.first() - 1; i >= 0 && u.sentence(i) == s; i--) {
            Cue p = cueAt[i];
            if (p == null || p.form() == Cues.Form.PARTICIPLE) {
                continue;
            }
            Np np = p.type() == Cues.Type.ACCORDING ? Phrases.forward(u, p.last() + 1) : Phrases.subject(u, p.first());
            if (np != null && !np.passive()) {
                return phrase(np, paragraph);
            }
        }
        if (!history.isEmpty() && history.get(history.size() - 1).paragraph == paragraph) {
            Said last = history.get(history.size() - 1);
            return new Resolved(last.speaker, -1, -1, last.person, last.gender);
        }
        return Resolved.NONE;
    }
}
