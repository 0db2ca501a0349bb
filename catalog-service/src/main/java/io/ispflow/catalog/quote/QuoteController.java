package io.ispflow.catalog.quote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/quotes")
@Tag(name = "Quotes", description = "Prices a plan with recurring items and discounts; nothing is stored")
class QuoteController {

    static final String RULES =
            """
            Exact money: amounts are decimals with 2 places in the plan's ISO 4217 currency; every code of a \
            quote must be active and priced in that one currency (otherwise 400 naming the field). \
            A month is the plan's monthly price plus every recurring item minus the discounts of that month. \
            Discounts reduce the plan's monthly price only, never the installation fee or the items; a \
            discount of N months applies to months 1..N, a permanent one to every month. A percentage is \
            taken of the plan's price (percentages add up, they do not compound) and rounded HALF_EVEN \
            (banker's rounding) to 2 decimals on its own line; a fixed amount is taken as is; in the order \
            given, a discount that would take the plan below zero is cut to what is left. Totals are exact \
            sums of the rounded lines. firstInvoice = month 1 + installation fee. months defaults to the \
            longest finite discount (1 to 36); regularMonthly is the monthly total after every finite \
            discount has ended.""";

    private final QuoteService quotes;

    QuoteController(QuoteService quotes) {
        this.quotes = quotes;
    }

    @PostMapping
    @Operation(
            operationId = "createQuote",
            summary = "Price a plan with recurring items and discounts",
            description = "Roles: any authenticated user. The quote is computed, not stored: the same request"
                    + " answers the same figures while the catalog does not change. " + RULES)
    Quote quote(@Valid @RequestBody QuoteRequest request) {
        return quotes.quote(request);
    }
}
