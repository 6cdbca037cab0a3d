package kr.drregistry.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.plan.model.PlanSections.How;
import kr.drregistry.plan.model.PlanSections.SectionChange;

/** Which plan sections changed between two versions. */
class PlanSectionsTest {
    private static PlanContent plan(Officer officer, List<Contact> contacts, Multicloud multicloud) {
        return new PlanContent(2027, officer, null, contacts, List.of(), List.of(), List.of(), null, List.of(), null,
                List.of(), null, multicloud);
    }

    @Test
    void namesTheSectionsThatDifferInPlanOrder() {
        Officer lee = new Officer("이담당", "CISO", "010-0000-0000", "lee@example.org");
        Officer kim = new Officer("김담당", "CISO", "010-0000-0000", "kim@example.org");
        List<Contact> contacts = List.of(new Contact("상황실", "NOC", "02-000-0000", true));
        PlanContent before = plan(lee, contacts, null);
        assertEquals(List.of(), PlanSections.changed(before, plan(lee, List.copyOf(contacts), null)));
        assertEquals(List.of(new SectionChange("officer", How.CHANGED), new SectionChange("contacts", How.REMOVED),
                        new SectionChange("multicloud", How.ADDED)),
                PlanSections.changed(before, plan(kim, List.of(), new Multicloud(List.of("aws", "ncp")))));
    }

    @Test
    void everySectionOfTheSchemaIsCompared() throws Exception {
        List<String> schema = new java.util.ArrayList<>();
        try (java.io.InputStream in = PlanJson.class.getResourceAsStream("/schema/plan-v1.json")) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("properties").fieldNames().forEachRemaining(schema::add);
        }
        schema.remove("format");
        assertEquals(schema, PlanSections.names());
    }
}
