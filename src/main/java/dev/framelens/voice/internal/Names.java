package dev.framelens.voice.internal;

import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speaker names: the name inside a speaker phrase ({@code U.S. National Security Advisor Jake
 * Sullivan} → {@code Jake Sullivan}, {@code South Korea’s The Chosun Ilbo newspaper} →
 * {@code The Chosun Ilbo}), and the fullest form a document uses for a name ({@code Emanuel} →
 * {@code Rahm Emanuel}).
 */
public final class Names {

    /** Titles and honorifics inside a run of capitalised words: the name follows the last one. */
    static final Set<String> TITLES = Set.of(
            "president", "vice-president", "minister", "secretary", "ambassador", "advisor", "adviser", "spokesman",
            "spokeswoman", "spokesperson", "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor",
            "general", "gen.", "admiral", "adm.", "colonel", "col.", "lt.", "sgt.", "captain", "capt.", "chancellor",
            "premier", "king", "queen", "prince", "princess", "pope", "judge", "justice", "chief", "director",
            "chairman", "chairwoman", "commissioner", "envoy", "leader", "professor", "prof.", "dr.", "mr.", "mrs.",
            "ms.", "miss", "sir", "dame", "lord", "lady", "deputy", "speaker", "secretary-general", "officer",
            "commander", "chair", "ceo", "sheikh", "mr", "mrs", "ms", "dr", "emir", "rev.", "cardinal", "archbishop", "bishop");

    /** Role nouns written in lower case before a name: {@code spokesman John Kirby}. */
    static final Set<String> ROLES = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "professor", "adviser", "advisor", "leader", "official",
            "expert", "analyst", "ambassador", "minister", "president", "secretary", "director", "chief", "head",
            "author", "researcher", "envoy", "diplomat", "officer", "commander", "general", "senator", "lawmaker",
            "chairman", "chairwoman", "ceo", "founder", "editor", "correspondent", "economist", "historian", "scholar",
            "fellow", "negotiator", "lawyer", "attorney", "operative", "candidate", "prosecutor", "judge", "governor",
            "mayor", "premier", "chancellor", "aide", "strategist", "activist", "commentator", "columnist",
            "journalist", "reporter", "representative", "deputy", "colonel", "scientist", "manager", "partner");

    /** Words of organisations and places: a name with one of them is not a person. */
    static final Set<String> ORG_WORDS = Set.of(
            "house", "department", "ministry", "office", "council", "committee", "agency", "times", "post", "news",
            "journal", "daily", "union", "nations", "states", "kingdom", "korea", "republic", "party", "institute",
            "university", "forum", "assembly", "government", "kremlin", "pentagon", "parliament", "commission",
            "court", "bank", "fund", "organization", "organisation", "association", "army", "navy", "forces", "group",
            "company", "corporation", "inc.", "ltd.", "network", "fleet", "command", "service", "center", "centre",
            "foundation", "league", "alliance", "federation", "bureau", "administration", "senate", "congress",
            "cabinet", "police", "guard", "embassy", "city", "province", "region", "state", "county", "press",
            "tribune", "herald", "telegraph", "guardian", "review", "radio", "television", "summit", "east", "west",
            "north", "south", "sea", "ocean", "peninsula", "america", "europe", "asia", "africa", "china", "russia",
            "japan", "india", "iran", "ukraine", "washington", "moscow", "beijing", "seoul", "pyongyang", "tokyo",
            "street", "club", "school", "college", "hospital", "airlines", "motors", "media", "channel", "world",
            "international", "global", "national", "federal", "central", "reserve", "security", "intelligence");

    /** Media nouns after a name, dropped: {@code the Yonhap news agency} → {@code Yonhap}. */
    static final Set<String> MEDIA = Set.of(
            "newspaper", "paper", "daily", "agency", "news", "website", "broadcaster", "channel", "network",
            "magazine", "outlet", "tabloid", "wire", "site", "portal");

    /** Lower-case particles inside a name: {@code Ursula von der Leyen}. */
    static final Set<String> PARTICLES = Set.of(
            "de", "van", "von", "der", "den", "bin", "al", "el", "da", "di", "du", "la", "le", "ter", "ibn", "dos", "del");

    private static final Set<String> STOP_WORDS = Analyzer.standard().stopWords();

    /**
     * A speaker's name within its phrase.
     *
     * @param first  first unit of the name
     * @param last   last unit
     * @param person whether the phrase marks it as a person (a title, a role noun, an honorific)
     * @param gender {@code 'm'} after Mr., {@code 'f'} after Mrs./Ms./Miss, else {@code '?'}
     */
    public record Name(int first, int last, boolean person, char gender) {
    }

    /**
     * A mention of a person in the text.
     *
     * @param first  first unit of the name (after any title)
     * @param last   last unit
     * @param words  the name's words
     * @param gender from an honorific, or {@code '?'}
     */
    public record Mention(int first, int last, List<String> words, char gender) {
    }

    private final Units u;
    private final List<List<String>> inventory = new ArrayList<>();
    private final List<Character> genders = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    private Names(Units u) {
        this.u = u;
    }

    /** The names of a text: every run of capitalised words that reads as a person's name. */
    public static Names of(Units u) {
        Names n = new Names(u);
        int i = 0;
        while (i < u.size()) {
            if (!runWord(u, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < u.size() && u.sentence(j + 1) == u.sentence(i) && !u.possessive(j)
                    && (runWord(u, j + 1) || u.in(j + 1, PARTICLES) && runWord(u, j + 2))) {
                j++;
            }
            n.add(i, j);
            i = j + 1;
        }
        return n;
    }

    private static boolean runWord(Units u, int i) {
        if (!u.capitalized(i)) {
            return false;
        }
        String w = u.lower(i);
        return !STOP_WORDS.contains(w) && !Phrases.TIME.contains(w) || TITLES.contains(w);
    }

    private void add(int first, int last) {
        char gender = '?';
        int t = -1;
        for (int k = first; k <= last; k++) {
            if (isTitle(k)) {
                t = k;
                gender = genderOf(k, gender);
            }
        }
        int a = t >= 0 ? t + 1 : first;
        if (a > last) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int k = a; k <= last; k++) {
            words.add(u.word(k));
        }
        if (words.size() == 1 && gender != '?' || personName(words)) {
            // "Mr. Giles" keeps a surname's gender for the pronoun rule
            inventory.add(words);
            genders.add(gender);
            mentions.add(new Mention(a, last, List.copyOf(words), gender));
        }
    }

    /** The person mentions whose names lie in units {@code [from, to]}, in text order. */
    public List<Mention> mentions(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.first() >= from && m.last() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    private char genderOf(int k, char before) {
        return switch (u.lower(k)) {
            case "mr.", "mr", "sir", "lord", "king", "prince" -> 'm';
            case "mrs.", "ms.", "mrs", "ms", "miss", "dame", "lady", "queen", "princess" -> 'f';
            default -> before;
        };
    }

    private boolean isTitle(int k) {
        return TITLES.contains(u.lower(k));
    }

    /** 2–4 capitalised words of letters (hyphens, initials, particles), none of an organisation or a place. */
    public static boolean personName(List<String> words) {
        if (words.size() < 2 || words.size() > 4 || words.get(0).equals("The")) {
            return false;
        }
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (ORG_WORDS.contains(l)) {
                return false;
            }
            if (PARTICLES.contains(l)) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\u2019' && c != '\'') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The name inside the phrase {@code first..last}: media nouns after a name dropped, a leading
     * possessive before a capitalised name dropped ({@code South Korea’s Yonhap News Agency}), and
     * for a person the words after the last title or after a role noun.
     */
    public Name name(int first, int last) {
        int a = first;
        int b = last;
        while (b > a && u.in(b, MEDIA) && !u.capitalized(b) && u.capitalized(b - 1)) {
            b--;
        }
        for (int p = b - 1; p >= a; p--) {
            if (u.possessive(p) && u.capitalized(p + 1)) {
                a = p + 1;
                break;
            }
        }
        if (!u.capitalized(b)) {
            return new Name(a, b, false, '?');
        }
        int r = b;
        while (r - 1 >= a && (u.capitalized(r - 1) && !u.possessive(r - 1) || u.in(r - 1, PARTICLES) && r - 2 >= a
                && u.capitalized(r - 2))) {
            r--;
        }
        char gender = '?';
        int t = -1;
        for (int k = r; k <= b; k++) {
            if (isTitle(k)) {
                t = k;
                gender = genderOf(k, gender);
            }
        }
        if (t >= 0) {
            return t < b ? new Name(t + 1, b, true, gender) : new Name(a, b, true, gender);
        }
        if (r > a && u.in(r - 1, ROLES)) {
            return new Name(r, b, true, gender);
        }
        return new Name(a, b, false, gender);
    }

    /**
     * The fullest form the text uses for a name of one to three capitalised words: the longest name
     * of the text that ends with the same words ({@code Emanuel} → {@code Rahm Emanuel}); the first
     * one when two are as long. The name itself when there is none.
     */
    public List<String> fullest(List<String> words) {
        if (words.isEmpty() || words.size() > 3) {
            return words;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return words;
            }
        }
        List<String> best = words;
        for (List<String> e : inventory) {
            if (e.size() > best.size() && e.subList(e.size() - words.size(), e.size()).equals(words)) {
                best = e;
            }
        }
        return best;
    }

    /** Gender of a name from its honorifics anywhere in the text ({@code Mr. Giles}): m, f or ?. */
    public char gender(List<String> words) {
        String surname = words.get(words.size() - 1);
        for (int k = 0; k < inventory.size(); k++) {
            List<String> e = inventory.get(k);
            if (genders.get(k) != '?' && e.get(e.size() - 1).equals(surname)) {
                return genders.get(k);
            }
        }
        return '?';
    }
}
