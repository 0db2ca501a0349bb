package io.ispflow.console.calendar;

import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Dates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mi agenda": the user's meetings, visits and due tasks of a week, day by day (a list reads well on a phone). */
@Controller
class CalendarController {

    private final Gateway gateway;
    private final Dates dates;

    CalendarController(Gateway gateway, Dates dates) {
        this.gateway = gateway;
        this.dates = dates;
    }

    @GetMapping("/calendar")
    String week(@RequestParam(required = false) LocalDate week, Model model) {
        LocalDate monday = (week != null ? week : LocalDate.now(dates.zone()))
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<Map<String, Object>> items = gateway.get(
                        "/api/leads/calendar?from={from}&to={to}&size=500", monday, sunday)
                .items();
        Map<LocalDate, List<Map<String, Object>>> byDay = new TreeMap<>();
        for (Map<String, Object> item : items) {
            Object when = item.get("startAt") != null ? item.get("startAt") : item.get("dueAt");
            if (when == null) {
                continue;
            }
            LocalDate day = OffsetDateTime.parse(when.toString())
                    .atZoneSameInstant(dates.zone())
                    .toLocalDate();
            byDay.computeIfAbsent(day, d -> new java.util.ArrayList<>()).add(item);
        }
        model.addAttribute("days", byDay);
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", sunday);
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        return "calendar/week";
    }
}
