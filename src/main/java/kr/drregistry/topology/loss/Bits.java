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

    /** Number of set bits of item {@code item}'s vector. */
    static int count(long[] vectors, int item, int words) {
        int n = 0;
        for (int w = 0; w < words; w++) {
            n += Long.bitCount(vectors[item * words + w]);
        }
        return n;
    }

    /** Whether item {@code item}'s vector has any bit set. */
    static boolean any(long[] vectors, int item, int words) {
        for (int w = 0; w < words; w++) {
            if (vectors[item * words + w] != 0) {
                return true;
            }
        }
        return false;
    }
}
