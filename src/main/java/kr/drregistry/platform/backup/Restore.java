package kr.drregistry.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import kr.drregistry.platform.StartupRefusal;

/**
 * Restores a {@link Backup} archive into an EMPTY database: the archive is checked whole first (manifest, every part's
 * SHA-256 and row count) and the target must hold no table in the app schema — otherwise nothing is written. Then
 * Flyway creates the schema at the archive's version, the tables are loaded in foreign-key order in one transaction,
 * sequences are set, and counts and hashes are compared again before the commit.
 */
public final class Restore {
    private Restore() {
    }

    /** Reads and verifies the archive; refuses a damaged or foreign one. */
    public static BackupManifest check(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry m = zip.getEntry(BackupManifest.ENTRY);
            if (m == null) {
                throw damaged(file, "it has no " + BackupManifest.ENTRY);
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(m)) {
                manifest = Backup.JSON.readValue(in, BackupManifest.class);
            } catch (IOException e) {
                throw damaged(file, "its manifest cannot be read");
            }
            if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.tables() == null || manifest.schemaVersion() == null) {
                throw damaged(file, "it is not a " + BackupManifest.FORMAT + " archive");
            }
            for (BackupManifest.TablePart part : manifest.tables()) {
                ZipEntry e = zip.getEntry(part.entry());
                if (e == null) {
                    throw damaged(file, "the part of table " + part.name() + " is missing");
                }
                MessageDigest sha = Backup.sha256();
                long rows;
                try (InputStream in = new DigestInputStream(zip.getInputStream(e), sha)) {
                    rows = countLines(in);
                } catch (ZipException bad) {
                    throw damaged(file, "the part of table " + part.name() + " is corrupt (" + bad.getMessage() + ")");
                }
                if (rows != part.rows() || !HexFormat.of().formatHex(sha.digest()).equals(part.sha256())) {
                    throw damaged(file, "the part of table " + part.name() + " does not match its SHA-256 or row count");
                }
            }
            return manifest;
        } catch (ZipException e) {
            throw damaged(file, "it is not a readable ZIP archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new StartupRefusal("The backup " + file + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /**
     * Restores into the database that {@code connections} opens (each call a new connection), whose JDBC URL, user and
     * password Flyway also uses.
     */
    public static void into(Path file, BackupManifest manifest, String url, String user, String password,
                            Supplier<Connection> connections) throws SQLException, IOException {
        String database;
        try (Connection c = connections.get()) {
            database = c.getCatalog();
            List<String> existing = Backup.tables(c);
            try (ResultSet rs = c.createStatement().executeQuery("select to_regclass('" + Backup.SCHEMA + "." + Backup.FLYWAY_TABLE + "')")) {
                rs.next();
                if (rs.getString(1) != null) {
                    existing = new ArrayList<>(existing);
                    existing.add(Backup.FLYWAY_TABLE);
                }
            }
            if (!existing.isEmpty()) {
                throw new StartupRefusal("The target database " + database + " is not empty (it has " + existing.size()
                        + " tables, e.g. " + existing.get(0) + "): a restore only goes into an empty database, so nothing was written.");
            }
        }
        Flyway flyway = Flyway.configure(Restore.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion(manifest.schemaVersion()))
                .load();
        MigrationVersion latest = null;
        boolean known = false;
        for (MigrationInfo i : flyway.info().all()) {
            if (i.getVersion() != null) {
                latest = i.getVersion();
                known |= i.getVersion().equals(MigrationVersion.fromVersion(manifest.schemaVersion()));
            }
        }
        if (!known) {
            throw new StartupRefusal("The backup has schema version " + manifest.schemaVersion() + ", which this build of "
                    + "DR Registry does not know (its latest is " + latest + "): restore it with the version that made it or a "
                    + "newer one; nothing was written.");
        }
        try {
            flyway.migrate();
            try (Connection c = connections.get()) {
                load(c, file, manifest);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            dropSchema(connections, database);
            throw e;
        }
    }

    private static void load(Connection c, Path file, BackupManifest manifest) throws SQLException, IOException {
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<String, BackupManifest.TablePart> parts = new LinkedHashMap<>();
        for (BackupManifest.TablePart p : manifest.tables()) {
            parts.put(p.name(), p);
        }
        List<String> order = foreignKeyOrder(c, parts.keySet());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String table : order) {
                BackupManifest.TablePart part = parts.get(table);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select exists (select 1 from " + Backup.qualified(table) + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        // rows a migration seeded: the archive holds them as they were at backup time
                        s.execute("delete from " + Backup.qualified(table));
                    }
                }
                MessageDigest sha = Backup.sha256();
                long rows;
                try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(part.entry())), sha)) {
                    rows = copy.copyIn("COPY " + Backup.qualified(table) + " (" + Backup.columnList(part.columns()) + ") FROM STDIN", in);
                }
                if (rows != part.rows() || !HexFormat.of().formatHex(sha.digest()).equals(part.sha256())) {
                    throw new StartupRefusal("The part of table " + table + " changed while it was restored; nothing was written.");
                }
            }
            for (BackupManifest.SequenceValue seq : manifest.sequences() == null ? List.<BackupManifest.SequenceValue>of() : manifest.sequences()) {
                try (PreparedStatement s = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    s.setString(1, Backup.qualified(seq.name()));
                    s.setLong(2, seq.lastValue());
                    s.setBoolean(3, seq.called());
                    s.executeQuery().close();
                }
            }
            // what the database now holds must read back exactly as it was backed up
            for (String table : order) {
                BackupManifest.TablePart part = parts.get(table);
                MessageDigest sha = Backup.sha256();
                long rows = copy.copyOut("COPY " + Backup.qualified(table) + " (" + Backup.columnList(part.columns()) + ") TO STDOUT",
                        new DigestOutputStream(OutputStream.nullOutputStream(), sha));
                if (rows != part.rows() || !HexFormat.of().formatHex(sha.digest()).equals(part.sha256())) {
                    throw new StartupRefusal("Table " + table + " does not read back as it was backed up (" + rows + " of "
                            + part.rows() + " rows); nothing was written.");
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * Tables ordered so that every table comes after the tables its foreign keys point at (a cycle, which the schema
     * does not have, would be loaded in name order and rely on the constraints being checked at the end of each COPY).
     */
    static List<String> foreignKeyOrder(Connection c, Set<String> tables) throws SQLException {
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        for (String t : tables) {
            dependsOn.put(t, new TreeSet<>());
        }
        try (PreparedStatement s = c.prepareStatement("select child.relname, parent.relname from pg_constraint k "
                + "join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid "
                + "join pg_namespace n on n.oid = child.relnamespace where k.contype = 'f' and n.nspname = ?")) {
            s.setString(1, Backup.SCHEMA);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String child = rs.getString(1);
                    String parent = rs.getString(2);
                    if (dependsOn.containsKey(child) && dependsOn.containsKey(parent) && !child.equals(parent)) {
                        dependsOn.get(child).add(parent);
                    }
                }
            }
        }
        return topological(dependsOn);
    }

    static List<String> topological(Map<String, Set<String>> dependsOn) {
        Set<String> done = new LinkedHashSet<>();
        Set<String> remaining = new TreeSet<>(dependsOn.keySet());
        while (!remaining.isEmpty()) {
            String next = null;
            for (String t : remaining) {
                if (done.containsAll(dependsOn.get(t))) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                next = remaining.iterator().next();
            }
            done.add(next);
            remaining.remove(next);
        }
        return new ArrayList<>(done);
    }

    /** After a failed load the schema Flyway created is removed again, so the database is as empty as it was. */
    private static void dropSchema(Supplier<Connection> connections, String database) {
        try (Connection c = connections.get(); Statement s = c.createStatement()) {
            s.execute("drop schema " + Backup.SCHEMA + " cascade");
            s.execute("create schema " + Backup.SCHEMA);
            // as a new database has it (PostgreSQL 15 and later)
            s.execute("alter schema " + Backup.SCHEMA + " owner to pg_database_owner");
            s.execute("grant usage on schema " + Backup.SCHEMA + " to public");
        } catch (SQLException | RuntimeException e) {
            throw new StartupRefusal("The restore failed and the schema it created in " + database + " could not be removed ("
                    + e.getMessage() + "): drop schema public cascade before trying again.");
        }
    }

    private static long countLines(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long lines = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    private static StartupRefusal damaged(Path file, String why) {
        return new StartupRefusal("The backup " + file + " is damaged or not a DR Registry backup (" + why + "), so nothing was written.");
    }

}
