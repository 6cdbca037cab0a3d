package kr.drregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.rules.Policies;
import kr.drregistry.rules.PolicyJson;

/** dr-validate as an operator's CI uses it: exit codes, the four outputs, diff, policy, schema, help in two languages. */
class DrValidateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KAKAO = "examples/kakao-like-2022.yaml";
    private static final String HEALTHY = "examples/healthy-multisite.yaml";

    @TempDir
    Path dir;

    @Test
    void theKakaoLikeFilingFailsTheBuildAtHighAndPassesWhenNothingFails() {
        Cli high = Cli.run("check", KAKAO);
        assertEquals(DrValidate.FINDINGS, high.exit(), high.err());
        assertTrue(high.out().contains("SPOF-002"), high.out());
        assertTrue(high.out().contains("[심각]"), "Korean by default: " + high.out());
        Cli none = Cli.run("check", "--fail-on", "none", KAKAO);
        assertEquals(DrValidate.OK, none.exit());
        Cli healthy = Cli.run("check", "--fail-on", "high", HEALTHY);
        assertEquals(DrValidate.OK, healthy.exit(), healthy.out());
    }

    @Test
    void textFindingsSayTheLineOfTheirSubject() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(KAKAO));
        int talkApi = lines.indexOf("  - id: talk-api") + 1;
        assertTrue(talkApi > 0);
        Cli cli = Cli.run("check", "--lang", "en", "--fail-on", "none", KAKAO);
        assertTrue(cli.out().contains(KAKAO + ":" + talkApi + ":5  component talk-api"), cli.out());
        assertTrue(cli.out().contains("[critical]"), cli.out());
    }

    @Test
    void aRefusedDocumentExitsWithThreeAndNamesTheLine() throws IOException {
        Path bad = Cli.refusedDocument(dir);
        Cli cli = Cli.run("check", "--lang", "en", bad.toString());
        assertEquals(DrValidate.INPUT, cli.exit());
        assertTrue(cli.out().contains("7:11 /surprise Unknown field \"surprise\""), cli.out());
        Cli missing = Cli.run("check", dir.resolve("nope.yaml").toString());
        assertEquals(DrValidate.INPUT, missing.exit());
        assertTrue(missing.out().contains("파일이 없습니다"), missing.out());
    }

    @Test
    void jsonIsTheReportOfTheApiShape() throws IOException {
        JsonNode report = JSON.readTree(Cli.run("check", "--format", "json", KAKAO).out());
        assertEquals("kr-msit", report.path("policy").path("id").asText());
        assertTrue(report.path("summary").path("critical").asInt() > 0);
        JsonNode spof = null;
        for (JsonNode f : report.path("findings")) {
            if (f.path("rule").asText().equals("SPOF-002") && f.path("subject").path("id").asText().equals("talk")
                    && f.path("scenario").asText().equals("site:pangyo")) {
                spof = f;
            }
        }
        assertTrue(spof != null, "SPOF-002 for talk in site:pangyo");
        assertEquals(47_000_000, spof.path("usersLost").asLong());
        assertFalse(spof.path("message").path("ko").asText().isEmpty());
        assertTrue(report.path("scenarios").size() > 0);
    }

    @Test
    void facilityReferencesResolveAgainstTheFilingsOfAFolderAsTheRegistryResolvesThemAgainstAcceptedOnes() throws IOException {
        // without --facilities the IDC's hall is unresolved (rule F4): its groups are not known
        JsonNode alone = JSON.readTree(Cli.run("check", "--format", "json", "--fail-on", "none", KAKAO).out());
        assertEquals("unresolved", alone.path("facilities").get(0).path("filingVersion").asText());
        Path facilities = Files.createDirectories(dir.resolve("facilities"));
        Files.copy(Path.of("examples", "idc-facility.yaml"), facilities.resolve("idc-facility.yaml"));
        JsonNode resolved = JSON.readTree(Cli.run("check", "--format", "json", "--fail-on", "none", "--facilities",
                facilities.toString(), KAKAO).out());
        JsonNode reference = resolved.path("facilities").get(0);
        assertEquals("example-idc/pangyo-a", reference.path("reference").asText());
        assertEquals("file:idc-facility.yaml", reference.path("filingVersion").asText());
        // two filings of one organisation are refused rather than one of them chosen silently
        Files.copy(Path.of("examples", "idc-facility.yaml"), facilities.resolve("idc-facility-copy.yaml"));
        Cli twice = Cli.run("check", "--facilities", facilities.toString(), KAKAO);
        assertEquals(3, twice.exit());
        assertTrue(twice.err().contains("example-idc"), twice.err());
    }

    @Test
    void junitHasOneCasePerRuleAndSubjectAndFailsOnlyAtTheThreshold() throws Exception {
        Cli cli = Cli.run("check", "--format", "junit", "--fail-on", "critical", KAKAO);
        JsonNode report = JSON.readTree(Cli.run("check", "--format", "json", KAKAO).out());
        Set<String> ruleSubjects = new HashSet<>();
        Set<String> critical = new HashSet<>();
        for (JsonNode f : report.path("findings")) {
            String key = f.path("rule").asText() + " " + f.path("subject").path("kind").asText() + ":" + f.path("subject").path("id").asText();
            ruleSubjects.add(key);
            if (f.path("severity").asText().equals("critical")) {
                critical.add(key);
            }
        }
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(cli.out())));
        NodeList cases = doc.getElementsByTagName("testcase");
        Set<String> names = new HashSet<>();
        Set<String> failing = new HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertTrue(names.add(c.getAttribute("name")), "one case per rule × subject: " + c.getAttribute("name"));
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failing.add(c.getAttribute("name"));
            }
        }
        assertTrue(names.containsAll(ruleSubjects), "every rule × subject with findings is a case");
        assertEquals(critical, failing, "exactly the cases with a critical finding fail at --fail-on critical");
        assertTrue(names.contains("CLOUD-001") || ruleSubjects.stream().anyMatch(s -> s.startsWith("CLOUD-001")),
                "a rule that found nothing is a passing case");
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals(Integer.toString(cases.getLength()), suite.getAttribute("tests"));
        assertEquals(Integer.toString(failing.size()), suite.getAttribute("failures"));
    }

    @Test
    void diffNamesTheChangeAndTheFindingsItBrings() throws IOException {
        String healthy = Files.readString(Path.of(HEALTHY));
        Path before = dir.resolve("before.yaml");
        Files.writeString(before, healthy);
        JsonNode report = JSON.readTree(Cli.run("check", "--format", "json", before.toString()).out());
        assertEquals(0, report.path("summary").path("critical").asInt(), "the healthy example starts clean");
        // the later version runs its first component in one site only
        Path after = dir.resolve("after.yaml");
        Files.writeString(after, singleSite(healthy));
        Cli cli = Cli.run("diff", "--format", "json", before.toString(), after.toString());
        JsonNode diff = JSON.readTree(cli.out());
        assertTrue(diff.path("changes").path("summary").path("removed").asInt() > 0, cli.out());
        boolean spof = false;
        for (JsonNode f : diff.path("findings").path("appeared")) {
            spof |= f.path("rule").asText().equals("SPOF-001");
        }
        assertTrue(spof, "SPOF-001 appears: " + diff.path("findings"));
        assertEquals(0, diff.path("findings").path("disappeared").size());
        assertEquals(DrValidate.FINDINGS, cli.exit());
        Cli back = Cli.run("diff", "--lang", "en", after.toString(), before.toString());
        assertEquals(DrValidate.OK, back.exit(), "going back only removes findings");
        assertTrue(back.out().contains("finding(s) disappeared"), back.out());
    }

    /** The healthy example with its first component in its first site only. */
    private static String singleSite(String yaml) {
        String others = "      - {site: sejong, role: active, capacityPct: 50}\n      - {site: busan, role: active, capacityPct: 50}\n";
        assertTrue(yaml.contains(others));
        return yaml.replaceFirst(java.util.regex.Pattern.quote(others), "");
    }

    @Test
    void aPolicyFileChangesSeveritiesAndABrokenOneIsRefused() throws IOException {
        String shipped = PolicyJson.write(Policies.defaultPolicy());
        JsonNode tree = JSON.readTree(shipped);
        for (var rule : tree.path("rules").properties()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) rule.getValue()).put("severity", "low");
        }
        Path lenient = dir.resolve("lenient.json");
        Files.writeString(lenient, JSON.writeValueAsString(tree));
        assertEquals(DrValidate.OK, Cli.run("check", "--policy", lenient.toString(), KAKAO).exit(),
                "every severity low: nothing fails at high");
        assertEquals(DrValidate.FINDINGS, Cli.run("check", "--policy", lenient.toString(), "--fail-on", "low", KAKAO).exit());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"x\"}");
        Cli cli = Cli.run("check", "--policy", broken.toString(), KAKAO);
        assertEquals(DrValidate.INPUT, cli.exit());
        assertTrue(cli.err().contains("정책 문서가 올바르지 않습니다"), cli.err());
        Cli missing = Cli.run("check", "--policy", dir.resolve("none.json").toString(), KAKAO);
        assertEquals(DrValidate.INPUT, missing.exit());
        assertTrue(missing.err().contains("none.json: 파일이 없습니다"), missing.err());
    }

    @Test
    void schemaIsTheOneTheApiServes() throws IOException {
        Cli cli = Cli.run("schema");
        assertEquals(DrValidate.OK, cli.exit());
        assertEquals(Files.readString(Path.of("src/main/resources/schema/drr-v1.json")).strip(), cli.out().strip());
        assertEquals(DrValidate.USAGE, Cli.run("schema", "drr/v9").exit());
        assertEquals(DrValidate.USAGE, Cli.run("schema", "../policy/kr-msit-2026").exit());
    }

    @Test
    void scenariosListEveryRiskGroupWithUsersLost() throws IOException {
        Cli cli = Cli.run("scenarios", "--lang", "en", KAKAO);
        assertEquals(DrValidate.OK, cli.exit());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("site:pangyo") && l.contains("117,000,000") && l.contains("talk")),
                cli.out());
        JsonNode json = JSON.readTree(Cli.run("scenarios", "--format", "json", KAKAO).out());
        assertEquals("site:pangyo", json.get(0).path("id").asText());
        assertEquals(DrValidate.USAGE, Cli.run("scenarios", "--format", "sarif", KAKAO).exit());
    }

    @Test
    void helpIsKoreanByDefaultAndEnglishOnRequest() {
        Cli ko = Cli.run("check", "--help");
        assertEquals(0, ko.exit());
        assertTrue(ko.out().contains("사용법:") && ko.out().contains("출력 형식"), ko.out());
        Cli en = Cli.run("--lang", "en", "check", "--help");
        assertTrue(en.out().contains("Usage:") && en.out().contains("Output format"), en.out());
        assertFalse(en.out().contains("사용법"), en.out());
        Cli wrong = Cli.run("check", "--fail-on", "severe", KAKAO);
        assertEquals(DrValidate.USAGE, wrong.exit());
    }

    @Test
    void aKoreanMessageTakesTheParticleItsArgumentAsks() {
        Cli sarif = Cli.run("diff", "--lang", "ko", "--format", "sarif", KAKAO, KAKAO);
        assertTrue(sarif.err().contains("이 명령은 --format sarif를 쓸 수 없습니다"), "sarif (사리프) takes 를: " + sarif.err());
        Cli junit = Cli.run("scenarios", "--lang", "ko", "--format", "junit", KAKAO);
        assertTrue(junit.err().contains("--format junit을 쓸 수 없습니다"), "junit (제이유닛) takes 을: " + junit.err());
    }
}
