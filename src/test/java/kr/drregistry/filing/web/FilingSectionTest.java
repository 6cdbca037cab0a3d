package kr.drregistry.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.filing.web.Vocabulary.FilingSection;
import kr.drregistry.plan.model.PlanSections;
import kr.drregistry.review.ReviewDesk;
import kr.drregistry.topology.diff.Change;

/**
 * The sections the diffs, the review page and the stored comment anchors name each have a {@link FilingSection} (so
 * Qute checks their words at build time), and a name from old data that no section has any more is shown as it is.
 */
class FilingSectionTest {

    @Test
    void everySectionOfAPlanAndOfATopologyHasItsConstant() {
        List<String> names = new ArrayList<>(PlanSections.names());
        names.addAll(Change.SECTIONS);
        names.addAll(ReviewDesk.TOPOLOGY_SECTIONS);
        for (String name : names) {
            FilingSection s = FilingSection.of(name);
            assertNotNull(s, name);
            assertEquals(name, s.name());
        }
        assertEquals(FilingSection.alertLevels, VocabularyExtensions.asSection("alertLevels"));
    }

    @Test
    void anUnknownSectionNameIsNoSectionAndNoError() {
        assertNull(FilingSection.of("legacySection"));
        assertNull(FilingSection.of(null));
        assertNull(VocabularyExtensions.asSection("ALERTLEVELS"));
    }
}
