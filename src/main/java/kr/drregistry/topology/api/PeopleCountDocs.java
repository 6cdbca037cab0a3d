package kr.drregistry.topology.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the OpenAPI document what every count of people in a report measures (docs/people-counts.md): the
 * contract's {@code usersLost} and {@code usersAffected} of a scenario or root cause are sums over services, which
 * count a person once per service they use; the {@code …LargestService} figures beside them are the least the real
 * number can be; a finding's {@code usersLost} is the daily users of its one service. The report records are shared by
 * several schemas (full, compact, stored), so the words are set here once, by the shape of each schema.
 */
public class PeopleCountDocs implements OASFilter {
    static final String SCENARIO_SUM = "Sum of dailyUsers over the services down in the scenario (FILING-FORMAT §5). "
            + "A sum over services: a person who uses several of them counts once per service, so it can exceed the "
            + "number of people. Korean pages label it 서비스별 합계(중복 포함).";
    static final String SCENARIO_LEAST = "The largest dailyUsers of one service down in the scenario: the people lost "
            + "are at least this many. With usersLost it bounds the real number from below and above.";
    static final String AFFECTED_SUM = "drr/v2: sum over the degraded services of ⌊dailyUsers × (100 − capacity) / 100⌋; "
            + "a sum over services like usersLost (a person may count more than once).";
    static final String AFFECTED_LEAST = "drr/v2: the largest ⌊dailyUsers × (100 − capacity) / 100⌋ of one degraded "
            + "service: the lower bound of usersAffected.";
    static final String ROOT_SUM = "Sum of the daily users of the services this root cause takes down, each service "
            + "once; a person who uses several of them counts once per service.";
    static final String ROOT_LEAST = "The daily users of the largest service this root cause takes down: the people "
            + "lost are at least this many.";
    static final String FINDING = "The daily users of the one service the finding is about (SPOF-002: the service that "
            + "goes down); not a sum.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            Map<String, Schema> p = schema.getProperties();
            if (p == null || !p.containsKey("usersLost")) {
                continue;
            }
            if (p.containsKey("downServices")) {
                describe(p, "usersLost", SCENARIO_SUM);
                describe(p, "usersLostLargestService", SCENARIO_LEAST);
                describe(p, "usersAffected", AFFECTED_SUM);
                describe(p, "usersAffectedLargestService", AFFECTED_LEAST);
            } else if (p.containsKey("usersLostLargestService")) {
                describe(p, "usersLost", ROOT_SUM);
                describe(p, "usersLostLargestService", ROOT_LEAST);
            } else if (p.containsKey("rule")) {
                describe(p, "usersLost", FINDING);
            }
        }
    }

    private static void describe(Map<String, Schema> properties, String name, String text) {
        Schema s = properties.get(name);
        if (s != null) {
            s.setDescription(text);
        }
    }
}
