package kr.drregistry.plan.form;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointers (RFC 6901) as lists of reference tokens. */
final class Pointers {
    private Pointers() {
    }

    /** {@code /contacts/0/name} → [contacts, 0, name]; {@code ""} → []. */
    static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        int start = pointer.startsWith("/") ? 1 : 0;
        for (String t : pointer.substring(start).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return token.length() == 1 || token.charAt(0) != '0';
    }
}
