package io.ispflow.console.leads;

import io.ispflow.console.web.Forms;
import java.util.LinkedHashMap;
import java.util.Map;

/** The lead form's fields, named as the API names them, turned into the body of POST and PUT /api/leads. */
public final class LeadForm {

    static final String[] FIELDS = {
        "personType",
        "name",
        "documentType",
        "documentNumber",
        "email",
        "phone",
        "mobile",
        "notes",
        "origin",
        "zone",
        "channel",
        "campaign"
    };

    static final String[] BILLING = {"businessName", "taxCondition", "invoiceType", "taxId", "additionalTaxes"};

    private LeadForm() {}

    public static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS) {
            body.put(field, Forms.text(form, field));
        }
        Map<String, Object> billing = new LinkedHashMap<>();
        for (String field : BILLING) {
            String value = Forms.text(form, "billing." + field);
            if (value != null) {
                billing.put(field, value);
            }
        }
        body.put("billing", billing.isEmpty() ? null : billing);
        String assignee = Forms.text(form, "assignee");
        if (assignee != null) {
            body.put("assignee", assignee);
        }
        return body;
    }

    /** A lead as the API shows it, flattened into the form's field names (billing.taxId...). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> of(Map<String, Object> lead) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) {
            Object value = lead.get(field);
            form.put(field, value == null ? "" : value.toString());
        }
        Object billing = lead.get("billing");
        for (String field : BILLING) {
            Object value = billing instanceof Map<?, ?> b ? ((Map<String, Object>) b).get(field) : null;
            form.put("billing." + field, value == null ? "" : value.toString());
        }
        form.put(
                "assignee",
                lead.get("assignee") == null ? "" : lead.get("assignee").toString());
        return form;
    }
}
