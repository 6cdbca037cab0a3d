package kr.drregistry.support;

/** Reading pages in tests. */
public final class Html {
    private Html() {
    }

    /** How many times {@code what} occurs in {@code page} (overlapping occurrences included). */
    public static int count(String page, String what) {
        int n = 0;
        for (int i = page.indexOf(what); i >= 0; i = page.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
