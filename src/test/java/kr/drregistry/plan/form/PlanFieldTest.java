package kr.drregistry.plan.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every field of the plan form has its label as a {@link PlanField} (which Qute checks in both languages), and a
 * name the form does not know — a member of a newer plan, an old comment — has none instead of failing the page.
 */
class PlanFieldTest {

    /** The form names of every field of {@code node}'s children, with row 0 for a list. */
    private static void names(String prefix, PlanFormSpec.Node node, List<String> out) {
        if (node instanceof PlanFormSpec.Field f) {
            out.add(prefix + "/" + f.name());
        } else if (node instanceof PlanFormSpec.Group g) {
            String p = g.name().isEmpty() ? prefix : prefix + "/" + g.name();
            g.children().forEach(c -> names(p, c, out));
        } else if (node instanceof PlanFormSpec.Rows r) {
            r.item().forEach(c -> names(prefix + "/" + r.name() + "/0", c, out));
        }
    }

    @Test
    void everyFieldOfTheFormHasALabelAndEveryLabelAField() {
        List<String> names = new ArrayList<>();
        names(PlanFormSpec.ROOT.name(), PlanFormSpec.ROOT, names);
        Set<PlanField> used = EnumSet.noneOf(PlanField.class);
        for (String name : names) {
            PlanField f = PlanField.of(name);
            assertNotNull(f, "the label of " + name);
            used.add(f);
        }
        used.add(PlanField.PLAN_YEAR); // set by the page, shown on the review page
        assertEquals(EnumSet.allOf(PlanField.class), used, "no label without a field");
    }

    @Test
    void aRowOfAListIsNamedByItsListAndField() {
        assertEquals(PlanField.CONTACTS_PHONE, PlanField.of("/contacts/2/phone"));
        assertEquals(PlanField.CONTACTS_PHONE, PlanField.of("/contacts/__i__/phone"));
        assertEquals(PlanField.NOTIFICATION_USER_NOTICE_TEMPLATE_FACT, PlanField.of("/notification/userNotice/template/fact"));
        assertEquals(PlanField.ALERT_LEVELS_LEVEL, PlanField.ofKey("alertLevels_level"));
    }

    @Test
    void aNameTheFormDoesNotKnowHasNoLabel() {
        assertNull(PlanField.of("/officer/shoeSize"));
        assertNull(PlanField.of(""));
        assertNull(PlanField.of(null));
        assertNull(PlanField.ofKey("f_contacts_phone"));
    }
}
