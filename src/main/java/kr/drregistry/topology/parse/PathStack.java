package kr.drregistry.topology.parse;

/**
 * The current position in the document as a stack of member names and list indexes, rendered as an
 * RFC 6901 JSON Pointer only when an error needs it (so walking the tree allocates nothing for paths).
 */
final class PathStack {
    private Object[] keys = new Object[16];
    private int[] indexes = new int[16];
    private int depth;

    void push(String key) {
        grow();
        keys[depth] = key;
        depth++;
    }

    void push(int index) {
        grow();
        keys[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    void pop() {
        depth--;
    }

    private void grow() {
        if (depth == keys.length) {
            keys = java.util.Arrays.copyOf(keys, depth * 2);
            indexes = java.util.Arrays.copyOf(indexes, depth * 2);
        }
    }

    /** The pointer of the current position. */
    String pointer() {
        return pointer(null);
    }

    /** The pointer of member {@code child} of the current position (or the current position when null). */
    String pointer(String child) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < depth; i++) {
            b.append('/');
            if (keys[i] == null) {
                b.append(indexes[i]);
            } else {
                escape(b, (String) keys[i]);
            }
        }
        if (child != null) {
            b.append('/');
            escape(b, child);
        }
        return b.toString();
    }

    /** The pointer of the position that contains the current one. */
    String parentPointer() {
        depth--;
        try {
            return pointer(null);
        } finally {
            depth++;
        }
    }

    private static void escape(StringBuilder b, String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '~') {
                b.append("~0");
            } else if (c == '/') {
                b.append("~1");
            } else {
                b.append(c);
            }
        }
    }
}
