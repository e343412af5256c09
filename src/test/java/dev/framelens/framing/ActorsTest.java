package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorsTest {

    static String error(String... lines) {
        return assertThrows(IllegalArgumentException.class, () -> Actors.parse("a.tsv", List.of(lines))).getMessage();
    }

    @Test
    void thePutinKimPackHasTheDocumentedActors() {
        Actors a = Actors.read(Path.of("lexicons/putin-kim.actors.tsv"));
        assertEquals(List.of("Putin", "Kim", "Russia", "North Korea", "U.S.", "China", "Ukraine", "Iran", "South Korea",
                "Japan", "UN", "NATO", "The West"), a.actors());
        Actors.Term first = a.terms().get(0);
        assertEquals("Putin", first.actor());
        assertEquals("putin", first.term());
        assertEquals(0, first.actorIndex());
        assertEquals("U.S.", a.terms().stream().filter(t -> t.term().equals("u.s.")).findFirst().orElseThrow().actor());
    }

    @Test
    void termsAreTokenizedLikeTheText() {
        Actors a = Actors.parse("a.tsv", List.of("actor\tterm", "U.S.\tUS", "Kim\tKim Jong-un"));
        assertEquals("u.s.", a.terms().get(0).term());
        assertEquals(List.of("kim", "jong-un"), a.terms().get(1).words());
    }

    @Test
    void badRowsFailWithTheFileAndLine() {
        assertEquals("a.tsv:1: the first line must be the header actor<TAB>term (found 'Putin\tputin')",
                error("Putin\tputin"));
        assertEquals("a.tsv:2: has 3 fields; a row is actor and term, separated by a tab", error("actor\tterm", "a\tb\tc"));
        assertEquals("a.tsv:2: empty actor; write its label in the first field", error("actor\tterm", " \tputin"));
        assertEquals("a.tsv:2: empty term '...': it has no letters or digits", error("actor\tterm", "Putin\t..."));
        assertEquals("a.tsv:3: term 'putin' is already on line 2; each term belongs to one actor",
                error("actor\tterm", "Putin\tputin", "Russia\tPutin"));
        assertEquals("a.tsv: no actor terms after the header", error("actor\tterm"));
    }
}
