package kr.drregistry.incident;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.incident.IncidentViews.IncidentSummary;
import kr.drregistry.incident.IncidentViews.IncidentView;
import kr.drregistry.incident.IncidentViews.NewIncident;
import kr.drregistry.incident.model.CauseCategory;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.platform.ProblemException;

/**
 * The incident pages: the operator's list with countdowns and the report form per stage with the timeline; the
 * regulator's list with due and overdue stages, and the same incident page read-only with acknowledge, request
 * information and close. Thin: every rule lives in {@link IncidentService}.
 */
@Path("/portal/incidents")
@Produces(MediaType.TEXT_HTML)
public class IncidentPages {
    @Inject
    IncidentService incidents;
    @Inject
    CurrentActor current;
    @Inject
    @io.quarkus.qute.i18n.Localized("ko")
    IncidentMessages ko;
    @Inject
    @io.quarkus.qute.i18n.Localized("en")
    IncidentMessages en;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<IncidentSummary> items, boolean regulator, boolean mayEdit,
                                            FormErrors errors, NewForm typed);

        static native TemplateInstance due(List<IncidentSummary> items);

        static native TemplateInstance incident(IncidentView i, IncidentForm form, FiledTopology topology, List<String> causes,
                                                boolean regulator, boolean mayEdit, boolean maySubmit, List<String> submittable,
                                                Notice notice, FormErrors errors);
    }

    /**
     * What the page confirms after a redirect ({@code ?notice=saved}, {@code submitted-initial}, {@code acknowledge},
     * …): what happened and, for a submission, the stage's name as the incident's policy gives it. Anything else in
     * the query shows no notice.
     */
    public record Notice(Kind kind, LocalizedText stage) {
        public enum Kind {
            SAVED, SUBMITTED, TIMELINE, ACKNOWLEDGE, REQUEST_INFORMATION, CLOSE
        }

        static Notice of(String param, IncidentView v) {
            if (param == null) {
                return null;
            }
            if (param.startsWith("submitted-")) {
                String stage = param.substring("submitted-".length());
                return new Notice(Kind.SUBMITTED, v.stages().stream().filter(s -> s.id().equals(stage))
                        .map(IncidentViews.StageView::name).findFirst().orElse(null));
            }
            for (Kind k : Kind.values()) {
                if (k.name().replace('_', '-').equalsIgnoreCase(param)) {
                    return k == Kind.SUBMITTED ? null : new Notice(k, null);
                }
            }
            return null;
        }
    }

    static final List<String> CAUSES = java.util.Arrays.stream(CauseCategory.values()).map(CauseCategory::wire).toList();

    @GET
    public TemplateInstance list() {
        Actor a = current.get();
        return Templates.list(incidents.list(false), false, a.isOperator() && a.mayEdit(), FormErrors.NONE, NewForm.EMPTY);
    }

    /** The dashboard tile (loaded by htmx): open incidents with their next due stage, overdue ones first. */
    @GET
    @Path("due")
    public TemplateInstance due() {
        List<IncidentSummary> open = incidents.list(true).stream().filter(s -> s.next() != null)
                .sorted(java.util.Comparator.comparing((IncidentSummary s) -> !s.overdue())
                        .thenComparing(s -> s.next().dueAt() == null ? Instant.MAX : s.next().dueAt()))
                .limit(5).toList();
        return Templates.due(open);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String detectedAt, @RestForm String occurredAt) {
        try {
            IncidentView v = incidents.create(new NewIncident(title, IncidentForm.instant(detectedAt), IncidentForm.instant(occurredAt), null, null));
            return Response.seeOther(URI.create("/portal/incidents/" + v.id())).build();
        } catch (ProblemException e) {
            if (e.status() >= 500 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            Actor a = current.get();
            return Response.status(e.status()).entity(Templates.list(incidents.list(false), false, a.mayEdit(),
                    FormErrors.of(FormErrors.Outcome.NOT_SAVED, e, NewForm::anchorOf, anchor -> LocalizedText.of(
                            NewForm.label(ko, anchor), NewForm.label(en, anchor))),
                    new NewForm(title, detectedAt, occurredAt))).build();
        }
    }

    /** What was typed into the form that opens an incident, shown again when it is refused (nothing is lost). */
    public record NewForm(String title, String detectedAt, String occurredAt) {
        static final NewForm EMPTY = new NewForm("", "", "");

        public NewForm {
            title = title == null ? "" : title;
            detectedAt = detectedAt == null ? "" : detectedAt;
            occurredAt = occurredAt == null ? "" : occurredAt;
        }

        /** The id of the control an error's JSON Pointer is about, or null for the form as a whole. */
        static String anchorOf(String pointer) {
            return switch (pointer == null ? "" : pointer) {
                case "/title" -> "ni-title";
                case "/detectedAt" -> "ni-detected";
                case "/occurredAt" -> "ni-occurred";
                default -> null;
            };
        }

        static String label(IncidentMessages m, String anchor) {
            return switch (anchor) {
                case "ni-title" -> m.field_title();
                case "ni-detected" -> m.field_detectedAt();
                default -> m.field_occurredAt();
            };
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance incident(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        IncidentView v = incidents.get(id);
        return page(v, IncidentForm.of(v.report()), notice, FormErrors.NONE);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        IncidentForm f = IncidentForm.of(form);
        String stage = form.getFirst("submitStage");
        Long draftVersion;
        try {
            draftVersion = Long.parseLong(form.getFirst("draftVersion"));
        } catch (NumberFormatException | NullPointerException e) {
            draftVersion = null;
        }
        boolean saved = false;
        try {
            incidents.saveDraft(id, f.toJson(), "application/json", draftVersion);
            saved = true;
            if (stage != null && !stage.isBlank()) {
                incidents.submitStage(id, stage);
                return Response.seeOther(URI.create("/portal/incidents/" + id + "?notice=submitted-" + stage)).build();
            }
            return Response.seeOther(URI.create("/portal/incidents/" + id + "?notice=saved")).build();
        } catch (ProblemException e) {
            if (e.status() == 403 || e.status() == 404 || e.status() >= 500) {
                throw e;
            }
            IncidentView v = incidents.get(id);
            return Response.status(e.status()).entity(page(v, f, null, formErrors(
                    saved ? FormErrors.Outcome.SAVED_NOT_SUBMITTED : FormErrors.Outcome.NOT_SAVED, e, f))).build();
        }
    }

    @POST
    @Path("{id}/timeline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response timeline(@PathParam("id") UUID id, @RestForm String at, @RestForm String text) {
        try {
            incidents.appendTimeline(id, IncidentForm.instant(at), text);
            return Response.seeOther(URI.create("/portal/incidents/" + id + "?notice=timeline#timeline")).build();
        } catch (ProblemException e) {
            if (e.status() == 403 || e.status() == 404 || e.status() >= 500) {
                throw e;
            }
            IncidentView v = incidents.get(id);
            IncidentForm f = IncidentForm.of(v.report());
            return Response.status(e.status()).entity(page(v, f, null, formErrors(FormErrors.Outcome.TIMELINE_NOT_ADDED, e, f)))
                    .build();
        }
    }

    /**
     * The errors of a refused form, each at the control it is about: a report field ({@link IncidentForm#fieldOf}),
     * the timeline entry's time and text, or the regulator's reason and due date.
     */
    FormErrors formErrors(FormErrors.Outcome outcome, ProblemException e, IncidentForm form) {
        return FormErrors.of(outcome, e, pointer -> {
            String field = form.fieldOf(pointer);
            if (field != null) {
                return IncidentForm.anchorOf(field);
            }
            return switch (pointer == null ? "" : pointer) {
                case "/at" -> "tl-at";
                case "/text" -> "tl-text";
                case "/reason" -> "ri-reason";
                case "/dueDate" -> "ri-due";
                case "/confirm" -> "cl-confirm";
                default -> null;
            };
        }, anchor -> LocalizedText.of(label(ko, anchor), label(en, anchor)));
    }

    /** The label the page shows for the control {@code anchor}. */
    static String label(IncidentMessages m, String anchor) {
        if (anchor.startsWith("rec-")) {
            return m.field_service_recovered() + " · " + anchor.substring(4);
        }
        if (anchor.startsWith("loss-")) {
            return m.field_service_loss() + " · " + anchor.substring(5);
        }
        return switch (anchor) {
            case "f-summary" -> m.field_summary();
            case "f-occurredAt" -> m.field_occurredAt();
            case "f-detectedAt" -> m.field_detectedAt();
            case "f-classifiedAt" -> m.field_classifiedAt();
            case "f-recoveredAt" -> m.field_recoveredAt();
            case "f-services" -> m.field_services();
            case "f-sites" -> m.field_sites();
            case "f-usersAffected" -> m.field_usersAffected();
            case "f-regions" -> m.field_regions();
            case "f-causeCategory" -> m.field_causeCategory();
            case "f-causeDescription" -> m.field_causeDescription();
            case "f-bcp" -> m.field_bcp();
            case "f-noticeFact" -> m.notice_heading() + " · " + m.field_noticeFact();
            case "f-noticeCause" -> m.notice_heading() + " · " + m.field_noticeCause();
            case "f-noticeResponse" -> m.notice_heading() + " · " + m.field_noticeResponse();
            case "f-noticeContact" -> m.notice_heading() + " · " + m.field_noticeContact();
            case "f-noticeSentAt" -> m.notice_heading() + " · " + m.field_noticeSentAt();
            case "f-noticeChannel" -> m.notice_heading() + " · " + m.field_noticeChannel();
            case "f-actions" -> m.field_actions();
            case "f-rootCauses" -> m.field_rootCauses();
            case "f-resolution" -> m.field_resolution();
            case "f-recurrencePrevention" -> m.field_recurrencePrevention();
            case "f-costsKrw" -> m.field_costsKrw();
            case "f-costsDescription" -> m.field_costsDescription();
            case "f-recurring" -> m.field_recurring();
            case "tl-at" -> m.field_timeline_at();
            case "tl-text" -> m.field_timeline_text();
            case "ri-reason" -> m.field_reason();
            case "ri-due" -> m.field_info_due();
            case "cl-confirm" -> m.field_close_confirm();
            default -> anchor;
        };
    }

    TemplateInstance page(IncidentView v, IncidentForm form, String notice, FormErrors errors) {
        Actor a = current.get();
        boolean operator = a.isOperator();
        boolean open = v.status() != kr.drregistry.filing.FilingStatus.ACCEPTED;
        List<String> submittable = new java.util.ArrayList<>();
        if (operator && open) {
            for (var s : v.stages()) {
                submittable.add(s.id());
                if (s.submittedAt() == null) {
                    break;
                }
            }
        }
        return Templates.incident(v, form, operator ? incidents.topologyFor(v.id()) : null, CAUSES, !operator,
                operator && a.mayEdit() && open, operator && a.maySubmit() && open, submittable, Notice.of(notice, v), errors);
    }

    static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Whole minutes between now and due, cut toward zero; negative when overdue (as static/countdown.js). */
    static String countdown(Instant due, Instant now, IncidentMessages m) {
        long minutes = java.time.Duration.between(now, due).toMinutes();
        boolean over = minutes < 0;
        long a = Math.abs(minutes);
        long d = a / 1440;
        long h = (a % 1440) / 60;
        long min = a % 60;
        List<String> parts = new java.util.ArrayList<>();
        if (d > 0) {
            parts.add(m.cd_days(String.valueOf(d)));
        }
        if (d > 0 || h > 0) {
            parts.add(m.cd_hours(String.valueOf(h)));
        }
        parts.add(m.cd_minutes(String.valueOf(min)));
        String t = String.join(" ", parts);
        return over ? m.cd_over(t) : m.cd_left(t);
    }

    /**
     * Countdowns in templates: {@code {s.dueAt.countdown(inject:ui.lang)}} → "2시간 10분 남음" / "2 h 10 min left" /
     * "35분 지남" / "overdue by 35 min", from the {@code cd_*} texts of the incident bundle. The browser recomputes the same
     * text every 30 s from the same texts ({@code tags/countdown.html}, {@code static/countdown.js}).
     */
    @TemplateExtension
    static class Extensions {
        static String countdown(Instant due, String lang) {
            return due == null ? "" : IncidentPages.countdown(due, now(), io.quarkus.qute.i18n.MessageBundles.get(IncidentMessages.class,
                    io.quarkus.qute.i18n.Localized.Literal.of("en".equals(lang) ? "en" : "ko")));
        }

        /** {@code {i.dueAt.local}} → the Korean local date-time for a datetime-local input. */
        static String local(Instant at) {
            return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at.atZone(IncidentForm.SEOUL));
        }

        /** {@code {clock:now}}: when the page is rendered, so that countdowns in the browser follow the server's clock. */
        @TemplateExtension(namespace = "clock")
        static Instant now() {
            return io.quarkus.arc.Arc.container().instance(java.time.InstantSource.class).get().instant();
        }
    }
}
