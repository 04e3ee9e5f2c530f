package vn.camau.reform.hotline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.camau.reform.base.BusinessRuleException;

/**
 * Which files a report may carry: photos, scans, documents and call recordings, each recognised by
 * its extension AND its first bytes, so an .exe renamed .pdf is refused. The browser's claimed type
 * is never trusted, and the stored type comes from here.
 */
public final class AttachmentRules {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES_PER_REPORT = 10;
    public static final int MAX_NAME_LENGTH = 255;
    public static final String ALLOWED_EXTENSIONS = "pdf, jpg, jpeg, png, docx, xlsx, mp3, m4a, wav";

    private enum Kind {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        MP3("audio/mpeg"), M4A("audio/mp4"), WAV("audio/wav");

        final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private static final Map<String, Kind> BY_EXTENSION = Map.of("pdf", Kind.PDF, "jpg", Kind.JPEG,
            "jpeg", Kind.JPEG, "png", Kind.PNG, "docx", Kind.DOCX, "xlsx", Kind.XLSX, "mp3", Kind.MP3,
            "m4a", Kind.M4A, "wav", Kind.WAV);

    private AttachmentRules() {
    }

    /** A file that passed the checks, with its cleaned name and the media type it really has. */
    public record CheckedFile(String fileName, String mediaType, byte[] content) {
    }

    /** Checks every file of one request; the first refusal names the file. */
    public static List<CheckedFile> check(List<AttachmentUpload> files, int alreadyStored) {
        if (alreadyStored + files.size() > MAX_FILES_PER_REPORT) {
            throw new BusinessRuleException("hotline.attachment.too-many", MAX_FILES_PER_REPORT);
        }
        return files.stream().map(AttachmentRules::check).toList();
    }

    static CheckedFile check(AttachmentUpload file) {
        String name = cleanName(file.fileName());
        byte[] content = file.content() == null ? new byte[0] : file.content();
        if (content.length == 0) {
            throw new BusinessRuleException("hotline.attachment.empty", name);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("hotline.attachment.too-large", name, MAX_FILE_BYTES / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new BusinessRuleException("hotline.attachment.type", name, ALLOWED_EXTENSIONS);
        }
        if (!looksLike(kind, content)) {
            throw new BusinessRuleException("hotline.attachment.disguised", name);
        }
        return new CheckedFile(name, kind.mediaType, content);
    }

    /** The last path segment, without control characters: a name is shown and used in downloads. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new BusinessRuleException("hotline.attachment.no-name");
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static boolean looksLike(Kind kind, byte[] b) {
        return switch (kind) {
            case PDF -> startsWith(b, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case JPEG -> startsWith(b, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case PNG -> startsWith(b, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            // Office files are ZIP packages
            case DOCX, XLSX -> startsWith(b, 0, new byte[]{'P', 'K', 3, 4});
            case MP3 -> startsWith(b, 0, "ID3".getBytes(StandardCharsets.US_ASCII))
                    || b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0;
            case M4A -> startsWith(b, 4, "ftyp".getBytes(StandardCharsets.US_ASCII));
            case WAV -> startsWith(b, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                    && startsWith(b, 8, "WAVE".getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }
}
