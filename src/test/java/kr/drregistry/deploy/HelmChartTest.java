package kr.drregistry.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * The Helm chart {@code helm/dr-registry}, linted and rendered by helm itself (helm-java: the Go helm library in a
 * jar, nothing downloaded), with the rendered manifests checked for what a multi-zone production install needs.
 */
class HelmChartTest {
    static final Path CHART = Path.of("helm/dr-registry");
    static final Path PRODUCTION = Path.of("src/test/resources/helm/production-values.yaml");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theChartLintsWithoutWarnings() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
    }

    @Test
    void productionValuesRenderAMultiZoneDeploymentWithProbesAndARestrictedContext() throws Exception {
        List<JsonNode> docs = render(template());
        JsonNode deployment = only(docs, "Deployment");
        JsonNode spec = deployment.at("/spec/template/spec");
        assertEquals(3, deployment.at("/spec/replicas").asInt());
        assertEquals(0, deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(), "rolling updates keep all pods");

        JsonNode zoneSpread = find(spec.get("topologySpreadConstraints"), "topologyKey", "topology.kubernetes.io/zone");
        assertNotNull(zoneSpread, "pods are spread across zones");
        assertEquals("DoNotSchedule", zoneSpread.get("whenUnsatisfiable").asText());
        assertEquals(1, zoneSpread.get("maxSkew").asInt());

        JsonNode pdb = only(docs, "PodDisruptionBudget");
        assertEquals(1, pdb.at("/spec/minAvailable").asInt());
        assertEquals(deployment.at("/spec/selector/matchLabels"), pdb.at("/spec/selector/matchLabels"));

        JsonNode app = spec.get("containers").get(0);
        assertEquals("/q/health/started", app.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/live", app.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", app.at("/readinessProbe/httpGet/path").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("management", app.at("/" + probe + "/httpGet/port").asText(), probe + " on the management interface");
        }
        assertEquals(9000, find(app.get("ports"), "name", "management").get("containerPort").asInt());
        assertEquals("9000", env(app, "DRR_MANAGEMENT_PORT").get("value").asText());
        assertEquals("0.0.0.0", env(app, "DRR_MANAGEMENT_HOST").get("value").asText(), "reachable by the kubelet and Prometheus");
        assertFalse(app.at("/resources/requests/cpu").isMissingNode(), "resources are set");
        assertFalse(app.at("/resources/limits/memory").isMissingNode());

        assertTrue(spec.at("/securityContext/runAsNonRoot").asBoolean());
        assertEquals("RuntimeDefault", spec.at("/securityContext/seccompProfile/type").asText());
        assertTrue(app.at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertFalse(app.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", app.at("/securityContext/capabilities/drop/0").asText());
        assertFalse(spec.get("automountServiceAccountToken").asBoolean(true));

        assertEquals("false", env(app, "DRR_DEMO_ENABLED").get("value").asText(), "no demo accounts in production");
        // the app's own default is 127.0.0.1; in a pod the probes and the Service reach it on the pod's address
        assertEquals("0.0.0.0", env(app, "QUARKUS_HTTP_HOST").get("value").asText(), "the pod listens on all interfaces");
        assertEquals(2, docs.stream().filter(d -> "Service".equals(d.path("kind").asText())).count(), "the portal's and the management Service");
        assertEquals("dr-registry.example.go.kr", only(docs, "Ingress").at("/spec/rules/0/host").asText());
    }

    @Test
    void metricsAreScrapedFromTheManagementPortWhichTheIngressNeverReaches() throws Exception {
        List<JsonNode> docs = render(template());
        List<JsonNode> services = docs.stream().filter(d -> "Service".equals(d.path("kind").asText())).toList();
        assertEquals(2, services.size());
        JsonNode portal = services.stream().filter(s -> !s.at("/metadata/name").asText().endsWith("-management")).findFirst().orElseThrow();
        JsonNode management = services.stream().filter(s -> s.at("/metadata/name").asText().endsWith("-management")).findFirst().orElseThrow();
        assertEquals(1, portal.at("/spec/ports").size(), "the portal's Service: http only");
        assertEquals("http", portal.at("/spec/ports/0/targetPort").asText());
        assertEquals("management", management.at("/spec/ports/0/targetPort").asText());
        assertEquals(portal.at("/metadata/name").asText(),
                only(docs, "Ingress").at("/spec/rules/0/http/paths/0/backend/service/name").asText(), "the Ingress routes to the portal's Service");

        JsonNode monitor = only(docs, "ServiceMonitor");
        assertEquals("/q/metrics", monitor.at("/spec/endpoints/0/path").asText());
        assertEquals("management", monitor.at("/spec/endpoints/0/port").asText());
        JsonNode selector = monitor.at("/spec/selector/matchLabels");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(), management.at("/metadata/labels/" + e.getKey().replace("/", "~1")).asText(),
                "the ServiceMonitor selects the management Service: " + e.getKey()));
        assertTrue(portal.at("/metadata/labels/app.kubernetes.io~1component").isMissingNode(), "and not the portal's");
    }

    @Test
    void theAppBelievesForwardingHeadersFromTheIngressOnly() throws Exception {
        JsonNode app = only(render(template()), "Deployment").at("/spec/template/spec/containers/0");
        assertEquals("true", env(app, "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").get("value").asText());
        assertEquals("true", env(app, "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED").get("value").asText());
        assertEquals("10.244.0.0/16", env(app, "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").get("value").asText());
        assertEquals("https://dr-registry.example.go.kr", env(app, "DRR_BASE_URL").get("value").asText());
        assertEquals("PT12H", env(app, "DRR_SESSION_MAX_AGE").get("value").asText());

        Exception trustingNobody = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("drr")
                .withValuesFile(PRODUCTION).set("proxy.trustedProxies", "").call());
        assertTrue(trustingNobody.getMessage().contains("proxy.trustedProxies is required with the ingress"), trustingNobody.getMessage());
        JsonNode noIngress = only(render(new Helm(CHART).template().withName("drr").withValuesFile(PRODUCTION)
                .set("ingress.enabled", false).set("proxy.trustedProxies", "").call()), "Deployment").at("/spec/template/spec/containers/0");
        assertTrue(find(noIngress.get("env"), "name", "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING") == null,
                "without a proxy to trust, forwarding headers are ignored");
    }

    @Test
    void secretsAreReferencedNeverInlined() throws Exception {
        String rendered = template();
        List<JsonNode> docs = render(rendered);
        assertTrue(docs.stream().noneMatch(d -> "Secret".equals(d.path("kind").asText())), "the chart writes no Secret");
        JsonNode app = only(docs, "Deployment").at("/spec/template/spec/containers/0");
        for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "DRR_SESSION_KEY", "DRR_AUDIT_KEY",
                "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD")) {
            JsonNode e = env(app, name);
            assertTrue(e.has("valueFrom") && !e.has("value"), name + " comes from a Secret");
            assertFalse(e.at("/valueFrom/secretKeyRef/name").asText().isBlank(), name);
        }
        assertEquals("drr-session", env(app, "DRR_SESSION_KEY").at("/valueFrom/secretKeyRef/name").asText());
        assertEquals("drr-audit", env(app, "DRR_AUDIT_KEY").at("/valueFrom/secretKeyRef/name").asText());
        assertFalse(rendered.toLowerCase().contains("password:"), "no password value anywhere in the manifests");
    }

    @Test
    void theCloudNativePgClusterHasThreeInstancesAcrossZonesWithBackupsToObjectStorage() throws Exception {
        List<JsonNode> docs = render(template());
        JsonNode cluster = only(docs, "Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion").asText());
        assertEquals(3, cluster.at("/spec/instances").asInt());
        assertEquals("topology.kubernetes.io/zone", cluster.at("/spec/affinity/topologyKey").asText());
        assertEquals("required", cluster.at("/spec/affinity/podAntiAffinityType").asText());
        assertEquals("s3://drr-backups/prod", cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText());
        assertEquals("drr-backup-s3", cluster.at("/spec/backup/barmanObjectStore/s3Credentials/accessKeyId/name").asText());
        assertEquals(cluster.at("/metadata/name").asText(), only(docs, "ScheduledBackup").at("/spec/cluster/name").asText());

        JsonNode app = only(docs, "Deployment").at("/spec/template/spec/containers/0");
        String url = env(app, "QUARKUS_DATASOURCE_JDBC_URL").get("value").asText();
        assertEquals("jdbc:postgresql://" + cluster.at("/metadata/name").asText() + "-rw:5432/drregistry", url,
                "the app writes to the cluster's primary service");
        assertEquals(cluster.at("/metadata/name").asText() + "-app",
                env(app, "QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
    }

    @Test
    void anExternalDatabaseNeedsItsHostAndCredentialsSecret() throws Exception {
        List<JsonNode> docs = render(new Helm(CHART).template()
                .withName("drr").withValuesFile(PRODUCTION).set("database.mode", "external")
                .set("database.external.host", "pg.example.internal").set("database.external.existingSecret", "drr-db")
                .call());
        assertTrue(docs.stream().noneMatch(d -> "Cluster".equals(d.path("kind").asText())), "no CloudNativePG cluster");
        JsonNode app = only(docs, "Deployment").at("/spec/template/spec/containers/0");
        assertEquals("jdbc:postgresql://pg.example.internal:5432/drregistry?sslmode=require",
                env(app, "QUARKUS_DATASOURCE_JDBC_URL").get("value").asText());
        assertEquals("drr-db", env(app, "QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());

        Exception missing = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("drr")
                .withValuesFile(PRODUCTION).set("database.mode", "external").call());
        assertTrue(missing.getMessage().contains("database.external.host is required"), missing.getMessage());
    }

    @Test
    void unsafeValuesAreRefused() {
        Exception single = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("drr")
                .withValuesFile(PRODUCTION).set("replicaCount", 1).call());
        assertTrue(single.getMessage().contains("replicaCount must be at least 2"), single.getMessage());

        Exception noKey = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("drr")
                .withValuesFile(PRODUCTION).set("session.existingSecret", "").call());
        assertTrue(noKey.getMessage().contains("session.existingSecret is required"), noKey.getMessage());
        Exception noAuditKey = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("drr")
                .withValuesFile(PRODUCTION).set("audit.existingSecret", "").call());
        assertTrue(noAuditKey.getMessage().contains("audit.existingSecret is required"), noAuditKey.getMessage());

        Exception twoDb = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("drr")
                .withValuesFile(PRODUCTION).set("database.cloudnativepg.instances", 2).call());
        assertTrue(twoDb.getMessage().contains("at least 3"), twoDb.getMessage());
    }

    private static String template() {
        TemplateCommand t = new Helm(CHART).template().withName("drr").withNamespace("dr-registry").withValuesFile(PRODUCTION);
        return t.call();
    }

    static List<JsonNode> render(String manifests) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(manifests)) {
            for (JsonNode d : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (d != null && d.has("kind")) {
                    docs.add(d);
                }
            }
        }
        return docs;
    }

    @Test
    void theContainerImageListensOnAllInterfacesWhileTheAppAloneListensOnLocalhost() throws Exception {
        List<String> dockerfile = java.nio.file.Files.readAllLines(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("ENV QUARKUS_HTTP_HOST=0.0.0.0"), "the image sets the address: " + dockerfile);
        java.util.Properties app = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        assertEquals("${DRR_HTTP_HOST:127.0.0.1}", app.getProperty("quarkus.http.host"), "the default run stays on this machine");
    }

    static JsonNode only(List<JsonNode> docs, String kind) {
        List<JsonNode> of = docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
        assertEquals(1, of.size(), "one " + kind + " in " + docs.stream().map(d -> d.path("kind").asText()).toList());
        return of.get(0);
    }

    static JsonNode env(JsonNode container, String name) {
        JsonNode e = find(container.get("env"), "name", name);
        assertNotNull(e, "env " + name);
        return e;
    }

    static JsonNode find(JsonNode array, String field, String value) {
        if (array != null) {
            for (JsonNode n : array) {
                if (value.equals(n.path(field).asText())) {
                    return n;
                }
            }
        }
        return null;
    }
}
