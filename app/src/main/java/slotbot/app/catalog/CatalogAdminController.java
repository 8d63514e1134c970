package slotbot.app.catalog;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import slotbot.app.calendar.CatalogRows;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code PUT /api/v1/admin/catalog}: the catalog file of the contract, YAML or JSON, imported whole or refused whole. */
@RestController
class CatalogAdminController {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final CatalogFileReader reader;
    private final CatalogImport importer;
    private final CatalogExport export;
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    CatalogAdminController(CatalogFileReader reader, CatalogImport importer, JdbcClient jdbc) {
        this.reader = reader;
        this.importer = importer;
        this.export = new CatalogExport(new CatalogRows(jdbc));
    }

    /** The catalog in the same format an import takes: YAML, or JSON when the caller accepts only JSON. */
    @GetMapping("/api/v1/admin/catalog")
    ResponseEntity<String> exportCatalog(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Map<String, Object> catalog = export.export();
        if (accept != null && accept.contains("json") && !accept.contains("yaml")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(catalog));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .body(yaml.writeValueAsString(catalog));
    }

    @PutMapping("/api/v1/admin/catalog")
    ResponseEntity<Map<String, Object>> importCatalog(@RequestBody(required = false) String body) {
        if (body == null || body.isBlank()) {
            return refused("(file)", "expected a catalog in YAML or JSON with a list \"companies\", got an empty body");
        }
        if (body.length() > MAX_BYTES) {
            return refused("(file)", "expected at most " + MAX_BYTES + " characters, got " + body.length());
        }
        try {
            CatalogImport.Summary summary = importer.apply(reader.read(body, "(request body)"));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", true);
            answer.put("companies", summary.companies());
            answer.put("categories", summary.categories());
            answer.put("services", summary.services());
            answer.put("employees", summary.employees());
            return ResponseEntity.ok(answer);
        } catch (CatalogRefused e) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", false);
            answer.put("message", "catalog refused: " + e.problems().size() + " problem(s), nothing was changed");
            answer.put("errors", e.problems().stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(answer);
        }
    }

    private static ResponseEntity<Map<String, Object>> refused(String path, String message) {
        return ResponseEntity.badRequest().body(Map.of("status", false, "message", message,
                "errors", java.util.List.of(Map.of("path", path, "message", message))));
    }
}
