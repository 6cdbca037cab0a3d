package kr.drregistry.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API route ({@code /api/...}), declared on every resource method (or its class) and enforced by one
 * filter ({@link ApiAccessFilter}) before the method runs:
 * <ul>
 * <li>{@link #token()}: the scope an organisation's API token must carry ({@code read}, {@code validate},
 * {@code submit}), {@link Scope#ANY} for any token, {@link Scope#DENIED} for routes people use only (tokens, audit,
 * review moves, policy publication, designation changes);</li>
 * <li>{@link #people()}: the roles of which a person (session, Basic) needs one; empty: any signed-in person.</li>
 * </ul>
 * A route without this annotation is refused to every caller on {@code /api} (default deny). The service layer still
 * decides whose data (tenancy, {@link TenantScope}) and the finer rules; this is the coarse gate that a new route
 * cannot forget: {@code RouteAccessTest} lists every route with its scope and roles.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiAccess {
    Scope token();

    String[] people() default {};

    /** What an API token needs. */
    enum Scope {
        READ("read"), VALIDATE("validate"), SUBMIT("submit"),
        /** Read other organisations' accepted facility sites, nothing else (an offline validator in an operator's CI). */
        FACILITIES("facilities"),
        /** Any valid token (who am I). */
        ANY(null),
        /** Not for tokens: people only. */
        DENIED(null);

        private final String name;

        Scope(String name) {
            this.name = name;
        }

        /** The scope as tokens store it ({@code read}…), or null for ANY and DENIED. */
        public String scopeName() {
            return name;
        }
    }
}
