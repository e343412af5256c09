package dev.framelens.testing;

import java.util.SplittableRandom;

/**
 * Seeded pseudo-random inputs for the short, deterministic budget each fuzz target gets in the
 * normal test suite (the Jazzer runs of {@code ./framelens fuzz} explore far more): texts built
 * from pieces that matter to the parsers, sprinkled with arbitrary UTF-16 code units.
 */
public final class FuzzInputs {
    private FuzzInputs() {
    }

    /** A random text of up to {@code pieces} pieces drawn from {@code alphabet}, 1 in 12 an arbitrary char. */
    public static String text(SplittableRandom r, String[] alphabet, int pieces) {
        return pieces(r, alphabet, r.nextInt(pieces + 1), 12);
    }

    /**
     * {@code n} pieces drawn from {@code alphabet}, each one in {@code oneIn} instead an arbitrary
     * UTF-16 code unit (an unpaired surrogate among them).
     */
    public static String pieces(SplittableRandom r, String[] alphabet, int n, int oneIn) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (r.nextInt(oneIn) == 0) {
                b.append((char) r.nextInt(0x10000));
            } else {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
        }
        return b.toString();
    }

    /** {@link #text} as UTF-8 bytes, 1 in 20 inputs with one byte flipped at random. */
    public static byte[] bytes(SplittableRandom r, String[] alphabet, int pieces) {
        byte[] b = text(r, alphabet, pieces).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length > 0 && r.nextInt(20) == 0) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }
}
