package dev.framelens.notebook.internal;

import java.util.List;

/** A line magic ({@code %classpath}, {@code %jars}, {@code %load}) could not do its work. */
public final class MagicException extends CellFailure {
    public MagicException(String message) {
        super(message, List.of(message));
    }
}
