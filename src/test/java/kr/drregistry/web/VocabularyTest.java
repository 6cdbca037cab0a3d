package kr.drregistry.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One term, one word (docs/glossary.md): no Korean text the product shows uses a word the glossary lists as not
 * used — the Korean message bundles, the command-line tool's Korean texts, the policy documents, the templates and the
 * Java sources of {@code src/main} (problem titles, parser and rule texts). The words come from the glossary itself, so
 * the document and the product cannot drift apart.
 */
class VocabularyTest {
    private static final Pattern NOT_USED = Pattern.compile("`([^`]+)`");

    /** The words of the glossary's "not used" column. */
    static Set<String> wordsNotUsed() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of("docs", "glossary.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length < 6) {
                continue; // a table of three columns (statuses, severities)
            }
            Matcher m = NOT_USED.matcher(cells[4]);
            while (m.find()) {
                words.add(m.group(1));
            }
        }
        return words;
    }

    static List<Path> productTexts() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
            bundles.filter(p -> p.getFileName().toString().endsWith("_ko.properties")).forEach(files::add);
        }
        files.add(Path.of("src/main/resources/kr/drregistry/cli/messages.properties"));
        for (String tree : List.of("src/main/resources/policy", "src/main/java", "templates")) {
            try (Stream<Path> walk = Files.walk(Path.of(tree))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    /** Each line of {@code files} that contains one of {@code words}, as "file:line: "word" in …". */
    private static List<String> linesContaining(List<Path> files, java.util.Collection<String> words) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (String word : words) {
                    if (lines.get(i).contains(word)) {
                        found.add(file + ":" + (i + 1) + ": \"" + word + "\" in " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noKoreanTextUsesAWordTheGlossarySetsAside() throws IOException {
        Set<String> words = wordsNotUsed();
        assertTrue(words.containsAll(List.of("발견 사항", "컴포넌트", "수리", "보완 요구", "치명", "작성 중", "사용자")),
                "the glossary settles the terms issue 16 names: " + words);
        List<Path> files = productTexts();
        assertTrue(files.size() > 300, "the bundles, policies, templates and sources are read: " + files.size());
        List<String> found = linesContaining(files, words);
        if (!found.isEmpty()) {
            fail(found.size() + " use(s) of words docs/glossary.md sets aside:\n" + String.join("\n", found));
        }
    }

    /** Both forms of a particle written out, which a reader should never see: "talk이(가)", "버전 3(으)로". */
    private static final List<String> BOTH_PARTICLES = List.of("이(가)", "가(이)", "을(를)", "를(을)", "은(는)", "는(은)",
            "와(과)", "과(와)", "(으)로", "(이)나", "(이)라");

    @Test
    void noKoreanTextWritesBothFormsOfAParticle() throws IOException {
        // Josa.java is the one place that names the forms, and the fallback for a word that cannot be read
        List<String> found = linesContaining(productTexts().stream()
                .filter(file -> !file.getFileName().toString().equals("Josa.java")).toList(), BOTH_PARTICLES);
        if (!found.isEmpty()) {
            fail(found.size() + " text(s) write both forms of a particle; choose by sound with Josa, "
                    + "{name.josa('이/가')} in a template or message, {0}[이/가] in the command-line tool's texts:\n"
                    + String.join("\n", found));
        }
    }

    /**
     * A message key built at run time ({@code {x:message(str:concat('region_', r.id))}}) is a word Qute cannot check at
     * build time: a missing one renders as nothing (nine policy parameters had no words until this test allowed none).
     * Closed sets are enums with message methods ({@code {vocab:filingStatus(filing.status)}},
     * {@code {sector:region(r)}}, {@code {plan:field(f.label)}}); words that come with data are data
     * ({@code LocalizedText}, rendered by {@code {x.text}}).
     */
    private static final Pattern RUNTIME_LOOKUP = Pattern.compile("\\b\\w+:message\\(");

    @Test
    void noTemplateBuildsAMessageKeyAtRunTime() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = RUNTIME_LOOKUP.matcher(Files.readString(file, StandardCharsets.UTF_8));
                int n = 0;
                while (m.find()) {
                    n++;
                }
                if (n > 0) {
                    found.put(Path.of("templates").relativize(file).toString().replace('\\', '/'), n);
                }
            }
        }
        if (!found.isEmpty()) {
            fail("message keys built at run time (file: how many); name the word by a typed message method "
                    + "(an enum parameter for a closed set) or carry it with the data as LocalizedText: " + found);
        }
    }

    /**
     * One key, one bundle: a key defined in two bundles is a word written twice, and the two copies drift (they did:
     * 토폴로지 / DR 토폴로지 / 재해복구(DR) 구성 for the same filing type). Shared words live in the {@code vocab} bundle.
     */
    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, List<String>> bundlesOfKey = new TreeMap<>();
        List<Path> bundles;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/messages"))) {
            bundles = list.filter(p -> p.getFileName().toString().endsWith("_ko.properties")).sorted().toList();
        }
        assertTrue(bundles.size() >= 14, "every Korean bundle is read, vocab among them: " + bundles);
        for (Path bundle : bundles) {
            String name = bundle.getFileName().toString().replace("_ko.properties", "");
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    bundlesOfKey.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>()).add(name);
                }
            }
        }
        assertTrue(bundlesOfKey.containsKey("severity_CRITICAL"), "the vocabulary's enum keys are read");
        List<String> twice = new ArrayList<>();
        bundlesOfKey.forEach((key, names) -> {
            if (names.size() > 1) {
                twice.add(key + " in " + names);
            }
        });
        if (!twice.isEmpty()) {
            fail(twice.size() + " key(s) defined in more than one bundle:\n" + String.join("\n", twice));
        }
    }

    private static final Pattern MESSAGE_BUNDLE = Pattern.compile("@MessageBundle\\b(?:\\((?:value\\s*=\\s*)?\"([^\"]*)\"[^)]*\\))?");
    private static final Pattern MESSAGE_METHOD = Pattern.compile("@Message\\s+String\\s+(\\w+)\\s*\\(");

    /**
     * Quarkus 3.33 generates a bundle of more than 300 messages (methods and enum-constant keys) into bytecode that
     * does not verify, and the application does not start (quarkusio/quarkus#55584, fixed in a later Quarkus).
     */
    static final int MAX_MESSAGES_PER_BUNDLE = 300;

    /**
     * One bundle per feature, named after it: a page's words are in {@code {filing:…}}, {@code {topology:…}}, … — the
     * top-level package of kr.drregistry that owns the page — the shared frame's (layout, error and sign-in pages,
     * fragments several features include) in {@code {web:…}}, and the product's vocabulary in {@code {vocab:…}}. The
     * bundles named after pages (msg, pic, gd, v2, cov, map, …) had made a newcomer guess where a word lives.
     */
    @Test
    void eachFeatureHasOneBundleNamedAfterIt() throws IOException {
        Path root = Path.of("src/main/java/kr/drregistry");
        Map<String, List<String>> bundlesOfPackage = new TreeMap<>();
        Set<String> declared = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : sources) {
            Matcher m = MESSAGE_BUNDLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (!m.find()) {
                continue;
            }
            String name = m.group(1) == null ? "msg" : m.group(1); // Quarkus names an unnamed bundle "msg"
            String feature = root.relativize(file).getName(0).toString();
            declared.add(name);
            Set<String> messages = new TreeSet<>();
            Matcher method = MESSAGE_METHOD.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (method.find()) {
                messages.add(method.group(1));
            }
            Path korean = Path.of("src/main/resources/messages", name + "_ko.properties");
            if (Files.exists(korean)) {
                for (String line : Files.readAllLines(korean, StandardCharsets.UTF_8)) {
                    if (line.indexOf('=') > 0 && !line.startsWith("#")) {
                        messages.add(line.substring(0, line.indexOf('=')).strip());
                    }
                }
            }
            if (messages.size() > MAX_MESSAGES_PER_BUNDLE) {
                wrong.add(file + ": bundle \"" + name + "\" has " + messages.size() + " messages; Quarkus 3.33 cannot start "
                        + "with more than " + MAX_MESSAGES_PER_BUNDLE + " in one bundle (quarkusio/quarkus#55584): move the "
                        + "words another feature's pages show to that feature's bundle");
            }
            if (name.equals("vocab")) {
                continue;
            }
            bundlesOfPackage.computeIfAbsent(feature, k -> new ArrayList<>()).add(name);
            if (!name.equals(feature) || !Files.isDirectory(root.resolve(name))) {
                wrong.add(file + ": bundle \"" + name + "\" in package kr.drregistry." + feature
                        + "; a bundle is vocab, web or named after the top-level package it lives in");
            }
        }
        bundlesOfPackage.forEach((feature, names) -> {
            if (names.size() > 1) {
                wrong.add("kr.drregistry." + feature + " has " + names.size() + " bundles " + names + "; a feature has one");
            }
        });
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("_(ko|en)\\.properties$", "");
                if (!declared.contains(name)) {
                    wrong.add(file + ": no @MessageBundle(\"" + name + "\") interface reads it");
                }
            }
        }
        for (String name : declared) {
            for (String lang : List.of("ko", "en")) {
                if (!Files.exists(Path.of("src/main/resources/messages", name + "_" + lang + ".properties"))) {
                    wrong.add("bundle " + name + " has no messages/" + name + "_" + lang + ".properties");
                }
            }
        }
        assertTrue(declared.containsAll(List.of("vocab", "web", "filing", "topology", "plan", "incident", "review", "sector",
                "policy")), "the interfaces are read: " + declared);
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }
}
