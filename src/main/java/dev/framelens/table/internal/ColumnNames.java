package dev.framelens.table.internal;

import dev.framelens.corpus.CorpusException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Column names as Tablesaw compares them, and the one rule for naming metadata columns in a result
 * table.
 *
 * <p>Tablesaw finds a column by {@link String#equalsIgnoreCase} and refuses a second column whose
 * lower-cased name equals an existing one ("Cannot add column with duplicate name"), so
 * {@code Outlet} and {@code outlet}, or {@code DOC} and {@code doc}, cannot both be columns of a
 * table. The rule: a metadata column whose name clashes, ignoring case, with a result column or
 * with an earlier metadata column is renamed {@code meta_<name>}, or {@code meta_<name>_2},
 * {@code meta_<name>_3}, … when that is taken too, with one warning line naming the file and both
 * names. Names are taken in this order: the result columns, then every metadata column that
 * clashes with none of those nor an earlier metadata column (in corpus order; so a column the file
 * calls {@code meta_tokens} keeps that name), then the renamed ones, each the first free name.
 *
 * <p>Not API.
 */
public final class ColumnNames {
    /** The prefix of a renamed metadata column. */
    public static final String PREFIX = "meta_";

    /** At most this many rename warnings are printed one by one; the rest are counted in one line. */
    static final int WARNINGS_SHOWN = 10;

    private final Map<String, String> byFold = new HashMap<>();
    private final Map<String, String> byLower = new HashMap<>();

    /** An empty set of names. */
    public ColumnNames() {
    }

    /**
     * The name already taken that {@code name} clashes with, or {@code null}: equal ignoring case
     * as {@code equalsIgnoreCase} compares code points, or equal once lower-cased.
     */
    public String clash(String name) {
        String other = byFold.get(fold(name));
        return other != null ? other : byLower.get(name.toLowerCase(Locale.ROOT));
    }

    /** Takes {@code name}; false (and nothing taken) when it clashes with a name already taken. */
    public boolean add(String name) {
        if (clash(name) != null) {
            return false;
        }
        byFold.put(fold(name), name);
        byLower.put(name.toLowerCase(Locale.ROOT), name);
        return true;
    }

    /** Upper- then lower-cases every code point: two names fold alike when equalsIgnoreCase holds. */
    static String fold(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return b.toString();
    }

    /**
     * Names for metadata columns next to {@code resultColumns}, by the rule above.
     *
     * @param metadata      metadata column names in corpus order (distinct as strings)
     * @param resultColumns the table's own column names (no two clash)
     * @param source        the file the metadata came from, named in warnings ("" when unknown)
     * @param warnings      receives one line per renamed column (at most {@value #WARNINGS_SHOWN},
     *                      then one line counting the rest)
     * @return the name of each metadata column, in the same order
     */
    public static List<String> forMetadata(List<String> metadata, Collection<String> resultColumns, String source,
                                           Consumer<String> warnings) {
        ColumnNames taken = new ColumnNames();
        for (String r : resultColumns) {
            if (!taken.add(r)) {
                throw new IllegalArgumentException("result columns '" + taken.clash(r) + "' and '" + r + "' clash");
            }
        }
        String where = "warning: " + (source.isEmpty() ? "" : source + ": ");
        Set<String> results = new HashSet<>(resultColumns);
        // first every metadata column that clashes with nothing before it keeps its name ...
        List<String> names = new ArrayList<>(metadata.size());
        List<String> clashes = new ArrayList<>(metadata.size());
        for (String m : metadata) {
            String other = taken.clash(m);
            names.add(other == null ? m : null);
            clashes.add(other);
            if (other == null) {
                taken.add(m);
            }
        }
        // ... then each one that clashed takes the first free meta_<name>, meta_<name>_2, …
        int renamed = 0;
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k) != null) {
                continue;
            }
            String m = metadata.get(k);
            String other = clashes.get(k);
            String name = PREFIX + m;
            for (int n = 2; !taken.add(name); n++) {
                name = PREFIX + m + "_" + n;
            }
            names.set(k, name);
            if (++renamed <= WARNINGS_SHOWN) {
                warnings.accept(where + "metadata column " + CorpusException.quote(m) + " clashes with the "
                        + (results.contains(other) ? "result" : "metadata") + " column " + CorpusException.quote(other)
                        + (other.equals(m) ? "" : " (column names ignore case)") + "; renamed " + CorpusException.quote(name));
            }
        }
        if (renamed > WARNINGS_SHOWN) {
            warnings.accept(where + "… and " + (renamed - WARNINGS_SHOWN) + " more metadata columns renamed the same way");
        }
        return names;
    }
}
