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

    @Test
    void noKoreanTextUsesAWordTheGlossarySetsAside() throws IOException {
        Set<String> words = wordsNotUsed();
        assertTrue(words.containsAll(List.of("발견 사항", "컴포넌트", "수리", "보완 요구", "치명", "작성 중", "사용자")),
                "the glossary settles the terms issue 16 names: " + words);
        List<String> found = new ArrayList<>();
        List<Path> files = productTexts();
        assertTrue(files.size() > 300, "the bundles, policies, templates and sources are read: " + files.size());
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
        if (!found.isEmpty()) {
            fail(found.size() + " use(s) of words docs/glossary.md sets aside:\n" + String.join("\n", found));
        }
    }
}
