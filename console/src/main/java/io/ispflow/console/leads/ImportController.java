package io.ispflow.console.leads;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Lead import: the template, the upload (the lead service works the file in the background), the progress while
 * it runs (htmx polls the import every second until it is done) and the per-row report.
 */
@Controller
class ImportController {

    private final Gateway gateway;

    ImportController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/leads/import")
    String imports(Model model) {
        model.addAttribute("imports", gateway.get("/api/leads/imports?size=10").items());
        return "leads/import";
    }

    @GetMapping("/leads/import/template")
    void template(HttpServletResponse response) {
        gateway.download(URI.create("/api/leads/imports/template"), response);
    }

    @PostMapping("/leads/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("uploadProblem", "empty");
            return imports(model);
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        byte[] bytes = file.getBytes();
        String name = file.getOriginalFilename() == null ? "leads.csv" : file.getOriginalFilename();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        try {
            ApiResponse started = gateway.upload("/api/leads/imports", parts);
            return "redirect:/leads/import/" + started.map().get("id");
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 && !problem.isUnavailable()) {
                throw problem;
            }
            Forms.rejected(model, problem);
            model.addAttribute("imports", java.util.List.of());
            return "leads/import";
        }
    }

    @GetMapping("/leads/import/{id}")
    String report(@PathVariable UUID id, @RequestParam(required = false) String outcome, Model model) {
        model.addAttribute("job", gateway.get("/api/leads/imports/{id}", id).map());
        String rows = "/api/leads/imports/{id}/rows?size=200"
                + (outcome == null || outcome.isBlank() ? "" : "&outcome=" + outcome);
        model.addAttribute("rows", gateway.get(rows, id).map());
        model.addAttribute("outcome", outcome == null ? "" : outcome);
        return "leads/import-report";
    }

    /** The progress panel alone, polled by htmx while the import runs. */
    @GetMapping("/leads/import/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        java.util.Map<String, Object> job =
                gateway.get("/api/leads/imports/{id}", id).map();
        model.addAttribute("job", job);
        if ("DONE".equals(job.get("status")) || "FAILED".equals(job.get("status"))) {
            // finished: the whole page again, with the report
            response.setHeader("HX-Refresh", "true");
        }
        return "leads/import-report :: progress";
    }
}
