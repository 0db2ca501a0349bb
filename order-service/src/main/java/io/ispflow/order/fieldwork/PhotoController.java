package io.ispflow.order.fieldwork;

import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photos of a visit: upload ({@code multipart/form-data}, part {@code file}), list, download. */
@RestController
@RequestMapping("/api/orders/{id}/photos")
@Tag(
        name = "Order photos",
        description = "Photos of a visit (JPEG, PNG, WebP or HEIC, up to 10 MB each, at most 20 per order): upload"
                + " from the field, list, download.")
class PhotoController {

    private final PhotoService photos;

    PhotoController(PhotoService photos) {
        this.photos = photos;
    }

    /** 201 with the new photo; 200 with the stored one when the same bytes were uploaded before (a retry). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(AccessRules.UPLOAD_PHOTOS)
    @Operation(
            operationId = "uploadOrderPhoto",
            summary = "Upload a photo of the visit",
            description = "Roles: TECHNICIAN, PLANNER, ADMIN; a technician only on an order scheduled for them"
                    + " (another technician gets a 404, like a caller outside the order's zone). One file per"
                    + " request, as the multipart part `file`: JPEG, PNG, WebP or HEIC, recognised by its content"
                    + " (anything else, or a declared Content-Type contradicting the content, is a 415); an empty"
                    + " file, or a file name longer than 255 characters or with control characters, is a 400 on"
                    + " the field `file`; over 10 MB a 413. A CANCELLED order takes no photos (409 order-status),"
                    + " nor does one whose customer's personal data was erased (409 personal-data-erased), and"
                    + " an order takes at most 20 (409 photo-limit). Idempotent by content: the same bytes"
                    + " uploaded again to the order answer 200 with the photo stored the first time.")
    @ApiResponse(responseCode = "201", description = "The photo was stored; Location is its download address")
    @ApiResponse(
            responseCode = "200",
            description = "The same bytes were stored on this order before (a retry): that photo, nothing new")
    ResponseEntity<PhotoView> upload(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            @Parameter(
                            description = "The photo: JPEG, PNG, WebP or HEIC, at most 10 MB; its file name at most"
                                    + " 255 characters, without control characters")
                    @RequestPart("file")
                    MultipartFile file,
            Caller caller) {
        PhotoService.Upload upload = photos.upload(id, file, caller);
        URI location =
                URI.create("/api/orders/" + id + "/photos/" + upload.photo().id());
        return upload.created()
                ? ResponseEntity.created(location).body(upload.photo())
                : ResponseEntity.ok().location(location).body(upload.photo());
    }

    @GetMapping
    @PreAuthorize(AccessRules.READ_ORDERS)
    @Operation(
            operationId = "listOrderPhotos",
            summary = "List the photos of an order (metadata, oldest first)",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. An order the caller cannot"
                    + " see (outside their zones, or, for a caller who is only a TECHNICIAN, not scheduled for"
                    + " them) is a 404. The bytes of each photo are at its own address.")
    List<PhotoView> list(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            Caller caller) {
        return photos.list(id, caller);
    }

    @GetMapping("/{photoId}")
    @PreAuthorize(AccessRules.READ_ORDERS)
    @Operation(
            operationId = "getOrderPhoto",
            summary = "Download a photo of an order",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. The bytes as stored, with"
                    + " the photo's media type and its file name in Content-Disposition (inline). An order the"
                    + " caller cannot see, or a photo that is not the order's, is a 404.")
    @ApiResponse(
            responseCode = "200",
            description = "The photo's bytes",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<Resource> download(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            @Parameter(description = "The photo's id", example = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d") @PathVariable
                    UUID photoId,
            Caller caller) {
        PhotoStore.Content content = photos.download(id, photoId, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.photo().contentType()))
                .contentLength(content.data().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(content.photo().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new ByteArrayResource(content.data()));
    }
}
