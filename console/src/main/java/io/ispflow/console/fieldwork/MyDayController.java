package io.ispflow.console.fieldwork;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import io.ispflow.console.web.Labels;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The technician's day, made for a phone: today's visits in order, start one, close it with its outcome, the
 * equipment installed, notes and photos. A completion carries the version the technician opened, so a retry after a
 * dropped connection finds the visit already closed and says so: it never completes twice.
 */
@Controller
class MyDayController {

    /** Rows of equipment the form offers at first (more are added on the page). */
    static final int EQUIPMENT_ROWS = 2;

    private final Gateway gateway;
    private final Labels labels;

    MyDayController(Gateway gateway, Labels labels) {
        this.gateway = gateway;
        this.labels = labels;
    }

    @GetMapping("/my-day")
    String day(@RequestParam(required = false) String date, Model model) {
        Map<String, Object> me;
        try {
            me = gateway.get("/api/technicians/me").map();
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            return "fieldwork/not-a-technician";
        }
        LocalDate today = LocalDate.now(ZoneId.of(String.valueOf(me.get("timeZone"))));
        LocalDate day = date == null || date.isBlank() ? today : LocalDate.parse(date);
        model.addAttribute("me", me);
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute(
                "visits",
                gateway.get("/api/orders?date={date}&technicianId={id}&size=50", day, me.get("id"))
                        .items());
        return "fieldwork/day";
    }

    @GetMapping("/my-day/orders/{id}")
    String visit(@PathVariable UUID id, Model model) {
        ApiResponse order = gateway.get("/api/orders/{id}", id);
        model.addAttribute("order", order.map());
        model.addAttribute("version", order.version());
        model.addAttribute("photos", gateway.get("/api/orders/{id}/photos", id).list());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("outcome", "SUCCESS"));
            model.addAttribute("equipment", blankRows(EQUIPMENT_ROWS));
        }
        return "fieldwork/visit";
    }

    @PostMapping("/my-day/orders/{id}/start")
    String start(@PathVariable UUID id, @RequestParam String version, RedirectAttributes redirect) {
        try {
            gateway.postIfMatch("/api/orders/{id}/start", null, version, id);
            redirect.addFlashAttribute("saved", labels.message("myDay.started"));
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:/my-day/orders/" + id;
    }

    @PostMapping("/my-day/orders/{id}/completion")
    String complete(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> submitted,
            @RequestParam String version,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = Forms.typed(submitted);
        List<Map<String, String>> equipment = equipment(submitted);
        String outcome = Forms.text(form, "outcome");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("failureReason", "FAILED".equals(outcome) ? Forms.text(form, "failureReason") : null);
        body.put("feasibility", "SUCCESS".equals(outcome) ? Forms.text(form, "feasibility") : null);
        body.put(
                "equipment",
                "SUCCESS".equals(outcome)
                        ? equipment.stream()
                                .filter(MyDayController::filled)
                                .map(MyDayController::item)
                                .toList()
                        : List.of());
        body.put("notes", Forms.text(form, "notes"));
        try {
            gateway.put("/api/orders/{id}/completion", body, version, id);
            redirect.addFlashAttribute("saved", labels.message("myDay.completed"));
            return "redirect:/my-day";
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            if (alreadyCompleted(id, problem)) {
                // a retry of a completion that went through (the answer was lost on the way): nothing is done twice
                redirect.addFlashAttribute("saved", labels.message("myDay.alreadyCompleted"));
                return "redirect:/my-day";
            }
            Forms.rejected(model, problem);
            model.addAttribute("form", form);
            // the filled rows first, as the API numbered them (its field errors name equipment[i])
            List<Map<String, String>> rows = new ArrayList<>(
                    equipment.stream().filter(MyDayController::filled).toList());
            rows.addAll(blankRows(rows.isEmpty() ? EQUIPMENT_ROWS : 1));
            model.addAttribute("equipment", rows);
            return visit(id, model);
        }
    }

    /** A photo from the phone's camera, sent on by the page's script with its progress; the answer is JSON. */
    @PostMapping("/my-day/orders/{id}/photos")
    @ResponseBody
    ResponseEntity<Map<String, Object>> photo(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "foto.jpg"
                        : file.getOriginalFilename();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(
                file.getContentType() == null
                        ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType(file.getContentType()));
        parts.add(
                "file",
                new HttpEntity<>(
                        new ByteArrayResource(file.getBytes()) {
                            @Override
                            public String getFilename() {
                                return name;
                            }
                        },
                        headers));
        try {
            Map<String, Object> photo =
                    gateway.upload("/api/orders/" + id + "/photos", parts).map();
            return ResponseEntity.ok(Map.of("id", photo.get("id"), "fileName", String.valueOf(photo.get("fileName"))));
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            return ResponseEntity.status(problem.status() >= 500 ? 503 : problem.status())
                    .body(Map.of("message", labels.problem(problem)));
        }
    }

    @GetMapping("/my-day/orders/{id}/photos/{photoId}")
    void photoBytes(@PathVariable UUID id, @PathVariable UUID photoId, HttpServletResponse response) {
        gateway.download(URI.create("/api/orders/" + id + "/photos/" + photoId), response);
    }

    private boolean alreadyCompleted(UUID id, ApiProblem problem) {
        if (problem.status() != 412 && problem.status() != 409) {
            return false;
        }
        Map<String, Object> order = gateway.get("/api/orders/{id}", id).map();
        return "COMPLETED".equals(order.get("status"));
    }

    private static void refusedOrThrow(ApiProblem problem) {
        if (!problem.isShownOnTheForm()) {
            throw problem;
        }
    }

    /** The equipment rows as typed: equipment[0].type, equipment[0].model... */
    static List<Map<String, String>> equipment(MultiValueMap<String, String> submitted) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String prefix = "equipment[" + i + "].";
            if (!submitted.containsKey(prefix + "type")) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (String field : List.of("type", "model", "serial", "mac")) {
                String value = submitted.getFirst(prefix + field);
                row.put(field, value == null ? "" : value.strip());
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean filled(Map<String, String> row) {
        return row.values().stream().anyMatch(v -> !v.isBlank());
    }

    private static Map<String, Object> item(Map<String, String> row) {
        Map<String, Object> item = new LinkedHashMap<>();
        row.forEach((field, value) -> item.put(field, value.isBlank() ? null : value));
        return item;
    }

    private static List<Map<String, String>> blankRows(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("type", "", "model", "", "serial", "", "mac", ""));
        }
        return rows;
    }
}
