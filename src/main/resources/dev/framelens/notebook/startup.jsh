// Startup of the framelens kernel: one snippet per line. A line that does not compile
// (an import of a package missing from the class path) is skipped without a message.
import java.io.*;
import java.math.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.regex.*;
import java.util.stream.*;
import dev.framelens.Framelens;
import dev.framelens.corpus.*;
import dev.framelens.table.*;
import dev.framelens.stats.Measure;
import tech.tablesaw.api.*;
import tech.tablesaw.plotly.api.*;
import tech.tablesaw.plotly.components.*;
import tech.tablesaw.plotly.traces.*;
void display(Object value) { dev.framelens.notebook.Notebook.display(value); }
void display(Object value, String mimeType) { dev.framelens.notebook.Notebook.display(value, mimeType); }
void display(tech.tablesaw.api.Table table, int rows) { dev.framelens.notebook.Notebook.display(table, rows); }
dev.framelens.notebook.MimeBundle render(Object value) { return dev.framelens.notebook.Notebook.render(value); }
