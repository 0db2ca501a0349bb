package io.ispflow.order.fieldwork;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The photo formats the service stores, recognised by their first bytes (the client's Content-Type
 * alone proves nothing).
 */
public enum ImageType {
    JPEG("image/jpeg", "jpg", Set.of("image/jpeg", "image/jpg", "image/pjpeg")),
    PNG("image/png", "png", Set.of("image/png")),
    WEBP("image/webp", "webp", Set.of("image/webp")),
    HEIC("image/heic", "heic", Set.of("image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "heif");

    private final String mediaType;
    private final String extension;
    private final Set<String> declaredAs;

    ImageType(String mediaType, String extension, Set<String> declaredAs) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.declaredAs = declaredAs;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether a client's declared Content-Type names this format. */
    public boolean isDeclaredBy(String contentType) {
        String bare = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return declaredAs.contains(bare);
    }

    /** The format of the file, by its magic bytes; empty when it is none of the accepted ones. */
    public static Optional<ImageType> detect(byte[] content) {
        if (startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 4, ascii("ftyp")) && content.length >= 12) {
            String brand = new String(Arrays.copyOfRange(content, 8, 12), StandardCharsets.US_ASCII);
            if (HEIF_BRANDS.contains(brand)) {
                return Optional.of(HEIC);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
