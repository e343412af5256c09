package dev.framelens.notebook.internal;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The compile errors of the snippets after one that JShell rejected, found without running
 * them, so that a cell reports every compile error at once.
 *
 * <p>JShell compiles and runs one snippet at a time and has no compile-only call. The rest of
 * the cell (with the rejected snippet, so that its declarations are known) is therefore
 * compiled as one throwaway class, which is dropped again: its methods, types and variables
 * (but {@code var} ones) become members, its statements, expressions and {@code var} variables
 * the body of one method, each part in cell order.
 * An expression is assigned to an {@code Object} so that it is a statement. Errors that only
 * this wrapping causes and JShell would not report are left out: a void call as that value, a
 * checked exception in a variable's initializer, a method or typed variable using a {@code var}
 * variable of the cell, a variable declared twice, a variable used before it is assigned,
 * a lambda capturing a variable that changes, unreachable code. A snippet that does not parse
 * is compiled on its own (javac stops at a syntax error before it checks types), and one that
 * was rejected for its syntax is left out. After a syntax error JShell cannot tell where the
 * next snippet starts, so the first syntax error in the rest of the cell is the last one found. Imports after the error are not checked (a class
 * cannot hold them).
 */
final class RestOfCellCheck {

    /** A compile error at {@code [offset, end)} of the cell text. */
    record CellError(int offset, int end, String message) {
    }

    private static final Set<String> WRAPPING_ONLY = Set.of(
            "compiler.err.already.defined",
            "compiler.err.var.might.not.have.been.initialized",
            "compiler.err.cant.ref.non.effectively.final.var",
            "compiler.err.unreachable.stmt");

    private static final java.util.regex.Pattern VAR_INFERRED = java.util.regex.Pattern.compile("\\s*(final\\s+)?var\\s");

    private static final AtomicInteger CHECKS = new AtomicInteger();

    /**
     * A snippet in the check class: {@code prefix} (for an expression, an assignment that makes
     * it a statement) and its source, which starts at {@code cellOffset} of the cell.
     */
    private record Segment(String source, int cellOffset, Snippet.Kind kind, String name, boolean rejected) {
        /**
         * Methods, types and variables with a declared type are members (so that methods see the
         * variables); a {@code var} variable cannot be a field and stays in the body.
         */
        boolean member() {
            return kind == Snippet.Kind.METHOD || kind == Snippet.Kind.TYPE_DECL
                    || (kind == Snippet.Kind.VAR && !VAR_INFERRED.matcher(source).lookingAt());
        }

        String prefix(int index) {
            return kind == Snippet.Kind.EXPRESSION ? "Object $framelensValue" + index + " = " : "";
        }

        String suffix() {
            return kind == Snippet.Kind.EXPRESSION && !source.stripTrailing().endsWith(";") ? ";" : "";
        }
    }

    private RestOfCellCheck() {
    }

    /**
     * @param rejected       the source of the rejected snippet as JShell got it
     * @param rejectedOffset where it starts in {@code text}
     * @param restOffset     where the rest of the cell starts in {@code text}
     */
    static List<CellError> errors(JShell shell, String text, String rejected, int rejectedOffset, int restOffset) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        List<Segment> segments = new ArrayList<>();
        Segment first = segment(analysis, rejected, rejectedOffset, true);
        if (first != null && first.kind() != Snippet.Kind.ERRONEOUS) {
            segments.add(first); // its declarations are known to the rest; a syntax error would hide every other error
        } else {
            first = null;
        }
        int pos = restOffset;
        while (pos < text.length()) {
            int look = JShellSession.skipBlankAndComments(text, pos, text.length());
            if (look >= text.length()) {
                break;
            }
            if (MagicLine.startsAt(text, look) || MagicLine.cellMagicAt(text, look)) {
                pos = JShellSession.lineEnd(text, look);
                continue;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(text.substring(pos));
            if (!info.completeness().isComplete()) {
                break; // empty, or unfinished at the end: nothing more to check
            }
            String source = info.source();
            int lead = 0;
            while (lead < source.length() && Character.isWhitespace(source.charAt(lead))) {
                lead++;
            }
            Segment next = segment(analysis, source.substring(lead), pos + lead, false);
            if (next != null) {
                segments.add(next);
            }
            int after = text.length() - info.remaining().length();
            if (after <= pos) {
                break;
            }
            pos = after;
        }
        // a syntax error stops javac before it looks at types: each snippet that does not parse is compiled alone
        List<CellError> errors = new ArrayList<>();
        List<Segment> parsed = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.kind() == Snippet.Kind.ERRONEOUS) {
                errors.addAll(compile(shell, text, List.of(segment)));
            } else {
                parsed.add(segment);
            }
        }
        if (parsed.size() > (first == null ? 0 : 1)) {
            errors.addAll(compile(shell, text, parsed));
        }
        return errors;
    }

    /** The snippet as a member (method, type) or body part (the rest); null for an import. */
    private static Segment segment(SourceCodeAnalysis analysis, String source, int cellOffset, boolean rejected) {
        List<Snippet> parsed = analysis.sourceToSnippets(source);
        Snippet.Kind kind = parsed.isEmpty() ? Snippet.Kind.ERRONEOUS : parsed.get(0).kind();
        if (kind == Snippet.Kind.IMPORT) {
            return null;
        }
        if (kind == Snippet.Kind.ERRONEOUS) {
            kind = classify(source); // JShell says ERRONEOUS for an expression with an unknown name too
        }
        String name = parsed.isEmpty() || !(parsed.get(0) instanceof jdk.jshell.VarSnippet) ? "" : ((jdk.jshell.VarSnippet) parsed.get(0)).name();
        return new Segment(source, cellOffset, kind, name, rejected);
    }

    /**
     * What an unresolvable snippet is by its syntax alone, with javac's parser: an expression, a
     * statement, a member (method or type), or {@code ERRONEOUS} if it does not parse as any.
     */
    static Snippet.Kind classify(String source) {
        String expression = source.stripTrailing();
        if (expression.endsWith(";")) {
            expression = expression.substring(0, expression.length() - 1);
        }
        if (parses("class C { void m() { Object v = " + expression + "\n; } }")) {
            return Snippet.Kind.EXPRESSION;
        }
        if (parses("class C { void m() { " + source + "\n } }")) {
            return Snippet.Kind.STATEMENT;
        }
        if (parses("class C { " + source + "\n }")) {
            return Snippet.Kind.METHOD;
        }
        return Snippet.Kind.ERRONEOUS;
    }

    private static boolean parses(String unit) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///C.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return unit;
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            task.parse();
        } catch (IOException e) {
            return false;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }

    /** A member using a {@code var} variable of the cell, which the wrapping keeps in the body where members cannot see it. */
    private static boolean hidden(Diag diag, Set<String> bodyVariables) {
        if (!diag.getCode().startsWith("compiler.err.cant.resolve")) {
            return false;
        }
        java.util.regex.Matcher symbol = java.util.regex.Pattern.compile("symbol:\\s+variable (\\S+)").matcher(diag.getMessage(java.util.Locale.ROOT));
        return symbol.find() && bodyVariables.contains(symbol.group(1));
    }

    private static List<CellError> compile(JShell shell, String text, List<Segment> segments) {
        String name = "$FramelensCheck" + CHECKS.incrementAndGet();
        StringBuilder check = new StringBuilder("class ").append(name).append(" {\n");
        int[] at = new int[segments.size()];
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                check.append("void $framelensBody() throws Throwable {\n");
            }
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                if (segment.member() == (pass == 0)) {
                    check.append(segment.prefix(i));
                    at[i] = check.length();
                    check.append(segment.source()).append(segment.suffix()).append('\n');
                }
            }
        }
        check.append("}\n}\n");
        Set<String> bodyVariables = new java.util.HashSet<>();
        for (Segment segment : segments) {
            if (segment.kind() == Snippet.Kind.VAR && !segment.member()) {
                bodyVariables.add(segment.name());
            }
        }
        List<SnippetEvent> events = shell.eval(check.toString());
        List<CellError> errors = new ArrayList<>();
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            for (Diag diag : shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList())) {
                if (WRAPPING_ONLY.contains(diag.getCode())) {
                    continue;
                }
                long from = diag.getStartPosition() >= 0 ? diag.getStartPosition() : Math.max(diag.getPosition(), 0);
                long to = diag.getEndPosition() >= 0 ? diag.getEndPosition() : from + 1;
                for (int i = 0; i < segments.size(); i++) {
                    Segment segment = segments.get(i);
                    if (from >= at[i] && from <= at[i] + segment.source().length()) {
                        boolean wrapping = (segment.kind() == Snippet.Kind.EXPRESSION
                                && "compiler.err.void.not.allowed.here".equals(diag.getCode())) // a void call kept as a value
                                || (segment.kind() == Snippet.Kind.VAR
                                && "compiler.err.unreported.exception.need.to.catch.or.throw".equals(diag.getCode()))
                                || (segment.member() && hidden(diag, bodyVariables));
                        if (!segment.rejected() && !wrapping) {
                            int offset = (int) Math.min(segment.cellOffset() + from - at[i], text.length());
                            int end = (int) Math.min(segment.cellOffset() + Math.max(to, from) - at[i], text.length());
                            errors.add(new CellError(offset, end, diag.getMessage(java.util.Locale.ROOT)));
                        }
                        break;
                    }
                }
            }
            if (snippet.kind() != Snippet.Kind.ERRONEOUS && shell.status(snippet).isActive()) {
                shell.drop(snippet);
            }
        }
        return errors;
    }
}
