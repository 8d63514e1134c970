package slotbot.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import slotbot.app.functions.FunctionDocs;
import slotbot.booking.functions.BookingFunctions;

import java.util.List;

/**
 * The OpenAPI document springdoc builds from the controllers on its first request (/v3/api-docs, Swagger UI
 * at /swagger-ui.html): its title and description, one operation per booking function, the groups by feature,
 * and the bearer token on the operations the security chain guards. The documents themselves are public.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearer";
    static final String FAILURE = "Failure";

    /** What slotbot.app.security.SecurityConfig leaves public of /api: the web chat and the demo payment; it guards the rest. */
    static final List<String> PUBLIC = List.of("/api/v1/chat/", "/api/v1/pay/");

    @Bean
    OpenAPI slotbotOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("slotbot API")
                        .description("The function API lets an integrator or an LLM agent call the booking functions, "
                                + "the web chat API runs the booking dialog from a browser, and the admin API manages "
                                + "the catalog, the bots and the bookings. The function and admin APIs take the bearer "
                                + "token `slotbot.security.api-token`; the web chat API is public.")
                        .version("v1"))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("The value of slotbot.security.api-token")));
    }

    /**
     * Shapes the document springdoc built from the controllers, in this order: the functions' own operations
     * first, so that the groups and the token then apply to them as to every other path.
     */
    @Bean
    GlobalOpenApiCustomizer slotbotDocument(BookingFunctions functions, FunctionDocs docs) {
        FunctionOperations operations = new FunctionOperations(functions, docs);
        return openApi -> {
            // Here rather than on the bean above: springdoc replaces the bean's schemas with those it finds.
            openApi.getComponents().addSchemas(FAILURE, failure());
            operations.replaceGeneric(openApi);
            ApiTags.apply(openApi);
            bearerOnGuardedPaths(openApi);
        };
    }

    private static void bearerOnGuardedPaths(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (isGuarded(path)) {
                item.readOperations().forEach(operation -> operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER))));
            }
        });
    }

    static boolean isGuarded(String path) {
        return path.startsWith("/api/") && PUBLIC.stream().noneMatch(path::startsWith);
    }

    /** The answer of a malformed call, a missing token or an unknown name: the contract's failure body. */
    private static Schema<?> failure() {
        return ExampleSchema.type("object")
                .addProperty("status", ExampleSchema.type("boolean")._const(false))
                .addProperty("message", ExampleSchema.type("string")
                        .description("What went wrong, in English; for an argument: its name, the expected form and what was given."))
                .required(List.of("status", "message"));
    }
}
