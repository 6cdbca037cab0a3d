package kr.drregistry.platform.backup;

import java.util.List;

/**
 * {@code manifest.json} of a backup archive: what was backed up (the tables of the app schema, each as the text of
 * {@code COPY … TO STDOUT} in its own archive entry, with its column list, row count and SHA-256), at which Flyway
 * schema version, and the sequences' positions.
 */
public record BackupManifest(String format, String createdAt, String database, String serverVersion, String schemaVersion,
                             List<TablePart> tables, List<SequenceValue> sequences) {
    public static final String FORMAT = "drr-backup/1";
    public static final String ENTRY = "manifest.json";

    public record TablePart(String name, List<String> columns, long rows, String sha256, String entry) {
    }

    public record SequenceValue(String name, long lastValue, boolean called) {
    }

    public long totalRows() {
        return tables.stream().mapToLong(TablePart::rows).sum();
    }
}
