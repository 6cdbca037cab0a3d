package kr.drregistry.incident.rules;

/** Minutes as people read them: "127시간 5분" / "127 h 5 min". */
public final class Minutes {
    private Minutes() {
    }

    public static String ko(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + "분";
        }
        return m == 0 ? h + "시간" : h + "시간 " + m + "분";
    }

    public static String en(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
