package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How JShell's signatures and the sources' declarations meet in one key. */
class ApiDocsTest {

    @Test
    void signaturesBecomeKeys() {
        assertEquals("Framelens.load(String)", ApiDocs.keyOfSignature("Framelens Framelens.load(String path)"));
        assertEquals("TableWriter.text(Table,int,Map)",
                ApiDocs.keyOfSignature("String TableWriter.text(Table t, int maxRows, Map<String,TableWriter.Context> contexts)"));
        assertEquals("Foo.bar(String[],int[][])", ApiDocs.keyOfSignature("<T> List<T> Foo.bar(String... names, int[][] grid)"));
        assertEquals("Framelens.size()", ApiDocs.keyOfSignature("int Framelens.size()"));
        assertEquals("dev.framelens.Framelens", ApiDocs.keyOfSignature("dev.framelens.Framelens"));
        assertEquals("Framelens.UNNAMED", ApiDocs.keyOfSignature("String Framelens.UNNAMED"));
        assertNull(ApiDocs.keyOfSignature("broken) (signature"));
    }

    @Test
    void declarationsBecomeTheSameKeys() {
        assertEquals("TableWriter.text(Table,int,Map)",
                ApiDocs.methodKey("TableWriter.text", List.of("Table", "int", "java.util.Map<String, TableWriter.Context>")));
        assertEquals("Foo.bar(String[],Entry)", ApiDocs.methodKey("Foo.bar", List.of("String...", "Map.Entry<K, V>")));
    }

    /** Read from the index the build wrote: {@code {@link #load(String)}.} is the whole comment of load(Path). */
    @Test
    void theIndexBuiltWithTheClassesAnswers() {
        assertEquals(List.of("load(String)."), ApiDocs.firstSentences("Framelens Framelens.load(Path path)"));
        assertEquals(List.of(), ApiDocs.firstSentences("int Nothing.here()"));
    }
}
