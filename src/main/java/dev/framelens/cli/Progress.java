package dev.framelens.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr (bytes read, MB/s, ETA) for inputs of {@link #THRESHOLD} bytes or more,
 * shown only when the console is a terminal (silent otherwise, so piped output and logs stay clean)
 * unless asked for with {@code --progress} ({@link #forced}). A command that reads the corpus
 * several times draws one bar per pass.
 */
final class Progress {
    static final long THRESHOLD = 8L << 20;
    private final PrintWriter err;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    static Progress start(PrintWriter err, long totalBytes) {
        boolean show = totalBytes >= THRESHOLD && System.console() != null
                && System.getenv("FRAMELENS_NO_PROGRESS") == null;
        return new Progress(show ? err : null, totalBytes);
    }

    /** A bar drawn whether or not stderr is a terminal (for inputs of {@link #THRESHOLD} bytes or more). */
    static Progress forced(PrintWriter err, long totalBytes) {
        return new Progress(totalBytes >= THRESHOLD ? err : null, totalBytes);
    }

    void update(long bytes) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && bytes < total) {
            return;
        }
        lastDraw = now;
        err.print('\r' + line(bytes, total, (now - started) / 1e9));
        err.flush();
        drawn = true;
    }

    /** One progress line: bar, MB read of total, MB/s and ETA. */
    static String line(long bytes, long total, double seconds) {
        double frac = total > 0 ? Math.min(1.0, (double) bytes / total) : 0;
        int width = 30;
        int filled = (int) Math.round(frac * width);
        double mb = bytes / 1e6;
        double rate = seconds > 0 ? mb / seconds : 0;
        double eta = rate > 0 ? (total - bytes) / 1e6 / rate : 0;
        return String.format(Locale.ROOT, "[%s%s] %5.1f%%  %,.0f/%,.0f MB  %.1f MB/s  ETA %ds ",
                "#".repeat(filled), ".".repeat(width - filled), frac * 100, mb, total / 1e6, rate, Math.round(eta));
    }

    void finish() {
        if (err != null && drawn) {
            err.print('\r' + " ".repeat(90) + '\r');
            err.flush();
        }
    }
}
