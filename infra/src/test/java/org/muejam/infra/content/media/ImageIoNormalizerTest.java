package org.muejam.infra.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.media.ImageNormalizer.Rendition;
import org.muejam.command.shared.DomainRuleViolation;
import org.springframework.util.unit.DataSize;

/** Uploads are checked by their bytes and re-encoded at bounded sizes, without the original's metadata. */
class ImageIoNormalizerTest {

    private final ImageIoNormalizer normalizer =
            new ImageIoNormalizer(new MediaProperties.Images(DataSize.ofMegabytes(5), 50_000_000, 1600, 400));

    @Test
    void exifAndGpsOfAJpegDoNotSurvive() throws Exception {
        byte[] original = TestImages.jpegWithGps();
        JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(original);
        assertThat(before.getExif().getGpsInfo())
                .as("the test image carries a GPS position")
                .isNotNull();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(TestImages.EXIF_SECRET);

        List<Rendition> renditions = normalizer.normalize(original);

        for (Rendition rendition : renditions) {
            assertThat(rendition.contentType()).isEqualTo("image/jpeg");
            assertThat(TestImages.hasExif(rendition.bytes()))
                    .as(rendition.name())
                    .isFalse();
            assertThat(new String(rendition.bytes(), StandardCharsets.ISO_8859_1))
                    .doesNotContain(TestImages.EXIF_SECRET);
            JpegImageMetadata after = (JpegImageMetadata) Imaging.getMetadata(rendition.bytes());
            assertThat(after == null || after.getExif() == null)
                    .as(rendition.name())
                    .isTrue();
        }
    }

    @Test
    void largeImagesAreScaledToTheFullAndThumbnailSizes() throws IOException {
        List<Rendition> renditions = normalizer.normalize(TestImages.jpeg(4000, 2000));

        assertThat(renditions).extracting(Rendition::name).containsExactly("full", "thumbnail");
        assertThat(renditions.get(0).width()).isEqualTo(1600);
        assertThat(renditions.get(0).height()).isEqualTo(800);
        assertThat(renditions.get(1).width()).isEqualTo(400);
        assertThat(renditions.get(1).height()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(renditions.get(1).bytes()))
                        .getWidth())
                .isEqualTo(400);
    }

    @Test
    void smallImagesKeepTheirSizeAndTransparencyKeepsPng() {
        List<Rendition> renditions = normalizer.normalize(TestImages.png(120, 80, true));

        assertThat(renditions.get(0).contentType()).isEqualTo("image/png");
        assertThat(renditions.get(0).width()).isEqualTo(120);
        assertThat(renditions.get(0).height()).isEqualTo(80);
    }

    @Test
    void gifAndOpaquePngAreStoredAsJpeg() {
        assertThat(normalizer.normalize(TestImages.gif(64, 64)).get(0).contentType())
                .isEqualTo("image/jpeg");
        assertThat(normalizer.normalize(TestImages.png(64, 64, false)).get(0).contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void webpIsReadAndStoredAsJpegOrPngWhenTransparent() {
        byte[] lossy = java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
        byte[] withAlpha = java.util.Base64.getDecoder()
                .decode(
                        "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==");

        assertThat(normalizer.normalize(lossy).get(0).contentType()).isEqualTo("image/jpeg");
        assertThat(normalizer.normalize(withAlpha).get(0).contentType()).isEqualTo("image/png");
        assertThat(normalizer.normalize(withAlpha).get(0).width()).isEqualTo(1);
    }

    @Test
    void strangeUploadsAreRefusedNamingTheFile() {
        assertRefused(new byte[0], "image-empty");
        assertRefused("just some text, not a picture".getBytes(StandardCharsets.UTF_8), "image-unsupported");
        assertRefused(
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), "image-unsupported");
        assertRefused(TestImages.pngDeclaring(100_000, 100_000), "image-too-large");
        assertRefused(TestImages.pngDeclaring(0, 10), "image-damaged");
        assertRefused(TestImages.truncated(TestImages.jpeg(800, 600)), "image-damaged");
        assertRefused(TestImages.truncated(TestImages.png(300, 300, false)), "image-damaged");
        assertRefused(new byte[6 * 1024 * 1024], "image-too-large");
    }

    private void assertRefused(byte[] upload, String type) {
        assertThatThrownBy(() -> normalizer.normalize(upload))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo(type);
                    assertThat(refusal.field()).isEqualTo("file");
                });
    }
}
