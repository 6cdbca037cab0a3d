package kr.drregistry.archfixture;

import kr.drregistry.archfixture.web.LedgerPage;

/** A deliberate mistake for {@code ArchitectureRulesTest}: a service that calls back into its own page. */
public final class Ledger {
    public String title() {
        return new LedgerPage().heading();
    }
}
