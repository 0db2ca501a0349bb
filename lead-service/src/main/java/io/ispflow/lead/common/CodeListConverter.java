package io.ispflow.lead.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of codes or user subjects as one comma-separated column ({@code ROUTER-WIFI6,IP-FIJA}).
 * The values never contain commas: catalog codes are {@code [A-Z0-9-]}, and subjects are checked before.
 */
@Converter
public class CodeListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).filter(code -> !code.isBlank()).toList();
    }
}
