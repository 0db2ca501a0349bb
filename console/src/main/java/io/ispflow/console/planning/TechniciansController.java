package io.ispflow.console.planning;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planners keep the technicians: zones, skills, weekly hours, time zone, active. */
@Controller
class TechniciansController {

    static final List<String> FILTERS = List.of("q", "zone", "active", "skill", "page");
    static final List<DayOfWeek> WEEK = Arrays.asList(DayOfWeek.values());

    private final Gateway gateway;

    TechniciansController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/planning/technicians")
    String list(@RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("filters", Forms.typed(query));
        MultiValueMap<String, String> page = new org.springframework.util.LinkedMultiValueMap<>(query);
        page.set("size", "50");
        List<String> names = new ArrayList<>(FILTERS);
        names.add("size");
        model.addAttribute(
                "technicians",
                gateway.get(Forms.withParameters("/api/technicians", page, names))
                        .map());
        return "planning/technicians";
    }

    @GetMapping("/planning/technicians/new")
    String create(Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("timeZone", "America/Argentina/Buenos_Aires");
        for (DayOfWeek day : WEEK.subList(0, 5)) {
            form.put("works." + day, "true");
            form.put("start." + day, "08:00");
            form.put("end." + day, "17:00");
        }
        return form(model, form, List.of(), null, null);
    }

    @GetMapping("/planning/technicians/{id}")
    String edit(@PathVariable UUID id, Model model) {
        ApiResponse read = gateway.get("/api/technicians/{id}", id);
        Map<String, Object> technician = read.map();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("userId", String.valueOf(technician.get("userId")));
        form.put("name", String.valueOf(technician.get("name")));
        form.put("skills", String.join(", ", strings(technician.get("skills"))));
        form.put("timeZone", String.valueOf(technician.get("timeZone")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> hours = (Map<String, Map<String, Object>>) technician.get("workingHours");
        if (hours != null) {
            hours.forEach((day, h) -> {
                form.put("works." + day, "true");
                form.put("start." + day, String.valueOf(h.get("start")));
                form.put("end." + day, String.valueOf(h.get("end")));
            });
        }
        model.addAttribute("technician", technician);
        return form(model, form, strings(technician.get("zones")), id, read.version());
    }

    @PostMapping("/planning/technicians")
    String save(
            @RequestParam MultiValueMap<String, String> submitted,
            @RequestParam(required = false) UUID id,
            @RequestParam(required = false) String version,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = Forms.typed(submitted);
        List<String> zones = Forms.all(submitted, "zones");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", Forms.text(form, "userId"));
        body.put("name", Forms.text(form, "name"));
        body.put("zones", zones);
        body.put("skills", skills(Forms.text(form, "skills")));
        Map<String, Map<String, String>> hours = new LinkedHashMap<>();
        for (DayOfWeek day : WEEK) {
            if ("true".equals(form.get("works." + day))) {
                hours.put(day.name(), Map.of("start", value(form, "start." + day), "end", value(form, "end." + day)));
            }
        }
        body.put("workingHours", hours);
        body.put("timeZone", Forms.text(form, "timeZone"));
        try {
            ApiResponse saved = id == null
                    ? gateway.post("/api/technicians", body)
                    : gateway.put("/api/technicians/{id}", body, version, id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/planning/technicians/" + saved.map().get("id");
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            Forms.rejected(model, problem);
            return form(model, form, zones, id, version);
        }
    }

    @PostMapping("/planning/technicians/{id}/active")
    String active(
            @PathVariable UUID id,
            @RequestParam boolean active,
            @RequestParam String version,
            RedirectAttributes redirect) {
        try {
            gateway.postIfMatch("/api/technicians/{id}/" + (active ? "activate" : "deactivate"), Map.of(), version, id);
            redirect.addFlashAttribute("saved", true);
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:/planning/technicians/" + id;
    }

    private String form(Model model, Map<String, String> form, List<String> zones, UUID id, String version) {
        model.addAttribute("form", form);
        model.addAttribute("zones", zones);
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("week", WEEK);
        return "planning/technician";
    }

    private static List<String> skills(String typed) {
        if (typed == null) {
            return List.of();
        }
        LinkedHashSet<String> skills = new LinkedHashSet<>();
        for (String skill : typed.split("[,\\s]+")) {
            if (!skill.isBlank()) {
                skills.add(skill.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return new ArrayList<>(skills);
    }

    private static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> strings(Object values) {
        return values instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }
}
