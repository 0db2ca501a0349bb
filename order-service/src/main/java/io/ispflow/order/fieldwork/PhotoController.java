package io.ispflow.order.fieldwork;

import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
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
class PhotoController {

    private final PhotoService photos;

    PhotoController(PhotoService photos) {
        this.photos = photos;
    }

    /** 201 with the new photo; 200 with the stored one when the same bytes were uploaded before (a retry). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(AccessRules.UPLOAD_PHOTOS)
    ResponseEntity<PhotoView> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file, Caller caller) {
        PhotoService.Upload upload = photos.upload(id, file, caller);
        URI location =
                URI.create("/api/orders/" + id + "/photos/" + upload.photo().id());
        return upload.created()
                ? ResponseEntity.created(location).body(upload.photo())
                : ResponseEntity.ok().location(location).body(upload.photo());
    }

    @GetMapping
    @PreAuthorize(AccessRules.READ_ORDERS)
    List<PhotoView> list(@PathVariable UUID id, Caller caller) {
        return photos.list(id, caller);
    }

    @GetMapping("/{photoId}")
    @PreAuthorize(AccessRules.READ_ORDERS)
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID photoId, Caller caller) {
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
