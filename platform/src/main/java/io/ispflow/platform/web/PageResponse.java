package io.ispflow.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, with the total count the grids show. */
public record PageResponse<T>(
        @Schema(description = "The records of this page") List<T> items,
        @Schema(description = "This page's number, from 0", example = "0") int page,
        @Schema(description = "Records per page", example = "20") int size,
        @Schema(description = "Records that match, on every page", example = "1") long total,
        @Schema(description = "Pages in all", example = "1") int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }
}
