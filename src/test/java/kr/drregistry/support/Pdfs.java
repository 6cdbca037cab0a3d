package kr.drregistry.support;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import io.restassured.response.Response;

/** PDF downloads in tests: fetched as a signed-in person, read back as text. */
public final class Pdfs {
    private Pdfs() {
    }

    /** Text without white space: a table cell may wrap anywhere, so expected texts are compared squashed too. */
    public static String squash(String s) {
        return s.replaceAll("\\s", "");
    }

    /** The text of a PDF, squashed. */
    public static String text(byte[] pdf) throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
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
