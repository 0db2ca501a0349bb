package io.ispflow.order.order;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.OptionalIfMatch;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Orders",
        description = "Field orders (feasibility and installation visits) made from the sales desk's tickets: the"
                + " list and detail, zone-filtered (a technician sees only the orders scheduled for them), and"
                + " cancellation.")
class OrderController {

    /** Why the order is cancelled. */
    record CancelRequest(
            @Schema(
                            description = "Why the order is cancelled (kept on the order and in its event)",
                            example = "The customer moved to another address")
                    @NotBlank
                    @Size(max = 1000)
                    String reason) {}

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
    @Operation(
            operationId = "listOrders",
            summary = "List orders, a page at a time",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. Only the orders of the"
                    + " caller's zones (and those without a zone) are listed; a caller who is only a TECHNICIAN sees"
                    + " only the orders scheduled for them. Newest first; with `date`, the visits starting that day,"
                    + " earliest first (the technicians' app asks `?date=2026-11-23` for its day, in the"
                    + " technician's own time zone). `sort` takes createdAt, number, status, kind, zone,"
                    + " scheduledStart and ticketId, each optionally followed by asc or desc; any other property is"
                    + " a 400. `createdTo` before `createdFrom` is a 400.")
    PageResponse<OrderView> list(
            @Parameter(
                            description =
                                    "Only orders in these statuses (repeatable: `status=SCHEDULED&status=IN_PROGRESS`)")
                    @RequestParam(required = false)
                    Set<OrderStatus> status,
            @Parameter(description = "Only orders of this kind", example = "INSTALLATION")
                    @RequestParam(required = false)
                    OrderKind kind,
            @Parameter(description = "Only orders of this zone (code)", example = "NORTE")
                    @RequestParam(required = false)
                    String zone,
            @Parameter(
                            description = "Only orders scheduled for this technician",
                            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @RequestParam(required = false)
                    UUID technicianId,
            @Parameter(
                            description = "Only orders of this sales-desk ticket (its id)",
                            example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
                    @RequestParam(required = false)
                    String ticketId,
            @Parameter(
                            description = "false: the installation orders still waiting for their contract (back"
                                    + " office's \"contract not generated\"); true: those that have it",
                            example = "false")
                    @RequestParam(required = false)
                    Boolean contractGenerated,
            @Parameter(
                            description = "First day of creation, inclusive (in the service's default time zone)",
                            example = "2026-11-01")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate createdFrom,
            @Parameter(description = "Last day of creation, inclusive; not before createdFrom", example = "2026-11-30")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate createdTo,
            @Parameter(
                            description = "Only the visits starting that day, earliest first (for a technician, in"
                                    + " their own time zone; otherwise in the named technician's or the default one)",
                            example = "2026-11-23")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            @Parameter(description = "Free text: order number, ticket number or customer name", example = "O-000123")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String q,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "Page size, 1 to 200", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            @Parameter(
                            description = "Sort properties, each optionally followed by asc or desc"
                                    + " (`sort=scheduledStart,asc&sort=number`): createdAt, number, status, kind,"
                                    + " zone, scheduledStart, ticketId")
                    @RequestParam(required = false)
                    List<String> sort,
            Caller caller) {
        OrderFilter filter = new OrderFilter(
                status, kind, zone, technicianId, ticketId, contractGenerated, createdFrom, createdTo, date, q);
        return orders.list(filter, caller, page, size, sort);
    }

    @GetMapping("/{id}")
    @PreAuthorize(AccessRules.READ_ORDERS)
    @ReturnsETag
    @Operation(
            operationId = "getOrder",
            summary = "Get an order; its ETag is its version",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. An order outside the"
                    + " caller's zones, or, for a caller who is only a TECHNICIAN, one not scheduled for them, is a"
                    + " 404 like an unknown id. The ETag is the If-Match of the order's changes (schedule, start,"
                    + " completion, cancellation).")
    ResponseEntity<OrderView> get(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            Caller caller) {
        return withETag(orders.get(id, caller));
    }

    /** Cancels the order with a reason (not once it is completed). If-Match is checked when sent. */
    @PostMapping("/{id}/cancel")
    @PreAuthorize(AccessRules.CANCEL)
    @ReturnsETag
    @OptionalIfMatch
    @Operation(
            operationId = "cancelOrder",
            summary = "Cancel an order, with a reason",
            description = "Roles: PLANNER, ADMIN, SALES, MANAGER. Any order that is not COMPLETED or CANCELLED yet"
                    + " can be cancelled (a scheduled visit leaves the calendar); otherwise 409 order-status. An"
                    + " order outside the caller's zones is a 404. If-Match is optional here: when sent, a stale"
                    + " version is a 412. Once the customer's personal data was erased, the reason is kept as"
                    + " `erased`. Publishes the order's cancellation event.")
    ResponseEntity<OrderView> cancel(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            @Parameter(
                            description =
                                    "The order's ETag as last read; optional, checked when sent (412 when" + " stale)",
                            example = "\"3\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody CancelRequest request,
            Caller caller) {
        return withETag(orders.cancel(id, request.reason(), ifMatch, caller));
    }

    static ResponseEntity<OrderView> withETag(OrderView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
