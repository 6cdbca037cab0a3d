package kr.drregistry.filing.web;

import kr.drregistry.support.Browserless;

/** Lets page tests of other packages start a topology filing the way the portal's own tests do. */
public final class PortalPagesTestAccess {
    private PortalPagesTestAccess() {
    }

    /** A new topology filing of the signed-in operator (a free plan year); returns its id. */
    public static String startTopology(Browserless b) {
        return PortalPagesTest.startTopology(b, 2006, "화면 시험 토폴로지");
    }
}
