package kr.drregistry.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * XHTML to PDF (openhtmltopdf) with the vendored Pretendard font embedded, so Korean text renders: shared by the
 * version record and every table export. Templates name the font family {@code Pretendard} (weights 400 and 700).
 */
@ApplicationScoped
public class PdfRenderer {
    private static final String FONT_DIR = "fonts/pretendard/";

    static {
        PdfLogging.install();
    }
    private volatile byte[] regular;
    private volatile byte[] bold;

    private static byte[] font(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * XHTML to PDF with Pretendard embedded (subset: only the glyphs used). The font's glyph substitutions (GSUB:
     * Latin ligatures) are switched off: PDFBox would otherwise rebuild its ligature matcher for every text run
     * (tens of seconds for a 15-page record), and a ligature glyph has no Unicode mapping, so "fi" would be lost
     * when the text is copied, searched or read aloud.
     */
    public byte[] render(String xhtml) {
        if (regular == null) {
            bold = font("Pretendard-Bold.ttf");
            regular = font("Pretendard-Regular.ttf");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument doc = new PDDocument();
             TrueTypeFont regularTtf = parse(regular);
             TrueTypeFont boldTtf = parse(bold)) {
            PDType0Font regularFont = PDType0Font.load(doc, regularTtf, true);
            PDType0Font boldFont = PDType0Font.load(doc, boldTtf, true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // PDF/UA-1 (ISO 14289-1): tagged structure in reading order, language, title shown, XMP metadata
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(regularFont), "Pretendard", 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(boldFont), "Pretendard", 700, FontStyle.NORMAL, true);
            builder.withProducer("DR Registry");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static TrueTypeFont parse(byte[] ttf) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        font.setEnableGsub(false);
        return font;
    }
}
