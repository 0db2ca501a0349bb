package io.ispflow.catalog.common;

import io.ispflow.contracts.catalog.CatalogChange;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The HTTP resource every kind of catalog entity shares, under its path ({@code /api/catalog/plans},
 * ...): list, get by code, create, update, deactivate and activate. Everybody authenticated reads;
 * only ADMIN writes. Changes take the ETag in If-Match (428 without, 412 when stale). There is no
 * DELETE: codes are deactivated, never reused.
 *
 * @param <E> the entity
 * @param <R> the create and update body
 * @param <S> the entity's full state, as published; the representation is that plus createdAt
 */
public abstract class CatalogController<E extends CatalogEntity, R extends CatalogRequest, S extends CatalogChange> {

    private static final Set<String> SORTABLE = Set.of("code", "name", "createdAt", "updatedAt");
    private static final String ADMIN = "hasRole('ADMIN')";

    private final CatalogService<E, R, S> service;

    protected CatalogController(CatalogService<E, R, S> service) {
        this.service = service;
    }

    /** Attributes a list can also be sorted by (beyond code, name, createdAt, updatedAt). */
    protected Set<String> extraSortable() {
        return Set.of();
    }

    /** Query parameters that filter a list by an attribute's exact value, e.g. {@code zone} of nodes. */
    protected Set<String> exactFilters() {
        return Set.of();
    }

    @GetMapping
    @Operation(
            summary = "List, a page at a time",
            description = "Filter with active=true|false and q (text in the code or name); sort=attribute[,desc].")
    public PageResponse<CatalogView<S>> list(
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(defaultValue = "code") String sort,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        Map<String, String> equalTo = new HashMap<>();
        exactFilters().forEach(name -> {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                equalTo.put(name, value.trim());
            }
        });
        return PageResponse.of(
                service.list(new CatalogFilter(active, q, equalTo), PageRequest.of(page, size, sortOf(sort))),
                this::view);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Get by code (inactive ones too); the ETag is its version")
    public ResponseEntity<CatalogView<S>> get(@PathVariable String code) {
        return withETag(ResponseEntity.ok(), service.get(code));
    }

    @PostMapping
    @PreAuthorize(ADMIN)
    @Operation(summary = "Create (ADMIN); a code already used, even by an inactive one, is a 409")
    public ResponseEntity<CatalogView<S>> create(
            @Validated({Default.class, CatalogRequest.OnCreate.class}) @RequestBody R request) {
        E created = service.create(request);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{code}")
                .buildAndExpand(created.getCode())
                .toUri();
        return withETag(ResponseEntity.created(URI.create(location.getRawPath())), created);
    }

    @PutMapping("/{code}")
    @PreAuthorize(ADMIN)
    @Operation(summary = "Update (ADMIN, If-Match); the code cannot change")
    public ResponseEntity<CatalogView<S>> update(
            @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Validated @RequestBody R request) {
        return withETag(ResponseEntity.ok(), service.update(code, ifMatch, request));
    }

    @PostMapping("/{code}/deactivate")
    @PreAuthorize(ADMIN)
    @Operation(summary = "Deactivate (ADMIN, If-Match): stays valid where used, cannot be chosen for new records")
    public ResponseEntity<CatalogView<S>> deactivate(
            @PathVariable String code, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.deactivate(code, ifMatch));
    }

    @PostMapping("/{code}/activate")
    @PreAuthorize(ADMIN)
    @Operation(summary = "Activate again (ADMIN, If-Match)")
    public ResponseEntity<CatalogView<S>> activate(
            @PathVariable String code, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.activate(code, ifMatch));
    }

    private ResponseEntity<CatalogView<S>> withETag(ResponseEntity.BodyBuilder response, E entity) {
        return response.eTag(ETags.of(entity.getVersion())).body(view(entity));
    }

    private CatalogView<S> view(E entity) {
        return new CatalogView<>(service.state(entity), entity.getCreatedAt());
    }

    /** {@code name} or {@code name,desc}; always ending with code, so pages are stable. */
    private Sort sortOf(String sort) {
        String[] parts = sort.split(",");
        String property = parts[0].trim();
        Set<String> sortable = new LinkedHashSet<>(SORTABLE);
        sortable.addAll(extraSortable());
        if (!sortable.contains(property)) {
            throw BadRequestException.invalidField("sort", "cannot sort by '" + property + "'; use one of " + sortable);
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length > 1) {
            direction = Sort.Direction.fromOptionalString(parts[1].trim())
                    .orElseThrow(() -> BadRequestException.invalidField("sort", "direction must be asc or desc"));
        }
        Sort order = Sort.by(direction, property);
        return property.equals("code") ? order : order.and(Sort.by("code"));
    }
}
