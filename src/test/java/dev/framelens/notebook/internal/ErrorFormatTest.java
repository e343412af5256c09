package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorFormatTest {

    @Test
    void markerSitsUnderTheSpan() {
        String cell = "int a = 1;\nString s = a * \"x\";\n";
        int start = cell.indexOf("a *");
        assertEquals(List.of(
                "  2 | String s = a * \"x\";",
                "    |            ^~~~~~~"), ErrorFormat.markedSource(cell, start, start + 7, 1));
    }

    @Test
    void tabsAreKeptSoTheMarkerLinesUp() {
        String cell = "\tfoo(bar);";
        assertEquals(List.of("  1 | \tfoo(bar);", "    | \t    ^~~"),
                ErrorFormat.markedSource(cell, 5, 8, 1));
    }

    @Test
    void spansPastTheLineAreCutAndEmptySpansGetACaret() {
        String text = "line one\nfor (x) {\n  body";
        assertEquals(List.of("  11 | for (x) {", "     | ^~~~~~~~~"), ErrorFormat.markedSource(text, 9, text.length(), 10));
        assertEquals(List.of("  1 | line one", "    |      ^"), ErrorFormat.markedSource(text, 5, 5, 1));
        assertEquals(List.of("  3 |   body", "    |       ^"), ErrorFormat.markedSource(text, text.length(), text.length(), 1));
    }

    @Test
    void lineNumbers() {
        assertEquals(1, ErrorFormat.lineOf("abc", 0));
        assertEquals(2, ErrorFormat.lineOf("a\nb", 2));
        assertEquals(3, ErrorFormat.lineOf("a\n\nb", 99));
    }

    @Test
    void compilerMessagesLoseLocationLines() {
        assertEquals(List.of("cannot find symbol", "  symbol:   variable x"),
                ErrorFormat.messageLines("cannot find symbol\n  symbol:   variable x\n  location: class \n"));
    }

    @Test
    void kernelFramesAtTheBottomAreDroppedAndSnippetFramesNamed() {
        StackTraceElement[] trace = {
            new StackTraceElement("java.lang.Integer", "parseInt", "Integer.java", 652),
            new StackTraceElement("", "parse", "#7", 2),
            new StackTraceElement("Helper", "run", "#8", 1),
            new StackTraceElement("", "", "#9", 3),
            new StackTraceElement("", "", "#99", 1),
            new StackTraceElement("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, -2),
            new StackTraceElement("java.lang.reflect.Method", "invoke", "Method.java", 568),
            new StackTraceElement("dev.framelens.notebook.internal.SnippetExecutionControl$Outcome", "run", "X.java", 1),
            new StackTraceElement("java.lang.Thread", "run", "Thread.java", 833),
        };
        Map<String, SourceOrigin> origins = Map.of(
                "7", new SourceOrigin("In [2]", 1),
                "8", new SourceOrigin("setup.jsh", 4),
                "9", new SourceOrigin("In [3]", 5));
        assertEquals(List.of(
                "    at java.lang.Integer.parseInt(Integer.java:652)",
                "    at parse(In [2], line 2)",
                "    at Helper.run(setup.jsh, line 4)",
                "    at In [3], line 7",
                "    at snippet #99, line 1"), ErrorFormat.frames(trace, origins::get));
    }

    @Test
    void longTracesAreCut() {
        StackTraceElement[] trace = new StackTraceElement[ErrorFormat.MAX_FRAMES + 5];
        for (int i = 0; i < trace.length; i++) {
            trace[i] = new StackTraceElement("lib.Deep", "call", "Deep.java", i + 1);
        }
        List<String> lines = ErrorFormat.frames(trace, id -> null);
        assertEquals(ErrorFormat.MAX_FRAMES + 1, lines.size());
        assertEquals("    ... 5 more", lines.get(ErrorFormat.MAX_FRAMES));
    }
}
