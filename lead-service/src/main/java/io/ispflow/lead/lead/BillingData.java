package io.ispflow.lead.lead;

import io.ispflow.lead.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The lead's tax and invoicing data (all optional); absent altogether when every field is empty. */
@Embeddable
public class BillingData {

    @Column(name = "billing_business_name")
    private String businessName;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_tax_condition")
    private TaxCondition taxCondition;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_invoice_type")
    private InvoiceType invoiceType;

    @Column(name = "billing_tax_id")
    private String taxId;

    @Column(name = "billing_additional_taxes")
    private String additionalTaxes;

    protected BillingData() {}

    private BillingData(
            String businessName,
            TaxCondition taxCondition,
            InvoiceType invoiceType,
            String taxId,
            String additionalTaxes) {
        this.businessName = businessName;
        this.taxCondition = taxCondition;
        this.invoiceType = invoiceType;
        this.taxId = taxId;
        this.additionalTaxes = additionalTaxes;
    }

    /** The billing data, or null when every field is empty. */
    public static BillingData of(
            String businessName,
            TaxCondition taxCondition,
            InvoiceType invoiceType,
            String taxId,
            String additionalTaxes) {
        BillingData billing = new BillingData(
                Text.clean(businessName), taxCondition, invoiceType, Text.clean(taxId), Text.clean(additionalTaxes));
        return billing.isEmpty() ? null : billing;
    }

    boolean isEmpty() {
        return businessName == null
                && taxCondition == null
                && invoiceType == null
                && taxId == null
                && additionalTaxes == null;
    }

    public String getBusinessName() {
        return businessName;
    }

    public TaxCondition getTaxCondition() {
        return taxCondition;
    }

    public InvoiceType getInvoiceType() {
        return invoiceType;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getAdditionalTaxes() {
        return additionalTaxes;
    }

    static String taxIdOf(BillingData billing) {
        return billing == null ? null : billing.taxId;
    }
}
