package kr.drregistry.archfixture.web;

import kr.drregistry.archfixture.Ledger;

/** The page half of the deliberate cycle of {@code ArchitectureRulesTest}. */
public final class LedgerPage {
    public String heading() {
        return "ledger";
    }

    public Ledger ledger() {
        return new Ledger();
    }
}
