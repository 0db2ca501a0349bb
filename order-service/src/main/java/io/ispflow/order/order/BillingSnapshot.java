package io.ispflow.order.order;

import io.ispflow.contracts.shared.Billing;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The customer's tax and invoicing data as the ticket carried it. */
@Embeddable
public class BillingSnapshot {

    @Column(name = "billing_business_name")
    private String businessName;

    @Column(name = "billing_tax_condition")
    private String taxCondition;

    @Column(name = "billing_invoice_type")
    private String invoiceType;

    @Column(name = "billing_tax_id")
    private String taxId;

    @Column(name = "billing_additional_taxes")
    private String additionalTaxes;

    protected BillingSnapshot() {}

    static BillingSnapshot of(Billing billing) {
        if (billing == null) {
            return null;
        }
        BillingSnapshot snapshot = new BillingSnapshot();
        snapshot.businessName = billing.businessName();
        snapshot.taxCondition = billing.taxCondition();
        snapshot.invoiceType = billing.invoiceType();
        snapshot.taxId = billing.taxId();
        snapshot.additionalTaxes = billing.additionalTaxes();
        return snapshot;
    }

    Billing toBilling() {
        return new Billing(businessName, taxCondition, invoiceType, taxId, additionalTaxes);
    }
}
