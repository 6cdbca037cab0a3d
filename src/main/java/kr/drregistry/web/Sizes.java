package kr.drregistry.web;

import java.util.Locale;
import java.util.Map;

/** File sizes and types as people read them. */
public final class Sizes {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/gif", "GIF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/msword", "Word"),
            Map.entry("application/vnd.ms-excel", "Excel"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
            Map.entry("application/x-hwp", "HWP"));

    private Sizes() {
    }

    /** 1536 → "1.5 KB", 20971520 → "20 MB". */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return trim(kb) + " KB";
        }
        return trim(kb / 1024.0) + " MB";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A short name of a media type (PDF, Word, HWP …), or the type itself. */
    public static String typeName(String mediaType) {
        return TYPES.getOrDefault(mediaType, mediaType);
    }
}
