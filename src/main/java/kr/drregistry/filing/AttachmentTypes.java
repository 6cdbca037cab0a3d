package kr.drregistry.filing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;

/**
 * What an uploaded attachment is, decided by its bytes: Apache Tika's magic detection (tika-core; the file name can
 * only refine a container format, never override it), and for the Office Open XML types, which Tika's core tells
 * from a plain ZIP only by the name, a look inside the package: a {@code .docx}, {@code .xlsx} or {@code .pptx} must
 * be a ZIP with {@code [Content_Types].xml} declaring the main part of its kind, and that part must be there. So a
 * ZIP archive renamed {@code .docx} is refused, not stored as a Word file.
 */
public final class AttachmentTypes {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** Types accepted, as detected from the content. */
    public static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", DOCX, XLSX, PPTX,
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/x-hwp");

    /** The content type [Content_Types].xml gives the main part of each OOXML type. */
    private static final Map<String, String> MAIN_PART_TYPES = Map.of(
            DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    private static final java.util.regex.Pattern PART_NAME = java.util.regex.Pattern.compile("PartName\\s*=\\s*[\"']([^\"']*)[\"']");

    /** [Content_Types].xml is a few kilobytes; more than this is not read. */
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private static final Tika TIKA = new Tika();

    private AttachmentTypes() {
    }

    /**
     * The accepted content type of {@code bytes} (named {@code name}), or a 415 problem that says what the content is.
     */
    public static String detect(byte[] bytes, String name) {
        String type = TIKA.detect(bytes, name);
        if (!ALLOWED.contains(type)) {
            throw refused(type, "content detected as " + type, "내용이 " + type + " 형식입니다");
        }
        if (MAIN_PART_TYPES.containsKey(type) && !isPackage(bytes, MAIN_PART_TYPES.get(type))) {
            throw refused(type + " (not an Office Open XML package)",
                    "the file is named like " + kind(type) + " but is not an Office Open XML package of that kind "
                            + "([Content_Types].xml and its main part are missing): for example a ZIP archive with another name",
                    "파일 이름은 " + kind(type) + " 형식이지만 그 종류의 Office Open XML 패키지가 아닙니다([Content_Types].xml과 "
                            + "주 파트가 없습니다). 예를 들어 이름만 바꾼 ZIP 압축 파일입니다");
        }
        return type;
    }

    private static String kind(String type) {
        return type.equals(DOCX) ? "Word (.docx)" : type.equals(XLSX) ? "Excel (.xlsx)" : "PowerPoint (.pptx)";
    }

    private static ProblemException refused(String type, String en, String ko) {
        return new ProblemException(415, "unsupported-attachment", "허용되지 않는 파일 형식입니다", "File type not accepted",
                "the content is " + type + "; accepted are PDF, office documents (Word, Excel, PowerPoint, HWP) and PNG/JPEG/GIF images",
                List.of(new FieldError("/file", "type", en, ko, null, null)));
    }

    /**
     * Whether {@code bytes} is a ZIP package whose [Content_Types].xml declares a part of {@code mainType} (an
     * {@code Override} with that content type) and holds that part. Only the central directory and
     * [Content_Types].xml (at most 1 MiB of it) are read, so a hostile archive costs little.
     */
    static boolean isPackage(byte[] bytes, String mainType) {
        Path file;
        try {
            file = Files.createTempFile("drr-attachment", ".zip");
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the attachment could not be examined", e);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null || types.isDirectory()) {
                return false;
            }
            String declared;
            try (InputStream in = zip.getInputStream(types)) {
                declared = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
            }
            String part = mainPart(declared, mainType);
            if (part == null) {
                return false;
            }
            ZipEntry main = zip.getEntry(part.startsWith("/") ? part.substring(1) : part);
            return main != null && !main.isDirectory();
        } catch (IOException | RuntimeException e) {
            // not a ZIP, a broken one, or unreadable entries: not an Office Open XML package
            return false;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }

    /** The part name of the {@code Override} element that gives {@code mainType}, or null. */
    static String mainPart(String contentTypes, String mainType) {
        int at = contentTypes.indexOf('"' + mainType + '"');
        if (at < 0) {
            at = contentTypes.indexOf('\'' + mainType + '\'');
        }
        if (at < 0) {
            return null;
        }
        int open = contentTypes.lastIndexOf('<', at);
        int close = contentTypes.indexOf('>', at);
        if (open < 0 || close < 0) {
            return null;
        }
        java.util.regex.Matcher m = PART_NAME.matcher(contentTypes.substring(open, close));
        return m.find() && !m.group(1).isBlank() ? m.group(1) : null;
    }
}
