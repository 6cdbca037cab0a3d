package kr.drregistry.filing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kr.drregistry.platform.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kr.drregistry.support.OfficeFiles.WORD_MAIN;
import static kr.drregistry.support.OfficeFiles.contentTypes;
import static kr.drregistry.support.OfficeFiles.docx;
import static kr.drregistry.support.OfficeFiles.zip;

/** An attachment is typed by its content: an Office Open XML name on something else is refused (issue 15). */
class AttachmentTypesTest {
    @Test
    void aRealWordDocumentIsAccepted() throws IOException {
        assertEquals(AttachmentTypes.DOCX, AttachmentTypes.detect(docx(), "plan.docx"));
        // the main part may have another name, as long as [Content_Types].xml declares it
        byte[] renamedPart = zip("[Content_Types].xml", contentTypes("/word/document2.xml", WORD_MAIN),
                "word/document2.xml", "<w:document/>");
        assertEquals(AttachmentTypes.DOCX, AttachmentTypes.detect(renamedPart, "plan.docx"));
    }

    @Test
    void aZipArchiveNamedDocxIsRefusedNotStoredAsWord() throws IOException {
        byte[] zip = zip("readme.txt", "not a word file");
        ProblemException e = assertThrows(ProblemException.class, () -> AttachmentTypes.detect(zip, "plan.docx"));
        assertEquals(415, e.status());
        assertTrue(e.errors().get(0).message().contains("not an Office Open XML package"), e.errors().get(0).message());
        assertTrue(e.errors().get(0).messageKo().contains("Office Open XML"));
        // the same for Excel and PowerPoint names, and for a package of another kind
        assertEquals(415, assertThrows(ProblemException.class, () -> AttachmentTypes.detect(zip, "book.xlsx")).status());
        assertEquals(415, assertThrows(ProblemException.class, () -> AttachmentTypes.detect(zip, "slides.pptx")).status());
        assertEquals(415, assertThrows(ProblemException.class, () -> AttachmentTypes.detect(docx(), "book.xlsx")).status());
    }

    @Test
    void aDeclaredMainPartThatIsMissingOrContentTypesAloneIsRefused() throws IOException {
        byte[] noPart = zip("[Content_Types].xml", contentTypes("/word/document.xml", WORD_MAIN));
        assertEquals(415, assertThrows(ProblemException.class, () -> AttachmentTypes.detect(noPart, "a.docx")).status());
        byte[] undeclared = zip("[Content_Types].xml", contentTypes("/word/document.xml", "application/xml"),
                "word/document.xml", "<w:document/>");
        assertEquals(415, assertThrows(ProblemException.class, () -> AttachmentTypes.detect(undeclared, "a.docx")).status());
        byte[] truncated = java.util.Arrays.copyOf(docx(), 60);
        assertEquals(415, assertThrows(ProblemException.class, () -> AttachmentTypes.detect(truncated, "a.docx")).status());
    }

    @Test
    void otherTypesAreStillTypedByTheirBytes() {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", AttachmentTypes.detect(pdf, "report.docx"));
        ProblemException text = assertThrows(ProblemException.class,
                () -> AttachmentTypes.detect("hello".getBytes(StandardCharsets.UTF_8), "plan.pdf"));
        assertTrue(text.errors().get(0).message().contains("text/plain"), text.errors().get(0).message());
    }
}
