package kr.drregistry.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.platform.ProblemException;

/**
 * "검증 도구 내려받기" (public): the offline command-line validator dr-validate.jar, its SHA-256 and how to run it in
 * CI. The jar is the one this build made ({@code drr.tools.cli-jar}, by default {@code target/dr-validate.jar}; the
 * container image puts it in {@code /deployments/tools/}); an installation without it says so instead of offering
 * a broken link.
 */
@jakarta.ws.rs.Path("/tools")
public class ToolPages {
    @ConfigProperty(name = "drr.tools.cli-jar")
    String jarPath;

    /** What the page shows of the jar: whether it is here, its size and SHA-256 (hex). */
    public record CliJar(boolean present, long bytes, String sha256) {
        public String size() {
            return bytes < 100_000 ? String.format(java.util.Locale.ROOT, "%,d bytes", bytes)
                    : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
    }

    private record Digest(String path, long bytes, FileTime modified, String sha256) {
    }

    private volatile Digest digest;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tools(CliJar jar);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance tools() {
        return Templates.tools(jar());
    }

    @GET
    @jakarta.ws.rs.Path("/dr-validate.jar")
    @Produces("application/java-archive")
    public Response download() {
        CliJar jar = jar();
        if (!jar.present()) {
            throw ProblemException.notFound("dr-validate.jar");
        }
        return Response.ok(file().toFile(), "application/java-archive")
                .header("Content-Disposition", "attachment; filename=\"dr-validate.jar\"")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(jar.sha256())) + ":")
                .build();
    }

    /** The checksum line {@code sha256sum -c} reads. */
    @GET
    @jakarta.ws.rs.Path("/dr-validate.jar.sha256")
    @Produces(MediaType.TEXT_PLAIN)
    public String checksum() {
        CliJar jar = jar();
        if (!jar.present()) {
            throw ProblemException.notFound("dr-validate.jar");
        }
        return jar.sha256() + "  dr-validate.jar\n";
    }

    private Path file() {
        return Path.of(jarPath);
    }

    /** The jar's size and SHA-256, computed again only when the file changed. */
    CliJar jar() {
        Path file = file();
        try {
            if (!Files.isRegularFile(file)) {
                return new CliJar(false, 0, null);
            }
            long bytes = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            Digest known = digest;
            if (known == null || !known.path().equals(file.toString()) || known.bytes() != bytes || !known.modified().equals(modified)) {
                known = new Digest(file.toString(), bytes, modified, sha256(file));
                digest = known;
            }
            return new CliJar(true, known.bytes(), known.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
