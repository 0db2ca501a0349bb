package io.ispflow.catalog.quote;

import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.CatalogRepository;
import io.ispflow.catalog.discount.Discount;
import io.ispflow.catalog.discount.DiscountRepository;
import io.ispflow.catalog.item.RecurringItem;
import io.ispflow.catalog.item.RecurringItemRepository;
import io.ispflow.catalog.plan.Plan;
import io.ispflow.catalog.plan.PlanRepository;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prices a plan with recurring items and discounts; only active codes of one currency can be quoted. */
@Service
public class QuoteService {

    private final PlanRepository plans;
    private final RecurringItemRepository items;
    private final DiscountRepository discounts;

    QuoteService(PlanRepository plans, RecurringItemRepository items, DiscountRepository discounts) {
        this.plans = plans;
        this.items = items;
        this.discounts = discounts;
    }

    @Transactional(readOnly = true)
    public Quote quote(QuoteRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Plan plan = quotable(plans, request.plan(), "plan", "plan", problems);
        List<RecurringItem> chosenItems =
                quotableAll(items, request.recurringItems(), "recurringItems", "recurring item", problems);
        List<Discount> chosenDiscounts = quotableAll(discounts, request.discounts(), "discounts", "discount", problems);
        if (plan != null) {
            String currency = plan.getCurrency();
            for (int i = 0; i < chosenItems.size(); i++) {
                String other = chosenItems.get(i).monthlyPrice().currency();
                requireCurrency(currency, other, "recurringItems[" + i + "]", problems);
            }
            for (int i = 0; i < chosenDiscounts.size(); i++) {
                String other = chosenDiscounts.get(i).getCurrency();
                requireCurrency(currency, other, "discounts[" + i + "]", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("validation", "The request has invalid fields.")
                    .with("errors", List.copyOf(problems));
        }
        int months = request.months() != null ? request.months() : QuoteCalculator.defaultMonths(chosenDiscounts);
        return QuoteCalculator.quote(plan, chosenItems, chosenDiscounts, months);
    }

    private static void requireCurrency(String expected, String actual, String field, List<FieldProblem> problems) {
        if (actual != null && !actual.equals(expected)) {
            problems.add(new FieldProblem(
                    field, "is in " + actual + " but the plan is in " + expected + "; a quote has one currency"));
        }
    }

    private static <E extends CatalogEntity> List<E> quotableAll(
            CatalogRepository<E> repository,
            List<String> codes,
            String field,
            String what,
            List<FieldProblem> problems) {
        List<E> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String indexed = field + "[" + i + "]";
            if (!seen.add(code)) {
                problems.add(new FieldProblem(indexed, what + " " + code + " is listed twice"));
                continue;
            }
            E entity = quotable(repository, code, indexed, what, problems);
            if (entity != null) {
                found.add(entity);
            }
        }
        return found;
    }

    /** The active entity, or null after recording why it cannot be quoted. */
    private static <E extends CatalogEntity> E quotable(
            CatalogRepository<E> repository, String code, String field, String what, List<FieldProblem> problems) {
        E entity = repository.findById(code).orElse(null);
        if (entity == null) {
            problems.add(new FieldProblem(field, "unknown " + what + " " + code));
            return null;
        }
        if (!entity.isActive()) {
            problems.add(new FieldProblem(field, what + " " + code + " is inactive and cannot be quoted"));
            return null;
        }
        return entity;
    }
}
