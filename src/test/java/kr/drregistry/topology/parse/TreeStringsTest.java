package kr.drregistry.topology.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The JSON reader's string table ({@link Tree.Builder#string(char[], int, int)}): every value comes back with its own
 * characters, and the same characters always give the same instance (references share their target's id), across
 * the table's growth and for different texts with the same hash.
 */
class TreeStringsTest {
    private static String intern(Tree.Builder b, String text) {
        char[] chars = ("<<" + text + ">>").toCharArray();  // the value inside a larger buffer, as Jackson hands it over
        return b.string(chars, 2, text.length());
    }

    @Test
    void theSameTextIsOneInstanceAndDifferentTextsStayApart() {
        Tree.Builder b = new Tree.Builder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {  // the table starts at 1,024 slots: this grows it seven times
            texts.add(i % 3 == 0 ? "c-" + i : i % 3 == 1 ? "svc-" + i + "-api" : "데이터센터-" + i);
        }
        texts.add("");
        texts.add("Aa");  // "Aa" and "BB" have the same String hash, as have "AaAa", "BBBB", "AaBB" and "BBAa"
        texts.add("BB");
        texts.add("AaAa");
        texts.add("BBBB");
        texts.add("AaBB");
        texts.add("BBAa");
        List<String> first = new ArrayList<>();
        for (String t : texts) {
            String s = intern(b, t);
            assertEquals(t, s);
            first.add(s);
        }
        for (int i = texts.size() - 1; i >= 0; i--) {
            assertSame(first.get(i), intern(b, new String(texts.get(i).toCharArray())), texts.get(i));
        }
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertNotSame(intern(b, "Aa"), intern(b, "BB"));
        assertEquals("BBAa", intern(b, "BBAa"));
    }
}
