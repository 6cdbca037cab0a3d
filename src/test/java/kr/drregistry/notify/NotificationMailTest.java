package kr.drregistry.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.SmtpTestResource;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** Notifications travel over SMTP to a real (embedded) mail server. */
@QuarkusTest
class NotificationMailTest {
    @Inject
    Notifications notifications;

    @Inject
    InstantSource clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"));
    }

    /** The mails about a filing, one per message (GreenMail keeps a copy per recipient). */
    private static List<MimeMessage> about(String title) throws Exception {
        java.util.Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage m : SmtpTestResource.server().getReceivedMessages()) {
            if (m.getSubject().contains(title)) {
                byId.putIfAbsent(m.getMessageID(), m);
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * Waits (up to 60 s: mail is sent after the commit, on its own thread, and a stalled SMTP conversation is given up
     * after the test server's 10 s read timeout and tried again) for the mail about a filing with a subject part.
     */
    private static MimeMessage await(String title, String subjectPart) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            for (MimeMessage m : about(title)) {
                if (m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail about " + title + " with " + subjectPart);
    }

    private static String to(MimeMessage m) throws Exception {
        return Arrays.stream(m.getAllRecipients()).map(Address::toString).sorted().reduce((a, b) -> a + "," + b).orElse("");
    }

    @Test
    void submissionsDecisionsAndRemindersArriveByMail() throws Exception {
        Tenant operator = Tenants.fresh("mail");
        String title = "메일 시험 " + System.nanoTime();
        String id = given().auth().preemptive().basic(operator.officer(), Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + (today().getYear() + 1) + ", \"title\": \"" + title + "\"}")
                .post("/api/v1/filings")
                .then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(operator.officer(), Browserless.PASSWORD).contentType("application/yaml")
                .header("If-Match", "\"d0\"")
                .body(operator.own(java.nio.file.Files.readString(java.nio.file.Path.of("examples", "kakao-like-2022.yaml")))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(operator.officer(), Browserless.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + id + "/submit").then().statusCode(201);

        await(title, "New submission");
        List<MimeMessage> submitted = about(title);
        assertEquals(1, submitted.size(), "one mail to the reviewers");
        assertTrue(to(submitted.get(0)).contains("reviewer@example.org"), to(submitted.get(0)));
        assertTrue(((String) submitted.get(0).getContent()).contains("/filings/" + id + "/versions/1"));

        LocalDate due = today().plusDays(7);
        given().auth().preemptive().basic("reviewer", Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"move\": \"START_REVIEW\", \"version\": 1}").post("/api/v1/filings/" + id + "/review").then().statusCode(200);
        given().auth().preemptive().basic("reviewer", Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"배포 도구를 두 사이트에 두십시오\", \"dueDate\": \"" + due + "\"}")
                .post("/api/v1/filings/" + id + "/review").then().statusCode(200);
        MimeMessage decided = await(title, "보완 요청");
        String body = (String) decided.getContent();
        assertTrue(to(decided).contains(operator.editor() + "@example.org") && to(decided).contains(operator.officer() + "@example.org"),
                "the operator's editor and officer hear of it: " + to(decided));
        assertTrue(body.contains("배포 도구를 두 사이트에 두십시오") && body.contains(due.toString()), body);
        assertTrue(body.contains("changes requested"), "English follows Korean");

        // the reminder seven days before the due date goes out once, however often the job runs
        // (a send the SMTP server refused is tried again by the next run, hence up to three runs)
        int sent = 0;
        for (int run = 0; run < 3 && sent == 0; run++) {
            sent = notifications.remind(today());
        }
        assertTrue(sent >= 1, "the reminder was sent");
        notifications.remind(today());
        long reminders = about(title).stream().filter(m -> {
            try {
                return m.getSubject().contains("7일 전");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertEquals(1, reminders);
    }
}
