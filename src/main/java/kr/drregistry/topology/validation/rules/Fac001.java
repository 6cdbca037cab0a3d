package kr.drregistry.topology.validation.rules;

import java.util.List;

import kr.drregistry.topology.model.Facility.BatteryRoom;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/** FAC-001 (high by default): a battery room shares space with UPS or other electrical equipment. */
public final class Fac001 implements Rule {
    public static final String ID = "FAC-001";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("배터리실이 전기설비와 같은 공간", "Battery room shares space with electrical equipment"),
                LocalizedText.of(
                        "IDC 시설: 배터리실이 UPS나 다른 전기설비와 같은 공간에 있습니다.",
                        "IDC facility: a battery room shares space with UPS or other electrical equipment."),
                LocalizedText.of(
                        "배터리를 UPS·전기설비·전력 케이블과 분리된 별도 방화구획으로 옮기십시오.",
                        "Move the batteries into a separate fire compartment away from UPS, other electrical "
                                + "equipment and power cables."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        return Facilities.batteryRooms(ctx, ID, "UPS 등 전기설비와 공간을 함께 씁니다",
                "share space with UPS or other electrical equipment",
                new Facilities.RoomCheck(BatteryRoom::sharesSpaceWithElectrical,
                        r -> LocalizedText.of("전기설비와 같은 공간(" + r.chemistry() + ")",
                                "same space as electrical equipment (" + r.chemistry() + ")"),
                        site -> LocalizedText.of(
                                site.id() + "의 배터리를 UPS·전기설비·전력 케이블과 분리된 별도 방화구획으로 옮기십시오.",
                                "Move the batteries of " + site.id() + " into a separate fire compartment away from "
                                        + "UPS, other electrical equipment and power cables.")));
    }
}
