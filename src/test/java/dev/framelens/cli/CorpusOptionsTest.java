package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framelens.corpus.ParallelDocuments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The streamed engine that frames, compare, actors, evidence, kwic, similarity and the report run on
 * takes the command's threads: {@code --threads N}, else every core. (Their output is the same on
 * any number of threads — ThreadsTest — so only this says the threads are used at all.)
 */
class CorpusOptionsTest {

    @Test
    void theStreamedEngineRunsOnTheCommandsThreads() {
        CorpusOptions o = new CorpusOptions();
        o.corpus = Path.of("seeds");
        PrintWriter err = new PrintWriter(new StringWriter());
        assertEquals(ParallelDocuments.defaultThreads(), o.streamed(err).threads(), "default: every core");
        o.threads = 3;
        assertEquals(3, o.streamed(err).threads());
        assertEquals(3, o.framelens(dev.framelens.corpus.Corpus.of(java.util.List.of()), err).threads());
    }
}
