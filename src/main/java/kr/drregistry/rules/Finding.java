package kr.drregistry.rules;

import java.util.List;

/**
 * One result of a rule. {@code scenario} is the scenario id ({@code site:pangyo}, {@code power:seongnam-east})
 * where the finding is about a scenario, otherwise null. {@code usersLost} is set for scenario findings about
 * services (null otherwise).
 */
public record Finding(String rule, Severity severity, Subject subject, String scenario, LocalizedText message,
                      List<ChainStep> chain, LocalizedText basis, LocalizedText remedy, Long usersLost) {
    public Finding {
        chain = List.copyOf(chain == null ? List.of() : chain);
    }
}
