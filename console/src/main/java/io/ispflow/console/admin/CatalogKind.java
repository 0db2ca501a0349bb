package io.ispflow.console.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's lists as admins keep them: each kind's API path and its fields, so one screen serves all six. The
 * rules (a percent at most 100, a node in an active zone, a zone in use) stay the catalog's: its refusals are shown
 * next to the field they name.
 */
public enum CatalogKind {
    PLANS(
            "plans",
            List.of(
                    Field.text("name"),
                    Field.choice("technology", "FIBER", "WIRELESS", "CABLE", "DSL", "SATELLITE"),
                    Field.number("downloadMbps"),
                    Field.number("uploadMbps"),
                    Field.decimal("monthlyPrice"),
                    Field.decimal("installationFee"),
                    Field.text("currency"))),
    RECURRING_ITEMS(
            "recurring-items", List.of(Field.text("name"), Field.decimal("monthlyPrice"), Field.text("currency"))),
    DISCOUNTS(
            "discounts",
            List.of(
                    Field.text("name"),
                    Field.choice("type", "PERCENT", "AMOUNT"),
                    Field.decimal("value"),
                    Field.text("currency"),
                    Field.number("durationMonths"))),
    ORIGINS("origins", List.of(Field.text("name"))),
    ZONES("zones", List.of(Field.text("name"), Field.text("description"))),
    NODES(
            "nodes",
            List.of(
                    Field.text("name"),
                    Field.zone("zone"),
                    Field.choice("kind", "SERVER", "OLT", "ACCESS_POINT"),
                    Field.text("location"),
                    Field.decimal("latitude"),
                    Field.decimal("longitude")));

    /** One field of a kind's form: how it is typed and sent (numbers as numbers, blanks as absent). */
    public record Field(String name, String type, List<String> options) {

        static Field text(String name) {
            return new Field(name, "text", List.of());
        }

        static Field number(String name) {
            return new Field(name, "number", List.of());
        }

        static Field decimal(String name) {
            return new Field(name, "decimal", List.of());
        }

        static Field choice(String name, String... options) {
            return new Field(name, "choice", List.of(options));
        }

        static Field zone(String name) {
            return new Field(name, "zone", List.of());
        }

        /** The typed text as the API takes it; a number that is not one is sent as typed, for the API to refuse. */
        Object value(Map<String, String> form) {
            String typed = form.get(name);
            if (typed == null || typed.isBlank()) {
                return null;
            }
            String text = typed.strip();
            try {
                return switch (type) {
                    case "number" -> Long.valueOf(text);
                    case "decimal" -> new java.math.BigDecimal(text.replace(',', '.'));
                    default -> text;
                };
            } catch (NumberFormatException e) {
                return text;
            }
        }
    }

    private final String path;
    private final List<Field> fields;

    CatalogKind(String path, List<Field> fields) {
        this.path = path;
        this.fields = fields;
    }

    public String path() {
        return path;
    }

    public List<Field> fields() {
        return fields;
    }

    static Optional<CatalogKind> of(String path) {
        for (CatalogKind kind : values()) {
            if (kind.path.equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
