package kr.drregistry.topology.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.VersionView;
import kr.drregistry.topology.parse.ParseError;

/**
 * What the pictures page says about the filing it draws: which content (a version or the draft), the addresses of
 * its parts (all relative to {@link #base()}, carrying the version), what to focus and whether the reader may go
 * to the editor.
 */
public record PicturePage(UUID id, String title, String organisation, Integer planYear, String status,
                          Integer version, long draftVersion, Instant at, String by, List<Choice> choices,
                          boolean mayEdit, List<ParseError> errors, int moreErrors, boolean tooLarge, boolean empty,
                          String focusKind, String focusId, boolean focusFound, String scenario) {

    /** A version (or the draft, {@code number} null) the reader can switch to. */
    public record Choice(Integer number, Instant submittedAt, boolean selected) {
    }

    static List<Choice> choices(FilingView f, Integer shown, boolean draftReadable) {
        List<Choice> out = new ArrayList<>();
        if (draftReadable && f.draft().present()) {
            out.add(new Choice(null, f.draft().updatedAt(), shown == null));
        }
        List<VersionView> versions = new ArrayList<>(f.versions());
        java.util.Collections.reverse(versions);
        for (VersionView v : versions) {
            out.add(new Choice(v.number(), v.submittedAt(), shown != null && shown == v.number()));
        }
        return out;
    }

    /** {@code /filings/<id>/pictures} */
    public String base() {
        return "/filings/" + id + "/pictures";
    }

    /** The query that selects the content shown, for the page's own links: {@code version=3&} or empty. */
    public String vq() {
        return version == null ? "" : "version=" + version + "&";
    }

    public String graphUrl() {
        return base() + "/graph.json" + (version == null ? "" : "?version=" + version);
    }

    public String lossUrl() {
        return base() + "/loss.json?" + vq();
    }

    public String cellUrl(String scenario, String service) {
        return cellBase(service) + enc(scenario);
    }

    /** A matrix row's cell address without the scenario, which comes last: {@code …/cell?service=talk&scenario=}. */
    public String cellBase(String service) {
        return base() + "/cell?" + vq() + "service=" + enc(service) + "&scenario=";
    }

    public String whatifUrl() {
        return base() + "/whatif";
    }

    /** The page itself with a scenario chosen in "what if", at its section. */
    public String scenarioPage(String scenario) {
        return base() + "?" + vq() + "scenario=" + enc(scenario) + "#whatif";
    }

    /** The page itself focused on a subject ({@code service:talk}) in the diagram. */
    public String focusPage(String kind, String subject) {
        return base() + "?" + vq() + "focus=" + enc(kind + ":" + subject) + "#diagram";
    }

    /** The overview's part that opens one site or one service (htmx), without the subject: {@code …/overview?focus=}. */
    public String overviewUrl() {
        return base() + "/overview?" + vq() + "focus=";
    }

    /** The page itself at page {@code n} of the loss matrix. */
    public String matrixPage(int n) {
        return base() + "?" + vq() + "page=" + n + "#matrix";
    }

    public String editorUrl() {
        return "/portal/filings/" + id + "/topology";
    }

    public boolean broken() {
        return !errors.isEmpty() || tooLarge;
    }

    /** {@code focus} as given, for the notice when it names nothing in this content. */
    public String focus() {
        return focusKind == null ? null : focusKind + ":" + focusId;
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
