package kr.drregistry.identity;

/** What an organisation is under the law: who files, and who regulates. */
public enum OrganisationKind {
    /** 부가통신사업자 — value-added telecom operator. */
    VALUE_ADDED,
    /** 집적정보통신시설사업자 — data-centre (IDC) operator. */
    IDC,
    /** The regulator (MSIT). */
    REGULATOR;

    public boolean isOperator() {
        return this != REGULATOR;
    }
}
