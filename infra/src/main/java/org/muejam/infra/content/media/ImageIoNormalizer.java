package org.muejam.infra.content.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.muejam.command.content.media.ImageNormalizer;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * Re-encodes uploads with the JDK's ImageIO: the reader is chosen by the file's magic bytes; width and height come
 * from the header and are checked before any pixel is decoded; the decode is subsampled so no more pixels than the
 * largest rendition needs are ever held; the renditions are drawn anew and written without metadata, as JPEG (or
 * PNG when the image has transparency). Only the first frame of an animated GIF is kept. WebP is read (the
 * TwelveMonkeys plug-in) and never written: no library here writes it.
 */
public final class ImageIoNormalizer implements ImageNormalizer {

    static final String FIELD = "file";
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "webp");
    private static final float JPEG_QUALITY = 0.85f;

    static {
        // decoding stays in memory: no temporary files for the bytes of strangers
        ImageIO.setUseCache(false);
        // plug-ins (WebP) inside the packaged application's nested jars are found only by a scan
        ImageIO.scanForPlugins();
    }

    private final MediaProperties.Images limits;

    public ImageIoNormalizer(MediaProperties.Images limits) {
        this.limits = limits;
    }

    @Override
    public List<Rendition> normalize(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refused("image-empty", "the file is empty");
        }
        if (upload.length > limits.maxUploadSize().toBytes()) {
            throw refused(
                    "image-too-large",
                    "the file has " + upload.length + " bytes; at most "
                            + limits.maxUploadSize().toBytes() + " are accepted");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unsupported();
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw unsupported();
                }
                return renditions(read(reader, in));
            } finally {
                reader.dispose();
            }
        } catch (DomainRuleViolation refusal) {
            throw refusal;
        } catch (IOException | RuntimeException e) {
            throw damaged();
        }
    }

    private BufferedImage read(ImageReader reader, ImageInputStream in) throws IOException {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw damaged();
        }
        if ((long) width * height > limits.maxPixels()) {
            throw refused(
                    "image-too-large",
                    "the image is " + width + "×" + height + " pixels; at most " + limits.maxPixels()
                            + " pixels are accepted");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / limits.maxDimension());
        param.setSourceSubsampling(step, step, 0, 0);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0, param);
        if (!warnings.isEmpty()) {
            // a truncated or corrupt file decodes partly, with a warning: not worth storing
            throw damaged();
        }
        return image;
    }

    private List<Rendition> renditions(BufferedImage image) throws IOException {
        boolean alpha = image.getColorModel().hasAlpha();
        List<Rendition> renditions = new ArrayList<>();
        renditions.add(encode("full", scaled(image, limits.maxDimension(), alpha), alpha));
        renditions.add(encode("thumbnail", scaled(image, limits.thumbnailDimension(), alpha), alpha));
        return renditions;
    }

    /** Drawn anew at the size, halving first while far above it so the result is not aliased. */
    static BufferedImage scaled(BufferedImage source, int maxSide, boolean alpha) {
        BufferedImage current = source;
        int longest = Math.max(source.getWidth(), source.getHeight());
        double factor = Math.min(1.0, maxSide / (double) longest);
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * factor));
        while (current.getWidth() / 2 >= targetWidth * 2 && current.getHeight() / 2 >= targetHeight) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        return draw(current, targetWidth, targetHeight, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            if (!alpha) {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static Rendition encode(String name, BufferedImage image, boolean alpha) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (alpha) {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IOException("no PNG writer");
            }
            return new Rendition(name, bytes.toByteArray(), "image/png", "png", image.getWidth(), image.getHeight());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            // no metadata given: the writer adds only its own JFIF header
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Rendition(name, bytes.toByteArray(), "image/jpeg", "jpg", image.getWidth(), image.getHeight());
    }

    private static DomainRuleViolation unsupported() {
        return refused("image-unsupported", "the file is not a PNG, JPEG, GIF or WebP image");
    }

    private static DomainRuleViolation damaged() {
        return refused("image-damaged", "the image cannot be read: the file is damaged or truncated");
    }

    private static DomainRuleViolation refused(String type, String message) {
        return DomainRuleViolation.invalid(type, FIELD, message);
    }
}
