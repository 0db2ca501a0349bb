package io.ispflow.order.order;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The orders list and detail (zone-filtered; a technician sees their own), and cancellation. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    record CancelRequest(@NotBlank @Size(max = 1000) String reason) {}

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    /**
     * Orders, newest first. With {@code date}, the visits starting that day, earliest first (the
     * technicians' app asks {@code ?date=2026-11-23} for its day).
     */
    @GetMapping
    @PreAuthorize(AccessRules.READ_ORDERS)
    PageResponse<OrderView> list(
            @RequestParam(required = false) Set<OrderStatus> status,
            @RequestParam(required = false) OrderKind kind,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) UUID technicianId,
            @RequestParam(required = false) String ticketId,
            @RequestParam(required = false) Boolean contractGenerated,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) List<String> sort,
            Caller caller) {
        OrderFilter filter = new OrderFilter(
                status, kind, zone, technicianId, ticketId, contractGenerated, createdFrom, createdTo, date, q);
        return orders.list(filter, caller, page, size, sort);
    }

    @GetMapping("/{id}")
    @PreAuthorize(AccessRules.READ_ORDERS)
    ResponseEntity<OrderView> get(@PathVariable UUID id, Caller caller) {
        return withETag(orders.get(id, caller));
    }

    /** Cancels the order with a reason (not once it is completed). If-Match is checked when sent. */
    @PostMapping("/{id}/cancel")
    @PreAuthorize(AccessRules.CANCEL)
    ResponseEntity<OrderView> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CancelRequest request,
            Caller caller) {
        return withETag(orders.cancel(id, request.reason(), ifMatch, caller));
    }

    static ResponseEntity<OrderView> withETag(OrderView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
