package io.ispflow.lead.history;

import io.ispflow.lead.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field's value before and after a change, as text ({@code null} when empty). */
public record FieldChange(
        @Schema(description = "the field, dotted for nested ones", example = "email") String field,
        @Schema(description = "the value before, as text", example = "maria.gonzalez@example.com") String before,
        @Schema(description = "the value after, as text", example = "maria.g@example.com") String after) {

    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(field, Text.str(before), Text.str(after));
    }

    /** Collects the changes of one operation, keeping only the fields whose value really changed. */
    public static final class Collector {
        private final List<FieldChange> changes = new ArrayList<>();

        public Collector compare(String field, Object before, Object after) {
            if (!Objects.equals(Text.str(before), Text.str(after))) {
                changes.add(FieldChange.of(field, before, after));
            }
            return this;
        }

        public List<FieldChange> changes() {
            return List.copyOf(changes);
        }
    }
}
