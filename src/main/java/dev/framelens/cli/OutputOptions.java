package dev.framelens.cli;

import dev.framelens.table.TableWriter;
import picocli.CommandLine.Option;

/**
 * The output options every command that prints a table shares: {@code --format} and {@code --csv-raw}.
 * A picocli mixin, so the options, their defaults and their help text are written once.
 */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table (aligned, default), csv, json, md or html.")
    String format;

    @Option(names = "--csv-raw",
            description = "CSV cells as they are. By default a text cell starting with = + - @, tab or CR gets a"
                    + " leading ' so that a spreadsheet does not run it as a formula.")
    boolean csvRaw;

    /** The chosen format; a usage error for a name that is not one. */
    TableWriter.Format format() {
        return TableWriter.Format.parse(format);
    }

    /** Spreadsheet-safe CSV unless {@code --csv-raw}. */
    TableWriter.CsvMode csvMode() {
        return csvRaw ? TableWriter.CsvMode.RAW : TableWriter.CsvMode.SPREADSHEET_SAFE;
    }
}
