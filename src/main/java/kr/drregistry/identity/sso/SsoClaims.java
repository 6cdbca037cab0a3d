package kr.drregistry.identity.sso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kr.drregistry.identity.OrganisationKind;
import kr.drregistry.identity.Roles;

/**
 * Reads the organisation and roles out of verified ID-token claims and maps them onto DR Registry's roles. Plain
 * Java: claim values arrive as {@link String}, {@link List} and {@link Map} (nested claims such as Keycloak's
 * {@code realm_access/roles} are addressed with {@code /}).
 */
public final class SsoClaims {
    private SsoClaims() {
    }

    /** The value at {@code path} ("organisation", "realm_access/roles"), or null. */
    public static Object at(Map<String, ?> claims, String path) {
        Object current = claims;
        for (String part : path.split("/")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** Every string value of a claim: a JSON array, or one string of names separated by spaces or commas. */
    public static List<String> values(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof String s) {
            for (String part : s.split("[\\s,]+")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        } else if (claim instanceof Collection<?> c) {
            for (Object o : c) {
                if (o instanceof String s && !s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** The one organisation slug in a claim; null when missing or when it names several organisations. */
    public static String organisation(Object claim) {
        List<String> v = values(claim);
        return v.size() == 1 ? v.get(0).toLowerCase(Locale.ROOT) : null;
    }

    /** The roles an organisation of this kind can hold. */
    public static Set<String> rolesFor(OrganisationKind kind) {
        return kind.isOperator() ? Set.of(Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER)
                : Set.of(Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD, Roles.ADMIN);
    }

    /** Which claimed roles are granted (known and fitting the organisation's kind) and which are ignored. */
    public static RoleMapping mapRoles(List<String> claimed, OrganisationKind kind) {
        Set<String> fitting = rolesFor(kind);
        Set<String> granted = new LinkedHashSet<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (String r : claimed) {
            (fitting.contains(r) ? granted : ignored).add(r);
        }
        // stored in the order of Roles.ALL, so that comparing two role lists is comparing two strings
        List<String> ordered = Roles.ALL.stream().filter(granted::contains).toList();
        return new RoleMapping(ordered, List.copyOf(ignored));
    }

    /** Granted roles (in {@link Roles#ALL} order) and ignored ones. */
    public record RoleMapping(List<String> granted, List<String> ignored) {
        public String stored() {
            return String.join(",", granted);
        }
    }

    /**
     * A local user name for a new OIDC account: the preferred user name (or e-mail local part) reduced to the
     * characters user names allow; "sso-" and a hash of the subject when nothing usable is left.
     */
    public static String baseUsername(String preferredUsername, String email, String subject) {
        String candidate = preferredUsername != null && !preferredUsername.isBlank() ? preferredUsername
                : email != null && email.contains("@") ? email.substring(0, email.indexOf('@')) : "";
        String s = candidate.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        if (s.length() > 56) {
            s = s.substring(0, 56);
        }
        if (s.isEmpty()) {
            s = "sso-" + sha256(subject).substring(0, 12);
        }
        return s;
    }

    /** The n-th alternative when {@code base} is taken: base-2, base-3, … */
    public static String alternative(String base, int n) {
        return base + "-" + n;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
