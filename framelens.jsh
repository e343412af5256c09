// framelens JShell startup: the engine's API on the class path, imported, a show() helper and a one-line banner.
import dev.framelens.Framelens;
import dev.framelens.corpus.*;
import dev.framelens.text.*;
import dev.framelens.framing.*;
import dev.framelens.table.*;
import dev.framelens.stats.Measure;
import dev.framelens.report.Report;
import dev.framelens.report.ReportOptions;
import tech.tablesaw.api.*;
// show(table): the aligned text table the command line prints (numbers rounded to 4 significant
// digits, the same serializer as --format table), at most 20 rows; show(table, n): n rows, 0 for all.
// (Each JShell method is compiled on its own, so one overload cannot call the other.)
void show(Table table, int rows) { System.out.print(TableWriter.text(table, rows < 1 ? Integer.MAX_VALUE : rows)); }
void show(Table table) { System.out.print(TableWriter.text(table, 20)); }
System.out.println("framelens — engine loaded; try: var corpus = Framelens.load(\"seeds\"); show(corpus.termFrequencies(10))");
