package dev.framelens.notebook.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * One JShell that evaluates cells in this JVM, with the kernel's classes visible to snippets.
 *
 * <p>A cell is split into snippets with {@link SourceCodeAnalysis#analyzeCompletion}; line
 * magics on lines of their own between snippets go to a {@link MagicHandler}. Snippets run
 * through {@link SnippetExecutionControl}, so the value of the last expression comes back as
 * the object itself. Every snippet remembers its {@link SourceOrigin} so that errors name cell
 * lines rather than snippet numbers.
 *
 * <p>Not thread-safe except for {@link #requestStop()}, which may be called from any thread
 * while another evaluates.
 */
public final class JShellSession implements AutoCloseable {

    /** Runs a line magic met between the snippets of a cell. */
    @FunctionalInterface
    public interface MagicHandler {
        void run(MagicLine magic, SourceOrigin origin) throws Exception;
    }

    /** Completion options and the offset (in the code) from which they replace text up to the cursor. */
    public record Completion(int anchor, List<String> options) {
    }

    /** Result of {@link #isComplete}. */
    public enum Completeness { COMPLETE, INCOMPLETE, INVALID }

    private static final Set<Snippet.SubKind> DISPLAYED = Set.of(
            Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND,
            Snippet.SubKind.VAR_VALUE_SUBKIND,
            Snippet.SubKind.OTHER_EXPRESSION_SUBKIND);

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final SnippetExecutionControl control;
    private final Map<String, SourceOrigin> origins = new ConcurrentHashMap<>();
    private final List<Path> classPath = new CopyOnWriteArrayList<>();
    private volatile boolean cancelRequested;
    private volatile boolean closed;

    /**
     * @param parent    the class loader whose classes snippets share (the kernel's)
     * @param classPath entries for JShell's compiler (and snippet class loader), usually
     *                  {@link KernelClassPath#entries()}
     */
    public JShellSession(ClassLoader parent, List<Path> classPath) {
        SnippetExecutionControl.Provider provider = new SnippetExecutionControl.Provider(parent, () -> cancelRequested);
        this.shell = JShell.builder().executionEngine(provider, Map.of()).build();
        this.analysis = shell.sourceCodeAnalysis();
        for (Path entry : classPath) {
            addToClasspath(entry);
        }
        this.control = provider.control();
        if (control == null) {
            throw new IllegalStateException("JShell did not create the framelens execution control");
        }
    }

    /** Adds a jar or directory to what snippets can compile against and load. */
    public void addToClasspath(Path entry) {
        Path absolute = entry.toAbsolutePath().normalize();
        if (!classPath.contains(absolute)) {
            shell.addToClasspath(absolute.toString());
            classPath.add(absolute);
        }
    }

    /** The class path entries given to JShell, in order. */
    public List<Path> classPath() {
        return Collections.unmodifiableList(classPath);
    }

    /**
     * Evaluates startup snippets one by one; a snippet that does not compile (an import of a
     * package that is not on the class path, say) is dropped without a message.
     *
     * @return the snippets that were accepted
     */
    public List<String> startup(List<String> snippets) {
        List<String> accepted = new ArrayList<>();
        for (String snippet : snippets) {
            boolean ok = true;
            for (SnippetEvent event : shell.eval(snippet)) {
                if (event.causeSnippet() == null
                        && (event.exception() != null || !event.status().isDefined())) {
                    ok = false;
                    if (event.status().isActive()) {
                        shell.drop(event.snippet());
                    }
                }
            }
            control.clearValues();
            if (ok) {
                accepted.add(snippet);
            }
        }
        return accepted;
    }

    /** Clears a pending stop request; call when a new cell starts. */
    public void beginCell() {
        cancelRequested = false;
        control.consumeStopped();
    }

    /** Stops the running snippet and the rest of the cell. Callable from any thread. */
    public void requestStop() {
        cancelRequested = true;
        if (!closed) {
            shell.stop();
        }
    }

    /**
     * Evaluates the snippets (and line magics) of {@code text} in order.
     *
     * @param label     names the text in messages, e.g. {@code "In [3]"}
     * @param firstLine the line number of the text's first line (1 for a cell)
     * @return the value of the last snippet if it is an expression, else {@code null}
     * @throws CellFailure when a snippet does not compile, throws, or is interrupted
     */
    public Object evaluate(String text, String label, int firstLine, MagicHandler magics) {
        if (closed) {
            throw new IllegalStateException("the Java shell is closed; restart the kernel");
        }
        Object last = null;
        int pos = 0;
        while (pos < text.length()) {
            if (cancelRequested) {
                throw interrupted(new SourceOrigin(label, firstLine + ErrorFormat.lineOf(text, pos) - 1));
            }
            int look = skipBlankAndComments(text, pos, text.length());
            if (look >= text.length()) {
                break;
            }
            if (MagicLine.cellMagicAt(text, look)) {
                throw new MagicException("%%" + word(text, look + 2) + " is a cell magic: it must be on the first line of the cell ("
                        + label + ", line " + (firstLine + ErrorFormat.lineOf(text, look) - 1) + ")");
            }
            if (MagicLine.startsAt(text, look)) {
                int end = lineEnd(text, look);
                SourceOrigin origin = new SourceOrigin(label, firstLine + ErrorFormat.lineOf(text, look) - 1);
                runMagic(magics, text.substring(look, end), origin);
                last = null;
                pos = end;
                continue;
            }
            String rest = text.substring(pos);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                throw incomplete(text, look, label, firstLine);
            }
            // JShell numbers the lines of a snippet that starts with blank lines wrongly in
            // stack traces, so the snippet starts at its first non-blank character
            String source = info.source();
            int lead = 0;
            while (lead < source.length() && Character.isWhitespace(source.charAt(lead))) {
                lead++;
            }
            int next = text.length() - info.remaining().length();
            if (next <= pos) {
                throw new IllegalStateException("JShell made no progress at offset " + pos);
            }
            last = evalSnippet(source.substring(lead), text, pos + lead, next, label, firstLine);
            pos = next;
        }
        return last;
    }

    private static void runMagic(MagicHandler magics, String line, SourceOrigin origin) {
        MagicLine magic;
        try {
            magic = MagicLine.parse(line);
        } catch (IllegalArgumentException e) {
            throw new MagicException(e.getMessage() + " (" + origin.at(1) + ")");
        }
        try {
            magics.run(magic, origin);
        } catch (CellFailure e) {
            throw e;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new MagicException("%" + magic.name() + ": " + message + " (" + origin.at(1) + ")");
        }
    }

    /** @param rest where the text after this snippet starts (checked for more compile errors if this one is rejected) */
    private Object evalSnippet(String source, String text, int start, int rest, String label, int firstLine) {
        SourceOrigin origin = new SourceOrigin(label, firstLine + ErrorFormat.lineOf(text, start) - 1);
        control.clearReplacements();
        List<SnippetEvent> events = shell.eval(source);
        try {
            keepUpdatedValues(events);
            boolean stopped = control.consumeStopped();
            for (SnippetEvent event : events) {
                if (event.causeSnippet() == null) {
                    origins.put(event.snippet().id(), origin);
                }
            }
            if (stopped || cancelRequested) {
                throw interrupted(origin);
            }
            Object value = null;
            for (SnippetEvent event : events) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                Snippet snippet = event.snippet();
                if (event.exception() != null) {
                    throw runtimeFailure(event.exception());
                }
                switch (event.status()) {
                    case REJECTED:
                        throw compileFailure(snippet, source, text, start, rest, label, firstLine);
                    case RECOVERABLE_DEFINED:
                    case RECOVERABLE_NOT_DEFINED:
                        noteUnresolved(snippet);
                        break;
                    default:
                        break;
                }
                String key = event.value();
                if (control.holdsValue(key)) {
                    Object result = control.takeValue(key);
                    value = DISPLAYED.contains(snippet.subKind()) ? result : null;
                } else {
                    value = null;
                }
            }
            return value;
        } finally {
            control.clearValues();
        }
    }

    /** Variables that JShell recompiled because of this snippet keep their values where their type allows. */
    private void keepUpdatedValues(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null && event.snippet() instanceof VarSnippet
                    && event.status().isDefined() && event.previousStatus().isDefined()) {
                VarSnippet variable = (VarSnippet) event.snippet();
                if (!control.carryOver(variable.name())) {
                    System.err.println("note: variable " + variable.name() + " was reset to its default value: "
                            + "its type " + variable.typeName() + " was declared again");
                }
            }
        }
        control.clearReplacements();
    }

    private void noteUnresolved(Snippet snippet) {
        if (!(snippet instanceof DeclarationSnippet)) {
            return;
        }
        DeclarationSnippet declaration = (DeclarationSnippet) snippet;
        List<String> missing = shell.unresolvedDependencies(declaration).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            System.err.println("note: " + describe(declaration) + " was declared but cannot be used until "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " declared");
        }
    }

    private static String describe(DeclarationSnippet snippet) {
        switch (snippet.kind()) {
            case METHOD:
                return "method " + snippet.name() + "()";
            case VAR:
                return "variable " + snippet.name();
            case TYPE_DECL:
                return "type " + snippet.name();
            default:
                return snippet.name();
        }
    }

    /**
     * Every compile error of the cell from the rejected snippet on: the snippet's own (from
     * JShell) and those of the snippets after it ({@link RestOfCellCheck}), in cell order.
     */
    private CompilationException compileFailure(Snippet snippet, String source, String text, int start, int rest,
                                                String label, int firstLine) {
        List<RestOfCellCheck.CellError> errors = new ArrayList<>();
        for (Diag diag : shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList())) {
            long from = diag.getStartPosition() >= 0 ? diag.getStartPosition() : Math.max(diag.getPosition(), 0);
            long to = diag.getEndPosition() >= 0 ? diag.getEndPosition() : from + 1;
            errors.add(new RestOfCellCheck.CellError((int) Math.min(start + from, text.length()),
                    (int) Math.min(start + to, text.length()), diag.getMessage(Locale.ROOT)));
        }
        if (errors.isEmpty()) {
            String summary = "the snippet was rejected (" + label + ", line "
                    + (firstLine + ErrorFormat.lineOf(text, start) - 1) + ")";
            List<String> lines = new ArrayList<>();
            lines.add(summary);
            int look = skipBlankAndComments(text, start, text.length());
            lines.addAll(ErrorFormat.markedSource(text, look, lineEnd(text, look), firstLine));
            return new CompilationException(summary, lines);
        }
        errors.addAll(RestOfCellCheck.errors(shell, text, source, start, rest));
        errors.sort(java.util.Comparator.comparingInt(RestOfCellCheck.CellError::offset)); // stable: JShell's order on ties
        List<String> lines = new ArrayList<>();
        String summary = null;
        for (RestOfCellCheck.CellError error : errors) {
            List<String> message = ErrorFormat.messageLines(error.message());
            String headline = message.isEmpty() ? "error" : message.get(0);
            String where = label + ", line " + (firstLine + ErrorFormat.lineOf(text, error.offset()) - 1);
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(where + ": error: " + headline);
            lines.addAll(ErrorFormat.markedSource(text, error.offset(), error.end(), firstLine));
            lines.addAll(message.subList(Math.min(1, message.size()), message.size()));
            if (summary == null) {
                summary = headline + " (" + where + ")";
            }
        }
        int more = errors.size() - 1;
        if (more > 0) {
            summary += " and " + more + (more == 1 ? " more error" : " more errors");
        }
        return new CompilationException(summary, lines);
    }

    private CellFailure runtimeFailure(JShellException exception) {
        if (exception instanceof EvalException e && e.getExceptionClassName().equals(ExitGuard.Refused.class.getName())) {
            List<String> lines = new ArrayList<>();
            lines.add(e.getMessage());
            StackTraceElement[] frames = e.getStackTrace();
            int top = 0;
            while (top < frames.length && (frames[top].getClassName().startsWith(ExitGuard.class.getName())
                    || frames[top].getClassName().equals("java.lang.Runtime")
                    || frames[top].getClassName().equals("java.lang.System"))) {
                top++; // the guard and the exit call itself: the traceback starts at the caller
            }
            lines.addAll(ErrorFormat.frames(Arrays.copyOfRange(frames, top, frames.length), origins::get));
            return new ExitRefused(e.getMessage(), lines);
        }
        List<String> lines = new ArrayList<>();
        String firstClass = null;
        String firstHeader = null;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = exception;
        String prefix = "";
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            String type;
            String header;
            if (current instanceof EvalException) {
                type = ((EvalException) current).getExceptionClassName();
                header = current.getMessage() == null ? type : type + ": " + current.getMessage();
            } else if (current instanceof UnresolvedReferenceException) {
                DeclarationSnippet snippet = ((UnresolvedReferenceException) current).getSnippet();
                List<String> missing = shell.unresolvedDependencies(snippet).collect(Collectors.toList());
                type = "unresolved reference";
                header = "unresolved reference: " + describe(snippet) + " cannot be used until "
                        + (missing.isEmpty() ? "its dependencies are" : String.join(", ", missing) + " is") + " declared";
            } else {
                type = current.getClass().getName();
                header = current.toString();
            }
            if (firstHeader == null) {
                firstClass = type;
                firstHeader = header;
            }
            lines.add(prefix + header);
            lines.addAll(ErrorFormat.frames(current.getStackTrace(), origins::get));
            current = current.getCause();
            prefix = "Caused by: ";
        }
        return new EvaluationException(firstClass, firstHeader, lines);
    }

    private static ExecutionInterrupted interrupted(SourceOrigin origin) {
        String message = "execution interrupted (" + origin.at(1) + ")";
        return new ExecutionInterrupted(message, List.of(message));
    }

    private static IncompleteSourceException incomplete(String text, int start, String label, int firstLine) {
        String where = label + ", line " + (firstLine + ErrorFormat.lineOf(text, start) - 1);
        String message = "incomplete input at the end (" + where + "): a statement or declaration is not finished";
        List<String> lines = new ArrayList<>();
        lines.add(message);
        lines.addAll(ErrorFormat.markedSource(text, start, lineEnd(text, start), firstLine));
        return new IncompleteSourceException(message, lines);
    }

    /**
     * Completion options for the identifier or member before {@code cursor} (UTF-16 offsets).
     *
     * @param magicNames the line magics to offer after {@code %} at the start of a line
     */
    public Completion complete(String code, int cursor, Set<String> magicNames) {
        int start = snippetStart(code, cursor);
        int look = skipBlankAndComments(code, start, cursor);
        if (look < cursor && code.charAt(look) == '%') {
            String typed = code.substring(look + 1, cursor);
            if (!typed.matches("\\w*")) {
                return new Completion(cursor, List.of());
            }
            List<String> options = magicNames.stream().filter(n -> n.startsWith(typed)).sorted()
                    .map(n -> "%" + n).collect(Collectors.toList());
            return new Completion(look, options);
        }
        String input = code.substring(start, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(input, input.length(), anchor);
        Set<String> preferred = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion suggestion : suggestions) {
            (suggestion.matchesType() ? preferred : others).add(suggestion.continuation());
        }
        List<String> options = new ArrayList<>(preferred);
        others.removeAll(preferred);
        options.addAll(others);
        return new Completion(start + anchor[0], options);
    }

    /**
     * Signatures (and Javadoc where the JDK has its sources, the first sentence of framelens'
     * own from {@link ApiDocs}) of the symbol at {@code cursor}
     * (UTF-16 offset); empty when there is none.
     */
    public List<String> documentation(String code, int cursor) {
        int end = Math.min(Math.max(cursor, 0), code.length());
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        int paren = end;
        while (paren < code.length() && Character.isWhitespace(code.charAt(paren))) {
            paren++;
        }
        if (paren < code.length() && code.charAt(paren) == '(') {
            end = paren + 1;
        }
        int start = snippetStart(code, end);
        String input = code.substring(start, end);
        List<String> docs = new ArrayList<>();
        for (SourceCodeAnalysis.Documentation doc : analysis.documentation(input, input.length(), true)) {
            String javadoc = doc.javadoc();
            if (javadoc == null || javadoc.isBlank()) {
                // the engine's jar has no sources: its Javadoc comes from the index built with it
                List<String> sentences = ApiDocs.firstSentences(doc.signature());
                javadoc = String.join("\n", sentences);
            }
            docs.add(javadoc.isBlank() ? doc.signature() : doc.signature() + "\n\n" + javadoc.strip());
        }
        return docs;
    }

    /** Whether the code can run as it is, needs more lines, or cannot compile. */
    public Completeness isComplete(String code) {
        int pos = 0;
        while (pos < code.length()) {
            int look = skipBlankAndComments(code, pos, code.length());
            if (look >= code.length()) {
                return Completeness.COMPLETE;
            }
            if (MagicLine.startsAt(code, look) || MagicLine.cellMagicAt(code, look)) {
                pos = lineEnd(code, look);
                continue;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code.substring(pos));
            switch (info.completeness()) {
                case COMPLETE:
                case COMPLETE_WITH_SEMI:
                    int next = code.length() - info.remaining().length();
                    if (next <= pos) {
                        return Completeness.INVALID;
                    }
                    pos = next;
                    break;
                case EMPTY:
                    return Completeness.COMPLETE;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return Completeness.INCOMPLETE;
                default:
                    return Completeness.INVALID;
            }
        }
        return Completeness.COMPLETE;
    }

    /** The start of the snippet (or magic line) in which {@code cursor} lies. */
    private int snippetStart(String code, int cursor) {
        int start = 0;
        while (start < cursor) {
            int look = skipBlankAndComments(code, start, cursor);
            if (look >= cursor) {
                return look;
            }
            if (MagicLine.startsAt(code, look) || code.charAt(look) == '%') {
                int end = lineEnd(code, look);
                if (end >= cursor) {
                    return look;
                }
                start = end;
                continue;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code.substring(start, cursor));
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                return start;
            }
            int next = cursor - info.remaining().length();
            if (next <= start) {
                return start;
            }
            start = next;
        }
        return start;
    }

    /** The offset of the first character of {@code text} that is not blank (its length if there is none). */
    public static int skipBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first offset at or after {@code from} that is not blank and not inside a comment. */
    static int skipBlankAndComments(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '/') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? limit : close + 2;
            } else {
                break;
            }
        }
        return Math.min(i, limit);
    }

    static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static String word(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cancelRequested = true;
            shell.close();
        }
    }
}
