package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story packs: a pack file and its actors beside it, the list a corpus keeps, merging (docs/LEXICON.md, "Story packs"). */
class StoryPackTest {

    static Path write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n");
    }

    @Test
    void theSeedsListThePutinKimPackWithItsActors() {
        List<StoryPack> packs = StoryPack.listed(Path.of("seeds"));
        assertEquals(1, packs.size());
        StoryPack p = packs.get(0);
        assertEquals(Path.of("lexicons/putin-kim.tsv").toString(), p.source());
        assertEquals(33, p.lexicon().entries().size());
        assertEquals(13, p.actors().actors().size());
        Lexicon both = StoryPack.apply(Lexicon.shipped(), packs);
        assertEquals(Lexicon.shipped().entries().size() + 33, both.entries().size());
        assertEquals(Lexicon.shipped().categoryNames(), both.categoryNames(), "the pack only uses general categories");
        assertTrue(both.entries().stream().anyMatch(e -> e.entry().equals("anti-us") && e.source().equals(p.source())));
    }

    @Test
    void aPackIsALexiconFileWithItsActorsBesideIt(@TempDir Path dir) throws IOException {
        Path pack = write(dir.resolve("story.tsv"), "category\tside\tentry", "story_labels\talarm\thermit kingdom");
        StoryPack p = StoryPack.read(pack);
        assertNull(p.actors());
        assertEquals(dir.resolve("story.actors.tsv"), StoryPack.actorsFile(pack));
        assertEquals(dir.resolve("notes.actors.tsv"), StoryPack.actorsFile(dir.resolve("notes")));
        write(dir.resolve("story.actors.tsv"), "actor\tterm", "Kim\tkim");
        assertEquals(List.of("Kim"), StoryPack.read(pack).actors().actors());
        // a bad pack row names the pack file and line
        write(pack, "category\tside\tentry", "story\talarming\tx");
        assertEquals(pack + ":2: unknown side 'alarming'; use alarm or reassurance",
                assertThrows(IllegalArgumentException.class, () -> StoryPack.read(pack)).getMessage());
    }

    @Test
    void aCorpusListsItsPacksRelativeToTheListFile(@TempDir Path dir) throws IOException {
        write(dir.resolve("packs/a.tsv"), "category\tside\tentry", "threat\talarm\talpha");
        write(dir.resolve("packs/a.actors.tsv"), "actor\tterm", "A\tann");
        write(dir.resolve("packs/b.tsv"), "category\tside\tentry", "limits\treassurance\tbeta");
        write(dir.resolve("packs/b.actors.tsv"), "actor\tterm", "B\tbob", "A\tal");
        Path folder = dir.resolve("corpus");
        write(folder.resolve("x.txt"), "text");
        write(folder.resolve(StoryPack.LIST), "# story packs", "../packs/a.tsv", "", "../packs/b.tsv");
        List<StoryPack> packs = StoryPack.listed(folder);
        assertEquals(2, packs.size());
        assertEquals(List.of("alpha", "beta"), StoryPack.apply(Lexicon.parse("g.tsv", List.of("category\tside\tentry",
                "threat\talarm\tdanger"), List.of()), packs).entries().stream().skip(1).map(Lexicon.Entry::entry).toList());
        Actors actors = StoryPack.actors(packs);
        assertEquals(List.of("A", "B"), actors.actors());
        assertEquals(List.of("ann", "bob", "al"), actors.terms().stream().map(Actors.Term::term).toList());
        assertEquals(0, actors.terms().get(2).actorIndex(), "'al' joins actor A");
        // a corpus file keeps its list beside it, named after it
        Path jsonl = write(dir.resolve("corpus.jsonl"), "{\"text\": \"t\"}");
        assertEquals(dir.resolve("corpus.jsonl.packs"), StoryPack.listFile(jsonl));
        assertEquals(List.of(), StoryPack.listed(jsonl));
        write(dir.resolve("corpus.jsonl.packs"), "packs/b.tsv");
        assertEquals(1, StoryPack.listed(jsonl).size());
        // a path that is not a file names the list's line
        write(folder.resolve(StoryPack.LIST), "../packs/a.tsv", "../packs/missing.tsv");
        assertEquals(folder.resolve(StoryPack.LIST) + ":2: pack '../packs/missing.tsv' (" + dir.resolve("packs/missing.tsv")
                        + ") is not a file; fix the path (relative to framelens.packs) or run with --no-packs",
                assertThrows(IllegalArgumentException.class, () -> StoryPack.listed(folder)).getMessage());
    }

    @Test
    void actorsOfTwoPacksMayNotShareATerm() {
        Actors a = Actors.parse("a.tsv", List.of("actor\tterm", "Kim\tkim"));
        Actors b = Actors.parse("b.tsv", List.of("actor\tterm", "", "Putin\tputin", "North Korea\tkim"));
        assertEquals("b.tsv:4: term 'kim' is already in a.tsv (line 2); each term belongs to one actor",
                assertThrows(IllegalArgumentException.class, () -> a.withMore(b)).getMessage());
        assertEquals("a.tsv + b.tsv", a.withMore(Actors.parse("b.tsv", List.of("actor\tterm", "Putin\tputin"))).source());
    }
}
