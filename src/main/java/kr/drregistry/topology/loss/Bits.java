package kr.drregistry.topology.loss;

/**
 * Scenario sets as bit vectors: {@code words} longs per vector, bit {@code s} in word {@code s >> 6}. Vectors of
 * many items are stored one after another in one array ({@code item * words}).
 */
final class Bits {
    private Bits() {
    }

    static boolean get(long[] vectors, int item, int words, int bit) {
        return (vectors[item * words + (bit >>> 6)] & (1L << bit)) != 0;
    }

    static void set(long[] vectors, int item, int words, int bit) {
        vectors[item * words + (bit >>> 6)] |= 1L << bit;
    }

    /**
     * Transposes word {@code word} of every item's vector: {@code out[j]} receives, as a bitset over items, bit
     * {@code j} of word {@code word} of each item (so column {@code word * 64 + j} in column-major form).
     */
    static long[][] transpose(long[] vectors, int items, int words, int word) {
        int blocks = (items + 63) >>> 6;
        long[][] out = new long[64][blocks];
        long[] a = new long[64];
        for (int g = 0; g < blocks; g++) {
            int first = g << 6;
            int count = Math.min(64, items - first);
            for (int k = 0; k < 64; k++) {
                a[k] = k < count ? vectors[(first + k) * words + word] : 0L;
            }
            transpose64(a);
            for (int j = 0; j < 64; j++) {
                out[j][g] = a[j];
            }
        }
        return out;
    }

    /** Transposes a 64 × 64 bit matrix in place: bit {@code j} of {@code a[i]} becomes bit {@code i} of {@code a[j]}. */
    static void transpose64(long[] a) {
        long m = 0x00000000FFFFFFFFL;
        for (int j = 32; j != 0; j >>>= 1, m ^= m << j) {
            for (int k = 0; k < 64; k = (k + j + 1) & ~j) {
                long t = ((a[k] >>> j) ^ a[k + j]) & m;
                a[k + j] ^= t;
                a[k] ^= t << j;
            }
        }
    }
}
