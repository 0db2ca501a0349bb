package io.ispflow.console.admin;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Catalog;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The catalog for admins: plans, recurring items, discounts, origins, zones and nodes. Create, edit against the
 * version read (If-Match), deactivate and activate; every rule is the catalog's and comes back as its message.
 */
@Controller
class CatalogAdminController {

    private final Gateway gateway;
    private final Catalog catalog;

    CatalogAdminController(Gateway gateway, Catalog catalog) {
        this.gateway = gateway;
        this.catalog = catalog;
    }

    @GetMapping("/admin/catalog/{kind}")
    String list(
            @PathVariable String kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model)
            throws NoResourceFoundException {
        CatalogKind catalogKind = kind(kind);
        model.addAttribute("kind", catalogKind);
        model.addAttribute("kinds", CatalogKind.values());
        model.addAttribute("q", q == null ? "" : q);
        String uri = "/api/catalog/" + catalogKind.path() + "?size=50&page={page}"
                + (q == null || q.isBlank() ? "" : "&q={q}");
        model.addAttribute(
                "result",
                (q == null || q.isBlank()
                                ? gateway.get(uri, Math.max(page, 0))
                                : gateway.get(uri, Math.max(page, 0), q))
                        .map());
        return "admin/catalog";
    }

    @GetMapping("/admin/catalog/{kind}/new")
    String create(@PathVariable String kind, Model model) throws NoResourceFoundException {
        return form(kind(kind), new LinkedHashMap<>(), null, null, model);
    }

    @GetMapping("/admin/catalog/{kind}/{code}")
    String edit(@PathVariable String kind, @PathVariable String code, Model model) throws NoResourceFoundException {
        CatalogKind catalogKind = kind(kind);
        ApiResponse read = gateway.get("/api/catalog/" + catalogKind.path() + "/{code}", code);
        Map<String, String> form = new LinkedHashMap<>();
        read.map().forEach((name, value) -> form.put(name, value == null ? "" : value.toString()));
        model.addAttribute("entry", read.map());
        return form(catalogKind, form, code, read.version(), model);
    }

    @PostMapping("/admin/catalog/{kind}")
    String save(
            @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> submitted,
            @RequestParam(required = false) String existing,
            @RequestParam(required = false) String version,
            Model model,
            RedirectAttributes redirect)
            throws NoResourceFoundException {
        CatalogKind catalogKind = kind(kind);
        Map<String, String> form = Forms.typed(submitted);
        Map<String, Object> body = new LinkedHashMap<>();
        String code = existing != null && !existing.isBlank() ? existing : Forms.text(form, "code");
        body.put("code", code == null ? null : code.toUpperCase(java.util.Locale.ROOT));
        for (CatalogKind.Field field : catalogKind.fields()) {
            body.put(field.name(), field.value(form));
        }
        try {
            ApiResponse saved = existing == null || existing.isBlank()
                    ? gateway.post("/api/catalog/" + catalogKind.path(), body)
                    : gateway.put("/api/catalog/" + catalogKind.path() + "/{code}", body, version, existing);
            catalog.forget();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/catalog/" + catalogKind.path() + "/"
                    + saved.map().get("code");
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            Forms.rejected(model, problem);
            if (existing != null && !existing.isBlank()) {
                model.addAttribute("entry", Map.of("active", !"false".equals(form.get("active"))));
            }
            return form(catalogKind, form, existing, version, model);
        }
    }

    @PostMapping("/admin/catalog/{kind}/{code}/active")
    String active(
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam boolean active,
            @RequestParam String version,
            RedirectAttributes redirect)
            throws NoResourceFoundException {
        CatalogKind catalogKind = kind(kind);
        try {
            gateway.postIfMatch(
                    "/api/catalog/" + catalogKind.path() + "/{code}/" + (active ? "activate" : "deactivate"),
                    null,
                    version,
                    code);
            catalog.forget();
            redirect.addFlashAttribute("saved", true);
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:/admin/catalog/" + catalogKind.path() + "/" + code;
    }

    private String form(CatalogKind kind, Map<String, String> form, String code, String version, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", CatalogKind.values());
        model.addAttribute("form", form);
        model.addAttribute("code", code);
        model.addAttribute("version", version);
        model.addAttribute("fields", kind.fields());
        model.addAttribute("zoneOptions", catalog.zones());
        return "admin/entry";
    }

    private static CatalogKind kind(String path) throws NoResourceFoundException {
        return CatalogKind.of(path)
                .orElseThrow(() -> new NoResourceFoundException(org.springframework.http.HttpMethod.GET, path, path));
    }
}
