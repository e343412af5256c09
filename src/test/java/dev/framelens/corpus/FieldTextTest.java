package dev.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldTextTest {
    @Test
    void typedValuesReadAsAJsonLinesCorpusHasThem() {
        assertEquals("", FieldText.of("c", null));
        assertEquals("CNN", FieldText.of("c", "CNN"));
        assertEquals("2018", FieldText.of("c", 2018));
        assertEquals("-7", FieldText.of("c", (short) -7));
        assertEquals("9007199254740993", FieldText.of("c", 9007199254740993L));
        assertEquals("true", FieldText.of("c", true));
        // a whole decimal below 10^15 as an integer, as JSON's 2018.0 and 2018 are one number
        assertEquals("2018", FieldText.of("c", 2018.0));
        assertEquals("0", FieldText.of("c", -0.0));
        assertEquals("1.0E15", FieldText.of("c", 1e15));
        assertEquals("0.1", FieldText.of("c", 0.1));
        assertEquals("0.10000000149011612", FieldText.of("c", 0.1f));
        assertEquals("NaN", FieldText.of("c", Double.NaN));
        assertEquals("Infinity", FieldText.of("c", Double.POSITIVE_INFINITY));
        assertEquals("2024-06-08", FieldText.of("c", LocalDate.of(2024, 6, 8)));
        assertEquals("2024-06-08", FieldText.of("c", java.sql.Date.valueOf("2024-06-08")));
    }

    @Test
    void anotherTypeIsBadDataNamingTheColumn() {
        CorpusException e = assertThrows(CorpusException.class, () -> FieldText.of("price", new BigDecimal("1.50")));
        assertEquals("column 'price' holds BigDecimal values; framelens reads text, whole-number, decimal, boolean"
                + " and date columns (cast it first)", e.getMessage());
    }

    @Test
    void jsonLinesNumbersGoThroughTheSameRule() {
        CorpusReader.Record r = CorpusReader.jsonlRecord("{\"id\":\"a\",\"year\":2018.0,\"x\":1.5e-3,\"text\":\"t\"}", 1, "f", 1);
        assertEquals("2018", r.metadata().get("year"));
        assertEquals("0.0015", r.metadata().get("x"));
    }
}
