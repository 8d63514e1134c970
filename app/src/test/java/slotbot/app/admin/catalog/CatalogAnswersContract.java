package slotbot.app.admin.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's admin answers to the byte, against a golden file: field names, their order, number
 * forms and messages. A change here is a change of the public API; when it is meant, the actual
 * transcript is written to target/catalog-answers.actual.txt to be looked at and copied over.
 */
public abstract class CatalogAnswersContract extends AppTestBase {

    private static final String GOLDEN = "golden/catalog-answers.txt";
    private static final long BRANCH = 14275391L;

    private final StringBuilder transcript = new StringBuilder();

    @AfterEach
    void restoreTheTestCatalog() throws IOException {
        String original = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.send("PUT", "/api/v1/admin/catalog", original, "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
    }

    @Test
    void answersAsTheGoldenFileSays() throws IOException {
        reads();
        edits();
        refusals();
        catalogFile();

        String actual = transcript.toString();
        Files.writeString(Path.of("target", "catalog-answers.actual.txt"), actual);
        assertThat(actual).isEqualTo(new ClassPathResource(GOLDEN).getContentAsString(StandardCharsets.UTF_8));
    }

    private void reads() {
        admin("GET", "/companies", null);
        admin("GET", "/companies/" + BRANCH, null);
        admin("GET", "/companies/" + BRANCH + "/categories", null);
        admin("GET", "/categories/1018", null);
        admin("GET", "/companies/" + BRANCH + "/services", null);
        admin("GET", "/services/846", null);
        admin("GET", "/companies/" + BRANCH + "/employees", null);
        admin("GET", "/employees/463665", null);
        admin("GET", "/employees/777", null);
    }

    private void edits() {
        admin("PUT", "/companies/" + BRANCH, "{\"address\": \"ул. Ленина, 3\", \"online_booking\": true}");
        admin("PUT", "/companies/2002", "{\"reminders\": [\"2h\", \"24h\"], \"follow_up\": \"2h\", \"quiet_hours\": \"22:00-8:00\"}");
        admin("PUT", "/categories/1019", "{\"name\": \"Бороды\", \"id\": \"1019\"}");
        admin("PUT", "/services/844", "{\"price\": 1700.5, \"active\": true, \"company_id\": 1}");
        admin("PUT", "/employees/512978", "{\"information\": \"Новенькая\", \"service_ids\": [846]}");
        admin("PUT", "/employees/463665/schedule", "{\"weekly\": {\"sun\": [\"10:00-12:00\"], \"mon\": [\"15:00-16:00\", \"09:00-10:00\"]},"
                + " \"dates\": {\"2030-03-12\": [], \"2030-03-10\": [\"11:00-12:00\"]}}");
        admin("POST", "/companies/" + BRANCH + "/services", "{\"title\": \"Укладка\", \"price\": \"10.5\", \"duration\": 15}");
        admin("POST", "/companies/2002/categories", "{\"type\": \"job_title\", \"name\": \"Стажёр\"}");
        admin("POST", "/companies/" + BRANCH + "/employees", "{\"name\": \"Анна\", \"job_title_id\": 1021, \"service_ids\": [846],"
                + " \"schedule\": {\"weekly\": {\"tue\": [\"10:00-11:00\"]}}}");
        admin("POST", "/companies", "{\"name\": \"Филиал\"}");
        admin("DELETE", "/services/845", null);
        admin("DELETE", "/categories/1019", null);
        admin("DELETE", "/employees/463665", null);
        api.call("create_booking", "c1", BRANCH, 846, "05.03.2030", "10:00", 512978L);
        admin("DELETE", "/employees/512978", null);
        admin("DELETE", "/companies/" + BRANCH, null);
        admin("DELETE", "/companies/" + BRANCH + "?force=true", null);
    }

    private void refusals() {
        admin("POST", "/companies/2002/services", "{\"title\": \"Укладка\", \"price\": -5, \"duration\": 20}");
        admin("POST", "/companies/2002/services", "{\"title\": \"\", \"price\": 5, \"duration\": 20, \"prise\": 1}");
        admin("POST", "/companies/2002/services", "{\"id\": 900, \"title\": \"X\", \"price\": 1, \"duration\": 30}");
        admin("POST", "/companies/2002/employees", "{\"name\": \"Анна\", \"service_ids\": [900, 844]}");
        admin("POST", "/companies/2002/employees", "{\"name\": \"Анна\", \"schedule\": {\"weekly\": {\"mon\": [\"18:00-09:00\"]}}}");
        admin("POST", "/companies/2002/employees", "{\"name\": \"Анна\", \"schedule\": {\"dates\": {\"08.03.2030\": []}}}");
        admin("POST", "/companies/2002/employees", "{\"name\": \"Анна\", \"schedule\": {\"weekly\": {\"mon\": [\"09:00-13:00\", \"12:00-14:00\"]}}}");
        admin("POST", "/companies/2002/categories", "{\"type\": \"colour\", \"name\": \"Красные\"}");
        admin("POST", "/companies", "{\"name\": \"Филиал\", \"timezone\": \"Mars/Olympus\"}");
        admin("PUT", "/companies/2002", "{\"reminders\": [\"24h\", \"0\"]}");
        admin("PUT", "/companies/2002", "{\"quiet_hours\": \"ночью\"}");
        admin("PUT", "/services/900", "{\"id\": 901}");
        admin("PUT", "/services/900", "{{{");
        admin("PUT", "/services/900", "[1]");
        admin("PUT", "/employees/777/schedule", "{\"weekly\": {\"fun\": []}}");
        admin("GET", "/services/999999", null);
        admin("GET", "/services/abc", null);
        admin("GET", "/companies/2002/services?all=maybe", null);
        admin("DELETE", "/employees/999999", null);
    }

    private void catalogFile() {
        record("PUT", "/catalog", "bad file", api.send("PUT", "/api/v1/admin/catalog",
                "companies:\n  - name: \"\"\n    timezone: Mars\n    services:\n      - {title: S, price: abc, duration: 0}\n",
                "Bearer " + Api.TOKEN, "application/yaml"));
        record("PUT", "/catalog", "empty", api.send("PUT", "/api/v1/admin/catalog", "", "Bearer " + Api.TOKEN, "application/yaml"));
        record("PUT", "/catalog", "test catalog", api.send("PUT", "/api/v1/admin/catalog",
                resource("test-catalog.yaml"), "Bearer " + Api.TOKEN, "application/yaml"));
        record("GET", "/catalog", "yaml", api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null));
        record("GET", "/catalog", "json", api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null,
                "application/json"));
    }

    private void admin(String method, String path, String body) {
        record(method, path, body, api.send(method, "/api/v1/admin" + path, body, "Bearer " + Api.TOKEN,
                body == null ? null : "application/json"));
    }

    /** Ids the database hands out and booking ids differ from run to run; everything else must not. */
    private void record(String method, String path, String body, Api.Answer answer) {
        String text = answer.text().replaceAll("\"bookings\":\\[\\d+]", "\"bookings\":[B]");
        if (method.equals("POST")) {
            text = text.replaceFirst("^\\{\"id\":\\d+", "{\"id\":N");
        }
        transcript.append(method).append(' ').append(path).append(body == null ? "" : " " + body).append('\n')
                .append(answer.status()).append(' ').append(text).append("\n\n");
    }

    private static String resource(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
