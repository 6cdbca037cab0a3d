package kr.drregistry.topology.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generic document tree that both JSON and YAML are read into before the one structural validation.
 * Every node knows its 1-based line and column in the submitted text. Objects keep their members in
 * document order in plain arrays (drr/v1 objects are small) with a hash index for unusually large ones.
 */
final class Tree {
    private Tree() {
    }

    /** A node of the tree. */
    abstract static sealed class Node permits Obj, Arr, Scalar {
        final int line;
        final int column;

        Node(int line, int column) {
            this.line = line;
            this.column = column;
        }

        /** The JSON type name of this node, in English and Korean, for type errors. */
        abstract String typeName();

        abstract String typeNameKo();
    }

    /**
     * A JSON object / YAML mapping with text keys, in document order. Built through {@link Builder} so that
     * it holds exactly-sized arrays (a large document keeps millions of these alive while it is validated).
     */
    static final class Obj extends Node {
        private static final int INDEX_FROM = 12;
        private final String[] keys;
        private final Node[] values;
        private final Map<String, Integer> index;

        private Obj(int line, int column, String[] keys, Node[] values, Map<String, Integer> index) {
            super(line, column);
            this.keys = keys;
            this.values = values;
            this.index = index;
        }

        /** The value of {@code key}, or null when absent. */
        Node get(String key) {
            if (index != null) {
                Integer i = index.get(key);
                return i == null ? null : values[i];
            }
            for (int i = 0; i < keys.length; i++) {
                if (key.equals(keys[i])) {
                    return values[i];
                }
            }
            return null;
        }

        int size() {
            return keys.length;
        }

        String key(int i) {
            return keys[i];
        }

        Node value(int i) {
            return values[i];
        }

        @Override String typeName() { return "an object"; }
        @Override String typeNameKo() { return "객체"; }
    }

    /**
     * Collects the members and items of the collections being read; one builder serves a whole document.
     * Its scratch space is a stack: a nested collection is opened, filled and closed on top of its parent's
     * entries before the parent receives it, so members always go to the innermost open collection.
     */
    static final class Builder {
        private String[] keys = new String[64];
        private Node[] values = new Node[64];
        private int top;
        private int[] frameMarks = new int[16];
        private List<Set<String>> frameKeys = new ArrayList<>();
        private int frames;
        private final Map<String, String> strings = new HashMap<>();

        /** Opens a collection. */
        void open() {
            if (frames == frameMarks.length) {
                frameMarks = Arrays.copyOf(frameMarks, frames * 2);
            }
            frameMarks[frames] = top;
            if (frameKeys.size() == frames) {
                frameKeys.add(null);
            } else {
                frameKeys.set(frames, null);
            }
            frames++;
        }

        /** Adds a member to the open object; false (nothing added) when the key is already there. */
        boolean member(String key, Node value) {
            int f = frames - 1;
            Set<String> seen = frameKeys.get(f);
            if (seen != null) {
                if (!seen.add(key)) {
                    return false;
                }
            } else {
                int mark = frameMarks[f];
                for (int i = mark; i < top; i++) {
                    if (key.equals(keys[i])) {
                        return false;
                    }
                }
                if (top - mark + 1 >= Obj.INDEX_FROM) {
                    seen = new HashSet<>(Arrays.asList(keys).subList(mark, top));
                    seen.add(key);
                    frameKeys.set(f, seen);
                }
            }
            push(key, value);
            return true;
        }

        /** Adds an item to the open list. */
        void item(Node value) {
            push(null, value);
        }

        private void push(String key, Node value) {
            if (top == keys.length) {
                keys = Arrays.copyOf(keys, top * 2);
                values = Arrays.copyOf(values, top * 2);
            }
            keys[top] = key;
            values[top++] = value;
        }

        /** Closes the open collection as an object. */
        Obj object(int line, int column) {
            int mark = close();
            String[] k = Arrays.copyOfRange(keys, mark, top);
            Node[] v = Arrays.copyOfRange(values, mark, top);
            Map<String, Integer> index = null;
            if (k.length >= Obj.INDEX_FROM) {
                index = new HashMap<>(k.length * 2);
                for (int i = 0; i < k.length; i++) {
                    index.put(k[i], i);
                }
            }
            release(mark);
            return new Obj(line, column, k, v, index);
        }

        /** Closes the open collection as a list. */
        Arr array(int line, int column) {
            int mark = close();
            Node[] v = Arrays.copyOfRange(values, mark, top);
            release(mark);
            return new Arr(line, column, v);
        }

        private int close() {
            frames--;
            frameKeys.set(frames, null);
            return frameMarks[frames];
        }

        /**
         * Drops the closed collection's entries from the stack. They are not cleared: the next collection overwrites
         * them, and what they keep reachable meanwhile is at most one stack's width of a few items' trees. Clearing
         * them cost ~9 % of the reading thread on the 100,000-component document (JFR), most of it G1's write barrier
         * on every slot set to null while a concurrent marking runs.
         */
        private void release(int mark) {
            top = mark;
        }

        /** One instance per distinct string value, so that references share their target's id. */
        String string(String value) {
            String known = strings.putIfAbsent(value, value);
            return known == null ? value : known;
        }

        /**
         * As {@link #string(String)} for the characters {@code chars[offset, offset + length)}, without making a
         * String for a value seen before (a large filing repeats its ids millions of times). An open-addressing table
         * of its own (JSON only: the YAML reader has its text as Strings already).
         */
        String string(char[] chars, int offset, int length) {
            int hash = 0;
            for (int i = offset, end = offset + length; i < end; i++) {
                hash = 31 * hash + chars[i];
            }
            int mask = interned.length - 1;
            int slot = slot(hash);
            for (String known; (known = interned[slot]) != null; slot = (slot + 1) & mask) {
                if (internedHashes[slot] == hash && sameChars(known, chars, offset, length)) {
                    return known;
                }
            }
            String value = new String(chars, offset, length);
            interned[slot] = value;
            internedHashes[slot] = hash;
            if (++internedCount * 2 > interned.length) {
                growInterned();
            }
            return value;
        }

        private String[] interned = new String[1024];
        private int[] internedHashes = new int[1024];
        private int internedCount;

        /**
         * The first slot to probe for {@code hash}: Fibonacci hashing (the top log2(table size) bits of the hash times 2³²/φ). The ids
         * of a filing differ in their last characters, so their String hashes are close to one another; the xor-shift
         * mix used before kept them close, and the table's runs grew to 2.35 probes per lookup on the 100,000-component
         * benchmark document (1.06 with this one).
         */
        private int slot(int hash) {
            return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(interned.length - 1);
        }

        private static boolean sameChars(String known, char[] chars, int offset, int length) {
            if (known.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (known.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        private void growInterned() {
            String[] oldValues = interned;
            int[] oldHashes = internedHashes;
            interned = new String[oldValues.length * 2];
            internedHashes = new int[oldValues.length * 2];
            int mask = interned.length - 1;
            for (int i = 0; i < oldValues.length; i++) {
                if (oldValues[i] != null) {
                    int slot = slot(oldHashes[i]);
                    while (interned[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    interned[slot] = oldValues[i];
                    internedHashes[slot] = oldHashes[i];
                }
            }
        }
    }

    /** A JSON array / YAML sequence. */
    static final class Arr extends Node {
        private final Node[] items;

        private Arr(int line, int column, Node[] items) {
            super(line, column);
            this.items = items;
        }

        int size() {
            return items.length;
        }

        Node get(int i) {
            return items[i];
        }

        @Override String typeName() { return "a list"; }
        @Override String typeNameKo() { return "목록"; }
    }

    /** An integer that does not fit in 64 bits; only its text is kept. */
    record BigInt(String text) {
    }

    /**
     * A scalar. {@code value} is a {@link String}, {@link Long}, {@link BigInt}, {@link Double} (possibly
     * infinite or NaN from YAML), {@link Boolean} or null.
     */
    static final class Scalar extends Node {
        final Object value;

        Scalar(Object value, int line, int column) {
            super(line, column);
            this.value = value;
        }

        @Override
        String typeName() {
            if (value instanceof String) return "a string";
            if (value instanceof Long || value instanceof BigInt) return "an integer";
            if (value instanceof Double) return "a decimal number";
            if (value instanceof Boolean) return "a boolean";
            return "null";
        }

        @Override
        String typeNameKo() {
            if (value instanceof String) return "문자열";
            if (value instanceof Long || value instanceof BigInt) return "정수";
            if (value instanceof Double) return "소수";
            if (value instanceof Boolean) return "참/거짓 값";
            return "null";
        }
    }
}
