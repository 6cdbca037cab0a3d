package kr.drregistry.topology.validation.rules;

import java.util.List;

import kr.drregistry.topology.model.Facility.BatteryRoom;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * FAC-003 (medium by default): a battery room's BMS samples less often than every
 * {@code facility.maxBmsSamplingSeconds}, or a lithium room ({@link Facilities#lithium}, unknown chemistry
 * included) has no BMS at all. Other chemistries (e.g. lead-acid) are judged only on a stated sampling time.
 */
public final class Fac003 implements Rule {
    public static final String ID = "FAC-003";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        String n = Texts.num(policy.param(Policy.FACILITY_MAX_BMS_SAMPLING_SECONDS));
        return new RuleText(ID,
                LocalizedText.of("배터리실 BMS가 느리거나 없음", "Battery-room BMS too slow or missing"),
                LocalizedText.of(
                        "IDC 시설: 배터리실 BMS의 측정 주기가 " + n + "초보다 길거나, 리튬 배터리실(종류 미상 포함)에 BMS가 없습니다.",
                        "IDC facility: a battery room's BMS samples less often than every " + n
                                + " s, or a lithium room (unknown chemistry included) has no BMS."),
                LocalizedText.of(
                        "배터리실에 " + n + "초 이내로 측정하는 BMS와 조기 화재 감지를 갖추십시오.",
                        "Equip the battery rooms with a BMS sampling at least every " + n
                                + " s and early fire detection."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        double max = ctx.policy().param(Policy.FACILITY_MAX_BMS_SAMPLING_SECONDS);
        String limit = Texts.num(max);
        return Facilities.batteryRooms(ctx, ID, "배터리 관리 시스템(BMS) 기준(" + limit + "초 이내 측정)에 못 미칩니다",
                "fall short of the battery-management (BMS) criterion of sampling within " + limit + " s",
                new Facilities.RoomCheck(r -> violates(r, max),
                        r -> r.bmsSamplingSeconds() == null
                                ? LocalizedText.of("BMS 없음(" + r.chemistry() + ")", "no BMS (" + r.chemistry() + ")")
                                : LocalizedText.of("BMS 측정 주기 " + r.bmsSamplingSeconds() + "초(기준 " + limit + "초)",
                                        "BMS samples every " + r.bmsSamplingSeconds() + " s (limit " + limit + " s)"),
                        site -> LocalizedText.of(
                                site.id() + "의 배터리실에 " + limit + "초 이내로 측정하는 BMS와 조기 화재 감지를 갖추십시오.",
                                "Equip the battery rooms of " + site.id() + " with a BMS sampling at least every " + limit
                                        + " s and early fire detection.")));
    }

    private static boolean violates(BatteryRoom room, double maxSeconds) {
        if (room.bmsSamplingSeconds() == null) {
            return Facilities.lithium(room.chemistry());
        }
        return room.bmsSamplingSeconds() > maxSeconds;
    }
}
