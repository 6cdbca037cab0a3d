package kr.drregistry.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the whole suite; the application sends its e-mails to
 * it over SMTP and tests read what arrived with {@link #server()}.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {
    private static volatile GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        // a conversation that stalls (seen on CI: the server waits for a command while the client waits for a reply)
        // is ended after 10 s instead of GreenMail's 30 s, so the application's second attempt lands within a test's wait
        setup.setReadTimeout(10_000);
        server = new GreenMail(setup);
        server.start();
        return Map.of("drr.mail.enabled", "true", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()), "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
