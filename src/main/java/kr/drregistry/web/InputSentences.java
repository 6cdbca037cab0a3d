package kr.drregistry.web;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kr.drregistry.platform.PlatformMessages;
import kr.drregistry.platform.PlatformMessages.JsonType;

/**
 * The sentence of one field's error in a problem document, from the {@code platform} bundle so that it is Korean in
 * {@code messageKo} and English in {@code message} whatever language the validator or the JSON parser speaks: a
 * Bean Validation constraint by its kind and limits, a JSON value by the type it should have had.
 */
final class InputSentences {
    private InputSentences() {
    }

    /** The sentence of a violated constraint, given the constraint and its attributes. */
    static Function<PlatformMessages, String> constraint(Annotation constraint, Map<String, Object> attributes) {
        Class<? extends Annotation> kind = constraint.annotationType();
        if (kind == NotNull.class) {
            return PlatformMessages::constraint_required;
        }
        if (kind == NotBlank.class || kind == NotEmpty.class) {
            return PlatformMessages::constraint_not_blank;
        }
        if (kind == Size.class) {
            String max = String.valueOf(attributes.get("max"));
            return m -> m.constraint_max_length(max);
        }
        if (kind == Max.class || kind == DecimalMax.class) {
            String value = String.valueOf(attributes.get("value"));
            return m -> m.constraint_at_most(value);
        }
        if (kind == Min.class || kind == DecimalMin.class) {
            String value = String.valueOf(attributes.get("value"));
            return m -> m.constraint_at_least(value);
        }
        if (kind == PositiveOrZero.class) {
            return m -> m.constraint_at_least("0");
        }
        if (kind == Positive.class) {
            return m -> m.constraint_at_least("1");
        }
        if (kind == Digits.class) {
            String integer = String.valueOf(attributes.get("integer"));
            String fraction = String.valueOf(attributes.get("fraction"));
            return m -> m.constraint_digits(integer, fraction);
        }
        if (kind == Email.class) {
            return PlatformMessages::constraint_email;
        }
        return PlatformMessages::constraint_other;
    }

    /** What a JSON value of {@code target} type is (OTHER when the type is unknown or not a plain one). */
    static JsonType jsonType(Class<?> target) {
        if (target == null) {
            return JsonType.OTHER;
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class || target == BigInteger.class) {
            return JsonType.INTEGER;
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class || target == BigDecimal.class) {
            return JsonType.NUMBER;
        }
        if (target == Boolean.class || target == boolean.class) {
            return JsonType.BOOLEAN;
        }
        if (target == String.class || CharSequence.class.isAssignableFrom(target) || target.isEnum()) {
            return JsonType.TEXT;
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return JsonType.LIST;
        }
        if (target == Instant.class || target == OffsetDateTime.class || target == ZonedDateTime.class) {
            return JsonType.DATE_TIME;
        }
        if (target == LocalDate.class) {
            return JsonType.DATE;
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return JsonType.OBJECT;
        }
        return JsonType.OTHER;
    }
}
