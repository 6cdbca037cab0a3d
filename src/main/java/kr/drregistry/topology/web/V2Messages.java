package kr.drregistry.topology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of what a drr/v2 report adds on the workspace, version and review pages (templates/fragments/scenarioOutcomes.html),
 * Korean by default ({@code messages/v2_ko.properties}) and English ({@code messages/v2_en.properties}).
 */
@MessageBundle(value = "v2", locale = "ko")
public interface V2Messages {
    @Message String outcomes_title();
    @Message String outcomes_none();
    @Message String outcomes_caption();
    @Message String outcomes_hidden(int count);
    @Message String col_scenario();
    @Message String col_struck();
    @Message String col_down();
    @Message String col_degraded();
    @Message String col_users_lost();
    @Message String col_users_affected();
    @Message String repair_unbounded();
    @Message String repair_minutes(String minutes);
    @Message String rpo_seconds(String seconds);
    @Message String rpo_unbounded();
    @Message String capacity(Long pct);
    @Message String facilities_title();
    @Message String facility_unresolved();
    @Message String facility_same();
    @Message String facility_version(String version);
    @Message String reval_title();
    @Message String reval_intro();
    @Message String reval_button();
    @Message String reval_none();
    @Message String reval_policy(String policy, String frozen);
    @Message String reval_changed(int appeared, int gone, int facilities);
    @Message String reval_appeared(int count);
    @Message String reval_gone(int count);
    @Message String reval_same();
}
