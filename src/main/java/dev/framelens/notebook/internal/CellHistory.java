package dev.framelens.notebook.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

/**
 * The inputs of this kernel session, for {@code history_request} (a console's up-arrow).
 * Only the current session is kept, in memory; outputs are not recorded, so a request for
 * them gets empty strings.
 */
public final class CellHistory implements HistoryManager {

    /** The session number reported for this session. */
    static final int SESSION = 1;

    private final List<HistoryEntry> entries = new ArrayList<>();

    /** Records the input of execution {@code count}. */
    public synchronized void record(int count, String input) {
        entries.add(new HistoryEntry(SESSION, count, input, null));
    }

    private static HistoryEntry shaped(HistoryEntry entry, Set<ResultFlag> flags) {
        return flags.contains(ResultFlag.INCLUDE_OUTPUT)
                ? new HistoryEntry(entry.getSession(), entry.getCellNumber(), entry.getInput(), "")
                : entry;
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int sessionOffset, int startCell, int endCell, Set<ResultFlag> flags) {
        List<HistoryEntry> out = new ArrayList<>();
        if (sessionOffset != 0) {
            return out;
        }
        for (HistoryEntry entry : entries) {
            int cell = entry.getCellNumber();
            if (cell >= startCell && (endCell <= 0 || cell < endCell)) {
                out.add(shaped(entry, flags));
            }
        }
        return out;
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry entry : entries.subList(Math.max(0, entries.size() - Math.max(length, 0)), entries.size())) {
            out.add(shaped(entry, flags));
        }
        return out;
    }

    @Override
    public synchronized List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        Pattern regex = globToRegex(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<HistoryEntry> matches = new ArrayList<>();
        Set<String> inputs = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0 && (length <= 0 || matches.size() < length); i--) {
            HistoryEntry entry = entries.get(i);
            if (regex.matcher(entry.getInput()).matches()
                    && (!flags.contains(ResultFlag.UNIQUE) || inputs.add(entry.getInput()))) {
                matches.add(0, shaped(entry, flags));
            }
        }
        return matches;
    }

    /** An sqlite GLOB ({@code *}, {@code ?}, {@code [...]}, {@code [^...]}) as a regular expression. */
    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
                int close = glob.indexOf(']', i + 1);
                String body = glob.substring(i + 1, close);
                boolean negated = body.startsWith("^");
                regex.append('[').append(negated ? "^" : "")
                        .append(body.substring(negated ? 1 : 0).replace("\\", "\\\\").replace("[", "\\["))
                        .append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
