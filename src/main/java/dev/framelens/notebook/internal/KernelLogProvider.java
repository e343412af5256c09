package dev.framelens.notebook.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A minimal SLF4J provider for the kernel process: messages at or above a threshold go to the
 * process's original standard error (which Jupyter shows in the server log), never to a
 * notebook cell, even while a cell has {@code System.err} redirected.
 *
 * <p>{@link dev.framelens.notebook.KernelMain} selects it through the {@code slf4j.provider}
 * system property. The threshold comes from the environment variable
 * {@code FRAMELENS_KERNEL_LOG} ({@code error}, {@code warn} (default), {@code info},
 * {@code debug}, {@code trace}).
 */
public final class KernelLogProvider implements SLF4JServiceProvider {

    /** The process's standard error as it was when logging started. */
    private static final PrintStream STDERR = System.err;

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final Level threshold = threshold(System.getenv("FRAMELENS_KERNEL_LOG"));
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    static Level threshold(String setting) {
        if (setting == null || setting.isBlank()) {
            return Level.WARN;
        }
        try {
            return Level.valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.WARN;
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return name -> loggers.computeIfAbsent(name, n -> new KernelLogger(n, threshold));
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static final class KernelLogger extends LegacyAbstractLogger {
        private final Level threshold;

        KernelLogger(String name, Level threshold) {
            this.name = name;
            this.threshold = threshold;
        }

        private boolean enabled(Level level) {
            return level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
                                                   Object[] arguments, Throwable throwable) {
            String text = MessageFormatter.basicArrayFormat(pattern, arguments);
            synchronized (STDERR) {
                STDERR.println("[framelens kernel] " + level + " " + name + ": " + text);
                if (throwable != null) {
                    throwable.printStackTrace(STDERR);
                }
                STDERR.flush();
            }
        }
    }
}
