package kr.drregistry.review.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;

/**
 * The state of the review page's forms: which form was sent (e.g. {@code dispose|<finding key>},
 * {@code comment|section|officer}, {@code decide}), its refused fields with their messages and the values sent (so
 * nothing typed is lost), or which form just succeeded ({@code done}). Empty on a plain GET.
 */
public final class ReviewForm {
    public static final ReviewForm NONE = new ReviewForm(null, Map.of(), Map.of(), null, null);

    private final String form;
    private final Map<String, FieldError> errors;
    private final Map<String, String> values;
    private final String done;
    private final String problem;

    private ReviewForm(String form, Map<String, FieldError> errors, Map<String, String> values, String done, String problem) {
        this.form = form;
        this.errors = errors;
        this.values = values;
        this.done = done;
        this.problem = problem;
    }

    /** After a success: {@code done} names the form (highlighted, its finding opened). */
    public static ReviewForm after(String done) {
        return done == null || done.isBlank() ? NONE : new ReviewForm(null, Map.of(), Map.of(), done, null);
    }

    /** A form refused by the service: field errors by field name (the pointer without its slash). */
    public static ReviewForm refused(String form, ProblemException e, Map<String, String> values) {
        Map<String, FieldError> errors = new HashMap<>();
        List<FieldError> list = e.errors();
        for (FieldError f : list) {
            errors.put(f.pointer() == null ? "" : f.pointer().replaceFirst("^/", ""), f);
        }
        return new ReviewForm(form, errors, values, null, list.isEmpty() ? e.code() : null);
    }

    public static String disposeForm(String key) {
        return "dispose|" + key;
    }

    public static String commentForm(String kind, String anchor) {
        return "comment|" + kind + (anchor == null ? "" : "|" + anchor);
    }

    public boolean sent(String name) {
        return name.equals(form);
    }

    /** The error of {@code field} of form {@code name}, or null. */
    public FieldError error(String name, String field) {
        return sent(name) ? errors.get(field) : null;
    }

    /** Whether form {@code name} was refused (for its summary line and to keep its finding open). */
    public boolean refused(String name) {
        return sent(name);
    }

    /** A refusal without field errors (e.g. the lifecycle does not allow the move): its problem code. */
    public String problem(String name) {
        return sent(name) ? problem : null;
    }

    /** The value sent in {@code field} of form {@code name} (empty when another form was sent). */
    public String value(String name, String field) {
        return sent(name) ? values.getOrDefault(field, "") : "";
    }

    public boolean done(String name) {
        return name.equals(done);
    }

    public String done() {
        return done;
    }

    /** The finding's details stay open when one of its forms was just sent. */
    public boolean opens(String findingKey) {
        String d = "dispose|" + findingKey;
        String c = "comment|finding|" + findingKey;
        return d.equals(form) || c.equals(form) || d.equals(done) || c.equals(done);
    }

    /** The dispositions offered, in the order the form lists them. */
    public List<String> dispositions() {
        return List.of("CONFIRMED", "ACCEPTED_RISK", "FALSE_POSITIVE");
    }

    /** The decisions offered, in the order the form lists them. */
    public List<String> decisions() {
        return List.of("REQUEST_CHANGES", "ACCEPT", "REJECT");
    }

    /** The HTML id of a finding on the page (see {@link kr.drregistry.filing.web.FindingsView#anchorOf}). */
    public String anchor(String findingKey) {
        return kr.drregistry.filing.web.FindingsView.anchorOf(findingKey);
    }

    public boolean any() {
        return form != null;
    }
}
