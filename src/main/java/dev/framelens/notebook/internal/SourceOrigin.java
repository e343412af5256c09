package dev.framelens.notebook.internal;

/**
 * Where a snippet's text came from, for error messages: a cell ({@code "In [3]"}) or a file
 * loaded with {@code %load}, and the line there on which the snippet's text begins (1-based).
 */
public record SourceOrigin(String label, int firstLine) {

    /** {@code "In [3], line 5"} for line {@code n} of the snippet (1-based). */
    public String at(int snippetLine) {
        return label + ", line " + (firstLine + Math.max(snippetLine, 1) - 1);
    }
}
