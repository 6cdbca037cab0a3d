package kr.drregistry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The start-up line says where to go and, with demo data on, how to sign in. */
class StartLineTest {
    @Test
    void theAddressReadsAsAPersonWouldTypeIt() {
        assertEquals("http://localhost:8080/", StartLine.url("0.0.0.0", 8080, "/"));
        assertEquals("http://localhost:8080/", StartLine.url("127.0.0.1", 8080, "/"));
        assertEquals("http://localhost:8080/", StartLine.url("::", 8080, "/"));
        assertEquals("http://registry.example.go.kr/drr/", StartLine.url("registry.example.go.kr", 80, "/drr/"));
        assertEquals("http://[fd00::5]:9000/", StartLine.url("fd00::5", 9000, ""));
        assertEquals("http://localhost:<random port>/", StartLine.url("localhost", 0, "/"));
    }

    @Test
    void withDemoDataTheLineNamesEveryDemoAccountAndThePassword() {
        StartLine s = new StartLine();
        s.host = "0.0.0.0";
        s.port = 8080;
        s.rootPath = "/";
        s.password = "demo-pass-2026";
        s.demo = true;
        String line = s.line();
        assertTrue(line.startsWith("DR Registry is ready: open http://localhost:8080/"), line);
        assertTrue(line.contains("password demo-pass-2026"), line);
        assertFalse(line.contains("\n"), "one line");
        for (String user : new String[] {"talk-editor", "talk-officer", "portal-officer", "pay-editor", "pay-officer", "idc-officer",
                "reviewer", "lead", "admin"}) {
            assertTrue(line.contains(user + " ("), user + " in " + line);
        }
        s.demo = false;
        assertEquals("DR Registry is ready: open http://localhost:8080/ and sign in", s.line());
    }
}
