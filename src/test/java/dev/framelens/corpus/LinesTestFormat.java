package dev.framelens.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A format that only the tests register (src/test/resources/META-INF/services): a {@code .lines}
 * file holds one document per line, its id {@code line-N}. It shows that a format is added without
 * touching the reader.
 */
public final class LinesTestFormat implements CorpusFormat {
    public LinesTestFormat() {
    }

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public String description() {
        return "a .lines file (tests only)";
    }

    @Override
    public boolean recognises(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".lines");
    }

    @Override
    public void stream(Path path, CorpusReader.Options options, Consumer<Document> sink) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int k = 0; k < lines.size(); k++) {
            Document d = CorpusReader.document("line-" + (k + 1), null, lines.get(k), Map.of("n", "" + (k + 1)),
                    options, path + " line " + (k + 1));
            if (d != null) {
                sink.accept(d);
            }
        }
    }
}
