package kr.drregistry.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import kr.drregistry.filing.AttachmentService;
import kr.drregistry.filing.AttachmentTypes;
import kr.drregistry.platform.ProblemException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attachment upload's content typing ({@link AttachmentTypes}: Tika's detection and the Office Open XML package
 * check) and file-name cleaning, with fuzzed bytes and names: an accepted type from the allowed list, or a 4xx problem;
 * never another exception.
 */
class AttachmentFuzzTest {
    private static final String[] NAMES = {"plan.pdf", "plan.docx", "book.xlsx", "slides.pptx", "plan.doc", "a.hwp",
        "map.png", "x.zip", "noext", ""};

    @FuzzTest
    void upload(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? NAMES[data.consumeInt(0, NAMES.length - 1)] : data.consumeString(300);
        byte[] bytes = data.consumeRemainingAsBytes();
        String clean = AttachmentService.sanitise(name);
        assertTrue(!clean.isBlank() && clean.length() <= 200, clean);
        try {
            String type = AttachmentTypes.detect(bytes, clean);
            assertTrue(AttachmentTypes.ALLOWED.contains(type), type);
        } catch (ProblemException refused) {
            assertTrue(refused.status() == 415, () -> "refused with " + refused.status());
        }
    }
}
