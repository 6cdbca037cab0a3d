package kr.drregistry.identity;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The designation fields an organisation declares (REGULATION.md thresholds are applied to them as data). */
public record DesignationUpdate(
        @PositiveOrZero Long dailyUsers,
        @DecimalMin("0") @DecimalMax("100") BigDecimal trafficSharePct,
        @DecimalMin("0") BigDecimal floorAreaM2,
        @DecimalMin("0") BigDecimal receivedPowerMw,
        @PositiveOrZero Long revenueKrw,
        @Email @Size(max = 320) String contactEmail,
        @NotNull Long version) {
}
