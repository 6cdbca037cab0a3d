package kr.drregistry.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Roles;
import kr.drregistry.incident.IncidentService;
import kr.drregistry.incident.IncidentService.OpenStage;

/**
 * Reminds an operator's editors and officers by e-mail before an incident report stage falls due (within
 * {@code drr.incident.reminder-before}, default 30 minutes, checked every few minutes). Each reminder is claimed once
 * per filing, stage and due time in the {@code notification} table ({@link Notifications#deliver}), so replicas and
 * repeated runs never send it twice; when the due time moves (the report's detection or recovery time changed), the
 * new due time is a new occasion.
 */
@ApplicationScoped
public class IncidentReminders {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    private static final DateTimeFormatter SEOUL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Notifications.SEOUL);

    @Inject
    IncidentService incidents;
    @Inject
    Notifications notifications;

    @ConfigProperty(name = "drr.incident.reminder-before", defaultValue = "PT30M")
    Duration before;
    @ConfigProperty(name = "drr.mail.base-url")
    String baseUrl;

    @Scheduled(every = "{drr.incident.reminder-every:5m}", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remind(clock.instant());
    }

    /** Sends the reminders of stages due between {@code now} and {@code now + reminder-before}; returns how many were sent. */
    @Transactional
    public int remind(Instant now) {
        int sent = 0;
        for (OpenStage s : incidents.openStages(now)) {
            if (s.dueAt().isBefore(now) || s.dueAt().isAfter(now.plus(before))) {
                continue;
            }
            long minutes = Math.max(0, Duration.between(now, s.dueAt()).toMinutes());
            String due = SEOUL_TIME.format(s.dueAt());
            String subject = "[DR 레지스트리] " + s.stageKo() + " 기한 " + minutes + "분 전 / " + s.stageEn() + " due in " + minutes
                    + " min: " + s.title();
            String body = "사고 보고 '" + s.title() + "'의 " + s.stageKo() + " 기한은 " + due + "(한국 시간)입니다. 기한이 지나 제출하면 "
                    + "늦은 보고로 기록됩니다.\n" + baseUrl + "/portal/incidents/" + s.filingId() + "\n\n"
                    + "The " + s.stageEn() + " of incident report '" + s.title() + "' is due at " + due + " Korean time. A submission "
                    + "after that is recorded as late.\n" + baseUrl + "/portal/incidents/" + s.filingId() + "\n";
            if (notifications.deliver("incident-reminder", s.filingId(), s.stage() + ":" + s.dueAt(), operators(s), subject, body)) {
                sent++;
            }
        }
        return sent;
    }

    private static List<String> operators(OpenStage s) {
        return AppUser.<AppUser>list("organisation.id = ?1 and active = true and email is not null", s.organisationId()).stream()
                .filter(u -> u.roleSet().contains(Roles.OPERATOR_EDITOR) || u.roleSet().contains(Roles.OPERATOR_OFFICER))
                .map(u -> u.email).sorted().toList();
    }
}
