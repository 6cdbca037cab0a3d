package kr.drregistry.topology.validation.rules;

import java.util.List;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/** FAC-008 (drr/v2, high by default): a battery room shares space with servers ({@code sharesSpaceWithServers}). */
public final class Fac008 implements Rule {
    public static final String ID = "FAC-008";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("배터리실에 IT 장비", "IT equipment in a battery room"),
                LocalizedText.of("배터리실에 서버 등 IT 장비가 함께 있습니다(drr/v2 sharesSpaceWithServers).",
                        "A battery room holds servers or other IT equipment (drr/v2 sharesSpaceWithServers)."),
                LocalizedText.of("IT 장비를 배터리실 밖, 별도 방화구획으로 옮기십시오.",
                        "Move the IT equipment out of the battery room into a separate fire compartment."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        return Facilities.batteryRooms(ctx, ID, "서버 등 IT 장비와 공간을 함께 씁니다",
                "share space with servers or other IT equipment",
                new Facilities.RoomCheck(r -> Boolean.TRUE.equals(r.sharesSpaceWithServers()),
                        r -> LocalizedText.of("서버와 같은 공간(" + r.chemistry() + ")",
                                "same space as servers (" + r.chemistry() + ")"),
                        site -> LocalizedText.of(
                                site.id() + "의 서버·IT 장비를 배터리실 밖 별도 방화구획으로 옮기십시오.",
                                "Move the servers and IT equipment of " + site.id()
                                        + " out of the battery room into a separate fire compartment.")));
    }
}
