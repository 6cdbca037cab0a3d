package kr.drregistry.incident.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The incident reporting policies shipped on the classpath: the Korean default first, then the DORA-style one. */
public final class IncidentPolicies {
    public static final String KOREAN = "/policy/incident-kr-2026.json";
    public static final String DORA = "/policy/incident-dora-2025.json";

    private static final List<IncidentPolicy> SHIPPED = List.of(load(KOREAN), load(DORA));

    private IncidentPolicies() {
    }

    /** Every shipped policy; the first is the default for new incidents. */
    public static List<IncidentPolicy> shipped() {
        return SHIPPED;
    }

    public static IncidentPolicy korean() {
        return SHIPPED.get(0);
    }

    public static IncidentPolicy dora() {
        return SHIPPED.get(1);
    }

    private static IncidentPolicy load(String resource) {
        try (InputStream in = IncidentPolicies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("incident policy " + resource + " is missing from the classpath");
            }
            return IncidentPolicyJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
