package io.ispflow.catalog.common;

import io.ispflow.contracts.catalog.CatalogChange;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * <p>Every kind inherits these handlers, so their OpenAPI texts speak of {@code {resource}} and
 * {@code {resources}}: {@link CatalogOperations} fills them in and names each operation after the kind
 * ({@code listPlans}, {@code getZone}), from what the kind says of itself ({@link CatalogResource}).
 *
 * @param <E> the entity
 * @param <R> the create and update body
 * @param <S> the entity's full state, as published; the representation is that plus createdAt
 */
public abstract class CatalogController<E extends CatalogEntity, R extends CatalogRequest, S extends CatalogChange>
        implements CatalogResource {

    private static final Set<String> SORTABLE = Set.of("code", "name", "createdAt", "updatedAt");
    private static final String ADMIN = "hasRole('ADMIN')";
    private static final String ANY_ROLE = "Roles: any authenticated user (the catalog is reference data and has no"
            + " zones, so everybody sees every {resource}).";
    private static final String ADMIN_ONLY = "Roles: ADMIN.";
    private static final String IF_MATCH = "The ETag of the {resource} as last read; a missing one is a 428, an old"
            + " one (someone changed the {resource} meanwhile) a 412.";

    private final CatalogService<E, R, S> service;
    private final Names names;

    protected CatalogController(CatalogService<E, R, S> service, Names names) {
        this.service = service;
        this.names = names;
    }

    /** Attributes a list can also be sorted by (beyond code, name, createdAt, updatedAt). */
    protected Set<String> extraSortable() {
        return Set.of();
    }

    @Override
    public Names names() {
        return names;
    }

    @Override
    public Set<String> sortable() {
        Set<String> sortable = new LinkedHashSet<>(SORTABLE);
        sortable.addAll(extraSortable());
        return sortable;
    }

    /** None by default; a kind adds its own, e.g. {@code zone} of nodes. */
    @Override
    public List<ExactFilter> exactFilters() {
        return List.of();
    }

    /** None by default. */
    @Override
    public String rules() {
        return "";
    }

    @GetMapping
    @Operation(
            summary = "List the {resources}",
            description = ANY_ROLE + " A page at a time, sorted by code unless told otherwise; active and inactive"
                    + " {resources} alike unless active is given; q finds text in the code or the name, ignoring"
                    + " case.")
    public PageResponse<CatalogView<S>> list(
            @Parameter(
                            description = "true: only the active {resources} (those new records may choose);"
                                    + " false: only the inactive ones; absent: both",
                            example = "true")
                    @RequestParam(required = false)
                    Boolean active,
            @Parameter(description = "Text to find in the code or the name, ignoring case; at most 100 characters")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String q,
            @Parameter(description = "The page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "How many {resources} a page has, 1 to 200", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            @Parameter(
                            description = "attribute[,asc|desc], the attribute one of {sortable}; ties are ordered by"
                                    + " code, so pages are stable",
                            example = "name,asc")
                    @RequestParam(defaultValue = "code")
                    String sort,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        Map<String, String> equalTo = new HashMap<>();
        exactFilters().forEach(filter -> {
            String value = parameters.get(filter.name());
            if (value != null && !value.isBlank()) {
                equalTo.put(filter.name(), value.trim());
            }
        });
        return PageResponse.of(
                service.list(new CatalogFilter(active, q, equalTo), PageRequest.of(page, size, sortOf(sort))),
                this::view);
    }

    @GetMapping("/{code}")
    @ReturnsETag
    @Operation(
            summary = "Get one {resource} by its code",
            description = ANY_ROLE + " Inactive {resources} are returned too, since records elsewhere may still"
                    + " use them. The ETag header is the {resource}'s version: send it back as If-Match to change"
                    + " it. 404 when no {resource} has the code.")
    public ResponseEntity<CatalogView<S>> get(
            @Parameter(description = "The {resource}'s code") @PathVariable String code) {
        return withETag(ResponseEntity.ok(), service.get(code));
    }

    @PostMapping
    @PreAuthorize(ADMIN)
    @ReturnsETag
    @Operation(
            summary = "Create a new {resource}",
            description = ADMIN_ONLY + " The code (2 to 40 uppercase letters, digits or hyphens, not starting with"
                    + " a hyphen) is the {resource}'s key for ever: a code already used, even by an inactive"
                    + " {resource}, is a 409 duplicate-code, since codes are never reused. The new {resource} is"
                    + " active; its full state is published on catalog.events. {rules}")
    @ApiResponse(responseCode = "201", description = "Created: the new {resource}, with its Location and ETag")
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
    @ReturnsETag
    @Operation(
            summary = "Change one {resource}; its code stays",
            description = ADMIN_ONLY + " Replaces every attribute but the code, which may be left out or sent"
                    + " unchanged (another code is a 400). Needs If-Match: 428 without it, 412 when the {resource}"
                    + " changed since it was read. The new state is published on catalog.events. {rules}")
    public ResponseEntity<CatalogView<S>> update(
            @Parameter(description = "The {resource}'s code") @PathVariable String code,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Validated @RequestBody R request) {
        return withETag(ResponseEntity.ok(), service.update(code, ifMatch, request));
    }

    @PostMapping("/{code}/deactivate")
    @PreAuthorize(ADMIN)
    @ReturnsETag
    @Operation(
            summary = "Deactivate one {resource}",
            description = ADMIN_ONLY + " Needs If-Match. An inactive {resource} stays valid on the records that"
                    + " already use it, but new records and quotes cannot choose it. Deactivating an inactive"
                    + " {resource} changes nothing (same version). There is no DELETE: codes are never reused."
                    + " {rules}")
    public ResponseEntity<CatalogView<S>> deactivate(
            @Parameter(description = "The {resource}'s code") @PathVariable String code,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.deactivate(code, ifMatch));
    }

    @PostMapping("/{code}/activate")
    @PreAuthorize(ADMIN)
    @ReturnsETag
    @Operation(
            summary = "Activate one {resource} again",
            description = ADMIN_ONLY + " Needs If-Match. New records and quotes may choose the {resource} again."
                    + " Activating an active {resource} changes nothing (same version). {rules}")
    public ResponseEntity<CatalogView<S>> activate(
            @Parameter(description = "The {resource}'s code") @PathVariable String code,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch) {
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
        Set<String> sortable = sortable();
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
