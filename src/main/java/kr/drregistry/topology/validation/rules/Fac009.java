package kr.drregistry.topology.validation.rules;

import java.util.List;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/** FAC-009 (drr/v2, high by default): power cables run through or over a battery room ({@code powerCablesInRoom}). */
public final class Fac009 implements Rule {
    public static final String ID = "FAC-009";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("배터리실을 지나는 전력 케이블", "Power cables through a battery room"),
                LocalizedText.of("배터리실을 지나거나 그 위로 전력 케이블이 지나갑니다(drr/v2 powerCablesInRoom).",
                        "Power cables run through or over a battery room (drr/v2 powerCablesInRoom)."),
                LocalizedText.of("전력 케이블을 배터리실 밖으로 옮기거나 내화 구획으로 분리하십시오.",
                        "Reroute the power cables outside the battery room or separate them with a fire-rated barrier."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        return Facilities.batteryRooms(ctx, ID, "안이나 위로 전력 케이블이 지나갑니다",
                "have power cables running through or over them",
                new Facilities.RoomCheck(r -> Boolean.TRUE.equals(r.powerCablesInRoom()),
                        r -> LocalizedText.of("전력 케이블 통과(" + r.chemistry() + ")",
                                "power cables in the room (" + r.chemistry() + ")"),
                        site -> LocalizedText.of(
                                site.id() + "의 전력 케이블을 배터리실 밖으로 옮기거나 내화 구획으로 분리하십시오.",
                                "Reroute the power cables of " + site.id()
                                        + " outside the battery room or separate them with a fire-rated barrier.")));
    }
}
