package kr.drregistry.incident;

import io.quarkus.qute.TemplateExtension;

import kr.drregistry.incident.model.CauseCategory;
import kr.drregistry.incident.model.Schedule;
import kr.drregistry.incident.model.Trigger;

/**
 * The incident views carry a stage's state and a cause category as strings; these turn them into the enums the
 * {@link IncidentMessages} methods take, so the templates name each word by a typed method:
 * {@code {incident:stageState(s.state.asStageState)}}, {@code {incident:cause(c.asCause)}}.
 */
@TemplateExtension
public final class IncidentWords {
    private IncidentWords() {
    }

    /** {@code "SUBMITTED_LATE"} → {@link Schedule.State#SUBMITTED_LATE}. */
    static Schedule.State asStageState(String state) {
        return Schedule.State.valueOf(state);
    }

    /** {@code "detection"} → {@link Trigger#DETECTION}. */
    static Trigger asTrigger(String wire) {
        return Trigger.parse(wire);
    }

    /** {@code "software-change"} → {@link CauseCategory#SOFTWARE_CHANGE}. */
    static CauseCategory asCause(String wire) {
        CauseCategory c = CauseCategory.fromWire(wire);
        if (c == null) {
            throw new IllegalArgumentException("not a cause category: " + wire);
        }
        return c;
    }
}
