package kr.drregistry.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingEvents;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.Roles;

/**
 * E-mail notifications (SMTP through the Quarkus mailer), Korean first and English second in one message:
 * operators hear of every reviewer decision and change request, reviewers of every new submission (the assigned
 * reviewer, otherwise all reviewers), and operators are reminded before a change request falls due. Each mail is
 * claimed in the {@code notification} table first (unique per kind, filing and occasion), so replicas never send the
 * same reminder twice; a failed send is kept with its error, counted in {@code drr_mail_failures_total} and tried again
 * by the next reminder run, and never undoes the filing change that caused it.
 */
@ApplicationScoped
public class Notifications {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    private static final Logger LOG = Logger.getLogger(Notifications.class);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    ReactiveMailer mailer;
    @Inject
    EntityManager em;
    @Inject
    FilingQueries filingQueries;
    @Inject
    MeterRegistry metrics;
    @Inject
    @Location("mail/decided.txt")
    Template decidedMail;
    @Inject
    @Location("mail/submitted.txt")
    Template submittedMail;
    @Inject
    @Location("mail/reminder.txt")
    Template reminderMail;

    @ConfigProperty(name = "drr.mail.enabled")
    boolean enabled;
    @ConfigProperty(name = "drr.mail.base-url")
    String baseUrl;
    /** How long one attempt may take: the blocking mailer would wait for a stalled SMTP conversation without end. */
    @ConfigProperty(name = "drr.mail.send-timeout")
    java.time.Duration sendTimeout;
    @ConfigProperty(name = "drr.mail.reminder-days")
    List<Integer> reminderDays;

    /**
     * Mails go out on their own threads, after the filing's transaction committed: a slow or unreachable SMTP server
     * never holds up a submission or a decision. No context is carried over (the request's transaction is over).
     */
    private final org.eclipse.microprofile.context.ManagedExecutor sender = org.eclipse.microprofile.context.ManagedExecutor
            .builder().maxAsync(2).propagated().cleared(org.eclipse.microprofile.context.ThreadContext.ALL_REMAINING).build();

    @Inject
    Notifications self;

    void onDecided(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilingEvents.Decided e) {
        if (!"START_REVIEW".equals(e.decision())) {
            sender.runAsync(() -> self.decided(e)).exceptionally(t -> failed("decided", t));
        }
    }

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilingEvents.Submitted e) {
        sender.runAsync(() -> self.submitted(e)).exceptionally(t -> failed("submitted", t));
    }

    private Void failed(String kind, Throwable t) {
        metrics.counter("drr_mail_failures", "kind", kind).increment();
        LOG.errorf(t, "could not prepare the %s mail", kind);
        return null;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        sender.shutdown();
    }

    @Transactional
    void decided(FilingEvents.Decided e) {
        Filing f = filingQueries.filing(e.filingId());
        Organisation org = Organisation.findById(f.organisationId);
        List<String> to = operators(f.organisationId);
        String subject = "[DR 레지스트리] " + f.title + " v" + e.version() + ": " + DecisionText.ko(e.decision())
                + " / " + DecisionText.en(e.decision());
        String body = decidedMail.data("filing", f).data("org", org).data("e", e).data("url", link(f))
                .data("decisionKo", DecisionText.ko(e.decision())).data("decisionEn", DecisionText.en(e.decision())).render();
        deliver("decided", f.id, "v" + e.version() + ":" + e.decision() + ":" + clock.instant().toEpochMilli(), to, subject, body);
    }

    @Transactional
    void submitted(FilingEvents.Submitted e) {
        Filing f = filingQueries.filing(e.filingId());
        Organisation org = Organisation.findById(f.organisationId);
        List<String> to = f.assignedTo != null ? emailsOf(List.of(f.assignedTo)) : reviewers();
        String subject = "[DR 레지스트리] 새 제출 New submission: " + org.nameKo + " — " + f.title + " v" + e.version();
        String body = submittedMail.data("filing", f).data("org", org).data("e", e).data("url", baseUrl + "/filings/" + f.id
                + "/versions/" + e.version()).render();
        deliver("submitted", f.id, "v" + e.version(), to, subject, body);
    }

    /** Reminds operators of change requests falling due in one of {@code drr.mail.reminder-days} days (daily). */
    @Scheduled(cron = "{drr.mail.reminder-cron}", timeZone = "Asia/Seoul", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReminders() {
        remind(kr.drregistry.platform.SystemClock.today(clock));
    }

    /** Sends the reminders due on {@code today}; returns how many mails were sent. */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (FilingQueries.ChangesDue row : filingQueries.changesDueBetween(today,
                today.plusDays(reminderDays.stream().mapToInt(Integer::intValue).max().orElse(0)))) {
            UUID id = row.filingId();
            LocalDate dueDate = row.dueDate();
            long days = java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
            if (!reminderDays.contains((int) days)) {
                continue;
            }
            Filing f = filingQueries.filing(id);
            Organisation org = Organisation.findById(f.organisationId);
            String subject = "[DR 레지스트리] 보완 기한 " + days + "일 전 / Changes due in " + days + " day(s): " + f.title;
            String body = reminderMail.data("filing", f).data("org", org).data("due", dueDate).data("days", days)
                    .data("url", link(f)).render();
            if (deliver("reminder", f.id, "due:" + dueDate + ":" + days, operators(f.organisationId), subject, body)) {
                sent++;
            }
        }
        return sent;
    }

    private String link(Filing f) {
        return baseUrl + "/portal/filings/" + f.id;
    }

    /** Claims the occasion, then sends; false when it was claimed before (already sent) or there is nobody to tell. */
    boolean deliver(String kind, UUID filingId, String occasion, List<String> to, String subject, String body) {
        if (to.isEmpty()) {
            LOG.warnf("no recipient with an e-mail address for %s of filing %s", kind, filingId);
            return false;
        }
        UUID id = claim(kind, filingId, occasion, to, subject);
        if (id == null) {
            return false;
        }
        if (!enabled) {
            LOG.debugf("mail disabled (drr.mail.enabled=false): would send '%s' to %s", subject, to);
            return false;
        }
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
            try {
                mailer.send(Mail.withText(to.get(0), subject, body).setTo(to)).await().atMost(sendTimeout);
                mark(id, null);
                return true;
            } catch (RuntimeException e) {
                failure = e;
                if (attempt < SEND_ATTEMPTS) {
                    LOG.warnf("sending '%s' failed (%s); trying once more on a new connection", subject, e.getMessage());
                }
            }
        }
        metrics.counter("drr_mail_failures", "kind", kind).increment();
        LOG.errorf(failure, "could not send '%s' to %s", subject, to);
        mark(id, failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage());
        return false;
    }

    /**
     * A send is tried twice: an SMTP conversation can stall (each side waiting for the other) until the server gives
     * up with "421 … closing transmission channel" or {@code drr.mail.send-timeout} passes, and the next attempt opens
     * a new connection. A submission's or decision's mail has no later run that would try it again.
     */
    private static final int SEND_ATTEMPTS = 2;

    /**
     * Claims an occasion: a new row, or a row whose earlier send failed (so the next run tries again); null when the
     * mail was sent (or is being sent) already.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    UUID claim(String kind, UUID filingId, String occasion, List<String> to, String subject) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                insert into notification (id, kind, filing_id, occasion, recipients, subject, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, now())
                on conflict (kind, filing_id, occasion) do update set failure = null, created_at = now()
                 where notification.sent_at is null and notification.failure is not null
                returning id
                """).setParameter(1, UUID.randomUUID()).setParameter(2, kind).setParameter(3, filingId).setParameter(4, occasion)
                .setParameter(5, String.join(", ", to)).setParameter(6, subject).getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void mark(UUID id, String failure) {
        if (failure == null) {
            em.createNativeQuery("update notification set sent_at = now() where id = ?1").setParameter(1, id).executeUpdate();
        } else {
            em.createNativeQuery("update notification set failure = ?2 where id = ?1").setParameter(1, id)
                    .setParameter(2, failure).executeUpdate();
        }
    }

    private List<String> operators(UUID organisationId) {
        return AppUser.<AppUser>list("organisation.id = ?1 and active = true and email is not null", organisationId).stream()
                .filter(u -> u.roleSet().contains(Roles.OPERATOR_EDITOR) || u.roleSet().contains(Roles.OPERATOR_OFFICER))
                .map(u -> u.email).sorted().toList();
    }

    private List<String> reviewers() {
        return AppUser.<AppUser>list("active = true and email is not null").stream()
                .filter(u -> u.roleSet().contains(Roles.REGULATOR_REVIEWER)).map(u -> u.email).sorted().toList();
    }

    private List<String> emailsOf(List<String> usernames) {
        return AppUser.<AppUser>list("username in ?1 and active = true and email is not null", usernames).stream()
                .map(u -> u.email).sorted().toList();
    }

    /** Decision names as people read them. */
    static final class DecisionText {
        static String ko(String decision) {
            return switch (decision) {
                case "REQUEST_CHANGES" -> "보완 요청";
                case "ACCEPT" -> "승인";
                case "REJECT" -> "반려";
                default -> "심사 시작";
            };
        }

        static String en(String decision) {
            return switch (decision) {
                case "REQUEST_CHANGES" -> "changes requested";
                case "ACCEPT" -> "accepted";
                case "REJECT" -> "rejected";
                default -> "review started";
            };
        }
    }
}
