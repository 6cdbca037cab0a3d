package kr.drregistry.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.drregistry.identity.OrganisationKind;

class SsoClaimsTest {

    @Test
    void nestedClaimsAreAddressedWithSlashes() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("operator-editor", "offline_access")),
                "organisation", "example-talk");
        assertEquals(List.of("operator-editor", "offline_access"), SsoClaims.values(SsoClaims.at(claims, "realm_access/roles")));
        assertEquals("example-talk", SsoClaims.organisation(SsoClaims.at(claims, "organisation")));
        assertNull(SsoClaims.at(claims, "resource_access/dr-registry/roles"));
        assertNull(SsoClaims.at(claims, "organisation/x"));
    }

    @Test
    void rolesMayComeAsOneStringAndOnlyFittingKnownRolesAreGranted() {
        var m = SsoClaims.mapRoles(SsoClaims.values("operator-officer, admin operator-editor unknown"), OrganisationKind.VALUE_ADDED);
        assertEquals(List.of("operator-editor", "operator-officer"), m.granted());
        assertEquals(List.of("admin", "unknown"), m.ignored());
        assertEquals("operator-editor,operator-officer", m.stored());
        assertEquals(List.of("regulator-lead", "admin"),
                SsoClaims.mapRoles(List.of("admin", "regulator-lead", "operator-editor"), OrganisationKind.REGULATOR).granted());
        assertEquals(List.of(), SsoClaims.mapRoles(List.of(), OrganisationKind.IDC).granted());
    }

    @Test
    void exactlyOneOrganisationIsAccepted() {
        assertEquals("example-talk", SsoClaims.organisation(List.of("Example-Talk")));
        assertNull(SsoClaims.organisation(List.of("a", "b")));
        assertNull(SsoClaims.organisation(null));
        assertNull(SsoClaims.organisation(42));
    }

    @Test
    void usernamesAreReducedToWhatLocalAccountsAllow() {
        assertEquals("kim.editor", SsoClaims.baseUsername("Kim.Editor", null, "s"));
        assertEquals("hong-gildong", SsoClaims.baseUsername(null, "Hong Gildong@example.org", "s"));
        assertEquals("x-y", SsoClaims.baseUsername("__x y", null, "s"));
        String fromSubject = SsoClaims.baseUsername("홍길동", null, "subject-1");
        assertEquals("sso-" + SsoClaims.sha256("subject-1").substring(0, 12), fromSubject);
        assertEquals(56, SsoClaims.baseUsername("a".repeat(80), null, "s").length());
        assertEquals("kim-2", SsoClaims.alternative("kim", 2));
    }
}
