package io.ispflow.catalog;

import static io.ispflow.catalog.CatalogFixtures.QUOTES;
import static io.ispflow.catalog.CatalogFixtures.aPercentDiscount;
import static io.ispflow.catalog.CatalogFixtures.aPlan;
import static io.ispflow.catalog.CatalogFixtures.aRecurringItem;
import static io.ispflow.catalog.CatalogFixtures.anAmountDiscount;
import static io.ispflow.catalog.CatalogFixtures.money;
import static io.ispflow.catalog.CatalogFixtures.uniqueCode;
import static io.ispflow.catalog.PlanCrudIT.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ispflow.catalog.CatalogFixtures.Fixture;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Quotes through HTTP: the arithmetic of docs/adr/0006 and which codes can be quoted. */
class QuoteIT extends CatalogTestSupport {

    private Fixture plan(String monthly, String installation) {
        Fixture plan = aPlan().with("monthlyPrice", money(monthly)).with("installationFee", money(installation));
        create(plan);
        return plan;
    }

    private String item(String monthly) {
        Fixture item = aRecurringItem().with("monthlyPrice", money(monthly));
        create(item);
        return item.code();
    }

    private String created(Fixture fixture) {
        create(fixture);
        return fixture.code();
    }

    private static Map<String, Object> quote(Fixture plan, List<String> items, List<String> discounts, Integer months) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("plan", plan.code());
        request.put("recurringItems", items);
        request.put("discounts", discounts);
        request.put("months", months);
        return request;
    }

    private static List<BigDecimal> monthTotals(JsonNode quote) {
        return quote.get("months")
                .valueStream()
                .map(month -> month.get("total").decimalValue())
                .toList();
    }

    private static List<BigDecimal> amounts(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    @Test
    void shouldQuoteAThreeMonthPromotionOverSixMonths() {
        Fixture plan = plan("20000.00", "25000.00");
        String router = item("3500.00");
        String fixedIp = item("6000.00");
        String promo = created(aPercentDiscount("50", 3));

        var response = asSales().post(QUOTES, quote(plan, List.of(router, fixedIp), List.of(promo), 6));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode quote = exact(response);
        assertThat(quote.get("currency").asString()).isEqualTo("ARS");
        assertThat(quote.get("period").asInt()).isEqualTo(6);
        assertThat(quote.get("lines")
                        .valueStream()
                        .map(line -> tuple(
                                line.get("type").asString(),
                                line.get("code").asString(),
                                line.get("amount").decimalValue())))
                .containsExactly(
                        tuple("PLAN", plan.code(), new BigDecimal("20000.00")),
                        tuple("RECURRING_ITEM", router, new BigDecimal("3500.00")),
                        tuple("RECURRING_ITEM", fixedIp, new BigDecimal("6000.00")),
                        tuple("DISCOUNT", promo, new BigDecimal("-10000.00")));
        assertThat(quote.get("lines").get(3).get("untilMonth").asInt()).isEqualTo(3);
        assertThat(quote.get("monthlyTotal").decimalValue()).isEqualTo(new BigDecimal("19500.00"));
        assertThat(quote.get("installationFee").decimalValue()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(quote.get("firstInvoice").decimalValue()).isEqualTo(new BigDecimal("44500.00"));
        assertThat(monthTotals(quote))
                .containsExactlyElementsOf(
                        amounts("19500.00", "19500.00", "19500.00", "29500.00", "29500.00", "29500.00"));
        assertThat(quote.get("months").get(5).get("month").asInt()).isEqualTo(6);
        assertThat(quote.get("regularMonthly").decimalValue()).isEqualTo(new BigDecimal("29500.00"));
        assertThat(quote.get("periodTotal").decimalValue()).isEqualTo(new BigDecimal("147000.00"));
    }

    @Test
    void shouldQuoteTheLongestDiscountWhenNoPeriodIsGiven() {
        Fixture plan = plan("20000.00", "0.00");
        String promo = created(aPercentDiscount("50", 3));
        String bonus = created(anAmountDiscount("1000", 6));

        JsonNode quote = exact(asSales().post(QUOTES, quote(plan, List.of(), List.of(promo, bonus), null)));

        assertThat(quote.get("period").asInt()).isEqualTo(6);
        assertThat(monthTotals(quote))
                .containsExactlyElementsOf(
                        amounts("9000.00", "9000.00", "9000.00", "19000.00", "19000.00", "19000.00"));
        assertThat(quote.get("regularMonthly").decimalValue()).isEqualTo(new BigDecimal("20000.00"));
        assertThat(quote.get("firstInvoice").decimalValue()).isEqualTo(new BigDecimal("9000.00"));
    }

    @Test
    void shouldQuoteOneMonthOfAPlanAlone() {
        Fixture plan = plan("18500.00", "25000.00");

        JsonNode quote = exact(asSales().post(QUOTES, Map.of("plan", plan.code())));

        assertThat(quote.get("period").asInt()).isEqualTo(1);
        assertThat(quote.get("lines").size()).isEqualTo(1);
        assertThat(monthTotals(quote)).containsExactlyElementsOf(amounts("18500.00"));
        assertThat(quote.get("firstInvoice").decimalValue()).isEqualTo(new BigDecimal("43500.00"));
        assertThat(quote.get("regularMonthly").decimalValue()).isEqualTo(new BigDecimal("18500.00"));
    }

    @Test
    void shouldTakeAFixedAmountOffThePlanOnlyAndNeverBelowZero() {
        Fixture plan = plan("5000.00", "25000.00");
        String router = item("3500.00");
        String bonus = created(anAmountDiscount("7000", null));

        JsonNode quote = exact(asSales().post(QUOTES, quote(plan, List.of(router), List.of(bonus), null)));

        assertThat(quote.get("lines").get(2).get("amount").decimalValue()).isEqualTo(new BigDecimal("-5000.00"));
        assertThat(quote.get("lines").get(2).get("untilMonth").isNull()).isTrue();
        assertThat(quote.get("monthlyTotal").decimalValue()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(quote.get("firstInvoice").decimalValue()).isEqualTo(new BigDecimal("28500.00"));
        assertThat(quote.get("regularMonthly").decimalValue()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(quote.get("period").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRoundEachPercentageLineHalfEven() {
        String half = created(aPercentDiscount("50", 1));
        Fixture tieDown = plan("10.25", "0.00"); // 5.125 -> 5.12 (half-up would say 5.13)
        Fixture tieUp = plan("10.35", "0.00"); // 5.175 -> 5.18

        JsonNode down = exact(asSales().post(QUOTES, quote(tieDown, List.of(), List.of(half), null)));
        JsonNode up = exact(asSales().post(QUOTES, quote(tieUp, List.of(), List.of(half), null)));

        assertThat(down.get("lines").get(1).get("amount").decimalValue()).isEqualTo(new BigDecimal("-5.12"));
        assertThat(down.get("monthlyTotal").decimalValue()).isEqualTo(new BigDecimal("5.13"));
        assertThat(up.get("lines").get(1).get("amount").decimalValue()).isEqualTo(new BigDecimal("-5.18"));
        assertThat(up.get("monthlyTotal").decimalValue()).isEqualTo(new BigDecimal("5.17"));
    }

    @Test
    void shouldAddPercentagesOnThePlanPriceAndCapThemAtThePrice() {
        Fixture plan = plan("1000.00", "0.00");
        String twoMonths = created(aPercentDiscount("60", 2));
        String permanent = created(aPercentDiscount("60", null));

        JsonNode quote = exact(asSales().post(QUOTES, quote(plan, List.of(), List.of(twoMonths, permanent), 3)));

        assertThat(quote.get("lines").get(1).get("amount").decimalValue()).isEqualTo(new BigDecimal("-600.00"));
        assertThat(quote.get("lines").get(2).get("amount").decimalValue()).isEqualTo(new BigDecimal("-400.00"));
        assertThat(monthTotals(quote)).containsExactlyElementsOf(amounts("0.00", "0.00", "400.00"));
        assertThat(quote.get("regularMonthly").decimalValue()).isEqualTo(new BigDecimal("400.00"));
    }

    @Test
    void shouldRefuseInactiveCodesNamingTheField() {
        Fixture plan = plan("20000.00", "0.00");
        String activeItem = item("100.00");
        String retiredItem = item("200.00");
        deactivate(CatalogFixtures.RECURRING_ITEMS + "/" + retiredItem);
        Fixture retiredPlan = plan("1.00", "0.00");
        deactivate(retiredPlan.location());

        var item = asSales().post(QUOTES, quote(plan, List.of(activeItem, retiredItem), List.of(), null));
        var inactivePlan = asSales().post(QUOTES, quote(retiredPlan, List.of(), List.of(), null));

        assertThat(item.status()).isEqualTo(400);
        assertThat(fields(item)).containsExactly("recurringItems[1]");
        assertThat(item.json().get("errors").get(0).get("message").asString()).contains("inactive");
        assertThat(inactivePlan.status()).isEqualTo(400);
        assertThat(fields(inactivePlan)).containsExactly("plan");
    }

    @Test
    void shouldRefuseUnknownCodesWithAFieldErrorEach() {
        Fixture unknownPlan = aPlan();
        String unknownDiscount = uniqueCode("NADA");

        var response = asSales().post(QUOTES, quote(unknownPlan, List.of(), List.of(unknownDiscount), null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:validation");
        assertThat(fields(response)).containsExactly("plan", "discounts[0]");
    }

    @Test
    void shouldRefuseToMixCurrencies() {
        Fixture plan = plan("20000.00", "0.00");
        Fixture dollars = aRecurringItem().with("currency", "USD");
        create(dollars);
        String dollarBonus = created(anAmountDiscount("10", 1).with("currency", "USD"));

        var response = asSales().post(QUOTES, quote(plan, List.of(dollars.code()), List.of(dollarBonus), null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("recurringItems[0]", "discounts[0]");
    }

    @Test
    void shouldRefuseAPeriodOutsideOneToThirtySixMonthsAndRepeatedDiscounts() {
        Fixture plan = plan("20000.00", "0.00");
        String promo = created(aPercentDiscount("50", 3));

        var none = asSales().post(QUOTES, quote(plan, List.of(), List.of(), 0));
        var tooLong = asSales().post(QUOTES, quote(plan, List.of(), List.of(), 37));
        var twice = asSales().post(QUOTES, quote(plan, List.of(), List.of(promo, promo), null));
        var badCode = asSales().post(QUOTES, Map.of("plan", "not a code"));

        assertThat(fields(none)).containsExactly("months");
        assertThat(fields(tooLong)).containsExactly("months");
        assertThat(fields(twice)).containsExactly("discounts[1]");
        assertThat(fields(badCode)).containsExactly("plan");
    }
}
