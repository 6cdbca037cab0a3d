package kr.drregistry.identity;

import java.util.List;

/** Role names as stored on users and checked by the service layer. */
public final class Roles {
    private Roles() {
    }

    /** Drafts filings for their own organisation. */
    public static final String OPERATOR_EDITOR = "operator-editor";
    /** The named disaster-management officer: may also sign off and submit. */
    public static final String OPERATOR_OFFICER = "operator-officer";
    public static final String REGULATOR_REVIEWER = "regulator-reviewer";
    /** Assigns reviews, sees every sector view, edits policy data. */
    public static final String REGULATOR_LEAD = "regulator-lead";
    /** Platform administration: organisations, users, tokens. */
    public static final String ADMIN = "admin";

    /** API token scopes (a token's roles): the scope name with this prefix. */
    public static final String SCOPE_PREFIX = "scope:";
    public static final String SCOPE_READ = SCOPE_PREFIX + "read";
    public static final String SCOPE_VALIDATE = "scope:validate";
    public static final String SCOPE_SUBMIT = "scope:submit";
    public static final List<String> SCOPES = List.of("read", "validate", "submit", "facilities");

    public static final List<String> ALL = List.of(OPERATOR_EDITOR, OPERATOR_OFFICER, REGULATOR_REVIEWER, REGULATOR_LEAD, ADMIN);
}
