package io.ispflow.order.fieldwork;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The photos of the orders, in PostgreSQL (docs/adr/0008): metadata queries never read the bytes.
 */
@Repository
class PhotoStore {

    private static final String METADATA =
            "SELECT id, file_name, content_type, size_bytes, uploaded_by, uploaded_at FROM order_photo ";

    private final JdbcClient jdbc;

    PhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewPhoto(
            UUID id,
            UUID orderId,
            String fileName,
            String contentType,
            byte[] data,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {}

    record Content(PhotoView photo, byte[] data) {}

    void insert(NewPhoto photo) {
        jdbc.sql(
                        """
                        INSERT INTO order_photo
                            (id, order_id, file_name, content_type, size_bytes, sha256, data, uploaded_by, uploaded_at)
                        VALUES (:id, :orderId, :fileName, :contentType, :size, :sha256, :data, :uploadedBy, :uploadedAt)
                        """)
                .param("id", photo.id())
                .param("orderId", photo.orderId())
                .param("fileName", photo.fileName())
                .param("contentType", photo.contentType())
                .param("size", (long) photo.data().length)
                .param("sha256", photo.sha256())
                .param("data", photo.data())
                .param("uploadedBy", photo.uploadedBy())
                .param("uploadedAt", photo.uploadedAt())
                .update();
    }

    int countOf(UUID orderId) {
        return jdbc.sql("SELECT count(*) FROM order_photo WHERE order_id = :orderId")
                .param("orderId", orderId)
                .query(Integer.class)
                .single();
    }

    List<PhotoView> listOf(UUID orderId) {
        return jdbc.sql(METADATA + "WHERE order_id = :orderId ORDER BY uploaded_at, id")
                .param("orderId", orderId)
                .query((rs, row) -> view(rs))
                .list();
    }

    /** The photos of these orders (metadata only), by order and upload time. */
    List<PhotoService.OrderPhoto> listOf(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        SELECT order_id, id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                        FROM order_photo WHERE order_id IN (:orderIds) ORDER BY order_id, uploaded_at, id
                        """)
                .param("orderIds", orderIds)
                .query((rs, row) -> new PhotoService.OrderPhoto(rs.getObject("order_id", UUID.class), view(rs)))
                .list();
    }

    /** Deletes the photos of these orders; returns how many there were. */
    int deleteOf(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM order_photo WHERE order_id IN (:orderIds)")
                .param("orderIds", orderIds)
                .update();
    }

    /** The order's photo with exactly these bytes (by SHA-256), if it has one. */
    Optional<PhotoView> findByContent(UUID orderId, String sha256) {
        return jdbc.sql(METADATA + "WHERE order_id = :orderId AND sha256 = :sha256 ORDER BY uploaded_at LIMIT 1")
                .param("orderId", orderId)
                .param("sha256", sha256)
                .query((rs, row) -> view(rs))
                .optional();
    }

    Optional<Content> find(UUID orderId, UUID photoId) {
        return jdbc.sql(
                        """
                        SELECT id, file_name, content_type, size_bytes, uploaded_by, uploaded_at, data
                        FROM order_photo WHERE order_id = :orderId AND id = :id
                        """)
                .param("orderId", orderId)
                .param("id", photoId)
                .query((rs, row) -> new Content(view(rs), rs.getBytes("data")))
                .optional();
    }

    private static PhotoView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PhotoView(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
