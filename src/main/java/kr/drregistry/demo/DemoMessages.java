package kr.drregistry.demo;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import kr.drregistry.identity.DemoAccounts;

/**
 * Texts about the demo data ({@code messages/demo_ko.properties}, {@code demo_en.properties}); templates:
 * {@code {demo:key}}, what an account may do: {@code {demo:role(a.role)}}.
 */
@MessageBundle(value = "demo", locale = "ko")
public interface DemoMessages {
    @Message String demo_title();
    @Message String demo_intro();
    @Message String caption();
    @Message String col_user();
    @Message String col_organisation();
    @Message String col_role();
    @Message String col_password();
    @Message String fill(String username);
    @Message String role(DemoAccounts.Role role);
}
