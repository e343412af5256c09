package dev.framelens.report.internal;

import dev.framelens.report.OutputFolderException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a report's files into a folder that may hold other files too, and replaces or removes
 * only what an earlier report wrote there.
 *
 * <p><b>The file list.</b> The marker file ({@code .framelens-report}) lists every file the report
 * wrote, one line each as {@code sha256sum} prints it (SHA-256 in hex, two spaces, the name), so
 * {@code sha256sum -c .framelens-report} checks them. A later report into the same folder counts a
 * file as its own only while it is listed and its content still has the listed SHA-256. Such a file
 * is replaced (or, when the new report no longer writes it, removed); every other entry of the
 * folder is left as it is, byte for byte. When the new report needs the name of a file that is not
 * its own (a user's file, or a listed one the user has changed since), nothing is changed and the
 * write fails with {@link OutputFolderException} naming that file. A changed listed file that the
 * new report does not need is the user's now: it stays and drops out of the list. A marker without
 * a list (written by framelens before the list existed) counts the files the new report writes as
 * its own and removes nothing else.
 *
 * <p><b>All at once.</b> The files are first written into a hidden sibling {@code .NAME.tmp-…}
 * holding a lock file ({@value #LOCK}) locked for the whole run. A folder that does not exist yet
 * is made by renaming the sibling into place ({@link StandardCopyOption#ATOMIC_MOVE}): readers see
 * no folder or the whole report. Into an existing folder each file is renamed into place on its
 * own (each rename atomic): every other file first, the entry page ({@code index.html}) after them,
 * the marker last; so a reader sees each file whole, old or new, and may for a moment see new data
 * files beside the old page, but never a new page without its files. Before anything is moved the
 * marker lists the old and the new files together, so a run killed half way leaves a folder whose
 * every framelens file is still listed.
 *
 * <p><b>One writer at a time, no leftovers.</b> A report folder holds the lock file too; a run
 * locks it while it changes the folder, and a second run into the same folder at the same time
 * fails instead of mixing files. A run stopped with Ctrl-C removes its temporary folder in a
 * shutdown hook; one killed outright leaves it behind, and the next run into the same folder
 * removes it: a sibling is removed only when its name has the pattern, it holds the lock file and
 * that lock can be taken (so no running report owns it). Hidden siblings without the lock file
 * (left by framelens before this scheme, or anyone else's) are never touched.
 */
public final class ReportFolder {

    /** The lock file of a temporary folder and of a report folder; never listed, never removed. */
    public static final String LOCK = ".framelens-report.lock";

    private static final String FIRST_LINE = "framelens report";

    private ReportFolder() {}

    /** What fills the temporary folder: plain files, no subfolders. */
    @FunctionalInterface
    public interface Content {
        /** Writes the files into {@code dir}. */
        void write(Path dir) throws IOException;
    }

    /**
     * Fails unless {@code target} is absent, an empty folder, or a folder holding {@code marker}:
     * framelens never writes into a folder it did not make a report of.
     *
     * @return the folder as it will be written: absolute, with symbolic links resolved
     * @throws OutputFolderException when the folder cannot take a report
     */
    public static Path check(Path target, String marker) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            throw new OutputFolderException("cannot write a report to the file-system root " + out
                    + "; choose a folder such as ./report");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.exists(out)) {
            throw new OutputFolderException(out + " is a broken symbolic link; choose another --out or remove it");
        }
        if (!Files.exists(out)) {
            return out;
        }
        out = out.toRealPath();
        if (out.getParent() == null) {
            throw new OutputFolderException("cannot write a report to the file-system root " + out
                    + "; choose a folder such as ./report");
        }
        if (!Files.isDirectory(out)) {
            throw new OutputFolderException(out + " exists and is not a directory; choose another --out or remove it");
        }
        Listing.read(out, marker);
        return out;
    }

    /**
     * Refuses a report folder that is the input, lies inside it or holds it (compared with symbolic
     * links resolved, so that a report can neither change its own input nor be read as input).
     *
     * @param what names the input in the message, e.g. {@code "the corpus"}
     * @throws OutputFolderException naming both paths
     */
    public static void checkApart(Path target, Path input, String what) throws IOException {
        Path out = real(target);
        Path in = real(input);
        if (out.equals(in)) {
            throw new OutputFolderException("--out " + out + " is " + what + " being read; write the report"
                    + " to another folder (nothing was changed)");
        }
        if (out.startsWith(in)) {
            throw new OutputFolderException("--out " + out + " is inside " + what + " " + in
                    + "; write the report outside it (nothing was changed)");
        }
        if (in.startsWith(out)) {
            throw new OutputFolderException("--out " + out + " holds " + what + " " + in
                    + "; write the report to another folder (nothing was changed)");
        }
    }

    /** The absolute path with symbolic links resolved as far as it exists. */
    static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }

    /**
     * Writes the report as described in the class comment.
     *
     * @param last the file moved into an existing folder after all others (the page that links them)
     * @return the folder written (absolute, symbolic links resolved)
     * @throws OutputFolderException when the folder cannot take the report; nothing was changed
     */
    public static Path write(Path target, String marker, String last, Content content) throws IOException {
        return write(target, marker, last, content, Map.of());
    }

    /**
     * {@link #write(Path, String, String, Content)}, listing the files named in {@code known} with
     * the SHA-256 given there instead of hashing them: for a file whose bytes are fixed and whose
     * hash is recorded (Plotly's 4.8 MB script, the most of a report's bytes). The caller vouches for
     * each value; a wrong one would make a later report refuse to replace that file, never replace a
     * user's.
     *
     * @param known file name → its SHA-256 in lower-case hex
     */
    public static Path write(Path target, String marker, String last, Content content, Map<String, String> known)
            throws IOException {
        Path out = check(target, marker);
        Path parent = out.getParent();
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        removeStale(parent, name);
        try (Temp temp = Temp.create(parent, name)) {
            content.write(temp.dir);
            Map<String, String> files = hashes(temp.dir, marker, known);
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                writeMarker(temp.dir.resolve(marker), List.of(files));
                try {
                    Files.move(temp.dir, out, StandardCopyOption.ATOMIC_MOVE);
                    return out;
                } catch (IOException e) {
                    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                        throw e;
                    }
                    // made meanwhile (by another report, say): write into it as into any existing folder
                }
            }
            FolderLock lock = FolderLock.take(out);
            try {
                replaceOwned(out, marker, last, files, temp.dir);
            } finally {
                lock.close();
            }
            return out;
        }
    }

    private static void replaceOwned(Path out, String marker, String last, Map<String, String> files, Path tmp)
            throws IOException {
        Listing old = Listing.read(out, marker);
        for (String f : files.keySet()) {
            Path dest = out.resolve(f);
            if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS) && !old.owns(dest, f, files, tmp)) {
                throw new OutputFolderException(dest + (old.lists(f) ? " was changed since framelens wrote it"
                        : " was not written by framelens") + "; move it away or choose another --out (nothing was changed)");
            }
        }
        List<String> stale = new ArrayList<>();
        for (String f : old.names()) {
            if (!files.containsKey(f) && old.owns(out.resolve(f), f, files, tmp)) {
                stale.add(f);
            }
        }
        // every framelens file stays listed while files move: the old list and the new one together
        Path pending = tmp.resolve(marker);
        writeMarker(pending, List.of(old.entries, files));
        move(pending, out.resolve(marker), out);
        List<String> order = new ArrayList<>(new TreeSet<>(files.keySet()));
        if (order.remove(last)) {
            order.add(last);
        }
        for (String f : order) {
            move(tmp.resolve(f), out.resolve(f), out);
        }
        for (String f : stale) {
            Files.deleteIfExists(out.resolve(f));
        }
        writeMarker(pending, List.of(files));
        move(pending, out.resolve(marker), out);
    }

    private static void move(Path from, Path to, Path out) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new OutputFolderException("cannot rename files into " + out + " from " + from.getParent()
                    + " (another file system: is " + out + " a mount point?); choose another --out");
        }
    }

    // ------------------------------------------------------------------------------------ listing

    /** The marker's file list: name → the SHA-256 values listed for it. */
    private static final class Listing {
        final Map<String, Set<String>> entries;
        final boolean legacy;

        private Listing(Map<String, Set<String>> entries, boolean legacy) {
            this.entries = entries;
            this.legacy = legacy;
        }

        /** The listing of an existing folder: empty for an empty folder; refuses a folder that is not a report. */
        static Listing read(Path out, String marker) throws IOException {
            Path file = out.resolve(marker);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.anyMatch(p -> !p.getFileName().toString().equals(LOCK))) {
                        throw new OutputFolderException(out + " exists, is not empty and is not a framelens report"
                                + " (it has no " + marker + " file); choose another --out or remove it");
                    }
                }
                return new Listing(Map.of(), false);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputFolderException(file + " is not a regular file; choose another --out or remove it");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, Set<String>> entries = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#") || i == 0 && line.equals(FIRST_LINE)) {
                    continue;
                }
                String f = line.length() > 66 ? line.substring(66) : "";
                if (!line.substring(0, Math.min(66, line.length())).matches("[0-9a-f]{64}  ") || !plainName(f)) {
                    throw new OutputFolderException(file + ", line " + (i + 1) + ": not a SHA-256 and a file name;"
                            + " the file list is damaged, so nothing in " + out + " is replaced; choose another --out");
                }
                entries.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(line.substring(0, 64));
            }
            return new Listing(entries, entries.isEmpty());
        }

        Set<String> names() {
            return entries.keySet();
        }

        boolean lists(String f) {
            return entries.containsKey(f);
        }

        /**
         * Whether {@code path} is framelens' own: a regular file whose SHA-256 is listed for its name
         * (or, under a marker without a list, any regular file the new report writes).
         */
        boolean owns(Path path, String f, Map<String, String> written, Path tmp) throws IOException {
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (legacy) {
                return written.containsKey(f);
            }
            Set<String> listed = entries.get(f);
            if (listed == null) {
                return false;
            }
            // the same bytes as the new file of that name have its SHA-256: compare instead of hashing
            String now = written.get(f);
            if (now != null && listed.contains(now) && Files.mismatch(path, tmp.resolve(f)) == -1L) {
                return true;
            }
            return listed.contains(sha256(path));
        }
    }

    /** A name the list may hold: one path element, not {@code .} or {@code ..}, no separators. */
    private static boolean plainName(String f) {
        return !f.isEmpty() && !f.equals(".") && !f.equals("..") && f.indexOf('/') < 0 && f.indexOf('\\') < 0
                && f.indexOf('\0') < 0 && !f.equals(LOCK);
    }

    /** The files written into the temporary folder and their SHA-256, by name. */
    private static Map<String, String> hashes(Path dir, String marker, Map<String, String> known) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                String f = p.getFileName().toString();
                if (f.equals(LOCK) || f.equals(marker)) {
                    continue;
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !plainName(f)) {
                    throw new IllegalStateException("a report writes plain files only, not " + p);
                }
                String h = known.get(f);
                files.put(f, h != null ? h : sha256(p));
            }
        }
        return files;
    }

    private static void writeMarker(Path file, List<Map<String, ?>> lists) throws IOException {
        StringBuilder b = new StringBuilder(FIRST_LINE).append('\n')
                .append("# The files this report wrote: SHA-256 and name, as sha256sum prints them. A later report\n")
                .append("# into this folder replaces or removes only these, and only while they are unchanged.\n");
        Set<String> seen = new HashSet<>();
        for (Map<String, ?> list : lists) {
            for (Map.Entry<String, ?> e : list.entrySet()) {
                Iterable<?> hashes = e.getValue() instanceof Set<?> s ? s : List.of(e.getValue());
                for (Object hash : hashes) {
                    String line = hash + "  " + e.getKey();
                    if (seen.add(line)) {
                        b.append(line).append('\n');
                    }
                }
            }
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /** The SHA-256 of the file's bytes in lower-case hex, as {@code sha256sum} prints it. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        StringBuilder hex = new StringBuilder(64);
        for (byte x : md.digest()) {
            hex.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return hex.toString();
    }

    // ------------------------------------------------------------------------- locks and leftovers

    /**
     * Removes the temporary siblings {@code .NAME.tmp-…} of {@code NAME} that killed runs left: only
     * folders that hold {@value #LOCK} and whose lock can be taken.
     *
     * @return the folders removed
     */
    public static List<Path> removeStale(Path parent, String name) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return removed;
        }
        String prefix = "." + name + ".tmp-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path dir : entries) {
                if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && removeIfUnlocked(dir)) {
                    removed.add(dir);
                }
            }
        }
        return removed;
    }

    private static boolean removeIfUnlocked(Path dir) {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // a running report holds it
            }
            try {
                deleteRecursively(dir);
                return true;
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException inThisJvm) {
            return false;
        } catch (IOException e) {
            return false; // gone meanwhile, or not ours to remove: leave it
        }
    }

    /** The temporary sibling, with its lock file locked from before it is visible until it is removed. */
    private static final class Temp implements AutoCloseable {
        final Path dir;
        private final FileChannel channel;
        private final Thread cleanup;
        private final boolean hooked;

        private Temp(Path dir, FileChannel channel) {
            this.dir = dir;
            this.channel = channel;
            this.cleanup = new Thread(() -> deleteQuietly(dir), "framelens-report-cleanup");
            this.hooked = addHook(cleanup);
        }

        static Temp create(Path parent, String name) throws IOException {
            Path dir = Files.createTempDirectory(parent, "." + name + ".tmp-");
            FileChannel channel = null;
            try {
                readableByAll(dir);
                // locked under another name first, so that a cleaner never finds an unlocked lock file
                Path pending = dir.resolve(LOCK + ".new");
                channel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (channel.tryLock() == null) {
                    throw new IOException("cannot lock " + pending);
                }
                Files.move(pending, dir.resolve(LOCK), StandardCopyOption.ATOMIC_MOVE);
                return new Temp(dir, channel);
            } catch (IOException | RuntimeException e) {
                if (channel != null) {
                    channel.close();
                }
                deleteQuietly(dir);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                deleteQuietly(dir);
            } finally {
                channel.close();
                if (hooked) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(cleanup);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook runs anyway and finds nothing left to delete
                    }
                }
            }
        }
    }

    /** The report folder's own lock: held while a run changes the folder. */
    private static final class FolderLock implements AutoCloseable {
        private final FileChannel channel;

        private FolderLock(FileChannel channel) {
            this.channel = channel;
        }

        static FolderLock take(Path out) throws IOException {
            Path file = out.resolve(LOCK);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new OutputFolderException("cannot open the lock file " + file + " (" + e.getMessage()
                        + "); choose another --out");
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw new OutputFolderException("another framelens report is being written into " + out
                        + " right now; wait for it to finish or choose another --out");
            }
            return new FolderLock(channel);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /**
     * Temporary folders are created private (rwx------); a report is an ordinary folder, so give it
     * rwxr-xr-x where the file system has POSIX permissions.
     */
    private static void readableByAll(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // other file systems keep their defaults
        }
    }

    private static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                deleteRecursively(dir);
            }
        } catch (IOException ignored) {
            // best effort: the next run removes what is left (see removeStale)
        }
    }

    /** Deletes {@code dir} and everything below it, without following symbolic links. */
    static void deleteRecursively(Path dir) throws IOException {
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.deleteIfExists(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
