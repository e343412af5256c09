package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.notebook.internal.CompilationException;
import dev.framelens.notebook.internal.EvaluationException;
import dev.framelens.notebook.internal.ExitRefused;
import dev.framelens.notebook.internal.ExecutionInterrupted;
import dev.framelens.notebook.internal.IncompleteSourceException;
import dev.framelens.notebook.internal.MagicException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The kernel's evaluation, completion, inspection and magics, in this JVM (no Jupyter involved). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FramelensKernelTest {

    private FramelensKernel kernel;

    @BeforeAll
    void start() {
        kernel = FramelensKernel.builder().build();
        kernel.onStartup();
    }

    @AfterAll
    void stop() {
        kernel.onShutdown(false);
    }

    @Test
    void lastExpressionIsTheValueAsAnObject() {
        assertEquals(3, kernel.evalRaw("1 + 2"));
        assertEquals("ab", kernel.evalRaw("String a = \"a\";\n\"b\";\na + \"b\""));
        assertNull(kernel.evalRaw("int declaredOnly = 5;"));
        assertNull(kernel.evalRaw("declaredOnly = 6"), "an assignment is not shown");
        assertEquals(6, kernel.evalRaw("declaredOnly"));
        assertNull(kernel.evalRaw("// only a comment\n"));
    }

    @Test
    void tableValueStaysATableAndRendersAsHtml() {
        Object value = kernel.evalRaw("Table.create(\"t\", IntColumn.create(\"n\", new int[] {1, 2}))");
        Table table = assertInstanceOf(Table.class, value);
        assertEquals(2, table.rowCount());
        DisplayData data = kernel.render(table);
        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).startsWith("<div class=\"framelens-table\">"));
        assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).endsWith("t: 2 rows \u00d7 1 column"));
    }

    @Test
    void arraysRenderTheirElements() {
        DisplayData data = kernel.eval("new int[][] {{1, 2}, {3}}");
        assertEquals("[[1, 2], [3]]", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void startupImportsWhatResolvesAndDefinesDisplay() {
        List<String> startup = kernel.startupSnippets();
        assertTrue(startup.contains("import tech.tablesaw.api.*;"), startup::toString);
        assertTrue(startup.contains("import tech.tablesaw.plotly.api.*;"), startup::toString);
        assertTrue(startup.stream().anyMatch(s -> s.startsWith("void display(Object value)")), startup::toString);
        boolean engine = getClass().getClassLoader().getResource("dev/framelens/table") != null;
        assertEquals(engine, startup.contains("import dev.framelens.table.*;"), "imported exactly when the package exists");
        assertEquals("tech.tablesaw.api.Table", kernel.evalRaw("Table.class.getName()"));
        assertNull(kernel.evalRaw("display(\"shown\")"));
    }

    @Test
    void compileErrorMarksTheSpanInCellLines() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> kernel.evalRaw("int ok = 1;\n\n  String bad = ok * \"x\";"));
        assertEquals("bad operand types for binary operator '*' (In [1], line 3)", e.getMessage());
        assertEquals(List.of(
                "In [1], line 3: error: bad operand types for binary operator '*'",
                "  3 |   String bad = ok * \"x\";",
                "    |                ^~~~~~~~",
                "  first type:  int",
                "  second type: java.lang.String"), e.traceback());
    }

    @Test
    void everyCompileErrorOfTheCellIsReportedAndNothingRuns() {
        CompilationException e = assertThrows(CompilationException.class, () -> kernel.evalRaw(String.join("\n",
                "int first = \"one\";",
                "int afterFirst = first + 1;",
                "System.out.println(\"must not run\");",
                "String second = afterFirst * \"x\";",
                "void helper() { undefinedCall(); }",
                "afterFirst + missingName")));
        assertEquals("incompatible types: java.lang.String cannot be converted to int (In [1], line 1) and 3 more errors", e.getMessage());
        assertEquals(List.of(
                "In [1], line 1: error: incompatible types: java.lang.String cannot be converted to int",
                "  1 | int first = \"one\";",
                "    |             ^~~~~",
                "",
                "In [1], line 4: error: bad operand types for binary operator '*'",
                "  4 | String second = afterFirst * \"x\";",
                "    |                 ^~~~~~~~~~~~~~~~",
                "  first type:  int",
                "  second type: java.lang.String",
                "",
                "In [1], line 5: error: cannot find symbol",
                "  5 | void helper() { undefinedCall(); }",
                "    |                 ^~~~~~~~~~~~~",
                "  symbol:   method undefinedCall()",
                "",
                "In [1], line 6: error: cannot find symbol",
                "  6 | afterFirst + missingName",
                "    |              ^~~~~~~~~~~",
                "  symbol:   variable missingName"), e.traceback());
        assertThrows(CompilationException.class, () -> kernel.evalRaw("afterFirst"), "nothing after the first error was declared");
        assertThrows(CompilationException.class, () -> kernel.evalRaw("helper()"));
    }

    @Test
    void theRestOfACellIsCheckedAsJShellWouldCompileIt() {
        // what is legal in JShell and not in a method body gives no error: a bare expression, a
        // variable declared again, a variable used unassigned, a checked exception, a lambda over a changing variable
        CompilationException e = assertThrows(CompilationException.class, () -> kernel.evalRaw(String.join("\n",
                "int broken = \"x\" - 1;",
                "int counter;",
                "counter + 1;",
                "int counter = 2;",
                "Thread.sleep(1);",
                "counter++;",
                "Runnable r = () -> System.out.println(counter);",
                "var list = new java.util.ArrayList<String>();",
                "list.add(broken + \"\");",
                "java.util.List<String> named = list;",
                "String text = java.nio.file.Files.readString(java.nio.file.Path.of(\"x\"));",
                "class Local { int twice() { return 2 * size(); } }",
                "int size() { return named.size(); }")));
        assertEquals(List.of(
                "In [1], line 1: error: bad operand types for binary operator '-'",
                "  1 | int broken = \"x\" - 1;",
                "    |              ^~~~~~~",
                "  first type:  java.lang.String",
                "  second type: int"), e.traceback());
    }

    @Test
    void aSyntaxErrorAfterTheFirstErrorIsReportedToo() {
        CompilationException e = assertThrows(CompilationException.class, () -> kernel.evalRaw(String.join("\n",
                "int early = \"x\";",
                "String fine = \"ok\";",
                "int late = (1 + ;")));
        assertEquals(List.of(
                "In [1], line 1: error: incompatible types: java.lang.String cannot be converted to int",
                "  1 | int early = \"x\";",
                "    |             ^~~",
                "",
                "In [1], line 3: error: illegal start of expression",
                "  3 | int late = (1 + ;",
                "    |                 ^"), e.traceback());
    }

    @Test
    void unknownSymbolIsMarked() {
        CompilationException e = assertThrows(CompilationException.class, () -> kernel.evalRaw("noSuchVariable + 1"));
        assertEquals(List.of(
                "In [1], line 1: error: cannot find symbol",
                "  1 | noSuchVariable + 1",
                "    | ^~~~~~~~~~~~~~",
                "  symbol:   variable noSuchVariable"), e.traceback());
    }

    private static final String KEEPS_RUNNING = " was called; the kernel keeps running \u2014 restart the kernel to reset it";

    @Test
    void systemExitInACellFailsTheCellAndTheKernelKeepsAnswering() {
        ExitRefused e = assertThrows(ExitRefused.class, () -> kernel.evalRaw("int before = 1;\nSystem.exit(0);"));
        assertEquals("System.exit(0)" + KEEPS_RUNNING, e.getMessage());
        assertEquals(List.of("System.exit(0)" + KEEPS_RUNNING, "    at In [1], line 2"), e.traceback());
        assertEquals(2, kernel.evalRaw("before + 1"), "the next cell runs, and sees what the cell declared first");
    }

    @Test
    void everyWayOfWritingAnExitInCellCodeIsRefused() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("Runtime.getRuntime().exit(1)", "Runtime.exit(1)");
        cells.put("Runtime.getRuntime().halt(2)", "Runtime.halt(2)");
        cells.put("java.util.function.IntConsumer c = System::exit;\nc.accept(3)", "System.exit(3)");
        cells.put("java.util.function.IntConsumer h = Runtime.getRuntime()::halt;\nh.accept(4)", "Runtime.halt(4)");
        cells.put("java.util.function.ObjIntConsumer<Runtime> x = Runtime::exit;\nx.accept(Runtime.getRuntime(), 5)",
                "Runtime.exit(5)");
        cells.put("void quit(int s) { System.exit(s); }\nquit(6)", "System.exit(6)");
        cells.put("class Quitter { void run() { Runtime.getRuntime().exit(7); } }\nnew Quitter().run()", "Runtime.exit(7)");
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            ExitRefused e = assertThrows(ExitRefused.class, () -> kernel.evalRaw(cell.getKey()), cell.getKey());
            assertEquals(cell.getValue() + KEEPS_RUNNING, e.getMessage());
        }
        assertEquals("System.exit(8)" + KEEPS_RUNNING, kernel.evalRaw(
                "String caught;\ntry { System.exit(8); caught = \"\"; } catch (SecurityException e) { caught = e.getMessage(); }\ncaught"));
        assertEquals("System.exit(9)" + KEEPS_RUNNING, kernel.evalRaw(
                "String[] seen = {null};\nThread t = new Thread(() -> { try { System.exit(9); } catch (SecurityException e) { seen[0] = e.getMessage(); } });\n"
                        + "t.start();\nt.join();\nseen[0]"), "a thread the cell starts");
        assertEquals("still here", kernel.evalRaw("\"still \" + \"here\""));
    }

    @Test
    void runtimeExceptionHasOnlyUserFrames() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> kernel.evalRaw(
                "int inner(String s) { return s.length(); }\n"
                        + "int outer() {\n  return inner(null);\n}\n"
                        + "outer()"));
        assertEquals("java.lang.NullPointerException", e.exceptionClass());
        List<String> lines = e.traceback();
        assertTrue(lines.get(0).startsWith("java.lang.NullPointerException"), lines::toString);
        assertEquals(List.of("    at inner(In [1], line 1)", "    at outer(In [1], line 3)", "    at In [1], line 5"),
                lines.subList(1, lines.size()));
    }

    @Test
    void causesAreShownWithTheirFrames() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> kernel.evalRaw(
                "throw new IllegalStateException(\"outer\", new java.io.IOException(\"inner\"));"));
        assertEquals(List.of(
                "java.lang.IllegalStateException: outer",
                "    at In [1], line 1",
                "Caused by: java.io.IOException: inner",
                "    at In [1], line 1"), e.traceback());
    }

    @Test
    void laterSnippetsDoNotRunAfterAFailure() {
        assertThrows(EvaluationException.class,
                () -> kernel.evalRaw("int ranBefore = 1;\nInteger.parseInt(\"x\");\nint ranAfter = 1;"));
        assertEquals(1, kernel.evalRaw("ranBefore"));
        assertThrows(CompilationException.class, () -> kernel.evalRaw("ranAfter"));
    }

    @Test
    void incompleteCellIsReported() {
        IncompleteSourceException e = assertThrows(IncompleteSourceException.class,
                () -> kernel.evalRaw("int fine = 1;\nfor (int i = 0; i < 3; i++) {"));
        assertEquals(List.of(
                "incomplete input at the end (In [1], line 2): a statement or declaration is not finished",
                "  2 | for (int i = 0; i < 3; i++) {",
                "    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~"), e.traceback());
    }

    @Test
    void interruptStopsAnEndlessLoop() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(kernel::interrupt, 500, TimeUnit.MILLISECONDS);
            ExecutionInterrupted e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(ExecutionInterrupted.class, () -> kernel.evalRaw("int spins = 0;\nwhile (true) { spins++; }")));
            assertTrue(e.getMessage().startsWith("execution interrupted (In [1], line "), e.getMessage());
            timer.schedule(kernel::interrupt, 300, TimeUnit.MILLISECONDS);
            assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(ExecutionInterrupted.class, () -> kernel.evalRaw("Thread.sleep(60_000);\nint never = 1;")));
            assertThrows(CompilationException.class, () -> kernel.evalRaw("never"), "the rest of the cell did not run");
        } finally {
            timer.shutdownNow();
        }
        assertEquals(4, kernel.evalRaw("2 + 2"), "the kernel keeps working");
    }

    @Test
    void interruptWhileIdleDoesNotAffectTheNextCell() {
        kernel.interrupt();
        assertEquals(10, kernel.evalRaw("5 * 2"));
    }

    @Test
    void stdoutOfACellGoesToSystemOut() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            kernel.evalRaw("System.out.print(\"no newline\");");
        } finally {
            System.setOut(original);
        }
        assertEquals("no newline", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void completionOffersMembersAndMagics() {
        ReplacementOptions members = kernel.complete("\"abc\".toUpp", 11);
        assertEquals(6, members.getSourceStart());
        assertEquals(11, members.getSourceEnd());
        assertEquals(List.of("toUpperCase("), members.getReplacements());

        kernel.evalRaw("String defined = \"x\";");
        String cell = "int n = 1;\nString notYetRun = \"y\";\ndefined.isBl";
        ReplacementOptions second = kernel.complete(cell, cell.length());
        assertEquals(List.of("isBlank()"), second.getReplacements());
        assertEquals(cell.length() - 4, second.getSourceStart());

        ReplacementOptions magics = kernel.complete("int a;\n%cl", 10);
        assertEquals(List.of("%classpath"), magics.getReplacements());
        assertEquals(7, magics.getSourceStart());
        assertNull(kernel.complete("int a = 1;", 10));
    }

    @Test
    void completionCountsCodePoints() {
        // U+1D11E (musical G clef) is two UTF-16 units but one code point for Jupyter
        kernel.evalRaw("String clef = \"\uD834\uDD1E\";");
        String code = "String other = \"\uD834\uDD1E\";\nclef.isEm";
        int cursor = code.codePointCount(0, code.length());
        ReplacementOptions options = kernel.complete(code, cursor);
        assertEquals(List.of("isEmpty()"), options.getReplacements());
        assertEquals(cursor - 4, options.getSourceStart());
        assertEquals(cursor, options.getSourceEnd());
    }

    @Test
    void inspectionShowsSignatures() {
        DisplayData docs = kernel.inspect("Math.max(1, 2)", 6, false);
        String text = (String) docs.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.contains("int Math.max(int a, int b)"), text);
        assertTrue(text.contains("double Math.max(double a, double b)"), text);
        assertNull(kernel.inspect("   ", 1, false));
    }

    /**
     * The first sentence of the Javadoc written above {@code declaration} in a source file, read
     * here with regular expressions (the index is built with javac's doc-comment parser).
     */
    private static String firstSentenceInSource(String file, String declaration) throws Exception {
        String source = Files.readString(Path.of("src/main/java", file));
        int at = source.indexOf(declaration);
        assertTrue(at > 0, declaration);
        int open = source.lastIndexOf("/**", at);
        String comment = source.substring(open + 3, source.indexOf("*/", open))
                .replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").strip();
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("\\.(\\s|$)").matcher(comment);
        String sentence = end.find() ? comment.substring(0, end.start() + 1) : comment;
        return sentence.replaceAll("\\{@(?:link|linkplain) #?([^}\\s]+)}", "$1").replaceAll("\\{@code ([^}]*)}", "$1");
    }

    @Test
    void inspectionShowsTheFirstJavadocSentenceOfTheEngine() throws Exception {
        String loadString = firstSentenceInSource("dev/framelens/Framelens.java", "public static Framelens load(String path)");
        assertTrue(loadString.startsWith("Reads a corpus (folder of .txt, .csv or .jsonl)"), loadString);
        String loadPath = firstSentenceInSource("dev/framelens/Framelens.java", "public static Framelens load(Path path)");
        DisplayData docs = kernel.inspect("Framelens.load(\"seeds\")", 12, false);
        assertEquals("Framelens Framelens.load(String path)\n\n" + loadString
                + "\n\nFramelens Framelens.load(Path path)\n\n" + loadPath, docs.getData(MIMEType.TEXT_PLAIN));
        String rows = firstSentenceInSource("dev/framelens/notebook/Notebook.java", "public static void display(Table table, int rows)");
        String mime = firstSentenceInSource("dev/framelens/notebook/Notebook.java", "public static void display(Object value, String mimeType)");
        String shown = (String) kernel.inspect("display(", 3, false).getData(MIMEType.TEXT_PLAIN);
        assertTrue(shown.contains("void display(Object value, String mimeType)\n\n" + mime), shown);
        assertTrue(shown.contains("void display(tech.tablesaw.api.Table table, int rows)\n\n" + rows)
                || shown.contains("void display(Table table, int rows)\n\n" + rows), shown);
        String type = firstSentenceInSource("dev/framelens/Framelens.java", "public final class Framelens");
        assertEquals("dev.framelens.Framelens\n\n" + type, kernel.inspect("Framelens", 3, false).getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void isCompleteForConsoles() {
        assertEquals(BaseKernel.IS_COMPLETE_YES, kernel.isComplete("int y = 1;"));
        assertEquals(BaseKernel.IS_COMPLETE_YES, kernel.isComplete("%jars a.jar\n1 + 1"));
        assertEquals("    ", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("        ", kernel.isComplete("void f() {\n    if (true) {"));
        assertEquals(BaseKernel.IS_COMPLETE_BAD, kernel.isComplete("int z = );"));
    }

    @Test
    void magicsAddJarsDirectoriesAndLoadScripts(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("defs.jsh");
        Files.writeString(script, "int fromScript = 7;\nint twice(int v) { return 2 * v; }\n");
        assertNull(kernel.evalRaw("%load " + script + "\nint used = twice(fromScript);"));
        assertEquals(14, kernel.evalRaw("used"));
        MagicException missing = assertThrows(MagicException.class, () -> kernel.evalRaw("%load " + dir.resolve("nothing")));
        assertTrue(missing.getMessage().startsWith("%load: no file " + dir.resolve("nothing")), missing.getMessage());

        MagicException noJar = assertThrows(MagicException.class, () -> kernel.evalRaw("%jars " + dir + "/*.jar"));
        assertEquals("%jars: nothing matches '" + dir + "/*.jar' (relative paths start at "
                + Path.of("").toAbsolutePath() + ")", noJar.getMessage());
        MagicException unknown = assertThrows(MagicException.class, () -> kernel.evalRaw("%nope"));
        assertEquals("unknown line magic %nope (In [1], line 1); the line magics are %classpath, %jars, %load, %lsmagic, %maven",
                unknown.getMessage());
        MagicException cell = assertThrows(MagicException.class, () -> kernel.evalRaw("\n%%bash\nls"));
        assertEquals("unknown cell magic %%bash (In [1], line 2); the cell magics are %%time", cell.getMessage());
        MagicException late = assertThrows(MagicException.class, () -> kernel.evalRaw("int early = 1;\n%%time\n1"));
        assertEquals("%%time is a cell magic: it must be on the first line of the cell (In [1], line 2)", late.getMessage());
    }

    @Test
    void loadKeepsTheVariablesDefinedBefore() {
        // the case: framelens.jsh brings new star imports, after which JShell recompiles every variable
        kernel.evalRaw("var corpus = Framelens.load(\"seeds\");\nString label = \"kept\";\nint count = 4;");
        String printed = printedBy("%load framelens.jsh");
        assertTrue(printed.startsWith("framelens \u2014 engine loaded"), printed);
        assertEquals("Framelens[5 documents] kept 4", kernel.evalRaw("corpus + \" \" + label + \" \" + count"));
    }

    @Test
    void aVariableWhoseClassIsDeclaredAgainIsResetWithANote() {
        kernel.evalRaw("class Box { }\nBox box = new Box();\nString beside = \"stays\";");
        PrintStream original = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            kernel.evalRaw("class Box { int size; }");
        } finally {
            System.setErr(original);
        }
        assertEquals("note: variable box was reset to its default value: its type Box was declared again\n",
                printed.toString(StandardCharsets.UTF_8));
        assertNull(kernel.evalRaw("box"));
        assertEquals("stays", kernel.evalRaw("beside"));
    }

    /** Runs a cell with System.out captured; returns what it printed. */
    private String printedBy(String cell) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            kernel.evalRaw(cell);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lsmagicListsEveryMagicWithWhatItDoes() {
        assertEquals(String.join("\n",
                "Line magics (on a line of their own):",
                "  %classpath [PATH|GLOB...]         add class directories and jars to the class path; alone, list the class path",
                "  %jars PATH|GLOB...                add jars to the class path (a directory adds the jars in it)",
                "  %load FILE                        run a .jsh, .jshell or .java file in this session (the extension may be left out); variables defined before stay",
                "  %lsmagic                          list the line and cell magics",
                "  %maven GROUP:ARTIFACT:VERSION...  add Maven artifacts and their runtime dependencies from Maven Central to the class path (cached in ~/.m2/repository or -Dmaven.repo.local)",
                "Cell magics (on the first line of a cell):",
                "  %%time  run the rest of the cell and print its wall-clock time (also when it fails)",
                ""), printedBy("%lsmagic"));
    }

    @Test
    void timeRunsTheCellAndPrintsItsWallTime() {
        String printed = printedBy("%%time\nSystem.out.println(\"body ran\");\nint timed = 6 * 7;");
        assertTrue(printed.matches("body ran\nWall time: \\d+(\\.\\d+)? (\u00b5s|ms|s)\n"), printed);
        assertEquals(42, kernel.evalRaw("timed"));
        assertEquals(3, kernel.evalRaw("%%time\n1 + 2"), "the cell's value is its result");
        CompilationException e = assertThrows(CompilationException.class, () -> kernel.evalRaw("%%time\nint fine = 1;\nfine * \"x\""));
        assertEquals("bad operand types for binary operator '*' (In [1], line 3)", e.getMessage(), "lines count from the magic's line");
        MagicException args = assertThrows(MagicException.class, () -> kernel.evalRaw("%%time -n 3\n1"));
        assertEquals("%%time takes no arguments (got -n 3)", args.getMessage());
    }

    @Test
    void wallTimeHasThreeSignificantDigitsInTheLargestUnit() {
        assertEquals("Wall time: 0.50 \u00b5s", dev.framelens.notebook.internal.KernelMagics.wallTime(500));
        assertEquals("Wall time: 812 \u00b5s", dev.framelens.notebook.internal.KernelMagics.wallTime(812_000));
        assertEquals("Wall time: 1.00 ms", dev.framelens.notebook.internal.KernelMagics.wallTime(999_999 + 1));
        assertEquals("Wall time: 12.3 ms", dev.framelens.notebook.internal.KernelMagics.wallTime(12_345_678));
        assertEquals("Wall time: 1.25 s", dev.framelens.notebook.internal.KernelMagics.wallTime(1_249_999_999 + 1));
        assertEquals("Wall time: 125 s", dev.framelens.notebook.internal.KernelMagics.wallTime(125_000_000_000L));
    }

    @Test
    void renderReturnsTheMimeBundleAndDisplayShowsIt() {
        Table table = (Table) kernel.evalRaw("Table t = Table.create(\"t\", IntColumn.create(\"n\", new int[] {1, 2, 3}));\nt");
        MimeBundle bundle = assertInstanceOf(MimeBundle.class, kernel.evalRaw("render(t)"));
        assertEquals(List.of("text/html", "text/plain"), List.copyOf(bundle.data().keySet()));
        assertEquals(kernel.tables().html(table), bundle.text("text/html"));
        assertEquals(kernel.tables().text(table), bundle.text("text/plain"));
        assertEquals(bundle.text("text/plain"), bundle.toString());
        DisplayData shown = kernel.render(bundle);
        assertEquals(bundle.text("text/html"), shown.getData(MIMEType.TEXT_HTML), "a bundle is shown as it is");
        assertEquals(List.of("text/plain"), List.copyOf(((MimeBundle) kernel.evalRaw("render(42)")).data().keySet()));
        assertEquals("42", ((MimeBundle) kernel.evalRaw("render(42)")).text("text/plain"));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> bundle.text("image/png"));
        assertEquals("no image/png in this bundle; it has text/html, text/plain", none.getMessage());
        assertNull(kernel.evalRaw("display(render(t));\ndisplay(t, \"text/html\");\ndisplay(\"<b>x</b>\", \"text/html\");\ndisplay(t, 2);"));
    }

    @Test
    void displayAsAMimeTypeUsesTheValuesRenderingOrTheTextItself() {
        Table table = Table.create("t", tech.tablesaw.api.IntColumn.create("n", new int[] {1, 2, 3}));
        DisplayData html = kernel.renderAs(table, "text/html");
        assertEquals(kernel.tables().html(table), html.getData(MIMEType.TEXT_HTML));
        assertEquals(kernel.tables().text(table), html.getData(MIMEType.TEXT_PLAIN));
        DisplayData bold = kernel.renderAs("<b>bold</b>", "text/html");
        assertEquals("<b>bold</b>", bold.getData(MIMEType.TEXT_HTML));
        assertEquals("<b>bold</b>", bold.getData(MIMEType.TEXT_PLAIN));
        DisplayData svg = kernel.renderAs("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/svg+xml");
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", svg.getData(MIMEType.IMAGE_SVG));
        DisplayData json = kernel.renderAs("{\"a\": [1, 2]}", "application/json");
        assertEquals("{\"a\":[1,2]}", json.getData(MIMEType.APPLICATION_JSON).toString(), "JSON types carry JSON, not a string");
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> kernel.renderAs("{oops", "application/json"));
        assertTrue(notJson.getMessage().startsWith("application/json content must be JSON: "), notJson.getMessage());
        IllegalArgumentException png = assertThrows(IllegalArgumentException.class, () -> kernel.renderAs(table, "image/png"));
        assertEquals("cannot show Table as image/png; it renders as text/html, text/plain", png.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> kernel.renderAs(table, "html"));
        assertEquals("'html' is not a MIME type such as text/html or image/svg+xml", bad.getMessage());
    }

    @Test
    void displayOfATableWithRowsShowsThatManyRows() {
        Table table = Table.create("long", tech.tablesaw.api.IntColumn.create("n", new int[] {1, 2, 3, 4, 5}));
        DisplayData three = kernel.tableData(table, 3);
        assertEquals(kernel.tables().html(table, 3), three.getData(MIMEType.TEXT_HTML));
        assertEquals(kernel.tables().text(table, 3), three.getData(MIMEType.TEXT_PLAIN));
        String all = kernel.tables().text(table, 5);
        assertTrue(all.contains("5") && !all.equals(kernel.tables().text(table, 3)), all);
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> kernel.displayTable(table, -1));
        assertEquals("rows (-1) must be >= 0 (0 shows all rows)", negative.getMessage());
    }

    /**
     * The check, with an artifact whose dependency is not on the kernel's class path
     * (commons-text needs commons-lang3), into an empty local repository so that everything is
     * downloaded from Maven Central. Without network it is skipped, except under CI=true.
     */
    @Test
    void mavenResolvesTransitiveDependenciesIntoTheNextCell(@TempDir Path repository) {
        String before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", repository.toString());
        String printed;
        try {
            printed = printedBy("%maven org.apache.commons:commons-math3:3.6.1 org.apache.commons:commons-text:1.12.0");
        } catch (MagicException e) {
            if (e.getMessage().startsWith("%maven: cannot reach ") && !"true".equalsIgnoreCase(System.getenv("CI"))) {
                org.junit.jupiter.api.Assumptions.abort(e.getMessage());
            }
            throw e;
        } finally {
            if (before == null) {
                System.clearProperty("maven.repo.local");
            } else {
                System.setProperty("maven.repo.local", before);
            }
        }
        assertEquals("%maven: 3 jars on the class path, new: commons-math3-3.6.1.jar, commons-text-1.12.0.jar, "
                + "commons-lang3-3.14.0.jar\n", printed);
        for (String jar : List.of("commons-math3/3.6.1/commons-math3-3.6.1.jar", "commons-text/1.12.0/commons-text-1.12.0.jar",
                "commons-lang3/3.14.0/commons-lang3-3.14.0.jar")) {
            Path file = repository.resolve("org/apache/commons").resolve(jar);
            assertTrue(Files.isRegularFile(file), "cached in the local repository: " + file);
            assertTrue(kernel.classPath().contains(file.toAbsolutePath()), "on the JShell class path: " + file);
        }
        assertEquals("org.apache.commons.math3.stat.descriptive.DescriptiveStatistics",
                kernel.evalRaw("new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics().getClass().getName()"));
        assertEquals("Two Words", kernel.evalRaw("org.apache.commons.text.WordUtils.capitalize(\"two words\")"));
        assertEquals("cba", kernel.evalRaw("org.apache.commons.lang3.StringUtils.reverse(\"abc\")"), "the transitive dependency");
    }

    @Test
    void mavenSaysInOneLineWhatIsWrong(@TempDir Path repository) throws Exception {
        MagicException none = assertThrows(MagicException.class, () -> kernel.evalRaw("%maven"));
        assertEquals("%maven needs at least one coordinate, e.g. %maven org.apache.commons:commons-math3:3.6.1", none.getMessage());
        MagicException malformed = assertThrows(MagicException.class, () -> kernel.evalRaw("%maven commons-math3"));
        assertEquals("%maven: 'commons-math3' is not a Maven coordinate; write group:artifact:version, "
                + "e.g. org.apache.commons:commons-math3:3.6.1", malformed.getMessage());
        // a repository in a folder stands in for Maven Central: an unknown artifact, then an unreachable host
        Path remote = Files.createDirectories(repository.resolve("remote"));
        dev.framelens.notebook.internal.MavenResolver local = new dev.framelens.notebook.internal.MavenResolver(
                repository.resolve("local"), remote.toUri().toString());
        MagicException unknown = assertThrows(MagicException.class, () -> local.resolve(List.of("org.example:no-such-thing:1.0")));
        assertEquals("org.example:no-such-thing:1.0 was not found in " + remote.toUri(), unknown.getMessage());
        dev.framelens.notebook.internal.MavenResolver offline = new dev.framelens.notebook.internal.MavenResolver(
                repository.resolve("local"), "https://no-such-host.invalid/maven2/");
        MagicException unreachable = assertThrows(MagicException.class, () -> offline.resolve(List.of("org.example:thing:1.0")));
        assertTrue(unreachable.getMessage().startsWith("cannot reach https://no-such-host.invalid/maven2/ (UnknownHostException: "),
                unreachable.getMessage());
        assertTrue(unreachable.getMessage().endsWith("); check the network connection or proxy"), unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains("\n"));
    }

    @Test
    void mavenFindsTheLocalRepositoryLikeMaven(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, "<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n"
                + "  <localRepository>/data/m2</localRepository>\n</settings>\n");
        assertEquals("/data/m2", dev.framelens.notebook.internal.MavenResolver.settingsLocalRepository(settings));
        Files.writeString(settings, "<settings><mirrors/></settings>");
        assertNull(dev.framelens.notebook.internal.MavenResolver.settingsLocalRepository(settings));
        assertNull(dev.framelens.notebook.internal.MavenResolver.settingsLocalRepository(dir.resolve("absent.xml")));
    }

    @Test
    void classpathMagicMakesClassesUsable(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("src/extra/Thing.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package extra; public class Thing { public static String name() { return \"thing\"; } }");
        Path classes = dir.resolve("classes");
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString()));
        assertEquals("thing", kernel.evalRaw("%classpath " + classes + "\nextra.Thing.name()"));
        assertTrue(kernel.classPath().contains(classes.toAbsolutePath()));
    }

    @Test
    void currentIsThisKernelWhileItRuns() {
        assertSame(kernel, FramelensKernel.current());
        assertFalse(kernel.startupSnippets().isEmpty());
    }
}
