// framelens JShell startup: the engine's API on the class path, imported, and a one-line banner.
import dev.framelens.Framelens;
import dev.framelens.corpus.*;
import dev.framelens.text.*;
import dev.framelens.table.*;
import dev.framelens.stats.Measure;
import tech.tablesaw.api.*;
System.out.println("framelens — engine loaded; try: var corpus = Framelens.load(\"seeds\"); corpus.termFrequencies(10)");
