package dev.framelens.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.report.OutputFolderException;
import dev.framelens.testing.FileTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder: only its own listed files are replaced or removed; leftovers of killed runs go. */
class ReportFolderTest {

    static final String MARKER = ".framelens-report";

    @TempDir Path tmp;

    /** Content that writes the given files (name → text). */
    static ReportFolder.Content files(String... nameText) {
        return dir -> {
            for (int i = 0; i < nameText.length; i += 2) {
                Files.writeString(dir.resolve(nameText[i]), nameText[i + 1], StandardCharsets.UTF_8);
            }
        };
    }

    private List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theMarkerListsEveryFileWithItsSha256() throws IOException {
        Path out = tmp.resolve("r");
        assertEquals(out, ReportFolder.write(out, MARKER, "index.html", files("index.html", "<p>1", "a.csv", "x\n")));
        assertEquals(List.of(MARKER, ReportFolder.LOCK, "a.csv", "index.html"), entries(out));
        // SHA-256 of "x\n" and of "<p>1" as sha256sum prints them
        assertEquals("framelens report\n"
                + "# The files this report wrote: SHA-256 and name, as sha256sum prints them. A later report\n"
                + "# into this folder replaces or removes only these, and only while they are unchanged.\n"
                + "73cb3858a687a8494ca3323053016282f3dad39d42cf62ca4e79dda2aac7d9ac  a.csv\n"
                + "e1bea8f4f637fc2f4ae111cab57a6f271425b963a9ecad7397e339148ac91c28  index.html\n",
                Files.readString(out.resolve(MARKER)));
        assertEquals(List.of("r"), entries(tmp), "no temporary folder left beside");
    }

    @Test
    void aKnownHashIsListedAsGivenAndStillGuardsTheFile() throws IOException {
        Path out = tmp.resolve("r");
        String x = "73cb3858a687a8494ca3323053016282f3dad39d42cf62ca4e79dda2aac7d9ac"; // SHA-256 of "x\n"
        Map<String, String> known = Map.of("big.js", x);
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "<p>1", "big.js", "x\n"), known);
        assertTrue(Files.readString(out.resolve(MARKER)).contains(x + "  big.js\n"));
        assertEquals(ReportFolder.sha256(out.resolve("big.js")), x, "the listed value is the file's");

        // unchanged: the same bytes as the new file, replaced without being hashed again
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "<p>2", "big.js", "x\n"), known);
        assertEquals("<p>2", Files.readString(out.resolve("index.html")));

        // changed by the user: the comparison fails, the hash decides, and the file is refused
        Files.writeString(out.resolve("big.js"), "y\n");
        Map<String, String> before = FileTree.sha256(out);
        OutputFolderException e = assertThrows(OutputFolderException.class,
                () -> ReportFolder.write(out, MARKER, "index.html", files("index.html", "<p>3", "big.js", "x\n"), known));
        assertTrue(e.getMessage().endsWith("big.js was changed since framelens wrote it; move it away or choose"
                + " another --out (nothing was changed)"), e.getMessage());
        assertEquals(before, FileTree.sha256(out));
    }

    @Test
    void everyFileTheUserPutThereStaysByteForByte() throws IOException {
        Path out = tmp.resolve("r");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "old page", "a.csv", "old a", "b.csv", "old b"));
        Files.writeString(out.resolve("notes.md"), "hi\n");
        Files.createDirectories(out.resolve("mycorpus/deep"));
        Files.writeString(out.resolve("mycorpus/001.txt"), "Putin met Kim.");
        Files.writeString(out.resolve("mycorpus/deep/x.bin"), "\u0000\u00ff");
        Files.createSymbolicLink(out.resolve("link.csv"), out.resolve("a.csv"));
        Files.writeString(out.resolve(".hidden"), "mine");
        Map<String, String> before = FileTree.sha256(out);

        ReportFolder.write(out, MARKER, "index.html", files("index.html", "new page", "a.csv", "new a"));

        Map<String, String> after = FileTree.sha256(out);
        for (String user : List.of("notes.md", "mycorpus/", "mycorpus/001.txt", "mycorpus/deep/", "mycorpus/deep/x.bin",
                "link.csv", ".hidden")) {
            assertEquals(before.get(user), after.get(user), user);
        }
        assertEquals("new page", Files.readString(out.resolve("index.html")));
        assertEquals("new a", Files.readString(out.resolve("a.csv")));
        assertFalse(Files.exists(out.resolve("b.csv")), "its own file that the new report does not write is removed");
        assertTrue(Files.readString(out.resolve(MARKER)).endsWith("  a.csv\n" + ReportFolder.sha256(out.resolve("index.html"))
                + "  index.html\n"));
        assertEquals(List.of("r"), entries(tmp));
    }

    @Test
    void aFileInTheWayIsNamedAndNothingChanges() throws IOException {
        Path out = tmp.resolve("r");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "page", "a.csv", "a"));
        Files.writeString(out.resolve("b.csv"), "the user's b");
        Map<String, String> before = FileTree.sha256(out);
        OutputFolderException e = assertThrows(OutputFolderException.class,
                () -> ReportFolder.write(out, MARKER, "index.html", files("index.html", "new", "b.csv", "new b")));
        assertEquals(out.resolve("b.csv") + " was not written by framelens; move it away or choose another --out"
                + " (nothing was changed)", e.getMessage());
        assertEquals(before, FileTree.sha256(out));

        Files.writeString(out.resolve("index.html"), "edited by the user");
        Files.delete(out.resolve("b.csv"));
        before = FileTree.sha256(out);
        e = assertThrows(OutputFolderException.class,
                () -> ReportFolder.write(out, MARKER, "index.html", files("index.html", "new")));
        assertEquals(out.resolve("index.html") + " was changed since framelens wrote it; move it away or choose"
                + " another --out (nothing was changed)", e.getMessage());
        assertEquals(before, FileTree.sha256(out));
        assertEquals(List.of("r"), entries(tmp), "the temporary folder is gone after a refusal");
    }

    @Test
    void aListedFileTheUserChangedIsTheirsNow() throws IOException {
        Path out = tmp.resolve("r");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "page", "a.csv", "a", "b.csv", "b"));
        Files.writeString(out.resolve("b.csv"), "b, annotated by the user");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "page 2"));
        assertEquals("b, annotated by the user", Files.readString(out.resolve("b.csv")));
        assertFalse(Files.exists(out.resolve("a.csv")));
        assertFalse(Files.readString(out.resolve(MARKER)).contains("b.csv"), "no longer listed");
        // ... so a later report that writes b.csv again refuses rather than overwrite it
        assertThrows(OutputFolderException.class, () -> ReportFolder.write(out, MARKER, "index.html", files("b.csv", "b")));
    }

    @Test
    void aSymbolicLinkToAReportIsWrittenThroughAndStays() throws IOException {
        Path real = tmp.resolve("real");
        ReportFolder.write(real, MARKER, "index.html", files("index.html", "1"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertEquals(real.toRealPath(), ReportFolder.write(link, MARKER, "index.html", files("index.html", "2")));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("2", Files.readString(real.resolve("index.html")));
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
        OutputFolderException e = assertThrows(OutputFolderException.class,
                () -> ReportFolder.write(dangling, MARKER, "index.html", files("index.html", "x")));
        assertTrue(e.getMessage().endsWith("dangling is a broken symbolic link; choose another --out or remove it"));
        assertTrue(Files.isSymbolicLink(dangling));
    }

    @Test
    void aMarkerWithoutAListCountsTheReportsOwnNamesOnly() throws IOException {
        Path out = tmp.resolve("old");
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "framelens report\n");
        Files.writeString(out.resolve("index.html"), "old page");
        Files.writeString(out.resolve("compare.csv"), "not written this time");
        Files.writeString(out.resolve("notes.md"), "hi");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "new page"));
        assertEquals("new page", Files.readString(out.resolve("index.html")));
        assertEquals("not written this time", Files.readString(out.resolve("compare.csv")));
        assertEquals("hi", Files.readString(out.resolve("notes.md")));
    }

    @Test
    void aDamagedListReplacesNothing() throws IOException {
        Path out = tmp.resolve("r");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "1"));
        Files.writeString(out.resolve(MARKER), "framelens report\n" + "0".repeat(64) + "  ../victim.txt\n");
        Files.writeString(tmp.resolve("victim.txt"), "precious");
        OutputFolderException e = assertThrows(OutputFolderException.class,
                () -> ReportFolder.write(out, MARKER, "index.html", files("index.html", "2")));
        assertEquals(out.resolve(MARKER) + ", line 2: not a SHA-256 and a file name; the file list is damaged, so"
                + " nothing in " + out + " is replaced; choose another --out", e.getMessage());
        assertEquals("precious", Files.readString(tmp.resolve("victim.txt")));
        assertEquals("1", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aRunKilledWhileMovingFilesLeavesEveryFileListed() throws IOException {
        Path out = tmp.resolve("r");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "1"));
        // as a run killed after it listed old and new and moved the page in: two hashes for one name
        Files.writeString(out.resolve("index.html"), "2");
        Files.writeString(out.resolve(MARKER), Files.readString(out.resolve(MARKER))
                + ReportFolder.sha256(out.resolve("index.html")) + "  index.html\n");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "3"));
        assertEquals("3", Files.readString(out.resolve("index.html")));
        assertEquals(1, Files.readString(out.resolve(MARKER)).lines().filter(l -> l.endsWith("index.html")).count());
    }

    @Test
    void aSecondWriterAtTheSameTimeIsRefused() throws IOException {
        Path out = tmp.resolve("r");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "1"));
        try (FileChannel c = FileChannel.open(out.resolve(ReportFolder.LOCK), StandardOpenOption.WRITE);
                FileLock held = c.lock()) {
            assertTrue(held.isValid(), "this JVM holds the folder's lock, as a running report would");
            OutputFolderException e = assertThrows(OutputFolderException.class,
                    () -> ReportFolder.write(out, MARKER, "index.html", files("index.html", "2")));
            assertEquals("another framelens report is being written into " + out + " right now; wait for it to"
                    + " finish or choose another --out", e.getMessage());
        }
        assertEquals("1", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("r"), entries(tmp));
    }

    /** A temporary folder as a killed run leaves it: the name pattern, the lock file (unlocked), partial files. */
    private Path leftover(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve(ReportFolder.LOCK), "");
        Files.writeString(dir.resolve("frame_hits.csv"), "doc,category\n001,thr");
        return dir;
    }

    @Test
    void leftoversOfKilledRunsAreRemovedAndNothingElse() throws IOException {
        Path killed = leftover(".r.tmp-1234567890");
        Path noLock = Files.createDirectories(tmp.resolve(".r.tmp-99"));
        Files.writeString(noLock.resolve("index.html"), "whose?");
        Path otherName = leftover(".other.tmp-1");
        Path inUse = leftover(".r.tmp-42");
        try (FileChannel c = FileChannel.open(inUse.resolve(ReportFolder.LOCK), StandardOpenOption.WRITE);
                FileLock held = c.lock()) {
            assertTrue(held.isValid(), "this JVM holds the leftover's lock, as a running report would");
            ReportFolder.write(tmp.resolve("r"), MARKER, "index.html", files("index.html", "1"));
        }
        assertFalse(Files.exists(killed), "a killed run's folder is removed");
        assertTrue(Files.exists(noLock.resolve("index.html")), "no lock file: not provably ours");
        assertTrue(Files.exists(otherName.resolve("frame_hits.csv")), "another report's name");
        assertTrue(Files.exists(inUse.resolve("frame_hits.csv")), "locked: a running report owns it");
        assertEquals(List.of(inUse), ReportFolder.removeStale(tmp, "r"), "unlocked now, so removed");
    }

    /** Run by {@link #aKillMinus9LeavesAFolderTheNextRunRemoves} in a child JVM: writes, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        ReportFolder.write(Path.of(args[0]), MARKER, "index.html", dir -> {
            Files.writeString(dir.resolve("a.csv"), "half");
            System.out.println("writing " + dir);
            System.out.flush();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void aKillMinus9LeavesAFolderTheNextRunRemoves() throws Exception {
        Path out = tmp.resolve("r");
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "1"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ReportFolderTest.class.getName(), out.toString()).redirectErrorStream(true).start();
        Path temp;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertTrue(line != null && line.startsWith("writing "), "child: " + line);
            temp = Path.of(line.substring("writing ".length()));
            assertEquals(tmp, temp.getParent());
            assertTrue(temp.getFileName().toString().startsWith(".r.tmp-"), temp.toString());
            assertEquals(List.of(), ReportFolder.removeStale(tmp, "r"), "the running child holds the lock");
            assertTrue(Files.exists(temp.resolve("a.csv")));
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(temp.resolve("a.csv")), "a killed run leaves its folder");
        List<String> names = new ArrayList<>(entries(tmp));
        assertEquals(List.of(temp.getFileName().toString(), "r"), names);
        ReportFolder.write(out, MARKER, "index.html", files("index.html", "2"));
        assertEquals(List.of("r"), entries(tmp), "the next run removed it");
        assertEquals("2", Files.readString(out.resolve("index.html")));
    }

    @Test
    void theOutputMustStayApartFromTheCorpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("c"));
        Path link = Files.createSymbolicLink(tmp.resolve("l"), corpus);
        assertEquals("--out " + corpus + " is the corpus being read; write the report to another folder (nothing was"
                + " changed)", assertThrows(OutputFolderException.class,
                        () -> ReportFolder.checkApart(link, corpus, "the corpus")).getMessage());
        assertEquals("--out " + corpus.resolve("r") + " is inside the corpus " + corpus + "; write the report outside"
                + " it (nothing was changed)", assertThrows(OutputFolderException.class,
                        () -> ReportFolder.checkApart(link.resolve("r"), corpus, "the corpus")).getMessage());
        assertEquals("--out " + tmp + " holds the corpus " + corpus + "; write the report to another folder (nothing"
                + " was changed)", assertThrows(OutputFolderException.class,
                        () -> ReportFolder.checkApart(tmp, link.resolve("."), "the corpus")).getMessage());
        ReportFolder.checkApart(tmp.resolve("c2"), corpus, "the corpus"); // a name that merely starts alike
    }
}
