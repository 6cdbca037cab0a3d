package kr.drregistry.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import kr.drregistry.support.SmtpTestResource;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** Operators are reminded by e-mail before an incident report stage falls due, once per stage and due time. */
@QuarkusTest
class IncidentReminderMailTest {
    @Inject
    IncidentReminders reminders;

    @Inject
    InstantSource clock;

    private static List<MimeMessage> about(String title) throws Exception {
        java.util.Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage m : SmtpTestResource.server().getReceivedMessages()) {
            if (m.getSubject().contains(title)) {
                byId.putIfAbsent(m.getMessageID(), m);
            }
        }
        return List.copyOf(byId.values());
    }

    @Test
    void theInitialReportIsRemindedOnceBeforeItIsDue() throws Exception {
        Tenant operator = Tenants.fresh("remind");
        String title = "알림 시험 " + System.nanoTime();
        Instant detected = clock.instant().minus(45, ChronoUnit.MINUTES);
        given().auth().preemptive().basic(operator.editor(), operator.password()).contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"detectedAt\": \"" + detected + "\"}").post("/api/v1/incidents")
                .then().statusCode(201);
        // a send the SMTP server refuses is not claimed for good: the next run of the job sends it (the embedded
        // test server now and then drops a connection under load, so the job may need a second run here too)
        int sent = 0;
        for (int run = 0; run < 3 && sent == 0; run++) {
            sent = reminders.remind(clock.instant());
        }
        assertTrue(sent >= 1, "the reminder was sent");
        reminders.remind(clock.instant());
        List<MimeMessage> mails = about(title);
        assertEquals(1, mails.size(), "claimed once per stage and due time");
        MimeMessage m = mails.get(0);
        assertTrue(m.getSubject().contains("최초 보고 기한") && m.getSubject().contains("initial report due"), m.getSubject());
        String to = java.util.Arrays.toString(m.getAllRecipients());
        assertTrue(to.contains(operator.officer() + "@example.org"), "the operator's officer is reminded: " + to);
        String body = String.valueOf(m.getContent());
        assertTrue(body.contains("/portal/incidents/") && body.contains("한국 시간"), body);
    }
}
