package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.CorpusException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationFileTest {
    static final String HEADER = "id,unit,doc,sentence,start,end,text,matched,entry,category,side,negated,stratum,stratum_size,code";

    static ValidationUnit hit(String id, String text, String code) {
        return new ValidationUnit(id, ValidationUnit.Kind.HIT, "d1", 2, 4, 10, text, "threat", "threat*", "threat",
                Side.ALARM, false, "hit:threat", 12, code);
    }

    static ValidationUnit sentence(String id, String text, String code) {
        return new ValidationUnit(id, ValidationUnit.Kind.SENTENCE, "d2", 1, 0, text.length(), text, "", "", "", null,
                false, "sentence:none", 40, code);
    }

    static CorpusException bad(String content) {
        return assertThrows(CorpusException.class, () -> ValidationFile.parse("c.csv", content));
    }

    @Test
    void writesTheColumnsWithAByteOrderMark() {
        String file = ValidationFile.toString(List.of(hit("u1", "The threat, \"they\" say.", ""),
                sentence("u2", "Calm; fine.", "neither")));
        assertEquals("\uFEFF" + HEADER + "\n"
                + "u1,hit,d1,2,4,10,\"The threat, \"\"they\"\" say.\",threat,threat*,threat,alarm,false,hit:threat,12,\n"
                + "u2,sentence,d2,1,0,11,\"Calm; fine.\",,,,,,sentence:none,40,neither\n", file);
    }

    @Test
    void roundTrip() {
        List<ValidationUnit> units = List.of(hit("u1", "The threat, \"they\" say.", "correct"),
                sentence("u2", "Line one\nstill the cell", ""), hit("u3", "=1+2 is a formula", "unsure"),
                sentence("u4", "-5 degrees; @home", "alarm"));
        assertEquals(units, ValidationFile.parse("c.csv", ValidationFile.toString(units)));
    }

    @Test
    void cellsASpreadsheetWouldRunAreGuarded() {
        String file = ValidationFile.toString(List.of(hit("u1", "=HYPERLINK(\"x\")", ""), sentence("u2", "+1", ""),
                sentence("u3", "@SUM(A1)", ""), sentence("u4", "-2", "")));
        assertTrue(file.contains(",\"'=HYPERLINK(\"\"x\"\")\","), file);
        assertTrue(file.contains(",'+1,"), file);
        assertTrue(file.contains(",'@SUM(A1),"), file);
        assertTrue(file.contains(",'-2,"), file);
        assertEquals("=HYPERLINK(\"x\")", ValidationFile.parse("c.csv", file).get(0).text());
    }

    @Test
    void readsWhatASpreadsheetSaves() {
        // no BOM, CRLF, semicolons, columns reordered, an extra notes column, TRUE/FALSE, codes in capitals with spaces,
        // and an empty trailing row
        String content = "code;id;unit;doc;sentence;start;end;text;matched;entry;category;side;negated;stratum;stratum_size;notes\r\n"
                + " Correct ;u1;hit;d1;2;4;10;The threat;threat;threat*;threat;alarm;FALSE;hit:threat;12;looks fine\r\n"
                + "ALARM;u2;sentence;d2;1;0;5;Calm.;;;;;;sentence:none;40;\r\n"
                + ";;;;;;;;;;;;;;;\r\n";
        List<ValidationUnit> units = ValidationFile.parse("c.csv", content);
        assertEquals(2, units.size());
        assertEquals("correct", units.get(0).code());
        assertEquals(false, units.get(0).negated());
        assertEquals("alarm", units.get(1).code());
        assertEquals(ValidationUnit.Kind.SENTENCE, units.get(1).kind());
    }

    @Test
    void badCodesNameTheFileLineAndTheAllowedCodes() {
        String file = ValidationFile.toString(List.of(hit("u1", "t", "correct"), hit("u2", "t", ""), sentence("u3", "s", "")));
        String badHit = file.replace("hit:threat,12,\n", "hit:threat,12,yes\n");
        assertEquals("c.csv:3: column code: 'yes' is not a code for a hit unit; use correct, wrong, unsure (or leave it empty)",
                bad(badHit).getMessage());
        String badSentence = file.replace("sentence:none,40,\n", "sentence:none,40,correct\n");
        assertEquals("c.csv:4: column code: 'correct' is not a code for a sentence unit; use alarm, reassurance, neither"
                + " (or leave it empty)", bad(badSentence).getMessage());
        assertTrue(!bad(badHit).isUsageError());
    }

    @Test
    void lineNumbersCountLineBreaksInsideCells() {
        String file = ValidationFile.toString(List.of(sentence("u1", "two\nlines", ""), hit("u2", "t", "")));
        assertEquals("c.csv:4: column code: 'maybe' is not a code for a hit unit; use correct, wrong, unsure (or leave it empty)",
                bad(file.replace("hit:threat,12,\n", "hit:threat,12,maybe\n")).getMessage());
    }

    @Test
    void otherRulesSayWhatIsWrong() {
        assertEquals("c.csv:1: the header has no column stratum_size, code; a coding file has the columns id, unit, doc, "
                + "sentence, start, end, text, matched, entry, category, side, negated, stratum, stratum_size, code (write "
                + "one with framelens validate sample)",
                bad(HEADER.replace(",stratum_size,code", "") + "\nu1,hit,d\n").getMessage());
        String one = HEADER + "\n" + "u1,hit,d1,2,4,10,t,t,threat*,threat,alarm,false,hit:threat,12,\n";
        assertEquals("c.csv:3: column id: 'u1' is already on line 2; every unit has its own id",
                bad(one + "u1,hit,d1,3,4,10,t,t,threat*,threat,alarm,false,hit:threat,12,\n").getMessage());
        assertEquals("c.csv:3: column stratum_size: 13 for stratum hit:threat, but 12 on line 2; a stratum has one size",
                bad(one + "u2,hit,d1,3,4,10,t,t,threat*,threat,alarm,false,hit:threat,13,\n").getMessage());
        assertEquals("c.csv:2: column start: 'four' is not a whole number",
                bad(HEADER + "\nu1,hit,d1,2,four,10,t,t,threat*,threat,alarm,false,hit:threat,12,\n").getMessage());
        assertEquals("c.csv:2: column side: unknown side 'calm'; use alarm or reassurance",
                bad(HEADER + "\nu1,hit,d1,2,4,10,t,t,threat*,threat,calm,false,hit:threat,12,\n").getMessage());
        assertEquals("c.csv:2: column unit: unit 'word' must be hit or sentence",
                bad(HEADER + "\nu1,word,d1,2,4,10,t,t,threat*,threat,alarm,false,hit:threat,12,\n").getMessage());
        assertEquals("c.csv:3: column stratum: stratum hit:threat has more rows than its stratum_size (1)",
                bad(HEADER + "\nu1,hit,d1,2,4,10,t,t,threat*,threat,alarm,false,hit:threat,1,\n"
                        + "u2,hit,d1,2,4,10,t,t,threat*,threat,alarm,false,hit:threat,1,\n").getMessage());
        assertEquals("c.csv:2: column stratum: 'sentence:maybe' is not a sentence stratum; use sentence:none, "
                + "sentence:alarm, sentence:reassurance or sentence:both",
                bad(HEADER + "\nu1,sentence,d1,2,0,10,t,,,,,,sentence:maybe,12,\n").getMessage());
        assertEquals("c.csv:2: a quoted field is never closed; check the quotes",
                bad(HEADER + "\nu1,hit,\"d1,2\n").getMessage());
        assertEquals("c.csv: empty file; score a file written by framelens validate sample", bad("").getMessage());
    }

    @Test
    void readNamesTheByteThatIsNotUtf8(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("latin1.csv");
        List<Byte> bytes = new ArrayList<>();
        for (byte b : (HEADER + "\nu1,sentence,d,1,0,3,caf").getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            bytes.add(b);
        }
        int offset = bytes.size();
        bytes.add((byte) 0xE9);
        byte[] raw = new byte[bytes.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = bytes.get(i);
        }
        Files.write(f, raw);
        CorpusException e = assertThrows(CorpusException.class, () -> ValidationFile.read(f));
        assertEquals(f + ": not UTF-8 at byte " + offset + "; save the file as CSV UTF-8 and score it again", e.getMessage());
        CorpusException missing = assertThrows(CorpusException.class, () -> ValidationFile.read(tmp.resolve("none.csv")));
        assertTrue(missing.isUsageError());
    }
}
