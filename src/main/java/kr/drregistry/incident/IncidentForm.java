package kr.drregistry.incident;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The report form of the portal: field values as the page shows them (times as Korean local date-times) and their
 * conversion to and from the incident/v1 JSON. A time the browser sends without a zone is Korean time.
 */
public record IncidentForm(Map<String, String> values, List<String> services, List<String> sites,
                           Map<String, String> serviceLoss, Map<String, String> serviceRecovered) {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> TEXT_FIELDS = List.of("summary", "occurredAt", "detectedAt", "classifiedAt", "recoveredAt",
            "usersAffected", "regions", "causeCategory", "causeDescription", "bcp", "noticeFact", "noticeCause", "noticeResponse",
            "noticeContact", "noticeSentAt", "noticeChannel", "actions", "rootCauses", "resolution", "recurrencePrevention",
            "costsKrw", "costsDescription", "recurring");

    /** A field as a reader sees it: times as "2026-10-15 15:33" (Korean time), "—" when empty. */
    public String shown(String name) {
        String v = v(name);
        return v.isEmpty() ? "—" : v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}") ? v.replace('T', ' ') : v;
    }

    /** A service's recovery time as a reader sees it ("" when not given). */
    public String recoveredShown(String id) {
        return recovered(id).replace('T', ' ');
    }

    /** The users affected as a number, null when not given or not a number. */
    public Long usersAffected() {
        String v = v("usersAffected").replace(",", "");
        return v.matches("[0-9]{1,18}") ? Long.valueOf(v) : null;
    }

    /** The value of a field ("" when empty), for {@code value="{form.v('summary')}"}. */
    public String v(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean service(String id) {
        return services.contains(id);
    }

    public boolean site(String id) {
        return sites.contains(id);
    }

    public String loss(String id) {
        return serviceLoss.getOrDefault(id, "");
    }

    public String recovered(String id) {
        return serviceRecovered.getOrDefault(id, "");
    }

    /**
     * Where an error about {@code pointer} (a JSON Pointer into the incident/v1 document this form makes) sits on the
     * page: the form field's name as in {@link #TEXT_FIELDS} ({@code summary}, {@code causeCategory}, …), {@code services}
     * or {@code sites} for the fieldsets, {@code service_recovered:<id>} or {@code service_loss:<id>} for one service's
     * inputs; null when the error is about the whole report.
     */
    public String fieldOf(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return null;
        }
        String[] p = pointer.substring(1).split("/");
        String second = p.length > 1 ? p[1] : null;
        return switch (p[0]) {
            case "summary", "occurredAt", "detectedAt", "classifiedAt", "recoveredAt", "usersAffected", "regions",
                 "actions" -> p[0];
            case "continuityPlanActivated" -> "bcp";
            case "cause" -> "description".equals(second) ? "causeDescription" : "causeCategory";
            case "userNotice" -> second == null ? "noticeFact" : switch (second) {
                case "cause" -> "noticeCause";
                case "response" -> "noticeResponse";
                case "contact" -> "noticeContact";
                case "sentAt" -> "noticeSentAt";
                case "channel" -> "noticeChannel";
                default -> "noticeFact";
            };
            case "final" -> second == null ? "rootCauses" : switch (second) {
                case "resolution", "recurrencePrevention", "recurring", "rootCauses" -> second;
                case "costs" -> p.length > 2 && "description".equals(p[2]) ? "costsDescription" : "costsKrw";
                default -> "rootCauses";
            };
            case "affectedSites" -> "sites";
            case "affectedServices" -> serviceField(second, p.length > 2 ? p[2] : null);
            default -> null;
        };
    }

    private String serviceField(String index, String member) {
        int i;
        try {
            i = index == null ? -1 : Integer.parseInt(index);
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= services.size() || member == null || member.equals("id")) {
            return "services";
        }
        return switch (member) {
            case "recoveredAt" -> "service_recovered:" + services.get(i);
            case "dataLossMinutes" -> "service_loss:" + services.get(i);
            default -> "services";
        };
    }

    /** The id of the page element a field of {@link #fieldOf} is: {@code f-summary}, {@code rec-talk}, {@code loss-talk}. */
    public static String anchorOf(String field) {
        if (field.startsWith("service_recovered:")) {
            return "rec-" + field.substring("service_recovered:".length());
        }
        if (field.startsWith("service_loss:")) {
            return "loss-" + field.substring("service_loss:".length());
        }
        return "f-" + field;
    }

    /** The form as posted. */
    static IncidentForm of(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : TEXT_FIELDS) {
            String v = form.getFirst(f);
            values.put(f, v == null ? "" : v.strip());
        }
        Map<String, String> loss = new LinkedHashMap<>();
        Map<String, String> rec = new LinkedHashMap<>();
        List<String> services = form.getOrDefault("service", List.of());
        for (String s : services) {
            loss.put(s, nz(form.getFirst("loss-" + s)));
            rec.put(s, nz(form.getFirst("recovered-" + s)));
        }
        return new IncidentForm(values, List.copyOf(services), List.copyOf(form.getOrDefault("site", List.of())), loss, rec);
    }

    /** The form filled from a report (canonical incident/v1 JSON tree), null giving an empty form. */
    static IncidentForm of(JsonNode r) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> services = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        Map<String, String> loss = new LinkedHashMap<>();
        Map<String, String> rec = new LinkedHashMap<>();
        if (r != null) {
            values.put("summary", text(r.path("summary")));
            for (String t : List.of("occurredAt", "detectedAt", "classifiedAt", "recoveredAt")) {
                values.put(t, local(text(r.path(t))));
            }
            values.put("usersAffected", text(r.path("usersAffected")));
            List<String> regions = new ArrayList<>();
            r.path("regions").forEach(n -> regions.add(n.asText()));
            values.put("regions", String.join(", ", regions));
            values.put("causeCategory", text(r.path("cause").path("category")));
            values.put("causeDescription", text(r.path("cause").path("description")));
            values.put("bcp", r.path("continuityPlanActivated").isBoolean() ? (r.path("continuityPlanActivated").asBoolean() ? "yes" : "no") : "");
            JsonNode n = r.path("userNotice");
            values.put("noticeFact", text(n.path("fact")));
            values.put("noticeCause", text(n.path("cause")));
            values.put("noticeResponse", text(n.path("response")));
            values.put("noticeContact", text(n.path("contact")));
            values.put("noticeSentAt", local(text(n.path("sentAt"))));
            values.put("noticeChannel", text(n.path("channel")));
            List<String> lines = new ArrayList<>();
            for (JsonNode a : r.path("actions")) {
                String at = local(text(a.path("at")));
                lines.add((at.isEmpty() ? "" : at.replace('T', ' ') + " ") + text(a.path("description")));
            }
            values.put("actions", String.join("\n", lines));
            JsonNode f = r.path("final");
            values.put("rootCauses", text(f.path("rootCauses")));
            values.put("resolution", text(f.path("resolution")));
            values.put("recurrencePrevention", text(f.path("recurrencePrevention")));
            values.put("costsKrw", text(f.path("costs").path("amountKrw")));
            values.put("costsDescription", text(f.path("costs").path("description")));
            values.put("recurring", f.path("recurring").isBoolean() ? (f.path("recurring").asBoolean() ? "yes" : "no") : "");
            for (JsonNode s : r.path("affectedServices")) {
                String id = s.path("id").asText();
                services.add(id);
                loss.put(id, text(s.path("dataLossMinutes")));
                rec.put(id, local(text(s.path("recoveredAt"))));
            }
            r.path("affectedSites").forEach(s -> sites.add(s.asText()));
        }
        return new IncidentForm(values, services, sites, loss, rec);
    }

    /**
     * The report as incident/v1 JSON. Values that cannot be converted are passed through as text, so that the strict
     * reader refuses them with the field's JSON Pointer (a number field with letters, a malformed time).
     */
    byte[] toJson() {
        ObjectNode o = JSON.createObjectNode();
        text(o, "summary", v("summary"));
        for (String t : List.of("occurredAt", "detectedAt", "classifiedAt", "recoveredAt")) {
            time(o, t, v(t));
        }
        if (!services.isEmpty()) {
            ArrayNode a = o.putArray("affectedServices");
            for (String s : services) {
                ObjectNode n = a.addObject().put("id", s);
                time(n, "recoveredAt", recovered(s));
                number(n, "dataLossMinutes", loss(s));
            }
        }
        if (!sites.isEmpty()) {
            sites.forEach(o.putArray("affectedSites")::add);
        }
        number(o, "usersAffected", v("usersAffected").replace(",", ""));
        if (!v("regions").isEmpty()) {
            ArrayNode a = o.putArray("regions");
            for (String r : v("regions").split(",")) {
                if (!r.isBlank()) {
                    a.add(r.strip());
                }
            }
        }
        if (!v("causeCategory").isEmpty() || !v("causeDescription").isEmpty()) {
            ObjectNode c = o.putObject("cause");
            text(c, "category", v("causeCategory"));
            text(c, "description", v("causeDescription"));
        }
        bool(o, "continuityPlanActivated", v("bcp"));
        if (List.of("noticeFact", "noticeCause", "noticeResponse", "noticeContact", "noticeSentAt", "noticeChannel").stream()
                .anyMatch(k -> !v(k).isEmpty())) {
            ObjectNode n = o.putObject("userNotice");
            text(n, "fact", v("noticeFact"));
            text(n, "cause", v("noticeCause"));
            text(n, "response", v("noticeResponse"));
            text(n, "contact", v("noticeContact"));
            time(n, "sentAt", v("noticeSentAt"));
            text(n, "channel", v("noticeChannel"));
        }
        if (!v("actions").isBlank()) {
            ArrayNode a = o.putArray("actions");
            for (String line : v("actions").split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode n = a.addObject();
                String l = line.strip();
                if (l.length() > 17 && l.substring(0, 16).matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}")) {
                    time(n, "at", l.substring(0, 16).replace(' ', 'T'));
                    l = l.substring(16).strip();
                }
                n.put("description", l);
            }
        }
        if (List.of("rootCauses", "resolution", "recurrencePrevention", "costsKrw", "costsDescription", "recurring").stream()
                .anyMatch(k -> !v(k).isEmpty())) {
            ObjectNode f = o.putObject("final");
            text(f, "rootCauses", v("rootCauses"));
            text(f, "resolution", v("resolution"));
            text(f, "recurrencePrevention", v("recurrencePrevention"));
            if (!v("costsKrw").isEmpty() || !v("costsDescription").isEmpty()) {
                ObjectNode c = f.putObject("costs");
                number(c, "amountKrw", v("costsKrw").replace(",", ""));
                text(c, "description", v("costsDescription"));
            }
            bool(f, "recurring", v("recurring"));
        }
        try {
            return JSON.writeValueAsBytes(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Korean local date-time from the page ("2026-10-15T15:33") as an instant; null when empty or malformed. */
    static Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(SEOUL).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void text(ObjectNode o, String name, String v) {
        if (!v.isEmpty()) {
            o.put(name, v);
        }
    }

    private static void time(ObjectNode o, String name, String v) {
        if (v.isEmpty()) {
            return;
        }
        Instant at = instant(v);
        o.put(name, at == null ? v : at.atZone(SEOUL).toOffsetDateTime().toString());
    }

    private static void number(ObjectNode o, String name, String v) {
        if (v.isEmpty()) {
            return;
        }
        try {
            o.put(name, Long.parseLong(v));
        } catch (NumberFormatException e) {
            o.put(name, v);
        }
    }

    private static void bool(ObjectNode o, String name, String v) {
        if ("yes".equals(v)) {
            o.put(name, true);
        } else if ("no".equals(v)) {
            o.put(name, false);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "" : n.asText();
    }

    private static String local(String instant) {
        if (instant.isEmpty()) {
            return "";
        }
        try {
            return LOCAL.format(Instant.parse(instant).atZone(SEOUL));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
