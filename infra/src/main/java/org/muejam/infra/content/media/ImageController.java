package org.muejam.infra.content.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.media.BlobStore;
import org.muejam.command.content.media.application.ImageUploads;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.FindImageQuery;
import org.muejam.shared.content.ImageRendition;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.content.MarkImageNsfwCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Image uploads (covers, avatars): a multipart form with the image in the field "file" (and "nsfw": "true" when the
 * creator marks it), parsed here and nowhere else, so no other endpoint ever takes multipart.
 */
@Tag(name = "images")
@RestController
@RequestMapping(ImageController.PATH)
public class ImageController {

    public static final String PATH = "/api/images";

    private static final String FILE = "file";
    private static final String NSFW = "nsfw";

    /** The form, as documented: the browser sends it as multipart/form-data. */
    public record ImageUploadForm(
            @Schema(type = "string", format = "binary", description = "a PNG, JPEG, GIF or WebP image")
            String file,

            @Schema(description = "true when the creator marks the image NSFW")
            Boolean nsfw) {}

    public record ImageUploadResponse(String id, String url, String thumbnailUrl, boolean nsfw, String moderation) {}

    private final ImageUploads uploads;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BlobStore blobs;

    public ImageController(ImageUploads uploads, CommandGateway commands, QueryGateway queries, BlobStore blobs) {
        this.uploads = uploads;
        this.commands = commands;
        this.queries = queries;
        this.blobs = blobs;
    }

    @Operation(
            operationId = "uploadImage",
            summary = "Upload an image: re-encoded without its metadata, classified, and stored",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = ImageUploadForm.class))))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImageUploadResponse> upload(HttpServletRequest request, Principal principal)
            throws IOException {
        Form form = form(request);
        ImageUploads.Uploaded uploaded = uploads.upload(UserId.of(principal.getName()), form.file(), form.nsfw());
        String url = PATH + "/" + uploaded.imageId();
        return ResponseEntity.created(URI.create(url))
                .body(new ImageUploadResponse(
                        uploaded.imageId(),
                        url,
                        url + "?size=thumbnail",
                        uploaded.nsfw(),
                        uploaded.moderation().name()));
    }

    @ReadsFrom(ReadModels.IMAGES)
    @Operation(
            operationId = "getImage",
            summary = "An uploaded image's bytes (size=thumbnail for the small one); X-Nsfw says whether it is NSFW")
    // no "produces": a refusal must still be answered as problem+json whatever the client accepts
    @ApiResponse(
            responseCode = "200",
            description = "the image",
            content = {
                @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/{imageId}")
    public ResponseEntity<byte[]> image(
            @PathVariable String imageId,
            @Parameter(schema = @Schema(allowableValues = {"full", "thumbnail"})) @RequestParam(defaultValue = "full")
                    String size) {
        ImageResponse image = find(imageId);
        ImageRendition rendition = image.rendition("thumbnail".equals(size) ? "thumbnail" : "full");
        BlobStore.Blob blob = blobs.get(rendition.key()).orElseThrow(() -> notFound(imageId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendition.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("X-Nsfw", Boolean.toString(image.nsfw()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .header("X-Content-Type-Options", "nosniff")
                .body(blob.bytes());
    }

    @Operation(operationId = "markImageNsfw", summary = "Mark one of the signed-in creator's images NSFW")
    @PostMapping("/{imageId}/nsfw")
    public ResponseEntity<Void> markNsfw(@PathVariable String imageId, Principal principal) {
        find(imageId);
        commands.sendAndWait(new MarkImageNsfwCommand(imageId, UserId.of(principal.getName())));
        return ResponseEntity.noContent().build();
    }

    private ImageResponse find(String imageId) {
        if (imageId.length() > 64 || !imageId.matches("[0-9a-f-]+")) {
            throw notFound(imageId);
        }
        return Queries.optional(queries, new FindImageQuery(imageId), ImageResponse.class)
                .orElseThrow(() -> notFound(imageId));
    }

    private static DomainRuleViolation notFound(String imageId) {
        return DomainRuleViolation.notFound("image-not-found", null, "no image " + imageId);
    }

    private record Form(byte[] file, boolean nsfw) {}

    /** The form's fields from the (size-limited) body; anything that is no multipart form is a 400. */
    private static Form form(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        byte[] file = null;
        boolean nsfw = false;
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, request.getContentType()));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String[] disposition = part.getHeader("Content-Disposition");
                if (disposition == null || disposition.length == 0) {
                    continue;
                }
                String name = new ContentDisposition(disposition[0]).getParameter("name");
                if (FILE.equals(name)) {
                    if (file != null) {
                        throw badForm("send one file in the field \"file\"");
                    }
                    file = part.getInputStream().readAllBytes();
                } else if (NSFW.equals(name)) {
                    String value = new String(
                                    part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .strip();
                    if (!value.equals("true") && !value.equals("false")) {
                        throw DomainRuleViolation.invalid("invalid-request", NSFW, "nsfw is true or false");
                    }
                    nsfw = Boolean.parseBoolean(value);
                }
            }
        } catch (MessagingException | RuntimeException e) {
            if (e instanceof DomainRuleViolation violation) {
                throw violation;
            }
            throw badForm("the body is not a multipart/form-data form with a boundary");
        }
        if (file == null) {
            throw badForm("the image goes in the form field \"file\"");
        }
        return new Form(file, nsfw);
    }

    private static RuntimeException badForm(String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-multipart", detail, FILE);
    }
}
