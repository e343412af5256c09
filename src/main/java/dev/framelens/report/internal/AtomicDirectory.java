package dev.framelens.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a directory all at once: its content goes into a hidden sibling {@code .NAME.tmp-…}, which
 * is then renamed to {@code NAME} ({@link StandardCopyOption#ATOMIC_MOVE}). An existing {@code
 * NAME} is first renamed aside to {@code .NAME.old-…} and deleted after the swap; if the second
 * rename fails, it is renamed back. Readers therefore see the old directory, briefly none, or the
 * new one, never a partial one. An interrupted run (Ctrl-C) removes its temporary directory in a
 * shutdown hook; a killed one leaves only the hidden sibling.
 */
public final class AtomicDirectory {

    private AtomicDirectory() {}

    /** What fills the temporary directory. */
    @FunctionalInterface
    public interface Content {
        /** Writes the files into {@code dir}. */
        void write(Path dir) throws IOException;
    }

    /**
     * Fails unless {@code target} is absent, an empty directory, or a directory holding {@code
     * marker}: framelens never replaces a directory it did not write.
     */
    public static void checkReplaceable(Path target, String marker) throws IOException {
        if (target.getParent() == null) {
            throw new IOException("cannot write a report to the file-system root " + target
                    + "; choose a directory such as ./report");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists and is not a directory; choose another --out or"
                    + " remove it");
        }
        if (Files.isRegularFile(target.resolve(marker))) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new IOException(target + " exists, is not empty and is not a framelens report (it"
                        + " has no " + marker + " file); choose another --out or remove it");
            }
        }
    }

    /**
     * Fills a fresh temporary sibling of {@code target} with {@code content} and {@code marker}, then
     * moves it into place as described in the class comment.
     *
     * @return {@code target}
     */
    public static Path write(Path target, String marker, Content content) throws IOException {
        target = target.toAbsolutePath().normalize();
        checkReplaceable(target, marker);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path tmp = Files.createTempDirectory(parent, "." + name + ".tmp-");
        readableByAll(tmp);
        Thread cleanup = new Thread(() -> deleteQuietly(tmp), "framelens-report-cleanup");
        boolean hooked = addHook(cleanup);
        try {
            content.write(tmp);
            Files.writeString(tmp.resolve(marker), "framelens report\n", StandardCharsets.UTF_8);
            checkReplaceable(target, marker);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path old = Files.createTempDirectory(parent, "." + name + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                deleteRecursively(old);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } finally {
            deleteQuietly(tmp);
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway and finds nothing left to delete
                }
            }
        }
    }

    /**
     * Temporary directories are created private (rwx------); a report is an ordinary directory, so
     * give it rwxr-xr-x where the file system has POSIX permissions.
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
            // best effort: a hidden .NAME.tmp-… directory may remain
        }
    }

    /** Deletes {@code dir} and everything below it, without following symbolic links. */
    public static void deleteRecursively(Path dir) throws IOException {
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
