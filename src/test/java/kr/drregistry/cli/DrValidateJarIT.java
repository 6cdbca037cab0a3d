package kr.drregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged target/dr-validate.jar on its own — {@code java -jar}, nothing else on the class path — gives the same
 * reports as the validator in the build, and carries no Quarkus, no database driver and no web stack.
 */
class DrValidateJarIT {
    private static final Path JAR = Path.of("target", "dr-validate.jar");

    private record Run(int exit, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("dr-validate", ".out");
        Path err = Files.createTempFile("dr-validate", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dr-validate finished");
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theJarAloneGivesTheSameReportsAsTheBuild() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "mvn package built " + JAR);
        ObjectMapper json = new ObjectMapper();
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path example : examples) {
            Run run = java("check", "--format", "json", "--fail-on", "none", example.toString());
            assertEquals(DrValidate.OK, run.exit(), example + ": " + run.err());
            Cli inProcess = Cli.run("check", "--format", "json", "--fail-on", "none", example.toString());
            assertEquals(json.readTree(inProcess.out()), json.readTree(run.out()), example.toString());
        }
        Run kakao = java("check", "examples/kakao-like-2022.yaml");
        assertEquals(DrValidate.FINDINGS, kakao.exit(), kakao.err());
        assertTrue(kakao.out().contains("SPOF-002"), kakao.out());
        Run help = java("--lang", "en", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: dr-validate"), help.out());
    }

    @Test
    void theJarCarriesTheEngineAndItsLibrariesOnly() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> foreign = jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("io/quarkus") || n.startsWith("jakarta/") || n.startsWith("org/postgresql")
                            || n.startsWith("org/hibernate") || n.startsWith("io/vertx") || n.startsWith("kr/drregistry/portal")
                            || n.startsWith("kr/drregistry/filing") || n.startsWith("db/migration") || n.startsWith("templates/"))
                    .toList();
            assertEquals(List.of(), foreign);
            assertTrue(jar.getEntry("kr/drregistry/topology/validation/rules/Spof002.class") != null);
            assertTrue(jar.getEntry("policy/kr-msit-2026.json") != null);
            assertEquals("kr.drregistry.cli.DrValidate", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }
}
