package kr.drregistry.incident.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy.RuleSetting;

/**
 * How post-incident reports are due, as versioned data the regulator lead edits: which disruptions must be reported
 * ({@code reportableMinutes}), when users must be told ({@code userNoticeMinutes}), the stages in order with their
 * deadlines and required fields, and the INC rules' severities. Deadlines are computed in {@code zone}.
 */
public record IncidentPolicy(String id, String version, LocalizedText title, LocalizedText note, ZoneId zone,
                             int reportableMinutes, int userNoticeMinutes, List<Stage> stages,
                             Map<String, RuleSetting> rules) {
    /** The rules an incident policy sets. */
    public static final List<String> RULE_IDS = List.of("INC-001", "INC-002", "INC-003");

    public IncidentPolicy {
        stages = List.copyOf(stages);
        rules = Map.copyOf(rules);
    }

    /**
     * A stage: its id ({@code initial}, {@code intermediate}, {@code final}), its name, the deadlines (the earliest
     * one whose trigger is known applies) and the JSON Pointers into the report that must be filled in to submit it.
     */
    public record Stage(String id, LocalizedText name, List<Deadline> deadlines, List<String> required) {
        public Stage {
            deadlines = List.copyOf(deadlines);
            required = List.copyOf(required);
        }
    }

    /** Due {@code within} after {@code after}. */
    public record Deadline(Trigger after, Within within) {
    }

    public Stage stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst().orElse(null);
    }

    public int indexOf(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    public boolean enabled(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s != null && s.enabled();
    }

    public RuleSetting rule(String ruleId) {
        return rules.get(ruleId);
    }
}
