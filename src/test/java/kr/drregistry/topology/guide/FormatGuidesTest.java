package kr.drregistry.topology.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.topology.guide.FormatGuide.Field;
import kr.drregistry.topology.guide.FormatGuide.Presence;
import kr.drregistry.topology.guide.FormatGuide.RuleEntry;
import kr.drregistry.topology.guide.FormatGuide.Section;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Wire;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleText;

/** The format guide is made from the schema, the rules and the policy — nothing on the page is written twice. */
class FormatGuidesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = load();
    private static final Policy POLICY = Policies.defaultPolicy();

    private static JsonNode load() {
        try (InputStream in = FormatGuidesTest.class.getResourceAsStream(DrrV1.SCHEMA)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FormatGuide v1(Policy policy) {
        return FormatGuides.generate(SCHEMA, DrrV1.rules(policy), policy);
    }

    private static Map<String, Field> byPath(FormatGuide g) {
        return g.fields().stream().collect(Collectors.toMap(Field::path, Function.identity()));
    }

    /** Every property path of the schema, walked independently of the generator. */
    private static List<String> schemaPaths(JsonNode node, String path, List<String> out) {
        JsonNode resolved = node.has("$ref") ? SCHEMA.path("$defs").path(node.path("$ref").asText().substring(8)) : node;
        resolved.path("properties").fields().forEachRemaining(e -> {
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            out.add(p);
            JsonNode value = e.getValue().has("$ref")
                    ? SCHEMA.path("$defs").path(e.getValue().path("$ref").asText().substring(8)) : e.getValue();
            if (value.has("properties")) {
                schemaPaths(value, p, out);
            } else if (value.has("items")) {
                JsonNode items = value.path("items");
                JsonNode it = items.has("$ref") ? SCHEMA.path("$defs").path(items.path("$ref").asText().substring(8)) : items;
                if (it.has("properties")) {
                    schemaPaths(it, p + "[]", out);
                }
            }
        });
        return out;
    }

    @Test
    void everyFieldOfTheSchemaIsInTheGuideOnceWithKoreanAndEnglish() {
        FormatGuide g = v1(POLICY);
        List<String> expected = schemaPaths(SCHEMA, "", new ArrayList<>());
        List<String> shown = g.fields().stream().map(Field::path).toList();
        assertEquals(expected.size(), shown.size(), "no field twice");
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(shown));
        assertEquals(77, expected.size(), "drr/v1 fields, nested ones included");
        for (Field f : g.fields()) {
            assertNotNull(f.description(), f.path());
            assertTrue(f.description().ko().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
                    f.path() + " has a Korean description: " + f.description().ko());
            assertFalse(f.description().en().isBlank(), f.path());
            assertNotEquals(f.description().ko(), f.description().en(), f.path());
        }
        assertEquals("drr/v1", g.format());
        assertEquals("drr/v1 재해복구(DR) 토폴로지 신고서", g.title().ko());
        assertEquals("drr/v1 DR topology filing", g.title().en());
    }

    @Test
    void sectionsFollowTheObjectsAndFieldsSayRequiredDefaultAndAllowedValues() {
        FormatGuide g = v1(POLICY);
        List<String> sections = g.sections().stream().map(Section::path).toList();
        assertEquals(List.of("", "sites[]", "sites[].location", "sites[].facility", "sites[].facility.powerFeeds[]",
                "sites[].facility.batteryRooms[]", "sites[].facility.generators", "sites[].facility.tenantFaultNotification",
                "services[]", "components[]", "components[].placements[]", "components[].failover",
                "components[].dependsOn[]", "components[].replication[]", "components[].backups[]", "drills[]"), sections);
        Map<String, Field> f = byPath(g);

        assertEquals(List.of("drr/v1"), f.get("format").allowed());
        assertEquals(Presence.REQUIRED, f.get("format").presence());
        assertEquals(Presence.OPTIONAL, f.get("drills").presence());
        assertEquals("s-drills", f.get("drills").opens(), "a list of objects links to its section");
        assertEquals(Presence.REQUIRED, f.get("sites[].id").presence());
        assertEquals(Presence.OPTIONAL, f.get("sites[].name").presence());
        assertEquals(Wire.spellings(SiteKind.class), f.get("sites[].kind").allowed());
        assertEquals(Wire.spellings(ComponentKind.class), f.get("components[].kind").allowed());

        // the contract's defaults
        assertEquals("{mode: none}", f.get("components[].failover").defaultValue());
        assertEquals("hard", f.get("components[].dependsOn[].mode").defaultValue());
        assertEquals("100", f.get("components[].placements[].capacityPct").defaultValue());
        assertEquals("false", f.get("sites[].facility.standbyPowerDuplicated").defaultValue());
        assertNull(f.get("services[].tier").defaultValue());

        // exactly one of component and anyOf
        assertEquals(Presence.ONE_OF, f.get("components[].dependsOn[].component").presence());
        assertEquals(Presence.ONE_OF, f.get("components[].dependsOn[].anyOf").presence());

        // types and limits
        Field tier = f.get("services[].tier");
        assertEquals(FormatGuide.TypeKind.INTEGER, tier.type().kind());
        assertEquals(List.of(new FormatGuide.Constraint(FormatGuide.LimitKind.MINIMUM, "1"),
                new FormatGuide.Constraint(FormatGuide.LimitKind.MAXIMUM, "3")),
                tier.constraints());
        assertEquals("slug", f.get("sites[].id").type().named());
        assertTrue(f.get("sites[].id").constraints().stream().anyMatch(c -> c.kind() == FormatGuide.LimitKind.PATTERN),
                "the slug's pattern comes through the $ref");
        assertEquals(FormatGuide.TypeKind.ARRAY, f.get("services[].entrypoints").type().kind());
        assertEquals("componentRef", f.get("services[].entrypoints").type().named());
        assertEquals(List.of("slug", "text", "date", "nonNegativeInt", "positiveInt", "siteRef", "serviceRef", "componentRef"),
                g.types().stream().map(FormatGuide.NamedType::name).toList(), "the named types, in the schema's order");
        assertTrue(g.types().stream().allMatch(t -> t.description() != null && !t.description().ko().equals(t.description().en())));
    }

    @Test
    void everyRuleHasItsMeaningAndRemedyAndThePolicysSeverityAndBasis() {
        FormatGuide g = v1(POLICY);
        List<String> ids = g.rules().stream().map(RuleEntry::id).toList();
        assertEquals(Policies.RULE_IDS.subList(0, Policies.RULE_IDS.indexOf("CONC-001") + 1), ids,
                "every drr/v1 rule in the contract's order, CONC-001 last");
        for (RuleEntry r : g.rules()) {
            Policy.RuleSetting s = POLICY.rule(r.id());
            assertEquals(s.severity().wire(), r.severity(), r.id());
            assertEquals(s.basis(), r.basis(), r.id() + ": the basis is the policy's");
            for (LocalizedText t : List.of(r.meaning(), r.remedy())) {
                assertTrue(t.ko().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL), r.id());
                assertFalse(t.en().isBlank(), r.id());
            }
        }
        assertEquals("critical", g.rules().get(0).severity());
        assertEquals(POLICY.id(), g.policyId());
        assertEquals(POLICY.version(), g.policyVersion());
    }

    @Test
    void thresholdsAndSeveritiesAreReadFromThePolicyGiven() {
        Map<String, Double> params = new HashMap<>(POLICY.parameters());
        params.put(Policy.GEO_MIN_DISTANCE_KM, 55.0);
        Map<String, Policy.RuleSetting> rules = new HashMap<>(POLICY.rules());
        Policy.RuleSetting geo = rules.get("GEO-001");
        rules.put("GEO-001", new Policy.RuleSetting(kr.drregistry.rules.Severity.HIGH, false, geo.basis()));
        Policy other = new Policy(POLICY.id(), "test-1", POLICY.title(), rules, params);

        RuleEntry before = v1(POLICY).rules().stream().filter(r -> r.id().equals("GEO-001")).findFirst().orElseThrow();
        RuleEntry after = v1(other).rules().stream().filter(r -> r.id().equals("GEO-001")).findFirst().orElseThrow();
        assertTrue(before.meaning().en().contains("30 km") && before.meaning().ko().contains("30 km"), before.meaning().en());
        assertTrue(after.meaning().en().contains("55 km") && after.remedy().ko().contains("55 km"), after.meaning().en());
        assertEquals("medium", before.severity());
        assertEquals("high", after.severity());
        assertEquals(false, after.enabled());
    }

    @Test
    void anotherSchemaGivesItsOwnGuide() throws IOException {
        // a drr/v2-like schema: another format constant, a recursive definition, an English-only description and
        // a rule the policy does not know
        JsonNode schema = JSON.readTree("""
                {"title": "test/v9", "x-title-ko": "시험 형식",
                 "type": "object", "required": ["format"],
                 "properties": {
                   "format": {"const": "test/v9", "description": "the format", "x-description-ko": "형식"},
                   "tree": {"$ref": "#/$defs/node"}},
                 "$defs": {
                   "node": {"type": "object", "description": "a node", "x-description-ko": "노드",
                            "properties": {"name": {"type": "string", "description": "only English"},
                                           "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
                """);
        FormatGuide g = FormatGuides.generate(schema, List.of(new RuleText("NEW-001", LocalizedText.of("새 규칙 이름", "new rule"),
                LocalizedText.of("새 규칙", "a new rule"), LocalizedText.of("고치기", "fix it"))), POLICY);
        assertEquals("test/v9", g.format());
        assertEquals("시험 형식", g.title().ko());
        assertEquals(List.of("", "tree"), g.sections().stream().map(Section::path).toList(),
                "a recursive definition is described once");
        Map<String, Field> f = byPath(g);
        assertEquals("s-tree", f.get("tree").opens());
        assertEquals("s-tree", f.get("tree.children").opens(), "the recursion links back to the open section");
        assertEquals(LocalizedText.of("only English", "only English"), f.get("tree.name").description(),
                "a missing Korean text falls back to the English one");
        RuleEntry rule = g.rules().get(0);
        assertEquals("NEW-001", rule.id());
        assertNull(rule.severity(), "a rule the policy does not set has no severity");
        assertNull(rule.basis());
    }

    @Test
    void aTypeTheGuideCannotNameIsRefusedWhenTheGuideIsMadeNotWhenThePageIsShown() throws IOException {
        // the page names every type and limit by a message Qute checks at build time; a schema type outside that
        // closed set would have no word, so the guide says so at once instead of rendering a missing message
        for (String type : List.of("\"null\"", "[\"string\",\"null\"]")) {
            JsonNode schema = JSON.readTree("""
                    {"type": "object", "properties": {"format": {"const": "test/v9"}, "odd": {"type": %s}}}
                    """.formatted(type));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FormatGuides.generate(schema, List.of(), POLICY), type);
            assertTrue(e.getMessage().contains(type), e.getMessage());
        }
    }
}
