package io.ispflow.order.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.order.fixtures.Multipart;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void shouldRecogniseTheAcceptedFormatsByTheirFirstBytes() {
        assertThat(ImageType.detect(Multipart.aPng(2, 2))).contains(ImageType.PNG);
        assertThat(ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(ImageType.JPEG);
        assertThat(ImageType.detect(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(ImageType.WEBP);
        assertThat(ImageType.detect(ascii("\0\0\0\u0018ftypheic\0\0\0\0"))).contains(ImageType.HEIC);
    }

    @Test
    void shouldRejectEverythingElse() {
        assertThat(ImageType.detect(ascii("GIF89a......"))).isEmpty();
        assertThat(ImageType.detect(ascii("%PDF-1.7"))).isEmpty();
        assertThat(ImageType.detect(ascii("<svg/>"))).isEmpty();
        assertThat(ImageType.detect(ascii("\0\0\0\u0018ftypisom\0\0\0\0")))
                .as("an MP4 video")
                .isEmpty();
        assertThat(ImageType.detect(new byte[0])).isEmpty();
    }

    @Test
    void shouldMatchTheDeclaredContentTypes() {
        assertThat(ImageType.JPEG.isDeclaredBy("image/jpg")).isTrue();
        assertThat(ImageType.HEIC.isDeclaredBy("image/heif")).isTrue();
        assertThat(ImageType.PNG.isDeclaredBy("IMAGE/PNG; charset=binary")).isTrue();
        assertThat(ImageType.PNG.isDeclaredBy("image/jpeg")).isFalse();
    }

    @Test
    void shouldKeepOnlyTheNameOfTheUploadedFile() {
        assertThat(PhotoService.fileName("C:\\fotos\\casa.jpg", ImageType.JPEG)).isEqualTo("casa.jpg");
        assertThat(PhotoService.fileName("../../etc/passwd\".png", ImageType.PNG))
                .isEqualTo("passwd.png");
        assertThat(PhotoService.fileName(null, ImageType.WEBP)).isEqualTo("photo.webp");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
