package kr.drregistry.topology.validation.rules;

import java.util.List;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/** FAC-002 (high by default): a battery room holds more than {@code facility.maxMwhPerCompartment} MWh in one fire compartment. */
public final class Fac002 implements Rule {
    public static final String ID = "FAC-002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        String n = Texts.num(policy.param(Policy.FACILITY_MAX_MWH_PER_COMPARTMENT));
        return new RuleText(ID,
                LocalizedText.of("방화구획당 배터리 용량 초과", "Too much battery energy per fire compartment"),
                LocalizedText.of(
                        "IDC 시설: 배터리실의 방화구획 하나에 " + n + " MWh를 넘는 배터리가 있습니다.",
                        "IDC facility: a battery room holds more than " + n + " MWh in one fire compartment."),
                LocalizedText.of(
                        "배터리를 방화구획당 " + n + " MWh 이하로 나누고 구획 사이 간격을 두십시오.",
                        "Split the batteries into fire compartments of at most " + n
                                + " MWh each, with spacing between them."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        double max = ctx.policy().param(Policy.FACILITY_MAX_MWH_PER_COMPARTMENT);
        String limit = Texts.num(max);
        return Facilities.batteryRooms(ctx, ID, "방화구획당 " + limit + " MWh를 넘습니다",
                "hold more than " + limit + " MWh per fire compartment",
                new Facilities.RoomCheck(r -> r.mwhPerCompartment() > max,
                        r -> LocalizedText.of("방화구획당 " + Texts.num(r.mwhPerCompartment()) + " MWh(기준 " + limit + " MWh)",
                                Texts.num(r.mwhPerCompartment()) + " MWh per compartment (limit " + limit + " MWh)"),
                        site -> LocalizedText.of(
                                site.id() + "의 배터리를 방화구획당 " + limit + " MWh 이하로 나누고 구획 사이 간격을 두십시오.",
                                "Split the batteries of " + site.id() + " into fire compartments of at most " + limit
                                        + " MWh each, with spacing between them.")));
    }
}
