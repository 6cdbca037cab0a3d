package kr.drregistry.topology.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The column-major transposition the per-scenario numbers read from. */
class BitsTest {
    @Test
    void transposeTurnsEachItemsWordIntoOneBitsetPerColumn() {
        Random rnd = new Random(5);
        for (int items : new int[] {1, 63, 64, 65, 200}) {
            int words = 3;
            long[] vectors = new long[items * words];
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = rnd.nextLong();
            }
            for (int word = 0; word < words; word++) {
                long[][] columns = Bits.transpose(vectors, items, words, word);
                for (int j = 0; j < 64; j++) {
                    for (int c = 0; c < items; c++) {
                        boolean expected = Bits.get(vectors, c, words, word * 64 + j);
                        assertEquals(expected, (columns[j][c >>> 6] & (1L << c)) != 0, "item " + c + " column " + j);
                    }
                    for (int c = items; c < columns[j].length * 64; c++) {
                        assertEquals(0, columns[j][c >>> 6] & (1L << c), "no bits beyond the items");
                    }
                }
            }
        }
    }
}
