package kr.drregistry.identity;

import java.util.List;

import kr.drregistry.identity.TenantSeeder.OrganisationSpec;
import kr.drregistry.identity.TenantSeeder.UserSpec;

/**
 * The demo organisations and their accounts (README "Demo accounts"): one list for the seeding, the start-up line and
 * the login page. Every operator has an editor and a disaster-management officer; the regulator a reviewer, a lead
 * and the platform admin. All share the password {@code drr.demo.password}.
 */
public final class DemoAccounts {
    private DemoAccounts() {
    }

    /** An organisation with its accounts. */
    public record Tenant(OrganisationSpec organisation, List<UserSpec> users) {
    }

    /**
     * One account as the login page lists it. {@code role}: what it may do.
     */
    public record Account(String username, String organisationSlug, String organisationKo, String organisationEn, Role role) {
        public String organisation(String language) {
            return "en".equals(language) ? organisationEn : organisationKo;
        }
    }

    private static final List<String> EDITOR = List.of(Roles.OPERATOR_EDITOR);
    private static final List<String> OFFICER = List.of(Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER);

    public static final List<Tenant> TENANTS = List.of(
            new Tenant(OrganisationSpec.valueAdded("example-talk", "예시톡", "Example Talk", 47_000_000L, "3.1", 7_000_000_000_000L),
                    List.of(new UserSpec("talk-editor", "김예시 (예시톡 편집자)", EDITOR),
                            new UserSpec("talk-officer", "이담당 (예시톡 재난관리책임자)", OFFICER))),
            new Tenant(OrganisationSpec.valueAdded("example-portal", "예시포털", "Example Portal", 30_000_000L, "2.4", 9_000_000_000_000L),
                    List.of(new UserSpec("portal-editor", "박예시 (예시포털 편집자)", EDITOR),
                            new UserSpec("portal-officer", "윤담당 (예시포털 재난관리책임자)", OFFICER))),
            new Tenant(OrganisationSpec.valueAdded("example-pay", "예시페이", "Example Pay", 15_000_000L, "1.2", 2_500_000_000_000L),
                    List.of(new UserSpec("pay-editor", "서예시 (예시페이 편집자)", EDITOR),
                            new UserSpec("pay-officer", "남담당 (예시페이 재난관리책임자)", OFFICER))),
            new Tenant(OrganisationSpec.idc("example-idc", "예시데이터센터", "Example IDC", "32000", "100", 1_200_000_000_000L),
                    List.of(new UserSpec("idc-editor", "최예시 (예시데이터센터 편집자)", EDITOR),
                            new UserSpec("idc-officer", "강담당 (예시데이터센터 재난관리책임자)", OFFICER))),
            new Tenant(OrganisationSpec.regulator("msit", "과학기술정보통신부", "Ministry of Science and ICT"),
                    List.of(new UserSpec("reviewer", "정심사 (과기정통부 심사자)", List.of(Roles.REGULATOR_REVIEWER)),
                            new UserSpec("lead", "한총괄 (과기정통부 심사총괄)", List.of(Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD)),
                            new UserSpec("admin", "관리자", List.of(Roles.ADMIN)))));

    /** Every demo account in the order of {@link #TENANTS}. */
    public static List<Account> accounts() {
        return TENANTS.stream().flatMap(t -> t.users().stream().map(u -> new Account(u.username(), t.organisation().slug(),
                t.organisation().nameKo(), t.organisation().nameEn(), role(u.roles())))).toList();
    }

    /** What a demo account may do, as the login page lists it ({@code {demo:role(a.role)}}). */
    public enum Role {
        EDITOR, OFFICER, REVIEWER, LEAD, ADMIN
    }

    private static Role role(List<String> roles) {
        if (roles.contains(Roles.ADMIN)) {
            return Role.ADMIN;
        }
        if (roles.contains(Roles.REGULATOR_LEAD)) {
            return Role.LEAD;
        }
        if (roles.contains(Roles.REGULATOR_REVIEWER)) {
            return Role.REVIEWER;
        }
        return roles.contains(Roles.OPERATOR_OFFICER) ? Role.OFFICER : Role.EDITOR;
    }
}
