package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.DATABASE;
import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Subject;

class Data002Test {
    private final Data002 rule = new Data002();

    private static RuleFixture sites() {
        return filing().site("pangyo", "metro:capital").site("ansan", "metro:capital").site("busan", "metro:busan")
                .site("gasan", "site:pangyo");
    }

    @Test
    void everyBackupSharingARiskGroupIsFound() {
        List<Finding> findings = sites()
                .component("db-metro", DATABASE).active("pangyo").backup("ansan", 60).backup("pangyo", 60).done()
                .component("db-tied", DATABASE).active("pangyo").backup("gasan", 60).done()
                .run(rule);
        assertEquals(List.of(Subject.component("db-metro"), Subject.component("db-tied")),
                findings.stream().map(Finding::subject).toList());
        assertTrue(findings.get(0).chain().get(1).text().en().contains("metro:capital"));
        assertTrue(findings.get(0).chain().get(2).text().en().contains("site:pangyo"));
        assertTrue(findings.get(1).chain().get(1).text().en().contains("site:pangyo"));
    }

    @Test
    void oneDistantBackupIsEnough() {
        assertTrue(sites()
                .component("db", DATABASE).active("pangyo").backup("ansan", 60).backup("busan", 1440).done()
                .run(rule).isEmpty());
    }

    @Test
    void componentsWithoutBackupsAreLeftToData001() {
        assertTrue(sites().component("db", DATABASE).active("pangyo").done().run(rule).isEmpty());
    }
}
