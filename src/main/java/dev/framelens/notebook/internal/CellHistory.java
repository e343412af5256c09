package dev.framelens.notebook.internal;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

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

    /**
     * The reply to a {@code history_request}: {@code [session, line, input]} tuples (or
     * {@code [session, line, [input, output]]}) as the protocol defines them; jjava-jupyter
     * 1.0-a6 would send each entry as a JSON object.
     */
    public static HistoryReply reply(HistoryManager history, HistoryRequest request) {
        Set<HistoryManager.ResultFlag> flags = EnumSet.noneOf(HistoryManager.ResultFlag.class);
        if (request.includeOutput()) {
            flags.add(HistoryManager.ResultFlag.INCLUDE_OUTPUT);
        }
        List<HistoryEntry> entries;
        switch (request.getAccessType()) {
            case RANGE:
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                entries = history.lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
                break;
            case SEARCH:
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                if (search.filterUnique()) {
                    flags.add(HistoryManager.ResultFlag.UNIQUE);
                }
                entries = history.search(search.getPattern(), search.getMaxReturnLength(), flags);
                break;
            default:
                entries = history.lookupTail(((HistoryRequest.Tail) request).getMaxReturnLength(), flags);
                break;
        }
        List<JsonArray> tuples = new ArrayList<>();
        for (HistoryEntry entry : entries == null ? List.<HistoryEntry>of() : entries) {
            JsonArray tuple = new JsonArray();
            tuple.add(entry.getSession());
            tuple.add(entry.getCellNumber());
            if (entry.hasOutput()) {
                JsonArray pair = new JsonArray();
                pair.add(entry.getInput());
                pair.add(entry.getOutput());
                tuple.add(pair);
            } else {
                tuple.add(entry.getInput());
            }
            tuples.add(tuple);
        }
        return new HistoryReply(asEntries(tuples));
    }

    /**
     * HistoryReply only takes HistoryEntry objects, which its serializer writes as JSON objects;
     * JSON arrays in the list are written as they are. Only Gson reads the list.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<HistoryEntry> asEntries(List<JsonArray> tuples) {
        return (List) tuples;
    }
}
