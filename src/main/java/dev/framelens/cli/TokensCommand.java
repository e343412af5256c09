package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.Document;
import dev.framelens.count.ParallelAnalysis;
import dev.framelens.count.Terms;
import dev.framelens.text.TermRecorder;
import dev.framelens.text.TermSink;
import dev.framelens.text.TermInterner;
import dev.framelens.table.Columns;
import dev.framelens.table.TableWriter;
import dev.framelens.text.Analyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"Every kept token with its sentence, position and character offsets.",
            "Columns: doc, sentence, position, start, end, token. Positions count the tokens left after",
            "the same filtering `terms` applies, so the two agree."},
        footer = {"", "Example:", "  framelens tokens seeds --format csv > tokens.csv"})
final class TokensCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Analyzer analyzer = corpus.analyzer();
        TermInterner v = Terms.newInterner();
        Analyzer.Stream stream = analyzer.stream(v);
        TableWriter.Format format = corpus.format();
        if (format == TableWriter.Format.CSV) {
            // streamed: constant memory whatever the corpus size; the same fields as a table's CSV
            TableWriter.CsvLine line = new TableWriter.CsvLine(out, corpus.csvMode());
            try {
                for (String name : List.of(Columns.DOC, Columns.SENTENCE, Columns.POSITION, Columns.START,
                        Columns.END, Columns.TOKEN)) {
                    line.text(name);
                }
                line.end();
                corpus.analyze(err, new ParallelAnalysis.Sink() {
                    @Override
                    public Analyzer analyzer() {
                        return analyzer;
                    }

                    @Override
                    public void add(Document d) {
                        stream.analyze(d.text(), row(d));
                    }

                    @Override
                    public void add(Document d, TermRecorder.Recording terms) {
                        terms.replay(v, row(d));
                    }

                    private TermSink row(Document d) {
                        return (id, s, e, sent, pos) -> {
                            try {
                                line.text(d.id()).number(sent).number(pos).number(s).number(e).text(v.term(id)).end();
                            } catch (IOException x) {
                                throw new UncheckedIOException(x);
                            }
                        };
                    }
                });
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            out.flush();
            return 0;
        }
        corpus.print(Framelens.of(corpus.read(err), analyzer).tokens(), out);
        return 0;
    }
}
