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

    /**
     * Objects share their key arrays by shape ({@code Tree.Builder#keysOf}, a 256-slot cache): thousands of shapes, the
     * same keys in another order, one key more or fewer, and duplicate keys must each still read back as written.
     */
    @Test
    void everyObjectKeepsItsOwnKeysWhenShapesAreShared() {
        StringBuilder json = new StringBuilder("[");
        int objects = 3_000;
        for (int i = 0; i < objects; i++) {
            if (i > 0) {
                json.append(',');
            }
            switch (i % 4) {
                case 0 -> json.append("{\"component\":\"c-").append(i).append("\",\"mode\":\"hard\"}");
                case 1 -> json.append("{\"mode\":\"soft\",\"component\":\"c-").append(i).append("\"}");
                case 2 -> json.append("{\"k").append(i).append("\":").append(i).append(",\"mode\":\"hard\"}");
                default -> json.append("{\"component\":\"c-").append(i).append("\"}");
            }
        }
        json.append(",{\"a\":1,\"a\":2}]");
        Limits limits = Limits.DEFAULT;
        Errors errors = new Errors(limits.maxErrors());
        Tree.Arr root = (Tree.Arr) JsonTreeReader.read(JsonTreeReader.factory(limits),
                json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), errors, limits, kr.drregistry.budget.Budget.unlimited());
        assertEquals(objects + 1, root.size());
        for (int i = 0; i < objects; i++) {
            Tree.Obj o = (Tree.Obj) root.get(i);
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < o.size(); k++) {
                keys.add(o.key(k));
            }
            List<String> expected = switch (i % 4) {
                case 0 -> List.of("component", "mode");
                case 1 -> List.of("mode", "component");
                case 2 -> List.of("k" + i, "mode");
                default -> List.of("component");
            };
            assertEquals(expected, keys, "object " + i);
            if (i % 4 != 2) {
                assertEquals("c-" + i, ((Tree.Scalar) o.get("component")).value);
            }
        }
        Tree.Obj duplicate = (Tree.Obj) root.get(objects);
        assertEquals(1, duplicate.size(), "a duplicate key is not added twice");
        assertEquals(1, errors.list().size(), "and it is reported");
        assertEquals("/" + objects + "/a", errors.list().get(0).pointer());
    }
}
