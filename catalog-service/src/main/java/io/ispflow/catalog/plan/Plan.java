package io.ispflow.catalog.plan;

import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.Money;
import io.ispflow.platform.problem.BadRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An Internet plan: technology, speeds, monthly price and one-off installation fee, in one currency. */
@Entity
@Table(name = "plans")
public class Plan extends CatalogEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Technology technology;

    @Column(nullable = false)
    private int downloadMbps;

    @Column(nullable = false)
    private int uploadMbps;

    @Column(nullable = false)
    private BigDecimal monthlyPrice;

    @Column(nullable = false)
    private BigDecimal installationFee;

    @Column(nullable = false)
    private String currency;

    protected Plan() {}

    public Plan(String code, String name, Technology technology, Speeds speeds, Prices prices) {
        super(code, name);
        revise(name, technology, speeds, prices);
    }

    /** Download and upload speeds in Mbps, both at least 1. */
    public record Speeds(int downloadMbps, int uploadMbps) {
        public Speeds {
            if (downloadMbps < 1) {
                throw BadRequestException.invalidField("downloadMbps", "must be at least 1");
            }
            if (uploadMbps < 1) {
                throw BadRequestException.invalidField("uploadMbps", "must be at least 1");
            }
        }
    }

    /** The monthly price and the installation fee, in the same currency. */
    public record Prices(Money monthlyPrice, Money installationFee) {
        public static Prices of(BigDecimal monthlyPrice, BigDecimal installationFee, String currency) {
            return new Prices(
                    Money.of(monthlyPrice, currency, "monthlyPrice"),
                    Money.of(installationFee, currency, "installationFee"));
        }
    }

    public void revise(String name, Technology technology, Speeds speeds, Prices prices) {
        if (technology == null) {
            throw BadRequestException.invalidField("technology", "must not be null");
        }
        rename(name);
        this.technology = technology;
        this.downloadMbps = speeds.downloadMbps();
        this.uploadMbps = speeds.uploadMbps();
        this.monthlyPrice = prices.monthlyPrice().amount();
        this.installationFee = prices.installationFee().amount();
        this.currency = prices.monthlyPrice().currency();
    }

    public Technology getTechnology() {
        return technology;
    }

    public int getDownloadMbps() {
        return downloadMbps;
    }

    public int getUploadMbps() {
        return uploadMbps;
    }

    public Money monthlyPrice() {
        return new Money(monthlyPrice, currency);
    }

    public Money installationFee() {
        return new Money(installationFee, currency);
    }

    public String getCurrency() {
        return currency;
    }
}
