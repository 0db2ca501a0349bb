package io.ispflow.order.fieldwork;

import io.ispflow.order.OrderProperties;
import io.ispflow.order.order.Order;
import io.ispflow.order.order.OrderAccess;
import io.ispflow.order.order.OrderStatus;
import io.ispflow.order.web.UnsupportedMediaTypeException;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.ForbiddenException;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Photos of a visit: JPEG, PNG, WebP or HEIC (checked by content), bounded in size and number. */
@Service
public class PhotoService {

    /** The longest file name accepted and kept, in characters (the column's size). */
    static final int MAX_FILE_NAME = 255;

    private final PhotoStore photos;
    private final OrderAccess access;
    private final OrderProperties properties;
    private final Clock clock;

    PhotoService(PhotoStore photos, OrderAccess access, OrderProperties properties, Clock clock) {
        this.photos = photos;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** The stored photo, and whether this upload stored it (false: the same bytes were there already). */
    public record Upload(PhotoView photo, boolean created) {}

    /**
     * Stores a photo: by the assigned technician, a planner or an admin; never on a cancelled order.
     * Idempotent by content: the app retrying an upload over a flaky mobile connection gets the photo
     * stored the first time, not a copy.
     */
    @Transactional
    public Upload upload(UUID orderId, MultipartFile file, Caller caller) {
        // the order row stays locked until commit, so concurrent uploads cannot pass the limit together
        Order order = access.requireVisibleLocked(caller, orderId);
        if (!caller.hasAnyRole(Role.PLANNER, Role.ADMIN) && !access.isAssignedToCaller(order, caller)) {
            throw new ForbiddenException(
                    "not-assigned",
                    "Only the technician order " + order.getNumber()
                            + " is scheduled for, or a planner, can add photos.");
        }
        if (order.isPersonalDataErased()) {
            // the photos picture the person's home: erased with the person, never taken again
            throw new ConflictException(
                    "personal-data-erased",
                    "The personal data of order " + order.getNumber()
                            + "'s customer was erased: it takes no more photos.");
        }
        if (order.getStatus() == OrderStatus.CANCELLED) {
            ConflictException cancelled = new ConflictException(
                    "order-status", "Order " + order.getNumber() + " is CANCELLED: it takes no more photos.");
            cancelled.with("status", order.getStatus().name());
            throw cancelled;
        }
        requireAcceptableFileName(file.getOriginalFilename());
        byte[] content = bytesOf(file);
        if (content.length == 0) {
            throw BadRequestException.invalidField("file", "is empty");
        }
        ImageType type = ImageType.detect(content)
                .orElseThrow(() -> new UnsupportedMediaTypeException(
                        "Photos must be JPEG, PNG, WebP or HEIC images; this file is none of them."));
        String declared = file.getContentType();
        if (declared != null
                && !declared.isBlank()
                && !declared.startsWith("application/octet-stream")
                && !type.isDeclaredBy(declared)) {
            throw new UnsupportedMediaTypeException(
                    "The file was sent as " + declared + " but its content is " + type.mediaType() + ".");
        }
        String sha256 = sha256(content);
        var same = photos.findByContent(order.getId(), sha256);
        if (same.isPresent()) {
            return new Upload(same.get(), false);
        }
        int limit = properties.photos().maxPerOrder();
        if (photos.countOf(order.getId()) >= limit) {
            ConflictException full = new ConflictException(
                    "photo-limit",
                    "Order " + order.getNumber() + " has " + limit + " photos already, the most it takes.");
            full.with("maxPhotos", limit);
            throw full;
        }
        PhotoStore.NewPhoto photo = new PhotoStore.NewPhoto(
                UUID.randomUUID(),
                order.getId(),
                fileName(file.getOriginalFilename(), type),
                type.mediaType(),
                content,
                sha256,
                caller.subject(),
                OffsetDateTime.now(clock));
        photos.insert(photo);
        return new Upload(
                new PhotoView(
                        photo.id(),
                        photo.fileName(),
                        photo.contentType(),
                        content.length,
                        photo.uploadedBy(),
                        photo.uploadedAt()),
                true);
    }

    @Transactional(readOnly = true)
    public List<PhotoView> list(UUID orderId, Caller caller) {
        Order order = access.requireVisible(caller, orderId);
        return photos.listOf(order.getId());
    }

    /** A photo's metadata (never its bytes) with the order it belongs to. */
    public record OrderPhoto(UUID orderId, PhotoView photo) {}

    /** The metadata of the photos of these orders (the right of access), by order and upload time. */
    @Transactional(readOnly = true)
    public List<OrderPhoto> ofOrders(Collection<UUID> orderIds) {
        return photos.listOf(orderIds);
    }

    /**
     * The right to erasure: the photos of these orders are deleted, bytes and all (they picture the
     * person's home and whatever the technician saw there). Runs in the caller's transaction.
     *
     * @return how many photos were deleted
     */
    @Transactional
    public int deleteOfOrders(Collection<UUID> orderIds) {
        return photos.deleteOf(orderIds);
    }

    @Transactional(readOnly = true)
    public PhotoStore.Content download(UUID orderId, UUID photoId, Caller caller) {
        Order order = access.requireVisible(caller, orderId);
        return photos.find(order.getId(), photoId).orElseThrow(() -> new NotFoundException("Photo", photoId));
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Refuses, as a 400 on the part {@code file}, a file name longer than {@link #MAX_FILE_NAME} characters
     * or holding control characters (U+0000 to U+001F, U+007F): nothing a camera or a phone names a photo,
     * and nothing to store or to send back in a Content-Disposition header. A missing name is fine.
     */
    static void requireAcceptableFileName(String original) {
        if (original == null) {
            return;
        }
        if (original.length() > MAX_FILE_NAME && original.codePointCount(0, original.length()) > MAX_FILE_NAME) {
            throw BadRequestException.invalidField(
                    "file", "the file name must be at most " + MAX_FILE_NAME + " characters long");
        }
        if (original.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw BadRequestException.invalidField("file", "the file name must not contain control characters");
        }
    }

    /** The client's file name without any path, control characters, quotes or excess length. */
    static String fileName(String original, ImageType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        int excess = name.codePointCount(0, name.length()) - MAX_FILE_NAME;
        if (excess > 0) {
            // keeps the end, where the extension is, and never splits a surrogate pair
            name = name.substring(name.offsetByCodePoints(0, excess));
        }
        return name.isEmpty() ? "photo." + type.extension() : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
