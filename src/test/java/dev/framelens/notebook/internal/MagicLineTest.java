package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MagicLineTest {

    @Test
    void nameAndBlankSeparatedArguments() {
        assertEquals(new MagicLine("jars", List.of("lib/a.jar", "lib/*.jar")), MagicLine.parse("%jars lib/a.jar   lib/*.jar"));
        assertEquals(new MagicLine("classpath", List.of()), MagicLine.parse("  %classpath  "));
        assertEquals(new MagicLine("load", List.of("setup.jsh")), MagicLine.parse("%load\tsetup.jsh\r"));
    }

    @Test
    void quotesGroupAndBackslashEscapesQuotesAndBackslashes() {
        assertEquals(List.of("my dir/*.jar", "x"), MagicLine.parse("%jars \"my dir/*.jar\" x").args());
        assertEquals(List.of("say \"hi\"", "a\\b"), MagicLine.parse("%m \"say \\\"hi\\\"\" a\\\\b").args());
        assertEquals(List.of("C:\\libs\\*.jar"), MagicLine.parse("%jars C:\\libs\\*.jar").args(), "other backslashes stay");
        assertEquals(List.of("", "b"), MagicLine.parse("%m \"\" b").args());
        assertEquals(List.of("ab c"), MagicLine.parse("%m a\"b c\"").args());
    }

    @Test
    void malformedLinesAreExplained() {
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class, () -> MagicLine.parse("%jars \"a b"));
        assertEquals("unclosed quote in magic arguments: \"a b", unclosed.getMessage());
        IllegalArgumentException notMagic = assertThrows(IllegalArgumentException.class, () -> MagicLine.parse("jars a"));
        assertEquals("not a line magic: 'jars a' (a line magic looks like %jars lib/*.jar)", notMagic.getMessage());
    }

    @Test
    void recognisesLineAndCellMagicStarts() {
        assertTrue(MagicLine.startsAt("x\n%jars a", 2));
        assertFalse(MagicLine.startsAt("a % b", 2), "a modulo operator is not a magic");
        assertFalse(MagicLine.startsAt("%%time", 0));
        assertFalse(MagicLine.startsAt("%", 0));
        assertTrue(MagicLine.cellMagicAt("%%time\nx", 0));
        assertFalse(MagicLine.cellMagicAt("%time", 0));
    }
}
