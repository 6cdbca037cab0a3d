package kr.drregistry.archfixture;

import java.util.UUID;

import kr.drregistry.filing.Filing;

/** A deliberate mistake for {@code ArchitectureRulesTest}: a feature that queries the filing table itself. */
public final class LedgerFilings {
    public String title(UUID id) {
        Filing f = Filing.findById(id);
        return f == null ? null : f.title;
    }
}
