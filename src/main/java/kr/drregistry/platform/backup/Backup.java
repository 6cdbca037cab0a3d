package kr.drregistry.platform.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kr.drregistry.platform.StartupRefusal;

/**
 * A consistent logical backup over JDBC, with no client tools: one {@code REPEATABLE READ READ ONLY} transaction (one
 * snapshot for every table), {@code COPY … TO STDOUT} of each table of the app schema into its own entry of a ZIP
 * archive, and a manifest with the Flyway schema version, the row count and SHA-256 of each part. The archive is
 * written next to its final name and renamed when complete, so a failed backup leaves no file that looks whole.
 */
public final class Backup {
    static final String SCHEMA = "public";
    static final String FLYWAY_TABLE = "flyway_schema_history";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Backup() {
    }

    public static BackupManifest write(Connection c, Path file) throws SQLException, IOException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            String schemaVersion = schemaVersion(c);
            String serverVersion = single(c, "show server_version");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<BackupManifest.TablePart> parts = new ArrayList<>();
            List<BackupManifest.SequenceValue> sequences = sequences(c);
            createPrivate(partial);
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(6);
                for (String table : tables(c)) {
                    List<String> columns = columns(c, table);
                    String entry = "tables/" + table + ".copy";
                    zip.putNextEntry(new ZipEntry(entry));
                    MessageDigest sha = sha256();
                    long rows = copy.copyOut("COPY " + qualified(table) + " (" + columnList(columns) + ") TO STDOUT",
                            new DigestOutputStream(new KeepOpen(zip), sha));
                    zip.closeEntry();
                    parts.add(new BackupManifest.TablePart(table, columns, rows, HexFormat.of().formatHex(sha.digest()), entry));
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now().toString(), c.getCatalog(),
                        serverVersion, schemaVersion, parts, sequences);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
                zip.finish();
                c.commit();
                out.flush();
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return manifest;
            }
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** The archive holds password hashes and every filing: readable by its owner only. */
    private static void createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    /** The latest applied Flyway version; refused when the database holds no DR Registry schema. */
    static String schemaVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select to_regclass(?)")) {
            s.setString(1, SCHEMA + "." + FLYWAY_TABLE);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getString(1) == null) {
                    throw new StartupRefusal("The database " + c.getCatalog() + " holds no DR Registry schema (no "
                            + FLYWAY_TABLE + "): start the app on it once, or check the database settings.");
                }
            }
        }
        return single(c, "select version from " + SCHEMA + "." + FLYWAY_TABLE
                + " where success and version is not null order by installed_rank desc limit 1");
    }

    /** The app's tables (ordinary and partitioned) in the app schema, without Flyway's history. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition and c.relname <> ? order by c.relname")) {
            s.setString(1, SCHEMA);
            s.setString(2, FLYWAY_TABLE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid "
                + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ? and a.attnum > 0 "
                + "and not a.attisdropped and a.attgenerated = '' order by a.attnum")) {
            s.setString(1, SCHEMA);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<BackupManifest.SequenceValue> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select sequencename from pg_sequences where schemaname = ? order by 1")) {
            s.setString(1, SCHEMA);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<BackupManifest.SequenceValue> values = new ArrayList<>();
        for (String name : names) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select last_value, is_called from " + qualified(name))) {
                rs.next();
                values.add(new BackupManifest.SequenceValue(name, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return values;
    }

    static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String qualified(String name) {
        return ident(SCHEMA) + "." + ident(name);
    }

    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Backup::ident).toList());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip stream stays open when COPY closes what it wrote to. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
