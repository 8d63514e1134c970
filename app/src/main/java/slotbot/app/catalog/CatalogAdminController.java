package slotbot.app.catalog;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code PUT /api/v1/admin/catalog}: the catalog file of the contract, YAML or JSON, imported whole or
 * refused whole (the refusal is answered by the web layer's error answers); {@code GET} exports it.
 */
@RestController
class CatalogAdminController {

    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String SOURCE = "(request body)";

    private final CatalogFileReader reader;
    private final CatalogImport importer;
    private final CatalogExport export;
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final JsonMapper json = JsonMapper.builder().build();

    CatalogAdminController(CatalogFileReader reader, CatalogImport importer, CatalogExport export) {
        this.reader = reader;
        this.importer = importer;
        this.export = export;
    }

    /** What an import did. */
    record Imported(boolean status, int companies, int categories, int services, int employees) {
        Imported(CatalogImport.Summary s) {
            this(true, s.companies(), s.categories(), s.services(), s.employees());
        }
    }

    /** The catalog in the same format an import takes: YAML, or JSON when the caller accepts only JSON. */
    @GetMapping("/api/v1/admin/catalog")
    ResponseEntity<String> exportCatalog(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ObjectNode catalog = export.export();
        if (accept != null && accept.contains("json") && !accept.contains("yaml")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(catalog));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .body(yaml.writeValueAsString(catalog));
    }

    @PutMapping("/api/v1/admin/catalog")
    Imported importCatalog(@RequestBody(required = false) String body) {
        if (body == null || body.isBlank()) {
            throw CatalogRefused.wholeFile(SOURCE, "expected a catalog in YAML or JSON with a list \"companies\", got an empty body");
        }
        if (body.length() > MAX_BYTES) {
            throw CatalogRefused.wholeFile(SOURCE, "expected at most " + MAX_BYTES + " characters, got " + body.length());
        }
        return new Imported(importer.apply(reader.read(body, SOURCE)));
    }
}
