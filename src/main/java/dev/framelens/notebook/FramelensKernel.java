package dev.framelens.notebook;

import com.google.gson.JsonParser;
import dev.framelens.notebook.internal.CellFailure;
import dev.framelens.notebook.internal.CellHistory;
import dev.framelens.notebook.internal.ErrorFormat;
import dev.framelens.notebook.internal.JShellSession;
import dev.framelens.notebook.internal.KernelMagics;
import dev.framelens.notebook.internal.MavenResolver;
import dev.framelens.notebook.internal.MimeBundles;
import dev.framelens.notebook.internal.KernelClassPath;
import dev.framelens.notebook.internal.MagicException;
import dev.framelens.notebook.internal.MagicLine;
import dev.framelens.notebook.internal.SourceOrigin;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;
import org.dflib.jjava.jupyter.messages.reply.InterruptReply;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The framelens Jupyter kernel: Java cells evaluated by JShell in the kernel's own JVM, with
 * the framelens engine, Tablesaw and jsplot on the class path.
 *
 * <ul>
 *   <li>A cell may mix imports, declarations, statements and line magics; the value of its
 *       last expression is the cell's result. A Tablesaw {@code Table} shows as an HTML table
 *       ({@link TableRenderer}), a jsplot {@code Figure} as a Plotly chart
 *       ({@link FigureRenderer}); {@code display(Object)} shows a value mid-cell.</li>
 *   <li>Output printed to {@code System.out}/{@code System.err} reaches the notebook while the
 *       cell runs (collected for at most {@value #FLUSH_MILLIS} ms).</li>
 *   <li>Compile errors show the cell line with the offending span marked; exceptions show a
 *       stack trace without JShell's and the kernel's frames; an interrupt stops the running
 *       cell (even {@code while (true) {}} on JDK 17 to 19) and the kernel stays usable.</li>
 *   <li>Line magics as in IJava and JJava: {@code %classpath GLOB...}, {@code %jars GLOB...},
 *       {@code %load FILE}, {@code %maven COORDINATE...}, {@code %lsmagic}; the cell magic
 *       {@code %%time} on a cell's first line (see {@link KernelMagics}).</li>
 *   <li>{@code display(value)}, {@code display(value, mimeType)}, {@code display(table, rows)} and
 *       {@code render(value)} ({@link Notebook}); all compile errors of a cell are reported;
 *       Shift-Tab shows the first Javadoc sentence of the framelens API.</li>
 * </ul>
 *
 * <p>Create it with {@link #builder()}; {@link KernelMain} connects it to Jupyter.
 */
public final class FramelensKernel extends BaseKernel {

    /** While a cell runs, printed text reaches the notebook at most this many milliseconds after it was printed. */
    public static final long FLUSH_MILLIS = 100;

    /** The default startup: imports that resolve (others are skipped) and the {@code display}/{@code render} shortcuts. */
    public static final String STARTUP_RESOURCE = "/dev/framelens/notebook/startup.jsh";

    private static final String RED_BOLD = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";

    private final JShellSession session;
    private final KernelMagics magics;
    /** While a cell magic runs: the cell's body. */
    private CellBody cellBody;
    private final TableRenderer tables;
    private final FigureRenderer figures;
    private final List<String> startup;
    private final ScheduledExecutorService flusher;

    private FramelensKernel(Builder builder, String name, String version) {
        super(name, version, languageInfo(),
                List.of(new HelpLink("JShell", "https://docs.oracle.com/en/java/javase/17/jshell/"),
                        new HelpLink("Tablesaw", "https://jtablesaw.github.io/tablesaw/")),
                builder.historyManagerForKernel(), builder.io(), builder.comms(), builder.renderer(), null,
                builder.registry(), false, builder.errorStyler());
        this.tables = new TableRenderer(builder.tableRowLimit);
        this.figures = builder.figures != null ? builder.figures : new FigureRenderer();
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "framelens-output");
            thread.setDaemon(true);
            return thread;
        });
        ClassLoader parent = FramelensKernel.class.getClassLoader();
        this.session = new JShellSession(parent, builder.classPath != null ? builder.classPath : KernelClassPath.entries());
        this.magics = new KernelMagics(session, MavenResolver::new);
        this.startup = session.startup(builder.startup != null ? builder.startup : defaultStartup());
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> tables.html(table));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> tables.text(table));
                });
        MIMEType plotly = MIMEType.parse(FigureRenderer.PLOTLY_MIME);
        renderer.createRegistration(Figure.class)
                .preferring(plotly, MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((figure, context) -> {
                    // a JSON object, not a string: Gson writes a JsonElement as it is
                    context.renderIfRequested(plotly, () -> JsonParser.parseString(figures.json(figure)));
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> figures.html(figure));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> figures.text(figure));
                });
    }

    /** A builder with the framelens defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The framelens kernel running in this JVM.
     *
     * @throws IllegalStateException if there is none (outside a notebook)
     */
    public static FramelensKernel current() {
        BaseKernel kernel = BaseKernel.notebookKernel;
        if (!(kernel instanceof FramelensKernel)) {
            throw new IllegalStateException("no framelens kernel is running in this JVM: "
                    + "display(...) and Notebook work inside a notebook that uses the \"Java (framelens)\" kernel");
        }
        return (FramelensKernel) kernel;
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Integer.toString(Runtime.version().feature()))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    /** The startup snippets, one per line of {@value #STARTUP_RESOURCE} (blank and {@code //} lines skipped). */
    public static List<String> defaultStartup() {
        try (InputStream in = FramelensKernel.class.getResourceAsStream(STARTUP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STARTUP_RESOURCE + " is missing from the class path");
            }
            List<String> snippets = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String snippet = line.strip();
                if (!snippet.isEmpty() && !snippet.startsWith("//")) {
                    snippets.add(snippet);
                }
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STARTUP_RESOURCE, e);
        }
    }

    /** The startup snippets that compiled (imports of missing packages are left out). */
    public List<String> startupSnippets() {
        return startup;
    }

    /** The table renderer (its row limit can be changed). */
    public TableRenderer tables() {
        return tables;
    }

    /** The JShell class path: the kernel's own plus what magics added. */
    public List<Path> classPath() {
        return session.classPath();
    }

    // ------------------------------------------------------------------ evaluation

    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        super.replaceOutputStreams(env);
        // io.out/io.err send one message per write; buffer and flush on a timer instead
        System.setOut(new PrintStream(new BufferedOutputStream(io.out, 1 << 14), false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new BufferedOutputStream(io.err, 1 << 14), false, StandardCharsets.UTF_8));
    }

    /**
     * Runs a cell and returns the value of its last expression ({@code null} if it ends with a
     * declaration or statement).
     *
     * @throws CellFailure if a snippet does not compile, throws or is interrupted
     */
    @Override
    public Object evalRaw(String code) {
        session.beginCell();
        int count = Math.max(1, executionCount.get() - 1);
        if (historyManager instanceof CellHistory) {
            ((CellHistory) historyManager).record(count, code);
        }
        String label = "In [" + count + "]";
        ScheduledFuture<?> pump = flusher.scheduleAtFixedRate(FramelensKernel::flushOutput,
                FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        try {
            int look = JShellSession.skipBlank(code);
            if (MagicLine.cellMagicAt(code, look)) {
                return runCellMagic(code, look, label);
            }
            return session.evaluate(code, label, 1, this::runMagic);
        } finally {
            pump.cancel(false);
            flushOutput();
        }
    }

    @Override
    public DisplayData eval(String code) {
        Object result = evalRaw(code);
        return result == null ? null : render(result);
    }

    /** Renders a value the way a cell result is shown. */
    public DisplayData render(Object value) {
        if (value instanceof DisplayData) {
            return (DisplayData) value;
        }
        if (value instanceof MimeBundle) {
            return MimeBundles.toDisplayData((MimeBundle) value);
        }
        if (value != null && value.getClass().isArray()) {
            String text = Arrays.deepToString(new Object[] {value});
            return new DisplayData(text.substring(1, text.length() - 1));
        }
        return renderer.render(value);
    }

    /** {@link Notebook#display(Object)}: flushes printed text, then publishes the rendered value. */
    void displayValue(Object value) {
        flushOutput();
        display(value == null ? new DisplayData("null") : render(value));
    }

    /** {@link Notebook#display(Object, String)}. */
    void displayValue(Object value, String mimeType) {
        flushOutput();
        display(renderAs(value, mimeType));
    }

    /** A value rendered as one MIME type (plus text/plain), as {@link Notebook#display(Object, String)} describes. */
    DisplayData renderAs(Object value, String mimeType) {
        Objects.requireNonNull(mimeType, "mimeType");
        MIMEType type;
        try {
            if (!mimeType.strip().matches("[\\w.+-]+/[\\w.+-]+(\\s*;.*)?")) {
                throw new IllegalArgumentException(mimeType);
            }
            type = MIMEType.parse(mimeType.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + mimeType + "' is not a MIME type such as text/html or image/svg+xml");
        }
        if (value instanceof CharSequence) {
            DisplayData own = render(value);
            if (type.equals(MIMEType.TEXT_PLAIN)) {
                return own;
            }
            DisplayData data = new DisplayData(value.toString());
            data.putData(type, MimeBundles.content(mimeType, value.toString()));
            return data;
        }
        DisplayData all = render(value);
        if (!all.hasDataForType(type)) {
            throw new IllegalArgumentException("cannot show " + (value == null ? "null" : value.getClass().getSimpleName())
                    + " as " + mimeType + "; it renders as " + String.join(", ", MimeBundles.of(all).data().keySet()));
        }
        DisplayData data = new DisplayData();
        data.putData(type, all.getData(type));
        data.putData(MIMEType.TEXT_PLAIN, all.getData(MIMEType.TEXT_PLAIN));
        return data;
    }

    /** {@link Notebook#display(Table, int)}. */
    void displayTable(Table table, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows (" + rows + ") must be >= 0 (0 shows all rows)");
        }
        Objects.requireNonNull(table, "table");
        flushOutput();
        display(tableData(table, rows == 0 ? Math.max(1, table.rowCount()) : rows));
    }

    /** A table with at most {@code rows} rows, as HTML and text. */
    DisplayData tableData(Table table, int rows) {
        DisplayData data = new DisplayData(tables.text(table, rows));
        data.putHTML(tables.html(table, rows));
        return data;
    }

    /** {@link Notebook#render(Object)}. */
    MimeBundle mimeBundle(Object value) {
        return MimeBundles.of(value == null ? new DisplayData("null") : render(value));
    }

    private static void flushOutput() {
        System.out.flush();
        System.err.flush();
    }

    @Override
    public void interrupt() {
        session.requestStop();
    }

    @Override
    public List<String> formatError(Throwable error) {
        if (error instanceof CellFailure) {
            List<String> traceback = ((CellFailure) error).traceback();
            List<String> lines = new ArrayList<>(traceback.size());
            for (int i = 0; i < traceback.size(); i++) {
                lines.add(i == 0 ? RED_BOLD + traceback.get(i) + RESET : traceback.get(i));
            }
            return lines;
        }
        return super.formatError(error);
    }

    // ------------------------------------------------------------------ magics

    private void runMagic(MagicLine magic, SourceOrigin origin) throws Exception {
        try {
            magicsRegistry.evalLineMagic(this, magic.name(), magic.args());
        } catch (UndefinedMagicException e) {
            throw new MagicException("unknown line magic %" + magic.name() + " (" + origin.at(1)
                    + "); the line magics are " + magicNames());
        }
    }

    private String magicNames() {
        return listed(magicsRegistry.getLineMagicNames(), "%");
    }

    private String cellMagicNames() {
        return listed(magicsRegistry.getCellMagicNames(), "%%");
    }

    private static String listed(java.util.Collection<String> names, String prefix) {
        return names.stream().sorted().map(name -> prefix + name).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * A cell whose first non-blank line is {@code %%name args}: the magic gets the rest of the
     * cell, numbered from the line after the magic.
     */
    private Object runCellMagic(String code, int magicStart, String label) {
        int lineEnd = code.indexOf('\n', magicStart);
        String header = code.substring(magicStart + 1, lineEnd < 0 ? code.length() : lineEnd);
        String body = lineEnd < 0 ? "" : code.substring(lineEnd + 1);
        int bodyLine = ErrorFormat.lineOf(code, magicStart) + 1;
        MagicLine magic;
        try {
            magic = MagicLine.parse(header);
        } catch (IllegalArgumentException e) {
            throw new MagicException(e.getMessage() + " (" + label + ", line " + (bodyLine - 1) + ")");
        }
        if (!magicsRegistry.getCellMagicNames().contains(magic.name())) {
            throw new MagicException("unknown cell magic %%" + magic.name() + " (" + label + ", line " + (bodyLine - 1)
                    + "); the cell magics are " + cellMagicNames());
        }
        CellBody previous = cellBody;
        cellBody = new CellBody(body, label, bodyLine);
        try {
            return magicsRegistry.evalCellMagic(this, magic.name(), magic.args(), body);
        } catch (CellFailure e) {
            throw e;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new MagicException("%%" + magic.name() + ": " + message + " (" + label + ", line " + (bodyLine - 1) + ")");
        } finally {
            cellBody = previous;
        }
    }

    /** The rest of the cell under a cell magic, and where it starts. */
    private record CellBody(String text, String label, int firstLine) {
    }

    /** {@code %%time}: runs the cell's body and prints its wall-clock time, also when it fails. */
    Object timeMagic(List<String> args) {
        if (!args.isEmpty()) {
            throw new MagicException("%%time takes no arguments (got " + String.join(" ", args) + ")");
        }
        CellBody body = cellBody;
        long start = System.nanoTime();
        try {
            return session.evaluate(body.text(), body.label(), body.firstLine(), this::runMagic);
        } finally {
            flushOutput();
            System.out.println(KernelMagics.wallTime(System.nanoTime() - start));
        }
    }

    /** {@code %load FILE}: runs a .jsh/.jshell/.java file (the extension may be left out). */
    void loadMagic(List<String> args) throws IOException {
        magics.load(KernelMagics.loadTarget(args), this::runMagic);
    }

    // ------------------------------------------------------------------ completion, inspection

    @Override
    public ReplacementOptions complete(String code, int at) {
        int cursor = utf16(code, at);
        JShellSession.Completion completion = session.complete(code, cursor, magicsRegistry.getLineMagicNames());
        if (completion.options().isEmpty()) {
            return null;
        }
        return new ReplacementOptions(completion.options(), codePoints(code, completion.anchor()), codePoints(code, cursor));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        List<String> docs = session.documentation(code, utf16(code, at));
        return docs.isEmpty() ? null : new DisplayData(String.join("\n\n", docs));
    }

    @Override
    public String isComplete(String code) {
        switch (session.isComplete(code)) {
            case COMPLETE:
                return IS_COMPLETE_YES;
            case INVALID:
                return IS_COMPLETE_BAD;
            default:
                return indentAfter(code);
        }
    }

    /** The indentation for the next line of unfinished code: the last line's, one level deeper after an opening bracket. */
    static String indentAfter(String code) {
        String trimmed = code.stripTrailing();
        int lineStart = trimmed.lastIndexOf('\n') + 1;
        String lastLine = trimmed.substring(lineStart);
        String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
        char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
        return last == '{' || last == '(' || last == '[' ? indent + "    " : indent;
    }

    /** Jupyter cursor positions count code points; Java strings count UTF-16 units. */
    static int utf16(String code, int codePoints) {
        int total = code.codePointCount(0, code.length());
        return code.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, total)));
    }

    static int codePoints(String code, int utf16) {
        return code.codePointCount(0, Math.max(0, Math.min(utf16, code.length())));
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Answers {@code history_request} with {@code [session, line, input]} tuples (or
     * {@code [session, line, [input, output]]}) as the protocol defines them; jjava-jupyter
     * 1.0-a6 would send each entry as a JSON object.
     */
    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        env.reply(CellHistory.reply(getHistoryManager(), message.getContent()));
    }

    /** Like the base class, with {@code "status": "ok"} in the reply. */
    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        env.defer().reply(new InterruptDone());
        interrupt();
    }

    private static final class InterruptDone extends InterruptReply {
        @SuppressWarnings("unused") // serialized by Gson
        private final String status = "ok";
    }

    /** Answers {@code comm_info_request} like jjava-jupyter, with {@code "status": "ok"} in the reply. */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, this::handleCommInfoRequest);
    }

    private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
        env.setBusyDeferIdle();
        String target = message.getContent().getTargetName();
        Map<String, CommInfoReply.CommInfo> comms = new LinkedHashMap<>();
        for (Comm comm : commManager) {
            if (target == null || target.equals(comm.getTargetName())) {
                comms.put(comm.getID(), new CommInfoReply.CommInfo(comm.getTargetName()));
            }
        }
        env.reply(new CommInfoOk(comms));
    }

    private static final class CommInfoOk extends CommInfoReply {
        @SuppressWarnings("unused") // serialized by Gson
        private final String status = "ok";

        CommInfoOk(Map<String, CommInfoReply.CommInfo> comms) {
            super(comms);
        }
    }

    /** Like the base class, plus the {@code "status": "ok"} that the protocol asks of every reply. */
    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> request) {
        env.setBusyDeferIdle();
        env.reply(new KernelInfo(name, version, getLanguageInfo(), getBanner(), getHelpLinks()));
    }

    private static final class KernelInfo extends KernelInfoReply {
        @SuppressWarnings("unused") // serialized by Gson
        private final String status = "ok";

        KernelInfo(String name, String version, LanguageInfo language, String banner, List<HelpLink> links) {
            super(Header.PROTOCOL_VERISON, name, version, language, banner, links);
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        session.requestStop();
        session.close();
        flusher.shutdownNow();
        super.onShutdown(isRestarting);
    }

    private static String implementationVersion() {
        try (InputStream in = FramelensKernel.class.getResourceAsStream("/META-INF/maven/dev.framelens/framelens/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        String version = FramelensKernel.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Builds a {@link FramelensKernel}; everything has a default. */
    public static final class Builder extends BaseKernelBuilder<Builder, FramelensKernel> {
        private List<Path> classPath;
        private List<String> startup;
        private int tableRowLimit = TableRenderer.DEFAULT_ROW_LIMIT;
        private FigureRenderer figures;

        private Builder() {
        }

        /** The JShell class path (default: this JVM's, expanded by {@link KernelClassPath}). */
        public Builder classPath(List<Path> entries) {
            this.classPath = List.copyOf(entries);
            return this;
        }

        /** Startup snippets (default: {@link #defaultStartup()}). Snippets that do not compile are skipped. */
        public Builder startup(List<String> snippets) {
            this.startup = List.copyOf(snippets);
            return this;
        }

        /** Rows of a {@code Table} shown (default {@value TableRenderer#DEFAULT_ROW_LIMIT}). */
        public Builder tableRowLimit(int rows) {
            new TableRenderer(rows); // validates
            this.tableRowLimit = rows;
            return this;
        }

        /** The figure renderer (default: a new {@link FigureRenderer}). */
        public Builder figures(FigureRenderer renderer) {
            this.figures = Objects.requireNonNull(renderer);
            return this;
        }

        @Override
        public FramelensKernel build() {
            lineMagic("classpath", (LineMagic<List<String>, FramelensKernel>) (kernel, args) -> kernel.magics.classpath(args));
            lineMagic("jars", (LineMagic<List<String>, FramelensKernel>) (kernel, args) -> kernel.magics.jars(args));
            lineMagic("maven", (LineMagic<List<String>, FramelensKernel>) (kernel, args) -> kernel.magics.maven(args));
            lineMagic("load", (LineMagic<Void, FramelensKernel>) (kernel, args) -> {
                kernel.loadMagic(args);
                return null;
            });
            lineMagic("lsmagic", (LineMagic<Void, FramelensKernel>) (kernel, args) -> {
                System.out.print(KernelMagics.list(kernel.magicsRegistry.getLineMagicNames(), kernel.magicsRegistry.getCellMagicNames()));
                return null;
            });
            cellMagic("time", (CellMagic<Object, FramelensKernel>) (kernel, args, body) -> kernel.timeMagic(args));
            return new FramelensKernel(this, name != null ? buildName() : "framelens",
                    version != null ? buildVersion() : implementationVersion());
        }

        private org.dflib.jjava.jupyter.kernel.history.HistoryManager historyManagerForKernel() {
            org.dflib.jjava.jupyter.kernel.history.HistoryManager chosen = buildHistoryManager();
            return chosen != null ? chosen : new CellHistory();
        }

        private org.dflib.jjava.jupyter.kernel.JupyterIO io() {
            return buildJupyterIO(buildJupyterIOEncoding());
        }

        private org.dflib.jjava.jupyter.kernel.comm.CommManager comms() {
            return buildCommManager();
        }

        private org.dflib.jjava.jupyter.kernel.display.Renderer renderer() {
            return buildRenderer();
        }

        private org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry registry() {
            return buildMagicsRegistry();
        }

        private org.dflib.jjava.jupyter.kernel.util.StringStyler errorStyler() {
            return buildErrorStyler();
        }
    }
}
