package dev.framelens.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder holds, to compare before and after: every entry by relative path. */
public final class FileTree {
    private FileTree() {
    }

    /**
     * Every entry below {@code dir}, symbolic links not followed: a file → its SHA-256 in hex, a
     * folder ({@code "name/"}) → {@code "dir"}, a link → {@code "link TARGET"}.
     */
    public static Map<String, String> sha256(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    all.put(rel, "link " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(rel + "/", "dir");
                } else {
                    all.put(rel, HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
                }
            }
        }
        return all;
    }
}
