package kr.drregistry.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small ZIP and Office Open XML files built in memory, for the attachment-type tests. */
public final class OfficeFiles {
    public static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private OfficeFiles() {
    }

    /** A ZIP archive of the given entry names and (UTF-8) contents, in pairs. */
    public static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A [Content_Types].xml declaring {@code part} as {@code type}. */
    public static String contentTypes(String part, String type) {
        return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"" + part
                + "\" ContentType=\"" + type + "\"/></Types>";
    }

    /** A minimal Word document: [Content_Types].xml declaring the main part, and that part. */
    public static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", contentTypes("/word/document.xml", WORD_MAIN),
                "_rels/.rels", "<Relationships/>", "word/document.xml", "<w:document/>");
    }
}
