package slotbot.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document springdoc builds from the controllers on its first request (/v3/api-docs, Swagger UI
 * at /swagger-ui.html): its title and description, and the bearer token on the operations the security
 * chain guards. The documents themselves are public.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearer";

    /** The documented APIs that slotbot.app.security.SecurityConfig guards (it guards all of /api but the chat and the demo payment). */
    static final List<String> GUARDED = List.of("/api/v1/functions", "/api/v1/admin");

    @Bean
    OpenAPI slotbotOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("slotbot API")
                        .description("The function API lets an integrator or an LLM agent call the booking functions, "
                                + "the web chat API runs the booking dialog from a browser, and the admin API manages "
                                + "the catalog, the bots and the bookings. The function and admin APIs take the bearer "
                                + "token `slotbot.security.api-token`; the web chat API is public."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("The value of slotbot.security.api-token")));
    }

    /** Puts the bearer requirement on every operation under a guarded path. */
    @Bean
    GlobalOpenApiCustomizer bearerOnGuardedPaths() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (GUARDED.stream().anyMatch(path::startsWith)) {
                    item.readOperations().forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(BEARER)));
                }
            });
        };
    }
}
