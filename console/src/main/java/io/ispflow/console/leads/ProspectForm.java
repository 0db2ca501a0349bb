package io.ispflow.console.leads;

import io.ispflow.console.web.Forms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** The prospect form's offer.* and location.* fields, named as the API names them (its field errors match). */
public final class ProspectForm {

    private ProspectForm() {}

    /** The form's offer.* and location.* fields as the API's prospect body. */
    public static Map<String, Object> body(MultiValueMap<String, String> submitted) {
        Map<String, String> form = Forms.typed(submitted);
        Map<String, Object> location = new LinkedHashMap<>();
        for (String field : List.of("address", "city", "postalCode", "province", "country", "zone")) {
            location.put(field, Forms.text(form, "location." + field));
        }
        location.put("latitude", coordinate(Forms.text(form, "location.latitude")));
        location.put("longitude", coordinate(Forms.text(form, "location.longitude")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offer", offer(submitted));
        body.put("location", location);
        return body;
    }

    public static Map<String, Object> offer(MultiValueMap<String, String> submitted) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("plan", Forms.text(Forms.typed(submitted), "offer.plan"));
        offer.put("recurringItems", Forms.all(submitted, "offer.recurringItems"));
        offer.put("discounts", Forms.all(submitted, "offer.discounts"));
        return offer;
    }

    /** Puts the typed prospect back on the page, checkboxes included. */
    public static void keepTyped(Model model, MultiValueMap<String, String> submitted) {
        model.addAttribute("form", Forms.typed(submitted));
        model.addAttribute("selectedItems", Forms.all(submitted, "offer.recurringItems"));
        model.addAttribute("selectedDiscounts", Forms.all(submitted, "offer.discounts"));
    }

    /** A number, or the text as typed so the API names the field ("must be a number"). */
    private static Object coordinate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
