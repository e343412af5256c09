package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The measure list: names, columns, parsing, and each formula against {@link Association}. */
class MeasureTest {
    @Test
    void columnsAndOptionNames() {
        assertEquals(List.of("count", "pmi", "npmi", "g2", "dice", "t_score"),
                java.util.Arrays.stream(Measure.values()).map(Measure::column).toList());
        assertEquals(List.of("pmi", "npmi", "g2", "dice", "t"), Measure.options());
        assertEquals("Church & Hanks 1990", Measure.PMI.citation());
    }

    @Test
    void parsesOptionAndColumnNamesInAnyCase() {
        assertEquals(Measure.T, Measure.parse("t"));
        assertEquals(Measure.T, Measure.parse("T_SCORE"));
        assertEquals(Measure.NPMI, Measure.parse("NPMI"));
        assertEquals(Measure.COUNT, Measure.parse("count"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.parse("chi2"));
        assertEquals("measure 'chi2' must be one of pmi, npmi, g2, dice, t", e.getMessage());
    }

    @Test
    void eachMeasureIsItsAssociationFormula() {
        // table T of AssociationTest: a = 3, rowTotal = 5, colTotal = 4, total = 20
        assertEquals(3.0, Measure.COUNT.of(3, 5, 4, 20));
        assertEquals(Math.log(3.0 * 20 / (5 * 4)) / Math.log(2), Measure.PMI.of(3, 5, 4, 20), 1e-15);
        assertEquals(Association.npmi(3, 5, 4, 20), Measure.NPMI.of(3, 5, 4, 20));
        assertEquals(Association.g2FourCell(3, 5, 4, 20), Measure.G2.of(3, 5, 4, 20));
        assertEquals(2.0 * 3 / (5 + 4), Measure.DICE.of(3, 5, 4, 20), 1e-15);
        assertEquals((3 - 1.0) / Math.sqrt(3), Measure.T.of(3, 5, 4, 20), 1e-15);   // E11 = 5·4/20 = 1
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.COUNT.of(5, 4, 6, 16));
        assertEquals("a (5) must be ≤ rowTotal (4): a pair count cannot exceed its row marginal c(t,·)", e.getMessage());
    }
}
