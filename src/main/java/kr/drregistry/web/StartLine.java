package kr.drregistry.web;

import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import kr.drregistry.identity.DemoAccounts;

/**
 * The one start-up line that tells a person where to go: the address of the portal (from the configured host and
 * port; {@code localhost} when the app listens on every interface or on the loopback) and, with demo data on, the
 * demo accounts and their password.
 */
@ApplicationScoped
public class StartLine {
    private static final Logger LOG = Logger.getLogger(StartLine.class);

    @ConfigProperty(name = "quarkus.http.host", defaultValue = "0.0.0.0")
    String host;
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;
    @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/")
    String rootPath;
    @ConfigProperty(name = "drr.demo.enabled")
    boolean demo;
    @ConfigProperty(name = "drr.demo.password")
    String password;

    /** After the demo data (see {@link kr.drregistry.demo.DemoData}), so that the line comes last. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) StartupEvent event) {
        LOG.info(line());
    }

    String line() {
        String where = "DR Registry is ready: open " + url(host, port, rootPath);
        if (!demo) {
            return where + " and sign in";
        }
        return where + " and sign in with a demo account, password " + password + ": " + DemoAccounts.accounts().stream()
                .map(a -> a.username() + " (" + a.organisationSlug() + ", " + a.role().name().toLowerCase(java.util.Locale.ROOT) + ")").collect(Collectors.joining(", "));
    }

    /** The portal's address: wildcard and loopback hosts read as {@code localhost}; port 0 means a random port. */
    static String url(String host, int port, String rootPath) {
        String h = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")
                || host.equals("127.0.0.1") || host.equals("::1") || host.equals("[::1]") ? "localhost"
                : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String path = rootPath == null || rootPath.isBlank() ? "/" : rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        return "http://" + h + (port == 0 ? ":<random port>" : port == 80 ? "" : ":" + port) + path;
    }
}
