package kr.drregistry.support;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import io.restassured.response.Response;

/**
 * PDF downloads in tests: fetched as a signed-in person, checked against PDF/UA-1 (the accessible-PDF standard,
 * ISO 14289-1) with veraPDF, read back as text.
 */
public final class Pdfs {
    static {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    /** Fails with veraPDF's failed checks unless {@code pdf} conforms to PDF/UA-1. */
    public static void assertAccessible(byte[] pdf) {
        org.verapdf.pdfa.flavours.PDFAFlavour ua = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        try (org.verapdf.pdfa.PDFAParser parser = org.verapdf.pdfa.Foundries.defaultInstance()
                .createParser(new java.io.ByteArrayInputStream(pdf), ua);
             org.verapdf.pdfa.PDFAValidator validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(ua, false)) {
            org.verapdf.pdfa.results.ValidationResult result = validator.validate(parser);
            if (!result.isCompliant()) {
                java.util.Map<String, Long> failed = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                        .collect(java.util.stream.Collectors.groupingBy(a -> a.getRuleId().getClause() + "-"
                                + a.getRuleId().getTestNumber() + " " + a.getMessage(), java.util.TreeMap::new,
                                java.util.stream.Collectors.counting()));
                org.junit.jupiter.api.Assertions.fail("not PDF/UA-1 (veraPDF): " + failed);
            }
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF", e);
        }
    }

    /** Text without white space: a table cell may wrap anywhere, so expected texts are compared squashed too. */
    public static String squash(String s) {
        return s.replaceAll("\\s", "");
    }

    /** The text of a PDF, squashed; the PDF must be PDF/UA-1 ({@link #assertAccessible}). */
    public static String text(byte[] pdf) throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertAccessible(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return squash(new PDFTextStripper().getText(doc));
        }
    }

    /** A PDF download: 200, application/pdf, as an attachment. */
    public static byte[] download(Browserless who, String path) {
        Response r = who.get(path);
        r.then().statusCode(200).contentType("application/pdf").header("Content-Disposition", containsString("attachment"));
        return r.asByteArray();
    }
}
