package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void lineShowsBytesRateAndEta() {
        // 25 of 100 MB in 5 s: 5 MB/s, 75 MB left → 15 s
        assertEquals("[########......................]  25.0%  25/100 MB  5.0 MB/s  ETA 15s ",
                Progress.line(25_000_000L, 100_000_000L, 5.0));
        assertEquals("[##############################] 100.0%  100/100 MB  20.0 MB/s  ETA 0s ",
                Progress.line(100_000_000L, 100_000_000L, 5.0));
    }

    @Test
    void quietWhenStderrIsNotATerminal() {
        // under the test runner there is no console: nothing is drawn, whatever the size
        StringWriter err = new StringWriter();
        Progress p = Progress.start(new PrintWriter(err, true), 1L << 30);
        p.update(1L << 29);
        p.finish();
        assertEquals("", err.toString());
    }

    @Test
    void drawnWhenAskedForEvenWithoutATerminal() {
        // --progress: a bar for a large input, whatever stderr is; none for a small one
        StringWriter err = new StringWriter();
        Progress p = Progress.forced(new PrintWriter(err, true), 100_000_000L);
        p.update(100_000_000L);
        p.finish();
        assertEquals(true, err.toString().startsWith("\r[##############################] 100.0%  100/100 MB"), err.toString());
        StringWriter quiet = new StringWriter();
        Progress small = Progress.forced(new PrintWriter(quiet, true), Progress.THRESHOLD - 1);
        small.update(Progress.THRESHOLD - 1);
        small.finish();
        assertEquals("", quiet.toString());
    }
}
