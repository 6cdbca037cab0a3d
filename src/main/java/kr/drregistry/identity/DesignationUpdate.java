package kr.drregistry.identity;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The designation figures an organisation declares (REGULATION.md thresholds are applied to them as data), as a whole:
 * a field left out is "not declared". {@code reason} says why they change (kept in the history); {@code version} is
 * the organisation's version the change starts from (a stale one is refused). The limits are the database columns'.
 */
public record DesignationUpdate(
        @PositiveOrZero @Max(10_000_000_000L) Long dailyUsers,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal trafficSharePct,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal floorAreaM2,
        @DecimalMin("0") @Digits(integer = 7, fraction = 3) BigDecimal receivedPowerMw,
        @PositiveOrZero @Max(1_000_000_000_000_000L) Long revenueKrw,
        @Email @Size(max = 320) String contactEmail,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull Long version) {

    /** The figures themselves, without reason and version. */
    public DesignationFigures figures() {
        return new DesignationFigures(dailyUsers, trafficSharePct, floorAreaM2, receivedPowerMw, revenueKrw,
                contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip());
    }
}
